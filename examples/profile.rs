//! Profiling driver: runs one stage on the seeds repeated to ~4 MB, for
//! `valgrind --tool=callgrind` (instruction counts are reproducible on a
//! busy machine, unlike wall time).
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind --callgrind-out-file=cg.out target/release/examples/profile dates
//! callgrind_annotate cg.out | head -40
//! ```
//!
//! Stages: baseline (`split_word_bounds`), tokenize (default), stream, sentences, boilerplate, numbers,
//! dates, units, analyze, analyze_docs (each stage includes its own tokenisation;
//! subtract `stream` to get the extractor alone).

fn main() {
    let mut s = String::new();
    let mut paths: Vec<_> = std::fs::read_dir("seeds")
        .expect("run from the repo root")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for p in paths {
        s.push_str(&std::fs::read_to_string(p).expect("utf-8 seed"));
        s.push_str("\n\n");
    }
    let text = s.repeat(4_000_000 / s.len() + 1);
    let mode = std::env::args().nth(1).unwrap_or_default();
    let reference = frnews::dates::Reference::parse("2023-05-20").ok();
    let n = match mode.as_str() {
        "analyze" => frnews::analyze(&text).sentences.len(),
        // The same bytes as many short documents (corpus mode's case):
        // shows what each call costs on top of the bytes it reads.
        "analyze_docs" => text
            .split("\n\n")
            .map(|doc| frnews::analyze(doc).sentences.len())
            .sum(),
        // The issue's yardstick, for instruction-count ratios.
        "baseline" => {
            unicode_segmentation::UnicodeSegmentation::split_word_bounds(text.as_str()).count()
        }
        "stream" => frnews::TokenStream::new(&text).len(),
        "sentences" => frnews::sentences(&text).len(),
        "boilerplate" => frnews::strip_boilerplate(&text).body.len(),
        "numbers" => frnews::numbers(&text).len(),
        "dates" => frnews::dates(&text, reference).dates.len(),
        "units" => frnews::military_units(&text).len(),
        _ => frnews::tokenize(&text).len(),
    };
    println!("{n}");
}
