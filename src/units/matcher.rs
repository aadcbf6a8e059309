//! The noun-phrase reader: from a type word, an ordinal or a gazetteer
//! spelling, read the unit phrase with bounded look-ahead and decide
//! whether it is a military unit.

use super::gazetteer::{Gazetteer, Hit};
use super::{MentionType, PairGate, Prefixes, UnitKind, UnitMention, first3};
use crate::lexicon::numbers::{
    CARDINALS, IRREGULAR_ORDINALS, cardinal_word, parse_words, roman_value,
};
use crate::lexicon::units as lx;
use crate::lexicon::units::TypeClass;
use crate::tokenize::{TokenKind, TokenStream};
use std::sync::LazyLock;

type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
type FastSet<K> = rustc_hash::FxHashSet<K>;

/// Phrase tables indexed by first token, built once.
struct Tables {
    types: FastMap<&'static str, Vec<usize>>,
    specialties: FastMap<&'static str, Vec<usize>>,
    modifiers: FastMap<&'static str, Vec<usize>>,
    sides: FastMap<&'static str, Vec<usize>>,
    /// Words that may start a spelled-out ordinal ("vingt", "premier").
    ordinal_starts: FastSet<&'static str>,
    /// The first three bytes of `ordinal_starts`, to rule most words out of
    /// that set without hashing.
    ordinal_prefixes: Prefixes,
    /// Per folded word, its [`CUE`], [`TYPE_START`] and [`ORDINAL_START`]
    /// bits: one look-up per token classifies it for [`Cues`].
    classes: FastMap<&'static str, u8>,
    /// The keys of `classes`: most tokens are ruled out without hashing.
    class_gate: PairGate,
    /// The keys of `classes` again, for a test on a token's surface before
    /// it is folded.
    class_prefixes: Prefixes,
    /// The keys of `specialties`, `modifiers` and `sides`: the phrase tail
    /// in [`Matcher::finish`] rules most words out of all three look-ups by
    /// their first bytes (a word no key begins with is no key).
    tail_prefixes: Prefixes,
    /// [`lx::BUSINESS_CUES`], and the first bytes of its words: the scans
    /// around a candidate test a token's head code before hashing it.
    business: FastSet<&'static str>,
    business_prefixes: Prefixes,
}

/// A military cue word ([`lx::MILITARY_CUES`]).
const CUE: u8 = 1;
/// The first word of a type phrase ([`lx::TYPES`]).
const TYPE_START: u8 = 2;
/// A word that may start a spelled-out ordinal (`Tables::ordinal_starts`).
const ORDINAL_START: u8 = 4;

fn index<T>(
    items: &'static [T],
    first: impl Fn(&'static T) -> &'static str,
) -> FastMap<&'static str, Vec<usize>> {
    let mut m: FastMap<&'static str, Vec<usize>> = FastMap::default();
    for (i, it) in items.iter().enumerate() {
        m.entry(first(it)).or_default().push(i);
    }
    m
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let ordinal_starts: FastSet<&'static str> = CARDINALS
        .iter()
        .map(|(w, _)| *w)
        .chain(IRREGULAR_ORDINALS.iter().map(|(w, _)| *w))
        .filter(|w| !matches!(*w, "un" | "une" | "et"))
        .collect();
    let mut classes: FastMap<&'static str, u8> = FastMap::default();
    for w in lx::MILITARY_CUES {
        *classes.entry(w).or_default() |= CUE;
    }
    for t in lx::TYPES {
        *classes.entry(t.0[0]).or_default() |= TYPE_START;
    }
    for t in lx::TYPE_ABBREVIATIONS {
        *classes.entry(t.0).or_default() |= TYPE_START;
    }
    for w in &ordinal_starts {
        *classes.entry(w).or_default() |= ORDINAL_START;
    }
    let mut ordinal_prefixes = Prefixes::default();
    for w in &ordinal_starts {
        ordinal_prefixes.insert(w.as_bytes());
    }
    let mut class_gate = PairGate::default();
    let mut class_prefixes = Prefixes::default();
    for w in classes.keys() {
        class_gate.insert(w.as_bytes());
        class_prefixes.insert(w.as_bytes());
    }
    let specialties = index(lx::SPECIALTIES, |t| t.0[0]);
    let modifiers = index(lx::MODIFIERS, |t| t[0]);
    let sides = index(lx::SIDES, |t| t.0[0]);
    let mut tail_prefixes = Prefixes::default();
    for w in specialties
        .keys()
        .chain(modifiers.keys())
        .chain(sides.keys())
    {
        tail_prefixes.insert(w.as_bytes());
    }
    let business: FastSet<&'static str> = lx::BUSINESS_CUES.iter().copied().collect();
    let mut business_prefixes = Prefixes::default();
    for w in &business {
        business_prefixes.insert(w.as_bytes());
    }
    Tables {
        business,
        business_prefixes,
        types: index(lx::TYPES, |t| t.0[0]),
        specialties,
        modifiers,
        sides,
        tail_prefixes,
        ordinal_starts,
        ordinal_prefixes,
        classes,
        class_gate,
        class_prefixes,
    }
});

/// The surface prefixes of the class words (see [`Prefixes`]), for a
/// gazetteer to fold into its own table once ([`Cues::scan`]'s `either`).
pub(crate) fn class_prefixes() -> &'static Prefixes {
    &TABLES.class_prefixes
}

/// The [`CUE`], [`TYPE_START`] and [`ORDINAL_START`] bits of a folded token.
#[inline]
fn classes(tables: &Tables, folded: &str) -> u8 {
    if !tables.class_gate.may_contain(folded.as_bytes()) {
        return 0;
    }
    tables.classes.get(folded).copied().unwrap_or(0)
}

/// Per-token look-ups made once, in one pass: where the military cue words
/// are (context-window counts by binary search) and which tokens may head a
/// type phrase. Both are rare, so they are kept as sorted token lists, not
/// one slot per token.
pub(crate) struct Cues {
    /// Tokens that are cue words, ascending.
    cues: Vec<usize>,
    /// Tokens where [`Matcher::parse_type_head`] can succeed, ascending: type
    /// words, and the ordinals up to [`ORDINAL_REACH`] tokens before one.
    heads: Vec<usize>,
}

impl Cues {
    #[cfg(test)]
    pub(crate) fn new(s: &TokenStream<'_>) -> Cues {
        Cues::scan(s, &Prefixes::default(), class_prefixes(), |_, _, _| {})
    }

    /// Classifies every token; `also` sees (index, kind, folded form) of
    /// every token whose first three bytes `also_gate` admits (those of its
    /// surface, or of its folded form where the surface cannot be judged),
    /// so that another per-token gate need not fold the stream again.
    /// `either` must admit what the class-word prefixes ([`class_prefixes`])
    /// or `also_gate` admit (their union, built once by the caller:
    /// [`Gazetteer::scan_gate`](super::Gazetteer::scan_gate)).
    ///
    /// Most tokens are judged on their surface bytes alone, never folded:
    /// see [`Prefixes`] for why a token whose first three bytes no class
    /// word begins with has no class. The others ("à", "été", "l’",
    /// numbers) are judged on the first three bytes of their folded form,
    /// which the stream holds: the tables hold folded words, so that test
    /// is as sound, and most of them are still never looked up.
    ///
    /// An ordinal heads a phrase only with a type phrase at most
    /// [`ORDINAL_REACH`] tokens after it ([`Matcher::parse_type_head`]), so
    /// ordinals are looked for only behind type words (rare), not at every
    /// token.
    pub(crate) fn scan(
        s: &TokenStream<'_>,
        also_gate: &Prefixes,
        either: &Prefixes,
        mut also: impl FnMut(usize, TokenKind, &str),
    ) -> Cues {
        let mut cues = Vec::new();
        let mut heads = Vec::new();
        let tables = &*TABLES;
        // Tokens before `looked` have been tried as ordinal heads.
        let mut looked = 0;
        // Both tables in one (`either`), for the common case: neither
        // admits. Each token is tested on its folded form's head code.
        for (i, (t, &p)) in s.tokens().iter().zip(s.heads()).enumerate() {
            if !either.admits_code(p) {
                continue;
            }
            let f = s.folded(i);
            if also_gate.admits_code(p) {
                also(i, t.kind, f);
            }
            if !tables.class_prefixes.admits_code(p) {
                continue;
            }
            let c = classes(tables, f);
            if c & CUE != 0 {
                cues.push(i);
            }
            if c & TYPE_START != 0 {
                // `parse_type_head` needs a type phrase at `i` or an ordinal
                // (then a type phrase after it, at most `ORDINAL_REACH` on).
                for k in looked.max(i.saturating_sub(ORDINAL_REACH))..i {
                    if may_be_ordinal(s, tables, k) {
                        heads.push(k);
                    }
                }
                heads.push(i);
                looked = i + 1;
            }
        }
        Cues { cues, heads }
    }

    /// The tokens where a unit phrase may have its type head (or ordinal),
    /// ascending.
    pub(crate) fn heads(&self) -> &[usize] {
        &self.heads
    }

    /// Whether a cue word lies near tokens `first..=last` (outside them):
    /// the first cue from the window's start comes before `first`, or the
    /// first cue after `last` comes before the window's end.
    fn near(&self, first: usize, last: usize) -> bool {
        let (before, after) = lx::CONTEXT_WINDOW;
        let lo = first.saturating_sub(before);
        let hi = last.saturating_add(1).saturating_add(after);
        let a = self.cues.partition_point(|&k| k < lo);
        if self.cues.get(a).is_some_and(|&k| k < first) {
            return true;
        }
        let b = self.cues.partition_point(|&k| k <= last);
        self.cues.get(b).is_some_and(|&k| k < hi)
    }

    /// Whether a cue word lies in `range` outside tokens `first..=last`.
    fn any_in(&self, range: std::ops::Range<usize>, first: usize, last: usize) -> bool {
        let a = self.cues.partition_point(|&k| k < range.start);
        self.cues[a..]
            .iter()
            .take_while(|&&k| k < range.end)
            .any(|&k| k < first || k > last)
    }

    /// [`Cues::near`] by counting, as it was first written.
    #[cfg(test)]
    fn near_by_counting(&self, first: usize, last: usize) -> bool {
        let count = |a: usize, b: usize| {
            if a >= b {
                0
            } else {
                self.cues.partition_point(|&k| k < b) - self.cues.partition_point(|&k| k < a)
            }
        };
        let (before, after) = lx::CONTEXT_WINDOW;
        let lo = first.saturating_sub(before);
        let hi = last.saturating_add(1).saturating_add(after);
        count(lo, hi) > count(first, last + 1)
    }
}

/// A unit phrase read from the stream (token indices, inclusive).
#[derive(Clone, Debug, Default)]
pub(crate) struct Np {
    pub start: usize,
    pub end: usize,
    kind: Option<UnitKind>,
    class: Option<TypeClass>,
    number: Option<u64>,
    number_digits: bool,
    name: Option<(usize, usize)>,
    entry: Option<usize>,
    specialty: Option<&'static str>,
    /// The tokens of the specialty when read after the type word.
    specialty_at: Option<(usize, usize)>,
    /// The side the words of the phrase imply when the text writes none (a
    /// French Army abbreviation: "le 2e REP").
    implied_side: Option<&'static str>,
    modified: bool,
    /// The type word (the head noun of a type phrase), when read from
    /// [`lx::TYPES`] or an abbreviation.
    head: Option<usize>,
    side: Option<&'static str>,
    location: Option<(usize, usize)>,
    size: Option<u64>,
    count: Option<u64>,
}

pub(crate) struct Matcher<'a, 't> {
    pub s: &'a TokenStream<'t>,
    pub gz: &'a Gazetteer,
    pub hits: Vec<Hit>,
    /// Per token: 1 + index of the hit starting there, or 0.
    pub hit_at: Vec<u32>,
    pub cues: Cues,
}

fn is_open_quote(s: &str) -> bool {
    matches!(s, "«" | "“" | "„" | "\"" | "‹" | "'" | "‘")
}

fn is_close_quote(s: &str) -> bool {
    matches!(s, "»" | "”" | "\"" | "›" | "'" | "’" | "“")
}

/// Whether a folded word ends like a spelled-out ordinal ("troisième").
#[inline]
fn spelled_ordinal_suffix(f: &str) -> bool {
    // As `ends_with("ieme") || ends_with("iemes")`, without a memcmp call.
    matches!(
        f.as_bytes(),
        [.., b'i', b'e', b'm', b'e'] | [.., b'i', b'e', b'm', b'e', b's']
    )
}

/// Tokens read each way for the words of business or of sport around a
/// phrase ([`Matcher::clause`]).
const CLAUSE_REACH: usize = 12;

/// Most tokens an ordinal can span ([`Matcher::ordinal_at`]): an ordinal
/// at `i` is followed by its type phrase at most this far on.
const ORDINAL_REACH: usize = 8;

/// Whether [`Matcher::ordinal_at`] may read an ordinal at token `k`: an
/// ordinal token, or a word that ends like a spelled-out ordinal or may
/// start one.
fn may_be_ordinal(s: &TokenStream<'_>, tables: &Tables, k: usize) -> bool {
    match s.kind(k) {
        Some(TokenKind::Ordinal) => true,
        Some(TokenKind::Word) => {
            let f = s.folded(k);
            spelled_ordinal_suffix(f)
                || (tables.ordinal_prefixes.admits(first3(f.as_bytes()))
                    && tables.ordinal_starts.contains(f))
        }
        _ => false,
    }
}

impl Matcher<'_, '_> {
    fn hit(&self, i: usize) -> Option<usize> {
        self.hit_at
            .get(i)
            .and_then(|&h| (h as usize).checked_sub(1))
    }

    #[inline]
    fn f(&self, i: usize) -> &str {
        self.s.folded(i)
    }

    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.s.kind(i) == Some(TokenKind::Word)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .s
                .surface(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    fn is_quote(&self, i: usize) -> bool {
        self.s.kind(i) == Some(TokenKind::Quote)
    }

    /// Whether the folded tokens at `i..` start with `phrase`.
    fn at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.f(i + k) == *w)
    }

    /// Longest phrase of `table` (through `idx`) at token `i`: (item, length).
    fn longest<T>(
        &self,
        i: usize,
        idx: &FastMap<&'static str, Vec<usize>>,
        table: &'static [T],
        words: impl Fn(&'static T) -> &'static [&'static str],
    ) -> Option<(usize, usize)> {
        let cands = idx.get(self.f(i))?;
        // "de" heads dozens of phrases: the next word is read once.
        let second = self.f(i + 1);
        cands
            .iter()
            .filter(|&&c| self.at_keyed(i, second, words(&table[c])))
            .map(|&c| (c, words(&table[c]).len()))
            .max_by_key(|&(_, len)| len)
    }

    /// [`Matcher::at`] for a `phrase` found by its first word, the folded
    /// token `i` (so not compared again), where `second` is token `i + 1`.
    fn at_keyed(&self, i: usize, second: &str, phrase: &[&str]) -> bool {
        match phrase {
            [_, w, rest @ ..] => *w == second && self.at(i + 2, rest),
            _ => true,
        }
    }

    fn type_at(&self, i: usize) -> Option<(UnitKind, TypeClass, usize)> {
        if let Some((c, len)) = self.longest(i, &TABLES.types, lx::TYPES, |t| t.0) {
            return Some((lx::TYPES[c].1, lx::TYPES[c].2, len));
        }
        // An abbreviation carries its specialty, which qualifies it.
        self.type_abbreviation(i)
            .map(|(kind, _, _)| (kind, TypeClass::Specialized, 1))
    }

    /// A type abbreviation at `i` ([`lx::TYPE_ABBREVIATIONS`]), written in
    /// capitals: (type, specialty, side).
    fn type_abbreviation(
        &self,
        i: usize,
    ) -> Option<(UnitKind, &'static str, Option<&'static str>)> {
        let caps = self.s.surface(i).as_bytes();
        if caps.len() < 2 || !caps[..2].iter().all(u8::is_ascii_uppercase) {
            return None;
        }
        let f = self.f(i);
        lx::TYPE_ABBREVIATIONS
            .iter()
            .find(|(w, _, _, _)| *w == f)
            .map(|&(_, kind, specialty, side)| (kind, specialty, side))
    }

    /// The side a phrase's words imply when it has none of its own: its
    /// abbreviation's ("le 2e REP"), its specialty's ([`lx::SPECIALTY_SIDES`]:
    /// "le 2e régiment étranger de parachutistes"), or a service's proper
    /// name written with a capital ([`lx::PROPER_SERVICES`]: "l'armée de
    /// Terre", "l'Armée de terre"; not "l'armée de terre").
    /// `first` is the phrase's first token after its determiner: its type
    /// word when it has no ordinal.
    fn implied_side(&self, np: &Np, first: usize) -> Option<&'static str> {
        let specialty = np.specialty?;
        if np.implied_side.is_some() {
            return np.implied_side;
        }
        if let Some(&(_, side)) = lx::SPECIALTY_SIDES.iter().find(|(sp, _)| *sp == specialty) {
            return Some(side);
        }
        let (a, b) = np.specialty_at?;
        let capitalised =
            (np.number.is_none() && self.is_cap(first)) || (a..=b).any(|k| self.is_cap(k));
        lx::PROPER_SERVICES
            .iter()
            .find(|&&(kind, sp, _)| np.kind == Some(kind) && sp == specialty)
            .filter(|_| capitalised)
            .map(|&(_, _, side)| side)
    }

    /// Whether the adjective at `k` may agree with the phrase's type word:
    /// false only for a feminine type word ([`lx::type_gender`]) and an
    /// adjective that cannot be feminine or differs in number
    /// ([`lx::agrees_with_feminine`]); a masculine type word's agreement is
    /// not judged (the masculine of an adjective has no mark of its own). A
    /// singular type word takes a plural adjective when coordinated ("la 2e
    /// et la 3e brigade ukrainiennes").
    fn agrees_with_type(&self, np: &Np, k: usize) -> bool {
        let Some(head) = np.head.map(|h| self.f(h)) else {
            return true;
        };
        let plural = head.ends_with(['s', 'x']);
        lx::type_gender(head) != Some(lx::Gender::Feminine)
            || lx::agrees_with_feminine(self.f(k), plural)
            || (!plural && lx::agrees_with_feminine(self.f(k), true))
    }

    /// An ordinal at `i`: (value, tokens, written in digits).
    fn ordinal_at(&self, i: usize) -> Option<(u64, usize, bool)> {
        match self.s.kind(i)? {
            TokenKind::Ordinal => {
                // Leading digits or Roman letters, all ASCII: sliced in
                // place (a non-ASCII character ends either run, as a
                // character or as its first byte).
                let f = self.f(i);
                let digits = &f[..f.bytes().take_while(u8::is_ascii_digit).count()];
                if !digits.is_empty() {
                    return digits.parse().ok().map(|v| (v, 1, true));
                }
                let surface = self.s.surface(i);
                let letters = &surface[..surface
                    .bytes()
                    .take_while(|b| b"IVXLCDM".contains(b))
                    .count()];
                if letters.is_empty() {
                    return None;
                }
                // The suffix (e, er, re, eme, nd) follows the numeral; a
                // trailing 'e' may not be eaten as a numeral letter (none is).
                roman_value(letters).map(|v| (v, 1, true))
            }
            TokenKind::Word => {
                // Cheap gate before the number parser: a spelled-out
                // ordinal starts with a number word or is one.
                let f = self.f(i);
                let may_start = spelled_ordinal_suffix(f) || TABLES.ordinal_starts.contains(f);
                if !may_start {
                    return None;
                }
                let words = (i..i + ORDINAL_REACH)
                    .map(|k| self.f(k))
                    .take_while(|w| !w.is_empty());
                let p = parse_words(words)?;
                // Only spelled-out ordinals ("troisième", "premier"): the
                // parser also reads Roman-looking words ("le" → L + e).
                let last = self.f(i + p.consumed.max(1) - 1);
                let spelled = last.ends_with("ieme")
                    || last.ends_with("iemes")
                    || IRREGULAR_ORDINALS.iter().any(|(w, _)| *w == last);
                (p.ordinal && p.value > 0 && spelled).then_some((p.value, p.consumed, false))
            }
            _ => None,
        }
    }

    /// A stated size at `j` ("de 10 soldats"): (value, tokens).
    fn size_at(&self, j: usize) -> Option<(u64, usize)> {
        if !matches!(self.f(j), "de" | "d'") {
            return None;
        }
        let mut k = j + 1;
        if let Some(a) = lx::APPROX
            .iter()
            .filter(|a| self.at(k, a))
            .map(|a| a.len())
            .max()
        {
            k += a;
        }
        let (value, used) = match self.s.kind(k)? {
            TokenKind::Number => (self.f(k).parse::<u64>().ok()?, 1),
            TokenKind::Word => {
                let words = (k..k + 8).map(|x| self.f(x)).take_while(|w| !w.is_empty());
                let p = parse_words(words)?;
                if p.ordinal {
                    return None;
                }
                (p.value, p.consumed)
            }
            _ => return None,
        };
        k += used;
        lx::PEOPLE_LIST
            .contains(self.f(k))
            .then_some((value, k + 1 - j))
    }

    /// Whether token `k` is a capitalised word that may be part of a proper
    /// name: not the model of a weapon or vehicle ("T-72", "Leopard").
    fn is_name_word(&self, k: usize) -> bool {
        self.is_cap(k) && !lx::is_equipment(self.s.surface(k), self.f(k))
    }

    /// Capitalised words from `k` (at most 3), a proper name of a unit or a
    /// place: last index.
    fn caps_from(&self, k: usize) -> Option<usize> {
        if !self.is_name_word(k) {
            return None;
        }
        let mut last = k;
        while last + 1 < k + 3 && self.is_name_word(last + 1) && self.hit(last + 1).is_none() {
            last += 1;
        }
        Some(last)
    }

    /// A location at `j`: "basée à Irkoutsk", "de Pskov". (first, last, end token).
    fn location_at(&self, j: usize) -> Option<(usize, usize, usize)> {
        let w = self.f(j);
        let mut k = if lx::LOCATED_LIST.contains(w) {
            if !lx::LOCATED_PREP_LIST.contains(self.f(j + 1)) {
                return None;
            }
            let mut k = j + 2;
            if matches!(self.f(k), "de" | "d'") && self.f(j + 1) == "pres" {
                k += 1;
            }
            k
        } else if matches!(w, "de" | "d'" | "du") {
            j + 1
        } else {
            return None;
        };
        if matches!(self.f(k), "la" | "l'") && self.is_cap(k + 1) {
            k += 1;
        }
        // Not a gazetteer name, nor an acronym ("de CRS", "de l'OTAN").
        let acronym = |x: usize| {
            let w = self.s.surface(x);
            w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase() || c == '-')
        };
        if self.hit(k).is_some() || acronym(k) {
            return None;
        }
        let mut last = self.caps_from(k)?;
        // "République de Donetsk", "Nijni Novgorod": a place name may join
        // capitalised words with "de".
        for _ in 0..2 {
            match self.f(last + 1) {
                "de" | "d'" | "du" if self.hit(last + 2).is_none() => {
                    match self.caps_from(last + 2) {
                        Some(l) => last = l,
                        None => break,
                    }
                }
                _ => break,
            }
        }
        Some((k, last, last))
    }

    /// A gazetteer hit at `j`, possibly after a comma and/or an opening
    /// quote: (hit, last token of the attachment).
    fn attach_at(&self, j: usize) -> Option<(Hit, usize)> {
        let mut k = j;
        let mut comma = false;
        if self.f(k) == "," {
            comma = true;
            k += 1;
        }
        let mut quoted = false;
        if self.is_quote(k) && is_open_quote(self.s.surface(k)) {
            quoted = true;
            k += 1;
        }
        if comma && !quoted {
            return None;
        }
        let hit = self.hits[self.hit(k)?];
        let mut end = hit.last;
        if quoted {
            if self.is_quote(end + 1) && is_close_quote(self.s.surface(end + 1)) {
                end += 1;
            } else {
                return None;
            }
        }
        Some((hit, end))
    }

    /// The tokens of the clause around tokens `a..=b`, as a range: at most
    /// [`CLAUSE_REACH`] tokens each way, not across a sentence end ("."
    /// "!" "?" ";" "…") or a line break.
    fn clause(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let ends = |k: usize| {
            self.s.kind(k) == Some(TokenKind::Punctuation)
                && matches!(self.f(k), "." | "!" | "?" | ";" | "…")
        };
        let mut lo = a;
        while lo > a.saturating_sub(CLAUSE_REACH) && !self.s.line_break_before(lo) && !ends(lo - 1)
        {
            lo -= 1;
        }
        let mut hi = b + 1;
        let far = (b + 1 + CLAUSE_REACH).min(self.s.len());
        while hi < far && !self.s.line_break_before(hi) && !ends(hi) {
            hi += 1;
        }
        lo..hi
    }

    /// Whether the phrase starting at token `start` (its determiner, if it
    /// has one), with its type word at `head`, is the complement of a
    /// ministry or a title ([`lx::MINISTRY_HEADS`], and for the plural
    /// [`lx::TITLE_HEADS`]): "le ministre des Armées", "le musée de
    /// l'Armée", "le chef d'état-major des armées".
    fn title_complement(&self, start: usize, head: usize) -> bool {
        let Some(prep) = start.checked_sub(1) else {
            return false;
        };
        let prep_ok = if lx::DETERMINER_LIST.contains(self.f(start)) {
            matches!(self.f(prep), "de" | "d'" | "a")
        } else {
            lx::CONTRACTION_LIST.contains(self.f(prep))
        };
        if !prep_ok {
            return false;
        }
        let plural = self.f(head).ends_with('s');
        // The title ends before the preposition, or before one side
        // adjective there ("le ministre britannique des Forces armées").
        let side_adjective = prep
            .checked_sub(1)
            .and_then(|k| {
                self.longest(k, &TABLES.sides, lx::SIDES, |t| t.0)
                    .filter(|&(_, len)| len == 1)
                    .map(|_| k)
            })
            .into_iter();
        std::iter::once(prep).chain(side_adjective).any(|end| {
            let before =
                |phrase: &[&str]| end >= phrase.len() && self.at(end - phrase.len(), phrase);
            lx::MINISTRY_HEADS.iter().any(|h| before(h))
                || (plural && lx::TITLE_HEADS.iter().any(|h| before(h)))
        })
    }

    /// Reads a unit phrase whose head starts at token `i` (no token before
    /// `free` may be used).
    pub(crate) fn parse_at(&self, i: usize, free: usize) -> Option<Np> {
        let mut np = Np::default();
        let mut j; // next unread token
        if let Some(hk) = self.hit(i) {
            let hit = self.hits[hk];
            let quoted = i > free
                && self.is_quote(i - 1)
                && is_open_quote(self.s.surface(i - 1))
                && self.is_quote(hit.last + 1);
            if !hit.standalone && !quoted {
                return self.parse_type_head(i, free);
            }
            // The kind is the entry's: a type word inside the spelling
            // ("Légion géorgienne", "47e brigade mécanisée") is its own.
            np.entry = Some(hit.entry);
            np.name = Some((hit.first, hit.last));
            j = hit.last + 1;
            // Quotes are transparent to the gazetteer ("légion « Liberté
            // pour la Russie »"): close a quote opened inside the spelling.
            let quotes = (hit.first..=hit.last).filter(|&k| self.is_quote(k)).count();
            if quotes % 2 == 1 && self.is_quote(j) && is_close_quote(self.s.surface(j)) {
                j += 1;
            }
            if let Some((v, _, digits)) = self.ordinal_at(i) {
                np.number = Some(v);
                np.number_digits = digits;
            }
            self.finish(np, i, &mut j, free, false)
        } else {
            self.parse_type_head(i, free)
        }
    }

    fn parse_type_head(&self, i: usize, free: usize) -> Option<Np> {
        let mut np = Np::default();
        let mut h = i;
        if let Some((v, used, digits)) = self.ordinal_at(i) {
            np.number = Some(v);
            np.number_digits = digits;
            h = i + used;
        }
        // (An alias that starts with its ordinal, "3e brigade d'assaut", was
        // already found at the ordinal by `parse_at`.)
        let (kind, class, len) = self.type_at(h)?;
        np.kind = Some(kind);
        np.class = Some(class);
        if let Some((_, specialty, side)) = self.type_abbreviation(h) {
            // Only after its ordinal ("le 2e REP"): alone, the letters are
            // as often something else ("la DB", Deutsche Bahn; "les RG";
            // "les REP+", a school network).
            np.number?;
            np.specialty = Some(specialty);
            np.implied_side = side;
        }
        np.head = Some(h);
        let mut j = h + len;
        // False friends: "unité de mesure", "Légion d'honneur".
        let head = self.f(h);
        if let Some((_, ffs)) = lx::FALSE_FRIENDS.iter().find(|(w, _)| *w == head)
            && ffs.iter().any(|ff| self.at(j, ff))
        {
            return None;
        }
        np.end = j - 1;
        self.finish(np, i, &mut j, free, true)
    }

    /// Reads what follows the head (specialty, side, location, size, name),
    /// finds the left edge (determiner, quote) and decides.
    fn finish(
        &self,
        mut np: Np,
        first: usize,
        j: &mut usize,
        free: usize,
        has_type: bool,
    ) -> Option<Np> {
        // Left edge.
        let mut start = first;
        let mut trigger = false;
        let mut open_quote = false;
        let mut p = first;
        if p > free && self.is_quote(p - 1) && is_open_quote(self.s.surface(p - 1)) {
            open_quote = true;
            p -= 1;
        }
        if open_quote {
            start = p;
        }
        let mut adjectives = 0;
        while !open_quote
            && adjectives < 2
            && p > free
            && lx::PRENOMINAL_LIST.contains(self.f(p - 1))
        {
            p -= 1;
            adjectives += 1;
        }
        // "trois brigades", "les 12 régiments": a count of plural
        // formations. Left out of the span, as the annotation convention of
        // the test sets says of quantifiers ("deux", "plusieurs").
        let mut count = None;
        if p > free {
            let w = self.f(p - 1);
            // Not the second end of a range ("deux ou trois brigades").
            let range = p >= 3
                && matches!(self.f(p - 2), "ou" | "et" | "a" | "-")
                && (self.count_at(p - 3).is_some() || self.f(p - 3) == "un");
            count = self.count_at(p - 1).filter(|_| !range);
            if lx::DETERMINER_LIST.contains(w) {
                trigger = true;
                start = p - 1;
            } else if lx::CONTRACTION_LIST.contains(w)
                || lx::QUANTIFIER_LIST.contains(w)
                || self.s.kind(p - 1) == Some(TokenKind::Number)
                || cardinal_word(w).is_some()
                || count.is_some()
                || (adjectives > 0 && matches!(w, "de" | "d'"))
                // "une dizaine de bataillons", "des centaines de chars":
                // about so many (no count: it is approximate).
                || (matches!(w, "de" | "d'")
                    && p >= 2
                    && crate::lexicon::numbers::collective(self.f(p - 2)).is_some())
            {
                trigger = true;
            }
        }
        let head = self.f(first);
        if !open_quote
            && np.number.is_none()
            && np.entry.is_none()
            && (head.ends_with('s') || head.ends_with('x'))
        {
            np.count = count;
        }

        // Tail.
        let limit = first + lx::MAX_PHRASE;
        // The token right after the type phrase, where an adjective must
        // agree with the type word to be its.
        let after_type = if has_type { *j } else { usize::MAX };
        let mut quote_closed = !open_quote;
        let head_is_named_alias = np.entry.is_some();
        while *j < limit && *j < self.s.len() {
            let k = *j;
            if !quote_closed && self.is_quote(k) && is_close_quote(self.s.surface(k)) {
                quote_closed = true;
                *j += 1;
                continue;
            }
            if let Some((hit, end)) = self.attach_at(k) {
                let same = np.entry == Some(hit.entry);
                if np.entry.is_none() && has_type && !head_is_named_alias {
                    np.entry = Some(hit.entry);
                    np.name = Some((hit.first, hit.last));
                    *j = end + 1;
                    continue;
                }
                if same {
                    *j = end + 1;
                    continue;
                }
                break;
            }
            // Where `tail_prefixes` rules the word out, none of the three
            // look-ups below can find it (each map is keyed by first word).
            let tail = TABLES.tail_prefixes.admits(first3(self.f(k).as_bytes()));
            if let Some((c, len)) = tail
                .then(|| self.longest(k, &TABLES.specialties, lx::SPECIALTIES, |t| t.0))
                .flatten()
            {
                if np.specialty.is_none() {
                    np.specialty = Some(lx::SPECIALTIES[c].1);
                    np.specialty_at = Some((k, k + len - 1));
                }
                *j += len;
                continue;
            }
            if let Some(len) = tail
                .then(|| TABLES.modifiers.get(self.f(k)))
                .flatten()
                .and_then(|c| {
                    let second = self.f(k + 1);
                    c.iter()
                        .filter(|&&m| self.at_keyed(k, second, lx::MODIFIERS[m]))
                        .map(|&m| lx::MODIFIERS[m].len())
                        .max()
                })
            {
                np.modified = true;
                *j += len;
                continue;
            }
            if let Some((c, len)) = tail
                .then(|| self.longest(k, &TABLES.sides, lx::SIDES, |t| t.0))
                .flatten()
            {
                // An adjective qualifies the noun it agrees with: after a
                // type word it cannot agree with, a side adjective is a
                // noun's before it ("le ministère des Armées ukrainien",
                // "la ministre des Armées britannique"), and the phrase
                // ends there.
                if k == after_type && len == 1 && !self.agrees_with_type(&np, k) {
                    break;
                }
                np.side.get_or_insert(lx::SIDES[c].1);
                *j += len;
                continue;
            }
            if np.size.is_none()
                && let Some((v, len)) = self.size_at(k)
            {
                np.size = Some(v);
                *j += len;
                continue;
            }
            if np.location.is_none()
                && let Some((a, b, end)) = self.location_at(k)
            {
                np.location = Some((a, b));
                *j = end + 1;
                continue;
            }
            if np.name.is_none()
                && has_type
                && np.kind.is_some_and(|kd| lx::NAMEABLE.contains(&kd))
                && self.hit(k).is_none()
                && !lx::LOCATED_LIST.contains(self.f(k))
                && let Some(last) = self.caps_from(k)
            {
                np.name = Some((k, last));
                *j = last + 1;
                continue;
            }
            break;
        }
        if !quote_closed {
            // An opening quote that never closes stays out of the span.
            start = first;
        }
        np.start = start;
        np.end = j.saturating_sub(1).max(first);
        if np.end < np.start {
            return None;
        }

        // Decide.
        let named = np.entry.is_some() || np.name.is_some();
        // A side is evidence of a formation for the sides of the wars the
        // gazetteer follows, or for an army or a navy ("l'armée française",
        // "la marine américaine"); other sides are kept as attributes only
        // ("la compagnie française Total", "la première division française"
        // are no formations). A fleet with a complement is a civil one ("la
        // flotte française d'Air France", "de camions").
        let complement = np.location.is_some()
            || np.name.is_some()
            || matches!(self.f(*j), "de" | "d'" | "du" | "des");
        let side_evidence = np.side.is_some_and(|sd| {
            lx::WAR_SIDES.contains(&sd)
                || np.kind.is_some_and(|k| {
                    lx::NATIONAL_KINDS.contains(&k)
                        && !(complement && lx::CIVIL_HOMONYM_KINDS.contains(&k))
                })
        });
        // Qualified by no more than a side, a location or a name: among
        // words of business and away from military words, an ambiguous
        // type word is a company's ("la division Europe de Renault", "la
        // division russe de Renault a été cédée"); see
        // `TypeClass::Context` below.
        let weakly_qualified =
            np.specialty.is_none() && np.size.is_none() && !np.number_digits && np.entry.is_none();
        let qualified = side_evidence
            || np.specialty.is_some()
            || np.location.is_some()
            || np.size.is_some()
            || np.number_digits
            || named;
        if !(trigger || np.number.is_some() || named) {
            return None;
        }
        if np.entry.is_some() && !has_type {
            return Some(np);
        }
        // "le club évolue en première division": a league, not a formation.
        if np.kind.is_some_and(|k| lx::LEAGUE_KINDS.contains(&k))
            && np.specialty.is_none()
            && !np.number_digits
            && np.location.is_none()
            && np.size.is_none()
            && !named
            && (np.start.checked_sub(1).is_some_and(|k| {
                !lx::DETERMINER_LIST.contains(self.f(np.start))
                    && matches!(self.f(k), "en" | "de" | "d'")
            }) || self
                .clause(np.start, np.end)
                .any(|k| lx::LEAGUE_CUES.contains(&self.f(k))))
        {
            return None;
        }
        // "le ministre des Armées", "le chef d'état-major des armées": the
        // complement of a ministry or a title is no formation.
        if np.kind == Some(UnitKind::Army)
            && np.side.is_none()
            && np.specialty.is_none()
            && np.number.is_none()
            && np.location.is_none()
            && np.size.is_none()
            && !named
            && self.title_complement(np.start, first)
        {
            return None;
        }
        let class = np.class.unwrap_or(TypeClass::Strong);
        let ok = match class {
            TypeClass::Strong => true,
            TypeClass::Context => {
                let next_is_number = self.s.kind(*j) == Some(TokenKind::Number);
                let counted_items = np.kind == Some(UnitKind::Unit)
                    && !qualified
                    && first > 0
                    && (self.s.kind(first - 1) == Some(TokenKind::Number)
                        || cardinal_word(self.f(first - 1))
                            .is_some_and(|_| !matches!(self.f(first - 1), "un" | "une")));
                let near = || self.cues.near(np.start, np.end);
                // No more than a side, location or name, among words of
                // business ("la division Europe de Renault a publié ses
                // chiffres"): a company's division, not a formation.
                let heads = self.s.heads();
                let business_in = |r: std::ops::Range<usize>| {
                    let t = &*TABLES;
                    r.into_iter().any(|k| {
                        heads
                            .get(k)
                            .is_some_and(|&h| t.business_prefixes.admits_code(h))
                            && t.business.contains(self.f(k))
                    })
                };
                // Military words further off do not make it a formation
                // when its own clause speaks of business and of nothing
                // military ("Les soldats ont reculé. La division Europe de
                // Renault a publié ses résultats."); with none near, words
                // of business in reach are enough.
                let company = weakly_qualified
                    && if near() {
                        let clause = self.clause(np.start, np.end);
                        business_in(clause.clone()) && !self.cues.any_in(clause, np.start, np.end)
                    } else {
                        business_in(
                            np.start.saturating_sub(CLAUSE_REACH)
                                ..(*j + CLAUSE_REACH).min(self.s.len()),
                        )
                    };
                !next_is_number
                    && !counted_items
                    && !company
                    && (np.modified || near() || qualified)
            }
            TypeClass::Qualified => {
                side_evidence || np.specialty.is_some() || np.number_digits || named
            }
            // "un groupe de dragons" is people, as "un groupe de soldats".
            TypeClass::Specialized => {
                np.specialty
                    .is_some_and(|sp| !lx::SOLDIER_SPECIALTIES.contains(&sp))
                    || np.number_digits
                    || named
            }
        };
        if !ok {
            return None;
        }
        // "un bataillon de journalistes", "un régiment de supporters": even
        // a strong type word, followed by "de" and people who are not
        // soldiers, is a crowd.
        if class == TypeClass::Strong && !qualified && !np.modified {
            let k = *j;
            if matches!(self.f(k), "de" | "d'")
                && self.is_word(k + 1)
                && !self.is_cap(k + 1)
                && lx::CIVILIAN_GROUPS.contains(&self.f(k + 1))
            {
                return None;
            }
        }
        // "une armée de bénévoles", "la flotte de camions", "la division du
        // travail": a non-strong type word followed by an unread "de" + noun
        // is a collective noun, not a unit.
        if class != TypeClass::Strong && !qualified && !np.modified {
            let k = *j;
            if matches!(self.f(k), "de" | "d'" | "du" | "des") {
                let mut n = k + 1;
                if lx::DETERMINER_LIST.contains(self.f(n)) {
                    n += 1;
                }
                // ... unless that noun is itself a unit ("les unités de
                // l'armée ukrainienne", "la compagnie du régiment").
                if self.is_word(n) && !self.is_cap(n) && self.type_at(n).is_none() {
                    return None;
                }
            }
        }
        // Decided: a side the words imply is an attribute, not evidence.
        if np.side.is_none() {
            np.side = self.implied_side(&np, first);
        }
        Some(np)
    }

    /// The ordinals listed before a numbered phrase that share its type
    /// word: "les 10e et 12e brigades", "les 1er, 2e et 3e bataillons",
    /// "la 25e ou la 26e brigade", "les 2e et 3e REP", "du 2e et du 3e
    /// bataillon", "les vingtième et vingt et unième brigades". Each as
    /// (first token of its span, last token of its ordinal, number), in
    /// order, none before `free`, all on the phrase's line; at most
    /// sixteen.
    ///
    /// French lists ordinals joined by "et", "ou" or commas before one
    /// noun, which names one formation per ordinal, whether the noun is in
    /// the plural ("les 10e et 12e brigades"), in the singular ("la 1re et
    /// la 2e compagnie", "le 1er et 2e bataillon") or invariable ("les 2e
    /// et 3e REP"). Under a singular or invariable type word the list must
    /// open a noun phrase, with a determiner or a contraction before its
    /// first ordinal: a bare ordinal there is a rank ("arrivé 3e et 12e
    /// brigade"). A determiner that shows its gender agrees with the type
    /// word ("le 2e et la 3e brigade": the 2e is something else).
    ///
    /// The span: a determiner written before each ordinal is each one's
    /// ("La 1re", "la 2e compagnie"); one written once, before the first
    /// ordinal, determines the whole list as the type word does ("les [1er
    /// et 2e] bataillons"), so it is in no mention: "1er", "2e bataillons".
    pub(crate) fn listed_before(&self, np: &Np, free: usize) -> Vec<(usize, usize, u64)> {
        const MAX_LISTED: usize = 16;
        let mut out = Vec::new();
        // The phrase is numbered by its own leading ordinal, with or
        // without a determiner.
        let own_det = lx::DETERMINER_LIST.contains(self.f(np.start));
        let own = if own_det { np.start + 1 } else { np.start };
        let Some((_, used, _)) = np.number.and_then(|_| self.ordinal_at(own)) else {
            return out;
        };
        let noun = self.f(own + used);
        let plural = noun.ends_with(['s', 'x']);
        let gender = lx::type_gender(noun);
        // The phrase's left edge: a contraction before it ("et du 3e
        // bataillon"), or a preposition before its determiner ("et de la
        // 2e compagnie"), which each listed ordinal may repeat.
        let mut k = np.start;
        let mut prep = None;
        if k > free {
            let w = self.f(k - 1);
            if lx::CONTRACTION_LIST.contains(w) {
                k -= 1;
            } else if own_det && matches!(w, "de" | "d'" | "a") {
                prep = Some(w);
                k -= 1;
            }
        }
        // Back from the phrase: ("et" | "ou" | ",") [prep] [det] ordinal,
        // repeated; each as (left edge, span start, ordinal's first and
        // last tokens, number, whether a determiner or a contraction opens
        // it).
        let mut items: Vec<(usize, usize, usize, usize, u64, bool)> = Vec::new();
        while items.len() < MAX_LISTED && k >= free + 2 {
            let link = self.f(k - 1);
            let ok = if items.is_empty() {
                matches!(link, "et" | "ou")
            } else {
                link == ","
            };
            if !ok {
                break;
            }
            let end = k - 2;
            let Some((o, v)) = self.ordinal_ending_at(end, free) else {
                break;
            };
            let mut left = o;
            let mut span_start = o;
            if o > free {
                let w = self.f(o - 1);
                if lx::DETERMINER_LIST.contains(w) {
                    left = o - 1;
                    span_start = left;
                    if left > free && prep.is_some_and(|p| self.f(left - 1) == p) {
                        left -= 1;
                    }
                } else if lx::CONTRACTION_LIST.contains(w) {
                    left = o - 1;
                }
            }
            let opened = left < o;
            if opened
                && let (Some(g), Some(dg)) = (gender, lx::determiner_gender(self.f(o - 1)))
                && g != dg
            {
                break;
            }
            // A list, like any mention, stays on its line.
            if (left + 1..=k).any(|t| self.s.line_break_before(t)) {
                break;
            }
            items.push((left, span_start, o, end, v, opened));
            k = left;
        }
        // Under a singular or invariable type word, the list starts at an
        // ordinal that opens a noun phrase (the last one read).
        if !plural {
            let opened = items.iter().rposition(|it| it.5).map_or(0, |p| p + 1);
            items.truncate(opened);
        }
        // A determiner written once, before the first ordinal only, is the
        // list's.
        let dets = items.iter().filter(|it| it.1 < it.2).count();
        if !own_det
            && dets == 1
            && let Some(first) = items.last_mut()
            && first.1 < first.2
        {
            first.1 = first.2;
        }
        out.extend(items.iter().rev().map(|&(_, a, _, b, v, _)| (a, b, v)));
        out
    }

    /// The ordinal that ends at token `end` (none before `free`): (its
    /// first token, its value). A spelled-out ordinal may take several
    /// tokens ("vingt et unième"): the longest is read.
    fn ordinal_ending_at(&self, end: usize, free: usize) -> Option<(usize, u64)> {
        if self.s.kind(end) == Some(TokenKind::Ordinal) {
            return self.ordinal_at(end).map(|(v, _, _)| (end, v));
        }
        (end.saturating_sub(ORDINAL_REACH - 1).max(free)..=end).find_map(|o| {
            self.ordinal_at(o)
                .filter(|&(_, used, _)| o + used == end + 1)
                .map(|(v, _, _)| (o, v))
        })
    }

    /// The mention of an ordinal listed before phrase `np`
    /// ([`Matcher::listed_before`]): the phrase's type, specialty and (when
    /// written in it) side, with its own number. Never named: the phrase's
    /// name or gazetteer entry is its own, and a number alone does not
    /// tell which formation it is (both sides number their brigades).
    pub(crate) fn listed_mention(
        &self,
        np: &Np,
        kind: UnitKind,
        (start, last, number): (usize, usize, u64),
    ) -> Option<UnitMention> {
        let span = self.s.span(start, last);
        let text = self.s.text().get(span.start..span.end)?.to_string();
        Some(UnitMention {
            start: span.start,
            end: span.end,
            text,
            kind,
            number: Some(number),
            name: None,
            id: None,
            specialty: np.specialty.map(str::to_string),
            side: np.side.map(str::to_string),
            location: None,
            size: None,
            count: None,
            mention: MentionType::Numbered,
            in_body: true,
        })
    }

    /// A count of two or more at token `k`: digits ("12") or a cardinal
    /// word ("trois", "vingt").
    fn count_at(&self, k: usize) -> Option<u64> {
        let w = self.f(k);
        let n = if self.s.kind(k) == Some(TokenKind::Number) {
            (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()?
        } else {
            // One word, compounds included ("vingt-deux", "cent"); the
            // parser only for a word that begins as a number word does
            // (every type word's previous word is asked).
            cardinal_word(w.split('-').next().unwrap_or(w))?;
            let p = parse_words(std::iter::once(w))?;
            (p.consumed == 1 && !p.ordinal).then_some(p.value)?
        };
        // Two to 999: "en 2022 brigades" is a year before a noun.
        (2..1000).contains(&n).then_some(n)
    }

    /// The output record of a phrase.
    pub(crate) fn mention(&self, np: &Np) -> Option<UnitMention> {
        let span = self.s.span(np.start, np.end);
        let text = self.s.text().get(span.start..span.end)?.to_string();
        let entry = np.entry.map(|e| self.gz.entry(e));
        let kind = match (np.kind, entry) {
            (Some(k), Some(e)) if lx::GENERIC_KINDS.contains(&k) => e.kind,
            (Some(k), _) => k,
            (None, Some(e)) => e.kind,
            (None, None) => return None,
        };
        let slice = |(a, b): (usize, usize)| {
            let sp = self.s.span(a, b);
            self.s.text().get(sp.start..sp.end).map(str::to_string)
        };
        let name = match entry {
            Some(e) => Some(e.name.clone()),
            None => np.name.and_then(slice),
        };
        let side = match entry {
            Some(e) => e.side.clone().or(np.side.map(str::to_string)),
            None => np.side.map(str::to_string),
        };
        // The gazetteer's number belongs to its kind ("12e brigade Azov",
        // not "le régiment Azov").
        let number = np
            .number
            .or(entry.filter(|e| e.kind == kind).and_then(|e| e.number));
        let location = np.location.and_then(slice);
        let mention = if name.is_some() {
            MentionType::Named
        } else if number.is_some() {
            MentionType::Numbered
        } else if location.is_some() || np.size.is_some() {
            MentionType::Descriptive
        } else {
            MentionType::Generic
        };
        Some(UnitMention {
            start: span.start,
            end: span.end,
            text,
            kind,
            number,
            name,
            id: entry.map(|e| e.id.clone()),
            specialty: np.specialty.map(str::to_string),
            side,
            location,
            size: np.size,
            count: np.count,
            mention,
            in_body: true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with<R>(text: &str, f: impl FnOnce(&Matcher<'_, '_>, &TokenStream<'_>) -> R) -> R {
        let s = TokenStream::new(text);
        let gz = Gazetteer::builtin();
        let hits = gz.find_all(&s);
        let mut hit_at = vec![0u32; s.len()];
        for (k, h) in hits.iter().enumerate() {
            hit_at[h.first] = k as u32 + 1;
        }
        let m = Matcher {
            s: &s,
            gz,
            hits,
            hit_at,
            cues: Cues::new(&s),
        };
        f(&m, &s)
    }

    #[test]
    fn ordinals() {
        with(
            "1442e IIe troisième vingt et unième Le Des 1ere premier",
            |m, _| {
                assert_eq!(m.ordinal_at(0), Some((1442, 1, true)));
                assert_eq!(m.ordinal_at(1), Some((2, 1, true)));
                assert_eq!(m.ordinal_at(2), Some((3, 1, false)));
                assert_eq!(m.ordinal_at(3), Some((21, 3, false)));
                assert_eq!(m.ordinal_at(6), None, "Le");
                assert_eq!(m.ordinal_at(7), None, "Des");
                // "1ere" is one ordinal token.
                assert_eq!(m.ordinal_at(8), Some((1, 1, true)));
                assert_eq!(m.ordinal_at(9), Some((1, 1, false)));
            },
        );
    }

    #[test]
    fn sizes() {
        with(
            "de 10 soldats d'environ 800 hommes de près de cent combattants de 10 chars",
            |m, _| {
                assert_eq!(m.size_at(0), Some((10, 3)));
                assert_eq!(m.size_at(3), Some((800, 4)));
                assert_eq!(m.size_at(7), Some((100, 5)));
                assert_eq!(m.size_at(12), None, "chars are not people");
            },
        );
    }

    #[test]
    fn locations() {
        let text = "basée à Irkoutsk, stationné en Crimée, de Pskov, du Dniepr, de la ville, de la République de Donetsk";
        with(text, |m, s| {
            let loc = |j| {
                m.location_at(j)
                    .map(|(a, b, _)| s.span(a, b))
                    .map(|sp| &s.text()[sp.start..sp.end])
            };
            assert_eq!(loc(0), Some("Irkoutsk"));
            assert_eq!(loc(4), Some("Crimée"));
            assert_eq!(loc(8), Some("Pskov"));
            assert_eq!(loc(11), Some("Dniepr"));
            assert_eq!(loc(14), None, "lowercase is not a place");
            assert_eq!(loc(18), Some("République de Donetsk"));
        });
    }

    #[test]
    fn context_window_excludes_the_mention_itself() {
        with("la section", |m, _| assert!(!m.cues.near(0, 1)));
        with("le soldat parle de la section", |m, _| {
            assert!(m.cues.near(4, 5))
        });
        // Cues beyond the window do not count.
        let far = format!("soldats {} la section", "mot ".repeat(100));
        with(&far, |m, s| assert!(!m.cues.near(s.len() - 2, s.len() - 1)));
    }

    #[test]
    fn near_agrees_with_counting() {
        let cues = Cues {
            cues: vec![3, 90, 95, 200, 330, 331, 500],
            heads: Vec::new(),
        };
        for first in 0..600 {
            for last in first..first + 50 {
                assert_eq!(
                    cues.near(first, last),
                    cues.near_by_counting(first, last),
                    "{first}..={last}"
                );
            }
        }
    }

    #[test]
    fn type_phrases_take_the_longest() {
        with(
            "corps d'armée groupement tactique de bataillon forces spéciales",
            |m, _| {
                assert_eq!(m.type_at(0).map(|t| (t.0, t.2)), Some((UnitKind::Corps, 3)));
                assert_eq!(
                    m.type_at(3).map(|t| (t.0, t.2)),
                    Some((UnitKind::BattalionTacticalGroup, 4))
                );
                assert_eq!(
                    m.type_at(7).map(|t| (t.0, t.2)),
                    Some((UnitKind::SpecialForces, 2))
                );
            },
        );
    }

    /// [`Cues::scan`]'s gates against plain look-ups at every token: the
    /// same cue words, every token the gazetteer may start at offered to
    /// `also`, and every token where a type phrase can be read among the
    /// heads.
    #[test]
    fn scan_agrees_with_lookups_at_every_token() {
        let mut text = String::from(
            "À la 3e brigade, l’Armée russe et la vingt et unième brigade ; \
             ÉTÉ 2023, Régiment Azov, « Liberté pour la Russie », 1ʳᵉ compagnie, \
             IIe bataillon, 6 500 soldats, le groupe Wagner, DEUX CENTS hommes, \
             la troisième section d'assaut, l'Akhmat, Œuvre, des quarante-deuxièmes \
             divisions, premier régiment, le 1er corps d'armée, Ça, Être, 12e armée.\n",
        );
        for seed in crate::seed_texts() {
            text.push_str(&seed);
        }
        let s = TokenStream::new(&text);
        let gz = Gazetteer::builtin();
        let mut offered = Vec::new();
        let cues = Cues::scan(&s, gz.surface_gate(), gz.scan_gate(), |i, _, _| {
            offered.push(i)
        });
        let tables = &*TABLES;
        let expected_cues: Vec<usize> = (0..s.len())
            .filter(|&i| {
                tables
                    .classes
                    .get(s.folded(i))
                    .is_some_and(|c| c & CUE != 0)
            })
            .collect();
        assert_eq!(cues.cues, expected_cues);
        assert!(cues.heads.windows(2).all(|w| w[0] < w[1]));
        for i in 0..s.len() {
            let kind = s.kind(i).unwrap_or(TokenKind::Word);
            if gz.may_start(kind, s.folded(i)) {
                assert!(offered.contains(&i), "{:?} not offered", s.surface(i));
            }
        }
        with(&text, |m, _| {
            let mut read = 0;
            for i in 0..s.len() {
                if m.parse_type_head(i, 0).is_some() {
                    read += 1;
                    assert!(cues.heads.contains(&i), "{:?} not a head", s.surface(i));
                }
            }
            assert!(read > 20, "the text has type heads ({read})");
        });
    }
}
