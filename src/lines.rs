//! Mentions stay within one line.
//!
//! Every line break ends a sentence ([`crate::sentences`]): a headline, a
//! caption, "Publicité" on its own line is a sentence of its own. A number,
//! date or unit phrase therefore never runs across a line break either
//! ("plus de\n\n6500" is the number 6500 at the start of a paragraph, not
//! "more than 6500"; "Le 9\nmai 2022" is no date). The extractors' matchers
//! read on across white space; this module mends what they return: a
//! mention that crosses a line break is replaced by what the same extractor
//! finds inside its span line by line, each line read with its neighbouring
//! tokens on that line as context.
//!
//! Crossing mentions are rare (none in the seed articles), so the extractors
//! pay one byte scan of each mention's text for this.

use crate::Span;
use crate::tokenize::{TokenStream, has_line_break};

/// How many tokens of the line, before and after the piece of a crossing
/// mention, the extractor reads again as context (more than any phrase or
/// context window of the extractors reaches: numbers read at most 48 words,
/// the unit cue window is 80 tokens back and 40 on). Bounds the work per
/// crossing mention on a very long line.
pub(crate) const CONTEXT_TOKENS: usize = 128;

/// A mention with a byte span into the text it was found in.
pub(crate) trait Mention {
    /// Its span.
    fn span(&self) -> Span;
    /// Moves it `by` bytes on (from a sub-text's offsets to the text's).
    fn shift(&mut self, by: usize);
}

/// Implements [`Mention`] for mention types with `start` and `end` fields.
macro_rules! mention_by_fields {
    ($($t:ty),*) => {$(
        impl Mention for $t {
            fn span(&self) -> Span {
                Span::new(self.start, self.end)
            }
            fn shift(&mut self, by: usize) {
                self.start += by;
                self.end += by;
            }
        }
    )*};
}

mention_by_fields!(
    crate::numbers::NumberMention,
    crate::units::UnitMention,
    crate::dates::DateMention,
    crate::dates::DurationMention
);

/// Whether `span` of `text` holds a line break.
pub(crate) fn crosses_line(text: &str, span: Span) -> bool {
    text.as_bytes()
        .get(span.start..span.end)
        .is_some_and(has_line_break)
}

/// The pieces of `span` line by line, each with the part of its line read
/// again as context: `(context, keep)` byte spans, `keep` within `context`.
/// `span` starts at a token's start and ends at a token's end (a mention).
pub(crate) fn pieces(s: &TokenStream<'_>, span: Span) -> Vec<(Span, Span)> {
    let toks = s.tokens();
    let first = toks.partition_point(|t| t.start < span.start);
    let last = toks.partition_point(|t| t.start < span.end);
    if first >= last {
        return Vec::new();
    }
    // Token ranges of the pieces: a new piece at each line break.
    let mut out = Vec::new();
    let mut a = first;
    for k in first + 1..=last {
        if k == last || s.line_break_before(k) {
            // Context: the piece's line, at most CONTEXT_TOKENS either side.
            let mut lo = a;
            while lo > 0 && a - lo < CONTEXT_TOKENS && !s.line_break_before(lo) {
                lo -= 1;
            }
            let mut hi = k; // one past the piece's last token
            while hi < toks.len() && hi - k < CONTEXT_TOKENS && !s.line_break_before(hi) {
                hi += 1;
            }
            let context = Span::new(toks[lo].start, toks[hi - 1].end);
            let keep = Span::new(toks[a].start.max(span.start), toks[k - 1].end.min(span.end));
            out.push((context, keep));
            a = k;
        }
    }
    out
}

/// `found` (in text order), with each mention that crosses a line break
/// replaced by what `rerun` finds within its pieces ([`pieces`]), each read
/// on its line. `rerun` is the extractor itself, on a stream of the
/// context's text (a single line: it finds nothing that crosses one).
pub(crate) fn within_lines<M: Mention>(
    s: &TokenStream<'_>,
    found: Vec<M>,
    rerun: impl Fn(&TokenStream<'_>) -> Vec<M>,
) -> Vec<M> {
    let text = s.text();
    if !found.iter().any(|m| crosses_line(text, m.span())) {
        return found;
    }
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        if !crosses_line(text, m.span()) {
            out.push(m);
            continue;
        }
        for (context, keep) in pieces(s, m.span()) {
            let sub = TokenStream::new(context.as_str(text));
            for mut x in rerun(&sub) {
                x.shift(context.start);
                if keep.contains(x.span()) {
                    out.push(x);
                }
            }
        }
    }
    // Pieces are visited in order and stay within their mention's span,
    // which no other mention overlaps: the order holds.
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct M(Span);
    impl Mention for M {
        fn span(&self) -> Span {
            self.0
        }
        fn shift(&mut self, by: usize) {
            self.0 = Span::new(self.0.start + by, self.0.end + by);
        }
    }

    #[test]
    fn pieces_follow_the_lines() {
        let text = "a b c\nd e\r\n\nf g";
        let s = TokenStream::new(text);
        // "c\nd e\r\n\nf" → "c" (line "a b c"), "d e", "f" (line "f g").
        let p = pieces(&s, Span::new(4, 13));
        let as_text: Vec<(&str, &str)> = p
            .iter()
            .map(|(c, k)| (c.as_str(text), k.as_str(text)))
            .collect();
        assert_eq!(as_text, [("a b c", "c"), ("d e", "d e"), ("f g", "f")]);
        assert!(pieces(&s, Span::new(0, 0)).is_empty());
    }

    #[test]
    fn context_is_bounded_on_a_long_line() {
        let text = format!("{}x\ny", "w ".repeat(1000));
        let s = TokenStream::new(&text);
        let x = text.find('x').unwrap();
        let p = pieces(&s, Span::new(x, text.len()));
        assert_eq!(p.len(), 2);
        // CONTEXT_TOKENS words before "x", then "x".
        assert_eq!(p[0].0.as_str(&text).split(' ').count(), CONTEXT_TOKENS + 1);
    }

    #[test]
    fn crossing_mentions_are_replaced_by_what_each_line_holds() {
        let text = "un deux\ntrois quatre";
        let s = TokenStream::new(text);
        // A fake extractor: every token is a mention.
        let every = |s: &TokenStream<'_>| -> Vec<M> {
            s.tokens()
                .iter()
                .map(|t| M(Span::new(t.start, t.end)))
                .collect()
        };
        let found = vec![M(Span::new(0, 2)), M(Span::new(3, 13))];
        let got = within_lines(&s, found, every);
        let as_text: Vec<&str> = got.iter().map(|m| m.0.as_str(text)).collect();
        assert_eq!(as_text, ["un", "deux", "trois"]);
        // Nothing crosses: returned as given.
        let found = vec![M(Span::new(3, 7))];
        assert_eq!(within_lines(&s, found, every), [M(Span::new(3, 7))]);
    }
}
