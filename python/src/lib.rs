//! The kantonrechter engine for Python, through PyO3: the native module
//! `kantonrechter._native`, which `kantonrechter/__init__.py` wraps (dicts in and out, type
//! hints, the exception class).
//!
//! A thin layer with no legal logic of its own, mirroring the WebAssembly API
//! (`wasm/src/lib.rs`): every function takes the request as JSON text (so that input is as
//! strict as on the command line: unknown fields are errors) and returns JSON text, the same
//! bytes the CLI prints. Bad input raises `kantonrechter.InputError`, whose `path` names the
//! JSON path at fault (`$.regeling.elements[0].id`). The engine is pure and quick, but a
//! what-if search can take a second: it runs with the GIL released.

#![forbid(unsafe_code)]

use kantonrechter::Lang;
use kantonrechter::json;
use pyo3::prelude::*;

/// Why a call failed: the JSON path of the field at fault and a message in words.
struct Failure {
    /// Where, as a JSON path (`$` for the whole input), or the argument's name.
    path: String,
    /// What went wrong, starting with the path (`at $.as_of: expected …`).
    message: String,
    /// The kind of error (`kantonrechter::ErrorKind::code`); `invalid` for an argument.
    kind: &'static str,
}

impl Failure {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Failure {
            path: path.into(),
            message: message.into(),
            kind: "invalid",
        }
    }

    /// The Python exception: `kantonrechter.InputError(message, path, kind)`, a
    /// `ValueError` defined in Python (`kantonrechter/_errors.py`), so that this crate needs
    /// no `unsafe`.
    fn into_py_err(self, py: Python<'_>) -> PyErr {
        let made = py
            .import("kantonrechter._errors")
            .and_then(|m| m.getattr("InputError"))
            .and_then(|class| class.call1((self.message, self.path, self.kind)));
        match made {
            Ok(instance) => PyErr::from_value(instance),
            Err(e) => e,
        }
    }
}

/// A failure of the library, with its JSON path.
fn engine(e: kantonrechter::Error) -> Failure {
    Failure {
        kind: e.kind().code(),
        ..Failure::new(e.path().to_string(), e.to_string())
    }
}

/// A failure to read a request, with its JSON path.
fn input(e: kantonrechter::InputError) -> Failure {
    Failure {
        kind: e.kind().code(),
        ..Failure::new(e.path.clone(), e.to_string())
    }
}

/// Parse a language code: `nl` or `en`.
fn lang(code: &str) -> Result<Lang, Failure> {
    match code {
        "nl" => Ok(Lang::Nl),
        "en" => Ok(Lang::En),
        other => Err(Failure::new(
            "lang",
            format!("at lang: expected \"nl\" or \"en\", found {other:?}"),
        )),
    }
}

/// Run `f` with the GIL released and turn a failure into the Python exception.
fn run<T: Send>(
    py: Python<'_>,
    f: impl FnOnce() -> Result<T, Failure> + Send + Sync,
) -> PyResult<T> {
    py.detach(f).map_err(|e| e.into_py_err(py))
}

/// The ruling's report for a request as pretty JSON text: byte-identical to
/// `kantonrechter evaluate FILE --json --lang LANG`.
#[pyfunction]
fn evaluate(py: Python<'_>, request: &str, lang_code: &str) -> PyResult<String> {
    run(py, || {
        let lang = lang(lang_code)?;
        json::evaluate_to_json(request, lang).map_err(engine)
    })
}

/// The memo of a request's ruling as plain text (`format` = `text`) or Markdown (`md`):
/// byte-identical to `kantonrechter evaluate FILE --format FORMAT --lang LANG`.
#[pyfunction]
fn memo(py: Python<'_>, request: &str, lang_code: &str, format: &str) -> PyResult<String> {
    run(py, || {
        let lang = lang(lang_code)?;
        let markdown = match format {
            "text" => false,
            "md" => true,
            other => {
                return Err(Failure::new(
                    "format",
                    format!("at format: expected \"text\" or \"md\", found {other:?}"),
                ));
            }
        };
        json::evaluate_to_memo(request, lang, markdown).map_err(engine)
    })
}

/// The smallest sets of at most `max_changes` changes of one side that turn the outcome in
/// its favour, and the other side's concessions, as pretty JSON text: byte-identical to
/// `kantonrechter whatif FILE --json --max-changes N [--side SIDE] [--budget B]`.
/// `side`: `employer` or `works_council` (`None`: the side that lost); `budget`: the most
/// work, in units (`None`: the CLI's default).
#[pyfunction]
#[pyo3(signature = (request, lang_code, max_changes, side=None, budget=None))]
fn whatif(
    py: Python<'_>,
    request: &str,
    lang_code: &str,
    max_changes: usize,
    side: Option<&str>,
    budget: Option<u64>,
) -> PyResult<String> {
    use kantonrechter::ruling::Side;
    run(py, || {
        let lang = lang(lang_code)?;
        let max = kantonrechter::whatif::MAX_CHANGES;
        if max_changes > max {
            return Err(Failure::new(
                "max_changes",
                format!("at max_changes: expected a number from 0 to {max}, found {max_changes}"),
            ));
        }
        let side = match side {
            None => None,
            Some("employer") => Some(Side::Employer),
            Some("works_council") => Some(Side::WorksCouncil),
            Some(other) => {
                return Err(Failure::new(
                    "side",
                    format!("at side: expected \"employer\" or \"works_council\", found {other:?}"),
                ));
            }
        };
        let request = json::parse_request(request).map_err(input)?;
        let options = kantonrechter::whatif::Options {
            side,
            max_changes,
            budget,
        };
        let w = kantonrechter::whatif::whatif(&request, &options).map_err(engine)?;
        Ok(json::whatif_to_json(&w, lang))
    })
}

/// The `top` decided cases (`cases/`, embedded in the engine) closest to a request, nearest
/// first, as pretty JSON text: byte-identical to `kantonrechter similar FILE --json --top N`.
#[pyfunction]
fn similar(py: Python<'_>, request: &str, top: usize) -> PyResult<String> {
    run(py, || {
        let request = json::parse_request(request).map_err(input)?;
        let options = kantonrechter::Options::without_precedents();
        let ruling = kantonrechter::evaluate_with(&request, &options).map_err(engine)?;
        let base = kantonrechter::precedent::embedded()
            .map_err(|e| Failure::new("$", format!("the embedded case base is broken: {e}")))?;
        let neighbours = kantonrechter::precedent::similar(&request, ruling.outcome, base, top);
        Ok(json::to_json(&neighbours))
    })
}

/// The JSON Schema (draft 2020-12) of a request (`input`) or of the ruling's report
/// (`ruling`), as JSON text: as `kantonrechter schema input|ruling`.
#[pyfunction]
fn schema(py: Python<'_>, which: &str) -> PyResult<String> {
    match which {
        "input" => Ok(json::input_schema()),
        "ruling" => Ok(json::ruling_schema()),
        other => Err(Failure::new(
            "which",
            format!("at which: expected \"input\" or \"ruling\", found {other:?}"),
        )
        .into_py_err(py)),
    }
}

/// The rule catalogue as JSON text (as `kantonrechter rules --json`).
#[pyfunction]
fn rules() -> String {
    json::to_json(kantonrechter::law::CATALOGUE)
}

/// The calibration as JSON text: every number of the weighing model with its default and
/// documentation (as `kantonrechter calibration --json`).
#[pyfunction]
fn calibration() -> String {
    json::to_json(&kantonrechter::Calibration::default().entries())
}

/// The engine's name and version, e.g. `kantonrechter-python 0.1.0`.
#[pyfunction]
fn version() -> &'static str {
    concat!("kantonrechter-python ", env!("CARGO_PKG_VERSION"))
}

/// The native module: JSON text in, JSON text out (see `kantonrechter/__init__.py`).
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(evaluate, m)?)?;
    m.add_function(wrap_pyfunction!(memo, m)?)?;
    m.add_function(wrap_pyfunction!(whatif, m)?)?;
    m.add_function(wrap_pyfunction!(similar, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(calibration, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
