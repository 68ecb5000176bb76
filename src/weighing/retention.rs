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
//! An unknown term adds no intrusion (the court does not supply facts, art. 24 Rv); that the
//! regeling sets no term is said in the trace.

use rust_decimal::prelude::ToPrimitive;

use crate::calibration::Calibration;
use crate::request::{Measure, Purpose, Technology};
use crate::ruling::{RetentionAssessment as A, RetentionNorm};

/// The least number of days working-time records must be kept: 52 weeks (ATB-3-2-1).
pub const WORKING_TIME_RECORDS_MIN_DAYS: u32 = 52 * 7;

/// The norm for the kind of data a measure keeps.
pub(crate) fn norm(cal: &Calibration, m: &Measure) -> RetentionNorm {
    if m.technology == Technology::Camera {
        // The calibration keeps its numbers from 0 to 1000, so this fits.
        let days = cal.camera_days.trunc().to_u32().unwrap_or(u32::MAX);
        RetentionNorm::CameraImages { days }
    } else if m.purpose == Purpose::WorkingTimeRegistration {
        RetentionNorm::WorkingTimeRecords {
            min_days: WORKING_TIME_RECORDS_MIN_DAYS,
        }
    } else {
        RetentionNorm::None
    }
}

/// How the measure's retention term compares with the norm for its kind of data.
pub(crate) fn assess(cal: &Calibration, m: &Measure) -> (RetentionNorm, A) {
    let norm = norm(cal, m);
    let assessment = match (norm, m.retention_days) {
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
    };
    (norm, assessment)
}
