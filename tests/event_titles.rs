//! Every example of `data/rules/titles.txt`, the title chunker's word lists: the titles
//! `extract` makes of a sentence. All failures are printed together as a table.

use chrono::NaiveDate;
use timeliner::events::extract;
use timeliner::tagger::{TagOptions, tag};
use timeliner::text::sentences;

const WORDS: &str = include_str!("../data/rules/titles.txt");

#[test]
fn every_title_example_holds() {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).expect("a date");
    let examples = WORDS.split_once("\n[examples]\n").map_or("", |(_, e)| e);
    let (mut count, mut failures) = (0, Vec::new());
    for line in examples.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        count += 1;
        let rest = line
            .strip_prefix("title: ")
            .expect("`title: Title = sentence`");
        let (want, text) = rest.split_once(" = ").expect("`Title = sentence`");
        let options = TagOptions {
            reference_date: Some(reference),
            ..TagOptions::default()
        };
        let timexes = tag(text, &options);
        let events = extract(text, &timexes, &sentences(text), Some(reference), "test");
        let got: Vec<&str> = events.iter().map(|e| e.title.as_str()).collect();
        let got = got.join(" | ");
        if got != want {
            let number = WORDS.lines().position(|l| l.trim() == line).unwrap_or(0) + 1;
            failures.push(format!(
                "titles.txt:{number:<4} want {want:?}\n{:<16}got  {got:?}",
                ""
            ));
        }
    }
    assert!(count >= 20, "only {count} examples");
    assert!(
        failures.is_empty(),
        "{} of {count} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
