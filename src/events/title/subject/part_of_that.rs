//! "$4 million of that flowed out on Friday": "that" after "of" stands for what the sentence
//! told before (a demonstrative), no relative pronoun; the amount and its "of that" are the
//! subject, so the title is no bare verb ("Flowed out"). "The guard, part of which joined
//! in the riot": a partitive, a number or a noun before "of which" or "of whom" is the
//! subject, a part of the noun phrase before the comma ("Part of the guard joined in the
//! riot", "Copies of the report were sent").

use super::super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The words of "an amount of that" ending at "that", `tokens[k]`, before a verb; or the
    /// partitive and "of" before "which" or "whom" at `tokens[k]`, then its antecedent.
    pub(super) fn part_of_that(&self, k: usize) -> Option<Vec<usize>> {
        let of = k.checked_sub(1)?;
        let amount = of.checked_sub(1)?;
        if self.word(of) != "of" || self.remove[amount] {
            return None;
        }
        if self.part_of_relative(amount) {
            return self.part_of_antecedent(amount);
        }
        if self.word(k) != "that" || !matches!(self.class(amount), Class::Num | Class::Noun) {
            return None;
        }
        let mut words = self.noun_phrase_ending_at(amount);
        words.extend([of, k]);
        Some(words)
    }

    /// `tokens[part]` is a partitive, a number or a noun ("part", "many", "two", "copies")
    /// before "of which" or "of whom".
    pub(super) fn part_of_relative(&self, part: usize) -> bool {
        (self.tokens[part].is_lex(Lex::Partitives)
            || matches!(self.class(part), Class::Num | Class::Noun))
            && part + 2 < self.tokens.len()
            && self.word(part + 1) == "of"
            && matches!(self.word(part + 2), "which" | "whom")
    }

    /// The partitive or number at `tokens[part]` ([`Self::part_of_relative`]), "of", and the
    /// noun phrase before the comma right before it.
    fn part_of_antecedent(&self, part: usize) -> Option<Vec<usize>> {
        let comma = part.checked_sub(1)?;
        let end = comma.checked_sub(1)?;
        if self.word(comma) != ","
            || self.remove[end]
            || !matches!(self.class(end), Class::Noun | Class::Name)
        {
            return None;
        }
        // "Two of the workers", "most of Gaza": a bare plural ("Ten workers, two of whom")
        // would read "Two of Ten workers".
        let phrase = self.noun_phrase_ending_at(end);
        let &first = phrase.first()?;
        let whole =
            self.class(first) == Class::Det || (first > 0 && self.class(first) == Class::Name);
        if !whole {
            return None;
        }
        let mut words = vec![part, part + 1];
        words.extend(phrase);
        Some(words)
    }
}
