//! "At Dover, roofs were torn off after heavy storms": a sentence that opens with a place
//! ("in" or "at" and a name, then a comma) sets all it tells there, so a bare noun title that
//! names no place ("Heavy storms") takes that place ("Heavy storms at Dover") and stands
//! alone on a chart. The place is the sentence's own words; none is guessed.
//! Apart from `named_date.rs`, which says when a title is the bare phrase.

use super::{Class, MAX_CHARS, Titles};

/// How many tokens may stand between the place's name and its comma ("south-west of Leeds").
const TO_COMMA: usize = 8;

impl Titles<'_> {
    /// `title`, the bare phrase of `tokens[trigger]`, with the place the sentence opens with,
    /// when the phrase comes after that place's comma and the whole fits.
    pub(super) fn with_opening_place(&self, title: &str, trigger: usize) -> Option<String> {
        if !matches!(self.word(0), "in" | "at") {
            return None;
        }
        let n = self.tokens.len();
        let first = if self.tokens.get(1).is_some_and(|t| t.lower == "the") {
            2
        } else {
            1
        };
        let name_end = (first..n.min(first + 5))
            .find(|&k| self.class(k) != Class::Name || self.remove[k])
            .unwrap_or(n);
        if name_end == first {
            return None;
        }
        // Up to the comma only words of a place's phrase: no verb, no second clause.
        let comma = (name_end..n.min(name_end + TO_COMMA)).find(|&k| {
            self.word(k) == ","
                || matches!(
                    self.class(k),
                    Class::Verb | Class::Aux | Class::Sub | Class::Pron
                )
        })?;
        if self.word(comma) != "," || trigger <= comma || !self.bare_unnamed(title, trigger) {
            return None;
        }
        let place = self.join(&(0..name_end).collect::<Vec<_>>());
        let (preposition, name) = place.split_once(' ')?;
        let title = format!("{title} {} {name}", preposition.to_lowercase());
        (title.chars().count() <= MAX_CHARS).then_some(title)
    }
}
