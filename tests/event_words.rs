//! Every example of `data/rules/events.txt`, the event extractor's word lists: which words
//! name events, the title and the status of a dated sentence's event. All failures are
//! printed together as a table.

use chrono::NaiveDate;
use timeliner::events::{analyse, extract};
use timeliner::tagger::{DocType, TagOptions, tag};
use timeliner::text::sentences;
use timeliner::timeline::Status;

const WORDS: &str = include_str!("../data/rules/events.txt");

#[test]
fn every_event_word_example_holds() {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).expect("a date");
    let examples = WORDS.split_once("\n[examples]\n").map_or("", |(_, e)| e);
    let (mut count, mut failures) = (0, Vec::new());
    for (n, line) in examples.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        count += 1;
        let (kind, rest) = line.split_once(": ").expect("`kind: sentence`");
        let (got, expected) = match kind {
            "events" | "none" => {
                let text = rest.replace(['[', ']'], "");
                // One sentence: the whole example.
                let sentence = 0..text.len();
                let found: Vec<&str> = analyse(&text, &[], std::slice::from_ref(&sentence))
                    .event_spans()
                    .into_iter()
                    .map(|s| &text[s])
                    .collect();
                let expected: Vec<&str> = rest
                    .split('[')
                    .skip(1)
                    .filter_map(|s| s.split_once(']').map(|(w, _)| w))
                    .collect();
                (found.join(" "), expected.join(" "))
            }
            "title" | "status" | "history" | "date" | "nothing" => {
                let (want, text) = match kind {
                    "nothing" => ("", rest),
                    _ => rest.split_once(" = ").expect("`value = sentence`"),
                };
                // A history is read as a narrative, with no reference date.
                let (reference, doc_type) = if kind == "history" {
                    (None, DocType::Narrative)
                } else {
                    (Some(reference), DocType::default())
                };
                let options = TagOptions {
                    reference_date: reference,
                    doc_type,
                };
                let timexes = tag(text, &options);
                let events = extract(text, &timexes, &sentences(text), reference, "test");
                let got: Vec<String> = events
                    .iter()
                    .map(|e| match kind {
                        "title" => e.title.clone(),
                        "date" => e.date.to_string(),
                        _ => match e.status {
                            Status::Planned => "planned",
                            Status::Reported => "reported",
                            Status::Happened => "happened",
                        }
                        .to_string(),
                    })
                    .collect();
                (got.join(" | "), want.to_string())
            }
            _ => panic!("events.txt: unknown example kind {kind:?}"),
        };
        if got != expected {
            failures.push(format!(
                "events.txt:{:<4} {line:<70} got: {got:?}",
                WORDS
                    .lines()
                    .position(|l| l.trim() == line)
                    .map_or(n, |p| p + 1)
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
