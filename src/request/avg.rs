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
