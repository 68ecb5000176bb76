//! Retention judged per kind of data against the norm for that kind (ADDENDUM 2026-12:
//! "the 28-day figure in the AP's camera guidance is a norm for camera images, not for every
//! kind of data").
//!
//! - **Camera images**: the calibrated camera term (`retention.camera_images_days`, four
//!   weeks; UNVERIFIED, see the key's documentation).
//! - **Working-time records**: the employer must keep them at least 52 weeks (art. 3.2:1
//!   Arbeidstijdenbesluit, ATB-3-2-1). A term the law requires is never excessive; the
//!   catalogue has no norm for what goes beyond it.
//! - **Every other kind** (badge logs, sensor data, GPS trips, software logs): the catalogue
//!   has no norm. The AVG asks that data be kept no longer than the purpose needs (art.
//!   5(1)(e)), which a court judges on the facts; the ruling says there is no norm rather than
//!   borrowing the camera term.
//!
//! - **A term tied to the employment** (`retention_until: end_of_employment`): the term
//!   follows the employment, not the purpose the data serve, so it is longer than the
//!   purpose needs (art. 5(1)(e): "no longer than is necessary for the purposes"; the
//!   maximum moves with the purpose). It raises the intrusion as a term beyond the norm
//!   does (RETENTION-EMPLOYMENT, INFERENCE) — except for working-time records, which the law
//!   requires to be kept at least 52 weeks whatever the employment.
//! - **Until proceedings end** (`retention_until: end_of_proceedings`): the data about an
//!   incident that leads to proceedings are kept beyond the term until those end. The right
//!   to erasure gives way where processing is necessary for the establishment, exercise or
//!   defence of legal claims (art. 17(3)(e) AVG): not excessive, no step
//!   (RETENTION-PROCEEDINGS, INFERENCE). The term in days is judged as usual.
//! - **Per kind** (`retention_per_kind`): each further kind of data a measure keeps is judged
//!   against the norm for that kind; one kind beyond its norm is enough for the step.
//!
//! An unknown term adds no intrusion (the court does not supply facts, art. 24 Rv); that the
//! regeling sets no term is said in the trace.

use rust_decimal::prelude::ToPrimitive;

use crate::calibration::Calibration;
use crate::request::{DataKind, Measure, Purpose, RetentionEvent, Technology};
use crate::ruling::{RetentionAssessment as A, RetentionNorm};

/// The least number of days working-time records must be kept: 52 weeks (ATB-3-2-1).
pub const WORKING_TIME_RECORDS_MIN_DAYS: u32 = 52 * 7;

/// The kind of a measure's main data: camera images for a camera, working-time records for
/// working-time registration, otherwise another kind without a norm.
fn main_kind(m: &Measure) -> DataKind {
    if m.technology == Technology::Camera {
        DataKind::CameraImages
    } else if m.purpose == Purpose::WorkingTimeRegistration {
        DataKind::WorkingTimeRecords
    } else {
        DataKind::Other
    }
}

/// The norm for a kind of data.
fn norm_of(cal: &Calibration, kind: DataKind) -> RetentionNorm {
    match kind {
        DataKind::CameraImages => {
            // The calibration keeps its numbers from 0 to 1000, so this fits.
            let days = cal.camera_days.trunc().to_u32().unwrap_or(u32::MAX);
            RetentionNorm::CameraImages { days }
        }
        DataKind::WorkingTimeRecords => RetentionNorm::WorkingTimeRecords {
            min_days: WORKING_TIME_RECORDS_MIN_DAYS,
        },
        _ => RetentionNorm::None,
    }
}

/// The norm for the kind of data a measure keeps.
pub(crate) fn norm(cal: &Calibration, m: &Measure) -> RetentionNorm {
    norm_of(cal, main_kind(m))
}

/// How the measure's retention term for its main data compares with the norm for their
/// kind (a term tied to the employment included).
pub(crate) fn assess(cal: &Calibration, m: &Measure) -> (RetentionNorm, A) {
    let norm = norm(cal, m);
    if m.retention_until == Some(RetentionEvent::EndOfEmployment) {
        return (norm, tied_to_employment(norm));
    }
    (norm, against(norm, m.retention_days))
}

/// A term tied to the employment: beyond what the purpose needs, unless the law requires
/// the kind be kept regardless (working-time records).
fn tied_to_employment(norm: RetentionNorm) -> A {
    match norm {
        RetentionNorm::WorkingTimeRecords { .. } => A::NoNorm,
        _ => A::TiedToEmployment,
    }
}

/// The further kinds of data of a measure, each with its term, norm and assessment.
pub(crate) fn per_kind(
    cal: &Calibration,
    m: &Measure,
) -> Vec<(DataKind, Option<u32>, RetentionNorm, A)> {
    m.retention_per_kind
        .iter()
        .map(|k| {
            let norm = norm_of(cal, k.kind);
            let a = if m.retention_until == Some(RetentionEvent::EndOfEmployment) {
                tied_to_employment(norm)
            } else {
                against(norm, k.days)
            };
            (k.kind, k.days, norm, a)
        })
        .collect()
}

/// Does any of the measure's data stay beyond what its kind allows (its main data, or a
/// further kind)? The intrusion's retention step.
pub(crate) fn beyond(cal: &Calibration, m: &Measure) -> bool {
    let over = |a: A| matches!(a, A::BeyondNorm | A::TiedToEmployment);
    over(assess(cal, m).1) || per_kind(cal, m).iter().any(|k| over(k.3))
}

/// Is every term of the measure shown to be within its norm or required by law?
pub(crate) fn all_short(cal: &Calibration, m: &Measure) -> bool {
    let short = |a: A| matches!(a, A::WithinNorm | A::RequiredByLaw);
    short(assess(cal, m).1) && per_kind(cal, m).iter().all(|k| short(k.3))
}

/// A term in days against a norm.
fn against(norm: RetentionNorm, days: Option<u32>) -> A {
    match (norm, days) {
        (_, None) => A::NotStated,
        (RetentionNorm::CameraImages { days: max }, Some(d)) => {
            if d <= max {
                A::WithinNorm
            } else {
                A::BeyondNorm
            }
        }
        (RetentionNorm::WorkingTimeRecords { min_days }, Some(d)) => {
            if d <= min_days {
                A::RequiredByLaw
            } else {
                A::NoNorm
            }
        }
        (RetentionNorm::None, Some(_)) => A::NoNorm,
    }
}
