//! Precedents (issue 3, item 4): `similar` finds sensible neighbours for the seed examples,
//! and the a fortiori check says in the trace when a ruling contradicts a decided case.

mod common;

use common::*;
use kantonrechter::law::RuleId as R;
use kantonrechter::precedent::{self, CaseBase, DecidedCase, Factor, Relation};
use kantonrechter::ruling::{Effect, Finding, Side};
use kantonrechter::{Lang, Outcome};

fn base() -> &'static CaseBase {
    precedent::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn case(file: &str) -> &'static DecidedCase {
    base()
        .cases()
        .iter()
        .find(|c| c.file == file)
        .unwrap_or_else(|| panic!("{file}"))
}

fn nearest(example_file: &str) -> Vec<String> {
    let r = example(example_file);
    let ruling = eval(&r);
    precedent::similar(&r, ruling.outcome, base(), 3)
        .into_iter()
        .map(|n| n.case.id)
        .collect()
}

#[test]
fn similar_finds_sensible_neighbours_for_the_seed_examples() {
    // Cameras against theft: Omron (cameras against theft) first.
    assert_eq!(nearest("camera-theft.json")[0], "ECLI:NL:RBOBR:2016:5172");
    // A roster change: a roster decision first.
    let roster = nearest("roster-change.json");
    let roster_cases = [
        "ECLI:NL:RBUTR:2012:BY4610",
        "ECLI:NL:RBMNE:2017:2223",
        "ECLI:NL:RBMNE:2021:3538",
        "ECLI:NL:GHLEE:2006:AX6395",
        "ECLI:NL:RBLEE:2005:AU0814",
        "ECLI:NL:RBMNE:2023:2519",
        "ECLI:NL:RBGEL:2021:4774",
    ];
    assert!(roster_cases.contains(&roster[0].as_str()), "{roster:?}");
    // Badges reused to check attendance: a monitoring decision (sub k/l) first.
    let badge = nearest("badge-repurposed.json");
    let monitoring = [
        "ECLI:NL:RBOBR:2016:5172",
        "ECLI:NL:RBAMS:2008:BD6534",
        "ECLI:NL:RBAMS:2017:7888",
        "ECLI:NL:RBAMS:2012:BX4940",
        "ECLI:NL:RBOBR:2015:4762",
    ];
    assert!(monitoring.contains(&badge[0].as_str()), "{badge:?}");
}

#[test]
fn similar_says_what_differs_and_ranks_a_case_first_against_itself() {
    let omron = case("ECLI_NL_RBOBR_2016_5172.json");
    let ruling = eval(&omron.request);
    let n = precedent::similar(&omron.request, ruling.outcome, base(), 17);
    assert_eq!(n[0].case.id, "ECLI:NL:RBOBR:2016:5172");
    assert!(n[0].distance.is_zero() && n[0].differences.is_empty());
    // Against itself a decision supports the engine's outcome when the engine agrees with it
    // and contradicts it otherwise; a decision with a known disagreement is no precedent.
    let expected = if omron.known_disagreement {
        None
    } else if omron.decision.outcome.agrees_with(ruling.outcome) {
        Some(Relation::SupportsAFortiori)
    } else {
        Some(Relation::ContradictsAFortiori)
    };
    assert_eq!(n[0].relation, expected);
    // Sorted by distance; every other case differs somewhere and says where.
    assert!(n.windows(2).all(|w| w[0].distance <= w[1].distance));
    assert!(n[1..].iter().all(|x| !x.differences.is_empty()));
    // The roster cases share no subject with a camera case: no precedent for it.
    let qbuzz = n
        .iter()
        .find(|x| x.case.id == "ECLI:NL:RBMNE:2017:2223")
        .unwrap();
    assert_eq!(qbuzz.relation, None);
}

#[test]
fn a_fortiori_is_the_reason_model() {
    use Factor::*;
    let p = [EmployerInterestEstablished, RightAtStake].into();
    // Same factors: a fortiori for both sides.
    assert!(precedent::a_fortiori(Side::Employer, &p, &p));
    assert!(precedent::a_fortiori(Side::WorksCouncil, &p, &p));
    // One more pro-employer factor: stronger for the employer, not for the OR.
    let stronger = [EmployerInterestEstablished, DecisionRequired, RightAtStake].into();
    assert!(precedent::a_fortiori(Side::Employer, &p, &stronger));
    assert!(!precedent::a_fortiori(Side::WorksCouncil, &p, &stronger));
    // A pro-OR factor the precedent lacked: no longer a fortiori for the employer.
    let covert = [EmployerInterestEstablished, RightAtStake, Covert].into();
    assert!(!precedent::a_fortiori(Side::Employer, &p, &covert));
    assert!(precedent::a_fortiori(Side::WorksCouncil, &p, &covert));
}

#[test]
fn a_ruling_that_contradicts_a_precedent_a_fortiori_says_so_in_the_trace() {
    // The profit-sharing case's own facts, with the weighing overridden so that the engine
    // refuses: the OR wins a case exactly as strong for the employer as one the employer won.
    let id = "ECLI:NL:RBLIM:2018:10045";
    let mut r = case("ECLI_NL_RBLIM_2018_10045.json").request.clone();
    r.calibration
        .insert("abstract_weight.employer".into(), 0.into());
    let mut ruling = eval(&r);
    assert_eq!(ruling.outcome, Outcome::Refused);
    precedent::check(&r, &mut ruling, base());
    let steps: Vec<_> = ruling
        .trace
        .iter()
        .filter(|s| s.rule == R::PrecedentAFortiori)
        .collect();
    assert!(steps.iter().all(|s| s.effect == Effect::Noted));
    let cited: Vec<&str> = steps
        .iter()
        .map(|s| match &s.finding {
            Finding::PrecedentContradicted {
                precedent, won_by, ..
            } => {
                assert_eq!(*won_by, Side::Employer);
                precedent.id.as_str()
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert!(cited.contains(&id), "{cited:?}");
    // A decision with a known disagreement (its file lacks facts the court decided on) is no
    // precedent, even where its facts are the very same.
    let mut omron = case("ECLI_NL_RBOBR_2016_5172.json").request.clone();
    omron
        .calibration
        .insert("abstract_weight.employer".into(), 0.into());
    let mut against = eval(&omron);
    precedent::check(&omron, &mut against, base());
    assert!(!against.trace.iter().any(|s| matches!(&s.finding,
        Finding::PrecedentContradicted { precedent, .. } if precedent.id == "ECLI:NL:RBOBR:2016:5172")));
    // The outcome stands; the report cites the precedent decision first, in both languages.
    assert_eq!(ruling.outcome, Outcome::Refused);
    for lang in [Lang::Nl, Lang::En] {
        let report = ruling.report(lang);
        let s = report
            .trace
            .iter()
            .find(|s| s.rule == R::PrecedentAFortiori && s.finding.contains("RBLIM:2018:10045"))
            .unwrap();
        assert!(s.finding.contains(id), "{}", s.finding);
        assert_eq!(
            s.sources[0].url.as_deref(),
            Some("https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBLIM:2018:10045")
        );
    }
}

#[test]
fn the_decided_cases_follow_from_each_other_or_are_distinguishable() {
    // Run over the case base itself: where the engine agrees with a court, its ruling must
    // not contradict another (non-overruled) decision a fortiori — unless that decision is
    // the deliberate difference.
    for c in base().cases() {
        let file = &c.file;
        let mut ruling = eval(&c.request);
        if !c.decision.outcome.agrees_with(ruling.outcome) {
            continue;
        }
        precedent::check(&c.request, &mut ruling, base());
        for s in ruling
            .trace
            .iter()
            .filter(|s| s.rule == R::PrecedentAFortiori)
        {
            if let Finding::PrecedentContradicted { precedent, .. } = &s.finding {
                assert!(
                    precedent.deliberate_difference,
                    "{file} contradicts {}",
                    precedent.id
                );
            }
        }
    }
}

#[test]
fn only_rulings_on_the_merits_are_checked() {
    let c = case("ECLI_NL_HR_2019_314.json");
    let mut ruling = eval(&c.request);
    assert_eq!(ruling.outcome, Outcome::NoConsentRequired);
    let before = ruling.trace.len();
    precedent::check(&c.request, &mut ruling, base());
    assert_eq!(ruling.trace.len(), before);
}

#[test]
fn check_and_similar_do_not_read_the_texts_the_case_base_leaves_out() {
    // The embedded base holds the requests without their texts (titles, statements, …); the
    // same cases with their whole requests must give the same checks and neighbours.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let whole = |file: &str| {
        let text = std::fs::read_to_string(dir.join("cases").join(file)).unwrap();
        kantonrechter::json::parse_case(&text).unwrap().request
    };
    let full = CaseBase::new(
        base()
            .cases()
            .iter()
            .map(|c| DecidedCase {
                request: whole(&c.file),
                ..c.clone()
            })
            .collect(),
    );
    assert_ne!(&full, base(), "the embedded requests leave texts out");
    let mut requests: Vec<_> = base().cases().iter().map(|c| whole(&c.file)).collect();
    for e in std::fs::read_dir(dir.join("examples")).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".json") {
            requests.push(example(&name));
        }
    }
    for r in &requests {
        let ruling = eval(r);
        let (mut a, mut b) = (ruling.clone(), ruling.clone());
        precedent::check(r, &mut a, base());
        precedent::check(r, &mut b, &full);
        assert_eq!(a, b);
        let n = base().cases().len();
        assert_eq!(
            precedent::similar(r, ruling.outcome, base(), n),
            precedent::similar(r, ruling.outcome, &full, n)
        );
    }
}

#[test]
fn factors_are_a_set_in_the_declared_order() {
    use Factor::*;
    for (i, f) in Factor::ALL.iter().enumerate() {
        assert_eq!(*f as usize, i, "{f:?}");
    }
    assert_eq!(Factor::ALL.len(), EmployerUnsubstantiated as usize + 1);
    let mut s: precedent::Factors = [Covert, RightAtStake, Covert].into();
    assert_eq!(s.len(), 2);
    assert_eq!(s.iter().collect::<Vec<_>>(), [RightAtStake, Covert]);
    assert!(s.contains(&Covert) && !s.contains(&AtHome));
    assert!(s.insert(AtHome) && !s.insert(AtHome));
    assert_eq!(s.iter().collect::<Vec<_>>(), [RightAtStake, Covert, AtHome]);
    assert!(!s.is_empty() && precedent::Factors::new().is_empty());
}
