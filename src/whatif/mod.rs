//! What would change the outcome: the smallest sets of legally meaningful changes (*levers*)
//! one side can make that turn the ruling in its favour, and apart from them the other
//! side's concessions that would.
//!
//! # Levers
//!
//! A [`Lever`] is a change one party can make to its proposal or its case, or a fact it can
//! still prove: substantiate an interest with evidence, provide a safeguard in the regeling
//! (a DPIA, advance information, human intervention, limits on who sees the data, a term for
//! camera images, AI oversight), redesign the measure where its purpose allows (anonymous
//! counting or pseudonymised data only where the purpose needs no one identified or only
//! after an incident; no consequences; the new purpose announced instead of old data reused;
//! announced instead of covert; the same at home as at the office), give up a capability
//! (biometrics, an AI capability), mend the procedure, show a valid legal basis — or, for the
//! works council, prove its own interests and raise a legal point the regeling fails. Each
//! lever has an id, the side it helps, the side that makes it, a sentence in Dutch and
//! English, a cost, the rule of the catalogue it rests on, what must hold for it to make
//! sense ([`levers::Precondition`]) and, where it proves something, the kinds of evidence
//! that would do ([`levers::Evidence`]); [`levers::catalogue`] lists them for a request.
//!
//! A lever never changes what the court found happened, nor anything outside the party's
//! hands: not the date, not the readings or the calibration, not whether the OR consented or
//! invoked nullity in time, not the other side's case. A fact the court found (yes or no)
//! stays; a fact nobody established (`unknown`) can be proven by the party that bears the
//! burden. The regeling's own provisions are the employer's to mend, because the court rules
//! on a proposal and counts cures made during the proceedings (DOMAIN §2).
//!
//! # Sides
//!
//! The search is for one side (`Options::side`; by default the side that lost): only that
//! side's own levers make its flips. What the *other* side could give up — withdrawing its
//! interests of a kind, with what it argued under them — is that side's concession, never
//! the client's lever: concessions are searched and shown apart ([`WhatIf::concessions`]),
//! never mixed into a flip.
//!
//! # Flips and minimality
//!
//! A [`Flip`] is a set of at most `max_changes` levers after which
//! [`evaluate`](crate::evaluate) gives an outcome better for the side (for the employer:
//! refused or inadmissible < partly granted < granted or no consent required; for the works
//! council the reverse). Only *minimal* flips are reported: no proper subset of the set does
//! so on its own, so every lever in it is needed. Every reported flip carries the full
//! modified request, which is valid input: anyone can evaluate it again and see the flip for
//! themselves. The search verifies every flip with `evaluate` before it reports it.
//!
//! # Order
//!
//! Flips are ordered by the number of changes, then by the sum of the levers' costs (how
//! large the change is, [`LeverKind::cost`]: 1 a paper step, 2 a safeguard or a proof, 3 a
//! redesign that keeps the measure's aim, 4 giving up a capability, 5 withdrawing
//! interests), then by the levers' order in the catalogue. At most [`MAX_FLIPS`] flips and
//! [`MAX_CONCESSIONS`] concessions are reported, the first in that order.
//!
//! # Bounded work
//!
//! The search counts its *work*, in units of the engine's work: deriving a request, running
//! the gates, one element's legality checks, one part's weighing (a part with more
//! interests costs more), each in a fixed number of units from the request's size — about
//! 25 ns natively per unit. It stops at its budget ([`Options::budget`]; by default
//! [`DEFAULT_BUDGET`], about three-quarters of a second for the largest valid request, and
//! enough to search every example and decided case completely) and then says so: `cut` is
//! true, `work` and `evaluations` say what was spent, and the flips are the best found. The
//! count is deterministic — the same natively and in WebAssembly — where a clock would not
//! be; `work` never exceeds `budget`. Because the search goes by size (all single changes,
//! then all pairs, …), a cut search has still examined every smaller set: each flip it
//! reports is minimal.
//!
//! # The search
//!
//! [`exhaustive`] is the plain reference: it evaluates every set of up to `max_changes`
//! levers with `evaluate` and keeps the minimal flips. [`whatif`] finds the same flips with
//! far fewer evaluations, using the structure of the test:
//!
//! - *a cheaper evaluation*: candidates run through the engine's own test (the
//!   crate-internal `merits` and `combine` hooks in `lib.rs`) without re-validating the
//!   input (levers keep a valid request valid), without the receipt, and on a copy of the
//!   request without its prose (statements, descriptions, titles: the legal test reads none
//!   of them, and element ids are only compared), to which the levers are applied and from
//!   which they are undone again; the verification of each flip re-checks it;
//! - *incremental stages*: the gates read only the procedure and the facts that put a
//!   measure on the list, so what they decide is kept per set of levers they read; each
//!   element's legality defects are kept per set of levers that reach that element (its own
//!   measure, the data-protection facts of the whole regeling, the points the works council
//!   raised); when the court rules on each element apart, each part's ruling is kept per
//!   set of levers that reach it (its element's levers, those on interests that concern it,
//!   and those on the whole regeling), and only the parts a candidate changes are decided
//!   anew;
//! - *by size*: all sets of one size before any larger one; once a set flips, no set
//!   containing it is minimal, so none is evaluated; once [`MAX_FLIPS`] flips are found, no
//!   larger set is tried (it would come after them);
//! - *the bound*: every lever but anonymising is monotone — it moves each part of the ruling
//!   towards the side it helps, whatever else was changed (the property tests of `whatif`
//!   against the exhaustive search catch any lever that is not). Before extending a set, the
//!   search applies it together with every monotone lever still available; if even that does
//!   not flip the outcome, no extension made only of those levers does, and that branch is
//!   skipped (anonymising, the one non-monotone lever, comes first so that the bound never
//!   hides it). At the root this proves when no number of the side's changes would do;
//! - *the gates*: while a gate decides the case (`inadmissible`), only a lever the gates read
//!   (the procedure, anonymous data) can change that, so a set whose gates still fail is
//!   extended only by those;
//! - *lesser proofs*: of several interests of one kind, proving one that another covers (the
//!   same parts or fewer, no more weight, no more shown for ground 2) adds nothing: a concern
//!   is weighed once, by its best-shown statement. The catalogue offers only the best.
//!
//! The bench `cargo bench --bench whatif` times the search on every example and case and on
//! large requests; the property tests check that both searches find the same flips on
//! generated requests.

pub mod levers;

use schemars::JsonSchema;
use serde::Serialize;

use std::cell::{Cell, RefCell};

use crate::engine::Ctx;
use crate::legality::Defects;
use crate::request::Request;
use crate::ruling::text::s;
use crate::ruling::{Ground, Lang, Outcome, Side};
use crate::validate::InputError;
use crate::{Calibration, Error};

pub use levers::{Evidence, Lever, LeverKind, Precondition};

/// The most changes a search may combine. The number of sets grows as the number of levers
/// to this power; four is already more than a lawyer can act on.
pub const MAX_CHANGES: usize = 4;

/// The number of changes combined unless asked otherwise.
pub const DEFAULT_MAX_CHANGES: usize = 3;

/// The most flips reported: the smallest and cheapest first. More than a lawyer reads.
pub const MAX_FLIPS: usize = 16;

/// The most concessions of the other side reported.
pub const MAX_CONCESSIONS: usize = 8;

/// The default budget, in units of work (see the [module docs](self)): about three-quarters
/// of a second natively for the largest valid request, and enough to search every example
/// and decided case completely.
pub const DEFAULT_BUDGET: u64 = 30_000_000;

/// The fixed work of one evaluation (deriving the request, looking up what is kept), in
/// units.
const CALL: u64 = 150;

/// What the engine's work costs, in units: about 25 to 40 ns each natively. Deterministic,
/// so that a budget stops a search at the same point on every machine and in WebAssembly.
#[derive(Debug, Clone)]
struct Costs {
    /// Deriving a request and looking up what is kept.
    call: u64,
    /// The gates.
    gates: u64,
    /// The legality checks of one element.
    element: u64,
    /// The ruling on each separable element.
    part: Vec<u64>,
    /// The ruling on the whole regeling.
    whole: u64,
    /// Everything: what one evaluation costs at most.
    max: u64,
}

impl Costs {
    fn of(r: &Request) -> Costs {
        let els = &r.regeling.elements;
        let n = els.len() as u64;
        let i = (r.interests.employer.len() + r.interests.works_council.len()) as u64;
        let a = r.avg.alternatives.len() as u64;
        // Every interest is looked at; those that concern the part are weighed and grouped
        // into concerns pairwise.
        let weigh = |concerning: u64| 8 + i + concerning * concerning / 16;
        let concerning = |e: &crate::request::Element| {
            let of = |x: &[String]| x.is_empty() || x.contains(&e.id);
            (r.interests
                .employer
                .iter()
                .filter(|x| of(&x.elements))
                .count()
                + r.interests
                    .works_council
                    .iter()
                    .filter(|x| of(&x.elements))
                    .count()) as u64
        };
        let separable = r.decided_by_parts();
        let part: Vec<u64> = if separable {
            els.iter().map(|e| weigh(concerning(e)) + 8).collect()
        } else {
            Vec::new()
        };
        let call = CALL + i + n + a;
        let gates = 8 + n;
        let element = 5 * (a + 8);
        let whole = weigh(i) + 8 * n;
        let merits = if separable { part.iter().sum() } else { whole };
        Costs {
            max: call + gates + n * element + merits,
            call,
            gates,
            element,
            part,
            whole,
        }
    }
}

/// What to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Whose levers: by default (`None`) the side that lost (for `partly_granted`, the
    /// employer, which asked for all).
    pub side: Option<Side>,
    /// The most changes combined, 0 to [`MAX_CHANGES`].
    pub max_changes: usize,
    /// The most work, in units (see the [module docs](self)); by default (`None`)
    /// [`DEFAULT_BUDGET`].
    pub budget: Option<u64>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            side: None,
            max_changes: DEFAULT_MAX_CHANGES,
            budget: None,
        }
    }
}

impl Options {
    /// The defaults, with at most `max_changes` changes.
    pub fn changes(max_changes: usize) -> Options {
        Options {
            max_changes,
            ..Options::default()
        }
    }

    /// For this side.
    pub fn side(self, side: Side) -> Options {
        Options {
            side: Some(side),
            ..self
        }
    }

    /// With this budget, in units of work.
    pub fn budget(self, budget: u64) -> Options {
        Options {
            budget: Some(budget),
            ..self
        }
    }
}

/// How good an outcome is for a side: 0, 1 or 2.
fn gain(side: Side, o: Outcome) -> u8 {
    let employer = match o {
        Outcome::Granted | Outcome::NoConsentRequired => 2,
        Outcome::PartlyGranted => 1,
        Outcome::Refused | Outcome::Inadmissible => 0,
    };
    match side {
        Side::Employer => employer,
        Side::WorksCouncil => 2 - employer,
    }
}

/// The side that lost: the works council when the employer may go ahead (`granted`,
/// `no_consent_required`), else the employer.
pub fn losing_side(outcome: Outcome) -> Side {
    if gain(Side::Employer, outcome) == 2 {
        Side::WorksCouncil
    } else {
        Side::Employer
    }
}

/// A set of changes that flips the outcome.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Flip {
    /// The levers, in catalogue order.
    pub changes: Vec<Lever>,
    /// The sum of their costs.
    pub cost: u32,
    /// The outcome after the changes.
    pub outcome: Outcome,
    /// Its ground, if (partly) granted.
    pub ground: Option<Ground>,
    /// The full request with the changes applied: valid input for `evaluate`.
    pub request: Request,
}

/// What would change the outcome of a request, for one side.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct WhatIf {
    /// The outcome as the request stands.
    pub outcome: Outcome,
    /// Its ground, if (partly) granted.
    pub ground: Option<Ground>,
    /// The side whose levers make the flips.
    pub side: Side,
    /// The most changes combined.
    pub max_changes: usize,
    /// The side's own levers the search considered, in catalogue order.
    pub levers: Vec<Lever>,
    /// The minimal sets of the side's own levers that turn the outcome in its favour,
    /// smallest and cheapest first (at most [`MAX_FLIPS`]); empty when nothing within
    /// `max_changes` does (or nothing was found within the budget: see `cut`).
    pub flips: Vec<Flip>,
    /// Shown apart, never mixed into `flips`: the minimal sets of the other side's
    /// concessions (withdrawing its interests of a kind) that would turn the outcome in the
    /// side's favour (at most [`MAX_CONCESSIONS`]).
    pub concessions: Vec<Flip>,
    /// The most work the search could spend, in units (see the [module docs](self)).
    pub budget: u64,
    /// The work it spent, in units: at most `budget`.
    pub work: u64,
    /// The evaluations it made (runs of the engine's test on a derived request).
    pub evaluations: u64,
    /// Whether it stopped at its budget before it had searched everything: then smaller,
    /// cheaper or more flips may exist than those listed. Each one listed is still minimal
    /// and verified.
    pub cut: bool,
}

/// How far a ruling is from its flip: the fewest changes of the side that lost that would
/// turn the outcome in its favour (its own levers only, not the other side's concessions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Margin {
    /// The outcome as the request stands.
    pub outcome: Outcome,
    /// The side that lost, whose changes are counted.
    pub side: Side,
    /// The fewest changes that flip the outcome, if the search found a flip.
    pub changes: Option<usize>,
    /// Without a flip found: no set of fewer changes than this flips it (the search
    /// examined every smaller set). With one: equal to `changes`.
    pub at_least: usize,
    /// Even all of the side's levers together would not flip it: no number of its changes
    /// does.
    pub unreachable: bool,
    /// The work spent, in units (at most the budget).
    pub work: u64,
    /// The evaluations made.
    pub evaluations: u64,
    /// Whether the search stopped at its budget.
    pub cut: bool,
}

/// All minimal sets of at most `options.max_changes` levers of one side that turn the
/// outcome in its favour, ordered by size, then cost, and apart from them the other side's
/// concessions (see the [module docs](self)). Pure, deterministic and budgeted.
///
/// ```
/// use kantonrechter::whatif::{self, Options};
/// let text = include_str!("../../examples/automatic-warnings.json");
/// let request = kantonrechter::json::parse_request(text).unwrap();
/// let w = whatif::whatif(&request, &Options::changes(1)).unwrap();
/// assert_eq!(w.outcome, kantonrechter::Outcome::Refused);
/// assert_eq!(w.side, kantonrechter::ruling::Side::Employer);
/// let first = &w.flips[0];
/// assert_eq!(first.changes[0].id, "add-human-intervention");
/// assert_eq!(kantonrechter::evaluate(&first.request).unwrap().outcome, first.outcome);
/// assert!(!w.cut && w.work <= w.budget);
/// ```
pub fn whatif(request: &Request, options: &Options) -> Result<WhatIf, Error> {
    let s = Setup::new(request, options)?;
    // Enough is kept back to verify what is found.
    let reserve = (s.budget / 4).min((MAX_FLIPS + MAX_CONCESSIONS) as u64 * s.costs.max);
    let search_cap = s.budget - reserve;
    // The concessions first, with an eighth of what is left: they are few, and they must
    // not be crowded out by the side's own levers.
    let share = search_cap.saturating_sub(s.work.get()) / 8;
    let conc = s.search(&s.pool(true), s.work.get() + share, MAX_CONCESSIONS, false);
    let own = s.search(&s.pool(false), search_cap, MAX_FLIPS, false);
    Ok(s.finish(own.sets, conc.sets, own.cut || conc.cut))
}

/// The plain exhaustive search: every set of at most `max_changes` levers of the side (and
/// of the other side's concessions), each evaluated with [`evaluate`](crate::evaluate) on
/// the full request; the reference [`whatif`] is tested and benched against. Gives the same
/// flips as `whatif`, with many more evaluations; budgeted the same way (it is cut, and says
/// so, when the budget runs out).
pub fn exhaustive(request: &Request, options: &Options) -> Result<WhatIf, Error> {
    let s = Setup::new(request, options)?;
    let (own, cut_own) = s.every_set(&s.pool(false));
    let (conc, cut_conc) = s.every_set(&s.pool(true));
    Ok(s.finish(own, conc, cut_own || cut_conc))
}

/// How many changes of the side that lost would flip the ruling, up to [`MAX_CHANGES`]
/// (see [`Margin`]). Cheap: it stops at the first size that flips, and spends at most a
/// quarter of the [`DEFAULT_BUDGET`].
pub fn margin(request: &Request) -> Result<Margin, Error> {
    let options = Options {
        side: None,
        max_changes: MAX_CHANGES,
        budget: Some(DEFAULT_BUDGET / 4),
    };
    margin_with(request, &options)
}

/// [`margin`] with the side, the most changes and the budget given.
pub fn margin_with(request: &Request, options: &Options) -> Result<Margin, Error> {
    let s = Setup::new(request, options)?;
    let found = s.search(&s.pool(false), s.budget, 1, true);
    let changes = found.sets.iter().map(Vec::len).min();
    Ok(Margin {
        outcome: s.base,
        side: s.side,
        changes,
        at_least: changes.unwrap_or(found.complete + 1),
        unreachable: found.unreachable,
        work: s.work.get(),
        evaluations: s.evaluations.get(),
        cut: found.cut,
    })
}

/// The request with these levers applied (levers of [`levers::catalogue`] for this very
/// request): what a flip's `request` is. Withdrawals are applied last.
pub fn apply(request: &Request, changes: &[Lever]) -> Request {
    let cal = Calibration::with_overrides(&request.calibration).unwrap_or_default();
    let ls: Vec<&Lever> = changes.iter().collect();
    levers::apply_all(request, &ls, levers::retention_term(&cal))
}

/// [`WhatIf`] with the simulation notice, as the CLI and the WASM build print it.
#[derive(Debug, Clone, Serialize)]
pub struct WhatIfReport<'a> {
    /// The notice: a simulation, not legal advice.
    pub notice: &'static str,
    /// The result.
    #[serde(flatten)]
    pub whatif: &'a WhatIf,
}

impl WhatIf {
    /// The result with the notice in the given language, for printing as JSON.
    pub fn report(&self, lang: Lang) -> WhatIfReport<'_> {
        WhatIfReport {
            notice: notice(lang),
            whatif: self,
        }
    }

    /// The result as plain text, in Dutch or English.
    pub fn to_text(&self, lang: Lang) -> String {
        use std::fmt::Write;
        let side = |sd: Side| match sd {
            Side::Employer => s::WhatifSideEmployer.say(lang),
            Side::WorksCouncil => s::WhatifSideWorksCouncil.say(lang),
        };
        let other = match self.side {
            Side::Employer => Side::WorksCouncil,
            Side::WorksCouncil => Side::Employer,
        };
        let (me, them) = (side(self.side), side(other));
        let mut out = String::new();
        let _ = writeln!(out, "{}\n", notice(lang));
        let now = s::WhatifOutcomeNow {
            outcome: &outcome_text(self.outcome, self.ground, lang),
        };
        let _ = writeln!(out, "{}", now.say(lang));
        let searched = s::WhatifSearchedFor {
            side: me,
            levers: &self.levers.len().to_string(),
        };
        let _ = writeln!(out, "{}", searched.say(lang));
        let max = self.max_changes.to_string();
        if self.flips.is_empty() {
            let none = s::WhatifNoFlip {
                max: &max,
                side: me,
            };
            let _ = writeln!(out, "\n{}", none.say(lang));
        } else {
            let flips = s::WhatifFlips {
                max: &max,
                side: me,
                count: &self.flips.len().to_string(),
            };
            let _ = writeln!(out, "\n{}", flips.say(lang));
            list(&mut out, &self.flips, lang);
        }
        if !self.concessions.is_empty() {
            let concessions = s::WhatifConcessions {
                side: me,
                other: them,
                count: &self.concessions.len().to_string(),
            };
            let _ = writeln!(out, "\n{}", concessions.say(lang));
            list(&mut out, &self.concessions, lang);
        }
        let (e, w, b) = (
            self.evaluations.to_string(),
            self.work.to_string(),
            self.budget.to_string(),
        );
        let searched = if self.cut {
            s::WhatifCut {
                evaluations: &e,
                work: &w,
                budget: &b,
            }
            .say(lang)
        } else {
            s::WhatifComplete {
                evaluations: &e,
                work: &w,
                budget: &b,
            }
            .say(lang)
        };
        let _ = writeln!(out, "\n{searched}");
        out
    }
}

/// The flips, numbered, each with its changes.
fn list(out: &mut String, flips: &[Flip], lang: Lang) {
    use std::fmt::Write;
    for (k, f) in flips.iter().enumerate() {
        let outcome = outcome_text(f.outcome, f.ground, lang);
        let (count, cost) = (f.changes.len().to_string(), f.cost.to_string());
        let flip = if f.changes.len() == 1 {
            s::WhatifFlipOne {
                outcome: &outcome,
                count: &count,
                cost: &cost,
            }
            .say(lang)
        } else {
            s::WhatifFlip {
                outcome: &outcome,
                count: &count,
                cost: &cost,
            }
            .say(lang)
        };
        let _ = writeln!(out, "\n{}. {flip}", k + 1);
        for l in &f.changes {
            let _ = writeln!(
                out,
                "   - {} [{}; {}]",
                match lang {
                    Lang::Nl => &l.nl,
                    Lang::En => &l.en,
                },
                l.id,
                l.rule.code()
            );
        }
    }
}

fn notice(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => crate::ruling::NOTICE_NL,
        Lang::En => crate::ruling::NOTICE_EN,
    }
}

fn outcome_text(o: Outcome, g: Option<Ground>, lang: Lang) -> String {
    let outcome = crate::ruling::text::outcome(o, lang);
    let ground = match g {
        None => return outcome.to_string(),
        Some(Ground::UnreasonableRefusal) => s::WhatifGroundUnreasonableRefusal.say(lang),
        Some(Ground::WeightyReasons) => s::WhatifGroundWeightyReasons.say(lang),
    };
    s::WhatifOutcomeGround { outcome, ground }.say(lang)
}

/// Call `f` with every sorted `size`-subset of `0..n` (lexicographic order); stop when it
/// returns false.
fn combinations(
    n: usize,
    size: usize,
    set: &mut Vec<usize>,
    start: usize,
    f: &mut dyn FnMut(&[usize]) -> bool,
) -> bool {
    if set.len() == size {
        return f(set);
    }
    for i in start..n {
        if n - i < size - set.len() {
            break;
        }
        set.push(i);
        let go_on = combinations(n, size, set, i + 1, f);
        set.pop();
        if !go_on {
            return false;
        }
    }
    true
}

/// The request without its prose: what the legal test reads, and nothing else. Titles,
/// names, statements, descriptions, reasons and conditions are emptied (only whether an
/// interest lists evidence is read, so one empty item stands for its list); element ids are
/// replaced by their index and every reference with them (ids are only compared).
fn skeleton(r: &Request) -> Request {
    let mut s = r.clone();
    let ids: Vec<String> = s.regeling.elements.iter().map(|e| e.id.clone()).collect();
    // A list of references is read as a set: each element once.
    let short = |refs: &mut Vec<String>| {
        let mut v: Vec<usize> = refs
            .iter()
            .filter_map(|x| ids.iter().position(|id| id == x))
            .collect();
        crate::small_sort::sort(&mut v);
        v.dedup();
        *refs = v.iter().map(usize::to_string).collect();
    };
    s.title = None;
    s.employer.name = None;
    s.regeling.title.clear();
    for (i, e) in s.regeling.elements.iter_mut().enumerate() {
        e.id = i.to_string();
        e.description.clear();
    }
    s.procedure.or_conditions.clear();
    if let Some(a) = s.procedure.earlier_agreement.as_mut() {
        a.description.clear();
    }
    let evidence = |v: &mut Vec<String>| {
        if !v.is_empty() {
            *v = vec![String::new()];
        }
    };
    for i in &mut s.interests.employer {
        i.statement.clear();
        evidence(&mut i.evidence);
        short(&mut i.elements);
    }
    for i in &mut s.interests.works_council {
        i.statement.clear();
        evidence(&mut i.evidence);
        short(&mut i.elements);
    }
    for a in &mut s.avg.alternatives {
        a.description.clear();
        if let Some(x) = a.rejection_reason.as_mut() {
            x.clear();
        }
        short(&mut a.elements);
    }
    s
}

/// What applying levers to the scratch copy changed, to be put back.
struct Undo {
    procedure: crate::request::Procedure,
    /// The facts of the regeling itself levers change (`changes_primary_terms`,
    /// `applies_consented_regeling`).
    primary_terms: crate::request::Tri,
    applies: crate::request::Tri,
    avg: (
        crate::request::LegalBasis,
        crate::request::Dpia,
        crate::request::Tri,
        crate::request::Tri,
    ),
    alternatives: Vec<(usize, crate::request::Alternative)>,
    measures: Vec<(usize, crate::request::Measure)>,
    employer: Vec<(usize, crate::request::EmployerInterest)>,
    council: Vec<(usize, crate::request::OrInterest)>,
    all_employer: Option<Vec<crate::request::EmployerInterest>>,
    all_council: Option<Vec<crate::request::OrInterest>>,
}

impl Undo {
    /// Apply the levers at these (sorted) catalogue indices to `r`, keeping what they change.
    fn apply(r: &mut Request, levers: &[Lever], set: &[usize], term: u32) -> Undo {
        use levers::Target as T;
        let a = &r.avg;
        let mut u = Undo {
            procedure: r.procedure.clone(),
            primary_terms: r.regeling.changes_primary_terms,
            applies: r.regeling.applies_consented_regeling,
            avg: (
                a.legal_basis,
                a.dpia,
                a.staff_informed_in_advance,
                a.human_intervention,
            ),
            alternatives: Vec::new(),
            measures: Vec::new(),
            employer: Vec::new(),
            council: Vec::new(),
            all_employer: None,
            all_council: None,
        };
        for &i in set {
            match levers[i].target {
                T::Whole => {}
                T::Element(e) | T::Capability(e, _) => {
                    if !u.measures.iter().any(|(x, _)| *x == e) {
                        u.measures.push((e, r.regeling.elements[e].measure.clone()));
                    }
                }
                T::Alternative(k) => u.alternatives.push((k, r.avg.alternatives[k].clone())),
                T::Employer(k) => u.employer.push((k, r.interests.employer[k].clone())),
                T::WorksCouncil(k) => u.council.push((k, r.interests.works_council[k].clone())),
                T::EmployerKind(_) => {
                    if u.all_employer.is_none() {
                        u.all_employer = Some(r.interests.employer.clone());
                    }
                }
                T::WorksCouncilKind(_) | T::Point(_) => {
                    if u.all_council.is_none() {
                        u.all_council = Some(r.interests.works_council.clone());
                    }
                }
            }
        }
        let mut ls: Vec<&Lever> = Vec::with_capacity(set.len());
        for &i in set {
            ls.push(&levers[i]);
        }
        levers::apply_in_place(r, &ls, term);
        u
    }

    /// Put back what the levers changed (whole lists first, then single items, which were
    /// kept before any withdrawal).
    fn restore(self, r: &mut Request) {
        r.procedure = self.procedure;
        r.regeling.changes_primary_terms = self.primary_terms;
        r.regeling.applies_consented_regeling = self.applies;
        let a = &mut r.avg;
        (
            a.legal_basis,
            a.dpia,
            a.staff_informed_in_advance,
            a.human_intervention,
        ) = self.avg;
        if let Some(v) = self.all_employer {
            r.interests.employer = v;
        }
        if let Some(v) = self.all_council {
            r.interests.works_council = v;
        }
        for (k, x) in self.alternatives {
            r.avg.alternatives[k] = x;
        }
        for (e, m) in self.measures {
            r.regeling.elements[e].measure = m;
        }
        for (k, x) in self.employer {
            r.interests.employer[k] = x;
        }
        for (k, x) in self.council {
            r.interests.works_council[k] = x;
        }
    }
}

/// The indices `keep` accepts, in order. One function, not an iterator chain per caller:
/// each chain costs the WebAssembly build code of its own.
fn pick(from: &[usize], keep: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut v = Vec::with_capacity(from.len());
    for &i in from {
        if keep(i) {
            v.push(i);
        }
    }
    v
}

/// The pool's catalogue indices at these positions.
fn at(pool: &[usize], positions: &[usize]) -> Vec<usize> {
    let mut v = Vec::with_capacity(positions.len());
    for &p in positions {
        v.push(pool[p]);
    }
    v
}

/// What a search found: the flipping sets (catalogue indices), whether it was cut, up to
/// which size it searched completely, and whether no set at all can flip.
#[derive(Default)]
struct Found {
    sets: Vec<Vec<usize>>,
    cut: bool,
    complete: usize,
    unreachable: bool,
}

/// A set the search may extend: its pool positions, and which levers may extend it.
struct Node {
    set: Vec<usize>,
    /// The bound failed: only non-monotone levers can still help.
    only_non_monotone: bool,
    /// The gates still fail: only levers the gates read can change that.
    only_gates: bool,
}

/// The result of one evaluation in the search.
#[derive(Clone, Copy)]
struct Eval {
    outcome: Outcome,
    gates_failed: bool,
}

/// What both searches share: the checked request, its prose-free copy, its calibration, its
/// outcome, the side, the levers, the budget and the caches.
struct Setup<'a> {
    request: &'a Request,
    skeleton: Request,
    /// The prose-free copy the search applies levers to, and undoes them on.
    scratch: RefCell<Request>,
    cal: Calibration,
    term: u32,
    base: Outcome,
    ground: Option<Ground>,
    side: Side,
    max: usize,
    levers: Vec<Lever>,
    costs: Costs,
    budget: u64,
    /// The work spent.
    work: Cell<u64>,
    evaluations: Cell<u64>,
    /// The work the current step of the search may reach.
    cap: Cell<u64>,
    /// Whether the court rules on each element apart.
    separable: bool,
    /// For each lever, the parts it can change, as a bit set (one bit per element), when the
    /// court rules on each element apart.
    parts: Vec<u64>,
    /// Each element's legality defects, what the gates decided ([`GATES`]) and each part's
    /// ruling (from [`PARTS`]), by the set of levers that reach them.
    cache: RefCell<Vec<Cache>>,
}

/// A map kept as a list sorted by key: the same lookups as a `BTreeMap`, without the
/// kilobytes of B-tree code another key and value type costs the WebAssembly build.
#[derive(Default)]
struct Cache(Vec<(Vec<usize>, Cached)>);

impl Cache {
    fn get(&self, key: &[usize]) -> Option<&Cached> {
        let i = self
            .0
            .binary_search_by(|(k, _)| k.as_slice().cmp(key))
            .ok()?;
        Some(&self.0[i].1)
    }

    fn insert(&mut self, key: Vec<usize>, value: Cached) {
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }
}

/// An entry of [`Setup::cache`]. One map type for both kinds of entry: every map key and
/// value type weighs kilobytes of code in the WebAssembly build.
#[derive(Clone)]
enum Cached {
    Gates(Result<crate::gates::Procedural, Outcome>),
    Defects(Defects),
    Part(crate::ruling::PartRuling),
}

/// The index of the gates' entry in [`Setup::cache`] (the elements' defects come first).
const GATES: usize = MAX_ELEMENTS;

/// The index of the first part's entry in [`Setup::cache`].
const PARTS: usize = MAX_ELEMENTS + 1;

/// The most elements a request has.
const MAX_ELEMENTS: usize = crate::limits::MAX_ELEMENTS;

impl<'a> Setup<'a> {
    fn new(request: &'a Request, options: &Options) -> Result<Setup<'a>, Error> {
        let max = options.max_changes;
        if max > MAX_CHANGES {
            return Err(Error::Input(InputError::new(
                "max_changes",
                format!("a number of changes from 0 to {MAX_CHANGES}, found {max}"),
            )));
        }
        // Checks the request (and its calibration) exactly as `evaluate` does.
        let ruling = crate::evaluate_with(request, &crate::Options::without_precedents())?;
        let cal = Calibration::with_overrides(&request.calibration).unwrap_or_default();
        let levers = levers::catalogue(request, &cal);
        let budget = options.budget.unwrap_or(DEFAULT_BUDGET);
        let costs = Costs::of(request);
        let n = request.regeling.elements.len();
        let parts = levers.iter().map(|l| l.parts(request)).collect();
        Ok(Setup {
            request,
            skeleton: skeleton(request),
            scratch: RefCell::new(skeleton(request)),
            term: levers::retention_term(&cal),
            cal,
            base: ruling.outcome,
            ground: ruling.ground,
            side: options.side.unwrap_or(losing_side(ruling.outcome)),
            max,
            levers,
            // The ruling as the request stands.
            work: Cell::new(costs.max.min(budget)),
            costs,
            budget,
            evaluations: Cell::new(1),
            cap: Cell::new(budget),
            separable: request.decided_by_parts(),
            parts,
            cache: RefCell::new((0..PARTS + n).map(|_| Cache::default()).collect()),
        })
    }

    /// The side's own levers (`concessions` false), or the other side's concessions to it,
    /// as catalogue indices in search order: the non-monotone levers first, then those the
    /// gates read, then the rest; within each, the cheaper first.
    fn pool(&self, concessions: bool) -> Vec<usize> {
        let all: Vec<usize> = (0..self.levers.len()).collect();
        let mut pool = pick(&all, &|i| {
            let l = &self.levers[i];
            l.helps == self.side && l.kind.is_concession() == concessions
        });
        crate::small_sort::sort_by_key(&mut pool, |&i| {
            let k = self.levers[i].kind;
            let class = if !k.monotone() {
                0
            } else if k.touches_gates() {
                1
            } else {
                2
            };
            (class, k.cost(), i)
        });
        pool
    }

    fn flips(&self, o: Outcome) -> bool {
        gain(self.side, o) > gain(self.side, self.base)
    }

    /// A request with the levers at these catalogue indices applied, to the original
    /// (`full`) or to its prose-free copy.
    fn apply(&self, set: &[usize], full: bool) -> Request {
        let mut sorted = set.to_vec();
        crate::small_sort::sort(&mut sorted);
        let mut ls: Vec<&Lever> = Vec::with_capacity(sorted.len());
        for &i in &sorted {
            ls.push(&self.levers[i]);
        }
        let base = if full { self.request } else { &self.skeleton };
        levers::apply_all(base, &ls, self.term)
    }

    /// Begin an evaluation, if the current cap allows one at its most expensive.
    fn begin(&self) -> bool {
        if self.work.get() + self.costs.max > self.cap.get() {
            return false;
        }
        self.evaluations.set(self.evaluations.get() + 1);
        true
    }

    /// Count work done.
    fn charge(&self, units: u64) {
        self.work.set(self.work.get() + units);
    }

    /// Begin and count a whole evaluation (`evaluate` itself), if the cap allows it.
    fn spend(&self) -> bool {
        let go = self.begin();
        if go {
            self.charge(self.costs.max);
        }
        go
    }

    /// The outcome of a derived request by the engine's own test, on the prose-free copy,
    /// without the input checks and the receipt, incrementally (see the module docs);
    /// `None` when the budget is spent. `keep`: remember what the gates, the legality checks
    /// and the parts found, for the sets the search extends (not for a bound's set, which is
    /// evaluated once).
    fn fast(&self, set: &[usize], keep: bool) -> Option<Eval> {
        if !self.begin() {
            return None;
        }
        self.charge(self.costs.call);
        let mut sorted = set.to_vec();
        crate::small_sort::sort(&mut sorted);
        let gate_key = pick(&sorted, &|i| self.levers[i].kind.touches_gates());
        let cached = match self.cache.borrow()[GATES].get(&gate_key) {
            Some(Cached::Gates(g)) => Some(*g),
            _ => None,
        };
        if let Some(Err(outcome)) = cached {
            return Some(Eval {
                outcome,
                gates_failed: true,
            });
        }
        // The levers are applied to a scratch copy of the prose-free request and undone
        // afterwards: cheaper than a copy of the request for every evaluation.
        let mut scratch = self.scratch.borrow_mut();
        let undo = Undo::apply(&mut scratch, &self.levers, &sorted, self.term);
        let eval = self.merits(&mut scratch, &sorted, cached, gate_key, keep);
        undo.restore(&mut scratch);
        Some(eval)
    }

    /// [`Setup::fast`] on the derived request: the gates (unless kept), then each element's
    /// defects and the parts.
    fn merits(
        &self,
        r: &mut Request,
        sorted: &[usize],
        cached: Option<Result<crate::gates::Procedural, Outcome>>,
        gate_key: Vec<usize>,
        keep: bool,
    ) -> Eval {
        let n = r.regeling.elements.len();
        let gate = cached.unwrap_or_else(|| {
            self.charge(self.costs.gates);
            let g = crate::gates::check(&mut Ctx::new(r, self.cal.clone()));
            self.cache.borrow_mut()[GATES].insert(gate_key, Cached::Gates(g));
            g
        });
        let procedural = match gate {
            Err(outcome) => {
                return Eval {
                    outcome,
                    gates_failed: true,
                };
            }
            Ok(w) => w,
        };
        let elements = std::mem::take(&mut r.regeling.elements);
        let outcome = if self.separable {
            // The court rules on each element apart: a part reads only its own element, the
            // interests that concern it and the whole regeling's facts, so its ruling is kept
            // per set of levers that reach it, and the request narrowed to that element gives
            // the same ruling for it.
            let mut parts = Vec::with_capacity(n);
            for (e, element) in elements.iter().enumerate() {
                let key = pick(sorted, &|i| self.parts[i] & (1 << e) != 0);
                let cached = match self.cache.borrow()[PARTS + e].get(&key) {
                    Some(Cached::Part(p)) => Some(p.clone()),
                    _ => None,
                };
                let part = cached.unwrap_or_else(|| {
                    self.charge(self.costs.part[e]);
                    let d = self.defects(r, element, e, sorted, keep);
                    r.regeling.elements = vec![element.clone()];
                    let mut ctx = Ctx::new(r, self.cal.clone());
                    let p = crate::merits(&mut ctx, &[d], procedural)
                        .pop()
                        .expect("one part");
                    if keep {
                        self.cache.borrow_mut()[PARTS + e].insert(key, Cached::Part(p.clone()));
                    }
                    p
                });
                parts.push(part);
            }
            r.regeling.elements = elements;
            let mut ctx = Ctx::new(&self.skeleton, self.cal.clone());
            crate::combine(&mut ctx, &parts).0
        } else {
            let mut defects = Vec::with_capacity(n);
            for (e, element) in elements.iter().enumerate() {
                defects.push(self.defects(r, element, e, sorted, keep));
            }
            r.regeling.elements = elements;
            self.charge(self.costs.whole);
            let mut ctx = Ctx::new(r, self.cal.clone());
            let parts = crate::merits(&mut ctx, &defects, procedural);
            crate::combine(&mut ctx, &parts).0
        };
        Eval {
            outcome,
            gates_failed: false,
        }
    }

    /// The legality defects of one element, kept per set of levers that reach it: the
    /// engine's legality checks on the request narrowed to that element (the checks run per
    /// element and read no other element). Leaves `r` narrowed to it.
    fn defects(
        &self,
        r: &mut Request,
        element: &crate::request::Element,
        e: usize,
        sorted: &[usize],
        keep: bool,
    ) -> Defects {
        let key = pick(sorted, &|i| match self.levers[i].reach() {
            levers::Reach::Nothing => false,
            levers::Reach::Element(x) => x == e,
            levers::Reach::All => true,
        });
        if let Some(Cached::Defects(d)) = self.cache.borrow()[e].get(&key) {
            return d.clone();
        }
        self.charge(self.costs.element);
        r.regeling.elements = vec![element.clone()];
        let mut ctx = Ctx::new(r, self.cal.clone());
        let d = crate::legality::check(&mut ctx).pop().unwrap_or_default();
        if keep {
            self.cache.borrow_mut()[e].insert(key, Cached::Defects(d.clone()));
        }
        d
    }

    /// The monotone levers at pool positions from `from` on that do not conflict with the
    /// set (pool positions): what the bound adds.
    fn rest(&self, pool: &[usize], set: &[usize], from: usize) -> Vec<usize> {
        pick(&pool[from..], &|i| {
            let l = &self.levers[i];
            l.kind.monotone() && !set.iter().any(|&p| self.levers[pool[p]].conflicts(l))
        })
    }

    /// May this lever extend the node?
    fn extends(&self, node: &Node, pool: &[usize], i: usize) -> bool {
        let l = &self.levers[i];
        (!node.only_non_monotone || !l.kind.monotone())
            && (!node.only_gates || l.kind.touches_gates())
            && !node.set.iter().any(|&p| self.levers[pool[p]].conflicts(l))
    }

    /// The search by size (see the module docs), up to `cap` evaluations in all; stops after
    /// the size at which `limit` flips are found, or at the first flip (`first`).
    fn search(&self, pool: &[usize], cap: u64, limit: usize, first: bool) -> Found {
        self.cap.set(cap.min(self.budget));
        let mut out = Found::default();
        if self.max == 0 || pool.is_empty() || gain(self.side, self.base) == 2 {
            out.complete = self.max;
            return out;
        }
        let mut root = Node {
            set: Vec::new(),
            only_non_monotone: false,
            // While a gate decides, only a lever the gates read can change it.
            only_gates: self.base.merits_rank().is_none(),
        };
        let all = self.rest(pool, &[], 0);
        if all.len() >= 2 && !root.only_gates {
            let Some(e) = self.fast(&all, false) else {
                out.cut = true;
                return out;
            };
            if !self.flips(e.outcome) {
                root.only_non_monotone = true;
                if all.len() == pool.len() {
                    // Not even every lever together flips it, and every lever is monotone.
                    out.unreachable = true;
                    out.complete = self.max;
                    return out;
                }
            }
        }
        let mut found: Vec<Vec<usize>> = Vec::new();
        let mut frontier = vec![root];
        'sizes: for k in 1..=self.max {
            let mut next = Vec::new();
            for node in &frontier {
                let start = node.set.last().map_or(0, |p| p + 1);
                for pos in start..pool.len() {
                    if !self.extends(node, pool, pool[pos]) {
                        continue;
                    }
                    let mut set = node.set.clone();
                    set.push(pos);
                    if found.iter().any(|f| f.iter().all(|x| set.contains(x))) {
                        continue;
                    }
                    let idx = at(pool, &set);
                    let Some(e) = self.fast(&idx, true) else {
                        out.cut = true;
                        break 'sizes;
                    };
                    if self.flips(e.outcome) {
                        found.push(set);
                        if first {
                            break 'sizes;
                        }
                        continue;
                    }
                    if k == self.max {
                        continue;
                    }
                    let mut child = Node {
                        set,
                        only_non_monotone: false,
                        only_gates: e.gates_failed,
                    };
                    let rest = self.rest(pool, &child.set, pos + 1);
                    if rest.is_empty() {
                        child.only_non_monotone = true;
                    } else if rest.len() >= 2 && !child.only_gates {
                        let mut all = idx;
                        all.extend(rest);
                        let Some(b) = self.fast(&all, false) else {
                            out.cut = true;
                            break 'sizes;
                        };
                        child.only_non_monotone = !self.flips(b.outcome);
                    }
                    if (pos + 1..pool.len()).any(|q| self.extends(&child, pool, pool[q])) {
                        next.push(child);
                    }
                }
            }
            out.complete = k;
            frontier = next;
            if frontier.is_empty() {
                // Nothing left to extend: no larger set flips either.
                out.complete = self.max;
                break;
            }
            if found.len() >= limit {
                break;
            }
        }
        for set in found {
            out.sets.push(at(pool, &set));
        }
        out
    }

    /// Every set of the pool, each evaluated with `evaluate` on the full request; the minimal
    /// flipping ones, and whether the budget cut the enumeration.
    fn every_set(&self, pool: &[usize]) -> (Vec<Vec<usize>>, bool) {
        self.cap.set(self.budget);
        let mut flipping: Vec<Vec<usize>> = Vec::new();
        if gain(self.side, self.base) == 2 {
            return (flipping, false);
        }
        let mut cut = false;
        let mut set: Vec<usize> = Vec::new();
        for size in 1..=self.max {
            let go_on = combinations(pool.len(), size, &mut set, 0, &mut |c| {
                let idx = at(pool, c);
                let conflicting = idx.iter().enumerate().any(|(k, &a)| {
                    idx[k + 1..]
                        .iter()
                        .any(|&b| self.levers[a].conflicts(&self.levers[b]))
                });
                if conflicting {
                    return true;
                }
                if !self.spend() {
                    cut = true;
                    return false;
                }
                let r = self.apply(&idx, true);
                let o = crate::evaluate_with(&r, &crate::Options::without_precedents())
                    .map_or(self.base, |x| x.outcome);
                if self.flips(o) {
                    flipping.push(idx);
                }
                true
            });
            if !go_on {
                break;
            }
        }
        let minimal = flipping
            .iter()
            .filter(|t| {
                !flipping
                    .iter()
                    .any(|f| f.len() < t.len() && f.iter().all(|x| t.contains(x)))
            })
            .cloned()
            .collect();
        (minimal, cut)
    }

    /// Order the sets, verify each with `evaluate` (on the prose-free copy, within the
    /// budget), keep the first `limit`, and build the flips with the full request.
    fn verify(&self, sets: Vec<Vec<usize>>, limit: usize, cut: &mut bool) -> Vec<Flip> {
        let mut sets: Vec<(Vec<usize>, u32)> = sets
            .into_iter()
            .map(|mut s| {
                crate::small_sort::sort(&mut s);
                let cost = s.iter().map(|&i| self.levers[i].cost).sum();
                (s, cost)
            })
            .collect();
        crate::small_sort::sort_by(&mut sets, |(a, x), (b, y)| {
            (a.len(), x).cmp(&(b.len(), y)).then_with(|| a.cmp(b))
        });
        self.cap.set(self.budget);
        let mut flips = Vec::new();
        for (set, cost) in sets {
            if flips.len() == limit {
                break;
            }
            if !self.spend() {
                *cut = true;
                break;
            }
            let Ok(ruling) = crate::evaluate_with(
                &self.apply(&set, false),
                &crate::Options::without_precedents(),
            ) else {
                continue;
            };
            if !self.flips(ruling.outcome) {
                // The search and the engine disagree: report nothing unverified (the
                // property tests compare the search with `exhaustive`).
                continue;
            }
            flips.push(Flip {
                changes: set.iter().map(|&i| self.levers[i].clone()).collect(),
                cost,
                outcome: ruling.outcome,
                ground: ruling.ground,
                request: self.apply(&set, true),
            });
        }
        flips
    }

    fn finish(self, own: Vec<Vec<usize>>, conc: Vec<Vec<usize>>, mut cut: bool) -> WhatIf {
        debug_assert!(
            *self.scratch.borrow() == self.skeleton,
            "every lever undone"
        );
        let concessions = self.verify(conc, MAX_CONCESSIONS, &mut cut);
        let flips = self.verify(own, MAX_FLIPS, &mut cut);
        let levers = self
            .pool_in_catalogue_order()
            .into_iter()
            .map(|i| self.levers[i].clone())
            .collect();
        WhatIf {
            outcome: self.base,
            ground: self.ground,
            side: self.side,
            max_changes: self.max,
            levers,
            flips,
            concessions,
            budget: self.budget,
            work: self.work.get(),
            evaluations: self.evaluations.get(),
            cut,
        }
    }

    fn pool_in_catalogue_order(&self) -> Vec<usize> {
        let mut v = self.pool(false);
        crate::small_sort::sort(&mut v);
        v
    }
}
