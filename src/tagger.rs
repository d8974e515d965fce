//! The temporal tagger: recognition then normalisation, as one call.
//!
//! This first version only finds bare years; the rule-based tagger replaces it.

use chrono::NaiveDate;

use crate::timex::{Timex, TimexType};

/// What the tagger needs to know besides the text.
#[derive(Debug, Clone, Default)]
pub struct TagOptions {
    /// The document's creation date, against which relative expressions are resolved.
    pub reference_date: Option<NaiveDate>,
}

/// Finds and normalises the temporal expressions of `text`, in text order.
#[must_use]
pub fn tag(text: &str, _options: &TagOptions) -> Vec<Timex> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let window = &bytes[i..i + 4];
        let boundary_before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let boundary_after = i + 4 == bytes.len() || !bytes[i + 4].is_ascii_alphanumeric();
        if boundary_before
            && boundary_after
            && window.iter().all(u8::is_ascii_digit)
            && (window.starts_with(b"19") || window.starts_with(b"20"))
        {
            found.push(Timex {
                span: i..i + 4,
                kind: TimexType::Date,
                value: text[i..i + 4].to_string(),
                modifier: None,
            });
            i += 4;
        } else {
            i += 1;
        }
    }
    found
}
