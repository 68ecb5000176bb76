//! The command-line interface: the only place (with `wasm/`) that reads files.
//!
//! Exit codes: 0 with a ruling (or other output), 2 on bad input (with a message naming the
//! field or JSON path and what was expected), 1 on other failures.
//!
//! Output is written through one lock on standard output, and every write is checked:
//! output to a reader that stops reading (a broken pipe, as `| head -c1` gives) ends
//! quietly with exit 0, as Unix tools end it; output that cannot be written (a full disk,
//! any other error) is an error of one line on standard error, exit 1. Never a panic.

#![forbid(unsafe_code)]

use std::io::{ErrorKind, Read, Write};
use std::path::Path;
use std::process::ExitCode;

mod cases_cmd;
mod whatif_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use kantonrechter::json::{self, MAX_INPUT_BYTES};
use kantonrechter::{Date, Lang};

/// Simulates how a Dutch kantonrechter decides a request for substitute consent
/// (art. 27 lid 4 WOR). A simulation, not legal advice.
#[derive(Parser)]
#[command(name = "kantonrechter", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Text,
    Md,
    Json,
    /// The ruling in compact form, one line of JSON: rules by id only, no memo, no receipt
    /// (what the WASM `ruling()` returns, byte for byte).
    Compact,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaKind {
    Input,
    Ruling,
    /// The ruling in compact form (`evaluate --format compact`).
    Compact,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate a request (a JSON file, or - for standard input) and print the ruling.
    Evaluate {
        /// The request: a JSON file, or - for standard input.
        file: String,
        /// The output: the memo as text or Markdown (summary, facts, reasoning, decision,
        /// evidence checklist), the report and memo as JSON, or the ruling in compact form
        /// (one line of JSON; rules by id, as in `rules --json`; no memo, no receipt).
        #[arg(long, value_enum, default_value = "text")]
        format: FormatArg,
        /// Print the ruling as JSON (the same as --format json).
        #[arg(long)]
        json: bool,
        /// Print the numbered trace of every step, with its rule, instead of the memo.
        #[arg(long, conflicts_with_all = ["json"])]
        trace: bool,
        /// The language of the ruling.
        #[arg(long, value_enum, default_value = "nl")]
        lang: LangArg,
        /// Apply the law of this day instead of the request's as_of (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        as_of: Option<Date>,
    },
    /// Print the receipt of a request's ruling: format, engine and law versions, and the
    /// SHA-256 of the request in canonical form (as in the report of `evaluate --json`).
    Receipt {
        /// The request: a JSON file, or - for standard input.
        file: String,
    },
    /// What would change the outcome: the smallest sets of changes that flip the ruling.
    Whatif(whatif_cmd::WhatifArgs),
    /// Evaluate every decided case of a directory and print how often the engine agrees
    /// with the courts (exit 1 if an unmarked case disagrees or a mark no longer holds).
    Cases(cases_cmd::CasesArgs),
    /// List the decided cases closest to a request, with what differs and whether they
    /// support or contradict the engine's outcome a fortiori.
    Similar(cases_cmd::SimilarArgs),
    /// Print the JSON Schema of the input or of the ruling.
    Schema {
        /// Which schema.
        #[arg(value_enum, default_value = "input")]
        kind: SchemaKind,
    },
    /// Print the calibration: every number of the weighing model, with its default.
    Calibration {
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the rule catalogue: ids, titles, status, dates and sources.
    Rules {
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// A failure with its exit code, and what the command had to print before it fails
/// (`cases` prints its table, then fails if a mark no longer holds).
struct Failure {
    code: u8,
    message: String,
    output: String,
}

fn bad_input(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: message.into(),
        output: String::new(),
    }
}

fn read_input(file: &str) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let limit = (MAX_INPUT_BYTES + 1) as u64;
    let result = if file == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        let path = Path::new(file);
        std::fs::File::open(path)
            .map_err(|e| bad_input(format!("{}: cannot read the request: {e}", path.display())))?
            .take(limit)
            .read_to_end(&mut bytes)
    };
    result.map_err(|e| bad_input(format!("{file}: cannot read the request: {e}")))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(bad_input(format!(
            "{file}: at $: expected a request of at most {MAX_INPUT_BYTES} bytes, the file is larger"
        )));
    }
    String::from_utf8(bytes)
        .map_err(|e| bad_input(format!("{file}: at $: expected UTF-8 text: {e}")))
}

fn evaluate(
    file: &str,
    format: FormatArg,
    trace: bool,
    lang: Lang,
    as_of: Option<Date>,
) -> Result<String, Failure> {
    let text = read_input(file)?;
    let mut request = json::parse_request(&text).map_err(|e| bad_input(format!("{file}: {e}")))?;
    if let Some(day) = as_of {
        request.as_of = day;
    }
    // A broken embedded case base is a failure of the build, said as such (exit 1).
    cases_cmd::check_case_base()?;
    let ruling =
        kantonrechter::evaluate(&request).map_err(|e| bad_input(format!("{file}: {e}")))?;
    if format == FormatArg::Compact {
        return Ok(json::compact_to_json(&ruling.compact(lang)));
    }
    let report = ruling.report(lang);
    if trace && format == FormatArg::Text {
        return Ok(report.to_text());
    }
    let memo = kantonrechter::memo::Memo::new(&request, &ruling, &report)
        .map_err(|e| bad_input(format!("{file}: {e}")))?;
    Ok(match format {
        FormatArg::Json => json::to_json(&kantonrechter::memo::Document { report, memo }),
        FormatArg::Md => memo.to_markdown(),
        FormatArg::Text | FormatArg::Compact => memo.to_text(),
    })
}

fn calibration(as_json: bool) -> String {
    let entries = kantonrechter::Calibration::default().entries();
    if as_json {
        return json::to_json(&entries);
    }
    let mut out = String::new();
    for e in entries {
        out.push_str(&format!(
            "{:<42} {:>6}  {}\n",
            e.key,
            e.default.normalize(),
            e.doc
        ));
    }
    out
}

fn rules(as_json: bool) -> String {
    let catalogue = kantonrechter::law::CATALOGUE;
    if as_json {
        return json::to_json(catalogue);
    }
    let mut out = String::new();
    for r in catalogue {
        let from = r.from.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
        let until = r.until.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
        out.push_str(&format!(
            "{:<20} {:?} [{from} … {until}]\n  {}\n",
            r.id.code(),
            r.status,
            r.title_en
        ));
        for s in r.sources {
            out.push_str(&format!(
                "  - {}{}\n",
                s.label,
                s.url.map(|u| format!(" <{u}>")).unwrap_or_default()
            ));
        }
    }
    out
}

fn run(cli: Cli) -> Result<String, Failure> {
    match cli.command {
        Command::Evaluate {
            file,
            format,
            json,
            trace,
            lang,
            as_of,
        } => {
            let format = if json { FormatArg::Json } else { format };
            evaluate(&file, format, trace, lang.into(), as_of)
        }
        Command::Schema {
            kind: SchemaKind::Input,
        } => Ok(json::input_schema()),
        Command::Schema {
            kind: SchemaKind::Ruling,
        } => Ok(json::ruling_schema()),
        Command::Schema {
            kind: SchemaKind::Compact,
        } => Ok(json::compact_schema()),
        Command::Receipt { file } => {
            let text = read_input(&file)?;
            json::receipt_to_json(&text).map_err(|e| bad_input(format!("{file}: {e}")))
        }
        Command::Calibration { json } => Ok(calibration(json)),
        Command::Rules { json } => Ok(rules(json)),
        Command::Whatif(args) => whatif_cmd::run(args),
        Command::Cases(args) => cases_cmd::run_cases(args),
        Command::Similar(args) => cases_cmd::run_similar(args),
    }
}

/// Write the output to standard output, through one lock, with every error returned. A
/// reader that stopped reading (a broken pipe) is not an error: the output ends there.
fn write_output(out: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        written => written,
    }
}

/// Say what went wrong, on one line of standard error. If even that cannot be written,
/// there is no one left to tell: the exit code still says it.
fn report(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "error: {message}");
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // `--help`, `--version` or a usage error: clap's text (to standard output or
        // standard error, as clap chooses), with the same care as any output.
        Err(e) => {
            let printed = e.print().and_then(|()| std::io::stdout().flush());
            if let Err(w) = printed.or_else(|w| match w.kind() {
                ErrorKind::BrokenPipe => Ok(()),
                _ => Err(w),
            }) {
                report(&format!("cannot write the output: {w}"));
                return ExitCode::from(1);
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let (output, failure) = match run(cli) {
        Ok(out) => (out, None),
        Err(mut f) => (std::mem::take(&mut f.output), Some(f)),
    };
    let mut code = 0;
    if let Err(e) = write_output(&output) {
        report(&format!("cannot write the output: {e}"));
        code = 1;
    }
    if let Some(f) = failure {
        report(&f.message);
        code = f.code;
    }
    ExitCode::from(code)
}
