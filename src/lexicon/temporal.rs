//! Temporal vocabulary of French (folded forms): relative day words,
//! direction words, parts of the day, period modifiers, duration units,
//! duration qualifiers and frequency cues. Months, weekdays and seasons are
//! in [`crate::lexicon::calendar`]; number words in
//! [`crate::lexicon::numbers`].

use crate::dates::Modifier;
use crate::numbers::Qualifier;

/// A unit of time, as written in durations and relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeUnit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Week-end.
    Weekend,
    /// Month.
    Month,
    /// Quarter (three months).
    Quarter,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
}

/// Duration and period units (folded, singular and plural, common
/// abbreviations without their period).
#[rustfmt::skip]
pub const UNITS: &[(&str, TimeUnit)] = &[
    ("seconde", TimeUnit::Second), ("secondes", TimeUnit::Second), ("sec", TimeUnit::Second), ("secs", TimeUnit::Second),
    ("minute", TimeUnit::Minute), ("minutes", TimeUnit::Minute), ("min", TimeUnit::Minute), ("mins", TimeUnit::Minute), ("mn", TimeUnit::Minute),
    ("heure", TimeUnit::Hour), ("heures", TimeUnit::Hour), ("h", TimeUnit::Hour),
    ("jour", TimeUnit::Day), ("jours", TimeUnit::Day), ("journee", TimeUnit::Day), ("journees", TimeUnit::Day), ("j", TimeUnit::Day),
    ("semaine", TimeUnit::Week), ("semaines", TimeUnit::Week), ("sem", TimeUnit::Week),
    ("week-end", TimeUnit::Weekend), ("week-ends", TimeUnit::Weekend), ("weekend", TimeUnit::Weekend), ("weekends", TimeUnit::Weekend),
    ("mois", TimeUnit::Month),
    ("trimestre", TimeUnit::Quarter), ("trimestres", TimeUnit::Quarter),
    ("an", TimeUnit::Year), ("ans", TimeUnit::Year), ("annee", TimeUnit::Year), ("annees", TimeUnit::Year),
    ("decennie", TimeUnit::Decade), ("decennies", TimeUnit::Decade),
    ("siecle", TimeUnit::Century), ("siecles", TimeUnit::Century),
];

/// The unit named by a folded word ("semaines" → week; "min." → minute).
pub fn unit(folded: &str) -> Option<TimeUnit> {
    // The matchers ask this of many tokens: one hash look-up, not a scan.
    static MAP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, TimeUnit>> =
        std::sync::LazyLock::new(|| first_wins(UNITS));
    let w = folded.strip_suffix('.').unwrap_or(folded);
    MAP.get(w).copied()
}

/// A map from a list of (word, value) pairs; the first entry of a word
/// wins, as in a scan of the list.
fn first_wins<T: Copy>(list: &[(&'static str, T)]) -> rustc_hash::FxHashMap<&'static str, T> {
    let mut map = rustc_hash::FxHashMap::default();
    for &(w, v) in list {
        map.entry(w).or_insert(v);
    }
    map
}

/// Period words with "-ci", which the tokeniser keeps whole ("cette
/// semaine-ci", "ce mois-ci"): the current period, as "cette semaine".
pub const PERIODS_CI: &[&str] = &["semaine-ci", "mois-ci", "annee-ci", "trimestre-ci"];

/// Period words usable with "ce", "le ... dernier", "la ... prochaine"
/// (a subset of [`UNITS`]: abbreviations and "h" excluded).
pub fn period(folded: &str) -> Option<TimeUnit> {
    match folded {
        "jour" | "journee" => Some(TimeUnit::Day),
        "semaine" => Some(TimeUnit::Week),
        "week-end" | "weekend" => Some(TimeUnit::Weekend),
        "mois" => Some(TimeUnit::Month),
        "trimestre" => Some(TimeUnit::Quarter),
        "an" | "annee" => Some(TimeUnit::Year),
        "decennie" => Some(TimeUnit::Decade),
        "siecle" => Some(TimeUnit::Century),
        _ => None,
    }
}

/// Half of a unit ("une demi-heure", "un demi-siècle") as an amount of a
/// smaller one: minute → 30 s, hour → 30 min, day → 12 h, month → 15 days,
/// year → 6 months, decade → 5 years, century → 50 years. Weeks,
/// week-ends and quarters have no half in use.
pub fn half(unit: TimeUnit) -> Option<(TimeUnit, u64)> {
    Some(match unit {
        TimeUnit::Minute => (TimeUnit::Second, 30),
        TimeUnit::Hour => (TimeUnit::Minute, 30),
        TimeUnit::Day => (TimeUnit::Hour, 12),
        TimeUnit::Month => (TimeUnit::Day, 15),
        TimeUnit::Year => (TimeUnit::Month, 6),
        TimeUnit::Decade => (TimeUnit::Year, 5),
        TimeUnit::Century => (TimeUnit::Year, 50),
        _ => return None,
    })
}

/// Day words → offset in days from the reference day.
pub const DAY_WORDS: &[(&str, i64)] = &[
    ("aujourd'hui", 0),
    ("hier", -1),
    ("avant-hier", -2),
    ("demain", 1),
    ("apres-demain", 2),
];

/// Words after a date or period that point to the past ("dernier", "passé").
pub const PAST_WORDS: &[&str] = &[
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "passe",
    "passee",
    "passes",
    "passees",
    "precedent",
    "precedente",
    // "l'année écoulée", "la décennie écoulée": the one just ended.
    "ecoule",
    "ecoulee",
];

/// Words after a date or period that point to the future.
pub const FUTURE_WORDS: &[&str] = &[
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "suivant",
    "suivante",
    "suivants",
    "suivantes",
];

/// Direction of a word of [`PAST_WORDS`] (-1) or [`FUTURE_WORDS`] (+1).
pub fn direction(folded: &str) -> Option<i64> {
    if PAST_WORDS.contains(&folded) {
        Some(-1)
    } else if FUTURE_WORDS.contains(&folded) {
        Some(1)
    } else {
        None
    }
}

/// Parts of the day (folded) → modifier.
pub const PARTS_OF_DAY: &[(&str, Modifier)] = &[
    ("matin", Modifier::Morning),
    ("matinee", Modifier::Morning),
    ("apres-midi", Modifier::Afternoon),
    ("soir", Modifier::Evening),
    ("soiree", Modifier::Evening),
    ("nuit", Modifier::Night),
    ("aube", Modifier::Dawn),
    ("aurore", Modifier::Dawn),
    ("aurores", Modifier::Dawn),
    ("aprem", Modifier::Afternoon),
    ("crepuscule", Modifier::Evening),
];

/// Parts of the day in several words, after a lead ("au coucher du
/// soleil", "à la tombée de la nuit").
#[rustfmt::skip]
pub const PART_OF_DAY_PHRASES: &[(&[&str], Modifier)] = &[
    (&["coucher", "du", "soleil"], Modifier::Evening),
    (&["tombee", "de", "la", "nuit"], Modifier::Evening),
    (&["tombee", "du", "jour"], Modifier::Evening),
    (&["lever", "du", "soleil"], Modifier::Dawn),
    (&["lever", "du", "jour"], Modifier::Dawn),
    (&["petit", "matin"], Modifier::Dawn),
];

/// Meals and the working day as times of the day (whole folded phrases):
/// "à l'heure du déjeuner" → midday, "après le déjeuner" → afternoon,
/// "après le travail" → evening.
#[rustfmt::skip]
pub const MEAL_TIMES: &[(&[&str], Modifier)] = &[
    (&["pendant", "le", "dejeuner"], Modifier::Midday),
    (&["a", "l'", "heure", "du", "dejeuner"], Modifier::Midday),
    (&["au", "moment", "du", "dejeuner"], Modifier::Midday),
    (&["au", "moment", "de", "dejeuner"], Modifier::Midday),
    (&["lors", "du", "dejeuner"], Modifier::Midday),
    (&["a", "l'", "heure", "de", "dejeuner"], Modifier::Midday),
    (&["apres", "le", "dejeuner"], Modifier::Afternoon),
    (&["apres", "dejeuner"], Modifier::Afternoon),
    (&["avant", "le", "dejeuner"], Modifier::Morning),
    (&["avant", "dejeuner"], Modifier::Morning),
    (&["pendant", "le", "petit-dejeuner"], Modifier::Morning),
    (&["au", "petit-dejeuner"], Modifier::Morning),
    (&["pendant", "le", "diner"], Modifier::Evening),
    (&["a", "l'", "heure", "du", "diner"], Modifier::Evening),
    (&["au", "moment", "du", "diner"], Modifier::Evening),
    (&["lors", "du", "diner"], Modifier::Evening),
    (&["apres", "le", "diner"], Modifier::Evening),
    (&["apres", "diner"], Modifier::Evening),
    (&["avant", "le", "diner"], Modifier::Evening),
    (&["apres", "le", "travail"], Modifier::Evening),
    (&["a", "la", "sortie", "du", "travail"], Modifier::Evening),
];

/// Periods "dans la journée", "dans la semaine": the current one.
#[rustfmt::skip]
pub const WITHIN_CURRENT: &[(&[&str], TimeUnit)] = &[
    (&["dans", "la", "journee"], TimeUnit::Day),
    (&["dans", "la", "semaine"], TimeUnit::Week),
    (&["dans", "le", "mois"], TimeUnit::Month),
    (&["dans", "l'", "annee"], TimeUnit::Year),
];

/// The modifier of a part-of-day word.
pub fn part_of_day(folded: &str) -> Option<Modifier> {
    PARTS_OF_DAY
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, m)| m)
}

/// Cues before a date that set its modifier (folded token sequences; the
/// longest match wins). `None` marks a cue that only introduces the date
/// ("courant 2023").
#[rustfmt::skip]
pub const DATE_CUES: &[(&[&str], Option<Modifier>)] = &[
    (&["debut"], Some(Modifier::Start)),
    (&["au", "debut"], Some(Modifier::Start)),
    (&["en", "debut"], Some(Modifier::Start)),
    (&["des", "le", "debut"], Some(Modifier::Start)),
    (&["fin"], Some(Modifier::End)),
    (&["a", "la", "fin"], Some(Modifier::End)),
    (&["en", "fin"], Some(Modifier::End)),
    (&["vers", "la", "fin"], Some(Modifier::End)),
    (&["milieu"], Some(Modifier::Mid)),
    (&["au", "milieu"], Some(Modifier::Mid)),
    (&["a", "la", "mi"], Some(Modifier::Mid)),
    (&["courant"], None),
    (&["dans", "le", "courant"], None),
    (&["au", "cours"], None),
    (&["depuis"], Some(Modifier::Since)),
    (&["a", "partir"], Some(Modifier::Since)),
    (&["a", "compter"], Some(Modifier::Since)),
    (&["jusqu'"], Some(Modifier::Until)),
    (&["jusque"], Some(Modifier::Until)),
    (&["de", "ici"], Some(Modifier::Until)),
    // "au plus tard le 15 juin": by then; "au plus tôt en 2025": not
    // before.
    (&["au", "plus", "tard"], Some(Modifier::Until)),
    (&["au", "plus", "tot"], Some(Modifier::Since)),
    (&["avant"], Some(Modifier::Before)),
    (&["apres"], Some(Modifier::After)),
    (&["vers"], Some(Modifier::Approx)),
    (&["aux", "alentours"], Some(Modifier::Approx)),
    (&["autour"], Some(Modifier::Approx)),
    (&["aux", "environs"], Some(Modifier::Approx)),
];

/// Prefixes of a single token that set a modifier ("mi-juillet").
pub const DATE_PREFIXES: &[(&str, Modifier)] = &[("mi-", Modifier::Mid)];

/// Duration qualifiers (folded token sequences; "d'" is read as "de").
#[rustfmt::skip]
pub const DURATION_QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["plus", "de"], Qualifier::MoreThan),
    (&["un", "peu", "plus", "de"], Qualifier::MoreThan),
    (&["bien", "plus", "de"], Qualifier::MoreThan),
    (&["moins", "de"], Qualifier::LessThan),
    (&["un", "peu", "moins", "de"], Qualifier::LessThan),
    (&["pres", "de"], Qualifier::Approx),
    (&["environ"], Qualifier::Approx),
    (&["tout", "juste"], Qualifier::Exact),
    (&["exactement"], Qualifier::Exact),
    (&["pile"], Qualifier::Exact),
    (&["presque"], Qualifier::Approx),
    (&["quasiment"], Qualifier::Approx),
    (&["une", "bonne"], Qualifier::Approx),
    (&["au", "moins"], Qualifier::AtLeast),
    (&["pas", "moins", "de"], Qualifier::AtLeast),
    (&["au", "minimum"], Qualifier::AtLeast),
    (&["au", "plus"], Qualifier::AtMost),
    (&["au", "maximum"], Qualifier::AtMost),
    (&["jusqu'", "a"], Qualifier::AtMost),
];

/// Words that introduce a duration and belong to it ("pendant deux heures").
pub const DURATION_INTRODUCERS: &[&str] = &["pendant", "durant"];

/// Vague quantities before a unit ("plusieurs semaines").
pub const VAGUE_AMOUNTS: &[&[&str]] = &[
    &["plusieurs"],
    &["quelques"],
    &["de", "nombreuses"],
    &["de", "nombreux"],
    &["des"],
    &["certaines"],
];

/// "ces derniers mois": vague references to the recent past or near future.
pub const VAGUE_HEADS: &[(&str, &str)] = &[
    ("derniers", "PAST_REF"),
    ("dernieres", "PAST_REF"),
    ("prochains", "FUTURE_REF"),
    ("prochaines", "FUTURE_REF"),
];

/// Nouns completing a vague reference ("ces derniers temps").
pub const VAGUE_NOUNS: &[&str] = &[
    "temps",
    "jours",
    "semaines",
    "mois",
    "annees",
    "ans",
    "heures",
    "decennies",
    "siecles",
];

/// Single words that are vague references ("récemment").
pub const VAGUE_WORDS: &[(&str, &str)] = &[
    ("recemment", "PAST_REF"),
    ("dernierement", "PAST_REF"),
    ("prochainement", "FUTURE_REF"),
];

/// Set cues: "chaque jour", "tous les mardis".
pub const EVERY: &[&[&str]] = &[&["chaque"], &["tous", "les"], &["toutes", "les"]];

/// Words that make a sentence future tense for the bare-date rule: future
/// and near-future auxiliaries. Complemented by the words of a plan
/// ([`PLANNING_CUES`]) and the future endings in [`is_future_word`].
pub const FUTURE_CUES: &[&str] = &[
    "sera",
    "seront",
    "aura",
    "auront",
    "va",
    "vont",
    "ira",
    "iront",
    "fera",
    "feront",
    "devra",
    "devront",
    "pourra",
    "pourront",
    "doit",
    "doivent",
    "prochain",
    "prochaine",
    "verra",
    "verront",
    // Futures too short for the endings of `is_future_verb` ("se rendra
    // à Kiev", "rendra sa décision").
    "rendra",
    "vendra",
    "mettra",
    "battra",
    "vivra",
    "suivra",
    "saura",
    "voudra",
    "faudra",
    "vaudra",
    "dira",
    "diront",
    "lira",
    "liront",
    "courra",
    "mourra",
    // The conditional of intent ("pourrait commencer", "devrait
    // reprendre"); not "aurait" / "serait", which report unconfirmed past
    // events ("un soldat aurait été tué").
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
];

/// Past participles that do not end in "-é": what follows "avoir" or
/// "être" in a past infinitive ("affirme avoir pris le village samedi",
/// "nie avoir tiré"), besides the participles in "-é" (`dates`). Folded.
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "pris",
    "repris",
    "compris",
    "surpris",
    "appris",
    "fait",
    "refait",
    "mis",
    "remis",
    "permis",
    "promis",
    "commis",
    "soumis",
    "dit",
    "vu",
    "revu",
    "eu",
    "recu",
    "perdu",
    "vendu",
    "rendu",
    "battu",
    "abattu",
    "combattu",
    "detruit",
    "construit",
    "produit",
    "conduit",
    "ecrit",
    "atteint",
    "eteint",
    "ouvert",
    "offert",
    "souffert",
    "decouvert",
    "couvert",
    "tenu",
    "obtenu",
    "maintenu",
    "retenu",
    "soutenu",
    "conquis",
    "acquis",
    "fui",
    "suivi",
    "servi",
    "parti",
    "sorti",
    "venu",
    "revenu",
    "devenu",
    "mort",
    "ne",
    "fini",
    "choisi",
    "saisi",
    "reussi",
    "subi",
    "trahi",
    "envahi",
    "vecu",
    "connu",
    "pu",
    "voulu",
    "du",
    "su",
    "lu",
    "elu",
];

/// Whether a word written with its accent ends as a past participle of the
/// first group ("tiré", "arrivée", "blessés", "libérées").
pub fn is_accented_participle(surface: &str) -> bool {
    ["é", "ée", "és", "ées"]
        .iter()
        .any(|e| surface.ends_with(e))
}

/// Whether a word is a past participle: of the first group by its accented
/// ending ([`is_accented_participle`]), or one of
/// [`IRREGULAR_PARTICIPLES`] in any gender and number ("pris", "mise",
/// "élus", "sorties").
pub fn is_past_participle(surface: &str, folded: &str) -> bool {
    let irregular = |w: &str| IRREGULAR_PARTICIPLES.contains(&w);
    is_accented_participle(surface)
        || irregular(folded)
        || ["e", "s", "es"]
            .iter()
            .any(|e| folded.strip_suffix(e).is_some_and(irregular))
}

/// Verbs that look ahead, before a past infinitive: then a future
/// perfect ("il espère avoir fini lundi", "elle compte être arrivée
/// samedi"), not a past. Folded.
#[rustfmt::skip]
pub const FORWARD_VERBS: &[&str] = &[
    "promet", "promettent", "promettait", "engage", "engagent", "assure", "jure",
    "espere",
    "esperent",
    "esperait",
    "compte",
    "comptent",
    "comptait",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "pense",
    "pensent",
    "souhaite",
    "souhaitent",
    "veut",
    "veulent",
    "prevoit",
    "prevoient",
    "peut",
    "peuvent",
    "pourrait",
    "pourraient",
    "va",
    "vont",
];

/// Words before "le" and a number that make it a number to call even
/// before a time ("composez le 17 à 14 h", "alertés via le 18 vers 22
/// heures"); [`BARE_DAY_BLOCKERS`] keep a bare number from being a day
/// only when nothing follows ("il a appelé le 6 à 10 h" is a day). Folded.
pub const CALL_WORDS: &[&str] = &[
    "via",
    "composer",
    "composez",
    "compose",
    "appelez",
    "contactez",
];

/// Verbs of an appeal before "à", an infinitive and a date: the date is
/// the one called for ("a appelé à manifester le 6 juin", "invite à voter
/// dimanche"). Folded.
pub const APPEAL_VERBS: &[&str] = &[
    "appelle",
    "appellent",
    "appelait",
    "appelaient",
    "appele",
    "appelee",
    "appeles",
    "appelees",
    "appeler",
    "invite",
    "invitent",
    "invitait",
    "invitaient",
    "invitee",
    "invites",
    "invitees",
    "exhorte",
    "exhortent",
    "exhortait",
    "exhortee",
    "exhortes",
    "pousse",
    "poussent",
    "incite",
    "incitent",
    "encourage",
    "encouragent",
    "convie",
    "convient",
    "conviee",
    "convies",
];

/// Past participles that put a thing off to a later date, before "au"/"à"
/// and that date ("l'affaire a été renvoyée au 12 octobre", "mis en
/// délibéré au 3 juillet"): the date lies after the decision, so it is read
/// in the future whatever the tense (`dates`).
pub const POSTPONED: &[&str] = &[
    // Set to a date: "la date du scrutin a été fixée au 18 juin".
    "fixe",
    "fixee",
    "fixes",
    "fixees",
    "delibere",
    "renvoye",
    "renvoyee",
    "renvoyes",
    "renvoyees",
    "reporte",
    "reportee",
    "reportes",
    "reportees",
    "repousse",
    "repoussee",
    "repousses",
    "repoussees",
    "ajourne",
    "ajournee",
    "ajournes",
    "ajournees",
    "decale",
    "decalee",
    "decales",
    "decalees",
    "differe",
    "differee",
    "differes",
    "differees",
];

/// Whether a folded word makes a sentence past tense for the bare-date
/// rule: an auxiliary of the compound past tenses ("a", "ont", "avait", "a
/// été"), the simple past of être and avoir, the reported past ("aurait"),
/// the participles of a page's timestamps ("publié le", "mis à jour"),
/// "hier", "déjà", or an imperfect ending ([`is_past_verb`]). ("a" counts
/// only written without accent and not in "il y a", and "est" / "sont"
/// only after "s'" / "se": see the caller.)
pub fn is_past_word(folded: &str) -> bool {
    matches!(
        folded,
        "a" | "ai"
            | "as"
            | "avons"
            | "avez"
            | "ont"
            | "avait"
            | "avaient"
            | "eu"
            | "ete"
            | "etait"
            | "etaient"
            | "fut"
            | "furent"
            | "eut"
            | "eurent"
            | "aurait"
            | "auraient"
            | "hier"
            | "deja"
            | "publie"
            | "publiee"
            | "mis"
            | "modifie"
            | "modifiee"
            | "actualise"
            | "actualisee"
    ) || is_past_verb(folded)
}

/// Whether a folded word has an imperfect ending ("annonçait",
/// "attaquaient"), outside the nouns and adjectives that end so ("fait",
/// "portrait") and the conditional (a [`FUTURE_CUES`] word, tested first).
pub fn is_past_verb(folded: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "fait",
        "trait",
        "portrait",
        "extrait",
        "souhait",
        "attrait",
        "forfait",
        "parfait",
        "bienfait",
        "retrait",
        "abstrait",
        "distrait",
        "satisfait",
        "serait",
        "seraient",
    ];
    // Both endings end in "t": most words are told by their last byte.
    folded.len() >= 5
        && folded.ends_with('t')
        && (folded.ends_with("ait") || folded.ends_with("aient"))
        && folded.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_VERBS.contains(&folded)
}

/// Whether a folded word marks the future: a cue of [`FUTURE_CUES`] or
/// [`PLANNING_CUES`], or a
/// third-person future ending ("arrivera", "signeront", "partiront").
pub fn is_future_word(folded: &str) -> bool {
    FUTURE_CUES.contains(&folded) || PLANNING_CUES.contains(&folded) || is_future_verb(folded)
}

/// The part of [`is_future_word`] outside [`FUTURE_CUES`]: a long verb
/// form with a future ending.
pub fn is_future_verb(folded: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "eront", "iront", "dront", "vront", "rront", "era", "ira", "dra", "vra", "rra",
    ];
    // Every ending ends in "t" or "a": most words are told by their last
    // byte before the scans.
    debug_assert!(ENDINGS.iter().all(|e| e.ends_with(['t', 'a'])));
    // From six letters ("jouera", "votera", "durera"), less the nouns that
    // end so.
    const NOUNS: &[&str] = &["camera", "riviera", "tundra", "toundra", "sierra"];
    folded.len() >= 6
        && folded.ends_with(['t', 'a'])
        && ENDINGS.iter().any(|e| folded.ends_with(e))
        && folded.bytes().all(|b| b.is_ascii_lowercase())
        && !NOUNS.contains(&folded)
}

/// "passé (de dix minutes)" after an hour: minutes past it.
pub const CLOCK_PAST: &[&str] = &["passe", "passee", "passees", "passes"];

/// Words after a clock time that stress it is exact ("15h précises", "midi
/// pile"): they belong to the time and make it one.
pub const CLOCK_EXACT: &[&str] = &[
    "precise",
    "precises",
    "pile",
    "tapante",
    "tapantes",
    "sonnante",
    "sonnantes",
];

/// Words after an amount of time that make it a lapse, not a clock time
/// ("12h plus tard", "48 heures après", "10h d'affilée").
pub const AFTER_LENGTH: &[&str] = &[
    "plus",
    "apres",
    "avant",
    "auparavant",
    "durant",
    "pendant",
    "d'affilee",
    "affilee",
    "non-stop",
    "environ",
    "chrono",
    "montre",
];

/// Words after "dans les N jours" that count the days from an event, not
/// from the reference day ("qui ont suivi", "suivant l'attaque").
pub const WITHIN_ANAPHORIC: &[&str] = &[
    "qui",
    "suivant",
    "suivants",
    "suivantes",
    "precedent",
    "precedents",
    "precedentes",
    "apres",
    "avant",
    "de",
    "du",
    "d'",
];

/// Weekday abbreviations the tokeniser keeps whole ("lun.") that abbreviate
/// nothing else ("mar.", "mer.", "jeu." also stand for mars, mer, jeu).
pub const WEEKDAY_ABBREVIATIONS: &[&str] = &["lun.", "ven."];

/// Noon and midnight.
pub const CLOCK_WORDS: &[(&str, i8)] = &[("midi", 12), ("minuit", 0)];

/// Words that may follow a year number without making it a count
/// ("en 2022, le..." but not "en 2022 exemplaires").
pub const AFTER_YEAR_OK: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou", "a", "au", "aux",
    "en", "dans", "sur", "pour", "par", "avec", "sans", "contre", "lors", "puis", "mais", "ce",
    "cette", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "que", "qui", "quand",
    "selon", "apres", "avant", "depuis", "jusqu'", "deja", "encore",
];

/// More words that may follow a year, as [`AFTER_YEAR_OK`]: adverbs and
/// conjunctions ("depuis 2014 beaucoup ont fui", "en 2022 aussi") and the
/// determiners of a noun phrase ("dès 1999 ses troupes"). A count is
/// followed by its noun, never by these. Unlike [`AFTER_YEAR_OK`] they are
/// not in [`lexicon_words`]: the extractor reads them only after a year
/// that is already the match's anchor (after its cue, in a range, or a
/// year in words), never before the anchor, so its gate need not know
/// them.
#[rustfmt::skip]
pub const AFTER_CUED_YEAR_OK: &[&str] = &[
    "beaucoup", "plus", "toujours", "jamais", "aussi", "notamment", "surtout", "enfin", "meme",
    "pourtant", "cependant", "alors", "ensuite", "seulement", "tous", "toutes", "chaque",
    "plusieurs", "certains", "certaines", "son", "sa", "ses", "leur", "leurs", "cet", "ces",
    "notre", "nos", "c'", "si", "lorsque", "comme", "car", "donc", "ni", "tandis",
];

/// Nouns a year qualifies, right after them or after "de": events, periods
/// and editions ("la crise de 2008", "l'élection de 2027", "le budget
/// 2024", "l'édition 2023", "la loi de 1905"). Folded.
#[rustfmt::skip]
pub const YEAR_NOUNS: &[&str] = &[
    "crise", "crises", "guerre", "guerres", "loi", "lois", "election", "elections",
    "presidentielle", "presidentielles", "legislatives", "municipales", "europeennes",
    "regionales", "senatoriales", "referendum", "scrutin", "revolution", "jo", "jeux",
    "mondial", "olympiades", "exposition", "attentat", "attentats", "sommet", "accord",
    "accords", "traite", "reforme", "edition", "saison", "budget", "exercice", "rentree",
    "campagne", "championnat", "tournoi", "promotion", "generation", "cuvee", "millesime",
    "recensement", "bilan", "horizon", "objectif", "objectifs", "classement", "palmares",
    "pandemie", "epidemie", "canicule", "crue", "crues", "inondations", "seisme", "tempete",
    "greve", "greves", "festival", "ceremonie", "proces", "krach", "choc", "embargo",
    "invasion", "offensive", "contre-offensive", "annexion", "intervention", "conflit",
    "insurrection", "putsch", "constitution", "cop", "coupe",
    // What a year is compared by: "son niveau de 2008", "celui de 2019",
    // "les chiffres de 2022".
    "niveau", "niveaux", "chiffre", "chiffres", "celui", "celle", "ceux", "celles", "record",
    "records", "resultats", "previsions", "rapport", "etude", "enquete", "donnees",
    "statistiques", "comptes", "hiver", "printemps", "automne",
];

/// Phrases right before a year that compare with it, aim at it or date
/// from it: "par rapport à 2017", "contrairement à 2021", "la loi de
/// finances pour 2024", "cette loi remonte à 1905".
/// Folded; the year must not count a noun after it ("pour 2000
/// personnes").
pub const YEAR_LEADS: &[&[&str]] = &[
    &["par", "rapport", "a"],
    &["contrairement", "a"],
    &["compare", "a"],
    &["comparativement", "a"],
    &["pour"],
    // What dates from a year: "cette loi remonte à 1905", "le record date
    // de 1922".
    &["remonte", "a"],
    &["remontent", "a"],
    &["remontait", "a"],
    &["remontaient", "a"],
    &["remontant", "a"],
    &["date", "de"],
    &["datent", "de"],
    &["datait", "de"],
    &["dataient", "de"],
    &["datant", "de"],
];

/// The days before or after a day named after them: "la veille de Noël",
/// "le lendemain du 9 mai" (folded word, shift in days).
pub const EVE_WORDS: &[(&str, i64)] = &[
    ("veille", -1),
    ("avant-veille", -2),
    ("lendemain", 1),
    ("surlendemain", 2),
];

/// Words after which "la veille" or "le lendemain" stands alone (an
/// adverbial of time: "le lendemain, il est parti", "la veille et le
/// lendemain"), besides punctuation and a part of the day; other words
/// make it a noun ("la veille technologique") and "de" ties it to an event
/// ("la veille de son départ"). Folded.
pub const AFTER_EVE_OK: &[&str] = &[
    "et", "ou", "a", "au", "il", "elle", "on", "ils", "elles", "je", "nous", "vous", "les", "le",
    "la", "l'", "un", "une", "encore", "deja", "meme", "aussi", "dans", "en", "pour", "sur",
    "apres", "avant", "vers", "quand", "alors", "puis", "ce", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "lors", "pres",
];

/// Verbs that make "la veille" a noun (the watch) and "le lendemain" the
/// future: "assurer la veille", "penser le lendemain". Folded.
pub const EVE_NOUN_VERBS: &[&str] = &[
    "assurer",
    "assure",
    "assurent",
    "assurait",
    "assuraient",
    "monter",
    "monte",
    "montent",
    "tenir",
    "tient",
    "tiennent",
    "penser",
    "pense",
    "pensent",
    "preparer",
    "prepare",
    "preparent",
    "envisager",
    "envisage",
];

/// Words of sequence between a dated day and a day without year that
/// goes on from it in the same sentence ("le 24 février 2022 ..., et le 2
/// mars"; "le 30 décembre 2021 puis le 2 janvier"). Folded.
pub const SEQUENCE_WORDS: &[&str] = &[
    "et", "puis", "avant", "apres", "ensuite", "jusqu'", "jusqu'au", "au", "ou", "entre",
];

/// Verbs after which a time written as a clock ("1h30") is a length: "le
/// trajet dure 1h30", "il a mis 2h30". Folded.
#[rustfmt::skip]
pub const DURATION_VERBS: &[&str] = &[
    "dure", "durent", "durait", "duraient", "durera", "dureront", "durer", "duree", "mis",
    "mettre", "met", "mettent", "fallu", "faut", "faudra", "compter", "comptez",
];

/// Words before a range of hours that make it a length, besides
/// [`DURATION_VERBS`] and [`SPEND_VERBS`]: waiting, working, sleeping, and
/// "en moyenne" ("les patients attendent de 4 à 6 heures", "ils
/// travaillent en moyenne de 10 à 12 heures"). Folded.
pub const LENGTH_CUES: &[&str] = &[
    "attend",
    "attendent",
    "attendre",
    "attendu",
    "attendait",
    "attendaient",
    "travaille",
    "travaillent",
    "travailler",
    "travaillait",
    "dort",
    "dorment",
    "dormir",
    "dormait",
    "moyenne",
    "environ",
    "pendant",
    "durant",
    // Delays: "les vols peuvent être retardés jusqu'à 24 heures".
    "retarde",
    "retardee",
    "retardes",
    "retardees",
    "patienter",
];

/// Whether a folded word before hours makes them a length, not a clock:
/// "en", [`DURATION_INTRODUCERS`], [`DURATION_VERBS`], [`SPEND_VERBS`],
/// [`LENGTH_CUES`] ("en 2h-3h", "pendant 2 à 3 heures", "il faut 2h-3h").
pub fn before_length(folded: &str) -> bool {
    folded == "en"
        || DURATION_INTRODUCERS.contains(&folded)
        || DURATION_VERBS.contains(&folded)
        || SPEND_VERBS.contains(&folded)
        || LENGTH_CUES.contains(&folded)
}

/// Numbers of days in words that French says for weeks: "dans huit
/// jours" (a week), "il y a quinze jours" (two weeks). Folded word →
/// weeks.
pub const WEEKS_IN_DAYS: &[(&str, i64)] = &[("huit", 1), ("quinze", 2)];

/// Nouns of the news programmes named by their hour: "le JT de 20 heures",
/// "le journal de 13 heures", "l'édition de 18 heures" (a time, no length).
/// Folded.
pub const NEWS_PROGRAMMES: &[&str] = &[
    "jt",
    "journal",
    "flash",
    "edition",
    "bulletin",
    "telejournal",
    "matinale",
];

/// Forms of "prendre" and "mettre" before "fin", which is then the verb
/// "prendre fin" (to end) or "mettre fin à" (to end something), not the
/// end of a period: "la guerre a pris fin en 1991", "mettant fin à la
/// Seconde Guerre mondiale". Folded.
pub const END_VERBS: &[&str] = &[
    "met",
    "mettent",
    "mettait",
    "mettaient",
    "mettra",
    "mettront",
    "mettre",
    "mettant",
    "mis",
    "mise",
    "mit",
    "mirent",
    "mette",
    "mettrait",
    "mettraient",
    "mettons",
    "pris",
    "prend",
    "prennent",
    "prendra",
    "prendront",
    "prendre",
    "prenait",
    "prenaient",
    "prit",
    "prirent",
    "prenne",
    "prendrait",
];

/// Words after a present form of "avoir" ("a", "ont") that make it the
/// verb, not the auxiliary of a past tense: a determiner or one of the
/// nouns of its set phrases ("le festival a lieu le 3 juin", "le
/// gouvernement a jusqu'au 30 juin", "la France a rendez-vous avec
/// l'Irlande samedi"). A past participle never is one of them. Folded.
pub const AVOIR_VERB_OBJECTS: &[&str] = &[
    "le",
    "la",
    "l'",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "lieu",
    "jusqu'",
    "jusque",
    "rendez-vous",
    "besoin",
    "droit",
    "hate",
    "peur",
    "envie",
    "raison",
    "tort",
    "cours",
    "affaire",
    "ordre",
    "pour",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "encore",
    "toujours",
];

/// Whether a folded word is a verb in the conditional present ("entrerait",
/// "se rendrait", "baisseraient", "devrait"): in news, a future seen from
/// the past ("il a indiqué que la réforme entrerait en vigueur le 1er
/// septembre") or an unconfirmed plan ("le président se rendrait mardi à
/// Kiev"). Told from the imperfect of the verbs whose stem ends in the
/// same letters ("espérait", "tirait", "livrait", "entrait") by the stem:
/// the conditional adds "-ait" to the whole infinitive ("entrer-ait"),
/// whose last letters are listed; "serait", "aurait" are auxiliaries of a
/// past.
pub fn is_conditional_verb(folded: &str) -> bool {
    // Stems of "-érer" and "-irer" verbs, whose imperfect looks like a
    // conditional ("esp-érait", "t-irait").
    const IMPERFECT_STEMS: &[&str] = &[
        "esper", "consider", "oper", "prefer", "ger", "gener", "liber", "toler", "acceler",
        "moder", "deliber", "recuper", "exager", "diger", "inser", "cooper", "enumer", "differ",
        "refer", "confer", "transfer", "sugger", "persever", "reiter", "alter", "adher",
        "interfer", "temper", "vener", "lacer", "exasper", "prosper", "prolifer", "tir", "retir",
        "attir", "vir", "admir", "aspir", "expir", "inspir", "respir", "soupir", "delir", "chavir",
        "conspir", "transpir", "empir", "desir",
    ];
    // Conditional stems ending in "vr", "rr", "tr" and "ur" (the
    // imperfects of "livrer", "serrer", "entrer", "durer" end so too).
    const LISTED_STEMS: &[&str] = &[
        "saur",
        "devr",
        "recevr",
        "percevr",
        "concevr",
        "decevr",
        "apercevr",
        "suivr",
        "poursuivr",
        "vivr",
        "survivr",
        "revivr",
        "pleuvr",
        "pourr",
        "verr",
        "courr",
        "mourr",
        "enverr",
        "renverr",
        "acquerr",
        "conquerr",
        "secourr",
        "parcourr",
        "recourr",
        "accourr",
        "concourr",
        "mettr",
        "permettr",
        "promettr",
        "remettr",
        "soumettr",
        "admettr",
        "transmettr",
        "battr",
        "combattr",
        "debattr",
        "connaitr",
        "reconnaitr",
        "paraitr",
        "apparaitr",
        "disparaitr",
        "naitr",
        "croitr",
    ];
    if folded.len() < 7 || !folded.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let Some(stem) = folded
        .strip_suffix("aient")
        .or_else(|| folded.strip_suffix("ait"))
    else {
        return false;
    };
    if matches!(stem, "ser" | "aur") || IMPERFECT_STEMS.contains(&stem) {
        return false;
    }
    (stem.ends_with("er") || stem.ends_with("ir") || stem.ends_with("dr"))
        && !matches!(stem, "cadr" | "encadr" | "poudr" | "engendr")
        || LISTED_STEMS.contains(&stem)
}

/// Whether a folded word is the past participle of a verb conjugated with
/// "être" ("il est mort dimanche", "elle est partie lundi", "ils sont
/// rentrés mardi"): after "est"/"sont" it makes a past tense, where a
/// passive participle ("le verdict est attendu", "est prévu") does not.
pub fn is_etre_participle(folded: &str) -> bool {
    // Masculine singular forms; "entre" only inflected ("entrée",
    // "entrés"), the bare form being the preposition ("il est entre la
    // vie et la mort").
    const STEMS: &[&str] = &[
        "ne",
        "mort",
        "decede",
        "arrive",
        "parti",
        "reparti",
        "tombe",
        "retombe",
        "devenu",
        "redevenu",
        "rentre",
        "revenu",
        "sorti",
        "ressorti",
        "reste",
        "venu",
        "disparu",
        "apparu",
        "reapparu",
        "parvenu",
        "intervenu",
        "survenu",
        "monte",
        "descendu",
        "retourne",
        "passe",
    ];
    if matches!(folded, "entree" | "entres" | "entrees") {
        return true;
    }
    let bare = |w: &str| STEMS.contains(&w);
    bare(folded)
        || [
            folded.strip_suffix('e'),
            folded.strip_suffix('s'),
            folded.strip_suffix("es"),
        ]
        .into_iter()
        .flatten()
        .any(bare)
}

/// Words of a plan ("prévu", "attendus", "programmé", "la SNCF prévoit
/// un trafic perturbé jeudi"): they look ahead as [`FUTURE_CUES`] do, but
/// not against a past auxiliary before them ("étaient attendus jeudi").
/// Folded.
pub const PLANNING_CUES: &[&str] = &[
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "prevoit",
    "prevoient",
    "programme",
    "programmee",
    "programmes",
    "programmees",
    "attendu",
    "attendue",
    "attendus",
    "attendues",
];

/// Nouns of texts named by their date ("la loi du 29 juillet 1881", "le
/// décret du 12 mai 2023"). Folded.
pub const TEXT_NOUNS: &[&str] = &[
    "loi",
    "decret",
    "arrete",
    "ordonnance",
    "circulaire",
    "traite",
    "accord",
    "convention",
    "directive",
    "reglement",
    "code",
    "constitution",
    "jugement",
    "arret",
    "decision",
];

/// Participles that, even without an auxiliary, tell an event as past:
/// death and violence in apposition ("Le chanteur, mort mardi à Paris,
/// sera inhumé jeudi", "les soldats tués lundi"). Folded.
#[rustfmt::skip]
pub const PAST_EVENT_PARTICIPLES: &[&str] = &[
    "mort", "morte", "morts", "mortes", "decede", "decedee", "decedes", "decedees", "tue",
    "tuee", "tues", "tuees", "assassine", "assassinee", "assassines", "assassinees", "abattu",
    "abattue", "abattus", "abattues", "blesse", "blessee", "blesses", "blessees", "enleve",
    "enlevee", "enleves", "enlevees", "interpelle", "interpellee", "interpelles", "interpellees",
];

/// Adverbs that may stand between "est"/"sont" and its participle ("il
/// est finalement arrivé", "n'est pas revenu"). Folded.
pub const AUXILIARY_ADVERBS: &[&str] = &[
    "pas",
    "deja",
    "bien",
    "finalement",
    "enfin",
    "ensuite",
    "alors",
    "aussi",
    "encore",
    "mal",
    "tout",
    "juste",
    "donc",
    "vite",
    "brutalement",
    "subitement",
];

/// Forms of "avoir" as an auxiliary or a verb, folded ("a" is also "à":
/// callers tell them apart by the surface).
pub const AVOIR_FORMS: &[&str] = &[
    "a", "avait", "avaient", "ont", "aura", "auront", "aurait", "auraient", "avoir", "ayant",
];

/// Forms of "avoir" before "N ans" that make it an age: "il a 30 ans",
/// "elles avaient entre 20 et 30 ans" ("il y a 3 ans" is no age). Folded.
pub const AGE_VERBS: &[&str] = AVOIR_FORMS;

/// Whether the verb `verb` before a length spends it ([`SPEND_VERBS`]),
/// told by the word after the length's unit, `after`: a place or
/// activity follows ("il a passé de 3 à 5 ans en détention", "par jour
/// devant les écrans"), where a change ends its clause ("le mandat passe
/// de 5 à 7 ans.") or names its year ("en 2025": `year_after`). Folded;
/// read by durations and numbers alike.
pub fn spends(verb: &str, after: &str, year_after: bool) -> bool {
    SPEND_VERBS.contains(&verb)
        && matches!(
            after,
            "en" | "a" | "au" | "aux" | "dans" | "devant" | "derriere" | "par" | "chez" | "sur"
        )
        && !year_after
}

/// Forms of "passer" and "consacrer": before a length, to spend it ("il a
/// passé de 3 à 5 ans en détention", "ils passent 3 heures par jour"), so
/// the length is a duration, not a change nor a clock. Folded.
pub const SPEND_VERBS: &[&str] = &[
    "passer",
    "passe",
    "passes",
    "passee",
    "passees",
    "passent",
    "passait",
    "passaient",
    "passera",
    "passeront",
    "passerait",
    "passeraient",
    "passant",
    "consacre",
    "consacrent",
    "consacrer",
    "consacree",
];

/// Words after "de N à M heures de" that are no activity whose length the
/// hours are: the hours are then a clock interval ("de 9 à 17 heures de
/// lundi à vendredi", "de façon exceptionnelle"). Weekdays, months and
/// the other lexicon words are told by their token flags. Folded.
pub const NOT_ACTIVITY: &[&str] = &[
    "facon",
    "maniere",
    "sorte",
    "suite",
    "nouveau",
    "meme",
    "plus",
    "moins",
    "chaque",
    "tout",
    "toute",
    "tous",
    "toutes",
    "ce",
    "cette",
    "ces",
    "preference",
    "precision",
    "retard",
    "avance",
];

/// Words after which "de N ans" is an age, not a duration: "âgé de 45
/// ans" ([`AGE_WORDS`]), "un homme de 30 ans" ([`PERSON_NOUNS`]). Folded.
pub const AGE_WORDS: &[&str] = &["age", "agee", "ages", "agees"];

/// Nouns of persons whose "de N ans" is their age. Folded.
#[rustfmt::skip]
pub const PERSON_NOUNS: &[&str] = &[
    "eleve", "eleves", "ecolier", "ecoliers", "ecoliere", "ecolieres", "lyceens", "collegiens",
    "etudiants", "patients", "detenus", "salaries", "habitants", "personnes", "individus",
    "participants", "candidats", "benevoles", "recrues", "conscrits",
    "homme", "hommes", "femme", "femmes", "fille", "filles", "fillette", "fillettes", "garcon",
    "garcons", "enfant", "enfants", "adolescent", "adolescente", "adolescents", "adolescentes",
    "jeune", "jeunes", "bebe", "bebes", "retraite", "retraitee", "retraites", "retraitees",
    "soldat", "soldats",
    "militaire", "militaires", "mere", "pere", "victime", "victimes", "suspect", "suspecte",
    "conducteur", "conductrice", "pieton", "pietonne", "etudiant", "etudiante", "lyceen",
    "lyceenne", "collegien", "collegienne", "individu", "senior", "seniors", "patient",
    "patiente", "detenu", "detenue", "mineur", "mineure", "mineurs", "joueur", "joueuse",
    "athlete", "ressortissant", "ressortissante", "habitant", "habitante", "salarie",
    "salariee", "agriculteur", "agricultrice", "policier", "policiere", "gendarme", "pompier",
    "ecrivain", "ecrivaine", "sportif", "sportive", "motard", "passager", "passagere", "migrant",
    "trentenaire", "quadragenaire",
    "quinquagenaire", "sexagenaire", "septuagenaire", "octogenaire", "nonagenaire", "centenaire",
    "militant", "manifestant", "enseignant", "commercant", "combattant", "assaillant",
    "attaquant", "survivant", "passant", "dirigeant", "representant", "gerant", "soignant",
    "pilote", "fils", "prevenu", "prevenue", "accuse", "accusee", "otage",
];

/// Whether a folded noun before "de N ans" names a person by its ending
/// ("le journaliste de 45 ans", "un footballeur", "une infirmière", "un
/// Afghan de 20 ans" aside): the agent and nationality suffixes, less the
/// things that end so ("un chantier de 3 ans", "un secteur", "un
/// entretien", "une liste").
pub fn is_person_noun(folded: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "iste", "istes", "eur", "eurs", "euse", "euses", "ier", "iers", "iere", "ieres", "ien",
        "iens", "ienne", "iennes", "ais", "aise", "aises", "ante", "antes", "trice", "trices",
    ];
    const THINGS: &[&str] = &[
        "liste",
        "listes",
        "piste",
        "pistes",
        "secteur",
        "secteurs",
        "moteur",
        "moteurs",
        "compteur",
        "vecteur",
        "reacteur",
        "capteur",
        "indicateur",
        "ordinateur",
        "radiateur",
        "interieur",
        "exterieur",
        "honneur",
        "valeur",
        "valeurs",
        "hauteur",
        "longueur",
        "largeur",
        "profondeur",
        "douleur",
        "chaleur",
        "couleur",
        "labeur",
        "bonheur",
        "malheur",
        "calendrier",
        "cahier",
        "dossier",
        "dossiers",
        "chantier",
        "chantiers",
        "quartier",
        "papier",
        "fichier",
        "courrier",
        "palier",
        "sentier",
        "atelier",
        "pilier",
        "metier",
        "metiers",
        "premier",
        "dernier",
        "entier",
        "entretien",
        "soutien",
        "maintien",
        "lien",
        "liens",
        "rien",
        "bien",
        "biens",
        "mais",
        "jamais",
        "delais",
        "frais",
        "palais",
        "relais",
        "marais",
        "essais",
    ];
    folded.len() >= 5 && SUFFIXES.iter().any(|x| folded.ends_with(x)) && !THINGS.contains(&folded)
}

/// Words before "à N ans" that make the years an age: the events of a
/// life told at an age ("mort à 88 ans", "s'est éteinte à 95 ans", "élu à
/// 39 ans", "sa retraite à 37 ans", "s'engage à 18 ans"). Folded.
#[rustfmt::skip]
pub const AGE_EVENT_WORDS: &[&str] = &[
    "mort", "morte", "morts", "mortes", "meurt", "decede", "decedee", "decedes", "decedees",
    "eteint", "eteinte", "disparu", "disparue", "elu", "elue", "elus", "reelu", "reelue",
    "nomme", "nommee", "devenu", "devenue", "entre", "entree", "retraite", "debute", "debutee",
    "quitte", "marie", "mariee", "maries", "engage", "engagee", "engages", "emigre", "emigree",
    "orphelin", "orpheline", "veuf", "veuve", "mere", "pere", "champion", "championne",
    "sacre", "sacree", "diplome", "diplomee", "bachelier", "bacheliere", "arrive", "arrivee",
    "parti", "partie", "naturalise", "naturalisee",
    // Titles and feats: "il a remporté le titre à 35 ans".
    "remporte", "remportee", "decroche", "decrochee", "obtenu", "obtenue", "couronne",
    "couronnee", "medaille", "medaillee", "titre", "titree", "record",
];

/// Singular verb forms a year may be the subject of: "2022 a été une année
/// difficile", "2024 sera décisive". A count takes the plural ("1500 ont
/// été tués"), so a four-digit number in the years' range that opens its
/// clause and is followed by one of these is a year. "a" counts only as
/// written without accent ("à" is the preposition).
#[rustfmt::skip]
pub const YEAR_SUBJECT_VERBS: &[&str] = &[
    "a", "avait", "aura", "aurait", "est", "etait", "sera", "serait", "fut", "reste",
    "restait", "restera", "demeure", "marque", "marquait", "marquera", "devrait", "doit",
    "pourrait", "semble", "voit", "verra", "signe", "signera",
];

/// Words before "le" that make the number after it something other than a
/// day of the month ("composer le 17", "la chaîne le 7"): a bare "le 16"
/// closing its clause is a day only when the word before is none of these.
#[rustfmt::skip]
pub const BARE_DAY_BLOCKERS: &[&str] = &[
    "classe", "classee", "classes", "classees", "derriere", "devant", "contre",
    // "les secours ont été alertés via le 18 vers 22 heures".
    "via",
    "composer",
    "composez",
    "compose",
    "composent",
    "appeler",
    "appelez",
    "appelle",
    "appele",
    "appellent",
    "joindre",
    "contacter",
    "contactez",
    "numero",
    "indique",
    "indiquait",
    "signale",
    "chaine",
    "canal",
    "dossard",
    "maillot",
    "porte",
    "portait",
    "article",
    "alinea",
    "page",
    "chapitre",
    "tome",
    "volume",
    "niveau",
    "rang",
    "classement",
    "score",
    "note",
    "taille",
    "pointure",
    "departement",
    "arrondissement",
    "ligne",
    "bus",
    "tram",
    "quai",
    "voie",
    "salle",
    "chambre",
];

/// Fixed-date holidays (folded token sequences, without article) → (month, day).
#[rustfmt::skip]
pub const HOLIDAYS: &[(&[&str], Feast)] = &[
    (&["noel"], Feast::Fixed(12, 25)),
    (&["jour", "de", "noel"], Feast::Fixed(12, 25)),
    (&["toussaint"], Feast::Fixed(11, 1)),
    (&["jour", "de", "la", "toussaint"], Feast::Fixed(11, 1)),
    (&["journee", "de", "la", "toussaint"], Feast::Fixed(11, 1)),
    (&["jour", "des", "morts"], Feast::Fixed(11, 2)),
    (&["jour", "de", "l'", "an"], Feast::Fixed(1, 1)),
    (&["nouvel", "an"], Feast::Fixed(1, 1)),
    (&["saint-sylvestre"], Feast::Fixed(12, 31)),
    (&["saint", "sylvestre"], Feast::Fixed(12, 31)),
    (&["reveillon", "de", "la", "saint-sylvestre"], Feast::Fixed(12, 31)),
    (&["reveillon", "de", "la", "saint", "sylvestre"], Feast::Fixed(12, 31)),
    (&["reveillon", "du", "nouvel", "an"], Feast::Fixed(12, 31)),
    (&["reveillon", "de", "noel"], Feast::Fixed(12, 24)),
    (&["saint-valentin"], Feast::Fixed(2, 14)),
    (&["fete", "du", "travail"], Feast::Fixed(5, 1)),
    (&["fete", "nationale"], Feast::Fixed(7, 14)),
    (&["fete", "de", "la", "musique"], Feast::Fixed(6, 21)),
    (&["assomption"], Feast::Fixed(8, 15)),
    (&["rentree"], Feast::Month(9)),
    (&["rentree", "scolaire"], Feast::Month(9)),
    (&["rentree", "des", "classes"], Feast::Month(9)),
    // Movable feasts, by their distance from Easter Sunday.
    (&["paques"], Feast::Easter(0)),
    (&["dimanche", "de", "paques"], Feast::Easter(0)),
    (&["lundi", "de", "paques"], Feast::Easter(1)),
    (&["vendredi", "saint"], Feast::Easter(-2)),
    (&["dimanche", "des", "rameaux"], Feast::Easter(-7)),
    (&["rameaux"], Feast::Easter(-7)),
    (&["mardi", "gras"], Feast::Easter(-47)),
    (&["mercredi", "des", "cendres"], Feast::Easter(-46)),
    (&["ascension"], Feast::Easter(39)),
    (&["jeudi", "de", "l'", "ascension"], Feast::Easter(39)),
    (&["pentecote"], Feast::Easter(49)),
    (&["dimanche", "de", "pentecote"], Feast::Easter(49)),
    (&["lundi", "de", "pentecote"], Feast::Easter(50)),
];

/// Words one of which must come right before a named period ([`NAMED_PERIODS`]):
/// the definite article or a preposition with it ("pendant la guerre
/// froide", "depuis la fin de la guerre froide", "les Trente Glorieuses",
/// "au lendemain de la Grande Guerre"). "une nouvelle guerre froide" and
/// "la deuxième guerre du Golfe" are other wars. Folded.
pub const BEFORE_NAMED_PERIOD: &[&str] = &["la", "le", "les", "l'", "du", "des", "au", "aux"];

/// Named periods of history (folded token sequences, without article;
/// "d'" is read as "de") → their first and last years, and whether the
/// first word must be capitalised (a proper name: "la Grande Guerre", not
/// "une grande guerre"): "la Seconde Guerre mondiale" → 1939/1945. Wars
/// and eras whose bounds historians agree on, as news cites them.
#[rustfmt::skip]
pub const NAMED_PERIODS: &[(&[&str], i16, i16, bool)] = &[
    (&["premiere", "guerre", "mondiale"], 1914, 1918, false),
    (&["grande", "guerre"], 1914, 1918, true),
    (&["guerre", "de", "14", "-", "18"], 1914, 1918, false),
    (&["seconde", "guerre", "mondiale"], 1939, 1945, false),
    (&["deuxieme", "guerre", "mondiale"], 1939, 1945, false),
    (&["guerre", "de", "39", "-", "45"], 1939, 1945, false),
    (&["entre-deux-guerres"], 1918, 1939, false),
    (&["guerre", "froide"], 1947, 1991, false),
    (&["trente", "glorieuses"], 1945, 1975, true),
    (&["guerre", "de", "indochine"], 1946, 1954, false),
    (&["guerre", "de", "coree"], 1950, 1953, false),
    (&["guerre", "de", "algerie"], 1954, 1962, false),
    (&["guerre", "du", "vietnam"], 1955, 1975, false),
    (&["guerre", "du", "golfe"], 1990, 1991, false),
    (&["revolution", "francaise"], 1789, 1799, false),
    (&["belle", "epoque"], 1871, 1914, true),
    (&["annees", "folles"], 1920, 1929, true),
];

/// Days named by their date with a hyphen and a capital ("le 13-Novembre")
/// that stand for one event, as the French press names them: (day, month,
/// year). The other named days ("le 8-Mai", "le 14-Juillet", "le
/// 1er-Mai") are the yearly holiday, placed as any day without year.
pub const NAMED_DAYS: &[(i8, i8, i16)] = &[
    // The attacks in the United States.
    (11, 9, 2001),
    // The attacks in Paris and Saint-Denis.
    (13, 11, 2015),
    // The Hamas attack on Israel.
    (7, 10, 2023),
];

/// The words of [`NAMED_PERIODS`] that are anchors (see [`is_anchor`]),
/// where the period holds no other: its rarest word, so that "guerre",
/// frequent in the news this crate reads, is no anchor and does not make
/// every one of its tokens a place to try every matcher. Each period holds
/// an anchor (a number, a number word, a unit or one of these), checked by
/// a test.
pub const NAMED_PERIOD_ANCHORS: &[&str] = &[
    "grande",
    "entre-deux-guerres",
    "froide",
    "indochine",
    "coree",
    "algerie",
    "vietnam",
    "golfe",
    "revolution",
    "belle",
];

/// The day of a holiday ([`HOLIDAYS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feast {
    /// The same month and day every year.
    Fixed(i8, i8),
    /// This many days from Easter Sunday (Gregorian computus).
    Easter(i16),
    /// A time of the year named after what happens in its month: "la
    /// rentrée" (September). Needs its article ("une rentrée d'argent" is
    /// none).
    Month(i8),
}

/// Function words that may open a temporal expression (articles,
/// prepositions, demonstratives, quantifiers); with the other lists of this
/// module, numbers and calendar names they decide which tokens are worth
/// trying at all.
pub const OPENERS: &[&str] = &[
    "le",
    "la",
    "l'",
    "les",
    "du",
    "de",
    "des",
    "au",
    "aux",
    "en",
    "a",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "dans",
    "entre",
    "mois",
    "annee",
    "annees",
    "un",
    "une",
    "plus",
    "moins",
    "bien",
    "pas",
    "pres",
    "tot",
    "tres",
    "tous",
    "toutes",
    "chaque",
    "quotidiennement",
    "plusieurs",
    "quelques",
    "certaines",
    "premier",
    "premiere",
    "dernier",
    "derniere",
];

/// A set of short folded words with a cheap hash (FxHash): the sets below
/// are probed once per token, and their keys are our own lexicon (no DoS
/// exposure).
type WordSet = rustc_hash::FxHashSet<&'static str>;

/// Whether a folded word can open a temporal expression: an opener, the
/// first word of a cue, qualifier, vague amount, day word, period, unit,
/// part of the day, clock word, vague word or holiday.
pub fn may_open(folded: &str) -> bool {
    OPENER_WORDS.contains(folded) || DATE_PREFIXES.iter().any(|(p, _)| folded.starts_with(p))
}

/// The whole words [`may_open`] accepts (it also accepts the words that
/// start with a [`DATE_PREFIXES`] entry), for callers that fold several
/// lexicons into one lookup.
pub fn opener_words() -> impl Iterator<Item = &'static str> {
    OPENER_WORDS.iter().copied()
}

static OPENER_WORDS: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
    let mut s: WordSet = OPENERS.iter().copied().collect();
    s.extend(DATE_CUES.iter().map(|(w, _)| w[0]));
    s.extend(DURATION_QUALIFIERS.iter().map(|(w, _)| w[0]));
    s.extend(VAGUE_AMOUNTS.iter().map(|w| w[0]));
    s.extend(EVERY.iter().map(|w| w[0]));
    s.extend(DURATION_INTRODUCERS.iter().copied());
    s.extend(DAY_WORDS.iter().map(|(w, _)| *w));
    s.extend(UNITS.iter().map(|(w, _)| *w));
    s.extend(PARTS_OF_DAY.iter().map(|(w, _)| *w));
    s.extend(CLOCK_WORDS.iter().map(|(w, _)| *w));
    s.extend(VAGUE_WORDS.iter().map(|(w, _)| *w));
    s.extend(HOLIDAYS.iter().map(|(w, _)| w[0]));
    s.extend(NAMED_PERIODS.iter().map(|(w, ..)| w[0]));
    s.extend(MEAL_TIMES.iter().map(|(w, _)| w[0]));
    s
});

/// Every word of this module's lists (single words and the words of
/// sequences), for the extractor's gate: the words a temporal expression is
/// made of besides numbers and calendar names. A new list of this module
/// belongs here too.
pub fn lexicon_words() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Vec::new();
    v.extend(UNITS.iter().map(|(w, _)| *w));
    v.extend(DAY_WORDS.iter().map(|(w, _)| *w));
    v.extend(PAST_WORDS.iter().copied());
    v.extend(FUTURE_WORDS.iter().copied());
    v.extend(PARTS_OF_DAY.iter().map(|(w, _)| *w));
    v.extend(DATE_CUES.iter().flat_map(|(w, _)| w.iter().copied()));
    v.extend(
        DURATION_QUALIFIERS
            .iter()
            .flat_map(|(w, _)| w.iter().copied()),
    );
    v.extend(DURATION_INTRODUCERS.iter().copied());
    v.extend(VAGUE_AMOUNTS.iter().flat_map(|w| w.iter().copied()));
    v.extend(VAGUE_HEADS.iter().map(|(w, _)| *w));
    v.extend(PERIODS_CI.iter().copied());
    v.extend(VAGUE_NOUNS.iter().copied());
    v.extend(VAGUE_WORDS.iter().map(|(w, _)| *w));
    v.extend(EVERY.iter().flat_map(|w| w.iter().copied()));
    v.extend(FUTURE_CUES.iter().copied());
    v.extend(PLANNING_CUES.iter().copied());
    v.extend(CLOCK_WORDS.iter().map(|(w, _)| *w));
    v.extend(AFTER_YEAR_OK.iter().copied());
    v.extend(YEAR_SUBJECT_VERBS.iter().copied());
    v.extend(HOLIDAYS.iter().flat_map(|(w, _)| w.iter().copied()));
    v.extend(NAMED_PERIODS.iter().flat_map(|(w, ..)| w.iter().copied()));
    v.extend(
        PART_OF_DAY_PHRASES
            .iter()
            .flat_map(|(w, _)| w.iter().copied()),
    );
    v.extend(MEAL_TIMES.iter().flat_map(|(w, _)| w.iter().copied()));
    v.extend(WITHIN_CURRENT.iter().flat_map(|(w, _)| w.iter().copied()));
    v.extend(CLOCK_PAST.iter().copied());
    v.extend(CLOCK_EXACT.iter().copied());
    v.extend(AFTER_LENGTH.iter().copied());
    v.extend(WITHIN_ANAPHORIC.iter().copied());
    v.extend(WEEKDAY_ABBREVIATIONS.iter().copied());
    v.extend(OPENERS.iter().copied());
    v.extend(opener_words());
    v.extend(anchor_words());
    v
}

/// Whether a folded word carries temporal content of its own (a unit, a
/// period, a day word, a part of the day, a clock word, a vague word, a
/// holiday word, "siècle", "années", "derniers", "mi-juillet"...). Months,
/// weekdays, seasons and numbers are recognised by their own modules.
pub fn is_anchor(folded: &str) -> bool {
    ANCHOR_WORDS.contains(folded)
        || DATE_PREFIXES.iter().any(|(p, _)| folded.starts_with(p))
        || ANCHOR_PREFIXES.iter().any(|p| folded.starts_with(p))
}

/// Prefixes that make a word an anchor besides [`DATE_PREFIXES`]
/// ("demi-heure", "demi-siècle"), for [`is_anchor`] and the callers that
/// gate on a word's first bytes.
pub const ANCHOR_PREFIXES: &[&str] = &["demi-"];

/// The whole words [`is_anchor`] accepts (it also accepts the words that
/// start with a [`DATE_PREFIXES`] or [`ANCHOR_PREFIXES`] entry), for
/// callers that fold several lexicons into one lookup.
pub fn anchor_words() -> impl Iterator<Item = &'static str> {
    ANCHOR_WORDS.iter().copied()
}

static ANCHOR_WORDS: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
    let mut s = WordSet::default();
    s.extend(DAY_WORDS.iter().map(|(w, _)| *w));
    s.extend(UNITS.iter().map(|(w, _)| *w));
    s.extend(PARTS_OF_DAY.iter().map(|(w, _)| *w));
    s.extend(CLOCK_WORDS.iter().map(|(w, _)| *w));
    s.extend(VAGUE_WORDS.iter().map(|(w, _)| *w));
    s.extend(VAGUE_HEADS.iter().map(|(w, _)| *w));
    s.extend(PERIODS_CI.iter().copied());
    // "la veille", "le lendemain" alone: the day before or after the last
    // day the text named (`dates::extract`).
    s.extend(EVE_WORDS.iter().map(|(w, _)| *w));
    // Only the first word of a holiday name: a holiday match holds it, at
    // or before its other words, so no match starts farther from an
    // anchor. Its other words are mostly function words ("de", "la",
    // "du", "des", "l'") that would otherwise make almost every token of
    // a text look near temporal content.
    s.extend(HOLIDAYS.iter().map(|(w, _)| w[0]));
    s.extend(NAMED_PERIOD_ANCHORS.iter().copied());
    // The last word of a multi-word part of the day ("coucher du
    // soleil") or a meal phrase ("après le déjeuner"), when it is not
    // already one ("nuit", "jour", "matin"): a match holds it, within
    // reach of its start.
    s.extend(
        PART_OF_DAY_PHRASES
            .iter()
            .filter_map(|(w, _)| w.last().copied()),
    );
    s.extend(MEAL_TIMES.iter().filter_map(|(w, _)| w.last().copied()));
    s.extend([
        "quotidiennement",
        "demi-heure",
        "demi-journee",
        "quart",
        "quarts",
    ]);
    s
});
