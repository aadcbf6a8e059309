//! Throughput of the dates stage (MB/s) on the five seed articles and on a
//! ~10 MB corpus made by repeating them.

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use frnews::dates::{Reference, dates, extract};
use frnews::tokenize::TokenStream;

mod common;
use common::seeds;

fn bench(c: &mut Criterion) {
    let reference = Reference::parse("2023-05-25").ok();
    let seeds = seeds();
    let big = seeds.repeat((10_000_000 / seeds.len().max(1)).max(1));
    let mut g = c.benchmark_group("dates");
    g.sample_size(10);
    for (name, text) in [("seeds", &seeds), ("10MB", &big)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("tokenize+extract/{name}"), |b| {
            b.iter(|| dates(black_box(text), reference))
        });
        let stream = TokenStream::new(text);
        g.bench_function(format!("extract/{name}"), |b| {
            b.iter(|| extract(black_box(&stream), reference))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
