//! Property tests: no panic, valid ordered spans, and every gazetteer
//! spelling found when embedded in random text.

use frnews::military_units;
use frnews::units::Gazetteer;
use proptest::prelude::*;

fn check_spans(text: &str) {
    let units = military_units(text);
    let mut prev_end = 0;
    for u in &units {
        assert!(u.start < u.end && u.end <= text.len(), "{u:?}");
        assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
        assert_eq!(&text[u.start..u.end], u.text);
        assert!(u.start >= prev_end, "overlap or disorder: {units:?}");
        prev_end = u.end;
    }
}

const VOCAB: &[&str] = &[
    "le",
    "la",
    "les",
    "de",
    "des",
    "un",
    "une",
    "soldats",
    "front",
    "ville",
    "a",
    "été",
    "selon",
    "Kiev",
    "Moscou",
    "hier",
    "combats",
    "près",
    "et",
    "qui",
    "contre",
    "dans",
    ",",
    ".",
    "«",
    "»",
    "brigade",
    "régiment",
    "unité",
    "groupe",
    "1442e",
    "3e",
    "premier",
    "russe",
    "ukrainienne",
    "basée",
    "à",
    "Irkoutsk",
    "10",
    "hommes",
    "d'assaut",
    "l'",
    "section",
    "forces",
    "armée",
    "milice",
    "privée",
    "mon",
    "notre",
];

fn words() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(VOCAB), 0..12).prop_map(|v| v.join(" "))
}

/// Neutral words that cannot change a neighbouring spelling.
const NEUTRAL: &[&str] = &[
    "hier", "selon", "le", "front", "soldats", "et", "ont", "vu", "près", "ville", ",",
];

fn neutral() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(NEUTRAL), 0..6).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_and_spans_are_valid(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn spans_valid_on_unit_like_text(text in words()) {
        check_spans(&text);
    }

    #[test]
    fn every_alias_is_found_in_random_text(pre in neutral(), post in neutral(), pick in any::<prop::sample::Index>(), quote in any::<bool>()) {
        let gz = Gazetteer::builtin();
        let spellings: Vec<(&str, &str, bool)> = gz
            .entries()
            .iter()
            .flat_map(|e| {
                e.aliases.iter().map(move |a| (e.id.as_str(), a.as_str(), true))
                    .chain(e.names.iter().map(move |n| (e.id.as_str(), n.as_str(), false)))
            })
            .collect();
        let (id, spelling, standalone) = spellings[pick.index(spellings.len())];
        // Names need a type word before them or quotation marks around them.
        let embedded = match (standalone, quote) {
            (true, false) => spelling.to_string(),
            (true, true) | (false, true) => format!("« {spelling} »"),
            (false, false) => format!("le bataillon {spelling}"),
        };
        let text = format!("{pre} {embedded} {post}.");
        check_spans(&text);
        let at = text.find(&embedded).unwrap();
        let units = military_units(&text);
        prop_assert!(
            units.iter().any(|u| u.id.as_deref() == Some(id) && u.start <= at && u.end >= at + embedded.len()),
            "{id} not found in {text:?}: {units:?}"
        );
    }
}

#[test]
fn hostile_inputs() {
    for text in [
        String::new(),
        "le bataillon ".repeat(100_000),
        "« ".repeat(50_000),
        "la 1442e ".repeat(50_000),
        "de ".repeat(100_000),
        "Wagner".repeat(100_000),
        "un groupe d'assaut de 10 soldats, ".repeat(20_000),
    ] {
        check_spans(&text);
    }
}
