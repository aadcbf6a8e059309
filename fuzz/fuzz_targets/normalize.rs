#![no_main]
//! normalize: idempotent, monotone map, exact pieces.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n = frnews::normalize(&text);
    let again = frnews::normalize(n.as_str());
    assert_eq!(again.as_str(), n.as_str(), "not idempotent");
    let mut prev = 0;
    for i in 0..n.as_str().len() {
        let o = n.original_offset(i);
        assert!(o >= prev && o <= text.len());
        prev = o;
    }
    let all = n.to_original(0..n.as_str().len());
    assert!(all.start <= all.end && all.end <= text.len());
    assert!(text.is_char_boundary(all.start) && text.is_char_boundary(all.end));
});
