//! A short title for an event, made of the words of its sentence: the clause around the event
//! word, without the date (the timeline shows it), articles, leading connectives or a
//! person's office, cut to about six and at most eight words at phrase boundaries.

use std::ops::Range;

use super::words::{
    ARTICLES, CLAUSE_OPENERS, DETERMINERS, IRREGULAR_PAST, OFFICES, OTHER_FUNCTION_WORDS,
    PARTICLES, PREPOSITIONS, Token, TokenKind, VERB_ADVERBS, is_in,
};

/// Titles stop adding phrases at this many words...
const TARGET_WORDS: usize = 6;
/// ...and are never longer than this.
const MAX_WORDS: usize = 8;

/// The clause around `tokens[trigger]`: bounded by punctuation (commas, brackets, quotes,
/// dashes) and clause openers ("but", "while", "which"). A bracketed acronym after a name,
/// "Economic Cooperation Forum (APEC)", does not end the clause.
#[must_use]
pub fn clause(tokens: &[Token], trigger: usize) -> Range<usize> {
    let mut start = trigger;
    while start > 0 {
        let t = &tokens[start - 1];
        if start >= 3 && is_acronym_in_brackets(tokens, start - 3) {
            start -= 3;
            continue;
        }
        if is_clause_break(t) {
            break;
        }
        start -= 1;
    }
    let mut end = trigger + 1;
    while end < tokens.len() {
        if is_acronym_in_brackets(tokens, end) {
            end += 3;
            continue;
        }
        if is_clause_break(&tokens[end]) {
            break;
        }
        end += 1;
    }
    start..end
}

fn is_clause_break(t: &Token) -> bool {
    match t.kind {
        TokenKind::Word => is_in(CLAUSE_OPENERS, &t.lower),
        TokenKind::Possessive => false,
        TokenKind::Punct => !matches!(t.lower.as_str(), "'" | "’" | "." | "&" | "/"),
    }
}

/// `tokens[i..i + 3]` is "(", an upper-case acronym, ")".
fn is_acronym_in_brackets(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i..i + 3) {
        Some([open, word, close]) => open.lower == "(" && close.lower == ")" && word.all_caps,
        _ => false,
    }
}

/// One word of a title in the making.
#[derive(Debug, Clone)]
struct Piece<'t> {
    text: &'t str,
    token: &'t Token,
    possessive: bool,
}

/// The title for the event at `tokens[trigger]` of `text`; `remove` marks tokens that must
/// not appear (the temporal expressions of the sentence).
#[must_use]
pub fn title(text: &str, tokens: &[Token], trigger: usize, remove: &[bool]) -> String {
    let range = clause(tokens, trigger);
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    let mut trigger_at = 0;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        if is_acronym_in_brackets(tokens, i) {
            // "Asia-Pacific Economic Cooperation Forum (APEC)" → "APEC".
            while pieces
                .last()
                .is_some_and(|p| p.token.capitalized && !p.possessive)
            {
                pieces.pop();
            }
            let word = &tokens[i + 1];
            pieces.push(Piece {
                text: &text[word.span.clone()],
                token: word,
                possessive: false,
            });
            i += 3;
            continue;
        }
        let dropped = remove[i]
            || (t.kind == TokenKind::Possessive && i > 0 && remove[i - 1])
            || (t.is_word() && is_in(PREPOSITIONS, &t.lower) && remove.get(i + 1) == Some(&true))
            || (t.is_word() && is_in(ARTICLES, &t.lower));
        if i == trigger {
            trigger_at = pieces.len();
        }
        if !dropped && t.kind != TokenKind::Punct {
            pieces.push(Piece {
                text: &text[t.span.clone()],
                token: t,
                possessive: t.kind == TokenKind::Possessive,
            });
        }
        i += 1;
    }
    drop_offices(&mut pieces, &mut trigger_at);
    // Leading connectives and adverbs: "With Trump set to ...", "Interestingly, ...".
    let leading = pieces
        .iter()
        .take(trigger_at.min(pieces.len().saturating_sub(1)))
        .take_while(|p| is_connective(p.token))
        .count();
    pieces.drain(..leading);
    trigger_at -= leading;
    shorten(&mut pieces, trigger_at);
    while pieces.len() > 1 && pieces.last().is_some_and(|p| is_connective(p.token)) {
        pieces.pop();
    }
    join(&pieces)
}

fn is_connective(t: &Token) -> bool {
    let w = t.lower.as_str();
    is_in(PREPOSITIONS, w)
        || is_in(DETERMINERS, w)
        || is_in(CLAUSE_OPENERS, w)
        || is_in(OTHER_FUNCTION_WORDS, w)
        || is_in(VERB_ADVERBS, w)
        || (w.ends_with("ly") && w.len() > 6)
}

/// "Russian President Vladimir Putin" → "Vladimir Putin": an office word followed by a name
/// goes, with the capitalised words before it.
fn drop_offices(pieces: &mut Vec<Piece<'_>>, trigger_at: &mut usize) {
    // The pieces kept so far, then `pieces[next..]` still to look at: one pass, each piece
    // moved or dropped once.
    let all = std::mem::take(pieces);
    let mut next = 0;
    while next + 1 < all.len() {
        let k = pieces.len();
        let office = is_in(OFFICES, &all[next].token.lower);
        if office && all[next + 1].token.capitalized && k + 1 != *trigger_at && k != *trigger_at {
            let mut start = k;
            while start > 0 && pieces[start - 1].token.capitalized && !pieces[start - 1].possessive
            {
                start -= 1;
            }
            if *trigger_at > k {
                *trigger_at -= k + 1 - start;
            }
            pieces.truncate(start);
        } else {
            pieces.push(all[next].clone());
        }
        next += 1;
    }
    pieces.extend(all.into_iter().skip(next));
}

/// Cuts the title to at most [`MAX_WORDS`]: phrases after the event word are kept while the
/// title stays within [`TARGET_WORDS`], then words before it go, up to a preposition at a time.
fn shorten(pieces: &mut Vec<Piece<'_>>, mut trigger_at: usize) {
    let words = |ps: &[Piece<'_>]| ps.iter().filter(|p| !p.possessive).count();
    if words(pieces) <= MAX_WORDS {
        return;
    }
    // The event word and its particle or possessive stay together: "broke down".
    let mut head_end = trigger_at + 1;
    while head_end < pieces.len()
        && (pieces[head_end].possessive || is_in(PARTICLES, &pieces[head_end].token.lower))
    {
        head_end += 1;
    }
    // Phrases after the head, each starting at a preposition.
    let mut phrases: Vec<Range<usize>> = Vec::new();
    let mut start = head_end;
    for k in head_end + 1..=pieces.len() {
        let boundary = k == pieces.len() || is_in(PREPOSITIONS, &pieces[k].token.lower);
        if boundary {
            phrases.push(start..k);
            start = k;
        }
    }
    let mut keep_end = head_end;
    let before = words(&pieces[..head_end]);
    let mut count = before;
    for (n, phrase) in phrases.iter().enumerate() {
        let len = words(&pieces[phrase.clone()]);
        if count + len <= TARGET_WORDS {
            count += len;
            keep_end = phrase.end;
        } else {
            if n == 0 && count <= 4 {
                // A long object right after the event word: keep its last words, the head
                // noun ("reported ... SEAL Team 6 mission").
                let room = MAX_WORDS.saturating_sub(count).min(len);
                let tail_start = phrase.end - room;
                pieces.drain(phrase.start..tail_start);
                keep_end = phrase.start + room;
            }
            break;
        }
    }
    pieces.truncate(keep_end);
    // Words go from the front, up to a preposition or a verb at a time (a noun phrase starts
    // after one: "reported | a failed mission"), one at a time once there is none; counted,
    // not recounted, and drained once, so that a long clause costs its length.
    let mut count = words(pieces);
    let mut from = 0;
    let mut cuts_left = true;
    while count > MAX_WORDS && trigger_at > 0 {
        let at = if cuts_left {
            pieces[from..from + trigger_at].iter().position(|p| {
                let w = p.token.lower.as_str();
                is_in(PREPOSITIONS, w) || is_in(IRREGULAR_PAST, w) || w.ends_with("ed")
            })
        } else {
            None
        };
        cuts_left = at.is_some();
        let cut = at.map_or(1, |k| k + 1).min(trigger_at);
        count -= words(&pieces[from..from + cut]);
        from += cut;
        trigger_at -= cut;
    }
    pieces.drain(..from);
    while count > MAX_WORDS {
        if pieces.pop().is_some_and(|p| !p.possessive) {
            count -= 1;
        }
    }
}

fn join(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    for p in pieces {
        if !out.is_empty() && !p.possessive {
            out.push(' ');
        }
        out.push_str(p.text);
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => out,
    }
}
