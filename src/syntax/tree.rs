//! JSON text as a tree (RFC 8259), with the byte offset of every value: the first half of
//! reading a request (`input.rs` is the second).
//!
//! One small parser with no generic code, so that the WebAssembly build carries one copy
//! of it instead of serde_json's deserialiser monomorphised for every input type. Strict
//! like serde_json: no comments, no trailing commas, no lone surrogates, no control
//! characters in strings, nothing after the value; numbers are kept as their text, so no
//! binary float is ever made of them.
//!
//! A text that stops being JSON still gives a tree: the values read up to the syntax error,
//! with a [`Val::Broken`] where the text broke, as the last entry of each list and object
//! it is in. The reader reads that tree as serde reads the text, value by value in the
//! order written, and meets the break only after every value before it: so of a value of
//! the wrong type and a later syntax error it names the first, as serde does.

use std::borrow::Cow;

use super::path::{Path, Seg};
use crate::validate::InputError;

pub(crate) use crate::limits::MAX_DEPTH;

/// A JSON value and where it starts in the text.
#[derive(Debug)]
pub(crate) struct Node<'t> {
    /// The byte offset of the value's first character.
    pub at: usize,
    pub val: Val<'t>,
}

/// A JSON value.
#[derive(Debug)]
pub(crate) enum Val<'t> {
    Null,
    Bool(bool),
    /// A number, as written (it matches JSON's number grammar).
    Num(&'t str),
    Str(Cow<'t, str>),
    Arr(Vec<Node<'t>>),
    /// The members in the order written (duplicates kept: the reader decides).
    Obj(Vec<(Cow<'t, str>, Node<'t>)>),
    /// Where the text stops being JSON: the syntax error is beside the tree ([`parse`]).
    /// It ends every list and object it is in. In an object, `keyed` says whether the
    /// member's key was read (the break is at its `:` or in its value: serde looks at the
    /// key first) or not (the break is in or before a key, or after a member; the key is
    /// then empty).
    Broken {
        keyed: bool,
    },
}

impl Val<'_> {
    /// What the value is, for "found …" in an error message.
    pub fn found(&self) -> String {
        match self {
            Val::Null => "null".into(),
            Val::Bool(b) => format!("`{b}`"),
            Val::Num(n) => format!("the number {n}"),
            Val::Str(s) => format!("the text {}", super::quote(s)),
            Val::Arr(_) => "a list".into(),
            Val::Obj(_) => "an object".into(),
            Val::Broken { .. } => "text that is not JSON".into(),
        }
    }
}

/// Parse a JSON text into a tree, as far as it is JSON, and its first syntax error if it
/// has one: the tree then ends in a [`Val::Broken`] where the text broke, unless the
/// error is after the value (more text after it). A syntax error names the JSON path of
/// the value being read, and its line and column.
pub(crate) fn parse(text: &str) -> (Node<'_>, Option<Box<InputError>>) {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
        path: Vec::new(),
        error: None,
    };
    let node = p.value();
    if p.error.is_none() {
        p.ws();
        if p.i < p.b.len() {
            p.error = Some(p.error("the end of the JSON text after the value"));
        }
    }
    (node, p.error)
}

/// Whether the text broke in this value (the break ends every list and object it is in).
pub(crate) fn breaks(node: &Node<'_>) -> bool {
    let mut node = node;
    loop {
        node = match &node.val {
            Val::Broken { .. } => return true,
            Val::Arr(items) => match items.last() {
                Some(last) => last,
                None => return false,
            },
            Val::Obj(members) => match members.last() {
                Some((_, last)) => last,
                None => return false,
            },
            _ => return false,
        };
    }
}

/// Parse a JSON text that must be whole: the tree, or the first syntax error.
pub(crate) fn parse_whole(text: &str) -> Result<Node<'_>, InputError> {
    match parse(text) {
        (node, None) => Ok(node),
        (_, Some(e)) => Err(*e),
    }
}

/// The parser's results: the error boxed (as in `input.rs`).
type R<T> = Result<T, Box<InputError>>;

struct Parser<'t> {
    text: &'t str,
    b: &'t [u8],
    i: usize,
    /// Where the parser is: the keys and indices of the open containers.
    path: Path<'t>,
    /// The syntax error, once the text has stopped being JSON: the parser stops there.
    error: Option<Box<InputError>>,
}

impl<'t> Parser<'t> {
    fn error(&self, expected: &str) -> Box<InputError> {
        let found = match self.b.get(self.i) {
            None => "the end of the text".to_string(),
            Some(_) => {
                let c = self.text[self.i..].chars().next().unwrap_or('?');
                super::quote(c.encode_utf8(&mut [0; 4]))
            }
        };
        Box::new(
            InputError::new(
                super::path::render(&self.path),
                format!(
                    "{expected}, found {found}{}",
                    super::path::line_column(self.text, self.i)
                ),
            )
            .with_kind(crate::ErrorKind::Syntax),
        )
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    /// Where the text stops being JSON: keep the error, and the node that marks the place.
    fn broken(&mut self, error: Box<InputError>, keyed: bool) -> Node<'t> {
        self.error = Some(error);
        Node {
            at: self.i,
            val: Val::Broken { keyed },
        }
    }

    /// A value, or the break in it (then `self.error` is set and parsing ends).
    fn value(&mut self) -> Node<'t> {
        self.ws();
        let at = self.i;
        let val = match self.b.get(self.i) {
            Some(b'{') => Ok(self.object()),
            Some(b'[') => Ok(self.array()),
            Some(b'"') => self.string().map(Val::Str),
            Some(b't') => self.literal("true", Val::Bool(true)),
            Some(b'f') => self.literal("false", Val::Bool(false)),
            Some(b'n') => self.literal("null", Val::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Val::Num),
            _ => Err(self.error("a JSON value")),
        };
        match val {
            Ok(val) => Node { at, val },
            Err(e) => self.broken(e, true),
        }
    }

    fn literal(&mut self, word: &str, val: Val<'t>) -> R<Val<'t>> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(val)
        } else {
            Err(self.error(&format!("`{word}`")))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.b.get(self.i) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> R<&'t str> {
        let start = self.i;
        if self.b[self.i] == b'-' {
            self.i += 1;
        }
        match self.b.get(self.i) {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("a digit")),
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.error("a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.b.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.b.get(self.i) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("a digit in the exponent"));
            }
        }
        Ok(&self.text[start..self.i])
    }

    fn string(&mut self) -> R<Cow<'t, str>> {
        self.i += 1; // the opening quote
        let start = self.i;
        let mut owned: Option<String> = None;
        loop {
            // A run of plain characters, copied whole: the bytes that end it (`"`, `\`, a
            // control character) are ASCII, so the run ends on a character boundary.
            let run = self.i;
            self.i = super::run_end(self.b, self.i);
            if let Some(s) = owned.as_mut() {
                s.push_str(&self.text[run..self.i]);
            }
            match self.b.get(self.i) {
                None => return Err(self.error("the closing quote of a text")),
                Some(b'"') => {
                    let s = match owned {
                        Some(s) => Cow::Owned(s),
                        None => Cow::Borrowed(&self.text[start..self.i]),
                    };
                    self.i += 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(|| self.text[start..self.i].to_string());
                    self.i += 1;
                    let esc = self.b.get(self.i).copied();
                    self.i += 1;
                    let ch = match esc {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.i -= 1;
                            return Err(self
                                .error("an escape: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u"));
                        }
                    };
                    s.push(ch);
                }
                Some(_) => {
                    return Err(self.error(
                        "a character that is not a control character (write it as an escape)",
                    ));
                }
            }
        }
    }

    /// After `\u`: four hex digits, and a second escape for a surrogate pair.
    fn unicode_escape(&mut self) -> R<char> {
        let hi = self.hex4()?;
        if !(0xD800..0xE000).contains(&hi) {
            return char::from_u32(hi).ok_or_else(|| self.error("a Unicode character"));
        }
        if hi >= 0xDC00 || !self.b[self.i..].starts_with(b"\\u") {
            return Err(self.error("a surrogate pair (a lone surrogate is not a character)"));
        }
        self.i += 2;
        let lo = self.hex4()?;
        if !(0xDC00..0xE000).contains(&lo) {
            return Err(self.error("the low half of a surrogate pair"));
        }
        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
        char::from_u32(c).ok_or_else(|| self.error("a Unicode character"))
    }

    fn hex4(&mut self) -> R<u32> {
        let mut v = 0;
        for _ in 0..4 {
            let d = match self.b.get(self.i) {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.error("four hexadecimal digits after \\u")),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    /// Into a list or object; the break, if it is nested too deep. The container has begun
    /// either way, so that a reader that wants another type there says so first (as serde
    /// looks at the type before it counts the depth).
    fn enter(&mut self) -> Option<Node<'t>> {
        if self.path.len() >= MAX_DEPTH {
            let mut e = self.error(&format!("JSON nested at most {MAX_DEPTH} deep"));
            *e = e.with_kind(crate::ErrorKind::Limit);
            return Some(self.broken(e, false));
        }
        self.i += 1; // the opening bracket
        self.ws();
        None
    }

    fn array(&mut self) -> Val<'t> {
        if let Some(broken) = self.enter() {
            return Val::Arr(vec![broken]);
        }
        let mut items = Vec::new();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            return Val::Arr(items);
        }
        loop {
            self.path.push(Seg::Index(items.len()));
            items.push(self.value());
            self.path.pop();
            if self.error.is_some() {
                return Val::Arr(items);
            }
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Val::Arr(items);
                }
                _ => {
                    let e = self.error("`,` or `]` in a list");
                    items.push(self.broken(e, false));
                    return Val::Arr(items);
                }
            }
        }
    }

    fn object(&mut self) -> Val<'t> {
        let mut members = Vec::new();
        if let Some(broken) = self.enter() {
            members.push((Cow::Borrowed(""), broken));
            return Val::Obj(members);
        }
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Val::Obj(members);
        }
        loop {
            self.ws();
            let key = match self.b.get(self.i) {
                Some(b'"') => self.string(),
                _ => Err(self.error("a field name in quotes")),
            };
            let key = match key {
                Ok(key) => key,
                Err(e) => {
                    members.push((Cow::Borrowed(""), self.broken(e, false)));
                    return Val::Obj(members);
                }
            };
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                let e = self.error("`:` after a field name");
                members.push((key, self.broken(e, true)));
                return Val::Obj(members);
            }
            self.i += 1;
            self.path.push(Seg::Key(key.clone()));
            let value = self.value();
            self.path.pop();
            members.push((key, value));
            if self.error.is_some() {
                return Val::Obj(members);
            }
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Val::Obj(members);
                }
                _ => {
                    let e = self.error("`,` or `}` in an object");
                    members.push((Cow::Borrowed(""), self.broken(e, false)));
                    return Val::Obj(members);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Val, breaks, parse};

    #[test]
    fn nesting_stops_at_the_limit() {
        // Deeper than the limit: refused there, without going deeper (no stack to spare).
        let deep = "[".repeat(100_000);
        let (tree, e) = parse(&deep);
        let e = e.unwrap();
        assert!(e.expected.contains("nested at most 128 deep"), "{e}");
        assert!(breaks(&tree));
        let within = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(parse(&within).1.is_none());
    }

    #[test]
    fn a_broken_text_is_a_tree_up_to_the_break() {
        // The break ends every container it is in; an object's members before it remain.
        let (tree, e) = parse(r#"{"a": [1, {"b": tru"#);
        assert!(e.unwrap().expected.starts_with("`true`"));
        let Val::Obj(m) = &tree.val else { panic!() };
        assert_eq!(m.len(), 1);
        assert!(breaks(&tree));
        // A break before a key, and after the key.
        for (text, keyed) in [(r#"{"a": 1, x"#, false), (r#"{"a" 1"#, true), ("{", false)] {
            let (tree, e) = parse(text);
            assert!(e.is_some(), "{text}");
            let Val::Obj(m) = &tree.val else { panic!() };
            assert!(
                matches!(m.last().unwrap().1.val, Val::Broken { keyed: k } if k == keyed),
                "{text}"
            );
        }
        // After the value: a whole tree, and the error beside it.
        let (tree, e) = parse("{} x");
        assert!(e.is_some() && !breaks(&tree));
    }
}
