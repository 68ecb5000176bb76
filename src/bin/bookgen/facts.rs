//! The facts of a request and of a decision as the templates show them: every field of the
//! JSON, labelled in Dutch (from `labels.json`) with its code, nothing hidden.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json as obj};

use crate::{link, list, md, s};

/// The labels of `labels.json`: field names and codes in Dutch, and the codes of outcomes,
/// stages and parties in Dutch and English.
#[derive(Deserialize)]
pub(crate) struct Labels {
    field: BTreeMap<String, String>,
    value: BTreeMap<String, String>,
    status: BTreeMap<String, String>,
    decision_field: BTreeMap<String, String>,
    outcome: BTreeMap<String, (String, String)>,
    stage: BTreeMap<String, (String, String)>,
    initiated_by: BTreeMap<String, (String, String)>,
    short_outcome: BTreeMap<String, String>,
    initiated_by_short: BTreeMap<String, String>,
    source_short: BTreeMap<String, String>,
    source_kind: BTreeMap<String, String>,
    record_kind: BTreeMap<String, String>,
    not_counted: BTreeMap<String, String>,
}

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
    fn field(&self, key: &str) -> String {
        match self.field.get(key) {
            Some(nl) => format!("{nl} <small>(`{key}`)</small>"),
            None => format!("`{key}`"),
        }
    }

    fn value(&self, v: &Value) -> String {
        match v {
            Value::String(s) => match self.value.get(s) {
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

/// The facts of a request as the parties (and the encoder) put them, for `facts.md.j2`.
pub(crate) fn facts(l: &Labels, req: &Value) -> Value {
    let reg = &req["regeling"];
    let elements: Vec<Value> = list(reg, "elements")
        .iter()
        .map(|el| {
            obj!({"id": s(el, "id"), "description": s(el, "description"),
            "items": fact_items(l, &el["measure"], &[])})
        })
        .collect();
    let interests = |side: &str| -> Vec<Value> {
        let unknown = Value::String("unknown".into());
        list(&req["interests"], side)
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let rest = fact_items(l, x, &["kind", "statement", "substantiation", "contested"]);
                obj!({"n": i + 1, "kind": l.value(&x["kind"]), "statement": s(x, "statement"),
                    "rest": rest.join("; "), "substantiation": l.value(x.get("substantiation").unwrap_or(&unknown)),
                    "contested": l.value(x.get("contested").unwrap_or(&unknown))})
            })
            .collect()
    };
    let avg = req.get("avg").map(|avg| {
        let alternatives: Vec<String> = list(avg, "alternatives")
            .iter()
            .map(|a| {
                format!(
                    "{} — {}",
                    md(s(a, "description")),
                    fact_items(l, a, &["description"]).join("; ")
                )
            })
            .collect();
        obj!({"items": fact_items(l, avg, &[]), "alternatives": alternatives})
    });
    let mut other = vec![format!("{}: {}", l.field("as_of"), l.value(&req["as_of"]))];
    if let Some(r) = req.get("readings") {
        other.extend(fact_items(l, r, &[]));
    }
    let calibration = req
        .get("calibration")
        .and_then(Value::as_object)
        .filter(|c| !c.is_empty());
    if let Some(c) = calibration {
        let c = serde_json::to_string(c)
            .unwrap_or_default()
            .replace('`', "");
        other.push(format!(
            "kalibratie aangepast / calibration overridden: `{c}`"
        ));
    }
    obj!({
        "title": s(reg, "title"), "items": fact_items(l, reg, &["title", "elements"]),
        "elements": elements, "employer": req.get("employer").map(|e| fact_items(l, e, &[])),
        "procedure": fact_items(l, req.get("procedure").unwrap_or(&Value::Null), &[]),
        "employer_interests": interests("employer"), "works_council_interests": interests("works_council"),
        "avg": avg, "other": other,
    })
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
            let label = l
                .decision_field
                .get(k)
                .cloned()
                .unwrap_or_else(|| k.replace('_', " "));
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

impl Labels {
    /// A code as "Dutch (*English*)"; an unknown code as code, no code as a dash.
    fn pair(table: &BTreeMap<String, (String, String)>, code: &str) -> String {
        match table.get(code) {
            Some((nl, en)) => format!("{nl} (*{en}*)"),
            None if code.is_empty() => "—".into(),
            None => format!("`{}`", code.replace('`', "")),
        }
    }

    pub(crate) fn outcome(&self, code: &str) -> String {
        Labels::pair(&self.outcome, code)
    }

    pub(crate) fn stage(&self, code: &str) -> String {
        Labels::pair(&self.stage, code)
    }

    pub(crate) fn brought_by(&self, code: &str) -> String {
        Labels::pair(&self.initiated_by, code)
    }

    /// A short Dutch label for an outcome, with the English as a tooltip (for narrow tables).
    pub(crate) fn short_outcome(&self, code: &str) -> String {
        match (self.short_outcome.get(code), self.outcome.get(code)) {
            (Some(nl), Some((_, en))) => format!("<span title=\"{en}\">{nl}</span>"),
            _ if code.is_empty() => "—".into(),
            _ => format!("`{}`", code.replace('`', "")),
        }
    }

    /// One of the plain tables of `labels.json`, by name.
    pub(crate) fn table(&self, name: &str) -> Option<&BTreeMap<String, String>> {
        Some(match name {
            "status" => &self.status,
            "initiated_by_short" => &self.initiated_by_short,
            "source_short" => &self.source_short,
            "source_kind" => &self.source_kind,
            "record_kind" => &self.record_kind,
            "not_counted" => &self.not_counted,
            _ => return None,
        })
    }
}
