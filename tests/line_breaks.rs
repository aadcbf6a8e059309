//! Every line break ends a sentence, and no number, date, duration or unit
//! phrase runs across one: a headline, a caption or a paragraph's last
//! words do not combine with the next line's first ones.

use frnews::dates::Reference;
use frnews::{Analysis, Analyzer};
use proptest::prelude::*;

mod common;

fn analyze(text: &str) -> Analysis {
    Analyzer::builder()
        .reference_date("2023-05-20")
        .expect("valid date")
        .build()
        .analyze(text)
}

/// Every mention's text, in the order numbers, dates, durations, units.
fn mentions(a: &Analysis) -> Vec<&str> {
    let mut v: Vec<&str> = a.numbers.iter().map(|n| n.text.as_str()).collect();
    v.extend(a.dates.iter().map(|d| d.text.as_str()));
    v.extend(a.durations.iter().map(|d| d.text.as_str()));
    v.extend(a.military_units.iter().map(|u| u.text.as_str()));
    v
}

fn has_break(s: &str) -> bool {
    s.contains([
        '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
    ])
}

#[test]
fn numbers_stop_at_a_line_break() {
    for sep in [
        "\n", "\n\n", "\r\n", "\r\n\r\n", " \n ", "\u{2028}", "\u{2029}",
    ] {
        let text = format!("Ils étaient plus de{sep}6500 à se rendre.");
        let n = frnews::numbers(&text);
        assert_eq!(n.len(), 1, "{text:?}");
        assert_eq!(n[0].text, "6500", "{text:?}");
        assert_eq!(n[0].value, Some(6500.0));

        let text = format!("Un bilan de vingt{sep}trois morts selon Kiev.");
        let got: Vec<String> = frnews::numbers(&text).into_iter().map(|n| n.text).collect();
        assert_eq!(got, ["vingt", "trois morts"], "{text:?}");
    }
    // Within a line, the phrase is whole.
    assert_eq!(
        frnews::numbers("Ils étaient plus de 6500 à se rendre.")[0].text,
        "plus de 6500"
    );
}

#[test]
fn dates_stop_at_a_line_break() {
    let r = Reference::parse("2023-05-20").ok();
    for sep in ["\n", "\n\n", "\r\n"] {
        let text = format!("La vidéo a été tournée en mai{sep}2022 : des soldats.");
        let t = frnews::dates(&text, r);
        assert!(
            t.dates.iter().all(|d| !has_break(&d.text)),
            "{text:?}: {:?}",
            t.dates
        );
        assert_eq!(t.dates[0].text, "en mai", "{text:?}");
        assert_eq!(t.dates[0].value, "2023-05");

        let text = format!("Il a combattu pendant trois{sep}semaines de suite.");
        let t = frnews::dates(&text, r);
        assert!(
            t.durations.iter().all(|d| !has_break(&d.text)),
            "{text:?}: {:?}",
            t.durations
        );
    }
    let t = frnews::dates("La vidéo a été tournée en mai 2022 : des soldats.", r);
    assert_eq!(t.dates[0].text, "en mai 2022");
}

#[test]
fn units_stop_at_a_line_break() {
    for sep in ["\n", "\n\n", "\r\n"] {
        let text = format!("Les hommes du 1442e régiment{sep}de fusiliers motorisés ont fui.");
        let u = frnews::military_units(&text);
        assert_eq!(u.len(), 1, "{text:?}: {u:?}");
        assert_eq!(u[0].text, "1442e régiment", "{text:?}");
        assert_eq!(u[0].number, Some(1442));
        assert_eq!(u[0].specialty, None);

        // A numbered head on one line and its noun on the next: no unit.
        let text = format!("Il a rejoint la 3e{sep}brigade, puis la ville.");
        assert!(
            frnews::military_units(&text)
                .iter()
                .all(|u| !has_break(&u.text)),
            "{text:?}"
        );
    }
    let u = frnews::military_units("Les hommes du 1442e régiment de fusiliers motorisés ont fui.");
    assert_eq!(u[0].specialty.as_deref(), Some("fusiliers motorisés"));
}

#[test]
fn offsets_of_mended_mentions_point_into_the_text() {
    let text = "Titre : plus de\n6500 soldats le 9\nmai 2022 avec la 3e\nbrigade.";
    let a = analyze(text);
    for n in &a.numbers {
        assert_eq!(&text[n.start..n.end], n.text);
    }
    for d in &a.dates {
        assert_eq!(&text[d.start..d.end], d.text);
    }
    for u in &a.military_units {
        assert_eq!(&text[u.start..u.end], u.text);
    }
    assert!(mentions(&a).iter().all(|m| !has_break(m)), "{a:?}");
    // Sorted and disjoint within each list.
    assert!(a.numbers.windows(2).all(|w| w[0].end <= w[1].start));
    assert!(a.dates.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn seeds_have_no_mention_across_lines() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let text = common::seed(prefix);
        let a = analyze(&text);
        assert!(mentions(&a).iter().all(|m| !has_break(m)), "{prefix}");
    }
}

/// Pieces of French news, with words that phrases could run across.
const PIECES: &[&str] = &[
    "plus de",
    "6500",
    "soldats",
    "le 9",
    "mai",
    "2022",
    "dernier",
    "pendant trois",
    "semaines",
    "la 3e",
    "brigade",
    "du 1442e régiment",
    "de fusiliers motorisés",
    "vingt",
    "deux mille",
    "cents",
    "hommes",
    "depuis",
    "lundi",
    "à 15 h",
    "30",
    "le groupe",
    "Wagner",
    "Publicité",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Whatever the pieces and separators, no mention holds a line break,
    /// and every mention is the text at its offsets.
    #[test]
    fn no_mention_crosses_a_line(
        parts in proptest::collection::vec(
            (0..PIECES.len(), prop_oneof![Just(" "), Just("\n"), Just("\n\n"), Just("\r\n"), Just(" \u{2028}")]),
            1..24,
        )
    ) {
        let text = common::join_pieces(PIECES, &parts);
        let a = analyze(&text);
        for n in &a.numbers {
            prop_assert_eq!(&text[n.start..n.end], n.text.as_str());
        }
        for d in &a.dates {
            prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
        }
        for d in &a.durations {
            prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
        }
        for u in &a.military_units {
            prop_assert_eq!(&text[u.start..u.end], u.text.as_str());
        }
        for m in mentions(&a) {
            prop_assert!(!has_break(m), "{:?} in {:?}", m, text);
        }
        prop_assert!(a.numbers.windows(2).all(|w| w[0].end <= w[1].start));
        prop_assert!(a.military_units.windows(2).all(|w| w[0].end <= w[1].start));
    }
}
