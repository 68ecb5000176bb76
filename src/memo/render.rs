//! The memo as plain text and as Markdown: one layout, two notations.

use std::fmt::Write;

use super::Memo;
use crate::ruling::text::s;
use crate::ruling::{Lang, ReportSource, Side};

/// The notation of a rendering.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Notation {
    Text,
    Markdown,
}

struct Labels {
    memo: &'static str,
    summary: &'static str,
    decisive: &'static str,
    margin: &'static str,
    nearest: &'static str,
    readings: &'static str,
    to_prove: &'static str,
    facts: &'static str,
    reasoning: &'static str,
    sources: &'static str,
    other: &'static str,
    decision: &'static str,
    the_court: &'static str,
    costs: &'static str,
    evidence: &'static str,
    employer: &'static str,
    works_council: &'static str,
}

impl Labels {
    /// The memo's headings in a language (`src/ruling/sentences/memo.toml`).
    const fn of(lang: Lang) -> Labels {
        Labels {
            memo: s::HeadingMemo.say(lang),
            summary: s::HeadingSummary.say(lang),
            decisive: s::HeadingDecisive.say(lang),
            margin: s::HeadingMargin.say(lang),
            nearest: s::HeadingNearest.say(lang),
            readings: s::HeadingReadings.say(lang),
            to_prove: s::HeadingToProve.say(lang),
            facts: s::HeadingFacts.say(lang),
            reasoning: s::HeadingReasoning.say(lang),
            sources: s::HeadingSources.say(lang),
            other: s::HeadingOther.say(lang),
            decision: s::HeadingDecision.say(lang),
            the_court: s::HeadingTheCourt.say(lang),
            costs: s::HeadingCosts.say(lang),
            evidence: s::HeadingEvidence.say(lang),
            employer: s::HeadingByEmployer.say(lang),
            works_council: s::HeadingByWorksCouncil.say(lang),
        }
    }
}

impl Memo {
    /// The memo as plain text.
    pub fn to_text(&self) -> String {
        self.render(Notation::Text)
    }

    /// The memo as Markdown, to paste into a memo or print.
    pub fn to_markdown(&self) -> String {
        self.render(Notation::Markdown)
    }

    fn render(&self, n: Notation) -> String {
        let l = &Labels::of(self.lang);
        let md = n == Notation::Markdown;
        let mut out = String::new();
        let h1 = |out: &mut String, t: &str| {
            let _ = if md {
                writeln!(out, "# {}\n", esc(t))
            } else {
                writeln!(out, "{t}\n{}\n", "=".repeat(t.chars().count()))
            };
        };
        let h2 = |out: &mut String, t: &str| {
            let _ = if md {
                writeln!(out, "## {t}\n")
            } else {
                writeln!(out, "{t}\n{}\n", "-".repeat(t.chars().count()))
            };
        };
        let h3 = |out: &mut String, t: &str| {
            let _ = if md {
                writeln!(out, "### {t}\n")
            } else {
                writeln!(out, "{t}\n")
            };
        };
        let item = |out: &mut String, t: &str| {
            let _ = writeln!(out, "- {}", if md { esc(t) } else { t.to_string() });
        };
        let para = |out: &mut String, t: &str| {
            let _ = writeln!(out, "{}\n", if md { esc(t) } else { t.to_string() });
        };
        let bold = |t: &str| {
            if md {
                format!("**{t}**")
            } else {
                t.to_string()
            }
        };

        h1(&mut out, self.title.as_deref().unwrap_or(l.memo));

        // The summary.
        h2(&mut out, l.summary);
        para(&mut out, &self.summary.conclusion);
        if !self.summary.decisive.is_empty() {
            para(&mut out, &format!("{}:", bold(l.decisive)));
            for d in &self.summary.decisive {
                item(&mut out, d);
            }
            out.push('\n');
        }
        para(
            &mut out,
            &format!("{}: {}", bold(l.margin), self.summary.margin.text),
        );
        if !self.summary.margin.nearest.is_empty() {
            para(&mut out, &format!("{}:", bold(l.nearest)));
            for d in &self.summary.margin.nearest {
                item(&mut out, d);
            }
            out.push('\n');
        }
        para(
            &mut out,
            &format!("{}: {}", bold(l.readings), self.summary.robustness),
        );
        if !self.summary.to_prove.is_empty() {
            para(&mut out, &format!("{}:", bold(l.to_prove)));
            for d in &self.summary.to_prove {
                item(&mut out, d);
            }
            out.push('\n');
        }

        // The facts.
        h2(&mut out, l.facts);
        for f in &self.facts {
            item(&mut out, f);
        }
        out.push('\n');

        // The reasoning, numbered per question as a beschikking numbers its considerations.
        h2(&mut out, l.reasoning);
        for (i, s) in self.reasoning.iter().enumerate() {
            h3(&mut out, &format!("{}. {}", i + 1, s.heading));
            for (j, c) in s.considerations.iter().enumerate() {
                let el = c
                    .element
                    .as_deref()
                    .map(|e| format!("{} ", super::words::element_label(e, self.lang)))
                    .unwrap_or_default();
                para(&mut out, &format!("{}.{} {el}{}", i + 1, j + 1, c.text));
            }
            if !s.sources.is_empty() {
                let list = sources(&s.sources, md, self.lang);
                let _ = writeln!(
                    out,
                    "{}: {}\n",
                    if md {
                        format!("*{}*", l.sources)
                    } else {
                        l.sources.to_string()
                    },
                    list.join("; ")
                );
            }
        }
        if !self.other.is_empty() {
            h3(&mut out, l.other);
            for o in &self.other {
                item(&mut out, o);
            }
            out.push('\n');
        }

        // The decision and the costs.
        h2(&mut out, l.decision);
        para(&mut out, l.the_court);
        for d in &self.decision {
            item(&mut out, d);
        }
        out.push('\n');
        para(&mut out, &format!("{}: {}", bold(l.costs), self.costs));

        // The evidence checklist.
        if !self.evidence.is_empty() {
            h2(&mut out, l.evidence);
            for list in &self.evidence {
                h3(
                    &mut out,
                    match list.side {
                        Side::Employer => l.employer,
                        Side::WorksCouncil => l.works_council,
                    },
                );
                for e in &list.items {
                    // The lever's sentence names its evidence already.
                    item(&mut out, &e.text);
                }
                out.push('\n');
            }
        }

        let _ = if md {
            writeln!(
                out,
                "---\n\n*{}*\n\n<small>{}</small>",
                esc(&self.notice),
                esc(&self.footer)
            )
        } else {
            writeln!(out, "{}\n{}", self.notice, self.footer)
        };
        out
    }
}

/// The sources of a section, each link once: the articles of one regulation share its link
/// ("art. 6 lid 1 sub f AVG, art. 35 AVG <link>").
fn sources(all: &[ReportSource], md: bool, lang: Lang) -> Vec<String> {
    let mut groups: Vec<(Option<&str>, Vec<&ReportSource>)> = Vec::new();
    for x in all {
        let url = x.url.as_deref();
        match groups.iter_mut().find(|(u, _)| url.is_some() && *u == url) {
            Some((_, g)) => g.push(x),
            None => groups.push((url, vec![x])),
        }
    }
    groups
        .into_iter()
        .map(|(_, g)| {
            let first = g[0];
            let label = g
                .iter()
                .map(|x| x.label.as_ref())
                .collect::<Vec<_>>()
                .join(", ");
            source(
                &ReportSource {
                    label: label.into(),
                    url: first.url.clone(),
                    kind: first.kind,
                },
                md,
                lang,
            )
        })
        .collect()
}

fn source(x: &ReportSource, md: bool, lang: Lang) -> String {
    // A secondary source says so: the reader weighs a commentary differently from the law.
    let label = match x.kind {
        crate::law::SourceKind::Secondary => s::SourceSecondary { label: &x.label }.say(lang),
        _ => x.label.to_string(),
    };
    match (&x.url, md) {
        (Some(u), true) => format!("[{}]({u})", esc(&label)),
        (Some(u), false) => format!("{label} <{u}>"),
        (None, _) => label,
    }
}

/// Markdown's special characters at the start of a text or inside it, escaped so that a
/// party's own words (quoted in the facts) are never read as markup.
fn esc(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if matches!(
            c,
            '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '\\'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
