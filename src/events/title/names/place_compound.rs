//! "The Dover, Del.-based maker said its loss": the names of a place that a hyphenated
//! participle makes a description ("Dover-based", "Texas-owned") tell where a business is, not
//! another business that may own what follows.

use super::super::{Class, Titles};

/// The most tokens from a place's first name to the participle that ends its compound
/// ("Dover , Del . - based").
const PLACE_TOKENS: usize = 8;

impl Titles<'_> {
    /// The first token of the place that the hyphenated participle ending at `tokens[k]` is
    /// made of: "Dover" of "the Dover, Del.-based maker" (a comma only before a state told
    /// short, "Del."), "New" of "the New York-based company".
    pub(in crate::events::title) fn place_compound_start(&self, k: usize) -> Option<usize> {
        let token = self.tokens.get(k)?;
        // Most words end otherwise: told before any other test.
        if !token.lower.ends_with("ed") {
            return None;
        }
        let glued = |a: usize| self.tokens[a].span.end == self.tokens[a + 1].span.start;
        let mut start = if token.capitalized
            && token
                .lower
                .rsplit_once('-')
                .is_some_and(|(place, end)| !place.is_empty() && end.ends_with("ed"))
        {
            k
        } else if k >= 2
            && self.word(k - 1) == "-"
            && glued(k - 1)
            && glued(k - 2)
            && self.class(k - 2) == Class::Name
        {
            k - 2
        } else {
            return None;
        };
        let mut comma = false;
        while start > 0 && k - start < PLACE_TOKENS {
            let b = start - 1;
            if self.class(b) == Class::Name {
                start = b;
                continue;
            }
            let short_state = (start..=k).any(|j| self.word(j).contains('.'));
            if comma || self.word(b) != "," || b == 0 || !short_state {
                break;
            }
            if self.class(b - 1) != Class::Name {
                break;
            }
            comma = true;
            start = b - 1;
        }
        Some(start)
    }

    /// `tokens[k]` is a word of a place a hyphenated participle after it makes a
    /// description: "Dover" and "Del." of "the Dover, Del.-based maker".
    pub(in crate::events::title) fn in_place_compound(&self, k: usize) -> bool {
        let end = self.tokens.len().min(k + PLACE_TOKENS);
        (k..end).any(|j| self.place_compound_start(j).is_some_and(|p| p <= k))
    }
}
