//! The evidence checklist: for each interest and defect that can still be proven or mended,
//! what would establish it, listed for the side that bears the burden.
//!
//! It is read from the levers of [`whatif`](crate::whatif::levers): each lever a side can
//! pull itself that proves something or puts a safeguard on paper carries the kinds of
//! evidence that would do. Concessions (withdrawing the other side's interests) are not
//! evidence and are left out.

use schemars::JsonSchema;
use serde::Serialize;

use crate::Calibration;
use crate::request::Request;
use crate::ruling::{Lang, Side};
use crate::whatif::levers;

/// One thing to prove, with what would prove it.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct EvidenceItem {
    /// What to establish or put on paper, in one sentence.
    pub text: String,
    /// The kinds of evidence that would do.
    pub evidence: Vec<String>,
}

/// What one side could still prove.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, JsonSchema)]
pub struct EvidenceList {
    /// The side that bears the burden of it.
    pub side: Side,
    /// The items, in the order of the test.
    pub items: Vec<EvidenceItem>,
}

/// The checklist of both sides, the employer's first; a side with nothing to prove is left
/// out.
pub(super) fn checklist(request: &Request, lang: Lang) -> Vec<EvidenceList> {
    let cal = Calibration::with_overrides(&request.calibration).unwrap_or_default();
    let all = levers::catalogue(request, &cal);
    [Side::Employer, Side::WorksCouncil]
        .into_iter()
        .map(|side| EvidenceList {
            side,
            items: all
                .iter()
                .filter(|l| l.made_by == side && l.helps == side && !l.evidence.is_empty())
                .map(|l| EvidenceItem {
                    text: match lang {
                        Lang::Nl => l.nl.clone(),
                        Lang::En => l.en.clone(),
                    },
                    evidence: l
                        .evidence
                        .iter()
                        .map(|e| match lang {
                            Lang::Nl => e.nl().to_string(),
                            Lang::En => e.en().to_string(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .filter(|l| !l.items.is_empty())
        .collect()
}
