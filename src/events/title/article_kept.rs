//! The subject's article put back into a title assembled without it: a headline that drops
//! the article of its subject but keeps those after the verb reads broken ("Plan to sell its
//! branches fell through"), so the article stays whenever it still fits.

use super::{MAX_CHARS, Titles};

impl Titles<'_> {
    /// `bare`, a finished title whose subject opens with `tokens[first]`, the word after the
    /// article `tokens[article]`, with that article before it again when the title still fits:
    /// "A plan to sell the stores fell through", "The secret budget is set at $5 million".
    /// `bare` as it is when its subject opens otherwise (a name alone, an acronym) or when
    /// the article leaves no room.
    pub(super) fn with_article(&self, article: usize, first: usize, bare: String) -> String {
        // The text's own spelling ("The", "United"): `word` is lowered.
        let surface = |k: usize| &self.text[self.tokens[k].span.clone()];
        let (article_word, word) = (surface(article), surface(first));
        // `finish` capitalised the word's first letter only (ASCII here, so no length changes).
        let opens = !word.is_empty()
            && word.is_ascii()
            && bare.as_bytes().get(word.len()) == Some(&b' ')
            && bare.as_bytes()[0] == word.as_bytes()[0].to_ascii_uppercase()
            && bare.get(1..word.len()) == word.get(1..);
        if !opens || bare.chars().count() + article_word.chars().count() + 1 > MAX_CHARS {
            return bare;
        }
        let rest = &bare[word.len()..];
        self.finish(&format!("{article_word} {word}{rest}"))
    }
}
