//! Quantities: measurement units and currencies, the qualifiers that bound
//! or soften a number, and the words around numbers that the numbers stage
//! needs to tell a count from a label, a date or an article.
//!
//! All look-ups are on folded forms (lowercase, no diacritics, see
//! [`crate::chars::fold`]); a trailing period of an abbreviation is ignored.

use crate::numbers::Qualifier;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// Unit words and symbols (folded) → the normalised unit symbol.
///
/// Time units use `h`, `min`, `s`, `d` (day), `wk` (week), `mo` (month)
/// and `yr` (year); currencies their ISO 4217 code.
#[rustfmt::skip]
pub const UNITS: &[(&str, &str)] = &[
    // Length.
    ("kilometre", "km"), ("kilometres", "km"), ("km", "km"), ("kms", "km"),
    ("nanometre", "nm"), ("nanometres", "nm"), ("nm", "nm"),
    ("micrometre", "µm"), ("micrometres", "µm"), ("micron", "µm"), ("microns", "µm"),
    ("metre", "m"), ("metres", "m"), ("m", "m"),
    ("centimetre", "cm"), ("centimetres", "cm"), ("cm", "cm"),
    ("millimetre", "mm"), ("millimetres", "mm"), ("mm", "mm"),
    ("mile", "mi"), ("miles", "mi"), ("mille nautique", "nmi"), ("milles nautiques", "nmi"),
    // Area.
    ("hectare", "ha"), ("hectares", "ha"), ("ha", "ha"),
    ("km2", "km²"), ("km²", "km²"), ("m2", "m²"), ("m²", "m²"),
    ("metre carre", "m²"), ("metres carres", "m²"), ("kilometre carre", "km²"),
    ("kilometres carres", "km²"),
    // Volume.
    ("m3", "m³"), ("m³", "m³"), ("metre cube", "m³"), ("metres cubes", "m³"),
    ("km3", "km³"), ("km³", "km³"), ("kilometre cube", "km³"), ("kilometres cubes", "km³"),
    // Mass.
    ("tonne", "t"), ("tonnes", "t"), ("t", "t"),
    ("kilogramme", "kg"), ("kilogrammes", "kg"), ("kilo", "kg"), ("kilos", "kg"), ("kg", "kg"),
    ("gramme", "g"), ("grammes", "g"), ("g", "g"),
    ("milligramme", "mg"), ("milligrammes", "mg"), ("mg", "mg"),
    ("microgramme", "µg"), ("microgrammes", "µg"), ("µg", "µg"),
    // Data.
    ("ko", "kB"), ("mo", "MB"), ("go", "GB"), ("to", "TB"),
    ("kilooctet", "kB"), ("kilooctets", "kB"), ("megaoctet", "MB"), ("megaoctets", "MB"),
    ("gigaoctet", "GB"), ("gigaoctets", "GB"), ("teraoctet", "TB"), ("teraoctets", "TB"),
    // Volume.
    ("litre", "l"), ("litres", "l"), ("l", "l"),
    ("millilitre", "ml"), ("millilitres", "ml"), ("ml", "ml"),
    ("centilitre", "cl"), ("centilitres", "cl"), ("cl", "cl"),
    ("hectolitre", "hl"), ("hectolitres", "hl"), ("hl", "hl"),
    ("baril", "bbl"), ("barils", "bbl"),
    // Time.
    ("heure", "h"), ("heures", "h"), ("h", "h"),
    ("minute", "min"), ("minutes", "min"), ("min", "min"), ("mn", "min"),
    ("seconde", "s"), ("secondes", "s"), ("s", "s"), ("sec", "s"),
    ("jour", "d"), ("jours", "d"), ("j", "d"), ("journee", "d"), ("journees", "d"),
    ("semaine", "wk"), ("semaines", "wk"),
    ("mois", "mo"),
    ("an", "yr"), ("ans", "yr"), ("annee", "yr"), ("annees", "yr"),
    ("gallon", "gal"), ("gallons", "gal"), ("gal", "gal"),
    // Temperature and angle.
    ("degre", "°"), ("degres", "°"), ("deg", "°"),
    ("celsius", "°C"), ("fahrenheit", "°F"), ("kelvin", "K"), ("kelvins", "K"),
    // Energy and power.
    ("kilowatt", "kW"), ("kilowatts", "kW"), ("kw", "kW"),
    ("megawatt", "MW"), ("megawatts", "MW"), ("mw", "MW"),
    ("gigawatt", "GW"), ("gigawatts", "GW"), ("gw", "GW"),
    ("kwh", "kWh"), ("mwh", "MWh"), ("gwh", "GWh"), ("twh", "TWh"),
    ("kilowattheure", "kWh"), ("kilowattheures", "kWh"), ("kilowatt-heure", "kWh"),
    ("kilowatts-heures", "kWh"), ("megawattheure", "MWh"), ("megawattheures", "MWh"),
    ("terawattheure", "TWh"), ("terawattheures", "TWh"),
    // Speed.
    ("noeud", "kn"), ("noeuds", "kn"),
    // Money.
    ("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"), ("€", "EUR"),
    ("dollar americain", "USD"), ("dollars americains", "USD"),
    ("dollar australien", "AUD"), ("dollars australiens", "AUD"), ("aud", "AUD"),
    ("dollar canadien", "CAD"), ("dollars canadiens", "CAD"), ("cad", "CAD"),
    ("dollar", "USD"), ("dollars", "USD"), ("usd", "USD"), ("$", "USD"),
    ("gbp", "GBP"), ("jpy", "JPY"), ("¥", "JPY"), ("cny", "CNY"), ("inr", "INR"), ("roupie", "INR"),
    ("roupies", "INR"), ("dkk", "DKK"), ("nok", "NOK"), ("sek", "SEK"), ("ils", "ILS"),
    ("shekel", "ILS"), ("shekels", "ILS"), ("won", "KRW"), ("wons", "KRW"), ("₩", "KRW"),
    ("bitcoin", "BTC"), ("bitcoins", "BTC"), ("฿", "BTC"),
    ("livre sterling", "GBP"), ("livres sterling", "GBP"), ("£", "GBP"),
    ("rouble", "RUB"), ("roubles", "RUB"), ("rub", "RUB"),
    ("hryvnia", "UAH"), ("hryvnias", "UAH"), ("hryvnas", "UAH"), ("grivna", "UAH"), ("grivnas", "UAH"),
    ("franc suisse", "CHF"), ("francs suisses", "CHF"), ("chf", "CHF"),
    ("yuan", "CNY"), ("yuans", "CNY"), ("yen", "JPY"), ("yens", "JPY"),
    ("centime", "EUR-cent"), ("centimes", "EUR-cent"),
    // Ratios.
    ("%", "%"), ("pourcent", "%"), ("pour-cent", "%"), ("pour cent", "%"), ("p. cent", "%"),
    ("point", "pt"), ("points", "pt"), ("pts", "pt"),
    ("‰", "‰"), ("pour mille", "‰"), ("pour-mille", "‰"),
    ("ppm", "ppm"), ("ppb", "ppb"),
];

/// The unit a folded word (or two-word phrase) stands for.
///
/// ```
/// use frnews::lexicon::quantities::unit;
/// assert_eq!(unit("kilometres"), Some("km"));
/// assert_eq!(unit("min."), Some("min"));
/// assert_eq!(unit("soldats"), None);
/// ```
pub fn unit(folded: &str) -> Option<&'static str> {
    let w = folded.strip_suffix('.').unwrap_or(folded);
    UNIT_MAP.get(w).copied()
}

/// The units a price may be given per, as [`unit`] writes them: "9 980
/// €/m²", "15,99 €/mois", "850 euros par mois", "0,45 €/l".
const PER_UNITS: &[&str] = &[
    "m²", "km²", "m³", "ha", "t", "kg", "g", "l", "hl", "bbl", "h", "d", "wk", "mo", "yr", "kW",
    "MW", "kWh", "MWh", "km",
];

/// Every currency code of [`UNITS`] over every unit of [`PER_UNITS`]
/// ("EUR/m²"), made once.
static RATES: LazyLock<Vec<(&'static str, &'static str, String)>> = LazyLock::new(|| {
    let mut currencies: Vec<&'static str> = UNITS
        .iter()
        .map(|&(_, u)| u)
        .filter(|u| is_currency(u))
        .collect();
    currencies.sort_unstable();
    currencies.dedup();
    currencies
        .iter()
        .flat_map(|&c| PER_UNITS.iter().map(move |&p| (c, p, format!("{c}/{p}"))))
        .collect()
});

/// Whether a unit symbol of [`UNITS`] is a currency: its ISO 4217 code
/// (three capitals).
pub fn is_currency(symbol: &str) -> bool {
    symbol.len() == 3 && symbol.bytes().all(|b| b.is_ascii_uppercase())
}

/// The symbol of a price in `currency` per unit `per` ("EUR", "m²" →
/// "EUR/m²"), if `per` is a unit prices are given per.
///
/// ```
/// use frnews::lexicon::quantities::rate;
/// assert_eq!(rate("EUR", "m²"), Some("EUR/m²"));
/// assert_eq!(rate("USD", "bbl"), Some("USD/bbl"));
/// assert_eq!(rate("EUR", "%"), None);
/// ```
pub fn rate(currency: &str, per: &str) -> Option<&'static str> {
    RATES
        .iter()
        .find(|(c, p, _)| *c == currency && *p == per)
        .map(|(_, _, r)| r.as_str())
}

/// The unit two folded words stand for together ("livres sterling",
/// "pour cent"); allocation-free unless `first` begins such a phrase.
///
/// ```
/// use frnews::lexicon::quantities::unit_pair;
/// assert_eq!(unit_pair("pour", "cent"), Some("%"));
/// assert_eq!(unit_pair("dollars", "canadiens"), Some("CAD"));
/// assert_eq!(unit_pair("trois", "soldats"), None);
/// ```
pub fn unit_pair(first: &str, second: &str) -> Option<&'static str> {
    if !PAIR_HEADS.contains(first) {
        return None;
    }
    let mut two = String::with_capacity(first.len() + second.len() + 1);
    two.push_str(first);
    two.push(' ');
    two.push_str(second);
    UNIT_MAP.get(two.as_str()).copied()
}

// FxHash: the numbers stage asks after every number (SipHash showed in
// profiles); the keys are our own lexicon, so no DoS exposure.
static UNIT_MAP: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| UNITS.iter().copied().collect());

static PAIR_HEADS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    UNITS
        .iter()
        .filter_map(|(k, _)| k.split_once(' ').map(|(head, _)| head))
        .collect()
});

/// Words after "degré(s)" or "°" that name the temperature scale.
pub const TEMPERATURE_SCALES: &[(&str, &str)] = &[
    ("c", "°C"),
    ("celsius", "°C"),
    ("centigrade", "°C"),
    ("centigrades", "°C"),
    ("k", "K"),
    ("kelvin", "K"),
    ("f", "°F"),
    ("fahrenheit", "°F"),
];

/// Qualifier phrases written *before* a number (folded tokens, elisions as
/// their own token) → the qualifier and whether the figure itself is an
/// estimate. Longest first where one is a suffix of another.
#[rustfmt::skip]
pub const QUALIFIERS_BEFORE: &[(&[&str], Qualifier, bool)] = &[
    (&["tout", "au", "plus"], Qualifier::AtMost, false),
    (&["un", "peu", "plus", "de"], Qualifier::MoreThan, true),
    (&["un", "peu", "plus", "d'"], Qualifier::MoreThan, true),
    (&["un", "peu", "moins", "de"], Qualifier::LessThan, true),
    (&["un", "peu", "moins", "d'"], Qualifier::LessThan, true),
    (&["pas", "moins", "de"], Qualifier::AtLeast, false),
    (&["pas", "moins", "d'"], Qualifier::AtLeast, false),
    (&["pas", "plus", "de"], Qualifier::AtMost, false),
    (&["pas", "plus", "d'"], Qualifier::AtMost, false),
    (&["bien", "plus", "de"], Qualifier::MoreThan, false),
    (&["bien", "plus", "d'"], Qualifier::MoreThan, false),
    (&["bien", "moins", "de"], Qualifier::LessThan, false),
    (&["bien", "moins", "d'"], Qualifier::LessThan, false),
    (&["plus", "de"], Qualifier::MoreThan, false),
    (&["plus", "d'"], Qualifier::MoreThan, false),
    (&["moins", "de"], Qualifier::LessThan, false),
    (&["moins", "d'"], Qualifier::LessThan, false),
    (&["au", "moins"], Qualifier::AtLeast, false),
    (&["au", "minimum"], Qualifier::AtLeast, false),
    (&["minimum"], Qualifier::AtLeast, false),
    (&["au", "plus"], Qualifier::AtMost, false),
    (&["au", "maximum"], Qualifier::AtMost, false),
    (&["maximum"], Qualifier::AtMost, false),
    (&["jusqu'", "a"], Qualifier::AtMost, false),
    (&["jusqu'", "au"], Qualifier::AtMost, false),
    (&["a", "peu", "pres"], Qualifier::Approx, true),
    (&["pres", "de"], Qualifier::Approx, true),
    (&["pres", "d'"], Qualifier::Approx, true),
    (&["autour", "de"], Qualifier::Approx, true),
    (&["autour", "d'"], Qualifier::Approx, true),
    (&["aux", "alentours", "de"], Qualifier::Approx, true),
    (&["aux", "alentours", "d'"], Qualifier::Approx, true),
    (&["de", "l'", "ordre", "de"], Qualifier::Approx, true),
    (&["de", "l'", "ordre", "d'"], Qualifier::Approx, true),
    (&["au", "bas", "mot"], Qualifier::AtLeast, true),
    (&["a", "peine"], Qualifier::AtMost, false),
    (&["pas", "loin", "de"], Qualifier::Approx, true),
    (&["pas", "loin", "d'"], Qualifier::Approx, true),
    (&["environ"], Qualifier::Approx, true),
    (&["quelque"], Qualifier::Approx, true),
    (&["approximativement"], Qualifier::Approx, true),
    (&["presque"], Qualifier::Approx, true),
    (&["quasiment"], Qualifier::Approx, true),
    (&["pratiquement"], Qualifier::Approx, true),
    (&["grosso", "modo"], Qualifier::Approx, true),
    (&["quelque", "chose", "comme"], Qualifier::Approx, true),
    (&["plus", "ou", "moins"], Qualifier::Approx, true),
    (&["quasi"], Qualifier::Approx, true),
    (&["exactement"], Qualifier::Exact, false),
    (&["pile"], Qualifier::Exact, false),
    (&["precisement"], Qualifier::Exact, false),
    (&["tout", "juste"], Qualifier::Exact, false),
    (&["en-dessous", "de"], Qualifier::LessThan, false),
    (&["en-dessous", "d'"], Qualifier::LessThan, false),
    (&["en", "dessous", "de"], Qualifier::LessThan, false),
    (&["sous", "les"], Qualifier::LessThan, false),
    (&["sous", "la", "barre", "des"], Qualifier::LessThan, false),
    (&["sous", "la", "barre", "de"], Qualifier::LessThan, false),
    (&["sous", "le", "seuil", "des"], Qualifier::LessThan, false),
    (&["sous", "le", "seuil", "de"], Qualifier::LessThan, false),
    (&["au-dessus", "des"], Qualifier::MoreThan, false),
    (&["au-dessous", "de"], Qualifier::LessThan, false),
    (&["au-dessous", "d'"], Qualifier::LessThan, false),
    (&["au-dessus", "de"], Qualifier::MoreThan, false),
    (&["au-dessus", "d'"], Qualifier::MoreThan, false),
    (&["au-dela", "de"], Qualifier::MoreThan, false),
    (&["au-dela", "d'"], Qualifier::MoreThan, false),
    (&["en-deca", "de"], Qualifier::LessThan, false),
    (&["en-deca", "d'"], Qualifier::LessThan, false),
];

/// Words after "au plus" / "au moins" that make it an adverb of time, no
/// qualifier: "fin 2025 au plus tôt", "au plus tard". Folded.
pub const NOT_QUALIFIER_AFTER: &[&str] = &["tot", "tard"];

/// Qualifier phrases written *after* a number ("300 environ", "dix au moins").
#[rustfmt::skip]
pub const QUALIFIERS_AFTER: &[(&[&str], Qualifier, bool)] = &[
    (&["environ"], Qualifier::Approx, true),
    (&["au", "moins"], Qualifier::AtLeast, false),
    (&["au", "minimum"], Qualifier::AtLeast, false),
    (&["au", "plus"], Qualifier::AtMost, false),
    (&["au", "maximum"], Qualifier::AtMost, false),
    (&["ou", "plus"], Qualifier::AtLeast, false),
    (&["et", "plus"], Qualifier::AtLeast, false),
    (&["ou", "moins"], Qualifier::AtMost, false),
    (&["pile"], Qualifier::Exact, false),
    (&["tout", "rond"], Qualifier::Exact, false),
    (&["au", "bas", "mot"], Qualifier::AtLeast, true),
    (&["tout", "au", "plus"], Qualifier::AtMost, false),
];

/// Currency symbols and codes that may stand *before* an amount ("$10",
/// "EUR 20", "£9"), as written (case-sensitive) → ISO code.
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("$", "USD"),
    ("US$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("EUR", "EUR"),
    ("USD", "USD"),
    ("GBP", "GBP"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("JPY", "JPY"),
];

/// Subunit words of a currency ("deux euros et cinq centimes" = 2.05).
pub const CURRENCY_SUBUNITS: &[&str] =
    &["centime", "centimes", "cent", "cents", "kopeck", "kopecks"];

/// Determiners before a collective that make it vague: "des centaines",
/// "plusieurs milliers" mean *at least* the collective's number.
pub const VAGUE_DETERMINERS: &[&str] = &[
    "des",
    "plusieurs",
    "quelques",
    "de",
    "d'",
    "les",
    "nombreuses",
    "nombreux",
    "certaines",
];

/// Adjectives between "un"/"une" and a collective that keep it about the
/// collective's number: "une bonne dizaine", "une petite centaine", "un
/// bon millier", "une grosse vingtaine". Folded.
pub const COLLECTIVE_ADJECTIVES: &[&str] = &[
    "bon", "bonne", "petit", "petite", "gros", "grosse", "large", "courte", "forte",
];

/// Words after "un"/"une" that make it the number one, not an article.
pub const ONE_MARKERS: &[&str] = &["seul", "seule", "sur", "ou", "a", "contre"];

/// Numbers that are names in French news, as written: "le 49.3" (the
/// article of the Constitution that passes a bill without a vote).
pub const NUMBER_NAMES: &[&str] = &["49.3"];

/// Street words of French postal addresses, singular: after a number they
/// make it a street number ("12 rue de la Paix"), before a postcode they
/// mark an address (`numbers`). "place" is singular here: "3 places" counts.
pub const STREET_WORDS: &[&str] = &[
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "allee",
    "impasse",
    "quai",
    "chemin",
    "place",
    "square",
    "route",
    "passage",
    "bp",
];

/// Words before a rising pair of small integers glued by a hyphen that
/// make it a score or a tally, not a range ("une victoire 1-3", "battu
/// 0-2", "le vote 2-7"); a falling or equal pair is one anyway (`numbers`).
pub const SCORE_CUES: &[&str] = &[
    "score",
    "victoire",
    "defaite",
    "battu",
    "battue",
    "battus",
    "battues",
    "impose",
    "imposee",
    "imposes",
    "imposees",
    "emporte",
    "emportee",
    "emportes",
    "gagne",
    "gagnee",
    "gagnant",
    "battant",
    "emportant",
    // "s'est inclinée 24 à 20", "éliminé 2 à 1", "a écrasé Montpellier 5 à 4".
    "incline",
    "inclinee",
    "inclines",
    "inclinees",
    "elimine",
    "eliminee",
    "elimines",
    "eliminees",
    "ecrase",
    "ecrasee",
    "ecrases",
    "ecrasees",
    "domine",
    "dominee",
    "domines",
    "dominees",
    "perdu",
    "perdue",
    "mene",
    "menait",
    "nul",
    "vote",
    "voix",
    "match",
    "rencontre",
    "finale",
];

/// Words before a number that make it an identifier, whatever follows
/// ("le n° 1 mondial", "décret n° 2023-456"). Folded.
pub const IDENTIFIER_MARKERS: &[&str] = &["n°", "nº", "n°s", "numero", "numeros"];

/// Words that, written just before a number in digits, make it a name or a
/// model designation rather than a count: "Boeing 737", "article 5".
pub const LABEL_WORDS: &[&str] = &[
    "boeing",
    "airbus",
    "iphone",
    "windows",
    "apollo",
    "soyouz",
    "article",
    "articles",
    // Texts by their number: "le décret 2023-310", "l'arrêté 2022-15".
    "decret",
    "arrete",
    "ordonnance",
    "circulaire",
    // "BP 12": a post-office box.
    "bp",
    "alinea",
    "chapitre",
    "page",
    "pages",
    "numero",
    "n°",
    "no",
    "num",
    "route",
    "autoroute",
    "ligne",
    "vol",
    "paragraphe",
    "resolution",
    "section",
    "chambre",
    "bus",
    "tome",
    "acte",
    "saison",
    "episode",
    "volume",
    "canal",
    "chaine",
    "porte",
    "niveau",
    "rang",
    "rue",
    "avenue",
    "boulevard",
    "chemin",
    "quai",
    "place",
    "zone",
    "secteur",
    "kilometre",
    "borne",
    "lot",
    "salle",
    "table",
    "code",
    "matricule",
    "modele",
    "version",
    "type",
    "classe",
    "groupe",
    "division",
    "brigade",
    "regiment",
    "bataillon",
    "armee",
    "corps",
    "escadron",
    "unite",
    "compagnie",
];

/// Words before "N heures" / "N h" that make it a clock time, not a
/// duration: "à 20 heures", "vers 8 h", "dès 6 h", "jusqu'à 18 heures".
pub const CLOCK_CUES: &[&str] = &["a", "vers", "des", "avant", "apres", "depuis", "jusqu'a"];

/// Words before a four-digit number that make it a year (left to the dates
/// stage): "en 2022", "depuis 2014", "l'an 2000".
pub const YEAR_CUES: &[&str] = &[
    "en",
    "depuis",
    "des",
    "annees",
    "avant",
    "apres",
    "an",
    "annee",
    "fin",
    "debut",
    "mi",
    "jusqu'en",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "vers",
    "entre",
    "de",
    "d'",
    "a",
    "au",
    "et",
    "ou",
    "l'an",
    "courant",
    "cours",
];

/// Words that are never the noun a number counts (function words, pronouns,
/// auxiliaries, conjunctions): "6500 de" or "10 qui" have no counted noun.
#[rustfmt::skip]
pub const NOT_COUNTED: &[&str] = &[
    "a", "au", "aux", "de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "et", "ou", "mais",
    "donc", "or", "ni", "car", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers",
    "entre", "contre", "depuis", "pendant", "avant", "apres", "selon", "que", "qu'", "qui", "quoi", "dont",
    "ou", "ce", "c'", "ces", "cet", "cette", "se", "s'", "sa", "son", "ses", "il", "elle", "ils", "elles",
    "on", "nous", "vous", "je", "j'", "tu", "me", "m'", "te", "t'", "y", "ne", "n'", "plus",
    "moins", "est", "sont", "etait", "etaient", "sera", "seront", "ont", "avait", "avaient", "aura",
    "auront", "fut", "furent", "ete", "etre", "avoir", "fait", "font", "comme", "si", "lui", "leur",
    "leurs", "eux", "tous", "toutes", "tout", "toute", "aussi", "deja", "encore", "seulement",
    "environ", "pres", "jusqu'", "lors", "afin", "puis", "alors", "ainsi", "dont", "meme", "tres",
    "bien", "trop", "peu", "beaucoup", "chacun", "chacune", "autres", "dernier", "derniers", "derniere",
    "dernieres", "prochain", "prochaine", "prochains", "prochaines", "passe", "passee", "plupart",
    "parmi", "sauf", "via", "contre", "ca", "cela", "ceci", "celui", "celle", "ceux", "celles",
];

/// Words outside [`NOT_COUNTED`] that open a sentence right before a count
/// ("Seuls 3 ont survécu", "Voici 10 propositions"): not names with the
/// number. Folded.
pub const COUNT_OPENERS: &[&str] = &[
    "seul",
    "seule",
    "seuls",
    "seules",
    "soit",
    "voici",
    "voila",
    "quelques",
    "plusieurs",
    "certains",
    "certaines",
    "nos",
    "vos",
    "mes",
    "tes",
    "notre",
    "votre",
    "mon",
    "ton",
    "ma",
    "ta",
    "reste",
    "restent",
    "restait",
    "total",
    "cet",
    "chaque",
    "quelque",
    "nombre",
    "plus",
    "moins",
];

/// Adjectives that may stand between a number and its noun ("10 autres
/// soldats", "trois jeunes hommes"): skipped when looking for the noun.
pub const PRENOMINAL_ADJECTIVES: &[&str] = &[
    "autres",
    "nouveaux",
    "nouvelles",
    "premiers",
    "premieres",
    "derniers",
    "dernieres",
    "jeunes",
    "petits",
    "petites",
    "grands",
    "grandes",
    "vieux",
    "vieilles",
    "bons",
    "bonnes",
    "gros",
    "grosses",
    "longues",
    "longs",
    "courtes",
    "courts",
    "seuls",
    "seules",
    "principaux",
    "principales",
    "simples",
    "anciens",
    "anciennes",
    "vrais",
    "vraies",
    "pleines",
    "pleins",
    "bonnes",
    "hauts",
    "hautes",
    "mauvais",
    "mauvaises",
    "belles",
    "beaux",
    "nouvel",
    "seul",
    "seule",
];

/// Which way a verb of change ([`change_verb`]) goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// "passer de X à Y": either way.
    Either,
    /// "porter", "relever": up; "relevé de 3 à 5 %" goes from 3 to 5,
    /// where a fall would make no sense.
    Rise,
    /// "ramener", "réduire", "abaisser", "diminuer", "baisser": down;
    /// "réduit de 10 à 5 ans" goes from 10 to 5, "réduit de 20 à 30 %"
    /// is by 20 to 30 % (a range).
    Fall,
}

/// Verbs of change after which "de X à Y" goes from X to Y in their
/// direction: two values, not a range ("le taux est passé de 3 à 5 %",
/// "porté de 2 à 3 milliards", "ramené de 10 à 5 ans"). Folded; "porté"
/// only as a participle (the present "porte de 20 à 30 kilos" carries a
/// range), which [`change_verb`] tells from its accent. "Augmenter" is
/// none: "les prix ont augmenté de 3 à 5 %" rose by 3 to 5 %.
#[rustfmt::skip]
pub const CHANGE_VERBS: &[(&str, Change)] = &[
    ("passer", Change::Either), ("passe", Change::Either), ("passes", Change::Either),
    ("passee", Change::Either), ("passees", Change::Either), ("passent", Change::Either),
    ("passait", Change::Either), ("passaient", Change::Either), ("passera", Change::Either),
    ("passeront", Change::Either), ("passerait", Change::Either),
    ("passeraient", Change::Either), ("passant", Change::Either),
    ("porte", Change::Rise), ("portee", Change::Rise), ("portees", Change::Rise),
    ("portes", Change::Rise),
    ("relever", Change::Rise), ("releve", Change::Rise), ("releves", Change::Rise),
    ("relevee", Change::Rise), ("relevees", Change::Rise), ("relevent", Change::Rise),
    ("relevait", Change::Rise), ("relevera", Change::Rise), ("relevant", Change::Rise),
    ("ramener", Change::Fall), ("ramene", Change::Fall), ("ramenes", Change::Fall),
    ("ramenee", Change::Fall), ("ramenees", Change::Fall), ("ramenent", Change::Fall),
    ("ramenait", Change::Fall), ("ramenera", Change::Fall), ("ramenant", Change::Fall),
    ("reduire", Change::Fall), ("reduit", Change::Fall), ("reduits", Change::Fall),
    ("reduite", Change::Fall), ("reduites", Change::Fall), ("reduisent", Change::Fall),
    ("reduisait", Change::Fall), ("reduira", Change::Fall), ("reduisant", Change::Fall),
    ("abaisser", Change::Fall), ("abaisse", Change::Fall), ("abaisses", Change::Fall),
    ("abaissee", Change::Fall), ("abaissees", Change::Fall), ("abaissent", Change::Fall),
    ("abaissait", Change::Fall), ("abaissera", Change::Fall), ("abaissant", Change::Fall),
    ("diminue", Change::Fall), ("diminuee", Change::Fall), ("diminues", Change::Fall),
    ("baisse", Change::Fall), ("baissee", Change::Fall), ("baisses", Change::Fall),
    ("remonte", Change::Rise), ("remontee", Change::Rise), ("remontes", Change::Rise),
    ("allonge", Change::Rise), ("allongee", Change::Rise), ("allonges", Change::Rise),
    ("allongees", Change::Rise), ("prolonge", Change::Rise), ("prolongee", Change::Rise),
    ("alourdi", Change::Rise), ("alourdie", Change::Rise), ("repousse", Change::Rise),
    ("repoussee", Change::Rise), ("rehausse", Change::Rise), ("rehaussee", Change::Rise),
    ("chute", Change::Fall), ("chutes", Change::Fall), ("recule", Change::Fall),
    ("recules", Change::Fall), ("degringole", Change::Fall), ("plonge", Change::Fall),
    ("fondu", Change::Fall), ("fondus", Change::Fall), ("tombe", Change::Fall),
    ("tombee", Change::Fall), ("tombes", Change::Fall), ("descendu", Change::Fall),
    ("descendue", Change::Fall), ("raccourci", Change::Fall), ("raccourcie", Change::Fall),
    ("allege", Change::Fall), ("allegee", Change::Fall),
];

/// The direction of the verb of change `folded` (written `surface`), if it
/// is one ([`CHANGE_VERBS`]). "porte" is one only written "porté".
pub fn change_verb(folded: &str, surface: &str) -> Option<Change> {
    // Asked of the words before every "de" that precedes a number: a hash
    // look-up, not a scan of the list.
    static MAP: LazyLock<FxHashMap<&'static str, Change>> =
        LazyLock::new(|| CHANGE_VERBS.iter().copied().collect());
    let c = *MAP.get(folded)?;
    (folded != "porte" || surface.ends_with('é') || surface.ends_with('É')).then_some(c)
}

/// Whether a verb of change going `c` turns "de X à Y" into a change,
/// given whether the values rise.
pub fn is_change(c: Change, rising: bool) -> bool {
    match c {
        Change::Either => true,
        Change::Rise => rising,
        Change::Fall => !rising,
    }
}

/// Determiners of the object between a verb of change and its "de" ("a
/// relevé son taux de 2 à 2,5 %", "porté ses effectifs de 700 000 à un
/// million"). Folded.
pub const OBJECT_DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
    "notre", "nos", "votre", "vos",
];

/// Verbs before "par" and a number that make it a factor: "multiplié par
/// 3" (×3). Folded.
#[rustfmt::skip]
pub const MULTIPLY_VERBS: &[&str] = &[
    "multiplier", "multiplie", "multiplies", "multipliee", "multipliees", "multiplient",
    "multipliait", "multipliera", "multiplieront", "multipliant",
];

/// Verbs that multiply by a factor of their own, as their stems: "les prix
/// ont doublé" (×2), "le budget a triplé", "devrait quadrupler". Folded.
pub const FACTOR_VERB_STEMS: &[(&str, f64)] = &[
    ("doubl", 2.0),
    ("tripl", 3.0),
    ("quadrupl", 4.0),
    ("quintupl", 5.0),
    ("sextupl", 6.0),
    ("decupl", 10.0),
    ("centupl", 100.0),
];

/// How a verb of [`FACTOR_VERB_STEMS`] is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactorForm {
    /// "doublé", "triplées": after an auxiliary.
    Participle,
    /// "doubler": after a verb of intent or of the future ("va doubler").
    Infinitive,
    /// "doublera", "doubleraient", "doublent": a verb whatever precedes.
    Finite,
}

/// The endings of the forms of [`FACTOR_VERB_STEMS`], folded (the
/// participle's "é" is told from the present's "e" by the surface).
pub const FACTOR_ENDINGS: &[(&str, FactorForm)] = &[
    ("e", FactorForm::Participle),
    ("ee", FactorForm::Participle),
    ("es", FactorForm::Participle),
    ("ees", FactorForm::Participle),
    ("er", FactorForm::Infinitive),
    ("era", FactorForm::Finite),
    ("eront", FactorForm::Finite),
    ("erait", FactorForm::Finite),
    ("eraient", FactorForm::Finite),
    ("ent", FactorForm::Finite),
    ("ait", FactorForm::Finite),
    ("aient", FactorForm::Finite),
];

/// The factor and form of a folded word of [`FACTOR_VERB_STEMS`]; a
/// participle must be written with its "é" (`surface`): "double" is an
/// adjective or a present, not "doublé".
pub fn factor_verb(folded: &str, surface: &str) -> Option<(f64, FactorForm)> {
    let (rest, factor) = FACTOR_VERB_STEMS
        .iter()
        .find_map(|&(stem, f)| folded.strip_prefix(stem).map(|r| (r, f)))?;
    let &(_, form) = FACTOR_ENDINGS.iter().find(|(e, _)| *e == rest)?;
    if form == FactorForm::Participle && !surface.contains(['é', 'É']) {
        return None;
    }
    Some((factor, form))
}

/// Forms of "être" that, besides those of "avoir"
/// ([`crate::lexicon::temporal::AVOIR_FORMS`]), stand as auxiliary before
/// a participle of [`FACTOR_VERB_STEMS`] ("le budget est doublé", "a été
/// doublé"). Folded.
pub const ETRE_AUXILIARIES: &[&str] = &["est", "sont", "etait", "etaient", "ete", "sera", "seront"];

/// Other words after a verb of [`FACTOR_VERB_STEMS`] that make it no
/// factor: pronouns ("doubler tout le monde"). Folded.
pub const FACTOR_OBJECT_WORDS: &[&str] = &["tout", "tous", "toutes", "chacun", "personne"];

/// Nouns of quantity: the object or subject that makes "doubler" a factor
/// ("le nombre de cas a doublé", "a doublé ses bénéfices"). Folded.
#[rustfmt::skip]
pub const QUANTITY_NOUNS: &[&str] = &[
    "nombre", "chiffre", "chiffres", "prix", "budget", "budgets", "effectif", "effectifs",
    "production", "productions", "capacite", "capacites", "vente", "ventes", "benefice",
    "benefices", "salaire", "salaires", "montant", "montants", "taux", "volume", "volumes",
    "population", "dose", "doses", "surface", "superficie", "investissement", "investissements",
    "depense", "depenses", "recette", "recettes", "emission", "emissions", "exportations",
    "importations", "stock", "stocks", "frequence", "valeur", "loyer", "loyers", "tarif",
    "tarifs", "cout", "couts", "dette", "deficit", "part", "parts", "consommation", "revenu",
    "revenus", "prime", "primes", "amende", "amendes", "peine", "peines", "aide", "aides",
    "subvention", "subventions", "allocation", "allocations", "pension", "pensions", "places",
    "postes", "cas", "morts", "victimes", "demandes", "commandes", "abonnes", "visiteurs",
    "inscrits", "plaintes", "arrestations", "hospitalisations", "contaminations", "infections",
    "deces", "faillites", "vols", "cambriolages", "agressions", "attaques", "frappes",
    "livraisons", "achats", "chomeurs", "migrants", "reserves", "moyens", "credits", "fonds",
    "financement", "financements", "enveloppe", "effort", "rythme", "vitesse", "poids", "taille",
    "duree", "quantite", "quantites", "quota", "quotas", "plafond", "seuil", "capital",
];

/// Adverbs between the auxiliary and a participle of
/// [`FACTOR_VERB_STEMS`], with what they say of the factor: "a plus que
/// doublé" (more than), "a presque doublé" (about). Folded sequences.
pub const FACTOR_ADVERBS: &[(&[&str], Option<Qualifier>)] = &[
    (&["plus", "que"], Some(Qualifier::MoreThan)),
    (&["presque"], Some(Qualifier::Approx)),
    (&["quasiment"], Some(Qualifier::Approx)),
    (&["pratiquement"], Some(Qualifier::Approx)),
    (&["environ"], Some(Qualifier::Approx)),
    (&["deja"], None),
    (&["encore"], None),
    (&["ainsi"], None),
    (&["meme"], None),
];

/// Verbs before "par" and a number that make its inverse a factor:
/// "divisé par deux" (×0.5). Folded.
#[rustfmt::skip]
pub const DIVIDE_VERBS: &[&str] = &[
    "diviser", "divise", "divises", "divisee", "divisees", "divisent", "divisait", "divisera",
    "diviseront", "divisant",
];

/// Whether `folded` is in `list`.
pub fn contains(list: &[&str], folded: &str) -> bool {
    list.contains(&folded)
}
