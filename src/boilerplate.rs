//! Boilerplate stripping and article metadata (issue: boilerplate).
//!
//! Placeholder interface: the output types are the contract; the stage is
//! being built.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Why a span was removed from the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// "Publicité", "Sponsorisé".
    Advertisement,
    /// A photo caption.
    Caption,
    /// A photo or agency credit.
    Credit,
    /// "par" / author line.
    Byline,
    /// "Temps de lecture 2 min."
    ReadingTime,
    /// "Article original publié sur …".
    SourceFooter,
    /// "Lire aussi".
    RelatedLink,
    /// "VIDÉO - …".
    Teaser,
    /// Menus.
    Navigation,
    /// Share / comment prompts.
    Social,
    /// Newsletter prompts.
    Newsletter,
    /// Cookie consent.
    CookieNotice,
    /// A repeated line.
    Duplicate,
    /// A header glued to the text ("date 2023-09").
    Header,
    /// Anything else.
    Other,
}

/// A removed span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Byte offset.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The removed text.
    pub text: String,
    /// Why it was removed.
    pub kind: RemovedKind,
}

/// The article separated from its boilerplate, with metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The headline, when the text starts with one.
    pub title: Option<String>,
    /// The author, from a byline.
    pub author: Option<String>,
    /// The outlet, from a footer.
    pub source: Option<String>,
    /// Publication date or month (ISO), when the text states it.
    pub published: Option<String>,
    /// Reading time in minutes.
    pub reading_time: Option<u32>,
    /// The kept paragraphs, in order.
    pub body: Vec<Span>,
    /// The removed spans, in order.
    pub removed: Vec<Removed>,
}

/// Separates the article from its boilerplate.
pub fn strip_boilerplate(text: &str) -> Article {
    let mut body = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let off = line.find(trimmed).unwrap_or(0);
            body.push(Span::new(start + off, start + off + trimmed.len()));
        }
        start += line.len();
    }
    Article {
        body,
        ..Article::default()
    }
}
