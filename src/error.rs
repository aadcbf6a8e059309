//! The crate's one error type.

use std::fmt;

/// An error from configuring or running frnews.
///
/// Opaque and cheap to move; ask what went wrong with the predicates.
/// The message says what was wrong and what to do.
///
/// ```
/// let err = frnews::Analyzer::builder().reference_date("2023-13-45").unwrap_err();
/// assert!(err.is_reference_date());
/// assert!(err.to_string().contains("YYYY-MM-DD"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorKind {
    ReferenceDate,
    Data,
}

impl Error {
    pub(crate) fn reference_date(input: &str, why: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::ReferenceDate,
            message: format!(
                "invalid reference date {input:?}: {why}; give a calendar date as YYYY-MM-DD (e.g. 2023-05-20)"
            ),
        }
    }

    #[allow(dead_code)] // used by the gazetteer loader
    pub(crate) fn data(what: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::Data,
            message: what.to_string(),
        }
    }

    /// The reference date given to the builder was not a valid calendar date.
    pub fn is_reference_date(&self) -> bool {
        self.kind == ErrorKind::ReferenceDate
    }

    /// User-supplied lexical data (e.g. a gazetteer extension) was malformed.
    pub fn is_data(&self) -> bool {
        self.kind == ErrorKind::Data
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
