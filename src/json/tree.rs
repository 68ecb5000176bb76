//! JSON text as a tree (RFC 8259), with the byte offset of every value: the first half of
//! reading a request (`input.rs` is the second).
//!
//! One small parser with no generic code, so that the WebAssembly build carries one copy
//! of it instead of serde_json's deserialiser monomorphised for every input type. Strict
//! like serde_json: no comments, no trailing commas, no lone surrogates, no control
//! characters in strings, nothing after the value; numbers are kept as their text, so no
//! binary float is ever made of them.

use std::borrow::Cow;

use super::path::{Path, Seg};
use crate::validate::InputError;

/// How deep arrays and objects may nest (serde_json's limit too).
pub(super) const MAX_DEPTH: usize = 128;

/// A JSON value and where it starts in the text.
#[derive(Debug)]
pub(super) struct Node<'t> {
    /// The byte offset of the value's first character.
    pub at: usize,
    pub val: Val<'t>,
}

/// A JSON value.
#[derive(Debug)]
pub(super) enum Val<'t> {
    Null,
    Bool(bool),
    /// A number, as written (it matches JSON's number grammar).
    Num(&'t str),
    Str(Cow<'t, str>),
    Arr(Vec<Node<'t>>),
    /// The members in the order written (duplicates kept: the reader decides).
    Obj(Vec<(Cow<'t, str>, Node<'t>)>),
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
        }
    }
}

/// Parse a whole JSON text into a tree. A syntax error names the JSON path of the value
/// being read and its line and column.
pub(super) fn parse(text: &str) -> Result<Node<'_>, InputError> {
    parse_boxed(text).map_err(|e| *e)
}

/// The parser's results: the error boxed, one pointer to pass on at every `?` (as in
/// `input.rs`).
type R<T> = Result<T, Box<InputError>>;

fn parse_boxed(text: &str) -> R<Node<'_>> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
        path: Vec::new(),
    };
    let node = p.value()?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.error("the end of the JSON text after the value"));
    }
    Ok(node)
}

struct Parser<'t> {
    text: &'t str,
    b: &'t [u8],
    i: usize,
    /// Where the parser is: the keys and indices of the open containers.
    path: Path<'t>,
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
        Box::new(InputError::new(
            super::path::render(&self.path),
            format!(
                "{expected}, found {found}{}",
                super::path::line_column(self.text, self.i)
            ),
        ))
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> R<Node<'t>> {
        self.ws();
        let at = self.i;
        let val = match self.b.get(self.i) {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Val::Str(self.string()?),
            Some(b't') => self.literal("true", Val::Bool(true))?,
            Some(b'f') => self.literal("false", Val::Bool(false))?,
            Some(b'n') => self.literal("null", Val::Null)?,
            Some(b'-' | b'0'..=b'9') => Val::Num(self.number()?),
            _ => return Err(self.error("a JSON value")),
        };
        Ok(Node { at, val })
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
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
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

    fn enter(&mut self) -> R<()> {
        if self.path.len() >= MAX_DEPTH {
            return Err(self.error(&format!("JSON nested at most {MAX_DEPTH} deep")));
        }
        self.i += 1; // the opening bracket
        self.ws();
        Ok(())
    }

    fn array(&mut self) -> R<Val<'t>> {
        self.enter()?;
        let mut items = Vec::new();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            return Ok(Val::Arr(items));
        }
        loop {
            self.path.push(Seg::Index(items.len()));
            items.push(self.value()?);
            self.path.pop();
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Val::Arr(items));
                }
                _ => return Err(self.error("`,` or `]` in a list")),
            }
        }
    }

    fn object(&mut self) -> R<Val<'t>> {
        self.enter()?;
        let mut members = Vec::new();
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Ok(Val::Obj(members));
        }
        loop {
            self.ws();
            if self.b.get(self.i) != Some(&b'"') {
                return Err(self.error("a field name in quotes"));
            }
            let key = self.string()?;
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                return Err(self.error("`:` after a field name"));
            }
            self.i += 1;
            self.path.push(Seg::Key(key.clone()));
            let value = self.value()?;
            self.path.pop();
            members.push((key, value));
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Val::Obj(members));
                }
                _ => return Err(self.error("`,` or `}` in an object")),
            }
        }
    }
}
