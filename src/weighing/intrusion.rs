//! How deep a measure intrudes on the privacy of staff: **one** measure, derived from all the
//! facts of the measure (DOMAIN §3, "privacy once").
//!
//! The intrusion is ranked, not scored: a *base* from what the measure observes about
//! identified staff, then one step up or down for each aggravating or mitigating fact, on
//! the scale light – moderate – serious – very serious. Each step is a criterion the law
//! names:
//!
//! | base or step | level | source |
//! | --- | --- | --- |
//! | presence, working time, traffic data only | light | López Ribalda (GC 2019): a lower expectation of privacy where colleagues see one anyway; art. 4:3 ATW obliges working-time records |
//! | behaviour, performance or location | moderate | Bărbulescu crit. 2 (extent of the monitoring) |
//! | the content of communications | serious | Bărbulescu crit. 2–3: content needs weightier justification than flow |
//! | covert | +1 | AP conditions for covert monitoring; López Ribalda |
//! | captures the home (a camera, behaviour or whereabouts there) | +1 | art. 8 ECHR protects the home; the Minister's 2021 answer: the same rules at home |
//! | more intensive at home than at the office | +1 | the Minister's 2021 answer, as an argument inside proportionality |
//! | records housemates at home (who are not staff) | +1 | HOME-HOUSEMATES (INFERENCE; art. 8 ECHR protects their home too) |
//! | records staff in their private time, with no privacy switch | +1 | AP-PRIVATE-TIME (PARTIAL: the AP's answer on trackers in cars) |
//! | biometric data | +1 | art. 9 AVG: a special category |
//! | scoring or profiling individuals | +1 | art. 4(4) and 22 AVG; AI Act Annex III 4 |
//! | consequences with legal or similarly significant effect (not an informal conversation) follow without a person looking first | +1 | art. 22 AVG (AVG-22-EFFECTS); Bărbulescu crit. 5 |
//! | kept beyond the norm for that kind of data | +1 | art. 5(1)(e) AVG, per kind ([`super::retention`]) |
//! | reused for a purpose not compatible with the first | +1 | art. 6(4) AVG (purpose creep) |
//! | pseudonymised | −1 | art. 4(5) AVG: still personal data, but not singled out at a glance |
//! | incidental, not systematic | −1 | Bărbulescu crit. 2 (time limits) |
//! | nobody looks at individual data but on a defined occasion (group reports only; unread below a threshold; two named persons after an incident) | −1 | Bărbulescu crit. 2 (how many people see the results); art. 25 AVG |
//!
//! Anonymous counts intrude on no one: no intrusion at all. The level stays between light
//! and very serious. Facts nobody established are read as the request's field docs say
//! (unknown identifiability counts as identified, unknown frequency as systematic — the
//! employer must justify the processing, art. 5(2) AVG); an unknown retention term or
//! unknown consequences add no step (the court does not supply facts, art. 24 Rv).

use crate::calibration::Calibration;
use crate::request::{
    Access, AiCapability, Frequency, Identifiability, Importance, Measure, Observed, Openness,
    Request, Technology,
};
use crate::ruling::{IntrusionBase, IntrusionFactor as I};

/// The intrusion of one measure: its base, its steps and its level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Intrusion {
    pub base: IntrusionBase,
    pub factors: Vec<(I, i8)>,
    pub level: Importance,
}

/// The base level for what a measure observes.
fn base(m: &Measure) -> IntrusionBase {
    if m.observes.contains(&Observed::CommunicationsContent) {
        IntrusionBase::CommunicationsContent
    } else if m.observes.iter().any(|o| {
        matches!(
            o,
            Observed::Behaviour | Observed::Performance | Observed::Location
        )
    }) {
        IntrusionBase::Conduct
    } else {
        IntrusionBase::Presence
    }
}

fn rank(level: Importance) -> i8 {
    match level {
        Importance::None => -1,
        Importance::Light => 0,
        Importance::Moderate => 1,
        Importance::Serious => 2,
        Importance::VerySerious => 3,
    }
}

fn level(rank: i8) -> Importance {
    match rank.clamp(0, 3) {
        0 => Importance::Light,
        1 => Importance::Moderate,
        2 => Importance::Serious,
        _ => Importance::VerySerious,
    }
}

/// Does the measure capture what happens in the home — a camera, the behaviour or the
/// whereabouts of the person — not merely read work sent from there (art. 8 ECHR)?
pub(crate) fn captures_home(m: &Measure) -> bool {
    m.technology == Technology::Camera
        || m.observes
            .iter()
            .any(|o| matches!(o, Observed::Behaviour | Observed::Location))
}

/// The intrusion of a measure of the request, or `None` if it processes no personal data.
pub(crate) fn of(cal: &Calibration, req: &Request, m: &Measure) -> Option<Intrusion> {
    if !m.processes_personal_data() {
        return None;
    }
    let base = base(m);
    let mut factors: Vec<(I, i8)> = Vec::new();
    if m.openness == Openness::Covert {
        factors.push((I::Covert, 1));
    }
    // The home (art. 8 ECHR): a measure that captures what happens there — a camera, the
    // behaviour or the whereabouts of the person — not one that reads work sent from there.
    let home = m.place.in_own_home();
    if home && captures_home(m) {
        factors.push((I::AtHome, 1));
        if m.housemates_recorded.is_yes() {
            factors.push((I::Housemates, 1));
        }
    }
    if home && m.more_intensive_at_home.is_yes() {
        factors.push((I::MoreIntensiveAtHome, 1));
    }
    if m.tracks_private_time() {
        factors.push((I::PrivateTime, 1));
    }
    if m.biometric.is_some() {
        factors.push((I::Biometric, 1));
    }
    if !m.special_categories.is_empty() {
        factors.push((I::SpecialCategories, 1));
    }
    let profiles = m.ai.as_ref().is_some_and(|ai| {
        ai.capabilities.iter().any(|c| {
            matches!(
                c,
                AiCapability::IndividualScoring
                    | AiCapability::Profiling
                    | AiCapability::RemoteBiometricIdentification
            )
        })
    });
    if profiles {
        factors.push((I::Profiling, 1));
    }
    // Only consequences with legal or similarly significant effect (art. 22(1) AVG): an
    // informal conversation is none (AVG-22-EFFECTS).
    if m.consequences.significant() && !req.human_intervention_of(m).proven() {
        factors.push((I::AutomatedConsequences, 1));
    }
    if super::retention::beyond(cal, m) {
        factors.push((I::LongRetention, 1));
    }
    if crate::legality::reuse(req, m).is_some_and(|r| !r.compatible) {
        factors.push((I::PurposeCreep, 1));
    }
    if m.identifiability == Identifiability::Pseudonymised {
        factors.push((I::Pseudonymised, -1));
    }
    if m.frequency == Frequency::Incidental {
        factors.push((I::Incidental, -1));
    }
    if matches!(
        m.access,
        Access::AggregateReportsOnly | Access::AutomatedNobodyReads | Access::FourEyes
    ) {
        factors.push((I::LimitedAccess, -1));
    }
    let start = rank(base.level());
    let steps: i8 = factors.iter().map(|(_, s)| *s).sum();
    Some(Intrusion {
        base,
        factors,
        level: level(start + steps),
    })
}
