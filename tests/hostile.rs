//! Hostile inputs: each must finish (linearly: see the `hostile` bench
//! group for the 1x/4x/16x timings) and return something sensible.
//! No timed assertions here: performance lives in the benches.

use frnews::{Analysis, Analyzer, TokenKind};

fn analyze(text: &str) -> Analysis {
    Analyzer::builder()
        .reference_date("2023-05-20")
        .unwrap()
        .tokens(false)
        .build()
        .analyze(text)
}

/// Every mention's span is valid and its text exact.
fn check(text: &str, a: &Analysis) {
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    spans.extend(a.numbers.iter().map(|m| (m.start, m.end, m.text.as_str())));
    spans.extend(a.dates.iter().map(|m| (m.start, m.end, m.text.as_str())));
    spans.extend(
        a.durations
            .iter()
            .map(|m| (m.start, m.end, m.text.as_str())),
    );
    spans.extend(
        a.military_units
            .iter()
            .map(|m| (m.start, m.end, m.text.as_str())),
    );
    spans.extend(
        a.article
            .removed
            .iter()
            .map(|m| (m.start, m.end, m.text.as_str())),
    );
    for (s, e, t) in spans {
        assert!(s <= e && e <= text.len());
        assert_eq!(&text[s..e], t);
    }
    for s in &a.sentences {
        assert!(s.start < s.end && s.end <= text.len());
    }
    serde_json::to_string(a).expect("serialisable");
}

#[test]
fn empty_and_blank() {
    for t in ["", " ", "\n\n\n", "\u{FEFF}", "\u{200B}\u{AD}", "\r\n\r"] {
        let a = analyze(t);
        check(t, &a);
        assert!(a.sentences.is_empty());
        assert!(a.numbers.is_empty() && a.dates.is_empty() && a.military_units.is_empty());
    }
}

#[test]
fn fifty_megabytes_on_one_line() {
    let unit =
        "Plus de 6\u{202F}500 soldats du 1442e régiment ont fui le 9 mai dernier, selon l’AFP ; ";
    let text = unit.repeat(50_000_000 / unit.len() + 1);
    assert!(text.len() >= 50_000_000 && !text.contains('\n'));
    let toks = frnews::tokenize(&text);
    assert!(toks.len() > 5_000_000);
    assert_eq!(
        frnews::sentences(&text).len(),
        1,
        "one line without a period is one sentence"
    );
}

#[test]
fn a_million_plus_de() {
    let text = "plus de ".repeat(1_000_000);
    let a = analyze(&text);
    check(&text, &a);
    assert!(a.numbers.is_empty(), "no number in 'plus de plus de …'");
}

#[test]
fn ten_thousand_digits() {
    let digits = "9".repeat(10_000);
    let text = format!("Il y a {digits} soldats et 12 chars.");
    let toks = frnews::tokenize(&text);
    assert!(
        toks.iter()
            .any(|t| t.kind == TokenKind::Number && t.end - t.start == 10_000)
    );
    let a = analyze(&text);
    check(&text, &a);
    // Grouped: 3-digit groups repeated.
    let grouped = format!("{} soldats", vec!["999"; 3_000].join("\u{202F}"));
    let a = analyze(&grouped);
    check(&grouped, &a);
}

#[test]
fn unbalanced_quotes_and_brackets() {
    for t in [
        "« « « oui",
        "» » non.",
        "\"\"\" ' ' ‘ “ ”",
        "(((((",
        "]]]] [[[ 1442e régiment",
        "«Il dit: « non",
    ] {
        let a = analyze(t);
        check(t, &a);
    }
    let deep = "« ".repeat(100_000);
    check(&deep, &analyze(&deep));
}

#[test]
fn every_space_and_control_character() {
    let mut t = String::new();
    for c in (0u32..0x2100).filter_map(char::from_u32) {
        if c.is_whitespace()
            || c.is_control()
            || frnews::chars::class(c) == frnews::chars::CharClass::Invisible
        {
            t.push_str("le 9");
            t.push(c);
            t.push_str("mai 2022");
            t.push(c);
        }
    }
    check(&t, &analyze(&t));
}

#[test]
fn mixed_scripts() {
    let t = "Le bataillon «Азов» et Владимир Путин ; 東京 ; ١٢٣ ; Ruslan Anitin, né le 3 mars 1990 à Москва. 🇺🇦🇷🇺 👍🏽";
    let a = analyze(t);
    check(t, &a);
    let toks: Vec<&str> = frnews::tokenize(t)
        .iter()
        .map(|x| &t[x.start..x.end])
        .collect();
    assert!(toks.contains(&"Азов") && toks.contains(&"Путин") && toks.contains(&"Москва"));
}

#[test]
fn pathological_repetitions() {
    for unit in [
        "-", "'", "l'", "a-t-", "1.", "1 ", "1,", "12h", "XX", "n°", "http://", "@", "#", ".", "…",
        "1er ", "mille ", "vingt-",
    ] {
        let t = unit.repeat(20_000);
        check(&t, &analyze(&t));
    }
}

/// Long tokens on many short lines: a block's context is widened to hold
/// 256 tokens only up to a bound (64 KiB or the block size), so the blocks
/// do not each read megabytes of neighbouring lines.
#[test]
fn long_tokens_on_many_lines() {
    let line = format!("{} 12 soldats.\n", "x".repeat(20_000));
    let text = line.repeat(400);
    let a = analyze(&text);
    check(&text, &a);
    assert_eq!(a.numbers.len(), 400);
    assert_eq!(a.sentences.len(), 400);
}

#[path = "common/mod.rs"]
mod seeds_common;

/// Decomposed accents (NFD, as copied from macOS or a PDF) are read as the
/// composed text: the same values, with every span in the caller's text.
#[test]
fn decomposed_accents_read_as_composed() {
    use unicode_normalization::UnicodeNormalization;
    let values = |a: &Analysis| {
        (
            a.numbers
                .iter()
                .map(|m| (m.value, m.unit.clone(), m.qualifier))
                .collect::<Vec<_>>(),
            a.dates.iter().map(|d| d.value.clone()).collect::<Vec<_>>(),
            a.durations
                .iter()
                .map(|d| d.value.clone())
                .collect::<Vec<_>>(),
            a.military_units
                .iter()
                .map(|u| (u.kind, u.number, u.side.clone()))
                .collect::<Vec<_>>(),
            a.article.removed.len(),
            a.sentences.len(),
        )
    };
    for prefix in ["000", "001", "002", "003", "004"] {
        let composed = seeds_common::seed(prefix);
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed, "{prefix}: the seed has accents");
        let (a, b) = (analyze(&composed), analyze(&decomposed));
        check(&decomposed, &b);
        assert_eq!(values(&a), values(&b), "{prefix}");
    }
}

/// The per-stage functions read decomposed accents as the composed text too:
/// the same values, every span in the caller's text.
#[test]
fn stage_functions_read_decomposed_accents_as_composed() {
    use unicode_normalization::UnicodeNormalization;
    let reference = frnews::dates::Reference::parse("2023-05-20").ok();
    for prefix in ["000", "001", "002", "003", "004"] {
        let c = seeds_common::seed(prefix);
        let d: String = c.nfd().collect();
        let spans_ok = |text: &str, spans: Vec<(usize, usize, &str)>| {
            for (s, e, t) in spans {
                assert_eq!(text.get(s..e), Some(t), "{prefix}");
            }
        };
        let (nc, nd) = (frnews::numbers(&c), frnews::numbers(&d));
        let nv = |n: &[frnews::numbers::NumberMention]| {
            n.iter()
                .map(|m| (m.value, m.unit.clone(), m.counted.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(nv(&nc), nv(&nd), "{prefix}: numbers");
        spans_ok(
            &d,
            nd.iter()
                .map(|m| (m.start, m.end, m.text.as_str()))
                .collect(),
        );
        let (tc, td) = (frnews::dates(&c, reference), frnews::dates(&d, reference));
        let dv = |t: &frnews::dates::Temporal| {
            (
                t.dates.iter().map(|m| m.value.clone()).collect::<Vec<_>>(),
                t.durations
                    .iter()
                    .map(|m| m.value.clone())
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(dv(&tc), dv(&td), "{prefix}: dates");
        spans_ok(
            &d,
            td.dates
                .iter()
                .map(|m| (m.start, m.end, m.text.as_str()))
                .collect(),
        );
        let (uc, ud) = (frnews::military_units(&c), frnews::military_units(&d));
        let uv = |u: &[frnews::units::UnitMention]| {
            u.iter()
                .map(|m| (m.kind, m.number, m.side.clone(), m.specialty.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(uv(&uc), uv(&ud), "{prefix}: units");
        spans_ok(
            &d,
            ud.iter()
                .map(|m| (m.start, m.end, m.text.as_str()))
                .collect(),
        );
        let (bc, bd) = (frnews::strip_boilerplate(&c), frnews::strip_boilerplate(&d));
        let kinds = |a: &frnews::Article| a.removed.iter().map(|r| r.kind).collect::<Vec<_>>();
        assert_eq!(
            (kinds(&bc), bc.body.len(), bc.published.clone()),
            (kinds(&bd), bd.body.len(), bd.published.clone()),
            "{prefix}: boilerplate"
        );
        spans_ok(
            &d,
            bd.removed
                .iter()
                .map(|r| (r.start, r.end, r.text.as_str()))
                .collect(),
        );
        for b in &bd.body {
            assert!(d.get(b.range()).is_some(), "{prefix}");
        }
        assert_eq!(frnews::sentences(&c).len(), frnews::sentences(&d).len());
    }
}
