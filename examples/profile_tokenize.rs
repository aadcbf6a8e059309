//! Profiling driver: tokenises the seeds repeated to ~4 MB (for callgrind).
fn main() {
    let mut s = String::new();
    for e in std::fs::read_dir("seeds").expect("run from the repo root") {
        s.push_str(&std::fs::read_to_string(e.expect("entry").path()).expect("utf-8 seed"));
    }
    let text = s.repeat(4_000_000 / s.len() + 1);
    let mode = std::env::args().nth(1).unwrap_or_default();
    let n = match mode.as_str() {
        "analyze" => frnews::analyze(&text).sentences.len(),
        "stream" => frnews::TokenStream::new(&text).len(),
        _ => frnews::tokenize(&text).len(),
    };
    println!("{n}");
}
