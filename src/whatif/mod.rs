//! What would change the outcome: the smallest sets of legally meaningful changes (*levers*)
//! that flip a ruling.
//!
//! # Levers
//!
//! A [`Lever`] is a change one party can make to its proposal or its case, or a fact it can
//! still prove: substantiate an interest with evidence, provide a safeguard in the regeling
//! (a DPIA, advance information, human intervention, a retention term, AI oversight), redesign
//! the measure (anonymous counting where the purpose needs no one identified, pseudonymised
//! data, no consequences, no reuse of old data, announced instead of covert, the same at
//! home as at the office), give up a capability
//! (biometrics, an AI capability), mend the procedure (ask in writing, hold the consultation
//! meeting), show a valid legal basis, or withdraw an interest. Each lever has an id, the side
//! it helps, the side that makes it, a sentence in Dutch and English, a cost, and the rule of
//! the catalogue it rests on ([`levers::catalogue`] lists them for a request).
//!
//! A lever never changes what the court found happened, nor anything outside the party's
//! hands: not the date, not the readings or the calibration, not whether the OR consented or
//! invoked nullity in time, not the other side's case. A fact the court found (yes or no)
//! stays; a fact nobody established (`unknown`) can be proven by the party that bears the
//! burden. The regeling's own provisions are the employer's to mend, because the court rules
//! on a proposal and counts cures made during the proceedings (DOMAIN §2). Withdrawing an
//! interest is the only lever that helps the other side than the one that makes it: it shows
//! which interest carried the case. Levers that make no sense together are never combined
//! (two levers on an interest one of them withdraws; anonymous and pseudonymised data for the
//! same element; dropping biometrics and proving them necessary).
//!
//! # Flips and minimality
//!
//! A [`Flip`] is a set of at most `max_changes` levers after which [`evaluate`](crate::evaluate)
//! gives a different [`Outcome`]. Only *minimal* flips are reported: no proper subset of the
//! set flips the outcome on its own, so every lever in it is needed. Every reported flip
//! carries the full modified request, which is valid input: anyone can evaluate it again and
//! see the flip for themselves. The search verifies every flip with the real `evaluate` before
//! it reports it.
//!
//! # Order
//!
//! Flips are ordered by the number of changes, then by the sum of the levers' costs (how
//! large the change is, [`LeverKind::cost`]: 1 a paper step, 2 a safeguard or a proof, 3 a
//! redesign that keeps the measure's aim, 4 giving up a capability, 5 withdrawing an
//! interest), then by the levers' order in the catalogue.
//!
//! # The search
//!
//! [`exhaustive`] is the plain reference: it evaluates every set of up to `max_changes`
//! levers with `evaluate` and keeps the minimal flips. [`whatif`] finds the same flips with
//! far fewer evaluations, using the structure of the test:
//!
//! - *a cheaper evaluation*: candidates run through the engine's own test (the
//!   crate-internal `decide` hook in `lib.rs`, which `evaluate` itself calls) without
//!   re-validating the input (levers keep a valid request valid) and without the receipt;
//! - *incremental stages*: the gates read only the procedure and the facts that put a
//!   measure on the list, so what they decide is kept per set of levers they read; each
//!   element's legality defects are computed once per set of levers that reach that element
//!   (its own measure, or the data-protection facts of the whole regeling) and kept, and only
//!   the stages (the `merits` hook) run anew for each candidate;
//! - *supersets*: once a set flips, no set containing it is minimal, so none is evaluated;
//! - *the winning side*: every lever but anonymising is monotone — it moves each part of
//!   the ruling towards the side it helps, whatever else was changed (the engine's property
//!   tests check this for substantiation and safeguards; the property tests of `whatif`
//!   against the exhaustive search catch any lever that is not). When the employer already wins (`granted`), a minimal flip contains
//!   no lever that helps the employer, and when the works council wins (`refused`) none that
//!   helps the works council; those levers are left out;
//! - *a bound*: before extending a set, the search applies it together with every monotone
//!   lever still available. If even that does not flip the outcome, no extension made only
//!   of those levers does, and that whole branch is skipped (anonymising, the one
//!   non-monotone lever, is tried first so that the bound never hides it);
//! - *the gates*: when a gate decided the case (`inadmissible`, `no_consent_required`), only
//!   the levers that the gates read (the procedure, anonymous data) can change it, and a set
//!   that changes it is a flip already; the search tries only those levers.
//!
//! The bench `cargo bench --bench whatif` compares both on every example and case; the
//! property tests check that both find the same flips on generated requests.

pub mod levers;

use schemars::JsonSchema;
use serde::Serialize;

use std::cell::RefCell;

use crate::engine::Ctx;
use crate::legality::Defects;
use crate::request::Request;
use crate::ruling::{Ground, Lang, Outcome, Side};
use crate::validate::InputError;
use crate::{Calibration, Error};

pub use levers::{Lever, LeverKind};

/// The most changes a search may combine. The number of sets grows as the number of levers
/// to this power; four is already more than a lawyer can act on.
pub const MAX_CHANGES: usize = 4;

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

/// What would change the outcome of a request.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct WhatIf {
    /// The outcome as the request stands.
    pub outcome: Outcome,
    /// Its ground, if (partly) granted.
    pub ground: Option<Ground>,
    /// The most changes combined.
    pub max_changes: usize,
    /// Every lever the search considered, in catalogue order.
    pub levers: Vec<Lever>,
    /// The minimal flips, smallest first; empty when nothing within `max_changes` changes
    /// flips the outcome.
    pub flips: Vec<Flip>,
}

/// All minimal sets of at most `max_changes` levers that change the outcome, ordered by
/// size, then cost (see the [module docs](self)). Pure and deterministic.
///
/// ```
/// let text = include_str!("../../examples/automatic-warnings.json");
/// let request = kantonrechter::json::parse_request(text).unwrap();
/// let w = kantonrechter::whatif::whatif(&request, 1).unwrap();
/// assert_eq!(w.outcome, kantonrechter::Outcome::Refused);
/// let first = &w.flips[0];
/// assert_eq!(first.changes[0].id, "add-human-intervention");
/// assert_eq!(kantonrechter::evaluate(&first.request).unwrap().outcome, first.outcome);
/// ```
pub fn whatif(request: &Request, max_changes: usize) -> Result<WhatIf, Error> {
    let s = Setup::new(request, max_changes)?;
    let sets = s.search();
    Ok(s.finish(sets))
}

/// The plain exhaustive search: every set of at most `max_changes` levers, each evaluated
/// with [`evaluate`](crate::evaluate); the reference [`whatif`] is tested and benched
/// against. Gives the same result as `whatif`, more slowly.
pub fn exhaustive(request: &Request, max_changes: usize) -> Result<WhatIf, Error> {
    let s = Setup::new(request, max_changes)?;
    let n = s.levers.len();
    let mut flipping: Vec<Vec<usize>> = Vec::new();
    let mut set: Vec<usize> = Vec::new();
    for size in 1..=s.max {
        combinations(n, size, &mut set, 0, &mut |c| {
            if s.conflicting(c) {
                return;
            }
            let r = s.apply(c);
            if crate::evaluate(&r).map(|x| x.outcome).unwrap_or(s.base) != s.base {
                flipping.push(c.to_vec());
            }
        });
    }
    let minimal: Vec<Vec<usize>> = flipping
        .iter()
        .filter(|t| {
            !flipping
                .iter()
                .any(|f| f.len() < t.len() && f.iter().all(|x| t.contains(x)))
        })
        .cloned()
        .collect();
    Ok(s.finish(minimal))
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
        let nl = lang == Lang::Nl;
        let tr = |d: &str, e: &str| if nl { d.to_string() } else { e.to_string() };
        let side = |s: Side| match (s, nl) {
            (Side::Employer, true) => "de ondernemer",
            (Side::Employer, false) => "the employer",
            (Side::WorksCouncil, true) => "de OR",
            (Side::WorksCouncil, false) => "the works council",
        };
        let mut out = String::new();
        let _ = writeln!(out, "{}\n", notice(lang));
        let _ = writeln!(
            out,
            "{} {}.",
            tr(
                "Uitkomst zoals het verzoek er nu ligt:",
                "Outcome as the request stands:"
            ),
            outcome_text(self.outcome, self.ground, lang)
        );
        let employer = self
            .levers
            .iter()
            .filter(|l| l.helps == Side::Employer)
            .count();
        let _ = writeln!(
            out,
            "{}",
            if nl {
                format!(
                    "Onderzochte hefbomen: {} ({employer} in het voordeel van de ondernemer, {} van de OR).",
                    self.levers.len(),
                    self.levers.len() - employer
                )
            } else {
                format!(
                    "Levers considered: {} ({employer} helping the employer, {} the works council).",
                    self.levers.len(),
                    self.levers.len() - employer
                )
            }
        );
        let n = self.max_changes;
        if self.flips.is_empty() {
            let _ = writeln!(
                out,
                "\n{}",
                if nl {
                    format!(
                        "Geen enkele combinatie van ten hoogste {n} wijzigingen verandert de uitkomst."
                    )
                } else {
                    format!("Nothing within {n} changes flips the outcome.")
                }
            );
            return out;
        }
        let _ = writeln!(
            out,
            "\n{}",
            if nl {
                format!(
                    "Kleinste combinaties van ten hoogste {n} wijzigingen die de uitkomst veranderen ({}):",
                    self.flips.len()
                )
            } else {
                format!(
                    "Smallest sets of at most {n} changes that flip the outcome ({}):",
                    self.flips.len()
                )
            }
        );
        for (k, f) in self.flips.iter().enumerate() {
            let count = f.changes.len();
            let _ = writeln!(
                out,
                "\n{}. → {} ({} {}, {} {})",
                k + 1,
                outcome_text(f.outcome, f.ground, lang),
                count,
                match (count, nl) {
                    (1, true) => "wijziging",
                    (_, true) => "wijzigingen",
                    (1, false) => "change",
                    (_, false) => "changes",
                },
                tr("kosten", "cost"),
                f.cost
            );
            for l in &f.changes {
                let _ = writeln!(
                    out,
                    "   - {} [{}; {} {}; {}]",
                    if nl { &l.nl } else { &l.en },
                    l.id,
                    tr("helpt", "helps"),
                    side(l.helps),
                    l.rule.code()
                );
            }
        }
        out
    }
}

fn notice(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => crate::ruling::NOTICE_NL,
        Lang::En => crate::ruling::NOTICE_EN,
    }
}

fn outcome_text(o: Outcome, g: Option<Ground>, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let o = match (o, nl) {
        (Outcome::Granted, true) => "vervangende toestemming verleend",
        (Outcome::Granted, false) => "substitute consent granted",
        (Outcome::PartlyGranted, true) => "vervangende toestemming gedeeltelijk verleend",
        (Outcome::PartlyGranted, false) => "substitute consent partly granted",
        (Outcome::Refused, true) => "verzoek afgewezen",
        (Outcome::Refused, false) => "request refused",
        (Outcome::Inadmissible, true) => "verzoek niet-ontvankelijk",
        (Outcome::Inadmissible, false) => "request inadmissible",
        (Outcome::NoConsentRequired, true) => "geen instemming vereist",
        (Outcome::NoConsentRequired, false) => "no consent required",
    };
    let g = match (g, nl) {
        (None, _) => return o.to_string(),
        (Some(Ground::UnreasonableRefusal), true) => "grond 1: onredelijke weigering",
        (Some(Ground::UnreasonableRefusal), false) => "ground 1: unreasonable refusal",
        (Some(Ground::WeightyReasons), true) => "grond 2: zwaarwegende redenen",
        (Some(Ground::WeightyReasons), false) => "ground 2: weighty reasons",
    };
    format!("{o} ({g})")
}

/// Call `f` with every sorted `size`-subset of `0..n` (lexicographic order).
fn combinations(
    n: usize,
    size: usize,
    set: &mut Vec<usize>,
    start: usize,
    f: &mut dyn FnMut(&[usize]),
) {
    if set.len() == size {
        f(set);
        return;
    }
    for i in start..n {
        if n - i < size - set.len() {
            break;
        }
        set.push(i);
        combinations(n, size, set, i + 1, f);
        set.pop();
    }
}

/// What both searches share: the checked request, its calibration, its outcome, the levers.
struct Setup<'a> {
    request: &'a Request,
    cal: Calibration,
    term: u32,
    base: Outcome,
    ground: Option<Ground>,
    max: usize,
    levers: Vec<Lever>,
    /// What the gates decided and each element's legality defects: by `GATES` and the set
    /// of levers the gates read, and by element and the set of levers that reach it.
    cache: RefCell<Cache>,
}

/// A map kept as a list sorted by key: the same lookups as a `BTreeMap`, without the
/// kilobytes of B-tree code another key and value type costs the WebAssembly build.
#[derive(Default)]
struct Cache(Vec<((usize, Vec<usize>), Cached)>);

impl Cache {
    fn get(&self, key: &(usize, Vec<usize>)) -> Option<&Cached> {
        let i = self.0.binary_search_by(|(k, _)| k.cmp(key)).ok()?;
        Some(&self.0[i].1)
    }

    fn insert(&mut self, key: (usize, Vec<usize>), value: Cached) {
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }
}

/// The key of the gates' entry in [`Setup::cache`] (no element has this index).
const GATES: usize = usize::MAX;

/// An entry of [`Setup::cache`]. One map for both kinds of entry: every map key and
/// value type weighs kilobytes of code in the WebAssembly build.
#[derive(Clone)]
enum Cached {
    Gates(Result<crate::gates::Procedural, Outcome>),
    Defects(Defects),
}

impl<'a> Setup<'a> {
    fn new(request: &'a Request, max_changes: usize) -> Result<Setup<'a>, Error> {
        if max_changes > MAX_CHANGES {
            return Err(Error::Input(InputError::new(
                "max_changes",
                format!("a number of changes from 0 to {MAX_CHANGES}, found {max_changes}"),
            )));
        }
        // Checks the request (and its calibration) exactly as `evaluate` does.
        let ruling = crate::evaluate(request)?;
        let cal = Calibration::with_overrides(&request.calibration).unwrap_or_default();
        let levers = levers::catalogue(request, &cal);
        Ok(Setup {
            request,
            term: levers::retention_term(&cal),
            cal,
            base: ruling.outcome,
            ground: ruling.ground,
            max: max_changes,
            levers,
            cache: RefCell::default(),
        })
    }

    /// The request with the levers at these catalogue indices applied.
    fn apply(&self, set: &[usize]) -> Request {
        let mut sorted = set.to_vec();
        crate::small_sort::sort(&mut sorted);
        let ls: Vec<&Lever> = sorted.iter().map(|&i| &self.levers[i]).collect();
        levers::apply_all(self.request, &ls, self.term)
    }

    fn conflicting(&self, set: &[usize]) -> bool {
        set.iter().enumerate().any(|(k, &a)| {
            set[k + 1..]
                .iter()
                .any(|&b| self.levers[a].conflicts(&self.levers[b]))
        })
    }

    /// The outcome of a derived request by the engine's own test, without the input checks
    /// (the levers keep a valid request valid) and without the receipt, incrementally: what
    /// the gates decide is kept per set of levers the gates read, and each element's
    /// legality defects per set of levers that reach that element; only the stages run anew.
    fn fast(&self, set: &[usize]) -> Outcome {
        let mut sorted = set.to_vec();
        crate::small_sort::sort(&mut sorted);
        let r = self.apply(&sorted);
        let gate_key: Vec<usize> = sorted
            .iter()
            .copied()
            .filter(|&i| self.levers[i].kind.touches_gates())
            .collect();
        let gate_key = (GATES, gate_key);
        let cached = match self.cache.borrow().get(&gate_key) {
            Some(Cached::Gates(g)) => Some(*g),
            _ => None,
        };
        let gate = cached.unwrap_or_else(|| {
            let g = crate::gates::check(&mut Ctx::new(&r, self.cal.clone()));
            self.cache.borrow_mut().insert(gate_key, Cached::Gates(g));
            g
        });
        let procedural = match gate {
            Err(outcome) => return outcome,
            Ok(w) => w,
        };
        let n = r.regeling.elements.len();
        let mut defects = Vec::with_capacity(n);
        for e in 0..n {
            let key: Vec<usize> = sorted
                .iter()
                .copied()
                .filter(|&i| match self.levers[i].reach() {
                    levers::Reach::Nothing => false,
                    levers::Reach::Element(x) => x == e,
                    levers::Reach::All => true,
                })
                .collect();
            let key = (e, key);
            let cached = match self.cache.borrow().get(&key) {
                Some(Cached::Defects(d)) => Some(d.clone()),
                _ => None,
            };
            let d = cached.unwrap_or_else(|| {
                let d = self.element_defects(&r, e);
                self.cache
                    .borrow_mut()
                    .insert(key, Cached::Defects(d.clone()));
                d
            });
            defects.push(d);
        }
        let mut ctx = Ctx::new(&r, self.cal.clone());
        let parts = crate::merits(&mut ctx, &defects, procedural);
        crate::combine(&mut ctx, &parts).0
    }

    /// The legality defects of one element: the engine's legality checks on the request
    /// narrowed to that element (the checks run per element and read no other element).
    fn element_defects(&self, r: &Request, e: usize) -> Defects {
        let mut sub = r.clone();
        let el = sub.regeling.elements.swap_remove(e);
        sub.regeling.elements = vec![el];
        let mut ctx = Ctx::new(&sub, self.cal.clone());
        crate::legality::check(&mut ctx).pop().unwrap_or_default()
    }

    /// Verify each set with the real `evaluate`, build the flips, and order them.
    fn finish(self, sets: Vec<Vec<usize>>) -> WhatIf {
        let mut flips: Vec<(Vec<usize>, Flip)> = Vec::with_capacity(sets.len());
        for mut set in sets {
            crate::small_sort::sort(&mut set);
            let request = self.apply(&set);
            let Ok(ruling) = crate::evaluate(&request) else {
                continue;
            };
            if ruling.outcome == self.base {
                // The search and the engine disagree: report nothing unverified (the
                // property tests compare the search with `exhaustive`).
                continue;
            }
            let changes: Vec<Lever> = set.iter().map(|&i| self.levers[i].clone()).collect();
            let flip = Flip {
                cost: changes.iter().map(|l| l.cost).sum(),
                changes,
                outcome: ruling.outcome,
                ground: ruling.ground,
                request,
            };
            flips.push((set, flip));
        }
        crate::small_sort::sort_by(&mut flips, |(a, x), (b, y)| {
            (a.len(), x.cost)
                .cmp(&(b.len(), y.cost))
                .then_with(|| a.cmp(b))
        });
        WhatIf {
            outcome: self.base,
            ground: self.ground,
            max_changes: self.max,
            levers: self.levers,
            flips: flips.into_iter().map(|(_, f)| f).collect(),
        }
    }

    /// The optimised search (see the module docs). Returns the minimal flipping sets, as
    /// catalogue indices.
    fn search(&self) -> Vec<Vec<usize>> {
        if self.max == 0 || self.levers.is_empty() {
            return Vec::new();
        }
        let gate_base = self.base.merits_rank().is_none();
        let winner = match self.base {
            Outcome::Granted => Some(Side::Employer),
            Outcome::Refused => Some(Side::WorksCouncil),
            _ => None,
        };
        // The pool: non-monotone levers first, then those the gates read, then the rest;
        // levers that help the side already winning are left out.
        let mut pool: Vec<usize> = (0..self.levers.len())
            .filter(|&i| {
                let l = &self.levers[i];
                !(l.kind.monotone() && Some(l.helps) == winner)
            })
            .collect();
        crate::small_sort::sort_by_key(&mut pool, |&i| {
            let k = self.levers[i].kind;
            let class = if !k.monotone() {
                0
            } else if k.touches_gates() {
                1
            } else {
                2
            };
            (class, i)
        });
        let mut dfs = Dfs {
            s: self,
            pool,
            gate_base,
            bound: winner.is_some(),
            found: Vec::new(),
            set: Vec::new(),
        };
        dfs.node(0);
        // Depth-first order can record a set before a flipping subset of it that comes
        // later in the order; keep only the minimal ones.
        let found = dfs.found;
        found
            .iter()
            .filter(|t| {
                !found
                    .iter()
                    .any(|f| f.len() < t.len() && f.iter().all(|x| t.contains(x)))
            })
            .cloned()
            .collect()
    }
}

struct Dfs<'s, 'a> {
    s: &'s Setup<'a>,
    /// Catalogue indices in search order.
    pool: Vec<usize>,
    gate_base: bool,
    bound: bool,
    /// Flipping sets found so far (catalogue indices).
    found: Vec<Vec<usize>>,
    /// The current set (catalogue indices, in search order).
    set: Vec<usize>,
}

impl Dfs<'_, '_> {
    fn lever(&self, i: usize) -> &Lever {
        &self.s.levers[i]
    }

    /// Explore the extensions of the current set (which does not flip) by pool positions
    /// from `start` on.
    fn node(&mut self, start: usize) {
        if self.set.len() >= self.s.max {
            return;
        }
        // The gates decided and still decide: only a lever the gates read can change that.
        let gates_only = self.gate_base;
        // The bound: the current set with every monotone lever still available.
        let mut monotone_done = false;
        if self.bound {
            let rest: Vec<usize> = self.pool[start..]
                .iter()
                .copied()
                .filter(|&i| {
                    self.lever(i).kind.monotone()
                        && !self
                            .set
                            .iter()
                            .any(|&j| self.lever(i).conflicts(self.lever(j)))
                })
                .collect();
            if rest.len() >= 2 {
                let mut all = self.set.clone();
                all.extend(rest);
                if self.s.fast(&all) == self.s.base {
                    monotone_done = true;
                }
            }
        }
        for pos in start..self.pool.len() {
            let i = self.pool[pos];
            let l = self.lever(i);
            if (gates_only && !l.kind.touches_gates()) || (monotone_done && l.kind.monotone()) {
                // The pool's order puts these levers after all others: nothing further helps.
                break;
            }
            if self.set.iter().any(|&j| l.conflicts(self.lever(j))) {
                continue;
            }
            self.set.push(i);
            let contains_flip = self
                .found
                .iter()
                .any(|f| f.iter().all(|x| self.set.contains(x)));
            if !contains_flip {
                let outcome = self.s.fast(&self.set);
                if outcome != self.s.base {
                    self.found.push(self.set.clone());
                } else {
                    // Still the base outcome: for a gate-decided base the gates still fail
                    // the same way (the merits never give `inadmissible` or
                    // `no_consent_required`).
                    self.node(pos + 1);
                }
            }
            self.set.pop();
        }
    }
}
