//! Classification of the characters that French news text writes in many
//! ways: apostrophes, spaces, hyphens and dashes, quotes, invisible marks.
//!
//! This is Unicode knowledge, not French vocabulary: it is shared by
//! [`normalize`](mod@crate::normalize) and [`tokenize`](mod@crate::tokenize).

use serde::Serialize;

/// The role a character plays in French typography.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CharClass {
    /// `'` and its typographic variants (’ ʼ ‘ ´ ` ′ ʹ ʻ ꞌ ＇ ՚ ‵).
    Apostrophe,
    /// Any white space other than a line break, including U+00A0, U+202F, U+2009, U+2007.
    Space,
    /// A line break: `\n`, `\r`, U+2028, U+2029, U+0085.
    LineBreak,
    /// A hyphen joining words: `-`, U+2010, U+2011.
    Hyphen,
    /// A dash setting off a clause: – — ― (and U+2012).
    Dash,
    /// An opening quotation mark: « “ „ ‹ ‚.
    QuoteOpen,
    /// A closing quotation mark: » ” ›.
    QuoteClose,
    /// A quotation mark whose direction depends on context: `"`.
    QuoteAmbiguous,
    /// Invisible: soft hyphen, zero-width space/joiners, word joiner, BOM. Dropped by normalisation.
    Invisible,
    /// Anything else.
    Other,
}

/// Classifies one character.
///
/// ```
/// use frnews::chars::{class, CharClass};
/// assert_eq!(class('’'), CharClass::Apostrophe);
/// assert_eq!(class('\u{202F}'), CharClass::Space);
/// assert_eq!(class('«'), CharClass::QuoteOpen);
/// assert_eq!(class('\u{AD}'), CharClass::Invisible);
/// ```
#[inline]
pub fn class(c: char) -> CharClass {
    match c {
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{00B4}' | '`' | '\u{2032}'
        | '\u{02B9}' | '\u{02BB}' | '\u{A78C}' | '\u{FF07}' | '\u{055A}' | '\u{2035}' => {
            CharClass::Apostrophe
        }
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}' => {
            CharClass::LineBreak
        }
        '-' | '\u{2010}' | '\u{2011}' => CharClass::Hyphen,
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => CharClass::Dash,
        '«' | '\u{201C}' | '\u{201E}' | '\u{2039}' | '\u{201A}' => CharClass::QuoteOpen,
        '»' | '\u{201D}' | '\u{203A}' => CharClass::QuoteClose,
        '"' => CharClass::QuoteAmbiguous,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' => {
            CharClass::Invisible
        }
        c if c.is_whitespace() => CharClass::Space,
        _ => CharClass::Other,
    }
}

/// Whether `c` is white space of any kind (line breaks included).
#[inline]
pub fn is_space(c: char) -> bool {
    matches!(class(c), CharClass::Space | CharClass::LineBreak)
}

/// Whether `c` is a space that French uses inside numbers ("6 500"):
/// the ASCII space, U+00A0, U+202F, U+2009 and U+2007.
#[inline]
pub fn is_digit_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// Whether `c` is a combining mark (accent written as a separate code point).
#[inline]
pub fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Folds one character for look-ups into `out`: lowercase, diacritics
/// removed, œ→oe, æ→ae, ß→ss, apostrophes→`'`, hyphens→`-`, invisible marks
/// and combining marks dropped.
pub(crate) fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if ('\u{C0}'..='\u{FF}').contains(&c) {
        // Latin-1 letters: a table instead of a decomposition.
        let folded = LATIN1_FOLD[(c as usize) - 0xC0];
        if folded != 0 {
            out.push(folded as char);
            return;
        }
    }
    match c {
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        _ => match class(c) {
            CharClass::Apostrophe => out.push('\''),
            CharClass::Hyphen => out.push('-'),
            CharClass::Invisible => {}
            CharClass::Space => out.push(' '),
            CharClass::LineBreak => out.push('\n'),
            _ => {
                if is_combining(c) {
                    return;
                }
                let mut any = false;
                unicode_normalization::char::decompose_canonical(c, |d| {
                    if !is_combining(d) {
                        any = true;
                        for l in d.to_lowercase() {
                            out.push(l);
                        }
                    }
                });
                if !any {
                    for l in c.to_lowercase() {
                        out.push(l);
                    }
                }
            }
        },
    }
}

/// Folded forms of U+00C0..=U+00FF (0: not a single ASCII letter, take the
/// general path: Æ, æ, ß, ×, ÷, Ð, ð, Þ, þ).
#[rustfmt::skip]
static LATIN1_FOLD: [u8; 64] = [
    // À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    b'a', b'a', b'a', b'a', b'a', b'a', 0, b'c', b'e', b'e', b'e', b'e', b'i', b'i', b'i', b'i',
    // Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    0, b'n', b'o', b'o', b'o', b'o', b'o', 0, b'o', b'u', b'u', b'u', b'u', b'y', 0, 0,
    // à á â ã ä å æ ç è é ê ë ì í î ï
    b'a', b'a', b'a', b'a', b'a', b'a', 0, b'c', b'e', b'e', b'e', b'e', b'i', b'i', b'i', b'i',
    // ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    0, b'n', b'o', b'o', b'o', b'o', b'o', 0, b'o', b'u', b'u', b'u', b'u', b'y', 0, b'y',
];

/// The fold of the non-ASCII char starting at `b[i]` when it is one ASCII
/// byte, with the char's width: a Latin-1 letter (two bytes, C3 80 to C3 BF
/// for U+00C0 to U+00FF) folding to an ASCII letter, or the typographic
/// apostrophe U+2019 (E2 80 99), in every elision of most French sources
/// ("l’armée"). The byte-level folds' fast step ([`fold_into`],
/// [`fold_token_into`]); `None` sends the char to [`fold_char_into`].
#[inline(always)]
fn byte_fold_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match *b.get(i..)? {
        [0xC3, second, ..] => {
            let folded = LATIN1_FOLD[usize::from(second.wrapping_sub(0x80) & 0x3F)];
            (folded != 0).then_some((folded, 2))
        }
        [0xE2, 0x80, 0x99, ..] => Some((b'\'', 3)),
        _ => None,
    }
}

/// Folds a string for look-ups: lowercase, diacritics removed, œ→oe, æ→ae,
/// typographic apostrophes → `'`, invisible marks dropped.
///
/// ```
/// assert_eq!(frnews::chars::fold("Libérée"), "liberee");
/// assert_eq!(frnews::chars::fold("Œuvre d’art"), "oeuvre d'art");
/// assert_eq!(frnews::chars::fold("E\u{301}TE\u{301}"), "ete");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Like [`fold`], appending to `out` (reuses the caller's buffer).
pub fn fold_into(s: &str, out: &mut String) {
    // On bytes: an ASCII string is copied and lowercased at once; in a
    // mixed one, ASCII bytes are pushed one by one (most runs are a few
    // bytes: cheaper than a copy call each), Latin-1
    // letters (two bytes, C3 80..C3 BF for U+00C0..U+00FF) read the table
    // directly; every other char goes through [`fold_char_into`]. The same
    // result as folding char by char (a test compares them), without the
    // per-char decoding and pushing of most French text.
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
        return;
    }
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            out.push(char::from(b[i].to_ascii_lowercase()));
            i += 1;
            continue;
        }
        if let Some((folded, width)) = byte_fold_at(b, i) {
            out.push(char::from(folded));
            i += width;
            continue;
        }
        // `i` is on a char boundary: every step above moves by whole chars.
        match s.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => {
                fold_char_into(c, out);
                i += c.len_utf8();
            }
            None => break,
        }
    }
}

/// Makes `out` at least `need` bytes long, growing it geometrically (the
/// token stream writes its folded forms by index into one buffer; a write
/// past its length would otherwise regrow it each time).
pub(crate) fn grow_to(out: &mut Vec<u8>, need: usize) {
    if out.len() < need {
        out.resize(need.max(2 * out.len()), 0);
    }
}

/// [`fold_into`] of the chars `text[start..end]` (a whole-char range of
/// UTF-8 text), written to `out` from index `at`; returns where the folded
/// form ends. The bytes of `out` past that are left unspecified (the
/// caller's next write overwrites them; the token stream cuts them off at
/// the end): this is the token stream's fold, run on every token that is
/// not its own folded form, and it neither pushes nor fills per token.
///
/// ASCII bytes go eight at a time (read from `text`, which may run past
/// `end`: only the bytes before `end` are kept), lowercased in a register;
/// Latin-1 letters and the typographic apostrophe take their one-byte fold;
/// any other char is folded by [`fold_char_into`] through `scratch`. The
/// fast paths never lengthen the text (one byte for one, two or three), so
/// room for the token plus eight bytes, made when `out` lacks it, lasts
/// until a slow char.
pub(crate) fn fold_token_into(
    text: &[u8],
    start: usize,
    end: usize,
    out: &mut Vec<u8>,
    mut at: usize,
    scratch: &mut String,
) -> usize {
    use crate::swar;
    let Some(s) = text.get(start..end) else {
        return at;
    };
    // Room for what is left of the token, plus eight bytes for a chunk's
    // write.
    grow_to(out, at + s.len() + 8);
    let mut i = 0;
    while i < s.len() {
        if let Some(chunk) = text.get(start + i..).and_then(<[u8]>::first_chunk::<8>) {
            let x = u64::from_le_bytes(*chunk);
            if let Some(dst) = out.get_mut(at..at + 8) {
                dst.copy_from_slice(&swar::ascii_lowercase(x).to_le_bytes());
            }
            let k = swar::ascii_run(x).min(s.len() - i);
            at += k;
            i += k;
            if k == 8 {
                continue;
            }
        } else {
            while i < s.len() && s[i] < 0x80 {
                out[at] = s[i].to_ascii_lowercase();
                at += 1;
                i += 1;
            }
        }
        let Some(&lead) = s.get(i) else {
            break;
        };
        if let Some((folded, width)) = byte_fold_at(s, i) {
            out[at] = folded;
            at += 1;
            i += width;
            continue;
        }
        // Any other char: decoded, folded (to any length), copied.
        let width = match lead {
            0xF0.. => 4,
            0xE0.. => 3,
            _ => 2,
        };
        let c = s
            .get(i..i + width)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|c| c.chars().next());
        let Some(c) = c else {
            // Not on a char boundary: cannot happen for a `&str` range.
            break;
        };
        scratch.clear();
        fold_char_into(c, scratch);
        i += width;
        grow_to(out, at + scratch.len() + (s.len() - i) + 8);
        out[at..at + scratch.len()].copy_from_slice(scratch.as_bytes());
        at += scratch.len();
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        for c in ['\'', '’', 'ʼ', '‘', '´', '`', 'ʻ', 'ꞌ', '＇', '՚', '‵'] {
            assert_eq!(class(c), CharClass::Apostrophe, "{c:?}");
        }
        for c in [' ', '\u{A0}', '\u{202F}', '\u{2009}', '\u{2007}', '\t'] {
            assert_eq!(class(c), CharClass::Space, "{c:?}");
        }
        for c in ['‐', '‑', '-'] {
            assert_eq!(class(c), CharClass::Hyphen);
        }
        for c in ['–', '—'] {
            assert_eq!(class(c), CharClass::Dash);
        }
        assert_eq!(class('»'), CharClass::QuoteClose);
        assert_eq!(class('„'), CharClass::QuoteOpen);
        assert_eq!(class('\u{200B}'), CharClass::Invisible);
    }

    #[test]
    fn fold_into_matches_folding_char_by_char() {
        let mut text: String = (0u32..0x600).filter_map(char::from_u32).collect();
        text.push_str("Œuvre d’art À L'ÉTÉ ĲSSEL ﬁn 𝔸 E\u{301}TE\u{301} ǅ İ ẞ");
        for piece in [text.as_str(), "", "abc", "é", "ÀÉÎÕÜ", "\u{c3}", "ÿ"] {
            let mut by_char = String::new();
            for c in piece.chars() {
                fold_char_into(c, &mut by_char);
            }
            assert_eq!(fold(piece), by_char, "{piece:?}");
        }
    }

    #[test]
    fn fold_token_into_matches_fold_into() {
        let mut text: String = (0u32..0x600).filter_map(char::from_u32).collect();
        text.push_str("Œuvre d’art À L'ÉTÉ ĲSSEL ﬁn 𝔸 E\u{301}TE\u{301} ǅ İ ẞ 한국 Москва");
        text.push_str(" CONSTITUTIONNELLEMENT Aujourd’hui Élysée-Matignon l’armée");
        // Every char range of the text, as a token in the middle of it
        // (the fold may read past the token's end) and at its very end.
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut out = Vec::new();
        let mut scratch = String::new();
        for (k, &start) in bounds.iter().enumerate() {
            for &end in bounds[k..].iter().take(24).chain([&text.len()]) {
                let piece = &text[start..end];
                let n = fold_token_into(text.as_bytes(), start, end, &mut out, 1, &mut scratch);
                assert_eq!(&out[1..n], fold(piece).as_bytes(), "{piece:?}");
            }
            // A token ending the text (no bytes past it to read), into a
            // buffer too short for it.
            let tail = &text[start..];
            out.truncate(3);
            let n = fold_token_into(tail.as_bytes(), 0, tail.len(), &mut out, 2, &mut scratch);
            assert_eq!(&out[2..n], fold(tail).as_bytes());
        }
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Saint-Pétersbourg"), "saint-petersbourg");
        assert_eq!(fold("ÇA"), "ca");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("ex\u{AD}emple"), "exemple");
        assert_eq!(fold("Москва"), "москва");
        assert_eq!(fold("ÉTÉ"), "ete");
        // The Latin-1 table agrees with the general (decomposition) path.
        for c in '\u{C0}'..='\u{FF}' {
            let mut general = String::new();
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !is_combining(d) {
                    general.extend(d.to_lowercase());
                }
            });
            let fast = fold(&c.to_string());
            // Ø and ø have no decomposition; the table folds them to o on purpose.
            if c.is_alphabetic()
                && !matches!(c, 'Æ' | 'æ' | 'ß' | 'Ð' | 'ð' | 'Þ' | 'þ' | 'Ø' | 'ø')
            {
                assert_eq!(fast, general, "{c}");
            }
        }
    }
}
