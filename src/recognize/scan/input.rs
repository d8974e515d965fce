//! The scan's view of a sentence's tokens: their words, punctuation and joins, and the
//! bitsets of where a match may start.

use std::cell::Cell;

use super::Amount;
use crate::text::{Token, TokenKind};

pub(super) struct Input<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) keys: Vec<Option<u32>>,
    /// As bits, 64 tokens a block: the tokens that may start a match, a modifier or a
    /// not-temporal phrase (a number, a word whose key may open one, "c.", an apostrophe
    /// before a number) with a strong token (a number, a month, a unit, a rule's own word...)
    /// among them and the next `STRONG_WITHIN`. A superset of where the scan tries anything.
    pub(super) starts: Vec<u64>,
    /// The last amount read, with the token it was read at: variants starting with a year
    /// and with a number read the same word.
    pub(super) last_number: Cell<Option<(usize, NumberAt)>>,
}

/// An amount read at a token: (end, amount) if any, and the plural and latent marks of the
/// word-list entry it was read through.
pub(super) type NumberAt = (Option<(usize, Amount)>, bool, bool);

/// How far after its first token a match has its first strong token, at most.
pub(super) const STRONG_WITHIN: usize = 5;

impl Input<'_> {
    /// The first token at or after `i` in [`Input::starts`].
    pub(super) fn next_start(&self, i: usize) -> Option<usize> {
        let mut block = i / 64;
        let mut bits = *self.starts.get(block)? & (u64::MAX << (i % 64));
        while bits == 0 {
            block += 1;
            bits = *self.starts.get(block)?;
        }
        Some(block * 64 + bits.trailing_zeros() as usize)
    }
    pub(super) fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].span.clone()]
    }
    pub(super) fn is_punct(&self, i: usize, c: char) -> bool {
        let mut utf8 = [0; 4];
        let c = c.encode_utf8(&mut utf8).as_bytes();
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && self
                    .text
                    .as_bytes()
                    .get(t.span.clone())
                    .is_some_and(|p| p.starts_with(c))
        })
    }
    /// A straight or curly apostrophe.
    pub(super) fn is_apostrophe(&self, i: usize) -> bool {
        // Asked of every punctuation mark: most are told apart by their first byte alone.
        let first = self
            .tokens
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.span.start));
        matches!(first, Some(&(b'\'' | 0xE2)))
            && (self.is_punct(i, '\'') || self.is_punct(i, '\u{2019}'))
    }
    pub(super) fn is_joined(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.joined)
    }
    pub(super) fn is_number(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }
    /// Whether tokens `start..end` are all the words of the sentence ("Christmas!", "jan"): a
    /// name typed alone, as in a calendar's field, means the date.
    pub(super) fn stands_alone(&self, start: usize, end: usize) -> bool {
        start == 0
            && self.tokens[end..]
                .iter()
                .all(|t| t.kind == TokenKind::Punct)
    }
    /// The token before token `i`, across a hyphen joining them ("mid-March").
    pub(super) fn before(&self, i: usize) -> Option<usize> {
        let prev = i.checked_sub(1)?;
        if prev > 0 && self.is_joined(i) && self.is_punct(prev, '-') && self.is_joined(prev) {
            Some(prev - 1)
        } else {
            Some(prev)
        }
    }
    /// Skips a hyphen joining two words ("third-quarter").
    pub(super) fn skip_hyphen(&self, i: usize) -> usize {
        if self.is_joined(i)
            && (self.is_punct(i, '-') || self.is_punct(i, '\u{2013}'))
            && self.is_joined(i + 1)
        {
            i + 1
        } else {
            i
        }
    }
    /// Where the next word of a word list entry may be after the word before token `i`: past
    /// a hyphen, or past the dot of an abbreviation or the apostrophe of a plural possessive
    /// inside the entry ("St. Patrick's Day", "Presidents' Day"), joined to the word before.
    /// Called for the token after most words: the common case (no punctuation joined to the
    /// word) is settled by the first test.
    #[inline(always)]
    pub(super) fn entry_word(&self, i: usize) -> usize {
        match self.tokens.get(i) {
            Some(t) if t.joined && t.kind == TokenKind::Punct => self.past_entry_punct(i),
            _ => i,
        }
    }
    /// [`Self::entry_word`] at a punctuation token joined to the word before it.
    pub(super) fn past_entry_punct(&self, i: usize) -> usize {
        let j = self.skip_hyphen(i);
        let before = self.tokens[i].span.start - 1;
        if j == i
            && self.keys[i].is_none()
            && (self.is_punct(i, '.') && self.tokens[i - 1].span.len() <= 3
                || self.text.as_bytes()[before] == b's' && self.is_apostrophe(i))
        {
            i + 1
        } else {
            j
        }
    }
    pub(super) fn suffix_is(&self, i: usize, options: &[&str]) -> bool {
        self.is_joined(i)
            && self.tokens[i].kind == TokenKind::Word
            && options.iter().any(|o| self.word(i).eq_ignore_ascii_case(o))
    }
}

/// Bit 0 of each of the eight bytes of `eight`, as the eight low bits of the result (byte k
/// to bit k): one multiplication moves each to its place, no two overlapping.
pub(super) fn gather(eight: u64) -> u64 {
    (eight & 0x0101_0101_0101_0101).wrapping_mul(0x0102_0408_1020_4080) >> 56
}
