//! A headline for an event, made of the words of its sentence: who did what (the subject, the
//! verb group, and the object or place that follows), or, for an event noun dated inside its
//! own phrase, the phrase ("Failed Navy SEAL mission to plant a listening device").
//!
//! Method: a chunker over closed-class word lists, word endings and capitals (see
//! [`super::chunk`]), not a statistical tagger. Titles need only noun phrases, verb groups,
//! prepositions and clause boundaries, and English marks those with a few hundred function
//! words; a list shipped as data is read and tested like every other rule of the project, gives
//! the same output on every machine, and costs one pass over the sentence, where a model would
//! be a download, a dependency and a black box.
//!
//! What a title keeps and drops: it keeps the words of the article in their order and their
//! tense (no paraphrase: "was killed" stays, no headline present; a clause without a tense
//! dated inside takes the simple past, as in `nonfinite`; a participle that describes its
//! noun takes back the "be" the sentence left out, as in `reduced`), numbers and names whole
//! ("45,000 men", "its 50% stake"), negations. It drops the date and the preposition that
//! introduces it (the chart shows the date), adverbs, a person's office before a name,
//! relative clauses and what follows a comma. A leading article stays ("The president
//! resigned": without it the office reads as a name) unless the title needs the room.
//! A subject that is a relative
//! pronoun is its antecedent ("the blasts, which killed ..."); a coordinated verb takes the
//! subject of the first ("was captured ... and surrendered"); "he", "she", "it", "they" are the
//! named subject of the sentence or of the one before, when there is one. A title ends on a
//! word that says something, never on an article, a preposition or a conjunction, and is at
//! most [`MAX_CHARS`] long.
//!
//! Every walk is bounded by a few dozen words, so a title costs the same however long its
//! sentence: a sentence costs its length once (its word classes), then each event a constant.

use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

mod absolute_ing;
mod acronym;
mod and_present;
mod apart;
mod around;
mod article_kept;
mod aside_main;
mod award;
mod by_owner;
mod claim;
mod clause_end;
mod clause_title;
mod clauses;
mod compact;
mod condition;
mod contact;
mod date_object;
mod dated_gerund;
mod dated_noun;
mod dated_object;
mod dated_participle;
mod described_object;
mod document;
mod first_time;
mod glued;
mod group;
mod holds;
mod identifying;
mod in_clause;
mod joined_gerund;
mod judged;
mod late_infinitive;
mod list;
mod marks;
mod memo;
mod mended;
mod named_date;
mod names;
mod nonfinite;
mod noun_title;
mod object_participle;
mod occasion;
mod offices;
mod opening_passive;
mod opening_place;
mod outcome;
mod owed_head;
mod past;
mod phrases;
mod pointing;
mod postpositive;
mod predicate;
mod quote_clause;
mod reduced;
mod reduced_infinitive;
mod reduced_object;
mod relative;
mod said;
mod shape;
mod shared_owner;
mod shown;
mod skip;
mod speaker;
mod standing;
mod subject;
mod subject_phrase;
mod surname;
mod there_place;
mod told_frame;
mod unclosed;
mod until;

use super::chunk::{Class, Lex, classes, ends_in_plural_s, is};
use super::lookup::{self, Form};
use super::words::{
    APPROXIMATORS, ARTICLES, COPULAS, OFFICES, PARTICLES, PERIOD_NOUNS, PREPOSITION_BEFORE_TO,
    Token, VERB_ADVERBS, Windows, is_in, lowercase, tokens,
};
pub use clauses::Clauses;
use clauses::{is_acronym_in_brackets, is_clause_break};
use memo::Memo;
use noun_title::names_nothing;
use subject::{Candidate, Subject};

/// Phrases are added to a title while it stays within this many characters.
const MAX_CHARS: usize = 70;
/// A title this short, its leading article aside, may take a second prepositional phrase.
const SHORT: usize = 40;
/// How far a title looks from its verb, in tokens, for a subject or an object.
const REACH: usize = 40;
/// How far back a pronoun looks for its name, in bytes of text.
const PRONOUN_REACH: usize = 600;
/// How many sentences back a pronoun's name may be named: "Carranza became president. He
/// was driven out. He incorporated the demands" (each sentence read at most this often).
const PRONOUN_HOPS: usize = 3;
/// The bits of [`Titles::memo`]: the answer, and above it that the answer is known.
const SKIPPED: u8 = 1;
const INTRODUCES_DATE: u8 = 4;

/// A form of "be" by its tense: the `[copulas]` of events.txt, told apart by the auxiliaries'
/// lists of either tense in titles.txt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Be {
    /// "is", "are".
    Present,
    /// "was", "were".
    Past,
    /// "be", "been", "being".
    Untensed,
}

/// The titles of the events of one sentence: the word classes are read once for the sentence,
/// then each title walks a bounded stretch around its event word.
pub struct Titles<'t> {
    text: &'t str,
    tokens: &'t [Token],
    /// Tokens that must not appear (the temporal expressions of the sentence).
    remove: &'t [bool],
    classes: Vec<Class>,
    /// Each token's lower-case form, read without going through [`Token`]'s storage.
    words: Vec<&'t str>,
    /// What [`Self::skipped`] and [`Self::introduces_date`] said of each token, found once:
    /// a title asks about the same few dozen tokens many times.
    memo: Vec<Cell<u8>>,
    /// The subject of the sentence before, read when a pronoun first needs it.
    previous_name: OnceCell<Option<Candidate>>,
    /// The one person the sentence before names, read when "he" or "she" first needs it.
    previous_person: OnceCell<Option<Candidate>>,
    /// The plural object of the sentence before (or its subject and the one it acted with),
    /// read when "they" first needs it.
    previous_object: OnceCell<Option<Candidate>>,
    /// How many sentences back from the title's own this one is, for a pronoun's name.
    hops: usize,
    /// Tokens of the date a title keeps: the date inside an event noun's phrase, when the
    /// clause's verb has a date of its own.
    kept_date: Cell<(usize, usize)>,
    /// The particle that ends the verb group of the title being made, which it may end on
    /// ("Frank Stronach is stepping in"), unlike the same word as a preposition.
    particle: Cell<Option<usize>>,
    /// The participle of a lead whose news it tells ([`Self::participle_lead_title`]), told
    /// in the past with its "be" while that title is made.
    lead_participle: Cell<Option<usize>>,
    /// The last title made, with its clause's bounds and event word: a sentence that dates
    /// one event twice ("on Monday and again on Friday") asks for the same title again.
    last: Option<(usize, usize, usize, String)>,
    /// The last business [`Self::the_business`] found, with where and how it looked: a
    /// subject is read again for each title of its clause.
    business: RefCell<Option<BusinessMemo>>,
    /// The last business a mark told (`Titles::marked_business`): the "the" asked of, and it.
    marked: Memo<String>,
    /// The last body "the company" or "the group" stood for as the subject of the sentence
    /// before (`Titles::subject_body`): the "the" asked of, and it.
    subject_body: Memo<String>,
    /// What that look-up finds the same for every subject of the sentence, found once.
    business_index: names::BusinessIndex<'t>,
    /// The sentence holds a word a title with no room may drop (see `compact`), found once.
    droppable: OnceCell<bool>,
    /// The two names "the pair" stands for, read from the sentence before when first needed.
    previous_pair: OnceCell<Option<Candidate>>,
    /// The speaker's pronoun of a quotation that is the sentence before, and the name the
    /// sentence before the quotation opens with, read when "he" or "she" first needs it.
    quote_speaker: OnceCell<Option<(&'static str, Candidate)>>,
    /// The last office [`Self::role_named`] or person [`Self::told_named`] looked up, by the
    /// token of its "the", and whom it found: a subject is read again for each title of its
    /// clause.
    role: Memo<Candidate>,
    /// The sentence holds "him", which a title may tell by name, found once.
    has_him: OnceCell<bool>,
    /// The last noun phrase [`Self::noun_phrase_ending_at`] found: the subject rules ask for
    /// the same phrase one after another.
    last_phrase: RefCell<Option<PhraseMemo>>,
    /// How many [`Self::subject_of`] calls are open, one inside another.
    subjects_open: Cell<u8>,
    /// The words of the sentence before (none when it is a quotation or none is near), cut
    /// once for all the questions asked of it.
    previous_tokens: OnceCell<Option<Vec<Token>>>,
    /// The weekdays left out of the sentence before and what its titles found of it (its word
    /// classes), kept between the questions asked of it.
    previous_found: Cell<Option<(Vec<bool>, Found)>>,
    /// The bytes of the business the sentence before has for its subject, read once.
    previous_business: OnceCell<Option<Range<usize>>>,
    /// Where the sentence starts in the text, when `tokens` are words picked from within it
    /// (a list's item): the sentence before is looked for before that.
    opens_at: Option<usize>,
    /// The words of the windows looked back over, shared with the text's other sentences.
    windows: Option<&'t Windows<'t>>,
}

/// Where [`Titles::the_business`] looked (the token, whether for a suffix, whether for a
/// name's head noun) and what it found there.
type BusinessMemo = (usize, bool, bool, Option<String>);

/// Where [`Titles::noun_phrase_ending_at`] looked (its last token, with the date a title
/// keeps and the lead's participle then, which change what is skipped) and the phrase.
type PhraseMemo = (usize, (usize, usize), Option<usize>, Vec<usize>);

/// What [`Titles`] found of a sentence, owned (no borrow of its tokens): the lead's title of
/// a sentence the dated events were titled in reads the same word classes and names.
pub struct Found {
    classes: Vec<Class>,
    memo: Vec<Cell<u8>>,
    previous_name: OnceCell<Option<Candidate>>,
    previous_person: OnceCell<Option<Candidate>>,
    previous_object: OnceCell<Option<Candidate>>,
}

impl<'t> Titles<'t> {
    #[must_use]
    pub fn new(text: &'t str, tokens: &'t [Token], remove: &'t [bool]) -> Self {
        let mut classes = classes(text, tokens);
        mended::mend(&mut classes, tokens, remove);
        let found = Found {
            classes,
            memo: vec![Cell::new(0); tokens.len()],
            previous_name: OnceCell::new(),
            previous_person: OnceCell::new(),
            previous_object: OnceCell::new(),
        };
        Self::again(text, tokens, remove, found)
    }

    /// The titles of the sentence `found` was found of (by [`Titles::into_found`], with the
    /// same `text`, `tokens` and `remove`), its word classes not read again.
    #[must_use]
    pub fn again(text: &'t str, tokens: &'t [Token], remove: &'t [bool], found: Found) -> Self {
        Self {
            text,
            tokens,
            remove,
            classes: found.classes,
            words: tokens.iter().map(|t| &*t.lower).collect(),
            memo: found.memo,
            previous_name: found.previous_name,
            previous_person: found.previous_person,
            previous_object: found.previous_object,
            hops: 0,
            kept_date: Cell::new((0, 0)),
            particle: Cell::new(None),
            lead_participle: Cell::new(None),
            last: None,
            business: RefCell::new(None),
            marked: Memo::default(),
            subject_body: Memo::default(),
            business_index: names::BusinessIndex::default(),
            droppable: OnceCell::new(),
            previous_pair: OnceCell::new(),
            quote_speaker: OnceCell::new(),
            role: Memo::default(),
            has_him: OnceCell::new(),
            last_phrase: RefCell::new(None),
            subjects_open: Cell::new(0),
            previous_tokens: OnceCell::new(),
            previous_found: Cell::new(None),
            previous_business: OnceCell::new(),
            opens_at: None,
            windows: None,
        }
    }

    /// These titles reading the windows they look back over from `windows`.
    #[must_use]
    pub fn with_windows(mut self, windows: &'t Windows<'t>) -> Self {
        self.windows = Some(windows);
        self
    }

    /// These titles for words picked from a sentence that starts at byte `start` of the text.
    #[must_use]
    pub fn in_sentence_from(mut self, start: usize) -> Self {
        self.opens_at = Some(start);
        self
    }

    /// What these titles found of their sentence, kept for [`Titles::again`].
    #[must_use]
    pub fn into_found(self) -> Found {
        Found {
            classes: self.classes,
            memo: self.memo,
            previous_name: self.previous_name,
            previous_person: self.previous_person,
            previous_object: self.previous_object,
        }
    }

    /// The title for the event at `tokens[trigger]`, whose clause is `clause`: what follows
    /// the verb stays inside the clause.
    pub fn title(&mut self, clause: &Range<usize>, trigger: usize) -> String {
        let key = (clause.start, clause.end, trigger);
        if let Some((start, end, at, made)) = &self.last
            && (*start, *end, *at) == key
        {
            return made.clone();
        }
        let made = self.with_object_named(self.title_now(clause, trigger), trigger);
        let made = Self::outcome_title(self.with_speaker_business(made, trigger));
        let made = match self.completed_title(trigger, &made) {
            Some(told) => told,
            None => self.sequence_title(made),
        };
        self.last = Some((key.0, key.1, key.2, made.clone()));
        made
    }

    /// [`Self::title`], made anew.
    fn title_now(&self, clause: &Range<usize>, trigger: usize) -> String {
        // "Tuesday's vote was a setback", "blamed last month's explosion on": a date that owns
        // the event noun stays, as its determiner ("Vote was a setback" lacks one).
        // A possessive after a date near the trigger first: the phrase is found only then.
        let near = trigger.saturating_sub(12).max(1)..self.tokens.len().min(trigger + 8);
        let owned = self.class(trigger).in_noun_phrase()
            && near
                .into_iter()
                .any(|k| self.remove[k - 1] && self.class(k) == Class::Poss)
            && self.date_owns(trigger);
        if !owned {
            // "did not open until May": the date says when it at last did.
            // What follows the date is left out ("until May, leaving ...").
            if let Some(kept) = self.negated_until(clause, trigger) {
                let clause = clause.start..kept.1;
                return self.keeping(kept, || self.title_of(&clause, trigger));
            }
            // "referred to May Day": the date is what the verb tells of.
            if let Some(kept) = self.date_object(clause, trigger) {
                return self.keeping(kept, || self.title_of(clause, trigger));
            }
            let title = self.title_of(clause, trigger);
            // "fled just after the invasion last March": "The invasion" alone tells a reader
            // nothing, the clause the noun hangs from does, as with a date that owns it.
            if names_nothing(&title)
                && self.class(trigger).in_noun_phrase()
                && let Some(clause_title) = self.owning_clause_title(clause, trigger)
            {
                return clause_title;
            }
            return title;
        }
        let with_date = self.keeping(self.noun_phrase_around(trigger), || {
            self.title_of(clause, trigger)
        });
        // The date only adds words: where its room costs the title its verb or phrases
        // ("Yesterday's violent storms" for "violent storms ... forced the Government"), the
        // title goes without it. Without it the phrase may take "the" in its place: a tie
        // keeps the date.
        let without = self.title_of(clause, trigger);
        let words = |t: &str| t.split(' ').count();
        let chosen = if words(&with_date) >= words(&without) {
            with_date
        } else {
            without
        };
        // "responded coolly to yesterday's announcement": "The announcement" tells a reader
        // nothing alone, the clause the noun is in does.
        if names_nothing(&chosen)
            && let Some(title) = self.owning_clause_title(clause, trigger)
        {
            return title;
        }
        chosen
    }

    /// What `title` makes with the tokens `kept` in the title (a date that is the noun's
    /// determiner, the verb's object or the subject of what was said), which
    /// [`Self::skipped`] leaves out otherwise.
    fn keeping<T>(&self, kept: (usize, usize), title: impl FnOnce() -> T) -> T {
        self.kept_date.set(kept);
        let made = title();
        self.kept_date.set((0, 0));
        made
    }

    fn title_of(&self, clause: &Range<usize>, trigger: usize) -> String {
        // "The Kestrel Revolt was a rising of the hill towns, lasting ...": the name.
        if let Some(name) = self.defined_name(trigger) {
            return name;
        }
        let limit = self.past_quotes(clause.end.min(self.tokens.len()), trigger);
        let limit = self.past_asides(limit, trigger);
        // "These include the floods of 1911": the noun's happening, its clause tells of now.
        // "has risen since the May 3 blast that killed two men": what the blast did.
        if let Some(phrase) = self.dated_noun_title(trigger, limit) {
            return self
                .past_relative_title(trigger, clause, limit)
                .unwrap_or_else(|| self.unless_bare(phrase, trigger));
        }
        // "fewer calls than in the flood a month ago": the noun's own happening.
        if let Some(title) = self.apart_noun_title(trigger) {
            return self
                .past_relative_title(trigger, clause, limit)
                .or_else(|| self.with_opening_place(&title, trigger))
                .unwrap_or(title);
        }
        // "said when asked on Monday": the main clause's title, as if the date were its verb's.
        if let Some(verb) = self.reduced_clause_main(trigger) {
            let clauses = Clauses::new(self.tokens);
            let main = clauses.of(verb);
            // "The port will stay open, the minister said when asked": what was said, told
            // before the speaker, is the title, as it is of "said on Monday".
            let report = (self.says(verb) && main.start > 0)
                .then(|| {
                    (0..main.start - 1).find(|&k| self.finite(k) && self.class(k) != Class::To)
                })
                .flatten();
            return match report {
                Some(report) => self.title_of(&clauses.of(report), report),
                None => self.title_of(&main, verb),
            };
        }
        // "The mayors, accompanied by aides, flew on Friday": the main clause.
        // "let the vote go ahead as planned Sunday": the clause "as" follows.
        if let Some(group) = self
            .main_past_aside(trigger)
            .or_else(|| self.compared_with_plan(trigger))
            // "said in a memo, dated Monday": the clause the memo is in.
            .or_else(|| self.dated_document(trigger))
            // "Ruiz banned any act deemed disloyal in May 1950": the main clause's date.
            .or_else(|| self.main_over_participle(trigger))
        {
            return self.group_title(group, clause, limit);
        }
        // "declared a dividend, payable in May to holders of record": the dividend's phrase.
        if let Some(title) = self.described_by_adjective(trigger, limit) {
            return title;
        }
        // "Shares fell in late trading on Monday": the clause the occasion dates.
        if let Some(group) = self.occasion_group(trigger) {
            return self.group_title(group, clause, limit);
        }
        // "The fall of the fort, on 3 May 1802, was a turning point": the happening judged.
        if let Some(end) = self.judged_happening(trigger, limit) {
            return self.phrase_title(trigger, end);
        }
        // "The army held the pass, taking the fort in 1840": the "-ing" form's own happening.
        // "Its stock slumped, closing on Friday at $29": the date is the "-ing" form's.
        // "In 1840, the army held the pass, taking the fort": the date is the clause's.
        if let Some(title) = self
            .lone_participle_title(trigger)
            .or_else(|| self.trailing_participle_title(trigger))
            .or_else(|| self.clause_before_participle_title(trigger))
        {
            return title;
        }
        if let Some(title) = self
            .described_happening(trigger, limit)
            .or_else(|| self.apposition_then(trigger))
        {
            return title;
        }
        // "New figures released by the agency reveal a rise": what the figures show.
        if let Some(title) = self.shown_title(trigger, limit) {
            return title;
        }
        // "The man charged with robbing a bank in May has fled": the phrase holds the date.
        if let Some((group, main)) = self.dated_reduced_passive(trigger) {
            return self.clause_title(group, main);
        }
        let title = match self
            .sourced_group(trigger)
            .or_else(|| self.verb_group_for(trigger))
        {
            // "will buy all shares tendered by holders": the clause the participle is in.
            Some(group) => self
                .described_object_title(&group, clause, limit)
                .unwrap_or_else(|| self.group_title(group, clause, limit)),
            // "exports drove most of the second-quarter output gain": a phrase that holds its
            // date but says nothing happened is told by the verb it is the object or subject of.
            // An infinitive, an "-ing" form or a participle told by another clause is none.
            None => match self
                .carrying_group(trigger)
                .or_else(|| {
                    self.relative_group(trigger)
                        .filter(|g| self.own_relative_subject(trigger, g))
                })
                .filter(|g| self.finite(g.start) && !self.governed_ing(g))
            {
                // "described Thursday's killing": a date that owns the noun is no part of it.
                Some(group)
                    if !(self.phrase_has_verb(trigger, limit, &group)
                        && (group.start > trigger || self.reports_dated_plan(trigger, &group)))
                        && !self.now_of_dated_object(trigger, &group)
                        && !self.planned_object(trigger, &group)
                        && !(self.dated_in_own_phrase(trigger)
                            && self.dated_elsewhere(trigger)
                            && (self.date_owns(trigger)
                                || !self.tokens[trigger].has(Form::ResultWord))) =>
                {
                    // "On Tuesday the bank posted second-quarter profit of $4 million": when
                    // the verb has a date of its own, the noun's date tells its happening apart.
                    // A figure of results is what its verb tells; another noun dated in its
                    // phrase names its own happening ("reported a failed 2019 mission").
                    // A subject's date is left out as the verb's ("Third-quarter sales fell").
                    if self.dated_elsewhere(trigger) && group.end <= trigger {
                        let (start, end) = self.noun_phrase_around(trigger);
                        self.kept_date.set((start, end));
                    }
                    let title = self.group_title(group, clause, limit);
                    self.kept_date.set((0, 0));
                    title
                }
                // "will take the plan to next week's party meeting": the clause at the
                // gathering.
                _ => self
                    .clause_after_opening(trigger)
                    .or_else(|| self.gathering_group(trigger))
                    // "since an explosion in 2009 which killed 40 people": what it did.
                    .or_else(|| self.past_relative_group(trigger))
                    // "dipped with Monday's announcement": the object of "with".
                    .or_else(|| self.preposition_object_group(trigger))
                    .map_or_else(
                        || self.phrase_title(trigger, limit),
                        |group| self.group_title(group, clause, limit),
                    ),
            },
        };
        if title.is_empty() {
            // Nothing but the date and function words around: the event word itself.
            return capitalize(&self.text[self.tokens[trigger].span.clone()]);
        }
        if self.class(trigger).in_noun_phrase() {
            return self.unless_bare(title, trigger);
        }
        title
    }

    /// `title`, unless it is one word ("A loss" is one word too) or the bare phrase before "of"
    /// and its date: then the phrase of `tokens[trigger]` with its date ("Campaign of 1904": a
    /// heading is its phrase).
    fn unless_bare(&self, title: String, trigger: usize) -> String {
        let bare = title
            .split_once(' ')
            .is_none_or(|(first, rest)| !rest.contains(' ') && is_in(ARTICLES, &lowercase(first)));
        if bare || self.bare_before_of_date(&title, trigger) {
            return self.phrase_with_date(trigger).unwrap_or(title);
        }
        self.with_opening_place(&title, trigger).unwrap_or(title)
    }

    /// For an event noun that only names the source of the sentence ("according to a radio
    /// station bulletin Monday"), the verb of what the source says: the sentence's first verb
    /// with a tense outside the source's phrase (which ends at a comma).
    fn sourced_group(&self, trigger: usize) -> Option<Range<usize>> {
        if !self.class(trigger).in_noun_phrase() {
            return None;
        }
        let (start, _) = self.noun_phrase_around(trigger);
        let to = self.left_past_skipped(start)?;
        if self.word(to) != "to" || to == 0 || self.word(to - 1) != "according" {
            return None;
        }
        let n = self.tokens.len().min(trigger + REACH);
        let end = (trigger..n).find(|&k| self.word(k) == ",").unwrap_or(n);
        let from = to.saturating_sub(REACH);
        let verb = (from..to - 1)
            .chain(end..n)
            .find(|&k| self.finite(k) && !self.governed_ing(&self.verb_group_around(k)))?;
        Some(self.verb_group_around(verb))
    }

    /// The title of the clause of `group`, whose object stays before `limit`.
    /// The title of [`Self::past_relative_group`] of `tokens[trigger]`, if it has one.
    fn past_relative_title(
        &self,
        trigger: usize,
        clause: &Range<usize>,
        limit: usize,
    ) -> Option<String> {
        self.past_relative_group(trigger)
            .map(|group| self.group_title(group, clause, limit))
    }

    fn group_title(&self, group: Range<usize>, clause: &Range<usize>, limit: usize) -> String {
        let group = self.told_group(group);
        // "As a result, on May 3, the general turned on his allies": the verb's clause.
        // "expects to post a charge, resulting in a loss": the verb of a clause before.
        if group.end >= limit || group.end <= clause.start {
            let end = (group.end..self.tokens.len().min(group.end + REACH))
                .find(|&k| is_clause_break(self.tokens, k))
                .unwrap_or(self.tokens.len().min(group.end + REACH));
            // "Saddam called Bush ``a liar''" after a phrase that opens the sentence.
            let end = self.past_asides(self.past_quotes(end, group.end), group.end);
            return self.clause_title(group, end);
        }
        self.clause_title(group, limit)
    }

    /// The class of `tokens[i]`; past the last token, a mark, as the sentence ends there (a
    /// text may stop at a comma: "... Tom Hale, the mayor,").
    #[inline]
    fn class(&self, i: usize) -> Class {
        self.classes.get(i).copied().unwrap_or(Class::Punct)
    }

    /// The word of `tokens[i]` in lower case; past the last token, none.
    #[inline]
    fn word(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The form of "be" `tokens[i]` is, if it is one.
    fn be_form(&self, i: usize) -> Option<Be> {
        let t = self.tokens.get(i).filter(|t| t.is(COPULAS))?;
        Some(if t.is_lex(Lex::PastAuxiliaries) {
            Be::Past
        } else if t.is_lex(Lex::PresentAuxiliaries) {
            Be::Present
        } else {
            Be::Untensed
        })
    }

    /// `tokens[i]` is a form of "be" with a tense: "is", "was", not "been".
    fn tensed_be(&self, i: usize) -> bool {
        matches!(self.be_form(i), Some(Be::Present | Be::Past))
    }

    /// `tokens[i]` is a verb of saying (see [`says_token`]).
    pub(super) fn says(&self, i: usize) -> bool {
        says_token(&self.tokens[i])
    }
}

/// The subject of `title` is "you": in news it is the reader or anyone ("that is what you
/// would want to do at Christmas"), whom a chart cannot place, so the clause is no event.
pub fn places_nobody(title: &str) -> bool {
    title.split([' ', '\'', '\u{2019}']).next() == Some("You")
}

/// "-ing" and "-ed" forms, and irregular participles ("led", "given").
fn is_participle(word: &str) -> bool {
    word.ends_with("ing") || word.ends_with("ed") || is_in(super::words::IRREGULAR_PAST, word)
}

/// A participle that is not an "-ing" form: "issued", "led", "given".
fn is_past_participle(word: &str) -> bool {
    is_participle(word) && !word.ends_with("ing")
}

/// A word in "-s" that is no singular in "-ss" or "-us" ("dangerous", "status").
fn is_plural_form(word: &str) -> bool {
    ends_in_plural_s(word) && !word.ends_with("us")
}

/// A dash in running text, as wire copy writes it (an underscore in some).
fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--" | "–" | "—" | "_")
}

/// Quotation marks: a title drops them and reads on.
fn is_quote(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”" | "``" | "''" | "`")
}

/// A verb of saying: a listed verb's form, or one of `[said_forms]` in titles.txt.
fn is_say_verb(word: &str) -> bool {
    // The listed verbs' forms are spelt out once in the word table: one lookup.
    let entry = lookup::entry(word);
    entry.has(Form::SayVerb) || entry.is_lex(Lex::SaidForms)
}

/// The token is a verb of saying: [`is_say_verb`] read from the token's entry, found when
/// the token was made.
fn says_token(t: &Token) -> bool {
    t.has(Form::SayVerb) || t.is_lex(Lex::SaidForms)
}

/// "Makers say" inside a longer title: lower case unless it starts with a name.
fn lowercase_first(head: &str, named: bool) -> String {
    let first_word_is_name = head
        .split(' ')
        .next()
        .is_some_and(|w| w.chars().skip(1).any(char::is_uppercase));
    if named || first_word_is_name {
        return head.to_string();
    }
    let mut chars = head.chars();
    let mut out = String::with_capacity(head.len() + 4);
    out.extend(chars.next().into_iter().flat_map(char::to_lowercase));
    out.push_str(chars.as_str());
    out
}

/// The first letter a capital; the rest copied whole, not char by char into a growing string.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len() + 4);
    out.extend(chars.next().into_iter().flat_map(char::to_uppercase));
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests;
