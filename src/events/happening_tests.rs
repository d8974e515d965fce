//! Tests of one event per happening, statuses and quotes, over tagged text.

use chrono::NaiveDate;

use super::extract;
use super::output::{MAX_QUOTE, quote};
use crate::tagger::{DocType, TagOptions, tag};
use crate::text::sentences;
use crate::timeline::Event;

/// The events of `text` read as `doc_type`; the news is dated 2013-02-12.
pub(super) fn events(text: &str, doc_type: DocType) -> Vec<Event> {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    let options = TagOptions {
        reference_date: Some(reference),
        doc_type,
    };
    let timexes = tag(text, &options);
    let reference = (doc_type == DocType::News).then_some(reference);
    extract(text, &timexes, &sentences(text), reference, "s")
}

/// The titles of the events of news `text` (see [`events`]).
pub(super) fn news_titles(text: &str) -> Vec<String> {
    events(text, DocType::News)
        .into_iter()
        .map(|e| e.title)
        .collect()
}

/// Issue 12: one clause with many dates, many names and an office word before a name once
/// made merging read the clause's names for every date. Large, so a quadratic pass would
/// not finish; no timing is asserted.
#[test]
fn one_clause_with_many_dates_and_names_completes() {
    let mut text = String::from("President Anna Lee visited");
    for k in 0..4000 {
        text.push_str(&format!(" Town{k} Hall{k} in {} and", 1000 + k % 900));
    }
    text.push_str(" home.");
    let found = events(&text, DocType::Narrative);
    assert!(found.len() > 100, "{}", found.len());
}

/// A run of sayings whose reported clause has no subject of its own ("the crew the mayor said
/// would sail"), with no main verb after them: each search for the main verb stops a few
/// words on. Large, so a search to the clause's end from each would not finish; no timing is
/// asserted.
#[test]
fn a_run_of_sayings_without_a_subject_completes() {
    let mut text = String::from("In May 2012");
    for _ in 0..5000 {
        text.push_str(" the crew the mayor said would sail far");
    }
    text.push_str(" and lost.");
    let found = events(&text, DocType::News);
    assert!(found.len() < 100, "{}", found.len());
}

#[test]
fn a_bracketed_alternative_date_is_the_same_happening() {
    let text = "The fleet attacked the harbour on 7 December 1941 (8 December 1941 in Asia).";
    let found = events(text, DocType::Narrative);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].date.to_string(), "1941-12-07");
}

#[test]
fn a_list_of_dated_items_gives_one_event_per_item() {
    let text = "The army won the battles of Arras (1917), Amiens (1918) and Cambrai (1919).";
    let found = events(text, DocType::Narrative);
    let got: Vec<(String, String)> = found
        .iter()
        .map(|e| (e.date.to_string(), e.title.clone()))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    for ((date, title), (year, name)) in
        got.iter()
            .zip([("1917", "Arras"), ("1918", "Amiens"), ("1919", "Cambrai")])
    {
        assert_eq!(date, year);
        assert!(title.contains(name), "{title}");
        let others = ["Arras", "Amiens", "Cambrai"]
            .into_iter()
            .filter(|n| *n != name);
        for other in others {
            assert!(!title.contains(other), "{title}");
        }
    }
}

#[test]
fn a_quote_is_the_sentence_with_single_spaces_cut_after_a_thousand_bytes() {
    assert_eq!(quote("  Talks\n broke   down. "), "Talks broke down.");
    for (sentence, quoted) in [
        ("Talks broke down.", "Talks broke down."),
        ("Talks\u{a0}broke down ", "Talks broke down"),
        (" Talks", "Talks"),
        (" ", ""),
        ("", ""),
        // Whitespace beyond ASCII, and letters and quotation marks of several bytes.
        ("Talks\u{2028}broke\u{3000}down\u{85}", "Talks broke down"),
        ("Talks\u{b}broke", "Talks broke"),
        ("“Talks’ end” in Zürich", "“Talks’ end” in Zürich"),
    ] {
        assert_eq!(quote(sentence), quoted, "{sentence:?}");
    }
    // Each kind of whitespace at each place of an eight-byte block.
    for at in 0..18 {
        for (space, single) in [
            (" ", true),
            ("  ", false),
            ("\t", false),
            ("\r\n", false),
            ("\u{1}", true),
            ("\u{a0}", false),
            ("é", true),
            ("’ ", true),
            ("\u{3000}", false),
        ] {
            let sentence = format!("{}{space}{}", "a".repeat(at + 1), "b".repeat(at % 9 + 1));
            let quoted = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(quote(&sentence), quoted, "{sentence:?}");
            assert_eq!(quote(&sentence) == sentence, single, "{sentence:?}");
            let spaced = format!("{sentence} ");
            assert_eq!(quote(&spaced), quoted, "{spaced:?}");
        }
    }
    let long = "word ".repeat(1000);
    let cut = quote(&long);
    assert!(cut.len() <= MAX_QUOTE + " …".len(), "{}", cut.len());
    assert!(cut.ends_with("word …"));
}

#[test]
fn the_quote_is_the_sentence_of_the_date_and_far_mentions_stay_apart() {
    let text = "The war shaped the region. The 1914 war ruined farms. The war ended badly. \
                Crops failed. Prices rose. Farms were sold. Towns emptied. The war was \
                remembered.";
    let found = events(text, DocType::Narrative);
    assert_eq!(found.len(), 1, "{found:#?}");
    let war = &found[0];
    assert_eq!(war.quote.as_deref(), Some("The 1914 war ruined farms."));
    // Not the sentence before the date, nor one far after it.
    let quoted: Vec<&str> = war
        .mentions
        .iter()
        .map(|m| &text[m.start as usize..m.end as usize])
        .collect();
    assert_eq!(
        quoted,
        ["The 1914 war ruined farms.", "The war ended badly."],
        "{war:#?}"
    );
}

/// One happening told in every sentence of a huge file lists its first mentions in text
/// order and counts the others: held whole, they took more memory than the text.
#[test]
fn a_happening_told_past_the_most_mentions_counts_the_rest() {
    let text = "In 2019 talks. ".repeat(crate::timeline::MAX_MENTIONS + 50);
    let found = events(&text, DocType::News);
    assert_eq!(found.len(), 1);
    let event = &found[0];
    assert_eq!(event.mentions.len(), crate::timeline::MAX_MENTIONS);
    assert_eq!(event.more_mentions, 50);
    let starts: Vec<u32> = event.mentions.iter().map(|m| m.start).collect();
    assert_eq!(starts[..3], [0, 15, 30]);
    assert!(starts.is_sorted());
    // The count is written after the list, and read back.
    let yaml = serde_yaml::to_string(event).unwrap();
    assert!(yaml.ends_with("more_mentions: 50\n"), "{yaml}");
    assert_eq!(&serde_yaml::from_str::<Event>(&yaml).unwrap(), event);
    // Below the cap, nothing is written.
    let few = &events("In 2019 talks. In 2019 talks.", DocType::News)[0];
    assert!(
        !serde_yaml::to_string(few)
            .unwrap()
            .contains("more_mentions")
    );
}

#[test]
fn one_deed_at_two_named_places_is_two_happenings() {
    let text = "On Monday rebels seized the airport in Goma. \
                Aid groups said the road was closed. \
                On Monday rebels also seized the airport in Kigali.";
    let found = events(text, DocType::News);
    let titles: Vec<_> = found
        .iter()
        .map(|e| (e.date.to_string(), e.title.clone()))
        .collect();
    assert_eq!(found.len(), 2, "{titles:#?}");
}

#[test]
fn a_name_that_holds_a_day_names_the_happening_told_of_that_day_just_before() {
    let text = "The rebels held the port. On 3 May 1921, the rebel fleet tried to reach Odessa. \
                Known to the sailors as the Battle of May 3, the clash lasted all day.";
    let found = events(text, DocType::Narrative);
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The rebel fleet tried to reach Odessa"],
        "{found:#?}"
    );
    assert_eq!(found[0].mentions.len(), 2);
    // A name that holds another day names a happening of its own.
    let text = "On 3 May 1921, the rebel fleet tried to reach Odessa. \
                Known to the sailors as the Battle of May 4, the clash lasted all day.";
    assert_eq!(events(text, DocType::Narrative).len(), 2);
}

#[test]
fn a_listed_item_may_repeat_its_lead_and_be_dated_by_a_range() {
    let text = "The raids led to the capture of Brenn Islands off the Varo coast (May-August 1820) \
                and of Tessel Island off Mirrin (June 1820).";
    let found = events(text, DocType::Narrative);
    let got: Vec<(String, Option<String>, &str)> = found
        .iter()
        .map(|e| {
            let end = match &e.end {
                Some(crate::timeline::EventEnd::Date(d)) => Some(d.to_string()),
                _ => None,
            };
            (e.date.to_string(), end, e.title.as_str())
        })
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_deref()),
        ("1820-05", Some("1820-08"))
    );
    assert!(
        got[0].2.ends_with("the capture of Brenn Islands"),
        "{got:?}"
    );
    assert_eq!(got[1].0, "1820-06");
    assert!(
        got[1].2.ends_with("the capture of Tessel Island"),
        "{got:?}"
    );
}

#[test]
fn a_vague_reference_that_describes_a_noun_dates_nothing_and_stays_in_the_title() {
    // "recent" is the message's, not the saying's: no report of the reference month.
    let found = events(
        "An aide said this was the \"most recent message\" sent by the rebel leader.",
        DocType::News,
    );
    assert!(found.is_empty(), "{found:?}");
    let found = events(
        "The most recent message of the rebels reached the capital on Friday.",
        DocType::News,
    );
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The most recent message of the rebels reached the capital"]
    );
    // An adverb goes with the participle it describes, both left out.
    let found = events(
        "On 3 June 1916, four boats were drawn into a recently laid field of mines.",
        DocType::Narrative,
    );
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Four boats were drawn into a field of mines"]);
}

#[test]
fn a_date_that_ends_a_clause_dates_no_reporting_clause_after_its_comma() {
    // The forecast's year is not the telling's: no event "officers told analysts" next year.
    let found = events(
        "Acme expects margins of 10% next year, top officers told analysts here.",
        DocType::News,
    );
    assert!(found.is_empty(), "{found:?}");
    // A fronted date is the reporting clause's.
    let found = events(
        "On Friday, officials said the plant had closed.",
        DocType::News,
    );
    let dates: Vec<String> = found.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2013-02-08"]);
}
