//! A civil calendar date (`YYYY-MM-DD`), enough for the law's dates in force and the
//! one-month term of art. 27 lid 5 WOR. No clock is ever read: a ruling is a function of
//! its input, and the input carries the date (`as_of`) whose law applies.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date in the proleptic Gregorian calendar, written `YYYY-MM-DD`.
///
/// ```
/// use kantonrechter::Date;
/// let d: Date = "2025-02-02".parse().unwrap();
/// assert_eq!(d.to_string(), "2025-02-02");
/// assert!("2025-02-30".parse::<Date>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date: the text, quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected a date written YYYY-MM-DD, got {}", self.0)
    }
}

impl std::error::Error for DateError {}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from its parts, or `None` if there is no such day.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 {
            return None;
        }
        // const fn: no call to days_in_month's match guard, so repeat it inline.
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let max = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ if leap => 29,
            _ => 28,
        };
        if day > max {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date known to be valid at compile time (for the law catalogue).
    ///
    /// # Panics
    /// At compile time (in a `const`) if the date does not exist.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date in a constant"),
        }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The same day one calendar month later, or the month's last day if it is shorter
    /// (31 January + one month = 28 or 29 February). This is how a term "binnen een maand"
    /// is counted for art. 27 lid 5 WOR in this library.
    ///
    /// A month after a day of December 9999 lies beyond the calendar's end: the result is
    /// then the calendar's last day, 9999-12-31, which no date lies after, so a comparison
    /// with the deadline still holds ([`Date::checked_plus_one_month`] says `None` there).
    ///
    /// ```
    /// use kantonrechter::Date;
    /// assert_eq!(Date::ymd(2024, 1, 31).plus_one_month(), Date::ymd(2024, 2, 29));
    /// assert_eq!(Date::ymd(9999, 12, 15).plus_one_month(), Date::ymd(9999, 12, 31));
    /// ```
    pub fn plus_one_month(self) -> Date {
        self.checked_plus_one_month()
            .unwrap_or(Date::ymd(9999, 12, 31))
    }

    /// The same day one calendar month later (clamped to the month's last day, as
    /// [`Date::plus_one_month`]), or `None` if that lies beyond 9999-12-31.
    pub fn checked_plus_one_month(self) -> Option<Date> {
        let (year, month) = if self.month == 12 {
            (self.year.checked_add(1)?, 1)
        } else {
            (self.year, self.month + 1)
        };
        Date::new(year, month, self.day.min(days_in_month(year, month)))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        // Quoted (and cut) as every error message quotes the input.
        let err = || DateError(crate::syntax::quote(s));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
            return Err(err());
        };
        Date::new(y, m, d).ok_or_else(err)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(
            "2024-02-29".parse::<Date>().unwrap(),
            Date::ymd(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-01-0x",
            "",
            "+024-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }

    #[test]
    fn one_month_later_clamps() {
        assert_eq!(
            Date::ymd(2024, 1, 31).plus_one_month(),
            Date::ymd(2024, 2, 29)
        );
        assert_eq!(
            Date::ymd(2023, 12, 15).plus_one_month(),
            Date::ymd(2024, 1, 15)
        );
    }

    #[test]
    fn one_month_after_the_last_december_is_beyond_every_date() {
        // 9999-12-15 + one month is past the calendar's end: after every date it holds.
        let beyond = Date::ymd(9999, 12, 15).plus_one_month();
        assert!(beyond >= Date::ymd(9999, 12, 31), "{beyond}");
        assert!(Date::ymd(9999, 12, 31) <= beyond);
        assert_eq!(Date::ymd(9999, 12, 15).checked_plus_one_month(), None);
        assert_eq!(
            Date::ymd(9999, 11, 30).checked_plus_one_month(),
            Some(Date::ymd(9999, 12, 30))
        );
        assert_eq!(
            Date::ymd(9998, 12, 31).plus_one_month(),
            Date::ymd(9999, 1, 31)
        );
    }
}
