//! The word class of every token of a sentence, as much as a title needs: enough to find the
//! noun phrases and verb groups of a clause. Read from closed-class word lists
//! (`data/rules/titles.txt` and the function words of `data/rules/events.txt`), word endings
//! ("-ed", "-ing", "-ly") and capitals, in one pass from left to right: a word's class may
//! depend on the class of the word before it ("will visit", "the failed mission"), never on
//! anything further away. No model, no table of open-class words beyond a few hundred verbs.

use super::lookup::Form;
use super::words::{
    AUXILIARIES, DETERMINERS, HAVE_FORMS, IRREGULAR_PAST, NOT_VERB_FORMS, PREPOSITIONS, PRONOUNS,
    Shape, Token, TokenKind, VERB_ADVERBS, past_first_word,
};

mod around;
mod forms;
mod lex;

use around::{
    clause_after, is_function, is_past_verb, is_present_form, is_rank, is_verb_lemma, next_is_verb,
    next_may_be_verb, opened_before, opens_business_name, relative_verb_follows, so_clause,
};

use forms::{participle_class, present_class};
pub use lex::{Lex, is, is_written};
pub(super) use lex::{deed_verbs, has_ending, lists};

/// How far back, in tokens, the comma that opens a relative clause between commas may be.
const RELATIVE_ASIDE: usize = 20;

/// What a token is to a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// An article, a demonstrative or a possessive determiner: opens a noun phrase.
    Det,
    /// A noun, an adjective, or a word of unknown class.
    Noun,
    /// A capitalised word inside the sentence (or a first word that is no function word).
    Name,
    /// Digits, a number word, or the `,` `.` `%` `$` that are part of a number ("45,000").
    Num,
    /// A personal pronoun.
    Pron,
    /// The possessive `'s`.
    Poss,
    /// An auxiliary or a modal verb ("was", "will", "has").
    Aux,
    /// The `to` of an infinitive ("to visit").
    To,
    /// A lexical verb: past, participle, or a present or base form by position.
    Verb,
    /// An adverb the title may drop ("formally", "also").
    Adv,
    /// A negation, never dropped ("not", "never").
    Neg,
    /// A preposition.
    Prep,
    /// "and", "or".
    Coord,
    /// A word that opens a clause of its own ("which", "because", "that").
    Sub,
    /// Punctuation that ends a phrase: commas, brackets, quotes, dashes.
    Punct,
}

/// A word in "-s" that is no "-ss" ("talks", "wants"; not "press"): a plural noun or a verb's
/// present after "he", as far as its ending tells ("status" passes, see
/// `title::is_plural_form`).
#[must_use]
pub fn ends_in_plural_s(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

impl Class {
    /// A word of a noun phrase.
    #[must_use]
    pub fn in_noun_phrase(self) -> bool {
        matches!(
            self,
            Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
        )
    }
}

/// The class of every token of `tokens` (one sentence, or part of one), in one pass.
#[must_use]
pub fn classes(text: &str, tokens: &[Token]) -> Vec<Class> {
    let mut out: Vec<Class> = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let prev = out.last().copied();
        let class = match t.kind {
            // "it's turning out", "there's": after a pronoun, "'s" is "is" or "has".
            TokenKind::Possessive
                if prev == Some(Class::Pron) || i > 0 && tokens[i - 1].lower == "there" =>
            {
                Class::Aux
            }
            TokenKind::Possessive => Class::Poss,
            TokenKind::Punct if is_number_glue(text, tokens, i) => Class::Num,
            // "the shareholders' meeting", "Mr Hicks' family": the possessive of a plural or
            // of a name in s (not the closing quote of "'Tears' was", "the 'congress' met").
            TokenKind::Punct
                if matches!(t.lower.as_str(), "'" | "’")
                    && matches!(prev, Some(Class::Noun | Class::Name))
                    && !quote_opened(tokens, i)
                    && tokens[i - 1].span.end == t.span.start
                    && tokens[i - 1].lower.ends_with('s')
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && n.span.start > t.span.end) =>
            {
                Class::Poss
            }
            // "Zippin' has set a deadline": an apostrophe glued to a name in no "s", before a
            // word, is a letter the name leaves out, no possessive nor a closing quote.
            TokenKind::Punct
                if matches!(t.lower.as_str(), "'" | "’")
                    && prev == Some(Class::Name)
                    && tokens[i - 1].span.end == t.span.start
                    && !tokens[i - 1].lower.ends_with('s')
                    && !quote_opened(tokens, i)
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && n.span.start > t.span.end) =>
            {
                Class::Name
            }
            // "Corp.", "Oct.": the dot of an abbreviated name, inside the sentence.
            TokenKind::Punct
                if t.lower == "."
                    && prev == Some(Class::Name)
                    && tokens[i - 1].span.end == t.span.start
                    && i + 1 < tokens.len() =>
            {
                Class::Name
            }
            // "Dow Jones & Co.", "Standard amp Poor" (wire copy that lost the entity's "&"
            // and ";"): the ampersand between two capitalised words is a word of the name.
            _ if is_name_ampersand(tokens, i, prev) => Class::Name,
            TokenKind::Punct => Class::Punct,
            TokenKind::Word => word_class(tokens, i, &out),
        };
        out.push(class);
    }
    out
}

/// A single quote opens a word in the few tokens before `tokens[i]` and is still open: the
/// last mark there is glued to the word after it, not to a word before ("'Tears' was"; not
/// "the 'peace plan' won the farmers' backing", whose quote closed before).
fn quote_opened(tokens: &[Token], i: usize) -> bool {
    let glued = |a: &Token, b: &Token| a.span.end == b.span.start;
    let from = i.saturating_sub(8);
    (from..i)
        .rev()
        .find(|&k| matches!(tokens[k].lower.as_str(), "'" | "‘" | "’"))
        .is_some_and(|k| {
            k + 1 < i
                && glued(&tokens[k], &tokens[k + 1])
                && !(k > 0 && tokens[k - 1].is_word() && glued(&tokens[k - 1], &tokens[k]))
        })
}

/// `tokens[i]` right follows an opening quotation mark: one glued to it and not to a word
/// before ("``For", "\"For", not "word\" For").
fn opens_quotation(tokens: &[Token], i: usize) -> bool {
    let Some(q) = i.checked_sub(1) else {
        return false;
    };
    let mark = matches!(tokens[q].lower.as_str(), "`" | "``" | "\"" | "“" | "‘");
    let glued = |a: &Token, b: &Token| a.span.end == b.span.start;
    mark && glued(&tokens[q], &tokens[i])
        && (q == 0 || !(tokens[q - 1].is_word() && glued(&tokens[q - 1], &tokens[q])))
}

/// `tokens[i]` is "&" (or "amp", what is left of "&amp;" in some wire copy) between a name
/// and a capitalised word: "AT&T", "Dow Jones & Co.".
fn is_name_ampersand(tokens: &[Token], i: usize, prev: Option<Class>) -> bool {
    // The class before first: asked of every token, it mostly says no without a comparison.
    prev == Some(Class::Name)
        && matches!(tokens[i].lower.as_str(), "&" | "amp")
        && tokens.get(i + 1).is_some_and(|n| n.capitalized)
}

/// `word` is an auxiliary with "n't" glued on ("wasn't", "can’t"), not "n't" alone.
fn is_contracted_negation(word: &str) -> bool {
    word.len() > 4 && (word.ends_with("n't") || word.ends_with("n\u{2019}t"))
}

/// `word` opens with an ASCII digit: its first byte is one (no character is decoded).
fn starts_with_digit(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The token opens a number: digits, a currency sign, a number word ("about $5", "around
/// 200", "about two dozen").
pub(super) fn starts_number(t: &Token) -> bool {
    t.lower
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '#'))
        || t.is_lex(Lex::NumberWords)
}

/// `tokens[i]` is punctuation that belongs to a number: the `,` or `.` between digits with no
/// space ("45,000", "4.3"), a `%` after one, a `$` or `£` before one (or `#`, which some
/// wire copy prints for `£`: "#34 million").
fn is_number_glue(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let digit_at = |k: usize, first: bool| {
        tokens.get(k).is_some_and(|o| {
            let s = &text[o.span.clone()];
            let c = if first {
                s.chars().next()
            } else {
                s.chars().last()
            };
            c.is_some_and(|c| c.is_ascii_digit())
        })
    };
    let glued_before = i > 0 && tokens[i - 1].span.end == t.span.start;
    let glued_after = tokens
        .get(i + 1)
        .is_some_and(|o| o.span.start == t.span.end);
    match t.lower.as_str() {
        "," | "." | ":" => {
            glued_before
                && glued_after
                && digit_at(i.wrapping_sub(1), false)
                && digit_at(i + 1, true)
        }
        "%" => glued_before && digit_at(i - 1, false),
        "$" | "£" | "€" | "#" => glued_after && digit_at(i + 1, true),
        _ => false,
    }
}

/// The class of the word `tokens[i]`, given the classes `before` it.
fn word_class(tokens: &[Token], i: usize, before: &[Class]) -> Class {
    let prev = before.last().copied();
    let t = &tokens[i];
    let w = t.lower.as_str();
    let listed = |lex: Lex| t.is_lex(lex);
    // Asked only when needed: a walk back over the sentence for every word is quadratic.
    let first = || !past_first_word(tokens, i);
    if starts_with_digit(w) || listed(Lex::NumberWords) {
        return Class::Num;
    }
    // "0.8 per cent": the unit spelt in two words is part of its number, as "%" is.
    let per_cent = match w {
        "per" => tokens.get(i + 1).is_some_and(|n| n.lower == "cent"),
        "cent" => i > 0 && tokens[i - 1].lower == "per",
        _ => false,
    };
    if per_cent && prev == Some(Class::Num) {
        return Class::Num;
    }
    // "the No. 1 auto maker": a rank, no negation.
    if w == "no" && is_rank(tokens, i) {
        return if t.capitalized {
            Class::Name
        } else {
            Class::Noun
        };
    }
    if t.capitalized && !first() {
        // "A", "The" and "I" inside a sentence are still function words, as is the first
        // word of a quotation ("said: \"For years we have"): it opens a sentence.
        let opens_quote = opens_quotation(tokens, i) && (is_function(t) || t.is(PREPOSITIONS));
        if !t.is(DETERMINERS) && !opens_quote {
            return Class::Name;
        }
    }
    if w == "to" {
        let preposition = i.checked_sub(1).is_some_and(|k| {
            let p = &tokens[k];
            p.is(super::words::PREPOSITION_BEFORE_TO)
                || matches!(p.lower.as_str(), "up" | "from" | "close")
        });
        return if preposition || !next_may_be_verb(tokens, i) {
            Class::Prep
        } else {
            Class::To
        };
    }
    // "No agreement was reached", "but no one was hurt": opening a clause before a word, "no"
    // opens the subject's noun phrase (a title without it says the opposite).
    // "has no intention of": after "have", "no" opens the object (it is never "not" there),
    // unless a clause follows its noun ("had no idea the talks ended", read as before).
    // Asked of "no" only: read for every word, the word before was compared four times.
    let object = || {
        i > 0
            && tokens[i - 1].is(HAVE_FORMS)
            && !tokens
                .get(i + 2)
                .is_some_and(|t| t.is(DETERMINERS) || t.is(PRONOUNS))
    };
    let opens_clause =
        || i == 0 || matches!(prev, Some(Class::Coord | Class::Sub | Class::Punct)) || object();
    if w == "no" && opens_clause() && tokens.get(i + 1).is_some_and(Token::is_word) {
        return Class::Det;
    }
    if listed(Lex::Negations) || w == "n't" {
        return Class::Neg;
    }
    // "wasn't", "won’t", "didn't": an auxiliary with its negation glued on (one token), read
    // as the auxiliary it is, so that its subject and verb stay one clause.
    if is_contracted_negation(w) {
        return Class::Aux;
    }
    // "was all but destroyed": "all but" between an auxiliary and its verb is "almost".
    let all_but = match w {
        "all" => {
            prev == Some(Class::Aux)
                && tokens.get(i + 1).is_some_and(|n| n.lower == "but")
                && tokens
                    .get(i + 2)
                    .is_some_and(|v| v.is_word() && is_past_verb(v))
        }
        "but" => prev == Some(Class::Adv) && i > 0 && tokens[i - 1].lower == "all",
        _ => false,
    };
    if all_but {
        return Class::Adv;
    }
    if listed(Lex::Coordinators) {
        return Class::Coord;
    }
    // "So Smith tried", "Yet the firm sold": opening the sentence before its subject, "so"
    // and "yet" join it to the one before, as "and" does ("So far", "yet another" stay).
    if matches!(w, "so" | "yet")
        && first()
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && (n.capitalized || n.is(DETERMINERS) || n.is(PRONOUNS)))
    {
        return Class::Coord;
    }
    // "so that we can leave": "so" before "that" opens a clause of purpose.
    if w == "so" && tokens.get(i + 1).is_some_and(|n| n.lower == "that") {
        return Class::Sub;
    }
    // "towed it away so he could work", "so it could sail": "so" before a clause's subject
    // pronoun opens a clause of purpose or result (a degree's "so" comes before a word that
    // describes, never a pronoun).
    if w == "so" && so_clause(tokens, i) {
        return Class::Sub;
    }
    if t.is(AUXILIARIES) {
        // "had a stake", "has 200 employees": `have` with an object is the verb.
        let possession = matches!(w, "has" | "have" | "had")
            && tokens.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && (n.is(DETERMINERS)
                        // "had eight million guilders of charges".
                        || starts_number(n)
                        // "has about 2.4 million members".
                        || (matches!(n.lower.as_str(), "about" | "around")
                            && tokens.get(i + 2).is_some_and(starts_number)))
            });
        return if possession { Class::Verb } else { Class::Aux };
    }
    if w == "that" {
        // "in that year", "revive that unit now": a determiner before a noun that no verb
        // follows; "said that officials want": a clause.
        let noun_next = tokens.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.capitalized
                && !is_function(n)
                && !n.is(PREPOSITIONS)
                && !is_past_verb(n)
        }) && !amount_after(tokens, i);
        let verb_after = tokens
            .get(i + 2)
            .is_some_and(|n| is_present_form(n) || is_past_verb(n))
            || next_is_verb(tokens, i + 1);
        // "announced that first-half sales rose": after a verb, a noun phrase and then a
        // verb (or a relative pronoun) make it the opener of what was said.
        let clause = prev == Some(Class::Verb) && clause_after(tokens, i);
        // "That plan failed", "But that plan failed": opening the sentence, after a
        // conjunction at most, "that" before a noun and its verb points back.
        let opens = first()
            || i > 0
                && matches!(tokens[i - 1].lower.as_str(), "and" | "but" | "yet")
                && !past_first_word(tokens, i - 1);
        // "That led to a strike": opening the sentence before a past form that no comma
        // follows ("That said, ..."), "that" stands alone for what was told before.
        let standing = first()
            && tokens.get(i + 1).is_some_and(is_past_verb)
            && tokens.get(i + 2).is_some_and(|n| n.is_word());
        if standing {
            return Class::Pron;
        }
        let relative = relative_verb_follows(tokens, i, before);
        return if prev == Some(Class::Prep)
            || (noun_next && (!verb_after || opens) && !clause && !relative)
        {
            Class::Det
        } else {
            Class::Sub
        };
    }
    if listed(Lex::Subordinators) {
        return Class::Sub;
    }
    // "sales of about $54 million": before a number, "about" and "around" hedge it.
    if matches!(w, "about" | "around") && !first() && tokens.get(i + 1).is_some_and(starts_number) {
        return Class::Adv;
    }
    if t.is(PREPOSITIONS) {
        // "an off duty guard", "the in crowd": right after an article, before a word of its
        // noun, a preposition describes that noun (an article never ends a phrase).
        let describes_noun = prev == Some(Class::Det)
            && tokens[i - 1].is(super::words::ARTICLES)
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && !is_function(n) && !n.is(PREPOSITIONS));
        return if describes_noun {
            Class::Noun
        } else {
            Class::Prep
        };
    }
    if t.is(DETERMINERS) {
        // "This was called ...", "many were killed": a determiner standing alone.
        let standing = !t.is(super::words::ARTICLES)
            && !t.is_lex(Lex::PossessiveDeterminers)
            && tokens.get(i + 1).is_some_and(|n| n.is(AUXILIARIES));
        return if standing { Class::Pron } else { Class::Det };
    }
    // "is considering playing": after an auxiliary, the verb of its progressive.
    if listed(Lex::ParticiplePrepositions) && prev != Some(Class::Aux) {
        return Class::Prep;
    }
    // "No one was hurt": the subject's noun, after the "no" that opens it.
    if w == "one" && prev == Some(Class::Det) && i > 0 && tokens[i - 1].lower == "no" {
        return Class::Noun;
    }
    // "his wife and one daughter": "one" before a noun counts it ("one of them", "one said"
    // stand alone).
    let counts = w == "one"
        && tokens.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.capitalized
                && !is_function(n)
                && !n.is(PREPOSITIONS)
                && !n.is(VERB_ADVERBS)
                && !is_present_form(n)
                && !is_past_verb(n)
                && !n.is_shaped(Shape::IngBytes)
        });
    if counts {
        return Class::Num;
    }
    // "US forces": a pronoun's spelling in capitals is an abbreviation, a name.
    if t.is(PRONOUNS) {
        return if t.all_caps { Class::Name } else { Class::Pron };
    }
    // "his family", "a rally", "the first major battle": after a determiner, no adverb.
    let ly_adverb = t.is_shaped(Shape::LyBytes) && !is_verb_lemma(t) && !listed(Lex::LyNouns);
    let adverb =
        t.is(VERB_ADVERBS) || ly_adverb || listed(Lex::TimeAdverbs) || listed(Lex::LinkingAdverbs);
    // "First Security Corp. said", "First of Texas Corp. said": an ordinal before a name,
    // or before "of" and a name, opens the name.
    let name_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.is_word() && n.capitalized && !is_function(n))
    };
    let of_name = || tokens.get(i + 1).is_some_and(|n| n.lower == "of") && name_at(i + 2);
    let opens_name = w == "first" && t.capitalized && (name_at(i + 1) || of_name());
    // "to break even": "even" completes the verb (no adverb a title may drop).
    let completes = w == "even" && i > 0 && tokens[i - 1].is_lex(Lex::EvenVerbs);
    if adverb && !opens_name && !completes && !matches!(prev, Some(Class::Det | Class::Poss)) {
        return Class::Adv;
    }
    let after_verb_opener = matches!(prev, Some(Class::Aux | Class::To))
        || (matches!(prev, Some(Class::Adv | Class::Neg)) && opened_before(tokens, i));
    // "Keating's convictions": a word with a possessive owns what follows, no verb.
    // The next token first: most words have no possessive after them.
    if tokens
        .get(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Possessive && n.span.start == t.span.end)
        && !matches!(w, "there" | "here")
    {
        return if t.capitalized {
            Class::Name
        } else {
            Class::Noun
        };
    }
    let past = is_past_verb(t);
    // "he died", "they fought": a verb's form after a personal pronoun.
    if prev == Some(Class::Pron) && (past || is_verb_lemma(t)) {
        return Class::Verb;
    }
    let ing = t.is_shaped(Shape::IngBytes) && !t.is(NOT_VERB_FORMS);
    if after_verb_opener && (past || ing || is_verb_lemma(t) || !t.capitalized) {
        return Class::Verb;
    }
    // "Diversified Investment Group Inc. said": a capitalised word that opens the sentence
    // before the rest of a business's name is part of it.
    if t.capitalized && (past || ing) && opens_business_name(tokens, i) {
        return Class::Name;
    }
    // "Ahmed said", "Khaled has left": a capitalised first word of "-ed" form right before a
    // verb's past form, a verb of saying or an auxiliary is a name, no verb.
    let verb_after = || {
        tokens
            .get(i + 1)
            .is_some_and(|n| is_past_verb(n) || n.has(Form::SayVerb) || n.is(AUXILIARIES))
    };
    if t.capitalized && first() && past && !t.is(IRREGULAR_PAST) && verb_after() {
        return Class::Name;
    }
    if past || ing {
        return participle_class(tokens, i, before, past, ing);
    }
    present_class(tokens, i, before)
}

/// "and that more than half will": "that" before a comparison of amount ("more than", "less
/// than", "fewer than") opens a clause; no noun follows it.
fn amount_after(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| matches!(n.lower.as_str(), "more" | "less" | "fewer"))
        && tokens.get(i + 2).is_some_and(|t| t.lower == "than")
}

#[cfg(test)]
mod tests;
