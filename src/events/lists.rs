//! Mentions within one sentence: a bracketed alternative date of the same happening, and a
//! list of dated items, one happening each.

use std::ops::Range;

use super::detect::{self, EventPos};
use super::ranges::Ends;
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

/// "the battles of Stalingrad (1942), Kursk (1943) and Bagration (1944)": two or more expressions
/// alone in brackets, each after the words of an item, one item after the other (commas, "and",
/// "or" between), list one happening per item, all of the event noun before the first (else of the
/// event the first is linked to). For each link of the sentence, its item if it is one; none at all
/// when the sentence holds no list (no list allocated for most dated sentences).
pub(super) fn list_items(
    sentence: &SentenceAnalysis,
    timexes: &[Timex],
    ends: &Ends,
) -> Vec<Option<Item>> {
    let links = &sentence.links;
    // A list is two bracketed dates or more: most sentences date one thing, and need no look
    // at their brackets.
    if links.len() < 2 {
        return Vec::new();
    }
    let tokens = &sentence.tokens;
    // The first token of expression `t` and the one after its last (a hyphenated word may
    // hold the ends of two: "May-August").
    let first_of = |t: usize| tokens.partition_point(|x| x.span.end <= timexes[t].span().start);
    let after_of = |t: usize| tokens.partition_point(|x| x.span.start < timexes[t].span().end);
    // Expression `t` ends a range that `t - 1` starts: "(May-August 1820)" is one item's date.
    let ends_range = |t: usize| t > 0 && ends.starts_range(t - 1);
    // The links of range ends whose start is linked too (links are in the order of their
    // expressions, one each): the start's link dates the item.
    let range_end: Vec<bool> = links
        .iter()
        .map(|&(t, ..)| ends_range(t) && links.binary_search_by_key(&(t - 1), |&(s, ..)| s).is_ok())
        .collect();
    // The token range "(" expression ")" of a link, when the bracket holds just the expression
    // (or the range it starts or ends) and follows a word that is no expression.
    let bracket = |t: usize| -> Option<Range<usize>> {
        let first = first_of(if ends_range(t) { t - 1 } else { t });
        let after = after_of(if ends.starts_range(t) { t + 1 } else { t });
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
    let brackets: Vec<Option<Range<usize>>> = links
        .iter()
        .zip(&range_end)
        .map(|(&(t, ..), &range_end)| if range_end { None } else { bracket(t) })
        .collect();
    let mut items = vec![None; links.len()];
    let mut k = 0;
    while k < links.len() {
        // The run of listed brackets from link `k` (the end of a range in one stands apart).
        let (mut end, mut last, mut listed) = (k + 1, k, 1);
        while end < links.len() {
            if range_end[end] {
                end += 1;
                continue;
            }
            let (Some(a), Some(b)) = (&brackets[last], &brackets[end]) else {
                break;
            };
            if a.end > b.start || !one_item(&tokens[a.end..b.start]) {
                break;
            }
            (last, listed, end) = (end, listed + 1, end + 1);
        }
        let end = last + 1;
        let linked = links[k].1;
        match &brackets[k] {
            Some(first) if listed >= 2 && linked < first.start => {
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
                for j in (k..end).filter(|&j| !range_end[j]) {
                    let Some(b) = &brackets[j] else { break };
                    while start < b.start && is_separator(&tokens[start]) {
                        start += 1;
                    }
                    // "the capture of X (May) and of Y (June)": an item may repeat the words
                    // that lead to the items.
                    let lead = &tokens[event + 1..name];
                    let again = tokens[start..b.start].iter().take(lead.len());
                    if !lead.is_empty() && again.map(|t| &t.lower).eq(lead.iter().map(|t| &t.lower))
                    {
                        start += lead.len();
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
    listed_title(text, sentence, clause, item, false)
}

/// How many words before an "-ing" item's event word its title may read: back past the
/// comma to the clause whose subject did it.
const PARTICIPLE_CONTEXT: usize = 24;

/// [`item_title`], for an item of an "-ing" form when `participle` holds: "The allied fleet
/// moved toward the coast, taking Dunmore by March and Kelso by June" → "The allied fleet took
/// Kelso".
fn listed_title(
    text: &str,
    sentence: &SentenceAnalysis,
    clause: &Range<usize>,
    item: &Item,
    participle: bool,
) -> String {
    let from = if participle {
        item.event.saturating_sub(PARTICIPLE_CONTEXT)
    } else {
        clause.start.max(item.event.saturating_sub(ITEM_CONTEXT))
    };
    let picked: Vec<usize> = (from..item.lead.end).chain(item.words.clone()).collect();
    let tokens: Vec<Token> = picked.iter().map(|&i| sentence.tokens[i].clone()).collect();
    let remove: Vec<bool> = picked.iter().map(|&i| sentence.in_timex[i]).collect();
    let opens = sentence.tokens.first().map_or(0, |t| t.span.start);
    let mut titles = title::Titles::new(text, &tokens, &remove).in_sentence_from(opens);
    let trigger = item.event - from;
    participle
        .then(|| titles.participle_title(trigger))
        .flatten()
        .unwrap_or_else(|| titles.title(&(0..tokens.len()), trigger))
}

/// The event word at `tokens[event]` opens an "-ing" item after a comma: ", conquering",
/// ", and making", ", having finally captured".
fn is_participle_item(tokens: &[Token], event: usize) -> bool {
    let before = |i: usize| (0..i).rev().find(|&k| !tokens[k].is(words::VERB_ADVERBS));
    let start = if tokens[event].lower.ends_with("ing") {
        Some(event)
    } else {
        before(event).filter(|&h| tokens[h].lower == "having")
    };
    let Some(b) = start.and_then(before) else {
        return false;
    };
    tokens[b].lower == ","
        || (matches!(tokens[b].lower.as_str(), "and" | "or") && b > 0 && tokens[b - 1].lower == ",")
}

/// Most words of an item of a list without brackets: "the Soviet Union" in "Denmark in 1940,
/// Greece in 1941 and the Soviet Union in 1942".
const MAX_ITEM_WORDS: usize = 6;

/// "invaded Denmark in 1940, Greece in 1941 and the Soviet Union in 1942", "Dunmore fell on 9
/// January, and Kelso on 11 January": expressions that date one event word, each after a
/// preposition, the ones after the first each after an item's words and a comma or "and",
/// list one happening per item. The first item is the verb's object (its words after the
/// verb), or its subject when nothing stands between the verb and the first date. Each item
/// has a content word ("and again in June" is no item), the last has "and" or "or" before
/// it, and the verb is no "-ing" form ("having captured"). For each
/// link of the sentence, the title of its item: an object item's words after the verb's,
/// a subject item's before them (the first subject keeps the title of its clause).
pub(super) fn plain_list_titles(
    text: &str,
    sentence: &SentenceAnalysis,
    timexes: &[Timex],
    clauses: &title::Clauses,
) -> Vec<Option<String>> {
    let tokens = &sentence.tokens;
    let links = &sentence.links;
    let mut titles = vec![None; links.len()];
    if links.len() < 2 {
        return titles;
    }
    let first_of = |t: usize| tokens.partition_point(|x| x.span.start < timexes[t].span().start);
    let after_of = |t: usize| tokens.partition_point(|x| x.span.start < timexes[t].span().end);
    // The preposition before an expression ("in 1941").
    let preposition = |t: usize| {
        first_of(t)
            .checked_sub(1)
            .filter(|&p| tokens[p].is(words::PREPOSITIONS) && !sentence.in_timex[p])
    };
    let is_separator = |t: &Token| matches!(t.lower.as_str(), "," | "and" | "or" | ";");
    // The item's words between the expression `a` and the preposition of the next one.
    // The item's words and whether "and" or "or" stands before them.
    let item = |a: usize, b: usize| -> Option<(Range<usize>, bool)> {
        let prep = preposition(b)?;
        let mut start = after_of(a);
        let separated = start < prep && is_separator(&tokens[start]);
        let mut coordinated = false;
        while start < prep && is_separator(&tokens[start]) {
            coordinated |= matches!(tokens[start].lower.as_str(), "and" | "or");
            start += 1;
        }
        let words = start..prep;
        // The events are in text order: a search, as one sentence may hold thousands.
        let plain = || {
            (words.start..words.end).all(|i| {
                tokens[i].is_word()
                    && !tokens[i].is(words::CLAUSE_OPENERS)
                    && !sentence.in_timex[i]
                    && detect::pos_at(&sentence.events, i).is_none()
            })
        };
        // "in May and again in June": an adverb is no item.
        let content = (words.start..words.end).any(|i| !detect::is_function_word(&tokens[i]));
        (separated && words.len() <= MAX_ITEM_WORDS && content && plain())
            .then_some((words, coordinated))
    };
    let mut k = 0;
    while k < links.len() {
        let (t0, event, _) = links[k];
        let mut end = k + 1;
        let mut items = Vec::new();
        while end < links.len() && links[end].1 == event && links[end].0 > links[end - 1].0 {
            let Some(found) = item(links[end - 1].0, links[end].0) else {
                break;
            };
            items.push(found);
            end += 1;
        }
        // A list ends with "and" or "or" before its last item: "had ended in 1907, effective
        // from 1910" is none.
        let last = items.iter().rposition(|&(_, coordinated)| coordinated);
        items.truncate(last.map_or(0, |l| l + 1));
        let end = k + 1 + items.len();
        // "expanded, adding Greece in 1952 and Spain in 1982": an "-ing" form's title is the
        // clause it completes, which the item's words alone would lose.
        // A list of items of an "-ing" form after a comma is what the clause before did:
        // "moved toward the coast, taking Dunmore by March and Kelso by June".
        let participle = is_participle_item(tokens, event);
        let finite = !tokens[event].lower.ends_with("ing")
            && (event.saturating_sub(3)..event)
                .rev()
                .find(|&i| !tokens[i].is(words::VERB_ADVERBS))
                .is_none_or(|i| !tokens[i].lower.ends_with("ing"));
        let Some(prep) = preposition(t0).filter(|&p| {
            p > event + usize::from(participle) && (finite || participle) && !items.is_empty()
        }) else {
            k = end;
            continue;
        };
        let clause = clauses.of(event);
        if prep > event + 1 {
            // The first item's title ends before its date: "captured Kiev | and Kharkov".
            let first = Item {
                event,
                lead: event + 1..event + 1,
                words: event + 1..prep,
            };
            titles[k] = Some(listed_title(text, sentence, &clause, &first, participle));
        }
        for (j, (words, _)) in (k + 1..end).zip(items) {
            titles[j] = Some(if prep == event + 1 {
                subject_item_title(text, sentence, &words, event, prep)
            } else {
                // The words of the first item that lead to it ("the city of Kiev", "at
                // Antietam") lead to each item: up to its own preposition, or its last one.
                let first = event + 1..prep;
                // An item with an article of its own is a whole noun phrase ("two clubs from
                // the north in 1994 and a club from the coast"): only the first item's
                // preposition leads to it ("at the Battle of X ... and the Battle of Y").
                let own = tokens[words.start].is(words::PREPOSITIONS);
                let whole = tokens[words.start].is(words::ARTICLES);
                let lead_end = if whole {
                    event + 1 + usize::from(tokens[event + 1].is(words::PREPOSITIONS))
                } else {
                    first
                        .clone()
                        .rev()
                        .find(|&i| {
                            tokens[i].is(words::PREPOSITIONS)
                                && (!own || tokens[i].lower == tokens[words.start].lower)
                        })
                        .map_or(event + 1, |p| if own { p } else { p + 1 })
                };
                let item = Item {
                    event,
                    lead: event + 1..lead_end,
                    words,
                };
                listed_title(text, sentence, &clause, &item, participle)
            });
        }
        k = end;
    }
    participle_titles(text, sentence, timexes, &mut titles);
    titles
}

/// "Venria began operations, initiating a siege of Calder in June, conquering North
/// Ostland in August": two or more dates of "-ing" items after a clause in the past are
/// its subject's happenings, each titled by its item in the past ("Venria conquered North
/// Ostland"). Fills the titles of `titles` no list gave.
fn participle_titles(
    text: &str,
    sentence: &SentenceAnalysis,
    timexes: &[Timex],
    titles: &mut [Option<String>],
) {
    let tokens = &sentence.tokens;
    // The date is inside its item, after the "-ing" form: "rising to 4,500 in 1824", not
    // "300 in 1821, rising".
    let items: Vec<bool> = sentence
        .links
        .iter()
        .map(|&(t, event, _)| {
            let first = tokens.partition_point(|x| x.span.start < timexes[t].span().start);
            first > event
                && tokens[event..first]
                    .iter()
                    .all(|x| !matches!(x.lower.as_str(), "," | ";"))
                && is_participle_item(tokens, event)
        })
        .collect();
    // Two items at least, each its own "-ing" form: "lasting from 612 to 605 BC" is one.
    let mut events = sentence
        .links
        .iter()
        .zip(&items)
        .filter(|&(_, &item)| item)
        .map(|(&(_, event, _), _)| event);
    let first = events.next();
    if !events.any(|e| Some(e) != first) {
        return;
    }
    let mut all = None;
    for (k, &(_, event, _)) in sentence.links.iter().enumerate() {
        if !items[k] || titles[k].is_some() {
            continue;
        }
        titles[k] = all
            .get_or_insert_with(|| title::Titles::new(text, tokens, &sentence.in_timex))
            .participle_title(event);
    }
}

/// "Dunmore fell on 3 May, and Kelso on 5 May": the item is the subject of the verb
/// group of `event`, which ends before the first date's preposition at `prep`.
fn subject_item_title(
    text: &str,
    sentence: &SentenceAnalysis,
    words: &Range<usize>,
    event: usize,
    prep: usize,
) -> String {
    let tokens = &sentence.tokens;
    let mut verb = event;
    while verb > 0
        && event - verb < 4
        && (tokens[verb - 1].is(words::AUXILIARIES) || tokens[verb - 1].is(words::VERB_ADVERBS))
    {
        verb -= 1;
    }
    let picked: Vec<usize> = words.clone().chain(verb..prep).collect();
    let tokens: Vec<Token> = picked.iter().map(|&i| sentence.tokens[i].clone()).collect();
    let remove: Vec<bool> = picked.iter().map(|&i| sentence.in_timex[i]).collect();
    let trigger = words.len() + event - verb;
    title::Titles::new(text, &tokens, &remove).title(&(0..tokens.len()), trigger)
}
