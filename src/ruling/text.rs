//! The Dutch and English texts of the trace. Every finding, effect and label has both
//! texts; the matches are exhaustive, so a new finding without its texts does not compile.
//! The texts speak the law's language: articles, grounds, the burden of proof.

use rust_decimal::Decimal;

use super::trace::*;
use super::{Ground, Outcome, Stage};
use crate::request::*;

/// The language of a text.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch (the default).
    #[default]
    Nl,
    /// English.
    En,
}

macro_rules! tr {
    ($lang:expr, $nl:expr, $en:expr $(,)?) => {
        match $lang {
            Lang::Nl => $nl,
            Lang::En => $en,
        }
    };
}

/// A decimal without trailing zeros.
pub(crate) fn num(d: Decimal) -> String {
    d.normalize().to_string()
}

fn list(items: impl IntoIterator<Item = String>, lang: Lang) -> String {
    join(items, tr!(lang, "en", "and"))
}

/// Like [`list`], joined by "or".
fn list_or(items: impl IntoIterator<Item = String>, lang: Lang) -> String {
    join(items, tr!(lang, "of", "or"))
}

/// `a, b <conjunction> c`.
fn join(items: impl IntoIterator<Item = String>, conjunction: &str) -> String {
    let v: Vec<String> = items.into_iter().collect();
    match v.len() {
        0 => String::new(),
        1 => v[0].clone(),
        n => format!("{} {conjunction} {}", v[..n - 1].join(", "), v[n - 1]),
    }
}

pub(crate) fn outcome(o: Outcome, lang: Lang) -> &'static str {
    match o {
        Outcome::Granted => tr!(
            lang,
            "vervangende toestemming verleend",
            "substitute consent granted"
        ),
        Outcome::PartlyGranted => tr!(
            lang,
            "vervangende toestemming gedeeltelijk verleend",
            "substitute consent partly granted"
        ),
        Outcome::Refused => tr!(lang, "verzoek afgewezen", "request refused"),
        Outcome::Inadmissible => tr!(lang, "verzoek niet-ontvankelijk", "request inadmissible"),
        Outcome::NoConsentRequired => tr!(lang, "geen instemming vereist", "no consent required"),
    }
}

pub(crate) fn ground(g: Ground, lang: Lang) -> &'static str {
    match g {
        Ground::UnreasonableRefusal => tr!(
            lang,
            "de weigering van de OR is onredelijk (grond 1)",
            "the OR's refusal is unreasonable (ground 1)"
        ),
        Ground::WeightyReasons => tr!(
            lang,
            "het besluit wordt gevergd door zwaarwegende redenen (grond 2)",
            "the decision is required by weighty reasons (ground 2)"
        ),
    }
}

pub(crate) fn stage(s: Stage, lang: Lang) -> &'static str {
    match s {
        Stage::Gates => tr!(
            lang,
            "de poorten (instemmingsrecht en ontvankelijkheid)",
            "the gates (consent right and admissibility)"
        ),
        Stage::Legality => tr!(
            lang,
            "de toets aan de wet (een categorisch verbod)",
            "the legality check (a categorical ban)"
        ),
        Stage::Stage1 => tr!(
            lang,
            "stap 1: de belangenafweging",
            "stage 1: the weighing of interests"
        ),
        Stage::Stage2 => tr!(
            lang,
            "stap 2: zwaarwegende redenen",
            "stage 2: weighty reasons"
        ),
    }
}

pub(crate) fn side(s: Side, lang: Lang) -> &'static str {
    match s {
        Side::Employer => tr!(lang, "de ondernemer", "the employer"),
        Side::WorksCouncil => tr!(lang, "de OR", "the OR"),
    }
}

fn purpose(p: Purpose, lang: Lang) -> &'static str {
    match p {
        Purpose::BuildingSecurity => tr!(lang, "beveiliging van het gebouw", "building security"),
        Purpose::TheftPrevention => tr!(
            lang,
            "voorkomen van diefstal of fraude",
            "preventing theft or fraud"
        ),
        Purpose::AttendanceEnforcement => tr!(
            lang,
            "controle per persoon op het kantoorbeleid",
            "checking office attendance person by person"
        ),
        Purpose::CapacityPlanning => tr!(
            lang,
            "capaciteitsplanning of een algemeen beeld van de bezetting",
            "capacity planning or a general picture of attendance"
        ),
        Purpose::WorkingTimeRegistration => tr!(
            lang,
            "registratie van arbeidstijd",
            "registering working time"
        ),
        Purpose::PerformanceEvaluation => {
            tr!(lang, "beoordeling van prestaties", "evaluating performance")
        }
        Purpose::ProductivityMonitoring => tr!(
            lang,
            "controle op productiviteit",
            "monitoring productivity"
        ),
        Purpose::Safety => tr!(lang, "gezondheid en veiligheid", "health and safety"),
        Purpose::Scheduling => tr!(
            lang,
            "roosters, diensten of verlof",
            "rosters, shifts or leave"
        ),
        Purpose::InformationSecurity => tr!(
            lang,
            "informatiebeveiliging en het voorkomen van datalekken",
            "information security and preventing leaks"
        ),
        Purpose::RegulatoryCompliance => tr!(
            lang,
            "naleving van de regels van de sector",
            "complying with the sector's regulation"
        ),
        Purpose::Wellbeing => tr!(
            lang,
            "het welzijn van het personeel",
            "the wellbeing of staff"
        ),
        Purpose::Other => tr!(lang, "een ander doel", "another purpose"),
    }
}

fn observed(o: Observed, lang: Lang) -> &'static str {
    match o {
        Observed::Attendance => tr!(lang, "aanwezigheid", "attendance"),
        Observed::Behaviour => tr!(lang, "gedrag", "behaviour"),
        Observed::Performance => tr!(lang, "prestaties", "performance"),
        Observed::Location => tr!(lang, "locatie", "location"),
        Observed::CommunicationsContent => tr!(
            lang,
            "de inhoud van communicatie",
            "the content of communications"
        ),
        Observed::CommunicationsMetadata => tr!(
            lang,
            "verkeersgegevens van communicatie",
            "traffic data of communications"
        ),
    }
}

fn scope(s: Scope, lang: Lang) -> &'static str {
    match s {
        Scope::AllStaff => tr!(lang, "al het personeel", "all staff"),
        Scope::Group => tr!(lang, "een groep personeelsleden", "a group of staff"),
        Scope::Individual => tr!(lang, "individuele personeelsleden", "individual staff"),
        Scope::Unknown => tr!(
            lang,
            "een groep personeelsleden (vermoed)",
            "a group of staff (presumed)"
        ),
    }
}

fn cao(c: CaoCoverage, lang: Lang) -> &'static str {
    match c {
        CaoCoverage::None => tr!(
            lang,
            "geen cao regelt de zaak",
            "no cao regulates the matter"
        ),
        CaoCoverage::Partial => tr!(
            lang,
            "de cao laat ruimte voor eigen keuzes van de ondernemer",
            "the cao leaves room for the employer's own choices"
        ),
        CaoCoverage::Exhaustive => tr!(
            lang,
            "de cao regelt de zaak uitputtend",
            "the cao regulates the matter exhaustively"
        ),
        CaoCoverage::Unknown => tr!(
            lang,
            "niet gebleken dat een cao de zaak uitputtend regelt",
            "not shown that a cao regulates the matter exhaustively"
        ),
    }
}

pub(crate) fn or_decision(d: OrDecision, lang: Lang) -> &'static str {
    match d {
        OrDecision::Refused => tr!(
            lang,
            "de OR heeft instemming geweigerd",
            "the OR refused consent"
        ),
        OrDecision::Conditional => tr!(
            lang,
            "de OR stemde alleen in onder voorwaarden die de ondernemer afwijst; dat is geen instemming",
            "the OR consented only under conditions the employer rejects; that is not consent"
        ),
        OrDecision::NoDecision => tr!(
            lang,
            "de OR heeft niet binnen redelijke termijn beslist; dat is geen instemming",
            "the OR did not decide within a reasonable time; that is not consent"
        ),
        OrDecision::Consented => tr!(lang, "de OR heeft ingestemd", "the OR consented"),
        OrDecision::Unknown => tr!(
            lang,
            "onbekend wat de OR besloot",
            "unknown what the OR decided"
        ),
    }
}

fn consequence(c: Consequence, lang: Lang) -> &'static str {
    match c {
        Consequence::InformalConversation => tr!(lang, "een gesprek", "an informal conversation"),
        Consequence::Warning => tr!(lang, "een waarschuwing", "a warning"),
        Consequence::Appraisal => tr!(
            lang,
            "gevolgen voor beoordeling of beloning",
            "effects on appraisal or reward"
        ),
        Consequence::NonRenewal => tr!(
            lang,
            "het niet verlengen van een tijdelijk contract",
            "not renewing a temporary contract"
        ),
        Consequence::Discipline => tr!(lang, "disciplinaire maatregelen", "disciplinary measures"),
        Consequence::Dismissal => tr!(lang, "ontslag", "dismissal"),
    }
}

/// The consequences named, as a list in words ("a warning, dismissal").
fn consequences(c: &Consequences, lang: Lang) -> String {
    match c {
        Consequences::None => tr!(lang, "geen gevolgen", "no consequences").into(),
        Consequences::Unknown => tr!(
            lang,
            "niet gebleken welke gevolgen",
            "consequences not shown"
        )
        .into(),
        Consequences::Some(list) => list
            .iter()
            .map(|x| consequence(*x, lang))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn special_category(c: SpecialCategory, lang: Lang) -> &'static str {
    use SpecialCategory as S;
    match c {
        S::SickLeave => tr!(lang, "verzuim wegens ziekte", "absence through illness"),
        S::NatureOfIllness => tr!(
            lang,
            "de aard of oorzaak van ziekte",
            "the nature or cause of illness"
        ),
        S::OtherHealth => tr!(
            lang,
            "andere gegevens over gezondheid",
            "other data concerning health"
        ),
        S::RacialOrEthnicOrigin => tr!(lang, "ras of etnische afkomst", "racial or ethnic origin"),
        S::PoliticalOpinions => tr!(lang, "politieke opvattingen", "political opinions"),
        S::ReligiousOrPhilosophicalBeliefs => tr!(
            lang,
            "godsdienst of levensovertuiging",
            "religious or philosophical beliefs"
        ),
        S::TradeUnionMembership => tr!(
            lang,
            "lidmaatschap van een vakbond",
            "trade-union membership"
        ),
        S::Genetic => tr!(lang, "genetische gegevens", "genetic data"),
        S::SexLifeOrOrientation => tr!(
            lang,
            "seksueel gedrag of seksuele gerichtheid",
            "sex life or sexual orientation"
        ),
    }
}

fn obligation_source(o: ObligationSource, lang: Lang) -> &'static str {
    match o {
        ObligationSource::Statute => tr!(
            lang,
            "een wettelijke plicht tot vastlegging",
            "a statutory duty to record"
        ),
        ObligationSource::SupervisoryOrder => tr!(
            lang,
            "een aanwijzing van een toezichthouder",
            "an order of a supervisory authority"
        ),
        ObligationSource::SecurityDuty => tr!(
            lang,
            "de algemene beveiligingsplicht van art. 32 AVG",
            "the general security duty of art. 32 GDPR"
        ),
        ObligationSource::InsurerCondition => tr!(
            lang,
            "een voorwaarde van een verzekeraar",
            "an insurer's condition"
        ),
        ObligationSource::Other => tr!(lang, "een andere verplichting", "another obligation"),
    }
}

fn legal_basis(b: LegalBasis, lang: Lang) -> &'static str {
    match b {
        LegalBasis::LegitimateInterest => tr!(
            lang,
            "gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
            "legitimate interest (art. 6(1)(f) GDPR)"
        ),
        LegalBasis::LegalObligation => tr!(
            lang,
            "wettelijke plicht (art. 6 lid 1 sub c AVG)",
            "legal obligation (art. 6(1)(c) GDPR)"
        ),
        LegalBasis::Consent => tr!(
            lang,
            "toestemming (art. 6 lid 1 sub a AVG)",
            "consent (art. 6(1)(a) GDPR)"
        ),
        LegalBasis::Contract => tr!(
            lang,
            "uitvoering van de arbeidsovereenkomst (art. 6 lid 1 sub b AVG)",
            "performance of the employment contract (art. 6(1)(b) GDPR)"
        ),
        LegalBasis::PublicTask => tr!(
            lang,
            "publieke taak (art. 6 lid 1 sub e AVG)",
            "public task (art. 6(1)(e) GDPR)"
        ),
        LegalBasis::Unknown => tr!(lang, "onbekend", "unknown"),
    }
}

fn dpia(d: Dpia, lang: Lang) -> &'static str {
    match d {
        Dpia::Done => tr!(lang, "er is een DPIA uitgevoerd", "a DPIA was carried out"),
        Dpia::PlannedBeforeProcessing => tr!(
            lang,
            "de regeling voorziet in een DPIA vóór de verwerking begint",
            "the regeling provides for a DPIA before processing starts"
        ),
        Dpia::NotDone => tr!(lang, "er is geen DPIA", "there is no DPIA"),
        Dpia::Unknown => tr!(
            lang,
            "niet gebleken van een DPIA (de ondernemer moet die aantonen)",
            "no DPIA shown (the employer must show one)"
        ),
    }
}

fn trigger(t: DpiaTrigger, lang: Lang) -> &'static str {
    match t {
        DpiaTrigger::SystematicMonitoring => tr!(
            lang,
            "stelselmatige controle van werknemers",
            "systematic monitoring of employees"
        ),
        DpiaTrigger::Covert => tr!(lang, "heimelijke controle", "covert monitoring"),
        DpiaTrigger::Biometrics => tr!(lang, "biometrische gegevens", "biometric data"),
        DpiaTrigger::Scoring => tr!(
            lang,
            "scoren of profileren van personen",
            "scoring or profiling individuals"
        ),
    }
}

fn covert_condition(c: CovertCondition, lang: Lang) -> &'static str {
    match c {
        CovertCondition::ReasonableSuspicion => tr!(
            lang,
            "een redelijk vermoeden van strafbaar of verboden gedrag",
            "a reasonable suspicion of punishable or prohibited conduct"
        ),
        CovertCondition::NoOtherMeans => tr!(lang, "geen ander middel", "no other means"),
        CovertCondition::LimitedPeriod => tr!(
            lang,
            "een vooraf bepaalde, beperkte periode",
            "a limited, pre-set period"
        ),
        CovertCondition::InformedAfterwards => {
            tr!(lang, "achteraf informeren", "informing staff afterwards")
        }
    }
}

fn capability(c: AiCapability, lang: Lang) -> &'static str {
    match c {
        AiCapability::EmotionRecognition => tr!(
            lang,
            "emoties van werknemers afleiden",
            "inferring emotions of staff"
        ),
        AiCapability::SensitiveBiometricCategorisation => tr!(
            lang,
            "biometrische categorisering naar ras, politieke opvatting, vakbondslidmaatschap, geloof of seksuele geaardheid",
            "biometric categorisation by race, political opinion, trade-union membership, belief or sexual orientation"
        ),
        AiCapability::UntargetedFacialScraping => tr!(
            lang,
            "ongericht gezichtsbeelden scrapen voor een databank",
            "untargeted scraping of facial images into a database"
        ),
        AiCapability::RemoteBiometricIdentification => tr!(
            lang,
            "biometrische identificatie op afstand",
            "remote biometric identification"
        ),
        AiCapability::IndividualScoring => tr!(
            lang,
            "personen scoren of rangschikken",
            "scoring or ranking individuals"
        ),
        AiCapability::Profiling => tr!(lang, "profilering", "profiling"),
        AiCapability::TaskAllocation => tr!(
            lang,
            "taken toewijzen op basis van gedrag of kenmerken",
            "allocating tasks on behaviour or traits"
        ),
    }
}

pub(crate) fn employer_kind(k: EmployerInterestKind, lang: Lang) -> &'static str {
    use EmployerInterestKind::*;
    match k {
        AttendancePolicyEnforcement => tr!(
            lang,
            "handhaving van het kantoor- of thuiswerkbeleid",
            "enforcing the office-attendance policy"
        ),
        EqualRules => tr!(
            lang,
            "gelijke regels voor iedereen, geen wrijving",
            "equal rules for all, no friction"
        ),
        SocialCohesion => tr!(lang, "sociale cohesie", "social cohesion"),
        Productivity => tr!(lang, "productiviteit", "productivity"),
        Security => tr!(lang, "beveiliging", "security"),
        TheftPrevention => tr!(lang, "voorkomen van diefstal", "theft prevention"),
        StatutoryObligation => tr!(
            lang,
            "een wettelijke verplichting",
            "a statutory obligation"
        ),
        Cost => tr!(
            lang,
            "kosten en financiële resultaten",
            "cost and financial results"
        ),
        Continuity => tr!(lang, "continuïteit", "continuity"),
        CompetitivePosition => tr!(
            lang,
            "concurrentiepositie en efficiëntie",
            "competitive position and efficiency"
        ),
        Harmonisation => tr!(lang, "harmonisatie", "harmonisation"),
        CapacityPlanning => tr!(lang, "capaciteitsplanning", "capacity planning"),
        Other => tr!(lang, "een ander belang", "another interest"),
    }
}

pub(crate) fn or_kind(k: OrInterestKind, lang: Lang) -> &'static str {
    use OrInterestKind::*;
    match k {
        Privacy => tr!(lang, "privacy van het personeel", "privacy of staff"),
        DisciplinaryConsequences => tr!(
            lang,
            "voorkomen van disciplinaire gevolgen",
            "avoiding disciplinary consequences"
        ),
        OtherFundamentalRight => tr!(lang, "een ander grondrecht", "another fundamental right"),
        HealthAndWorkingTime => tr!(
            lang,
            "gezondheid, rust en arbeidstijd",
            "health, rest and working time"
        ),
        StatutoryRight => tr!(
            lang,
            "een wettelijk recht van werknemers",
            "a statutory right of staff"
        ),
        EarlierAgreement => tr!(lang, "eerdere afspraken", "earlier agreements"),
        LackOfInformation => tr!(lang, "gebrek aan informatie", "lack of information"),
        AcquiredRight => tr!(lang, "een verworven recht", "an acquired right"),
        Other => tr!(lang, "een ander belang", "another interest"),
    }
}

pub(crate) fn importance(i: Importance, lang: Lang) -> &'static str {
    match i {
        Importance::None => tr!(lang, "geen", "none"),
        Importance::Light => tr!(lang, "licht", "light"),
        Importance::Moderate => tr!(lang, "matig", "moderate"),
        Importance::Serious => tr!(lang, "zwaar", "serious"),
        Importance::VerySerious => tr!(lang, "zeer zwaar", "very serious"),
    }
}

pub(crate) fn substantiation(s: Substantiation, lang: Lang) -> &'static str {
    match s {
        Substantiation::Established => tr!(lang, "vastgesteld", "established"),
        Substantiation::Plausible => tr!(lang, "aannemelijk gemaakt", "made plausible"),
        Substantiation::Asserted => tr!(lang, "slechts gesteld", "merely asserted"),
        Substantiation::Unknown => tr!(
            lang,
            "onderbouwing niet gebleken (geldt als slechts gesteld)",
            "substantiation not shown (counts as merely asserted)"
        ),
    }
}

fn factor(f: IntrusionFactor, lang: Lang) -> &'static str {
    match f {
        IntrusionFactor::Covert => tr!(lang, "heimelijk", "covert"),
        IntrusionFactor::AtHome => tr!(lang, "tot in de woning", "into the home"),
        IntrusionFactor::MoreIntensiveAtHome => tr!(
            lang,
            "thuis intensiever dan op kantoor",
            "more intensive at home than at the office"
        ),
        IntrusionFactor::Housemates => tr!(
            lang,
            "legt thuis ook huisgenoten vast",
            "also records housemates at home"
        ),
        IntrusionFactor::PrivateTime => tr!(
            lang,
            "volgt ook in privétijd, zonder privacyschakelaar",
            "also tracks in private time, with no privacy switch"
        ),
        IntrusionFactor::Biometric => tr!(lang, "biometrische gegevens", "biometric data"),
        IntrusionFactor::SpecialCategories => tr!(
            lang,
            "bijzondere persoonsgegevens, zoals gegevens over gezondheid",
            "special categories of personal data, such as health data"
        ),
        IntrusionFactor::Profiling => tr!(lang, "scoren of profileren", "scoring or profiling"),
        IntrusionFactor::AutomatedConsequences => tr!(
            lang,
            "gevolgen zonder dat eerst een mens kijkt",
            "consequences without a person looking first"
        ),
        IntrusionFactor::LongRetention => tr!(
            lang,
            "langer bewaard dan de norm voor dit soort gegevens",
            "kept beyond the norm for this kind of data"
        ),
        IntrusionFactor::PurposeCreep => tr!(
            lang,
            "hergebruikt voor een onverenigbaar doel",
            "reused for an incompatible purpose"
        ),
        IntrusionFactor::Pseudonymised => tr!(lang, "gepseudonimiseerd", "pseudonymised"),
        IntrusionFactor::Incidental => tr!(lang, "incidenteel", "incidental"),
        IntrusionFactor::LimitedAccess => tr!(
            lang,
            "niemand bekijkt individuele gegevens behalve bij een omschreven aanleiding",
            "nobody looks at individual data except on a defined occasion"
        ),
    }
}

fn intrusion_base(b: IntrusionBase, lang: Lang) -> &'static str {
    match b {
        IntrusionBase::Presence => tr!(
            lang,
            "de maatregel legt alleen aanwezigheid, werktijd of verkeersgegevens vast (licht)",
            "the measure records only presence, working time or traffic data (light)"
        ),
        IntrusionBase::Conduct => tr!(
            lang,
            "de maatregel legt gedrag, prestaties of locatie van herkenbare werknemers vast (matig)",
            "the measure records the behaviour, performance or location of identifiable staff (moderate)"
        ),
        IntrusionBase::CommunicationsContent => tr!(
            lang,
            "de maatregel neemt kennis van de inhoud van communicatie (zwaar)",
            "the measure reads the content of communications (serious)"
        ),
    }
}

fn data_kind(k: DataKind, lang: Lang) -> &'static str {
    match k {
        DataKind::CameraImages => tr!(lang, "camerabeelden", "camera images"),
        DataKind::WorkingTimeRecords => tr!(lang, "arbeidstijdregistratie", "working-time records"),
        DataKind::Location => tr!(lang, "locatiegegevens", "location data"),
        DataKind::AccessLogs => tr!(lang, "toegangslogs", "access logs"),
        DataKind::SoftwareLogs => tr!(
            lang,
            "logs van monitoringsoftware",
            "monitoring-software logs"
        ),
        DataKind::Other => tr!(lang, "overige gegevens", "other data"),
    }
}

fn retention_norm(n: RetentionNorm, lang: Lang) -> String {
    match n {
        RetentionNorm::CameraImages { days } => tr!(
            lang,
            format!("voor camerabeelden geldt als norm ten hoogste {days} dagen"),
            format!("the norm for camera images is at most {days} days")
        ),
        RetentionNorm::WorkingTimeRecords { min_days } => tr!(
            lang,
            format!("een arbeidstijdregistratie moet ten minste {min_days} dagen (52 weken) worden bewaard (art. 3.2:1 Arbeidstijdenbesluit)"),
            format!("working-time records must be kept at least {min_days} days (52 weeks) (art. 3.2:1 Arbeidstijdenbesluit)")
        ),
        RetentionNorm::None => tr!(
            lang,
            "voor dit soort gegevens kent de catalogus geen vaste termijn; de AVG vraagt niet langer te bewaren dan het doel nodig maakt",
            "the catalogue has no fixed term for this kind of data; the AVG asks that they be kept no longer than the purpose needs"
        )
        .into(),
    }
}

fn reuse_condition(c: ReuseCondition, lang: Lang) -> &'static str {
    match c {
        ReuseCondition::LegalBasis => tr!(lang, "een eigen grondslag", "a basis of its own"),
        ReuseCondition::AdvanceInformation => {
            tr!(lang, "informatie vooraf", "advance information")
        }
        ReuseCondition::Safeguards => tr!(
            lang,
            "waarborgen (geen gevolgen, gepseudonimiseerde gegevens of een mens die eerst kijkt)",
            "safeguards (no consequences, pseudonymised data, or a person who looks first)"
        ),
    }
}

fn counted_note(c: Counted, lang: Lang) -> String {
    match c {
        Counted::Yes => String::new(),
        Counted::SameConcern { with_step } => tr!(
            lang,
            format!(
                " Dit is hetzelfde bezwaar als in stap {}; het telt één keer, met het zwaarste gewicht.",
                with_step + 1
            ),
            format!(
                " This is the same concern as in step {}; it counts once, at its heaviest.",
                with_step + 1
            )
        ),
    }
}

fn reading(r: Stage2Reading, lang: Lang) -> &'static str {
    match r {
        Stage2Reading::Statute => tr!(lang, "de wettekst (\"of\")", "the statute (\"or\")"),
        Stage2Reading::EqualBand => tr!(
            lang,
            "de parlementaire geschiedenis (alleen bij gelijk gewicht)",
            "the parliamentary history (only at equal weight)"
        ),
        Stage2Reading::Cumulative => tr!(
            lang,
            "beide gronden samen (Rb. Utrecht 2012)",
            "both grounds together (Rb Utrecht 2012)"
        ),
    }
}

fn category(c: ReasonCategory, lang: Lang) -> &'static str {
    match c {
        ReasonCategory::Organisational => tr!(lang, "bedrijfsorganisatorisch", "organisational"),
        ReasonCategory::Economic => tr!(lang, "bedrijfseconomisch", "economic"),
        ReasonCategory::Social => tr!(lang, "bedrijfssociaal", "social"),
    }
}

fn not_weighty(n: NotWeighty, lang: Lang) -> &'static str {
    match n {
        NotWeighty::TooLight => tr!(lang, "te licht", "too light"),
        NotWeighty::NotProven => tr!(lang, "niet bewezen", "not proven"),
        NotWeighty::NotRequired => tr!(
            lang,
            "niet aangetoond dat het besluit ervoor nodig is",
            "not shown to require the decision"
        ),
    }
}

fn source(s: ImportanceSource, lang: Lang) -> &'static str {
    match s {
        ImportanceSource::Given => tr!(lang, "zoals gesteld", "as stated"),
        ImportanceSource::Default => tr!(lang, "standaard: matig", "default: moderate"),
        ImportanceSource::Derived => tr!(
            lang,
            "afgeleid uit de feiten van de maatregel",
            "derived from the facts of the measure"
        ),
        ImportanceSource::Override => tr!(
            lang,
            "opgegeven in het verzoek, in plaats van afgeleid",
            "stated in the request, instead of derived"
        ),
        ImportanceSource::CappedPolicyNotValid => tr!(
            lang,
            "begrensd op licht: niet gebleken dat het kantoorbeleid zelf rechtsgeldig (met instemming) is vastgesteld",
            "capped at light: the attendance policy itself was not shown to be validly adopted (with consent)"
        ),
    }
}

fn basis(b: ReliabilityBasis, s: Substantiation, lang: Lang) -> String {
    match b {
        ReliabilityBasis::Undisputed => tr!(
            lang,
            "niet betwist, dus vaststaand (art. 149 Rv)",
            "not disputed, so established (art. 149 Rv)"
        )
        .to_string(),
        ReliabilityBasis::Substantiation => substantiation(s, lang).to_string(),
        ReliabilityBasis::Evidence => tr!(
            lang,
            "met bewijsstukken, dus ten minste aannemelijk",
            "with evidence, so at least plausible"
        )
        .to_string(),
        ReliabilityBasis::ProposalTerms => tr!(
            lang,
            "volgt uit het voorstel zelf",
            "follows from the proposal itself"
        )
        .to_string(),
        ReliabilityBasis::Law => tr!(
            lang,
            "volgt uit de wet, die de rechter ambtshalve toepast",
            "follows from the law, which the court applies of its own motion"
        )
        .to_string(),
    }
}

fn letters(l: &[Subject]) -> String {
    l.iter().map(|s| s.letter()).collect::<Vec<_>>().join(", ")
}

fn not_shown(weight: Decimal, reliability: Decimal, lang: Lang) -> &'static str {
    if weight.is_zero() && reliability.is_zero() {
        tr!(
            lang,
            " Niet aannemelijk gemaakt en betwist: dit belang blijft buiten beschouwing (art. 149 en 150 Rv).",
            " Not made plausible and disputed: this interest is left aside (arts. 149 and 150 Rv)."
        )
    } else {
        ""
    }
}

/// The text of a finding.
pub(crate) fn finding(f: &Finding, lang: Lang) -> String {
    use Finding as F;
    match f {
        F::NotEmployersDecision => tr!(
            lang,
            "Het besluit is niet van de ondernemer zelf; art. 27 geeft alleen instemmingsrecht bij besluiten van de ondernemer.",
            "The decision is not the employer's own; art. 27 gives a consent right only on decisions of the employer."
        )
        .into(),
        F::EmployersDecision { presumed } => match presumed {
            false => tr!(lang, "Het is een besluit van de ondernemer.", "It is a decision of the employer.").into(),
            true => tr!(
                lang,
                "Het is een besluit van de ondernemer (vermoed: de ondernemer legde het als eigen besluit voor).",
                "It is a decision of the employer (presumed: the employer submitted it as its own)."
            )
            .into(),
        },
        F::EndsToleratedPractice => tr!(
            lang,
            "Het besluit beëindigt slechts een gedoogde praktijk; dat is geen besluit tot vaststelling, wijziging of intrekking van een regeling (HR 8 maart 2019, ECLI:NL:HR:2019:314).",
            "The decision only ends a practice that was tolerated; that is no decision to adopt, change or withdraw a regeling (HR 8 March 2019, ECLI:NL:HR:2019:314)."
        )
        .into(),
        F::PersonalDataRegeling => tr!(
            lang,
            "De maatregel verwerkt persoonsgegevens van het personeel: sub k is van toepassing.",
            "The measure processes personal data of staff: letter k applies."
        )
        .into(),
        F::MonitoringFacility { observes } => {
            let what = list(observes.iter().map(|o| observed(*o, lang).to_string()), lang);
            tr!(
                lang,
                format!("De voorziening is geschikt voor waarneming van of controle op {what}: sub l is van toepassing (geschiktheid volstaat)."),
                format!("The facility is suitable for observing or checking {what}: letter l applies (suitability is enough).")
            )
        }
        F::AnonymousNotDerived => tr!(
            lang,
            "De gegevens zijn anoniem; de voorziening kan geen persoon waarnemen, dus sub l volgt niet uit de feiten. De door partijen genoemde onderwerpen blijven gelden.",
            "The data are anonymous; the facility cannot observe any person, so letter l does not follow from the facts. The subjects the parties rely on still count."
        )
        .into(),
        F::PurposeChanged { from, to } => {
            let (from, to) = (purpose(*from, lang), purpose(*to, lang));
            tr!(
                lang,
                format!("Het doel van een bestaand systeem verandert van {from} naar {to}. Dat is een wijziging van de regeling, waarvoor opnieuw instemming nodig is."),
                format!("The purpose of an existing system changes from {from} to {to}. That changes the regeling, which needs consent again.")
            )
        }
        F::SubjectsOnList { letters: l } => {
            let l = letters(l);
            tr!(
                lang,
                format!("De regeling valt onder art. 27 lid 1 WOR, sub {l}."),
                format!("The regeling falls under art. 27(1) WOR, letter(s) {l}.")
            )
        }
        F::NoSubjectOnList => tr!(
            lang,
            "Het onderwerp staat niet op de limitatieve lijst van art. 27 lid 1 WOR: geen instemmingsrecht.",
            "The subject is not on the closed list of art. 27(1) WOR: no consent right."
        )
        .into(),
        F::IndividualNotRegeling => tr!(
            lang,
            "Het besluit betreft individuele werknemers, niet het personeel of een groep: geen regeling.",
            "The decision concerns individual employees, not staff or a group: no regeling."
        )
        .into(),
        F::Incidental => tr!(
            lang,
            "De maatregel is incidenteel en geen regel: geen regeling in de zin van art. 27.",
            "The measure is incidental, not a rule: no regeling within art. 27."
        )
        .into(),
        F::IncidentalCovertCamera => tr!(
            lang,
            "De maatregel is eenmalig of tijdelijk, maar filmt werknemers heimelijk. Ook dan is instemming van de OR nodig: \"incidenteel\" wordt niet ruim gelezen.",
            "The measure is one-off or temporary, but films staff covertly. Consent of the OR is needed even then: \"incidental\" is not read widely."
        )
        .into(),
        F::RegelingForGroup { scope: s, presumed: _, temporary } => {
            let s = scope(*s, lang);
            let t = if *temporary {
                tr!(lang, " Dat het om een pilot of tijdelijke maatregel gaat, doet daar niet aan af.", " That it is a pilot or temporary does not change that.")
            } else {
                ""
            };
            tr!(
                lang,
                format!("Het is een regeling voor {s}, geen incidentele maatregel.{t}"),
                format!("It is a regeling for {s}, not an incidental measure.{t}")
            )
        }
        F::CaoExhaustive => tr!(
            lang,
            "Een cao (of een publiekrechtelijke regeling) regelt de zaak inhoudelijk en uitputtend: geen instemmingsrecht (art. 27 lid 3 WOR).",
            "A cao (or terms set by a public-law body) regulates the matter substantively and exhaustively: no consent right (art. 27(3) WOR)."
        )
        .into(),
        F::CaoLeavesRoom { coverage } => {
            let c = cao(*coverage, lang);
            tr!(lang, format!("Art. 27 lid 3 staat niet in de weg: {c}."), format!("Art. 27(3) does not stand in the way: {c}."))
        }
        F::ArbowetDemand => tr!(
            lang,
            "Over dezelfde zaak is een verzoek op grond van de Arbowet gedaan: het verzoek is niet-ontvankelijk (art. 36 lid 4 WOR).",
            "A demand under the Arbowet covers the same matter: the request is inadmissible (art. 36(4) WOR)."
        )
        .into(),
        F::ConsentNotRequested { unknown } => match unknown {
            false => tr!(
                lang,
                "De ondernemer heeft de OR niet om instemming gevraagd: er is geen weigering die de rechter kan vervangen.",
                "The employer did not ask the OR for consent: there is no refusal for the court to replace."
            )
            .into(),
            true => tr!(
                lang,
                "Niet gebleken dat de ondernemer de OR om instemming vroeg; dat moet de ondernemer aantonen.",
                "Not shown that the employer asked the OR for consent; the employer must show it."
            )
            .into(),
        },
        F::NotInWritingWithReasons => tr!(
            lang,
            "Het verzoek aan de OR was niet schriftelijk met redenen en gevolgen. Dat gebrek weegt voor de OR.",
            "The request to the OR was not in writing with reasons and consequences. That defect weighs for the OR."
        )
        .into(),
        F::NoConsultationMeeting => tr!(
            lang,
            "Er is geen overlegvergadering gehouden. Dat gebrek weegt voor de OR.",
            "No consultation meeting was held. That defect weighs for the OR."
        )
        .into(),
        F::ProcedureFollowed => tr!(
            lang,
            "De ondernemer vroeg schriftelijk, met redenen, om instemming en er is overleg gevoerd.",
            "The employer asked for consent in writing, with reasons, and a consultation meeting was held."
        )
        .into(),
        F::ProcedureNotShown { in_writing, meeting } => {
            let what = match (in_writing, meeting) {
                (Tri::Unknown, Tri::Unknown) => tr!(lang, "of het verzoek schriftelijk met redenen was en of er een overlegvergadering is gehouden", "whether the request was in writing with reasons and whether a consultation meeting was held"),
                (Tri::Unknown, _) => tr!(lang, "of het verzoek schriftelijk met redenen was", "whether the request was in writing with reasons"),
                _ => tr!(lang, "of er een overlegvergadering is gehouden", "whether a consultation meeting was held"),
            };
            tr!(
                lang,
                format!("Niet gebleken {what}. Een gebrek in de procedure weegt alleen als het vaststaat; de OR heeft er geen aangetoond."),
                format!("Not shown {what}. A defect in the procedure weighs only when established; the OR has shown none.")
            )
        }
        F::OrConsented => tr!(
            lang,
            "De OR heeft ingestemd: er valt niets te vervangen, het verzoek is niet-ontvankelijk.",
            "The OR consented: there is nothing to replace, the request is inadmissible."
        )
        .into(),
        F::OrDecisionUnknown => tr!(
            lang,
            "Niet gebleken dat de OR instemming onthield; dat moet de ondernemer aantonen.",
            "Not shown that the OR withheld consent; the employer must show it."
        )
        .into(),
        F::OrWithheld { decision, conditions, or_alternative } => {
            let d = or_decision(*decision, lang);
            let c = conditions.join("; ");
            match (conditions.is_empty(), *or_alternative) {
                (_, true) => tr!(
                    lang,
                    format!("Er is geen instemming: {d}. De rechter weegt het voorstel tegen het alternatief van de OR: bereikt dat het doel van de ondernemer met minder inbreuk, dan is het voorstel niet noodzakelijk (hierna)."),
                    format!("There is no consent: {d}. The court weighs the proposal against the OR's alternative: if it reaches the employer's aim with less intrusion, the proposal is not necessary (below).")
                ),
                (true, false) => tr!(lang, format!("Er is geen instemming: {d}."), format!("There is no consent: {d}.")),
                (false, false) => tr!(
                    lang,
                    format!("Er is geen instemming: {d}. De OR stelde als voorwaarde: {c}. Dat die voorwaarde het doel van de ondernemer met minder inbreuk bereikt, is niet als alternatief aangevoerd; de rechter weegt het voorstel dan als tegen een weigering."),
                    format!("There is no consent: {d}. The OR's condition: {c}. That this condition reaches the employer's aim with less intrusion was not put forward as an alternative; the court then weighs the proposal as against a refusal.")
                ),
            }
        }
        F::OnlyInformationMeeting => tr!(
            lang,
            "De enige bijeenkomst diende om de OR te informeren; dat is niet de overlegvergadering over het voorstel die art. 27 lid 2 WOR eist.",
            "The only meeting served to inform the OR; that is not the consultation meeting on the proposal that art. 27(2) WOR requires."
        )
        .into(),
        F::MeetingDeclinedByOr => tr!(
            lang,
            "Er is geen overlegvergadering gehouden, maar de OR sloeg het overleg af dat de ondernemer aanbood. Op het ontbreken daarvan kan de OR zich niet beroepen.",
            "No consultation meeting was held, but the OR declined the meeting the employer offered. The OR cannot rely on its absence."
        )
        .into(),
        F::Premature { cause: PrematureCause::MeetingDeclinedByEmployer } => tr!(
            lang,
            "De ondernemer heeft geweigerd (of nagelaten) het voorstel in een overlegvergadering met de OR te bespreken. De instemmingsprocedure van art. 27 lid 2 WOR is niet afgerond: het verzoek is prematuur en de ondernemer is niet-ontvankelijk.",
            "The employer declined (or failed) to discuss the proposal with the OR in a consultation meeting. The consent procedure of art. 27(2) WOR is not completed: the request is premature and the employer's request is inadmissible."
        )
        .into(),
        F::Premature { cause: PrematureCause::OrStillDeciding } => tr!(
            lang,
            "Toen de ondernemer zich tot de kantonrechter wendde, beraadde de OR zich nog binnen een redelijke termijn. Dat is geen onthouden van instemming: het verzoek is prematuur en de ondernemer is niet-ontvankelijk.",
            "When the employer went to court, the OR was still deliberating within a reasonable time. That is not withholding consent: the request is premature and the employer's request is inadmissible."
        )
        .into(),
        F::FormalRequestAsked => tr!(
            lang,
            "De OR vroeg de ondernemer schriftelijk om een formele instemmingsaanvraag, en een schriftelijke aanvraag met redenen is niet gebleken. De OR is nog niet gevraagd zoals art. 27 lid 2 WOR eist: het verzoek is prematuur en de ondernemer is niet-ontvankelijk.",
            "The OR asked the employer in writing for a formal request for consent, and no written request with reasons is shown. The OR has not yet been asked as art. 27(2) WOR requires: the request is premature and the employer's request is inadmissible."
        )
        .into(),
        F::OrAlternative { description, reaches } => match reaches {
            Tri::No => tr!(
                lang,
                format!("Het alternatief van de OR (\"{description}\") bereikt het doel van de ondernemer niet even goed. Daarop kan de weigering niet steunen; de rechter weegt het voorstel als tegen een weigering."),
                format!("The OR's alternative (\"{description}\") does not reach the employer's aim as well. The refusal cannot rest on it; the court weighs the proposal as against a refusal.")
            ),
            _ => tr!(
                lang,
                format!("Het alternatief van de OR (\"{description}\") bereikt het doel van de ondernemer met minder inbreuk, of de ondernemer heeft niet aangetoond dat het dat niet doet. Daarom is het voorstel niet noodzakelijk (hierna)."),
                format!("The OR's alternative (\"{description}\") reaches the employer's aim with less intrusion, or the employer has not shown that it does not. The proposal is therefore not necessary (below).")
            ),
        },
        F::CostsOfProceedings => tr!(
            lang,
            "De kosten die de OR voor deze procedure redelijkerwijs moest maken, komen ten laste van de ondernemer, mits die vooraf van de kosten in kennis is gesteld (art. 22 lid 2 WOR). De OR kan niet in de proceskosten worden veroordeeld (art. 22a WOR).",
            "The costs the OR reasonably had to incur for these proceedings are borne by the employer, provided it was told of them in advance (art. 22(2) WOR). The OR cannot be ordered to pay the costs of the proceedings (art. 22a WOR)."
        )
        .into(),
        F::RefusalWithoutReasons => tr!(
            lang,
            "De OR gaf bij zijn weigering geen redenen. Dat maakt de weigering niet zonder meer onredelijk: de rechter weegt de argumenten die de OR in de procedure aanvoert, ook als hij ze pas daar aanvoert.",
            "The OR gave no reasons when it refused. That does not by itself make the refusal unreasonable: the court weighs the arguments the OR puts forward in the proceedings, even if it first raises them there."
        )
        .into(),
        F::OrRefusedToDiscuss => tr!(
            lang,
            "De OR weigerde alternatieven te bespreken of een tegenvoorstel te doen. Dat voegt aan geen van beide kanten gewicht toe; de rechter weegt de argumenten die partijen aanvoeren, en een alternatief dat pas in de procedure wordt genoemd, weegt ook.",
            "The OR refused to discuss alternatives or to make a counter-proposal. That adds weight to neither side; the court weighs the arguments the parties put forward, and an alternative first named in the proceedings is weighed too."
        )
        .into(),
        F::AmendedInProceedings => tr!(
            lang,
            "De ondernemer heeft zijn voorstel in de procedure aangepast. De rechter beslist over het voorstel zoals het nu luidt; een gebrek dat daarmee is hersteld, telt niet meer.",
            "The employer amended its proposal in the proceedings. The court decides on the proposal as it now stands; a defect so cured no longer counts."
        )
        .into(),
        F::RaisedFirstInCourt { index } => {
            let n = index + 1;
            tr!(
                lang,
                format!("Belang {n} van de OR voerde hij pas in de procedure aan; de rechter weegt het evengoed."),
                format!("The OR first raised its interest {n} in the proceedings; the court weighs it all the same.")
            )
        }
        F::UnrelatedDemand { index, statement } => {
            let n = index + 1;
            tr!(
                lang,
                format!("Belang {n} van de OR (\"{statement}\") is geen bezwaar tegen de regeling maar een eis die daar los van staat en waaraan de OR zijn instemming verbond. Dat is geen argument tegen het voorstel; het blijft buiten de afweging."),
                format!("The OR's interest {n} (\"{statement}\") is no objection to the regeling but a demand unrelated to it, to which the OR tied its consent. That is no argument against the proposal; it is left out of the weighing.")
            )
        }
        F::AppraisalRegeling => tr!(
            lang,
            "De gegevens van de maatregel wegen mee in de beoordeling van het personeel: sub g is van toepassing.",
            "The measure's data count in the appraisal of staff: letter g applies."
        )
        .into(),
        F::LetterRuledOut { letter } => {
            let l = letter.code();
            tr!(
                lang,
                format!("Partijen noemen sub {l}, maar de feiten sluiten het uit; de rechter past art. 27 WOR ambtshalve toe en laat sub {l} buiten beschouwing."),
                format!("The parties name letter {l}, but the facts rule it out; the court applies art. 27 WOR of its own motion and sets letter {l} aside.")
            )
        }
        F::ConsentRightByAgreement => tr!(
            lang,
            "Het instemmingsrecht is bij ondernemingsovereenkomst tot deze zaak uitgebreid (art. 32 WOR).",
            "The consent right has been extended to this matter by an agreement with the OR (art. 32 WOR)."
        )
        .into(),
        F::AppliesConsentedRegeling => tr!(
            lang,
            "Het besluit past alleen een regeling toe waarmee de OR al heeft ingestemd; het stelt geen regeling vast, wijzigt of trekt er geen in. Daarvoor is geen nieuwe instemming nodig.",
            "The decision only applies a regeling the OR already consented to; it does not adopt, change or withdraw one. That needs no new consent."
        )
        .into(),
        F::NotMereApplication => tr!(
            lang,
            "Het besluit zou een bestaande regeling alleen toepassen, maar het doel verandert: dat is een wijziging van de regeling, waarvoor instemming nodig is.",
            "The decision is said only to apply an existing regeling, but its purpose changes: that is a change of the regeling, which needs consent."
        )
        .into(),
        F::WholeOnlyRequested => tr!(
            lang,
            "De ondernemer verzocht toestemming voor de regeling als geheel, niet (subsidiair) voor onderdelen. De rechter herschrijft het voorstel niet: hij beslist over het geheel.",
            "The employer asked permission for the regeling as a whole, not (subsidiarily) for parts. The court does not rewrite the proposal: it decides on the whole."
        )
        .into(),
        F::PartsRequested { presumed: false } => tr!(
            lang,
            "De ondernemer verzocht subsidiair toestemming voor elk scheidbaar onderdeel: de rechter beslist per onderdeel, zonder het voorstel te herschrijven.",
            "The employer asked subsidiarily for permission for each separable part: the court decides per part, without rewriting the proposal."
        )
        .into(),
        F::PartsRequested { presumed: true } => tr!(
            lang,
            "De regeling heeft scheidbare onderdelen; aangenomen is dat de ondernemer subsidiair toestemming voor elk onderdeel verzocht. De rechter beslist per onderdeel, zonder het voorstel te herschrijven.",
            "The regeling has separable parts; the employer is taken to have asked subsidiarily for permission for each part. The court decides per part, without rewriting the proposal."
        )
        .into(),
        F::NullityNotInvoked => tr!(
            lang,
            "De ondernemer voerde het besluit zonder instemming uit en de OR heeft de nietigheid niet schriftelijk ingeroepen: het besluit staat vast (art. 27 lid 5 WOR) en het verzoek heeft geen voorwerp.",
            "The employer carried out the decision without consent and the OR did not invoke nullity in writing: the decision stands (art. 27(5) WOR) and the request has no object."
        )
        .into(),
        F::NullityLate { started: Some(started), deadline: Some(deadline), invoked: Some(invoked) } => tr!(
            lang,
            format!("De termijn van een maand liep van {started} tot en met {deadline}; de OR riep de nietigheid pas in op {invoked}. Het besluit staat vast (art. 27 lid 5 WOR)."),
            format!("The one-month term ran from {started} to {deadline}; the OR invoked nullity only on {invoked}. The decision stands (art. 27(5) WOR).")
        ),
        F::NullityLate { .. } => tr!(
            lang,
            "De OR riep de nietigheid niet binnen een maand in. Het besluit staat vast (art. 27 lid 5 WOR) en het verzoek heeft geen voorwerp.",
            "The OR did not invoke nullity within one month. The decision stands (art. 27(5) WOR) and the request has no object."
        )
        .into(),
        F::NullityTimelyOrUnclear { established } => match established {
            true => tr!(
                lang,
                "De OR riep de nietigheid tijdig en schriftelijk in; het besluit is niet onaantastbaar geworden.",
                "The OR invoked nullity in time and in writing; the decision has not become unassailable."
            )
            .into(),
            false => tr!(
                lang,
                "Niet gebleken dat de OR de nietigheid te laat inriep; wie stelt dat het besluit vaststaat, moet dat aantonen.",
                "Not shown that the OR invoked nullity too late; whoever says the decision stands must show it."
            )
            .into(),
        },
        F::AlreadyInPlace => tr!(
            lang,
            "De maatregel is al ingevoerd. Dat is geen beletsel: de rechter oordeelt inhoudelijk; alleen een terugwerkend deel kan stranden.",
            "The measure is already in place. That is no bar: the court rules on the merits; only a retroactive part can fail."
        )
        .into(),
        F::NoPersonalData { anonymous } => match anonymous {
            true => tr!(
                lang,
                "De gegevens zijn anoniem: er worden geen persoonsgegevens van herleidbare werknemers verwerkt. Dat is het minst ingrijpende middel; de privacytoetsen zijn niet van toepassing.",
                "The data are anonymous: no personal data of identifiable staff are processed. That is the least intrusive means; the data-protection checks do not apply."
            )
            .into(),
            false => tr!(
                lang,
                "De maatregel verwerkt geen persoonsgegevens van het personeel; de privacytoetsen zijn niet van toepassing.",
                "The measure processes no personal data of staff; the data-protection checks do not apply."
            )
            .into(),
        },
        F::WbpNecessityOnly => tr!(
            lang,
            "Vóór 25 mei 2018 gold de Wbp. De bibliotheek toetst daarvan alleen art. 8 sub f (noodzaak en subsidiariteit); de afweging zit in stap 1, zoals in Omron.",
            "Before 25 May 2018 the Wbp applied. The library checks only its art. 8(f) (necessity and subsidiarity); the balancing is stage 1, as in Omron."
        )
        .into(),
        F::Retention { kind, days, norm, assessment } => {
            let n = retention_norm(*norm, lang);
            let what = kind.map_or(String::new(), |k| format!("{}: ", data_kind(k, lang)));
            let text: String = match (days, assessment) {
                (_, RetentionAssessment::TiedToEmployment) => tr!(
                    lang,
                    format!("De gegevens worden bewaard zolang het dienstverband duurt; {n}. Die termijn volgt het dienstverband, niet het doel waarvoor de gegevens zijn verzameld, en is daarmee langer dan het doel nodig maakt. Dat maakt de inbreuk zwaarder."),
                    format!("The data are kept for as long as the employment lasts; {n}. That term follows the employment, not the purpose the data were collected for, and so is longer than the purpose needs. That makes the intrusion heavier.")
                ),
                (None, _) => tr!(
                    lang,
                    format!("De regeling noemt geen bewaartermijn; {n}."),
                    format!("The regeling states no retention term; {n}.")
                ),
                (Some(d), RetentionAssessment::BeyondNorm) => tr!(
                    lang,
                    format!("De gegevens worden {d} dagen bewaard; {n}. Dat is langer en maakt de inbreuk zwaarder."),
                    format!("The data are kept {d} days; {n}. That is longer, and makes the intrusion heavier.")
                ),
                (Some(d), RetentionAssessment::WithinNorm) => tr!(
                    lang,
                    format!("De gegevens worden {d} dagen bewaard; {n}. Dat blijft daarbinnen."),
                    format!("The data are kept {d} days; {n}. That stays within it.")
                ),
                (Some(d), RetentionAssessment::RequiredByLaw) => tr!(
                    lang,
                    format!("De gegevens worden {d} dagen bewaard; {n}. Een termijn die de wet voorschrijft, is niet bovenmatig."),
                    format!("The data are kept {d} days; {n}. A term the law requires is not excessive.")
                ),
                (Some(d), _) => tr!(
                    lang,
                    format!("De gegevens worden {d} dagen bewaard; {n}."),
                    format!("The data are kept {d} days; {n}.")
                ),
            };
            format!("{what}{text}")
        }
        F::RetentionUntilProceedings => tr!(
            lang,
            "Gegevens over een incident dat tot een procedure leidt, worden na de termijn bewaard tot die procedure is afgelopen. Dat is nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 17 lid 3 sub e AVG) en maakt de bewaring niet bovenmatig.",
            "Data about an incident that leads to proceedings are kept beyond the term until those proceedings end. That is necessary for the establishment, exercise or defence of legal claims (art. 17(3)(e) GDPR) and does not make the retention excessive."
        )
        .into(),
        F::ConsentNotValidAtWork => tr!(
            lang,
            "De ondernemer baseert zich op toestemming van werknemers. Door de gezagsverhouding is die zelden vrij gegeven, dus geen geldige grondslag.",
            "The employer relies on employee consent. Given the power imbalance at work it is rarely freely given, so it is no valid basis."
        )
        .into(),
        F::PublicAuthorityLegitimateInterest => tr!(
            lang,
            "Een overheidswerkgever kan zich voor de uitoefening van zijn taken niet op gerechtvaardigd belang beroepen (art. 6 lid 1, slot, AVG). Het etiket beslist niet: dient de verwerking de publieke taak, dan is die de grondslag (art. 6 lid 1 sub e AVG); valt zij daarbuiten, dan staat gerechtvaardigd belang open. Niet gebleken is welk van beide het geval is; de ondernemer moet zijn grondslag aantonen.",
            "A public-authority employer cannot rely on legitimate interest for its tasks (art. 6(1), last sentence, GDPR). The label does not decide: if the processing serves the public task, that is its basis (art. 6(1)(e) GDPR); if it lies outside it, legitimate interest is available. It is not shown which is the case; the employer must show its basis."
        )
        .into(),
        F::LegalObligationDoesNotCover { purpose: p, plain } => {
            let p = purpose(*p, lang);
            if *plain {
                tr!(
                    lang,
                    format!("De ondernemer beroept zich op een wettelijke plicht, maar geen wettelijke plicht vereist {p}. Een wettelijke plicht draagt een verwerking alleen voor zover die plicht haar vereist (art. 6 lid 1 sub c AVG), zoals de registratie van arbeidstijd."),
                    format!("The employer relies on a legal obligation, but no legal obligation requires {p}. A legal obligation carries a processing only as far as the obligation requires it (art. 6(1)(c) GDPR), as with registering working time.")
                )
            } else {
                tr!(
                    lang,
                    format!("De ondernemer beroept zich op een wettelijke plicht, maar noemt geen wet of bevel dat deze verwerking ({p}) vereist. Een wettelijke plicht draagt een verwerking alleen voor zover die plicht haar vereist (art. 6 lid 1 sub c AVG); dat moet de ondernemer aantonen."),
                    format!("The employer relies on a legal obligation, but names no statute or order that requires this processing ({p}). A legal obligation carries a processing only as far as the obligation requires it (art. 6(1)(c) GDPR); the employer must show it.")
                )
            }
        }
        F::LegalObligationCarries { source, provision, goes_beyond } => {
            let src = obligation_source(*source, lang);
            let what = provision.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
            match goes_beyond {
                Tri::No => tr!(
                    lang,
                    format!("De ondernemer is tot deze verwerking verplicht: {src}{what}. Die plicht is de grondslag (art. 6 lid 1 sub c AVG), en de maatregel gaat niet verder dan zij vereist."),
                    format!("The employer is obliged to this processing: {src}{what}. That obligation is its basis (art. 6(1)(c) GDPR), and the measure goes no further than it requires.")
                ),
                Tri::Yes => tr!(
                    lang,
                    format!("De ondernemer is tot een deel van deze verwerking verplicht: {src}{what}. Dat deel rust op die plicht (art. 6 lid 1 sub c AVG); de maatregel gaat verder dan de plicht vereist, en voor dat meerdere is een eigen grondslag nodig."),
                    format!("The employer is obliged to part of this processing: {src}{what}. That part rests on the obligation (art. 6(1)(c) GDPR); the measure goes further than the obligation requires, and that excess needs a basis of its own.")
                ),
                Tri::Unknown => tr!(
                    lang,
                    format!("De ondernemer is tot verwerking verplicht: {src}{what}. Wat die plicht vereist, rust daarop (art. 6 lid 1 sub c AVG); niet gebleken is dat de maatregel niet verder gaat, en voor wat verder gaat is een eigen grondslag nodig."),
                    format!("The employer is obliged to process: {src}{what}. What that obligation requires rests on it (art. 6(1)(c) GDPR); it is not shown that the measure goes no further, and what goes further needs a basis of its own.")
                ),
            }
        }
        F::ObligationNotLaw { source, claimed } => {
            let src = obligation_source(*source, lang);
            if *claimed {
                tr!(
                    lang,
                    format!("De ondernemer baseert de verwerking op een wettelijke plicht, maar {src} is geen in de wet vastgelegde plicht tot deze verwerking (art. 6 lid 3 AVG). Het kan een reden zijn in de belangenafweging, geen grondslag onder art. 6 lid 1 sub c."),
                    format!("The employer rests the processing on a legal obligation, but {src} is no obligation laid down in law to this processing (art. 6(3) GDPR). It can be a reason in the weighing, not a basis under art. 6(1)(c).")
                )
            } else {
                tr!(
                    lang,
                    format!("De ondernemer wijst op {src}. Dat is geen in de wet vastgelegde plicht tot deze verwerking (art. 6 lid 3 AVG); het telt als reden in de afweging, niet als grondslag."),
                    format!("The employer points to {src}. That is no obligation laid down in law to this processing (art. 6(3) GDPR); it counts as a reason in the weighing, not as a basis.")
                )
            }
        }
        F::ObligationNotShown { source, unknown } => {
            let src = obligation_source(*source, lang);
            if *unknown {
                tr!(
                    lang,
                    format!("De ondernemer beroept zich op {src}, maar niet gebleken is dat die plicht hem bindt; dat moet hij aantonen."),
                    format!("The employer relies on {src}, but it is not shown that the obligation binds it; the employer must show it.")
                )
            } else {
                tr!(
                    lang,
                    format!("De ondernemer beroept zich op {src}, maar die plicht bindt hem niet."),
                    format!("The employer relies on {src}, but that obligation does not bind it.")
                )
            }
        }
        F::ExcessWithoutBasis { goes_beyond } => match goes_beyond {
            Tri::Yes => tr!(
                lang,
                "Voor wat de maatregel meer doet dan de wettelijke plicht vereist, noemt de ondernemer geen andere grondslag: dat deel is niet rechtmatig.",
                "For what the measure does beyond what the legal obligation requires, the employer names no other basis: that part is not lawful."
            )
            .into(),
            _ => tr!(
                lang,
                "Niet gebleken is dat de maatregel niet verder gaat dan de wettelijke plicht vereist, en voor het meerdere noemt de ondernemer geen andere grondslag; dat moet hij aantonen.",
                "It is not shown that the measure goes no further than the legal obligation requires, and the employer names no other basis for the excess; it must show one."
            )
            .into(),
        },
        F::PublicTaskBasis { claimed } => match claimed {
            LegalBasis::PublicTask => tr!(
                lang,
                "De verwerking dient de uitoefening van de publieke taak van de overheidswerkgever: de grondslag is art. 6 lid 1 sub e AVG.",
                "The processing serves the public-authority employer's public task: its basis is art. 6(1)(e) GDPR."
            )
            .into(),
            b => {
                let b = legal_basis(*b, lang);
                tr!(
                    lang,
                    format!("De verwerking dient de uitoefening van de publieke taak van de overheidswerkgever: de grondslag is art. 6 lid 1 sub e AVG. Dat het verzoek een andere grondslag noemt ({b}), maakt dat niet anders: de kantonrechter vult de rechtsgronden zelf aan (art. 25 Rv). Een gerechtvaardigd belang kan een overheid voor haar taken niet inroepen (art. 6 lid 1, slot, AVG)."),
                    format!("The processing serves the public-authority employer's public task: its basis is art. 6(1)(e) GDPR. That the request names another basis ({b}) does not change this: the court supplies the legal grounds of its own motion (art. 25 Rv). A public authority cannot rely on legitimate interest for its tasks (art. 6(1), last sentence, GDPR).")
                )
            }
        },
        F::OutsidePublicTask => tr!(
            lang,
            "De verwerking valt buiten de publieke taken van de overheidswerkgever; voor zo'n verwerking staat gerechtvaardigd belang ook een overheid open (art. 6 lid 1, slot, AVG).",
            "The processing lies outside the public-authority employer's public tasks; for such processing legitimate interest is open to an authority too (art. 6(1), last sentence, GDPR)."
        )
        .into(),
        F::NoLegalBasisShown => tr!(
            lang,
            "Niet gebleken op welke grondslag de ondernemer verwerkt; die moet hij kunnen aantonen (verantwoordingsplicht).",
            "Not shown on what legal basis the employer processes; it must be able to show one (accountability)."
        )
        .into(),
        F::LegalBasisAvailable { basis: b } => {
            let b = legal_basis(*b, lang);
            tr!(lang, format!("Er is een grondslag: {b}."), format!("There is a legal basis: {b}."))
        }
        F::Repurposing { from, to, linked, missing } => {
            let (from, to) = (purpose(*from, lang), purpose(*to, lang));
            if *linked {
                tr!(
                    lang,
                    format!("Gegevens verzameld voor {from} worden gebruikt voor {to}. De doelen hangen nauw samen: dat hergebruik is verenigbaar."),
                    format!("Data collected for {from} are used for {to}. The purposes are closely linked: the reuse is compatible.")
                )
            } else if missing.is_empty() {
                tr!(
                    lang,
                    format!("Gegevens verzameld voor {from} worden gebruikt voor {to}. De doelen hangen niet nauw samen, maar de regeling geeft een eigen grondslag, informatie vooraf en waarborgen: verenigbaar."),
                    format!("Data collected for {from} are used for {to}. The purposes are not closely linked, but the regeling gives a basis of its own, advance information and safeguards: compatible.")
                )
            } else {
                let m = list(missing.iter().map(|c| reuse_condition(*c, lang).to_string()), lang);
                tr!(
                    lang,
                    format!("Gegevens verzameld voor {from} worden gebruikt voor {to}. Dat gaat verder dan werknemers mochten verwachten, en het is niet gebleken dat de regeling daarvoor voorziet in {m}: niet verenigbaar (art. 6 lid 4 AVG)."),
                    format!("Data collected for {from} are used for {to}. That goes beyond what staff could expect, and it is not shown that the regeling provides {m} for it: not compatible (art. 6(4) GDPR).")
                )
            }
        }
        F::IdentificationNotNeeded { purpose: p } => {
            let p = purpose(*p, lang);
            tr!(
                lang,
                format!("Voor {p} is niet nodig te weten wie aanwezig is: anoniem tellen (met een anonieme pas of sensor) bereikt dat doel. Herleidbare gegevens zijn dan niet noodzakelijk."),
                format!("For {p} there is no need to know who is present: anonymous counting (an anonymous pass or sensor) reaches that goal. Identifiable data are then not necessary.")
            )
        }
        F::SuitabilityShown { purpose: p } => {
            let p = purpose(*p, lang);
            tr!(
                lang,
                format!("De ondernemer heeft aangetoond dat de maatregel geschikt is voor {p}: de gegevens zeggen iets over wat dat doel nodig heeft."),
                format!("The employer has shown that the measure can serve {p}: the data say something about what that purpose needs.")
            )
        }
        F::NotSuitable { purpose: p, basis } => {
            let p = purpose(*p, lang);
            let why = match basis {
                SuitabilityBasis::Established => tr!(
                    lang,
                    format!("Vast staat dat de maatregel niet geschikt is voor {p}: de gegevens zeggen niets over wat dat doel nodig heeft."),
                    format!("It is established that the measure cannot serve {p}: the data say nothing about what that purpose needs.")
                ),
                SuitabilityBasis::NotShown => tr!(
                    lang,
                    format!("De OR betwist dat de maatregel geschikt is voor {p}, en de ondernemer, op wie de bewijslast rust, heeft dat niet aangetoond."),
                    format!("The works council disputes that the measure can serve {p}, and the employer, who bears the burden, has not shown that it can.")
                ),
                SuitabilityBasis::Mismatch { observes, needs } => {
                    let o = list(observes.iter().map(|x| observed(*x, lang).to_string()), lang);
                    let n = list_or(needs.iter().map(|x| observed(*x, lang).to_string()), lang);
                    tr!(
                        lang,
                        format!("De maatregel legt {o} vast, maar {p} vraagt om gegevens over {n}: zo is hij niet geschikt voor dat doel."),
                        format!("The measure records {o}, but {p} needs data on {n}: as designed it cannot serve that purpose.")
                    )
                }
            };
            tr!(
                lang,
                format!("{why} Een maatregel die het doel niet kan dienen, verwerkt gegevens die daarvoor niet ter zake dienend zijn en kan er niet noodzakelijk voor zijn (art. 5 lid 1 onder c en art. 6 lid 1 onder f AVG)."),
                format!("{why} A measure that cannot serve its purpose processes data that are not relevant to it and cannot be necessary for it (art. 5(1)(c) and 6(1)(f) GDPR).")
            )
        }
        F::AlternativeReachesGoal { description, unknown } => match unknown {
            false => tr!(
                lang,
                format!("Een minder ingrijpend middel bereikt hetzelfde doel even goed: {description}. De maatregel is niet noodzakelijk."),
                format!("A less intrusive means reaches the same goal about as well: {description}. The measure is not necessary.")
            ),
            true => tr!(
                lang,
                format!("Niet gebleken dat dit minder ingrijpende middel het doel niet bereikt: {description}. Dat moet de ondernemer aantonen; de noodzaak is niet aangetoond."),
                format!("Not shown that this less intrusive means does not reach the goal: {description}. The employer must show it; necessity is not shown.")
            ),
        },
        F::AlternativeRejected { description, reason, substantiation: s } => {
            let r = reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
            let s = substantiation(*s, lang);
            tr!(
                lang,
                format!("Het alternatief \"{description}\" bereikt het doel niet even goed{r}; onderbouwing: {s}."),
                format!("The alternative \"{description}\" does not reach the goal as well{r}; substantiation: {s}.")
            )
        }
        F::DpiaRequired { triggers, dpia: d } => {
            let t = list(triggers.iter().map(|t| trigger(*t, lang).to_string()), lang);
            let done = matches!(d, Dpia::Done | Dpia::PlannedBeforeProcessing);
            let d = dpia(*d, lang);
            if done {
                tr!(
                    lang,
                    format!("Een DPIA is vereist ({t}); {d}."),
                    format!("A DPIA is required ({t}); {d}.")
                )
            } else {
                tr!(
                    lang,
                    format!("Een DPIA is vereist ({t}); {d}. Zonder DPIA mist de OR informatie om het voorstel te beoordelen."),
                    format!("A DPIA is required ({t}); {d}. Without one the OR lacks the information to assess the proposal.")
                )
            }
        }
        F::DpiaNotRequired => tr!(lang, "Op deze feiten is geen DPIA vereist.", "On these facts no DPIA is required.").into(),
        F::OnApDpiaList { triggers } => {
            let t = list(triggers.iter().map(|t| trigger(*t, lang).to_string()), lang);
            tr!(
                lang,
                format!("De AP-lijst van verwerkingen waarvoor altijd een DPIA nodig is, noemt dit: {t}."),
                format!("The AP's list of processing that always needs a DPIA names this: {t}.")
            )
        }
        F::StaffInformed => tr!(
            lang,
            "De regeling informeert werknemers vooraf over de controle, de redenen en de reikwijdte.",
            "The regeling informs staff in advance of the monitoring, its reasons and scope."
        )
        .into(),
        F::StaffNotInformed { unknown } => match unknown {
            false => tr!(
                lang,
                "De regeling informeert werknemers niet vooraf over de controle, de redenen en de reikwijdte.",
                "The regeling does not inform staff in advance of the monitoring, its reasons and scope."
            )
            .into(),
            true => tr!(
                lang,
                "Niet gebleken dat de regeling werknemers vooraf informeert; dat moet de ondernemer aantonen.",
                "Not shown that the regeling informs staff in advance; the employer must show it."
            )
            .into(),
        },
        F::AutomatedConsequences { consequences: c, human_intervention } => {
            let c = consequences(c, lang);
            if human_intervention.proven() {
                tr!(
                    lang,
                    format!("Aan de gegevens zijn gevolgen verbonden ({c}), maar een mens beoordeelt eerst: geen uitsluitend geautomatiseerd besluit."),
                    format!("Consequences follow from the data ({c}), but a person reviews first: no solely automated decision.")
                )
            } else {
                tr!(
                    lang,
                    format!("Aan de gegevens zijn gevolgen verbonden ({c}) zonder (aangetoonde) menselijke tussenkomst: een uitsluitend geautomatiseerd besluit met aanmerkelijke gevolgen."),
                    format!("Consequences follow from the data ({c}) without (shown) human intervention: a solely automated decision with significant effects.")
                )
            }
        }
        F::NoSignificantConsequences { consequences: c } => {
            let c = consequences(c, lang);
            tr!(
                lang,
                format!("Aan de gegevens is alleen verbonden: {c}. Dat is geen besluit met rechtsgevolgen of een vergelijkbaar aanmerkelijk gevolg voor de werknemer; het verbod op uitsluitend geautomatiseerde besluiten is niet van toepassing."),
                format!("The only consequence attached to the data is {c}. That is no decision with legal effects or a similarly significant effect on the employee; the ban on solely automated decisions does not apply.")
            )
        }
        F::NoAutomatedConsequences => tr!(
            lang,
            "Aan de gegevens zijn geen automatische gevolgen verbonden.",
            "No consequences follow automatically from the data."
        )
        .into(),
        F::ConsequencesNotShown => tr!(
            lang,
            "Niet gebleken is welke gevolgen aan de gegevens worden verbonden; de kantonrechter gaat daarom niet uit van een geautomatiseerd besluit.",
            "It is not shown what consequences follow from the data; the court therefore does not assume an automated decision."
        )
        .into(),
        F::BiometricNotAllowed { purpose: p, necessary } => {
            let why = match (p, necessary) {
                (BiometricPurpose::AttendanceOrTime, _) => tr!(
                    lang,
                    "biometrie voor tijd- of aanwezigheidsregistratie valt niet onder authenticatie of beveiliging (AP-boete € 725.000, 2020)",
                    "biometrics for time or attendance registration is not authentication or security (AP fine EUR 725,000, 2020)"
                ),
                (BiometricPurpose::AuthenticationOrSecurity, _) => tr!(
                    lang,
                    "niet aangetoond dat biometrie noodzakelijk is; een pas of sleutel volstaat dan",
                    "not shown that biometrics are necessary; a badge or fob then suffices"
                ),
                (BiometricPurpose::Other, _) => tr!(lang, "geen uitzondering van art. 9 lid 2 AVG of art. 29 UAVG", "no exception of art. 9(2) GDPR or art. 29 UAVG"),
            };
            tr!(
                lang,
                format!("Biometrische gegevens om werknemers te identificeren zijn verboden, tenzij een uitzondering geldt: {why}. Een categorisch verbod."),
                format!("Biometric data to identify staff are prohibited unless an exception applies: {why}. A categorical ban.")
            )
        }
        F::BiometricAllowed => tr!(
            lang,
            "De biometrie valt onder een uitzondering (noodzakelijk voor authenticatie of beveiliging, of uitdrukkelijke, vrije toestemming).",
            "The biometrics fall under an exception (necessary for authentication or security, or explicit, free consent)."
        )
        .into(),
        F::BiometricNecessity { design, security_need, badge_or_pin_suffices, necessary } => {
            let d = match design {
                BiometricDesign::VerificationOnCard => tr!(lang, "1:1-verificatie tegen een sjabloon op de eigen pas van de werknemer", "1:1 verification against a template on the employee's own card"),
                BiometricDesign::VerificationCentral => tr!(lang, "1:1-verificatie tegen een centraal bewaard sjabloon", "1:1 verification against a template held centrally"),
                BiometricDesign::IdentificationCentral => tr!(lang, "1:n-identificatie in een centrale databank", "1:n identification against a central database"),
                BiometricDesign::Unknown => tr!(lang, "niet gebleken hoe, dus geldt: 1:n-identificatie in een centrale databank", "not shown how, so it counts as 1:n identification against a central database"),
            };
            let need = match security_need {
                Tri::Yes => tr!(lang, "vaststaat dat wat wordt beveiligd meer vraagt dan een pas", "it is established that what is secured needs more than a badge"),
                Tri::No => tr!(lang, "vaststaat dat wat wordt beveiligd niet meer vraagt dan een pas", "it is established that what is secured needs no more than a badge"),
                Tri::Unknown => tr!(lang, "niet is komen vast te staan dat wat wordt beveiligd meer vraagt dan een pas", "it is not established that what is secured needs more than a badge"),
            };
            let alt = match badge_or_pin_suffices {
                Tri::No => tr!(lang, "vaststaat dat een pas of pincode niet zou volstaan", "it is established that a badge or PIN would not do"),
                Tri::Yes => tr!(lang, "vaststaat dat een pas of pincode zou volstaan", "it is established that a badge or PIN would do"),
                Tri::Unknown => tr!(lang, "niet is komen vast te staan dat een pas of pincode niet zou volstaan", "it is not established that a badge or PIN would not do"),
            };
            if *necessary {
                tr!(
                    lang,
                    format!("Biometrie voor authenticatie of beveiliging: {need}, {alt}, en het systeem werkt met {d}. De verwerking is noodzakelijk in de zin van art. 29 UAVG."),
                    format!("Biometrics for authentication or security: {need}, {alt}, and the system uses {d}. The processing is necessary within art. 29 UAVG.")
                )
            } else {
                tr!(
                    lang,
                    format!("Biometrie voor authenticatie of beveiliging: {need}, {alt}, en het systeem werkt met {d}. Authenticatie vraagt alleen te bevestigen dat iemand is wie hij zegt te zijn (1:1); noodzakelijk in de zin van art. 29 UAVG is de verwerking alleen bij een behoefte die een pas niet dekt, zonder minder ingrijpend middel. Dat is niet aangetoond."),
                    format!("Biometrics for authentication or security: {need}, {alt}, and the system uses {d}. Authentication only asks to confirm that a person is who they claim to be (1:1); the processing is necessary within art. 29 UAVG only for a need a badge does not meet, with no less intrusive means. That is not shown.")
                )
            }
        }
        F::BiometricNecessaryAsStated { necessary } => match necessary {
            Tri::Yes => tr!(
                lang,
                "Het verzoek stelt dat de biometrie noodzakelijk is, zonder de feiten waaruit dat volgt (hoe het systeem herkent, de beveiligingsbehoefte, het alternatief); de kantonrechter gaat daarvan uit omdat het zo is vastgelegd.",
                "The request states that the biometrics are necessary, without the facts it follows from (how the system recognises, the security need, the alternative); the court takes it as recorded."
            )
            .into(),
            _ => tr!(
                lang,
                "Niet gebleken is dat de biometrie noodzakelijk is: het verzoek geeft niet de feiten waaruit dat zou volgen (hoe het systeem herkent, de beveiligingsbehoefte, het alternatief).",
                "It is not shown that the biometrics are necessary: the request does not give the facts it would follow from (how the system recognises, the security need, the alternative)."
            )
            .into(),
        },
        F::SpecialCategoryProhibited { category } => {
            let c = special_category(*category, lang);
            tr!(
                lang,
                format!("De maatregel legt bijzondere persoonsgegevens vast ({c}). Die te verwerken is verboden (art. 9 lid 1 AVG); een uitzondering van art. 9 lid 2 is niet gebleken, en toestemming is op het werk zelden vrij. Een categorisch verbod."),
                format!("The measure records special categories of personal data ({c}). Processing them is prohibited (art. 9(1) GDPR); no exception of art. 9(2) is shown, and consent is rarely free at work. A categorical ban.")
            )
        }
        F::NatureOfIllnessRecorded => tr!(
            lang,
            "De maatregel legt de aard of oorzaak van ziekte vast. Dat mag een werkgever niet, ook niet met toestemming van de werknemer: hij mag alleen verwerken wat voor loondoorbetaling en re-integratie nodig is (art. 30 UAVG; beleidsregels De zieke werknemer van de AP; AP-boete CP&A 2021). Een categorisch verbod.",
            "The measure records the nature or cause of illness. An employer may not, not even with the employee's consent: it may process only what sick pay and reintegration need (art. 30 UAVG; the AP's policy rules on the sick employee; AP fine on CP&A, 2021). A categorical ban."
        )
        .into(),
        F::SickLeaveRecordAllowed => tr!(
            lang,
            "De maatregel legt verzuim wegens ziekte vast voor zover loondoorbetaling en re-integratie dat vragen; dat mag de werkgever (art. 30 UAVG), mits de aard van de ziekte buiten beeld blijft.",
            "The measure records absence through illness as far as sick pay and reintegration need; the employer may (art. 30 UAVG), provided the nature of the illness stays out."
        )
        .into(),
        F::CovertWithoutConditions { missing } => {
            let m = list(missing.iter().map(|c| covert_condition(*c, lang).to_string()), lang);
            tr!(
                lang,
                format!("Heimelijke controle mag alleen onder strikte voorwaarden; niet gebleken van: {m}."),
                format!("Covert monitoring is allowed only under strict conditions; not shown: {m}.")
            )
        }
        F::CovertConditionsMet => tr!(
            lang,
            "De heimelijke controle voldoet aan de voorwaarden: redelijk vermoeden, geen ander middel, beperkte periode, achteraf informeren.",
            "The covert monitoring meets the conditions: reasonable suspicion, no other means, limited period, informing afterwards."
        )
        .into(),
        F::MoreIntensiveAtHome => tr!(
            lang,
            "Thuiswerkers worden intensiever gecontroleerd dan werknemers op kantoor. De regels zijn thuis en op kantoor gelijk: de werkgever mag niet intensiever controleren omdat thuis wordt gewerkt. Dat maakt de inbreuk zwaarder.",
            "Staff working from home are monitored more intensively than at the office. The rules are the same at home and at the office: the employer may not monitor more intensively because people work from home. That makes the intrusion heavier."
        )
        .into(),
        F::SameAtHomeAsAtOffice { established: true } => tr!(
            lang,
            "Thuis wordt niet intensiever gecontroleerd dan op kantoor.",
            "Staff at home are not monitored more intensively than at the office."
        )
        .into(),
        F::SameAtHomeAsAtOffice { established: false } => tr!(
            lang,
            "Niet gebleken dat thuis intensiever wordt gecontroleerd dan op kantoor.",
            "It is not shown that staff at home are monitored more intensively than at the office."
        )
        .into(),
        F::HousematesRecorded => tr!(
            lang,
            "Het toezicht thuis legt ook huisgenoten vast: mensen die geen werknemer zijn en met de arbeidsverhouding niets te maken hebben. Dat maakt de inbreuk zwaarder.",
            "The monitoring at home also records housemates: people who are not staff and have no part in the employment relationship. That makes the intrusion heavier."
        )
        .into(),
        F::TracksPrivateTime { private_use: true } => tr!(
            lang,
            "Het voertuig of apparaat mag privé worden gebruikt en niet gebleken is dat de registratie buiten werktijd stopt; een privacyschakelaar is niet aangetoond. Controle in privétijd weegt zwaarder dan controle tijdens het werk.",
            "The vehicle or device may be used privately and it is not shown that recording stops outside working hours; no privacy switch is shown. Monitoring in private time weighs heavier than monitoring at work."
        )
        .into(),
        F::TracksPrivateTime { private_use: false } => tr!(
            lang,
            "De maatregel legt werknemers ook buiten werktijd vast en een privacyschakelaar is niet aangetoond. Controle in privétijd weegt zwaarder dan controle tijdens het werk.",
            "The measure also records staff outside working hours and no privacy switch is shown. Monitoring in private time weighs heavier than monitoring at work."
        )
        .into(),
        F::PrivacySwitch => tr!(
            lang,
            "De maatregel kan werknemers ook in privétijd vastleggen, maar zij kunnen de registratie dan uitzetten (privacyschakelaar): privétijd wordt niet gevolgd.",
            "The measure could record staff in their private time, but they can switch the recording off then (a privacy switch): private time is not tracked."
        )
        .into(),
        F::NotAnAiSystem => tr!(
            lang,
            "Het is geen AI-systeem (bijvoorbeeld passenlogica met door mensen geschreven regels): de AI-verordening is niet van toepassing.",
            "It is not an AI system (e.g. badge logic with rules written by people): the AI Act does not apply."
        )
        .into(),
        F::AiProhibitionsNotYetApplicable { from } => tr!(
            lang,
            format!("Op deze datum golden de verboden van de AI-verordening nog niet (pas vanaf {from})."),
            format!("On this date the AI Act's prohibitions did not yet apply (only from {from}).")
        ),
        F::ProhibitedAiPractice { capability: c } => {
            let c = capability(*c, lang);
            tr!(
                lang,
                format!("Verboden AI-praktijk: {c}. Een categorisch verbod, ongeacht de belangen of de instemming."),
                format!("Prohibited AI practice: {c}. A categorical ban, whatever the interests or the consent.")
            )
        }
        F::EmotionRecognitionExempt => tr!(
            lang,
            "Emotieherkenning om medische of veiligheidsredenen valt niet onder het verbod, maar is een AI-systeem met een hoog risico.",
            "Emotion recognition for medical or safety reasons is outside the ban, but is a high-risk AI system."
        )
        .into(),
        F::EmotionExceptionNotShown { purpose } => match purpose {
            Some(EmotionPurpose::Medical | EmotionPurpose::Safety) => tr!(
                lang,
                "De ondernemer stelt dat het systeem om medische of veiligheidsredenen wordt gebruikt, maar dat is betwist en niet bewezen; de uitzondering van art. 5 lid 1 sub f is niet aangetoond.",
                "The employer states that the system is used for medical or safety reasons, but that is disputed and not proven; the exception of art. 5(1)(f) is not shown."
            )
            .into(),
            Some(_) => tr!(
                lang,
                "Het systeem dient niet een medisch doel of de veiligheid maar bijvoorbeeld het personeelsbeleid: de uitzondering van art. 5 lid 1 sub f geldt niet.",
                "The system serves no medical or safety purpose but, for instance, staff management: the exception of art. 5(1)(f) does not apply."
            )
            .into(),
            None => tr!(
                lang,
                "Niet gesteld waarvoor het systeem bedoeld is; de uitzondering van art. 5 lid 1 sub f (medische of veiligheidsredenen) is niet aangetoond.",
                "Not stated what the system is intended for; the exception of art. 5(1)(f) (medical or safety reasons) is not shown."
            )
            .into(),
        },
        F::EmotionFromTextNotBiometric => tr!(
            lang,
            "Het systeem leidt emoties alleen af uit geschreven tekst. Tekst is geen biometrisch gegeven, dus geen emotieherkenning in de zin van de AI-verordening (art. 3 punt 39): het verbod van art. 5 lid 1 sub f geldt niet. Of het systeem werknemers beoordeelt, beslist of het een hoog risico heeft.",
            "The system infers emotions from written text only. Text is not biometric data, so this is no emotion recognition within the AI Act (art. 3(39)): the ban of art. 5(1)(f) does not apply. Whether the system evaluates workers decides whether it is high-risk."
        )
        .into(),
        F::ProhibitedNotHighRisk => tr!(
            lang,
            "Een verboden praktijk is niet daarnaast een AI-systeem met een hoog risico: de plichten voor hoog-risicosystemen zijn dan niet aan de orde.",
            "A prohibited practice is not also a high-risk AI system: the duties for high-risk systems are then beside the point."
        )
        .into(),
        F::HighRisk { capabilities } => {
            let c = list(capabilities.iter().map(|c| capability(*c, lang).to_string()), lang);
            let c = if c.is_empty() { tr!(lang, "controle op werknemers", "monitoring workers").to_string() } else { c };
            tr!(
                lang,
                format!("Een AI-systeem met een hoog risico ({c}): de gebruiksverantwoordelijke heeft eigen plichten."),
                format!("A high-risk AI system ({c}): the deployer has duties of its own.")
            )
        }
        F::NotHighRisk => tr!(
            lang,
            "Het AI-systeem voert alleen een beperkte procedurele of voorbereidende taak uit zonder profilering: geen hoog risico (art. 6 lid 3).",
            "The AI system only performs a narrow procedural or preparatory task without profiling: not high-risk (art. 6(3))."
        )
        .into(),
        F::HighRiskDutiesNotYetApplicable { from } => tr!(
            lang,
            format!("De plichten voor AI-systemen met een hoog risico gelden pas vanaf {from} (volgens de gekozen lezing van de data)."),
            format!("The duties for high-risk AI systems apply only from {from} (under the chosen schedule).")
        ),
        F::HumanOversight { assigned } => match assigned.proven() {
            true => tr!(lang, "Menselijk toezicht is toegewezen aan bekwame personen.", "Human oversight is assigned to competent people.").into(),
            false => tr!(
                lang,
                "Niet gebleken dat menselijk toezicht aan bekwame personen is toegewezen.",
                "Not shown that human oversight is assigned to competent people."
            )
            .into(),
        },
        F::WorkersInformed { informed } => match informed.proven() {
            true => tr!(
                lang,
                "De OR en de werknemers worden vóór ingebruikname geïnformeerd.",
                "The OR and staff are informed before the system is used."
            )
            .into(),
            false => tr!(
                lang,
                "Niet gebleken dat de OR en de werknemers vóór ingebruikname worden geïnformeerd.",
                "Not shown that the OR and staff are informed before the system is used."
            )
            .into(),
        },
        F::Barbulescu { criterion, assessment, counted_under } => {
            let name = match criterion {
                0 => tr!(lang, "heimelijke camera's alleen bij redelijk vermoeden en beperkt in tijd", "covert cameras only on reasonable suspicion and limited in time"),
                1 => tr!(lang, "voorafgaande kennisgeving", "notice in advance"),
                2 => tr!(lang, "omvang en indringendheid", "extent and intrusiveness"),
                3 => tr!(lang, "gerechtvaardigde redenen", "legitimate reasons"),
                4 => tr!(lang, "minder ingrijpende middelen", "less intrusive methods"),
                5 => tr!(lang, "gevolgen voor de werknemer", "consequences for the employee"),
                _ => tr!(lang, "waarborgen", "safeguards"),
            };
            let a = match assessment {
                Assessment::Met => tr!(lang, "pleit voor de maatregel", "weighs for the measure"),
                Assessment::NotMet => tr!(lang, "pleit tegen de maatregel", "weighs against the measure"),
                Assessment::NotExamined => tr!(lang, "niet onderzocht", "not examined"),
            };
            let under = match counted_under {
                Some(rule) => tr!(
                    lang,
                    format!(" Het gewicht telt één keer, onder {}.", rule.code()),
                    format!(" Its weight counts once, under {}.", rule.code())
                ),
                None => tr!(lang, " Geen eigen gewicht.", " No weight of its own.").to_string(),
            };
            tr!(lang, format!("Art. 8 EVRM, factor {name}: {a}.{under}"), format!("Art. 8 ECHR, factor {name}: {a}.{under}"))
        }
        F::PrivacyIntrusion { base, factors, intensity } => {
            let b = intrusion_base(*base, lang);
            let i = importance(*intensity, lang);
            let up: Vec<String> = factors.iter().filter(|(_, s)| *s > 0).map(|(f, _)| factor(*f, lang).to_string()).collect();
            let down: Vec<String> = factors.iter().filter(|(_, s)| *s < 0).map(|(f, _)| factor(*f, lang).to_string()).collect();
            let mut t = tr!(lang, format!("De inbreuk op de privacy, afgeleid uit de feiten: {b}."), format!("The privacy intrusion, derived from the facts: {b}."));
            if !up.is_empty() {
                let u = list(up, lang);
                t += &tr!(lang, format!(" Zwaarder: {u}."), format!(" Heavier: {u}."));
            }
            if !down.is_empty() {
                let d = list(down, lang);
                t += &tr!(lang, format!(" Lichter: {d}."), format!(" Lighter: {d}."));
            }
            t += &tr!(lang, format!(" De inbreuk is {i}."), format!(" The intrusion is {i}."));
            t
        }
        F::EmployerInterest { index, kind, statement, importance: i, importance_source, abstract_weight, substantiation: s, reliability, reliability_basis, weight, counted } => {
            let k = employer_kind(*kind, lang);
            let imp = importance(*i, lang);
            let src = source(*importance_source, lang);
            let b = basis(*reliability_basis, *s, lang);
            let (a, r, w) = (num(*abstract_weight), num(*reliability), num(*weight));
            let n = index + 1;
            tr!(
                lang,
                format!("Belang {n} van de ondernemer ({k}): \"{statement}\". Belang {imp} ({src}) × abstract gewicht {a} × betrouwbaarheid {r} ({b}) = {w}.{}{}", not_shown(*weight, *reliability, lang), counted_note(*counted, lang)),
                format!("Employer interest {n} ({k}): \"{statement}\". Importance {imp} ({src}) × abstract weight {a} × reliability {r} ({b}) = {w}.{}{}", not_shown(*weight, *reliability, lang), counted_note(*counted, lang))
            )
        }
        F::OrInterest { index, kind, statement, importance: i, importance_source, abstract_weight, substantiation: s, reliability, reliability_basis, weight, counted } => {
            let k = or_kind(*kind, lang);
            let imp = importance(*i, lang);
            let src = source(*importance_source, lang);
            let b = basis(*reliability_basis, *s, lang);
            let (a, r, w) = (num(*abstract_weight), num(*reliability), num(*weight));
            let n = index + 1;
            tr!(
                lang,
                format!("Belang {n} van de OR ({k}): \"{statement}\". Zwaarte {imp} ({src}) × abstract gewicht {a} × betrouwbaarheid {r} ({b}) = {w}.{}{}", not_shown(*weight, *reliability, lang), counted_note(*counted, lang)),
                format!("OR interest {n} ({k}): \"{statement}\". Intensity {imp} ({src}) × abstract weight {a} × reliability {r} ({b}) = {w}.{}{}", not_shown(*weight, *reliability, lang), counted_note(*counted, lang))
            )
        }
        F::OrConcern { concern, importance: i, abstract_weight, weight, counted } => {
            let imp = importance(*i, lang);
            let (a, w) = (num(*abstract_weight), num(*weight));
            let what = match concern {
                OrConcernKind::Procedure => tr!(
                    lang,
                    "De procedure van art. 27 lid 2 WOR is niet gevolgd (zie hierboven)".to_string(),
                    "The procedure of art. 27(2) WOR was not followed (see above)".to_string()
                ),
                OrConcernKind::EarlierAgreementNotKept { description } => tr!(
                    lang,
                    format!("De ondernemer is een eerdere afspraak met de OR niet nagekomen: \"{description}\""),
                    format!("The employer did not keep an earlier agreement with the OR: \"{description}\"")
                ),
                OrConcernKind::PrimaryTerms => tr!(
                    lang,
                    "De regeling wijzigt primaire arbeidsvoorwaarden die bij het cao-overleg horen; de OR mag weigeren daarover te beslissen voordat de vakbonden dat hebben gedaan".to_string(),
                    "The regeling changes primary terms of employment that belong to collective bargaining; the OR may decline to decide them before the unions have".to_string()
                ),
            };
            tr!(
                lang,
                format!("{what}. Dat weegt voor de OR: zwaarte {imp} × abstract gewicht {a} × betrouwbaarheid 1 (vaststaand) = {w}.{}", counted_note(*counted, lang)),
                format!("{what}. That weighs for the OR: intensity {imp} × abstract weight {a} × reliability 1 (established) = {w}.{}", counted_note(*counted, lang))
            )
        }
        F::EmployerCaseNotShown => tr!(
            lang,
            "De ondernemer heeft geen van zijn belangen ten minste aannemelijk gemaakt. Op hem rust de last te tonen dat zijn belangen zwaarder wegen; stellingen die niet zijn onderbouwd en worden betwist, blijven buiten beschouwing (art. 149 en 150 Rv), hoeveel het er ook zijn.",
            "The employer made none of its interests at least plausible. The burden is on it to show its interests weigh heavier; statements that are not substantiated and are disputed are left aside (arts. 149 and 150 Rv), however many there are."
        )
        .into(),
        F::RefusalReasonableWhileUnlawful { defects } => {
            let (nl, en) = if *defects == 1 {
                ("het hierboven genoemde punt".to_string(), "the point set out above".to_string())
            } else {
                (format!("de {defects} hierboven genoemde punten"), format!("the {defects} points set out above"))
            };
            tr!(
                lang,
                format!("Hoewel de belangen van de ondernemer zwaarder wegen, voldoet de regeling zoals voorgesteld op {nl} niet aan de wet. Zolang dat zo is, kon de OR zijn instemming in redelijkheid onthouden: de toestemming van de rechter maakt een onrechtmatige verwerking niet rechtmatig."),
                format!("Although the employer's interests weigh heavier, the regeling as proposed does not comply with the law on {en}. As long as that is so, the OR could reasonably withhold consent: the court's permission does not make unlawful processing lawful.")
            )
        }
        F::Balance { employer, works_council, balance } => {
            let (e, o) = (num(*employer), num(*works_council));
            match balance {
                Balance::EmployerHeavier => tr!(
                    lang,
                    format!("De belangen van de ondernemer ({e}) wegen zwaarder dan die van de OR ({o})."),
                    format!("The employer's interests ({e}) weigh heavier than the OR's ({o}).")
                ),
                Balance::Equal => tr!(
                    lang,
                    format!("De belangen wegen even zwaar ({e} tegen {o}). Dat is niet genoeg: de ondernemer draagt de bewijslast, de weigering is niet onredelijk."),
                    format!("The interests weigh equally ({e} against {o}). That is not enough: the employer bears the burden, the refusal is not unreasonable.")
                ),
                Balance::WorksCouncilHeavier => tr!(
                    lang,
                    format!("De belangen van de OR ({o}) wegen zwaarder dan die van de ondernemer ({e}): de weigering is niet onredelijk."),
                    format!("The OR's interests ({o}) weigh heavier than the employer's ({e}): the refusal is not unreasonable.")
                ),
            }
        }
        F::HardDefectBlocksGrant => tr!(
            lang,
            "Een categorisch verbod staat aan toestemming in de weg: de toestemming van de rechter kan een onrechtmatige verwerking niet rechtmatig maken (lezing van de bibliotheek, gesteund door HvJ EU C-65/23).",
            "A categorical ban stands in the way of permission: the court's permission cannot make unlawful processing lawful (the library's reading, supported by CJEU C-65/23)."
        )
        .into(),
        F::Stage2NotReached { reading: r } => {
            let r = reading(*r, lang);
            tr!(
                lang,
                format!("Volgens de lezing {r} komt grond 2 alleen aan bod bij (ongeveer) gelijk gewicht; dat is hier niet zo."),
                format!("Under the reading {r} ground 2 is examined only at (about) equal weight; that is not the case here.")
            )
        }
        F::Stage2BlockedByDefects { defects } => tr!(
            lang,
            format!("Grond 2 kan niet slagen zolang {defects} herstelbare gebrek(en) bestaan: een onrechtmatige regeling kan niet door zwaarwegende redenen gevergd worden."),
            format!("Ground 2 cannot succeed while {defects} curable defect(s) remain: an unlawful regeling cannot be required by weighty reasons.")
        ),
        F::WeightyReasons { reasons, weight, employer, against, reading: r, met } => {
            let items = list(
                reasons.iter().map(|x| {
                    let (k, c, w, n) = (employer_kind(x.kind, lang), category(x.category, lang), num(x.weight), x.index + 1);
                    tr!(lang, format!("belang {n} ({k}, {c}, gewicht {w})"), format!("interest {n} ({k}, {c}, weight {w})"))
                }),
                lang,
            );
            let (w, e, a) = (num(*weight), num(*employer), num(*against));
            let shown = tr!(
                lang,
                format!("Bewezen zwaarwegende redenen die het besluit vergen: {items}."),
                format!("Proven weighty reasons that require the decision: {items}.")
            );
            let weighed = match (r, met) {
                (Stage2Reading::EqualBand, true) => tr!(
                    lang,
                    format!("De belangen wegen ongeveer even zwaar (ondernemer {e}, OR {a}); bij dat evenwicht geven deze redenen de doorslag: het besluit wordt erdoor gevergd en grond 2 is vervuld."),
                    format!("The interests weigh about equally (employer {e}, works council {a}); in that balance these reasons tip it: they require the decision and ground 2 is met.")
                ),
                (Stage2Reading::EqualBand, false) => tr!(
                    lang,
                    format!("De belangen wegen niet ongeveer even zwaar (ondernemer {e}, OR {a}): deze redenen kunnen het besluit niet vergen; grond 2 is niet vervuld."),
                    format!("The interests do not weigh about equally (employer {e}, works council {a}): these reasons cannot require the decision; ground 2 is not met.")
                ),
                (_, true) => tr!(
                    lang,
                    format!("Afgewogen tegen de belangen die tegen het besluit pleiten (gewicht {a}), wegen deze redenen (gewicht {w}) niet duidelijk lichter: zij vergen het besluit ondanks de bezwaren, en grond 2 is vervuld."),
                    format!("Weighed against the interests against the decision (weight {a}), these reasons (weight {w}) are not clearly lighter: they require the decision despite the objections, and ground 2 is met.")
                ),
                (_, false) => tr!(
                    lang,
                    format!("Afgewogen tegen de belangen die tegen het besluit pleiten (gewicht {a}), wegen deze redenen (gewicht {w}) duidelijk lichter. Zwaarwegende redenen zijn geen troefkaart: ook onder grond 2 worden de betrokken belangen inhoudelijk afgewogen, en tegen duidelijk zwaardere belangen in vergen zij het besluit niet. Grond 2 is niet vervuld."),
                    format!("Weighed against the interests against the decision (weight {a}), these reasons (weight {w}) are clearly lighter. Weighty reasons are no trump card: under ground 2 too the interests at stake are weighed on their merits, and against clearly heavier interests they do not require the decision. Ground 2 is not met.")
                ),
            };
            format!("{shown} {weighed}")
        }
        F::NoWeightyReason { reasons } => {
            if reasons.is_empty() {
                tr!(lang, "De ondernemer voert geen redenen aan: grond 2 is niet vervuld.", "The employer gives no reasons: ground 2 is not met.").into()
            } else {
                let r = list(reasons.iter().map(|(i, w)| format!("{} {}: {}", tr!(lang, "belang", "interest"), i + 1, not_weighty(*w, lang))), lang);
                tr!(
                    lang,
                    format!("Geen reden is zwaarwegend, bewezen en vergt het besluit ({r}): grond 2 is niet vervuld."),
                    format!("No reason is weighty, proven and requires the decision ({r}): ground 2 is not met.")
                )
            }
        }
        F::CumulativeReading { ground1, ground2 } => {
            let yn = |b: bool| if b { tr!(lang, "ja", "yes") } else { tr!(lang, "nee", "no") };
            let (a, b) = (yn(*ground1), yn(*ground2));
            tr!(
                lang,
                format!("Volgens de cumulatieve lezing (Rb. Utrecht 2012) zijn beide gronden nodig: grond 1 {a}, grond 2 {b}."),
                format!("Under the cumulative reading (Rb Utrecht 2012) both grounds are needed: ground 1 {a}, ground 2 {b}.")
            )
        }
        F::PartlyGranted { granted, refused } => {
            let (g, r) = (granted.join(", "), refused.join(", "));
            tr!(
                lang,
                format!("De regeling heeft scheidbare onderdelen. Toestemming voor: {g}; geen toestemming voor: {r}."),
                format!("The regeling has separable elements. Permission for: {g}; no permission for: {r}.")
            )
        }
        F::AdviceRight => tr!(
            lang,
            "Parallel spoor: de invoering van een AI-systeem of belangrijke technologische voorziening kan ook onder het adviesrecht vallen (art. 25 lid 1 sub k WOR; geschillen bij de Ondernemingskamer).",
            "Parallel track: introducing an AI system or important technological facility may also fall under the advice right (art. 25(1)(k) WOR; disputes go to the Enterprise Chamber)."
        )
        .into(),
        F::ApSupervises => tr!(
            lang,
            "Parallel spoor: de Autoriteit Persoonsgegevens houdt toezicht op de AVG, wat de kantonrechter ook beslist; toestemming van de rechter maakt een verwerking niet rechtmatig.",
            "Parallel track: the Dutch Data Protection Authority (AP) supervises the AVG whatever the kantonrechter decides; the court's permission does not make processing lawful."
        )
        .into(),
        F::NullityTrack => tr!(
            lang,
            "Parallel spoor: de ondernemer voerde het besluit zonder instemming uit; de OR kan de nietigheid binnen een maand schriftelijk inroepen (art. 27 lid 5 WOR) en de rechter vragen uitvoering te verbieden.",
            "Parallel track: the employer carried out the decision without consent; the OR can invoke nullity in writing within one month (art. 27(5) WOR) and ask the court to forbid carrying it out."
        )
        .into(),
        F::PrecedentContradicted {
            precedent,
            won_by,
            factors,
        } => {
            let p = precedent_ref(precedent, lang);
            let s = side(*won_by, lang);
            let f = list(factors.iter().map(|f| f.label(lang).to_string()), lang);
            let f = if f.is_empty() {
                tr!(lang, "geen", "none").to_string()
            } else {
                f
            };
            tr!(
                lang,
                format!(
                    "Let op: deze uitkomst is a fortiori in strijd met {p}. Deze zaak heeft elke factor ten gunste van {s} die dat precedent had ({f}) en geen factor voor de wederpartij die het miste, maar {s} verliest hier. Een rechter zou de zaken moeten onderscheiden op feiten die de factoren niet vangen; de uitkomst blijft staan."
                ),
                format!(
                    "Note: this outcome contradicts {p} a fortiori. This case has every factor favouring {s} that the precedent had ({f}) and no factor for the other side that it lacked, yet {s} loses here. A court would have to distinguish the cases on facts the factors do not capture; the outcome stands."
                )
            )
        }
        F::PrecedentSupports { precedents } => {
            let ps = list(precedents.iter().map(|p| precedent_ref(p, lang)), lang);
            tr!(
                lang,
                format!("Deze uitkomst volgt a fortiori uit {ps}: deze zaak is minstens zo sterk voor de partij die daar won."),
                format!("This outcome follows a fortiori from {ps}: this case is at least as strong for the side that won there.")
            )
        }
        F::NoPrecedentBinds { checked } => tr!(
            lang,
            format!("Geen van de {checked} beslechte zaken met een gemeenschappelijk onderwerp bindt deze zaak a fortiori, in welke richting ook."),
            format!("None of the {checked} decided cases sharing a subject binds this case a fortiori, either way.")
        ),
    }
}

/// A decided case as the trace cites it: name, id, date and outcome.
fn precedent_ref(p: &crate::precedent::PrecedentRef, lang: Lang) -> String {
    let won = match p.outcome.employer_won() {
        Some(true) => outcome(Outcome::Granted, lang),
        Some(false) => outcome(Outcome::Refused, lang),
        None => p.outcome.code(),
    };
    let deliberate = if p.deliberate_difference {
        tr!(
            lang,
            "; de bibliotheek wijkt hier bewust van af",
            "; the library departs from it on purpose"
        )
    } else {
        ""
    };
    format!("{} ({}, {}: {won}{deliberate})", p.name, p.id, p.date)
}

/// The text of an effect.
pub(crate) fn effect(e: &Effect, lang: Lang) -> String {
    match e {
        Effect::Passed => tr!(lang, "voldaan", "met").into(),
        Effect::Decides { outcome: o } => {
            let o = outcome(*o, lang);
            tr!(lang, format!("beslissend: {o}"), format!("decisive: {o}"))
        }
        Effect::Weighs { side: s, weight } => {
            let (s, w) = (side(*s, lang), num(*weight));
            tr!(
                lang,
                format!("weegt voor {s}: {w}"),
                format!("weighs for {s}: {w}")
            )
        }
        Effect::CurableDefect => tr!(
            lang,
            "herstelbaar gebrek: staat aan toestemming in de weg totdat de regeling is aangepast",
            "curable defect: stands in the way of permission until the regeling is mended"
        )
        .into(),
        Effect::NotArgued => tr!(
            lang,
            "door de OR niet aangevoerd en niet zonder meer uit de feiten gebleken: blijft buiten beschouwing (art. 24 Rv)",
            "not raised by the OR and not plain from the facts: left aside (art. 24 Rv)"
        )
        .into(),
        Effect::HardDefect => tr!(
            lang,
            "categorisch verbod: geen toestemming mogelijk",
            "categorical ban: no permission possible"
        )
        .into(),
        Effect::Noted => tr!(lang, "ter toelichting", "for the explanation").into(),
        Effect::NotApplicable => tr!(lang, "niet van toepassing", "not applicable").into(),
    }
}
