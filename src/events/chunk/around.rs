//! What the words around a token tell of its class: the tests `word_class` asks of its
//! neighbours (an object after a verb, a relative clause after a noun, a verb of saying after
//! a plural).

use super::super::detect::is_past_form;
use super::super::lookup::Form;
use super::super::words::{
    AUXILIARIES, DETERMINERS, EVENT_VERBS, OFFICES, PERIOD_NOUNS, PREPOSITIONS, PRONOUNS, Shape,
    Token, TokenKind, VERB_ADVERBS, VERB_OPENERS, past_first_word,
};
use super::{
    Class, Lex, RELATIVE_ASIDE, ends_in_plural_s, has_ending, is, starts_number, starts_with_digit,
};

/// `t` is an adverb in "-ly" ("previously") or an adjective by its ending ("convertible",
/// "famous": `[adjective_endings]`), which describes the word after it.
pub(super) fn describes(t: &Token) -> bool {
    (t.is_shaped(Shape::LyBytes) && !t.is_lex(Lex::LyNouns))
        || has_ending(&t.lower, &[Lex::AdjectiveEndings])
}

/// The noun phrase that ends before `tokens[i]` follows a verb that takes an object, not a
/// clause: "placed heavy buy orders" (no verb), "said Israel wants" (a verb).
pub(super) fn in_object(tokens: &[Token], i: usize, before: &[Class]) -> bool {
    object_of_verb(tokens, i, before, true)
}

/// The noun phrase that ends before `tokens[i]` is a preposition's, after the object of a
/// verb that takes one: "took part in the peace | talks", "played a role in the peace | talks"
/// (a new clause opens with a subject, not a preposition; a form in "-s" there is a plural).
/// Not after a past form with no object, which may be a participle that describes the noun
/// before it: "a tape found inside Afghanistan | proves".
pub(super) fn in_object_phrase(tokens: &[Token], i: usize, before: &[Class]) -> bool {
    phrase_start(before, i).is_some_and(|s| {
        s > 0 && before[s - 1] == Class::Prep && completes_object(tokens, s - 1, before)
    })
}

/// The first token of the run of noun phrase words (a few at most) that ends before
/// `tokens[i]`.
fn phrase_start(before: &[Class], i: usize) -> Option<usize> {
    (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| {
            matches!(
                before[k],
                Class::Det | Class::Noun | Class::Name | Class::Num
            )
        })
        .last()
}

/// `tokens[p]`, a preposition, follows the object of a past form that is no verb of saying,
/// and no relative pronoun comes before that form (not "the man who took part in the race
/// wins").
fn completes_object(tokens: &[Token], p: usize, before: &[Class]) -> bool {
    let verb = phrase_start(before, p).and_then(|s| s.checked_sub(1));
    object_of_verb(tokens, p, before, true)
        && verb.is_some_and(|v| v == 0 || !tokens[v - 1].is_lex(Lex::Relatives))
}

/// The noun phrase that ends before `tokens[i]` follows a verb that takes an object: when
/// `past` a past form, else a past form or a plain form after an auxiliary or "to" ("will
/// redeem 4.5 million Series B | preferred shares"; a present form in "-s" may be a noun:
/// "U.S. forces").
pub(super) fn object_of_verb(tokens: &[Token], i: usize, before: &[Class], past: bool) -> bool {
    phrase_start(before, i)
        .and_then(|s| s.checked_sub(1))
        .is_some_and(|v| {
            before[v] == Class::Verb
                && !tokens[v].is_lex(Lex::SayVerbs)
                && (is_past_verb(&tokens[v])
                    || !past && v > 0 && matches!(before[v - 1], Class::Aux | Class::To))
                && !is_say_form(&tokens[v])
        })
}

/// A past form of a verb of saying or thinking ("said", "announced", "believed").
fn is_say_form(t: &Token) -> bool {
    ["d", "ed"].iter().any(|s| {
        t.lower
            .strip_suffix(s)
            .is_some_and(|w| is(Lex::SayVerbs, w))
    }) || t.is_lex(Lex::SayPastForms)
}

/// `tokens[i]` is "No" of "No. 1": a dot glued to it, then a number.
pub(super) fn is_rank(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i..i + 3) {
        Some([no, dot, number]) => {
            dot.lower == "." && dot.span.start == no.span.end && starts_with_digit(&number.lower)
        }
        _ => false,
    }
}

/// The number run before `tokens[i]` follows a determiner ("a 2007", "Monday's 1,000").
pub(super) fn number_after_determiner(tokens: &[Token], i: usize) -> bool {
    let is_number =
        |t: &Token| !t.is_word() || starts_with_digit(&t.lower) || t.is_lex(Lex::NumberWords);
    tokens[..i]
        .iter()
        .rev()
        .take(6)
        .find(|t| !is_number(t) || t.kind == TokenKind::Possessive)
        .is_some_and(|t| t.is(DETERMINERS) || t.kind == TokenKind::Possessive)
}

/// A past form or participle ([`is_past_form`]), or a listed verb's "-d" ("died"): the
/// chunker reads a verb where the detector reads only what is past by its form.
// Inlined: a few bit tests, asked of most words of a sentence.
#[inline(always)]
pub(super) fn is_past_verb(t: &Token) -> bool {
    is_past_form(t)
        || (t.lower.ends_with('d')
            && is_verb_lemma(t)
            && !(t.is(EVENT_VERBS) || t.is_lex(Lex::Verbs)))
}

/// One of the three words before `tokens[i]` is of class `opener`, and every word between it and
/// `tokens[i]` of a class `inside` takes: "an initial public | offering", "in bank | shares".
pub(super) fn opened_by(
    before: &[Class],
    i: usize,
    opener: Class,
    inside: impl Fn(Class) -> bool,
) -> bool {
    (1..=3).any(|back| {
        i >= back && before[i - back] == opener && before[i - back + 1..].iter().all(|&c| inside(c))
    })
}

/// A word after `tokens[i]` may open its object: a determiner, a pronoun, a name, "to" or a
/// number ("killing the", "fighting Serbs", "pulling 20").
pub(super) fn object_follows(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        n.is_word()
            && (n.is(DETERMINERS)
                || n.is(PRONOUNS)
                || n.capitalized
                || n.lower == "to"
                || starts_with_digit(&n.lower))
    })
}

/// The "-ing" form `tokens[i]`, after a name, names the office after it when the holder's name
/// follows: "Zenda managing director Jo Bell" (but "a decree authorising President Bell").
pub(super) fn names_office(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| n.is(OFFICES))
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.is_word() && n.capitalized)
}

/// The "-ing" form `tokens[i]`, with no object after it, is the noun the words before it
/// describe: an adjective ("further diplomatic maneuvering by"; up to three describing words
/// opened by a determiner, a preposition or a verb), or an acronym after "of" ("resumption of
/// U.S. shelling in"; a name elsewhere may be the subject of a clause: "with Lee surrendering",
/// "around Greece asking").
pub(super) fn compound_before_gerund(tokens: &[Token], i: usize, before: &[Class]) -> bool {
    if i < 2 || object_follows(tokens, i) {
        return false;
    }
    let last = &tokens[i - 1];
    match before[i - 1] {
        // An acronym ("U.S.", "NATO") describes; another name may be a noun ("the number
        // of Chinese working").
        Class::Name => tokens[i - 2].lower == "of" && (last.all_caps || last.lower.contains('.')),
        Class::Noun => {
            let adjective = has_ending(&last.lower, &[Lex::AdjectiveEndings, Lex::SharedEndings]);
            let opener = (1..=3)
                .filter(|&back| i > back)
                .find(|&back| before[i - back - 1] != Class::Noun);
            adjective
                && opener.is_some_and(|back| {
                    matches!(
                        before[i - back - 1],
                        Class::Det | Class::Poss | Class::Prep | Class::Verb
                    )
                })
        }
        _ => false,
    }
}

/// Capitalised words after `tokens[i]`, the first of its sentence, end with a company's
/// suffix ("Investment Group Inc."): `tokens[i]` opens the name.
pub(super) fn opens_business_name(tokens: &[Token], i: usize) -> bool {
    if past_first_word(tokens, i) {
        return false;
    }
    tokens[i + 1..]
        .iter()
        .take(5)
        .take_while(|n| n.is_word() && n.capitalized && !is_function(n))
        .any(|n| n.is_lex(Lex::CompanySuffixes))
}

/// A relative pronoun and a verb follow `tokens[i]`, which is then a noun: "the trials that
/// are meant to finish", "the shares which were sold".
pub(super) fn relative_follows(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.is_lex(Lex::Relatives) && next_is_verb(tokens, i + 1))
}

/// The words after the "that" at `tokens[i]` are a noun phrase, then an auxiliary, a past
/// form or a relative pronoun: "that 15,000 US troops would", "that friendly institutions
/// were" (not "that unit now", "that plan, which").
pub(super) fn clause_after(tokens: &[Token], i: usize) -> bool {
    let end = tokens.len().min(i + 8);
    let Some(k) = (i + 1..end).find(|&k| {
        let t = &tokens[k];
        let in_phrase = if t.is_word() {
            t.capitalized
                || starts_with_digit(&t.lower)
                || !(is_function(t) || t.is(PREPOSITIONS) || is_past_verb(t))
        } else {
            // "15,000", "$2 million", "5%": a number's parts are glued together.
            tokens[k - 1].span.end == t.span.start || matches!(t.lower.as_str(), "$" | "£" | "€")
        };
        !in_phrase
    }) else {
        return false;
    };
    let t = &tokens[k];
    k > i + 1 && (t.is(AUXILIARIES) || is_past_verb(t) || t.is_lex(Lex::WhRelatives))
}

/// "Media reports say", "opinion polls suggest": a form in "-s" right before the plain form of
/// a verb of saying is a plural noun, that verb's subject.
pub(super) fn before_saying(tokens: &[Token], i: usize) -> bool {
    ends_in_plural_s(&tokens[i].lower)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && !n.capitalized && n.is_lex(Lex::SayVerbs))
}

/// The next word opens what a verb of saying reports: "that", "whether", or a subject pronoun
/// ("say they").
pub(super) fn reports_next(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.is_lex(Lex::Complementisers) || n.is_lex(Lex::ResolvablePronouns))
}

/// The next word is an auxiliary or a past form ("the forces attacked", "trading opened").
pub(super) fn next_is_verb(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.is(AUXILIARIES) || is_past_verb(n))
}

/// The words after `tokens[i]`, a few adverbs aside, open with an auxiliary or a past form:
/// "the forces also moved", "prices then fell".
pub(super) fn verb_follows(tokens: &[Token], i: usize) -> bool {
    tokens
        .iter()
        .skip(i + 1)
        .take(VERB_AFTER_ADVERBS + 1)
        .find(|t| !t.is(VERB_ADVERBS))
        .is_some_and(|n| n.is(AUXILIARIES) || is_past_verb(n))
}

/// "The members of the new Fiji Parliament meet": the noun before the "of" whose phrase ends
/// right before `tokens[i]`, a few words of names, nouns and describing words long, when no
/// word of the phrase could be its verb: the head of the subject the word after agrees with.
pub(super) fn plural_head_of(tokens: &[Token], i: usize, before: &[Class]) -> Option<usize> {
    let of = (i.saturating_sub(OF_PHRASE_WORDS + 1)..i)
        .rev()
        .take_while(|&k| {
            tokens[k].lower == "of" || matches!(before[k], Class::Det | Class::Noun | Class::Name)
        })
        .find(|&k| tokens[k].lower == "of")?;
    of.checked_sub(1)
        .filter(|&head| of + 1 < i && before[head] == Class::Noun)
}

/// How many words the "of" phrase after a subject's head may have: "of the new Fiji
/// Parliament".
const OF_PHRASE_WORDS: usize = 6;

/// "air strikes on rebel fighters have intensified": a plural in "-s" right before a
/// preposition whose noun phrase, a few words long, is followed by an auxiliary only a plural
/// takes (`[plural_auxiliaries]`) heads that subject; as a verb it would be a singular's
/// ("the army strikes on Monday" takes no "have" after its phrase).
pub(super) fn heads_plural_subject(tokens: &[Token], i: usize) -> bool {
    let preposition = tokens
        .get(i + 1)
        .is_some_and(|p| p.is(PREPOSITIONS) && p.lower != "to");
    if !preposition || !ends_in_plural_s(&tokens[i].lower) {
        return false;
    }
    let phrase_word = |t: &Token| {
        (t.is_word() && !is_function(t) && !t.is(PREPOSITIONS) && !is_past_verb(t))
            || t.is(DETERMINERS)
    };
    let end = tokens
        .iter()
        .skip(i + 2)
        .take(OF_PHRASE_WORDS + 1)
        .position(|t| !phrase_word(t));
    end.is_some_and(|n| {
        n > 0 && {
            let verb = i + 2 + n;
            // "Allied forces in North Africa had taken": after a phrase of names only, any
            // auxiliary needs the plural as its subject (a verb's object would be no name).
            let names_only = || {
                tokens[i + 2..verb]
                    .iter()
                    .all(|t| t.capitalized || t.is(DETERMINERS))
            };
            tokens[verb].is_lex(Lex::PluralAuxiliaries)
                || (tokens[verb].is(AUXILIARIES) && names_only())
                || compound_before_past(tokens, i, verb)
        }
    })
}

/// "the bomb attacks on the capital killed 20 people": a plural in "-s" after a noun that
/// describes it, whose preposition's phrase is followed by a past form with its object (no
/// preposition after it: "sells to a group based in Ohio" describes the group), heads the
/// subject of that past form.
fn compound_before_past(tokens: &[Token], i: usize, verb: usize) -> bool {
    let Some(describer) = i.checked_sub(1).map(|b| &tokens[b]) else {
        return false;
    };
    let noun = describer.is_word()
        && (!describer.capitalized || !past_first_word(tokens, i - 1))
        && !is_function(describer)
        && !describer.is(PREPOSITIONS)
        && !describer.is(PRONOUNS)
        && !is_past_verb(describer)
        && !ends_in_plural_s(&describer.lower);
    let object = tokens
        .get(verb + 1)
        .is_some_and(|n| n.is_word() && !n.is(PREPOSITIONS));
    noun && is_past_verb(&tokens[verb]) && object
}

/// How many adverbs may stand between a subject's noun and its verb: "also", "quickly then".
const VERB_AFTER_ADVERBS: usize = 2;

/// The next word could be a verb ("to visit"), not a noun phrase ("to the city"). A word with
/// a possessive after it owns a noun ("to yesterday's ruling"): no verb.
pub(super) fn next_may_be_verb(tokens: &[Token], i: usize) -> bool {
    let owner = tokens
        .get(i + 2)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    !owner
        && tokens.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.capitalized
                && !starts_with_digit(&n.lower)
                && !n.is(DETERMINERS)
                && !n.is(PRONOUNS)
                && !n.is_lex(Lex::NumberWords)
        })
}

/// The words before `tokens[i]`, adverbs aside, end with an auxiliary or `to`.
pub(super) fn opened_before(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .find(|t| !t.is(VERB_ADVERBS) && !t.is_lex(Lex::Negations))
        .is_some_and(|t| t.is(VERB_OPENERS) || t.is(AUXILIARIES))
}

pub(super) fn is_function(t: &Token) -> bool {
    t.is(DETERMINERS)
        || t.is(AUXILIARIES)
        || t.is(PRONOUNS)
        || t.is_lex(Lex::Coordinators)
        || t.is_lex(Lex::Subordinators)
}

/// The comma at `tokens[comma]` closes a relative clause that a comma and "which", "who" or
/// "whose" open at most [`RELATIVE_ASIDE`] tokens before it, with no comma between.
pub(super) fn closes_relative_aside(tokens: &[Token], comma: usize) -> bool {
    (comma.saturating_sub(RELATIVE_ASIDE)..comma)
        .rev()
        .find(|&j| tokens[j].lower == ",")
        .is_some_and(|open| tokens[open + 1].is_lex(Lex::WhRelatives))
}

/// A base form in the verb lists, or an inflection of one: "visits", "agreed", "planned",
/// "denied", "saying".
pub(super) fn is_verb_lemma(t: &Token) -> bool {
    t.has(Form::TitleVerb)
}

/// A present-tense form: a listed verb, plain ("say") or with `-s` ("wants", "goes").
pub(super) fn is_present_form(t: &Token) -> bool {
    t.has(Form::PresentVerb)
}

/// How many words the noun phrase of a subject before its relative clause may have.
const SUBJECT_WORDS: usize = 6;

/// `tokens[p]` is a relative pronoun ("that", "which", "who") right after the noun it stands
/// for, and its clause's verb follows: a word in "-s" before the words a noun phrase opens
/// with, listed as a verb or not ("a club that lends boats", "the firm which makes the
/// phones"): no plural noun stands between such a pronoun and a noun phrase. Not the clause
/// of what a noun of saying or a period holds: "the fact that talks", "the year that costs".
pub(super) fn relative_verb_follows(tokens: &[Token], p: usize, before: &[Class]) -> bool {
    // Asked of every word: the cheap test of the pronoun first.
    let (Some(verb), Some(next)) = (tokens.get(p + 1), tokens.get(p + 2)) else {
        return false;
    };
    if !tokens[p].is_lex(Lex::Relatives) || !ends_in_plural_s(&verb.lower) {
        return false;
    }
    let noun = before.last() == Some(&Class::Noun)
        && !(tokens[p].lower == "that"
            && (tokens[p - 1].is_lex(Lex::ContentNouns) || tokens[p - 1].is(PERIOD_NOUNS)));
    let object = next.is(DETERMINERS)
        || next.is_lex(Lex::PossessiveDeterminers)
        || starts_number(next)
        || (next.is_word() && !next.capitalized && ends_in_plural_s(&next.lower));
    // The clause of a subject: its noun phrase opens the sentence or follows a mark or "that"
    // ("said that the firm which makes"). An object keeps its clause: "began selling a card
    // that fits its slot".
    let phrase = before
        .iter()
        .rev()
        .take(SUBJECT_WORDS + 1)
        .take_while(|c| c.in_noun_phrase())
        .count();
    let subject = phrase <= SUBJECT_WORDS
        && before
            .len()
            .checked_sub(phrase + 1)
            .is_none_or(|k| matches!(before[k], Class::Punct | Class::Sub));
    noun && subject && !verb.capitalized && verb.is_word() && object
}

/// "so" at `tokens[i]` comes right before a clause's subject: a pronoun only ever a subject,
/// or any pronoun before an auxiliary ("so it could sail", "so there was").
pub(super) fn so_clause(tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    next.is_lex(Lex::SubjectPronouns)
        || (next.is(PRONOUNS) && tokens.get(i + 2).is_some_and(|a| a.is(AUXILIARIES)))
}
