//! Which event a temporal expression dates, within its sentence.
//!
//! Two rules, in order:
//! - an expression inside a noun phrase dates the phrase's head: "the 2019 Hanoi talks",
//!   "a failed 2019 Navy mission", "last year's election";
//! - otherwise the closest event, where closeness counts words, not characters, and every
//!   comma, bracket, quote or clause opener in between counts as several words (an
//!   expression rarely dates an event across a clause boundary). An expression after a
//!   preposition ("in 2019") attaches to what precedes it, one at the start of the sentence
//!   ("In 2019, talks ...") to what follows.

use std::ops::Range;

use super::detect::EventPos;
use super::words::{CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, Token, TokenKind, is_in};

/// Why an event was chosen; the extractor turns it into a confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRule {
    /// The expression modifies the event noun ("the 2019 talks").
    Premodifier,
    /// The event is next to the expression ("Putin's visit last year", "said Thursday").
    Adjacent,
    /// The closest event, a few words away.
    Nearest,
    /// The closest event, far away or across a clause boundary.
    Distant,
}

impl LinkRule {
    /// How sure the rule is, from 0 to 1.
    #[must_use]
    pub fn confidence(self) -> f64 {
        match self {
            Self::Premodifier => 0.9,
            Self::Adjacent => 0.8,
            Self::Nearest => 0.6,
            Self::Distant => 0.4,
        }
    }
}

/// Words a premodifying expression may be separated from its noun by: names, numbers and
/// adjectives ("2019 U.S. Navy SEAL Team 6 mission").
const MAX_PREMODIFIER_GAP: usize = 6;

/// Cost, in words, of crossing punctuation or a clause opener.
const BOUNDARY_COST: f64 = 3.0;
const OPENER_COST: f64 = 2.0;
const NOUN_AFTER_VERB_COST: f64 = 2.0;
const POSSESSED_NOUN_BONUS: f64 = 1.0;
const RIGHT_NOUN_COST: f64 = 1.0;
/// How much closer an event to the left looks when the expression follows a preposition.
const AFTER_PREPOSITION_BONUS: f64 = 3.5;

/// The event (an index into `tokens`) that the expression at token range `timex` dates, among
/// `events` (token index and use, in text order), and the rule that chose it.
#[must_use]
pub fn choose(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<(usize, LinkRule)> {
    if let Some(noun) = premodified_noun(tokens, events, timex) {
        return Some((noun, LinkRule::Premodifier));
    }
    let before = tokens[..timex.start].iter().rev().find(|t| t.is_word());
    let after_preposition = before.is_some_and(|t| is_in(PREPOSITIONS, &t.lower));
    let opens_sentence = tokens[..timex.start]
        .iter()
        .all(|t| !t.is_word() || is_in(PREPOSITIONS, &t.lower));
    let mut best: Option<(f64, usize)> = None;
    for &(i, pos) in events {
        let (lo, hi, left) = if i < timex.start {
            (i + 1, timex.start, true)
        } else if i >= timex.end {
            (timex.end, i, false)
        } else {
            continue;
        };
        let mut cost = 0.0;
        for t in &tokens[lo..hi] {
            cost += match t.kind {
                TokenKind::Word if is_in(CLAUSE_OPENERS, &t.lower) || t.lower == "and" => {
                    OPENER_COST
                }
                TokenKind::Word => 1.0,
                TokenKind::Possessive => 0.0,
                TokenKind::Punct if is_boundary(&t.lower) => BOUNDARY_COST,
                TokenKind::Punct => 0.0,
            };
        }
        if left && after_preposition {
            cost -= AFTER_PREPOSITION_BONUS;
        }
        if !left && opens_sentence {
            cost -= 0.5;
        }
        // "told a news conference on Tuesday": an expression after an object dates the verb
        // rather than the noun between them, unless the noun is someone's ("his capture on
        // March 26", "Putin's visit last year").
        // A noun after the expression is rarely what it dates ("next year after convention
        // delegates voted"), unless the expression modifies it (handled above).
        if !left && pos == EventPos::Noun {
            cost += RIGHT_NOUN_COST;
        }
        if left && pos == EventPos::Noun {
            if is_possessed(tokens, i) {
                cost -= POSSESSED_NOUN_BONUS;
            } else if has_verb_before(tokens, events, i) {
                cost += NOUN_AFTER_VERB_COST;
            }
        }
        // Ties go to the left: `<` keeps the first (leftmost) of equal costs.
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, i));
        }
    }
    best.map(|(cost, i)| {
        let rule = if cost <= 1.0 {
            LinkRule::Adjacent
        } else if cost <= 4.0 {
            LinkRule::Nearest
        } else {
            LinkRule::Distant
        };
        (i, rule)
    })
}

/// "his capture", "Putin's visit".
fn is_possessed(tokens: &[Token], i: usize) -> bool {
    i > 0
        && (tokens[i - 1].kind == TokenKind::Possessive
            || matches!(
                tokens[i - 1].lower.as_str(),
                "his" | "her" | "its" | "their" | "our"
            ))
}

/// An event verb stands before `tokens[i]` in the same clause.
fn has_verb_before(tokens: &[Token], events: &[(usize, EventPos)], i: usize) -> bool {
    let clause_start = tokens[..i]
        .iter()
        .rposition(|t| {
            (t.kind == TokenKind::Punct && is_boundary(&t.lower)) || is_in(CLAUSE_OPENERS, &t.lower)
        })
        .map_or(0, |p| p + 1);
    events
        .iter()
        .any(|&(e, pos)| pos == EventPos::Verb && (clause_start..i).contains(&e))
}

fn is_boundary(punct: &str) -> bool {
    matches!(
        punct,
        "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–" | "-"
    )
}

/// "the 2019 Hanoi talks", "his Aug. 2 power-grab", "last year's election": the expression
/// sits inside a noun phrase whose head is an event noun.
fn premodified_noun(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<usize> {
    let before = timex.start.checked_sub(1).map(|i| &tokens[i]);
    if before.is_some_and(|t| t.is_word() && is_in(PREPOSITIONS, &t.lower)) {
        return None;
    }
    let mut j = timex.end;
    if tokens
        .get(j)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        j += 1;
    }
    for t in tokens.iter().skip(j).take(MAX_PREMODIFIER_GAP) {
        let index = j;
        j += 1;
        if !t.is_word() {
            return None;
        }
        match events.iter().find(|&&(e, _)| e == index) {
            Some(&(e, EventPos::Noun)) => return Some(e),
            Some(_) => return None,
            None => {}
        }
        if is_in(DETERMINERS, &t.lower) || is_in(PREPOSITIONS, &t.lower) {
            return None;
        }
    }
    None
}
