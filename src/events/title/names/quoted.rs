//! Pronouns after a quotation. In `"We will win," he said. He left on Friday`, the second
//! "he" is whom the speaker's "he" stands for, the subject of the sentence before the
//! quotation; after a quotation nobody closes (`"We kept our word." He left`), the sentence
//! before the quotation is the one a pronoun looks back to.

use super::super::subject::{Candidate, Who};
use super::super::{Class, PRONOUN_HOPS, PRONOUN_REACH, Titles, is_say_verb, lowercase};
use std::ops::Range;

impl Titles<'_> {
    /// The sentence before a quotation of its own that ends with `span`, unattributed
    /// ("We kept our word."), of at most [`QUOTED_SENTENCES`] sentences, when it is no
    /// quotation itself.
    pub(super) fn before_quotation(&self, span: Range<usize>) -> Option<Range<usize>> {
        let mut at = span;
        for n in 0..QUOTED_SENTENCES {
            let sentence = self.text[at.clone()].trim();
            let opens = QUOTES.iter().any(|q| sentence.starts_with(q));
            let closes = n == 0 && QUOTES.iter().any(|q| sentence.ends_with(q));
            // No other mark: `He said: "We kept our word."` names its speaker.
            if (n == 0 && !closes)
                || quote_marks(sentence) != usize::from(opens) + usize::from(closes)
            {
                return None;
            }
            if opens {
                let before = self.sentence_before(at.start)?;
                return (!opens_or_closes_quote(self.text[before.clone()].trim()))
                    .then_some(before);
            }
            at = self.sentence_before(at.start)?;
        }
        None
    }

    /// The name "he" or "she" at `tokens[k]` stands for when its sentence names no one before
    /// it and the sentence before is a quotation its speaker closes with the same pronoun
    /// and a verb of saying (`," he said.`): the person or name the sentence before the
    /// quotation opens with.
    pub(super) fn named_before_quote(&self, k: usize, pronoun: &str) -> Option<Candidate> {
        if !matches!(pronoun, "he" | "she") || self.hops + 2 > PRONOUN_HOPS {
            return None;
        }
        let named = (0..k)
            .any(|j| !self.remove[j] && (self.class(j) == Class::Name || self.person_word(j)));
        if named {
            return None;
        }
        let (speaker, name) = self
            .quote_speaker
            .get_or_init(|| self.speaker_before_quote())
            .as_ref()?;
        (*speaker == pronoun).then(|| name.clone())
    }

    /// The pronoun ("he" or "she") that closes the quotation that is the sentence before,
    /// with a verb of saying, and the name the sentence before the quotation opens with.
    fn speaker_before_quote(&self) -> Option<(&'static str, Candidate)> {
        let span = self.sentence_before(self.tokens.first()?.span.start)?;
        let sentence = self.text[span.clone()].trim_end();
        // The closing mark, then the speaker and the verb alone: `," he said.`, `" said she.`
        let (close, mark) = QUOTES
            .iter()
            .filter_map(|&q| sentence.rfind(q).map(|at| (at, q)))
            .max()?;
        let mut words = sentence[close + mark.len()..]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(lowercase);
        let (first, second) = (words.next()?, words.next()?);
        if words.next().is_some() {
            return None;
        }
        let speaker = ["he", "she"].into_iter().find(|&p| {
            (first == p && is_say_verb(&second)) || (second == p && is_say_verb(&first))
        })?;
        // The opening mark, which opens a sentence of its own.
        let opening = match mark {
            "\u{201d}" => "\u{201c}",
            "''" => "``",
            other => other,
        };
        let from = self.reach_back(span.start, PRONOUN_REACH);
        let open = from + self.text[from..span.start + close].rfind(opening)?;
        let before = self.text[from..open].trim_end();
        if !(before.is_empty() || before.ends_with(['.', '!', '?', '\n'])) {
            return None;
        }
        let earlier = self.sentence_before(open)?;
        if opens_or_closes_quote(self.text[earlier.clone()].trim_start()) {
            return None;
        }
        let name = self
            .read_sentence(earlier, 2, |t| t.first_subject())
            .filter(|c| c.named && c.who != Who::Thing && !c.plural)?;
        Some((speaker, name))
    }
}

/// The sentence opens or closes with a quotation mark.
pub(super) fn opens_or_closes_quote(sentence: &str) -> bool {
    QUOTES
        .iter()
        .any(|q| sentence.starts_with(q) || sentence.ends_with(q))
}

/// How many quotation marks `sentence` holds.
fn quote_marks(sentence: &str) -> usize {
    // "``" and "''" before '"', whose marks they are not.
    let mut rest = sentence;
    let mut n = 0;
    while let Some(at) = rest.find(['"', '`', '\'', '\u{201c}', '\u{201d}']) {
        let tail = &rest[at..];
        let mark = QUOTES.iter().find(|q| tail.starts_with(*q));
        n += usize::from(mark.is_some());
        let step = mark.map_or_else(
            || tail.chars().next().map_or(1, char::len_utf8),
            |q| q.len(),
        );
        rest = &tail[step..];
    }
    n
}

/// The most sentences a quotation a pronoun looks past may hold.
const QUOTED_SENTENCES: usize = 4;

/// Quotation marks, straight, curly and as wire copy doubles them.
pub(in crate::events::title) const QUOTES: [&str; 5] = ["\"", "\u{201c}", "\u{201d}", "``", "''"];
