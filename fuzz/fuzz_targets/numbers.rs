#![no_main]
//! numbers: valid ordered spans, exact text, finite or explicit values.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut prev = 0;
    for m in frnews::numbers(&text) {
        assert!(m.start >= prev && m.start < m.end && m.end <= text.len());
        assert_eq!(&text[m.start..m.end], m.text);
        prev = m.start;
        if let Some(v) = m.value {
            assert!(!v.is_nan());
        }
    }
});
