//! A title cut short, tried again without the words a headline editor drops first, so that
//! the room goes to the phrase the verb or its noun needs: the legal form that ends a
//! business's name ("Acme Holdings Ltd." is "Acme Holdings" in a headline), a quantifier
//! of the whole before a determiner ("buy all (of) the shares" is "buy the shares") and the
//! words that describe a name before it ("the jewelry retailer Weisfield's" is
//! "Weisfield's"), an age before a noun ("a 31-year-old local man" is "local man"), the
//! "be" of a passive ("was found guilty of ..." is "found guilty of ..."). The
//! shorter title is taken only when it keeps more of the phrases after the verb.

use super::holds::holds;
use super::subject::{Candidate, Subject};
use super::{Class, Lex, MAX_CHARS, Titles, is, is_past_participle};

/// How many words may describe a name before it: "Olympic 400 metres champion".
const DESCRIBERS: usize = 5;

impl Titles<'_> {
    /// Subject, verb and as many phrases as fit (see [`Self::assemble_as_is`]); when a phrase
    /// is cut or left out, the same without the words [`Self::without_droppable`] drops, if
    /// that keeps more of the phrases, then with a person's surname alone (`surname`), then
    /// with the subject without its trailing phrase (`subject_phrase`).
    pub(super) fn assemble(
        &self,
        subject: Option<&Subject>,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
    ) -> String {
        let title = self.assemble_dropping(subject, verb_words, phrases);
        let title = self.with_surname(title, subject, verb_words, phrases);
        self.with_subject_phrase_dropped(title, subject, verb_words, phrases)
    }

    /// [`Self::assemble`] without the surname.
    pub(super) fn assemble_dropping(
        &self,
        subject: Option<&Subject>,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
    ) -> String {
        let title = self.assemble_as_is(subject, verb_words, phrases);
        // A title with room after it for the longest phrase falls short of none: nothing to
        // try. (Bytes and a space for each word are at least the characters a phrase takes.)
        let most = |p: &Vec<usize>| p.iter().map(|&w| self.tokens[w].span.len() + 1).sum();
        if title.len() + 1 + phrases.iter().map(most).max().unwrap_or(0) <= MAX_CHARS {
            return title;
        }
        // Most titles hold no such word: nothing to try, and no phrase measured.
        let named = match subject {
            Some(Subject::Named(name)) => ends_in_legal_form(&name.text),
            Some(Subject::Words(words)) => self.sentence_drops() && self.drops_any(words),
            None => false,
        };
        let passive = self.passive_be_dropped(verb_words);
        let any = passive.is_some()
            || (self.sentence_drops()
                && (self.drops_any(verb_words) || phrases.iter().any(|p| self.drops_any(p))));
        if !named && !any {
            return title;
        }
        // Only a phrase left out for want of room is worth the words: not one a title
        // leaves out by choice (a second place or time).
        let Some(cut) = phrases.iter().position(|p| !self.holds_whole(&title, p)) else {
            return title;
        };
        let shortfall =
            (title.chars().count() + 1 + self.width(&phrases[cut])).saturating_sub(MAX_CHARS);
        if shortfall == 0 {
            return title;
        }
        let shorter = |words: &[usize]| self.without_droppable(words);
        let subject_short = match subject {
            Some(Subject::Words(words)) => shorter(words).map(Subject::Words),
            Some(Subject::Named(name)) => without_legal_form(&name.text).map(|text| {
                Subject::Named(Candidate {
                    text,
                    ..name.clone()
                })
            }),
            None => None,
        };
        let verb_short = passive.or_else(|| shorter(verb_words));
        let phrases_short: Vec<Option<Vec<usize>>> = phrases.iter().map(|p| shorter(p)).collect();
        // The room the words before the cut phrase give: too little, and nothing to drop
        // inside it, and the title stays.
        let saved = |long: &[usize], short: &Option<Vec<usize>>| {
            short
                .as_ref()
                .map_or(0, |s| self.width(long).saturating_sub(self.width(s)))
        };
        let subject_saved = match (subject, &subject_short) {
            (Some(Subject::Words(long)), Some(Subject::Words(short))) => {
                self.width(long).saturating_sub(self.width(short))
            }
            (Some(Subject::Named(long)), Some(Subject::Named(short))) => {
                long.text.len().saturating_sub(short.text.len())
            }
            _ => 0,
        };
        let room = subject_saved
            + saved(verb_words, &verb_short)
            + (0..cut)
                .map(|n| saved(&phrases[n], &phrases_short[n]))
                .sum::<usize>();
        // (A phrase cut short has its first words in the title already.)
        let started = || {
            let n = self.ends_on_start(&title, &phrases[cut]);
            if n == 0 {
                0
            } else {
                self.width(&phrases[cut][..n]) + 1
            }
        };
        if phrases_short[cut].is_none() && room < shortfall && room + started() < shortfall {
            return title;
        }
        let kept = self.phrases_kept(&title, phrases);
        let subject = subject_short.as_ref().or(subject);
        let verb = verb_short.as_deref().unwrap_or(verb_words);
        let phrases: Vec<Vec<usize>> = phrases
            .iter()
            .zip(phrases_short)
            .map(|(p, s)| s.unwrap_or_else(|| p.clone()))
            .collect();
        let short = self.assemble_as_is(subject, verb, &phrases);
        if self.phrases_kept(&short, &phrases) > kept {
            short
        } else {
            title
        }
    }

    /// How much of `phrases` `title` holds: how many phrases whole, then how many first
    /// words of the first phrase it does not hold whole it ends on.
    pub(super) fn phrases_kept(&self, title: &str, phrases: &[Vec<usize>]) -> (usize, usize) {
        let count = phrases
            .iter()
            .filter(|p| self.holds_whole(title, p))
            .count();
        let first_cut = phrases.iter().find(|p| !self.holds_whole(title, p));
        let words = first_cut.map_or(0, |p| self.ends_on_start(title, p));
        (count, words)
    }

    /// `title` holds `phrase` whole (a person's office aside).
    pub(super) fn holds_whole(&self, title: &str, phrase: &[usize]) -> bool {
        holds(title, &self.join(&self.offices_dropped(phrase)))
    }

    /// How many first words of `phrase` `title` ends on (0 when none, or when whole).
    fn ends_on_start(&self, title: &str, phrase: &[usize]) -> usize {
        (1..phrase.len())
            .rev()
            .find(|&n| title.ends_with(&self.join(&phrase[..n])))
            .unwrap_or(0)
    }

    /// A verb group of a passive in one word of "be" and the participle ("was found", "are
    /// banned") without its "be", as a headline writes it: "Rosa Vidal found guilty of ...";
    /// not one that only says who holds it true ("was said to be", where "said" would read
    /// as the subject's own word), nor one of telling ("was informed that", which would read
    /// as the subject telling).
    fn passive_be_dropped(&self, verb_words: &[usize]) -> Option<Vec<usize>> {
        let &[be, participle] = verb_words else {
            return None;
        };
        (self.tensed_be(be)
            && participle == be + 1
            && self.class(participle) == Class::Verb
            && is_past_participle(self.word(participle))
            && !self.tokens[participle].is_lex(Lex::BeliefParticiples)
            && !self.tokens[participle].is_lex(Lex::AddresseeVerbs))
        .then(|| vec![participle])
    }

    /// The sentence holds a word [`Self::without_droppable`] may drop, found once: most hold
    /// none, and their titles are not searched again.
    fn sentence_drops(&self) -> bool {
        *self.droppable.get_or_init(|| {
            // Each token is asked only what its capital allows: a legal form has one, the
            // common noun that ends describers none (two calls a token were most of the walk).
            (0..self.tokens.len()).any(|k| {
                let t = &self.tokens[k];
                t.is_lex(Lex::WholeQuantifiers)
                    || is_age(self.word(k))
                    || if t.capitalized {
                        self.legal_form(k)
                    } else {
                        self.class(k) == Class::Noun && self.describer_end(k)
                    }
            })
        })
    }

    /// `words` hold a word [`Self::without_droppable`] drops: found without copying them.
    fn drops_any(&self, words: &[usize]) -> bool {
        (0..words.len()).any(|i| self.drop_at(words, i).is_some())
    }

    /// `words` without what a headline with no room drops (None when nothing): a run of
    /// [`Lex::LegalForms`] with their periods (after an "&" or a comma) that ends a name after
    /// a word of it ("Acme Corp.", "Dow Jones & Co.", "Acme, Inc."), and a word of
    /// [`Lex::WholeQuantifiers`] with its "of" before a determiner ("all of the shares").
    pub(super) fn without_droppable(&self, words: &[usize]) -> Option<Vec<usize>> {
        let mut out: Vec<usize> = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if let Some(end) = self.drop_at(words, i) {
                i = end;
                continue;
            }
            out.push(words[i]);
            i += 1;
        }
        (out.len() < words.len() && !out.is_empty()).then_some(out)
    }

    /// The end of the words a headline with no room drops from `words[i]` on, if it drops
    /// any there (see [`Self::without_droppable`]).
    fn drop_at(&self, words: &[usize], i: usize) -> Option<usize> {
        if let Some(end) = self.describers_before_name(words, i) {
            return Some(end);
        }
        let w = words[i];
        // "a 31-year-old local man": the age that describes the noun ending the words; not
        // in a longer phrase, whose noun the cut
        // may leave ("holding a 30-year-old man [the police] ...").
        let age_at = |n: usize| {
            words.get(n).is_some_and(|&a| is_age(self.word(a)))
                && words.len() > n + 1
                && words[n + 1..]
                    .iter()
                    .all(|&k| matches!(self.class(k), Class::Noun | Class::Name))
        };
        if age_at(i) {
            return Some(i + 1);
        }
        if matches!(self.word(w), "a" | "an") && age_at(i + 1) {
            // The article stays where its form fits the word after the age ("a local man"),
            // else it goes with the age ("an 80-year-old man" is not "an man").
            let vowel = self
                .word(words[i + 2])
                .starts_with(['a', 'e', 'i', 'o', 'u']);
            if vowel != (self.word(w) == "an") {
                return Some(i + 2);
            }
        }
        if self.tokens[w].is_lex(Lex::WholeQuantifiers) {
            let determiner = |n: usize| {
                words
                    .get(n)
                    .is_some_and(|&d| matches!(self.class(d), Class::Det | Class::Poss))
            };
            // "all the parties" is "the parties" as "all of the parties" is.
            if determiner(i + 1) {
                return Some(i + 1);
            }
            let quantifier =
                words.get(i + 1).is_some_and(|&o| self.word(o) == "of") && determiner(i + 2);
            return quantifier.then_some(i + 2);
        }
        self.legal_run(words, i)
    }

    /// `tokens[k]` is a common noun right before a name of two capitalised words or more that
    /// heads its phrase: the last word of what describes the name ("retailer Weisfield
    /// Brothers", not "major Soviet offensive").
    // Inlined, a word that is no common noun in lower case answers at once.
    #[inline(always)]
    fn describer_end(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.is_word() && !t.capitalized && self.class(k) == Class::Noun && self.noun_before_name(k)
    }

    /// [`Self::describer_end`] of a common noun in lower case.
    fn noun_before_name(&self, k: usize) -> bool {
        if self.tokens[k].is_lex(Lex::NumberWords) {
            return false;
        }
        // ("retailer Weisfield's Inc.": a possessive before a legal form is a word of the name.)
        let name = (k + 1..self.tokens.len().min(k + 1 + DESCRIBERS))
            .take_while(|&n| {
                (self.tokens[n].capitalized && self.class(n) == Class::Name)
                    || (self.class(n) == Class::Poss
                        && n + 1 < self.tokens.len()
                        && self.legal_form(n + 1))
            })
            .count();
        name >= 2
            && self.tokens.get(k + 1 + name).is_none_or(|a| {
                !(a.is_word()
                    && !a.capitalized
                    && matches!(self.class(k + 1 + name), Class::Noun | Class::Verb))
            })
    }

    /// The end of the words that describe a name at the start of a noun phrase, from
    /// `words[i]` on: an article, then at most [`DESCRIBERS`] words in lower case (a
    /// nationality may open them) that end in a common noun before the name: "the regional
    /// jewelry retailer Weisfield Brothers" is "Weisfield Brothers" in a headline.
    fn describers_before_name(&self, words: &[usize], i: usize) -> Option<usize> {
        let article = self.class(words[i]) == Class::Det;
        // Where a noun phrase starts: a phrase's first word, an article, or after a
        // preposition (not after a verb: "playing left arm spinner X").
        if i > 0 && !article && self.class(words[i - 1]) != Class::Prep {
            return None;
        }
        let start = i + usize::from(article);
        let mut k = start;
        while k < words.len() && k < start + DESCRIBERS {
            let w = words[k];
            if k > i && w != words[k - 1] + 1 {
                return None;
            }
            let t = &self.tokens[w];
            if !matches!(self.class(w), Class::Noun | Class::Name)
                || (k > start && t.capitalized)
                || t.is_lex(Lex::NumberWords)
            {
                return None;
            }
            if self.describer_end(w) {
                // The name follows within the phrase.
                return words
                    .get(k + 1)
                    .is_some_and(|&n| n == w + 1)
                    .then_some(k + 1);
            }
            k += 1;
        }
        None
    }

    /// `tokens[k]` is a word of [`Lex::LegalForms`] with its capital, its periods aside
    /// ("N.V.", "S.p.A.").
    // Inlined, a word in lower case answers at once: asked of each word a title may drop.
    #[inline(always)]
    fn legal_form(&self, k: usize) -> bool {
        self.tokens[k].capitalized && self.capitalised_legal_form(k)
    }

    /// [`Self::legal_form`] of a capitalised word.
    fn capitalised_legal_form(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        if t.is_lex(Lex::LegalForms) {
            return true;
        }
        let word = self.word(k);
        if word.len() > 8 || !word.contains('.') {
            return false;
        }
        let mut letters = [0u8; 8];
        let mut n = 0;
        for b in word.bytes().filter(|&b| b != b'.') {
            letters[n] = b;
            n += 1;
        }
        std::str::from_utf8(&letters[..n]).is_ok_and(|w| is(Lex::LegalForms, w))
    }

    /// The end of the run of legal forms that starts at `words[i]`, when the run ends a name:
    /// a word of the name before it, no capital, possessive or word glued after it ("Service
    /// Corp. International", "Acme Corp.'s"), and a form besides a lone noun ("Partnership"
    /// only after "Limited").
    fn legal_run(&self, words: &[usize], i: usize) -> Option<usize> {
        let mut j = i;
        if matches!(self.word(words[j]), "," | "&") {
            j += 1;
        }
        if !words.get(j).is_some_and(|&k| self.legal_form(k)) {
            return None;
        }
        let before = words[i.checked_sub(1)?];
        // "Weisfield's Inc.": a name in the possessive before its form, which reads whole.
        let owner_name = self.class(before) == Class::Poss
            && i > 1
            && self.class(words[i - 2]) == Class::Name
            && words[i - 2] + 1 == before;
        if (self.class(before) != Class::Name && !owner_name)
            || self.legal_form(before)
            || self.word(before) == "."
        {
            return None;
        }
        let mut forms = 0;
        while j < words.len()
            && (self.legal_form(words[j]) || (forms > 0 && self.word(words[j]) == "."))
            && words[j] == words[j - 1] + 1
        {
            if self.legal_form(words[j]) && self.word(words[j]) != "partnership" {
                forms += 1;
            }
            j += 1;
        }
        let last = words[j - 1];
        // (A comma or period may touch it: "Acme Corp., the maker".)
        let ends = self.tokens.get(last + 1).is_none_or(|a| {
            !a.capitalized
                && self.class(last + 1) != Class::Poss
                && (a.span.start != self.tokens[last].span.end
                    || self.class(last + 1) == Class::Punct)
        });
        (forms > 0 && ends).then_some(j)
    }
}

/// A name from before ("it" for "Acme Corp.") without the legal forms that end it, as
/// [`Titles::legal_run`] drops them from the words of the sentence; None when none ends it.
fn without_legal_form(text: &str) -> Option<String> {
    if !ends_in_legal_form(text) {
        return None;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let kept = words.len() - words.iter().rev().take_while(|w| legal_word(w)).count();
    let forms = &words[kept..];
    if kept == 0 || forms.iter().all(|w| w.eq_ignore_ascii_case("partnership")) {
        return None;
    }
    // "Dow Jones & Co.", "Acme, Inc.": the "&" or comma goes with the form.
    let mut name = words[..kept].join(" ");
    if name.ends_with(" &") {
        name.truncate(name.len() - 2);
    }
    let name = name.trim_end_matches(',').to_string();
    (!name.is_empty() && name != text).then_some(name)
}

/// The last word of `text` is a legal form ("Acme Corp.").
fn ends_in_legal_form(text: &str) -> bool {
    text.rsplit(' ').next().is_some_and(legal_word)
}

/// `word` is a word of [`Lex::LegalForms`] with its capital, its periods and commas aside.
fn legal_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && is(
            Lex::LegalForms,
            &word.replace(['.', ','], "").to_lowercase(),
        )
}

/// `word` (in lower case) tells an age: "35-year-old", "twenty-eight-year-old".
fn is_age(word: &str) -> bool {
    word.len() > "-year-old".len() && word.ends_with("-year-old")
}

#[cfg(test)]
mod tests {
    use super::without_legal_form;

    #[test]
    fn a_name_from_before_loses_its_legal_form_only() {
        assert_eq!(
            without_legal_form("Brell Paper Corp.").as_deref(),
            Some("Brell Paper")
        );
        assert_eq!(
            without_legal_form("Wexley & Co.").as_deref(),
            Some("Wexley")
        );
        assert_eq!(
            without_legal_form("Ardent Limited Partnership").as_deref(),
            Some("Ardent")
        );
        // Nothing to drop, or nothing left.
        assert_eq!(without_legal_form("the Coastal Partnership"), None);
        assert_eq!(without_legal_form("Corp."), None);
        assert_eq!(without_legal_form("the harbour board"), None);
    }
}
