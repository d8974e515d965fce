//! Word classes a title mends after the chunker, where the sentence's dates (left out of
//! the title) or a word two places off tell what the chunker could not: "U.S. forces Thursday
//! launched" (a noun before the date), "about 12,000 suspected opponents" (a describer), "its
//! bid, due to expire" (a participle).

use super::super::chunk::{Class, Lex, ends_in_plural_s, is};
use super::super::lookup::Form;
use super::super::words::{ARTICLES, Token};
use super::{
    and_present, dated_gerund, dated_participle, is_past_participle, joined_gerund, says_token,
    standing,
};

/// Mends `classes`, the chunker's classes of `tokens` (`remove` marks the dates).
pub(super) fn mend(classes: &mut [Class], tokens: &[Token], remove: &[bool]) {
    // "U.S. forces Thursday launched": a present form after a noun, then only a date
    // before a verb, is a noun (the chunker does not know the date).
    for i in 1..tokens.len() {
        // "about 12,000 suspected opponents", "the second named storm": a participle
        // between a number that is no date (or an ordinal) and a noun describes the noun.
        let describes = classes[i] == Class::Verb
            && classes.get(i + 1) == Some(&Class::Noun)
            && tokens[i].lower.ends_with("ed")
            && tokens[i + 1].is_word()
            && !remove[i - 1]
            && (classes[i - 1] == Class::Num || tokens[i - 1].is_lex(Lex::OrdinalWords));
        if describes {
            classes[i] = Class::Noun;
            continue;
        }
        // "its bid, due to expire Friday,": "due" before an infinitive after a noun or its
        // comma does what "expected" does there (a participle whose "be" is left out).
        // (The rare "to" after it first: every token of the sentence is asked.)
        let due = classes.get(i + 1) == Some(&Class::To)
            && classes.get(i + 2) == Some(&Class::Verb)
            && tokens[i].lower == "due"
            && (matches!(classes[i - 1], Class::Noun | Class::Name) || tokens[i - 1].lower == ",");
        if due {
            classes[i] = Class::Verb;
            continue;
        }
        // "a two hour meeting": an "-ing" form after an article and a length is a noun, as
        // it is right after the article; so is any verb form after a length in one word
        // ("a 72-hour forecast").
        let gerund = i >= 3
            && classes[i] == Class::Verb
            && tokens[i].lower.ends_with("ing")
            && tokens[i - 1].is_lex(Lex::LengthUnits)
            && classes[i - 2] == Class::Num
            && tokens[i - 3].is(ARTICLES);
        let after_length = i >= 2
            && classes[i] == Class::Verb
            && tokens[i - 2].is(ARTICLES)
            && tokens[i - 1]
                .lower
                .rsplit_once('-')
                .is_some_and(|(_, unit)| is(Lex::LengthUnits, unit));
        if gerund
            || after_length
            || dated_gerund::is_dated_gerund(classes, tokens, remove, i)
            || joined_gerund::is_joined_gerund(classes, tokens, i)
        {
            classes[i] = Class::Noun;
            continue;
        }
        // "took 13 percent of the vote, and hopes to win": a present form of a listed verb
        // after "and", before an infinitive (or an object, after a comma), is the verb
        // of a second clause with the same subject.
        let next = classes.get(i + 1).copied();
        let second_verb = classes[i] == Class::Noun
            && tokens[i].has(Form::PresentVerb)
            && tokens[i].lower.ends_with('s')
            && tokens[i - 1].lower == "and"
            && (next == Some(Class::To)
                || (i >= 2
                    && tokens[i - 2].lower == ","
                    && matches!(next, Some(Class::Det | Class::Poss | Class::Pron))));
        if second_verb {
            classes[i] = Class::Verb;
            continue;
        }
        if let Some(first) = and_present::second_present(classes, tokens, remove, i) {
            classes[first] = Class::Verb;
            classes[i] = Class::Verb;
            classes[i + 1] = Class::Noun;
            continue;
        }
        // "New laws requiring all toys to be tested, come into effect": a listed verb's
        // present form after the comma that closes a participle's clause after the
        // sentence's opening noun phrase is the sentence's verb.
        if classes[i] == Class::Noun
            && tokens[i].has(Form::PresentVerb)
            && !tokens[i].capitalized
            && tokens[i - 1].lower == ","
            && opens_with_participle_clause(classes, tokens, i - 1)
        {
            classes[i] = Class::Verb;
            continue;
        }
        // "were locked in private talks": a present form one word into a preposition's
        // phrase that completes a verb is that phrase's noun (the phrase is no subject).
        let in_phrase = i >= 3
            && classes[i] == Class::Verb
            && ends_in_plural_s(&tokens[i].lower)
            && classes[i - 1] == Class::Noun
            && !tokens[i - 1].capitalized
            && !remove[i - 1]
            && classes[i - 2] == Class::Prep
            && tokens[i - 2].lower != "of"
            && classes[i - 3] == Class::Verb
            && !says_token(&tokens[i - 3]);
        if in_phrase {
            classes[i] = Class::Noun;
            continue;
        }
        let present = classes[i] == Class::Verb
            && tokens[i].lower.ends_with('s')
            && matches!(classes[i - 1], Class::Noun | Class::Name)
            && remove.get(i + 1) == Some(&true);
        if present
            && (i + 1..tokens.len())
                .find(|&k| !remove[k])
                .is_some_and(|k| {
                    classes[k] == Class::Aux
                        || (classes[k] == Class::Verb && is_past_participle(&tokens[k].lower))
                })
        {
            classes[i] = Class::Noun;
        }
        dated_participle::set_verb_before_date(classes, tokens, remove, i);
    }
    standing::set_standing(classes, tokens, remove);
}

/// The words before `tokens[comma]` are a noun phrase that opens the sentence and a clause
/// of a participle that describes it: an "-ing" form, or a past participle before "to"
/// ("Heavy rain forecast to hit the coast"), then only noun phrases, prepositions and
/// infinitives ("to be tested").
fn opens_with_participle_clause(classes: &[Class], tokens: &[Token], comma: usize) -> bool {
    let Some(p) = (1..comma).find(|&j| classes[j] == Class::Verb) else {
        return false;
    };
    let word = &*tokens[p].lower;
    let participle = word.ends_with("ing")
        || (is_past_participle(word) && classes.get(p + 1) == Some(&Class::To));
    let noun_phrase = (0..p).all(|j| {
        matches!(
            classes[j],
            Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
        )
    }) && matches!(classes[p - 1], Class::Noun | Class::Name);
    // After "to", a verb or "be" and its participle; an "-ing" form after a noun
    // ("products containing soy"), a past participle before a noun ("genetically modified
    // (GM) crops").
    let clause = (p + 1..comma).all(|j| match classes[j] {
        Class::Punct => matches!(&*tokens[j].lower, "(" | ")"),
        Class::Sub | Class::Coord => false,
        Class::Aux => classes[j - 1] == Class::To,
        Class::Verb => {
            let word = &*tokens[j].lower;
            matches!(classes[j - 1], Class::To | Class::Aux)
                || (word.ends_with("ing") && classes[j - 1] == Class::Noun)
                || (is_past_participle(word)
                    && (classes.get(j + 1) == Some(&Class::Noun)
                        || tokens.get(j + 1).is_some_and(|t| t.lower == "(")))
        }
        _ => true,
    });
    participle && noun_phrase && clause
}
