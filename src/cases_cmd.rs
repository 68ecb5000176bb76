//! `kantonrechter cases [DIR] [--json|--markdown] [--blind DIR] [--own-blind DIR]`: the
//! conformance table of the decided cases, with the blind encodings evaluated beside it; `kantonrechter similar FILE [--json] [--top N]`: the closest decided cases; and
//! the precedent check that `evaluate` adds to a ruling (see `kantonrechter::cases` and
//! `kantonrechter::precedent`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Args;
use kantonrechter::cases::{self, BlindOutcome, CaseFile, Conformance, MarkKind};
use kantonrechter::json;
use kantonrechter::precedent::{self, Relation};
use kantonrechter::{Lang, Request};

use crate::{Failure, LangArg, bad_input, read_input};

/// The arguments of `cases`.
#[derive(Args)]
pub struct CasesArgs {
    /// The directory of case files (`*.json`).
    #[arg(default_value = "cases")]
    dir: PathBuf,
    /// Print the table and totals as JSON.
    #[arg(long, conflicts_with = "markdown")]
    json: bool,
    /// Print the table and totals as Markdown (for the book and the README).
    #[arg(long)]
    markdown: bool,
    /// The blind encodings to evaluate: requests (`*.json`) encoded by someone who did not
    /// know the outcome, and their `outcomes.json` [default: DIR/blind/shared, the copy of
    /// the shared `caselaw/blind`, when it exists].
    #[arg(long, value_name = "DIR")]
    blind: Option<PathBuf>,
    /// The project's own blind encodings, in the same format [default: DIR/blind/own, when
    /// it exists].
    #[arg(long, value_name = "DIR")]
    own_blind: Option<PathBuf>,
}

/// The arguments of `similar`.
#[derive(Args)]
pub struct SimilarArgs {
    /// The request, or a case file with a top-level `request`: a JSON file, or - for
    /// standard input.
    file: String,
    /// Print the neighbours as JSON.
    #[arg(long)]
    json: bool,
    /// How many decided cases to list.
    #[arg(long, value_name = "N", default_value_t = 5)]
    top: usize,
    /// The language of the factor labels.
    #[arg(long, value_enum, default_value = "nl")]
    lang: LangArg,
}

/// Read every `*.json` of a directory, in file-name order, as case files.
fn read_cases(dir: &Path) -> Result<Vec<(String, CaseFile)>, Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| bad_input(format!("{}: cannot read the directory: {e}", dir.display())))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(bad_input(format!(
            "{}: expected case files (*.json), found none",
            dir.display()
        )));
    }
    paths
        .iter()
        .map(|p| {
            let file = p.display().to_string();
            let text = read_input(&file)?;
            let case = json::parse_case(&text).map_err(|e| bad_input(format!("{file}: {e}")))?;
            Ok((file, case))
        })
        .collect()
}

/// A directory of blind encodings: each file's stem with its request, and the outcomes.
type Blind = (Vec<(String, Request)>, BTreeMap<String, BlindOutcome>);

/// Read a directory of blind encodings: every `*.json` but `outcomes.json` as a request
/// (in file-name order, by stem), and `outcomes.json`.
fn read_blind(dir: &Path) -> Result<Blind, Failure> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        bad_input(format!(
            "{}: cannot read the blind encodings (name them with --blind DIR): {e}",
            dir.display()
        ))
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "outcomes.json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(bad_input(format!(
            "{}: expected blind encodings (*.json), found none",
            dir.display()
        )));
    }
    let outcomes_file = dir.join("outcomes.json");
    let outcomes_name = outcomes_file.display().to_string();
    let text = read_input(&outcomes_name)?;
    let outcomes = json::parse_blind_outcomes(&text)
        .map_err(|e| bad_input(format!("{outcomes_name}: {e}")))?;
    let requests = paths
        .iter()
        .map(|p| {
            let file = p.display().to_string();
            let text = read_input(&file)?;
            let request =
                json::parse_request(&text).map_err(|e| bad_input(format!("{file}: {e}")))?;
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok((stem, request))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    Ok((requests, outcomes))
}

/// Evaluate the blind encodings of `dir`.
fn blind_run(dir: &Path) -> Result<cases::BlindRun, Failure> {
    let (requests, outcomes) = read_blind(dir)?;
    cases::blind(&dir.display().to_string(), &requests, &outcomes)
        .map_err(|e| bad_input(e.to_string()))
}

/// What keeps the suite honest: an unmarked case that disagrees, a marked one that agrees
/// (the mark is stale), a patch under which the engine still disagrees.
fn problems(c: &Conformance) -> Vec<String> {
    let mut out = Vec::new();
    for r in c.cases.iter().filter(|r| r.counted) {
        match (r.mark, r.agrees) {
            (None, false) => out.push(format!(
                "{} ({}): the engine says {}, the court {}, and the file marks no difference",
                r.id,
                r.file,
                r.simulated.code(),
                r.actual.code()
            )),
            (Some(kind), true) => out.push(format!(
                "{} ({}): marked as a {} but the engine now agrees: remove the mark",
                r.id,
                r.file,
                match kind {
                    MarkKind::DeliberateDifference => "deliberate difference",
                    MarkKind::KnownDisagreement => "known disagreement",
                }
            )),
            _ => {}
        }
        if r.agrees_under_patch == Some(false) {
            out.push(format!(
                "{} ({}): the engine does not agree under the mark's agrees_under patch",
                r.id, r.file
            ));
        }
    }
    out
}

/// Run `cases`. Prints the table; fails (exit 1) if the suite's marks do not hold.
pub fn run_cases(args: CasesArgs) -> Result<String, Failure> {
    let files = read_cases(&args.dir)?;
    let mut c = cases::conformance(&files).map_err(|e| bad_input(e.to_string()))?;
    // Named directories must exist; the defaults are evaluated where they do.
    let shared = args.dir.join("blind").join("shared");
    match &args.blind {
        Some(dir) => c.blind.push(blind_run(dir)?),
        None if shared.is_dir() => c.blind.push(blind_run(&shared)?),
        None => {}
    }
    match &args.own_blind {
        Some(dir) => c.blind.push(blind_run(dir)?),
        None => {
            let own = args.dir.join("blind").join("own");
            if own.is_dir() {
                c.blind.push(blind_run(&own)?);
            }
        }
    }
    let out = if args.json {
        json::to_json(&c)
    } else if args.markdown {
        c.to_markdown()
    } else {
        c.to_text()
    };
    let problems = problems(&c);
    if problems.is_empty() {
        return Ok(out);
    }
    Err(Failure {
        code: 1,
        message: format!(
            "the conformance suite does not hold:\n- {}",
            problems.join("\n- ")
        ),
        output: out,
    })
}

fn case_base() -> Result<&'static precedent::CaseBase, Failure> {
    precedent::embedded().map_err(|e| Failure {
        code: 1,
        message: format!("the embedded case base is broken: {e}"),
        output: String::new(),
    })
}

/// Fail (exit 1) if the embedded case base the precedent check reads is broken.
pub fn check_case_base() -> Result<(), Failure> {
    case_base().map(|_| ())
}

/// Run `similar`.
pub fn run_similar(args: SimilarArgs) -> Result<String, Failure> {
    use std::fmt::Write;
    let file = &args.file;
    let text = read_input(file)?;
    let request =
        json::parse_request_or_case(&text).map_err(|e| bad_input(format!("{file}: {e}")))?;
    let ruling =
        kantonrechter::evaluate_with(&request, &kantonrechter::Options::without_precedents())
            .map_err(|e| bad_input(format!("{file}: {e}")))?;
    let neighbours = precedent::similar(&request, ruling.outcome, case_base()?, args.top);
    if args.json {
        return Ok(json::to_json(&neighbours));
    }
    let lang: Lang = args.lang.into();
    let nl = lang == Lang::Nl;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {file} ({}: {}):",
        if nl {
            "Dichtstbijzijnde beslechte zaken voor"
        } else {
            "Closest decided cases to"
        },
        if nl { "de bibliotheek" } else { "the engine" },
        ruling.outcome.code()
    );
    for (i, n) in neighbours.iter().enumerate() {
        let rel = match n.relation {
            Some(Relation::SupportsAFortiori) => {
                if nl {
                    "; steunt deze uitkomst a fortiori"
                } else {
                    "; supports this outcome a fortiori"
                }
            }
            Some(Relation::ContradictsAFortiori) => {
                if nl {
                    "; IN STRIJD met deze uitkomst a fortiori"
                } else {
                    "; CONTRADICTS this outcome a fortiori"
                }
            }
            Some(Relation::Distinguishable) => {
                if nl {
                    "; te onderscheiden"
                } else {
                    "; distinguishable"
                }
            }
            None => "",
        };
        let _ = writeln!(
            out,
            "\n{:>2}. {} {} — {} ({}; {}: {}{rel})",
            i + 1,
            if nl { "afstand" } else { "distance" },
            n.distance.normalize(),
            n.case.id,
            n.case.name,
            n.case.date,
            n.case.outcome.code()
        );
        let _ = writeln!(out, "    {}", n.case.url);
        for d in &n.differences {
            let show = |v: &[String]| {
                if v.is_empty() {
                    "—".to_string()
                } else {
                    v.join(", ")
                }
            };
            let _ = writeln!(
                out,
                "    {}: {} {} | {} {}",
                d.feature,
                if nl { "alleen hier" } else { "only here" },
                show(&d.only_here),
                if nl { "alleen daar" } else { "only there" },
                show(&d.only_there)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        if nl {
            "Afstand: gewogen gemiddelde over de kenmerken (zie kantonrechter::precedent::FEATURES); 0 = gelijk op elk kenmerk."
        } else {
            "Distance: weighted mean over the features (see kantonrechter::precedent::FEATURES); 0 = the same on every feature."
        }
    );
    Ok(out)
}
