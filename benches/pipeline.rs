//! Throughput of each stage and of the whole analysis, in MB/s, with
//! `unicode_segmentation`'s `split_word_bounds` and `str::split_whitespace`
//! over the same text in the same group as baselines, so ratios are read
//! from one run.
//!
//! ```text
//! cargo bench --bench pipeline                      # seeds, varied 256 KB, 10 MB, scaling 1x/4x/16x
//! FRNEWS_BENCH_LARGE=1 cargo bench --bench pipeline # adds a 100 MB corpus
//! ```

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

mod common;
use common::{corpus, seeds, varied};

fn group(c: &mut Criterion, name: &str, text: &str, samples: usize) {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(samples);
    g.warm_up_time(Duration::from_secs(1));
    g.bench_function("baseline_split_word_bounds", |b| {
        b.iter(|| black_box(text).split_word_bounds().count())
    });
    g.bench_function("baseline_split_whitespace", |b| {
        b.iter(|| black_box(text).split_whitespace().count())
    });
    g.bench_function("normalize", |b| {
        b.iter(|| frnews::normalize(black_box(text)).as_str().len())
    });
    g.bench_function("tokenize", |b| {
        b.iter(|| frnews::tokenize(black_box(text)).len())
    });
    // The same tokeniser writing into a reused vector: what a program
    // tokenising many documents pays (no fresh pages to fault in).
    let mut buf = Vec::new();
    g.bench_function("tokenize_into_reused", |b| {
        b.iter(|| {
            frnews::tokenize::tokenize_into(black_box(text), &mut buf);
            buf.len()
        })
    });
    g.bench_function("token_stream", |b| {
        b.iter(|| frnews::TokenStream::new(black_box(text)).len())
    });
    g.bench_function("sentences", |b| {
        b.iter(|| frnews::sentences(black_box(text)).len())
    });
    g.bench_function("boilerplate", |b| {
        b.iter(|| frnews::strip_boilerplate(black_box(text)).body.len())
    });
    g.bench_function("numbers", |b| {
        b.iter(|| frnews::numbers(black_box(text)).len())
    });
    g.bench_function("dates", |b| {
        b.iter(|| frnews::dates(black_box(text), None).dates.len())
    });
    g.bench_function("units", |b| {
        b.iter(|| frnews::military_units(black_box(text)).len())
    });
    g.bench_function("analyze", |b| {
        b.iter(|| frnews::analyze(black_box(text)).sentences.len())
    });
    g.finish();
}

fn bench_seeds(c: &mut Criterion) {
    group(c, "seeds", &seeds(), 50);
}

/// 256 KB that does not repeat (see [`common::varied`]): what the seeds
/// group measures, without the help a repeated text gives the branch
/// predictor.
fn bench_varied(c: &mut Criterion) {
    group(c, "varied_256KB", &varied(256 << 10), 20);
}

fn bench_10mb(c: &mut Criterion) {
    group(c, "corpus_10MB", &corpus(10 << 20), 10);
}

fn bench_100mb(c: &mut Criterion) {
    if std::env::var_os("FRNEWS_BENCH_LARGE").is_some() {
        group(c, "corpus_100MB", &corpus(100 << 20), 10);
    }
}

/// Linear scaling: the same work at 1x, 4x and 16x input size; MB/s should
/// stay flat.
fn bench_scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    for mult in [1usize, 4, 16] {
        let text = corpus(mult * (256 << 10));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("tokenize", mult), &text, |b, t| {
            b.iter(|| frnews::tokenize(t).len())
        });
        g.bench_with_input(BenchmarkId::new("analyze", mult), &text, |b, t| {
            b.iter(|| frnews::analyze(t).sentences.len())
        });
        g.bench_with_input(
            BenchmarkId::new("baseline_split_word_bounds", mult),
            &text,
            |b, t| b.iter(|| t.split_word_bounds().count()),
        );
    }
    g.finish();
}

/// Hostile repetitions at 1x, 4x and 16x: MB/s must stay flat (linear time).
fn bench_hostile(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    for (name, unit) in [
        ("plus_de", "plus de "),
        ("guillemets", "« "),
        ("digits", "9"),
        ("hyphens", "a-t-"),
    ] {
        for mult in [1usize, 4, 16] {
            let text = unit.repeat(mult * (64 << 10) / unit.len());
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, mult), &text, |b, t| {
                b.iter(|| frnews::analyze(t).sentences.len())
            });
        }
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_seeds,
    bench_varied,
    bench_10mb,
    bench_100mb,
    bench_scaling,
    bench_hostile
);
criterion_main!(benches);
