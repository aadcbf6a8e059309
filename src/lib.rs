//! # frnews
//!
//! Turns raw French news text into clean, structured facts: the article
//! body without boilerplate, tokens and sentences with exact byte offsets,
//! and every number, date, duration and military unit it mentions,
//! normalised.
//!
//! ## Overview
//!
//! One direction of flow, one module per stage, each usable on its own:
//!
//! - [`normalize`](mod@normalize): offset-preserving clean-up (NFC, apostrophes, spaces).
//! - [`boilerplate`]: article body, metadata, removed segments with reasons.
//! - [`tokenize`](mod@tokenize): tokens and sentences ([`TokenStream`] is shared by the extractors).
//! - [`numbers`](mod@numbers), [`dates`](mod@dates), [`units`]: the extractors.
//! - [`analyze`](fn@analyze) / [`Analyzer`]: all of it in one serialisable [`Analysis`].
//!
//! French lexical knowledge lives in [`lexicon`], apart from the matchers.
//!
//! ## Example
//!
//! ```
//! let text = "Kiev affirme avoir reçu plus de 6\u{202F}500 appels de soldats russes.";
//! let tokens = frnews::tokenize(text);
//! assert_eq!(&text[tokens[4].start..tokens[4].end], "plus");
//! let analysis = frnews::analyze(text);
//! let json = serde_json::to_string(&analysis).unwrap();
//! assert!(json.contains("\"sentences\""));
//! ```
//!
//! ## Spans
//!
//! Every token, sentence and mention carries `start..end`, byte offsets into
//! the caller's original text: `&text[start..end]` is the exact mention.
//!
//! ## Untrusted input
//!
//! No function panics on any `&str`, and every stage runs in time linear in
//! the input size (no backtracking matcher, bounded look-ahead).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analysis;
pub mod boilerplate;
pub mod chars;
pub mod corpus;
pub mod dates;
mod error;
pub mod lexicon;
mod lines;
pub mod normalize;
pub mod numbers;
mod pool;
mod prefixes;
mod span;
mod swar;
pub mod tokenize;
pub mod units;

pub use analysis::{Analysis, Analyzer, AnalyzerBuilder, TokenMention, analyze};
pub use boilerplate::{Article, strip_boilerplate};
pub use dates::dates;
pub use error::Error;
pub use normalize::{Normalized, normalize};
pub use numbers::numbers;
pub use span::Span;
pub use tokenize::{Token, TokenKind, TokenStream, sentences, tokenize};
pub use units::military_units;

/// The seed articles of `seeds/`, in file-name order (unit tests run from
/// the crate root).
#[cfg(test)]
pub(crate) fn seed_texts() -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir("seeds")
        .expect("seeds/ beside Cargo.toml")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("utf-8 seed"))
        .collect()
}

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
