//! Precedents: the decided cases of `cases/` as a case base, the closest cases to a new
//! request ([`similar`]), and a consistency check of a ruling against them ([`check`]).
//!
//! # Factors
//!
//! Each request is described by a set of binary **factors**, each favouring one side, all
//! derived from the facts of the request (table below). An unknown fact gives no factor,
//! except where the engine itself reads an unknown against the employer (identifiability,
//! systematic monitoring, automatic consequences), and then the factor follows that reading.
//!
//! | factor | favours | present when |
//! | --- | --- | --- |
//! | `employer_interest_established` | employer | an employer interest is established (found, proven, or not disputed) |
//! | `employer_interest_serious` | employer | an employer interest is of serious importance |
//! | `decision_required` | employer | the employer showed an interest cannot be met without the decision |
//! | `statutory_obligation` | employer | an employer interest is a statutory obligation |
//! | `alternatives_fail` | employer | less intrusive alternatives were raised and each was shown not to reach the goal |
//! | `no_personal_data` | employer | no element processes personal data of identifiable staff |
//! | `staff_informed` | employer | the regeling informs staff in advance of the monitoring |
//! | `no_consequences` | employer | every monitoring element attaches no consequences |
//! | `human_intervention` | employer | a human reviews before consequences follow |
//! | `dpia_done` | employer | a DPIA was made or is planned before processing |
//! | `short_retention` | employer | every monitoring element keeps data within the norm for its kind of data |
//! | `procedure_followed` | employer | the request to the OR was in writing with reasons and a consultation meeting was held |
//! | `or_objections_unsubstantiated` | employer | the OR's objections were all merely asserted and disputed |
//! | `or_interest_established` | works council | an OR interest is established |
//! | `or_interest_serious` | works council | an OR interest is of serious importance |
//! | `right_at_stake` | works council | the OR defends a right the law protects as such (privacy of staff whose personal data are processed, another fundamental right, health and working time, a statutory right) |
//! | `identified_data` | works council | personal data of identified staff (or identifiability not shown) |
//! | `systematic` | works council | monitoring that is systematic (or not shown incidental) |
//! | `covert`, `at_home`, `biometric`, `communications_content`, `location`, `ai_system` | works council | as the measure says |
//! | `automatic_consequences` | works council | consequences (or consequences not shown absent) without shown human intervention |
//! | `alternative_may_reach_goal` | works council | an alternative was raised that was not shown to fail |
//! | `repurposed` | works council | data or a system reused for a new purpose |
//! | `procedure_defect` | works council | the request to the OR was shown not in writing, or no consultation meeting was held |
//! | `employer_unsubstantiated` | works council | the employer gave no interest, or every one was merely asserted and disputed |
//!
//! # The a fortiori check
//!
//! The reason model of precedent (J. Horty, "Rules and reasons in the theory of precedent",
//! *Legal Theory* 17 (2011); J. Horty & T. Bench-Capon, "A factor-based definition of
//! precedential constraint", *Artificial Intelligence and Law* 20 (2012); compare
//! H. Prakken & G. Sartor, "Modelling reasoning with precedents in a formal dialogue game",
//! *Artificial Intelligence and Law* 6 (1998)): a precedent won by side S binds a new case
//! that is at least as strong for S — the new case has every pro-S factor the precedent had,
//! and no factor for the other side that the precedent lacked. A ruling that lets S lose such
//! a case contradicts the precedent *a fortiori*; [`check`] says so in the trace (it does
//! not change the outcome: Dutch courts are not bound by precedent, and a court can
//! distinguish the cases on facts the factors do not capture). The court's own *reason*
//! (the subset of factors it relied on) is rarely in our sources, so the whole pro-S factor
//! set stands in for it: the conservative choice, which flags fewer contradictions.
//!
//! A decision is a precedent when it decided the merits (granted or refused), was not
//! reversed on appeal (`overruled_by`), does not carry a known disagreement (its file lacks
//! facts the court decided on, so its factors do not stand for the case), and shares a
//! subject letter of art. 27 lid 1 with the new case (letters stated, plus k and l where a measure processes personal data or
//! observes staff).
//!
//! # Similarity
//!
//! [`similar`] ranks the cases by a weighted distance over named features, each in [0, 1]
//! (Jaccard distance for sets, 0 or 1 for a single value), weights in [`FEATURES`]; the
//! distance is their weighted mean. It is a transparent heuristic for finding cases to read,
//! not a legal test.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::cases::{CaseError, CaseFile, CourtOutcome, MarkKind};
use crate::request::codes::codes;
use crate::request::{
    Dpia, EmployerInterestKind, Frequency, Identifiability, OrInterestKind, Request, Subject,
    Substantiation, Tri,
};
use crate::ruling::{Effect, Finding, Outcome, Ruling, Side, Step};
use crate::{Date, Error, InputError, Lang};

/// A binary factor of a case, favouring one side (see the module docs for when each is
/// present).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Factor {
    // pro employer
    EmployerInterestEstablished,
    EmployerInterestSerious,
    DecisionRequired,
    StatutoryObligation,
    AlternativesFail,
    NoPersonalData,
    StaffInformed,
    NoConsequences,
    HumanIntervention,
    DpiaDone,
    ShortRetention,
    ProcedureFollowed,
    OrObjectionsUnsubstantiated,
    // pro works council
    OrInterestEstablished,
    OrInterestSerious,
    RightAtStake,
    IdentifiedData,
    Systematic,
    Covert,
    AtHome,
    Biometric,
    CommunicationsContent,
    Location,
    AiSystem,
    AutomaticConsequences,
    AlternativeMayReachGoal,
    Repurposed,
    ProcedureDefect,
    EmployerUnsubstantiated,
}

// `Factor::ALL` (every factor, in the order declared: the order of a [`Factors`] set),
// `CODES`, `code()` and serde, from one list that the generated `code()` checks is complete.
codes!(Factor {
    EmployerInterestEstablished = "employer_interest_established",
    EmployerInterestSerious = "employer_interest_serious",
    DecisionRequired = "decision_required",
    StatutoryObligation = "statutory_obligation",
    AlternativesFail = "alternatives_fail",
    NoPersonalData = "no_personal_data",
    StaffInformed = "staff_informed",
    NoConsequences = "no_consequences",
    HumanIntervention = "human_intervention",
    DpiaDone = "dpia_done",
    ShortRetention = "short_retention",
    ProcedureFollowed = "procedure_followed",
    OrObjectionsUnsubstantiated = "or_objections_unsubstantiated",
    OrInterestEstablished = "or_interest_established",
    OrInterestSerious = "or_interest_serious",
    RightAtStake = "right_at_stake",
    IdentifiedData = "identified_data",
    Systematic = "systematic",
    Covert = "covert",
    AtHome = "at_home",
    Biometric = "biometric",
    CommunicationsContent = "communications_content",
    Location = "location",
    AiSystem = "ai_system",
    AutomaticConsequences = "automatic_consequences",
    AlternativeMayReachGoal = "alternative_may_reach_goal",
    Repurposed = "repurposed",
    ProcedureDefect = "procedure_defect",
    EmployerUnsubstantiated = "employer_unsubstantiated",
});

impl Factor {
    /// The side the factor favours.
    pub fn side(self) -> Side {
        use Factor::*;
        match self {
            EmployerInterestEstablished
            | EmployerInterestSerious
            | DecisionRequired
            | StatutoryObligation
            | AlternativesFail
            | NoPersonalData
            | StaffInformed
            | NoConsequences
            | HumanIntervention
            | DpiaDone
            | ShortRetention
            | ProcedureFollowed
            | OrObjectionsUnsubstantiated => Side::Employer,
            _ => Side::WorksCouncil,
        }
    }

    /// The factor in words.
    pub fn label(self, lang: Lang) -> &'static str {
        use Factor::*;
        let (nl, en) = match self {
            EmployerInterestEstablished => (
                "een belang van de ondernemer staat vast",
                "an employer interest is established",
            ),
            EmployerInterestSerious => (
                "een belang van de ondernemer is zwaar",
                "an employer interest is serious",
            ),
            DecisionRequired => (
                "het besluit is nodig voor een belang van de ondernemer",
                "the decision is required for an employer interest",
            ),
            StatutoryObligation => (
                "een wettelijke plicht van de ondernemer",
                "a statutory obligation of the employer",
            ),
            AlternativesFail => (
                "de minder ingrijpende alternatieven bereiken het doel niet",
                "the less intrusive alternatives do not reach the goal",
            ),
            NoPersonalData => (
                "geen persoonsgegevens van herkenbare werknemers",
                "no personal data of identifiable staff",
            ),
            StaffInformed => (
                "werknemers worden vooraf ingelicht",
                "staff are informed in advance",
            ),
            NoConsequences => (
                "geen gevolgen verbonden aan de gegevens",
                "no consequences attached",
            ),
            HumanIntervention => ("menselijke tussenkomst", "human intervention"),
            DpiaDone => ("een DPIA", "a DPIA"),
            ShortRetention => ("korte bewaartermijn", "short retention"),
            ProcedureFollowed => (
                "de instemmingsprocedure is gevolgd",
                "the consent procedure was followed",
            ),
            OrObjectionsUnsubstantiated => (
                "de bezwaren van de OR zijn niet onderbouwd",
                "the OR's objections are unsubstantiated",
            ),
            OrInterestEstablished => (
                "een belang van de OR staat vast",
                "an OR interest is established",
            ),
            OrInterestSerious => ("een belang van de OR is zwaar", "an OR interest is serious"),
            RightAtStake => (
                "een door de wet beschermd recht van werknemers staat op het spel",
                "a right of staff protected by law is at stake",
            ),
            IdentifiedData => (
                "gegevens over herkenbare werknemers",
                "data about identified staff",
            ),
            Systematic => ("stelselmatig toezicht", "systematic monitoring"),
            Covert => ("heimelijk toezicht", "covert monitoring"),
            AtHome => ("toezicht thuis", "monitoring at home"),
            Biometric => ("biometrie", "biometrics"),
            CommunicationsContent => ("inhoud van communicatie", "content of communications"),
            Location => ("locatie", "location"),
            AiSystem => ("een AI-systeem", "an AI system"),
            AutomaticConsequences => (
                "gevolgen zonder aangetoonde menselijke tussenkomst",
                "consequences without shown human intervention",
            ),
            AlternativeMayReachGoal => (
                "een alternatief dat het doel mogelijk bereikt",
                "an alternative that may reach the goal",
            ),
            Repurposed => ("hergebruik voor een nieuw doel", "reuse for a new purpose"),
            ProcedureDefect => (
                "een gebrek in de instemmingsprocedure",
                "a defect in the consent procedure",
            ),
            EmployerUnsubstantiated => (
                "de ondernemer onderbouwt zijn belangen niet",
                "the employer does not substantiate its interests",
            ),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

fn established(s: Substantiation, contested: Tri) -> bool {
    s == Substantiation::Established || contested.is_no()
}

fn merely_asserted(s: Substantiation, contested: Tri) -> bool {
    s == Substantiation::Asserted && !contested.is_no()
}

/// A set of factors, iterated in the order declared: a bitset (one bit per factor). The
/// B-tree set it replaced cost its own kilobytes of code in the WebAssembly build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Factors(u32);

const _: () = assert!(Factor::ALL.len() <= 32);

impl Factors {
    /// The empty set.
    pub const fn new() -> Factors {
        Factors(0)
    }

    /// Add a factor; `false` if it was there.
    pub fn insert(&mut self, factor: Factor) -> bool {
        let had = self.contains(&factor);
        self.0 |= 1 << factor as u32;
        !had
    }

    /// Whether the factor is in the set.
    pub fn contains(&self, factor: &Factor) -> bool {
        self.0 & (1 << *factor as u32) != 0
    }

    /// The factors, in the order declared.
    pub fn iter(&self) -> impl Iterator<Item = Factor> + '_ {
        Factor::ALL.iter().copied().filter(|f| self.contains(f))
    }

    /// How many factors.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }
}

impl FromIterator<Factor> for Factors {
    fn from_iter<I: IntoIterator<Item = Factor>>(iter: I) -> Factors {
        let mut set = Factors::new();
        for f in iter {
            set.insert(f);
        }
        set
    }
}

impl<const N: usize> From<[Factor; N]> for Factors {
    fn from(factors: [Factor; N]) -> Factors {
        factors.into_iter().collect()
    }
}

/// The factors of a request.
pub fn factors(req: &Request) -> Factors {
    use Factor::*;
    let mut f = Factors::new();
    let mut add = |on: bool, factor: Factor| {
        if on {
            f.insert(factor);
        }
    };
    let emp = &req.interests.employer;
    let or = &req.interests.works_council;
    let elements = &req.regeling.elements;
    let personal: Vec<_> = elements
        .iter()
        .map(|e| &e.measure)
        .filter(|m| m.processes_personal_data())
        .collect();
    let monitoring: Vec<_> = personal.iter().filter(|m| !m.observes.is_empty()).collect();

    add(
        emp.iter()
            .any(|i| established(i.substantiation, i.contested)),
        EmployerInterestEstablished,
    );
    add(
        emp.iter()
            .any(|i| i.importance == Some(crate::request::Importance::Serious)),
        EmployerInterestSerious,
    );
    add(
        emp.iter().any(|i| i.requires_decision.is_yes()),
        DecisionRequired,
    );
    add(
        emp.iter()
            .any(|i| i.kind == EmployerInterestKind::StatutoryObligation),
        StatutoryObligation,
    );
    let alts = &req.avg.alternatives;
    add(
        !alts.is_empty() && alts.iter().all(|a| a.reaches_same_goal.is_no()),
        AlternativesFail,
    );
    add(
        alts.iter().any(|a| !a.reaches_same_goal.is_no()),
        AlternativeMayReachGoal,
    );
    add(personal.is_empty(), NoPersonalData);
    if !monitoring.is_empty() {
        add(
            monitoring.iter().all(|m| req.informed_of(m).is_yes()),
            StaffInformed,
        );
        add(
            monitoring.iter().all(|m| m.consequences.is_none()),
            NoConsequences,
        );
        add(
            monitoring.iter().any(|m| {
                (m.consequences.significant() || m.consequences.is_unknown())
                    && !req.human_intervention_of(m).is_yes()
            }),
            AutomaticConsequences,
        );
        add(
            monitoring
                .iter()
                .all(|m| matches!(req.dpia_of(m), Dpia::Done | Dpia::PlannedBeforeProcessing)),
            DpiaDone,
        );
        let cal = crate::Calibration::default();
        add(
            monitoring
                .iter()
                .all(|m| crate::weighing::retention::all_short(&cal, m)),
            ShortRetention,
        );
        add(
            monitoring
                .iter()
                .any(|m| m.frequency != Frequency::Incidental),
            Systematic,
        );
    }
    add(req.avg.human_intervention.is_yes(), HumanIntervention);
    let p = &req.procedure;
    add(
        p.in_writing_with_reasons.is_yes() && p.consultation_meeting_held.is_yes(),
        ProcedureFollowed,
    );
    add(
        p.in_writing_with_reasons.is_no() || p.consultation_meeting_held.is_no(),
        ProcedureDefect,
    );
    add(
        !or.is_empty()
            && or
                .iter()
                .all(|i| merely_asserted(i.substantiation, i.contested)),
        OrObjectionsUnsubstantiated,
    );
    add(
        emp.is_empty()
            || emp
                .iter()
                .all(|i| merely_asserted(i.substantiation, i.contested)),
        EmployerUnsubstantiated,
    );
    add(
        or.iter()
            .any(|i| established(i.substantiation, i.contested)),
        OrInterestEstablished,
    );
    add(
        or.iter()
            .any(|i| i.importance == Some(crate::request::Importance::Serious)),
        OrInterestSerious,
    );
    add(
        or.iter().any(|i| match i.kind {
            OrInterestKind::Privacy => !personal.is_empty(),
            OrInterestKind::OtherFundamentalRight
            | OrInterestKind::HealthAndWorkingTime
            | OrInterestKind::StatutoryRight => true,
            _ => false,
        }),
        RightAtStake,
    );
    add(
        personal
            .iter()
            .any(|m| m.identifiability != Identifiability::Pseudonymised),
        IdentifiedData,
    );
    use crate::request::{Observed, Openness, Place};
    add(
        personal.iter().any(|m| m.openness == Openness::Covert),
        Covert,
    );
    add(
        personal
            .iter()
            .any(|m| matches!(m.place, Place::Home | Place::OfficeAndHome)),
        AtHome,
    );
    add(
        elements.iter().any(|e| e.measure.biometric.is_some()),
        Biometric,
    );
    add(
        personal
            .iter()
            .any(|m| m.observes.contains(&Observed::CommunicationsContent)),
        CommunicationsContent,
    );
    add(
        personal
            .iter()
            .any(|m| m.observes.contains(&Observed::Location)),
        Location,
    );
    add(
        elements.iter().any(|e| {
            e.measure
                .ai
                .as_ref()
                .is_some_and(|ai| !ai.is_ai_system.is_no())
        }),
        AiSystem,
    );
    add(
        elements.iter().any(|e| {
            e.measure
                .earlier_purpose
                .is_some_and(|p| p != e.measure.purpose)
        }),
        Repurposed,
    );
    f
}

/// The subject letters of a request, sorted, each once: those stated, plus k where a
/// measure processes personal data and l where it observes staff (a similarity heuristic;
/// the gates decide the consent right).
pub fn letters(req: &Request) -> Vec<Subject> {
    // A sorted Vec, not a BTreeSet: B-tree code for one more item type weighs kilobytes in
    // the WebAssembly build.
    let mut l = Vec::new();
    let mut add = |s: Subject| {
        if let Err(i) = l.binary_search(&s) {
            l.insert(i, s);
        }
    };
    req.regeling.subjects.iter().copied().for_each(&mut add);
    for e in &req.regeling.elements {
        let m = &e.measure;
        if m.processes_personal_data() {
            add(Subject::K);
        }
        if !m.observes.is_empty() && m.identifiability != Identifiability::Anonymous {
            add(Subject::L);
        }
    }
    l
}

/// A reference to a decided case, as the trace cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct PrecedentRef {
    /// The ECLI or reference.
    pub id: String,
    /// Its short name.
    pub name: String,
    /// Its date.
    pub date: Date,
    /// What the court decided.
    pub outcome: CourtOutcome,
    /// Where to read it (the case file's first source).
    pub url: String,
    /// The library departs from this decision on purpose (see its case file).
    pub deliberate_difference: bool,
}

impl PrecedentRef {
    fn of(case: &CaseFile) -> PrecedentRef {
        let d = &case.decision;
        PrecedentRef {
            id: d.id().to_string(),
            name: d.name.clone(),
            date: d.date,
            outcome: d.outcome,
            url: d.url().to_string(),
            deliberate_difference: matches!(d.mark(), Some((MarkKind::DeliberateDifference, _))),
        }
    }
}

/// A decided case as the case base holds it: what [`check`] and [`similar`] read of its
/// case file.
#[derive(Debug, Clone, PartialEq)]
pub struct DecidedCase {
    /// The name of its file.
    pub file: String,
    /// The decision, as the trace cites it.
    pub decision: PrecedentRef,
    /// Reversed on appeal (`overruled_by`): still a case, but no precedent.
    pub overruled: bool,
    /// Marked as a known disagreement: its file lacks facts the court decided on, so its
    /// factors do not stand for the case. Still a case, but no precedent.
    pub known_disagreement: bool,
    /// The facts, without the texts that no precedent function reads (titles, names,
    /// descriptions, statements, evidence, conditions: emptied). For the whole request, parse
    /// the case file ([`crate::json::parse_case`]).
    pub request: Request,
}

impl DecidedCase {
    /// What the case base needs of a case file (what `build.rs` compiles in of it).
    pub fn of(file: impl Into<String>, case: &CaseFile) -> DecidedCase {
        DecidedCase {
            file: file.into(),
            decision: PrecedentRef::of(case),
            overruled: case.decision.overruled_by.is_some(),
            known_disagreement: case.decision.known_disagreement.is_some(),
            request: without_texts(&case.request),
        }
    }
}

/// The request with its texts emptied, as `build.rs` compiles it in (`TEXTS` of
/// `build/case_base.rs`; the test suite
/// checks that the two agree, and that `check` and `similar` do not read the texts).
fn without_texts(request: &Request) -> Request {
    let mut r = request.clone();
    let blank = |t: &mut String| t.clear();
    if let Some(t) = &mut r.title {
        t.clear();
    }
    if let Some(n) = &mut r.employer.name {
        n.clear();
    }
    r.regeling.title.clear();
    r.regeling
        .elements
        .iter_mut()
        .for_each(|e| e.description.clear());
    r.avg
        .alternatives
        .iter_mut()
        .for_each(|a| a.description.clear());
    for i in &mut r.interests.employer {
        i.statement.clear();
        i.evidence.iter_mut().for_each(blank);
    }
    for i in &mut r.interests.works_council {
        i.statement.clear();
        i.evidence.iter_mut().for_each(blank);
    }
    r.procedure.or_conditions.iter_mut().for_each(blank);
    r
}

/// The decided cases (and, computed once, their factors and subject letters).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseBase {
    cases: Vec<DecidedCase>,
    factors: Vec<Factors>,
    letters: Vec<Vec<Subject>>,
}

impl CaseBase {
    /// A case base of these cases.
    pub fn new(cases: Vec<DecidedCase>) -> CaseBase {
        let factors = cases.iter().map(|c| factors(&c.request)).collect();
        let letters = cases.iter().map(|c| letters(&c.request)).collect();
        CaseBase {
            cases,
            factors,
            letters,
        }
    }

    /// The cases.
    pub fn cases(&self) -> &[DecidedCase] {
        &self.cases
    }

    /// The indices of the cases that can serve as precedents for a request with these
    /// letters: decided on the merits, not reversed on appeal, no known disagreement, sharing
    /// a subject letter.
    fn precedents(&self, mine: &[Subject]) -> Vec<usize> {
        (0..self.cases.len())
            .filter(|&i| {
                let c = &self.cases[i];
                c.decision.outcome.employer_won().is_some()
                    && !c.overruled
                    && !c.known_disagreement
                    && self.letters[i].iter().any(|s| mine.contains(s))
            })
            .collect()
    }
}

/// What `build.rs` compiles in of a case file (see `build/case_base.rs`): the decision's
/// fields, and a function that builds the request's facts (its texts empty).
struct Embedded {
    id: &'static str,
    name: &'static str,
    date: Date,
    outcome: CourtOutcome,
    url: &'static str,
    deliberate_difference: bool,
    overruled: bool,
    known_disagreement: bool,
    request: fn() -> Request,
}

/// A compiled-in case file: its name, and what the case base needs of it or the JSON path
/// (in the file) and what was expected there.
type Entry = (&'static str, Result<Embedded, (&'static str, &'static str)>);

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/cases.rs"));
}

impl Embedded {
    /// The case, validated as a parsed request is, or the JSON path (in its case file) and
    /// what was expected there.
    fn read(&self, file: &str) -> Result<DecidedCase, InputError> {
        let request = (self.request)();
        crate::validate::validate(&request).map_err(|e| InputError {
            path: e.path.replacen('$', "$.request", 1),
            ..e
        })?;
        Ok(DecidedCase {
            file: file.to_string(),
            decision: PrecedentRef {
                id: self.id.to_string(),
                name: self.name.to_string(),
                date: self.date,
                outcome: self.outcome,
                url: self.url.to_string(),
                deliberate_difference: self.deliberate_difference,
            },
            overruled: self.overruled,
            known_disagreement: self.known_disagreement,
            request,
        })
    }
}

/// The case base of `cases/*.json`, compiled in by `build.rs` and built once, on first use:
/// no JSON is parsed at run time (see `build/case_base.rs`). The test suite makes sure that
/// this equals the case base of the strictly parsed files ([`crate::json::parse_case`]). An
/// error names the file and the JSON path.
pub fn embedded() -> Result<&'static CaseBase, &'static CaseError> {
    static BASE: OnceLock<Result<CaseBase, CaseError>> = OnceLock::new();
    BASE.get_or_init(|| {
        embedded::CASES
            .iter()
            .map(|(file, entry)| {
                entry
                    .as_ref()
                    .map_err(|(path, expected)| InputError::new(*path, *expected))
                    .and_then(|e| e.read(file))
                    .map_err(|e| CaseError {
                        file: file.to_string(),
                        error: Error::Input(e),
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(CaseBase::new)
    })
    .as_ref()
}

/// How a new case stands to a precedent, given the side that won the new case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The precedent's winner wins here too, and this case is at least as strong for it.
    SupportsAFortiori,
    /// This case is at least as strong for the precedent's winner, who loses here.
    ContradictsAFortiori,
    /// Neither case is at least as strong as the other for the precedent's winner.
    Distinguishable,
}

/// Is `new` at least as strong for `side` as `precedent`? Every pro-`side` factor of the
/// precedent is in the new case, and every factor of the new case for the other side was in
/// the precedent.
pub fn a_fortiori(side: Side, precedent: &Factors, new: &Factors) -> bool {
    precedent
        .iter()
        .filter(|f| f.side() == side)
        .all(|f| new.contains(&f))
        && new
            .iter()
            .filter(|f| f.side() != side)
            .all(|f| precedent.contains(&f))
}

/// The relation of a new case (with the engine's outcome) to a precedent; `None` if either
/// is not a decision on the merits.
pub fn relation(new: &Request, outcome: Outcome, precedent: &DecidedCase) -> Option<Relation> {
    relate(
        &factors(new),
        outcome,
        precedent.decision.outcome,
        &factors(&precedent.request),
    )
}

fn relate(
    new: &Factors,
    outcome: Outcome,
    precedent_outcome: CourtOutcome,
    precedent: &Factors,
) -> Option<Relation> {
    let side = winner(precedent_outcome)?;
    let here = match outcome {
        Outcome::Granted => Side::Employer,
        Outcome::Refused => Side::WorksCouncil,
        _ => return None,
    };
    if !a_fortiori(side, precedent, new) {
        return Some(Relation::Distinguishable);
    }
    Some(if side == here {
        Relation::SupportsAFortiori
    } else {
        Relation::ContradictsAFortiori
    })
}

/// The side that won a decision on the merits.
fn winner(outcome: CourtOutcome) -> Option<Side> {
    outcome.employer_won().map(|employer| {
        if employer {
            Side::Employer
        } else {
            Side::WorksCouncil
        }
    })
}

/// Check a ruling against the case base and say what was found in its trace: a step for
/// every precedent it contradicts a fortiori, or one step naming the precedents that
/// support it, or one step saying none binds it. Only for rulings on the merits (granted or
/// refused); the outcome is never changed.
pub fn check(request: &Request, ruling: &mut Ruling, base: &CaseBase) {
    if !matches!(ruling.outcome, Outcome::Granted | Outcome::Refused) {
        return;
    }
    let mine = factors(request);
    let mut supports = Vec::new();
    let mut contradicted = Vec::new();
    let precedents = base.precedents(&letters(request));
    let checked = precedents.len();
    for i in precedents {
        let p = &base.cases[i].decision;
        let theirs = &base.factors[i];
        match relate(&mine, ruling.outcome, p.outcome, theirs) {
            Some(Relation::SupportsAFortiori) => supports.push(p.clone()),
            Some(Relation::ContradictsAFortiori) => {
                let Some(side) = winner(p.outcome) else {
                    continue;
                };
                let shared: Vec<Factor> = theirs
                    .iter()
                    .filter(|f| f.side() == side && mine.contains(f))
                    .collect();
                contradicted.push((p.clone(), side, shared));
            }
            _ => {}
        }
    }
    let rule = crate::law::RuleId::PrecedentAFortiori;
    if !contradicted.is_empty() {
        for (precedent, won_by, factors) in contradicted {
            let finding = Finding::PrecedentContradicted {
                precedent,
                won_by,
                factors,
            };
            ruling.trace.push(Step::new(rule, finding, Effect::Noted));
        }
    } else if !supports.is_empty() {
        let finding = Finding::PrecedentSupports {
            precedents: supports,
        };
        ruling.trace.push(Step::new(rule, finding, Effect::Noted));
    } else {
        ruling.trace.push(Step::new(
            rule,
            Finding::NoPrecedentBinds { checked },
            Effect::Noted,
        ));
    }
}

/// A feature of the similarity distance, with its weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Feature {
    /// Its name.
    pub name: &'static str,
    /// Its weight in the distance.
    pub weight: u32,
}

/// The features of [`similar`] and their weights (the distance is their weighted mean).
pub const FEATURES: [Feature; 10] = [
    Feature {
        name: "subjects",
        weight: 3,
    },
    Feature {
        name: "gate facts",
        weight: 3,
    },
    Feature {
        name: "technology",
        weight: 2,
    },
    Feature {
        name: "pro-employer factors",
        weight: 2,
    },
    Feature {
        name: "pro-works-council factors",
        weight: 2,
    },
    Feature {
        name: "purpose",
        weight: 1,
    },
    Feature {
        name: "identifiability",
        weight: 1,
    },
    Feature {
        name: "employer interests",
        weight: 1,
    },
    Feature {
        name: "works-council interests",
        weight: 1,
    },
    Feature {
        name: "data-protection law",
        weight: 1,
    },
];

/// The values of every feature of a request, as sorted codes.
fn features(req: &Request) -> [Codes; 10] {
    let r = &req.regeling;
    let fs = factors(req);
    let side = |s: Side| -> Codes {
        Codes::of(
            fs.iter()
                .filter(|f| f.side() == s)
                .map(|f| f.code().to_string()),
        )
    };
    let mut gate = Codes::default();
    for (on, name) in [
        (r.by_employer.is_no(), "not_employers_decision"),
        (
            r.ends_tolerated_practice.is_yes(),
            "ends_tolerated_practice",
        ),
        (r.incidental.is_yes(), "incidental"),
        (r.scope == crate::request::Scope::Individual, "individual"),
        (r.temporary_or_pilot.is_yes(), "temporary_or_pilot"),
        (
            r.cao == crate::request::CaoCoverage::Exhaustive,
            "cao_exhaustive",
        ),
        (
            r.subjects.is_empty() && letters(req).is_empty(),
            "no_subject",
        ),
        (
            req.procedure.implemented_without_consent.is_yes(),
            "implemented_without_consent",
        ),
        (
            req.employer.kind == crate::request::EmployerKind::PublicAuthority,
            "public_authority",
        ),
    ] {
        if on {
            gate.insert(name.to_string());
        }
    }
    let personal: Vec<_> = r
        .elements
        .iter()
        .map(|e| &e.measure)
        .filter(|m| m.processes_personal_data())
        .collect();
    let ident = if personal.is_empty() {
        "no_personal_data"
    } else if personal
        .iter()
        .all(|m| m.identifiability == Identifiability::Pseudonymised)
    {
        "pseudonymised"
    } else {
        "identified"
    };
    [
        Codes::of(letters(req).iter().map(|s| s.letter().to_string())),
        gate,
        Codes::of(
            r.elements
                .iter()
                .map(|e| e.measure.technology.code().to_string()),
        ),
        side(Side::Employer),
        side(Side::WorksCouncil),
        Codes::of(
            r.elements
                .iter()
                .map(|e| e.measure.purpose.code().to_string()),
        ),
        Codes::of([ident.to_string()]),
        Codes::of(
            req.interests
                .employer
                .iter()
                .map(|i| i.kind.code().to_string()),
        ),
        Codes::of(
            req.interests
                .works_council
                .iter()
                .map(|i| i.kind.code().to_string()),
        ),
        Codes::of([if req.as_of >= crate::law::AVG_FROM {
            "avg".to_string()
        } else {
            "wbp".to_string()
        }]),
    ]
}

/// A feature's values: codes, sorted, without duplicates. (A `BTreeSet<String>` would do,
/// for kilobytes more of B-tree code in the WebAssembly build.)
#[derive(Debug, Default)]
struct Codes(Vec<String>);

impl Codes {
    fn of(values: impl IntoIterator<Item = String>) -> Codes {
        let mut codes = Codes::default();
        for v in values {
            codes.insert(v);
        }
        codes
    }

    fn insert(&mut self, code: String) {
        if let Err(i) = self.0.binary_search(&code) {
            self.0.insert(i, code);
        }
    }

    /// How many codes both have.
    fn common(&self, other: &Codes) -> usize {
        self.0
            .iter()
            .filter(|c| other.0.binary_search(c).is_ok())
            .count()
    }

    /// The codes `other` lacks, sorted.
    fn difference(&self, other: &Codes) -> Vec<String> {
        self.0
            .iter()
            .filter(|c| other.0.binary_search(c).is_err())
            .cloned()
            .collect()
    }
}

/// The Jaccard distance of two sets: 1 − |A ∩ B| / |A ∪ B|, and 0 for two empty sets.
fn jaccard(a: &Codes, b: &Codes) -> Decimal {
    let common = a.common(b);
    let union = a.0.len() + b.0.len() - common;
    if union == 0 {
        return Decimal::ZERO;
    }
    Decimal::ONE - Decimal::from(common) / Decimal::from(union)
}

/// A feature on which a decided case differs from the new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Difference {
    /// The feature.
    pub feature: &'static str,
    /// Its values in the new case that the decided case lacks.
    pub only_here: Vec<String>,
    /// Its values in the decided case that the new case lacks.
    pub only_there: Vec<String>,
}

/// A decided case close to the new one.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Neighbour {
    /// The decided case.
    pub case: PrecedentRef,
    /// Its file.
    pub file: String,
    /// Its distance from the new case, from 0 (the same on every feature) to 1, rounded to
    /// three decimals.
    #[serde(serialize_with = "crate::syntax::decimal::normal")]
    pub distance: Decimal,
    /// How it stands to the new case as the engine decides it (`None` where either is not a
    /// decision on the merits, or the decided case is no precedent for it).
    pub relation: Option<Relation>,
    /// What differs, feature by feature.
    pub differences: Vec<Difference>,
}

/// The `top` decided cases closest to a request, nearest first (ties by id). `outcome` is
/// the engine's outcome for the request, to relate it to each precedent.
pub fn similar(request: &Request, outcome: Outcome, base: &CaseBase, top: usize) -> Vec<Neighbour> {
    let mine = features(request);
    let total: u32 = FEATURES.iter().map(|f| f.weight).sum();
    let mine_factors = factors(request);
    let precedents = base.precedents(&letters(request));
    let mut out: Vec<Neighbour> = base
        .cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let theirs = features(&case.request);
            let mut sum = Decimal::ZERO;
            let mut differences = Vec::new();
            for ((feature, a), b) in FEATURES.iter().zip(&mine).zip(&theirs) {
                let d = jaccard(a, b);
                sum += d * Decimal::from(feature.weight);
                if !d.is_zero() {
                    differences.push(Difference {
                        feature: feature.name,
                        only_here: a.difference(b),
                        only_there: b.difference(a),
                    });
                }
            }
            let is_precedent = precedents.contains(&i);
            Neighbour {
                case: case.decision.clone(),
                file: case.file.clone(),
                distance: (sum / Decimal::from(total)).round_dp(3),
                relation: if is_precedent {
                    relate(
                        &mine_factors,
                        outcome,
                        case.decision.outcome,
                        &base.factors[i],
                    )
                } else {
                    None
                },
                differences,
            }
        })
        .collect();
    crate::small_sort::sort_by(&mut out, |a, b| {
        a.distance
            .cmp(&b.distance)
            .then_with(|| a.case.id.cmp(&b.case.id))
    });
    out.truncate(top);
    out
}

#[cfg(test)]
mod tests {
    use super::Embedded;
    use crate::cases::CourtOutcome;
    use crate::request::Request;

    #[test]
    fn an_embedded_request_that_does_not_validate_names_its_json_path() {
        // A compiled-in request with an element given twice (ids must be unique).
        fn request() -> Request {
            let first = super::embedded::CASES
                .iter()
                .find_map(|(_, e)| e.as_ref().ok());
            let mut r = (first.expect("a readable case file").request)();
            let element = r.regeling.elements[0].clone();
            r.regeling.elements.push(element);
            r
        }
        let entry = Embedded {
            id: "ECLI:NL:RBOBR:2016:5172",
            name: "Omron",
            date: crate::Date::ymd(2016, 9, 20),
            outcome: CourtOutcome::Granted,
            url: "https://example.org/",
            deliberate_difference: false,
            overruled: false,
            known_disagreement: false,
            request,
        };
        let e = entry.read("x.json").unwrap_err();
        assert!(e.path.starts_with("$.request.regeling.elements"), "{e}");
    }
}
