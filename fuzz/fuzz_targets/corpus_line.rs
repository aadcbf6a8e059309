#![no_main]
//! The CLI's JSON Lines reader: any bytes give one valid JSON record with
//! the line number, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let analyzer = frnews::Analyzer::new();
    let r = frnews::corpus::process_line(&analyzer, 42, data);
    let v: serde_json::Value = serde_json::from_str(&r.json).expect("valid JSON record");
    assert_eq!(v["line"], 42);
    assert_eq!(r.ok, v.get("error").is_none());
});
