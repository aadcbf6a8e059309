//! Offset-preserving normalisation.
//!
//! [`normalize`] gives a clean view of the text for matching (NFC,
//! apostrophes unified, every Unicode space as `' '`, hyphens unified, line
//! breaks as `\n`, invisible marks dropped) together with a map from every
//! span of the normalised text back to the original bytes.
//!
//! The tokeniser does not need this view (it reads the original text and
//! understands every variant itself); it is for callers who want to run
//! their own matchers on clean text and still report exact offsets.

use crate::Span;
use crate::chars::{CharClass, class, is_combining};
use unicode_normalization::UnicodeNormalization;

/// A normalised view of a text with its way back to the original.
///
/// ```
/// let original = "l’armée\u{202F}: 6\u{A0}500 e\u{301}lus\r\n";
/// let norm = frnews::normalize(original);
/// assert_eq!(norm.as_str(), "l'armée : 6 500 élus\n");
/// // Any span of the normalised text maps back to the exact original mention.
/// let at = norm.as_str().find("élus").unwrap();
/// let span = norm.to_original(at..at + "élus".len());
/// assert_eq!(&original[span.range()], "e\u{301}lus");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`, the original span of the piece that produced it.
    starts: Vec<usize>,
    ends: Vec<usize>,
    original_len: usize,
}

impl Normalized {
    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Consumes the view, returning the normalised text.
    pub fn into_string(self) -> String {
        self.text
    }

    /// Maps a byte range of the normalised text to the span of the original
    /// text it came from. Offsets past the end are clamped; a range that
    /// splits a normalised character maps to the whole original piece.
    pub fn to_original(&self, range: std::ops::Range<usize>) -> Span {
        let n = self.text.len();
        let a = range.start.min(n);
        let b = range.end.min(n).max(a);
        if a == b {
            let at = if a < n {
                self.starts[a]
            } else {
                self.original_len
            };
            return Span::new(at, at);
        }
        Span::new(self.starts[a], self.ends[b - 1])
    }

    /// The original offset at which normalised byte `i` starts (monotone in `i`).
    pub fn original_offset(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.original_len)
    }
}

/// Normalises `text` for matching, keeping the map back to it.
///
/// Idempotent: `normalize(normalize(t).as_str()).as_str() == normalize(t).as_str()`.
/// Linear in the length of `text`.
pub fn normalize(text: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
        original_len: text.len(),
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut piece = String::new();
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path: everything but CR, tabs/vertical space and the
        // characters we rewrite maps to itself, unless a combining mark follows.
        if b < 0x80 && b != b'\r' && b != b'\t' && b != 0x0B && b != 0x0C && b != b'`' {
            let next_is_ascii = bytes.get(i + 1).is_none_or(|&n| n < 0x80);
            if next_is_ascii {
                out.text.push(b as char);
                out.starts.push(i);
                out.ends.push(i + 1);
                i += 1;
                continue;
            }
        }
        // A piece: one starter character, then the combining marks and
        // invisible characters that follow it. It is mapped, NFC-composed and
        // mapped back as a whole.
        let start = i;
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        i += c.len_utf8();
        piece.clear();
        if c == '\r' {
            if bytes.get(i) == Some(&b'\n') {
                i += 1;
            }
            piece.push('\n');
        } else {
            push_mapped(c, &mut piece);
        }
        while i < bytes.len() {
            let Some(d) = text[i..].chars().next() else {
                break;
            };
            if is_combining(d) || class(d) == CharClass::Invisible {
                push_mapped(d, &mut piece);
                i += d.len_utf8();
            } else {
                break;
            }
        }
        let before = out.text.len();
        if piece.is_ascii() {
            out.text.push_str(&piece);
        } else {
            // Mapped again after NFC: a singleton decomposition can turn a
            // character into one of the variants mapped above (U+0374 GREEK
            // NUMERAL SIGN becomes U+02B9, an apostrophe variant), and
            // idempotence needs that variant mapped now.
            for ch in piece.nfc() {
                push_mapped(ch, &mut out.text);
            }
        }
        for _ in before..out.text.len() {
            out.starts.push(start);
            out.ends.push(i);
        }
    }
    out
}

fn push_mapped(c: char, out: &mut String) {
    match class(c) {
        CharClass::Apostrophe => out.push('\''),
        CharClass::Space => out.push(' '),
        CharClass::LineBreak => out.push('\n'),
        CharClass::Hyphen => out.push('-'),
        CharClass::Invisible => {}
        _ => out.push(c),
    }
}

/// Whether `text` holds a combining diacritical mark (U+0300–U+036F, whose
/// UTF-8 encodings begin with the bytes 0xCC and 0xCD): one SIMD search for
/// either byte, on texts that nearly never have one.
pub(crate) fn has_combining_marks(text: &str) -> bool {
    memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_some()
}

/// A stage's result whose spans can be moved from the normalised view of a
/// text back to the text itself.
pub(crate) trait MapBack {
    /// Moves every span from `norm` to `original`, each mention's text
    /// taken from `original`.
    fn map_back(&mut self, original: &str, norm: &Normalized);
}

impl Normalized {
    /// A span of the normalised text moved to the original, with the
    /// original's text of it.
    pub(crate) fn back(&self, original: &str, start: &mut usize, end: &mut usize) -> String {
        let s = self.to_original(*start..*end);
        *start = s.start;
        *end = s.end;
        original.get(s.range()).unwrap_or("").to_owned()
    }
}

impl<T: MapBack> MapBack for Vec<T> {
    fn map_back(&mut self, original: &str, norm: &Normalized) {
        for x in self {
            x.map_back(original, norm);
        }
    }
}

impl MapBack for Span {
    fn map_back(&mut self, _: &str, norm: &Normalized) {
        *self = norm.to_original(self.range());
    }
}

/// Runs a stage on `text` as composed: a text with decomposed accents (NFD,
/// as copied from macOS or a PDF) is read in its [`normalize`]d view, and
/// the result's spans are moved back to `text`.
pub(crate) fn composed<T: MapBack>(text: &str, stage: impl FnOnce(&str) -> T) -> T {
    if !has_combining_marks(text) {
        return stage(text);
    }
    let norm = normalize(text);
    let mut out = stage(norm.as_str());
    out.map_back(text, &norm);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_variants() {
        let n =
            normalize("aujourd’hui\u{A0}; l‘été — «\u{202F}oui\u{202F}» ex\u{AD}emple\r\nfin\rx");
        assert_eq!(n.as_str(), "aujourd'hui ; l'été — « oui » exemple\nfin\nx");
    }

    #[test]
    fn variants_produced_by_nfc_are_mapped() {
        // U+0374 is NFC U+02B9 (an apostrophe variant); U+2000 is NFC U+2002 (a space).
        for (text, want) in [
            ("\u{374}", "'"),
            ("a\u{2000}b", "a b"),
            ("l\u{374}armée", "l'armée"),
        ] {
            let n = normalize(text);
            assert_eq!(n.as_str(), want, "{text:?}");
            assert_eq!(normalize(n.as_str()).as_str(), want);
        }
    }

    #[test]
    fn nfc_and_offsets() {
        let original = "Libe\u{301}re\u{301}e";
        let n = normalize(original);
        assert_eq!(n.as_str(), "Libérée");
        let s = n.to_original(0..n.as_str().len());
        assert_eq!(s, Span::new(0, original.len()));
        let e = n.as_str().find('é').unwrap();
        assert_eq!(n.to_original(e..e + 2).as_str(original), "e\u{301}");
    }

    #[test]
    fn invisible_between_base_and_mark_is_idempotent() {
        let t = "e\u{200B}\u{301}";
        let once = normalize(t);
        let twice = normalize(once.as_str());
        assert_eq!(once.as_str(), twice.as_str());
    }

    #[test]
    fn leading_marks_and_empty() {
        assert_eq!(normalize("").as_str(), "");
        let n = normalize("\u{301}a");
        assert_eq!(n.to_original(0..n.as_str().len()).end, "\u{301}a".len());
        let n = normalize("\u{FEFF}");
        assert_eq!(n.as_str(), "");
        assert_eq!(n.to_original(0..0), Span::new(3, 3));
    }
}
