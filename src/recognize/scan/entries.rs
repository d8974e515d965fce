//! Word-list entries at a token: the longest entry of a class that starts there, and when a
//! name typed in lower case ("april 9th", "in march") counts as one.

use super::{Input, Slots};
use crate::recognize::Recognizer;
use crate::recognize::lexicon::Class;

impl Recognizer {
    /// The longest entry of `class` starting at token `i`: (end, value); its plural and latent
    /// marks go to `slots`.
    pub(super) fn class_at<'r>(
        &'r self,
        input: &Input,
        class: Class,
        i: usize,
        slots: &mut Slots,
    ) -> Option<(usize, &'r str)> {
        let (end, entry, plural, latent) = self.entry_at(input, class, i)?;
        slots.plural |= plural;
        slots.latent |= latent;
        Some((end, self.value(entry)))
    }

    /// The longest entry of `class` starting at token `i`: (end, entry id, plural, latent).
    /// Inlined, as most calls end at the test of the word's classes.
    #[inline]
    pub(super) fn entry_at(
        &self,
        input: &Input,
        class: Class,
        i: usize,
    ) -> Option<(usize, u32, bool, bool)> {
        let key = input.keys[i]?;
        if self.key_classes[key as usize] & class.bit() == 0 {
            return None;
        }
        self.longest_entry(input, class, key, i)
    }

    pub(super) fn value(&self, entry: u32) -> &str {
        &self.lexicon.entries[entry as usize].value
    }

    /// The longest entry of `class` whose words start at token `i` (its key is `key`): (end,
    /// entry id, plural, latent).
    #[inline(never)]
    fn longest_entry(
        &self,
        input: &Input,
        class: Class,
        key: u32,
        i: usize,
    ) -> Option<(usize, u32, bool, bool)> {
        let next = input.keys.get(input.entry_word(i + 1)).copied().flatten();
        if !self.lexicon.may_match(key, class, next) {
            return None;
        }
        let mut best: Option<(usize, u32, bool, bool)> = None;
        for &(entry_id, plural) in self.lexicon.entries_of(key, class) {
            let entry = &self.lexicon.entries[entry_id as usize];
            // Most longer entries fail on their second word: test it first.
            if entry
                .rest
                .first()
                .is_some_and(|&second| next != Some(second))
            {
                continue;
            }
            // As people type: a month, day or holiday name in lower case counts if spelled out
            // ("due april 9th", "on thursday"), a month or a one-word holiday alone only with a
            // cue ("in january", "over easter"), "march" and "may" only before a number ("march
            // 3rd"); an abbreviation ("sun", "sat") and "election day" never do.
            let lower = entry.capitalised && !input.word(i).starts_with(|c: char| c.is_uppercase());
            if lower
                && (entry.abbreviation || entry.latent)
                && !(input.is_number(i + 1 + usize::from(input.is_punct(i + 1, '.')))
                    && (class == Class::Month || !entry.abbreviation))
                && !(class == Class::Month && self.month_cue_before(input, i))
                && !(class == Class::Weekday && self.month_after(input, i + 1))
                && !(entry.abbreviation && input.stands_alone(i, i + 1))
            {
                continue;
            }
            let mut end = i + 1;
            let mut ok = true;
            for &word in &entry.rest {
                end = input.entry_word(end);
                if end < input.tokens.len() && input.keys[end] == Some(word) {
                    // "'s" is two tokens: the apostrophe and the "s".
                    end += if word == self.lexicon.possessive {
                        2
                    } else {
                        1
                    };
                } else {
                    ok = false;
                    break;
                }
            }
            if !ok {
                continue;
            }
            // A month in lower case next to a day is no latent word: "july 13-15", "13-15 july".
            let mut latent = entry.latent
                || lower
                    && class != Class::Weekday
                    && !(class == Class::Month
                        && (input.is_number(i + 1) || i > 0 && input.is_number(i - 1)));
            if entry.abbreviation
                && !plural
                && entry.rest.is_empty()
                && input.tokens[i].span.len() <= 5
                && input.is_punct(end, '.')
                && input.is_joined(end)
            {
                end += 1;
            } else if entry.abbreviation && entry.capitalised {
                latent = true;
            }
            if best.is_none_or(|(best_end, ..)| end > best_end) {
                best = Some((end, entry_id, plural, latent));
            }
        }
        best
    }

    /// Whether a month name in lower case at token `i` follows what makes it one: a day
    /// ("3 march", "the 3rd of may") or a word of months ("in march", "mid-march", "next may");
    /// not "this", as in "this may be".
    fn month_cue_before(&self, input: &Input, i: usize) -> bool {
        let Some(prev) = input.before(i) else {
            return false;
        };
        let word = input.word(prev);
        input.is_number(prev)
            || prev > 0 && input.is_number(prev - 1) && ["st", "nd", "rd", "th"].contains(&word)
            || ["next", "last"].contains(&word.to_ascii_lowercase().as_str())
            || self
                .entry_at(input, Class::LatentCue, prev)
                .is_some_and(|(_, cues, ..)| self.value(cues) == "month")
    }

    /// Whether a month name follows token `i`, after a comma or a dot: "mon, feb 18".
    fn month_after(&self, input: &Input, mut i: usize) -> bool {
        while input.is_punct(i, ',') || input.is_punct(i, '.') {
            i += 1;
        }
        i < input.tokens.len() && self.entry_at(input, Class::Month, i).is_some()
    }
}
