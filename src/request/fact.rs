//! Facts that the parties may or may not have established.

use schemars::JsonSchema;

use super::codes::codes;

/// A yes/no fact that may be unknown: the parties did not establish it, or the sources do
/// not say. What an unknown fact means for the ruling depends on who bears the burden of
/// proving it; every rule that reads one says in the trace how it treated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    /// Established: yes.
    Yes,
    /// Established: no.
    No,
    /// Not established either way.
    #[default]
    Unknown,
}

codes!(Tri {
    Yes = "yes",
    No = "no",
    Unknown = "unknown",
});

impl Tri {
    /// `true` only if the fact is established as yes.
    pub fn is_yes(self) -> bool {
        self == Tri::Yes
    }

    /// `true` only if the fact is established as no.
    pub fn is_no(self) -> bool {
        self == Tri::No
    }

    /// Read the fact against the party that bears the burden of proving "yes": unknown
    /// counts as no.
    pub fn proven(self) -> bool {
        self == Tri::Yes
    }

    /// Read the fact against the party that bears the burden of proving "no": unknown counts
    /// as yes.
    pub fn not_disproven(self) -> bool {
        self != Tri::No
    }
}

/// How well a party substantiated a statement (DOMAIN §2; art. 149 Rv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Substantiation {
    /// Not known how it was substantiated. Treated as merely asserted: the party that
    /// relies on a statement bears the burden of substantiating it.
    #[default]
    Unknown,
    /// Merely asserted, without facts or evidence.
    Asserted,
    /// Made plausible (*aannemelijk gemaakt*) with some facts or evidence.
    Plausible,
    /// Established: proven, or found by the court.
    Established,
}

codes!(Substantiation {
    Unknown = "unknown",
    Asserted = "asserted",
    Plausible = "plausible",
    Established = "established",
});

/// How important a side finds the decision for an interest, or how deep the decision
/// intrudes on it: the triadic scale of Alexy's weight formula (DOMAIN §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// No effect at all on the interest (only ever derived, e.g. a privacy interest against
    /// a measure that processes no personal data).
    None,
    /// Light (*licht*).
    Light,
    /// Moderate (*matig*).
    Moderate,
    /// Serious (*zwaar*).
    Serious,
    /// Very serious (*zeer zwaar*): the step above serious, for an intrusion that combines
    /// serious factors (the content of communications in the home, say). Alexy's triadic
    /// scale stops at serious; a fourth step keeps the scale from saturating where the law
    /// sees a difference (DESIGN.md, "the intrusion scale").
    VerySerious,
}

codes!(Importance {
    None = "none",
    Light = "light",
    Moderate = "moderate",
    Serious = "serious",
    VerySerious = "very_serious",
});
