//! The receipt: which engine, which law, which input.

use schemars::JsonSchema;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::law::LAW_VERSION;
use crate::request::Request;

/// Identifies a ruling: the same receipt means the same engine, law and input, and so
/// (by the determinism invariant) byte-identical output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, JsonSchema)]
pub struct Receipt {
    /// The version of the request and report formats ([`crate::FORMAT_VERSION`]).
    pub format: String,
    /// The engine: crate name and version.
    pub engine: String,
    /// The law catalogue's version (the date of its latest source).
    pub law_version: String,
    /// SHA-256 of the request in canonical form, hex: its compact JSON serialisation, fields
    /// in schema order, overrides sorted by key, without the values that mean "not given"
    /// (`null`, `false`, `"unknown"`, empty lists and objects) — so a request hashes the same
    /// whether it leaves a field out or writes its default, and stored requests keep their
    /// hash when the format gains an optional field.
    pub input_sha256: String,
    /// Whether the ruling was checked against the decided cases (`PRECEDENT-A-FORTIORI`;
    /// [`crate::Options::precedents`]).
    pub precedents: bool,
}

impl Receipt {
    /// The receipt for a request.
    pub fn for_request(request: &Request) -> Receipt {
        // One buffer and one hash update is faster than hashing serde's many small writes.
        // The compact form hashes half the bytes of the pretty one (about 2 µs per ruling);
        // `json` writes both through one formatter, so the WebAssembly build pays nothing.
        let mut canonical = Vec::with_capacity(8192);
        crate::syntax::canonical(request, &mut canonical);
        let digest = Sha256::digest(&canonical);
        let mut hex = String::with_capacity(64);
        for b in digest.iter() {
            hex.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
            hex.push(char::from_digit(u32::from(b & 0xf), 16).unwrap_or('0'));
        }
        Receipt {
            input_sha256: hex,
            ..Receipt::unhashed()
        }
    }

    /// A receipt without the input's hash (empty), for a ruling whose form carries no
    /// receipt (crate-internal: the public paths always hash).
    pub(crate) fn unhashed() -> Receipt {
        Receipt {
            format: crate::FORMAT_VERSION.to_string(),
            engine: concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION")).to_string(),
            law_version: LAW_VERSION.to_string(),
            input_sha256: String::new(),
            precedents: false,
        }
    }
}
