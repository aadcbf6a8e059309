#![no_main]
//! military_units: valid ordered spans, exact text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut prev = 0;
    for m in frnews::military_units(&text) {
        assert!(m.start >= prev && m.start < m.end && m.end <= text.len());
        assert_eq!(&text[m.start..m.end], m.text);
        prev = m.start;
    }
});
