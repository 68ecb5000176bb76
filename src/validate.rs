//! Checks a typed request beyond what its types guarantee: unique element ids, references
//! to elements that exist, and limits that keep every evaluation small ([`crate::limits`]).
//! Errors name the JSON path of the field and what was expected.

use std::fmt;

use crate::limits::{
    MAX_ALTERNATIVES, MAX_ELEMENTS, MAX_ID, MAX_INTERESTS, MAX_LIST, MAX_OVERRIDES,
    MAX_RETENTION_DAYS, MAX_SUBJECTS, MAX_TEXT,
};
use crate::request::Request;
use crate::syntax::quote;

/// What kind of error an input error is: what an application can act on without reading
/// the message (which is for people, and may change). New kinds may be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not JSON (or ends too early, or nests too deep).
    Syntax,
    /// A value of the wrong type or form: a number where a text belongs, a date that does
    /// not exist, a decimal written as a binary float, a number out of its type's range.
    Type,
    /// A field the type does not have (the input is strict).
    UnknownField,
    /// A field (or a calibration key) given twice in one object.
    DuplicateField,
    /// A required field is missing.
    Missing,
    /// A code that is not one of the type's codes (`"yes"`, `"no"`, `"unknown"`, …).
    UnknownCode,
    /// Beyond one of the input limits ([`crate::limits`]): too many bytes, entries,
    /// characters, overrides or days; a calibration number out of its range.
    Limit,
    /// A calibration key that does not exist (`kantonrechter calibration` lists them).
    UnknownCalibrationKey,
    /// The request names a format version this library does not read (`$.format`).
    FormatVersion,
    /// Well-formed but not a valid request: an element id used twice, a reference to no
    /// element, facts that contradict each other, no elements at all; in a case file, a
    /// decision that breaks the file's rules.
    Invalid,
    /// The library has no law for the request's date ([`crate::Error::NoLawForDate`]).
    NoLawForDate,
}

impl ErrorKind {
    /// The kind as a stable code (`"unknown_field"`), as the WebAssembly and Python
    /// packages report it.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "syntax",
            ErrorKind::Type => "type",
            ErrorKind::UnknownField => "unknown_field",
            ErrorKind::DuplicateField => "duplicate_field",
            ErrorKind::Missing => "missing",
            ErrorKind::UnknownCode => "unknown_code",
            ErrorKind::Limit => "limit",
            ErrorKind::UnknownCalibrationKey => "unknown_calibration_key",
            ErrorKind::FormatVersion => "format_version",
            ErrorKind::Invalid => "invalid",
            ErrorKind::NoLawForDate => "no_law_for_date",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Bad input: the JSON path of the field, what was expected there, and the error's
/// [`kind`](InputError::kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Where, as a JSON path (`$.regeling.elements[1].id`).
    pub path: String,
    /// What was expected, in words (for people: the words may change; with the line and
    /// column where the text gives them, see [`InputError::line`]).
    pub expected: String,
    pub(crate) kind: ErrorKind,
}

impl InputError {
    /// An error at a path, of kind [`ErrorKind::Invalid`] (see [`InputError::with_kind`]).
    pub fn new(path: impl Into<String>, expected: impl Into<String>) -> InputError {
        InputError {
            path: path.into(),
            expected: expected.into(),
            kind: ErrorKind::Invalid,
        }
    }

    /// The same error, of another kind.
    pub fn with_kind(mut self, kind: ErrorKind) -> InputError {
        self.kind = kind;
        self
    }

    /// What kind of error it is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The line of the JSON text where the error is, from 1, if the error was found while
    /// reading a text (not for a typed request checked by [`crate::evaluate`]).
    pub fn line(&self) -> Option<usize> {
        self.position().map(|(line, _)| line)
    }

    /// The column (in characters, from 1) of the JSON text where the error is, if
    /// [`InputError::line`] is known.
    pub fn column(&self) -> Option<usize> {
        self.position().map(|(_, column)| column)
    }

    /// The position the message ends with: ` (line L, column C)` (the library's readers),
    /// or ` at line L column C` (serde_json's).
    fn position(&self) -> Option<(usize, usize)> {
        let e = self.expected.as_str();
        let number = |s: &str| s.parse::<usize>().ok();
        if let Some(body) = e.strip_suffix(')') {
            let i = body.rfind(" (line ")?;
            let (line, column) = body[i + 7..].split_once(", column ")?;
            return Some((number(line)?, number(column)?));
        }
        let i = e.rfind(" at line ")?;
        let (line, column) = e[i + 9..].split_once(" column ")?;
        Some((number(line)?, number(column)?))
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: expected {}", self.path, self.expected)
    }
}

impl std::error::Error for InputError {}

// Paths are built only when an error is reported: validation runs on every evaluation.

fn text(path: impl FnOnce() -> String, s: &str) -> R {
    if s.len() > MAX_TEXT && s.chars().count() > MAX_TEXT {
        return Err(Box::new(
            InputError::new(path(), format!("a text of at most {MAX_TEXT} characters"))
                .with_kind(ErrorKind::Limit),
        ));
    }
    Ok(())
}

fn list<T>(path: impl FnOnce() -> String, v: &[T], max: usize) -> R {
    if v.len() > max {
        return Err(Box::new(
            InputError::new(path(), format!("a list of at most {max} entries"))
                .with_kind(ErrorKind::Limit),
        ));
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
        )
        .with_kind(ErrorKind::FormatVersion)));
    }
    if let Some(t) = &r.title {
        text(|| "$.title".into(), t)?;
    }
    if let Some(name) = &r.employer.name {
        text(|| "$.employer.name".into(), name)?;
    }
    let reg = &r.regeling;
    text(|| "$.regeling.title".into(), &reg.title)?;
    list(|| "$.regeling.subjects".into(), &reg.subjects, MAX_SUBJECTS)?;
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
        if el.id.is_empty() || el.id.chars().count() > MAX_ID {
            return Err(Box::new(
                InputError::new(
                    p("id"),
                    format!("a non-empty id of at most {MAX_ID} characters"),
                )
                .with_kind(ErrorKind::Limit),
            ));
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
            return Err(Box::new(
                InputError::new(
                    p("measure.retention_days"),
                    format!("a number of days from 0 to {MAX_RETENTION_DAYS}"),
                )
                .with_kind(ErrorKind::Limit),
            ));
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
                return Err(Box::new(
                    InputError::new(
                        p(&format!("measure.retention_per_kind[{k}].days")),
                        format!("a number of days from 0 to {MAX_RETENTION_DAYS}"),
                    )
                    .with_kind(ErrorKind::Limit),
                ));
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
        return Err(Box::new(
            InputError::new(
                "$.calibration",
                format!("at most {MAX_OVERRIDES} overrides"),
            )
            .with_kind(ErrorKind::Limit),
        ));
    }
    Ok(())
}
