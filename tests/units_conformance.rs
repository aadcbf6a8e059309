//! Conformance of unit numbering with the peers' French ordinal corpora
//! (`../shared/corpora`, read-only): every ordinal of the corpora, followed
//! by "bataillon", must give a numbered battalion with the peer's value.
//! There is no peer corpus of military units; this checks the number reading
//! the unit stage relies on.

use frnews::military_units;
use frnews::units::UnitKind;
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");
const FILES: &[&str] = &["duckling_fr_ordinal.jsonl", "rustling_fr_ordinal.jsonl"];
/// Floor on the pass rate of each file.
const FLOOR: f64 = 0.99;

/// Deliberate deviations: none so far. (A case outside our model would be
/// listed here with its reason.)
const DEVIATIONS: &[(&str, &str)] = &[];

#[test]
fn ordinal_corpora_as_unit_numbers() {
    if !Path::new(DIR).is_dir() {
        println!("skipped: {DIR} is absent");
        return;
    }
    for file in FILES {
        let path = Path::new(DIR).join(file);
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("skipped: {} is absent", path.display());
            continue;
        };
        let (mut pass, mut total) = (0, 0);
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            let Some(want) = v["expected"]["value"].as_u64() else {
                continue;
            };
            if DEVIATIONS.iter().any(|(t, _)| *t == text) {
                continue;
            }
            total += 1;
            let sentence = format!("{text} bataillon");
            let units = military_units(&sentence);
            let ok = units.len() == 1
                && units[0].kind == UnitKind::Battalion
                && units[0].number == Some(want);
            if ok {
                pass += 1;
            } else {
                println!("  {file}: {sentence:?} → {units:?} (want {want})");
            }
        }
        let rate = if total == 0 {
            1.0
        } else {
            pass as f64 / total as f64
        };
        println!("{file}: {pass}/{total} = {rate:.3}");
        assert!(rate >= FLOOR, "{file}: pass rate {rate:.3} below {FLOOR}");
    }
}

/// Negative conformance: the peers' number, date, duration and tokenizer
/// corpora hold no military unit ("première", "unités", "division",
/// "section" appear there in their ordinary senses); every line must give none.
#[test]
fn no_unit_in_the_non_military_corpora() {
    let Ok(dir) = std::fs::read_dir(DIR) else {
        println!("skipped: {DIR} is absent");
        return;
    };
    let mut files: Vec<_> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for path in files {
        let data = std::fs::read_to_string(&path).unwrap();
        let (mut clean, mut total) = (0, 0);
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            total += 1;
            let units = military_units(text);
            if units.is_empty() {
                clean += 1;
            } else {
                println!("  {}: {text:?} → {units:?}", path.display());
            }
        }
        let rate = if total == 0 {
            1.0
        } else {
            clean as f64 / total as f64
        };
        println!(
            "{}: {clean}/{total} without a unit = {rate:.3}",
            path.file_name().unwrap().to_string_lossy()
        );
        assert!(rate >= FLOOR, "{}: {rate:.3} below {FLOOR}", path.display());
    }
}
