//! Checks a typed request beyond what its types guarantee: unique element ids, references
//! to elements that exist, and limits that keep every evaluation small. Errors name the
//! JSON path of the field and what was expected.

use std::fmt;

use crate::request::Request;
use crate::syntax::quote;

/// Bad input: the JSON path of the field and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Where, as a JSON path (`$.regeling.elements[1].id`).
    pub path: String,
    /// What was expected, in words.
    pub expected: String,
}

impl InputError {
    /// An error at a path.
    pub fn new(path: impl Into<String>, expected: impl Into<String>) -> InputError {
        InputError {
            path: path.into(),
            expected: expected.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: expected {}", self.path, self.expected)
    }
}

impl std::error::Error for InputError {}

/// The most elements a regeling may have.
pub const MAX_ELEMENTS: usize = 32;
/// The most interests per side.
pub const MAX_INTERESTS: usize = 64;
/// The most alternatives.
pub const MAX_ALTERNATIVES: usize = 32;
/// The most entries in any other list.
pub const MAX_LIST: usize = 64;
/// The most calibration overrides. The readers refuse the first key too many before they
/// read it, so a request of a megabyte of keys costs no more than one of 64.
pub const MAX_OVERRIDES: usize = 64;
/// The longest text, in characters.
pub const MAX_TEXT: usize = 10_000;
/// The longest retention term, in days (100 years).
pub const MAX_RETENTION_DAYS: u32 = 36_500;

// Paths are built only when an error is reported: validation runs on every evaluation.

fn text(path: impl FnOnce() -> String, s: &str) -> R {
    if s.len() > MAX_TEXT && s.chars().count() > MAX_TEXT {
        return Err(Box::new(InputError::new(
            path(),
            format!("a text of at most {MAX_TEXT} characters"),
        )));
    }
    Ok(())
}

fn list<T>(path: impl FnOnce() -> String, v: &[T], max: usize) -> R {
    if v.len() > max {
        return Err(Box::new(InputError::new(
            path(),
            format!("a list of at most {max} entries"),
        )));
    }
    Ok(())
}

fn texts(path: impl Fn() -> String, v: &[String]) -> R {
    list(&path, v, MAX_LIST)?;
    for (i, s) in v.iter().enumerate() {
        text(|| format!("{}[{i}]", path()), s)?;
    }
    Ok(())
}

fn refs(path: impl Fn() -> String, names: &[String], ids: &[&str]) -> R {
    list(&path, names, MAX_ELEMENTS)?;
    for (i, n) in names.iter().enumerate() {
        if !ids.contains(&n.as_str()) {
            return Err(Box::new(InputError::new(
                format!("{}[{i}]", path()),
                format!(
                    "the id of an element of $.regeling.elements (one of {}), found {}",
                    ids.iter()
                        .map(|id| quote(id))
                        .collect::<Vec<_>>()
                        .join(", "),
                    quote(n)
                ),
            )));
        }
    }
    Ok(())
}

/// Check a request. See the module docs.
pub fn validate(r: &Request) -> Result<(), InputError> {
    check(r).map_err(|e| *e)
}

/// The checks' result: the error boxed, one pointer to pass on at every `?` (a smaller
/// WebAssembly module; errors are rare).
type R = Result<(), Box<InputError>>;

fn check(r: &Request) -> R {
    if let Some(f) = r.format.as_deref().filter(|f| *f != crate::FORMAT_VERSION) {
        return Err(Box::new(InputError::new(
            "$.format",
            format!(
                "the request format version `{}` (the one this library reads; see CHANGELOG.md), found {}",
                crate::FORMAT_VERSION,
                quote(f)
            ),
        )));
    }
    if let Some(t) = &r.title {
        text(|| "$.title".into(), t)?;
    }
    if let Some(name) = &r.employer.name {
        text(|| "$.employer.name".into(), name)?;
    }
    let reg = &r.regeling;
    text(|| "$.regeling.title".into(), &reg.title)?;
    list(|| "$.regeling.subjects".into(), &reg.subjects, 12)?;
    if reg.elements.is_empty() {
        return Err(Box::new(InputError::new(
            "$.regeling.elements",
            "at least one element",
        )));
    }
    list(|| "$.regeling.elements".into(), &reg.elements, MAX_ELEMENTS)?;
    let mut ids: Vec<&str> = Vec::with_capacity(reg.elements.len());
    for (i, el) in reg.elements.iter().enumerate() {
        let p = |field: &str| format!("$.regeling.elements[{i}].{field}");
        if el.id.is_empty() || el.id.chars().count() > 64 {
            return Err(Box::new(InputError::new(
                p("id"),
                "a non-empty id of at most 64 characters",
            )));
        }
        if ids.contains(&el.id.as_str()) {
            return Err(Box::new(InputError::new(
                p("id"),
                format!(
                    "an id unique among the elements, found {} twice",
                    quote(&el.id)
                ),
            )));
        }
        ids.push(&el.id);
        text(|| p("description"), &el.description)?;
        let m = &el.measure;
        list(|| p("measure.observes"), &m.observes, MAX_LIST)?;
        list(
            || p("measure.special_categories"),
            &m.special_categories,
            MAX_LIST,
        )?;
        if let Some(t) = m
            .legal_obligation
            .as_ref()
            .and_then(|o| o.provision.as_ref())
        {
            text(|| p("measure.legal_obligation.provision"), t)?;
        }
        if let Some(ai) = &m.ai {
            list(|| p("measure.ai.capabilities"), &ai.capabilities, MAX_LIST)?;
            list(
                || p("measure.ai.emotion_inferred_from"),
                &ai.emotion_inferred_from,
                MAX_LIST,
            )?;
        }
        if m.retention_days.is_some_and(|d| d > MAX_RETENTION_DAYS) {
            return Err(Box::new(InputError::new(
                p("measure.retention_days"),
                format!("a number of days from 0 to {MAX_RETENTION_DAYS}"),
            )));
        }
        let applicable = m.consequences.significant() || m.consequences.is_unknown();
        let not_applicable = Some(crate::request::HumanIntervention::NotApplicable);
        if applicable && m.human_intervention == not_applicable {
            return Err(Box::new(InputError::new(
                p("measure.human_intervention"),
                String::from(
                    "`not_applicable` only where no consequence with significant effect \
                     follows (consequences `none` or only an informal conversation); here one \
                     does, or it is not stated",
                ),
            )));
        }
        let kinds = &m.retention_per_kind;
        list(|| p("measure.retention_per_kind"), kinds, MAX_LIST)?;
        for (k, kind) in kinds.iter().enumerate() {
            if kind.days.is_some_and(|d| d > MAX_RETENTION_DAYS) {
                return Err(Box::new(InputError::new(
                    p(&format!("measure.retention_per_kind[{k}].days")),
                    format!("a number of days from 0 to {MAX_RETENTION_DAYS}"),
                )));
            }
        }
    }
    texts(
        || "$.procedure.or_conditions".into(),
        &r.procedure.or_conditions,
    )?;
    list(
        || "$.interests.employer".into(),
        &r.interests.employer,
        MAX_INTERESTS,
    )?;
    for (i, x) in r.interests.employer.iter().enumerate() {
        let p = |field: &str| format!("$.interests.employer[{i}].{field}");
        text(|| p("statement"), &x.statement)?;
        texts(|| p("evidence"), &x.evidence)?;
        refs(|| p("elements"), &x.elements, &ids)?;
    }
    list(
        || "$.interests.works_council".into(),
        &r.interests.works_council,
        MAX_INTERESTS,
    )?;
    for (i, x) in r.interests.works_council.iter().enumerate() {
        let p = |field: &str| format!("$.interests.works_council[{i}].{field}");
        text(|| p("statement"), &x.statement)?;
        texts(|| p("evidence"), &x.evidence)?;
        refs(|| p("elements"), &x.elements, &ids)?;
    }
    list(
        || "$.avg.alternatives".into(),
        &r.avg.alternatives,
        MAX_ALTERNATIVES,
    )?;
    for (i, a) in r.avg.alternatives.iter().enumerate() {
        let p = |field: &str| format!("$.avg.alternatives[{i}].{field}");
        text(|| p("description"), &a.description)?;
        if let Some(reason) = &a.rejection_reason {
            text(|| p("rejection_reason"), reason)?;
        }
        refs(|| p("elements"), &a.elements, &ids)?;
    }
    if r.calibration.len() > MAX_OVERRIDES {
        return Err(Box::new(InputError::new(
            "$.calibration",
            format!("at most {MAX_OVERRIDES} overrides"),
        )));
    }
    Ok(())
}
