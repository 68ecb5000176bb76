//! The JSON syntax the model itself needs, below `json/` (which builds on it): how an error
//! message quotes the input ([`quote`], [`cut`]) and prints a JSON path and position
//! ([`path`]); the one JSON writer ([`write`]: serde_json's pretty and compact forms through
//! one formatter); the normal form the outputs write decimals in ([`decimal`]); and the
//! canonical form of a request that its receipt hashes ([`canonical`]), which reads the
//! compact form back through the tree parser ([`tree`]) that `json/` also reads requests
//! with. No module here knows a request's fields or reads a request: that is `json/`'s work.

pub(crate) mod decimal;
pub(crate) mod path;
pub(crate) mod tree;
pub(crate) mod word;

use std::borrow::Cow;

use crate::Request;

/// The most characters of a key or value of the input that an error message quotes.
pub(crate) const QUOTE_CHARS: usize = 80;

/// A key or value of the input as an error message quotes it: whole up to [`QUOTE_CHARS`]
/// characters, else cut there (on a character boundary) with an ellipsis, so that a
/// message stays a line however long the input. Every message that quotes the input goes
/// through here, or through [`quote`], which does.
pub(crate) fn cut(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(QUOTE_CHARS) {
        Some((i, _)) => Cow::Owned(format!("{}…", &s[..i])),
        None => Cow::Borrowed(s),
    }
}

/// A party's own words quoted in a sentence for the reader: whole up to [`QUOTE_CHARS`]
/// characters, else cut at the last space before them (never inside a word), with an
/// ellipsis.
pub(crate) fn excerpt(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(QUOTE_CHARS) {
        Some((i, _)) => {
            let head = &s[..i];
            let head = head.rfind(' ').map_or(head, |j| &head[..j]);
            let head = head.trim_end_matches([',', ';', ':', '.', ' ']);
            Cow::Owned(format!("{head}…"))
        }
        None => Cow::Borrowed(s),
    }
}

/// A key or value of the input as a JSON string literal (`"a \"b\""`), [`cut`] to
/// [`QUOTE_CHARS`] characters, for error messages: quoted as the user would write it in
/// the request, by the serialiser the output uses anyway.
pub(crate) fn quote(s: &str) -> String {
    let s = cut(s);
    let mut out = Vec::with_capacity(s.len() + 2);
    match write(&mut out, s.as_ref(), false) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The canonical form, appended to `out`: the compact JSON serialisation (fields in schema
/// order, overrides sorted by key), written once and then read back as a tree (the
/// request reader's own parser) to leave out what is not given.
pub(crate) fn canonical(request: &Request, out: &mut Vec<u8>) {
    // Serialising typed data cannot fail (no maps with non-string keys).
    let mut full = Vec::with_capacity(8192);
    let _ = write(&mut full, request, false);
    // serde_json writes UTF-8 and valid JSON: the tree is whole. Should it not be, the full
    // form is hashed (a different hash, never a wrong ruling).
    let Ok(text) = std::str::from_utf8(&full) else {
        out.extend_from_slice(&full);
        return;
    };
    match tree::parse(text) {
        (node, None) => {
            given(&node.val, out, "");
        }
        _ => out.extend_from_slice(&full),
    }
}

/// The members whose `"unknown"` is a value, not the absence of one: an element's own
/// advance information, DPIA and human intervention override the request's (absent:
/// inherit it), so an element can say "unknown" where the request says "yes". The
/// property test `the_canonical_form_reads_back_on_random_requests` finds any other.
const UNKNOWN_IS_GIVEN: &[&str] = &["staff_informed_in_advance", "dpia", "human_intervention"];

/// Write a value compactly without the members that mean "not given" (`null`, `false`,
/// `"unknown"`, empty lists). Returns whether anything was written. An object is always
/// written, if need be as `{}`: a present object (an AI system whose facts are all unknown)
/// is a fact where its absence would be another. Items of lists are kept as they are, but
/// for their own members: a list's order and length are facts.
fn given(v: &tree::Val<'_>, out: &mut Vec<u8>, key: &str) -> bool {
    use tree::Val;
    match v {
        Val::Null | Val::Bool(false) | Val::Broken { .. } => false,
        Val::Str(s) if s == "unknown" && !UNKNOWN_IS_GIVEN.contains(&key) => false,
        Val::Arr(items) if items.is_empty() => false,
        Val::Obj(members) => {
            out.push(b'{');
            let mut first = true;
            for (k, node) in members {
                let mark = out.len();
                if !first {
                    out.push(b',');
                }
                let _ = write(out, k.as_ref(), false);
                out.push(b':');
                if given(&node.val, out, k.as_ref()) {
                    first = false;
                } else {
                    out.truncate(mark);
                }
            }
            out.push(b'}');
            true
        }
        Val::Arr(items) => {
            out.push(b'[');
            for (i, node) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                if !given(&node.val, out, "") {
                    // Kept in a list: its place is a fact.
                    item(&node.val, out);
                }
            }
            out.push(b']');
            true
        }
        _ => {
            item(v, out);
            true
        }
    }
}

/// Write a scalar (or a not-given value kept in a list) as it is.
fn item(v: &tree::Val<'_>, out: &mut Vec<u8>) {
    use tree::Val;
    match v {
        Val::Null | Val::Broken { .. } => out.extend_from_slice(b"null"),
        Val::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Val::Num(n) => out.extend_from_slice(n.as_bytes()),
        Val::Str(s) => {
            let _ = write(out, s.as_ref(), false);
        }
        Val::Arr(_) => out.extend_from_slice(b"[]"),
        Val::Obj(_) => out.extend_from_slice(b"{}"),
    }
}

/// Serialise as serde_json's `to_writer_pretty` (`pretty`) or `to_writer` would, through one
/// formatter type ([`Layout`]): so the WebAssembly build carries one copy of every
/// `Serialize` impl for both forms, not two.
pub(crate) fn write<T: serde::Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    pretty: bool,
) -> serde_json::Result<()> {
    write_with(out, value, pretty, false)
}

/// Serialise as serde_json's `to_writer` would, but in ASCII: every character outside
/// ASCII written as a `\uXXXX` escape (two for a character outside the Basic Multilingual
/// Plane), as [`string`] does. The form of the compact ruling ([`Obj`]).
pub(crate) fn write_ascii<T: serde::Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
) -> serde_json::Result<()> {
    write_with(out, value, false, true)
}

fn write_with<T: serde::Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    pretty: bool,
    ascii: bool,
) -> serde_json::Result<()> {
    let layout = Layout {
        pretty,
        ascii,
        level: 0,
        has_value: false,
    };
    value.serialize(&mut serde_json::Serializer::with_formatter(out, layout))
}

/// A string as a JSON string literal in ASCII, appended to `out`: the bytes [`write_ascii`]
/// writes (serde_json's escapes for a quote, a backslash and the control characters, and a
/// `\uXXXX` escape for every character outside ASCII). Most of the strings a ruling writes
/// are sentences with nothing to escape; those are copied whole after one scan, which is
/// what makes the compact form fast (serde_json looks every byte up in a table: a quarter of
/// a compact ruling's time, natively and in WebAssembly). The rest are copied run by run.
///
/// Why ASCII: the compact form is read by JavaScript, and a JavaScript engine turns ASCII
/// bytes into a string several times faster than UTF-8 with a few accented letters in it
/// (measured in Node 20 on a ruling of 9 KB with 22 such letters: 14 µs against 2 µs; see
/// wasm/README.md). The value is the same: every JSON reader gives back the same text.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    if plain(s.as_bytes()) {
        out.extend_from_slice(s.as_bytes());
    } else {
        escaped(out, s);
    }
    out.push(b'"');
}

/// The lower-case hexadecimal digits serde_json writes in its `\u00XX` escapes.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// `\uXXXX` for one UTF-16 code unit.
fn unicode_escape(out: &mut Vec<u8>, unit: u16) {
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((unit >> shift) & 0xf)]);
    }
}

/// A character outside ASCII as one or two `\uXXXX` escapes.
fn non_ascii(out: &mut Vec<u8>, c: char) {
    let mut units = [0u16; 2];
    for &unit in c.encode_utf16(&mut units).iter() {
        unicode_escape(out, unit);
    }
}

/// The inside of a JSON string literal in ASCII: runs of plain characters copied whole,
/// found eight bytes at a time where they are long.
fn escaped(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        let eight_plain = |v: u64| word::json_special(v) | word::non_ascii(v) == 0;
        if bytes.get(i..).and_then(word::word).is_some_and(eight_plain) {
            i += 8;
            continue;
        }
        let b = bytes[i];
        if (0x20..0x80).contains(&b) && b != b'"' && b != b'\\' {
            i += 1;
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        if b < 0x80 {
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                _ => unicode_escape(out, u16::from(b)),
            }
            i += 1;
        } else {
            // `i` is on a character's first byte: everything before it was ASCII or whole
            // characters.
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                // Not reached (`i` is on a boundary); were it, nothing is written twice.
                run = i;
                break;
            };
            non_ascii(out, c);
            i += c.len_utf8();
        }
        run = i;
    }
    out.extend_from_slice(bytes.get(run..).unwrap_or_default());
}

/// The index of the first quote, backslash or control character in `b` from `i` on (or
/// `b.len()`): where a run of a JSON string's plain bytes ends, for the parser
/// ([`tree`]). Eight bytes at a time ([`word`]); bytes outside ASCII are plain here.
pub(crate) fn run_end(b: &[u8], mut i: usize) -> usize {
    while let Some(v) = b.get(i..).and_then(word::word) {
        if word::json_special(v) != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || c < 0x20 {
            break;
        }
        i += 1;
    }
    i
}

/// Whether a string needs no escaping in ASCII JSON: no quote, backslash, control character
/// or byte outside ASCII. Eight bytes at a time ([`word`]).
fn plain(s: &[u8]) -> bool {
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        if word::word(c).is_none_or(|v| word::json_special(v) | word::non_ascii(v) != 0) {
            return false;
        }
    }
    chunks
        .remainder()
        .iter()
        .all(|&b| (0x20..0x80).contains(&b) && b != b'"' && b != b'\\')
}

/// A compact JSON object written member by member, in ASCII, with the bytes [`write_ascii`]
/// (serde_json's compact form with `\\uXXXX` escapes) gives the same members: [`Obj::str`]
/// through [`string`], anything else through [`write_ascii`].
/// For the one output on a hot path (the compact ruling, `json::evaluate_to_compact`); a
/// test pins it to serde's bytes.
pub(crate) struct Obj<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Obj<'a> {
    /// Open an object.
    pub(crate) fn new(out: &'a mut Vec<u8>) -> Obj<'a> {
        out.push(b'{');
        Obj { out, first: true }
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        string(self.out, key);
        self.out.push(b':');
    }

    /// A member whose value is a string.
    pub(crate) fn str(&mut self, key: &str, value: &str) {
        self.key(key);
        string(self.out, value);
    }

    /// A member with any serialisable value.
    pub(crate) fn value<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        let _ = write_ascii(self.out, value);
    }

    /// A member whose value is JSON text already written (ASCII).
    pub(crate) fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.out.extend_from_slice(json.as_bytes());
    }

    /// A member whose value is a list, each item written by `item`.
    pub(crate) fn list<T>(
        &mut self,
        key: &str,
        items: &[T],
        mut item: impl FnMut(&mut Vec<u8>, &T),
    ) {
        self.key(key);
        self.out.push(b'[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            item(self.out, x);
        }
        self.out.push(b']');
    }

    /// Close the object.
    pub(crate) fn end(self) {
        self.out.push(b'}');
    }
}

/// A value as compact JSON text (for [`crate::cases::finding_code`], which reads a finding's
/// tag from it).
pub(crate) fn compact<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::with_capacity(256);
    match write(&mut out, value, false) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// serde_json's `PrettyFormatter` (two-space indent) and `CompactFormatter` in one type,
/// writing the same bytes as each.
struct Layout {
    pretty: bool,
    /// Characters outside ASCII as `\uXXXX` escapes ([`write_ascii`]).
    ascii: bool,
    level: usize,
    has_value: bool,
}

impl Layout {
    /// Open an array or object.
    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// Close an array or object.
    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.level -= 1;
        if self.pretty && self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    /// Before an array value or an object key.
    fn item<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if self.pretty {
            w.write_all(if first { b"\n" } else { b",\n" })?;
            self.indent(w)
        } else if first {
            Ok(())
        } else {
            w.write_all(b",")
        }
    }

    fn indent<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        for _ in 0..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Layout {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // serde_json hands over the runs between the characters it escapes itself (quote,
        // backslash, control characters): in ASCII, only the characters beyond it are left.
        if !self.ascii || fragment.is_ascii() {
            return w.write_all(fragment.as_bytes());
        }
        let mut out = Vec::with_capacity(fragment.len() + 16);
        escaped(&mut out, fragment);
        w.write_all(&out)
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(if self.pretty { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_excerpt_never_cuts_a_word() {
        let long = "woord ".repeat(30);
        let e = super::excerpt(&long);
        assert!(e.ends_with("woord…"), "{e}");
        assert!(e.chars().count() <= super::QUOTE_CHARS + 1);
        assert_eq!(super::excerpt("kort"), "kort");
    }

    /// A run of a string's plain bytes ends at the first quote, backslash or control
    /// character, at every offset and from every start; bytes outside ASCII do not end it.
    #[test]
    fn a_run_ends_at_the_first_special_byte() {
        let controls = (0u8..0x20).map(char::from);
        for special in controls.chain(['"', '\\']) {
            for at in 0..19 {
                let mut s = "xé".repeat(9);
                let at = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                s.insert(at, special);
                for from in 0..=at {
                    if s.is_char_boundary(from) {
                        assert_eq!(super::run_end(s.as_bytes(), from), at, "{s:?} from {from}");
                    }
                }
                assert_eq!(super::run_end(s.as_bytes(), at + 1), s.len(), "{s:?}");
            }
        }
        assert_eq!(super::run_end(b"", 0), 0);
    }

    /// The fast string writer gives the bytes of the ASCII serde writer for every string —
    /// serde_json's own bytes for a string in ASCII — and a string every JSON reader reads
    /// back as it was; it takes the fast path exactly when nothing needs escaping: each
    /// special byte and character at each offset of a word.
    #[test]
    fn strings_are_written_as_serde_writes_them_in_ascii() {
        let serde = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let ascii = |s: &str| {
            let mut out = Vec::new();
            super::write_ascii(&mut out, s).unwrap();
            String::from_utf8(out).unwrap()
        };
        let mut cases: Vec<String> = vec![
            String::new(),
            "Het verzoek wordt afgewezen.".into(),
            "één „citaat” — ok".into(),
            "a\u{7f}b".into(),
            "§ 3 en 𝄞 (buiten het BMP)".into(),
            "\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}".into(),
        ];
        let controls = (0u8..0x20).map(char::from);
        for special in controls.chain(['"', '\\', 'é', '€', '𝄞', '\u{80}']) {
            for at in 0..17 {
                let mut s = "x".repeat(17);
                s.insert(at, special);
                cases.push(s);
            }
        }
        for s in &cases {
            let mut out = Vec::new();
            super::string(&mut out, s);
            let written = String::from_utf8(out).unwrap();
            assert!(written.is_ascii(), "{written}");
            assert_eq!(written, ascii(s), "{s:?}");
            if s.is_ascii() {
                assert_eq!(written, serde(s), "{s:?}");
            }
            assert_eq!(&serde_json::from_str::<String>(&written).unwrap(), s);
            let plain = !s
                .chars()
                .any(|c| c < ' ' || c == '"' || c == '\\' || !c.is_ascii());
            assert_eq!(super::plain(s.as_bytes()), plain, "{s:?}");
        }
        assert_eq!(ascii("é𝄞"), r#""\u00e9\ud834\udd1e""#);
    }
}
