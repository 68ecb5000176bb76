//! Exact decimals in the input: calibration overrides are read from strings (`"0.5"`) or
//! integers (`2`), never through a binary float, so `"0.1"` is exactly one tenth. A JSON
//! number with a fraction (`0.5`) is refused with a message saying how to write it.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Visitor};

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
                Decimal::from_str(s)
                    .map(Exact)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(s), &self))
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
pub(super) fn map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Decimal>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = BTreeMap<String, Decimal>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of calibration keys and decimal numbers")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, Exact(v))) = m.next_entry::<String, Exact>()? {
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(V)
}
