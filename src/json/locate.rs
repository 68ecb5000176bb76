//! Where in the JSON text an error is: the JSON path (`$.regeling.elements[0].id`) of the
//! value being read at a byte offset.
//!
//! serde_json reports the line and column where it stopped; this module walks the text up
//! to that point, keeping the stack of open objects (with the key being read) and arrays
//! (with the index), and prints it as a path. It does what `serde_path_to_error` does — the
//! test suite checks the two agree on corrupted requests — without wrapping every visitor of
//! the input types, which doubled the deserialising code in the WebAssembly build.

/// One open container.
enum Frame {
    /// An object and the key whose value is being read, if any.
    Object(Option<String>),
    /// An array, the index of the element being read, and whether it has begun.
    Array(usize, bool),
}

/// The byte offset of a 1-based line and a 0-based byte column, as serde_json reports them.
pub(super) fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    if line > 1 {
        let mut seen = 1;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                seen += 1;
                if seen == line {
                    start = i + 1;
                    break;
                }
            }
        }
    }
    (start + column).min(text.len())
}

/// If `end` lies just after a closing `}` or `]` (whitespace aside), the offset of that
/// bracket: the parser had read the container's last member when the error was raised.
pub(super) fn before_closing(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = end.min(bytes.len());
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
        i -= 1;
    }
    if i > 0 && matches!(bytes[i - 1], b'}' | b']') {
        i - 1
    } else {
        end
    }
}

/// The JSON path of the value being read when the parser stopped at byte `end` of `text`.
pub(super) fn path_at(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // Whether the next string in the innermost object is a key.
    let mut expect_key = false;
    while i < end {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'{' | b'[' => {
                begin_value(&mut stack);
                stack.push(if b == b'{' {
                    Frame::Object(None)
                } else {
                    Frame::Array(0, false)
                });
                expect_key = b == b'{';
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
                i += 1;
            }
            b':' => {
                expect_key = false;
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object(key)) => {
                        *key = None;
                        expect_key = true;
                    }
                    Some(Frame::Array(index, begun)) => {
                        *index += 1;
                        *begun = false;
                    }
                    None => {}
                }
                i += 1;
            }
            b'"' => {
                let (s, next) = string(bytes, i);
                if expect_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(s);
                    }
                    expect_key = false;
                } else {
                    begin_value(&mut stack);
                }
                i = next;
            }
            _ => {
                // A number or a literal: up to the next delimiter.
                begin_value(&mut stack);
                while i < bytes.len()
                    && !matches!(
                        bytes[i],
                        b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':'
                    )
                {
                    i += 1;
                }
            }
        }
    }
    // The parser may stop just before a value it peeked at (a wrong type): that value has
    // begun too.
    let next = bytes[end..]
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    if next.is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b':')) && !expect_key {
        begin_value(&mut stack);
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => crate::syntax::path::push_key(&mut path, key),
            Frame::Array(index, true) => path.push_str(&format!("[{index}]")),
            _ => break,
        }
    }
    path
}

fn begin_value(stack: &mut [Frame]) {
    if let Some(Frame::Array(_, begun)) = stack.last_mut() {
        *begun = true;
    }
}

/// A string literal starting at `start` (the opening quote): its value and the offset after
/// its closing quote (or the end of the text).
fn string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                let c = bytes[i + 1];
                i += 2;
                match c {
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'u' => {
                        let hex = bytes
                            .get(i..i + 4)
                            .and_then(|h| std::str::from_utf8(h).ok());
                        let ch = hex
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                            .and_then(char::from_u32);
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(
                            ch.unwrap_or('\u{fffd}').encode_utf8(&mut buf).as_bytes(),
                        );
                        i += 4;
                    }
                    other => out.push(other),
                }
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> String {
        path_at(text, text.find(needle).unwrap() + needle.len())
    }

    #[test]
    fn paths() {
        let t = r#"{"a": {"b": [1, {"c": "x"}, {"d\"e": 3}], "f": tru"#;
        assert_eq!(at(t, r#""a""#), "$.a");
        assert_eq!(at(t, "[1"), "$.a.b[0]");
        assert_eq!(at(t, r#""c""#), "$.a.b[1].c");
        assert_eq!(at(t, r#""x""#), "$.a.b[1].c");
        assert_eq!(at(t, r#""d\"e""#), "$.a.b[2][\"d\\\"e\"]");
        assert_eq!(at(t, "]"), "$.a.b");
        assert_eq!(at(t, "tru"), "$.a.f");
        assert_eq!(path_at("", 0), "$");
        assert_eq!(offset("ab\ncd\nef", 3, 1), 7);
    }
}
