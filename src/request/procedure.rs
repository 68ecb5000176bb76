//! The procedure before the request: art. 27 lid 2 and lid 5 WOR, art. 36 lid 4 WOR.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::codes::codes;

use super::fact::Tri;
use crate::Date;

/// What the works council (*ondernemingsraad*, OR) decided on the request for consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrDecision {
    /// Refused consent.
    Refused,
    /// Consented only under conditions that the employer rejects. This is not consent; the
    /// court weighs the proposal against the OR's alternative.
    Conditional,
    /// Did not decide within a reasonable time (the WOR sets no deadline; not deciding is in
    /// practice not consenting).
    NoDecision,
    /// Consented without conditions: there is nothing to replace.
    Consented,
    /// Not established. The employer must show consent was withheld; unknown counts as not
    /// shown.
    #[default]
    Unknown,
}

codes!(OrDecision {
    Refused = "refused",
    Conditional = "conditional",
    NoDecision = "no_decision",
    Consented = "consented",
    Unknown = "unknown",
});

/// The nullity track of art. 27 lid 5 WOR, where the employer went ahead without consent.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Nullity {
    /// Did the OR invoke nullity in writing?
    #[serde(default)]
    pub invoked_in_writing: Tri,
    /// When the one-month term started: the employer's written notice of the decision or,
    /// without notice, when the OR saw it being carried out.
    #[serde(default)]
    pub term_started_on: Option<Date>,
    /// When the OR invoked nullity.
    #[serde(default)]
    pub invoked_on: Option<Date>,
    /// Did the OR invoke nullity within the month? For when the dates are not known but the
    /// court's finding is (e.g. "too late"). When both dates are given, they decide.
    #[serde(default)]
    pub invoked_within_one_month: Tri,
}

/// An earlier agreement between the employer and the OR about the matter, such as an
/// evaluation of an earlier arrangement promised before anything new is introduced.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EarlierAgreement {
    /// What was agreed, e.g. "evaluate the pilot with the OR before any extension".
    pub description: String,
    /// Did the employer keep it? Unknown counts as kept: the OR, which invokes the breach,
    /// must show it (art. 150 Rv).
    #[serde(default)]
    pub kept: Tri,
}

/// The procedure followed before the request.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Did the employer ask the OR for consent at all? Unknown counts as yes when the OR
    /// refused, attached conditions or did not decide (it was evidently asked), and as no
    /// otherwise (the employer must show it).
    #[serde(default)]
    pub consent_requested: Tri,
    /// In writing, with reasons and the expected consequences for staff (art. 27 lid 2).
    /// Only an established "no" weighs for the OR; unknown is noted, not weighed.
    #[serde(default)]
    pub in_writing_with_reasons: Tri,
    /// At least one consultation meeting (*overlegvergadering*) held. Only an established
    /// "no" weighs for the OR; unknown is noted, not weighed.
    #[serde(default)]
    pub consultation_meeting_held: Tri,
    /// When consent was requested.
    #[serde(default)]
    pub requested_on: Option<Date>,
    /// What the OR decided.
    #[serde(default)]
    pub or_decision: OrDecision,
    /// The OR's conditions, when it consented only under conditions.
    #[serde(default)]
    pub or_conditions: Vec<String>,
    /// Did the employer put the decision into effect without consent? Unknown counts as no.
    #[serde(default)]
    pub implemented_without_consent: Tri,
    /// The nullity track, if the employer went ahead.
    #[serde(default)]
    pub nullity: Option<Nullity>,
    /// Has a demand under the Arbowet been made on the same matter (art. 36 lid 4 WOR)?
    /// Unknown counts as no.
    #[serde(default)]
    pub arbowet_demand_same_matter: Tri,
    /// An earlier agreement with the OR about the matter, and whether it was kept.
    #[serde(default)]
    pub earlier_agreement: Option<EarlierAgreement>,
}
