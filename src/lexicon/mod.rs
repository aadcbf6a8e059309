//! French lexical knowledge, kept apart from the matchers that use it.
//!
//! Every list here is data: adding a word is adding a line. Look-ups are on
//! *folded* forms (see [`crate::chars::fold`]) unless a list says otherwise.

pub mod boilerplate;
pub mod calendar;
pub mod numbers;
pub mod quantities;
pub mod temporal;
pub mod tokens;
pub mod units;
