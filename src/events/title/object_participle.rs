//! A bare past participle with its date right after it, after the object of a plain verb:
//! "will lift the ban issued on Monday", "rejected a bid made in May". A verb of saying,
//! showing or knowing may take a clause without "that" ("found the bridge closed in May"),
//! but a plain verb takes an object only, so the participle describes that object and its
//! date tells what was done to it then ("The ban was issued"), as it does with its agent
//! (see `dated_object`). A noun phrase that ended on the participle would say nothing.

use super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The noun phrase opened by a determiner at `tokens[start]` is the object of a verb
    /// right before it that neither says, shows, knows nor seems (see the module).
    pub(super) fn plain_verb_object(&self, start: usize) -> bool {
        let Some(verb) = start.checked_sub(1) else {
            return false;
        };
        let t = &self.tokens[verb];
        self.class(verb) == Class::Verb
            && self.class(start) == Class::Det
            && !self.says(verb)
            && !t.is_lex(Lex::ShowingVerbs)
            && !t.is_lex(Lex::KnowingVerbs)
            && !t.is_lex(Lex::SeemingVerbs)
    }
}
