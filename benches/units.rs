//! Military-unit recognition throughput (MB/s) on the five seed articles and
//! on a ~10 MB corpus made by repeating them; the token stream is built
//! outside the measured extraction in one group and inside it in the other.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use frnews::TokenStream;
use frnews::units::{extract, military_units};
use std::hint::black_box;

mod common;
use common::seeds;

fn bench(c: &mut Criterion) {
    let small = seeds();
    let big = small.repeat((10 << 20) / small.len().max(1) + 1);
    for (name, text) in [("seeds", &small), ("10MB", &big)] {
        let mut g = c.benchmark_group(format!("units/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        if name == "10MB" {
            g.sample_size(10);
        }
        g.bench_function("military_units (tokenise + extract)", |b| {
            b.iter(|| military_units(black_box(text)))
        });
        let stream = TokenStream::new(text);
        g.bench_function("extract (shared token stream)", |b| {
            b.iter(|| extract(black_box(&stream)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
