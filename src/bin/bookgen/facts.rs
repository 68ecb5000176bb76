//! The facts of a request and of a decision as the templates show them: every field of the
//! JSON, labelled in Dutch (from `labels.json`) with its code, nothing hidden; and the labels.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json as obj};

use crate::{link, list, md, s};

/// The tables of `labels.json`, by name: field names and codes in Dutch (a string each),
/// and the codes of outcomes, stages and parties in Dutch and English (a pair each).
#[derive(Deserialize)]
pub(crate) struct Labels(BTreeMap<String, BTreeMap<String, Value>>);

/// A JSON value as short text: strings bare, numbers and booleans as written, null as "—",
/// arrays joined, objects as compact JSON.
pub(crate) fn plain(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
        other => other.to_string(),
    }
}

impl Labels {
    /// A code's label in a table of single labels.
    pub(crate) fn text(&self, table: &str, code: &str) -> Option<&str> {
        self.0.get(table)?.get(code)?.as_str()
    }

    /// A code as "Dutch (*English*)"; an unknown code as code, no code as a dash.
    pub(crate) fn pair(&self, table: &str, code: &str) -> String {
        let pair = self
            .0
            .get(table)
            .and_then(|t| t.get(code))
            .map(|p| (&p[0], &p[1]));
        match pair {
            Some((nl, en)) => format!("{} (*{}*)", plain(nl), plain(en)),
            None if code.is_empty() => "—".into(),
            None => format!("`{}`", code.replace('`', "")),
        }
    }

    /// A short Dutch label for an outcome, with the English as a tooltip (for narrow tables).
    pub(crate) fn short_outcome(&self, code: &str) -> String {
        let en = self
            .0
            .get("outcome")
            .and_then(|t| t.get(code))
            .map(|p| plain(&p[1]));
        match (self.text("short_outcome", code), en) {
            (Some(nl), Some(en)) => format!("<span title=\"{en}\">{nl}</span>"),
            _ if code.is_empty() => "—".into(),
            _ => format!("`{}`", code.replace('`', "")),
        }
    }

    /// A field's Dutch name, with its key.
    pub(crate) fn field(&self, key: &str) -> String {
        match self.text("field", key) {
            Some(nl) => format!("{nl} <small>(`{key}`)</small>"),
            None => format!("`{key}`"),
        }
    }

    /// A value: a code in Dutch with the code, other text escaped, a list joined.
    pub(crate) fn value(&self, v: &Value) -> String {
        match v {
            Value::String(s) => match self.text("value", s) {
                Some(nl) => format!("{} <small>(`{}`)</small>", md(nl), s.replace('`', "")),
                None if s.contains(' ') => md(s),
                None => format!("`{}`", s.replace('`', "")),
            },
            Value::Array(a) if a.is_empty() => "—".into(),
            Value::Array(a) => a
                .iter()
                .map(|x| self.value(x))
                .collect::<Vec<_>>()
                .join(", "),
            Value::Null => "—".into(),
            other => md(&plain(other)),
        }
    }
}

/// The scalar fields of an object as "label: value" items (nested objects flattened).
pub(crate) fn fact_items(l: &Labels, v: &Value, skip: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, x) in v.as_object().into_iter().flatten() {
        if skip.contains(&k.as_str()) {
            continue;
        }
        match x {
            Value::Object(_) => {
                let inner = fact_items(l, x, skip);
                if !inner.is_empty() {
                    out.push(format!("{}: {}", l.field(k), inner.join("; ")));
                }
            }
            Value::Array(a) if a.iter().any(Value::is_object) => {}
            _ => out.push(format!("{}: {}", l.field(k), l.value(x))),
        }
    }
    out
}

/// A note such as a deliberate difference: a string, or an object with a `reason` and
/// perhaps more fields.
pub(crate) fn explain(l: &Labels, v: &Value) -> Option<String> {
    match v {
        Value::Null | Value::Bool(false) => None,
        Value::String(x) => Some(md(x)),
        Value::Object(o) => {
            let reason = o.get("reason").map(|r| md(&plain(r)));
            let rest = Some(fact_items(l, v, &["reason"]).join("; ")).filter(|r| !r.is_empty());
            Some(
                reason
                    .into_iter()
                    .chain(rest)
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" — "),
            )
        }
        other => Some(md(&plain(other))),
    }
}

/// A source value of a case file (`court_record`, `unknown` or a URL) as text.
pub(crate) fn source_value(source: &str, d: &Value) -> String {
    let record = "het dossier van de rechter / court record";
    match source {
        "court_record" => match d.get("court_record").map(|r| s(r, "url")) {
            Some(u) if !u.is_empty() => link(record, u),
            _ => record.to_string(),
        },
        "unknown" => "onbekend / unknown".to_string(),
        u if u.starts_with("http") => link(u, u),
        other => md(other),
    }
}

/// An outcome or ground source: the source, its quotation and its note.
pub(crate) fn attribution(a: Option<&Value>, d: &Value) -> String {
    let Some(a) = a else {
        return "—".to_string();
    };
    let mut t = source_value(s(a, "source"), d);
    if !s(a, "quote").is_empty() {
        t.push_str(&format!(": “{}”", md(s(a, "quote"))));
    }
    if !s(a, "note").is_empty() {
        t.push_str(&format!(" ({})", md(s(a, "note"))));
    }
    t
}

/// The fields of a decision that `the-decision.md.j2` does not name, so that nothing the
/// case file says is hidden: each with its label and its value (a link to the decision it
/// names, a list, or text).
pub(crate) fn extra(l: &Labels, d: &Value, others: &BTreeMap<&str, &str>) -> Vec<Value> {
    let shown = [
        "ecli",
        "court",
        "date",
        "outcome",
        "deciding_stage",
        "confidence",
        "decisive_factors",
        "factors",
        "sources",
        "source_urls",
        "name",
        "short_name",
        "title",
        "deliberate_difference",
        "known_disagreement",
        "initiated_by",
        "court_record",
        "outcome_source",
        "court_ground",
        "ground_source",
        "fact_sources",
    ];
    let fields = d.as_object().into_iter().flatten();
    fields
        .filter(|(k, v)| !shown.contains(&k.as_str()) && !v.is_null())
        .map(|(k, v)| {
            let label = l.text("decision_field", k);
            let label = label.map_or_else(|| k.replace('_', " "), str::to_string);
            let (value, items) = match v {
                Value::String(x) if others.contains_key(x.as_str()) => (
                    Some(format!("[{}]({}.md)", md(x), others[x.as_str()])),
                    vec![],
                ),
                Value::Array(a) if !a.is_empty() => {
                    (None, a.iter().map(|x| md(&plain(x))).collect())
                }
                Value::Object(_) => (explain(l, v).or(Some(String::new())), vec![]),
                _ => (Some(md(&plain(v))), vec![]),
            };
            obj!({"label": md(&label), "value": value, "items": items})
        })
        .collect()
}

/// The sources a decision names, one line each.
pub(crate) fn decision_sources(l: &Labels, d: &Value) -> Vec<String> {
    let keys = ["sources", "source_urls"];
    keys.iter()
        .flat_map(|k| list(d, k))
        .map(|x| match x {
            Value::String(u) if u.starts_with("http") => link(u, u),
            Value::Object(_) => {
                let first = |keys: &[&str]| keys.iter().map(|k| s(x, k)).find(|u| !u.is_empty());
                let (url, lab) = (first(&["url", "href"]), first(&["label", "title", "name"]));
                let rest = fact_items(l, x, &["url", "href", "label", "title", "name"]).join("; ");
                let head = match (lab, url) {
                    (Some(l), Some(u)) => link(l, u),
                    (None, Some(u)) => link(u, u),
                    (Some(l), None) => md(l),
                    (None, None) => String::new(),
                };
                if rest.is_empty() {
                    head
                } else {
                    format!("{head} — {rest}")
                }
            }
            other => md(&plain(other)),
        })
        .collect()
}
