//! The day's own news. The lead of a news article, its first sentence or two after the
//! dateline, usually tells what happened that day without a date in its sentence ("The company
//! has agreed to sell its stake in ..."): the article's main event, dated to the reference
//! date. It is approximate, since the lead says "has agreed" or leaves out "on Thursday".
//!
//! Only an event verb outside quotes, with a subject before it, that is not a saying or an
//! opinion ("said", "believes"), not hedged ("may have prevented") and not a plan ("will
//! visit" has no date), makes a lead; a lead
//! that opens with a quote is an opinion, not the news.

use std::ops::ControlFlow;

use chrono::{Datelike, NaiveDate};

use super::chunk::Lex;
use super::detect::{EventPos, is_function_word, is_past_form, word_before_adverbs};
use super::draft_words::DraftWords;
use super::lookup::Form;
use super::words::{
    ARTICLES, AUXILIARIES, COPULAS, NEGATIONS, NEGATIVE_DETERMINERS, NEGATIVE_SUBJECTS,
    OBLIGATION_PARTICIPLES, PENDING_CONJUNCTIONS, PERIOD_NOUNS, POSSIBILITY_MODALS, PREPOSITIONS,
    PRONOUNS, RELATIVE_PRONOUNS, SAYING_VERBS, Shape, Token, TokenKind, VERB_ADVERBS,
    is_dateline_dash, is_in, is_lower_word, quotation_mark,
};
use super::{Draft, Names, SentenceAnalysis, kind_of, status, title};
use crate::timeline::Status;
use crate::timeline::date::{Precision, TimelineDate};
use crate::timex::Timex;
use aside::{in_ing_aside, in_relative_aside, in_subject_relative, opening_clause, untensed_ing};

/// How many sentences of the body the lead is.
pub const LEAD_SENTENCES: usize = 2;

/// Confidence of a lead's event: no expression dates it, the genre does.
const LEAD_CONFIDENCE: f64 = 0.6;

/// What titling the dated events of a lead's sentence found, for the lead's own title.
#[derive(Default)]
pub(super) struct Found {
    pub(super) clauses: Option<title::Clauses>,
    pub(super) titles: Option<title::Found>,
}

/// What every sentence of the lead is read against: the body's text, its words as the
/// titles' look-back windows keep them, its temporal expressions and its reference date.
#[derive(Clone, Copy)]
pub(super) struct Body<'t> {
    pub(super) text: &'t str,
    pub(super) windows: &'t super::words::Windows<'t>,
    pub(super) timexes: &'t [Timex],
    pub(super) reference: NaiveDate,
}

/// What the lead's sentence `k` (of the body's, `k` below [`LEAD_SENTENCES`]) tells: the
/// lead's event (`Break(Some)`), that the lead has none (`Break(None)`), or no event of its own,
/// the next sentence being read then (`Continue`): the first sentence that tells one is the
/// lead's, and its event is the lead's if it has no date of its own.
/// `wanted` tells whether a draft (all but its title) is news still: the title, the dearest
/// part, is made only then; its flag says that a telling after the lead's verb dates the
/// news to another day, so that any draft of its sentence tells it already. `found` is what
/// titling the sentence's dated events found, not found again.
pub(super) fn draft<'t>(
    body: &Body<'t>,
    sentence: &'t SentenceAnalysis,
    found: Found,
    k: usize,
    wanted: impl Fn(&Draft, bool) -> bool,
) -> ControlFlow<Option<Draft>> {
    let Body {
        text,
        windows,
        timexes,
        reference,
    } = *body;
    let tokens = &sentence.tokens;
    // "How did the warheads come to be stored there?": a question asks and tells no news; a
    // lead that asks one opens a feature, whose next sentence sets a scene or answers.
    if is_question(tokens) {
        return ControlFlow::Break(None);
    }
    let clauses = found.clauses.unwrap_or_else(|| title::Clauses::new(tokens));
    // A sentence that tells a state ("The chip has flaws") leaves the day no news of its own.
    let mut stated = false;
    // Where the phrase of a participle that describes the subject ends, if one does.
    let mut described_until = 0;
    let Some(verb) = main_verb(sentence, &clauses, &mut stated, &mut described_until) else {
        return if stated {
            ControlFlow::Break(None)
        } else {
            ControlFlow::Continue(())
        };
    };
    // A dated main verb is an event already, as is one whose subject is dated ("Friday's
    // vote was postponed"); so is a dated saying that reports it ("On Friday, officials said
    // the plant would close" tells Friday's statement).
    // An expression that gives no date ("a 24-hour clinic") dates no verb.
    let dates = |n: usize| {
        timexes
            .get(n)
            .is_some_and(|t| super::dating::gives_date(t, Some(reference)))
    };
    if sentence.links.iter().any(|&(n, e, rule)| {
        let subject = || sentence.dates_subject(&timexes[n].span(), e, rule, verb);
        dates(n) && (e == verb || subject() || (e < verb && tokens[e].is(SAYING_VERBS)))
    }) {
        return ControlFlow::Break(None);
    }
    // A telling after it dated to another day than the article's ("The plant will close,
    // officials said on Friday") makes the news Friday's, told by the sentence's draft if it
    // has one.
    let other_day = |n: usize| {
        timexes
            .get(n)
            .and_then(super::dating::timeline_date)
            .is_some_and(|d| d.first_day() == d.last_day() && d.first_day() != reference)
    };
    let told_after = sentence.links.iter().any(|&(n, e, _)| {
        tokens[e].is(SAYING_VERBS) && telling_after(tokens, verb, e) && other_day(n)
    });
    let clause = clauses.of(verb);
    // "The second named storm formed on March 3", "A bomb planted by rebels exploded on
    // Monday": a dated past form after the participle found, in its clause and with no comma
    // or `that` between, is the clause's own verb, and an event already.
    // Where a comma or `that` first follows the participle: found once, not for each link.
    let stop = (verb + 1..clause.end)
        .find(|&i| matches!(tokens[i].lower.as_str(), "," | "that"))
        .unwrap_or(clause.end);
    let participle_before = |e: usize| {
        e > verb
            && e < stop
            && is_past_form(&tokens[verb])
            && is_past_form(&tokens[e])
            && sentence.is_verb(e)
    };
    if sentence.links.iter().any(|&(_, e, _)| participle_before(e)) {
        return ControlFlow::Break(None);
    }
    // "Marsh was mending a fence on his farm last spring when ...": a clause with a time
    // of its own tells of another day ("before next week's talks" dates the talks).
    let in_timex = &sentence.in_timex;
    // "The May 4, 1970, shootings left", "charged in the Jan. 3, 2012, attack": a date's own
    // commas cut no clause, so the clause reaches over the date on both sides.
    let after_date = clause.start > 0 && in_timex[clause.start - 1];
    let end = clause.end + in_timex[clause.end..].iter().take_while(|&&x| x).count();
    let own_time = after_date
        || (clause.start..end).any(|i| {
            let run_ends = in_timex[i] && !in_timex.get(i + 1).is_some_and(|&x| x);
            run_ends
                && tokens
                    .get(i + 1)
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
                // "debentures due Oct. 15, 1999": a debt's term or a thing's age is no day
                // the clause tells of; nor is a noun's own time ("for the match starting on
                // Friday").
                && {
                    let start = (0..=i).rev().take_while(|&k| in_timex[k]).last().unwrap_or(i);
                    let span = start..i + 1;
                    !super::link::dates_no_happening(tokens, &span)
                        && super::link::noun_time(tokens, &sentence.events, &span).is_none()
                }
        });
    if own_time || opens_with_period(tokens) {
        return ControlFlow::Continue(());
    }
    // "A man accused of planning raids was arrested": the plan is the participle's.
    // "Acme said it plans to open a plant": a plan told that day makes the telling the day's
    // news, as a headline gives it ("Acme says it plans to ..."): the saying happened.
    let told_plan = status::Plans::new(tokens).within(clause.start.max(described_until), verb);
    let (verb, clause) = if told_plan {
        match telling_of_plan(sentence, &clauses, verb) {
            Some(saying) => (saying, clauses.of(saying)),
            None => return ControlFlow::Break(None),
        }
    } else {
        (verb, clause)
    };
    let (Ok(month), Ok(day)) = (
        u8::try_from(reference.month()),
        u8::try_from(reference.day()),
    ) else {
        return ControlFlow::Break(None);
    };
    let date = TimelineDate {
        year: reference.year(),
        precision: Precision::Day(month, day),
        approximate: true,
    };
    let attribution = status::Attribution::new(tokens);
    let mut draft = Draft {
        date,
        // The day dates a telling that opens the lead ("Netanyahu says gaps remain"): the
        // news is the statement, and it happened.
        status: if attribution.reported(verb) && !attribution.said_before(verb) {
            Status::Reported
        } else {
            Status::Happened
        },
        // Titled below, if wanted.
        words: DraftWords::new(
            String::new(),
            &kind_of(&tokens[verb].lower),
            &Names::new(tokens).near(verb, &clause),
            super::retold::roles(tokens, verb, &clause),
        ),
        rare: None,
        first: super::drafts::span(&sentence.range),
        first_tenths: super::drafts::Tenths::of(LEAD_CONFIDENCE),
        sentence: u32::try_from(k).unwrap_or(u32::MAX),
    };
    if !wanted(&draft, told_after) {
        return ControlFlow::Break(None);
    }
    let mut titles = match found.titles {
        Some(found) => title::Titles::again(text, tokens, in_timex, found),
        None => title::Titles::new(text, tokens, in_timex),
    }
    .with_windows(windows);
    // "Four climbers rescued from a glacier are in a stable condition": the participle's
    // phrase tells the news, the verb after it a state.
    let title = match reduced::reduced_participle(tokens, verb, |k| sentence.is_verb(k)) {
        Some(after) => titles.participle_lead_title(verb, after),
        None => titles.title(&clause, verb),
    };
    // A telling of a plan is the lead only as its headline, speaker and saying, told whole:
    // a title that keeps only what is said would tell the plan as done.
    if told_plan && !tells_its_saying(&title, &text[tokens[verb].span.clone()]) {
        return ControlFlow::Break(None);
    }
    draft.words.retitle(&title);
    ControlFlow::Break(Some(draft))
}

/// The lead's main verb: the first event verb after the dateline, outside quotes, with a word
/// before it in its clause (its subject), that is no saying, and comes before any opinion.
/// `None` for a sentence that opens with a quote.
/// `after_state` is set when a verb of state was passed over.
/// `described_until` is set to the verb after the phrase of a participle that describes the
/// subject (see [`reduced::reduced_participle`]).
fn main_verb(
    sentence: &SentenceAnalysis,
    clauses: &title::Clauses,
    after_state: &mut bool,
    described_until: &mut usize,
) -> Option<usize> {
    let tokens = &sentence.tokens;
    if tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“" | "‘"))
    {
        return None;
    }
    let from = after_dateline(tokens);
    let mut quoted = vec![false; tokens.len()];
    let mut inside = false;
    for (i, q) in quoted.iter_mut().enumerate() {
        inside = quotation_mark(tokens, i, inside).unwrap_or(inside);
        *q = inside;
    }
    // "Analysts believe the economy is weak": what follows an opinion is a view.
    let opinion = tokens
        .iter()
        .position(|t| t.is_word() && t.has(Form::OpinionVerb))
        .unwrap_or(tokens.len());
    // After a verb of state ("Crane holds a 9% stake"), only a verb joined to it tells the
    // news of the same subject ("... and may seek control"): a later one may be a
    // participle of a noun phrase ("a low cost skilled workforce").
    // "Their flag is a red star, framed with two swords": a past form after a comma that
    // follows a clause of `be` describes what that clause names; the sentence tells a state.
    let copula = (from..tokens.len()).find(|&c| {
        tokens[c].is(COPULAS) && !quoted[c] && !tokens.get(c + 1).is_some_and(is_past_form)
    });
    // "were from a navy unit based at Brest": so does a past form right after a noun of that
    // clause (no comma between), unless it describes a subject (see
    // `reduced::reduced_participle`).
    let describes = |i: usize| {
        copula.is_some_and(|c| {
            c + 1 < i
                && is_past_form(&tokens[i])
                && (tokens[i - 1].lower == ","
                    || (after_noun(&tokens[i - 1])
                        && !tokens[c + 1..i].iter().any(|t| t.lower == ",")
                        && reduced::reduced_participle(tokens, i, |k| sentence.is_verb(k))
                            .is_none()))
        })
    };
    // Where the first saying, and the first saying of the speaker itself, stand: found
    // once, each verb asks whether one comes before it.
    let saying = tokens
        .iter()
        .position(|t| t.is(SAYING_VERBS))
        .unwrap_or(tokens.len());
    let self_saying = first_said_of_itself(tokens);
    let tensed = tokens
        .iter()
        .zip(&quoted)
        .any(|(t, &q)| !q && (t.is(AUXILIARIES) || t.is(COPULAS) || is_past_form(t)));
    // `asides`: the end of an opening clause to pass over (0 for none) when verbs of
    // clauses that describe are passed over; `None` when no verb is.
    let pick =
        |skip: bool, asides: Option<usize>, described_until: &mut usize, after_state: &mut bool| {
            sentence.events.iter().find_map(|&(i, pos)| {
                // "Asked who would pay, the council voted": the verbs of an opening clause with
                // no subject of its own are not the news; the clause after its comma tells it.
                if let Some(opening) = asides
                    && (i < opening
                    // "Rescuers who reached the hut freed two climbers": the verb of a
                    // relative clause inside the subject describes it; the verb after the
                    // clause tells the news.
                    || (pos == EventPos::Verb && in_subject_relative(sentence, i)))
                {
                    return None;
                }
                if pos == EventPos::Verb && describes(i) {
                    *after_state = true;
                    return None;
                }
                // "Acme, reeling from a loss of orders, closed a plant": an "-ing" form right after a
                // comma opens an aside that describes what comes before; the verb after it tells the
                // news.
                if pos == EventPos::Verb && in_ing_aside(tokens, i) {
                    return None;
                }
                // "Most of the hills, where rebels have hidden, were taken": a relative clause set off
                // by commas describes a noun; the verb after it tells the news.
                if pos == EventPos::Verb && in_relative_aside(tokens, i) {
                    return None;
                }
                // "A man accused of planning raids has been arrested": the participle and the verbs
                // of its phrase describe the man.
                if i < *described_until {
                    return None;
                }
                if skip
                    && pos == EventPos::Verb
                    && let Some(verb) =
                        reduced::reduced_participle(tokens, i, |k| sentence.is_verb(k))
                {
                    *described_until = verb;
                    return None;
                }
                // "There are no figures for the number of workers living here": an "-ing" form with
                // no form of "be" before it has no tense, and describes the noun before it, when
                // the sentence has a verb with a tense ("Acme slashing jobs" alone is a headline).
                if pos == EventPos::Verb && tensed && untensed_ing(tokens, i) {
                    return None;
                }
                // "says the watchdog should put the matter on its agenda", "are continuing to deny
                // any part in it", "the new laws need safeguards": advice, a stance kept, a need or a
                // habit is no news, and the verbs after it tell what is advised, denied or needed.
                if pos == EventPos::Verb && i >= from && !quoted[i] && keeps_no_news(tokens, i) {
                    *after_state = true;
                    return None;
                }
                // A verb inside the dateline ("Call - ...") has no subject after the dateline.
                let subject = tokens[clauses.of(i).start.max(from).min(i)..i]
                    .iter()
                    .any(|t| t.is_word() && !t.is(PREPOSITIONS))
                    || subject_before_aside(sentence, from, i);
                let after_to = i > 0 && tokens[i - 1].lower == "to";
                let w = tokens[i].lower.as_str();
                // The state test, the dearest, last.
                (pos == EventPos::Verb
            && i >= from
            && !quoted[i]
            && subject
            && !after_to
            && i < opinion
            && !is_in(SAYING_VERBS, w)
            && !tokens[i].has(Form::OpinionVerb)
            && !super::states::is_state_verb(tokens, i)
            && !stative(sentence, i, after_state)
            // "may have prevented the carnage": a possibility is no news, unless a speaker
            // before it tells it ("said it may make a cash bid"); "said the city might close
            // its port" tells a mere possibility of another.
            && (!super::states::hedged(tokens, i) || saying < i)
            && !possible_of_another(tokens, i, saying, self_saying)
            // "it is a matter of time before the fugitive is caught": still to come.
            && !pending(tokens, i)
            // "says if the talks fail the union will strike": what may come of a condition.
            && !super::states::conditional(tokens, i)
            // "The financial assistance ... are not helping": what is denied is no news,
            // unless a telling after it makes the denial a statement ("..., X warned").
            && (!super::states::negated(tokens, i) || told_after(tokens))
            && !standing_rule(tokens, i, after_state)
            && !(i < saying && past_perfect(tokens, i))
            && !copular_state(tokens, i, after_state))
                .then_some(i)
            })
        };
    // "A rifle found near the farm may hold clues": when the verb after the participle's
    // phrase is no news, the participle stays the lead's verb, as without the phrase read.
    let attempt = |asides: Option<usize>, described_until: &mut usize, after_state: &mut bool| {
        let saved_state = *after_state;
        let found = pick(true, asides, described_until, after_state);
        if found.is_some() || *described_until == 0 {
            return found;
        }
        *described_until = 0;
        *after_state = saved_state;
        pick(false, asides, described_until, after_state)
    };
    // "Shipping firms raise rates, analysts say": what looked like an opening clause or a
    // relative one was the main one when no verb after it tells news.
    let saved_state = *after_state;
    let found = attempt(
        Some(opening_clause(tokens, from)),
        described_until,
        after_state,
    );
    if found.is_some() {
        return found;
    }
    *described_until = 0;
    *after_state = saved_state;
    attempt(None, described_until, after_state)
}

/// The sentence ends with a question mark, closing quotes and brackets aside.
fn is_question(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .rev()
        .find(|t| {
            !matches!(
                t.lower.as_str(),
                "\"" | "''" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]"
            )
        })
        .is_some_and(|t| t.lower == "?")
}

/// The sentence opens with a period the tagger leaves undated, before a comma: "In the
/// year-earlier quarter, ...", "For the latest period, ..." tell of that period, not the day.
fn opens_with_period(tokens: &[Token]) -> bool {
    let body = &tokens[after_dateline(tokens).min(tokens.len())..];
    let opener = body
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "in" | "for" | "during"));
    let comma = body.iter().take(8).position(|t| t.lower == ",");
    opener && comma.is_some_and(|c| body[1..c].iter().any(|t| t.is(PERIOD_NOUNS)))
}

/// `tokens[i]` tells advice, a stance kept, a need (see [`super::states::advised`]) or a
/// habit ("critics have predicted his fall so many times").
fn keeps_no_news(tokens: &[Token], i: usize) -> bool {
    super::states::advised(tokens, i)
        || super::states::keeps_a_stance(tokens, i)
        || super::states::needs_a_thing(tokens, i)
        || super::states::habitual(tokens, i)
        || super::states::repeated(tokens, i)
}

/// `tokens[i]` tells a state: a verb of having with no happening had, or of seeming
/// (`after_state` is then set), or comes after one and is not joined to it by a coordinator
/// (adverbs and auxiliaries between): "holds a 9% stake ... and may seek control".
fn stative(sentence: &SentenceAnalysis, i: usize, after_state: &mut bool) -> bool {
    let tokens = &sentence.tokens;
    if super::states::possession(tokens, i) || super::states::seems(tokens, &sentence.in_timex, i) {
        *after_state = true;
        return true;
    }
    let joined = || {
        let before = tokens[..i]
            .iter()
            .rev()
            .find(|t| !t.is(AUXILIARIES) && !t.is(VERB_ADVERBS));
        before.is_some_and(|t| t.is_lex(Lex::Coordinators))
    };
    *after_state && !joined()
}

/// "The banks are already obliged to keep records": a participle of obligation or leave
/// after a present "be" and before `to` tells a standing rule, no news of the day
/// (`after_state` is then set). "Was forced to close" tells a happening.
fn standing_rule(tokens: &[Token], i: usize, after_state: &mut bool) -> bool {
    let rule = tokens[i].is(OBLIGATION_PARTICIPLES)
        && tokens.get(i + 1).is_some_and(|t| t.lower == "to")
        && word_before_adverbs(tokens, i)
            .is_some_and(|j| matches!(tokens[j].lower.as_str(), "is" | "are" | "am"));
    *after_state |= rule;
    rule
}

/// `t`, right before a past form, may be the noun it describes: a word that is no function
/// word, adverb, verb form or negation ("are being used").
fn after_noun(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !matches!(t.lower.as_str(), "be" | "being" | "been" | "having")
        && !is_function_word(t)
        && !is_past_form(t)
        && !t.is(AUXILIARIES)
        && !t.is(COPULAS)
        && !t.is(VERB_ADVERBS)
        && !t.is(NEGATIONS)
        && !t.lower.ends_with("ly")
}

/// `tokens[i]` is the participle of a past perfect ("had trained", "had not yet been seen"):
/// what came before the news, unless a saying before it tells the news in the past ("said
/// they had found the car"), which the caller asks.
fn past_perfect(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    // At most "had not yet been": three words between.
    for _ in 0..4 {
        let Some(k) = word_before_adverbs(tokens, j) else {
            return false;
        };
        let t = &tokens[k];
        if !(t.lower == "been" || t.lower == "yet" || t.is(NEGATIONS)) {
            return t.lower == "had";
        }
        j = k;
    }
    false
}

/// "Aid groups are critical of the claims", "The capital is agog": a word after `be` that is
/// no participle tells a stance or a state, no news of the day (`after_state` is then set).
/// "There has been relief for the crews" tells that something came about, and "are close to
/// signing a deal", "is ready to meet the envoy" a deed at hand.
fn copular_state(tokens: &[Token], i: usize, after_state: &mut bool) -> bool {
    if !super::states::is_state(tokens, i) {
        return false;
    }
    let existential = tokens[..i]
        .iter()
        .rev()
        .find(|t| !t.is(AUXILIARIES) && !t.is(VERB_ADVERBS))
        .is_some_and(|t| t.lower == "there");
    // "was unwilling to comment" denies the deed.
    let deed_at_hand = !tokens[i].is(NEGATIONS)
        && tokens.get(i + 1).is_some_and(|t| t.lower == "to")
        && tokens.get(i + 2).is_some_and(|t| {
            t.is_word() && !t.capitalized && !t.has_digit() && !is_function_word(t)
        });
    let state = !existential && !deed_at_hand;
    *after_state |= state;
    state
}

/// The verb `tokens[verb]` follows an aside that opens with a preposition or an article, or
/// is a place, and holds no verb, with its subject before the aside: "Montedison, through its
/// unit, began an offer".
fn subject_before_aside(sentence: &SentenceAnalysis, from: usize, verb: usize) -> bool {
    let tokens = &sentence.tokens;
    let comma = |i: &usize| tokens[*i].lower == ",";
    let Some(close) = verb.checked_sub(1).filter(|c| *c >= from && comma(c)) else {
        return false;
    };
    let Some(mut open) = (from..close).rev().find(comma) else {
        return false;
    };
    // "Acme, a fast-growing, family-owned bakery, began": a comma between the describing
    // words of an apposition that opens with an article is inside the aside.
    let listed = (open.saturating_sub(DESCRIBERS).max(from)..open)
        .rev()
        .find(comma)
        .filter(|&p| tokens.get(p + 1).is_some_and(|t| t.is(ARTICLES)));
    if let Some(p) = listed
        && !tokens.get(open + 1).is_some_and(|t| t.is(ARTICLES))
    {
        open = p;
    }
    let verb_in_aside = sentence
        .events
        .iter()
        .any(|&(e, pos)| pos == EventPos::Verb && open < e && e < close);
    // "Acme Corp., Boston, adopted": a place (words in capitals) or an apposition that opens
    // with an article is an aside too.
    let aside = &tokens[open + 1..close];
    let place =
        aside.iter().all(|t| t.capitalized || !t.is_word()) && aside.iter().any(|t| t.capitalized);
    let opens = tokens
        .get(open + 1)
        .is_some_and(|t| t.is(PREPOSITIONS) || t.is(ARTICLES));
    (opens || place)
        && !verb_in_aside
        && tokens[from..open]
            .iter()
            .any(|t| t.is_word() && !t.is(PREPOSITIONS))
}

/// How many tokens an apposition's article and describing words before a comma may span: "a
/// fast-growing, ".
const DESCRIBERS: usize = 5;

/// The saying that tells the plan at `tokens[plan]`: the last verb of saying before it, in the
/// active voice and with a subject of its own after the dateline, whose object the plan's
/// clause is (no comma between): "Acme said it plans to", "Officials say the talks will".
fn telling_of_plan(
    sentence: &SentenceAnalysis,
    clauses: &title::Clauses,
    plan: usize,
) -> Option<usize> {
    let tokens = &sentence.tokens;
    let from = after_dateline(tokens);
    let saying = (from..plan).rev().find(|&i| tokens[i].is(SAYING_VERBS))?;
    let subject = tokens[clauses.of(saying).start.max(from)..saying]
        .iter()
        .any(|t| t.is_word() && !t.is(PREPOSITIONS));
    // "was told it will", "saying it plans": a passive or an "-ing" form tells no speaker's act.
    let active = !tokens[saying].is_shaped(Shape::Ing)
        && !saying.checked_sub(1).is_some_and(|b| tokens[b].is(COPULAS));
    // "says a man who has been planning raids trained as a pilot": a plan in a clause that
    // describes a noun of what is said is no plan the saying tells; "said that" opens no such
    // clause.
    let between = tokens.get(saying + 2..plan).unwrap_or_default();
    (subject
        && active
        && sentence.is_verb(saying)
        && !tokens[saying + 1..plan]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "," | ";"))
        && !between.iter().any(|t| t.is(RELATIVE_PRONOUNS)))
    .then_some(saying)
}

/// `title` holds the word `saying` and ends on no auxiliary ("says his team will be" is cut).
fn tells_its_saying(title: &str, saying: &str) -> bool {
    title.split(' ').any(|w| w == saying)
        && title
            .rsplit(' ')
            .next()
            .is_some_and(|last| !is_in(AUXILIARIES, &last.to_lowercase()))
}

/// "The premier said the navy might close the port": a modal of mere possibility before
/// `tokens[i]` (auxiliaries and adverbs between) in what a speaker says of another than
/// itself: a saying stands before it (first at `saying`), but none of the speaker itself
/// (first at `self_saying`).
fn possible_of_another(tokens: &[Token], i: usize, saying: usize, self_saying: usize) -> bool {
    let mut modal = false;
    let mut j = i;
    while let Some(k) = j
        .checked_sub(1)
        .filter(|&k| tokens[k].is(AUXILIARIES) || tokens[k].is(VERB_ADVERBS))
    {
        modal |= tokens[k].is(POSSIBILITY_MODALS) && !tokens[k].capitalized;
        j = k;
    }
    modal && saying < i && self_saying >= i
}

/// The first saying verb with a pronoun (its `that` aside) after it: the speaker tells of
/// itself ("The trust said it may make a bid").
fn first_said_of_itself(tokens: &[Token]) -> usize {
    (0..tokens.len())
        .find(|&k| {
            let after = match tokens.get(k + 1) {
                Some(t) if t.lower == "that" => k + 2,
                _ => k + 1,
            };
            tokens[k].is(SAYING_VERBS) && tokens.get(after).is_some_and(|t| t.is(PRONOUNS))
        })
        .unwrap_or(tokens.len())
}

/// How many words before a verb the conjunction of its clause may stand: "before the
/// fugitive from the hills is found".
const PENDING_REACH: usize = 10;

/// "it is a matter of time before the fugitive is caught", "it will be weeks until the road
/// reopens": the verb `tokens[i]` is in a clause of what is still to come (its conjunction a
/// few words before, no mark or saying between).
fn pending(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take(PENDING_REACH)
        .take_while(|t| t.is_word() && !t.is(SAYING_VERBS))
        .any(|t| t.is(PENDING_CONJUNCTIONS))
}

/// How many words a telling after what it tells may hold: "..., the communist leadership
/// warned".
const TELLING_WORDS: usize = 6;

/// "..., the communist leadership warned.": the sentence ends with a short clause after a
/// comma whose last word is a past form, a telling of what comes before. A denied clause
/// ("..., no crashes were recorded") is what is denied, no telling.
fn told_after(tokens: &[Token]) -> bool {
    let Some(comma) = tokens.iter().rposition(|t| t.lower == ",") else {
        return false;
    };
    let words: Vec<&Token> = tokens[comma + 1..].iter().filter(|t| t.is_word()).collect();
    let denied = || {
        words
            .iter()
            .any(|t| t.is(NEGATIONS) || t.is(NEGATIVE_DETERMINERS) || t.is(NEGATIVE_SUBJECTS))
    };
    words.len() <= TELLING_WORDS && words.last().is_some_and(|t| is_past_form(t)) && !denied()
}

/// The saying `tokens[saying]` is a short telling after a comma that closes the clause of
/// `tokens[verb]`: "..., the company said on Friday"; not a clause of its own joined by "and"
/// or "but" ("..., and the mayor said on Friday").
fn telling_after(tokens: &[Token], verb: usize, saying: usize) -> bool {
    let Some(comma) = (verb + 1..saying).rev().find(|&k| tokens[k].lower == ",") else {
        return false;
    };
    let words = &tokens[comma + 1..saying];
    // "..., who said": a relative clause tells of the noun before it.
    words.len() <= TELLING_WORDS
        && words
            .iter()
            .all(|t| t.is_word() && !t.is_lex(Lex::Coordinators) && !t.is_lex(Lex::Relatives))
}

/// Where the body starts after a dateline ("SEOUL, Sept. 22 (Reuters) -"): after a dash that
/// only capitalised words, numbers and punctuation come before; else at the first token.
fn after_dateline(tokens: &[Token]) -> usize {
    for (i, t) in tokens.iter().enumerate() {
        if is_dateline_dash(t) {
            return i + 1;
        }
        // A lower-case word before any dash: no dateline.
        if is_lower_word(t) {
            return 0;
        }
    }
    0
}

mod aside;
mod reduced;

#[cfg(test)]
mod tests;
