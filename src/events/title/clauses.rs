//! The clauses of a sentence, found once for all its titles.

use std::ops::Range;

use super::super::words::{CLAUSE_OPENERS, Token, TokenKind};

/// The clause of every token of a sentence: bounded by punctuation (commas, brackets, quotes,
/// dashes) and clause openers ("but", "while", "which"). A bracketed acronym after a name,
/// "Economic Cooperation Forum (APEC)", and the comma of a number ("45,000") do not end the
/// clause. Found once for the sentence, so that a clause holding many events is walked once,
/// not once for each.
#[derive(Debug)]
pub struct Clauses {
    /// `start[s]`: where a walk to the left from token `s` stops.
    start: Vec<usize>,
    /// `end[e]`: where a walk to the right from token `e` stops.
    end: Vec<usize>,
}

/// What [`Clauses::new`] notes of a token before its walk back: it opens a bracketed
/// acronym, it breaks the clause, or neither (no token index is that large).
const ACRONYM: usize = usize::MAX;
const BREAK: usize = usize::MAX - 1;
const INSIDE: usize = usize::MAX - 2;

impl Clauses {
    #[must_use]
    pub fn new(tokens: &[Token]) -> Self {
        let n = tokens.len();
        // What each token is, kept in `end` until the walk back reads it: no list of its own
        // (a clause break or a bracketed acronym; the `(` of one is a break too).
        // Both filled in place, each slot written once: no length kept for each push.
        let mut end = vec![n; n + 1];
        let mut start = vec![0; n + 1];
        let mut opened = 0;
        for (i, t) in tokens.iter().enumerate() {
            // Most tokens are words, which only a clause opener among them breaks.
            let mark = match t.kind {
                TokenKind::Word if !t.is(CLAUSE_OPENERS) => INSIDE,
                TokenKind::Possessive => INSIDE,
                _ if is_acronym_in_brackets(tokens, i) => ACRONYM,
                _ if is_clause_break(tokens, i) => BREAK,
                _ => INSIDE,
            };
            end[i] = mark;
            // `start[i + 1]`: the clause reaches back past a bracketed acronym that ends here.
            opened = if i >= 2 && end[i - 2] == ACRONYM {
                start[i - 2]
            } else if mark != INSIDE {
                i + 1
            } else {
                opened
            };
            start[i + 1] = opened;
        }
        let mut next = n;
        for e in (0..n).rev() {
            next = match end[e] {
                ACRONYM => end[e + 3],
                BREAK => e,
                _ => next,
            };
            end[e] = next;
        }
        Self { start, end }
    }

    /// The clause around `tokens[trigger]`.
    #[must_use]
    pub fn of(&self, trigger: usize) -> Range<usize> {
        self.start[trigger]..self.end[trigger + 1]
    }
}

// Inlined, a word answers with one bit: asked of each token a title's walks pass.
#[inline(always)]
pub(super) fn is_clause_break(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Word => t.is(CLAUSE_OPENERS),
        TokenKind::Possessive => false,
        TokenKind::Punct => mark_breaks(tokens, i),
    }
}

/// [`is_clause_break`] of a mark.
fn mark_breaks(tokens: &[Token], i: usize) -> bool {
    !matches!(
        tokens[i].lower.as_str(),
        "'" | "’" | "." | "&" | "/" | "%" | "$" | "£" | "€" | "#" | "+"
    ) && !is_in_number(tokens, i)
}

/// `tokens[i]` is the `,` or `:` of a number: digits on both sides, no space ("45,000").
fn is_in_number(tokens: &[Token], i: usize) -> bool {
    let digit = |t: &Token, last: bool| {
        let c = if last {
            t.lower.chars().last()
        } else {
            t.lower.chars().next()
        };
        t.is_word() && c.is_some_and(|c| c.is_ascii_digit())
    };
    i > 0
        && matches!(tokens[i].lower.as_str(), "," | ":")
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.span.start == tokens[i].span.end && digit(n, false))
        && tokens[i - 1].span.end == tokens[i].span.start
        && digit(&tokens[i - 1], true)
}

/// `tokens[i..i + 3]` is "(", an upper-case acronym, ")".
pub(super) fn is_acronym_in_brackets(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i..i + 3) {
        // The flag first: most words are no acronym.
        Some([open, word, close]) => word.all_caps && open.lower == "(" && close.lower == ")",
        _ => false,
    }
}
