//! Dates, times, durations and frequencies (issue: French dates).
//!
//! One left-to-right pass over the shared [`TokenStream`]: at each token the
//! matchers (sets, intervals, modified dates, plain dates and times,
//! durations) each try a bounded look-ahead and the longest match wins, so
//! the work is linear in the text. A match is first parsed into an abstract
//! expression, then evaluated with `jiff` against the reference date.
//!
//! # Resolution
//!
//! - A reference [`Reference::Day`] resolves everything. With only a month or
//!   a year ("date 2023-09"), every expression is evaluated against the first
//!   and the last day of that period: the components on which both agree are
//!   kept, the others become `X` ("aujourd'hui" → "2023-09-XX") and
//!   `resolved` is false. With no reference the same is done against two
//!   far-apart anchors, which keeps what the text states ("le 9 mai dernier"
//!   → "XXXX-05-09") and masks the rest.
//! - "dernier" / "prochain" after a date mean strictly before / after the
//!   reference day.
//! - The bare-date rule of news ([`BareDates::News`]): a date without year or
//!   direction ("9 mai", "lundi", "en décembre", "au printemps") follows the
//!   tense of its sentence: the nearest occurrence on or after the reference
//!   day in the future tense (a future auxiliary such as "sera", "va",
//!   "doit", "prévu", or a future ending such as "signeront"), on or before
//!   it in a past tense (an auxiliary such as "a", "ont", "avait", "s'est",
//!   "est" before the participle of a verb conjugated with "être" ("il est
//!   mort dimanche"), or an imperfect ending such as "annonçait"; not "a"
//!   before its object, "a lieu", "a jusqu'au"), and the nearer of the two
//!   otherwise ("les magasins sont ouverts le 28 mai", "le 2 juin." read on
//!   20 May: the coming one; "le 9 mai": the past one). An interval that
//!   holds the reference day is the current one in either tense ("le
//!   festival aura lieu du 18 au 22 mai" read on 20 May: this May's).
//!   With tenses of both kinds in the sentence, the nearest mark decides,
//!   the verb before the date first ("le chantier a démarré mardi 16 et
//!   doit s'achever le 30": the past Tuesday, the coming 30th).
//!   Before the tense: after "depuis", the past reading ("les prix montent
//!   depuis septembre"); with a weekday written, the reading that falls on
//!   it ("le dimanche 26 février"); a date things are put off to looks
//!   ahead ("renvoyé au 12 octobre").
//! - Values keep the grain of the expression (TIMEX3 style): ISO weeks
//!   ("2023-W19"), months, years, seasons as meteorological month spans,
//!   week-ends as "SAT/SUN", nights as "D1/D2", centuries and decades as year
//!   spans. Vague references ("ces derniers mois", "récemment") get the
//!   TIMEX3 tokens `PAST_REF` / `FUTURE_REF` and `resolved: false`; sets get
//!   TIMEX3 set values ("P1D", "XXXX-WXX-2").
//!
//! # Conventions worth knowing
//!
//! - Sets: "24 heures sur 24" → `PT1H` (every hour), "7 jours sur 7" →
//!   `P1D`, "tous les mardis" → `XXXX-WXX-2`, "chaque 11 novembre" →
//!   `XXXX-11-11`, "deux fois par semaine" →
//!   `P1W` (the count is not kept), "du lundi au vendredi" →
//!   `XXXX-WXX-1/XXXX-WXX-5`.
//! - Durations: "un an et demi" → `P18M`, a half of other units goes to the
//!   next smaller one ("une heure et demie" → `PT1H30M`); vague amounts
//!   ("plusieurs semaines") → `PXW` with `vague: true`. A range of
//!   amounts of one unit ("de 3 à 5 ans", "entre deux et trois semaines",
//!   "deux ou trois jours") is one duration with `qualifier: range`, `low`
//!   and `high`, its `value` the upper bound. Hours are such a range only
//!   when they are a length ("il faut de 2 à 3 heures", "de 14 à 16 heures
//!   de vol"); otherwise they share the clock unit of the second end ("de
//!   14 à 16 heures", "entre 2 et 3 heures du matin": an interval of times).
//! - A day number without a month is a date only after a weekday ("jeudi
//!   15", which picks the month where the 15th is a Thursday; "vendredi
//!   quinze" in words before a time or the end of the clause), before a
//!   real time ("le 16 à 18h"), or after the article closing its clause
//!   ("arrivé le 16.", "à partir du 8"), unless a word such as "composer" or
//!   "chaîne" makes it a number; "mardi un plan", "le 15 de France" and the
//!   score "le 2 à 1" are not dates.
//! - Day and month as separate numbers ("le 17 02", "20 02 2014") are a
//!   date after "le" or a weekday, or with a year after; "les 20 02" alone
//!   is not.
//! - An hour-only clock ("15h", "six heures") is a time after "à", "vers",
//!   a day ("samedi 15h") or another cue, with "du matin/soir", "pile",
//!   "précises", or opening its sentence ("15h : point presse"); inside a
//!   sentence it is a duration ("il a marché 2h", "12h plus tard").
//!   "14h30", "14:30" and "onze heures trois quarts" are always times.
//!   "24h" and a midnight under "jusqu'à" end their day: "jusqu'au 31 mai
//!   à minuit" → `2023-06-01T00:00`; "depuis minuit" is the day's start.
//! - "cette nuit" and "dans la nuit" alone follow the tense: in the past,
//!   the night that has just ended ("Cette nuit, des frappes ont touché
//!   Kiev", read on 20 May → `2023-05-19/2023-05-20`), in the future the
//!   coming one.
//! - Named periods of history are their years: "la Seconde Guerre
//!   mondiale" → `1939/1945`, "la guerre froide" → `1947/1991`
//!   (`NAMED_PERIODS` in the lexicon).
//! - A two-digit year after a month ("mai 68", "en juin 40") takes the
//!   century that puts it at most ten years after the reference's year
//!   (1968, 1940 in 2023); after a day ("31 octobre 74") and in numeric
//!   dates, 00–49 are 20xx and 50–99 19xx.
//! - A day without year or direction in the same sentence as a day with
//!   its year written, after it, is the first such day on or after that
//!   one ("le 24 février 2022 ..., et le 2 mars" → 2022-03-02; "le 30
//!   décembre 2021 puis le 2 janvier" → 2022-01-02). The next sentence is
//!   placed against the reference again (news convention, as HeidelTime's).
//! - "la veille", "le lendemain", "le surlendemain", "l'avant-veille" alone
//!   count from the last day the text named (a resolved date, no bound),
//!   at most 200 tokens back; with no such day they are not read.
//! - A weekday written with a full date that is not that date's ("jeudi
//!   19 mai 2023", a Friday) sets `weekday_conflict`; the value stays the
//!   date as written.
//! - A direction before a part of a period keeps both: "depuis fin 2022"
//!   → `modifier: since`, `part: end` (`part` is set whenever there is a
//!   start, mid or end, so "fin 2022" has `modifier` and `part` end).
//! - Parts of the day and meals are the day + a modifier: "le soir",
//!   "à l'heure du déjeuner" (midday), "après le travail" (evening).
//! - "le lundi" without "dernier/prochain" is habitual and not resolved.
//! - Sub-day offsets ("dans deux heures") are not produced: the reference
//!   is a day, not an instant.

use crate::lexicon::calendar;
use crate::lexicon::numbers::{self, ParsedNumber, parse_words};
use crate::lexicon::quantities;
use crate::lexicon::temporal::{self as lex, TimeUnit};
use crate::lines::Mention;
use crate::numbers::Qualifier;
use crate::prefixes::{self, Prefixes};
use crate::tokenize::{TokenKind, TokenStream};
use crate::{Error, Span};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The date against which relative expressions are resolved: a day, or
/// only a month or year when that is all the article states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    /// A calendar day.
    Day(jiff::civil::Date),
    /// A month of a year ("date 2023-09").
    Month {
        /// The year.
        year: i16,
        /// The month, 1–12.
        month: i8,
    },
    /// A year.
    Year(i16),
}

impl Reference {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    ///
    /// ```
    /// use frnews::dates::Reference;
    /// assert!(Reference::parse("2023-05-20").is_ok());
    /// assert!(Reference::parse("2023-09").is_ok());
    /// assert!(Reference::parse("2023-02-30").unwrap_err().is_reference_date());
    /// ```
    pub fn parse(s: &str) -> Result<Reference, Error> {
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let num = |p: &str, len: usize| -> Option<i64> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y, m, d] => {
                let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
                    return Err(Error::reference_date(s, "expected digits as YYYY-MM-DD"));
                };
                jiff::civil::Date::new(y as i16, m as i8, d as i8)
                    .map(Reference::Day)
                    .map_err(|e| Error::reference_date(s, e))
            }
            [y, m] => match (num(y, 4), num(m, 2)) {
                (Some(y), Some(m)) if (1..=12).contains(&m) => Ok(Reference::Month {
                    year: y as i16,
                    month: m as i8,
                }),
                _ => Err(Error::reference_date(s, "expected a month as YYYY-MM")),
            },
            [y] => match num(y, 4) {
                Some(y) => Ok(Reference::Year(y as i16)),
                None => Err(Error::reference_date(s, "not a date")),
            },
            _ => Err(Error::reference_date(s, "not a date")),
        }
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reference::Day(d) => write!(f, "{d}"),
            Reference::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Reference::Year(y) => write!(f, "{y:04}"),
        }
    }
}

/// What a temporal mention denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A date with a time.
    Datetime,
    /// An interval between two points.
    Interval,
    /// A recurring set ("tous les mardis").
    Set,
}

/// The precision of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// Century.
    Century,
    /// Decade.
    Decade,
    /// Year.
    Year,
    /// Quarter.
    Quarter,
    /// Half-year ("le premier semestre").
    Half,
    /// Season.
    Season,
    /// Month.
    Month,
    /// ISO week.
    Week,
    /// Week-end.
    Weekend,
    /// Day.
    Day,
    /// Night.
    Night,
    /// Part of a day.
    PartOfDay,
    /// Hour.
    Hour,
    /// Minute.
    Minute,
    /// Second.
    Second,
}

/// A modifier on a temporal value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// "début".
    Start,
    /// "mi-".
    Mid,
    /// "fin".
    End,
    /// "vers".
    Approx,
    /// "avant".
    Before,
    /// "après".
    After,
    /// "depuis".
    Since,
    /// "jusqu'au".
    Until,
    /// "matin".
    Morning,
    /// "après-midi".
    Afternoon,
    /// "soir".
    Evening,
    /// "nuit".
    Night,
    /// "aube".
    Dawn,
    /// Midday, lunch time: "à l'heure du déjeuner".
    Midday,
}

impl Modifier {
    /// Whether this is a part of a period: start, mid or end.
    pub fn is_part(self) -> bool {
        matches!(self, Modifier::Start | Modifier::Mid | Modifier::End)
    }

    /// Whether this is a direction: before, after, since or until.
    pub fn is_direction(self) -> bool {
        matches!(
            self,
            Modifier::Before | Modifier::After | Modifier::Since | Modifier::Until
        )
    }
}

/// A date, time, interval or set found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset one past the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// Date, time, datetime, interval or set.
    pub kind: DateKind,
    /// ISO 8601 value (TIMEX3 style when unresolved: "XXXX-05-09").
    pub value: String,
    /// Precision of the value.
    pub grain: Grain,
    /// Part-of-period or direction modifier.
    pub modifier: Option<Modifier>,
    /// The part of the period (start, mid or end) whenever there is one,
    /// also under a direction that takes `modifier`: "fin 2022" → end
    /// (`modifier` end), "depuis fin 2022" → end (`modifier` since).
    #[serde(default)]
    pub part: Option<Modifier>,
    /// Whether the weekday written with the date is not that date's
    /// ("jeudi 19 mai 2023": the 19th was a Friday), a slip of the writer
    /// that the value (the date as written) does not correct.
    #[serde(default)]
    pub weekday_conflict: bool,
    /// Whether the value was resolved against a reference date.
    pub resolved: bool,
    /// Whether the mention lies in the article body.
    pub in_body: bool,
}

/// A duration found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DurationMention {
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset one past the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// ISO 8601 duration ("P1Y", "PT48H"); for a range ("de 3 à 5 ans"),
    /// its upper bound.
    pub value: String,
    /// How the duration is qualified ("plus d'un an" → more_than, "entre
    /// deux et trois ans" → range).
    pub qualifier: Qualifier,
    /// A range's lower bound ("de 3 à 5 ans" → "P3Y"); absent otherwise.
    #[serde(default)]
    pub low: Option<String>,
    /// A range's upper bound ("de 3 à 5 ans" → "P5Y"); absent otherwise.
    #[serde(default)]
    pub high: Option<String>,
    /// Whether it is vague ("plusieurs semaines").
    pub vague: bool,
    /// Whether the mention lies in the article body.
    pub in_body: bool,
}

/// Dates and durations of one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Temporal {
    /// Dates, times, intervals and sets.
    pub dates: Vec<DateMention>,
    /// Durations.
    pub durations: Vec<DurationMention>,
}

/// How a date written without year or direction ("9 mai", "lundi", "en
/// décembre") is resolved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BareDates {
    /// The news rule: the nearest occurrence on or before the reference day,
    /// unless the sentence is in the future tense (then on or after it).
    #[default]
    News,
    /// Always the nearest occurrence on or before the reference day.
    Past,
    /// Always the nearest occurrence on or after the reference day (the
    /// convention of assistant-style parsers such as Duckling).
    Future,
}

/// Options of the extractor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// How dates without year or direction are resolved.
    pub bare_dates: BareDates,
}

/// Extracts temporal expressions from a token stream.
///
/// ```
/// use frnews::dates::{Reference, dates};
/// let r = Reference::parse("2023-05-28").unwrap();
/// let t = dates("Les faits se déroulent le 9 mai dernier.", Some(r));
/// assert_eq!(t.dates[0].value, "2023-05-09");
/// assert_eq!(t.dates[0].text, "le 9 mai dernier");
/// ```
pub fn extract(stream: &TokenStream<'_>, reference: Option<Reference>) -> Temporal {
    extract_with(stream, reference, &Options::default())
}

/// Finds every date and duration in `text`, resolving against `reference`.
///
/// A text with decomposed accents (NFD, as copied from macOS or a PDF) is
/// read composed, its spans in the caller's text (see
/// [`normalize`](crate::normalize())); [`extract`] over a caller's stream reads
/// the text as it is.
pub fn dates(text: &str, reference: Option<Reference>) -> Temporal {
    crate::normalize::composed(text, |t| extract(&TokenStream::new(t), reference))
}

impl crate::normalize::MapBack for DateMention {
    fn map_back(&mut self, original: &str, norm: &crate::Normalized) {
        self.text = norm.back(original, &mut self.start, &mut self.end);
    }
}

impl crate::normalize::MapBack for DurationMention {
    fn map_back(&mut self, original: &str, norm: &crate::Normalized) {
        self.text = norm.back(original, &mut self.start, &mut self.end);
    }
}

impl crate::normalize::MapBack for Temporal {
    fn map_back(&mut self, original: &str, norm: &crate::Normalized) {
        self.dates.map_back(original, norm);
        self.durations.map_back(original, norm);
    }
}

/// [`extract`] with explicit [`Options`].
///
/// A date or duration never runs across a line break (see
/// [`crate::sentences`]: every line break ends a sentence):
///
/// ```
/// use frnews::dates::{Reference, dates};
/// let r = Reference::parse("2023-05-28").unwrap();
/// let t = dates("Publié le 9\nmai 2022, à Kiev.", Some(r));
/// let found: Vec<&str> = t.dates.iter().map(|d| d.text.as_str()).collect();
/// assert_eq!(found, ["le 9", "mai 2022"]);
/// ```
pub fn extract_with(
    stream: &TokenStream<'_>,
    reference: Option<Reference>,
    options: &Options,
) -> Temporal {
    let found = extract_any_lines(stream, reference, options);
    // Nothing crosses (nearly always): no merge of the two lists.
    let crosses = |m: &dyn Mention| crate::lines::crosses_line(stream.text(), m.span());
    if !found.dates.iter().any(|d| crosses(d)) && !found.durations.iter().any(|d| crosses(d)) {
        return found;
    }
    let items = |t: Temporal| -> Vec<Item> {
        let mut v: Vec<Item> = t.dates.into_iter().map(Item::Date).collect();
        v.extend(t.durations.into_iter().map(Item::Duration));
        // Dates and durations never overlap (one scan finds both).
        v.sort_by_key(Mention::span);
        v
    };
    let mut out = Temporal::default();
    let mended = crate::lines::within_lines(stream, items(found), |sub| {
        items(extract_any_lines(sub, reference, options))
    });
    for x in mended {
        match x {
            Item::Date(d) => out.dates.push(d),
            Item::Duration(d) => out.durations.push(d),
        }
    }
    out
}

/// A date or a duration, for the line rule of [`extract_with`].
enum Item {
    Date(DateMention),
    Duration(DurationMention),
}

impl crate::lines::Mention for Item {
    fn span(&self) -> Span {
        match self {
            Item::Date(d) => d.span(),
            Item::Duration(d) => d.span(),
        }
    }
    fn shift(&mut self, by: usize) {
        match self {
            Item::Date(d) => d.shift(by),
            Item::Duration(d) => d.shift(by),
        }
    }
}

/// [`extract_with`] before the line rule: phrases may cross line breaks.
fn extract_any_lines(
    stream: &TokenStream<'_>,
    reference: Option<Reference>,
    options: &Options,
) -> Temporal {
    let mut cx = Cx::new(stream);
    cx.ref_year = reference.map(|r| match r {
        Reference::Day(d) => d.year(),
        Reference::Month { year, .. } | Reference::Year(year) => year,
    });
    let (lo, hi) = anchors(reference);
    let mut out = Temporal::default();
    // The next token a match may start at (past the last match).
    let mut i = 0;
    // The last day the text named and the token its mention ends at: what
    // "la veille" and "le lendemain" alone count from.
    let mut last_day: Option<(Date, Date, usize)> = None;
    // The last day named with its year written ("le 24 février 2022") and
    // the token its mention ends at: a day without year later in the same
    // sentence follows it ("..., et le 2 mars, Kherson tombait").
    // With it, whether a lone time later in the sentence is on that day:
    // a day's mention, not a month's, nor a law's ("la loi du 29 juillet
    // 1881").
    // And whether the day stands in a participial phrase opening its
    // sentence ("Condamné le 12 janvier 2022, il s'est évadé à 5 h"): a
    // time past that phrase's comma is not on it.
    let mut dated: Option<(Date, usize)> = None;
    // The last single day named ("le 10 juin à Istanbul, à 21 heures",
    // "jeudi dernier, peu après 14 heures") and the token its mention ends
    // at: a lone time later in its sentence is on it. Not a text's date
    // ("la loi du 29 juillet 1881").
    let mut timed_day: Option<(Date, usize)> = None;
    for &start in &cx.starts {
        if start < i {
            continue;
        }
        let floor = i;
        i = start;
        let best = cx.best(i);
        if let Some(end) = cx.listed_days(i, best.as_ref(), (lo, hi), options, &mut out.dates) {
            // "Les 3 et 4 mars 2022 ... Le lendemain": from the last day.
            if let Some((a, b)) = out.dates.last().and_then(named_days) {
                last_day = Some((a, b, end));
            }
            i = end;
            continue;
        }
        // "la veille", "le lendemain" alone: from the last day named.
        if best.is_none()
            && let Some((a, f)) = cx.anaphoric_eve(i, floor, last_day)
        {
            // The day named stays what the next one counts from: "le
            // lendemain ... le surlendemain" are both from it.
            if let Some(m) = cx.placed_mention(a, &f, (a, f.end), (lo, hi), options) {
                out.dates.push(m);
            }
            i = f.end;
            continue;
        }
        match best {
            Some(Cand::Date(f)) if f.end > i => {
                // At most half a year after the dated day: a narrative
                // goes on ("le 28 février 2023, puis le 29 février" is no
                // date of 2024).
                let carried = match (dated, last_day, timed_day) {
                    // "le 12 novembre 2019 puis le 4 février suivant": after
                    // the last day named, not the reference.
                    (_, Some((_, day, at)), _)
                        if cx.anaphoric_direction(&f) && i - at <= EVE_REACH =>
                    {
                        cx.date_mention(i, &f, day, day, Way::FutureIncl)
                    }
                    // "vendredi et samedi", "mardi, jeudi": a weekday joined
                    // to the day named just before is the first after it.
                    (_, Some((_, day, at)), _)
                        if matches!(f.expr, Expr::Weekday { dir: Dir::Bare, .. })
                            && f.modifier.is_none()
                            && i == at + 1
                            && matches!(cx.f(at), "et" | "," | "ou" | "puis") =>
                    {
                        add_days(day, 1)
                            .and_then(|next| cx.date_mention(i, &f, next, next, Way::FutureIncl))
                    }
                    // "L'armistice du 11 novembre 1918 a été signé à 5 h
                    // 15": a time alone, on the day named in its sentence.
                    (_, _, Some((day, at)))
                        if matches!(f.expr, Expr::At { day: None, .. })
                            && cx.same_sentence(at, i)
                            && !(at..i).any(|k| matches!(cx.f(k), ";" | "que" | "qu'"))
                            && !cx.closed_participle_phrase(at, i) =>
                    {
                        let on = Expr::Day {
                            y: Some(day.year()),
                            m: day.month(),
                            d: day.day(),
                            dir: Dir::Bare,
                        };
                        on_day(f.expr.clone(), &on, None).and_then(|expr| {
                            let timed = Found {
                                end: f.end,
                                expr,
                                modifier: f.modifier,
                                part: f.part,
                                weekday: None,
                                set: false,
                            };
                            cx.date_mention(i, &timed, lo, hi, Way::PastIncl)
                        })
                    }
                    (Some((day, at)), _, _) if f.expr.is_bare_day() && cx.sequel(at, i) => cx
                        .date_mention(i, &f, day, day, Way::FutureIncl)
                        .filter(|m| {
                            dated_anchor(m).is_some_and(|d| {
                                d.since(day).is_ok_and(|span| span.get_days() <= 183)
                            })
                        }),
                    _ => None,
                };
                let m = carried.or_else(|| cx.placed_mention(i, &f, (i, f.end), (lo, hi), options));
                if let Some(m) = m {
                    if let Some((a, b)) = named_days(&m) {
                        last_day = Some((a, b, f.end));
                        // One day, not a bound ("depuis le 5 mai, les
                        // trains partent à 6 h") nor one of two ("lundi ou
                        // mardi").
                        let alternative = cx.f(f.end) == "ou" || (i > 0 && cx.f(i - 1) == "ou");
                        if a == b
                            && m.grain == Grain::Day
                            && m.modifier.is_none()
                            && !alternative
                            && !cx.names_a_text(i)
                        {
                            timed_day = Some((a, f.end));
                        } else {
                            timed_day = None;
                        }
                    }
                    // Not a birth date: "né le 12 mai 1990, il a été
                    // arrêté le 3 juin" is no narrative of 1990.
                    if f.expr.is_dated_day()
                        && !cx.after_born(i)
                        && let Some(d) = dated_anchor(&m)
                    {
                        dated = Some((d, f.end));
                    }
                    out.dates.push(m);
                }
                i = f.end.max(i + 1);
                // "en 2024, 2025 et 2026": the years listed after a year.
                if matches!(f.expr, Expr::Year(_)) {
                    i = cx.listed_years(i, &mut out.dates);
                }
            }
            Some(Cand::Duration(d)) if d.end > i => {
                let end = d.end.max(i + 1);
                out.durations.push(cx.duration_mention(i, d));
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// The days a date mention names, first and last, for "la veille" and
/// "le lendemain" alone to count from: a resolved date or date and time
/// (`2023-05-09`, `2023-05-09T14:00`) that is no set and no bound ("avant
/// le 9 mai"), or an interval of days ("du 10 au 12 mars": the eve is
/// before the 10th, the morrow after the 12th).
fn named_days(m: &DateMention) -> Option<(Date, Date)> {
    let bound = m
        .modifier
        .is_some_and(|d| matches!(d, Modifier::Before | Modifier::After));
    if !m.resolved || bound {
        return None;
    }
    let day = |v: &str| v.get(..10)?.parse::<Date>().ok();
    match m.kind {
        DateKind::Date | DateKind::Datetime => day(&m.value).map(|d| (d, d)),
        DateKind::Interval => {
            let (a, b) = m.value.split_once('/')?;
            Some((day(a)?, day(b)?))
        }
        _ => None,
    }
}

/// The day a dated mention gives a later day without year to follow
/// (`dated` in [`extract_any_lines`]): a day, the last day of an interval,
/// or the first day of a month ("en mars 2014, ..., puis en avril").
fn dated_anchor(m: &DateMention) -> Option<Date> {
    if let Some((_, last)) = named_days(m) {
        return Some(last);
    }
    let v = if m.kind == DateKind::Interval {
        m.value.split_once('/')?.1
    } else {
        m.value.as_str()
    };
    if !m.resolved || v.len() != 7 {
        return None;
    }
    format!("{v}-01").parse().ok()
}

/// How far back (in tokens) "la veille" or "le lendemain" alone looks for
/// the day it counts from: a paragraph or two of news, well within the
/// context a block is read with (`analysis`), so that blocks and whole
/// texts agree.
const EVE_REACH: usize = 200;

/// How far back (in tokens) a day without year looks for a day of the same
/// sentence with its year written ([`Cx::same_sentence`]).
const SENTENCE_REACH: usize = 80;

// ---------------------------------------------------------------------------
// Expressions and their evaluation

/// Direction written with a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    /// Nothing written: the bare-date rule applies.
    Bare,
    /// "dernier": strictly before the reference day.
    Past,
    /// "prochain": strictly after the reference day.
    Future,
    /// The coming one, the reference day included ("mardi" of "mardi en
    /// huit" said on a Tuesday is that day).
    Coming,
}

impl Dir {
    fn from_sign(sign: i64) -> Dir {
        if sign < 0 { Dir::Past } else { Dir::Future }
    }
}

/// How to pick an occurrence relative to the anchor day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Way {
    PastIncl,
    PastStrict,
    FutureIncl,
    FutureStrict,
}

impl Way {
    fn of(dir: Dir, bare: Way) -> Way {
        match dir {
            Dir::Bare => bare,
            Dir::Past => Way::PastStrict,
            Dir::Future => Way::FutureStrict,
            Dir::Coming => Way::FutureIncl,
        }
    }
    fn past(self) -> bool {
        matches!(self, Way::PastIncl | Way::PastStrict)
    }
    /// Whether `cand` is acceptable for an anchor `a`.
    fn accepts<T: PartialOrd>(self, cand: T, a: T) -> bool {
        match self {
            Way::PastIncl => cand <= a,
            Way::PastStrict => cand < a,
            Way::FutureIncl => cand >= a,
            Way::FutureStrict => cand > a,
        }
    }
}

/// What an ordinal counts inside a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Nth {
    Day,
    Week,
    Weekday(i8),
    Fortnight,
    /// Saturday and Sunday, counted by their Saturday.
    Weekend,
}

#[derive(Clone, Debug)]
enum Expr {
    /// A day of a month, with or without year.
    Day {
        y: Option<i16>,
        m: i8,
        d: i8,
        dir: Dir,
    },
    /// A weekday.
    Weekday {
        wd: i8,
        dir: Dir,
    },
    /// A weekday of the ISO week `weeks` away ("mardi de la semaine prochaine").
    WeekdayIn {
        wd: i8,
        weeks: i64,
    },
    /// A feast this many days from Easter Sunday ("Pâques", "le lundi de
    /// Pentecôte"), with or without year.
    Easter {
        y: Option<i16>,
        offset: i16,
    },
    /// A day of an unnamed month ("jeudi 15", "le 16 à 18h").
    MonthDay {
        d: i8,
        dir: Dir,
        wd: Option<i8>,
    },
    /// A month, with or without year.
    Month {
        y: Option<i16>,
        m: i8,
        dir: Dir,
    },
    Year(i16),
    /// A meteorological season starting in month `first`.
    Season {
        y: Option<i16>,
        first: i8,
        dir: Dir,
    },
    Quarter {
        y: Option<i16>,
        q: i8,
    },
    /// A half-year ("semestre"), 1 or 2.
    Half {
        y: Option<i16>,
        h: i8,
    },
    Century(i16),
    Decade(i16),
    /// `n` periods from the reference day.
    Offset {
        unit: TimeUnit,
        n: i64,
    },
    /// "ce week-end" told in the past: the weekend the reference day is in,
    /// or the last one before it.
    PastWeekend,
    /// The night that starts on a day.
    Night(Box<Expr>),
    /// A time of day, on a day (or the reference day).
    At {
        day: Option<Box<Expr>>,
        h: i8,
        min: Option<i8>,
    },
    Interval(Box<Expr>, Box<Expr>),
    /// The `n`-th (or, with `n == -1`, the last) day, week, weekday or
    /// fortnight of a month: "la première semaine d'octobre".
    NthIn {
        n: i64,
        of: Nth,
        month: Box<Expr>,
    },
    /// The ISO week of a day: "la semaine du 6 octobre".
    WeekOf(Box<Expr>),
    /// A day shifted by a number of days ("lundi en huit").
    Shift(Box<Expr>, i64),
    /// The day `n` units after the reference day ("d'ici deux mois").
    DayIn {
        unit: TimeUnit,
        n: i64,
    },
    /// A value that needs no evaluation (sets, vague references).
    Lit(String, Grain),
}

fn unit_grain(u: TimeUnit) -> Grain {
    match u {
        TimeUnit::Second => Grain::Second,
        TimeUnit::Minute => Grain::Minute,
        TimeUnit::Hour => Grain::Hour,
        TimeUnit::Day => Grain::Day,
        TimeUnit::Week => Grain::Week,
        TimeUnit::Weekend => Grain::Weekend,
        TimeUnit::Month => Grain::Month,
        TimeUnit::Quarter => Grain::Quarter,
        TimeUnit::Year => Grain::Year,
        TimeUnit::Decade => Grain::Decade,
        TimeUnit::Century => Grain::Century,
    }
}

impl Expr {
    /// A day (with or without a time), an interval of them or a month
    /// whose year is written: "le 24 février 2022", "le 9 mai 2023 à 14h",
    /// "du 12 au 15 mars 2022", "en mars 2014".
    fn is_dated_day(&self) -> bool {
        match self {
            Expr::Day { y: Some(_), .. } | Expr::Month { y: Some(_), .. } => true,
            Expr::At { day: Some(d), .. } => d.is_dated_day(),
            Expr::Interval(_, b) => b.is_dated_day(),
            _ => false,
        }
    }

    /// A day or month of a named month with neither year nor direction
    /// ("le 2 mars", "le 2 mars à 8h", "en avril"): placed by the bare-date
    /// rule.
    fn is_bare_day(&self) -> bool {
        match self {
            Expr::Day {
                y: None,
                dir: Dir::Bare,
                ..
            }
            | Expr::Month {
                y: None,
                dir: Dir::Bare,
                ..
            } => true,
            Expr::At { day: Some(d), .. } => d.is_bare_day(),
            _ => false,
        }
    }

    /// A day or month with a direction and no year ("le 4 février
    /// suivant").
    fn is_directed_day(&self) -> bool {
        match self {
            Expr::Day {
                y: None,
                dir: Dir::Past | Dir::Future,
                ..
            }
            | Expr::Month {
                y: None,
                dir: Dir::Past | Dir::Future,
                ..
            } => true,
            Expr::At { day: Some(d), .. } => d.is_directed_day(),
            _ => false,
        }
    }

    fn grain(&self) -> Grain {
        match self {
            Expr::Day { .. }
            | Expr::Easter { .. }
            | Expr::Weekday { .. }
            | Expr::WeekdayIn { .. }
            | Expr::MonthDay { .. } => Grain::Day,
            Expr::Month { .. } => Grain::Month,
            Expr::Year(_) => Grain::Year,
            Expr::Season { .. } => Grain::Season,
            Expr::Quarter { .. } => Grain::Quarter,
            Expr::Half { .. } => Grain::Half,
            Expr::Century(_) => Grain::Century,
            Expr::Decade(_) => Grain::Decade,
            Expr::Offset { unit, .. } => unit_grain(*unit),
            Expr::Night(_) => Grain::Night,
            Expr::At { min, .. } => {
                if min.is_some() {
                    Grain::Minute
                } else {
                    Grain::Hour
                }
            }
            Expr::Interval(a, _) => a.grain(),
            Expr::NthIn { of: Nth::Week, .. } | Expr::WeekOf(_) => Grain::Week,
            Expr::NthIn {
                of: Nth::Weekend, ..
            }
            | Expr::PastWeekend => Grain::Weekend,
            Expr::NthIn { .. } | Expr::Shift(..) | Expr::DayIn { .. } => Grain::Day,
            Expr::Lit(_, g) => *g,
        }
    }

    /// Whether the expression denotes one day (so a time or a part of the
    /// day may follow it).
    fn is_day(&self) -> bool {
        matches!(
            self,
            Expr::Day { .. }
                | Expr::Easter { .. }
                | Expr::Weekday { .. }
                | Expr::WeekdayIn { .. }
                | Expr::MonthDay { .. }
                | Expr::Shift(..)
                | Expr::Offset {
                    unit: TimeUnit::Day,
                    ..
                }
        )
    }

    fn kind(&self) -> DateKind {
        match self {
            Expr::At { day: Some(_), .. } => DateKind::Datetime,
            Expr::At { day: None, .. } => DateKind::Time,
            Expr::Interval(..) => DateKind::Interval,
            _ => DateKind::Date,
        }
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

fn iso_monday(d: Date) -> i8 {
    d.weekday().to_monday_one_offset()
}

fn fmt_year(y: i64) -> Option<String> {
    (0..=9999).contains(&y).then(|| format!("{y:04}"))
}

/// The first day of a value's start ("2023-06-02", "2023-06",
/// "2023-W23", "2023-06-02T14:00", an interval's first end), for comparing
/// two readings of a date; `None` for other grains.
fn start_day(value: &str) -> Option<Date> {
    let v = value.split('/').next()?;
    let num = |a: usize, b: usize| v.get(a..b).and_then(|x| x.parse::<i16>().ok());
    let y = num(0, 4)?;
    match v.as_bytes().get(4..6)? {
        [b'-', b'W'] => {
            let w = num(6, 8)?;
            let wd = jiff::civil::ISOWeekDate::new(
                y,
                i8::try_from(w).ok()?,
                jiff::civil::Weekday::Monday,
            )
            .ok()?;
            Some(wd.date())
        }
        [b'-', _] => {
            let m = i8::try_from(num(5, 7)?).ok()?;
            let d = if v.len() >= 10 {
                i8::try_from(num(8, 10)?).ok()?
            } else {
                1
            };
            Date::new(y, m, d).ok()
        }
        _ => None,
    }
}

/// The day a value's first ten bytes give ("2023-05-19",
/// "2023-05-19T14:30"); none for a masked value ("XXXX-05-19") or another
/// grain.
fn value_day(value: &str) -> Option<Date> {
    value.get(..10)?.parse::<Date>().ok()
}

/// The last day of an ISO value's last part: a day ("2023-05-22",
/// "2023-05-22T18:00") or a month ("2023-05"); `None` for other grains.
fn last_day(value: &str) -> Option<Date> {
    let v = value.rsplit('/').next()?;
    let day = start_day(v)?;
    match v.len() {
        7 => Some(day.last_of_month()),
        n if n >= 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[5] != b'W' => Some(day),
        _ => None,
    }
}

/// Whether `e` is a day or month written without year or direction ("22
/// mai", "mai", "le 22"): placed by the calendar alone.
fn is_calendar_only(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Day {
            y: None,
            dir: Dir::Bare,
            ..
        } | Expr::Month {
            y: None,
            dir: Dir::Bare,
            ..
        } | Expr::MonthDay { dir: Dir::Bare, .. }
    )
}

fn fmt_month(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

fn fmt_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// The first day of the season starting in `first` of year `y`, and its last day.
fn season_bounds(y: i64, first: i8) -> Option<(Date, Date)> {
    let start = Date::new(i16::try_from(y).ok()?, first, 1).ok()?;
    let end = add_days(add_months(start, 3)?, -1)?;
    Some((start, end))
}

/// The year of a part of a year that starts in month `first` and lasts
/// `months` ("le second semestre", "au 3e trimestre"): the written one, or
/// the reference day's year unless the period lies wholly after it (for a
/// past reading) or before it (for a future one).
fn period_year(y: Option<i16>, a: Date, way: Way, first: i8, months: i8) -> Option<i64> {
    if let Some(y) = y {
        return Some(i64::from(y));
    }
    let ay = i64::from(a.year());
    let start = Date::new(a.year(), first, 1).ok()?;
    let end = add_days(add_months(start, i64::from(months))?, -1)?;
    Some(if way.past() && start > a {
        ay - 1
    } else if !way.past() && end < a {
        ay + 1
    } else {
        ay
    })
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous
/// Gregorian computus, as in Meeus).
fn easter(y: i16) -> Option<Date> {
    let y32 = i32::from(y);
    let (a, b, c) = (y32 % 19, y32 / 100, y32 % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Evaluates a day-grain expression to a date.
fn eval_date(e: &Expr, a: Date, bare: Way) -> Option<Date> {
    match e {
        Expr::Easter { y, offset } => {
            let on = |y: i16| easter(y).and_then(|d| add_days(d, i64::from(*offset)));
            if let Some(y) = y {
                return on(*y);
            }
            // The latest accepted of three years for a past reading, the
            // earliest for a future one.
            let ay = a.year();
            let step: i16 = if bare.past() { -1 } else { 1 };
            (-1..=1)
                .filter_map(|k| ay.checked_add(k * step))
                .filter_map(on)
                .find(|&c| bare.accepts(c, a))
        }
        Expr::Day { y, m, d, dir } => {
            if let Some(y) = y {
                return Date::new(*y, *m, *d).ok();
            }
            let way = Way::of(*dir, bare);
            let ay = i64::from(a.year());
            // Leap days recur at most every eight years.
            for k in 0..=9i64 {
                let y = if way.past() { ay + 1 - k } else { ay - 1 + k };
                let Ok(y) = i16::try_from(y) else { continue };
                if let Ok(c) = Date::new(y, *m, *d)
                    && way.accepts(c, a)
                {
                    return Some(c);
                }
            }
            None
        }
        Expr::Weekday { wd, dir } => {
            let aw = i64::from(iso_monday(a));
            let wd = i64::from(*wd);
            let way = Way::of(*dir, bare);
            let delta = if way.past() {
                let back = (aw - wd).rem_euclid(7);
                -(if back == 0 && way == Way::PastStrict {
                    7
                } else {
                    back
                })
            } else {
                let fwd = (wd - aw).rem_euclid(7);
                if fwd == 0 && way == Way::FutureStrict {
                    7
                } else {
                    fwd
                }
            };
            add_days(a, delta)
        }
        Expr::Offset {
            unit: TimeUnit::Day,
            n,
        } => add_days(a, *n),
        Expr::Shift(day, n) => add_days(eval_date(day, a, bare)?, *n),
        Expr::DayIn { unit, n } => match unit {
            TimeUnit::Day => add_days(a, *n),
            TimeUnit::Week => add_days(a, n.checked_mul(7)?),
            TimeUnit::Month => add_months(a, *n),
            TimeUnit::Year => add_months(a, n.checked_mul(12)?),
            _ => None,
        },
        Expr::WeekdayIn { wd, weeks } => {
            let monday = add_days(a, 1 - i64::from(iso_monday(a)))?;
            add_days(monday, weeks.checked_mul(7)? + i64::from(*wd) - 1)
        }
        Expr::MonthDay { d, dir, wd } => {
            // The nearest month with that day (and that weekday, when written).
            let way = Way::of(*dir, bare);
            let first = a.first_of_month();
            (0..=36i64).find_map(|k| {
                let m = add_months(first, if way.past() { -k } else { k })?;
                let c = Date::new(m.year(), m.month(), *d).ok()?;
                let wd_ok = wd.is_none_or(|w| iso_monday(c) == w);
                (way.accepts(c, a) && wd_ok).then_some(c)
            })
        }
        _ => None,
    }
}

/// The first day of the month an expression names.
fn eval_month(e: &Expr, a: Date, bare: Way) -> Option<Date> {
    match e {
        Expr::Month { y, m, dir } => {
            let y = match y {
                Some(y) => *y,
                None => {
                    let way = Way::of(*dir, bare);
                    let ay = a.year();
                    if way.accepts(*m, a.month()) {
                        ay
                    } else if way.past() {
                        ay.checked_sub(1)?
                    } else {
                        ay.checked_add(1)?
                    }
                }
            };
            Date::new(y, *m, 1).ok()
        }
        Expr::Offset {
            unit: TimeUnit::Month,
            n,
        } => add_months(a.first_of_month(), *n),
        _ => None,
    }
}

/// Evaluates an expression to its ISO 8601 value against anchor day `a`.
fn eval(e: &Expr, a: Date, bare: Way) -> Option<String> {
    match e {
        Expr::Day { .. }
        | Expr::Easter { .. }
        | Expr::Weekday { .. }
        | Expr::WeekdayIn { .. }
        | Expr::MonthDay { .. }
        | Expr::Shift(..)
        | Expr::DayIn { .. } => eval_date(e, a, bare).map(|d| d.to_string()),
        Expr::Month { .. } => eval_month(e, a, bare).map(fmt_month),
        // A week named by a Sunday ("la semaine du dimanche 6 octobre")
        // is the one it opens in Sunday-first calendars: the next ISO week.
        Expr::WeekOf(day) => eval_date(day, a, bare)
            .and_then(|d| add_days(d, i64::from(iso_monday(d) == 7)))
            .map(fmt_week),
        Expr::NthIn { n, of, month } => {
            let first = eval_month(month, a, bare)?;
            let last = first.last_of_month();
            match of {
                Nth::Day if *n < 0 => Some(last.to_string()),
                Nth::Day => add_days(first, n - 1)
                    .filter(|d| *d <= last)
                    .map(|d| d.to_string()),
                // Weeks of a month are the whole ISO weeks inside it: "la
                // première semaine d'octobre 2022" (the 1st a Saturday) is
                // the week of Monday 3, not the one of 26 September.
                Nth::Week if *n < 0 => {
                    let back = (i64::from(iso_monday(last)) - 7).rem_euclid(7);
                    add_days(last, -back - 6).map(fmt_week)
                }
                Nth::Week => {
                    let fwd = (1 - i64::from(iso_monday(first))).rem_euclid(7);
                    add_days(first, fwd + (n - 1) * 7)
                        .filter(|d| add_days(*d, 6).is_some_and(|sun| sun <= last))
                        .map(fmt_week)
                }
                Nth::Weekday(wd) if *n < 0 => {
                    let back = (i64::from(iso_monday(last)) - i64::from(*wd)).rem_euclid(7);
                    add_days(last, -back).map(|d| d.to_string())
                }
                Nth::Weekday(wd) => {
                    let fwd = (i64::from(*wd) - i64::from(iso_monday(first))).rem_euclid(7);
                    add_days(first, fwd + (n - 1) * 7)
                        .filter(|d| *d <= last)
                        .map(|d| d.to_string())
                }
                // A week-end belongs to the month of its Saturday.
                Nth::Weekend => {
                    let sat = if *n < 0 {
                        let back = (i64::from(iso_monday(last)) - 6).rem_euclid(7);
                        add_days(last, -back)?
                    } else {
                        let fwd = (6 - i64::from(iso_monday(first))).rem_euclid(7);
                        add_days(first, fwd + (n - 1) * 7).filter(|d| *d <= last)?
                    };
                    Some(format!("{sat}/{}", add_days(sat, 1)?))
                }
                Nth::Fortnight => {
                    let mid = add_days(first, 14)?;
                    match n {
                        1 => Some(format!("{first}/{mid}")),
                        2 | -1 => Some(format!("{}/{last}", add_days(mid, 1)?)),
                        _ => None,
                    }
                }
            }
        }
        Expr::Year(y) => fmt_year(i64::from(*y)),
        Expr::Season { y, first, dir } => {
            let (start, end) = match y {
                Some(y) => season_bounds(i64::from(*y), *first)?,
                None => {
                    let way = Way::of(*dir, bare);
                    let ay = i64::from(a.year());
                    let years: [i64; 4] = if way.past() {
                        [ay + 1, ay, ay - 1, ay - 2]
                    } else {
                        [ay - 2, ay - 1, ay, ay + 1]
                    };
                    years.into_iter().find_map(|y| {
                        let (s, e) = season_bounds(y, *first)?;
                        let ok = match way {
                            Way::PastIncl => s <= a,
                            Way::PastStrict => e < a,
                            Way::FutureIncl => e >= a,
                            Way::FutureStrict => s > a,
                        };
                        ok.then_some((s, e))
                    })?
                }
            };
            Some(format!("{}/{}", fmt_month(start), fmt_month(end)))
        }
        Expr::Quarter { y, q } => {
            let y = period_year(*y, a, bare, (q - 1) * 3 + 1, 3)?;
            Some(format!("{}-Q{q}", fmt_year(y)?))
        }
        Expr::Half { y, h } => {
            let y = period_year(*y, a, bare, (h - 1) * 6 + 1, 6)?;
            Some(format!("{}-H{h}", fmt_year(y)?))
        }
        Expr::Century(c) => {
            let c = i64::from(*c);
            Some(format!(
                "{}/{}",
                fmt_year((c - 1) * 100 + 1)?,
                fmt_year(c * 100)?
            ))
        }
        Expr::Decade(d) => {
            let d = i64::from(*d);
            Some(format!("{}/{}", fmt_year(d)?, fmt_year(d + 9)?))
        }
        Expr::PastWeekend => {
            // Saturday of the reference's week, or of the week before when
            // that Saturday is still to come.
            let monday = add_days(a, 1 - i64::from(iso_monday(a)))?;
            let back = if iso_monday(a) >= 6 { 0 } else { -7 };
            let sat = add_days(monday, 5 + back)?;
            Some(format!("{sat}/{}", add_days(sat, 1)?))
        }
        Expr::Offset { unit, n } => match unit {
            TimeUnit::Day => add_days(a, *n).map(|d| d.to_string()),
            TimeUnit::Week => add_days(a, n.checked_mul(7)?).map(fmt_week),
            TimeUnit::Weekend => {
                let monday = add_days(a, 1 - i64::from(iso_monday(a)))?;
                let sat = add_days(monday, n.checked_mul(7)?.checked_add(5)?)?;
                Some(format!("{sat}/{}", add_days(sat, 1)?))
            }
            TimeUnit::Month => eval_month(e, a, bare).map(fmt_month),
            TimeUnit::Quarter => {
                let idx = i64::from(a.year()) * 4 + i64::from(a.month() - 1) / 3 + n;
                Some(format!(
                    "{}-Q{}",
                    fmt_year(idx.div_euclid(4))?,
                    idx.rem_euclid(4) + 1
                ))
            }
            TimeUnit::Year => fmt_year(i64::from(a.year()).checked_add(*n)?),
            // "la décennie dernière": 2010/2019 read in 2023.
            TimeUnit::Decade => {
                let d = (i64::from(a.year()).div_euclid(10) + n) * 10;
                Some(format!("{}/{}", fmt_year(d)?, fmt_year(d + 9)?))
            }
            // "le siècle dernier": 1901/2000 read in 2023.
            TimeUnit::Century => {
                let c = (i64::from(a.year()) - 1).div_euclid(100) + 1 + n;
                Some(format!(
                    "{}/{}",
                    fmt_year((c - 1) * 100 + 1)?,
                    fmt_year(c * 100)?
                ))
            }
            _ => None,
        },
        Expr::Night(day) => {
            // A night told in the past is over: it began before the
            // reference day ("dans la nuit de samedi à dimanche, des frappes
            // ont touché Kiev", read on a Saturday: the last one).
            let bare = if bare == Way::PastIncl {
                Way::PastStrict
            } else {
                bare
            };
            let d = eval_date(day, a, bare)?;
            Some(format!("{d}/{}", add_days(d, 1)?))
        }
        Expr::At { day, h, min } => {
            let d = match day {
                Some(day) => eval_date(day, a, bare)?,
                None => a,
            };
            // Hour 24 is the day's end: "jusqu'au 31 mai à 24h" runs to
            // 1 June at 00:00.
            if *h >= 24 {
                return Some(format!("{}T{:02}:00", add_days(d, 1)?, h - 24));
            }
            Some(format!("{d}T{h:02}:{:02}", min.unwrap_or(0)))
        }
        // Centuries run from the first year of one to the last of the
        // other ("du XVe au XVIIIe siècle": 1401/1800).
        Expr::Interval(x, y)
            if let (Expr::Century(a), Expr::Century(b)) = (x.as_ref(), y.as_ref()) =>
        {
            let (a, b) = (i64::from(*a), i64::from(*b));
            Some(format!(
                "{}/{}",
                fmt_year((a - 1) * 100 + 1)?,
                fmt_year(b * 100)?
            ))
        }
        // Decades likewise ("les années 1960 et 1970": 1960/1979).
        Expr::Interval(x, y)
            if let (Expr::Decade(a), Expr::Decade(b)) = (x.as_ref(), y.as_ref()) =>
        {
            let (a, b) = (i64::from(*a), i64::from(*b));
            Some(format!("{}/{}", fmt_year(a)?, fmt_year(b + 9)?))
        }
        Expr::Interval(x, y) => {
            // Read in the future, an interval without year that holds the
            // reference day is the current one ("le festival se tiendra du
            // 18 au 22 mai" written on 20 May): the future reading of its
            // first end alone would put it a year on.
            if !bare.past() && is_calendar_only(x) && is_calendar_only(y) {
                let vx = eval(x, a, Way::PastIncl)?;
                let vy = eval(y, start_day(&vx)?, Way::FutureIncl)?;
                if last_day(&vy).is_some_and(|end| end >= a) {
                    return Some(format!("{vx}/{vy}"));
                }
            }
            let vx = eval(x, a, bare)?;
            // A second end written without year or direction is the first
            // such day or month from the first end ("de fin mai à début
            // juin" read in the past: May and June of the same year).
            let vy = match start_day(&vx) {
                Some(from) if is_calendar_only(y) => eval(y, from, Way::FutureIncl)?,
                _ => eval(y, a, bare)?,
            };
            // "de 22 heures à 6 heures": through the night, the end on the
            // next day.
            let vy = match (vx.split_once('T'), vy.split_once('T')) {
                (Some((dx, tx)), Some((dy, ty))) if dx == dy && ty < tx => {
                    format!("{}T{ty}", add_days(dx.parse::<Date>().ok()?, 1)?)
                }
                _ => vy,
            };
            Some(format!("{vx}/{vy}"))
        }
        Expr::Lit(s, _) => Some(s.clone()),
    }
}

/// The two anchor days a reference stands for.
fn anchors(r: Option<Reference>) -> (Date, Date) {
    let d = |y: i16, m: i8, d: i8| Date::new(y, m, d).unwrap_or_default();
    match r {
        Some(Reference::Day(x)) => (x, x),
        Some(Reference::Month { year, month }) => {
            let first = Date::new(year, month, 1).unwrap_or_default();
            (first, first.last_of_month())
        }
        Some(Reference::Year(y)) => (d(y, 1, 1), d(y, 12, 31)),
        // Two anchors that differ in year, month, day, ISO week and weekday.
        None => (d(2001, 3, 15), d(2006, 10, 23)),
    }
}

/// Merges the values computed against two anchors: equal components are
/// kept, the others become `X`.
fn mask(lo: &str, hi: &str) -> (String, bool) {
    if lo == hi {
        return (lo.to_string(), true);
    }
    if lo.len() != hi.len() {
        let v = lo
            .chars()
            .map(|c| if c.is_ascii_digit() { 'X' } else { c })
            .collect();
        return (v, false);
    }
    let (a, b) = (lo.as_bytes(), hi.as_bytes());
    let mut out = a.to_vec();
    let mut i = 0;
    while i < a.len() {
        if a[i].is_ascii_digit() {
            let s = i;
            while i < a.len() && a[i].is_ascii_digit() {
                i += 1;
            }
            if a[s..i] != b[s..i] {
                out[s..i].fill(b'X');
            }
        } else {
            i += 1;
        }
    }
    (String::from_utf8(out).unwrap_or_default(), false)
}

// ---------------------------------------------------------------------------
// Matching

/// Longest look-ahead of any matcher, in tokens (bounds the work per token).
const WINDOW: usize = 24;

/// A date match: tokens `[start, end)`.
struct Found {
    end: usize,
    expr: Expr,
    modifier: Option<Modifier>,
    /// The part of the period under a direction ("depuis fin 2022": end,
    /// the modifier since).
    part: Option<Modifier>,
    /// The weekday written before a full date ("jeudi 18 mai 2023"), ISO
    /// numbered (Monday 1), to be checked against the date.
    weekday: Option<i8>,
    set: bool,
}

impl Found {
    fn new(end: usize, expr: Expr) -> Found {
        Found {
            end,
            expr,
            modifier: None,
            part: None,
            weekday: None,
            set: false,
        }
    }
    fn with(mut self, m: Option<Modifier>) -> Found {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}

/// Keeps in `best` the candidate reaching farthest, the first of equally
/// long ones, when the candidates are offered in order (no array of them
/// to build, scan and drop).
#[inline(always)]
fn keep_longest(best: &mut Option<Found>, cand: Option<Found>) {
    if let Some(c) = cand
        && best.as_ref().is_none_or(|b| c.end > b.end)
    {
        *best = Some(c);
    }
}

/// A duration match.
struct DurFound {
    end: usize,
    value: String,
    qualifier: Qualifier,
    vague: bool,
    /// A range's lower bound (`value` is its upper bound).
    low: Option<String>,
}

enum Cand {
    Date(Found),
    Duration(DurFound),
}

/// A day listed before the last of coordinated days ([`Cx::day_list`]):
/// its first token, its end, the day.
type Listed = (usize, usize, i8);

/// A time of day as parsed: hour, minutes, end token, whether it is
/// unambiguous without a cue ("14h30", "midi"), part-of-day modifier.
struct Clock {
    end: usize,
    h: i8,
    min: Option<i8>,
    strong: bool,
    modifier: Option<Modifier>,
}

struct Cx<'a, 't> {
    s: &'a TokenStream<'t>,
    n: usize,
    /// Per token: its folded form, flags and number-word slot.
    toks: Vec<Tok<'a>>,
    /// The number written in words from each word token where one may
    /// start ([`Tok::slot`]), read once when first asked for (`None` until
    /// then).
    words: Vec<std::cell::Cell<Option<Option<ParsedNumber>>>>,
    /// The tokens where [`Cx::may_start`] holds, in order (the extractor
    /// visits only them).
    starts: Vec<usize>,
    /// Nesting of [`Cx::point`] calls (bounded: matchers call each other).
    depth: std::cell::Cell<u32>,
    /// The reference's year, for two-digit years after a month ("juin
    /// 40": [`Cx::month_short_year`]).
    ref_year: Option<i16>,
}

/// What [`Cx::new`] precomputes for one token.
#[derive(Clone, Copy)]
struct Tok<'a> {
    /// Folded form, "d'" read as "de" (the matchers read it often: one
    /// load, where the stream's look-up checks its range).
    form: &'a str,
    /// [`START`] and the other token flags.
    flags: Flags,
    /// For a word token where [`parse_words`] may read a number, its index
    /// in [`Cx::words`] ([`UNSLOTTED`] past `u32` range: read each time);
    /// [`NO_NUMBER`] for the others.
    slot: u32,
}

const NO_NUMBER: u32 = u32::MAX;
const UNSLOTTED: u32 = u32::MAX - 1;

/// The flags of a token ([`Tok::flags`]). A word token's flags are its
/// [`Facts`] (the same bits), less [`NUMBER_WORD`] for an abbreviation.
type Flags = u16;
/// Token flag: a matcher may start there (see [`Cx::may_start`]).
const START: Flags = 1;
/// Token flag: a word token where [`parse_words`] may read a number (see
/// [`Cx::numeric_at`]).
const NUMBER_WORD: Flags = 2;
/// Token flag: temporal content of its own.
const ANCHOR: Flags = 4;
/// Token flag (construction only): [`lex::may_open`] holds.
const OPENER: Flags = 8;
/// Token flag: a number, ordinal, time or date.
const NUMERIC: Flags = 16;
/// Token flag: "un" / "une".
const ARTICLE: Flags = 32;
/// Token flag: a word of the lexicons or of [`MATCHER_WORDS`] ([`LINK`]).
const LINKS: Flags = 64;
/// Token flag: the first word of a cue of [`lex::DATE_CUES`].
const CUE_FIRST: Flags = 128;
/// Token flag: the first word of a holiday name of [`lex::HOLIDAYS`] or of
/// a named period of [`lex::NAMED_PERIODS`].
const HOLIDAY_FIRST: Flags = 256;
/// Token flag: the first word of a lead of [`Cx::part_of_day_at`]
/// ([`DAYPART_LEAD_FIRST`]).
const DAYPART_LEAD: Flags = 512;
/// Token flag: a word a part of the day after a lead begins with (see
/// [`daypart_head`]).
const DAYPART: Flags = 1024;
/// Token flag: a season name ("été") that is in no other list of the
/// lexicons or of [`MATCHER_WORDS`], nor a month, weekday or number word.
/// The only matcher that starts on such a word is [`Cx::season_expr`]
/// without a determiner, which then needs its year ("été 2022"): the gate
/// lets it start only before a number token or number word ("a été" is the
/// frequent case). A matcher that starts on a season name otherwise must
/// drop this rule.
const SEASON_ONLY: Flags = 2048;
/// Token flag: the first word of a qualifier of [`lex::DURATION_QUALIFIERS`].
const QUALIFIER_FIRST: Flags = 4096;
/// Token flag: the first word of a sequence of [`lex::VAGUE_AMOUNTS`].
const VAGUE_FIRST: Flags = 8192;
/// The flags that the backward pass of [`Cx::new`] reads (a token with
/// none of them is not visited).
const MARKS: Flags = NUMBER_WORD | ANCHOR | OPENER | NUMERIC | ARTICLE;

/// The leads of a part of the day in [`Cx::part_of_day_at`] (and whether
/// each needs a day before it).
const DAYPART_LEADS: &[(&[&str], bool)] = &[
    (&["dans", "la"], false),
    (&["dans", "l'"], false),
    (&["dans", "le"], false),
    (&["en"], false),
    (&["a", "l'"], false),
    (&["au"], false),
    (&["aux"], false),
    (&["en", "debut", "de"], false),
    (&["en", "fin", "de"], false),
    (&["en", "milieu", "de"], false),
    (&["debut", "de"], false),
    (&["milieu", "de"], false),
    (&["fin", "de"], false),
    (&["a", "la"], false),
    (&["au", "debut", "de", "la"], false),
    (&["au", "debut", "de", "l'"], false),
    (&["au", "milieu", "de", "la"], false),
    (&["au", "milieu", "de", "l'"], false),
    (&["a", "la", "fin", "de", "la"], false),
    (&["a", "la", "fin", "de", "l'"], false),
    (&["tot", "le"], false),
    (&["tres", "tot", "le"], false),
    (&["des", "le"], false),
    (&["des", "la"], false),
    (&["pendant", "la"], false),
    (&["le"], true),
    (&["l'"], true),
    (&["la"], true),
];

/// Whether `w` begins a part of the day as [`Cx::part_of_day_at`] reads
/// it after its lead: a part-of-day word, "journee", or the first word of a
/// phrase of [`lex::PART_OF_DAY_PHRASES`].
fn daypart_head(w: &str) -> bool {
    w == "journee"
        || lex::part_of_day(w).is_some()
        || lex::PART_OF_DAY_PHRASES.iter().any(|(p, _)| p[0] == w)
}

/// The first words of the leads of [`Cx::part_of_day_at`].
const DAYPART_LEAD_FIRST: &[&str] = &[
    "dans", "en", "a", "au", "aux", "tot", "tres", "des", "pendant", "le", "l'", "la", "debut",
    "milieu", "fin",
];

/// Deepest nesting of matchers (a cue inside an interval inside a date...).
const MAX_DEPTH: u32 = 4;

/// How far an opener may stand before the first token with temporal
/// content: "d'ici à la fin de l'" + "année", "à partir de la fin de l'" +
/// "année" (seven tokens of cues and articles).
const ANCHOR_REACH: usize = 8;

/// The years [`Cx::year_at`] reads in four digits, and in words (only
/// modern ones: "deux mille" is more often a count).
const DIGIT_YEARS: std::ops::RangeInclusive<u64> = 1000..=2199;
const WORD_YEARS: std::ops::RangeInclusive<u64> = 1900..=2199;
/// The years read without a cue before them (as a subject, of an event,
/// heading a timeline entry, listed after a year): modern ones only
/// ("1500 est le nombre de morts").
const MODERN_YEARS: std::ops::RangeInclusive<i16> = 1800..=2100;

/// Whether [`parse_words`] can read a number starting with the folded word
/// `w` (a cheap gate run on every word before the parser).
///
/// Sound: `parse_words` returns `None` when its first word is empty, or is
/// not an irregular ordinal and has a hyphen part that is neither a cardinal
/// word nor (for the last part) a `-ième` ordinal, or begins with the part
/// "et"; this is exactly that test, with the cardinal list in a hash set
/// instead of a linear scan. ("d'",
/// read as "de" by the extractor, is no number word either way.)
fn may_start_number(w: &str) -> bool {
    type Set = rustc_hash::FxHashSet<&'static str>;
    static CARDINALS: std::sync::LazyLock<Set> =
        std::sync::LazyLock::new(|| numbers::CARDINALS.iter().map(|(w, _)| *w).collect());
    // A word without hyphen: a cardinal or an irregular ordinal (one lookup).
    static WHOLE: std::sync::LazyLock<Set> = std::sync::LazyLock::new(|| {
        let cardinals = numbers::CARDINALS.iter().map(|(w, _)| *w);
        cardinals
            .chain(numbers::IRREGULAR_ORDINALS.iter().map(|(w, _)| *w))
            .collect()
    });
    // Only words ending so can be `-ième` ordinals (see `ordinal_stem`).
    let ordinal =
        |p: &str| (p.ends_with("eme") || p.ends_with("emes")) && numbers::ordinal_stem(p).is_some();
    // "et" continues a number ("vingt et un") but opens none: the parser
    // refuses it as a first part. (A frequent word: its parse is saved.)
    if w.split('-').next() == Some("et") {
        return false;
    }
    if !w.as_bytes().contains(&b'-') {
        return WHOLE.contains(w) || ordinal(w);
    }
    // Irregular ordinals hold no hyphen: every part must be a cardinal,
    // the last may be an ordinal.
    let mut parts = w.split('-').peekable();
    while let Some(p) = parts.next() {
        if !(CARDINALS.contains(p) || (parts.peek().is_none() && ordinal(p))) {
            return false;
        }
    }
    true
}

/// A temporal word of its own (see [`lex::is_anchor`]), a month or weekday
/// name or abbreviation (as `calendar::month` / `calendar::weekday` read
/// them, a trailing period ignored) or a season.
fn lexical_anchor(f: &str) -> bool {
    static CALENDAR: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            let months = calendar::MONTHS.iter().map(|(w, _)| *w);
            months
                .chain(calendar::WEEKDAYS.iter().map(|(w, _)| *w))
                .collect()
        });
    lex::is_anchor(f)
        || CALENDAR.contains(f.strip_suffix('.').unwrap_or(f))
        || calendar::SEASONS.iter().any(|(s, _)| *s == f)
}

/// What the lexicon says about one word token, packed in the bits of its
/// token flags (see [`word_facts`]; [`ARTICLE`], [`CUE_FIRST`],
/// [`HOLIDAY_FIRST`] and [`DAYPART_LEAD`] as the table gives them to its
/// keys).
type Facts = Flags;
/// [`may_start_number`] holds for the tokeniser's form.
const NUMBER_START: Facts = NUMBER_WORD;
/// [`lexical_anchor`] holds for the extractor's form ("d'" read as "de").
const LEXICAL_ANCHOR: Facts = ANCHOR;
/// [`lex::may_open`] holds for the extractor's form.
const OPENS: Facts = OPENER;
/// A word of the temporal lexicons or of [`MATCHER_WORDS`]: one a match
/// may hold before its first anchor (see [`Cx::may_start`]).
const LINK: Facts = LINKS;

/// The facts a table key has by the lists of first words (the key read as
/// the extractor reads it: "d'" as "de").
fn first_facts(w: &str, lexicon: &rustc_hash::FxHashSet<&str>) -> Facts {
    let f = if w == "d'" { "de" } else { w };
    let mut facts = 0;
    if matches!(f, "un" | "une") {
        facts |= ARTICLE;
    }
    if lex::DATE_CUES.iter().any(|(c, _)| c[0] == f) {
        facts |= CUE_FIRST;
    }
    if lex::HOLIDAYS.iter().any(|(h, _)| h[0] == f)
        || lex::NAMED_PERIODS.iter().any(|(p, ..)| p[0] == f)
    {
        facts |= HOLIDAY_FIRST;
    }
    if DAYPART_LEAD_FIRST.contains(&f) {
        facts |= DAYPART_LEAD;
    }
    if daypart_head(f) {
        facts |= DAYPART;
    }
    if lex::DURATION_QUALIFIERS.iter().any(|(q, _)| q[0] == f) {
        facts |= QUALIFIER_FIRST;
    }
    if lex::VAGUE_AMOUNTS.iter().any(|v| v[0] == f) {
        facts |= VAGUE_FIRST;
    }
    if calendar::SEASONS.iter().any(|(w, _)| *w == f)
        && !lexicon.contains(f)
        && !MATCHER_WORDS.contains(&f)
        && calendar::month(f).is_none()
        && calendar::weekday(f).is_none()
        && !may_start_number(f)
    {
        facts |= SEASON_ONLY;
    }
    facts
}

/// The tokens the matchers of this module compare with literally, outside
/// the lexicon lists ("il y a", "qui suit", "-ci", "fois par"...). A
/// matcher that reads a new literal word before the first anchor of its
/// match must list it here (or in a list of [`lex::lexicon_words`]), or
/// the gate of [`Cx::may_start`] will not let it start.
#[rustfmt::skip]
const MATCHER_WORDS: &[&str] = &[
    "!", ",", "-", "-ci", ".", "/", ";", "?", "a", "an", "annee", "annees", "apres", "apres-midi",
    "au", "aux", "avant-veille", "ce", "centaine", "ces", "cet", "cette", "ci", "cinquantaine",
    "d'", "dans", "de", "debut", "demi", "demi-", "demie", "dernier", "derniere", "des", "dizaine",
    "douzaine", "du", "durant", "eme", "emes", "en", "entre", "environ", "er", "et", "fin", "fois",
    "h", "heure", "heures", "huit", "il", "j", "jour", "journee", "jusqu'", "l'", "la", "le",
    "lendemain", "les", "mat", "matin", "milieu", "min", "minute", "minutes", "mn", "moins",
    "mois", "par", "pendant", "premier", "premiere", "quarantaine", "quart", "quarts", "qui",
    "quinzaine", "quinze", "quotidiennement", "re", "s", "second", "seconde", "semaine",
    "semestre", "siecle", "soir", "soixantaine", "suit", "sur", "surlendemain", "tot", "trentaine",
    "tres", "trimestre", "trois", "un", "une", "veille", "vingtaine", "y", "ya",
];

/// A word with a letter that [`word_facts`] marks [`LINK`]: the first word
/// of a sequence that [`Cx::is_link`] may gate.
fn link_word(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_alphabetic()) && word_facts(w) & LINK != 0
}

/// The facts of a word token from its tokeniser form `w`, exactly as the
/// three tests would give them, in one table lookup for nearly every word.
///
/// The table holds every word any of the tests accepts by whole-word
/// lookup (cardinals, irregular ordinals, [`lex::anchor_words`], months,
/// weekdays, seasons, [`lex::opener_words`]), plus "d'", each with the
/// facts the tests give it; with the other words of the lexicons
/// ([`lex::lexicon_words`]) and [`MATCHER_WORDS`], all marked [`LINK`].
/// Apart from those whole-word lists, the tests accept only words of
/// special shape: a hyphen (number compounds, "mi-juillet", "demi-heure"),
/// a trailing period (month and weekday abbreviations), a `-ième` ending
/// (ordinals) or a [`lex::DATE_PREFIXES`] prefix; a word not in the table
/// and of no such shape has no fact, and the others take the tests
/// themselves. A new whole-word list read by `is_anchor` or `may_open` is
/// covered through `anchor_words` / `opener_words`; a new non-list test
/// there must accept only words of the shapes above, or be added to
/// `special` in [`WordTable::facts`].
fn word_facts(w: &str) -> Facts {
    WORD_FACTS.of(w)
}

/// The tables behind [`word_facts`], built once.
static WORD_FACTS: std::sync::LazyLock<WordFacts> = std::sync::LazyLock::new(WordFacts::new);

struct WordFacts {
    /// Words of one to three letters (a third of a text's words) and
    /// single ASCII characters (punctuation), by [`short_index`]: what
    /// [`WordTable::facts`] gives for each.
    short: Box<[Facts]>,
    /// The first bytes of the words of four bytes or more that can have a
    /// fact (see [`WordFacts::heads`]). Most words of a text begin
    /// otherwise, or are not as long as a key beginning so, and are settled
    /// without the table.
    heads: Box<Heads>,
    /// The lexicon words with their facts.
    table: WordTable,
}

impl WordFacts {
    fn new() -> WordFacts {
        let words = numbers::CARDINALS
            .iter()
            .map(|(w, _)| *w)
            .chain(numbers::IRREGULAR_ORDINALS.iter().map(|(w, _)| *w))
            .chain(lex::anchor_words())
            .chain(calendar::MONTHS.iter().map(|(w, _)| *w))
            .chain(calendar::WEEKDAYS.iter().map(|(w, _)| *w))
            .chain(calendar::SEASONS.iter().map(|(w, _)| *w))
            .chain(lex::opener_words())
            .chain(lex::lexicon_words())
            .chain(MATCHER_WORDS.iter().copied())
            .chain(lex::DATE_CUES.iter().map(|(c, _)| c[0]))
            .chain(lex::HOLIDAYS.iter().map(|(h, _)| h[0]))
            .chain(lex::NAMED_PERIODS.iter().map(|(p, ..)| p[0]))
            .chain(DAYPART_LEAD_FIRST.iter().copied())
            .chain(lex::PARTS_OF_DAY.iter().map(|(w, _)| *w))
            .chain(lex::PART_OF_DAY_PHRASES.iter().map(|(p, _)| p[0]))
            .chain(lex::DURATION_QUALIFIERS.iter().map(|(q, _)| q[0]))
            .chain(lex::VAGUE_AMOUNTS.iter().map(|v| v[0]))
            .chain(["journee", "d'"]);
        let lexicon = lex::lexicon_words().into_iter().collect();
        let table =
            WordTable::new(words.map(|w| (w, exact_facts(w) | LINK | first_facts(w, &lexicon))));
        // [`Cx::new`] reads "d'" as "de" before the lookup.
        debug_assert_eq!(table.get("d'"), table.get("de"));
        let short = if lex::DATE_PREFIXES.iter().all(|(p, _)| p.contains('-')) {
            Self::short_from_keys(&table)
        } else {
            Self::short_by_enumeration(&table)
        };
        debug_assert!(short == Self::short_by_enumeration(&table));
        let heads = Box::new(Self::heads(&table));
        WordFacts {
            short,
            heads,
            table,
        }
    }

    /// The first-bytes filters of [`WordFacts::of`] for words of four
    /// bytes or more (see [`Heads`]).
    ///
    /// Sound by the shapes of [`WordTable::facts`]: a word with a fact is a
    /// key of the table (its first bytes and length marked in `keys` and
    /// `key_lens`), or of a special shape that the exact tests accept, and
    /// each of those begins with a *base* (marked in `bases`):
    /// - a number compound ("vingt-deux") with a cardinal;
    /// - a `-ième` ordinal with its stem: a cardinal, a cardinal less its
    ///   final "e" ("onz-ième"), or a spelling that keeps the cardinal's
    ///   first three letters ("cinqu-ième", "neuv-ième");
    /// - a month or weekday abbreviation with a trailing period with the
    ///   name;
    /// - the words of [`lex::DATE_PREFIXES`] and [`lex::ANCHOR_PREFIXES`]
    ///   with the prefix.
    ///
    /// Each base admits every word beginning with it
    /// ([`Prefixes::insert_prefix`]: a base shorter than three bytes leaves
    /// the bytes after it free).
    fn heads(table: &WordTable) -> Heads {
        let mut heads = Heads {
            keys: Prefixes::default(),
            key_lens: [0; 1024],
            bases: Prefixes::default(),
        };
        for w in table.keys.iter().map(|(w, _)| *w) {
            if let [a, b, _, _, ..] = *w.as_bytes() {
                heads.keys.insert(w.as_bytes());
                heads.key_lens[prefixes::row(a, b)] |= 1 << (w.len() % 32);
            }
        }
        let cardinals = numbers::CARDINALS.iter().map(|(c, _)| *c);
        let stems = numbers::ordinal_stems();
        let names = calendar::MONTHS.iter().map(|(w, _)| *w);
        let names = names.chain(calendar::WEEKDAYS.iter().map(|(w, _)| *w));
        let prefixes = lex::DATE_PREFIXES.iter().map(|(p, _)| *p);
        let prefixes = prefixes.chain(lex::ANCHOR_PREFIXES.iter().copied());
        for base in cardinals.chain(stems).chain(names).chain(prefixes) {
            heads.bases.insert_prefix(base.as_bytes());
        }
        heads
    }

    /// The short-word table from what [`WordTable::facts`] gives every
    /// single ASCII character and every word of two or three letters.
    fn short_by_enumeration(table: &WordTable) -> Box<[Facts]> {
        let mut short = vec![0; (1 << 15) + 128].into_boxed_slice();
        for c in 0..128u8 {
            let w = [c];
            let word = std::str::from_utf8(&w).expect("ascii");
            if let Some(idx) = short_index(&w) {
                short[idx] = table.facts(word);
            }
        }
        let letters: Vec<u8> = (b'a'..=b'z').chain([b'\'']).collect();
        let mut w = Vec::with_capacity(3);
        for len in 2..=3u32 {
            for mut k in 0..letters.len().pow(len) {
                w.clear();
                for _ in 0..len {
                    w.push(letters[k % letters.len()]);
                    k /= letters.len();
                }
                let word = std::str::from_utf8(&w).expect("ascii");
                if let Some(idx) = short_index(&w) {
                    short[idx] = table.facts(word);
                }
            }
        }
        short
    }

    /// The same table (a twentieth of the work, once per process), when
    /// every date prefix holds a hyphen: a word of two or three letters
    /// (a–z, apostrophe) outside the table then has facts only by a special
    /// shape of [`WordTable::facts`], and the only such shape it can take
    /// is the ending "eme" ("eme" itself); no hyphen, no trailing period,
    /// no "emes" in three letters.
    fn short_from_keys(table: &WordTable) -> Box<[Facts]> {
        let mut short = vec![0; (1 << 15) + 128].into_boxed_slice();
        for c in 0..128u8 {
            let w = [c];
            let word = std::str::from_utf8(&w).expect("ascii");
            if let Some(idx) = short_index(&w) {
                short[idx] = table.facts(word);
            }
        }
        let words = table.keys.iter().map(|(w, _)| *w).chain(["eme"]);
        for word in words.filter(|w| (2..=3).contains(&w.len())) {
            if let Some(idx) = short_index(word.as_bytes()) {
                short[idx] = table.facts(word);
            }
        }
        short
    }

    /// [`word_facts`] (the tables in hand: [`Cx::new`] takes them once).
    #[inline(always)]
    fn of(&self, w: &str) -> Facts {
        let b = w.as_bytes();
        match short_index(b) {
            Some(idx) => self.short[idx],
            None => self.long(w),
        }
    }

    /// [`word_facts`] of a word outside the short-word table, through the
    /// first-bytes filters ([`WordFacts::heads`]).
    #[inline(always)]
    fn long(&self, w: &str) -> Facts {
        let [a, b, c, _, ..] = *w.as_bytes() else {
            return self.table.facts(w);
        };
        if self.heads.bases.admits((a, b, c)) {
            // Maybe of a special shape: the table, then the shapes.
            self.table.facts(w)
        } else if self.heads.keys.admits((a, b, c))
            && self.heads.key_lens[prefixes::row(a, b)] >> (w.len() % 32) & 1 != 0
        {
            // A fact only as a key.
            self.table.get(w).unwrap_or(0)
        } else {
            0
        }
    }
}

/// The first-bytes filters of [`WordFacts::of`].
struct Heads {
    /// The first three bytes of the keys of four bytes or more.
    keys: Prefixes,
    /// The lengths of the keys of four bytes or more, by the row of their
    /// first two bytes ([`prefixes::row`]): bit `len % 32`.
    key_lens: [u32; 1024],
    /// The bases of the words of special shape that may have a fact (any
    /// word beginning with one).
    bases: Prefixes,
}

impl WordTable {
    /// [`word_facts`] for any word: the table lookup, then the special
    /// shapes.
    #[inline]
    fn facts(&self, w: &str) -> Facts {
        // Whether every prefix holds a hyphen (as "mi-"): then a word with
        // such a prefix is already special by its hyphen.
        const PREFIXES_HYPHENATED: bool = {
            let mut k = 0;
            let mut all = true;
            while k < lex::DATE_PREFIXES.len() {
                let p = lex::DATE_PREFIXES[k].0.as_bytes();
                let mut j = 0;
                let mut hyphen = false;
                while j < p.len() {
                    hyphen |= p[j] == b'-';
                    j += 1;
                }
                all &= hyphen;
                k += 1;
            }
            all
        };
        if let Some(facts) = self.get(w) {
            return facts;
        }
        let b = w.as_bytes();
        let special = match b.last() {
            None => return 0,
            Some(b'.') => true,
            Some(b'e') => b.ends_with(b"eme"),
            Some(b's') => b.ends_with(b"emes"),
            _ => false,
        } || has_hyphen(b)
            || (!PREFIXES_HYPHENATED && lex::DATE_PREFIXES.iter().any(|(p, _)| w.starts_with(p)));
        if special { exact_facts(w) } else { 0 }
    }
}

/// The slow, exact tests behind [`word_facts`] (the extractor reads "d'"
/// as "de").
fn exact_facts(w: &str) -> Facts {
    let f = if w == "d'" { "de" } else { w };
    let mut facts = 0;
    if may_start_number(w) {
        facts |= NUMBER_START;
    }
    if lexical_anchor(f) {
        facts |= LEXICAL_ANCHOR;
    }
    if lex::may_open(f) {
        facts |= OPENS;
    }
    facts
}

/// The index of a word in the short-word table of [`word_facts`]: a single
/// ASCII character after the first 2^15 entries; two or three letters (a–z
/// or apostrophe) at five bits a letter, 0 past the end.
#[inline(always)]
fn short_index(b: &[u8]) -> Option<usize> {
    const CODE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut c = b'a';
        while c <= b'z' {
            t[c as usize] = c - b'a' + 1;
            c += 1;
        }
        t[b'\'' as usize] = 27;
        t
    };
    let code = |c: u8| usize::from(CODE[usize::from(c)]);
    // Unrolled per length, the letters tested together (no branch per
    // letter).
    match *b {
        [c] => c.is_ascii().then(|| (1 << 15) + usize::from(c)),
        [x, y] => {
            let (x, y) = (code(x), code(y));
            (x != 0 && y != 0).then_some(x | y << 5)
        }
        [x, y, z] => {
            let (x, y, z) = (code(x), code(y), code(z));
            (x != 0 && y != 0 && z != 0).then_some(x | y << 5 | z << 10)
        }
        _ => None,
    }
}

/// Whether a word holds a hyphen, eight bytes at a time (words are short:
/// `memchr`'s set-up would cost more than the scan).
fn has_hyphen(b: &[u8]) -> bool {
    const ONES: u64 = crate::swar::LOW_BYTES;
    // Whether any byte of `x` is a hyphen (exact: the borrow of the
    // classic zero-byte test only blurs which byte).
    let any = |x: u64| {
        let y = x ^ (ONES * u64::from(b'-'));
        y.wrapping_sub(ONES) & !y & (ONES << 7) != 0
    };
    let n = b.len();
    if n < 4 {
        return b.iter().fold(false, |h, &c| h | (c == b'-'));
    }
    if n <= 8 {
        // Two overlapping halves cover the word.
        return any(u64::from(load4(b, 0)) | u64::from(load4(b, n - 4)) << 32);
    }
    let mut k = 0;
    while k + 8 <= n {
        if any(load8(b, k)) {
            return true;
        }
        k += 8;
    }
    k < n && any(load8(b, n - 8))
}

fn load4(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"))
}

fn load8(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("eight bytes"))
}

/// A small static string → [`Facts`] map, faster than a general hash map
/// for the one lookup per word token of [`word_facts`]: the bucket is
/// picked from the length and the first and last four bytes (no hashing of
/// the whole word), and most words of a text fall in an empty bucket or one
/// whose keys have another length.
struct WordTable {
    /// Bucket `h` holds `keys[start[h]..start[h + 1]]`.
    start: Vec<u32>,
    /// Per bucket, bit `len % 32` set for the length of each of its keys:
    /// most words that miss are told so without reading the keys.
    lens: Vec<u32>,
    keys: Vec<(&'static str, Facts)>,
}

impl WordTable {
    const BITS: u32 = 12;

    /// From the length and the first and last four bytes (or the first
    /// and last two of a shorter word).
    #[inline(always)]
    fn bucket(b: &[u8]) -> usize {
        let n = b.len();
        let x = if n >= 4 {
            u64::from(load4(b, 0)) | u64::from(load4(b, n - 4)) << 32
        } else {
            u64::from(b[0]) | u64::from(b[n - 1]) << 8
        };
        let h = (x ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .wrapping_mul(0xD6E8_FEB8_6659_FD93);
        (h >> (64 - Self::BITS)) as usize
    }

    fn new(entries: impl Iterator<Item = (&'static str, Facts)>) -> WordTable {
        let mut keys: Vec<_> = entries.filter(|(w, _)| !w.is_empty()).collect();
        keys.sort_unstable();
        keys.dedup_by_key(|(w, _)| *w);
        keys.sort_by_key(|(w, _)| Self::bucket(w.as_bytes()));
        let mut start = vec![0u32; (1 << Self::BITS) + 1];
        for (w, _) in &keys {
            start[Self::bucket(w.as_bytes()) + 1] += 1;
        }
        for h in 0..1 << Self::BITS {
            start[h + 1] += start[h];
        }
        let mut lens = vec![0u32; 1 << Self::BITS];
        for (w, _) in &keys {
            lens[Self::bucket(w.as_bytes())] |= 1 << (w.len() % 32);
        }
        WordTable { start, lens, keys }
    }

    #[inline(always)]
    fn get(&self, w: &str) -> Option<Facts> {
        let b = w.as_bytes();
        if b.is_empty() {
            return None;
        }
        let h = Self::bucket(b);
        if self.lens[h] & 1 << (b.len() % 32) == 0 {
            return None;
        }
        let (lo, hi) = (self.start[h] as usize, self.start[h + 1] as usize);
        self.keys[lo..hi]
            .iter()
            .find(|(k, _)| *k == w)
            .map(|&(_, f)| f)
    }
}

fn digits(s: &str) -> Option<u64> {
    // At most nine digits: no overflow, the value in one pass (what
    // `parse` gives, without its sign and error handling).
    (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.bytes().fold(0, |v, b| v * 10 + u64::from(b - b'0')))
}

/// Parses a roman numeral ("xxi") up to 3999.
fn roman(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 12 {
        return None;
    }
    let val = |c: u8| match c {
        b'i' => Some(1),
        b'v' => Some(5),
        b'x' => Some(10),
        b'l' => Some(50),
        b'c' => Some(100),
        b'd' => Some(500),
        b'm' => Some(1000),
        _ => None,
    };
    let b = s.as_bytes();
    let mut total = 0i64;
    for k in 0..b.len() {
        let v = val(b[k])?;
        let next = if k + 1 < b.len() { val(b[k + 1])? } else { 0 };
        if v < next { total -= v } else { total += v }
    }
    u64::try_from(total).ok().filter(|&t| t > 0)
}

impl<'a, 't> Cx<'a, 't> {
    // Called once per text: kept out of line so that profiles show it.
    #[inline(never)]
    fn new(s: &'a TokenStream<'t>) -> Cx<'a, 't> {
        let n = s.len();
        // One pass, one lexicon lookup per word token; most words have no
        // fact and are settled right after it. The extractor's form serves
        // ("d'" has the facts of "de", checked when the tables are built).
        let lexicon = &*WORD_FACTS;
        let mut toks: Vec<Tok<'a>> = s
            .tokens()
            .iter()
            .zip(s.folded_forms())
            .map(|(t, form)| {
                let form = match form {
                    "d'" => "de",
                    f => f,
                };
                let flags = match t.kind {
                    TokenKind::Number | TokenKind::Ordinal | TokenKind::Time | TokenKind::Date => {
                        NUMERIC | ANCHOR
                    }
                    TokenKind::Word => lexicon.of(form),
                    TokenKind::Abbreviation => lexicon.of(form) & !NUMBER_WORD,
                    // Punctuation the matchers read ("-", "/", ",").
                    TokenKind::Punctuation | TokenKind::Symbol => lexicon.of(form) & LINKS,
                    _ if matches!(form, "un" | "une") => ARTICLE,
                    _ => 0,
                };
                Tok {
                    form,
                    flags,
                    slot: NO_NUMBER,
                }
            })
            .collect();
        let mut words = Vec::new();
        // Backwards over the tokens with a flag the gate reads ([`MARKS`]):
        // their numbers in words, the next anchor from each, and the gate.
        // A word that reads as a number is an anchor; "un"/"une" are
        // settled without it, and their number is read only if a matcher
        // asks. Before its anchor, a match reads only link words; one
        // without anchor ends on a plural or abbreviated form of a lexicon
        // word, so a break (a token that is neither anchor nor link word)
        // that is such a form does not stop the opener
        // ([`Cx::anchor_form`], asked only there: few tokens). An opener
        // with an anchor in reach looks for the first break before that
        // anchor itself: every token between them is no anchor, so a
        // break there is a token without the link flag.
        let mut next = usize::MAX;
        let mut starts = Vec::new();
        // The marked tokens first, in a tight loop of their own.
        let marked: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.flags & MARKS != 0)
            .map(|(i, _)| i)
            .collect();
        for &i in marked.iter().rev() {
            let mut f = toks[i].flags;
            // The token after the number starting here, in digits (a
            // cardinal, or an ordinal: "1442e") or in words, and whether
            // that number may be read as a year ([`Cx::year_at`]'s ranges).
            let mut after_number =
                matches!(s.kind(i), Some(TokenKind::Number | TokenKind::Ordinal)).then_some(i + 1);
            let mut may_be_year = s.kind(i) == Some(TokenKind::Number) && {
                let d = s.folded(i);
                d.len() == 4 && digits(d).is_some_and(|y| DIGIT_YEARS.contains(&y))
            };
            if f & NUMBER_WORD != 0 {
                let p = (f & (ARTICLE | ANCHOR) == 0).then(|| Self::parse_at(s, i));
                if let Some(Some(p)) = p {
                    after_number = Some(i + p.consumed);
                    may_be_year = WORD_YEARS.contains(&p.value);
                }
                if p.is_some_and(|p| p.is_some()) {
                    f |= ANCHOR;
                    toks[i].flags = f;
                }
                let slot = u32::try_from(words.len())
                    .ok()
                    .filter(|&k| k < UNSLOTTED)
                    .unwrap_or(UNSLOTTED);
                if slot != UNSLOTTED {
                    words.push(std::cell::Cell::new(p));
                }
                toks[i].slot = slot;
            }
            // A number right before a word that no matcher reads ("6500
            // soldats", "deux soldats", "1442e régiment": no flag, and not
            // a plural or abbreviated lexicon word, as in the openers'
            // rule above) is read by no match: not as a count (a unit
            // would follow), a day (a month or the clause's end), a time
            // (a clock word); only a year may stand there ("en 2014
            // Poutine"). So it starts nothing (below), and unless it may
            // be a year it is no anchor: an opener before it ("plus de
            // 6500 soldats") does not start on its account.
            let plain_after = after_number.is_some_and(|k| {
                s.kind(k) == Some(TokenKind::Word)
                    && toks.get(k).is_some_and(|t| t.flags == 0)
                    && !Self::anchor_form(s.folded(k))
            });
            // "un"/"une" count only before another anchor ("un an", "une
            // heure").
            let anchor = if f & ARTICLE != 0 {
                next == i + 1
            } else {
                f & ANCHOR != 0 && (may_be_year || !plain_after)
            };
            if anchor {
                next = i;
            }
            if !anchor && f & OPENER == 0 {
                // Neither anchor (numeric tokens are) nor opener: no start.
                continue;
            }
            let start = f & NUMERIC != 0
                || (s.is_word(i)
                    && next <= i + ANCHOR_REACH
                    && (next == i
                        || (f & OPENER != 0
                            && (i + 1..next)
                                .find(|&k| toks[k].flags & LINKS == 0)
                                .is_none_or(|b| s.is_word(b) && Self::anchor_form(s.folded(b))))));
            // A number before a word that no matcher reads starts nothing
            // (see `plain_after`).
            // ... unless it is the year of an event noun before it ("le
            // budget 2024 prévoit", "la loi de 1905 interdit"), which
            // [`Cx::year_expr`] reads.
            let start = start && (!plain_after || (may_be_year && Self::after_year_noun(&toks, i)));
            // A season name that is nothing else starts only "été 2022"
            // (see [`SEASON_ONLY`]): before a number.
            let start = start
                && (f & SEASON_ONLY == 0
                    || toks
                        .get(i + 1)
                        .is_some_and(|t| t.flags & (NUMERIC | NUMBER_WORD) != 0));
            if start {
                toks[i].flags |= START;
                starts.push(i);
            }
        }
        starts.reverse();
        Cx {
            s,
            n,
            toks,
            words,
            starts,
            depth: std::cell::Cell::new(0),
            ref_year: None,
        }
    }

    /// Whether token `i` follows a noun a year qualifies
    /// ([`lex::YEAR_NOUNS`]), directly or through "de" ("le budget 2024",
    /// "la crise de 2008"), or a phrase that compares with a year or aims
    /// at it ([`lex::YEAR_LEADS`]: "par rapport à 2017", "pour 2024").
    fn after_year_noun(toks: &[Tok<'_>], i: usize) -> bool {
        let form = |k: usize| toks.get(k).map_or("", |t| t.form);
        let led = || {
            lex::YEAR_LEADS.iter().any(|lead| {
                i >= lead.len()
                    && lead
                        .iter()
                        .enumerate()
                        .all(|(n, w)| form(i - lead.len() + n) == *w)
            })
        };
        match i {
            0 => false,
            1 => lex::YEAR_NOUNS.contains(&form(0)) || led(),
            _ => {
                lex::YEAR_NOUNS.contains(&form(i - 1))
                    || (form(i - 1) == "de" && lex::YEAR_NOUNS.contains(&form(i - 2)))
                    || led()
            }
        }
    }

    /// Whether a word outside the lexicons reads as a lexicon word once a
    /// trailing period or plural mark is removed ("matins", "min."): the
    /// matchers read such forms (`part_of_day` of a plural, `unit` of an
    /// abbreviation), so they may close a match that holds no anchor.
    fn anchor_form(w: &str) -> bool {
        if !w.ends_with(['.', 's', 'x']) {
            return false;
        }
        let lexical = |v: &str| v != w && word_facts(v) & LINK != 0;
        lexical(w.strip_suffix('.').unwrap_or(w)) || lexical(w.trim_end_matches(['.', 's', 'x']))
    }

    /// The number in words read from token `i` on (tokeniser forms, up to
    /// eight word tokens).
    fn parse_at(s: &TokenStream<'_>, i: usize) -> Option<ParsedNumber> {
        let run = (i..(i + 8).min(s.len()))
            .take_while(|&k| s.kind(k) == Some(TokenKind::Word))
            .map(|k| s.folded(k));
        parse_words(run).filter(|p| p.consumed > 0)
    }

    /// Whether token `k` holds temporal content of its own: an anchor
    /// ([`ANCHOR`]), or "un"/"une" right before one ("un an", "une
    /// heure"). Past the end: no.
    fn anchor_at(&self, mut k: usize) -> bool {
        while let Some(t) = self.toks.get(k) {
            if t.flags & ARTICLE == 0 {
                return t.flags & ANCHOR != 0;
            }
            k += 1;
        }
        false
    }

    /// The number in words at word token `i`, if one starts there.
    fn words_at(&self, i: usize) -> Option<ParsedNumber> {
        let slot = self.toks.get(i)?.slot;
        if slot == NO_NUMBER {
            return None;
        }
        let Some(cell) = self.words.get(slot as usize).filter(|_| slot != UNSLOTTED) else {
            return Self::parse_at(self.s, i);
        };
        if let Some(p) = cell.get() {
            return p;
        }
        let p = Self::parse_at(self.s, i);
        cell.set(Some(p));
        p
    }

    /// Folded form of token `i` ("" past the end); "d'" reads as "de".
    fn f(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.form)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.s.kind(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.s.is_word(i)
    }

    /// Whether the folded tokens from `i` are `words`.
    fn seq(&self, i: usize, words: &[&str]) -> bool {
        match self.toks.get(i..i + words.len()) {
            Some(toks) => toks.iter().zip(words).all(|(t, w)| t.form == *w),
            // Past the end: "" there.
            None => words.iter().enumerate().all(|(k, w)| self.f(i + k) == *w),
        }
    }

    /// Whether token `i` is a word of the lexicons or of [`MATCHER_WORDS`]
    /// ([`LINKS`], as [`Cx::new`] flags it).
    ///
    /// A gate for the scans of word lists: a token whose folded form is
    /// such a word ("d'" read as "de": "d'" is one too) is flagged, unless
    /// it is of a kind that is never a plain word (number, ordinal,
    /// quote, URL...), whose folded form equals no word with a letter of
    /// those lists. So a token without the flag starts no sequence whose
    /// first word is a [`link_word`].
    #[inline]
    fn is_link(&self, i: usize) -> bool {
        self.flag(i, LINKS)
    }

    /// Whether token `i` has `flag` (a first-word flag of the lexicon table:
    /// no past the end, and, as for [`Cx::is_link`], none for a token of a
    /// kind that is never a plain word).
    #[inline]
    fn flag(&self, i: usize, flag: Flags) -> bool {
        self.toks.get(i).is_some_and(|t| t.flags & flag != 0)
    }

    /// The longest of `seqs` matching at `i`: (end, payload). Inlined: the
    /// scan of a constant list then compares with known words.
    #[inline(always)]
    fn longest<T: Copy>(&self, i: usize, seqs: &[(&[&str], T)]) -> Option<(usize, T)> {
        // Every sequence starts with a link word: none matches where the
        // token is none (see `is_link`).
        debug_assert!(
            seqs.iter()
                .all(|(w, _)| w.first().is_some_and(|w| link_word(w)))
        );
        if !self.is_link(i) {
            return None;
        }
        // The first word compared in place (most sequences fail on it).
        let first = self.f(i);
        seqs.iter()
            .filter(|(w, _)| w.first() == Some(&first) && self.seq(i + 1, &w[1..]))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, t)| (i + w.len(), *t))
    }

    /// Whether token `i` may hold a number, a day, a year or an ordinal: a
    /// number, ordinal, time or date token ([`NUMERIC`]), or a word where
    /// [`parse_words`] may start ([`NUMBER_WORD`]: "premier" and "premiere"
    /// too, irregular ordinals). A cheap gate before [`Cx::number`],
    /// [`Cx::day_num`], [`Cx::year_at`] and [`Cx::ordinal`], which read
    /// nothing else.
    #[inline]
    fn numeric_at(&self, i: usize) -> bool {
        self.flag(i, NUMERIC | NUMBER_WORD)
    }

    /// A whole number written in digits or in words: (value, end).
    #[inline(always)]
    fn number(&self, i: usize) -> Option<(u64, usize)> {
        if !self.numeric_at(i) {
            return None;
        }
        self.number_gated(i)
    }

    /// [`Cx::number`] past its gate (out of line: the gate rejects most
    /// tokens).
    #[inline(never)]
    fn number_gated(&self, i: usize) -> Option<(u64, usize)> {
        match self.kind(i)? {
            TokenKind::Number => digits(self.f(i)).map(|v| (v, i + 1)),
            TokenKind::Word => {
                let p = self.words_at(i)?;
                (p.consumed > 0 && !p.ordinal).then_some((p.value, i + p.consumed))
            }
            _ => None,
        }
    }

    /// A day of the month: "9", "1er", "premier", "trois".
    #[inline(always)]
    fn day_num(&self, i: usize) -> Option<(i8, usize)> {
        if !self.numeric_at(i) {
            return None;
        }
        self.day_num_gated(i)
    }

    /// [`Cx::day_num`] past its gate (out of line: the gate rejects most
    /// tokens).
    #[inline(never)]
    fn day_num_gated(&self, i: usize) -> Option<(i8, usize)> {
        let f = self.f(i);
        let v = match self.kind(i)? {
            TokenKind::Number if f.len() <= 2 => digits(f)?,
            TokenKind::Ordinal if matches!(f, "1er" | "1re" | "1e") => 1,
            TokenKind::Ordinal if f.len() <= 3 && f.ends_with('e') => digits(&f[..f.len() - 1])?,
            TokenKind::Word if f == "premier" => 1,
            TokenKind::Word => {
                return self
                    .number(i)
                    .filter(|&(v, _)| (1..=31).contains(&v))
                    .map(|(v, e)| (v as i8, e));
            }
            _ => return None,
        };
        (1..=31).contains(&v).then_some((v as i8, i + 1))
    }

    /// A month name; `loose` also accepts abbreviations ("sept.").
    fn month_at(&self, i: usize, loose: bool) -> Option<(i8, usize)> {
        // A month name (a trailing period ignored) is a lexical anchor:
        // a word token without the anchor flag is none.
        if !self.is_word(i) || self.toks[i].flags & ANCHOR == 0 {
            return None;
        }
        let f = self.f(i);
        let m = calendar::month(f)?;
        let full = calendar::is_full_month(f);
        if !full && !loose {
            return None;
        }
        // "sept." written as "sept" + "."
        let mut end = i + 1;
        if !full
            && self.f(end) == "."
            && self.s.glued_before(end)
            && self.kind(end + 1) == Some(TokenKind::Number)
        {
            end += 1;
        }
        Some((m, end))
    }

    /// A year, 1000–2199, in four digits or in words ("deux mille dix-sept").
    #[inline(always)]
    fn year_at(&self, i: usize) -> Option<(i16, usize)> {
        if !self.numeric_at(i) {
            return None;
        }
        self.year_at_gated(i)
    }

    /// [`Cx::year_at`] past its gate (out of line: the gate rejects most
    /// tokens).
    #[inline(never)]
    fn year_at_gated(&self, i: usize) -> Option<(i16, usize)> {
        match self.kind(i)? {
            // Four digits as written: a grouped count ("1 500") is no year.
            TokenKind::Number if self.f(i).len() == 4 && self.s.surface(i).len() == 4 => {
                let y = digits(self.f(i))?;
                DIGIT_YEARS.contains(&y).then_some((y as i16, i + 1))
            }
            TokenKind::Word if self.f(i) != "un" && self.f(i) != "une" => {
                // Only modern years, and not a count of the next noun
                // ("le 9 mai, deux mille manifestants").
                let (y, e) = self.number(i)?;
                (WORD_YEARS.contains(&y) && self.follow_ok(e)).then_some((y as i16, e))
            }
            _ => None,
        }
    }

    /// Whether a year ending at `j` is not a count of the next noun
    /// ("en 2022 exemplaires").
    fn follow_ok(&self, j: usize) -> bool {
        j >= self.n
            || self.kind(j) != Some(TokenKind::Word)
            || lex::AFTER_YEAR_OK.contains(&self.f(j))
            || lex::AFTER_CUED_YEAR_OK.contains(&self.f(j))
            || self.s.surface(j).starts_with(|c: char| c.is_uppercase())
            || calendar::month(self.f(j)).is_some()
    }

    /// A full weekday name in the singular, or an abbreviation ("jeu.")
    /// right before a clock time or a day number.
    fn weekday_at(&self, i: usize) -> Option<i8> {
        // A weekday name or abbreviation ("lun.": its name, once the period
        // is dropped) is a lexical anchor; numbers have the flag too.
        if !self.flag(i, ANCHOR) {
            return None;
        }
        let f = self.f(i);
        if self.kind(i) == Some(TokenKind::Abbreviation) {
            // The tokeniser's own weekday abbreviations ("lun.", "ven.");
            // "mar.", "mer.", "jeu." also abbreviate mars, mer, jeu.
            return lex::WEEKDAY_ABBREVIATIONS
                .contains(&f)
                .then(|| calendar::weekday(f.trim_end_matches('.')))
                .flatten();
        }
        // A weekday name (a trailing period ignored) is a lexical anchor:
        // a word token without the anchor flag is none.
        if !self.is_word(i) || self.toks[i].flags & ANCHOR == 0 {
            return None;
        }
        let full = f.len() >= 5 && !f.ends_with('s');
        let mut next = i + 1;
        if self.f(next) == "." && self.s.glued_before(next) {
            next += 1;
        }
        let abbreviated = f.len() <= 4
            && matches!(self.kind(next), Some(TokenKind::Time | TokenKind::Number))
            && self
                .s
                .surface(i)
                .starts_with(|c: char| c.is_uppercase() || f.ends_with('.'));
        if !(full || abbreviated) {
            return None;
        }
        calendar::weekday(f)
    }

    /// A direction word ("dernier", "prochaine") at `j`.
    fn dir_at(&self, j: usize) -> Option<Dir> {
        lex::direction(self.f(j)).map(Dir::from_sign)
    }

    /// Whether the sentence around tokens `[a, b)` is in a past tense (see
    /// [`lex::is_past_word`]; "a" not in "il y a" nor written "à").
    fn past_context(&self, a: usize, b: usize) -> bool {
        self.nearest_tense(a, b) == Some(false) || self.clause_any(a, b, |k| self.past_at(k))
    }

    /// Whether token `k` marks a past tense: [`lex::is_past_word`], "a" (not
    /// "à", nor in "il y a"), or "est"/"sont" after "s'"/"se" ("s'est
    /// tenu").
    fn past_at(&self, k: usize) -> bool {
        // The present of "avoir" is an auxiliary unless its object follows
        // ("a lieu", "a jusqu'au", "ont un match").
        let auxiliary = || !lex::AVOIR_VERB_OBJECTS.contains(&self.f(k + 1));
        match self.f(k) {
            "a" => !self.is_a(k) && (k == 0 || self.f(k - 1) != "y") && auxiliary(),
            "ont" | "ai" | "avons" | "avez" | "aurait" | "auraient" => auxiliary(),
            // "s'est tenu", "est mort", "n'est pas revenu"; the reported
            // past "serait arrivé lundi".
            "est" | "sont" | "serait" | "seraient" => {
                let participle = if lex::AUXILIARY_ADVERBS.contains(&self.f(k + 1)) {
                    k + 2
                } else {
                    k + 1
                };
                // "est entré en vigueur": the accent tells the participle
                // from the preposition ("il est entre la vie et la mort").
                (k > 0 && matches!(self.f(k - 1), "s'" | "se"))
                    || lex::is_etre_participle(self.f(participle))
                    || (self.f(participle) == "entre"
                        && matches!(self.s.surface(participle), "entré" | "rentré"))
            }
            // A past infinitive: "affirme avoir pris le village samedi",
            // "nie avoir tiré samedi", "dit être arrivé lundi".
            "avoir" | "etre" => {
                let p = if lex::AUXILIARY_ADVERBS.contains(&self.f(k + 1)) {
                    k + 2
                } else {
                    k + 1
                };
                self.is_word(p)
                    && !(k > 0 && lex::FORWARD_VERBS.contains(&self.f(k - 1)))
                    && !(k > 1
                        && matches!(self.f(k - 1), "d'" | "de")
                        && lex::FORWARD_VERBS.contains(&self.f(k - 2)))
                    && lex::is_past_participle(self.s.surface(p), self.f(p))
            }
            // "Le chanteur, mort mardi, sera inhumé jeudi": a participle of
            // death or violence alone tells a past event.
            f if lex::PAST_EVENT_PARTICIPLES.contains(&f) => {
                !(k > 0 && lex::is_future_word(self.f(k - 1)))
            }
            f => lex::is_past_word(f),
        }
    }

    /// Whether token `k` ends a sentence: "." "!" "?" ";" as punctuation.
    fn sentence_end(&self, k: usize) -> bool {
        matches!(self.f(k), "." | "!" | "?" | ";") && self.kind(k) == Some(TokenKind::Punctuation)
    }

    /// Whether `test` holds for a token of the clause around tokens `[a,
    /// b)` outside them: back to the sentence's start and on to its end
    /// ("." "!" "?" ";" or a line break), at most [`WINDOW`] tokens each
    /// way, and not across "que"/"qu'": the tense of a reported clause is
    /// not its main clause's ("mardi, il a annoncé qu'il se rendra à Kiev";
    /// "il a dit qu'il signera mardi").
    fn clause_any(&self, a: usize, b: usize, test: impl Fn(usize) -> bool) -> bool {
        self.clause_find(a, b, test).is_some()
    }

    /// The first token of the clause around `[a, b)` where `test` holds,
    /// scanning back from `a` first, then on from `b` ([`Cx::clause_any`]'s
    /// bounds): the verb a date complements stands before it, as a rule.
    fn clause_find(&self, a: usize, b: usize, test: impl Fn(usize) -> bool) -> Option<usize> {
        let boundary = |k: usize| self.sentence_end(k) || matches!(self.f(k), "que" | "qu'");
        let mut k = a;
        let lo = a.saturating_sub(WINDOW);
        while k > lo && !self.s.line_break_before(k) && !boundary(k - 1) {
            k -= 1;
            if test(k) {
                return Some(k);
            }
        }
        let hi = (b + WINDOW).min(self.n);
        let mut k = b;
        while k < hi && !boundary(k) && !self.s.line_break_before(k) {
            if test(k) {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// Whether the sentence around tokens `[a, b)` is in the future tense:
    /// the nearest mark of a tense ([`Cx::clause_find`]: before the date
    /// first) is a future ("a démarré mardi 16 et doit s'achever le 30":
    /// "mardi 16" is past, "le 30" future), a word of the match looks
    /// ahead, or the date is one things are put off to.
    fn future_context(&self, a: usize, b: usize) -> bool {
        self.nearest_tense(a, b) == Some(true)
            || (a..b).any(|k| lex::FUTURE_WORDS.contains(&self.f(k)))
            || self.postponed_to(a, b)
    }

    /// Whether the date at tokens `[a, b)` is the one a thing is called or
    /// set for: after "pour" ("un préavis de grève pour le 1er juin", "le
    /// déploiement de policiers pour le 14-Juillet") or after the verb of
    /// an appeal and its infinitive ("l'intersyndicale a appelé à
    /// manifester le 6 juin"). It lies after the call, whose day is not
    /// told, so the tense of the call does not place it (the nearer reading
    /// does, in [`Cx::placed_mention`]), unless a past verb after it tells
    /// the event as over ("appelés à voter le 6 juin, ils ont boudé les
    /// urnes").
    fn called_for(&self, a: usize, b: usize) -> bool {
        // A day after "pour" ("pour le 1er juin", "pour mardi"), not a
        // period, which "pour" may measure ("2 millions de visites pour le
        // mois de décembre").
        let after_pour = if self.f(a) == "pour" {
            Some(a + 1)
        } else {
            (a >= 1 && self.f(a - 1) == "pour").then_some(a)
        };
        let pour = after_pour.is_some_and(|k| {
            let k = if matches!(self.f(k), "le" | "ce") {
                k + 1
            } else {
                k
            };
            self.weekday_at(k).is_some() || (self.f(k - 1) == "le" && self.numeric_at(k))
        });
        let appeal = a >= 3
            && self.is_word(a - 1)
            && self.f(a - 1).ends_with(['r', 'e'])
            && self.is_a(a - 2)
            && lex::APPEAL_VERBS.contains(&self.f(a - 3));
        (pour || appeal) && !self.past_after(b)
    }

    /// Whether a past verb follows token `b` in its sentence (within
    /// [`WINDOW`] tokens).
    fn past_after(&self, b: usize) -> bool {
        (b..(b + WINDOW).min(self.n))
            .take_while(|&k| !self.sentence_end(k) && !self.s.line_break_before(k))
            .any(|k| self.past_at(k))
    }

    /// The nearest mark of a tense in the clause around `[a, b)`, before
    /// the date first: `Some(true)` for a future, `Some(false)` for a past
    /// ("déjà", which goes with any tense, is left to
    /// [`Cx::past_context`]). The words of a plan ([`lex::PLANNING_CUES`]:
    /// "prévu", "attendus") after a past auxiliary tell a past plan ("les
    /// renforts étaient attendus jeudi").
    fn nearest_tense(&self, a: usize, b: usize) -> Option<bool> {
        // The cues of `is_future_word` are lexicon words ([`LINKS`]): a
        // token without the flag is none of them, only its verb ending is
        // tested.
        let future = |k: usize| {
            let f = self.f(k);
            // "la réunion aurait lieu mardi": the conditional of "avoir"
            // with its object.
            if matches!(f, "aurait" | "auraient") {
                return lex::AVOIR_VERB_OBJECTS.contains(&self.f(k + 1));
            }
            if self.toks[k].flags & LINKS != 0 {
                lex::is_future_word(f)
                    && !(lex::PLANNING_CUES.contains(&f)
                        // "les renforts étaient attendus jeudi": a plan of
                        // the past.
                        && k > 0
                        && lex::is_past_word(self.f(k - 1)))
            } else {
                lex::is_future_verb(f) || lex::is_conditional_verb(f)
            }
        };
        // "La grève, entamée lundi, se poursuivra", "Arrivé jeudi, il
        // repartira": a past participle in apposition right before the
        // date (written with its accent; not a plan, "programmé mardi").
        let apposed = |k: usize| {
            k + 1 == a
                && lex::is_accented_participle(self.s.surface(k))
                && !lex::PLANNING_CUES.contains(&self.f(k))
                && (k == 0
                    || self.f(k - 1) == ","
                    || self.s.line_break_before(k)
                    || self.sentence_end(k - 1))
        };
        let past = |k: usize| self.f(k) != "deja" && (self.past_at(k) || apposed(k));
        self.clause_find(a, b, |k| future(k) || past(k)).map(future)
    }

    /// Whether the date at tokens `[a, b)` is the one a thing is put off
    /// to ("renvoyé au 12 octobre", "mis en délibéré au 3 juillet",
    /// "reporté à mardi", "la juge a renvoyé l'affaire au 12 octobre"): the
    /// past participle before "au"/"à" (its object between, up to five
    /// words: "a fixé la date du scrutin au 18 juin") looks ahead,
    /// whatever the tense of its auxiliary. Not when the putting off is
    /// told as over: a pluperfect ("qui avait été renvoyé au 10 mai") or a
    /// past verb after the date ("reportée à mardi, l'audience s'est
    /// tenue").
    fn postponed_to(&self, a: usize, b: usize) -> bool {
        let to = if matches!(self.f(a), "au" | "a") {
            Some(a)
        } else {
            a.checked_sub(1)
                .filter(|&p| matches!(self.f(p), "au" | "a"))
        };
        let Some(to) = to else {
            return false;
        };
        let Some(v) = (to.saturating_sub(6)..to)
            .rev()
            .find(|&k| lex::POSTPONED.contains(&self.f(k)))
        else {
            return false;
        };
        let pluperfect = (v.saturating_sub(3)..v)
            .any(|k| matches!(self.f(k), "avait" | "avaient" | "etait" | "etaient"));
        !pluperfect && !self.past_after(b)
    }

    // -- top level ----------------------------------------------------------

    /// Whether any matcher can start at token `i` (a cheap gate: most
    /// words of a text open no temporal expression), as precomputed by
    /// [`Cx::new`]: a number, ordinal, time or date token; an anchor word
    /// (temporal content of its own); or a word that [`lex::may_open`]
    /// accepts with an anchor at most [`ANCHOR_REACH`] tokens ahead and
    /// only link words ([`LINK`]: lexicon words and [`MATCHER_WORDS`])
    /// before that anchor or before a plural or abbreviated form of a
    /// lexicon word ([`Cx::anchor_form`]). A season name that is nothing
    /// else ([`SEASON_ONLY`]) is an anchor but starts only before a number.
    ///
    /// A new matcher is reached only where it starts on such a token: its
    /// match must hold an anchor (a number, or a word of the lists behind
    /// [`lex::is_anchor`] and the calendar); when it starts before that
    /// anchor its first word must be in a list [`lex::may_open`] reads
    /// (`OPENERS`, the first words of the cues...), no more than
    /// [`ANCHOR_REACH`] tokens before it, and every token it reads before
    /// its first anchor (or, in a match without anchor such as "tous les
    /// matins", before its plural or abbreviated lexicon word) must be a
    /// word of a list of [`lex::lexicon_words`] or of [`MATCHER_WORDS`].
    #[inline]
    fn may_start(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.flags & START != 0)
    }

    fn best(&self, i: usize) -> Option<Cand> {
        if !self.may_start(i) {
            return None;
        }
        let mut best = None;
        keep_longest(&mut best, self.set(i));
        keep_longest(&mut best, self.interval(i));
        keep_longest(&mut best, self.modified(i));
        keep_longest(&mut best, self.point(i, false, false));
        keep_longest(&mut best, self.last_next(i));
        keep_longest(&mut best, self.clock_then_day(i));
        keep_longest(&mut best, self.within(i));
        let best = best.map(|f| self.trailing_phrase(self.compose(f)));
        let dur = self.duration(i);
        // "le trajet dure 1h30": after a verb of length, a clock is one.
        let length = i > 0 && lex::DURATION_VERBS.contains(&self.f(i - 1));
        // "le trajet dure 2 h – 2 h 30", "3 h-4 h de marche": two lengths
        // joined by a dash, when no clock interval reads them (see
        // [`Cx::dashed_clocks`]) or after a verb of length.
        let dur = match dur {
            Some(d) if length || best.as_ref().is_none_or(|b| b.end <= d.end) => {
                Some(self.dashed_lengths(&d).unwrap_or(d))
            }
            d => d,
        };
        let dur = dur.map(|d| self.second_fractions(d));
        match (best, dur) {
            (Some(b), Some(d))
                if d.end > b.end
                    || ((length || d.qualifier == Qualifier::Range) && d.end >= b.end) =>
            {
                Some(Cand::Duration(d))
            }
            (Some(b), _) => Some(Cand::Date(b)),
            (None, Some(d)) => Some(Cand::Duration(d)),
            (None, None) => None,
        }
    }

    /// A race time's fraction of a second after its seconds: "9 s 58" is
    /// 9.58 s, "3 min 49 s 11" 3 min 49.11 s (up to three digits, not
    /// before a unit or a plural noun).
    fn second_fractions(&self, d: DurFound) -> DurFound {
        let e = d.end;
        let frac = self.f(e);
        let fits = d.qualifier == Qualifier::Exact
            && d.low.is_none()
            && d.value.ends_with('S')
            && !d.value.contains('.')
            && e >= 1
            && matches!(self.f(e - 1), "s" | "sec")
            && self.kind(e) == Some(TokenKind::Number)
            && (1..=3).contains(&frac.len())
            && frac.bytes().all(|b| b.is_ascii_digit())
            && !self.s.line_break_before(e)
            && !(self.is_word(e + 1)
                && (lex::unit(self.f(e + 1)).is_some() || self.f(e + 1).ends_with(['s', 'x'])));
        if !fits {
            return d;
        }
        let whole = &d.value[..d.value.len() - 1];
        DurFound {
            end: e + 1,
            value: format!("{whole}.{frac}S"),
            ..d
        }
    }

    /// `d` and a longer length after a dash, as one range ("2 h – 2 h
    /// 30", "45 min-1 h"): exact lengths in digits on both sides.
    fn dashed_lengths(&self, d: &DurFound) -> Option<DurFound> {
        let dash = d.end;
        let digits = |k: usize| matches!(self.kind(k), Some(TokenKind::Time | TokenKind::Number));
        if d.qualifier != Qualifier::Exact
            || d.vague
            || !matches!(self.f(dash), "-" | "–" | "—")
            || !digits(dash + 1)
            || self.s.line_break_before(dash + 1)
        {
            return None;
        }
        let high = self.duration(dash + 1)?;
        if high.qualifier != Qualifier::Exact
            || high.vague
            || iso_seconds(&high.value)? <= iso_seconds(&d.value)?
        {
            return None;
        }
        Some(DurFound {
            end: high.end,
            value: high.value,
            qualifier: Qualifier::Range,
            vague: false,
            low: Some(d.value.clone()),
        })
    }

    /// A clock time without cue followed by a day: "8 heures ce soir".
    fn clock_then_day(&self, i: usize) -> Option<Found> {
        let c = self.clock(i)?;
        let d = self
            .point(c.end, false, false)
            .filter(|d| d.expr.is_day())?;
        let expr = on_day(
            Expr::At {
                day: None,
                h: c.h,
                min: c.min,
            },
            &d.expr,
            d.modifier,
        )?;
        Some(Found {
            end: d.end,
            expr,
            modifier: c.modifier.or(d.modifier),
            part: None,
            weekday: None,
            set: false,
        })
    }

    /// Whether token `i` is the preposition "à" (not the verb "a").
    fn is_a(&self, i: usize) -> bool {
        // Both fold to "a": the folded form first (one load).
        self.f(i) == "a" && matches!(self.s.surface(i), "à" | "À")
    }

    /// A day and a time written apart: "jeudi à 14h", "à 3 heures cet
    /// après-midi", "de 9h30 à 11h jeudi", "13h30 samedi 21 septembre".
    /// What is written after a date: "le 1er mai de chaque année" (that day
    /// every year); "le 30 juin au plus tard", "lundi au plus tôt" (until,
    /// since), when the date has no bound.
    fn trailing_phrase(&self, mut f: Found) -> Found {
        // "le 1er mai de chaque année": that day every year.
        if let Expr::Day { y: None, m, d, .. } = f.expr
            && f.modifier.is_none()
            && (self.seq(f.end, &["de", "chaque", "annee"])
                || self.seq(f.end, &["de", "chaque", "an"]))
        {
            return Found {
                end: f.end + 3,
                expr: Expr::Lit(every_year(m, d), Grain::Day),
                modifier: None,
                part: None,
                weekday: None,
                set: true,
            };
        }
        if f.modifier.is_none() && !f.set && self.seq(f.end, &["au", "plus"]) {
            let m = match self.f(f.end + 2) {
                "tard" => Some(Modifier::Until),
                "tot" => Some(Modifier::Since),
                _ => None,
            };
            if m.is_some() {
                f.modifier = m;
                f.end += 3;
            }
        }
        f
    }

    fn compose(&self, mut f: Found) -> Found {
        for _ in 0..2 {
            let k = if self.f(f.end) == "," {
                f.end + 1
            } else {
                f.end
            };
            if f.expr.is_day() && !f.set {
                let bare = (k == f.end && self.bare_hour(k)).then(|| self.time_expr(k, true));
                let time = [
                    self.modified(k),
                    self.interval(k),
                    self.time_expr(k, false),
                    bare.flatten(),
                ]
                .into_iter()
                .flatten()
                .filter(|t| is_clock(&t.expr) && !t.set)
                .max_by_key(|t| t.end);
                if let Some(t) = time {
                    let modifier = t.modifier.or(f.modifier);
                    let Some(mut expr) = on_day(t.expr, &f.expr, None) else {
                        break;
                    };
                    if self.says_midnight(k, t.end) {
                        until_day_end(&mut expr, modifier);
                    }
                    f = Found {
                        end: t.end,
                        expr,
                        modifier,
                        part: None,
                        weekday: f.weekday,
                        set: false,
                    };
                    continue;
                }
            } else if is_clock(&f.expr) && !f.set {
                let day = self.point(k, false, false).filter(|d| d.expr.is_day());
                if let Some(d) = day {
                    let Some(expr) = on_day(f.expr.clone(), &d.expr, d.modifier) else {
                        break;
                    };
                    f = Found {
                        end: d.end,
                        expr,
                        modifier: f.modifier.or(d.modifier),
                        part: None,
                        weekday: d.weekday,
                        set: false,
                    };
                    continue;
                }
            }
            break;
        }
        // "le 16 vers 6h dans la soirée", "à 8 heures dans la soirée": the
        // part of the day that follows a time sets its half of the day.
        if let Expr::At { h, .. } = &f.expr
            && !f.set
            && let Some((end, m)) = self.part_of_day_at(f.end, false)
        {
            let pm = matches!(m, Modifier::Afternoon | Modifier::Evening);
            let h = if pm && *h < 12 { *h + 12 } else { *h };
            if let Expr::At { day, min, .. } = f.expr {
                return Found {
                    end,
                    expr: Expr::At { day, h, min },
                    modifier: f.modifier.or(Some(m)),
                    part: None,
                    weekday: f.weekday,
                    set: false,
                };
            }
        }
        f
    }

    /// Byte span of tokens `[a, b)`, without a trailing abbreviation period
    /// when `trim` ("2 min." → "2 min").
    fn bytes(&self, a: usize, b: usize, trim: bool) -> (usize, usize) {
        let start = self.s.get(a).map_or(0, |t| t.start);
        let mut end = self.s.get(b.saturating_sub(1)).map_or(start, |t| t.end);
        if trim
            && self.kind(b - 1) == Some(TokenKind::Abbreviation)
            && self.s.surface(b - 1).ends_with('.')
        {
            end -= 1;
        }
        (start, end.max(start))
    }

    /// The value of `f` placed as `way` says, against the anchors `lo` and
    /// `hi` (masked where they disagree), and whether it is resolved.
    fn value_of(f: &Found, lo: Date, hi: Date, way: Way) -> Option<(String, bool)> {
        // One anchor (a reference day): one evaluation, nothing to mask.
        if lo == hi {
            return Some((eval(&f.expr, lo, way)?, true));
        }
        match (eval(&f.expr, lo, way), eval(&f.expr, hi, way)) {
            (Some(a), Some(b)) => Some(mask(&a, &b)),
            _ => None,
        }
    }

    fn date_mention(
        &self,
        i: usize,
        f: &Found,
        lo: Date,
        hi: Date,
        way: Way,
    ) -> Option<DateMention> {
        let (value, resolved) = Self::value_of(f, lo, hi, way)?;
        Some(self.mention_with(i, f, value, resolved))
    }

    /// The mention of `f` at `i` with its value.
    fn mention_with(&self, i: usize, f: &Found, value: String, resolved: bool) -> DateMention {
        let (start, end) = self.bytes(i, f.end, false);
        let resolved = resolved && !value.contains("_REF");
        // The date is the value's first ten bytes ("2023-05-19",
        // "2023-05-19T14:30"); a masked one ("XXXX-05-19") has no weekday.
        let weekday_conflict = f.weekday.is_some_and(|wd| {
            value_day(&value).is_some_and(|d| d.weekday().to_monday_one_offset() != wd)
        });
        DateMention {
            start,
            end,
            text: self.s.text()[start..end].to_string(),
            kind: if f.set { DateKind::Set } else { f.expr.kind() },
            value,
            grain: f.expr.grain(),
            modifier: f.modifier,
            part: f.part.or(f.modifier.filter(|m| m.is_part())),
            weekday_conflict,
            resolved,
            in_body: true,
        }
    }

    fn duration_mention(&self, i: usize, d: DurFound) -> DurationMention {
        let (start, end) = self.bytes(i, d.end, true);
        DurationMention {
            start,
            end,
            text: self.s.text()[start..end].to_string(),
            high: d.low.is_some().then(|| d.value.clone()),
            low: d.low,
            value: d.value,
            qualifier: d.qualifier,
            vague: d.vague,
            in_body: true,
        }
    }
}

// -- dates and times ---------------------------------------------------------

impl Cx<'_, '_> {
    /// A date, time or period starting at `i`. `cued`: a cue word precedes
    /// (so "2022" or "mars" alone are dates); `had_det`: the article was
    /// already read ("jusqu'au 31 mars", "à la fin du mois").
    fn point(&self, i: usize, cued: bool, had_det: bool) -> Option<Found> {
        let depth = self.depth.get();
        if depth >= MAX_DEPTH || i >= self.n {
            return None;
        }
        self.depth.set(depth + 1);
        let found = self.point_inner(i, cued, had_det);
        self.depth.set(depth);
        found
    }

    fn point_inner(&self, i: usize, cued: bool, had_det: bool) -> Option<Found> {
        let mut best = None;
        keep_longest(&mut best, self.date_token(i));
        keep_longest(&mut best, self.day_month(i, had_det));
        keep_longest(&mut best, self.weekday_expr(i));
        keep_longest(&mut best, self.month_expr(i, cued));
        keep_longest(&mut best, self.year_expr(i, cued));
        keep_longest(&mut best, self.season_expr(i, cued));
        keep_longest(&mut best, self.century(i));
        keep_longest(&mut best, self.decade(i));
        keep_longest(&mut best, self.quarter(i));
        keep_longest(&mut best, self.relative(i, had_det));
        keep_longest(&mut best, self.ago_in(i));
        keep_longest(&mut best, self.vague(i));
        keep_longest(&mut best, self.part_of_day(i));
        keep_longest(&mut best, self.mid_prefix(i));
        keep_longest(&mut best, self.time_expr(i, cued));
        keep_longest(&mut best, self.holiday(i));
        keep_longest(&mut best, self.nth_in(i));
        keep_longest(&mut best, self.month_first(i));
        keep_longest(&mut best, self.week_of(i));
        keep_longest(&mut best, self.eve(i));
        best
    }

    /// "la veille de Noël", "le lendemain du 9 mai", "à la veille du 14
    /// Juillet": the day before or after a day ([`lex::EVE_WORDS`]).
    fn eve(&self, i: usize) -> Option<Found> {
        let j = match (self.f(i), self.f(i + 1)) {
            ("a", "la" | "l'") => i + 2,
            ("la" | "le" | "l'" | "au", _) => i + 1,
            _ => i,
        };
        let n = lex::EVE_WORDS.iter().find(|(w, _)| *w == self.f(j))?.1;
        let had_det = match self.f(j + 1) {
            "du" => true,
            "de" => false,
            _ => return None,
        };
        let day = self
            .point(j + 2, true, had_det)
            .filter(|d| d.expr.is_day())?;
        Some(Found {
            end: day.end,
            expr: Expr::Shift(Box::new(day.expr), n),
            modifier: day.modifier,
            part: None,
            weekday: None,
            set: false,
        })
    }

    /// Whether `f` is a day placed after or before the last day named, not
    /// the reference: "le 4 février suivant", "le mois précédent" ("suivant"
    /// and "précédent" refer back; "prochain" and "dernier" to now).
    fn anaphoric_direction(&self, f: &Found) -> bool {
        f.expr.is_directed_day()
            && f.end >= 1
            && matches!(
                self.f(f.end - 1),
                "suivant" | "suivante" | "precedent" | "precedente"
            )
    }

    /// Whether a day at `i` continues the narrative of a dated day whose
    /// mention ended at `at`: in the same sentence ([`Cx::same_sentence`])
    /// with a word of sequence between them ("et", "puis", "avant",
    /// "jusqu'au": [`lex::SEQUENCE_WORDS`]).
    fn sequel(&self, at: usize, i: usize) -> bool {
        self.same_sentence(at, i) && (at..i).any(|k| lex::SEQUENCE_WORDS.contains(&self.f(k)))
    }

    /// Whether tokens `a..b` write midnight as a word ("minuit").
    fn says_midnight(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.f(k) == "minuit")
    }

    /// Whether the date mention at `i` names a text ("la loi du 29 juillet
    /// 1881", "le décret du 12 mai 2023"): its day is no event's.
    fn names_a_text(&self, i: usize) -> bool {
        let k = if self.f(i) == "du" {
            i
        } else {
            i.wrapping_sub(1)
        };
        k >= 1 && self.f(k) == "du" && lex::TEXT_NOUNS.contains(&self.f(k - 1))
    }

    /// Whether the date mention at `i` is a birth date ("né le 12 mai").
    fn after_born(&self, i: usize) -> bool {
        i >= 1
            && matches!(
                self.s.surface(i - 1),
                "né" | "née" | "nés" | "nées" | "Né" | "Née" | "Nés" | "Nées"
            )
    }

    /// Whether a day ending at `at` stands in a participial phrase opening
    /// its sentence ("Condamné le 12 janvier 2022 à dix ans, il…",
    /// "Arrêtée le 3 mai, elle…") whose comma comes before token `i`: what
    /// the sentence tells after that comma is not on the phrase's day.
    fn closed_participle_phrase(&self, at: usize, i: usize) -> bool {
        let Some(start) = (at.saturating_sub(SENTENCE_REACH)..at)
            .rev()
            .find(|&k| k == 0 || self.s.line_break_before(k) || self.sentence_end(k - 1))
        else {
            return false;
        };
        let first = self.s.surface(start);
        first.starts_with(char::is_uppercase)
            && lex::is_past_participle(first, self.f(start))
            && !(start + 1..at).any(|k| self.f(k) == ",")
            && (at..i).any(|k| self.f(k) == ",")
    }

    /// Whether tokens `at..i` hold no end of sentence (". ! ? …" or a line
    /// break) and are at most [`SENTENCE_REACH`] tokens.
    fn same_sentence(&self, at: usize, i: usize) -> bool {
        i >= at
            && i - at <= SENTENCE_REACH
            && !(at..=i).any(|k| {
                self.s.line_break_before(k)
                    || (self.kind(k) == Some(TokenKind::Punctuation)
                        && matches!(self.f(k), "." | "!" | "?" | "..." | "…"))
            })
    }

    /// "la veille", "le lendemain", "l'avant-veille", "au surlendemain"
    /// alone (no "de" after them) at `i`, or at its article just before
    /// it (from `floor` on): the day before or after `last`, the last day
    /// the text named, if it ended at most [`EVE_REACH`] tokens back. The
    /// word must stand as an adverbial: before punctuation, a part of the
    /// day ("la veille au soir"), the end of the text or a word of
    /// [`lex::AFTER_EVE_OK`]. (start token, found).
    fn anaphoric_eve(
        &self,
        i: usize,
        floor: usize,
        last: Option<(Date, Date, usize)>,
    ) -> Option<(usize, Found)> {
        let (first, last_day, at) = last?;
        let (a, j) = if lex::EVE_WORDS.iter().any(|(w, _)| *w == self.f(i)) {
            // The article belongs to the mention: one read (and refused)
            // from its own start does not come back with the word.
            let art = i > floor && i >= 1 && matches!(self.f(i - 1), "la" | "le" | "l'" | "au");
            if !art {
                return None;
            }
            (i - 1, i)
        } else {
            (i, i + 1)
        };
        if a < at || a - at > EVE_REACH || !matches!(self.f(j - 1), "la" | "le" | "l'" | "au") {
            return None;
        }
        let n = lex::EVE_WORDS.iter().find(|(w, _)| *w == self.f(j))?.1;
        let day = if n < 0 { first } else { last_day };
        // "penser au lendemain" (the future), "assurer la veille" (the
        // watch): nouns.
        if self.f(j - 1) == "au" || (a >= 1 && lex::EVE_NOUN_VERBS.contains(&self.f(a - 1))) {
            return None;
        }
        let next = j + 1;
        let f = self.extend_day(Found::new(
            next,
            Expr::Shift(
                Box::new(Expr::Day {
                    y: Some(day.year()),
                    m: day.month(),
                    d: day.day(),
                    dir: Dir::Bare,
                }),
                n,
            ),
        ));
        let free = f.end > next
            || next >= self.n
            || self.kind(next) == Some(TokenKind::Punctuation) && self.f(next) != "-"
            || lex::AFTER_EVE_OK.contains(&self.f(next));
        free.then_some((a, f))
    }

    /// A time or a part of the day right after a day ("lundi à 14h", "hier
    /// soir", "le 12 février en fin de matinée").
    fn extend_day(&self, f: Found) -> Found {
        if !f.expr.is_day() {
            return f;
        }
        let j = f.end;
        if let Some(p) = self.part_of_day_at(j, true) {
            return Found { end: p.0, ..f }.with(Some(p.1));
        }
        f
    }

    /// A part of the day at `j`, with its lead-in ("dans la soirée", "en
    /// fin d'après-midi", "à l'aube"; with `after_day` also "matin", "le
    /// soir", "au matin"): (end, modifier).
    fn part_of_day_at(&self, j: usize, after_day: bool) -> Option<(usize, Modifier)> {
        // The first words of DAYPART_LEADS ([`DAYPART_LEAD_FIRST`], flagged): no
        // lead matches unless token `j` is one of them, so the scan is
        // skipped for every other word.
        // Every part of the day or meal holds an anchor word ("soir",
        // "journée", "soleil", "déjeuner") within a few tokens of its lead.
        if !(j..=j + ANCHOR_REACH).any(|k| self.anchor_at(k)) {
            return None;
        }
        if let Some(meal) = self.meal_at(j) {
            return Some(meal);
        }
        // Past the meals, a part of the day begins right after its lead
        // (or at `j`), at most [`MAX_LEAD`] tokens on, on a flagged word.
        const MAX_LEAD: usize = 5;
        debug_assert!(DAYPART_LEADS.iter().all(|(w, _)| w.len() <= MAX_LEAD));
        debug_assert!(lex::PARTS_OF_DAY.iter().all(|(w, _)| link_word(w)));
        if !(j..=j + MAX_LEAD).any(|k| self.flag(k, DAYPART)) {
            return None;
        }
        self.part_of_day_lead(j, after_day)
    }

    /// [`Cx::part_of_day_at`] past its gates (out of line: they reject
    /// most tokens cheaply).
    #[inline(never)]
    fn part_of_day_lead(&self, j: usize, after_day: bool) -> Option<(usize, Modifier)> {
        debug_assert!(
            DAYPART_LEADS
                .iter()
                .all(|(w, _)| DAYPART_LEAD_FIRST.contains(&w[0]))
        );
        debug_assert!(DAYPART_LEAD_FIRST.iter().all(|w| link_word(w)));
        let first = self.f(j);
        let lead = if self.flag(j, DAYPART_LEAD) {
            DAYPART_LEADS
                .iter()
                .filter(|(w, needs_day)| {
                    (after_day || !needs_day)
                        && w.first() == Some(&first)
                        && self.seq(j + 1, &w[1..])
                })
                .max_by_key(|(w, _)| w.len())
                .map(|(w, _)| j + w.len())
        } else {
            None
        };
        let k = match lead {
            Some(k) => k,
            None if after_day => j,
            None => return None,
        };
        if self.f(k) == "journee" && lead.is_some() {
            // "en début / milieu / fin de journée": a part of the day itself.
            let m = (j..k).find_map(|x| match self.f(x) {
                "debut" => Some(Modifier::Start),
                "milieu" => Some(Modifier::Mid),
                "fin" => Some(Modifier::End),
                _ => None,
            })?;
            return Some((k + 1, m));
        }
        let (m, mut end) = match lex::part_of_day(self.f(k)) {
            Some(m) => (m, k + 1),
            None if lead.is_some() => {
                let (e, m) = self.longest(k, lex::PART_OF_DAY_PHRASES)?;
                (m, e)
            }
            None => return None,
        };
        while matches!(self.f(end), "tot" | "tres") && end < k + 3 {
            end += 1;
        }
        Some((end, m))
    }

    /// A meal or the working day as a time of the day at `j` ("à l'heure
    /// du déjeuner", "après le travail"): (end, modifier). Not when a
    /// complement makes the noun something else ("après le travail de la
    /// commission").
    fn meal_at(&self, j: usize) -> Option<(usize, Modifier)> {
        if !matches!(
            self.f(j),
            "pendant" | "a" | "au" | "lors" | "apres" | "avant"
        ) {
            return None;
        }
        let (end, m) = self.longest(j, lex::MEAL_TIMES)?;
        (!matches!(self.f(end), "de" | "du" | "des")).then_some((end, m))
    }

    /// A date token: "18/05/2022", "18.05.2022", "2023-09", "2023-09-15".
    fn date_token(&self, i: usize) -> Option<Found> {
        if self.kind(i)? != TokenKind::Date {
            return None;
        }
        let f = self.f(i);
        let parts: Vec<&str> = f.split(['/', '.', '-']).collect();
        let expr = match parts.as_slice() {
            [y, m] if y.len() == 4 => {
                let (y, m) = (digits(y)?, digits(m)?);
                (1..=12).contains(&m).then_some(Expr::Month {
                    y: Some(y as i16),
                    m: m as i8,
                    dir: Dir::Bare,
                })?
            }
            [y, m, d] if y.len() == 4 => Expr::Day {
                y: Some(digits(y)? as i16),
                m: digits(m)? as i8,
                d: digits(d)? as i8,
                dir: Dir::Bare,
            },
            [d, m, y] if y.len() == 4 || y.len() == 2 => {
                let mut y = digits(y)?;
                if y < 100 {
                    y += if y < 50 { 2000 } else { 1900 };
                }
                Expr::Day {
                    y: Some(y as i16),
                    m: digits(m)? as i8,
                    d: digits(d)? as i8,
                    dir: Dir::Bare,
                }
            }
            _ => return None,
        };
        if let Expr::Day {
            y: Some(y), m, d, ..
        } = expr
        {
            Date::new(y, m, d).ok()?;
        }
        Some(self.extend_day(Found::new(i + 1, expr)))
    }

    /// "[le] [lundi] 9 mai [2023] [dernier]"; "jeudi 15" and "le 16 à 18h"
    /// (a day of an unnamed month); "le 17/02", "31/10/1974" written with
    /// separate tokens.
    #[inline]
    fn day_month(&self, i: usize, had_det: bool) -> Option<Found> {
        let mut j = i;
        // "ce mardi 16 mai", "ce 16 mai" read as "le": the day named
        // (without the day number, "ce mardi" is [`Cx::weekday_expr`]'s).
        let le = !had_det && matches!(self.f(j), "le" | "ce");
        if le {
            j += 1;
        }
        let wd = self.weekday_at(j);
        let weekday = wd.is_some();
        if weekday {
            j += 1;
            if self.f(j) == "," {
                j += 1;
            }
        }
        // A numeric date, a spaced date and a day number all begin with a
        // number token or number word at `j`.
        if !self.numeric_at(j) {
            return None;
        }
        self.day_month_at(i, j, le, had_det, wd)
    }

    /// [`Cx::day_month`] once its day position `j` holds a number (out of
    /// line: the frequent rejection above stays cheap).
    #[inline(never)]
    fn day_month_at(
        &self,
        i: usize,
        j: usize,
        le: bool,
        had_det: bool,
        wd: Option<i8>,
    ) -> Option<Found> {
        let weekday = wd.is_some();
        // "mardi 12/03/2024": a date token after a weekday.
        let token = || weekday.then(|| self.date_token(j)).flatten();
        if let Some(f) = self
            .numeric_date(j, le || had_det)
            .or_else(|| self.spaced_date(i, j, le || had_det || weekday))
            .or_else(token)
        {
            return Some(self.extend_day(Found { weekday: wd, ..f }));
        }
        let (d, j) = self.day_num(j)?;
        // "le 8-Mai", "le 14-Juillet", "le 13-Novembre": a day's name, its
        // hyphen glued and its month capitalised.
        let named = self.f(j) == "-"
            && self.s.glued_before(j)
            && self.s.glued_before(j + 1)
            && self.s.surface(j + 1).starts_with(char::is_uppercase);
        let j = if named { j + 1 } else { j };
        let Some((m, mut j)) = self.month_at(j, true) else {
            // No month: only with a weekday ("jeudi 15"), before a time ("le
            // 16 à 18h") or, after the article, closing its clause ("le 16.",
            // "à partir du 8"). Written in digits, and followed by a real
            // time when not after a weekday.
            if self.kind(j - 1) != Some(TokenKind::Number) {
                return self.weekday_day_word(d, j, wd?);
            }
            // "samedi 9 h 30", "mardi 24 heures": the hour of a clock
            // after the weekday, no day of the month.
            if matches!(self.f(j), "h" | "heure" | "heures") {
                return None;
            }
            let timed = || {
                self.time_expr(j, false).is_some()
                    || self.modified(j).is_some_and(|t| is_clock(&t.expr))
            };
            let alone = || (le || had_det) && self.bare_day_alone(i, j);
            // "composez le 17 à 14 h", "via le 18 vers 22 heures": a number
            // to call ("il a appelé le 6 à 10 h" is a day).
            let blocked = i > 0 && lex::CALL_WORDS.contains(&self.f(i - 1));
            let timed = || !blocked && timed();
            return (weekday || ((le || had_det) && timed()) || alone()).then(|| {
                self.extend_day(Found::new(
                    j,
                    Expr::MonthDay {
                        d,
                        dir: Dir::Bare,
                        wd,
                    },
                ))
            });
        };
        let mut y = None;
        let mut dir = Dir::Bare;
        // "le 16 mai, 2023": a year after the comma closes the date, unless
        // it counts the next noun ("le 16 mai, 1500 policiers").
        if self.f(j) == "," && self.year_at(j + 1).is_some_and(|(_, e)| self.follow_ok(e)) {
            j += 1;
        }
        if let Some((yy, e)) = self.year_at(j).or_else(|| self.short_year(j)) {
            y = Some(yy);
            j = e;
        } else if let Some(d) = self.dir_at(j) {
            dir = d;
            j += 1;
        }
        if y.is_none() && (d > 29 && m == 2 || d == 31 && matches!(m, 4 | 6 | 9 | 11)) {
            return None;
        }
        // The name of an event's day is that day ("le 11-Septembre": 2001).
        if named
            && y.is_none()
            && dir == Dir::Bare
            && let Some(&(.., year)) = lex::NAMED_DAYS
                .iter()
                .find(|(dd, mm, _)| (*dd, *mm) == (d, m))
        {
            y = Some(year);
        }
        if let Some(y) = y {
            Date::new(y, m, d).ok()?;
        }
        Some(self.extend_day(Found {
            weekday: wd,
            ..Found::new(j, Expr::Day { y, m, d, dir })
        }))
    }

    /// "20-05-2023": day, month and four-digit year glued by dashes.
    fn dashed_date(&self, i: usize) -> Option<Found> {
        let glued = (i + 1..=i + 4).all(|k| self.s.glued_before(k));
        let (df, mf, yf) = (self.f(i), self.f(i + 2), self.f(i + 4));
        if !glued
            || self.f(i + 3) != "-"
            || self.kind(i + 4) != Some(TokenKind::Number)
            || df.len() > 2
            || mf.len() != 2
            || yf.len() != 4
        {
            return None;
        }
        let (d, m, y) = (digits(df)?, digits(mf)?, digits(yf)?);
        let (y, m, d) = (
            i16::try_from(y).ok()?,
            i8::try_from(m).ok()?,
            i8::try_from(d).ok()?,
        );
        Date::new(y, m, d).ok()?;
        Some(Found::new(
            i + 5,
            Expr::Day {
                y: Some(y),
                m,
                d,
                dir: Dir::Bare,
            },
        ))
    }

    /// "17/02", "2/3" after an article, "17/02/2014": day "/" month ["/" year];
    /// "20-05-2023" with dashes, its year in four digits (no score, no range).
    fn numeric_date(&self, i: usize, article: bool) -> Option<Found> {
        if self.kind(i)? != TokenKind::Number || self.kind(i + 2) != Some(TokenKind::Number) {
            return None;
        }
        if self.f(i + 1) == "-" {
            return self.dashed_date(i);
        }
        if self.f(i + 1) != "/" {
            return None;
        }
        if !(self.s.glued_before(i + 1) && self.s.glued_before(i + 2)) {
            return None;
        }
        // "2023/05/09": year first.
        if self.f(i).len() == 4
            && self.f(i + 3) == "/"
            && self.s.glued_before(i + 3)
            && self.s.glued_before(i + 4)
            && self.kind(i + 4) == Some(TokenKind::Number)
            && self.f(i + 2).len() == 2
            && self.f(i + 4).len() == 2
        {
            let (y, m, d) = (
                digits(self.f(i))?,
                digits(self.f(i + 2))?,
                digits(self.f(i + 4))?,
            );
            let (y, m, d) = (
                i16::try_from(y).ok()?,
                i8::try_from(m).ok()?,
                i8::try_from(d).ok()?,
            );
            Date::new(y, m, d).ok()?;
            return Some(Found::new(
                i + 5,
                Expr::Day {
                    y: Some(y),
                    m,
                    d,
                    dir: Dir::Bare,
                },
            ));
        }
        let (df, mf) = (self.f(i), self.f(i + 2));
        let (d, m) = (
            digits(df).filter(|_| df.len() <= 2)?,
            digits(mf).filter(|_| mf.len() <= 2)?,
        );
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        let mut end = i + 3;
        let mut y = None;
        if self.f(end) == "/"
            && self.s.glued_before(end)
            && self.kind(end + 1) == Some(TokenKind::Number)
        {
            let yf = self.f(end + 1);
            let v = digits(yf)?;
            y = Some(match yf.len() {
                2 => {
                    if v < 50 {
                        2000 + v
                    } else {
                        1900 + v
                    }
                }
                4 => v,
                _ => return None,
            } as i16);
            end += 2;
        }
        if !(article || mf.len() == 2 || y.is_some()) {
            return None;
        }
        let (d, m) = (d as i8, m as i8);
        match y {
            Some(y) => {
                Date::new(y, m, d).ok()?;
            }
            None => {
                Date::new(2000, m, d).ok()?;
            }
        }
        Some(Found::new(
            end,
            Expr::Day {
                y,
                m,
                d,
                dir: Dir::Bare,
            },
        ))
    }

    /// A two-digit year closing a date ("31 octobre 74", "20 02 14"):
    /// 00–49 → 20xx, 50–99 → 19xx, as for "18/05/22". Only when nothing
    /// that could make it a count follows (a number, a noun).
    fn short_year(&self, j: usize) -> Option<(i16, usize)> {
        let f = self.f(j);
        if self.kind(j)? != TokenKind::Number || f.len() != 2 || self.s.line_break_before(j) {
            return None;
        }
        let v = digits(f)?;
        let next_ok = match self.kind(j + 1) {
            None | Some(TokenKind::Punctuation) => true,
            Some(TokenKind::Word) => self.follow_ok(j + 1),
            _ => false,
        };
        next_ok.then_some(((if v < 50 { 2000 + v } else { 1900 + v }) as i16, j + 1))
    }

    /// A two-digit year after a month name ("mai 68", "en juin 40", "mars
    /// 22"), where nothing that could make it a count follows (as
    /// [`Cx::short_year`]). The century is the one that puts the year no
    /// more than ten years after the reference's (in 2023: "juin 40" is
    /// 1940, "mars 22" 2022, "mai 30" 2030); with no reference, 00–49 are
    /// 20xx as in "18/05/22".
    fn month_short_year(&self, j: usize) -> Option<(i16, usize)> {
        // Or before a verb the period is the subject of, or in it ("les
        // événements de mai 68 ont marqué"): a count is followed by its
        // noun.
        let e = match self.short_year(j) {
            Some((_, e)) => e,
            None => {
                // After "de", a word that is no plural noun follows the
                // period it names ("les barricades de mai 68 restent",
                // "l'esprit de mai 68 souffle"); after a cue a count may
                // stand there ("en mai 30 ont été blessés").
                let f = self.f(j);
                let next = self.f(j + 1);
                let of = j >= 2 && matches!(self.f(j - 2), "de" | "d'");
                let verb = lex::YEAR_SUBJECT_VERBS.contains(&next)
                    || (of && self.is_word(j + 1) && !next.ends_with(['s', 'x']));
                if !(verb
                    && self.kind(j) == Some(TokenKind::Number)
                    && f.len() == 2
                    && !self.s.line_break_before(j))
                {
                    return None;
                }
                j + 1
            }
        };
        let v = digits(self.f(j))? as i16;
        let y = match self.ref_year {
            Some(r) if 2000 + v > r.saturating_add(10) => 1900 + v,
            Some(_) => 2000 + v,
            None if v < 50 => 2000 + v,
            None => 1900 + v,
        };
        Some((y, e))
    }

    /// Day, month and year as numbers apart: "20 02 2014", "le 17 02", "le
    /// 31 10", "24 12 14", "2015-3-3". `i` is where the match starts (before
    /// an article or weekday), `j` the day number; `cued`: an article or a
    /// weekday precedes.
    ///
    /// Small numbers side by side are common in tables and scores, so a
    /// day and month alone ("17 02") are a date only after "le" or a
    /// weekday; otherwise a year must follow: four digits, or two digits
    /// after a two-digit month ("24 12 14"). Day 1–31 and month 1–12, on one
    /// line, with no number on either side (phone numbers, series).
    fn spaced_date(&self, i: usize, j: usize, cued: bool) -> Option<Found> {
        let num = |k: usize, max: usize| {
            (self.kind(k) == Some(TokenKind::Number) && self.f(k).len() <= max)
                .then(|| digits(self.f(k)))
                .flatten()
        };
        let around_ok = |end: usize| {
            (i == 0 || self.kind(i - 1) != Some(TokenKind::Number))
                && !matches!(
                    self.kind(end),
                    Some(TokenKind::Number | TokenKind::Symbol | TokenKind::Time)
                )
        };
        // ISO order with hyphens: "2015-3-3" (the tokeniser keeps
        // "2015-03-03" whole, not the one-digit forms).
        if self.kind(j)? == TokenKind::Number
            && self.f(j).len() == 4
            && self.f(j + 1) == "-"
            && self.f(j + 3) == "-"
            && (1..=4).all(|k| self.s.glued_before(j + k))
        {
            let (y, m, d) = (num(j, 4)?, num(j + 2, 2)?, num(j + 4, 2)?);
            let (y, m, d) = (i16::try_from(y).ok()?, m as i8, d as i8);
            Date::new(y, m, d).ok()?;
            if !around_ok(j + 5) {
                return None;
            }
            let expr = Expr::Day {
                y: Some(y),
                m,
                d,
                dir: Dir::Bare,
            };
            return Some(Found::new(j + 5, expr));
        }
        let d = num(j, 2).filter(|d| (1..=31).contains(d))?;
        let spaced = |k: usize| !self.s.glued_before(k) && !self.s.line_break_before(k);
        if !spaced(j + 1) {
            return None;
        }
        let m = num(j + 1, 2).filter(|m| (1..=12).contains(m))?;
        let two_digit_month = self.f(j + 1).len() == 2;
        let mut end = j + 2;
        let mut y = None;
        if spaced(end) {
            if let Some(v) = num(end, 4).filter(|_| self.f(end).len() == 4) {
                y = Some(
                    i16::try_from(v)
                        .ok()
                        .filter(|y| (1000..=2199).contains(y))?,
                );
                end += 1;
            } else if (cued || two_digit_month)
                && let Some((yy, e)) = self.short_year(end)
            {
                y = Some(yy);
                end = e;
            }
        }
        if !(cued || y.is_some()) || !around_ok(end) {
            return None;
        }
        let (m, d) = (m as i8, d as i8);
        Date::new(y.unwrap_or(2000), m, d).ok()?;
        Some(Found::new(
            end,
            Expr::Day {
                y,
                m,
                d,
                dir: Dir::Bare,
            },
        ))
    }

    /// Whether the day number ending at `j` (after the article, at `i`)
    /// closes its clause, so it names a day of the month: "rendez-vous le
    /// 16.", "à partir du 8". Not after words that make it a number to
    /// dial or a channel ("composer le 17", "la chaîne le 7"), nor before
    /// anything else (a noun, "le 2 à 1").
    fn bare_day_alone(&self, i: usize, j: usize) -> bool {
        let clause_end = match self.kind(j) {
            None => true,
            Some(TokenKind::Punctuation) => matches!(self.f(j), "," | "." | ";" | "!" | "?" | ")"),
            // "aura lieu le 12 et le résultat sera connu…": a clause of its
            // own after "et" (not a list: "au 12 et au 14 de la rue").
            _ => {
                matches!(self.f(j), "et" | "puis")
                    && !self.numeric_at(j + 1)
                    && !(matches!(
                        self.f(j + 1),
                        "le" | "la" | "les" | "l'" | "au" | "aux" | "du"
                    ) && self.numeric_at(j + 2))
                    // ... when a month later in the sentence tells a
                    // narrative of days ("prenez le 12 et descendez à
                    // Bastille" is a bus).
                    && (j + 1..(j + 16).min(self.n))
                        .take_while(|&k| !self.sentence_end(k) && !self.s.line_break_before(k))
                        .any(|k| calendar::month(self.f(k)).is_some())
            }
        };
        clause_end && !(i > 0 && lex::BARE_DAY_BLOCKERS.contains(&self.f(i - 1)))
    }

    /// "vendredi quinze": a day number in words after a weekday, when a
    /// time, a part of the day or the end of the clause follows (not
    /// "vendredi trois manifestants").
    fn weekday_day_word(&self, d: i8, j: usize, wd: i8) -> Option<Found> {
        let next_ok = self.kind(j).is_none()
            || matches!(self.f(j), "," | "." | ";")
            || self.time_expr(j, false).is_some()
            || self.part_of_day_at(j, true).is_some();
        next_ok.then(|| {
            self.extend_day(Found::new(
                j,
                Expr::MonthDay {
                    d,
                    dir: Dir::Bare,
                    wd: Some(wd),
                },
            ))
        })
    }

    /// "la première semaine d'octobre 2014", "le dernier jour du mois",
    /// "le premier mercredi du mois prochain", "la deuxième quinzaine d'avril".
    fn nth_in(&self, i: usize) -> Option<Found> {
        let j = if matches!(self.f(i), "le" | "la" | "l'") {
            i + 1
        } else {
            i
        };
        let (n, k) = if matches!(self.f(j), "dernier" | "derniere") {
            (-1i64, j + 1)
        } else {
            let (n, k) = self.ordinal(j)?;
            (i64::try_from(n).ok().filter(|n| (1..=5).contains(n))?, k)
        };
        let of = match self.f(k) {
            "jour" => Nth::Day,
            "semaine" => Nth::Week,
            "quinzaine" => Nth::Fortnight,
            "week-end" | "weekend" => Nth::Weekend,
            _ => Nth::Weekday(self.weekday_at(k)?),
        };
        let (m, had_det) = match self.f(k + 1) {
            "de" => (k + 2, matches!(self.f(k + 2), "la" | "l'" | "ce")),
            "du" => (k + 2, true),
            _ => return None,
        };
        let month = self
            .month_expr(m, true)
            .or_else(|| self.relative(m, had_det))
            .filter(|f| {
                matches!(
                    f.expr,
                    Expr::Month { .. }
                        | Expr::Offset {
                            unit: TimeUnit::Month,
                            ..
                        }
                )
            })?;
        Some(Found::new(
            month.end,
            Expr::NthIn {
                n,
                of,
                month: Box::new(month.expr),
            },
        ))
    }

    /// Month-first dates with a year: "décembre 5 2014", "fév 15, 2013".
    fn month_first(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.weekday_at(j).is_some() {
            j += 1;
            if self.f(j) == "," {
                j += 1;
            }
        }
        let (m, j) = self.month_at(j, true)?;
        if self.kind(j)? != TokenKind::Number {
            return None;
        }
        let (d, mut j) = self.day_num(j)?;
        if self.f(j) == "," {
            j += 1;
        }
        let (y, j) = self.year_at(j)?;
        Date::new(y, m, d).ok()?;
        Some(self.extend_day(Found::new(
            j,
            Expr::Day {
                y: Some(y),
                m,
                d,
                dir: Dir::Bare,
            },
        )))
    }

    /// "la semaine du 6 octobre".
    fn week_of(&self, i: usize) -> Option<Found> {
        let j = if self.f(i) == "la" { i + 1 } else { i };
        if !self.seq(j, &["semaine", "du"]) {
            return None;
        }
        let d = self
            .day_month(j + 2, true)
            .filter(|d| matches!(d.expr, Expr::Day { .. }))?;
        Some(Found::new(d.end, Expr::WeekOf(Box::new(d.expr))))
    }

    /// A fixed-date holiday: "Noël", "la Toussaint", "le jour de l'an".
    fn holiday(&self, i: usize) -> Option<Found> {
        let j = if matches!(self.f(i), "le" | "la" | "l'" | "a" | "les") {
            i + 1
        } else {
            i
        };
        // First words of the holiday names: one flag before the scan.
        debug_assert!(lex::HOLIDAYS.iter().all(|(w, _)| link_word(w[0])));
        debug_assert!(lex::NAMED_PERIODS.iter().all(|(w, ..)| link_word(w[0])));
        if !self.flag(j, HOLIDAY_FIRST) {
            return None;
        }
        // "la Seconde Guerre mondiale": its years.
        let capitalised = self.s.surface(j).starts_with(char::is_uppercase);
        let article = j >= 1 && lex::BEFORE_NAMED_PERIOD.contains(&self.f(j - 1));
        if let Some((w, a, b, _)) = lex::NAMED_PERIODS
            .iter()
            .filter(|(w, _, _, proper)| article && (capitalised || !proper) && self.seq(j, w))
            .max_by_key(|(w, ..)| w.len())
        {
            return Some(Found::new(
                j + w.len(),
                Expr::Interval(Box::new(Expr::Year(*a)), Box::new(Expr::Year(*b))),
            ));
        }
        let (w, feast) = lex::HOLIDAYS
            .iter()
            .filter(|(w, _)| self.seq(j, w))
            .max_by_key(|(w, _)| w.len())?;
        let mut end = j + w.len();
        let mut y = None;
        if let Some((yy, e)) = self.year_at(end) {
            y = Some(yy);
            end = e;
        }
        let expr = match *feast {
            lex::Feast::Fixed(m, d) => Expr::Day {
                y,
                m,
                d,
                dir: Dir::Bare,
            },
            lex::Feast::Easter(offset) => Expr::Easter { y, offset },
            // "à la rentrée", "la rentrée 2024"; not "une rentrée d'argent".
            lex::Feast::Month(m) => {
                // "la rentrée de Mbappé", "de la ministre", "de janvier": a
                // return, or another month's.
                let article = j > i || (j > 0 && matches!(self.f(j - 1), "la" | "cette"));
                if !article || matches!(self.f(end), "de" | "du" | "des") {
                    return None;
                }
                return Some(Found::new(
                    end,
                    Expr::Month {
                        y,
                        m,
                        dir: Dir::Bare,
                    },
                ));
            }
        };
        Some(self.extend_day(Found::new(end, expr)))
    }

    /// "lundi", "lundi dernier", "ce jeudi", "mercredi matin", "mardi de la
    /// semaine prochaine".
    fn weekday_expr(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let le = self.f(j) == "le";
        if le || self.f(j) == "ce" {
            j += 1;
        } else if i > 0 && matches!(self.f(i - 1), "le" | "les") {
            // "le lundi" without a direction is habitual.
            return None;
        }
        let wd = self.weekday_at(j)?;
        j += 1;
        if self.f(j) == "."
            && self.s.glued_before(j)
            && matches!(self.kind(j + 1), Some(TokenKind::Time | TokenKind::Number))
        {
            j += 1;
        }
        // "mardi (de) la semaine prochaine", "mercredi cette semaine"
        let k = if self.f(j) == "de" { j + 1 } else { j };
        if let Some(w) = self.relative(k, false)
            && let Expr::Offset {
                unit: TimeUnit::Week,
                n,
            } = w.expr
        {
            return Some(self.extend_day(Found::new(w.end, Expr::WeekdayIn { wd, weeks: n })));
        }
        // "lundi en huit": a week after the coming Monday (the reference
        // day included: "mardi en huit" said on a Tuesday is a week from
        // that day, as "aujourd'hui en huit"); "en quinze": two weeks.
        if self.f(j) == "en"
            && let Some(weeks) = match self.f(j + 1) {
                "huit" | "8" => Some(1),
                "quinze" | "15" => Some(2),
                _ => None,
            }
        {
            let coming = Expr::Weekday {
                wd,
                dir: Dir::Coming,
            };
            return Some(Found::new(j + 2, Expr::Shift(Box::new(coming), 7 * weeks)));
        }
        // "mardi d'après", "mercredi suivant", "jeudi qui suit": that day of
        // the next ISO week, as "la semaine d'après".
        if !le {
            let next_week = if self.seq(j, &["de", "apres"]) || self.seq(j, &["qui", "suit"]) {
                Some(j + 2)
            } else if matches!(self.f(j), "suivant" | "suivante") {
                Some(j + 1)
            } else {
                None
            };
            if let Some(end) = next_week {
                return Some(self.extend_day(Found::new(end, Expr::WeekdayIn { wd, weeks: 1 })));
            }
        }
        let dir = self.dir_at(j);
        if dir.is_some() {
            j += 1;
        }
        if le && dir.is_none() {
            return None;
        }
        let dir = dir.unwrap_or(Dir::Bare);
        Some(self.extend_day(Found::new(j, Expr::Weekday { wd, dir })))
    }

    /// "en mai 2022", "au mois de décembre", "mai 2022", "en mai dernier".
    fn month_expr(&self, i: usize, cued: bool) -> Option<Found> {
        const CUES: &[(&[&str], ())] = &[
            (&["en"], ()),
            (&["mois", "de"], ()),
            (&["au", "mois", "de"], ()),
            (&["le", "mois", "de"], ()),
            (&["ce", "mois", "de"], ()),
            (&["du", "mois", "de"], ()),
            (&["en", "ce", "mois", "de"], ()),
        ];
        let (j, cue) = match self.longest(i, CUES) {
            Some((j, ())) => (j, true),
            None => (i, cued),
        };
        let (m, mut j) = self.month_at(j, false)?;
        let mut y = None;
        let mut dir = Dir::Bare;
        if let Some((yy, e)) = self.year_at(j).or_else(|| self.month_short_year(j)) {
            y = Some(yy);
            j = e;
        } else if let Some(d) = self.dir_at(j) {
            dir = d;
            j += 1;
        }
        if !cue && y.is_none() {
            return None;
        }
        Some(Found::new(j, Expr::Month { y, m, dir }))
    }

    /// "en 2022", "l'année 2022", or a year after a cue ("fin 2022"); a
    /// range of years, cue or not ("la saison 2022-2023", "1939-1945", "en
    /// 2022/23"); a year that is the subject of a singular verb ("2022 a
    /// été une année difficile", see [`lex::YEAR_SUBJECT_VERBS`]), heads
    /// a timeline entry ("1991 : indépendance", [`Cx::timeline_entry`]) or
    /// qualifies an event noun ("la crise de 2008", "le budget 2024",
    /// [`lex::YEAR_NOUNS`]; not "un budget de 2000 euros").
    fn year_expr(&self, i: usize, cued: bool) -> Option<Found> {
        // Each cue, and whether the year after it is one whatever follows
        // ("l'an 2000 approche"; but "en 2022 exemplaires").
        const CUES: &[(&[&str], bool)] = &[
            (&["en"], false),
            (&["l'", "an"], true),
            (&["en", "l'", "an"], true),
            (&["l'", "annee"], true),
            (&["annee"], true),
        ];
        let (k, cue, sure) = match self.longest(i, CUES) {
            Some((j, sure)) => (j, true, sure),
            None => (i, cued, false),
        };
        let (y, j) = self.year_at(k)?;
        let in_digits = j == k + 1 && self.kind(k) == Some(TokenKind::Number);
        if in_digits && let Some((y2, e)) = self.year_range_end(y, j) {
            let expr = Expr::Interval(Box::new(Expr::Year(y)), Box::new(Expr::Year(y2)));
            return Some(Found::new(e, expr));
        }
        // Without a cue, only modern years: "1500 est le nombre de morts".
        let subject = !cue
            && in_digits
            && k == i
            && MODERN_YEARS.contains(&y)
            && ((self.opens_subclause(i) && self.year_verb_at(j))
                || self.timeline_entry(i, j)
                || (Self::after_year_noun(&self.toks, i)
                    && !self.counted_after(j)
                    && crate::lexicon::quantities::unit(self.f(j)).is_none()));
        ((cue && (sure || self.follow_ok(j) || self.no_count_after(j))) || subject)
            .then(|| Found::new(j, Expr::Year(y)))
    }

    /// Whether the word at `j`, after a year with its cue, cannot be the
    /// noun the number counts: no plural, no unit, no number word ("les
    /// logements construits en 2021 respectent la norme", "en 2021 sont";
    /// but "tiré en 2022 exemplaires", "en 1500 m").
    fn no_count_after(&self, j: usize) -> bool {
        let f = self.f(j);
        self.kind(j) == Some(TokenKind::Word)
            && !f.ends_with(['s', 'x'])
            && crate::lexicon::quantities::unit(f).is_none()
            && crate::lexicon::numbers::cardinal_word(f).is_none()
            && !self.s.line_break_before(j)
    }

    /// Whether the year `i..j` heads an entry of a timeline: first on its
    /// line, then a colon or a dash ("1991 : indépendance de l'Ukraine",
    /// "2014 – annexion de la Crimée"). Not the figure a line presents ("1500
    /// : c'est le nombre de...") nor a spaced range ("1500 - 2000").
    fn timeline_entry(&self, i: usize, j: usize) -> bool {
        (i == 0 || self.s.line_break_before(i))
            && self.kind(j) == Some(TokenKind::Punctuation)
            && matches!(self.f(j), ":" | "-" | "–" | "—")
            && !self.s.line_break_before(j + 1)
            && self.kind(j + 1).is_some_and(|k| k != TokenKind::Number)
            && !matches!(self.f(j + 1), "c'" | "ce" | "voila")
    }

    /// The second year of a range whose first, `y`, ends at `j`
    /// ([`Cx::year_range_shape`]), where nothing it could count follows:
    /// the text's or clause's end, punctuation, a word of
    /// [`lex::AFTER_YEAR_OK`] or [`lex::AFTER_CUED_YEAR_OK`], a month or a
    /// singular verb ("le budget 2024/25 est voté"); not a noun
    /// ("1500-2000 manifestants", "1900-1950 Ukrainiens"), a sign or a
    /// number ("1200-1250 € par mois").
    fn year_range_end(&self, y: i16, j: usize) -> Option<(i16, usize)> {
        let (y2, e) = self.year_range_shape(y, j)?;
        let next_ok = self.s.line_break_before(e)
            || match self.kind(e) {
                None | Some(TokenKind::Punctuation) => true,
                Some(TokenKind::Word) => {
                    let f = self.f(e);
                    lex::AFTER_YEAR_OK.contains(&f)
                        || lex::AFTER_CUED_YEAR_OK.contains(&f)
                        || calendar::month(f).is_some()
                        || self.year_verb_at(e)
                }
                Some(_) => false,
            };
        next_ok.then_some((y2, e))
    }

    /// The second year of a range whose first, `y`, ends at `j`, by its
    /// shape alone: "-" or "/" glued to both, then four digits (a later year
    /// at most a century on: "1939-1945") or two ("2022-23", at most ten
    /// years on; "1999-00" into the next century).
    fn year_range_shape(&self, y: i16, j: usize) -> Option<(i16, usize)> {
        if !matches!(self.f(j), "-" | "/")
            || !self.s.glued_before(j)
            || !self.s.glued_before(j + 1)
            || self.kind(j + 1) != Some(TokenKind::Number)
        {
            return None;
        }
        let f = self.f(j + 1);
        let v = i16::try_from(digits(f)?).ok()?;
        let (y2, reach) = match f.len() {
            4 => (v, 100),
            2 => {
                let y2 = y - y % 100 + v;
                (if y2 <= y { y2 + 100 } else { y2 }, 10)
            }
            _ => return None,
        };
        (y < y2 && y2 - y <= reach).then_some((y2, j + 2))
    }

    /// Whether token `i` opens a clause: [`Cx::opens_clause`], or right
    /// after a quotation mark or punctuation that cuts one (";", ":", ",",
    /// "(", a spaced dash; not the dash of "1789-1914").
    fn opens_subclause(&self, i: usize) -> bool {
        self.opens_clause(i)
            || self.kind(i - 1) == Some(TokenKind::Quote)
            || (self.kind(i - 1) == Some(TokenKind::Punctuation)
                && match self.f(i - 1) {
                    ";" | ":" | "," | "(" | "«" | "\"" => true,
                    "-" | "—" | "–" => !self.s.glued_before(i),
                    _ => false,
                })
    }

    /// Whether token `j` is a plural noun a number before it would count
    /// ("un budget de 2000 euros", "le rapport de 2000 pages"): a word with
    /// a plural mark that is none of the words that may follow a year.
    fn counted_after(&self, j: usize) -> bool {
        let f = self.f(j);
        self.kind(j) == Some(TokenKind::Word)
            && f.ends_with(['s', 'x'])
            && !lex::AFTER_YEAR_OK.contains(&f)
            && !lex::AFTER_CUED_YEAR_OK.contains(&f)
    }

    /// Whether token `j` is a singular verb a year may be the subject of
    /// ([`lex::YEAR_SUBJECT_VERBS`]; "a" but not "à").
    fn year_verb_at(&self, j: usize) -> bool {
        self.kind(j) == Some(TokenKind::Word)
            && lex::YEAR_SUBJECT_VERBS.contains(&self.f(j))
            && !self.is_a(j)
    }

    /// "l'été 2022", "au printemps", "cet hiver", "l'automne dernier".
    fn season_expr(&self, i: usize, cued: bool) -> Option<Found> {
        const DETS: &[(&[&str], ())] = &[
            (&["l'"], ()),
            (&["a", "l'"], ()),
            (&["de", "l'"], ()),
            (&["au"], ()),
            (&["du"], ()),
            (&["en"], ()),
            (&["cet"], ()),
            (&["ce"], ()),
            (&["le"], ()),
        ];
        let (j, det) = match self.longest(i, DETS) {
            Some((j, ())) => (j, true),
            None => (i, cued),
        };
        let f = self.f(j);
        let first = calendar::SEASONS.iter().find(|(s, _)| *s == f)?.1;
        let mut j = j + 1;
        let mut y = None;
        let mut dir = Dir::Bare;
        // "l'hiver de 1956": the year after "de", in digits.
        let of_year = det
            && self.f(j) == "de"
            && self.kind(j + 1) == Some(TokenKind::Number)
            && self.year_at(j + 1).is_some();
        if of_year {
            j += 1;
        }
        if let Some((yy, e)) = self.year_at(j) {
            y = Some(yy);
            j = e;
            // "l'hiver 2022-2023": the winter that starts in the first year
            // and ends in the second, both written.
            if first == 12
                && let Some((y2, e)) = self.year_range_shape(yy, e)
                && y2 == yy + 1
            {
                j = e;
            }
        } else if let Some(d) = self.dir_at(j) {
            dir = d;
            j += 1;
        }
        (det || y.is_some()).then(|| Found::new(j, Expr::Season { y, first, dir }))
    }

    /// An ordinal number: "xxe", "21e", "2eme", "premier", "vingtième": (n, end).
    #[inline(always)]
    fn ordinal(&self, i: usize) -> Option<(u64, usize)> {
        if !self.numeric_at(i) {
            return None;
        }
        self.ordinal_gated(i)
    }

    /// [`Cx::ordinal`] past its gate (out of line: the gate rejects most
    /// tokens).
    #[inline(never)]
    fn ordinal_gated(&self, i: usize) -> Option<(u64, usize)> {
        let f = self.f(i);
        match self.kind(i)? {
            TokenKind::Ordinal => {
                let stem = f
                    .strip_suffix("eme")
                    .or_else(|| f.strip_suffix("er"))
                    .or_else(|| f.strip_suffix("re"))
                    .or_else(|| f.strip_suffix('e'))?;
                digits(stem).or_else(|| roman(stem)).map(|v| (v, i + 1))
            }
            TokenKind::Word => {
                if f == "premier" || f == "premiere" {
                    return Some((1, i + 1));
                }
                let p = self.words_at(i)?;
                p.ordinal.then_some((p.value, i + p.consumed))
            }
            _ => None,
        }
    }

    /// "le XXe siècle"; "du XVe au XVIIIe siècle", "entre le XVe et le
    /// XVIIIe siècle", "aux XVIe et XVIIe siècles" (from the first year of
    /// the first to the last of the second). Not before "avant J.-C.":
    /// years before the common era have no value here.
    fn century(&self, i: usize) -> Option<Found> {
        let opener = self.f(i);
        let mut j = if matches!(opener, "le" | "au" | "du" | "de" | "aux" | "des" | "entre") {
            i + 1
        } else {
            i
        };
        if opener == "entre" && self.f(j) == "le" {
            j += 1;
        }
        let (c, mut k) = self.ordinal(j)?;
        let sep = matches!(
            (opener, self.f(k)),
            ("du" | "de", "au" | "a") | ("aux" | "des" | "entre", "et")
        );
        let mut last = None;
        if sep {
            let k2 = if matches!(self.f(k + 1), "le" | "au") {
                k + 2
            } else {
                k + 1
            };
            if let Some((c2, e)) = self.ordinal(k2).filter(|&(c2, _)| c2 > c && c2 <= 30) {
                last = Some(c2);
                k = e;
            }
        }
        let noun = match self.f(k) {
            "siecle" => true,
            "siecles" => last.is_some(),
            _ => false,
        };
        if !noun || !(1..=30).contains(&c) {
            return None;
        }
        let bce = self.seq(k + 1, &["avant", "j.-c."])
            || self.seq(k + 1, &["avant", "jesus-christ"])
            || self.f(k + 1) == "av. j.-c.";
        if bce {
            return None;
        }
        let expr = match last {
            Some(c2) => Expr::Interval(
                Box::new(Expr::Century(c as i16)),
                Box::new(Expr::Century(c2 as i16)),
            ),
            None => Expr::Century(c as i16),
        };
        Some(Found::new(k + 1, expr))
    }

    /// "les années 1990", "les années 80".
    fn decade(&self, i: usize) -> Option<Found> {
        const CUES: &[(&[&str], ())] = &[
            (&["les", "annees"], ()),
            (&["des", "annees"], ()),
            (&["annees"], ()),
            (&["la", "decennie"], ()),
            (&["decennie"], ()),
        ];
        let (j, ()) = self.longest(i, CUES)?;
        let decade = |k: usize| {
            let (v, e) = self.number(k)?;
            let y = match v {
                10..=90 if v % 10 == 0 => 1900 + v,
                1000..=2190 if v % 10 == 0 => v,
                _ => return None,
            };
            Some((y as i16, e))
        };
        let (y, j) = decade(j)?;
        // "les années 1960 et 1970", "des années 80 aux années 2000": from
        // the first to the last.
        let second = match self.f(j) {
            "et" | "a" | "-" => decade(j + 1),
            "aux" if self.f(j + 1) == "annees" => decade(j + 2),
            _ => None,
        };
        if let Some((y2, e)) = second.filter(|&(y2, _)| y2 > y) {
            return Some(Found::new(
                e,
                Expr::Interval(Box::new(Expr::Decade(y)), Box::new(Expr::Decade(y2))),
            ));
        }
        Some(Found::new(j, Expr::Decade(y)))
    }

    /// "le 3e trimestre 2023", "au premier trimestre"; "au premier
    /// semestre 2023", "le second semestre" (a half-year, TIMEX3's
    /// "2023-H1").
    fn quarter(&self, i: usize) -> Option<Found> {
        let j = if matches!(self.f(i), "le" | "au" | "du" | "ce") {
            i + 1
        } else {
            i
        };
        let (n, j) = match self.f(j) {
            "second" | "seconde" => (2, j + 1),
            _ => self.ordinal(j)?,
        };
        let (y, end) = match self.year_at(j + 1) {
            Some((y, e)) => (Some(y), e),
            None => (None, j + 1),
        };
        let expr = match self.f(j) {
            "trimestre" if (1..=4).contains(&n) => Expr::Quarter { y, q: n as i8 },
            "semestre" if (1..=2).contains(&n) => Expr::Half { y, h: n as i8 },
            _ => return None,
        };
        Some(Found::new(end, expr))
    }

    /// "hier", "ce matin", "la semaine dernière", "cette année", "le mois
    /// prochain"; after a cue with its article read, "(du) mois" alone.
    fn relative(&self, i: usize, had_det: bool) -> Option<Found> {
        let f = self.f(i);
        if let Some(&(_, off)) = lex::DAY_WORDS.iter().find(|(w, _)| *w == f) {
            let found = Found::new(
                i + 1,
                Expr::Offset {
                    unit: TimeUnit::Day,
                    n: off,
                },
            );
            return Some(self.extend_day(found));
        }
        let this = matches!(f, "ce" | "cet" | "cette");
        // "ce jour-là", "cette année-là": a day or period the text spoke of
        // before, not the current one (no value can be given).
        let anaphoric = |k: usize| self.f(k) == "-la" && self.s.glued_before(k);
        if this && anaphoric(i + 2) {
            return None;
        }
        if this && let Some(m) = lex::part_of_day(self.f(i + 1)) {
            return Some(self.night_by_tense(i, i + 2, m));
        }
        let det = matches!(f, "le" | "la" | "l'");
        let mut j = if this || det { i + 1 } else { i };
        // "ce mois-ci" comes as one token.
        let unit = match self.f(j).strip_suffix("-ci") {
            Some(p) if this && lex::PERIODS_CI.contains(&self.f(j)) => lex::period(p)?,
            _ => lex::period(self.f(j))?,
        };
        if unit == TimeUnit::Day && !this {
            return None;
        }
        j += 1;
        if self.f(j) == "-ci" || self.f(j) == "ci" {
            j += 1;
        }
        let mut dir = lex::direction(self.f(j));
        if dir.is_some() {
            j += 1;
        } else if self.seq(j, &["de", "apres"]) || self.seq(j, &["qui", "suit"]) {
            dir = Some(1);
            j += 2;
        }
        let n = match (this, dir) {
            (true, _) => 0,
            (false, Some(d)) => d,
            (false, None) if had_det => 0,
            _ => return None,
        };
        // "le navire a coulé ce week-end", read on a Wednesday: the
        // weekend past.
        if this
            && unit == TimeUnit::Weekend
            && !self.future_context(i, j)
            && self.past_context(i, j)
        {
            return Some(self.extend_day(Found::new(j, Expr::PastWeekend)));
        }
        let found = Found::new(j, Expr::Offset { unit, n });
        Some(self.extend_day(found))
    }

    /// "il y a trois jours", "dans deux mois", "il y a quelques semaines";
    /// "il y a un an jour pour jour": the very day, a year back.
    fn ago_in(&self, i: usize) -> Option<Found> {
        let f = self.ago_in_periods(i)?;
        match f.expr {
            Expr::Offset { unit, n }
                if matches!(unit, TimeUnit::Week | TimeUnit::Month | TimeUnit::Year)
                    && f.modifier.is_none()
                    && self.seq(
                        f.end + usize::from(self.f(f.end) == ","),
                        &["jour", "pour", "jour"],
                    ) =>
            {
                let end = f.end + usize::from(self.f(f.end) == ",") + 3;
                Some(Found::new(end, Expr::DayIn { unit, n }))
            }
            _ => Some(f),
        }
    }

    /// [`Cx::ago_in`] in its periods.
    fn ago_in_periods(&self, i: usize) -> Option<Found> {
        let (sign, j) = if self.seq(i, &["il", "y", "a"]) {
            (-1i64, i + 3)
        } else if self.seq(i, &["il", "ya"]) {
            (-1i64, i + 2)
        } else if self.f(i) == "dans" {
            (1, i + 1)
        } else {
            return None;
        };
        if let Some((k, _)) = self.vague_amount(j)
            && let Some(u) = lex::unit(self.f(k))
            && u >= TimeUnit::Day
        {
            let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return Some(Found::new(k + 1, Expr::Lit(v.to_string(), unit_grain(u))));
        }
        // "il y a près de trois ans", "dans plus de 20 ans": the offset
        // with what the qualifier says of the day ("plus de 20 ans" ago is
        // before the day 20 years back, "dans plus de" after it).
        let (modifier, j) = match self.longest(j, lex::DURATION_QUALIFIERS) {
            Some((k, q)) => {
                let more = match q {
                    Qualifier::MoreThan | Qualifier::AtLeast => true,
                    Qualifier::LessThan | Qualifier::AtMost => false,
                    Qualifier::Approx => {
                        return self
                            .ago_amount(k, sign, Some(Modifier::Approx))
                            .filter(|f| sign > 0 || !self.amount_of_noun(f.end));
                    }
                    // "il y a tout juste un an", "il y a exactement un an".
                    Qualifier::Exact => {
                        return self
                            .ago_amount(k, sign, None)
                            .filter(|f| sign > 0 || !self.amount_of_noun(f.end));
                    }
                    _ => return None,
                };
                let m = if more == (sign < 0) {
                    Modifier::Before
                } else {
                    Modifier::After
                };
                (Some(m), k)
            }
            None => (None, j),
        };
        let found = self.ago_amount(j, sign, modifier)?;
        // "il y a 20 ans d'écart", "il y a 48 heures de garde à vue
        // possibles": there is so much of something, no time ago ("il y a
        // trois ans de cela" is one).
        if sign < 0 && self.amount_of_noun(found.end) {
            return None;
        }
        Some(found)
    }

    /// Whether "de" and a noun follow token `end` ("il y a 20 ans d'écart"),
    /// not "de cela".
    fn amount_of_noun(&self, end: usize) -> bool {
        self.f(end) == "de" && self.is_word(end + 1) && self.f(end + 1) != "cela"
    }

    /// The offset of [`Cx::ago_in`] from its amount at `j`: a number and a
    /// unit of a day or more ("trois ans", "deux ans et demi"), whole days
    /// of hours ("48 heures"), about so many ("une quinzaine de jours",
    /// approximate) or a half ("un demi-siècle").
    fn ago_amount(&self, j: usize, sign: i64, modifier: Option<Modifier>) -> Option<Found> {
        let offset = |end: usize, unit: TimeUnit, n: i64, m: Option<Modifier>| {
            let (unit, n) = match unit {
                TimeUnit::Decade => (TimeUnit::Year, n.checked_mul(10)?),
                TimeUnit::Century => (TimeUnit::Year, n.checked_mul(100)?),
                u => (u, n),
            };
            let n = Some(n).filter(|n| (0..=100_000).contains(n))?;
            Some(Found::new(end, Expr::Offset { unit, n: sign * n }).with(m))
        };
        // "un demi-siècle", "un demi-mois" (halves of a day or more).
        if matches!(self.f(j), "un" | "une")
            && let Some(u) = self.f(j + 1).strip_prefix("demi-").and_then(lex::unit)
        {
            let (u, n) = lex::half(u).filter(|(u, _)| *u >= TimeUnit::Day)?;
            return offset(j + 2, u, i64::try_from(n).ok()?, modifier);
        }
        // "une quinzaine de jours": about fifteen.
        let k = if matches!(self.f(j), "une" | "la") {
            j + 1
        } else {
            j
        };
        if let Some(n) = numbers::collective(self.f(k)).filter(|_| !self.f(k).ends_with('s'))
            && self.f(k + 1) == "de"
            && let Some(u) = lex::unit(self.f(k + 2)).filter(|u| *u >= TimeUnit::Day)
        {
            let m = modifier.or(Some(Modifier::Approx));
            return offset(k + 3, u, i64::try_from(n).ok()?, m);
        }
        let (n, k) = self.number(j)?;
        let n = i64::try_from(n).ok()?;
        // "il y a 48 heures": whole days of hours (fewer is within the day).
        if lex::unit(self.f(k)) == Some(TimeUnit::Hour) && self.kind(k) == Some(TokenKind::Word) {
            return (n >= 24 && n % 24 == 0)
                .then(|| offset(k + 1, TimeUnit::Day, n / 24, modifier))
                .flatten();
        }
        let u = lex::unit(self.f(k)).filter(|u| *u >= TimeUnit::Day)?;
        if u == TimeUnit::Year
            && let Some(end) = self.half(k + 1)
        {
            return offset(end, TimeUnit::Month, n.checked_mul(12)? + 6, modifier);
        }
        // "il y a quinze jours", "dans huit jours": two weeks, one week, as
        // the words say them (in digits, the days as counted).
        if u == TimeUnit::Day
            && self.kind(j) == Some(TokenKind::Word)
            && let Some(&(_, weeks)) = lex::WEEKS_IN_DAYS.iter().find(|(w, _)| *w == self.f(j))
        {
            return offset(k + 1, TimeUnit::Day, weeks * 7, modifier);
        }
        offset(k + 1, u, n, modifier)
    }

    /// "d'ici deux semaines", "dans les 15 jours": from the reference day
    /// to the day that many units later (not "dans les 15 jours qui ont
    /// suivi", counted from an event).
    fn within(&self, i: usize) -> Option<Found> {
        let j = if self.seq(i, &["de", "ici"]) || self.seq(i, &["dans", "les"]) {
            i + 2
        } else {
            return None;
        };
        let (n, k) = self.number(j)?;
        let unit = lex::unit(self.f(k)).filter(|u| {
            matches!(
                u,
                TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year
            )
        })?;
        let n = i64::try_from(n).ok().filter(|&n| (1..=1000).contains(&n))?;
        // "dans les 15 jours qui ont suivi l'attaque" counts from an event.
        if lex::WITHIN_ANAPHORIC.contains(&self.f(k + 1)) {
            return None;
        }
        let today = Expr::Offset {
            unit: TimeUnit::Day,
            n: 0,
        };
        Some(Found::new(
            k + 1,
            Expr::Interval(Box::new(today), Box::new(Expr::DayIn { unit, n })),
        ))
    }

    /// "et demi(e)" at `j`: its end.
    fn half(&self, j: usize) -> Option<usize> {
        (self.f(j) == "et" && matches!(self.f(j + 1), "demi" | "demie")).then_some(j + 2)
    }

    /// A vague amount ("plusieurs", "quelques", "de nombreuses"): (end, ()).
    fn vague_amount(&self, j: usize) -> Option<(usize, ())> {
        // Sequences of link words (see `is_link`).
        debug_assert!(
            lex::VAGUE_AMOUNTS
                .iter()
                .all(|w| w.first().is_some_and(|w| link_word(w)))
        );
        // Only at the first word of one (flagged, a link word).
        if !self.flag(j, VAGUE_FIRST) {
            return None;
        }
        lex::VAGUE_AMOUNTS
            .iter()
            .filter(|w| self.seq(j, w))
            .max_by_key(|w| w.len())
            .map(|w| (j + w.len(), ()))
    }

    /// "ces derniers mois", "ces derniers temps", "récemment".
    fn vague(&self, i: usize) -> Option<Found> {
        let f = self.f(i);
        if let Some(&(_, v)) = lex::VAGUE_WORDS.iter().find(|(w, _)| *w == f) {
            return Some(Found::new(i + 1, Expr::Lit(v.to_string(), Grain::Day)));
        }
        if f != "ces" {
            return None;
        }
        let h = self.f(i + 1);
        let &(_, v) = lex::VAGUE_HEADS.iter().find(|(w, _)| *w == h)?;
        let noun = self.f(i + 2);
        if !lex::VAGUE_NOUNS.contains(&noun) {
            return None;
        }
        let grain = lex::unit(noun).map_or(Grain::Day, unit_grain);
        Some(Found::new(i + 3, Expr::Lit(v.to_string(), grain)))
    }

    /// "dans la soirée", "à l'aube", "dans la nuit de samedi à dimanche".
    fn part_of_day(&self, i: usize) -> Option<Found> {
        const LEADS: &[(&[&str], ())] = &[
            (&["dans", "la"], ()),
            (&["dans", "l'"], ()),
            (&["en"], ()),
            (&["a", "l'"], ()),
            (&["a", "la"], ()),
            (&["au"], ()),
            (&["la"], ()),
            (&["l'"], ()),
            (&["le"], ()),
            (&["dans", "le"], ()),
        ];
        // "dans la journée", "dans la semaine": the current period, unless
        // the noun goes on ("dans la semaine du 6", "dans la semaine qui suit").
        if self.f(i) == "dans"
            && let Some((end, unit)) = self.longest(i, lex::WITHIN_CURRENT)
            && !matches!(self.f(end), "du" | "de" | "qui" | "ou" | "-ci")
            && self.dir_at(end).is_none()
        {
            return Some(Found::new(end, Expr::Offset { unit, n: 0 }));
        }
        // "la matinée du 15 février", "le soir de Noël", "l'après-midi de
        // lundi": that day, with the part as modifier.
        let lead = self.longest(i, LEADS);
        let j0 = lead.map_or(i, |(j, ())| j);
        if let Some(m) = lex::part_of_day(self.f(j0)).filter(|&m| m != Modifier::Night)
            && matches!(self.f(j0 + 1), "de" | "du")
        {
            let k = j0 + 2;
            let day = [
                self.day_month(k, true),
                self.weekday_expr(k),
                self.holiday(k),
            ]
            .into_iter()
            .flatten()
            .filter(|f| f.expr.is_day())
            .max_by_key(|f| f.end);
            if let Some(d) = day {
                return Some(Found::new(d.end, d.expr).with(Some(m)));
            }
            // "le soir du drame", "le matin de son départ": the part of an
            // event's day, not of the reference day.
            return None;
        }
        let Some((j, ())) = lead else {
            return self
                .part_of_day_at(i, false)
                .map(|(end, m)| self.night_by_tense(i, end, m));
        };
        let Some(m) = lex::part_of_day(self.f(j)) else {
            return self.part_of_day_at(i, false).map(|(end, m)| {
                Found::new(
                    end,
                    Expr::Offset {
                        unit: TimeUnit::Day,
                        n: 0,
                    },
                )
                .with(Some(m))
            });
        };
        // "la Nuit des musées", "la Nuit blanche": an event's name (a
        // capital after the article, not a headline's capitals).
        let mut chars = self.s.surface(j).chars();
        let named = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase);
        if named && j > i && !self.numeric_at(j + 2) && self.weekday_at(j + 2).is_none() {
            return None;
        }
        // "la nuit dernière": the night before the reference day's;
        // "la nuit prochaine": the coming one.
        if m == Modifier::Night
            && let Some(dir) = self.dir_at(j + 1)
        {
            let n = if dir == Dir::Past { -1 } else { 0 };
            let day = Expr::Offset {
                unit: TimeUnit::Day,
                n,
            };
            return Some(Found::new(j + 2, Expr::Night(Box::new(day))));
        }
        if m == Modifier::Night && matches!(self.f(j + 1), "de" | "du") {
            let k = j + 2;
            // "du 3 au 4 mai": the first day takes the month of the second.
            if let Some((d1, k2)) = self.day_num(k)
                && self.f(k2) == "au"
                && let Some(second) = self.day_month(k2 + 1, true)
                && let Expr::Day { y, m: mo, dir, .. } = second.expr
            {
                let first = Expr::Day {
                    y,
                    m: mo,
                    d: d1,
                    dir,
                };
                return Some(Found::new(second.end, Expr::Night(Box::new(first))));
            }
            // "dans la nuit de nouvelles mesures": no day after "de", the
            // night alone (below).
            let first = self
                .day_month(k, true)
                .or_else(|| self.weekday_expr(k))
                .filter(|f| f.expr.is_day());
            let Some(first) = first else {
                return self
                    .part_of_day_at(i, false)
                    .map(|(end, m)| self.night_by_tense(i, end, m));
            };
            let mut end = first.end;
            let mut first = first.expr;
            if self.f(end) == "a"
                && let Some(w) = self.weekday_expr(end + 1)
            {
                end = w.end;
            } else if self.f(end) == "au"
                && let Some(second) = self.day_month(end + 1, true)
                && matches!(second.expr, Expr::Day { .. })
            {
                // "la nuit du 31 décembre au 1er janvier 2023": the second
                // day is the night's end (which `eval` gives as the next
                // day), and lends its year.
                end = second.end;
                first = inherit_year(first, &second.expr);
            }
            return Some(Found::new(end, Expr::Night(Box::new(first))));
        }
        // "le soir", "l'après-midi" alone: the reference day's; "le matin
        // même" is the event's.
        let (end, m) = self
            .part_of_day_at(i, false)
            .or_else(|| self.part_of_day_at(i, true))?;
        if self.f(end) == "meme" {
            return None;
        }
        Some(self.night_by_tense(i, end, m))
    }

    /// The reference day's part `m` of the day, read from token `i` to
    /// `end` ("ce soir", "dans la matinée"); "cette nuit" and "dans la
    /// nuit" alone are placed by the tense of their clause, as news tells
    /// them: in the past, the night that has just ended ("Cette nuit, des
    /// frappes ont touché Kiev": the night before the reference day's); in
    /// the future, the coming one ("cette nuit, il gèlera"). With neither,
    /// the reference day's night.
    fn night_by_tense(&self, i: usize, end: usize, m: Modifier) -> Found {
        let today = |n: i64| Expr::Offset {
            unit: TimeUnit::Day,
            n,
        };
        let bare = m == Modifier::Night
            && (self.f(i) == "cette" || self.seq(i, &["dans", "la"]))
            && !matches!(self.f(end), "du" | "-la" | "la" | "meme");
        if bare {
            if self.future_context(i, end) {
                return Found::new(end, Expr::Night(Box::new(today(0))));
            }
            if self.past_context(i, end) {
                return Found::new(end, Expr::Night(Box::new(today(-1))));
            }
        }
        Found::new(end, today(0)).with(Some(m))
    }

    /// "mi-juillet", "à la mi-juillet", "mi-2022".
    fn mid_prefix(&self, i: usize) -> Option<Found> {
        let j = if self.seq(i, &["a", "la"]) {
            i + 2
        } else if self.f(i) == "la" {
            i + 1
        } else {
            i
        };
        let f = self.f(j);
        let (rest, m) = lex::DATE_PREFIXES
            .iter()
            .find_map(|(p, m)| f.strip_prefix(p).map(|r| (r, *m)))?;
        let expr = if let Some(mo) = calendar::month(rest).filter(|_| calendar::is_full_month(rest))
        {
            match self.year_at(j + 1) {
                Some((y, e)) => {
                    return Some(
                        Found::new(
                            e,
                            Expr::Month {
                                y: Some(y),
                                m: mo,
                                dir: Dir::Bare,
                            },
                        )
                        .with(Some(m)),
                    );
                }
                None => Expr::Month {
                    y: None,
                    m: mo,
                    dir: Dir::Bare,
                },
            }
        } else if let Some(y) = digits(rest).filter(|y| (1000..=2199).contains(y)) {
            Expr::Year(y as i16)
        } else {
            return None;
        };
        Some(Found::new(j + 1, expr).with(Some(m)))
    }

    /// A clock time at `i`: "14h30", "14 h 30", "six heures", "midi et demie",
    /// with "du matin" / "du soir".
    fn clock(&self, i: usize) -> Option<Clock> {
        // A time token ([`NUMERIC`]), a clock word (an anchor word) or a
        // number ([`Cx::numeric_at`]): nothing else starts a clock time.
        debug_assert!(lex::CLOCK_WORDS.iter().all(|(w, _)| lex::is_anchor(w)));
        if !self.flag(i, NUMERIC | NUMBER_WORD | ANCHOR) {
            return None;
        }
        let f = self.f(i);
        let (mut h, mut min, mut j, mut strong) = match self.kind(i)? {
            TokenKind::Time => {
                let (a, b) = f.split_once(['h', ':'])?;
                let h = digits(a).filter(|&h| h <= 24)?;
                let min = if b.is_empty() { None } else { Some(digits(b)?) };
                (h, min, i + 1, min.is_some() || f.contains(':'))
            }
            _ if lex::CLOCK_WORDS.iter().any(|(w, _)| *w == f) => {
                let h = lex::CLOCK_WORDS.iter().find(|(w, _)| *w == f)?.1;
                (h as u64, None, i + 1, true)
            }
            TokenKind::Number | TokenKind::Word => {
                let (h, k) = self.number(i).filter(|&(h, _)| h <= 24)?;
                let unit = self.f(k);
                if !matches!(unit, "h" | "heure" | "heures") {
                    return None;
                }
                let mut k = k + 1;
                let mut min = None;
                let mut strong = false;
                if unit == "h" {
                    strong = true;
                }
                if self.kind(k) == Some(TokenKind::Number)
                    && self.f(k).len() == 2
                    && let Some(m) = digits(self.f(k))
                {
                    min = Some(m);
                    strong = true;
                    k += 1;
                    if matches!(self.f(k), "min" | "minutes" | "mn") {
                        k += 1;
                    }
                }
                (h, min, k, strong)
            }
            _ => return None,
        };
        if min.is_none()
            && self.kind(i) != Some(TokenKind::Time)
            && self.kind(j) == Some(TokenKind::Word)
            && !self.is_a(j)
            && !self.seq(j, &["trois", "quarts"])
            && let Some((m, e)) = self.number(j).filter(|&(m, _)| (1..60).contains(&m))
        {
            min = Some(m);
            j = e;
            if matches!(self.f(j), "minute" | "minutes") {
                j += 1;
            }
        }
        if min.is_none()
            && self.f(j) == "et"
            && self.kind(j + 1) == Some(TokenKind::Word)
            && let Some((m, e)) = self
                .number(j + 1)
                .filter(|&(m, e)| (1..60).contains(&m) && matches!(self.f(e), "minute" | "minutes"))
        {
            min = Some(m);
            j = e + 1;
        }
        if min.is_none() {
            // "trois quarts", "moins le quart", "moins cinq", "passé de dix
            // minutes" are said of clock times only: strong.
            if self.seq(j, &["trois", "quarts"]) {
                min = Some(45);
                j += 2;
                strong = true;
            } else if self.f(j) == "moins"
                && let Some((m, e)) = self.number(j + 1).filter(|&(m, _)| (1..60).contains(&m))
            {
                h = (h + 23) % 24;
                min = Some(60 - m);
                j = e;
                strong = true;
            } else if lex::CLOCK_PAST.contains(&self.f(j))
                && self.f(j + 1) == "de"
                && let Some((m, e)) = self.number(j + 2).filter(|&(m, e)| {
                    (1..60).contains(&m) && matches!(self.f(e), "minute" | "minutes")
                })
            {
                min = Some(m);
                j = e + 1;
                strong = true;
            } else if let Some(e) = self.half(j) {
                min = Some(30);
                j = e;
            } else if self.seq(j, &["et", "quart"]) {
                min = Some(15);
                j += 2;
            } else if self.seq(j, &["moins", "le", "quart"]) || self.seq(j, &["moins", "quart"]) {
                let e = if self.f(j + 1) == "le" { j + 3 } else { j + 2 };
                h = (h + 23) % 24;
                min = Some(45);
                j = e;
                strong = true;
            }
        }
        // "15h précises", "15 heures pile"
        if lex::CLOCK_EXACT.contains(&self.f(j)) {
            j += 1;
            strong = true;
        }
        if h > 24 || min.is_some_and(|m| m > 59) {
            return None;
        }
        // "24 heures", "24h" without minutes is a length ("depuis 24
        // heures", "sous 24h", "dans les 24 heures"), but midnight after
        // "à" ("de 20h à 24h", "jusqu'à 24 heures", "à 24h précises").
        // "retardés jusqu'à 24 heures": a bound on a length too.
        let length_until = i >= 3 && self.f(i - 2) == "jusqu'" && lex::before_length(self.f(i - 3));
        if h == 24 && min.is_none() && (!(i > 0 && self.is_a(i - 1)) || length_until) {
            return None;
        }
        let mut modifier = None;
        if self.seq(j, &["du", "matin"]) || self.seq(j, &["du", "mat"]) {
            modifier = Some(Modifier::Morning);
            j += 2;
            strong = true;
        } else if self.seq(j, &["du", "soir"]) {
            modifier = Some(Modifier::Evening);
            if h < 12 {
                h += 12;
            }
            j += 2;
            strong = true;
        } else if self.seq(j, &["de", "l'", "apres-midi"]) {
            modifier = Some(Modifier::Afternoon);
            if h < 12 {
                h += 12;
            }
            j += 3;
            strong = true;
        }
        // "24h" is the end of its day, kept as hour 24 ([`eval`] gives the
        // next day at 00:00); "24h30" is half past midnight.
        if h == 24 && min.is_some_and(|m| m > 0) {
            h = 0;
        }
        Some(Clock {
            end: j,
            h: h as i8,
            min: min.map(|m| m as i8),
            strong,
            modifier,
        })
    }

    /// "à 14h30", "à midi", "vers 6 heures du matin", "14:30", "15h".
    fn time_expr(&self, i: usize, cued: bool) -> Option<Found> {
        let mut j = i;
        // "dès 6h": from that time on (the accent tells it from "des").
        let since = self.f(i) == "des" && matches!(self.s.surface(i), "dès" | "Dès");
        let cue = self.is_a(j) || since;
        if cue {
            j += 1;
        }
        let approx = self.f(j) == "environ";
        if approx {
            j += 1;
        }
        if approx && !cue && !cued {
            // "environ 1h30" without "à" is a length; "vers" is the
            // approximate time.
            return None;
        }
        let c = self.clock(j)?;
        // A race or travel time is a length: after "en" ("en 4 h 12",
        // "s'est imposé en 2h03"), with its minutes' unit or seconds
        // written ("2 h 01 min 09 s"), or before "de" and a noun of
        // activity ("1 h 30 de route").
        if (!cue && !cued && self.clock_is_length(i, &c)) || self.before_activity(&c) {
            return None;
        }
        // "le temps d'attente est passé de 3 à 5 heures": the second
        // length of a change, not a time.
        if cue && !since && i >= 2 && self.after_change_amount(i, j) {
            return None;
        }
        if !(cue
            || cued
            || c.strong
            || (c.end == j + 1 && self.opens_clause(j) && self.bare_hour(j)))
        {
            return None;
        }
        let m = if approx {
            Some(Modifier::Approx)
        } else if since {
            Some(Modifier::Since)
        } else {
            c.modifier
        };
        Some(
            Found::new(
                c.end,
                Expr::At {
                    day: None,
                    h: c.h,
                    min: c.min,
                },
            )
            .with(m),
        )
    }

    /// Whether the clock `c` read from token `i` (no cue before it) is a
    /// length: see [`Cx::time_expr`].
    fn clock_is_length(&self, i: usize, c: &Clock) -> bool {
        if i > 0 && self.f(i - 1) == "en" && c.modifier.is_none() {
            return true;
        }
        let e = c.end;
        // "4 h 12 min" (not "15h passé de 15 minutes", a clock).
        let minutes_unit =
            e >= 3 && matches!(self.f(e - 1), "min" | "minutes" | "mn") && self.f(e - 3) != "de";
        let seconds = self.f(e) == "'"
            || self.kind(e) == Some(TokenKind::Number)
                && matches!(self.f(e + 1), "s" | "sec" | "secondes");
        minutes_unit || seconds || (c.min.is_some() && self.before_activity(c))
    }

    /// Whether the clock `c` is followed by "de" and a noun of activity,
    /// which makes it a length even after a cue ("après 2 h 30 de débat",
    /// "à 2 h de marche", "1 h 30 de route"; not "de façon", "de
    /// préférence", "de la nuit").
    fn before_activity(&self, c: &Clock) -> bool {
        let e = c.end;
        c.modifier.is_none()
            && self.f(e) == "de"
            && self.is_word(e + 1)
            && self.s.surface(e + 1).starts_with(char::is_lowercase)
            && self.toks.get(e + 1).is_some_and(|t| t.flags == 0)
            && !lex::NOT_ACTIVITY.contains(&self.f(e + 1))
    }

    /// Whether token `i` opens its sentence or line ("15h : point presse").
    fn opens_clause(&self, i: usize) -> bool {
        i == 0
            || self.s.line_break_before(i)
            || (matches!(self.f(i - 1), "." | "!" | "?")
                && self.kind(i - 1) == Some(TokenKind::Punctuation))
    }

    /// An hour-only clock token ("15h", 0–23) that is no length: not
    /// followed by a noun complement, a rate or a lapse word ("15h de
    /// garde à vue", "24h sur 24", "12h plus tard"). Such a token is a time where a length cannot stand:
    /// opening its clause, or right after a day ("samedi 15h").
    fn bare_hour(&self, k: usize) -> bool {
        self.kind(k) == Some(TokenKind::Time)
            && self
                .f(k)
                .strip_suffix('h')
                .and_then(digits)
                .is_some_and(|h| h < 24)
            && !matches!(self.f(k + 1), "de" | "sur" | "/" | "a" | "-")
            && !lex::AFTER_LENGTH.contains(&self.f(k + 1))
    }

    /// "les 3 derniers jours", "3 prochaines semaines", "2 années passées":
    /// the interval of the `n` whole periods before or after the reference.
    fn last_next(&self, i: usize) -> Option<Found> {
        let j = if matches!(self.f(i), "les" | "ces" | "dans" | "pendant" | "durant") {
            i + 1
        } else {
            i
        };
        let (n, k) = self.number(j)?;
        let (sign, u, end) = if let Some(d) = lex::direction(self.f(k)) {
            (d, lex::unit(self.f(k + 1))?, k + 2)
        } else {
            let u = lex::unit(self.f(k))?;
            (lex::direction(self.f(k + 1))?, u, k + 2)
        };
        let n = i64::try_from(n).ok().filter(|&n| (1..=1000).contains(&n))?;
        if !matches!(
            u,
            TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year | TimeUnit::Quarter
        ) {
            return None;
        }
        let (a, b) = if sign < 0 { (-n, -1) } else { (1, n) };
        Some(Found::new(
            end,
            Expr::Interval(
                Box::new(Expr::Offset { unit: u, n: a }),
                Box::new(Expr::Offset { unit: u, n: b }),
            ),
        ))
    }

    /// A cue then a date: "début mars", "fin 2022", "depuis le 15
    /// septembre", "jusqu'au 31 mars", "vers le 10 mai", "à la fin du mois".
    fn modified(&self, i: usize) -> Option<Found> {
        self.modified_at(i, true)
    }

    /// [`Cx::modified`]; `nest`: a direction may take a part of a period
    /// ("depuis fin 2022", "jusqu'à début mars"), one level deep.
    fn modified_at(&self, i: usize, nest: bool) -> Option<Found> {
        // First words of the cues: no cue matches unless token `i` is one
        // (one lookup instead of trying every cue).
        debug_assert!(lex::DATE_CUES.iter().all(|(w, _)| link_word(w[0])));
        if !self.flag(i, CUE_FIRST) {
            return None;
        }
        // "dès 1999", "dès le 3 mai": "dès" folds to "des", the article, so
        // it is told by its accent (and "des" is a cue's first word).
        debug_assert!(lex::DATE_CUES.iter().any(|(c, _)| c[0] == "des"));
        let des = || {
            matches!(self.s.surface(i), "dès" | "Dès" | "DÈS")
                .then_some((i + 1, Some(Modifier::Since)))
        };
        let (mut j, m) = self.longest(i, lex::DATE_CUES).or_else(des)?;
        // "la guerre a pris fin en 1991": the verb "prendre fin", no part
        // ("a pris fin 2022" is the end of 2022).
        if m == Some(Modifier::End)
            && i >= 1
            && lex::END_VERBS.contains(&self.f(i - 1))
            && matches!(
                self.f(j),
                "en" | "a" | "au" | "le" | "dans" | "lors" | "vers"
            )
        {
            return None;
        }
        let mut had_det = false;
        match self.f(j) {
            "du" | "au" | "aux" => {
                j += 1;
                had_det = true;
            }
            "de" | "a" | "en" => {
                j += 1;
                had_det = self.f(j - 1) == "de";
                if matches!(self.f(j), "la" | "l'") {
                    j += 1;
                    had_det = true;
                }
            }
            _ => {}
        }
        // "vers 14h-15h": about a span of clock times.
        let inner = match (self.point(j, true, had_det), m) {
            (p, Some(Modifier::Approx)) => {
                let mut best = p;
                keep_longest(&mut best, self.dashed_clocks(j));
                best
            }
            (p, _) => p,
        };
        let Some(inner) = inner else {
            // "depuis fin 2022": the direction, and the part kept apart.
            let dir = m.filter(|m| nest && m.is_direction())?;
            let j = if matches!(self.f(j), "la" | "le" | "l'") {
                j + 1
            } else {
                j
            };
            let part = self
                .modified_at(j, false)
                .filter(|p| p.modifier.is_some_and(Modifier::is_part) && !p.set)?;
            return Some(Found {
                modifier: Some(dir),
                part: part.modifier,
                ..part
            });
        };
        let mut inner = inner;
        if self.says_midnight(j, inner.end) {
            until_day_end(&mut inner.expr, m);
        }
        Some(Found {
            modifier: m.or(inner.modifier),
            part: inner.part.or(inner.modifier.filter(|p| p.is_part())),
            ..inner
        })
    }

    /// The separator between the two ends of an interval at `k`: its end
    /// and whether it carries the article ("au").
    fn sep_at(&self, k: usize, opener: &str) -> Option<(usize, bool)> {
        let f = self.f(k);
        let ok = match opener {
            "du" => f == "au",
            "de" => f == "a" || f == "au",
            "entre" => f == "et",
            _ => f == "au" || (f == "-" && self.kind(k) == Some(TokenKind::Punctuation)),
        };
        if ok {
            return Some((k + 1, f == "au"));
        }
        if opener != "entre" && f == "jusqu'" {
            return match self.f(k + 1) {
                "au" => Some((k + 2, true)),
                "a" => Some((k + 2, false)),
                _ => None,
            };
        }
        None
    }

    /// The days listed before the last of coordinated days that share its
    /// month: "les 3 et 4 mai", "le 3 et le 4 mai", "les 12, 13 et 14
    /// juin", "les samedi 3 et dimanche 4 mai", "du 9 et du 23 juin". Each listed day in digits
    /// as (first token, end, day), its article or weekday included, and
    /// the token where the last day begins, after "et" or "ou" (which the
    /// caller reads as a date of its own, "4 mai", and whose month and year
    /// the listed days take). At most 31 listed days.
    fn day_list(&self, i: usize) -> Option<(Vec<Listed>, usize)> {
        const MAX_DAYS: usize = 31;
        // First the cheap test most starts fail: a number within three
        // tokens ("les samedi 3"), then a list word.
        let k = (i..i + 3).find(|&k| self.numeric_at(k))?;
        if !matches!(self.f(k + 1), "," | "et" | "ou") {
            return None;
        }
        let mut listed = Vec::new();
        let mut k = i;
        loop {
            let first = listed.is_empty();
            let a = k;
            if matches!(self.f(k), "le" | "les" | "des" | "du")
                && (first || matches!(self.f(k), "le" | "du"))
            {
                k += 1;
            }
            if self.weekday_at(k).is_some() {
                k += 1;
            }
            if !matches!(self.kind(k), Some(TokenKind::Number | TokenKind::Ordinal)) {
                return None;
            }
            let (d, e) = self.day_num(k)?;
            if listed.len() == MAX_DAYS || self.month_at(e, true).is_some() {
                return None;
            }
            listed.push((a, e, d));
            // A list, like any mention, stays on its line.
            if (a + 1..=e + 2).any(|t| self.s.line_break_before(t)) {
                return None;
            }
            match self.f(e) {
                "," => k = e + 1,
                // "du 9 et du 23 juin": the last day's "du" left out (read
                // alone, "du 23 juin" would open an interval).
                "et" | "ou" if self.f(e + 1) == "du" => return Some((listed, e + 2)),
                "et" | "ou" => return Some((listed, self.verb_before_day(e + 1))),
                _ => return None,
            }
        }
    }

    /// Where the last day of a list begins, the list word read up to `k`:
    /// at `k`, or after the verb of a clause of its own ("ouvrira le 12 et
    /// fermera le 28 juin", "est arrivé le 3 et a été opéré le 5 mai"): at
    /// most three lowercase words that are no date word, then "le" and a
    /// number.
    fn verb_before_day(&self, k: usize) -> usize {
        const DATE_WORDS: Flags = ANCHOR | NUMERIC | NUMBER_WORD | HOLIDAY_FIRST | DAYPART;
        for v in k..k + 3 {
            // "été" after a first word is a participle ("a été opéré").
            let participle = v > k && self.f(v) == "ete";
            let plain = self.is_word(v)
                && self.s.surface(v).starts_with(char::is_lowercase)
                && (self.toks[v].flags & DATE_WORDS == 0 || participle)
                && (self.toks[v].flags & CUE_FIRST == 0 || (self.f(v) == "a" && !self.is_a(v)))
                && !matches!(self.f(v), "le" | "la" | "les" | "l'" | "du" | "de" | "des");
            if !plain {
                break;
            }
            if self.f(v + 1) == "le" && self.numeric_at(v + 2) {
                return v + 1;
            }
        }
        k
    }

    /// The years listed right after a year that ends at `k` ("en 2024,
    /// 2025 et 2026", "les élections de 2017 et 2022"): four digits
    /// (1800-2100) after ",", "et" or "ou", not counting the plural noun
    /// after them ("en 2022 et 3000 soldats"), each a mention pushed to
    /// `out`, on the same line; where the list ends. At most 16.
    fn listed_years(&self, mut k: usize, out: &mut Vec<DateMention>) -> usize {
        for _ in 0..16 {
            let n = k + 1;
            if !matches!(self.f(k), "," | "et" | "ou")
                || self.kind(n) != Some(TokenKind::Number)
                || self.s.line_break_before(k)
                || self.s.line_break_before(n)
            {
                break;
            }
            let Some(y) = digits(self.f(n))
                .filter(|_| self.f(n).len() == 4)
                .and_then(|y| i16::try_from(y).ok())
                .filter(|y| MODERN_YEARS.contains(y))
            else {
                break;
            };
            if self.counted_after(n + 1) || self.kind(n + 1) == Some(TokenKind::Symbol) {
                break;
            }
            out.push(self.mention_with(n, &Found::new(n + 1, Expr::Year(y)), y.to_string(), true));
            k = n + 1;
        }
        k
    }

    /// The mention of `f` at `i`, its words between tokens `a` and `b`,
    /// placed by the bare-date rule ([`BareDates`]). With the news rule, a
    /// date whose past and future readings differ follows the tense of its
    /// sentence ([`Cx::future_context`], [`Cx::past_context`]) or, with no
    /// tense, takes the reading that starts nearer the reference day (the
    /// past one on a tie, when either start is not a day, week or month, or
    /// when the reference is a month). The sentence is scanned only for
    /// dates that depend on it.
    fn placed_mention(
        &self,
        i: usize,
        f: &Found,
        (a, b): (usize, usize),
        (lo, hi): (Date, Date),
        options: &Options,
    ) -> Option<DateMention> {
        let (past, future) = match options.bare_dates {
            BareDates::Past => return self.date_mention(i, f, lo, hi, Way::PastIncl),
            BareDates::Future => return self.date_mention(i, f, lo, hi, Way::FutureIncl),
            BareDates::News => (
                Self::value_of(f, lo, hi, Way::PastIncl),
                Self::value_of(f, lo, hi, Way::FutureIncl),
            ),
        };
        // "depuis septembre": since a time that has come (whatever the
        // tense: "les prix montent depuis septembre").
        let since = self.f(i) == "depuis";
        // "le dimanche 26 février": with no tense, the reading whose day is
        // that weekday, when only one is and it lies within half a year of
        // the reference.
        let on_weekday = |v: &str| {
            f.weekday.is_some_and(|wd| {
                value_day(v).is_some_and(|d| {
                    d.weekday().to_monday_one_offset() == wd && (d - lo).get_days().abs() <= 183
                })
            })
        };
        let chosen = match (past, future) {
            (Some(p), Some(q)) if p.0 == q.0 => p,
            (Some(p), Some(q)) => {
                let future = self.future_context(a, b);
                let days = |v: &str| start_day(v).map(|d| (d - lo).get_days().abs());
                let nearer = |p: (String, bool), q: (String, bool)| match (days(&p.0), days(&q.0)) {
                    (Some(dp), Some(dq)) if dq < dp => q,
                    _ => p,
                };
                // "depuis" looks back whatever the tense ("l'exposition,
                // ouverte depuis le 12, fermera le 28").
                if since {
                    p
                } else if future {
                    q
                } else if lo == hi && self.called_for(a, b) {
                    // A day called for lies after the call, whose own day
                    // is not told: the nearer reading, whatever the tense
                    // ("a appelé à manifester le 6 juin" read on 24 May is
                    // this year's, "le 23 mai" too).
                    nearer(p, q)
                } else if self.past_context(a, b) {
                    p
                } else if f.modifier == Some(Modifier::Until)
                    && matches!(f.expr, Expr::Weekday { .. })
                {
                    // With no tense, a weekday as deadline lies ahead ("le
                    // ministre a jusqu'à vendredi pour trancher").
                    q
                } else if on_weekday(&p.0) != on_weekday(&q.0) {
                    if on_weekday(&p.0) { p } else { q }
                } else if lo != hi {
                    p
                } else {
                    nearer(p, q)
                }
            }
            (p, q) => p.or(q)?,
        };
        Some(self.mention_with(i, f, chosen.0, chosen.1))
    }

    /// Coordinated days ([`Cx::day_list`]) from `i`, unless `best`, the
    /// match at `i`, runs past the first listed day: the listed days' and
    /// the last day's mentions pushed to `out`, and the token where the
    /// last day ends. The last day is read as any date ("le 4 mai à 14h")
    /// and must have a month; the listed days take its month and, once it
    /// is placed, its year ("les 30 et 31 décembre" read in January: both
    /// in the past year), so the list is never split across two years.
    fn listed_days(
        &self,
        i: usize,
        best: Option<&Cand>,
        (lo, hi): (Date, Date),
        options: &Options,
        out: &mut Vec<DateMention>,
    ) -> Option<usize> {
        let (listed, last) = self.day_list(i)?;
        let first_end = listed.first()?.1;
        let longer = match best {
            Some(Cand::Date(f)) => f.end > first_end,
            Some(Cand::Duration(d)) => d.end > first_end,
            None => false,
        };
        if longer {
            return None;
        }
        let Some(Cand::Date(f)) = self.best(last) else {
            return None;
        };
        let day = match &f.expr {
            Expr::At { day: Some(d), .. } => d.as_ref(),
            e => e,
        };
        let &Expr::Day { y, m, dir, .. } = day else {
            return None;
        };
        let closing = self.placed_mention(last, &f, (i, f.end), (lo, hi), options)?;
        // The year the last day was placed in, when it was.
        let placed = start_day(&closing.value).map(|d| d.year());
        let (y, dir) = match y.or(placed) {
            Some(y) => (Some(y), Dir::Bare),
            None => (None, dir),
        };
        for &(a, e, d) in &listed {
            let found = Found::new(e, Expr::Day { y, m, d, dir });
            if let Some(mention) = self.placed_mention(a, &found, (i, f.end), (lo, hi), options) {
                out.push(mention);
            }
        }
        out.push(closing);
        Some(f.end)
    }

    /// "[le] [samedi] 13" not followed by a month: (day, end).
    fn bare_day(&self, j: usize) -> Option<(i8, usize)> {
        let mut k = j;
        if self.f(k) == "le" {
            k += 1;
        }
        if self.weekday_at(k).is_some() {
            k += 1;
        }
        let (d, e) = self.day_num(k)?;
        (self.month_at(e, true).is_none()).then_some((d, e))
    }

    /// "du 3 au 5 mai", "entre le 1er et le 15 juin", "de 2014 à 2022",
    /// "de 9h à 11h", "13 juillet - 15 juillet", "du 13 au 18"; "du lundi
    /// au vendredi" is a set.
    fn interval(&self, i: usize) -> Option<Found> {
        let opener = match self.f(i) {
            o @ ("du" | "de" | "entre") => o,
            _ => "",
        };
        let j = if opener.is_empty() { i } else { i + 1 };
        // "entre les 3 et 4 mai": the plural article of both ends.
        let j = if opener == "entre" && self.f(j) == "les" {
            j + 1
        } else {
            j
        };
        // Hours sharing the clock unit of the second end.
        if matches!(opener, "de" | "entre")
            && let Some(f) = self.shared_hour_interval(j, opener)
        {
            return Some(f);
        }
        // A day number sharing the month of the second end.
        if let Some((d1, k)) = self.bare_day(j)
            && let Some((k2, det)) = self.sep_at(k, opener)
        {
            let (k2, det) = if self.f(k2) == "le" && opener == "entre" {
                (k2 + 1, true)
            } else {
                (k2, det)
            };
            // The second end carries its article ("au 7", "et le 7") for a
            // bare day to stand alone: "de 5 à 7" is no day interval.
            if let Some(second) = self.day_month(k2, det || opener == "du") {
                let second_expr = match second.expr {
                    Expr::At { day: Some(d), .. } => *d,
                    e => e,
                };
                let first = match &second_expr {
                    Expr::Day { y, m, dir, .. } => Expr::Day {
                        y: *y,
                        m: *m,
                        d: d1,
                        dir: *dir,
                    },
                    Expr::MonthDay { dir, .. } => Expr::MonthDay {
                        d: d1,
                        dir: *dir,
                        wd: None,
                    },
                    _ => return None,
                };
                return Some(Found::new(
                    second.end,
                    Expr::Interval(Box::new(first), Box::new(second_expr)),
                ));
            }
            if (opener == "du" || (opener == "entre" && self.f(j) == "le"))
                && let Some((d2, e)) = self.bare_day(k2)
                && d2 > d1
            {
                let (a, b) = (
                    Expr::MonthDay {
                        d: d1,
                        dir: Dir::Bare,
                        wd: None,
                    },
                    Expr::MonthDay {
                        d: d2,
                        dir: Dir::Bare,
                        wd: None,
                    },
                );
                return Some(Found::new(e, Expr::Interval(Box::new(a), Box::new(b))));
            }
        }
        // "14h-18h", "9h30 – 12h": two clock tokens joined by a dash; "à
        // 14 h – 15 h".
        let at = if opener.is_empty() && self.is_a(j) {
            j + 1
        } else {
            j
        };
        if let Some(f) = self.dashed_clocks(at) {
            return Some(f);
        }
        // An end may be a part of a period ("de fin mai à début juin"): the
        // interval then runs between the periods (May to June), the parts'
        // modifiers dropped, so that both ends share one reading.
        let part = |k: usize| {
            self.modified(k).filter(|m| {
                matches!(
                    m.modifier,
                    Some(Modifier::Start | Modifier::Mid | Modifier::End)
                )
            })
        };
        let first = if opener.is_empty() {
            self.day_month(j, false)
                .or_else(|| self.time_expr(j, false))?
        } else {
            self.point(j, true, opener == "du").or_else(|| part(j))?
        };
        let (k, det) = self.sep_at(first.end, opener)?;
        // Clocks joined by a dash are [`Cx::dashed_clocks`]'s, which tells
        // them from lengths ("il a dormi 6 h - 7 h par nuit").
        if opener.is_empty() && self.f(first.end) == "-" && is_clock(&first.expr) {
            return None;
        }
        let second = match self.point(k, true, det).or_else(|| part(k)) {
            Some(s) => s,
            // "entre midi et 2": a bare hour closing the clause after a time.
            None if is_clock(&first.expr) => {
                let (h, e) = self.number(k).filter(|&(h, _)| (1..=24).contains(&h))?;
                let closes = self.kind(e).is_none()
                    || (self.kind(e) == Some(TokenKind::Punctuation)
                        && matches!(self.f(e), "," | "." | ";" | "!" | "?" | ")"));
                if !closes {
                    return None;
                }
                let expr = Expr::At {
                    day: None,
                    h: (h % 24) as i8,
                    min: None,
                };
                Found::new(e, expr)
            }
            None => return None,
        };
        // "de 11h30 à 1h30": an end before the start that is earlier by
        // less than twelve hours is in the afternoon (13h30); a night
        // ("de 22h à 2h") keeps its hours and ends on the next day (see
        // `eval`).
        let second = match (&first.expr, second.expr) {
            (
                Expr::At {
                    day: None, h: h1, ..
                },
                Expr::At {
                    day: None,
                    h: h2,
                    min,
                },
            ) if h2 < *h1 && h2 < 12 && h2 + 12 > *h1 => Found {
                expr: Expr::At {
                    day: None,
                    h: h2 + 12,
                    min,
                },
                ..second
            },
            (_, expr) => Found { expr, ..second },
        };
        let same = std::mem::discriminant(&first.expr) == std::mem::discriminant(&second.expr)
            || (first.expr.is_day() && second.expr.is_day());
        if !same {
            return None;
        }
        if let (
            Expr::Weekday {
                wd: a,
                dir: Dir::Bare,
            },
            Expr::Weekday {
                wd: b,
                dir: Dir::Bare,
            },
        ) = (&first.expr, &second.expr)
        {
            let v = format!("XXXX-WXX-{a}/XXXX-WXX-{b}");
            return Some(Found {
                end: second.end,
                expr: Expr::Lit(v, Grain::Day),
                modifier: None,
                part: None,
                weekday: None,
                set: true,
            });
        }
        let first_expr = inherit_year(first.expr, &second.expr);
        Some(Found::new(
            second.end,
            Expr::Interval(Box::new(first_expr), Box::new(second.expr)),
        ))
    }
}

impl Cx<'_, '_> {
    /// "14h-18h", "9h30 – 12h30": clock tokens in digits joined by a dash,
    /// the second later in the day (or a night, from 18h on to the
    /// morning). Not after a word that makes them lengths ("il faut
    /// 2h-3h", "en 1h-1h30").
    fn dashed_clocks(&self, j: usize) -> Option<Found> {
        // A clock in digits: one token ("14h", "9h30") or spaced ("8 h",
        // "8 h 30"), whose hour unit [`Cx::clock`] requires.
        let digits = |k: usize| matches!(self.kind(k), Some(TokenKind::Time | TokenKind::Number));
        if !digits(j) {
            return None;
        }
        let a = self.clock(j)?;
        let dash = a.end;
        if !matches!(self.f(dash), "-" | "–" | "—") || !digits(dash + 1) || a.modifier.is_some()
        {
            return None;
        }
        let b = self.clock(dash + 1)?;
        let w = j.checked_sub(1).map_or("", |p| self.f(p));
        // "il faut compter 3 h – 4 h de marche": lengths.
        if lex::before_length(w) || self.f(b.end) == "par" || self.before_activity(&b) {
            return None;
        }
        // "11h30-1h30": an end earlier by less than twelve hours is in the
        // afternoon, as in [`Cx::interval`].
        let b = if b.h < a.h && b.h < 12 && b.h + 12 > a.h {
            Clock { h: b.h + 12, ..b }
        } else {
            b
        };
        // "14h-14h30": the same hour, a later minute.
        let later = (b.h, b.min.unwrap_or(0)) > (a.h, a.min.unwrap_or(0));
        if !(later || a.h >= 18 && b.h < 12) {
            return None;
        }
        let at = |c: &Clock| Expr::At {
            day: None,
            h: c.h,
            min: c.min,
        };
        Some(Found::new(b.end, Expr::Interval(Box::new(at(&a)), Box::new(at(&b)))).with(b.modifier))
    }

    /// "de 14 à 16 heures", "entre 2 et 3 heures du matin": an hour in
    /// digits at `j` (after `opener`) sharing the clock unit of the second
    /// end, a clock time on no day ("16 heures", "16h30"). A range of hours that is a length ("de 2 à 3 heures de vol")
    /// is read by [`Cx::duration_range`] and wins.
    fn shared_hour_interval(&self, j: usize, opener: &str) -> Option<Found> {
        if self.kind(j) != Some(TokenKind::Number) {
            return None;
        }
        // After a verb of length, of change or of spending ("le temps
        // d'attente est passé de 3 à 5 heures", "ils travaillent en
        // moyenne de 10 à 12 heures"): lengths, unless a part of the day
        // follows ("il dormait entre 2 et 3 heures du matin").
        let after_length_word = j >= 2 && {
            let v = self.f(j - 2);
            lex::DURATION_VERBS.contains(&v)
                || lex::SPEND_VERBS.contains(&v)
                || lex::LENGTH_CUES.contains(&v)
                || quantities::change_verb(v, self.s.surface(j - 2)).is_some()
        };
        let (h1, k) = self.number(j).filter(|&(h, _)| h <= 24)?;
        let (k2, det) = self.sep_at(k, opener)?;
        if det || !matches!(self.kind(k2), Some(TokenKind::Number | TokenKind::Time)) {
            return None;
        }
        let second = self.time_expr(k2, true)?;
        // "de 10 à 12 heures par jour": a length.
        if self.f(second.end) == "par" || (after_length_word && second.modifier.is_none()) {
            return None;
        }
        let Expr::At {
            day: None, h: h2, ..
        } = second.expr
        else {
            return None;
        };
        let mut h1 = (h1 % 24) as i8;
        // "de 8 à 10 heures du soir": the half of the day is both ends'.
        if matches!(
            second.modifier,
            Some(Modifier::Afternoon | Modifier::Evening)
        ) && h1 < 12
            && h1 + 12 <= h2
        {
            h1 += 12;
        }
        // A night ("de 22 à 2 heures") ends on the next day (see `eval`);
        // an end before the start by less than twelve hours is in the
        // afternoon ("de 11 à 1 heure" is no reading of news: none).
        if h2 <= h1 && !(h1 >= 18 && h2 < 12) {
            return None;
        }
        let first = Expr::At {
            day: None,
            h: h1,
            min: None,
        };
        Some(Found {
            end: second.end,
            expr: Expr::Interval(Box::new(first), Box::new(second.expr)),
            modifier: second.modifier,
            part: None,
            weekday: None,
            set: false,
        })
    }
}

// -- sets and durations -------------------------------------------------------

/// The ISO 8601 duration of `n` units (`n` as written: "2", "1.5").
fn iso_duration(n: &str, u: TimeUnit) -> Option<String> {
    let scaled = |k: u64| -> Option<String> {
        let v: f64 = n.parse().ok()?;
        let x = v * k as f64;
        Some(if x.fract() == 0.0 {
            format!("{}", x as u64)
        } else {
            format!("{x}")
        })
    };
    Some(match u {
        TimeUnit::Second => format!("PT{n}S"),
        TimeUnit::Minute => format!("PT{n}M"),
        TimeUnit::Hour => format!("PT{n}H"),
        TimeUnit::Day => format!("P{n}D"),
        TimeUnit::Week => format!("P{n}W"),
        TimeUnit::Weekend => format!("P{}D", scaled(2)?),
        TimeUnit::Month => format!("P{n}M"),
        TimeUnit::Quarter => format!("P{}M", scaled(3)?),
        TimeUnit::Year => format!("P{n}Y"),
        TimeUnit::Decade => format!("P{}Y", scaled(10)?),
        TimeUnit::Century => format!("P{}Y", scaled(100)?),
    })
}

/// `n` and a half units ("un an et demi" → P18M).
/// An ISO 8601 length in seconds, for comparing two (a year 365.25
/// days, a month a twelfth of that).
fn iso_seconds(v: &str) -> Option<f64> {
    let s: jiff::Span = v.parse().ok()?;
    let day = 86_400.0;
    Some(
        s.get_years() as f64 * 365.25 * day
            + s.get_months() as f64 * 30.4375 * day
            + s.get_weeks() as f64 * 7.0 * day
            + s.get_days() as f64 * day
            + s.get_hours() as f64 * 3600.0
            + s.get_minutes() as f64 * 60.0
            + s.get_seconds() as f64
            + s.get_milliseconds() as f64 / 1e3,
    )
}

fn iso_half(n: u64, u: TimeUnit) -> Option<String> {
    Some(match u {
        TimeUnit::Second => format!("PT{n}.5S"),
        TimeUnit::Minute => format!("PT{n}M30S"),
        TimeUnit::Hour => format!("PT{n}H30M"),
        TimeUnit::Day => format!("P{n}DT12H"),
        TimeUnit::Week => format!("P{}DT12H", n.checked_mul(7)?.checked_add(3)?),
        TimeUnit::Weekend => format!("P{}D", n.checked_mul(2)?.checked_add(1)?),
        TimeUnit::Month => format!("P{n}M15D"),
        TimeUnit::Quarter => format!("P{}M15D", n.checked_mul(3)?.checked_add(1)?),
        TimeUnit::Year => format!("P{}M", n.checked_mul(12)?.checked_add(6)?),
        TimeUnit::Decade => format!("P{}Y", n.checked_mul(10)?.checked_add(5)?),
        TimeUnit::Century => format!("P{}Y", n.checked_mul(100)?.checked_add(50)?),
    })
}

/// An ISO 8601 duration of several components ("PT1M3S").
fn compound(parts: &[(TimeUnit, u64)]) -> Option<String> {
    let mut date = String::new();
    let mut time = String::new();
    for &(u, n) in parts {
        match u {
            TimeUnit::Year => date.push_str(&format!("{n}Y")),
            TimeUnit::Month => date.push_str(&format!("{n}M")),
            TimeUnit::Week => date.push_str(&format!("{n}W")),
            TimeUnit::Day => date.push_str(&format!("{n}D")),
            TimeUnit::Hour => time.push_str(&format!("{n}H")),
            TimeUnit::Minute => time.push_str(&format!("{n}M")),
            TimeUnit::Second => time.push_str(&format!("{n}S")),
            _ => return None,
        }
    }
    Some(if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    })
}

/// The TIMEX3 set value of "every `n` units".
/// The TIMEX3 set of one day every year ("chaque 11 novembre" →
/// `XXXX-11-11`).
fn every_year(m: i8, d: i8) -> String {
    format!("XXXX-{m:02}-{d:02}")
}

fn every(n: u64, u: TimeUnit) -> Option<String> {
    iso_duration(&n.to_string(), u)
}

impl Cx<'_, '_> {
    /// "24 heures sur 24", "7 jours sur 7", "24h/24", "chaque jour", "tous
    /// les mardis", "toutes les deux semaines", "deux fois par semaine",
    /// "quotidiennement".
    fn set(&self, i: usize) -> Option<Found> {
        let set = |end: usize, v: String, g: Grain, m: Option<Modifier>| Found {
            end,
            expr: Expr::Lit(v, g),
            modifier: m,
            part: None,
            weekday: None,
            set: true,
        };
        // "24 heures sur 24" / "24h/24"
        let per = if self.kind(i) == Some(TokenKind::Time)
            && let Some((a, "")) = self.f(i).split_once('h')
        {
            digits(a).map(|v| (v, TimeUnit::Hour, i + 1))
        } else {
            self.number(i)
                .and_then(|(v, k)| lex::unit(self.f(k)).map(|u| (v, u, k + 1)))
        };
        if let Some((v, u, k)) = per
            && matches!(self.f(k), "sur" | "/")
            && self.number(k + 1).is_some_and(|(w, _)| w == v)
        {
            let end = self.number(k + 1)?.1;
            return Some(set(end, every(1, u)?, unit_grain(u), None));
        }
        if self.f(i) == "quotidiennement" {
            return Some(set(i + 1, "P1D".into(), Grain::Day, None));
        }
        // "deux fois par semaine"
        if let Some((_, k)) = self.number(i)
            && self.f(k) == "fois"
            && self.f(k + 1) == "par"
            && let Some(u) = lex::unit(self.f(k + 2))
        {
            return Some(set(k + 3, every(1, u)?, unit_grain(u), None));
        }
        let j = lex::EVERY
            .iter()
            .find(|w| self.seq(i, w))
            .map(|w| i + w.len())?;
        if let Some(wd) = calendar::weekday(self.f(j)).filter(|_| self.f(j).len() >= 5) {
            let mut end = j + 1;
            let mut m = None;
            if let Some(pm) = lex::part_of_day(self.f(end).trim_end_matches('s')) {
                m = Some(pm);
                end += 1;
            }
            return Some(set(end, format!("XXXX-WXX-{wd}"), Grain::Day, m));
        }
        if let Some(pm) = lex::part_of_day(self.f(j).trim_end_matches('s')) {
            return Some(set(j + 1, "P1D".into(), Grain::Day, Some(pm)));
        }
        // "chaque 11 novembre", "tous les 1er mai": that day every year.
        if let Some(f) = self.day_month(j, true)
            && let Expr::Day { y: None, m, d, .. } = f.expr
        {
            return Some(set(f.end, every_year(m, d), Grain::Day, None));
        }
        let (n, k) = self.number(j).unwrap_or((1, j));
        let u = lex::unit(self.f(k))?;
        // "chaque année, le 8 mai", "tous les ans le 21 juin": that day
        // every year.
        if u == TimeUnit::Year && n == 1 {
            let e = k + 1 + usize::from(self.f(k + 1) == ",");
            let e = e + usize::from(self.f(e) == "le");
            if let Some(f) = self.day_month(e, true)
                && let Expr::Day { y: None, m, d, .. } = f.expr
            {
                return Some(set(f.end, every_year(m, d), Grain::Day, None));
            }
        }
        Some(set(k + 1, every(n, u)?, unit_grain(u), None))
    }

    /// "plus d'un an", "48 heures", "2 min", "un an et demi", "plusieurs
    /// semaines", "pendant deux heures", "une demi-heure", "un quart d'heure".
    fn duration(&self, i: usize) -> Option<DurFound> {
        let mut j = i;
        // Link words (see `is_link`).
        debug_assert!(lex::DURATION_INTRODUCERS.iter().all(|w| link_word(w)));
        let intro = self.is_link(j) && lex::DURATION_INTRODUCERS.contains(&self.f(j));
        if intro {
            j += 1;
        }
        // The scan only at the first word of a qualifier (flagged).
        let qualifier_at = |j| {
            self.flag(j, QUALIFIER_FIRST)
                .then(|| self.longest(j, lex::DURATION_QUALIFIERS))
                .flatten()
        };
        let (qualifier, k) = match qualifier_at(j) {
            Some((k, q)) => (q, k),
            None => (Qualifier::Exact, j),
        };
        let mut j = k;
        let done = |end: usize, value: String, vague: bool| {
            Some(DurFound {
                end,
                value,
                qualifier,
                vague,
                low: None,
            })
        };
        // "1/4h", "3/4 d'heure", "1/2 heure": a fraction of an hour.
        if let Some((v, e)) = self.hour_fraction(j) {
            return done(e, v, false);
        }
        // "2'", "1\"", "5'30\"": minutes and seconds written with primes.
        if let Some((v, e)) = self.primes(j) {
            return done(e, v, false);
        }
        // "9 s 58": seconds and their hundredths, a race time (the unit
        // "s" alone is too ambiguous to make a length).
        if self.kind(j) == Some(TokenKind::Number)
            && let Some(n) = digits(self.f(j)).filter(|&n| n < 60)
            && self.f(j + 1) == "s"
            && self.is_word(j + 1)
        {
            let whole = DurFound {
                end: j + 2,
                value: format!("PT{n}S"),
                qualifier,
                vague: false,
                low: None,
            };
            let with = self.second_fractions(whole);
            if with.end > j + 2 {
                return Some(with);
            }
        }
        // "48h", "2h30" (a time token as a duration)
        if self.kind(j) == Some(TokenKind::Time)
            && let Some((a, b)) = self.f(j).split_once('h')
        {
            let h = digits(a)?;
            return match digits(b) {
                // "2h03'12\"", "2h01 09 s": with its seconds.
                Some(m) if let Some((sec, e)) = self.seconds_after(j + 1) => {
                    done(e, format!("PT{h}H{m}M{sec}S"), false)
                }
                Some(m) if m > 0 => done(j + 1, format!("PT{h}H{m}M"), false),
                _ if b.is_empty() || b == "00" => done(j + 1, format!("PT{h}H"), false),
                _ => None,
            };
        }
        // "une demi-heure", "une demi-journée", "un demi-siècle"
        if matches!(self.f(j), "une" | "un" | "la" | "le" | "de") {
            let f = self.f(j + 1);
            if let Some(rest) = f.strip_prefix("demi-")
                && let Some(u) = lex::unit(rest)
            {
                let (u, n) = lex::half(u)?;
                return done(j + 2, iso_duration(&n.to_string(), u)?, false);
            }
        }
        // "un quart d'heure", "trois quarts d'heure"
        if let Some((n, k)) = self.number(j)
            && matches!(self.f(k), "quart" | "quarts")
            && self.f(k + 1) == "de"
            && self.f(k + 2) == "heure"
        {
            return done(k + 3, format!("PT{}M", n.checked_mul(15)?), false);
        }
        // "une dizaine de jours", "une trentaine d'années": about so many.
        if let Some(c) = self.collective_amount(j) {
            // "un homme d'une quarantaine d'années": an age.
            if c.value.ends_with('Y') && !c.value.contains('T') && self.is_age(j, c.end, false) {
                return None;
            }
            return Some(DurFound {
                qualifier: if qualifier == Qualifier::Exact {
                    Qualifier::Approx
                } else {
                    qualifier
                },
                ..c
            });
        }
        if let Some((k, ())) = self.vague_amount(j)
            && let Some(u) = lex::unit(self.f(k))
            && self.f(k).ends_with(['s', 'x'])
        {
            let v = iso_duration("X", u)?;
            return done(k + 1, v, true);
        }
        // "de 3 à 5 ans", "entre deux et trois semaines"
        if qualifier == Qualifier::Exact
            && let Some(r) = self.duration_range(j)
        {
            return Some(r);
        }
        // a number then a unit
        let (amount, k) = self.amount_at(j)?;
        // "les 24 dernières heures": a length (the days, weeks and more
        // are the periods of [`Cx::last_next`]).
        // "ses 28 premiers jours": a length, whatever the unit.
        let k = if (lex::VAGUE_HEADS.iter().any(|(w, _)| *w == self.f(k))
            && lex::unit(self.f(k + 1)).is_some_and(|u| u <= TimeUnit::Hour))
            || (matches!(self.f(k), "premiers" | "premieres") && lex::unit(self.f(k + 1)).is_some())
        {
            k + 1
        } else {
            k
        };
        // The second amount of a range that is none ("des enfants de 3 à 5
        // ans", "de 5 à 3 ans") is no duration on its own either.
        // Only where the first amount could open a range: below 1000 (not
        // a year: "condamné en 2019 à 5 ans"), and after "de" or "entre"
        // for "à" and "et"; a change keeps its second amount ("le mandat
        // est porté de 5 à 7 ans").
        if j >= 2
            && (self.is_a(j - 1) || matches!(self.f(j - 1), "et" | "ou" | "-"))
            && let Some((a, v)) = (0..j - 1).rev().take(4).find_map(|a| {
                self.amount_at(a)
                    .filter(|&(_, e)| e == j - 1)
                    .and_then(|(v, _)| v.parse::<f64>().ok())
                    .map(|v| (a, v))
            })
            && v < 1000.0
            && (matches!(self.f(j - 1), "ou" | "-")
                || (a >= 1 && matches!(self.f(a - 1), "de" | "entre")))
            && !(a >= 1
                && self.change_before_de(a - 1, amount.parse::<f64>().is_ok_and(|x| x > v), k + 1))
        {
            return None;
        }
        let uf = self.f(k);
        let u = lex::unit(uf)?;
        if !self.is_word(k) {
            return None;
        }
        // "h", "j", "min" only after digits; "un jour" alone is narrative.
        let word_amount = self.kind(j) != Some(TokenKind::Number);
        if word_amount && matches!(uf, "h" | "j" | "s" | "mn") {
            return None;
        }
        if word_amount && amount == "1" && uf == "jour" && !intro && qualifier == Qualifier::Exact {
            return None;
        }
        j = k + 1;
        let n_int: Option<u64> = amount.parse().ok();
        if let (Some(e), Some(n)) = (self.half(j), n_int) {
            // "une adolescente de 15 ans et demi": an age.
            if u == TimeUnit::Year && self.is_age(i, e, qualifier != Qualifier::Exact) {
                return None;
            }
            return done(e, iso_half(n, u)?, false);
        }
        // "2 heures 30", "1 h 30 min", "une heure trente", "une heure et quart"
        if u == TimeUnit::Hour
            && let Some(n) = n_int
            && self.seq(j, &["et", "quart"])
        {
            return done(j + 2, format!("PT{n}H15M"), false);
        }
        if u == TimeUnit::Hour
            && let Some(n) = n_int
            && let Some((m, e)) = self.number(j).filter(|&(m, e)| {
                (1..60).contains(&m) && lex::unit(self.f(e)).is_none_or(|u| u == TimeUnit::Minute)
            })
        {
            let e = if lex::unit(self.f(e)) == Some(TimeUnit::Minute) {
                e + 1
            } else {
                e
            };
            return match self.seconds_after(e) {
                Some((sec, e)) => done(e, format!("PT{n}H{m}M{sec}S"), false),
                None => done(e, format!("PT{n}H{m}M"), false),
            };
        }
        // "une minute et trois secondes", "deux jours et trois heures";
        // "59 min 30 s", "3 jours 4 heures" (the smaller unit right after).
        let and = usize::from(self.f(j) == "et");
        if let Some(n) = n_int
            && (and == 1 || self.kind(j) == Some(TokenKind::Number))
            && let Some((m, e)) = self.number(j + and)
            && self.is_word(e)
            && let Some(u2) = lex::unit(self.f(e))
                .or_else(|| (u == TimeUnit::Minute && self.f(e) == "s").then_some(TimeUnit::Second))
                .filter(|u2| *u2 < u)
            && let Some(v) = compound(&[(u, n), (u2, m)])
        {
            return done(e + 1, v, false);
        }
        if u == TimeUnit::Hour
            && let Some(n) = n_int
            && self.kind(j) == Some(TokenKind::Number)
            && let Some(m) = digits(self.f(j)).filter(|m| *m < 60 && self.f(j).len() == 2)
        {
            let mut e = j + 1;
            if matches!(self.f(e), "min" | "minutes" | "mn") {
                e += 1;
            }
            return match self.seconds_after(e) {
                Some((sec, e)) => done(e, format!("PT{n}H{m}M{sec}S"), false),
                None => done(e, format!("PT{n}H{m}M"), false),
            };
        }
        let mut qualifier = qualifier;
        if self.f(j) == "environ" {
            qualifier = Qualifier::Approx;
            j += 1;
        }
        // An age is no duration ("un homme de 30 ans"); nor is a news
        // programme ("le 20 heures de TF1", "au 13 heures").
        if u == TimeUnit::Year && self.is_age(i, j, qualifier != Qualifier::Exact) {
            return None;
        }
        // "le JT de 20 heures", "le journal de 13 heures" likewise.
        if u == TimeUnit::Hour
            && j == i + 2
            && i > 0
            && (matches!(self.f(i - 1), "le" | "au" | "du")
                || (i > 1
                    && self.f(i - 1) == "de"
                    && lex::NEWS_PROGRAMMES.contains(&self.f(i - 2))))
            && n_int.is_some_and(|n| n >= 2)
        {
            return None;
        }
        Some(DurFound {
            end: j,
            value: iso_duration(&amount, u)?,
            qualifier,
            vague: false,
            low: None,
        })
    }
}

impl Cx<'_, '_> {
    /// The seconds after the minutes of a length, from token `e`: "09 s",
    /// "12 secondes", or "'12\"" glued (a race time "2h03'12\""): (seconds,
    /// end).
    fn seconds_after(&self, e: usize) -> Option<(u64, usize)> {
        let two = |k: usize| {
            (self.kind(k) == Some(TokenKind::Number))
                .then(|| digits(self.f(k)))
                .flatten()
                .filter(|&s| s < 60)
        };
        if let Some(sec) = two(e)
            && matches!(self.f(e + 1), "s" | "sec" | "seconde" | "secondes")
        {
            return Some((sec, e + 2));
        }
        let glued = |k: usize| self.s.glued_before(k);
        if matches!(self.f(e), "'" | "′")
            && glued(e)
            && glued(e + 1)
            && self.f(e + 1).len() == 2
            && let Some(sec) = two(e + 1)
        {
            let end = if matches!(self.f(e + 2), "\"" | "″") && glued(e + 2) {
                e + 3
            } else {
                e + 2
            };
            return Some((sec, end));
        }
        None
    }

    /// The amount of a duration at `j`: digits (a decimal in the folded
    /// form's canonical digits, "1.5") or a number in words; its text for
    /// [`iso_duration`] and the token after it.
    fn amount_at(&self, j: usize) -> Option<(String, usize)> {
        match self.kind(j)? {
            TokenKind::Number => {
                let f = self.f(j);
                let ok = !f.is_empty()
                    && f.len() <= 12
                    && f.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && !f.starts_with('.')
                    && !f.ends_with('.');
                ok.then(|| (f.to_string(), j + 1))
            }
            _ => {
                let (v, k) = self.number(j)?;
                Some((v.to_string(), k))
            }
        }
    }

    /// A range of amounts of one unit, at `j`: "de 3 à 5 ans", "entre deux
    /// et trois semaines", "deux à trois jours", "deux ou trois heures",
    /// "3-5 ans". The unit follows the second amount, and the amounts rise
    /// ("de 5 à 3 ans" is no range). `value` is the upper bound, `low` the
    /// lower. An age is none ("des enfants de 3 à 5 ans").
    fn duration_range(&self, j: usize) -> Option<DurFound> {
        let (open, a) = match self.f(j) {
            "entre" => (Some("et"), j + 1),
            "de" => (Some("a"), j + 1),
            _ => (None, j),
        };
        let (low, k) = self.amount_at(a)?;
        let joined = match open {
            Some("et") => self.f(k) == "et",
            Some(_) => self.is_a(k),
            None => {
                self.is_a(k)
                    || self.f(k) == "ou"
                    || (self.f(k) == "-" && self.s.glued_before(k) && self.s.glued_before(k + 1))
            }
        };
        if !joined || self.s.line_break_before(k + 1) {
            return None;
        }
        let (high, e) = self.amount_at(k + 1)?;
        let uf = self.f(e);
        let u = lex::unit(uf)?;
        if !self.is_word(e) {
            return None;
        }
        let (l, h) = (low.parse::<f64>().ok()?, high.parse::<f64>().ok()?);
        // "la peine est portée de 5 à 7 ans", "le mandat passe de 5 à 7
        // ans", "la cour a réduit sa peine de 10 à 8 ans" go from one
        // length to the other: no range, and the first amount is a length
        // of the second's unit, read from its own start (the second is read
        // from its own: "il a passé de 3 à 5 ans en détention" spends one).
        let de = if open.is_some() { j } else { a.wrapping_sub(1) };
        if self.change_before_de(de, l < h, e + 1) {
            // "l'âge de départ passe de 62 à 64 ans": ages, no length.
            if !(open.is_none() && self.is_a(k))
                || (u == TimeUnit::Year && self.is_age(a, e + 1, true))
            {
                return None;
            }
            return Some(DurFound {
                end: k,
                value: iso_duration(&low, u)?,
                qualifier: Qualifier::Exact,
                vague: false,
                low: None,
            });
        }
        // "h", "j", "min" only after digits.
        if self.kind(k + 1) != Some(TokenKind::Number) && matches!(uf, "h" | "j" | "s" | "mn") {
            return None;
        }
        if l >= h || (u == TimeUnit::Year && self.is_age(a, e + 1, true)) {
            return None;
        }
        // Hours are a length only with a sign of one ("pendant", "il faut",
        // "en", "de 2 à 3 heures de vol") or in words without a part of
        // the day after them; otherwise a clock interval ("de 14 à 16
        // heures", "entre 2 et 3 heures du matin": [`Cx::interval`]).
        if u == TimeUnit::Hour && !self.hours_are_length(j, a, h, e + 1) {
            return None;
        }
        Some(DurFound {
            end: e + 1,
            value: iso_duration(&high, u)?,
            qualifier: Qualifier::Range,
            vague: false,
            low: Some(iso_duration(&low, u)?),
        })
    }

    /// Whether the range of hours read from `j` (its first amount at `a`)
    /// to `end` is a length: after "pendant", "durant", "en" or a verb of
    /// length ([`lex::DURATION_VERBS`]), before "de" and a noun ("de vol",
    /// "d'attente"), or written in words ("entre deux et trois heures")
    /// with no part of the day after it.
    fn hours_are_length(&self, j: usize, a: usize, high: f64, end: usize) -> bool {
        // More than a day of hours is no clock ("un cessez-le-feu de 48 à
        // 72 heures").
        if high > 24.0 {
            return true;
        }
        // "entre 2 et 3 heures du matin": a clock.
        if self.part_of_day_at(end, false).is_some() {
            return false;
        }
        let w = j.checked_sub(1).map_or("", |p| self.f(p));
        if lex::before_length(w)
            // "de 10 à 12 heures par jour"; "2 ou 3 heures" (a clock's
            // alternatives take "à": "à 2 ou 3 heures").
            || self.f(end) == "par"
            || (self.f(a + 1) == "ou" && w != "a")
        {
            return true;
        }
        // "de 2 à 3 heures de vol", "d'attente": a noun of activity, not
        // "de lundi à vendredi", "de façon exceptionnelle", "de la nuit".
        if self.f(end) == "de"
            && self.is_word(end + 1)
            && self.toks.get(end + 1).is_some_and(|t| t.flags == 0)
            && !lex::NOT_ACTIVITY.contains(&self.f(end + 1))
        {
            return true;
        }
        self.kind(a) == Some(TokenKind::Word) && self.part_of_day_at(end, false).is_none()
    }

    /// Whether token `v` is a verb that changes a length from one value to
    /// another before "de X à Y" ("la peine est portée de 5 à 7 ans"):
    /// the change verbs less those of "passer", which before a length
    /// means to spend it ("il a passé de 3 à 5 ans en détention").
    fn is_length_change(&self, v: usize, rising: bool) -> bool {
        let w = self.f(v);
        quantities::change_verb(w, self.s.surface(v))
            .is_some_and(|c| quantities::is_change(c, rising))
            && !lex::SPEND_VERBS.contains(&w)
    }

    /// Whether "à" at `i` follows the first amount of a change ("passé de
    /// 3 à 5 heures"), the second amount at `j`.
    fn after_change_amount(&self, i: usize, j: usize) -> bool {
        // The "de" first: most clocks after "à" have none before their
        // amount, and reading the amount allocates its text.
        if self.f(i - 2) != "de" {
            return false;
        }
        let Some((first, _)) = self.amount_at(i - 1).filter(|&(_, e)| e == i) else {
            return false;
        };
        let (Some(v1), Some((v2, _))) = (first.parse::<f64>().ok(), self.number(j)) else {
            return false;
        };
        self.change_before_de(i - 2, (v2 as f64) > v1, j + 2)
    }

    /// Whether token `de` is the "de" of a change of length: after a verb
    /// of change going the way the amounts go (`rising`), right before it
    /// or before its object ("a réduit sa peine de 10 à 8 ans";
    /// [`crate::numbers::verb_slots`]), or after
    /// "passer" that does not spend the length (whose unit ends before
    /// token `end`).
    fn change_before_de(&self, de: usize, rising: bool, end: usize) -> bool {
        if de == 0 || de >= self.n || self.f(de) != "de" {
            return false;
        }
        crate::numbers::verb_slots(self.s, de, 0).any(|v| {
            self.is_length_change(v, rising)
                || (lex::SPEND_VERBS.contains(&self.f(v)) && !self.spends(v, end))
        })
    }

    /// Whether "passer" at `v` spends the length whose unit ends before
    /// token `end` ([`lex::spends`]).
    fn spends(&self, v: usize, end: usize) -> bool {
        lex::spends(
            self.f(v),
            self.f(end),
            self.kind(end + 1) == Some(TokenKind::Number),
        )
    }

    /// "une dizaine de jours", "une quinzaine de minutes", "une trentaine
    /// d'années" at `j`: the collective's number of the unit (the caller
    /// makes it approximate).
    fn collective_amount(&self, j: usize) -> Option<DurFound> {
        let k = if matches!(self.f(j), "une" | "la") {
            j + 1
        } else {
            j
        };
        let n = numbers::collective(self.f(k)).filter(|_| !self.f(k).ends_with('s'))?;
        if self.f(k + 1) != "de" || !self.is_word(k + 2) {
            return None;
        }
        let u = lex::unit(self.f(k + 2))?;
        if matches!(self.f(k + 2), "h" | "j" | "s" | "mn" | "min") {
            return None;
        }
        Some(DurFound {
            end: k + 3,
            value: iso_duration(&n.to_string(), u)?,
            qualifier: Qualifier::Approx,
            vague: false,
            low: None,
        })
    }

    /// Whether the years of a duration at tokens `i..end` are someone's
    /// age: "âgé de 45 ans", "un homme de 30 ans", "Jean Dupont (45 ans)",
    /// "Le chanteur, 74 ans, a annoncé", "les enfants de moins de 3 ans",
    /// "il a 30 ans", "mort à 88 ans", "À 18 ans, il s'engage", "a fêté ses
    /// 100 ans"; with `group` (a qualifier or a range in the match) also
    /// "les moins de 18 ans", "des 15-24 ans", "l'âge légal passe de 62 à
    /// 64 ans".
    fn is_age(&self, i: usize, end: usize, group: bool) -> bool {
        // Back over a qualifier ("les enfants de moins de 3 ans") and the
        // "entre" of a range ("ils avaient entre 20 et 30 ans").
        let mut k = i;
        let mut qualified = group;
        if let Some((w, _)) = lex::DURATION_QUALIFIERS
            .iter()
            .filter(|(w, _)| k >= w.len() && self.seq(k - w.len(), w))
            .max_by_key(|(w, _)| w.len())
        {
            k -= w.len();
            qualified = true;
        }
        if k >= 1 && self.f(k - 1) == "entre" {
            k -= 1;
        }
        // Back over the ages listed before: "des adolescents de 14, 15 et
        // 16 ans", "deux femmes de 19 et 23 ans".
        while k >= 2
            && matches!(self.f(k - 1), "," | "et" | "ou")
            && self.kind(k - 2) == Some(TokenKind::Number)
            && self.f(k - 2).len() <= 3
        {
            k -= 2;
        }
        if k == 0 {
            return false;
        }
        let p1 = self.f(k - 1);
        let p2 = if k >= 2 { self.f(k - 2) } else { "" };
        let after = self.f(end);
        // The clause opens before token `k - 1`.
        let opens = k == 1 || self.s.line_break_before(k - 1) || self.sentence_end(k - 2);
        (p1 == "de"
            && (lex::AGE_WORDS.contains(&p2)
                || lex::PERSON_NOUNS.contains(&p2)
                || lex::is_person_noun(p2)))
            || (p1 == "(" && after == ")")
            // In apposition after a name or a noun: "Le chanteur, 74 ans,
            // a annoncé", "… un passant, 45 ans."
            || (p1 == ","
                && matches!(after, "," | ")")
                && k >= 2
                && self.is_word(k - 2)
                && self.kind(k - 2) == Some(TokenKind::Word))
            // An age group: "les moins de 18 ans", "les 18-25 ans", "des
            // 15-24 ans" (not "les deux ans de guerre").
            || (matches!(p1, "les" | "des") && qualified)
            // "il a 30 ans", "elles avaient entre 20 et 30 ans" (not "il y
            // a 3 ans", nor the preposition "à 5 ans").
            || (lex::AGE_VERBS.contains(&p1) && !self.is_a(k - 1) && p2 != "y")
            // "mort à 88 ans", "sa retraite à 62 ans"; "À 18 ans, il
            // s'engage": at an age, told by the event or heading its
            // clause.
            || (self.is_a(k - 1)
                && !matches!(after, "de" | "d'")
                && ((opens && after == ",") || self.in_clause_before(k - 1, lex::AGE_EVENT_WORDS)))
            // "a fêté ses 100 ans", "pour leurs 20 ans" (not "ses 10 ans de
            // mandat").
            || (matches!(p1, "ses" | "leurs" | "mes" | "nos" | "vos" | "tes")
                && !matches!(after, "de" | "d'"))
            // A range or bound of ages: "l'âge légal de départ passe de 62
            // à 64 ans".
            || ((qualified || matches!(p1, "a" | "de"))
                && self.in_clause_before(k, lex::AGE_WORDS))
    }

    /// Whether a word of `words` stands in the sentence within eight tokens
    /// before token `a`: an event of a life before an age ("mort lundi 6
    /// septembre 2021 à 88 ans"), the word "âge" before a change of ages
    /// ("l'âge légal passe de 62 à 64 ans").
    fn in_clause_before(&self, a: usize, words: &[&str]) -> bool {
        let mut k = a;
        while k > a.saturating_sub(8) && !self.s.line_break_before(k) && !self.sentence_end(k - 1) {
            k -= 1;
            if words.contains(&self.f(k)) {
                return true;
            }
        }
        false
    }

    /// "1/4h", "3/4 h", "1/2 heure", "3/4 d'heure" at `j`: (ISO value, end).
    fn hour_fraction(&self, j: usize) -> Option<(String, usize)> {
        if self.kind(j)? != TokenKind::Number
            || self.f(j + 1) != "/"
            || !self.s.glued_before(j + 1)
            || !self.s.glued_before(j + 2)
        {
            return None;
        }
        let num = digits(self.f(j)).filter(|n| (1..=3).contains(n))?;
        let (den, end) = match self.kind(j + 2)? {
            // "1/4h": the denominator and the unit in one time token
            TokenKind::Time => (digits(self.f(j + 2).strip_suffix('h')?)?, j + 3),
            TokenKind::Number => {
                let den = digits(self.f(j + 2))?;
                let k = j + 3;
                match self.f(k) {
                    "h" | "heure" => (den, k + 1),
                    "de" if self.f(k + 1) == "heure" => (den, k + 2),
                    _ => return None,
                }
            }
            _ => return None,
        };
        if !matches!(den, 2 | 4) || num >= den {
            return None;
        }
        Some((format!("PT{}M", 60 * num / den), end))
    }

    /// Minutes and seconds written with primes ("2'", "1\"", "5'30\""), the
    /// sign glued to the number: (ISO value, end). Not a closing quotation
    /// mark (an opening `"` earlier on the line, or glued before the
    /// number), nor the minute of a match ("à la 12'").
    fn primes(&self, j: usize) -> Option<(String, usize)> {
        let sign = |k: usize| {
            (self.kind(k) == Some(TokenKind::Quote) && self.s.glued_before(k))
                .then(|| match self.f(k) {
                    "'" | "′" => Some(TimeUnit::Minute),
                    "\"" | "″" => Some(TimeUnit::Second),
                    _ => None,
                })
                .flatten()
        };
        let n = digits(self.f(j)).filter(|_| self.kind(j) == Some(TokenKind::Number))?;
        let u = sign(j + 1)?;
        if j > 0
            && (self.kind(j - 1) == Some(TokenKind::Quote) && self.s.glued_before(j)
                || self.f(j - 1) == "la")
        {
            return None;
        }
        // Quotation marks open and close on one line: an odd count before
        // the number makes this one a closing mark.
        let mut k = j;
        let mut quotes = 0;
        while k > j.saturating_sub(WINDOW) && !self.s.line_break_before(k) {
            k -= 1;
            if self.kind(k) == Some(TokenKind::Quote) && self.f(k) == self.f(j + 1) {
                quotes += 1;
            }
        }
        if quotes % 2 == 1 {
            return None;
        }
        // the sign must end the word ("2'a" is no duration)
        let word_after = |k: usize| {
            self.s.glued_before(k)
                && matches!(self.kind(k), Some(TokenKind::Word | TokenKind::Number))
        };
        if u == TimeUnit::Minute
            && self.kind(j + 2) == Some(TokenKind::Number)
            && self.s.glued_before(j + 2)
            && self.f(j + 2).len() == 2
            && let Some(sec) = digits(self.f(j + 2)).filter(|s| *s < 60)
        {
            // "5'30\"", "5'30"
            let end = if sign(j + 3) == Some(TimeUnit::Second) {
                j + 4
            } else {
                j + 3
            };
            if word_after(end) {
                return None;
            }
            return Some((compound(&[(u, n), (TimeUnit::Second, sec)])?, end));
        }
        if word_after(j + 2) {
            return None;
        }
        Some((iso_duration(&n.to_string(), u)?, j + 2))
    }
}

/// The first end of an interval takes the year of the second when it has
/// none ("du 28 décembre au 3 janvier 2024" → 2023-12-28).
fn inherit_year(first: Expr, second: &Expr) -> Expr {
    match (first, second) {
        (
            Expr::Day { y: None, m, d, dir },
            Expr::Day {
                y: Some(y2),
                m: m2,
                d: d2,
                ..
            },
        ) => {
            let y = if (m, d) > (*m2, *d2) { y2 - 1 } else { *y2 };
            Expr::Day {
                y: Some(y),
                m,
                d,
                dir,
            }
        }
        (
            Expr::Month { y: None, m, dir },
            Expr::Month {
                y: Some(y2), m: m2, ..
            },
        ) => {
            let y = if m > *m2 { y2 - 1 } else { *y2 };
            Expr::Month { y: Some(y), m, dir }
        }
        (first, _) => first,
    }
}

/// Whether an expression is a time of day without a day, or an interval of them.
fn is_clock(e: &Expr) -> bool {
    match e {
        Expr::At { day: None, .. } => true,
        Expr::Interval(a, b) => is_clock(a) && is_clock(b),
        _ => false,
    }
}

/// "jusqu'à minuit", "jusqu'au 31 mai à minuit": a midnight under "until"
/// is the one that ends its day, hour 24 (see [`eval`]), not the one it
/// begins with (the callers check the word: "jusqu'au 31 mai à 0h" is the
/// 31st's first hour as written).
fn until_day_end(expr: &mut Expr, m: Option<Modifier>) {
    if m == Some(Modifier::Until)
        && let Expr::At { h, min, .. } = expr
        && *h == 0
        && min.is_none_or(|m| m == 0)
    {
        *h = 24;
    }
}

/// Puts a time (or an interval of times) on a day; an afternoon or evening
/// part of the day moves morning hours to the afternoon ("3 heures cet
/// après-midi").
fn on_day(time: Expr, day: &Expr, part: Option<Modifier>) -> Option<Expr> {
    match time {
        Expr::At { day: None, h, min } => {
            let pm = matches!(part, Some(Modifier::Afternoon | Modifier::Evening));
            let h = if pm && h < 12 { h + 12 } else { h };
            Some(Expr::At {
                day: Some(Box::new(day.clone())),
                h,
                min,
            })
        }
        Expr::Interval(a, b) => Some(Expr::Interval(
            Box::new(on_day(*a, day, part)?),
            Box::new(on_day(*b, day, part)?),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-bytes filter of [`WordFacts::of`] and the short-word
    /// table give what the exact tests give (a key's facts, else
    /// [`exact_facts`]), on every word of up to four letters (with
    /// hyphen, period and apostrophe), the keys and their derived shapes
    /// (plural, period, compounds, ordinals, prefixes) and the seeds.
    #[test]
    fn word_facts_agree_with_the_exact_tests() {
        let lexicon = &*WORD_FACTS;
        let exact = |w: &str| lexicon.table.get(w).unwrap_or_else(|| exact_facts(w));
        let check = |w: &str| assert_eq!(lexicon.of(w), exact(w), "{w:?}");
        let alphabet: Vec<char> = ('a'..='z').chain(['-', '.', '\'', '1', 'é']).collect();
        let mut words = vec![String::new()];
        for _ in 0..4 {
            words = words
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.iter().for_each(|w| check(w));
        }
        let keys: Vec<&str> = lexicon.table.keys.iter().map(|(w, _)| *w).collect();
        let cardinals = numbers::CARDINALS.iter().map(|(c, _)| *c);
        let names = calendar::MONTHS
            .iter()
            .chain(calendar::WEEKDAYS)
            .map(|(w, _)| *w);
        let mut bases: Vec<String> = keys.iter().map(|w| w.to_string()).collect();
        bases.extend(cardinals.clone().flat_map(|c| {
            let stem = c.strip_suffix('e').unwrap_or(c);
            ["ieme", "iemes", "eme", "emes"]
                .into_iter()
                .flat_map(move |e| [format!("{c}{e}"), format!("{stem}{e}")])
        }));
        bases.extend(["cinquieme", "neuvieme", "unieme"].map(String::from));
        for w in &bases {
            check(w);
            for suffix in [
                ".", "s", "x", "-", "-un", "-deux", "-et-un", "-unieme", "-heure",
            ] {
                check(&format!("{w}{suffix}"));
            }
            for c in cardinals.clone().chain(names.clone()) {
                check(&format!("{w}-{c}"));
                check(&format!("{c}-{w}"));
            }
        }
        for p in lex::DATE_PREFIXES
            .iter()
            .map(|(p, _)| *p)
            .chain(lex::ANCHOR_PREFIXES.iter().copied())
        {
            for w in names.clone().chain(keys.iter().copied()) {
                check(&format!("{p}{w}"));
            }
        }
        for text in crate::seed_texts() {
            let s = TokenStream::new(&text);
            (0..s.len()).for_each(|i| check(s.folded(i)));
        }
    }

    /// Texts for the gate tests: the seeds and some gaps and numbers of
    /// every kind.
    fn gate_texts() -> Vec<String> {
        let mut texts = crate::seed_texts();
        texts.push("Le 3 mai\u{0B}2023, le 4\u{0C}juin\u{85}à midi, \u{2029}le 5.".into());
        texts.push(
            "Lun. 3 mai à midi, ven. à minuit. Le 1er mai,\n\tpremier jour ; la première\u{2028}fois\r\n\u{a0}vingt-et-unième \
             deux mille vingt-trois 2023 14h30 12/05/2023 3e XXIe siècle  un  une et vingt et un"
                .into(),
        );
        texts
    }

    /// The stream's line-break test (with its fast path for the usual
    /// gaps) answers as the definition: a char of class line break in the
    /// gap.
    #[test]
    fn line_break_fast_path_agrees() {
        for text in gate_texts() {
            let s = TokenStream::new(&text);
            for k in 0..=s.len() {
                let by_class = s
                    .gap_before(k)
                    .chars()
                    .any(|c| crate::chars::class(c) == crate::chars::CharClass::LineBreak);
                assert_eq!(s.line_break_before(k), by_class, "{k}");
            }
        }
    }

    /// Where [`Cx::numeric_at`] fails, no number, day, year or ordinal can
    /// be read: the token is no number, ordinal, time or date, not
    /// "premier"/"premiere", and no number in words starts there.
    #[test]
    fn numeric_gate_is_sound() {
        for text in gate_texts() {
            let s = TokenStream::new(&text);
            let cx = Cx::new(&s);
            for i in 0..s.len() {
                if cx.numeric_at(i) {
                    continue;
                }
                assert!(!matches!(
                    s.kind(i),
                    Some(
                        TokenKind::Number | TokenKind::Ordinal | TokenKind::Time | TokenKind::Date
                    )
                ));
                assert!(!matches!(cx.f(i), "premier" | "premiere"));
                assert!(Cx::parse_at(&s, i).is_none(), "{:?}", s.folded(i));
                // The gates of `clock` and `weekday_at`.
                if !cx.flag(i, ANCHOR) {
                    assert!(!lex::CLOCK_WORDS.iter().any(|(w, _)| *w == cx.f(i)));
                    assert!(!lex::WEEKDAY_ABBREVIATIONS.contains(&cx.f(i)));
                }
            }
        }
    }

    /// The gate keeps a season name from starting a match unless a number
    /// follows: where it does not start, the matchers find nothing there.
    #[test]
    fn season_names_start_only_before_a_number() {
        let text = "Il a été élu. L'été 2022, cet été, en été, l'été dernier, été comme \
                    hiver, hiver 2023, printemps prochain, l'automne 2021, été. été, 12h \
                    été à 14h, été lundi, été le 3 mai, été de 2022 à 2023, été 3 jours, \
                    été deux fois par semaine, été vingt-deux, été 15h30, été midi, été \
                    ce matin, été dans la soirée, été mi-juillet, été demain, été 1er mai, \
                    automne-hiver, Printemps : 12 mars. Hiver-2022, été-2023";
        let mut texts = gate_texts();
        texts.push(text.into());
        let mut seen = 0;
        for text in texts {
            let s = TokenStream::new(&text);
            let mut cx = Cx::new(&s);
            for i in 0..s.len() {
                if cx.flag(i, SEASON_ONLY) && !cx.may_start(i) {
                    seen += 1;
                    cx.toks[i].flags |= START;
                    assert!(cx.best(i).is_none(), "{text:?} at {i}");
                    cx.toks[i].flags &= !START;
                }
            }
        }
        assert!(seen > 20, "{seen}");
    }

    /// Wednesday 24 May 2023.
    fn reference() -> Option<Reference> {
        Some(Reference::Day(jiff::civil::date(2023, 5, 24)))
    }

    /// The single date mention of `text`: (text, value, grain, modifier, kind).
    fn one(text: &str) -> (String, String, Grain, Option<Modifier>, DateKind) {
        let t = dates(text, reference());
        assert_eq!(t.dates.len(), 1, "{text}: {:?}", t.dates);
        let d = &t.dates[0];
        (d.text.clone(), d.value.clone(), d.grain, d.modifier, d.kind)
    }

    fn value(text: &str) -> String {
        one(text).1
    }

    /// The single date mention of `text` read on `on`: (text, value).
    fn one_on(text: &str, on: Option<Reference>) -> (String, String) {
        let t = dates(text, on);
        assert_eq!(t.dates.len(), 1, "{text}: {:?}", t.dates);
        (t.dates[0].text.clone(), t.dates[0].value.clone())
    }

    fn duration(text: &str) -> (String, String, Qualifier, bool) {
        let t = dates(text, reference());
        assert_eq!(t.durations.len(), 1, "{text}: {:?}", t);
        let d = &t.durations[0];
        (d.text.clone(), d.value.clone(), d.qualifier, d.vague)
    }

    #[test]
    fn absolute_dates() {
        let cases = [
            ("Il est né le 18 mai 2022 à Lyon.", "2022-05-18"),
            ("Le 1er janvier 2023, tout a changé.", "2023-01-01"),
            ("Il a signé le 31/10/1974.", "1974-10-31"),
            ("Publié le 18.05.2022.", "2022-05-18"),
            ("Publié le 20-05-2023 à 9h.", "2023-05-20T09:00"),
            ("Rapport du 2023-09.", "2023-09"),
            ("Il a voté en mai 2022 pour la première fois.", "2022-05"),
            ("Le chômage a baissé en 2022.", "2022"),
            ("La ville a été fondée au XIIe siècle.", "1101/1200"),
            ("Il a grandi dans les années 1990.", "1990/1999"),
            ("Les ventes du 3e trimestre 2023 ont chuté.", "2023-Q3"),
            (
                "Au premier semestre 2023, la croissance a ralenti.",
                "2023-H1",
            ),
            ("Le 1er semestre 2024 sera décisif.", "2024-H1"),
            // A half-year without its year follows the tense (Wednesday
            // 24 May 2023: the second half of 2023 has not begun).
            ("Les ventes ont repris au second semestre.", "2022-H2"),
            ("Les ventes reprendront au second semestre.", "2023-H2"),
            ("Les ventes ont chuté au premier trimestre.", "2023-Q1"),
            ("Elle partira à l'été 2022.", "2022-06/2022-08"),
            ("L'hiver 2022 a été doux.", "2022-12/2023-02"),
            (
                "Durant l'hiver 2022-2023, le front a gelé.",
                "2022-12/2023-02",
            ),
        ];
        for (text, v) in cases {
            assert_eq!(value(text), v, "{text}");
        }
    }

    #[test]
    fn relative_dates() {
        let cases = [
            ("Il est venu aujourd'hui.", "2023-05-24"),
            ("Il est venu hier.", "2023-05-23"),
            ("Il est venu avant-hier.", "2023-05-22"),
            ("Il viendra demain.", "2023-05-25"),
            ("La réunion a eu lieu cette semaine.", "2023-W21"),
            ("La réunion a eu lieu la semaine dernière.", "2023-W20"),
            ("La réunion aura lieu la semaine prochaine.", "2023-W22"),
            ("Les prix ont monté le mois dernier.", "2023-04"),
            ("Les prix ont monté l'an dernier.", "2022"),
            ("Les prix monteront l'année prochaine.", "2024"),
            ("Il est parti il y a trois jours.", "2023-05-21"),
            ("Il est parti il y a deux semaines.", "2023-W19"),
            ("Il est parti il y a un an.", "2022"),
            ("Il est parti il y a deux mois.", "2023-03"),
            ("Il reviendra dans deux mois.", "2023-07"),
            ("Il est venu lundi.", "2023-05-22"),
            (
                "Il viendra lundi, a-t-il promis, et le texte sera signé.",
                "2023-05-29",
            ),
            ("Il est venu lundi dernier.", "2023-05-22"),
            ("Il viendra jeudi prochain.", "2023-05-25"),
            ("Les faits remontent au 9 mai dernier.", "2023-05-09"),
            (
                "Le dernier échange a eu lieu le 8 janvier dernier.",
                "2023-01-08",
            ),
            ("Il a été élu le 9 juin.", "2022-06-09"),
            ("Le vote aura lieu le 9 juin.", "2023-06-09"),
            ("Le vote est prévu le 9 juin prochain.", "2023-06-09"),
            (
                "Ils se sont vus le week-end dernier.",
                "2023-05-20/2023-05-21",
            ),
            ("Ils se voient ce mois de décembre.", "2022-12"),
        ];
        for (text, v) in cases {
            assert_eq!(value(text), v, "{text}");
        }
    }

    #[test]
    fn grains_and_modifiers() {
        assert_eq!(one("Il est arrivé ce matin.").3, Some(Modifier::Morning));
        let (text, v, g, m, _) = one("Il est arrivé hier soir.");
        assert_eq!(
            (text.as_str(), v.as_str(), g, m),
            (
                "hier soir",
                "2023-05-23",
                Grain::Day,
                Some(Modifier::Evening)
            )
        );
        let (_, v, g, m, _) = one("Elle a appelé mercredi matin.");
        assert_eq!(
            (v.as_str(), g, m),
            ("2023-05-24", Grain::Day, Some(Modifier::Morning))
        );
        let (_, v, g, m, _) = one("Ils sont sortis à l'aube.");
        assert_eq!(
            (v.as_str(), g, m),
            ("2023-05-24", Grain::Day, Some(Modifier::Dawn))
        );
        let (_, v, g, _, _) = one("Ils ont attaqué dans la nuit de samedi à dimanche.");
        assert_eq!((v.as_str(), g), ("2023-05-20/2023-05-21", Grain::Night));
        assert_eq!(one("Début mars, il a neigé.").1, "2023-03");
        assert_eq!(one("Début mars, il a neigé.").3, Some(Modifier::Start));
        let (_, v, _, m, _) = one("Ils partiront mi-juillet en vacances.");
        assert_eq!((v.as_str(), m), ("2023-07", Some(Modifier::Mid)));
        let (_, v, g, m, _) = one("Le projet a pris fin 2022.");
        assert_eq!(
            (v.as_str(), g, m),
            ("2022", Grain::Year, Some(Modifier::End))
        );
        let (_, v, _, m, _) = one("Il paiera à la fin du mois.");
        assert_eq!((v.as_str(), m), ("2023-05", Some(Modifier::End)));
        let (_, v, _, m, _) = one("Le chantier ouvrira courant 2023.");
        assert_eq!((v.as_str(), m), ("2023", None));
        let (_, v, _, m, _) = one("Il arrivera vers le 10 juin.");
        assert_eq!((v.as_str(), m), ("2023-06-10", Some(Modifier::Approx)));
        let (_, v, g, _, _) = one("Les fleurs sont sorties au printemps.");
        assert_eq!((v.as_str(), g), ("2023-03/2023-05", Grain::Season));
        let (_, v, _, m, _) = one("Le chômage augmente depuis février.");
        assert_eq!((v.as_str(), m), ("2023-02", Some(Modifier::Since)));
        let (t, v, _, m, _) = one("Il reste jusqu'au 31 mars.");
        assert_eq!(
            (t.as_str(), v.as_str(), m),
            ("jusqu'au 31 mars", "2023-03-31", Some(Modifier::Until))
        );
    }

    #[test]
    fn intervals() {
        let (_, v, _, _, k) = one("Le festival a eu lieu du 3 au 5 mai.");
        assert_eq!(
            (v.as_str(), k),
            ("2023-05-03/2023-05-05", DateKind::Interval)
        );
        assert_eq!(value("Il a gouverné de 2014 à 2022."), "2014/2022");
        assert_eq!(
            value("Les inscriptions ont eu lieu entre le 1er et le 15 juin 2022."),
            "2022-06-01/2022-06-15"
        );
        assert_eq!(
            value("La guerre dura du 1 septembre 1939 au 2 septembre 1945."),
            "1939-09-01/1945-09-02"
        );
        let (_, v, _, _, k) = one("Le magasin ouvre du lundi au vendredi.");
        assert_eq!((v.as_str(), k), ("XXXX-WXX-1/XXXX-WXX-5", DateKind::Set));
    }

    #[test]
    fn times() {
        let (_, v, g, _, k) = one("Il est arrivé à 14h30.");
        assert_eq!(
            (v.as_str(), g, k),
            ("2023-05-24T14:30", Grain::Minute, DateKind::Time)
        );
        assert_eq!(value("Il est arrivé à 14 h 30."), "2023-05-24T14:30");
        let (_, v, g, m, _) = one("Il est arrivé vers 6 heures du matin.");
        assert_eq!(
            (v.as_str(), g, m),
            ("2023-05-24T06:00", Grain::Hour, Some(Modifier::Approx))
        );
        assert_eq!(value("On mange à midi."), "2023-05-24T12:00");
        assert_eq!(value("On dort à minuit."), "2023-05-24T00:00");
        assert_eq!(
            value("Le couvre-feu commence à 22 heures."),
            "2023-05-24T22:00"
        );
        let (_, v, _, _, k) = one("Il est venu mardi à 14h30.");
        assert_eq!((v.as_str(), k), ("2023-05-23T14:30", DateKind::Datetime));
        assert_eq!(
            one("Il est venu dans la soirée.").3,
            Some(Modifier::Evening)
        );
    }

    #[test]
    fn named_periods_are_their_years() {
        let cases: [(&str, &[(&str, &str)]); 7] = [
            (
                "Pendant la Seconde Guerre mondiale, la ville a été détruite.",
                &[("la Seconde Guerre mondiale", "1939/1945")],
            ),
            (
                "Les poilus de la guerre de 14-18 sont morts.",
                &[("la guerre de 14-18", "1914/1918")],
            ),
            (
                "La Grande Guerre a tué.",
                &[("La Grande Guerre", "1914/1918")],
            ),
            (
                "Il a servi pendant la guerre d'Algérie.",
                &[("la guerre d'Algérie", "1954/1962")],
            ),
            (
                "Les Trente Glorieuses ont enrichi le pays.",
                &[("Les Trente Glorieuses", "1945/1975")],
            ),
            // A proper name only where it must be one.
            ("Ce fut une grande guerre.", &[]),
            ("C'était la belle époque.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(all_on(text, reference()), pairs(want), "{text}");
        }
        // Every period holds an anchor, or the gate would never start it.
        for (w, ..) in lex::NAMED_PERIODS {
            assert!(
                w.iter().any(|x| word_facts(x) & (ANCHOR | NUMBER_WORD) != 0
                    || x.bytes().all(|b| b.is_ascii_digit())),
                "{w:?}"
            );
        }
        // Under a direction and a part, as any period.
        let d = &dates(
            "Depuis la fin de la guerre froide, tout a changé.",
            reference(),
        )
        .dates[0];
        assert_eq!(
            (d.value.as_str(), d.modifier, d.part),
            ("1947/1991", Some(Modifier::Since), Some(Modifier::End))
        );
    }

    #[test]
    fn a_night_between_two_full_dates_is_one_mention() {
        let cases = [
            (
                "Dans la nuit du 31 décembre au 1er janvier, des tirs.",
                "Dans la nuit du 31 décembre au 1er janvier",
                "2022-12-31/2023-01-01",
            ),
            (
                "La nuit du 31 décembre au 1er janvier 2022, des tirs.",
                "La nuit du 31 décembre au 1er janvier 2022",
                "2021-12-31/2022-01-01",
            ),
            (
                "La nuit du 30 avril au 1er mai 2022, rien.",
                "La nuit du 30 avril au 1er mai 2022",
                "2022-04-30/2022-05-01",
            ),
        ];
        for (text, mention, v) in cases {
            assert_eq!(
                one_on(text, reference()),
                (mention.into(), v.into()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_two_digit_year_after_a_month_takes_the_century_of_the_reference() {
        let on = |y: &str| Some(Reference::parse(y).unwrap());
        let cases = [
            (
                "En juin 40, de Gaulle lance son appel.",
                "En juin 40",
                "1940-06",
            ),
            (
                "Les événements de mai 68 ont marqué la France.",
                "mai 68",
                "1968-05",
            ),
            ("Mai 68 a changé la France.", "Mai 68", "1968-05"),
            ("Il est né en mars 85.", "en mars 85", "1985-03"),
            (
                "Depuis mars 22, la guerre dure.",
                "Depuis mars 22",
                "2022-03",
            ),
            ("Rendez-vous en mai 30.", "en mai 30", "2030-05"),
        ];
        for (text, mention, v) in cases {
            assert_eq!(
                one_on(text, on("2023-05-20")),
                (mention.into(), v.into()),
                "{text}"
            );
        }
        // Ten years after the reference at most: in 2035, "mai 45" is 2045.
        assert_eq!(one_on("En mai 45, rien.", on("2035-01-01")).1, "2045-05");
        assert_eq!(one_on("En mai 46, rien.", on("2035-01-01")).1, "1946-05");
        // No reference: 00-49 are 20xx, as in "18/05/22".
        assert_eq!(one_on("En juin 40, rien.", None).1, "2040-06");
        // A count is no year: "22 soldats", "40 000 personnes".
        for text in [
            "En mai 22 soldats sont morts.",
            "En juin 40 000 personnes ont défilé.",
        ] {
            let t = dates(text, on("2023-05-20"));
            assert_eq!(t.dates.len(), 1, "{text}");
            assert!(
                t.dates[0].text.ends_with(['i', 'n']),
                "{text}: {:?}",
                t.dates[0]
            );
        }
    }

    #[test]
    fn a_day_without_year_follows_a_dated_day_of_its_sentence() {
        // (text, [(mention, value)]): the reference is 2023-05-24.
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "Le 24 février 2022, l'armée a franchi la frontière, et le 2 mars, Kherson tombait.",
                &[
                    ("Le 24 février 2022", "2022-02-24"),
                    ("le 2 mars", "2022-03-02"),
                ],
            ),
            // The first such day on or after the dated one.
            (
                "Le 30 décembre 2021 puis le 2 janvier, deux attaques ont eu lieu.",
                &[
                    ("Le 30 décembre 2021", "2021-12-30"),
                    ("le 2 janvier", "2022-01-02"),
                ],
            ),
            (
                "Il a signé le 9 mai 2021 à 14h et le 12 mai à 9h.",
                &[
                    ("le 9 mai 2021 à 14h", "2021-05-09T14:00"),
                    ("le 12 mai à 9h", "2021-05-12T09:00"),
                ],
            ),
            // A direction keeps its own reading.
            (
                "Le 3 mars 2021 et le 4 mars dernier, il a parlé.",
                &[
                    ("Le 3 mars 2021", "2021-03-03"),
                    ("le 4 mars dernier", "2023-03-04"),
                ],
            ),
        ];
        for (text, want) in cases {
            let t = dates(text, reference());
            let got: Vec<_> = t
                .dates
                .iter()
                .map(|d| (d.text.as_str(), d.value.as_str()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
        // A birth date is no narrative; a day with no word of sequence
        // after the dated one, nor one over half a year on, is placed
        // against the reference.
        for (text, v) in [
            (
                "Né le 12 mai 1990, il a été arrêté le 3 juin.",
                "2022-06-03",
            ),
            (
                "Le 15 novembre 2021, il a parlé ; le 10 mai, il a agi.",
                "2023-05-10",
            ),
            (
                "Le 15 novembre 2021 et le 10 juin, deux sommets ont eu lieu.",
                "2022-06-10",
            ),
        ] {
            assert_eq!(dates(text, reference()).dates[1].value, v, "{text}");
        }
        // Intervals and months lend their year too; "suivant" counts from
        // the last day named, not from the reference.
        for (text, v) in [
            (
                "Du 12 au 15 mars 2022, puis le 2 avril, des combats.",
                "2022-04-02",
            ),
            (
                "En mars 2014, la Crimée a été annexée, puis en avril, le Donbass.",
                "2014-04",
            ),
            (
                "Le 12 novembre 2019 puis le 4 février suivant, deux réunions.",
                "2020-02-04",
            ),
        ] {
            assert_eq!(dates(text, reference()).dates[1].value, v, "{text}");
        }
        // The next sentence is placed against the reference again.
        let t = dates(
            "Le 24 février 2022, l'armée a franchi la frontière. Le 2 mars, Kherson tombait.",
            reference(),
        );
        assert_eq!(t.dates[1].value, "2023-03-02");
        // And with no reference at all, the dated day still places it.
        let t = dates("Le 24 février 2022 puis le 2 mars, deux offensives.", None);
        assert_eq!(t.dates[1].value, "2022-03-02");
        // A time alone is on the dated day of its sentence.
        let t = dates(
            "L'armistice du 11 novembre 1918 a été signé à 5 h 15 à Rethondes.",
            reference(),
        );
        assert_eq!(
            (t.dates[1].value.as_str(), t.dates[1].kind),
            ("1918-11-11T05:15", DateKind::Datetime)
        );
        let t = dates(
            "Le 24 février 2022, l'armée a attaqué. À 14h, le président parlera.",
            reference(),
        );
        assert_eq!(t.dates[1].kind, DateKind::Time, "{t:?}");
        // Not past the comma of a participial phrase that holds the day;
        // a day heading its sentence with a comma still dates it.
        let t = dates(
            "Condamné le 12 janvier 2022 à dix ans, il s'est évadé à 5 h du matin.",
            reference(),
        );
        assert_eq!(t.dates[1].kind, DateKind::Time, "{t:?}");
        let t = dates(
            "Le 12 janvier 2022, le détenu s'est évadé à 5 h du matin.",
            reference(),
        );
        assert_eq!(t.dates[1].value, "2022-01-12T05:00", "{t:?}");
        let t = dates(
            "Arrêté le 3 mars 2022 à 6 h, il a été relâché le soir.",
            reference(),
        );
        assert_eq!(t.dates[0].value, "2022-03-03T06:00", "{t:?}");
        // A day without year, or a weekday, named in the sentence: the
        // same (read on Wednesday 24 May 2023).
        for (text, v) in [
            (
                "Le match aura lieu le 10 juin à Istanbul, à 21 heures.",
                "2023-06-10T21:00",
            ),
            (
                "Jeudi dernier, peu après 14 heures, un incendie s'est déclaré.",
                "2023-05-18T14:00",
            ),
            ("Mardi, le ministre parlera à 14 h.", "2023-05-30T14:00"),
        ] {
            let t = dates(text, reference());
            assert_eq!(t.dates[1].value, v, "{text}: {t:?}");
        }
        // Not on a text's date, nor on a day that bounds a habit, one of
        // two days, a day before "que" or ";", or a day in a participial
        // phrase opening the sentence.
        for text in [
            "La loi du 29 juillet 1881 a été votée à 15 h.",
            "Depuis le 5 mai, les trains partent à 6 h.",
            "Lundi ou mardi, le texte sera examiné à 15 h.",
            "Lundi, le préfet a rappelé que les écoles ouvrent à 8 h 30.",
            "La grève de mardi a été annulée ; les trains partiront à 6 h.",
            "Élu le 24 avril, le président a pris la parole à 20 h.",
        ] {
            let t = dates(text, reference());
            assert_eq!(
                t.dates.last().map(|d| d.kind),
                Some(DateKind::Time),
                "{text}: {t:?}"
            );
        }
    }

    #[test]
    fn the_eve_and_the_morrow_alone_count_from_the_last_day_named() {
        // (text, [(mention, value)])
        let cases: [(&str, &[(&str, &str)]); 6] = [
            (
                "Le 3 mars 2022, l'armée a attaqué. La veille, les civils avaient fui.",
                &[
                    ("Le 3 mars 2022", "2022-03-03"),
                    ("La veille", "2022-03-02"),
                ],
            ),
            (
                "Le 24 février 2022, l'offensive a commencé. Le lendemain, Kiev était \
                 menacée ; le surlendemain, les troupes approchaient.",
                &[
                    ("Le 24 février 2022", "2022-02-24"),
                    ("Le lendemain", "2022-02-25"),
                    ("le surlendemain", "2022-02-26"),
                ],
            ),
            (
                "Il a signé le 9 mai 2023 à 14h. Le lendemain matin, il est parti.",
                &[
                    ("le 9 mai 2023 à 14h", "2023-05-09T14:00"),
                    ("Le lendemain matin", "2023-05-10"),
                ],
            ),
            (
                "Le 31 décembre 2021, la fête. Le lendemain, tout a changé.",
                &[
                    ("Le 31 décembre 2021", "2021-12-31"),
                    ("Le lendemain", "2022-01-01"),
                ],
            ),
            // A noun, an event after "de", or nothing named before: none.
            (
                "Le 3 mai 2022, il a parlé. La veille technologique est utile.",
                &[("Le 3 mai 2022", "2022-05-03")],
            ),
            (
                "Le 3 mai 2022, il est arrivé, la veille de son départ.",
                &[("Le 3 mai 2022", "2022-05-03")],
            ),
        ];
        for (text, want) in cases {
            let t = dates(text, reference());
            let got: Vec<_> = t
                .dates
                .iter()
                .map(|d| (d.text.as_str(), d.value.as_str()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
        assert!(
            dates("Le lendemain, il est parti.", reference())
                .dates
                .is_empty()
        );
        // Nouns: the future, the watch.
        for text in [
            "Le 3 mai 2022, il a parlé. Il faut penser au lendemain.",
            "Le 3 mai 2022, ils ont attaqué. Les soldats assurent la veille, armes à la main.",
        ] {
            assert_eq!(dates(text, reference()).dates.len(), 1, "{text}");
        }
        // From the last of listed days, the end of an interval (its start
        // for the eve).
        for (text, v) in [
            (
                "Les 3 et 4 mars 2022, des combats. Le lendemain, le calme.",
                "2022-03-05",
            ),
            (
                "Du 10 au 12 mars 2022, des combats. Le lendemain, le calme.",
                "2022-03-13",
            ),
            (
                "Du 10 au 12 mars 2022, des combats. La veille, le calme.",
                "2022-03-09",
            ),
        ] {
            let t = dates(text, reference());
            assert_eq!(t.dates.last().map(|d| d.value.as_str()), Some(v), "{text}");
        }
        // A bound is no day named ("avant le 3 mai"), nor a day too far back.
        let t = dates(
            "Avant le 3 mai 2022, rien. Le lendemain, il est parti.",
            reference(),
        );
        assert_eq!(t.dates.len(), 1, "{t:?}");
        let far = format!(
            "Le 3 mai 2022, X. {}Le lendemain, Y.",
            "Il a parlé. ".repeat(80)
        );
        assert_eq!(dates(&far, reference()).dates.len(), 1);
    }

    #[test]
    fn a_weekday_that_is_not_the_dates_is_flagged() {
        // (sentence, mention, value, conflict): the value stays the date
        // as written.
        let cases = [
            (
                "Jeudi 19 mai 2023, il a parlé.",
                "Jeudi 19 mai 2023",
                "2023-05-19",
                true,
            ),
            (
                "Vendredi 19 mai 2023, il a parlé.",
                "Vendredi 19 mai 2023",
                "2023-05-19",
                false,
            ),
            (
                "Le lundi 3 mai 2021, rien.",
                "Le lundi 3 mai 2021",
                "2021-05-03",
                false,
            ),
            (
                "Le mardi 3 mai 2021, rien.",
                "Le mardi 3 mai 2021",
                "2021-05-03",
                true,
            ),
            (
                "Mercredi 13/03/2024, grève.",
                "Mercredi 13/03/2024",
                "2024-03-13",
                false,
            ),
            (
                "Jeudi 13/03/2024, grève.",
                "Jeudi 13/03/2024",
                "2024-03-13",
                true,
            ),
            (
                "Samedi 16 03 2024, grève.",
                "Samedi 16 03 2024",
                "2024-03-16",
                false,
            ),
            (
                "jeudi 19 mai 2023 à 14h, il a parlé.",
                "jeudi 19 mai 2023 à 14h",
                "2023-05-19T14:00",
                true,
            ),
            // "ce" before the weekday reads as "le": one mention.
            (
                "Ce mardi 16 mai, le ministre a parlé.",
                "Ce mardi 16 mai",
                "2023-05-16",
                false,
            ),
            (
                "Il s'exprimera ce jeudi 25 mai à 18 heures.",
                "ce jeudi 25 mai à 18 heures",
                "2023-05-25T18:00",
                false,
            ),
            (
                "Ce 16 mai 2023, rien.",
                "Ce 16 mai 2023",
                "2023-05-16",
                false,
            ),
            // No year: the placed one is checked (Friday 19 May 2023).
            (
                "Jeudi 19 mai, il a parlé.",
                "Jeudi 19 mai",
                "2023-05-19",
                true,
            ),
        ];
        for (text, mention, v, conflict) in cases {
            let t = dates(text, Some(Reference::parse("2023-05-20").unwrap()));
            assert_eq!(t.dates.len(), 1, "{text}: {t:?}");
            let d = &t.dates[0];
            assert_eq!(
                (d.text.as_str(), d.value.as_str(), d.weekday_conflict),
                (mention, v, conflict),
                "{text}"
            );
        }
        // No weekday, no flag; a weekday alone picks its own date.
        for text in [
            "Le 19 mai 2023, rien.",
            "Jeudi, il a parlé.",
            "Jeudi 15, il pleuvait.",
        ] {
            let t = dates(text, reference());
            assert!(t.dates.iter().all(|d| !d.weekday_conflict), "{text}: {t:?}");
        }
    }

    #[test]
    fn prendre_fin_is_a_verb_before_a_preposition() {
        let t = dates("La guerre froide a pris fin en 1991.", reference());
        let d = t.dates.iter().find(|d| d.value == "1991").unwrap();
        assert_eq!((d.text.as_str(), d.part), ("en 1991", None));
        let d = &dates(
            "Depuis le début de l'année, 300 migrants sont arrivés.",
            reference(),
        )
        .dates[0];
        assert_eq!(
            (d.modifier, d.part),
            (Some(Modifier::Since), Some(Modifier::Start))
        );
    }

    #[test]
    fn ago_and_in_take_qualifiers_collectives_halves_and_days_of_hours() {
        // Read on Saturday 20 May 2023: (sentence, mention, value, modifier).
        let on = Some(Reference::parse("2023-05-20").unwrap());
        use Modifier::*;
        for (text, mention, v, m) in [
            // "quinze jours", "huit jours" in words: two weeks, a week.
            (
                "Il y a quinze jours, il est parti.",
                "Il y a quinze jours",
                "2023-05-06",
                None,
            ),
            (
                "Il reviendra dans huit jours.",
                "dans huit jours",
                "2023-05-27",
                None,
            ),
            (
                "Il y a 15 jours, il est parti.",
                "Il y a 15 jours",
                "2023-05-05",
                None,
            ),
            (
                "Il y a près de trois ans, l'usine a fermé.",
                "Il y a près de trois ans",
                "2020",
                Some(Approx),
            ),
            // Exactly so long ago: the offset itself.
            (
                "Il y a tout juste un an, la guerre éclatait.",
                "Il y a tout juste un an",
                "2022",
                None,
            ),
            (
                "Il y a exactement trois ans, l'usine a fermé.",
                "Il y a exactement trois ans",
                "2020",
                None,
            ),
            (
                "Il y a pile un an, la guerre éclatait.",
                "Il y a pile un an",
                "2022",
                None,
            ),
            (
                "Le drame s'est produit il y a une quinzaine de jours.",
                "il y a une quinzaine de jours",
                "2023-05-05",
                Some(Approx),
            ),
            (
                "Il y a plus de 20 ans, le Concorde s'écrasait.",
                "Il y a plus de 20 ans",
                "2003",
                Some(Before),
            ),
            (
                "Dans moins de deux ans, tout sera fini.",
                "Dans moins de deux ans",
                "2025",
                Some(Before),
            ),
            (
                "Dans plus de dix ans, rien ne restera.",
                "Dans plus de dix ans",
                "2033",
                Some(After),
            ),
            (
                "Il y a 48 heures, le ministre promettait l'inverse.",
                "Il y a 48 heures",
                "2023-05-18",
                None,
            ),
            (
                "Il y a un demi-siècle, tout a changé.",
                "Il y a un demi-siècle",
                "1973",
                None,
            ),
            (
                "Il y a deux siècles, la ville brûlait.",
                "Il y a deux siècles",
                "1823",
                None,
            ),
        ] {
            let t = dates(text, on);
            assert_eq!(t.dates.len(), 1, "{text}: {t:?}");
            let d = &t.dates[0];
            assert_eq!(
                (d.text.as_str(), d.value.as_str(), d.modifier),
                (mention, v, m),
                "{text}"
            );
        }
        // Hours short of a day stay a length: the reference is a day.
        let t = dates("Il y a 3 heures, rien.", on);
        assert!(t.dates.is_empty(), "{t:?}");
        assert_eq!(t.durations[0].value, "PT3H");
        // A half-century alone is a length.
        let t = dates("Depuis un demi-siècle, la ville change.", on);
        assert_eq!(t.durations[0].value, "P50Y");
    }

    #[test]
    fn nights_the_rentree_since_and_weekdays_placing_the_year() {
        // Read on Saturday 20 May 2023: (sentence, mention, value).
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, mention, v) in [
            (
                "La nuit dernière, trois voitures ont brûlé.",
                "La nuit dernière",
                "2023-05-19/2023-05-20",
            ),
            (
                "La nuit prochaine sera froide.",
                "La nuit prochaine",
                "2023-05-20/2023-05-21",
            ),
            // "cette nuit", "dans la nuit": by tense, the night just over or
            // the coming one; with no tense, the reference day's night.
            (
                "Cette nuit, des frappes ont touché Kiev.",
                "Cette nuit",
                "2023-05-19/2023-05-20",
            ),
            (
                "Les pompiers ont éteint le feu dans la nuit.",
                "dans la nuit",
                "2023-05-19/2023-05-20",
            ),
            (
                "Cette nuit, les températures chuteront.",
                "Cette nuit",
                "2023-05-20/2023-05-21",
            ),
            ("Cette nuit, couvre-feu.", "Cette nuit", "2023-05-20"),
            // A night told in the past is over, even of the reference
            // day's weekday.
            (
                "Dans la nuit de samedi à dimanche, des frappes ont touché Kiev.",
                "Dans la nuit de samedi à dimanche",
                "2023-05-13/2023-05-14",
            ),
            (
                "Dans la nuit de vendredi à samedi, des frappes ont touché Kiev.",
                "Dans la nuit de vendredi à samedi",
                "2023-05-19/2023-05-20",
            ),
            ("Ce soir, le président a parlé.", "Ce soir", "2023-05-20"),
            (
                "Les faits remontent à la nuit du 13 au 14 juillet 2019.",
                "à la nuit du 13 au 14 juillet 2019",
                "2019-07-13/2019-07-14",
            ),
            (
                "La réforme s'appliquera à la rentrée.",
                "la rentrée",
                "2023-09",
            ),
            ("À la rentrée 2024, rien.", "la rentrée 2024", "2024-09"),
            // "depuis" looks back whatever the tense.
            (
                "Depuis septembre, les prix montent.",
                "Depuis septembre",
                "2022-09",
            ),
            (
                "Depuis la rentrée, les classes sont pleines.",
                "Depuis la rentrée",
                "2022-09",
            ),
            // With no tense, the weekday written picks the year.
            (
                "Le dimanche 26 février, match au sommet.",
                "Le dimanche 26 février",
                "2023-02-26",
            ),
        ] {
            let t = dates(text, on);
            assert_eq!(t.dates.len(), 1, "{text}: {t:?}");
            assert_eq!(
                (t.dates[0].text.as_str(), t.dates[0].value.as_str()),
                (mention, v),
                "{text}"
            );
            assert!(!t.dates[0].weekday_conflict, "{text}");
        }
        // An event's name, an income, a return: no date.
        for text in [
            "La Nuit des musées attire du monde.",
            "La Nuit blanche parisienne a attiré un million de visiteurs.",
            "Une rentrée d'argent bienvenue.",
            "Il a fait sa rentrée politique.",
            "La rentrée de Mbappé a changé le match.",
        ] {
            assert!(dates(text, on).dates.is_empty(), "{text}");
        }
        // The tense first; a weekday a year away picks nothing.
        for (text, v) in [
            ("Ce lundi 23 mai, les syndicats défilent.", "2023-05-23"),
            ("La réunion du vendredi 17 mai a eu lieu.", "2023-05-17"),
        ] {
            let d = &dates(text, on).dates[0];
            assert_eq!((d.value.as_str(), d.weekday_conflict), (v, true), "{text}");
        }
    }

    #[test]
    fn ranges_of_centuries_and_decades_and_the_last_ones() {
        // Read on Saturday 20 May 2023: (sentence, mention, value).
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, mention, v) in [
            (
                "Du XVe au XVIIIe siècle, le port a prospéré.",
                "Du XVe au XVIIIe siècle",
                "1401/1800",
            ),
            (
                "La tour a été remaniée aux XVIe et XVIIe siècles.",
                "aux XVIe et XVIIe siècles",
                "1501/1700",
            ),
            (
                "Entre le XVe et le XVIIIe siècle, rien.",
                "Entre le XVe et le XVIIIe siècle",
                "1401/1800",
            ),
            (
                "Dans les années 1960 et 1970, l'usine tournait.",
                "les années 1960 et 1970",
                "1960/1979",
            ),
            (
                "Des années 80 aux années 2000, rien.",
                "Des années 80 aux années 2000",
                "1980/2009",
            ),
            (
                "Au cours de la décennie 2010, rien.",
                "Au cours de la décennie 2010",
                "2010/2019",
            ),
            (
                "Le bâtiment date du siècle dernier.",
                "siècle dernier",
                "1901/2000",
            ),
            (
                "La décennie dernière a été dure.",
                "La décennie dernière",
                "2010/2019",
            ),
            ("L'année écoulée a été dure.", "L'année écoulée", "2022"),
        ] {
            assert_eq!(one_on(text, on), (mention.into(), v.into()), "{text}");
        }
        // Before the common era: no value rather than a wrong one.
        assert!(
            dates("Au IIIe siècle avant J.-C., rien.", on)
                .dates
                .is_empty()
        );
    }

    #[test]
    fn days_named_with_a_hyphen() {
        // Read on Saturday 20 May 2023: the holidays as any day, the
        // events' days on their year.
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, mention, v) in [
            (
                "Les cérémonies du 8-Mai se sont déroulées sous la pluie.",
                "8-Mai",
                "2023-05-08",
            ),
            (
                "Le défilé du 14-Juillet aura lieu.",
                "14-Juillet",
                "2023-07-14",
            ),
            ("Ils défileront le 1er-Mai.", "le 1er-Mai", "2024-05-01"),
            (
                "Les attentats du 13-Novembre ont fait 130 morts.",
                "13-Novembre",
                "2015-11-13",
            ),
            (
                "Depuis le 11-Septembre, tout a changé.",
                "Depuis le 11-Septembre",
                "2001-09-11",
            ),
        ] {
            assert_eq!(one_on(text, on), (mention.into(), v.into()), "{text}");
        }
        // Not glued, or the month in lower case: no name.
        let t = dates("Le score était de 13 - Novembre arrive.", on);
        assert!(t.dates.iter().all(|d| d.value != "2015-11-13"), "{t:?}");
    }

    #[test]
    fn short_futures_and_postponements_look_ahead() {
        // Read on Saturday 20 May 2023.
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, v) in [
            ("Le ministre se rendra à Kiev le 14 avril.", "2024-04-14"),
            ("Le Conseil rendra sa décision le 14 avril.", "2024-04-14"),
            (
                "Le jugement a été mis en délibéré au 3 juillet.",
                "2023-07-03",
            ),
            ("L'affaire a été renvoyée au 12 octobre.", "2023-10-12"),
            ("Le procès a été reporté au 2 février.", "2024-02-02"),
            ("Le procès a été reporté à mardi.", "2023-05-23"),
            // The same verbs without "au": the past tense rules.
            ("L'armée a repoussé une attaque le 3 mai.", "2023-05-03"),
            ("Le verdict a été rendu le 14 avril.", "2023-04-14"),
            // The active voice, the object between.
            ("La juge a renvoyé l'affaire au 12 octobre.", "2023-10-12"),
            // Put off, then over: the past.
            (
                "Le procès, qui avait été renvoyé au 10 mai, s'est tenu.",
                "2023-05-10",
            ),
            (
                "L'audience, reportée à mardi, s'est tenue sans incident.",
                "2023-05-16",
            ),
            // Set to a date, the object between.
            (
                "Le gouvernement a fixé la date du scrutin au 18 juin.",
                "2023-06-18",
            ),
            // Called or set for a date: after "pour", after an appeal and
            // its infinitive.
            (
                "L'intersyndicale a appelé à manifester le 6 juin.",
                "2023-06-06",
            ),
            (
                "Les syndicats ont déposé un préavis de grève pour le 1er juin.",
                "2023-06-01",
            ),
            // "pour" measuring a period: no call.
            (
                "Le site a recensé 2 millions de visites pour le mois de décembre.",
                "2022-12",
            ),
            // Called for, a day just past: the nearer reading, not next
            // year's (read on Saturday 20 May).
            (
                "Les syndicats ont appelé à manifester le 16 mai.",
                "2023-05-16",
            ),
            // Called for, then over.
            (
                "Appelés à voter le 6 mai, les électeurs ont boudé les urnes.",
                "2023-05-06",
            ),
        ] {
            assert_eq!(one_on(text, on).1, v, "{text}");
        }
    }

    #[test]
    fn this_weekend_follows_the_tense() {
        // Read on Wednesday 24 May 2023, then on Sunday 21 May.
        let wed = Some(Reference::parse("2023-05-24").unwrap());
        let sun = Some(Reference::parse("2023-05-21").unwrap());
        for (text, on, v) in [
            (
                "Le navire a coulé ce week-end.",
                wed,
                "2023-05-20/2023-05-21",
            ),
            (
                "Le Grand Prix se court ce week-end.",
                wed,
                "2023-05-27/2023-05-28",
            ),
            ("Il viendra ce week-end.", wed, "2023-05-27/2023-05-28"),
            (
                "Le navire a coulé ce week-end.",
                sun,
                "2023-05-20/2023-05-21",
            ),
        ] {
            assert_eq!(one_on(text, on).1, v, "{text}");
        }
    }

    #[test]
    fn a_reported_clause_keeps_its_own_tense() {
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, v) in [
            (
                "Mardi, le ministre a annoncé qu'il se rendra à Kiev.",
                "2023-05-16",
            ),
            (
                "Le 12 mai, il a promis qu'il mettra fin aux abus.",
                "2023-05-12",
            ),
            ("Il a annoncé qu'il signera le 3 juin.", "2023-06-03"),
            ("Il a dit qu'il partira mardi.", "2023-05-23"),
        ] {
            assert_eq!(one_on(text, on).1, v, "{text}");
        }
        // Two clauses, two tenses: each date takes the nearest, the verb
        // before it first.
        for (text, vs) in [
            (
                "Le chantier a démarré mardi 16 et doit s'achever le 30.",
                ["2023-05-16", "2023-05-30"],
            ),
            (
                "Un train sur dix circulera mardi, a annoncé la SNCF lundi.",
                ["2023-05-23", "2023-05-15"],
            ),
            (
                "Le sommet, qui s'est ouvert mardi, se terminera jeudi.",
                ["2023-05-16", "2023-05-25"],
            ),
        ] {
            let got: Vec<String> = dates(text, on).dates.into_iter().map(|d| d.value).collect();
            assert_eq!(got, vs, "{text}");
        }
        // "déjà" goes with any tense.
        assert_eq!(one_on("Il sera déjà parti mardi.", on).1, "2023-05-23");
        // The conditional of a reported clause is a future seen from the
        // past; the imperfect, whose endings look alike, a past.
        for (text, v) in [
            (
                "Il a indiqué que la réforme entrerait en vigueur le 1er septembre.",
                "2023-09-01",
            ),
            ("Il a annoncé qu'il se rendrait mardi à Kiev.", "2023-05-23"),
            ("Il a dit que la réunion aurait lieu mardi.", "2023-05-23"),
            ("Le soldat aurait été tué mardi.", "2023-05-16"),
            ("Il espérait mardi une victoire.", "2023-05-16"),
            ("Le camion livrait mardi des vivres.", "2023-05-16"),
            ("La situation se détériorait lundi.", "2023-05-15"),
            ("La réunion durait encore mardi.", "2023-05-16"),
        ] {
            assert_eq!(one_on(text, on).1, v, "{text}");
        }
    }

    #[test]
    fn a_count_after_a_day_is_no_year() {
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, mention) in [
            ("Le 16 mai, 1 500 policiers étaient déployés.", "Le 16 mai"),
            (
                "Mardi 16 mai, 1500 policiers étaient déployés.",
                "Mardi 16 mai",
            ),
            (
                "Depuis le 1er janvier, 1 200 migrants ont traversé.",
                "Depuis le 1er janvier",
            ),
            ("Le 3 mars 2 000 personnes ont défilé.", "Le 3 mars"),
            // A year after the comma that closes its clause is the day's.
            ("Le 16 mai, 2022, il a parlé.", "Le 16 mai, 2022"),
        ] {
            assert_eq!(one_on(text, on).0, mention, "{text}");
        }
    }

    #[test]
    fn a_future_interval_holding_the_reference_is_the_current_one() {
        // Read on Saturday 20 May 2023.
        let on = Some(Reference::parse("2023-05-20").unwrap());
        for (text, v) in [
            (
                "Le festival aura lieu du 18 au 22 mai.",
                "2023-05-18/2023-05-22",
            ),
            ("La foire se tiendra de mars à juin.", "2023-03/2023-06"),
            (
                "L'exposition sera ouverte de mai à août.",
                "2023-05/2023-08",
            ),
            // Wholly past: the next one.
            (
                "Le festival aura lieu du 1er au 10 mai.",
                "2024-05-01/2024-05-10",
            ),
            ("La foire se tiendra de mars à avril.", "2024-03/2024-04"),
            // Wholly future: this year's.
            (
                "Le salon se tiendra du 30 décembre au 2 janvier.",
                "2023-12-30/2024-01-02",
            ),
            // Past tense: unchanged.
            (
                "Le festival a eu lieu du 1er au 10 mai.",
                "2023-05-01/2023-05-10",
            ),
        ] {
            assert_eq!(one_on(text, on).1, v, "{text}");
        }
    }

    #[test]
    fn a_direction_keeps_the_part_of_its_period() {
        // (sentence, mention, value, modifier, part)
        use Modifier::*;
        let cases = [
            (
                "Depuis fin 2022, la guerre dure.",
                "Depuis fin 2022",
                "2022",
                Since,
                End,
            ),
            (
                "Il reste jusqu'à début mars 2024.",
                "jusqu'à début mars 2024",
                "2024-03",
                Until,
                Start,
            ),
            (
                "Avant la mi-juin 2023, rien.",
                "Avant la mi-juin 2023",
                "2023-06",
                Before,
                Mid,
            ),
            (
                "Après fin mai 2021, tout a changé.",
                "Après fin mai 2021",
                "2021-05",
                After,
                End,
            ),
            (
                "Dès la fin 2019, il savait.",
                "Dès la fin 2019",
                "2019",
                Since,
                End,
            ),
            (
                "Les prix montent depuis la fin de l'année 2022.",
                "depuis la fin de l'année 2022",
                "2022",
                Since,
                End,
            ),
            // Seven tokens of cues before the period's noun.
            (
                "D'ici à la fin de l'année, le chantier sera fini.",
                "D'ici à la fin de l'année",
                "2023",
                Until,
                End,
            ),
            (
                "À partir de la fin de la semaine, il pleuvra.",
                "À partir de la fin de la semaine",
                "2023-W21",
                Since,
                End,
            ),
        ];
        for (text, mention, v, m, part) in cases {
            let t = dates(text, reference());
            assert_eq!(t.dates.len(), 1, "{text}: {t:?}");
            let d = &t.dates[0];
            assert_eq!(
                (d.text.as_str(), d.value.as_str(), d.modifier, d.part),
                (mention, v, Some(m), Some(part)),
                "{text}"
            );
        }
        // A part alone is both; a direction alone has no part.
        let d = &dates("Fin 2022, tout a changé.", reference()).dates[0];
        assert_eq!((d.modifier, d.part), (Some(End), Some(End)));
        let d = &dates("Depuis mars 2022, tout a changé.", reference()).dates[0];
        assert_eq!((d.modifier, d.part), (Some(Since), None));
        // One level only: the cue repeated reads the last one.
        let t = dates("depuis depuis depuis fin 2022", reference());
        assert_eq!(t.dates.len(), 1);
        assert_eq!(t.dates[0].text, "depuis fin 2022");
    }

    #[test]
    fn duration_ranges() {
        // (sentence, mention, low, high)
        let cases = [
            (
                "Il encourt de 3 à 5 ans de prison.",
                "de 3 à 5 ans",
                "P3Y",
                "P5Y",
            ),
            (
                "Les travaux dureront entre 10 et 15 jours.",
                "entre 10 et 15 jours",
                "P10D",
                "P15D",
            ),
            (
                "Comptez deux à trois semaines.",
                "deux à trois semaines",
                "P2W",
                "P3W",
            ),
            (
                "Durant deux ou trois mois, rien n'a bougé.",
                "Durant deux ou trois mois",
                "P2M",
                "P3M",
            ),
            ("Un chantier de 3-5 ans.", "3-5 ans", "P3Y", "P5Y"),
            (
                "Il faudra entre deux et trois heures.",
                "entre deux et trois heures",
                "PT2H",
                "PT3H",
            ),
            (
                "Un trajet de 1,5 à 2 heures de route.",
                "de 1,5 à 2 heures",
                "PT1.5H",
                "PT2H",
            ),
            (
                "Le vol dure de 14 à 16 heures.",
                "de 14 à 16 heures",
                "PT14H",
                "PT16H",
            ),
            // More than a day of hours is a length; "passer" spends one.
            (
                "Une trêve de 48 à 72 heures.",
                "de 48 à 72 heures",
                "PT48H",
                "PT72H",
            ),
            (
                "Ils passent de 3 à 5 heures par jour devant les écrans.",
                "de 3 à 5 heures",
                "PT3H",
                "PT5H",
            ),
            (
                "Il a passé de 3 à 5 ans en détention.",
                "de 3 à 5 ans",
                "P3Y",
                "P5Y",
            ),
            // Two lengths joined by a dash, each with its unit, where no
            // clock span reads them.
            (
                "Le trajet dure 2 h – 2 h 30 selon le trafic.",
                "2 h – 2 h 30",
                "PT2H",
                "PT2H30M",
            ),
            (
                "Il faut compter 3 h-4 h de marche.",
                "3 h-4 h",
                "PT3H",
                "PT4H",
            ),
            (
                "Comptez 45 min-1 h de route.",
                "45 min-1 h",
                "PT45M",
                "PT1H",
            ),
            (
                "Il a dormi 6 h - 7 h par nuit.",
                "6 h - 7 h",
                "PT6H",
                "PT7H",
            ),
        ];
        for (text, mention, low, high) in cases {
            let t = dates(text, reference());
            assert_eq!(t.durations.len(), 1, "{text}: {t:?}");
            assert!(t.dates.is_empty(), "{text}: {t:?}");
            let d = &t.durations[0];
            assert_eq!(d.text, mention, "{text}");
            assert_eq!(d.qualifier, Qualifier::Range, "{text}");
            assert_eq!(d.low.as_deref(), Some(low), "{text}");
            assert_eq!(d.high.as_deref(), Some(high), "{text}");
            assert_eq!(d.value, high, "{text}");
        }
        // A single amount has no bounds.
        let t = dates("Il a attendu trois semaines.", reference());
        assert_eq!(
            (t.durations[0].low.as_ref(), t.durations[0].high.as_ref()),
            (None, None)
        );
        // No range: an age (also in groups, after "avoir", with a
        // qualifier between), falling amounts, and the tail of either alone.
        for text in [
            "Des enfants de 3 à 5 ans jouaient.",
            "Ils étaient âgés de 20 à 25 ans.",
            "Les élèves de 6 à 10 ans ont été évacués.",
            "Un contrat de 5 à 3 ans, absurde.",
            "Les enfants de moins de 3 ans sont vulnérables.",
            "Les moins de 18 ans votent peu.",
            "Les 18-25 ans votent peu.",
            "Les victimes avaient entre 20 et 30 ans.",
            "Il a 30 ans.",
        ] {
            let t = dates(text, reference());
            assert!(t.durations.is_empty(), "{text}: {t:?}");
        }
        // A change goes from one length to the other: both lengths, exact.
        for text in [
            "Le mandat passe de 5 à 7 ans.",
            "La peine a été portée de 5 à 7 ans.",
        ] {
            let t = dates(text, reference());
            let got: Vec<_> = t
                .durations
                .iter()
                .map(|d| (d.text.as_str(), d.qualifier))
                .collect();
            assert_eq!(
                got,
                [("5", Qualifier::Exact), ("7 ans", Qualifier::Exact)],
                "{text}"
            );
        }
        // Also past the verb's object, and either way.
        let t = dates("La cour a réduit sa peine de 10 à 8 ans.", reference());
        let got: Vec<_> = t.durations.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(got, ["P10Y", "P8Y"]);
        let t = dates("Le temps d'attente est passé de 3 à 5 heures.", reference());
        assert!(t.dates.is_empty(), "{t:?}");
        let got: Vec<_> = t.durations.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(got, ["PT3H", "PT5H"]);
        // Not ages.
        for text in [
            "Il a été condamné à 5 ans.",
            "Les deux ans de guerre ont épuisé le pays.",
        ] {
            assert_eq!(dates(text, reference()).durations.len(), 1, "{text}");
        }
        // Lengths of hours: per day, waited, alternatives.
        for text in [
            "Les ouvriers travaillent de 10 à 12 heures par jour.",
            "Les patients attendent en moyenne de 4 à 6 heures.",
            "Ils ont attendu 2 ou 3 heures sur le tarmac.",
        ] {
            let t = dates(text, reference());
            assert!(t.dates.is_empty(), "{text}: {t:?}");
            assert_eq!(t.durations[0].qualifier, Qualifier::Range, "{text}");
        }
        // A year is no first amount: the length after it stands.
        let t = dates("Il a été condamné en 2019 à 5 ans de prison.", reference());
        assert_eq!(t.durations.len(), 1, "{t:?}");
        assert_eq!(t.durations[0].value, "P5Y");
    }

    #[test]
    fn hours_sharing_their_unit_are_a_clock_interval() {
        let cases = [
            (
                "De 14 à 16 heures, réunion.",
                "De 14 à 16 heures",
                "2023-05-24T14:00/2023-05-24T16:00",
            ),
            (
                "Entre 8 et 10 heures, les bus ne circulent pas.",
                "Entre 8 et 10 heures",
                "2023-05-24T08:00/2023-05-24T10:00",
            ),
            (
                "Il dormait entre 2 et 3 heures du matin.",
                "entre 2 et 3 heures du matin",
                "2023-05-24T02:00/2023-05-24T03:00",
            ),
            // A night ends on the next day.
            (
                "Le bureau ouvre de 22 à 2 heures.",
                "de 22 à 2 heures",
                "2023-05-24T22:00/2023-05-25T02:00",
            ),
            (
                "Accueil de 14 à 16h30.",
                "de 14 à 16h30",
                "2023-05-24T14:00/2023-05-24T16:30",
            ),
            // The half of the day is both ends'.
            (
                "Fête de 8 à 10 heures du soir.",
                "de 8 à 10 heures du soir",
                "2023-05-24T20:00/2023-05-24T22:00",
            ),
            // "de" and a manner: no activity.
            (
                "Ouvert de 9 à 17 heures de façon continue.",
                "de 9 à 17 heures",
                "2023-05-24T09:00/2023-05-24T17:00",
            ),
            // Two clock tokens joined by a dash.
            (
                "Permanence : 14h-18h, salle Pasteur.",
                "14h-18h",
                "2023-05-24T14:00/2023-05-24T18:00",
            ),
            (
                "Accueil 9h30 – 12h30, sauf le lundi.",
                "9h30 – 12h30",
                "2023-05-24T09:30/2023-05-24T12:30",
            ),
            (
                "Le bar est ouvert 22h-2h.",
                "22h-2h",
                "2023-05-24T22:00/2023-05-25T02:00",
            ),
            // Spaced clocks and dashes, and about such a span.
            (
                "La mairie est ouverte 8 h 30 – 17 h, sauf le samedi.",
                "8 h 30 – 17 h",
                "2023-05-24T08:30/2023-05-24T17:00",
            ),
            (
                "Le bureau de vote ouvre de 8 h - 20 h.",
                "de 8 h - 20 h",
                "2023-05-24T08:00/2023-05-24T20:00",
            ),
            (
                "Les tirs ont repris vers 14h-15h.",
                "vers 14h-15h",
                "2023-05-24T14:00/2023-05-24T15:00",
            ),
            // A spaced hour unit before a tight dash; the same hour, a
            // later minute; "à" before the span.
            (
                "La réunion aura lieu vers 14 h-15 h.",
                "vers 14 h-15 h",
                "2023-05-24T14:00/2023-05-24T15:00",
            ),
            (
                "Le point presse est prévu vers 14h-14h30.",
                "vers 14h-14h30",
                "2023-05-24T14:00/2023-05-24T14:30",
            ),
            (
                "Rendez-vous à 9 h – 10 h 30 devant la mairie.",
                "à 9 h – 10 h 30",
                "2023-05-24T09:00/2023-05-24T10:30",
            ),
        ];
        for (text, mention, v) in cases {
            let (m, value, _, _, k) = one(text);
            assert_eq!(
                (m.as_str(), value.as_str(), k),
                (mention, v, DateKind::Interval),
                "{text}"
            );
            assert!(dates(text, reference()).durations.is_empty(), "{text}");
        }
        // The day before it carries it: one mention.
        let (m, _, _, _, _) = one("Réunion le 3 mai de 14 à 16 heures.");
        assert_eq!(m, "le 3 mai de 14 à 16 heures");
        // An end before the start that is no night: no interval.
        let t = dates("de 11 à 9 heures", reference());
        assert!(
            t.dates.iter().all(|d| d.kind != DateKind::Interval),
            "{t:?}"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(
            duration("Cela fait plus d'un an."),
            (
                "plus d'un an".into(),
                "P1Y".into(),
                Qualifier::MoreThan,
                false
            )
        );
        assert_eq!(duration("Il a attendu deux semaines.").1, "P2W");
        assert_eq!(duration("Il a attendu 48 heures.").1, "PT48H");
        assert_eq!(duration("Il a attendu 48h.").1, "PT48H");
        let (_, v, q, _) = duration("Il a attendu un peu moins d'un mois.");
        assert_eq!((v.as_str(), q), ("P1M", Qualifier::LessThan));
        let (_, v, _, vague) = duration("Il a attendu plusieurs semaines.");
        assert_eq!((v.as_str(), vague), ("PXW", true));
        assert_eq!(duration("Temps de lecture 2 min.").0, "2 min");
        assert_eq!(duration("Temps de lecture 2 min.").1, "PT2M");
        assert_eq!(duration("Il a attendu un an et demi.").1, "P18M");
        assert_eq!(duration("Il a attendu une demi-heure.").1, "PT30M");
        assert_eq!(duration("Il a attendu un quart d'heure.").1, "PT15M");
        assert_eq!(
            duration("Il a parlé pendant deux heures.").0,
            "pendant deux heures"
        );
    }

    #[test]
    fn sets() {
        let cases = [
            (
                "Le service est ouvert 24 heures sur 24.",
                "PT1H",
                Grain::Hour,
            ),
            ("Le service est ouvert 7 jours sur 7.", "P1D", Grain::Day),
            ("Le service est ouvert 24h/24.", "PT1H", Grain::Hour),
            ("Il court chaque jour.", "P1D", Grain::Day),
            ("Il court tous les mardis.", "XXXX-WXX-2", Grain::Day),
            ("Il court deux fois par semaine.", "P1W", Grain::Week),
            ("Il court tous les deux jours.", "P2D", Grain::Day),
            // A day of the year, every year.
            (
                "Ils se retrouvent, comme chaque 11 novembre.",
                "XXXX-11-11",
                Grain::Day,
            ),
            ("Tous les 1er mai, ils défilent.", "XXXX-05-01", Grain::Day),
            (
                "Chaque année, le 8 mai, les anciens se retrouvent.",
                "XXXX-05-08",
                Grain::Day,
            ),
            (
                "Le 21 juin de chaque année, la musique est à la fête.",
                "XXXX-06-21",
                Grain::Day,
            ),
        ];
        for (text, v, g) in cases {
            let (_, val, grain, _, kind) = one(text);
            assert_eq!((val.as_str(), grain, kind), (v, g, DateKind::Set), "{text}");
        }
    }

    #[test]
    fn vague_references_are_flagged_not_invented() {
        for text in [
            "Ils ont fui ces derniers mois.",
            "Ils ont fui ces derniers temps.",
            "Ils ont fui récemment.",
        ] {
            let t = dates(text, reference());
            assert_eq!(t.dates.len(), 1, "{text}");
            assert_eq!(t.dates[0].value, "PAST_REF");
            assert!(!t.dates[0].resolved);
        }
    }

    #[test]
    fn not_dates() {
        for text in [
            "Un F-16 a survolé la zone.",
            "Il regarde la 7 depuis son canapé.",
            "Le 1442e régiment a fui.",
            "Il y a 6543 demandes.",
            "Appelez le 06 12 34 56 78.",
            "Voir page 12 du rapport.",
            "Il a été élu par 2022 voix.",
            "Il a été blessé.",
            "Un jour, il partira.",
            "Le lundi, il travaille.",
        ] {
            let t = dates(text, reference());
            assert!(
                t.dates.is_empty() && t.durations.is_empty(),
                "{text}: {t:?}"
            );
        }
    }

    #[test]
    fn partial_and_absent_references() {
        let month = Some(Reference::Month {
            year: 2023,
            month: 9,
        });
        let t = dates("Un ordre est arrivé aujourd'hui.", month);
        assert_eq!(
            (t.dates[0].value.as_str(), t.dates[0].resolved),
            ("2023-09-XX", false)
        );
        let t = dates("Les prix ont monté le mois dernier.", month);
        assert_eq!(
            (t.dates[0].value.as_str(), t.dates[0].resolved),
            ("2023-08", true)
        );
        let t = dates("Les faits remontent au 9 mai dernier.", None);
        assert_eq!(
            (t.dates[0].value.as_str(), t.dates[0].resolved),
            ("XXXX-05-09", false)
        );
        let t = dates("Il est venu hier.", None);
        assert_eq!(
            (t.dates[0].value.as_str(), t.dates[0].resolved),
            ("XXXX-XX-XX", false)
        );
        let t = dates("Il est né le 18 mai 2022.", None);
        assert_eq!(
            (t.dates[0].value.as_str(), t.dates[0].resolved),
            ("2022-05-18", true)
        );
        let t = dates("Il a voté l'an dernier.", Some(Reference::Year(2023)));
        assert_eq!(t.dates[0].value, "2022");
    }

    #[test]
    fn compositions_and_later_rules() {
        // a time written after or before its day
        let (t, v, _, _, k) = one("Le sommet s'ouvrira jeudi prochain à 9h30.");
        assert_eq!(
            (t.as_str(), v.as_str(), k),
            (
                "jeudi prochain à 9h30",
                "2023-05-25T09:30",
                DateKind::Datetime
            )
        );
        assert_eq!(
            value("Il a atterri à 3 heures cet après-midi."),
            "2023-05-24T15:00"
        );
        assert_eq!(value("Rendez-vous 8 heures ce soir."), "2023-05-24T20:00");
        assert_eq!(
            value("La réunion a eu lieu de 9h30 à 11h lundi."),
            "2023-05-22T09:30/2023-05-22T11:00"
        );
        // weekday of a relative week
        assert_eq!(
            value("Il viendra mardi de la semaine prochaine."),
            "2023-05-30"
        );
        assert_eq!(
            value("Il est venu lundi de la semaine dernière."),
            "2023-05-15"
        );
        // a weekday and a day number pick the month where they agree
        assert_eq!(value("Le vote a eu lieu jeudi 11."), "2023-05-11");
        assert_eq!(value("Le vote a eu lieu jeudi 13."), "2023-04-13");
        // numeric dates
        assert_eq!(value("Le décret du 17/02 est paru."), "2023-02-17");
        assert_eq!(value("Né le 3/4/1990."), "1990-04-03");
        // holidays
        assert_eq!(value("Ils se sont revus à Noël."), "2022-12-25");
        assert_eq!(value("La Toussaint 2021 a été pluvieuse."), "2021-11-01");
        // the last / next N periods
        assert_eq!(
            value("Il a plu ces 3 derniers jours."),
            "2023-05-21/2023-05-23"
        );
        assert_eq!(
            value("Les 2 prochaines semaines seront décisives."),
            "2023-W22/2023-W23"
        );
        // intervals without opener and with weekday-prefixed days
        assert_eq!(
            value("Le salon se tient 13 juillet - 15 juillet 2023."),
            "2023-07-13/2023-07-15"
        );
        assert_eq!(
            value("Le salon s'est tenu du samedi 13 au dimanche 14 mai."),
            "2023-05-13/2023-05-14"
        );
        // word minutes
        assert_eq!(
            value("Le train part à quinze heures trente."),
            "2023-05-24T15:30"
        );
        assert_eq!(
            value("Le train part à midi moins cinq."),
            "2023-05-24T11:55"
        );
        // ordinals inside a month, the week of a day
        assert_eq!(
            value("Il est arrivé la première semaine d'octobre 2022."),
            "2022-W40"
        );
        assert_eq!(
            value("Il est parti la dernière semaine de septembre 2022."),
            "2022-W38"
        );
        assert_eq!(
            value("Il était absent la semaine du 9 octobre 2022."),
            "2022-W41"
        );
        assert_eq!(
            value("Il était absent la semaine du 10 octobre 2022."),
            "2022-W41"
        );
        assert_eq!(value("Il part le dernier jour du mois."), "2023-05-31");
        assert_eq!(
            value("La réunion a lieu le premier mercredi du mois prochain."),
            "2023-06-07"
        );
        assert_eq!(
            value("Les travaux ont eu lieu la deuxième quinzaine d'avril."),
            "2023-04-16/2023-04-30"
        );
        assert_eq!(value("Il était absent la semaine du 6 mars."), "2023-W10");
        // month-first dates with a year, abbreviated weekday before a time
        assert_eq!(value("Publié le vendredi, décembre 5 2014."), "2014-12-05");
        assert_eq!(value("Mis à jour Jeu. 15:12"), "2023-05-18T15:12");
        assert_eq!(value("Il reviendra lundi en huit."), "2023-06-05");
        assert_eq!(value("Il reviendra jeudi en quinze."), "2023-06-08");
        let (_, v, _, m, _) = one("Le texte sera voté en fin de journée.");
        assert_eq!((v.as_str(), m), ("2023-05-24", Some(Modifier::End)));
        let (_, v, _, m, _) = one("Il a appelé hier en début de journée.");
        assert_eq!((v.as_str(), m), ("2023-05-23", Some(Modifier::Start)));
        assert_eq!(
            value("Le traité a été signé le six avril deux mille dix-sept."),
            "2017-04-06"
        );
        assert_eq!(one("Ils sont partis aux aurores.").3, Some(Modifier::Dawn));
        assert_eq!(
            one("Le 9 mai deux mille manifestants ont défilé.").0,
            "Le 9 mai"
        );
        // "il ya" (a frequent typing of "il y a")
        assert_eq!(value("Il est parti il ya deux jours."), "2023-05-22");
    }

    #[test]
    fn compound_durations() {
        assert_eq!(
            duration("Il a couru une minute et trois secondes.").1,
            "PT1M3S"
        );
        // Race times with hundredths of a second.
        let (m, v, ..) = duration("Bolt a couru le 100 m en 9 s 58.");
        assert_eq!((m.as_str(), v.as_str()), ("9 s 58", "PT9.58S"));
        let (m, v, ..) = duration("Il a couru le 1500 m en 3 min 49 s 11, un record.");
        assert_eq!((m.as_str(), v.as_str()), ("3 min 49 s 11", "PT3M49.11S"));
        // Not a count after the seconds.
        assert!(
            dates("Il a tenu 30 s 2 fois.", reference())
                .durations
                .is_empty()
        );
        assert_eq!(duration("Il a couru une heure trente.").1, "PT1H30M");
        assert_eq!(duration("Il a couru une heure et quart.").1, "PT1H15M");
        assert_eq!(duration("Il a couru pendant 2h.").1, "PT2H");
    }

    #[test]
    fn mask_keeps_agreeing_components() {
        assert_eq!(
            mask("2023-09-01", "2023-09-30"),
            ("2023-09-XX".into(), false)
        );
        assert_eq!(mask("2023-W35", "2023-W39"), ("2023-WXX".into(), false));
        assert_eq!(mask("2023", "2023"), ("2023".into(), true));
    }

    #[test]
    fn numeric_days_apart() {
        let t = |x: &str| one(x);
        let (text, v, ..) = t("Le scrutin a eu lieu le 20 02 2014 dans le calme.");
        assert_eq!((text.as_str(), v.as_str()), ("le 20 02 2014", "2014-02-20"));
        assert_eq!(
            value("Né le 3 4 1987 à Lyon, il a grandi ici."),
            "1987-04-03"
        );
        assert_eq!(value("Facture 24 12 22 : réglée."), "2022-12-24");
        assert_eq!(value("Facture 24 12 2022 réglée."), "2022-12-24");
        assert_eq!(value("Publié le 17 02."), "2023-02-17");
        assert_eq!(value("Mise à jour : 2015-3-3"), "2015-03-03");
        // Two small numbers without article or year are no date; nor a
        // phone number or a longer series.
        for text in [
            "Les lots 20 02 et 21 03 sont vendus.",
            "Appelez le 06 12 34 56 78.",
            "Les scores : 20 12 15 8.",
            "Il a vu 17 2 fois le film.",
        ] {
            assert!(dates(text, reference()).dates.is_empty(), "{text}");
        }
        assert_eq!(value("Il a signé le 31 octobre 74."), "1974-10-31");
        // a two-digit number after a date that counts something is no year
        let t2 = dates("Le 31 octobre 74 manifestants ont défilé.", reference());
        assert_eq!(t2.dates[0].value, "2022-10-31");
    }

    #[test]
    fn bare_day_of_the_month() {
        let (text, v, g, ..) = one("Il est arrivé le 16.");
        assert_eq!(
            (text.as_str(), v.as_str(), g),
            ("le 16", "2023-05-16", Grain::Day)
        );
        assert_eq!(value("Il reviendra le 2, dit-il."), "2023-06-02");
        let (_, v, _, m, _) = one("À partir du 8, les bureaux fermeront.");
        assert_eq!((v.as_str(), m), ("2023-06-08", Some(Modifier::Since)));
        for text in [
            "Composez le 17.",
            "Il est classé le 3, derrière le 2.",
            "Le 15 de France a gagné.",
            "Il a gagné le 2 à 1.",
            "Il a fini le 16e.",
            "Elle présente le 20 heures.",
            "Il regarde la 7.",
        ] {
            assert!(dates(text, reference()).dates.is_empty(), "{text}");
        }
        // A number to call before a time: the time alone.
        for text in [
            "Composez le 17 à 14 h.",
            "Les secours ont été alertés via le 18 vers 22 heures.",
        ] {
            let t = dates(text, reference());
            assert!(
                t.dates.iter().all(|d| d.kind == DateKind::Time),
                "{text}: {t:?}"
            );
        }
        // A day after a past "appelé" all the same.
        assert_eq!(
            value("Il a appelé le 6 à 10 h pour confirmer."),
            "2023-05-06T10:00"
        );
        // a day number in words after a weekday, before a time
        assert_eq!(
            value("Il est venu vendredi douze à 16h."),
            "2023-05-12T16:00"
        );
        let t = dates("Vendredi trois manifestants ont été arrêtés.", reference());
        assert_eq!(t.dates.len(), 1);
        assert_eq!(t.dates[0].text, "Vendredi");
    }

    #[test]
    fn weekdays_of_later_weeks() {
        // The reference is a Wednesday.
        assert_eq!(value("Il reviendra mercredi en huit."), "2023-05-31");
        assert_eq!(value("Il reviendra mercredi en quinze."), "2023-06-07");
        assert_eq!(value("Il reviendra mardi d'après."), "2023-05-30");
        assert_eq!(value("Il viendra jeudi suivant."), "2023-06-01");
        assert_eq!(value("Il viendra jeudi qui suit."), "2023-06-01");
    }

    #[test]
    fn clock_phrasings() {
        assert_eq!(value("15h : point presse à la mairie."), "2023-05-24T15:00");
        assert_eq!(value("Le cortège partira samedi 15h."), "2023-05-27T15:00");
        assert_eq!(
            value("Le train part à onze heures trois quarts."),
            "2023-05-24T11:45"
        );
        assert_eq!(
            value("Onze heures moins le quart, le train part."),
            "2023-05-24T10:45"
        );
        assert_eq!(
            value("Le train part à 15h passé de 10 minutes."),
            "2023-05-24T15:10"
        );
        let (text, v, ..) = one("Rendez-vous à 9 heures pile.");
        assert_eq!(
            (text.as_str(), v.as_str()),
            ("à 9 heures pile", "2023-05-24T09:00")
        );
        assert_eq!(value("Il arrive 18 heures précises."), "2023-05-24T18:00");
        // an hour alone inside a sentence is a length
        for (text, want) in [
            ("Il a dormi 15h.", "PT15H"),
            ("Une garde à vue de 15h.", "PT15H"),
            ("15h de garde à vue.", "PT15H"),
            ("Il s'est rendu. 12h plus tard, il parlait.", "PT12H"),
            ("Le trajet dure environ 1h30.", "PT1H30M"),
        ] {
            let t = dates(text, reference());
            assert!(t.dates.is_empty(), "{text}: {:?}", t.dates);
            assert_eq!(duration(text).1, want, "{text}");
        }
        assert_eq!(value("Il arrive vers 1h30."), "2023-05-24T01:30");
        let (text, v, _, m, _) = one("Dès 6h, la police était là.");
        assert_eq!(
            (text.as_str(), v.as_str(), m),
            ("Dès 6h", "2023-05-24T06:00", Some(Modifier::Since))
        );
    }

    #[test]
    fn parts_of_the_day_and_meals() {
        let pm = |text: &str| {
            let (t, v, g, m, _) = one(text);
            (t, v, g, m)
        };
        let s = |x: &str| x.to_string();
        for (text, want) in [
            (
                "L'après-midi, la séance a repris.",
                (
                    s("L'après-midi"),
                    s("2023-05-24"),
                    Grain::Day,
                    Some(Modifier::Afternoon),
                ),
            ),
            (
                "Il est parti le matin très tôt.",
                (
                    s("le matin très tôt"),
                    s("2023-05-24"),
                    Grain::Day,
                    Some(Modifier::Morning),
                ),
            ),
            (
                "Le ministre s'exprimera à l'heure du déjeuner.",
                (
                    s("à l'heure du déjeuner"),
                    s("2023-05-24"),
                    Grain::Day,
                    Some(Modifier::Midday),
                ),
            ),
            (
                "Ils se sont revus après le déjeuner.",
                (
                    s("après le déjeuner"),
                    s("2023-05-24"),
                    Grain::Day,
                    Some(Modifier::Afternoon),
                ),
            ),
            (
                "Il la rejoint après le travail.",
                (
                    s("après le travail"),
                    s("2023-05-24"),
                    Grain::Day,
                    Some(Modifier::Evening),
                ),
            ),
            (
                "Ils sont partis au lever du soleil.",
                (
                    s("au lever du soleil"),
                    s("2023-05-24"),
                    Grain::Day,
                    Some(Modifier::Dawn),
                ),
            ),
            (
                "Le vote aura lieu dans la journée.",
                (s("dans la journée"), s("2023-05-24"), Grain::Day, None),
            ),
            (
                "Le texte sera publié dans la semaine.",
                (s("dans la semaine"), s("2023-W21"), Grain::Week, None),
            ),
            (
                "Il a parlé dans la matinée du 12 mai.",
                (
                    s("dans la matinée du 12 mai"),
                    s("2023-05-12"),
                    Grain::Day,
                    Some(Modifier::Morning),
                ),
            ),
            (
                "La réunion a eu lieu lundi fin d'après-midi.",
                (
                    s("lundi fin d'après-midi"),
                    s("2023-05-22"),
                    Grain::Day,
                    Some(Modifier::Afternoon),
                ),
            ),
        ] {
            assert_eq!(pm(text), want, "{text}");
        }
        // the noun with a complement is not the time of day; nor the part
        // of an event's day
        for text in [
            "Après le travail de la commission, le vote.",
            "Le soir du drame, il était absent.",
            "Le matin de son départ, il pleuvait.",
            "Dans les 15 jours qui ont suivi, rien.",
        ] {
            assert!(dates(text, reference()).dates.is_empty(), "{text}");
        }
        assert!(
            dates("Le soir même, il partait.", reference())
                .dates
                .is_empty()
        );
        // "dans la semaine" followed by what names it
        assert_eq!(value("Il viendra dans la semaine du 5 juin."), "2023-W23");
        // a part of the day after a time moves it to the afternoon
        assert_eq!(
            value("Il arrivera le 26 vers 6h dans la soirée."),
            "2023-05-26T18:00"
        );
        // week-ends of a month, by their Saturday
        let (_, v, g, ..) = one("Le festival aura lieu le premier week-end de juillet.");
        assert_eq!((v.as_str(), g), ("2023-07-01/2023-07-02", Grain::Weekend));
        assert_eq!(
            value("La fête a eu lieu le dernier week-end d'avril."),
            "2023-04-29/2023-04-30"
        );
        assert_eq!(
            value("On fête le réveillon de la Saint Sylvestre."),
            "2022-12-31"
        );
    }

    #[test]
    fn intervals_of_times_and_within() {
        assert_eq!(
            value("La permanence est ouverte de 11h30 à 1h30."),
            "2023-05-24T11:30/2023-05-24T13:30"
        );
        // a night keeps its hours and ends on the next day
        assert_eq!(
            value("La fête a duré de 22h à 2h."),
            "2023-05-24T22:00/2023-05-25T02:00"
        );
        assert_eq!(
            value("Il est joignable entre midi et 2."),
            "2023-05-24T12:00/2023-05-24T14:00"
        );
        // a bare day after "à" without article is no day interval
        assert!(dates("Ils étaient de 5 à 7.", reference()).dates.is_empty());
        assert_eq!(
            value("Il rendra sa copie d'ici 2 semaines."),
            "2023-05-24/2023-06-07"
        );
        assert_eq!(value("Il part dans les 15 jours."), "2023-05-24/2023-06-08");
        assert_eq!(
            value("La loi passera d'ici trois mois."),
            "2023-05-24/2023-08-24"
        );
        assert_eq!(value("Le bilan d'ici 2025."), "2025");
        // the tokeniser's unambiguous weekday abbreviations (no tense: the
        // nearer Friday, the coming one)
        assert_eq!(value("Rendez-vous ven. 15:30"), "2023-05-26T15:30");
    }

    #[test]
    fn hour_fractions_and_primes() {
        for (text, want) in [
            (
                "Il a attendu 1/4h devant la porte.",
                ("1/4h", "PT15M", Qualifier::Exact),
            ),
            (
                "Il a parlé environ 3/4 d'heure.",
                ("environ 3/4 d'heure", "PT45M", Qualifier::Approx),
            ),
            (
                "Une pause de 1/2 heure.",
                ("1/2 heure", "PT30M", Qualifier::Exact),
            ),
            (
                "Il a couru en 5'30\" seulement.",
                ("5'30\"", "PT5M30S", Qualifier::Exact),
            ),
            (
                "Le film dure environ 92'.",
                ("environ 92'", "PT92M", Qualifier::Approx),
            ),
            (
                "Record : 12\" au chrono.",
                ("12\"", "PT12S", Qualifier::Exact),
            ),
        ] {
            let (t, v, q, _) = duration(text);
            assert_eq!((t.as_str(), v.as_str(), q), want, "{text}");
        }
        // quotation marks, the minute of a match, decimals of a second
        for text in [
            "Il a dit \"j'en ai 12\" hier.",
            "But à la 12' de jeu.",
            "Il court en 9\"58.",
            "Un score de 3/5.",
        ] {
            let t = dates(text, reference());
            assert!(t.durations.is_empty(), "{text}: {:?}", t.durations);
        }
        // the denominator of a fraction is no clock time
        assert!(
            dates("Il en a bu 3/4 h plus tôt.", reference())
                .dates
                .is_empty()
        );
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        for text in [
            "",
            "le",
            "le 31 février",
            "du au",
            "il y a",
            "dans 99999999999999999999 ans",
            "à 99h99",
            "entre et",
            "mi-",
            "les années 5",
            "le MMMMMMMMMMMMMe siècle",
            "tous les",
            "24 heures sur",
        ] {
            let _ = dates(text, reference());
            let _ = dates(text, None);
        }
    }

    /// Every date mention of `text` read on `reference`: (text, value).
    fn all_on(text: &str, reference: Option<Reference>) -> Vec<(String, String)> {
        dates(text, reference)
            .dates
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|&(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn coordinated_days_take_the_month_and_year_of_the_last() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Les combats ont eu lieu le 3 et le 4 mai.",
                &[("le 3", "2023-05-03"), ("le 4 mai", "2023-05-04")],
            ),
            (
                "Les frappes des 3 et 4 mai ont tué dix civils.",
                &[("des 3", "2023-05-03"), ("4 mai", "2023-05-04")],
            ),
            (
                "Les 12, 13 et 14 juin, la ville a été bombardée.",
                &[
                    ("Les 12", "2022-06-12"),
                    ("13", "2022-06-13"),
                    ("14 juin", "2022-06-14"),
                ],
            ),
            (
                "Les samedi 3 et dimanche 4 juin 2023, il pleuvra.",
                &[
                    ("Les samedi 3", "2023-06-03"),
                    ("dimanche 4 juin 2023", "2023-06-04"),
                ],
            ),
            (
                "Il a hésité entre le 1er ou le 2 avril 2021.",
                &[("le 1er", "2021-04-01"), ("le 2 avril 2021", "2021-04-02")],
            ),
            (
                "Les élections du 9 et du 23 juin 2024.",
                &[("du 9", "2024-06-09"), ("23 juin 2024", "2024-06-23")],
            ),
            (
                "Entre les 3 et 4 mai, rien n'a bougé.",
                &[("Entre les 3 et 4 mai", "2023-05-03/2023-05-04")],
            ),
            // Each day with its own verb: the month is still the last
            // day's (Wednesday 24 May 2023: the coming 12 June).
            (
                "Le musée ouvrira le 12 et fermera le 28 juin.",
                &[("le 12", "2023-06-12"), ("le 28 juin", "2023-06-28")],
            ),
            (
                "Il est arrivé le 3 et a été opéré le 5 mai.",
                &[("le 3", "2023-05-03"), ("le 5 mai", "2023-05-05")],
            ),
            // A day closing its clause before "et" and a clause of its own.
            (
                "Le vote aura lieu le 26 et le résultat sera connu le 2 juin.",
                &[("le 26", "2023-05-26"), ("le 2 juin", "2023-06-02")],
            ),
            ("Ils habitent au 12 et au 14 de la rue.", &[]),
            // No month after "et": a bus, no day.
            ("Prenez le 12 et descendez à Bastille.", &[]),
            // A list stays on its line.
            ("Les combats des 3 et\n4 mai.", &[("4 mai", "2023-05-04")]),
            // Counts and lists without a month are no dates.
            ("Il a marqué 3 et 4 buts.", &[]),
            ("Les 3 et 4 sont pairs.", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(all_on(text, reference()), pairs(want), "{text}");
        }
        // The listed days follow the year the last one is placed in.
        let january = Some(Reference::Day(jiff::civil::date(2024, 1, 5)));
        assert_eq!(
            all_on("Les 30 et 31 décembre, deux attaques.", january),
            pairs(&[("Les 30", "2023-12-30"), ("31 décembre", "2023-12-31")])
        );
        let may_3 = Some(Reference::Day(jiff::civil::date(2023, 5, 3)));
        assert_eq!(
            all_on("Les 3 et 4 mai, deux attaques ont eu lieu.", may_3),
            pairs(&[("Les 3", "2022-05-03"), ("4 mai", "2022-05-04")])
        );
        // A long list stays linear (each day is read once from its start).
        let long = format!(
            "Les {} et 31 mai.",
            (1..=30)
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert_eq!(dates(&long, reference()).dates.len(), 31);
    }

    #[test]
    fn year_ranges_subjects_and_cues() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A cued year before a word that cannot be a counted noun (a
            // verb); before a plural or a unit, a count.
            (
                "Les logements construits en 2021 respectent la norme.",
                &[("en 2021", "2021")],
            ),
            (
                "Les contrats signés depuis 2019 prévoient une clause.",
                &[("depuis 2019", "2019")],
            ),
            ("Le livre a été tiré en 2022 exemplaires.", &[]),
            ("Il a couru en 1500 m.", &[]),
            // What dates from a year.
            ("Cette loi remonte à 1905.", &[("1905", "1905")]),
            ("Le record date de 1922.", &[("1922", "1922")]),
            ("La facture date de 2000 euros.", &[]),
            (
                "La saison 2022-2023 a été marquée par la guerre.",
                &[("2022-2023", "2022/2023")],
            ),
            (
                "La Seconde Guerre mondiale (1939-1945) a fait des millions de morts.",
                &[
                    ("La Seconde Guerre mondiale", "1939/1945"),
                    ("1939-1945", "1939/1945"),
                ],
            ),
            ("Le budget 2024/25 est voté.", &[("2024/25", "2024/2025")]),
            (
                "Sur l'exercice 1999-00, les comptes sont clos.",
                &[("1999-00", "1999/2000")],
            ),
            (
                "En 2022-2023, les prix ont flambé.",
                &[("En 2022-2023", "2022/2023")],
            ),
            // A range of counts, a decreasing pair, a code, a price, a
            // stretch past the two-digit reach: no years.
            ("Entre 1500-2000 manifestants ont défilé.", &[]),
            ("Les 1900-1950 Ukrainiens de la ville.", &[]),
            ("Le loyer est de 1200-1250 € par mois.", &[]),
            ("Le match s'est fini sur 2022-21.", &[]),
            // No year alone after the glued dash of a range too long.
            ("La période 1789-1914 a été longue.", &[]),
            // The winter of 2022 named with both its years, whatever follows.
            (
                "L'hiver 2022-2023 particulièrement rude.",
                &[("L'hiver 2022-2023", "2022-12/2023-02")],
            ),
            ("Le score final : 2022-2021.", &[]),
            ("Appelez le 1234-5678.", &[]),
            // A year as the subject of a singular verb.
            ("2022 a été une année difficile.", &[("2022", "2022")]),
            ("En Ukraine, 2022 a été terrible.", &[("2022", "2022")]),
            ("« 2024 sera décisive », dit-il.", &[("2024", "2024")]),
            // The year of an event noun, directly or after "de"; not a count.
            ("La crise de 2008 a tout changé.", &[("2008", "2008")]),
            ("La loi de 1905 interdit cela.", &[("1905", "1905")]),
            ("Le budget 2024 prévoit des coupes.", &[("2024", "2024")]),
            ("L'élection de 2027 sera décisive.", &[("2027", "2027")]),
            ("Un budget de 2000 euros.", &[]),
            ("Le rapport de 2000 pages.", &[]),
            // A year compared with or aimed at.
            (
                "Le chômage est revenu à son niveau de 2008.",
                &[("2008", "2008")],
            ),
            ("Le bilan rappelle celui de 2019.", &[("2019", "2019")]),
            ("Il recule par rapport à 2017.", &[("2017", "2017")]),
            (
                "Contrairement à 2021, la saison a été bonne.",
                &[("2021", "2021")],
            ),
            (
                "La loi de finances pour 2024 prévoit un déficit.",
                &[("2024", "2024")],
            ),
            ("Il a payé pour 2000 personnes.", &[]),
            ("L'an 2000 approche.", &[("L'an 2000", "2000")]),
            // Years listed after a year.
            (
                "En 2024, 2025 et 2026, les prix monteront.",
                &[("En 2024", "2024"), ("2025", "2025"), ("2026", "2026")],
            ),
            (
                "Les élections de 2017 et 2022 ont changé la donne.",
                &[("2017", "2017"), ("2022", "2022")],
            ),
            ("En 2022 et 3000 soldats.", &[("En 2022", "2022")]),
            // The head of a timeline entry, first on its line.
            (
                "Repères\n1991 : indépendance de l'Ukraine.\n2014 – annexion de la Crimée.",
                &[("1991", "1991"), ("2014", "2014")],
            ),
            ("1500 : c'est le nombre de morts.", &[]),
            ("2000 - 3000 soldats ont fui.", &[]),
            ("Le bilan : 1991 : rien.", &[]),
            // A number that is no year: after its preposition, plural,
            // before "à".
            ("Le seuil de 1500 a été franchi.", &[]),
            ("1500 est le nombre de morts.", &[]),
            ("1500 ont été tués.", &[]),
            ("2000 à 3000 soldats ont fui.", &[]),
            // "dès" (not the article "des") and the words that may follow a
            // cued year.
            ("Dès 1999, les chars étaient là.", &[("Dès 1999", "1999")]),
            ("Dès 1999 ses troupes étaient là.", &[("Dès 1999", "1999")]),
            (
                "Dès le 3 mai, ils ont attaqué.",
                &[("Dès le 3 mai", "2023-05-03")],
            ),
            ("Des 2000 soldats, aucun n'est revenu.", &[]),
            (
                "Depuis 2014 beaucoup ont fui le Donbass.",
                &[("Depuis 2014", "2014")],
            ),
            ("En 2022 aussi, la guerre a repris.", &[("En 2022", "2022")]),
        ];
        for &(text, want) in cases {
            assert_eq!(all_on(text, reference()), pairs(want), "{text}");
        }
        // No third half-year, no "second" without its period.
        assert!(
            dates("Le troisième semestre.", reference())
                .dates
                .is_empty()
        );
        assert!(dates("La seconde guerre.", reference()).dates.is_empty());
        let since = |t: &str| dates(t, reference()).dates[0].modifier;
        assert_eq!(
            since("Dès 1999, les chars étaient là."),
            Some(Modifier::Since)
        );
        assert_eq!(
            since("Dès le 3 mai, ils ont attaqué."),
            Some(Modifier::Since)
        );
        assert_eq!(one("La saison 2022-2023 a été dure.").4, DateKind::Interval);
    }

    #[test]
    fn bare_dates_follow_the_tense_or_the_nearer_occurrence() {
        // Saturday 20 May 2023.
        let on = Some(Reference::Day(jiff::civil::date(2023, 5, 20)));
        let first = |t: &str| dates(t, on).dates[0].value.clone();
        for (text, v) in [
            // No tense: the nearer occurrence.
            ("Le 2 juin.", "2023-06-02"),
            ("Les magasins sont ouverts le 28 mai.", "2023-05-28"),
            ("En septembre, la rentrée s'annonce tendue.", "2023-09"),
            ("Le 9 mai.", "2023-05-09"),
            ("Le 28 décembre.", "2022-12-28"),
            // Past tenses, whatever is nearer.
            (
                "Le 2 juin, Poutine a annoncé la mobilisation.",
                "2022-06-02",
            ),
            (
                "Le 2 juin, Poutine annonçait la mobilisation.",
                "2022-06-02",
            ),
            ("Le 2 juin, la réunion s'est tenue à Kiev.", "2022-06-02"),
            ("Le 2 juin, un soldat aurait été tué.", "2022-06-02"),
            ("Publié le 2 juin.", "2022-06-02"),
            // "être" and the participle of a verb conjugated with it.
            ("Il est mort le 2 juin à Lyon.", "2022-06-02"),
            ("Elle est née le 2 septembre à Nantes.", "2022-09-02"),
            ("Ils ne sont pas rentrés le 2 juin.", "2022-06-02"),
            // "entré" with its accent is the participle.
            ("La loi est entrée en vigueur le 2 juin.", "2022-06-02"),
            (
                "Le cessez-le-feu est entré en vigueur le 2 juin.",
                "2022-06-02",
            ),
            // A past infinitive, unless a verb before it looks ahead.
            (
                "Wagner affirme avoir pris le village le 2 juin.",
                "2022-06-02",
            ),
            ("L'armée nie avoir tiré le 2 juin.", "2022-06-02"),
            ("Il compte être arrivé le 2 juin.", "2023-06-02"),
            ("Il promet d'avoir terminé le 2 juin.", "2023-06-02"),
            // "avoir" with its object is the present, no auxiliary.
            ("La fête a lieu le 2 septembre.", "2023-09-02"),
            (
                "Le gouvernement a jusqu'au 30 juin pour agir.",
                "2023-06-30",
            ),
            (
                "Les Bleus ont rendez-vous avec l'Irlande le 9 septembre.",
                "2023-09-09",
            ),
            ("La réunion a eu lieu le 2 septembre.", "2022-09-02"),
            // A passive participle is no past: "attendu", "prévu" look
            // ahead.
            ("Des orages sont attendus le 9 mai.", "2024-05-09"),
            ("Le préfet prévoit des contrôles le 9 mai.", "2024-05-09"),
            ("Il est entre la vie et la mort le 9 mai.", "2023-05-09"),
            // The future, whatever is nearer.
            ("Il recevra le président le 9 mai.", "2024-05-09"),
            (
                "Les négociations pourraient reprendre le 9 mai.",
                "2024-05-09",
            ),
            // "il y a" and "à" are no past auxiliary.
            ("Il y a des élections le 2 juin.", "2023-06-02"),
            ("Rendez-vous à Kiev le 2 juin.", "2023-06-02"),
        ] {
            assert_eq!(first(text), v, "{text}");
        }
    }

    #[test]
    fn movable_feasts_from_easter() {
        // Saturday 20 May 2023; Easter Sunday 2023 was 9 April.
        let on = Some(Reference::Day(jiff::civil::date(2023, 5, 20)));
        for (text, mention, v) in [
            (
                "À Pâques, les familles se sont réunies.",
                "À Pâques",
                "2023-04-09",
            ),
            (
                "Le lundi de Pâques 2024 est férié.",
                "Le lundi de Pâques 2024",
                "2024-04-01",
            ),
            ("Pâques 2000 tombait tard.", "Pâques 2000", "2000-04-23"),
            (
                "La Pentecôte aura lieu bientôt.",
                "La Pentecôte",
                "2023-05-28",
            ),
            (
                "Le jeudi de l'Ascension, il a plu.",
                "Le jeudi de l'Ascension",
                "2023-05-18",
            ),
            (
                "Le vendredi saint, il a prié.",
                "Le vendredi saint",
                "2023-04-07",
            ),
            (
                "Mardi gras 2023 était pluvieux.",
                "Mardi gras 2023",
                "2023-02-21",
            ),
        ] {
            assert_eq!(one_on(text, on), (mention.into(), v.into()), "{text}");
        }
        // The computus on known years.
        for (y, m, d) in [
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (1961, 4, 2),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(y), Some(jiff::civil::date(y, m, d)), "{y}");
        }
    }

    #[test]
    fn tense_deadlines_clocks_and_dates_of_texts() {
        // Read on Saturday 20 May 2023: (sentence, [values]).
        let on = Some(Reference::Day(jiff::civil::date(2023, 5, 20)));
        for (text, vs) in [
            // Short futures; a participle of death alone tells the past.
            ("Le PSG jouera jeudi contre Lens.", &["2023-05-25"][..]),
            (
                "Le chanteur, mort mardi à Paris, sera inhumé jeudi.",
                &["2023-05-16", "2023-05-25"],
            ),
            // A weekday as deadline lies ahead; "depuis" looks back past a
            // word of plan.
            (
                "Le ministre a jusqu'à vendredi pour trancher.",
                &["2023-05-26"],
            ),
            (
                "Comme le prévoit la loi depuis le 1er janvier, les prix baissent.",
                &["2023-01-01"],
            ),
            // The hour after a weekday is a clock, no day of the month.
            (
                "Rendez-vous samedi 9 h 30 devant la mairie.",
                &["2023-05-20T09:30"],
            ),
            // The night alone before "de" and a noun.
            (
                "Le gouvernement devrait annoncer dans la nuit de nouvelles mesures.",
                &["2023-05-20/2023-05-21"],
            ),
            // A time is not on the date of a text, nor on a month.
            (
                "Il a cité la loi du 29 juillet 1881 lors de son intervention à 20 h.",
                &["1881-07-29", "2023-05-20T20:00"],
            ),
            (
                "Comme en mars 2020, le confinement commencera à midi.",
                &["2020-03", "2023-05-20T12:00"],
            ),
            // A height is no year.
            ("Le refuge est au niveau de 1800 m d'altitude.", &[]),
            // A plan of the past; the reported past of "serait".
            (
                "Les renforts étaient attendus jeudi, mais ne sont jamais arrivés.",
                &["2023-05-18"],
            ),
            ("Le suspect serait arrivé lundi en France.", &["2023-05-15"]),
            (
                "Il y a un an, jour pour jour, la guerre commençait.",
                &["2022-05-20"],
            ),
            // A participle in apposition before the date tells the past.
            (
                "La grève, entamée lundi, se poursuivra jusqu'à jeudi.",
                &["2023-05-15", "2023-05-25"],
            ),
            (
                "Arrivé jeudi, il repartira mardi.",
                &["2023-05-18", "2023-05-23"],
            ),
            // "depuis" looks back whatever the tense.
            (
                "L'exposition, ouverte depuis le 12, fermera le 28.",
                &["2023-05-12", "2023-05-28"],
            ),
            // A season of a year after "de".
            (
                "L'hiver de 1956 reste dans les mémoires.",
                &["1956-12/1957-02"],
            ),
            // Joined weekdays follow one another.
            (
                "Les concerts sont programmés vendredi et samedi.",
                &["2023-05-26", "2023-05-27"],
            ),
            (
                "Les combats ont eu lieu mardi et jeudi.",
                &["2023-05-16", "2023-05-18"],
            ),
        ] {
            let got: Vec<String> = dates(text, on).dates.into_iter().map(|d| d.value).collect();
            assert_eq!(got, vs, "{text}");
        }
        let t = dates("Le texte doit être voté le 30 juin au plus tard.", on);
        assert_eq!(
            (t.dates[0].text.as_str(), t.dates[0].modifier),
            ("le 30 juin au plus tard", Some(Modifier::Until))
        );
        // Hours joined by a dash before an activity are lengths.
        let t = dates("Il faut compter 3 h – 4 h de marche.", on);
        assert!(t.dates.is_empty(), "{t:?}");
    }

    #[test]
    fn set_phrases_around_dates() {
        let on = Some(Reference::Day(jiff::civil::date(2023, 5, 20)));
        // "jour pour jour": the very day, so many periods back.
        for (text, mention, v) in [
            (
                "Il y a un an jour pour jour, les chars entraient en Ukraine.",
                "Il y a un an jour pour jour",
                "2022-05-20",
            ),
            (
                "Il y a trois mois jour pour jour, il est parti.",
                "Il y a trois mois jour pour jour",
                "2023-02-20",
            ),
            // "mettre fin à", "prendre fin": verbs, no end of a period.
            (
                "L'Allemagne capitulait, mettant fin à la Seconde Guerre mondiale.",
                "la Seconde Guerre mondiale",
                "1939/1945",
            ),
        ] {
            assert_eq!(one_on(text, on), (mention.into(), v.into()), "{text}");
        }
        let t = dates("L'accord a mis fin à la guerre froide.", on);
        assert_eq!(t.dates[0].modifier, None, "{t:?}");
        // "au plus tard", "au plus tôt" before a date: by, not before.
        for (text, m) in [
            (
                "Les travaux reprendront au plus tard le 15 juin.",
                Modifier::Until,
            ),
            ("Il partira au plus tôt le 15 juin.", Modifier::Since),
        ] {
            let t = dates(text, on);
            assert_eq!(t.dates.len(), 1, "{text}: {t:?}");
            assert_eq!(t.dates[0].value, "2023-06-15", "{text}");
            assert_eq!(t.dates[0].modifier, Some(m), "{text}");
        }
        // A news programme named by its hour is no length.
        for text in [
            "Le JT de 20 heures de France 2 a attiré du monde.",
            "Il présentait le journal de 13 heures.",
        ] {
            assert!(dates(text, on).durations.is_empty(), "{text}");
        }
    }

    #[test]
    fn collective_durations_ages_and_news_programmes() {
        for (text, mention, v) in [
            (
                "Il faudra une dizaine de jours.",
                "une dizaine de jours",
                "P10D",
            ),
            (
                "Une trentaine d'années ont passé.",
                "Une trentaine d'années",
                "P30Y",
            ),
            (
                "Pendant une quinzaine de minutes, rien.",
                "Pendant une quinzaine de minutes",
                "PT15M",
            ),
        ] {
            let (t, value, q, _) = duration(text);
            assert_eq!(
                (t.as_str(), value.as_str(), q),
                (mention, v, Qualifier::Approx),
                "{text}"
            );
        }
        // Ages and the news programmes named by their hour are no durations.
        for text in [
            "Un homme de 45 ans a été arrêté.",
            "Âgée de 32 ans, elle est morte.",
            "Jean Dupont (45 ans) est mort.",
            "L'invité du 20 heures de TF1.",
            "Le 13 heures de France 2.",
            // In apposition, at an event of a life, heading its clause, a
            // birthday, approximate, a group, a change of ages.
            "Le chanteur, 74 ans, a annoncé sa tournée d'adieux.",
            "L'acteur est mort lundi 6 septembre 2021 à 88 ans.",
            "Elle s'est éteinte à 95 ans dans sa maison.",
            "Il a été élu à 39 ans député de la Somme.",
            "À 18 ans, il s'engage dans la Légion.",
            "Elle a fêté ses 100 ans entourée de sa famille.",
            "Un homme d'une quarantaine d'années a été interpellé.",
            "La victime, âgée d'une vingtaine d'années, a été hospitalisée.",
            "Un septuagénaire de 76 ans a été renversé.",
            "Le chômage des 15-24 ans atteint 17 %.",
            // A person named by an agent or nationality suffix.
            "Le journaliste de 45 ans couvre la guerre.",
            "Une infirmière de 32 ans a été agressée.",
            "Un militant de 20 ans a été interpellé.",
            "L'âge légal de départ passe de 62 à 64 ans.",
            "Le report de l'âge légal à 64 ans divise.",
            // At a feat; ages listed, with a half, after a qualifier.
            "Il a remporté le titre à 35 ans.",
            "Il a battu le record du monde à 40 ans.",
            "Trois adolescents de 14, 15 et 16 ans ont été interpellés.",
            "Deux femmes de 19 et 23 ans ont été blessées.",
            "Une adolescente de 15 ans et demi a disparu.",
            "Les retraités de plus de 65 ans sont concernés.",
        ] {
            let t = dates(text, reference());
            assert!(t.durations.is_empty(), "{text}: {:?}", t.durations);
        }
        // Lengths all the same: a sentence, a mandate, a lapse, a career.
        for (text, v) in [
            ("Il a été condamné à 5 ans.", "P5Y"),
            (
                "Au cours de ses 28 premiers jours, le film a cartonné.",
                "P28D",
            ),
            ("Il a été condamné à 5 ans de prison ferme.", "P5Y"),
            ("Depuis une vingtaine d'années, rien ne change.", "P20Y"),
            ("En 2020, 10 ans après, rien.", "P10Y"),
            ("Il a célébré ses 10 ans de mandat.", "P10Y"),
            ("Il est parti à 20 ans d'intervalle.", "P20Y"),
            ("Un chantier de 3 ans commence.", "P3Y"),
            ("Un bail de 9 ans a été signé.", "P9Y"),
            ("Il a purgé 15 ans et demi de prison.", "P186M"),
            ("Des travaux de 3, 4 et 5 ans.", "P5Y"),
        ] {
            assert_eq!(duration(text).1, v, "{text}");
        }
        assert_eq!(duration("Il a été condamné à 10 ans de prison.").1, "P10Y");
        assert_eq!(duration("Pendant 20 heures, il a marché.").1, "PT20H");
    }

    #[test]
    fn eves_year_first_dates_and_clock_lengths() {
        let on = Some(Reference::Day(jiff::civil::date(2023, 5, 20)));
        for (text, mention, v) in [
            (
                "La veille de Noël, il neigeait.",
                "La veille de Noël",
                "2022-12-24",
            ),
            (
                "Le lendemain du 9 mai, rien n'a bougé.",
                "Le lendemain du 9 mai",
                "2023-05-10",
            ),
            (
                "Le surlendemain de Pâques, il est parti.",
                "Le surlendemain de Pâques",
                "2023-04-11",
            ),
            (
                "Le rapport est daté du 2023/05/09.",
                "2023/05/09",
                "2023-05-09",
            ),
        ] {
            assert_eq!(one_on(text, on), (mention.into(), v.into()), "{text}");
        }
        // Not a day: "à la veille des élections"; a phone number "le 17".
        for text in ["À la veille des élections, tension.", "Il a indiqué le 17."] {
            assert!(dates(text, on).dates.is_empty(), "{text}");
        }
        // After a verb of length, a clock is a length.
        assert_eq!(duration("Le trajet dure 1h30.").1, "PT1H30M");
        assert_eq!(duration("Il a mis 2h30.").1, "PT2H30M");
        assert_eq!(value("Il est arrivé à 1h30."), "2023-05-24T01:30");
        // Twenty-four hours without minutes are a length, never midnight.
        for text in [
            "Depuis 24 heures, les combats ont repris.",
            "Il sera libéré sous 24h.",
            "Les résultats sont attendus dans les 24 heures.",
        ] {
            let t = dates(text, on);
            assert!(t.dates.is_empty(), "{text}: {t:?}");
            assert_eq!(t.durations.len(), 1, "{text}: {t:?}");
            assert_eq!(t.durations[0].value, "PT24H", "{text}");
        }
        // After "à", the midnight that ends the day (hour 24).
        assert_eq!(value("Le bar ferme à 24h00."), "2023-05-25T00:00");
        assert_eq!(
            value("Le bureau restera ouvert de 20h à 24h."),
            "2023-05-24T20:00/2023-05-25T00:00"
        );
        assert_eq!(
            value("Le couvre-feu commence à 24 heures."),
            "2023-05-25T00:00"
        );
        assert_eq!(
            value("Les inscriptions sont closes le 31 mai à 24h."),
            "2023-06-01T00:00"
        );
        assert_eq!(value("Le bar ouvre à 24h30."), "2023-05-24T00:30");
        // A bound on a delay is a length.
        assert_eq!(
            duration("Les vols peuvent être retardés jusqu'à 24 heures."),
            (
                "jusqu'à 24 heures".into(),
                "PT24H".into(),
                Qualifier::AtMost,
                false
            )
        );
        // Midnight under "jusqu'à" likewise; after "depuis" or "à", the
        // one the day begins with.
        for (text, v) in [
            ("Le vote est ouvert jusqu'à minuit.", "2023-05-25T00:00"),
            (
                "Le dépôt est possible jusqu'au 31 mai à minuit.",
                "2023-06-01T00:00",
            ),
            (
                "Le dépôt est possible jusqu'au 31 mai à 0h.",
                "2023-05-31T00:00",
            ),
            ("La grève a commencé depuis minuit.", "2023-05-24T00:00"),
            ("Le couvre-feu commence à 0h.", "2023-05-24T00:00"),
        ] {
            assert_eq!(value(text), v, "{text}");
        }
        // "il y a" so much of something: a length, no time ago.
        for text in [
            "Il y a plus de 20 ans d'écart entre eux.",
            "Il y a 48 heures de garde à vue possibles.",
            "Il y a un demi-siècle d'histoire derrière ce club.",
        ] {
            let t = dates(text, on);
            assert!(t.dates.is_empty(), "{text}: {t:?}");
            assert_eq!(t.durations.len(), 1, "{text}: {t:?}");
        }
        // Race and travel times are lengths, with their seconds.
        for (text, v) in [
            ("Il a remporté le marathon en 2 h 01 min 09 s.", "PT2H1M9S"),
            ("Le Kényan s'est imposé en 2h03'12\".", "PT2H3M12S"),
            (
                "Elle a remporté l'étape en 4 h 12 min, devant Marie.",
                "PT4H12M",
            ),
            ("Il faut compter 1 h 30 de route depuis Paris.", "PT1H30M"),
            ("Il a couru en 2h03.", "PT2H3M"),
        ] {
            let t = dates(text, on);
            assert!(t.dates.is_empty(), "{text}: {t:?}");
            assert_eq!(duration(text).1, v, "{text}");
        }
        // Before "de" and a noun of activity, a length even after a cue.
        for (text, v) in [
            ("Après 2 h 30 de débat, rien.", "PT2H30M"),
            ("Le refuge est à 2 h de marche du sommet.", "PT2H"),
        ] {
            let t = dates(text, on);
            assert!(t.dates.is_empty(), "{text}: {t:?}");
            assert_eq!(duration(text).1, v, "{text}");
        }
        // With a cue, or before a part of the day, a manner or a place, a
        // clock.
        assert_eq!(value("Le train part à 14 h 12."), "2023-05-24T14:12");
        assert_eq!(
            value("Rendez-vous à 9 h 30 de préférence."),
            "2023-05-24T09:30"
        );
        assert_eq!(value("Le train part à 8 h de Paris."), "2023-05-24T08:00");
        assert_eq!(
            value("Rendez-vous 14 h 30 de l'après-midi."),
            "2023-05-24T14:30"
        );
        // A smaller unit right after is the same length.
        for (text, v) in [
            ("Il a couru en 59 min 30 s.", "PT59M30S"),
            ("Il a mis 3 jours 4 heures.", "P3DT4H"),
        ] {
            assert_eq!(duration(text).1, v, "{text}");
        }
        // The last or next hours are a length (days are a period).
        for (text, v) in [
            (
                "Au cours des 24 dernières heures, 3 civils ont été tués.",
                "PT24H",
            ),
            ("Dans les 48 prochaines heures, il pleuvra.", "PT48H"),
            ("Les 30 dernières minutes du match.", "PT30M"),
        ] {
            assert_eq!(duration(text).1, v, "{text}");
        }
        // A night ends on the next day.
        assert_eq!(
            value("Le couvre-feu va de 22 heures à 6 heures."),
            "2023-05-24T22:00/2023-05-25T06:00"
        );
        assert_eq!(
            value("Le 3 mai de 22h à 6h, rien."),
            "2023-05-03T22:00/2023-05-04T06:00"
        );
    }

    #[test]
    fn this_period_with_ci_and_anaphoric_la() {
        for (text, mention, v) in [
            ("Ce mois-ci, les prix montent.", "Ce mois-ci", "2023-05"),
            ("Cette semaine-ci, rien.", "Cette semaine-ci", "2023-W21"),
        ] {
            assert_eq!(
                one_on(text, reference()),
                (mention.into(), v.into()),
                "{text}"
            );
        }
        // "-là" points back to a day or period named before: no value.
        for text in [
            "Cette année-là, la guerre a éclaté.",
            "Ce jour-là, il pleuvait.",
            "Ce soir-là, tout a basculé.",
        ] {
            assert!(dates(text, reference()).dates.is_empty(), "{text}");
        }
    }

    #[test]
    fn intervals_between_parts_of_periods_share_one_reading() {
        let on = Some(Reference::Day(jiff::civil::date(2023, 5, 20)));
        for (text, mention, v) in [
            (
                "De fin mai à début juin, les prix ont monté.",
                "De fin mai à début juin",
                "2023-05/2023-06",
            ),
            (
                "De mai à juin, les prix ont monté.",
                "De mai à juin",
                "2023-05/2023-06",
            ),
            (
                "Du 28 décembre au 3 janvier, fermeture.",
                "Du 28 décembre au 3 janvier",
                "2022-12-28/2023-01-03",
            ),
        ] {
            assert_eq!(one_on(text, on), (mention.into(), v.into()), "{text}");
        }
    }
}
