//! "There has been relief for crews in Ohio": the title of an existential clause is what there
//! was, and with "there has been" gone it has the room a clause's verb would take, so what
//! there was keeps both its beneficiary and the place its name says ("Relief for crews in
//! Ohio"), where another title stops after one phrase.
//! Apart from `clause_title.rs`, which finds the existential clause.

use super::{Class, MAX_CHARS, Titles};

impl Titles<'_> {
    /// What there was, the words `tail` of the verb group after "be" and `phrases[0]`, with
    /// the two phrases after it when the second opens with a preposition and a name ("in
    /// Ohio", "at the Acme mill") and all of them fit.
    pub(super) fn there_with_place(
        &self,
        tail: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        let [what, first, place, ..] = phrases else {
            return None;
        };
        let opens_with_name = |p: &[usize]| {
            p.first().is_some_and(|&k| self.class(k) == Class::Prep)
                && p.iter()
                    .skip(1)
                    .find(|&&k| self.class(k) != Class::Det)
                    .is_some_and(|&k| self.class(k) == Class::Name)
        };
        if what.first().is_none_or(|&k| self.class(k) == Class::Prep)
            || first.first().is_none_or(|&k| self.class(k) != Class::Prep)
            || !opens_with_name(place)
        {
            return None;
        }
        // The place ends with its name ("in Ohio [overnight]").
        let name = place.iter().position(|&k| self.class(k) == Class::Name)?;
        let end = place[name..]
            .iter()
            .position(|&k| self.class(k) != Class::Name)
            .map_or(place.len(), |m| name + m);
        let words: Vec<usize> = [tail, what, first, &place[..end]]
            .into_iter()
            .flatten()
            .copied()
            .collect();
        let words = self.offices_dropped(&words);
        (self.width(&words) <= MAX_CHARS).then(|| self.finish(&self.join(&words)))
    }
}
