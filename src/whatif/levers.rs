//! The levers: legally meaningful changes a party can make to its proposal or its case, or
//! facts it can still prove. See the [module docs](super) for what a lever may and may not
//! change.
//!
//! Each lever states what must hold for it to make sense ([`Precondition`]), and a lever
//! that proves something names the kinds of evidence that would do ([`Evidence`]). A lever
//! is offered only where none of its preconditions is known to fail on the request; what the
//! library cannot check (does the evidence exist? what does a purpose it cannot classify
//! need?) the lever's sentence says, for the lawyer to check.

use rust_decimal::prelude::ToPrimitive;
use schemars::JsonSchema;
use serde::Serialize;

use crate::Calibration;
use crate::engine::Ctx;
use crate::law::RuleId;
use crate::request::{
    Access, AiCapability, Consequence, Consequences, Dpia, EmployerInterest, EmployerInterestKind,
    EmployerKind, Identifiability, LegalBasis, LegalPoint, Openness, OrInterest, OrInterestKind,
    Place, Purpose, Request, Substantiation, Tri,
};
use crate::ruling::text::s;
use crate::ruling::{Lang, RetentionAssessment, RetentionNorm, Side};

/// Serialize a unit enum by its code.
macro_rules! by_code {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    };
}

/// What a lever does. The id of a lever is its kind (in kebab case) and, where it is
/// instantiated per element, interest, kind of interest, alternative, capability or legal
/// point, its target in brackets.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LeverKind {
    /// The employer asks the OR for consent in writing, with reasons and the expected
    /// consequences (`procedure.consent_requested`, `procedure.in_writing_with_reasons`).
    RequestConsentInWriting,
    /// The employer holds the consultation meeting (`procedure.consultation_meeting_held`;
    /// a meeting that only informed the OR does not count, `meeting_only_informed`).
    HoldConsultationMeeting,
    /// The employer awaits the OR's decision, or a reasonable time for it, before going to
    /// court (`procedure.or_still_deciding`).
    AwaitOrDecision,
    /// The employer takes the primary terms of employment out of the regeling, leaving them
    /// to collective bargaining (`regeling.changes_primary_terms`).
    LeavePrimaryTermsToCao,
    /// The employer shows a valid legal basis: legitimate interest for a private employer,
    /// a public task for a public authority (`avg.legal_basis`).
    ShowLegalBasis,
    /// The regeling provides for a DPIA before processing starts (`avg.dpia`).
    CarryOutDpia,
    /// The regeling informs staff in advance (`avg.staff_informed_in_advance`).
    InformStaffInAdvance,
    /// The regeling provides for human intervention before consequences follow
    /// (`avg.human_intervention`).
    AddHumanIntervention,
    /// The employer shows that a less intrusive alternative does not reach the same goal
    /// (`avg.alternatives[i].reaches_same_goal`, only where not established either way).
    ShowAlternativeFails,
    /// Anonymous or aggregated data: count instead of identifying persons (`identifiability`
    /// anonymous; no consequences for individuals, who can no longer be singled out). Only
    /// where the purpose needs no one identified ([`Precondition::NoOneIdentified`]).
    Anonymise,
    /// Pseudonymised instead of identified data (`identifiability`). Pseudonymised data are
    /// still personal data (art. 4(5) AVG): the step is real only where a person need be
    /// identified after an incident at most ([`Precondition::IdentifiedOnlyAfterIncident`]),
    /// never for a scheme that follows up each person.
    Pseudonymise,
    /// Limit who sees the data about individual staff (`access`), in the way the purpose
    /// allows: reports per group only where it needs no one identified, two named persons
    /// after an incident where it needs a person only then, nobody below a set threshold
    /// where it is served by looking at exceptions.
    LimitAccess,
    /// No disciplinary or other automatic consequences attached to the data (`consequences`).
    DropConsequences,
    /// At most an informal conversation follows from the data, nothing put on file
    /// (`consequences`): no decision with legal or similarly significant effects
    /// (`AVG-22-EFFECTS`). Offered where a heavier consequence is attached.
    ConversationOnly,
    /// The regeling replaces a term tied to the employment by one tied to the purpose
    /// (`retention_until`; `RETENTION-EMPLOYMENT`). Offered where the term follows the
    /// employment and is therefore longer than the purpose needs.
    TermTiedToPurpose,
    /// Staff can switch the tracking off in their private time (`privacy_switch`;
    /// `AP-PRIVATE-TIME`). Offered where the measure reaches private time.
    AddPrivacySwitch,
    /// Keep camera images no longer than the norm for them (`retention_days`): the one kind
    /// of data with a maximum term in the catalogue (`RETENTION-PER-KIND`).
    ShortenRetention,
    /// Use for the new purpose only what the same system records after staff were told of
    /// it, not the data recorded before for the earlier purpose (`earlier_purpose`,
    /// `avg.staff_informed_in_advance`): no second system ([`Precondition::SameSystem`]).
    AnnounceNewPurpose,
    /// Make covert monitoring announced, informing staff in advance (`openness`,
    /// `avg.staff_informed_in_advance`).
    Announce,
    /// Meet the conditions for covert monitoring (`covert_conditions`): a limited period and
    /// informing staff afterwards are the regeling's to provide; a reasonable suspicion and the
    /// lack of other means can only be proven where not established either way.
    MeetCovertConditions,
    /// Monitor home workers no more intensively than office workers (`more_intensive_at_home`).
    SameAtHomeAsAtOffice,
    /// Use no biometric data (`biometric`).
    DropBiometrics,
    /// The employer shows that the measure can serve its purpose (`serves_purpose`, only
    /// where not established either way).
    ShowSuitable,
    /// Record no special categories of personal data beyond absence through illness
    /// (`special_categories`): not the nature of an illness, no other health data, none of the
    /// other categories of art. 9(1) AVG.
    DropSpecialCategories,
    /// Limit the measure to what the legal obligation it rests on requires
    /// (`legal_obligation.goes_beyond`): only the excess needs a basis of its own (art.
    /// 6(1)(c) AVG). Only where the obligation can be one and is not shown not to bind.
    LimitToObligation,
    /// A public authority shows that the processing serves its public task
    /// (`public_task`, only where not established either way): art. 6(1)(e) AVG is then its
    /// basis, whatever the request called it.
    ShowPublicTask,
    /// Show that biometrics for authentication or security are necessary: that what is
    /// secured needs more than a badge and that a badge or PIN would not do
    /// (`biometric.security_need`, `biometric.badge_or_pin_suffices`; in a file without those
    /// facts, the deprecated `biometric.necessary`), only where not established either way.
    ShowBiometricsNecessary,
    /// Verify 1:1 against a template on the employee's own card instead of identifying
    /// against a central database (`biometric.design`): authentication needs no more.
    VerifyOnCard,
    /// Drop an AI capability (`ai.capabilities`).
    DropAiCapability,
    /// Assign human oversight of the AI system (`ai.human_oversight`).
    ProvideAiHumanOversight,
    /// Inform the works council and staff before the AI system is used (`ai.workers_informed`).
    InformWorkersOfAi,
    /// The employer substantiates one of its interests with evidence, so that it is
    /// established (`substantiation`).
    SubstantiateEmployerInterest,
    /// The employer shows that an interest cannot be met without the decision
    /// (`requires_decision`, only where not established either way).
    ShowDecisionRequired,
    /// The employer shows that the attendance policy was validly adopted
    /// (`policy_validly_adopted`, only where not established either way).
    ShowPolicyValidlyAdopted,
    /// The employer withdraws its interests of one kind: a concession to the works council,
    /// never a lever of the employer's own.
    WithdrawEmployerInterest,
    /// The works council substantiates one of its interests with evidence (`substantiation`).
    SubstantiateWorksCouncilInterest,
    /// The works council proves that home workers are monitored more intensively
    /// (`more_intensive_at_home`, only where not established either way).
    ProveMoreIntensiveAtHome,
    /// The works council raises a legal point the regeling fails (`raises`): a curable defect
    /// counts only if raised or plain (arts. 24 and 25 Rv), and raising it is the OR's to do
    /// in the proceedings.
    RaiseLegalPoint,
    /// The works council withdraws its objections of one kind: a concession to the employer,
    /// never a lever of the works council's own.
    WithdrawWorksCouncilInterest,
}

impl LeverKind {
    /// The kind in kebab case, the first part of a lever's id.
    pub fn code(self) -> &'static str {
        use LeverKind::*;
        match self {
            RequestConsentInWriting => "request-consent-in-writing",
            HoldConsultationMeeting => "hold-consultation-meeting",
            AwaitOrDecision => "await-or-decision",
            LeavePrimaryTermsToCao => "leave-primary-terms-to-cao",
            ShowLegalBasis => "show-legal-basis",
            CarryOutDpia => "carry-out-dpia",
            InformStaffInAdvance => "inform-staff-in-advance",
            AddHumanIntervention => "add-human-intervention",
            ShowAlternativeFails => "show-alternative-fails",
            Anonymise => "anonymise",
            Pseudonymise => "pseudonymise",
            LimitAccess => "limit-access",
            DropConsequences => "drop-consequences",
            ConversationOnly => "conversation-only",
            AddPrivacySwitch => "add-privacy-switch",
            TermTiedToPurpose => "term-tied-to-purpose",
            ShortenRetention => "shorten-retention",
            AnnounceNewPurpose => "announce-new-purpose",
            Announce => "announce",
            MeetCovertConditions => "meet-covert-conditions",
            SameAtHomeAsAtOffice => "same-at-home-as-at-office",
            DropBiometrics => "drop-biometrics",
            DropSpecialCategories => "drop-special-categories",
            LimitToObligation => "limit-to-obligation",
            ShowPublicTask => "show-public-task",
            ShowBiometricsNecessary => "show-biometrics-necessary",
            ShowSuitable => "show-suitable",
            VerifyOnCard => "verify-on-card",
            DropAiCapability => "drop-ai-capability",
            ProvideAiHumanOversight => "provide-ai-human-oversight",
            InformWorkersOfAi => "inform-workers-of-ai",
            SubstantiateEmployerInterest => "substantiate-employer-interest",
            ShowDecisionRequired => "show-decision-required",
            ShowPolicyValidlyAdopted => "show-policy-validly-adopted",
            WithdrawEmployerInterest => "withdraw-employer-interest",
            SubstantiateWorksCouncilInterest => "substantiate-works-council-interest",
            ProveMoreIntensiveAtHome => "prove-more-intensive-at-home",
            RaiseLegalPoint => "raise-legal-point",
            WithdrawWorksCouncilInterest => "withdraw-works-council-interest",
        }
    }

    /// How large the change is, for ordering flips of the same size (smaller first):
    ///
    /// - 1: a paper step — ask in writing, hold the meeting, plan a DPIA, inform staff or
    ///   workers, raise a legal point in the proceedings;
    /// - 2: a safeguard in the regeling or a proof — human intervention or oversight, who
    ///   sees the data, a retention term, the new purpose announced, a legal basis, the
    ///   covert conditions, evidence for an interest or a fact;
    /// - 3: a redesign of the measure that keeps its aim — pseudonymise, no consequences,
    ///   announce it, the same at home as at the office;
    /// - 4: giving up a capability — anonymous counting, no biometrics, an AI capability;
    /// - 5: withdrawing interests, that is giving up a position in the case (only ever the
    ///   other side's concession).
    ///
    /// So changes in the regeling and evidence come before withdrawals.
    pub fn cost(self) -> u32 {
        use LeverKind::*;
        match self {
            RequestConsentInWriting
            | HoldConsultationMeeting
            | AwaitOrDecision
            | CarryOutDpia
            | InformStaffInAdvance
            | InformWorkersOfAi
            | RaiseLegalPoint => 1,
            ShowLegalBasis
            | AddHumanIntervention
            | ShowAlternativeFails
            | LimitAccess
            | ShortenRetention
            | AnnounceNewPurpose
            | MeetCovertConditions
            | ShowBiometricsNecessary
            | ShowSuitable
            | ShowPublicTask
            | ProvideAiHumanOversight
            | SubstantiateEmployerInterest
            | ShowDecisionRequired
            | ShowPolicyValidlyAdopted
            | SubstantiateWorksCouncilInterest
            | ProveMoreIntensiveAtHome
            | AddPrivacySwitch
            | TermTiedToPurpose => 2,
            Pseudonymise
            | DropConsequences
            | ConversationOnly
            | Announce
            | SameAtHomeAsAtOffice
            | LimitToObligation
            | DropSpecialCategories
            | VerifyOnCard
            | LeavePrimaryTermsToCao => 3,
            Anonymise | DropBiometrics | DropAiCapability => 4,
            WithdrawEmployerInterest | WithdrawWorksCouncilInterest => 5,
        }
    }

    /// The side the lever helps.
    pub fn helps(self) -> Side {
        use LeverKind::*;
        match self {
            WithdrawEmployerInterest
            | SubstantiateWorksCouncilInterest
            | ProveMoreIntensiveAtHome
            | RaiseLegalPoint => Side::WorksCouncil,
            _ => Side::Employer,
        }
    }

    /// The side that makes the change or brings the proof. Only a withdrawal helps the
    /// other side than the one that makes it: it is that side's concession.
    pub fn made_by(self) -> Side {
        use LeverKind::*;
        match self {
            WithdrawWorksCouncilInterest
            | SubstantiateWorksCouncilInterest
            | ProveMoreIntensiveAtHome
            | RaiseLegalPoint => Side::WorksCouncil,
            _ => Side::Employer,
        }
    }

    /// Is it a concession: a side giving up part of its own case (a withdrawal)?
    pub fn is_concession(self) -> bool {
        self.helps() != self.made_by()
    }

    /// Can the lever change what the gates decide? Anonymous data may take a measure off
    /// the list of art. 27 lid 1 (k and l are derived from personal data and identification);
    /// dropping or lightening consequences may take letter g away (derived from a
    /// consequence for appraisal, and ruled out where no element has one); the procedure levers can make an
    /// inadmissible request admissible; announcing an incidental covert camera takes it off
    /// the consent right (WOR-27-1-COVERT-ONCE).
    pub(crate) fn touches_gates(self) -> bool {
        matches!(
            self,
            LeverKind::Anonymise
                | LeverKind::DropConsequences
                | LeverKind::ConversationOnly
                | LeverKind::Announce
                | LeverKind::RequestConsentInWriting
                | LeverKind::HoldConsultationMeeting
                | LeverKind::AwaitOrDecision
        )
    }

    /// Does the lever move the ruling in one direction only, towards the side it helps,
    /// whatever else was changed? Every lever does on the merits; anonymising can also
    /// take away the consent right (`no_consent_required`), and so can announcing an
    /// incidental covert camera: they are the levers the search never prunes by
    /// monotonicity.
    pub(crate) fn monotone(self) -> bool {
        !matches!(self, LeverKind::Anonymise | LeverKind::Announce)
    }
}

/// What must hold for a lever to make sense. The catalogue offers a lever only where none
/// of its preconditions is known to fail; [`Lever::check`] says, for a request, whether each
/// holds (or that the library cannot tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Precondition {
    /// The element's purpose needs no one identified (capacity planning, a general
    /// picture). Anonymous counts for a scheme that checks persons would give up its aim:
    /// that is another regeling, not a change to this one (KLM 2008 held anonymous
    /// registration no reasonable alternative for its goal).
    NoOneIdentified,
    /// The element's purpose needs a person identified only after an incident, by named
    /// persons (building security, theft prevention, safety). Pseudonymised data are still
    /// personal data (art. 4(5) AVG): a scheme that follows up each person needs the key
    /// all the time, and then pseudonymising changes nothing.
    IdentifiedOnlyAfterIncident,
    /// The element's purpose is served by looking only at exceptions past a set threshold
    /// (attendance enforcement, productivity monitoring).
    ExceptionsOnly,
    /// The same system keeps recording: no second system or registration is added (which
    /// would be less data minimisation, not more).
    SameSystem,
    /// The OR has an objection against the element that the point supports: a point is
    /// raised in support of a refusal, not on its own.
    ObjectionToSupport,
    /// The evidence exists: the fact is so. A simulation cannot know; the party must have it.
    EvidenceExists,
}

impl Precondition {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        use Precondition::*;
        match self {
            NoOneIdentified => "no_one_identified",
            IdentifiedOnlyAfterIncident => "identified_only_after_incident",
            ExceptionsOnly => "exceptions_only",
            SameSystem => "same_system",
            ObjectionToSupport => "objection_to_support",
            EvidenceExists => "evidence_exists",
        }
    }

    /// The clause a lever's sentence ends with, where the library cannot check it (Dutch,
    /// English).
    fn clause(self, lang: Lang) -> Option<&'static str> {
        match self {
            Precondition::NoOneIdentified => Some(s::PreconditionNoOneIdentified.say(lang)),
            Precondition::EvidenceExists => Some(s::PreconditionEvidenceExists.say(lang)),
            _ => None,
        }
    }
}

by_code!(Precondition);

/// How a purpose uses data about persons: what decides which redesigns keep its aim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    /// Needs no one identified (capacity planning).
    NoOne,
    /// Needs a person identified only after an incident (security, theft, safety).
    AfterIncident,
    /// Follows up persons, but only past a threshold (attendance, productivity).
    Exceptions,
    /// Needs each person's data (appraisal, working time, rosters).
    EachPerson,
    /// A purpose the library cannot classify (`other`).
    Unclassified,
}

/// How the purpose uses data about persons.
pub(crate) fn use_of(p: Purpose) -> Use {
    match p {
        Purpose::CapacityPlanning => Use::NoOne,
        Purpose::BuildingSecurity
        | Purpose::TheftPrevention
        | Purpose::Safety
        | Purpose::InformationSecurity => Use::AfterIncident,
        Purpose::RegulatoryCompliance => Use::EachPerson,
        Purpose::Wellbeing => Use::Unclassified,
        Purpose::AttendanceEnforcement | Purpose::ProductivityMonitoring => Use::Exceptions,
        Purpose::PerformanceEvaluation | Purpose::WorkingTimeRegistration | Purpose::Scheduling => {
            Use::EachPerson
        }
        Purpose::Other => Use::Unclassified,
    }
}

/// A kind of evidence a party can put before the court.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Attendance and absence figures per team.
    AttendanceFigures,
    /// Productivity figures per team.
    ProductivityFigures,
    /// Occupancy figures of the workplaces.
    OccupancyFigures,
    /// Incident reports.
    IncidentReports,
    /// Figures of the losses (stock differences, items missing).
    LossFigures,
    /// Figures of disruptions and outages.
    DisruptionFigures,
    /// A cost calculation.
    CostCalculation,
    /// Financial figures or a market analysis.
    FinancialFigures,
    /// A survey among staff.
    StaffSurvey,
    /// Complaints or reports from staff.
    StaffComplaints,
    /// The statutory provision and how the regeling meets it.
    StatutoryDuty,
    /// The schemes to be harmonised, side by side.
    SchemesCompared,
    /// A risk analysis.
    RiskAnalysis,
    /// An analysis of the other means considered and why they fall short.
    AlternativesAnalysis,
    /// The results of a trial or analysis of the alternative.
    AlternativeTested,
    /// A trial or the system's documentation showing it captures what the purpose needs.
    SuitabilityShown,
    /// The balancing of interests in writing.
    BalancingInWriting,
    /// The DPIA report.
    DpiaDocument,
    /// The safeguards, in writing in the regeling.
    SafeguardsInWriting,
    /// The information given to staff.
    StaffInformation,
    /// The OR's consent to the policy, or the minutes.
    AdoptionRecord,
    /// A report of the company doctor, or absence figures.
    OccupationalHealthReport,
    /// The agreement in writing, or the minutes.
    WrittenAgreement,
    /// The requests for information and the answers.
    Correspondence,
    /// Records of the practice over the years.
    PracticeRecords,
    /// The system's settings at home and at the office.
    SystemSettings,
    /// Documents or statements.
    Documents,
}

impl Evidence {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        use Evidence::*;
        match self {
            AttendanceFigures => "attendance_figures",
            ProductivityFigures => "productivity_figures",
            OccupancyFigures => "occupancy_figures",
            IncidentReports => "incident_reports",
            LossFigures => "loss_figures",
            DisruptionFigures => "disruption_figures",
            CostCalculation => "cost_calculation",
            FinancialFigures => "financial_figures",
            StaffSurvey => "staff_survey",
            StaffComplaints => "staff_complaints",
            StatutoryDuty => "statutory_duty",
            SchemesCompared => "schemes_compared",
            RiskAnalysis => "risk_analysis",
            AlternativesAnalysis => "alternatives_analysis",
            SuitabilityShown => "suitability_shown",
            AlternativeTested => "alternative_tested",
            BalancingInWriting => "balancing_in_writing",
            DpiaDocument => "dpia_document",
            SafeguardsInWriting => "safeguards_in_writing",
            StaffInformation => "staff_information",
            AdoptionRecord => "adoption_record",
            OccupationalHealthReport => "occupational_health_report",
            WrittenAgreement => "written_agreement",
            Correspondence => "correspondence",
            PracticeRecords => "practice_records",
            SystemSettings => "system_settings",
            Documents => "documents",
        }
    }

    /// The evidence in words, in a language.
    fn say(self, lang: Lang) -> &'static str {
        use Evidence::*;
        match self {
            AttendanceFigures => s::EvidenceAttendanceFigures.say(lang),
            ProductivityFigures => s::EvidenceProductivityFigures.say(lang),
            OccupancyFigures => s::EvidenceOccupancyFigures.say(lang),
            IncidentReports => s::EvidenceIncidentReports.say(lang),
            LossFigures => s::EvidenceLossFigures.say(lang),
            DisruptionFigures => s::EvidenceDisruptionFigures.say(lang),
            CostCalculation => s::EvidenceCostCalculation.say(lang),
            FinancialFigures => s::EvidenceFinancialFigures.say(lang),
            StaffSurvey => s::EvidenceStaffSurvey.say(lang),
            StaffComplaints => s::EvidenceStaffComplaints.say(lang),
            StatutoryDuty => s::EvidenceStatutoryDuty.say(lang),
            SchemesCompared => s::EvidenceSchemesCompared.say(lang),
            RiskAnalysis => s::EvidenceRiskAnalysis.say(lang),
            AlternativesAnalysis => s::EvidenceAlternativesAnalysis.say(lang),
            SuitabilityShown => s::EvidenceSuitabilityShown.say(lang),
            AlternativeTested => s::EvidenceAlternativeTested.say(lang),
            BalancingInWriting => s::EvidenceBalancingInWriting.say(lang),
            DpiaDocument => s::EvidenceDpiaDocument.say(lang),
            SafeguardsInWriting => s::EvidenceSafeguardsInWriting.say(lang),
            StaffInformation => s::EvidenceStaffInformation.say(lang),
            AdoptionRecord => s::EvidenceAdoptionRecord.say(lang),
            OccupationalHealthReport => s::EvidenceOccupationalHealthReport.say(lang),
            WrittenAgreement => s::EvidenceWrittenAgreement.say(lang),
            Correspondence => s::EvidenceCorrespondence.say(lang),
            PracticeRecords => s::EvidencePracticeRecords.say(lang),
            SystemSettings => s::EvidenceSystemSettings.say(lang),
            Documents => s::EvidenceDocuments.say(lang),
        }
    }

    /// The evidence in Dutch words.
    pub fn nl(self) -> &'static str {
        self.say(Lang::Nl)
    }

    /// The evidence in English words.
    pub fn en(self) -> &'static str {
        self.say(Lang::En)
    }
}

by_code!(Evidence);

/// Which elements' legality checks a lever can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// None: the lever changes the procedure or the interests' weights only.
    Nothing,
    /// One element's (its measure).
    Element(usize),
    /// Every element's (the data-protection facts of the whole regeling, or the points the
    /// works council raised).
    All,
}

/// What a lever applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Target {
    /// The request as a whole.
    Whole,
    /// An element, by index.
    Element(usize),
    /// An AI capability of an element.
    Capability(usize, AiCapability),
    /// An employer interest, by index.
    Employer(usize),
    /// A works-council interest, by index.
    WorksCouncil(usize),
    /// The employer's interests of a kind.
    EmployerKind(EmployerInterestKind),
    /// The works council's interests of a kind.
    WorksCouncilKind(OrInterestKind),
    /// A legal point the works council can raise.
    Point(LegalPoint),
    /// An alternative, by index.
    Alternative(usize),
}

/// A legally meaningful change one party can make or prove.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Lever {
    /// The id, e.g. `carry-out-dpia`, `drop-consequences[pasdata]`,
    /// `substantiate-employer-interest[2]`, `withdraw-works-council-interest[privacy]`
    /// (interests and alternatives are numbered from 1, as in the ruling's trace; elements
    /// are named by their id; withdrawals and legal points by their code).
    pub id: String,
    /// What it does.
    pub kind: LeverKind,
    /// The side it helps.
    pub helps: Side,
    /// The side that makes the change or brings the proof.
    pub made_by: Side,
    /// The rule of the catalogue it rests on (`kantonrechter rules`).
    pub rule: RuleId,
    /// How large the change is (see [`LeverKind::cost`]).
    pub cost: u32,
    /// The element it changes, if it changes one element's measure.
    pub element: Option<String>,
    /// What must hold for it to make sense (see [`Precondition`]).
    pub requires: Vec<Precondition>,
    /// For a lever that proves something or puts a safeguard on paper: the kinds of evidence
    /// that would do.
    pub evidence: Vec<Evidence>,
    /// The change in a Dutch sentence.
    pub nl: String,
    /// The change in an English sentence.
    pub en: String,
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) target: Target,
}

impl Lever {
    fn new(kind: LeverKind, target: Target, suffix: Option<String>, rule: RuleId) -> Lever {
        let id = match suffix {
            Some(s) => format!("{}[{s}]", kind.code()),
            None => kind.code().to_string(),
        };
        Lever {
            id,
            kind,
            helps: kind.helps(),
            made_by: kind.made_by(),
            rule,
            cost: kind.cost(),
            element: None,
            requires: Vec::new(),
            evidence: Vec::new(),
            nl: String::new(),
            en: String::new(),
            target,
        }
    }

    fn requires(mut self, p: &[Precondition]) -> Lever {
        self.requires.extend_from_slice(p);
        self
    }

    fn evidence(mut self, e: &[Evidence]) -> Lever {
        self.evidence.extend_from_slice(e);
        self
    }

    /// The sentence, said in each language by `say`; the evidence that would do and the
    /// preconditions the library cannot check are added to it.
    fn says<T: Into<String>>(mut self, say: impl Fn(Lang) -> T) -> Lever {
        let text = |lang: Lang| {
            let mut t: String = say(lang).into();
            let words: Vec<&str> = self.evidence.iter().map(|e| e.say(lang)).collect();
            let evidence = match words.split_last() {
                None => None,
                Some((last, [])) => Some((*last).to_string()),
                Some((last, rest)) => Some(format!(
                    "{} {} {last}",
                    rest.join(", "),
                    s::ListOr.say(lang)
                )),
            };
            if let Some(evidence) = evidence {
                t.push(' ');
                t.push_str(
                    &s::LeverEvidence {
                        evidence: &evidence,
                    }
                    .say(lang),
                );
            }
            for p in &self.requires {
                if let Some(clause) = p.clause(lang) {
                    t.push(' ');
                    t.push_str(&s::LeverPrecondition { clause }.say(lang));
                }
            }
            t
        };
        let (nl, en) = (text(Lang::Nl), text(Lang::En));
        self.nl = nl;
        self.en = en;
        self
    }

    /// Which elements' legality checks the lever can change: the legality checks read an
    /// element's measure, the data-protection facts of the whole regeling (`avg`) and which
    /// kinds of point the works council raised (a curable point counts only if raised or
    /// plain), never the procedure or the interests' weights. Announcing also informs all
    /// staff in advance; withdrawing objections of the OR can leave a point unraised.
    pub(crate) fn reach(&self) -> Reach {
        use LeverKind::*;
        match (self.kind, self.target) {
            (Announce | AnnounceNewPurpose, _) => Reach::All,
            (_, Target::Element(i) | Target::Capability(i, _)) => Reach::Element(i),
            (ShowLegalBasis | CarryOutDpia | InformStaffInAdvance | AddHumanIntervention, _)
            | (WithdrawWorksCouncilInterest | RaiseLegalPoint, _)
            | (_, Target::Alternative(_)) => Reach::All,
            _ => Reach::Nothing,
        }
    }

    /// The parts of a regeling ruled on element by element that the lever can change, as a
    /// bit set (one bit per element): its element's, the parts its interest concerns, or all.
    /// Announcing an element also informs all staff in advance (`avg`), which every part
    /// reads: all.
    pub(crate) fn parts(&self, r: &Request) -> u64 {
        if matches!(
            self.kind,
            LeverKind::Announce | LeverKind::AnnounceNewPurpose
        ) {
            return u64::MAX;
        }
        match self.target {
            Target::Element(i) | Target::Capability(i, _) => 1 << i,
            Target::Employer(i) => scope(r, &r.interests.employer[i].elements),
            Target::WorksCouncil(i) => scope(r, &r.interests.works_council[i].elements),
            _ => u64::MAX,
        }
    }

    /// Can both levers be part of one set of changes? Not anonymous data together with
    /// pseudonymised data or limited access for the same element (anonymous data are nobody's
    /// to see), not dropping biometrics and proving them necessary.
    pub(crate) fn conflicts(&self, other: &Lever) -> bool {
        use LeverKind::*;
        let pair = |a: LeverKind, b: LeverKind| {
            (self.kind == a && other.kind == b) || (self.kind == b && other.kind == a)
        };
        self.target == other.target
            && (pair(Anonymise, Pseudonymise)
                || pair(Anonymise, LimitAccess)
                || pair(DropBiometrics, ShowBiometricsNecessary)
                || pair(DropBiometrics, VerifyOnCard))
    }

    /// Whether each precondition holds on this request: `Some(true)` checked and holds,
    /// `Some(false)` checked and fails, `None` the library cannot tell (the evidence, or a
    /// purpose it cannot classify). The purpose and the systems of an element are never
    /// changed by a lever, so this reads the same on a flip's request as on the original.
    pub fn check(&self, r: &Request) -> Vec<(Precondition, Option<bool>)> {
        let el = self
            .element
            .as_ref()
            .and_then(|id| r.regeling.elements.iter().find(|e| &e.id == id));
        let usage = el.map(|e| use_of(e.measure.purpose));
        self.requires
            .iter()
            .map(|&p| {
                let holds = match (p, usage) {
                    (Precondition::EvidenceExists, _) => None,
                    (_, Some(Use::Unclassified)) => None,
                    (Precondition::NoOneIdentified, Some(u)) => Some(u == Use::NoOne),
                    (Precondition::IdentifiedOnlyAfterIncident, Some(u)) => {
                        Some(matches!(u, Use::NoOne | Use::AfterIncident))
                    }
                    (Precondition::ExceptionsOnly, Some(u)) => Some(u == Use::Exceptions),
                    (Precondition::SameSystem, Some(_)) => Some(true),
                    (Precondition::ObjectionToSupport, _) => {
                        Some(!r.interests.works_council.is_empty())
                    }
                    (_, None) => Some(false),
                };
                (p, holds)
            })
            .collect()
    }

    /// Apply the lever to a request (withdrawals are applied by [`apply_all`], last).
    #[allow(clippy::too_many_lines)]
    fn apply(&self, r: &mut Request, term: u32) {
        use LeverKind::*;
        match (self.kind, self.target) {
            (RequestConsentInWriting, _) => {
                r.procedure.consent_requested = Tri::Yes;
                r.procedure.in_writing_with_reasons = Tri::Yes;
            }
            (HoldConsultationMeeting, _) => {
                r.procedure.consultation_meeting_held = Tri::Yes;
                r.procedure.meeting_only_informed = Tri::No;
            }
            (AwaitOrDecision, _) => r.procedure.or_still_deciding = Tri::No,
            (LeavePrimaryTermsToCao, _) => r.regeling.changes_primary_terms = Tri::No,
            (ShowLegalBasis, _) => r.avg.legal_basis = valid_basis(r.employer.kind),
            (CarryOutDpia, Target::Whole) => r.avg.dpia = Dpia::PlannedBeforeProcessing,
            (InformStaffInAdvance, Target::Whole) => r.avg.staff_informed_in_advance = Tri::Yes,
            (AddHumanIntervention, Target::Whole) => r.avg.human_intervention = Tri::Yes,
            (ShowAlternativeFails, Target::Alternative(i)) => {
                if let Some(a) = r.avg.alternatives.get_mut(i) {
                    a.reaches_same_goal = Tri::No;
                    a.rejection_substantiation = Substantiation::Established;
                }
            }
            (RaiseLegalPoint, Target::Point(p)) => raise(r, p),
            (_, Target::Element(i)) => {
                let informs = matches!(self.kind, Announce | AnnounceNewPurpose);
                if let Some(m) = r.regeling.elements.get_mut(i).map(|e| &mut e.measure) {
                    apply_to_measure(self.kind, m, term);
                }
                if informs {
                    r.avg.staff_informed_in_advance = Tri::Yes;
                }
                // A new purpose announced is still a change of the regeling, not the mere
                // application of one the OR consented to: the gates read it so.
                if self.kind == AnnounceNewPurpose {
                    r.regeling.applies_consented_regeling = Tri::No;
                }
            }
            (DropAiCapability, Target::Capability(i, c)) => {
                if let Some(ai) = el(r, i).and_then(|m| m.ai.as_mut()) {
                    ai.capabilities.retain(|x| *x != c);
                }
            }
            (SubstantiateEmployerInterest, Target::Employer(i)) => {
                if let Some(x) = r.interests.employer.get_mut(i) {
                    x.substantiation = Substantiation::Established;
                }
            }
            (ShowDecisionRequired, Target::Employer(i)) => {
                if let Some(x) = r.interests.employer.get_mut(i) {
                    x.requires_decision = Tri::Yes;
                }
            }
            (ShowPolicyValidlyAdopted, Target::Employer(i)) => {
                if let Some(x) = r.interests.employer.get_mut(i) {
                    x.policy_validly_adopted = Tri::Yes;
                }
            }
            (SubstantiateWorksCouncilInterest, Target::WorksCouncil(i)) => {
                if let Some(x) = r.interests.works_council.get_mut(i) {
                    x.substantiation = Substantiation::Established;
                }
            }
            // Withdrawals are applied last, by `apply_all`; other pairs do not occur.
            _ => {}
        }
    }
}

/// A lever on one element's measure.
fn apply_to_measure(kind: LeverKind, m: &mut crate::request::Measure, term: u32) {
    use LeverKind::*;
    match kind {
        Anonymise => {
            m.identifiability = Identifiability::Anonymous;
            m.consequences = Consequences::None;
        }
        Pseudonymise => m.identifiability = Identifiability::Pseudonymised,
        LimitAccess => m.access = limited_access(m.purpose).unwrap_or(m.access),
        DropConsequences => m.consequences = Consequences::None,
        // Only ever lighter: applied after `drop-consequences` (or anonymising) it leaves
        // none in place, so the levers commute and each stays monotone.
        ConversationOnly => m.consequences = lighter(&m.consequences),
        AddPrivacySwitch => m.privacy_switch = Tri::Yes,
        TermTiedToPurpose => m.retention_until = None,
        // An element whose own AVG facts differ from the request's.
        CarryOutDpia => m.dpia = Some(Dpia::PlannedBeforeProcessing),
        InformStaffInAdvance => m.staff_informed_in_advance = Some(Tri::Yes),
        AddHumanIntervention => {
            m.human_intervention = Some(crate::request::HumanIntervention::Yes);
        }
        ShortenRetention => m.retention_days = Some(term),
        AnnounceNewPurpose => m.earlier_purpose = None,
        Announce => m.openness = Openness::Announced,
        MeetCovertConditions => {
            let c = m.covert_conditions.get_or_insert_with(Default::default);
            c.reasonable_suspicion = Tri::Yes;
            c.no_other_means = Tri::Yes;
            c.limited_period = Tri::Yes;
            c.informed_afterwards = Tri::Yes;
        }
        SameAtHomeAsAtOffice => m.more_intensive_at_home = Tri::No,
        LimitToObligation => {
            if let Some(o) = m.legal_obligation.as_mut() {
                o.goes_beyond = Tri::No;
            }
        }
        ShowPublicTask => m.public_task = Tri::Yes,
        DropSpecialCategories => {
            // The measure still processes the personal data it did: the gates stay as they
            // were (see `touches_gates`).
            if m.personal_data == Tri::Unknown && m.processes_personal_data() {
                m.personal_data = Tri::Yes;
            }
            m.special_categories
                .retain(|c| *c == crate::request::SpecialCategory::SickLeave);
        }
        ProveMoreIntensiveAtHome => m.more_intensive_at_home = Tri::Yes,
        DropBiometrics => m.biometric = None,
        ShowSuitable => m.serves_purpose = Tri::Yes,
        ShowBiometricsNecessary => {
            if let Some(b) = m.biometric.as_mut() {
                if biometric_facts(b) {
                    prove_biometric_need(b);
                } else {
                    b.necessary = Tri::Yes;
                }
            }
        }
        VerifyOnCard => {
            if let Some(b) = m.biometric.as_mut() {
                // A file that stated the conclusion keeps it, now as the facts it rests on.
                if !biometric_facts(b) && b.necessary.is_yes() {
                    prove_biometric_need(b);
                }
                b.design = crate::request::BiometricDesign::VerificationOnCard;
            }
        }
        ProvideAiHumanOversight => {
            if let Some(ai) = m.ai.as_mut() {
                ai.human_oversight = Tri::Yes;
            }
        }
        InformWorkersOfAi => {
            if let Some(ai) = m.ai.as_mut() {
                ai.workers_informed = Tri::Yes;
            }
        }
        _ => {}
    }
}

/// The works council raises a point: named on its first objection against the whole
/// regeling, or, without one, on each of its objections (so that it reaches every element
/// an objection concerns).
fn raise(r: &mut Request, p: LegalPoint) {
    let ws = &mut r.interests.works_council;
    let whole = ws.iter().position(|i| i.elements.is_empty());
    for (k, i) in ws.iter_mut().enumerate() {
        if whole.is_some_and(|w| w != k) || i.raises.contains(&p) {
            continue;
        }
        if i.raises.len() >= crate::limits::MAX_LIST {
            // Keep the list within the limit the input allows: the points are a set.
            crate::small_sort::sort(&mut i.raises);
            i.raises.dedup();
        }
        i.raises.push(p);
    }
}

/// The consequences after `conversation-only`: at most an informal conversation, never
/// heavier than before (none stays none).
fn lighter(c: &Consequences) -> Consequences {
    if c.significant() {
        Consequences::of(vec![Consequence::InformalConversation])
    } else {
        c.clone()
    }
}

/// The access a purpose allows to be limited to, if any (see [`LeverKind::LimitAccess`]).
fn limited_access(p: Purpose) -> Option<Access> {
    match use_of(p) {
        Use::NoOne => Some(Access::AggregateReportsOnly),
        Use::AfterIncident => Some(Access::FourEyes),
        Use::Exceptions => Some(Access::AutomatedNobodyReads),
        Use::EachPerson | Use::Unclassified => None,
    }
}

fn el(r: &mut Request, i: usize) -> Option<&mut crate::request::Measure> {
    r.regeling.elements.get_mut(i).map(|e| &mut e.measure)
}

/// The request with a set of levers applied: the levers in the order given, withdrawals
/// last. The result is valid whenever the request was: no lever adds an element, renames
/// one or breaks a reference.
pub(crate) fn apply_all(base: &Request, levers: &[&Lever], term: u32) -> Request {
    let mut r = base.clone();
    apply_in_place(&mut r, levers, term);
    r
}

/// [`apply_all`] on a request the caller owns.
pub(crate) fn apply_in_place(r: &mut Request, levers: &[&Lever], term: u32) {
    for l in levers {
        l.apply(r, term);
    }
    for l in levers {
        match l.target {
            Target::EmployerKind(k) => r.interests.employer.retain(|x| x.kind != k),
            Target::WorksCouncilKind(k) => r.interests.works_council.retain(|x| x.kind != k),
            _ => {}
        }
    }
}

/// The retention term a lever shortens camera images to: the calibrated camera term in whole
/// days (rounded down, so that it is never longer), within the limits the input allows.
/// Only camera images have a maximum norm in the catalogue; for other kinds of data no
/// lever shortens the term (a threshold the law does not set would be an artefact).
pub(crate) fn retention_term(cal: &Calibration) -> u32 {
    cal.camera_days
        .floor()
        .to_u32()
        .unwrap_or(0)
        .min(crate::limits::MAX_RETENTION_DAYS)
}

/// Are the facts of art. 29 UAVG given (then the deprecated `necessary` is not read)?
fn biometric_facts(b: &crate::request::Biometric) -> bool {
    b.design != crate::request::BiometricDesign::Unknown
        || b.security_need.is_some()
        || b.badge_or_pin_suffices.is_some()
}

/// The employer proves the security need and that a badge or PIN would not do.
fn prove_biometric_need(b: &mut crate::request::Biometric) {
    use crate::request::{Claim, Party};
    let proven = |holds| Claim {
        holds,
        by: Party::Employer,
        contested: Tri::Yes,
        substantiation: Substantiation::Established,
    };
    b.security_need = Some(proven(Tri::Yes));
    b.badge_or_pin_suffices = Some(proven(Tri::No));
}

/// Does a legal obligation carry the whole of the measure's processing (art. 6(1)(c) AVG):
/// one that can be a legal obligation, shown to bind the employer, and not exceeded?
fn carried(m: &crate::request::Measure) -> bool {
    m.legal_obligation.as_ref().is_some_and(|o| {
        o.source.can_be_legal_obligation() && o.shown.is_yes() && o.goes_beyond.is_no()
    })
}

fn valid_basis(kind: EmployerKind) -> LegalBasis {
    match kind {
        EmployerKind::Private => LegalBasis::LegitimateInterest,
        EmployerKind::PublicAuthority => LegalBasis::PublicTask,
    }
}

/// The elements a list of element ids names, as a bit set (an empty list: all).
fn scope(r: &Request, elements: &[String]) -> u64 {
    if elements.is_empty() {
        return u64::MAX;
    }
    r.regeling
        .elements
        .iter()
        .enumerate()
        .filter(|(_, e)| elements.contains(&e.id))
        .fold(0, |acc, (i, _)| acc | (1u64 << (i % 64)))
}

/// The parts of the regeling an interest concerns, as a bit set: one bit per element when
/// the court rules per separable element, else the one part.
fn parts(r: &Request, elements: &[String]) -> u64 {
    let els = &r.regeling.elements;
    if !r.decided_by_parts() {
        return 1;
    }
    scope(r, elements) & ((1u64 << els.len().min(63)) - 1)
}

fn rank(t: Tri) -> u8 {
    match t {
        Tri::Yes => 2,
        Tri::Unknown => 1,
        Tri::No => 0,
    }
}

/// What decides whether proving one interest can do what proving another of the same kind
/// can: its parts, its weight once established (with and without a validly adopted policy),
/// whether it is established already, and what is shown about ground 2.
#[derive(Clone, Copy)]
struct Standing {
    kind: u8,
    parts: u64,
    proven: rust_decimal::Decimal,
    proven_policy: rust_decimal::Decimal,
    established: bool,
    required: u8,
    policy: u8,
}

impl Standing {
    /// Does `self` do at least everything `other` does, for the same levers or fewer?
    fn covers(&self, other: &Standing) -> bool {
        self.kind == other.kind
            && self.parts & other.parts == other.parts
            && self.proven >= other.proven
            && self.proven_policy >= other.proven_policy
            && self.established >= other.established
            && self.required >= other.required
            && self.policy >= other.policy
    }
}

/// The interests whose levers another interest's levers cover (see [`Standing::covers`]):
/// a concern is weighed once, by its best-shown statement, and ground 2 needs one weighty
/// reason, so proving a lesser statement of the same concern adds nothing the best one does
/// not. Of equal ones, the first is kept.
fn covered(s: &[Option<Standing>]) -> Vec<bool> {
    (0..s.len())
        .map(|i| {
            let Some(a) = &s[i] else { return true };
            s.iter().enumerate().any(|(j, b)| {
                b.as_ref()
                    .is_some_and(|b| j != i && b.covers(a) && (j < i || !a.covers(b)))
            })
        })
        .collect()
}

fn employer_standing(ctx: &Ctx, r: &Request, i: &EmployerInterest) -> Standing {
    let weigh = |x: &EmployerInterest| crate::weighing::employer_interest(ctx, x);
    let now = weigh(i);
    let mut p = i.clone();
    p.substantiation = Substantiation::Established;
    p.contested = Tri::No;
    let proven = weigh(&p).weight;
    p.policy_validly_adopted = Tri::Yes;
    Standing {
        kind: i.kind as u8,
        parts: parts(r, &i.elements),
        proven,
        proven_policy: weigh(&p).weight,
        established: now.reliability >= ctx.cal.established,
        required: rank(i.requires_decision),
        policy: if i.kind == EmployerInterestKind::AttendancePolicyEnforcement {
            rank(i.policy_validly_adopted)
        } else {
            2
        },
    }
}

/// The weight of an OR interest whose weight rests on proof, now and once proven; `None`
/// for one whose weight rests on the terms of the proposal or on the law (privacy,
/// disciplinary consequences, statutory and fundamental rights): proving those adds nothing.
fn or_weights(ctx: &Ctx, i: &OrInterest) -> Option<(rust_decimal::Decimal, rust_decimal::Decimal)> {
    use OrInterestKind::*;
    if matches!(
        i.kind,
        Privacy | DisciplinaryConsequences | StatutoryRight | OtherFundamentalRight
    ) {
        return None;
    }
    let now = crate::weighing::or_interest(ctx, i, None).weight;
    let mut p = i.clone();
    p.substantiation = Substantiation::Established;
    p.contested = Tri::No;
    Some((now, crate::weighing::or_interest(ctx, &p, None).weight))
}

/// The legal points the works council could still raise: curable defects that the regeling
/// fails for some element but that do not count there, because nobody raised them and they
/// are not plain (what an objection can reach: the elements the objections concern).
fn raisable(r: &Request, cal: &Calibration) -> Vec<LegalPoint> {
    use LegalPoint::*;
    let all = [
        LegalBasis,
        PurposeLimitation,
        Minimisation,
        Dpia,
        Information,
        AutomatedDecisions,
        Covert,
        AiActDuties,
        Suitability,
    ];
    let points = |req: &Request| -> Vec<Vec<LegalPoint>> {
        let mut ctx = Ctx::new(req, cal.clone());
        crate::legality::check(&mut ctx)
            .into_iter()
            .map(|d| d.curable.into_iter().map(|c| c.point).collect())
            .collect()
    };
    let now = points(r);
    let mut every = r.clone();
    for i in &mut every.interests.works_council {
        i.raises = all.to_vec();
    }
    let then = points(&every);
    all.into_iter()
        .filter(|p| {
            then.iter()
                .zip(&now)
                .any(|(t, n)| t.contains(p) && !n.contains(p))
        })
        .collect()
}

/// Every lever that could change something in this request, of both sides, in a fixed
/// order: the procedure, the data-protection facts of the whole regeling, each element's
/// measure, the alternatives, the employer's interests, the works council's, the legal
/// points the works council could raise, and the withdrawals (each side's concessions). A
/// lever is listed only where it changes something the test reads, the change is in the
/// party's hands, and none of its preconditions is known to fail (see the module docs).
pub fn catalogue(r: &Request, cal: &Calibration) -> Vec<Lever> {
    let mut out = Vec::new();
    whole(r, &mut out);
    elements(r, cal, &mut out);
    interests(r, cal, &mut out);
    out
}

fn whole(r: &Request, out: &mut Vec<Lever>) {
    use LeverKind::*;
    let p = &r.procedure;
    let whole = |kind, rule| Lever::new(kind, Target::Whole, None, rule);

    if !(p.consent_requested.is_yes() && p.in_writing_with_reasons.is_yes()) {
        out.push(
            whole(RequestConsentInWriting, RuleId::Wor27_2)
                .says(|l| s::LeverRequestConsentInWriting.say(l)),
        );
    }
    if !p.consultation_meeting_held.is_yes() || p.meeting_only_informed.is_yes() {
        out.push(
            whole(HoldConsultationMeeting, RuleId::Wor27_2)
                .says(|l| s::LeverHoldConsultationMeeting.say(l)),
        );
    }
    if r.regeling.changes_primary_terms.is_yes() {
        out.push(
            whole(LeavePrimaryTermsToCao, RuleId::WorPrimaryTerms)
                .says(|l| s::LeverLeavePrimaryTermsToCao.say(l)),
        );
    }
    if p.or_decision == crate::request::OrDecision::NoDecision && p.or_still_deciding.is_yes() {
        out.push(
            whole(AwaitOrDecision, RuleId::Wor27_2Premature)
                .says(|l| s::LeverAwaitOrDecision.say(l)),
        );
    }

    let personal: Vec<bool> = r
        .regeling
        .elements
        .iter()
        .map(|e| e.measure.processes_personal_data())
        .collect();
    if !personal.iter().any(|x| *x) {
        return;
    }
    let monitoring = r
        .regeling
        .elements
        .iter()
        .zip(&personal)
        .any(|(e, p)| *p && !e.measure.observes.is_empty());
    let a = &r.avg;
    let target = valid_basis(r.employer.kind);
    let rule = match (a.legal_basis, r.employer.kind) {
        (LegalBasis::Unknown, _) => Some(RuleId::Avg5_2),
        (LegalBasis::Consent, _) => Some(RuleId::Avg6_1AEmp),
        // The label decides only where the facts of a measure do not (public task unknown).
        (LegalBasis::LegitimateInterest, EmployerKind::PublicAuthority) => r
            .regeling
            .elements
            .iter()
            .any(|e| e.measure.public_task == Tri::Unknown && !carried(&e.measure))
            .then_some(RuleId::Avg6_1F1),
        // A legal obligation carries what it requires; the label fails where no obligation
        // that can be one carries the whole measure.
        (LegalBasis::LegalObligation, _) => {
            r.regeling
                .elements
                .iter()
                .find_map(|e| match &e.measure.legal_obligation {
                    Some(o) if !o.source.can_be_legal_obligation() => Some(RuleId::Avg6_3),
                    Some(_) if carried(&e.measure) => None,
                    Some(_) => Some(RuleId::Avg6_1C),
                    None if e.measure.purpose != Purpose::WorkingTimeRegistration => {
                        Some(RuleId::Avg6_1C)
                    }
                    None => None,
                })
        }
        _ => None,
    };
    if let Some(rule) = rule.filter(|_| a.legal_basis != target) {
        let public = target == LegalBasis::PublicTask;
        let ev = if public {
            Evidence::StatutoryDuty
        } else {
            Evidence::BalancingInWriting
        };
        out.push(whole(ShowLegalBasis, rule).evidence(&[ev]).says(|l| {
            if public {
                s::LeverShowLegalBasisPublicTask.say(l)
            } else {
                s::LeverShowLegalBasisLegitimateInterest.say(l)
            }
        }));
    }
    if monitoring && matches!(a.dpia, Dpia::NotDone | Dpia::Unknown) {
        out.push(
            whole(CarryOutDpia, RuleId::Avg35_1)
                .evidence(&[Evidence::DpiaDocument])
                .says(|l| s::LeverCarryOutDpia.say(l)),
        );
    }
    if !a.staff_informed_in_advance.is_yes() {
        out.push(
            whole(InformStaffInAdvance, RuleId::Avg13_14)
                .evidence(&[Evidence::StaffInformation])
                .says(|l| s::LeverInformStaffInAdvance.say(l)),
        );
    }
    let consequences = r
        .regeling
        .elements
        .iter()
        .zip(&personal)
        .any(|(e, p)| *p && !e.measure.consequences.is_none());
    if consequences && !a.human_intervention.is_yes() {
        out.push(
            whole(AddHumanIntervention, RuleId::Avg22)
                .evidence(&[Evidence::SafeguardsInWriting])
                .says(|l| s::LeverAddHumanIntervention.say(l)),
        );
    }
}

#[allow(clippy::too_many_lines)]
fn elements(r: &Request, cal: &Calibration, out: &mut Vec<Lever>) {
    use LeverKind::*;
    use Precondition as P;
    let term = retention_term(cal);
    for (i, e) in r.regeling.elements.iter().enumerate() {
        let m = &e.measure;
        let personal = m.processes_personal_data();
        let usage = use_of(m.purpose);
        let at = |kind, rule| {
            let mut l = Lever::new(kind, Target::Element(i), Some(e.id.clone()), rule);
            l.element = Some(e.id.clone());
            l
        };
        let q = e.id.as_str();
        // Anonymous counting serves a purpose that needs no one identified; for a scheme
        // that checks persons it would give up the measure's aim (DOMAIN §2; KLM 2008).
        if m.identifiability != Identifiability::Anonymous
            && (personal || !m.observes.is_empty())
            && matches!(usage, Use::NoOne | Use::Unclassified)
        {
            out.push(
                at(Anonymise, RuleId::Avg5_1C)
                    .requires(&[P::NoOneIdentified])
                    .says(|l| s::LeverAnonymise { element: q }.say(l)),
            );
        }
        let identifying = matches!(
            m.identifiability,
            Identifiability::Identified | Identifiability::Unknown
        );
        if personal && identifying && matches!(usage, Use::NoOne | Use::AfterIncident) {
            out.push(
                at(Pseudonymise, RuleId::Avg5_1C)
                    .requires(&[P::IdentifiedOnlyAfterIncident])
                    .says(|l| s::LeverPseudonymise { element: q }.say(l)),
            );
        }
        if let Some(to) = limited_access(m.purpose).filter(|to| {
            let limited = matches!(
                m.access,
                Access::AggregateReportsOnly | Access::AutomatedNobodyReads | Access::FourEyes
            );
            personal && m.access != *to && (!limited || usage == Use::NoOne)
        }) {
            let pre = match to {
                Access::AggregateReportsOnly => P::NoOneIdentified,
                Access::FourEyes => P::IdentifiedOnlyAfterIncident,
                _ => P::ExceptionsOnly,
            };
            out.push(
                at(LimitAccess, RuleId::EchrBarbulescu2)
                    .requires(&[pre])
                    .evidence(&[Evidence::SafeguardsInWriting])
                    .says(|l| match to {
                        Access::AggregateReportsOnly => {
                            s::LeverLimitAccessReportsPerGroup { element: q }.say(l)
                        }
                        Access::FourEyes => s::LeverLimitAccessFourEyes { element: q }.say(l),
                        _ => s::LeverLimitAccessThreshold { element: q }.say(l),
                    }),
            );
        }
        if !m.consequences.is_none() {
            out.push(
                at(DropConsequences, RuleId::Avg22)
                    .says(|l| s::LeverDropConsequences { element: q }.say(l)),
            );
        }
        if m.consequences.significant() {
            out.push(
                at(ConversationOnly, RuleId::Avg22Effects)
                    .evidence(&[Evidence::SafeguardsInWriting])
                    .says(|l| s::LeverConversationOnly { element: q }.say(l)),
            );
        }
        // The element's own AVG facts, where they differ from the request's and fall short.
        if personal
            && !m.observes.is_empty()
            && matches!(m.dpia, Some(Dpia::NotDone | Dpia::Unknown))
        {
            out.push(
                at(CarryOutDpia, RuleId::Avg35_1)
                    .evidence(&[Evidence::DpiaDocument])
                    .says(|l| s::LeverCarryOutDpiaElement { element: q }.say(l)),
            );
        }
        if personal && m.staff_informed_in_advance.is_some_and(|t| !t.is_yes()) {
            out.push(
                at(InformStaffInAdvance, RuleId::Avg13_14)
                    .evidence(&[Evidence::StaffInformation])
                    .says(|l| s::LeverInformStaffInAdvanceElement { element: q }.say(l)),
            );
        }
        let human_short = matches!(
            m.human_intervention,
            Some(
                crate::request::HumanIntervention::No | crate::request::HumanIntervention::Unknown
            )
        );
        if personal && human_short && !m.consequences.is_none() {
            out.push(
                at(AddHumanIntervention, RuleId::Avg22)
                    .evidence(&[Evidence::SafeguardsInWriting])
                    .says(|l| s::LeverAddHumanInterventionElement { element: q }.say(l)),
            );
        }
        let tied = m.retention_until == Some(crate::request::RetentionEvent::EndOfEmployment);
        if personal && tied && crate::weighing::retention::beyond(cal, m) {
            out.push(
                at(TermTiedToPurpose, RuleId::RetentionEmployment)
                    .evidence(&[Evidence::SafeguardsInWriting])
                    .says(|l| s::LeverTermTiedToPurpose { element: q }.say(l)),
            );
        }
        if personal && m.tracks_private_time() {
            out.push(
                at(AddPrivacySwitch, RuleId::ApPrivateTime)
                    .evidence(&[Evidence::SafeguardsInWriting])
                    .says(|l| s::LeverAddPrivacySwitch { element: q }.say(l)),
            );
        }
        let camera_beyond = matches!(
            crate::weighing::retention::assess(cal, m),
            (
                RetentionNorm::CameraImages { .. },
                RetentionAssessment::BeyondNorm
            )
        );
        if personal && camera_beyond {
            out.push(
                at(ShortenRetention, RuleId::RetentionPerKind)
                    .evidence(&[Evidence::SafeguardsInWriting])
                    .says(|l| {
                        s::LeverShortenRetention {
                            element: q,
                            days: &term.to_string(),
                        }
                        .say(l)
                    }),
            );
        }
        if let Some(from) = m.earlier_purpose.filter(|p| *p != m.purpose) {
            out.push(
                at(AnnounceNewPurpose, RuleId::Avg6_4)
                    .requires(&[P::SameSystem])
                    .evidence(&[Evidence::StaffInformation])
                    .says(|l| {
                        s::LeverAnnounceNewPurpose {
                            element: q,
                            to: purpose(m.purpose, l),
                            from: purpose(from, l),
                        }
                        .say(l)
                    }),
            );
        }
        // Suitability (AVG-5-1-c-SUITABILITY): open to proof only where not established
        // either way; a measure shown unsuitable is the employer's to redesign.
        if personal && !m.observes.is_empty() && m.serves_purpose == Tri::Unknown {
            out.push(
                at(ShowSuitable, RuleId::Avg5_1CSuitability)
                    .requires(&[P::EvidenceExists])
                    .evidence(&[Evidence::SuitabilityShown])
                    .says(|l| {
                        s::LeverShowSuitable {
                            element: q,
                            purpose: purpose(m.purpose, l),
                        }
                        .say(l)
                    }),
            );
        }
        if m.openness == Openness::Covert {
            out.push(
                at(Announce, RuleId::ApMonitor).says(|l| s::LeverAnnounce { element: q }.say(l)),
            );
            let c = m.covert_conditions.clone().unwrap_or_default();
            let facts_open = !c.reasonable_suspicion.is_no() && !c.no_other_means.is_no();
            let all = [
                c.reasonable_suspicion,
                c.no_other_means,
                c.limited_period,
                c.informed_afterwards,
            ]
            .iter()
            .all(|t| t.is_yes());
            if facts_open && !all {
                out.push(
                    at(MeetCovertConditions, RuleId::ApMonitor)
                        .requires(&[P::EvidenceExists])
                        .evidence(&[Evidence::IncidentReports, Evidence::SafeguardsInWriting])
                        .says(|l| s::LeverMeetCovertConditions { element: q }.say(l)),
                );
            }
        }
        let at_home = matches!(m.place, Place::Home | Place::OfficeAndHome);
        if at_home && m.more_intensive_at_home.is_yes() {
            out.push(
                at(SameAtHomeAsAtOffice, RuleId::NlThuiswerk)
                    .says(|l| s::LeverSameAtHomeAsAtOffice { element: q }.say(l)),
            );
        }
        if m.special_categories
            .iter()
            .any(|c| *c != crate::request::SpecialCategory::SickLeave)
        {
            let rule = if m
                .special_categories
                .contains(&crate::request::SpecialCategory::NatureOfIllness)
            {
                RuleId::Uavg30
            } else {
                RuleId::Avg9_1Categories
            };
            out.push(
                at(DropSpecialCategories, rule)
                    .says(|l| s::LeverDropSpecialCategories { element: q }.say(l)),
            );
        }
        if let Some(o) = m.legal_obligation.as_ref().filter(|o| {
            personal
                && o.source.can_be_legal_obligation()
                && !o.shown.is_no()
                && !o.goes_beyond.is_no()
        }) {
            out.push(
                at(LimitToObligation, RuleId::Avg6_1C)
                    .evidence(&[Evidence::StatutoryDuty])
                    .says(|l| match o.provision.as_deref() {
                        Some(provision) => s::LeverLimitToObligationProvision {
                            element: q,
                            provision,
                        }
                        .say(l),
                        None => s::LeverLimitToObligation { element: q }.say(l),
                    }),
            );
        }
        if personal
            && r.employer.kind == crate::request::EmployerKind::PublicAuthority
            && m.public_task == Tri::Unknown
        {
            out.push(
                at(ShowPublicTask, RuleId::Avg6_1E)
                    .requires(&[P::EvidenceExists])
                    .evidence(&[Evidence::StatutoryDuty])
                    .says(|l| s::LeverShowPublicTask { element: q }.say(l)),
            );
        }
        if let Some(b) = &m.biometric {
            out.push(
                at(DropBiometrics, RuleId::Avg9_1)
                    .says(|l| s::LeverDropBiometrics { element: q }.say(l)),
            );
            let security = b.purpose == crate::request::BiometricPurpose::AuthenticationOrSecurity;
            let open = if biometric_facts(b) {
                let (need, alt) = b.need_and_alternative();
                let shown = need.is_yes() && alt.is_no();
                !(need.is_no() || alt.is_yes() || shown)
            } else {
                b.necessary == Tri::Unknown
            };
            let verifies = matches!(
                b.design,
                crate::request::BiometricDesign::VerificationOnCard
                    | crate::request::BiometricDesign::VerificationCentral
            );
            if security && !verifies {
                out.push(
                    at(VerifyOnCard, RuleId::Uavg29Design)
                        .says(|l| s::LeverVerifyOnCard { element: q }.say(l)),
                );
            }
            if security && open {
                out.push(
                    at(ShowBiometricsNecessary, RuleId::Uavg29)
                        .requires(&[P::EvidenceExists])
                        .evidence(&[Evidence::RiskAnalysis])
                        .says(|l| s::LeverShowBiometricsNecessary { element: q }.say(l)),
                );
            }
        }
        if let Some(ai) = &m.ai {
            let mut caps = ai.capabilities.clone();
            crate::small_sort::sort(&mut caps);
            caps.dedup();
            for c in caps {
                let rule = capability_rule(c);
                let id = format!("{}/{}", e.id, c.code());
                let mut l = Lever::new(DropAiCapability, Target::Capability(i, c), Some(id), rule);
                l.element = Some(e.id.clone());
                out.push(l.says(|l| {
                    s::LeverDropAiCapability {
                        element: q,
                        capability: capability(c, l),
                    }
                    .say(l)
                }));
            }
            if !ai.human_oversight.is_yes() {
                out.push(
                    at(ProvideAiHumanOversight, RuleId::Aia26_2)
                        .evidence(&[Evidence::SafeguardsInWriting])
                        .says(|l| s::LeverProvideAiHumanOversight { element: q }.say(l)),
                );
            }
            if !ai.workers_informed.is_yes() {
                out.push(
                    at(InformWorkersOfAi, RuleId::Aia26_7)
                        .evidence(&[Evidence::StaffInformation])
                        .says(|l| s::LeverInformWorkersOfAi { element: q }.say(l)),
                );
            }
        }
        if at_home && m.more_intensive_at_home == Tri::Unknown && personal {
            out.push(
                at(ProveMoreIntensiveAtHome, RuleId::NlThuiswerk)
                    .requires(&[P::EvidenceExists])
                    .evidence(&[Evidence::SystemSettings])
                    .says(|l| s::LeverProveMoreIntensiveAtHome { element: q }.say(l)),
            );
        }
    }

    for (i, a) in r.avg.alternatives.iter().enumerate() {
        if a.reaches_same_goal == Tri::Unknown {
            let n = i + 1;
            let d = crate::syntax::excerpt(&a.description);
            out.push(
                Lever::new(
                    ShowAlternativeFails,
                    Target::Alternative(i),
                    Some(n.to_string()),
                    RuleId::Avg6_1F2,
                )
                .requires(&[P::EvidenceExists])
                .evidence(&[Evidence::AlternativeTested])
                .says(|l| {
                    s::LeverShowAlternativeFails {
                        number: &n.to_string(),
                        description: &d,
                    }
                    .say(l)
                }),
            );
        }
    }
}

#[allow(clippy::too_many_lines)]
fn interests(r: &Request, cal: &Calibration, out: &mut Vec<Lever>) {
    use LeverKind::*;
    use Precondition as P;
    let ctx = Ctx::new(r, cal.clone());
    let employer = &r.interests.employer;
    let standing: Vec<Option<Standing>> = employer
        .iter()
        .map(|i| Some(employer_standing(&ctx, r, i)))
        .collect();
    let lesser = covered(&standing);
    for (i, x) in employer.iter().enumerate() {
        let Some(s) = standing[i].filter(|_| !lesser[i]) else {
            continue;
        };
        let n = i + 1;
        let at = |kind, rule| Lever::new(kind, Target::Employer(i), Some(n.to_string()), rule);
        let now = crate::weighing::employer_interest(&ctx, x).weight;
        if !s.established && s.proven > now {
            out.push(
                at(SubstantiateEmployerInterest, RuleId::Wor27_4Ground1)
                    .requires(&[P::EvidenceExists])
                    .evidence(&[employer_evidence(x.kind)])
                    .says(|l| {
                        s::LeverSubstantiateEmployerInterest {
                            number: &n.to_string(),
                            kind: employer_kind(x.kind, l),
                        }
                        .say(l)
                    }),
            );
        }
        // Ground 2 needs a reason that weighs enough once proven; for a lighter one, showing
        // that it requires the decision changes nothing.
        if x.requires_decision == Tri::Unknown && s.proven_policy >= cal.stage2_min_weight {
            out.push(
                at(ShowDecisionRequired, RuleId::Wor27_4Ground2)
                    .requires(&[P::EvidenceExists])
                    .evidence(&[Evidence::AlternativesAnalysis])
                    .says(|l| {
                        s::LeverShowDecisionRequired {
                            number: &n.to_string(),
                            kind: employer_kind(x.kind, l),
                        }
                        .say(l)
                    }),
            );
        }
        if x.kind == EmployerInterestKind::AttendancePolicyEnforcement
            && x.policy_validly_adopted == Tri::Unknown
            && s.proven_policy > s.proven
        {
            out.push(
                at(ShowPolicyValidlyAdopted, RuleId::Wor27_1Scope)
                    .requires(&[P::EvidenceExists])
                    .evidence(&[Evidence::AdoptionRecord])
                    .says(|l| {
                        s::LeverShowPolicyValidlyAdopted {
                            number: &n.to_string(),
                        }
                        .say(l)
                    }),
            );
        }
    }

    let council = &r.interests.works_council;
    let weights: Vec<_> = council.iter().map(|i| or_weights(&ctx, i)).collect();
    let standing: Vec<Option<Standing>> = council
        .iter()
        .zip(&weights)
        .map(|(i, w)| {
            let (now, proven) = (*w)?;
            (proven > now).then(|| Standing {
                kind: i.kind as u8,
                parts: parts(r, &i.elements),
                proven,
                proven_policy: proven,
                established: false,
                required: 0,
                policy: 0,
            })
        })
        .collect();
    let lesser = covered(&standing);
    for (i, x) in council.iter().enumerate() {
        if lesser[i] || x.contested.is_no() || x.substantiation == Substantiation::Established {
            continue;
        }
        let n = i + 1;
        out.push(
            Lever::new(
                SubstantiateWorksCouncilInterest,
                Target::WorksCouncil(i),
                Some(n.to_string()),
                RuleId::Wor27_4Ground1,
            )
            .requires(&[P::EvidenceExists])
            .evidence(&[or_evidence(x.kind)])
            .says(|l| {
                s::LeverSubstantiateWorksCouncilInterest {
                    number: &n.to_string(),
                    kind: or_kind(x.kind, l),
                }
                .say(l)
            }),
        );
    }
    if !council.is_empty() {
        for p in raisable(r, cal) {
            out.push(
                Lever::new(
                    RaiseLegalPoint,
                    Target::Point(p),
                    Some(p.code().to_string()),
                    RuleId::Rv24,
                )
                .requires(&[P::ObjectionToSupport])
                .says(|l| s::LeverRaiseLegalPoint { point: point(p, l) }.say(l)),
            );
        }
    }

    // The withdrawals: a side gives up all its interests of one kind. Each side's concessions
    // to the other, shown apart from that side's own levers.
    let numbers = |v: Vec<usize>| {
        v.iter()
            .map(|n| (n + 1).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut kinds: Vec<EmployerInterestKind> = employer.iter().map(|x| x.kind).collect();
    crate::small_sort::sort(&mut kinds);
    kinds.dedup();
    for k in kinds {
        let ns = numbers(
            (0..employer.len())
                .filter(|&i| employer[i].kind == k)
                .collect(),
        );
        out.push(
            Lever::new(
                WithdrawEmployerInterest,
                Target::EmployerKind(k),
                Some(k.code().to_string()),
                RuleId::Wor27_4Ground1,
            )
            .says(|l| {
                s::LeverWithdrawEmployerInterest {
                    kind: employer_kind(k, l),
                    numbers: &ns,
                }
                .say(l)
            }),
        );
    }
    let mut kinds: Vec<OrInterestKind> = council.iter().map(|x| x.kind).collect();
    crate::small_sort::sort(&mut kinds);
    kinds.dedup();
    for k in kinds {
        let ns = numbers(
            (0..council.len())
                .filter(|&i| council[i].kind == k)
                .collect(),
        );
        out.push(
            Lever::new(
                WithdrawWorksCouncilInterest,
                Target::WorksCouncilKind(k),
                Some(k.code().to_string()),
                RuleId::Wor27_4Ground1,
            )
            .says(|l| {
                s::LeverWithdrawWorksCouncilInterest {
                    kind: or_kind(k, l),
                    numbers: &ns,
                }
                .say(l)
            }),
        );
    }
}

fn employer_evidence(k: EmployerInterestKind) -> Evidence {
    use EmployerInterestKind::*;
    match k {
        AttendancePolicyEnforcement => Evidence::AttendanceFigures,
        EqualRules => Evidence::StaffComplaints,
        SocialCohesion => Evidence::StaffSurvey,
        Productivity => Evidence::ProductivityFigures,
        Security => Evidence::IncidentReports,
        TheftPrevention => Evidence::LossFigures,
        StatutoryObligation => Evidence::StatutoryDuty,
        Cost => Evidence::CostCalculation,
        Continuity => Evidence::DisruptionFigures,
        CompetitivePosition => Evidence::FinancialFigures,
        Harmonisation => Evidence::SchemesCompared,
        CapacityPlanning => Evidence::OccupancyFigures,
        Other => Evidence::Documents,
    }
}

fn or_evidence(k: OrInterestKind) -> Evidence {
    use OrInterestKind::*;
    match k {
        HealthAndWorkingTime => Evidence::OccupationalHealthReport,
        EarlierAgreement => Evidence::WrittenAgreement,
        LackOfInformation => Evidence::Correspondence,
        AcquiredRight => Evidence::PracticeRecords,
        _ => Evidence::Documents,
    }
}

fn point(p: LegalPoint, lang: Lang) -> &'static str {
    use LegalPoint::*;
    match p {
        LegalBasis => s::LeverPointLegalBasis.say(lang),
        PurposeLimitation => s::LeverPointPurposeLimitation.say(lang),
        Minimisation => s::LeverPointMinimisation.say(lang),
        Dpia => s::LeverPointDpia.say(lang),
        Information => s::LeverPointInformation.say(lang),
        AutomatedDecisions => s::LeverPointAutomatedDecisions.say(lang),
        Covert => s::LeverPointCovert.say(lang),
        AiActDuties => s::LeverPointAiActDuties.say(lang),
        Suitability => s::LeverPointSuitability.say(lang),
    }
}

fn purpose(p: Purpose, lang: Lang) -> &'static str {
    match p {
        Purpose::BuildingSecurity => s::LeverPurposeBuildingSecurity.say(lang),
        Purpose::TheftPrevention => s::LeverPurposeTheftPrevention.say(lang),
        Purpose::AttendanceEnforcement => s::LeverPurposeAttendanceEnforcement.say(lang),
        Purpose::CapacityPlanning => s::LeverPurposeCapacityPlanning.say(lang),
        Purpose::WorkingTimeRegistration => s::LeverPurposeWorkingTimeRegistration.say(lang),
        Purpose::PerformanceEvaluation => s::LeverPurposePerformanceEvaluation.say(lang),
        Purpose::ProductivityMonitoring => s::LeverPurposeProductivityMonitoring.say(lang),
        Purpose::Safety => s::LeverPurposeSafety.say(lang),
        Purpose::Scheduling => s::LeverPurposeScheduling.say(lang),
        Purpose::InformationSecurity => s::LeverPurposeInformationSecurity.say(lang),
        Purpose::RegulatoryCompliance => s::LeverPurposeRegulatoryCompliance.say(lang),
        Purpose::Wellbeing => s::LeverPurposeWellbeing.say(lang),
        Purpose::Other => s::LeverPurposeOther.say(lang),
    }
}

fn capability(c: AiCapability, lang: Lang) -> &'static str {
    match c {
        AiCapability::EmotionRecognition => s::LeverCapabilityEmotionRecognition.say(lang),
        AiCapability::SensitiveBiometricCategorisation => {
            s::LeverCapabilitySensitiveBiometricCategorisation.say(lang)
        }
        AiCapability::UntargetedFacialScraping => {
            s::LeverCapabilityUntargetedFacialScraping.say(lang)
        }
        AiCapability::RemoteBiometricIdentification => {
            s::LeverCapabilityRemoteBiometricIdentification.say(lang)
        }
        AiCapability::IndividualScoring => s::LeverCapabilityIndividualScoring.say(lang),
        AiCapability::Profiling => s::LeverCapabilityProfiling.say(lang),
        AiCapability::TaskAllocation => s::LeverCapabilityTaskAllocation.say(lang),
    }
}

fn capability_rule(c: AiCapability) -> RuleId {
    match c {
        AiCapability::EmotionRecognition => RuleId::Aia5_1F,
        AiCapability::SensitiveBiometricCategorisation => RuleId::Aia5_1G,
        AiCapability::UntargetedFacialScraping => RuleId::Aia5_1E,
        AiCapability::RemoteBiometricIdentification => RuleId::AiaAnnexIII1,
        AiCapability::IndividualScoring => RuleId::AiaAnnexIII4B,
        AiCapability::Profiling => RuleId::AiaAnnexIII4B,
        AiCapability::TaskAllocation => RuleId::AiaAnnexIII4B,
    }
}

fn employer_kind(k: EmployerInterestKind, lang: Lang) -> &'static str {
    use EmployerInterestKind::*;
    match k {
        AttendancePolicyEnforcement => s::LeverEmployerKindAttendancePolicyEnforcement.say(lang),
        EqualRules => s::LeverEmployerKindEqualRules.say(lang),
        SocialCohesion => s::LeverEmployerKindSocialCohesion.say(lang),
        Productivity => s::LeverEmployerKindProductivity.say(lang),
        Security => s::LeverEmployerKindSecurity.say(lang),
        TheftPrevention => s::LeverEmployerKindTheftPrevention.say(lang),
        StatutoryObligation => s::LeverEmployerKindStatutoryObligation.say(lang),
        Cost => s::LeverEmployerKindCost.say(lang),
        Continuity => s::LeverEmployerKindContinuity.say(lang),
        CompetitivePosition => s::LeverEmployerKindCompetitivePosition.say(lang),
        Harmonisation => s::LeverEmployerKindHarmonisation.say(lang),
        CapacityPlanning => s::LeverEmployerKindCapacityPlanning.say(lang),
        Other => s::LeverEmployerKindOther.say(lang),
    }
}

fn or_kind(k: OrInterestKind, lang: Lang) -> &'static str {
    use OrInterestKind::*;
    match k {
        Privacy => s::LeverOrKindPrivacy.say(lang),
        DisciplinaryConsequences => s::LeverOrKindDisciplinaryConsequences.say(lang),
        OtherFundamentalRight => s::LeverOrKindOtherFundamentalRight.say(lang),
        HealthAndWorkingTime => s::LeverOrKindHealthAndWorkingTime.say(lang),
        StatutoryRight => s::LeverOrKindStatutoryRight.say(lang),
        EarlierAgreement => s::LeverOrKindEarlierAgreement.say(lang),
        LackOfInformation => s::LeverOrKindLackOfInformation.say(lang),
        AcquiredRight => s::LeverOrKindAcquiredRight.say(lang),
        Other => s::LeverOrKindOther.say(lang),
    }
}
