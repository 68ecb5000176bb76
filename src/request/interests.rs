//! Each side's interests, with how well they were substantiated.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::codes::codes;

use super::fact::{Importance, Substantiation, Tri};

/// The kind of reasons art. 27 lid 4 (ground 2) names: *bedrijfsorganisatorisch,
/// bedrijfseconomisch, bedrijfssociaal*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReasonCategory {
    /// Organisational (*bedrijfsorganisatorisch*).
    Organisational,
    /// Economic (*bedrijfseconomisch*).
    Economic,
    /// Social (*bedrijfssociaal*).
    Social,
}

codes!(ReasonCategory {
    Organisational = "organisational",
    Economic = "economic",
    Social = "social",
});

/// Kinds of employer interest (seed article §5.2; DOMAIN §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmployerInterestKind {
    /// Enforcing an office-attendance or home-working policy (reward, discipline).
    AttendancePolicyEnforcement,
    /// Equal rules for everyone, no friction between colleagues.
    EqualRules,
    /// Social cohesion.
    SocialCohesion,
    /// Productivity.
    Productivity,
    /// Security of people, premises or information.
    Security,
    /// Preventing theft or fraud.
    TheftPrevention,
    /// Meeting a statutory obligation or deadline.
    StatutoryObligation,
    /// Cutting costs, financial results.
    Cost,
    /// Continuity of the business or service.
    Continuity,
    /// Competitive position, efficiency.
    CompetitivePosition,
    /// Harmonising terms or schemes (e.g. after a merger).
    Harmonisation,
    /// Planning capacity (office space, staffing).
    CapacityPlanning,
    /// Something else.
    Other,
}

codes!(EmployerInterestKind {
    AttendancePolicyEnforcement = "attendance_policy_enforcement",
    EqualRules = "equal_rules",
    SocialCohesion = "social_cohesion",
    Productivity = "productivity",
    Security = "security",
    TheftPrevention = "theft_prevention",
    StatutoryObligation = "statutory_obligation",
    Cost = "cost",
    Continuity = "continuity",
    CompetitivePosition = "competitive_position",
    Harmonisation = "harmonisation",
    CapacityPlanning = "capacity_planning",
    Other = "other",
});

impl EmployerInterestKind {
    /// The category of art. 27 lid 4 ground 2 the kind belongs to.
    pub fn category(self) -> ReasonCategory {
        use EmployerInterestKind::*;
        match self {
            AttendancePolicyEnforcement
            | Security
            | StatutoryObligation
            | Continuity
            | Harmonisation
            | CapacityPlanning
            | Other => ReasonCategory::Organisational,
            Productivity | TheftPrevention | Cost | CompetitivePosition => ReasonCategory::Economic,
            EqualRules | SocialCohesion => ReasonCategory::Social,
        }
    }
}

/// Kinds of interest the works council (OR) defends (DOMAIN §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrInterestKind {
    /// Privacy of staff (art. 8 ECHR). Its intensity is derived from the measure's facts.
    Privacy,
    /// Avoiding disciplinary consequences, or consequences with too few safeguards. Its
    /// intensity is derived from the consequences the measure attaches.
    DisciplinaryConsequences,
    /// Another fundamental right.
    OtherFundamentalRight,
    /// Health, rest and working time.
    HealthAndWorkingTime,
    /// A statutory right of staff (e.g. to decide when to take leave).
    StatutoryRight,
    /// Earlier agreements (e.g. an agreed evaluation that never happened).
    EarlierAgreement,
    /// Lack of information (e.g. no DPIA shared with the OR).
    LackOfInformation,
    /// A right staff claim to have acquired.
    AcquiredRight,
    /// Something else.
    Other,
}

codes!(OrInterestKind {
    Privacy = "privacy",
    DisciplinaryConsequences = "disciplinary_consequences",
    OtherFundamentalRight = "other_fundamental_right",
    HealthAndWorkingTime = "health_and_working_time",
    StatutoryRight = "statutory_right",
    EarlierAgreement = "earlier_agreement",
    LackOfInformation = "lack_of_information",
    AcquiredRight = "acquired_right",
    Other = "other",
});

/// A legal point of the AVG or the AI Act that a party can raise against the regeling. A
/// curable point counts only as far as the works council raised it or the facts plainly show
/// it: the court decides within the bounds of the dispute and adds legal grounds, not facts
/// (arts. 24 and 25 Rv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LegalPoint {
    /// No valid legal basis (art. 6(1) AVG).
    LegalBasis,
    /// Reuse for an incompatible purpose (art. 6(4) AVG).
    PurposeLimitation,
    /// Data minimisation and necessity: identification not needed, a less intrusive means
    /// (art. 5(1)(c) and 6(1)(f) AVG).
    Minimisation,
    /// No DPIA before processing (art. 35 AVG).
    Dpia,
    /// Staff not informed in advance (art. 13 and 14 AVG).
    Information,
    /// Decisions based solely on automated processing (art. 22 AVG).
    AutomatedDecisions,
    /// Covert monitoring without its conditions (AP; López Ribalda).
    Covert,
    /// The deployer's duties for a high-risk AI system (art. 26 AI Act).
    AiActDuties,
    /// Suitability: the measure cannot serve its stated purpose at all (art. 5(1)(c) AVG,
    /// the first limb of necessity).
    Suitability,
}

codes!(LegalPoint {
    LegalBasis = "legal_basis",
    PurposeLimitation = "purpose_limitation",
    Minimisation = "minimisation",
    Dpia = "dpia",
    Information = "information",
    AutomatedDecisions = "automated_decisions",
    Covert = "covert",
    AiActDuties = "ai_act_duties",
    Suitability = "suitability",
});

/// An interest of the employer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployerInterest {
    /// The kind of interest.
    pub kind: EmployerInterestKind,
    /// A short statement of the interest, in the employer's words.
    pub statement: String,
    /// How well it was substantiated.
    #[serde(default)]
    pub substantiation: Substantiation,
    /// Did the OR dispute it? A statement asserted and not disputed counts as established
    /// (art. 149 Rv). Unknown counts as disputed.
    #[serde(default)]
    pub contested: Tri,
    /// The evidence offered (exhibits, figures, reports).
    #[serde(default)]
    pub evidence: Vec<String>,
    /// How important the decision is for this interest. Absent: the calibrated default for
    /// its kind.
    #[serde(default)]
    pub importance: Option<Importance>,
    /// Has the employer shown that this reason cannot be met without the decision — that
    /// the decision is *gevergd* (ground 2)? Unknown counts as no.
    #[serde(default)]
    pub requires_decision: Tri,
    /// Only for `attendance_policy_enforcement`: was the attendance policy itself validly
    /// adopted (with the OR's consent where art. 27 lid 1 b or d required it)? Unknown
    /// counts as no, and an invalid policy weighs little.
    #[serde(default)]
    pub policy_validly_adopted: Tri,
    /// The elements this interest concerns (empty: the whole regeling).
    #[serde(default)]
    pub elements: Vec<String>,
}

/// An interest the works council defends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrInterest {
    /// The kind of interest.
    pub kind: OrInterestKind,
    /// A short statement of the objection, in the OR's words.
    pub statement: String,
    /// How well it was substantiated.
    #[serde(default)]
    pub substantiation: Substantiation,
    /// Did the employer dispute it? Unknown counts as disputed.
    #[serde(default)]
    pub contested: Tri,
    /// The evidence offered.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// How deep the decision intrudes on this interest. Absent: derived from the facts
    /// (privacy, disciplinary consequences) or the calibrated default for its kind. A value
    /// given for a derived kind overrides the derivation, and the trace says so.
    #[serde(default)]
    pub importance: Option<Importance>,
    /// The elements this objection concerns (empty: the whole regeling).
    #[serde(default)]
    pub elements: Vec<String>,
    /// The legal points of the AVG or the AI Act this objection raises (e.g. `dpia`,
    /// `minimisation`). A curable point that is neither raised nor plain from the facts is
    /// left aside. An objection that the OR lacked information raises `dpia` and
    /// `information` by its nature, one about disciplinary consequences `automated_decisions`;
    /// a general privacy objection is weighed through the intrusion and raises no specific
    /// point unless it says so here.
    #[serde(default)]
    pub raises: Vec<LegalPoint>,
    /// Was this argument first raised in the proceedings, not when the OR refused? The court
    /// weighs it all the same (the Hoge Raad, as reported by Declercq). Unknown counts as no;
    /// either way it weighs the same, the trace only says so.
    #[serde(default)]
    pub first_raised_in_court: Tri,
    /// Is this not an objection to the regeling but a demand unrelated to it, to which the
    /// OR tied its consent (e.g. a wage or facilities demand)? Then it is no argument against
    /// the proposal and is left aside. Unknown counts as no: the employer, which says the
    /// demand is unrelated, must show it (art. 150 Rv).
    #[serde(default)]
    pub unrelated_to_regeling: Tri,
}

impl EmployerInterest {
    /// An interest of the employer of a kind, in its words, every other fact not given
    /// (as a JSON interest with only `kind` and `statement` reads).
    pub fn new(kind: EmployerInterestKind, statement: impl Into<String>) -> EmployerInterest {
        EmployerInterest {
            kind,
            statement: statement.into(),
            substantiation: Substantiation::default(),
            contested: Tri::default(),
            evidence: Vec::new(),
            importance: None,
            requires_decision: Tri::default(),
            policy_validly_adopted: Tri::default(),
            elements: Vec::new(),
        }
    }
}

impl OrInterest {
    /// An interest the works council defends, of a kind, in its words, every other fact
    /// not given (as a JSON interest with only `kind` and `statement` reads).
    pub fn new(kind: OrInterestKind, statement: impl Into<String>) -> OrInterest {
        OrInterest {
            kind,
            statement: statement.into(),
            substantiation: Substantiation::default(),
            contested: Tri::default(),
            evidence: Vec::new(),
            importance: None,
            elements: Vec::new(),
            raises: Vec::new(),
            first_raised_in_court: Tri::default(),
            unrelated_to_regeling: Tri::default(),
        }
    }
}

/// Both sides' interests.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interests {
    /// The employer's interests in the decision.
    #[serde(default)]
    pub employer: Vec<EmployerInterest>,
    /// The works council's interests against it.
    #[serde(default)]
    pub works_council: Vec<OrInterest>,
}
