//! Quick timing of each stage and of the whole analysis, for comparing two
//! builds on a noisy machine: the best of several batches, in MiB/s, with
//! the `split_word_bounds` baseline run before and after.
//!
//! ```text
//! cargo run --release --example stages -- [MULT] [varied] [STAGE,STAGE…]
//! ```
//!
//! `MULT` copies of the seeds (default 1: 12.6 KB), or with `varied` the
//! benches' non-repeating text of that size. Stages: baseline, tokenize,
//! tokenize_into (a reused vector), stream, sentences, boilerplate,
//! numbers, dates, units, analyze (default: all). The environment variable
//! `BLOCK=BYTES` sets the analyzer's block size for the analyze stage
//! (default `frnews::analysis::DEFAULT_BLOCK_SIZE`).
//!
//! To compare two commits, build this example in two checkouts (each with
//! its own `CARGO_TARGET_DIR`) and run the two binaries in alternation,
//! several rounds, taking medians: a burst of load on a shared machine
//! then falls on both alike. criterion (`cargo bench --bench pipeline`)
//! remains the measure the README reports.

#[path = "../benches/common/mod.rs"]
mod common;

use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

/// The best MiB/s of 15 batches of about 2 MB each.
fn time(name: &str, bytes: usize, mut f: impl FnMut() -> usize) {
    let reps = (2_000_000 / bytes.max(1)).max(1);
    let mut best = 0f64;
    let mut sink = 0;
    for _ in 0..15 {
        let t = Instant::now();
        for _ in 0..reps {
            sink += f();
        }
        let mibs = (reps * bytes) as f64 / t.elapsed().as_secs_f64() / f64::from(1 << 20);
        best = best.max(mibs);
    }
    println!("{name:14} {best:8.1} MiB/s   ({sink})");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mult: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1).max(1);
    let varied = args.iter().any(|a| a == "varied");
    let only: Option<&String> = args
        .iter()
        .find(|a| a.parse::<usize>().is_err() && *a != "varied");
    let want = |s: &str| only.is_none_or(|o| o.split(',').any(|x| x == s));

    let seeds = common::seeds() + "\n\n";
    let text = if varied {
        common::varied(seeds.len() * mult)
    } else {
        seeds.repeat(mult)
    };
    let t = text.as_str();
    let n = t.len();
    println!("{n} bytes{}", if varied { ", varied" } else { "" });

    if want("baseline") {
        time("baseline", n, || t.split_word_bounds().count());
    }
    if want("tokenize") {
        time("tokenize", n, || frnews::tokenize(t).len());
    }
    if want("tokenize_into") {
        let mut buf = Vec::new();
        time("tokenize_into", n, || {
            frnews::tokenize::tokenize_into(t, &mut buf);
            buf.len()
        });
    }
    if want("stream") {
        time("stream", n, || frnews::TokenStream::new(t).len());
    }
    if want("sentences") {
        time("sentences", n, || frnews::sentences(t).len());
    }
    if want("boilerplate") {
        time("boilerplate", n, || frnews::strip_boilerplate(t).body.len());
    }
    if want("numbers") {
        time("numbers", n, || frnews::numbers(t).len());
    }
    if want("dates") {
        time("dates", n, || frnews::dates(t, None).dates.len());
    }
    if want("units") {
        time("units", n, || frnews::military_units(t).len());
    }
    if want("analyze") {
        let block = std::env::var("BLOCK").ok().and_then(|b| b.parse().ok());
        let a = frnews::Analyzer::builder()
            .block_size(block.unwrap_or(frnews::analysis::DEFAULT_BLOCK_SIZE))
            .build();
        time("analyze", n, || a.analyze(t).sentences.len());
    }
    if want("baseline") {
        time("baseline", n, || t.split_word_bounds().count());
    }
}
