#![no_main]
//! The whole pipeline: no panic, serialisable, every mention exact, no
//! mention across a line break, and the same result read in blocks as
//! read whole.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = frnews::Analyzer::builder().tokens(true).build().analyze(&text);
    let json = serde_json::to_string(&a).expect("serialisable");
    let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    for list in ["numbers", "dates", "durations", "military_units", "tokens"] {
        for m in back[list].as_array().into_iter().flatten() {
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[s..e], m["text"].as_str().unwrap(), "{list}");
            if list != "tokens" {
                assert!(!text[s..e].contains(['\n', '\r']), "{list} across a line");
            }
        }
    }
    // About three blocks (each reads the whole of a short text as context:
    // more blocks would multiply the work, not the cuts' variety).
    let block_size = text.len() / 3 + 1;
    let blocked = frnews::Analyzer::builder().tokens(true).block_size(block_size).build().analyze(&text);
    assert!(blocked == a, "blocks differ from the whole text");
});
