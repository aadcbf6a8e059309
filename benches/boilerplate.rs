//! Throughput of the boilerplate stage on the five seeds concatenated and on
//! a ~10 MB corpus made by repeating them.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod common;
use common::seeds;

fn bench(c: &mut Criterion) {
    let small = seeds();
    let mut big = String::with_capacity(10 << 20);
    while big.len() < 10 << 20 {
        big.push_str(&small);
        big.push_str("\n\n");
    }
    let mut g = c.benchmark_group("boilerplate");
    g.throughput(Throughput::Bytes(small.len() as u64));
    g.bench_function("seeds", |b| {
        b.iter(|| frnews::strip_boilerplate(black_box(&small)))
    });
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("10MB", |b| {
        b.iter(|| frnews::strip_boilerplate(black_box(&big)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
