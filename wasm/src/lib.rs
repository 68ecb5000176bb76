//! The kantonrechter engine for JavaScript, through wasm-bindgen.
//!
//! A thin layer with no legal logic of its own: every function takes JSON text (so that
//! input is as strict as on the command line: unknown fields are errors) and returns JSON
//! text, the same bytes the native CLI prints. Errors are thrown as a JavaScript `Error`
//! whose `path` property names the JSON path at fault (`$.regeling.elements[0].id`) and whose
//! `kind` property the kind of error (`unknown_field`, `limit`, …: `ErrorKind::code`).
//!
//! Nothing here panics on input: the engine returns errors instead, and this layer only
//! formats them.

#![forbid(unsafe_code)]

use kantonrechter::Lang;
use kantonrechter::json;
use wasm_bindgen::prelude::*;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/examples.rs"));
}

/// Why a call failed: the JSON path of the field at fault and a message in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Where, as a JSON path (`$` for the whole input).
    pub path: String,
    /// What went wrong, starting with the path (`at $.as_of: expected …`).
    pub message: String,
    /// What kind of error it is, as a stable code (`kantonrechter::ErrorKind::code`:
    /// `syntax`, `type`, `unknown_field`, `limit`, `no_law_for_date`, …); `invalid` for an
    /// argument out of its range.
    pub kind: &'static str,
}

impl Failure {
    /// An error of the engine, with its path and kind.
    pub fn engine(e: kantonrechter::Error) -> Failure {
        Failure {
            kind: e.kind().code(),
            path: e.path().to_string(),
            message: e.to_string(),
        }
    }

    /// An input error, with its path and kind.
    pub fn input(e: kantonrechter::InputError) -> Failure {
        Failure {
            kind: e.kind().code(),
            path: e.path.clone(),
            message: e.to_string(),
        }
    }
}

/// The functions in plain Rust, so they can be tested natively and used by other Rust code
/// that wants exactly what the JavaScript API returns.
pub mod api {
    use super::{Failure, Lang, json};

    /// Parse a language code: `nl` or `en`.
    pub fn lang(code: &str) -> Result<Lang, Failure> {
        match code {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            other => Err(Failure {
                kind: "invalid",
                path: "lang".into(),
                message: format!("at lang: expected \"nl\" or \"en\", found {other:?}"),
            }),
        }
    }

    /// The ruling's report for a request, as pretty JSON text: byte-identical to
    /// `kantonrechter evaluate FILE --json --lang LANG`.
    pub fn evaluate(request: &str, lang_code: &str) -> Result<String, Failure> {
        let lang = lang(lang_code)?;
        json::evaluate_to_json(request, lang).map_err(Failure::engine)
    }

    /// The ruling in compact form as one line of JSON: byte-identical to
    /// `kantonrechter evaluate FILE --format compact --lang LANG`. Rules by id only (titles,
    /// status and sources are in [`rules`](crate::rules)), no memo, no receipt.
    pub fn ruling(request: &str, lang_code: &str) -> Result<String, Failure> {
        let lang = lang(lang_code)?;
        json::evaluate_to_compact(request, lang).map_err(Failure::engine)
    }

    /// [`ruling`] for a request given as UTF-8 bytes (what JavaScript's `TextEncoder`
    /// gives): the same answer for the same text; bytes that are not UTF-8 are a `syntax`
    /// error at `$`.
    pub fn ruling_utf8(request: &[u8], lang_code: &str) -> Result<String, Failure> {
        let text = std::str::from_utf8(request).map_err(|e| {
            // Where the bad byte is, as the engine's other errors say it: line and column
            // (in characters) of the valid text before it.
            let before = std::str::from_utf8(&request[..e.valid_up_to()]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Failure {
                kind: kantonrechter::ErrorKind::Syntax.code(),
                path: "$".into(),
                message: format!(
                    "at $: expected UTF-8 text, found a byte that is not ({e}) (line {line}, column {column})"
                ),
            }
        })?;
        ruling(text, lang_code)
    }

    /// The receipt of a request's ruling as pretty JSON: byte-identical to
    /// `kantonrechter receipt FILE`.
    pub fn receipt(request: &str) -> Result<String, Failure> {
        json::receipt_to_json(request).map_err(Failure::engine)
    }

    /// The memo of a request's ruling as plain text (`format` = `text`) or Markdown
    /// (`md`): byte-identical to `kantonrechter evaluate FILE --format FORMAT --lang LANG`.
    pub fn memo(request: &str, lang_code: &str, format: &str) -> Result<String, Failure> {
        let lang = lang(lang_code)?;
        let markdown = match format {
            "text" => false,
            "md" => true,
            other => {
                return Err(Failure {
                    kind: "invalid",
                    path: "format".into(),
                    message: format!("at format: expected \"text\" or \"md\", found {other:?}"),
                });
            }
        };
        json::evaluate_to_memo(request, lang, markdown).map_err(Failure::engine)
    }

    /// The smallest sets of at most `max_changes` changes of one side that turn the outcome
    /// in its favour, and apart from them the other side's concessions, as pretty JSON text:
    /// byte-identical to `kantonrechter whatif FILE --json --max-changes N [--side SIDE]
    /// [--budget B]`. `side`: `employer` or `works_council` (`None`: the side that lost);
    /// `budget`: the most work, in units (`None`: the CLI's default). Takes a request (not a
    /// case file: reading one from text would link a second copy of the request's
    /// deserialiser into the module).
    pub fn whatif(
        request: &str,
        lang_code: &str,
        max_changes: u32,
        side: Option<&str>,
        budget: Option<u32>,
    ) -> Result<String, Failure> {
        use kantonrechter::ruling::Side;
        let lang = lang(lang_code)?;
        let max = kantonrechter::whatif::MAX_CHANGES;
        let n = usize::try_from(max_changes).unwrap_or(usize::MAX);
        if n > max {
            return Err(Failure {
                kind: "invalid",
                path: "maxChanges".into(),
                message: format!(
                    "at maxChanges: expected a number from 0 to {max}, found {max_changes}"
                ),
            });
        }
        let side = match side {
            None => None,
            Some("employer") => Some(Side::Employer),
            Some("works_council") => Some(Side::WorksCouncil),
            Some(other) => {
                return Err(Failure {
                    kind: "invalid",
                    path: "side".into(),
                    message: format!(
                        "at side: expected \"employer\" or \"works_council\", found {other:?}"
                    ),
                });
            }
        };
        let request = json::parse_request(request).map_err(Failure::input)?;
        let options = kantonrechter::whatif::Options {
            side,
            max_changes: n,
            budget: budget.map(u64::from),
        };
        let w = kantonrechter::whatif::whatif(&request, &options).map_err(Failure::engine)?;
        Ok(json::whatif_to_json(&w, lang))
    }

    /// The `top` decided cases (`cases/`, embedded in the engine) closest to a request,
    /// nearest first, as pretty JSON text: byte-identical to
    /// `kantonrechter similar FILE --json --top N`.
    pub fn similar(request: &str, top: u32) -> Result<String, Failure> {
        let request = json::parse_request(request).map_err(Failure::input)?;
        let options = kantonrechter::Options::without_precedents();
        let ruling = kantonrechter::evaluate_with(&request, &options).map_err(Failure::engine)?;
        let base = kantonrechter::precedent::embedded().map_err(|e| Failure {
            kind: "invalid",
            path: "$".into(),
            message: format!("the embedded case base is broken: {e}"),
        })?;
        let top = usize::try_from(top).unwrap_or(usize::MAX);
        let neighbours = kantonrechter::precedent::similar(&request, ruling.outcome, base, top);
        Ok(json::to_json(&neighbours))
    }

    /// The embedded scenarios as a JSON array of `{"id": …, "request": {…}}`, in file-name
    /// order; each `request` is the example file's JSON, compact (`wasm/build.rs`).
    pub fn examples() -> String {
        let mut out = String::from("[");
        for (i, (id, text)) in super::embedded::EXAMPLES.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("\n{\"id\": ");
            // The pretty serialiser, which the module has anyway: a string is the same in both.
            out.push_str(json::to_json(id).trim_end());
            out.push_str(", \"request\": ");
            out.push_str(text.trim_end());
            out.push('}');
        }
        out.push_str("\n]\n");
        out
    }
}

#[wasm_bindgen]
extern "C" {
    /// The global `Error` constructor.
    #[wasm_bindgen(js_name = Error)]
    type JsErr;
    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> JsErr;
    #[wasm_bindgen(method, setter = path, js_class = "Error")]
    fn set_path(this: &JsErr, path: &str);
    #[wasm_bindgen(method, setter = kind, js_class = "Error")]
    fn set_kind(this: &JsErr, kind: &str);
}

/// A JavaScript `Error` with the message and the properties `path` and `kind`.
fn to_js(f: Failure) -> JsValue {
    let e = JsErr::new(&f.message);
    e.set_path(&f.path);
    e.set_kind(f.kind);
    e.into()
}

/// Evaluate a request and return the ruling's report as pretty JSON text, byte for byte
/// what `kantonrechter evaluate FILE --json --lang LANG` prints.
///
/// Throws an `Error` with a `path` property (the JSON path at fault) on bad input.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = evaluate)]
pub fn evaluate_js(
    #[wasm_bindgen(param_description = "The request as JSON text (see `inputSchema()`).")]
    request: &str,
    #[wasm_bindgen(
        unchecked_param_type = "\"nl\" | \"en\"",
        param_description = "The language of the texts in the report."
    )]
    lang: &str,
) -> Result<String, JsValue> {
    api::evaluate(request, lang).map_err(to_js)
}

/// Evaluate a request and return the ruling in compact form, one line of JSON, byte for
/// byte what `kantonrechter evaluate FILE --format compact --lang LANG` prints: outcome,
/// ground, stage, summary, weights, parts, and each step's rule id, element, finding and
/// effect. The rules' titles, status and sources are in `rules()`, read once; the receipt is
/// `receipt()`, on demand. The call for a page that rules as the user types.
///
/// Throws an `Error` with a `path` property (the JSON path at fault) on bad input.
#[wasm_bindgen(js_name = ruling)]
pub fn ruling_js(
    #[wasm_bindgen(param_description = "The request as JSON text (see `inputSchema()`).")]
    request: &str,
    #[wasm_bindgen(
        unchecked_param_type = "\"nl\" | \"en\"",
        param_description = "The language of the texts in the ruling."
    )]
    lang: &str,
) -> Result<String, JsValue> {
    api::ruling(request, lang).map_err(to_js)
}

/// `ruling()` for a request given as UTF-8 bytes (`new TextEncoder().encode(text)`): the
/// same answer for the same text, and faster for long requests, since the bytes are copied
/// whole where a string is copied into the module character by character. The package's
/// entry module (`kantonrechter.js`) calls this for `ruling()`.
///
/// Throws an `Error` with a `path` property on bad input (`kind` `syntax` for bytes that are
/// not UTF-8).
#[wasm_bindgen(js_name = rulingUtf8)]
pub fn ruling_utf8_js(
    #[wasm_bindgen(param_description = "The request as UTF-8 bytes of JSON text.")]
    request: &[u8],
    #[wasm_bindgen(
        unchecked_param_type = "\"nl\" | \"en\"",
        param_description = "The language of the texts in the ruling."
    )]
    lang: &str,
) -> Result<String, JsValue> {
    api::ruling_utf8(request, lang).map_err(to_js)
}

/// The receipt of a request's ruling (format, engine and law versions, the SHA-256 of the
/// request in canonical form, whether precedents were checked) as pretty JSON text, byte for
/// byte what `kantonrechter receipt FILE` prints.
///
/// Throws an `Error` with a `path` property on bad input.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = receipt)]
pub fn receipt_js(
    #[wasm_bindgen(param_description = "The request as JSON text.")] request: &str,
) -> Result<String, JsValue> {
    api::receipt(request).map_err(to_js)
}

/// The memo of a request's ruling — summary, facts, reasoning, decision, costs and evidence
/// checklist — as plain text or Markdown, byte for byte what `kantonrechter evaluate FILE
/// --format text|md --lang LANG` prints.
///
/// Throws an `Error` with a `path` property on bad input.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = memo)]
pub fn memo_js(
    #[wasm_bindgen(param_description = "The request as JSON text.")] request: &str,
    #[wasm_bindgen(
        unchecked_param_type = "\"nl\" | \"en\"",
        param_description = "The language of the memo."
    )]
    lang: &str,
    #[wasm_bindgen(
        unchecked_param_type = "\"text\" | \"md\"",
        param_description = "Plain text or Markdown."
    )]
    format: &str,
) -> Result<String, JsValue> {
    api::memo(request, lang, format).map_err(to_js)
}

/// The smallest sets of at most `maxChanges` (0 to 4) changes of one side that turn the
/// outcome in its favour, as pretty JSON text (as `kantonrechter whatif FILE --json`): the
/// side, its levers, the minimal flips (each with its changes in Dutch and English, their
/// preconditions and evidence, the new outcome and the full changed request), apart from
/// them the other side's concessions, and the budget, the work spent and whether the search
/// was cut. The work is counted, not timed: the same result as the CLI, at the same point.
///
/// Throws an `Error` with a `path` property on bad input.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = whatif)]
pub fn whatif_js(
    #[wasm_bindgen(param_description = "The request as JSON text.")] request: &str,
    #[wasm_bindgen(
        unchecked_param_type = "\"nl\" | \"en\"",
        param_description = "The language of the texts."
    )]
    lang: &str,
    #[wasm_bindgen(
        js_name = maxChanges,
        param_description = "The most changes to combine, 0 to 4 (the CLI's default is 3)."
    )]
    max_changes: u32,
    #[wasm_bindgen(
        unchecked_param_type = "\"employer\" | \"works_council\" | undefined",
        param_description = "Whose changes: by default the side that lost."
    )]
    side: Option<String>,
    #[wasm_bindgen(
        param_description = "The most work, in units (by default the CLI's: 30,000,000, about a second natively)."
    )]
    budget: Option<u32>,
) -> Result<String, JsValue> {
    api::whatif(request, lang, max_changes, side.as_deref(), budget).map_err(to_js)
}

/// The `top` decided cases closest to a request, nearest first, as pretty JSON text (as
/// `kantonrechter similar FILE --json --top N`): each with the decision (id, name, date,
/// outcome, url), its distance from 0 to 1, how it stands to the engine's outcome for the
/// request (`supports_a_fortiori`, `contradicts_a_fortiori`, `distinguishable` or null) and
/// what differs, feature by feature. A heuristic for finding cases to read, not a legal test.
///
/// Throws an `Error` with a `path` property on bad input.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = similar)]
pub fn similar_js(
    #[wasm_bindgen(param_description = "The request as JSON text.")] request: &str,
    #[wasm_bindgen(param_description = "How many cases to list (the CLI's default is 5).")]
    top: u32,
) -> Result<String, JsValue> {
    api::similar(request, top).map_err(to_js)
}

/// The JSON Schema (draft 2020-12) of a request. Only with the cargo feature `schema`
/// (it doubles the module's size); the npm package ships the schemas as
/// `schema/input.schema.json` and `schema/ruling.schema.json` instead.
#[cfg(feature = "schema")]
#[wasm_bindgen(js_name = inputSchema)]
pub fn input_schema() -> String {
    json::input_schema()
}

/// The JSON Schema (draft 2020-12) of the ruling's report. Only with the cargo feature
/// `schema`.
#[cfg(feature = "schema")]
#[wasm_bindgen(js_name = rulingSchema)]
pub fn ruling_schema() -> String {
    json::ruling_schema()
}

/// The example scenarios as JSON text: an array of `{"id": string, "request": Request}`.
/// Without the feature `full` (the page's first-ruling module) only the page's first one.
#[wasm_bindgen]
pub fn examples() -> String {
    api::examples()
}

/// The rule catalogue as JSON text: ids, Dutch and English titles, status, dates and
/// sources (as `kantonrechter rules --json`).
#[wasm_bindgen]
pub fn rules() -> String {
    json::to_json(kantonrechter::law::CATALOGUE)
}

/// The calibration as JSON text: every number of the weighing model with its default and
/// documentation (as `kantonrechter calibration --json`). A request may override any of
/// them in its `calibration` map.
#[wasm_bindgen]
pub fn calibration() -> String {
    json::to_json(&kantonrechter::Calibration::default().entries())
}

/// The engine's name and version, e.g. `kantonrechter 0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    concat!("kantonrechter-wasm ", env!("CARGO_PKG_VERSION")).to_string()
}
