//! Throughput of the numbers stage alone and of the whole pipeline, on the
//! five seeds concatenated and on a ~10 MB corpus made by repeating them.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod common;
use common::seeds;

fn bench(c: &mut Criterion) {
    let small = seeds();
    let mut big = String::with_capacity(10_500_000);
    while big.len() < 10_000_000 {
        big.push_str(&small);
        big.push_str("\n\n");
    }
    for (name, text) in [("seeds", &small), ("10MB", &big)] {
        let mut g = c.benchmark_group(format!("numbers/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1_000_000 {
            g.sample_size(10);
        }
        g.bench_function("stage (tokenise + numbers)", |b| {
            b.iter(|| frnews::numbers::numbers(black_box(text)))
        });
        let stream = frnews::TokenStream::new(text);
        g.bench_function("stage on a ready token stream", |b| {
            b.iter(|| frnews::numbers::extract(black_box(&stream)))
        });
        g.bench_function("pipeline (analyze)", |b| {
            b.iter(|| frnews::analyze(black_box(text)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
