//! Sentences that follow the facts (issue #11, item 3): over arbitrary requests, no text of a
//! ruling, in Dutch or in English, asserts a fact the request contradicts, and no step's words
//! contradict its own effect.
//!
//! Each check pairs a fact of the request with the sentences that may only appear when the
//! fact holds. The phrases are the texts' own (`src/ruling/text.rs`); when a sentence is
//! reworded, its check here must be reworded with it, which is the point: a test that knows
//! what each sentence claims.

use kantonrechter::request::*;
use kantonrechter::ruling::{Effect, Finding};
use kantonrechter::{Lang, Request};
use proptest::prelude::*;

/// A sentence (a fragment in Dutch and in English) and whether the request allows it.
struct Claim {
    nl: &'static str,
    en: &'static str,
    allowed: fn(&Request) -> bool,
    what: &'static str,
}

/// Whether any element's own fact, or the request's where it has none (issue #20 item 6:
/// an element may override the request's AVG facts), satisfies `f`.
fn any_element(r: &Request, f: impl Fn(&Measure) -> bool) -> bool {
    r.regeling.elements.iter().any(|e| f(&e.measure))
}

fn dpia_missing(r: &Request) -> bool {
    any_element(r, |m| {
        !matches!(r.dpia_of(m), Dpia::Done | Dpia::PlannedBeforeProcessing)
    })
}

const CLAIMS: &[Claim] = &[
    Claim {
        nl: "Zonder DPIA mist de OR",
        en: "Without one the OR lacks",
        allowed: dpia_missing,
        what: "no DPIA, while one was made or is planned",
    },
    Claim {
        nl: "er is een DPIA uitgevoerd",
        en: "a DPIA was carried out",
        allowed: |r| any_element(r, |m| r.dpia_of(m) == Dpia::Done),
        what: "a DPIA made, while none was",
    },
    Claim {
        nl: "er is geen DPIA",
        en: "there is no DPIA",
        allowed: |r| any_element(r, |m| r.dpia_of(m) == Dpia::NotDone),
        what: "no DPIA, while the facts do not say so",
    },
    Claim {
        nl: "De regeling informeert werknemers vooraf",
        en: "The regeling informs staff in advance",
        allowed: |r| any_element(r, |m| r.informed_of(m).is_yes()),
        what: "staff informed, while that is not established",
    },
    Claim {
        nl: "De regeling informeert werknemers niet vooraf",
        en: "The regeling does not inform staff in advance",
        allowed: |r| any_element(r, |m| r.informed_of(m).is_no()),
        what: "staff not informed, while that is not established",
    },
    Claim {
        nl: "een mens beoordeelt eerst",
        en: "a person reviews first",
        allowed: |r| any_element(r, |m| r.human_intervention_of(m).is_yes()),
        what: "human intervention, while it is not established",
    },
    Claim {
        nl: "zonder (aangetoonde) menselijke tussenkomst",
        en: "without (shown) human intervention",
        allowed: |r| any_element(r, |m| !r.human_intervention_of(m).is_yes()),
        what: "no human intervention, while it is established",
    },
    Claim {
        nl: "voorziet in informatie vooraf",
        en: "provides advance information",
        allowed: |r| any_element(r, |m| !r.informed_of(m).is_yes()),
        what: "advance information missing from a reuse, while staff are informed",
    },
    Claim {
        nl: "voorziet in een eigen grondslag",
        en: "provides a basis of its own",
        allowed: |r| matches!(r.avg.legal_basis, LegalBasis::Unknown | LegalBasis::Consent),
        what: "a basis missing from a reuse, while one is claimed",
    },
    Claim {
        nl: "Thuis wordt niet intensiever gecontroleerd dan op kantoor.",
        en: "Staff at home are not monitored more intensively than at the office.",
        allowed: |r| {
            r.regeling
                .elements
                .iter()
                .any(|e| e.measure.more_intensive_at_home.is_no())
        },
        what: "the same at home, while that is not established",
    },
];

fn texts(r: &Request, lang: Lang) -> Vec<(Effect, Finding, String)> {
    let ruling = kantonrechter::evaluate(r).expect("arbitrary requests are valid");
    let report = ruling.report(lang);
    report
        .trace
        .iter()
        .chain(report.flags.iter())
        .map(|s| (s.effect, s.data.clone(), s.finding.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 768, ..ProptestConfig::default() })]

    /// No sentence asserts a fact the request contradicts.
    #[test]
    fn no_text_asserts_a_fact_the_request_contradicts(r in any::<Request>()) {
        for lang in [Lang::Nl, Lang::En] {
            for (_, _, text) in texts(&r, lang) {
                for c in CLAIMS {
                    let phrase = if lang == Lang::Nl { c.nl } else { c.en };
                    if text.contains(phrase) {
                        prop_assert!((c.allowed)(&r), "{}: {text}", c.what);
                    }
                }
            }
        }
    }

    /// A step's words agree with its effect: a requirement met is not called unmet and the
    /// reverse, and the balance is described as it fell.
    #[test]
    fn a_step_says_what_its_effect_is(r in any::<Request>()) {
        for lang in [Lang::Nl, Lang::En] {
            for (effect, finding, text) in texts(&r, lang) {
                if let Finding::Barbulescu { assessment, .. } = &finding {
                    let (met, not_met, not_examined) = match lang {
                        Lang::Nl => (": pleit voor de maatregel", ": pleit tegen de maatregel", ": niet onderzocht"),
                        Lang::En => (": weighs for the measure", ": weighs against the measure", ": not examined"),
                    };
                    let says = |s: &str| text.contains(s);
                    match assessment {
                        kantonrechter::ruling::Assessment::Met => prop_assert!(says(met) && !says(not_met) && !says(not_examined), "{text}"),
                        kantonrechter::ruling::Assessment::NotMet => prop_assert!(says(not_met) && !says(met) && !says(not_examined), "{text}"),
                        kantonrechter::ruling::Assessment::NotExamined => prop_assert!(says(not_examined) && !says(met) && !says(not_met), "{text}"),
                    }
                }
                if let Finding::Balance { balance, .. } = &finding {
                    let heavier = match lang {
                        Lang::Nl => "van de ondernemer (",
                        Lang::En => "The employer's interests (",
                    };
                    let says_employer_heavier = text.starts_with(&format!("De belangen {heavier}")) || text.starts_with(heavier);
                    prop_assert_eq!(says_employer_heavier, *balance == kantonrechter::ruling::Balance::EmployerHeavier, "{}", text);
                }
                if matches!(finding, Finding::StaffInformed | Finding::CovertConditionsMet | Finding::BiometricAllowed) {
                    prop_assert_eq!(effect, Effect::Passed);
                }
            }
        }
    }
}
