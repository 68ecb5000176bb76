//! The data-protection facts (AVG / GDPR; Wbp before 25 May 2018).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::codes::codes;

use super::fact::{Substantiation, Tri};

/// The legal basis the employer claims for processing (art. 6 lid 1 AVG).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Legitimate interest (6(1)(f)), the normal basis for a private employer.
    LegitimateInterest,
    /// A legal obligation (6(1)(c)), e.g. registering working time.
    LegalObligation,
    /// Consent of staff (6(1)(a)), almost never valid at work.
    Consent,
    /// Performance of the employment contract (6(1)(b)).
    Contract,
    /// A public task (6(1)(e)).
    PublicTask,
    /// Not established; the employer must show a basis (accountability, art. 5(2)).
    #[default]
    Unknown,
}

codes!(LegalBasis {
    LegitimateInterest = "legitimate_interest",
    LegalObligation = "legal_obligation",
    Consent = "consent",
    Contract = "contract",
    PublicTask = "public_task",
    Unknown = "unknown",
});

/// Whether a data-protection impact assessment was made (art. 35 AVG).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dpia {
    /// Carried out.
    Done,
    /// The regeling provides for one before processing starts.
    PlannedBeforeProcessing,
    /// None.
    NotDone,
    /// Not established; counts as none (the employer's burden).
    #[default]
    Unknown,
}

codes!(Dpia {
    Done = "done",
    PlannedBeforeProcessing = "planned_before_processing",
    NotDone = "not_done",
    Unknown = "unknown",
});

/// A less intrusive alternative that was raised (art. 5 lid 1 c AVG; necessity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// The alternative, e.g. "count entries with anonymous passes".
    pub description: String,
    /// Would it reach the same legitimate goal about as effectively? The employer bears the
    /// burden of showing it would not: unknown counts as yes.
    #[serde(default)]
    pub reaches_same_goal: Tri,
    /// Why the employer rejected it.
    #[serde(default)]
    pub rejection_reason: Option<String>,
    /// How well the employer substantiated the rejection.
    #[serde(default)]
    pub rejection_substantiation: Substantiation,
    /// The elements it is an alternative to (empty: all).
    #[serde(default)]
    pub elements: Vec<String>,
    /// Is this the OR's own alternative: the condition of its conditional consent or its
    /// counter-proposal? Then the court weighs the proposal against it (DOMAIN §2), through
    /// necessity: does it reach the employer's aim with less intrusion? Unknown counts as
    /// no: it is then an alternative the parties raised, weighed the same way but not
    /// named as the OR's.
    #[serde(default)]
    pub by_works_council: Tri,
}

impl Alternative {
    /// A less intrusive alternative, described, every other fact not given (as a JSON
    /// alternative with only `description` reads).
    pub fn new(description: impl Into<String>) -> Alternative {
        Alternative {
            description: description.into(),
            reaches_same_goal: Tri::default(),
            rejection_reason: None,
            rejection_substantiation: Substantiation::default(),
            elements: Vec::new(),
            by_works_council: Tri::default(),
        }
    }
}

/// The employer kind, which decides whether legitimate interest is available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmployerKind {
    /// A private employer.
    #[default]
    Private,
    /// A public authority (municipality, state): it cannot rely on legitimate interest for
    /// its public tasks (art. 6(1), last sentence).
    PublicAuthority,
}

codes!(EmployerKind {
    Private = "private",
    PublicAuthority = "public_authority",
});

/// The data-protection facts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AvgFacts {
    /// The legal basis claimed.
    #[serde(default)]
    pub legal_basis: LegalBasis,
    /// The DPIA.
    #[serde(default)]
    pub dpia: Dpia,
    /// Does the regeling inform staff in advance of the monitoring, its reasons and scope
    /// (art. 13/14 AVG)? Unknown counts as no.
    #[serde(default)]
    pub staff_informed_in_advance: Tri,
    /// Is there meaningful human intervention before consequences follow (art. 22 AVG)?
    /// Unknown counts as no.
    #[serde(default)]
    pub human_intervention: Tri,
    /// Less intrusive alternatives that were raised.
    #[serde(default)]
    pub alternatives: Vec<Alternative>,
}

/// Where an obligation the employer relies on comes from (art. 6(1)(c) and 6(3) AVG).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ObligationSource {
    /// A statute that obliges the employer to record or process these data: art. 4:3
    /// Arbeidstijdenwet (working time), or a recording duty of a regulated sector.
    Statute,
    /// An order or instruction addressed to the employer by a supervisory authority under a
    /// statutory power. Whether it was given is a fact, shown by the order itself, not by the
    /// employer's say-so.
    SupervisoryOrder,
    /// The general duty to secure personal data (art. 32 AVG). It obliges appropriate
    /// measures, not this measure: no legal obligation to process these data.
    SecurityDuty,
    /// A condition of an insurer: a contract, not law (art. 6(3) AVG).
    InsurerCondition,
    /// Another source.
    #[default]
    Other,
}

codes!(ObligationSource {
    Statute = "statute",
    SupervisoryOrder = "supervisory_order",
    SecurityDuty = "security_duty",
    InsurerCondition = "insurer_condition",
    Other = "other",
});

impl ObligationSource {
    /// Can an obligation from this source be a legal obligation in the sense of art. 6(1)(c)
    /// AVG, laid down in Union or member-state law (art. 6(3))? A statute, and an order given
    /// under a statutory power; not the general security duty of art. 32 (which leaves the
    /// means to the employer), nor an insurer's condition or another source (catalogue:
    /// AVG-6-3, INFERENCE).
    pub fn can_be_legal_obligation(self) -> bool {
        matches!(
            self,
            ObligationSource::Statute | ObligationSource::SupervisoryOrder
        )
    }
}

/// An obligation the employer relies on for a measure's processing (art. 6(1)(c) AVG).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalObligation {
    /// Where it comes from.
    #[serde(default)]
    pub source: ObligationSource,
    /// The provision or the order, as a lawyer cites it (e.g. "art. 4:3 Arbeidstijdenwet").
    #[serde(default)]
    pub provision: Option<String>,
    /// Is it shown that the obligation binds the employer (the statute's conditions are
    /// met; the order is produced)? The employer relies on it and bears the burden (art. 150
    /// Rv, art. 5(2) AVG): unknown counts as not shown.
    #[serde(default)]
    pub shown: Tri,
    /// Does the measure go beyond what the obligation requires (more data, other purposes,
    /// longer)? Only what the obligation requires rests on it; the excess needs a basis of
    /// its own. The processing must be necessary to comply, which the employer shows:
    /// unknown counts as yes.
    #[serde(default)]
    pub goes_beyond: Tri,
}
