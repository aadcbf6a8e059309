#![no_main]
//! strip_boilerplate: body and removed spans disjoint, ordered, exact.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = frnews::strip_boilerplate(&text);
    let mut spans: Vec<(usize, usize)> = a.body.iter().map(|s| (s.start, s.end)).collect();
    for r in &a.removed {
        assert_eq!(&text[r.start..r.end], r.text);
        spans.push((r.start, r.end));
    }
    spans.sort();
    let mut prev = 0;
    for (s, e) in spans {
        assert!(s >= prev && s <= e && e <= text.len(), "overlapping or invalid span");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        prev = e;
    }
});
