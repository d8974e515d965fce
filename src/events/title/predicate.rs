//! The phrases after a title's verb group: the object, an infinitive and one prepositional
//! phrase, each fitted whole or cut where a headline may end, within [`MAX_CHARS`].

use std::borrow::Cow;

use super::{
    ARTICLES, Class, Form, Lex, MAX_CHARS, PARTICLES, SHORT, Titles, VERB_ADVERBS, is_in,
    is_past_participle, is_plural_form, lowercase,
};

mod agent;
mod aside_object;
mod asked;
mod complete;
mod dangling;
mod fit;
mod owed;
mod owed_end;
mod owed_room;
mod owed_word;
mod shared_noun;

impl Titles<'_> {
    /// `title` and the phrases that fit: the object, an infinitive, and one prepositional
    /// phrase (a place, a goal, a partner), as a headline has: "Talks broke down in Hanoi",
    /// not "... over disagreements on nuclear concessions"; more only within [`SHORT`].
    fn add_phrases_as_is(&self, mut title: String, phrases: &[Vec<usize>]) -> String {
        // "the ninth man [in the annals of the sport] to be sent off": an ordinal's
        // noun keeps the infinitive that makes it one, before the phrases between them.
        if let Some((to, kept)) = self.ordinal_infinitive(phrases) {
            let short = self.add_phrases(title.clone(), &kept);
            if short.contains(&self.join(&phrases[to])) {
                return short;
            }
            // Too long whole: the infinitive's first words that fit ("the seventh player to
            // be given out").
            let object = self.add_phrases(title.clone(), &kept[..1]);
            let cut = self.fit(&object, &phrases[to]);
            if object.contains(&self.join(&phrases[0])) && cut.len() > object.len() {
                return cut;
            }
        }
        let mut prepositional = 0;
        // "urged people hit by the cuts [at the mill] to seek advice": an infinitive that
        // says what the object is to do, past phrases a title leaves out.
        let infinitive = (1..phrases.len()).find(|&m| self.object_infinitive(phrases, m));
        // The title's length in characters, kept as phrases are added.
        let mut chars = title.chars().count();
        // The length in bytes of the title before the last phrase added, and that phrase.
        let mut last: Option<(usize, Cow<[usize]>)> = None;
        // The title's length in bytes and characters right after the verb's object.
        let mut after_object = None;
        for (n, phrase) in phrases.iter().enumerate() {
            if n == 1 && last.is_some() {
                after_object = Some((title.len(), chars));
            }
            // "rose 5%, according to the survey": a phrase of a preposition of two words set
            // off by a comma or a closing quotation mark tells where the news came from, no
            // part of what happened ("acted according to the rules" is the verb's own).
            if self.tokens[phrase[0]].is_lex(Lex::PrepositionHeads)
                && phrase[0]
                    .checked_sub(1)
                    .is_some_and(|p| self.word(p) == "," || self.quote_mark(p))
            {
                break;
            }
            let phrase = self.offices_dropped(phrase);
            let next = self.width(&phrase);
            // "will resign [if the vote fails]": a condition goes whole or not at all.
            if chars + 1 + next > MAX_CHARS && self.is_condition(&phrase) {
                break;
            }
            // ("described the talks in Oslo [as a success]": the verb's own phrase.)
            if self.class(phrase[0]) == Class::Prep
                && !self.object_infinitive(phrases, n)
                && !self.counts_occasion(&phrase)
            {
                prepositional += 1;
                // "injured 31 people in Lyon and 4 | in Nice": a count that shares the
                // verb and noun of the phrase before has its place after it.
                let gapped = || {
                    last.as_ref()
                        .is_some_and(|(_, p)| self.bare_count_at_end(p))
                };
                // A second phrase only in a title still short: "Allies landed in Normandy on
                // D-Day".
                // "The cartel was behind three murders in Cali": the article aside.
                let long = || {
                    let article = title
                        .split_once(' ')
                        .filter(|(first, _)| is_in(ARTICLES, &lowercase(first)))
                        .map_or(0, |(first, _)| first.chars().count() + 1);
                    chars - article + 1 + next > SHORT
                };
                let result = self.tokens[phrase[0]].is_lex(Lex::ResultPrepositions);
                // "were hurt by $41 million [in write-downs]": what a sum counts.
                let counted = || {
                    last.as_ref()
                        .is_some_and(|(_, p)| self.counts_sum(p, &phrase))
                };
                // "issued a call [for a review]": the phrase its noun needs ("20 miles [from
                // the cape]": its distance); "to get [around the ban]": the phrase its
                // infinitive needs.
                let needs = |w: usize| self.owes(w, phrase[0]) || self.ends_owing(w, phrase[0]);
                let owed = || {
                    last.as_ref().is_some_and(|(_, p)| match p[..] {
                        [.., to, w] if w + 1 == phrase[0] => {
                            needs(w) || self.infinitive_owes(to, w, &phrase)
                        }
                        [w] => w + 1 == phrase[0] && needs(w),
                        _ => false,
                    })
                };
                if prepositional > 1 && long() && !gapped() && !result && !counted() && !owed() {
                    if infinitive.is_some_and(|m| m > n) {
                        continue;
                    }
                    break;
                }
            }
            // "completed the purchase of Austin-based Lone Star Lumber": an object
            // too long keeps its noun whole without the compound that describes it.
            let plain = (chars + 1 + next > MAX_CHARS && n == 0)
                .then(|| self.undescribed(&phrase))
                .flatten()
                .filter(|p| chars + 1 + self.width(p) <= MAX_CHARS);
            if let Some(plain) = plain {
                let before = title.len();
                title.push(' ');
                chars += 1 + self.width(&plain);
                self.push_joined(&mut title, &plain);
                last = Some((before, Cow::Owned(plain)));
                continue;
            }
            // "completed its previously announced plan [to reduce its staff]": an infinitive
            // that completes the noun right before it goes in when that noun's describing
            // words make the room.
            let room = (chars + 1 + next > MAX_CHARS && self.class(phrase[0]) == Class::To)
                .then_some(last.as_ref())
                .flatten()
                .filter(|(_, noun)| noun.last().is_some_and(|&w| w + 1 == phrase[0]))
                .and_then(|(before, noun)| {
                    let plain = self.without_describers(noun)?;
                    let chars = chars - self.width(noun) + self.width(&plain);
                    (chars + 1 + next <= MAX_CHARS).then_some((*before, plain))
                });
            if let Some((before, plain)) = room {
                title.truncate(before);
                title.push(' ');
                self.push_joined(&mut title, &plain);
                let before = title.len();
                title.push(' ');
                self.push_joined(&mut title, &phrase);
                chars = title.chars().count();
                last = Some((before, phrase));
                continue;
            }
            // "drew up plans [to widen the inquiry into ...]": an infinitive that completes
            // the noun right before it keeps its first words that read whole.
            if chars + 1 + next > MAX_CHARS
                && let Some((_, noun)) = &last
                && self.completes_noun(noun, &phrase)
            {
                let fitted = self.fit(&title, &phrase);
                if self.reads_whole(&title, &fitted, &phrase) {
                    return fitted;
                }
            }
            // "put her whole weight [behind the mayor]": a noun whose meaning needs the
            // phrase after it keeps that phrase, the words that describe the noun left out.
            if chars + 1 + next > MAX_CHARS
                && n == 1
                && let Some((before, object)) = &last
                && let Some(bare) = self.complement_room(object, &phrase)
            {
                let mut short = title[..*before].to_string();
                short.push(' ');
                self.push_joined(&mut short, &bare);
                let object_end = short.len();
                if short.chars().count() + 1 + next <= MAX_CHARS {
                    short.push(' ');
                    self.push_joined(&mut short, &phrase);
                    title = short;
                    chars = title.chars().count();
                    last = Some((object_end, phrase));
                    continue;
                }
            }
            // "allowed traders in the port [to reopen their stalls]": the infinitive that
            // says what a verb's object is to do goes before the phrases between them, and
            // so does what it is seen as ("described the talks in Oslo [as a success]").
            if chars + 1 + next > MAX_CHARS
                && let Some((end, object_chars)) = after_object
                && self.object_infinitive(phrases, n)
            {
                let fitted = self.fit_asked(&title[..end], &phrase);
                if fitted.len() > end {
                    let whole = object_chars + 1 + next <= MAX_CHARS;
                    title = fitted;
                    chars = title.chars().count();
                    last = Some((end, phrase));
                    if whole {
                        continue;
                    }
                    break;
                }
            }
            // "handed control | of the port and ...", "are close | to a deal": the phrase a
            // word needs keeps its first words that read whole, when it has no room whole.
            if chars + 1 + next > MAX_CHARS
                && (last
                    .as_ref()
                    .is_some_and(|(_, p)| p.last() == Some(&(phrase[0] - 1)))
                    || n == 0)
                && self.ends_needing(&title, &phrase)
            {
                let fitted = self.fit_needed(&title, &phrase);
                if fitted.len() > title.len() {
                    title = fitted;
                    last = None;
                }
                break;
            }
            // "with Lee surrendering to ...": a clause goes whole or not at all.
            if chars + 1 + next > MAX_CHARS && self.absolute_clause(&phrase) {
                break;
            }
            // "expressed their dismay with the board [set] up to review ...": a phrase too
            // long with the participle that describes its noun goes in without it.
            if chars + 1 + next > MAX_CHARS
                && n > 0
                && self.class(phrase[0]) == Class::Prep
                && self.ends_on_describing_participle(&phrase)
            {
                let bare = &phrase[..phrase.len() - 1];
                if chars + 1 + self.width(bare) <= MAX_CHARS {
                    title.push(' ');
                    self.push_joined(&mut title, bare);
                    return title;
                }
            }
            if chars + 1 + next > MAX_CHARS {
                // A long object: as many of its words as fit, whole numbers and names; a
                // question ("whether ...") whole or not at all.
                // "filed with the Ontario Securities Commission a prospectus for
                // shares": the object after a phrase too long for the title.
                let object = phrases.get(1).filter(|o| {
                    self.class(phrase[0]) == Class::Prep
                        && matches!(self.class(o[0]), Class::Det | Class::Noun | Class::Num)
                });
                if n == 0
                    && let Some(object) = object
                {
                    title = self.fit_object(&title, &self.without_offices(object));
                } else if (n == 0 && self.class(phrase[0]) != Class::Sub)
                    || (n > 0 && self.moved_object(&phrases[n - 1], &phrase))
                {
                    // "would investigate the rebel-led purge of ...": cut short, an object
                    // keeps its noun before the compound that describes it.
                    let plain = self.undescribed(&phrase);
                    let object = plain.as_deref().unwrap_or(&phrase);
                    let mut fitted = self.fit_object(&title, object);
                    // "would not free [on bail] the driver charged with ...": with no room for the
                    // object after the phrase before it, the object goes in without that phrase.
                    if n > 0
                        && fitted.len() == title.len()
                        && let Some((before, p)) = &last
                        && p.last() == phrases[n - 1].last()
                    {
                        let bare = self.fit_object(&title[..*before], object);
                        if bare.len() > *before {
                            fitted = bare;
                            last = None;
                        }
                    }
                    title = fitted;
                }
                break;
            }
            let before = title.len();
            if !title.is_empty() {
                title.push(' ');
                chars += 1;
            }
            self.push_joined(&mut title, &phrase);
            chars += next;
            last = Some((before, phrase));
        }
        // The title as it was before the last phrase added, with `words` after it: a title
        // only grows, so the one before is its start.
        let before_and = |title: &mut String, before: usize, words: &[usize]| {
            title.truncate(before);
            if !words.is_empty() {
                if !title.is_empty() {
                    title.push(' ');
                }
                self.push_joined(title, words);
            }
        };
        // "united three states [to found] | the league": an infinitive after the verb's object,
        // the title's end, whose own object is left out goes too (not one that says what the
        // object is to do: "asked the banks to help").
        if last.is_none()
            && let Some(&first) = phrases.first().and_then(|p| p.first())
            && let Some(to) = first.checked_sub(2)
            && let Some(end) = self.dangling_infinitive(&title, to, &phrases[0])
        {
            title.truncate(end);
            return title;
        }
        // "injured 31 people in Lyon [and 4 in Nice]": a count without its place goes.
        if let Some((before, phrase)) = &last
            && self.bare_count_at_end(phrase)
            && phrases.last().is_some_and(|l| l[..] != phrase[..])
            && let Some(coord) = phrase.iter().rposition(|&w| self.class(w) == Class::Coord)
        {
            // (A count at the end has its number: `coord` is never 0.)
            before_and(&mut title, *before, &phrase[..coord]);
            return title;
        }
        // "resigned [to seek], without success, a seat": an infinitive whose object is past
        // an aside goes.
        if let Some((before, phrase)) = &last
            && self.object_past_aside(phrase)
        {
            before_and(&mut title, *before, &[]);
            return title;
        }
        // "named in a lawsuit brought [in district court]": a participle whose phrase is
        // left out goes with it.
        let left_out = last
            .as_ref()
            .is_some_and(|(_, p)| phrases.last().is_some_and(|l| l[..] != p[..]));
        // "hired a bank [to assist] [in weighing a sale]": an infinitive whose object or
        // phrase is left out goes too; not one that says what the object is to do ("asked
        // the banks to help" tells more than "asked the banks"), nor the one that makes an
        // ordinal's noun one ("the first envoy to refer").
        if left_out
            && let Some((before, phrase)) = &last
            && let [keep @ .., to, verb] = &phrase[..]
            && let Some(rest) = phrases.iter().find(|p| p.first() == Some(&(verb + 1)))
            && self.infinitive_owes(*to, *verb, rest)
            && !phrases
                .iter()
                .position(|p| p.first() == Some(to))
                .is_some_and(|n| {
                    self.object_infinitive(phrases, n)
                        || (n > 0
                            && phrases[n - 1]
                                .iter()
                                .any(|&w| self.tokens[w].is_lex(Lex::OrdinalWords)))
                })
        {
            before_and(&mut title, *before, keep);
            return title;
        }
        // "launched a survey boat [to determine] | whether the silt drifts": an infinitive
        // after the object, whose question is left out, goes too (not the verb's own: "has
        // to decide" has nothing to go back to; nor what the object is to do).
        if let Some((before, phrase)) = &last
            && let [keep @ .., to, verb] = &phrase[..]
            && self.class(*to) == Class::To
            && self.question_left_out(*verb)
            && self.after_object(phrases, *to)
            && (!keep.is_empty()
                || phrases
                    .iter()
                    .position(|p| p.first() == Some(to))
                    .is_some_and(|n| n > 0 && !self.object_infinitive(phrases, n)))
        {
            before_and(&mut title, *before, keep);
            return title;
        }
        // "ended with the union [accepting the offer]": a noun phrase after "with" and
        // its participle are a clause, no partner of the verb; without its participle's
        // phrase the title tells something else, so the clause goes.
        if let Some((before, phrase)) = &last
            && self.absolute_clause(phrase)
            && phrase.last().is_some_and(|&w| {
                w + 1 < self.tokens.len() && self.participle(w + 1)
                    || (left_out && self.participle(w))
            })
        {
            before_and(&mut title, *before, &[]);
            return title;
        }
        // "flew to Cairo hoping [to broker]", "murders dating [to 2003]": an
        // "-ing" form whose object is left out goes too.
        if let Some((before, phrase)) = &last
            && phrase.last().is_some_and(|&w| {
                // "for questioning": a gerund after a preposition is its object; not after a
                // verb's particle with the "-ing" form's own words left out ("moved out
                // leaving [the town empty]"; "gave up smoking" keeps its object).
                let particle = w > 1
                    && left_out
                    && self.class(w - 2) == Class::Verb
                    // ("participate in planning": "in" is more often a preposition.)
                    && self.tokens[w - 1].is(PARTICLES);
                (self.class(w) == Class::Verb || self.own_phrase_follows(w))
                    && self.word(w).ends_with("ing")
                    && (particle || !(w > 0 && self.class(w - 1) == Class::Prep))
                    && !self.gerund_in_phrase(phrase, w)
                    && (left_out
                        || (w + 1 < self.tokens.len()
                            // "sent a fax explaining [that ...]": what it says is left out.
                            && (self.introduces_date(w + 1)
                                || (self.word(w + 1) == "that" && self.says(w)))))
            })
        {
            before_and(&mut title, *before, &phrase[..phrase.len() - 1]);
            return title;
        }
        // "found guilty in county court of helping [to launder cash]": a preposition and an
        // "-ing" form whose infinitive is left out say nothing alone; nor do they when its
        // object or its clause is ("apologized for saying [he ...]", "after learning [that
        // ...]"; "sought for questioning" has none).
        if let Some((before, phrase)) = &last
            && let [keep @ .., prep, ing] = &phrase[..]
            && self.class(*prep) == Class::Prep
            && self.word(*ing).ends_with("ing")
            && self.class(*ing) == Class::Verb
            && self.tokens.get(ing + 1).is_some()
            && ((left_out && self.class(ing + 1) == Class::To) || self.object_left_out(*ing))
        {
            before_and(&mut title, *before, keep);
            return title;
        }
        // "left their wards in what is believed [to be the largest strike]": a phrase of place
        // or manner that ends on a word whose complement is left out goes whole, when its
        // clause has no noun (one may be a subject read as its object: "proves beyond
        // doubt the envoy was").
        if left_out
            && let Some((before, phrase)) = &last
            && self.class(phrase[0]) == Class::Prep
            && self.owes_complement(phrase)
            && !phrase[1..]
                .iter()
                .any(|&w| matches!(self.class(w), Class::Noun | Class::Name | Class::Num))
        {
            before_and(&mut title, *before, &[]);
            return title;
        }
        // "got into trouble [20 miles] | from the cape": a distance without its place goes.
        if left_out
            && let Some((before, phrase)) = &last
            && let Some(kept) = self.owed_end_dropped(phrase)
        {
            before_and(&mut title, *before, &kept);
            return title;
        }
        if left_out
            && let Some((before, phrase)) = &last
            && self.ends_on_describing_participle(phrase)
        {
            before_and(&mut title, *before, &phrase[..phrase.len() - 1]);
        }
        title
    }

    /// `phrase` ends on a past participle that starts a phrase describing the noun before it
    /// ("in a lawsuit [brought]", "with the commission [set] up to review"); not the verb
    /// after a preposition that opens a clause ("after a jet crashed"), and not a participle
    /// of purpose alone ("false leaks [designed] | to mislead").
    fn ends_on_describing_participle(&self, phrase: &[usize]) -> bool {
        let n = phrase.len();
        (n > 2 || (n == 2 && self.owes_infinitive(phrase[1])))
            && !self.tokens[phrase[0]].is_lex(Lex::ClausePrepositions)
            && self.class(phrase[n - 1]) == Class::Verb
            && is_past_participle(self.word(phrase[n - 1]))
            && matches!(
                self.class(phrase[n - 2]),
                Class::Noun | Class::Name | Class::Num
            )
    }

    /// The object `phrases[0]` holds an ordinal ("the seventh player") and an infinitive
    /// follows it after prepositional phrases only: the index of the infinitive's phrase, and
    /// the phrases without those between.
    fn ordinal_infinitive(&self, phrases: &[Vec<usize>]) -> Option<(usize, Vec<Vec<usize>>)> {
        let first = phrases.first()?;
        if !first
            .iter()
            .any(|&w| self.tokens[w].is_lex(Lex::OrdinalWords))
            || !matches!(self.class(first[0]), Class::Det | Class::Noun | Class::Adv)
        {
            return None;
        }
        let to = 1 + phrases[1..]
            .iter()
            .position(|p| self.class(p[0]) != Class::Prep)?;
        if to < 2 || self.class(phrases[to][0]) != Class::To {
            return None;
        }
        let kept = std::iter::once(first)
            .chain(&phrases[to..])
            .cloned()
            .collect();
        Some((to, kept))
    }

    /// `phrases[n]` is an infinitive after the object `phrases[0]` of a verb that takes an
    /// object and an infinitive ("ordered the guards to open"), or the "as" of a verb that
    /// says what its object is seen as ("described the talks as a success"), with only
    /// prepositional phrases between them.
    pub(super) fn object_infinitive(&self, phrases: &[Vec<usize>], n: usize) -> bool {
        // ("warned [all] the parties": a quantifier a title drops may stand between.)
        let first = phrases[0][0];
        let verb = (first.saturating_sub(3)..first)
            .rev()
            .find(|&v| !(self.tokens[v].is_lex(Lex::WholeQuantifiers) || self.word(v) == "of"));
        // ("ordered the guards not to open": the infinitive's negation before its "to".)
        let Some(&start) = phrases[n].iter().find(|&&w| self.class(w) != Class::Neg) else {
            return false;
        };
        let completes = if self.class(start) == Class::To {
            verb.is_some_and(|v| self.tokens[v].is_lex(Lex::ObjectInfinitiveVerbs))
        } else {
            self.word(start) == "as"
                && self.takes_as_complement(phrases[0][0])
                && self.as_noun_phrase(start)
        };
        n > 0
            && completes
            && matches!(
                self.class(phrases[0][0]),
                Class::Det | Class::Noun | Class::Name | Class::Num | Class::Pron | Class::Poss
            )
            && phrases[1..n]
                .iter()
                .all(|p| self.class(p[0]) == Class::Prep)
    }

    /// The object `object` without the words between its determiner and its noun, when that
    /// noun needs the prepositional phrase `phrase` right after it ([`Lex::ComplementNouns`]):
    /// "her whole weight | behind the mayor" → "her weight", "full-fledged members | of the
    /// league" → "members". Not after "a", whose form may depend on them.
    fn complement_room(&self, object: &[usize], phrase: &[usize]) -> Option<Vec<usize>> {
        let (&first, &head) = (object.first()?, object.last()?);
        let needs = (head + 1 == phrase[0]
            && self.class(phrase[0]) == Class::Prep
            && self.tokens[head].is_lex(Lex::ComplementNouns))
            || self.content_after(head, phrase);
        let determined = matches!(self.class(first), Class::Det | Class::Poss)
            && !self.indefinite_article(first);
        let described = object.len() > 2
            && object[1..object.len() - 1]
                .iter()
                .all(|&w| self.class(w) == Class::Noun && !self.tokens[w].capitalized);
        if !needs {
            return None;
        }
        if determined && described {
            return Some(vec![first, head]);
        }
        // "became full-fledged members": no determiner, or words before the noun the one
        // above does not take.
        self.owed_head_bare(object, object.len() - 1)
            .map(|(bare, _)| bare)
    }

    /// The last word of `phrase` needs what follows it: an auxiliary, a linking verb, or a
    /// passive participle before "to" ("is thought | to be", "was expected | to rise").
    fn owes_complement(&self, phrase: &[usize]) -> bool {
        let [.., before, w] = phrase[..] else {
            return false;
        };
        let passive = self.class(w) == Class::Verb
            && self.class(before) == Class::Aux
            && before + 1 == w
            && w + 1 < self.tokens.len()
            && self.class(w + 1) == Class::To;
        self.class(w) == Class::Aux || self.tokens[w].has(Form::LinkingVerb) || passive
    }

    /// `phrase` is the "that" clause of what the noun `tokens[head]` before it is about
    /// ([`Lex::ContentNouns`]: "sent strong signals | that the army would leave"), a date
    /// aside: a title short of room keeps it and drops the words that describe the noun.
    fn content_after(&self, head: usize, phrase: &[usize]) -> bool {
        let that = phrase[0];
        head < that
            && self.word(that) == "that"
            && self.tokens[head].is_lex(Lex::ContentNouns)
            && (head + 1..that)
                .all(|j| self.quote_mark(j) || self.skipped(j) || self.introduces_date(j))
    }

    /// `phrase` opens with "with" (or "without") and its noun phrase is the subject of a
    /// participle: one inside the phrase after a noun ("with Lee surrendering to ..."), or
    /// right after it.
    pub(super) fn absolute_clause(&self, phrase: &[usize]) -> bool {
        let (Some(&first), Some(&end)) = (phrase.first(), phrase.last()) else {
            return false;
        };
        if !self.tokens[first].is_lex(Lex::AbsolutePrepositions) || phrase.len() < 2 {
            return false;
        }
        let inside = phrase.windows(2).skip(1).any(|p| {
            self.participle(p[1])
                && matches!(
                    self.class(p[0]),
                    Class::Noun | Class::Name | Class::Num | Class::Pron
                )
        });
        inside || (end + 1 < self.tokens.len() && self.participle(end + 1))
    }

    /// `tokens[w]` is an "-ing" form of a verb ("surrendering", "being").
    fn participle(&self, w: usize) -> bool {
        self.word(w).ends_with("ing") && matches!(self.class(w), Class::Verb | Class::Aux)
    }

    /// `tokens[k]` is "a" or "an", whose form agrees with the word after it.
    pub(super) fn indefinite_article(&self, k: usize) -> bool {
        matches!(self.word(k), "a" | "an")
    }

    /// `phrase` is the object of the verb, moved past the prepositional phrase `before`
    /// right in front of it: "declined to release on bail | a teenage driver accused of ...".
    fn moved_object(&self, before: &[usize], phrase: &[usize]) -> bool {
        self.class(before[0]) == Class::Prep
            && self.tokens[phrase[0]].is(ARTICLES)
            && before.last().is_some_and(|&w| w + 1 == phrase[0])
    }

    /// `title` and as much of the object `phrase` as fits: whole, or in headline style
    /// without its article ("took $89.9 million charge") when the subject has none left to
    /// give, else its first words.
    fn fit_object(&self, title: &str, phrase: &[usize]) -> String {
        let bare = &phrase[1..];
        let subject_bare = || {
            title
                .split_once(' ')
                .is_none_or(|(first, _)| !is_in(ARTICLES, &lowercase(first)))
        };
        if phrase.len() > 1
            && self.tokens[phrase[0]].is(ARTICLES)
            && subject_bare()
            && title.chars().count() + 1 + self.width(bare) <= MAX_CHARS
        {
            let mut out = String::with_capacity(title.len() + 64);
            out.push_str(title);
            out.push(' ');
            self.push_joined(&mut out, bare);
            return out;
        }
        self.fit(title, phrase)
    }

    /// `phrase` without the hyphenated participles that describe the noun after them, with
    /// the names they are made of: "of Austin-based Lone Star Lumber" → "of Lone Star
    /// Lumber". Not after "a", whose form may depend on it ("a state-owned oil company").
    /// None when there is none.
    fn undescribed(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        if !phrase.iter().any(|&w| self.word(w).contains('-')) {
            return None;
        }
        let mut out: Vec<usize> = Vec::with_capacity(phrase.len());
        let mut dropped = false;
        for (n, &w) in phrase.iter().enumerate() {
            let word = self.word(w);
            let last = word.rsplit_once('-').map(|(_, last)| last);
            let compound = last.is_some_and(|end| end.len() > 3 && end.ends_with("ed"));
            let noun_after = phrase
                .get(n + 1)
                .is_some_and(|&k| matches!(self.class(k), Class::Noun | Class::Name));
            let after_a = out.last().is_some_and(|&k| self.indefinite_article(k));
            // "a 72-hour forecast": a length in one word describes too, and "a" still fits
            // the noun after it unless that opens with a vowel.
            let length = last.is_some_and(|unit| super::is(Lex::LengthUnits, unit))
                && phrase
                    .get(n + 1)
                    .is_some_and(|&k| !self.word(k).starts_with(['a', 'e', 'i', 'o', 'u']));
            if noun_after && ((compound && !after_a) || (length && after_a)) {
                // "San Diego-based": the names it is made of go with it.
                let mut start = self.tokens[w].span.start;
                while out.len() > 1
                    && let Some(&k) = out.last()
                    && self.class(k) == Class::Name
                    && self.tokens[k].span.end + 1 == start
                {
                    start = self.tokens[k].span.start;
                    out.pop();
                }
                dropped = true;
                continue;
            }
            out.push(w);
        }
        (dropped && !out.is_empty()).then_some(out)
    }

    /// `phrase` ends with "and" and a bare number: "in Kenya and 10", "200 men and 40".
    fn bare_count_at_end(&self, phrase: &[usize]) -> bool {
        let nums = phrase
            .iter()
            .rev()
            .take_while(|&&w| self.class(w) == Class::Num)
            .count();
        nums > 0
            && nums + 1 < phrase.len()
            && self.class(phrase[phrase.len() - nums - 1]) == Class::Coord
    }

    /// The "-ing" form at `tokens[w]`, the last word of `phrase`, is the noun of its phrase:
    /// "in active trading after ...", a word of the phrase before it and no object after it.
    fn gerund_in_phrase(&self, phrase: &[usize], w: usize) -> bool {
        // ("undertook pilot training in ...": an object's noun before it, too.)
        let opens = |c: Class| match c {
            Class::Prep => phrase.len() > 2,
            Class::Det | Class::Noun | Class::Poss | Class::Num => phrase.len() > 1,
            _ => false,
        };
        let described = opens(self.class(phrase[0]))
            && w > 0
            && phrase.contains(&(w - 1))
            && matches!(self.class(w - 1), Class::Noun | Class::Det);
        let next = w + 1;
        let no_object = next >= self.tokens.len()
            || self.class(next) == Class::Punct
            || (self.class(next) == Class::Prep
                && self.word(next) != "to"
                && !self.introduces_date(next)
                && !self.own_phrase_follows(w));
        described && no_object
    }

    /// The "-ing" form at `tokens[w]` has its own particle or phrase of where to or from right
    /// after it: "a woman returning [from Peru]", "nurses handing [out masks]", "a strong
    /// position going [into the final]" ("over" is as often a phrase of its own: "fighting
    /// over the town"; "to" as often an infinitive's or a preposition's own: "according to").
    /// Only after a number, a plural or a noun its determiner opens: a gerund a noun or an
    /// adjective describes is a noun ("in heavy fighting from dawn", "cut research funding
    /// from the budget").
    pub(in crate::events::title) fn own_phrase_follows(&self, w: usize) -> bool {
        if w < 2 || !self.word(w).ends_with("ing") {
            return false;
        }
        let determined = || {
            (w.saturating_sub(4)..w - 1)
                .rev()
                .find(|&j| self.class(j) != Class::Noun)
                .is_some_and(|j| matches!(self.class(j), Class::Det | Class::Poss))
        };
        let noun = match self.class(w - 1) {
            Class::Num => true,
            // ("those still recovering [from]": an adverb read as a noun.)
            Class::Noun | Class::Name if self.tokens[w - 1].is(VERB_ADVERBS) => false,
            Class::Noun | Class::Name => is_plural_form(self.word(w - 1)) || determined(),
            _ => false,
        };
        noun && self.tokens.get(w + 1).is_some_and(|n| {
            (n.is_lex(Lex::DirectionPrepositions) && n.lower != "to"
                || (n.is(PARTICLES) && n.lower != "over"))
                && !self.introduces_date(w + 1)
        })
    }

    /// The object or the clause of the "-ing" form at `tokens[ing]`, the title's last word,
    /// follows it in the sentence, past the date left out: "for saying [on Sunday] he ...",
    /// "after learning that ...", "for beating Norco".
    fn object_left_out(&self, ing: usize) -> bool {
        let end = self.tokens.len().min(ing + 8);
        (ing + 1..end)
            .find(|&k| !self.skipped(k) && !self.introduces_date(k))
            .is_some_and(|k| {
                matches!(
                    self.class(k),
                    Class::Det | Class::Pron | Class::Name | Class::Poss | Class::Num
                ) || self.word(k) == "that"
            })
    }

    /// The word after the verb at `verb` opens a question it reports, left out of the title
    /// ("to determine | whether ...", "to know | how many"): a complementiser that is no
    /// relative ("that" may be a determiner or a relative there).
    fn question_left_out(&self, verb: usize) -> bool {
        self.tokens
            .get(verb + 1)
            .is_some_and(|t| t.is_lex(Lex::Complementisers) && !t.is_lex(Lex::Relatives))
    }

    /// The word before `to` ends a noun phrase that follows the title's verb, one that links
    /// nothing ("launched a boat | to", "met in Geneva | to"; not "has | to", "was nearly
    /// impossible | to").
    fn after_object(&self, phrases: &[Vec<usize>], to: usize) -> bool {
        let Some(&start) = phrases.first().and_then(|p| p.first()) else {
            return false;
        };
        start > 0
            && to > start
            && matches!(self.class(to - 1), Class::Noun | Class::Name | Class::Pron)
            && self.class(start - 1) == Class::Verb
            && !self.tokens[start - 1].has(Form::LinkingVerb)
    }
}
