//! The gazetteer of named formations: data loaded once, matched with
//! Aho–Corasick (leftmost-longest, anchored at token starts) over the
//! folded token stream.

use super::{PairGate, Prefixes, UnitKind};
use crate::Error;
use crate::tokenize::{TokenKind, TokenStream};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The built-in gazetteer data (`src/lexicon/units_gazetteer.json`).
pub const BUILTIN_JSON: &str = include_str!("../lexicon/units_gazetteer.json");

/// One named formation.
///
/// In JSON (the format of [`GazetteerBuilder::add_json`]):
///
/// ```json
/// {"id": "kraken", "name": "Kraken", "kind": "unit", "side": "ukraine",
///  "names": ["Kraken"], "aliases": [], "number": null,
///  "exclude_prev": [], "exclude_next": []}
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerEntry {
    /// Stable identifier (`"wagner"`, `"ua_47th_mechanized_brigade"`).
    pub id: String,
    /// Canonical name, reported as the mention's `name`.
    pub name: String,
    /// Type of the formation when the text gives no type word.
    pub kind: UnitKind,
    /// Side (`"russia"`, `"ukraine"`, …).
    #[serde(default)]
    pub side: Option<String>,
    /// Official number ("47e brigade" → 47).
    #[serde(default)]
    pub number: Option<u64>,
    /// Spellings recognised anywhere ("Wagner", "Liberté pour la Russie", "LSR").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Spellings that are ordinary words or place names too ("Azov",
    /// "Kraken", "Vostok"): recognised only after a unit-type word ("le
    /// bataillon Azov") or between quotation marks ("« Kraken »").
    #[serde(default)]
    pub names: Vec<String>,
    /// Words (folded or not) that, just before a spelling, cancel the match
    /// ("Richard" Wagner).
    #[serde(default)]
    pub exclude_prev: Vec<String>,
    /// Words that, just after a spelling, cancel the match ("Akhmat" Kadyrov).
    #[serde(default)]
    pub exclude_next: Vec<String>,
}

/// A set of named formations and the automaton that finds them.
///
/// The built-in set ([`Gazetteer::builtin`]) covers the formations of the
/// Russia–Ukraine war in their French press spellings. To extend it, give
/// entries as JSON (one object or an array) to a [`GazetteerBuilder`]; an
/// entry with an existing id replaces the built-in one.
///
/// ```
/// use frnews::units::{Gazetteer, extract_with, MentionType};
/// let gz = Gazetteer::builder()
///     .add_json(r#"{"id": "lyut", "name": "Lyut", "kind": "brigade", "side": "ukraine",
///                   "names": ["Lyut"]}"#)
///     .unwrap()
///     .build()
///     .unwrap();
/// let text = "La brigade Lyut a été engagée à Toretsk.";
/// let units = extract_with(&frnews::TokenStream::new(text), &gz);
/// assert_eq!(units[0].id.as_deref(), Some("lyut"));
/// assert_eq!(units[0].mention, MentionType::Named);
/// // Malformed data is an error, not a panic.
/// assert!(Gazetteer::builder().add_json("[{\"id\": 1}]").unwrap_err().is_data());
/// ```
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    automaton: Option<AhoCorasick>,
    /// Per pattern: (entry index, standalone).
    patterns: Vec<(usize, bool)>,
    exclude_prev: Vec<Vec<String>>,
    exclude_next: Vec<Vec<String>>,
    /// Gate of [`Gazetteer::find_all`]: which tokens can start a spelling.
    gate: FirstWords,
}

/// The first words of every key (each up to its first space), behind a
/// [`PairGate`], so that the automaton runs only at tokens that can start
/// a spelling.
///
/// Sound: a key is `w1 ' ' rest` and the keyed text at a token is `t1 ' '
/// …` where `t1` is the token's folded form up to its first `-` or space
/// (hyphens are written as spaces). Neither `w1` nor `t1` contains a space,
/// so an anchored match at the token needs `t1 == w1`: a token whose `t1` is
/// no key's first word cannot start a match.
#[derive(Clone, Debug, Default)]
struct FirstWords {
    words: FxHashSet<String>,
    /// The first words.
    pairs: PairGate,
    /// Longest key in bytes: a match never reads further.
    max_key: usize,
    /// The first words' first three bytes, for a test on a token's surface
    /// (see [`Prefixes`]): with a `-` or a space after the word, since a
    /// token's `t1` is cut there.
    surface: Prefixes,
    /// `surface` and the matcher's class-word prefixes in one table, for
    /// [`Cues::scan`](super::matcher::Cues::scan)'s first test: built once
    /// with the gazetteer, not per text.
    scan: Prefixes,
}

impl FirstWords {
    fn new(keys: &[String]) -> FirstWords {
        let mut g = FirstWords::default();
        for key in keys {
            let w = key.split(' ').next().unwrap_or("");
            g.pairs.insert(w.as_bytes());
            g.max_key = g.max_key.max(key.len());
            g.words.insert(w.to_string());
            g.surface.insert(w.as_bytes());
            // After a cut, the token goes on with any byte ("k-9" for the
            // first word "k").
            for cut in ["-", " "] {
                g.surface.insert_prefix(format!("{w}{cut}").as_bytes());
            }
        }
        g.scan = g.surface.union(super::matcher::class_prefixes());
        g
    }

    /// Whether a key can start at a token folded as `folded`.
    #[inline]
    fn may_start(&self, folded: &str) -> bool {
        // (Its callers have tested the token's first bytes already, see
        // [`Gazetteer::surface_gate`]; the pair gate is empty for the empty
        // gazetteer: nothing can start.)
        // `-` and ` ` are ASCII: cutting there keeps valid UTF-8.
        let n = folded
            .bytes()
            .position(|b| b == b'-' || b == b' ')
            .unwrap_or(folded.len());
        let t1 = folded.get(..n).unwrap_or(folded);
        self.pairs.may_contain(t1.as_bytes()) && self.words.contains(t1)
    }
}

static BUILTIN: LazyLock<Gazetteer> = LazyLock::new(|| {
    // The built-in data is checked by the test suite; should it ever fail
    // to load, recognition degrades to an empty gazetteer, never a panic.
    GazetteerBuilder::default()
        .add_json(BUILTIN_JSON)
        .and_then(GazetteerBuilder::build)
        .unwrap_or_else(|_| Gazetteer::empty())
});

/// Builds a [`Gazetteer`]: the built-in entries plus yours.
#[derive(Clone, Debug)]
pub struct GazetteerBuilder {
    entries: Vec<GazetteerEntry>,
}

impl Default for GazetteerBuilder {
    /// An empty builder (no built-in entries).
    fn default() -> Self {
        GazetteerBuilder {
            entries: Vec::new(),
        }
    }
}

impl GazetteerBuilder {
    /// Drops every entry added so far (including the built-in ones).
    pub fn clear(mut self) -> Self {
        self.entries.clear();
        self
    }

    /// Adds one entry.
    pub fn add_entry(mut self, entry: GazetteerEntry) -> Self {
        self.entries.push(entry);
        self
    }

    /// Adds entries from JSON: one [`GazetteerEntry`] object or an array of them.
    ///
    /// # Errors
    /// [`Error::is_data`] when the JSON is malformed or an entry lacks a
    /// required field.
    pub fn add_json(mut self, json: &str) -> Result<Self, Error> {
        let v: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| Error::data(format!("gazetteer JSON is malformed: {e}")))?;
        let list = match v {
            serde_json::Value::Array(a) => a,
            other => vec![other],
        };
        for (i, item) in list.into_iter().enumerate() {
            let e: GazetteerEntry = serde_json::from_value(item).map_err(|e| {
                Error::data(format!(
                    "gazetteer entry #{i} is invalid: {e}; expected {{\"id\", \"name\", \"kind\", \"aliases\" or \"names\", …}}"
                ))
            })?;
            self.entries.push(e);
        }
        Ok(self)
    }

    /// Validates the entries and builds the automaton.
    ///
    /// # Errors
    /// [`Error::is_data`] when an entry has an empty id or name, no spelling,
    /// or a spelling with no word in it.
    pub fn build(self) -> Result<Gazetteer, Error> {
        // Later entries with the same id replace earlier ones.
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<GazetteerEntry> = Vec::new();
        for e in self.entries {
            if e.id.trim().is_empty() || e.name.trim().is_empty() {
                return Err(Error::data(format!(
                    "gazetteer entry {:?} needs a non-empty \"id\" and \"name\"",
                    e.id
                )));
            }
            if e.aliases.is_empty() && e.names.is_empty() {
                return Err(Error::data(format!(
                    "gazetteer entry {:?} has no spelling: give \"aliases\" or \"names\"",
                    e.id
                )));
            }
            match by_id.get(&e.id) {
                Some(&k) => entries[k] = e,
                None => {
                    by_id.insert(e.id.clone(), entries.len());
                    entries.push(e);
                }
            }
        }
        // One pattern per distinct key; a later entry wins a shared key.
        let mut key_index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<(usize, bool)> = Vec::new();
        for (ei, e) in entries.iter().enumerate() {
            let spellings = e
                .aliases
                .iter()
                .map(|a| (a, true))
                .chain(e.names.iter().map(|n| (n, false)));
            for (s, standalone) in spellings {
                let key = key_of(s);
                if key.trim().is_empty() {
                    return Err(Error::data(format!(
                        "gazetteer entry {:?}: spelling {s:?} has no word in it",
                        e.id
                    )));
                }
                match key_index.get(&key) {
                    Some(&k) => patterns[k] = (ei, standalone),
                    None => {
                        key_index.insert(key.clone(), keys.len());
                        keys.push(key);
                        patterns.push((ei, standalone));
                    }
                }
            }
        }
        let automaton = if keys.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .build(&keys)
                    .map_err(|e| Error::data(format!("gazetteer automaton: {e}")))?,
            )
        };
        let fold_all = |v: &Vec<String>| v.iter().map(|w| crate::chars::fold(w)).collect();
        Ok(Gazetteer {
            gate: FirstWords::new(&keys),
            exclude_prev: entries.iter().map(|e| fold_all(&e.exclude_prev)).collect(),
            exclude_next: entries.iter().map(|e| fold_all(&e.exclude_next)).collect(),
            entries,
            automaton,
            patterns,
        })
    }
}

/// A gazetteer spelling found in a token stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// Entry index.
    pub entry: usize,
    /// Recognised anywhere (alias) or only after a type word / in quotes (name).
    pub standalone: bool,
}

impl Gazetteer {
    fn empty() -> Gazetteer {
        Gazetteer {
            entries: Vec::new(),
            automaton: None,
            patterns: Vec::new(),
            exclude_prev: Vec::new(),
            exclude_next: Vec::new(),
            // `new`, not `default`: the scan gate holds the class words too.
            gate: FirstWords::new(&[]),
        }
    }

    /// The built-in gazetteer, loaded once.
    pub fn builtin() -> &'static Gazetteer {
        &BUILTIN
    }

    /// A builder holding the built-in entries; add yours, then
    /// [`build`](GazetteerBuilder::build).
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder {
            entries: BUILTIN.entries.clone(),
        }
    }

    /// The entries.
    pub fn entries(&self) -> &[GazetteerEntry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&GazetteerEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub(crate) fn entry(&self, i: usize) -> &GazetteerEntry {
        &self.entries[i]
    }

    /// Whether a spelling can start at a token of this kind and folded
    /// form (quotes are not keyed: they never start one).
    #[inline]
    pub(crate) fn may_start(&self, kind: TokenKind, folded: &str) -> bool {
        kind != TokenKind::Quote && self.gate.may_start(folded)
    }

    /// A superset of the tokens that pass [`Gazetteer::may_start`], read
    /// on the first bytes of their surface (see [`Prefixes`]).
    pub(crate) fn surface_gate(&self) -> &Prefixes {
        &self.gate.surface
    }

    /// [`Gazetteer::surface_gate`] with the unit matcher's class-word
    /// prefixes, as [`Cues::scan`](super::matcher::Cues::scan) wants them.
    pub(crate) fn scan_gate(&self) -> &Prefixes {
        &self.gate.scan
    }

    /// Every spelling in the stream, left to right, non-overlapping,
    /// longest at each token.
    #[cfg(test)]
    pub(crate) fn find_all(&self, stream: &TokenStream<'_>) -> Vec<Hit> {
        let starts: Vec<usize> = (0..stream.len())
            .filter(|&i| {
                stream
                    .kind(i)
                    .is_some_and(|k| self.may_start(k, stream.folded(i)))
            })
            .collect();
        self.find_at(stream, &starts)
    }

    /// Like `find_all`, given the tokens (ascending) that pass
    /// [`Gazetteer::may_start`]: no other token can start a spelling.
    ///
    /// The automaton runs anchored at each of them, over a short keyed text
    /// of the following tokens: at least the longest key, so the
    /// leftmost-longest match is the one the whole keyed text would give.
    pub(crate) fn find_at(&self, stream: &TokenStream<'_>, starts: &[usize]) -> Vec<Hit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut keyed = Keyed::default();
        let mut hits = Vec::new();
        // First token not yet inside a hit.
        let mut free = 0;
        for &i in starts {
            if i < free {
                continue;
            }
            keyed.fill(stream, i, self.gate.max_key);
            let input = Input::new(&keyed.text).anchored(Anchored::Yes);
            let found = ac.find(input).and_then(|m| {
                // The key ends with the separator: the match must end at a
                // token end (not inside a hyphenated word).
                let end = m.end();
                let last_k = if end == keyed.text.len() {
                    keyed.starts.len().checked_sub(1)?
                } else {
                    keyed.starts.binary_search(&end).ok()?.checked_sub(1)?
                };
                Some((m.pattern().as_usize(), last_k))
            });
            if let Some((p, last_k)) = found {
                let (entry, standalone) = self.patterns[p];
                let first = i;
                let last = keyed.tokens[last_k];
                if self.allowed(stream, entry, first, last) {
                    hits.push(Hit {
                        first,
                        last,
                        entry,
                        standalone,
                    });
                    free = last + 1;
                }
            }
        }
        hits
    }

    fn allowed(&self, stream: &TokenStream<'_>, entry: usize, first: usize, last: usize) -> bool {
        let prev = first.checked_sub(1).map_or("", |p| stream.folded(p));
        let next = stream.folded(last + 1);
        !self.exclude_prev[entry].iter().any(|w| w == prev)
            && !self.exclude_next[entry].iter().any(|w| w == next)
    }
}

/// Folded tokens joined by single spaces (quotes dropped, hyphens as
/// spaces), with the position of every token: a window of the stream
/// starting at one token, refilled (buffers reused) at each gated token.
#[derive(Default)]
struct Keyed {
    text: String,
    /// Byte offset in `text` where each kept token starts (a match ends at
    /// a token end exactly when the next kept token starts where it ends,
    /// or at the end of `text`, which is always a token end).
    starts: Vec<usize>,
    /// Stream index of each kept token.
    tokens: Vec<usize>,
}

impl Keyed {
    /// The keyed text of the tokens from `first` (not a quote) on, until it
    /// holds at least `min_len` bytes or the stream ends.
    fn fill(&mut self, stream: &TokenStream<'_>, first: usize, min_len: usize) {
        self.text.clear();
        self.starts.clear();
        self.tokens.clear();
        let mut i = first;
        while i < stream.len() && self.text.len() < min_len {
            if stream.kind(i) != Some(TokenKind::Quote) {
                self.starts.push(self.text.len());
                self.tokens.push(i);
                push_key_token(stream.folded(i), &mut self.text);
                self.text.push(' ');
            }
            i += 1;
        }
    }
}

fn push_key_token(folded: &str, out: &mut String) {
    if folded.contains('-') {
        out.extend(folded.chars().map(|c| if c == '-' { ' ' } else { c }));
    } else {
        out.push_str(folded);
    }
}

/// The key of a spelling: its folded tokens as [`Keyed`] writes them.
fn key_of(s: &str) -> String {
    let stream = TokenStream::new(s);
    let mut out = String::new();
    for i in 0..stream.len() {
        if stream.kind(i) == Some(TokenKind::Quote) {
            continue;
        }
        push_key_token(stream.folded(i), &mut out);
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_first_word_joined_by_a_hyphen() {
        // A name whose first word is one letter: the token's first three
        // bytes are that letter, the hyphen, and any byte after it.
        let gz = Gazetteer::builder()
            .add_json(
                r#"[{"id": "k9", "name": "K-9", "kind": "brigade", "side": "ukraine", "names": ["K-9"]},
                    {"id": "ab", "name": "A Bravo", "kind": "battalion", "side": "ukraine", "names": ["A Bravo"]}]"#,
            )
            .unwrap()
            .build()
            .unwrap();
        for (text, id) in [
            ("La brigade K-9 a été engagée près de Toretsk.", "k9"),
            ("Le bataillon A Bravo a été engagé près de Toretsk.", "ab"),
        ] {
            let units = crate::units::military_units_with(text, &gz);
            assert!(
                units.iter().any(|u| u.id.as_deref() == Some(id)),
                "{text}: {units:?}"
            );
        }
    }

    #[test]
    fn builtin_loads_with_at_least_forty_entries() {
        let gz = GazetteerBuilder::default()
            .add_json(BUILTIN_JSON)
            .unwrap()
            .build()
            .unwrap();
        assert!(gz.entries().len() >= 40, "{}", gz.entries().len());
        assert_eq!(Gazetteer::builtin().entries().len(), gz.entries().len());
        let mut ids: Vec<&str> = gz.entries().iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), gz.entries().len(), "duplicate ids");
    }

    #[test]
    fn keys_fold_case_accents_quotes_hyphens() {
        assert_eq!(
            key_of("« Liberté pour la Russie »"),
            "liberte pour la russie "
        );
        assert_eq!(key_of("Storm-Z"), "storm z ");
        assert_eq!(key_of("l’Ukraine"), "l' ukraine ");
    }

    #[test]
    fn malformed_data_is_an_error() {
        assert!(
            GazetteerBuilder::default()
                .add_json("{")
                .unwrap_err()
                .is_data()
        );
        let no_spelling = r#"{"id": "x", "name": "X", "kind": "brigade"}"#;
        let err = GazetteerBuilder::default()
            .add_json(no_spelling)
            .unwrap()
            .build()
            .unwrap_err();
        assert!(err.is_data() && err.to_string().contains("spelling"));
        let bad_kind = r#"{"id": "x", "name": "X", "kind": "navy", "aliases": ["X"]}"#;
        assert!(GazetteerBuilder::default().add_json(bad_kind).is_err());
        let punct = r#"{"id": "x", "name": "X", "kind": "unit", "aliases": ["« »"]}"#;
        assert!(
            GazetteerBuilder::default()
                .add_json(punct)
                .unwrap()
                .build()
                .is_err()
        );
    }

    #[test]
    fn same_id_replaces() {
        let gz = Gazetteer::builder()
            .add_json(r#"{"id": "wagner", "name": "Wagner", "kind": "pmc", "side": "russia", "aliases": ["Orchestre"]}"#)
            .unwrap()
            .build()
            .unwrap();
        assert_eq!(gz.entries().len(), Gazetteer::builtin().entries().len());
        assert_eq!(gz.get("wagner").unwrap().aliases, vec!["Orchestre"]);
    }

    #[test]
    fn hits_respect_token_boundaries_and_exclusions() {
        let gz = Gazetteer::builtin();
        let s = TokenStream::new("Superwagner, Wagner-X et Richard Wagner; le groupe Wagner.");
        let hits = gz.find_all(&s);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(s.surface(hits[0].first), "Wagner");
        assert_eq!(hits[0].first, s.len() - 2);
    }
}
