//! What the legality checks (`src/legality/`) say of themselves, step by step (issue #17:
//! mutants of the AVG, AI Act and ECHR checks that the outcome tests did not notice). Each
//! test builds a request in code, evaluates it, and asserts the finding of the rule's step.

mod common;

use common::*;
use kantonrechter::law::RuleId as R;
use kantonrechter::request::*;
use kantonrechter::ruling::{Assessment, Effect, Finding, ReuseCondition};

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
    assert_eq!(
        barbulescu(&unstated, R::EchrBarbulescu6),
        Assessment::NotMet
    );
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
    assert_eq!(
        barbulescu(&unguarded, R::EchrBarbulescu5),
        Assessment::NotMet
    );
    assert_eq!(
        barbulescu(&unguarded, R::EchrBarbulescu6),
        Assessment::NotMet
    );
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
        let as_of = day(as_of);
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
        assert_eq!(
            counted(day, R::EchrBarbulescu2),
            Some(R::CaseOmron2016),
            "{day}"
        );
        assert_eq!(
            counted(day, R::EchrBarbulescu3),
            Some(R::Wor27_4Ground1),
            "{day}"
        );
        assert_eq!(counted(day, R::EchrBarbulescu4), Some(R::Wbp8F), "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu5), None, "{day}");
        assert_eq!(counted(day, R::EchrBarbulescu6), None, "{day}");
    }
}

// ------------------------------------------------------------------ AI Act

fn ai(caps: &[AiCapability]) -> AiFacts {
    AiFacts {
        is_ai_system: Tri::Yes,
        capabilities: caps.to_vec(),
        ..AiFacts::default()
    }
}

/// The findings of a rule's steps.
fn findings(r: &kantonrechter::Ruling, rule: R) -> Vec<Finding> {
    steps(r, rule).iter().map(|s| s.finding.clone()).collect()
}

/// Art. 3(1) AI Act: where nobody said whether the system is an AI system, it is one when
/// it is said to do what only an AI system does (a capability); otherwise it is not.
#[test]
fn aia_3_1_an_unknown_system_is_an_ai_system_by_its_capabilities() {
    let unknown = |caps: &[AiCapability]| {
        let facts = AiFacts {
            is_ai_system: Tri::Unknown,
            ..ai(caps)
        };
        with(move |r| m(r).ai = Some(facts))
    };
    let none = unknown(&[]);
    assert_eq!(findings(&none, R::Aia3_1), vec![Finding::NotAnAiSystem]);
    let allocating = unknown(&[AiCapability::TaskAllocation]);
    assert!(findings(&allocating, R::Aia3_1).is_empty());
    assert!(has(&allocating, R::AiaAnnexIII4B, |f, _| matches!(
        f,
        Finding::HighRisk { .. }
    )));
}

/// Art. 113(a) AI Act: the prohibitions of art. 5 apply from 2 February 2025, that day
/// included; the day before, the ruling says they do not apply yet.
#[test]
fn aia_5_the_prohibitions_apply_from_2_february_2025_that_day_included() {
    let on = |as_of: &str| {
        let as_of = day(as_of);
        with(move |r| {
            m(r).ai = Some(ai(&[AiCapability::EmotionRecognition]));
            r.as_of = as_of;
        })
    };
    let first_day = on("2025-02-02");
    assert!(hard(&first_day, R::Aia5_1F));
    let day_before = on("2025-02-01");
    assert!(!hard(&day_before, R::Aia5_1F));
    assert!(has(&day_before, R::Aia5_1F, |f, e| matches!(
        f,
        Finding::AiProhibitionsNotYetApplicable { .. }
    ) && *e
        == Effect::NotApplicable));
}

/// Annex III point 4(b): an AI system that monitors workers is high-risk — because it
/// profiles, scores or allocates tasks, or because the measure observes staff — unless
/// the art. 6(3) filter applies (a narrow task only, never with profiling). A system that
/// neither does such a thing nor observes anyone is not high-risk.
#[test]
fn aia_annex_iii_4_b_monitoring_workers_by_capability_or_by_observation() {
    let high_risk = |r: &kantonrechter::Ruling| {
        has(r, R::AiaAnnexIII4B, |f, _| {
            matches!(f, Finding::HighRisk { .. })
        })
    };
    let not_high_risk =
        |r: &kantonrechter::Ruling| has(r, R::Aia6_3, |f, _| *f == Finding::NotHighRisk);
    // Allocating tasks, while the measure observes no one.
    let allocating = with(|r| {
        m(r).observes.clear();
        m(r).ai = Some(ai(&[AiCapability::TaskAllocation]));
    });
    assert!(high_risk(&allocating) && !not_high_risk(&allocating));
    // No such capability, but the measure observes staff.
    let observing = with(|r| m(r).ai = Some(ai(&[])));
    assert!(high_risk(&observing) && !not_high_risk(&observing));
    // Neither.
    let neither = with(|r| {
        m(r).observes.clear();
        m(r).ai = Some(ai(&[]));
    });
    assert!(not_high_risk(&neither) && !high_risk(&neither));
}

/// Art. 26 AI Act: the deployer's duties for a high-risk system apply from the date of the
/// chosen schedule, that day included (2 August 2026 as published, 2 December 2027 under
/// the Omnibus); the day before, the ruling says they do not apply yet.
#[test]
fn aia_26_the_deployer_duties_apply_from_the_schedules_date_that_day_included() {
    let on = |as_of: &str, schedule: AiActSchedule| {
        let as_of = day(as_of);
        with(move |r| {
            m(r).ai = Some(ai(&[AiCapability::IndividualScoring]));
            r.as_of = as_of;
            r.readings.ai_act = schedule;
        })
    };
    for (first, before, schedule) in [
        ("2026-08-02", "2026-08-01", AiActSchedule::Original),
        ("2027-12-02", "2027-12-01", AiActSchedule::Omnibus),
    ] {
        let applies = on(first, schedule);
        assert!(!steps(&applies, R::Aia26_2).is_empty(), "{first}");
        assert!(steps(&applies, R::AiaOmnibus).is_empty(), "{first}");
        let not_yet = on(before, schedule);
        assert!(steps(&not_yet, R::Aia26_2).is_empty(), "{before}");
        assert!(has(&not_yet, R::AiaOmnibus, |f, e| matches!(
            f,
            Finding::HighRiskDutiesNotYetApplicable { .. }
        ) && *e
            == Effect::NotApplicable));
    }
}

/// Criterion 2 (extent and intrusiveness): for the measure up to a moderate intrusion,
/// against it from a serious one (the content of communications needs weightier
/// justification than their flow).
#[test]
fn barbulescu_2_against_the_measure_from_a_serious_intrusion() {
    // The works council objects to the intrusion, so the weighing states it.
    let privacy = || or(OrInterestKind::Privacy, Substantiation::Asserted);
    let observing = |what: &[Observed]| {
        let what = what.to_vec();
        with(move |r| {
            m(r).observes = what;
            r.interests.works_council = vec![privacy()];
        })
    };
    let presence = observing(&[Observed::Attendance]);
    assert_eq!(barbulescu(&presence, R::EchrBarbulescu2), Assessment::Met);
    let conduct = observing(&[Observed::Behaviour]);
    assert_eq!(intrusion(&conduct), Some(Importance::Moderate));
    assert_eq!(barbulescu(&conduct, R::EchrBarbulescu2), Assessment::Met);
    let content = observing(&[Observed::CommunicationsContent]);
    assert_eq!(intrusion(&content), Some(Importance::Serious));
    assert_eq!(barbulescu(&content, R::EchrBarbulescu2), Assessment::NotMet);
    let covert_content = with(|r| {
        m(r).observes = vec![Observed::CommunicationsContent];
        m(r).openness = Openness::Covert;
        r.interests.works_council = vec![privacy()];
    });
    assert_eq!(intrusion(&covert_content), Some(Importance::VerySerious));
    assert_eq!(
        barbulescu(&covert_content, R::EchrBarbulescu2),
        Assessment::NotMet
    );
}

/// Annex III point 1(c): emotion recognition from biometric data that the art. 5(1)(f)
/// exception allows (medical or safety reasons) is not prohibited, but it is high-risk as a
/// biometric system — under point 1, not as mere monitoring of workers.
#[test]
fn aia_annex_iii_1_exempt_emotion_recognition_is_a_high_risk_biometric_system() {
    let r = with(|r| {
        m(r).ai = Some(AiFacts {
            medical_or_safety: Tri::Yes,
            ..ai(&[AiCapability::EmotionRecognition])
        })
    });
    assert!(has(&r, R::Aia5_1F, |f, _| *f
        == Finding::EmotionRecognitionExempt));
    assert!(!hard(&r, R::Aia5_1F));
    assert_eq!(
        findings(&r, R::AiaAnnexIII1),
        vec![Finding::HighRisk {
            capabilities: vec![AiCapability::EmotionRecognition]
        }]
    );
    assert!(findings(&r, R::AiaAnnexIII4B).is_empty());
}

// ------------------------------------------------------------------ AVG

/// Art. 99(2) AVG: the AVG applies from 25 May 2018, that day included; the day before, the
/// Wbp's necessity test (art. 8 sub f Wbp) is the only data-protection check.
#[test]
fn avg_applies_from_25_may_2018_that_day_included() {
    let on = |as_of: &str| {
        let as_of = day(as_of);
        with(move |r| r.as_of = as_of)
    };
    let first_day = on("2018-05-25");
    assert!(findings(&first_day, R::Wbp8F).is_empty());
    assert_eq!(
        findings(&first_day, R::ApSupervision),
        vec![Finding::ApSupervises]
    );
    assert!(!steps(&first_day, R::Avg13_14).is_empty());
    let day_before = on("2018-05-24");
    assert_eq!(
        findings(&day_before, R::Wbp8F).first(),
        Some(&Finding::WbpNecessityOnly)
    );
    assert!(steps(&day_before, R::ApSupervision).is_empty());
    assert!(steps(&day_before, R::Avg13_14).is_empty());
}

/// Art. 13–14 AVG: staff not informed in advance is a curable defect. Where it is
/// established that they were not, the facts show it plainly and it counts; where nobody
/// established it, the ruling says it is unknown, and it counts only if the works council
/// raised the point.
#[test]
fn avg_13_14_staff_not_informed_known_or_unknown() {
    let informed = |t: Tri| with(move |r| r.avg.staff_informed_in_advance = t);
    let not = informed(Tri::No);
    assert!(has(&not, R::Avg13_14, |f, e| *f
        == Finding::StaffNotInformed { unknown: false }
        && *e == Effect::CurableDefect));
    let unknown = informed(Tri::Unknown);
    assert!(has(&unknown, R::Avg13_14, |f, e| *f
        == Finding::StaffNotInformed { unknown: true }
        && *e == Effect::NotArgued));
    let yes = informed(Tri::Yes);
    assert!(has(&yes, R::Avg13_14, |f, e| *f == Finding::StaffInformed
        && *e == Effect::Passed));
}

/// Art. 6(1), last sentence, AVG: a public authority cannot rest processing in the
/// performance of its tasks on legitimate interest. Where nobody established whether the
/// measure serves its public task, only a claim of legitimate interest meets that bar; a
/// different basis claimed is judged as claimed (here consent, not valid at work).
#[test]
fn avg_6_1_f_a_public_authority_claiming_legitimate_interest() {
    let claiming = |basis: LegalBasis| {
        with(move |r| {
            r.employer.kind = EmployerKind::PublicAuthority;
            m(r).public_task = Tri::Unknown;
            r.avg.legal_basis = basis;
        })
    };
    let legitimate = claiming(LegalBasis::LegitimateInterest);
    assert_eq!(
        findings(&legitimate, R::Avg6_1F1),
        vec![Finding::PublicAuthorityLegitimateInterest]
    );
    let consent = claiming(LegalBasis::Consent);
    assert!(findings(&consent, R::Avg6_1F1).is_empty());
    assert!(has(&consent, R::Avg6_1AEmp, |f, e| *f
        == Finding::ConsentNotValidAtWork
        && *e == Effect::CurableDefect));
}

/// Art. 6(4)(d)-(e) AVG: data collected for one purpose (building security) reused for an
/// unlinked one (attendance) need appropriate safeguards — no consequences for staff (and
/// that shown: unknown consequences are not none), pseudonymised data, or a person who
/// looks before any consequence. Each one suffices; without any, the safeguards are missing.
#[test]
fn avg_6_4_a_reuse_needs_one_of_the_safeguards() {
    let missing = |c: Consequences, id: Identifiability, human: Tri| {
        let r = with(move |r| {
            m(r).earlier_purpose = Some(Purpose::BuildingSecurity);
            m(r).consequences = c;
            m(r).identifiability = id;
            r.avg.human_intervention = human;
        });
        match findings(&r, R::Avg6_4).as_slice() {
            [
                Finding::Repurposing {
                    linked: false,
                    missing,
                    ..
                },
            ] => missing.clone(),
            other => panic!("{other:?}"),
        }
    };
    use Identifiability::{Identified, Pseudonymised};
    let discipline = || Consequences::from(Consequence::Discipline);
    let safeguards = vec![ReuseCondition::Safeguards];
    assert_eq!(missing(Consequences::None, Identified, Tri::No), vec![]);
    assert_eq!(
        missing(Consequences::Unknown, Identified, Tri::No),
        safeguards
    );
    assert_eq!(missing(discipline(), Pseudonymised, Tri::No), vec![]);
    assert_eq!(missing(discipline(), Identified, Tri::Yes), vec![]);
    assert_eq!(missing(discipline(), Identified, Tri::No), safeguards);
}

/// Art. 6(4) AVG with art. 24 Rv: an unlinked reuse that lacks what art. 6(4) asks counts
/// of its own force only where it is incompatible even with every unknown fact read in the
/// employer's favour — consent as its basis, staff shown not to be informed, or no safeguard
/// possible (significant consequences, identified data, a person shown not to look).
/// Otherwise it rests on the burden of proof and counts only if the works council raised
/// purpose limitation (here nobody did).
#[test]
fn avg_6_4_a_reuse_plainly_incompatible_only_read_in_the_employers_favour() {
    let reuse = |c: Consequences, human: Tri, informed: Tri, basis: LegalBasis| {
        let r = with(move |r| {
            m(r).earlier_purpose = Some(Purpose::BuildingSecurity);
            m(r).consequences = c;
            r.avg.human_intervention = human;
            r.avg.staff_informed_in_advance = informed;
            r.avg.legal_basis = basis;
        });
        let s = steps(&r, R::Avg6_4);
        assert_eq!(s.len(), 1);
        match &s[0].finding {
            Finding::Repurposing { missing, .. } => (missing.clone(), s[0].effect),
            other => panic!("{other:?}"),
        }
    };
    use ReuseCondition::{AdvanceInformation, LegalBasis as Basis, Safeguards};
    let discipline = || Consequences::from(Consequence::Discipline);
    let li = LegalBasis::LegitimateInterest;
    // Not shown, but possible: left aside.
    assert_eq!(
        reuse(Consequences::None, Tri::No, Tri::Unknown, li),
        (vec![AdvanceInformation], Effect::NotArgued)
    );
    assert_eq!(
        reuse(discipline(), Tri::Unknown, Tri::Yes, li),
        (vec![Safeguards], Effect::NotArgued)
    );
    // Plainly incompatible: counts.
    assert_eq!(
        reuse(discipline(), Tri::No, Tri::Yes, li),
        (vec![Safeguards], Effect::CurableDefect)
    );
    assert_eq!(
        reuse(Consequences::None, Tri::Yes, Tri::No, li),
        (vec![AdvanceInformation], Effect::CurableDefect)
    );
    assert_eq!(
        reuse(Consequences::None, Tri::Yes, Tri::Yes, LegalBasis::Consent),
        (vec![Basis], Effect::CurableDefect)
    );
}

fn alternative(description: &str, reaches: Tri) -> Alternative {
    Alternative {
        description: description.into(),
        reaches_same_goal: reaches,
        rejection_reason: None,
        rejection_substantiation: Substantiation::Unknown,
        elements: vec![],
        by_works_council: Tri::Unknown,
    }
}

/// The steps of a rule with their findings and effects.
fn effects(r: &kantonrechter::Ruling, rule: R) -> Vec<(Finding, Effect)> {
    steps(r, rule)
        .iter()
        .map(|s| (s.finding.clone(), s.effect))
        .collect()
}

/// Art. 5(1)(c) and 6(1)(f) AVG: one necessity defect per element. Identified data for a
/// purpose that needs no one identified (capacity planning) is that defect; a less
/// intrusive means that reaches the same goal is then noted, not counted again. Without
/// the first defect, the first means put forward that is not shown to fall short is the
/// defect and the next one is noted; of a means nobody showed to reach the goal or not, the
/// ruling says it is unknown.
#[test]
fn avg_necessity_one_defect_per_element() {
    let reaching = |a: &str| Finding::AlternativeReachesGoal {
        description: a.into(),
        unknown: false,
    };
    let capacity = with(|r| {
        m(r).purpose = Purpose::CapacityPlanning;
        r.avg.alternatives = vec![alternative("head counts", Tri::Yes)];
    });
    assert!(has(&capacity, R::Avg5_1C, |f, e| matches!(
        f,
        Finding::IdentificationNotNeeded { .. }
    ) && *e
        == Effect::CurableDefect));
    assert_eq!(
        effects(&capacity, R::Avg6_1F2),
        vec![(reaching("head counts"), Effect::Noted)]
    );
    let attendance = with(|r| {
        r.avg.alternatives = vec![
            alternative("a sign-in sheet", Tri::Unknown),
            alternative("head counts", Tri::Yes),
        ]
    });
    assert!(findings(&attendance, R::Avg5_1C).is_empty());
    assert_eq!(
        effects(&attendance, R::Avg6_1F2),
        vec![
            (
                Finding::AlternativeReachesGoal {
                    description: "a sign-in sheet".into(),
                    unknown: true,
                },
                Effect::CurableDefect
            ),
            (reaching("head counts"), Effect::Noted),
        ]
    );
}

/// Art. 35(1) AVG: a DPIA not done where one is required is a curable defect. It is plain
/// where the requirement rests on established facts — systematic monitoring, or more than
/// one trigger — and not where it rests only on reading an unknown frequency as systematic.
#[test]
fn avg_35_no_dpia_plain_only_where_the_facts_require_one() {
    let without_dpia = |frequency: Frequency, openness: Openness| {
        let r = with(move |r| {
            m(r).frequency = frequency;
            m(r).openness = openness;
            r.avg.dpia = Dpia::NotDone;
        });
        let s = steps(&r, R::Avg35_1);
        assert_eq!(s.len(), 1);
        match &s[0].finding {
            Finding::DpiaRequired { triggers, .. } => (triggers.len(), s[0].effect),
            other => panic!("{other:?}"),
        }
    };
    use Openness::{Announced, Covert};
    assert_eq!(
        without_dpia(Frequency::Systematic, Announced),
        (1, Effect::CurableDefect)
    );
    assert_eq!(
        without_dpia(Frequency::Unknown, Announced),
        (1, Effect::NotArgued)
    );
    assert_eq!(
        without_dpia(Frequency::Unknown, Covert),
        (2, Effect::CurableDefect)
    );
}

/// Art. 29 UAVG (UAVG-29-DESIGN): whether biometrics are necessary for authentication or
/// security is derived from the facts where any of them is given — the design, the security
/// need, or whether a badge or PIN would do — and the deprecated conclusion `necessary` is
/// read only where none is. A security need alone, with nothing shown of a badge or PIN or of
/// the design, does not make biometrics necessary: a categorical ban (art. 9(1) AVG).
#[test]
fn uavg_29_any_one_fact_is_enough_to_derive_necessity() {
    let need = || {
        Some(Claim {
            holds: Tri::Yes,
            by: Party::Employer,
            contested: Tri::No,
            substantiation: Substantiation::Plausible,
        })
    };
    let stated_necessary = |security_need: Option<Claim>, badge: Option<Claim>| {
        with(move |r| {
            m(r).biometric = Some(Biometric {
                purpose: BiometricPurpose::AuthenticationOrSecurity,
                necessary: Tri::Yes,
                design: BiometricDesign::Unknown,
                security_need,
                badge_or_pin_suffices: badge,
                ..Biometric::default()
            })
        })
    };
    for r in [
        stated_necessary(need(), None),
        stated_necessary(None, need()),
    ] {
        assert!(has(&r, R::Uavg29Design, |f, _| matches!(
            f,
            Finding::BiometricNecessity {
                necessary: false,
                ..
            }
        )));
        assert!(
            steps(&r, R::Uavg29)
                .iter()
                .all(|s| !matches!(s.finding, Finding::BiometricNecessaryAsStated { .. }))
        );
        assert!(hard(&r, R::Avg9_1));
    }
    // No fact given: the conclusion as stated.
    let r = stated_necessary(None, None);
    assert!(steps(&r, R::Uavg29Design).is_empty());
    assert!(has(&r, R::Uavg29, |f, _| matches!(
        f,
        Finding::BiometricNecessaryAsStated { .. }
    )));
    assert!(!hard(&r, R::Avg9_1));
}
