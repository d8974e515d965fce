//! A subject cut to its head to make room for the phrase a noun at the title's end needs
//! ("Steep fees [in Vell] have led to a call for a review"). Apart from `shape.rs`, which
//! puts the title together.

use super::{Class, MAX_CHARS, Titles};

impl Titles<'_> {
    /// The subject's first words up to its longest head that leaves room for the phrases: a
    /// title that holds the first phrase whole, more than `after` bytes after the verb, and
    /// ends on no noun short of the phrase it needs ([`Self::ends_before_owed`]). None when no
    /// head does so, or the head is a name's part or needs its phrase to say who.
    pub(super) fn head_with_owed(
        &self,
        words: &[usize],
        verb: &str,
        phrases: &[Vec<usize>],
        after: usize,
    ) -> Option<String> {
        let first = self.join(&self.offices_dropped(phrases.first()?));
        [(true, true), (true, false), (false, false)]
            .into_iter()
            .filter_map(|(inside_names, past_of)| {
                let head = self.subject_head(words, inside_names, past_of);
                if head.is_empty()
                    || head.len() == words.len()
                    || !words.starts_with(&head)
                    || self.class(head[head.len() - 1]) == Class::Name
                    || self.head_needs_phrase(words, &head)
                {
                    return None;
                }
                let short = format!("{} {verb}", self.join(&self.without_offices(&head)));
                let before = short.len();
                let with_object = self.add_phrases(short, phrases);
                (with_object.chars().count() <= MAX_CHARS
                    && with_object.len() - before > after
                    && with_object.contains(&first)
                    && !self.ends_before_owed(&with_object, phrases))
                .then(|| (head.len(), self.finish(&with_object)))
            })
            .max_by_key(|(kept, _)| *kept)
            .map(|(_, title)| title)
    }
}
