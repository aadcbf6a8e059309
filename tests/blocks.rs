//! A long text is read in blocks cut at line breaks
//! ([`frnews::AnalyzerBuilder::block_size`]); the result must be the
//! whole-text result, whatever the block size.

use frnews::{Analysis, Analyzer};
use proptest::prelude::*;

mod common;

fn analyze(text: &str, block_size: usize) -> Analysis {
    Analyzer::builder()
        .reference_date("2023-05-20")
        .expect("valid date")
        .tokens(true)
        .block_size(block_size)
        .build()
        .analyze(text)
}

fn seeds() -> String {
    ["000", "001", "002", "003", "004"]
        .iter()
        .map(|p| common::seed(p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn blocks_of_any_size_give_the_whole_text_result_on_the_seeds() {
    let text = seeds().repeat(3);
    let whole = analyze(&text, usize::MAX);
    assert!(!whole.numbers.is_empty() && !whole.dates.is_empty());
    for block_size in [1, 50, 700, 4096, 20_000] {
        assert!(
            analyze(&text, block_size) == whole,
            "block size {block_size}"
        );
    }
}

/// The conformance sentences of `../shared/corpora`, one per line: many
/// dates and numbers on short lines, where a block cut falls next to a
/// mention.
#[test]
fn blocks_give_the_whole_text_result_on_the_conformance_sentences() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("no {dir}: skipped");
        return;
    };
    let mut lines = Vec::new();
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
    {
        let data = std::fs::read_to_string(p).expect("UTF-8 corpus");
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                lines.push(t.replace(['\n', '\r'], " "));
            }
        }
    }
    assert!(lines.len() > 500, "{} sentences", lines.len());
    let text = lines.join("\n");
    let whole = analyze(&text, usize::MAX);
    for block_size in [1, 300, 5000] {
        assert!(
            analyze(&text, block_size) == whole,
            "block size {block_size}"
        );
    }
}

#[test]
fn blocks_cover_the_text_once() {
    // Every token of the whole-text stream is reported once, in order.
    let text = "Plus de 6500 soldats.\n".repeat(2000);
    let a = analyze(&text, 1000);
    let toks = a.tokens.as_ref().expect("tokens asked for");
    assert_eq!(toks.len(), frnews::tokenize(&text).len());
    assert!(toks.windows(2).all(|w| w[0].end <= w[1].start));
    assert_eq!(a.numbers.len(), 2000);
    assert_eq!(a.sentences.len(), 2000);
    // A text without a line break is read whole.
    let line = "Plus de 6500 soldats. ".repeat(500);
    assert!(analyze(&line, 100) == analyze(&line, usize::MAX));
}

const PIECES: &[&str] = &[
    "plus de 6500 soldats",
    "le 9 mai dernier",
    "la 3e brigade d'assaut",
    "du 1442e régiment",
    "pendant trois semaines",
    "depuis lundi",
    "à 15 h 30",
    "le groupe Wagner",
    "Publicité",
    "un soldat de mon unité",
    "deux mille",
    "le 18 mai 2022 (Photo d'illustration) - AFP",
    "Le régiment russe affirme",
    "vingt",
    "hommes",
    "le lendemain,",
    "La veille au soir",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_block_size_gives_the_whole_text_result(
        parts in proptest::collection::vec(
            (0..PIECES.len(), prop_oneof![Just(" "), Just(". "), Just("\n"), Just("\n\n"), Just("\r\n")]),
            // Up to about 20 KB: more than the 2 KiB of context on each side.
            1..900,
        ),
        block_size in 1usize..4000,
    ) {
        let text = common::join_pieces(PIECES, &parts);
        prop_assert!(analyze(&text, block_size) == analyze(&text, usize::MAX));
    }
}

/// Tokens so long that 2 KiB of context holds fewer than the unit cue
/// window's 80 tokens: the block's context is widened until it holds
/// enough, so a cue far back in bytes still counts.
#[test]
fn context_is_widened_over_long_tokens() {
    let long_word = "x".repeat(300);
    let mut text = String::from("Le soldat a parlé de ses camarades.\n");
    for _ in 0..6 {
        text.push_str(&[long_word.as_str(); 5].join(" "));
        text.push('\n');
    }
    text.push_str("«C’est tout ce qui reste de mon unité»\n");
    let whole = analyze(&text, usize::MAX);
    assert!(
        whole.military_units.iter().any(|u| u.text == "mon unité"),
        "{:?}",
        whole.military_units
    );
    for block_size in [1, 200, 3000] {
        assert!(
            analyze(&text, block_size) == whole,
            "block size {block_size}"
        );
    }
}
