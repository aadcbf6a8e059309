//! Military-unit recognition: numbered, named and generic formations with
//! their type, number, name, specialty, side, location and size.
//!
//! ## What is a mention
//!
//! A unit mention is a noun phrase headed by a unit-type word of
//! [`crate::lexicon::units::TYPES`] ("régiment", "brigade", "unité",
//! "forces", "société militaire privée"…) or by a spelling of the
//! [`Gazetteer`] ("Wagner", "Liberté pour la Russie", "l'Akhmat"). It is
//! read with bounded look-ahead:
//!
//! `[det] [« ] [ordinal] type [specialty | modifier | side]* [size] [location] [name | , « gazetteer name »] [» ] [side]`
//!
//! - **Span**: the determiner (article, demonstrative, possessive) is in the
//!   span ("la 1re compagnie", "mon unité", "l'armée russe"); contracted
//!   "du/des/au/aux" and quantifiers ("deux", "plusieurs") are not
//!   ("membres du 1442e régiment" → "1442e régiment").
//! - **Evidence**: unambiguous nouns ("bataillon", "brigade", "escouade")
//!   are always units; "division", "section", "compagnie", "unité",
//!   "milice", "armée" need a qualifier (side, specialty, location, size,
//!   number in digits, name) or military words nearby; "forces", "corps",
//!   "flotte" need a qualifier; "groupe" and "batterie" need a specialty, a
//!   name or a number ("un groupe de soldats" is people, "un groupe
//!   d'assaut" a unit). A noun phrase needs a determiner, a contraction, a
//!   quantifier, an ordinal or a name before it (so "chef de bataillon", a
//!   rank, and "en compagnie de" are not units).
//! - **False friends**: "unité de mesure", "l'unité nationale", "Légion
//!   d'honneur", "compagnie aérienne", and any non-military-sounding type
//!   word followed by "de" + a common noun ("une armée de bénévoles", "la
//!   flotte de camions", "la division du travail").
//! - **National armies**: "l'armée russe", "les forces ukrainiennes",
//!   "l'armée de Kiev" are reported as kind `army`, mention `generic`, with
//!   their side. "Les troupes russes" and "les soldats ukrainiens" are
//!   people, not formations, and are not reported. The armies of other
//!   countries in the news have their side too ("l'armée française" →
//!   `france`, "les forces israéliennes" → `israel`, "Tsahal"); such a side
//!   qualifies an army or a navy only, where Russia's, Ukraine's and
//!   Belarus's qualify any type word ("la compagnie russe", but not "la
//!   compagnie française Total" nor "la première division française").
//! - **Sides the words imply**: with no side written, a French Army
//!   abbreviation ("le 2e REP", "la 13e DBLE"), a French-only specialty
//!   ("régiment étranger de parachutistes", "de spahis") and a service's
//!   proper name written with a capital ("l'armée de Terre", "l'armée de
//!   l'Air et de l'Espace") have side `france` (lexicon:
//!   `TYPE_ABBREVIATIONS`, `SPECIALTY_SIDES`, `PROPER_SERVICES`). Such a
//!   side is an attribute, never evidence of a formation; a side written
//!   wins ("l'armée de l'air ukrainienne").
//! - **Navies** are kind `fleet`: "marine" or "flotte" with a side ("la
//!   marine russe", "la flotte française", "la marine de guerre
//!   ukrainienne"), and by name ("la Marine nationale" → `france`, "la
//!   Royal Navy"). "La marine" alone, "l'infanterie de marine", "bleu
//!   marine", "la marine marchande" and "Marine Le Pen" are not navies.
//! - **Companies**: an ambiguous type word qualified by a location or a
//!   name alone, among words of business, is a company's division ("la
//!   division Europe de Renault a publié ses chiffres"); military words
//!   further off do not change that when the phrase's own clause has words
//!   of business and none military.
//! - **Leagues**: "division" qualified by no more than an ordinal in words
//!   (or a side), after "en" or "de" with no article or with words of sport
//!   in its clause, is a league ("le club évolue en première division", "un
//!   attaquant de deuxième division"; "la division d'honneur").
//! - **Ministries and titles**: an unqualified army as the complement of a
//!   ministry ("le ministre des Armées", "le ministère des Armées", "le
//!   musée de l'Armée") or, in the plural, of a title ("le chef
//!   d'état-major des armées") is no formation.
//! - **Agreement**: an adjective qualifies the noun it agrees with. A side
//!   adjective right after a feminine type word that it cannot agree with
//!   (a masculine form, or another number: "le ministère des Armées
//!   ukrainien", "la ministre des Armées britannique") is a noun's before
//!   it, and the phrase ends there; the army is then unqualified, so no
//!   formation after a ministry. Lexicon: `TYPE_GENDERS`,
//!   `agrees_with_feminine`.
//! - **Coordinated ordinals** share the type word after the last one: "les
//!   2e et 3e REP", "les 1er, 2e et 3e bataillons", "la 1re et la 2e
//!   compagnie", "les premier et deuxième régiments" are one mention per
//!   ordinal, each with the type, specialty and side of the last phrase.
//!   Under a singular or invariable type word the list opens with a
//!   determiner or a contraction ("arrivé 3e et 12e brigade" is a rank,
//!   then a unit), and a gendered article agrees with the type word ("le
//!   2e et la 3e brigade": one brigade). A determiner written once before
//!   the list is the list's, in no mention ("1er", "2e bataillons"); one
//!   written before each ordinal is each one's ("La 1re", "la 2e
//!   compagnie").
//! - **Kind of a named unit**: the written type word wins ("le régiment
//!   Azov" → regiment), except the generic words "groupe", "unité",
//!   "milice" ("le groupe Wagner" → pmc); a bare name takes the gazetteer's
//!   kind. The side of a named unit is the gazetteer's ("Corps des
//!   volontaires russes" and "Légion Liberté de la Russie" fight for
//!   Ukraine). A mention has one side: a binational formation ("la brigade
//!   franco-allemande", "l'Eurocorps") has none; its id names it.
//! - **Weapons are no names**: a model code ("T-72", "BMP-2", "M1") or a
//!   model name ([`crate::lexicon::units::EQUIPMENT`]: "Leopard",
//!   "HIMARS", "Caesar") is neither a unit's name nor a place, and ends
//!   the phrase ("un bataillon de chars T-72" → "un bataillon de chars",
//!   specialty "chars").
//! - **Mention type**: `named` (gazetteer or proper name), else `numbered`,
//!   else `descriptive` (location or size stated), else `generic`.
//!
//! ## Extending the gazetteer
//!
//! The built-in formations live in `src/lexicon/units_gazetteer.json`
//! ([`BUILTIN_JSON`]), parsed once. To add or override formations at run
//! time, build your own [`Gazetteer`] from JSON entries ([`GazetteerEntry`]:
//! `id`, `name`, `kind`, `side`, `number`, `aliases` — found anywhere —,
//! `names` — ordinary words found only after a type word or in quotes —,
//! `exclude_prev`, `exclude_next`) and call [`extract_with`] or
//! [`military_units_with`]. Malformed data is an [`Error`](crate::Error)
//! ([`is_data`](crate::Error::is_data)), never a panic.
//!
//! ```
//! use frnews::units::{Gazetteer, military_units_with};
//! let gz = Gazetteer::builder()
//!     .add_json(r#"[{"id": "skala", "name": "Skala", "kind": "battalion",
//!                    "side": "ukraine", "names": ["Skala"]}]"#)?
//!     .build()?;
//! let units = military_units_with("Le bataillon Skala a tenu la ligne.", &gz);
//! assert_eq!(units[0].id.as_deref(), Some("skala"));
//! # Ok::<(), frnews::Error>(())
//! ```

use crate::tokenize::TokenStream;
use serde::{Deserialize, Serialize};

pub(crate) use crate::prefixes::{Prefixes, first3};
mod gazetteer;
mod matcher;

pub use gazetteer::{BUILTIN_JSON, Gazetteer, GazetteerBuilder, GazetteerEntry};
use matcher::{Cues, Matcher};

/// The type of formation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// armée
    Army,
    /// corps d'armée
    Corps,
    /// division
    Division,
    /// brigade
    Brigade,
    /// demi-brigade: regiment-sized, between a brigade and a regiment ("la
    /// 13e demi-brigade de Légion étrangère", "la 13e DBLE")
    HalfBrigade,
    /// régiment
    Regiment,
    /// bataillon
    Battalion,
    /// groupement tactique (BTG)
    BattalionTacticalGroup,
    /// compagnie
    Company,
    /// batterie
    Battery,
    /// escadron, escadrille
    Squadron,
    /// section, peloton
    Platoon,
    /// escouade
    Squad,
    /// groupe (de combat, d'assaut)
    Group,
    /// détachement
    Detachment,
    /// légion
    Legion,
    /// milice
    Militia,
    /// société militaire privée
    Pmc,
    /// forces spéciales
    SpecialForces,
    /// garde nationale
    NationalGuard,
    /// flotte, flottille, and a navy ("la marine russe", "la Marine
    /// nationale")
    Fleet,
    /// unité
    Unit,
}

/// How specifically a unit is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionType {
    /// By name ("le groupe Wagner").
    Named,
    /// By number ("le 1442e régiment").
    Numbered,
    /// Specific but unnamed ("une division basée à Irkoutsk").
    Descriptive,
    /// Generic ("mon unité").
    Generic,
}

/// A military unit found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitMention {
    /// Byte offset.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The type of formation.
    pub kind: UnitKind,
    /// Its number ("1442e" → 1442).
    pub number: Option<u64>,
    /// Its name ("Wagner").
    pub name: Option<String>,
    /// Gazetteer id.
    pub id: Option<String>,
    /// Specialty ("fusiliers motorisés").
    pub specialty: Option<String>,
    /// Side, a country in English snake case: "russia", "ukraine",
    /// "belarus", and the armies of other countries in the news ("france",
    /// "united_states", "israel", "sudan"…; [`crate::lexicon::units::SIDES`]).
    pub side: Option<String>,
    /// Location ("Irkoutsk").
    pub location: Option<String>,
    /// Stated size ("de 10 soldats" → 10).
    pub size: Option<u64>,
    /// How many formations a plural mention counts: "trois brigades
    /// ukrainiennes" → 3 (the span, as for other quantifiers, is "brigades
    /// ukrainiennes").
    #[serde(default)]
    pub count: Option<u64>,
    /// How it is mentioned.
    pub mention: MentionType,
    /// Whether the mention lies in the article body.
    pub in_body: bool,
}

/// Extracts military units from a token stream, with the built-in gazetteer.
///
/// ```
/// use frnews::units::{extract, MentionType, UnitKind};
/// let text = "Les membres du 1442e régiment de fusiliers motorisés ont fui.";
/// let u = &extract(&frnews::TokenStream::new(text))[0];
/// assert_eq!(u.text, "1442e régiment de fusiliers motorisés");
/// assert_eq!((u.kind, u.number, u.mention), (UnitKind::Regiment, Some(1442), MentionType::Numbered));
/// assert_eq!(u.specialty.as_deref(), Some("fusiliers motorisés"));
/// ```
pub fn extract(stream: &TokenStream<'_>) -> Vec<UnitMention> {
    extract_with(stream, Gazetteer::builtin())
}

/// Finds every military unit in `text`.
///
/// A text with decomposed accents (NFD, as copied from macOS or a PDF) is
/// read composed, its spans in the caller's text (see
/// [`normalize`](crate::normalize())); [`extract`] over a caller's stream reads
/// the text as it is.
///
/// ```
/// let units = frnews::military_units("Ils combattent le groupe Wagner, cette milice privée.");
/// assert_eq!(units.len(), 2);
/// assert_eq!(units[0].id.as_deref(), Some("wagner"));
/// assert_eq!(units[1].text, "cette milice privée");
/// ```
pub fn military_units(text: &str) -> Vec<UnitMention> {
    crate::normalize::composed(text, |t| extract(&TokenStream::new(t)))
}

impl crate::normalize::MapBack for UnitMention {
    fn map_back(&mut self, original: &str, norm: &crate::Normalized) {
        self.text = norm.back(original, &mut self.start, &mut self.end);
    }
}

/// Like [`military_units`], with your own [`Gazetteer`].
pub fn military_units_with(text: &str, gazetteer: &Gazetteer) -> Vec<UnitMention> {
    crate::normalize::composed(text, |t| extract_with(&TokenStream::new(t), gazetteer))
}

/// Like [`extract`], with your own [`Gazetteer`].
///
/// A unit phrase never runs across a line break (see [`crate::sentences`]:
/// every line break ends a sentence):
///
/// ```
/// let u = frnews::military_units("Le 25e régiment\nde parachutistes a fui.");
/// assert_eq!(u[0].text, "Le 25e régiment");
/// ```
pub fn extract_with(stream: &TokenStream<'_>, gazetteer: &Gazetteer) -> Vec<UnitMention> {
    crate::lines::within_lines(stream, extract_any_lines(stream, gazetteer), |sub| {
        extract_any_lines(sub, gazetteer)
    })
}

/// [`extract_with`] before the line rule: phrases may cross line breaks.
fn extract_any_lines(stream: &TokenStream<'_>, gazetteer: &Gazetteer) -> Vec<UnitMention> {
    // One pass over the folded tokens serves the lexicon look-ups and the
    // gazetteer's gate.
    let mut starts = Vec::new();
    let cues = Cues::scan(
        stream,
        gazetteer.surface_gate(),
        gazetteer.scan_gate(),
        |i, kind, folded| {
            if gazetteer.may_start(kind, folded) {
                starts.push(i);
            }
        },
    );
    let hits = gazetteer.find_at(stream, &starts);
    let m = Matcher {
        s: stream,
        gz: gazetteer,
        hit_at: {
            // Zeroed, so allocated zeroed (no fill pass over every token).
            let mut v = vec![0u32; stream.len()];
            for (k, h) in hits.iter().enumerate() {
                if let (Some(slot), Ok(k1)) = (v.get_mut(h.first), u32::try_from(k + 1)) {
                    *slot = k1;
                }
            }
            v
        },
        hits,
        cues,
    };
    // `parse_at` can succeed only where a gazetteer hit starts (one that
    // `hit_at` records) or a type head may ([`Cues::heads`]): the loop visits
    // those tokens alone, in order, skipping the ones a phrase has used.
    let hit_firsts = m
        .hits
        .iter()
        .enumerate()
        .filter(|&(k, _)| u32::try_from(k + 1).is_ok())
        .map(|(_, h)| h.first);
    let mut candidates = merge_ascending(m.cues.heads().iter().copied(), hit_firsts);
    let mut out = Vec::new();
    let mut free = 0;
    let mut i = 0;
    while let Some(c) = candidates.find(|&c| c >= i) {
        i = c;
        match m.parse_at(i, free) {
            Some(np) => {
                if let Some(u) = m.mention(&np) {
                    // "les 10e et 12e brigades": the listed ordinals first.
                    for listed in m.listed_before(&np, free) {
                        out.extend(m.listed_mention(&np, u.kind, listed));
                    }
                    out.push(u);
                }
                free = np.end + 1;
                i = free;
            }
            None => i += 1,
        }
    }
    out
}

/// The union of two ascending sequences, ascending (a value in both comes
/// twice, which the caller's `c >= i` skip absorbs).
fn merge_ascending(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(&x), Some(&y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// A filter in front of a hash set of words: one bit per (first byte,
/// second byte, length) triple, mixed into 2^16 slots. A word whose slot is
/// unset is not one of the inserted words (equal words have equal slots);
/// a set slot may be a collision, so the set is still asked. Most tokens
/// fail it, so most tokens are never hashed.
#[derive(Clone)]
pub(crate) struct PairGate {
    bits: Vec<u64>,
}

impl std::fmt::Debug for PairGate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PairGate")
    }
}

impl Default for PairGate {
    fn default() -> Self {
        PairGate {
            bits: vec![0; (1 << 16) / 64],
        }
    }
}

impl PairGate {
    #[inline]
    fn slot(b: &[u8]) -> usize {
        let at = |k: usize| b.get(k).map_or(0, |&c| u32::from(c) + 1);
        let len = u32::try_from(b.len().min(255)).unwrap_or(255);
        let h = (at(0) << 18 | at(1) << 9 | len).wrapping_mul(0x9E37_79B1);
        (h >> 16) as usize
    }

    pub(crate) fn insert(&mut self, w: &[u8]) {
        let k = Self::slot(w);
        self.bits[k >> 6] |= 1 << (k & 63);
    }

    /// False only when `w` is not one of the inserted words.
    #[inline]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        let k = Self::slot(w);
        self.bits[k >> 6] & (1 << (k & 63)) != 0
    }
}

#[cfg(test)]
mod tests {
    //! Sentences of our own for the rules of this module's docs; the wider
    //! suites are `tests/units*.rs`.
    use super::*;

    /// The mentions of `text`, each checked against its span.
    fn units(text: &str) -> Vec<UnitMention> {
        let v = military_units(text);
        for u in &v {
            assert_eq!(text.get(u.start..u.end), Some(u.text.as_str()), "{text}");
        }
        v
    }

    fn one(text: &str) -> UnitMention {
        let v = units(text);
        assert_eq!(v.len(), 1, "{text}: {v:#?}");
        v.into_iter().next().unwrap()
    }

    fn texts(text: &str) -> Vec<String> {
        units(text).into_iter().map(|u| u.text).collect()
    }

    /// A military sentence before `text`, so that the context rules see
    /// soldiers near it.
    const WAR: &str =
        "Les soldats russes ont lancé une offensive avec des chars et de l'artillerie. ";

    #[test]
    fn ministries_and_titles_named_after_the_armies_are_no_formations() {
        let article = "La France va livrer 12 canons Caesar à l'Ukraine, a annoncé le ministre des \
                       Armées. Le ministère des Armées a confirmé l'information.";
        assert_eq!(texts(article), Vec::<String>::new());
        for text in [
            "Le chef d'état-major des armées a visité le front.",
            "Le secrétaire d'État aux Armées a rencontré les soldats.",
            "Le ministre britannique des Forces armées a rencontré les soldats.",
            "Les combattants ont visité le musée de l'Armée.",
            "Le chef des armées a passé les troupes en revue.",
            "Les blessés ont été soignés à l'hôpital d'instruction des armées Percy.",
            "Le Service de santé des armées a envoyé des médecins.",
            // A side adjective that agrees with the ministry, not with the
            // armies, is the ministry's.
            "Le ministère des Armées ukrainien a annoncé une offensive.",
            "La ministre des Armées britannique a visité les soldats.",
            "Le ministre des Armées français a visité les soldats.",
            "Le ministère de l'Armée ukrainien a publié un bilan.",
            "Le chef des armées américain a visité le front.",
            "Le ministère russe de la Défense a annoncé une offensive.",
            "Le ministère ukrainien des Armées a annoncé une offensive.",
            "Le ministère français des Armées a annoncé une offensive.",
        ] {
            assert_eq!(
                texts(&format!("{WAR}{text}")),
                Vec::<String>::new(),
                "{text}"
            );
        }
        // An army of its own: qualified, in the singular after a title, or
        // not the complement of a title.
        for (text, span) in [
            ("Le chef de l'armée russe a été limogé.", "l'armée russe"),
            (
                "Le chef de l'armée a été limogé par les soldats.",
                "l'armée",
            ),
            (
                "Le chef d'état-major de l'armée de Terre a parlé.",
                "l'armée de Terre",
            ),
            ("Le ministre a félicité les armées.", "les armées"),
            // A side that agrees with the army is its own.
            (
                "L'armée ukrainienne a annoncé une offensive.",
                "L'armée ukrainienne",
            ),
            (
                "Les forces armées ukrainiennes ont annoncé une offensive.",
                "Les forces armées ukrainiennes",
            ),
            (
                "Les Forces armées de l'Ukraine ont annoncé une offensive.",
                "Les Forces armées de l'Ukraine",
            ),
            (
                "Le ministre a félicité les armées britanniques.",
                "les armées britanniques",
            ),
            // An adjective that cannot agree with the army is a noun's
            // before it: the army is unqualified.
            ("Les soldats de l'armée ukrainiens ont reculé.", "l'armée"),
        ] {
            assert_eq!(texts(&format!("{WAR}{text}")), [span], "{text}");
        }
    }

    #[test]
    fn business_and_sport_in_their_own_clause_outweigh_a_war_nearby() {
        for text in [
            "La division Europe de Renault a publié ses résultats.",
            "La division russe de Renault a été cédée à un investisseur.",
            "Le club évolue en première division depuis 2019.",
            "L'équipe a été promue en deuxième division.",
            "Le club a terminé cinquième de la première division.",
            "Un attaquant de deuxième division a signé à Lyon.",
            "Lyon a été sacré champion de la première division.",
            "Ils jouent en division d'honneur depuis 2010.",
            "Le club évolue en Nationale 2 depuis sa relégation.",
        ] {
            assert_eq!(
                texts(&format!("{WAR}{text}")),
                Vec::<String>::new(),
                "{text}"
            );
        }
        // In a clause of its own with a military word, or qualified by more
        // than a name, a division is a formation.
        for (text, span) in [
            (
                "La division Europe a perdu des soldats près de Kherson.",
                "La division Europe",
            ),
            (
                "La première division russe a attaqué.",
                "La première division russe",
            ),
            ("La 1re division a été promue au front.", "La 1re division"),
            (
                "La division blindée a publié un bilan de ses pertes.",
                "La division blindée",
            ),
        ] {
            assert_eq!(texts(&format!("{WAR}{text}")), [span], "{text}");
        }
    }

    #[test]
    fn half_brigades_of_the_foreign_legion() {
        let u = one("Les légionnaires de la 13e demi-brigade de Légion étrangère sont partis.");
        assert_eq!(u.text, "la 13e demi-brigade de Légion étrangère");
        assert_eq!(
            (u.kind, u.number, u.specialty.as_deref()),
            (UnitKind::HalfBrigade, Some(13), Some("Légion étrangère"))
        );
        let u = one("La 13e DBLE a quitté Abou Dhabi en 2016.");
        assert_eq!(u.text, "La 13e DBLE");
        assert_eq!(
            (u.kind, u.number, u.specialty.as_deref()),
            (UnitKind::HalfBrigade, Some(13), Some("Légion étrangère"))
        );
        let u = one("Une demi-brigade de la Légion étrangère a débarqué.");
        assert_eq!(u.text, "Une demi-brigade de la Légion étrangère");
        // Regiment-sized: between a brigade and a regiment.
        use crate::lexicon::units::rank;
        assert!(rank(UnitKind::Brigade) < rank(UnitKind::HalfBrigade));
        assert!(rank(UnitKind::HalfBrigade) < rank(UnitKind::Regiment));
        assert_eq!(
            serde_json::to_value(UnitKind::HalfBrigade).unwrap(),
            "half_brigade"
        );
        // Without its ordinal or in lowercase, the letters are no unit.
        assert_eq!(texts("La DBLE et la dble."), Vec::<String>::new());
    }

    #[test]
    fn specialties_of_the_classic_arms_end_the_span_at_the_right_word() {
        for (text, span, specialty, side) in [
            (
                "Le 1er régiment de spahis est arrivé à Valence.",
                "Le 1er régiment de spahis",
                "spahis",
                Some("france"),
            ),
            (
                "Le 3e régiment de hussards a défilé.",
                "Le 3e régiment de hussards",
                "hussards",
                None,
            ),
            (
                "La 6e brigade légère blindée est engagée.",
                "La 6e brigade légère blindée",
                "légère blindée",
                None,
            ),
            (
                "Le 155e régiment de fusiliers marins russes a attaqué.",
                "Le 155e régiment de fusiliers marins russes",
                "fusiliers marins",
                Some("russia"),
            ),
            (
                "Le 35e régiment d'artillerie parachutiste a tiré.",
                "Le 35e régiment d'artillerie parachutiste",
                "artillerie parachutiste",
                None,
            ),
            (
                "Le 2e régiment de dragons a défilé.",
                "Le 2e régiment de dragons",
                "dragons",
                None,
            ),
            (
                "Le 1er régiment de cuirassiers a défilé.",
                "Le 1er régiment de cuirassiers",
                "cuirassiers",
                None,
            ),
            (
                "Le 2e régiment du matériel a défilé.",
                "Le 2e régiment du matériel",
                "matériel",
                None,
            ),
            (
                "Le 1er régiment de commandement et de soutien a défilé.",
                "Le 1er régiment de commandement et de soutien",
                "commandement et soutien",
                None,
            ),
            (
                "Le régiment de marche du Tchad a défilé.",
                "Le régiment de marche du Tchad",
                "marche du Tchad",
                Some("france"),
            ),
            (
                "Le 11e régiment d'artillerie de marine a tiré.",
                "Le 11e régiment d'artillerie de marine",
                "artillerie de marine",
                None,
            ),
            (
                "Le 501e régiment de chars de combat a défilé.",
                "Le 501e régiment de chars de combat",
                "chars de combat",
                None,
            ),
            (
                "La brigade de sapeurs-pompiers de Paris est intervenue.",
                "La brigade de sapeurs-pompiers de Paris",
                "sapeurs-pompiers",
                Some("france"),
            ),
        ] {
            let u = one(text);
            assert_eq!(
                (u.text.as_str(), u.specialty.as_deref(), u.side.as_deref()),
                (span, Some(specialty), side),
                "{text}"
            );
        }
    }

    #[test]
    fn navies_with_a_side_or_by_name() {
        for (text, span, side, id) in [
            (
                "La Marine nationale a déployé une frégate en mer Rouge.",
                "La Marine nationale",
                "france",
                Some("fr_navy"),
            ),
            (
                "La marine russe a perdu le croiseur Moskva.",
                "La marine russe",
                "russia",
                None,
            ),
            (
                "La marine ukrainienne a revendiqué la frappe.",
                "La marine ukrainienne",
                "ukraine",
                None,
            ),
            (
                "La marine américaine a intercepté des missiles.",
                "La marine américaine",
                "united_states",
                None,
            ),
            (
                "La flotte française a appareillé de Toulon.",
                "La flotte française",
                "france",
                None,
            ),
            (
                "La marine de guerre russe a tiré des missiles.",
                "La marine de guerre russe",
                "russia",
                None,
            ),
            (
                "Un destroyer de la Royal Navy a escorté le convoi.",
                "la Royal Navy",
                "united_kingdom",
                Some("royal_navy"),
            ),
        ] {
            let u = one(text);
            assert_eq!(
                (u.text.as_str(), u.kind, u.side.as_deref(), u.id.as_deref()),
                (span, UnitKind::Fleet, Some(side), id),
                "{text}"
            );
        }
        // Not a navy: the marines, a colour, trade, a first name, "la
        // marine" alone, another country's "Marine nationale".
        for text in [
            "Les soldats de l'infanterie de marine russe ont attaqué.",
            "Il porte un pull bleu marine.",
            "La marine marchande russe manque de marins.",
            "Marine Le Pen a critiqué le gouvernement.",
            "La Marine a voté contre la motion de Marine Le Pen.",
            "La marine a été visée par des missiles.",
            "La Marine nationale algérienne a reçu un sous-marin.",
            "La flotte française d'Air France compte 200 avions.",
            "La flotte américaine de Tesla grandit.",
            "La flotte française de camions a été renouvelée.",
        ] {
            assert_eq!(
                texts(&format!("{WAR}{text}")),
                Vec::<String>::new(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_weapon_model_is_no_name_nor_place() {
        for (text, span) in [
            (
                "Un bataillon de chars T-72 a été détruit.",
                "Un bataillon de chars",
            ),
            (
                "Un bataillon de chars T-90M a reculé.",
                "Un bataillon de chars",
            ),
            (
                "Le régiment de chars Leopard 2 a attaqué.",
                "Le régiment de chars",
            ),
            ("La brigade BMP-2 a été engagée.", "La brigade"),
            ("La brigade Abrams a reculé.", "La brigade"),
            ("Un bataillon de HIMARS a tiré.", "Un bataillon"),
            ("Le régiment Caesar a tiré.", "Le régiment"),
        ] {
            let u = one(text);
            assert_eq!(
                (u.text.as_str(), u.name.as_deref(), u.location.as_deref()),
                (span, None, None),
                "{text}"
            );
        }
        let u = one("Un bataillon de chars T-72 a été détruit.");
        assert_eq!(
            (u.specialty.as_deref(), u.mention),
            (Some("chars"), MentionType::Generic)
        );
        // Names and places are still read.
        assert_eq!(
            one("La brigade Tempête a été formée.").name.as_deref(),
            Some("Tempête")
        );
        assert_eq!(
            one("Le régiment de Pskov a été formé.").location.as_deref(),
            Some("Pskov")
        );
    }

    #[test]
    fn russian_volunteers_fighting_for_ukraine_and_binational_formations() {
        for (text, span) in [
            (
                "La Légion Liberté de la Russie a revendiqué une incursion.",
                "La Légion Liberté de la Russie",
            ),
            (
                "La Légion « Liberté de la Russie » a revendiqué une incursion.",
                "La Légion « Liberté de la Russie »",
            ),
            (
                "Les combattants de « Liberté de la Russie » avancent.",
                "« Liberté de la Russie »",
            ),
        ] {
            let u = one(text);
            assert_eq!(
                (u.text.as_str(), u.id.as_deref(), u.side.as_deref()),
                (span, Some("lsr"), Some("ukraine")),
                "{text}"
            );
            assert_eq!(u.kind, UnitKind::Legion);
        }
        // Not a name without a type word or quotes.
        assert_eq!(
            texts("Ils se battent pour la liberté de la Russie."),
            Vec::<String>::new()
        );
        let u = one("Le Corps des volontaires russes a revendiqué l'attaque.");
        assert_eq!(
            (u.id.as_deref(), u.side.as_deref()),
            (Some("rdk"), Some("ukraine"))
        );
        // A binational formation: one side per mention in the model, so
        // none.
        let u = one("La brigade franco-allemande a été créée en 1989.");
        assert_eq!(u.text, "La brigade franco-allemande");
        assert_eq!(
            (u.kind, u.id.as_deref(), u.side, u.mention),
            (
                UnitKind::Brigade,
                Some("franco_german_brigade"),
                None,
                MentionType::Named
            )
        );
    }

    #[test]
    fn french_army_words_imply_the_side_of_france() {
        for (text, span) in [
            ("Le 2e REP a sauté sur Kolwezi.", "Le 2e REP"),
            ("Le 8e RPIMa est engagé au Mali.", "Le 8e RPIMa"),
            ("Le 1er RCP est à Pamiers.", "Le 1er RCP"),
            ("Le 3e RIMa est à Vannes.", "Le 3e RIMa"),
            ("Le 152e RI est à Colmar.", "Le 152e RI"),
            ("Le 1er RHP est à Tarbes.", "Le 1er RHP"),
            ("La 13e DBLE a quitté Abou Dhabi.", "La 13e DBLE"),
            (
                "Le 2e régiment étranger de parachutistes est à Calvi.",
                "Le 2e régiment étranger de parachutistes",
            ),
            (
                "Le 1er régiment de spahis défile.",
                "Le 1er régiment de spahis",
            ),
            (
                "Le chef d'état-major de l'armée de Terre a parlé.",
                "l'armée de Terre",
            ),
            (
                "L'armée de l'Air et de l'Espace a abattu un drone.",
                "L'armée de l'Air et de l'Espace",
            ),
            ("L'armée de l'Air a abattu un drone.", "L'armée de l'Air"),
            ("L'Armée de terre recrute des soldats.", "L'Armée de terre"),
        ] {
            let u = one(text);
            assert_eq!(
                (u.text.as_str(), u.side.as_deref()),
                (span, Some("france")),
                "{text}"
            );
        }
        // A side written wins; in lowercase a service is any country's; a
        // specialty other armies share implies nothing.
        for (text, side) in [
            (
                "L'armée de l'air ukrainienne a abattu vingt drones.",
                Some("ukraine"),
            ),
            ("L'armée de Terre russe a avancé.", Some("russia")),
            ("L'armée de terre a reçu des obus.", None),
            (
                "La 155e brigade d'infanterie de marine a reculé.",
                Some("russia"),
            ),
            (
                "Le 3e bataillon de chasseurs a reculé face aux soldats.",
                None,
            ),
        ] {
            assert_eq!(one(text).side.as_deref(), side, "{text}");
        }
        // The side is an attribute, no evidence: the abbreviation still
        // needs its ordinal.
        assert_eq!(texts("Les REP manquent de moyens."), Vec::<String>::new());
        // Listed ordinals share it.
        let v = units("Les 2e et 3e RPIMa ont sauté.");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert!(
            v.iter().all(|u| u.side.as_deref() == Some("france")),
            "{v:#?}"
        );
    }

    #[test]
    fn a_group_of_soldiers_named_by_their_arm_is_people() {
        // As "un groupe de soldats": a group of dragoons, hunters, sappers.
        for text in [
            "Un groupe de dragons chinois a défilé pour le Nouvel An.",
            "Un groupe de chasseurs a battu la campagne.",
            "Un groupe de sapeurs a déminé la route.",
        ] {
            assert_eq!(
                texts(&format!("{WAR}{text}")),
                Vec::<String>::new(),
                "{text}"
            );
        }
        // A regiment of them, or a group of an arm that is no people, is a
        // formation.
        for (text, span) in [
            (
                "Le 2e régiment de dragons a défilé.",
                "Le 2e régiment de dragons",
            ),
            (
                "Un groupe de combat a pris la tranchée.",
                "Un groupe de combat",
            ),
            (
                "Une batterie d'artillerie a été détruite.",
                "Une batterie d'artillerie",
            ),
        ] {
            assert_eq!(texts(&format!("{WAR}{text}")), [span], "{text}");
        }
    }
}
