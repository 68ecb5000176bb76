//! The request for substitute consent, as a lawyer would describe it.
//!
//! Everything here is plain data: serde for (de)serialising, schemars for the JSON Schema
//! (`kantonrechter schema input`). Facts the parties did not establish are
//! [`Tri::Unknown`] (or an absent optional field); the rule that reads a fact decides what
//! unknown means, according to who bears the burden, and says so in the trace.

mod avg;
pub(crate) mod codes;
pub use codes::UnknownCode;
pub(crate) mod consequences;
pub(crate) mod exact;
mod fact;
mod interests;
mod overrides;
mod procedure;
mod regeling;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use avg::{
    Alternative, AvgFacts, Dpia, EmployerKind, LegalBasis, LegalObligation, ObligationSource,
};
pub use consequences::{Consequence, Consequences};
pub use fact::{Importance, Substantiation, Tri};
pub use interests::{
    EmployerInterest, EmployerInterestKind, Interests, LegalPoint, OrInterest, OrInterestKind,
    ReasonCategory,
};
pub use overrides::Overrides;
pub use procedure::{EarlierAgreement, MeetingDeclinedBy, Nullity, OrDecision, Petitum, Procedure};
pub use regeling::{
    Access, AiCapability, AiFacts, Biometric, BiometricDesign, BiometricPurpose, CaoCoverage,
    Claim, CovertConditions, DataKind, DecisionKind, Element, EmotionInput, EmotionPurpose,
    EmotionUse, Frequency, HumanIntervention, Identifiability, KindRetention, Measure, Observed,
    Openness, Party, Place, Purpose, Regeling, RetentionEvent, Scope, SpecialCategory, Subject,
    Technology,
};

use crate::Date;
use codes::codes;

/// A request for substitute consent (*verzoek om vervangende toestemming*, art. 27 lid 4
/// WOR): the employer asks the kantonrechter for permission to take a decision the works
/// council did not consent to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// The version of the request format the file was written for (optional; see
    /// [`crate::FORMAT_VERSION`] and `CHANGELOG.md`). If given, it must be one this library
    /// reads; absent means the current one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The day whose law applies (normally the day of the ruling). The library applies the
    /// law as it stood on that day: the Wbp before 25 May 2018 and the AVG after, the AI
    /// Act's prohibitions from 2 February 2025, and so on.
    pub as_of: Date,
    /// A name for the scenario (optional).
    #[serde(default)]
    pub title: Option<String>,
    /// The employer.
    #[serde(default)]
    pub employer: Employer,
    /// The proposed regeling.
    pub regeling: Regeling,
    /// The procedure followed.
    #[serde(default)]
    pub procedure: Procedure,
    /// Each side's interests.
    #[serde(default)]
    pub interests: Interests,
    /// The data-protection facts.
    #[serde(default)]
    pub avg: AvgFacts,
    /// Where the law is disputed, which reading to apply.
    #[serde(default)]
    pub readings: Readings,
    /// Overrides of calibration numbers, by key (see `kantonrechter calibration`), e.g.
    /// `{"abstract_weight.privacy": "1"}`. Every override is shown in the ruling. Values are
    /// exact decimals, written as strings (`"0.5"`) or integers.
    #[serde(default, deserialize_with = "exact::map")]
    #[schemars(with = "BTreeMap<String, ExactDecimal>")]
    pub calibration: Overrides,
}

impl Request {
    /// A request for the law of `as_of` about a regeling, with every other fact not given
    /// (unknown, absent or empty): what a JSON request with only `as_of` and `regeling`
    /// reads as. Set the facts the parties established on the fields.
    ///
    /// ```
    /// use kantonrechter::request::{Element, Measure, Regeling, Technology};
    /// let mut measure = Measure::default();
    /// measure.technology = Technology::Camera;
    /// let regeling = Regeling::new(
    ///     "Cameras in the warehouse",
    ///     vec![Element::new("cameras", "Cameras at the doors.", measure)],
    /// );
    /// let request = kantonrechter::Request::new("2026-06-15".parse().unwrap(), regeling);
    /// assert!(kantonrechter::evaluate(&request).is_ok());
    /// ```
    pub fn new(as_of: Date, regeling: Regeling) -> Request {
        Request {
            format: None,
            as_of,
            title: None,
            employer: Employer::default(),
            regeling,
            procedure: Procedure::default(),
            interests: Interests::default(),
            avg: AvgFacts::default(),
            readings: Readings::default(),
            calibration: Overrides::default(),
        }
    }

    /// The DPIA for a measure: its own, or the request's.
    pub fn dpia_of(&self, m: &Measure) -> Dpia {
        m.dpia.unwrap_or(self.avg.dpia)
    }

    /// Whether staff are informed in advance of a measure: its own fact, or the request's.
    pub fn informed_of(&self, m: &Measure) -> Tri {
        m.staff_informed_in_advance
            .unwrap_or(self.avg.staff_informed_in_advance)
    }

    /// Whether a person looks before a consequence of a measure's data follows: its own
    /// fact, or the request's. `not_applicable` reads as unknown: it is allowed only where
    /// no consequence with significant effect follows, where nothing reads this fact as no.
    pub fn human_intervention_of(&self, m: &Measure) -> Tri {
        match m.human_intervention {
            None => self.avg.human_intervention,
            Some(HumanIntervention::Yes) => Tri::Yes,
            Some(HumanIntervention::No) => Tri::No,
            Some(HumanIntervention::NotApplicable | HumanIntervention::Unknown) => Tri::Unknown,
        }
    }
}

/// A decimal number for the JSON Schema: a string such as `"0.5"`, or an integer.
struct ExactDecimal;

impl JsonSchema for ExactDecimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ExactDecimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact decimal: a string such as \"0.5\", or an integer.",
            "type": ["string", "integer"],
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
        })
    }
}

/// The employer (*ondernemer*).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Employer {
    /// Its name (optional).
    #[serde(default)]
    pub name: Option<String>,
    /// Private employer or public authority.
    #[serde(default)]
    pub kind: EmployerKind,
}

/// When is ground 2 (weighty reasons) examined? The sources disagree (DOMAIN §2); each
/// reading is a named variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stage2Reading {
    /// The statute says "or": ground 2 is examined whenever the employer's interests do not
    /// weigh heavier (the seed article's reading). The default.
    #[default]
    Statute,
    /// The parliamentary history as summarised by woronline and BASE: ground 2 only when the
    /// interests weigh (about) equally, within the calibrated band `stage2.equal_band`.
    EqualBand,
    /// Both grounds together (Rb Utrecht 29 November 2012, ECLI:NL:RBUTR:2012:BY4610, later
    /// adjusted by the same court in ECLI:NL:RBMNE:2021:3538).
    Cumulative,
}

codes!(Stage2Reading {
    Statute = "statute",
    EqualBand = "equal_band",
    Cumulative = "cumulative",
});

/// Which dates for the AI Act's high-risk duties (art. 26) to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AiActSchedule {
    /// The Digital Omnibus on AI: Annex III duties from 2 December 2027 (adopted June 2026;
    /// publication in the Official Journal not confirmed in the library's sources). The default.
    #[default]
    Omnibus,
    /// Art. 113 as published: Annex III duties from 2 August 2026.
    Original,
}

codes!(AiActSchedule {
    Omnibus = "omnibus",
    Original = "original",
});

impl Request {
    /// Does the court rule on each element separately? Only where the regeling has more
    /// than one separable element and the employer did not ask for the whole only
    /// (`procedure.petitum`; not stated reads as before: `separable` decides).
    pub fn decided_by_parts(&self) -> bool {
        self.regeling.separable
            && self.regeling.elements.len() > 1
            && self.procedure.petitum != Petitum::WholeOnly
    }
}

/// The readings to apply where the law is disputed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Readings {
    /// When ground 2 is examined.
    #[serde(default)]
    pub stage2: Stage2Reading,
    /// Which AI Act schedule.
    #[serde(default)]
    pub ai_act: AiActSchedule,
}
