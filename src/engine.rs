//! The evaluation context shared by the legal modules: the request, the calibration, the
//! date, and the trace being written. Data flows one way: request → gates → legality →
//! weighing → stages → ruling.

use rust_decimal::Decimal;

use crate::Date;
use crate::calibration::Calibration;
use crate::law::RuleId;
use crate::request::{Element, Importance, Request};
use crate::ruling::{Effect, Finding, Step};

/// The context of one evaluation.
pub(crate) struct Ctx<'a> {
    pub req: &'a Request,
    pub cal: Calibration,
    pub as_of: Date,
    pub trace: Vec<Step>,
    pub flags: Vec<Step>,
    /// Whether steps name their element (more than one element).
    pub name_elements: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(req: &'a Request, cal: Calibration) -> Ctx<'a> {
        Ctx {
            req,
            cal,
            as_of: req.as_of,
            trace: Vec::with_capacity(48),
            flags: Vec::new(),
            name_elements: req.regeling.elements.len() > 1,
        }
    }

    /// Record a step for the whole regeling.
    pub fn step(&mut self, rule: RuleId, finding: Finding, effect: Effect) {
        self.trace.push(Step::new(rule, finding, effect));
    }

    /// Record a step about one element.
    pub fn element_step(
        &mut self,
        element: &Element,
        rule: RuleId,
        finding: Finding,
        effect: Effect,
    ) {
        let element = self.name_elements.then(|| element.id.clone());
        self.trace.push(Step {
            rule,
            element,
            finding,
            effect,
        });
    }

    /// Record a parallel track or warning.
    pub fn flag(&mut self, rule: RuleId, finding: Finding) {
        if !self
            .flags
            .iter()
            .any(|f| f.rule == rule && f.finding == finding)
        {
            self.flags.push(Step::new(rule, finding, Effect::Noted));
        }
    }

    /// Whether a rule is in force on the request's date.
    pub fn in_force(&self, rule: RuleId) -> bool {
        rule.rule().in_force(self.as_of)
    }

    /// The number on Alexy's scale for a level.
    pub fn scale(&self, level: Importance) -> Decimal {
        match level {
            Importance::None => Decimal::ZERO,
            Importance::Light => self.cal.light,
            Importance::Moderate => self.cal.moderate,
            Importance::Serious => self.cal.serious,
            Importance::VerySerious => self.cal.very_serious,
        }
    }
}
