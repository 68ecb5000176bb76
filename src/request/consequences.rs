//! What may follow for an employee from the data a measure records: several consequences at
//! once (an informal conversation, a warning, appraisal, non-renewal of a temporary contract,
//! dismissal), none, or not established.
//!
//! JSON: a list of codes (`["warning", "appraisal"]`), `["none"]` or `"none"` for none,
//! `"unknown"` (or the field left out) for not established. Old request files wrote one code
//! as a string (`"appraisal"`, `"warnings"`, `"discipline"`): still read, as a list of that
//! one consequence (`"warnings"` is `["warning"]`). An empty list, and `none` beside a
//! consequence, are errors: they say nothing, or two things at once.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::codes::codes;

/// One consequence the data can have for an employee. Ordered from the lightest to the
/// heaviest, so that the heaviest of a set is its last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Consequence {
    /// An informal conversation with the manager (*een gesprek*), nothing on file.
    InformalConversation,
    /// A (written) warning (*waarschuwing*).
    Warning,
    /// The data feed the employee's appraisal or reward (*beoordeling*).
    Appraisal,
    /// A temporary contract is not renewed (*geen verlenging van een tijdelijk contract*).
    NonRenewal,
    /// Disciplinary measures short of dismissal (suspension, a fine).
    Discipline,
    /// Dismissal (*ontslag*).
    Dismissal,
}

codes!(Consequence {
    InformalConversation = "informal_conversation",
    Warning = "warning",
    Appraisal = "appraisal",
    NonRenewal = "non_renewal",
    Discipline = "discipline",
    Dismissal = "dismissal",
});

impl Consequence {
    /// Does it produce legal effects for the employee or similarly significantly affect
    /// them (art. 22(1) AVG)? An informal conversation does not: nothing is decided and
    /// nothing is put on file (INFERENCE, catalogue `AVG-22-EFFECTS`). Every other
    /// consequence changes the employee's position: a warning on file, an appraisal that
    /// sets pay or career, the end of a contract.
    pub fn significant(self) -> bool {
        self != Consequence::InformalConversation
    }
}

/// The consequences attached to the data of a measure.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Consequences {
    /// Not established. The employer must show what follows from the data (art. 5(2) AVG),
    /// but the court does not supply facts (art. 24 Rv): unknown consequences are not
    /// assumed to be any particular one, and the ruling says they were not shown.
    #[default]
    Unknown,
    /// None: the data only inform.
    None,
    /// One or more consequences, sorted from the lightest, each once (never empty).
    Some(Vec<Consequence>),
}

impl Consequences {
    /// The consequences of a list, sorted and each once; an empty list is `None`.
    pub fn of(mut list: Vec<Consequence>) -> Consequences {
        list.sort();
        list.dedup();
        if list.is_empty() {
            Consequences::None
        } else {
            Consequences::Some(list)
        }
    }

    /// The consequences named (empty for none and for unknown).
    pub fn kinds(&self) -> &[Consequence] {
        match self {
            Consequences::Some(list) => list,
            _ => &[],
        }
    }

    /// Is it established that no consequences follow?
    pub fn is_none(&self) -> bool {
        *self == Consequences::None
    }

    /// Is it not established what follows?
    pub fn is_unknown(&self) -> bool {
        *self == Consequences::Unknown
    }

    /// Does at least one consequence follow with legal or similarly significant effect
    /// (art. 22(1) AVG; see [`Consequence::significant`])?
    pub fn significant(&self) -> bool {
        self.kinds().iter().any(|c| c.significant())
    }

    /// The heaviest consequence named, if any.
    pub fn heaviest(&self) -> Option<Consequence> {
        self.kinds().last().copied()
    }
}

impl From<Consequence> for Consequences {
    /// The one consequence.
    fn from(c: Consequence) -> Consequences {
        Consequences::Some(vec![c])
    }
}

/// A code of the single-string form: old files' one code, `none` or `unknown`.
const STRING_CODES: &[&str] = &[
    "unknown",
    "none",
    "warnings",
    "informal_conversation",
    "warning",
    "appraisal",
    "non_renewal",
    "discipline",
    "dismissal",
];

/// A code of the list form: a consequence, or `none` on its own.
pub(crate) const LIST_CODES: &[&str] = &[
    "none",
    "informal_conversation",
    "warning",
    "appraisal",
    "non_renewal",
    "discipline",
    "dismissal",
];

/// The consequences written as one string (`"appraisal"`, `"none"`, `"unknown"`, and the
/// old `"warnings"`), or `None` if it is not one of [`STRING_CODES`].
pub(crate) fn from_string(code: &str) -> Option<Consequences> {
    match code {
        "unknown" => Some(Consequences::Unknown),
        "none" => Some(Consequences::None),
        "warnings" => Some(Consequences::Some(vec![Consequence::Warning])),
        _ => Consequence::CODES
            .iter()
            .position(|c| *c == code)
            .map(|i| Consequences::Some(vec![Consequence::ALL[i]])),
    }
}

/// One code of the list form: `Ok(None)` for `none`, `Ok(Some(c))` for a consequence.
pub(crate) fn list_code(code: &str) -> Result<Option<Consequence>, ()> {
    if code == "none" {
        return Ok(None);
    }
    Consequence::CODES
        .iter()
        .position(|c| *c == code)
        .map(|i| Some(Consequence::ALL[i]))
        .ok_or(())
}

/// What is wrong with a list of codes as a whole, if anything: empty, or `none` beside a
/// consequence. `codes` holds `None` for each `none`.
pub(crate) fn from_list(codes: &[Option<Consequence>]) -> Result<Consequences, &'static str> {
    if codes.is_empty() {
        return Err("at least one consequence, or [\"none\"], found an empty list");
    }
    let nones = codes.iter().filter(|c| c.is_none()).count();
    if nones > 0 && nones < codes.len() {
        return Err("either `none` or consequences, found `none` beside a consequence");
    }
    Ok(Consequences::of(codes.iter().flatten().copied().collect()))
}

impl Serialize for Consequences {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Consequences::Unknown => s.serialize_str("unknown"),
            Consequences::None => s.serialize_str("none"),
            Consequences::Some(list) => s.collect_seq(list),
        }
    }
}

impl<'de> Deserialize<'de> for Consequences {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ConsequencesVisitor)
    }
}

struct ConsequencesVisitor;

const EXPECTING: &str =
    "a list of consequences (e.g. [\"warning\", \"appraisal\"]), \"none\" or \"unknown\"";

impl<'de> Visitor<'de> for ConsequencesVisitor {
    type Value = Consequences;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Consequences, E> {
        from_string(v).ok_or_else(|| E::unknown_variant(v, STRING_CODES))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Consequences, A::Error> {
        let mut codes = Vec::new();
        while let Some(item) = seq.next_element::<ListItem>()? {
            codes.push(item.0);
        }
        from_list(&codes).map_err(de::Error::custom)
    }
}

/// One item of the list form.
struct ListItem(Option<Consequence>);

impl<'de> Deserialize<'de> for ListItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ListItem;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a consequence")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ListItem, E> {
                list_code(v)
                    .map(ListItem)
                    .map_err(|()| E::unknown_variant(v, LIST_CODES))
            }
        }
        d.deserialize_str(V)
    }
}

/// The list form's item in the JSON Schema: a consequence, or `none` on its own.
struct ConsequenceCode;

impl JsonSchema for ConsequenceCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ConsequenceCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A consequence (informal_conversation, warning, appraisal, non_renewal, discipline, dismissal), or `none` on its own.",
            "type": "string",
            "enum": LIST_CODES,
        })
    }
}

impl JsonSchema for Consequences {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Consequences".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = g.subschema_for::<ConsequenceCode>();
        schemars::json_schema!({
            "description": "What may follow for an employee from the data: a list of consequences, [\"none\"] (or \"none\") for none, \"unknown\" for not established. A single code as a string is the form of older files (\"warnings\" reads as [\"warning\"]).",
            "items": item,
            "anyOf": [
                { "type": "array", "minItems": 1 },
                { "type": "string", "enum": STRING_CODES }
            ],
            "default": "unknown",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_strings_and_lists_read_and_write_back() {
        let read = |t: &str| serde_json::from_str::<Consequences>(t).unwrap();
        assert_eq!(read("\"warnings\""), read("[\"warning\"]"));
        assert_eq!(read("\"none\""), read("[\"none\"]"));
        assert_eq!(read("\"unknown\""), Consequences::Unknown);
        let both = read("[\"dismissal\", \"warning\", \"warning\"]");
        assert_eq!(
            both,
            Consequences::Some(vec![Consequence::Warning, Consequence::Dismissal])
        );
        assert_eq!(
            serde_json::to_string(&both).unwrap(),
            "[\"warning\",\"dismissal\"]"
        );
        for bad in [
            "[]",
            "[\"none\", \"warning\"]",
            "\"maybe\"",
            "[\"warnings\"]",
            "3",
        ] {
            assert!(
                serde_json::from_str::<Consequences>(bad).is_err(),
                "{bad} was read"
            );
        }
    }

    #[test]
    fn only_an_informal_conversation_is_not_significant() {
        for c in Consequence::ALL {
            assert_eq!(c.significant(), *c != Consequence::InformalConversation);
        }
        assert!(!Consequences::of(vec![Consequence::InformalConversation]).significant());
        assert!(
            Consequences::of(vec![
                Consequence::InformalConversation,
                Consequence::Warning
            ])
            .significant()
        );
    }
}
