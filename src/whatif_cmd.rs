//! `kantonrechter whatif FILE [--json] [--max-changes N] [--lang nl|en]`: the smallest sets
//! of changes that would flip the ruling (see `kantonrechter::whatif`).

use clap::Args;
use kantonrechter::json;
use kantonrechter::whatif::MAX_CHANGES;

use crate::{Failure, LangArg, bad_input, read_input};

/// The arguments of `whatif`.
#[derive(Args)]
pub struct WhatifArgs {
    /// The request, or a case file with a top-level `request`: a JSON file, or - for
    /// standard input.
    file: String,
    /// Print the result as JSON: the flips, each with its changes (ids with a Dutch and an
    /// English sentence), the outcome, and the full modified request.
    #[arg(long)]
    json: bool,
    /// The most changes to combine (0 to 4).
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u8).range(0..=MAX_CHANGES as i64))]
    max_changes: u8,
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
    let w = kantonrechter::whatif::whatif(&request, usize::from(args.max_changes))
        .map_err(|e| bad_input(format!("{file}: {e}")))?;
    let lang = args.lang.into();
    Ok(if args.json {
        json::whatif_to_json(&w, lang)
    } else {
        w.to_text(lang)
    })
}
