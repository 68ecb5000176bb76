//! The gates, before any weighing: is there a consent right at all (art. 27 lid 1 and 3
//! WOR), and is the employer's request admissible (art. 27 lid 2, lid 5, art. 36 lid 4)?
//! A request made before the consent procedure is completed (the employer declined the
//! consultation meeting; the OR was still deciding within a reasonable time; the OR asked
//! for a formal request it never got) is premature: inadmissible (WOR-27-2-PREMATURE:
//! INFERENCE).
//!
//! A failing gate ends the test: `no_consent_required` or `inadmissible`. Defects of the
//! consent procedure that do not bar the request (no written reasons, no consultation
//! meeting) are the works council's procedural concern in stage 1, weighed once (RULES.md
//! WOR-27-2: INFERENCE).

use crate::engine::Ctx;
use crate::law::RuleId as R;
use crate::request::{
    CaoCoverage, Consequence, Consequences, Identifiability, Importance, MeetingDeclinedBy,
    Openness, OrDecision, Purpose, Scope, Subject, Technology, Tri,
};
use crate::ruling::{Effect, Finding as F, Outcome, PrematureCause};

/// What the gates leave for the merits: the severity of the established defects of the
/// consent procedure (the OR's procedural concern), if any.
pub(crate) type Procedural = Option<Importance>;

/// The result of the gates: the procedural concern for stage 1, or the outcome that ends
/// the test.
pub(crate) fn check(ctx: &mut Ctx) -> Result<Procedural, Outcome> {
    consent_right(ctx)?;
    admissible(ctx)
}

fn stop(ctx: &mut Ctx, rule: R, finding: F, outcome: Outcome) -> Result<Procedural, Outcome> {
    ctx.step(rule, finding, Effect::Decides { outcome });
    Err(outcome)
}

/// Art. 27 lid 1 and lid 3: is this a decision of the employer on a regeling on the closed
/// list, not regulated exhaustively by a cao?
fn consent_right(ctx: &mut Ctx) -> Result<Procedural, Outcome> {
    let req = ctx.req;
    let reg = &req.regeling;
    let ncr = Outcome::NoConsentRequired;

    // The employer's own decision (the pension-fund case, ECLI:NL:RBNHO:2021:9536, is in cases/).
    if reg.by_employer.is_no() {
        return stop(ctx, R::Wor27_1Scope, F::NotEmployersDecision, ncr);
    }
    ctx.step(
        R::Wor27_1Scope,
        F::EmployersDecision {
            presumed: reg.by_employer == Tri::Unknown,
        },
        Effect::Passed,
    );

    // Ending a merely tolerated practice is no decision (HR 8 March 2019, ECLI:NL:HR:2019:314).
    if reg.ends_tolerated_practice.is_yes() {
        return stop(ctx, R::Wor27_1Scope, F::EndsToleratedPractice, ncr);
    }

    // Applying a regeling the OR consented to is no adoption, change or withdrawal of one;
    // a new purpose of an existing system is a change (below).
    if reg.applies_consented_regeling.is_yes() {
        let changed = reg.elements.iter().any(|e| {
            e.measure
                .earlier_purpose
                .is_some_and(|p| p != e.measure.purpose)
        });
        if !changed {
            return stop(ctx, R::Wor27_1Scope, F::AppliesConsentedRegeling, ncr);
        }
        ctx.step(R::Wor27_1Scope, F::NotMereApplication, Effect::Passed);
    }

    // The subjects: what the parties rely on, less what the facts rule out (the court applies
    // art. 27 of its own motion), plus g, k and l where the facts call for them.
    let mut letters: Vec<Subject> = Vec::with_capacity(reg.subjects.len() + 3);
    let monitoring = reg.elements.iter().all(|e| !e.measure.observes.is_empty());
    for &letter in &reg.subjects {
        let ruled_out = match letter {
            Subject::K => reg
                .elements
                .iter()
                .all(|e| e.measure.personal_data == Tri::No),
            Subject::G => {
                monitoring
                    && reg.elements.iter().all(|e| {
                        e.measure.consequences == Consequences::None
                            && e.measure.purpose != Purpose::PerformanceEvaluation
                    })
            }
            _ => false,
        };
        if ruled_out {
            let rule = if letter == Subject::K {
                R::Wor27_1K
            } else {
                R::Wor27_1G
            };
            ctx.step(rule, F::LetterRuledOut { letter }, Effect::Noted);
        } else {
            letters.push(letter);
        }
    }
    for element in &reg.elements {
        let m = &element.measure;
        if m.observes.is_empty() {
            continue;
        }
        if m.consequences.kinds().contains(&Consequence::Appraisal)
            || m.purpose == Purpose::PerformanceEvaluation
        {
            ctx.element_step(element, R::Wor27_1G, F::AppraisalRegeling, Effect::Passed);
            letters.push(Subject::G);
        }
        if m.processes_personal_data() {
            ctx.element_step(
                element,
                R::Wor27_1K,
                F::PersonalDataRegeling,
                Effect::Passed,
            );
            letters.push(Subject::K);
        }
        if m.identifiability == Identifiability::Anonymous {
            ctx.element_step(element, R::Wor27_1L, F::AnonymousNotDerived, Effect::Noted);
        } else {
            ctx.element_step(
                element,
                R::Wor27_1L,
                F::MonitoringFacility {
                    observes: m.observes.clone(),
                },
                Effect::Passed,
            );
            letters.push(Subject::L);
        }
        if let Some(from) = m.earlier_purpose.filter(|p| *p != m.purpose) {
            // A new purpose of an existing system changes the regeling (seed article §5.1).
            ctx.element_step(
                element,
                R::Wor27_1Scope,
                F::PurposeChanged {
                    from,
                    to: m.purpose,
                },
                Effect::Passed,
            );
        }
    }
    crate::small_sort::sort(&mut letters);
    letters.dedup();
    if letters.is_empty() {
        if reg.consent_right_by_agreement.is_yes() {
            ctx.step(R::Wor32, F::ConsentRightByAgreement, Effect::Passed);
        } else {
            return stop(ctx, R::Wor27_1Scope, F::NoSubjectOnList, ncr);
        }
    } else {
        if reg.consent_right_by_agreement.is_yes() {
            ctx.step(R::Wor32, F::ConsentRightByAgreement, Effect::Noted);
        }
        ctx.step(
            R::Wor27_1Scope,
            F::SubjectsOnList { letters },
            Effect::Passed,
        );
    }

    // A regeling for all staff or a group, not incidental. Pilots and temporary measures
    // still need consent: "incidental" is not read widely.
    if reg.scope == Scope::Individual {
        return stop(ctx, R::Wor27_1Scope, F::IndividualNotRegeling, ncr);
    }
    if reg.incidental.is_yes() {
        // One-off or temporary covert filming of staff still needs consent
        // (WOR-27-1-COVERT-ONCE): "incidental" is not read widely.
        let covert_camera = reg.elements.iter().any(|el| {
            el.measure.technology == Technology::Camera && el.measure.openness == Openness::Covert
        });
        if !covert_camera {
            return stop(ctx, R::Wor27_1Scope, F::Incidental, ncr);
        }
        ctx.step(
            R::Wor27_1CovertOnce,
            F::IncidentalCovertCamera,
            Effect::Passed,
        );
    }
    let finding = F::RegelingForGroup {
        scope: reg.scope,
        presumed: reg.scope == Scope::Unknown,
        temporary: reg.temporary_or_pilot.is_yes(),
    };
    ctx.step(R::Wor27_1Scope, finding, Effect::Passed);

    // Art. 27 lid 3: a cao that regulates the matter substantively and exhaustively.
    if reg.cao == CaoCoverage::Exhaustive {
        return stop(ctx, R::Wor27_3, F::CaoExhaustive, ncr);
    }
    ctx.step(
        R::Wor27_3,
        F::CaoLeavesRoom { coverage: reg.cao },
        Effect::Passed,
    );
    Ok(None)
}

/// Is the employer's request admissible: was the OR asked, did it withhold consent, and
/// does the decision not already stand under art. 27 lid 5?
fn admissible(ctx: &mut Ctx) -> Result<Procedural, Outcome> {
    let req = ctx.req;
    let p = &req.procedure;
    let inadmissible = Outcome::Inadmissible;

    if p.arbowet_demand_same_matter.is_yes() {
        return stop(ctx, R::Wor36, F::ArbowetDemand, inadmissible);
    }
    // Art. 27 lid 5: where the employer went ahead without consent, the decision stands
    // unless the OR invoked nullity in writing within one month; a request about a decision
    // that stands has no object (INFERENCE; cf. ECLI:NL:RBAMS:2017:7888). This comes first:
    // whether the OR was ever asked no longer matters once the decision stands.
    if p.implemented_without_consent.is_yes() {
        nullity(ctx)?;
    }

    // An OR that refused, attached conditions or did not decide was evidently asked: the
    // request is presumed when the procedure is otherwise silent.
    let or_was_asked = matches!(
        p.or_decision,
        OrDecision::Refused | OrDecision::Conditional | OrDecision::NoDecision
    );
    if p.consent_requested.is_no() || (p.consent_requested == Tri::Unknown && !or_was_asked) {
        let unknown = p.consent_requested == Tri::Unknown;
        return stop(
            ctx,
            R::Wor27_2,
            F::ConsentNotRequested { unknown },
            inadmissible,
        );
    }

    // An OR that asked in writing for a formal request was not yet asked as art. 27 lid 2
    // requires, unless the written request with reasons is established.
    if p.or_asked_for_formal_request.is_yes() && !p.in_writing_with_reasons.is_yes() {
        return stop(
            ctx,
            R::Wor27_2Premature,
            F::FormalRequestAsked,
            inadmissible,
        );
    }

    // A meeting only to inform the OR is not the consultation meeting of lid 2.
    let mut meeting = p.consultation_meeting_held;
    if p.meeting_only_informed.is_yes() && meeting != Tri::No {
        ctx.step(R::Wor27_2, F::OnlyInformationMeeting, Effect::Noted);
        meeting = Tri::No;
    }
    // Who declined the missing meeting decides what it does: declined by the employer, the
    // procedure is not completed (below); declined by the OR, the OR cannot rely on it;
    // unknown, it weighs for the OR as an established defect.
    let declined_by = p.consultation_meeting_declined_by;
    let premature_meeting = meeting == Tri::No && declined_by == MeetingDeclinedBy::Employer;

    // Procedural defects weigh for the OR; they do not bar the request. They weigh only when
    // established: a defect nobody showed (the sources are silent, the OR did not invoke it)
    // is noted, not weighed.
    let mut severity: Procedural = None;
    let mut silent = false;
    let mut declined_by_or = false;
    for (fact, level, finding, is_meeting) in [
        (
            p.in_writing_with_reasons,
            Importance::Light,
            F::NotInWritingWithReasons,
            false,
        ),
        (
            meeting,
            Importance::Moderate,
            F::NoConsultationMeeting,
            true,
        ),
    ] {
        match fact {
            Tri::Yes => {}
            Tri::No if is_meeting && declined_by == MeetingDeclinedBy::WorksCouncil => {
                ctx.step(R::Wor27_2, F::MeetingDeclinedByOr, Effect::Noted);
                declined_by_or = true;
            }
            // The premature step below says it.
            Tri::No if is_meeting && premature_meeting => {}
            Tri::No => {
                ctx.step(R::Wor27_2, finding, Effect::Noted);
                severity = severity.max(Some(level));
            }
            Tri::Unknown => silent = true,
        }
    }
    if silent {
        let finding = F::ProcedureNotShown {
            in_writing: p.in_writing_with_reasons,
            meeting,
        };
        ctx.step(R::Wor27_2, finding, Effect::Noted);
    } else if severity.is_none() && !premature_meeting && !declined_by_or {
        ctx.step(R::Wor27_2, F::ProcedureFollowed, Effect::Passed);
    }

    match p.or_decision {
        OrDecision::Consented => return stop(ctx, R::Wor27_2Term, F::OrConsented, inadmissible),
        OrDecision::Unknown => {
            return stop(ctx, R::Wor27_2Term, F::OrDecisionUnknown, inadmissible);
        }
        // Still deliberating within a reasonable time is not withholding consent.
        OrDecision::NoDecision if p.or_still_deciding.is_yes() => {
            let finding = F::Premature {
                cause: PrematureCause::OrStillDeciding,
            };
            return stop(ctx, R::Wor27_2Premature, finding, inadmissible);
        }
        decision => {
            let or_alternative = req
                .avg
                .alternatives
                .iter()
                .any(|a| a.by_works_council.is_yes());
            let finding = F::OrWithheld {
                decision,
                conditions: p.or_conditions.clone(),
                or_alternative,
            };
            ctx.step(R::Wor27_2Term, finding, Effect::Passed);
        }
    }

    // A request before the consultation the employer declined is premature (INFERENCE).
    if premature_meeting {
        let finding = F::Premature {
            cause: PrematureCause::MeetingDeclinedByEmployer,
        };
        return stop(ctx, R::Wor27_2Premature, finding, inadmissible);
    }

    // The parties' conduct, said where it is established; it adds no weight of its own: the
    // court weighs the arguments put forward in the proceedings.
    for (fact, finding) in [
        (p.or_gave_reasons == Tri::No, F::RefusalWithoutReasons),
        (p.or_refused_to_discuss.is_yes(), F::OrRefusedToDiscuss),
        (p.amended_in_proceedings.is_yes(), F::AmendedInProceedings),
    ] {
        if fact {
            ctx.step(R::Wor27_4Arguments, finding, Effect::Noted);
        }
    }

    Ok(severity)
}

/// The nullity track of art. 27 lid 5 for a decision carried out without consent.
fn nullity(ctx: &mut Ctx) -> Result<(), Outcome> {
    let inadmissible = Outcome::Inadmissible;
    ctx.flag(R::Wor27_5, F::NullityTrack);
    let n = ctx.req.procedure.nullity.clone().unwrap_or_default();
    if n.invoked_in_writing.is_no() {
        stop(ctx, R::Wor27_5, F::NullityNotInvoked, inadmissible)?;
    }
    // The dates decide when both are known; otherwise the finding that it was (not) in time.
    let late = match (n.term_started_on, n.invoked_on) {
        (Some(started), Some(invoked)) => {
            let deadline = started.plus_one_month();
            if invoked > deadline {
                let finding = F::NullityLate {
                    started: Some(started),
                    deadline: Some(deadline),
                    invoked: Some(invoked),
                };
                stop(ctx, R::Wor27_5, finding, inadmissible)?;
            }
            false
        }
        _ => n.invoked_within_one_month.is_no(),
    };
    if late {
        let finding = F::NullityLate {
            started: None,
            deadline: None,
            invoked: None,
        };
        stop(ctx, R::Wor27_5, finding, inadmissible)?;
    }
    let established = n.invoked_in_writing.is_yes()
        && (n.invoked_within_one_month.is_yes()
            || (n.invoked_on.is_some() && n.term_started_on.is_some()));
    ctx.step(
        R::Wor27_5,
        F::NullityTimelyOrUnclear { established },
        Effect::Passed,
    );
    ctx.step(R::Wor27_5, F::AlreadyInPlace, Effect::Noted);
    Ok(())
}
