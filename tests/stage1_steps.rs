//! What the weighing's steps say of themselves, over every example (issue #17: mutants of
//! `stage1.rs` that the outcome tests did not notice).

use kantonrechter::law::RuleId;
use kantonrechter::request::{Consequence, EarlierAgreement, Identifiability, Measure, Observed};
use kantonrechter::request::{
    EmployerInterest, EmployerInterestKind, Importance, OrInterest, OrInterestKind, Request,
    Substantiation, Tri,
};
use kantonrechter::ruling::{
    Balance, Counted, Effect, Finding, ImportanceSource, ReliabilityBasis,
};
use kantonrechter::{Calibration, Decimal};

mod common;
use common::{employer, or, with};

fn rulings() -> Vec<kantonrechter::Ruling> {
    let rulings: Vec<_> = common::example_texts()
        .iter()
        .map(|t| kantonrechter::evaluate(&kantonrechter::json::parse_request(t).unwrap()).unwrap())
        .collect();
    assert!(rulings.len() >= 40);
    rulings
}

/// "The refusal is reasonable while the regeling is unlawful" is said only where the
/// employer's interests weigh heavier and there is at least one defect (AVG-88 step of
/// stage 1), and always there.
#[test]
fn refusal_reasonable_while_unlawful_only_with_a_defect_and_a_heavier_employer() {
    let mut said = 0;
    for r in rulings() {
        let heavier = r.trace.iter().any(|s| {
            matches!(
                s.finding,
                Finding::Balance {
                    balance: Balance::EmployerHeavier,
                    ..
                }
            )
        });
        for s in &r.trace {
            if let Finding::RefusalReasonableWhileUnlawful { defects } = s.finding {
                said += 1;
                assert!(defects > 0, "said without a defect");
                assert!(heavier, "said without a heavier employer");
                assert_eq!(s.rule, RuleId::Avg88);
            }
        }
    }
    assert!(said > 0, "some example says it");
}

/// An interest with a weight is weighed under art. 27 lid 4 WOR unless it is undisputed
/// (art. 149 Rv); one whose substantiation leaves no weight is set aside under art. 150 Rv.
#[test]
fn an_interest_cites_the_rule_its_weight_rests_on() {
    let (mut weighed, mut set_aside) = (0, 0);
    for r in rulings() {
        for s in &r.trace {
            let (basis, weight) = match &s.finding {
                Finding::EmployerInterest {
                    reliability_basis,
                    weight,
                    ..
                }
                | Finding::OrInterest {
                    reliability_basis,
                    weight,
                    ..
                } => (*reliability_basis, *weight),
                _ => continue,
            };
            match basis {
                ReliabilityBasis::Undisputed => assert_eq!(s.rule, RuleId::Rv149),
                ReliabilityBasis::Substantiation | ReliabilityBasis::Evidence
                    if weight.is_zero() =>
                {
                    set_aside += 1;
                    assert_eq!(s.rule, RuleId::Rv150);
                    assert_eq!(s.effect, Effect::Noted);
                }
                _ => {
                    weighed += 1;
                    assert_ne!(s.rule, RuleId::Rv150, "a weighed interest is not set aside");
                }
            }
        }
    }
    assert!(weighed > 0 && set_aside > 0);
}

// ------------------------------------------------------------------ the weight of an interest
// (issue #17: mutants of `src/weighing/mod.rs`)

/// What the weighing said of an interest: (importance, its source, abstract weight,
/// reliability, its basis, weight).
type Weighed = (
    Importance,
    ImportanceSource,
    Decimal,
    Decimal,
    ReliabilityBasis,
    Decimal,
);

fn weighed(r: &kantonrechter::Ruling, employer_side: bool) -> Weighed {
    r.trace
        .iter()
        .find_map(|s| match &s.finding {
            Finding::EmployerInterest {
                importance,
                importance_source,
                abstract_weight,
                reliability,
                reliability_basis,
                weight,
                ..
            } if employer_side => Some((
                *importance,
                *importance_source,
                *abstract_weight,
                *reliability,
                *reliability_basis,
                *weight,
            )),
            Finding::OrInterest {
                importance,
                importance_source,
                abstract_weight,
                reliability,
                reliability_basis,
                weight,
                ..
            } if !employer_side => Some((
                *importance,
                *importance_source,
                *abstract_weight,
                *reliability,
                *reliability_basis,
                *weight,
            )),
            _ => None,
        })
        .expect("the interest is weighed")
}

/// The weight of a concern is importance × abstract weight × reliability (DOMAIN §3), on
/// each side: here with an abstract weight and a reliability that are not 1, so that no
/// other combination gives the same number.
#[test]
fn an_interest_weighs_importance_times_abstract_weight_times_reliability() {
    let cal = Calibration::default();
    let r = with(|r| {
        r.interests.employer = vec![EmployerInterest {
            importance: Some(Importance::Serious),
            ..employer(
                EmployerInterestKind::StatutoryObligation,
                Substantiation::Plausible,
                Tri::Yes,
            )
        }];
        r.interests.works_council = vec![OrInterest {
            importance: Some(Importance::Serious),
            ..or(
                OrInterestKind::HealthAndWorkingTime,
                Substantiation::Plausible,
            )
        }];
    });
    let employer_side = weighed(&r, true);
    assert_eq!(
        employer_side,
        (
            Importance::Serious,
            ImportanceSource::Given,
            cal.abstract_employer(EmployerInterestKind::StatutoryObligation),
            cal.plausible,
            ReliabilityBasis::Substantiation,
            cal.serious * cal.aw_statutory_obligation * cal.plausible,
        )
    );
    let or_side = weighed(&r, false);
    assert_eq!(
        or_side,
        (
            Importance::Serious,
            ImportanceSource::Given,
            cal.abstract_or(OrInterestKind::HealthAndWorkingTime),
            cal.plausible,
            ReliabilityBasis::Substantiation,
            cal.serious * cal.aw_health * cal.plausible,
        )
    );
    // The calibration makes the case: a step up in abstract weight, reliability ½.
    assert!(cal.aw_statutory_obligation > Decimal::ONE && cal.aw_health > Decimal::ONE);
    assert!(cal.plausible > Decimal::ZERO && cal.plausible < Decimal::ONE);
}

/// Art. 149 Rv: a statement not disputed is established. A disputed statement whose
/// substantiation nobody stated counts as plausible if it lists evidence (it is then not
/// *merely* asserted), and as asserted if it does not.
#[test]
fn reliability_undisputed_or_by_substantiation_or_by_evidence() {
    let cal = Calibration::default();
    let basis = |i: EmployerInterest| {
        let (_, _, _, reliability, basis, _) =
            weighed(&with(move |r| r.interests.employer = vec![i]), true);
        (reliability, basis)
    };
    let security = |s, contested| employer(EmployerInterestKind::Security, s, contested);
    assert_eq!(
        basis(security(Substantiation::Asserted, Tri::No)),
        (cal.established, ReliabilityBasis::Undisputed)
    );
    assert_eq!(
        basis(EmployerInterest {
            evidence: vec!["incident reports".into()],
            ..security(Substantiation::Unknown, Tri::Yes)
        }),
        (cal.plausible, ReliabilityBasis::Evidence)
    );
    assert_eq!(
        basis(security(Substantiation::Unknown, Tri::Yes)),
        (cal.asserted, ReliabilityBasis::Substantiation)
    );
    assert_eq!(
        basis(security(Substantiation::Established, Tri::Yes)),
        (cal.established, ReliabilityBasis::Substantiation)
    );
}

/// DOMAIN §2: the interest in enforcing an attendance policy not shown to be validly
/// adopted weighs little — capped at light, and said to be capped. A policy shown to be
/// adopted, another kind of interest, or an importance already light is not capped.
#[test]
fn enforcing_a_policy_not_shown_validly_adopted_weighs_light() {
    let importance = |kind, given: Option<Importance>, adopted: Tri| {
        let i = EmployerInterest {
            importance: given,
            policy_validly_adopted: adopted,
            ..employer(kind, Substantiation::Established, Tri::Yes)
        };
        let (importance, source, ..) =
            weighed(&with(move |r| r.interests.employer = vec![i]), true);
        (importance, source)
    };
    use EmployerInterestKind::{AttendancePolicyEnforcement as Policy, Security};
    use Importance::{Light, Moderate, Serious};
    use ImportanceSource::{CappedPolicyNotValid as Capped, Default, Given};
    assert_eq!(importance(Policy, Some(Serious), Tri::No), (Light, Capped));
    assert_eq!(
        importance(Policy, Some(Serious), Tri::Unknown),
        (Light, Capped)
    );
    assert_eq!(importance(Policy, None, Tri::No), (Light, Capped));
    assert_eq!(
        importance(Policy, Some(Serious), Tri::Yes),
        (Serious, Given)
    );
    assert_eq!(importance(Policy, None, Tri::Yes), (Moderate, Default));
    assert_eq!(importance(Policy, Some(Light), Tri::No), (Light, Given));
    assert_eq!(
        importance(Security, Some(Serious), Tri::No),
        (Serious, Given)
    );
}

// ------------------------------------------------------------------ concerns counted once

/// The steps that weigh an employer interest: (position in the trace, counted, effect).
fn employer_steps(r: &kantonrechter::Ruling) -> Vec<(usize, Counted, Effect)> {
    r.trace
        .iter()
        .enumerate()
        .filter_map(|(n, s)| match &s.finding {
            Finding::EmployerInterest { counted, .. } => Some((n, *counted, s.effect)),
            _ => None,
        })
        .collect()
}

/// The employer's side of the balance.
fn employer_total(r: &kantonrechter::Ruling) -> Decimal {
    r.trace
        .iter()
        .find_map(|s| match &s.finding {
            Finding::Balance { employer, .. } => Some(*employer),
            _ => None,
        })
        .expect("a balance")
}

/// A side's case, not its item count: interests of one kind are one concern, counted once
/// by its best-shown statement — the heaviest, and the first among equals; the others are
/// said to belong to the same concern and weigh nothing of their own.
#[test]
fn a_concern_is_counted_once_by_its_heaviest_statement_the_first_among_equals() {
    let cal = Calibration::default();
    let security = |s| employer(EmployerInterestKind::Security, s, Tri::Yes);
    // The heavier statement second: it is the one counted.
    let r = with(|r| {
        r.interests.employer = vec![
            security(Substantiation::Plausible),
            security(Substantiation::Established),
        ]
    });
    let steps = employer_steps(&r);
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[0].1,
        Counted::SameConcern {
            with_step: steps[1].0
        }
    );
    assert_eq!(steps[0].2, Effect::Noted);
    assert_eq!(steps[1].1, Counted::Yes);
    assert_eq!(
        employer_total(&r),
        cal.moderate * cal.aw_employer * cal.established
    );
    // Two equal statements: the first is counted, once.
    let r = with(|r| {
        r.interests.employer = vec![
            security(Substantiation::Established),
            security(Substantiation::Established),
        ]
    });
    let steps = employer_steps(&r);
    assert_eq!(steps[0].1, Counted::Yes);
    assert_eq!(
        steps[1].1,
        Counted::SameConcern {
            with_step: steps[0].0
        }
    );
    assert_eq!(steps[1].2, Effect::Noted);
    assert_eq!(
        employer_total(&r),
        cal.moderate * cal.aw_employer * cal.established
    );
    // Distinct concerns add up.
    let r = with(|r| {
        r.interests.employer = vec![
            security(Substantiation::Established),
            employer(
                EmployerInterestKind::TheftPrevention,
                Substantiation::Established,
                Tri::Yes,
            ),
        ]
    });
    assert!(employer_steps(&r).iter().all(|s| s.1 == Counted::Yes));
    assert_eq!(
        employer_total(&r),
        (cal.moderate * cal.aw_employer * cal.established) * Decimal::TWO
    );
}

/// A concern the facts raise for the works council (here an earlier agreement not kept)
/// rests on established facts: its weight is importance × its abstract weight × the
/// reliability of an established fact, whatever the calibration makes of those numbers.
#[test]
fn a_concern_the_facts_raise_weighs_importance_times_abstract_weight_times_established() {
    let (aw, established) = (Decimal::TWO, Decimal::new(8, 1));
    let r = with(|r| {
        r.procedure.earlier_agreement = Some(EarlierAgreement {
            description: "no cameras in the canteen".into(),
            kept: Tri::No,
        });
        r.calibration
            .insert("abstract_weight.earlier_agreement".into(), aw);
        r.calibration
            .insert("reliability.established".into(), established);
    });
    let cal = Calibration::default();
    let weight = r
        .trace
        .iter()
        .find_map(|s| match &s.finding {
            Finding::OrConcern {
                importance,
                abstract_weight,
                weight,
                ..
            } => {
                assert_eq!(s.rule, RuleId::WorEarlierAgreement);
                assert_eq!(*importance, Importance::Serious);
                assert_eq!(*abstract_weight, aw);
                Some(*weight)
            }
            _ => None,
        })
        .expect("the agreement not kept is weighed");
    assert_eq!(weight, cal.serious * aw * established);
}

// ------------------------------------------------------------------ the works council's concerns

fn m(r: &mut Request) -> &mut Measure {
    &mut r.regeling.elements[0].measure
}

/// The steps that state the privacy intrusion: (rule, intensity).
fn intrusion_steps(r: &kantonrechter::Ruling) -> Vec<(RuleId, Importance)> {
    r.trace
        .iter()
        .filter_map(|s| match &s.finding {
            Finding::PrivacyIntrusion { intensity, .. } => Some((s.rule, *intensity)),
            _ => None,
        })
        .collect()
}

/// The works council's objection to disciplinary consequences: of a measure that monitors
/// staff (observes them, with personal data) it is part of the one privacy intrusion,
/// weighed by the intrusion; of a measure that monitors no one it is a concern of its own,
/// weighed by how far the consequences reach.
#[test]
fn disciplinary_consequences_are_part_of_the_intrusion_only_where_staff_are_monitored() {
    let objecting = |f: fn(&mut Request)| {
        with(move |r| {
            m(r).consequences = Consequence::Discipline.into();
            r.avg.human_intervention = Tri::Yes;
            r.interests.works_council = vec![or(
                OrInterestKind::DisciplinaryConsequences,
                Substantiation::Asserted,
            )];
            f(r);
        })
    };
    // Monitoring attendance with personal data: the intrusion (presence: light).
    let monitoring = objecting(|_| {});
    assert_eq!(
        intrusion_steps(&monitoring),
        vec![(RuleId::Avg6_1F3, Importance::Light)]
    );
    let (importance, source, _, _, basis, _) = weighed(&monitoring, false);
    assert_eq!(importance, Importance::Light);
    assert_eq!(source, ImportanceSource::Derived);
    assert_eq!(basis, ReliabilityBasis::ProposalTerms);
    // Observing no one, or only anonymous counts: the consequences (discipline: serious).
    for no_one in [
        objecting(|r| m(r).observes.clear()),
        objecting(|r| {
            m(r).identifiability = Identifiability::Anonymous;
            m(r).personal_data = Tri::No;
        }),
    ] {
        assert!(intrusion_steps(&no_one).is_empty());
        let (importance, source, _, _, basis, _) = weighed(&no_one, false);
        assert_eq!(importance, Importance::Serious);
        assert_eq!(source, ImportanceSource::Derived);
        assert_eq!(basis, ReliabilityBasis::ProposalTerms);
    }
}

/// The privacy intrusion is stated once, with the first interest of the monitoring concern,
/// under art. 6(1)(f) AVG from 25 May 2018 and under Omron (art. 8 sub f Wbp) before.
#[test]
fn the_intrusion_is_stated_once_under_the_law_of_the_day() {
    let objecting = |as_of: &str| {
        let as_of: kantonrechter::Date = as_of.parse().unwrap();
        with(move |r| {
            r.as_of = as_of;
            m(r).observes = vec![Observed::Behaviour];
            r.interests.works_council = vec![
                or(
                    OrInterestKind::HealthAndWorkingTime,
                    Substantiation::Plausible,
                ),
                or(OrInterestKind::Privacy, Substantiation::Asserted),
                or(OrInterestKind::Privacy, Substantiation::Plausible),
            ];
        })
    };
    for (day, rule) in [
        ("2018-05-25", RuleId::Avg6_1F3),
        ("2026-06-15", RuleId::Avg6_1F3),
        ("2018-05-24", RuleId::CaseOmron2016),
        ("2012-01-01", RuleId::CaseOmron2016),
    ] {
        let r = objecting(day);
        assert_eq!(
            intrusion_steps(&r),
            vec![(rule, Importance::Moderate)],
            "{day}"
        );
        // Stated just before the first privacy interest, after the other concern.
        let at = r
            .trace
            .iter()
            .position(|s| matches!(s.finding, Finding::PrivacyIntrusion { .. }))
            .unwrap();
        assert!(matches!(
            r.trace[at + 1].finding,
            Finding::OrInterest {
                kind: OrInterestKind::Privacy,
                ..
            }
        ));
        assert!(matches!(
            r.trace[at - 1].finding,
            Finding::OrInterest {
                kind: OrInterestKind::HealthAndWorkingTime,
                ..
            }
        ));
    }
}
