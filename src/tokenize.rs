//! French tokenisation and sentence splitting over the original text.
//!
//! [`tokenize`] reads the caller's text as it is (no copy, no
//! normalisation pass) and returns tokens whose `start..end` are byte
//! offsets into it. It understands every typographic variant itself
//! (’ and ', U+00A0 / U+202F inside numbers, U+2011 hyphens, soft hyphens
//! inside words), so offsets never need mapping back.
//!
//! [`TokenStream`] adds, for every token, a *folded* form (lowercase, no
//! diacritics; numbers in canonical digits) that the extractors share, so
//! no stage re-scans or re-folds the text.
//!
//! Speed: an ASCII fast path driven by a byte-class table; Unicode look-ups
//! only where a non-ASCII character needs them.

use crate::Span;
use crate::chars::{self, CharClass};
use crate::lexicon::tokens as lex;
use crate::pool;
use crate::prefixes::{self, head_code_in};
use crate::swar;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A word, an elided word with its apostrophe (`l'`), a hyphenated
    /// compound (`Saint-Pétersbourg`), a clitic (`-t-il`), an alphanumeric
    /// code (`F-16`, `COVID-19`).
    Word,
    /// A number in digits, with its French grouping and decimals:
    /// `6 500`, `300.000`, `1'000`, `1,5`, `-3,2`.
    Number,
    /// An ordinal: `1er`, `1re`, `2e`, `2ème`, `1442e`, `IIe`, `XXIe`.
    Ordinal,
    /// A clock time: `14h30`, `8h`, `14:30`.
    Time,
    /// A numeric date: `18/05/2022`, `18.05.2022`, `2023-09`, `2023-09-14`.
    Date,
    /// A telephone number: `01 23 45 67 89`, `+33 1 23 45 67 89`.
    Phone,
    /// Punctuation: `. , ; : ! ? … ( ) [ ]`, dashes, a lone hyphen.
    Punctuation,
    /// A quotation mark: `« » “ ” „ ‹ › "` or a lone apostrophe.
    Quote,
    /// A symbol: `% € $ ° & +`, emoji (a whole grapheme cluster).
    Symbol,
    /// A URL: `https://…`, `www.…`, or a domain followed by a path.
    Url,
    /// A bare domain name: `BFMTV.com`, `Metrotime.be`.
    Domain,
    /// An e-mail address.
    Email,
    /// A hashtag: `#Ukraine`.
    Hashtag,
    /// An @mention: `@Elysee`.
    Mention,
    /// An abbreviation, with its period where it has one: `M.`, `Mme`,
    /// `av.`, `etc.`, `n°`, `J.-C.`.
    Abbreviation,
}

impl TokenKind {
    /// The snake_case name used in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Ordinal => "ordinal",
            TokenKind::Time => "time",
            TokenKind::Date => "date",
            TokenKind::Phone => "phone",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Quote => "quote",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Domain => "domain",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Abbreviation => "abbreviation",
        }
    }
}

/// One token: a byte range of the original text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's span.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The token's text in `text` (the text it was produced from).
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

// ---------------------------------------------------------------------------
// Byte classes for the ASCII fast path.

const SP: u8 = 0; // white space
const AL: u8 = 1; // ASCII letter
const DI: u8 = 2; // ASCII digit
const PU: u8 = 3; // punctuation
const SY: u8 = 4; // symbol
const QU: u8 = 5; // quote: " '
const HY: u8 = 6; // hyphen-minus
const NA: u8 = 7; // non-ASCII lead or continuation byte
const CT: u8 = 8; // control character (skipped)

#[rustfmt::skip]
static BYTE_CLASS: [u8; 256] = {
    let mut t = [NA; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0B || b == 0x0C {
            SP
        } else if b.is_ascii_alphabetic() {
            AL
        } else if b.is_ascii_digit() {
            DI
        } else if b == b'"' || b == b'\'' || b == b'`' {
            QU
        } else if b == b'-' {
            HY
        } else if matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}') {
            PU
        } else if b < 0x20 || b == 0x7F {
            CT
        } else {
            SY
        };
        i += 1;
    }
    t
};

/// ASCII bytes that continue a word: letters, digits, `_`.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
};

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Whether `c` continues a word: letters, digits, combining marks and
/// invisible marks (soft hyphen, zero-width joiners) inside a word.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else if ('\u{C0}'..='\u{24F}').contains(&c) {
        // Latin-1 letters and Latin Extended-A/B: all letters but × and ÷.
        c != '×' && c != '÷'
    } else {
        // The rest of the two-byte chars (Latin-1 punctuation « » ° and
        // no-break space, Greek, Cyrillic …) and general punctuation (’ –
        // and the Unicode spaces), which French text is full of, from a
        // table: the Unicode property look-ups cost a few hundred
        // instructions a char.
        let code = c as usize;
        let table = &*WORD_CHAR_TABLE;
        if code < 0x800 {
            return table.two_bytes[code / 64] >> (code % 64) & 1 != 0;
        }
        if (0x2000..0x2080).contains(&code) {
            let k = code - 0x2000;
            return table.punctuation[k / 64] >> (k % 64) & 1 != 0;
        }
        is_word_char_slow(c)
    }
}

/// [`is_word_char`] for a non-ASCII char, from the Unicode properties.
fn is_word_char_slow(c: char) -> bool {
    // Some apostrophes are modifier letters (ʼ ʻ ꞌ): they join words
    // as apostrophes, not as letters.
    (c.is_alphanumeric() && chars::class(c) != CharClass::Apostrophe)
        || chars::is_combining(c)
        || matches!(c, '\u{AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
}

/// [`is_word_char_slow`] of U+0000 to U+07FF and of U+2000 to U+207F, one
/// bit a char.
struct WordCharTable {
    two_bytes: [u64; 32],
    punctuation: [u64; 2],
}

static WORD_CHAR_TABLE: LazyLock<WordCharTable> = LazyLock::new(|| {
    let mut table = WordCharTable {
        two_bytes: [0; 32],
        punctuation: [0; 2],
    };
    let chars = |range: std::ops::Range<u32>| {
        range
            .filter_map(char::from_u32)
            .filter(|&c| is_word_char_slow(c))
    };
    for c in chars(0..0x800) {
        let code = c as usize;
        table.two_bytes[code / 64] |= 1 << (code % 64);
    }
    for c in chars(0x2000..0x2080) {
        let k = c as usize - 0x2000;
        table.punctuation[k / 64] |= 1 << (k % 64);
    }
    table
});

#[inline]
fn is_skipped(c: char) -> bool {
    chars::is_space(c) || c.is_control() || chars::class(c) == CharClass::Invisible
}

// ---------------------------------------------------------------------------

/// Splits French text into tokens with byte offsets into `text`.
///
/// White space, control characters and invisible format marks are not
/// tokens; every other character lies in exactly one token.
///
/// ```
/// use frnews::{tokenize, TokenKind};
/// let text = "L’armée a-t-elle reçu 6\u{202F}500 appels le 2e jour ?";
/// let toks: Vec<&str> = tokenize(text).iter().map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(toks, ["L’", "armée", "a", "-t-elle", "reçu", "6\u{202F}500", "appels", "le", "2e", "jour", "?"]);
/// assert_eq!(tokenize("1442e")[0].kind, TokenKind::Ordinal);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

/// [`tokenize`] into a caller's vector, which is cleared first: a program
/// that tokenises many documents reuses one allocation.
///
/// On a large document this is more than a saved `malloc`: the token
/// vector is about five times the text's size (24 bytes per token, one
/// token per 5 bytes of French news), and the kernel zeroes every fresh
/// page of it on first touch. On the 10 MB bench corpus that page-fault
/// cost is about a third of [`tokenize`]'s time; a reused vector skips it.
///
/// ```
/// let mut buf = Vec::new();
/// for doc in ["Le 9 mai dernier.", "Plus de 6 500 soldats."] {
///     frnews::tokenize::tokenize_into(doc, &mut buf);
///     assert_eq!(buf, frnews::tokenize(doc));
/// }
/// ```
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    // French news runs about 5.3 bytes per token: one reservation covers
    // almost every text without a reallocation.
    out.reserve(text.len() / 5 + 1);
    Scanner {
        text,
        bytes: text.as_bytes(),
        out,
        joints: Vec::new(),
        buf: String::new(),
    }
    .run();
}

struct Scanner<'a, 't> {
    text: &'t str,
    bytes: &'t [u8],
    out: &'a mut Vec<Token>,
    /// Reused buffers for runs with apostrophes or hyphens.
    joints: Vec<(usize, usize, bool)>,
    buf: String,
}

impl Scanner<'_, '_> {
    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        if end > start {
            self.out.push(Token { start, end, kind });
        }
    }

    /// Whether the last token is a number in digits that ends one space
    /// before `i`.
    fn after_spaced_number(&self, i: usize) -> bool {
        self.out.last().is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.end + 1 == i
                && self.bytes[t.end] == b' '
                && self.bytes[t.end - 1].is_ascii_digit()
        })
    }

    /// Whether a sign at `i` may start a number (not glued after a word or number).
    fn sign_allowed(&self, i: usize) -> bool {
        match self.text.get(..i).and_then(|s| s.chars().next_back()) {
            None => true,
            Some(c) => is_skipped(c) || matches!(c, '(' | '[' | '«' | '"' | ':' | '/' | '≈' | '~'),
        }
    }

    fn run(&mut self) {
        let n = self.bytes.len();
        let mut i = 0;
        while i < n {
            let b = self.bytes[i];
            match BYTE_CLASS[b as usize] {
                SP | CT => i += 1,
                AL => i = self.word(i),
                DI => i = self.number(i, i),
                PU => {
                    if b == b'.' {
                        let mut j = i + 1;
                        while j < n && self.bytes[j] == b'.' {
                            j += 1;
                        }
                        self.push(i, j, TokenKind::Punctuation);
                        i = j;
                    } else {
                        self.push(i, i + 1, TokenKind::Punctuation);
                        i += 1;
                    }
                }
                QU => {
                    self.push(i, i + 1, TokenKind::Quote);
                    i += 1;
                }
                HY => {
                    if self.bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && self.sign_allowed(i)
                    {
                        i = self.number(i, i + 1);
                    } else {
                        self.push(i, i + 1, TokenKind::Punctuation);
                        i += 1;
                    }
                }
                SY => {
                    if b == b'#' || b == b'@' {
                        let j = self.handle(i + 1);
                        if j > i + 1 {
                            let kind = if b == b'#' {
                                TokenKind::Hashtag
                            } else {
                                TokenKind::Mention
                            };
                            self.push(i, j, kind);
                            i = j;
                            continue;
                        }
                    } else if b == b'+'
                        && self.bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                        && self.sign_allowed(i)
                    {
                        if let Some(j) = self.phone(i) {
                            self.push(i, j, TokenKind::Phone);
                            i = j;
                            continue;
                        }
                        i = self.number(i, i + 1);
                        continue;
                    }
                    self.push(i, i + 1, TokenKind::Symbol);
                    i += 1;
                }
                _ => i = self.non_ascii(i),
            }
        }
    }

    /// A hashtag or mention body: word characters.
    fn handle(&self, mut j: usize) -> usize {
        while let Some(c) = char_at(self.text, j) {
            if is_word_char(c) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        j
    }

    fn non_ascii(&mut self, i: usize) -> usize {
        let Some(c) = char_at(self.text, i) else {
            return i + 1;
        };
        let len = c.len_utf8();
        if is_skipped(c) {
            return i + len;
        }
        if is_word_char(c) {
            return self.word(i);
        }
        match chars::class(c) {
            CharClass::Apostrophe
            | CharClass::QuoteOpen
            | CharClass::QuoteClose
            | CharClass::QuoteAmbiguous => {
                self.push(i, i + len, TokenKind::Quote);
                i + len
            }
            CharClass::Hyphen | CharClass::Dash => {
                self.push(i, i + len, TokenKind::Punctuation);
                i + len
            }
            _ => {
                if c == '−'
                    && self.bytes.get(i + len).is_some_and(u8::is_ascii_digit)
                    && self.sign_allowed(i)
                {
                    return self.number(i, i + len);
                }
                if matches!(c, '…' | '¿' | '¡' | '‹' | '›' | '⁇' | '⁈' | '⁉' | '‼')
                {
                    self.push(i, i + len, TokenKind::Punctuation);
                    return i + len;
                }
                // A symbol or emoji: the whole grapheme cluster.
                let g = self.text[i..].graphemes(true).next().map_or(len, str::len);
                self.push(i, i + g, TokenKind::Symbol);
                i + g
            }
        }
    }

    // -----------------------------------------------------------------------
    // Words

    fn word(&mut self, start: usize) -> usize {
        let b0 = self.bytes[start];
        // URLs and dotted abbreviations are recognised at the word start.
        if matches!(b0, b'h' | b'H' | b'w' | b'W')
            && let Some(end) = self.url(start)
        {
            self.push(start, end, TokenKind::Url);
            return end;
        }
        // The run: word characters joined by apostrophes and hyphens.
        // `joints` records (position, byte length, is_apostrophe).
        let j = self.segment_end(start);
        // Fast exit: a plain word followed by white space or ordinary punctuation.
        let next = self.bytes.get(j).copied().unwrap_or(b' ');
        if next < 0x80 && !matches!(next, b'\'' | b'-' | b'.' | b'@' | b'_' | b'+' | b'`') {
            return self.single_word(start, j);
        }
        // Dotted abbreviations ("J.-C.", "c.-à-d.", "p. ex.") start with a
        // short segment followed by a period or hyphen.
        if j - start <= 4 && matches!(next, b'.' | b'-') && self.bytes[start].is_ascii_alphabetic()
        {
            for abbr in lex::DOTTED_ABBREVIATIONS {
                if self.bytes[start..].starts_with(abbr.as_bytes())
                    && self
                        .text
                        .get(start + abbr.len()..)
                        .and_then(|s| s.chars().next())
                        .is_none_or(|c| !is_word_char(c))
                {
                    let end = start + abbr.len();
                    self.push(start, end, TokenKind::Abbreviation);
                    return end;
                }
            }
        }
        // "14 h-15 h", "45 min-1 h": the unit of a clock or length after a
        // spaced number, then a dash and the second; no compound.
        if next == b'-'
            && matches!(&self.bytes[start..j], b"h" | b"min" | b"mn")
            && self.after_spaced_number(start)
        {
            self.push(start, j, TokenKind::Word);
            return j;
        }
        let mut joints = std::mem::take(&mut self.joints);
        joints.clear();
        let end = self.word_run(start, j, &mut joints);
        self.joints = joints;
        end
    }

    /// The rest of [`Scanner::word`]: a run with apostrophes, hyphens, or a
    /// possible domain / e-mail after it. `j` is the end of the first segment.
    fn word_run(
        &mut self,
        start: usize,
        mut j: usize,
        joints: &mut Vec<(usize, usize, bool)>,
    ) -> usize {
        while let Some(c) = char_at(self.text, j) {
            let cl = chars::class(c);
            let is_apo = cl == CharClass::Apostrophe && c != '`' && c != '´';
            if !(is_apo || cl == CharClass::Hyphen) {
                break;
            }
            let after = j + c.len_utf8();
            match char_at(self.text, after) {
                Some(d) if is_word_char(d) => {
                    joints.push((j, c.len_utf8(), is_apo));
                    j = self.segment_end(after);
                }
                _ => {
                    // "l' armée": an elision keeps its apostrophe even before a space.
                    if is_apo {
                        let seg_start = joints.last().map_or(start, |&(p, l, _)| p + l);
                        if lex::is_elision_prefix(&chars::fold(&self.text[seg_start..j])) {
                            joints.push((j, c.len_utf8(), true));
                            j = after;
                        }
                    }
                    break;
                }
            }
        }
        let end = j;

        // E-mail, domain, URL with path: only for ASCII runs ending at . @ _ +
        if let Some(&nb) = self.bytes.get(end)
            && matches!(nb, b'.' | b'@' | b'_' | b'+')
        {
            if let Some(e) = self.email(start) {
                self.push(start, e, TokenKind::Email);
                return e;
            }
            if nb == b'.'
                && let Some((e, kind)) = self.domain(start)
            {
                self.push(start, e, kind);
                return e;
            }
        }

        if joints.is_empty() {
            return self.single_word(start, end);
        }
        self.split_run(start, end, joints);
        end
    }

    /// End of a run of word characters starting at `i`. ASCII word bytes
    /// are taken eight at a time ([`swar::ascii_word_mask`]): one branch
    /// per eight bytes, where a byte loop's exit, at an irregular word
    /// length, was the tokeniser's most mispredicted branch.
    #[inline]
    fn segment_end(&self, mut i: usize) -> usize {
        let b = self.bytes;
        loop {
            loop {
                if let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
                    let m = swar::ascii_word_mask(u64::from_le_bytes(*chunk));
                    let k = swar::run_length(m);
                    i += k;
                    if k == 8 {
                        continue;
                    }
                } else {
                    while b.get(i).is_some_and(|&x| WORD_BYTE[x as usize]) {
                        i += 1;
                    }
                }
                break;
            }
            match b.get(i) {
                Some(&x) if x >= 0x80 => match char_at(self.text, i) {
                    Some(c) if is_word_char(c) => i += c.len_utf8(),
                    _ => return i,
                },
                _ => return i,
            }
        }
    }

    /// A word with no apostrophe or hyphen inside: abbreviation, Roman
    /// ordinal, `n°`, or a plain word.
    fn single_word(&mut self, start: usize, end: usize) -> usize {
        let w = &self.text[start..end];
        // Abbreviation with its period.
        if self.bytes.get(end) == Some(&b'.') && self.abbreviation_with_period(w, end) {
            self.push(start, end + 1, TokenKind::Abbreviation);
            return end + 1;
        }
        // n°, N°, nº
        if (w == "n" || w == "N")
            && let Some(c) = char_at(self.text, end)
            && (c == '°' || c == 'º')
        {
            let e = end + c.len_utf8();
            self.push(start, e, TokenKind::Abbreviation);
            return e;
        }
        let first = self.bytes[start];
        let kind =
            if first.is_ascii_uppercase() && w.len() <= 4 && lex::ABBREVIATIONS_BARE.contains(&w) {
                TokenKind::Abbreviation
            } else if matches!(first, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
                && is_roman_ordinal(w)
            {
                TokenKind::Ordinal
            } else {
                TokenKind::Word
            };
        self.push(start, end, kind);
        end
    }

    fn abbreviation_with_period(&self, w: &str, end: usize) -> bool {
        if !lex::is_abbreviation_with_period(w) {
            // A single capital letter is an initial ("J. Dupont"), unless it
            // ends a sentence followed by nothing.
            let mut cs = w.chars();
            let single_upper =
                matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
            return single_upper
                && self
                    .bytes
                    .get(end + 1)
                    .is_some_and(|&b| b == b' ' || b == b'-');
        }
        if lex::AMBIGUOUS_ABBREVIATIONS.contains(&w) {
            // "sept. 2022", "p. 12", "art. 5", "2 min." — but "Ils étaient sept." ends a sentence.
            let after = &self.bytes[end + 1..];
            let next_digit = after
                .iter()
                .find(|&&b| b != b' ')
                .is_some_and(u8::is_ascii_digit);
            let prev_digit = self.text[..end - w.len()]
                .trim_end_matches([' ', '\u{A0}', '\u{202F}'])
                .ends_with(|c: char| c.is_ascii_digit());
            return next_digit || (prev_digit && matches!(w, "min" | "max" | "sec" | "km"));
        }
        true
    }

    /// Splits a run with apostrophes / hyphens into elisions, the head and
    /// clitic pronouns, keeping lexicalised compounds whole.
    fn split_run(&mut self, start: usize, end: usize, joints: &[(usize, usize, bool)]) {
        let mut buf = std::mem::take(&mut self.buf);
        self.split_run_with(start, end, joints, &mut buf);
        self.buf = buf;
    }

    fn split_run_with(
        &mut self,
        start: usize,
        end: usize,
        joints: &[(usize, usize, bool)],
        buf: &mut String,
    ) {
        // Segment k spans seg_start(k)..seg_end(k).
        let seg_start = |k: usize| {
            if k == 0 {
                start
            } else {
                joints[k - 1].0 + joints[k - 1].1
            }
        };
        let seg_end = |k: usize| if k == joints.len() { end } else { joints[k].0 };
        let nseg = joints.len() + 1;

        let mut first = 0; // first segment not yet emitted
        // Elisions from the left.
        while first < nseg - 1 {
            buf.clear();
            chars::fold_into(&self.text[seg_start(first)..end], buf);
            if lex::is_lexicalised(buf) {
                break;
            }
            let (jpos, jlen, is_apo) = joints[first];
            buf.clear();
            chars::fold_into(&self.text[seg_start(first)..seg_end(first)], buf);
            if is_apo && lex::is_elision_prefix(buf) {
                self.push(seg_start(first), jpos + jlen, TokenKind::Word);
                first += 1;
            } else {
                break;
            }
        }
        if first == nseg - 1 && joints.len() == first && seg_start(first) >= end {
            return; // the run was only elisions ("l' " before a space)
        }
        let head_start = seg_start(first);
        buf.clear();
        chars::fold_into(&self.text[head_start..end], buf);
        if lex::is_lexicalised(buf) {
            self.push(head_start, end, TokenKind::Word);
            return;
        }
        // Clitics from the right: the longest tail of hyphen-joined clitics.
        let mut k = nseg; // clitic tail is segments k..nseg
        let mut s = nseg;
        while s > first + 1 {
            let (_, _, is_apo) = joints[s - 2];
            if is_apo {
                break;
            }
            buf.clear();
            chars::fold_into(&self.text[seg_start(s - 1)..seg_end(s - 1)], buf);
            let ok = if buf == "t" {
                // Euphonic -t- only before il/elle/on (already in the tail).
                k == s && s < nseg && {
                    let nxt = &self.text[seg_start(s)..seg_end(s)];
                    ["il", "elle", "on", "ils", "elles"]
                        .iter()
                        .any(|p| nxt.eq_ignore_ascii_case(p))
                }
            } else {
                lex::is_clitic(buf) && k == s
            };
            if !ok {
                break;
            }
            k = s - 1;
            s -= 1;
        }
        if k <= first || k >= nseg {
            // No clitic tail.
            let kind = if is_roman_ordinal(&self.text[head_start..end]) {
                TokenKind::Ordinal
            } else {
                TokenKind::Word
            };
            self.push(head_start, end, kind);
            return;
        }
        // The head: segments first..k (joined), then each clitic with its hyphen.
        let head_end = seg_end(k - 1);
        self.push(head_start, head_end, TokenKind::Word);
        let mut seg = k;
        while seg < nseg {
            let (jpos, _, _) = joints[seg - 1];
            buf.clear();
            chars::fold_into(&self.text[seg_start(seg)..seg_end(seg)], buf);
            if buf == "t" && seg + 1 < nseg {
                // "-t-il" is one token.
                self.push(jpos, seg_end(seg + 1), TokenKind::Word);
                seg += 2;
            } else {
                self.push(jpos, seg_end(seg), TokenKind::Word);
                seg += 1;
            }
        }
    }

    // -----------------------------------------------------------------------
    // URLs, e-mails, domains

    fn url(&self, start: usize) -> Option<usize> {
        let rest = &self.bytes[start..];
        let lower_starts =
            |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        let body = if lower_starts(b"https://") {
            8
        } else if lower_starts(b"http://") {
            7
        } else if lower_starts(b"www.") && rest.get(4).is_some_and(u8::is_ascii_alphanumeric) {
            4
        } else {
            return None;
        };
        Some(self.url_tail(start + body))
    }

    /// From `i`, the rest of a URL: up to white space or a closing
    /// quote/bracket, without trailing punctuation.
    fn url_tail(&self, mut i: usize) -> usize {
        while let Some(c) = char_at(self.text, i) {
            if is_skipped(c)
                || matches!(
                    chars::class(c),
                    CharClass::QuoteClose | CharClass::QuoteOpen | CharClass::QuoteAmbiguous
                )
                || matches!(c, '<' | '>' | '’')
            {
                break;
            }
            i += c.len_utf8();
        }
        while i > 0
            && matches!(
                self.bytes[i - 1],
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'\''
            )
        {
            i -= 1;
        }
        i
    }

    fn email(&self, start: usize) -> Option<usize> {
        let b = self.bytes;
        let mut i = start;
        while i < b.len()
            && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            i += 1;
        }
        if i >= b.len() || b[i] != b'@' || i == start {
            return None;
        }
        let dom_start = i + 1;
        let e = self.domain_labels(dom_start)?;
        Some(e)
    }

    /// Labels `[A-Za-z0-9-]+` joined by dots, at least two, the last a
    /// known top-level domain (for bare domains) or any 2+ letters (after @).
    fn domain_labels(&self, start: usize) -> Option<usize> {
        let b = self.bytes;
        let mut i = start;
        let mut labels = 0;
        let mut last_start;
        loop {
            let ls = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                i += 1;
            }
            if i == ls {
                return None;
            }
            labels += 1;
            last_start = ls;
            if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        }
        let last = &b[last_start..i];
        if labels >= 2 && last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic) {
            // Not followed by a non-ASCII word character ("fr.Libérée").
            if char_at(self.text, i).is_some_and(is_word_char) {
                return None;
            }
            Some(i)
        } else {
            None
        }
    }

    fn domain(&self, start: usize) -> Option<(usize, TokenKind)> {
        let e = self.domain_labels(start)?;
        let last_dot = self.bytes[start..e].iter().rposition(|&b| b == b'.')? + start;
        let tld = self.text[last_dot + 1..e].to_ascii_lowercase();
        if !lex::TOP_LEVEL_DOMAINS.contains(&tld.as_str()) {
            return None;
        }
        if self.bytes.get(e) == Some(&b'/') && self.bytes.get(e + 1).is_some_and(|&b| b > b' ') {
            return Some((self.url_tail(e), TokenKind::Url));
        }
        Some((e, TokenKind::Domain))
    }

    // -----------------------------------------------------------------------
    // Numbers

    /// Scans a number-like token. `start` is where the token starts (a sign
    /// or the first digit), `i` the first digit.
    fn number(&mut self, start: usize, i: usize) -> usize {
        let b = self.bytes;

        if start == i
            && let Some(e) = self.phone(i)
        {
            self.push(start, e, TokenKind::Phone);
            return e;
        }
        let d1_end = digits_end(b, i);
        let d1 = d1_end - i;
        let at = |k: usize| b.get(k).copied().unwrap_or(0);
        if start == i {
            // Dates: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm(-dd).
            if (1..=2).contains(&d1) && matches!(at(d1_end), b'/' | b'.') {
                let sep = at(d1_end);
                let m_end = digits_end(b, d1_end + 1);
                let m = m_end - d1_end - 1;
                if (1..=2).contains(&m) && at(m_end) == sep {
                    let y_end = digits_end(b, m_end + 1);
                    let y = y_end - m_end - 1;
                    // A two-digit year with dots ("15.12.16") only when day
                    // and month are plausible and no further ".digit" follows:
                    // "1.12.16.4" is a version or an address, not a date.
                    let dotted_short_year = y == 2
                        && sep == b'.'
                        && (1..=31).contains(&number_value(&b[i..d1_end]))
                        && (1..=12).contains(&number_value(&b[d1_end + 1..m_end]))
                        && !(at(y_end) == b'.' && at(y_end + 1).is_ascii_digit())
                        && !(start > 0 && matches!(at(start - 1), b'.' | b'0'..=b'9'));
                    if (y == 4 || (y == 2 && sep == b'/') || dotted_short_year)
                        && !at(y_end).is_ascii_alphanumeric()
                    {
                        self.push(start, y_end, TokenKind::Date);
                        return y_end;
                    }
                }
            }
            if d1 == 4 && at(d1_end) == b'-' {
                let m_end = digits_end(b, d1_end + 1);
                if m_end - d1_end - 1 == 2
                    && two_digit_value(b, d1_end + 1).is_some_and(|m| (1..=12).contains(&m))
                {
                    let mut e = m_end;
                    if at(m_end) == b'-' {
                        let d_end = digits_end(b, m_end + 1);
                        if d_end - m_end - 1 == 2 {
                            e = d_end;
                        }
                    }
                    if !at(e).is_ascii_alphanumeric() && at(e) != b'-' {
                        self.push(start, e, TokenKind::Date);
                        return e;
                    }
                }
            }
            // Times: 14h30, 8h, 14:30.
            if (1..=2).contains(&d1) && number_value(&b[i..d1_end]) <= 24 {
                if matches!(at(d1_end), b'h' | b'H') {
                    let m_end = digits_end(b, d1_end + 1);
                    let m = m_end - d1_end - 1;
                    let ok_minutes = m == 0
                        || (m == 2 && two_digit_value(b, d1_end + 1).is_some_and(|v| v < 60));
                    if ok_minutes && char_at(self.text, m_end).is_none_or(|c| !is_word_char(c)) {
                        self.push(start, m_end, TokenKind::Time);
                        return m_end;
                    }
                }
                if at(d1_end) == b':' {
                    let m_end = digits_end(b, d1_end + 1);
                    if m_end - d1_end - 1 == 2
                        && two_digit_value(b, d1_end + 1).is_some_and(|v| v < 60)
                    {
                        let mut e = m_end;
                        if at(e) == b':' && digits_end(b, e + 1) == e + 3 {
                            e += 3;
                        }
                        if !at(e).is_ascii_digit() {
                            self.push(start, e, TokenKind::Time);
                            return e;
                        }
                    }
                }
            }
        }
        // Grouped thousands: 6 500, 300.000, 1'000'000 (one separator kind).
        let mut e = d1_end;
        let mut grouped_with_dot = false;
        if d1 <= 3
            && let Some((sep, sep_len)) = self.group_sep(d1_end)
        {
            let mut k = d1_end;
            let mut groups = 0;
            while let Some((s2, l2)) = self.group_sep(k) {
                if s2 != sep {
                    break;
                }
                let g_end = digits_end(b, k + l2);
                if g_end - (k + l2) != 3 {
                    break;
                }
                groups += 1;
                k = g_end;
            }
            let _ = sep_len;
            if groups > 0 {
                e = k;
                grouped_with_dot = sep == '.';
            }
        }
        // Decimals: 1,5 / 3.5 (a dot not followed by exactly three digits).
        if matches!(at(e), b',' | b'.') && at(e + 1).is_ascii_digit() {
            let f_end = digits_end(b, e + 1);
            let dot = at(e) == b'.';
            let decimal = !dot || (!grouped_with_dot && (f_end - e - 1 != 3 || d1 > 3));
            if decimal && !(dot && at(f_end) == b'.' && at(f_end + 1).is_ascii_digit()) {
                e = f_end;
            }
        }
        // Ordinal suffix: 1er 1re 2e 2ème 2nd 1ᵉʳ (only right after plain digits).
        if e == d1_end && start == i {
            let rest = &self.text[e..];
            for suf in ORDINAL_SUFFIXES {
                if rest.len() >= suf.len()
                    && rest.is_char_boundary(suf.len())
                    && rest[..suf.len()].eq_ignore_ascii_case(suf)
                    && rest[suf.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !is_word_char(c))
                {
                    let end = e + suf.len();
                    self.push(start, end, TokenKind::Ordinal);
                    return end;
                }
            }
        }
        self.push(start, e, TokenKind::Number);
        e
    }

    /// A thousands separator at `k` followed by a digit.
    fn group_sep(&self, k: usize) -> Option<(char, usize)> {
        let c = char_at(self.text, k)?;
        let ok = chars::is_digit_group_space(c) || matches!(c, '.' | '\'' | '’');
        let l = c.len_utf8();
        if ok && self.bytes.get(k + l).is_some_and(u8::is_ascii_digit) {
            let c = if chars::is_digit_group_space(c) {
                ' '
            } else if c == '’' {
                '\''
            } else {
                c
            };
            Some((c, l))
        } else {
            None
        }
    }

    /// French telephone numbers: 0X XX XX XX XX (separators space, dot,
    /// hyphen or none, consistent) and +CC X XX XX XX XX.
    fn phone(&self, i: usize) -> Option<usize> {
        let b = self.bytes;
        let at = |k: usize| b.get(k).copied().unwrap_or(0);
        let mut k = i;
        if at(k) == b'+' {
            let cc_end = digits_end(b, k + 1);
            if !(2..=3).contains(&(cc_end - k - 1)) {
                return None;
            }
            let sep = at(cc_end);
            if !matches!(sep, b' ' | b'.' | b'-') {
                return None;
            }
            k = cc_end + 1;
            // One digit, then four pairs.
            if !at(k).is_ascii_digit() || at(k + 1).is_ascii_digit() {
                return None;
            }
            k += 1;
            for _ in 0..4 {
                if at(k) != sep || !at(k + 1).is_ascii_digit() || !at(k + 2).is_ascii_digit() {
                    return None;
                }
                k += 3;
            }
            return (!at(k).is_ascii_digit()).then_some(k);
        }
        if at(k) != b'0' {
            return None;
        }
        if at(k + 1).is_ascii_digit() {
            let mut k = k + 2;
            let sep = at(k);
            let pairs = matches!(sep, b' ' | b'.' | b'-')
                && (0..4).all(|_| {
                    let ok =
                        at(k) == sep && at(k + 1).is_ascii_digit() && at(k + 2).is_ascii_digit();
                    k += 3;
                    ok
                });
            if pairs && !at(k).is_ascii_alphanumeric() {
                return Some(k);
            }
        }
        self.service_number(i)
    }

    /// A French number of a service written in groups other than pairs:
    /// ten digits from a "0", in three to five groups of one to four digits
    /// joined by one separator ("0 800 130 000", "0805 200 100").
    fn service_number(&self, i: usize) -> Option<usize> {
        let b = self.bytes;
        let at = |k: usize| b.get(k).copied().unwrap_or(0);
        let mut k = i;
        let mut sep = None;
        let (mut total, mut groups) = (0, 0);
        loop {
            let end = digits_end(b, k);
            let len = end - k;
            if !(1..=4).contains(&len) || total + len > 10 {
                return None;
            }
            total += len;
            groups += 1;
            k = end;
            if total == 10 {
                break;
            }
            let s = at(k);
            if !matches!(s, b' ' | b'.')
                || sep.is_some_and(|x| x != s)
                || !at(k + 1).is_ascii_digit()
            {
                return None;
            }
            sep = Some(s);
            k += 1;
        }
        // Not the start of a longer run of groups ("0 800 100 200 300").
        let more = sep.is_some_and(|x| at(k) == x && at(k + 1).is_ascii_digit());
        ((3..=5).contains(&groups) && !at(k).is_ascii_alphanumeric() && !more).then_some(k)
    }
}

/// Ordinal suffixes after digits, longest first (matched ASCII-case-insensitively).
const ORDINAL_SUFFIXES: &[&str] = &[
    "ièmes", "iemes", "èmes", "emes", "ième", "ieme", "ème", "eme", "ères", "eres", "ère", "ere",
    "ers", "res", "nde", "nds", "ndes", "er", "re", "nd", "es", "e", "è", "ᵉʳ", "ʳᵉ", "ᵉ", "ᵉˢ",
];

#[inline]
fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

fn two_digit_value(b: &[u8], i: usize) -> Option<u32> {
    let x = *b.get(i)?;
    let y = *b.get(i + 1)?;
    (x.is_ascii_digit() && y.is_ascii_digit())
        .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
}

fn number_value(d: &[u8]) -> u32 {
    d.iter()
        .take(9)
        .fold(0u32, |acc, &x| acc * 10 + u32::from(x - b'0'))
}

/// "IIe", "XXIe", "XIXème", "Ier", "Ire": a valid Roman numeral in capitals
/// followed by an ordinal suffix.
fn is_roman_ordinal(w: &str) -> bool {
    let split = w.find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    let Some(split) = split else { return false };
    if split == 0 {
        return false;
    }
    let (roman, suffix) = w.split_at(split);
    // A lone L, C, D or M before "e"/"es" is an ordinary word ("Le", "Ce",
    // "De", "Les", "Mes"); Ier, Ve, Xe are ordinals.
    if split == 1 && !matches!(roman, "I" | "V" | "X") {
        return false;
    }
    let ok_suffix = matches!(
        suffix,
        "e" | "er" | "re" | "ère" | "ème" | "eme" | "es" | "ᵉ" | "ᵉʳ"
    );
    ok_suffix && crate::lexicon::numbers::roman_value(roman).is_some()
}

// ---------------------------------------------------------------------------
// Folding and the shared stream

/// Tokens with their folded forms: the stream every extractor shares.
///
/// The folded form of a word is lowercase without diacritics (`Libérée` →
/// `liberee`, `L’` → `l'`); of a [`TokenKind::Number`], its canonical value
/// in ASCII digits with a `.` decimal point (`6 500` → `6500`, `1,5` →
/// `1.5`, `300.000` → `300000`); of an ordinal, lowercase digits and suffix.
/// All folded forms live in one buffer: no allocation per token.
///
/// ```
/// let s = frnews::TokenStream::new("Plus de 6\u{A0}500 soldats, l’armée.");
/// assert_eq!(s.folded(2), "6500");
/// assert_eq!(s.folded(5), "l'");
/// assert_eq!(s.surface(6), "armée");
/// assert_eq!(s.folded(6), "armee");
/// ```
#[derive(Clone, Debug)]
pub struct TokenStream<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// Folded forms that differ from the surface, back to back.
    folded: String,
    /// Per token: where its folded form lies. The surface's own range in
    /// the text when the surface is its own folded form (lowercase ASCII,
    /// plain digits: most tokens, which are not copied); otherwise its range
    /// in `folded`, with [`IN_FOLDED`] set on the start. One load and one
    /// branch per [`TokenStream::folded`] call, which every extractor makes
    /// for most tokens.
    folds: Vec<(usize, usize)>,
    /// Per token: the [`head_code`] of its folded form, which the
    /// extractors' gates test (one load, no branch on the token's length
    /// or on where its folded form lies).
    heads: Vec<u16>,
}

/// Tag bit of a range start in [`TokenStream::folds`]: the range is in
/// `folded`, not in the text. Free because no allocation, hence no byte
/// offset, exceeds `isize::MAX`.
const IN_FOLDED: usize = 1 << (usize::BITS - 1);

/// Whether a token's surface is already its folded form.
#[inline]
fn folds_to_itself(s: &[u8], kind: TokenKind) -> bool {
    match kind {
        TokenKind::Number => s.iter().all(|b| b.is_ascii_digit()),
        _ => swar::all_ascii_lowercase(s),
    }
}

/// When token `start..end` of `bytes` is its own folded form
/// ([`folds_to_itself`]): its head code. A token that is no number, has at
/// most eight bytes and eight bytes of text from its start (most words) is
/// read once, as a little-endian word with the bytes past it zeroed, for
/// both answers.
#[inline]
fn self_fold_head(bytes: &[u8], start: usize, end: usize, kind: TokenKind) -> Option<u16> {
    let len = end.wrapping_sub(start);
    let short = (kind != TokenKind::Number && len <= 8)
        .then(|| bytes.get(start..)?.first_chunk::<8>().copied())
        .flatten()
        // Keep the token's `len` bytes (little-endian: the low ones).
        .map(|w| u64::from_le_bytes(w) & u64::MAX.checked_shr(64 - 8 * len as u32).unwrap_or(0));
    match short {
        Some(w) => swar::ascii_lowercase_only(w).then(|| prefixes::head_code_of_word(w, len)),
        None => folds_to_itself(bytes.get(start..end).unwrap_or_default(), kind)
            .then(|| head_code_in(bytes, start, end)),
    }
}

/// Gives the stream's buffers back to this thread's pool.
impl Drop for TokenStream<'_> {
    fn drop(&mut self) {
        pool::give_stream(pool::StreamBuffers {
            tokens: std::mem::take(&mut self.tokens),
            folded: std::mem::take(&mut self.folded),
            folds: std::mem::take(&mut self.folds),
            heads: std::mem::take(&mut self.heads),
        });
    }
}

impl<'t> TokenStream<'t> {
    /// Tokenises and folds `text`.
    ///
    /// The stream's buffers come from the last stream this thread dropped,
    /// when it kept them (see the `pool` module): repeated streams over
    /// texts of one size then allocate nothing.
    pub fn new(text: &'t str) -> TokenStream<'t> {
        let pool::StreamBuffers {
            mut tokens,
            folded,
            mut folds,
            mut heads,
        } = pool::take_stream();
        tokenize_into(text, &mut tokens);
        // The folded forms are written as bytes, at `len` (whole chars only:
        // the buffer is checked once, below, instead of once per push;
        // past `len`, room written over by the next fold).
        let mut folded = folded.into_bytes();
        folded.clear();
        folded.resize(text.len() / 4 + 64, 0);
        let mut len = 0;
        folds.reserve(tokens.len());
        heads.reserve(tokens.len());
        let bytes = text.as_bytes();
        // Numbers' and ordinals' folded forms, and slow chars'.
        let mut scratch = String::new();
        for t in &tokens {
            // Most tokens are their own folded form, pointed at in the text.
            if let Some(head) = self_fold_head(bytes, t.start, t.end, t.kind) {
                folds.push((t.start, t.end));
                heads.push(head);
                continue;
            }
            let at = len;
            match t.kind {
                TokenKind::Number | TokenKind::Ordinal => {
                    let s = t.as_str(text);
                    scratch.clear();
                    if t.kind == TokenKind::Number {
                        fold_number(s, &mut scratch);
                    } else {
                        for c in s.chars() {
                            match c {
                                'ᵉ' => scratch.push('e'),
                                'ʳ' => scratch.push('r'),
                                'ˢ' => scratch.push('s'),
                                _ => chars::fold_char_into(c, &mut scratch),
                            }
                        }
                    }
                    let need = len + scratch.len();
                    chars::grow_to(&mut folded, need);
                    folded[len..need].copy_from_slice(scratch.as_bytes());
                    len = need;
                }
                _ => {
                    len = chars::fold_token_into(
                        bytes,
                        t.start,
                        t.end,
                        &mut folded,
                        at,
                        &mut scratch,
                    );
                }
            }
            folds.push((at | IN_FOLDED, len));
            heads.push(head_code_in(&folded[..len], at, len));
        }
        folded.truncate(len);
        // Every fold above writes whole chars.
        let folded = String::from_utf8(folded).expect("folded forms are whole chars");
        TokenStream {
            text,
            tokens,
            folded,
            folds,
            heads,
        }
    }

    /// The [`head_code`] of token `i`'s folded form (that of `""` past the
    /// end).
    #[inline]
    pub(crate) fn head(&self, i: usize) -> u16 {
        self.heads.get(i).copied().unwrap_or(0)
    }

    /// Every token's [`TokenStream::head`], in order.
    #[inline]
    pub(crate) fn heads(&self) -> &[u16] {
        &self.heads
    }

    /// The text the stream was made from.
    #[inline]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// All tokens, in order.
    #[inline]
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there is no token.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Token `i`, if any.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// The kind of token `i`, if any.
    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a word or an abbreviation (what the extractors
    /// match vocabulary against).
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            Some(TokenKind::Word | TokenKind::Abbreviation)
        )
    }

    /// The original text of token `i` (`""` past the end).
    #[inline]
    pub fn surface(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.as_str(self.text))
    }

    /// The folded form of token `i` (`""` past the end).
    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        self.folds
            .get(i)
            .map_or("", |&range| self.folded_range(range))
    }

    /// The folded form at `range`, an entry of [`TokenStream::folds`].
    #[inline]
    fn folded_range(&self, (s, e): (usize, usize)) -> &str {
        // The buffer chosen as a value, not by a branch: whether a token
        // is its own folded form (lowercase, no accent) is too irregular
        // for the branch predictor, and extractors ask for most tokens.
        let in_folded = s & IN_FOLDED != 0;
        let base = std::hint::select_unpredictable(in_folded, self.folded.as_str(), self.text);
        base.get(s & !IN_FOLDED..e).unwrap_or("")
    }

    /// Every token's [`TokenStream::folded`] form, in order (one pass,
    /// without a bounds check per token).
    #[inline]
    pub(crate) fn folded_forms(&self) -> impl Iterator<Item = &str> + '_ {
        self.folds.iter().map(|&range| self.folded_range(range))
    }

    /// The text between token `i - 1` and token `i` (white space, invisible
    /// marks); for `i == 0`, the text before the first token.
    #[inline]
    pub fn gap_before(&self, i: usize) -> &'t str {
        let Some(t) = self.tokens.get(i) else {
            return "";
        };
        let s = if i == 0 { 0 } else { self.tokens[i - 1].end };
        self.text.get(s..t.start).unwrap_or("")
    }

    /// Whether a line break separates token `i` from the previous one.
    #[inline]
    pub fn line_break_before(&self, i: usize) -> bool {
        has_line_break(self.gap_before(i).as_bytes())
    }

    /// Whether token `i` is glued to the previous one (no gap).
    #[inline]
    pub fn glued_before(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i - 1].end == self.tokens[i].start
    }

    /// The span from the start of token `a` to the end of token `b` (inclusive).
    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => Span::new(x.start, y.end.max(x.start)),
            _ => Span::new(0, 0),
        }
    }

    /// Sentence spans over this stream (see [`sentences`]).
    pub fn sentences(&self) -> Vec<Span> {
        split_sentences(self.text, &self.tokens)
    }
}

/// Canonical digits of a number token: grouping removed, `.` as decimal point.
fn fold_number(s: &str, out: &mut String) {
    // A dot is a group separator when every dot-separated group after the
    // first has exactly three digits (the tokeniser decided this already);
    // it is a decimal point otherwise.
    let dots = s.bytes().filter(|&b| b == b'.').count();
    // With a decimal comma, dots can only group thousands ("6.700,54").
    let dot_is_group = dots > 1
        || (dots == 1
            && (s.contains(',') || {
                let after = s.rsplit('.').next().unwrap_or("");
                after.len() == 3
                    && s.split('.')
                        .next()
                        .is_some_and(|x| x.trim_start_matches(['-', '+']).len() <= 3)
            }));
    for c in s.chars() {
        match c {
            '0'..='9' => out.push(c),
            '-' | '−' => out.push('-'),
            ',' => out.push('.'),
            '.' if !dot_is_group => out.push('.'),
            _ => {}
        }
    }
}

/// Splits French text into sentences: byte spans into `text`, in order.
///
/// A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes and
/// brackets that follow) when the next token does not continue it (a
/// lowercase word or a comma does), and at every line break (a headline or
/// "Publicité" on its own line is a sentence). Never after an abbreviation
/// such as "M." or inside a number or domain, which are single tokens.
/// Decomposed accents (NFD) change nothing: a combining mark stays in its
/// word.
///
/// ```
/// let text = "« Qu'ils m'enferment. J'aimerais rentrer », a-t-il dit. M. Dupont\nPublicité";
/// let s: Vec<&str> = frnews::sentences(text).iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(s, ["« Qu'ils m'enferment.", "J'aimerais rentrer », a-t-il dit.", "M. Dupont", "Publicité"]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    split_sentences(text, &tokenize(text))
}

/// Whether a gap between tokens holds a line break
/// ([`CharClass::LineBreak`]): `\n`, `\r`, vertical tab, form feed, or one
/// of the Unicode line separators U+2028, U+2029, U+0085.
#[inline]
pub(crate) fn has_line_break(gap: &[u8]) -> bool {
    // Most gaps are empty or one ASCII space: decided before any loop.
    // Otherwise one byte pass; the non-ASCII separators are looked for
    // only when a non-ASCII byte is there (U+2028 and U+2029 are E2 80 A8
    // and E2 80 A9 in UTF-8, U+0085 is C2 85; no other char holds these
    // byte sequences, UTF-8 being self-synchronising).
    if matches!(gap, [] | [b' ']) {
        return false;
    }
    let mut non_ascii = false;
    for &c in gap {
        if matches!(c, b'\n' | b'\r' | 0x0B | 0x0C) {
            return true;
        }
        non_ascii |= c >= 0x80;
    }
    non_ascii
        && gap.windows(2).enumerate().any(|(k, w)| {
            w == [0xC2, 0x85] || (w == [0xE2, 0x80] && matches!(gap.get(k + 2), Some(0xA8 | 0xA9)))
        })
}

fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None; // index of the first token of the current sentence
    let n = tokens.len();
    let mut i = 0;
    let bytes = text.as_bytes();
    let line_break_between = |a: usize, b: usize| -> bool {
        bytes
            .get(tokens[a].end..tokens[b].start)
            .is_some_and(has_line_break)
    };
    while i < n {
        if start.is_none() {
            start = Some(i);
        }
        let t = tokens[i];
        // Most tokens: not a possible sentence end (only punctuation and
        // abbreviations are), with the next token right after it or one
        // space on: nothing ends here, decided without the general checks.
        if !matches!(t.kind, TokenKind::Punctuation | TokenKind::Abbreviation)
            && let Some(u) = tokens.get(i + 1)
        {
            let gap = u.start.wrapping_sub(t.end);
            if gap == 0 || (gap == 1 && bytes.get(t.end) == Some(&b' ')) {
                i += 1;
                continue;
            }
        }
        // "…" is a punctuation token of its own (see `Scanner::non_ascii`).
        let terminal = match t.kind {
            TokenKind::Punctuation => {
                let s = t.as_str(text);
                matches!(s.as_bytes().first(), Some(b'.' | b'!' | b'?')) || s == "…"
            }
            TokenKind::Abbreviation => lex::SENTENCE_FINAL_ABBREVIATIONS.contains(&t.as_str(text)),
            _ => false,
        };
        let mut end = i;
        if terminal {
            // Absorb following terminal marks and closing quotes/brackets glued to it.
            let mut j = i + 1;
            while j < n {
                let u = tokens[j];
                let us = u.as_str(text);
                let glued = tokens[j - 1].end == u.start
                    || text
                        .get(tokens[j - 1].end..u.start)
                        .is_some_and(|g| g.chars().all(|c| c != '\n' && chars::is_space(c)));
                let closing = match u.kind {
                    TokenKind::Quote => {
                        let c = us.chars().next().unwrap_or(' ');
                        chars::class(c) == CharClass::QuoteClose
                            || (matches!(c, '"' | '\'' | '’') && tokens[j - 1].end == u.start)
                    }
                    TokenKind::Punctuation => {
                        matches!(us, ")" | "]" | "!" | "?" | "." | "…") || us.starts_with('.')
                    }
                    _ => false,
                };
                if closing && glued && !line_break_between(j - 1, j) {
                    end = j;
                    j += 1;
                } else {
                    break;
                }
            }
            let next = end + 1;
            let breaks = if next >= n || line_break_between(end, next) {
                true
            } else {
                let u = tokens[next];
                let us = u.as_str(text);
                let first = us.chars().next().unwrap_or(' ');
                let continues = first.is_lowercase()
                    || matches!(us, "," | ";" | ":" | ")" | "]")
                    || (u.kind == TokenKind::Punctuation && us.starts_with('.'));
                !continues
            };
            if breaks && let Some(s0) = start.take() {
                out.push(Span::new(tokens[s0].start, tokens[end].end));
            }
            i = end + 1;
            continue;
        }
        // A line break after this token ends the sentence.
        if (i + 1 >= n || line_break_between(i, i + 1))
            && let Some(s0) = start.take()
        {
            out.push(Span::new(tokens[s0].start, tokens[i].end));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_char_table_matches_the_unicode_properties() {
        // Every char outside ASCII and the Latin letters' own branch: the
        // table's ranges, their edges and chars past them.
        for code in (0x80..0x900).chain(0x1FF0..0x2090).chain(0x3000..0x3010) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if !('\u{C0}'..='\u{24F}').contains(&c) {
                assert_eq!(is_word_char(c), is_word_char_slow(c), "{c:?}");
            }
        }
        for c in ['’', '«', '\u{A0}', '\u{202F}', '–', '°'] {
            assert!(!is_word_char(c), "{c:?}");
        }
        for c in [
            'ª', 'µ', 'ж', 'Ω', '\u{301}', '\u{AD}', '\u{200D}', '\u{2060}',
        ] {
            assert!(is_word_char(c), "{c:?}");
        }
    }

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn elision() {
        assert_eq!(toks("l'armée"), ["l'", "armée"]);
        assert_eq!(toks("d’un"), ["d’", "un"]);
        assert_eq!(toks("qu'ils"), ["qu'", "ils"]);
        assert_eq!(
            toks("jusqu’à lorsqu'il puisqu'elle quoiqu'on"),
            [
                "jusqu’", "à", "lorsqu'", "il", "puisqu'", "elle", "quoiqu'", "on"
            ]
        );
        assert_eq!(
            toks("J'aimerais qu'on s'en aille"),
            ["J'", "aimerais", "qu'", "on", "s'", "en", "aille"]
        );
        assert_eq!(toks("C’est l' hiver"), ["C’", "est", "l'", "hiver"]);
    }

    #[test]
    fn lexicalised_apostrophes() {
        assert_eq!(toks("aujourd'hui"), ["aujourd'hui"]);
        assert_eq!(
            toks("Aujourd’hui, la presqu'île"),
            ["Aujourd’hui", ",", "la", "presqu'île"]
        );
        assert_eq!(
            toks("prud'homme quelqu'un entr'acte"),
            ["prud'homme", "quelqu'un", "entr'acte"]
        );
        assert_eq!(toks("qu'aujourd'hui"), ["qu'", "aujourd'hui"]);
        for apo in ['ʼ', 'ʻ', 'ꞌ', '＇', '՚', '‵', '′'] {
            let t = format!("Aujourd{apo}hui l{apo}armée");
            let s = TokenStream::new(&t);
            let f: Vec<&str> = (0..s.len()).map(|i| s.folded(i)).collect();
            assert_eq!(f, ["aujourd'hui", "l'", "armee"], "{apo:?}");
        }
        assert_eq!(toks("O'Neill"), ["O'Neill"]);
    }

    #[test]
    fn hyphens() {
        assert_eq!(toks("a-t-il"), ["a", "-t-il"]);
        assert_eq!(toks("Rends-toi"), ["Rends", "-toi"]);
        assert_eq!(toks("peut-on"), ["peut", "-on"]);
        assert_eq!(toks("sortez-nous"), ["sortez", "-nous"]);
        assert_eq!(toks("dis-le-moi"), ["dis", "-le", "-moi"]);
        assert_eq!(toks("va-t-elle"), ["va", "-t-elle"]);
        assert_eq!(toks("Qu'est-ce"), ["Qu'", "est", "-ce"]);
        for w in [
            "trois-quarts",
            "Saint-Pétersbourg",
            "peut-être",
            "c'est-à-dire",
            "vingt-quatre",
            "Nijni-Novgorod",
            "rendez-vous",
            "Aix-les-Bains",
            "au-dessus",
            "celui-ci",
            "là-bas",
        ] {
            assert_eq!(toks(w), [w], "{w}");
        }
        assert_eq!(toks("peut‑être"), ["peut‑être"]);
        // The hour unit of a spaced clock before a dash is no compound.
        assert_eq!(toks("vers 14 h-15 h"), ["vers", "14", "h", "-", "15", "h"]);
        assert_eq!(toks("de 8 h-9 h 30"), ["de", "8", "h", "-", "9", "h", "30"]);
        assert_eq!(toks("45 min-1 h"), ["45", "min", "-", "1", "h"]);
        assert_eq!(toks("la bombe h-2"), ["la", "bombe", "h-2"]);
    }

    #[test]
    fn numbers() {
        for n in [
            "6 500",
            "6\u{A0}500",
            "6\u{202F}500",
            "300.000",
            "1'000",
            "1’000’000",
            "1,5",
            "-3,2",
            "10 000 000",
            "6 500,25",
            "3.5",
        ] {
            assert_eq!(toks(n), [n], "{n}");
            assert_eq!(kinds(n), [TokenKind::Number], "{n}");
        }
        assert_eq!(toks("les 10-15 morts"), ["les", "10", "-", "15", "morts"]);
        assert_eq!(
            toks("en 2022 500 soldats"),
            ["en", "2022", "500", "soldats"]
        );
        assert_eq!(toks("75 % et 75%"), ["75", "%", "et", "75", "%"]);
        assert_eq!(toks("2km"), ["2", "km"]);
        assert_eq!(
            toks("fin 2022. 300 morts"),
            ["fin", "2022", ".", "300", "morts"]
        );
    }

    #[test]
    fn ordinals_times_dates() {
        for (t, k) in [
            ("1er", TokenKind::Ordinal),
            ("1re", TokenKind::Ordinal),
            ("2e", TokenKind::Ordinal),
            ("2ème", TokenKind::Ordinal),
            ("2nd", TokenKind::Ordinal),
            ("1442e", TokenKind::Ordinal),
            ("1ᵉʳ", TokenKind::Ordinal),
            ("1ere", TokenKind::Ordinal),
            ("3ieme", TokenKind::Ordinal),
            ("11eme", TokenKind::Ordinal),
            ("IIe", TokenKind::Ordinal),
            ("XXIe", TokenKind::Ordinal),
            ("XIXème", TokenKind::Ordinal),
            ("14h30", TokenKind::Time),
            ("8h", TokenKind::Time),
            ("14:30", TokenKind::Time),
            ("2023-09", TokenKind::Date),
            ("2023-09-14", TokenKind::Date),
            ("18/05/2022", TokenKind::Date),
            ("18.05.2022", TokenKind::Date),
            ("15.12.16", TokenKind::Date),
        ] {
            assert_eq!(toks(t), [t], "{t}");
            assert_eq!(kinds(t), [k], "{t}");
        }
        // Dotted two-digit years need a plausible day and month, and no
        // further ".digit" (versions, addresses).
        for t in ["1.12.16.4", "3.45.12", "40.12.16", "10.1.12.16"] {
            assert!(!kinds(t).contains(&TokenKind::Date), "{t}");
        }
        assert_eq!(toks("le 15.12.16."), ["le", "15.12.16", "."]);
        assert_eq!(toks("48h"), ["48", "h"]);
        // Degrees are not ordinals.
        assert_eq!(kinds("45°"), [TokenKind::Number, TokenKind::Symbol]);
        assert_eq!(kinds("IIIe Reich"), [TokenKind::Ordinal, TokenKind::Word]);
        assert_eq!(kinds("Ile"), [TokenKind::Word]);
        for w in [
            "Le", "Ce", "De", "Les", "Ces", "Mes", "Des", "Lee", "Vie", "Dix",
        ] {
            assert_eq!(kinds(w), [TokenKind::Word], "{w}");
        }
        for w in ["Ier", "Ire", "Ve", "Xe", "XVIe", "IVe", "XXe"] {
            assert_eq!(kinds(w), [TokenKind::Ordinal], "{w}");
        }
        assert_eq!(kinds("Me"), [TokenKind::Abbreviation]);
    }

    #[test]
    fn not_numbers() {
        for w in ["F-16", "Su-25", "S-400", "G7", "COVID-19"] {
            assert_eq!(toks(w), [w]);
            assert_eq!(kinds(w), [TokenKind::Word]);
        }
    }

    #[test]
    fn web_things() {
        assert_eq!(toks("sur BFMTV.com."), ["sur", "BFMTV.com", "."]);
        assert_eq!(kinds("Metrotime.be"), [TokenKind::Domain]);
        assert_eq!(
            toks("voir https://www.lemonde.fr/a/b?x=1)."),
            ["voir", "https://www.lemonde.fr/a/b?x=1", ")", "."]
        );
        assert_eq!(kinds("lemonde.fr/international"), [TokenKind::Url]);
        assert_eq!(kinds("jean.dupont@afp.com"), [TokenKind::Email]);
        assert_eq!(
            kinds("#Ukraine @Elysee"),
            [TokenKind::Hashtag, TokenKind::Mention]
        );
        assert_eq!(toks("fin.Le"), ["fin", ".", "Le"]);
        assert_eq!(kinds("01 23 45 67 89"), [TokenKind::Phone]);
        assert_eq!(kinds("+33 1 23 45 67 89"), [TokenKind::Phone]);
        // Services' numbers in other groups: ten digits from a "0".
        assert_eq!(kinds("0 800 130 000"), [TokenKind::Phone]);
        assert_eq!(kinds("0805 200 100"), [TokenKind::Phone]);
        assert_eq!(kinds("2 000 000 000"), [TokenKind::Number]);
        assert_ne!(kinds("0 800 100 200 300"), [TokenKind::Phone]);
        assert_eq!(toks("0 mort"), ["0", "mort"]);
    }

    #[test]
    fn abbreviations() {
        assert_eq!(toks("M. Dupont"), ["M.", "Dupont"]);
        assert_eq!(kinds("Mme"), [TokenKind::Abbreviation]);
        assert_eq!(toks("52 av. J.-C."), ["52", "av. J.-C."]);
        assert_eq!(toks("le n° 5"), ["le", "n°", "5"]);
        assert_eq!(toks("Paris, etc."), ["Paris", ",", "etc."]);
        assert_eq!(toks("2 min."), ["2", "min."]);
        assert_eq!(toks("J. Dupont"), ["J.", "Dupont"]);
    }

    #[test]
    fn quotes_and_symbols() {
        assert_eq!(
            kinds("«oui»"),
            [TokenKind::Quote, TokenKind::Word, TokenKind::Quote]
        );
        assert_eq!(
            toks("\"I Want to Live\""),
            ["\"", "I", "Want", "to", "Live", "\""]
        );
        assert_eq!(toks("[...]"), ["[", "...", "]"]);
        assert_eq!(toks("👍🏽 ok"), ["👍🏽", "ok"]);
        assert_eq!(toks("20 °C"), ["20", "°", "C"]);
    }

    #[test]
    fn sentences_basic() {
        let text = "Il a dit « non ». Elle a ri. M. Dupont est là !\nTitre sans point\nFin… vraiment ? Oui.";
        let s: Vec<&str> = sentences(text).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            s,
            [
                "Il a dit « non ».",
                "Elle a ri.",
                "M. Dupont est là !",
                "Titre sans point",
                "Fin… vraiment ?",
                "Oui."
            ]
        );
    }

    #[test]
    fn ascii_lowercase_only_matches_the_byte_test() {
        // Every byte in every lane, with neighbours that would expose a carry.
        for b in 0..=255u8 {
            for lane in 0..8 {
                for fill in [0u8, b'a', b'z', 0x7F, b'A'] {
                    let mut w = [fill; 8];
                    w[lane] = b;
                    let expected = w.iter().all(|&x| x < 0x80 && !x.is_ascii_uppercase());
                    assert_eq!(
                        swar::ascii_lowercase_only(u64::from_le_bytes(w)),
                        expected,
                        "{w:?}"
                    );
                }
            }
        }
        // The packed path against the byte loop, at every length and offset.
        let text = "Le pont d'Arcole, à l'été 2022, aujourd'hui: AB-cd ef";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for end in start..=b.len() {
                for kind in [TokenKind::Word, TokenKind::Number] {
                    assert_eq!(
                        self_fold_head(b, start, end, kind).is_some(),
                        folds_to_itself(&b[start..end], kind),
                        "{start}..{end}"
                    );
                    // The head code read from the word is the byte read's.
                    if let Some(head) = self_fold_head(b, start, end, kind) {
                        assert_eq!(head, head_code_in(b, start, end), "{start}..{end}");
                    }
                }
            }
        }
        assert!(folds_to_itself(b"armee", TokenKind::Word));
        assert!(folds_to_itself(b"c'est-a-dire-que-oui", TokenKind::Word));
        assert!(!folds_to_itself(b"c'est-a-dire-que-Oui", TokenKind::Word));
        assert!(!folds_to_itself("armée".as_bytes(), TokenKind::Word));
        assert!(!folds_to_itself(b"Kiev", TokenKind::Word));
    }

    #[test]
    fn sentences_unicode_line_breaks() {
        // A line without final punctuation ends at any line break: LF, CR,
        // vertical tab, form feed, U+0085, U+2028, U+2029, and white space
        // around them.
        for sep in [
            "\u{0B}",
            "\u{0C}",
            "\n",
            "\r\n",
            "\u{85}",
            "\u{2028}",
            "\u{2029}",
            " \u{a0}\u{2028} ",
        ] {
            let text = format!("Titre sans point{sep}Suite du texte");
            let s: Vec<&str> = sentences(&text).iter().map(|s| &text[s.range()]).collect();
            assert_eq!(s, ["Titre sans point", "Suite du texte"], "{sep:?}");
        }
        // Non-ASCII gaps without a line break do not end it (U+202F, and
        // chars sharing bytes with the separators: U+2008 is E2 80 88,
        // U+00A0 is C2 A0).
        for sep in ["\u{202f}", "\u{2008}", "\u{a0}", " \u{3000} "] {
            let text = format!("Titre sans point{sep}suite");
            assert_eq!(sentences(&text).len(), 1, "{sep:?}");
        }
    }

    #[test]
    fn sentences_quotes() {
        let text = "« Tu viens ? » demanda-t-il. « Oui. » Puis il partit. \"C'est fini.\" Voilà.";
        let s: Vec<&str> = sentences(text).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            s,
            [
                "« Tu viens ? » demanda-t-il.",
                "« Oui. »",
                "Puis il partit.",
                "\"C'est fini.\"",
                "Voilà."
            ]
        );
        let text = "Le prix est de 3.5 euros sur BFMTV.com. Fin.";
        assert_eq!(sentences(text).len(), 2);
    }
}
