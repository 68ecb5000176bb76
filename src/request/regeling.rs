//! The proposed *regeling* (art. 27 lid 1 WOR) and the measure each of its elements takes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::codes::codes;

use super::avg::Dpia;
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
    /// The letters of art. 27 lid 1 the parties rely on. The engine adds k and l where the
    /// facts of a measure call for them (the court looks at the purpose and effect of a
    /// regeling, not at its label).
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

/// Biometric data processed to identify staff (art. 9 AVG).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Biometric {
    /// What the biometrics are for.
    #[serde(default)]
    pub purpose: BiometricPurpose,
    /// Is the biometric processing necessary for that purpose, with no good less intrusive
    /// alternative (badge, fob)? The employer's burden: unknown counts as no.
    #[serde(default)]
    pub necessary: Tri,
    /// Did staff give explicit, free consent (rarely valid at work)? Unknown counts as no.
    #[serde(default)]
    pub explicit_free_consent: Tri,
}

/// An AI capability relevant to the AI Act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
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
    /// Is emotion recognition used for medical or safety reasons (the art. 5(1)(f)
    /// exception)? Unknown counts as no.
    #[serde(default)]
    pub medical_or_safety: Tri,
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
