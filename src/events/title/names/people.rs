//! "Danish officials said their Border Police": "their" of a people's officials is the
//! people's, told with its adjective ("The Danish Border Police").

use super::super::super::chunk::has_ending;
use super::super::subject::Candidate;
use super::super::{Lex, Titles};

impl Titles<'_> {
    /// `owned` (the words after "their") told as the people's whose adjective opens `owner`,
    /// the two words "their" stands for: "Japanese officials" and "navy" make "The Japanese
    /// navy". None unless `owner` is a capitalised word with a people's adjective ending and
    /// a plural noun in lower case ("Company officials" is no people).
    pub(super) fn people_owned(&self, owner: &Candidate, owned: &str) -> Option<Candidate> {
        let (adjective, noun) = owner.text.split_once(' ')?;
        let people = owner.plural
            && !noun.contains(' ')
            && noun.chars().all(char::is_lowercase)
            && adjective.chars().next().is_some_and(char::is_uppercase)
            && adjective.chars().all(char::is_alphabetic)
            && has_ending(adjective, &[Lex::PeopleAdjectiveEndings]);
        // "their own forces" is no people's own.
        (people && !owned.starts_with("own "))
            .then(|| Candidate::owned_by(&format!("The {adjective}"), "", owned))
    }
}
