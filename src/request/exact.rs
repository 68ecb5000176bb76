//! Exact decimals in the input: calibration overrides are read from strings (`"0.5"`) or
//! integers (`2`), never through a binary float, so `"0.1"` is exactly one tenth. A JSON
//! number with a fraction (`0.5`) is refused with a message saying how to write it, and a
//! string must be written as the input schema says (`^-?[0-9]+(\.[0-9]+)?$`): no exponent,
//! no `_` or `+`, no rounding of digits a `Decimal` cannot hold.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::Overrides;
use crate::limits::MAX_OVERRIDES;

/// An exact decimal written as the input schema says (`^-?[0-9]+(\.[0-9]+)?$`), or `None`
/// (also when it has more digits than a `Decimal` holds: never rounded).
pub(crate) fn parse(s: &str) -> Option<Decimal> {
    let unsigned = s.strip_prefix('-').unwrap_or(s);
    let (int, fraction) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || fraction.is_some_and(|f| !digits(f)) {
        return None;
    }
    Decimal::from_str_exact(s).ok()
}

struct Exact(Decimal);

impl<'de> serde::Deserialize<'de> for Exact {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Exact, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Exact;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number written as a string, e.g. \"0.5\", or an integer")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Exact, E> {
                parse(s)
                    .map(Exact)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(s), &self))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Exact, E> {
                Ok(Exact(Decimal::from(n)))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Exact, E> {
                Ok(Exact(Decimal::from(n)))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Exact, E> {
                Err(E::invalid_type(
                    de::Unexpected::Other("a number with a fraction"),
                    &self,
                ))
            }
        }
        d.deserialize_any(V)
    }
}

/// Deserialize a map of exact decimals (the request's calibration overrides).
pub(super) fn map<'de, D: Deserializer<'de>>(d: D) -> Result<Overrides, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Overrides;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of calibration keys and decimal numbers")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::new();
            while let Some(k) = m.next_key::<String>()? {
                // The limit before the work: the first key too many is refused before its
                // value is read (`validate` would refuse it anyway).
                if entries.len() == MAX_OVERRIDES {
                    return Err(de::Error::custom(format_args!(
                        "expected at most {MAX_OVERRIDES} overrides"
                    )));
                }
                let Exact(v) = m.next_value()?;
                entries.push((k, v));
            }
            // Sorted once; of a key given twice the last value wins.
            Ok(entries.into_iter().collect())
        }
    }
    d.deserialize_map(V)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use rust_decimal::Decimal;

    #[test]
    fn decimals_are_read_as_the_schema_writes_them() {
        assert_eq!(parse("0.5"), Some(Decimal::new(5, 1)));
        assert_eq!(parse("-12.25"), Some(Decimal::new(-1225, 2)));
        assert_eq!(parse("7"), Some(Decimal::from(7)));
        for bad in [
            "", "-", "1e2", "1E2", "1_000", "+1", ".5", "1.", "1.2.3", " 1", "0x1",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        // More digits than a Decimal holds: refused, not rounded.
        assert_eq!(parse("0.00000000000000000000000000001"), None);
        assert_eq!(parse("123456789012345678901234567890"), None);
    }
}
