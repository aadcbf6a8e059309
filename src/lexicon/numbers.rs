//! French number words: cardinals (France, Belgian and Swiss forms),
//! ordinals, Roman numerals, and the parser that reads a sequence of them.
//!
//! Shared by the numbers, dates and military-unit stages: "trois jours",
//! "le premier bataillon" and "deux cent mille" are read by the same code.
//!
//! Words are given *folded* (lowercase, no diacritics, see
//! [`crate::chars::fold`]). A token may hold several words joined by
//! hyphens ("quatre-vingt-dix-sept", 1990 spelling "vingt-et-un").

use crate::prefixes::{Prefixes, first3};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// What a single number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberWord {
    /// zéro.
    Zero,
    /// 1–9 and 11–16 (`un`, `une`, `deux`, …, `onze`, …, `seize`).
    Unit(u64),
    /// 10, 20, …, 90 (`dix`, `vingt`, …, `septante`, `huitante`, `octante`, `nonante`).
    Tens(u64),
    /// `cent`, `cents`.
    Hundred,
    /// `mille`, `mil`, and the scales `million(s)`, `milliard(s)`, `billion(s)`…
    Scale(u64),
    /// `et` in "vingt et un", "soixante et onze".
    Et,
}

/// Cardinal words, folded.
#[rustfmt::skip]
pub const CARDINALS: &[(&str, NumberWord)] = &[
    ("zero", NumberWord::Zero),
    ("un", NumberWord::Unit(1)), ("une", NumberWord::Unit(1)), ("deux", NumberWord::Unit(2)),
    ("trois", NumberWord::Unit(3)), ("quatre", NumberWord::Unit(4)), ("cinq", NumberWord::Unit(5)),
    ("six", NumberWord::Unit(6)), ("sept", NumberWord::Unit(7)), ("huit", NumberWord::Unit(8)),
    ("neuf", NumberWord::Unit(9)), ("onze", NumberWord::Unit(11)), ("douze", NumberWord::Unit(12)),
    ("treize", NumberWord::Unit(13)), ("quatorze", NumberWord::Unit(14)), ("quinze", NumberWord::Unit(15)),
    ("seize", NumberWord::Unit(16)),
    ("dix", NumberWord::Tens(10)), ("vingt", NumberWord::Tens(20)), ("vingts", NumberWord::Tens(20)),
    ("trente", NumberWord::Tens(30)), ("quarante", NumberWord::Tens(40)), ("cinquante", NumberWord::Tens(50)),
    ("soixante", NumberWord::Tens(60)), ("septante", NumberWord::Tens(70)), ("huitante", NumberWord::Tens(80)),
    ("octante", NumberWord::Tens(80)), ("nonante", NumberWord::Tens(90)),
    ("cent", NumberWord::Hundred), ("cents", NumberWord::Hundred),
    ("mille", NumberWord::Scale(1_000)), ("mil", NumberWord::Scale(1_000)), ("milles", NumberWord::Scale(1_000)),
    ("million", NumberWord::Scale(1_000_000)), ("millions", NumberWord::Scale(1_000_000)),
    ("milliard", NumberWord::Scale(1_000_000_000)), ("milliards", NumberWord::Scale(1_000_000_000)),
    ("billion", NumberWord::Scale(1_000_000_000_000)), ("billions", NumberWord::Scale(1_000_000_000_000)),
    ("billiard", NumberWord::Scale(1_000_000_000_000_000)), ("billiards", NumberWord::Scale(1_000_000_000_000_000)),
    ("trillion", NumberWord::Scale(1_000_000_000_000_000_000)), ("trillions", NumberWord::Scale(1_000_000_000_000_000_000)),
    ("et", NumberWord::Et),
];

/// Ordinal words that are not formed with `-ième` (folded).
pub const IRREGULAR_ORDINALS: &[(&str, u64)] = &[
    ("premier", 1),
    ("premiere", 1),
    ("premiers", 1),
    ("premieres", 1),
    ("second", 2),
    ("seconde", 2),
    ("seconds", 2),
    ("secondes", 2),
];

/// The value of one folded cardinal word.
///
/// ```
/// use frnews::lexicon::numbers::{cardinal_word, NumberWord};
/// assert_eq!(cardinal_word("nonante"), Some(NumberWord::Tens(90)));
/// assert_eq!(cardinal_word("soldat"), None);
/// ```
pub fn cardinal_word(folded: &str) -> Option<NumberWord> {
    // Every extractor asks this of many words: a hash look-up, not a scan
    // of the list. Longer words cannot be cardinals, so they skip the hash.
    if folded.len() > MAX_CARDINAL_LEN {
        return None;
    }
    let c = &*CARDINAL_MAP;
    // Most words begin as no cardinal does: ruled out before hashing.
    if !c.heads.admits(first3(folded.as_bytes())) {
        return None;
    }
    c.map.get(folded).copied()
}

/// Byte length of the longest word in [`CARDINALS`] (checked by a test).
const MAX_CARDINAL_LEN: usize = 9;

/// [`CARDINALS`] as a map (the first entry wins, as in a scan of the
/// list), and the first three bytes of its words: a word equal to a
/// cardinal begins with the same bytes, so a word the table does not admit
/// is none.
struct Cardinals {
    map: FxHashMap<&'static str, NumberWord>,
    heads: Prefixes,
}

static CARDINAL_MAP: LazyLock<Cardinals> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    let mut heads = Prefixes::default();
    for &(w, v) in CARDINALS {
        map.entry(w).or_insert(v);
        heads.insert(w.as_bytes());
    }
    Cardinals { map, heads }
});

/// Whether `folded` is a cardinal number word ("et" excluded).
pub fn is_cardinal_word(folded: &str) -> bool {
    matches!(cardinal_word(folded), Some(v) if v != NumberWord::Et)
}

/// The cardinal a `-ième` ordinal word is built on: "cinquième" → "cinq",
/// "neuvième" → "neuf", "onzième" → "onze", "unième" → "un".
pub fn ordinal_stem(folded: &str) -> Option<NumberWord> {
    let stem = folded
        .strip_suffix("iemes")
        .or_else(|| folded.strip_suffix("ieme"))
        .or_else(|| folded.strip_suffix("eme"))?;
    if stem.is_empty() {
        return None;
    }
    let fixed = match stem {
        "cinqu" => "cinq",
        "neuv" => "neuf",
        "un" => "un",
        s => s,
    };
    if let Some(v) = cardinal_word(fixed).filter(|v| *v != NumberWord::Et) {
        return Some(v);
    }
    // "quatr" + "e": on the stack (a stem too long for the buffer is too
    // long for a cardinal anyway).
    let mut buf = [0u8; MAX_CARDINAL_LEN];
    let with_e = buf.get_mut(..stem.len() + 1)?;
    with_e[..stem.len()].copy_from_slice(stem.as_bytes());
    with_e[stem.len()] = b'e';
    cardinal_word(std::str::from_utf8(with_e).ok()?).filter(|v| *v != NumberWord::Et)
}

/// Every stem [`ordinal_stem`] reads before "ieme" / "eme": each cardinal
/// ("et" aside), the cardinal less its final "e" ("onz-ième"), and the
/// irregular "cinqu" and "neuv". For the extractors' gates, which need the
/// first bytes of every spelled ordinal.
pub fn ordinal_stems() -> impl Iterator<Item = &'static str> {
    CARDINALS
        .iter()
        .filter(|&&(_, v)| v != NumberWord::Et)
        .flat_map(|&(c, _)| [Some(c), c.strip_suffix('e')])
        .flatten()
        .chain(["cinqu", "neuv"])
}

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsedNumber {
    /// The value.
    pub value: u64,
    /// How many input words (tokens) it spans.
    pub consumed: usize,
    /// Whether the last word was an ordinal ("vingt et unième", "premier").
    pub ordinal: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    None,
    Unit(u64),
    Tens(u64),
    Hundred,
    Scale,
    Et,
    Zero,
}

#[derive(Clone, Copy, Debug)]
struct State {
    total: u64,
    group: u64,
    max_scale: u64,
    last: Last,
    words: usize,
    /// The current tens were written "quatre-vingt" (no "et" may follow).
    quatre_vingt: bool,
    /// The scale word last read (when `last` is `Scale`).
    last_scale: u64,
}

impl State {
    fn value(&self) -> Option<u64> {
        self.total.checked_add(self.group)
    }

    /// Feeds one word part; `None` if it cannot continue the number.
    fn feed(mut self, w: NumberWord) -> Option<State> {
        use NumberWord as W;
        match (w, self.last) {
            (W::Zero, Last::None) => {
                self.last = Last::Zero;
            }
            (W::Zero, _) | (_, Last::Zero) => return None,
            // "vingt et un" … "soixante et onze"; Belgian/Swiss "septante et
            // un", "huitante et un", "nonante et un" (not after quatre-vingt).
            (W::Et, Last::Tens(t))
                if (20..=90).contains(&t)
                    && t % 10 == 0
                    && self.group % 100 == t
                    && (t < 80 || !self.quatre_vingt) =>
            {
                self.last = Last::Et;
            }
            (W::Et, _) => return None,
            (W::Unit(u), Last::Et) => {
                let t = self.group % 100;
                if !(u == 1 || (u == 11 && t == 60)) {
                    return None;
                }
                self.group += u;
                self.last = Last::Unit(u);
            }
            (W::Unit(u), Last::None | Last::Hundred | Last::Scale) => {
                self.group += u;
                self.last = Last::Unit(u);
            }
            (W::Unit(u), Last::Tens(t)) => {
                // vingt-deux; soixante-douze and quatre-vingt-onze take 11–16;
                // dix-sept, dix-huit, dix-neuf (after a tens word or alone).
                let base = self.group % 100;
                let ok = if t == 10 {
                    (7..=9).contains(&u) && matches!(base, 10 | 70 | 90)
                } else if u == 1 && (20..=60).contains(&base) {
                    false // "vingt et un", never "vingt un"
                } else {
                    (1..=9).contains(&u)
                        || (u >= 11 && (t == 60 || t == 80) && (base == 60 || base == 80))
                };
                if !ok {
                    return None;
                }
                self.group += u;
                self.last = Last::Unit(u);
            }
            (W::Unit(_), Last::Unit(_)) => return None,
            (W::Tens(20), Last::Unit(4)) if self.group % 100 == 4 => {
                // quatre-vingt(s)
                self.group += 76;
                self.quatre_vingt = true;
                self.last = Last::Tens(80);
            }
            (W::Tens(10), Last::Tens(t))
                if (t == 60 || t == 80) && matches!(self.group % 100, 60 | 80) =>
            {
                // soixante-dix, quatre-vingt-dix
                self.group += 10;
                self.last = Last::Tens(10);
            }
            (W::Tens(t), Last::None | Last::Hundred | Last::Scale) => {
                if !self.group.is_multiple_of(100) {
                    return None;
                }
                self.quatre_vingt = false;
                self.group += t;
                self.last = Last::Tens(t);
            }
            (W::Tens(_), _) => return None,
            (W::Hundred, Last::Unit(u)) if (2..=9).contains(&u) && self.group == u => {
                self.group = u * 100;
                self.last = Last::Hundred;
            }
            // "dix-neuf cent soixante-treize", "onze cents": hundreds of a
            // number from 11 to 19, only at the start.
            (W::Hundred, Last::Unit(_))
                if (11..=19).contains(&self.group) && self.total == 0 && self.max_scale == 0 =>
            {
                self.group *= 100;
                self.last = Last::Hundred;
            }
            (W::Hundred, Last::None | Last::Scale) if self.group == 0 => {
                self.group = 100;
                self.last = Last::Hundred;
            }
            (W::Hundred, _) => return None,
            (W::Scale(_), Last::Et) => return None,
            (W::Scale(s), _) => {
                if s > self.max_scale {
                    // Everything so far is multiplied: "mille milliards",
                    // "cinquante-trois mille millions".
                    let base = self.total.checked_add(self.group)?;
                    self.total = base.max(1).checked_mul(s)?;
                    self.max_scale = s;
                } else if self.last == Last::Scale && s >= self.last_scale {
                    return None; // "mille mille" (but "millions mille" = + 1000)
                } else {
                    self.total = self.total.checked_add(self.group.max(1).checked_mul(s)?)?;
                }
                self.group = 0;
                self.last = Last::Scale;
                self.last_scale = s;
            }
        }
        self.words += 1;
        Some(self)
    }

    fn complete(&self) -> bool {
        !matches!(self.last, Last::Et | Last::None)
    }
}

/// Reads the longest French cardinal (or ordinal) number at the start of
/// `words`, a sequence of folded tokens. A token may hold hyphen-joined
/// parts. Returns `None` if the first token does not start a number.
///
/// Recognises France, Belgian and Swiss forms, the 1990 hyphenation
/// ("vingt-et-un", "deux-cent-mille"), and ends on an ordinal word if one
/// comes ("vingt et unième"). Words that cannot continue a number stop it:
/// "deux trois" is read as 2.
///
/// ```
/// use frnews::lexicon::numbers::parse_words;
/// let p = parse_words(["quatre-vingt-dix-sept", "soldats"]).unwrap();
/// assert_eq!((p.value, p.consumed), (97, 1));
/// let p = parse_words(["un", "million", "deux", "cent", "mille"]).unwrap();
/// assert_eq!((p.value, p.consumed), (1_200_000, 5));
/// let p = parse_words(["vingt", "et", "unieme"]).unwrap();
/// assert_eq!((p.value, p.ordinal), (21, true));
/// assert_eq!(parse_words(["septante", "-"]).unwrap().value, 70);
/// ```
pub fn parse_words<'a, I>(words: I) -> Option<ParsedNumber>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut st = State {
        total: 0,
        group: 0,
        max_scale: 0,
        last: Last::None,
        words: 0,
        quatre_vingt: false,
        last_scale: 0,
    };
    let mut best: Option<ParsedNumber> = None;
    for (idx, word) in words.into_iter().enumerate() {
        if word.is_empty() || idx > 64 {
            break;
        }
        // A whole-word irregular ordinal: only as the first word.
        // (Each begins with 'p' or 's': other words skip the scan.)
        if matches!(word.as_bytes()[0], b'p' | b's')
            && let Some(&(_, v)) = IRREGULAR_ORDINALS.iter().find(|(w, _)| *w == word)
        {
            if idx == 0 {
                return Some(ParsedNumber {
                    value: v,
                    consumed: 1,
                    ordinal: true,
                });
            }
            break;
        }
        // A plural scale word counts its own number, which comes first
        // ("deux millions"): alone it is a vague amount ("des millions de
        // personnes"), read by the extractors, and starts no number
        // ("171 milliards un an plus tôt" is no 1 000 000 001).
        if idx == 0
            && word.ends_with('s')
            && matches!(cardinal_word(word), Some(NumberWord::Scale(s)) if s >= 1_000_000)
        {
            return None;
        }
        // The hyphen-joined parts, read in place (no vector per word).
        let last_part = word.bytes().filter(|&b| b == b'-').count();
        let mut next = st;
        let mut ordinal_value = None;
        let mut ok = true;
        for (pi, part) in word.split('-').enumerate() {
            if let Some(w) = cardinal_word(part) {
                match next.feed(w) {
                    Some(s) => next = s,
                    None => {
                        ok = false;
                        break;
                    }
                }
            } else if pi == last_part
                && let Some(w) = ordinal_stem(part)
            {
                match next.feed(w) {
                    Some(s) => {
                        next = s;
                        ordinal_value = s.value();
                    }
                    None => ok = false,
                }
            } else {
                ok = false;
                break;
            }
        }
        if !ok {
            break;
        }
        st = next;
        st.words = idx + 1;
        if let Some(v) = ordinal_value {
            return Some(ParsedNumber {
                value: v,
                consumed: idx + 1,
                ordinal: true,
            });
        }
        if st.complete()
            && let Some(v) = st.value()
        {
            best = Some(ParsedNumber {
                value: v,
                consumed: idx + 1,
                ordinal: false,
            });
        }
    }
    best
}

/// The value of a Roman numeral in capitals ("XXI" → 21), strictly formed
/// (no "IIII", "VV", "IC").
///
/// ```
/// assert_eq!(frnews::lexicon::numbers::roman_value("XIX"), Some(19));
/// assert_eq!(frnews::lexicon::numbers::roman_value("IIII"), None);
/// ```
pub fn roman_value(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let val = |c: u8| -> Option<u64> {
        Some(match c {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            b'M' => 1000,
            _ => return None,
        })
    };
    let b = s.as_bytes();
    let mut total: i64 = 0;
    for i in 0..b.len() {
        let v = val(b[i])? as i64;
        match b.get(i + 1).map(|&c| val(c)) {
            Some(Some(n)) if n as i64 > v => total -= v,
            _ => total += v,
        }
    }
    let total = u64::try_from(total).ok()?;
    // Canonical form check: re-encode and compare.
    (total > 0 && total <= 3999 && roman_matches(total, b)).then_some(total)
}

/// Whether `s` is the canonical Roman numeral of `n` (no allocation).
fn roman_matches(mut n: u64, mut s: &[u8]) -> bool {
    for &(v, r) in ROMAN {
        while n >= v {
            match s.strip_prefix(r.as_bytes()) {
                Some(rest) => s = rest,
                None => return false,
            }
            n -= v;
        }
    }
    s.is_empty()
}

const ROMAN: &[(u64, &str)] = &[
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// The canonical Roman numeral for 1..=3999.
pub fn to_roman(mut n: u64) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut out = String::new();
    for &(v, s) in ROMAN {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    Some(out)
}

/// Approximate collective nouns (folded, singular and plural) → the number
/// they stand for: "une dizaine" ≈ 10, "un millier" ≈ 1000.
#[rustfmt::skip]
pub const COLLECTIVES: &[(&str, u64)] = &[
    ("dizaine", 10), ("dizaines", 10), ("douzaine", 12), ("douzaines", 12),
    ("quinzaine", 15), ("quinzaines", 15), ("vingtaine", 20), ("vingtaines", 20),
    ("trentaine", 30), ("trentaines", 30), ("quarantaine", 40), ("quarantaines", 40),
    ("cinquantaine", 50), ("cinquantaines", 50), ("soixantaine", 60), ("soixantaines", 60),
    ("septantaine", 70), ("huitaine", 8), ("neuvaine", 9), ("centaine", 100), ("centaines", 100),
    ("millier", 1_000), ("milliers", 1_000),
];

/// The number a folded collective noun stands for ("centaines" → 100).
///
/// ```
/// assert_eq!(frnews::lexicon::numbers::collective("dizaine"), Some(10));
/// assert_eq!(frnews::lexicon::numbers::collective("milliers"), Some(1000));
/// assert_eq!(frnews::lexicon::numbers::collective("soldats"), None);
/// ```
pub fn collective(folded: &str) -> Option<u64> {
    COLLECTIVES
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, v)| v)
}

/// Fraction denominators (folded) → the divisor: "trois quarts" = 3/4,
/// "deux tiers" = 2/3, "un demi" = 1/2.
#[rustfmt::skip]
pub const FRACTION_DENOMINATORS: &[(&str, u64)] = &[
    ("quart", 4), ("quarts", 4), ("tiers", 3), ("demi", 2), ("demie", 2), ("demis", 2), ("demies", 2),
];

/// The divisor an ordinal word stands for after a cardinal ("un
/// cinquième" = 1/5, "58 centièmes" = 0.58, "trois dixièmes"): from
/// "cinquième" on (the smaller take "demi", "tiers", "quart").
pub fn ordinal_denominator(folded: &str) -> Option<u64> {
    if !(folded.ends_with("ieme") || folded.ends_with("iemes")) {
        return None;
    }
    let p = parse_words([folded.strip_suffix('s').unwrap_or(folded)])?;
    (p.ordinal && p.consumed == 1 && p.value >= 5).then_some(p.value)
}

/// Nouns that are a fraction by themselves: "la moitié" = 1/2.
pub const FRACTION_NOUNS: &[(&str, f64)] = &[("moitie", 0.5), ("moities", 0.5)];

/// The divisor a folded fraction word stands for ("quarts" → 4).
pub fn fraction_denominator(folded: &str) -> Option<u64> {
    FRACTION_DENOMINATORS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, v)| v)
}

/// Words read as a decimal point between number words: "un virgule cinq".
pub const DECIMAL_POINT_WORDS: &[&str] = &["virgule", "point"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_stems_are_what_ordinal_stem_reads() {
        for stem in ordinal_stems() {
            let w = format!("{stem}ieme");
            assert!(ordinal_stem(&w).is_some(), "{w}");
        }
        assert!(ordinal_stems().any(|s| s == "onz") && ordinal_stems().all(|s| s != "et"));
    }

    #[test]
    fn a_plural_scale_word_starts_no_number() {
        for words in [["milliards", "un"], ["millions", "deux"]] {
            assert_eq!(parse_words(words), None, "{words:?}");
        }
        let two_million = parse_words(["deux", "millions"]).map(|p| (p.value, p.consumed));
        assert_eq!(two_million, Some((2_000_000, 2)));
        assert_eq!(parse_words(["million"]).map(|p| p.value), Some(1_000_000));
    }

    fn val(s: &str) -> Option<(u64, usize)> {
        let words: Vec<&str> = s.split(' ').collect();
        parse_words(words.iter().copied()).map(|p| (p.value, p.consumed))
    }

    #[test]
    fn cardinals() {
        let cases: &[(&str, u64)] = &[
            ("zero", 0),
            ("trente", 30),
            ("vingt et un", 21),
            ("vingt-et-un", 21),
            ("soixante et onze", 71),
            ("soixante-dix-sept", 77),
            ("quatre-vingts", 80),
            ("quatre vingt", 80),
            ("quatre-vingt-dix-neuf", 99),
            ("quatre-vingt-onze", 91),
            ("deux cents", 200),
            ("deux cent mille", 200_000),
            ("mille neuf cent quatre-vingt-quatre", 1984),
            ("un million deux cent mille", 1_200_000),
            ("septante-sept", 77),
            ("huitante", 80),
            ("octante-deux", 82),
            ("nonante-neuf", 99),
            ("dix-sept", 17),
            ("dix sept", 17),
            ("cent un", 101),
            ("cent", 100),
            ("mille", 1000),
            ("six cents millions", 600_000_000),
            ("trois milliards", 3_000_000_000),
            (
                "cinquante trois mille millions deux cent quarante-trois mille sept cent vingt-quatre",
                53_000_243_724,
            ),
            ("deux-cent-mille", 200_000),
            ("huitante-et-un", 81),
            ("deux millions mille", 2_001_000),
            ("dix-neuf cent soixante-treize", 1973),
            ("nonante et un", 91),
            ("septante et un", 71),
            ("une", 1),
        ];
        for &(s, v) in cases {
            let words = s.split(' ').count();
            assert_eq!(val(s), Some((v, words)), "{s}");
        }
    }

    #[test]
    fn stops_where_french_stops() {
        assert_eq!(val("deux trois"), Some((2, 1)));
        assert_eq!(val("vingt et"), Some((20, 1)));
        assert_eq!(val("trente quarante"), Some((30, 1)));
        assert_eq!(val("mille mille"), Some((1000, 1)));
        assert_eq!(val("soldat"), None);
        assert_eq!(val("et un"), None);
        assert_eq!(val("dix onze"), Some((10, 1)));
        assert_eq!(val("quatre-vingt et un"), Some((80, 1)));
        assert_eq!(val("vingt un"), Some((20, 1)));
        assert_eq!(val("quatre-vingt-un"), Some((81, 1)));
    }

    #[test]
    fn ordinals() {
        let p = parse_words(["premier"]).unwrap();
        assert_eq!((p.value, p.ordinal), (1, true));
        for (s, v) in [
            ("deuxieme", 2),
            ("cinquieme", 5),
            ("neuvieme", 9),
            ("onzieme", 11),
            ("vingt-et-unieme", 21),
            ("centieme", 100),
            ("millieme", 1000),
            ("quatre-vingt-dixieme", 90),
        ] {
            let p = parse_words([s]).unwrap();
            assert_eq!((p.value, p.ordinal), (v, true), "{s}");
        }
    }

    #[test]
    fn irregular_ordinals_begin_with_p_or_s() {
        assert!(
            IRREGULAR_ORDINALS
                .iter()
                .all(|(w, _)| w.starts_with(['p', 's']))
        );
    }

    #[test]
    fn longest_cardinal_fits_the_bound() {
        let longest = CARDINALS.iter().map(|(w, _)| w.len()).max();
        assert_eq!(longest, Some(MAX_CARDINAL_LEN));
    }

    #[test]
    fn roman() {
        assert_eq!(roman_value("XXI"), Some(21));
        assert_eq!(roman_value("MCMLXXXIV"), Some(1984));
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("VV"), None);
        assert_eq!(roman_value("IC"), None);
        assert_eq!(roman_value(""), None);
    }
}
