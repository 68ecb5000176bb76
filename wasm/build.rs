//! Embeds the repository's scenarios (`examples/*.json`) so that `examples()` works without
//! any file or network access, in file-name order. Each file is embedded as compact JSON
//! text: the same value, without the whitespace between tokens (a fifth fewer bytes in the
//! module, about 1.4 KB gzip; the page parses the text, and no text is read for its lines).
//!
//! Without the feature `full` (the page's first-ruling module, `wasm/build.sh`) only the
//! page's first example is embedded: all of them are about 23 KB gzip, one is 1 KB, and the
//! page needs the rest only once its full module has arrived.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// The example the page shows first (`web/js/main.js`), the only one in the core module.
const FIRST_EXAMPLE: &str = "badge-repurposed.json";

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join("examples");
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
    if env::var_os("CARGO_FEATURE_FULL").is_none() {
        names.retain(|n| n == FIRST_EXAMPLE);
    }
    let mut out = String::from("/// The embedded scenarios: (id, JSON text).\n");
    out.push_str("pub(crate) const EXAMPLES: &[(&str, &str)] = &[\n");
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let id = name.trim_end_matches(".json");
        // As include_str! did: a file that cannot be read fails the build.
        let text = minify(&fs::read_to_string(&path).expect("read an example"));
        let _ = writeln!(out, "    ({id:?}, {text:?}),");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("examples.rs");
    fs::write(dest, out).expect("write examples.rs");
}

/// JSON text without the whitespace between tokens (strings kept as they are written).
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
