//! `analyze`: the frnews command line.
//!
//! ```text
//! cargo run --release --example analyze                      # the bundled seed articles, readable report
//! cargo run --release --example analyze -- a.txt b.txt       # your files
//! cargo run --release --example analyze -- --json - < a.txt  # JSON Lines from stdin
//! cargo run --release --example analyze -- --corpus docs.jsonl > out.jsonl
//! ```
//!
//! File mode reads every input first, so a missing or non-UTF-8 file stops
//! the run before anything is written. Corpus mode streams JSON Lines
//! (`{"id": …, "text": …, "date": …}`) on all cores, in input order, in
//! constant memory; a bad line yields an error record and the run goes on.

use clap::Parser;
use frnews::dates::Reference;
use frnews::{Analysis, Analyzer};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

const SEEDS: [(&str, &str); 5] = [
    (
        "seeds/000_66ed9b2ab944f956.txt",
        include_str!("../seeds/000_66ed9b2ab944f956.txt"),
    ),
    (
        "seeds/001_18af1f94aa7cf648.txt",
        include_str!("../seeds/001_18af1f94aa7cf648.txt"),
    ),
    (
        "seeds/002_d5ff22c185f78ace.txt",
        include_str!("../seeds/002_d5ff22c185f78ace.txt"),
    ),
    (
        "seeds/003_17ffc000d6b1af4a.txt",
        include_str!("../seeds/003_17ffc000d6b1af4a.txt"),
    ),
    (
        "seeds/004_7920a463ad4fbc9f.txt",
        include_str!("../seeds/004_7920a463ad4fbc9f.txt"),
    ),
];

/// Analyse French news text: boilerplate, sentences, numbers, dates,
/// durations and military units, with exact byte offsets.
#[derive(Parser, Debug)]
#[command(name = "analyze", version, about)]
struct Cli {
    /// Input files (`-` for stdin). Without any, the five bundled seed articles.
    files: Vec<String>,
    /// One JSON object per input per line (JSON Lines).
    #[arg(long)]
    json: bool,
    /// Indent the JSON (implies --json).
    #[arg(long)]
    pretty: bool,
    /// Include the token list in the JSON output.
    #[arg(long)]
    tokens: bool,
    /// Resolve relative dates against this day (YYYY-MM-DD). Default: the
    /// article's own publication date when it states one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<String>,
    /// Corpus mode: inputs are JSON Lines `{"id", "text", "date"}`; one
    /// result per line, in order, streaming, on all cores.
    #[arg(long)]
    corpus: bool,
    /// Worker threads in corpus mode (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Read long texts in blocks of about this many bytes, cut at line
    /// breaks (bounds memory; the result is the same). 0 reads every text
    /// whole. Default: 262144 (256 KiB).
    #[arg(long, value_name = "BYTES")]
    block_size: Option<usize>,
}

#[derive(Serialize)]
struct FileResult<'a> {
    file: &'a str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let mut builder = Analyzer::builder().tokens(cli.tokens);
    match cli.block_size {
        Some(0) => builder = builder.block_size(usize::MAX),
        Some(n) => builder = builder.block_size(n),
        None => {}
    }
    if let Some(d) = &cli.reference_date {
        match Reference::parse(d) {
            Ok(day @ Reference::Day(_)) => builder = builder.reference(Some(day)),
            Ok(_) => {
                eprintln!(
                    "error: --reference-date {d:?} is not a day; give a calendar date as YYYY-MM-DD (e.g. 2023-05-20)"
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("error: --reference-date: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let analyzer = builder.build();
    let result = if cli.corpus {
        run_corpus(&cli, &analyzer)
    } else {
        run_files(&cli, &analyzer)
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}

/// Reads `path` (or stdin for `-`) as UTF-8, with an error that names the
/// file and the byte offset of the first invalid byte.
fn read_utf8(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("reading stdin: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let name = if path == "-" { "stdin" } else { path };
        format!("{name} is not valid UTF-8 (first invalid byte at offset {at}); convert it first, e.g. `iconv -f latin1 -t utf-8`")
    })
}

fn run_files(cli: &Cli, analyzer: &Analyzer) -> Result<ExitCode, String> {
    // Read every input before writing anything.
    let inputs: Vec<(String, String)> = if cli.files.is_empty() {
        SEEDS
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    } else {
        let mut v = Vec::with_capacity(cli.files.len());
        for f in &cli.files {
            v.push((f.clone(), read_utf8(f)?));
        }
        v
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_err = |e: io::Error| format!("writing output: {e}");
    for (name, text) in &inputs {
        let analysis = analyzer.analyze(text);
        if cli.json || cli.pretty {
            let r = FileResult {
                file: name,
                analysis: &analysis,
            };
            // Straight into the buffered writer: a large document's JSON is
            // never held whole in memory. Serialising these types cannot
            // fail (no map keys other than strings), so an error here is
            // an I/O error.
            if cli.pretty {
                serde_json::to_writer_pretty(&mut out, &r)
            } else {
                serde_json::to_writer(&mut out, &r)
            }
            .map_err(|e| format!("writing {name}: {e}"))?;
            writeln!(out).map_err(write_err)?;
        } else {
            report(&mut out, name, text, &analysis).map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)?;
    Ok(ExitCode::SUCCESS)
}

/// The JSON name of an enum value ("more_than"), for the readable report.
fn json_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => "?".into(),
    }
}

fn clip(s: &str, n: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        let mut t: String = one_line.chars().take(n).collect();
        t.push('…');
        t
    }
}

fn fmt_num(v: Option<f64>) -> String {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
        Some(x) => format!("{x}"),
        None => "-".into(),
    }
}

/// The human-readable report of one text.
fn report(out: &mut impl Write, name: &str, text: &str, a: &Analysis) -> io::Result<()> {
    writeln!(
        out,
        "═══ {name} ({} bytes, {} sentences)",
        text.len(),
        a.sentences.len()
    )?;
    let art = &a.article;
    let meta = [
        ("title", art.title.clone()),
        ("author", art.author.clone()),
        ("source", art.source.clone()),
        ("published", art.published.clone()),
        ("reading time", art.reading_time.map(|m| format!("{m} min"))),
        ("reference date", a.reference_date.clone()),
    ];
    for (k, v) in meta {
        if let Some(v) = v {
            writeln!(out, "  {k:<15} {}", clip(&v, 100))?;
        }
    }
    writeln!(
        out,
        "  body: {} paragraph(s), {} removed span(s)",
        art.body.len(),
        art.removed.len()
    )?;
    for r in &art.removed {
        writeln!(
            out,
            "    removed {:>5}..{:<5} {:<14} {}",
            r.start,
            r.end,
            json_name(&r.kind),
            clip(&r.text, 70)
        )?;
    }
    if !a.numbers.is_empty() {
        writeln!(out, "  numbers ({}):", a.numbers.len())?;
        for n in &a.numbers {
            let mut desc = format!("{} {}", json_name(&n.kind), json_name(&n.qualifier));
            match (n.value, n.low, n.high) {
                (Some(_), _, _) => desc.push_str(&format!(" {}", fmt_num(n.value))),
                (None, l, h) => desc.push_str(&format!(" {}..{}", fmt_num(l), fmt_num(h))),
            }
            if let Some(u) = &n.unit {
                desc.push_str(&format!(" {u}"));
            }
            if let Some(c) = &n.counted {
                desc.push_str(&format!(" [{c}]"));
            }
            if n.vague {
                desc.push_str(" vague");
            }
            if !n.in_body {
                desc.push_str(" (not in body)");
            }
            writeln!(
                out,
                "    {:>5}..{:<5} {:<32} → {desc}",
                n.start,
                n.end,
                clip(&n.text, 32)
            )?;
        }
    }
    if !a.dates.is_empty() {
        writeln!(out, "  dates ({}):", a.dates.len())?;
        for d in &a.dates {
            let mut desc = format!(
                "{} ({}, {})",
                d.value,
                json_name(&d.kind),
                json_name(&d.grain)
            );
            if let Some(m) = d.modifier {
                desc.push_str(&format!(" {}", json_name(&m)));
            }
            if !d.resolved {
                desc.push_str(" unresolved");
            }
            if !d.in_body {
                desc.push_str(" (not in body)");
            }
            writeln!(
                out,
                "    {:>5}..{:<5} {:<32} → {desc}",
                d.start,
                d.end,
                clip(&d.text, 32)
            )?;
        }
    }
    if !a.durations.is_empty() {
        writeln!(out, "  durations ({}):", a.durations.len())?;
        for d in &a.durations {
            let vague = if d.vague { " vague" } else { "" };
            writeln!(
                out,
                "    {:>5}..{:<5} {:<32} → {} {}{vague}",
                d.start,
                d.end,
                clip(&d.text, 32),
                d.value,
                json_name(&d.qualifier)
            )?;
        }
    }
    if !a.military_units.is_empty() {
        writeln!(out, "  military units ({}):", a.military_units.len())?;
        for u in &a.military_units {
            let mut desc = format!("{} {}", json_name(&u.kind), json_name(&u.mention));
            for (k, v) in [
                ("no.", u.number.map(|n| n.to_string())),
                ("name", u.name.clone()),
                ("specialty", u.specialty.clone()),
                ("side", u.side.clone()),
                ("location", u.location.clone()),
                ("size", u.size.map(|n| n.to_string())),
            ] {
                if let Some(v) = v {
                    desc.push_str(&format!(" {k} {v}"));
                }
            }
            writeln!(
                out,
                "    {:>5}..{:<5} {:<32} → {desc}",
                u.start,
                u.end,
                clip(&u.text, 32)
            )?;
        }
    }
    writeln!(out)
}

// ---------------------------------------------------------------------------
// Corpus mode

fn run_corpus(cli: &Cli, analyzer: &Analyzer) -> Result<ExitCode, String> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| format!("thread pool: {e}"))?;
    }
    let sources: Vec<String> = if cli.files.is_empty() {
        vec!["-".into()]
    } else {
        cli.files.clone()
    };
    for s in &sources {
        if s != "-" && !std::path::Path::new(s).is_file() {
            return Err(format!("cannot read {s}: no such file"));
        }
    }
    let progress = if io::stderr().is_terminal() {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} docs {bytes} [{elapsed_precise}] {bytes_per_sec}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Some(pb)
    } else {
        None
    };
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut docs, mut bytes, mut errors) = (0u64, 0u64, 0u64);
    // Lines are processed in batches of bounded size: memory stays constant
    // whatever the corpus size, and output keeps input order.
    const BATCH_LINES: usize = 1024;
    const BATCH_BYTES: usize = 32 << 20;
    for src in &sources {
        let reader: Box<dyn BufRead> = if src == "-" {
            Box::new(io::BufReader::new(io::stdin()))
        } else {
            Box::new(io::BufReader::new(
                std::fs::File::open(src).map_err(|e| format!("cannot read {src}: {e}"))?,
            ))
        };
        let mut lines = reader.split(b'\n');
        let mut line_no = 0u64;
        loop {
            let mut batch: Vec<(u64, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
            let mut batch_bytes = 0;
            while batch.len() < BATCH_LINES && batch_bytes < BATCH_BYTES {
                match lines.next() {
                    Some(Ok(mut l)) => {
                        line_no += 1;
                        if l.last() == Some(&b'\r') {
                            l.pop();
                        }
                        if l.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        batch_bytes += l.len();
                        batch.push((line_no, l));
                    }
                    Some(Err(e)) => return Err(format!("reading {src}: {e}")),
                    None => break,
                }
            }
            if batch.is_empty() {
                break;
            }
            let results: Vec<(frnews::corpus::LineResult, usize)> = batch
                .par_iter()
                .map(|(n, l)| (frnews::corpus::process_line(analyzer, *n, l), l.len()))
                .collect();
            for (r, len) in results {
                writeln!(out, "{}", r.json).map_err(|e| format!("writing output: {e}"))?;
                docs += 1;
                bytes += len as u64;
                if !r.ok {
                    errors += 1;
                }
                if let Some(pb) = &progress {
                    pb.inc(1);
                    pb.set_length(bytes);
                }
            }
        }
    }
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let mb = bytes as f64 / 1e6;
    eprintln!(
        "{docs} documents, {mb:.2} MB in {secs:.2} s ({:.2} MB/s, {} threads), {errors} error(s)",
        mb / secs,
        rayon::current_num_threads()
    );
    Ok(if errors > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}
