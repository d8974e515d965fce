//! Which words of a sentence name events: verbs (by form and position) and event nouns (from
//! a list, or by a nominalising ending such as "-tion" and "-ment"). No part-of-speech tagger:
//! rules of English word formation and a few hundred words of lists.

use super::chunk::{Lex, ends_in_plural_s};
use super::lookup::Form;

mod aside;
mod compound;

pub(super) use aside::{drop_aside_events, is_aside_mark};

use super::words::{
    ARTICLES, AUXILIARIES, CLAUSE_OPENERS, COPULAS, DETERMINERS, EVENT_NOUNS, HAPPENING_NAMES,
    HAVE_FORMS, ING_ADJECTIVES, IRREGULAR_PAST, NAMING_PARTICIPLES, NOT_EVENTS, NOT_VERB_FORMS,
    OPINION_VERBS, OTHER_FUNCTION_WORDS, PARTICIPLE_BASE_FORMS, PARTICLES, PERIOD_NOUNS,
    PLAN_BEFORE_TO, PLAN_WORDS, PREPOSITION_BEFORE_TO, PREPOSITIONS, PRESENCE_PREPOSITIONS,
    PRONOUNS, RELATIVE_PRONOUNS, REPORT_VERBS, SAYING_VERBS, Shape, TIME_ADVERBS, Token, TokenKind,
    VERB_ADVERBS, VERB_OPENERS, WHOLE_SUBJECT_PRONOUNS, past_first_word, undoubled,
};
use compound::modifies_next_noun;

/// How an event word is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventPos {
    Verb,
    Noun,
}

/// How `tokens[i]` is used, from a sentence's events sorted by token: `None` when it names
/// none.
pub(super) fn pos_at(events: &[(usize, EventPos)], i: usize) -> Option<EventPos> {
    events
        .binary_search_by_key(&i, |&(e, _)| e)
        .ok()
        .map(|k| events[k].1)
}

/// Whether `tokens[i]` names an event, and as what. `in_timex` marks tokens inside temporal
/// expressions, which are never events.
#[must_use]
pub fn event_pos(tokens: &[Token], i: usize, in_timex: &[bool]) -> Option<EventPos> {
    let token = &tokens[i];
    if !token.is_word() || in_timex[i] {
        return None;
    }
    if is_possession(tokens, i) || is_planned_presence(tokens, i) {
        return Some(EventPos::Verb);
    }
    if is_function_word(token) {
        return None;
    }
    // Mid-sentence capitals are names ("Hanoi", "APEC"), not events; the words before are
    // looked at only for a capital, as this runs on every word of a sentence.
    if token.capitalized && past_first_word(tokens, i) {
        return names_happening(tokens, i).then_some(EventPos::Noun);
    }
    if token.has_digit() {
        return None;
    }
    let word = token.lower.as_str();
    // A capitalised first word is an event only when a list says so: "Keating's convictions".
    if token.capitalized {
        if is_event_noun(token) {
            return (!modifies_next_noun(tokens, i, in_timex)).then_some(EventPos::Noun);
        }
        let listed = token.is(IRREGULAR_PAST)
            || token.has(Form::EventVerb)
            || opens_participle_clause(tokens, i);
        return listed.then_some(EventPos::Verb);
    }
    // "talks", "report", "visit": a listed noun is a noun unless its position makes it a verb.
    if follows_verb_opener_or_copula(tokens, i) || between_name_and_object(tokens, i) {
        return Some(EventPos::Verb);
    }
    // "the quarter ended Sept. 30" names a period, not an event.
    let after_period = i > 0 && tokens[i - 1].is(PERIOD_NOUNS);
    if after_period && matches!(word, "ended" | "ending" | "ends") {
        return None;
    }
    if token.is(NAMING_PARTICIPLES) && (names_object(tokens, i) || names_in_brackets(tokens, i)) {
        return None;
    }
    if is_past_form(token) && !is_attributive(tokens, i, in_timex) {
        return Some(EventPos::Verb);
    }
    if token.is(PARTICIPLE_BASE_FORMS) && after_perfect_have(tokens, i) {
        return Some(EventPos::Verb);
    }
    if is_event_noun(token) {
        if after_opening_subject(tokens, i) {
            return Some(EventPos::Verb);
        }
        return (!modifies_next_noun(tokens, i, in_timex)).then_some(EventPos::Noun);
    }
    // "the warrants, which lapse in May": a plain word right after a relative pronoun that
    // follows its comma is the relative clause's verb, in the present.
    if after_relative_pronoun(tokens, i) {
        return Some(EventPos::Verb);
    }
    if !is_verb_form(token) || is_attributive(tokens, i, in_timex) || heads_subject(tokens, i) {
        return None;
    }
    Some(if after_article(tokens, i) {
        EventPos::Noun
    } else {
        EventPos::Verb
    })
}

/// "has run out of money", "had just overcome": a form of `have` ([`HAVE_FORMS`]) before the
/// word, adverbs between, makes a participle spelt as its base form the perfect's participle.
fn after_perfect_have(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .find(|t| !is_adverb(t))
        .is_some_and(|t| t.is(HAVE_FORMS))
}

/// `tokens[i]` comes right after ", which" or ", who": the pronoun is the subject of the
/// relative clause, so the word is its verb or an adverb before it.
pub(super) fn after_comma_relative(tokens: &[Token], i: usize) -> bool {
    i >= 2 && matches!(tokens[i - 1].lower.as_str(), "which" | "who") && tokens[i - 2].lower == ","
}

/// [`after_comma_relative`], and no adverb and no verb of state: the relative clause's verb
/// of a happening.
fn after_relative_pronoun(tokens: &[Token], i: usize) -> bool {
    after_comma_relative(tokens, i)
        && !is_adverb(&tokens[i])
        // "which means": a state the clause states, no happening.
        && !tokens[i].has(Form::StativeVerb)
}

/// "the board's new harbour rules need work", "the rules will change": a form in "-s" right
/// before an auxiliary or a present verb is the plural noun its verb follows (a verb in
/// "-s" is followed by its object). Not after a pronoun: "what remains is".
fn heads_subject(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if i == 0 || !ends_in_plural_s(&t.lower) || t.is(SAYING_VERBS) {
        return false;
    }
    let before = &tokens[i - 1];
    let verb_after = tokens.get(i + 1).is_some_and(|n| {
        n.is_word()
            && (n.is(AUXILIARIES)
                || n.has(Form::PresentVerb) && !ends_in_plural_s(&n.lower) && !n.is(PARTICLES))
    });
    verb_after && before.is_word() && !before.is(PRONOUNS)
}

/// "the close of the show", "a bad start to the season": a present form right after an
/// article, or after "a" and one describing word, is a noun (of the happening the verb
/// tells): no verb follows an article, and a verb after a singular subject would end in
/// "-s". Past forms ("the army cut") and `-ing` words ("the growing crisis") are left to
/// their own rules.
fn after_article(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // "A man died": a past form in "-ed" of any length.
    if i == 0 || t.is_shaped(Shape::Ing) || t.is(IRREGULAR_PAST) || t.lower.ends_with("ed") {
        return false;
    }
    let before = &tokens[i - 1];
    if before.is(ARTICLES) {
        return true;
    }
    let describer = before.is_word()
        && !before.capitalized
        && !is_function_word(before)
        && !ends_in_plural_s(&before.lower);
    // "the rebels start", "the men start": after "the" the describing word may be the subject.
    describer
        && !ends_in_plural_s(&t.lower)
        && i > 1
        && tokens[i - 2].is(ARTICLES)
        && tokens[i - 2].lower != "the"
}

/// How many words back a named happening after a preposition looks for a verb of its clause.
const NAME_VERB_REACH: usize = 12;

/// "the Second Battle of Ypres", "the Battle of the Bulge", "the Tet Offensive": a word of
/// [`HAPPENING_NAMES`] with a capital inside a name is the happening the name names when a
/// capitalised "of" phrase follows it or it ends a run of capitals. After a preposition that
/// follows a verb of its clause, the verb tells the happening and the name where it was:
/// "Grant beat the rebels at the Battle of Marlow"; after "according to", the name is the
/// source's.
fn names_happening(tokens: &[Token], i: usize) -> bool {
    if !tokens[i].is(HAPPENING_NAMES) {
        return false;
    }
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word());
    let of_name = word(i + 1).is_some_and(|t| t.lower == "of") && {
        let name = i + 2 + usize::from(word(i + 2).is_some_and(|t| t.lower == "the"));
        word(name).is_some_and(|t| t.capitalized)
    };
    // "the May 20 Massacre": a day's number inside the run.
    let number = |k: usize| word(k).is_some_and(Token::has_digit);
    let capital_before = i > 0
        && (word(i - 1).is_some_and(|t| t.capitalized)
            || i > 1 && number(i - 1) && word(i - 2).is_some_and(|t| t.capitalized));
    let ends_name = capital_before && !word(i + 1).is_some_and(|t| t.capitalized);
    if !(of_name || ends_name) {
        return false;
    }
    let mut start = i;
    while start > 0 && word(start - 1).is_some_and(|t| t.capitalized || t.is(DETERMINERS)) {
        start -= 1;
    }
    let after_preposition = start > 0 && word(start - 1).is_some_and(|t| t.is(PREPOSITIONS));
    let clause_before = tokens[start.saturating_sub(NAME_VERB_REACH)..start.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | ":" | "(" | "\""));
    let mut verb_before = false;
    for t in clause_before {
        if t.lower == "according" {
            return false;
        }
        verb_before |= !t.capitalized && (is_past_form(t) || t.has(Form::EventVerb));
    }
    !(after_preposition && verb_before)
}

/// "the Battle of May 3", "the May 3 Massacre": the name of a happening, at `tokens[event]`,
/// holds the expression at `timex` (token indices) that dates it.
pub(super) fn name_holds_date(
    tokens: &[Token],
    event: usize,
    timex: &std::ops::Range<usize>,
) -> bool {
    let t = &tokens[event];
    if !(t.capitalized && t.is(HAPPENING_NAMES)) {
        return false;
    }
    let of = tokens.get(event + 1).is_some_and(|t| t.lower == "of");
    let the = tokens.get(event + 2).is_some_and(|t| t.lower == "the");
    timex.end == event || of && (timex.start == event + 2 || the && timex.start == event + 3)
}

/// "dropped a bomb called the Daisy Cutter": a naming participle after a common noun, before
/// a name, an article or a quote, where the noun's phrase follows a verb or a preposition (in
/// "The leader called the meeting" it is the subject, and `called` the verb).
fn names_object(tokens: &[Token], i: usize) -> bool {
    let named = tokens.get(i + 1).is_some_and(|t| {
        t.capitalized || t.is(DETERMINERS) || matches!(t.lower.as_str(), "\"" | "`" | "``" | "'")
    });
    let noun = i.checked_sub(1).map(|k| &tokens[k]);
    if !named || !noun.is_some_and(|t| t.is_word() && !t.capitalized && !is_function_word(t)) {
        return false;
    }
    // Back over the noun's modifiers to the word before its phrase.
    for k in (i.saturating_sub(8)..i - 1).rev() {
        let t = &tokens[k];
        if t.is(DETERMINERS) {
            return k.checked_sub(1).is_some_and(|b| governs(&tokens[b]));
        }
        // "a 6,800 kilogram bomb": a number's comma is no boundary.
        let in_number = t.lower == "," && tokens[k + 1].has_digit();
        if t.has_digit() || in_number {
            continue;
        }
        if !t.is_word() || is_function_word(t) || is_past_form(t) {
            return governs(t);
        }
    }
    false
}

/// "the town of Marlow (now known as Kestrel)": a naming participle that opens a
/// bracket (after at most one adverb), before the name or its "as", names what the bracket
/// follows.
fn names_in_brackets(tokens: &[Token], i: usize) -> bool {
    let opened = (1..=2).any(|back| {
        i >= back && tokens[i - back].lower == "(" && tokens[i - back + 1..i].iter().all(is_adverb)
    });
    let after_as = usize::from(tokens.get(i + 1).is_some_and(|t| t.lower == "as"));
    let named = tokens
        .get(i + 1 + after_as)
        .is_some_and(|t| t.capitalized || t.is(DETERMINERS));
    opened && named
}

/// Words a participle clause that opens the sentence may run to its comma.
const PARTICIPLE_CLAUSE_REACH: usize = 12;

/// "Founded in 1923, the company ...", "Rescued on Monday by two sailors, the boy ...": a first
/// word of past form, a preposition after it and a comma closing its clause a few words on is
/// a participle. A name ending in "-ed" is followed by its verb, not by a comma ("Ahmed on
/// Monday said").
fn opens_participle_clause(tokens: &[Token], i: usize) -> bool {
    let clause = &tokens[i + 1..tokens.len().min(i + 1 + PARTICIPLE_CLAUSE_REACH)];
    // "Asked on Monday whether he would run, Smith said no": a participle before a clause of
    // its own is no headline ("Smith asked whether ..." would read as his question).
    let Some(comma) = clause.iter().position(|t| t.lower == ",") else {
        return false;
    };
    is_past_form(&tokens[i])
        && clause
            .first()
            .is_some_and(|t| t.is_word() && t.is(PREPOSITIONS))
        && !clause[..comma]
            .iter()
            .any(|t| t.is(CLAUSE_OPENERS) || t.lower == "to")
}

/// A verb's past form or a preposition: what a noun phrase after it is the object of.
fn governs(t: &Token) -> bool {
    t.is_word() && (is_past_form(t) || t.is(PREPOSITIONS))
}

// Inlined: a few bit tests, asked of most words of a sentence.
#[inline(always)]
pub(super) fn is_past_form(t: &Token) -> bool {
    t.is(IRREGULAR_PAST) || (t.is_shaped(Shape::PastEd) && !t.is(NOT_VERB_FORMS))
}

/// "had a 21.2% stake": `have` as a main verb (not an auxiliary before a participle, nor
/// before one spelt as its base form: "has run out").
fn is_possession(tokens: &[Token], i: usize) -> bool {
    if !matches!(tokens[i].lower.as_str(), "has" | "have" | "had") {
        return false;
    }
    // Anything but a participle, `been`, `to` or an adverb after it: "had net income".
    tokens.get(i + 1).is_some_and(|next| {
        let w = next.lower.as_str();
        next.is_word()
            && !is_past_form(next)
            && !next.is(PARTICIPLE_BASE_FORMS)
            && !w.ends_with("en")
            && !matches!(w, "been" | "to" | "got")
            && !is_adverb(next)
    })
}

/// "will be on every train", "will be in Paris": `be` after a word of plans ("will", adverbs
/// between) and before a preposition of place ([`PRESENCE_PREPOSITIONS`]) tells where a
/// subject is to be, the one use of `be` that is a happening of its own. Not before a degree
/// ("will be at most ten days": a measure), nor in a relative clause ("a system which will be
/// in place"), which describes its noun.
fn is_planned_presence(tokens: &[Token], i: usize) -> bool {
    if tokens[i].lower != "be"
        || !tokens
            .get(i + 1)
            .is_some_and(|t| t.is(PRESENCE_PREPOSITIONS))
        || tokens
            .get(i + 2)
            .is_some_and(|t| t.is_lex(Lex::DegreeWords))
    {
        return false;
    }
    let Some(plan) = word_before_adverbs(tokens, i) else {
        return false;
    };
    tokens[plan].is(PLAN_WORDS)
        && !plan
            .checked_sub(1)
            .is_some_and(|k| tokens[k].is(RELATIVE_PRONOUNS))
}

pub(super) fn is_function_word(t: &Token) -> bool {
    [
        DETERMINERS,
        PREPOSITIONS,
        PRONOUNS,
        AUXILIARIES,
        OTHER_FUNCTION_WORDS,
        VERB_ADVERBS,
    ]
    .into_iter()
    .any(|list| t.is(list))
}

/// A past form, a participle or an inflection of a common event verb.
// Inlined: a few bit tests, asked of most words of a sentence.
#[inline(always)]
fn is_verb_form(t: &Token) -> bool {
    if t.is(IRREGULAR_PAST) {
        return true;
    }
    if t.is(NOT_VERB_FORMS) || t.is(ING_ADJECTIVES) {
        return false;
    }
    if t.has(Form::EventVerb) {
        return true;
    }
    t.is_shaped(Shape::PastEd) || t.is_shaped(Shape::Ing)
}

/// Hands `visit` `word` and, in order, the base forms it may be an inflection of: "visits" →
/// visit, "agreed" → agree, "planned" → plan, "saying" → say.
pub(super) fn each_lemma_candidate(word: &str, mut visit: impl FnMut(&str)) {
    visit(word);
    // Each candidate is spelt in one buffer.
    let mut spelt = String::with_capacity(word.len() + 1);
    let mut with = |stem: &str, end: &str| {
        spelt.clear();
        spelt.push_str(stem);
        spelt.push_str(end);
        visit(&spelt);
    };
    for suffix in ["s", "es", "ed", "d", "ing"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() < 2 {
                continue;
            }
            with(stem, "");
            with(stem, "e");
            // A doubled final consonant: "planned", "cutting".
            if let Some(single) = undoubled(stem).filter(|s| s.len() >= 2) {
                with(single, "");
            }
            // "denied", "tries".
            if let Some(y) = stem.strip_suffix('i') {
                with(y, "y");
            }
        }
    }
}

/// "Mr Sharon cut off ties", "Palestinians protest the killing": a listed noun after a name
/// (not one inside a noun phrase: "the APEC summit") and before a particle or a determiner
/// is the name's verb.
// Inlined, the tests of position first: asked of most words, they fail most often.
#[inline(always)]
pub(super) fn between_name_and_object(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i - 1].capitalized && tokens[i - 1].is_word() && named_before_object(tokens, i)
}

/// [`between_name_and_object`] of a word after a capitalised one.
fn named_before_object(tokens: &[Token], i: usize) -> bool {
    let object = tokens.get(i + 1).is_some_and(|t| {
        let determiner = t.is(DETERMINERS) && t.lower != "that";
        t.is_word() && !t.capitalized && (t.is(PARTICLES) || determiner)
    });
    if !object || !is_event_noun(&tokens[i]) {
        return false;
    }
    // The run of capitalised words before, and what stands before it.
    let mut j = i - 1;
    while j > 0 && tokens[j - 1].is_word() && tokens[j - 1].capitalized {
        j -= 1;
    }
    let before = j.checked_sub(1).map(|p| &tokens[p]);
    // "the 1996 Olympic bombing": a determiner, an owner, a preposition or a number before
    // the name makes it a noun's modifier.
    !before.is_some_and(|t| {
        t.kind == TokenKind::Possessive
            || (t.is_word()
                && (t.is(DETERMINERS)
                    || t.is(PREPOSITIONS)
                    || t.lower.starts_with(|c: char| c.is_ascii_digit())))
    })
}

/// "The firm cut 300 jobs", "The rebels report the deaths": a listed noun that is also a
/// verb, right after a subject pronoun or a subject of a determiner and one noun that opens the
/// clause, and before an article or a number that opens its object (or the `to` of a plan's
/// infinitive, "it plans to open"), is the subject's verb (not
/// before a clause that describes it). An owner after it ("cut his forecast") is left to the
/// rules of the object's own dates.
// Inlined, the word's own list bit first: asked of most words, it fails most often.
#[inline(always)]
pub(super) fn after_opening_subject(tokens: &[Token], i: usize) -> bool {
    if !tokens[i].has(Form::EventVerb) {
        return false;
    }
    // "it plans to open": a word of plans before `to` is the verb its infinitive follows.
    let object = tokens.get(i + 1).is_some_and(|t| {
        t.is_word()
            && !t.capitalized
            && (t.is(ARTICLES)
                || t.lower.starts_with(|c: char| c.is_ascii_digit())
                || (t.lower == "to" && tokens[i].is(PLAN_BEFORE_TO)))
    });
    if !object || i < 1 || !is_event_noun(&tokens[i]) {
        return false;
    }
    // "it cut the dividend": a subject pronoun is a whole subject.
    if tokens[i - 1].is(WHOLE_SUBJECT_PRONOUNS) {
        return true;
    }
    if i < 2 {
        return false;
    }
    // "The tax cut the council passed": a noun and a past form after the determiner make a
    // clause that describes the noun before it.
    if tokens
        .get(i + 3)
        .is_some_and(|t| !t.capitalized && is_past_form(t))
    {
        return false;
    }
    let (noun, det) = (&tokens[i - 1], &tokens[i - 2]);
    // The clause opens at the determiner: the sentence's start or a comma before it.
    let opens = !past_first_word(tokens, i - 2) || tokens[i - 3].lower == ",";
    noun.is_word()
        && !noun.capitalized
        && !noun.has_digit()
        && !is_function_word(noun)
        && det.is(DETERMINERS)
        && !det.is(PRONOUNS)
        && det.lower != "that"
        && opens
}

/// "will visit", "to plant", "did not say", "will never give"; or a predicate after a form
/// of `be`: "are worth", "were not lower", "is payable". One walk back over the adverbs
/// serves both.
fn follows_verb_opener_or_copula(tokens: &[Token], i: usize) -> bool {
    let word = &tokens[i].lower;
    if is_adverb(&tokens[i]) {
        return false;
    }
    let plural = ends_in_plural_s(word);
    // "now owns", "still wants": a present-tense verb right after a time adverb.
    let before_auxiliary = || tokens.get(i + 1).is_some_and(|t| t.is(AUXILIARIES));
    if plural && i > 0 && tokens[i - 1].is(TIME_ADVERBS) && !before_auxiliary() {
        return true;
    }
    let Some(j) = word_before_adverbs(tokens, i) else {
        return false;
    };
    // "to reporters": a plural after "to" is a noun.
    // "according to state media": this `to` is a preposition.
    let opener = !plural
        && tokens[j].is(VERB_OPENERS)
        && !(tokens[j].lower == "to" && j > 0 && tokens[j - 1].is(PREPOSITION_BEFORE_TO));
    opener || (!tokens[i].is(PARTICLES) && tokens[j].is(COPULAS))
}

/// The nearest word before token `i`, skipping adverbs; `None` at punctuation or the start.
pub(super) fn word_before_adverbs(tokens: &[Token], i: usize) -> Option<usize> {
    // A plain loop: asked twice of most words, the iterator chain was not inlined.
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = &tokens[j];
        if !t.is_word() {
            return None;
        }
        if !is_adverb(t) {
            return Some(j);
        }
    }
    None
}

/// "almost", "quickly", "never": words that sit between an auxiliary and its verb.
fn is_adverb(t: &Token) -> bool {
    t.is(VERB_ADVERBS) || t.is_shaped(Shape::Adverb)
}

/// "a retired diplomat", "the troubled region", "the second named storm": a participle
/// between a determiner (and an ordinal), or a possessive, and a noun describes the noun.
/// A date is no noun it describes: "the plan the council approved last year was scrapped".
fn is_attributive(tokens: &[Token], i: usize, in_timex: &[bool]) -> bool {
    let after_ordinal = i > 1
        && is_past_form(&tokens[i])
        && tokens[i - 1].is_lex(Lex::OrdinalWords)
        && tokens[i - 2].is(DETERMINERS);
    let after_determiner =
        i > 0 && tokens[i - 1].is(DETERMINERS) && !after_relative_that(tokens, i) || after_ordinal;
    // "a fast-growing, family-owned bakery": compounds that describe a noun, parted by a
    // comma, are no events (the first after its determiner, the next after the comma).
    let compound = |t: &Token| t.is_word() && !t.capitalized && t.lower.contains('-');
    let first_of_list = after_determiner
        && tokens.get(i + 1).is_some_and(|t| t.lower == ",")
        && tokens.get(i + 2).is_some_and(compound);
    if compound(&tokens[i]) && first_of_list {
        return true;
    }
    let after_describer = i > 1
        && compound(&tokens[i])
        && is_past_form(&tokens[i])
        && tokens[i - 1].lower == ","
        && tokens[i - 2].is_word()
        && !tokens[i - 2].capitalized
        && !is_function_word(&tokens[i - 2]);
    let before_word = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_word() && !t.is(PREPOSITIONS) && !t.is(OTHER_FUNCTION_WORDS));
    // "the council's proposed rules": a participle after a possessive noun (not the "'s" of
    // "he's"); "the Kestrel rafting trip": an `-ing` word after a determiner and a name.
    let after_possessive = i > 1
        && is_past_form(&tokens[i])
        && tokens[i - 1].kind == TokenKind::Possessive
        && tokens[i - 2].is_word()
        && !is_function_word(&tokens[i - 2]);
    let after_name = i > 1
        && tokens[i].lower.ends_with("ing")
        && tokens[i - 1].capitalized
        && tokens[i - 2].is(DETERMINERS);
    (after_determiner || after_describer || after_possessive || after_name) && before_word
        || (describes_subject(tokens, i) && in_timex.get(i + 1) != Some(&true))
}

/// "the blowout that killed nine crewmen": "that" right after a happening noun opens its
/// relative clause (the noun is no saying, which "that" may follow with what was said), so the
/// past form after it is the clause's verb, not a describer of the noun after it.
fn after_relative_that(tokens: &[Token], i: usize) -> bool {
    i > 1
        && tokens[i - 1].lower == "that"
        && is_past_form(&tokens[i])
        && is_event_noun(&tokens[i - 2])
        && !tokens[i - 2].is(SAYING_VERBS)
        && !tokens[i - 2].is(REPORT_VERBS)
}

/// How many tokens after a describing participle the verb of its noun phrase may be.
const SUBJECT_REACH: usize = 14;

/// "A radical armed group with ties to Oslo has helped", "Utah based firm Acme Labs said": a
/// regular past form between a describing word (after a determiner) or a place and a noun,
/// with the phrase's own verb after it in the clause, describes the noun. Not a verb that may
/// take a clause ("reported sales fell"), nor one that "and" or a preposition of time joins
/// to the later verb.
pub(super) fn describes_subject(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let content = |t: &Token| t.is_word() && !t.has_digit() && !is_function_word(t);
    let (Some(before), Some(next)) = (i.checked_sub(1).map(|b| &tokens[b]), tokens.get(i + 1))
    else {
        return false;
    };
    let described = !before.capitalized
        && i > 1
        && tokens[i - 2].is(DETERMINERS)
        && !tokens[i - 2].is(PRONOUNS);
    let place = before.capitalized && !next.capitalized;
    if !t.is_shaped(Shape::PastEd)
        || t.is(SAYING_VERBS)
        || t.is(REPORT_VERBS)
        || t.is(OPINION_VERBS)
        || !content(before)
        || !content(next)
        || !(described || place)
    {
        return false;
    }
    for j in i + 2..tokens.len().min(i + 2 + SUBJECT_REACH) {
        let w = &tokens[j];
        if !w.is_word() && w.lower != "."
            || w.is(PRONOUNS)
            || w.is(CLAUSE_OPENERS)
            || w.lower == "that"
            || w.is_lex(Lex::TimePrepositions)
        {
            return false;
        }
        if w.is(AUXILIARIES) || w.is(SAYING_VERBS) {
            return !tokens[j - 1].is_lex(Lex::Coordinators) && content(&tokens[j - 1]);
        }
    }
    false
}

/// [`event_pos`] calls a word a noun only when this holds: extraction tests it first on the
/// sentences it reads for later mentions only.
// Inlined: a few bit tests, asked of most words of a sentence.
#[inline(always)]
pub(super) fn is_event_noun(t: &Token) -> bool {
    if t.is(NOT_EVENTS) {
        return false;
    }
    if t.is(EVENT_NOUNS) {
        return true;
    }
    if !t.lower.ends_with('s') {
        return t.is_shaped(Shape::Nominal);
    }
    t.has(Form::EventNounPlural)
        || (t.is_shaped(Shape::NominalPlural) && !t.has(Form::NotEventPlural))
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn events(text: &str) -> Vec<(&str, EventPos)> {
        let toks = tokens(text, 0..text.len());
        let in_timex = vec![false; toks.len()];
        (0..toks.len())
            .filter_map(|i| {
                event_pos(&toks, i, &in_timex).map(|p| (&text[toks[i].span.clone()], p))
            })
            .collect()
    }

    #[test]
    fn verbs_by_form_and_position_nouns_by_list_and_ending() {
        use EventPos::{Noun as N, Verb as V};
        assert_eq!(
            events("Talks broke down in Hanoi over disagreements on the agreement."),
            [
                ("Talks", N),
                ("broke", V),
                ("disagreements", N),
                ("agreement", N)
            ]
        );
        assert_eq!(
            events("Trump is set to visit South Korea and will never give up the mission."),
            [("set", V), ("visit", V), ("give", V), ("mission", N)]
        );
        assert_eq!(
            events("The government said reporters were questioning the nation during the morning."),
            [("said", V), ("questioning", V)]
        );
        // A present form after an article, or after "a" and a describing word, is a noun;
        // "good" is no form of "go".
        assert_eq!(
            events("After a poor start to the year and the close of two mills, a man died."),
            [("start", N), ("close", N), ("died", V)]
        );
        assert_eq!(events("Good news for the growers this week."), []);
        assert_eq!(
            events("The rebels start talks."),
            [("start", V), ("talks", N)]
        );
        // A form in "-s" before a verb is its subject's noun.
        assert_eq!(events("The town's proposed harbour rules need work."), []);
    }

    #[test]
    fn a_past_form_before_the_noun_of_a_subject_describes_it() {
        use EventPos::Verb as V;
        assert_eq!(
            events("A small armed rebel band with links to Lima has helped Ortiz open a camp."),
            [("helped", V), ("open", V)]
        );
        assert_eq!(
            events("Utah based company Bright Mouse Labs said it cloned a cell."),
            [("said", V), ("cloned", V)]
        );
        // A verb with its object, one that "and" joins to the later verb, one whose clause
        // of time holds the later verb.
        assert_eq!(
            events("The army armed rebels and has left."),
            [("armed", V), ("left", V)]
        );
        assert_eq!(
            events("Ruiz promised daily marches until the girl was freed."),
            [("promised", V), ("freed", V)]
        );
        assert_eq!(
            events("The firm reported costs had risen."),
            [("reported", V), ("risen", V)]
        );
    }
}
