//! A word whose meaning needs the phrase right after it ([`Lex::ComplementWords`]: "are close |
//! to a deal", "has set its sights | on a rival", "have lent their voices | to the protest"),
//! or a noun of [`Lex::ComplementNouns`]: a title with no room for that phrase whole keeps its
//! first words that read whole, the words that only describe its noun left out first when
//! that keeps more of it ("close to signing a $30 billion ports deal" → "close to signing a $30
//! billion deal"), rather than end on the word.

use super::super::{Class, Lex, Titles};

impl Titles<'_> {
    /// `title` ends on the word right before `phrase`, which needs it (see the module's doc).
    pub(super) fn ends_needing(&self, title: &str, phrase: &[usize]) -> bool {
        let Some(&first) = phrase.first() else {
            return false;
        };
        first > 0
            && matches!(self.class(first), Class::Prep | Class::To)
            && (self.tokens[first - 1].is_lex(Lex::ComplementWords) || self.owes(first - 1, first))
            && title.ends_with(&self.text[self.tokens[first - 1].span.clone()])
    }

    /// `title` and the first words of `phrase` that read whole and fit, taken from `phrase` or
    /// from it without the words that describe its first noun, whichever keeps more of it.
    pub(super) fn fit_needed(&self, title: &str, phrase: &[usize]) -> String {
        // The last word of `phrase` a fit reaches (0 for none): a cut of the bare phrase
        // reaches the last word it keeps.
        let reach = |fit: &str, words: &[usize]| {
            (1..=words.len())
                .rev()
                .find(|&n| fit.len() > title.len() && fit.ends_with(&self.join(&words[..n])))
                .map_or(0, |n| words[n - 1])
        };
        let fitted = self.fit(title, phrase);
        let mut best = (reach(&fitted, phrase), fitted);
        if let Some(bare) = self.first_noun_bare(phrase) {
            let bare_fitted = self.fit(title, &bare);
            let bare_reach = reach(&bare_fitted, &bare);
            if bare_reach > best.0 {
                best = (bare_reach, bare_fitted);
            }
        }
        // ("strong enough to avoid | recession": a verb cut from its object says less than
        // the word that needed it.)
        if best.0 > 0 && self.class(best.0) == Class::Verb {
            return title.to_string();
        }
        best.1
    }

    /// `phrase` without the words that only describe its first noun ("to the growing chorus
    /// of complaints" → "to the chorus of complaints"), when it has some.
    fn first_noun_bare(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        // The first noun that ends its phrase: a noun the word after it does not continue.
        let head = (1..phrase.len()).find(|&h| {
            self.class(phrase[h]) == Class::Noun
                && phrase.get(h + 1).is_none_or(|&w| {
                    !matches!(
                        self.class(w),
                        Class::Noun | Class::Name | Class::Num | Class::Poss
                    )
                })
        })?;
        let (bare, start) = self.owed_head_bare(&phrase[..=head], head)?;
        // ("its second savings bank | company": words left after a noun are a compound's;
        // "its second | company": an ordinal tells which one.)
        let opener = bare[start.checked_sub(1)?];
        let ordinal = phrase[start..head]
            .iter()
            .any(|&w| self.tokens[w].is_lex(Lex::OrdinalWords));
        let opens = matches!(
            self.class(opener),
            Class::Det | Class::Poss | Class::Num | Class::Prep | Class::To | Class::Verb
        );
        (opens && !ordinal).then(|| [&bare[..], &phrase[head + 1..]].concat())
    }
}
