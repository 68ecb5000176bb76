//! What the legality checks (`src/legality/`) say of themselves, step by step (issue #17:
//! mutants of the AVG, AI Act and ECHR checks that the outcome tests did not notice). Each
//! test builds a request in code, evaluates it, and asserts the finding of the rule's step.

mod common;

use common::*;
use kantonrechter::law::RuleId as R;
use kantonrechter::request::*;
use kantonrechter::ruling::{Assessment, Finding};

fn with(f: impl FnOnce(&mut Request)) -> kantonrechter::Ruling {
    let mut r = base();
    f(&mut r);
    eval(&r)
}

fn m(r: &mut Request) -> &mut Measure {
    &mut r.regeling.elements[0].measure
}

/// The assessment of a Bărbulescu criterion (or of López Ribalda).
fn barbulescu(r: &kantonrechter::Ruling, rule: R) -> Assessment {
    match steps(r, rule).first().map(|s| &s.finding) {
        Some(Finding::Barbulescu { assessment, .. }) => *assessment,
        other => panic!("{rule:?}: {other:?}"),
    }
}

// ------------------------------------------------------------------ ECHR

/// Criterion 5 (consequences for the employee): for the measure where nothing significant
/// follows from the data, or where a person looks before anything follows; against it where
/// a significant consequence follows without one, or where what follows was not shown.
#[test]
fn barbulescu_5_a_significant_consequence_needs_a_person_who_looks() {
    let case = |c: Consequences, human: Tri| {
        with(move |r| {
            m(r).consequences = c;
            r.avg.human_intervention = human;
        })
    };
    let discipline = || Consequences::from(Consequence::Discipline);
    let conversation = || Consequences::from(Consequence::InformalConversation);
    for (c, human, expected) in [
        (Consequences::None, Tri::No, Assessment::Met),
        (conversation(), Tri::No, Assessment::Met),
        (discipline(), Tri::Yes, Assessment::Met),
        (discipline(), Tri::No, Assessment::NotMet),
        (discipline(), Tri::Unknown, Assessment::NotMet),
        (Consequences::Unknown, Tri::No, Assessment::NotMet),
        (Consequences::Unknown, Tri::Yes, Assessment::Met),
    ] {
        let r = case(c.clone(), human);
        assert_eq!(
            barbulescu(&r, R::EchrBarbulescu5),
            expected,
            "{c:?}, human intervention {human:?}"
        );
    }
}

/// Criterion 6 (safeguards): a retention term that is stated and within its norm, *and*
/// the consequences safeguarded as under criterion 5. Either one missing weighs against.
#[test]
fn barbulescu_6_needs_a_stated_limited_retention_and_safeguarded_consequences() {
    let good = with(|_| {});
    assert_eq!(barbulescu(&good, R::EchrBarbulescu6), Assessment::Met);
    // No term stated: not a limited retention, whatever else holds.
    let unstated = with(|r| m(r).retention_days = None);
    assert_eq!(barbulescu(&unstated, R::EchrBarbulescu5), Assessment::Met);
    assert_eq!(barbulescu(&unstated, R::EchrBarbulescu6), Assessment::NotMet);
    // A camera's images kept beyond the camera norm: stated, but not limited.
    let beyond = with(|r| {
        m(r).technology = Technology::Camera;
        m(r).retention_days = Some(365);
    });
    assert_eq!(barbulescu(&beyond, R::EchrBarbulescu6), Assessment::NotMet);
    let within = with(|r| {
        m(r).technology = Technology::Camera;
        m(r).retention_days = Some(7);
    });
    assert_eq!(barbulescu(&within, R::EchrBarbulescu6), Assessment::Met);
    // A limited retention, but a significant consequence nobody looks at first.
    let unguarded = with(|r| {
        m(r).consequences = Consequence::Discipline.into();
        r.avg.human_intervention = Tri::No;
    });
    assert_eq!(barbulescu(&unguarded, R::EchrBarbulescu5), Assessment::NotMet);
    assert_eq!(barbulescu(&unguarded, R::EchrBarbulescu6), Assessment::NotMet);
}

/// Art. 8 ECHR protects against the monitoring of staff: the Bărbulescu criteria are
/// assessed only for a measure that observes staff *and* processes personal data. A roster
/// observes no one; anonymous counting processes no personal data.
#[test]
fn barbulescu_only_for_a_measure_that_observes_staff_with_personal_data() {
    let criteria = |r: &kantonrechter::Ruling| steps(r, R::EchrBarbulescu1).len();
    assert_eq!(criteria(&with(|_| {})), 1);
    let observes_no_one = with(|r| m(r).observes.clear());
    assert_eq!(criteria(&observes_no_one), 0);
    let anonymous = with(|r| {
        m(r).identifiability = Identifiability::Anonymous;
        m(r).personal_data = Tri::No;
    });
    assert_eq!(criteria(&anonymous), 0);
}

/// Where each criterion's weight is counted: under the AVG from 25 May 2018 (notice under
/// art. 13–14, intrusiveness under art. 6(1)(f), necessity under art. 6(1)(f)), before it
/// under the Wbp and Omron (art. 8 sub f Wbp); a criterion with no Wbp counterpart shown
/// with no rule.
#[test]
fn barbulescu_counted_under_the_avg_from_its_date_and_the_wbp_before() {
    let counted = |as_of: &str, rule: R| {
        let as_of: kantonrechter::Date = as_of.parse().unwrap();
        let r = with(move |r| r.as_of = as_of);
        match steps(&r, rule).first().map(|s| &s.finding) {
            Some(Finding::Barbulescu { counted_under, .. }) => *counted_under,
            other => panic!("{rule:?}: {other:?}"),
        }
    };
    for day in ["2018-05-25", "2026-06-15"] {
        assert_eq!(counted(day, R::EchrBarbulescu1), Some(R::Avg13_14), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu2), Some(R::Avg6_1F3), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu4), Some(R::Avg6_1F2), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu5), Some(R::Avg22), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu6), Some(R::Avg5_1E), "{day}");
    }
    for day in ["2017-09-05", "2018-05-24"] {
        assert_eq!(counted(day, R::EchrBarbulescu1), None, "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu2), Some(R::CaseOmron2016), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu3), Some(R::Wor27_4Ground1), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu4), Some(R::Wbp8F), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu5), None, "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu6), None, "{day}");
    }
}
