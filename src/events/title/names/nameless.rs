//! "Reid was charged with assault. No bail was set. He had tried to": a sentence that names
//! no one and has no pronoun of its own stands between a person and the "he" or "she" that
//! goes on about them; the pronoun reaches past it to the sentence before.

use super::super::subject::Candidate;
use super::super::{Class, Lex, PRONOUN_HOPS, Titles};
use super::fits_sex;

impl Titles<'_> {
    /// The one named person the sentence two back is about ([`Self::previous_named_person`]),
    /// when the sentence before names and tells no one: the name "he" or "she" stands for.
    pub(super) fn past_nameless(&self, pronoun: &str) -> Option<Candidate> {
        self.previous_sentence(|t| {
            (t.hops < PRONOUN_HOPS && t.names_no_one())
                .then(|| t.previous_named_person())
                .flatten()
        })
        .filter(|c| fits_sex(&c.text, pronoun))
    }

    /// No word of the sentence names or tells a person or stands for one: no name, no word
    /// for a person, no pronoun, no quotation.
    fn names_no_one(&self) -> bool {
        (0..self.tokens.len()).all(|j| {
            !(self.person_word(j)
                || self.quote_mark(j)
                || self.tokens[j].is_lex(Lex::OwnerPronouns)
                || matches!(self.class(j), Class::Name | Class::Pron))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::events::happening_tests::news_titles as titles;

    const LEAD: &str = "A judge refused bail for Tom Reid, 28, on Friday.";

    #[test]
    fn a_pronoun_reaches_past_a_sentence_that_names_no_one() {
        let text = format!(
            "{LEAD} Reid is charged with theft. No further charges were filed. He tried to burn \
             a car on Saturday."
        );
        assert!(titles(&text).contains(&"Reid tried to burn a car".to_string()));
    }

    #[test]
    fn a_pronoun_stays_past_a_sentence_that_tells_someone_or_after_two_people() {
        // "him" tells someone; the sentence two back names two people.
        for middle in [
            "Reid is charged with theft. No further charges were filed against him.",
            "Reid met Ann Roe on Monday. No further charges were filed.",
        ] {
            let text = format!("{LEAD} {middle} He tried to burn a car on Saturday.");
            assert!(titles(&text).contains(&"He tried to burn a car".to_string()));
        }
    }
}
