//! How deep a measure intrudes on privacy, derived from its facts (DOMAIN §3: identifiable
//! vs anonymous, systematic vs incidental, covert vs announced, at home, biometric, content
//! of communications, profiling, retention).
//!
//! Each factor adds calibrated points; the sum maps to Alexy's scale (`privacy.moderate_from`,
//! `privacy.serious_from`). Anonymous counts intrude on no one: importance none. Unknown
//! facts count against the employer, who must justify the intrusion (art. 5(2) AVG).

use rust_decimal::Decimal;

use crate::calibration::Calibration;
use crate::request::{
    AiCapability, Frequency, Identifiability, Importance, Measure, Observed, Openness, Place,
};
use crate::ruling::IntrusionFactor as I;

/// The intrusion of one measure: its factors with their points, the total, and the level.
pub(crate) fn privacy_intrusion(
    cal: &Calibration,
    m: &Measure,
) -> (Vec<(I, Decimal)>, Decimal, Importance) {
    let mut factors = Vec::new();
    if !super::processes_personal_data(m) {
        return (factors, Decimal::ZERO, Importance::None);
    }
    match m.identifiability {
        Identifiability::Pseudonymised => factors.push((I::Pseudonymised, cal.p_pseudonymised)),
        _ => factors.push((I::Identified, cal.p_identified)),
    }
    if m.frequency != Frequency::Incidental {
        factors.push((I::Systematic, cal.p_systematic));
    }
    if m.openness == Openness::Covert {
        factors.push((I::Covert, cal.p_covert));
    }
    if matches!(m.place, Place::Home | Place::OfficeAndHome) {
        factors.push((I::AtHome, cal.p_home));
    }
    if m.biometric.is_some() {
        factors.push((I::Biometric, cal.p_biometric));
    }
    if m.observes.contains(&Observed::CommunicationsContent) {
        factors.push((I::CommunicationsContent, cal.p_content));
    }
    if m.observes.contains(&Observed::Location) {
        factors.push((I::Location, cal.p_location));
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
        factors.push((I::Profiling, cal.p_profiling));
    }
    let long = m
        .retention_days
        .is_none_or(|d| Decimal::from(d) > cal.retention_days);
    if long {
        factors.push((I::LongRetention, cal.p_retention));
    }
    let points: Decimal = factors.iter().map(|(_, p)| *p).sum();
    let level = if points >= cal.serious_from {
        Importance::Serious
    } else if points >= cal.moderate_from {
        Importance::Moderate
    } else {
        Importance::Light
    };
    (factors, points, level)
}
