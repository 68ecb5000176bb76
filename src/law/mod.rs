//! The rule catalogue as data: every rule the engine applies, with its id (the ids of
//! `law/RULES.md`), the sources it rests on, how sure the catalogue is of it, and the dates
//! it is in force. Which law applies is decided by the request's `as_of` date.
//!
//! A rule's status is the catalogue's own label: `verified` (a stored source states it),
//! `partial`, `memory` (the maintainers' recollection, to be checked), `unverified`, or
//! `inference` (a modelling conclusion no source states as such). The trace shows it, so a
//! lawyer sees which steps rest on firm ground.
//!
//! Every source has a [`SourceKind`]: a rule cites its primary sources (the article, the
//! decision, official guidance) before any secondary one, and a ruling cites
//! [`Rule::ruling_sources`], which never include theory.

mod catalogue;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use catalogue::CATALOGUE;

use crate::Date;
use crate::request::AiActSchedule;

/// The version of the law catalogue: the date of the latest source it was checked against.
pub const LAW_VERSION: &str = "2026-07-04";

/// The first day the library has law for: the Wbp entered into force on 1 September 2001
/// (MEMORY: the date is the maintainers' recollection). Before that day the Wet
/// persoonsregistraties applied, which the library does not model.
pub const SUPPORTED_FROM: Date = Date::ymd(2001, 9, 1);

/// The last day the library answers for. After its catalogue's date the library applies the
/// law as it then knew it, and warns; beyond this horizon it refuses to guess.
pub const SUPPORTED_UNTIL: Date = Date::ymd(2027, 12, 31);

/// The AVG applies from this day (art. 99(2) AVG); before it, the Wbp.
pub const AVG_FROM: Date = Date::ymd(2018, 5, 25);

/// The AI Act's prohibitions (art. 5) apply from this day (art. 113(a)).
pub const AI_PROHIBITIONS_FROM: Date = Date::ymd(2025, 2, 2);

/// The day the catalogue's sources end; a ruling for a later day carries a warning.
pub const KNOWN_UNTIL: Date = Date::ymd(2026, 7, 4);

/// From when the AI Act's duties for Annex III high-risk systems (art. 26) apply, under the
/// chosen schedule (AIA-113, AIA-OMNIBUS).
pub fn high_risk_duties_from(schedule: AiActSchedule) -> Date {
    match schedule {
        AiActSchedule::Original => Date::ymd(2026, 8, 2),
        AiActSchedule::Omnibus => Date::ymd(2027, 12, 2),
    }
}

/// How sure the catalogue is of a rule (RULES.md's labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// A stored source states it.
    Verified,
    /// A source confirms the substance, not every detail.
    Partial,
    /// The maintainers' recollection; to be checked.
    Memory,
    /// Could not be confirmed.
    Unverified,
    /// A modelling conclusion drawn from the sources.
    Inference,
}

/// What kind of source a citation is: it decides the order in which a ruling cites a rule's
/// sources (primary before secondary) and whether a ruling cites it at all (theory never).
///
/// The kind is that of what the link shows, not of what it talks about: a law firm's summary
/// of a judgment is [`Secondary`](SourceKind::Secondary), and so is an unofficial copy of
/// an official text (a decision of the AP reproduced on another site).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// The official text of a statute, decree or regulation: wetten.overheid.nl (with the
    /// article), EUR-Lex, the Staatsblad.
    Legislation,
    /// A court decision on an official site: uitspraken.rechtspraak.nl (by ECLI), HUDOC.
    CaseLaw,
    /// Official guidance of a supervisory authority or government body on its own site: the
    /// Autoriteit Persoonsgegevens, the EDPB, a ministry's framework.
    Guidance,
    /// Official parliamentary papers: answers to parliamentary questions, Kamerstukken, on
    /// officielebekendmakingen.nl.
    Parliamentary,
    /// Commentary: law firms, publishers, blogs, annotated editions, unofficial copies. Cited
    /// only where it adds what the primary sources of the rule do not show, and after them.
    Secondary,
    /// Legal or AI-and-law theory behind a modelling device (e.g. the reason model of
    /// precedent). Never cited in a ruling: [`Rule::ruling_sources`] leaves it out; the book
    /// may list it ([`Rule::theory_sources`]).
    Theory,
}

impl SourceKind {
    /// Is it a primary source (legislation, a decision, official guidance or parliamentary
    /// papers)?
    pub const fn is_primary(self) -> bool {
        matches!(
            self,
            SourceKind::Legislation
                | SourceKind::CaseLaw
                | SourceKind::Guidance
                | SourceKind::Parliamentary
        )
    }

    /// The kind as written in JSON (`snake_case`).
    pub const fn code(self) -> &'static str {
        match self {
            SourceKind::Legislation => "legislation",
            SourceKind::CaseLaw => "case_law",
            SourceKind::Guidance => "guidance",
            SourceKind::Parliamentary => "parliamentary",
            SourceKind::Secondary => "secondary",
            SourceKind::Theory => "theory",
        }
    }
}

/// A source a rule rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// How a lawyer would cite it, e.g. "art. 27 lid 4 WOR".
    pub label: &'static str,
    /// Where to read it; `None` for the project's seed documents and for theory the
    /// catalogue has no link for.
    pub url: Option<&'static str>,
    /// What kind of source it is.
    pub kind: SourceKind,
}

impl Source {
    /// The official text of a statute or regulation (link to the article where the catalogue
    /// can build one).
    pub const fn legislation(label: &'static str, url: &'static str) -> Source {
        Source {
            label,
            url: Some(url),
            kind: SourceKind::Legislation,
        }
    }

    /// A court decision on an official site.
    pub const fn case_law(label: &'static str, url: &'static str) -> Source {
        Source {
            label,
            url: Some(url),
            kind: SourceKind::CaseLaw,
        }
    }

    /// Official guidance of a supervisory authority or government body.
    pub const fn guidance(label: &'static str, url: &'static str) -> Source {
        Source {
            label,
            url: Some(url),
            kind: SourceKind::Guidance,
        }
    }

    /// Official parliamentary papers.
    pub const fn parliamentary(label: &'static str, url: &'static str) -> Source {
        Source {
            label,
            url: Some(url),
            kind: SourceKind::Parliamentary,
        }
    }

    /// Commentary with a link.
    pub const fn secondary(label: &'static str, url: &'static str) -> Source {
        Source {
            label,
            url: Some(url),
            kind: SourceKind::Secondary,
        }
    }

    /// Commentary without a public link (the project's seed documents).
    pub const fn secondary_unlinked(label: &'static str) -> Source {
        Source {
            label,
            url: None,
            kind: SourceKind::Secondary,
        }
    }

    /// Theory behind a modelling device; never cited in a ruling.
    pub const fn theory(label: &'static str, url: Option<&'static str>) -> Source {
        Source {
            label,
            url,
            kind: SourceKind::Theory,
        }
    }
}

/// A rule of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Its id.
    pub id: RuleId,
    /// Its title in Dutch.
    pub title_nl: &'static str,
    /// Its title in English.
    pub title_en: &'static str,
    /// How sure the catalogue is of it.
    pub status: Status,
    /// In force from (inclusive); `None`: throughout the library's range.
    pub from: Option<Date>,
    /// In force until (inclusive); `None`: still in force.
    pub until: Option<Date>,
    /// All its sources, primary first (the official text, then decisions and guidance),
    /// then secondary, then theory. A ruling cites [`Rule::ruling_sources`], not this.
    pub sources: &'static [Source],
}

impl Rule {
    /// Is the rule in force on `day`?
    pub fn in_force(&self, day: Date) -> bool {
        self.from.is_none_or(|f| day >= f) && self.until.is_none_or(|u| day <= u)
    }

    /// The sources a ruling cites for this rule: the primary ones first, then the secondary
    /// ones, each in catalogue order; never theory.
    pub fn ruling_sources(&self) -> impl Iterator<Item = &'static Source> + use<> {
        let all = self.sources;
        all.iter()
            .filter(|s| s.kind.is_primary())
            .chain(all.iter().filter(|s| s.kind == SourceKind::Secondary))
    }

    /// The theory behind the rule (for the book; never in a ruling).
    pub fn theory_sources(&self) -> impl Iterator<Item = &'static Source> + use<> {
        self.sources.iter().filter(|s| s.kind == SourceKind::Theory)
    }
}

macro_rules! rule_ids {
    ($( $variant:ident = $code:literal ),* $(,)?) => {
        /// The id of a rule, written as in `law/RULES.md` (e.g. `WOR-27-4-GROUND1`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(missing_docs)]
        #[non_exhaustive]
        pub enum RuleId { $( $variant, )* }

        impl RuleId {
            /// Every rule id, in catalogue order.
            pub const ALL: &'static [RuleId] = &[ $( RuleId::$variant, )* ];

            /// The id as written in the catalogue.
            pub const fn code(self) -> &'static str {
                match self { $( RuleId::$variant => $code, )* }
            }

            /// The id for a code, if there is one.
            pub fn from_code(code: &str) -> Option<RuleId> {
                match code { $( $code => Some(RuleId::$variant), )* _ => None }
            }
        }
    };
}

rule_ids! {
    Wor27_1Scope = "WOR-27-1-SCOPE",
    Wor27_1K = "WOR-27-1-k",
    Wor27_1L = "WOR-27-1-l",
    Wor27_1CovertOnce = "WOR-27-1-COVERT-ONCE",
    Wor27_1G = "WOR-27-1-g",
    Wor32 = "WOR-32",
    Wor27_2 = "WOR-27-2",
    Wor27_2Term = "WOR-27-2-TERM",
    Wor27_2Premature = "WOR-27-2-PREMATURE",
    Wor27_3 = "WOR-27-3",
    Wor27_4Ground1 = "WOR-27-4-GROUND1",
    Wor27_4Ground2 = "WOR-27-4-GROUND2",
    Wor27_4Ground2Weighing = "WOR-27-4-GROUND2-WEIGHING",
    Wor27_4Petitum = "WOR-27-4-PETITUM",
    Wor27_4OrAlternative = "WOR-27-4-OR-ALTERNATIVE",
    Wor27_4Arguments = "WOR-27-4-ARGUMENTS",
    Wor27_4Unrelated = "WOR-27-4-UNRELATED",
    Wor27_5 = "WOR-27-5",
    Wor25_1K = "WOR-25-1-k",
    Wor36 = "WOR-36",
    Wor22 = "WOR-22",
    CaseOmron2016 = "CASE-OMRON-2016",
    Rv149 = "RV-149",
    Rv150 = "RV-150",
    Rv24 = "RV-24",
    WorEarlierAgreement = "WOR-EARLIER-AGREEMENT",
    WorPrimaryTerms = "WOR-PRIMARY-TERMS",
    Wbp8F = "WBP-8-f",
    Avg5_1C = "AVG-5-1-c",
    Avg5_1CSuitability = "AVG-5-1-c-SUITABILITY",
    Avg5_1E = "AVG-5-1-e",
    RetentionPerKind = "RETENTION-PER-KIND",
    RetentionEmployment = "RETENTION-EMPLOYMENT",
    RetentionProceedings = "RETENTION-PROCEEDINGS",
    Atb3_2_1 = "ATB-3-2-1",
    Avg5_2 = "AVG-5-2",
    Avg6_1AEmp = "AVG-6-1-a-EMP",
    Avg6_1C = "AVG-6-1-c",
    Avg6_3 = "AVG-6-3",
    Avg6_1E = "AVG-6-1-e",
    Avg6_1F1 = "AVG-6-1-f-1",
    Avg6_1F2 = "AVG-6-1-f-2",
    Avg6_1F3 = "AVG-6-1-f-3",
    Avg6_4 = "AVG-6-4",
    Avg9_1 = "AVG-9-1",
    Uavg29 = "UAVG-29",
    Uavg29Design = "UAVG-29-DESIGN",
    Avg9_1Categories = "AVG-9-1-CATEGORIES",
    Uavg30 = "UAVG-30",
    Avg13_14 = "AVG-13-14",
    Avg22 = "AVG-22",
    Avg22Effects = "AVG-22-EFFECTS",
    Avg35_1 = "AVG-35-1",
    ApDpiaList = "AP-DPIA-LIST",
    Avg88 = "AVG-88",
    ApMonitor = "AP-MONITOR",
    ApSupervision = "AP-TOEZICHT",
    Aia3_1 = "AIA-3-1",
    Aia3_39 = "AIA-3-39",
    Aia5_1E = "AIA-5-1-e",
    Aia5_1F = "AIA-5-1-f",
    Aia5_1G = "AIA-5-1-g",
    Aia6_3 = "AIA-6-3",
    AiaAnnexIII1 = "AIA-ANNEX-III-1",
    AiaAnnexIII4B = "AIA-ANNEX-III-4-b",
    Aia26_2 = "AIA-26-2",
    Aia26_7 = "AIA-26-7",
    AiaOmnibus = "AIA-OMNIBUS",
    EchrBarbulescu1 = "ECHR-BARBULESCU-1",
    EchrBarbulescu2 = "ECHR-BARBULESCU-2",
    EchrBarbulescu3 = "ECHR-BARBULESCU-3",
    EchrBarbulescu4 = "ECHR-BARBULESCU-4",
    EchrBarbulescu5 = "ECHR-BARBULESCU-5",
    EchrBarbulescu6 = "ECHR-BARBULESCU-6",
    EchrLopezRibalda = "ECHR-LOPEZ-RIBALDA",
    NlThuiswerk = "NL-THUISWERK",
    ApPrivateTime = "AP-PRIVATE-TIME",
    HomeHousemates = "HOME-HOUSEMATES",
    PrecedentAFortiori = "PRECEDENT-A-FORTIORI",
}

impl RuleId {
    /// The rule with this id.
    pub fn rule(self) -> &'static Rule {
        &CATALOGUE[self as usize]
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RuleId, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        RuleId::from_code(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown rule id {s:?}")))
    }
}

impl JsonSchema for RuleId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = RuleId::ALL.iter().map(|r| r.code()).collect();
        schemars::json_schema!({ "type": "string", "enum": codes, "description": "A rule id of the catalogue." })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_indexed_by_id() {
        assert_eq!(CATALOGUE.len(), RuleId::ALL.len());
        for (i, id) in RuleId::ALL.iter().enumerate() {
            assert_eq!(CATALOGUE[i].id, *id, "catalogue out of order at {i}");
            assert_eq!(*id as usize, i);
            assert_eq!(RuleId::from_code(id.code()), Some(*id));
        }
    }

    #[test]
    fn every_rule_has_an_official_or_decision_source_with_a_link() {
        for r in CATALOGUE {
            assert!(
                r.sources.iter().any(|s| s.url.is_some()),
                "{} has no linked source",
                r.id.code()
            );
            for s in r.sources {
                if let Some(url) = s.url {
                    assert!(
                        url.starts_with("https://") || url.starts_with("http://"),
                        "{}: {url}",
                        r.id.code()
                    );
                }
                assert!(!s.label.is_empty());
            }
            assert!(!r.title_nl.is_empty() && !r.title_en.is_empty());
            if let (Some(f), Some(u)) = (r.from, r.until) {
                assert!(f <= u, "{}", r.id.code());
            }
        }
    }

    #[test]
    fn dated_law() {
        assert!(!RuleId::Avg22.rule().in_force(Date::ymd(2018, 5, 24)));
        assert!(RuleId::Avg22.rule().in_force(AVG_FROM));
        assert!(RuleId::Wbp8F.rule().in_force(Date::ymd(2016, 9, 20)));
        assert!(!RuleId::Wbp8F.rule().in_force(AVG_FROM));
        assert!(!RuleId::Aia5_1F.rule().in_force(Date::ymd(2025, 2, 1)));
        assert!(RuleId::Aia5_1F.rule().in_force(AI_PROHIBITIONS_FROM));
    }
}
