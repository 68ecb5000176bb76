//! `kantonrechter whatif FILE [--json] [--side employer|works_council] [--max-changes N]
//! [--budget N] [--lang nl|en]`: the smallest sets of one side's changes that would turn the
//! ruling in its favour, and apart from them the other side's concessions (see
//! `kantonrechter::whatif`).

use clap::{Args, ValueEnum};
use kantonrechter::json;
use kantonrechter::ruling::Side;
use kantonrechter::whatif::{DEFAULT_MAX_CHANGES, MAX_CHANGES, Options};

use crate::{Failure, LangArg, bad_input, read_input};

/// A side of the dispute, on the command line.
#[derive(Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum SideArg {
    /// The employer (ondernemer).
    Employer,
    /// The works council (ondernemingsraad).
    WorksCouncil,
}

/// The arguments of `whatif`.
#[derive(Args)]
pub struct WhatifArgs {
    /// The request, or a case file with a top-level `request`: a JSON file, or - for
    /// standard input.
    file: String,
    /// Print the result as JSON: the side, its levers, the flips and the concessions, each
    /// with its changes (ids with a Dutch and an English sentence, preconditions and
    /// evidence), the outcome and the full modified request; the budget, the evaluations
    /// spent and whether the search was cut.
    #[arg(long)]
    json: bool,
    /// Whose levers to search: by default the side that lost. The other side's concessions
    /// are listed apart.
    #[arg(long, value_enum)]
    side: Option<SideArg>,
    /// The most changes to combine (0 to 4).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_CHANGES as u8,
          value_parser = clap::value_parser!(u8).range(0..=MAX_CHANGES as i64))]
    max_changes: u8,
    /// The most evaluations the search may spend; by default one that scales with the size
    /// of the request (at most 20,000: about a second for the largest request). When it
    /// runs out, the result says so (`cut`) and lists the best found.
    #[arg(long, value_name = "N")]
    budget: Option<u64>,
    /// The language of the text (JSON carries both languages for each change).
    #[arg(long, value_enum, default_value = "nl")]
    lang: LangArg,
}

/// Run `whatif`.
pub fn run(args: WhatifArgs) -> Result<String, Failure> {
    let file = &args.file;
    let text = read_input(file)?;
    let request =
        json::parse_request_or_case(&text).map_err(|e| bad_input(format!("{file}: {e}")))?;
    let options = Options {
        side: args.side.map(|s| match s {
            SideArg::Employer => Side::Employer,
            SideArg::WorksCouncil => Side::WorksCouncil,
        }),
        max_changes: usize::from(args.max_changes),
        budget: args.budget,
    };
    let w = kantonrechter::whatif::whatif(&request, &options)
        .map_err(|e| bad_input(format!("{file}: {e}")))?;
    let lang = args.lang.into();
    Ok(if args.json {
        json::whatif_to_json(&w, lang)
    } else {
        w.to_text(lang)
    })
}
