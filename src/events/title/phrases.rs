//! The phrases that follow a verb group or a noun in its clause: the object, then one phrase
//! for each preposition, which a title keeps whole or leaves out.

use std::ops::Range;

use super::{
    ARTICLES, Class, Lex, PARTICLES, PREPOSITION_BEFORE_TO, REACH, Titles, VERB_ADVERBS,
    is_acronym_in_brackets, is_clause_break, is_past_participle,
};
use crate::events::words::{COPULAS, TIME_ZONES};

mod commas;

impl Titles<'_> {
    /// The phrases after a verb group (or a noun) up to the end of its clause, each a list of
    /// tokens: the object, then a phrase for each preposition. A verb of saying goes on into
    /// what was said ("said that Israel wants ...", without "that").
    pub(super) fn phrases_after(&self, from: usize, limit: usize, says: bool) -> Vec<Vec<usize>> {
        let mut phrases: Vec<Vec<usize>> = Vec::new();
        // One buffer for every phrase, each copied out at its exact length when it ends
        // ([`close_phrase`]): taken whole, each phrase grew its own list a few times.
        let mut current: Vec<usize> = Vec::with_capacity(REACH);
        let mut end = limit.min(from + REACH).min(self.tokens.len());
        let mut k = from;
        // A word of the phrases has been taken.
        let mut started = false;
        // The last token looked at was part of the date.
        let mut after_date = false;
        // The date that ended last opened right after a noun.
        let mut date_after_noun = false;
        // The verb group ends on a verb whose "as" opens its complement, not yet taken.
        let mut as_open = self.takes_as_complement(from);
        // The participle of a relative clause taken without its pronoun and "be".
        let mut participle = None;
        loop {
            if k >= end {
                // "a sailor [who was] seized off Aden": the participle and its phrase describe
                // the noun, past the clause's end.
                match self.relative_participle(&current, k) {
                    Some(p) if k == limit && participle.is_none() => {
                        participle = Some(p);
                        end = self.tokens.len().min(from + REACH);
                        k = p;
                        continue;
                    }
                    _ => break,
                }
            }
            let c = self.class(k);
            if is_acronym_in_brackets(self.tokens, k) && !self.zone_of_removed_time(k + 1) {
                // "Asia-Pacific Economic Cooperation Forum (APEC)" → "APEC".
                let before = current.len();
                while current.last().is_some_and(|&w| self.tokens[w].capitalized) {
                    current.pop();
                }
                if current.len() < before
                    && current.last().is_some_and(|&w| self.tokens[w].is(ARTICLES))
                {
                    current.pop();
                }
                current.push(k + 1);
                k += 3;
                continue;
            }
            if self.skipped(k) || self.quote_mark(k) {
                // "the arrival on Monday of 200 volunteers": a date between a noun and its
                // "of" is no head of the "of".
                let opens = self.remove[k] && !after_date;
                after_date |= self.remove[k];
                if opens {
                    // Right after the noun, or after the preposition that introduces it.
                    let noun_at = |j: usize| self.class(j) == Class::Noun;
                    date_after_noun = (k > 0 && !self.remove[k - 1] && noun_at(k - 1))
                        || (k > 1 && self.introduces_date(k - 1) && noun_at(k - 2));
                }
                k += 1;
                continue;
            }
            if started && let Some(close) = self.bracket_aside(k) {
                k = close + 1;
                continue;
            }
            // "until the fall of Budapest": what qualifies the date goes with it; not an "-ing"
            // form ("accused on Monday of hiding losses": the verb's own "of").
            if after_date
                && self.word(k) == "of"
                && !date_after_noun
                && (k + 1 >= end || self.class(k + 1).in_noun_phrase())
            {
                k += 1;
                while k < end && self.class(k).in_noun_phrase() {
                    k += 1;
                }
                continue;
            }
            // The noun's phrase goes on past the date: "after the arrival of 200 volunteers".
            if after_date
                && date_after_noun
                && self.word(k) == "of"
                && current.is_empty()
                && let Some(noun) = phrases.pop()
            {
                current.extend(noun);
            }
            // "the revolt that freed the town 40 years ago | ended": a verb with a tense right
            // after the date is the verb of the clause around the relative one, as is an
            // auxiliary ("the boy who fell ill a year ago | should have been"); so too after a
            // relative clause with its own subject and no object ("the jobs that Acme cut on
            // Monday | were", "the jobs that Acme said in May | would be cut").
            let verb_after_date = after_date
                && self.finite(k)
                && ((started && self.after_relative_group(from))
                    || (!started
                        && (self.after_object_relative(from) || self.after_contact_clause(from))));
            // "the jobs that Acme said on Monday would be cut | were lost": what the
            // relative clause said of its noun ends before the main clause's verb.
            // ("would employ 500 workers | opened": after its object too.)
            let verb_after_report = self.finite(k)
                && (self.after_gapped_report(k) || (started && self.after_gapped_report(from)));
            // "the race began two days ago the yacht crossed": a new clause, no object.
            if after_date && !says && self.clause_after_date(k) {
                break;
            }
            let closes_date = after_date && self.closes_dated_year(k);
            after_date = false;
            if self.introduces_date(k) {
                // The preposition goes with the date; what follows the date is a new phrase.
                close_phrase(&mut phrases, &mut current);
                k += 1;
                continue;
            }
            let opens_said = says && !started && self.word(k) == "that";
            if opens_said {
                k += 1;
                continue;
            }
            // "called on June 3, 1960, for a truce": the comma after the year closes the
            // date, no clause.
            if closes_date {
                k += 1;
                continue;
            }
            if self.word(k) == "," {
                // "invited the envoys of Chile, the Dominican Republic and Peru".
                if current
                    .last()
                    .is_some_and(|&w| matches!(self.class(w), Class::Noun | Class::Name))
                    && let Some(end) = self.list_after(k)
                    && end <= limit
                {
                    self.push_list(&mut current, k, end);
                    started = true;
                    k = end;
                    continue;
                }
                // "at the Leeds, Yorks., depot": a place with its region between commas
                // describes the noun after them ("at the Leeds depot").
                if let Some(close) = self.region_between_commas(&current, k, end) {
                    k = close + 1;
                    continue;
                }
                // "from his tiny, corner shop": a comma between two words that describe
                // one noun is inside its phrase.
                if self.between_describers(&current, k) {
                    current.push(k);
                    k += 1;
                    continue;
                }
                // "called for Sinn Fein, the party's political wing, to be expelled": an
                // apposition after a name, before the infinitive that completes the verb.
                if let Some(close) = self.apposition_before_to(&current, k, end) {
                    k = close + 1;
                    continue;
                }
                // "concluded that Ann Roe, a drifter, set the fires": in what was said, an
                // apposition between the name that is its subject and its verb.
                if says && let Some(close) = self.apposition_before_verb(&current, k, end) {
                    k = close + 1;
                    continue;
                }
                // "would lead, just 9 years later, into a revolt": a date between commas.
                let aside = (k + 1..end).find(|&j| !(self.skipped(j) || self.introduces_date(j)));
                if let Some(close) = aside.filter(|&j| self.word(j) == ",")
                    && (k + 1..close).any(|j| self.remove[j])
                {
                    k = close + 1;
                    continue;
                }
            }
            // "entered the war in 218 BC forming an alliance": an "-ing" form after the object
            // and a date is a clause of its own ("forced their hand by bidding" is the verb's).
            // "T-shirts bearing his portrait": right after its noun, it describes it.
            let ing_clause = started
                && c == Class::Verb
                && self.word(k).ends_with("ing")
                && self
                    .left_past_skipped(k)
                    // (Quote marks between are no gap: `after receiving "clear proof"`.)
                    .is_some_and(|b| {
                        (b + 1..k).any(|j| !self.quote_mark(j)) && self.class(b) != Class::Prep
                    });
            // "warned the mayor of the risk we shall face": a subject pronoun after a
            // prepositional phrase opens a clause of its own ("told reporters he would" is
            // what was said).
            // "the shares of Radio Corp. it doesn't own": a subject and its verb right after a
            // noun open a relative clause without "that".
            let subject_word = self
                .tokens
                .get(k)
                .is_some_and(|t| t.is_lex(Lex::SubjectPronouns));
            let relative = !says
                && current
                    .last()
                    .is_some_and(|&w| matches!(self.class(w), Class::Noun | Class::Name))
                && (subject_word || self.word(k) == "it")
                && (matches!(
                    self.classes.get(k + 1),
                    Some(Class::Aux | Class::Verb | Class::Neg)
                ) || self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.lower.ends_with("n't")));
            let new_subject = c == Class::Pron
                && (relative
                    || subject_word
                        && current
                            .first()
                            .is_some_and(|&w| self.class(w) == Class::Prep));
            // "played down the likelihood that the two were involved": what the noun is
            // about, one phrase that a title keeps whole or leaves out.
            if self.opens_content(&current, phrases.last(), k) {
                close_phrase(&mut phrases, &mut current);
                // Its clause's prepositional phrases after the verb are phrases of their own,
                // which a long title leaves out: "the likelihood that the two were involved |
                // in the killing of the doctor", never "the likelihood" alone.
                let mut verb_seen = false;
                let mut j = k;
                while j < end
                    && (j == k || !matches!(self.class(j), Class::Punct | Class::Sub))
                    // "that Kenya and Peru were": an "and" before the verb is the subject's.
                    && (self.class(j) != Class::Coord || !verb_seen || self.joins_nouns(j))
                {
                    if !(self.skipped(j) || self.introduces_date(j) || self.quote_mark(j)) {
                        let class = self.class(j);
                        // ("that the army would pull out its troops": a verb's particle.)
                        let particle = self.tokens[j].is(PARTICLES)
                            && j > 0
                            && self.class(j - 1) == Class::Verb;
                        if verb_seen
                            && class == Class::Prep
                            && !particle
                            && !self.tokens[j].is_lex(Lex::UnbrokenPrepositions)
                            && current.len() > 1
                            && current.last().is_some_and(|&w| self.class(w) != Class::Aux)
                        {
                            close_phrase(&mut phrases, &mut current);
                        }
                        verb_seen |= matches!(class, Class::Verb | Class::Aux);
                        current.push(j);
                    }
                    j += 1;
                }
                break;
            }
            // "converts its PS/2 model": a slash or an ampersand inside a word is no break.
            let inside_word = matches!(self.word(k), "/" | "&")
                && current.last() == Some(&(k.wrapping_sub(1)))
                && self.tokens[k - 1].span.end == self.tokens[k].span.start
                && self.tokens.get(k + 1).is_some_and(|next| {
                    next.span.start == self.tokens[k].span.end && next.is_word()
                });
            if inside_word {
                current.extend([k, k + 1]);
                k += 2;
                continue;
            }
            // "picked Saturday night as the time to attack": what the date kept as the object
            // is.
            let object_as = k > 0 && self.kept_date.get().1 == k && self.word(k) == "as";
            // "described the visit | as a success": the verb's complement.
            let as_complement = as_open && self.word(k) == "as" && self.as_noun_phrase(k);
            as_open &= !as_complement;
            let object_as = object_as || as_complement;
            // (Or inside it: "two boats [that were] seized in port".)
            if c == Class::Sub
                && let Some(p) = self.relative_participle(&current, k)
            {
                participle = Some(p);
                k = p;
                continue;
            }
            // "will resign [if the vote fails]": the condition of a plan, one phrase.
            if c == Class::Sub
                && let Some(condition) = self.condition_clause(&phrases, &current, (from, k, end))
            {
                close_phrase(&mut phrases, &mut current);
                phrases.push(condition);
                break;
            }
            let stop = match c {
                _ if object_as => false,
                _ if ing_clause || new_subject || verb_after_date || verb_after_report => true,
                Class::Punct => true,
                Class::Sub => true,
                Class::Coord => {
                    !self.joins_nouns(k)
                        && !self.joins_infinitives(&current, k)
                        && !self.repeats_preposition(&current, k)
                }
                _ => false,
            };
            if stop {
                break;
            }
            // "a bonus of up to 3 million", "a budget of $400 to $500 million".
            // "from the Sydney to Hobart race": a route's name.
            let up_to = self.word(k) == "to" && k > 0 && self.word(k - 1) == "up"
                || self.range_of_numbers(k)
                || self.route_to(k);
            // "in accordance with the theory": one preposition of three words.
            let compound = matches!(current[..], [p, noun] if self.class(p) == Class::Prep
                && noun + 1 == k
                && self.tokens[noun].is_lex(Lex::CompoundPrepositions));
            // "registered with the Commission an offering of shares": an article right
            // after the noun of a prepositional phrase opens the object moved past it.
            // ("for giving the coach a new contract": a verb of two objects takes the second.)
            let moved_object = c == Class::Det
                && phrases.is_empty()
                && !current.iter().any(|&w| {
                    self.class(w) == Class::Verb && self.tokens[w].is_lex(Lex::TwoObjectVerbs)
                })
                && self.tokens[k].is(ARTICLES)
                && current
                    .first()
                    .is_some_and(|&p| self.class(p) == Class::Prep)
                && current.last().is_some_and(|&w| {
                    w + 1 == k && matches!(self.class(w), Class::Noun | Class::Name)
                });
            // "charged with gunning down a doctor", "a plan to ward off suitors": the particle
            // of a gerund or an infinitive is part of it, and so is the object after the
            // particle (a title keeps the three whole or leaves them out).
            // (A word after "to" is a verb there.)
            let gerund_particle = current.last().is_some_and(|&w| {
                let gerund = self.class(w) == Class::Verb && self.word(w).ends_with("ing");
                let infinitive = w > 0
                    && self.class(w - 1) == Class::To
                    && matches!(self.class(w), Class::Verb | Class::Noun);
                w + 1 == k && (gerund || infinitive)
            }) && self.tokens[k].is(PARTICLES);
            // "talked the plan through with her staff": a particle past the object, with no
            // object of its own, completes the verb.
            let moved_particle = c == Class::Prep
                && phrases.is_empty()
                && (self.tokens[k].is(PARTICLES) || self.tokens[k].is_lex(Lex::VerbParticles))
                && current.first().is_some_and(|&f| {
                    !matches!(self.class(f), Class::Prep | Class::To | Class::Sub)
                })
                && current.last().is_some_and(|&w| {
                    // ("contracts going out to": an "-ing" form's particle is its own.)
                    w + 1 == k
                        && matches!(self.class(w), Class::Noun | Class::Name | Class::Pron)
                        && !self.word(w).ends_with("ing")
                })
                && (k + 1 >= self.tokens.len()
                    || (matches!(self.class(k + 1), Class::Prep | Class::Punct | Class::Sub)
                        && !self.introduces_date(k + 1)));
            // "by the police and by the crowd": the preposition repeated after "and".
            let repeated = current
                .len()
                .checked_sub(1)
                .is_some_and(|last| self.repeats_preposition(&current[..last], current[last]));
            let new_phrase = moved_object
                || object_as
                || (c == Class::Prep
                    && participle.is_none_or(|p| p + 1 != k)
                    && !repeated
                    && !self.tokens[k].is_lex(Lex::UnbrokenPrepositions)
                    && !up_to
                    && !compound
                    && !gerund_particle
                    && !moved_particle)
                || (c == Class::To && !current.is_empty() && !compound && !up_to);
            if new_phrase && !current.is_empty() {
                // "in the fire next to the station": "next to" is one preposition.
                let lead = current.last().copied().filter(|&w| {
                    w + 1 == k
                        && current.len() > 1
                        && self.word(k) == "to"
                        && self.tokens[w].is(PREPOSITION_BEFORE_TO)
                });
                // "urged the parties in the dispute not | to break the pact": the negation
                // before "to" is the infinitive's, which a title keeps or leaves out with it.
                let negation = current.last().copied().filter(|&w| {
                    w + 1 == k && current.len() > 1 && c == Class::To && self.class(w) == Class::Neg
                });
                if lead.is_some() || negation.is_some() {
                    current.pop();
                }
                close_phrase(&mut phrases, &mut current);
                current.extend(lead);
                current.extend(negation);
            }
            current.push(k);
            started = true;
            k += 1;
        }
        if !current.is_empty() {
            phrases.push(current);
        }
        phrases
    }

    /// The comma at `tokens[k]` closes a date written with a comma of its own, right after its
    /// year, before the verb's next phrase: "called on June 3, 1960, for a truce" (American
    /// style puts one there). Not before a clause ("met him on May 3, 1960, he said") nor a
    /// time's phrase ("until its end").
    fn closes_dated_year(&self, k: usize) -> bool {
        k > 1
            && self.word(k) == ","
            && self.tokens.get(k + 1).is_some_and(|t| {
                self.class(k + 1) == Class::Prep && !t.is_lex(Lex::TimePrepositions)
            })
            && self.remove[k - 1]
            && self.class(k - 1) == Class::Num
            && (k.saturating_sub(6)..k - 1)
                .any(|j| j > 0 && self.word(j) == "," && self.remove[j - 1] && self.remove[j + 1])
    }

    /// The date right after an active verb group, then an "as" phrase that says what the date
    /// is, is the verb's object, not when it happened: "picked Saturday night as the time to
    /// attack", "has set June 4 as the deadline" (not "rose Monday as rates dropped", whose
    /// "as" opens a clause, nor "was named Monday as chairman"). The date's tokens.
    pub(super) fn date_as_object(&self, group: &Range<usize>) -> Option<(usize, usize)> {
        let start = group.end;
        let n = self.tokens.len();
        if start >= n || !self.remove[start] {
            return None;
        }
        let passive = group.clone().any(|k| self.tokens[k].is(COPULAS));
        let verb = group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)?;
        if passive || self.says(verb) {
            return None;
        }
        let end = (start..n.min(start + 8)).find(|&k| !self.remove[k])?;
        if self.word(end) != "as" {
            return None;
        }
        // "as the deadline for bids": a noun phrase no verb of its own follows ("as Israeli
        // and Palestinian officials met" opens a clause).
        let after = (end + 1..n.min(end + 8))
            .find(|&k| !self.class(k).in_noun_phrase() && self.class(k) != Class::Coord)?;
        (after > end + 1 && !matches!(self.class(after), Class::Verb | Class::Aux))
            .then_some((start, end))
    }

    /// The end of the clause of the verb `group` that ends at `limit`, past the "as" there
    /// when it opens the verb's complement ("described the visit as a success").
    pub(super) fn past_as_complement(&self, group: &Range<usize>, limit: usize) -> usize {
        let n = self.tokens.len();
        if limit >= n
            || self.word(limit) != "as"
            || !self.takes_as_complement(group.end)
            || !self.as_noun_phrase(limit)
        {
            return limit;
        }
        let end = n.min(limit + REACH);
        (limit + 1..end)
            .find(|&k| is_clause_break(self.tokens, k) && !self.quote_mark(k))
            .unwrap_or(end)
    }

    /// The verb group that ends before `tokens[from]` ends on a verb of
    /// [`Lex::AsComplementVerbs`] ("described", "became known"), an adverb or its particle
    /// after it aside ("took over | as chairman"); or on any verb right before "as a" or "as
    /// an" and a noun ("trained as a pilot", "was treated as a hoax"; not "fell as a result").
    pub(super) fn takes_as_complement(&self, from: usize) -> bool {
        let role = from > 0
            && self.word(from) == "as"
            && self.class(from - 1) == Class::Verb
            && matches!(self.word(from + 1), "a" | "an")
            && self
                .tokens
                .get(from + 2)
                .is_some_and(|t| !t.is_lex(Lex::AsAdverbialNouns));
        if role {
            return true;
        }
        let verb = (from.saturating_sub(2)..from).rev().find(|&k| {
            let particle =
                self.tokens[k].is(PARTICLES) || self.tokens[k].is_lex(Lex::VerbParticles);
            self.class(k) != Class::Adv && !(particle && k > 0 && self.class(k - 1) == Class::Verb)
        });
        verb.is_some_and(|k| {
            self.class(k) == Class::Verb && self.tokens[k].is_lex(Lex::AsComplementVerbs)
        })
    }

    /// The "as" at `tokens[k]` is followed by a noun phrase with no verb of its own ("as a
    /// historic event", not "as rates fell"), quotes aside.
    pub(super) fn as_noun_phrase(&self, k: usize) -> bool {
        let end = self.tokens.len().min(k + 9);
        let mut nouns = false;
        for j in k + 1..end {
            let class = self.class(j);
            if self.quote_mark(j) || (nouns && class == Class::Coord) {
                continue;
            }
            // ("as reasonably robust": an adverb before the words it describes.)
            if !nouns && class == Class::Adv {
                continue;
            }
            if !class.in_noun_phrase() {
                return nouns && !matches!(class, Class::Verb | Class::Aux);
            }
            nouns = true;
        }
        nouns
    }

    /// `tokens[i]` is the zone of a clock time the title leaves out, or the "time" of its
    /// "local": "at 5:30am (AEDT)", "12.55pm local time".
    // Inlined, most words answer at once: neither a zone nor "time" (asked of most words).
    #[inline(always)]
    pub(super) fn zone_of_removed_time(&self, i: usize) -> bool {
        (self.tokens[i].is(TIME_ZONES) || self.word(i) == "time") && self.zone_before(i)
    }

    /// [`Self::zone_of_removed_time`] of a zone or "time".
    fn zone_before(&self, mut i: usize) -> bool {
        // Back over "time" to its zone: a loop, not a call for each word.
        while !self.tokens[i].is(TIME_ZONES) {
            if !(i > 1 && self.word(i) == "time") {
                return false;
            }
            i -= 1;
        }
        let before = i.checked_sub(1).and_then(|b| match self.word(b) {
            "(" => b.checked_sub(1),
            _ => Some(b),
        });
        let local = self.word(i) == "local";
        before.is_some_and(|b| self.remove[b])
            && (!local || self.tokens.get(i + 1).is_some_and(|t| t.lower == "time"))
    }

    /// The "that" at `tokens[k]` opens what the noun that ends `phrase` is about: "the
    /// likelihood that the two were involved", not "the report that was released"; or the
    /// "whether" right after a verb its question. The noun may end the phrase `before`, closed
    /// by a date between ("sent signals on Monday that the army would leave").
    fn opens_content(&self, phrase: &[usize], before: Option<&Vec<usize>>, k: usize) -> bool {
        // "asked whether the blockade would apply", "will decide whether the plant stays":
        // the question a verb asks or settles is its object.
        let question = self.word(k) == "whether"
            && phrase.is_empty()
            && self
                .left_past_skipped(k)
                .is_some_and(|b| self.class(b) == Class::Verb);
        let noun = match phrase.last() {
            None => before.and_then(|p| p.last()),
            last => last,
        };
        let content = self.word(k) == "that"
            && noun.is_some_and(|&w| {
                (w + 1..k).all(|j| self.quote_mark(j) || self.skipped(j) || self.introduces_date(j))
                    && self.tokens[w].is_lex(Lex::ContentNouns)
            });
        // "a survey found that sales were falling", "the judge ruled that the boy stays": the
        // clause right after a verb is its object, which a title keeps with its subject and
        // verb ("a survey found" says nothing).
        // ("recalled the year that the war ended": a date of "the" is the verb's object,
        // which the clause describes.)
        let object = self.word(k) == "that"
            && phrase.is_empty()
            && self.left_past_skipped(k).is_some_and(|b| {
                self.class(b) == Class::Verb && (b + 1 == k || self.word(b + 1) != "the")
            })
            && self.has_verb_after_subject(k + 1);
        self.class(k) == Class::Sub
            && (question || content || object)
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|_| !matches!(self.class(k + 1), Class::Verb | Class::Aux))
    }

    /// A subject then a verb with a tense follow from `tokens[from]` in one clause, which
    /// ends on a word that may end it ("that he was not" before a quote needs what follows).
    fn has_verb_after_subject(&self, from: usize) -> bool {
        let end = self.tokens.len().min(from + REACH);
        let mut verb = false;
        let mut last = None;
        let words = (from..end)
            .filter(|&j| !(self.skipped(j) || self.introduces_date(j) || self.quote_mark(j)))
            .take_while(|&j| !matches!(self.class(j), Class::Punct | Class::Sub));
        for (n, j) in words.enumerate() {
            verb |= n > 0 && self.finite(j);
            last = Some(self.class(j));
        }
        verb && !matches!(
            last,
            Some(Class::Aux | Class::Neg | Class::Det | Class::Poss | Class::Prep | Class::To)
        )
    }

    /// The adverb of manner right after a verb group that has nothing else after it: "won
    /// overwhelmingly", "rose sharply" (not "also", "however", "then").
    pub(super) fn manner_adverb(&self, from: usize, limit: usize) -> Option<usize> {
        let k =
            (from..limit.min(from + 6)).find(|&k| !(self.remove[k] || self.introduces_date(k)))?;
        let w = self.word(k);
        (self.class(k) == Class::Adv
            && w.ends_with("ly")
            && !self.tokens[k].is(VERB_ADVERBS)
            && !self.tokens[k].is_lex(Lex::LinkingAdverbs)
            && !self.tokens[k].is_lex(Lex::TimeAdverbs))
        .then_some(k)
    }

    /// The "to" at `tokens[k]` joins two names into the name of a route that describes the
    /// common noun after it, inside a noun phrase a determiner opens: "the Sydney to Hobart
    /// yacht race", "the 57th Leeds to York run" (not "from Leeds to York", "the Leeds to
    /// York").
    // Inlined, a word other than "to" answers at once.
    #[inline(always)]
    pub(in crate::events::title) fn route_to(&self, k: usize) -> bool {
        self.word(k) == "to" && self.joins_route(k)
    }

    /// [`Self::route_to`] of a "to".
    fn joins_route(&self, k: usize) -> bool {
        let name = |j: usize| self.class(j) == Class::Name && !self.remove[j];
        let n = self.tokens.len();
        if k == 0 || k + 1 >= n || !name(k - 1) || !name(k + 1) {
            return false;
        }
        let Some(after) = (k + 1..n.min(k + 5)).find(|&j| !name(j)) else {
            return false;
        };
        let noun = self.class(after) == Class::Noun && !self.tokens[after].capitalized;
        // "the Sydney", "the 57th Sydney": a determiner, an ordinal or a number between.
        let first = (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&j| name(j))
            .last();
        let det = first.and_then(|f| f.checked_sub(1)).is_some_and(|b| {
            self.class(b) == Class::Det
                || (b > 0
                    && self.class(b - 1) == Class::Det
                    && (self.class(b) == Class::Num
                        || self.tokens[b].has_digit()
                        || self.tokens[b].is_lex(Lex::OrdinalWords)))
        });
        noun && det
    }

    /// The "to" at `tokens[k]` joins two numbers into a range: "a loss of $5 million to $7
    /// million", "put at $300 to $350"; not after a verb, where it tells a change ("fell $2 to
    /// $13").
    // Inlined, a word other than "to" answers at once: asked of each word a phrase walks.
    #[inline(always)]
    pub(super) fn range_of_numbers(&self, k: usize) -> bool {
        self.word(k) == "to" && self.to_between_numbers(k)
    }

    /// [`Self::range_of_numbers`] of a "to".
    fn to_between_numbers(&self, k: usize) -> bool {
        if k == 0 || self.class(k - 1) != Class::Num || self.classes.get(k + 1) != Some(&Class::Num)
        {
            return false;
        }
        let first = (0..k)
            .rev()
            .find(|&j| self.class(j) != Class::Num)
            .filter(|&j| !self.remove[j]);
        first.is_some_and(|j| self.class(j) != Class::Verb)
    }

    /// The `and` at `tokens[k]` joins two infinitives that share the object after the second:
    /// "to rebuild and modernize the fleet" (not "to expand and the firm hopes").
    fn joins_infinitives(&self, phrase: &[usize], k: usize) -> bool {
        let object = |c: Class| c.in_noun_phrase() && c != Class::Poss;
        phrase.last().is_some_and(|&w| {
            w + 1 == k
                && w > 0
                && phrase.contains(&(w - 1))
                && self.class(w - 1) == Class::To
                && matches!(self.class(w), Class::Verb | Class::Noun)
        }) && self
            .classes
            .get(k + 1)
            .is_some_and(|&c| matches!(c, Class::Verb | Class::Noun))
            && self.classes.get(k + 2).is_some_and(|&c| object(c))
    }

    /// The "and" at `tokens[k]` joins a second phrase of the preposition that opens `phrase`
    /// to it, the preposition repeated right after ("by the police and by the crowd", "in
    /// Lyon and in Nice"): one phrase, as the agent of a passive is one with its conjunct.
    fn repeats_preposition(&self, phrase: &[usize], k: usize) -> bool {
        let (Some(&first), Some(&last)) = (phrase.first(), phrase.last()) else {
            return false;
        };
        self.preposition_repeated_after(first, k)
            && matches!(self.class(last), Class::Noun | Class::Name | Class::Num)
    }

    /// The preposition at `tokens[prep]` stands again right after the "and" at `tokens[and]`
    /// ("by the police and by", "in Lyon and in"): the test both ends of such a pair of
    /// phrases ask, the first reading forward and the noun phrase reading back.
    pub(super) fn preposition_repeated_after(&self, prep: usize, and: usize) -> bool {
        self.class(prep) == Class::Prep
            && self.class(and) == Class::Coord
            && self.words.get(and + 1) == Some(&self.word(prep))
    }

    /// The `and` at `tokens[k]` joins two nouns ("Kenya and Tanzania"), not two clauses.
    pub(super) fn joins_nouns(&self, k: usize) -> bool {
        // "the mining and shipping businesses": an "-ing" form after a determiner describes.
        let before = k > 0
            && (matches!(self.class(k - 1), Class::Noun | Class::Name | Class::Num)
                || (k > 1
                    && self.class(k - 1) == Class::Verb
                    && self.word(k - 1).ends_with("ing")
                    && matches!(self.class(k - 2), Class::Det | Class::Poss)));
        // "and shipping businesses": an "-ing" form before a noun describes it.
        let describing = |j: usize| {
            self.class(j) == Class::Verb
                && self.word(j).ends_with("ing")
                && self
                    .classes
                    .get(j + 1)
                    .is_some_and(|&c| matches!(c, Class::Noun | Class::Name))
        };
        let after = (k + 1..self.tokens.len().min(k + 5)).find(|&j| {
            !(matches!(
                self.class(j),
                Class::Det | Class::Noun | Class::Name | Class::Num
            ) || describing(j))
        });
        let next_is_noun = self
            .tokens
            .get(k + 1)
            .is_some_and(|_| self.class(k + 1).in_noun_phrase() || describing(k + 1));
        // ("and 30 Ionian ships [supported] by ...": a participle with its agent describes the
        // noun; it is no verb of a clause of its own.)
        let agent_participle = |j: usize| {
            is_past_participle(self.word(j))
                && self.tokens.get(j + 1).is_some()
                && self.word(j + 1) == "by"
        };
        before
            && next_is_noun
            && !after.is_some_and(|j| {
                matches!(self.class(j), Class::Verb | Class::Aux) && !agent_participle(j)
            })
    }
}

/// Ends the phrase being read: a copy of it at its exact length joins `phrases`, and the
/// buffer is empty for the next.
fn close_phrase(phrases: &mut Vec<Vec<usize>>, current: &mut Vec<usize>) {
    if !current.is_empty() {
        phrases.push(current.to_vec());
        current.clear();
    }
}
