//! "Vexa halted work on the pier. The company resumed work": with no business in reach that
//! the look for a suffix or a mark finds, "the company" (or "the group") is the body the
//! sentence before has as its subject, when that sentence names no other that may be meant:
//! a name with a body's words ("the WHO", "Tarvo Trust"), or one name alone that the text
//! tells inside a sentence and never as a person's. Not "Smith resigned. The company said"
//! after "John Smith", nor "The council fined Vexa. The company said" (either may be meant),
//! nor when a business named or marked before is another, nor a party a relative clause
//! counts in people ("The group, which includes 30 hikers, was found").

use super::super::super::chunk::has_ending;
use super::super::super::words::past_first_word;
use super::super::subject::{Subject, Who};
use super::super::{Class, Lex, OFFICES, Titles, Token, is, is_in};
use super::business::BUSINESS_REACH;
use super::marked_business::{MARK_REACH, told_inside_sentence};
use super::person::is_person_word;

/// The most words of a body's name.
const NAME_WORDS: usize = 5;

/// How many words may stand between a verb of containing and its count: "includes more
/// than 30", "consists of some 30".
const COUNT_REACH: usize = 3;

/// How many words may stand between a count and its noun: "30 stranded hikers".
const COUNTED_REACH: usize = 2;

/// The noun at `tokens[noun]` opens, after a comma, a relative clause that counts the people
/// it is made of ("The group, which includes 30 hikers,"): a party of those people, told to
/// the reader, no body named before (see `[containing_verbs]` in `titles.txt`).
fn counts_its_people(tokens: &[Token], noun: usize) -> bool {
    let at = |k: usize| tokens.get(k).filter(|t| t.is_word());
    let opens = tokens.get(noun + 1).is_some_and(|t| t.lower == ",")
        && at(noun + 2).is_some_and(|t| t.is_lex(Lex::WhRelatives))
        && at(noun + 3).is_some_and(|t| t.is_lex(Lex::ContainingVerbs));
    if !opens {
        return false;
    }
    let Some(count) = (noun + 4..noun + 4 + COUNT_REACH)
        .take_while(|&k| at(k).is_some())
        .find(|&k| tokens[k].has_digit() || tokens[k].is_lex(Lex::NumberWords))
    else {
        return false;
    };
    (count + 1..=count + 1 + COUNTED_REACH)
        .map_while(at)
        .any(|t| {
            let single = t.lower.strip_suffix('s').unwrap_or(&t.lower);
            let people = [t.lower.as_str(), single]
                .iter()
                .any(|w| is_in(OFFICES, w) || is(Lex::PersonWords, w))
                || has_ending(&t.lower, &[Lex::AgentEndings]);
            people && !t.is_lex(Lex::MembershipNouns)
        })
}

impl Titles<'_> {
    /// The body the sentence before has as its subject, which "the company" or "the group" at
    /// `tokens[the]` stands for (see the module's note).
    pub(super) fn subject_body(&self, the: usize) -> Option<String> {
        self.subject_body
            .get_or(the, || self.subject_body_before(the))
    }

    /// [`Self::subject_body`], looked for.
    fn subject_body_before(&self, the: usize) -> Option<String> {
        // Only a title's own sentence looks back so: one read as the sentence before tells its
        // subject as written ("The company said" there is no body's name).
        // Another name before it in its own sentence may be meant: "Kemp said the company".
        if self.hops > 0
            || counts_its_people(self.tokens, the + 1)
            || (0..the).any(|j| self.may_be_meant(j, j..j))
        {
            return None;
        }
        // Cheapest first: the subject before, read once a sentence, is a name at all.
        let named = self
            .previous_name
            .get_or_init(|| self.previous_sentence(|t| t.first_subject()))
            .as_ref()
            .is_some_and(|p| p.named && !p.plural && p.who != Who::Person);
        let body = if named {
            self.previous_sentence(|t| t.body_as_subject_alone())?
        } else if self.previous_sentence(|t| Some(t.names_no_body())) == Some(true) {
            // "Vexa began work. The site is a mile away. The company said": a sentence that
            // names no body is passed over, once.
            self.previous_sentence(|t| t.previous_sentence(|u| u.body_as_subject_alone()))?
        } else {
            return None;
        };
        let short = body.strip_prefix("The ").unwrap_or(&body);
        let told = |name: &str| name.starts_with(short) || short.starts_with(name);
        let here = self.tokens[the].span.start;
        let from = self.reach_back(here, BUSINESS_REACH);
        if let Some(lead) = self.lead_business(here, &self.text.as_bytes()[from..here])
            && !told(lead)
        {
            return None;
        }
        // A business named with a suffix in reach, or marked as one, that is another.
        if self.may_name_business(from, here) {
            let before = self.words_at(from..here);
            let named = self.businesses_in(&before, from > 0, true, None)?;
            if !named.iter().all(|n| told(n)) {
                return None;
            }
        }
        (!self.marks_another(here, short)).then_some(body)
    }

    /// This sentence names no body a later "the company" may mean: its subject is no name
    /// ("The new site is a mile away"), and no other name heads a phrase of its own.
    fn names_no_body(&self) -> bool {
        let subject = self.first_subject();
        subject.is_some_and(|s| !s.named)
            && !(0..self.tokens.len()).any(|j| self.may_be_meant(j, j..j))
    }

    /// The subject of this sentence's first verb with a tense, when it is a body's name, and
    /// the sentence names no other that may be meant ([`Self::may_be_meant`]).
    fn body_as_subject_alone(&self) -> Option<String> {
        let (_, Subject::Words(words)) = self.first_verb_and_subject()? else {
            return None;
        };
        let names = match words.split_first() {
            Some((&the, rest)) if self.word(the) == "the" => rest,
            _ => &words[..],
        };
        let (&first, &last) = (names.first()?, names.last()?);
        if names.len() > NAME_WORDS || names.iter().any(|&w| self.class(w) != Class::Name) {
            return None;
        }
        let found = self.candidate(&words);
        if !found.named || found.plural || found.who == Who::Person {
            return None;
        }
        let body = self.names_a_body(names);
        if !(body || (first == last && self.lone_name(first))) {
            return None;
        }
        let own = words[0]..last + 1;
        let others =
            (0..self.tokens.len()).any(|j| !own.contains(&j) && self.may_be_meant(j, own.clone()));
        (!others).then_some(found.text)
    }

    /// `tokens[w]`, a name of one word that is no body's by its words, is a name and no
    /// person's: the text tells it with its capital inside a sentence (a capitalised first word
    /// may be any noun: "Trading halted"), never after a first name or a title, and it is no
    /// first name, people's adjective, day or word of results itself.
    fn lone_name(&self, w: usize) -> bool {
        let t = &self.tokens[w];
        let word = t.lower.as_str();
        if t.is_lex(Lex::MaleNames)
            || t.is_lex(Lex::FemaleNames)
            || is_person_word(t)
            || t.is_lex(Lex::WeekdayNames)
            || t.is_lex(Lex::ResultsNouns)
            || has_ending(word, &[Lex::PeopleAdjectiveEndings])
            || self.named_in_full_before(w)
        {
            return false;
        }
        if past_first_word(self.tokens, w) {
            return true;
        }
        let here = t.span.start;
        let window = &self.text[self.reach_back(here, MARK_REACH)..here];
        let name = &self.text[t.span.clone()];
        told_inside_sentence(window, name)
    }

    /// `tokens[j]` opens a name, outside the words `own`, that may be the body a later "the
    /// company" means: one that heads its phrase (not "U.S. lawmakers", nor an owner told by
    /// its mark, "Kettig's shares"), after no preposition ("in Ohio"), and no person's.
    fn may_be_meant(&self, j: usize, own: std::ops::Range<usize>) -> bool {
        let opens = self.class(j) == Class::Name
            && !self.remove[j]
            && !(j > 0 && self.class(j - 1) == Class::Name);
        if !opens || own.contains(&j) {
            return false;
        }
        let n = self.tokens.len();
        let mut end = j;
        while end + 1 < n && end + 1 - j < NAME_WORDS && self.class(end + 1) == Class::Name {
            end += 1;
        }
        let heads = end + 1 >= n || !matches!(self.class(end + 1), Class::Noun | Class::Poss);
        let before = |k: usize| j.checked_sub(k).map(|b| self.class(b));
        let placed = before(1) == Some(Class::Prep)
            || (j > 1 && self.word(j - 1) == "the" && before(2) == Some(Class::Prep));
        if !heads || placed {
            return false;
        }
        // A surname alone is a person's when the text gave it in full before: that look back
        // over the text is asked last, of a name that may still be meant.
        let person = (j.saturating_sub(1)..=end).any(|k| {
            let t = &self.tokens[k];
            is_person_word(t) || t.is_lex(Lex::MaleNames) || t.is_lex(Lex::FemaleNames)
        }) || (j == end && self.named_in_full_before(j));
        !person
    }
}
