//! Numbers and quantities: digits in every French grouping, number words,
//! approximate collectives, bounds and ranges, fractions, percentages,
//! ordinals, and the unit or counted noun that follows.
//!
//! ```
//! use frnews::numbers::{numbers, Qualifier};
//! let text = "Kiev a reçu plus de 6\u{202F}500 appels et une dizaine de personnes y répondent.";
//! let found = numbers(text);
//! assert_eq!(found[0].text, "plus de 6\u{202F}500 appels");
//! assert_eq!(found[0].value, Some(6500.0));
//! assert_eq!(found[0].qualifier, Qualifier::MoreThan);
//! assert_eq!(found[0].counted.as_deref(), Some("appels"));
//! assert_eq!(found[1].value, Some(10.0));
//! assert_eq!(found[1].qualifier, Qualifier::Approx);
//! ```
//!
//! # Conventions
//!
//! - **Spans** run from the first qualifier word to the unit or counted
//!   noun: "plus de 6500 appels" is one mention.
//! - **Values** are `f64`. Integers are exact up to 2^53 (9 007 199 254 740 992);
//!   beyond, the nearest double is given. A number too large for `f64`
//!   (more than about 308 digits) is reported with `value`, `low` and `high`
//!   all `null` and `out_of_range: true` (JSON has no infinity).
//! - **Factors**: "multiplié par 3" and "trois fois plus" are `factor` 3,
//!   "divisé par deux" and "deux fois moins" `factor` 0.5; "multiplié par
//!   plus de deux" more than 2, "divisé par plus de deux" less than 0.5,
//!   "multipliés par 3 à 5" a range of factors. Verbs with a factor of
//!   their own are one too: "ont doublé" 2, "a plus que triplé" more than
//!   3, "devrait quadrupler" 4 (a participle after an auxiliary, an
//!   infinitive, either with a quantity as subject or object, or none;
//!   not "un doublé", "double", nor overtaking, dubbing or scoring: "a
//!   doublé un camion", "a été doublé en 25 langues", "a doublé la
//!   marque").
//! - **Bounds**: `more_than`/`at_least` set `low` (and `value`) to the
//!   number, `less_than`/`at_most` set `high`; ranges set `low` and `high`
//!   and leave `value` `null`. After a verb of change going the values'
//!   way ("passé de 3 à 5 %", "porté de 2 à 3 milliards", "ramené de 10 à
//!   8 milliards", `CHANGE_VERBS` in the lexicon), also past its object
//!   ("relevé son taux de 2 à 2,5 %"), "de X à Y" is no range but two
//!   values, the first with the unit and multiplier of the second (3 %, 2
//!   billion euros, 10 billion); a cut "de 20 à 30 %" is by so much.
//! - **Vague plurals** ("des centaines", "plusieurs milliers") are
//!   `at_least` the collective's number with `vague: true`; "une dizaine"
//!   is `approx` 10 with `vague: false`.
//! - `approx` is true when the figure itself is an estimate, also under a
//!   bound: "un peu moins d'un kilomètre" is `less_than` 1 km, `approx`.
//! - **Prices per unit** carry both in their unit: "9 980 €/m²" →
//!   `EUR/m²`, "850 euros par mois" → `EUR/mo`, "80 $/baril" → `USD/bbl`.
//! - **Not numbers here**: days and years of dates ("le 9 mai 2022", "en
//!   2014"), times, phone numbers, model names ("Boeing 737 MAX", "la Ligue
//!   1"), identifiers ("n° 1", "décret n° 2023-456", "article L. 1224-1"),
//!   scores ("3-1", "battu 28 à 24"), addresses, labels after
//!   "le"/"la" ("la 7") and frequencies "24 heures sur 24", "7 jours sur 7"
//!   (the dates stage's sets). "un"/"une" are numbers only where they count
//!   (before a unit, a collective, a fraction, a scale, "seul", "sur", or
//!   standing alone), unless [`NumberOptions::articles`] is set.
//! - **Time quantities** ("plus d'un an", "2 min", "48 heures") are numbers
//!   with a time unit (`yr`, `min`, `h`, `d`, `wk`, `mo`, `s`); the dates
//!   stage may report the same words as a duration. Clock times ("à 20
//!   heures", "8 h 30", "24h/24") are left to the dates stage.
//! - **Kind**: `percent` when the unit is `%`; `ordinal` and `fraction` as
//!   read; otherwise `decimal` when the value has a fractional part
//!   ("un kilomètre et demi" = 1.5), else `cardinal` ("1,5 milliard").

mod spell;

pub use spell::{Spelling, to_french_words, to_french_words_with};

use crate::lexicon::calendar;
use crate::lexicon::numbers as lexn;
use crate::lexicon::quantities as lexq;
use crate::prefixes::{Prefixes, first3};
use crate::tokenize::{TokenKind, TokenStream};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// What kind of number a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A whole count: "6500", "trois", "une dizaine".
    Cardinal,
    /// A number with a fractional part: "1,5".
    Decimal,
    /// A rank: "1er", "deuxième", "XXIe".
    Ordinal,
    /// A fraction: "trois quarts", "la moitié".
    Fraction,
    /// A percentage: "75 %".
    Percent,
    /// A factor of change: "multiplié par 3" (3), "divisé par deux" (0.5),
    /// "trois fois plus" (3), "deux fois moins" (0.5).
    Factor,
}

/// How the stated value relates to the true one. Shared with durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// About: "environ", "près de", "une dizaine".
    Approx,
    /// "plus de".
    MoreThan,
    /// "moins de".
    LessThan,
    /// "au moins", "pas moins de".
    AtLeast,
    /// "au plus", "jusqu'à".
    AtMost,
    /// "entre 300 et 400", "de 10 à 15".
    Range,
}

/// A number found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Byte offset of the mention in the original text.
    pub start: usize,
    /// Byte offset one past the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// Cardinal, decimal, ordinal, fraction or percent.
    pub kind: NumberKind,
    /// The value (absent for ranges).
    pub value: Option<f64>,
    /// Lower bound (ranges and bounds).
    pub low: Option<f64>,
    /// Upper bound (ranges and bounds).
    pub high: Option<f64>,
    /// How the value is qualified.
    pub qualifier: Qualifier,
    /// Normalised unit symbol ("km", "%", "EUR", "EUR/m²"...), if any.
    pub unit: Option<String>,
    /// The counted noun as written ("demandes"), if any.
    pub counted: Option<String>,
    /// Whether the quantity is vague ("des centaines").
    pub vague: bool,
    /// Whether the mention lies in the article body (false in removed boilerplate).
    pub in_body: bool,
    /// Whether the figure itself is an estimate ("environ", "une dizaine",
    /// "un peu moins de"), whatever the qualifier.
    #[serde(default)]
    pub approx: bool,
    /// The number is too large for an `f64`: `value`, `low` and `high` are
    /// then `null`.
    #[serde(default)]
    pub out_of_range: bool,
}

/// `v` times the scale `m`, snapped to the nearest whole number when the
/// product lies within rounding error of it: a decimal written with fewer
/// places than the scale has zeros is a whole number ("4,1 millions" is
/// 4 100 000, where `4.1 * 1e6` gives 4 099 999.999…).
fn times(v: f64, m: f64) -> f64 {
    let p = v * m;
    let r = p.round();
    if m >= 10.0 && (p - r).abs() <= 1e-12 * p.abs() {
        r
    } else {
        p
    }
}

/// Options of the extractor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NumberOptions {
    /// Report "un"/"une" everywhere, articles included ("un soldat russe"
    /// → 1 counted "soldat"). Off by default: an article is not a count.
    pub articles: bool,
}

/// Extracts the numbers of a token stream.
pub fn extract(stream: &TokenStream<'_>) -> Vec<NumberMention> {
    extract_with(stream, NumberOptions::default())
}

/// Finds every number in `text`.
///
/// A text with decomposed accents (NFD, as copied from macOS or a PDF) is
/// read composed, its spans in the caller's text (see
/// [`normalize`](crate::normalize())); [`extract`] over a caller's stream reads
/// the text as it is.
pub fn numbers(text: &str) -> Vec<NumberMention> {
    crate::normalize::composed(text, |t| extract(&TokenStream::new(t)))
}

/// Finds every number in `text`, with options.
///
/// ```
/// use frnews::numbers::{numbers_with, NumberOptions};
/// let opts = NumberOptions { articles: true };
/// let found = numbers_with("un soldat russe", opts);
/// assert_eq!(found[0].counted.as_deref(), Some("soldat"));
/// assert!(frnews::numbers("un soldat russe").is_empty());
/// ```
pub fn numbers_with(text: &str, options: NumberOptions) -> Vec<NumberMention> {
    crate::normalize::composed(text, |t| extract_with(&TokenStream::new(t), options))
}

impl crate::normalize::MapBack for NumberMention {
    fn map_back(&mut self, original: &str, norm: &crate::Normalized) {
        self.text = norm.back(original, &mut self.start, &mut self.end);
    }
}

/// Extracts the numbers of a token stream, with options.
///
/// A number phrase never runs across a line break (see
/// [`crate::sentences`]: every line break ends a sentence):
///
/// ```
/// let n = frnews::numbers("Ils étaient plus de\n6500.");
/// assert_eq!(n[0].text, "6500");
/// ```
pub fn extract_with(stream: &TokenStream<'_>, options: NumberOptions) -> Vec<NumberMention> {
    crate::lines::within_lines(stream, extract_any_lines(stream, options), |sub| {
        extract_any_lines(sub, options)
    })
}

/// [`extract_with`] before the line rule: phrases may cross line breaks.
fn extract_any_lines(stream: &TokenStream<'_>, options: NumberOptions) -> Vec<NumberMention> {
    let x = Extractor {
        s: stream,
        opts: options,
    };
    let n = stream.len();
    let gate: &Gate = &GATE;
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < n {
        // The gate admits every token at which `core_at` can find a number.
        if !x.may_start_at(gate, i) {
            i += 1;
            continue;
        }
        let Some(core) = x.core_at(i, floor) else {
            // "les prix ont doublé": a factor with no number.
            i += 1;
            if gate.factor_verbs.admits_code(stream.head(i - 1))
                && let Some(m) = x.factor_verb_at(i - 1, floor)
            {
                out.push(m);
                floor = i;
            }
            continue;
        };
        let next = match x.build(core, floor) {
            Built::Mention(m, next) => {
                out.push(m);
                next
            }
            Built::Change(pair, next) => {
                out.extend([pair.0, pair.1]);
                next
            }
            Built::Skip(next) => next,
        };
        // Always progress.
        i = next.max(i + 1);
        floor = i;
    }
    out
}

/// Whether a word may be the noun a count of two or more counts: French
/// puts that noun in the plural ("6500 soldats", "trois prix", "deux
/// journaux"), and names, acronyms and compounds do not vary ("24 Rafale",
/// "trois ONG", "60 F-16", "3 000 sans-abri"). A lowercase word without the
/// mark is what follows the number, not its noun: a verb ("un sur trois
/// renonce", "le budget 2024 prévoit"), an adjective. (After "de" the noun
/// is sure, and a missing mark a slip: "2 millions de visite".)
fn plural_form(surface: &str) -> bool {
    surface.ends_with(['s', 'x', 'z', 'S', 'X', 'Z'])
        || surface.starts_with(char::is_uppercase)
        || surface.contains(|c: char| c == '-' || c.is_ascii_digit())
}

/// Whether a unit symbol is a currency code ("EUR", "USD").
fn is_currency(symbol: &str) -> bool {
    symbol.len() == 3 && symbol.bytes().all(|b| b.is_ascii_uppercase())
}

/// The groups of a number written in digits, split at the thousands
/// separators the tokeniser keeps in one token (spaces, ".", "'").
fn digit_groups(surface: &str) -> std::str::Split<'_, impl Fn(char) -> bool> {
    surface.split(|c: char| c.is_whitespace() || c == '.' || c == '\'')
}

/// Whether a number in digits is grouped by thousands: its groups after
/// the first have three digits ("1 500", "1.500"; not "1.5", a decimal).
fn grouped(surface: &str) -> bool {
    let mut groups = digit_groups(surface);
    groups.next();
    let mut any = false;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        any = true;
    }
    any
}

/// The first group of a number grouped by thousands whose other groups are
/// all zeros ("300" of "300 000", "3" of "3.000").
fn round_thousands_lead(surface: &str) -> Option<f64> {
    let mut groups = digit_groups(surface);
    let lead = groups.next()?;
    let round = lead.len() <= 3 && grouped(surface) && groups.all(|g| g == "000");
    round.then(|| lead.parse().ok()).flatten()
}

/// How many words a number phrase may span.
const MAX_WORDS: usize = 48;

/// A number itself, before its qualifiers, range partner and unit.
#[derive(Clone, Copy, Debug)]
struct Core {
    first: usize,
    last: usize,
    value: f64,
    kind: NumberKind,
    /// Ends with a noun ("millions", "dizaine", "quarts"): the counted noun
    /// follows "de".
    scaled: bool,
    approx: bool,
    vague: bool,
    /// Written in digits.
    digits: bool,
    /// A unit written inside the number token ("45°").
    unit_hint: Option<&'static str>,
    /// A bare four-digit-or-less integer in digits, no grouping: may be a
    /// year or a label.
    plain_int: bool,
}

// The mention goes straight into the output vector: boxing it cost an
// allocation and a free per number found.
#[allow(clippy::large_enum_variant)]
enum Built {
    Mention(NumberMention, usize),
    /// A change ("passé de 3 à 5 %"): its two values, in order.
    Change(Box<(NumberMention, NumberMention)>, usize),
    Skip(usize),
}

struct Extractor<'a, 't> {
    s: &'a TokenStream<'t>,
    opts: NumberOptions,
}

/// Every folded word that may begin a number phrase (a cheap filter run on
/// each word before the full reader).
#[cfg(test)]
static STARTERS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set: WordSet = NUMBER_WORDS.clone();
    set.extend(lexn::FRACTION_NOUNS.iter().map(|&(w, _)| w));
    set.extend(lexq::VAGUE_DETERMINERS.iter().copied());
    set.insert("moins");
    set
});

/// Cardinal and irregular ordinal words (folded). Without "et": a number
/// never begins with it ([`lexn::parse_words`] refuses "et" as a first
/// part), and it is one of the commonest words.
static NUMBER_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set = WordSet::default();
    set.extend(
        lexn::CARDINALS
            .iter()
            .filter(|&&(_, v)| v != lexn::NumberWord::Et)
            .map(|&(w, _)| w),
    );
    set.extend(lexn::IRREGULAR_ORDINALS.iter().map(|&(w, _)| w));
    set
});

/// The phrases of [`lexq::QUALIFIERS_BEFORE`] by their last word, each list
/// in the table's order (so the first that matches is the table's first).
static QUALIFIERS_BY_LAST: LazyLock<rustc_hash::FxHashMap<&'static str, Vec<usize>>> =
    LazyLock::new(|| {
        let mut map = rustc_hash::FxHashMap::<&'static str, Vec<usize>>::default();
        for (k, (phrase, _, _)) in lexq::QUALIFIERS_BEFORE.iter().enumerate() {
            if let Some(&last) = phrase.last() {
                map.entry(last).or_default().push(k);
            }
        }
        map
    });

/// Every folded word [`lexq::unit`] or [`lexq::unit_pair`] may accept,
/// by its first bytes: the unit keys (also with the trailing period that
/// `unit` ignores) and the first words of two-word units (a key "a b" is
/// admitted by its first word "a").
static UNIT_STARTS: LazyLock<Prefixes> = LazyLock::new(|| {
    let keys: Vec<String> = lexq::UNITS
        .iter()
        .flat_map(|&(k, _)| {
            let head = k.split(' ').next().unwrap_or(k);
            [k.to_string(), format!("{k}."), head.to_string()]
        })
        .collect();
    word_heads(keys.iter().map(String::as_str))
});

/// The longer word lists of [`lexq`] as hash sets (a build reads them for
/// every number found; scanning 144 words was the dearer test).
static PRENOMINAL_ADJECTIVES: LazyLock<WordSet> =
    LazyLock::new(|| lexq::PRENOMINAL_ADJECTIVES.iter().copied().collect());
static NOT_COUNTED: LazyLock<WordSet> =
    LazyLock::new(|| lexq::NOT_COUNTED.iter().copied().collect());
static YEAR_CUES: LazyLock<WordSet> = LazyLock::new(|| lexq::YEAR_CUES.iter().copied().collect());
/// Whether a word ends as a past participle of the first group ("placé",
/// "classées"): an accented "é" before the agreement marks.
fn participle(surface: &str) -> bool {
    surface
        .trim_end_matches(['s', 'S'])
        .trim_end_matches(['e', 'E'])
        .ends_with(['é', 'É'])
}

static LABEL_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexq::LABEL_WORDS.iter().copied().collect());

/// A set of short words with a cheap hash (FxHash): the filter runs on
/// every word of the text, where SipHash showed in profiles.
type WordSet = rustc_hash::FxHashSet<&'static str>;

/// The part of a folded word before its first hyphen.
fn head(w: &str) -> &str {
    match w.bytes().position(|b| b == b'-') {
        Some(p) => &w[..p],
        None => w,
    }
}

fn ordinal_ending(w: &str) -> bool {
    w.ends_with("eme") || w.ends_with("emes")
}

/// A superset of the words at which `core_at` can find a number (stated
/// for the tests: `core_at` itself no longer asks it, see there).
#[cfg(test)]
fn may_start_number(w: &str) -> bool {
    let h = head(w);
    (h.len() <= 16 && STARTERS.contains(h)) || ordinal_ending(w)
}

/// The [`Prefixes`] of a set of folded words: each word, and each word
/// followed by a hyphen (a folded word whose head is `x` is `x` itself or
/// `x-…`), for a cheap test on a token's surface before it is folded or
/// hashed.
fn word_heads<'w>(words: impl IntoIterator<Item = &'w str>) -> Prefixes {
    let mut table = Prefixes::default();
    for x in words {
        table.insert(x.as_bytes());
        table.insert(format!("{x}-").as_bytes());
    }
    table
}

/// The word-start gate of [`extract_with`]: prefixes of the words that
/// [`Extractor::core_at`] reads as a number by themselves, of the vague
/// determiners ("des centaines"), and of the plural collectives those need.
struct Gate {
    /// Number words (heads), fraction nouns, "moins".
    strong: Prefixes,
    /// [`lexq::VAGUE_DETERMINERS`].
    vague: Prefixes,
    /// Both, for the common case: neither admits.
    either: Prefixes,
    /// Plural collectives ("centaines", "milliers").
    plural_collectives: Prefixes,
    /// The verbs of a factor ([`lexq::FACTOR_VERB_STEMS`]): tried where no
    /// number starts.
    factor_verbs: Prefixes,
}

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let ordinals = spelled_ordinal_forms();
    let strong_words = || {
        NUMBER_WORDS
            .iter()
            .copied()
            .chain(lexn::FRACTION_NOUNS.iter().map(|&(w, _)| w))
            .chain(["moins"])
            .chain(ordinals.iter().map(String::as_str))
            // The verbs of a factor ("doublé"), read where no number is.
            .chain(lexq::FACTOR_VERB_STEMS.iter().map(|&(stem, _)| stem))
    };
    Gate {
        strong: word_heads(strong_words()),
        vague: word_heads(lexq::VAGUE_DETERMINERS.iter().copied()),
        either: word_heads(strong_words().chain(lexq::VAGUE_DETERMINERS.iter().copied())),
        plural_collectives: word_heads(
            lexn::COLLECTIVES
                .iter()
                .map(|&(w, _)| w)
                .filter(|w| w.ends_with('s')),
        ),
        factor_verbs: word_heads(lexq::FACTOR_VERB_STEMS.iter().map(|&(stem, _)| stem)),
    }
});

/// The `-ième` words that [`lexn::ordinal_stem`] reads (each of
/// [`lexn::ordinal_stems`] followed by "ieme" or "eme"): for the gate, whose three-byte prefixes need only
/// those of the short stems ("unième"); a longer stem begins as its
/// cardinal does.
fn spelled_ordinal_forms() -> Vec<String> {
    lexn::ordinal_stems()
        .flat_map(|stem| [format!("{stem}ieme"), format!("{stem}eme")])
        .collect()
}

/// Whether `w` may begin a number written in words (not a determiner).
fn may_start_number_words(w: &str) -> bool {
    let h = head(w);
    (h.len() <= 16 && NUMBER_WORD_LENGTHS.admits(h.as_bytes()) && NUMBER_WORDS.contains(h))
        || ordinal_ending(w)
}

/// The lengths of [`NUMBER_WORDS`] by their first two bytes: bit `n` of
/// entry `(a & 31) << 5 | (b & 31)` is set when a number word of `n` bytes
/// begins with `a b`. A word equal to a number word has its first bytes and
/// length, so a word whose bit is clear is none: "tres", "pres" and
/// "militaires" pass the gate's three-byte test but are ruled out here
/// without hashing.
struct Lengths(Box<[u32; 1024]>);

impl Lengths {
    fn slot(w: &[u8]) -> usize {
        let at = |k: usize| w.get(k).copied().unwrap_or(0);
        usize::from(at(0) & 31) << 5 | usize::from(at(1) & 31)
    }

    /// `true` for every inserted word (of at most 31 bytes).
    #[inline]
    fn admits(&self, w: &[u8]) -> bool {
        w.len() < 32 && self.0[Self::slot(w)] >> w.len() & 1 == 1
    }
}

static NUMBER_WORD_LENGTHS: LazyLock<Lengths> = LazyLock::new(|| {
    let mut t = Box::new([0u32; 1024]);
    for w in NUMBER_WORDS.iter() {
        if w.len() < 32 {
            t[Lengths::slot(w.as_bytes())] |= 1 << w.len();
        }
    }
    Lengths(t)
});

/// Where the verb of "VERB de X à Y" may stand, for the "de" at token
/// `de` (from `floor` on): right before it, or before its object, a
/// determiner and one or two words ("a relevé son taux directeur de 2 à
/// 2,5 %", "a réduit sa peine de 10 à 8 ans"), or before an adverbial
/// of "en" and one or two words ("a été ramenée en appel de 8 à 6 ans",
/// "est passé en 2023 de 3 à 5 %"). Shared by the numbers' changes and the
/// durations'.
pub(crate) fn verb_slots<'a>(
    s: &'a TokenStream<'_>,
    de: usize,
    floor: usize,
) -> impl Iterator<Item = usize> + 'a {
    let direct = (de > floor && de >= 1).then(|| de - 1);
    let objects = [de.checked_sub(2), de.checked_sub(3)]
        .into_iter()
        .flatten()
        .filter(move |&det| {
            det > floor
                && lexq::OBJECT_DETERMINERS.contains(&s.folded(det))
                && (det + 1..de).all(|k| s.is_word(k))
        })
        .map(|det| det - 1);
    let adverbials = [de.checked_sub(2), de.checked_sub(3)]
        .into_iter()
        .flatten()
        .filter(move |&en| {
            en > floor
                && s.folded(en) == "en"
                && (en + 1..de).all(|k| s.is_word(k) || s.kind(k) == Some(TokenKind::Number))
        })
        .map(|en| en - 1);
    direct.into_iter().chain(objects).chain(adverbials)
}

fn is_de(w: &str) -> bool {
    matches!(w, "de" | "d'")
}

impl Extractor<'_, '_> {
    #[inline]
    fn f(&self, i: usize) -> &str {
        self.s.folded(i)
    }

    #[inline]
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.s.kind(i)
    }

    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.s.is_word(i)
    }

    /// Whether `core_at(i, _)` may find a number (a superset: `false` only
    /// where it finds none). It can for digits and ordinals; for a word,
    /// `core_at` needs one of: a fraction noun, "moins", a number-word head,
    /// a vague determiner before a plural collective, or a spelled-out
    /// ordinal that [`lexn::parse_words`] reads, whose stem is a cardinal
    /// ([`lexn::ordinal_stem`]; a word merely ending in "-ème", "problème",
    /// is none): so it begins as a cardinal does, or as one of the
    /// [`spelled_ordinal_forms`] ("unième"). Each is tested on the first
    /// bytes of the surface (or of the folded form where the surface is not
    /// ASCII there), and on the next token, without hashing.
    #[inline]
    fn may_start_at(&self, g: &Gate, i: usize) -> bool {
        let Some(t) = self.s.get(i) else {
            return false;
        };
        match t.kind {
            TokenKind::Number | TokenKind::Ordinal => true,
            TokenKind::Word => {
                let head = self.s.head(i);
                g.either.admits_code(head)
                    && (g.strong.admits_code(head)
                        || (g.vague.admits_code(head) && self.may_be_plural_collective(g, i + 1)))
            }
            _ => false,
        }
    }

    /// The bytes of token `t` in the text.
    #[inline]
    fn surface_bytes(&self, t: &crate::tokenize::Token) -> Option<&[u8]> {
        self.s.text().as_bytes().get(t.start..t.end)
    }

    /// A superset of "token `k` is a word whose folded form is a plural
    /// collective" (`is_word`, `collective`, `ends_with('s')`).
    fn may_be_plural_collective(&self, g: &Gate, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let Some(t) = self.s.get(k) else {
            return false;
        };
        let s = self.surface_bytes(t).unwrap_or_default();
        // An ASCII last byte is the folded last byte, up to case.
        if s.last().is_some_and(|&l| l < 0x80 && l | 0x20 != b's') {
            return false;
        }
        g.plural_collectives.admits_code(self.s.head(k))
    }

    /// The direction of the verb of change ([`lexq::change_verb`]) the
    /// "de" at token `de` follows, right after it or after its object ("a
    /// relevé son taux de", a determiner and one or two words): "passé de
    /// 3 à 5 %" goes from 3 to 5. None before `floor`.
    fn change_before(&self, de: usize, floor: usize) -> Option<lexq::Change> {
        verb_slots(self.s, de, floor).find_map(|v| lexq::change_verb(self.f(v), self.s.surface(v)))
    }

    /// A factor of change around `core`: "multiplié par 3", "divisés par
    /// deux" (its inverse), "trois fois plus", "deux fois moins" (its
    /// inverse). The mention runs over the verb or the comparative.
    fn factor(&self, core: &Core, floor: usize) -> Option<Built> {
        let positive = core.value > 0.0 && core.value.is_finite();
        if !positive || !matches!(core.kind, NumberKind::Cardinal | NumberKind::Decimal) {
            return None;
        }
        // "multiplié par plus de deux", "par près de 4": a qualifier
        // between "par" and the number. Most numbers have no "par" shortly
        // before them: settled without the scan of the qualifiers.
        let par_near =
            (core.first.saturating_sub(6).max(floor)..core.first).any(|k| self.f(k) == "par");
        if !par_near && self.f(core.last + 1) != "fois" {
            return None;
        }
        let (qualifier, approx, q_len) = lexq::QUALIFIERS_BEFORE
            .iter()
            .filter(|_| par_near)
            .find(|(q, ..)| {
                core.first >= floor + q.len() + 2
                    && q.iter()
                        .enumerate()
                        .all(|(n, w)| self.f(core.first - q.len() + n) == *w)
            })
            .map_or((Qualifier::Exact, false, 0), |(q, qual, ap)| {
                (*qual, *ap, q.len())
            });
        let par = core.first - q_len;
        let verb = (par >= floor + 2 && self.f(par - 1) == "par").then(|| self.f(par - 2));
        // "multipliés par 3 à 5", "par deux ou trois": a range of factors.
        let range = || {
            let c2 = self.core_at(core.last + 2, core.last + 2).filter(|c2| {
                (self.f(core.last + 1) == "a" || self.f(core.last + 1) == "ou")
                    && c2.value > core.value
                    && matches!(c2.kind, NumberKind::Cardinal | NumberKind::Decimal)
            })?;
            Some(c2)
        };
        let (start, end, inverse, high) = if let Some(v) = verb
            && (lexq::MULTIPLY_VERBS.contains(&v) || lexq::DIVIDE_VERBS.contains(&v))
        {
            let high = (q_len == 0).then(range).flatten();
            let end = high.map_or(core.last, |c2| c2.last);
            (par - 2, end, lexq::DIVIDE_VERBS.contains(&v), high)
        } else if q_len == 0
            && self.f(core.last + 1) == "fois"
            && matches!(self.f(core.last + 2), "plus" | "moins")
            // "deux fois plus tard": twice, later.
            && !matches!(self.f(core.last + 3), "tard" | "tot")
        {
            (
                core.first,
                core.last + 2,
                self.f(core.last + 2) == "moins",
                None,
            )
        } else {
            return None;
        };
        let span = self.s.span(start, end);
        let of = |v: f64| if inverse { 1.0 / v } else { v };
        let (value, low, high, qualifier) = match high {
            // Divided by 2 to 3: a factor of 1/3 to 1/2.
            Some(c2) => {
                let (a, b) = (of(core.value), of(c2.value));
                (None, Some(a.min(b)), Some(a.max(b)), Qualifier::Range)
            }
            None => {
                let v = of(core.value);
                // A bound is on the factor as written: "divisé par plus de
                // deux" is more than halved, a factor below 0.5.
                let (low, high) = match (qualifier, inverse) {
                    (Qualifier::MoreThan | Qualifier::AtLeast, false)
                    | (Qualifier::LessThan | Qualifier::AtMost, true) => (Some(v), None),
                    (Qualifier::LessThan | Qualifier::AtMost, false)
                    | (Qualifier::MoreThan | Qualifier::AtLeast, true) => (None, Some(v)),
                    _ => (None, None),
                };
                let qualifier = match (qualifier, inverse) {
                    (Qualifier::MoreThan, true) => Qualifier::LessThan,
                    (Qualifier::LessThan, true) => Qualifier::MoreThan,
                    (Qualifier::AtLeast, true) => Qualifier::AtMost,
                    (Qualifier::AtMost, true) => Qualifier::AtLeast,
                    (q, _) => q,
                };
                (Some(v), low, high, qualifier)
            }
        };
        Some(Built::Mention(
            NumberMention {
                start: span.start,
                end: span.end,
                text: self.s.text().get(span.start..span.end)?.to_string(),
                kind: NumberKind::Factor,
                value,
                low,
                high,
                qualifier,
                unit: None,
                counted: None,
                vague: false,
                in_body: true,
                approx: core.approx || approx,
                out_of_range: false,
            },
            end + 1,
        ))
    }

    /// A verb at `i` that multiplies by its own factor
    /// ([`lexq::FACTOR_VERB_STEMS`]): "ont doublé" (after an auxiliary and
    /// adverbs: "a plus que doublé" is more than two, "a presque triplé"
    /// about three), "va doubler" (after a verb of intent), "doubleront".
    /// Not after a negation ("n'a pas doublé"), nor "un doublé" (a noun).
    fn factor_verb_at(&self, i: usize, floor: usize) -> Option<NumberMention> {
        if !self.is_word(i) {
            return None;
        }
        let (factor, form) = lexq::factor_verb(self.f(i), self.s.surface(i))?;
        // The verbs also overtake, dub, score and repeat a year ("a doublé
        // un camion", "a été doublé en 25 langues", "a doublé la marque",
        // "a doublé sa classe"): with an object, it must be a quantity
        // ("a doublé son chiffre d'affaires", "veut doubler le nombre de
        // places"); an infinitive needs one; a passive needs a quantity as
        // its subject ("le budget a été doublé").
        let object = self.factor_object(i + 1);
        let passive = i > floor && self.f(i - 1) == "ete";
        if object == Some(false)
            || (form == lexq::FactorForm::Infinitive
                && object.is_none()
                && !self.quantity_subject(i, floor))
            || (passive && !self.quantity_subject(i - 1, floor))
        {
            return None;
        }
        // Back over the adverbs to the auxiliary.
        let mut k = i;
        let mut qualifier = Qualifier::Exact;
        let mut start = i;
        if form == lexq::FactorForm::Participle {
            while let Some(&(w, q)) = lexq::FACTOR_ADVERBS.iter().find(|(w, _)| {
                k >= floor + w.len()
                    && w.iter()
                        .enumerate()
                        .all(|(n, x)| self.f(k - w.len() + n) == *x)
            }) {
                k -= w.len();
                if let Some(q) = q {
                    qualifier = q;
                    start = k;
                }
            }
            let before = if k > floor { self.f(k - 1) } else { "" };
            let ok = (crate::lexicon::temporal::AVOIR_FORMS.contains(&before)
                || lexq::ETRE_AUXILIARIES.contains(&before))
                && (before != "a" || matches!(self.s.surface(k - 1), "a" | "A"));
            let negated = k >= floor + 2 && matches!(self.f(k - 2), "pas" | "jamais");
            if !ok || negated {
                return None;
            }
        }
        let span = self.s.span(start, i);
        Some(NumberMention {
            start: span.start,
            end: span.end,
            text: self.s.text().get(span.start..span.end)?.to_string(),
            kind: NumberKind::Factor,
            value: Some(factor),
            low: (qualifier == Qualifier::MoreThan).then_some(factor),
            high: None,
            qualifier,
            unit: None,
            counted: None,
            vague: false,
            in_body: true,
            approx: qualifier == Qualifier::Approx,
            out_of_range: false,
        })
    }

    /// The object after a verb of [`lexq::FACTOR_VERB_STEMS`] at `k`:
    /// `None` when none follows (a preposition, punctuation, the end),
    /// `Some(true)` for a determiner and a noun of quantity ("le nombre",
    /// "son chiffre d'affaires", "ses effectifs"), `Some(false)` for any
    /// other object ("un camion", "la marque", "Verstappen").
    fn factor_object(&self, k: usize) -> Option<bool> {
        if !self.is_word(k) {
            return None;
        }
        let w = self.f(k);
        // The determiners of a verb's object, and the articles.
        if lexq::contains(lexq::OBJECT_DETERMINERS, w) || matches!(w, "un" | "une" | "des" | "du") {
            return Some(
                self.is_word(k + 1) && lexq::contains(lexq::QUANTITY_NOUNS, self.f(k + 1)),
            );
        }
        let capitalised = self.s.surface(k).starts_with(char::is_uppercase);
        (capitalised || lexq::contains(lexq::FACTOR_OBJECT_WORDS, w)).then_some(false)
    }

    /// Whether a noun of quantity stands within five tokens before token
    /// `aux`: the subject of a passive ("le budget a été doublé") or of an
    /// infinitive ("la production devrait quadrupler").
    fn quantity_subject(&self, aux: usize, floor: usize) -> bool {
        (aux.saturating_sub(5).max(floor)..aux)
            .any(|k| lexq::contains(lexq::QUANTITY_NOUNS, self.f(k)))
    }

    /// Whether "passer" at token `v` spends the length whose unit is at
    /// `unit` ("ils passent de 3 à 5 heures par jour devant les écrans"):
    /// a time unit, then a place or activity (as the dates stage reads
    /// it). Then "de X à Y" is a range, not a change.
    fn spends_time(&self, v: usize, unit: usize) -> bool {
        v < self.s.len()
            && matches!(
                lexq::unit(self.f(unit)),
                Some("h" | "min" | "s" | "d" | "wk" | "mo" | "yr")
            )
            && crate::lexicon::temporal::spends(
                self.f(v),
                self.f(unit + 1),
                self.kind(unit + 2) == Some(TokenKind::Number),
            )
    }

    /// Folded word before `i`, if it is at or after `floor`.
    #[inline]
    fn prev(&self, i: usize, floor: usize) -> &str {
        if i > floor && i > 0 {
            self.f(i - 1)
        } else {
            ""
        }
    }

    /// Value of a number token in digits.
    fn digit_value(&self, i: usize) -> Option<f64> {
        let f = self.f(i);
        if let Ok(v) = f.parse::<f64>() {
            return Some(v);
        }
        // Mixed grouping such as "6.700,54" (dots group, comma decimal):
        // re-read from the surface.
        let mut buf = String::with_capacity(f.len());
        let surface = self.s.surface(i);
        let comma = surface.contains(',');
        for c in surface.chars() {
            match c {
                '0'..='9' => buf.push(c),
                '-' | '−' => buf.push('-'),
                ',' => buf.push('.'),
                '.' if !comma => buf.push('.'),
                _ => {}
            }
        }
        buf.parse::<f64>().ok()
    }

    /// Whether token `i` starts a number (digits or a number word), for the
    /// second member of "un ou deux", "un sur deux".
    fn starts_number(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => {
                let w = self.f(i);
                lexn::is_cardinal_word(w.split('-').next().unwrap_or(""))
            }
            _ => false,
        }
    }

    /// The number starting at token `i`, if any (`floor`: first token not
    /// yet used by an earlier mention).
    fn core_at(&self, i: usize, floor: usize) -> Option<Core> {
        match self.kind(i)? {
            TokenKind::Number => self.digits_core(i),
            TokenKind::Ordinal => self.ordinal_core(i),
            TokenKind::Word => {
                // No `may_start_number` test first: every way `word_core`
                // (and "moins") finds a number needs a word of `STARTERS`
                // or an ordinal ending, so that test only repeated a hash
                // look-up for each number word.
                // "moins 5": a negative number (not "au moins", "pas moins").
                if self.f(i) == "moins"
                    && self.kind(i + 1) == Some(TokenKind::Number)
                    && !matches!(
                        self.prev(i, floor),
                        "au" | "pas"
                            | "peu"
                            | "bien"
                            | "ou"
                            | "et"
                            | "le"
                            | "du"
                            | "de"
                            | "d'"
                            | "rien"
                            | "plus"
                            | "beaucoup"
                            | "encore"
                    )
                {
                    let mut c = self.digits_core(i + 1)?;
                    if c.value > 0.0 {
                        c.value = -c.value;
                        c.first = i;
                        c.plain_int = false;
                        return Some(c);
                    }
                    return None;
                }
                self.word_core(i, floor)
            }
            _ => None,
        }
    }

    /// The last token of a score or tally from `core` on: small integers
    /// glued by hyphens ("3-1", "1-1", "4-3-3") where the first is not
    /// below the second (no range goes down) or, rising, after a word of
    /// sport or vote within four tokens ("victoire 1-3"); nothing when a
    /// unit or a noun follows ("3-5 ans" is a range).
    fn score_at(&self, core: &Core, floor: usize) -> Option<usize> {
        let small = |k: usize| {
            (self.kind(k) == Some(TokenKind::Number) && self.s.surface(k).len() <= 2)
                .then(|| self.digit_value(k))
                .flatten()
        };
        let a = small(core.first).filter(|_| core.first == core.last)?;
        let i = core.first;
        let dash = |k: usize| {
            matches!(self.f(k), "-" | "–") && self.s.glued_before(k) && self.s.glued_before(k + 1)
        };
        let cued =
            || (i.saturating_sub(4).max(floor)..i).any(|k| lexq::SCORE_CUES.contains(&self.f(k)));
        // "s'est imposé 3 à 1", "ont battu l'Irlande 28 à 24": a score
        // written with "à" after a word of sport, not the end of a range
        // ("de 3 à 5") nor before a unit or a counted noun.
        // "de 3 à 5" opens a range, unless "le score de 3 à 3".
        let range_opener = || {
            i > floor
                && matches!(self.f(i - 1), "de" | "d'" | "entre")
                && !(i > floor + 1 && self.f(i - 2) == "score")
        };
        // A plural noun after the pair counts it ("3 à 5 matchs"), not a
        // determiner ("2 à 0 des Bleus").
        let counted = || {
            let f = self.f(i + 3);
            self.is_word(i + 3)
                && plural_form(self.s.surface(i + 3))
                && !matches!(f, "des" | "aux")
                && !lexq::contains(lexq::OBJECT_DETERMINERS, f)
        };
        if matches!(self.s.surface(i + 1), "à" | "À")
            && !range_opener()
            && small(i + 2).is_some()
            && self.unit_at(i + 3).is_none()
            && !counted()
            && cued()
        {
            return Some(i + 2);
        }
        if !dash(i + 1) {
            return None;
        }
        let b = small(i + 2)?;
        let mut end = i + 2;
        while dash(end + 1) && small(end + 2).is_some() {
            end += 2;
        }
        // A unit or, for a rising pair, a counted noun makes a range ("3-5
        // ans", "2-3 supporters").
        if self.unit_at(end + 1).is_some()
            || (self.is_word(end + 1)
                && a < b
                && end == i + 2
                && self.s.surface(end + 1).starts_with(char::is_lowercase)
                && plural_form(self.s.surface(end + 1)))
        {
            return None;
        }
        // Sets listed with commas: "6-4, 3-6, 7-5" (each pair a score).
        let pair_before = i >= 4
            && self.f(i - 1) == ","
            && small(i - 2).is_some()
            && dash(i - 3)
            && small(i - 4).is_some();
        let pair_after = self.f(end + 1) == ","
            && small(end + 2).is_some()
            && dash(end + 3)
            && small(end + 4).is_some();
        (a >= b || end > i + 2 || pair_before || pair_after || cued()).then_some(end)
    }

    /// Whether the number token `i` is part of a postal address: a street
    /// number before a street word ("12 rue", "3 bis avenue"), or a French
    /// postcode (five digits as written) before a capitalised town name,
    /// after a comma, at the start of a line, after a street word earlier
    /// on the line, or before "Cedex" ("75002 Paris", "BP 12, 31000
    /// Toulouse").
    fn address_at(&self, i: usize, floor: usize) -> bool {
        let street = |k: usize| lexq::contains(lexq::STREET_WORDS, self.f(k));
        let surface = self.s.surface(i);
        // Most numbers are neither before "bis"/"ter" nor a street word nor
        // five digits: settled on the next word's length and the
        // surface's.
        let next_len = self.f(i + 1).len();
        if !(surface.len() == 5 || (2..=9).contains(&next_len))
            || !surface.bytes().all(|b| b.is_ascii_digit())
        {
            return false;
        }
        let after = if matches!(self.f(i + 1), "bis" | "ter") {
            i + 2
        } else {
            i + 1
        };
        if surface.len() <= 4 && self.is_word(after) && street(after) {
            return true;
        }
        if surface.len() != 5
            || !self.is_word(i + 1)
            || !self.s.surface(i + 1).starts_with(char::is_uppercase)
        {
            return false;
        }
        // After a comma or at a line's start, the town must close its
        // clause: "Selon la préfecture, 13000 Marseillais ont défilé" counts.
        let line_start = i == floor || self.s.line_break_before(i);
        let closes = !self.is_word(i + 2) || self.s.line_break_before(i + 2);
        ((line_start || self.f(i - 1) == ",") && closes)
            || self.f(i + 2) == "cedex"
            || (i.saturating_sub(12).max(floor)..i)
                .rev()
                .take_while(|&k| !self.s.line_break_before(k + 1))
                .any(street)
    }

    /// Whether a clock time written with spaces starts at token `i`: "8 h
    /// 30", "14 h 05" (an hour in digits, "h", two digits of minutes).
    fn spaced_clock_at(&self, i: usize) -> bool {
        self.f(i + 1) == "h"
            && self.kind(i + 2) == Some(TokenKind::Number)
            && self.kind(i) == Some(TokenKind::Number)
            && self.s.surface(i + 2).len() == 2
            && self.digit_value(i).is_some_and(|h| h <= 24.0)
            && self.digit_value(i + 2).is_some_and(|m| m < 60.0)
    }

    fn digits_core(&self, i: usize) -> Option<Core> {
        let v = self.digit_value(i)?;
        // "les 3/4 des communes", "1/3 des lits": a fraction of what
        // follows "des"/"du"/"de" (not "le 3/4", a date).
        if self.f(i + 1) == "/"
            && self.s.glued_before(i + 1)
            && self.s.glued_before(i + 2)
            && self.kind(i + 2) == Some(TokenKind::Number)
            && (is_de(self.f(i + 3)) || matches!(self.f(i + 3), "des" | "du"))
            && let Some(d) = self
                .digit_value(i + 2)
                .filter(|&d| (2.0..=100.0).contains(&d))
            && v >= 1.0
            && v < d
            && v.fract() == 0.0
            && d.fract() == 0.0
        {
            return Some(Core {
                first: i,
                last: i + 2,
                value: v / d,
                kind: NumberKind::Fraction,
                scaled: true,
                approx: false,
                vague: false,
                digits: true,
                unit_hint: None,
                plain_int: false,
            });
        }
        let surface = self.s.surface(i);
        let mut c = Core {
            first: i,
            last: i,
            value: v,
            kind: NumberKind::Cardinal,
            scaled: false,
            approx: false,
            vague: false,
            digits: true,
            unit_hint: None,
            plain_int: surface.len() <= 4 && surface.bytes().all(|b| b.is_ascii_digit()),
        };
        let next = self.f(i + 1);
        // Multiplier abbreviations: glued ("100K", "3M", "1,2M€") or before
        // a currency sign ("2 M€", "300 k€"); "Md", "Mds", "Mrd" (milliard)
        // spaced too ("5,5 Md€"). Not "G" ("la 5G" is a network).
        if self.kind(i + 1) == Some(TokenKind::Word) {
            let glued = self.s.glued_before(i + 1);
            let money = self.kind(i + 2) == Some(TokenKind::Symbol)
                && self.s.glued_before(i + 2)
                && lexq::unit(self.f(i + 2)).is_some_and(is_currency);
            let m = match self.s.surface(i + 1) {
                "k" | "K" if glued || money => Some(1e3),
                "M" if glued || money => Some(1e6),
                "Md" | "Mds" | "Mrd" | "Mrds" | "mds" | "mrds" => Some(1e9),
                _ => None,
            };
            if let Some(m) = m {
                c.value = times(c.value, m);
                // "12 Mds de dollars": the currency after "de".
                c.scaled = m >= 1e6;
                c.last = i + 1;
                c.plain_int = false;
                return Some(c);
            }
        }
        // "2 millions", "1,5 milliard", "5 mille".
        if self.kind(i + 1) == Some(TokenKind::Word)
            && let Some(lexn::NumberWord::Scale(sc)) = lexn::cardinal_word(next)
            && !(next.starts_with("mille") && matches!(self.f(i + 2), "nautique" | "nautiques"))
        {
            c.value = times(c.value, sc as f64);
            c.last = i + 1;
            c.scaled = sc >= 1_000_000;
            c.plain_int = false;
            // "1 milliard 200 millions": a smaller scale's amount goes on.
            if let Some(v2) = self
                .digit_value(i + 2)
                .filter(|v| v.fract() == 0.0 && *v >= 1.0)
                && self.kind(i + 2) == Some(TokenKind::Number)
                && let Some(lexn::NumberWord::Scale(sc2)) = lexn::cardinal_word(self.f(i + 3))
                && sc2 >= 1_000
                && v2 * (sc2 as f64) < sc as f64
            {
                c.value += v2 * sc2 as f64;
                c.last = i + 3;
            }
        }
        self.collective_or_fraction(&mut c);
        Some(c)
    }

    /// A plain cardinal core of one digits token with a known value.
    fn digits_core_value(&self, i: usize, value: f64) -> Core {
        Core {
            first: i,
            last: i,
            value,
            kind: NumberKind::Cardinal,
            scaled: false,
            approx: false,
            vague: false,
            digits: true,
            unit_hint: None,
            plain_int: false,
        }
    }

    fn ordinal_core(&self, i: usize) -> Option<Core> {
        let f = self.f(i);
        let digits_end = f.bytes().take_while(u8::is_ascii_digit).count();
        // "45°" comes as an ordinal (1° = primo): a degree after digits.
        if digits_end > 0 && f.ends_with('°') {
            let mut c = self.digits_core_value(i, f[..digits_end].parse::<f64>().ok()?);
            c.unit_hint = Some("°");
            return Some(c);
        }
        let value = if digits_end > 0 {
            f[..digits_end].parse::<f64>().ok()?
        } else {
            let surface = self.s.surface(i);
            let roman_end = surface
                .bytes()
                .take_while(|b| b"IVXLCDM".contains(b))
                .count();
            lexn::roman_value(&surface[..roman_end])? as f64
        };
        Some(Core {
            first: i,
            last: i,
            value,
            kind: NumberKind::Ordinal,
            scaled: false,
            approx: false,
            vague: false,
            digits: true,
            unit_hint: None,
            plain_int: false,
        })
    }

    /// "une dizaine", "deux centaines", "trois quarts", "une dizaine de milliers".
    fn collective_or_fraction(&self, c: &mut Core) {
        if c.kind != NumberKind::Cardinal || !self.is_word(c.last + 1) {
            return;
        }
        let next = self.f(c.last + 1);
        if let Some(m) = lexn::collective(next) {
            c.value = times(c.value, m as f64);
            c.last += 1;
            c.approx = true;
            c.scaled = true;
            c.plain_int = false;
            self.thousands_of(c);
        } else if let Some(d) = lexn::fraction_denominator(next).or_else(|| {
            // "58 centièmes", "un dixième": plural after more than one.
            // Not before a noun: "un centième anniversaire" is an ordinal.
            let after = self.f(c.last + 2);
            let closes = !self.is_word(c.last + 2) || is_de(after) || matches!(after, "des" | "du");
            // A plural after two or more needs no closing word: "revue de
            // deux dixièmes à 0,6 %".
            let plural = c.value >= 2.0 && next.ends_with('s');
            lexn::ordinal_denominator(next).filter(|_| {
                (closes || plural)
                    && c.value.fract() == 0.0
                    && (c.value < 2.0) != next.ends_with('s')
            })
        }) {
            c.value /= d as f64;
            c.last += 1;
            c.kind = NumberKind::Fraction;
            c.scaled = true;
            c.plain_int = false;
        }
    }

    /// "… de milliers", "… de millions": multiplies a collective.
    fn thousands_of(&self, c: &mut Core) {
        if is_de(self.f(c.last + 1)) {
            let w = self.f(c.last + 2);
            let m = match lexn::cardinal_word(w) {
                Some(lexn::NumberWord::Scale(sc)) if w.ends_with('s') => Some(sc),
                _ => lexn::collective(w).filter(|_| w == "milliers"),
            };
            if let Some(m) = m {
                c.value = times(c.value, m as f64);
                c.last += 2;
            }
        }
    }

    fn word_core(&self, i: usize, floor: usize) -> Option<Core> {
        let w = self.f(i);
        let blank = Core {
            first: i,
            last: i,
            value: 0.0,
            kind: NumberKind::Cardinal,
            scaled: false,
            approx: false,
            vague: false,
            digits: false,
            unit_hint: None,
            plain_int: false,
        };
        // "la moitié".
        if let Some(&(_, v)) = lexn::FRACTION_NOUNS.iter().find(|(x, _)| *x == w) {
            // "la moitié": the article belongs to the fraction, so that
            // "près de la moitié" finds its qualifier.
            let first = if self.prev(i, floor) == "la" {
                i - 1
            } else {
                i
            };
            return Some(Core {
                first,
                value: v,
                kind: NumberKind::Fraction,
                scaled: true,
                ..blank
            });
        }
        // "un demi-million (de manifestants)", "un demi-milliard
        // (d'euros)": half the scale word, its noun after "de".
        if w == "un"
            && let Some(rest) = self.f(i + 1).strip_prefix("demi-")
            && let Some(lexn::NumberWord::Scale(m)) = lexn::cardinal_word(rest)
            && m >= 1_000_000
        {
            return Some(Core {
                last: i + 1,
                value: 0.5 * m as f64,
                scaled: true,
                ..blank
            });
        }
        // "des centaines", "plusieurs milliers", "des millions": at least
        // the collective or the scale.
        if lexq::contains(lexq::VAGUE_DETERMINERS, w)
            && self.is_word(i + 1)
            && let Some(m) = lexn::collective(self.f(i + 1)).or_else(|| {
                match lexn::cardinal_word(self.f(i + 1)) {
                    Some(lexn::NumberWord::Scale(m)) if m >= 1_000_000 => Some(m),
                    _ => None,
                }
            })
            && self.f(i + 1).ends_with('s')
        {
            let mut c = Core {
                last: i + 1,
                value: m as f64,
                scaled: true,
                vague: true,
                ..blank
            };
            self.thousands_of(&mut c);
            return Some(c);
        }
        // "une bonne dizaine", "une petite centaine", "un bon millier":
        // about the collective.
        if matches!(w, "un" | "une")
            && self.is_word(i + 1)
            && lexq::contains(lexq::COLLECTIVE_ADJECTIVES, self.f(i + 1))
            && self.is_word(i + 2)
            && let Some(m) = lexn::collective(self.f(i + 2))
        {
            let mut c = Core {
                last: i + 2,
                value: m as f64,
                scaled: true,
                approx: true,
                ..blank
            };
            self.thousands_of(&mut c);
            return Some(c);
        }
        // "un" and "une" are number words: the commonest starters skip the
        // hash look-up.
        if !(matches!(w, "un" | "une") || may_start_number_words(w)) {
            return None;
        }
        // "un"/"une" is mostly an article: decide that without the number
        // reader. Where the next token cannot go on with a number (the
        // reader reads a word token only, and goes on only with a cardinal
        // first part or an ordinal ending), nor is a decimal point, a
        // collective or a fraction word, the steps below would read 1 from
        // this one word and return `None` exactly when `counts_one` fails.
        if matches!(w, "un" | "une") {
            let next = self.f(i + 1);
            let next_word = self.kind(i + 1) == Some(TokenKind::Word);
            let may_go_on =
                next_word && (lexn::cardinal_word(head(next)).is_some() || ordinal_ending(next));
            let joins = lexn::DECIMAL_POINT_WORDS.contains(&next)
                || (self.is_word(i + 1)
                    && (lexn::collective(next).is_some()
                        || lexn::fraction_denominator(next).is_some()
                        || lexn::ordinal_denominator(next).is_some()));
            if !may_go_on && !joins && !self.counts_one(i, floor) {
                return None;
            }
        }
        // "trois-quarts", "deux-tiers".
        if let Some((head, tail)) = w.rsplit_once('-')
            && let Some(d) = lexn::fraction_denominator(tail)
            && let Some(p) = lexn::parse_words([head])
            && !p.ordinal
        {
            return Some(Core {
                value: p.value as f64 / d as f64,
                kind: NumberKind::Fraction,
                scaled: true,
                ..blank
            });
        }
        let words = |end: usize| {
            lexn::parse_words((i..end).map(|k| {
                if self.kind(k) == Some(TokenKind::Word) {
                    self.f(k)
                } else {
                    ""
                }
            }))
        };
        let mut p = words(i + MAX_WORDS)?;
        // "deux centièmes", "cinq millièmes": a plural tenth, hundredth or
        // thousandth after a cardinal of its own is the denominator of a
        // fraction (read below), not the ordinal "deux-centième" (other
        // ordinals compound: "vingt cinquièmes" are 25th).
        let denominator = i + p.consumed - 1;
        if p.ordinal
            && p.consumed >= 2
            && self.f(denominator).ends_with("iemes")
            && matches!(
                lexn::ordinal_denominator(self.f(denominator)),
                Some(10 | 100 | 1000)
            )
            && let Some(q) = words(denominator)
            && !q.ordinal
            && i + q.consumed == denominator
        {
            p = q;
        }
        let last = i + p.consumed - 1;
        if p.ordinal {
            // "seconde" is a time unit unless "la seconde guerre", "en seconde ligne".
            if w.starts_with("second") {
                let before = self.prev(i, floor);
                let ordinal_context = matches!(
                    before,
                    "la" | "le"
                        | "en"
                        | "sa"
                        | "son"
                        | "cette"
                        | "ce"
                        | "leur"
                        | "notre"
                        | "votre"
                        | "ma"
                        | "mon"
                );
                if w.ends_with('s') || (w == "seconde" && !ordinal_context) {
                    return None;
                }
            }
            // "Premier ministre", "la première dame": titles.
            if (w.starts_with("premier") && self.f(last + 1).starts_with("ministre"))
                || (w == "premiere" && self.f(last + 1) == "dame")
            {
                return None;
            }
            return Some(Core {
                last,
                value: p.value as f64,
                kind: NumberKind::Ordinal,
                ..blank
            });
        }
        let last_part = self.f(last).rsplit('-').next().unwrap_or("");
        let mut c = Core {
            last,
            value: p.value as f64,
            scaled: matches!(lexn::cardinal_word(last_part), Some(lexn::NumberWord::Scale(sc)) if sc >= 1_000_000),
            ..blank
        };
        // "un virgule cinq", "zéro point zéro trois".
        if lexn::DECIMAL_POINT_WORDS.contains(&self.f(last + 1))
            && let Some((frac, frac_last)) = self.decimal_words(last + 2)
            && let Ok(v) = format!("{}.{frac}", p.value).parse::<f64>()
        {
            c.value = v;
            c.last = frac_last;
            return Some(c);
        }
        let before = c.last;
        self.collective_or_fraction(&mut c);
        if c.last != before {
            return Some(c);
        }
        if p.consumed == 1 && matches!(w, "un" | "une") && !self.counts_one(i, floor) {
            return None;
        }
        Some(c)
    }

    /// Fractional digits read from words after "virgule": leading "zéro"s
    /// then a number ("zéro trois" → "03").
    fn decimal_words(&self, k: usize) -> Option<(String, usize)> {
        let mut zeros = 0;
        let mut k = k;
        while self.f(k) == "zero" && zeros < MAX_WORDS {
            zeros += 1;
            k += 1;
        }
        let mut s = "0".repeat(zeros);
        match lexn::parse_words((k..k + MAX_WORDS).map(|j| {
            if self.kind(j) == Some(TokenKind::Word) {
                self.f(j)
            } else {
                ""
            }
        })) {
            Some(q) if !q.ordinal => {
                s.push_str(&q.value.to_string());
                Some((s, k + q.consumed - 1))
            }
            _ if zeros > 0 => Some((s, k - 1)),
            _ => None,
        }
    }

    /// Whether a lone "un"/"une" at `i` counts (is the number one).
    fn counts_one(&self, i: usize, floor: usize) -> bool {
        let before = self.prev(i, floor);
        if matches!(before, "l'" | "quelqu'" | "chacun") {
            return false; // pronoun: "l'un d'eux"
        }
        if self.opts.articles {
            return true;
        }
        let next = self.f(i + 1);
        match self.kind(i + 1) {
            None => return true,
            Some(TokenKind::Punctuation)
                if matches!(next, "." | "," | ";" | ":" | "!" | "?" | "…" | ")") =>
            {
                return true;
            }
            _ => {}
        }
        if !self.is_word(i + 1) {
            return false;
        }
        if matches!(next, "seul" | "seule") {
            return true;
        }
        if lexq::contains(lexq::ONE_MARKERS, next) && self.starts_number(i + 2) {
            return true; // "un sur deux", "un ou deux", "un contre un"
        }
        if next == "et" && matches!(self.f(i + 2), "demi" | "demie") {
            return true;
        }
        // "entre un et deux millions": the first end of a range.
        if next == "et" && before == "entre" && self.starts_number(i + 2) {
            return true;
        }
        // "un homme sur deux", "un salarié français sur quatre" (not "un
        // prêt sur 15-20 ans", "sur 20 ans").
        if let Some(sur) = self.sur_after(i + 1)
            && self.starts_number(sur + 1)
            && self.f(sur + 2) != "-"
            && !matches!(self.s.surface(sur + 2), "à" | "À")
            && self.unit_at(sur + 2).is_none()
        {
            return true;
        }
        // A unit: the dearest test, last (the tests above have no side
        // effects, so their order does not matter).
        self.unit_at(i + 1).is_some()
    }

    /// The "sur" of a proportion after its noun at `noun`: right after
    /// it, or after up to two words that qualify it ("un compteur Linky
    /// sur trois", "un salarié français sur quatre").
    fn sur_after(&self, noun: usize) -> Option<usize> {
        // Most nouns have no "sur" after them: found first, the words
        // between judged only then.
        let sur = (noun + 1..=noun + 3).find(|&k| self.f(k) == "sur")?;
        (noun + 1..sur)
            .all(|k| {
                self.kind(k) == Some(TokenKind::Word)
                    && !NOT_COUNTED.contains(self.f(k))
                    && !self.s.line_break_before(k)
            })
            .then_some(sur)
    }

    /// The unit at token `k`: (symbol, last token of the unit).
    fn unit_at(&self, k: usize) -> Option<(&'static str, usize)> {
        let kind = self.kind(k)?;
        let w = self.f(k);
        let symbol = match kind {
            TokenKind::Symbol => lexq::unit(w).or((w == "°").then_some("°"))?,
            TokenKind::Word | TokenKind::Abbreviation => {
                // Most words begin no unit word nor two-word unit: ruled out
                // before the hash look-ups below.
                if !UNIT_STARTS.admits(first3(w.as_bytes())) {
                    return None;
                }
                // Two-word units first: "pour cent", "livres sterling".
                if self.is_word(k + 1)
                    && let Some(u) = lexq::unit_pair(w, self.f(k + 1))
                {
                    return Some((u, k + 1));
                }
                // One-letter symbols in lowercase only ("M" is a million).
                let surface = self.s.surface(k);
                if surface.len() == 1 && !surface.bytes().all(|b| b.is_ascii_lowercase()) {
                    return None;
                }
                lexq::unit(w)?
            }
            _ => return None,
        };
        let mut last = k;
        let mut symbol = symbol;
        if symbol == "°" {
            if let Some(&(_, t)) = lexq::TEMPERATURE_SCALES
                .iter()
                .find(|(x, _)| *x == self.f(k + 1))
            {
                symbol = t;
                last = k + 1;
            }
        } else if symbol == "km" {
            // "km/h", "kilomètres par heure".
            if (self.f(k + 1) == "/" && self.f(k + 2) == "h")
                || (self.f(k + 1) == "par" && self.f(k + 2) == "heure")
            {
                symbol = "km/h";
                last = k + 2;
            }
        } else if lexq::is_currency(symbol) {
            // A price per unit: "9 980 €/m²", "850 euros par mois".
            // "120 dollars le baril", "250 euros la tonne", "11,52 euros de
            // l'heure", "1 747 euros brut par mois".
            let mut k = last + 1;
            if matches!(self.f(k), "brut" | "bruts" | "net" | "nets" | "ht" | "ttc") {
                k += 1;
            }
            let per = match self.f(k) {
                "/" if k == last + 1
                    && self.s.glued_before(last + 1)
                    && self.s.glued_before(last + 2) =>
                {
                    k + 1
                }
                "par" | "le" | "la" | "l'" => k + 1,
                "de" if self.f(k + 1) == "l'" => k + 2,
                _ => return Some((symbol, last)),
            };
            // "164 milliards d'euros l'an dernier", "le mois prochain": a
            // period named by its article is a date, no rate.
            let article = matches!(self.f(k), "le" | "la" | "l'");
            let dated = |w: &str| {
                crate::lexicon::temporal::direction(w).is_some()
                    || matches!(w, "meme" | "suivant" | "suivante" | "courant" | "en")
            };
            if matches!(
                self.kind(per),
                Some(TokenKind::Word | TokenKind::Abbreviation)
            ) && !(article && dated(self.f(per + 1)))
                && let Some(r) = lexq::unit(self.f(per)).and_then(|p| lexq::rate(symbol, p))
            {
                symbol = r;
                last = per;
            }
        }
        Some((symbol, last))
    }

    /// The last token of the identifier whose first part in digits ends
    /// at `end`: the parts joined to it by glued hyphens ("2023-456",
    /// "787-9", "L. 1224-1"), or `end`.
    fn dashed_parts(&self, mut end: usize) -> usize {
        while self.f(end + 1) == "-"
            && self.s.glued_before(end + 1)
            && self.s.glued_before(end + 2)
            && self.kind(end + 2) == Some(TokenKind::Number)
        {
            end += 2;
        }
        end
    }

    /// Whether token `p` introduces an identifier: "n°", "numéro", or a
    /// code letter after "article" ("article L. 1224-1").
    fn identifier_marker(&self, p: usize) -> bool {
        let f = self.f(p);
        lexq::contains(lexq::IDENTIFIER_MARKERS, f)
            || (self.kind(p) == Some(TokenKind::Abbreviation)
                && f.len() == 2
                && self
                    .s
                    .surface(p)
                    .starts_with(|c: char| c.is_ascii_uppercase())
                && p >= 1
                && matches!(self.f(p - 1), "article" | "articles" | "art."))
    }

    /// The noun a number counts, at `k` (one adjective may come first).
    fn counted_at(&self, k: usize) -> Option<usize> {
        let mut k = k;
        if self.kind(k) == Some(TokenKind::Word)
            && PRENOMINAL_ADJECTIVES.contains(self.f(k))
            && self.kind(k + 1) == Some(TokenKind::Word)
        {
            k += 1;
        }
        if self.kind(k) != Some(TokenKind::Word) {
            return None;
        }
        let w = self.f(k);
        let first = w.chars().next()?;
        if !first.is_alphabetic()
            || w.ends_with('\'')
            || NOT_COUNTED.contains(w)
            || lexn::cardinal_word(w).is_some()
            || lexn::collective(w).is_some()
            || lexn::ordinal_stem(w).is_some()
            || calendar::month(w).is_some()
            || calendar::weekday(w).is_some()
        {
            return None;
        }
        Some(k)
    }

    fn build(&self, core: Core, floor: usize) -> Built {
        let s = self.s;
        let skip_to = |k: usize| Built::Skip(k + 1);
        let int_day = |c: &Core| {
            c.value.fract() == 0.0
                && (1.0..=31.0).contains(&c.value)
                && matches!(c.kind, NumberKind::Cardinal | NumberKind::Ordinal)
                && c.last == c.first
        };
        // Dates: "le 9 mai 2022", "1er mai", "du 13 au 15 juillet".
        if int_day(&core) {
            let mut k = core.last + 1;
            if matches!(self.f(k), "au" | "-" | "et" | "," | "ou" | "a")
                && let Some(c2) = self.core_at(k + 1, k + 1)
                && int_day(&c2)
                && calendar::month(self.f(c2.last + 1)).is_some()
            {
                k = c2.last + 1;
            }
            if self.is_word(k) && calendar::month(self.f(k)).is_some() {
                if self.kind(k + 1) == Some(TokenKind::Number) && self.f(k + 1).len() == 4 {
                    k += 1;
                }
                return skip_to(k);
            }
        }
        // A score or a tally ("battu 3-1", "un vote 5-4", "2-2"): no
        // quantity, and no range.
        if let Some(end) = self.score_at(&core, floor) {
            return skip_to(end);
        }
        // "le 49.3": the article of the Constitution, named by its number.
        if core.digits && lexq::contains(lexq::NUMBER_NAMES, s.surface(core.first)) {
            return skip_to(core.last);
        }
        // A street number or a postcode: "12 rue de la Paix, 75002 Paris".
        if core.digits && core.first == core.last && self.address_at(core.first, floor) {
            return skip_to(core.last);
        }
        // A clock time written with spaces: "8 h 30", "14 h 05".
        if core.plain_int && self.spaced_clock_at(core.first) {
            return skip_to(core.last + 2);
        }
        // "24h/24": the end of a frequency after a clock-like token.
        if core.digits
            && core.first >= 2
            && core.first > floor
            && self.f(core.first - 1) == "/"
            && self.kind(core.first - 2) == Some(TokenKind::Time)
        {
            return skip_to(core.last);
        }
        // A year after a month: "mai 2022".
        if core.plain_int
            && core.first > floor
            && self.is_word(core.first - 1)
            && calendar::month(self.f(core.first - 1)).is_some()
            && core.value >= 100.0
        {
            return skip_to(core.last);
        }
        if let Some(f) = self.factor(&core, floor) {
            return f;
        }

        let mut start = core.first;
        let mut value_end = core.last;
        let mut qualifier = Qualifier::Exact;
        let mut approx = core.approx;
        let mut high: Option<Core> = None;

        // Ranges.
        let conj = self.f(core.last + 1);
        let before = self.prev(core.first, floor);
        // "passé de 3 à 5 %" goes from 3 to 5: read as a range (the bounds
        // share unit and multiplier, either way), then given as two values.
        let change_dir = if is_de(before) {
            self.change_before(core.first - 1, floor)
        } else {
            None
        };
        let mut change = false;
        let range_kind = match conj {
            "et" if before == "entre" => Some(true),
            "a" => Some(is_de(before)),
            "-" | "–" if core.digits => Some(false),
            // "deux ou trois jours", "2 ou 3 jours" (below a thousand: not
            // "en 2019 ou 2020"); digits only before a unit or a counted
            // noun, not after "à" (clock times: "à 8 ou 9 heures") nor
            // as labels ("les lignes 2 ou 3 du métro").
            "ou" if !core.digits => Some(false),
            "ou" if core.value < 1000.0
                && !(before == "vers"
                    || core.first > 0 && matches!(s.surface(core.first - 1), "à" | "À"))
                && (self.unit_at(core.last + 3).is_some()
                    || self.is_word(core.last + 3)
                        && plural_form(s.surface(core.last + 3))
                        && s.surface(core.last + 3).starts_with(char::is_lowercase)) =>
            {
                Some(false)
            }
            _ => None,
        };
        if let Some(with_head) = range_kind
            && let Some(c2) = self.core_at(core.last + 2, core.last + 2)
            && c2.kind == core.kind
            && (conj != "-" || c2.digits)
            && (conj != "ou" || c2.digits == core.digits)
            // "France 2 à 20 h 55": a channel, then a clock time.
            && !(conj == "a" && self.spaced_clock_at(c2.first))
            && {
                // Whether the values rise, a bare lower figure read in the
                // upper one's scale ("de 10 à 8 milliards" falls).
                let upper = match lexn::cardinal_word(self.f(c2.last)) {
                    Some(lexn::NumberWord::Scale(k)) if !core.scaled && c2.last > c2.first => {
                        c2.value / k as f64
                    }
                    _ => c2.value,
                };
                change = conj == "a"
                    && change_dir.is_some_and(|c| {
                        lexq::is_change(c, upper > core.value)
                            && !self.spends_time(core.first.wrapping_sub(2), c2.last + 1)
                    });
                c2.value > core.value || change
            }
        {
            if with_head {
                start = core.first - 1;
            }
            high = Some(c2);
            qualifier = Qualifier::Range;
            value_end = c2.last;
        }
        // The multiplier of the upper bound also scales a bare lower one
        // that stands for the same order of figure: "de 1,5 à 2 milliards"
        // (1.5 to 2 billion), "entre 200 et 300 000" (200 000 to 300 000),
        // "entre deux et trois cent mille", "de 2 à 3 M€". The upper bound is
        // its leading figure (2, 300, trois) times a power of ten, and the
        // lower one lies between a tenth of that figure and the figure: not
        // "entre 500 et 2 millions", "entre 2 et 300 000", "entre 500 et
        // 1 000".
        let mut core = core;
        if let Some(c2) = high
            && core.first == core.last
            && !core.scaled
            && matches!(core.kind, NumberKind::Cardinal | NumberKind::Decimal)
            && !grouped(s.surface(core.first))
        {
            // "de 4,1 à 8,2 millions": the scale word itself, not a
            // quotient of floats.
            let scale = match lexn::cardinal_word(self.f(c2.last)) {
                Some(lexn::NumberWord::Scale(k)) if c2.digits && c2.last == c2.first + 1 => {
                    Some(k as f64)
                }
                _ => None,
            };
            let lead = if let Some(k) = scale {
                Some(c2.value / k)
            } else if c2.digits && c2.first == c2.last {
                round_thousands_lead(s.surface(c2.first))
            } else if c2.digits {
                self.digit_value(c2.first)
            } else {
                match lexn::cardinal_word(self.f(c2.first)) {
                    Some(lexn::NumberWord::Unit(v) | lexn::NumberWord::Tens(v)) => Some(v as f64),
                    _ => None,
                }
            };
            if let Some(lead) = lead.filter(|&l| l > 0.0) {
                let m = scale.unwrap_or(c2.value / lead);
                let mut power = 1000.0;
                while power < m {
                    power *= 10.0;
                }
                // A change may fall: "réduit de 10 à 8 milliards" (10 billion).
                let falls = change && lead <= core.value && core.value < lead * 10.0;
                if power == m && (lead / 10.0 <= core.value && core.value < lead || falls) {
                    core.value = times(core.value, m);
                    core.plain_int = false;
                }
            }
        }
        let core = core;
        let main = high.unwrap_or(core);

        // "un million et demi (de réfugiés)", "deux milliards et demi
        // (d'euros)": half the scale word that ends the number, before its
        // unit or counted noun.
        let mut half_scale = 0.0;
        if let Some(lexn::NumberWord::Scale(m)) = lexn::cardinal_word(self.f(main.last))
            && main.kind == NumberKind::Cardinal
            && main.last == value_end
            && self.f(value_end + 1) == "et"
            && matches!(self.f(value_end + 2), "demi" | "demie")
        {
            half_scale = 0.5 * m as f64;
            value_end += 2;
        }

        // Unit or counted noun.
        let mut end = value_end;
        let mut unit: Option<&'static str> = None;
        let mut counted: Option<usize> = None;
        let mut k = value_end + 1;
        let after_de = main.scaled && is_de(self.f(k))
            || (main.kind == NumberKind::Fraction && matches!(self.f(k), "des" | "du"));
        if after_de {
            k += 1;
        }
        let mut extra = half_scale;
        if let Some(hint) = main.unit_hint {
            unit = Some(hint);
            // "45°C": the scale follows, glued or not.
            if let Some(&(_, t)) = lexq::TEMPERATURE_SCALES
                .iter()
                .find(|(x, _)| *x == self.f(value_end + 1))
            {
                unit = Some(t);
                end = value_end + 1;
            }
        } else if let Some((u, ul)) = self.unit_at(k) {
            // A rank counts its noun, even a unit's ("la dixième journée
            // de mobilisation", "au 10e kilomètre").
            if main.kind == NumberKind::Ordinal && ul == k && self.is_word(k) {
                counted = Some(k);
            } else {
                unit = Some(u);
            }
            end = ul;
        } else if matches!(
            self.f(k),
            "premiers" | "premieres" | "derniers" | "dernieres"
        ) && let Some((u, ul)) = self.unit_at(k + 1)
        {
            // "ses 28 premiers jours", "les 24 dernières heures".
            unit = Some(u);
            end = ul;
        } else if (main.kind != NumberKind::Fraction || after_de)
            && let Some(ck) = self.counted_at(k)
            && (after_de
                || main.kind != NumberKind::Cardinal
                || main.value < 2.0
                || plural_form(s.surface(ck)))
        {
            counted = Some(ck);
            end = ck;
        }
        // "un Français sur trois", "3 matchs sur 5": a proportion, the
        // counted noun between its terms.
        let mut ratio = None;
        if let Some(ck) = counted
            && high.is_none()
            && core.kind == NumberKind::Cardinal
            && let Some(sur) = self.sur_after(ck)
            && let Some(c2) = self.core_at(sur + 1, sur + 1)
            && c2.kind == NumberKind::Cardinal
            && c2.first == c2.last
            && c2.value > core.value
            && core.value > 0.0
            // Not over a measure: "10 morts sur 24 heures", "30 frappes sur
            // 100 km", "3 buts sur 10 tirs".
            && self.unit_at(c2.last + 1).is_none()
            && !self
                .counted_at(c2.last + 1)
                .is_some_and(|k| s.surface(k).ends_with(['s', 'x']))
        {
            ratio = Some(core.value / c2.value);
            end = c2.last;
        }
        // "la 5G", "Leopard 2A6", "un 4x4": a word glued to the digits that
        // is neither unit nor multiplier makes them part of a name.
        if core.digits
            && high.is_none()
            && unit.is_none()
            && self.kind(core.last + 1) == Some(TokenKind::Word)
            && self.s.glued_before(core.last + 1)
        {
            return skip_to(core.last + 1);
        }
        // "$10", "EUR 20", "£9": a currency before the amount.
        if unit.is_none() && core.digits && core.first > floor {
            let p = s.surface(core.first - 1);
            if let Some(&(_, code)) = lexq::CURRENCY_PREFIXES.iter().find(|(x, _)| *x == p) {
                unit = Some(code);
                start = core.first - 1;
            }
        }
        // "deux euros et cinq centimes", "1 USD 23 cents".
        if let Some(u) = unit
            && is_currency(u)
            && qualifier != Qualifier::Range
        {
            let k = if self.f(end + 1) == "et" {
                end + 2
            } else {
                end + 1
            };
            if let Some(c) = self.core_at(k, k)
                && c.kind == NumberKind::Cardinal
                && c.value < 100.0
                && c.value.fract() == 0.0
                && lexq::contains(lexq::CURRENCY_SUBUNITS, self.f(c.last + 1))
            {
                extra += c.value / 100.0;
                end = c.last + 1;
            }
        }
        // "entre 10 euros et 20 euros", "10 euros - 20 euros": where the
        // first value's unit ends, for a change's first mention.
        let mut first_end = None;
        if let Some(u) = unit
            && qualifier != Qualifier::Range
        {
            let conj = self.f(end + 1);
            let ok = match conj {
                "et" => self.prev(start, floor) == "entre",
                "-" | "–" => core.digits,
                "a" => is_de(self.prev(start, floor)) || core.digits,
                _ => false,
            };
            if ok
                && let Some(c2) = self.core_at(end + 2, end + 2)
                && c2.value > core.value
                && self.unit_at(c2.last + 1).map(|x| x.0) == Some(u)
            {
                if conj == "et" || (conj == "a" && is_de(self.prev(start, floor))) {
                    change = conj == "a"
                        && self
                            .change_before(start - 1, floor)
                            .is_some_and(|c| lexq::is_change(c, true));
                    start -= 1;
                }
                high = Some(c2);
                qualifier = Qualifier::Range;
                first_end = Some(end);
                end = self.unit_at(c2.last + 1).map_or(c2.last, |x| x.1);
            }
        }
        let main = high.unwrap_or(core);
        // "un kilomètre et demi", "deux heures et demie", "trois et demi".
        if main.kind == NumberKind::Cardinal
            && self.f(end + 1) == "et"
            && matches!(self.f(end + 2), "demi" | "demie")
        {
            extra += 0.5;
            end += 2;
        }
        // "24 heures sur 24", "7 jours sur 7", "7j/7": a frequency.
        if matches!(unit, Some("h" | "d" | "wk" | "mo" | "yr" | "min"))
            && matches!(self.f(end + 1), "sur" | "/")
            && let Some(c3) = self.core_at(end + 2, end + 2)
            && c3.value == core.value
        {
            return skip_to(c3.last);
        }

        // "à 20 heures", "vers 8 h", "dès 6 h 30": a clock time (dates stage).
        if unit == Some("h")
            && high.is_none()
            && core.digits
            && core.value.fract() == 0.0
            && (0.0..=24.0).contains(&core.value)
            && lexq::contains(lexq::CLOCK_CUES, self.prev(start, floor))
        {
            let mut k = end;
            if self.kind(k + 1) == Some(TokenKind::Number)
                && self.digit_value(k + 1).is_some_and(|m| m < 60.0)
            {
                k += 1;
            }
            return skip_to(k);
        }
        // Qualifiers. Before a range, only an estimate's ("environ 200 à
        // 300", "près de 2 000 à 3 000"): a bound's ("plus de") would not
        // apply to both ends.
        if matches!(qualifier, Qualifier::Exact | Qualifier::Range) {
            // A phrase can only match if it ends with the word before the
            // number ("" when there is none at or after `floor`, which no
            // phrase ends with): only those phrases are tried.
            let range = qualifier == Qualifier::Range;
            // "près de 200 à 300": the range's "de" ends the qualifier.
            let shared_de = range && start < core.first && is_de(self.f(start));
            let at = if shared_de { start + 1 } else { start };
            let before_start = self.prev(at, floor);
            let candidates = QUALIFIERS_BY_LAST
                .get(before_start)
                .map_or(&[][..], Vec::as_slice);
            for &(phrase, q, a) in candidates.iter().map(|&k| &lexq::QUALIFIERS_BEFORE[k]) {
                let l = phrase.len();
                if range && q != Qualifier::Approx {
                    continue;
                }
                // "sous les 7 %" is a threshold in digits; "sous les deux
                // mandats de Chirac" is no bound.
                if phrase[0] == "sous" && !core.digits {
                    continue;
                }
                if at >= floor + l
                    && phrase
                        .iter()
                        .enumerate()
                        .all(|(j, p)| self.f(at - l + j) == *p)
                {
                    start = at - l;
                    if !range {
                        qualifier = q;
                    }
                    approx |= a || range;
                    break;
                }
            }
        }
        if qualifier == Qualifier::Exact {
            // Likewise, a phrase after the number begins with the next word.
            let after_end = self.f(end + 1);
            for &(phrase, q, a) in lexq::QUALIFIERS_AFTER {
                if phrase.first() == Some(&after_end)
                    && phrase
                        .iter()
                        .enumerate()
                        .all(|(j, p)| self.f(end + 1 + j) == *p)
                    && !(phrase == ["et", "plus"] && self.starts_number(end + 3))
                    && !lexq::NOT_QUALIFIER_AFTER.contains(&self.f(end + 1 + phrase.len()))
                {
                    end += phrase.len();
                    qualifier = q;
                    approx |= a;
                    break;
                }
            }
        }
        if core.vague && qualifier == Qualifier::Exact {
            qualifier = Qualifier::AtLeast;
        }
        if qualifier == Qualifier::Exact && approx {
            qualifier = Qualifier::Approx;
        }

        // Not counts: years, labels, days, model names.
        let bare = qualifier == Qualifier::Exact && unit.is_none() && counted.is_none();
        let prev = self.prev(core.first, floor);
        if core.plain_int && bare {
            let year_like = (1000.0..=2100.0).contains(&core.value)
                && (YEAR_CUES.contains(prev) || calendar::month(prev).is_some());
            let label = matches!(prev, "le" | "la" | "l'");
            let day = calendar::weekday(prev).is_some() && core.value <= 31.0;
            if year_like || label || day {
                return skip_to(main.last);
            }
        }
        // "les Vingt-Sept", "des Quinze": a group named by its number,
        // capitalised after its article.
        if bare
            && !core.digits
            && core.first == core.last
            && matches!(prev, "les" | "des" | "aux")
            && s.surface(core.first).starts_with(char::is_uppercase)
        {
            return skip_to(main.last);
        }
        // "le n° 1 mondial", "le décret n° 2023-456", "l'article L. 1224-1":
        // an identifier, its dashed parts included, whatever follows.
        if core.digits && core.first >= 1 && self.identifier_marker(core.first - 1) {
            return skip_to(self.dashed_parts(core.last).max(main.last));
        }
        // "article 5", "Boeing 737": a label, unless a counted noun follows
        // ("le classement place 4 Français") or the word is a participle
        // folding to a label word ("a placé 12 départements", "s'est classé
        // 5e", "a porté 3 plaintes").
        if core.digits
            && LABEL_WORDS.contains(prev)
            && unit.is_none()
            && counted.is_none()
            && !participle(s.surface(core.first.wrapping_sub(1)))
        {
            // "l'article 222-13", "le décret 2023-310": the dashed parts too.
            return skip_to(self.dashed_parts(main.last));
        }
        // "Boeing 737", "Windows 10": a capitalised name, mid-sentence (the
        // name may close the mention before: "40 Boeing 787"); with what
        // goes on naming it after the number ("le Boeing 737 MAX", "Leopard
        // 2 A6"), or a verb read as a counted noun ("la Ligue 1
        // reprendra").
        // Not merely capitalised: "a livré à l'Ukraine 18 Caesar" counts.
        // Nor a nationality adjective in lowercase, which French puts after
        // the noun ("les 14 Challenger 2 britanniques").
        let named_after = || {
            counted.is_some_and(|ck| {
                let w = s.surface(ck);
                (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
                    || w.bytes().any(|b| b.is_ascii_digit())
                    || crate::lexicon::temporal::is_future_verb(self.f(ck))
                    || (w.starts_with(char::is_lowercase)
                        && crate::lexicon::units::is_nationality(self.f(ck)))
            })
        };
        // At a sentence's start a capital says nothing, but French opens
        // a sentence with a bare number only after a function word or an
        // adverb ("Seuls 3 ont survécu", "Environ 200"): any other word is
        // a name ("France 2 a diffusé", "Paris 2024 sera une fête").
        if core.plain_int
            && (bare || (unit.is_none() && named_after()))
            && core.first >= 1
            && !self.s.line_break_before(core.first)
        {
            let w = core.first - 1;
            let capitalised = s.surface(w).chars().next().is_some_and(char::is_uppercase)
                && self.kind(w) == Some(TokenKind::Word);
            let sentence_start = w == 0
                || self.s.line_break_before(w)
                || matches!(self.f(w - 1), "." | "!" | "?" | "…")
                || matches!(self.kind(w - 1), Some(TokenKind::Quote));
            if capitalised && (!sentence_start || opens_with_name(self.f(w))) {
                // "le Boeing 787-9", "le Mirage 2000-5": the dashed parts too.
                return skip_to(self.dashed_parts(main.last).max(counted.unwrap_or(0)));
            }
        }
        if qualifier == Qualifier::Range
            && core.plain_int
            && main.plain_int
            && unit.is_none()
            && counted.is_none()
        {
            // "entre 2014 et 2022", "de 1939 à 1945": a period (dates stage).
            let years = |v: f64| (1000.0..=2100.0).contains(&v);
            if years(core.value) && years(main.value) {
                return skip_to(end);
            }
        }

        let lo = ratio.unwrap_or(core.value + if high.is_some() { 0.0 } else { extra });
        let hi = ratio.unwrap_or(main.value + extra);
        let value = lo;
        let overflow = !lo.is_finite() || !hi.is_finite();
        let kind = if unit == Some("%") {
            NumberKind::Percent
        } else if ratio.is_some() {
            NumberKind::Fraction
        } else if matches!(core.kind, NumberKind::Ordinal | NumberKind::Fraction) {
            core.kind
        } else if lo.fract() != 0.0 || hi.fract() != 0.0 {
            NumberKind::Decimal
        } else {
            NumberKind::Cardinal
        };
        let (value, low, high_v) = match qualifier {
            Qualifier::Range => (None, Some(lo), Some(hi)),
            Qualifier::MoreThan | Qualifier::AtLeast => (Some(value), Some(value), None),
            Qualifier::LessThan | Qualifier::AtMost => (Some(value), None, Some(value)),
            _ => (Some(value), None, None),
        };
        let (value, low, high_v) = if overflow {
            (None, None, None)
        } else {
            (value, low, high_v)
        };
        let mut span = s.span(start, end);
        // "portée de 300 km.", "2 min. plus tard": the period the tokeniser
        // keeps in an abbreviated unit is not the quantity's (as durations
        // read it).
        if unit.is_some()
            && self.kind(end) == Some(TokenKind::Abbreviation)
            && s.surface(end).ends_with('.')
        {
            span.end -= 1;
        }
        let text = s.text();
        let Some(mention_text) = text.get(span.start..span.end) else {
            return skip_to(end);
        };
        if change
            && qualifier == Qualifier::Range
            && !overflow
            && let Some(c2) = high
        {
            // From the first value to the second, each with the shared unit.
            let one = |a: usize, b: usize, v: f64| {
                let span = crate::Span::new(
                    s.span(a, a).start,
                    if b == end { span.end } else { s.span(b, b).end },
                );
                NumberMention {
                    start: span.start,
                    end: span.end,
                    text: text[span.start..span.end].to_string(),
                    kind: match kind {
                        NumberKind::Decimal | NumberKind::Cardinal if v.fract() != 0.0 => {
                            NumberKind::Decimal
                        }
                        NumberKind::Decimal => NumberKind::Cardinal,
                        k => k,
                    },
                    value: Some(v),
                    low: None,
                    high: None,
                    qualifier: Qualifier::Exact,
                    unit: unit.map(str::to_string),
                    counted: counted.map(|c| s.surface(c).to_string()),
                    vague: false,
                    in_body: true,
                    approx,
                    out_of_range: false,
                }
            };
            return Built::Change(
                Box::new((
                    one(core.first, first_end.unwrap_or(core.last), lo),
                    one(c2.first, end, hi),
                )),
                end + 1,
            );
        }
        Built::Mention(
            NumberMention {
                start: span.start,
                end: span.end,
                text: mention_text.to_string(),
                kind,
                value,
                low,
                high: high_v,
                qualifier,
                unit: unit.map(str::to_string),
                counted: counted.map(|c| s.surface(c).to_string()),
                vague: core.vague,
                in_body: true,
                approx,
                out_of_range: overflow,
            },
            end + 1,
        )
    }
}

/// Whether `w` (folded), opening a sentence right before a bare number,
/// is a name with that number ("France 2", "Paris 2024", "Euro 2024"):
/// no function word, qualifier, adverb in "-ment", calendar or number word,
/// which open sentences before counts ("Seuls 3 ont survécu", "Environ
/// 200", "Mardi 12").
fn opens_with_name(w: &str) -> bool {
    !(lexq::contains(lexq::NOT_COUNTED, w)
        || lexq::contains(lexq::COUNT_OPENERS, w)
        || lexq::contains(lexq::VAGUE_DETERMINERS, w)
        || lexq::contains(lexq::YEAR_CUES, w)
        || lexq::QUALIFIERS_BEFORE.iter().any(|(p, ..)| p[0] == w)
        || w.ends_with("ment")
        || calendar::weekday(w).is_some()
        || calendar::month(w).is_some()
        || lexn::cardinal_word(w).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_word_filter() {
        assert!(may_start_number("vingt-et-un"));
        assert!(may_start_number("deuxieme"));
        assert!(may_start_number("des"));
        assert!(!may_start_number("soldats"));
        assert!(!may_start_number("f-16"));
    }

    #[test]
    fn gate_admits_every_starter() {
        let admits = |text: &str| {
            let s = TokenStream::new(text);
            let x = Extractor {
                s: &s,
                opts: NumberOptions::default(),
            };
            x.may_start_at(&GATE, 0)
        };
        for w in STARTERS
            .iter()
            .filter(|w| !lexq::VAGUE_DETERMINERS.contains(w))
        {
            assert!(admits(w), "{w}");
            let upper = w.to_uppercase();
            assert!(admits(&upper), "{upper}");
            let compound = format!("{w}-et-un");
            assert!(admits(&compound), "{compound}");
        }
        for w in lexq::VAGUE_DETERMINERS {
            for c in ["centaines", "Milliers", "DIZAINES"] {
                let t = format!("{w} {c}");
                assert!(admits(&t), "{t}");
            }
            assert!(!admits(&format!("{w} soldats")), "{w}");
        }
        for w in [
            "Deuxième",
            "DIXIEMES",
            "centième",
            "Unième",
            "cinquième",
            "NEUVIÈMES",
            "onzième",
            "quatrème",
            "Moitié",
            "deuxie\u{300}me",
            "d\u{2019}milliers",
        ] {
            assert!(admits(w), "{w}");
        }
        for w in [
            "soldats",
            "Kiev",
            "été",
            "armée",
            "et",
            "les soldats",
            "problème",
            "Énième",
        ] {
            assert!(!admits(w), "{w}");
        }
    }

    /// The gate against the reader itself, at every token of the seeds and
    /// of ordinal-like words: wherever `core_at` finds a number, the gate
    /// admits the token.
    #[test]
    fn gate_admits_wherever_core_at_reads() {
        let mut text = String::new();
        let words = lexn::CARDINALS.iter().map(|&(c, _)| c);
        for c in words.chain(lexn::IRREGULAR_ORDINALS.iter().map(|&(c, _)| c)) {
            for w in [c.to_string(), c.trim_end_matches('e').to_string()] {
                for suffix in ["ieme", "iemes", "eme", "emes", "ième", "ÈME"] {
                    text.push_str(&format!("{w}{suffix} {} ", w.to_uppercase()));
                    text.push_str(&format!("vingt-{w}{suffix} {w}{suffix}-et-un . "));
                }
            }
        }
        text.push_str("cinquième neuvième Unième problème même système Énième XXIème IIIe ");
        text.push_str("des centaines, plusieurs Milliers, la moitié, moins 5, trois-quarts ");
        for seed in crate::seed_texts() {
            text.push_str(&seed);
        }
        let s = TokenStream::new(&text);
        let x = Extractor {
            s: &s,
            opts: NumberOptions::default(),
        };
        let mut read = 0;
        for i in 0..s.len() {
            for floor in [0, i] {
                if x.core_at(i, floor).is_some() {
                    read += 1;
                    assert!(x.may_start_at(&GATE, i), "{:?}", s.surface(i));
                }
            }
        }
        assert!(read > 500, "{read}");
    }

    #[test]
    fn unit_gate_admits_every_unit_word() {
        for &(k, _) in lexq::UNITS {
            let head = k.split(' ').next().unwrap_or(k);
            for w in [k.to_string(), format!("{k}."), head.to_string()] {
                assert!(UNIT_STARTS.admits(first3(w.as_bytes())), "{w}");
            }
        }
        assert!(!UNIT_STARTS.admits(first3(b"soldats")));
    }

    #[test]
    fn mixed_grouping_is_read_from_the_surface() {
        let s = TokenStream::new("6.700,54");
        let x = Extractor {
            s: &s,
            opts: NumberOptions::default(),
        };
        assert_eq!(x.digit_value(0), Some(6700.54));
    }

    #[test]
    fn one_is_a_number_only_where_it_counts() {
        let counts = |t: &str| !numbers(t).is_empty();
        assert!(counts("un kilomètre"));
        assert!(counts("une dizaine"));
        assert!(counts("un seul"));
        assert!(counts("un ou deux"));
        assert!(counts("Il en reste un."));
        assert!(!counts("un soldat"));
        assert!(!counts("l'un d'eux"));
        assert!(!counts("une \"réussite\""));
    }

    #[test]
    fn bounds_fill_low_or_high() {
        let m = &numbers("moins de 5 km")[0];
        assert_eq!((m.value, m.low, m.high), (Some(5.0), None, Some(5.0)));
        let m = &numbers("plus de 5 km")[0];
        assert_eq!((m.value, m.low, m.high), (Some(5.0), Some(5.0), None));
    }

    /// The only number of `text`: (text, low, high, unit).
    fn range_of(text: &str) -> (String, Option<f64>, Option<f64>, Option<String>) {
        let found = numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let m = &found[0];
        (m.text.clone(), m.low, m.high, m.unit.clone())
    }

    #[test]
    fn a_range_shares_its_upper_bounds_multiplier() {
        let cases = [
            (
                "Le coût, de 1,5 à 2 milliards d'euros, inquiète.",
                1.5e9,
                2e9,
            ),
            ("Entre 7 et 8 millions d'Ukrainiens ont fui.", 7e6, 8e6),
            (
                "Entre deux et trois millions d'euros ont disparu.",
                2e6,
                3e6,
            ),
            ("Entre 200 et 300 000 manifestants à Paris.", 2e5, 3e5),
            ("Il gagne entre 2 et 3 000 euros par mois.", 2e3, 3e3),
            ("De 2 à 3 M€ de pertes.", 2e6, 3e6),
            // The lower bound is read as written where it is not below the
            // upper bound's leading figure, or is itself grouped.
            ("Entre 500 et 2 millions de visiteurs.", 500.0, 2e6),
            ("Entre 500 et 1 000 soldats.", 500.0, 1e3),
            ("Entre 1 500 et 300 000 soldats.", 1.5e3, 3e5),
            ("Entre 2 et 300 000 manifestants.", 2.0, 3e5),
            // A compound upper bound: its leading figure and the power of
            // ten the rest makes.
            ("Entre deux et trois cent mille manifestants.", 2e5, 3e5),
            // "1.5" is a decimal, not a grouped figure.
            ("De 1.5 à 2 milliards de dollars.", 1.5e9, 2e9),
            // Decimals at both ends, whole values (no float noise).
            ("Entre 4,1 et 8,2 millions d'euros.", 4.1e6, 8.2e6),
            ("De 4 à 8,2 millions de touristes.", 4e6, 8.2e6),
            ("Entre 0,7 et 1,3 milliard de dollars.", 7e8, 1.3e9),
        ];
        for (text, lo, hi) in cases {
            let (_, low, high, _) = range_of(text);
            assert_eq!((low, high), (Some(lo), Some(hi)), "{text}");
        }
    }

    #[test]
    fn a_decimal_times_its_scale_is_whole() {
        for (text, v) in [
            ("Près de 4,1 millions de personnes sont mal logées.", 4.1e6),
            ("La dette atteint 8,2 millions.", 8.2e6),
            ("Un budget de 0,7 milliard d'euros.", 7e8),
            ("Une baisse de 2,3 dizaines de milliers.", 23_000.0),
        ] {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].value, Some(v), "{text}");
            assert_eq!(found[0].kind, NumberKind::Cardinal, "{text}");
        }
        // A figure finer than the scale keeps its fraction.
        let m = &numbers("1,23456789123 milliard")[0];
        assert_eq!(m.value, Some(1_234_567_891.23));
    }

    #[test]
    fn au_plus_tot_is_no_bound() {
        let found = numbers("Les résultats tomberont dans 15 jours au plus tôt.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].text.as_str(), found[0].qualifier),
            ("15 jours", Qualifier::Exact)
        );
        let found = numbers("Il reste 300 places au plus.");
        assert_eq!(found[0].qualifier, Qualifier::AtMost, "{found:?}");
    }

    #[test]
    fn a_plural_scale_word_alone_is_vague() {
        for (text, mention, v) in [
            (
                "Des millions de personnes ont regardé le match.",
                "Des millions de personnes",
                1e6,
            ),
            (
                "Il a coûté des milliards d'euros.",
                "des milliards d'euros",
                1e9,
            ),
            (
                "Plusieurs millions de doses ont été livrées.",
                "Plusieurs millions de doses",
                1e6,
            ),
        ] {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let m = &found[0];
            assert_eq!(m.text, mention, "{text}");
            assert_eq!(
                (m.low, m.qualifier, m.vague),
                (Some(v), Qualifier::AtLeast, true)
            );
        }
        // Nor does it start a number of the words after it.
        let found = numbers("Il a gagné 171 milliards un an plus tôt.");
        let texts: Vec<_> = found.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["171 milliards", "un an"]);
    }

    #[test]
    fn a_half_after_a_scale_word_is_half_the_scale() {
        let cases = [
            (
                "Un million et demi de réfugiés ont fui.",
                1.5e6,
                Some("réfugiés"),
                None,
            ),
            (
                "Un budget de deux milliards et demi d'euros.",
                2.5e9,
                None,
                Some("EUR"),
            ),
            (
                "Il compte 1 million et demi d'habitants.",
                1.5e6,
                Some("habitants"),
                None,
            ),
            // "un demi-million", "un demi-milliard": half the scale too.
            (
                "Un demi-million de personnes ont manifesté.",
                5e5,
                Some("personnes"),
                None,
            ),
            (
                "L'État a versé un demi-milliard d'euros.",
                5e8,
                None,
                Some("EUR"),
            ),
            // Other halves are of one: the unit's, or the number's.
            ("Il a marché un kilomètre et demi.", 1.5, None, Some("km")),
            ("Il a attendu deux heures et demie.", 2.5, None, Some("h")),
        ];
        for (text, v, counted, unit) in cases {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let m = &found[0];
            assert_eq!(
                (m.value, m.counted.as_deref(), m.unit.as_deref()),
                (Some(v), counted, unit),
                "{text}"
            );
        }
    }

    #[test]
    fn one_opens_a_range_after_entre() {
        let cases = [
            ("Entre un et deux millions de personnes ont fui.", 1e6, 2e6),
            ("Il a entre un et trois enfants.", 1.0, 3.0),
            ("Comptez entre une et deux heures.", 1.0, 2.0),
        ];
        for (text, lo, hi) in cases {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].low, found[0].high),
                (Some(lo), Some(hi)),
                "{text}"
            );
        }
        // "un" as an article stays one: "entre un homme et deux femmes".
        let found = numbers("Un débat entre un homme et deux femmes.");
        assert!(
            found.iter().all(|m| m.qualifier != Qualifier::Range),
            "{found:?}"
        );
    }

    #[test]
    fn factors_of_change() {
        let cases = [
            (
                "Le PIB a été multiplié par 3 en vingt ans.",
                "multiplié par 3",
                3.0,
            ),
            (
                "Les prix ont été divisés par deux.",
                "divisés par deux",
                0.5,
            ),
            (
                "Les ventes, multipliées par 2,5, explosent.",
                "multipliées par 2,5",
                2.5,
            ),
            ("Il y a trois fois plus de blessés.", "trois fois plus", 3.0),
            ("C'est quatre fois moins cher.", "quatre fois moins", 0.25),
            // Verbs with a factor of their own.
            ("Le nombre de cas a doublé en un an.", "doublé", 2.0),
            ("Le budget a été triplé.", "triplé", 3.0),
            ("La production devrait quadrupler.", "quadrupler", 4.0),
            ("Les ventes doubleront d'ici là.", "doubleront", 2.0),
            ("Les prix ont plus que doublé.", "plus que doublé", 2.0),
            (
                "Le gouvernement veut doubler le nombre de places.",
                "doubler",
                2.0,
            ),
            (
                "L'entreprise a doublé son chiffre d'affaires.",
                "doublé",
                2.0,
            ),
        ];
        for (text, mention, v) in cases {
            let found: Vec<_> = numbers(text)
                .into_iter()
                .filter(|m| m.kind == NumberKind::Factor)
                .collect();
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].text.as_str(), found[0].value),
                (mention, Some(v)),
                "{text}"
            );
        }
        // Bounds and ranges of factors; a bound on a division turns over.
        let cases = [
            (
                "Les prix ont été multipliés par plus de deux.",
                Qualifier::MoreThan,
                Some(2.0),
                None,
            ),
            (
                "Le nombre a été divisé par plus de deux.",
                Qualifier::LessThan,
                None,
                Some(0.5),
            ),
            (
                "Les ventes ont été multipliées par 3 à 5.",
                Qualifier::Range,
                Some(3.0),
                Some(5.0),
            ),
            (
                "Les loyers, multipliés par deux ou trois, explosent.",
                Qualifier::Range,
                Some(2.0),
                Some(3.0),
            ),
        ];
        for (text, q, low, high) in cases {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let m = &found[0];
            assert_eq!(
                (m.kind, m.qualifier, m.low, m.high),
                (NumberKind::Factor, q, low, high),
                "{text}"
            );
        }
        let m = &numbers("Le budget a été multiplié par près de 4.")[0];
        assert_eq!(
            (m.value, m.qualifier, m.approx),
            (Some(4.0), Qualifier::Approx, true)
        );
        let m = &numbers("Le budget a presque triplé.")[0];
        assert_eq!(
            (m.text.as_str(), m.qualifier, m.approx),
            ("presque triplé", Qualifier::Approx, true)
        );
        // Nouns, adjectives, presents and negations are no factor; nor
        // are the verbs that overtake, dub, score or repeat a year.
        for text in [
            "Il a réussi un doublé.",
            "Un double meurtre a eu lieu.",
            "Le nombre double chaque année.",
            "Le prix n'a pas doublé.",
            "Benzema a doublé la marque sur penalty.",
            "Le pilote a doublé Verstappen.",
            "Le motard a tenté de doubler un camion.",
            "Il est interdit de doubler sur cette route.",
            "Le film a été doublé en allemand.",
            "Il a doublé sa classe de CM2.",
        ] {
            assert!(numbers(text).is_empty(), "{text}: {:?}", numbers(text));
        }
        // A count of times is no factor, nor a number after another "par".
        for text in [
            "Il est venu trois fois.",
            "Il passe par 3 villes.",
            "Divisé en trois parts.",
        ] {
            assert!(
                numbers(text).iter().all(|m| m.kind != NumberKind::Factor),
                "{text}"
            );
        }
    }

    #[test]
    fn a_change_gives_two_values_sharing_unit_and_multiplier() {
        // (sentence, [(mention, value, unit)])
        type Value<'a> = (&'a str, f64, Option<&'a str>);
        let cases: [(&str, [Value; 2]); 11] = [
            (
                "Le taux est passé de 3 à 5 % cette année.",
                [("3", 3.0, Some("%")), ("5 %", 5.0, Some("%"))],
            ),
            // An adverbial of "en" between the verb and "de".
            (
                "La peine a été ramenée en appel de huit à six ans.",
                [("huit", 8.0, Some("yr")), ("six ans", 6.0, Some("yr"))],
            ),
            // Each value with its unit written: each span holds it.
            (
                "Le taux est passé de 1,5 % à 3 % cette année.",
                [("1,5 %", 1.5, Some("%")), ("3 %", 3.0, Some("%"))],
            ),
            (
                "Le tarif passera de 1,90 € à 2,10 € en janvier.",
                [("1,90 €", 1.9, Some("EUR")), ("2,10 €", 2.1, Some("EUR"))],
            ),
            (
                "Le budget a été porté de 2 à 3 milliards d'euros.",
                [
                    ("2", 2e9, Some("EUR")),
                    ("3 milliards d'euros", 3e9, Some("EUR")),
                ],
            ),
            (
                "La peine, ramenée de 15 à 10 ans, surprend.",
                [("15", 15.0, Some("yr")), ("10 ans", 10.0, Some("yr"))],
            ),
            (
                "Les effectifs passeront de 300 à 500 hommes.",
                [("300", 300.0, None), ("500 hommes", 500.0, None)],
            ),
            // Falling values were never a range: unchanged.
            (
                "Le chômage est passé de 7,5 % à 7,1 %.",
                [("7,5 %", 7.5, Some("%")), ("7,1 %", 7.1, Some("%"))],
            ),
            // A fall shares the unit and the multiplier too.
            (
                "L'inflation a été ramenée de 6 à 4 %.",
                [("6", 6.0, Some("%")), ("4 %", 4.0, Some("%"))],
            ),
            (
                "Il a réduit le budget de 10 à 8 milliards d'euros.",
                [
                    ("10", 1e10, Some("EUR")),
                    ("8 milliards d'euros", 8e9, Some("EUR")),
                ],
            ),
            // The verb's object between it and "de".
            (
                "La banque a relevé son taux de 2 à 2,5 %.",
                [("2", 2.0, Some("%")), ("2,5 %", 2.5, Some("%"))],
            ),
        ];
        for (text, want) in cases {
            let found = numbers(text);
            let got: Vec<_> = found
                .iter()
                .map(|m| (m.text.as_str(), m.value, m.unit.as_deref(), m.qualifier))
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|&(t, v, u)| (t, Some(v), u, Qualifier::Exact))
                .collect();
            assert_eq!(got, want, "{text}");
        }
        // A rise "de 3 à 5 %" is by so much, as a cut "de 20 à 30 %"; a
        // soldier carries ("porte", not "porté") a range; "passer" spends
        // a length: ranges.
        for (text, lo, hi) in [
            (
                "Les prix ont augmenté de 3 à 5 % selon les régions.",
                3.0,
                5.0,
            ),
            ("Il faut réduire de 20 à 30 % les émissions.", 20.0, 30.0),
            ("Chaque soldat porte de 20 à 30 kilos.", 20.0, 30.0),
            (
                "Les jeunes passent de 3 à 5 heures par jour devant les écrans.",
                3.0,
                5.0,
            ),
        ] {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].low, found[0].high),
                (Some(lo), Some(hi)),
                "{text}"
            );
        }
    }

    #[test]
    fn multiplier_abbreviations_and_glued_names() {
        let cases = [
            ("Un budget de 5,5 Md€ est voté.", 5.5e9, "5,5 Md€"),
            ("Une aide de 2 M€ est versée.", 2e6, "2 M€"),
            ("Une prime de 300 k€ est promise.", 3e5, "300 k€"),
            ("Il revendique 100K abonnés.", 1e5, "100K abonnés"),
            ("Il a reçu 12 Mds de dollars.", 12e9, "12 Mds de dollars"),
        ];
        for (text, v, t) in cases {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].value, found[0].text.as_str()),
                (Some(v), t),
                "{text}"
            );
        }
        // A word glued to the digits that is no unit or multiplier: a name.
        for text in [
            "La 5G arrive à Kiev.",
            "Le Leopard 2A6 est livré.",
            "Un 4x4 a sauté sur une mine.",
        ] {
            assert!(numbers(text).is_empty(), "{text}: {:?}", numbers(text));
        }
    }

    #[test]
    fn an_estimate_before_a_range_and_a_units_period() {
        for text in [
            "Environ 200 à 300 soldats sont morts.",
            "Quelque 2 000 à 3 000 soldats ont fui.",
            "Près de 200 à 300 blessés.",
        ] {
            let m = &numbers(text)[0];
            assert_eq!(m.qualifier, Qualifier::Range, "{text}");
            assert!(m.approx, "{text}");
            assert!(
                text.starts_with(&m.text) && m.text.ends_with(|c: char| c.is_alphabetic()),
                "{text}: {}",
                m.text
            );
        }
        // A bound's qualifier does not apply to both ends.
        let m = &numbers("Plus de 200 à 300 blessés.")[0];
        assert_eq!((m.qualifier, m.approx), (Qualifier::Range, false));
        // The sentence's period after an abbreviated unit is not the mention's.
        let (t, ..) = range_of("Un missile d'une portée de 300 km.");
        assert_eq!(t, "300 km");
    }

    #[test]
    fn a_count_of_two_or_more_counts_a_plural_noun() {
        let counted = |t: &str| numbers(t).first().and_then(|m| m.counted.clone());
        for (text, noun) in [
            ("Il y a eu 6500 soldats tués.", Some("soldats")),
            ("Les trois prix ont été remis.", Some("prix")),
            ("Deux journaux ont titré.", Some("journaux")),
            ("Trois ONG ont protesté.", Some("ONG")),
            ("Kiev attend 24 Rafale.", Some("Rafale")),
            ("Il faut 60 F-16.", Some("F-16")),
            ("On compte 3 000 sans-abri.", Some("sans-abri")),
            ("Il y a 1 blessé.", Some("blessé")),
            ("Il faut 1,5 litre.", None),
            ("2 millions de visite", Some("visite")),
        ] {
            assert_eq!(counted(text).as_deref(), noun, "{text}");
        }
        // What follows the number is no noun.
        for (text, verb) in [
            ("Un Français sur trois renonce.", "renonce"),
            ("Le budget 2024 prévoit des coupes.", "prévoit"),
            ("Selon l'ONU, 2023 restera dans les mémoires.", "restera"),
        ] {
            let found = numbers(text);
            assert!(
                found.iter().all(|m| m.counted.as_deref() != Some(verb)),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn proportions_and_titles() {
        for (text, mention, v, noun) in [
            (
                "Un Français sur trois renonce à se soigner.",
                "Un Français sur trois",
                1.0 / 3.0,
                "Français",
            ),
            (
                "1 Français sur 4 déclare avoir peur.",
                "1 Français sur 4",
                0.25,
                "Français",
            ),
            (
                "Il a gagné 3 matchs sur 5.",
                "3 matchs sur 5",
                0.6,
                "matchs",
            ),
            // The noun qualified by an adjective or a name.
            (
                "Un salarié français sur quatre télétravaille.",
                "Un salarié français sur quatre",
                0.25,
                "salarié",
            ),
            (
                "Un compteur Linky sur trois est défaillant.",
                "Un compteur Linky sur trois",
                1.0 / 3.0,
                "compteur",
            ),
        ] {
            let found = numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let m = &found[0];
            assert_eq!(
                (m.text.as_str(), m.kind, m.value, m.counted.as_deref()),
                (mention, NumberKind::Fraction, Some(v), Some(noun)),
                "{text}"
            );
        }
        // Not a proportion over a measure or a count of something else.
        for (text, first) in [
            ("Il y a eu 10 morts sur 24 heures.", "10 morts"),
            ("Il a marqué 3 buts sur 10 tirs.", "3 buts"),
        ] {
            assert_eq!(numbers(text)[0].text, first, "{text}");
        }
        let m = &numbers("Près d'un Français sur deux est inquiet.")[0];
        assert_eq!((m.value, m.qualifier), (Some(0.5), Qualifier::Approx));
        // A rate keeps its unit and is no proportion.
        assert!(numbers("Il roule 24 heures sur 24.").is_empty());
        assert!(numbers("La première dame est arrivée.").is_empty());
    }
}
