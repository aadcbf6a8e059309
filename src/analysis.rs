//! The whole pipeline: one call, one serialisable [`Analysis`].

use crate::boilerplate::{self, Article};
use crate::dates::{self, DateMention, DurationMention, Reference};
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

/// Configures an [`Analyzer`].
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    reference: Option<Reference>,
    tokens: bool,
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

    /// Builds the analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer {
            reference: self.reference,
            tokens: self.tokens,
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
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    reference: Option<Reference>,
    tokens: bool,
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
        }
    }

    /// An analyzer with the default configuration.
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// Analyses one text.
    pub fn analyze(&self, text: &str) -> Analysis {
        let article = boilerplate::strip_boilerplate(text);
        let stream = TokenStream::new(text);
        let sentences = stream.sentences();
        let reference = self.reference.or_else(|| {
            article
                .published
                .as_deref()
                .and_then(|p| Reference::parse(p).ok())
        });
        let temporal = dates::extract(&stream, reference);
        let mut dates = temporal.dates;
        let mut durations = temporal.durations;
        let mut numbers = numbers::extract(&stream);
        let mut military_units = units::extract(&stream);

        // A number inside a date ("le 9 mai 2022") is the date's, not a count.
        // Both post-passes answer each query by binary search over sorted
        // spans, so they stay linear-logarithmic on any input size.
        let date_cover = Cover::new(dates.iter().map(|d| Span::new(d.start, d.end)));
        numbers.retain(|n| !date_cover.contains(Span::new(n.start, n.end)));

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

        let tokens = self.tokens.then(|| {
            stream
                .tokens()
                .iter()
                .map(|t| TokenMention {
                    start: t.start,
                    end: t.end,
                    text: t.as_str(text).to_owned(),
                    kind: t.kind,
                })
                .collect()
        });
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
