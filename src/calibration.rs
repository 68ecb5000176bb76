//! Every number the weighing uses, in one documented, serialisable place.
//!
//! The defaults are principled rather than fitted: Alexy's triadic scale (1, 2, 4) and his
//! reliability steps (1, ½, ¼) from DOMAIN §3, one step up in abstract weight for rights
//! that the law protects as rights (privacy under art. 8 ECHR, statutory rights of staff,
//! health) over interests of the business, and severity steps for legal defects taken from
//! how categorical the rule is. No default was tuned to make a decision in `cases/` come out
//! right; the book's chapter "Calibration" says which decision supports which default.
//!
//! A request overrides any number by key (`"calibration": {"abstract_weight.privacy": "1"}`);
//! the ruling lists every override with its default. `kantonrechter calibration` prints the
//! table.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::limits::MAX_CALIBRATION_VALUE;
use crate::request::{EmployerInterestKind as E, OrInterestKind as O};
use crate::{ErrorKind, InputError};

const fn d(num: i64, scale: u32) -> Decimal {
    Decimal::from_parts(num as u32, 0, 0, false, scale)
}

macro_rules! calibration {
    ($( $field:ident : $key:literal = $value:expr ; $doc:literal )*) => {
        /// The calibration: every number of the weighing model. See the module docs.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Calibration {
            $( #[doc = $doc] pub $field: Decimal, )*
        }

        /// The keys, in the order of the fields.
        const KEYS: &[&str] = &[$( $key, )*];
        /// What each number means, in the order of the fields.
        const DOCS: &[&str] = &[$( $doc, )*];
        /// How many numbers there are.
        const N: usize = KEYS.len();
        /// The defaults: data, not code that builds them.
        const DEFAULT: Calibration = Calibration { $( $field: $value, )* };

        impl Default for Calibration {
            fn default() -> Self {
                DEFAULT
            }
        }

        impl Calibration {
            /// The numbers, in the order of [`KEYS`].
            fn values(&self) -> [&Decimal; N] {
                [$( &self.$field, )*]
            }

            /// The numbers, mutable, in the order of [`KEYS`].
            fn values_mut(&mut self) -> [&mut Decimal; N] {
                [$( &mut self.$field, )*]
            }
        }
    };
}

impl Calibration {
    /// Every entry: key, current value, default and what it means.
    pub fn entries(&self) -> Vec<CalibrationEntry> {
        let defaults = DEFAULT.values();
        KEYS.iter()
            .zip(DOCS)
            .zip(self.values())
            .zip(defaults)
            .map(|(((key, doc), value), default)| CalibrationEntry {
                key: std::borrow::Cow::Borrowed(key),
                value: *value,
                default: *default,
                doc: std::borrow::Cow::Borrowed(doc),
            })
            .collect()
    }

    /// Set one number by key. An error is at the key's path in a request
    /// (`$.calibration["key"]`), of kind [`ErrorKind::UnknownCalibrationKey`] or
    /// [`ErrorKind::Limit`] (a value out of 0 to [`MAX_CALIBRATION_VALUE`]), as
    /// [`crate::evaluate`] reports it.
    pub fn set(&mut self, key: &str, value: Decimal) -> Result<(), InputError> {
        let error = |expected: String, kind| {
            let path = format!("$.calibration[{}]", crate::syntax::quote(key));
            InputError::new(path, expected).with_kind(kind)
        };
        if value.is_sign_negative() || value > Decimal::from(MAX_CALIBRATION_VALUE) {
            return Err(error(
                format!("a number from 0 to {MAX_CALIBRATION_VALUE}"),
                ErrorKind::Limit,
            ));
        }
        let Some(i) = KEYS.iter().position(|k| *k == key) else {
            return Err(error(
                "a calibration key listed by `kantonrechter calibration`".into(),
                ErrorKind::UnknownCalibrationKey,
            ));
        };
        if let Some(field) = self.values_mut().into_iter().nth(i) {
            *field = value;
        }
        Ok(())
    }
}

/// One calibration number, for the explanation and for `kantonrechter calibration`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct CalibrationEntry {
    /// The key used to override it.
    pub key: std::borrow::Cow<'static, str>,
    /// The value in effect.
    #[serde(serialize_with = "crate::syntax::decimal::normal")]
    pub value: Decimal,
    /// The default.
    #[serde(serialize_with = "crate::syntax::decimal::normal")]
    pub default: Decimal,
    /// What it means and why the default is what it is.
    pub doc: std::borrow::Cow<'static, str>,
}

calibration! {
    light: "scale.light" = d(1, 0);
        "Alexy's triadic scale: a light intrusion or a light importance (DOMAIN §3)."
    moderate: "scale.moderate" = d(2, 0);
        "Alexy's triadic scale: moderate."
    serious: "scale.serious" = d(4, 0);
        "Alexy's triadic scale: serious. Geometric (1, 2, 4), so that one serious interest equals two moderate ones."
    very_serious: "scale.very_serious" = d(8, 0);
        "The step above serious (8), for an intrusion that combines serious factors; the geometric scale continued, so that the scale does not saturate where the law sees a difference."
    established: "reliability.established" = d(1, 0);
        "Reliability of a statement that is proven, found by the court, or asserted and not disputed (art. 149 Rv)."
    plausible: "reliability.plausible" = d(5, 1);
        "Reliability of a statement made plausible but not proven (Alexy: ½). In a request procedure the court decides on what is made plausible (aannemelijk)."
    asserted: "reliability.asserted" = d(0, 0);
        "Reliability of a statement merely asserted and disputed: 0. A disputed statement that is not shown is no ground for the decision (art. 149 lid 1 and 150 Rv); it is left aside, not discounted and summed. 'Staff are more productive at the office', unsubstantiated, does not weigh (seed article §5.2)."
    aw_privacy: "abstract_weight.privacy" = d(1, 0);
        "Abstract weight of staff privacy, equal to that of the employer's legitimate interests: the AVG's own balancing (art. 6(1)(f)) ranks neither above the other, and its protection enters as requirements the regeling must meet, not as a second weight (DESIGN.md, 'privacy once'). How deep the measure intrudes is the intrusion, derived from the facts."
    aw_discipline: "abstract_weight.disciplinary_consequences" = d(1, 0);
        "Abstract weight of avoiding disciplinary consequences (of a measure that monitors no one; for monitoring, consequences are part of the intrusion)."
    aw_other_right: "abstract_weight.other_fundamental_right" = d(2, 0);
        "Abstract weight of another fundamental right of staff."
    aw_health: "abstract_weight.health_and_working_time" = d(2, 0);
        "Abstract weight of health, rest and working time (protected by mandatory statute)."
    aw_statutory_right: "abstract_weight.statutory_right" = d(2, 0);
        "Abstract weight of a statutory right of staff (the leave-ceiling case, ECLI:NL:RBNNE:2022:3394): the statute itself has struck a balance the employer may depart from only for good reasons."
    aw_agreement: "abstract_weight.earlier_agreement" = d(1, 0);
        "Abstract weight of earlier agreements between employer and OR."
    aw_information: "abstract_weight.lack_of_information" = d(1, 0);
        "Abstract weight of the OR's objection that it lacked information (a DPIA not made or not shared; AI workers not informed)."
    aw_acquired: "abstract_weight.acquired_right" = d(1, 0);
        "Abstract weight of a right staff claim to have acquired."
    aw_or_other: "abstract_weight.or_other" = d(1, 0);
        "Abstract weight of another OR interest."
    aw_employer: "abstract_weight.employer" = d(1, 0);
        "Abstract weight of an interest of the business (all employer kinds but statutory obligations)."
    aw_statutory_obligation: "abstract_weight.statutory_obligation" = d(2, 0);
        "Abstract weight of a statutory obligation of the employer: the law ranks it like a right of staff."
    aw_procedural_defect: "abstract_weight.procedural_defect" = d(1, 0);
        "Abstract weight of the OR's concern that the consent procedure of art. 27 lid 2 WOR was not followed."
    aw_primary_terms: "abstract_weight.primary_terms" = d(1, 0);
        "Abstract weight of the OR's concern that the regeling changes primary terms of employment that belong to collective bargaining (INFERENCE: WOR-PRIMARY-TERMS). Weighed at serious importance, as an unkept agreement is: no source gives it a rank above the employer's interests."
    camera_days: "retention.camera_images_days" = d(28, 0);
        "The norm for keeping camera images: four weeks (UNVERIFIED: the term of the Vrijstellingsbesluit Wbp from 1 July 2012 as reported by secondary sources; RULES.md ADDENDUM calls it the AP's camera norm). A norm for camera images only: other kinds of data have their own norm or none."
    equal_band: "stage2.equal_band" = d(1, 1);
        "Under the reading `equal_band`: the weights count as equal when the employer's is at least (1 − band) × the OR's. 0.1 = within 10 %."
    stage2_min_weight: "stage2.min_weight" = d(4, 0);
        "Ground 2: the least weight (importance × abstract weight × reliability) of a reason that can count as weighty (zwaarwegend). 4 = a serious, established business interest."
}

impl Calibration {
    /// The calibration in effect for a request: the defaults with the request's overrides.
    pub fn with_overrides<'a>(
        overrides: impl IntoIterator<Item = (&'a String, &'a Decimal)>,
    ) -> Result<Calibration, InputError> {
        let mut c = Calibration::default();
        for (k, v) in overrides {
            c.set(k, *v)?;
        }
        Ok(c)
    }

    /// Abstract weight of an employer interest kind.
    pub fn abstract_employer(&self, kind: E) -> Decimal {
        match kind {
            E::StatutoryObligation => self.aw_statutory_obligation,
            _ => self.aw_employer,
        }
    }

    /// Abstract weight of an OR interest kind.
    pub fn abstract_or(&self, kind: O) -> Decimal {
        match kind {
            O::Privacy => self.aw_privacy,
            O::DisciplinaryConsequences => self.aw_discipline,
            O::OtherFundamentalRight => self.aw_other_right,
            O::HealthAndWorkingTime => self.aw_health,
            O::StatutoryRight => self.aw_statutory_right,
            O::EarlierAgreement => self.aw_agreement,
            O::LackOfInformation => self.aw_information,
            O::AcquiredRight => self.aw_acquired,
            O::Other => self.aw_or_other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_settable() {
        let c = Calibration::default();
        let entries = c.entries();
        let mut keys: Vec<_> = entries.iter().map(|e| e.key.clone()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), entries.len());
        for e in &entries {
            let mut c2 = Calibration::default();
            c2.set(&e.key, Decimal::from(7)).unwrap();
            assert_ne!(c2, c, "{}", e.key);
        }
    }

    #[test]
    fn rejects_unknown_key_and_out_of_range() {
        let mut c = Calibration::default();
        assert!(c.set("scale.enormous", Decimal::ONE).is_err());
        assert!(c.set("scale.light", Decimal::from(-1)).is_err());
        assert!(c.set("scale.light", Decimal::from(1001)).is_err());
    }

    /// The ends of the range are in it (found by `scripts/mutants.sh`: `>` as `>=` survived).
    #[test]
    fn the_range_includes_its_ends() {
        let mut c = Calibration::default();
        assert!(
            c.set("scale.light", Decimal::from(MAX_CALIBRATION_VALUE))
                .is_ok()
        );
        assert_eq!(c.light, Decimal::from(MAX_CALIBRATION_VALUE));
        assert!(c.set("scale.light", Decimal::ZERO).is_ok());
        assert!(
            c.set(
                "scale.light",
                Decimal::from(MAX_CALIBRATION_VALUE) + Decimal::new(1, 2)
            )
            .is_err()
        );
    }

    /// A statutory obligation has its own abstract weight; every other employer interest
    /// the general one (found by `scripts/mutants.sh`: the arm's deletion survived).
    #[test]
    fn abstract_weights_by_kind() {
        let mut c = Calibration::default();
        c.set("abstract_weight.statutory_obligation", Decimal::from(7))
            .unwrap();
        c.set("abstract_weight.employer", Decimal::from(3)).unwrap();
        assert_eq!(
            c.abstract_employer(E::StatutoryObligation),
            Decimal::from(7)
        );
        for kind in E::ALL {
            if *kind != E::StatutoryObligation {
                assert_eq!(c.abstract_employer(*kind), Decimal::from(3), "{kind:?}");
            }
        }
    }
}
