//! One test (or more) per rule of the catalogue: each fails if the rule is removed (its step
//! disappears) or inverted (its effect flips). `every_rule_is_tested` keeps the list complete.

mod common;

use common::*;
use kantonrechter::law::RuleId as R;
use kantonrechter::request::*;
use kantonrechter::ruling::{Assessment, Effect, Finding, NotWeighty};
use kantonrechter::{Date, Ground, Outcome, Stage};

/// An OR objection that raises these legal points.
fn raising(points: &[LegalPoint]) -> OrInterest {
    OrInterest {
        raises: points.to_vec(),
        ..or(OrInterestKind::Privacy, Substantiation::Asserted)
    }
}

/// The rules these tests cover; `every_rule_is_tested` checks it against the catalogue.
const COVERED: &[R] = &[
    R::Wor27_1Scope,
    R::Wor27_1K,
    R::Wor27_1L,
    R::Wor27_1G,
    R::Wor32,
    R::Wor27_1CovertOnce,
    R::Wor27_2,
    R::Wor27_2Term,
    R::Wor27_2Premature,
    R::Wor27_3,
    R::Wor27_4Ground1,
    R::Wor27_4Ground2,
    R::Wor27_4Ground2Weighing,
    R::Wor27_4Petitum,
    R::Wor27_4OrAlternative,
    R::Wor27_4Arguments,
    R::Wor27_4Unrelated,
    R::Wor27_5,
    R::Wor25_1K,
    R::Wor36,
    R::Wor22,
    R::CaseOmron2016,
    R::Rv149,
    R::Rv150,
    R::Rv24,
    R::WorEarlierAgreement,
    R::WorPrimaryTerms,
    R::Wbp8F,
    R::Avg5_1C,
    R::Avg5_1CSuitability,
    R::Avg5_1E,
    R::RetentionPerKind,
    R::Atb3_2_1,
    R::Avg5_2,
    R::Avg6_1AEmp,
    R::Avg6_1C,
    R::Avg6_3,
    R::Avg6_1E,
    R::Avg6_1F1,
    R::Avg6_1F2,
    R::Avg6_1F3,
    R::Avg6_4,
    R::Avg9_1,
    R::Uavg29,
    R::Uavg29Design,
    R::Avg9_1Categories,
    R::Uavg30,
    R::Avg13_14,
    R::Avg22,
    R::Avg35_1,
    R::ApDpiaList,
    R::Avg88,
    R::ApMonitor,
    R::ApSupervision,
    R::Aia3_1,
    R::Aia3_39,
    R::Aia5_1E,
    R::Aia5_1F,
    R::Aia5_1G,
    R::Aia6_3,
    R::AiaAnnexIII1,
    R::AiaAnnexIII4B,
    R::Aia26_2,
    R::Aia26_7,
    R::AiaOmnibus,
    R::EchrBarbulescu1,
    R::EchrBarbulescu2,
    R::EchrBarbulescu3,
    R::EchrBarbulescu4,
    R::EchrBarbulescu5,
    R::EchrBarbulescu6,
    R::EchrLopezRibalda,
    R::NlThuiswerk,
    R::ApPrivateTime,
    R::HomeHousemates,
    R::Avg22Effects,
    R::RetentionEmployment,
    R::RetentionProceedings,
    R::PrecedentAFortiori,
];

#[test]
fn every_rule_is_tested() {
    let mut covered = COVERED.to_vec();
    covered.sort();
    let mut all = R::ALL.to_vec();
    all.sort();
    assert_eq!(
        covered, all,
        "add a test for each new rule and list it in COVERED"
    );
}

// ------------------------------------------------------------------ WOR: gates

#[test]
fn wor_27_1_scope_employers_decision() {
    let r = with(|r| r.regeling.by_employer = Tri::No);
    assert!(decides(&r, R::Wor27_1Scope, Outcome::NoConsentRequired));
    let r = with(|r| r.regeling.by_employer = Tri::Yes);
    assert!(has(&r, R::Wor27_1Scope, |f, e| matches!(
        f,
        Finding::EmployersDecision { presumed: false }
    ) && *e == Effect::Passed));
}

#[test]
fn wor_27_1_scope_tolerated_practice_individual_incidental_and_closed_list() {
    assert!(decides(
        &with(|r| r.regeling.ends_tolerated_practice = Tri::Yes),
        R::Wor27_1Scope,
        Outcome::NoConsentRequired
    ));
    assert!(decides(
        &with(|r| r.regeling.scope = Scope::Individual),
        R::Wor27_1Scope,
        Outcome::NoConsentRequired
    ));
    assert!(decides(
        &with(|r| r.regeling.incidental = Tri::Yes),
        R::Wor27_1Scope,
        Outcome::NoConsentRequired
    ));
    // A pilot is no exception.
    let r = with(|r| r.regeling.temporary_or_pilot = Tri::Yes);
    assert!(has(&r, R::Wor27_1Scope, |f, e| matches!(
        f,
        Finding::RegelingForGroup {
            temporary: true,
            ..
        }
    ) && *e == Effect::Passed));
    // A scope nobody established is presumed a group (the employer submitted it as a
    // regeling), and the ruling says it is presumed; an established group is not.
    let presumed = |scope: Scope| {
        let r = with(move |r| r.regeling.scope = scope);
        r.trace.iter().find_map(|s| match s.finding {
            Finding::RegelingForGroup { presumed, .. } => Some(presumed),
            _ => None,
        })
    };
    assert_eq!(presumed(Scope::Unknown), Some(true));
    assert_eq!(presumed(Scope::Group), Some(false));
    // Not on the list: a scheme without monitoring and without a listed letter.
    let r = with(|r| {
        r.regeling.subjects.clear();
        *m(r) = Measure {
            technology: Technology::Policy,
            personal_data: Tri::No,
            ..Measure::default()
        };
    });
    assert!(decides(&r, R::Wor27_1Scope, Outcome::NoConsentRequired));
    assert_eq!(r.outcome, Outcome::NoConsentRequired);
}

#[test]
fn wor_27_1_k_derived_from_personal_data() {
    let r = with(|r| r.regeling.subjects.clear());
    assert!(has(&r, R::Wor27_1K, |f, _| *f == Finding::PersonalDataRegeling));
    assert_ne!(r.outcome, Outcome::NoConsentRequired);
    let r = with(|r| {
        r.regeling.subjects.clear();
        m(r).personal_data = Tri::No;
    });
    assert!(steps(&r, R::Wor27_1K).is_empty());
}

#[test]
fn wor_27_1_l_suitability_suffices_but_not_for_anonymous_counts() {
    let r = with(|r| {
        r.regeling.subjects.clear();
        m(r).personal_data = Tri::No;
    });
    assert!(has(&r, R::Wor27_1L, |f, e| matches!(
        f,
        Finding::MonitoringFacility { .. }
    ) && *e == Effect::Passed));
    assert_ne!(r.outcome, Outcome::NoConsentRequired);
    let r = with(|r| {
        r.regeling.subjects.clear();
        m(r).identifiability = Identifiability::Anonymous;
    });
    assert!(has(&r, R::Wor27_1L, |f, _| *f == Finding::AnonymousNotDerived));
    assert_eq!(r.outcome, Outcome::NoConsentRequired);
}

#[test]
fn wor_27_2_request_and_consultation() {
    let r = with(|r| r.procedure.consent_requested = Tri::No);
    assert!(decides(&r, R::Wor27_2, Outcome::Inadmissible));
    assert!(has(&r, R::Wor27_2, |f, _| *f
        == Finding::ConsentNotRequested { unknown: false }));
    // Not shown either way, and the OR never decided: presumed not asked, and said so.
    let silent = with(|r| {
        r.procedure.consent_requested = Tri::Unknown;
        r.procedure.or_decision = OrDecision::Consented;
    });
    assert!(has(&silent, R::Wor27_2, |f, _| *f
        == Finding::ConsentNotRequested { unknown: true }));
    let followed = with(|_| {});
    let or_weight = |r: &kantonrechter::Ruling| r.weights.unwrap().works_council;
    let no_meeting = with(|r| r.procedure.consultation_meeting_held = Tri::No);
    let weighs_for_or = |e: &Effect| {
        matches!(
            e,
            Effect::Weighs {
                side: kantonrechter::ruling::Side::WorksCouncil,
                ..
            }
        )
    };
    assert!(has(&no_meeting, R::Wor27_2, |f, _| {
        *f == Finding::NoConsultationMeeting
    }));
    // Weighed once in stage 1, as the OR's procedural concern.
    assert!(has(&no_meeting, R::Wor27_2, |f, e| {
        matches!(f, Finding::OrConcern { .. }) && weighs_for_or(e)
    }));
    assert!(or_weight(&no_meeting) > or_weight(&followed));
    let no_reasons = with(|r| r.procedure.in_writing_with_reasons = Tri::No);
    assert!(has(&no_reasons, R::Wor27_2, |f, _| *f
        == Finding::NotInWritingWithReasons));
    assert!(or_weight(&no_reasons) > or_weight(&followed));
    assert!(has(&followed, R::Wor27_2, |f, e| {
        *f == Finding::ProcedureFollowed && *e == Effect::Passed
    }));
    // A defect nobody showed is noted, not weighed.
    let silent = with(|r| r.procedure.consultation_meeting_held = Tri::Unknown);
    assert!(has(&silent, R::Wor27_2, |f, e| {
        matches!(f, Finding::ProcedureNotShown { .. }) && *e == Effect::Noted
    }));
    assert_eq!(or_weight(&silent), or_weight(&followed));
    // An OR that refused was evidently asked; with no refusal on record it must be shown.
    let presumed = with(|r| r.procedure.consent_requested = Tri::Unknown);
    assert_ne!(presumed.outcome, Outcome::Inadmissible);
    let unshown = with(|r| {
        r.procedure.consent_requested = Tri::Unknown;
        r.procedure.or_decision = OrDecision::Consented;
    });
    assert_eq!(unshown.outcome, Outcome::Inadmissible);
}

#[test]
fn wor_27_2_term_what_the_or_decided() {
    assert!(decides(
        &with(|r| r.procedure.or_decision = OrDecision::Consented),
        R::Wor27_2Term,
        Outcome::Inadmissible
    ));
    assert!(decides(
        &with(|r| r.procedure.or_decision = OrDecision::Unknown),
        R::Wor27_2Term,
        Outcome::Inadmissible
    ));
    let r = with(|r| r.procedure.or_decision = OrDecision::NoDecision);
    assert!(has(&r, R::Wor27_2Term, |f, e| matches!(
        f,
        Finding::OrWithheld { .. }
    ) && *e == Effect::Passed));
}

#[test]
fn wor_27_1_g_derived_when_monitoring_feeds_appraisals() {
    let letters = |r: &kantonrechter::Ruling| -> Vec<Subject> {
        r.trace
            .iter()
            .find_map(|s| match &s.finding {
                Finding::SubjectsOnList { letters } => Some(letters.clone()),
                _ => None,
            })
            .unwrap_or_default()
    };
    let appraisal = with(|r| m(r).consequences = Consequence::Appraisal.into());
    assert!(has(&appraisal, R::Wor27_1G, |f, e| *f
        == Finding::AppraisalRegeling
        && *e == Effect::Passed));
    assert!(letters(&appraisal).contains(&Subject::G));
    let evaluation = with(|r| m(r).purpose = Purpose::PerformanceEvaluation);
    assert!(letters(&evaluation).contains(&Subject::G));
    let plain = with(|_| {});
    assert!(!letters(&plain).contains(&Subject::G));
    // Named by the parties, ruled out by the facts: set aside.
    let named = with(|r| r.regeling.subjects.push(Subject::G));
    assert!(has(&named, R::Wor27_1G, |f, _| *f
        == Finding::LetterRuledOut { letter: Subject::G }));
    assert!(!letters(&named).contains(&Subject::G));
    let ruled_out = |r: &kantonrechter::Ruling| {
        has(r, R::Wor27_1G, |f, _| {
            *f == Finding::LetterRuledOut { letter: Subject::G }
        })
    };
    // Not ruled out where the purpose is to evaluate performance, though nothing follows…
    let named_evaluation = with(|r| {
        r.regeling.subjects.push(Subject::G);
        m(r).purpose = Purpose::PerformanceEvaluation;
    });
    assert!(!ruled_out(&named_evaluation));
    // …nor where an element monitors nothing (the facts do not show what it is for).
    let named_second = with(|r| {
        r.regeling.subjects.push(Subject::G);
        let mut second = r.regeling.elements[0].clone();
        second.id = "tweede".into();
        second.measure.observes.clear();
        r.regeling.elements.push(second);
    });
    assert!(!ruled_out(&named_second));
    // A regeling on k only whose facts show no personal data: no consent right at all.
    let no_data = with(|r| {
        r.regeling.subjects = vec![Subject::K];
        m(r).personal_data = Tri::No;
        m(r).observes = vec![];
    });
    assert!(has(&no_data, R::Wor27_1K, |f, _| *f
        == Finding::LetterRuledOut { letter: Subject::K }));
    assert_eq!(no_data.outcome, Outcome::NoConsentRequired);
    // Unknown personal data does not rule k out.
    let unknown = with(|r| {
        r.regeling.subjects = vec![Subject::K];
        m(r).personal_data = Tri::Unknown;
        m(r).observes = vec![];
    });
    assert_ne!(unknown.outcome, Outcome::NoConsentRequired);
}

#[test]
fn wor_32_consent_right_by_agreement() {
    let none = |r: &mut Request| {
        r.regeling.subjects = vec![];
        m(r).observes = vec![];
        m(r).personal_data = Tri::No;
    };
    assert_eq!(with(none).outcome, Outcome::NoConsentRequired);
    let agreed = with(|r| {
        none(r);
        r.regeling.consent_right_by_agreement = Tri::Yes;
    });
    assert_ne!(agreed.outcome, Outcome::NoConsentRequired);
    assert!(has(&agreed, R::Wor32, |f, e| *f
        == Finding::ConsentRightByAgreement
        && *e == Effect::Passed));
}

#[test]
fn wor_27_1_scope_applying_a_consented_regeling() {
    let applies = with(|r| r.regeling.applies_consented_regeling = Tri::Yes);
    assert!(decides(
        &applies,
        R::Wor27_1Scope,
        Outcome::NoConsentRequired
    ));
    assert!(has(&applies, R::Wor27_1Scope, |f, _| *f
        == Finding::AppliesConsentedRegeling));
    // A new purpose is a change, not an application.
    let changed = with(|r| {
        r.regeling.applies_consented_regeling = Tri::Yes;
        m(r).earlier_purpose = Some(Purpose::BuildingSecurity);
    });
    assert_ne!(changed.outcome, Outcome::NoConsentRequired);
    assert!(has(&changed, R::Wor27_1Scope, |f, _| *f
        == Finding::NotMereApplication));
    // An investigation of one person is no regeling.
    let one = with(|r| r.regeling.scope = Scope::Individual);
    assert!(decides(&one, R::Wor27_1Scope, Outcome::NoConsentRequired));
}

#[test]
fn wor_27_2_premature_the_consent_procedure_not_completed() {
    use kantonrechter::ruling::PrematureCause;
    let premature = |r: &kantonrechter::Ruling, cause: PrematureCause| {
        r.outcome == Outcome::Inadmissible
            && has(r, R::Wor27_2Premature, |f, e| {
                *f == Finding::Premature { cause }
                    && *e
                        == Effect::Decides {
                            outcome: Outcome::Inadmissible,
                        }
            })
    };
    // The employer declined the consultation meeting: premature, not weighed.
    let declined = with(|r| {
        r.procedure.consultation_meeting_held = Tri::No;
        r.procedure.consultation_meeting_declined_by = MeetingDeclinedBy::Employer;
    });
    assert!(premature(
        &declined,
        PrematureCause::MeetingDeclinedByEmployer
    ));
    assert!(declined.weights.is_none());
    // The premature step says it: the missing meeting is not also a defect, nor is the
    // procedure said to be followed.
    assert!(!has(&declined, R::Wor27_2, |f, _| *f
        == Finding::NoConsultationMeeting));
    assert!(!has(&declined, R::Wor27_2, |f, _| *f
        == Finding::ProcedureFollowed));
    // A meeting only to inform is no consultation meeting: the same.
    let informed = with(|r| {
        r.procedure.meeting_only_informed = Tri::Yes;
        r.procedure.consultation_meeting_declined_by = MeetingDeclinedBy::Employer;
    });
    assert!(has(&informed, R::Wor27_2, |f, _| *f
        == Finding::OnlyInformationMeeting));
    assert!(premature(
        &informed,
        PrematureCause::MeetingDeclinedByEmployer
    ));
    // Declined by the OR: not premature, and the OR cannot rely on it (weighs nothing).
    let by_or = with(|r| {
        r.procedure.consultation_meeting_held = Tri::No;
        r.procedure.consultation_meeting_declined_by = MeetingDeclinedBy::WorksCouncil;
    });
    assert_ne!(by_or.outcome, Outcome::Inadmissible);
    assert!(has(&by_or, R::Wor27_2, |f, _| *f
        == Finding::MeetingDeclinedByOr));
    assert!(!has(&by_or, R::Wor27_2, |f, _| *f == Finding::ProcedureFollowed));
    let followed = with(|_| {});
    assert_eq!(
        by_or.weights.unwrap().works_council,
        followed.weights.unwrap().works_council
    );
    // Who declined it unknown: weighed for the OR as before, not premature.
    let unknown = with(|r| r.procedure.consultation_meeting_held = Tri::No);
    assert_ne!(unknown.outcome, Outcome::Inadmissible);
    assert!(!has(&unknown, R::Wor27_2Premature, |_, _| true));
    // Still deciding within a reasonable time: premature; not deciding at all is not.
    let deciding = with(|r| {
        r.procedure.or_decision = OrDecision::NoDecision;
        r.procedure.or_still_deciding = Tri::Yes;
    });
    assert!(premature(&deciding, PrematureCause::OrStillDeciding));
    let undecided = with(|r| r.procedure.or_decision = OrDecision::NoDecision);
    assert_ne!(undecided.outcome, Outcome::Inadmissible);
    // Only with `no_decision`: an OR that refused is not still deciding.
    let refused = with(|r| r.procedure.or_still_deciding = Tri::Yes);
    assert_ne!(refused.outcome, Outcome::Inadmissible);
    // The OR asked for a formal request, and none in writing with reasons is shown.
    let asked = with(|r| {
        r.procedure.or_asked_for_formal_request = Tri::Yes;
        r.procedure.in_writing_with_reasons = Tri::Unknown;
    });
    assert!(decides(&asked, R::Wor27_2Premature, Outcome::Inadmissible));
    assert!(has(&asked, R::Wor27_2Premature, |f, _| *f
        == Finding::FormalRequestAsked));
    let answered = with(|r| r.procedure.or_asked_for_formal_request = Tri::Yes);
    assert_ne!(answered.outcome, Outcome::Inadmissible);
}

#[test]
fn wor_27_4_or_alternative_weighed_against_the_proposal() {
    let alt = |reaches: Tri, by_or: Tri| Alternative {
        description: "alleen anoniem tellen".into(),
        reaches_same_goal: reaches,
        rejection_reason: None,
        rejection_substantiation: Substantiation::Established,
        elements: vec![],
        by_works_council: by_or,
    };
    let conditional = |reaches: Tri, by_or: Tri| {
        with(move |r| {
            r.procedure.or_decision = OrDecision::Conditional;
            r.procedure.or_conditions = vec!["alleen anoniem".into()];
            r.avg.alternatives = vec![alt(reaches, by_or)];
        })
    };
    // The OR's alternative reaches the aim: weighed, and the proposal is not necessary.
    let reaches = conditional(Tri::Yes, Tri::Yes);
    assert!(has(&reaches, R::Wor27_4OrAlternative, |f, _| matches!(
        f,
        Finding::OrAlternative {
            reaches: Tri::Yes,
            ..
        }
    )));
    assert!(has(&reaches, R::Wor27_2Term, |f, _| matches!(
        f,
        Finding::OrWithheld {
            or_alternative: true,
            ..
        }
    )));
    assert!(curable(&reaches, R::Avg6_1F2));
    assert_eq!(reaches.outcome, Outcome::Refused);
    // It does not: no necessity defect from it.
    let fails = conditional(Tri::No, Tri::Yes);
    assert!(has(&fails, R::Wor27_4OrAlternative, |f, _| matches!(
        f,
        Finding::OrAlternative {
            reaches: Tri::No,
            ..
        }
    )));
    assert!(!curable(&fails, R::Avg6_1F2));
    // Conditions without an alternative of the OR: the ruling does not claim to weigh one.
    let bare = with(|r| {
        r.procedure.or_decision = OrDecision::Conditional;
        r.procedure.or_conditions = vec!["alleen anoniem".into()];
    });
    assert!(has(&bare, R::Wor27_2Term, |f, _| matches!(
        f,
        Finding::OrWithheld {
            or_alternative: false,
            ..
        }
    )));
    assert!(!has(&bare, R::Wor27_4OrAlternative, |_, _| true));
    let text = bare.report(kantonrechter::Lang::Nl);
    assert!(
        !text
            .trace
            .iter()
            .any(|s| s.finding.contains("tegen het alternatief van de OR")),
        "{:?}",
        text.trace
    );
    // An alternative not marked as the OR's is not named as its alternative.
    let other = conditional(Tri::Yes, Tri::Unknown);
    assert!(!has(&other, R::Wor27_4OrAlternative, |_, _| true));
}

#[test]
fn wor_27_4_petitum_whole_or_parts() {
    let two = |petitum: Petitum| {
        with(move |r| {
            let mut second = r.regeling.elements[0].clone();
            second.id = "f".into();
            second.measure.purpose = Purpose::BuildingSecurity;
            r.regeling.elements.push(second);
            r.regeling.separable = true;
            r.procedure.petitum = petitum;
        })
    };
    let whole = two(Petitum::WholeOnly);
    assert_eq!(whole.parts.len(), 1);
    assert!(has(&whole, R::Wor27_4Petitum, |f, _| *f
        == Finding::WholeOnlyRequested));
    let parts = two(Petitum::AlsoParts);
    assert_eq!(parts.parts.len(), 2);
    assert!(has(&parts, R::Wor27_4Petitum, |f, _| *f
        == Finding::PartsRequested { presumed: false }));
    // Not stated: as before, `separable` decides.
    let old = two(Petitum::Unknown);
    assert_eq!(old.parts.len(), 2);
    assert!(has(&old, R::Wor27_4Petitum, |f, _| *f
        == Finding::PartsRequested { presumed: true }));
    // One element: nothing to split, nothing said.
    let one = with(|r| r.procedure.petitum = Petitum::AlsoParts);
    assert!(!has(&one, R::Wor27_4Petitum, |_, _| true));
}

#[test]
fn wor_27_4_arguments_what_the_parties_put_forward_in_court() {
    let privacy = || OrInterest {
        contested: Tri::No,
        ..or(OrInterestKind::Privacy, Substantiation::Established)
    };
    let plain = with(|r| r.interests.works_council = vec![privacy()]);
    // An argument first raised in court weighs the same, and the trace says so.
    let late = with(|r| {
        r.interests.works_council = vec![OrInterest {
            first_raised_in_court: Tri::Yes,
            ..privacy()
        }]
    });
    assert_eq!(plain.weights, late.weights);
    assert!(!plain.weights.unwrap().works_council.is_zero());
    assert!(has(&late, R::Wor27_4Arguments, |f, _| *f
        == Finding::RaisedFirstInCourt { index: 0 }));
    // A refusal without reasons, an OR that would not discuss, an amended proposal: said,
    // and no weight of their own.
    for (f, finding) in [
        (
            (|r: &mut Request| r.procedure.or_gave_reasons = Tri::No) as fn(&mut Request),
            Finding::RefusalWithoutReasons,
        ),
        (
            |r: &mut Request| r.procedure.or_refused_to_discuss = Tri::Yes,
            Finding::OrRefusedToDiscuss,
        ),
        (
            |r: &mut Request| r.procedure.amended_in_proceedings = Tri::Yes,
            Finding::AmendedInProceedings,
        ),
    ] {
        let r = with(|r| {
            r.interests.works_council = vec![privacy()];
            f(r);
        });
        assert!(has(&r, R::Wor27_4Arguments, |x, e| *x == finding
            && *e == Effect::Noted));
        assert_eq!(r.weights, plain.weights);
        assert_eq!(r.outcome, plain.outcome);
    }
    let reasons = with(|r| r.procedure.or_gave_reasons = Tri::Yes);
    assert!(!has(&reasons, R::Wor27_4Arguments, |_, _| true));
}

#[test]
fn wor_27_4_unrelated_demand_left_aside() {
    let demand = OrInterest {
        kind: OrInterestKind::Other,
        statement: "instemming alleen als de eindejaarsuitkering terugkomt".into(),
        contested: Tri::No,
        importance: Some(Importance::Serious),
        ..or(OrInterestKind::Other, Substantiation::Established)
    };
    let weighed = with(|r| r.interests.works_council = vec![demand.clone()]);
    let aside = with(|r| {
        r.interests.works_council = vec![OrInterest {
            unrelated_to_regeling: Tri::Yes,
            ..demand.clone()
        }]
    });
    assert!(has(&aside, R::Wor27_4Unrelated, |f, e| matches!(
        f,
        Finding::UnrelatedDemand { index: 0, .. }
    ) && *e
        == Effect::Noted));
    assert!(aside.weights.unwrap().works_council < weighed.weights.unwrap().works_council);
    assert!(aside.weights.unwrap().works_council.is_zero());
    // Nor does it raise a legal point.
    let raising = with(|r| {
        r.interests.works_council = vec![OrInterest {
            unrelated_to_regeling: Tri::Yes,
            raises: vec![LegalPoint::Dpia],
            ..demand.clone()
        }];
        r.avg.dpia = Dpia::NotDone;
        m(r).frequency = Frequency::Unknown;
    });
    assert!(!curable(&raising, R::Avg35_1));
}

#[test]
fn wor_primary_terms_weigh_for_the_or() {
    let plain = with(|_| {});
    let terms = with(|r| r.regeling.changes_primary_terms = Tri::Yes);
    assert!(has(&terms, R::WorPrimaryTerms, |f, e| matches!(
        f,
        Finding::OrConcern {
            concern: kantonrechter::ruling::OrConcernKind::PrimaryTerms,
            ..
        }
    ) && matches!(
        e,
        Effect::Weighs {
            side: kantonrechter::ruling::Side::WorksCouncil,
            ..
        }
    )));
    assert!(terms.weights.unwrap().works_council > plain.weights.unwrap().works_council);
    let unknown = with(|r| r.regeling.changes_primary_terms = Tri::Unknown);
    assert_eq!(unknown.weights, plain.weights);
    // Leaving them to the cao is the employer's lever.
    let mut r = base();
    r.regeling.changes_primary_terms = Tri::Yes;
    let w = kantonrechter::whatif::whatif(&r, &kantonrechter::whatif::Options::changes(1)).unwrap();
    assert!(
        w.levers
            .iter()
            .any(|l| l.kind == kantonrechter::whatif::LeverKind::LeavePrimaryTermsToCao)
    );
}

#[test]
fn wor_22_costs_in_every_ruling() {
    for r in [
        with(|_| {}),
        with(|r| r.procedure.or_decision = OrDecision::Consented),
        with(|r| r.regeling.cao = CaoCoverage::Exhaustive),
    ] {
        assert!(
            r.flags
                .iter()
                .any(|f| f.rule == R::Wor22 && f.finding == Finding::CostsOfProceedings),
            "{:?}",
            r.flags
        );
    }
}

#[test]
fn wor_27_3_cao_exception() {
    assert!(decides(
        &with(|r| r.regeling.cao = CaoCoverage::Exhaustive),
        R::Wor27_3,
        Outcome::NoConsentRequired
    ));
    let r = with(|r| r.regeling.cao = CaoCoverage::Partial);
    assert!(has(&r, R::Wor27_3, |_, e| *e == Effect::Passed));
}

#[test]
fn wor_36_arbowet_demand() {
    assert!(decides(
        &with(|r| r.procedure.arbowet_demand_same_matter = Tri::Yes),
        R::Wor36,
        Outcome::Inadmissible
    ));
    assert!(steps(&with(|_| {}), R::Wor36).is_empty());
}

#[test]
fn wor_27_5_nullity() {
    let r = with(|r| {
        r.procedure.implemented_without_consent = Tri::Yes;
        r.procedure.nullity = Some(Nullity {
            invoked_in_writing: Tri::No,
            ..Nullity::default()
        });
    });
    assert!(decides(&r, R::Wor27_5, Outcome::Inadmissible));
    let late = with(|r| {
        r.procedure.implemented_without_consent = Tri::Yes;
        r.procedure.nullity = Some(Nullity {
            invoked_in_writing: Tri::Yes,
            term_started_on: Some(day("2026-01-31")),
            invoked_on: Some(day("2026-03-01")),
            ..Nullity::default()
        });
    });
    assert!(has(
        &late,
        R::Wor27_5,
        |f, _| matches!(f, Finding::NullityLate { deadline, .. } if *deadline == Some(day("2026-02-28")))
    ));
    assert_eq!(late.outcome, Outcome::Inadmissible);
    let timely = with(|r| {
        r.procedure.implemented_without_consent = Tri::Yes;
        r.procedure.nullity = Some(Nullity {
            invoked_in_writing: Tri::Yes,
            term_started_on: Some(day("2026-01-31")),
            invoked_on: Some(day("2026-02-28")),
            ..Nullity::default()
        });
    });
    assert!(has(&timely, R::Wor27_5, |f, e| matches!(
        f,
        Finding::NullityTimelyOrUnclear { established: true }
    ) && *e == Effect::Passed));
    // Established only when invoked in writing and in time, by the finding or by the dates.
    let established = |n: Nullity| {
        let r = with(move |r| {
            r.procedure.implemented_without_consent = Tri::Yes;
            r.procedure.nullity = Some(n);
        });
        r.trace.iter().find_map(|s| match s.finding {
            Finding::NullityTimelyOrUnclear { established } => Some(established),
            _ => None,
        })
    };
    let in_time = Nullity {
        invoked_in_writing: Tri::Yes,
        invoked_within_one_month: Tri::Yes,
        ..Nullity::default()
    };
    assert_eq!(established(in_time.clone()), Some(true));
    // In writing not shown: unclear, whatever the term.
    assert_eq!(
        established(Nullity {
            invoked_in_writing: Tri::Unknown,
            ..in_time.clone()
        }),
        Some(false)
    );
    // One date only: the term is not shown.
    assert_eq!(
        established(Nullity {
            invoked_within_one_month: Tri::Unknown,
            invoked_on: Some(day("2026-02-28")),
            ..in_time
        }),
        Some(false)
    );
    assert_ne!(timely.outcome, Outcome::Inadmissible);
    assert!(timely.flags.iter().any(|s| s.rule == R::Wor27_5));
    // Without the dates, the finding that it was too late; and it decides before whether
    // the OR was ever asked (the decision stands either way).
    let out_of_time = with(|r| {
        r.procedure.implemented_without_consent = Tri::Yes;
        r.procedure.consent_requested = Tri::No;
        r.procedure.nullity = Some(Nullity {
            invoked_in_writing: Tri::Yes,
            invoked_within_one_month: Tri::No,
            ..Nullity::default()
        });
    });
    assert!(decides(&out_of_time, R::Wor27_5, Outcome::Inadmissible));
    assert!(has(&out_of_time, R::Wor27_5, |f, _| {
        matches!(f, Finding::NullityLate { started: None, .. })
    }));
    assert!(steps(&out_of_time, R::Wor27_2).is_empty());
}

/// Issue #17: the term of a month that starts in December 9999 ends beyond the calendar
/// (after every date it holds), so nullity invoked on any later day of that December is in
/// time; it used to be counted to 9999-01-15, and ruled late.
#[test]
fn wor_27_5_nullity_at_the_end_of_the_calendar() {
    for (started, invoked) in [
        ("9999-12-15", "9999-12-20"),
        ("9999-12-15", "9999-12-31"),
        ("9999-12-31", "9999-12-31"),
        ("9999-11-30", "9999-12-30"),
    ] {
        let r = with(|r| {
            r.procedure.implemented_without_consent = Tri::Yes;
            r.procedure.nullity = Some(Nullity {
                invoked_in_writing: Tri::Yes,
                term_started_on: Some(day(started)),
                invoked_on: Some(day(invoked)),
                ..Nullity::default()
            });
        });
        assert!(
            has(&r, R::Wor27_5, |f, e| matches!(
                f,
                Finding::NullityTimelyOrUnclear { established: true }
            ) && *e == Effect::Passed),
            "{started} → {invoked}: {:?}",
            r.outcome
        );
        assert_ne!(r.outcome, Outcome::Inadmissible, "{started} → {invoked}");
    }
    // A day after the term is still late at the end of the range.
    let late = with(|r| {
        r.procedure.implemented_without_consent = Tri::Yes;
        r.procedure.nullity = Some(Nullity {
            invoked_in_writing: Tri::Yes,
            term_started_on: Some(day("9999-11-15")),
            invoked_on: Some(day("9999-12-16")),
            ..Nullity::default()
        });
    });
    assert!(decides(&late, R::Wor27_5, Outcome::Inadmissible));
}

#[test]
fn wor_25_1_k_advice_right_flag_for_ai() {
    let r = with(|r| {
        m(r).ai = Some(AiFacts {
            is_ai_system: Tri::Yes,
            ..AiFacts::default()
        })
    });
    assert!(r.flags.iter().any(|s| s.rule == R::Wor25_1K));
    assert!(!with(|_| {}).flags.iter().any(|s| s.rule == R::Wor25_1K));
}

// ------------------------------------------------------------------ stages

#[test]
fn ground_1_strictly_heavier_grants_and_a_tie_does_not() {
    // Badge attendance of identified staff at the office: a light intrusion, 1 × 1 × 1 = 1.
    let privacy = or(OrInterestKind::Privacy, Substantiation::Established);
    let heavier = with(|r| {
        r.interests.works_council = vec![privacy.clone()];
        r.interests.employer = vec![employer(
            EmployerInterestKind::Security,
            Substantiation::Established,
            Tri::Yes,
        )];
    });
    assert_eq!(heavier.outcome, Outcome::Granted);
    assert_eq!(heavier.ground, Some(Ground::UnreasonableRefusal));
    assert!(decides(&heavier, R::Wor27_4Ground1, Outcome::Granted));
    // A moderate interest made plausible: 2 × 1 × ½ = 1, the same as the intrusion.
    let tie = with(|r| {
        r.interests.works_council = vec![privacy.clone()];
        r.interests.employer = vec![employer(
            EmployerInterestKind::Security,
            Substantiation::Plausible,
            Tri::Yes,
        )];
    });
    let w = tie.weights.unwrap();
    assert_eq!(w.employer, w.works_council);
    assert_eq!(tie.outcome, Outcome::Refused);
    assert!(!decides(&tie, R::Wor27_4Ground1, Outcome::Granted));
}

#[test]
fn ground_1_a_side_is_weighed_per_concern_not_per_paragraph() {
    let one = or(
        OrInterestKind::HealthAndWorkingTime,
        Substantiation::Established,
    );
    let employer_case = vec![employer(
        EmployerInterestKind::Continuity,
        Substantiation::Established,
        Tri::Yes,
    )];
    let base = with(|r| {
        r.interests.employer = employer_case.clone();
        r.interests.works_council = vec![one.clone()];
    });
    let split = with(|r| {
        r.interests.employer = employer_case.clone();
        r.interests.works_council = vec![one.clone(), one.clone(), one.clone()];
    });
    assert_eq!(base.weights, split.weights);
    assert!(split.trace.iter().any(|s| matches!(
        s.finding,
        Finding::OrInterest {
            counted: kantonrechter::ruling::Counted::SameConcern { .. },
            ..
        }
    )));
}

#[test]
fn ground_1_a_failed_requirement_that_counts_means_the_refusal_is_not_unreasonable() {
    let case = |raised: bool| {
        with(move |r| {
            r.avg.staff_informed_in_advance = Tri::Unknown;
            r.interests.employer = vec![employer(
                EmployerInterestKind::Security,
                Substantiation::Established,
                Tri::No,
            )];
            if raised {
                r.interests.works_council = vec![raising(&[LegalPoint::Information])];
            }
        })
    };
    // Not raised and not plain: left aside, the weighing decides.
    let quiet = case(false);
    assert_eq!(quiet.outcome, Outcome::Granted);
    assert!(has(&quiet, R::Avg13_14, |_, e| *e == Effect::NotArgued));
    // Raised by the OR: the regeling fails a requirement; no permission while it does.
    let raised = case(true);
    assert!(curable(&raised, R::Avg13_14));
    assert_eq!(raised.outcome, Outcome::Refused);
    assert!(has(&raised, R::Avg88, |f, _| matches!(
        f,
        Finding::RefusalReasonableWhileUnlawful { defects: 1 }
    )));
    // The defect adds no weight to the OR's side.
    assert_eq!(
        quiet.weights.unwrap().works_council,
        rust_decimal::Decimal::ZERO
    );
    assert_eq!(
        raised.weights.unwrap().works_council,
        rust_decimal::Decimal::ONE
    );
}

#[test]
fn ground_2_weighty_required_reason_grants_only_without_defects() {
    let setup = |requires: Tri, dpia: Dpia| {
        with(move |r| {
            // The works council's proven working-time concern, moderate: 2 × 2 = 4, as heavy
            // as the employer's serious reason, so ground 1 fails on the tie.
            let mut health = or(
                OrInterestKind::HealthAndWorkingTime,
                Substantiation::Established,
            );
            health.importance = Some(Importance::Moderate);
            r.interests.works_council = vec![health];
            let mut e = employer(
                EmployerInterestKind::TheftPrevention,
                Substantiation::Established,
                Tri::Yes,
            );
            e.importance = Some(Importance::Serious);
            e.requires_decision = requires;
            r.interests.employer = vec![e];
            r.avg.dpia = dpia;
        })
    };
    let granted = setup(Tri::Yes, Dpia::Done);
    assert_eq!(
        (granted.outcome, granted.ground, granted.deciding_stage),
        (
            Outcome::Granted,
            Some(Ground::WeightyReasons),
            Stage::Stage2
        )
    );
    assert!(decides(
        &granted,
        R::Wor27_4Ground2Weighing,
        Outcome::Granted
    ));
    let not_required = setup(Tri::Unknown, Dpia::Done);
    assert!(decides(&not_required, R::Wor27_4Ground2, Outcome::Refused));
    let defect = setup(Tri::Yes, Dpia::NotDone);
    assert!(has(&defect, R::Wor27_4Ground2, |f, _| matches!(
        f,
        Finding::Stage2BlockedByDefects { defects: 1 }
    )));
    assert_eq!(defect.outcome, Outcome::Refused);
    // A reason made plausible only is not proven: weighty reasons must be shown.
    let plausible = with(|r| {
        let mut e = employer(
            EmployerInterestKind::TheftPrevention,
            Substantiation::Plausible,
            Tri::Yes,
        );
        e.importance = Some(Importance::VerySerious);
        e.requires_decision = Tri::Yes;
        r.interests.employer = vec![e];
        let mut health = or(
            OrInterestKind::HealthAndWorkingTime,
            Substantiation::Established,
        );
        health.importance = Some(Importance::Serious);
        r.interests.works_council = vec![health];
        r.avg.dpia = Dpia::Done;
    });
    assert!(has(&plausible, R::Wor27_4Ground2, |f, _| matches!(
        f,
        Finding::NoWeightyReason { reasons } if reasons == &vec![(0, NotWeighty::NotProven)]
    )));
}

/// The reading `equal_band` (the parliamentary history): ground 2 only when the weights are
/// about equal, the employer's at least (1 − band) × the OR's; the statute's "or" always.
#[test]
fn ground_2_under_the_equal_band_reading_only_at_about_equal_weight() {
    let setup = |reading: Stage2Reading, band: Option<&str>| {
        with(move |r| {
            let mut health = or(
                OrInterestKind::HealthAndWorkingTime,
                Substantiation::Established,
            );
            health.importance = Some(Importance::Serious);
            r.interests.works_council = vec![health];
            let mut e = employer(
                EmployerInterestKind::TheftPrevention,
                Substantiation::Established,
                Tri::Yes,
            );
            e.importance = Some(Importance::Serious);
            e.requires_decision = Tri::Yes;
            r.interests.employer = vec![e];
            r.avg.dpia = Dpia::Done;
            r.readings.stage2 = reading;
            if let Some(b) = band {
                r.calibration
                    .insert("stage2.equal_band".into(), b.parse().unwrap());
            }
        })
    };
    // 4 against 8: half, outside a band of 10 %.
    let outside = setup(Stage2Reading::EqualBand, None);
    assert!(has(&outside, R::Wor27_4Ground2, |f, _| matches!(
        f,
        Finding::Stage2NotReached { .. }
    )));
    assert!(decides(&outside, R::Wor27_4Ground2, Outcome::Refused));
    // With a band of 50 %, 4 is at least (1 − 0.5) × 8: examined, and granted.
    let inside = setup(Stage2Reading::EqualBand, Some("0.5"));
    assert!(!has(&inside, R::Wor27_4Ground2, |f, _| matches!(
        f,
        Finding::Stage2NotReached { .. }
    )));
    assert!(decides(
        &inside,
        R::Wor27_4Ground2Weighing,
        Outcome::Granted
    ));
    // A band of 40 %: 4 is less than 0.6 × 8, not reached.
    let narrow = setup(Stage2Reading::EqualBand, Some("0.4"));
    assert!(decides(&narrow, R::Wor27_4Ground2, Outcome::Refused));
    // The statute's "or": examined whatever the weights, and then weighed (below).
    let statute = setup(Stage2Reading::Statute, None);
    assert!(steps(&statute, R::Wor27_4Ground2).is_empty());
    assert!(decides(
        &statute,
        R::Wor27_4Ground2Weighing,
        Outcome::Refused
    ));
}

/// Ground 2 is no trump card (WOR-27-4-GROUND2-WEIGHING): under the statute's "or" the
/// weighty reasons, each kind counted once, are weighed on their own against the interests
/// against the decision and must not be clearly lighter (at least (1 − band) × the OR's).
#[test]
fn ground_2_weighs_the_weighty_reasons_against_the_interests_against() {
    let setup = |reasons: &[EmployerInterestKind], reading: Stage2Reading, band: Option<&str>| {
        let reasons = reasons.to_vec();
        with(move |r| {
            let mut health = or(
                OrInterestKind::HealthAndWorkingTime,
                Substantiation::Established,
            );
            health.importance = Some(Importance::Serious);
            r.interests.works_council = vec![health];
            r.interests.employer = reasons
                .iter()
                .map(|&k| {
                    let mut e = employer(k, Substantiation::Established, Tri::Yes);
                    e.importance = Some(Importance::Serious);
                    e.requires_decision = Tri::Yes;
                    e
                })
                .collect();
            r.avg.dpia = Dpia::Done;
            r.readings.stage2 = reading;
            if let Some(b) = band {
                r.calibration
                    .insert("stage2.equal_band".into(), b.parse().unwrap());
            }
        })
    };
    use EmployerInterestKind::{Cost, TheftPrevention};
    let weighing = |r: &kantonrechter::Ruling| match steps(r, R::Wor27_4Ground2Weighing)
        .first()
        .map(|s| &s.finding)
    {
        Some(Finding::WeightyReasons {
            weight,
            against,
            met,
            ..
        }) => (weight.to_string(), against.to_string(), *met),
        other => panic!("{other:?}"),
    };
    // One reason of 4 against 8: clearly lighter, refused although proven and required.
    let one = setup(&[TheftPrevention], Stage2Reading::Statute, None);
    assert_eq!(weighing(&one), ("4".into(), "8".into(), false));
    assert_eq!(one.outcome, Outcome::Refused);
    // Two reasons of one kind are one concern: still 4.
    let same = setup(
        &[TheftPrevention, TheftPrevention],
        Stage2Reading::Statute,
        None,
    );
    assert_eq!(weighing(&same), ("4".into(), "8".into(), false));
    // Two kinds add up: 8 against 8, ground 1 fails on the tie, ground 2 is met.
    let two = setup(&[TheftPrevention, Cost], Stage2Reading::Statute, None);
    assert_eq!(weighing(&two), ("8".into(), "8".into(), true));
    assert_eq!(
        (two.outcome, two.ground),
        (Outcome::Granted, Some(Ground::WeightyReasons))
    );
    // The band decides what "clearly lighter" is: 4 against 8 meets it at 50 %, not at 40 %.
    let wide = setup(&[TheftPrevention], Stage2Reading::Statute, Some("0.5"));
    assert!(decides(&wide, R::Wor27_4Ground2Weighing, Outcome::Granted));
    let narrow = setup(&[TheftPrevention], Stage2Reading::Statute, Some("0.4"));
    assert!(decides(
        &narrow,
        R::Wor27_4Ground2Weighing,
        Outcome::Refused
    ));
    // The cumulative reading weighs ground 2 in the same way (and needs ground 1 as well).
    let cumulative = setup(&[TheftPrevention, Cost], Stage2Reading::Cumulative, None);
    assert!(weighing(&cumulative).2);
    assert_eq!(cumulative.outcome, Outcome::Refused);
}

#[test]
fn rv_149_undisputed_statements_count_as_established() {
    let r = with(|r| {
        r.interests.employer = vec![employer(
            EmployerInterestKind::Cost,
            Substantiation::Asserted,
            Tri::No,
        )]
    });
    assert!(has(
        &r,
        R::Rv149,
        |f, _| matches!(f, Finding::EmployerInterest { reliability, .. } if *reliability == rust_decimal::Decimal::ONE)
    ));
    let r = with(|r| {
        r.interests.employer = vec![employer(
            EmployerInterestKind::Cost,
            Substantiation::Asserted,
            Tri::Yes,
        )]
    });
    assert!(steps(&r, R::Rv149).is_empty());
}

#[test]
fn rv_150_an_employer_case_not_shown_does_not_carry_ground_1_however_long() {
    let claims: Vec<EmployerInterest> = EmployerInterestKind::ALL
        .iter()
        .map(|k| employer(*k, Substantiation::Asserted, Tri::Yes))
        .collect();
    let r = with(|r| r.interests.employer = claims.clone());
    assert!(has(&r, R::Rv150, |f, _| *f == Finding::EmployerCaseNotShown));
    assert_eq!(r.weights.unwrap().employer, rust_decimal::Decimal::ZERO);
    assert_eq!(r.outcome, Outcome::Refused);
    // One interest made plausible is a case shown, and then it carries.
    let r = with(|r| {
        r.interests.employer = claims.clone();
        r.interests.employer[0].substantiation = Substantiation::Plausible;
    });
    assert!(
        steps(&r, R::Rv150)
            .iter()
            .all(|s| s.finding != Finding::EmployerCaseNotShown)
    );
    assert_eq!(r.outcome, Outcome::Granted);
}

#[test]
fn rv_24_a_curable_point_nobody_raised_is_left_aside() {
    let r = with(|r| r.avg.legal_basis = LegalBasis::Unknown);
    assert!(has(&r, R::Avg5_2, |_, e| *e == Effect::NotArgued));
    assert!(!curable(&r, R::Avg5_2));
    // A general privacy fear does not raise it: it is weighed through the intrusion.
    let r = with(|r| {
        r.avg.legal_basis = LegalBasis::Unknown;
        r.interests.works_council = vec![or(OrInterestKind::Privacy, Substantiation::Asserted)];
    });
    assert!(!curable(&r, R::Avg5_2));
    // Raised by the OR as a point of its objection, it counts.
    let r = with(|r| {
        r.avg.legal_basis = LegalBasis::Unknown;
        r.interests.works_council = vec![raising(&[LegalPoint::LegalBasis])];
    });
    assert!(curable(&r, R::Avg5_2));
    // A categorical ban applies of its own force, raised or not.
    let r = with(|r| {
        m(r).biometric = Some(Biometric {
            purpose: BiometricPurpose::AttendanceOrTime,
            ..Biometric::default()
        })
    });
    assert!(hard(&r, R::Avg9_1));
}

#[test]
fn wor_earlier_agreement_not_kept_weighs_for_the_or() {
    let case = |kept: Tri| {
        with(move |r| {
            r.procedure.earlier_agreement = Some(EarlierAgreement {
                description: "evaluate the pilot first".into(),
                kept,
            });
            r.interests.employer = vec![employer(
                EmployerInterestKind::Security,
                Substantiation::Established,
                Tri::No,
            )];
        })
    };
    let broken = case(Tri::No);
    assert!(has(&broken, R::WorEarlierAgreement, |f, e| matches!(
        f,
        Finding::OrConcern { .. }
    ) && matches!(
        e,
        Effect::Weighs { .. }
    )));
    assert_eq!(broken.outcome, Outcome::Refused);
    let kept = case(Tri::Unknown);
    assert!(steps(&kept, R::WorEarlierAgreement).is_empty());
    assert_eq!(kept.outcome, Outcome::Granted);
}

// ------------------------------------------------------------------ data protection

#[test]
fn wbp_8_f_before_the_avg_and_omron_weighing() {
    let r = with(|r| {
        r.as_of = day("2016-09-20");
        m(r).purpose = Purpose::CapacityPlanning;
        r.interests.works_council = vec![or(OrInterestKind::Privacy, Substantiation::Established)];
    });
    assert!(curable(&r, R::Wbp8F));
    assert!(steps(&r, R::Avg5_1C).is_empty());
    assert!(has(&r, R::CaseOmron2016, |f, _| matches!(
        f,
        Finding::PrivacyIntrusion { .. }
    )));
    assert!(steps(&r, R::Avg6_1F3).is_empty());
    // The same facts after 25 May 2018: the AVG.
    let r = with(|r| {
        m(r).purpose = Purpose::CapacityPlanning;
        r.interests.works_council = vec![or(OrInterestKind::Privacy, Substantiation::Established)];
    });
    assert!(curable(&r, R::Avg5_1C));
    assert!(steps(&r, R::Wbp8F).is_empty());
    assert!(has(&r, R::Avg6_1F3, |f, _| matches!(
        f,
        Finding::PrivacyIntrusion { .. }
    )));
}

#[test]
fn avg_5_1_c_minimisation() {
    assert!(curable(
        &with(|r| m(r).purpose = Purpose::CapacityPlanning),
        R::Avg5_1C
    ));
    assert!(!curable(&with(|_| {}), R::Avg5_1C));
    let anon = with(|r| m(r).identifiability = Identifiability::Anonymous);
    assert!(has(&anon, R::Avg5_1C, |f, _| matches!(
        f,
        Finding::NoPersonalData { anonymous: true }
    )));
}

/// Suitability, the first limb of necessity (AVG-5-1-c-SUITABILITY): a measure that cannot
/// serve its purpose is a curable defect — plain when established or when what it observes
/// is nothing the purpose needs; when only disputed, it counts if the OR raised it, and then
/// the employer's burden decides; shown suitable, it passes.
#[test]
fn avg_5_1_c_suitability() {
    use kantonrechter::ruling::SuitabilityBasis as B;
    let basis = |r: &kantonrechter::Ruling| {
        r.trace.iter().find_map(|s| match &s.finding {
            Finding::NotSuitable { basis, .. } if s.rule == R::Avg5_1CSuitability => {
                Some((basis.clone(), s.effect))
            }
            _ => None,
        })
    };
    // The base case: badge logs of attendance, to enforce an attendance policy. Suitable.
    let base = with(|_| {});
    assert!(steps(&base, R::Avg5_1CSuitability).is_empty());
    // Established that it cannot serve the purpose: plain.
    let no = with(|r| m(r).serves_purpose = Tri::No);
    assert_eq!(basis(&no), Some((B::Established, Effect::CurableDefect)));
    // Badge logs of attendance to evaluate performance: nothing the purpose needs.
    let mismatch = with(|r| m(r).purpose = Purpose::PerformanceEvaluation);
    assert_eq!(
        basis(&mismatch),
        Some((
            B::Mismatch {
                observes: vec![Observed::Attendance],
                needs: vec![Observed::Performance],
            },
            Effect::CurableDefect
        ))
    );
    // Shown suitable: passed, whatever the derivation says.
    let shown = with(|r| {
        m(r).purpose = Purpose::PerformanceEvaluation;
        m(r).serves_purpose = Tri::Yes;
    });
    assert!(basis(&shown).is_none());
    assert!(has(&shown, R::Avg5_1CSuitability, |f, e| matches!(
        f,
        Finding::SuitabilityShown { .. }
    ) && *e
        == Effect::Passed));
    // Disputed only: counts when the OR raised it; the employer has not shown suitability.
    let disputed = with(|r| {
        m(r).technology = Technology::Camera;
        m(r).observes = vec![Observed::Behaviour];
        m(r).purpose = Purpose::TheftPrevention;
        r.interests.works_council = vec![raising(&[LegalPoint::Suitability])];
    });
    assert_eq!(basis(&disputed), Some((B::NotShown, Effect::CurableDefect)));
    let silent = with(|r| {
        m(r).technology = Technology::Camera;
        m(r).observes = vec![Observed::Behaviour];
        m(r).purpose = Purpose::TheftPrevention;
    });
    assert!(steps(&silent, R::Avg5_1CSuitability).is_empty());
    // Not examined where the AVG does not apply: before 25 May 2018, for a measure that
    // observes nothing, or for data about nobody identifiable — each alone.
    let wbp = with(|r| {
        r.as_of = day("2017-01-01");
        m(r).serves_purpose = Tri::No;
    });
    assert!(steps(&wbp, R::Avg5_1CSuitability).is_empty());
    let first_day = with(|r| {
        r.as_of = day("2018-05-25");
        m(r).serves_purpose = Tri::No;
    });
    assert!(curable(&first_day, R::Avg5_1CSuitability));
    let observes_nothing = with(|r| {
        m(r).observes.clear();
        m(r).serves_purpose = Tri::No;
    });
    assert!(steps(&observes_nothing, R::Avg5_1CSuitability).is_empty());
    let anonymous = with(|r| {
        m(r).identifiability = Identifiability::Anonymous;
        m(r).serves_purpose = Tri::No;
    });
    assert!(steps(&anonymous, R::Avg5_1CSuitability).is_empty());
}

/// The intrusion's factors follow the facts (AVG-6-1-f-3): a camera in the home reaches into
/// it whatever it is said to record, other technology only when it captures behaviour or
/// whereabouts; data reused for a linked purpose is no purpose creep, for an unlinked one
/// without the conditions of art. 6(4) it is.
#[test]
fn avg_6_1_f_3_intrusion_factors_follow_the_facts() {
    use kantonrechter::ruling::IntrusionFactor as I;
    let factors = |r: &kantonrechter::Ruling| -> Vec<I> {
        r.trace
            .iter()
            .find_map(|s| match &s.finding {
                Finding::PrivacyIntrusion { factors, .. } => {
                    Some(factors.iter().map(|(f, _)| *f).collect())
                }
                _ => None,
            })
            .expect("the intrusion is weighed")
    };
    let home = |technology: Technology| {
        with(move |r| {
            m(r).technology = technology;
            m(r).observes = vec![Observed::Attendance];
            m(r).place = Place::Home;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    assert!(factors(&home(Technology::Camera)).contains(&I::AtHome));
    assert!(!factors(&home(Technology::Software)).contains(&I::AtHome));
    let reused = |from: Purpose| {
        with(move |r| {
            m(r).earlier_purpose = Some(from);
            r.avg.staff_informed_in_advance = Tri::No;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    // Badges for building security, now to enforce attendance: not linked, staff not
    // informed — purpose creep. Working-time records for attendance: linked.
    assert!(factors(&reused(Purpose::BuildingSecurity)).contains(&I::PurposeCreep));
    assert!(!factors(&reused(Purpose::WorkingTimeRegistration)).contains(&I::PurposeCreep));
}

#[test]
fn avg_5_1_e_retention_beyond_the_norm_for_camera_images_adds_to_the_intrusion() {
    let level = |days: u32| {
        let r = with(move |r| {
            m(r).technology = Technology::Camera;
            m(r).observes = vec![Observed::Behaviour];
            m(r).retention_days = Some(days);
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        });
        intrusion(&r).unwrap()
    };
    assert!(level(365) > level(28));
    assert_eq!(level(28), Importance::Moderate);
}

#[test]
fn retention_per_kind_no_camera_norm_for_badge_data() {
    // Badge logs kept a year: the catalogue has no norm for them, so no step up (the camera
    // term is not borrowed), and the ruling says so.
    let r = with(|r| {
        m(r).retention_days = Some(365);
        r.interests.works_council = vec![or(OrInterestKind::Privacy, Substantiation::Established)];
    });
    assert_eq!(intrusion(&r), Some(Importance::Light));
    assert!(has(&r, R::RetentionPerKind, |f, _| matches!(
        f,
        Finding::Retention {
            norm: kantonrechter::ruling::RetentionNorm::None,
            ..
        }
    )));
}

#[test]
fn atb_3_2_1_working_time_records_kept_52_weeks_are_not_excessive() {
    let r = with(|r| {
        m(r).technology = Technology::TimeRegistration;
        m(r).purpose = Purpose::WorkingTimeRegistration;
        m(r).retention_days = Some(364);
        r.avg.legal_basis = LegalBasis::LegalObligation;
    });
    assert!(has(&r, R::RetentionPerKind, |f, _| matches!(
        f,
        Finding::Retention {
            assessment: kantonrechter::ruling::RetentionAssessment::RequiredByLaw,
            ..
        }
    )));
}

#[test]
fn avg_5_2_no_legal_basis_shown() {
    assert!(curable(
        &with(|r| {
            r.avg.legal_basis = LegalBasis::Unknown;
            r.interests.works_council = vec![raising(&[LegalPoint::LegalBasis])];
        }),
        R::Avg5_2
    ));
    assert!(steps(&with(|_| {}), R::Avg5_2).is_empty());
}

#[test]
fn avg_6_1_a_employee_consent() {
    assert!(curable(
        &with(|r| r.avg.legal_basis = LegalBasis::Consent),
        R::Avg6_1AEmp
    ));
}

#[test]
fn avg_6_1_c_legal_obligation_covers_working_time_only() {
    // Claimed without a named obligation: plain for checking attendance (no law requires
    // it), a matter of proof for another purpose.
    assert!(curable(
        &with(|r| r.avg.legal_basis = LegalBasis::LegalObligation),
        R::Avg6_1C
    ));
    let r = with(|r| {
        r.avg.legal_basis = LegalBasis::LegalObligation;
        m(r).purpose = Purpose::TheftPrevention;
    });
    assert!(has(&r, R::Avg6_1C, |f, e| matches!(
        f,
        Finding::LegalObligationDoesNotCover { plain: false, .. }
    ) && *e == Effect::NotArgued));
    let r = with(|r| {
        r.avg.legal_basis = LegalBasis::LegalObligation;
        m(r).purpose = Purpose::WorkingTimeRegistration;
    });
    assert!(has(&r, R::Avg6_1C, |_, e| *e == Effect::Passed));
}

fn obligation(source: ObligationSource, shown: Tri, goes_beyond: Tri) -> Option<LegalObligation> {
    Some(LegalObligation {
        source,
        provision: Some("p".into()),
        shown,
        goes_beyond,
    })
}

#[test]
fn avg_6_1_c_an_obligation_carries_what_it_requires_and_only_that() {
    // A shown statutory duty that the measure does not exceed carries the processing,
    // whatever the purpose and the label: no defect, ground 2 open.
    for claimed in [LegalBasis::LegalObligation, LegalBasis::Unknown] {
        let r = with(|r| {
            r.avg.legal_basis = claimed;
            m(r).purpose = Purpose::Other;
            m(r).legal_obligation = obligation(ObligationSource::Statute, Tri::Yes, Tri::No);
            r.interests.works_council = vec![raising(&[LegalPoint::LegalBasis])];
        });
        assert!(has(&r, R::Avg6_1C, |f, e| matches!(
            f,
            Finding::LegalObligationCarries { .. }
        ) && *e == Effect::Passed));
        assert!(!curable(&r, R::Avg6_1C) && !curable(&r, R::Avg5_2));
    }
    // A regulator's order is a fact: shown, it carries like a statute.
    let r = with(|r| {
        r.avg.legal_basis = LegalBasis::LegalObligation;
        m(r).purpose = Purpose::Other;
        m(r).legal_obligation = obligation(ObligationSource::SupervisoryOrder, Tri::Yes, Tri::No);
    });
    assert!(has(&r, R::Avg6_1C, |_, e| *e == Effect::Passed));
    // Not shown to bind the employer: a defect, plain only when shown not to.
    let unshown = |shown| {
        with(|r| {
            r.avg.legal_basis = LegalBasis::LegalObligation;
            m(r).legal_obligation = obligation(ObligationSource::SupervisoryOrder, shown, Tri::No);
        })
    };
    assert!(curable(&unshown(Tri::No), R::Avg6_1C));
    assert!(has(&unshown(Tri::Unknown), R::Avg6_1C, |f, e| matches!(
        f,
        Finding::ObligationNotShown { unknown: true, .. }
    ) && *e
        == Effect::NotArgued));
    // The excess needs a basis of its own: with only the obligation claimed, a defect
    // (plain when the measure goes beyond); with legitimate interest claimed, that carries it.
    let beyond = |claimed, goes_beyond| {
        with(|r| {
            r.avg.legal_basis = claimed;
            m(r).legal_obligation = obligation(ObligationSource::Statute, Tri::Yes, goes_beyond);
        })
    };
    let r = beyond(LegalBasis::LegalObligation, Tri::Yes);
    assert!(has(&r, R::Avg6_1C, |f, e| matches!(
        f,
        Finding::ExcessWithoutBasis { .. }
    ) && *e == Effect::CurableDefect));
    assert!(has(
        &beyond(LegalBasis::LegalObligation, Tri::Unknown),
        R::Avg6_1C,
        |f, e| matches!(f, Finding::ExcessWithoutBasis { .. }) && *e == Effect::NotArgued
    ));
    let r = beyond(LegalBasis::LegitimateInterest, Tri::Yes);
    assert!(!curable(&r, R::Avg6_1C));
    assert!(has(&r, R::Avg6_1F1, |f, e| matches!(
        f,
        Finding::LegalBasisAvailable { .. }
    ) && *e == Effect::Passed));
}

#[test]
fn avg_6_3_security_duty_and_insurer_condition_are_no_legal_obligation() {
    for source in [
        ObligationSource::SecurityDuty,
        ObligationSource::InsurerCondition,
        ObligationSource::Other,
    ] {
        // Relied on as the legal obligation: a plain defect, whatever was shown.
        let r = with(|r| {
            r.avg.legal_basis = LegalBasis::LegalObligation;
            m(r).purpose = Purpose::BuildingSecurity;
            m(r).legal_obligation = obligation(source, Tri::Yes, Tri::No);
        });
        assert!(has(&r, R::Avg6_3, |f, e| *f
            == Finding::ObligationNotLaw {
                source,
                claimed: true
            }
            && *e == Effect::CurableDefect));
        assert_eq!(r.outcome, Outcome::Refused);
        // Beside a legitimate interest: noted, the interest carries the processing.
        let r = with(|r| {
            m(r).legal_obligation = obligation(source, Tri::Yes, Tri::No);
        });
        assert!(has(&r, R::Avg6_3, |_, e| *e == Effect::Noted));
        assert!(!curable(&r, R::Avg6_3));
    }
    assert!(steps(&with(|_| {}), R::Avg6_3).is_empty());
}

#[test]
fn avg_6_1_e_public_task_decides_not_the_label() {
    let public = |task: Tri, claimed: LegalBasis| {
        with(|r| {
            r.employer.kind = EmployerKind::PublicAuthority;
            r.avg.legal_basis = claimed;
            m(r).public_task = task;
            r.interests.works_council = vec![raising(&[LegalPoint::LegalBasis])];
        })
    };
    // Serving the public task: art. 6(1)(e) carries it, whatever the request calls it.
    for claimed in [LegalBasis::LegitimateInterest, LegalBasis::Unknown] {
        let r = public(Tri::Yes, claimed);
        assert!(has(&r, R::Avg6_1E, |f, e| *f
            == Finding::PublicTaskBasis { claimed }
            && *e == Effect::Passed));
        assert!(!curable(&r, R::Avg6_1F1) && !curable(&r, R::Avg5_2));
    }
    // Outside its tasks: legitimate interest is open to the authority.
    let r = public(Tri::No, LegalBasis::LegitimateInterest);
    assert!(has(&r, R::Avg6_1E, |f, _| *f == Finding::OutsidePublicTask));
    assert!(!curable(&r, R::Avg6_1F1));
    // A private employer: the fact is not read.
    let r = with(|r| m(r).public_task = Tri::Yes);
    assert!(steps(&r, R::Avg6_1E).is_empty());
}

#[test]
fn avg_6_1_f_1_public_authorities_cannot_use_legitimate_interest() {
    // Unknown whether the processing serves its task: not plain (the label alone does not
    // decide), a defect once the OR raises the basis.
    let r = with(|r| r.employer.kind = EmployerKind::PublicAuthority);
    assert!(has(&r, R::Avg6_1F1, |f, e| *f
        == Finding::PublicAuthorityLegitimateInterest
        && *e == Effect::NotArgued));
    assert!(curable(
        &with(|r| {
            r.employer.kind = EmployerKind::PublicAuthority;
            r.interests.works_council = vec![raising(&[LegalPoint::LegalBasis])];
        }),
        R::Avg6_1F1
    ));
    assert!(has(&with(|_| {}), R::Avg6_1F1, |_, e| *e == Effect::Passed));
}

#[test]
fn avg_6_1_f_2_necessity_alternatives() {
    let alt = |reaches: Tri| Alternative {
        description: "anonymous counting".into(),
        reaches_same_goal: reaches,
        rejection_reason: None,
        rejection_substantiation: Substantiation::Plausible,
        elements: vec![],
        by_works_council: Tri::Unknown,
    };
    assert!(curable(
        &with(|r| r.avg.alternatives = vec![alt(Tri::Yes)]),
        R::Avg6_1F2
    ));
    assert!(curable(
        &with(|r| r.avg.alternatives = vec![alt(Tri::Unknown)]),
        R::Avg6_1F2
    ));
    let r = with(|r| r.avg.alternatives = vec![alt(Tri::No)]);
    assert!(has(&r, R::Avg6_1F2, |f, e| matches!(
        f,
        Finding::AlternativeRejected { .. }
    ) && *e == Effect::Passed));
    // One necessity defect per element: a second reaching alternative is noted, not counted.
    let r = with(|r| r.avg.alternatives = vec![alt(Tri::Yes), alt(Tri::Yes)]);
    assert_eq!(
        steps(&r, R::Avg6_1F2)
            .iter()
            .filter(|s| matches!(s.effect, Effect::CurableDefect))
            .count(),
        1
    );
}

#[test]
fn avg_6_1_f_3_intrusion_derived_from_facts() {
    let level = |f: &dyn Fn(&mut Request)| {
        let mut r = base();
        r.interests.works_council = vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        f(&mut r);
        let ruling = eval(&r);
        assert!(has(&ruling, R::Avg6_1F3, |f, _| matches!(
            f,
            Finding::PrivacyIntrusion { .. }
        )));
        intrusion(&ruling).unwrap()
    };
    // Badge presence at the office: light.
    assert_eq!(level(&|_| {}), Importance::Light);
    // Behaviour or performance: moderate; the content of communications: serious.
    assert_eq!(
        level(&|r| m(r).observes = vec![Observed::Performance]),
        Importance::Moderate
    );
    assert_eq!(
        level(&|r| m(r).observes = vec![Observed::CommunicationsContent]),
        Importance::Serious
    );
    // The scale does not saturate: the content of communications in the home, covertly,
    // is very serious; a live check of behaviour in the home is serious.
    assert_eq!(
        level(&|r| {
            m(r).observes = vec![Observed::CommunicationsContent, Observed::Behaviour];
            m(r).place = Place::Home;
        }),
        Importance::VerySerious
    );
    assert_eq!(
        level(&|r| {
            m(r).observes = vec![Observed::Behaviour];
            m(r).place = Place::Home;
        }),
        Importance::Serious
    );
    // Mitigating facts lower it; anonymous counts intrude on no one.
    assert_eq!(
        level(&|r| {
            m(r).observes = vec![Observed::Performance];
            m(r).identifiability = Identifiability::Pseudonymised;
        }),
        Importance::Light
    );
    let anon = with(|r| {
        m(r).identifiability = Identifiability::Anonymous;
        r.interests.works_council = vec![or(OrInterestKind::Privacy, Substantiation::Established)];
    });
    assert_eq!(
        anon.weights.unwrap().works_council,
        rust_decimal::Decimal::ZERO
    );
    // Consequences without a person looking first raise it a step.
    assert_eq!(
        level(&|r| {
            m(r).consequences = Consequence::Warning.into();
            r.avg.human_intervention = Tri::No;
        }),
        Importance::Moderate
    );
}

#[test]
fn avg_6_4_compatible_further_processing() {
    let r = with(|r| {
        m(r).earlier_purpose = Some(Purpose::BuildingSecurity);
        m(r).consequences = Consequence::Warning.into();
        r.avg.human_intervention = Tri::No;
    });
    assert!(curable(&r, R::Avg6_4));
    // A person who looks before any warning is a safeguard of art. 6(4)(e).
    let r = with(|r| {
        m(r).earlier_purpose = Some(Purpose::BuildingSecurity);
        m(r).consequences = Consequence::Warning.into();
    });
    assert!(has(&r, R::Avg6_4, |_, e| *e == Effect::Passed));
    let r = with(|r| {
        m(r).earlier_purpose = Some(Purpose::BuildingSecurity);
        m(r).purpose = Purpose::TheftPrevention;
    });
    assert!(has(&r, R::Avg6_4, |f, e| matches!(
        f,
        Finding::Repurposing { linked: true, .. }
    ) && *e == Effect::Passed));
}

#[test]
fn avg_9_1_biometrics_for_attendance_is_a_hard_defect() {
    let r = with(|r| {
        m(r).biometric = Some(Biometric {
            purpose: BiometricPurpose::AttendanceOrTime,
            ..Biometric::default()
        })
    });
    assert!(hard(&r, R::Avg9_1));
    assert_eq!(
        (r.outcome, r.deciding_stage),
        (Outcome::Refused, Stage::Legality)
    );
    let r = with(|r| {
        m(r).biometric = Some(Biometric {
            purpose: BiometricPurpose::AttendanceOrTime,
            explicit_free_consent: Tri::Yes,
            ..Biometric::default()
        })
    });
    assert!(has(&r, R::Avg9_1, |f, e| *f == Finding::BiometricAllowed
        && *e == Effect::Passed));
}

#[test]
fn uavg_29_biometrics_necessary_for_security() {
    let r = with(|r| {
        m(r).biometric = Some(Biometric {
            purpose: BiometricPurpose::AuthenticationOrSecurity,
            necessary: Tri::Yes,
            ..Biometric::default()
        })
    });
    assert!(has(&r, R::Uavg29, |_, e| *e == Effect::Passed));
    let r = with(|r| {
        m(r).biometric = Some(Biometric {
            purpose: BiometricPurpose::AuthenticationOrSecurity,
            ..Biometric::default()
        })
    });
    assert!(hard(&r, R::Avg9_1));
}

#[test]
fn avg_13_14_advance_information() {
    assert!(curable(
        &with(|r| r.avg.staff_informed_in_advance = Tri::No),
        R::Avg13_14
    ));
    assert!(has(&with(|_| {}), R::Avg13_14, |_, e| *e == Effect::Passed));
}

#[test]
fn avg_22_human_intervention() {
    // Plain: consequences follow and the regeling has no human intervention.
    let r = with(|r| {
        m(r).consequences = Consequence::Discipline.into();
        r.avg.human_intervention = Tri::No;
    });
    assert!(curable(&r, R::Avg22));
    // Not shown either way: counts when the OR raised the consequences.
    let r = with(|r| {
        m(r).consequences = Consequence::Discipline.into();
        r.avg.human_intervention = Tri::Unknown;
        r.interests.works_council = vec![or(
            OrInterestKind::DisciplinaryConsequences,
            Substantiation::Asserted,
        )];
    });
    assert!(curable(&r, R::Avg22));
    let r = with(|r| m(r).consequences = Consequence::Discipline.into());
    assert!(has(&r, R::Avg22, |_, e| *e == Effect::Passed));
    // Unknown consequences: no automated decision is assumed.
    let r = with(|r| m(r).consequences = Consequences::Unknown);
    assert!(has(&r, R::Avg22, |f, _| *f == Finding::ConsequencesNotShown));
}

#[test]
fn avg_35_dpia() {
    // Plain: no DPIA for systematic monitoring.
    assert!(curable(&with(|r| r.avg.dpia = Dpia::NotDone), R::Avg35_1));
    // Not shown: counts when the OR raised the lack of information.
    assert!(!curable(&with(|r| r.avg.dpia = Dpia::Unknown), R::Avg35_1));
    assert!(curable(
        &with(|r| {
            r.avg.dpia = Dpia::Unknown;
            r.interests.works_council = vec![or(
                OrInterestKind::LackOfInformation,
                Substantiation::Asserted,
            )];
        }),
        R::Avg35_1
    ));
    assert!(has(
        &with(|r| r.avg.dpia = Dpia::PlannedBeforeProcessing),
        R::Avg35_1,
        |_, e| *e == Effect::Passed
    ));
    let r = with(|r| {
        m(r).frequency = Frequency::Incidental;
        r.avg.dpia = Dpia::NotDone;
    });
    assert!(has(&r, R::Avg35_1, |f, _| *f == Finding::DpiaNotRequired));
}

#[test]
fn ap_dpia_list_from_27_november_2019() {
    assert!(!steps(&with(|r| r.as_of = day("2019-12-01")), R::ApDpiaList).is_empty());
    assert!(steps(&with(|r| r.as_of = day("2019-06-01")), R::ApDpiaList).is_empty());
}

#[test]
fn avg_88_hard_defect_blocks_whatever_the_weighing() {
    let r = with(|r| {
        m(r).biometric = Some(Biometric {
            purpose: BiometricPurpose::AttendanceOrTime,
            ..Biometric::default()
        });
        let mut e = employer(
            EmployerInterestKind::Security,
            Substantiation::Established,
            Tri::No,
        );
        e.importance = Some(Importance::Serious);
        e.requires_decision = Tri::Yes;
        r.interests.employer = vec![e.clone(), e.clone(), e];
    });
    assert!(decides(&r, R::Avg88, Outcome::Refused));
    assert_eq!(r.outcome, Outcome::Refused);
}

#[test]
fn ap_monitor_covert_conditions() {
    let r = with(|r| m(r).openness = Openness::Covert);
    assert!(!curable(&r, R::ApMonitor));
    let r = with(|r| {
        m(r).openness = Openness::Covert;
        r.interests.works_council = vec![raising(&[LegalPoint::Covert])];
    });
    assert!(curable(&r, R::ApMonitor));
    let all = CovertConditions {
        reasonable_suspicion: Tri::Yes,
        no_other_means: Tri::Yes,
        limited_period: Tri::Yes,
        informed_afterwards: Tri::Yes,
    };
    let r = with(|r| {
        m(r).openness = Openness::Covert;
        m(r).covert_conditions = Some(all);
    });
    assert!(has(&r, R::ApMonitor, |_, e| *e == Effect::Passed));
}

#[test]
fn ap_supervision_flag_when_personal_data_are_processed() {
    assert!(
        with(|_| {})
            .flags
            .iter()
            .any(|s| s.rule == R::ApSupervision)
    );
    assert!(
        !with(|r| m(r).identifiability = Identifiability::Anonymous)
            .flags
            .iter()
            .any(|s| s.rule == R::ApSupervision)
    );
}

#[test]
fn nl_thuiswerk_same_rules_at_home_inside_proportionality() {
    let level = |more: Tri| {
        let r = with(move |r| {
            m(r).place = Place::Home;
            m(r).more_intensive_at_home = more;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        });
        (intrusion(&r).unwrap(), r)
    };
    let (more, r) = level(Tri::Yes);
    assert!(has(&r, R::NlThuiswerk, |f, _| *f
        == Finding::MoreIntensiveAtHome));
    assert!(!curable(&r, R::NlThuiswerk));
    let (same, r) = level(Tri::No);
    assert!(has(&r, R::NlThuiswerk, |f, _| matches!(
        f,
        Finding::SameAtHomeAsAtOffice { established: true }
    )));
    assert!(more > same);
}

#[test]
fn avg_22_effects_an_informal_conversation_is_no_significant_decision() {
    let with_consequences = |c: Consequences| {
        with(move |r| {
            m(r).consequences = c;
            r.avg.human_intervention = Tri::No;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    // Only a conversation: art. 22 does not apply, no defect, no step up.
    let talk = with_consequences(Consequence::InformalConversation.into());
    assert!(has(&talk, R::Avg22Effects, |f, e| matches!(
        f,
        Finding::NoSignificantConsequences { .. }
    ) && *e
        == Effect::NotApplicable));
    assert!(!curable(&talk, R::Avg22));
    // A conversation and a warning: the warning is a significant decision.
    let both = with_consequences(Consequences::of(vec![
        Consequence::InformalConversation,
        Consequence::Warning,
    ]));
    assert!(curable(&both, R::Avg22));
    assert!(steps(&both, R::Avg22Effects).is_empty());
    assert!(intrusion(&both).unwrap() > intrusion(&talk).unwrap());
    // Each heavier consequence is significant, alone or beside others.
    for c in [
        Consequence::Warning,
        Consequence::Appraisal,
        Consequence::NonRenewal,
        Consequence::Discipline,
        Consequence::Dismissal,
    ] {
        assert!(curable(&with_consequences(c.into()), R::Avg22), "{c:?}");
    }
}

#[test]
fn avg_22_effects_the_heaviest_consequence_sets_the_weight_of_the_objection() {
    // A measure that monitors no one: the OR's objection to its consequences weighs by the
    // heaviest consequence attached.
    let weight = |c: Consequences| {
        let r = with(move |r| {
            m(r).observes = vec![];
            m(r).technology = Technology::Policy;
            m(r).personal_data = Tri::No;
            m(r).consequences = c;
            r.interests.works_council = vec![or(
                OrInterestKind::DisciplinaryConsequences,
                Substantiation::Established,
            )];
        });
        r.weights.unwrap().works_council
    };
    let talk = weight(Consequence::InformalConversation.into());
    let warning = weight(Consequences::of(vec![
        Consequence::InformalConversation,
        Consequence::Warning,
    ]));
    let dismissal = weight(Consequences::of(vec![
        Consequence::Warning,
        Consequence::Dismissal,
    ]));
    assert!(talk > rust_decimal::Decimal::ZERO);
    assert!(talk < warning, "{talk} {warning}");
    assert!(warning < dismissal, "{warning} {dismissal}");
    assert_eq!(
        dismissal,
        weight(Consequence::NonRenewal.into()),
        "non-renewal ends the employment as dismissal does"
    );
}

#[test]
fn ap_private_time_tracking_in_private_time_weighs_heavier_unless_switched_off() {
    let run = |f: fn(&mut Measure)| {
        with(move |r| {
            m(r).technology = Technology::Location;
            m(r).observes = vec![Observed::Location];
            m(r).place = Place::Vehicle;
            f(m(r));
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    let work_only = run(|_| {});
    let private = run(|m| m.private_use_allowed = Tri::Yes);
    let switch = run(|m| {
        m.private_use_allowed = Tri::Yes;
        m.privacy_switch = Tri::Yes;
    });
    let stops = run(|m| {
        m.private_use_allowed = Tri::Yes;
        m.outside_working_hours = Tri::No;
    });
    assert!(has(&private, R::ApPrivateTime, |f, _| *f
        == Finding::TracksPrivateTime { private_use: true }));
    assert!(intrusion(&private).unwrap() > intrusion(&work_only).unwrap());
    assert!(has(&switch, R::ApPrivateTime, |f, _| *f
        == Finding::PrivacySwitch));
    assert_eq!(intrusion(&switch), intrusion(&work_only));
    assert_eq!(intrusion(&stops), intrusion(&work_only));
    assert!(steps(&work_only, R::ApPrivateTime).is_empty());
    assert!(steps(&stops, R::ApPrivateTime).is_empty());
    // Recording outside working hours, established, without private use.
    let hours = run(|m| m.outside_working_hours = Tri::Yes);
    assert!(has(&hours, R::ApPrivateTime, |f, _| *f
        == Finding::TracksPrivateTime { private_use: false }));
    assert!(intrusion(&hours).unwrap() > intrusion(&work_only).unwrap());
}

#[test]
fn home_housemates_recorded_at_home_weigh_heavier_not_at_a_customers_home() {
    let run = |place: Place, housemates: Tri| {
        with(move |r| {
            m(r).technology = Technology::Camera;
            m(r).observes = vec![Observed::Behaviour];
            m(r).place = place;
            m(r).housemates_recorded = housemates;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    let alone = run(Place::Home, Tri::No);
    let unknown = run(Place::Home, Tri::Unknown);
    let family = run(Place::Home, Tri::Yes);
    assert!(has(&family, R::HomeHousemates, |f, _| *f
        == Finding::HousematesRecorded));
    assert!(steps(&unknown, R::HomeHousemates).is_empty());
    assert!(intrusion(&family).unwrap() > intrusion(&alone).unwrap());
    assert_eq!(intrusion(&unknown), intrusion(&alone));
    // A customer's home is not the employee's: neither the home nor housemates step.
    let customer = run(Place::CustomerSites, Tri::Yes);
    let office = run(Place::Office, Tri::No);
    assert!(steps(&customer, R::HomeHousemates).is_empty());
    assert!(steps(&customer, R::NlThuiswerk).is_empty());
    assert_eq!(intrusion(&customer), intrusion(&office));
}

// ------------------------------------------------------------------ AI Act

fn ai(caps: &[AiCapability]) -> AiFacts {
    AiFacts {
        is_ai_system: Tri::Yes,
        capabilities: caps.to_vec(),
        ..AiFacts::default()
    }
}

#[test]
fn aia_3_1_not_an_ai_system() {
    let r = with(|r| {
        m(r).ai = Some(AiFacts {
            is_ai_system: Tri::No,
            ..ai(&[AiCapability::EmotionRecognition])
        })
    });
    assert!(has(&r, R::Aia3_1, |f, _| *f == Finding::NotAnAiSystem));
    assert!(!hard(&r, R::Aia5_1F));
}

#[test]
fn aia_5_1_e_f_g_prohibitions() {
    for (cap, rule) in [
        (AiCapability::UntargetedFacialScraping, R::Aia5_1E),
        (AiCapability::EmotionRecognition, R::Aia5_1F),
        (AiCapability::SensitiveBiometricCategorisation, R::Aia5_1G),
    ] {
        let r = with(|r| m(r).ai = Some(ai(&[cap])));
        assert!(hard(&r, rule), "{rule:?}");
        assert_eq!(r.outcome, Outcome::Refused);
        let before = with(|r| {
            m(r).ai = Some(ai(&[cap]));
            r.as_of = day("2025-02-01");
        });
        assert!(!hard(&before, rule), "{rule:?} before 2 Feb 2025");
    }
    let r = with(|r| {
        m(r).ai = Some(AiFacts {
            medical_or_safety: Tri::Yes,
            ..ai(&[AiCapability::EmotionRecognition])
        })
    });
    assert!(has(&r, R::Aia5_1F, |f, _| *f
        == Finding::EmotionRecognitionExempt));
}

#[test]
fn aia_6_3_filter_and_annex_iii() {
    let r = with(|r| {
        m(r).ai = Some(AiFacts {
            narrow_task_only: Tri::Yes,
            ..ai(&[])
        })
    });
    assert!(has(&r, R::Aia6_3, |f, _| *f == Finding::NotHighRisk));
    let r = with(|r| {
        m(r).ai = Some(AiFacts {
            narrow_task_only: Tri::Yes,
            ..ai(&[AiCapability::Profiling])
        })
    });
    assert!(has(&r, R::AiaAnnexIII4B, |f, _| matches!(
        f,
        Finding::HighRisk { .. }
    )));
    let r = with(|r| m(r).ai = Some(ai(&[AiCapability::IndividualScoring])));
    assert!(has(&r, R::AiaAnnexIII4B, |f, _| matches!(
        f,
        Finding::HighRisk { .. }
    )));
    let r = with(|r| m(r).ai = Some(ai(&[AiCapability::RemoteBiometricIdentification])));
    assert!(has(&r, R::AiaAnnexIII1, |f, _| matches!(
        f,
        Finding::HighRisk { .. }
    )));
}

#[test]
fn aia_26_duties_and_the_omnibus_dates() {
    let scoring = ai(&[AiCapability::IndividualScoring]);
    // 1 September 2026: under the Omnibus the duties do not apply yet; under art. 113 as
    // published they do.
    let omnibus = with(|r| {
        m(r).ai = Some(scoring.clone());
        r.as_of = day("2026-09-01");
    });
    assert!(has(&omnibus, R::AiaOmnibus, |f, _| matches!(
        f,
        Finding::HighRiskDutiesNotYetApplicable { .. }
    )));
    assert!(steps(&omnibus, R::Aia26_2).is_empty());
    let original = with(|r| {
        m(r).ai = Some(scoring.clone());
        r.as_of = day("2026-09-01");
        r.readings.ai_act = AiActSchedule::Original;
    });
    assert!(has(&original, R::Aia26_2, |_, e| *e == Effect::NotArgued));
    let original = with(|r| {
        m(r).ai = Some(AiFacts {
            human_oversight: Tri::No,
            workers_informed: Tri::No,
            ..scoring.clone()
        });
        r.as_of = day("2026-09-01");
        r.readings.ai_act = AiActSchedule::Original;
    });
    assert!(curable(&original, R::Aia26_2));
    assert!(curable(&original, R::Aia26_7));
    let complied = with(|r| {
        m(r).ai = Some(AiFacts {
            human_oversight: Tri::Yes,
            workers_informed: Tri::Yes,
            ..scoring.clone()
        });
        r.as_of = day("2027-12-15");
    });
    assert!(has(&complied, R::Aia26_2, |_, e| *e == Effect::Passed));
    assert!(has(&complied, R::Aia26_7, |_, e| *e == Effect::Passed));
}

// ------------------------------------------------------------------ ECHR

#[test]
fn barbulescu_criteria_follow_the_facts() {
    let good = with(|r| {
        r.interests.employer = vec![employer(
            EmployerInterestKind::Security,
            Substantiation::Plausible,
            Tri::Yes,
        )];
        r.avg.alternatives = vec![Alternative {
            description: "anonymous passes".into(),
            reaches_same_goal: Tri::No,
            rejection_reason: None,
            rejection_substantiation: Substantiation::Established,
            elements: vec![],
            by_works_council: Tri::Unknown,
        }];
    });
    for rule in [
        R::EchrBarbulescu1,
        R::EchrBarbulescu2,
        R::EchrBarbulescu3,
        R::EchrBarbulescu4,
        R::EchrBarbulescu5,
        R::EchrBarbulescu6,
    ] {
        assert_eq!(barbulescu(&good, rule), Assessment::Met, "{rule:?}");
    }
    let bad = with(|r| {
        r.avg.staff_informed_in_advance = Tri::No;
        m(r).retention_days = None;
        m(r).observes.push(Observed::CommunicationsContent);
        m(r).purpose = Purpose::CapacityPlanning;
        m(r).consequences = Consequence::Discipline.into();
        r.avg.human_intervention = Tri::No;
        r.interests.employer = vec![employer(
            EmployerInterestKind::Security,
            Substantiation::Asserted,
            Tri::Yes,
        )];
    });
    for rule in [
        R::EchrBarbulescu1,
        R::EchrBarbulescu2,
        R::EchrBarbulescu3,
        R::EchrBarbulescu4,
        R::EchrBarbulescu5,
        R::EchrBarbulescu6,
    ] {
        assert_eq!(barbulescu(&bad, rule), Assessment::NotMet, "{rule:?}");
    }
    assert!(steps(&with(|r| r.as_of = day("2017-09-04")), R::EchrBarbulescu1).is_empty());
    // Issue #20 item 15: a factor nobody examined is said to be not examined, not met.
    let unexamined = with(|r| r.avg.alternatives.clear());
    assert_eq!(
        barbulescu(&unexamined, R::EchrBarbulescu4),
        Assessment::NotExamined
    );
    let text = unexamined.report(kantonrechter::Lang::Nl).to_text();
    assert!(
        text.contains("minder ingrijpende middelen: niet onderzocht"),
        "{text}"
    );
}

#[test]
fn lopez_ribalda_covert_cameras() {
    let covert = |suspicion: Tri, as_of: &str| {
        let as_of = day(as_of);
        with(move |r| {
            r.as_of = as_of;
            m(r).openness = Openness::Covert;
            m(r).covert_conditions = Some(CovertConditions {
                reasonable_suspicion: suspicion,
                limited_period: Tri::Yes,
                ..CovertConditions::default()
            });
        })
    };
    assert_eq!(
        barbulescu(&covert(Tri::Yes, "2026-06-15"), R::EchrLopezRibalda),
        Assessment::Met
    );
    assert_eq!(
        barbulescu(&covert(Tri::No, "2026-06-15"), R::EchrLopezRibalda),
        Assessment::NotMet
    );
    assert!(steps(&covert(Tri::Yes, "2019-10-16"), R::EchrLopezRibalda).is_empty());
}

// ------------------------------------------------------------------ precedent

#[test]
fn precedent_a_fortiori_is_noted_not_decisive() {
    // The checked steps live in tests/precedent.rs; here: the rule only ever notes, and a
    // ruling on the merits gets exactly one kind of precedent step.
    let base = kantonrechter::precedent::embedded().unwrap_or_else(|e| panic!("{e}"));
    let r = example("camera-theft.json");
    let mut ruling = eval(&r);
    let outcome = ruling.outcome;
    kantonrechter::precedent::check(&r, &mut ruling, base);
    assert_eq!(ruling.outcome, outcome);
    let s = steps(&ruling, R::PrecedentAFortiori);
    assert!(!s.is_empty());
    assert!(s.iter().all(|s| s.effect == Effect::Noted));
}

#[test]
fn avg_9_1_special_categories_are_a_categorical_ban() {
    for category in [
        SpecialCategory::OtherHealth,
        SpecialCategory::TradeUnionMembership,
        SpecialCategory::RacialOrEthnicOrigin,
        SpecialCategory::PoliticalOpinions,
        SpecialCategory::ReligiousOrPhilosophicalBeliefs,
        SpecialCategory::Genetic,
        SpecialCategory::SexLifeOrOrientation,
    ] {
        // Found from the facts of the measure, whatever the OR argued and the interests weigh.
        let r = with(|r| {
            m(r).special_categories = vec![category];
            r.interests.employer = vec![employer(
                EmployerInterestKind::Security,
                Substantiation::Established,
                Tri::No,
            )];
        });
        assert!(has(&r, R::Avg9_1Categories, |f, e| *f
            == Finding::SpecialCategoryProhibited { category }
            && *e == Effect::HardDefect));
        assert_eq!(
            (r.outcome, r.deciding_stage),
            (Outcome::Refused, Stage::Legality)
        );
    }
    assert!(steps(&with(|_| {}), R::Avg9_1Categories).is_empty());
    // Before the AVG: not applied.
    let r = with(|r| {
        m(r).special_categories = vec![SpecialCategory::OtherHealth];
        r.as_of = day("2018-05-24");
    });
    assert!(steps(&r, R::Avg9_1Categories).is_empty());
}

#[test]
fn uavg_30_sick_leave_yes_nature_of_illness_no() {
    let granted = |cats: Vec<SpecialCategory>| {
        with(|r| {
            m(r).special_categories = cats;
            r.interests.employer = vec![employer(
                EmployerInterestKind::Security,
                Substantiation::Established,
                Tri::No,
            )];
        })
    };
    let r = granted(vec![SpecialCategory::SickLeave]);
    assert!(has(&r, R::Uavg30, |f, e| *f
        == Finding::SickLeaveRecordAllowed
        && *e == Effect::Passed));
    assert!(!hard(&r, R::Uavg30));
    let r = granted(vec![
        SpecialCategory::SickLeave,
        SpecialCategory::NatureOfIllness,
    ]);
    assert!(has(&r, R::Uavg30, |f, e| *f
        == Finding::NatureOfIllnessRecorded
        && *e == Effect::HardDefect));
    assert_eq!(r.outcome, Outcome::Refused);
}

#[test]
fn aia_3_39_emotions_from_text_are_not_biometric_and_a_ban_is_not_also_high_risk() {
    let emotion = |from: Vec<EmotionInput>| AiFacts {
        emotion_inferred_from: from,
        ..ai(&[AiCapability::EmotionRecognition])
    };
    // From written text alone: no ban, no Annex III point 1; evaluating workers, point 4(b).
    let r = with(|r| m(r).ai = Some(emotion(vec![EmotionInput::WrittenText])));
    assert!(!hard(&r, R::Aia5_1F));
    assert!(has(&r, R::Aia3_39, |f, _| *f
        == Finding::EmotionFromTextNotBiometric));
    assert!(steps(&r, R::AiaAnnexIII1).is_empty());
    assert!(has(&r, R::AiaAnnexIII4B, |f, _| matches!(
        f,
        Finding::HighRisk { .. }
    )));
    // From the voice, or from text and the voice, or not stated: prohibited, and then not
    // also high-risk.
    for from in [
        vec![EmotionInput::Voice],
        vec![
            EmotionInput::WrittenText,
            EmotionInput::KeystrokesOrMovement,
        ],
        vec![],
    ] {
        let r = with(|r| m(r).ai = Some(emotion(from.clone())));
        assert!(hard(&r, R::Aia5_1F), "{from:?}");
        assert!(has(&r, R::Aia3_39, |f, _| *f == Finding::ProhibitedNotHighRisk));
        assert!(
            r.trace
                .iter()
                .all(|s| !matches!(s.finding, Finding::HighRisk { .. })),
            "{from:?}"
        );
    }
}

fn claim(holds: Tri, contested: Tri, substantiation: Substantiation) -> Option<Claim> {
    Some(Claim {
        holds,
        by: Party::Employer,
        contested,
        substantiation,
    })
}

#[test]
fn uavg_29_design_necessity_derived_from_the_facts() {
    let vault = |design, need: Option<Claim>, alt: Option<Claim>, necessary| {
        with(|r| {
            m(r).biometric = Some(Biometric {
                purpose: BiometricPurpose::AuthenticationOrSecurity,
                necessary,
                design,
                security_need: need,
                badge_or_pin_suffices: alt,
                ..Biometric::default()
            })
        })
    };
    let need = || claim(Tri::Yes, Tri::No, Substantiation::Plausible);
    let no_alt = || claim(Tri::No, Tri::Yes, Substantiation::Established);
    // 1:1 on the employee's card, an undisputed need, a badge proven not to do: necessary.
    let r = vault(
        BiometricDesign::VerificationOnCard,
        need(),
        no_alt(),
        Tri::Unknown,
    );
    assert!(has(&r, R::Uavg29Design, |f, e| matches!(
        f,
        Finding::BiometricNecessity {
            necessary: true,
            ..
        }
    ) && *e == Effect::Passed));
    assert!(!hard(&r, R::Avg9_1));
    // The same facts with 1:n identification against a central database: not necessary,
    // a categorical ban — whatever the deprecated conclusion says.
    let r = vault(
        BiometricDesign::IdentificationCentral,
        need(),
        no_alt(),
        Tri::Yes,
    );
    assert!(has(&r, R::Uavg29Design, |f, _| matches!(
        f,
        Finding::BiometricNecessity {
            necessary: false,
            ..
        }
    )));
    assert!(hard(&r, R::Avg9_1));
    // A disputed need, only plausible: not shown.
    let r = vault(
        BiometricDesign::VerificationOnCard,
        claim(Tri::Yes, Tri::Yes, Substantiation::Plausible),
        no_alt(),
        Tri::Unknown,
    );
    assert!(hard(&r, R::Avg9_1));
    // A badge that would do (not shown otherwise): not necessary.
    let r = vault(
        BiometricDesign::VerificationOnCard,
        need(),
        None,
        Tri::Unknown,
    );
    assert!(hard(&r, R::Avg9_1));
    // An old file: the deprecated conclusion is read for want of the facts, and said.
    let r = vault(BiometricDesign::Unknown, None, None, Tri::Yes);
    assert!(!hard(&r, R::Avg9_1));
    assert!(has(&r, R::Uavg29, |f, _| *f
        == Finding::BiometricNecessaryAsStated {
            necessary: Tri::Yes
        }));
}

#[test]
fn aia_5_1_f_the_exception_from_the_stated_purpose() {
    let with_use = |purpose, contested, old: Tri| {
        with(|r| {
            m(r).ai = Some(AiFacts {
                emotion_use: Some(EmotionUse {
                    purpose,
                    by: Party::Employer,
                    contested,
                    substantiation: Substantiation::Plausible,
                }),
                medical_or_safety: old,
                ..ai(&[AiCapability::EmotionRecognition])
            })
        })
    };
    // A safety purpose the OR does not dispute: the exception.
    let r = with_use(EmotionPurpose::Safety, Tri::No, Tri::Unknown);
    assert!(has(&r, R::Aia5_1F, |f, _| *f
        == Finding::EmotionRecognitionExempt));
    assert!(!hard(&r, R::Aia5_1F));
    // Disputed and only plausible, or staff management: prohibited, whatever the deprecated
    // conclusion says.
    for (purpose, contested) in [
        (EmotionPurpose::Safety, Tri::Yes),
        (EmotionPurpose::StaffManagement, Tri::No),
    ] {
        let r = with_use(purpose, contested, Tri::Yes);
        assert!(hard(&r, R::Aia5_1F), "{purpose:?}");
        assert!(has(&r, R::Aia5_1F, |f, _| matches!(
            f,
            Finding::EmotionExceptionNotShown { .. }
        )));
    }
}

#[test]
fn retention_employment_a_term_tied_to_the_employment_is_longer_than_the_purpose_needs() {
    let run = |until: Option<RetentionEvent>, purpose: Purpose| {
        with(move |r| {
            m(r).retention_days = None;
            m(r).retention_until = until;
            m(r).purpose = purpose;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    let tied = run(
        Some(RetentionEvent::EndOfEmployment),
        Purpose::AttendanceEnforcement,
    );
    let unstated = run(None, Purpose::AttendanceEnforcement);
    assert!(has(&tied, R::RetentionEmployment, |f, _| matches!(
        f,
        Finding::Retention {
            assessment: kantonrechter::ruling::RetentionAssessment::TiedToEmployment,
            ..
        }
    )));
    assert!(intrusion(&tied).unwrap() > intrusion(&unstated).unwrap());
    // Working-time records must be kept 52 weeks whatever the employment: no step.
    let records = run(
        Some(RetentionEvent::EndOfEmployment),
        Purpose::WorkingTimeRegistration,
    );
    assert!(steps(&records, R::RetentionEmployment).is_empty());
    assert_eq!(
        intrusion(&records),
        intrusion(&run(None, Purpose::WorkingTimeRegistration))
    );
}

#[test]
fn retention_proceedings_keeping_incident_data_until_proceedings_end_is_not_excessive() {
    let run = |until: Option<RetentionEvent>| {
        with(move |r| {
            m(r).technology = Technology::Camera;
            m(r).retention_days = Some(28);
            m(r).retention_until = until;
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    let proceedings = run(Some(RetentionEvent::EndOfProceedings));
    assert!(has(&proceedings, R::RetentionProceedings, |f, _| *f
        == Finding::RetentionUntilProceedings));
    assert_eq!(intrusion(&proceedings), intrusion(&run(None)));
    assert!(steps(&run(None), R::RetentionProceedings).is_empty());
}

#[test]
fn retention_per_kind_each_kind_is_judged_against_its_own_norm() {
    use kantonrechter::ruling::RetentionAssessment as A;
    let run = |kind: DataKind, days: u32| {
        with(move |r| {
            m(r).retention_days = Some(28);
            m(r).retention_per_kind = vec![KindRetention {
                kind,
                days: Some(days),
            }];
            r.interests.works_council =
                vec![or(OrInterestKind::Privacy, Substantiation::Established)];
        })
    };
    let kind_step = |r: &kantonrechter::Ruling| {
        steps(r, R::RetentionPerKind)
            .iter()
            .find_map(|s| match &s.finding {
                Finding::Retention {
                    kind: Some(_),
                    assessment,
                    ..
                } => Some(*assessment),
                _ => None,
            })
            .expect("a step for the kind")
    };
    // Camera images kept 90 days: beyond their norm, a step up.
    let camera = run(DataKind::CameraImages, 90);
    assert_eq!(kind_step(&camera), A::BeyondNorm);
    let short = run(DataKind::CameraImages, 14);
    assert_eq!(kind_step(&short), A::WithinNorm);
    assert!(intrusion(&camera).unwrap() > intrusion(&short).unwrap());
    // Location data 90 days: no norm in the catalogue, no camera term borrowed.
    let location = run(DataKind::Location, 90);
    assert_eq!(kind_step(&location), A::NoNorm);
    assert_eq!(intrusion(&location), intrusion(&short));
    // Working-time records 364 days: what the law requires.
    assert_eq!(
        kind_step(&run(DataKind::WorkingTimeRecords, 364)),
        A::RequiredByLaw
    );
}

/// Issue #20 item 10: the purposes information security, regulatory compliance and
/// wellbeing. Reuse between kinds of security is closely linked (art. 6(4)(a)); data kept
/// for the wellbeing of staff or to meet a sector's rules are not linked to checking them.
#[test]
fn avg_6_4_new_purposes_link_only_within_their_family() {
    let reuse = |from: Purpose, to: Purpose| {
        with(move |r| {
            m(r).earlier_purpose = Some(from);
            m(r).purpose = to;
            m(r).consequences = Consequence::Warning.into();
            r.avg.human_intervention = Tri::No;
        })
    };
    let linked = |r: &kantonrechter::Ruling| {
        has(r, R::Avg6_4, |f, _| {
            matches!(f, Finding::Repurposing { linked: true, .. })
        })
    };
    let security = reuse(Purpose::BuildingSecurity, Purpose::InformationSecurity);
    assert!(linked(&security));
    assert!(!curable(&security, R::Avg6_4));
    for from in [Purpose::Wellbeing, Purpose::RegulatoryCompliance] {
        let r = reuse(from, Purpose::ProductivityMonitoring);
        assert!(!linked(&r), "{from:?}");
        assert!(curable(&r, R::Avg6_4), "{from:?}");
    }
    let r = reuse(Purpose::Wellbeing, Purpose::Safety);
    assert!(
        !linked(&r),
        "wellbeing is not linked to health and safety checks"
    );
}

/// Issue #20 item 16: one-off or temporary covert filming of staff still needs consent; an
/// incidental measure of another kind does not.
#[test]
fn wor_27_1_covert_once_incidental_covert_camera_needs_consent() {
    let run = |tech: Technology, openness: Openness| {
        with(move |r| {
            r.regeling.incidental = Tri::Yes;
            m(r).technology = tech;
            m(r).openness = openness;
        })
    };
    let covert = run(Technology::Camera, Openness::Covert);
    assert!(has(&covert, R::Wor27_1CovertOnce, |f, e| *f
        == Finding::IncidentalCovertCamera
        && *e == Effect::Passed));
    assert_ne!(covert.outcome, Outcome::NoConsentRequired);
    let announced = run(Technology::Camera, Openness::Announced);
    assert!(decides(
        &announced,
        R::Wor27_1Scope,
        Outcome::NoConsentRequired
    ));
    assert!(steps(&announced, R::Wor27_1CovertOnce).is_empty());
    let badge = run(Technology::Badge, Openness::Covert);
    assert!(decides(&badge, R::Wor27_1Scope, Outcome::NoConsentRequired));
}

/// Issue #20 item 6: the DPIA, advance information and human intervention can differ per
/// element; the request's `avg` is the default an element may override.
#[test]
fn avg_facts_per_element_override_the_requests() {
    let two = |f: fn(&mut Measure)| {
        with(move |r| {
            let mut second = r.regeling.elements[0].clone();
            second.id = "f".into();
            f(&mut second.measure);
            r.regeling.elements.push(second);
        })
    };
    let on = |r: &kantonrechter::Ruling, rule: R, id: &str| {
        steps(r, rule)
            .iter()
            .filter(|s| s.element.as_deref() == Some(id))
            .any(|s| s.effect == Effect::CurableDefect)
    };
    // The request has a DPIA; the second element has none of its own.
    let r = two(|m| m.dpia = Some(Dpia::NotDone));
    assert!(on(&r, R::Avg35_1, "f"));
    assert!(!on(&r, R::Avg35_1, "e"));
    // Informed of the first, not of the second.
    let r = two(|m| m.staff_informed_in_advance = Some(Tri::No));
    assert!(on(&r, R::Avg13_14, "f"));
    assert!(!on(&r, R::Avg13_14, "e"));
    // A warning follows from the second element and no person looks first there.
    let r = two(|m| {
        m.consequences = Consequence::Warning.into();
        m.human_intervention = Some(HumanIntervention::No);
    });
    assert!(on(&r, R::Avg22, "f"));
    // Not applicable where nothing follows: no defect, and it is not read as no.
    let r = with(|r| {
        r.avg.human_intervention = Tri::No;
        m(r).consequences = Consequences::None;
        m(r).human_intervention = Some(HumanIntervention::NotApplicable);
    });
    assert!(!curable(&r, R::Avg22));
    // ... and an input error where a consequence follows.
    let mut bad = base();
    bad.regeling.elements[0].measure.consequences = Consequence::Dismissal.into();
    bad.regeling.elements[0].measure.human_intervention = Some(HumanIntervention::NotApplicable);
    match kantonrechter::evaluate(&bad) {
        Err(kantonrechter::Error::Input(e)) => {
            assert_eq!(e.path, "$.regeling.elements[0].measure.human_intervention")
        }
        other => panic!("{other:?}"),
    }
}

// ------------------------------------------------------------------ the catalogue itself
// (issue #17: mutants of `src/law/mod.rs`)

/// The day before and the day after, by the calendar.
fn neighbours(d: Date) -> (Date, Date) {
    let t = d.to_string();
    let n = |i: std::ops::Range<usize>| t[i].parse::<u16>().unwrap();
    let (y, m, dd) = (n(0..4), n(5..7) as u8, n(8..10) as u8);
    let before = Date::new(y, m, dd.wrapping_sub(1))
        .or_else(|| (28..=31).rev().find_map(|x| Date::new(y, m - 1, x)))
        .unwrap_or_else(|| Date::ymd(y - 1, 12, 31));
    let after = Date::new(y, m, dd + 1)
        .or_else(|| Date::new(y, m + 1, 1))
        .unwrap_or_else(|| Date::ymd(y + 1, 1, 1));
    (before, after)
}

/// A rule is in force from its first day to its last, both included, and not a day
/// outside them; a rule without dates is always in force.
#[test]
fn a_rule_is_in_force_from_its_first_day_to_its_last_both_included() {
    assert_eq!(
        neighbours(day("2018-03-01")),
        (day("2018-02-28"), day("2018-03-02"))
    );
    assert_eq!(
        neighbours(day("2017-12-31")),
        (day("2017-12-30"), day("2018-01-01"))
    );
    let (mut from, mut until) = (0, 0);
    for r in kantonrechter::law::CATALOGUE {
        if let Some(f) = r.from {
            from += 1;
            assert!(r.in_force(f), "{:?} on its first day", r.id);
            assert!(!r.in_force(neighbours(f).0), "{:?} the day before", r.id);
            assert!(
                r.in_force(neighbours(f).1),
                "{:?} the day after its first",
                r.id
            );
        }
        if let Some(u) = r.until {
            until += 1;
            assert!(r.in_force(u), "{:?} on its last day", r.id);
            assert!(!r.in_force(neighbours(u).1), "{:?} the day after", r.id);
            assert!(
                r.in_force(neighbours(u).0),
                "{:?} the day before its last",
                r.id
            );
        }
        if r.from.is_none() && r.until.is_none() {
            assert!(r.in_force(day("2001-09-01")) && r.in_force(day("2027-12-31")));
        }
    }
    assert!(from > 0 && until > 0);
    // The Wbp's rule: from before the AVG to the day before it.
    let wbp = R::Wbp8F.rule();
    assert!(wbp.in_force(day("2016-09-20")) && !wbp.in_force(day("2018-05-25")));
}

/// A ruling cites a rule's primary sources (legislation, decisions, official guidance,
/// parliamentary papers) first, then the secondary ones, each in the catalogue's order, and
/// never theory; the theory is kept apart (for the book).
#[test]
fn a_ruling_cites_primary_sources_first_then_secondary_and_never_theory() {
    use kantonrechter::law::SourceKind as K;
    let mut theory = 0;
    for r in kantonrechter::law::CATALOGUE {
        let primary = r.sources.iter().filter(|s| s.kind.is_primary());
        let secondary = r.sources.iter().filter(|s| s.kind == K::Secondary);
        let expected: Vec<_> = primary.chain(secondary).collect();
        let cited: Vec<_> = r.ruling_sources().collect();
        assert_eq!(cited, expected, "{:?}", r.id);
        assert!(!cited.is_empty(), "{:?} cites something", r.id);
        let kept_apart: Vec<_> = r.theory_sources().collect();
        assert!(kept_apart.iter().all(|s| s.kind == K::Theory), "{:?}", r.id);
        assert_eq!(
            kept_apart.len() + cited.len(),
            r.sources.len(),
            "{:?}: every source is cited or kept apart",
            r.id
        );
        theory += kept_apart.len();
    }
    assert!(theory > 0, "some rule rests on theory");
    for k in [K::Legislation, K::CaseLaw, K::Guidance, K::Parliamentary] {
        assert!(k.is_primary(), "{k:?}");
    }
    for k in [K::Secondary, K::Theory] {
        assert!(!k.is_primary(), "{k:?}");
    }
}

/// The codes the JSON writes: a source's kind by its snake_case name, a rule by its id of
/// RULES.md, both ways; the schema names the type and lists every id.
#[test]
fn the_catalogue_is_written_by_its_codes() {
    use kantonrechter::law::SourceKind as K;
    for k in [
        K::Legislation,
        K::CaseLaw,
        K::Guidance,
        K::Parliamentary,
        K::Secondary,
        K::Theory,
    ] {
        assert_eq!(serde_json::to_value(k).unwrap(), k.code(), "{k:?}");
    }
    for &id in R::ALL {
        let text = serde_json::to_string(&id).unwrap();
        assert_eq!(text, format!("\"{}\"", id.code()));
        assert_eq!(serde_json::from_str::<R>(&text).unwrap(), id);
    }
    assert!(serde_json::from_str::<R>("\"AVG-99\"").is_err());
    let schema = serde_json::to_value(schemars::schema_for!(R)).unwrap();
    assert_eq!(schema["title"], "RuleId");
    let codes: Vec<_> = R::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(schema["enum"], serde_json::json!(codes));
}
