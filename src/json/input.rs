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
//! the reading; unknown and duplicate fields are errors; a missing required field is
//! reported, after the object's members, in the order of the type's fields; `null` is
//! accepted only where the field is optional. Like serde's unit enums: a code is read from
//! a string, or from an object with the code as its only key and `null` as its value.

use rust_decimal::Decimal;

use super::path::{Path, Seg, line_column, render};
use super::tree::{Node, Val, truncate};
use crate::request::codes::Code;
use crate::request::exact;
use crate::request::*;
use crate::validate::InputError;
use crate::{Date, Request};

/// A result of the reader. The error is boxed: one pointer to pass on at every `?`, not
/// the whole error, which keeps the reader's code (one `?` per member) a third smaller in
/// the WebAssembly build. Errors are rare; the allocation does not matter.
type R<T> = Result<T, Box<InputError>>;

/// Read a request from JSON text (no validation beyond the types).
pub(super) fn request(text: &str) -> Result<Request, InputError> {
    let tree = super::tree::parse(text)?;
    let mut r = Reader {
        text,
        path: Vec::new(),
    };
    r.request(&tree).map_err(|e| *e)
}

/// Read a request from a node of a tree, with the path of that node.
pub(super) fn request_at<'t>(
    text: &str,
    node: &Node<'t>,
    path: Path<'t>,
) -> Result<Request, InputError> {
    Reader { text, path }.request(node).map_err(|e| *e)
}

/// The reader's place in the text: for error messages.
struct Reader<'a, 't> {
    text: &'a str,
    path: Path<'t>,
}

/// One member's reader: gets the index of the member's name in the type's field list.
type Member<'f, 'a, 't> = dyn FnMut(&mut Reader<'a, 't>, usize, &Node<'t>) -> R<()> + 'f;

impl<'a, 't> Reader<'a, 't> {
    /// An error at the current path: what was expected, and the value found instead.
    fn wrong(&self, node: &Node<'_>, expected: &str) -> Box<InputError> {
        self.error(node.at, format!("{expected}, found {}", node.val.found()))
    }

    fn error(&self, at: usize, expected: String) -> Box<InputError> {
        Box::new(InputError::new(
            render(&self.path),
            format!("{expected}{}", line_column(self.text, at)),
        ))
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
            self.path.push(Seg::Key(key.clone()));
            let Some(i) = fields.iter().position(|f| *f == key) else {
                let list = fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(self.error(
                    value.at,
                    format!("one of {list}, found unknown field `{}`", truncate(key)),
                ));
            };
            if seen & (1 << i) != 0 {
                return Err(self.error(value.at, format!("the field `{key}` only once")));
            }
            seen |= 1 << i;
            each(self, i, value)?;
            self.path.pop();
        }
        Ok(seen)
    }

    /// A required field's value, or the error that it is missing (at the object's path).
    fn required<T>(&self, node: &Node<'_>, value: Option<T>, field: &str) -> R<T> {
        value.ok_or_else(|| self.error(node.at, format!("the required field `{field}`")))
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
                    node.at,
                    format!(
                        "a date that exists, written YYYY-MM-DD, found {}",
                        super::quote(&truncate(s))
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
        let code = match &node.val {
            Val::Str(s) => s,
            Val::Obj(m) if m.len() == 1 && matches!(m[0].1.val, Val::Null) => &m[0].0,
            _ => return Err(self.wrong(node, &one_of(codes))),
        };
        codes.iter().position(|c| c == code).ok_or_else(|| {
            self.error(
                node.at,
                format!("{}, found `{}`", one_of(codes), truncate(code)),
            )
        })
    }

    /// The calibration overrides: an object of keys and exact decimals.
    fn calibration(&mut self, node: &Node<'t>) -> R<Overrides> {
        let Val::Obj(members) = &node.val else {
            return Err(self.wrong(node, "an object of calibration keys and decimal numbers"));
        };
        let mut out = Overrides::new();
        for (key, value) in members {
            self.path.push(Seg::Key(key.clone()));
            let d = self.exact(value)?;
            if out.insert(key.to_string(), d).is_some() {
                return Err(self.error(value.at, format!("the key `{key}` only once")));
            }
            self.path.pop();
        }
        Ok(out)
    }

    // --- the request's types, as in request/ ---------------------------------------------

    fn request(&mut self, node: &Node<'t>) -> R<Request> {
        let (mut as_of, mut regeling) = (None, None);
        let mut title = None;
        let mut employer = Employer::default();
        let mut procedure = Procedure::default();
        let mut interests = Interests::default();
        let mut avg = AvgFacts::default();
        let mut readings = Readings::default();
        let mut calibration = Overrides::new();
        #[rustfmt::skip]
        let fields = ["as_of", "title", "employer", "regeling", "procedure", "interests", "avg", "readings", "calibration"];
        self.object(node, "Request", &fields, &mut |r, i, v| {
            match i {
                0 => as_of = Some(r.date(v)?),
                1 => title = r.option(v, Self::string)?,
                2 => employer = r.employer(v)?,
                3 => regeling = Some(r.regeling(v)?),
                4 => procedure = r.procedure(v)?,
                5 => interests = r.interests(v)?,
                6 => avg = r.avg(v)?,
                7 => readings = r.readings(v)?,
                _ => calibration = r.calibration(v)?,
            }
            Ok(())
        })?;
        Ok(Request {
            as_of: self.required(node, as_of, "as_of")?,
            title,
            employer,
            regeling: self.required(node, regeling, "regeling")?,
            procedure,
            interests,
            avg,
            readings,
            calibration,
        })
    }

    fn employer(&mut self, node: &Node<'t>) -> R<Employer> {
        let mut e = Employer::default();
        self.object(node, "Employer", &["name", "kind"], &mut |r, i, v| {
            match i {
                0 => e.name = r.option(v, Self::string)?,
                _ => e.kind = r.code(v)?,
            }
            Ok(())
        })?;
        Ok(e)
    }

    fn readings(&mut self, node: &Node<'t>) -> R<Readings> {
        let mut x = Readings::default();
        self.object(node, "Readings", &["stage2", "ai_act"], &mut |r, i, v| {
            match i {
                0 => x.stage2 = r.code(v)?,
                _ => x.ai_act = r.code(v)?,
            }
            Ok(())
        })?;
        Ok(x)
    }

    fn regeling(&mut self, node: &Node<'t>) -> R<Regeling> {
        let (mut title, mut elements) = (None, None);
        let mut subjects = Vec::new();
        let mut decision = DecisionKind::default();
        let (mut by_employer, mut ends_tolerated_practice) = (Tri::default(), Tri::default());
        let mut scope = Scope::default();
        let (mut incidental, mut temporary_or_pilot) = (Tri::default(), Tri::default());
        let mut cao = CaoCoverage::default();
        let mut separable = false;
        let mut start_date = None;
        #[rustfmt::skip]
        let fields = ["title", "subjects", "decision", "by_employer", "ends_tolerated_practice", "scope", "incidental", "temporary_or_pilot", "cao", "separable", "start_date", "elements"];
        self.object(node, "Regeling", &fields, &mut |r, i, v| {
            match i {
                0 => title = Some(r.string(v)?),
                1 => subjects = r.list(v, Self::code)?,
                2 => decision = r.code(v)?,
                3 => by_employer = r.code(v)?,
                4 => ends_tolerated_practice = r.code(v)?,
                5 => scope = r.code(v)?,
                6 => incidental = r.code(v)?,
                7 => temporary_or_pilot = r.code(v)?,
                8 => cao = r.code(v)?,
                9 => separable = r.boolean(v)?,
                10 => start_date = r.option(v, Self::date)?,
                _ => elements = Some(r.list(v, Self::element)?),
            }
            Ok(())
        })?;
        Ok(Regeling {
            title: self.required(node, title, "title")?,
            subjects,
            decision,
            by_employer,
            ends_tolerated_practice,
            scope,
            incidental,
            temporary_or_pilot,
            cao,
            separable,
            start_date,
            elements: self.required(node, elements, "elements")?,
        })
    }

    fn element(&mut self, node: &Node<'t>) -> R<Element> {
        let (mut id, mut description) = (None, None);
        let mut measure = Measure::default();
        let fields = ["id", "description", "measure"];
        self.object(node, "Element", &fields, &mut |r, i, v| {
            match i {
                0 => id = Some(r.string(v)?),
                1 => description = Some(r.string(v)?),
                _ => measure = r.measure(v)?,
            }
            Ok(())
        })?;
        Ok(Element {
            id: self.required(node, id, "id")?,
            description: self.required(node, description, "description")?,
            measure,
        })
    }

    fn measure(&mut self, node: &Node<'t>) -> R<Measure> {
        let mut m = Measure::default();
        #[rustfmt::skip]
        let fields = ["technology", "personal_data", "observes", "identifiability", "frequency", "openness", "covert_conditions", "place", "more_intensive_at_home", "biometric", "ai", "consequences", "retention_days", "purpose", "earlier_purpose"];
        self.object(node, "Measure", &fields, &mut |r, i, v| {
            match i {
                0 => m.technology = r.code(v)?,
                1 => m.personal_data = r.code(v)?,
                2 => m.observes = r.list(v, Self::code)?,
                3 => m.identifiability = r.code(v)?,
                4 => m.frequency = r.code(v)?,
                5 => m.openness = r.code(v)?,
                6 => m.covert_conditions = r.option(v, Self::covert_conditions)?,
                7 => m.place = r.code(v)?,
                8 => m.more_intensive_at_home = r.code(v)?,
                9 => m.biometric = r.option(v, Self::biometric)?,
                10 => m.ai = r.option(v, Self::ai)?,
                11 => m.consequences = r.code(v)?,
                12 => m.retention_days = r.option(v, Self::whole)?,
                13 => m.purpose = r.code(v)?,
                _ => m.earlier_purpose = r.option(v, Self::code)?,
            }
            Ok(())
        })?;
        Ok(m)
    }

    fn covert_conditions(&mut self, node: &Node<'t>) -> R<CovertConditions> {
        let mut c = CovertConditions::default();
        #[rustfmt::skip]
        let fields = ["reasonable_suspicion", "no_other_means", "limited_period", "informed_afterwards"];
        self.object(node, "CovertConditions", &fields, &mut |r, i, v| {
            let t = r.code(v)?;
            match i {
                0 => c.reasonable_suspicion = t,
                1 => c.no_other_means = t,
                2 => c.limited_period = t,
                _ => c.informed_afterwards = t,
            }
            Ok(())
        })?;
        Ok(c)
    }

    fn biometric(&mut self, node: &Node<'t>) -> R<Biometric> {
        let mut b = Biometric::default();
        let fields = ["purpose", "necessary", "explicit_free_consent"];
        self.object(node, "Biometric", &fields, &mut |r, i, v| {
            match i {
                0 => b.purpose = r.code(v)?,
                1 => b.necessary = r.code(v)?,
                _ => b.explicit_free_consent = r.code(v)?,
            }
            Ok(())
        })?;
        Ok(b)
    }

    fn ai(&mut self, node: &Node<'t>) -> R<AiFacts> {
        let mut a = AiFacts::default();
        #[rustfmt::skip]
        let fields = ["is_ai_system", "capabilities", "medical_or_safety", "narrow_task_only", "human_oversight", "workers_informed"];
        self.object(node, "AiFacts", &fields, &mut |r, i, v| {
            match i {
                0 => a.is_ai_system = r.code(v)?,
                1 => a.capabilities = r.list(v, Self::code)?,
                2 => a.medical_or_safety = r.code(v)?,
                3 => a.narrow_task_only = r.code(v)?,
                4 => a.human_oversight = r.code(v)?,
                _ => a.workers_informed = r.code(v)?,
            }
            Ok(())
        })?;
        Ok(a)
    }

    fn procedure(&mut self, node: &Node<'t>) -> R<Procedure> {
        let mut p = Procedure::default();
        #[rustfmt::skip]
        let fields = ["consent_requested", "in_writing_with_reasons", "consultation_meeting_held", "requested_on", "or_decision", "or_conditions", "implemented_without_consent", "nullity", "arbowet_demand_same_matter"];
        self.object(node, "Procedure", &fields, &mut |r, i, v| {
            match i {
                0 => p.consent_requested = r.code(v)?,
                1 => p.in_writing_with_reasons = r.code(v)?,
                2 => p.consultation_meeting_held = r.code(v)?,
                3 => p.requested_on = r.option(v, Self::date)?,
                4 => p.or_decision = r.code(v)?,
                5 => p.or_conditions = r.list(v, Self::string)?,
                6 => p.implemented_without_consent = r.code(v)?,
                7 => p.nullity = r.option(v, Self::nullity)?,
                _ => p.arbowet_demand_same_matter = r.code(v)?,
            }
            Ok(())
        })?;
        Ok(p)
    }

    fn nullity(&mut self, node: &Node<'t>) -> R<Nullity> {
        let mut n = Nullity::default();
        #[rustfmt::skip]
        let fields = ["invoked_in_writing", "term_started_on", "invoked_on", "invoked_within_one_month"];
        self.object(node, "Nullity", &fields, &mut |r, i, v| {
            match i {
                0 => n.invoked_in_writing = r.code(v)?,
                1 => n.term_started_on = r.option(v, Self::date)?,
                2 => n.invoked_on = r.option(v, Self::date)?,
                _ => n.invoked_within_one_month = r.code(v)?,
            }
            Ok(())
        })?;
        Ok(n)
    }

    fn interests(&mut self, node: &Node<'t>) -> R<Interests> {
        let mut x = Interests::default();
        let fields = ["employer", "works_council"];
        self.object(node, "Interests", &fields, &mut |r, i, v| {
            match i {
                0 => x.employer = r.list(v, Self::employer_interest)?,
                _ => x.works_council = r.list(v, Self::or_interest)?,
            }
            Ok(())
        })?;
        Ok(x)
    }

    fn employer_interest(&mut self, node: &Node<'t>) -> R<EmployerInterest> {
        let (mut kind, mut statement) = (None, None);
        let (mut substantiation, mut contested) = (Substantiation::default(), Tri::default());
        let (mut evidence, mut importance) = (Vec::new(), None);
        let (mut requires_decision, mut policy_validly_adopted) = (Tri::default(), Tri::default());
        let mut elements = Vec::new();
        #[rustfmt::skip]
        let fields = ["kind", "statement", "substantiation", "contested", "evidence", "importance", "requires_decision", "policy_validly_adopted", "elements"];
        self.object(node, "EmployerInterest", &fields, &mut |r, i, v| {
            match i {
                0 => kind = Some(r.code(v)?),
                1 => statement = Some(r.string(v)?),
                2 => substantiation = r.code(v)?,
                3 => contested = r.code(v)?,
                4 => evidence = r.list(v, Self::string)?,
                5 => importance = r.option(v, Self::code)?,
                6 => requires_decision = r.code(v)?,
                7 => policy_validly_adopted = r.code(v)?,
                _ => elements = r.list(v, Self::string)?,
            }
            Ok(())
        })?;
        Ok(EmployerInterest {
            kind: self.required(node, kind, "kind")?,
            statement: self.required(node, statement, "statement")?,
            substantiation,
            contested,
            evidence,
            importance,
            requires_decision,
            policy_validly_adopted,
            elements,
        })
    }

    fn or_interest(&mut self, node: &Node<'t>) -> R<OrInterest> {
        let (mut kind, mut statement) = (None, None);
        let (mut substantiation, mut contested) = (Substantiation::default(), Tri::default());
        let (mut evidence, mut importance) = (Vec::new(), None);
        let mut elements = Vec::new();
        #[rustfmt::skip]
        let fields = ["kind", "statement", "substantiation", "contested", "evidence", "importance", "elements"];
        self.object(node, "OrInterest", &fields, &mut |r, i, v| {
            match i {
                0 => kind = Some(r.code(v)?),
                1 => statement = Some(r.string(v)?),
                2 => substantiation = r.code(v)?,
                3 => contested = r.code(v)?,
                4 => evidence = r.list(v, Self::string)?,
                5 => importance = r.option(v, Self::code)?,
                _ => elements = r.list(v, Self::string)?,
            }
            Ok(())
        })?;
        Ok(OrInterest {
            kind: self.required(node, kind, "kind")?,
            statement: self.required(node, statement, "statement")?,
            substantiation,
            contested,
            evidence,
            importance,
            elements,
        })
    }

    fn avg(&mut self, node: &Node<'t>) -> R<AvgFacts> {
        let mut a = AvgFacts::default();
        #[rustfmt::skip]
        let fields = ["legal_basis", "dpia", "staff_informed_in_advance", "human_intervention", "alternatives"];
        self.object(node, "AvgFacts", &fields, &mut |r, i, v| {
            match i {
                0 => a.legal_basis = r.code(v)?,
                1 => a.dpia = r.code(v)?,
                2 => a.staff_informed_in_advance = r.code(v)?,
                3 => a.human_intervention = r.code(v)?,
                _ => a.alternatives = r.list(v, Self::alternative)?,
            }
            Ok(())
        })?;
        Ok(a)
    }

    fn alternative(&mut self, node: &Node<'t>) -> R<Alternative> {
        let mut description = None;
        let mut reaches_same_goal = Tri::default();
        let mut rejection_reason = None;
        let mut rejection_substantiation = Substantiation::default();
        let mut elements = Vec::new();
        #[rustfmt::skip]
        let fields = ["description", "reaches_same_goal", "rejection_reason", "rejection_substantiation", "elements"];
        self.object(node, "Alternative", &fields, &mut |r, i, v| {
            match i {
                0 => description = Some(r.string(v)?),
                1 => reaches_same_goal = r.code(v)?,
                2 => rejection_reason = r.option(v, Self::string)?,
                3 => rejection_substantiation = r.code(v)?,
                _ => elements = r.list(v, Self::string)?,
            }
            Ok(())
        })?;
        Ok(Alternative {
            description: self.required(node, description, "description")?,
            reaches_same_goal,
            rejection_reason,
            rejection_substantiation,
            elements,
        })
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
