//! Military-unit recognition (issue: military units).
//!
//! Placeholder interface: the output types are the contract; the
//! recogniser is being built.

use crate::tokenize::TokenStream;
use serde::{Deserialize, Serialize};

/// The type of formation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// armée
    Army,
    /// corps d'armée
    Corps,
    /// division
    Division,
    /// brigade
    Brigade,
    /// régiment
    Regiment,
    /// bataillon
    Battalion,
    /// groupement tactique (BTG)
    BattalionTacticalGroup,
    /// compagnie
    Company,
    /// batterie
    Battery,
    /// escadron, escadrille
    Squadron,
    /// section, peloton
    Platoon,
    /// escouade
    Squad,
    /// groupe (de combat, d'assaut)
    Group,
    /// détachement
    Detachment,
    /// légion
    Legion,
    /// milice
    Militia,
    /// société militaire privée
    Pmc,
    /// forces spéciales
    SpecialForces,
    /// garde nationale
    NationalGuard,
    /// flotte, flottille
    Fleet,
    /// unité
    Unit,
}

/// How specifically a unit is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionType {
    /// By name ("le groupe Wagner").
    Named,
    /// By number ("le 1442e régiment").
    Numbered,
    /// Specific but unnamed ("une division basée à Irkoutsk").
    Descriptive,
    /// Generic ("mon unité").
    Generic,
}

/// A military unit found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitMention {
    /// Byte offset.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The type of formation.
    pub kind: UnitKind,
    /// Its number ("1442e" → 1442).
    pub number: Option<u64>,
    /// Its name ("Wagner").
    pub name: Option<String>,
    /// Gazetteer id.
    pub id: Option<String>,
    /// Specialty ("fusiliers motorisés").
    pub specialty: Option<String>,
    /// Side ("russia", "ukraine").
    pub side: Option<String>,
    /// Location ("Irkoutsk").
    pub location: Option<String>,
    /// Stated size ("de 10 soldats" → 10).
    pub size: Option<u64>,
    /// How it is mentioned.
    pub mention: MentionType,
    /// Whether the mention lies in the article body.
    pub in_body: bool,
}

/// Extracts military units from a token stream.
pub fn extract(_stream: &TokenStream<'_>) -> Vec<UnitMention> {
    Vec::new()
}

/// Finds every military unit in `text`.
pub fn military_units(text: &str) -> Vec<UnitMention> {
    extract(&TokenStream::new(text))
}
