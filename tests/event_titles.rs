//! Every example of `data/rules/titles.txt`, the title chunker's word lists: the titles
//! `extract` makes of a sentence. All failures are printed together as a table.

use chrono::NaiveDate;
use timeliner::events::extract;
use timeliner::tagger::{TagOptions, tag};
use timeliner::text::{DataLine, data_lines, sentences};

const WORDS: &str = include_str!("../data/rules/titles.txt");

/// The titles of the events `extract` makes of `text`, joined by ` | `.
fn titles(text: &str) -> String {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12);
    let options = TagOptions {
        reference_date: reference,
        ..TagOptions::default()
    };
    let timexes = tag(text, &options);
    let events = extract(text, &timexes, &sentences(text), reference, "test");
    let titles: Vec<&str> = events.iter().map(|e| e.title.as_str()).collect();
    titles.join(" | ")
}

#[test]
fn every_title_example_holds() {
    let mut in_examples = false;
    let mut count = 0;
    let mut failures = Vec::new();
    for (number, line) in data_lines(WORDS) {
        let example = match line {
            DataLine::Section(name) => {
                in_examples = name == "examples";
                continue;
            }
            DataLine::Entries(_) if !in_examples => continue,
            DataLine::Entries(example) => example,
        };
        count += 1;
        let (want, text) = example
            .strip_prefix("title: ")
            .and_then(|rest| rest.split_once(" = "))
            .unwrap_or_else(|| panic!("titles.txt:{number}: not `title: Title = sentence`"));
        let got = titles(text);
        if got != want {
            failures.push(format!(
                "titles.txt:{number:<4} want {want:?}\n{:<16}got  {got:?}",
                ""
            ));
        }
    }
    assert!(count >= 20, "only {count} examples");
    let table = failures.join("\n");
    assert!(
        failures.is_empty(),
        "{} of {count} fail:\n{table}",
        failures.len()
    );
}
