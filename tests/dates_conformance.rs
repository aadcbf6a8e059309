//! Conformance of the dates stage against peers' French test suites
//! (`../shared/corpora`): Duckling and Rustling time and duration corpora,
//! dateparser's absolute, relative and search cases.
//!
//! Each suite is re-anchored to its own `reference_time` (its calendar day:
//! our reference is a day). Duckling and Rustling resolve bare dates to the
//! future (assistant convention), so they run with [`BareDates::Future`];
//! dateparser's cases take the past occurrence ("Jeu 15:12" on Tuesday 13
//! November 2012 is the 8th), so they run with [`BareDates::Past`] (our
//! news rule would take the nearer Thursday, the 15th, for a date written
//! with no tense). Values are compared at the grain
//! of the expected value. Cases outside our output model are counted as
//! deviations, each with its reason; the pass rate is over the cases that
//! fit. Set `DATES_CONFORMANCE_VERBOSE=1` to list the failures.

use frnews::dates::{BareDates, DateMention, Modifier, Options, Reference, Temporal, extract_with};
use frnews::tokenize::TokenStream;
use jiff::civil::{Date, DateTime};
use serde_json::Value;
use std::collections::BTreeMap;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");

/// (file, floor in % of the cases that fit our model).
const FLOORS: &[(&str, f64)] = &[
    ("duckling_fr_time", 95.0),
    ("duckling_fr_duration", 99.0),
    ("rustling_fr_time", 95.5),
    ("rustling_fr_duration", 99.0),
    ("dateparser_fr_absolute", 99.0),
    ("dateparser_fr_relative", 99.0),
    ("dateparser_fr_search", 99.0),
];

enum Verdict {
    Pass,
    Fail(String),
    Deviation(&'static str),
}

fn run(text: &str, reference: &str, bare: BareDates) -> Temporal {
    let reference = reference.get(..10).and_then(|d| Reference::parse(d).ok());
    let stream = TokenStream::new(text);
    extract_with(&stream, reference, &Options { bare_dates: bare })
}

/// The start instant of one of our point values, and its grain name.
fn our_point(v: &str) -> Option<(DateTime, &'static str)> {
    let b = v.as_bytes();
    let dt = |d: Date| d.to_datetime(jiff::civil::Time::midnight());
    Some(match b.len() {
        4 => (dt(Date::new(v.parse().ok()?, 1, 1).ok()?), "year"),
        7 if b[5] == b'Q' => {
            let q: i8 = v[6..].parse().ok()?;
            (
                dt(Date::new(v[..4].parse().ok()?, (q - 1) * 3 + 1, 1).ok()?),
                "quarter",
            )
        }
        7 => (dt(format!("{v}-01").parse().ok()?), "month"),
        8 if b[5] == b'W' => {
            let w = jiff::civil::ISOWeekDate::new(
                v[..4].parse().ok()?,
                v[6..].parse().ok()?,
                jiff::civil::Weekday::Monday,
            )
            .ok()?;
            (dt(w.date()), "week")
        }
        10 => (dt(v.parse().ok()?), "day"),
        16 => {
            let t: DateTime = v.parse().ok()?;
            (t, if v.ends_with(":00") { "hour" } else { "minute" })
        }
        _ => return None,
    })
}

fn prefix(grain: &str) -> usize {
    match grain {
        "year" => 4,
        "quarter" | "month" => 7,
        "week" | "day" => 10,
        "hour" => 13,
        _ => 16,
    }
}

/// Whether our point value `v` equals the expected instant at `grain`.
fn point_matches(v: &str, expected: &str, grain: &str) -> bool {
    let Some((start, our_grain)) = our_point(v) else {
        return false;
    };
    let grain_ok = our_grain == grain
        || (grain == "hour" && our_grain == "hour")
        || (grain == "minute" && our_grain == "hour");
    let s = start.to_string();
    let n = prefix(grain);
    grain_ok && s.len() >= n && expected.len() >= n && s[..n] == expected[..n]
}

/// Coarse-to-fine order of grains.
fn rank(grain: &str) -> u8 {
    match grain {
        "year" => 0,
        "quarter" => 1,
        "month" => 2,
        "week" => 3,
        "day" => 4,
        "hour" => 5,
        _ => 6,
    }
}

fn add_grain(t: DateTime, grain: &str) -> Option<DateTime> {
    let span = match grain {
        "year" => jiff::Span::new().years(1),
        "quarter" => jiff::Span::new().months(3),
        "month" => jiff::Span::new().months(1),
        "week" => jiff::Span::new().weeks(1),
        "day" => jiff::Span::new().days(1),
        "hour" => jiff::Span::new().hours(1),
        _ => jiff::Span::new().minutes(1),
    };
    t.checked_add(span).ok()
}

fn single(t: &Temporal) -> Result<&DateMention, String> {
    match t.dates.as_slice() {
        [d] => Ok(d),
        ds => Err(format!(
            "{} date mentions: {:?}",
            ds.len(),
            ds.iter().map(|d| (&d.text, &d.value)).collect::<Vec<_>>()
        )),
    }
}

fn part_of_day(m: Option<Modifier>) -> bool {
    matches!(
        m,
        Some(
            Modifier::Morning
                | Modifier::Afternoon
                | Modifier::Evening
                | Modifier::Night
                | Modifier::Dawn
                | Modifier::Midday
        )
    )
}

/// A Duckling or Rustling time case. `exclusive_small`: whether hour and
/// minute interval ends are exclusive (Duckling) or name the end (Rustling).
fn time_case(case: &Value, exclusive_small: bool) -> Verdict {
    let text = case["text"].as_str().unwrap_or("");
    let reference = case["reference_time"].as_str().unwrap_or("");
    let t = run(text, reference, BareDates::Future);
    let e = &case["expected"];
    if e.is_null() {
        return if t.dates.is_empty() {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("negative: {:?}", t.dates))
        };
    }
    let lower = text.to_lowercase();
    let g = |x: &Value| x["grain"].as_str().unwrap_or("").to_string();
    if e["type"] == "value" && g(e) == "second"
        || e["from"]["grain"] == "second"
        || e["to"]["grain"] == "second"
    {
        return Verdict::Deviation(
            "second-grain instants ('maintenant', 'dans 3 secondes'): our reference is a day",
        );
    }
    const ANAPHORIC: &[&str] = &[
        "veille",
        "lendemain",
        "jour suivant",
        "jour d'avant",
        "jour d'après",
        "jour précédent",
        "jour après",
        "plus tard",
        "jours après",
    ];
    if ANAPHORIC.iter().any(|a| lower.contains(a)) {
        return Verdict::Deviation(
            "anaphoric 'la veille', 'le lendemain', 'deux jours plus tard': relative to the narrated event, not the reference date",
        );
    }
    let offset_words =
        lower.starts_with("dans ") || lower.starts_with("il y a ") || lower.starts_with("en ");
    if offset_words && e["type"] == "value" && matches!(g(e).as_str(), "hour" | "minute") {
        return Verdict::Deviation(
            "offsets from the reference instant ('dans 7 jours' at 04:00, 'dans une heure'): our reference is a day",
        );
    }
    if e["type"] == "interval"
        && (g(from_of(e)) == "minute" || g(from_of(e)) == "hour")
        && ["dernières", "dernieres", "prochaines", "suivantes"]
            .iter()
            .any(|w| lower.contains(w))
    {
        return Verdict::Deviation(
            "the last/next N hours or minutes: offsets from the reference instant",
        );
    }
    if t.dates.is_empty() && frnews::lexicon::calendar::is_full_month(&frnews::chars::fold(&lower))
    {
        return Verdict::Deviation(
            "a month name alone, without cue, day or year ('mars'): not a date for us (the planet, 'mai' in running text); 'en mars' is",
        );
    }
    if t.dates.is_empty() && lower.split([' ', '.']).any(|w| w == "jui") {
        return Verdict::Deviation(
            "the abbreviation 'jui' (juin or juillet) is ambiguous: no date for us, July for the peer",
        );
    }
    let d = match single(&t) {
        Ok(d) => d,
        Err(why) => return Verdict::Fail(why),
    };
    if e["type"] == "value" {
        let want = e["value"].as_str().unwrap_or("");
        let ok = d.value.split('/').count() == 1 && point_matches(&d.value, want, &g(e));
        if !ok
            && offset_words
            && our_point(&d.value).is_some_and(|(start, grain)| {
                // "il y a trois semaines" is the ISO week for us (TIMEX3), the day for the peer.
                let end = add_grain(start, grain);
                let w: Option<DateTime> = want.get(..19).and_then(|w| w.parse().ok());
                rank(grain) < rank(&g(e))
                    && w.zip(end).is_some_and(|(w, end)| start <= w && w < end)
            })
        {
            return Verdict::Deviation(
                "relative offsets keep the grain of their unit ('il y a trois semaines' → the ISO week), the peer gives a day",
            );
        }
        if !ok
            && matches!(g(e).as_str(), "hour" | "minute")
            && d.value.len() == 16
            && want.len() >= 16
            && d.value[10..16] == want[10..16]
            && d.value[..10]
                .parse::<Date>()
                .ok()
                .and_then(|x| x.checked_add(jiff::Span::new().days(1)).ok())
                .map(|x| x.to_string())
                == Some(want[..10].to_string())
        {
            return Verdict::Deviation(
                "a time without a day: the peer takes the next one after the reference instant (04:30), we take the reference day",
            );
        }
        if !ok && lower.contains("jour des morts") && d.value.ends_with("-11-02") {
            return Verdict::Deviation(
                "'le jour des morts': 2 November (All Souls' Day) for us, 1 November (Toussaint) for the peer",
            );
        }
        if !ok && [" cet", " gmt", " utc"].iter().any(|z| lower.ends_with(z)) {
            return Verdict::Deviation(
                "time zones ('à seize heures CET'): we keep the clock time as written, the peer converts it to the reference's zone",
            );
        }
        let next_week = reference
            .get(..10)
            .and_then(|r| r.parse::<Date>().ok())
            .and_then(|r| r.checked_add(jiff::Span::new().days(7)).ok());
        if !ok
            && g(e) == "day"
            && Some(d.value.as_str()) == reference.get(..10)
            && next_week.is_some_and(|n| want.get(..10) == Some(n.to_string().as_str()))
        {
            return Verdict::Deviation(
                "a bare weekday on that same weekday ('mardi' said on a Tuesday): that day for us, the next week for the peer",
            );
        }
        return if ok {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("got {} ({:?})", d.value, d.grain))
        };
    }
    // intervals
    let from = &e["from"];
    let to = &e["to"];
    // Seasons and week-ends: our span must overlap the peer's.
    let overlaps = |n: usize| {
        let (Some((a, b)), Some(f), Some(t)) = (
            d.value.split_once('/'),
            from["value"].as_str().and_then(|v| v.get(..n)),
            to["value"].as_str().and_then(|v| v.get(..n)),
        ) else {
            return false;
        };
        a.get(..n).is_some_and(|a| a <= t) && b.get(..n).is_some_and(|b| f <= b)
    };
    if ["été", "hiver", "printemps", "automne", "saison"]
        .iter()
        .any(|s| lower.contains(s))
    {
        return if overlaps(7) {
            Verdict::Deviation(
                "seasons: astronomical day intervals for the peer, meteorological months for us",
            )
        } else {
            Verdict::Fail(format!("season {}", d.value))
        };
    }
    if lower.contains("week-end") || lower.contains("weekend") {
        return if overlaps(10) {
            Verdict::Deviation(
                "week-ends: Friday 18:00 to Monday for the peer, SAT/SUN days for us",
            )
        } else {
            Verdict::Fail(format!("week-end {}", d.value))
        };
    }
    if part_of_day(d.modifier) || d.grain == frnews::dates::Grain::Night {
        // A day + part-of-day modifier: check the day.
        let day = from["value"]
            .as_str()
            .or(to["value"].as_str())
            .unwrap_or("");
        return if d.value.get(..10) == day.get(..10) {
            Verdict::Deviation(
                "parts of the day: a day + modifier for us, an hour interval for the peer",
            )
        } else {
            Verdict::Fail(format!("part of day on {} ", d.value))
        };
    }
    if matches!(
        d.modifier,
        Some(Modifier::Since | Modifier::After | Modifier::Until | Modifier::Before)
    ) && ["matin", "soir", "nuit", "après-midi", "apres-midi"]
        .iter()
        .any(|w| lower.contains(w))
        && d.value.get(..10).is_some()
        && d.value.get(..10) == from["value"].as_str().and_then(|v| v.get(..10))
    {
        // "dès le matin": one modifier, the cue's, as for "depuis ce matin".
        return Verdict::Deviation(
            "a cue before a part of the day ('dès le matin'): the day + the cue's modifier for us, as 'depuis ce matin', the part's hours for the peer",
        );
    }
    if matches!(
        d.modifier,
        Some(Modifier::Start | Modifier::Mid | Modifier::End)
    ) {
        // Our period must contain the peer's sub-interval start.
        let want: Option<DateTime> = from["value"]
            .as_str()
            .and_then(|v| v.get(..19))
            .and_then(|v| v.parse().ok());
        let inside = our_point(&d.value).is_some_and(|(start, grain)| {
            let end = add_grain(start, grain);
            want.zip(end).is_some_and(|(w, end)| start <= w && w < end)
        });
        return if inside {
            Verdict::Deviation(
                "début/mi-/fin: the period + modifier for us, a sub-interval for the peer",
            )
        } else {
            Verdict::Fail(format!(
                "modified period {} does not hold the peer's interval",
                d.value
            ))
        };
    }
    if lower.contains("quinzaine")
        && d.value.get(..7).is_some()
        && d.value.get(..7) == from["value"].as_str().and_then(|v| v.get(..7))
    {
        return Verdict::Deviation(
            "fortnights: days 1-15 and 16-end for us ('quinze jours'), 1-14 and 15-end for the peer",
        );
    }
    if matches!(d.modifier, Some(Modifier::Until | Modifier::Before)) && d.value.len() == 16 {
        // "demain jusqu'à 16h": the bounding time + modifier for us, the
        // interval from midnight of that day for the peer.
        let day_start = from["value"].as_str().and_then(|v| v.get(..16));
        let to_t: Option<DateTime> = to["value"]
            .as_str()
            .and_then(|v| v.get(..19))
            .and_then(|v| v.parse().ok());
        let ours: Option<DateTime> = d.value.parse().ok();
        let ends =
            ours.is_some_and(|o| to_t.is_some_and(|t| t == o || add_grain(o, "hour") == Some(t)));
        if day_start == Some(&format!("{}T00:00", &d.value[..10])[..]) && ends {
            return Verdict::Deviation(
                "a day bounded by a time ('demain jusqu'à 16h'): the time + until/before for us, an interval from midnight for the peer",
            );
        }
    }
    if from.is_null() || to.is_null() {
        let (end, want) = if from.is_null() {
            (to, [Modifier::Before, Modifier::Until])
        } else {
            (from, [Modifier::After, Modifier::Since])
        };
        let ok = d.modifier.is_some_and(|m| want.contains(&m))
            && point_matches(&d.value, end["value"].as_str().unwrap_or(""), &g(end));
        return if ok {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("open interval: got {} {:?}", d.value, d.modifier))
        };
    }
    let Some((a, b)) = d.value.split_once('/') else {
        return Verdict::Fail(format!("not an interval: {}", d.value));
    };
    let tg = g(to);
    let exclusive = exclusive_small || !matches!(tg.as_str(), "hour" | "minute");
    let b_ok = match our_point(b) {
        Some((end, our_grain)) => {
            // An end coarser than the peer's day ("2013-W06" against days)
            // ends with its own period.
            let step = if rank(our_grain) < rank(&tg) && rank(&tg) <= rank("day") {
                our_grain
            } else {
                tg.as_str()
            };
            let end = if exclusive {
                add_grain(end, step)
            } else {
                Some(end)
            };
            end.is_some_and(|end| {
                let s = end.to_string();
                let n = prefix(&tg);
                let want = to["value"].as_str().unwrap_or("");
                s.len() >= n && want.len() >= n && s[..n] == want[..n]
            })
        }
        None => false,
    };
    // A start coarser than the peer's day ("2013-W05" for 28 January)
    // starts with its period.
    let fg = g(from);
    let fv = from["value"].as_str().unwrap_or("");
    let a_ok = point_matches(a, fv, &fg)
        || our_point(a).is_some_and(|(start, grain)| {
            let s = start.to_string();
            let n = prefix(&fg);
            rank(grain) < rank(&fg)
                && rank(&fg) <= rank("day")
                && s.get(..n).is_some()
                && s.get(..n) == fv.get(..n)
        });
    if a_ok && b_ok {
        Verdict::Pass
    } else {
        Verdict::Fail(format!("got {}", d.value))
    }
}

fn from_of(e: &Value) -> &Value {
    if e["from"].is_null() {
        &e["to"]
    } else {
        &e["from"]
    }
}

fn duration_case(case: &Value) -> Verdict {
    let text = case["text"].as_str().unwrap_or("");
    let t = run(text, "", BareDates::News);
    let e = &case["expected"];
    if e.is_null() && !t.durations.is_empty() && t.durations.iter().all(|d| d.vague) {
        return Verdict::Deviation(
            "vague amounts ('quelques jours', 'des mois'): a vague PX<unit> duration for us, P3D or nothing for the peer",
        );
    }
    if e.is_null() {
        return if t.durations.is_empty() {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("negative: {:?}", t.durations))
        };
    }
    let want = e["iso"].as_str().unwrap_or("");
    if t.durations.len() == 1 && t.durations[0].vague {
        return Verdict::Deviation(
            "vague amounts ('quelques jours', 'des mois'): a vague PX<unit> duration for us, P3D or nothing for the peer",
        );
    }
    match t.durations.as_slice() {
        [d] if d.value == want => Verdict::Pass,
        ds => Verdict::Fail(format!(
            "want {want}, got {:?}",
            ds.iter().map(|d| &d.value).collect::<Vec<_>>()
        )),
    }
}

fn dateparser_case(case: &Value) -> Verdict {
    let text = case["text"].as_str().unwrap_or("");
    let reference = case["reference_time"].as_str().unwrap_or("");
    let e = &case["expected"];
    if let Some(matches) = e.as_array() {
        let t = run(text, reference, BareDates::Past);
        for m in matches {
            let want = m["match"].as_str().unwrap_or("");
            let day = m["value"].as_str().and_then(|v| v.get(..10));
            let found = t
                .dates
                .iter()
                .any(|d| d.text.contains(want) && day.is_none_or(|day| d.value.contains(day)));
            if !found {
                return Verdict::Fail(format!(
                    "{want:?} not found in {:?}",
                    t.dates
                        .iter()
                        .map(|d| (&d.text, &d.value))
                        .collect::<Vec<_>>()
                ));
            }
        }
        return Verdict::Pass;
    }
    let offset = e["offset_iso"].as_str().unwrap_or("");
    if offset.contains('T') {
        return Verdict::Deviation(
            "offsets below a day ('il y a 2 heures'): our reference is a day, not an instant",
        );
    }
    if offset
        .trim_start_matches('-')
        .trim_start_matches('P')
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .count()
        > 1
    {
        return Verdict::Deviation(
            "compound offsets ('1 an 2 mois') read as dates: durations for us",
        );
    }
    let value = e["value"].as_str().unwrap_or("");
    if text.contains('T') && text.contains('+') {
        return Verdict::Deviation("ISO timestamps with seconds and zone: not news prose");
    }
    let t = run(text, reference, BareDates::Past);
    let d = match single(&t) {
        Ok(d) => d,
        Err(why) => return Verdict::Fail(why),
    };
    let mut grain = e["period"].as_str().unwrap_or("day").to_string();
    if value.get(11..16).is_some_and(|t| t != "00:00")
        && !offset.starts_with('-')
        && !offset.starts_with('P')
    {
        grain = "minute".into();
    }
    if grain == "week" {
        // dateparser gives the day one week back; we give the ISO week.
        let ok = value
            .get(..10)
            .and_then(|v| v.parse::<Date>().ok())
            .is_some_and(|day| {
                let w = day.iso_week_date();
                d.value == format!("{:04}-W{:02}", w.year(), w.week())
            });
        return if ok {
            Verdict::Pass
        } else {
            Verdict::Fail(format!("got {}", d.value))
        };
    }
    if point_matches(&d.value, value, &grain) {
        Verdict::Pass
    } else {
        Verdict::Fail(format!("got {} want {value} at {grain}", d.value))
    }
}

#[test]
fn conformance() {
    if !std::path::Path::new(DIR).is_dir() {
        println!("dates conformance: {DIR} absent, skipped");
        return;
    }
    let verbose = std::env::var_os("DATES_CONFORMANCE_VERBOSE").is_some();
    let mut below = Vec::new();
    for &(file, floor) in FLOORS {
        let path = format!("{DIR}/{file}.jsonl");
        let Ok(body) = std::fs::read_to_string(&path) else {
            println!("{file}: absent, skipped");
            continue;
        };
        let (mut pass, mut fail) = (0usize, 0usize);
        let mut deviations: BTreeMap<&str, usize> = BTreeMap::new();
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).expect("corpus line is JSON");
            let verdict = if file.contains("time") {
                time_case(&case, file.starts_with("duckling"))
            } else if file.contains("duration") {
                duration_case(&case)
            } else {
                dateparser_case(&case)
            };
            match verdict {
                Verdict::Pass => pass += 1,
                Verdict::Fail(why) => {
                    fail += 1;
                    if verbose {
                        println!(
                            "  FAIL {file}: {:?} — {why}",
                            case["text"].as_str().unwrap_or("")
                        );
                    }
                }
                Verdict::Deviation(r) => *deviations.entry(r).or_default() += 1,
            }
        }
        let fit = pass + fail;
        let rate = if fit == 0 {
            100.0
        } else {
            100.0 * pass as f64 / fit as f64
        };
        println!(
            "{file}: {pass}/{fit} = {rate:.1}% of the cases that fit (floor {floor}%), {} deviations",
            deviations.values().sum::<usize>()
        );
        for (reason, n) in &deviations {
            println!("    deviation ×{n}: {reason}");
        }
        if rate < floor {
            below.push(format!("{file} {rate:.1}% < {floor}%"));
        }
    }
    assert!(below.is_empty(), "below floor: {below:?}");
}
