//! A list of noun phrases ("Poland, Hungary and the Czech Republic") is one subject or one
//! object: its commas end no phrase, and a title keeps it whole or leaves it out.

use super::{Class, Titles};

/// How many words an item of a list may have.
const ITEM: usize = 6;

impl Titles<'_> {
    /// The items before a subject that ends a list ("Hungary and the Czech Republic"), at the
    /// start of its clause: "Poland, Hungary and the Czech Republic can now participate". The
    /// words of the whole list, or none when `phrase` is no list's end.
    pub(super) fn list_before(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let first = *phrase.first()?;
        // "Hungary and the Czech Republic", not "the enmity between Sparta and Athens".
        let coordinated = phrase.iter().any(|&w| self.class(w) == Class::Coord)
            && !phrase.iter().any(|&w| self.class(w) == Class::Prep);
        if !coordinated {
            return None;
        }
        let mut start = first;
        // "Gonzalez, the boy's stepmother, his half-brother, a dozen classmates and some adults
        // planned": a list too long for a title's subject is none.
        while start >= 2 && self.word(start - 1) == "," && first - start < 2 * ITEM {
            let item = self.item_ending_at(start - 2)?;
            start = item;
        }
        // "In Paris, France and Germany signed": an opening phrase is no item.
        let opens = start == 0
            || matches!(self.class(start - 1), Class::Punct | Class::Sub)
                && self.word(start - 1) != ",";
        let short = phrase.len() + (first - start) <= 2 * ITEM;
        if start == first || !opens || !short {
            return None;
        }
        let mut words: Vec<usize> = (start..first).filter(|&k| !self.skipped(k)).collect();
        words.extend_from_slice(phrase);
        Some(words)
    }

    /// Where the item of a list that ends at `tokens[end]` starts: a short noun phrase.
    fn item_ending_at(&self, end: usize) -> Option<usize> {
        let in_item = |k: usize| {
            !self.remove[k]
                && matches!(
                    self.class(k),
                    Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                )
        };
        if !in_item(end) || self.class(end) == Class::Det {
            return None;
        }
        let mut start = end;
        while start > 0 && end - start + 1 < ITEM && in_item(start - 1) {
            start -= 1;
        }
        Some(start)
    }

    /// The end of a list whose first item ends before the comma at `tokens[comma]`: ", the
    /// Czech Republic and Hungary" (after "Poland"), if the list ends with "and" or "or" and an
    /// item, and no verb follows it (", the general and his aides fled" is a clause).
    pub(super) fn list_after(&self, comma: usize) -> Option<usize> {
        let n = self.tokens.len();
        let item_from = |k: usize| {
            let mut end = k;
            while end < n
                && end - k < ITEM
                && !self.remove[end]
                && matches!(
                    self.class(end),
                    Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                )
            {
                end += 1;
            }
            (end > k && self.class(end - 1) != Class::Det).then_some(end)
        };
        // "acquired Rival Co., a Dallas maker of springs and valves": after a name, a phrase
        // opened by "a" is its apposition, no item.
        let apposition = comma > 0
            && self.class(comma - 1) == Class::Name
            && self
                .tokens
                .get(comma + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"));
        if apposition {
            return None;
        }
        let mut k = comma;
        loop {
            if self.word(k) == "," {
                k += 1;
            }
            if k < n && self.class(k) == Class::Coord {
                let end = item_from(k + 1)?;
                let verb = end < n && matches!(self.class(end), Class::Verb | Class::Aux);
                return (!verb && k > comma + 1).then_some(end);
            }
            k = item_from(k)?;
            if k >= n || !matches!(self.word(k), "," | "and" | "or") {
                return None;
            }
        }
    }

    /// `tokens[k]` is a comma inside a list.
    pub(super) fn is_list_comma(&self, k: usize) -> bool {
        self.word(k) == "," && self.class(k) == Class::Punct
    }
}
