//! Helpers shared by the integration tests.

/// The seed article whose file name starts with `prefix` ("000", "001"…).
pub fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let path = std::fs::read_dir(dir)
        .expect("seeds folder")
        .map(|e| e.expect("entry").path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no seed file starting with {prefix}"));
    std::fs::read_to_string(path).expect("UTF-8 seed")
}

/// A text from `pieces` chosen by index, each followed by its separator
/// (the texts the property tests generate).
#[allow(dead_code)] // not every test file uses it
pub fn join_pieces(pieces: &[&str], parts: &[(usize, &str)]) -> String {
    let mut text = String::new();
    for &(k, sep) in parts {
        text.push_str(pieces[k]);
        text.push_str(sep);
    }
    text
}
