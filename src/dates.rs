//! Dates, times, durations and frequencies (issue: French dates).
//!
//! Placeholder interface: the output types are the contract; the extractor
//! is being built.

use crate::Error;
use crate::numbers::Qualifier;
use crate::tokenize::TokenStream;
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
    /// ISO 8601 duration ("P1Y", "PT48H").
    pub value: String,
    /// How the duration is qualified ("plus d'un an" → more_than).
    pub qualifier: Qualifier,
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

/// Extracts temporal expressions from a token stream.
pub fn extract(_stream: &TokenStream<'_>, _reference: Option<Reference>) -> Temporal {
    Temporal::default()
}

/// Finds every date and duration in `text`, resolving against `reference`.
pub fn dates(text: &str, reference: Option<Reference>) -> Temporal {
    extract(&TokenStream::new(text), reference)
}
