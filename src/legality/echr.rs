//! Art. 8 ECHR: the Bărbulescu criteria (from 5 September 2017) and López Ribalda on covert
//! cameras (from 17 October 2019).
//!
//! The criteria are proportionality *factors*, not conditions passed or failed (§ 121 of
//! the judgment lists them as factors the domestic authorities should treat as relevant; the
//! catalogue marks criteria 5 and 6 MEMORY: the judgment's text of §§ 121–122 could not be
//! read in the stored sources, only secondary summaries). Each is said to weigh for or
//! against the measure, or to be not examined. They map onto the AVG's requirements and the
//! weighing (RULES.md: "they map closely onto AVG 6(1)(f) and WP249"). To count nothing
//! twice, each criterion is *assessed* here and shown in the trace with the rule under which
//! its weight is counted; it adds no weight of its own.

use crate::engine::Ctx;
use crate::law::{AVG_FROM, RuleId as R};
use crate::request::{Element, Importance, Openness, Tri};
use crate::ruling::RetentionAssessment;
use crate::ruling::{Assessment, Effect, Finding as F};
use crate::weighing::{intrusion, retention};

pub(super) fn check(ctx: &mut Ctx, el: &Element) {
    let m = &el.measure;
    if m.observes.is_empty() || !m.processes_personal_data() || !ctx.in_force(R::EchrBarbulescu1) {
        return;
    }
    let avg = ctx.as_of >= AVG_FROM;
    let req = ctx.req;
    let under = |rule: R| avg.then_some(rule);
    let met = |ok: bool| {
        if ok {
            Assessment::Met
        } else {
            Assessment::NotMet
        }
    };

    // 1. Notice in advance.
    let notice = m.openness != Openness::Covert && req.informed_of(m).proven();
    barbulescu(
        ctx,
        el,
        R::EchrBarbulescu1,
        1,
        met(notice),
        under(R::Avg13_14),
    );

    // 2. Extent and intrusiveness.
    let level = intrusion::of(&ctx.cal, req, m).map_or(Importance::None, |i| i.level);
    let privacy_rule = if avg { R::Avg6_1F3 } else { R::CaseOmron2016 };
    barbulescu(
        ctx,
        el,
        R::EchrBarbulescu2,
        2,
        met(level < Importance::Serious),
        Some(privacy_rule),
    );

    // 3. Legitimate reasons: at least one employer interest that is more than asserted.
    let reasons = req.interests.employer.iter().any(|i| {
        (i.elements.is_empty() || i.elements.contains(&el.id))
            && (i.contested.is_no()
                || i.substantiation >= crate::request::Substantiation::Plausible)
    });
    barbulescu(
        ctx,
        el,
        R::EchrBarbulescu3,
        3,
        met(reasons),
        Some(R::Wor27_4Ground1),
    );

    // 4. Less intrusive methods: against the measure where its purpose needs no one
    // identified (anonymous counting would do) or a less intrusive means put forward is not
    // shown to fall short; for it where every means put forward was shown to fall short;
    // not examined where nobody put one forward.
    let needs_id = m.purpose.needs_identification() != Some(false);
    let mut alternatives = req
        .avg
        .alternatives
        .iter()
        .filter(|a| a.elements.is_empty() || a.elements.contains(&el.id))
        .peekable();
    let examined = alternatives.peek().is_some();
    let alternatives_rejected = alternatives.all(|a| a.reaches_same_goal.is_no());
    let necessity_rule = if avg { R::Avg6_1F2 } else { R::Wbp8F };
    let assessment = if !needs_id || !alternatives_rejected {
        Assessment::NotMet
    } else if examined {
        Assessment::Met
    } else {
        Assessment::NotExamined
    };
    barbulescu(
        ctx,
        el,
        R::EchrBarbulescu4,
        4,
        assessment,
        Some(necessity_rule),
    );

    // 5. Consequences for the employee.
    let human = req.human_intervention_of(m).proven();
    // Only an informal conversation follows: no consequence that needs a safeguard.
    let consequences_ok = (!m.consequences.significant() && !m.consequences.is_unknown()) || human;
    barbulescu(
        ctx,
        el,
        R::EchrBarbulescu5,
        5,
        met(consequences_ok),
        under(R::Avg22),
    );

    // 6. Safeguards: a limited retention and human review of any consequence.
    let retention_ok = !retention::beyond(&ctx.cal, m)
        && retention::assess(&ctx.cal, m).1 != RetentionAssessment::NotStated;
    barbulescu(
        ctx,
        el,
        R::EchrBarbulescu6,
        6,
        met(retention_ok && consequences_ok),
        under(R::Avg5_1E),
    );

    // López Ribalda: covert monitoring.
    if m.openness == Openness::Covert && ctx.in_force(R::EchrLopezRibalda) {
        let c = m.covert_conditions.clone().unwrap_or_default();
        let ok = [c.reasonable_suspicion, c.limited_period]
            .iter()
            .all(|t| *t == Tri::Yes);
        let finding = F::Barbulescu {
            criterion: 0,
            assessment: met(ok),
            counted_under: under(R::ApMonitor),
        };
        ctx.element_step(el, R::EchrLopezRibalda, finding, Effect::Noted);
    }
}

fn barbulescu(
    ctx: &mut Ctx,
    el: &Element,
    rule: R,
    criterion: u8,
    assessment: Assessment,
    counted_under: Option<R>,
) {
    ctx.element_step(
        el,
        rule,
        F::Barbulescu {
            criterion,
            assessment,
            counted_under,
        },
        Effect::Noted,
    );
}
