//! The input limits, in one place. They keep every evaluation small and its cost bounded;
//! a real request is far inside them. Input beyond a limit is refused with an
//! [`InputError`](crate::InputError) of kind [`ErrorKind::Limit`](crate::ErrorKind::Limit)
//! at the JSON path of the value, never cut or ignored. The input schema
//! (`kantonrechter schema input`, [`json::input_schema`](crate::json::input_schema)) states
//! the limits that JSON Schema can say, as `maxLength`, `maxItems`, `maxProperties` and
//! `maximum`; a test checks that it states each of them.
//!
//! | limit | what it bounds | schema keyword |
//! |---|---|---|
//! | [`MAX_INPUT_BYTES`] | the JSON text of a request (or case file) | — |
//! | [`MAX_DEPTH`] | how deep lists and objects nest in the JSON text | — |
//! | [`MAX_TEXT`] | every free text: titles, names, descriptions, statements, evidence, conditions, reasons (in characters) | `maxLength` |
//! | [`MAX_ID`] | an element's id (in characters, at least one) | `maxLength`, `minLength` |
//! | [`MAX_SUBJECTS`] | `regeling.subjects` | `maxItems` |
//! | [`MAX_ELEMENTS`] | `regeling.elements` (at least one), and every list of element ids | `maxItems` |
//! | [`MAX_INTERESTS`] | `interests.employer`, `interests.works_council` | `maxItems` |
//! | [`MAX_ALTERNATIVES`] | `avg.alternatives` | `maxItems` |
//! | [`MAX_LIST`] | every other list | `maxItems` |
//! | [`MAX_OVERRIDES`] | the calibration overrides of one request | `maxProperties` |
//! | [`MAX_RETENTION_DAYS`] | every retention term in days | `maximum` |
//! | [`MAX_CALIBRATION_VALUE`] | a calibration number (from 0) | — (a decimal written as a string) |

/// The largest request (or case file) accepted, in bytes (1 MiB). A real request is a few
/// kilobytes.
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// How deep lists and objects may nest in the JSON text (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;
/// The longest free text, in characters (Unicode scalar values, as JSON Schema's
/// `maxLength` counts).
pub const MAX_TEXT: usize = 10_000;
/// The longest element id, in characters.
pub const MAX_ID: usize = 64;
/// The most subjects of art. 27 lid 1 WOR a regeling may name (there are twelve letters).
pub const MAX_SUBJECTS: usize = 12;
/// The most elements a regeling may have; also the most element ids any list may name.
pub const MAX_ELEMENTS: usize = 32;
/// The most interests per side.
pub const MAX_INTERESTS: usize = 64;
/// The most alternatives.
pub const MAX_ALTERNATIVES: usize = 32;
/// The most entries in any other list.
pub const MAX_LIST: usize = 64;
/// The most calibration overrides. The readers refuse the first key too many before they
/// read it, so a request of a megabyte of keys costs no more than one of 64.
pub const MAX_OVERRIDES: usize = 64;
/// The longest retention term, in days (100 years).
pub const MAX_RETENTION_DAYS: u32 = 36_500;
/// The largest value a calibration number may take (the least is 0).
pub const MAX_CALIBRATION_VALUE: u32 = 1000;

/// Where each limit applies in the input schema: the schema's definition (`$defs`, or `""`
/// for the root, the request), the property, the keyword and the limit. One table, read by
/// [`json::input_schema`](crate::json::input_schema) and checked by the tests against the
/// requests the library accepts and refuses.
pub(crate) const SCHEMA: &[(&str, &str, &str, usize)] = &[
    ("", "title", "maxLength", MAX_TEXT),
    ("", "calibration", "maxProperties", MAX_OVERRIDES),
    ("Employer", "name", "maxLength", MAX_TEXT),
    ("Regeling", "title", "maxLength", MAX_TEXT),
    ("Regeling", "subjects", "maxItems", MAX_SUBJECTS),
    ("Regeling", "elements", "maxItems", MAX_ELEMENTS),
    ("Regeling", "elements", "minItems", 1),
    ("Element", "id", "maxLength", MAX_ID),
    ("Element", "id", "minLength", 1),
    ("Element", "description", "maxLength", MAX_TEXT),
    ("Measure", "observes", "maxItems", MAX_LIST),
    ("Measure", "special_categories", "maxItems", MAX_LIST),
    ("Measure", "retention_per_kind", "maxItems", MAX_LIST),
    (
        "Measure",
        "retention_days",
        "maximum",
        MAX_RETENTION_DAYS as usize,
    ),
    (
        "KindRetention",
        "days",
        "maximum",
        MAX_RETENTION_DAYS as usize,
    ),
    ("LegalObligation", "provision", "maxLength", MAX_TEXT),
    ("AiFacts", "capabilities", "maxItems", MAX_LIST),
    ("AiFacts", "emotion_inferred_from", "maxItems", MAX_LIST),
    ("Procedure", "or_conditions", "maxItems", MAX_LIST),
    ("Procedure", "or_conditions/items", "maxLength", MAX_TEXT),
    ("Interests", "employer", "maxItems", MAX_INTERESTS),
    ("Interests", "works_council", "maxItems", MAX_INTERESTS),
    ("EmployerInterest", "statement", "maxLength", MAX_TEXT),
    ("EmployerInterest", "evidence", "maxItems", MAX_LIST),
    ("EmployerInterest", "evidence/items", "maxLength", MAX_TEXT),
    ("EmployerInterest", "elements", "maxItems", MAX_ELEMENTS),
    ("OrInterest", "statement", "maxLength", MAX_TEXT),
    ("OrInterest", "evidence", "maxItems", MAX_LIST),
    ("OrInterest", "evidence/items", "maxLength", MAX_TEXT),
    ("OrInterest", "elements", "maxItems", MAX_ELEMENTS),
    ("AvgFacts", "alternatives", "maxItems", MAX_ALTERNATIVES),
    ("Alternative", "description", "maxLength", MAX_TEXT),
    ("Alternative", "rejection_reason", "maxLength", MAX_TEXT),
    ("Alternative", "elements", "maxItems", MAX_ELEMENTS),
];
