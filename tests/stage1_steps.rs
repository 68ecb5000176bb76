//! What the weighing's steps say of themselves, over every example (issue #17: mutants of
//! `stage1.rs` that the outcome tests did not notice).

use kantonrechter::law::RuleId;
use kantonrechter::ruling::{Balance, Effect, Finding, ReliabilityBasis};

mod common;

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
