//! Stage 2 — ground 2 of art. 27 lid 4 WOR: is the decision required (*gevergd*) by weighty
//! organisational, economic or social reasons of the business?
//!
//! It looks at the employer's reasons only, and needs all of:
//! - a reason of the business (every employer interest kind has its category);
//! - weighty: its weight (importance × abstract weight × reliability) at least
//!   `stage2.min_weight`, and proven (reliability established): the court needs
//!   *demonstrable* weighty reasons (QBuzz 2017, ECLI:NL:RBMNE:2017:2223);
//! - required: the employer has shown the reason cannot be met without the decision;
//! - lawful: no curable defect outstanding that the works council raised or the facts
//!   plainly show (unlawful processing cannot be "required"; seed article §5.2), including a
//!   less intrusive alternative that reaches the goal.
//!
//! When stage 2 is examined at all depends on the reading ([`Stage2Reading`]).

use crate::engine::Ctx;
use crate::law::RuleId as R;
use crate::legality::Defects;
use crate::request::Stage2Reading;
use crate::ruling::{Effect, Finding as F, NotWeighty, Outcome};
use crate::stage1::Part;
use crate::weighing;

/// Is stage 2 reached on these weights under the reading? (The cumulative reading always
/// examines it.)
pub(crate) fn reached(
    ctx: &Ctx,
    employer: rust_decimal::Decimal,
    works_council: rust_decimal::Decimal,
) -> bool {
    match ctx.req.readings.stage2 {
        Stage2Reading::Statute | Stage2Reading::Cumulative => true,
        Stage2Reading::EqualBand => {
            employer >= (rust_decimal::Decimal::ONE - ctx.cal.equal_band) * works_council
        }
    }
}

/// Record that stage 2 is not reached; the request is refused.
pub(crate) fn not_reached(ctx: &mut Ctx, part: &Part) {
    let finding = F::Stage2NotReached {
        reading: ctx.req.readings.stage2,
    };
    part.step(
        ctx,
        R::Wor27_4Ground2,
        finding,
        Effect::Decides {
            outcome: Outcome::Refused,
        },
    );
}

/// Examine ground 2 for a part. `decides`: whether this step decides the outcome (not under
/// the cumulative reading, where the caller combines both grounds).
pub(crate) fn examine(ctx: &mut Ctx, part: &Part, defects: &[Defects], decides: bool) -> bool {
    let effect = |met: bool| {
        if !decides {
            Effect::Noted
        } else if met {
            Effect::Decides {
                outcome: Outcome::Granted,
            }
        } else {
            Effect::Decides {
                outcome: Outcome::Refused,
            }
        }
    };
    let outstanding: usize = part
        .elements
        .iter()
        .map(|&i| defects[i].curable.len())
        .sum();
    if outstanding > 0 {
        part.step(
            ctx,
            R::Wor27_4Ground2,
            F::Stage2BlockedByDefects {
                defects: outstanding,
            },
            effect(false),
        );
        return false;
    }
    let req = ctx.req;
    let mut why_not = Vec::new();
    for (index, i) in req.interests.employer.iter().enumerate() {
        if !part.concerns(&i.elements) {
            continue;
        }
        let w = weighing::employer_interest(ctx, i);
        let (weight, reliability) = (w.weight, w.reliability);
        let reason = if reliability < ctx.cal.established {
            Some(NotWeighty::NotProven)
        } else if weight < ctx.cal.stage2_min_weight {
            Some(NotWeighty::TooLight)
        } else if !i.requires_decision.proven() {
            Some(NotWeighty::NotRequired)
        } else {
            None
        };
        match reason {
            Some(r) => why_not.push((index, r)),
            None => {
                let finding = F::WeightyReason {
                    index,
                    kind: i.kind,
                    category: i.kind.category(),
                    weight,
                };
                part.step(ctx, R::Wor27_4Ground2, finding, effect(true));
                return true;
            }
        }
    }
    part.step(
        ctx,
        R::Wor27_4Ground2,
        F::NoWeightyReason { reasons: why_not },
        effect(false),
    );
    false
}
