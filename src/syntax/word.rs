//! Eight bytes at a time: the word tricks of Hacker's Delight, 6-1 ("has a zero byte", "has
//! a byte less than n"), exact as a yes/no, for the scans on the hot path — the compact
//! ruling's strings ([`super::string`]), the parser's strings ([`super::run_end`]) and the
//! sentences' placeholders (`ruling::text`). A byte-by-byte scan cost as much as the work it
//! guards, above all in WebAssembly. Written by hand rather than with `memchr`, which would
//! be a dependency of the browser build for a few lines.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The first eight bytes of `b` as one word (little-endian), if there are eight.
pub(crate) fn word(b: &[u8]) -> Option<u64> {
    let mut w = [0u8; 8];
    w.copy_from_slice(b.get(..8)?);
    Some(u64::from_le_bytes(w))
}

/// Non-zero if some byte of `v` is less than `n` (`n` at most 0x80).
pub(crate) fn below(v: u64, n: u8) -> u64 {
    v.wrapping_sub(ONES * u64::from(n)) & !v & HIGH
}

/// Non-zero if some byte of `v` is `c`.
pub(crate) fn has(v: u64, c: u8) -> u64 {
    below(v ^ (ONES * u64::from(c)), 1)
}

/// Non-zero if some byte of `v` is outside ASCII.
pub(crate) fn non_ascii(v: u64) -> u64 {
    v & HIGH
}

/// Non-zero if some byte of `v` ends a run of a JSON string's plain bytes: a quote, a
/// backslash or a control character.
pub(crate) fn json_special(v: u64) -> u64 {
    below(v, 0x20) | has(v, b'"') | has(v, b'\\')
}
