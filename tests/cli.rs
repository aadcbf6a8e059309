//! The `analyze` example as a user runs it: JSON contract, errors, corpus mode.
//! (`cargo test` builds the examples; this test runs the built binary.)

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn exe() -> PathBuf {
    let mut p = std::env::current_exe().expect("test exe path");
    p.pop(); // deps/
    p.pop(); // debug/
    p.push("examples");
    p.push(if cfg!(windows) {
        "analyze.exe"
    } else {
        "analyze"
    });
    p
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(exe())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run analyze example");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frnews-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn seeds_as_json_lines_follow_the_contract() {
    let out = run(
        &["--json", "--tokens", "--reference-date", "2023-05-20"],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5);
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        for key in [
            "file",
            "reference_date",
            "sentences",
            "tokens",
            "article",
            "numbers",
            "dates",
            "durations",
            "military_units",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["reference_date"], "2023-05-20");
        let file = v["file"].as_str().unwrap();
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + file)
                .unwrap();
        for t in v["tokens"].as_array().unwrap() {
            let (s, e) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], t["text"].as_str().unwrap());
            assert!(t["kind"].is_string());
        }
        for s in v["sentences"].as_array().unwrap() {
            assert!(s["start"].as_u64() < s["end"].as_u64());
        }
        for list in ["numbers", "dates", "durations", "military_units"] {
            for m in v[list].as_array().unwrap() {
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[s..e], m["text"].as_str().unwrap(), "{list}");
            }
        }
    }
}

#[test]
fn readable_report_by_default() {
    let out = run(&[], b"");
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.matches("═══ seeds/").count(), 5);
}

#[test]
fn stdin_and_offsets() {
    let text = "Publicité\nLe 9 mai dernier, plus de 6\u{202F}500 soldats.";
    let out = run(&["--json", "-"], text.as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["file"], "-");
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn errors_are_clear_and_write_nothing() {
    // Unknown option.
    let out = run(&["--frobnicate"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frobnicate"));
    // Bad reference date.
    let out = run(&["--reference-date", "2023-02-30"], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2023-02-30") && err.contains("YYYY-MM-DD"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    // Missing file: nothing written even for the good file before it.
    let good = tmp("good.txt", "Bonjour.".as_bytes());
    let out = run(
        &["--json", good.to_str().unwrap(), "/nonexistent/frnews.txt"],
        b"",
    );
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "half-written output");
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/frnews.txt"));
    // Invalid UTF-8: file name and byte offset.
    let bad = tmp("latin1.txt", b"Arm\xe9e russe");
    let out = run(&["--json", bad.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("latin1.txt") && err.contains("offset 3"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn corpus_mode_streams_in_order_with_error_records() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"Plus de 6500 soldats.\", \"date\": \"2023-05-20\"}\n",
        "not json\n",
        "\n",
        "{\"id\": \"b\"}\n",
        "{\"id\": 4, \"text\": \"Hier.\", \"date\": \"2023-13-01\"}\n",
        "{\"id\": 5, \"text\": \"Le 1442e régiment.\"}\n",
    );
    let out = run(&["--corpus", "--threads", "2"], input.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(3),
        "exit status says some lines failed"
    );
    let s = String::from_utf8(out.stdout).unwrap();
    let recs: Vec<serde_json::Value> = s
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 5);
    assert_eq!(recs[0]["id"], 1);
    assert_eq!(recs[0]["reference_date"], "2023-05-20");
    assert_eq!(recs[1]["line"], 2);
    assert!(recs[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert!(recs[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(recs[2]["line"], 4);
    assert!(recs[3]["error"].as_str().unwrap().contains("date"));
    assert_eq!(recs[4]["id"], 5);
    assert!(recs[4].get("error").is_none());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("5 documents") && err.contains("3 error(s)"),
        "{err}"
    );
}
