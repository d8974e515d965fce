//! Numbers spelled or written, and the built-ins read from them: an amount ("2,024",
//! "forty-five", "two hundred"), a year in words ("nineteen ninety-six") and a clock time in
//! words ("at ten forty-five"). Apart from `builtins.rs`, which reads digits and shapes.

use super::super::super::Recognizer;
use super::super::super::lexicon::Class;
use super::super::{Amount, Input, Slots, before_unknown_word};
use super::{after_at, word_at};

impl Recognizer {
    /// "at ten forty-five", "at seven thirty", "seven thirty pm": an hour in words and its
    /// minutes, after "at" or before "a.m." or "p.m." (elsewhere "ten fifteen" may be a count
    /// or a year).
    pub(super) fn spelled_clock_at(
        &self,
        input: &Input,
        i: usize,
        slots: &mut Slots,
    ) -> Option<usize> {
        let mut scratch = Slots::default();
        let (end, Amount::Exact(hour @ 1..=12)) = self.number_at(input, i, &mut scratch)? else {
            return None;
        };
        if input.is_number(i) {
            return None;
        }
        let next = input.skip_hyphen(end);
        let minutes = if next < input.tokens.len() && !input.is_number(next) {
            match self.read_number(input, next, &mut scratch) {
                Some((end, Amount::Exact(minute @ 10..=59))) => Some((end, minute)),
                _ => None,
            }
        } else {
            None
        };
        // An hour alone before "pm" is the rule `<hour> pm`'s.
        let (end, minute) = minutes?;
        let (end, hour) = if word_at(input, end, &["pm", "p.m."]) {
            (end + 1, hour % 12 + 12)
        } else if word_at(input, end, &["am", "a.m."]) {
            (end + 1, hour % 12)
        } else if after_at(input, i) && !before_unknown_word(input, i) {
            (end, hour)
        } else {
            return None;
        };
        slots.clock = Some((hour, minute));
        Some(end)
    }

    /// "nineteen ninety-six", "two thousand", "two thousand and one".
    pub(super) fn spelled_year_at(&self, input: &Input, i: usize) -> Option<(usize, i32)> {
        // No number word is a year alone: "a", "one", "the next few" before an unknown word
        // ("a company") are ruled out before they are read; after "at", "ten forty-five" is a
        // clock time.
        if before_unknown_word(input, i) || after_at(input, i) {
            return None;
        }
        let mut scratch = Slots::default();
        let (end, first) = self.number_at(input, i, &mut scratch)?;
        let Amount::Exact(first) = first else {
            return None;
        };
        let next = input.skip_hyphen(end);
        let word = |j: usize| (j < input.tokens.len()).then(|| input.word(j).to_ascii_lowercase());
        let next = if first == 2000 { end } else { next };
        if first == 2000 {
            let mut end = next;
            let mut year = 2000;
            let after = if word(end).as_deref() == Some("and") {
                end + 1
            } else {
                end
            };
            if after < input.tokens.len()
                && let Some((e, Amount::Exact(n))) = self.number_at(input, after, &mut scratch)
                && n < 100
                && input.word(after).len() > 2
            {
                year += i32::try_from(n).ok()?;
                end = e;
            }
            return Some((end, year));
        }
        if !(10..=20).contains(&first) || next >= input.tokens.len() || input.is_number(next) {
            return None;
        }
        let (end, Amount::Exact(rest)) = self.number_at(input, next, &mut scratch)? else {
            return None;
        };
        if !(10..100).contains(&rest) {
            return None;
        }
        Some((end, i32::try_from(first * 100 + rest).ok()?))
    }

    pub(super) fn number_at(
        &self,
        input: &Input,
        i: usize,
        slots: &mut Slots,
    ) -> Option<(usize, Amount)> {
        let (found, plural, latent) = match input.last_number.get() {
            Some((at, number)) if at == i => number,
            _ => {
                let mut marks = Slots::default();
                let found = self.read_number(input, i, &mut marks);
                let number = (found, marks.plural, marks.latent);
                input.last_number.set(Some((i, number)));
                number
            }
        };
        slots.plural |= plural;
        slots.latent |= latent;
        found
    }

    /// [`Self::number_at`] without the cache.
    fn read_number(&self, input: &Input, i: usize, slots: &mut Slots) -> Option<(usize, Amount)> {
        if input.is_number(i) {
            if i > 0 && input.is_punct(i - 1, '$') {
                return None;
            }
            // "2,024" is 2024; any other separator ("3.5", "10:35") is not an amount.
            let mut n: u32 = 0;
            for b in input.word(i).bytes().filter(|&b| b != b',') {
                if !b.is_ascii_digit() {
                    return None;
                }
                n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
            }
            return Some((i + 1, Amount::Exact(n)));
        }
        let (end, value) = self.class_at(input, Class::Number, i, slots)?;
        if value == "X" {
            return Some((end, Amount::Vague));
        }
        let n: u32 = value.parse().ok()?;
        let multiplier = if end >= input.tokens.len() {
            1
        } else if input.word(end).eq_ignore_ascii_case("hundred") {
            100
        } else if input.word(end).eq_ignore_ascii_case("thousand") {
            1000
        } else {
            1
        };
        if multiplier > 1 && n < 100 {
            return Some((end + 1, Amount::Exact(n * multiplier)));
        }
        if (20..100).contains(&n) && n.is_multiple_of(10) {
            let next = input.skip_hyphen(end);
            if next < input.tokens.len() {
                let mut scratch = Slots::default();
                if let Some((after, unit)) = self.class_at(input, Class::Number, next, &mut scratch)
                    && let Ok(u) = unit.parse::<u32>()
                    && (1..10).contains(&u)
                    && input.word(next).len() > 2
                {
                    return Some((after, Amount::Exact(n + u)));
                }
            }
        }
        Some((end, Amount::Exact(n)))
    }
}
