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

/// Who declined or failed to convene the consultation meeting of art. 27 lid 2 WOR, where
/// none was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeetingDeclinedBy {
    /// The employer declined the meeting the OR asked for, or never convened one.
    Employer,
    /// The OR declined the meeting the employer offered.
    WorksCouncil,
    /// Not established. The missing meeting then weighs as an established procedural defect
    /// for the OR, as it did before this field existed; it does not make the request
    /// premature (whoever relies on that must show who caused it, art. 150 Rv).
    #[default]
    Unknown,
}

codes!(MeetingDeclinedBy {
    Employer = "employer",
    WorksCouncil = "works_council",
    Unknown = "unknown",
});

/// What the employer asked the court: the whole regeling only, or (at least subsidiarily)
/// also its separable parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Petitum {
    /// Permission for the regeling as a whole only: no partial grant, whatever the parts.
    WholeOnly,
    /// Permission for the whole, and subsidiarily for each separable element.
    AlsoParts,
    /// Not stated. Read as before this field existed: a regeling marked `separable` is
    /// decided per element (as if the parts were asked subsidiarily), any other as a whole.
    #[default]
    Unknown,
}

codes!(Petitum {
    WholeOnly = "whole_only",
    AlsoParts = "also_parts",
    Unknown = "unknown",
});

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
    /// Was the only meeting held one to *inform* the OR (a presentation), not the
    /// consultation meeting on the proposal of art. 27 lid 2? When yes, no consultation
    /// meeting was held, whatever `consultation_meeting_held` says. Unknown counts as no: the
    /// OR, which relies on it, must show it (art. 150 Rv).
    #[serde(default)]
    pub meeting_only_informed: Tri,
    /// Where no consultation meeting was held: who declined it. Declined (or never convened)
    /// by the employer: the consent procedure is not completed and the request is premature.
    /// Declined by the OR: the OR cannot rely on its absence. Unknown: see
    /// [`MeetingDeclinedBy::Unknown`].
    #[serde(default)]
    pub consultation_meeting_declined_by: MeetingDeclinedBy,
    /// With `or_decision: no_decision`: was the OR, when the employer went to court, still
    /// deciding within a reasonable time (the WOR sets no term)? Then the request is
    /// premature, which is not the same as an OR that let a reasonable time pass. Unknown
    /// counts as no: `no_decision` states that the time was up, and the OR, which says
    /// otherwise, must show it (art. 150 Rv).
    #[serde(default)]
    pub or_still_deciding: Tri,
    /// Did the OR ask the employer in writing for a formal request for consent (e.g. after
    /// a presentation or an e-mail)? Then the OR was not yet asked as art. 27 lid 2
    /// requires, unless the written request with reasons is established. Unknown counts as
    /// no.
    #[serde(default)]
    pub or_asked_for_formal_request: Tri,
    /// What the employer asked the court. See [`Petitum`].
    #[serde(default)]
    pub petitum: Petitum,
    /// Did the OR give reasons when it withheld consent? A refusal without reasons is not by
    /// that alone unreasonable: the court weighs the arguments the OR puts forward, also
    /// those it first raises in the proceedings. Unknown: nothing is said.
    #[serde(default)]
    pub or_gave_reasons: Tri,
    /// Did the OR refuse to discuss alternatives or to make a counter-proposal? Said in the
    /// ruling; it adds no weight to either side (INFERENCE), and an alternative raised only in
    /// court is still weighed. Unknown counts as no.
    #[serde(default)]
    pub or_refused_to_discuss: Tri,
    /// Did the employer amend its proposal (or offer to) during the proceedings? The request
    /// then holds the proposal as amended, and the court decides on that: a defect cured in
    /// the proceedings no longer counts (DOMAIN §2). Unknown counts as no.
    #[serde(default)]
    pub amended_in_proceedings: Tri,
}
