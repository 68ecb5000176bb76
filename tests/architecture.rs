//! The layers hold (`ARCHITECTURE.md`, "Only `src/json/` knows JSON text"): `json/` sits on
//! top of the model and imports it; nothing of the model imports `json/`. Read from the
//! source files, so a new module is checked without being listed.
//!
//! Below `json/` is every file of `src/` but `src/json/` and the command line's own files
//! ([`CLI_ONLY`]). Comment lines are not read (doc links to `json::` name the API an
//! embedder would call, not a dependency), nor a file's unit tests (from its
//! `#[cfg(test)]` on: test code may read JSON to build its values; it is not the library).

use std::fs;
use std::path::{Path, PathBuf};

/// The files of `src/` that only the binaries compile (`src/main.rs` declares the `*_cmd`
/// modules), above `json/` like it.
const CLI_ONLY: &[&str] = &[
    "src/main.rs",
    "src/cases_cmd.rs",
    "src/whatif_cmd.rs",
    "src/bin/",
];

/// The files below `json/` that name `serde_json`, and why; the test fails if one of them
/// stops needing it (so the list only shrinks) or another starts.
const SERDE_JSON_BELOW: &[(&str, &str)] = &[
    (
        "src/syntax/mod.rs",
        "the one JSON writer (serde_json's Serializer with its formatter) that both the \
         receipt's canonical form and json/'s output use",
    ),
    (
        "src/cases.rs",
        "the type of a mark's `agrees_under` (a JSON merge patch as the case file writes \
         it); json::parse_case applies it",
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The files below `json/`, with their code: lines that are not comments, up to the unit
/// tests.
fn below_json() -> Vec<(String, Vec<(usize, String)>)> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files
        .into_iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| !p.starts_with("src/json/") && !CLI_ONLY.iter().any(|c| p.starts_with(c)))
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let code = text
                .lines()
                .enumerate()
                .take_while(|(_, l)| l.trim() != "#[cfg(test)]")
                .filter(|(_, l)| !l.trim_start().starts_with("//"))
                .map(|(i, l)| (i + 1, l.to_string()))
                .collect();
            (p, code)
        })
        .collect()
}

/// Does this code name the module `json` as a path (`json::`, `crate::json`, or `json` in
/// a `use crate::{…}` list)?
fn names_json(code: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut rest = code;
    while let Some(i) = rest.find("json") {
        let before = rest[..i].chars().next_back();
        let after = &rest[i + 4..];
        if !before.is_some_and(ident) && !after.starts_with(ident) {
            let path = after.starts_with("::") || rest[..i].ends_with("crate::");
            if path {
                return true;
            }
        }
        rest = after;
    }
    false
}

#[test]
fn no_module_below_json_names_json() {
    let mut found = Vec::new();
    for (file, code) in below_json() {
        // A `use crate::{…};` list over several lines is read as one statement.
        let mut statement = String::new();
        for (n, line) in &code {
            let t = line.trim();
            if t.starts_with("use crate::{")
                || t.starts_with("pub use crate::{")
                || !statement.is_empty()
            {
                statement.push_str(t);
                if t.ends_with(';') {
                    let listed = statement
                        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .any(|w| w == "json");
                    if listed {
                        found.push(format!("{file}:{n}: {statement}"));
                    }
                    statement.clear();
                }
            }
            if names_json(line) {
                found.push(format!("{file}:{n}: {t}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "modules below json/ name it (move what they need below json/, e.g. to \
         src/syntax/):\n{}",
        found.join("\n")
    );
}

#[test]
fn serde_json_below_json_only_where_listed() {
    let mut users = Vec::new();
    for (file, code) in below_json() {
        if code.iter().any(|(_, l)| l.contains("serde_json")) {
            users.push(file);
        }
    }
    let listed: Vec<&str> = SERDE_JSON_BELOW.iter().map(|(f, _)| *f).collect();
    users.sort();
    let mut expected = listed.clone();
    expected.sort();
    assert_eq!(
        users, expected,
        "the files below json/ that name serde_json are SERDE_JSON_BELOW, each with its reason"
    );
}

#[test]
fn the_check_sees_what_it_should() {
    assert!(names_json("use crate::json::quote;"));
    assert!(names_json("let x = json::to_json(&v);"));
    assert!(names_json("crate::json"));
    assert!(!names_json("pub mod json;"));
    assert!(!names_json("serde_json::Value"));
    assert!(!names_json("json_schema!(x)"));
    assert!(!names_json("\"json\""));
    // Every directory of src/ but json/ is read: the model's modules are there.
    let files: Vec<String> = below_json().into_iter().map(|(f, _)| f).collect();
    for f in [
        "src/lib.rs",
        "src/precedent.rs",
        "src/cases.rs",
        "src/syntax/mod.rs",
        "src/validate.rs",
    ] {
        assert!(files.iter().any(|g| g == f), "{f}");
    }
    assert!(
        !files
            .iter()
            .any(|f| f.starts_with("src/json/") || f == "src/main.rs")
    );
}
