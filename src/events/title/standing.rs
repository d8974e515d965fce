//! Word classes the chunker cannot tell from a word's neighbours on one side, set right from
//! both: a demonstrative standing alone as a subject ("This led to a strike"), the verb after
//! a pronoun that is only ever a subject ("we object") or after an adverb of the verb group
//! ("the bank again cut rates"), and a hedge before a verb ("had almost fully conquered").

use super::super::chunk::{Class, Lex, ends_in_plural_s};
use super::super::lookup::Form;
use super::super::words::{Token, VERB_ADVERBS};

/// Sets the classes of `tokens` (whose temporal expressions `remove` marks) that only the
/// words on both sides tell: one pass, each word looking at most a few words ahead.
pub(super) fn set_standing(classes: &mut [Class], tokens: &[Token], remove: &[bool]) {
    for i in 0..tokens.len().saturating_sub(1) {
        // Each test below is of one class of word, or two: one look at the class passes the
        // rest by.
        let class = classes[i];
        let hedge = i > 0 && classes[i - 1] == Class::Aux;
        if !(matches!(class, Class::Det | Class::Adv | Class::Pron | Class::Name)
            || (hedge && matches!(class, Class::Verb | Class::Noun)))
        {
            continue;
        }
        let next = classes[i + 1];
        // "This led to a strike", "These included ...": before a past form that no noun
        // follows, "this" stands for what was told before ("this used car" is a determiner).
        if classes[i] == Class::Det
            && matches!(tokens[i].lower.as_str(), "this" | "these")
            && next == Class::Verb
            && !tokens[i + 1].lower.ends_with("ing")
            && !matches!(classes.get(i + 2), Some(Class::Noun | Class::Name))
        {
            classes[i] = Class::Pron;
            continue;
        }
        // "The bank again cut rates", "they also cut": a listed verb read as a noun after an
        // adverb of the verb group that follows a noun phrase, before an object.
        if i > 0
            && classes[i] == Class::Adv
            && tokens[i].is(VERB_ADVERBS)
            && matches!(classes[i - 1], Class::Noun | Class::Name | Class::Pron)
            && next == Class::Noun
            && tokens[i + 1].has(Form::PresentVerb)
            && !tokens[i + 1].capitalized
            && matches!(
                classes.get(i + 2),
                Some(Class::Det | Class::Poss | Class::Noun | Class::Num)
            )
        {
            classes[i + 1] = Class::Verb;
            continue;
        }
        // "had almost fully conquered": a hedge after an auxiliary, before a verb or an
        // adverb, is the verb group's (the chunker reads a verb right after an auxiliary).
        if i > 0
            && classes[i - 1] == Class::Aux
            && matches!(classes[i], Class::Verb | Class::Noun)
            && tokens[i].is_lex(Lex::HedgeAdverbs)
            && matches!(next, Class::Adv | Class::Verb)
        {
            classes[i] = Class::Adv;
            continue;
        }
        // "I" is read as a name, as capitals are ("World War I", "Phase I trials").
        let pronoun = classes[i] == Class::Pron
            || (classes[i] == Class::Name
                && tokens[i].lower == "i"
                && (i == 0 || !tokens[i - 1].capitalized));
        if !(pronoun && tokens[i].is_lex(Lex::SubjectPronouns)) {
            continue;
        }
        // "they further invaded": between a subject pronoun and its verb, no noun.
        let plain = |k: usize| {
            classes[k] == Class::Noun
                && tokens[k].is_word()
                && !tokens[k].capitalized
                // "we've", "would've": a contraction is an auxiliary the lists lack.
                && !tokens[k].lower.contains('\'')
        };
        // A verb in "-ing" is the object of the word before ("we love sailing").
        if plain(i + 1)
            && classes.get(i + 2) == Some(&Class::Verb)
            && !tokens[i + 2].lower.ends_with("ing")
        {
            classes[i + 1] = Class::Adv;
            continue;
        }
        // "we object", "I formally request", "we today accept": after the first person, past
        // adverbs and the date, a plain word is the verb ("we reporters" names the speakers).
        if !tokens[i].is_lex(Lex::ResolvablePronouns) {
            let verb = (i + 1..tokens.len().min(i + 4))
                .find(|&k| !(remove[k] || classes[k] == Class::Adv))
                .filter(|&k| plain(k) && !ends_in_plural_s(&tokens[k].lower));
            if let Some(k) = verb {
                classes[k] = Class::Verb;
                // "we expect that sales will fall": "that" after the verb opens what it
                // reports when a verb follows before the clause ends.
                let reports = tokens.get(k + 1).is_some_and(|t| t.lower == "that")
                    && classes[k + 1] == Class::Det
                    && classes[k + 2..classes.len().min(k + 8)]
                        .iter()
                        .take_while(|&&c| c != Class::Punct)
                        .any(|&c| matches!(c, Class::Verb | Class::Aux));
                if reports {
                    classes[k + 1] = Class::Sub;
                }
            }
        }
    }
}
