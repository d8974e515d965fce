//! The words of the windows of a text that titles look back (or on) over: "the company" reads
//! the 2,000 bytes before it, a mark of a business 6,000, a pronoun the sentence before. One
//! sentence's windows and the next one's mostly overlap: the words of a stretch are cut once,
//! from the tagger's tokens of the whole text, and kept while the windows move on.

use std::cell::RefCell;
use std::ops::Range;

use super::tokens::{Token, add_tokens, add_words, tokens};

/// How far before the start of the window asked for the kept words may begin before the
/// ones before it are let go (bounded memory: the longest window is 8,000 bytes).
const KEPT_BEHIND: usize = 16_000;
/// How many tokens from a window's end a token after whitespace is looked for, where the
/// words of the window alone and those of the whole text are the same.
const EDGE_REACH: usize = 32;

/// The words of windows of one text (see the module).
pub struct Windows<'t> {
    text: &'t str,
    /// The tagger's tokens of the whole text (none: every window is cut alone).
    cut: &'t [crate::text::Token],
    kept: RefCell<Kept>,
}

/// The words of `cut[from..to]`, each end a token after whitespace (or the text's end).
#[derive(Default)]
struct Kept {
    from: usize,
    to: usize,
    words: Vec<Token>,
}

impl<'t> Windows<'t> {
    #[must_use]
    pub fn new(text: &'t str, cut: &'t [crate::text::Token]) -> Self {
        Self {
            text,
            cut,
            kept: RefCell::default(),
        }
    }

    /// [`tokens`] of `text[range]`: the words of the window cut alone. A text's tokens are cut
    /// the same alone as in the whole between two tokens with whitespace before them (as a
    /// sentence's are, see `tokens_in`): that stretch is read from the kept words, the few
    /// tokens before and after it (a word the window's edge cuts) are cut alone.
    #[must_use]
    pub fn words(&self, range: Range<usize>) -> Vec<Token> {
        let Some((first, end)) = self.inner(&range) else {
            return tokens(self.text, range);
        };
        let inner = self.start(first)..self.start(end);
        // Room for a word in each token and the few edge tokens: grown from the edge's own
        // words, the list was copied a few times a window.
        let mut words = Vec::with_capacity(end - first + 2 * EDGE_REACH);
        if inner.start > range.start {
            add_tokens(self.text, range.start..inner.start, &mut words);
        }
        self.add_kept(first, end, &mut words);
        if range.end > inner.end {
            add_tokens(self.text, inner.end..range.end, &mut words);
        }
        words
    }

    /// Where the tokens `cut[first..end]` inside `range` begin and end: the first token from
    /// the window's start with whitespace before it, and the window's end when whitespace is
    /// before it (or it is the text's), else the last such token before it. `None` when none.
    fn inner(&self, range: &Range<usize>) -> Option<(usize, usize)> {
        let cut = self.cut;
        let from = cut.partition_point(|t| t.span.start < range.start);
        let to = cut.partition_point(|t| t.span.start < range.end);
        let first = (from..to.min(from + EDGE_REACH)).find(|&k| self.opens(k, range.start))?;
        let end = if range.end == self.text.len() || self.after_space(range.end) {
            to
        } else {
            (to.saturating_sub(EDGE_REACH).max(first + 1)..to)
                .rev()
                .find(|&k| self.opens(k, range.start))?
        };
        (first < end).then_some((first, end))
    }

    /// `cut[k]` starts its stretch as it would alone: at the window's start, or after
    /// whitespace.
    fn opens(&self, k: usize, window_start: usize) -> bool {
        let start = self.cut[k].span.start;
        start == window_start || self.after_space(start)
    }

    /// Whitespace that ends every token before it is the byte before `at`.
    fn after_space(&self, at: usize) -> bool {
        at.checked_sub(1)
            .is_some_and(|b| self.text.as_bytes()[b].is_ascii_whitespace())
    }

    /// Where `cut[k]` starts, or the text's end past the last.
    fn start(&self, k: usize) -> usize {
        self.cut.get(k).map_or(self.text.len(), |t| t.span.start)
    }

    /// The kept words of `cut[first..end]`, added to `out`; the kept stretch is made to hold
    /// them first (grown on, or begun anew at `first`).
    fn add_kept(&self, first: usize, end: usize, out: &mut Vec<Token>) {
        // A window that opens right on a token with no whitespace before it ("t" of "don't")
        // cuts its first word short: its words are its own, not the kept ones.
        if first > 0 && !self.after_space(self.start(first)) {
            add_words(self.text, 0, &self.cut[first..end], out);
            return;
        }
        let mut kept = self.kept.borrow_mut();
        if first < kept.from && end >= kept.from && !kept.words.is_empty() {
            // A window reaching further back than the kept words (a mark of a business is
            // looked for 6,000 bytes back, "the company" 2,000): the words before them first.
            let mut words = Vec::with_capacity(kept.from - first + kept.words.len());
            add_words(self.text, 0, &self.cut[first..kept.from], &mut words);
            words.append(&mut kept.words);
            kept.words = words;
            kept.from = first;
        } else if !(kept.from <= first && first <= kept.to) {
            *kept = Kept {
                from: first,
                to: first,
                words: Vec::new(),
            };
        }
        if end > kept.to {
            let more = &self.cut[kept.to..end];
            // Room for the new words at once: pushed one by one, the kept list was copied
            // a few times as it grew.
            kept.words.reserve(more.len());
            add_words(self.text, 0, more, &mut kept.words);
            kept.to = end;
        }
        let (from, to) = (self.start(first), self.start(end));
        let a = kept.words.partition_point(|w| w.span.start < from);
        let b = kept.words.partition_point(|w| w.span.start < to);
        out.extend_from_slice(&kept.words[a..b]);
        // The words far behind this window are let go, a good share at once.
        let behind = from.saturating_sub(self.start(kept.from));
        if behind > KEPT_BEHIND && a > kept.words.len() / 2 {
            kept.words.drain(..a);
            kept.from = first;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key to sort windows by.
    type Order = fn(&Range<usize>) -> (usize, usize);

    /// Every window of `text` (the tagger's tokens from byte `body` on) read from [`Windows`]
    /// is the window cut alone, asked in text order, backwards, and from both ends.
    fn each_window_as_cut_alone(text: &str, body: usize) {
        let mut cut = crate::text::tokens(&text[body..]);
        for t in &mut cut {
            t.span = t.span.start + body..t.span.end + body;
        }
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        let ranges: Vec<Range<usize>> = bounds
            .iter()
            .flat_map(|&a| bounds.iter().filter(move |&&b| b > a).map(move |&b| a..b))
            .collect();
        let windows = Windows::new(text, &cut);
        // By end; by start, backwards; by start, the longest first.
        let orders: [Order; 3] = [
            |r| (r.end, r.start),
            |r| (usize::MAX - r.start, r.end),
            |r| (r.start, usize::MAX - r.end),
        ];
        for key in orders {
            let mut ranges = ranges.clone();
            ranges.sort_by_key(key);
            for range in ranges {
                assert_eq!(
                    windows.words(range.clone()),
                    tokens(text, range.clone()),
                    "{:?}",
                    &text[range]
                );
            }
        }
    }

    #[test]
    fn a_window_has_the_words_it_has_alone() {
        let text = "Vell Corp.'s chief, who don't stay, said Monday the U.S.-Dutch \
                    deal (worth $2,024.50) is off.\n\nThe company's 1990s plan fell 5%-6% \
                    in the café's 9/11 'tie-up'\u{a0}talks. Zenda Inc. agreed";
        each_window_as_cut_alone(text, 0);
        // The tagger's tokens may start after a heading, glued to it or after whitespace.
        each_window_as_cut_alone("VELL, May 3 (AP) - The company said", 16);
        each_window_as_cut_alone("VELL, May 3 (AP)-The company said", 16);
    }

    #[test]
    fn windows_moving_through_a_long_text_keep_their_words() {
        // The kept words are let go behind the windows as they move on, and read again when
        // a window reaches back before them.
        let text = "Acme Inc. said on Monday the company's shares, which don't pay, rose                     5.5% to $12,000.\n"
            .repeat(2000);
        let cut = crate::text::tokens(&text);
        let windows = Windows::new(&text, &cut);
        let back = |at: usize, reach: usize| {
            let mut from = at.saturating_sub(reach);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            from..at
        };
        for here in (0..text.len()).step_by(397) {
            let ahead = here..(here + 2000).min(text.len());
            for range in [back(here, 300), back(here, 2000), back(here, 6000), ahead] {
                assert_eq!(windows.words(range.clone()), tokens(&text, range));
            }
        }
        // Bounded: a few windows' words, not the text's.
        assert!(windows.kept.borrow().words.len() * 4 < cut.len());
    }
}
