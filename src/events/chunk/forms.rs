//! Whether a verb's form is a verb or a word of a noun phrase: an "-ed" or "-ing" form
//! ("a failed mission", "the heavy fighting") and a present form after a noun phrase ("Israel
//! wants", "production costs").

use super::super::words::{DETERMINERS, Token, past_first_word};
use super::around::{
    before_saying, closes_relative_aside, compound_before_gerund, describes, heads_plural_subject,
    in_object, in_object_phrase, is_function, is_past_verb, is_present_form, is_verb_lemma,
    names_office, next_is_verb, number_after_determiner, object_follows, object_of_verb, opened_by,
    plural_head_of, relative_follows, relative_verb_follows, reports_next, verb_follows,
};
use super::{Class, Lex, ends_in_plural_s, is, starts_number};
use crate::events::detect::{
    after_comma_relative, after_opening_subject, between_name_and_object, describes_subject,
};
use crate::events::words::PREPOSITIONS;

/// The class of the "-ed" (`past`) or "-ing" (`ing`) form `tokens[i]`, given the classes
/// `before` it: a verb, or a word of a noun phrase.
pub(super) fn participle_class(
    tokens: &[Token],
    i: usize,
    before: &[Class],
    past: bool,
    ing: bool,
) -> Class {
    let prev = before.last().copied();
    let prev2 = before.len().checked_sub(2).map(|p| before[p]);
    let w = tokens[i].lower.as_str();
    // "a 2007 televised address": an -ed form after a number a determiner opens describes
    // the noun too; after another number it is the verb ("the crisis in 1995-96
    // escalated"). "the most wanted list", "a newly elected president": past a word of
    // degree or an adverb too.
    let after_det = matches!(prev, Some(Class::Det | Class::Poss))
        || (i > 0 && tokens[i - 1].is_lex(Lex::DegreeWords))
        || (prev == Some(Class::Adv) && matches!(prev2, Some(Class::Det | Class::Poss)))
        || (prev == Some(Class::Num) && w.ends_with("ed") && number_after_determiner(tokens, i));
    let before_noun = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_word() && !n.is(PREPOSITIONS) && !is_function(n));
    // "an initial public offering of shares": an "-ing" form that ends a noun phrase a
    // determiner opened, before "of", is its noun.
    let phrase_noun = ing
        && tokens.get(i + 1).is_some_and(|n| n.lower == "of")
        && opened_by(before, i, Class::Det, |c| c == Class::Noun);
    if phrase_noun {
        return Class::Noun;
    }
    // "a failed mission", "the proposed discontinuation": a participle describing a noun;
    // "trading opened": a gerund as a subject.
    // "the 1998 bombing": an -ing form after a number names the event.
    let subject_gerund = ing && (next_is_verb(tokens, i) || prev == Some(Class::Num));
    // "in late trading", "the heavy fighting": after a word that describes it, with no
    // object after it.
    let described_gerund = ing
        && prev == Some(Class::Noun)
        && matches!(prev2, Some(Class::Prep | Class::Det))
        && !object_follows(tokens, i);
    // "the Cabinet meeting, which", "the G-20 meeting in": after names a determiner
    // opens, the names describe the noun (a name with no determiner may be the subject
    // of a clause: "with Lee surrendering").
    let named_gerund = ing
        && prev == Some(Class::Name)
        && !object_follows(tokens, i)
        && (opened_by(before, i, Class::Det, |c| c == Class::Name)
            || opened_by(before, i, Class::Poss, |c| c == Class::Name));
    let office_gerund = ing && prev == Some(Class::Name) && names_office(tokens, i);
    // "of U.S. bombing in", "forestalled further diplomatic maneuvering by".
    let compound_gerund = ing && !described_gerund && compound_before_gerund(tokens, i, before);
    // "in preferred shares", "after reported losses": a past form between a preposition
    // and its noun describes the noun.
    let described_noun = past && !ing && prev == Some(Class::Prep) && before_noun;
    // "its 6% convertible subordinated debentures", "a previously announced plan": after
    // a phrase's first word that describes (an adverb in "-ly", an adjective by its
    // ending), a past form before the noun describes it too.
    let describes_too = past
        && !ing
        && before_noun
        && prev == Some(Class::Noun)
        && matches!(
            prev2,
            Some(Class::Det | Class::Poss | Class::Num | Class::Prep)
        )
        && describes(&tokens[i - 1]);
    // "will redeem 4.5 million Series B preferred shares": a past form in "-ed" between
    // an object's words and a noun in lower case describes that noun.
    // Not before a number: "the hut freed two climbers" ("two freed climbers" describes).
    let in_object_phrase = past
        && w.ends_with("ed")
        && before_noun
        && tokens
            .get(i + 1)
            .is_some_and(|n| !n.capitalized && !starts_number(n))
        && matches!(prev, Some(Class::Noun | Class::Name | Class::Num))
        && object_of_verb(tokens, i, before, false);
    // "a radical armed group with ties to Oslo has helped": before the noun of a
    // subject whose verb follows.
    let in_subject = past && !ing && describes_subject(tokens, i);
    // "12 small or exiled states", "a costly and protracted war": after "and" or "or"
    // that joins it to a describer a phrase opens with, a past form before a noun
    // describes that noun too ("rebels regrouped and attacked towns" joins verbs).
    let joined_describer = past
        && !ing
        && before_noun
        && prev == Some(Class::Coord)
        && prev2 == Some(Class::Noun)
        && !tokens[i - 2].capitalized
        && !ends_in_plural_s(&tokens[i - 2].lower)
        // A subject's noun before its verb, or after a word that describes by its ending
        // ("killed 20 people and injured 70 others" joins verbs).
        && (verb_follows(tokens, i + 1) || describes(&tokens[i - 2]))
        && before.len().checked_sub(3).is_none_or(|p| {
            matches!(
                before[p],
                Class::Det | Class::Poss | Class::Num | Class::Noun | Class::Prep | Class::Punct
            )
        });
    if described_gerund
        || named_gerund
        || office_gerund
        || in_subject
        || compound_gerund
        || described_noun
        || describes_too
        || in_object_phrase
        || joined_describer
    {
        return Class::Noun;
    }
    if subject_gerund || after_det && (before_noun || ing) {
        Class::Noun
    } else {
        Class::Verb
    }
}

/// The class of the word `tokens[i]`, no "-ed" or "-ing" form, given the classes `before` it:
/// a present form's verb after a noun phrase, else a noun or a name.
pub(super) fn present_class(tokens: &[Token], i: usize, before: &[Class]) -> Class {
    let prev = before.last().copied();
    let prev2 = before.len().checked_sub(2).map(|p| before[p]);
    let t = &tokens[i];
    let w = t.lower.as_str();
    let listed = |lex: Lex| t.is_lex(lex);
    let first = || !past_first_word(tokens, i);
    // "Israel wants", "officials say": a verb's present form right after a noun phrase.
    // The verb agrees with its subject: "wants" after a singular, "say" after a plural or a
    // pronoun; and a verb is not followed by another ("the forces attacked").
    // "Poughkeepsie also expects": past an adverb.
    let adverb = usize::from(
        prev == Some(Class::Adv) && matches!(prev2, Some(Class::Noun | Class::Name | Class::Pron)),
    );
    let prev = if adverb == 1 { prev2 } else { prev };
    let after_subject = || {
        matches!(prev, Some(Class::Noun | Class::Name | Class::Pron))
            && !in_object(tokens, i - adverb, before)
            && !(ends_in_plural_s(w) && in_object_phrase(tokens, i - adverb, before))
    };
    let agrees = || {
        let singular = tokens[i - 1 - adverb].is_lex(Lex::ThirdSingularPronouns);
        // "the police say": a plural without "-s" agrees too.
        let plural =
            |k: usize| ends_in_plural_s(&tokens[k].lower) || tokens[k].is_lex(Lex::PluralNouns);
        let plural_subject =
            prev == Some(Class::Pron) || (prev == Some(Class::Noun) && plural(i - 1 - adverb));
        if ends_in_plural_s(w) {
            !plural_subject || prev == Some(Class::Pron) && singular
        } else {
            // A plain form may agree with the head before an "of" phrase.
            (plural_subject || plural_head_of(tokens, i - adverb, before).is_some_and(plural))
                && !singular
        }
    };
    // "the governments, which cosponsor the talks": after a relative pronoun that follows
    // its comma, the verb of the relative clause.
    // "a club that lends boats has closed": after a relative pronoun right after the noun it
    // stands for, a form in "-s" before a noun phrase is the relative clause's verb.
    let after_relative = !t.capitalized
        && (after_comma_relative(tokens, i)
            || i >= 1 && relative_verb_follows(tokens, i - 1, &before[..i - 1]));
    // "Unisys Corp., a maker of computers, cut its dividend": a verb's form after the comma
    // that closes an apposition, before a possessive that opens its object.
    let before_owner = i >= 1
        && is_verb_lemma(t)
        && tokens[i - 1].lower == ","
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_lex(Lex::ThirdPersonPossessives));
    // "The dog, which barked all night, needs a home": a present form after the comma
    // that closes a relative clause between commas is the verb of the noun before it.
    let after_relative_aside = i >= 1
        && is_present_form(t)
        && tokens[i - 1].lower == ","
        && closes_relative_aside(tokens, i - 1);
    if after_relative || ((before_owner || after_relative_aside) && !t.capitalized) {
        return Class::Verb;
    }
    let says =
        || listed(Lex::SayVerbs) || w.strip_suffix('s').is_some_and(|l| is(Lex::SayVerbs, l));
    // "in five US states": after a preposition, a count and a name, an "-s" form is the
    // phrase's plural noun (a year is no count: "in 1998 Acme says").
    let counted = i >= 3
        && matches!(before[i - 3..], [Class::Prep, Class::Num, Class::Name])
        && !t.capitalized
        && ends_in_plural_s(w)
        && !(tokens[i - 2].lower.len() == 4
            && tokens[i - 2].lower.bytes().all(|b| b.is_ascii_digit()));
    if counted {
        return Class::Noun;
    }
    // "The Health Minister, Joan Pryor, says", "is hopeful and says", "counted ten, but says":
    // a saying's present form after the comma that closes an apposition, or after "and" or
    // "but", is the verb of the subject before it.
    let after_comma_or_and = i > 0 && matches!(tokens[i - 1].lower.as_str(), "," | "and" | "but");
    // "'... in the spring,' says Professor Lane": after the mark that closes a quotation, the
    // saying's verb, its subject before or after it.
    let after_quotation = || {
        i > 1
            && matches!(tokens[i - 1].lower.as_str(), "\"" | "”" | "''")
            && matches!(tokens[i - 2].lower.as_str(), "," | "?" | "!")
    };
    if (after_comma_or_and || after_quotation()) && !t.capitalized && says() {
        return Class::Verb;
    }
    // "production costs, compared with": a present form right before a comma is a noun,
    // unless it says ("officials say, ...").
    let before_comma = || tokens.get(i + 1).is_some_and(|n| n.lower == ",") && !says();
    // "advances in bank shares and real estate issues", "in preferred shares, to be": a
    // present form inside the noun phrase of a preposition, before "and" or the end of the
    // clause, is a noun ("officials in Kenya say." still says).
    // Asked last, only of a present form that could be the verb.
    let joined_noun = || {
        tokens.get(i + 1).is_some_and(|n| {
            n.is_lex(Lex::Coordinators) || (matches!(n.lower.as_str(), "," | ".") && !says())
        }) && opened_by(before, i, Class::Prep, |c| {
            matches!(c, Class::Det | Class::Noun | Class::Name)
        })
    };
    // "kronor of one-time costs in the period": a present form one or two words
    // after "of" is the noun of its phrase (a verb of saying still says: "head of state says").
    let of_noun = || {
        (1..=2).any(|back| {
            i > back
                && tokens[i - back - 1].lower == "of"
                && tokens[i - back..i]
                    .iter()
                    .all(|p| p.is_word() && !p.capitalized && !p.is(DETERMINERS))
                && before[i - back..].iter().all(|&c| c == Class::Noun)
        }) && !says()
    };
    // "The police in Leeds say they", "the head of the states says that": a verb of saying
    // right before what it reports is the verb, whatever the noun before it (the head of its
    // subject may stand before a preposition).
    if says() && reports_next(tokens, i) && after_subject() {
        return Class::Verb;
    }
    // "the man police say shot the guard": a saying's plain present form after a subject in
    // lower case that follows a common noun, right before a past form or an auxiliary, is the
    // verb of a relative clause with no pronoun, what was said having the noun for its
    // subject. (A form in "-s" may be a plural noun: "six more Southern states made".)
    let gapped_report = || {
        adverb == 0
            && i >= 2
            && !ends_in_plural_s(w)
            && !tokens[i - 1].capitalized
            && before[i - 2] == Class::Noun
            && !tokens[i - 2].capitalized
            && next_is_verb(tokens, i)
    };
    if gapped_report() && says() && after_subject() && agrees() {
        return Class::Verb;
    }
    // "Mr Sharon cut off ties": an event noun between a name and its object.
    if prev == Some(Class::Name) && adverb == 0 && between_name_and_object(tokens, i) {
        return Class::Verb;
    }
    // "The firm cut 300 jobs": one after a clause's opening determiner and noun.
    if prev == Some(Class::Noun) && adverb == 0 && after_opening_subject(tokens, i) {
        return Class::Verb;
    }
    // The word lists' bit first: most words are no present form.
    if is_present_form(t)
        && after_subject()
        && !before_comma()
        && !first()
        && !verb_follows(tokens, i)
        && !before_saying(tokens, i)
        && !relative_follows(tokens, i)
        && agrees()
        && !joined_noun()
        && !of_noun()
        && !heads_plural_subject(tokens, i)
        // "its convertible subordinated notes": after a past form that describes, its noun.
        && !(adverb == 0 && prev == Some(Class::Noun) && is_past_verb(&tokens[i - 1]))
    {
        return Class::Verb;
    }
    if t.capitalized {
        return Class::Name;
    }
    Class::Noun
}
