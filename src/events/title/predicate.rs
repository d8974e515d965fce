//! The phrases after a title's verb group: the object, an infinitive and one prepositional
//! phrase, each fitted whole or cut where a headline may end, within [`MAX_CHARS`].

use std::borrow::Cow;

use super::{ARTICLES, Class, Lex, MAX_CHARS, PARTICLES, SHORT, Titles, is_in, lowercase};

mod agent;
mod aside_object;
mod asked;
mod complete;
mod dangling;
mod fit;
mod ing;
mod object;
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
}
