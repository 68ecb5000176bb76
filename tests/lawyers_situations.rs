//! The lawyer's situations (issue #11, item 5): fifteen situations a practitioner meets, each
//! written as a request by a practising employment and privacy lawyer together with the
//! outcome and the decisive reason they expected — before, and without, running the engine
//! (`examples/EXPECTATIONS.md`, their words). The only change made afterwards is the field
//! `access` (who sees the data), which the schema gained after they wrote the files: it is
//! filled in from the facts their own descriptions state, for every file that states them;
//! likewise `serves_purpose` (suitability) in `presence-status-appraisal.json`, whose
//! description states the OR's trial showing the status says nothing about reachability.
//!
//! Each situation pins the engine's outcome and the step that carries it. Where the engine
//! does not reach the lawyer's outcome, the situation is a *known disagreement* with its
//! reason: the test then asserts the disagreement, so that it fails when the engine changes
//! and the mark must be reviewed — the same discipline as `cases/`.

mod common;

use common::*;
use kantonrechter::law::RuleId as R;
use kantonrechter::request::Importance;
use kantonrechter::ruling::{Balance, Effect, Finding};
use kantonrechter::{Ground, Outcome, Ruling};

fn balance(r: &Ruling) -> Balance {
    r.trace
        .iter()
        .find_map(|s| match s.finding {
            Finding::Balance { balance, .. } => Some(balance),
            _ => None,
        })
        .expect("weighed")
}

fn intrusion(r: &Ruling) -> Importance {
    r.trace
        .iter()
        .find_map(|s| match s.finding {
            Finding::PrivacyIntrusion { intensity, .. } => Some(intensity),
            _ => None,
        })
        .expect("an intrusion")
}

#[test]
fn home_keylogging_and_screenshots_are_refused() {
    // Lawyer: refused — an asserted productivity claim against the most intrusive monitoring.
    let r = eval(&example("home-keylogging-screenshots.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(has(&r, R::Rv150, |f, _| *f == Finding::EmployerCaseNotShown));
    assert_eq!(intrusion(&r), Importance::VerySerious);
    assert!(curable(&r, R::Avg35_1));
}

#[test]
fn presence_status_in_appraisals_is_refused() {
    // Lawyer: refused — an unreliable proxy; the less intrusive alternative was rejected
    // without support (art. 5(1)(c) and 6(1)(f) AVG).
    let r = eval(&example("presence-status-appraisal.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(curable(&r, R::Avg6_1F2));
    // The lawyer's "unreliable proxy": the status cannot serve the purpose (suitability).
    assert!(curable(&r, R::Avg5_1CSuitability));
}

#[test]
fn webcam_checks_at_home_are_refused() {
    // Lawyer: refused — live checks into the home; the call statistics already do the job.
    let r = eval(&example("webcam-check-home.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(intrusion(&r) >= Importance::Serious);
    assert!(curable(&r, R::Avg6_1F2));
}

#[test]
fn badge_counts_per_department_are_granted() {
    // Lawyer: granted on ground 1 — counts per department only, a proven need, and an OR
    // that only voices a general fear. No minimisation point of the engine's own.
    let r = eval(&example("badge-department-reports.json"));
    assert_eq!(r.outcome, Outcome::Granted);
    assert_eq!(r.ground, Some(Ground::UnreasonableRefusal));
    assert!(!curable(&r, R::Avg5_1C));
}

#[test]
fn emotion_scoring_from_the_voice_is_a_prohibited_practice() {
    // Lawyer: refused — art. 5(1)(f) AI Act, whatever the business interest.
    let r = eval(&example("emotion-voice-callcentre.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(hard(&r, R::Aia5_1F));
    assert!(decides(&r, R::Avg88, Outcome::Refused));
}

#[test]
fn warehouse_cameras_with_short_retention_are_granted() {
    // Lawyer: granted on ground 1 — proven thefts, milder measures failed, 7 days, two named
    // viewers after an incident (the Omron pattern).
    let r = eval(&example("warehouse-camera-short-retention.json"));
    assert_eq!(r.outcome, Outcome::Granted);
    assert_eq!(r.ground, Some(Ground::UnreasonableRefusal));
    assert_eq!(intrusion(&r), Importance::Light);
}

#[test]
fn an_employer_that_prepared_everything_is_granted() {
    // Lawyer: granted on ground 1 — a policy adopted with the OR's consent, non-compliance
    // proven, a manager talks first, a DPIA, 90 days. The reuse of the badges is compatible
    // because the regeling gives it a basis, advance information and human intervention.
    let r = eval(&example("employer-prepared-everything.json"));
    assert_eq!(r.outcome, Outcome::Granted);
    assert_eq!(r.ground, Some(Ground::UnreasonableRefusal));
    assert!(has(&r, R::Avg6_4, |_, e| *e == Effect::Passed));
    assert_eq!(balance(&r), Balance::EmployerHeavier);
}

#[test]
fn no_consultation_meeting_is_refused() {
    // Lawyer: refused — the employer refused the consultation meeting of art. 27(2) WOR.
    let r = eval(&example("no-consultation-meeting.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(has(&r, R::Wor27_2, |f, _| *f == Finding::NoConsultationMeeting));
    assert!(has(&r, R::Wor27_2, |f, e| matches!(
        f,
        Finding::OrConcern { .. }
    ) && matches!(
        e,
        Effect::Weighs { .. }
    )));
    assert_eq!(balance(&r), Balance::WorksCouncilHeavier);
}

#[test]
fn an_evaluation_promised_and_not_held_is_refused() {
    // Lawyer: refused — the promised joint evaluation never happened.
    let r = eval(&example("earlier-evaluation-not-kept.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(has(&r, R::WorEarlierAgreement, |f, e| matches!(
        f,
        Finding::OrConcern { .. }
    ) && matches!(
        e,
        Effect::Weighs { .. }
    )));
    assert_eq!(balance(&r), Balance::WorksCouncilHeavier);
}

#[test]
fn fingerprints_for_time_registration_are_refused() {
    // Lawyer: refused — art. 9 AVG and art. 29 UAVG.
    let r = eval(&example("fingerprint-time-clock.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(hard(&r, R::Avg9_1));
}

#[test]
fn ending_a_tolerated_practice_needs_no_consent() {
    // Lawyer: no consent required — HR 8 March 2019, ECLI:NL:HR:2019:314.
    let r = eval(&example("tolerated-practice-time-clock.json"));
    assert_eq!(r.outcome, Outcome::NoConsentRequired);
    assert!(decides(&r, R::Wor27_1Scope, Outcome::NoConsentRequired));
}

// ------------------------------------------------------------------ known disagreements
//
// The engine does not reach the lawyer's outcome here. Each test asserts today's outcome and
// the reason; when the engine changes, it fails, and the mark is reviewed.

#[test]
fn known_disagreement_gps_in_vans() {
    // Lawyer: partly granted — live location in working hours for dispatch granted; logging
    // during private use refused. Engine: refused as a whole. The private-time part fails on
    // necessity (a private switch and theft-activated tracking would do), as the lawyer
    // holds; but on the planning part the proven interest in response times, at the default
    // importance (moderate) the engine gives an employer interest whose importance nobody
    // stated, only ties with a moderate intrusion (location of identified staff), and a tie
    // does not grant. The model states, and does not derive, the importance of an employer
    // interest (DESIGN.md, "where the model is crude").
    let r = eval(&example("gps-vans.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert_eq!(r.parts.len(), 2);
    assert!(curable(&r, R::Avg6_1F2));
    let planning = &r.parts[0];
    let w = planning.weights.expect("weighed");
    assert_eq!(w.employer, w.works_council);
}

#[test]
fn known_disagreement_text_sentiment_in_a_call_centre() {
    // Lawyer: granted — text is not biometric, so no ban; a proven need, coaching only.
    // Engine: refused. It agrees there is no ban (no prohibited practice), but ranks an AI
    // system that reads and scores the content of every message of every agent, working at
    // home, as a very serious intrusion (content of communications, Bărbulescu; profiling),
    // which one proven interest of moderate importance does not outweigh.
    let r = eval(&example("sentiment-text-callcentre.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(!hard(&r, R::Aia5_1F));
    assert_eq!(intrusion(&r), Importance::VerySerious);
}

#[test]
fn a_public_authority_camera_mislabelled_basis_is_not_decisive() {
    // Lawyer: granted — proven aggression and the Arbowet duty; the wrongly claimed basis
    // ("legitimate interest") is fixable because a public-task or legal-obligation basis
    // exists. Engine (since issue #12, item 5): granted on ground 1. A public authority cannot
    // rely on legitimate interest for its tasks, but the label alone does not decide: the
    // request does not say whether the processing serves the public task (then art. 6(1)(e)
    // is its basis) or lies outside it (then (f) is open), so the defect is not plain, and the
    // OR's objection about the basis does not raise the point (`raises`). It was a known
    // disagreement before; the lawyer's file is unchanged.
    let r = eval(&example("public-authority-camera.json"));
    assert_eq!(r.outcome, Outcome::Granted);
    assert_eq!(r.ground, Some(Ground::UnreasonableRefusal));
    assert!(has(&r, R::Avg6_1F1, |f, e| *f
        == Finding::PublicAuthorityLegitimateInterest
        && *e == Effect::NotArgued));
    // Raised by the OR, the unshown basis is a condition the regeling fails: refused.
    let mut raised = example("public-authority-camera.json");
    for i in &mut raised.interests.works_council {
        i.raises
            .push(kantonrechter::request::LegalPoint::LegalBasis);
    }
    let r = eval(&raised);
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(curable(&r, R::Avg6_1F1));
    // Shown to serve the public task, the basis is art. 6(1)(e) whatever the label.
    for e in &mut raised.regeling.elements {
        e.measure.public_task = kantonrechter::request::Tri::Yes;
    }
    let r = eval(&raised);
    assert!(has(&r, R::Avg6_1E, |_, e| *e == Effect::Passed));
    assert_eq!(r.outcome, Outcome::Granted);
}

#[test]
fn known_disagreement_a_covert_camera_protocol() {
    // Lawyer (confidence medium-low): granted — the protocol meets every condition of the AP
    // and López Ribalda. Engine: refused — it finds the conditions met, but the intrusion of
    // covert cameras whose images are kept 42 days (beyond the four-week norm for camera
    // images) is serious, and the proven interest in stopping cash losses, at the default
    // moderate importance, does not outweigh it.
    let r = eval(&example("covert-camera-protocol.json"));
    assert_eq!(r.outcome, Outcome::Refused);
    assert!(has(&r, R::ApMonitor, |f, _| *f == Finding::CovertConditionsMet));
    assert_eq!(intrusion(&r), Importance::Serious);
}
