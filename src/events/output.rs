//! Drafts as timeline events: ids, quotes and mentions.

use std::fmt::Write as _;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::words::{self, is_in};
use super::{Draft, FastMap, FastSet};
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, MAX_MENTIONS, Mention, Review};

/// The drafts as timeline events, in the order of their dated sentences, each with an id unique
/// in the text.
pub(super) fn into_events(text: &str, source: &str, drafts: Vec<Draft>) -> Vec<Event> {
    let mut drafts = drafts;
    in_dated_order(&mut drafts);
    let mut ids = ids(&drafts);
    // Made from the last draft back, each draft dropped as its event is made and the list of
    // drafts shrunk as it empties: a huge text's drafts and events are not all held at once.
    let mut events = Vec::with_capacity(drafts.len());
    while let (Some(draft), Some(id)) = (drafts.pop(), ids.pop()) {
        events.push(event(text, source, draft, id));
        if drafts.len() < drafts.capacity() / 4 {
            drafts.shrink_to_fit();
            ids.shrink_to_fit();
        }
    }
    events.reverse();
    events
}

/// Orders `drafts` by the start of their dated sentences, those of one sentence as they
/// came: the order of indices is sorted, not the drafts, which then move into place (a
/// sort of the drafts themselves takes a buffer of half of them).
fn in_dated_order(drafts: &mut [Draft]) {
    if drafts.is_sorted_by_key(|d| d.dated.start) {
        return;
    }
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&d| drafts[d].dated.start);
    permute(drafts, order);
}

/// Moves `items[order[k]]` to place `k` (`order` holds each index once): each cycle of the
/// permutation is followed once, by swaps.
fn permute<T>(items: &mut [T], order: Vec<usize>) {
    let mut order = order;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != start {
            let from = order[k];
            items.swap(k, from);
            order[k] = k;
            k = from;
        }
        order[k] = k;
    }
}

/// The id of each draft, in their order: the date and first words of its title, numbered
/// when an earlier draft took them.
fn ids(drafts: &[Draft]) -> Vec<String> {
    let mut ids: FastSet<String> =
        FastSet::with_capacity_and_hasher(drafts.len(), BuildHasherDefault::default());
    let mut next_number: FastMap<String, usize> = FastMap::default();
    let mut out = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let base = event_id(&draft.date, &draft.title);
        // Most bases are free: only a taken one is copied, to count its numbers.
        let id = if ids.contains(&base) {
            // The smallest free number only grows: each base resumes where it stopped.
            let n = next_number.entry(base.clone()).or_insert(2);
            let mut id = format!("{base}-{n}");
            *n += 1;
            while ids.contains(&id) {
                id = format!("{base}-{n}");
                *n += 1;
            }
            id
        } else {
            base
        };
        ids.insert(id.clone());
        out.push(id);
    }
    out
}

/// The event of `draft`, with id `id`.
fn event(text: &str, source: &str, draft: Draft, id: String) -> Event {
    let quote = |span: &Range<usize>| quote(&text[span.clone()]);
    // The event quotes the sentence that holds its date; its other mentions quote theirs.
    // The first mentions in text order, the others counted (see `MAX_MENTIONS`).
    let listed = draft.mentions.len().min(MAX_MENTIONS);
    let mentions = draft.mentions[..listed]
        .iter()
        .map(|(span, confidence)| Mention {
            source: source.to_string(),
            start: span.start,
            end: span.end,
            confidence: *confidence,
            quote: (*span != draft.dated).then(|| quote(span)),
        })
        .collect();
    Event {
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
        more_mentions: draft.mentions.len() - listed,
    }
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
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let bytes = text.as_bytes();
    let mut previous = b' ';
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes of ASCII without a control character, the most of a sentence: only a
        // space after a space is wrong there, found for the eight at once.
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            let x = u64::from_le_bytes(*chunk);
            if x & HIGH == 0 && x.wrapping_sub(ONES * 0x20) & !x & HIGH == 0 {
                let y = x ^ (ONES * u64::from(b' '));
                // The high bit of each space: of each byte of `y` that is zero (no carry
                // leaves a byte below 0x80 plus 0x7f).
                let spaces = !((y + ONES * 0x7f) | y) & HIGH;
                if spaces & (spaces << 8 | u64::from(previous == b' ') << 7) != 0 {
                    return false;
                }
                previous = chunk[7];
                i += 8;
                continue;
            }
        }
        // Else byte by byte: a character beyond ASCII is decoded at its first byte only, its
        // other bytes (from 0x80 to 0xBF) being none of whitespace.
        let b = bytes[i];
        match b {
            b' ' if previous == b' ' => return false,
            b'\t'..=b'\r' => return false,
            0xC0.. if text[i..].chars().next().is_some_and(char::is_whitespace) => return false,
            _ => {}
        }
        previous = b;
        i += 1;
    }
    previous != b' ' || text.is_empty()
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
    // The id is spelt in one string, each word's slug straight into it and taken back when it is
    // empty or an article: this runs for every event. A byte that is not ASCII is no letter,
    // digit or hyphen of the slug, so the bytes are read, not the characters; a space (of the
    // date: a title's words have none) is a hyphen.
    let slug = |out: &mut String, s: &str| {
        for &b in s.as_bytes() {
            let b = if b == b' ' { b'-' } else { b };
            if b.is_ascii_alphanumeric() || b == b'-' {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    };
    let mut spelt = String::with_capacity(16);
    // Writing to a String cannot fail.
    let _ = write!(spelt, "{date}");
    let mut id = String::with_capacity(spelt.len() + title.len());
    slug(&mut id, spelt.trim_start_matches('~'));
    let mut words_taken = 0;
    for w in title.split_whitespace() {
        if words_taken == 5 {
            break;
        }
        let start = id.len();
        id.push('-');
        slug(&mut id, w);
        if id.len() == start + 1 || is_in(words::ARTICLES, &id[start + 1..]) {
            id.truncate(start);
            continue;
        }
        words_taken += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::permute;

    #[test]
    fn a_permutation_moves_each_item_to_its_place() {
        let mut items = ['a', 'b', 'c', 'd', 'e'];
        permute(&mut items, vec![2, 0, 3, 1, 4]);
        assert_eq!(items, ['c', 'a', 'd', 'b', 'e']);
        let mut items = ['a', 'b', 'c'];
        permute(&mut items, vec![2, 1, 0]);
        assert_eq!(items, ['c', 'b', 'a']);
        let mut none: [char; 0] = [];
        permute(&mut none, Vec::new());
    }
}
