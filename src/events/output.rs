//! Drafts as timeline events: ids, quotes and mentions.

use std::borrow::Cow;
use std::hash::{BuildHasherDefault, DefaultHasher, Hasher};
use std::sync::OnceLock;

use super::drafts::{BLOCK, Mentions, Span, range};
use super::words::{self, is_in};
use super::{Draft, Drafts, FastMap, FastSet};
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, EventEnd, MAX_MENTIONS, Mention, Quote, Review, Shared, Status};

/// The drafts as timeline events, in the order of their dated sentences, each with an id unique
/// in the text. Their quotes are ranges of `shared`, the text held once, where it is given;
/// else each is a copy of its sentence.
pub(super) fn into_events(
    text: &str,
    shared: Option<&Shared>,
    source: &str,
    drafts: Drafts,
) -> Vec<Event> {
    let mut drafts = drafts;
    in_dated_order(&mut drafts);
    let n = drafts.len();
    // First only what the events take of each draft, and its id, each block of drafts freed as
    // it is read: the list of events is then made beside these, not beside the whole drafts (a
    // huge text has a draft for each of its dates), nor beside the ids taken.
    let mut told: Vec<Vec<Told>> = Vec::with_capacity(n.div_ceil(BLOCK));
    let mut ids = Ids::with_capacity(n);
    let mut quotes = Quotes::new(shared);
    for draft in drafts.into_drafts() {
        if told.last().is_none_or(|block| block.len() == BLOCK) {
            told.push(Vec::with_capacity(BLOCK.min(n)));
        }
        if let Some(block) = told.last_mut() {
            let id = ids.next(&draft.date, draft.title());
            let draft = Told::new(draft, id);
            quotes.mentioned(&draft.mentions);
            block.push(draft);
        }
    }
    drop(ids);
    let mut events = Vec::with_capacity(n);
    let source = Shared::from(source);
    // ... and each block of those freed as its events are made.
    for told in told.into_iter().flatten() {
        let quote = quotes.dated(text, told.mentions.dated());
        events.push(event(|span| quotes.of(text, span), &source, told, quote));
    }
    events
}

/// The quote of each sentence quoted, held once by all the events and mentions that quote it:
/// the events of one sentence come together, and a huge sentence may date thousands of them;
/// the mentions of a huge text's events quote the same sentences again and again. Only the
/// sentences a mention quotes are looked up: one that only its events quote (the most of a
/// chronology, each sentence dated another day) is quoted by events that come together, and a
/// map of every sentence held some 9 MB of a 10 MB chronology's (13 while it grew).
struct Quotes {
    /// The text quoted, held once, if it is.
    shared: Option<Shared>,
    /// The last sentence quoted as an event's own.
    last: Option<(Span, Quote)>,
    /// The sentences the listed mentions quote, each with its quote once made.
    mentioned: FastMap<(u32, u32), Option<Quote>>,
}

impl Quotes {
    fn new(shared: Option<&Shared>) -> Self {
        Self {
            shared: shared.cloned(),
            last: None,
            mentioned: FastMap::default(),
        }
    }

    /// Notes the sentences the listed `mentions` of an event quote.
    fn mentioned(&mut self, mentions: &Mentions) {
        let dated = mentions.dated();
        let mentions = mentions.as_slice();
        for (span, _) in &mentions[..mentions.len().min(MAX_MENTIONS)] {
            if span != dated {
                self.mentioned.entry((span.start, span.end)).or_insert(None);
            }
        }
    }

    /// The quote of an event's own sentence.
    fn dated(&mut self, text: &str, span: &Span) -> Quote {
        if let Some((quoted, quote)) = &self.last
            && quoted == span
        {
            return quote.clone();
        }
        let shared = self.shared.as_ref();
        let quote = match self.mentioned.get_mut(&(span.start, span.end)) {
            Some(held) => held.get_or_insert_with(|| made(text, shared, span)).clone(),
            None => made(text, shared, span),
        };
        self.last = Some((span.clone(), quote.clone()));
        quote
    }

    /// The quote of a sentence a mention quotes (see [`Quotes::mentioned`]).
    fn of(&mut self, text: &str, span: &Span) -> Quote {
        let shared = self.shared.as_ref();
        let held = self.mentioned.entry((span.start, span.end)).or_insert(None);
        held.get_or_insert_with(|| made(text, shared, span)).clone()
    }
}

/// The quote of the sentence `span`, made: a range of `shared` when the sentence is its own
/// quote.
fn made(text: &str, shared: Option<&Shared>, span: &Span) -> Quote {
    match (quote(&text[range(span)]), shared) {
        (Cow::Borrowed(_), Some(shared)) => Quote::of(shared, span.clone()),
        (quote, _) => Quote::from(quote.as_ref()),
    }
}

/// What an event takes of its draft, and its id.
struct Told {
    id: String,
    date: TimelineDate,
    end: Option<EventEnd>,
    title: Box<str>,
    status: Status,
    /// Its mentions, and the sentence that holds its date.
    mentions: Mentions,
}

impl Told {
    fn new(draft: Draft, id: String) -> Self {
        let mut draft = draft;
        Self {
            id,
            date: draft.date,
            end: draft.end(),
            title: draft.title().into(),
            status: draft.status,
            mentions: draft.take_mentions(),
        }
    }
}

/// Orders `drafts` by the start of their dated sentences, those of one sentence as they
/// came: the order of indices is sorted, not the drafts, which then move into place (a
/// sort of the drafts themselves takes a buffer of half of them).
fn in_dated_order(drafts: &mut Drafts) {
    if drafts.iter().is_sorted_by_key(|d| d.dated().start) {
        return;
    }
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&d| drafts[d].dated().start);
    permute(order, |a, b| drafts.swap(a, b));
}

/// Moves item `order[k]` to place `k` (`order` holds each index once) by `swap`s of two
/// places: each cycle of the permutation is followed once.
fn permute(order: Vec<usize>, mut swap: impl FnMut(usize, usize)) {
    let mut order = order;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != start {
            let from = order[k];
            swap(k, from);
            order[k] = k;
            k = from;
        }
        order[k] = k;
    }
}

/// The room [`Ids`] makes for an id at first: a date and a title of the usual length.
const ID_ROOM: usize = 128;

/// The ids given so far, each by a hash of it: a set of the ids themselves held a copy of
/// every id of a huge text. Two ids of one hash (a chance in billions for a text of a million
/// events) only number the later one as if it were taken again: ids stay unique.
struct Ids {
    /// Where each id is spelt before it is copied out at its length: spelt in place, an id
    /// kept room for its whole title.
    spelt: String,
    taken: FastSet<u64>,
    /// The next number to try after each base taken (see [`Ids::next`]), by its hash.
    next_number: FastMap<u64, usize>,
}

impl Ids {
    fn with_capacity(n: usize) -> Self {
        Self {
            // Room for a date and a whole title at once: grown from empty, it was copied a
            // few times for each text.
            spelt: String::with_capacity(ID_ROOM),
            taken: FastSet::with_capacity_and_hasher(n, BuildHasherDefault::default()),
            next_number: FastMap::default(),
        }
    }

    /// The id of the next draft: the date and first words of its title, numbered when an
    /// earlier draft took them.
    fn next(&mut self, date: &TimelineDate, title: &str) -> String {
        self.spelt.clear();
        spell_id(&mut self.spelt, date, title);
        let base = self.spelt.as_str();
        let base_hash = id_hash(base);
        // Most bases are free: only a taken one is counted.
        let (id, id_hash_of) = if self.taken.contains(&base_hash) {
            // The smallest free number only grows: each base resumes where it stopped.
            let n = self.next_number.entry(base_hash).or_insert(2);
            let mut id = format!("{base}-{n}");
            *n += 1;
            while self.taken.contains(&id_hash(&id)) {
                id = format!("{base}-{n}");
                *n += 1;
            }
            let hash = id_hash(&id);
            (id, hash)
        } else {
            // A free base is taken under the hash just made of it.
            (String::from(base), base_hash)
        };
        self.taken.insert(id_hash_of);
        id
    }
}

/// A hash of an id, the same on every run: 64 bits, so that distinct ids almost never share one.
fn id_hash(id: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(id.as_bytes());
    hasher.finish()
}

/// The event of `draft`, quoting `quote` (its dated sentence) and its other mentions by
/// `quote_of`.
fn event(
    mut quote_of: impl FnMut(&Span) -> Quote,
    source: &Shared,
    draft: Told,
    quote: Quote,
) -> Event {
    // The event quotes the sentence that holds its date; its other mentions quote theirs.
    // The first mentions in text order, the others counted (see `MAX_MENTIONS`).
    let listed = draft.mentions.len().min(MAX_MENTIONS);
    let dated = draft.mentions.dated();
    let mentions = draft.mentions.as_slice()[..listed]
        .iter()
        .map(|(span, confidence)| Mention {
            source: Shared::clone(source),
            start: span.start,
            end: span.end,
            confidence: confidence.value(),
            quote: (span != dated).then(|| quote_of(span)),
        })
        .collect();
    Event {
        id: draft.id,
        date: draft.date,
        end: draft.end,
        title: draft.title.into_string(),
        status: draft.status,
        notes: None,
        source: Some(Shared::clone(source)),
        quote: Some(quote),
        review: Review::Draft,
        mentions,
        more_mentions: u32::try_from(draft.mentions.len() - listed).unwrap_or(u32::MAX),
    }
}

/// Quotes longer than this many bytes end at the word before it, with an ellipsis: a "sentence"
/// of a whole unpunctuated file would otherwise be copied into each of its events.
pub(super) const MAX_QUOTE: usize = 1000;

/// A sentence as a quote: its words joined by single spaces, cut after `MAX_QUOTE` bytes.
pub(super) fn quote(sentence: &str) -> Cow<'_, str> {
    // Most sentences are short and single-spaced already: their quote is the sentence, copied
    // once, into the shared quote.
    if sentence.len() <= MAX_QUOTE && single_spaced(sentence) {
        return Cow::Borrowed(sentence);
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
    Cow::Owned(quote)
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
    let mut id = String::with_capacity(16 + title.len());
    spell_id(&mut id, date, title);
    id
}

/// [`event_id`], spelt at the end of `id`, which starts empty.
fn spell_id(id: &mut String, date: &TimelineDate, title: &str) {
    // The id is spelt in one string, each word's slug straight into it and taken back when it is
    // empty or an article: this runs for every event. A byte that is not ASCII is no letter,
    // digit or hyphen of the slug, so the date's bytes are read, not its characters; a space
    // of the date is a hyphen.
    let slug = |out: &mut String, s: &str| {
        for &b in s.as_bytes() {
            let b = if b == b' ' { b'-' } else { b };
            if b.is_ascii_alphanumeric() || b == b'-' {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    };
    // Most dates are spelt plainly, on the stack: through `write!` the spelling cost a fifth
    // of the id.
    match date.plain_spelling() {
        Some(plain) => slug(id, &plain),
        None => slug(id, date.to_string().trim_start_matches('~')),
    }
    // The title's words as `split_whitespace` cuts them, read in one pass over its bytes: each
    // word's hyphen is pushed at its first byte, the word taken back at its end. A character
    // beyond ASCII is asked whether it is whitespace at its first byte only.
    let mut word_start = None;
    let mut words_taken = 0;
    // Most words are longer than any article: only a word that short is looked up.
    let longest_article = longest_article();
    let mut end_word = |id: &mut String, start: usize| {
        let word = &id[start + 1..];
        if word.is_empty() || (word.len() <= longest_article && is_in(words::ARTICLES, word)) {
            id.truncate(start);
        } else {
            words_taken += 1;
        }
        words_taken == 5
    };
    // How many bytes of a whitespace character beyond ASCII are left after its first.
    let mut skip = 0;
    for (k, &b) in title.as_bytes().iter().enumerate() {
        let space = match b {
            b' ' | b'\t'..=b'\r' => true,
            0x80..0xC0 if skip > 0 => {
                skip -= 1;
                continue;
            }
            0xC0.. => match title[k..].chars().next() {
                Some(c) if c.is_whitespace() => {
                    skip = c.len_utf8() - 1;
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if space {
            if let Some(start) = word_start.take()
                && end_word(id, start)
            {
                return;
            }
            continue;
        }
        if word_start.is_none() {
            word_start = Some(id.len());
            id.push('-');
        }
        if b.is_ascii_alphanumeric() || b == b'-' {
            id.push(char::from(b.to_ascii_lowercase()));
        }
    }
    if let Some(start) = word_start {
        end_word(id, start);
    }
}

/// The length in bytes of the longest of the articles' list, read once.
fn longest_article() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| {
        let articles = &words::words().lists()[words::ARTICLES as usize];
        articles.iter().map(|a| a.len()).max().unwrap_or(0)
    })
}

#[cfg(test)]
mod tests {
    use super::{event_id, permute};
    use crate::timeline::date::TimelineDate;

    #[test]
    fn an_id_takes_five_words_cut_at_any_whitespace() {
        let date = TimelineDate::parse("2019-02-28").unwrap();
        let id = |title: &str| event_id(&date, title);
        assert_eq!(
            id("Talks  break down in\tHanoi today"),
            "2019-02-28-talks-break-down-in-hanoi"
        );
        // No-break and vertical-tab spaces part words; an article or a word of marks only is no word.
        assert_eq!(
            id("The\u{a0}talks\u{b}—\u{3000}an end, (in) Hanoi"),
            "2019-02-28-talks-end-in-hanoi"
        );
        assert_eq!(id("Ça va à Paris"), "2019-02-28-va-paris");
        assert_eq!(id(" "), "2019-02-28");
    }

    #[test]
    fn a_permutation_moves_each_item_to_its_place() {
        let mut items = ['a', 'b', 'c', 'd', 'e'];
        permute(vec![2, 0, 3, 1, 4], |a, b| items.swap(a, b));
        assert_eq!(items, ['c', 'a', 'd', 'b', 'e']);
        let mut items = ['a', 'b', 'c'];
        permute(vec![2, 1, 0], |a, b| items.swap(a, b));
        assert_eq!(items, ['c', 'b', 'a']);
        permute(Vec::new(), |_, _| unreachable!("nothing to move"));
    }
}
