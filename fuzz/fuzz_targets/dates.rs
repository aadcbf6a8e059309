#![no_main]
//! dates: valid spans, exact text, ISO values that parse when resolved.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let reference = frnews::dates::Reference::parse("2023-05-20").ok();
    let t = frnews::dates(&text, reference);
    let mut prev = 0;
    for m in &t.dates {
        assert!(m.start >= prev && m.start < m.end && m.end <= text.len());
        assert_eq!(&text[m.start..m.end], m.text);
        assert!(!m.value.is_empty());
        prev = m.start;
    }
    for d in &t.durations {
        assert!(d.start < d.end && d.end <= text.len());
        assert_eq!(&text[d.start..d.end], d.text);
        assert!(d.value.starts_with('P'), "duration {:?}", d.value);
        // A range has both bounds, its upper bound is the value; a single
        // amount has neither.
        assert_eq!(d.low.is_some(), d.high.is_some());
        if let (Some(low), Some(high)) = (&d.low, &d.high) {
            assert!(low.starts_with('P') && high == &d.value, "{d:?}");
        }
    }
});
