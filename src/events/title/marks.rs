//! Single quotation marks around a short phrase inside a clause ("gave a 'green light' for the
//! merger"): marks a title drops and reads past, like double ones, where an apostrophe of a
//! possessive or a contraction ("the banks' loans", "'90s") stays what it is. Two apostrophes
//! in a row close a quotation opened with two backticks.

use super::{Titles, is_clause_break, is_quote};

/// How many tokens a quoted phrase inside a clause may hold, its closing mark included.
const QUOTED_WORDS: usize = 8;

impl Titles<'_> {
    /// `tokens[k]` is a quotation mark: a double one, or a single one that opens or closes
    /// a short quoted phrase of words.
    // Inlined, a word answers at once: asked of every word a title walks past, and a mark
    // is no word.
    #[inline]
    pub(super) fn quote_mark(&self, k: usize) -> bool {
        !self.tokens[k].is_word() && self.mark_quotes(k)
    }

    /// [`Self::quote_mark`] of a token that is no word.
    fn mark_quotes(&self, k: usize) -> bool {
        let word = self.word(k);
        if is_quote(word) {
            return true;
        }
        // Most marks are no quotation mark at all.
        if !matches!(word, "'" | "’" | "‘") {
            return false;
        }
        let apostrophe = |j: usize| matches!(self.word(j), "'" | "’");
        // Two apostrophes in a row close TimeBank's ``...'' quotes: inside a clause when the
        // backticks open a few words before.
        let first = if k > 0 && apostrophe(k - 1) && self.touches(k - 1, k) {
            Some(k - 1)
        } else {
            (k + 1 < self.tokens.len() && apostrophe(k + 1) && self.touches(k, k + 1)).then_some(k)
        };
        let doubled = apostrophe(k) && first.is_some_and(|c| self.backticks_before(c));
        let opens = matches!(word, "'" | "‘") && self.single_quote_closing(k).is_some();
        doubled
            || opens
            || (matches!(word, "'" | "’")
                && (k.saturating_sub(QUOTED_WORDS + 1)..k)
                    .rev()
                    .any(|o| self.single_quote_closing(o) == Some(k)))
    }

    /// The closing mark of the single quote `tokens[open]` opens: a mark before a word, not
    /// right after one, closed after a word that no letter follows, a few words on, with no
    /// clause break between.
    pub(super) fn single_quote_closing(&self, open: usize) -> Option<usize> {
        if !matches!(self.word(open), "'" | "‘") {
            return None;
        }
        let tokens = self.tokens;
        let opens_word = tokens
            .get(open + 1)
            .is_some_and(|t| t.is_word() && t.span.start == tokens[open].span.end);
        if !opens_word || (open > 0 && self.touches(open - 1, open)) {
            return None;
        }
        let end = tokens.len().min(open + 2 + QUOTED_WORDS);
        for j in open + 2..end {
            if matches!(self.word(j), "'" | "’") {
                let closes = tokens[j - 1].is_word()
                    && self.touches(j - 1, j)
                    && tokens
                        .get(j + 1)
                        .is_none_or(|t| !(t.is_word() && self.touches(j, j + 1)));
                return closes.then_some(j);
            }
            if !tokens[j].is_word() && is_clause_break(tokens, j) {
                return None;
            }
        }
        None
    }

    /// Backticks open a quotation a few words before the `''` at `tokens[close]`, with no
    /// clause break between.
    fn backticks_before(&self, close: usize) -> bool {
        for j in (close.saturating_sub(QUOTED_WORDS + 2)..close).rev() {
            if self.word(j) == "`" {
                return j + 1 < close;
            }
            if !self.tokens[j].is_word() && is_clause_break(self.tokens, j) {
                return false;
            }
        }
        false
    }

    /// `tokens[a]` ends where `tokens[b]` starts: no space between.
    pub(in crate::events::title) fn touches(&self, a: usize, b: usize) -> bool {
        self.tokens[a].span.end == self.tokens[b].span.start
    }
}

/// The mark that makes `owner` own what follows, for `mark` as the text wrote it: "Vexa Foods'
/// profit", not "Foods's", a name that ends in a plural's "s" taking the apostrophe alone
/// ("Darius's", "Paris's" keep theirs).
pub(super) fn possessive_mark<'m>(owner: &str, mark: &'m str) -> &'m str {
    let plural = owner.ends_with('s')
        && !["ss", "us", "is", "os"]
            .iter()
            .any(|end| owner.ends_with(end));
    match mark {
        "'s" | "’s" if plural => &mark[..mark.len() - 1],
        _ => mark,
    }
}
