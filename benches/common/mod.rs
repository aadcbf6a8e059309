//! Inputs shared by the benches: the five seed articles, and corpora made
//! by repeating them.

/// The five seed articles, in file order, separated by a blank line.
pub fn seeds() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The seeds repeated (blank line between copies) to at least `bytes` bytes.
#[allow(dead_code)] // not every bench uses it
pub fn corpus(bytes: usize) -> String {
    let s = seeds();
    let mut out = String::with_capacity(bytes + s.len() + 2);
    while out.len() < bytes {
        out.push_str(&s);
        out.push_str("\n\n");
    }
    out
}
