//! Decimals as the outputs write them: in normal form ([`Decimal::normalize`]: no trailing
//! zeros after the point, `-0` as `0`), so that a weight of two is `"2"` whether the engine
//! reached it as `2`, `2.0` (2 × 1 × 1.0) or `2.00`. `rust_decimal` writes a value with the
//! scale its arithmetic left (`"2.0"`); the number is the same, the bytes are not.
//!
//! Why here, and as serde's `serialize_with` on every `Decimal` field of the output types
//! (`Effect`, `Finding`, `WeightyReason`, `Weights`, `CalibrationEntry`, `memo::Margin`,
//! `precedent::Neighbour`), rather than by normalising where the values are computed: the
//! attribute is one function, next to the field it governs, that every serialiser meets —
//! the library's own writer ([`super::write`]) and an embedder's `serde_json::to_string` of a
//! `Report` alike — while the computation and the typed values stay as they are (a
//! `Decimal` compares by value: `2.0 == 2`, so reading an output back gives an equal value).
//! Normalising in the computation would have to be remembered at every place a weight is
//! made. The request's own decimals (its calibration overrides) are not output types: they
//! are written as given, because the receipt's input hash is taken over the request's
//! canonical form ([`super::canonical`]) and must not change for a stored request.

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

/// Serialise a decimal in normal form (see the module's documentation).
pub(crate) fn normal<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    // `Decimal::serialize` is an inherent method (its 16 bytes): serde's is named in full.
    Serialize::serialize(&d.normalize(), s)
}

/// Serialise an optional decimal in normal form; `None` as `null`.
pub(crate) fn normal_opt<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    Serialize::serialize(&d.map(|d| d.normalize()), s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(d: Decimal) -> String {
        let mut out = Vec::new();
        let _ = normal(&d, &mut serde_json::Serializer::new(&mut out));
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn trailing_zeros_and_negative_zero_are_dropped() {
        assert_eq!(written(Decimal::new(20, 1)), "\"2\"");
        assert_eq!(written(Decimal::new(500, 3)), "\"0.5\"");
        assert_eq!(written(Decimal::new(1250, 2)), "\"12.5\"");
        assert_eq!(written(Decimal::new(-0, 2)), "\"0\"");
        assert_eq!(written(-Decimal::new(0, 1)), "\"0\"");
        assert_eq!(written(Decimal::new(7, 0)), "\"7\"");
        assert_eq!(written(Decimal::new(-15, 1)), "\"-1.5\"");
    }
}
