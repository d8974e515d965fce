//! Drafts as timeline events: ids, quotes and mentions.

use std::ops::Range;

use super::words::{self, is_in};
use super::{Draft, FastMap, FastSet};
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, Mention, Review};

/// The drafts as timeline events, in the order of their dated sentences, each with an id unique
/// in the text.
pub(super) fn into_events(text: &str, source: &str, drafts: Vec<Draft>) -> Vec<Event> {
    let mut ids: FastSet<String> = FastSet::default();
    let mut next_number: FastMap<String, usize> = FastMap::default();
    let mut events = Vec::with_capacity(drafts.len());
    let mut drafts = drafts;
    drafts.sort_by_key(|d| d.dated.start);
    for draft in drafts {
        let base = event_id(&draft.date, &draft.title);
        let mut id = base.clone();
        // The smallest free number only grows: each base resumes where it stopped.
        let n = next_number.entry(base.clone()).or_insert(2);
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        ids.insert(id.clone());
        let quote = |span: &Range<usize>| quote(&text[span.clone()]);
        // The event quotes the sentence that holds its date; its other mentions quote theirs.
        let mentions = draft
            .mentions
            .iter()
            .map(|(span, confidence)| Mention {
                source: source.to_string(),
                start: span.start,
                end: span.end,
                confidence: *confidence,
                quote: (*span != draft.dated).then(|| quote(span)),
            })
            .collect();
        events.push(Event {
            id,
            date: draft.date,
            end: draft.end,
            title: draft.title,
            description: None,
            status: draft.status,
            lane: None,
            tags: Vec::new(),
            source: Some(source.to_string()),
            quote: Some(quote(&draft.dated)),
            review: Review::Draft,
            mentions,
        });
    }
    events
}

/// Quotes longer than this many bytes end at the word before it, with an ellipsis: a "sentence"
/// of a whole unpunctuated file would otherwise be copied into each of its events.
pub(super) const MAX_QUOTE: usize = 1000;

/// A sentence as a quote: its words joined by single spaces, cut after `MAX_QUOTE` bytes.
pub(super) fn quote(sentence: &str) -> String {
    // Most sentences are short and single-spaced already: their quote is a copy.
    if sentence.len() <= MAX_QUOTE && single_spaced(sentence) {
        return sentence.to_string();
    }
    let mut quote = String::with_capacity(sentence.len().min(MAX_QUOTE + " …".len()));
    for word in sentence.split_whitespace() {
        if quote.len() + 1 + word.len() > MAX_QUOTE {
            quote.push_str(" …");
            break;
        }
        if !quote.is_empty() {
            quote.push(' ');
        }
        quote.push_str(word);
    }
    quote
}

/// `text` is its words joined by single spaces: no other whitespace, none at either end.
fn single_spaced(text: &str) -> bool {
    let mut after_space = true;
    for c in text.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || text.is_empty()
}

/// `2019-talks-broke-down-in-hanoi`: the date, then the title's first five words, in
/// lower-case ASCII.
///
/// # Example
/// ```
/// use timeliner::events::event_id;
/// use timeliner::timeline::date::TimelineDate;
///
/// let date = TimelineDate::parse("~2025-09").unwrap();
/// assert_eq!(event_id(&date, "New York Times reported SEAL Team 6 mission"), "2025-09-new-york-times-reported-seal");
/// ```
#[must_use]
pub fn event_id(date: &TimelineDate, title: &str) -> String {
    // The id is spelt in one string, each word's slug in one reused buffer: this runs for
    // every event.
    let slug = |out: &mut String, s: &str| {
        out.extend(
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .map(|c| c.to_ascii_lowercase()),
        );
    };
    let date = date.to_string();
    let mut id = String::with_capacity(date.len() + title.len());
    slug(&mut id, &date.trim_start_matches('~').replace(' ', "-"));
    let mut word = String::new();
    let mut words_taken = 0;
    for w in title.split_whitespace() {
        if words_taken == 5 {
            break;
        }
        word.clear();
        slug(&mut word, w);
        if word.is_empty() || is_in(words::ARTICLES, &word) {
            continue;
        }
        id.push('-');
        id.push_str(&word);
        words_taken += 1;
    }
    id
}
