//! The proposed *regeling* (art. 27 lid 1 WOR) and the measure each of its elements takes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::codes::codes;

use super::avg::Dpia;
use super::avg::LegalObligation;
use super::consequences::Consequences;
use super::fact::Tri;
use crate::Date;

/// A subject on the closed list of art. 27 lid 1 WOR (letters a–l).
///
/// The catalogue (`law/RULES.md`) verifies the texts of letters k and l, and DOMAIN.md
/// names a, b, d and g; the labels of c, e, f, h, i and j below follow the statute as the
/// maintainers know it and are marked MEMORY in the rule catalogue until checked against
/// wetten.overheid.nl (BWBR0002747).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    /// a. pension insurance, profit-sharing or savings scheme (*pensioen, winstdeling, spaarregeling*).
    A,
    /// b. working and rest times or holiday scheme (*arbeids- en rusttijden, vakantieregeling*).
    B,
    /// c. remuneration or job-evaluation system (MEMORY).
    C,
    /// d. working conditions, sick leave or reintegration (*arbeidsomstandigheden, ziekteverzuim, re-integratie*).
    D,
    /// e. appointment, dismissal or promotion policy (MEMORY).
    E,
    /// f. staff training (MEMORY).
    F,
    /// g. staff appraisal (*personeelsbeoordeling*).
    G,
    /// h. company social work (MEMORY).
    H,
    /// i. work consultation (MEMORY).
    I,
    /// j. complaints handling (MEMORY).
    J,
    /// k. processing and protection of the personal data of staff (*verwerking en bescherming van persoonsgegevens*).
    K,
    /// l. facilities aimed at or suitable for observing or checking attendance, behaviour or
    /// performance of staff (*personeelsvolgsystemen*).
    L,
}

codes!(Subject {
    A = "a",
    B = "b",
    C = "c",
    D = "d",
    E = "e",
    F = "f",
    G = "g",
    H = "h",
    I = "i",
    J = "j",
    K = "k",
    L = "l",
});

impl Subject {
    /// The letter as written in the statute.
    pub fn letter(self) -> &'static str {
        use Subject::*;
        match self {
            A => "a",
            B => "b",
            C => "c",
            D => "d",
            E => "e",
            F => "f",
            G => "g",
            H => "h",
            I => "i",
            J => "j",
            K => "k",
            L => "l",
        }
    }
}

/// What the employer's decision does to the regeling (art. 27 lid 1: *vaststelling,
/// wijziging of intrekking*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// Adopt a new regeling.
    #[default]
    Adopt,
    /// Change an existing regeling, including its purpose.
    Change,
    /// Withdraw a regeling.
    Withdraw,
}

codes!(DecisionKind {
    Adopt = "adopt",
    Change = "change",
    Withdraw = "withdraw",
});

/// Whom the regeling covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// All staff.
    AllStaff,
    /// A group of staff.
    Group,
    /// One or a few named individuals: no *regeling*.
    Individual,
    /// Not established. The employer submitted it as a regeling, so the library presumes
    /// it covers a group.
    #[default]
    Unknown,
}

codes!(Scope {
    AllStaff = "all_staff",
    Group = "group",
    Individual = "individual",
    Unknown = "unknown",
});

/// How far a collective labour agreement (cao), or terms of employment set by a public-law
/// body, already regulate the matter (art. 27 lid 3 WOR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaoCoverage {
    /// No cao provision on the matter.
    None,
    /// A cao regulates it, but leaves room for the employer's own choices.
    Partial,
    /// A cao regulates it substantively and exhaustively.
    Exhaustive,
    /// Not established. The party invoking the exception must show it; unknown counts as
    /// no exhaustive regulation.
    #[default]
    Unknown,
}

codes!(CaoCoverage {
    None = "none",
    Partial = "partial",
    Exhaustive = "exhaustive",
    Unknown = "unknown",
});

/// The proposed regeling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regeling {
    /// A short title, e.g. "Use of access badges to check office attendance".
    pub title: String,
    /// The letters of art. 27 lid 1 the parties rely on. The engine adds g, k and l where the
    /// facts of a measure call for them, and sets aside a letter the facts rule out (k where
    /// every element is established not to process personal data; g where every element
    /// monitors, with no consequence for appraisal and not for evaluating performance): the
    /// court applies art. 27 of its own motion and looks at the purpose and effect of a
    /// regeling, not at its label.
    #[serde(default)]
    pub subjects: Vec<Subject>,
    /// Adopt, change or withdraw.
    #[serde(default)]
    pub decision: DecisionKind,
    /// Is it the employer's (*ondernemer*'s) own decision? Unknown counts as yes: the
    /// employer submitted it as its own.
    #[serde(default)]
    pub by_employer: Tri,
    /// Does the "decision" merely end a practice that deviated from a regeling and was only
    /// tolerated (HR 8 March 2019, ECLI:NL:HR:2019:314)? Unknown counts as no.
    #[serde(default)]
    pub ends_tolerated_practice: Tri,
    /// Whom it covers.
    #[serde(default)]
    pub scope: Scope,
    /// Is it incidental, a one-off rather than a rule? Unknown counts as no: "incidental"
    /// must not be read widely.
    #[serde(default)]
    pub incidental: Tri,
    /// Is it a pilot or temporary? (Still needs consent; recorded for the trace.)
    #[serde(default)]
    pub temporary_or_pilot: Tri,
    /// Cao coverage (art. 27 lid 3 WOR).
    #[serde(default)]
    pub cao: CaoCoverage,
    /// Can the court rule on each element separately? Only where the proposal has clearly
    /// separable elements; the court cannot rewrite a proposal or attach conditions.
    #[serde(default)]
    pub separable: bool,
    /// The intended (or actual) start date, if known.
    #[serde(default)]
    pub start_date: Option<Date>,
    /// One or more elements, each with the measure it takes.
    pub elements: Vec<Element>,
    /// Has the consent right been extended to this matter by an agreement with the OR
    /// (*ondernemingsovereenkomst*, art. 32 WOR)? Its own fact: consent is then needed even
    /// where no letter of art. 27 lid 1 applies. Unknown counts as no: the party relying on
    /// the agreement must show it (art. 150 Rv).
    #[serde(default)]
    pub consent_right_by_agreement: Tri,
    /// Does the decision merely apply a regeling the OR already consented to (e.g. using an
    /// agreed camera protocol in one incident), rather than adopt, change or withdraw one?
    /// Applying it needs no new consent; a new purpose changes it (see `earlier_purpose`).
    /// For an investigation of one person, use `scope: individual`. Unknown counts as no:
    /// the employer, which relies on the earlier consent, must show it.
    #[serde(default)]
    pub applies_consented_regeling: Tri,
    /// Does the regeling change pay or other primary terms of employment that belong to
    /// collective bargaining (e.g. a bonus or a pay step tied to the monitoring data)? The
    /// OR may reasonably decline to decide them before the unions have: a concern of its own
    /// for the OR (INFERENCE). Unknown counts as no: the OR, which relies on it, must show it.
    #[serde(default)]
    pub changes_primary_terms: Tri,
}

impl Regeling {
    /// A regeling with a title and its elements, every other fact not given (unknown,
    /// default or empty), as a JSON regeling with only `title` and `elements` reads.
    pub fn new(title: impl Into<String>, elements: Vec<Element>) -> Regeling {
        Regeling {
            title: title.into(),
            subjects: Vec::new(),
            decision: DecisionKind::default(),
            by_employer: Tri::default(),
            ends_tolerated_practice: Tri::default(),
            scope: Scope::default(),
            incidental: Tri::default(),
            temporary_or_pilot: Tri::default(),
            cao: CaoCoverage::default(),
            separable: false,
            start_date: None,
            elements,
            consent_right_by_agreement: Tri::default(),
            applies_consented_regeling: Tri::default(),
            changes_primary_terms: Tri::default(),
        }
    }
}

impl Element {
    /// An element: its id (unique within the request), what it does, and the facts of its
    /// measure ([`Measure::default`]: every fact not given).
    pub fn new(id: impl Into<String>, description: impl Into<String>, measure: Measure) -> Element {
        Element {
            id: id.into(),
            description: description.into(),
            measure,
        }
    }
}

/// One element of the regeling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// A short identifier, unique within the request (interests and alternatives refer to it).
    pub id: String,
    /// What the element does, in a sentence.
    pub description: String,
    /// The facts of the measure.
    #[serde(default)]
    pub measure: Measure,
}

/// The technology a measure uses (for the trace and for finding similar cases).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Technology {
    /// Access badges / passes.
    Badge,
    /// Desk or room occupancy sensors.
    DeskSensor,
    /// Cameras.
    Camera,
    /// Time-registration or clock system.
    TimeRegistration,
    /// Monitoring software on computers (keystrokes, screens, e-mail, internet).
    Software,
    /// GPS or location tracking.
    Location,
    /// An AI system.
    AiSystem,
    /// A biometric terminal (fingerprint, face).
    Biometric,
    /// A roster, timetable or working-time scheme (no monitoring technology).
    Roster,
    /// A scheme or policy without monitoring technology.
    Policy,
    /// Something else.
    #[default]
    Other,
}

codes!(Technology {
    Badge = "badge",
    DeskSensor = "desk_sensor",
    Camera = "camera",
    TimeRegistration = "time_registration",
    Software = "software",
    Location = "location",
    AiSystem = "ai_system",
    Biometric = "biometric",
    Roster = "roster",
    Policy = "policy",
    Other = "other",
});

/// What a facility observes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Observed {
    /// Attendance (*aanwezigheid*).
    Attendance,
    /// Behaviour (*gedrag*).
    Behaviour,
    /// Performance (*prestaties*).
    Performance,
    /// Location or movements.
    Location,
    /// The content of communications (Bărbulescu: needs weightier justification).
    CommunicationsContent,
    /// Traffic data of communications (who, when), not content.
    CommunicationsMetadata,
}

codes!(Observed {
    Attendance = "attendance",
    Behaviour = "behaviour",
    Performance = "performance",
    Location = "location",
    CommunicationsContent = "communications_content",
    CommunicationsMetadata = "communications_metadata",
});

/// Whether the data identify individual staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Identifiability {
    /// Anonymous counts or aggregates: no one can be singled out.
    Anonymous,
    /// Pseudonymised: identifiable with a key held separately.
    Pseudonymised,
    /// Identified persons.
    Identified,
    /// Not established. The employer must show the data are not about identifiable
    /// persons; unknown counts as identified.
    #[default]
    Unknown,
}

codes!(Identifiability {
    Anonymous = "anonymous",
    Pseudonymised = "pseudonymised",
    Identified = "identified",
    Unknown = "unknown",
});

/// Systematic or incidental monitoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Incidental, on a concrete occasion.
    Incidental,
    /// Systematic or permanent.
    Systematic,
    /// Not established; counts as systematic (the employer's burden).
    #[default]
    Unknown,
}

codes!(Frequency {
    Incidental = "incidental",
    Systematic = "systematic",
    Unknown = "unknown",
});

/// Announced or covert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Openness {
    /// Announced to staff in advance.
    Announced,
    /// Covert (*heimelijk*).
    Covert,
    /// Not established; counts as announced (covertness is the exception and has to be
    /// shown by whoever asserts it) — but advance information is checked separately.
    #[default]
    Unknown,
}

codes!(Openness {
    Announced = "announced",
    Covert = "covert",
    Unknown = "unknown",
});

/// Where the monitored work takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Place {
    /// At the office or workplace.
    Office,
    /// At home.
    Home,
    /// Both.
    OfficeAndHome,
    /// In a vehicle or on the road (vans, trucks, company cars).
    Vehicle,
    /// At clients' homes or customers' sites (care at home, installers, cleaners): the
    /// customer's premises, not the employee's home.
    CustomerSites,
    /// Not established.
    #[default]
    Unknown,
}

codes!(Place {
    Office = "office",
    Home = "home",
    OfficeAndHome = "office_and_home",
    Vehicle = "vehicle",
    CustomerSites = "customer_sites",
    Unknown = "unknown",
});

impl Place {
    /// Does the work, and so the monitoring, take place in the employee's own home? A
    /// customer's home is not the employee's (`customer_sites`), nor is a vehicle.
    pub fn in_own_home(self) -> bool {
        matches!(self, Place::Home | Place::OfficeAndHome)
    }
}

/// A retention term tied to an event rather than a number of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RetentionEvent {
    /// Kept for as long as the employee is employed (*gedurende het dienstverband*): the
    /// term follows the employment, not the purpose (replaces `retention_days`).
    EndOfEmployment,
    /// Kept for `retention_days`, and the data about an incident that leads to proceedings
    /// beyond that, until the proceedings end (*tot het einde van de procedure*).
    EndOfProceedings,
}

codes!(RetentionEvent {
    EndOfEmployment = "end_of_employment",
    EndOfProceedings = "end_of_proceedings",
});

/// A kind of data a measure keeps, each with its own retention norm (ADDENDUM 2026-12,
/// RETENTION-PER-KIND).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DataKind {
    /// Camera images (norm: the calibrated camera term).
    CameraImages,
    /// Working-time records (at least 52 weeks, art. 3.2:1 ATB).
    WorkingTimeRecords,
    /// Location data, trips.
    Location,
    /// Access or badge logs.
    AccessLogs,
    /// Logs of monitoring software.
    SoftwareLogs,
    /// Another kind.
    Other,
}

codes!(DataKind {
    CameraImages = "camera_images",
    WorkingTimeRecords = "working_time_records",
    Location = "location",
    AccessLogs = "access_logs",
    SoftwareLogs = "software_logs",
    Other = "other",
});

/// The retention term of one kind of data a measure keeps beside its main data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KindRetention {
    /// The kind of data.
    pub kind: DataKind,
    /// How many days they are kept (absent: not stated, which the ruling says; it adds no
    /// intrusion, the court does not supply facts).
    #[serde(default)]
    pub days: Option<u32>,
}

/// Whether a person looks before a consequence follows, for one element (art. 22 AVG).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HumanIntervention {
    /// A person reviews the data and the circumstances before any consequence.
    Yes,
    /// No person reviews first.
    No,
    /// Not applicable: no consequence follows from this element's data (or only an informal
    /// conversation). Only where `consequences` says so; otherwise an input error.
    NotApplicable,
    /// Not established; the employer must show it (counts as no where a consequence
    /// follows, and is not read where none does).
    Unknown,
}

codes!(HumanIntervention {
    Yes = "yes",
    No = "no",
    NotApplicable = "not_applicable",
    Unknown = "unknown",
});

/// The purpose of a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Purpose {
    /// Building security and access control.
    BuildingSecurity,
    /// Preventing theft or fraud.
    TheftPrevention,
    /// Checking, person by person, compliance with an office-attendance policy.
    AttendanceEnforcement,
    /// Planning office capacity or getting a general picture of attendance.
    CapacityPlanning,
    /// Registering working time.
    WorkingTimeRegistration,
    /// Evaluating performance.
    PerformanceEvaluation,
    /// Monitoring productivity.
    ProductivityMonitoring,
    /// Health and safety.
    Safety,
    /// Organising rosters, shifts or leave.
    Scheduling,
    /// Information security and preventing leaks of confidential data (e.g. scanning
    /// outgoing mail or file transfers).
    InformationSecurity,
    /// Complying with a sector's regulation (e.g. recording duties in financial services).
    /// That a legal obligation requires it is a separate fact (the legal basis).
    RegulatoryCompliance,
    /// The wellbeing of staff (workload, stress, vitality). Data about a person's health are
    /// a special category (art. 9 AVG), judged on their own.
    Wellbeing,
    /// Another purpose.
    #[default]
    Other,
}

codes!(Purpose {
    BuildingSecurity = "building_security",
    TheftPrevention = "theft_prevention",
    AttendanceEnforcement = "attendance_enforcement",
    CapacityPlanning = "capacity_planning",
    WorkingTimeRegistration = "working_time_registration",
    PerformanceEvaluation = "performance_evaluation",
    ProductivityMonitoring = "productivity_monitoring",
    Safety = "safety",
    Scheduling = "scheduling",
    InformationSecurity = "information_security",
    RegulatoryCompliance = "regulatory_compliance",
    Wellbeing = "wellbeing",
    Other = "other",
});

impl Purpose {
    /// What a measure must observe, at least one of, to serve the purpose at all
    /// (suitability): evaluating performance or productivity needs performance itself, not
    /// presence; enforcing attendance or registering working time needs attendance or
    /// location. `None` where the library cannot tell (INFERENCE from art. 5(1)(c) AVG:
    /// data must be *adequate and relevant* to the purpose).
    pub fn needs_observed(self) -> Option<&'static [Observed]> {
        match self {
            Purpose::PerformanceEvaluation | Purpose::ProductivityMonitoring => {
                Some(&[Observed::Performance])
            }
            Purpose::AttendanceEnforcement | Purpose::WorkingTimeRegistration => {
                Some(&[Observed::Attendance, Observed::Location])
            }
            _ => None,
        }
    }

    /// Does the purpose, by its nature, require knowing *who* did what? Capacity planning
    /// and a general picture of attendance do not: anonymous counting serves them
    /// (seed article §2; art. 5 lid 1 c AVG). `None` for [`Purpose::Other`] and for
    /// [`Purpose::Wellbeing`]: the library cannot tell (a picture per team may serve it, a
    /// conversation with one person may need it; no source in the catalogue says which).
    pub fn needs_identification(self) -> Option<bool> {
        match self {
            Purpose::CapacityPlanning => Some(false),
            Purpose::Other | Purpose::Wellbeing => None,
            _ => Some(true),
        }
    }
}

/// Who sees the data about individual staff (Bărbulescu: how many people have access to
/// the results; art. 25 AVG, data protection by design).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Managers can look at individual data.
    ManagersIndividual,
    /// Only named roles (e.g. HR, security), on a defined occasion.
    NamedRoles,
    /// Only two named persons together (four eyes), after an incident.
    FourEyes,
    /// Nobody sees individual data: only counts or reports per group leave the system.
    AggregateReportsOnly,
    /// Processed automatically; nobody reads individual data unless a set threshold is met.
    AutomatedNobodyReads,
    /// Not established; counts as managers seeing individual data (the employer must show
    /// the limits it sets).
    #[default]
    Unknown,
}

codes!(Access {
    ManagersIndividual = "managers_individual",
    NamedRoles = "named_roles",
    FourEyes = "four_eyes",
    AggregateReportsOnly = "aggregate_reports_only",
    AutomatedNobodyReads = "automated_nobody_reads",
    Unknown = "unknown",
});

/// How biometric data are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BiometricPurpose {
    /// Authentication or security (the UAVG art. 29 exception may apply).
    AuthenticationOrSecurity,
    /// Time or attendance registration.
    AttendanceOrTime,
    /// Something else.
    #[default]
    Other,
}

codes!(BiometricPurpose {
    AuthenticationOrSecurity = "authentication_or_security",
    AttendanceOrTime = "attendance_or_time",
    Other = "other",
});

/// How a biometric system recognises a person (AIA-ANNEX-III-1: verification, confirming
/// that a person is who they claim to be, is not identification).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BiometricDesign {
    /// 1:1 verification against a template held on the employee's own card or device: no
    /// central store of templates.
    VerificationOnCard,
    /// 1:1 verification against a template held centrally.
    VerificationCentral,
    /// 1:n identification: a sample is searched in a central database of all templates.
    IdentificationCentral,
    /// Not established; counts as 1:n identification against a central database (the
    /// employer, who must show the exception of art. 29 UAVG, bears the burden).
    #[default]
    Unknown,
}

codes!(BiometricDesign {
    VerificationOnCard = "verification_on_card",
    VerificationCentral = "verification_central",
    IdentificationCentral = "identification_central",
    Unknown = "unknown",
});

/// Who states a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The employer.
    Employer,
    /// The works council.
    WorksCouncil,
    /// Both parties.
    Both,
    /// Not recorded.
    #[default]
    Unknown,
}

codes!(Party {
    Employer = "employer",
    WorksCouncil = "works_council",
    Both = "both",
    Unknown = "unknown",
});

/// A statement of fact, who makes it, and whether the other side disputes it. A statement
/// not (sufficiently) disputed counts as established (art. 149 Rv); a disputed one only when
/// it is proven. Unknown `contested` counts as disputed, as for the interests.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// What is stated: yes or no (unknown: nothing is stated).
    #[serde(default)]
    pub holds: Tri,
    /// Who states it.
    #[serde(default)]
    pub by: Party,
    /// Does the other side dispute it? Unknown counts as yes.
    #[serde(default)]
    pub contested: Tri,
    /// How well it is substantiated.
    #[serde(default)]
    pub substantiation: super::fact::Substantiation,
}

impl Claim {
    /// The fact as the court may take it: what is stated, if it is undisputed or proven
    /// (established); otherwise unknown.
    pub fn established(&self) -> Tri {
        let shown = self.contested.is_no()
            || self.substantiation == super::fact::Substantiation::Established
            || self.by == Party::Both;
        if shown { self.holds } else { Tri::Unknown }
    }
}

/// Biometric data processed to identify staff (art. 9 AVG).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Biometric {
    /// What the biometrics are for.
    #[serde(default)]
    pub purpose: BiometricPurpose,
    /// DEPRECATED: asks for the court's conclusion. Use `design`, `security_need` and
    /// `badge_or_pin_suffices`, from which the engine derives whether the processing is
    /// necessary for authentication or security (art. 29 UAVG). Still read, only when none
    /// of those three is given: `yes` then counts as necessity shown (as in files written
    /// before), `no` and unknown as not shown. Ignored when any of the three is given.
    #[serde(default)]
    pub necessary: Tri,
    /// How the system recognises a person: 1:1 verification (on the employee's card, or
    /// central) or 1:n identification against a central database. Unknown counts as 1:n.
    #[serde(default)]
    pub design: BiometricDesign,
    /// The statement that what is secured needs more than a badge: a lent or stolen badge
    /// would be a serious risk (a vault, a laboratory, critical systems). The employer must
    /// show it: absent or not established counts as not shown.
    #[serde(default)]
    pub security_need: Option<Claim>,
    /// The statement that a badge, fob or PIN code (or both) would secure it about as well.
    /// The employer must show that it would not: absent or not established counts as yes.
    #[serde(default)]
    pub badge_or_pin_suffices: Option<Claim>,
    /// Did staff give explicit, free consent (rarely valid at work)? Unknown counts as no.
    #[serde(default)]
    pub explicit_free_consent: Tri,
}

impl Biometric {
    /// What is established of the two facts art. 29 UAVG turns on: that what is secured
    /// needs more than a badge (`security_need`), and that a badge or PIN would do
    /// (`badge_or_pin_suffices`); unknown where not stated or not established.
    pub fn need_and_alternative(&self) -> (Tri, Tri) {
        let established = |c: &Option<Claim>| c.as_ref().map_or(Tri::Unknown, |c| c.established());
        (
            established(&self.security_need),
            established(&self.badge_or_pin_suffices),
        )
    }
}

/// A special category of personal data (art. 9(1) AVG) other than biometric data, which have
/// their own field ([`Biometric`]). What the measure records, as a fact: the engine applies
/// the ban of its own motion (a categorical rule, art. 25 Rv), not as an interest the works
/// council must argue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpecialCategory {
    /// That an employee is absent through illness, and what sick pay and reintegration need
    /// (the expected duration, whether it follows an accident at work): data concerning
    /// health the employer may process (art. 30 UAVG; the AP's policy rules on the sick
    /// employee).
    SickLeave,
    /// The nature or cause of an illness, symptoms or diagnoses: the employer may not record
    /// them, not even with the employee's consent (the AP's policy rules; the AP's fine on
    /// CP&A, 2021).
    NatureOfIllness,
    /// Other data concerning health: heart rate, fatigue or stress measured by a wearable or
    /// sensor, medical fitness.
    OtherHealth,
    /// Racial or ethnic origin.
    RacialOrEthnicOrigin,
    /// Political opinions.
    PoliticalOpinions,
    /// Religious or philosophical beliefs.
    ReligiousOrPhilosophicalBeliefs,
    /// Trade-union membership.
    TradeUnionMembership,
    /// Genetic data.
    Genetic,
    /// Sex life or sexual orientation.
    SexLifeOrOrientation,
}

codes!(SpecialCategory {
    SickLeave = "sick_leave",
    NatureOfIllness = "nature_of_illness",
    OtherHealth = "other_health",
    RacialOrEthnicOrigin = "racial_or_ethnic_origin",
    PoliticalOpinions = "political_opinions",
    ReligiousOrPhilosophicalBeliefs = "religious_or_philosophical_beliefs",
    TradeUnionMembership = "trade_union_membership",
    Genetic = "genetic",
    SexLifeOrOrientation = "sex_life_or_orientation",
});

/// An AI capability relevant to the AI Act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AiCapability {
    /// Inferring emotions of staff (from face, voice, keystrokes, posture).
    EmotionRecognition,
    /// Categorising people by biometrics to infer race, political opinions, trade-union
    /// membership, religion or beliefs, sex life or orientation.
    SensitiveBiometricCategorisation,
    /// Building a facial-recognition database by untargeted scraping of images or CCTV.
    UntargetedFacialScraping,
    /// One-to-many remote biometric identification of staff.
    RemoteBiometricIdentification,
    /// Scoring, ranking or evaluating individual staff.
    IndividualScoring,
    /// Profiling (art. 4 lid 4 AVG: performance at work, behaviour, location).
    Profiling,
    /// Allocating tasks on the basis of behaviour or traits.
    TaskAllocation,
}

codes!(AiCapability {
    EmotionRecognition = "emotion_recognition",
    SensitiveBiometricCategorisation = "sensitive_biometric_categorisation",
    UntargetedFacialScraping = "untargeted_facial_scraping",
    RemoteBiometricIdentification = "remote_biometric_identification",
    IndividualScoring = "individual_scoring",
    Profiling = "profiling",
    TaskAllocation = "task_allocation",
});

/// What an AI system infers emotions from. Face, voice, keystrokes, movement and
/// physiological signals are biometric data; written text is not (art. 3(39) AI Act:
/// emotion recognition is inference *on the basis of biometric data*; ADDENDUM 2026-12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmotionInput {
    /// Facial images or expressions.
    Face,
    /// The voice.
    Voice,
    /// Keystrokes, posture or movement.
    KeystrokesOrMovement,
    /// Physiological signals: heart rate, skin conductance.
    Physiological,
    /// Written text only (chat, e-mail): not biometric.
    WrittenText,
}

codes!(EmotionInput {
    Face = "face",
    Voice = "voice",
    KeystrokesOrMovement = "keystrokes_or_movement",
    Physiological = "physiological",
    WrittenText = "written_text",
});

impl EmotionInput {
    /// Is it biometric data (art. 3(34) AI Act: physical, physiological or behavioural
    /// characteristics)?
    pub fn is_biometric(self) -> bool {
        self != EmotionInput::WrittenText
    }
}

/// What an emotion-recognition system is intended for, as stated (the art. 5(1)(f) AI Act
/// exception covers systems intended for medical or safety reasons).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmotionPurpose {
    /// A medical reason, such as a therapeutic use.
    Medical,
    /// A safety reason, such as detecting that a driver or an operator of dangerous
    /// machinery is in no state to work safely.
    Safety,
    /// Managing staff: performance, behaviour, customer service, wellbeing programmes.
    StaffManagement,
    /// Another purpose.
    #[default]
    Other,
}

codes!(EmotionPurpose {
    Medical = "medical",
    Safety = "safety",
    StaffManagement = "staff_management",
    Other = "other",
});

/// The statement of what an emotion-recognition system is intended for, who makes it and
/// whether the other side disputes it (art. 149 Rv: undisputed counts as established).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmotionUse {
    /// What the system is stated to be intended for.
    #[serde(default)]
    pub purpose: EmotionPurpose,
    /// Who states it.
    #[serde(default)]
    pub by: Party,
    /// Does the other side dispute it? Unknown counts as yes.
    #[serde(default)]
    pub contested: Tri,
    /// How well it is substantiated (the provider's instructions for use, a risk analysis).
    #[serde(default)]
    pub substantiation: super::fact::Substantiation,
}

impl EmotionUse {
    /// Is the stated purpose one the court may take as established (undisputed, stated by
    /// both, or proven)?
    pub fn established(&self) -> bool {
        self.contested.is_no()
            || self.by == Party::Both
            || self.substantiation == super::fact::Substantiation::Established
    }
}

/// Facts about an AI system used in the measure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AiFacts {
    /// Is it an AI system within art. 3(1) AI Act? Badge logic with rules written by
    /// people usually is not. Unknown counts as yes when a capability below is listed
    /// that only an AI system has.
    #[serde(default)]
    pub is_ai_system: Tri,
    /// Its capabilities.
    #[serde(default)]
    pub capabilities: Vec<AiCapability>,
    /// DEPRECATED: asks for the court's conclusion. Use `emotion_use`, the stated purpose
    /// with who states it and whether it is disputed. Still read, only when `emotion_use` is
    /// absent: `yes` then counts as the exception shown (as in files written before), `no`
    /// and unknown as not shown.
    #[serde(default)]
    pub medical_or_safety: Tri,
    /// What an emotion-recognition system is intended for, as stated (absent: not stated).
    /// The art. 5(1)(f) exception applies only to a medical or safety purpose the court may
    /// take as established; the employer who relies on it bears the burden.
    #[serde(default)]
    pub emotion_use: Option<EmotionUse>,
    /// What emotions are inferred from, for `emotion_recognition` (empty: not stated). Not
    /// stated counts as biometric: the capability as this schema has always described it
    /// (face, voice, keystrokes, posture), and a ban applies of its own force; only inference
    /// from written text alone falls outside art. 5(1)(f) and Annex III point 1(c).
    #[serde(default)]
    pub emotion_inferred_from: Vec<EmotionInput>,
    /// Does it only perform a narrow procedural or preparatory task without profiling
    /// (art. 6(3) filter)? Unknown counts as no.
    #[serde(default)]
    pub narrow_task_only: Tri,
    /// Human oversight assigned to competent people (art. 26(2)). Unknown counts as no.
    #[serde(default)]
    pub human_oversight: Tri,
    /// Works council and staff informed before use (art. 26(7)). Unknown counts as no.
    #[serde(default)]
    pub workers_informed: Tri,
}

/// The extra conditions for covert monitoring (AP; López Ribalda).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CovertConditions {
    /// A reasonable suspicion of punishable or prohibited conduct.
    #[serde(default)]
    pub reasonable_suspicion: Tri,
    /// No other means available.
    #[serde(default)]
    pub no_other_means: Tri,
    /// For a pre-set, limited period, never continuous.
    #[serde(default)]
    pub limited_period: Tri,
    /// Staff are informed afterwards.
    #[serde(default)]
    pub informed_afterwards: Tri,
}

/// The facts of a measure.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The technology used.
    #[serde(default)]
    pub technology: Technology,
    /// Does it process personal data of staff? Unknown counts as yes whenever it observes
    /// anything about staff.
    #[serde(default)]
    pub personal_data: Tri,
    /// What it observes or is suitable for observing (empty: nothing).
    #[serde(default)]
    pub observes: Vec<Observed>,
    /// Identified, pseudonymised or anonymous data.
    #[serde(default)]
    pub identifiability: Identifiability,
    /// Systematic or incidental.
    #[serde(default)]
    pub frequency: Frequency,
    /// Announced or covert.
    #[serde(default)]
    pub openness: Openness,
    /// The conditions for covert use, if it is covert.
    #[serde(default)]
    pub covert_conditions: Option<CovertConditions>,
    /// Office, home or both.
    #[serde(default)]
    pub place: Place,
    /// Is staff working from home monitored more intensively than staff at the office?
    /// Unknown counts as no.
    #[serde(default)]
    pub more_intensive_at_home: Tri,
    /// Does the monitoring at home also record housemates (family, flatmates: a camera or
    /// microphone in the room, a screen others use)? Only read where the work is done in
    /// the employee's own home. Unknown counts as no: the court does not supply facts (art.
    /// 24 Rv); the party that says so (normally the OR) must show it.
    #[serde(default)]
    pub housemates_recorded: Tri,
    /// May the vehicle or device be used privately (a company car with private use, a
    /// phone of one's own)? Unknown counts as no (whoever relies on private use shows it).
    #[serde(default)]
    pub private_use_allowed: Tri,
    /// Does the measure record staff outside working hours (private time)? Unknown counts
    /// as yes where private use is allowed (the tracking then runs on private trips unless
    /// the employer shows it does not: art. 5(2) AVG), and as no otherwise.
    #[serde(default)]
    pub outside_working_hours: Tri,
    /// Can staff switch the tracking off in private time (a privacy switch)? The employer's
    /// safeguard, so its burden: unknown counts as no.
    #[serde(default)]
    pub privacy_switch: Tri,
    /// Biometric data, if any (absent: none).
    #[serde(default)]
    pub biometric: Option<Biometric>,
    /// The AI system, if any (absent: none).
    #[serde(default)]
    pub ai: Option<AiFacts>,
    /// What may follow for an employee from the data: several consequences at once, none,
    /// or not established (see [`Consequences`] for what unknown means and the old
    /// single-string form).
    #[serde(default)]
    pub consequences: Consequences,
    /// How many days the data are kept (absent: not stated; the ruling says so, and it adds
    /// no intrusion: the court does not supply facts, art. 24 Rv).
    #[serde(default)]
    pub retention_days: Option<u32>,
    /// A term tied to an event: the duration of employment (instead of days), or until
    /// proceedings about an incident end (beyond the days). Absent: none.
    #[serde(default)]
    pub retention_until: Option<RetentionEvent>,
    /// The terms of other kinds of data the measure keeps beside its main data (e.g. a
    /// camera system that also keeps access logs), each judged against the norm for its
    /// kind. Empty: none.
    #[serde(default)]
    pub retention_per_kind: Vec<KindRetention>,
    /// The purpose.
    #[serde(default)]
    pub purpose: Purpose,
    /// The purpose for which the data or system were used before, if it is being repurposed
    /// (e.g. badges installed for building security, now used to check attendance).
    #[serde(default)]
    pub earlier_purpose: Option<Purpose>,
    /// Who sees the data about individual staff.
    #[serde(default)]
    pub access: Access,
    /// Can the measure serve its stated purpose at all (suitability, *geschiktheid*: the
    /// first limb of necessity)? `no`: it is established that it cannot — a trial, the
    /// system's documentation or an expert shows the data say nothing about what the
    /// purpose needs (a presence status that turns "away" after minutes without input does
    /// not measure reachability or performance); `yes`: the employer has shown that it can;
    /// `unknown`: not examined. The burden is the employer's (art. 5(2) AVG,
    /// accountability): unknown counts against it when the works council disputes
    /// suitability (`raises: ["suitability"]`); otherwise the library derives it from what
    /// the measure observes and what the purpose needs (see [`Purpose::needs_observed`]).
    #[serde(default)]
    pub serves_purpose: Tri,
    /// A legal obligation the employer relies on for this processing (absent: none stated).
    /// It carries the processing only as far as it requires it (art. 6(1)(c) AVG).
    #[serde(default)]
    pub legal_obligation: Option<LegalObligation>,
    /// For a public authority: does this processing serve the performance of its task in the
    /// public interest, laid down by law (art. 6(1)(e) AVG)? Then that is its basis, whatever
    /// label the request gives it, and legitimate interest is not available (art. 6(1), last
    /// sentence); established no, the processing is outside its tasks and legitimate interest
    /// is. Unknown: neither is shown, and the employer bears the burden of showing a basis
    /// (art. 5(2) AVG); the label alone does not decide. Not read for a private employer.
    #[serde(default)]
    pub public_task: Tri,
    /// The special categories of personal data (art. 9(1) AVG) the measure records, other
    /// than biometrics (empty: none). The employer states what its measure records; the
    /// ban applies of its own force.
    #[serde(default)]
    pub special_categories: Vec<SpecialCategory>,
    /// The DPIA for this element, where it differs from the request's `avg.dpia` (absent:
    /// the request's value applies).
    #[serde(default)]
    pub dpia: Option<Dpia>,
    /// Whether staff are informed in advance of this element, where it differs from the
    /// request's `avg.staff_informed_in_advance` (absent: the request's value applies).
    #[serde(default)]
    pub staff_informed_in_advance: Option<Tri>,
    /// Whether a person looks before a consequence of this element's data follows, where it
    /// differs from the request's `avg.human_intervention` (absent: the request's value
    /// applies). `not_applicable` where no consequence follows.
    #[serde(default)]
    pub human_intervention: Option<HumanIntervention>,
}

impl Measure {
    /// Does the measure record staff in their private time, a privacy switch aside? Yes
    /// where that is established, or where private use is allowed and it is not shown that
    /// the recording stops outside working hours (see the fields' docs for the burden).
    pub fn reaches_private_time(&self) -> bool {
        match self.outside_working_hours {
            Tri::Yes => true,
            Tri::No => false,
            Tri::Unknown => self.private_use_allowed.is_yes(),
        }
    }

    /// Does the measure record staff in their private time with no privacy switch shown
    /// (AP-PRIVATE-TIME)?
    pub fn tracks_private_time(&self) -> bool {
        self.reaches_private_time() && !self.privacy_switch.is_yes()
    }

    /// Does the measure process personal data of staff? Unknown counts as yes whenever it
    /// observes anything about staff or uses a monitoring technology: the employer must show
    /// the data are not about identifiable persons (art. 5(2) AVG, accountability).
    pub fn processes_personal_data(&self) -> bool {
        if self.identifiability == Identifiability::Anonymous {
            return false;
        }
        match self.personal_data {
            Tri::Yes => true,
            Tri::No => false,
            Tri::Unknown => {
                !self.observes.is_empty()
                    || !self.special_categories.is_empty()
                    || self.biometric.is_some()
                    || self.ai.is_some()
                    || !matches!(
                        self.technology,
                        Technology::Roster | Technology::Policy | Technology::Other
                    )
            }
        }
    }
}
