//! Dates that describe a noun ("the week's busiest session", "a fourth-quarter charge") where
//! another date of the clause dates the happening: one event, not two.

use std::ops::Range;

use super::SentenceAnalysis;
use crate::events::words::{self, TokenKind};
use crate::timex::Timex;

/// How many words the noun phrase a possessive date owns may hold ("the week's most active
/// trading session").
const OWNED: usize = 5;

/// How many words may stand between a verb and the date that opens its object ("sold its
/// dock in the year's biggest deal").
const GOVERNED: usize = 6;

/// A date that describes its noun where another date of the clause dates the happening (see
/// [`date_twins`]).
pub(in crate::events) struct Twin {
    /// Its index into the sentence's links.
    pub(in crate::events) link: usize,
    /// The event it links.
    pub(in crate::events) event: usize,
    /// The tokens of the noun phrase it describes.
    pub(in crate::events) phrase: Range<usize>,
    /// The verb whose object that phrase is: what another date that links the phrase dates.
    pub(in crate::events) verb: Option<usize>,
}

/// "rose 5% in the week's busiest session on Friday", "took a fourth-quarter charge on Monday": a
/// possessive date is a determiner, and a date of one hyphenated word before its noun that noun's
/// modifier ([`modifies_its_noun`](super::modifies_its_noun)); each describes its noun. Where
/// another expression that gives a date links the same event, or a word of the noun phrase, that
/// one dates the clause and the describing date none: each such date's link, ascending, with its
/// event, the tokens of its noun phrase and the verb whose object that phrase is (a few words
/// before it in its clause: "skipped Tuesday's vote on the bill on Monday" tells the skipping on
/// Monday). A modifier is the object's too where the other date links that verb ("reported a
/// fourth-quarter loss on Monday": one report). Their links stay (TimeML anchors the noun), but
/// make no second event of the same happening. Linear: the other events sorted once.
pub(in crate::events) fn date_twins(sentence: &SentenceAnalysis, timexes: &[Timex]) -> Vec<Twin> {
    let (tokens, links) = (&sentence.tokens, &sentence.links);
    // A possessive's phrase runs on over its verb ("Friday's vote was postponed on Monday"
    // is one postponing); a modifier's ends before one ("third-quarter sales dropped").
    let phrase_from = |start: usize, possessive: bool| {
        let phrase = (start..tokens.len().min(start + OWNED)).take_while(|&k| {
            let t = &tokens[k];
            t.kind == TokenKind::Word
                && !t.is(words::PREPOSITIONS)
                && !t.is(words::DETERMINERS)
                && (possessive || !(sentence.is_verb(k) || t.is(words::AUXILIARIES)))
        });
        start..phrase.last().map_or(start, |k| k + 1)
    };
    // The phrase a date describes, and whether it is a possessive's.
    let owned = |n: usize| {
        // The end of `words::covered` alone: asked of each link of most sentences.
        let end = timexes[n].span().end;
        let after = tokens.partition_point(|t| t.span.start < end);
        match tokens.get(after) {
            Some(t) if t.kind == TokenKind::Possessive => {
                Some((phrase_from(after + 1, true), true))
            }
            _ if after > 0 && sentence.kept.contains(&(after - 1)) => {
                Some((phrase_from(after, false), false))
            }
            _ => None,
        }
    };
    // Most sentences hold no such date: nothing sorted, nothing dated for them.
    if links.len() < 2 || !links.iter().any(|&(n, ..)| owned(n).is_some()) {
        return Vec::new();
    }
    let fineness_of =
        |m: usize| crate::events::dating::timeline_date(&timexes[m]).map(|d| fineness(&d));
    // The events the other dates link, with how fine a date each gives.
    let mut others: Vec<(usize, u8)> = (links.iter())
        .filter(|&&(m, ..)| owned(m).is_none())
        .filter_map(|&(m, f, _)| Some((f, fineness_of(m)?)))
        .collect();
    others.sort_unstable();
    if others.is_empty() {
        return Vec::new();
    }
    // The object's verb: right before the date, or its determiner and describing words (no
    // preposition, mark, clause opener or other date between). After a verb of saying the
    // date opens the subject of what is said.
    let verb_before = |n: usize| {
        let start = words::covered(tokens, &timexes[n].span()).start;
        (start.saturating_sub(GOVERNED)..start)
            .rev()
            .take_while(|&k| {
                let t = &tokens[k];
                t.is_word()
                    && !t.is(words::CLAUSE_OPENERS)
                    && !t.is(words::PREPOSITIONS)
                    && !sentence.in_timex[k]
            })
            .find(|&k| sentence.is_verb(k))
            .filter(|&k| !tokens[k].is(words::SAYING_VERBS))
    };
    (0..links.len())
        .filter_map(|link| {
            let (n, event, _) = links[link];
            let (phrase, possessive) = owned(n)?;
            // A modifier names the period its noun belongs to ("a fourth-quarter charge"):
            // only a finer date of the clause tells when it happened ("on Monday"); a
            // coarser one is a comparison's ("from $5 million a year ago").
            let own = fineness_of(n).unwrap_or(0);
            let links_to = |k: usize| {
                let at = others.partition_point(|&(f, _)| f < k);
                (others[at..].iter().take_while(|&&(f, _)| f == k))
                    .any(|&(_, d)| possessive || d > own)
            };
            let in_phrase = phrase.clone().any(links_to);
            let verb = verb_before(n);
            let verb_dated = !possessive && verb.is_some_and(links_to);
            (in_phrase || verb_dated || links_to(event)).then_some(Twin {
                link,
                event,
                phrase,
                verb,
            })
        })
        .collect()
}

/// How fine a date is, from a century (0) to a day (6).
fn fineness(date: &crate::timeline::date::TimelineDate) -> u8 {
    use crate::timeline::date::Precision;
    match date.precision {
        Precision::Century(_) => 0,
        Precision::Decade => 1,
        Precision::Year => 2,
        Precision::Season(_) | Precision::Quarter(_) => 3,
        Precision::Month(_) => 4,
        Precision::Week(_) => 5,
        Precision::Day(..) => 6,
    }
}
