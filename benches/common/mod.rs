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

/// About `bytes` of text that does not repeat: copies of the seeds with the
/// words of every line shuffled (a fixed-seed generator, so every run reads
/// the same text). Repeating one 12.6 KB text lets the processor's branch
/// predictor learn it, which flatters every loop; here nothing repeats,
/// while words, word lengths, punctuation and line lengths stay those of
/// French news.
#[allow(dead_code)] // not every bench uses it
pub fn varied(bytes: usize) -> String {
    let s = seeds();
    let mut out = String::with_capacity(bytes + s.len());
    // A 64-bit linear congruential generator (Knuth's MMIX constants).
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |bound: usize| {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (x >> 33) as usize % bound
    };
    while out.len() < bytes {
        for line in s.lines() {
            let mut words: Vec<&str> = line.split(' ').collect();
            // The first and last words stay: a line still opens with its
            // capital and ends with its final punctuation.
            let n = words.len().saturating_sub(1);
            for i in (2..n).rev() {
                words.swap(i, 1 + next(i));
            }
            out.push_str(&words.join(" "));
            out.push('\n');
        }
        out.push('\n');
    }
    out
}
