//! Calendar vocabulary: months, weekdays, seasons (folded forms).

/// Month names and their abbreviations (folded, without a period) → 1–12.
#[rustfmt::skip]
pub const MONTHS: &[(&str, i8)] = &[
    ("janvier", 1), ("janv", 1), ("jan", 1),
    ("fevrier", 2), ("fevr", 2), ("fev", 2),
    ("mars", 3),
    ("avril", 4), ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7), ("juil", 7),
    ("aout", 8),
    ("septembre", 9), ("sept", 9), ("sep", 9),
    ("octobre", 10), ("oct", 10),
    ("novembre", 11), ("nov", 11),
    ("decembre", 12), ("dec", 12),
];

/// Weekday names (folded) → ISO number, Monday = 1.
#[rustfmt::skip]
pub const WEEKDAYS: &[(&str, i8)] = &[
    ("lundi", 1), ("mardi", 2), ("mercredi", 3), ("jeudi", 4), ("vendredi", 5), ("samedi", 6), ("dimanche", 7),
    ("lundis", 1), ("mardis", 2), ("mercredis", 3), ("jeudis", 4), ("vendredis", 5), ("samedis", 6), ("dimanches", 7),
    ("lun", 1), ("mar", 2), ("mer", 3), ("jeu", 4), ("ven", 5), ("sam", 6), ("dim", 7),
];

/// Seasons (folded) → the first month of the meteorological season.
pub const SEASONS: &[(&str, i8)] = &[("printemps", 3), ("ete", 6), ("automne", 9), ("hiver", 12)];

/// The month number of a folded month name or abbreviation ("févr." folds
/// to "fevr." — a trailing period is ignored).
///
/// ```
/// assert_eq!(frnews::lexicon::calendar::month("decembre"), Some(12));
/// assert_eq!(frnews::lexicon::calendar::month("janv."), Some(1));
/// assert_eq!(frnews::lexicon::calendar::month("maison"), None);
/// ```
pub fn month(folded: &str) -> Option<i8> {
    let w = folded.strip_suffix('.').unwrap_or(folded);
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

/// Whether `folded` is a full month name (not an abbreviation that is also
/// a common word, like "mar" or "sept").
pub fn is_full_month(folded: &str) -> bool {
    matches!(
        folded,
        "janvier"
            | "fevrier"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "aout"
            | "septembre"
            | "octobre"
            | "novembre"
            | "decembre"
    )
}

/// The ISO weekday number (Monday = 1) of a folded weekday name.
pub fn weekday(folded: &str) -> Option<i8> {
    let w = folded.strip_suffix('.').unwrap_or(folded);
    WEEKDAYS.iter().find(|(d, _)| *d == w).map(|&(_, n)| n)
}
