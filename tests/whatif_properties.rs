//! Property tests of `whatif` on generated requests (feature `proptest`): every reported
//! flip re-evaluates with `evaluate` to its claimed outcome and is minimal, and the optimised
//! search misses no minimal flip that the exhaustive search finds (and reports none it
//! does not).
#![cfg(feature = "proptest")]

use kantonrechter::request::{CaoCoverage, OrDecision, Request, Scope, Subject, Tri};
use kantonrechter::whatif::{self, Lever};
use proptest::prelude::*;

fn outcome(r: &Request) -> kantonrechter::Outcome {
    kantonrechter::evaluate(r).unwrap().outcome
}

/// Arbitrary requests mostly stop at a gate; three in four of these pass the gates (the
/// OR was asked and refused, a regeling on the list), so that the merits are searched too.
fn requests() -> impl Strategy<Value = Request> {
    (any::<Request>(), 0u8..4).prop_map(|(mut r, k)| {
        if k > 0 {
            let g = &mut r.regeling;
            g.by_employer = Tri::Yes;
            g.ends_tolerated_practice = Tri::No;
            g.scope = Scope::Group;
            g.incidental = Tri::No;
            g.cao = CaoCoverage::None;
            if !g.subjects.contains(&Subject::B) {
                g.subjects.push(Subject::B);
            }
            let p = &mut r.procedure;
            p.arbowet_demand_same_matter = Tri::No;
            p.consent_requested = Tri::Yes;
            p.implemented_without_consent = Tri::No;
            if matches!(p.or_decision, OrDecision::Consented | OrDecision::Unknown) {
                p.or_decision = OrDecision::Refused;
            }
        }
        r
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Up to two changes: the searches agree exactly, and every flip is verified and minimal.
    #[test]
    fn flips_are_verified_minimal_and_complete_within_two(r in requests()) {
        let w = whatif::whatif(&r, 2).unwrap();
        prop_assert_eq!(&w, &whatif::exhaustive(&r, 2).unwrap());
        prop_assert_eq!(w.outcome, outcome(&r));
        for f in &w.flips {
            prop_assert_eq!(outcome(&f.request), f.outcome);
            prop_assert_ne!(f.outcome, w.outcome);
            prop_assert_eq!(&whatif::apply(&r, &f.changes), &f.request);
            for skip in 0..f.changes.len() {
                let sub: Vec<Lever> = f.changes.iter().enumerate()
                    .filter(|(i, _)| *i != skip).map(|(_, l)| l.clone()).collect();
                prop_assert_eq!(outcome(&whatif::apply(&r, &sub)), w.outcome);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Up to three changes, on fewer requests (the exhaustive search is slow): the same.
    #[test]
    fn the_search_misses_nothing_within_three(r in requests()) {
        let w = whatif::whatif(&r, 3).unwrap();
        prop_assert_eq!(&w, &whatif::exhaustive(&r, 3).unwrap());
        for f in &w.flips {
            prop_assert_eq!(outcome(&f.request), f.outcome);
            let n = f.changes.len();
            for mask in 0..(1u32 << n) - 1 {
                let sub: Vec<Lever> = (0..n).filter(|i| mask & (1 << i) != 0)
                    .map(|i| f.changes[i].clone()).collect();
                prop_assert_eq!(outcome(&whatif::apply(&r, &sub)), w.outcome);
            }
        }
    }
}
