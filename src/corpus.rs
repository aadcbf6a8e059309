//! JSON Lines corpora: one document per line in, one result per line out.
//!
//! The input line is `{"id": …, "text": "…", "date": "YYYY-MM-DD"}` (`id`
//! any JSON value, `date` optional: the reference date for that document).
//! The output line is the document's [`Analysis`](crate::Analysis) with
//! `id` and `line` in front, or, for a bad line, an error record
//! `{"id", "line", "error"}` that says what was wrong. The CLI's corpus mode
//! runs this on all cores; it is here so that fuzzers and other tools read
//! corpora exactly as the CLI does.

use crate::Analyzer;
use crate::dates::Reference;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Document {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(default)]
    text: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct Success<'a> {
    id: &'a serde_json::Value,
    line: u64,
    #[serde(flatten)]
    analysis: &'a crate::Analysis,
}

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a serde_json::Value,
    line: u64,
    error: String,
}

/// The result of one corpus line: the JSON line to write and whether it
/// is an error record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineResult {
    /// One line of JSON (no trailing newline).
    pub json: String,
    /// Whether the input line was processed (false: an error record).
    pub ok: bool,
}

/// Analyses one JSON Lines record (`line_no` counts from 1).
///
/// ```
/// let a = frnews::Analyzer::new();
/// let r = frnews::corpus::process_line(&a, 1, br#"{"id": 7, "text": "Hier.", "date": "2023-05-20"}"#);
/// assert!(r.ok && r.json.contains(r#""reference_date":"2023-05-20""#));
/// let r = frnews::corpus::process_line(&a, 2, b"{oops");
/// assert!(!r.ok && r.json.contains("invalid JSON") && r.json.contains(r#""line":2"#));
/// ```
pub fn process_line(analyzer: &Analyzer, line_no: u64, line: &[u8]) -> LineResult {
    let null = serde_json::Value::Null;
    let fail = |id: &serde_json::Value, error: String| LineResult {
        json: serde_json::to_string(&Failure {
            id,
            line: line_no,
            error,
        })
        .unwrap_or_default(),
        ok: false,
    };
    let doc: Document = match serde_json::from_slice(line) {
        Ok(d) => d,
        Err(e) => return fail(&null, format!("invalid JSON: {e}")),
    };
    let Some(serde_json::Value::String(text)) = &doc.text else {
        return fail(
            &doc.id,
            "missing \"text\": each line needs a \"text\" string".into(),
        );
    };
    let analysis = match &doc.date {
        None | Some(serde_json::Value::Null) => analyzer.analyze(text),
        Some(serde_json::Value::String(d)) => match Reference::parse(d) {
            Ok(r) => analyzer
                .to_builder()
                .reference(Some(r))
                .build()
                .analyze(text),
            Err(e) => return fail(&doc.id, format!("bad \"date\": {e}")),
        },
        Some(other) => {
            return fail(
                &doc.id,
                format!("bad \"date\": expected a string YYYY-MM-DD, got {other}"),
            );
        }
    };
    match serde_json::to_string(&Success {
        id: &doc.id,
        line: line_no,
        analysis: &analysis,
    }) {
        Ok(json) => LineResult { json, ok: true },
        Err(e) => fail(&doc.id, format!("serialising the result: {e}")),
    }
}
