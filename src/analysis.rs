//! The whole pipeline: one call, one serialisable [`Analysis`].

use crate::boilerplate::{self, Article};
use crate::dates::{self, DateMention, DurationMention, Reference};
use crate::lines::Mention;
use crate::normalize::{MapBack, Normalized};
use crate::numbers::{self, NumberMention};
use crate::tokenize::{TokenKind, TokenStream};
use crate::units::{self, UnitMention};
use crate::{Error, Span};
use serde::{Deserialize, Serialize};

/// A token as it appears in the JSON output (`--tokens`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenMention {
    /// Byte offset.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The token as written.
    pub text: String,
    /// Its kind.
    pub kind: TokenKind,
}

/// Everything frnews finds in one text. Serialises to the JSON documented
/// in the README (field names are a contract).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The reference date used to resolve relative dates (`YYYY-MM-DD`,
    /// or `YYYY-MM` when only the article's month was known), if any.
    pub reference_date: Option<String>,
    /// Sentence spans.
    pub sentences: Vec<Span>,
    /// Tokens, when asked for.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tokens: Option<Vec<TokenMention>>,
    /// The article: body, removed boilerplate, metadata.
    pub article: Article,
    /// Numbers and quantities.
    pub numbers: Vec<NumberMention>,
    /// Dates, times, intervals and sets.
    pub dates: Vec<DateMention>,
    /// Durations.
    pub durations: Vec<DurationMention>,
    /// Military units.
    pub military_units: Vec<UnitMention>,
}

/// The default [`AnalyzerBuilder::block_size`]: 256 KiB, the fastest of
/// the sizes from 32 KiB to 1 MiB on the benches' text (`BLOCK=N cargo run
/// --release --example stages -- 160 varied analyze`). Smaller blocks keep
/// the stages' per-token data (about 15 bytes per byte of text) in the
/// second-level cache, but each reads its context again.
pub const DEFAULT_BLOCK_SIZE: usize = 256 << 10;

/// Context read on each side of a block at first (see
/// [`AnalyzerBuilder::block_size`]), widened to whole lines: about 400
/// tokens of French news, so that most blocks need no second try for
/// [`CONTEXT_TOKENS`].
const BLOCK_MARGIN: usize = 2 << 10;

/// The fewest tokens of context a block is read with on each side (where
/// the text has them): twice what any phrase or context window of the
/// extractors reaches (the widest are the tokens a mended mention is read
/// again with, [`crate::lines::CONTEXT_TOKENS`], then the unit cue window,
/// 80 tokens back and 40 on). A margin with fewer tokens (very long tokens) is doubled
/// until it has them, up to [`MAX_MARGIN`] or the block size, whichever is
/// larger: a bound that keeps the work linear on any text (one made of
/// 100 KB tokens would otherwise read 25 MB around every block).
const CONTEXT_TOKENS: usize = 2 * crate::lines::CONTEXT_TOKENS;

/// See [`CONTEXT_TOKENS`].
const MAX_MARGIN: usize = 64 << 10;

/// Configures an [`Analyzer`].
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    reference: Option<Reference>,
    tokens: bool,
    block_size: usize,
}

impl Default for AnalyzerBuilder {
    fn default() -> Self {
        AnalyzerBuilder {
            reference: None,
            tokens: false,
            block_size: DEFAULT_BLOCK_SIZE,
        }
    }
}

impl AnalyzerBuilder {
    /// The date relative expressions are resolved against, as `YYYY-MM-DD`
    /// (or `YYYY-MM`). Without it, the article's own publication date is
    /// used when the boilerplate stage finds one.
    ///
    /// # Errors
    /// If `date` is not a valid calendar date.
    pub fn reference_date(mut self, date: &str) -> Result<AnalyzerBuilder, Error> {
        self.reference = Some(Reference::parse(date)?);
        Ok(self)
    }

    /// Sets the reference date from a parsed value.
    pub fn reference(mut self, reference: Option<Reference>) -> AnalyzerBuilder {
        self.reference = reference;
        self
    }

    /// Whether [`Analysis::tokens`] is filled (off by default).
    pub fn tokens(mut self, yes: bool) -> AnalyzerBuilder {
        self.tokens = yes;
        self
    }

    /// The size of the blocks a long text is read in, in bytes (default
    /// [`DEFAULT_BLOCK_SIZE`]; `usize::MAX` reads every text whole).
    ///
    /// A text longer than one and a half blocks is cut at line breaks into
    /// blocks of about this size. Each block is tokenised and read by the
    /// extractors with context on each side: 2 KiB widened to whole lines,
    /// and more (up to 64 KiB or the block size, whichever is larger) when
    /// that holds fewer than 256 tokens. A block keeps the mentions that
    /// start in it. The boilerplate stage still reads the whole text. So
    /// the memory the extractors use is bounded by the block size, not the
    /// text's.
    ///
    /// No mention crosses a line break, so a cut splits none, and 256
    /// tokens are more than any phrase or context window of the extractors
    /// reaches: the result is the whole-text result. The tests compare the
    /// two on the seeds, on the conformance sentences and on generated
    /// texts, and the `analyze` fuzz target on every input it tries. Only a
    /// text whose tokens average more than 256 bytes around a cut could
    /// differ there (a unit's cue words counted over fewer tokens).
    /// Smaller blocks are slower (each reads its context again; see
    /// [`DEFAULT_BLOCK_SIZE`]), larger ones hardly faster.
    ///
    /// ```
    /// let text = "Plus de 6500 soldats.\n".repeat(100);
    /// let small = frnews::Analyzer::builder().block_size(64).build().analyze(&text);
    /// let whole = frnews::Analyzer::builder().block_size(usize::MAX).build().analyze(&text);
    /// assert_eq!(small, whole);
    /// assert_eq!(small.numbers.len(), 100);
    /// ```
    pub fn block_size(mut self, bytes: usize) -> AnalyzerBuilder {
        self.block_size = bytes.max(1);
        self
    }

    /// Builds the analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer {
            reference: self.reference,
            tokens: self.tokens,
            block_size: self.block_size,
        }
    }
}

/// Runs the whole pipeline with one configuration. Cheap to clone and to
/// share between threads.
///
/// ```
/// let analyzer = frnews::Analyzer::builder().reference_date("2023-05-20")?.build();
/// let a = analyzer.analyze("Plus de 6500 soldats.");
/// assert_eq!(a.reference_date.as_deref(), Some("2023-05-20"));
/// assert_eq!(a.sentences.len(), 1);
/// # Ok::<(), frnews::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    reference: Option<Reference>,
    tokens: bool,
    block_size: usize,
}

impl Default for Analyzer {
    fn default() -> Self {
        AnalyzerBuilder::default().build()
    }
}

impl Analyzer {
    /// A builder for the configuration.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// A builder holding this analyzer's configuration, to derive a variant
    /// (e.g. another reference date per document).
    pub fn to_builder(&self) -> AnalyzerBuilder {
        AnalyzerBuilder {
            reference: self.reference,
            tokens: self.tokens,
            block_size: self.block_size,
        }
    }

    /// An analyzer with the default configuration.
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// Analyses one text.
    ///
    /// A text with decomposed accents (NFD, as copied from macOS or from a
    /// PDF: "e" then U+0301) is read in its composed form
    /// ([`normalize`](crate::normalize())) and every span mapped back, so that
    /// `&text[start..end]` is still the mention as the caller wrote it:
    ///
    /// ```
    /// let text = "Le 9 mai, l'arme\u{301}e a annonce\u{301} 6500 morts.";
    /// let a = frnews::analyze(text);
    /// assert_eq!(a.dates[0].text, "Le 9 mai");
    /// let n = &a.numbers[0];
    /// assert_eq!(&text[n.start..n.end], "6500 morts");
    /// ```
    pub fn analyze(&self, text: &str) -> Analysis {
        crate::normalize::composed(text, |t| self.analyze_composed(t))
    }

    /// [`Analyzer::analyze`] of a text with no combining mark.
    fn analyze_composed(&self, text: &str) -> Analysis {
        let article = boilerplate::strip_composed(text, &boilerplate::Params::default());
        let reference = self.reference.or_else(|| {
            article
                .published
                .as_deref()
                .and_then(|p| Reference::parse(p).ok())
        });
        let mut found = Found::default();
        let max_margin = self.block_size.max(MAX_MARGIN);
        for keep in blocks(text, self.block_size) {
            found.add(text, keep, max_margin, reference, self.tokens);
        }
        let Found {
            sentences,
            tokens,
            mut numbers,
            mut dates,
            mut durations,
            units: mut military_units,
        } = found;

        // A number inside a date ("le 9 mai 2022") is the date's, not a count.
        // Both post-passes answer each query by binary search over sorted
        // spans, so they stay linear-logarithmic on any input size.
        let date_cover = Cover::new(dates.iter().map(|d| Span::new(d.start, d.end)));
        numbers.retain(|n| !date_cover.contains(Span::new(n.start, n.end)));
        // A bare number inside a length is a piece of it ("12" in
        // "2h03'12\""); amounts with their unit stay ("3 jours").
        let length_cover = Cover::new(durations.iter().map(|d| Span::new(d.start, d.end)));
        numbers.retain(|n| n.unit.is_some() || !length_cover.contains(Span::new(n.start, n.end)));

        // Body spans are ordered and disjoint: the one that may overlap a
        // mention is the first ending after the mention's start.
        let body = &article.body;
        let in_body = |start: usize, end: usize| -> bool {
            let k = body.partition_point(|b| b.end <= start);
            body.get(k)
                .is_some_and(|b| b.overlaps(Span::new(start, end)))
        };
        for n in &mut numbers {
            n.in_body = in_body(n.start, n.end);
        }
        for d in &mut dates {
            d.in_body = in_body(d.start, d.end);
        }
        for d in &mut durations {
            d.in_body = in_body(d.start, d.end);
        }
        for u in &mut military_units {
            u.in_body = in_body(u.start, u.end);
        }

        let tokens = self.tokens.then_some(tokens);
        Analysis {
            reference_date: reference.map(|r| r.to_string()),
            sentences,
            tokens,
            article,
            numbers,
            dates,
            durations,
            military_units,
        }
    }
}

impl MapBack for Analysis {
    /// Maps every span found in the normalised view `norm` back to
    /// `original`, with each mention's text as written there.
    fn map_back(&mut self, original: &str, norm: &Normalized) {
        self.sentences.map_back(original, norm);
        self.article.map_back(original, norm);
        for t in self.tokens.iter_mut().flatten() {
            t.text = norm.back(original, &mut t.start, &mut t.end);
        }
        self.numbers.map_back(original, norm);
        self.dates.map_back(original, norm);
        self.durations.map_back(original, norm);
        self.military_units.map_back(original, norm);
    }
}

/// What the token-level stages find, block by block.
#[derive(Default)]
struct Found {
    sentences: Vec<Span>,
    tokens: Vec<TokenMention>,
    numbers: Vec<NumberMention>,
    dates: Vec<DateMention>,
    durations: Vec<DurationMention>,
    units: Vec<UnitMention>,
}

impl Found {
    /// Reads `keep` of `text` with its context ([`context`], with a margin
    /// of at most `max_margin` bytes unless whole lines take more) and keeps
    /// what starts in `keep`, with its offsets into `text`.
    fn add(
        &mut self,
        text: &str,
        keep: Span,
        max_margin: usize,
        reference: Option<Reference>,
        tokens: bool,
    ) {
        let mut margin = BLOCK_MARGIN;
        let (context, stream) = loop {
            let context = context(text, keep, margin);
            let stream = TokenStream::new(context.as_str(text));
            let toks = stream.tokens();
            let before = toks.partition_point(|t| t.start + context.start < keep.start);
            let after = toks.len() - toks.partition_point(|t| t.start + context.start < keep.end);
            let short = (before < CONTEXT_TOKENS && context.start > 0)
                || (after < CONTEXT_TOKENS && context.end < text.len());
            if !short || margin >= text.len().min(max_margin) {
                break (context, stream);
            }
            margin = margin.saturating_mul(2);
        };
        let at = context.start;
        let kept = |start: usize| (keep.start..keep.end).contains(&(start + at));
        self.sentences.extend(
            stream
                .sentences()
                .into_iter()
                .filter(|s| kept(s.start))
                .map(|s| Span::new(s.start + at, s.end + at)),
        );
        if tokens {
            self.tokens
                .extend(
                    stream
                        .tokens()
                        .iter()
                        .filter(|t| kept(t.start))
                        .map(|t| TokenMention {
                            start: t.start + at,
                            end: t.end + at,
                            text: t.as_str(stream.text()).to_owned(),
                            kind: t.kind,
                        }),
                );
        }
        let temporal = dates::extract(&stream, reference);
        fn keep_shifted<M: Mention>(
            from: Vec<M>,
            into: &mut Vec<M>,
            kept: impl Fn(usize) -> bool,
            at: usize,
        ) {
            into.extend(
                from.into_iter()
                    .filter(|m| kept(m.span().start))
                    .map(|mut m| {
                        m.shift(at);
                        m
                    }),
            );
        }
        keep_shifted(temporal.dates, &mut self.dates, kept, at);
        keep_shifted(temporal.durations, &mut self.durations, kept, at);
        keep_shifted(numbers::extract(&stream), &mut self.numbers, kept, at);
        keep_shifted(units::extract(&stream), &mut self.units, kept, at);
    }
}

/// The blocks `text` is read in: spans cutting it at line feeds into
/// pieces of at least `block_size` bytes (the last up to one and a half).
/// One block, the whole text, when it is short.
fn blocks(text: &str, block_size: usize) -> Vec<Span> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut a = 0;
    while a < n || out.is_empty() {
        // The block ends after the first line feed a block size on, unless
        // the rest is short.
        let z = if n - a <= block_size.saturating_add(block_size / 2) {
            n
        } else {
            memchr::memchr(b'\n', &b[a + block_size..]).map_or(n, |p| a + block_size + p + 1)
        };
        out.push(Span::new(a, z));
        a = z;
    }
    out
}

/// The context a block `keep` of `text` is read with: `margin` bytes more
/// on each side, widened to whole lines (the whole text for a block that
/// is the whole text).
fn context(text: &str, keep: Span, margin: usize) -> Span {
    let b = text.as_bytes();
    let n = b.len();
    let start = match keep.start.saturating_sub(margin) {
        0 => 0,
        lo => memchr::memrchr(b'\n', &b[..lo]).map_or(0, |p| p + 1),
    };
    let hi = keep.end.saturating_add(margin).min(n);
    let end = memchr::memchr(b'\n', &b[hi..]).map_or(n, |p| hi + p);
    Span::new(start, end)
}

/// Spans sorted by start with the running maximum of their ends: "does
/// any span contain this one?" in O(log n), whether the spans nest or not.
struct Cover {
    starts: Vec<usize>,
    max_ends: Vec<usize>,
}

impl Cover {
    fn new(spans: impl Iterator<Item = Span>) -> Cover {
        let mut v: Vec<Span> = spans.collect();
        v.sort_unstable();
        let mut max_end = 0;
        let max_ends = v
            .iter()
            .map(|s| {
                max_end = max_end.max(s.end);
                max_end
            })
            .collect();
        Cover {
            starts: v.iter().map(|s| s.start).collect(),
            max_ends,
        }
    }

    /// Whether some span starts at or before `s.start` and ends at or after `s.end`.
    fn contains(&self, s: Span) -> bool {
        let k = self.starts.partition_point(|&st| st <= s.start);
        k > 0 && self.max_ends[k - 1] >= s.end
    }
}

/// Analyses `text` with the default configuration (no reference date
/// unless the article states one).
///
/// ```
/// let a = frnews::analyze("Publicité\nLe 1442e régiment.");
/// assert_eq!(a.sentences.len(), 2);
/// ```
pub fn analyze(text: &str) -> Analysis {
    Analyzer::new().analyze(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_matches_the_naive_check() {
        let spans = [
            Span::new(10, 20),
            Span::new(12, 15),
            Span::new(30, 40),
            Span::new(0, 5),
        ];
        let cover = Cover::new(spans.iter().copied());
        for a in 0..45 {
            for b in a..45 {
                let s = Span::new(a, b);
                let naive = spans.iter().any(|x| x.contains(s));
                assert_eq!(cover.contains(s), naive, "{s:?}");
            }
        }
        assert!(!Cover::new(std::iter::empty()).contains(Span::new(0, 0)));
    }

    #[test]
    fn in_body_and_date_overlap_on_a_real_page() {
        let text = "Des soldats à Marioupol, le 18 mai 2022 (Photo d'illustration) - Olga MALTSEVA / AFP\n\nPlus de 6500 soldats ont appelé le 9 mai 2023.";
        let a = Analyzer::builder()
            .reference_date("2023-05-20")
            .unwrap()
            .build()
            .analyze(text);
        // No number inside a date ("9", "2022", "2023" are the dates').
        for n in &a.numbers {
            assert!(
                !a.dates.iter().any(|d| d.start <= n.start && n.end <= d.end),
                "{}",
                n.text
            );
        }
        let caption_date = a.dates.iter().find(|d| d.text.contains("18 mai")).unwrap();
        assert!(!caption_date.in_body);
        let body_date = a.dates.iter().find(|d| d.text.contains("9 mai")).unwrap();
        assert!(body_date.in_body);
        assert!(
            a.numbers
                .iter()
                .any(|n| n.text.starts_with("Plus de 6500") && n.in_body)
        );
    }
}
