//! Legal invariants over arbitrary valid requests (issue 2, item 9). The generator is the
//! crate's own `proptest::Arbitrary` for `Request` (feature `proptest`).

use kantonrechter::request::*;
use kantonrechter::ruling::Effect;
use kantonrechter::{Ground, Lang, Outcome, Request, Ruling, Stage};
use proptest::prelude::*;

fn eval(r: &Request) -> Ruling {
    kantonrechter::evaluate(r).expect("arbitrary requests are valid")
}

/// How favourable to the employer: refused 0, partly 1, granted 2; gates stay comparable
/// only with themselves.
fn rank(r: &Ruling) -> Option<u8> {
    r.outcome.merits_rank()
}

fn raise(s: Substantiation) -> Substantiation {
    match s {
        Substantiation::Unknown | Substantiation::Asserted => Substantiation::Plausible,
        _ => Substantiation::Established,
    }
}

fn employer_interest() -> impl Strategy<Value = EmployerInterest> {
    (any::<Request>(), 0usize..4)
        .prop_filter_map("needs an employer interest", |(r, i)| {
            r.interests.employer.get(i).cloned()
        })
        .prop_map(|mut i| {
            i.elements.clear();
            i
        })
}

fn or_interest() -> impl Strategy<Value = OrInterest> {
    (any::<Request>(), 0usize..4)
        .prop_filter_map("needs an OR interest", |(r, i)| {
            r.interests.works_council.get(i).cloned()
        })
        .prop_map(|mut i| {
            i.elements.clear();
            i
        })
}

proptest! {
    // Some properties assume a non-empty list of interests, which many requests lack: allow the rejects.
    #![proptest_config(ProptestConfig { cases: 512, max_global_rejects: 1 << 16, ..ProptestConfig::default() })]

    /// Same input, byte-identical output, in both languages.
    #[test]
    fn deterministic(r in any::<Request>()) {
        for lang in [Lang::Nl, Lang::En] {
            let a = kantonrechter::json::ruling_to_json(&eval(&r), lang);
            let b = kantonrechter::json::ruling_to_json(&eval(&r.clone()), lang);
            prop_assert_eq!(a, b);
        }
    }

    /// A request survives a trip through JSON text unchanged, and so does its receipt.
    #[test]
    fn serde_round_trip(r in any::<Request>()) {
        let text = kantonrechter::json::to_json(&r);
        let back = kantonrechter::json::parse_request(&text).expect("round trip parses");
        prop_assert_eq!(&back, &r);
        prop_assert_eq!(eval(&back).receipt, eval(&r).receipt);
    }

    /// More employer interests never turn a grant into a refusal.
    #[test]
    fn more_employer_interests_never_hurt_the_employer(r in any::<Request>(), extra in employer_interest()) {
        let before = eval(&r);
        let mut more = r.clone();
        more.interests.employer.push(extra);
        let after = eval(&more);
        if let (Some(b), Some(a)) = (rank(&before), rank(&after)) {
            prop_assert!(a >= b, "{:?} -> {:?}", before.outcome, after.outcome);
        }
        prop_assert_eq!(before.outcome.merits_rank().is_some(), after.outcome.merits_rank().is_some());
    }

    /// Better-substantiated (or undisputed) employer interests never turn a grant into a refusal.
    #[test]
    fn better_substantiation_never_hurts_the_employer(r in any::<Request>(), pick in any::<proptest::sample::Index>(), undisputed in any::<bool>()) {
        prop_assume!(!r.interests.employer.is_empty());
        let i = pick.index(r.interests.employer.len());
        let before = eval(&r);
        let mut better = r.clone();
        let x = &mut better.interests.employer[i];
        if undisputed { x.contested = Tri::No } else { x.substantiation = raise(x.substantiation) }
        let after = eval(&better);
        if let (Some(b), Some(a)) = (rank(&before), rank(&after)) {
            prop_assert!(a >= b, "{:?} -> {:?}", before.outcome, after.outcome);
        }
    }

    /// The mirror: more works-council interests never turn a refusal into a grant.
    #[test]
    fn more_or_interests_never_help_the_employer(r in any::<Request>(), extra in or_interest()) {
        let before = eval(&r);
        let mut more = r.clone();
        more.interests.works_council.push(extra);
        let after = eval(&more);
        if let (Some(b), Some(a)) = (rank(&before), rank(&after)) {
            prop_assert!(a <= b, "{:?} -> {:?}", before.outcome, after.outcome);
        }
    }

    /// The mirror: better-substantiated OR interests never turn a refusal into a grant.
    #[test]
    fn better_or_substantiation_never_helps_the_employer(r in any::<Request>(), pick in any::<proptest::sample::Index>(), undisputed in any::<bool>()) {
        prop_assume!(!r.interests.works_council.is_empty());
        let i = pick.index(r.interests.works_council.len());
        let before = eval(&r);
        let mut better = r.clone();
        let x = &mut better.interests.works_council[i];
        if undisputed { x.contested = Tri::No } else { x.substantiation = raise(x.substantiation) }
        let after = eval(&better);
        if let (Some(b), Some(a)) = (rank(&before), rank(&after)) {
            prop_assert!(a <= b, "{:?} -> {:?}", before.outcome, after.outcome);
        }
    }

    /// Burden of proof: proving a safeguard the employer must show (a DPIA, advance
    /// information, human intervention) never turns a grant into a refusal.
    #[test]
    fn proving_a_safeguard_never_hurts_the_employer(r in any::<Request>(), which in 0u8..3) {
        let before = eval(&r);
        let mut proven = r.clone();
        match which {
            0 => proven.avg.dpia = Dpia::Done,
            1 => proven.avg.staff_informed_in_advance = Tri::Yes,
            _ => proven.avg.human_intervention = Tri::Yes,
        }
        let after = eval(&proven);
        if let (Some(b), Some(a)) = (rank(&before), rank(&after)) {
            prop_assert!(a >= b, "{:?} -> {:?}", before.outcome, after.outcome);
        }
    }

    /// A tie never grants on ground 1: a part granted on ground 1 weighs strictly heavier.
    #[test]
    fn a_tie_never_grants_on_ground_one(r in any::<Request>()) {
        let ruling = eval(&r);
        for p in &ruling.parts {
            if p.ground == Some(Ground::UnreasonableRefusal) {
                let w = p.weights.expect("weighed");
                prop_assert!(w.employer > w.works_council);
            }
            if let Some(w) = p.weights
                && w.employer == w.works_council {
                    prop_assert_ne!(p.ground, Some(Ground::UnreasonableRefusal));
                }
        }
    }

    /// A hard defect never yields a grant for the part it concerns.
    #[test]
    fn a_hard_defect_never_yields_a_grant(r in any::<Request>()) {
        let ruling = eval(&r);
        for s in ruling.trace.iter().filter(|s| s.effect == Effect::HardDefect) {
            for p in &ruling.parts {
                let concerns = match &s.element {
                    Some(e) => p.elements.contains(e),
                    None => true,
                };
                if concerns {
                    prop_assert_eq!(p.outcome, Outcome::Refused);
                    prop_assert_eq!(p.deciding_stage, Stage::Legality);
                }
            }
        }
        if ruling.trace.iter().any(|s| s.effect == Effect::HardDefect) && ruling.parts.len() == 1 {
            prop_assert_eq!(ruling.outcome, Outcome::Refused);
        }
    }

    /// Failing a gate always ends at that gate: the last step decides it, nothing is weighed.
    #[test]
    fn failing_a_gate_ends_there(r in any::<Request>()) {
        let ruling = eval(&r);
        let gate_outcome = matches!(ruling.outcome, Outcome::Inadmissible | Outcome::NoConsentRequired);
        prop_assert_eq!(gate_outcome, ruling.deciding_stage == Stage::Gates);
        if gate_outcome {
            let last = ruling.trace.last().expect("a gate step");
            prop_assert_eq!(last.effect, Effect::Decides { outcome: ruling.outcome });
            prop_assert!(ruling.weights.is_none());
            let deciding = ruling.trace.iter().filter(|s| matches!(s.effect, Effect::Decides { .. })).count();
            prop_assert_eq!(deciding, 1);
        }
    }

    /// Dutch and English traces have the same steps, each with text and sources.
    #[test]
    fn dutch_and_english_traces_match(r in any::<Request>()) {
        let ruling = eval(&r);
        let (nl, en) = (ruling.report(Lang::Nl), ruling.report(Lang::En));
        prop_assert_eq!(nl.trace.len(), en.trace.len());
        prop_assert_eq!(nl.flags.len(), en.flags.len());
        for (a, b) in nl.trace.iter().zip(&en.trace).chain(nl.flags.iter().zip(&en.flags)) {
            prop_assert_eq!(a.rule, b.rule);
            prop_assert_eq!(&a.element, &b.element);
            prop_assert_eq!(&a.data, &b.data);
            prop_assert!(!a.finding.is_empty() && !b.finding.is_empty());
            prop_assert!(!a.sources.is_empty());
        }
        prop_assert_ne!(nl.summary, en.summary);
    }
}
