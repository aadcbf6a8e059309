//! Vocabulary for tokenisation: elision, clitics, abbreviations, top-level domains.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Words that elide their final vowel before a vowel or mute h, written with
/// an apostrophe and split from the next word ("l'armée" → `l'` `armée`).
/// Folded, without the apostrophe.
pub const ELISION_PREFIXES: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Words written with an apostrophe that are one word, not an elision (folded).
/// Also the hyphenated lexicalised forms that begin with an elision.
pub const APOSTROPHE_WORDS: &[&str] = &[
    "aujourd'hui",
    "presqu'ile",
    "presqu'iles",
    "prud'homme",
    "prud'hommes",
    "prud'homal",
    "prud'homale",
    "prud'homie",
    "quelqu'un",
    "quelqu'une",
    "quelques-un",
    "entr'acte",
    "entr'actes",
    "entr'ouvert",
    "entr'ouverte",
    "grand'mere",
    "grand'rue",
    "c'est-a-dire",
    "main-d'oeuvre",
    "hors-d'oeuvre",
    "pomme-de-terre",
    "d'ores",
];

/// Pronouns that attach to a verb with a hyphen in inversions and
/// imperatives ("a-t-il", "Rends-toi", "peut-on", "dis-le-moi"). Folded,
/// without the hyphen.
pub const CLITICS: &[&str] = &[
    "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "moi", "toi", "le", "la",
    "les", "lui", "leur", "y", "en", "ce", "m'", "t'", "l'",
];

/// Hyphenated words that end like a clitic but are one word (folded).
pub const CLITIC_COMPOUNDS: &[&str] = &[
    "rendez-vous",
    "on-dit",
    "qu'en-dira-t-on",
    "va-t-en-guerre",
    "je-ne-sais-quoi",
    "m'as-tu-vu",
    "sauve-qui-peut",
    "chez-moi",
    "chez-soi",
    "chez-nous",
    "a-la",
    "vis-a-vis",
    "pot-au-feu",
    "tete-a-tete",
    "au-dela",
    "la-bas",
    "plus-que-parfait",
];

/// Abbreviations written with a final period (case-sensitive, as written,
/// without the period). The period belongs to the token ("M.", "av.").
pub const ABBREVIATIONS_WITH_PERIOD: &[&str] = &[
    "M", "MM", "Mr", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Cie", "Éts", "Ets", "av", "apr", "env",
    "etc", "min", "max", "sec", "hab", "art", "al", "cf", "éd", "ex", "fig", "vol", "chap", "p",
    "pp", "n", "no", "tél", "tel", "bd", "boul", "r", "rte", "fg", "pl", "gén", "Gén", "col",
    "Col", "lt", "Lt", "cap", "Cap", "sgt", "Sgt", "cdt", "Cdt", "adj", "mil", "mrd", "mds", "Mds",
    "md", "Md", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "juill", "janv",
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "vs", "approx", "dépt", "dép", "arr", "boul",
    "coll", "dir", "id", "ibid", "op", "cit", "resp", "suiv", "sq", "trad", "Vve", "Mlle", "Mme",
    "Mmes", "Mlles", "Jr", "Sr", "km",
];

/// Abbreviations that are also ordinary words ("sept" is seven, "mar" a
/// sea): abbreviations only before a number ("sept. 2022", "mar. 14").
pub const AMBIGUOUS_ABBREVIATIONS: &[&str] = &[
    "sept", "mar", "mer", "jeu", "sam", "dim", "col", "cap", "p", "r", "n", "no", "art", "min",
    "max", "sec", "vol", "al", "ex", "pl", "km", "fig", "dir", "op", "id",
];

/// Abbreviations that may close a sentence ("..., etc. Le lendemain").
pub const SENTENCE_FINAL_ABBREVIATIONS: &[&str] =
    &["etc.", "min.", "max.", "env.", "sec.", "km.", "al."];

/// Abbreviations written without a period (as written).
pub const ABBREVIATIONS_BARE: &[&str] = &[
    "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "Cie", "Vve", "St", "Ste",
];

/// Dotted abbreviations made of several parts, matched as written at a word
/// start ("J.-C.", "c.-à-d.").
pub const DOTTED_ABBREVIATIONS: &[&str] = &[
    "av. J.-C.",
    "apr. J.-C.",
    "J.-C.",
    "c.-à-d.",
    "c-à-d",
    "p. ex.",
    "p.ex.",
    "N.B.",
    "P.-S.",
    "P.S.",
    "N.D.L.R.",
    "Ndlr.",
    "N.-D.",
];

/// Top-level domains recognised in bare domain names ("BFMTV.com",
/// "Metrotime.be"); folded.
pub const TOP_LEVEL_DOMAINS: &[&str] = &[
    "com", "fr", "be", "ch", "ca", "lu", "org", "net", "info", "eu", "io", "tv", "ru", "ua", "uk",
    "de", "it", "es", "us", "gov", "gouv", "edu", "int", "news", "media", "press", "co", "me",
    "ma", "dz", "tn", "sn", "ci", "cm", "re", "mc", "qc", "quebec", "paris", "bzh", "africa",
    "online", "site", "blog", "app", "fm", "am", "pl", "nl", "at", "pt", "by", "md", "ge", "kz",
    "pro", "biz",
];

static ABBREVIATION_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS_WITH_PERIOD.iter().copied().collect());

/// Whether `word` (as written, without its period) is an abbreviation
/// written with a period.
pub fn is_abbreviation_with_period(word: &str) -> bool {
    word.len() <= 6 && ABBREVIATION_SET.contains(word)
}

/// Whether `folded` is one word though written with an apostrophe or
/// hyphen ([`APOSTROPHE_WORDS`], [`CLITIC_COMPOUNDS`]): asked two or three
/// times for every such run ("l'armée"), so one hash look-up, not a scan
/// of both lists.
#[inline]
pub fn is_lexicalised(folded: &str) -> bool {
    static LEXICALISED: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        APOSTROPHE_WORDS
            .iter()
            .chain(CLITIC_COMPOUNDS)
            .copied()
            .collect()
    });
    LEXICALISED.contains(folded)
}

/// Whether `folded` (no apostrophe) is an elision prefix.
pub fn is_elision_prefix(folded: &str) -> bool {
    ELISION_PREFIXES.contains(&folded)
}

/// Whether `folded` (without its hyphen) is a clitic pronoun.
pub fn is_clitic(folded: &str) -> bool {
    CLITICS.contains(&folded)
}
