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
//!   less intrusive alternative that reaches the goal;
//! - weighed: the weighty reasons are weighed against the interests against them
//!   (WOR-27-4-GROUND2-WEIGHING). Ground 2 is no trump card: the courts that granted on it
//!   did so after weighing the interests at stake (QBuzz 2021, ECLI:NL:RBMNE:2021:3538:
//!   the refusal "niet onredelijk", "maar inhoudelijke afweging van de betrokken belangen
//!   leidt ertoe dat QBuzz de nieuwe roosters mag invoeren"). How they meet the interests
//!   against them depends on the reading:
//!   - `statute` and `cumulative`: ground 2 is its own ground, so the weighty reasons are
//!     weighed on their own against the interests against the decision; they require it
//!     only if they are not clearly lighter, at least (1 − `stage2.equal_band`) × the
//!     works council's weight (INFERENCE: the statute's *gevergd* read with QBuzz 2021; the
//!     band is the same documented "about equal" as the reading `equal_band` uses);
//!   - `equal_band`: ground 2 breaks a tie; stage 2 is reached only when the employer's
//!     whole case weighs about as much as the works council's, and a proven weighty reason
//!     that requires the decision then tips the balance.
//!
//! When stage 2 is examined at all depends on the reading ([`Stage2Reading`]).

use crate::engine::Ctx;
use crate::law::RuleId as R;
use crate::legality::Defects;
use crate::request::Stage2Reading;
use crate::ruling::{Effect, Finding as F, NotWeighty, Outcome, Weights, WeightyReason};
use crate::stage1::Part;
use crate::weighing;
use rust_decimal::Decimal;

/// Does `weight` meet `against`: at least (1 − `stage2.equal_band`) × `against`, that is, not
/// clearly lighter?
fn meets(ctx: &Ctx, weight: Decimal, against: Decimal) -> bool {
    weight >= (Decimal::ONE - ctx.cal.equal_band) * against
}

/// Is stage 2 reached on these weights under the reading? (The statute's "or" and the
/// cumulative reading always examine it.)
pub(crate) fn reached(ctx: &Ctx, employer: Decimal, works_council: Decimal) -> bool {
    match ctx.req.readings.stage2 {
        Stage2Reading::Statute | Stage2Reading::Cumulative => true,
        Stage2Reading::EqualBand => meets(ctx, employer, works_council),
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

/// Examine ground 2 for a part, whose stage-1 weights are `w`. `decides`: whether this step
/// decides the outcome (not under the cumulative reading, where the caller combines both
/// grounds).
pub(crate) fn examine(
    ctx: &mut Ctx,
    part: &Part,
    defects: &[Defects],
    decides: bool,
    w: &Weights,
) -> bool {
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
    let mut reasons: Vec<WeightyReason> = Vec::new();
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
            None => reasons.push(WeightyReason {
                index,
                kind: i.kind,
                category: i.kind.category(),
                weight,
            }),
        }
    }
    if reasons.is_empty() {
        part.step(
            ctx,
            R::Wor27_4Ground2,
            F::NoWeightyReason { reasons: why_not },
            effect(false),
        );
        return false;
    }
    // The reasons of one kind are one concern, counted once by the heaviest (as in stage 1).
    let mut kinds: Vec<(crate::request::EmployerInterestKind, Decimal)> = Vec::new();
    for r in &reasons {
        match kinds.iter_mut().find(|(k, _)| *k == r.kind) {
            Some((_, w)) => *w = (*w).max(r.weight),
            None => kinds.push((r.kind, r.weight)),
        }
    }
    let weight: Decimal = kinds.iter().map(|(_, w)| *w).sum();
    let reading = req.readings.stage2;
    let met = match reading {
        Stage2Reading::Statute | Stage2Reading::Cumulative => meets(ctx, weight, w.works_council),
        Stage2Reading::EqualBand => meets(ctx, w.employer, w.works_council),
    };
    let finding = F::WeightyReasons {
        reasons,
        weight,
        employer: w.employer,
        against: w.works_council,
        reading,
        met,
    };
    part.step(ctx, R::Wor27_4Ground2Weighing, finding, effect(met));
    met
}
