//! The examples of `ranges.txt`, and the spans of each side.

use chrono::NaiveDate;

use super::examples;
use crate::tagger::{DocType, TagOptions, tag};

#[test]
fn the_examples_of_ranges_txt_read_as_written() {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
        doc_type: DocType::News,
    };
    let mut failures = Vec::new();
    for (phrase, expected) in examples() {
        let found: Vec<String> = tag(phrase, &options)
            .iter()
            .map(|t| t.value.to_string())
            .collect();
        if found != expected {
            failures.push(format!(
                "{phrase:?}: expected {expected:?}, found {found:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_side_spans_its_own_words() {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
        doc_type: DocType::News,
    };
    for (text, spans) in [
        ("killed in the years 1962-1964", ["the years 1962", "1964"]),
        ("on June 4-7, 1942", ["June 4", "7, 1942"]),
        ("on 3-4 May 1945", ["3", "4 May 1945"]),
        ("the war of 1861-65", ["1861", "65"]),
    ] {
        let found: Vec<&str> = tag(text, &options)
            .iter()
            .map(|t| &text[t.span()])
            .collect();
        assert_eq!(found, spans, "{text}");
    }
}
