//! Boilerplate stripping and article metadata.
//!
//! Scraped news pages carry lines that are not the article: advertisement
//! slots, photo captions and credits, bylines, date headers, "Lire aussi"
//! links, teasers, menus, share buttons, newsletter and cookie prompts,
//! syndication footers, repeated lines. [`strip_boilerplate`] separates the
//! article from them, keeps exact byte offsets, says what it removed and why
//! ([`RemovedKind`]) and reads the metadata those lines carry (title,
//! author, source, publication date, reading time).
//!
//! # How it decides
//!
//! The unit is the line (`\n`-separated, trimmed). A line can be split: a
//! header glued to the first sentence ("date 2023-09 Un groupe …", "KIEV,
//! 14 juin 2023 (AFP) - Au moins …") is removed as a `header` and the rest
//! of the line is classified on its own.
//!
//! 1. **Cues** — the general patterns of French news sites, listed in
//!    [`crate::lexicon::boilerplate`]: "Publicité", "Lire aussi", "VIDÉO -",
//!    "Temps de lecture 2 min.", "Publié le …", "par" + name, "X avec AFP",
//!    share buttons, cookie banners, credits ("© BELGA", "- Olga MALTSEVA /
//!    AFP", "(Photo …)", "[Keystone - Libkos]", agency slugs "ats/vic") …
//! 2. **Repetition** — a line of four words or more already seen is a
//!    `duplicate` (captions are often printed twice).
//! 3. **Context** — the line after "Sponsorisé", after a lone "par", after a
//!    lone "Lire aussi"; consent buttons under a cookie banner; a short line
//!    glued to a credit-only line is its caption; a short line between two
//!    lines removed for the same reason shares it.
//! 4. **Paragraph features**, in the spirit of jusText, for the doubtful
//!    lines left: word count, stop-word density, final punctuation, initial
//!    capital and position. Short labels above the headline are a menu or a
//!    section kicker; three short capitalised lines in a row are a menu;
//!    unpunctuated lines after the last good paragraph are page furniture.
//!    Short lines between good paragraphs (intertitles, quotes) are kept.
//!    The thresholds are in [`Params`], measured on the gold set.
//!
//! The input is one page: a line repeated anywhere in it is a duplicate.
//!
//! # Title
//!
//! The headline is article content, not boilerplate: it is never in
//! `removed`, it **is in `body`** (as the first span), and it is also given
//! as [`Article::title`]. A headline is the first line kept (after skipping
//! short section labels above it) when it has [`Params::title_min_words`]
//! to [`Params::title_max_words`] words, does not end with a period, and
//! more kept text follows.
//!
//! # Guarantees
//!
//! Body spans and removed spans are trimmed, disjoint, in order, on char
//! boundaries, and together with white space cover the whole text. The
//! stage is idempotent: stripping [`body_text`] again removes nothing and
//! keeps the same paragraphs and title (see the property tests). It never
//! panics and runs in linear time.
//!
//! ```
//! let text = "Publicité\n\nLe titre de l'article du jour\n\n\
//!             Des soldats dans la ville, le 18 mai 2022 - Olga MALTSEVA / AFP\n\n\
//!             Le corps de l'article commence ici, avec une phrase complète et assez longue.\n\n\
//!             Article original publié sur BFMTV.com";
//! let a = frnews::strip_boilerplate(text);
//! assert_eq!(a.title.as_deref(), Some("Le titre de l'article du jour"));
//! assert_eq!(a.source.as_deref(), Some("BFMTV.com"));
//! assert_eq!(a.body.len(), 2);
//! let kinds: Vec<_> = a.removed.iter().map(|r| r.kind).collect();
//! use frnews::boilerplate::RemovedKind::*;
//! assert_eq!(kinds, [Advertisement, Caption, SourceFooter]);
//! ```

use crate::Span;
use crate::chars::fold;
use crate::lexicon::boilerplate as lex;
use crate::swar::{HIGH_BITS, LOW_BYTES, ascii_alnum_mask, run_length};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Why a span was removed from the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// "Publicité", "Sponsorisé", subscription pitches.
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
    /// A header glued to the text ("date 2023-09"), date lines.
    Header,
    /// Anything else (paywall notices, media-player timers, desk slugs).
    Other,
}

impl RemovedKind {
    /// The snake_case name used in JSON ("source_footer").
    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::Advertisement => "advertisement",
            RemovedKind::Caption => "caption",
            RemovedKind::Credit => "credit",
            RemovedKind::Byline => "byline",
            RemovedKind::ReadingTime => "reading_time",
            RemovedKind::SourceFooter => "source_footer",
            RemovedKind::RelatedLink => "related_link",
            RemovedKind::Teaser => "teaser",
            RemovedKind::Navigation => "navigation",
            RemovedKind::Social => "social",
            RemovedKind::Newsletter => "newsletter",
            RemovedKind::CookieNotice => "cookie_notice",
            RemovedKind::Duplicate => "duplicate",
            RemovedKind::Header => "header",
            RemovedKind::Other => "other",
        }
    }

    /// The kind named `name` (snake_case), if any.
    pub fn from_name(name: &str) -> Option<RemovedKind> {
        ALL_KINDS.iter().copied().find(|k| k.as_str() == name)
    }
}

/// Every [`RemovedKind`], in declaration order.
pub const ALL_KINDS: [RemovedKind; 15] = [
    RemovedKind::Advertisement,
    RemovedKind::Caption,
    RemovedKind::Credit,
    RemovedKind::Byline,
    RemovedKind::ReadingTime,
    RemovedKind::SourceFooter,
    RemovedKind::RelatedLink,
    RemovedKind::Teaser,
    RemovedKind::Navigation,
    RemovedKind::Social,
    RemovedKind::Newsletter,
    RemovedKind::CookieNotice,
    RemovedKind::Duplicate,
    RemovedKind::Header,
    RemovedKind::Other,
];

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
    /// The headline, when the text starts with one (it is also the first
    /// span of `body`).
    pub title: Option<String>,
    /// The author, from a byline naming a person.
    pub author: Option<String>,
    /// The outlet, from a footer ("Article original publié sur BFMTV.com")
    /// or a byline ("Le Monde avec AFP").
    pub source: Option<String>,
    /// Publication date (`YYYY-MM-DD`) or month (`YYYY-MM`), when the text
    /// states it.
    pub published: Option<String>,
    /// Reading time in minutes.
    pub reading_time: Option<u32>,
    /// The kept paragraphs, in order (trimmed lines; the headline included).
    pub body: Vec<Span>,
    /// The removed spans, in order.
    pub removed: Vec<Removed>,
}

/// Thresholds of the paragraph-feature rules.
///
/// Measured on the gold set in `tests/data/boilerplate/` (31 hand-written
/// pages + the 5 seeds, 265 boilerplate lines): `cargo test --release
/// --test boilerplate_eval sweep -- --nocapture` varies each threshold
/// alone and prints line-level precision/recall for every value. Each
/// default sits inside the plateau of best F1, away from its edges (the
/// plateaus measured are in each field's comment); the test fails if a
/// default is not on its plateau.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// A menu item or section kicker has at most this many words. Plateau
    /// 3–6 (at 1–2, recall drops to 0.96: "Guerre en Ukraine" kickers and
    /// three-word menu items are kept); 4 chosen.
    pub menu_max_words: usize,
    /// A headline has at least this many words. Plateau 4–8 (at 2–3 a
    /// kicker is taken for the headline, recall 0.97–0.98); 6 chosen.
    pub title_min_words: usize,
    /// A headline has at most this many words. Plateau 15–35 (at 12 a
    /// related link is kept, precision 0.996); 24 chosen.
    pub title_max_words: usize,
    /// A line glued to a credit-only line is its caption up to this many
    /// words. Plateau 14–18 (below, captions of 13–14 words are kept;
    /// above, paragraphs glued to a credit are removed, precision ≤ 0.996);
    /// 16 chosen.
    pub caption_max_words: usize,
    /// A good (surely article) paragraph has at least this many words.
    /// Flat on the gold set from 3 to 15 (20 costs precision): jusText's
    /// length threshold (70 characters ≈ 10 French words) kept.
    pub good_min_words: usize,
    /// …and at least this share of stop words. Flat on the gold set from 0
    /// to 0.4: jusText's `stopwords_low` (0.30) kept.
    pub good_min_stop_ratio: f64,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            menu_max_words: 4,
            title_min_words: 6,
            title_max_words: 24,
            caption_max_words: 16,
            good_min_words: 10,
            good_min_stop_ratio: 0.3,
        }
    }
}

/// Separates the article from its boilerplate, with the default
/// [`Params`].
///
/// A text with decomposed accents (NFD) is read composed, and the spans
/// of the body and of the removed segments are in the caller's text.
pub fn strip_boilerplate(text: &str) -> Article {
    strip_boilerplate_with(text, &Params::default())
}

impl crate::normalize::MapBack for Article {
    /// The body's and the removed segments' spans (and texts); the title
    /// and metadata stay as read in the composed view.
    fn map_back(&mut self, original: &str, norm: &crate::Normalized) {
        self.body.map_back(original, norm);
        for r in &mut self.removed {
            r.text = norm.back(original, &mut r.start, &mut r.end);
        }
    }
}

/// The article's kept text: its body paragraphs joined by blank lines.
/// Stripping it again changes nothing (the stage is idempotent): the result
/// removes nothing, and has the same paragraphs and title.
///
/// ```
/// use frnews::boilerplate::{body_text, strip_boilerplate};
/// let text = "Publicité\nUn titre tout à fait normal ici\nLe corps du texte est là, assez long pour compter.";
/// let a = strip_boilerplate(text);
/// let body = body_text(text, &a);
/// assert_eq!(body, "Un titre tout à fait normal ici\n\nLe corps du texte est là, assez long pour compter.");
/// let b = strip_boilerplate(&body);
/// assert!(b.removed.is_empty());
/// assert_eq!(b.title, a.title);
/// ```
pub fn body_text(text: &str, article: &Article) -> String {
    let mut out = String::new();
    for (i, s) in article.body.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        out.push_str(s.as_str(text));
    }
    out
}

// ---------------------------------------------------------------------------
// Matchers, built once.

type FastSet<T> = rustc_hash::FxHashSet<T>;

/// A set of whole folded lines; keys longer than its longest entry are
/// rejected before hashing (most lines are long paragraphs).
struct LineSet {
    set: FastSet<&'static str>,
    max_len: usize,
}

impl LineSet {
    fn contains(&self, key: &str) -> bool {
        key.len() <= self.max_len && self.set.contains(key)
    }
}

fn set(list: &'static [&'static str]) -> LineSet {
    LineSet {
        set: list.iter().copied().collect(),
        max_len: list.iter().map(|w| w.len()).max().unwrap_or(0),
    }
}
static AD_LINES: LazyLock<LineSet> = LazyLock::new(|| set(lex::AD_LINES));
static SPONSOR_LINES: LazyLock<LineSet> = LazyLock::new(|| set(lex::SPONSOR_LINES));
static CONSENT_BUTTONS: LazyLock<LineSet> = LazyLock::new(|| set(lex::CONSENT_BUTTONS));
static SOCIAL_LINES: LazyLock<LineSet> = LazyLock::new(|| set(lex::SOCIAL_LINES));
static NAVIGATION_LINES: LazyLock<LineSet> = LazyLock::new(|| set(lex::NAVIGATION_LINES));
static BYLINE_LABELS: LazyLock<LineSet> = LazyLock::new(|| set(lex::BYLINE_LABELS));
static DESK_NAMES: LazyLock<LineSet> = LazyLock::new(|| set(lex::DESK_NAMES));
static OUTLETS: LazyLock<LineSet> = LazyLock::new(|| set(lex::OUTLETS));
static AGENCY_SET: LazyLock<LineSet> = LazyLock::new(|| set(lex::AGENCIES));
/// A run of the key as one integer: its bytes packed little-endian,
/// zero-padded (no run holds a zero byte, so equal packs are equal runs).
/// `None` for runs over 16 bytes or not starting with a-z: no table entry
/// is one (their constructors check it).
fn pack(w: &[u8]) -> Option<u128> {
    let first = *w.first()?;
    if w.len() > 16 || !first.is_ascii_lowercase() {
        return None;
    }
    let mut p = 0u128;
    for (k, &b) in w.iter().enumerate() {
        p |= u128::from(b) << (8 * k);
    }
    Some(p)
}

/// Bit of [`RunWords`] entries: a stop word ([`lex::STOP_WORDS`]). The cue
/// bits ([`COOKIE_WORD`] …) and [`RunWords::SECOND`] are the others.
const STOP_WORD: u8 = 64;

/// The words looked up for each alphanumeric run of a key: the stop words
/// and the cue words ([`RunWords::run`]), in one open-addressing table
/// keyed by [`pack`]: a look-up is one multiply and, for most runs (not
/// in the table), one probe of an empty or different slot (the bucketed
/// lists scanned per run were a fifth of the profile).
struct RunWords {
    /// (pack, bits); pack 0 (no word) is empty. A fixed size, so that
    /// masked indices need no bounds check.
    slots: Box<[(u128, u8); RunWords::SLOTS]>,
    /// Two-run cue entries, whole.
    pairs: Vec<(&'static str, u8)>,
}

impl RunWords {
    /// The run is the second run of a two-run cue entry.
    const SECOND: u8 = 128;
    const BITS: u32 = 11;
    const SLOTS: usize = 1 << RunWords::BITS;
    const MASK: usize = RunWords::SLOTS - 1;

    fn slot(p: u128) -> usize {
        let h = (p as u64 ^ (p >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - RunWords::BITS)) as usize & RunWords::MASK
    }

    fn add(&mut self, p: u128, bits: u8) {
        let mut i = RunWords::slot(p);
        loop {
            let (e, f) = &mut self.slots[i];
            if *e == 0 {
                *e = p;
            }
            if *e == p {
                *f |= bits;
                return;
            }
            i = (i + 1) & RunWords::MASK;
        }
    }

    /// The table's bits of the run packed as `p` (0: not in it).
    #[inline]
    fn get(&self, p: u128) -> u8 {
        let mut i = RunWords::slot(p);
        loop {
            let (e, f) = self.slots[i];
            if e == p {
                return f;
            }
            if e == 0 {
                return 0;
            }
            i = (i + 1) & RunWords::MASK;
        }
    }

    /// Whether `w` is a stop word.
    #[cfg(test)]
    fn contains(&self, w: &str) -> bool {
        pack(w.as_bytes()).is_some_and(|p| self.get(p) & STOP_WORD != 0)
    }

    /// The stop words and the cue word lists.
    ///
    /// A whole-word occurrence of a cue entry that is one alphanumeric run
    /// is an alphanumeric run of the key equal to it; an entry of two runs
    /// joined by one separator ("inscrivez-vous", "edite par") is two
    /// consecutive runs with that separator between them. (The automata
    /// this replaces reported leftmost-longest matches: no entry can start
    /// inside another's match or be a proper prefix of one up to a word
    /// boundary, so they found a whole word exactly when one occurs.)
    fn new(stop: &'static [&'static str], lists: &[(&'static [&'static str], u8)]) -> RunWords {
        let mut t = RunWords {
            slots: Box::new([(0, 0); RunWords::SLOTS]),
            pairs: Vec::new(),
        };
        for w in stop {
            let p = pack(w.as_bytes()).expect("stop words are short, lowercase ASCII");
            t.add(p, STOP_WORD);
        }
        for &(list, bit) in lists {
            for &w in list {
                let runs: Vec<&'static str> = w
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|r| !r.is_empty())
                    .collect();
                let (last, bits) = match runs[..] {
                    [r] if r == w => (r, bit),
                    [a, r] if w.starts_with(a) && w.ends_with(r) => {
                        t.pairs.push((w, bit));
                        (r, RunWords::SECOND)
                    }
                    _ => panic!("cue word {w:?}: one run, or two runs and one separator"),
                };
                let p = pack(last.as_bytes()).expect("cue word runs are short lowercase ASCII");
                t.add(p, bits);
            }
        }
        assert!(
            t.slots.iter().filter(|s| s.0 != 0).count() * 4 <= t.slots.len(),
            "the table stays sparse"
        );
        t
    }

    /// The run `key[start..end]` packed as `p`, with `prev` the previous
    /// run's start (for two-run entries): whether it is a stop word, and
    /// the cue bits of the entries ending with it.
    #[inline]
    fn run(&self, key: &[u8], prev: Option<usize>, end: usize, p: u128) -> (bool, u8) {
        let f = self.get(p);
        if f == 0 {
            return (false, 0);
        }
        let mut bits = f & !(RunWords::SECOND | STOP_WORD);
        if f & RunWords::SECOND != 0
            && let Some(p) = prev
        {
            let whole = &key[p..end];
            for &(w, bit) in &self.pairs {
                if w.as_bytes() == whole {
                    bits |= bit;
                }
            }
        }
        (f & STOP_WORD != 0, bits)
    }
}

/// The cue-word lists a line key counts, each with its bit.
const CUE_LISTS: [(&[&str], u8); 6] = [
    (lex::COOKIE_WORDS, COOKIE_WORD),
    (lex::COOKIE_CONTEXT, COOKIE_CONTEXT_WORD),
    (lex::NEWSLETTER_WORDS, NEWSLETTER_WORD),
    (lex::NEWSLETTER_VERBS, NEWSLETTER_VERB),
    (lex::NEWSLETTER_CONTEXT, NEWSLETTER_CONTEXT_WORD),
    (lex::PRODUCTION_CREDIT_WORDS, PRODUCTION_WORD),
];

static RUN_WORDS: LazyLock<RunWords> = LazyLock::new(|| RunWords::new(lex::STOP_WORDS, &CUE_LISTS));
#[cfg(test)]
use RUN_WORDS as STOP_WORDS;

fn words_matcher(list: &[&str], ascii_ci: bool) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(ascii_ci)
        .match_kind(MatchKind::LeftmostLongest)
        .build(list)
        .expect("static word list builds an automaton")
}

/// Agencies, searched in the original text (ASCII case-insensitive).
static AGENCIES_AC: LazyLock<AhoCorasick> = LazyLock::new(|| words_matcher(lex::AGENCIES, true));

/// Bits of [`Line::cue_words`]: which word lists have a whole-word
/// occurrence in the line's key.
const COOKIE_WORD: u8 = 1;
const COOKIE_CONTEXT_WORD: u8 = 2;
const NEWSLETTER_WORD: u8 = 4;
const NEWSLETTER_VERB: u8 = 8;
const NEWSLETTER_CONTEXT_WORD: u8 = 16;
const PRODUCTION_WORD: u8 = 32;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex compiles")
}

/// "date 2023-09 " glued before the first sentence.
static DATE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:date)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)"));
/// Agencies named in a dateline's brackets.
const DATELINE_AGENCIES: &[&str] = &[
    "AFP",
    "Reuters",
    "AP",
    "Belga",
    "ATS",
    "Keystone-ATS",
    "ANP",
    "EFE",
    "DPA",
    "Agence QMI",
    "La Presse Canadienne",
    "PC",
];
/// Agency dateline: "KIEV, 14 juin 2023 (AFP) - ", "MOSCOU (Reuters) - ".
/// Costly to compile and to run: see [`may_be_dateline`].
static DATELINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let agencies: Vec<String> = DATELINE_AGENCIES.iter().map(|a| regex::escape(a)).collect();
    re(&format!(
        r"^\p{{Lu}}[\p{{Lu}}'’ .-]{{1,40}}?(?:\s*,\s*[^()\n]{{1,40}}?)?\s*\((?:{})\)\s*[-–—]\s*",
        agencies.join("|")
    ))
});

/// Gate of [`DATELINE_PREFIX`]: it starts with a capital (`\p{Lu}`: every
/// one has the Uppercase property) and then a capital or one of `'’ .-`
/// (most lines fail here, on their first two chars); its "(" can only be
/// the first "(" of the line (nothing before it in the pattern matches a
/// "("), and an agency and ")" must follow it. Lines failing this cannot
/// match.
fn may_be_dateline(rest: &str) -> bool {
    let mut chars = rest.chars();
    let head = chars.next().is_some_and(char::is_uppercase)
        && chars
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '\'' | '’' | ' ' | '.' | '-'));
    head && rest.find('(').is_some_and(|o| {
        let after = &rest[o + 1..];
        DATELINE_AGENCIES.iter().any(|a| {
            after
                .strip_prefix(a)
                .is_some_and(|tail| tail.starts_with(')'))
        })
    })
}

/// [`DATE_PREFIX`]'s match in `rest` (after [`may_be_date_prefix`]): its
/// end and its date (group 1). Read directly when the bytes it looks at
/// are ASCII (there, `\s` and `\d` are ASCII white space and digits); the
/// regex otherwise (a test compares the two).
fn date_prefix(rest: &str) -> Option<(usize, &str)> {
    match date_prefix_ascii(rest.as_bytes()) {
        Some(m) => m.map(|(end, d0, d1)| (end, &rest[d0..d1])),
        None => DATE_PREFIX
            .captures(rest)
            .and_then(|c| Some((c.get(0)?.end(), c.get(1)?.as_str()))),
    }
}

/// [`date_prefix`] on ASCII: `Some(match)` (end, date start, date end)
/// when every byte the pattern reads is ASCII, `None` (ask the regex) when
/// one is not.
fn date_prefix_ascii(b: &[u8]) -> Option<Option<(usize, usize, usize)>> {
    let space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ');
    let spaces = |mut i: usize| {
        while b.get(i).is_some_and(space) {
            i += 1;
        }
        i
    };
    let ascii_to = |end: usize| b[..end.min(b.len())].is_ascii();
    // "date" (the gate read it), `\s*:?\s+`: white space before the date,
    // after the colon if there is one.
    let i = spaces(4);
    let (colon, j) = if b.get(i) == Some(&b':') {
        (true, spaces(i + 1))
    } else {
        (false, i)
    };
    // The date and the char after it are ASCII, or the regex decides.
    if !ascii_to(j + 11) {
        return None;
    }
    let spaced = if colon { j > i + 1 } else { j > 4 };
    let digits = |from: usize, n: usize| {
        b.get(from..from + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(spaced && digits(j, 4) && b.get(j + 4) == Some(&b'-') && digits(j + 5, 2)) {
        return Some(None);
    }
    // `(?:-\d{2})?` (greedy), then `(?:\s+|$)`.
    let ends = |p: usize| p == b.len() || space(&b[p]);
    let e = if b.get(j + 7) == Some(&b'-') && digits(j + 8, 2) && ends(j + 10) {
        j + 10
    } else if ends(j + 7) {
        j + 7
    } else {
        return Some(None);
    };
    let end = spaces(e);
    // A non-ASCII white space char would go on with the match.
    if !ascii_to(end + 1) {
        return None;
    }
    Some(Some((end, j, e)))
}

/// Gate of [`DATE_PREFIX`]: it starts with "date" in any case (no
/// non-ASCII char folds to d, a, t or e).
fn may_be_date_prefix(rest: &str) -> bool {
    rest.as_bytes()
        .get(..4)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"date"))
}
/// "Temps de lecture : 2 min", "Lecture 3 min.", "4 minutes de lecture".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^(?:(?:temps de )?lecture\s*:?\s*(?:env(?:iron|\.)?\s*)?(\d{1,3})\s*(?:min|mn|minutes?)\b.*",
        r"|(\d{1,3})\s*(?:min|mn|minutes?)\.?\s+de\s+lecture\b.*)$"
    ))
});
/// Lines that are only a date and/or a time (folded).
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|sept|oct|nov|dec)\.?";
    let day = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    let time = r"\d{1,2}\s*[h:]\s*\d{0,2}";
    re(&format!(
        r"^(?:le\s+)?(?:{day}\s+)?(?:(?:\d{{1,2}}(?:er)?\s+{month}\s+\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})(?:\s*(?:a|,|-|–|—)?\s*{time})?|{time}|il y a \d+\s*(?:min|minutes?|h|heures?|s|secondes?))$"
    ))
});
/// Gate of [`READING_TIME`]: it starts with "temps de lecture",
/// "lecture" or a digit (`\d`: every one is numeric), and spells
/// "lecture".
fn may_be_reading_time(key: &str) -> bool {
    key.starts_with("temps de lecture")
        || key.starts_with("lecture")
        || (starts_numeric(key) && key.contains("lecture"))
}

/// Gate of [`COMMENTS`]: it starts with a digit and spells "commentaire"
/// or "reaction", or starts with one of them.
fn may_be_comments(key: &str) -> bool {
    (starts_numeric(key) && (key.contains("commentaire") || key.contains("reaction")))
        || key.starts_with("commentaire")
        || key.starts_with("reaction")
}

/// Gate of [`COUNTER`] and [`TIMER`]: they start with a digit and spell a
/// "/".
fn may_be_counter(key: &str) -> bool {
    starts_numeric(key) && key.contains('/')
}

/// Gate of [`TIMER`] past [`may_be_counter`]: it spells a ":".
fn may_be_timer(key: &str) -> bool {
    key.contains(':')
}

/// Gate of [`DATE_LINE`] on a key (white space is single spaces there):
/// after an optional "le " and an optional day name and space, it starts
/// with a digit (`\d`: every one is numeric) or "il y a ". Most lines
/// starting with "le" fail here, and the regex is then never compiled.
fn may_be_date_line(key: &str) -> bool {
    const DAYS: [&str; 7] = [
        "lundi ",
        "mardi ",
        "mercredi ",
        "jeudi ",
        "vendredi ",
        "samedi ",
        "dimanche ",
    ];
    let rest = key.strip_prefix("le ").unwrap_or(key);
    // Every day name starts with l, m, j, v, s or d.
    let rest = match rest.as_bytes().first() {
        Some(b'l' | b'm' | b'j' | b'v' | b's' | b'd') => DAYS
            .iter()
            .find_map(|d| rest.strip_prefix(d))
            .unwrap_or(rest),
        _ => rest,
    };
    starts_numeric(rest) || rest.starts_with("il y a ")
}
/// Whether a line that opens with a participle of the date headers
/// (folded key) goes on past its first comma with a clause of its own:
/// "Créé en 1983, le festival accueille 80 000 spectateurs", "Publiée
/// jeudi par l'Insee, l'étude montre une baisse": a sentence of the body.
/// A header's comma leads to more of its dates ("Publié le 12 mars 2024,
/// mis à jour à 14h32") or to a few words ("…, 14h32", "…, par AFP").
fn participle_opens_sentence(key: &str, text: &str) -> bool {
    let Some((_, rest)) = key.split_once(", ") else {
        return false;
    };
    // The words of a clause, in the pieces after the first comma that are
    // no further timestamp ("…, mis à jour le 13 mars"): of three letters
    // or more, no figure, none of a header's own ("à 14 h 32", "par Jean
    // Dupont"). A sentence ends as one ("…spectateurs.") or runs long.
    let words = rest
        .split(", ")
        .filter(|piece| {
            !lex::DATE_HEADER_PREFIXES
                .iter()
                .any(|p| piece.starts_with(p))
        })
        .flat_map(|piece| piece.split([' ', '\'']))
        .filter(|w| {
            w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_alphabetic())
                && !lex::HEADER_WORDS.contains(w)
                && crate::lexicon::calendar::month(w).is_none()
                && crate::lexicon::calendar::weekday(w).is_none()
        })
        .count();
    let closed = text.trim_end().ends_with(['.', '!', '?']);
    (closed && words >= 3) || words >= 8
}

/// "Publié le …", "Mis à jour à …" (folded) — a date header, if short.
static DATE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    let verbs: Vec<String> = lex::DATE_HEADER_PREFIXES
        .iter()
        .map(|p| regex::escape(p))
        .collect();
    re(&format!(
        r"^(?:{})\b.*(?:\d|hier|aujourd'hui|avant-hier|il y a)",
        verbs.join("|")
    ))
});
/// Dates inside a header (folded): ISO, "12 octobre 2023", "03/05/2023".
static DATE_IN_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?:\b(\d{4})-(\d{2})(?:-(\d{2}))?\b",
        r"|\b(\d{1,2})(?:er)?\s+([a-z]{3,9})\.?\s+(\d{4})\b",
        r"|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b)"
    ))
});
/// Agency slugs at the foot of a dispatch: "ats/vic", "bur-ant/cls/mm".
static SLUG: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([a-z]{2,6})(?:-[a-z]{2,6})?(?:/[a-z0-9]{2,6}){1,4}$"));
/// Gallery counters "1 / 12".
static COUNTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,3}\s*/\s*\d{1,3}$"));
/// Media-player timers "00:00/02:41".
static TIMER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$"));
/// "12 commentaires".
static COMMENTS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\d{1,6}\s+(?:commentaires?|reactions?)|(?:commentaires?|reactions?)\s*\(?\d{1,6}\)?)$")
});
/// A correspondent's place under a byline: "à Ottawa", "depuis Kiev".
/// The place (after its capital) has 1 to 40 chars: checked on group 1 by
/// [`place_line`] rather than as `{1,40}`, which made this the costliest
/// regex to compile.
static PLACE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:à|a|depuis|de notre correspondante?|envoyée? spéciale?)\s+\p{Lu}([\p{L}' -]+)$")
});

/// Whether `text` is a correspondent's place line ([`PLACE_LINE`]). The
/// capital is the first char after the blanks (a blank is no capital), so
/// the rest of the line is group 1 whatever the split.
fn place_line(text: &str) -> bool {
    // Every alternative of the pattern starts with "à", "a", "d" or "e".
    text.starts_with(['à', 'a', 'd', 'e'])
        && PLACE_LINE
            .captures(text)
            .is_some_and(|c| c.get(1).is_some_and(|m| m.as_str().chars().count() <= 40))
}

/// Gate of [`WITH_AGENCY`]: it ends with an agency (whose last letters are
/// p, s, a, i and e) and spells "avec".
fn may_be_with_agency(key: &str) -> bool {
    matches!(
        key.as_bytes().last(),
        Some(b'p' | b's' | b'a' | b'i' | b'e')
    ) && key.contains("avec")
}

/// "X avec AFP" (folded): a byline naming the outlet and the agency.
static WITH_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:par\s+)?(.{0,60}?)\s*\bavec\s+(?:l'\s*)?(afp|reuters|ap|belga|ats|keystone-ats|anp|agences|agence qmi|la presse canadienne|dpa|efe)$",
    )
});

// ---------------------------------------------------------------------------
// Line features.

/// One non-empty line (after any glued header) and its features.
#[derive(Debug)]
struct Line<'t> {
    /// Trimmed span of the line's content (after a removed prefix).
    start: usize,
    end: usize,
    text: &'t str,
    /// Where its key (folded, white space collapsed, outer punctuation
    /// dropped) is in the stage's one key buffer ([`Line::key`]).
    key_start: usize,
    key_end: usize,
    words: usize,
    stop_ratio: f64,
    /// [`RunWords`] cue bits of `key`.
    cue_words: u8,
    /// Ends with . ! ? … (possibly inside a closing quote/bracket).
    final_punct: bool,
    /// Ends with a period (or ellipsis), not a question or exclamation.
    final_period: bool,
    upper_start: bool,
    /// The previous physical line is non-empty (no blank line between).
    glued_prev: bool,
    kind: Option<RemovedKind>,
    flags: Flags,
}

impl Line<'_> {
    /// The line's key, in the stage's key buffer `keys`.
    fn key<'k>(&self, keys: &'k str) -> &'k str {
        &keys[self.key_start..self.key_end]
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    sponsor_label: bool,
    byline_label: bool,
    related_label: bool,
    cookie: bool,
    teaser: bool,
    outlet_only: bool,
    credit_only: bool,
    title: bool,
}

fn make_key(text: &str) -> String {
    let mut key = Vec::new();
    make_key_with(text, &mut KeyScratch::default(), 0, &mut key);
    String::from_utf8(key).expect("keys are whole chars")
}

/// A line's key and what the pass building it counts.
struct KeyStats {
    /// Where the key (folded, white space collapsed, outer punctuation
    /// dropped) was appended to the caller's buffer.
    key_start: usize,
    key_end: usize,
    /// Space-separated pieces of the key holding an alphanumeric char.
    words: usize,
    /// Share of stop words among the key's alphanumeric runs, when
    /// `words >= min_words` (else 0).
    stop_ratio: f64,
    /// [`RunWords`] cue bits of the key.
    cue_words: u8,
}

/// Buffers of [`make_key_with`], reused across lines.
#[derive(Default)]
struct KeyScratch {
    /// The key being built (its bytes up to the pass's length; the rest is
    /// room, so that the ASCII path writes without growing it).
    key: Vec<u8>,
    /// One non-ASCII char, folded.
    fold: String,
}

/// The key of `text`: folded ([`crate::chars::fold`]), white-space runs
/// made one space, then the outer punctuation and white space trimmed;
/// with its word count, stop-word share and cue words, all in one pass
/// over the folded chars.
///
/// Counting before the trim is sound: the trimmed chars are white space
/// or punctuation (not alphanumeric), so the words and alphanumeric runs
/// are the same.
///
/// One loop with its state in locals. A run of letters and digits is
/// copied by one inner loop: ASCII bytes eight at a time (lowercased by
/// setting bit 0x20), Latin-1 letters folding to one ASCII letter from a
/// table; the chars of the Latin-1 supplement and of general punctuation
/// ("’", "«", "—", no-break spaces …) take their fold from another
/// ([`SymbolFolds`]); any other non-ASCII char is folded by
/// [`crate::chars::fold_char_into`]. A run followed by one space and a
/// letter or digit goes on to the next word without the dispatch on the
/// byte class. A run is looked up when it ends, from its bytes in the key.
/// The key is written into `scratch.key`, kept at least 16 bytes longer
/// than the key could grow from the bytes still to read (an ASCII byte
/// gives at most one byte, a pending space included: it stands for a
/// white-space char that gave none; the tables' chars give at most as many
/// bytes as they have), and appended to `keys` once, trimmed
/// ([`push_trimmed`]: UTF-8 bytes, which the caller checks).
// The macros' last use, at the end of the text, leaves state unread.
#[allow(unused_assignments)]
fn make_key_with(
    text: &str,
    scratch: &mut KeyScratch,
    min_words: usize,
    keys: &mut Vec<u8>,
) -> KeyStats {
    let table: &RunWords = &RUN_WORDS;
    let latin1: &[u8; 64] = &LATIN1_ALNUM;
    let symbols: &SymbolFolds = &SYMBOL_FOLDS;
    let bytes = text.as_bytes();
    let KeyScratch {
        key: buf,
        fold: fold_buf,
    } = scratch;
    if buf.len() < bytes.len() + 16 {
        buf.resize(bytes.len() + 16, 0);
    }
    // The key's buffer (a slice: no length reloads through the vector).
    let mut out: &mut [u8] = &mut buf[..];
    // Length of the key in `out`.
    let mut len = 0;
    // White space seen since the last char written (after the first).
    let mut pending_space = false;
    // The current space-separated piece holds an alphanumeric char.
    let mut word_alnum = false;
    // In an alphanumeric run starting at `run_start` in `out`.
    let mut in_run = false;
    let mut run_start = 0;
    // Start of the run before the current one (for two-run cue entries).
    let mut prev_run = None;
    let (mut words, mut runs, mut stop, mut cue_words) = (0usize, 0usize, 0usize, 0u8);
    // The next byte to read.
    let mut i = 0;

    // Ends the current alphanumeric run, if any: counts it and looks it up
    // when it has at most 16 bytes (longer runs are in no table), packed
    // as [`pack`] packs it from its bytes in `out` (16 bytes are there:
    // room is kept past `len`).
    macro_rules! end_run {
        () => {
            if in_run {
                in_run = false;
                runs += 1;
                let n = len - run_start;
                if n <= 16 {
                    let w = &out[run_start..][..16];
                    let head = u128::from_le_bytes(w.try_into().expect("16 bytes")) & HEAD_MASK[n];
                    let (s, c) = table.run(out, prev_run, len, head);
                    stop += usize::from(s);
                    cue_words |= c;
                }
                prev_run = Some(run_start);
            }
        };
    }
    // A white-space char: ends the run and the word.
    macro_rules! space {
        () => {
            end_run!();
            words += usize::from(word_alnum);
            word_alnum = false;
            pending_space = len != 0;
        };
    }
    // Before writing a char that is not white space.
    macro_rules! before_char {
        ($alnum:expr) => {
            if pending_space {
                out[len] = b' ';
                len += 1;
                pending_space = false;
            }
            if $alnum {
                word_alnum = true;
                if !in_run {
                    in_run = true;
                    run_start = len;
                }
            } else {
                end_run!();
            }
        };
    }
    // Copies the ASCII letters and digits (lowercased) and the Latin-1
    // letters folding to one ASCII letter from `i` on (after
    // `before_char!(true)`). Eight bytes are written at a time (room is
    // kept), the alphanumeric ones kept.
    macro_rules! copy_run {
        () => {
            loop {
                if let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
                    let x = u64::from_le_bytes(*chunk);
                    // Bit 0x20 lowercases an ASCII letter and keeps a digit.
                    out[len..][..8].copy_from_slice(&(x | (0x20 * LOW_BYTES)).to_le_bytes());
                    let m = ascii_alnum_mask(x);
                    if m == HIGH_BITS {
                        len += 8;
                        i += 8;
                        continue;
                    }
                    // The first byte whose high bit is clear ends the run.
                    let k = run_length(m);
                    len += k;
                    i += k;
                } else {
                    while i < bytes.len() && BYTE_CLASS[usize::from(bytes[i])] == BYTE_ALNUM {
                        out[len] = bytes[i] | 0x20;
                        len += 1;
                        i += 1;
                    }
                }
                // A Latin-1 letter (U+00C0 to U+00FF: 0xC3, then 0x80 to
                // 0xBF) folding to one ASCII letter goes on with the run.
                if bytes.get(i) == Some(&0xC3) {
                    let f = latin1[usize::from(bytes[i + 1] & 0x3F)];
                    if f != 0 {
                        out[len] = f;
                        len += 1;
                        i += 2;
                        continue;
                    }
                }
                break;
            }
        };
    }

    while i < bytes.len() {
        let b = bytes[i];
        match BYTE_CLASS[usize::from(b)] {
            BYTE_SPACE => {
                space!();
                i += 1;
            }
            BYTE_ALNUM => loop {
                before_char!(true);
                copy_run!();
                // One space, then a letter or digit (the next word): both
                // at once, without the dispatch.
                if i + 1 < bytes.len()
                    && bytes[i] == b' '
                    && BYTE_CLASS[usize::from(bytes[i + 1])] == BYTE_ALNUM
                {
                    space!();
                    i += 1;
                    continue;
                }
                break;
            },
            BYTE_OTHER => {
                before_char!(false);
                out[len] = b;
                len += 1;
                i += 1;
            }
            _ => {
                if b == 0xC3 {
                    let f = latin1[usize::from(bytes[i + 1] & 0x3F)];
                    if f != 0 {
                        before_char!(true);
                        out[len] = f;
                        len += 1;
                        i += 2;
                        copy_run!();
                        continue;
                    }
                }
                let (fold, w) = symbols.get(bytes, i);
                match fold {
                    SymbolFolds::SLOW => {}
                    SymbolFolds::SKIP => {
                        i += w;
                        continue;
                    }
                    SymbolFolds::SPACE => {
                        space!();
                        i += w;
                        continue;
                    }
                    SymbolFolds::SELF_OTHER | SymbolFolds::SELF_ALNUM => {
                        before_char!(fold == SymbolFolds::SELF_ALNUM);
                        out[len..len + w].copy_from_slice(&bytes[i..i + w]);
                        len += w;
                        i += w;
                        continue;
                    }
                    a => {
                        // One ASCII char, not white space.
                        before_char!(BYTE_CLASS[usize::from(a)] == BYTE_ALNUM);
                        out[len] = a;
                        len += 1;
                        i += w;
                        continue;
                    }
                }
                // A non-ASCII char, folded (to any number of chars).
                let c = text[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                fold_buf.clear();
                crate::chars::fold_char_into(c, fold_buf);
                // Room for the folded bytes past the invariant.
                let room = len + 1 + fold_buf.len() + (bytes.len() - i) + 16;
                if out.len() < room {
                    buf.resize(room, 0);
                    out = &mut buf[..];
                }
                for f in fold_buf.chars() {
                    if f.is_whitespace() {
                        space!();
                    } else {
                        let alnum = f.is_alphanumeric();
                        before_char!(alnum);
                        for &b in f.encode_utf8(&mut [0; 4]).as_bytes() {
                            out[len] = b;
                            len += 1;
                        }
                    }
                }
            }
        }
    }
    // The end of the text ends the last run and word.
    end_run!();
    words += usize::from(word_alnum);
    let (key_start, key_end) = push_trimmed(&buf[..len], keys);
    let stop_ratio = if words < min_words || runs == 0 {
        0.0
    } else {
        stop as f64 / runs as f64
    };
    KeyStats {
        key_start,
        key_end,
        words,
        stop_ratio,
        cue_words,
    }
}

/// Appends `key` (UTF-8), trimmed ([`trimmed_from_key`]), to `keys`;
/// returns where it is. Trimming after the collapse gives the same key as
/// before it: a white-space run at either end is trimmed whole either way.
/// ASCII bytes are trimmed on bytes, a non-ASCII char at either end by the
/// general predicate (from there on). The bytes are appended as they are:
/// the caller checks the whole buffer once (one long check costs less than
/// one per line). Kept out of line: the key builder's loop compiles better
/// without it.
#[inline(never)]
fn push_trimmed(key: &[u8], keys: &mut Vec<u8>) -> (usize, usize) {
    let mut a = 0;
    let mut z = key.len();
    while a < z && TRIM_ASCII[usize::from(key[a])] {
        a += 1;
    }
    while z > a && TRIM_ASCII[usize::from(key[z - 1])] {
        z -= 1;
    }
    let key = &key[a..z];
    let key = if key.first().is_some_and(|b| !b.is_ascii())
        || key.last().is_some_and(|b| !b.is_ascii())
    {
        std::str::from_utf8(key)
            .expect("whole chars written")
            .trim_matches(trimmed_from_key)
            .as_bytes()
    } else {
        key
    };
    let start = keys.len();
    keys.extend_from_slice(key);
    (start, keys.len())
}

/// The chars trimmed from both ends of a key: outer punctuation and white
/// space.
fn trimmed_from_key(c: char) -> bool {
    const TRIM: &[char] = &[
        '.', ':', '!', '?', '…', '|', '>', '-', '–', '—', ',', ';', '«', '»', '"', '“', '”', '•',
        '*',
    ];
    TRIM.contains(&c) || c.is_whitespace()
}

/// [`trimmed_from_key`] for each ASCII byte (false for the others).
static TRIM_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let trimmed = b".:!?|>-,;\"*\t\n\x0B\x0C\r ";
    let mut k = 0;
    while k < trimmed.len() {
        t[trimmed[k] as usize] = true;
        k += 1;
    }
    t
};

/// The folds of the chars of two ranges met in most French news text
/// (quotes, dashes, apostrophes, no-break spaces): U+0080 to U+00BF (0xC2,
/// then 0x80 to 0xBF) and U+2000 to U+203F (0xE2 0x80, then 0x80 to
/// 0xBF), each read from [`crate::chars::fold_char_into`] once, as a code:
/// [`SymbolFolds::SLOW`] (fold it), [`SymbolFolds::SKIP`] (folds to
/// nothing), [`SymbolFolds::SPACE`] (one white-space char),
/// [`SymbolFolds::SELF_OTHER`] / [`SymbolFolds::SELF_ALNUM`] (itself, not
/// white space, not / alphanumeric), or else the one ASCII char, not white
/// space, it folds to.
struct SymbolFolds {
    c2: [u8; 64],
    e280: [u8; 64],
}

impl SymbolFolds {
    const SLOW: u8 = 0;
    const SKIP: u8 = 1;
    const SPACE: u8 = 2;
    const SELF_OTHER: u8 = 3;
    const SELF_ALNUM: u8 = 4;

    fn code(c: char) -> u8 {
        let mut f = String::new();
        crate::chars::fold_char_into(c, &mut f);
        let mut chars = f.chars();
        match (chars.next(), chars.next()) {
            (None, _) => SymbolFolds::SKIP,
            (Some(g), None) if g.is_whitespace() => SymbolFolds::SPACE,
            (Some(g), None) if g == c && g.is_alphanumeric() => SymbolFolds::SELF_ALNUM,
            (Some(g), None) if g == c => SymbolFolds::SELF_OTHER,
            // Not a code: ASCII, not white space, past the codes.
            (Some(g), None) if g.is_ascii() && g as u8 > SymbolFolds::SELF_ALNUM => g as u8,
            _ => SymbolFolds::SLOW,
        }
    }

    fn new() -> SymbolFolds {
        let mut t = SymbolFolds {
            c2: [0; 64],
            e280: [0; 64],
        };
        for (k, c) in ('\u{80}'..='\u{BF}').enumerate() {
            t.c2[k] = SymbolFolds::code(c);
        }
        for (k, c) in ('\u{2000}'..='\u{203F}').enumerate() {
            t.e280[k] = SymbolFolds::code(c);
        }
        t
    }

    /// The code of the non-ASCII char starting at `bytes[i]`, and its
    /// length.
    #[inline]
    fn get(&self, bytes: &[u8], i: usize) -> (u8, usize) {
        match bytes[i] {
            0xC2 => (self.c2[usize::from(bytes[i + 1] & 0x3F)], 2),
            0xE2 if bytes[i + 1] == 0x80 => (self.e280[usize::from(bytes[i + 2] & 0x3F)], 3),
            _ => (SymbolFolds::SLOW, 0),
        }
    }
}

static SYMBOL_FOLDS: LazyLock<SymbolFolds> = LazyLock::new(SymbolFolds::new);
/// [`BYTE_CLASS`] values: an ASCII white space for `char::is_whitespace`
/// (\t \n \x0B \x0C \r and space), an ASCII letter or digit, another
/// ASCII char, a byte of a non-ASCII char.
const BYTE_SPACE: u8 = 0;
const BYTE_ALNUM: u8 = 1;
const BYTE_OTHER: u8 = 2;
const BYTE_NON_ASCII: u8 = 3;
/// `LATIN1_ALNUM[c - 0xC0]`, for the chars `c` from U+00C0 to U+00FF: the
/// ASCII letter or digit `c` folds to ([`crate::chars::fold_char_into`]),
/// if it folds to one char and that is one; else 0.
static LATIN1_ALNUM: LazyLock<[u8; 64]> = LazyLock::new(|| {
    let mut t = [0; 64];
    let mut f = String::new();
    for (k, c) in ('\u{C0}'..='\u{FF}').enumerate() {
        f.clear();
        crate::chars::fold_char_into(c, &mut f);
        if let [b] = f.as_bytes()
            && b.is_ascii_alphanumeric()
        {
            t[k] = *b;
        }
    }
    t
});
static BYTE_CLASS: [u8; 256] = {
    let mut t = [BYTE_NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t'..=b'\r' | b' ') {
            BYTE_SPACE
        } else if c.is_ascii_alphanumeric() {
            BYTE_ALNUM
        } else {
            BYTE_OTHER
        };
        b += 1;
    }
    t
};

/// `HEAD_MASK[n]`: the low `n` bytes of a `u128` set.
static HEAD_MASK: [u128; 17] = {
    let mut t = [0u128; 17];
    let mut n = 1;
    while n <= 16 {
        t[n] = u128::MAX >> (8 * (16 - n));
        n += 1;
    }
    t
};

fn final_punct(text: &str) -> (bool, bool) {
    let t = text.trim_end_matches(|c: char| {
        matches!(c, '»' | '"' | '”' | '\'' | '’' | ')' | ']' | '*') || c.is_whitespace()
    });
    match t.chars().next_back() {
        Some('.' | '…') => (true, true),
        Some('!' | '?') => (true, false),
        _ => (false, false),
    }
}

/// `key` starts with `prefix` followed by a non-alphanumeric char or the end.
fn starts_word(key: &str, prefix: &str) -> bool {
    // First byte first: most lines fail there, without a memcmp call.
    key.as_bytes().first() == prefix.as_bytes().first()
        && key.starts_with(prefix)
        && key[prefix.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

fn starts_any(key: &str, prefixes: &Prefixes) -> Option<&'static str> {
    // Only the prefixes starting with the key's first byte can match (no
    // prefix is empty); most keys start a few of them or none, and their
    // first eight bytes tell most of those apart without a comparison call.
    let first = *key.as_bytes().first()?;
    let bucket = &prefixes.by_first[usize::from(first)];
    if bucket.is_empty() {
        return None;
    }
    let k8 = head8(key.as_bytes());
    bucket
        .iter()
        .filter(|p| k8 & p.mask == p.head && starts_word(key, p.text))
        .map(|p| p.text)
        .max_by_key(|p| p.len())
}

/// The first eight bytes of `s` as one integer (little-endian), zero
/// padded.
fn head8(s: &[u8]) -> u64 {
    match s.get(..8) {
        Some(b) => u64::from_le_bytes(b.try_into().expect("8 bytes")),
        None => {
            let mut b = [0; 8];
            b[..s.len()].copy_from_slice(s);
            u64::from_le_bytes(b)
        }
    }
}

/// A line prefix, with its first eight bytes ([`head8`]) and the mask of
/// those it has: a key starting with it has them (no prefix holds a zero
/// byte, so a shorter key's padding differs).
struct Prefix {
    text: &'static str,
    head: u64,
    mask: u64,
}

/// A list of line prefixes, bucketed by their first byte (in list order).
struct Prefixes {
    by_first: Vec<Vec<Prefix>>,
}

impl Prefixes {
    fn new(list: &'static [&'static str]) -> Prefixes {
        let mut by_first: Vec<Vec<Prefix>> = (0..256).map(|_| Vec::new()).collect();
        for p in list {
            let first = *p.as_bytes().first().expect("empty prefix");
            assert!(!p.as_bytes().contains(&0), "prefix with a zero byte");
            let n = p.len().min(8);
            by_first[usize::from(first)].push(Prefix {
                text: p,
                head: head8(&p.as_bytes()[..n]),
                mask: u64::MAX >> (8 * (8 - n)),
            });
        }
        Prefixes { by_first }
    }
}

static NEWSLETTER_PREFIXES: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(lex::NEWSLETTER_PREFIXES));
static SUBSCRIBE_PREFIXES: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(lex::SUBSCRIBE_PREFIXES));
static SOURCE_FOOTER_PREFIXES: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(lex::SOURCE_FOOTER_PREFIXES));
static RELATED_PREFIXES: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(lex::RELATED_PREFIXES));
static TEASER_PREFIXES: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(lex::TEASER_PREFIXES));
static SOCIAL_PREFIXES: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(lex::SOCIAL_PREFIXES));
static OTHER_PREFIXES: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(lex::OTHER_PREFIXES));
static CREDIT_PREFIXES: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(lex::CREDIT_PREFIXES));
static SOURCE_CREDIT_PREFIXES: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(lex::SOURCE_CREDIT_PREFIXES));

/// Whether `key` starts with a digit as the regexes' `\d` sees one (a
/// decimal digit: `is_numeric` holds for every one of them): the gate of
/// the patterns that must start with one.
fn starts_numeric(key: &str) -> bool {
    key.chars().next().is_some_and(char::is_numeric)
}

fn is_word_at(hay: &str, s: usize, e: usize) -> bool {
    let before = hay[..s].chars().next_back();
    let after = hay[e..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Whether `hay` (original case) names a press or photo agency, as a whole
/// word; the short ones ("AP", "ATS", "EPA") only in capitals.
fn has_agency(hay: &str) -> bool {
    AGENCIES_AC.find_iter(hay).any(|m| {
        let (s, e) = (m.start(), m.end());
        if !is_word_at(hay, s, e) {
            return false;
        }
        let found = &hay[s..e];
        let folded = found.to_ascii_lowercase();
        !lex::UPPERCASE_ONLY_AGENCIES.contains(&folded.as_str())
            || found.chars().all(|c| !c.is_lowercase())
    })
}

/// Whether `s` looks like a credit: an agency, a "©", or a NAME/NAME pair.
fn credit_like(s: &str) -> bool {
    if s.contains('©') || has_agency(s) || fold(s).contains("droits reserves") {
        return true;
    }
    // "Ivan SAMOILOV / Hans Lucas": a name in capitals next to a slash.
    s.contains('/')
        && s.split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase))
}

/// The caption credit closing `text`, if any: the byte offset where the
/// credit starts ("… le 18 mai 2022 (Photo d'illustration) - Olga MALTSEVA
/// / AFP" → the offset of "- Olga …"). Looks at the last 200 bytes only.
fn credit_tail(text: &str) -> Option<usize> {
    let mut from = text.len().saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let tail = &text[from..];
    let (_, final_period) = final_punct(tail);
    if final_period && !tail.trim_end().ends_with(')') {
        return None;
    }
    let t = tail.trim_end();
    // "(Photo by …/Sipa USA)", "(ANATOLII STEPANOV / AFP)", "[Keystone - Libkos]".
    for (open, close) in [('(', ')'), ('[', ']')] {
        if t.ends_with(close) {
            if let Some(o) = t.rfind(open) {
                let inner = &t[o + 1..t.len() - 1];
                let k = fold(inner);
                let photo = ["photo", "credit", "illustration", "image"]
                    .iter()
                    .any(|p| starts_word(&k, p));
                if (photo || credit_like(inner)) && inner.split_whitespace().count() <= 10 {
                    return Some(from + o);
                }
            }
            return None;
        }
    }
    // "… - NAME / AGENCY", "… | REUTERS", "…. AFP", "… © BELGA".
    let mut best: Option<usize> = None;
    for (sep, last) in CREDIT_SEPS.into_iter().zip(rfind_each(t, &CREDIT_SEPS)) {
        if let Some(p) = last {
            let credit_start = if sep == "© " { p } else { p + sep.len() };
            let rest = &t[credit_start..];
            if rest.split_whitespace().count() <= 8
                && credit_like(rest)
                && best.is_none_or(|b| credit_start > b)
            {
                best = Some(if sep == ". " || sep == "© " {
                    credit_start
                } else {
                    p + 1
                });
            }
        }
    }
    best.map(|b| from + b)
}

/// [`credit_tail`] of a line's text: a line of at most 200 bytes is its own
/// tail, whose final period is known.
fn line_credit_tail(line: &Line) -> Option<usize> {
    if line.text.len() <= 200 && line.final_period && !line.text.trim_end().ends_with(')') {
        return None;
    }
    credit_tail(line.text)
}

/// The separators before a caption's closing credit.
const CREDIT_SEPS: [&str; 7] = [" - ", " – ", " — ", " | ", ". ", "© ", " / "];

/// `t.rfind(sep)` for each of `seps` (two bytes or more), in one backward
/// pass: a match starts with a byte some separator starts with, followed
/// by a byte some separator has second (every other position is skipped:
/// most spaces are followed by a letter), and the first match met going
/// backwards is the last one.
fn rfind_each<const N: usize>(t: &str, seps: &[&str; N]) -> [Option<usize>; N] {
    let h = t.as_bytes();
    let mut starts = [false; 256];
    let mut seconds = [false; 256];
    for sep in seps {
        starts[usize::from(sep.as_bytes()[0])] = true;
        seconds[usize::from(sep.as_bytes()[1])] = true;
    }
    let mut out = [None; N];
    let mut left = N;
    for i in (0..h.len().saturating_sub(1)).rev() {
        if !starts[usize::from(h[i])] || !seconds[usize::from(h[i + 1])] {
            continue;
        }
        for (k, sep) in seps.iter().enumerate() {
            if out[k].is_none() && h[i..].starts_with(sep.as_bytes()) {
                out[k] = Some(i);
                left -= 1;
            }
        }
        if left == 0 {
            break;
        }
    }
    out
}

/// Whether `text` looks like a person's name: 2–4 capitalised words
/// (particles allowed), no digits.
fn person_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) || text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let key = make_key(text);
    if OUTLETS.contains(key.as_str())
        || AGENCY_SET.contains(key.as_str())
        || DESK_NAMES.contains(key.as_str())
    {
        return false;
    }
    words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && w.chars().next().is_some_and(char::is_uppercase)
            || matches!(
                *w,
                "de" | "du" | "des" | "van" | "von" | "der" | "da" | "di" | "le" | "la"
            )
            || w.starts_with("d'")
            || w.starts_with("d’")
    }) && words
        .last()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The signers after "Par": names, outlets or agencies joined by "avec",
/// "et", commas, and an optional place ("Marie DUPONT avec Paul DURAND à
/// Bruxelles"). `Some(first person)` when every part is one.
fn signers(rest: &str) -> Option<Option<String>> {
    let rest = match rest.rfind(" à ") {
        Some(p)
            if rest[p + " à ".len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase) =>
        {
            &rest[..p]
        }
        _ => rest,
    };
    let mut first = None;
    let mut parts = 0;
    for part in rest
        .split(',')
        .flat_map(|p| p.split(" avec "))
        .flat_map(|p| p.split(" et "))
    {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        parts += 1;
        let key = make_key(part);
        if person_like(part) {
            first.get_or_insert_with(|| part.to_owned());
        } else if !(OUTLETS.contains(key.as_str())
            || AGENCY_SET.contains(key.as_str())
            || DESK_NAMES.contains(key.as_str()))
        {
            return None;
        }
    }
    (parts > 0).then_some(first)
}

/// Whether the line names who wrote it: a person, an outlet, a desk or
/// "X avec AFP" (a byline without "par").
fn signature_like(line: &Line, keys: &str) -> bool {
    let key = line.key(keys);
    !line.final_period
        && line.words <= 6
        && (person_like(line.text)
            || OUTLETS.contains(key)
            || AGENCY_SET.contains(key)
            || DESK_NAMES.contains(key)
            || (may_be_with_agency(key) && WITH_AGENCY.is_match(key)))
}

/// Maps a byte count in the folded form of `orig` back to a byte offset in
/// `orig` (for cutting an outlet name after a folded prefix).
fn orig_offset(orig: &str, folded_len: usize) -> usize {
    let mut acc = 0usize;
    // One char's fold, reused (`fold` of a one-char string is its
    // `fold_char_into`; an ASCII char folds to one byte).
    let mut buf = String::new();
    let mut seen_alnum = false;
    for (i, c) in orig.char_indices() {
        if acc >= folded_len {
            return i;
        }
        if c.is_whitespace() {
            // make_key collapses white space: count one space between words.
            if seen_alnum && !orig[..i].ends_with(char::is_whitespace) {
                acc += 1;
            }
            continue;
        }
        seen_alnum = true;
        acc += if c.is_ascii() {
            1
        } else {
            buf.clear();
            crate::chars::fold_char_into(c, &mut buf);
            buf.len()
        };
    }
    orig.len()
}

fn clean_name(s: &str) -> Option<String> {
    let t = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '.' | ',' | '-' | '–' | '—' | '>' | '|')
    });
    (!t.is_empty() && t.len() <= 80).then(|| t.to_owned())
}

/// A date stated in a header, as ISO (`YYYY-MM-DD` or `YYYY-MM`).
fn parse_header_date(key: &str) -> Option<String> {
    let c = DATE_IN_HEADER.captures(key)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    let (y, m, d) = if let Some(y) = num(1) {
        (y, num(2)?, num(3))
    } else if let Some(d) = num(4) {
        let m = crate::lexicon::calendar::month(c.get(5)?.as_str())? as i32;
        (num(6)?, m, Some(d))
    } else {
        let y = num(9)?;
        let y = if y < 100 { 2000 + y } else { y };
        (y, num(8)?, Some(num(7)?))
    };
    iso_date(y, m, d)
}

/// [`parse_header_date`] of a date prefix's date (group 1 of
/// [`DATE_PREFIX`]: `\d{4}-\d{2}(?:-\d{2})?`, nothing else). In ASCII,
/// [`DATE_IN_HEADER`]'s first alternative takes it whole: its numbers are
/// read directly (a test compares the two).
fn parse_prefix_date(key: &str) -> Option<String> {
    if !key.is_ascii() {
        return parse_header_date(key);
    }
    let num = |r: std::ops::Range<usize>| key.get(r).and_then(|n| n.parse::<i32>().ok());
    let d = if key.len() > 7 {
        Some(num(8..10)?)
    } else {
        None
    };
    iso_date(num(0..4)?, num(5..7)?, d)
}

/// Year, month and day (if any) as ISO, if they are a date.
fn iso_date(y: i32, m: i32, d: Option<i32>) -> Option<String> {
    let (y16, m8) = (i16::try_from(y).ok()?, i8::try_from(m).ok()?);
    match d {
        Some(d) => {
            let date = jiff::civil::Date::new(y16, m8, i8::try_from(d).ok()?).ok()?;
            Some(date.to_string())
        }
        None => {
            jiff::civil::Date::new(y16, m8, 1).ok()?;
            Some(format!("{y:04}-{m:02}"))
        }
    }
}

// ---------------------------------------------------------------------------
// The stage.

/// Metadata found while classifying.
#[derive(Default)]
struct Meta {
    author: Option<String>,
    footer_source: Option<String>,
    byline_source: Option<String>,
    published: Option<(u8, String)>,
    reading_time: Option<u32>,
}

impl Meta {
    /// Takes the date in `key`, if any, unless a date of higher priority
    /// (lower number) or the same was taken (then `key` is not parsed).
    fn offer_date(&mut self, priority: u8, key: &str) {
        self.offer_with(priority, key, parse_header_date);
    }

    /// [`Meta::offer_date`] of a date prefix's date ([`parse_prefix_date`]).
    fn offer_prefix_date(&mut self, priority: u8, key: &str) {
        self.offer_with(priority, key, parse_prefix_date);
    }

    fn offer_with(&mut self, priority: u8, key: &str, parse: fn(&str) -> Option<String>) {
        if self.published.as_ref().is_none_or(|(p, _)| priority < *p)
            && let Some(d) = parse(key)
        {
            self.published = Some((priority, d));
        }
    }
}

/// Separates the article from its boilerplate with the given thresholds
/// (a text with decomposed accents read composed, as
/// [`strip_boilerplate`] does).
pub fn strip_boilerplate_with(text: &str, params: &Params) -> Article {
    crate::normalize::composed(text, |t| strip_composed(t, params))
}

/// [`strip_boilerplate_with`] of a text read as it is.
pub(crate) fn strip_composed(text: &str, params: &Params) -> Article {
    let mut removed: Vec<Removed> = Vec::new();
    let mut meta = Meta::default();
    let mut lines: Vec<Line> = Vec::new();
    // Per line: the removed prefixes, in order (merged later with the lines).
    let mut prefixes: Vec<(usize, Removed)> = Vec::new();

    let mut offset = 0usize;
    let mut prev_nonempty = false;
    let mut key_scratch = KeyScratch::default();
    // The lines' keys, one after the other (UTF-8, checked once at the end).
    let mut keys = Vec::with_capacity(text.len());
    // The lines with their '\n' (as `split_inclusive`), found by memchr.
    let lines_iter = std::iter::from_fn(|| {
        let rest = &text.as_bytes()[offset..];
        if rest.is_empty() {
            return None;
        }
        let len = memchr::memchr(b'\n', rest).map_or(rest.len(), |p| p + 1);
        let line = (offset, &text[offset..offset + len]);
        offset += len;
        Some(line)
    });
    for (line_start, raw) in lines_iter {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            prev_nonempty = false;
            continue;
        }
        let mut start = line_start + (raw.len() - raw.trim_start().len());
        let end = start + trimmed.len();
        // Glued headers: "date 2023-09 ", "KIEV, 14 juin 2023 (AFP) - ".
        for _ in 0..4 {
            let rest = &text[start..end];
            let date_prefix = if may_be_date_prefix(rest) {
                date_prefix(rest)
            } else {
                None
            };
            // The date to offer, and whether it is a date prefix's.
            let (m_end, date_key) = if let Some((end, date)) = date_prefix {
                (end, Some((Cow::Borrowed(date), true)))
            } else if let Some(m) = may_be_dateline(rest)
                .then(|| DATELINE_PREFIX.find(rest))
                .flatten()
            {
                (m.end(), Some((Cow::Owned(fold(m.as_str())), false)))
            } else {
                break;
            };
            if m_end == 0 {
                break;
            }
            let head = rest[..m_end].trim_end();
            match date_key {
                Some((k, true)) => meta.offer_prefix_date(0, &k),
                Some((k, false)) => meta.offer_date(0, &k),
                None => {}
            }
            prefixes.push((
                lines.len(),
                Removed {
                    start,
                    end: start + head.len(),
                    text: head.to_owned(),
                    kind: RemovedKind::Header,
                },
            ));
            start += m_end;
            start += text[start..end].len() - text[start..end].trim_start().len();
            if start >= end {
                break;
            }
        }
        if start >= end {
            prev_nonempty = true;
            continue;
        }
        let t = &text[start..end];
        let KeyStats {
            key_start,
            key_end,
            words,
            stop_ratio,
            cue_words,
        } = make_key_with(t, &mut key_scratch, params.good_min_words, &mut keys);
        let (fp, fper) = final_punct(t);
        lines.push(Line {
            start,
            end,
            text: t,
            key_start,
            key_end,
            words,
            stop_ratio,
            cue_words,
            final_punct: fp,
            final_period: fper,
            upper_start: t
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
            glued_prev: prev_nonempty,
            kind: None,
            flags: Flags::default(),
        });
        prev_nonempty = true;
    }
    // Checked once, whole (each key is whole chars).
    let keys = String::from_utf8(keys).expect("keys are whole chars");

    for line in lines.iter_mut() {
        let (kind, flags) = cue(line, &keys, &mut meta);
        line.kind = kind;
        line.flags = flags;
    }
    duplicates(&mut lines);
    context(&mut lines, &keys, params, &mut meta);
    features(&mut lines, params, &mut meta);

    // Assemble body and removed, in text order.
    let mut body = Vec::new();
    let mut title = None;
    let mut pi = 0;
    for (i, line) in lines.iter().enumerate() {
        while pi < prefixes.len() && prefixes[pi].0 <= i {
            removed.push(prefixes[pi].1.clone());
            pi += 1;
        }
        match line.kind {
            Some(kind) => removed.push(Removed {
                start: line.start,
                end: line.end,
                text: line.text.to_owned(),
                kind,
            }),
            None => {
                if line.flags.title {
                    title = Some(line.text.to_owned());
                }
                body.push(Span::new(line.start, line.end));
            }
        }
    }
    removed.extend(prefixes.drain(pi..).map(|(_, r)| r));
    removed.sort_by_key(|r| r.start);

    Article {
        title,
        author: meta.author,
        source: meta.footer_source.or(meta.byline_source),
        published: meta.published.map(|(_, d)| d),
        reading_time: meta.reading_time,
        body,
        removed,
    }
}

/// Lines longer than this are paragraphs: no short-line cue applies.
const LONG_PARAGRAPH_WORDS: usize = 60;

/// Step 1: the line's own cues.
fn cue(line: &Line, keys: &str, meta: &mut Meta) -> (Option<RemovedKind>, Flags) {
    use RemovedKind::*;
    let key = line.key(keys);
    let cw = line.cue_words;
    let mut f = Flags::default();
    if key.is_empty() || !key.chars().any(char::is_alphanumeric) {
        // Rules, bullets, lone punctuation.
        return (Some(Other), f);
    }
    if line.words > LONG_PARAGRAPH_WORDS {
        // Every cue below is a short line (the longest, a caption, has at
        // most 60 words) except cookie banners.
        if cw & COOKIE_WORD != 0 && cw & COOKIE_CONTEXT_WORD != 0 && line.words <= 80 {
            f.cookie = true;
            return (Some(CookieNotice), f);
        }
        return (None, f);
    }
    if AD_LINES.contains(key) {
        return (Some(Advertisement), f);
    }
    if SPONSOR_LINES.contains(key) {
        f.sponsor_label = true;
        return (Some(Advertisement), f);
    }
    if cw & COOKIE_WORD != 0 && (cw & COOKIE_CONTEXT_WORD != 0 || line.words <= 6) {
        f.cookie = true;
        return (Some(CookieNotice), f);
    }
    if starts_any(key, &NEWSLETTER_PREFIXES).is_some()
        || (cw & NEWSLETTER_WORD != 0 && line.words <= 25)
        || (line.words <= 20 && cw & NEWSLETTER_VERB != 0 && cw & NEWSLETTER_CONTEXT_WORD != 0)
    {
        return (Some(Newsletter), f);
    }
    if starts_any(key, &SUBSCRIBE_PREFIXES).is_some() && line.words <= 25 {
        return (Some(Advertisement), f);
    }
    // A reading time counts on short lines only (tested first: the regex
    // is then compiled and run only on lines it can take).
    let reading_time = (line.words <= 8 && may_be_reading_time(key))
        .then(|| READING_TIME.captures(key))
        .flatten();
    if let Some(c) = reading_time {
        let n = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok());
        if meta.reading_time.is_none() {
            meta.reading_time = n;
        }
        return (Some(ReadingTime), f);
    }
    if let Some(p) = starts_any(key, &SOURCE_FOOTER_PREFIXES)
        && line.words <= 16
    {
        let cut = orig_offset(line.text, p.len());
        if meta.footer_source.is_none() {
            meta.footer_source = clean_name(&line.text[cut..]);
        }
        return (Some(SourceFooter), f);
    }
    if let Some(p) = starts_any(key, &RELATED_PREFIXES) {
        // "Lire aussi | Titre", "À lire aussi : Titre", or the label alone.
        let rest = &key[p.len()..];
        let sep_ok = rest.is_empty() || rest.starts_with([' ', ':', '|', '>', '-', '–', '—', '»']);
        if sep_ok && !line.final_period {
            f.related_label = rest.trim().is_empty();
            return (Some(RelatedLink), f);
        }
    }
    if let Some(p) = starts_any(key, &TEASER_PREFIXES) {
        let rest = key[p.len()..].trim_start();
        let photo_credit = rest.starts_with(':') && credit_like(line.text) && line.words <= 12;
        if rest.starts_with(['-', '–', '—', '.', ':', '|']) && !line.final_period && !photo_credit
        {
            f.teaser = true;
            return (Some(Teaser), f);
        }
    }
    if SOCIAL_LINES.contains(key) || starts_any(key, &SOCIAL_PREFIXES).is_some() && line.words <= 10
    {
        return (Some(Social), f);
    }
    if (may_be_comments(key) && COMMENTS.is_match(key))
        || (line.words <= 5 && (starts_word(key, "partager") || starts_word(key, "partagez")))
    {
        return (Some(Social), f);
    }
    let slash = may_be_counter(key);
    if NAVIGATION_LINES.contains(key) || (slash && COUNTER.is_match(key)) {
        return (Some(Navigation), f);
    }
    if slash && may_be_timer(key) && TIMER.is_match(key) {
        return (Some(Other), f);
    }
    let error_report = line.words <= 12 && key.contains("erreur") && key.contains("signal");
    let paywall = line.words <= 12 && lex::PAYWALL_PHRASES.iter().any(|p| key.contains(p));
    if (starts_any(key, &OTHER_PREFIXES).is_some() && line.words <= 20) || error_report || paywall {
        return (Some(Other), f);
    }
    // Bylines.
    if BYLINE_LABELS.contains(key) {
        f.byline_label = true;
        return (Some(Byline), f);
    }
    let with_agency = (line.words <= 8 && may_be_with_agency(key))
        .then(|| WITH_AGENCY.captures(key))
        .flatten();
    if let Some(c) = with_agency {
        let who = c.get(1).map_or("", |m| m.as_str()).trim();
        if !who.is_empty() && !DESK_NAMES.contains(who) && meta.byline_source.is_none() {
            // Cut the original text at the same place.
            let body = line.text.trim_start();
            let body = if starts_word(key, "par") {
                body.get(3..).unwrap_or("")
            } else {
                body
            };
            let k = make_key(body);
            if let Some(pos) = k.rfind(" avec ") {
                let cut = orig_offset(body, pos);
                meta.byline_source = clean_name(&body[..cut]);
            }
        }
        return (Some(Byline), f);
    }
    if key.starts_with("par ") && !line.final_punct && line.words <= 14 {
        let orig_rest = line.text.trim_start().get(3..).unwrap_or("").trim();
        if let Some(first_person) = signers(orig_rest) {
            if meta.author.is_none() {
                meta.author = first_person;
            }
            return (Some(Byline), f);
        }
    }
    if DESK_NAMES.contains(key) {
        return (Some(Byline), f);
    }
    if OUTLETS.contains(key) || AGENCY_SET.contains(key) {
        f.outlet_only = true;
        if OUTLETS.contains(key) && meta.byline_source.is_none() {
            meta.byline_source = clean_name(line.text);
        }
        // Byline, navigation or credit: decided by position (step 3).
        return (Some(Byline), f);
    }
    // Date headers.
    if may_be_date_line(key) && DATE_LINE.is_match(key) {
        meta.offer_date(1, key);
        return (Some(Header), f);
    }
    if line.words <= 20
        && lex::DATE_HEADER_PREFIXES.iter().any(|p| key.starts_with(p))
        && DATE_HEADER.is_match(key)
        && !participle_opens_sentence(key, line.text)
    {
        let priority =
            if key.starts_with("publi") || key.starts_with("date") || key.starts_with("cree") {
                0
            } else {
                2
            };
        meta.offer_date(priority, key);
        return (Some(Header), f);
    }
    // Credits.
    // A slug has a "/" and at most 6 + 7 + 4 × 7 = 41 bytes.
    let slug = (key.len() <= 41 && key.contains('/'))
        .then(|| SLUG.captures(key))
        .flatten();
    if let Some(c) = slug {
        let agency = c.get(1).is_some_and(|m| AGENCY_SET.contains(m.as_str()));
        return (Some(if agency { Credit } else { Other }), f);
    }
    if (line.text.starts_with('©') || key.starts_with("(c) ")) && line.words <= 8 {
        f.credit_only = true;
        return (Some(Credit), f);
    }
    if let Some(p) = starts_any(key, &CREDIT_PREFIXES) {
        let rest = line.text.get(p.len()..).unwrap_or("");
        let shouting = line
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| !c.is_lowercase());
        // "Photo d'illustration du dépôt. — Telegram / AFP" describes: a caption.
        let describes =
            line_credit_tail(line).is_some_and(|at| line.text[..at].split_whitespace().count() > 4);
        // "Photo: Adrian Wyld La Presse canadienne Le premier ministre …, lundi."
        if rest.trim_start().starts_with(':')
            && (line.final_period || line.words > 12)
            && line.words <= 45
        {
            return (Some(Caption), f);
        }
        if line.words <= 12
            && !describes
            && !line.final_period
            && (credit_like(line.text) || rest.trim_start().starts_with(':') || shouting)
        {
            f.credit_only = true;
            return (Some(Credit), f);
        }
    }
    if let Some(p) = starts_any(key, &SOURCE_CREDIT_PREFIXES) {
        let rest = key[p.len()..].trim_start();
        let names = rest.starts_with(':')
            || has_agency(line.text)
            || OUTLETS.contains(rest.trim_start_matches(['d', 'e', ' ', '\'']));
        if names && !line.final_period && line.words <= 8 {
            // A text source, not a photo credit: no caption next to it.
            return (Some(Credit), f);
        }
    }
    if line.text.starts_with('(')
        && line.text.ends_with(')')
        && line.words <= 30
        && has_agency(line.text)
        && line.cue_words & PRODUCTION_WORD != 0
    {
        return (Some(Credit), f);
    }
    if let Some(at) = line_credit_tail(line) {
        let before = line.text[..at].trim();
        if before.is_empty() || !before.chars().any(char::is_alphanumeric) || credit_like(before) {
            f.credit_only = true;
            return (Some(Credit), f);
        }
        if line.words <= 60 {
            return (Some(Caption), f);
        }
    }
    (None, f)
}

/// Step 2: repeated lines of four words or more.
fn duplicates(lines: &mut [Line<'_>]) {
    use RemovedKind::*;
    let mut seen: FastSet<&str> =
        FastSet::with_capacity_and_hasher(lines.len(), Default::default());
    for line in lines.iter_mut() {
        if line.words < 4 {
            continue;
        }
        if !seen.insert(line.text)
            && !matches!(
                line.kind,
                Some(Advertisement | Social | Navigation | CookieNotice | Newsletter | Header)
            )
        {
            line.kind = Some(Duplicate);
        }
    }
}

fn next_line(lines: &[Line], i: usize) -> Option<usize> {
    (i + 1 < lines.len()).then_some(i + 1)
}

/// Step 3: rules that look at the neighbours.
fn context(lines: &mut [Line], keys: &str, params: &Params, meta: &mut Meta) {
    use RemovedKind::*;
    let n = lines.len();
    for i in 0..n {
        let flags = lines[i].flags;
        // The sponsored link under "Sponsorisé".
        if flags.sponsor_label
            && let Some(j) = next_line(lines, i)
            && lines[j].kind.is_none()
            && !lines[j].final_period
            && lines[j].words <= params.title_max_words
        {
            lines[j].kind = Some(Advertisement);
        }
        // "par" / "Sébastien Paulus"; "Article rédigé par" / "franceinfo avec AFP" / "France Télévisions".
        if flags.byline_label {
            let mut j = i + 1;
            while j < n && j <= i + 2 {
                let ok = match lines[j].kind {
                    None => signature_like(&lines[j], keys),
                    Some(Byline) => true,
                    _ => false,
                };
                if !ok {
                    break;
                }
                if lines[j].kind.is_none() {
                    if person_like(lines[j].text) && meta.author.is_none() {
                        meta.author = Some(lines[j].text.to_owned());
                    }
                    lines[j].kind = Some(Byline);
                }
                lines[j].flags.outlet_only = false;
                j += 1;
            }
        }
        // Consent buttons under a cookie banner.
        if flags.cookie {
            let mut j = i + 1;
            while j < n && j <= i + 5 {
                if lines[j].kind.is_none() && CONSENT_BUTTONS.contains(lines[j].key(keys)) {
                    lines[j].kind = Some(CookieNotice);
                } else if lines[j].kind != Some(CookieNotice) {
                    break;
                }
                j += 1;
            }
        }
        // Headlines listed under "Lire aussi" / "Sur le même sujet".
        if flags.related_label {
            let mut j = i + 1;
            while j < n && lines[j].kind.is_none() && headline_like(&lines[j], params) {
                lines[j].kind = Some(RelatedLink);
                j += 1;
            }
        }
    }
    // Captions glued to a credit-only line ("© Tous droits réservés",
    // "PHOTO JACQUES BOISSINOT, LA PRESSE CANADIENNE").
    let first_kept = lines.iter().position(|l| l.kind.is_none());
    for i in 0..n {
        if !lines[i].flags.credit_only {
            continue;
        }
        let mut cands = Vec::with_capacity(2);
        if i > 0 && lines[i].glued_prev {
            cands.push(i - 1);
        }
        if i + 1 < n && lines[i + 1].glued_prev {
            cands.push(i + 1);
        }
        for j in cands {
            if lines[j].kind.is_none()
                && Some(j) != first_kept
                && lines[j].words <= params.caption_max_words
                && lines[j].words >= 2
            {
                lines[j].kind = Some(Caption);
            }
        }
    }
}

/// A link title or headline: not ending with a sentence, not too long.
fn headline_like(line: &Line, params: &Params) -> bool {
    !line.final_punct
        && !line.text.ends_with([':', ';', ','])
        && line.words <= params.title_max_words
}

/// A paragraph that is surely article text (jusText's "good").
fn good(line: &Line, params: &Params) -> bool {
    line.words >= params.good_min_words
        && line.final_punct
        && line.stop_ratio >= params.good_min_stop_ratio
}

/// A short, capitalised, unpunctuated line: a menu item or section label.
fn short_label(line: &Line, params: &Params) -> bool {
    line.words <= params.menu_max_words
        && !line.final_punct
        && line.upper_start
        && !line.text.ends_with([',', ';'])
}

/// Step 4: paragraph features and position, for what the cues left.
fn features(lines: &mut [Line], params: &Params, meta: &mut Meta) {
    use RemovedKind::*;
    let n = lines.len();

    // A short line between two lines removed for the same reason shares it
    // (the slogan between "Newsletter" and "Recevez …").
    for i in 1..n.saturating_sub(1) {
        if lines[i].kind.is_some() || lines[i].flags.title {
            continue;
        }
        let (a, b) = (lines[i - 1].kind, lines[i + 1].kind);
        if a == b
            && matches!(
                a,
                Some(Newsletter | CookieNotice | Social | Navigation | RelatedLink | Advertisement)
            )
            && lines[i].words < params.title_min_words
            && !lines[i].final_punct
        {
            lines[i].kind = a;
        }
    }

    // Title: the first kept line (teaser labels and outlet lines allowed
    // there), after the section kickers above it. A teaser that cannot be
    // the headline is skipped like any removed line.
    let headline = |l: &Line| {
        (params.title_min_words..=params.title_max_words).contains(&l.words)
            && !l.final_period
            && !l.text.ends_with([':', ';', ','])
    };
    let mut i = 0;
    let mut kickers = Vec::new();
    while i < n {
        let l = &lines[i];
        if l.flags.teaser {
            if headline(l) {
                break;
            }
        } else if l.kind.is_none() {
            if !short_label(l, params) || l.words >= params.title_min_words {
                break;
            }
            kickers.push(i);
        } else if l.flags.outlet_only {
            kickers.push(i);
        }
        i += 1;
    }
    if i < n && headline(&lines[i]) && lines[i + 1..].iter().any(|m| m.kind.is_none()) {
        lines[i].kind = None;
        lines[i].flags.title = true;
        for k in kickers {
            lines[k].kind = Some(Navigation);
            lines[k].flags.outlet_only = false;
        }
    }

    // Outlet or agency names alone: a masthead above the first good
    // paragraph, a credit below it.
    let first_good = lines
        .iter()
        .position(|l| l.kind.is_none() && good(l, params));

    // A person's name between the headline and the first good paragraph is
    // the byline ("Marco Bélair-Cirino" / "à Ottawa").
    let top = lines
        .iter()
        .position(|l| l.flags.title)
        .map_or(0, |t| t + 1);
    for i in top..first_good.unwrap_or(0) {
        let l = &lines[i];
        if l.kind.is_none() && !l.final_punct && person_like(l.text) {
            if meta.author.is_none() {
                meta.author = Some(l.text.to_owned());
            }
            lines[i].kind = Some(Byline);
            if let Some(p) = lines.get_mut(i + 1)
                && p.kind.is_none()
                && p.words <= 5
                && place_line(p.text)
            {
                p.kind = Some(Byline);
            }
        }
    }
    for (i, l) in lines.iter_mut().enumerate() {
        if l.flags.outlet_only && first_good.is_some_and(|g| i > g) {
            l.kind = Some(Credit);
        }
    }

    // Menus: three short labels in a row (lines removed by cues are
    // transparent, so the rule sees what a second pass would see).
    let kept: Vec<usize> = (0..n).filter(|&i| lines[i].kind.is_none()).collect();
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, lines: &mut [Line]| {
        if run.len() >= 3 {
            for &k in run.iter() {
                lines[k].kind = Some(Navigation);
            }
        }
        run.clear();
    };
    for &k in &kept {
        if short_label(&lines[k], params) && !lines[k].flags.title {
            run.push(k);
        } else {
            flush(&mut run, lines);
        }
    }
    flush(&mut run, lines);

    // Page furniture after the last good paragraph.
    if let Some(last) = lines
        .iter()
        .rposition(|l| l.kind.is_none() && good(l, params))
    {
        for l in lines[last + 1..].iter_mut() {
            if l.kind.is_none() && !l.final_punct {
                l.kind = Some(Navigation);
            }
        }
    }
    // A headline heads something: without kept text after it, it is not
    // one (a second pass, on the body alone, would not see one either).
    if let Some(t) = lines.iter().position(|l| l.flags.title)
        && !lines[t + 1..].iter().any(|l| l.kind.is_none())
    {
        lines[t].flags.title = false;
    }
    // Teasers not used as the title.
    for l in lines.iter_mut() {
        if l.flags.teaser && !l.flags.title {
            l.kind = Some(Teaser);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RemovedKind::*;

    /// Every line of the boilerplate gold set (`tests/data/boilerplate/`).
    fn gold_lines() -> Vec<String> {
        let mut lines = Vec::new();
        for entry in std::fs::read_dir("tests/data/boilerplate").expect("gold set") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("utf-8");
            lines.extend(text.lines().map(str::to_owned));
        }
        lines
    }

    /// [`make_key_with`] as its definition says, char by char: the text
    /// folded, white-space runs made one space; words, alphanumeric runs,
    /// stop words and cue entries counted on that; then the key trimmed.
    fn reference_key(text: &str, min_words: usize) -> (String, usize, f64, u8) {
        let folded = fold(text);
        let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
        let words = collapsed
            .split(' ')
            .filter(|p| p.chars().any(char::is_alphanumeric))
            .count();
        // Alphanumeric runs as byte ranges.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in collapsed.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    runs.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            runs.push((s, collapsed.len()));
        }
        let stop = runs
            .iter()
            .filter(|&&(s, e)| lex::STOP_WORDS.contains(&&collapsed[s..e]))
            .count();
        let mut cue = 0;
        for (list, bit) in CUE_LISTS {
            let one = runs.iter().any(|&(s, e)| list.contains(&&collapsed[s..e]));
            let two = runs
                .windows(2)
                .any(|w| list.contains(&&collapsed[w[0].0..w[1].1]));
            if one || two {
                cue |= bit;
            }
        }
        let key = collapsed.trim_matches(trimmed_from_key).to_owned();
        let ratio = if words < min_words || runs.is_empty() {
            0.0
        } else {
            stop as f64 / runs.len() as f64
        };
        (key, words, ratio, cue)
    }

    #[test]
    fn make_key_matches_its_definition() {
        // Lines of the gold set, and strings mixing the chars each path
        // of the key builder reads: ASCII runs of every length around 8
        // and 16 bytes, Latin-1 letters, the symbol table's ranges, chars
        // folded the slow way, white space of every kind, cue entries.
        let mut texts: Vec<String> = Vec::new();
        texts.extend(gold_lines());
        let mut pieces: Vec<String> = [
            " ",
            "  ",
            "\t",
            "\u{A0}",
            "\u{202F}",
            "\u{2028}",
            "\u{AD}",
            "\u{200B}",
            "’",
            "'",
            "«",
            "»",
            "—",
            "–",
            "…",
            "•",
            "-",
            ".",
            ",",
            ":",
            "(",
            ")",
            "©",
            "²",
            "µ",
            "ª",
            "½",
            "ß",
            "Œ",
            "æ",
            "Æ",
            "É",
            "é",
            "à",
            "ç",
            "ÿ",
            "×",
            "÷",
            "Ð",
            "þ",
            "İ",
            "ǅ",
            "ﬁ",
            "Ω",
            "я",
            "e\u{301}",
            "\u{1D538}",
            "le",
            "de",
            "Les",
            "la",
            "et",
            "cookies",
            "Cookie",
            "newsletter",
            "recevez",
            "inscrivez-vous",
            "Inscrivez",
            "vous",
            "édité",
            "par",
            "edite par",
            "abcdefgh",
            "ABCDEFGHIJKLMNOP",
            "abcdefghijklmnopq",
            "abcdefg",
            "0123456789",
            "x",
            "Zz9",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for c in ('\u{80}'..='\u{FF}').chain('\u{2000}'..='\u{203F}') {
            pieces.push(c.to_string());
            texts.push(format!("ab{c}cd {c}"));
        }
        // A fixed pseudo-random sequence (xorshift), for reproducibility.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let mut t = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                t.push_str(&pieces[(state >> 32) as usize % pieces.len()]);
            }
            texts.push(t);
        }
        let mut scratch = KeyScratch::default();
        let mut keys = Vec::new();
        for t in &texts {
            for min_words in [0, 10] {
                let got = make_key_with(t, &mut scratch, min_words, &mut keys);
                let want = reference_key(t, min_words);
                assert_eq!(
                    (
                        std::str::from_utf8(&keys[got.key_start..got.key_end]).unwrap(),
                        got.words,
                        got.stop_ratio,
                        got.cue_words
                    ),
                    (want.0.as_str(), want.1, want.2, want.3),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn dateline_gate_passes_every_dateline() {
        let mut lines: Vec<String> = Vec::new();
        lines.extend(gold_lines().iter().map(|l| l.trim().to_owned()));
        let places = [
            "KIEV",
            "ÉTATS-UNIS",
            "O'HARE",
            "O’HARE",
            "ST. LOUIS",
            "K-2",
            "A B",
            "ÖSTERREICH",
            "ΑΘΗΝΑ",
            "Kiev",
            "É",
            "ÉÉ",
            "LA HAYE, 3 mai",
        ];
        for place in places {
            for agency in DATELINE_AGENCIES {
                for dash in ["-", "–", "—"] {
                    lines.push(format!("{place} ({agency}) {dash} Texte."));
                    lines.push(format!("{place}, 14 juin 2023 ({agency}){dash}Texte."));
                }
            }
        }
        let mut matched = 0;
        for l in &lines {
            if DATELINE_PREFIX.is_match(l) {
                matched += 1;
                assert!(may_be_dateline(l), "{l:?}");
            }
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn regex_gates_pass_every_match() {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(gold_lines().iter().map(|l| make_key(l)));
        for line in [
            "Le lundi 12 mai 2023 à 14h30",
            "le 1er janvier 2024",
            "Mardi 3 octobre 2023 - 10:15",
            "12/05/2023",
            "14 h 32",
            "Il y a 5 min",
            "Le il y a 3 heures",
            "dimanche il y a 2 secondes",
            "١٢ mai ٢٠٢٣",
            "12 commentaires",
            "Commentaires (12)",
            "Réactions 3",
            "١٢ commentaires",
            "1 / 12",
            "٣ / ٤",
            "00:00/02:41",
            "1:02:03 / 10:00",
            "Temps de lecture : 2 min",
            "3 min de lecture",
            "4 minutes. de lecture, environ",
            "Lecture 3 min.",
            "Lecture : environ 4 minutes",
        ] {
            keys.push(make_key(line));
        }
        let mut matched = 0;
        // Each regex with the gate that must pass every line it matches.
        type Gate = fn(&str) -> bool;
        let checks: [(&LazyLock<Regex>, Gate); 5] = [
            (&DATE_LINE, may_be_date_line),
            (&READING_TIME, may_be_reading_time),
            (&COMMENTS, may_be_comments),
            (&COUNTER, may_be_counter),
            (&TIMER, |k| may_be_counter(k) && may_be_timer(k)),
        ];
        for k in &keys {
            for (regex, gate) in &checks {
                if regex.is_match(k) {
                    matched += 1;
                    assert!(gate(k), "{k:?}");
                }
            }
        }
        assert!(matched >= 22, "{matched}");
    }

    #[test]
    fn prefix_dates_read_as_the_regex_reads_them() {
        let mut keys: Vec<String> = Vec::new();
        for y in ["0000", "1999", "2023", "2024", "9999"] {
            for m in ["00", "01", "02", "09", "12", "13", "99"] {
                keys.push(format!("{y}-{m}"));
                for d in ["00", "01", "28", "29", "30", "31", "32", "99"] {
                    keys.push(format!("{y}-{m}-{d}"));
                }
            }
        }
        keys.push("٢٠٢٣-٠٥-٠٩".to_owned());
        for k in &keys {
            assert_eq!(parse_prefix_date(k), parse_header_date(k), "{k}");
        }
        let t = "date 2024-02-29 Un texte.\ndate 2023-02-29 Un autre.";
        assert_eq!(
            strip_boilerplate(t).published.as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn starts_any_matches_a_scan_of_its_list() {
        let lists: [(&LazyLock<Prefixes>, &[&str]); 9] = [
            (&NEWSLETTER_PREFIXES, lex::NEWSLETTER_PREFIXES),
            (&SUBSCRIBE_PREFIXES, lex::SUBSCRIBE_PREFIXES),
            (&SOURCE_FOOTER_PREFIXES, lex::SOURCE_FOOTER_PREFIXES),
            (&RELATED_PREFIXES, lex::RELATED_PREFIXES),
            (&TEASER_PREFIXES, lex::TEASER_PREFIXES),
            (&SOCIAL_PREFIXES, lex::SOCIAL_PREFIXES),
            (&OTHER_PREFIXES, lex::OTHER_PREFIXES),
            (&CREDIT_PREFIXES, lex::CREDIT_PREFIXES),
            (&SOURCE_CREDIT_PREFIXES, lex::SOURCE_CREDIT_PREFIXES),
        ];
        let mut keys: Vec<String> = vec![String::new(), "a".into(), "é".into()];
        keys.extend(gold_lines().iter().map(|l| make_key(l)));
        for (_, list) in lists {
            for p in list {
                for tail in ["", " ", "s", " x", ": y", "é", "\u{1}"] {
                    keys.push(format!("{p}{tail}"));
                }
                for (i, _) in p.char_indices() {
                    keys.push(p[..i].to_owned());
                }
            }
        }
        for (prefixes, list) in lists {
            for k in &keys {
                let scan = list
                    .iter()
                    .copied()
                    .filter(|p| starts_word(k, p))
                    .max_by_key(|p| p.len());
                assert_eq!(starts_any(k, prefixes), scan, "{k:?}");
            }
        }
    }

    #[test]
    fn date_prefix_reads_as_the_regex() {
        let mut lines: Vec<String> = Vec::new();
        let heads = ["date", "Date", "DATE", "dAtE", "date:", "datex", "dates"];
        let seps = [
            "", " ", "  ", ":", " :", ": ", " : ", "\t", "\u{A0}", " \u{A0}", ":\u{A0}", "\n",
        ];
        let dates = [
            "2023-09",
            "2023-09-15",
            "2023-9",
            "2023-09-1",
            "2023-09-1x",
            "20234-09",
            "٢٠٢٣-٠٩",
            "2023-٠٩",
            "2023-09-٠١",
            "x",
            "",
            "2023-09x",
            "2023-09-15x",
            "2023-09-",
        ];
        let tails = [
            "",
            " ",
            "  Un texte",
            "\u{A0}Texte",
            "\u{A0} x",
            "\t\tx",
            "é",
            "-",
            "\u{2028}",
        ];
        for h in heads {
            for s in seps {
                for d in dates {
                    for t in tails {
                        lines.push(format!("{h}{s}{d}{t}"));
                    }
                }
            }
        }
        let mut matched = 0;
        for l in &lines {
            let by_regex = DATE_PREFIX
                .captures(l)
                .map(|c| (c.get(0).unwrap().end(), c.get(1).unwrap().as_str()));
            let got = if may_be_date_prefix(l) {
                date_prefix(l)
            } else {
                None
            };
            assert_eq!(got, by_regex, "{l:?}");
            matched += usize::from(got.is_some());
        }
        assert!(matched > 500, "{matched}");
    }

    #[test]
    fn trim_table_is_the_trim_predicate_on_ascii() {
        for b in 0..=255u8 {
            let want = b.is_ascii() && trimmed_from_key(char::from(b));
            assert_eq!(TRIM_ASCII[usize::from(b)], want, "{b:#x}");
        }
    }

    #[test]
    fn rfind_each_is_rfind() {
        let texts = [
            "",
            " ",
            "a - b – c — d | e. f© g / h",
            "x - y - z",
            " -",
            "- ",
            ". ",
            "©",
            "© ",
            "fin. ",
            "Olga MALTSEVA / AFP",
            "Des soldats, le 18 mai 2022 (Photo) - Olga MALTSEVA / AFP",
            "— –  -  | . ©  / ",
        ];
        for t in texts {
            let got = rfind_each(t, &CREDIT_SEPS);
            for (k, sep) in CREDIT_SEPS.iter().enumerate() {
                assert_eq!(got[k], t.rfind(sep), "{t:?} {sep:?}");
            }
        }
    }

    fn kinds(text: &str) -> Vec<(String, RemovedKind)> {
        strip_boilerplate(text)
            .removed
            .into_iter()
            .map(|r| (r.text, r.kind))
            .collect()
    }

    fn body(text: &str) -> Vec<&str> {
        strip_boilerplate(text)
            .body
            .iter()
            .map(|s| s.as_str(text))
            .collect()
    }

    const BODY: &str =
        "Les combats se sont poursuivis toute la nuit dans la région, selon les autorités locales.";

    #[test]
    fn captions_with_agency_credits() {
        for cap in [
            "Des soldats dans Marioupol, le 18 mai 2022 (Photo d'illustration) - Olga MALTSEVA / AFP",
            "Des habitants devant un immeuble détruit. Sergey BOBOK / AFP",
            "Le Premier ministre, lundi à Bruxelles. © BELGA",
            "Des soldats près de Bakhmout. [Keystone - Libkos]",
            "Un pompier dans une rue de Kharkiv (Photo by Ivan Samoilov/Sipa USA)",
            "Un soldat près de Bakhmout, le 7 mai 2023. (ANATOLII STEPANOV / AFP)",
            "Une femme évacuée par les secours. MAXPPP/EPA/SERGEY KOZLOV",
            "Photo d'illustration de l'incendie du dépôt. — Telegram / AFP",
        ] {
            let text = format!("{BODY}\n{cap}\n{BODY} Encore.");
            let k = kinds(&text);
            assert_eq!(k.len(), 1, "{cap}: {k:?}");
            assert!(matches!(k[0].1, Caption | Credit), "{cap}: {k:?}");
        }
    }

    #[test]
    fn agency_mentions_in_sentences_are_kept() {
        for s in [
            "L'armée a affirmé avoir détruit un navire, a rapporté l'AFP.",
            "Selon des images authentifiées par Reuters, le navire a coulé après l'attaque.",
            "Le porte-parole a précisé à l'agence AP que l'équipage comptait cent marins.",
            "Photo et vidéo à l'appui, la marine a diffusé les images de l'attaque à l'aube.",
            "Par ailleurs, les autorités ont installé de nouveaux générateurs dans les écoles.",
            "Lire entre les lignes des communiqués russes reste difficile pour les analystes.",
        ] {
            let text = format!("{BODY}\n{s}\n{BODY} Bis.");
            assert!(kinds(&text).is_empty(), "{s}: {:?}", kinds(&text));
        }
    }

    #[test]
    fn cue_lines() {
        let cases = [
            ("Publicité", Advertisement),
            (
                "Lire aussi : La Belgique livrera ses premiers F-16",
                RelatedLink,
            ),
            ("À lire aussi | Le Kremlin dément", RelatedLink),
            (
                "VIDÉO - Vladimir Poutine juge \"inévitable\" de bombarder",
                Teaser,
            ),
            ("PHOTOS. Les images de la contre-offensive", Teaser),
            ("Article original publié sur BFMTV.com", SourceFooter),
            ("Retrouvez toute l’actu sur Metrotime.be", SourceFooter),
            ("Temps de lecture 2 min.", ReadingTime),
            ("Partager sur Facebook", Social),
            ("Voir les commentaires", Social),
            ("Inscrivez-vous à la newsletter", Newsletter),
            ("Abonnez-vous à partir de 1€", Advertisement),
            ("Publié le 12/03/2024 à 14h32", Header),
            ("Mis à jour à 18 h 02", Header),
            (
                "Publié le 12 mars 2024, mis à jour le 13 mars 2024 à 8h",
                Header,
            ),
            ("Publié le 12 mars 2024, 14h32", Header),
            ("Publié le 12 mars 2024, à 14 h 32", Header),
            (
                "Publié le 12 mars 2024 par Jean Dupont, envoyé spécial à Kiev",
                Header,
            ),
            (
                "Publié le jeudi 12 mars 2024, à 14 h 32, mis à jour à 18 h 05",
                Header,
            ),
            ("ats/vic", Credit),
            ("© 2023 AFP", Credit),
            ("Crédit photo : Abaca", Credit),
            (
                "Nous utilisons des cookies pour améliorer votre expérience de navigation.",
                CookieNotice,
            ),
        ];
        for (line, kind) in cases {
            let text = format!("{BODY}\n\n{line}\n\n{BODY} Fin.");
            let k = kinds(&text);
            assert_eq!(k, vec![(line.to_owned(), kind)], "{line}");
        }
    }

    #[test]
    fn a_participle_opening_a_sentence_is_body() {
        for line in [
            "Créé en 1983, le festival accueille chaque année près de 80 000 spectateurs.",
            "Diffusé mardi soir sur TF1, le téléfilm a réuni 5,3 millions de téléspectateurs.",
            "Publiée jeudi par l'Insee, l'étude montre une baisse de 2 % du pouvoir d'achat.",
            "Modifiée en 2019, la loi prévoit désormais trois ans de prison.",
            "Mis en ligne mardi, le clip totalise déjà 4 millions de vues.",
            "Publiée en 2019, l'étude fait référence.",
            "Diffusé le 3 mars 2021, mis en ligne le lendemain, le reportage a fait polémique.",
        ] {
            let text = format!("{BODY}\n\n{line}\n\n{BODY} Fin.");
            assert_eq!(kinds(&text), vec![], "{line}");
        }
    }

    #[test]
    fn glued_header_is_split() {
        let text = " date 2023-09 Un groupe de soldats russes ont partagé une vidéo, rapporte le Daily Mail.";
        let a = strip_boilerplate(text);
        assert_eq!(a.published.as_deref(), Some("2023-09"));
        assert_eq!(a.removed.len(), 1);
        assert_eq!(a.removed[0].text, "date 2023-09");
        assert_eq!(a.removed[0].kind, Header);
        assert_eq!(a.body.len(), 1);
        assert!(a.body[0].as_str(text).starts_with("Un groupe"));
    }

    #[test]
    fn agency_dateline_is_a_header() {
        let text = "KIEV, 14 juin 2023 (AFP) - Au moins trois civils ont été tués mercredi dans des frappes.";
        let a = strip_boilerplate(text);
        assert_eq!(a.published.as_deref(), Some("2023-06-14"));
        assert_eq!(a.removed[0].text, "KIEV, 14 juin 2023 (AFP) -");
        assert_eq!(
            body(text),
            ["Au moins trois civils ont été tués mercredi dans des frappes."]
        );
    }

    #[test]
    fn byline_on_two_lines() {
        let text = "Un titre assez long pour un article\n\n\
                    Le chapeau de l'article résume les faits du jour en une phrase.\n\npar\nJulie Vandenberghe\nTemps de lecture 3 min.\n\n{BODY}";
        let a = strip_boilerplate(text);
        assert_eq!(a.author.as_deref(), Some("Julie Vandenberghe"));
        assert_eq!(a.reading_time, Some(3));
        assert_eq!(
            a.title.as_deref(),
            Some("Un titre assez long pour un article")
        );
    }

    #[test]
    fn par_in_a_sentence_is_not_a_byline() {
        let text = format!(
            "{BODY}\nPar habitude, beaucoup ne descendent plus dans les abris.\nPar la suite, le ministère a démenti.\n"
        );
        assert!(kinds(&text).is_empty());
    }

    #[test]
    fn outlet_with_agency() {
        let text = format!("Un titre assez long pour un article\nPar Le Figaro avec AFP\n{BODY}");
        let a = strip_boilerplate(&text);
        assert_eq!(a.source.as_deref(), Some("Le Figaro"));
        assert_eq!(a.author, None);
        assert_eq!(a.removed[0].kind, Byline);
    }

    #[test]
    fn duplicate_caption() {
        let cap = "Des soldats russes dans Marioupol, le 18 mai 2022 - Olga MALTSEVA / AFP";
        let text = format!("{cap}\n{cap}\n{BODY}");
        assert_eq!(
            kinds(&text).iter().map(|k| k.1).collect::<Vec<_>>(),
            [Caption, Duplicate]
        );
    }

    #[test]
    fn menu_and_kicker_before_title() {
        let text = format!(
            "Accueil\nInternational\nEurope\nKiev dit avoir repoussé une attaque russe\n{BODY}"
        );
        let a = strip_boilerplate(&text);
        assert_eq!(
            a.title.as_deref(),
            Some("Kiev dit avoir repoussé une attaque russe")
        );
        assert_eq!(a.removed.len(), 3);
        assert!(a.removed.iter().all(|r| r.kind == Navigation));
    }

    #[test]
    fn intertitles_between_paragraphs_are_kept() {
        let text = format!(
            "{BODY}\n\nLes touristes ont disparu\n\n{BODY} Bis.\n\n« Ici, on ne se plaint pas »\n\n{BODY} Ter."
        );
        assert!(kinds(&text).is_empty());
    }

    #[test]
    fn header_dates() {
        for (line, iso) in [
            (
                "Publié le 12 octobre 2023 à 14h32, modifié le 12 octobre 2023 à 16h05",
                "2023-10-12",
            ),
            ("Publié le 29/04/23 à 11h23", "2023-04-29"),
            ("Publié le mercredi 06 mars 2024 à 09h41", "2024-03-06"),
            ("Le 7 septembre 2023 à 19h32", "2023-09-07"),
        ] {
            let text = format!("{line}\n{BODY}");
            assert_eq!(
                strip_boilerplate(&text).published.as_deref(),
                Some(iso),
                "{line}"
            );
        }
        // An impossible date is not a date.
        assert_eq!(strip_boilerplate("Publié le 31/02/2023\nx").published, None);
    }

    #[test]
    fn offset_mapping_through_folding() {
        assert_eq!(
            orig_offset(
                "Retrouvez toute l’actu sur Metrotime.be",
                "retrouvez toute l'actu sur".len()
            ),
            26 + 2
        );
        assert_eq!(orig_offset("Œuvre x", 2), "Œ".len());
    }

    #[test]
    fn context_rules() {
        // The sponsored link under "Sponsorisé".
        let t = format!("Sponsorisé\nDécouvrez nos offres de voyage\n{BODY}");
        assert_eq!(
            kinds(&t)[1],
            ("Découvrez nos offres de voyage".to_owned(), Advertisement)
        );
        // Buttons under a cookie banner, not elsewhere.
        let t = format!(
            "Ce site utilise des cookies\nTout accepter\nRefuser\n{BODY}\nAccepter\n{BODY} Bis."
        );
        let k = kinds(&t);
        assert_eq!(k.len(), 3, "{k:?}");
        assert!(k.iter().all(|(_, kind)| *kind == CookieNotice));
        // Headlines under a lone "Sur le même sujet", until a sentence.
        let t = format!(
            "{BODY}\nSur le même sujet\nKiev prépare sa contre-offensive\nLe pont de Kertch visé\n{BODY} Bis."
        );
        assert_eq!(kinds(&t).len(), 3);
        // A short line between two newsletter lines.
        let t = format!(
            "{BODY}\nNewsletter\n«Dernières nouvelles»\nRecevez l'essentiel chaque soir.\n{BODY} Bis."
        );
        assert!(kinds(&t).iter().all(|(_, k)| *k == Newsletter));
        assert_eq!(kinds(&t).len(), 3);
        // Unpunctuated furniture after the last good paragraph, not a short final sentence.
        let t = format!("{BODY}\nIl a été hospitalisé.\nContenus recommandés\nNos partenaires");
        assert_eq!(body(&t), [BODY, "Il a été hospitalisé."]);
        // A caption glued to a credit-only line; a long paragraph is not one.
        let t = format!(
            "{BODY}\n\nDes soldats dans la région de Donetsk, en janvier.\n© Tous droits réservés\n{BODY} Bis et encore plus long pour dépasser le seuil des légendes."
        );
        let k = kinds(&t);
        assert_eq!(k.iter().map(|x| x.1).collect::<Vec<_>>(), [Caption, Credit]);
    }

    #[test]
    fn bylines_without_par() {
        let t = format!(
            "Ottawa hésite à envoyer plus de munitions à Kiev\nMarco Bélair-Cirino\nà Ottawa\n{BODY}"
        );
        let a = strip_boilerplate(&t);
        assert_eq!(a.author.as_deref(), Some("Marco Bélair-Cirino"));
        assert_eq!(a.removed.len(), 2);
        let t = format!(
            "Un titre assez long pour un article\nPar Marie DUPONT avec Paul DURAND à Bruxelles\n{BODY}"
        );
        let a = strip_boilerplate(&t);
        assert_eq!(a.author.as_deref(), Some("Marie DUPONT"));
    }

    #[test]
    fn every_stop_word_is_found() {
        for w in lex::STOP_WORDS {
            assert!(STOP_WORDS.contains(w), "{w}");
        }
        assert!(!STOP_WORDS.contains("soldat"));
        assert!(!STOP_WORDS.contains(""));
        assert!(!STOP_WORDS.contains("é"));
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(strip_boilerplate(""), Article::default());
        assert_eq!(strip_boilerplate(" \n\n\t\n"), Article::default());
    }
}
