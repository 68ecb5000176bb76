//! The trace: ordered steps, each citing the rule it applies, with what it found (typed,
//! language-neutral) and its effect on the ruling. The Dutch and English texts are rendered
//! from the typed finding by `ruling::text`, with exhaustive matches, so a finding without
//! its text in both languages does not compile.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use super::Outcome;
use crate::Date;
use crate::law::RuleId;
use crate::request::{
    AiCapability, BiometricDesign, BiometricPurpose, CaoCoverage, Consequences, DataKind, Dpia,
    EmotionPurpose, EmployerInterestKind, Importance, LegalBasis, ObligationSource, Observed,
    OrDecision, OrInterestKind, Purpose, ReasonCategory, Scope, SpecialCategory, Stage2Reading,
    Subject, Substantiation, Tri,
};

/// A side of the dispute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The employer (*ondernemer*).
    Employer,
    /// The works council (*ondernemingsraad*).
    WorksCouncil,
}

/// What a step does to the ruling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Effect {
    /// A gate or requirement is met.
    Passed,
    /// The test ends here with this outcome (for the element named in the step, if any).
    Decides {
        /// The outcome.
        outcome: Outcome,
    },
    /// Weighs for a side.
    Weighs {
        /// For whom.
        side: Side,
        /// How much.
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        weight: Decimal,
    },
    /// A curable defect, raised by the works council or plain from the facts: as long as
    /// the regeling is not mended, the OR may reasonably refuse (ground 1) and the decision
    /// cannot be required (ground 2). It adds no weight.
    CurableDefect,
    /// A curable point nobody raised and the facts do not plainly show: said, and left
    /// aside (art. 24 Rv).
    NotArgued,
    /// A hard defect: a categorical ban; no grant whatever the weighing says.
    HardDefect,
    /// Recorded for the explanation; no effect on the outcome.
    Noted,
    /// The rule does not apply on this date or to these facts.
    NotApplicable,
}

/// Why a DPIA is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DpiaTrigger {
    /// Systematic monitoring of employees (AP list, category 11; WP248 criteria 3 and 7).
    SystematicMonitoring,
    /// Covert monitoring (AP list, category 1: even incidental).
    Covert,
    /// Biometric data (AP list, category 17).
    Biometrics,
    /// Scoring or profiling of individuals (art. 35(3)(a); WP248 criterion 1).
    Scoring,
}

/// What art. 6(4) AVG asks of a reuse whose purpose is not linked to the first (the
/// RULES.md INFERENCE for badge data reused for attendance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReuseCondition {
    /// A valid legal basis of its own (not consent at work, not unknown).
    LegalBasis,
    /// Staff informed in advance of the new use.
    AdvanceInformation,
    /// Safeguards: no consequences attached, pseudonymised data, or a person who looks
    /// before any consequence.
    Safeguards,
}

/// One of the AP's conditions for covert monitoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CovertCondition {
    /// A reasonable suspicion of punishable or prohibited conduct.
    ReasonableSuspicion,
    /// No other means.
    NoOtherMeans,
    /// A limited, pre-set period.
    LimitedPeriod,
    /// Informing staff afterwards.
    InformedAfterwards,
}

/// How the library assessed a Bărbulescu criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// The factor weighs for the measure (Bărbulescu's criteria are factors of the
    /// proportionality test, not conditions passed or failed).
    Met,
    /// The factor weighs against the measure.
    NotMet,
    /// Nobody examined it (e.g. no less intrusive means was put forward or looked at): the
    /// court cannot say which way it weighs.
    NotExamined,
}

/// Where an interest's importance came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ImportanceSource {
    /// Stated in the request.
    Given,
    /// The default (moderate) for lack of a statement.
    Default,
    /// Derived from the facts of the measure.
    Derived,
    /// Stated in the request, overriding what the facts would give.
    Override,
    /// Capped at light: the attendance policy it enforces was not shown to be validly adopted.
    CappedPolicyNotValid,
}

/// Where an interest's reliability came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReliabilityBasis {
    /// Its substantiation, the statement being disputed (or not shown undisputed).
    Substantiation,
    /// Not disputed by the other side: established (art. 149 Rv).
    Undisputed,
    /// Its substantiation is not stated, but evidence is listed: plausible.
    Evidence,
    /// It rests on the terms of the proposal itself, which the employer does not dispute.
    ProposalTerms,
    /// It rests on the law, which the court applies of its own motion (art. 25 Rv).
    Law,
}

/// What the measure observes about identified staff: the base of the intrusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IntrusionBase {
    /// Presence, working time or traffic data only: light.
    Presence,
    /// Behaviour, performance or location: moderate.
    Conduct,
    /// The content of communications: serious.
    CommunicationsContent,
}

impl IntrusionBase {
    /// The level the base starts from.
    pub fn level(self) -> Importance {
        match self {
            IntrusionBase::Presence => Importance::Light,
            IntrusionBase::Conduct => Importance::Moderate,
            IntrusionBase::CommunicationsContent => Importance::Serious,
        }
    }
}

/// A fact that moves the privacy intrusion a step up or down from its base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IntrusionFactor {
    /// Covert (+1).
    Covert,
    /// Reaches into the home (+1).
    AtHome,
    /// More intensive at home than at the office (+1).
    MoreIntensiveAtHome,
    /// Records housemates at home, who are not staff (+1).
    Housemates,
    /// Records staff in their private time, with no privacy switch (+1).
    PrivateTime,
    /// Biometric data (+1).
    Biometric,
    /// Other special categories of personal data, such as health data (+1; art. 9 AVG).
    SpecialCategories,
    /// Scoring or profiling of individuals (+1).
    Profiling,
    /// Consequences follow without a person looking first (+1).
    AutomatedConsequences,
    /// Kept beyond the norm for that kind of data (+1).
    LongRetention,
    /// Reused for a purpose not compatible with the first (+1).
    PurposeCreep,
    /// Pseudonymised (−1).
    Pseudonymised,
    /// Incidental, not systematic (−1).
    Incidental,
    /// Nobody looks at individual data but on a defined occasion: only group reports leave
    /// the system, it runs unread below a threshold, or two named persons view it after an
    /// incident (−1).
    LimitedAccess,
}

/// The retention norm for a kind of data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetentionNorm {
    /// Camera images: at most this many days.
    CameraImages {
        /// The norm in days.
        days: u32,
    },
    /// Working-time records: at least this many days (52 weeks, art. 3.2:1 ATB).
    WorkingTimeRecords {
        /// The statutory minimum in days.
        min_days: u32,
    },
    /// The catalogue has no norm for this kind of data.
    None,
}

/// How a retention term compares with its norm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RetentionAssessment {
    /// Within the norm.
    WithinNorm,
    /// Beyond the norm: raises the intrusion a step.
    BeyondNorm,
    /// Within what the law requires to be kept.
    RequiredByLaw,
    /// No norm in the catalogue for this term.
    NoNorm,
    /// Kept for as long as the employment lasts: a term not tied to the purpose, longer
    /// than the purpose needs; raises the intrusion a step.
    TiedToEmployment,
    /// The regeling states no term.
    NotStated,
}

/// Whether an interest's weight counts in its side's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(tag = "counted", rename_all = "snake_case")]
pub enum Counted {
    /// It counts: the heaviest of its concern.
    Yes,
    /// Another item of the same concern counts instead (a side's case is weighed per
    /// concern, not per paragraph).
    SameConcern {
        /// The index in the trace of the step that counts.
        with_step: usize,
    },
}

/// A concern of the works council raised by the facts rather than by an interest it listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrConcernKind {
    /// The consent procedure of art. 27 lid 2 WOR was not followed.
    Procedure,
    /// An earlier agreement with the OR that the employer did not keep.
    EarlierAgreementNotKept {
        /// What was agreed.
        description: String,
    },
    /// The regeling changes primary terms of employment that belong to collective
    /// bargaining.
    PrimaryTerms,
}

/// Why a measure is held not suitable for its purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum SuitabilityBasis {
    /// It is established that the measure cannot serve the purpose.
    Established,
    /// The works council disputes it and the employer has not shown that it can.
    NotShown,
    /// The measure does not observe anything the purpose needs (`needs`: at least one of).
    Mismatch {
        /// What the measure observes.
        observes: Vec<Observed>,
        /// What the purpose needs, at least one of.
        needs: Vec<Observed>,
    },
}

/// A proven, weighty business reason shown to require the decision (ground 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct WeightyReason {
    /// The employer interest's index in the request.
    pub index: usize,
    /// Its kind.
    pub kind: EmployerInterestKind,
    /// Organisational, economic or social.
    pub category: ReasonCategory,
    /// Its weight.
    #[serde(serialize_with = "crate::syntax::decimal::normal")]
    pub weight: Decimal,
}

/// Why ground 2 was not met by a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotWeighty {
    /// Its weight is below the calibrated threshold.
    TooLight,
    /// Not proven (only plausible or asserted).
    NotProven,
    /// Not shown to require this decision.
    NotRequired,
}

/// Why a request is premature: the consent procedure of art. 27 lid 2 WOR is not completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PrematureCause {
    /// The employer declined (or never convened) the consultation meeting.
    MeetingDeclinedByEmployer,
    /// The OR was still deciding within a reasonable time.
    OrStillDeciding,
}

/// The stage-1 comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Balance {
    /// The employer's interests weigh heavier.
    EmployerHeavier,
    /// Equal: not enough, the employer bears the burden.
    Equal,
    /// The works council's interests weigh heavier.
    WorksCouncilHeavier,
}

/// What a step found. Language-neutral; rendered into Dutch and English. The list grows as
/// the model learns to see more (`#[non_exhaustive]`, see `CHANGELOG.md`): match with a
/// wildcard arm.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
#[serde(tag = "finding", rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Finding {
    // ------------------------------------------------------------ gates
    /// The decision is not the employer's own.
    NotEmployersDecision,
    /// The decision is the employer's own (presumed when unknown).
    EmployersDecision { presumed: bool },
    /// Ending a practice that was only tolerated is no decision.
    EndsToleratedPractice,
    /// Letter k applies because the measure processes personal data of staff.
    PersonalDataRegeling,
    /// Letter l applies because the facility can observe staff.
    MonitoringFacility { observes: Vec<Observed> },
    /// Letter l is not derived: the data are anonymous.
    AnonymousNotDerived,
    /// Letter g: the monitoring data feed appraisals (a consequence for appraisal, or the
    /// purpose of evaluating performance).
    AppraisalRegeling,
    /// A letter the parties named that the facts rule out: set aside.
    LetterRuledOut { letter: Subject },
    /// The consent right is extended to the matter by an agreement with the OR (art. 32).
    ConsentRightByAgreement,
    /// The decision merely applies a regeling the OR already consented to.
    AppliesConsentedRegeling,
    /// Said to apply a consented regeling, but a purpose changes: a change of the regeling.
    NotMereApplication,
    /// The purpose of an existing system changes: a change of the regeling.
    PurposeChanged { from: Purpose, to: Purpose },
    /// The subjects on the closed list.
    SubjectsOnList { letters: Vec<Subject> },
    /// No subject on the closed list.
    NoSubjectOnList,
    /// Concerns individuals, not a regeling.
    IndividualNotRegeling,
    /// Incidental, not a rule.
    Incidental,
    /// Incidental, but covert filming of staff: consent is still needed.
    IncidentalCovertCamera,
    /// A regeling for all staff or a group.
    RegelingForGroup {
        scope: Scope,
        presumed: bool,
        temporary: bool,
    },
    /// A cao regulates the matter exhaustively.
    CaoExhaustive,
    /// A cao leaves room (or none applies).
    CaoLeavesRoom { coverage: CaoCoverage },
    /// An Arbowet demand covers the same matter.
    ArbowetDemand,
    /// The OR was not (shown to be) asked for consent.
    ConsentNotRequested { unknown: bool },
    /// The request to the OR was not in writing with reasons.
    NotInWritingWithReasons,
    /// No consultation meeting was held.
    NoConsultationMeeting,
    /// The procedure of art. 27 lid 2 was followed.
    ProcedureFollowed,
    /// Not shown how the request to the OR was made (in writing? a meeting?): not weighed.
    ProcedureNotShown { in_writing: Tri, meeting: Tri },
    /// The OR consented: nothing to replace.
    OrConsented,
    /// Not shown that the OR withheld consent.
    OrDecisionUnknown,
    /// The OR withheld consent. `or_alternative`: the request gives the OR's own alternative
    /// (`avg.alternatives[].by_works_council`), which the court weighs under necessity.
    OrWithheld {
        decision: OrDecision,
        conditions: Vec<String>,
        or_alternative: bool,
    },
    /// The only meeting held informed the OR; it was not the consultation meeting.
    OnlyInformationMeeting,
    /// The OR declined the consultation meeting the employer offered: it cannot rely on its
    /// absence.
    MeetingDeclinedByOr,
    /// The request is premature: the consent procedure is not completed.
    Premature { cause: PrematureCause },
    /// The OR asked for a formal request for consent and none in writing with reasons is
    /// shown: the OR was not yet asked as art. 27 lid 2 requires.
    FormalRequestAsked,
    /// The OR's own alternative, weighed against the proposal: does it reach the employer's
    /// aim (with less intrusion)? `reaches`: as the request states it (unknown counts as yes).
    OrAlternative { description: String, reaches: Tri },
    /// The OR's reasonable costs of these proceedings are the employer's (art. 22, 22a WOR).
    CostsOfProceedings,
    /// The employer asked permission for the regeling as a whole only: the court does not
    /// rewrite the proposal and does not grant a part.
    WholeOnlyRequested,
    /// The employer asked, at least subsidiarily, for the separable parts. `presumed`: not
    /// stated; read from `regeling.separable` as before.
    PartsRequested { presumed: bool },
    /// The OR gave no reasons when it withheld consent.
    RefusalWithoutReasons,
    /// The OR refused to discuss alternatives or to counter-propose.
    OrRefusedToDiscuss,
    /// The employer amended its proposal during the proceedings: the court decides on the
    /// proposal as amended.
    AmendedInProceedings,
    /// An OR argument first raised in the proceedings, weighed all the same.
    RaisedFirstInCourt { index: usize },
    /// An OR demand unrelated to the regeling: no argument against it, left aside.
    UnrelatedDemand { index: usize, statement: String },
    /// Implemented without consent, nullity not invoked in writing.
    NullityNotInvoked,
    /// Nullity invoked after the month (with the dates, when they are known).
    NullityLate {
        started: Option<Date>,
        deadline: Option<Date>,
        invoked: Option<Date>,
    },
    /// Nullity invoked in time (or not shown late): judged on the merits.
    NullityTimelyOrUnclear { established: bool },
    /// The measure is already in place; judged on the merits, only a retroactive part can fail.
    AlreadyInPlace,
    // ------------------------------------------------------------ data protection
    /// No personal data of identifiable staff.
    NoPersonalData { anonymous: bool },
    /// Before 25 May 2018 the Wbp applied; the library models its art. 8(f) only.
    WbpNecessityOnly,
    /// The retention term against the norm for that kind of data.
    Retention {
        /// The kind of data, where the request names it (`retention_per_kind`); absent for
        /// the measure's main data.
        kind: Option<DataKind>,
        days: Option<u32>,
        norm: RetentionNorm,
        assessment: RetentionAssessment,
    },
    /// Employee consent is not a valid basis.
    ConsentNotValidAtWork,
    /// A public authority cannot rely on legitimate interest for its tasks.
    PublicAuthorityLegitimateInterest,
    /// The employer invokes a legal obligation, but names none that requires this
    /// processing (`plain`: no obligation requires it for this purpose, such as checking
    /// attendance person by person; otherwise not shown).
    LegalObligationDoesNotCover { purpose: Purpose, plain: bool },
    /// A legal obligation carries the processing as far as it requires it; `goes_beyond`:
    /// whether the measure goes further (the excess needs a basis of its own).
    LegalObligationCarries {
        source: ObligationSource,
        provision: Option<String>,
        goes_beyond: Tri,
    },
    /// The obligation relied on is not a legal obligation to process these data (art.
    /// 6(3)): the security duty of art. 32, an insurer's condition, another source.
    /// `claimed`: the employer rests the processing on it as a legal obligation.
    ObligationNotLaw {
        source: ObligationSource,
        claimed: bool,
    },
    /// It is not shown that the obligation binds the employer (`unknown`: not shown either
    /// way; otherwise shown not to).
    ObligationNotShown {
        source: ObligationSource,
        unknown: bool,
    },
    /// The measure goes beyond what the obligation requires (or is not shown not to), and
    /// the employer names no other basis for the excess.
    ExcessWithoutBasis { goes_beyond: Tri },
    /// A public authority processing for its public task: that is its basis (art. 6(1)(e)),
    /// whatever the request calls it (`claimed`).
    PublicTaskBasis { claimed: LegalBasis },
    /// A public authority processing outside its public tasks: legitimate interest is
    /// available to it.
    OutsidePublicTask,
    /// No legal basis shown.
    NoLegalBasisShown,
    /// A legal basis is available.
    LegalBasisAvailable { basis: LegalBasis },
    /// Data reused for a new purpose: compatible if the purposes are linked or nothing of
    /// what art. 6(4) asks of the reuse is missing.
    Repurposing {
        from: Purpose,
        to: Purpose,
        linked: bool,
        missing: Vec<ReuseCondition>,
    },
    /// The purpose does not need identified data.
    IdentificationNotNeeded { purpose: Purpose },
    /// Suitability: the employer has shown that the measure can serve its purpose.
    SuitabilityShown { purpose: Purpose },
    /// Suitability: the measure cannot serve its purpose, or is not shown to while the works
    /// council disputes it.
    NotSuitable {
        purpose: Purpose,
        basis: SuitabilityBasis,
    },
    /// A less intrusive alternative reaches the same goal (or is not shown not to).
    AlternativeReachesGoal { description: String, unknown: bool },
    /// An alternative was rejected because it does not reach the goal.
    AlternativeRejected {
        description: String,
        reason: Option<String>,
        substantiation: Substantiation,
    },
    /// A DPIA is required.
    DpiaRequired {
        triggers: Vec<DpiaTrigger>,
        dpia: Dpia,
    },
    /// No DPIA is required on these facts.
    DpiaNotRequired,
    /// The regeling informs staff in advance.
    StaffInformed,
    /// The regeling does not (or is not shown to) inform staff in advance.
    StaffNotInformed { unknown: bool },
    /// Consequences follow from the data.
    AutomatedConsequences {
        consequences: Consequences,
        human_intervention: Tri,
    },
    /// Only consequences without legal or similarly significant effect follow (an informal
    /// conversation): art. 22 AVG does not apply.
    NoSignificantConsequences { consequences: Consequences },
    /// No consequences follow automatically.
    NoAutomatedConsequences,
    /// Not shown what consequences follow from the data.
    ConsequencesNotShown,
    /// Biometrics without an exception.
    BiometricNotAllowed {
        purpose: BiometricPurpose,
        necessary: Tri,
    },
    /// Biometrics within the UAVG exception.
    BiometricAllowed,
    /// Art. 29 UAVG derived from the facts: the need, the alternative and the design, each
    /// as the court may take it (unknown: not shown).
    BiometricNecessity {
        design: BiometricDesign,
        security_need: Tri,
        badge_or_pin_suffices: Tri,
        necessary: bool,
    },
    /// The deprecated conclusion `biometric.necessary` was read, for want of the facts.
    BiometricNecessaryAsStated { necessary: Tri },
    /// A special category of personal data (art. 9(1) AVG) without an exception.
    SpecialCategoryProhibited { category: SpecialCategory },
    /// The nature or cause of an illness recorded by the employer.
    NatureOfIllnessRecorded,
    /// Absence through illness recorded as far as sick pay and reintegration need.
    SickLeaveRecordAllowed,
    /// Covert monitoring without the AP's conditions.
    CovertWithoutConditions { missing: Vec<CovertCondition> },
    /// Covert monitoring within the AP's conditions.
    CovertConditionsMet,
    /// The AP list names the processing among those that always need a DPIA.
    OnApDpiaList { triggers: Vec<DpiaTrigger> },
    /// Monitoring at home more intensive than at the office.
    MoreIntensiveAtHome,
    /// Monitoring at home no more intensive than at the office (`established`: shown; else
    /// not shown otherwise).
    SameAtHomeAsAtOffice { established: bool },
    /// Data about an incident are kept beyond the term until the proceedings end.
    RetentionUntilProceedings,
    /// Monitoring at home also records housemates.
    HousematesRecorded,
    /// The measure records staff in their private time (`private_use`: because the vehicle
    /// or device may be used privately and it is not shown that recording stops), with no
    /// privacy switch shown.
    TracksPrivateTime { private_use: bool },
    /// The measure reaches private time, but staff can switch it off.
    PrivacySwitch,
    // ------------------------------------------------------------ AI Act
    /// Not an AI system.
    NotAnAiSystem,
    /// The AI Act's prohibitions did not yet apply.
    AiProhibitionsNotYetApplicable { from: Date },
    /// A prohibited AI practice.
    ProhibitedAiPractice { capability: AiCapability },
    /// Emotion recognition for medical or safety reasons: not prohibited, high-risk.
    EmotionRecognitionExempt,
    /// The stated purpose of an emotion-recognition system does not bring it under the
    /// exception: not medical or safety, or not established (`purpose` as stated, if it was).
    EmotionExceptionNotShown { purpose: Option<EmotionPurpose> },
    /// Emotions inferred from written text only: no biometric data, so no emotion
    /// recognition in the sense of the AI Act (art. 3(39)); not prohibited.
    EmotionFromTextNotBiometric,
    /// A prohibited practice is not also a high-risk system: the high-risk duties are
    /// beside the point.
    ProhibitedNotHighRisk,
    /// A high-risk AI system.
    HighRisk { capabilities: Vec<AiCapability> },
    /// Not high-risk: the art. 6(3) filter applies.
    NotHighRisk,
    /// The high-risk duties apply only from this date.
    HighRiskDutiesNotYetApplicable { from: Date },
    /// Human oversight assigned (or not).
    HumanOversight { assigned: Tri },
    /// Works council and staff informed before use (or not).
    WorkersInformed { informed: Tri },
    // ------------------------------------------------------------ ECHR
    /// A Bărbulescu criterion, and which rule's weight counts it.
    Barbulescu {
        criterion: u8,
        assessment: Assessment,
        counted_under: Option<RuleId>,
    },
    // ------------------------------------------------------------ weighing
    /// The privacy intrusion, derived from the facts.
    PrivacyIntrusion {
        base: IntrusionBase,
        factors: Vec<(IntrusionFactor, i8)>,
        intensity: Importance,
    },
    /// An employer interest weighed.
    EmployerInterest {
        index: usize,
        kind: EmployerInterestKind,
        statement: String,
        importance: Importance,
        importance_source: ImportanceSource,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        abstract_weight: Decimal,
        substantiation: Substantiation,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        reliability: Decimal,
        reliability_basis: ReliabilityBasis,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        weight: Decimal,
        counted: Counted,
    },
    /// A works-council interest weighed.
    OrInterest {
        index: usize,
        kind: OrInterestKind,
        statement: String,
        importance: Importance,
        importance_source: ImportanceSource,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        abstract_weight: Decimal,
        substantiation: Substantiation,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        reliability: Decimal,
        reliability_basis: ReliabilityBasis,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        weight: Decimal,
        counted: Counted,
    },
    /// A concern of the works council raised by the facts, weighed.
    OrConcern {
        concern: OrConcernKind,
        importance: Importance,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        abstract_weight: Decimal,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        weight: Decimal,
        counted: Counted,
    },
    /// The employer made none of its interests at least plausible: its case is not shown.
    EmployerCaseNotShown,
    /// The regeling as proposed fails legal requirements that count: the refusal is not
    /// unreasonable, whatever the balance.
    RefusalReasonableWhileUnlawful { defects: usize },
    /// The balance of stage 1.
    Balance {
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        employer: Decimal,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        works_council: Decimal,
        balance: Balance,
    },
    /// A hard defect blocks any grant.
    HardDefectBlocksGrant,
    /// Ground 2 is not examined under the reading applied.
    Stage2NotReached { reading: Stage2Reading },
    /// Curable defects stand in the way of ground 2.
    Stage2BlockedByDefects { defects: usize },
    /// The weighty reasons, weighed against the interests against the decision: do they
    /// require it? (`met`.) `weight`: the reasons' weight, each kind counted once;
    /// `employer`: the employer's whole case; `against`: the works council's.
    WeightyReasons {
        reasons: Vec<WeightyReason>,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        weight: Decimal,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        employer: Decimal,
        #[serde(serialize_with = "crate::syntax::decimal::normal")]
        against: Decimal,
        reading: Stage2Reading,
        met: bool,
    },
    /// No reason is weighty and required.
    NoWeightyReason { reasons: Vec<(usize, NotWeighty)> },
    /// Under the cumulative reading both grounds are needed.
    CumulativeReading { ground1: bool, ground2: bool },
    /// The outcome per element.
    PartlyGranted {
        granted: Vec<String>,
        refused: Vec<String>,
    },
    // ------------------------------------------------------------ parallel tracks
    /// The OR may also have an advice right (AI system or important technology).
    AdviceRight,
    /// The AP supervises compliance with the AVG whatever the court rules.
    ApSupervises,
    /// The employer went ahead without consent: the nullity track applies.
    NullityTrack,
    // ------------------------------------------------------------ precedent
    /// The ruling contradicts a decided case a fortiori: this case is at least as strong for
    /// the side that won the precedent, and that side loses here.
    PrecedentContradicted {
        precedent: crate::precedent::PrecedentRef,
        won_by: Side,
        factors: Vec<crate::precedent::Factor>,
    },
    /// Decided cases that this ruling follows a fortiori.
    PrecedentSupports {
        precedents: Vec<crate::precedent::PrecedentRef>,
    },
    /// No decided case binds this case a fortiori either way.
    NoPrecedentBinds { checked: usize },
}

/// One step of the trace.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Step {
    /// The rule applied.
    pub rule: RuleId,
    /// The element the step concerns, where the court rules per element.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// What it found.
    #[serde(flatten)]
    pub finding: Finding,
    /// Its effect.
    pub effect: Effect,
}

impl Step {
    /// A step for the whole regeling.
    pub fn new(rule: RuleId, finding: Finding, effect: Effect) -> Step {
        Step {
            rule,
            element: None,
            finding,
            effect,
        }
    }
}
