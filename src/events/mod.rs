//! From dated mentions to timeline events.
//!
//! For each temporal expression the tagger found, [`analyse`] finds the event word it dates
//! in its sentence (`detect` marks event words, `link` chooses one). [`extract`] then turns
//! each expression that gives a date into a timeline [`Event`]: a short title from the
//! sentence's words (`title`), the date at the expression's own granularity (`dating`), a
//! status (`status`) and provenance (source, sentence, byte span, confidence). Mentions of
//! the same happening, dated or not, are merged into one event. Ids are made from the date
//! and the title's first words, so the same mention gets the same id on every run.
//!
//! Nothing here reads files or the clock; the reference date comes from the caller.

pub mod across;
mod analysis;
mod chunk;
pub mod dating;
mod deeds;
mod detect;
mod draft_words;
mod drafts;
mod index;
mod kinds;
mod lead;
mod link;
mod lists;
mod lookup;
mod merge;
mod name_list;
mod names;
mod output;
mod ranges;
mod retold;
mod states;
mod status;
mod title;
mod undated;
mod words;

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::ops::{ControlFlow, Range};

use chrono::NaiveDate;

use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, EventEnd, Shared};
use crate::timex::Timex;
pub use analysis::{Analysis, analyse};
use analysis::{Reader, SentenceAnalysis};
use draft_words::DraftWords;
use drafts::{Draft, Drafts, Rare, Span, Tenths, fits};
use index::{DraftIndex, PRESIZED, same_date, same_day, same_day_happening};
use kinds::{kind_of, stem};
use lists::{is_alternative, item_title, list_items, plain_list_titles};
use name_list::NameList;
use names::{NAMES_EACH_SIDE, Names};
pub use output::event_id;
use output::into_events;
use ranges::{End, EndKey, end_key, ends};
use undated::{Kept, add_undated_mentions};

/// A map keyed by short words and dates: hashed with [`lookup::WordHasher`], faster than the
/// default hasher on such keys (no map here is iterated, so the order does not matter).
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<lookup::WordHasher>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<lookup::WordHasher>>;

/// The words a title of `sentence` leaves out with the dates that modify their nouns (see
/// `analysis`) kept; None when it has none.
fn keeps_modifiers(sentence: &SentenceAnalysis) -> Option<Vec<bool>> {
    if sentence.kept.is_empty() {
        return None;
    }
    let mut remove = sentence.in_timex.clone();
    for &k in &sentence.kept {
        remove[k] = false;
    }
    Some(remove)
}

/// "took a fourth-quarter charge": `title` keeps the dates that modify their nouns as `kept`
/// has them, where that adds their words only (and the word that introduces one); where it
/// changes more (a title cut to fit, another phrase chosen), they go as other dates do.
fn keep_modifiers(text: &str, sentence: &SentenceAnalysis, kept: String, title: String) -> String {
    let tokens = &sentence.tokens;
    let dates: Vec<&str> = (sentence.kept.iter())
        .filter_map(|&k| text.get(tokens[k].span.clone()))
        .collect();
    let is_date = |w: &str| dates.iter().any(|d| d.eq_ignore_ascii_case(w));
    let words: Vec<&str> = kept.split(' ').collect();
    let mut told = title.split(' ');
    let mut want = told.next();
    let mut same = true;
    for (i, &w) in words.iter().enumerate() {
        if is_date(w) {
            continue;
        }
        if want.is_some_and(|t| t.eq_ignore_ascii_case(w)) {
            want = told.next();
        } else if !(words.get(i + 1).is_some_and(|&next| is_date(next))
            && words
                .get(i + 2)
                .is_some_and(|&noun| want.is_some_and(|t| t.eq_ignore_ascii_case(noun))))
        {
            // "a drop in third-quarter profit": the word that introduces a kept date before
            // the title's next word goes with it ("a drop profit" is no title).
            same = false;
            break;
        }
    }
    if same && want.is_none() && kept.len() > title.len() {
        kept
    } else {
        title
    }
}

/// The kind of the happenings that tell a company's results (see [`kind_of`]).
const RESULTS_KIND: &str = "results";

/// The timeline events of `text`, read from `source` (a source id) with reference date
/// `reference`, in the order of their first mention. A text past 4 GiB has none: the drafts
/// hold its offsets in 32 bits.
#[must_use]
pub fn extract(
    text: &str,
    timexes: &[Timex],
    sentences: &[Range<usize>],
    reference: Option<NaiveDate>,
    source: &str,
) -> Vec<Event> {
    into_events(
        text,
        None,
        source,
        drafts_with_lead(text, &[], timexes, &spans(sentences), reference, false),
    )
}

/// The events of a news article dated `reference`, as [`extract`] finds them, and the day's
/// own news its lead tells without a date (see `lead`). `sentences` are those of the body.
#[must_use]
pub fn extract_news(
    text: &str,
    timexes: &[Timex],
    sentences: &[Range<usize>],
    reference: NaiveDate,
    source: &str,
) -> Vec<Event> {
    let sentences = spans(sentences);
    let drafts = drafts_with_lead(text, &[], timexes, &sentences, Some(reference), true);
    into_events(text, None, source, drafts)
}

/// [`extract_news`] dated `news`, else [`extract`] without a reference date, reading the
/// words of each sentence from `cut`, the tokens the tagger cut the text into
/// ([`crate::tagger::tag_cut`]), rather than cutting the sentence again (an empty `cut`: each
/// sentence is cut on its own). The events' quotes are ranges of `text`, held once.
#[must_use]
pub fn extract_cut(
    text: &Shared,
    cut: Vec<crate::text::Token>,
    timexes: Vec<Timex>,
    sentences: Vec<Range<usize>>,
    news: Option<NaiveDate>,
    source: &str,
) -> Vec<Event> {
    // The sentences in 32 bits, as drafts hold them: held through drafting, a huge text's
    // took as many bytes again in `usize`s.
    let sentences = {
        let spans = spans(&sentences);
        drop(sentences);
        spans
    };
    let drafts = drafts_with_lead(text, &cut, &timexes, &sentences, news, news.is_some());
    // The tokens, expressions and sentences go before the events are made: a huge text has
    // many (a chronology's sentences alone took a fourth of its bytes).
    drop((cut, timexes, sentences));
    into_events(text, Some(text), source, drafts)
}

/// `sentences` as [`Span`]s (each offset past 4 GiB cut to 4 GiB: such a text has no drafts,
/// see [`drafts::fits`]).
fn spans(sentences: &[Range<usize>]) -> Vec<Span> {
    sentences.iter().map(drafts::span).collect()
}

/// The drafts of the events of `text` (see [`extract_cut`]), in the order of their dated
/// sentences.
fn drafts_with_lead(
    text: &str,
    cut: &[crate::text::Token],
    timexes: &[Timex],
    sentences: &[Span],
    reference: Option<NaiveDate>,
    with_lead: bool,
) -> Drafts {
    if !fits(text.len()) {
        return Drafts::default();
    }
    let reader = Reader::new(text, cut, timexes);
    // The windows titles look back over, their words cut once for the sentences that share them.
    let windows = words::Windows::new(text, cut);
    let ends = ends(text, timexes, reference);
    // A sentence whose expressions give no date makes no draft (each of its links is passed
    // over below): it is read, as one without an expression, only if it may name an event or
    // tell the lead's.
    let may_date = |n: usize| {
        dating::gives_date(&timexes[n], reference)
            || n.checked_sub(1)
                .is_some_and(|start| ends.starts_range(start))
    };
    let mut drafts = Drafts::default();
    // Each expression dates at most one draft; past `PRESIZED`, the index grows as drafts come.
    let mut known = DraftIndex::with_capacity(timexes.len().min(PRESIZED));
    // The first draft due by each date ("must leave by Jan. 14").
    let mut due: FastMap<TimelineDate, usize> = FastMap::default();
    // The sentences read again after this loop (see `Kept`), and those left unread.
    let mut kept = Kept::new(if with_lead { lead::LEAD_SENTENCES } else { 0 });
    // Most sentences are left unread: room for all of them, not grown a few times a text.
    let mut unread = Vec::with_capacity(sentences.len());
    // The sentence being read, kept or dropped when the next one is read.
    let mut current: Option<(usize, SentenceAnalysis)> = None;
    // What titling the lead's sentences found, which the lead reads again.
    let mut lead_found: [lead::Found; lead::LEAD_SENTENCES] = Default::default();
    for (index, span) in sentences.iter().enumerate() {
        kept.add(current.take());
        let Some(analysed) = reader.dated(&drafts::range(span), may_date) else {
            unread.push(index);
            continue;
        };
        let sentence = &current.insert((index, analysed)).1;
        if sentence.links.is_empty() {
            continue;
        }
        let tokens = &sentence.tokens;
        let items = list_items(sentence, timexes, &ends);
        let attribution = status::Attribution::new(tokens);
        // What the events of one clause share is read once for the clause.
        let mut plans = status::Plans::new(tokens);
        // Each made when a date first needs it: many sentences with a date give no event.
        let (mut clauses, mut titles, mut names, mut happenings) = (None, None, None, None);
        // The dates a title keeps where it can, and the titles that keep them (see
        // `keep_modifiers`): built once a sentence, not for each of its dates.
        let kept_remove = keeps_modifiers(sentence);
        let mut kept_titles = None;
        // The items of a list without brackets, each its own title ("invaded Denmark in 1940,
        // Greece in 1941 and ..."); a list needs two dates.
        let mut list_titles = if sentence.links.len() < 2 {
            Vec::new()
        } else {
            let all = clauses.get_or_insert_with(|| title::Clauses::new(tokens));
            plain_list_titles(text, sentence, timexes, all)
        };
        // The verbs of what a saying says that an expression dates, at most two (see below).
        let dated_content: Vec<usize> = sentence
            .links
            .iter()
            .filter(|&&(t, ..)| dating::timeline_date(&timexes[t]).is_some())
            .map(|&(_, e, _)| e)
            .filter(|&e| attribution.reported(e) && sentence.is_verb(e))
            .take(2)
            .collect();
        // The draft of the sentence's previous expression, which a bracketed alternative joins.
        let mut previous: Option<usize> = None;
        // The drafts this sentence made, not as items of a list, with their clause's start.
        let mut same_in_sentence: Vec<merge::Made> = Vec::new();
        // Where in `same_in_sentence` are the drafts of each clause, date and end: a
        // sentence may hold thousands of dates. A draft whose date changes is added under
        // the new one too; a lookup checks the date it has now.
        let mut of_clause_date: FastMap<(usize, TimelineDate, EndKey), Vec<usize>> =
            FastMap::default();
        let twins = analysis::date_twins(sentence, timexes);
        for (k, &(t, event, rule)) in sentence.links.iter().enumerate() {
            if twins.binary_search_by_key(&k, |tw| tw.link).is_ok() {
                continue;
            }
            // "skipped Tuesday's vote on the bill on Monday": a date that links the
            // describing date's noun dates the clause, the verb whose object that noun is
            // (else the noun's event).
            let at = twins.partition_point(|tw| tw.phrase.end <= event);
            let event = twins
                .get(at)
                .filter(|tw| tw.phrase.contains(&event))
                .map_or(event, |tw| tw.verb.unwrap_or(tw.event));
            // Only a later link looks up the drafts of the sentence: the last (most often the
            // only one) adds none to `same_in_sentence` and `of_clause_date`, two allocations.
            let later = k + 1 < sentence.links.len();
            let item = items.get(k).and_then(Option::as_ref);
            // The items of a list share the event word of the list.
            let event = item.map_or(event, |item| item.event);
            if let Some(d) = previous.filter(|_| is_alternative(sentence, &timexes[t].span())) {
                drafts[d].mention(&sentence.range, rule.confidence());
                continue;
            }
            if t > 0 && states::ends_period(text, &timexes[t - 1], &timexes[t]) {
                continue;
            }
            // "The economy created jobs in January, the government reported Friday": a saying
            // after what it says is no news of its own when a verb of that has its own date.
            if attribution.closes(event) && dated_content.iter().any(|&e| e != event) {
                continue;
            }
            // A range is one event, dated by its start: its end side adds nothing of its own
            // when the start dates an event of the sentence too.
            let t = match t.checked_sub(1) {
                Some(start) if ends.starts_range(start) => {
                    if sentence.links.iter().any(|&(s, ..)| s == start) {
                        continue;
                    }
                    start
                }
                _ => t,
            };
            let vague_report = || {
                dating::vague_past(&timexes[t], reference).filter(|_| {
                    tokens[event].is(words::REPORT_VERBS)
                        && !analysis::describes_its_noun(
                            tokens,
                            &words::covered(tokens, &timexes[t].span()),
                            &timexes[t].value,
                        )
                })
            };
            let Some(date) = dating::timeline_date(&timexes[t]).or_else(vague_report) else {
                continue;
            };
            let period_end = timexes
                .get(t + 1)
                .filter(|next| states::ends_period(text, &timexes[t], next))
                .and_then(dating::timeline_date);
            let date = match period_end {
                Some(_) => states::period_date(date, period_end),
                None => {
                    let words = text.get(timexes[t].span()).unwrap_or_default();
                    dating::fiscal_quarter(words, date, reference)
                }
            };
            let (date, end) = match ends.get(t) {
                Some(End::Range { start, end }) => (start, Some(EventEnd::Date(end))),
                Some(End::Ongoing) => (date, Some(EventEnd::Ongoing)),
                Some(End::From(start)) => (start, Some(EventEnd::Date(date))),
                None => (date, None),
            };
            let timex_tokens = words::covered(tokens, &timexes[t].span());
            // "the Jan. 14 deadline" names the date an event was due by ("go home by Jan.
            // 14"): a mention of that event.
            if end.is_none()
                && deeds::names_due_date(tokens, &timex_tokens)
                && let Some(&d) = due.get(&date)
            {
                drafts[d].mention(&sentence.range, rule.confidence());
                previous = Some(d);
                continue;
            }
            let happenings = happenings.get_or_insert_with(|| {
                states::Happenings::new(
                    tokens,
                    &sentence.in_timex,
                    sentence.links.iter().map(|l| l.1),
                )
            });
            if happenings.none(&timexes[t].span(), &timex_tokens, event, &date, reference) {
                continue;
            }
            let all_clauses = clauses.get_or_insert_with(|| title::Clauses::new(tokens));
            let clause = all_clauses.of(event);
            let names = names.get_or_insert_with(|| Names::new(tokens));
            let planned = plans.within(clause.start, event)
                || (!sentence.is_verb(event) && plans.after_subject(event));
            let title = match item {
                Some(item) => item_title(text, sentence, &clause, item),
                None => match list_titles.get_mut(k).and_then(Option::take) {
                    Some(listed) => listed,
                    None => {
                        // "..., and that all troops will be gone by June": the second
                        // clause's verb.
                        let title_event =
                            link::coordinated_clause_verb(tokens, event, &timex_tokens)
                                .unwrap_or(event);
                        let title = titles
                            .get_or_insert_with(|| {
                                title::Titles::new(text, tokens, &sentence.in_timex)
                                    .with_windows(&windows)
                            })
                            .title(&clause, title_event);
                        match &kept_remove {
                            Some(remove) => {
                                let kept = (kept_titles.get_or_insert_with(|| {
                                    title::Titles::new(text, tokens, remove).with_windows(&windows)
                                }))
                                .title(&clause, title_event);
                                keep_modifiers(text, sentence, kept, title)
                            }
                            None => title,
                        }
                    }
                },
            };
            if title::places_nobody(&title) {
                continue;
            }
            // Two mentions of one company's results for one period are one happening,
            // whatever their verbs ("earned", "reported sales") ...
            let results = happenings.reports_results(event);
            let whole = 0..tokens.len();
            // ... and so they name the company wherever the sentence does.
            let near = names.near(event, if results { &whole } else { &clause });
            let roles = if sentence.is_verb(event) {
                retold::roles(tokens, event, &clause)
            } else {
                retold::agent(tokens, &sentence.in_timex, event, &clause)
            };
            let words = |kind: &str| DraftWords::new(title, kind, &near, roles);
            let words = if results {
                words(RESULTS_KIND)
            } else {
                kinds::with_kind(&tokens[event].lower, words)
            };
            let draft = Draft {
                date,
                status: status::status(
                    planned,
                    &date,
                    reference,
                    attribution.reported(event)
                        && (sentence.is_verb(event)
                            || !status::presupposed(tokens, &timexes[t].span(), event)),
                    timex_tokens
                        .start
                        .checked_sub(1)
                        .is_some_and(|b| tokens[b].lower == "after"),
                ),
                words,
                rare: Rare::boxed(
                    end,
                    deeds::deed(tokens, &sentence.events, event, all_clauses),
                    deeds::named_by_noun(tokens, &sentence.events, event, &clause)
                        .map(String::into_boxed_str),
                ),
                first: drafts::span(&sentence.range),
                first_tenths: Tenths::of(rule.confidence()),
                sentence: u32::try_from(index).unwrap_or(u32::MAX),
            };
            // Items of a list are different happenings, even of one kind with one name. One
            // clause that dates two words to the same day ("Earlier Friday, Cuba celebrated
            // ... on Friday with rallies") tells one happening; "deplored Friday the blasts
            // which killed ... earlier in the day" tells two.
            let same = if item.is_some() {
                known.same_title(&draft)
            } else {
                of_clause_date
                    .get(&(clause.start, draft.date, end_key(draft.end())))
                    .and_then(|at| {
                        let made = |&p: &usize| same_in_sentence[p].draft;
                        at.iter()
                            .filter(|&p| same_date(&drafts[made(p)], &draft))
                            .min()
                            .map(made)
                    })
                    .or_else(|| known.same_happening(&drafts, &draft))
            };
            match same {
                Some(d) => {
                    drafts[d].mention(&sentence.range, rule.confidence());
                    previous = Some(d);
                }
                None => match known.told_less_precisely(&drafts, &draft).or_else(|| {
                    let new = merge::New {
                        draft: &draft,
                        event,
                        verb: sentence.is_verb(event),
                        timex: &timexes[t].span(),
                        item: item.is_some(),
                    };
                    merge::told_in_sentence(&same_in_sentence, &drafts, sentence, &new)
                        .or_else(|| known.same_deed(&drafts, &draft))
                        .or_else(|| merge::told_before(text, &drafts, sentence, &new))
                        // An item of a list tells one of several happenings, none named before.
                        .or_else(|| {
                            item.is_none()
                                .then(|| known.named_before(&drafts, &draft))
                                .flatten()
                        })
                        // "Known as the Battle of May 3, ...": a name that holds its date
                        // names the happening a sentence just before told of that day.
                        .or_else(|| {
                            detect::name_holds_date(tokens, event, &timex_tokens)
                                .then(|| index::renamed(&drafts, &draft))
                                .flatten()
                        })
                }) {
                    // The same happening told again as precisely or less precisely ("a
                    // February Peace Conference of 1861") adds its mention.
                    Some(d)
                        if drafts[d].date == draft.date
                            || !merge::holds(&drafts[d].date, &draft.date) =>
                    {
                        drafts[d].mention(&sentence.range, rule.confidence());
                        previous = Some(d);
                    }
                    // The same happening told again more precisely: the event takes the
                    // precise date and its sentence.
                    Some(d) => {
                        let coarser = &mut drafts[d];
                        coarser.mention(&sentence.range, rule.confidence());
                        coarser.date = draft.date;
                        coarser.words.retitle(draft.title());
                        coarser.status = draft.status;
                        coarser.set_dated(draft.dated().clone());
                        known.add(&drafts[d], d);
                        if let Ok(p) = same_in_sentence.binary_search_by_key(&d, |m| m.draft)
                            && later
                        {
                            let m = &same_in_sentence[p];
                            let key = (m.clause_start, drafts[d].date, end_key(drafts[d].end()));
                            of_clause_date.entry(key).or_default().push(p);
                        }
                        previous = Some(d);
                    }
                    None => {
                        if draft.end().is_none()
                            && !draft.date.approximate
                            && deeds::due_by(tokens, &timex_tokens)
                        {
                            due.entry(draft.date).or_insert(drafts.len());
                        }
                        known.add(&draft, drafts.len());
                        previous = Some(drafts.len());
                        if item.is_none() && later {
                            let key = (clause.start, draft.date, end_key(draft.end()));
                            of_clause_date
                                .entry(key)
                                .or_default()
                                .push(same_in_sentence.len());
                            same_in_sentence.push(merge::Made {
                                draft: drafts.len(),
                                clause_start: clause.start,
                                event,
                                timex_end: timexes[t].span().end,
                                verb: sentence.is_verb(event),
                            });
                        }
                        drafts.push(draft);
                    }
                },
            }
        }
        if let Some(found) = lead_found.get_mut(index).filter(|_| with_lead) {
            *found = lead::Found {
                clauses,
                titles: titles.map(title::Titles::into_found),
            };
        }
    }
    // Merging is done: what it looked drafts up by, and the ranges it dated them by, go
    // before the undated mentions are found and the events made.
    drop((known, due, ends));
    // A sentence that dates the lead's happening to its day already gave it.
    // So does a date of the reference day in the lead's own sentence: the lead tells one
    // happening.
    // A telling after the lead's verb dated to another day ("..., officials said on Friday")
    // makes any draft of the lead's sentence that day's telling of it (`told_after`).
    let untold = |lead: &Draft, told_after: bool| {
        !drafts.iter().any(|d| {
            same_day_happening(d, lead)
                || (d.sentence == lead.sentence && (told_after || same_day(d, lead)))
        })
    };
    kept.add(current.take());
    let mut lead = None;
    if let Some(reference) = reference.filter(|_| with_lead) {
        let body = lead::Body {
            text,
            windows: &windows,
            timexes,
            reference,
        };
        // Most leads tell their event in their first sentence: the second is read only if not.
        let found = sentences.iter().zip(lead_found);
        for (k, (span, found)) in found.enumerate() {
            let sentence = kept.read_lead(k, &mut unread, || reader.whole(&drafts::range(span)));
            let told = lead::draft(&body, sentence, found, k, untold);
            if let ControlFlow::Break(draft) = told {
                lead = draft;
                break;
            }
        }
    }
    if let Some(lead) = lead {
        // Drafts stay in the order of their dated sentences.
        let at = drafts.partition_point(|d| d.sentence <= lead.sentence);
        drafts.insert(at, lead);
    }
    // An undated mention comes no earlier than the first sentence of the event it names.
    if let Some(first) = drafts.iter().map(|d| d.sentence as usize).min() {
        // Only a sentence with a word of a dated kind can name an event dated elsewhere.
        // Owned, each once: the drafts change while the sentences are read.
        let mut seen: FastSet<&str> = FastSet::default();
        let kinds: Vec<Box<str>> = (drafts.iter().map(Draft::kind))
            .filter(|&kind| seen.insert(kind))
            .map(Box::from)
            .collect();
        let starts = kinds::KindStarts::new(kinds.iter().map(AsRef::as_ref));
        let mut unread = unread[unread.partition_point(|&k| k < first)..]
            .iter()
            .peekable();
        // Each unread sentence is read when its turn comes, and dropped after.
        let read = |k: usize| {
            unread.next_if_eq(&&k)?;
            let range = drafts::range(&sentences[k]);
            (starts.as_ref())
                .is_none_or(|s| s.may_name_event(&text[range.clone()]))
                .then(|| reader.nouns(&range))
        };
        add_undated_mentions(sentences, kept, read, &mut drafts);
    }
    for draft in drafts.iter_mut() {
        draft.mentions_in_text_order();
    }
    drafts
}

/// An empty map with room for `n` keys.
fn sized<K, V>(n: usize) -> FastMap<K, V> {
    FastMap::with_capacity_and_hasher(n, BuildHasherDefault::default())
}

#[cfg(test)]
mod happening_tests;
