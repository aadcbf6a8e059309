#![no_main]
//! tokenize + sentences + folding: ordered, non-overlapping spans on char
//! boundaries; every visible character in exactly one token; folded
//! forms equal to `chars::fold` of the surface.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let s = frnews::TokenStream::new(&text);
    let mut prev = 0;
    for (i, t) in s.tokens().iter().enumerate() {
        assert!(t.start >= prev && t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert_eq!(s.surface(i), &text[t.start..t.end]);
        // The stream's byte-level fold agrees with the char-by-char one
        // (numbers and ordinals have folds of their own).
        if !matches!(t.kind, frnews::TokenKind::Number | frnews::TokenKind::Ordinal) {
            assert_eq!(s.folded(i), frnews::chars::fold(s.surface(i)));
        }
        for (off, c) in text[prev..t.start].char_indices() {
            let skipped = c.is_whitespace() || c.is_control() || frnews::chars::class(c) == frnews::chars::CharClass::Invisible;
            assert!(skipped, "char {c:?} at {} in no token", prev + off);
        }
        prev = t.end;
    }
    let mut prev = 0;
    for sp in s.sentences() {
        assert!(sp.start >= prev && sp.start < sp.end && sp.end <= text.len());
        prev = sp.end;
    }
});
