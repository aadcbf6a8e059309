//! French military-unit vocabulary: formation types with their hierarchy,
//! specialties, side cues, the words around a unit mention, and the false
//! friends that look like units but are not.
//!
//! Every phrase is a sequence of *folded* tokens as
//! [`TokenStream::folded`](crate::TokenStream::folded) gives them (elisions
//! are their own tokens: `["d'", "assaut"]`). The named formations are not
//! here but in the gazetteer data file `units_gazetteer.json` (see
//! [`crate::units::Gazetteer`]).

use crate::units::UnitKind;

/// How much evidence a type word needs before it is reported as a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeClass {
    /// Unambiguous military noun ("bataillon", "brigade", "escouade"):
    /// reported whenever it heads a noun phrase.
    Strong,
    /// Military sense only in a military context ("division", "section",
    /// "unité", "compagnie"): reported when qualified (side, specialty,
    /// location, size, number in digits, name) or when military cue words
    /// surround it.
    Context,
    /// Needs a qualifier (side, specialty, name, number in digits) whatever
    /// the context ("forces", "corps", "flotte").
    Qualified,
    /// Needs a specialty, a name or a number in digits; a side is not enough
    /// ("groupe", "batterie": "un groupe de soldats russes" is people).
    Specialized,
}

/// The generic level of the unit hierarchy, largest first (for documentation
/// and for consumers that want to compare sizes).
pub const HIERARCHY: &[UnitKind] = &[
    UnitKind::Army,
    UnitKind::Corps,
    UnitKind::Division,
    UnitKind::Brigade,
    UnitKind::HalfBrigade,
    UnitKind::Regiment,
    UnitKind::Battalion,
    UnitKind::BattalionTacticalGroup,
    UnitKind::Company,
    UnitKind::Battery,
    UnitKind::Squadron,
    UnitKind::Platoon,
    UnitKind::Squad,
];

/// Where `kind` sits in [`HIERARCHY`] (0 = largest); `None` for kinds
/// outside the regular hierarchy (legion, militia, PMC, group…).
///
/// ```
/// use frnews::lexicon::units::rank;
/// use frnews::units::UnitKind;
/// assert!(rank(UnitKind::Brigade) < rank(UnitKind::Company));
/// assert_eq!(rank(UnitKind::Pmc), None);
/// ```
pub fn rank(kind: UnitKind) -> Option<usize> {
    HIERARCHY.iter().position(|k| *k == kind)
}

use TypeClass::{Context, Qualified, Specialized, Strong};
use UnitKind as K;

/// Unit-type phrases (singular and plural), longest match wins.
#[rustfmt::skip]
pub const TYPES: &[(&[&str], UnitKind, TypeClass)] = &[
    (&["armee"], K::Army, Context), (&["armees"], K::Army, Context),
    (&["forces", "armees"], K::Army, Strong), (&["force", "armee"], K::Army, Qualified),
    (&["forces"], K::Army, Qualified),
    (&["corps", "d'", "armee"], K::Corps, Strong), (&["corps", "d'", "armees"], K::Corps, Strong),
    (&["corps", "expeditionnaire"], K::Corps, Strong), (&["corps"], K::Corps, Qualified),
    (&["division"], K::Division, Context), (&["divisions"], K::Division, Context),
    (&["brigade"], K::Brigade, Strong), (&["brigades"], K::Brigade, Strong),
    (&["demi-brigade"], K::HalfBrigade, Strong), (&["demi-brigades"], K::HalfBrigade, Strong),
    (&["demi", "brigade"], K::HalfBrigade, Strong), (&["demi", "brigades"], K::HalfBrigade, Strong),
    (&["regiment"], K::Regiment, Strong), (&["regiments"], K::Regiment, Strong),
    (&["bataillon"], K::Battalion, Strong), (&["bataillons"], K::Battalion, Strong),
    (&["groupement", "tactique", "de", "bataillon"], K::BattalionTacticalGroup, Strong),
    (&["groupements", "tactiques", "de", "bataillon"], K::BattalionTacticalGroup, Strong),
    (&["groupe", "tactique", "de", "bataillon"], K::BattalionTacticalGroup, Strong),
    (&["groupes", "tactiques", "de", "bataillon"], K::BattalionTacticalGroup, Strong),
    (&["groupement", "tactique"], K::BattalionTacticalGroup, Strong),
    (&["groupements", "tactiques"], K::BattalionTacticalGroup, Strong),
    (&["groupement", "tactique", "interarmes"], K::BattalionTacticalGroup, Strong),
    (&["btg"], K::BattalionTacticalGroup, Strong),
    (&["compagnie"], K::Company, Context), (&["compagnies"], K::Company, Context),
    (&["batterie"], K::Battery, Specialized), (&["batteries"], K::Battery, Specialized),
    (&["escadron"], K::Squadron, Strong), (&["escadrons"], K::Squadron, Strong),
    (&["escadrille"], K::Squadron, Strong), (&["escadrilles"], K::Squadron, Strong),
    (&["section"], K::Platoon, Context), (&["sections"], K::Platoon, Context),
    (&["peloton"], K::Platoon, Context), (&["pelotons"], K::Platoon, Context),
    (&["escouade"], K::Squad, Strong), (&["escouades"], K::Squad, Strong),
    (&["groupe"], K::Group, Specialized), (&["groupes"], K::Group, Specialized),
    (&["detachement"], K::Detachment, Context), (&["detachements"], K::Detachment, Context),
    (&["legion"], K::Legion, Context), (&["legions"], K::Legion, Context),
    (&["milice"], K::Militia, Context), (&["milices"], K::Militia, Context),
    (&["milice", "privee"], K::Pmc, Strong), (&["milices", "privees"], K::Pmc, Strong),
    (&["armee", "privee"], K::Pmc, Strong), (&["armees", "privees"], K::Pmc, Strong),
    (&["societe", "militaire", "privee"], K::Pmc, Strong),
    (&["societes", "militaires", "privees"], K::Pmc, Strong),
    (&["smp"], K::Pmc, Strong), (&["pmc"], K::Pmc, Strong),
    (&["forces", "speciales"], K::SpecialForces, Strong),
    (&["force", "speciale"], K::SpecialForces, Strong),
    (&["unite", "speciale"], K::SpecialForces, Strong), (&["unites", "speciales"], K::SpecialForces, Strong),
    (&["garde", "nationale"], K::NationalGuard, Strong), (&["gardes", "nationales"], K::NationalGuard, Strong),
    (&["flotte"], K::Fleet, Qualified), (&["flottes"], K::Fleet, Qualified),
    (&["flotte", "de", "guerre"], K::Fleet, Qualified), (&["flottes", "de", "guerre"], K::Fleet, Qualified),
    (&["flottille"], K::Fleet, Strong), (&["flottilles"], K::Fleet, Strong),
    // A navy: with a side only ("la marine russe"; not "la marine" alone).
    (&["marine"], K::Fleet, Qualified), (&["marine", "de", "guerre"], K::Fleet, Qualified),
    (&["unite"], K::Unit, Context), (&["unites"], K::Unit, Context),
];

/// The grammatical gender of a noun or of a determiner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "le régiment", "le bataillon"
    Masculine,
    /// "la brigade", "l'armée", "les forces"
    Feminine,
}

/// The gender of each type word, the first word of a [`TYPES`] phrase (its
/// head noun: "forces" in "forces armées", "groupement" in "groupement
/// tactique"). An adjective or an article agrees with it: "la 1re et la 2e
/// compagnie", "le 2e et la 3e brigade" (the 2e is no brigade), "le
/// ministère des Armées ukrainien" ("ukrainien" is the ministry's).
#[rustfmt::skip]
pub const TYPE_GENDERS: &[(&str, Gender)] = &[
    ("armee", F), ("armees", F), ("forces", F), ("force", F), ("corps", M),
    ("division", F), ("divisions", F), ("brigade", F), ("brigades", F),
    ("demi-brigade", F), ("demi-brigades", F), ("demi", F),
    ("regiment", M), ("regiments", M), ("bataillon", M), ("bataillons", M),
    ("groupement", M), ("groupements", M), ("groupe", M), ("groupes", M), ("btg", M),
    ("compagnie", F), ("compagnies", F), ("batterie", F), ("batteries", F),
    ("escadron", M), ("escadrons", M), ("escadrille", F), ("escadrilles", F),
    ("section", F), ("sections", F), ("peloton", M), ("pelotons", M),
    ("escouade", F), ("escouades", F), ("detachement", M), ("detachements", M),
    ("legion", F), ("legions", F), ("milice", F), ("milices", F),
    ("societe", F), ("societes", F), ("smp", F), ("pmc", F),
    ("unite", F), ("unites", F), ("garde", F), ("gardes", F),
    ("flotte", F), ("flottes", F), ("flottille", F), ("flottilles", F), ("marine", F),
];

use Gender::{Feminine as F, Masculine as M};

/// The gender of a type word ([`TYPE_GENDERS`]; folded), if it is one.
pub fn type_gender(word: &str) -> Option<Gender> {
    TYPE_GENDERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, g)| g)
}

/// Singular determiners and contractions that show their gender ("la",
/// "une", "du"). "l'", the plural ones and the possessives do not
/// ("son unité" is feminine). Folded.
#[rustfmt::skip]
pub const GENDERED_DETERMINERS: &[(&str, Gender)] = &[
    ("le", M), ("un", M), ("ce", M), ("cet", M), ("du", M), ("au", M),
    ("la", F), ("une", F), ("cette", F), ("ma", F), ("ta", F), ("sa", F),
];

/// The gender a determiner or contraction shows ([`GENDERED_DETERMINERS`]).
pub fn determiner_gender(word: &str) -> Option<Gender> {
    GENDERED_DETERMINERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, g)| g)
}

/// Whether an adjective (folded, one word) may qualify a feminine noun in
/// the singular or, with `plural`, in the plural. French marks the
/// feminine of an adjective with a final "-e" ("ukrainienne", "française";
/// "russe", "britannique" are both genders) and the plural with "-s":
/// so a feminine singular ends in "e", a feminine plural in "es", and
/// "ukrainien", "ukrainiens", "français" are masculine only. Used for the
/// side adjectives of [`SIDES`], whose feminine forms all follow the rule.
///
/// ```
/// use frnews::lexicon::units::agrees_with_feminine;
/// assert!(agrees_with_feminine("ukrainienne", false) && agrees_with_feminine("russes", true));
/// assert!(!agrees_with_feminine("ukrainien", false) && !agrees_with_feminine("britannique", true));
/// ```
pub fn agrees_with_feminine(adjective: &str, plural: bool) -> bool {
    if plural {
        adjective.ends_with("es")
    } else {
        adjective.ends_with('e')
    }
}

/// French Army abbreviations that name a type with its specialty ("le 2e
/// REP", "le 3e RPIMa", "la 2e DB", "le 27e BCA"): folded form, type,
/// specialty, and the side of the army that uses it (these are the French
/// Army's own: side `france` unless the text writes another). Read as a
/// type only after an ordinal and where written in capitals (their first
/// two letters): "la DB" (Deutsche Bahn), "les RG" and lowercase "ri",
/// "db" are not units.
#[rustfmt::skip]
pub const TYPE_ABBREVIATIONS: &[(&str, UnitKind, &str, Option<&str>)] = &[
    ("rep", K::Regiment, "étranger de parachutistes", FR),
    ("rei", K::Regiment, "étranger d'infanterie", FR),
    ("rec", K::Regiment, "étranger de cavalerie", FR),
    ("reg", K::Regiment, "étranger de génie", FR),
    ("rpima", K::Regiment, "parachutistes d'infanterie de marine", FR),
    ("rima", K::Regiment, "infanterie de marine", FR),
    ("rama", K::Regiment, "artillerie de marine", FR),
    ("rcp", K::Regiment, "chasseurs parachutistes", FR),
    ("rdp", K::Regiment, "dragons parachutistes", FR),
    ("rhp", K::Regiment, "hussards parachutistes", FR),
    ("rhc", K::Regiment, "hélicoptères de combat", FR),
    ("ri", K::Regiment, "infanterie", FR),
    ("ra", K::Regiment, "artillerie", FR),
    ("rg", K::Regiment, "génie", FR),
    ("bca", K::Battalion, "chasseurs alpins", FR),
    ("db", K::Division, "blindée", FR),
    ("bb", K::Brigade, "blindée", FR),
    ("bima", K::Brigade, "infanterie de marine", FR),
    ("bp", K::Brigade, "parachutiste", FR),
    ("dble", K::HalfBrigade, "Légion étrangère", FR),
];

/// The side of France, for the tables of French-only words.
const FR: Option<&str> = Some("france");

/// Specialties (canonical forms of [`SPECIALTIES`]) that only one
/// country's forces have: a formation with one of them and no side written
/// has that side ("le 2e régiment étranger de parachutistes", "la 13e
/// demi-brigade de Légion étrangère", "le 1er régiment de spahis" →
/// `france`). The specialties that other armies share in translation
/// ("infanterie de marine", "chasseurs", "parachutiste") are not here.
#[rustfmt::skip]
pub const SPECIALTY_SIDES: &[(&str, &str)] = &[
    ("étranger de parachutistes", "france"), ("étranger d'infanterie", "france"),
    ("étranger de cavalerie", "france"), ("étranger de génie", "france"),
    ("Légion étrangère", "france"), ("parachutistes d'infanterie de marine", "france"),
    ("chasseurs alpins", "france"), ("chasseurs parachutistes", "france"),
    ("dragons parachutistes", "france"), ("hussards parachutistes", "france"),
    ("spahis", "france"), ("chasseurs d'Afrique", "france"), ("marche du Tchad", "france"),
    ("infanterie-chars de marine", "france"), ("service militaire adapté", "france"),
    ("sapeurs-pompiers", "france"), ("marins-pompiers", "france"),
];

/// A country's services by their proper names, an army type word and its
/// specialty written with a capital ("l'armée de Terre", "l'armée de
/// l'Air", "l'armée de l'Air et de l'Espace", "l'Armée de terre"): that
/// country's side when the text writes none. In lowercase they name any
/// country's service ("l'armée de l'air ukrainienne"; "l'armée de terre" in
/// a text about Ukraine) and get no side from here.
#[rustfmt::skip]
pub const PROPER_SERVICES: &[(UnitKind, &str, &str)] = &[
    (K::Army, "terre", "france"), (K::Army, "air", "france"), (K::Army, "air et espace", "france"),
];

/// Type words that name no particular level ("groupe", "unité", "milice"):
/// before a gazetteer name, the gazetteer's kind is kept ("le groupe
/// Wagner" is a PMC); any other written type word wins ("le régiment Azov").
pub const GENERIC_KINDS: &[UnitKind] = &[K::Group, K::Unit, K::Militia];

/// Type words that take a proper name directly after them ("le bataillon
/// Sparta", "la brigade Edelweiss") even when the name is not in the
/// gazetteer. Other types ("groupe", "compagnie") take company names.
pub const NAMEABLE: &[UnitKind] = &[
    K::Brigade,
    K::HalfBrigade,
    K::Regiment,
    K::Battalion,
    K::Squadron,
    K::Legion,
    K::Division,
    K::Detachment,
];

/// Specialties after a type word, with their canonical form. Longest first
/// is not required: the matcher takes the longest.
#[rustfmt::skip]
pub const SPECIALTIES: &[(&[&str], &str)] = &[
    (&["de", "fusiliers", "motorises"], "fusiliers motorisés"),
    (&["de", "fusiliers", "motorisee"], "fusiliers motorisés"),
    (&["de", "fusiliers"], "fusiliers"),
    (&["d'", "infanterie", "de", "marine"], "infanterie de marine"),
    (&["d'", "infanterie", "de", "montagne"], "infanterie de montagne"),
    (&["etranger", "de", "parachutistes"], "étranger de parachutistes"),
    (&["etranger", "d'", "infanterie"], "étranger d'infanterie"),
    (&["etranger", "de", "cavalerie"], "étranger de cavalerie"),
    (&["etranger", "de", "genie"], "étranger de génie"),
    (&["de", "legion", "etrangere"], "Légion étrangère"),
    (&["de", "la", "legion", "etrangere"], "Légion étrangère"),
    (&["de", "parachutistes", "d'", "infanterie", "de", "marine"], "parachutistes d'infanterie de marine"),
    (&["de", "chasseurs", "parachutistes"], "chasseurs parachutistes"),
    (&["de", "dragons", "parachutistes"], "dragons parachutistes"),
    (&["de", "hussards", "parachutistes"], "hussards parachutistes"),
    (&["d'", "helicopteres", "de", "combat"], "hélicoptères de combat"),
    (&["de", "chasseurs", "alpins"], "chasseurs alpins"),
    (&["d'", "assaut", "aeromobile"], "assaut aéromobile"),
    (&["aeromobile"], "aéromobile"), (&["aeromobiles"], "aéromobile"),
    (&["d'", "infanterie", "navale"], "infanterie navale"),
    (&["d'", "infanterie", "motorisee"], "infanterie motorisée"),
    (&["d'", "infanterie", "mecanisee"], "infanterie mécanisée"),
    (&["d'", "infanterie"], "infanterie"),
    (&["d'", "assaut", "aeroportee"], "assaut aéroportée"),
    (&["d'", "assaut", "aeroporte"], "assaut aéroportée"),
    (&["d'", "assaut", "aerien"], "assaut aérien"),
    (&["d'", "assaut", "aerienne"], "assaut aérien"),
    (&["d'", "assaut", "de", "montagne"], "assaut de montagne"),
    (&["d'", "assaut"], "assaut"),
    (&["mecanisee"], "mécanisée"), (&["mecanisees"], "mécanisée"),
    (&["mecanise"], "mécanisée"), (&["mecanises"], "mécanisée"),
    (&["motorisee"], "motorisée"), (&["motorisees"], "motorisée"),
    (&["motorise"], "motorisée"), (&["motorises"], "motorisée"),
    (&["aeroportee"], "aéroportée"), (&["aeroportees"], "aéroportée"),
    (&["aeroporte"], "aéroportée"), (&["aeroportes"], "aéroportée"),
    (&["blindee"], "blindée"), (&["blindees"], "blindée"),
    (&["blinde"], "blindée"), (&["blindes"], "blindée"),
    (&["parachutiste"], "parachutiste"), (&["parachutistes"], "parachutiste"),
    (&["de", "parachutistes"], "parachutiste"),
    (&["interarmes"], "interarmes"),
    (&["de", "la", "garde", "nationale"], "garde nationale"),
    (&["de", "transport"], "transport"), (&["de", "soutien"], "soutien"),
    (&["logistique"], "logistique"), (&["de", "ravitaillement"], "ravitaillement"),
    (&["de", "commandement"], "commandement"), (&["medicale"], "médicale"),
    (&["de", "mortiers"], "mortiers"), (&["d'", "obusiers"], "obusiers"),
    (&["de", "canons"], "canons"), (&["de", "lance-roquettes"], "lance-roquettes"),
    (&["de", "lance-roquettes", "multiples"], "lance-roquettes"),
    (&["de", "roquettes"], "lance-roquettes"), (&["de", "snipers"], "tireurs d'élite"),
    (&["de", "chars"], "chars"), (&["de", "blindes"], "blindée"),
    (&["d'", "artillerie"], "artillerie"),
    (&["antiaerienne"], "antiaérienne"), (&["antiaeriennes"], "antiaérienne"),
    (&["anti-aerienne"], "antiaérienne"), (&["anti-aeriennes"], "antiaérienne"),
    (&["de", "defense", "antiaerienne"], "antiaérienne"),
    (&["de", "defense", "aerienne"], "défense aérienne"),
    (&["de", "reconnaissance"], "reconnaissance"),
    (&["de", "defense", "territoriale"], "défense territoriale"),
    (&["de", "la", "defense", "territoriale"], "défense territoriale"),
    (&["de", "la", "garde", "territoriale"], "défense territoriale"),
    (&["de", "volontaires"], "volontaires"),
    (&["de", "montagne"], "montagne"),
    (&["de", "missiles"], "missiles"),
    (&["de", "drones"], "drones"),
    (&["de", "chasse"], "chasse"),
    (&["de", "tireurs", "d'", "elite"], "tireurs d'élite"),
    (&["d'", "elite"], "élite"),
    (&["de", "barrage"], "barrage"),
    (&["de", "la", "mort"], "de la mort"),
    (&["du", "genie"], "génie"),
    (&["de", "sabotage"], "sabotage"),
    (&["de", "combat"], "combat"),
    (&["arme"], "armé"), (&["armes"], "armé"),
    (&["paramilitaire"], "paramilitaire"), (&["paramilitaires"], "paramilitaire"),
    (&["de", "l'", "air"], "air"), (&["de", "terre"], "terre"),
    (&["de", "l'", "air", "et", "de", "l'", "espace"], "air et espace"),
    (&["de", "gendarmerie"], "gendarmerie"),
    (&["navale"], "navale"), (&["navales"], "navale"),
    (&["de", "marine"], "marine"),
    (&["d'", "intervention"], "intervention"),
    (&["de", "choc"], "choc"),
    (&["de", "tirailleurs"], "tirailleurs"),
    (&["de", "grenadiers"], "grenadiers"),
    (&["de", "chasseurs"], "chasseurs"),
    (&["de", "cavalerie"], "cavalerie"),
    (&["d'", "aviation"], "aviation"),
    (&["de", "transmissions"], "transmissions"),
    (&["de", "renseignement"], "renseignement"),
    (&["de", "mobilises"], "mobilisés"),
    (&["etrangere"], "étrangère"), (&["etrangeres"], "étrangère"),
    (&["separatiste"], "séparatiste"), (&["separatistes"], "séparatiste"),
    (&["tactique"], "tactique"), (&["tactiques"], "tactique"),
    // The arms and traditions of the French Army (and their like elsewhere).
    (&["de", "spahis"], "spahis"), (&["de", "hussards"], "hussards"),
    (&["de", "dragons"], "dragons"), (&["de", "cuirassiers"], "cuirassiers"),
    (&["de", "zouaves"], "zouaves"), (&["de", "cosaques"], "cosaques"),
    (&["de", "chasseurs", "d'", "afrique"], "chasseurs d'Afrique"),
    (&["de", "chasseurs", "a", "cheval"], "chasseurs à cheval"),
    (&["de", "chasseurs", "a", "pied"], "chasseurs à pied"),
    (&["de", "chasseurs", "ardennais"], "chasseurs ardennais"),
    (&["legere", "blindee"], "légère blindée"), (&["legeres", "blindees"], "légère blindée"),
    (&["de", "fusiliers", "marins"], "fusiliers marins"),
    (&["de", "fusiliers-marins"], "fusiliers marins"),
    (&["d'", "artillerie", "parachutiste"], "artillerie parachutiste"),
    (&["d'", "artillerie", "de", "marine"], "artillerie de marine"),
    (&["d'", "artillerie", "de", "montagne"], "artillerie de montagne"),
    (&["d'", "artillerie", "antiaerienne"], "artillerie antiaérienne"),
    (&["d'", "artillerie", "autopropulsee"], "artillerie autopropulsée"),
    (&["d'", "infanterie-chars", "de", "marine"], "infanterie-chars de marine"),
    (&["de", "chars", "de", "combat"], "chars de combat"),
    (&["de", "genie"], "génie"), (&["du", "genie", "parachutiste"], "génie parachutiste"),
    (&["du", "genie", "de", "l'", "air"], "génie de l'air"),
    (&["du", "materiel"], "matériel"),
    (&["de", "commandement", "et", "de", "soutien"], "commandement et soutien"),
    (&["de", "marche", "du", "tchad"], "marche du Tchad"),
    (&["de", "guerre", "electronique"], "guerre électronique"),
    (&["de", "commandos"], "commandos"), (&["de", "sapeurs"], "sapeurs"),
    (&["de", "sapeurs-pompiers"], "sapeurs-pompiers"),
    (&["de", "marins-pompiers"], "marins-pompiers"),
    (&["du", "service", "militaire", "adapte"], "service militaire adapté"),
];

/// Words that may sit in a unit phrase without telling its specialty
/// ("séparée", "de la Garde", "dissidente"); they extend the span.
#[rustfmt::skip]
pub const MODIFIERS: &[&[&str]] = &[
    &["separee"], &["separees"], &["separe"], &["separes"],
    &["independante"], &["independantes"], &["autonome"], &["autonomes"],
    &["de", "la", "garde"], &["de", "garde"],
    &["dissidente"], &["dissidentes"], &["dissident"], &["dissidents"],
    &["rebelle"], &["rebelles"], &["neonazi"], &["neonazie"], &["neonazis"],
    &["nationaliste"], &["nationalistes"], &["tchetchene"], &["tchetchenes"],
    &["regulier"], &["reguliere"], &["reguliers"], &["regulieres"],
    &["d'", "elite"], &["locale"], &["locales"],
];

/// Whether a folded word is a nationality adjective of [`SIDES`]
/// ("russe", "britanniques").
pub fn is_nationality(folded: &str) -> bool {
    SIDES.iter().any(|(p, _)| matches!(p, [w] if *w == folded))
}

/// Side cues after a type word: adjectives and "de Moscou"-like phrases.
#[rustfmt::skip]
pub const SIDES: &[(&[&str], &str)] = &[
    (&["russe"], "russia"), (&["russes"], "russia"),
    (&["pro-russe"], "russia"), (&["pro-russes"], "russia"),
    (&["prorusse"], "russia"), (&["prorusses"], "russia"),
    (&["de", "moscou"], "russia"), (&["du", "kremlin"], "russia"),
    (&["de", "russie"], "russia"), (&["de", "la", "russie"], "russia"),
    (&["de", "poutine"], "russia"), (&["de", "vladimir", "poutine"], "russia"),
    (&["ukrainien"], "ukraine"), (&["ukrainienne"], "ukraine"),
    (&["ukrainiens"], "ukraine"), (&["ukrainiennes"], "ukraine"),
    (&["pro-ukrainien"], "ukraine"), (&["pro-ukrainienne"], "ukraine"),
    (&["pro-ukrainiens"], "ukraine"), (&["pro-ukrainiennes"], "ukraine"),
    (&["de", "kiev"], "ukraine"), (&["de", "kyiv"], "ukraine"),
    (&["d'", "ukraine"], "ukraine"), (&["de", "l'", "ukraine"], "ukraine"),
    (&["de", "zelensky"], "ukraine"), (&["de", "volodymyr", "zelensky"], "ukraine"),
    (&["bielorusse"], "belarus"), (&["bielorusses"], "belarus"),
    (&["de", "minsk"], "belarus"),
    // Other armies of the French-language news.
    (&["francais"], "france"), (&["francaise"], "france"), (&["francaises"], "france"),
    (&["de", "la", "france"], "france"),
    (&["americain"], "united_states"), (&["americaine"], "united_states"),
    (&["americains"], "united_states"), (&["americaines"], "united_states"),
    (&["des", "etats-unis"], "united_states"), (&["de", "washington"], "united_states"),
    (&["britannique"], "united_kingdom"), (&["britanniques"], "united_kingdom"),
    (&["israelien"], "israel"), (&["israelienne"], "israel"),
    (&["israeliens"], "israel"), (&["israeliennes"], "israel"),
    (&["d'", "israel"], "israel"),
    (&["allemand"], "germany"), (&["allemande"], "germany"),
    (&["allemands"], "germany"), (&["allemandes"], "germany"),
    (&["chinois"], "china"), (&["chinoise"], "china"), (&["chinoises"], "china"),
    (&["de", "pekin"], "china"),
    (&["iranien"], "iran"), (&["iranienne"], "iran"), (&["iraniens"], "iran"),
    (&["iraniennes"], "iran"), (&["de", "teheran"], "iran"),
    (&["turc"], "turkey"), (&["turque"], "turkey"), (&["turcs"], "turkey"),
    (&["turques"], "turkey"),
    (&["polonais"], "poland"), (&["polonaise"], "poland"), (&["polonaises"], "poland"),
    (&["syrien"], "syria"), (&["syrienne"], "syria"), (&["syriens"], "syria"),
    (&["syriennes"], "syria"),
    (&["soudanais"], "sudan"), (&["soudanaise"], "sudan"), (&["soudanaises"], "sudan"),
    (&["malien"], "mali"), (&["malienne"], "mali"), (&["maliens"], "mali"),
    (&["maliennes"], "mali"),
    (&["nigerien"], "niger"), (&["nigerienne"], "niger"), (&["nigeriens"], "niger"),
    (&["nigeriennes"], "niger"),
    (&["burkinabe"], "burkina_faso"), (&["burkinabes"], "burkina_faso"),
    (&["libanais"], "lebanon"), (&["libanaise"], "lebanon"), (&["libanaises"], "lebanon"),
    (&["nord-coreen"], "north_korea"), (&["nord-coreenne"], "north_korea"),
    (&["nord-coreens"], "north_korea"), (&["nord-coreennes"], "north_korea"),
    (&["sud-coreen"], "south_korea"), (&["sud-coreenne"], "south_korea"),
    (&["sud-coreens"], "south_korea"), (&["sud-coreennes"], "south_korea"),
    (&["azerbaidjanais"], "azerbaijan"), (&["azerbaidjanaise"], "azerbaijan"),
    (&["azerbaidjanaises"], "azerbaijan"),
    (&["armenien"], "armenia"), (&["armenienne"], "armenia"), (&["armeniens"], "armenia"),
    (&["armeniennes"], "armenia"),
    (&["taiwanais"], "taiwan"), (&["taiwanaise"], "taiwan"), (&["taiwanaises"], "taiwan"),
    (&["indien"], "india"), (&["indienne"], "india"), (&["indiens"], "india"),
    (&["indiennes"], "india"),
    (&["pakistanais"], "pakistan"), (&["pakistanaise"], "pakistan"),
    (&["pakistanaises"], "pakistan"),
    (&["japonais"], "japan"), (&["japonaise"], "japan"), (&["japonaises"], "japan"),
    (&["italien"], "italy"), (&["italienne"], "italy"), (&["italiens"], "italy"),
    (&["italiennes"], "italy"),
    (&["espagnol"], "spain"), (&["espagnole"], "spain"), (&["espagnols"], "spain"),
    (&["espagnoles"], "spain"),
    (&["belge"], "belgium"), (&["belges"], "belgium"),
    (&["canadien"], "canada"), (&["canadienne"], "canada"), (&["canadiens"], "canada"),
    (&["canadiennes"], "canada"),
    (&["georgien"], "georgia"), (&["georgienne"], "georgia"), (&["georgiens"], "georgia"),
    (&["georgiennes"], "georgia"),
    (&["serbe"], "serbia"), (&["serbes"], "serbia"),
    // The armies of the European and allied states in the news of the war
    // in Ukraine ("les Leopard 1 danois", "une brigade néerlandaise").
    (&["danois"], "denmark"), (&["danoise"], "denmark"), (&["danoises"], "denmark"),
    (&["neerlandais"], "netherlands"), (&["neerlandaise"], "netherlands"),
    (&["neerlandaises"], "netherlands"),
    (&["norvegien"], "norway"), (&["norvegienne"], "norway"), (&["norvegiens"], "norway"),
    (&["norvegiennes"], "norway"),
    (&["suedois"], "sweden"), (&["suedoise"], "sweden"), (&["suedoises"], "sweden"),
    (&["finlandais"], "finland"), (&["finlandaise"], "finland"), (&["finlandaises"], "finland"),
    (&["tcheque"], "czechia"), (&["tcheques"], "czechia"),
    (&["roumain"], "romania"), (&["roumaine"], "romania"), (&["roumains"], "romania"),
    (&["roumaines"], "romania"),
    (&["grec"], "greece"), (&["grecque"], "greece"), (&["grecs"], "greece"),
    (&["grecques"], "greece"),
    (&["portugais"], "portugal"), (&["portugaise"], "portugal"), (&["portugaises"], "portugal"),
    (&["estonien"], "estonia"), (&["estonienne"], "estonia"), (&["estoniens"], "estonia"),
    (&["estoniennes"], "estonia"),
    (&["letton"], "latvia"), (&["lettonne"], "latvia"), (&["lettons"], "latvia"),
    (&["lettonnes"], "latvia"),
    (&["lituanien"], "lithuania"), (&["lituanienne"], "lithuania"), (&["lituaniens"], "lithuania"),
    (&["lituaniennes"], "lithuania"),
    (&["hongrois"], "hungary"), (&["hongroise"], "hungary"), (&["hongroises"], "hungary"),
    (&["slovaque"], "slovakia"), (&["slovaques"], "slovakia"),
    (&["australien"], "australia"), (&["australienne"], "australia"),
    (&["australiens"], "australia"), (&["australiennes"], "australia"),
];

/// The sides of [`SIDES`] that are evidence of a formation on their own
/// ("la compagnie russe"): the war the gazetteer follows. The others are
/// evidence for an army only ("l'armée française"; not "la compagnie
/// française Total").
pub const WAR_SIDES: &[&str] = &["russia", "ukraine", "belarus"];

/// The kinds that a country's forces as a whole are: any side of [`SIDES`]
/// makes them a formation ("l'armée française", "la marine américaine", "la
/// flotte française"), where the other kinds need a side of [`WAR_SIDES`].
pub const NATIONAL_KINDS: &[UnitKind] = &[K::Army, K::Fleet];

/// [`NATIONAL_KINDS`] whose words also name a country's civil fleets: with
/// a side other than one of [`WAR_SIDES`], such a type word followed by a
/// complement (an owner, a place: "la flotte française d'Air France", "la
/// flotte américaine de Tesla") is no formation; the side alone makes it
/// one ("la flotte française").
pub const CIVIL_HOMONYM_KINDS: &[UnitKind] = &[K::Fleet];

/// Specialties that name the soldiers themselves ("de chasseurs", "de
/// dragons", "de sapeurs"): a group or a battery of them
/// ([`TypeClass::Specialized`]) is people, as "un groupe de soldats" is
/// ("un groupe de dragons chinois défile", "un groupe de chasseurs"), where
/// "un régiment de dragons" is a formation. Canonical forms of
/// [`SPECIALTIES`].
#[rustfmt::skip]
pub const SOLDIER_SPECIALTIES: &[&str] = &[
    "fusiliers", "chasseurs", "dragons", "hussards", "cuirassiers", "zouaves", "cosaques",
    "spahis", "tirailleurs", "grenadiers", "sapeurs", "commandos", "volontaires", "mobilisés",
    "tireurs d'élite",
];

/// Words of business or of associations around an ambiguous type word
/// qualified by no more than a side, a location or a name, with no
/// military word near: then it is a company's or an organisation's
/// division, branch or section ("la division Europe de Renault a publié
/// ses chiffres", "la section française d'Amnesty International"). Folded.
#[rustfmt::skip]
pub const BUSINESS_CUES: &[&str] = &[
    "chiffres", "chiffre", "ventes", "vend", "vendu", "vendue", "salaries", "employes",
    "entreprise", "entreprises", "societe", "constructeur", "filiale", "pdg", "directeur",
    "directrice", "clients", "marche", "benefice", "benefices", "actionnaires", "resultats",
    "voitures", "produits", "commercial", "commerciale", "industriel", "industrielle", "postes",
    "suppressions", "emplois", "pertes", "cede", "cedee", "investisseur", "investisseurs",
    "rachat", "rachete", "rachetee", "reorganise", "reorganisee", "restructuration", "groupe",
    "amnesty", "ong", "association", "syndicat", "syndicats", "adherents", "militants",
    "medecins", "croix-rouge", "parti",
];

/// Type words that also name a league of sport ("le club évolue en
/// première division"). Such a type word, qualified by no more than an
/// ordinal in words or a side, is a league after "en" or "de" with no
/// determiner ("promu en deuxième division", "en première division
/// française", "un club de première division": a formation takes its
/// article, "de la première division") or with a word of sport
/// ([`LEAGUE_CUES`]) in its clause.
pub const LEAGUE_KINDS: &[UnitKind] = &[K::Division];

/// Words of sport that make a [`LEAGUE_KINDS`] type word in their clause a
/// league ("le club a terminé cinquième de la première division"). Folded.
#[rustfmt::skip]
pub const LEAGUE_CUES: &[&str] = &[
    "club", "clubs", "equipe", "equipes", "evolue", "evoluent", "evoluait", "evoluaient",
    "evoluera", "evoluer", "promu", "promue", "promus", "promues", "relegue", "releguee",
    "relegues", "releguees", "relegation", "championnat", "championnats", "ligue", "match",
    "matchs", "joueur", "joueurs", "joueuse", "joueuses", "entraineur", "entraineuse",
    "football", "footballeur", "footballeurs", "rugby", "basket", "basket-ball", "handball",
    "volley", "volley-ball", "hockey", "classement", "saison", "champion", "championne",
    "champions", "championnes",
];

/// Ministries and institutions named after the armed forces: an army type
/// word with no qualifier of its own, as their complement ("de l'armée",
/// "des armées", "aux armées"), is part of the institution's name or of a
/// title, not a formation: "le ministre des Armées", "le ministère des
/// Armées", "le secrétaire d'État aux Armées", "le musée de l'Armée", "le
/// ministre des Forces armées", "l'hôpital d'instruction des armées", "le
/// Service de santé des armées". Folded phrases, ending before the
/// preposition (a side adjective may come between: "le ministre
/// britannique des Forces armées").
#[rustfmt::skip]
pub const MINISTRY_HEADS: &[&[&str]] = &[
    &["ministre"], &["ministres"], &["ministere"], &["ministeres"],
    &["secretaire", "d'", "etat"], &["secretariat", "d'", "etat"], &["musee"],
    &["hopital", "d'", "instruction"], &["hopitaux", "d'", "instruction"],
    &["service", "de", "sante"], &["commissariat"], &["controleur", "general"],
    &["inspecteur", "general"],
];

/// Titles and staffs over all the armed forces: the plural "armées" with no
/// qualifier after them is the institution, not a formation ("le chef des
/// armées", "le chef d'état-major des armées", "l'état-major des armées").
/// In the singular the complement is an army ("le chef de l'armée", "le
/// chef d'état-major de l'armée de Terre") and stays a mention. Folded
/// phrases, ending before the preposition.
#[rustfmt::skip]
pub const TITLE_HEADS: &[&[&str]] = &[
    &["chef"], &["chefs"], &["cheffe"], &["etat-major"], &["etats-majors"],
];

/// Weapons and vehicles known by a model name that is never a unit's or a
/// place's name ("un bataillon de chars Leopard", "une batterie de
/// HIMARS"); model codes of letters and digits ("T-72", "BMP-2", "M1",
/// "Su-25") are told by their shape ([`is_equipment`]). Names shared with
/// formations are left out ("Tornado", "Jaguar": Ukrainian units;
/// "Leclerc": "la division Leclerc"). Folded.
#[rustfmt::skip]
pub const EQUIPMENT: &[&str] = &[
    "leopard", "abrams", "bradley", "himars", "caesar", "challenger", "marder", "stryker",
    "javelin", "patriot", "iskander", "kalibr", "kinjal", "scalp", "atacms", "taurus",
    "harpoon", "tochka", "grad", "ouragan", "smerch", "buk", "pantsir", "shahed", "geran",
    "bayraktar", "gepard", "iris-t", "nasams", "rafale", "mirage", "krab", "zuzana",
    "humvee", "maxxpro", "msta", "gvozdika", "akatsiya", "kornet", "stinger", "crotale",
    "excalibur", "vab", "vbci",
];

/// Whether a word (`surface` as written, `folded` as the stream folds it) is
/// the model of a weapon or vehicle rather than a proper name: one of
/// [`EQUIPMENT`], or a model code, one to five letters, an optional hyphen,
/// then a digit and any letters, digits or hyphens ("T-72", "T-90M",
/// "BMP-2", "M1", "M1A2", "K2", "F-16", "Su-25", "MiG-29", "S-300",
/// "AMX-10RC").
///
/// ```
/// use frnews::lexicon::units::is_equipment;
/// assert!(is_equipment("T-72", "t-72") && is_equipment("Leopard", "leopard"));
/// assert!(!is_equipment("Azov", "azov") && !is_equipment("Dnipro-1", "dnipro-1"));
/// ```
pub fn is_equipment(surface: &str, folded: &str) -> bool {
    let b = surface.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let rest = &b[letters..];
    let rest = rest.strip_prefix(b"-").unwrap_or(rest);
    let code = (1..=5).contains(&letters)
        && rest.first().is_some_and(u8::is_ascii_digit)
        && rest.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-');
    code || EQUIPMENT.contains(&folded)
}

/// Determiners kept in the span ("la", "notre", "cette").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces",
    "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur",
    "mes", "tes", "ses", "nos", "vos", "leurs",
];

/// Possessive determiners: they make a mention generic ("mon unité").
#[rustfmt::skip]
pub const POSSESSIVES: &[&str] = &[
    "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur",
    "mes", "tes", "ses", "nos", "vos", "leurs",
];

/// Contracted preposition + article ("du 1442e régiment"): a noun phrase
/// starts after them; they stay out of the span.
pub const CONTRACTIONS: &[&str] = &["du", "des", "au", "aux"];

/// Quantifiers before a plural unit noun ("plusieurs brigades"); out of the span.
#[rustfmt::skip]
pub const QUANTIFIERS: &[&str] = &[
    "plusieurs", "quelques", "certains", "certaines", "chaque", "differents",
    "differentes", "divers", "diverses", "nombreux", "nombreuses", "maintes",
    "aucun", "aucune", "tous", "toutes",
];

/// Adjectives that come before a unit noun ("de nouvelles brigades").
#[rustfmt::skip]
pub const PRENOMINAL: &[&str] = &[
    "nouvelle", "nouvelles", "nouveau", "nouveaux", "nouvel", "ancienne", "anciennes",
    "ancien", "anciens", "autre", "autres", "meme", "memes", "petite", "petites",
    "petit", "petits", "grande", "grandes", "grand", "grands", "fameuse", "fameuses",
    "fameux", "celebre", "celebres", "redoutable", "redoutables", "puissante",
    "puissantes", "puissant", "puissants", "meilleure", "meilleures", "meilleur",
    "meilleurs", "seule", "seules", "seul", "seuls", "veritable", "veritables",
    "prestigieuse", "prestigieuses", "prestigieux", "entiere", "entieres",
];

/// People nouns: "de 10 soldats" states a size; "un groupe de soldats" is people.
#[rustfmt::skip]
pub const PEOPLE: &[&str] = &[
    "soldat", "soldats", "homme", "hommes", "militaire", "militaires", "combattant",
    "combattants", "volontaire", "volontaires", "mercenaire", "mercenaires", "membre",
    "membres", "conscrit", "conscrits", "mobilise", "mobilises", "recrue", "recrues",
    "prisonnier", "prisonniers", "parachutiste", "parachutistes", "marin", "marins",
    "fantassin", "fantassins", "officier", "officiers", "personnes", "effectifs",
    "legionnaire", "legionnaires", "chasseur", "chasseurs", "cavalier", "cavaliers",
    "commando", "commandos", "gendarme", "gendarmes", "policier", "policiers", "reserviste",
    "reservistes", "sapeur", "sapeurs", "artilleur", "artilleurs", "tankiste", "tankistes",
    "mitrailleur", "mitrailleurs", "tireur", "tireurs", "sous-officier", "sous-officiers",
];

/// Approximators between "de" and a size ("de près de 800 hommes").
#[rustfmt::skip]
pub const APPROX: &[&[&str]] = &[
    &["environ"], &["pres", "de"], &["plus", "de"], &["moins", "de"], &["quelque"],
    &["pas", "moins", "de"], &["au", "moins"],
];

/// Participles introducing a garrison ("basée à Irkoutsk").
#[rustfmt::skip]
pub const LOCATED: &[&str] = &[
    "basee", "base", "basees", "bases", "stationnee", "stationne", "stationnees",
    "stationnes", "cantonnee", "cantonne", "cantonnees", "cantonnes", "implantee",
    "implante", "implantees", "implantes", "casernee", "caserne", "casernees", "casernes",
];

/// Prepositions after a garrison participle.
pub const LOCATED_PREP: &[&str] = &["a", "en", "dans", "pres", "au"];

/// Complements that turn a type word into something else ("unité de
/// mesure", "Légion d'honneur", "compagnie aérienne"), per type word stem.
/// A type word followed by one of these is not a unit.
#[rustfmt::skip]
pub const FALSE_FRIENDS: &[(&str, &[&[&str]])] = &[
    ("unite", &[&["nationale"], &["centrale"], &["monetaire"], &["intensive"], &["de", "mesure"],
                &["du", "pays"], &["de", "soins"], &["de", "production"]]),
    ("unites", &[&["intensives"], &["monetaires"], &["de", "mesure"], &["de", "soins"],
                 &["de", "production"], &["separees"]]),
    ("compagnie", &[&["aerienne"], &["petroliere"], &["ferroviaire"], &["maritime"],
                    &["pharmaceutique"], &["theatrale"], &["d'", "assurance"], &["d'", "assurances"]]),
    ("compagnies", &[&["aeriennes"], &["petrolieres"], &["ferroviaires"], &["maritimes"],
                     &["pharmaceutiques"], &["d'", "assurance"], &["d'", "assurances"]]),
    ("section", &[&["locale"], &["syndicale"], &["sportive"], &["paritaire"]]),
    ("legion", &[&["d'", "honneur"]]),
    ("brigade", &[&["de", "police"], &["de", "la", "police"], &["criminelle"], &["financiere"],
                  &["des", "stupefiants"], &["des", "mineurs"], &["anticriminalite"], &["de", "cuisine"],
                  &["volante"], &["mondaine"], &["fluviale"], &["canine"], &["de", "recherches"],
                  &["de", "repression"], &["des", "stups"]]),
    ("brigades", &[&["de", "police"], &["criminelles"], &["financieres"], &["anticriminalite"],
                   &["volantes"], &["de", "recherches"]]),
    ("batterie", &[&["electrique"], &["de", "cuisine"], &["de", "tests"]]),
    ("division", &[&["du", "travail"], &["cellulaire"], &["d'", "honneur"]]),
    ("divisions", &[&["d'", "honneur"]]),
    ("armee", &[&["de", "reserve"]]),
];

/// Words before a type word that make it a rank or a fixed phrase, not a
/// unit ("chef de bataillon", "en compagnie de").
pub const BLOCKING_PREVIOUS: &[&str] = &["de", "d'", "en", "par"];

/// Words that mark a military context (for the [`TypeClass::Context`] types).
#[rustfmt::skip]
pub const MILITARY_CUES: &[&str] = &[
    "soldat", "soldats", "militaire", "militaires", "armee", "armees", "combattant",
    "combattants", "combat", "combats", "combattre", "combattent", "front", "guerre",
    "troupes", "offensive", "contre-offensive", "assaut", "assauts", "capitaine",
    "commandant", "colonel", "general", "lieutenant", "sergent", "officier", "officiers",
    "mobilise", "mobilises", "mobilisation", "deserteur", "deserteurs", "desertent",
    "munitions", "obus", "tranchee", "tranchees", "mercenaires", "chars", "char", "frappes",
    "missiles", "bataillon", "bataillons", "regiment", "regiments", "brigade", "brigades",
    "fusiles", "fusille", "deploye", "deployee", "deployes", "ennemi", "ennemis", "blesses",
    "pertes", "positions", "artillerie", "infanterie", "kamikazes", "drones",
    "tues", "ordres", "retraite", "encerclee", "encercle", "reconnaissance", "tireurs",
];

/// People who are no soldiers: after "de", they make even a strong type
/// word a crowd ("un bataillon de journalistes", "un régiment de
/// supporters", "une brigade de bénévoles"). Folded, plural.
#[rustfmt::skip]
pub const CIVILIAN_GROUPS: &[&str] = &[
    "journalistes", "supporters", "supporteurs", "fans", "touristes", "manifestants",
    "benevoles", "avocats", "experts", "conseillers", "lobbyistes", "militants", "elus",
    "deputes", "fonctionnaires", "enfants", "eleves", "etudiants", "retraites", "salaries",
    "ouvriers", "infirmieres", "infirmiers", "medecins", "photographes", "cameramen",
    "admirateurs", "curieux", "badauds", "fideles", "pelerins", "visiteurs", "clients",
    "vendeurs", "commerciaux", "juristes", "comptables", "techniciens", "ingenieurs",
];

/// Token window (before, after) in which a military cue makes a
/// [`TypeClass::Context`] type word a unit.
pub const CONTEXT_WINDOW: (usize, usize) = (80, 40);

/// Longest unit phrase, in tokens, read after a type word (bounded look-ahead).
pub const MAX_PHRASE: usize = 24;

/// Whether `w` (folded) is in `list`.
pub fn contains(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// A word list with a filter in front: the lengths and the first bytes
/// (`& 31`) of its words, one bit each, so that most words are ruled out
/// without comparing them with every entry (the phrase reader asks these
/// lists of the words around every candidate phrase).
#[derive(Clone, Copy, Debug)]
pub struct WordList {
    words: &'static [&'static str],
    /// Bit `min(len, 63)` for each word.
    lens: u64,
    /// Bit `first byte & 31` for each word (0 for the empty word).
    firsts: u32,
}

impl WordList {
    /// The list and its filter, built at compile time.
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let mut lens = 0u64;
        let mut firsts = 0u32;
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            lens |= 1 << Self::len_bit(w);
            firsts |= 1 << Self::first_bit(w);
            i += 1;
        }
        WordList {
            words,
            lens,
            firsts,
        }
    }

    const fn len_bit(w: &[u8]) -> u32 {
        if w.len() < 63 { w.len() as u32 } else { 63 }
    }

    const fn first_bit(w: &[u8]) -> u32 {
        if w.is_empty() { 0 } else { (w[0] & 31) as u32 }
    }

    /// Whether `w` (folded) is in the list: as [`contains`].
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        self.lens >> Self::len_bit(b) & 1 == 1
            && self.firsts >> Self::first_bit(b) & 1 == 1
            && self.words.contains(&w)
    }
}

/// [`DETERMINERS`] behind its filter.
pub const DETERMINER_LIST: WordList = WordList::new(DETERMINERS);
/// [`CONTRACTIONS`] behind its filter.
pub const CONTRACTION_LIST: WordList = WordList::new(CONTRACTIONS);
/// [`QUANTIFIERS`] behind its filter.
pub const QUANTIFIER_LIST: WordList = WordList::new(QUANTIFIERS);
/// [`PRENOMINAL`] behind its filter.
pub const PRENOMINAL_LIST: WordList = WordList::new(PRENOMINAL);
/// [`PEOPLE`] behind its filter.
pub const PEOPLE_LIST: WordList = WordList::new(PEOPLE);
/// [`LOCATED`] behind its filter.
pub const LOCATED_LIST: WordList = WordList::new(LOCATED);
/// [`LOCATED_PREP`] behind its filter.
pub const LOCATED_PREP_LIST: WordList = WordList::new(LOCATED_PREP);

#[cfg(test)]
mod word_list_tests {
    use super::*;

    /// The sides of specialties and services name canonical specialties
    /// (a misspelt one would never match) and sides of [`SIDES`].
    #[test]
    fn implied_sides_name_known_specialties_and_sides() {
        let canonical = |sp: &str| {
            SPECIALTIES.iter().any(|(_, c)| *c == sp)
                || TYPE_ABBREVIATIONS.iter().any(|(_, _, c, _)| *c == sp)
        };
        let side = |sd: &str| SIDES.iter().any(|(_, s)| *s == sd);
        for (sp, sd) in SPECIALTY_SIDES {
            assert!(canonical(sp) && side(sd), "{sp} {sd}");
        }
        for (_, sp, sd) in PROPER_SERVICES {
            assert!(canonical(sp) && side(sd), "{sp} {sd}");
        }
        for (w, _, sp, sd) in TYPE_ABBREVIATIONS {
            assert!(canonical(sp) && sd.is_none_or(side), "{w}");
        }
    }

    /// Every type word has a gender, and every side named by adjectives
    /// has feminine forms that [`agrees_with_feminine`] accepts in both
    /// numbers ("l'armée russe", "les forces russes"): the agreement test
    /// never takes a real army's side from it.
    #[test]
    fn type_words_have_a_gender_and_sides_agree_with_feminine_words() {
        for (words, _, _) in TYPES {
            assert!(type_gender(words[0]).is_some(), "{}", words[0]);
        }
        for (w, g) in TYPE_GENDERS {
            assert!(TYPES.iter().any(|t| t.0[0] == *w), "{w} is no type word");
            assert_eq!(type_gender(w), Some(*g));
        }
        let mut sides: Vec<&str> = SIDES.iter().map(|(_, s)| *s).collect();
        sides.dedup();
        for side in sides {
            let adjectives: Vec<&str> = SIDES
                .iter()
                .filter(|(p, s)| *s == side && p.len() == 1)
                .map(|(p, _)| p[0])
                .collect();
            if adjectives.is_empty() {
                continue;
            }
            for plural in [false, true] {
                assert!(
                    adjectives.iter().any(|a| agrees_with_feminine(a, plural)),
                    "{side} plural {plural}"
                );
            }
        }
        // Masculine forms do not agree; number counts.
        for (adjective, plural) in [
            ("ukrainien", false),
            ("ukrainiens", true),
            ("francais", false),
            ("francais", true),
            ("americain", false),
            ("turcs", true),
            ("britannique", true),
            ("russes", false),
        ] {
            assert!(!agrees_with_feminine(adjective, plural), "{adjective}");
        }
        assert_eq!(determiner_gender("la"), Some(Gender::Feminine));
        assert_eq!(determiner_gender("du"), Some(Gender::Masculine));
        assert_eq!(determiner_gender("l'"), None);
        assert_eq!(determiner_gender("son"), None);
    }

    /// The filtered look-up against the plain one, for the list words, their
    /// neighbours (a byte more or less, another first letter) and others.
    #[test]
    fn word_lists_agree_with_contains() {
        let lists = [
            (DETERMINER_LIST, DETERMINERS),
            (CONTRACTION_LIST, CONTRACTIONS),
            (QUANTIFIER_LIST, QUANTIFIERS),
            (PRENOMINAL_LIST, PRENOMINAL),
            (PEOPLE_LIST, PEOPLE),
            (LOCATED_LIST, LOCATED),
            (LOCATED_PREP_LIST, LOCATED_PREP),
        ];
        let mut probes: Vec<String> = [
            "",
            "a",
            "de",
            "d'",
            "soldat",
            "été",
            "x".repeat(70).as_str(),
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for (_, words) in lists {
            for w in words {
                probes.push(w.to_string());
                probes.push(format!("{w}s"));
                probes.push(w[..w.len() - 1].to_string());
                probes.push(format!("z{}", &w[1..]));
                probes.push(w.to_uppercase());
            }
        }
        for (list, words) in lists {
            for p in &probes {
                assert_eq!(list.contains(p), contains(words, p), "{p}");
            }
            assert!(words.iter().all(|w| list.contains(w)));
        }
    }
}
