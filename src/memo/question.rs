//! The court's questions: the headings under which a beschikking on art. 27 lid 4 WOR sets
//! out its reasoning, and which question each rule of the catalogue answers.
//!
//! The order is the order of the test (DOMAIN §2): is there a consent right, is the request
//! admissible, is the regeling lawful, does the refusal stand the weighing (ground 1), do
//! weighty reasons require the decision (ground 2). The grouping is the library's reading of
//! how published decisions are set out (INFERENCE: the decisions in `cases/` use these
//! questions, not always under these words).

use serde::Serialize;

use crate::law::RuleId;
use crate::ruling::Lang;
use crate::ruling::text::s;

/// A question the court answers, in the order it answers them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// *Instemmingsrecht*: does the decision need the works council's consent (art. 27 lid 1
    /// and 3 WOR)?
    Instemmingsrecht,
    /// *Ontvankelijkheid*: may the employer ask the court (art. 27 lid 2, 4 and 5; art. 36
    /// lid 4 WOR)?
    Ontvankelijkheid,
    /// *Rechtmatigheid*: does the regeling comply with the AVG, the AI Act and art. 8 ECHR?
    Rechtmatigheid,
    /// *Belangenafweging*: is the refusal unreasonable (ground 1)?
    Belangenafweging,
    /// *Zwaarwegende redenen*: do weighty reasons require the decision (ground 2)?
    ZwaarwegendeRedenen,
}

impl Question {
    /// The question a rule answers. Exhaustive: a new rule must be placed.
    pub fn of(rule: RuleId) -> Question {
        use Question::*;
        use RuleId as R;
        match rule {
            R::Wor27_1Scope
            | R::Wor27_1K
            | R::Wor27_1L
            | R::Wor27_1CovertOnce
            | R::Wor27_1G
            | R::Wor32
            | R::Wor27_3
            | R::Wor25_1K
            | R::WorEarlierAgreement
            | R::WorPrimaryTerms => Instemmingsrecht,
            R::Wor27_2
            | R::Wor27_2Term
            | R::Wor27_2Premature
            | R::Wor27_4Petitum
            | R::Wor27_5
            | R::Wor36
            | R::Wor22 => Ontvankelijkheid,
            R::Wor27_4Ground2 | R::Wor27_4Ground2Weighing => ZwaarwegendeRedenen,
            R::Wor27_4Ground1
            | R::Wor27_4OrAlternative
            | R::Wor27_4Arguments
            | R::Wor27_4Unrelated
            | R::CaseOmron2016
            | R::Rv149
            | R::Rv150
            | R::Rv24
            | R::PrecedentAFortiori => Belangenafweging,
            R::Wbp8F
            | R::Avg5_1C
            | R::Avg5_1CSuitability
            | R::Avg5_1E
            | R::RetentionPerKind
            | R::RetentionEmployment
            | R::RetentionProceedings
            | R::Atb3_2_1
            | R::Avg5_2
            | R::Avg6_1AEmp
            | R::Avg6_1C
            | R::Avg6_3
            | R::Avg6_1E
            | R::Avg6_1F1
            | R::Avg6_1F2
            | R::Avg6_1F3
            | R::Avg6_4
            | R::Avg9_1
            | R::Uavg29
            | R::Uavg29Design
            | R::Avg9_1Categories
            | R::Uavg30
            | R::Avg13_14
            | R::Avg22
            | R::Avg22Effects
            | R::Avg35_1
            | R::ApDpiaList
            | R::Avg88
            | R::ApMonitor
            | R::ApSupervision
            | R::Aia3_1
            | R::Aia3_39
            | R::Aia5_1E
            | R::Aia5_1F
            | R::Aia5_1G
            | R::Aia6_3
            | R::AiaAnnexIII1
            | R::AiaAnnexIII4B
            | R::Aia26_2
            | R::Aia26_7
            | R::AiaOmnibus
            | R::EchrBarbulescu1
            | R::EchrBarbulescu2
            | R::EchrBarbulescu3
            | R::EchrBarbulescu4
            | R::EchrBarbulescu5
            | R::EchrBarbulescu6
            | R::EchrLopezRibalda
            | R::NlThuiswerk
            | R::ApPrivateTime
            | R::HomeHousemates => Rechtmatigheid,
        }
    }

    /// The heading, in the reader's language (`src/ruling/sentences/memo.toml`).
    pub fn heading(self, lang: Lang) -> &'static str {
        use Question::*;
        match self {
            Instemmingsrecht => s::QuestionInstemmingsrecht.say(lang),
            Ontvankelijkheid => s::QuestionOntvankelijkheid.say(lang),
            Rechtmatigheid => s::QuestionRechtmatigheid.say(lang),
            Belangenafweging => s::QuestionBelangenafweging.say(lang),
            ZwaarwegendeRedenen => s::QuestionZwaarwegendeRedenen.say(lang),
        }
    }
}
