//! The doctrine of the weighing as property tests (issue #11, item 2), over the crate's own
//! `Arbitrary` requests:
//!
//! - a side's case, not its item count: splitting an interest into two with the same content
//!   changes nothing; nor does adding an item of no substance;
//! - adding substantiation to an employer interest never hurts the employer;
//! - adding a safeguard the OR asks for never hurts the employer;
//! - a merely asserted, disputed employer case never wins, on either ground.

use kantonrechter::request::*;
use kantonrechter::{Outcome, Request, Ruling};
use proptest::prelude::*;

fn eval(r: &Request) -> Ruling {
    kantonrechter::evaluate(r).expect("arbitrary requests are valid")
}

/// How favourable to the employer: refused 0, partly 1, granted 2 (gates: not comparable).
fn rank(r: &Ruling) -> Option<u8> {
    r.outcome.merits_rank()
}

/// Kinds of OR objection whose weight rests on the OR's own substantiation and that raise no
/// legal point by their nature (privacy and consequences rest on the proposal, statutory and
/// fundamental rights on the law; a lack of information raises the DPIA point).
const FACTUAL_OR_KINDS: &[OrInterestKind] = &[
    OrInterestKind::HealthAndWorkingTime,
    OrInterestKind::EarlierAgreement,
    OrInterestKind::AcquiredRight,
    OrInterestKind::Other,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Splitting one interest into two with the same content (the same kind, statement,
    /// substantiation and elements) changes neither the outcome nor the weights, on either side.
    #[test]
    fn splitting_an_interest_changes_nothing(r in any::<Request>(), pick in any::<prop::sample::Index>(), employer_side in any::<bool>()) {
        let mut split = r.clone();
        if employer_side {
            prop_assume!(!r.interests.employer.is_empty());
            let i = pick.get(&r.interests.employer).clone();
            split.interests.employer.push(i);
        } else {
            prop_assume!(!r.interests.works_council.is_empty());
            let i = pick.get(&r.interests.works_council).clone();
            split.interests.works_council.push(i);
        }
        let (a, b) = (eval(&r), eval(&split));
        prop_assert_eq!(a.outcome, b.outcome);
        prop_assert_eq!(a.ground, b.ground);
        prop_assert_eq!(a.weights, b.weights);
    }

    /// An employer interest that is merely asserted and disputed, without evidence, adds
    /// nothing: the outcome and the weights stay as they were.
    #[test]
    fn an_unshown_employer_claim_changes_nothing(r in any::<Request>(), kind in prop::sample::select(EmployerInterestKind::ALL), serious in any::<bool>()) {
        let mut more = r.clone();
        more.interests.employer.push(EmployerInterest {
            kind,
            statement: "claim".into(),
            substantiation: Substantiation::Asserted,
            contested: Tri::Yes,
            evidence: vec![],
            importance: serious.then_some(Importance::Serious),
            requires_decision: Tri::Yes,
            policy_validly_adopted: Tri::Yes,
            elements: vec![],
        });
        let (a, b) = (eval(&r), eval(&more));
        prop_assert_eq!(a.outcome, b.outcome);
        prop_assert_eq!(a.weights, b.weights);
    }

    /// An OR objection of no substance (merely asserted, disputed, without evidence, raising no
    /// legal point) changes nothing either.
    #[test]
    fn an_unshown_or_objection_changes_nothing(r in any::<Request>(), kind in prop::sample::select(FACTUAL_OR_KINDS)) {
        let mut more = r.clone();
        more.interests.works_council.push(OrInterest {
            kind,
            statement: "objection".into(),
            substantiation: Substantiation::Asserted,
            contested: Tri::Yes,
            evidence: vec![],
            importance: Some(Importance::Serious),
            elements: vec![],
            raises: vec![],
            first_raised_in_court: Tri::Unknown,
            unrelated_to_regeling: Tri::Unknown,
        });
        let (a, b) = (eval(&r), eval(&more));
        prop_assert_eq!(a.outcome, b.outcome);
        prop_assert_eq!(a.weights, b.weights);
    }

    /// Substantiating an employer interest further never hurts the employer.
    #[test]
    fn more_substantiation_never_hurts_the_employer(r in any::<Request>(), pick in any::<prop::sample::Index>()) {
        prop_assume!(!r.interests.employer.is_empty());
        let i = pick.index(r.interests.employer.len());
        let mut better = r.clone();
        let s = &mut better.interests.employer[i].substantiation;
        *s = match *s {
            Substantiation::Unknown | Substantiation::Asserted => Substantiation::Plausible,
            _ => Substantiation::Established,
        };
        if let (Some(b), Some(a)) = (rank(&eval(&r)), rank(&eval(&better))) {
            prop_assert!(a >= b);
        }
    }

    /// Adding a safeguard the OR asks for never hurts the employer: a DPIA, advance
    /// information, human intervention, no automatic consequences, limited access, a term
    /// within the norm for camera images, announcing covert monitoring.
    #[test]
    fn a_safeguard_the_or_asks_for_never_hurts_the_employer(r in any::<Request>(), which in 0u8..7, pick in any::<prop::sample::Index>()) {
        let mut safer = r.clone();
        let e = pick.index(r.regeling.elements.len());
        let m = &mut safer.regeling.elements[e].measure;
        match which {
            0 => safer.avg.dpia = Dpia::Done,
            1 => safer.avg.staff_informed_in_advance = Tri::Yes,
            2 => safer.avg.human_intervention = Tri::Yes,
            3 => m.consequences = Consequences::None,
            4 => m.access = Access::FourEyes,
            5 if m.technology == Technology::Camera => m.retention_days = Some(7),
            5 => return Ok(()),
            _ if m.openness == Openness::Covert => {
                m.openness = Openness::Announced;
                safer.avg.staff_informed_in_advance = Tri::Yes;
            }
            _ => return Ok(()),
        }
        if let (Some(b), Some(a)) = (rank(&eval(&r)), rank(&eval(&safer))) {
            prop_assert!(a >= b, "safeguard {which}");
        }
    }

    /// A merely asserted, disputed employer case never wins: not on ground 1, not on ground 2,
    /// however many interests it lists and however important it calls them.
    #[test]
    fn an_asserted_disputed_employer_case_never_wins(r in any::<Request>()) {
        let mut asserted = r.clone();
        for i in &mut asserted.interests.employer {
            i.substantiation = Substantiation::Asserted;
            i.contested = Tri::Yes;
            i.evidence.clear();
            i.importance = Some(Importance::VerySerious);
        }
        let ruling = eval(&asserted);
        prop_assert!(!matches!(ruling.outcome, Outcome::Granted | Outcome::PartlyGranted));
    }
}
