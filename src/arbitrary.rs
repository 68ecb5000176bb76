//! `proptest::arbitrary::Arbitrary` for the input (feature `proptest`), so that embedders
//! can property-test their own code against arbitrary *valid* requests: element ids are
//! unique, interests and alternatives name elements that exist, dates lie within the law
//! the library knows, texts are short.
//!
//! ```
//! use proptest::prelude::*;
//! use kantonrechter::Request;
//!
//! proptest!(|(request in any::<Request>())| {
//!     let ruling = kantonrechter::evaluate(&request).unwrap();
//!     prop_assert!(!ruling.trace.is_empty());
//! });
//! ```

use proptest::prelude::*;
use proptest::sample::select;

use crate::Date;
use crate::request::*;

fn tri() -> impl Strategy<Value = Tri> {
    select(Tri::ALL)
}

fn date() -> impl Strategy<Value = Date> {
    // From the Wbp to the horizon, on days that exist in every month.
    (2002u16..=2027, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or(Date::ymd(2020, 1, 1)))
}

fn text() -> impl Strategy<Value = String> {
    "[a-z ]{0,12}"
}

fn importance() -> impl Strategy<Value = Option<Importance>> {
    select(vec![
        None,
        Some(Importance::Light),
        Some(Importance::Moderate),
        Some(Importance::Serious),
        Some(Importance::VerySerious),
    ])
}

fn substantiation() -> impl Strategy<Value = Substantiation> {
    select(Substantiation::ALL)
}

fn purpose() -> impl Strategy<Value = Purpose> {
    select(Purpose::ALL)
}

fn claim() -> impl Strategy<Value = Claim> {
    (tri(), select(Party::ALL), tri(), substantiation()).prop_map(
        |(holds, by, contested, substantiation)| Claim {
            holds,
            by,
            contested,
            substantiation,
        },
    )
}

fn ai() -> impl Strategy<Value = Option<AiFacts>> {
    let caps = proptest::collection::vec(select(AiCapability::ALL), 0..3);
    proptest::option::weighted(
        0.3,
        (
            tri(),
            caps,
            tri(),
            proptest::option::weighted(
                0.2,
                (
                    select(EmotionPurpose::ALL),
                    select(Party::ALL),
                    tri(),
                    substantiation(),
                )
                    .prop_map(|(purpose, by, contested, substantiation)| {
                        EmotionUse {
                            purpose,
                            by,
                            contested,
                            substantiation,
                        }
                    }),
            ),
            proptest::collection::vec(select(EmotionInput::ALL), 0..2),
            tri(),
            tri(),
            tri(),
        )
            .prop_map(
                |(
                    is_ai_system,
                    capabilities,
                    medical_or_safety,
                    emotion_use,
                    emotion_inferred_from,
                    narrow_task_only,
                    human_oversight,
                    workers_informed,
                )| AiFacts {
                    is_ai_system,
                    capabilities,
                    medical_or_safety,
                    emotion_use,
                    emotion_inferred_from,
                    narrow_task_only,
                    human_oversight,
                    workers_informed,
                },
            ),
    )
}

/// Consequences: unknown, none, or one to three of them.
fn consequences() -> impl Strategy<Value = Consequences> {
    prop_oneof![
        Just(Consequences::Unknown),
        Just(Consequences::None),
        proptest::collection::vec(select(Consequence::ALL), 1..4).prop_map(Consequences::of),
    ]
}

fn measure() -> impl Strategy<Value = Measure> {
    let facts = (
        select(Technology::ALL),
        tri(),
        proptest::collection::vec(select(Observed::ALL), 0..3),
        select(Identifiability::ALL),
        select(Frequency::ALL),
        select(Openness::ALL),
        select(Place::ALL),
        tri(),
    );
    let more = (
        proptest::option::weighted(
            0.15,
            (
                select(BiometricPurpose::ALL),
                tri(),
                select(BiometricDesign::ALL),
                proptest::option::weighted(0.3, claim()),
                proptest::option::weighted(0.3, claim()),
                tri(),
            )
                .prop_map(
                    |(
                        purpose,
                        necessary,
                        design,
                        security_need,
                        badge_or_pin_suffices,
                        explicit_free_consent,
                    )| Biometric {
                        purpose,
                        necessary,
                        design,
                        security_need,
                        badge_or_pin_suffices,
                        explicit_free_consent,
                    },
                ),
        ),
        ai(),
        consequences(),
        proptest::option::of(0u32..400),
        purpose(),
        proptest::option::weighted(0.3, purpose()),
        proptest::option::weighted(
            0.3,
            (tri(), tri(), tri(), tri()).prop_map(
                |(reasonable_suspicion, no_other_means, limited_period, informed_afterwards)| {
                    CovertConditions {
                        reasonable_suspicion,
                        no_other_means,
                        limited_period,
                        informed_afterwards,
                    }
                },
            ),
        ),
    );
    let basis = (
        proptest::option::weighted(
            0.2,
            (
                select(ObligationSource::ALL),
                proptest::option::weighted(0.5, text()),
                tri(),
                tri(),
            )
                .prop_map(|(source, provision, shown, goes_beyond)| LegalObligation {
                    source,
                    provision,
                    shown,
                    goes_beyond,
                }),
        ),
        tri(),
        proptest::collection::vec(select(SpecialCategory::ALL), 0..2),
    );
    let retention = (
        proptest::option::weighted(0.2, select(RetentionEvent::ALL)),
        proptest::collection::vec(
            (select(DataKind::ALL), proptest::option::of(0u32..400))
                .prop_map(|(kind, days)| KindRetention { kind, days }),
            0..2,
        ),
    );
    let where_and_how = (select(Access::ALL), tri(), tri(), tri(), tri(), retention);
    let element_avg = (
        proptest::option::weighted(0.2, select(Dpia::ALL)),
        proptest::option::weighted(0.2, tri()),
        proptest::option::weighted(0.2, select(HumanIntervention::ALL)),
    );
    (facts, more, where_and_how, element_avg, basis, tri()).prop_map(
        |(
            (
                technology,
                personal_data,
                observes,
                identifiability,
                frequency,
                openness,
                place,
                more_intensive_at_home,
            ),
            (
                biometric,
                ai,
                consequences,
                retention_days,
                purpose,
                earlier_purpose,
                covert_conditions,
            ),
            (
                access,
                housemates_recorded,
                private_use_allowed,
                outside_working_hours,
                privacy_switch,
                (retention_until, retention_per_kind),
            ),
            (dpia, staff_informed_in_advance, human_intervention),
            (legal_obligation, public_task, special_categories),
            serves_purpose,
        )| {
            // `not_applicable` only where no significant consequence follows (validated).
            let applicable = consequences.significant() || consequences.is_unknown();
            let human_intervention = human_intervention
                .filter(|h| !(applicable && *h == HumanIntervention::NotApplicable));
            Measure {
                technology,
                personal_data,
                observes,
                identifiability,
                frequency,
                openness,
                covert_conditions,
                place,
                more_intensive_at_home,
                housemates_recorded,
                private_use_allowed,
                outside_working_hours,
                privacy_switch,
                biometric,
                ai,
                consequences,
                retention_days,
                retention_until,
                retention_per_kind,
                purpose,
                earlier_purpose,
                access,
                dpia,
                staff_informed_in_advance,
                human_intervention,
                serves_purpose,
                legal_obligation,
                public_task,
                special_categories,
            }
        },
    )
}

fn refs(n: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(0..n, 0..2).prop_map(|v| {
        let mut v: Vec<String> = v.into_iter().map(|i| format!("e{i}")).collect();
        v.dedup();
        v
    })
}

fn employer_interest(n: usize) -> impl Strategy<Value = EmployerInterest> {
    (
        select(EmployerInterestKind::ALL),
        text(),
        substantiation(),
        tri(),
        importance(),
        tri(),
        tri(),
        refs(n),
    )
        .prop_map(
            |(
                kind,
                statement,
                substantiation,
                contested,
                importance,
                requires_decision,
                policy_validly_adopted,
                elements,
            )| {
                EmployerInterest {
                    kind,
                    statement,
                    substantiation,
                    contested,
                    evidence: Vec::new(),
                    importance,
                    requires_decision,
                    policy_validly_adopted,
                    elements,
                }
            },
        )
}

fn or_interest(n: usize) -> impl Strategy<Value = OrInterest> {
    (
        select(OrInterestKind::ALL),
        text(),
        substantiation(),
        tri(),
        importance(),
        refs(n),
        proptest::collection::vec(select(LegalPoint::ALL), 0..2),
        tri(),
        select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
    )
        .prop_map(
            |(
                kind,
                statement,
                substantiation,
                contested,
                importance,
                elements,
                raises,
                first_raised_in_court,
                unrelated_to_regeling,
            )| {
                OrInterest {
                    kind,
                    statement,
                    substantiation,
                    contested,
                    evidence: Vec::new(),
                    importance,
                    elements,
                    raises,
                    first_raised_in_court,
                    unrelated_to_regeling,
                }
            },
        )
}

fn regeling() -> impl Strategy<Value = Regeling> {
    use Subject::*;
    (
        // The letters of art. 27(1) whose text the catalogue verified; c, e, f, h, i and j
        // are from memory (MEMORY in the catalogue) and are not drawn.
        proptest::collection::vec(select(vec![A, B, D, G, K, L]), 0..3),
        select(DecisionKind::ALL),
        select(vec![Tri::Yes, Tri::Yes, Tri::Unknown, Tri::No]),
        select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
        select(Scope::ALL),
        select(vec![Tri::No, Tri::Unknown, Tri::No, Tri::Yes]),
        tri(),
        select(CaoCoverage::ALL),
        (
            any::<bool>(),
            select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
            select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
            select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
        ),
        proptest::collection::vec(measure(), 1..4),
    )
        .prop_map(
            |(
                subjects,
                decision,
                by_employer,
                ends_tolerated_practice,
                scope,
                incidental,
                temporary_or_pilot,
                cao,
                (
                    separable,
                    consent_right_by_agreement,
                    applies_consented_regeling,
                    changes_primary_terms,
                ),
                measures,
            )| {
                Regeling {
                    title: "regeling".into(),
                    subjects,
                    decision,
                    by_employer,
                    ends_tolerated_practice,
                    scope,
                    incidental,
                    temporary_or_pilot,
                    cao,
                    separable,
                    start_date: None,
                    consent_right_by_agreement,
                    applies_consented_regeling,
                    changes_primary_terms,
                    elements: measures
                        .into_iter()
                        .enumerate()
                        .map(|(i, measure)| Element {
                            id: format!("e{i}"),
                            description: String::new(),
                            measure,
                        })
                        .collect(),
                }
            },
        )
}

fn procedure() -> impl Strategy<Value = Procedure> {
    (
        select(vec![Tri::Yes, Tri::Yes, Tri::Yes, Tri::No, Tri::Unknown]),
        tri(),
        tri(),
        select(vec![
            OrDecision::Refused,
            OrDecision::Refused,
            OrDecision::Conditional,
            OrDecision::NoDecision,
            OrDecision::Consented,
            OrDecision::Unknown,
        ]),
        select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
        proptest::option::weighted(
            0.5,
            (
                tri(),
                proptest::option::of(date()),
                proptest::option::of(date()),
                tri(),
            )
                .prop_map(
                    |(
                        invoked_in_writing,
                        term_started_on,
                        invoked_on,
                        invoked_within_one_month,
                    )| {
                        Nullity {
                            invoked_in_writing,
                            term_started_on,
                            invoked_on,
                            invoked_within_one_month,
                        }
                    },
                ),
        ),
        select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
        proptest::option::weighted(
            0.2,
            (text(), tri()).prop_map(|(description, kept)| EarlierAgreement { description, kept }),
        ),
        (
            tri(),
            select(MeetingDeclinedBy::ALL),
            select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
            select(vec![Tri::No, Tri::No, Tri::Unknown, Tri::Yes]),
            select(Petitum::ALL),
            tri(),
            tri(),
            tri(),
        ),
    )
        .prop_map(
            |(
                consent_requested,
                in_writing_with_reasons,
                consultation_meeting_held,
                or_decision,
                implemented_without_consent,
                nullity,
                arbowet,
                earlier_agreement,
                (
                    meeting_only_informed,
                    consultation_meeting_declined_by,
                    or_still_deciding,
                    or_asked_for_formal_request,
                    petitum,
                    or_gave_reasons,
                    or_refused_to_discuss,
                    amended_in_proceedings,
                ),
            )| {
                Procedure {
                    consent_requested,
                    in_writing_with_reasons,
                    consultation_meeting_held,
                    requested_on: None,
                    or_decision,
                    or_conditions: Vec::new(),
                    implemented_without_consent,
                    nullity,
                    arbowet_demand_same_matter: arbowet,
                    earlier_agreement,
                    meeting_only_informed,
                    consultation_meeting_declined_by,
                    or_still_deciding,
                    or_asked_for_formal_request,
                    petitum,
                    or_gave_reasons,
                    or_refused_to_discuss,
                    amended_in_proceedings,
                }
            },
        )
}

fn avg(n: usize) -> impl Strategy<Value = AvgFacts> {
    (
        select(LegalBasis::ALL),
        select(Dpia::ALL),
        tri(),
        tri(),
        proptest::collection::vec(
            (text(), tri(), substantiation(), refs(n), tri()).prop_map(
                |(description, reaches_same_goal, rejection_substantiation, elements, by_or)| {
                    Alternative {
                        description,
                        reaches_same_goal,
                        rejection_reason: None,
                        rejection_substantiation,
                        elements,
                        by_works_council: by_or,
                    }
                },
            ),
            0..2,
        ),
    )
        .prop_map(
            |(legal_basis, dpia, staff_informed_in_advance, human_intervention, alternatives)| {
                AvgFacts {
                    legal_basis,
                    dpia,
                    staff_informed_in_advance,
                    human_intervention,
                    alternatives,
                }
            },
        )
}

impl Arbitrary for Request {
    type Parameters = ();
    type Strategy = BoxedStrategy<Request>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        (date(), regeling(), procedure(), select(EmployerKind::ALL))
            .prop_flat_map(|(as_of, regeling, procedure, kind)| {
                let n = regeling.elements.len();
                (
                    Just(as_of),
                    Just(regeling),
                    Just(procedure),
                    Just(kind),
                    proptest::collection::vec(employer_interest(n), 0..4),
                    proptest::collection::vec(or_interest(n), 0..4),
                    avg(n),
                    select(vec![
                        Stage2Reading::Statute,
                        Stage2Reading::Statute,
                        Stage2Reading::EqualBand,
                        Stage2Reading::Cumulative,
                    ]),
                    select(AiActSchedule::ALL),
                )
            })
            .prop_map(
                |(
                    as_of,
                    regeling,
                    procedure,
                    kind,
                    employer,
                    works_council,
                    avg,
                    stage2,
                    ai_act,
                )| Request {
                    format: None,
                    as_of,
                    title: None,
                    employer: Employer { name: None, kind },
                    regeling,
                    procedure,
                    interests: Interests {
                        employer,
                        works_council,
                    },
                    avg,
                    readings: Readings { stage2, ai_act },
                    calibration: Default::default(),
                },
            )
            .boxed()
    }
}
