//! "I" and "we" in a quotation: a chart cannot tell who "I" is, so the title of what a speaker
//! says of himself names the speaker the text gives where the quotation closes (`," she
//! said.`, `," said Tom Hale.`, `," Hale said.`). "I" with a verb in the past or a modal
//! becomes the speaker ("I swam with Kim" → "Ann Roe swam with Kim"); otherwise, and for
//! "we", the speaker follows the words ("We will win, Hale said").

use std::ops::Range;

use super::names::{QUOTES, STAFF_NAME_WORDS};
use super::subject::Candidate;
use super::{
    ARTICLES, Class, Lex, MAX_CHARS, Subject, Titles, is, is_quote, is_say_verb, lowercase,
};
use crate::events::chunk::is_written;
use crate::events::words::IRREGULAR_PAST;

/// How far, in bytes of text after the sentence, a quotation that goes on is looked at for
/// the mark that closes it.
const SPEAKER_REACH: usize = 400;
/// The most words between a closing mark and the end of the speaker's clause.
const ATTRIBUTION_WORDS: usize = 8;
/// The most tokens between the pronoun and the marks that open and close its quotation in
/// its sentence: a title's walk stays short in a sentence of any length.
const QUOTE_TOKENS: usize = 80;

impl Titles<'_> {
    /// `title`, of the clause whose subject is the pronoun `tokens[k]` and whose verb starts
    /// at `tokens[verb]`, told with the quotation's speaker when the pronoun is "I" or "we".
    pub(super) fn with_speaker(&self, k: usize, verb: usize, title: String) -> String {
        // "we've": the pronoun before its contracted auxiliary.
        let pronoun = self.word(k).split(['\'', '\u{2019}']).next().unwrap_or("");
        // Generic "one" speaks for the speaker as much as "we" does.
        if !is(Lex::SpeakerPronouns, pronoun) {
            return title;
        }
        let past = {
            let t = &self.tokens[verb];
            t.lower.ends_with("ed")
                || t.is(IRREGULAR_PAST)
                || is_written(Lex::SpeakerAuxiliaries, &t.lower)
        };
        // "We saw the fire," a Vexa spokesman said: Vexa saw the fire. A verb that agrees
        // with "we" only ("we were", "we need") keeps it.
        let ours = |rest: &str| rest.split(' ').any(|w| is(Lex::FirstPluralWords, w));
        if let Some(rest) = title.strip_prefix("We ")
            && past
            && pronoun == "we"
            && self.word(verb) != "were"
            && !ours(rest)
            && let Some(body) = self.body_in_attribution(k)
        {
            let told = format!("{body} {rest}");
            if told.chars().count() <= MAX_CHARS {
                return told;
            }
        }
        let Some(speaker) = self
            .speaker_in_sentence(k)
            .or_else(|| self.speaker_after_sentence(k))
            .or_else(|| self.speaker_of_quote_before())
            .or_else(|| self.speaker_before_colon(k))
        else {
            return title;
        };
        let told = match title.strip_prefix("I ") {
            // "I called my wife": a name before "my" would read as someone else's wife.
            Some(rest)
                if past
                    && pronoun == "i"
                    && !rest.split(' ').any(|w| is(Lex::FirstSingularWords, w)) =>
            {
                format!("{} {rest}", speaker.text)
            }
            _ => format!("{title}, {} said", speaker.text),
        };
        if told.chars().count() <= MAX_CHARS {
            told
        } else {
            title
        }
    }

    /// The speaker told after the mark that closes a quotation after `tokens[k]` in its
    /// sentence: `," he said`, `," said Tom Hale`, `," Hale said`.
    fn speaker_in_sentence(&self, k: usize) -> Option<Candidate> {
        let words: Vec<usize> = self
            .attribution(k)?
            .take_while(|&j| self.class(j) != Class::Punct)
            .collect();
        let say = words.iter().position(|&j| is_say_verb(self.word(j)))?;
        // "He" after the quotation stands for whom it would where the quotation opens: not a
        // name inside it.
        let open = (k.saturating_sub(QUOTE_TOKENS)..k)
            .rev()
            .find(|&j| self.quote_mark(j))
            .unwrap_or(0);
        let speaker = |p: usize| self.name_for_pronoun(open, self.word(p));
        match (&words[..say], &words[say + 1..]) {
            // `," he said`.
            ([p], _) if matches!(self.word(*p), "he" | "she") => speaker(*p),
            // `," said Tom Hale`, `," said she`.
            ([], after) => match after.first() {
                Some(&p) if matches!(self.word(p), "he" | "she") => speaker(p),
                _ => self.name_run(after),
            },
            // `," Hale said`, `," Mayor Tom Hale said`; not `," a spokesman for Hale said`.
            (before, _) if before.iter().all(|&j| self.class(j) == Class::Name) => {
                self.name_run(before)
            }
            _ => None,
        }
    }

    /// The tokens after the mark that closes a quotation after `tokens[k]` in its sentence,
    /// [`ATTRIBUTION_WORDS`] at most: `," he said`.
    fn attribution(&self, k: usize) -> Option<Range<usize>> {
        let n = self.tokens.len();
        // TimeBank's `''` is two apostrophes, which close a quotation right after its comma.
        let apostrophe = |j: usize| matches!(self.word(j), "'" | "’");
        let closes = |j: usize| {
            self.quote_mark(j)
                || (apostrophe(j) && self.tokens[j - 1].span.end == self.tokens[j].span.start)
        };
        let close = (k + 1..n.min(k + 1 + QUOTE_TOKENS))
            .find(|&j| closes(j) && matches!(self.word(j - 1), "," | "." | "?" | "!"))?;
        let close = (close..n.min(close + 2))
            .take_while(|&j| self.quote_mark(j) || apostrophe(j))
            .last()
            .unwrap_or(close);
        Some(close + 1..n.min(close + 1 + ATTRIBUTION_WORDS))
    }

    /// The body a quotation after `tokens[k]` speaks for, named in its attribution: `," a
    /// Vexa spokesman said`, `," said Tom Hill, a Vexa spokesman`, `," a spokesman for Vexa
    /// said`. What its staff says "we" did, the body did.
    fn body_in_attribution(&self, k: usize) -> Option<String> {
        let words: Vec<usize> = self.attribution(k)?.collect();
        let say = words.iter().position(|&j| is_say_verb(self.word(j)))?;
        let phrase = |from: usize| -> Vec<usize> {
            words[from..]
                .iter()
                .copied()
                .take_while(|&j| self.class(j) != Class::Punct)
                .collect()
        };
        let speaker = if say > 0 {
            words[..say].to_vec()
        } else {
            // After "said", the name's apposition: "Tom Hill, a Vexa spokesman".
            let after = phrase(say + 1);
            match words.get(say + 1 + after.len()) {
                Some(&comma)
                    if self.word(comma) == ","
                        && after.iter().all(|&j| self.class(j) == Class::Name) =>
                {
                    phrase(say + 2 + after.len())
                }
                _ => after,
            }
        };
        self.staff_owner(&speaker)
            .or_else(|| self.staff_for(&speaker))
    }

    /// The name after "for" in a staff word's phrase: "a spokesman for Vexa".
    fn staff_for(&self, words: &[usize]) -> Option<String> {
        let staff = words
            .iter()
            .position(|&j| self.tokens[j].is_lex(Lex::StaffWords))?;
        let (&f, name) = words[staff + 1..].split_first()?;
        let name = match name.split_first() {
            Some((&a, rest)) if self.tokens[a].is(ARTICLES) => rest,
            _ => name,
        };
        let named = self.word(f) == "for"
            && staff <= 1
            && !name.is_empty()
            && name.len() <= STAFF_NAME_WORDS
            && name.iter().all(|&j| self.class(j) == Class::Name);
        named.then(|| self.join(name))
    }

    /// The speaker of a quotation that goes on past the sentence of `tokens[k]` and closes
    /// within [`SPEAKER_REACH`] bytes, before any mark opens another: `"I swam ... this
    /// morning. It was fun," she said.` "He" and "she" stand for whom they would at `k`.
    fn speaker_after_sentence(&self, k: usize) -> Option<Candidate> {
        let n = self.tokens.len();
        let here = self.tokens.last()?.span.end;
        // The quotation opens in this sentence, before the pronoun, and does not close in it.
        let opens = (k.saturating_sub(QUOTE_TOKENS)..k).any(|j| self.quote_mark(j));
        if n - k > QUOTE_TOKENS || !opens || (k + 1..n).any(|j| self.quote_mark(j)) {
            return None;
        }
        let mut end = (here + SPEAKER_REACH).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let after = &self.text[here..end];
        // The first mark: it must close (after a comma or a full stop), not open.
        let (at, mark) = after
            .char_indices()
            .filter_map(|(i, _)| {
                QUOTES
                    .into_iter()
                    .find(|m| after[i..].starts_with(m))
                    .map(|m| (i, m))
            })
            .next()?;
        let closes = is_quote(mark)
            && mark != "``"
            && mark != "\u{201c}"
            && after[..at].ends_with([',', '.', '?', '!']);
        if !closes {
            return None;
        }
        let rest = &after[at + mark.len()..];
        let clause = rest.split(['.', ',', ';']).next()?;
        let words: Vec<&str> = clause.split_whitespace().take(ATTRIBUTION_WORDS).collect();
        let say = words.iter().position(|w| is_say_verb(&lowercase(w)))?;
        let pronoun = match (&words[..say], words.get(say + 1)) {
            ([p], _) | ([], Some(p)) => lowercase(p),
            _ => return None,
        };
        if !matches!(pronoun.as_str(), "he" | "she") {
            return None;
        }
        self.name_for_pronoun(k, &pronoun)
    }

    /// The speaker of a quotation that is the whole sentence, told by the quotation that is
    /// the sentence before: `"We won," Hale said. "We will win again."` A reporter names the
    /// speaker once for quotations that follow one another.
    fn speaker_of_quote_before(&self) -> Option<Candidate> {
        let n = self.tokens.len();
        if n < 3 || !self.quote_mark(0) || !self.quote_mark(n - 1) {
            return None;
        }
        let span = self.sentence_before(self.tokens[0].span.start)?;
        self.read_sentence(span, 1, |before| {
            (before.tokens.len() > 1 && before.quote_mark(0))
                .then(|| before.speaker_in_sentence(1))
                .flatten()
        })
    }

    /// The speaker who introduces with a colon the quotation `tokens[k]` is in: `Mayor Hale
    /// told the council: "We will build it."` The named subject of the verb of saying just
    /// before the colon.
    fn speaker_before_colon(&self, k: usize) -> Option<Candidate> {
        let open = (k.saturating_sub(QUOTE_TOKENS)..k)
            .rev()
            .find(|&j| self.quote_mark(j))?;
        if open < 2 || self.word(open - 1) != ":" {
            return None;
        }
        let colon = open - 1;
        let say = (colon.saturating_sub(ATTRIBUTION_WORDS)..colon)
            .rev()
            .take_while(|&j| self.class(j) != Class::Punct)
            .find(|&j| is_say_verb(self.word(j)))?;
        let found = match self.subject_of(self.verb_group_around(say).start, 1)? {
            Subject::Named(name) => name,
            Subject::Words(words) => self.candidate(&words),
        };
        found.named.then_some(found)
    }

    /// The first run of names in `words` that describes no noun after it ("Danish officials"),
    /// without an office before it: "Tom Hale" of "chief negotiator Tom Hale on radio".
    fn name_run(&self, words: &[usize]) -> Option<Candidate> {
        let mut found: Option<&[usize]> = None;
        let mut i = 0;
        while i < words.len() {
            if self.class(words[i]) != Class::Name {
                i += 1;
                continue;
            }
            let start = i;
            while i < words.len() && self.class(words[i]) == Class::Name {
                i += 1;
            }
            let describes = words.get(i).is_some_and(|&w| self.class(w) == Class::Noun);
            if !describes {
                found = Some(&words[start..i]);
                break;
            }
        }
        let run = self.without_offices(found?);
        (!run.is_empty()).then(|| Candidate::person(self.join(&run)))
    }
}
