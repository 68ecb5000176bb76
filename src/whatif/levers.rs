//! The levers: legally meaningful changes a party can make to its proposal or its case, or
//! facts it can still prove. See the [module docs](super) for what a lever may and may not
//! change.

use rust_decimal::prelude::ToPrimitive;
use schemars::JsonSchema;
use serde::Serialize;

use crate::Calibration;
use crate::law::RuleId;
use crate::request::{
    AiCapability, Consequences, Dpia, EmployerInterestKind, EmployerKind, Identifiability,
    LegalBasis, Openness, OrInterestKind, Place, Purpose, Request, Substantiation, Tri,
};
use crate::ruling::Side;

/// What a lever does. The id of a lever is its kind (in kebab case) and, where it is
/// instantiated per element, interest, alternative or capability, its target in brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LeverKind {
    /// The employer asks the OR for consent in writing, with reasons and the expected
    /// consequences (`procedure.consent_requested`, `procedure.in_writing_with_reasons`).
    RequestConsentInWriting,
    /// The employer holds the consultation meeting (`procedure.consultation_meeting_held`).
    HoldConsultationMeeting,
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
    /// for a measure whose purpose needs no one identified (capacity planning, or a purpose
    /// the library cannot classify): for person-by-person checks it would give up the aim.
    Anonymise,
    /// Pseudonymised instead of identified data (`identifiability`).
    Pseudonymise,
    /// No disciplinary or other automatic consequences attached to the data (`consequences`).
    DropConsequences,
    /// Keep the data no longer than the calibrated term (`retention_days`).
    ShortenRetention,
    /// Stop reusing data collected for an earlier purpose (`earlier_purpose`).
    StopRepurposing,
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
    /// Show that biometrics for authentication or security are necessary
    /// (`biometric.necessary`, only where not established either way).
    ShowBiometricsNecessary,
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
    /// The employer withdraws one of its interests (helps the works council; shows which
    /// interest carried the case).
    WithdrawEmployerInterest,
    /// The works council substantiates one of its interests with evidence (`substantiation`).
    SubstantiateWorksCouncilInterest,
    /// The works council withdraws one of its objections (helps the employer).
    WithdrawWorksCouncilInterest,
    /// The works council proves that home workers are monitored more intensively
    /// (`more_intensive_at_home`, only where not established either way).
    ProveMoreIntensiveAtHome,
}

impl LeverKind {
    /// The kind in kebab case, the first part of a lever's id.
    pub fn code(self) -> &'static str {
        use LeverKind::*;
        match self {
            RequestConsentInWriting => "request-consent-in-writing",
            HoldConsultationMeeting => "hold-consultation-meeting",
            ShowLegalBasis => "show-legal-basis",
            CarryOutDpia => "carry-out-dpia",
            InformStaffInAdvance => "inform-staff-in-advance",
            AddHumanIntervention => "add-human-intervention",
            ShowAlternativeFails => "show-alternative-fails",
            Anonymise => "anonymise",
            Pseudonymise => "pseudonymise",
            DropConsequences => "drop-consequences",
            ShortenRetention => "shorten-retention",
            StopRepurposing => "stop-repurposing",
            Announce => "announce",
            MeetCovertConditions => "meet-covert-conditions",
            SameAtHomeAsAtOffice => "same-at-home-as-at-office",
            DropBiometrics => "drop-biometrics",
            ShowBiometricsNecessary => "show-biometrics-necessary",
            DropAiCapability => "drop-ai-capability",
            ProvideAiHumanOversight => "provide-ai-human-oversight",
            InformWorkersOfAi => "inform-workers-of-ai",
            SubstantiateEmployerInterest => "substantiate-employer-interest",
            ShowDecisionRequired => "show-decision-required",
            ShowPolicyValidlyAdopted => "show-policy-validly-adopted",
            WithdrawEmployerInterest => "withdraw-employer-interest",
            SubstantiateWorksCouncilInterest => "substantiate-works-council-interest",
            WithdrawWorksCouncilInterest => "withdraw-works-council-interest",
            ProveMoreIntensiveAtHome => "prove-more-intensive-at-home",
        }
    }

    /// How large the change is, for ordering flips of the same size (smaller first):
    ///
    /// - 1: a paper step — ask in writing, hold the meeting, plan a DPIA, inform staff or
    ///   workers;
    /// - 2: a safeguard or a proof — human intervention or oversight, a retention term, a
    ///   legal basis, the covert conditions, evidence for an interest or a fact;
    /// - 3: a redesign of the measure that keeps its aim — pseudonymise, no consequences, no
    ///   reuse of old data, announce it, the same at home as at the office;
    /// - 4: giving up a capability — anonymous counting, no biometrics, an AI capability;
    /// - 5: withdrawing an interest, that is giving up a position in the case.
    pub fn cost(self) -> u32 {
        use LeverKind::*;
        match self {
            RequestConsentInWriting
            | HoldConsultationMeeting
            | CarryOutDpia
            | InformStaffInAdvance
            | InformWorkersOfAi => 1,
            ShowLegalBasis
            | AddHumanIntervention
            | ShowAlternativeFails
            | ShortenRetention
            | MeetCovertConditions
            | ShowBiometricsNecessary
            | ProvideAiHumanOversight
            | SubstantiateEmployerInterest
            | ShowDecisionRequired
            | ShowPolicyValidlyAdopted
            | SubstantiateWorksCouncilInterest
            | ProveMoreIntensiveAtHome => 2,
            Pseudonymise | DropConsequences | StopRepurposing | Announce | SameAtHomeAsAtOffice => {
                3
            }
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
            | ProveMoreIntensiveAtHome => Side::WorksCouncil,
            _ => Side::Employer,
        }
    }

    /// The side that makes the change or brings the proof. Only withdrawing an interest
    /// helps the other side than the one that makes it.
    pub fn made_by(self) -> Side {
        use LeverKind::*;
        match self {
            WithdrawWorksCouncilInterest
            | SubstantiateWorksCouncilInterest
            | ProveMoreIntensiveAtHome => Side::WorksCouncil,
            _ => Side::Employer,
        }
    }

    /// Can the lever change what the gates decide? Anonymous data may take a measure off
    /// the list of art. 27 lid 1 (k and l are derived from personal data and identification);
    /// the procedure levers can make an inadmissible request admissible.
    pub(crate) fn touches_gates(self) -> bool {
        matches!(
            self,
            LeverKind::Anonymise
                | LeverKind::RequestConsentInWriting
                | LeverKind::HoldConsultationMeeting
        )
    }

    /// Does the lever move the ruling in one direction only, towards the side it helps,
    /// whatever else was changed? Every lever does on the merits; anonymising can also
    /// take away the consent right (`no_consent_required`), which helps neither side, so
    /// it is the one lever the search never prunes by monotonicity.
    pub(crate) fn monotone(self) -> bool {
        self != LeverKind::Anonymise
    }
}

/// Which elements' legality checks a lever can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// None: the lever changes the procedure or the interests only.
    Nothing,
    /// One element's (its measure).
    Element(usize),
    /// Every element's (the data-protection facts of the whole regeling).
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
    /// An alternative, by index.
    Alternative(usize),
}

/// A legally meaningful change one party can make or prove.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Lever {
    /// The id, e.g. `carry-out-dpia`, `drop-consequences[pasdata]`,
    /// `substantiate-employer-interest[2]` (interests and alternatives are numbered from 1,
    /// as in the ruling's trace; elements are named by their id).
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
            nl: String::new(),
            en: String::new(),
            target,
        }
    }

    fn says(mut self, nl: String, en: String) -> Lever {
        self.nl = nl;
        self.en = en;
        self
    }

    /// Which elements' legality checks the lever can change: the legality checks read an
    /// element's measure, the data-protection facts of the whole regeling (`avg`) and which
    /// kinds of point the works council raised (a curable point counts only if raised or
    /// plain), never the procedure or the interests' weights. Announcing also informs all
    /// staff in advance; withdrawing an objection of the OR can leave a point unraised.
    pub(crate) fn reach(&self) -> Reach {
        use LeverKind::*;
        match (self.kind, self.target) {
            (Announce, _) => Reach::All,
            (_, Target::Element(i) | Target::Capability(i, _)) => Reach::Element(i),
            (ShowLegalBasis | CarryOutDpia | InformStaffInAdvance | AddHumanIntervention, _)
            | (WithdrawWorksCouncilInterest, _)
            | (_, Target::Alternative(_)) => Reach::All,
            _ => Reach::Nothing,
        }
    }

    /// Can both levers be part of one set of changes? Not two levers on the same interest
    /// when one withdraws it, not anonymous and pseudonymised data for the same element,
    /// not dropping biometrics and proving them necessary.
    pub(crate) fn conflicts(&self, other: &Lever) -> bool {
        use LeverKind::*;
        let same = self.target == other.target;
        let pair = |a: LeverKind, b: LeverKind| {
            (self.kind == a && other.kind == b) || (self.kind == b && other.kind == a)
        };
        let withdraws = matches!(
            self.kind,
            WithdrawEmployerInterest | WithdrawWorksCouncilInterest
        ) || matches!(
            other.kind,
            WithdrawEmployerInterest | WithdrawWorksCouncilInterest
        );
        same && (withdraws
            || pair(Anonymise, Pseudonymise)
            || pair(DropBiometrics, ShowBiometricsNecessary))
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
            (HoldConsultationMeeting, _) => r.procedure.consultation_meeting_held = Tri::Yes,
            (ShowLegalBasis, _) => r.avg.legal_basis = valid_basis(r.employer.kind),
            (CarryOutDpia, _) => r.avg.dpia = Dpia::PlannedBeforeProcessing,
            (InformStaffInAdvance, _) => r.avg.staff_informed_in_advance = Tri::Yes,
            (AddHumanIntervention, _) => r.avg.human_intervention = Tri::Yes,
            (ShowAlternativeFails, Target::Alternative(i)) => {
                if let Some(a) = r.avg.alternatives.get_mut(i) {
                    a.reaches_same_goal = Tri::No;
                    a.rejection_substantiation = Substantiation::Established;
                }
            }
            (Anonymise, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.identifiability = Identifiability::Anonymous;
                    m.consequences = Consequences::None;
                }
            }
            (Pseudonymise, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.identifiability = Identifiability::Pseudonymised;
                }
            }
            (DropConsequences, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.consequences = Consequences::None;
                }
            }
            (ShortenRetention, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.retention_days = Some(term);
                }
            }
            (StopRepurposing, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.earlier_purpose = None;
                }
            }
            (Announce, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.openness = Openness::Announced;
                }
                r.avg.staff_informed_in_advance = Tri::Yes;
            }
            (MeetCovertConditions, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    let c = m.covert_conditions.get_or_insert_with(Default::default);
                    c.reasonable_suspicion = Tri::Yes;
                    c.no_other_means = Tri::Yes;
                    c.limited_period = Tri::Yes;
                    c.informed_afterwards = Tri::Yes;
                }
            }
            (SameAtHomeAsAtOffice, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.more_intensive_at_home = Tri::No;
                }
            }
            (ProveMoreIntensiveAtHome, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.more_intensive_at_home = Tri::Yes;
                }
            }
            (DropBiometrics, Target::Element(i)) => {
                if let Some(m) = el(r, i) {
                    m.biometric = None;
                }
            }
            (ShowBiometricsNecessary, Target::Element(i)) => {
                if let Some(b) = el(r, i).and_then(|m| m.biometric.as_mut()) {
                    b.necessary = Tri::Yes;
                }
            }
            (DropAiCapability, Target::Capability(i, c)) => {
                if let Some(ai) = el(r, i).and_then(|m| m.ai.as_mut()) {
                    ai.capabilities.retain(|x| *x != c);
                }
            }
            (ProvideAiHumanOversight, Target::Element(i)) => {
                if let Some(ai) = el(r, i).and_then(|m| m.ai.as_mut()) {
                    ai.human_oversight = Tri::Yes;
                }
            }
            (InformWorkersOfAi, Target::Element(i)) => {
                if let Some(ai) = el(r, i).and_then(|m| m.ai.as_mut()) {
                    ai.workers_informed = Tri::Yes;
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

fn el(r: &mut Request, i: usize) -> Option<&mut crate::request::Measure> {
    r.regeling.elements.get_mut(i).map(|e| &mut e.measure)
}

/// The request with a set of levers applied: the levers in the order given, withdrawals
/// last and from the highest index down, so that indices stay valid. The result is valid
/// whenever the request was: no lever adds an element, renames one or breaks a reference.
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
    let mut employer: Vec<usize> = Vec::new();
    let mut works_council: Vec<usize> = Vec::new();
    for l in levers {
        match (l.kind, l.target) {
            (LeverKind::WithdrawEmployerInterest, Target::Employer(i)) => employer.push(i),
            (LeverKind::WithdrawWorksCouncilInterest, Target::WorksCouncil(i)) => {
                works_council.push(i)
            }
            _ => {}
        }
    }
    crate::small_sort::sort_by(&mut employer, |a, b| b.cmp(a));
    employer.dedup();
    crate::small_sort::sort_by(&mut works_council, |a, b| b.cmp(a));
    works_council.dedup();
    for i in employer {
        if i < r.interests.employer.len() {
            r.interests.employer.remove(i);
        }
    }
    for i in works_council {
        if i < r.interests.works_council.len() {
            r.interests.works_council.remove(i);
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
        .min(crate::validate::MAX_RETENTION_DAYS)
}

fn valid_basis(kind: EmployerKind) -> LegalBasis {
    match kind {
        EmployerKind::Private => LegalBasis::LegitimateInterest,
        EmployerKind::PublicAuthority => LegalBasis::PublicTask,
    }
}

/// Every lever that could change something in this request, in a fixed order: the
/// procedure, the data-protection facts of the whole regeling, each element's measure,
/// the alternatives, the employer's interests, the works council's. A lever is listed only
/// where it changes the request and the change is in the party's hands (see the module
/// docs).
pub fn catalogue(r: &Request, cal: &Calibration) -> Vec<Lever> {
    use LeverKind::*;
    let mut out = Vec::new();
    let p = &r.procedure;
    let whole = |kind, rule| Lever::new(kind, Target::Whole, None, rule);

    if !(p.consent_requested.is_yes() && p.in_writing_with_reasons.is_yes()) {
        out.push(whole(RequestConsentInWriting, RuleId::Wor27_2).says(
            "De ondernemer vraagt de OR schriftelijk om instemming, met de redenen en de gevolgen voor het personeel.".into(),
            "The employer asks the OR for consent in writing, with its reasons and the consequences for staff.".into(),
        ));
    }
    if !p.consultation_meeting_held.is_yes() {
        out.push(whole(HoldConsultationMeeting, RuleId::Wor27_2).says(
            "De ondernemer bespreekt het voorstel in ten minste één overlegvergadering met de OR.".into(),
            "The employer discusses the proposal with the OR in at least one consultation meeting.".into(),
        ));
    }

    let personal: Vec<bool> = r
        .regeling
        .elements
        .iter()
        .map(|e| e.measure.processes_personal_data())
        .collect();
    let any_personal = personal.iter().any(|x| *x);
    let monitoring = r
        .regeling
        .elements
        .iter()
        .zip(&personal)
        .any(|(e, p)| *p && !e.measure.observes.is_empty());

    if any_personal {
        let a = &r.avg;
        let target = valid_basis(r.employer.kind);
        let rule = match (a.legal_basis, r.employer.kind) {
            (LegalBasis::Unknown, _) => Some(RuleId::Avg5_2),
            (LegalBasis::Consent, _) => Some(RuleId::Avg6_1AEmp),
            (LegalBasis::LegitimateInterest, EmployerKind::PublicAuthority) => {
                Some(RuleId::Avg6_1F1)
            }
            (LegalBasis::LegalObligation, _)
                if r.regeling
                    .elements
                    .iter()
                    .any(|e| e.measure.purpose != Purpose::WorkingTimeRegistration) =>
            {
                Some(RuleId::Avg6_1C)
            }
            _ => None,
        };
        if let Some(rule) = rule.filter(|_| a.legal_basis != target) {
            let (nl, en) = match target {
                LegalBasis::PublicTask => (
                    "de uitoefening van een publieke taak (art. 6 lid 1 onder e AVG)",
                    "the performance of a public task (art. 6(1)(e) GDPR)",
                ),
                _ => (
                    "een gerechtvaardigd belang (art. 6 lid 1 onder f AVG)",
                    "a legitimate interest (art. 6(1)(f) GDPR)",
                ),
            };
            out.push(whole(ShowLegalBasis, rule).says(
                format!("De ondernemer baseert de verwerking op {nl} en toont die grondslag aan."),
                format!("The employer rests the processing on {en} and shows that basis."),
            ));
        }
        if monitoring && matches!(a.dpia, Dpia::NotDone | Dpia::Unknown) {
            out.push(whole(CarryOutDpia, RuleId::Avg35_1).says(
                "De regeling voorziet in een DPIA voordat de verwerking begint, en de OR krijgt die te zien.".into(),
                "The regeling provides for a DPIA before processing starts, shared with the OR.".into(),
            ));
        }
        if !a.staff_informed_in_advance.is_yes() {
            out.push(whole(InformStaffInAdvance, RuleId::Avg13_14).says(
                "De regeling informeert het personeel vooraf over de controle, de redenen en de reikwijdte.".into(),
                "The regeling informs staff in advance of the monitoring, its reasons and its scope.".into(),
            ));
        }
        let consequences = r
            .regeling
            .elements
            .iter()
            .zip(&personal)
            .any(|(e, p)| *p && e.measure.consequences != Consequences::None);
        if consequences && !a.human_intervention.is_yes() {
            out.push(whole(AddHumanIntervention, RuleId::Avg22).says(
                "Er volgen geen gevolgen zonder dat een mens de gegevens en de omstandigheden beoordeelt.".into(),
                "No consequence follows without a person reviewing the data and the circumstances.".into(),
            ));
        }
    }

    let term = retention_term(cal);
    for (i, e) in r.regeling.elements.iter().enumerate() {
        let m = &e.measure;
        let name = e.id.clone();
        let at = |kind, rule| Lever::new(kind, Target::Element(i), Some(name.clone()), rule);
        let q = format!("\"{}\"", e.id);
        // Anonymous counting serves a purpose that needs no one identified (capacity
        // planning, a general picture); for person-by-person checks it would give up the
        // measure's aim, which is no change to the same regeling but another one (DOMAIN
        // §2; KLM 2008 held anonymous registration no reasonable alternative for its goal).
        if m.identifiability != Identifiability::Anonymous
            && (personal[i] || !m.observes.is_empty())
            && m.purpose.needs_identification() != Some(true)
        {
            out.push(at(Anonymise, RuleId::Avg5_1C).says(
                format!("Onderdeel {q} telt anoniem of geaggregeerd in plaats van personen te identificeren; aan de gegevens zijn dan geen gevolgen voor individuele werknemers meer te verbinden."),
                format!("Element {q} counts anonymously or in aggregate instead of identifying persons, so no consequence for an individual employee can follow from the data."),
            ));
        }
        if personal[i]
            && matches!(
                m.identifiability,
                Identifiability::Identified | Identifiability::Unknown
            )
        {
            out.push(at(Pseudonymise, RuleId::Avg5_1C).says(
                format!("Onderdeel {q} verwerkt gepseudonimiseerde in plaats van direct identificerende gegevens."),
                format!("Element {q} processes pseudonymised instead of directly identifying data."),
            ));
        }
        if m.consequences != Consequences::None {
            out.push(at(DropConsequences, RuleId::Avg22).says(
                format!("Aan de gegevens van onderdeel {q} worden geen disciplinaire of andere automatische gevolgen verbonden."),
                format!("No disciplinary or other automatic consequence is attached to the data of element {q}."),
            ));
        }
        let long_camera = matches!(
            crate::weighing::retention::assess(cal, m).1,
            crate::ruling::RetentionAssessment::BeyondNorm
                | crate::ruling::RetentionAssessment::NotStated
        ) && matches!(
            crate::weighing::retention::norm(cal, m),
            crate::ruling::RetentionNorm::CameraImages { .. }
        );
        if personal[i] && long_camera {
            out.push(at(ShortenRetention, RuleId::Avg5_1E).says(
                format!(
                    "De gegevens van onderdeel {q} worden niet langer dan {term} dagen bewaard."
                ),
                format!("The data of element {q} are kept no longer than {term} days."),
            ));
        }
        if let Some(from) = m.earlier_purpose.filter(|p| *p != m.purpose) {
            let (fnl, fen) = purpose(from);
            out.push(at(StopRepurposing, RuleId::Avg6_4).says(
                format!("Onderdeel {q} hergebruikt geen gegevens die voor {fnl} zijn verzameld, maar verzamelt apart wat het voor zijn eigen doel nodig heeft."),
                format!("Element {q} does not reuse data collected for {fen}, but collects what its own purpose needs separately."),
            ));
        }
        if m.openness == Openness::Covert {
            out.push(at(Announce, RuleId::ApMonitor).says(
                format!("Onderdeel {q} wordt niet heimelijk maar aangekondigd: het personeel wordt vooraf ingelicht."),
                format!("Element {q} is announced rather than covert: staff are informed in advance."),
            ));
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
                out.push(at(MeetCovertConditions, RuleId::ApMonitor).says(
                    format!("Voor onderdeel {q} toont de ondernemer een redelijk vermoeden aan en dat er geen ander middel is, en de regeling beperkt de heimelijke controle in de tijd en licht het personeel achteraf in."),
                    format!("For element {q} the employer proves a reasonable suspicion and that no other means is available, and the regeling limits the covert monitoring in time and informs staff afterwards."),
                ));
            }
        }
        let at_home = matches!(m.place, Place::Home | Place::OfficeAndHome);
        if at_home && m.more_intensive_at_home.is_yes() {
            out.push(at(SameAtHomeAsAtOffice, RuleId::NlThuiswerk).says(
                format!("Onderdeel {q} controleert thuiswerkers niet intensiever dan medewerkers op kantoor."),
                format!("Element {q} monitors home workers no more intensively than staff at the office."),
            ));
        }
        if let Some(b) = &m.biometric {
            out.push(at(DropBiometrics, RuleId::Avg9_1).says(
                format!("Onderdeel {q} gebruikt geen biometrische gegevens (bijvoorbeeld een pas in plaats van een vingerafdruk)."),
                format!("Element {q} uses no biometric data (for example a badge instead of a fingerprint)."),
            ));
            if b.purpose == crate::request::BiometricPurpose::AuthenticationOrSecurity
                && b.necessary == Tri::Unknown
            {
                out.push(at(ShowBiometricsNecessary, RuleId::Uavg29).says(
                    format!("De ondernemer toont aan dat biometrie voor onderdeel {q} noodzakelijk is voor authenticatie of beveiliging."),
                    format!("The employer proves that biometrics are necessary for authentication or security in element {q}."),
                ));
            }
        }
        if let Some(ai) = &m.ai {
            let mut caps = ai.capabilities.clone();
            crate::small_sort::sort(&mut caps);
            caps.dedup();
            for c in caps {
                let (cnl, cen, rule) = capability(c);
                let id = format!("{}/{}", e.id, capability_code(c));
                out.push(
                    Lever::new(DropAiCapability, Target::Capability(i, c), Some(id), rule).says(
                        format!("Het AI-systeem van onderdeel {q} doet niet meer aan {cnl}."),
                        format!("The AI system of element {q} no longer does {cen}."),
                    ),
                );
            }
            if !ai.human_oversight.is_yes() {
                out.push(at(ProvideAiHumanOversight, RuleId::Aia26_2).says(
                    format!("Het AI-systeem van onderdeel {q} staat onder menselijk toezicht van bekwame mensen."),
                    format!("The AI system of element {q} is overseen by competent people."),
                ));
            }
            if !ai.workers_informed.is_yes() {
                out.push(at(InformWorkersOfAi, RuleId::Aia26_7).says(
                    format!("De OR en het personeel worden ingelicht voordat het AI-systeem van onderdeel {q} in gebruik gaat."),
                    format!("The OR and staff are informed before the AI system of element {q} is used."),
                ));
            }
        }
        if at_home && m.more_intensive_at_home == Tri::Unknown && personal[i] {
            out.push(at(ProveMoreIntensiveAtHome, RuleId::NlThuiswerk).says(
                format!("De OR toont aan dat onderdeel {q} thuiswerkers intensiever controleert dan medewerkers op kantoor."),
                format!("The OR proves that element {q} monitors home workers more intensively than staff at the office."),
            ));
        }
    }

    for (i, a) in r.avg.alternatives.iter().enumerate() {
        if a.reaches_same_goal == Tri::Unknown {
            let n = i + 1;
            let d = &a.description;
            out.push(
                Lever::new(ShowAlternativeFails, Target::Alternative(i), Some(n.to_string()), RuleId::Avg6_1F2).says(
                    format!("De ondernemer toont aan dat alternatief {n} (\"{d}\") het doel niet even goed bereikt."),
                    format!("The employer proves that alternative {n} (\"{d}\") does not reach the goal about as well."),
                ),
            );
        }
    }

    for (i, x) in r.interests.employer.iter().enumerate() {
        let n = i + 1;
        let (knl, ken) = employer_kind(x.kind);
        let at = |kind, rule| Lever::new(kind, Target::Employer(i), Some(n.to_string()), rule);
        if !x.contested.is_no() && x.substantiation != Substantiation::Established {
            out.push(at(SubstantiateEmployerInterest, RuleId::Wor27_4Ground1).says(
                format!("De ondernemer onderbouwt zijn belang {n} ({knl}) met bewijs, zodat het vaststaat."),
                format!("The employer substantiates its interest {n} ({ken}) with evidence, so that it is established."),
            ));
        }
        if x.requires_decision == Tri::Unknown {
            out.push(at(ShowDecisionRequired, RuleId::Wor27_4Ground2).says(
                format!("De ondernemer toont aan dat zijn belang {n} ({knl}) niet zonder dit besluit te dienen is."),
                format!("The employer shows that its interest {n} ({ken}) cannot be served without this decision."),
            ));
        }
        if x.kind == EmployerInterestKind::AttendancePolicyEnforcement
            && x.policy_validly_adopted == Tri::Unknown
        {
            out.push(at(ShowPolicyValidlyAdopted, RuleId::Wor27_1Scope).says(
                format!("De ondernemer toont aan dat het kantoorbeleid van belang {n} rechtsgeldig is vastgesteld, waar nodig met instemming van de OR."),
                format!("The employer proves that the attendance policy of interest {n} was validly adopted, with the OR's consent where that was needed."),
            ));
        }
        out.push(at(WithdrawEmployerInterest, RuleId::Wor27_4Ground1).says(
            format!("De ondernemer laat zijn belang {n} ({knl}) vallen."),
            format!("The employer withdraws its interest {n} ({ken})."),
        ));
    }
    for (i, x) in r.interests.works_council.iter().enumerate() {
        let n = i + 1;
        let (knl, ken) = or_kind(x.kind);
        let at = |kind, rule| Lever::new(kind, Target::WorksCouncil(i), Some(n.to_string()), rule);
        if !x.contested.is_no() && x.substantiation != Substantiation::Established {
            out.push(at(SubstantiateWorksCouncilInterest, RuleId::Wor27_4Ground1).says(
                format!("De OR onderbouwt zijn belang {n} ({knl}) met bewijs, zodat het vaststaat."),
                format!("The OR substantiates its interest {n} ({ken}) with evidence, so that it is established."),
            ));
        }
        out.push(
            at(WithdrawWorksCouncilInterest, RuleId::Wor27_4Ground1).says(
                format!("De OR laat zijn bezwaar {n} ({knl}) vallen."),
                format!("The OR withdraws its objection {n} ({ken})."),
            ),
        );
    }
    out
}

fn purpose(p: Purpose) -> (&'static str, &'static str) {
    match p {
        Purpose::BuildingSecurity => ("beveiliging van het gebouw", "building security"),
        Purpose::TheftPrevention => (
            "het voorkomen van diefstal of fraude",
            "preventing theft or fraud",
        ),
        Purpose::AttendanceEnforcement => (
            "controle op het kantoorbeleid",
            "checking office attendance",
        ),
        Purpose::CapacityPlanning => ("capaciteitsplanning", "capacity planning"),
        Purpose::WorkingTimeRegistration => {
            ("registratie van arbeidstijd", "registering working time")
        }
        Purpose::PerformanceEvaluation => ("beoordeling van prestaties", "evaluating performance"),
        Purpose::ProductivityMonitoring => {
            ("controle op productiviteit", "monitoring productivity")
        }
        Purpose::Safety => ("gezondheid en veiligheid", "health and safety"),
        Purpose::Scheduling => ("roosters en verlof", "rosters and leave"),
        Purpose::Other => ("een ander doel", "another purpose"),
    }
}

fn capability_code(c: AiCapability) -> &'static str {
    match c {
        AiCapability::EmotionRecognition => "emotion_recognition",
        AiCapability::SensitiveBiometricCategorisation => "sensitive_biometric_categorisation",
        AiCapability::UntargetedFacialScraping => "untargeted_facial_scraping",
        AiCapability::RemoteBiometricIdentification => "remote_biometric_identification",
        AiCapability::IndividualScoring => "individual_scoring",
        AiCapability::Profiling => "profiling",
        AiCapability::TaskAllocation => "task_allocation",
    }
}

fn capability(c: AiCapability) -> (&'static str, &'static str, RuleId) {
    match c {
        AiCapability::EmotionRecognition => {
            ("emotieherkenning", "emotion recognition", RuleId::Aia5_1F)
        }
        AiCapability::SensitiveBiometricCategorisation => (
            "biometrische categorisering naar gevoelige kenmerken",
            "biometric categorisation by sensitive traits",
            RuleId::Aia5_1G,
        ),
        AiCapability::UntargetedFacialScraping => (
            "ongericht scrapen van gezichtsbeelden",
            "untargeted scraping of facial images",
            RuleId::Aia5_1E,
        ),
        AiCapability::RemoteBiometricIdentification => (
            "biometrische identificatie op afstand",
            "remote biometric identification",
            RuleId::AiaAnnexIII1,
        ),
        AiCapability::IndividualScoring => (
            "het scoren of rangschikken van personen",
            "scoring or ranking individuals",
            RuleId::AiaAnnexIII4B,
        ),
        AiCapability::Profiling => ("profilering", "profiling", RuleId::AiaAnnexIII4B),
        AiCapability::TaskAllocation => (
            "het toewijzen van taken op basis van gedrag of kenmerken",
            "allocating tasks on behaviour or traits",
            RuleId::AiaAnnexIII4B,
        ),
    }
}

fn employer_kind(k: EmployerInterestKind) -> (&'static str, &'static str) {
    use EmployerInterestKind::*;
    match k {
        AttendancePolicyEnforcement => (
            "handhaving van het kantoorbeleid",
            "enforcing the office-attendance policy",
        ),
        EqualRules => ("gelijke regels voor iedereen", "equal rules for all"),
        SocialCohesion => ("sociale cohesie", "social cohesion"),
        Productivity => ("productiviteit", "productivity"),
        Security => ("beveiliging", "security"),
        TheftPrevention => ("voorkomen van diefstal", "theft prevention"),
        StatutoryObligation => ("een wettelijke verplichting", "a statutory obligation"),
        Cost => ("kosten", "cost"),
        Continuity => ("continuïteit", "continuity"),
        CompetitivePosition => ("concurrentiepositie", "competitive position"),
        Harmonisation => ("harmonisatie", "harmonisation"),
        CapacityPlanning => ("capaciteitsplanning", "capacity planning"),
        Other => ("een ander belang", "another interest"),
    }
}

fn or_kind(k: OrInterestKind) -> (&'static str, &'static str) {
    use OrInterestKind::*;
    match k {
        Privacy => ("privacy", "privacy"),
        DisciplinaryConsequences => ("disciplinaire gevolgen", "disciplinary consequences"),
        OtherFundamentalRight => ("een ander grondrecht", "another fundamental right"),
        HealthAndWorkingTime => ("gezondheid en arbeidstijd", "health and working time"),
        StatutoryRight => ("een wettelijk recht", "a statutory right"),
        EarlierAgreement => ("eerdere afspraken", "earlier agreements"),
        LackOfInformation => ("gebrek aan informatie", "lack of information"),
        AcquiredRight => ("een verworven recht", "an acquired right"),
        Other => ("een ander bezwaar", "another objection"),
    }
}
