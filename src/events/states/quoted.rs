//! What a speaker's own words tell. A quotation in the present or with a modal ("``We love
//! playing at home,'' he said", "``I expect a vote tonight''") gives a view, a wish or an
//! expectation, no happening: neither its words nor the saying its date is given to ("...,''
//! Senator Vane said today") go on a timeline. A quotation that tells a past deed ("``Our men
//! took the hill at dawn''") keeps its events, and so does its saying.
//!
//! A saying of a possibility is no happening either: "Mr Holt said on Monday Chile might
//! close its ports", "The tomb may hold the bones of a king, officials reported", "He vowed on
//! Sunday he would quit if he must".

use std::cell::OnceCell;
use std::ops::Range;

use super::super::chunk::Lex;
use super::super::detect::{is_past_form, word_before_adverbs};
use super::super::lookup::Form;
use super::super::words::{
    AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, OTHER_FUNCTION_WORDS, PLAN_BEFORE_TO, PLAN_WORDS,
    POSSIBILITY_MODALS, PREPOSITIONS, PRONOUNS, REPORT_VERBS, SAYING_VERBS, Shape, Token,
    TokenKind, VERB_ADVERBS, quotation_mark,
};

/// How many words a speaker next to its quotation may have: "..., the party's deputy leader
/// said".
const SPEAKER_WORDS: usize = 6;

/// How many tokens a saying's date, speaker and marks may take beside its quotation: a
/// longer stretch is no aside ("..., he said on Monday in Rome." fits).
const ASIDE_TOKENS: usize = 16;

/// How many tokens after "would" its condition may open: "would walk to the shrine if".
const CONDITION_REACH: usize = 20;

/// The quotations of a sentence, found once, in order.
#[derive(Default)]
pub(super) struct Quotations {
    /// The tokens inside each quotation's marks, and whether it gives a view (see
    /// [`gives_view`]), read when an event first asks: most quotations hold none.
    spans: Vec<(Range<usize>, OnceCell<bool>)>,
}

impl Quotations {
    /// One walk over the sentence. A sentence may open inside a quotation that an earlier one
    /// opened (its first mark closes) and end inside one.
    pub(super) fn new(tokens: &[Token]) -> Self {
        let mut spans = Vec::new();
        let mut open: Option<usize> = None;
        let mut seen = false;
        for i in 0..tokens.len() {
            let Some(opens) = quotation_mark(tokens, i, open.is_some()) else {
                continue;
            };
            match (opens, open) {
                (true, _) => open = Some(i + 1),
                (false, Some(start)) => spans.push(start..i),
                (false, None) if !seen => spans.push(0..i),
                (false, None) => {}
            }
            if !opens {
                open = None;
            }
            seen = true;
        }
        if let Some(start) = open {
            spans.push(start..tokens.len());
        }
        let spans = spans
            .into_iter()
            .map(|span| (span, OnceCell::new()))
            .collect();
        Self { spans }
    }

    /// The event word `tokens[event]` is in a quotation that gives a view, or says one: a
    /// verb of saying next to such a quotation, with only its speaker and date beside it.
    pub(super) fn view(&self, tokens: &[Token], in_timex: &[bool], event: usize) -> bool {
        // The last quotation that opens at or before the event.
        let at = self.spans.partition_point(|(span, _)| span.start <= event);
        let before = at.checked_sub(1).map(|k| &self.spans[k]);
        let gives = |(span, view): &(Range<usize>, OnceCell<bool>)| {
            *view.get_or_init(|| gives_view(tokens, span))
        };
        if before.is_some_and(|quote| quote.0.contains(&event) && gives(quote)) {
            return true;
        }
        if !says(&tokens[event]) {
            return false;
        }
        let dated = |i: usize| in_timex.get(i).is_some_and(|&d| d);
        let aside = |i: usize| {
            let t = &tokens[i];
            dated(i)
                || (t.is(PREPOSITIONS) && dated(i + 1))
                || matches!(t.lower.as_str(), "," | ":")
                || quotation_mark(tokens, i, true).is_some()
        };
        // "``...,'' Senator Vane said today.": a speaker after the quotation, and after the
        // verb only its date, or the speaker ("said Ms Roe").
        let after_quote = before.is_some_and(|quote| {
            let span = &quote.0;
            // Bounded: a sentence of many dates asks this of each.
            if event > span.end + ASIDE_TOKENS || tokens.len() > event + ASIDE_TOKENS {
                return false;
            }
            let speaker = (span.end + 1..event)
                .filter(|&i| tokens[i].is_word())
                .count();
            let trailing = (event + 1..tokens.len())
                .filter(|&i| tokens[i].is_word() && !aside(i))
                .count();
            gives(quote)
                && span.end < event
                && speaker + trailing <= SPEAKER_WORDS
                && (span.end + 1..event).all(|i| tokens[i].is_word() || aside(i))
                && (event + 1..tokens.len())
                    .all(|i| tokens[i].is_word() || aside(i) || ends(tokens, i))
        });
        // "Senator Vane said today: ``...''": the quotation follows the verb and its date.
        let before_quote = self.spans.get(at).is_some_and(|quote| {
            let span = &quote.0;
            span.start <= event + ASIDE_TOKENS
                && tokens.len() <= span.end + ASIDE_TOKENS
                && gives(quote)
                && (span.end..tokens.len()).all(|i| !tokens[i].is_word())
                && (event + 1..span.start.saturating_sub(1)).all(aside)
        });
        after_quote || before_quote
    }
}

/// `t` is a verb of saying or declaring with a tense: "said", "reported", "declared" ("filed
/// a brief on Monday arguing ..." dates the filing, not the "-ing" form).
fn says(t: &Token) -> bool {
    (t.is(SAYING_VERBS) || t.is(REPORT_VERBS) || t.has(Form::SayVerb))
        && !t.is_shaped(Shape::IngBytes)
}

/// `tokens[i]` is a sentence's closing punctuation.
fn ends(tokens: &[Token], i: usize) -> bool {
    matches!(tokens[i].lower.as_str(), "." | "!" | "?")
}

/// The quotation `tokens[span]` is in the present or holds a modal of possibility ("we're
/// worried", "it gives us", "could win") and tells nothing past ("took", "was hit", "have
/// arrested") nor a plan ("will hold"), or a speaker tells a view ("I expect", "we want"):
/// it gives a speaker's view, wish or expectation. A quoted name or phrase with no verb (the
/// so-called ``peace plan'') gives none.
fn gives_view(tokens: &[Token], span: &Range<usize>) -> bool {
    let (mut present, mut past, mut plan, mut opinion) = (false, false, false, false);
    for i in span.clone() {
        let t = &tokens[i];
        if t.kind == TokenKind::Possessive {
            // "it's", "that's": after a pronoun, the "'s" is "is" or "has".
            present |= i > span.start && tokens[i - 1].is(PRONOUNS);
            continue;
        }
        if !t.is_word() {
            continue;
        }
        let word = t.lower.as_str();
        let (stem, contracted) = contraction(word);
        if contracted {
            let tail = &word[stem.len()..];
            if tail.ends_with("ll") {
                // "we'll", "won't": a plan or a promise.
                plan = true;
            } else if stem.is_empty() {
                // "we're", "I've": a present auxiliary; "'d" may be "had" or "would".
                present |= !tail.ends_with('d');
            } else if t.is_lex(Lex::PastAuxiliaries) {
                // "didn't" is in the lists of "did", "won't" in those of "will" (see `lookup`).
                past = true;
            } else if t.is(PLAN_WORDS) {
                plan = true;
            } else {
                present = true;
            }
            past |= perfect(tokens, i, span);
            continue;
        }
        // "will hold", "is going to be", "are to meet": a plan.
        plan |= t.is(PLAN_BEFORE_TO) && tokens.get(i + 1).is_some_and(|n| n.lower == "to");
        if t.is_lex(Lex::PastAuxiliaries) {
            past = true;
        } else if t.is(PLAN_WORDS) {
            plan = true;
        } else if t.is(AUXILIARIES) || t.is_lex(Lex::Modals) {
            // "have arrested": a deed done, told in the present perfect.
            past |= perfect(tokens, i, span);
            present |= t.is_lex(Lex::PresentAuxiliaries) || t.is_lex(Lex::Modals);
        } else if is_past_form(t) {
            past |= finite(tokens, i, span);
        } else {
            // "we love", "it gives": a plain verb after a subject pronoun; "I expect", "we
            // want": the speaker's view of what follows ("hard to believe" is none).
            let after_pronoun = i > span.start && tokens[i - 1].is(PRONOUNS);
            let opines = t.has(Form::OpinionVerb) && !(i > 0 && tokens[i - 1].lower == "to");
            opinion |= opines && after_pronoun;
            present |= opines || (after_pronoun && !t.capitalized);
        }
    }
    opinion || (present && !past && !plan)
}

/// The past form `tokens[i]` is a finite verb: a subject's word before it (adverbs aside),
/// not an auxiliary, a determiner, a preposition or `to` ("we're worried", "the injured
/// man", "to be located" are no past deeds).
fn finite(tokens: &[Token], i: usize, span: &Range<usize>) -> bool {
    word_before_adverbs(tokens, i).is_some_and(|j| {
        let t = &tokens[j];
        j >= span.start
            && !t.is(AUXILIARIES)
            && !t.is_lex(Lex::Modals)
            && !t.is(DETERMINERS)
            && !t.is(PREPOSITIONS)
            && !contraction(&t.lower).1
    })
}

/// `tokens[i]` is `have` (or its contraction) before a participle: "have arrested", "'ve
/// seized", "has been freed".
fn perfect(tokens: &[Token], i: usize, span: &Range<usize>) -> bool {
    let word = tokens[i].lower.as_str();
    let (stem, contracted) = contraction(word);
    let have = matches!(if contracted { stem } else { word }, "has" | "have" | "had")
        || (contracted && stem.is_empty() && word.ends_with("ve"));
    let next = |from: usize| (from..span.end).find(|&k| !tokens[k].is(VERB_ADVERBS));
    // "have been arrested" is done; "have been waiting" goes on.
    have && next(i + 1).is_some_and(|k| {
        let been = tokens[k].lower == "been";
        let k = if been { next(k + 1) } else { Some(k) };
        k.is_some_and(|k| is_past_form(&tokens[k]))
    })
}

/// A contracted auxiliary: the stem before "n't" ("did", "is", "ca"), or an empty stem for
/// "we're", "I'm", "they've", "you'll", "she'd"; `false` when the word is no contraction.
fn contraction(word: &str) -> (&str, bool) {
    if let Some(stem) = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("n\u{2019}t"))
    {
        return (stem, true);
    }
    let tail = word.rfind(['\'', '\u{2019}']).map(|k| &word[k..]);
    let contracted = tail.is_some_and(|tail| {
        let tail = tail.trim_start_matches(['\'', '\u{2019}']);
        matches!(tail, "re" | "m" | "ve" | "ll" | "d")
    });
    ("", contracted)
}

/// "Mr Holt said on Monday Chile might close its ports", "officials said the plant could
/// shut", "He vowed he would quit if he must": a saying (its date and `that` after it) of a
/// clause whose verb follows a modal of possibility, or `would` with a condition after it,
/// says a possibility, no happening.
pub(super) fn says_possibility(tokens: &[Token], in_timex: &[bool], event: usize) -> bool {
    // "is predicted for today": a passive tells no saying.
    let passive = word_before_adverbs(tokens, event).is_some_and(|j| tokens[j].is(AUXILIARIES));
    if !says(&tokens[event]) || passive {
        return false;
    }
    let subject = super::clause::said_clause_start(tokens, in_timex, event);
    // The subject ends at an auxiliary, a verb, or a word that opens or joins clauses ("but
    // farmers say they can").
    let i = super::clause::said_subject_end(tokens, in_timex, subject, |t| {
        t.is(CLAUSE_OPENERS) || t.is(OTHER_FUNCTION_WORDS) || (!t.capitalized && says(t))
    });
    let Some(modal) = tokens.get(i).filter(|m| i > subject && !m.capitalized) else {
        return false;
    };
    let verb_after = tokens.get(i + 1).is_some_and(Token::is_word);
    let conditional = modal.is_lex(Lex::PastModals)
        && tokens[i + 1..]
            .iter()
            .take(CONDITION_REACH)
            .take_while(|t| !matches!(t.lower.as_str(), "." | ";"))
            .any(|t| t.lower == "if" || t.lower == "unless");
    verb_after && (modal.is(POSSIBILITY_MODALS) || conditional)
}
