//! Integration tests of the dates stage: every temporal expression of the
//! five seed articles, and properties of the resolution.

use frnews::dates::{DateKind, Grain, Modifier, Reference, Temporal, dates};
use frnews::numbers::Qualifier;
use jiff::civil::Date;
use proptest::prelude::*;

mod common;
use common::seed;

fn day(s: &str) -> Option<Reference> {
    Some(Reference::parse(s).unwrap())
}

/// (text, value, resolved) of every date; (text, value, qualifier, vague) of every duration.
type Dates = Vec<(String, String, bool)>;
type Durations = Vec<(String, String, Qualifier, bool)>;

fn summary(t: &Temporal) -> (Dates, Durations) {
    (
        t.dates
            .iter()
            .map(|d| (d.text.clone(), d.value.clone(), d.resolved))
            .collect(),
        t.durations
            .iter()
            .map(|d| (d.text.clone(), d.value.clone(), d.qualifier, d.vague))
            .collect(),
    )
}

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn seed_000_le_9_mai_dernier() {
    // A report of late May 2023 (the video was released about two weeks later).
    let t = dates(&seed("000"), day("2023-05-25"));
    let (d, u) = summary(&t);
    assert_eq!(d, vec![(s("le 9 mai dernier"), s("2023-05-09"), true)]);
    assert!(u.is_empty(), "{u:?}");
}

#[test]
fn seed_001_hotline_article() {
    // Written after the "8 janvier dernier" exchange: late January 2023.
    let t = dates(&seed("001"), day("2023-01-20"));
    let (d, u) = summary(&t);
    assert_eq!(
        d,
        vec![
            (s("le 18 mai 2022"), s("2022-05-18"), true),
            (s("le 18 mai 2022"), s("2022-05-18"), true),
            (s("ces derniers mois"), s("PAST_REF"), false),
            (s("récemment"), s("PAST_REF"), false),
            (s("depuis le 15 septembre"), s("2022-09-15"), true),
            (s("24 heures sur 24"), s("PT1H"), true),
            (s("le mois de décembre"), s("2022-12"), true),
            (s("le 8 janvier dernier"), s("2023-01-08"), true),
        ]
    );
    assert!(u.is_empty(), "{u:?}");
    let since = &t.dates[4];
    assert_eq!(
        (since.modifier, since.grain),
        (Some(Modifier::Since), Grain::Day)
    );
    assert_eq!(t.dates[5].kind, DateKind::Set);
    assert_eq!(t.dates[6].grain, Grain::Month);
    // "6543 demandes", "300.000 réservistes", "2 millions" are not dates.
    assert!(
        !t.dates
            .iter()
            .any(|d| d.text.contains("6543") || d.text.contains("300"))
    );
}

#[test]
fn seed_002_has_no_date() {
    // "avant le début de la guerre", "Au début", "bientôt": no calendar value.
    let t = dates(&seed("002"), day("2023-05-25"));
    assert_eq!(summary(&t), (vec![], vec![]));
}

#[test]
fn seed_003_desertion_videos() {
    // Metro Belgium, March 2023 ("plus d'un an que la guerre ... a commencé").
    let t = dates(&seed("003"), day("2023-03-15"));
    let (d, u) = summary(&t);
    assert_eq!(
        d,
        vec![
            (s("La semaine dernière"), s("2023-W10"), true),
            (s("ces derniers temps"), s("PAST_REF"), false),
        ]
    );
    assert_eq!(t.dates[0].grain, Grain::Week);
    assert_eq!(
        u,
        vec![
            (s("plus d’un an"), s("P1Y"), Qualifier::MoreThan, false),
            (s("2 min"), s("PT2M"), Qualifier::Exact, false),
            (s("plusieurs semaines"), s("PXW"), Qualifier::Exact, true),
        ]
    );
}

#[test]
fn seed_004_month_reference_from_header() {
    // The article states only "date 2023-09".
    let t = dates(
        &seed("004"),
        Some(Reference::Month {
            year: 2023,
            month: 9,
        }),
    );
    let (d, u) = summary(&t);
    assert_eq!(
        d,
        vec![
            (s("2023-09"), s("2023-09"), true),
            (s("aujourd’hui"), s("2023-09-XX"), false),
            (s("Aujourd’hui"), s("2023-09-XX"), false),
        ]
    );
    assert!(u.is_empty(), "{u:?}");
    // "1442e régiment" and "10 soldats" are not dates.
    assert!(!t.dates.iter().any(|d| d.text.contains("1442")));
}

/// A number (in digits, cardinal or ordinal, or in words) starts a match,
/// or lets a preposition before it start one, only when a word the
/// matchers read follows it or when it may be a year (the start gate skips
/// "2022 soldats", "deux soldats", "plus de 6500 soldats", "du 1442e
/// régiment"); what such numbers do start is still found.
#[test]
fn numbers_before_plain_words_start_nothing_and_the_rest_is_kept() {
    let reference = day("2023-05-20");
    let none = [
        "Près de 2022 soldats ont été mobilisés.",
        "Il compte 15 réservistes et 300 volontaires.",
        "Le bilan : 12 morts, 40 blessés.",
        "Deux soldats et vingt et un réservistes sont arrivés.",
        // Nor does a preposition before such a number.
        "Près de 300 réservistes et plus de 6500 soldats.",
        "Il a parlé à 14 journalistes.",
        "Plus de deux soldats sur trois.",
        "Les hommes du 1442e régiment sont partis.",
    ];
    for text in none {
        let t = dates(text, reference);
        assert!(
            t.dates.is_empty() && t.durations.is_empty(),
            "{text}: {t:?}"
        );
    }
    let kept = [
        ("Il a couru 10 secs de plus.", "10 secs"),
        ("Il est resté 3 semaines au front.", "3 semaines"),
        ("La réunion a duré 2 min. seulement.", "2 min"),
        ("Le 12 juillet 2022, ils sont partis.", "Le 12 juillet 2022"),
        // Started by the number itself (no article or preposition before).
        ("Nous partirons 12 juillet.", "12 juillet"),
        ("Il a dormi 1 heure.", "1 heure"),
        ("Elle attendra 1 an.", "1 an"),
        ("Il est resté deux jours.", "deux jours"),
        ("Il a dormi vingt et une heures.", "vingt et une heures"),
        ("Ils ont tenu trois mois.", "trois mois"),
        // A year may stand before a word no matcher reads.
        ("En 2014 Poutine a annexé la Crimée.", "En 2014"),
        ("Avant 1991 Kiev dépendait de Moscou.", "Avant 1991"),
        ("Depuis 2014 les combats continuent.", "Depuis 2014"),
        (
            "Il est arrivé en deux mille quatorze avec sa famille.",
            "en deux mille quatorze",
        ),
        ("Il reste moins de deux semaines.", "moins de deux semaines"),
        ("Au XXIe siècle tout change.", "Au XXIe siècle"),
        ("Au 2e trimestre les ventes montent.", "Au 2e trimestre"),
        ("Il arrive à 14 h 30 demain.", "à 14 h 30 demain"),
        ("La guerre a duré de 2014 à 2022.", "de 2014 à 2022"),
    ];
    for (text, mention) in kept {
        let t = dates(text, reference);
        let found: Vec<&str> = t
            .dates
            .iter()
            .map(|d| d.text.as_str())
            .chain(t.durations.iter().map(|d| d.text.as_str()))
            .collect();
        assert!(found.contains(&mention), "{text}: {found:?}");
    }
}

#[test]
fn seed_000_without_reference_keeps_what_is_written() {
    let t = dates(&seed("000"), None);
    assert_eq!(t.dates[0].value, "XXXX-05-09");
    assert!(!t.dates[0].resolved);
}

const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn any_date() -> impl Strategy<Value = Date> {
    (1950i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

/// Whether `v` is an ISO 8601 date, week, month, year, date-time or
/// duration, or a `/` interval of them (quarters in the TIMEX3 form "2023-Q3").
fn is_iso(v: &str) -> bool {
    if let Some(rest) = v.strip_prefix('P') {
        return is_iso_duration(rest);
    }
    v.split('/').all(|p| {
        let b = p.as_bytes();
        let year = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
        match b.len() {
            4 => year(p),
            7 if b[5] == b'Q' => year(&p[..4]) && matches!(b[6], b'1'..=b'4'),
            7 if b[5] == b'H' => year(&p[..4]) && matches!(b[6], b'1' | b'2'),
            7 => format!("{p}-01").parse::<Date>().is_ok(),
            8 if b[5] == b'W' => {
                year(&p[..4]) && p[6..].parse::<u8>().is_ok_and(|w| (1..=53).contains(&w))
            }
            10 => p.parse::<Date>().is_ok(),
            _ => p.parse::<jiff::civil::DateTime>().is_ok(),
        }
    })
}

/// ISO 8601 duration syntax after the "P": `nY nM nW nD [T nH nM nS]` in
/// order, at least one component, a fraction only as the last one.
fn is_iso_duration(rest: &str) -> bool {
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) if !t.is_empty() => (d, Some(t)),
        Some(_) => return false,
        None => (rest, None),
    };
    let ok = |part: &str, units: &str| -> Option<usize> {
        let mut count = 0;
        let mut order = 0;
        let mut num = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                num.push(c);
            } else {
                let pos = units[order..].find(c)? + order;
                if num.is_empty() || num.parse::<f64>().is_err() {
                    return None;
                }
                order = pos + 1;
                count += 1;
                num.clear();
            }
        }
        num.is_empty().then_some(count)
    };
    let d = ok(date, "YMWD");
    let t = time.map_or(Some(0), |t| ok(t, "HMS").filter(|&n| n > 0));
    matches!((d, t), (Some(a), Some(b)) if a + b > 0)
}

const PHRASES: &[&str] = &[
    "le 9 mai dernier",
    "hier soir",
    "la semaine dernière",
    "il y a trois semaines",
    "dans deux mois",
    "lundi",
    "jeudi prochain",
    "début mars",
    "fin 2022",
    "du 3 au 5 mai",
    "de 2014 à 2022",
    "à 14h30",
    "vers 6 heures du matin",
    "l'été 2022",
    "le XXe siècle",
    "les années 1990",
    "plus d'un an",
    "48 heures",
    "un an et demi",
    "24 heures sur 24",
    "tous les mardis",
    "le week-end dernier",
    "dans la nuit de samedi à dimanche",
    "au 3e trimestre 2023",
    "ces derniers mois",
    "à la fin du mois",
    "depuis février",
    "demain",
    "2 min.",
    "F-16",
    "la 7",
    "le 1442e régiment",
    "6543 demandes",
    "é",
    "’",
    " ",
    "\n",
    "à quatre milliards de milliards heures moins cinq",
    "il y a 999999999 ans",
    "le 31 février",
    "du 30 au 31 février",
    "la cinquième semaine de février",
    "jeudi 31",
    "le 29 février dernier",
    "mardi de la semaine prochaine",
    "à 14h30 jeudi",
    "8 heures ce soir",
    "Noël",
    "17/02/22",
    "le 20 02 2014",
    "24 12 14",
    "le 16.",
    "à partir du 8",
    "vendredi quinze à 16h",
    "mardi en huit",
    "mercredi d'après",
    "la semaine du 6 octobre",
    "15h",
    "onze heures moins le quart",
    "à l'heure du déjeuner",
    "après le travail",
    "dans la journée",
    "le dernier week-end de septembre",
    "de 11h30 à 1h30",
    "entre midi et 2",
    "d'ici 2 semaines",
    "1/4h",
    "5'30\"",
    "2015-3-3",
];

proptest! {
    #[test]
    fn le_d_mois_dernier_is_within_the_past_year(r in any_date(), m in 1usize..=12, d in 1i8..=28) {
        let text = format!("Il est parti le {d} {} dernier.", MONTHS[m - 1]);
        let t = dates(&text, Some(Reference::Day(r)));
        prop_assert_eq!(t.dates.len(), 1);
        let v: Date = t.dates[0].value.parse().unwrap();
        prop_assert!(v < r);
        prop_assert!(v >= r.checked_sub(jiff::Span::new().years(1)).unwrap());
        prop_assert_eq!((v.day(), v.month() as usize), (d, m));
    }

    #[test]
    fn il_y_a_n_jours_is_n_days_before(r in any_date(), n in 0i64..5000) {
        let text = format!("Il est parti il y a {n} jours.");
        let t = dates(&text, Some(Reference::Day(r)));
        prop_assert_eq!(t.dates.len(), 1);
        let v: Date = t.dates[0].value.parse().unwrap();
        prop_assert_eq!(r.since(v).unwrap().get_days() as i64, n);
    }

    #[test]
    fn spans_are_valid_and_values_iso(
        picks in proptest::collection::vec(0..PHRASES.len(), 0..12),
        r in any_date(),
        noise in "\\PC{0,20}",
    ) {
        let mut text = noise.clone();
        for p in picks {
            text.push(' ');
            text.push_str(PHRASES[p]);
        }
        for reference in [Some(Reference::Day(r)), None] {
            let t = dates(&text, reference);
            let mut last = 0;
            for d in &t.dates {
                prop_assert!(d.start <= d.end && d.end <= text.len());
                prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
                prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
                prop_assert!(d.start >= last);
                last = d.end;
                // Sets carry TIMEX3 set values ("XXXX-WXX-2"), not points.
                if d.resolved && d.kind != DateKind::Set {
                    prop_assert!(is_iso(&d.value), "{}", d.value);
                }
            }
            for u in &t.durations {
                prop_assert_eq!(&text[u.start..u.end], u.text.as_str());
                if !u.vague {
                    prop_assert!(is_iso(&u.value), "{}", u.value);
                }
                prop_assert_eq!(u.low.is_some(), u.high.is_some());
                for bound in u.low.iter().chain(&u.high) {
                    prop_assert!(is_iso(bound), "{}", bound);
                }
            }
        }
    }

    #[test]
    fn spaced_numeric_dates_read_day_month_year(r in any_date(), y in 1950i16..2100, m in 1i8..=12, d in 1i8..=28) {
        for text in [format!("Il est né le {d} {m:02} {y}."), format!("Il est né le {d} {m} {y}.")] {
            let t = dates(&text, Some(Reference::Day(r)));
            prop_assert_eq!(t.dates.len(), 1, "{}", text);
            prop_assert_eq!(&t.dates[0].value, &format!("{y:04}-{m:02}-{d:02}"));
        }
    }

    #[test]
    fn weekday_en_huit_is_one_to_two_weeks_ahead(r in any_date(), wd in 0usize..7) {
        let text = format!("Il reviendra {} en huit.", WEEKDAYS[wd]);
        let t = dates(&text, Some(Reference::Day(r)));
        prop_assert_eq!(t.dates.len(), 1);
        let v: Date = t.dates[0].value.parse().unwrap();
        let ahead = v.since(r).unwrap().get_days();
        prop_assert!((7..=13).contains(&ahead), "{} days", ahead);
        prop_assert_eq!(v.weekday().to_monday_zero_offset() as usize, wd);
    }

    #[test]
    fn time_intervals_stay_within_the_day(h1 in 0i8..24, m1 in 0i8..60, h2 in 0i8..24) {
        let text = format!("Ouvert de {h1}h{m1:02} à {h2}h.");
        let t = dates(&text, day("2023-05-25"));
        prop_assert_eq!(t.dates.len(), 1, "{}", text);
        let v = &t.dates[0].value;
        let (a, b) = v.split_once('/').unwrap();
        let h = |x: &str| x[11..13].parse::<i8>().unwrap();
        prop_assert_eq!(h(a), h1);
        // an earlier end by less than twelve hours is in the afternoon
        let want = if h2 < h1 && h2 < 12 && h2 + 12 > h1 { h2 + 12 } else { h2 };
        prop_assert_eq!(h(b), want);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let t = dates(&text, None);
        for d in &t.dates {
            prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
        }
    }
}

#[test]
fn large_repetition_is_linear_and_safe() {
    let text = "le 9 mai dernier, plus d'un an. ".repeat(100_000);
    let t = dates(&text, day("2023-05-25"));
    assert_eq!(t.dates.len(), 100_000);
    assert_eq!(t.durations.len(), 100_000);
}

#[test]
fn nested_cues_stay_bounded() {
    // Each "le 1 vers" could open another date inside the previous one.
    for phrase in [
        "le 1 vers ",
        "du 1 au ",
        "depuis le 1 jusqu'au ",
        "jeudi 1 à 2 h ",
        "entre le 1 et ",
    ] {
        let text = phrase.repeat(5_000);
        let t = dates(&text, day("2023-05-25"));
        for d in &t.dates {
            assert_eq!(&text[d.start..d.end], d.text);
        }
    }
}
