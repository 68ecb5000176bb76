//! Property tests of `whatif` on generated requests (feature `proptest`): for each side,
//! every reported flip re-evaluates with `evaluate` to an outcome better for the side and is
//! minimal, the optimised search misses no minimal flip that the exhaustive search finds (and
//! reports none it does not), the concessions stay apart, no lever breaks a precondition the
//! library can check, the margin is the smallest flip, and the work never exceeds the
//! budget. The exhaustive reference is budgeted too: a case it could not finish is skipped
//! (and counted, so that the tests cannot pass by skipping everything).
#![cfg(feature = "proptest")]

use kantonrechter::request::{CaoCoverage, OrDecision, Request, Scope, Subject, Tri};
use kantonrechter::ruling::Side;
use kantonrechter::whatif::{self, Lever, MAX_CHANGES, Options, WhatIf};
use proptest::prelude::*;

fn outcome(r: &Request) -> kantonrechter::Outcome {
    kantonrechter::evaluate(r).unwrap().outcome
}

fn good(side: Side, o: kantonrechter::Outcome) -> u8 {
    use kantonrechter::Outcome::*;
    let employer = match o {
        Granted | NoConsentRequired => 2,
        PartlyGranted => 1,
        Refused | Inadmissible => 0,
    };
    match side {
        Side::Employer => employer,
        Side::WorksCouncil => 2 - employer,
    }
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

fn sides() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Employer), Just(Side::WorksCouncil)]
}

/// The exhaustive reference's budget: enough for every set of a small catalogue.
const REFERENCE: u64 = 400_000_000;

/// Each flip is verified, better for the side and minimal; the lists are apart.
fn check(r: &Request, w: &WhatIf) -> Result<(), TestCaseError> {
    prop_assert!(w.work <= w.budget);
    prop_assert_eq!(w.outcome, outcome(r));
    for f in w.flips.iter().chain(&w.concessions) {
        prop_assert_eq!(outcome(&f.request), f.outcome);
        prop_assert!(good(w.side, f.outcome) > good(w.side, w.outcome));
        prop_assert_eq!(&whatif::apply(r, &f.changes), &f.request);
        let n = f.changes.len();
        for mask in 0..(1u32 << n) - 1 {
            let sub: Vec<Lever> = (0..n)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| f.changes[i].clone())
                .collect();
            prop_assert!(good(w.side, outcome(&whatif::apply(r, &sub))) <= good(w.side, w.outcome));
        }
        for l in &f.changes {
            for (_, holds) in l.check(r) {
                prop_assert_ne!(holds, Some(false), "{}", l.id);
            }
        }
    }
    for f in &w.flips {
        for l in &f.changes {
            prop_assert!(l.made_by == w.side && l.helps == w.side && !l.kind.is_concession());
        }
    }
    for f in &w.concessions {
        for l in &f.changes {
            prop_assert!(l.kind.is_concession() && l.made_by != w.side && l.helps == w.side);
        }
    }
    Ok(())
}

fn same(a: &WhatIf, b: &WhatIf) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.outcome, b.outcome);
    prop_assert_eq!(a.side, b.side);
    prop_assert_eq!(&a.levers, &b.levers);
    prop_assert_eq!(&a.flips, &b.flips);
    prop_assert_eq!(&a.concessions, &b.concessions);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Up to two changes: the searches agree exactly, and every flip is verified and minimal.
    #[test]
    fn flips_are_verified_minimal_and_complete_within_two(r in requests(), side in sides()) {
        let o = Options::changes(2).side(side);
        let w = whatif::whatif(&r, &o).unwrap();
        check(&r, &w)?;
        let plain = whatif::exhaustive(&r, &o.budget(REFERENCE)).unwrap();
        if !plain.cut {
            prop_assert!(!w.cut);
            same(&w, &plain)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Up to three changes, on fewer requests (the exhaustive search is slower): the same.
    #[test]
    fn the_search_misses_nothing_within_three(r in requests(), side in sides()) {
        let o = Options::changes(3).side(side);
        let w = whatif::whatif(&r, &o).unwrap();
        check(&r, &w)?;
        let plain = whatif::exhaustive(&r, &o.budget(REFERENCE)).unwrap();
        if !plain.cut {
            same(&w, &plain)?;
        }
    }

    /// The margin is the size of the smallest flip of the side that lost.
    #[test]
    fn the_margin_is_the_smallest_flip(r in requests()) {
        let m = whatif::margin(&r).unwrap();
        let w = whatif::whatif(&r, &Options::changes(MAX_CHANGES)).unwrap();
        prop_assert_eq!(m.side, w.side);
        if !m.cut && !w.cut {
            prop_assert_eq!(m.changes, w.flips.iter().map(|f| f.changes.len()).min());
        }
        if let Some(k) = m.changes {
            prop_assert_eq!(m.at_least, k);
            prop_assert!(w.flips.iter().all(|f| f.changes.len() >= k));
        }
        if m.unreachable {
            prop_assert!(w.flips.is_empty());
        }
    }

    /// A budget cuts the search where it runs out, the same way every time, and what it has
    /// found is still verified and minimal.
    #[test]
    fn a_cut_search_is_deterministic_and_sound(r in requests(), budget in 0u64..200_000) {
        let o = Options::changes(3).budget(budget);
        let w = whatif::whatif(&r, &o).unwrap();
        check(&r, &w)?;
        prop_assert_eq!(&w, &whatif::whatif(&r, &o).unwrap());
    }
}

/// The proptest cases that the exhaustive reference could finish, so that the comparison
/// is not vacuous: run the same generator with a fixed seed and count.
#[test]
fn the_reference_finishes_on_most_generated_requests() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let (mut finished, mut with_flips, total) = (0, 0, 40);
    for _ in 0..total {
        let r = requests().new_tree(&mut runner).unwrap().current();
        let o = Options::changes(2).budget(REFERENCE);
        let plain = whatif::exhaustive(&r, &o).unwrap();
        if !plain.cut {
            finished += 1;
            if !plain.flips.is_empty() {
                with_flips += 1;
            }
        }
    }
    assert!(finished * 4 >= total * 3, "{finished} of {total}");
    assert!(with_flips >= 5, "{with_flips} with flips");
}
