//! Writes a JSON Lines corpus for corpus mode (`analyze --corpus`): the
//! five seed articles repeated to about N megabytes, one document per
//! line with an id and a reference date.
//!
//! ```text
//! cargo run --release --example make_corpus -- 100 > /tmp/corpus.jsonl
//! /usr/bin/time -v target/release/examples/analyze --corpus /tmp/corpus.jsonl > /dev/null
//! ```

use std::io::{BufWriter, Write};

const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_66ed9b2ab944f956.txt"),
    include_str!("../seeds/001_18af1f94aa7cf648.txt"),
    include_str!("../seeds/002_d5ff22c185f78ace.txt"),
    include_str!("../seeds/003_17ffc000d6b1af4a.txt"),
    include_str!("../seeds/004_7920a463ad4fbc9f.txt"),
];

fn main() -> std::io::Result<()> {
    let mb: usize = match std::env::args().nth(1).map(|a| a.parse()) {
        None => 10,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("usage: make_corpus [MEGABYTES]");
            std::process::exit(2);
        }
    };
    let target = mb * 1_000_000;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut written, mut id) = (0usize, 0usize);
    while written < target {
        let text = SEEDS[id % SEEDS.len()];
        let day = 1 + id % 28;
        let line = serde_json::json!({"id": id, "text": text, "date": format!("2023-05-{day:02}")});
        let s = line.to_string();
        writeln!(out, "{s}")?;
        written += text.len();
        id += 1;
    }
    out.flush()
}
