//! Reading a [`Request`] from its JSON tree: one function per input type, in the order of
//! the types in `request/`, accepting exactly what the input schema describes
//! (`kantonrechter schema input`) and what the types' serde `Deserialize` accepts.
//!
//! Why not serde: serde's derive and serde_json's deserialiser, monomorphised for each of
//! the request's fifteen structs, were a fifth of the WebAssembly module (32 KB gzip), with
//! float printing pulled in by their error messages. This reader is a few KB. The types
//! keep their `Deserialize` impls for embedders; `tests/reader.rs` checks that the two
//! accept the same requests, read them to equal values and put errors at the same JSON
//! path. Deliberate differences, both stricter than serde and both outside the schema:
//! a struct written as a JSON list (serde reads its fields by position) and a calibration
//! key given twice (serde keeps the last) are errors here.
//!
//! Like serde's derive: members are read in the order written and the first error stops
//! the reading, a syntax error too (the tree keeps what the text held before it, and the
//! reader names it where it meets the break: of a value of the wrong type and a later
//! syntax error, the first is named, as serde names it); unknown and duplicate fields are
//! errors (a key is looked at before its value); a missing required field is
//! reported, after the object's members, in the order of the type's fields; `null` is
//! accepted only where the field is optional. Like serde's unit enums: a code is read from
//! a string, or from an object with the code as its only key and `null` as its value.

use rust_decimal::Decimal;

use crate::limits::MAX_OVERRIDES;
use crate::request::codes::Code;
use crate::request::exact;
use crate::request::*;
use crate::syntax::cut;
use crate::syntax::path::{Path, Seg, line_column, render};
use crate::syntax::tree::{Node, Val};
use crate::validate::{ErrorKind, InputError};
use crate::{Date, Request};

/// A result of the reader. The error is boxed: one pointer to pass on at every `?`, not
/// the whole error, which keeps the reader's code (one `?` per member) a third smaller in
/// the WebAssembly build. Errors are rare; the allocation does not matter.
type R<T> = Result<T, Box<InputError>>;

/// Read a request from JSON text (no validation beyond the types). Of two errors, the
/// first in the text is named, as serde names it.
pub(super) fn request(text: &str) -> Result<Request, InputError> {
    let (tree, syntax) = crate::syntax::tree::parse(text);
    let request = request_at(text, &tree, Vec::new(), syntax.as_deref())?;
    match syntax {
        // The text broke after the value.
        Some(e) => Err(*e),
        None => Ok(request),
    }
}

/// Read a request from a node of a tree, with the path of that node, and the text's syntax
/// error if it has one: the tree then holds a break where the text broke, and the reader
/// names that error when it comes to it, unless an error before it comes first. (A break
/// after the node is the caller's to name.)
pub(super) fn request_at<'t>(
    text: &str,
    node: &Node<'t>,
    path: Path<'t>,
    syntax: Option<&InputError>,
) -> Result<Request, InputError> {
    Reader { text, path, syntax }.request(node).map_err(|e| *e)
}

/// A reader of one struct of the request: `fn NAME -> TYPE { [#[required]] FIELD: METHOD[(ARGS)], … }`
/// reads each member with `Reader::METHOD(value, ARGS)`. The JSON names are the fields'
/// names (the request's structs rename none), and the struct is built with every field
/// named, so a field the reader forgets does not compile. A field not marked
/// `#[required]` starts at its type's default, as serde's `#[serde(default)]` does.
macro_rules! reader {
    (
        $(#[$doc:meta])*
        fn $name:ident -> $ty:ident {
            $($(#[$required:ident])? $field:ident: $method:ident $(($($arg:expr),*))?,)+
        }
    ) => {
        $(#[$doc])*
        fn $name(&mut self, node: &Node<'t>) -> R<$ty> {
            $(let mut $field = reader!(@init $($required)?);)+
            const FIELDS: &[&str] = &[$(stringify!($field)),+];
            self.object(node, stringify!($ty), FIELDS, &mut |r, i, v| {
                let mut k = 0;
                $(
                    if i == k {
                        let value = r.$method(v $($(, $arg)*)?)?;
                        reader!(@store $field value $($required)?);
                        return Ok(());
                    }
                    k += 1;
                )+
                let _ = k;
                Ok(())
            })?;
            Ok($ty {
                $($field: reader!(@finish self node $field $($required)?),)+
            })
        }
    };
    (@init) => { Default::default() };
    (@init required) => { None };
    (@store $field:ident $value:ident) => { $field = $value };
    (@store $field:ident $value:ident required) => { $field = Some($value) };
    (@finish $self:ident $node:ident $field:ident) => { $field };
    (@finish $self:ident $node:ident $field:ident required) => {
        $self.required($node, $field, stringify!($field))?
    };
}

/// The reader's place in the text, for error messages, and the text's syntax error.
struct Reader<'a, 't> {
    text: &'a str,
    path: Path<'t>,
    /// The syntax error where the tree breaks (a [`Val::Broken`] node), if it does.
    syntax: Option<&'a InputError>,
}

/// One member's reader: gets the index of the member's name in the type's field list.
type Member<'f, 'a, 't> = dyn FnMut(&mut Reader<'a, 't>, usize, &Node<'t>) -> R<()> + 'f;

impl<'a, 't> Reader<'a, 't> {
    /// An error at the current path: what was expected, and the value found instead; or,
    /// where the text broke, the syntax error.
    fn wrong(&self, node: &Node<'_>, expected: &str) -> Box<InputError> {
        match node.val {
            Val::Broken { .. } => self.broken(node),
            _ => self.error(
                ErrorKind::Type,
                node.at,
                format!("{expected}, found {}", node.val.found()),
            ),
        }
    }

    /// The syntax error, met where the text broke.
    fn broken(&self, node: &Node<'_>) -> Box<InputError> {
        match self.syntax {
            Some(e) => Box::new(e.clone()),
            // A tree breaks only with its error beside it.
            None => self.error(ErrorKind::Syntax, node.at, "valid JSON".into()),
        }
    }

    /// The syntax error, if the text broke before this member's key was read.
    fn broken_before_key(&self, node: &Node<'_>) -> R<()> {
        match node.val {
            Val::Broken { keyed: false } => Err(self.broken(node)),
            _ => Ok(()),
        }
    }

    fn error(&self, kind: ErrorKind, at: usize, expected: String) -> Box<InputError> {
        Box::new(
            InputError::new(
                render(&self.path),
                format!("{expected}{}", line_column(self.text, at)),
            )
            .with_kind(kind),
        )
    }

    /// The members of an object, each handed to `each` with its field's index in `fields`
    /// (under its key in the path). Returns which fields were present, as bits.
    fn object(
        &mut self,
        node: &Node<'t>,
        what: &str,
        fields: &[&str],
        each: &mut Member<'_, 'a, 't>,
    ) -> R<u64> {
        let Val::Obj(members) = &node.val else {
            return Err(self.wrong(node, &format!("an object ({what})")));
        };
        let mut seen = 0u64;
        for (key, value) in members {
            self.broken_before_key(value)?;
            self.path.push(Seg::Key(key.clone()));
            let Some(i) = fields.iter().position(|f| *f == key) else {
                let list = fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(self.error(
                    ErrorKind::UnknownField,
                    value.at,
                    format!("one of {list}, found unknown field `{}`", cut(key)),
                ));
            };
            if seen & (1 << i) != 0 {
                return Err(self.error(
                    ErrorKind::DuplicateField,
                    value.at,
                    format!("the field `{key}` only once"),
                ));
            }
            seen |= 1 << i;
            each(self, i, value)?;
            self.path.pop();
        }
        Ok(seen)
    }

    /// A required field's value, or the error that it is missing (at the object's path).
    fn required<T>(&self, node: &Node<'_>, value: Option<T>, field: &str) -> R<T> {
        value.ok_or_else(|| {
            self.error(
                ErrorKind::Missing,
                node.at,
                format!("the required field `{field}`"),
            )
        })
    }

    /// `null` as `None`, anything else read by `read`.
    fn option<T>(
        &mut self,
        node: &Node<'t>,
        read: fn(&mut Self, &Node<'t>) -> R<T>,
    ) -> R<Option<T>> {
        match node.val {
            Val::Null => Ok(None),
            _ => read(self, node).map(Some),
        }
    }

    /// A list, each entry read by `read` (under its index in the path).
    fn list<T>(&mut self, node: &Node<'t>, read: fn(&mut Self, &Node<'t>) -> R<T>) -> R<Vec<T>> {
        let Val::Arr(items) = &node.val else {
            return Err(self.wrong(node, "a list"));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            self.path.push(Seg::Index(i));
            out.push(read(self, item)?);
            self.path.pop();
        }
        Ok(out)
    }

    fn string(&mut self, node: &Node<'t>) -> R<String> {
        match &node.val {
            Val::Str(s) => Ok(s.to_string()),
            _ => Err(self.wrong(node, "a text (a string)")),
        }
    }

    fn boolean(&mut self, node: &Node<'t>) -> R<bool> {
        match node.val {
            Val::Bool(b) => Ok(b),
            _ => Err(self.wrong(node, "`true` or `false`")),
        }
    }

    fn date(&mut self, node: &Node<'t>) -> R<Date> {
        match &node.val {
            Val::Str(s) => s.parse().map_err(|_| {
                self.error(
                    ErrorKind::Type,
                    node.at,
                    format!(
                        "a date that exists, written YYYY-MM-DD, found {}",
                        crate::syntax::quote(s)
                    ),
                )
            }),
            _ => Err(self.wrong(node, "a date written YYYY-MM-DD")),
        }
    }

    /// A whole number from 0 to 4 294 967 295 (`u32`).
    fn whole(&mut self, node: &Node<'t>) -> R<u32> {
        match node.val {
            Val::Num(n) if integer(n) => n.parse::<i64>().ok().and_then(|x| u32::try_from(x).ok()),
            _ => None,
        }
        .ok_or_else(|| self.wrong(node, "a whole number from 0 to 4294967295"))
    }

    /// An exact decimal: a string (`"0.5"`) or an integer, never a binary float.
    fn exact(&mut self, node: &Node<'t>) -> R<Decimal> {
        let expected = "a decimal number written as a string, e.g. \"0.5\", or an integer";
        match &node.val {
            Val::Str(s) => exact::parse(s).ok_or_else(|| self.wrong(node, expected)),
            Val::Num(n) if integer(n) => {
                // Within i64 (or u64): as serde_json reads an integer; beyond, it is a float.
                let d = n
                    .parse::<i64>()
                    .map(Decimal::from)
                    .or_else(|_| n.parse::<u64>().map(Decimal::from));
                d.map_err(|_| self.wrong(node, expected))
            }
            _ => Err(self.wrong(node, expected)),
        }
    }

    /// A code of a unit enum: `"yes"`, or `{"yes": null}`.
    fn code<T: Code>(&mut self, node: &Node<'t>) -> R<T> {
        self.variant(node, T::CODES).map(|i| T::ALL[i])
    }

    fn variant(&mut self, node: &Node<'t>, codes: &[&str]) -> R<usize> {
        // As serde reads `{"code": null}`: the code, then its `null`, then the `}`.
        let (code, object) = match &node.val {
            Val::Str(s) => (s, None),
            Val::Obj(m) if !m.is_empty() => {
                self.broken_before_key(&m[0].1)?;
                (&m[0].0, Some(m))
            }
            _ => return Err(self.wrong(node, &one_of(codes))),
        };
        let i = codes.iter().position(|c| c == code).ok_or_else(|| {
            let found = format!("{}, found `{}`", one_of(codes), cut(code));
            self.error(ErrorKind::UnknownCode, node.at, found)
        })?;
        if let Some(m) = object {
            match m.get(1) {
                _ if !matches!(m[0].1.val, Val::Null) => {
                    // The code's value (or the break in it), under the code in the path.
                    self.path.push(Seg::Key(m[0].0.clone()));
                    return Err(self.wrong(&m[0].1, "`null` as the value of the code"));
                }
                None => {}
                Some((_, next)) if matches!(next.val, Val::Broken { .. }) => {
                    return Err(self.broken(next));
                }
                Some(_) => return Err(self.wrong(node, &one_of(codes))),
            }
        }
        Ok(i)
    }

    /// `Consequences`: a list of codes, or one code as a string (the old form, and `none`,
    /// `unknown`). An error of the list as a whole (empty; `none` beside a consequence) is
    /// at the field's path, as serde puts it.
    fn consequences(&mut self, node: &Node<'t>) -> R<Consequences> {
        use crate::request::consequences as c;
        let expected =
            "a list of consequences (e.g. [\"warning\", \"appraisal\"]), \"none\" or \"unknown\"";
        match &node.val {
            Val::Str(s) => c::from_string(s).ok_or_else(|| {
                self.error(
                    ErrorKind::UnknownCode,
                    node.at,
                    format!("{expected}, found `{}`", cut(s)),
                )
            }),
            Val::Arr(items) => {
                let mut codes = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    self.path.push(Seg::Index(i));
                    let code = match &item.val {
                        Val::Str(s) => c::list_code(s).map_err(|()| {
                            let found = format!("{}, found `{}`", one_of(c::LIST_CODES), cut(s));
                            self.error(ErrorKind::UnknownCode, item.at, found)
                        })?,
                        _ => return Err(self.wrong(item, &one_of(c::LIST_CODES))),
                    };
                    codes.push(code);
                    self.path.pop();
                }
                c::from_list(&codes)
                    .map_err(|e| self.error(ErrorKind::Invalid, node.at, e.to_string()))
            }
            _ => Err(self.wrong(node, expected)),
        }
    }

    /// The calibration overrides: an object of keys and exact decimals.
    fn calibration(&mut self, node: &Node<'t>) -> R<Overrides> {
        let Val::Obj(members) = &node.val else {
            return Err(self.wrong(node, "an object of calibration keys and decimal numbers"));
        };
        let mut out = Overrides::new();
        for (i, (key, value)) in members.iter().enumerate() {
            self.broken_before_key(value)?;
            // The limit before the work: the first key too many is refused before it is
            // read, so that a megabyte of keys costs what 64 cost.
            if i == MAX_OVERRIDES {
                let expected = format!("at most {MAX_OVERRIDES} overrides");
                return Err(self.error(ErrorKind::Limit, value.at, expected));
            }
            self.path.push(Seg::Key(key.clone()));
            let d = self.exact(value)?;
            if out.insert(key.to_string(), d).is_some() {
                return Err(self.error(
                    ErrorKind::DuplicateField,
                    value.at,
                    format!("the key `{}` only once", cut(key)),
                ));
            }
            self.path.pop();
        }
        Ok(out)
    }

    // --- the request's types, as in request/ ---------------------------------------------

    reader! {
        /// `Request` (the top of the text).
        fn request -> Request {
            format: option(Self::string),
            #[required]
            as_of: date,
            title: option(Self::string),
            employer: employer,
            #[required]
            regeling: regeling,
            procedure: procedure,
            interests: interests,
            avg: avg,
            readings: readings,
            calibration: calibration,
        }
    }

    reader! {
        fn employer -> Employer {
            name: option(Self::string),
            kind: code,
        }
    }

    reader! {
        fn readings -> Readings {
            stage2: code,
            ai_act: code,
        }
    }

    reader! {
        fn regeling -> Regeling {
            #[required]
            title: string,
            subjects: list(Self::code),
            decision: code,
            by_employer: code,
            ends_tolerated_practice: code,
            scope: code,
            incidental: code,
            temporary_or_pilot: code,
            cao: code,
            separable: boolean,
            start_date: option(Self::date),
            #[required]
            elements: list(Self::element),
            consent_right_by_agreement: code,
            applies_consented_regeling: code,
            changes_primary_terms: code,
        }
    }

    reader! {
        fn element -> Element {
            #[required]
            id: string,
            #[required]
            description: string,
            measure: measure,
        }
    }

    reader! {
        fn measure -> Measure {
            technology: code,
            personal_data: code,
            observes: list(Self::code),
            identifiability: code,
            frequency: code,
            openness: code,
            covert_conditions: option(Self::covert_conditions),
            place: code,
            more_intensive_at_home: code,
            housemates_recorded: code,
            private_use_allowed: code,
            outside_working_hours: code,
            privacy_switch: code,
            biometric: option(Self::biometric),
            ai: option(Self::ai),
            consequences: consequences,
            retention_days: option(Self::whole),
            retention_until: option(Self::code),
            retention_per_kind: list(Self::kind_retention),
            purpose: code,
            earlier_purpose: option(Self::code),
            access: code,
            serves_purpose: code,
            legal_obligation: option(Self::legal_obligation),
            public_task: code,
            special_categories: list(Self::code),
            dpia: option(Self::code),
            staff_informed_in_advance: option(Self::code),
            human_intervention: option(Self::code),
        }
    }

    reader! {
        fn legal_obligation -> LegalObligation {
            source: code,
            provision: option(Self::string),
            shown: code,
            goes_beyond: code,
        }
    }

    reader! {
        fn kind_retention -> KindRetention {
            #[required]
            kind: code,
            days: option(Self::whole),
        }
    }

    reader! {
        fn covert_conditions -> CovertConditions {
            reasonable_suspicion: code,
            no_other_means: code,
            limited_period: code,
            informed_afterwards: code,
        }
    }

    reader! {
        fn biometric -> Biometric {
            purpose: code,
            necessary: code,
            design: code,
            security_need: option(Self::claim),
            badge_or_pin_suffices: option(Self::claim),
            explicit_free_consent: code,
        }
    }

    reader! {
        fn emotion_use -> EmotionUse {
            purpose: code,
            by: code,
            contested: code,
            substantiation: code,
        }
    }

    reader! {
        fn claim -> Claim {
            holds: code,
            by: code,
            contested: code,
            substantiation: code,
        }
    }

    reader! {
        fn ai -> AiFacts {
            is_ai_system: code,
            capabilities: list(Self::code),
            medical_or_safety: code,
            emotion_use: option(Self::emotion_use),
            emotion_inferred_from: list(Self::code),
            narrow_task_only: code,
            human_oversight: code,
            workers_informed: code,
        }
    }

    reader! {
        fn procedure -> Procedure {
            consent_requested: code,
            in_writing_with_reasons: code,
            consultation_meeting_held: code,
            requested_on: option(Self::date),
            or_decision: code,
            or_conditions: list(Self::string),
            implemented_without_consent: code,
            nullity: option(Self::nullity),
            arbowet_demand_same_matter: code,
            earlier_agreement: option(Self::earlier_agreement),
            meeting_only_informed: code,
            consultation_meeting_declined_by: code,
            or_still_deciding: code,
            or_asked_for_formal_request: code,
            petitum: code,
            or_gave_reasons: code,
            or_refused_to_discuss: code,
            amended_in_proceedings: code,
        }
    }

    reader! {
        fn earlier_agreement -> EarlierAgreement {
            #[required]
            description: string,
            kept: code,
        }
    }

    reader! {
        fn nullity -> Nullity {
            invoked_in_writing: code,
            term_started_on: option(Self::date),
            invoked_on: option(Self::date),
            invoked_within_one_month: code,
        }
    }

    reader! {
        fn interests -> Interests {
            employer: list(Self::employer_interest),
            works_council: list(Self::or_interest),
        }
    }

    reader! {
        fn employer_interest -> EmployerInterest {
            #[required]
            kind: code,
            #[required]
            statement: string,
            substantiation: code,
            contested: code,
            evidence: list(Self::string),
            importance: option(Self::code),
            requires_decision: code,
            policy_validly_adopted: code,
            elements: list(Self::string),
        }
    }

    reader! {
        fn or_interest -> OrInterest {
            #[required]
            kind: code,
            #[required]
            statement: string,
            substantiation: code,
            contested: code,
            evidence: list(Self::string),
            importance: option(Self::code),
            elements: list(Self::string),
            raises: list(Self::code),
            first_raised_in_court: code,
            unrelated_to_regeling: code,
        }
    }

    reader! {
        fn avg -> AvgFacts {
            legal_basis: code,
            dpia: code,
            staff_informed_in_advance: code,
            human_intervention: code,
            alternatives: list(Self::alternative),
        }
    }

    reader! {
        fn alternative -> Alternative {
            #[required]
            description: string,
            reaches_same_goal: code,
            rejection_reason: option(Self::string),
            rejection_substantiation: code,
            elements: list(Self::string),
            by_works_council: code,
        }
    }
}

/// Whether a JSON number is an integer as serde_json tells one from a float: no fraction,
/// no exponent, and not `-0` (which it reads as the float -0.0).
fn integer(n: &str) -> bool {
    n != "-0" && !n.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'))
}

/// "one of `a`, `b`, `c`".
fn one_of(codes: &[&str]) -> String {
    let list = codes
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("one of {list}")
}

#[cfg(test)]
mod tests {
    use crate::syntax::path::line_column;

    /// A request whose calibration has `n` keys, in reverse order (each insertion into a
    /// sorted list moves every key before it).
    fn with_keys(n: usize) -> String {
        let keys: Vec<String> = (0..n).rev().map(|i| format!("\"k{i:06}\":0")).collect();
        format!(
            "{{\"as_of\": \"2026-01-01\", \"regeling\": {{\"title\": \"t\", \"elements\": []}},\n\"calibration\": {{{}}}}}",
            keys.join(",")
        )
    }

    /// Issue #17: the limit is checked before the work. Of 100,000 keys the reader reads
    /// 64 and refuses the 65th, at its place in the text: the error's position is the
    /// proof that it looked at no key after it (it used to insert all of them into the
    /// sorted list, quadratic, and leave the count to `validate`).
    #[test]
    fn calibration_is_refused_at_the_first_key_too_many() {
        let text = with_keys(100_000);
        let e = super::request(&text).unwrap_err();
        assert_eq!(e.path, "$.calibration", "{e}");
        let first_too_many = 100_000 - 1 - crate::limits::MAX_OVERRIDES;
        let key = format!("\"k{first_too_many:06}\":");
        let at = text.find(&key).unwrap() + key.len();
        assert_eq!(
            e.expected,
            format!("at most 64 overrides{}", line_column(&text, at))
        );
        // 64 are read.
        assert_eq!(
            super::request(&with_keys(64)).unwrap().calibration.len(),
            64
        );
    }
}
