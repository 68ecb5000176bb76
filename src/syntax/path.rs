//! JSON paths (`$.regeling.elements[0].id`) and positions (line and column) for error
//! messages.

use std::borrow::Cow;
use std::fmt::Write as _;

/// One step into a JSON value.
#[derive(Debug, Clone)]
pub(crate) enum Seg<'t> {
    /// An object's member.
    Key(Cow<'t, str>),
    /// A list's entry.
    Index(usize),
}

/// The steps from the top of the text to a value.
pub(crate) type Path<'t> = Vec<Seg<'t>>;

/// A path as text: `$`, then `.key` for a plain key (letters, digits, `_`), `["key"]` for
/// any other, `[i]` for an index.
pub(crate) fn render(path: &[Seg<'_>]) -> String {
    let mut out = String::from("$");
    for seg in path {
        match seg {
            Seg::Key(key) => push_key(&mut out, key),
            Seg::Index(i) => {
                let _ = write!(out, "[{i}]");
            }
        }
    }
    out
}

/// Append an object key to a rendered path: `.key` for a plain key of at most
/// [`QUOTE_CHARS`](super::QUOTE_CHARS) characters, else `["key"]`, quoted (and cut to that
/// length) as every message quotes the input.
pub(crate) fn push_key(out: &mut String, key: &str) {
    let plain = key.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    if !key.is_empty() && key.len() <= super::QUOTE_CHARS && plain {
        out.push('.');
        out.push_str(key);
    } else {
        let _ = write!(out, "[{}]", super::quote(key));
    }
}

/// ` (line L, column C)` of a byte offset, both counted from 1, the column in characters.
pub(crate) fn line_column(text: &str, at: usize) -> String {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[start..].chars().count() + 1;
    format!(" (line {line}, column {column})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_paths_and_positions() {
        let path = [
            Seg::Key("regeling".into()),
            Seg::Key("elements".into()),
            Seg::Index(0),
            Seg::Key("a b".into()),
        ];
        assert_eq!(render(&path), "$.regeling.elements[0][\"a b\"]");
        assert_eq!(render(&[]), "$");
        assert_eq!(line_column("ab\ncë\nef", 6), " (line 2, column 3)");
        assert_eq!(line_column("x", 9), " (line 1, column 2)");
    }
}
