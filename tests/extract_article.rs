//! The bundled article, with its temporal expressions placed by hand (as a complete tagger
//! would find them), so that what extraction makes of them is pinned apart from the tagger.

use chrono::NaiveDate;
use timeliner::events::extract;
use timeliner::text::sentences;
use timeliner::timex::{Timex, TimexType, Value};

fn article_events() -> Vec<timeliner::timeline::Event> {
    let text = include_str!("../data/kim-trump-talks.txt");
    // (phrase, occurrence, type, value)
    let marks = [
        ("current", 0, TimexType::Date, "PRESENT_REF"),
        ("2019", 0, TimexType::Date, "2019"),
        ("last year", 0, TimexType::Date, "2024"),
        ("next month", 0, TimexType::Date, "2025-10"),
        ("recently", 0, TimexType::Date, "PAST_REF"),
        ("2019", 1, TimexType::Date, "2019"),
        ("now", 0, TimexType::Date, "PRESENT_REF"),
        ("Now", 0, TimexType::Date, "PRESENT_REF"),
    ];
    let timexes: Vec<Timex> = marks
        .iter()
        .map(|&(phrase, nth, kind, value)| {
            let start = text.match_indices(phrase).nth(nth).unwrap().0;
            Timex::new(
                start..start + phrase.len(),
                kind,
                Value::parse(value).unwrap(),
                None,
            )
            .unwrap()
        })
        .collect();
    let reference = NaiveDate::from_ymd_opt(2025, 9, 22).unwrap();
    extract(
        text,
        &timexes,
        &sentences(text),
        Some(reference),
        "kim-trump-talks",
    )
}

#[test]
fn bundled_article_gives_its_five_dated_events() {
    let events = article_events();
    let summary: Vec<String> = events
        .iter()
        .map(|e| format!("{} | {} | {} | {:?}", e.id, e.date, e.title, e.status))
        .collect();
    assert_eq!(
        summary,
        [
            "2019-talks-broke-down-in-hanoi | 2019 | Talks broke down in Hanoi | Happened",
            "2024-mutual-defense-pact-was-signed | 2024 | A mutual defense pact was signed during Vladimir Putin’s visit | Happened",
            "2025-10-trump-set-to-visit-south | 2025-10 | Trump set to visit South Korea for APEC | Planned",
            "2025-09-new-york-times-reported-failed | ~2025-09 | The New York Times reported a failed U.S. Navy SEAL Team 6 mission | Reported",
            "2019-failed-us-navy-seal-team | 2019 | A failed U.S. Navy SEAL Team 6 mission | Reported",
        ]
    );
}

#[test]
fn later_mentions_join_the_event_they_name() {
    let events = article_events();
    let quotes = |i: usize| -> Vec<String> {
        events[i]
            .mentions
            .iter()
            .map(|m| {
                m.quote
                    .clone()
                    .unwrap_or_else(|| events[i].quote.clone().unwrap())
            })
            .map(|q| q.chars().take(48).collect())
            .collect()
    };
    // The APEC trip: "next month" and, undated, "Trump's trip to South Korea for the APEC summit".
    assert_eq!(
        quotes(2),
        [
            "With Trump set to visit South Korea next month f",
            "“The timing of the remarks, just ahead of Trump’",
        ]
    );
    // The mission: dated once, then "The operation" and "the mission".
    assert_eq!(
        quotes(4),
        [
            "Interestingly, the New York Times recently repor",
            "The operation, conducted during U.S.-North Korea",
            "Trump denied any knowledge of the mission when q",
        ]
    );
    let text = include_str!("../data/kim-trump-talks.txt");
    for event in &events {
        for mention in &event.mentions {
            let quote = mention.quote.as_ref().or(event.quote.as_ref()).unwrap();
            let sentence = text[mention.start as usize..mention.end as usize]
                .split_whitespace()
                .collect::<Vec<_>>();
            assert_eq!(
                sentence.join(" "),
                &**quote,
                "the span is the quoted sentence"
            );
        }
    }
}
