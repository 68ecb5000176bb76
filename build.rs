//! Compiles the decided cases (`cases/*.json`) into the library, so that the precedent check
//! (`kantonrechter::precedent`) needs no file access and parses no JSON at run time: a new
//! case file needs no code change.
//!
//! Only what the case base reads is compiled in, in file-name order: of the decision its id,
//! name, date, outcome, first source and whether it carries a deliberate difference, was
//! overruled or carries a known disagreement; of the request its facts, as Rust code that
//! builds the typed `Request` (its texts left empty). How, and why this form rather than
//! precomputed factors: `build/case_base.rs`. The case files are parsed strictly where they
//! are read whole: by `kantonrechter cases` and the test suite, which also checks that the
//! compiled-in base equals the one built from the strictly parsed files.
//!
//! A file this script cannot read is compiled in as an error with its JSON path, which
//! `precedent::embedded` returns: it does not break the build.

#[path = "build/case_base.rs"]
mod case_base;
#[path = "build/sentences.rs"]
mod sentences;

use std::path::Path;
use std::{env, fs};

fn main() {
    sentences::sentences();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=build/case_base.rs");
    // The request's types, read from their source (see build/case_base.rs).
    let mut types = case_base::Types::default();
    let mut sources: Vec<_> = fs::read_dir(root.join("src/request"))
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    sources.push(root.join("src/cases.rs"));
    sources.sort();
    for path in &sources {
        println!("cargo::rerun-if-changed={}", path.display());
        if let Ok(text) = fs::read_to_string(path) {
            types.read(&text);
        }
    }
    let dir = root.join("cases");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let files: Vec<_> = names
        .into_iter()
        .map(|name| {
            let path = dir.join(&name);
            println!("cargo::rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path)
                .map_err(|e| ("$".to_string(), format!("a readable file ({e})")));
            (name, text)
        })
        .collect();
    let out = case_base::generate(&types, &files);
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cases.rs");
    fs::write(dest, out).expect("write cases.rs");
}
