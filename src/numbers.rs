//! Numbers and quantities (issue: French numbers and quantities).
//!
//! Placeholder interface: the output type is the contract; the extractor is
//! being built.

use crate::tokenize::TokenStream;
use serde::{Deserialize, Serialize};

/// What kind of number a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A whole count: "6500", "trois", "une dizaine".
    Cardinal,
    /// A number with a fractional part: "1,5".
    Decimal,
    /// A rank: "1er", "deuxième", "XXIe".
    Ordinal,
    /// A fraction: "trois quarts", "la moitié".
    Fraction,
    /// A percentage: "75 %".
    Percent,
}

/// How the stated value relates to the true one. Shared with durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// About: "environ", "près de", "une dizaine".
    Approx,
    /// "plus de".
    MoreThan,
    /// "moins de".
    LessThan,
    /// "au moins", "pas moins de".
    AtLeast,
    /// "au plus", "jusqu'à".
    AtMost,
    /// "entre 300 et 400", "de 10 à 15".
    Range,
}

/// A number found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Byte offset of the mention in the original text.
    pub start: usize,
    /// Byte offset one past the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// Cardinal, decimal, ordinal, fraction or percent.
    pub kind: NumberKind,
    /// The value (absent for ranges).
    pub value: Option<f64>,
    /// Lower bound (ranges and bounds).
    pub low: Option<f64>,
    /// Upper bound (ranges and bounds).
    pub high: Option<f64>,
    /// How the value is qualified.
    pub qualifier: Qualifier,
    /// Normalised unit symbol ("km", "%", "EUR"...), if any.
    pub unit: Option<String>,
    /// The counted noun as written ("demandes"), if any.
    pub counted: Option<String>,
    /// Whether the quantity is vague ("des centaines").
    pub vague: bool,
    /// Whether the mention lies in the article body (false in removed boilerplate).
    pub in_body: bool,
}

/// Extracts the numbers of a token stream.
pub fn extract(_stream: &TokenStream<'_>) -> Vec<NumberMention> {
    Vec::new()
}

/// Finds every number in `text`.
pub fn numbers(text: &str) -> Vec<NumberMention> {
    extract(&TokenStream::new(text))
}
