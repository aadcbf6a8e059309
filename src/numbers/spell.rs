//! Spelling integers out in French words: the inverse of the number reader.

/// Which spelling convention [`to_french_words_with`] follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Spelling {
    /// Traditional France spelling: hyphens only between tens and units
    /// below one hundred ("vingt et un", "deux cent mille",
    /// "quatre-vingt-dix-sept").
    #[default]
    France,
    /// The 1990 rectified spelling: every part of a compound numeral joined
    /// by hyphens ("vingt-et-un", "deux-cent-mille"); `million` and
    /// `milliard` stay separate words, being nouns.
    Rectified1990,
    /// Belgian: `septante`, `nonante` (and `quatre-vingts`).
    Belgian,
    /// Swiss (Romandy): `septante`, `huitante`, `nonante`.
    Swiss,
}

impl Spelling {
    /// Every convention, for tests and tools that try them all.
    pub const ALL: [Spelling; 4] = [
        Spelling::France,
        Spelling::Rectified1990,
        Spelling::Belgian,
        Spelling::Swiss,
    ];
}

const UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const TENS: [&str; 7] = [
    "",
    "dix",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];
/// Scales above thousand, long scale (French): 10^6, 10^9, 10^12, 10^15, 10^18.
const SCALES: [(u64, &str); 5] = [
    (1_000_000_000_000_000_000, "trillion"),
    (1_000_000_000_000_000, "billiard"),
    (1_000_000_000_000, "billion"),
    (1_000_000_000, "milliard"),
    (1_000_000, "million"),
];

/// `n` spelt out in standard France spelling.
///
/// ```
/// use frnews::numbers::to_french_words;
/// assert_eq!(to_french_words(71), "soixante et onze");
/// assert_eq!(to_french_words(80), "quatre-vingts");
/// assert_eq!(to_french_words(200_000), "deux cent mille");
/// assert_eq!(to_french_words(1_200_000), "un million deux cent mille");
/// ```
pub fn to_french_words(n: u64) -> String {
    to_french_words_with(n, Spelling::France)
}

/// `n` spelt out following `spelling`.
///
/// ```
/// use frnews::numbers::{to_french_words_with, Spelling};
/// assert_eq!(to_french_words_with(21, Spelling::Rectified1990), "vingt-et-un");
/// assert_eq!(to_french_words_with(200_000, Spelling::Rectified1990), "deux-cent-mille");
/// assert_eq!(to_french_words_with(97, Spelling::Belgian), "nonante-sept");
/// assert_eq!(to_french_words_with(81, Spelling::Swiss), "huitante et un");
/// ```
pub fn to_french_words_with(n: u64, spelling: Spelling) -> String {
    if n == 0 {
        return UNITS[0].to_string();
    }
    let sep = if spelling == Spelling::Rectified1990 {
        "-"
    } else {
        " "
    };
    let mut parts: Vec<String> = Vec::new();
    let mut rest = n;
    for &(scale, name) in &SCALES {
        let q = rest / scale;
        if q > 0 {
            // The multiplier of a noun scale: "deux cents millions" keeps the
            // plural s of cent/vingt (million is a noun, not a numeral).
            let words = below_million(q, spelling, true);
            let plural = if q > 1 { "s" } else { "" };
            parts.push(format!("{words} {name}{plural}"));
            rest %= scale;
        }
    }
    let thousands = rest / 1000;
    let units = rest % 1000;
    let mut low = String::new();
    if thousands > 0 {
        if thousands > 1 {
            // "deux cent mille": cent and vingt stay invariable before mille.
            low.push_str(&below_thousand(thousands, spelling, false));
            low.push_str(sep);
        }
        low.push_str("mille");
    }
    if units > 0 {
        if !low.is_empty() {
            low.push_str(sep);
        }
        low.push_str(&below_thousand(units, spelling, true));
    }
    if !low.is_empty() {
        parts.push(low);
    }
    parts.join(" ")
}

fn below_million(n: u64, spelling: Spelling, final_plural: bool) -> String {
    let sep = if spelling == Spelling::Rectified1990 {
        "-"
    } else {
        " "
    };
    let th = n / 1000;
    let u = n % 1000;
    let mut s = String::new();
    if th > 0 {
        if th > 1 {
            s.push_str(&below_thousand(th, spelling, false));
            s.push_str(sep);
        }
        s.push_str("mille");
    }
    if u > 0 {
        if !s.is_empty() {
            s.push_str(sep);
        }
        s.push_str(&below_thousand(u, spelling, final_plural));
    }
    s
}

/// 1..=999. `final_plural`: whether "cents"/"quatre-vingts" may take their s
/// (not before "mille").
fn below_thousand(n: u64, spelling: Spelling, final_plural: bool) -> String {
    let sep = if spelling == Spelling::Rectified1990 {
        "-"
    } else {
        " "
    };
    let h = n / 100;
    let r = n % 100;
    let mut s = String::new();
    if h > 0 {
        if h > 1 {
            s.push_str(UNITS[h as usize]);
            s.push_str(sep);
        }
        s.push_str("cent");
        if h > 1 && r == 0 && final_plural {
            s.push('s');
        }
    }
    if r > 0 {
        if !s.is_empty() {
            s.push_str(sep);
        }
        s.push_str(&below_hundred(r, spelling, final_plural));
    }
    s
}

fn below_hundred(n: u64, spelling: Spelling, final_plural: bool) -> String {
    let et = if spelling == Spelling::Rectified1990 {
        "-et-"
    } else {
        " et "
    };
    if n <= 16 {
        return UNITS[n as usize].to_string();
    }
    if n < 20 {
        return format!("dix-{}", UNITS[(n - 10) as usize]);
    }
    let regional = matches!(spelling, Spelling::Belgian | Spelling::Swiss);
    let (tens_word, base): (&str, u64) = match n / 10 {
        t @ 2..=6 => (TENS[t as usize], t * 10),
        7 if regional => ("septante", 70),
        8 if spelling == Spelling::Swiss => ("huitante", 80),
        9 if regional => ("nonante", 90),
        7 => ("soixante", 60),
        _ => ("quatre-vingt", 80),
    };
    let r = n - base;
    if r == 0 {
        if tens_word == "quatre-vingt" && final_plural {
            return "quatre-vingts".to_string();
        }
        return tens_word.to_string();
    }
    if (r == 1 || (r == 11 && base == 60)) && tens_word != "quatre-vingt" {
        return format!("{tens_word}{et}{}", UNITS[r as usize]);
    }
    if r <= 16 {
        return format!("{tens_word}-{}", UNITS[r as usize]);
    }
    format!("{tens_word}-dix-{}", UNITS[(r - 10) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn france() {
        for (n, s) in [
            (0, "zéro"),
            (1, "un"),
            (17, "dix-sept"),
            (21, "vingt et un"),
            (71, "soixante et onze"),
            (77, "soixante-dix-sept"),
            (80, "quatre-vingts"),
            (81, "quatre-vingt-un"),
            (91, "quatre-vingt-onze"),
            (99, "quatre-vingt-dix-neuf"),
            (100, "cent"),
            (101, "cent un"),
            (200, "deux cents"),
            (280, "deux cent quatre-vingts"),
            (1000, "mille"),
            (1984, "mille neuf cent quatre-vingt-quatre"),
            (80_000, "quatre-vingt mille"),
            (200_000, "deux cent mille"),
            (1_200_000, "un million deux cent mille"),
            (600_000_000, "six cents millions"),
            (2_000_000_000, "deux milliards"),
        ] {
            assert_eq!(to_french_words(n), s, "{n}");
        }
    }

    #[test]
    fn variants() {
        use Spelling::*;
        assert_eq!(
            to_french_words_with(221_071, Rectified1990),
            "deux-cent-vingt-et-un-mille-soixante-et-onze"
        );
        assert_eq!(
            to_french_words_with(3_000_200, Rectified1990),
            "trois millions deux-cents"
        );
        assert_eq!(to_french_words_with(71, Belgian), "septante et un");
        assert_eq!(to_french_words_with(80, Belgian), "quatre-vingts");
        assert_eq!(to_french_words_with(91, Belgian), "nonante et un");
        assert_eq!(to_french_words_with(88, Swiss), "huitante-huit");
        assert_eq!(to_french_words_with(79, Swiss), "septante-neuf");
    }
}
