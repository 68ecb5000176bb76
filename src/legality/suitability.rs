//! Suitability (*geschiktheid*), the first limb of necessity: can the measure serve its
//! stated purpose at all?
//!
//! Personal data must be "toereikend, ter zake dienend en beperkt tot wat noodzakelijk is"
//! (art. 5(1)(c) AVG), and under art. 6(1)(f) the processing must be necessary for the
//! purpose (RULES.md AVG-6-1-f-2). A measure that cannot serve its purpose processes data
//! that are not relevant to it and cannot be necessary for it, however light it is
//! (AVG-5-1-c-SUITABILITY, INFERENCE). A curable defect like the others (see the
//! [module docs](super)): the employer can choose a measure that serves the purpose.
//!
//! What counts, in this order:
//! - `serves_purpose: yes`: the employer has shown the measure can serve it: passed;
//! - `serves_purpose: no`: established that it cannot (a trial, the documentation): plain;
//! - the measure observes something, but nothing the purpose needs
//!   ([`crate::request::Purpose::needs_observed`]): plain, read from the facts;
//! - `serves_purpose: unknown` while the works council disputes suitability (`raises`): the
//!   burden is the employer's (art. 5(2) AVG), so it is not shown.

use crate::engine::Ctx;
use crate::law::{AVG_FROM, RuleId as R};
use crate::request::{Element, Importance, LegalPoint, Tri};
use crate::ruling::{Effect, Finding as F, SuitabilityBasis as Basis};

use super::Defects;

/// Check one element's suitability for its purpose (only for monitoring that processes
/// personal data, from the AVG on).
pub(super) fn check(ctx: &mut Ctx, el: &Element, d: &mut Defects) {
    let m = &el.measure;
    if ctx.as_of < AVG_FROM || m.observes.is_empty() || !m.processes_personal_data() {
        return;
    }
    let purpose = m.purpose;
    let mismatch = purpose
        .needs_observed()
        .filter(|needs| !m.observes.iter().any(|o| needs.contains(o)));
    let (basis, plain) = match (m.serves_purpose, mismatch) {
        (Tri::Yes, _) => {
            let finding = F::SuitabilityShown { purpose };
            ctx.element_step(el, R::Avg5_1CSuitability, finding, Effect::Passed);
            return;
        }
        (Tri::No, _) => (Basis::Established, true),
        (Tri::Unknown, Some(needs)) => (
            Basis::Mismatch {
                observes: m.observes.clone(),
                needs: needs.to_vec(),
            },
            true,
        ),
        (Tri::Unknown, None) => (Basis::NotShown, false),
    };
    if basis == Basis::NotShown && !super::raised(ctx, el, LegalPoint::Suitability) {
        return;
    }
    d.curable(
        ctx,
        el,
        R::Avg5_1CSuitability,
        F::NotSuitable { purpose, basis },
        Importance::Serious,
        LegalPoint::Suitability,
        plain,
    );
}
