//! Mentions within one sentence: a bracketed alternative date of the same happening, and a
//! list of dated items, one happening each.

use std::ops::Range;

use super::detect::{self, EventPos};
use super::words::{self, Token};
use super::{SentenceAnalysis, title};
use crate::timex::Timex;

/// expression gives the same happening another date; it is a mention of the first, not an event.
pub(super) fn is_alternative(sentence: &SentenceAnalysis, span: &Range<usize>) -> bool {
    let first = sentence
        .tokens
        .partition_point(|t| t.span.start < span.start);
    first >= 2 && sentence.tokens[first - 1].lower == "(" && sentence.in_timex[first - 2]
}

/// One item of a list of dated happenings.
#[derive(Debug, Clone)]
pub(super) struct Item {
    /// The event word of the whole list.
    pub(super) event: usize,
    /// The words between the event word and the first item ("of").
    lead: Range<usize>,
    /// The item's own words.
    words: Range<usize>,
}

/// Most words between two brackets of a list: an item's words and its separator.
const MAX_ITEM_GAP: usize = 8;

/// "the battles of Stalingrad (1942), Kursk (1943) and Bagration (1944)": two or more
/// expressions alone in brackets, each after the words of an item, one item after the other
/// (commas, "and", "or" between), list one happening per item, all of the event noun before the
/// first (else of the event the first is linked to). For each link of the sentence, its item if it is one.
pub(super) fn list_items(sentence: &SentenceAnalysis, timexes: &[Timex]) -> Vec<Option<Item>> {
    let tokens = &sentence.tokens;
    // The token range "(" expression ")" of a link, when the bracket holds just the expression
    // and follows a word that is no expression.
    let bracket = |span: &Range<usize>| -> Option<Range<usize>> {
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let after = tokens.partition_point(|t| t.span.start < span.end);
        let open = first.checked_sub(1)?;
        let closed = tokens.get(after).is_some_and(|t| t.lower == ")");
        let item_before = open > 0 && tokens[open - 1].is_word() && !sentence.in_timex[open - 1];
        (tokens[open].lower == "(" && closed && item_before).then_some(open..after + 1)
    };
    let is_separator = |t: &Token| t.lower == "," || matches!(t.lower.as_str(), "and" | "or");
    // The gap between two brackets is one item: words (no clause opener) and separators.
    let one_item = |gap: &[Token]| {
        gap.len() <= MAX_ITEM_GAP
            && gap.iter().any(Token::is_word)
            && gap
                .iter()
                .all(|t| is_separator(t) || (t.is_word() && !t.is(words::CLAUSE_OPENERS)))
    };
    let links = &sentence.links;
    let brackets: Vec<Option<Range<usize>>> = links
        .iter()
        .map(|&(t, ..)| bracket(&timexes[t].span))
        .collect();
    let mut items = vec![None; links.len()];
    let mut k = 0;
    while k < links.len() {
        // The run of listed brackets from link `k`.
        let mut end = k + 1;
        while end < links.len() {
            let (Some(a), Some(b)) = (&brackets[end - 1], &brackets[end]) else {
                break;
            };
            if a.end > b.start || !one_item(&tokens[a.end..b.start]) {
                break;
            }
            end += 1;
        }
        let linked = links[k].1;
        match &brackets[k] {
            Some(first) if end - k >= 2 && linked < first.start => {
                // The head of the list is the last event noun before it ("won the battles of").
                let event = sentence
                    .events
                    .iter()
                    .rev()
                    .find(|&&(i, pos)| pos == EventPos::Noun && linked <= i && i < first.start)
                    .map_or(linked, |&(i, _)| i);
                // The first item starts at its first content word: "of" leads every item.
                let mut name = event + 1;
                while name < first.start
                    && (!tokens[name].is_word() || detect::is_function_word(&tokens[name]))
                {
                    name += 1;
                }
                let mut start = name;
                for j in k..end {
                    let Some(b) = &brackets[j] else { break };
                    while start < b.start && is_separator(&tokens[start]) {
                        start += 1;
                    }
                    items[j] = Some(Item {
                        event,
                        lead: event + 1..name,
                        words: start..b.start,
                    });
                    start = b.end;
                }
            }
            _ => {}
        }
        k = end;
    }
    items
}

/// How many words before the event word an item's title may read: the subject of a list is
/// near its event word, and a long clause is not read again for every item.
const ITEM_CONTEXT: usize = 12;

/// The title of one item of a list: the event word with the words before it in its clause,
/// then the words that lead to the items ("of"), then the item's own words, and no word of the
/// other items.
pub(super) fn item_title(
    text: &str,
    sentence: &SentenceAnalysis,
    clause: &Range<usize>,
    item: &Item,
) -> String {
    let from = clause.start.max(item.event.saturating_sub(ITEM_CONTEXT));
    let picked: Vec<usize> = (from..item.lead.end).chain(item.words.clone()).collect();
    let tokens: Vec<Token> = picked.iter().map(|&i| sentence.tokens[i].clone()).collect();
    let remove: Vec<bool> = picked.iter().map(|&i| sentence.in_timex[i]).collect();
    title::Titles::new(text, &tokens, &remove).title(&(0..tokens.len()), item.event - from)
}
