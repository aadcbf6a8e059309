//! Profiling driver: runs one stage on the seeds repeated to ~4 MB (or,
//! with a second argument `varied`, on 4 MB of the benches' non-repeating
//! text), for `valgrind --tool=callgrind` (instruction counts are
//! reproducible on a busy machine, unlike wall time) and `valgrind
//! --tool=cachegrind --branch-sim=yes` (mispredictions).
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind --callgrind-out-file=cg.out target/release/examples/profile dates
//! callgrind_annotate cg.out | head -40
//! ```
//!
//! Stages: text (prints the text and stops), none (only building the text, to subtract), baseline
//! (`split_word_bounds`), tokenize (default), stream, sentences,
//! boilerplate, numbers, dates, units, analyze, analyze_whole (not in
//! blocks), analyze_docs, analyze_seeds (each stage includes its own tokenisation;
//! subtract `stream` to get the extractor alone).

// The benches' inputs (the varied text).
#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    // `profile STAGE varied`: 4 MB that does not repeat (the benches'
    // `varied` text), for cachegrind's branch simulation; otherwise the
    // seeds repeated to 4 MB.
    let text = if std::env::args().nth(2).as_deref() == Some("varied") {
        common::varied(4_000_000)
    } else {
        let s = common::seeds() + "\n\n";
        s.repeat(4_000_000 / s.len() + 1)
    };
    let mode = std::env::args().nth(1).unwrap_or_default();
    // The text itself, for `benches/same_output.sh`.
    if mode == "text" {
        print!("{text}");
        return;
    }
    let reference = frnews::dates::Reference::parse("2023-05-20").ok();
    let n = match mode.as_str() {
        "analyze" => frnews::analyze(&text).sentences.len(),
        // The same read whole, not in blocks: the difference is what the
        // blocks' re-read context costs.
        "analyze_whole" => frnews::Analyzer::builder()
            .block_size(usize::MAX)
            .build()
            .analyze(&text)
            .sentences
            .len(),
        // The same bytes as many short documents (corpus mode's case):
        // shows what each call costs on top of the bytes it reads.
        "analyze_docs" => text
            .split("\n\n")
            .map(|doc| frnews::analyze(doc).sentences.len())
            .sum(),
        // The seeds bench's case: the 12.6 KB of the seeds, one call at a
        // time, as many calls as make the same bytes.
        "analyze_seeds" => {
            let seeds = common::seeds();
            (0..text.len() / seeds.len())
                .map(|_| frnews::analyze(&seeds).sentences.len())
                .sum()
        }
        // Only the text: what every other mode spends before its stage.
        "none" => text.len(),
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
