//! The request's unit-only enums as JSON strings (their *codes*): one macro gives each its
//! codes, `code()`, `Serialize` and `Deserialize`, and one visitor reads them all.
//!
//! What serde's derive would do, with the same messages and JSON paths (`"yes"`, and the
//! externally tagged `{"yes": null}` that serde_json also accepts for a unit variant), but
//! without a visitor, a field visitor and an enum access of their own for every enum: the
//! WebAssembly build carries one copy of that code instead of thirty.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, VariantAccess, Visitor};

/// Give a unit-only enum its codes: `ALL` (every variant, public, e.g. for a form's choices),
/// `CODES`, `code()`, `Display` and `FromStr` (the code), the derived-equivalent `Serialize` (the code as a string) and
/// `Deserialize` (through [`variant`]). Every variant must be listed (the generated `code()`
/// matches exhaustively, so `ALL` is complete); the JSON Schema (schemars) reads the enum's
/// `#[serde(rename_all)]`, and a test checks that it names the same codes.
macro_rules! codes {
    ($ty:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The variants, in the order of [`Self::CODES`].
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];
            /// The codes, as written in JSON.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The code as written in JSON.
            pub fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $code),+
                }
            }
        }

        impl std::fmt::Display for $ty {
            /// The code as written in JSON.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $crate::request::UnknownCode;

            /// The variant of a code as written in JSON (exactly, case and all).
            fn from_str(code: &str) -> Result<Self, Self::Err> {
                $ty::CODES
                    .iter()
                    .position(|c| *c == code)
                    .map(|i| $ty::ALL[i])
                    .ok_or_else(|| $crate::request::UnknownCode {
                        kind: stringify!($ty),
                        found: code.to_string(),
                        expected: $ty::CODES,
                    })
            }
        }

        impl $crate::request::codes::Code for $ty {
            const ALL: &'static [$ty] = $ty::ALL;
            const CODES: &'static [&'static str] = $ty::CODES;
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let i = $crate::request::codes::variant(d, stringify!($ty), $ty::CODES)?;
                Ok($ty::ALL[i])
            }
        }
    };
}
pub(crate) use codes;

/// A unit enum read from its code (`json/input.rs`): its variants and their codes, in the
/// same order.
pub(crate) trait Code: Copy + 'static {
    /// Every variant.
    const ALL: &'static [Self];
    /// Every variant's code, in the order of `ALL`.
    const CODES: &'static [&'static str];
}

/// Read a unit variant of the enum `name` whose codes are `codes`, as serde's derive would:
/// its index in `codes`.
pub(crate) fn variant<'de, D: Deserializer<'de>>(
    d: D,
    name: &'static str,
    codes: &'static [&'static str],
) -> Result<usize, D::Error> {
    d.deserialize_enum(name, codes, Enum { name, codes })
}

/// The visitor of the enum (serde's `__Visitor`).
struct Enum {
    name: &'static str,
    codes: &'static [&'static str],
}

impl<'de> Visitor<'de> for Enum {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (i, variant) = data.variant_seed(Identifier(self.codes))?;
        variant.unit_variant()?;
        Ok(i)
    }
}

/// The variant's name (serde's `__Field` and `__FieldVisitor`).
struct Identifier(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Identifier {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Identifier {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        match usize::try_from(v) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(
                de::Unexpected::Unsigned(v),
                &format!("variant index 0 <= i < {}", self.0.len()).as_str(),
            )),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|c| *c == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<usize, E> {
        self.0
            .iter()
            .position(|c| c.as_bytes() == v)
            .ok_or_else(|| E::unknown_variant(&String::from_utf8_lossy(v), self.0))
    }
}

#[cfg(test)]
mod tests {
    use crate::request::*;

    /// The codes in the JSON Schema of `T`: its `enum` values and `const`s, in order.
    fn schema_codes<T: schemars::JsonSchema>() -> Vec<String> {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, x) in m {
                        match (k.as_str(), x) {
                            ("const", serde_json::Value::String(s)) => out.push(s.clone()),
                            ("enum", serde_json::Value::Array(a)) => {
                                out.extend(a.iter().filter_map(|s| s.as_str().map(String::from)))
                            }
                            _ => walk(x, out),
                        }
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(
            &serde_json::to_value(schemars::schema_for!(T)).unwrap(),
            &mut out,
        );
        out
    }

    macro_rules! check {
        ($($ty:ident),+ $(,)?) => {$(
            assert_eq!(schema_codes::<$ty>(), $ty::CODES, stringify!($ty));
            assert_eq!($ty::ALL.len(), $ty::CODES.len());
            for (v, code) in $ty::ALL.iter().zip($ty::CODES) {
                assert_eq!(v.code(), *code);
                assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{code}\""));
                let back: $ty = serde_json::from_str(&format!("\"{code}\"")).unwrap();
                assert_eq!(back, *v);
                let tagged: $ty = serde_json::from_str(&format!("{{\"{code}\": null}}")).unwrap();
                assert_eq!(tagged, *v);
                assert_eq!(v.to_string(), *code);
                assert_eq!(code.parse::<$ty>(), Ok(*v));
            }
            let err = "no such code".parse::<$ty>().unwrap_err();
            assert_eq!(err.kind, stringify!($ty));
            assert!(err.to_string().contains($ty::CODES[0]));
        )+};
    }

    #[test]
    fn the_codes_are_the_schemas_and_read_back() {
        use crate::cases::CourtOutcome;
        use crate::precedent::Factor;
        check!(
            CourtOutcome,
            Factor,
            LegalBasis,
            Dpia,
            EmployerKind,
            Tri,
            Substantiation,
            Importance,
            ReasonCategory,
            EmployerInterestKind,
            OrInterestKind,
            Stage2Reading,
            AiActSchedule,
            OrDecision,
            Subject,
            DecisionKind,
            Scope,
            CaoCoverage,
            Technology,
            Observed,
            Identifiability,
            Frequency,
            Openness,
            Place,
            Consequence,
            RetentionEvent,
            HumanIntervention,
            DataKind,
            Purpose,
            BiometricPurpose,
            AiCapability,
        );
    }

    #[test]
    fn a_wrong_code_reads_as_serde_says() {
        let err = |text: &str| serde_json::from_str::<Tri>(text).unwrap_err().to_string();
        assert_eq!(
            err("\"maybe\""),
            "unknown variant `maybe`, expected one of `yes`, `no`, `unknown` at line 1 column 7"
        );
        assert_eq!(err("5"), "expected value at line 1 column 1");
        assert_eq!(
            err("{\"yes\": 5}"),
            "invalid type: integer `5`, expected unit at line 1 column 9"
        );
    }
}

/// A code that names no variant of its enum (`FromStr` of the request's code enums).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    /// The enum, e.g. `Purpose`.
    pub kind: &'static str,
    /// The text given.
    pub found: String,
    /// The codes it knows.
    pub expected: &'static [&'static str],
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} code {:?}: expected one of {}",
            self.kind,
            self.found,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownCode {}
