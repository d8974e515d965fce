//! The cut of one phrase to what fits after a title: the first words that fit, cut where
//! no name or number goes on, or a shorter form of the phrase (its head without names, an
//! owner or words that describe it). Apart from `predicate.rs`, which picks the phrases.

use super::super::shape::is_function_class;
use super::super::{
    ARTICLES, Class, Form, Lex, MAX_CHARS, PARTICLES, Titles, is_participle, is_past_participle,
    is_plural_form,
};

impl Titles<'_> {
    /// `phrase` without the nouns that describe the name its verb of two objects gives to,
    /// when a second object follows the name: "giving rival striker Tom Okafor a rough
    /// shove" → "giving Tom Okafor a rough shove" (never cut before "a rough shove").
    fn second_object_kept(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let verb = phrase
            .iter()
            .position(|&w| self.tokens[w].is_lex(Lex::TwoObjectVerbs))?;
        let second = (verb + 1..phrase.len())
            .find(|&n| !matches!(self.class(phrase[n]), Class::Noun | Class::Name))?;
        if !matches!(self.class(phrase[second]), Class::Det | Class::Poss) {
            return None;
        }
        let name = (verb + 1..second)
            .rev()
            .take_while(|&n| self.class(phrase[n]) == Class::Name)
            .last()?;
        let described = name > verb + 1 && self.class(phrase[name - 1]) == Class::Noun;
        described.then(|| {
            phrase[..=verb]
                .iter()
                .chain(&phrase[name..])
                .copied()
                .collect()
        })
    }

    /// `title` and the first words of `phrase` that fit, cut where no name or number goes on.
    pub(in crate::events::title) fn fit(&self, title: &str, phrase: &[usize]) -> String {
        let room = MAX_CHARS.saturating_sub(title.chars().count() + 1);
        // Measured once for the three tries below.
        let too_wide = self.width(phrase) > room;
        if too_wide
            && let Some(kept) = self.second_object_kept(phrase)
            && self.width(&kept) <= room
        {
            return format!("{title} {}", self.join(&kept));
        }
        // "are not scheduled | leaving the new leader with ...": a participle's clause after
        // a clause that is whole goes whole or not at all.
        if phrase.first().is_some_and(|&w| {
            w > 0
                && self.class(w) == Class::Verb
                && self.word(w).ends_with("ing")
                && !matches!(self.class(w - 1), Class::Verb | Class::Aux | Class::To)
                && !self.quote_mark(w - 1)
        }) && too_wide
        {
            return title.to_string();
        }
        // "helped the rebels [build a camp]": with no room for the verb after the object and
        // the verb's own object, the object alone.
        if too_wide && let Some(object) = self.object_before_bare_verb(phrase) {
            return self.fit(title, object);
        }
        let held = self.held_for_pair(phrase);
        // Where a list in the phrase opens, if one does: found once, not for each cut.
        let list_comma = phrase.iter().position(|&w| self.is_list_comma(w));
        let mut best = 0;
        // The last cut that reads whole, for a `best` that ends on a noun short of its phrase.
        let mut whole = 0;
        // The width of the first `n` words joined, grown a word at a time.
        let mut width = 0;
        for n in 1..=phrase.len() {
            let last = phrase[n - 1];
            if n > 1 && self.tokens[phrase[n - 2]].span.end != self.tokens[last].span.start {
                width += 1;
            }
            width += self.width(&phrase[n - 1..n]);
            if width > room {
                break;
            }
            // Never inside a noun phrase ("the last useful Southern | port") nor after a verb
            // that has its object to come ("the Formosa Resolution authorizing").
            // Nor inside a list: "Chile, the Dominican Republic | and Peru".
            let in_list = list_comma.is_some_and(|c| n >= c);
            let continues = in_list
                || phrase.get(n).is_some_and(|&next| {
                    let (a, b) = (self.class(last), self.class(next));
                    (a.in_noun_phrase() && matches!(b, Class::Noun | Class::Name | Class::Num))
                        || b == Class::Poss
                        // "the bank's base | lending rate": an "-ing" noun before the noun
                        // it describes, after a singular noun that describes too (a plural
                        // is a head: "tests | showing faults"; after "to" a verb: "to stop |
                        // sending letters").
                        || (self.word(next).ends_with("ing")
                            && matches!(a, Class::Noun | Class::Name)
                            && phrase
                                .get(n + 1)
                                .is_some_and(|&w| self.class(w) == Class::Noun)
                            && !(n > 1
                                && matches!(self.class(phrase[n - 2]), Class::To | Class::Verb))
                            && !is_plural_form(self.word(last)))
                        // "two House | of Lords members": a name with "of".
                        || (a == Class::Name
                            && self.word(next) == "of"
                            && phrase.get(n + 1).is_some_and(|&w| self.class(w) == Class::Name))
                        // "the mining | and shipping businesses": an "-ing" form before
                        // "and" that shares the noun after the next.
                        || (matches!(a, Class::Noun | Class::Verb)
                            && self.word(last).ends_with("ing")
                            && b == Class::Coord
                            && phrase.get(n + 1).is_some_and(|&w| {
                                self.class(w) == Class::Noun || self.word(w).ends_with("ing")
                            })
                            && phrase
                                .get(n + 2)
                                .is_some_and(|&w| matches!(self.class(w), Class::Noun | Class::Name)))
                        // "the Securities | and Exchange Commission": a name with "and".
                        || (a == Class::Name
                            && b == Class::Coord
                            && phrase.get(n + 1).is_some_and(|&w| self.class(w) == Class::Name))
                        || self.tokens[next].span.start == self.tokens[last].span.end
                        // "the Sydney | to Hobart race".
                        || self.route_to(next)
                        // "to ward | off suitors": a verb keeps its particle.
                        || (self.tokens[next].is(PARTICLES)
                            && (self.class(last) == Class::Verb
                                || (n > 1 && self.class(phrase[n - 2]) == Class::To)))
                })
                || self.adjective_participle(last);
            // "owns about | 2.3 million units": an adverb before what it describes.
            // ("warned the parties not | to break": a negation says nothing without its verb.)
            let weak_end = is_function_class(self.class(last))
                || matches!(self.word(last), "not" | "never")
                || self.class(last) == Class::Adv
                || self.class(last) == Class::Poss
                || (self.class(last) == Class::Verb && self.word(last).ends_with("ing"))
                // "the sight of nurses handing | out masks": read as a noun, a participle
                // before its own particle or phrase.
                || (n > 1 && self.own_phrase_follows(last))
                // "have conducted what they | believe", "over 1 | per cent": a clause's
                // opener or subject without its verb, a number without its unit.
                || self.word(last).eq_ignore_ascii_case("what")
                || phrase.get(n).is_some_and(|&next| {
                    (self.class(last) == Class::Pron
                        && matches!(self.class(next), Class::Verb | Class::Aux))
                        || (self.class(last) == Class::Num && self.word(next) == "per")
                        // "says Australian firms | could become": a subject without its
                        // auxiliary; "of less | than $10 million": a comparison without its
                        // term; "we shall replace | the French": a verb without its object.
                        || (matches!(self.class(last), Class::Noun | Class::Name)
                            && self.class(next) == Class::Aux
                            && !self.word(next).ends_with("ing"))
                        || (self.word(next) == "than"
                            && (self.tokens[last].is_lex(Lex::DegreeWords)
                                || self.word(last).ends_with("er")))
                        // "could become | more competitive": a linking verb without its
                        // complement; "what it says | are": a verb before the auxiliary of
                        // the clause it tells of.
                        || self.tokens[last].has(Form::LinkingVerb)
                        || (self.class(last) == Class::Verb && self.class(next) == Class::Aux)
                        || (self.class(last) == Class::Verb
                            && !self.tokens[last].is(PARTICLES)
                            // "moved to clarify | what it had promised": a question is
                            // whole or left out.
                            && !self.word(next).eq_ignore_ascii_case("what")
                            && matches!(
                                self.class(next),
                                Class::Det | Class::Poss | Class::Pron | Class::Name | Class::Num
                            ))
                })
                // "a young woman accused | of arson": a participle without its phrase.
                || (n > 1
                    && self.class(last) == Class::Verb
                    && is_participle(self.word(last))
                    && matches!(self.class(phrase[n - 2]), Class::Noun | Class::Name)
                    && phrase.get(n).is_some_and(|&next| self.class(next) == Class::Prep))
                // "false leaks designed | to mislead": a participle of purpose without it.
                || self.owes_infinitive(last)
                // "to help turn | the manufacturer around": a verb without its object.
                // (a word after "to" or a verb is a verb there).
                // Not before a relative clause: "to pursue development | that protects".
                || (n > 1
                    && matches!(self.class(phrase[n - 2]), Class::To | Class::Verb)
                    && !self.tokens[last].is(PARTICLES)
                    && phrase.get(n).is_some_and(|&next| {
                        (matches!(self.class(next), Class::Det | Class::Poss)
                            && !self.opens_relative_clause(next))
                            || self.adjective_participle(next)
                    }))
                // ("a plan to sell | units"; an infinitive that opens the phrase is whole or
                // left out as its verb needs, in `add_phrases`.)
                || (n > 2 && self.infinitive_owes(phrase[n - 2], last, &phrase[n..]))
                // "development that protects | the soil": the verb of a relative clause
                // (an "-s" form may read as a plural) with its object still to come.
                || (n > 2
                    && self.tokens[phrase[n - 2]].is_lex(Lex::Relatives)
                    && phrase.get(n).is_some_and(|&next| {
                        matches!(self.class(next), Class::Det | Class::Poss | Class::Num)
                    }));
            if !continues && !weak_end && !held[n - 1] {
                best = n;
                if self.whole_cut(phrase, n) {
                    whole = n;
                }
            }
        }
        // "announced the effectiveness | of its prospectus": the phrase a noun needs, told
        // by its head, rather than a cut before it or back to an earlier one.
        let owed_head = || self.owed_phrase_head(phrase, best, room);
        if whole > 0 && self.owes_phrase_at(phrase, best) {
            if let Some(kept) = owed_head() {
                return format!("{title} {}", self.join(&kept));
            }
            best = whole;
        } else if best > 0 && self.owes_phrase_at(phrase, best) {
            // "became full members | of the league": room for the noun's phrase without the
            // words that describe it, else a circumstance left out (`owed_room`).
            if let Some((bare, head)) = self.owed_head_bare(phrase, best - 1) {
                let fitted = self.fit(title, &bare);
                let owed_end = title.chars().count() + 1 + self.width(&bare[..head + 2]);
                if fitted.chars().count() > owed_end {
                    return fitted;
                }
            }
            if let Some(kept) = owed_head() {
                return format!("{title} {}", self.join(&kept));
            }
            if self.leaves_out(phrase) {
                return title.to_string();
            }
        }
        if best == 0
            && let Some(fewer) = self
                .without_describing_pair(phrase)
                .or_else(|| self.head_without_names(phrase))
                .or_else(|| self.head_without_owner(phrase))
                .or_else(|| self.figure_without_describers(phrase))
        {
            return self.fit(title, &fewer);
        }
        // "began between U.S. and North Vietnamese envoys": a pair kept whole in headline
        // style, without the articles of its two noun phrases (not inside a name: "the
        // Republic of the Congo").
        if best == 0
            && held.first() == Some(&true)
            && self.tokens[phrase[0]].is_lex(Lex::PairedPrepositions)
        {
            let opens = |n: usize| {
                n > 0
                    && self.tokens[phrase[n]].is(ARTICLES)
                    && (n == 1 || self.class(phrase[n - 1]) == Class::Coord)
            };
            let bare: Vec<usize> = (0..phrase.len())
                .filter(|&n| !opens(n))
                .map(|n| phrase[n])
                .collect();
            if bare.len() < phrase.len() {
                return self.fit(title, &bare);
            }
        }
        if best == 0 {
            // "has given the Miami relatives" without its article; "launched the vast
            // Eastern Strategic Offensive Operation": a name without what describes it.
            let name = phrase
                .iter()
                .position(|&w| self.class(w) == Class::Name)
                .filter(|&p| {
                    let article = p == 1 && self.class(phrase[0]) == Class::Det;
                    let described = phrase[..p]
                        .iter()
                        .all(|&w| matches!(self.class(w), Class::Det | Class::Noun))
                        && phrase[p..].iter().all(|&w| self.class(w) == Class::Name);
                    p > 0 && (article || described)
                });
            // "suspected rebel fighter Tom Hale": a person's name after the noun of their role.
            let person = || {
                let names = phrase
                    .iter()
                    .rev()
                    .take_while(|&&w| self.class(w) == Class::Name)
                    .count();
                let p = phrase.len() - names;
                (names > 0
                    && p > 0
                    && self.class(phrase[p - 1]) == Class::Noun
                    && !self.tokens[phrase[p - 1]].capitalized
                    && phrase[..p]
                        .iter()
                        .all(|&w| matches!(self.class(w), Class::Det | Class::Noun | Class::Name)))
                .then_some(p)
            };
            return match name.or_else(person) {
                Some(p) => self.fit(title, &phrase[p..]),
                None => title.to_string(),
            };
        }
        // "its $150 million | of notes": an amount is told with what it counts when that fits.
        if phrase.get(best).is_some_and(|&w| self.word(w) == "of")
            && self.class(phrase[best - 1]) == Class::Num
            && let Some(counted) = self.amount_of_head(phrase)
            && self.width(&counted) <= room
        {
            return format!("{title} {}", self.join(&counted));
        }
        format!("{title} {}", self.join(&phrase[..best]))
    }

    /// The object at the start of `phrase`, when a verb of [`Lex::BareInfinitiveVerbs`] comes
    /// right before it and a verb with an object of its own right after it: "(helped) the
    /// rebels | build a camp". The verb, read as a noun by the chunker, is the word between a
    /// noun and a determiner.
    fn object_before_bare_verb<'p>(&self, phrase: &'p [usize]) -> Option<&'p [usize]> {
        let before = phrase.first()?.checked_sub(1)?;
        if !self.tokens[before].is_lex(Lex::BareInfinitiveVerbs) {
            return None;
        }
        let verb = (1..phrase.len().saturating_sub(1)).find(|&m| {
            matches!(
                self.class(phrase[m - 1]),
                Class::Noun | Class::Name | Class::Pron
            ) && matches!(self.class(phrase[m]), Class::Noun | Class::Verb)
                && matches!(
                    self.class(phrase[m + 1]),
                    Class::Det | Class::Poss | Class::Num
                )
        })?;
        Some(&phrase[..verb])
    }

    /// `tokens[k]` is a relative pronoun that opens its clause: its verb follows ("that
    /// has"), or a word and then an object ("that protects the soil", the "-s" form read as
    /// a plural). Not "that" before its noun ("to help turn that firm around").
    fn opens_relative_clause(&self, k: usize) -> bool {
        let class = |k: usize| self.tokens.get(k).map(|_| self.class(k));
        self.tokens[k].is_lex(Lex::Relatives)
            && (matches!(class(k + 1), Some(Class::Verb | Class::Aux))
                || matches!(class(k + 2), Some(Class::Det | Class::Poss | Class::Num)))
    }

    /// "to" at `to` and the verb at `verb` leave out what `rest`, the words after them, opens:
    /// the verb's object or phrase. "hired a bank to assist | in weighing a sale", "was changed
    /// to permit | 'pick and pay' sales", "to stall | or block the verdict": a title that
    /// ends there leaves the reader asking "what?", so the infinitive goes whole or not at all.
    pub(in crate::events::title) fn infinitive_owes(
        &self,
        to: usize,
        verb: usize,
        rest: &[usize],
    ) -> bool {
        let Some(&next) = rest.first() else {
            return false;
        };
        if self.class(to) != Class::To || self.tokens[verb].is(PARTICLES) {
            return false;
        }
        let object = |w: usize| {
            matches!(
                self.class(w),
                Class::Det | Class::Poss | Class::Noun | Class::Name | Class::Num | Class::Pron
            ) || self.quote_mark(w)
        };
        match self.class(next) {
            // "to stall | or block the verdict": a second verb that shares the object.
            Class::Coord => rest.get(2).is_some_and(|&w| object(w)),
            // "to assist | in weighing a sale": what the verb is for, told by an "-ing" form;
            // "to prepare | for the race": a verb that needs its preposition's phrase.
            Class::Prep => {
                self.tokens[verb].is_lex(Lex::PrepositionVerbs)
                    || rest.get(1).is_some_and(|&w| {
                        self.class(w) == Class::Verb && self.word(w).ends_with("ing")
                    })
            }
            _ => object(next) || self.word(next).eq_ignore_ascii_case("what"),
        }
    }

    /// A noun phrase whose names before its noun leave no room for it, as its determiner and
    /// its noun: "its Alpha, Beta and Gamma snack businesses" → "its snack businesses". None
    /// when the phrase is no such noun phrase.
    fn head_without_names(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let (&first, rest) = phrase.split_first()?;
        if !matches!(self.class(first), Class::Det | Class::Poss) {
            return None;
        }
        // The nouns in lower case that end the phrase, and the names, commas and "and" before.
        let common = |w: usize| self.class(w) == Class::Noun && !self.tokens[w].capitalized;
        let nouns = rest.iter().rev().take_while(|&&w| common(w)).count();
        let names = &rest[..rest.len() - nouns];
        let only_names = names
            .iter()
            .all(|&w| matches!(self.class(w), Class::Name | Class::Coord) || self.word(w) == ",");
        let named = names.iter().any(|&w| self.class(w) == Class::Name);
        (nouns > 0 && named && only_names).then(|| [&[first], &rest[rest.len() - nouns..]].concat())
    }

    /// An amount with what it counts, that noun's describing words left out: "its $150
    /// million of 6% convertible notes due 2012" → "its $150 million of notes". The head is
    /// the first plural of the phrase after the first "of" after a number, or its last noun.
    /// None when the phrase holds no amount with "of", or nothing to leave out.
    fn amount_of_head(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let of = (1..phrase.len())
            .find(|&n| self.word(phrase[n]) == "of" && self.class(phrase[n - 1]) == Class::Num)?;
        let run = &phrase[of + 1..];
        // ("of the bank's base lending rate": an "-ing" noun before a noun is the phrase's.)
        let compound = |n: usize| {
            self.word(run[n]).ends_with("ing")
                && run
                    .get(n + 1)
                    .is_some_and(|&w| self.class(w) == Class::Noun)
        };
        let run = &run[..(0..run.len())
            .position(|n| !self.class(run[n]).in_noun_phrase() && !compound(n))
            .unwrap_or(run.len())];
        let nouns = |w: &&usize| self.class(**w) == Class::Noun && !self.tokens[**w].capitalized;
        let head = run
            .iter()
            .filter(nouns)
            .find(|&&w| is_plural_form(self.word(w)))
            .or_else(|| run.iter().filter(nouns).last())?;
        // "three of its rivals": the determiners that open the counted phrase stay.
        let determiners = run
            .iter()
            .take_while(|&&w| matches!(self.class(w), Class::Det | Class::Poss));
        let kept: Vec<usize> = phrase[..=of]
            .iter()
            .chain(determiners)
            .chain([head])
            .copied()
            .collect();
        (kept.len() < phrase.len()).then_some(kept)
    }

    /// A noun phrase whose owner leaves no room for its noun, as the noun after the owner,
    /// with the article of the phrase: "the state transport authority's plans" → "the plans",
    /// "Acme's plans" → "plans". None when the phrase has no owner before a common noun.
    fn head_without_owner(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let p = phrase.iter().rposition(|&w| self.class(w) == Class::Poss)?;
        let head = &phrase[p + 1..];
        let noun_phrase = phrase.iter().all(|&w| self.class(w).in_noun_phrase());
        // (A name after the owner is the owner's: "Harlow's Inc." is no noun of its own.)
        let common = head
            .iter()
            .all(|&w| self.class(w) == Class::Noun && !self.tokens[w].capitalized);
        if p == 0 || head.is_empty() || !noun_phrase || !common {
            return None;
        }
        Some(if self.tokens[phrase[0]].is(ARTICLES) {
            [&[phrase[0]], head].concat()
        } else {
            head.to_vec()
        })
    }

    /// A figure without the article and the words that judge it: "rose a better-than-expected
    /// 5% to $8 million" → "rose 5% to $8 million". None when no number follows them.
    fn figure_without_describers(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        // The article opens the phrase or follows its verb ("rose a better-than-expected").
        let article = (0..phrase.len().min(2)).find(|&n| {
            matches!(self.word(phrase[n]), "a" | "an")
                && (n == 0 || self.class(phrase[0]) == Class::Verb)
        })?;
        let rest = &phrase[article + 1..];
        let number = rest
            .iter()
            .take(3)
            .position(|&w| self.class(w) == Class::Num)?;
        let judged = &rest[..number];
        // (An adjective is a noun to the chunker: "a lower-than-expected", "an estimated".)
        let describes = |w: usize| {
            !self.tokens[w].capitalized
                && (matches!(self.class(w), Class::Noun | Class::Adv)
                    || (self.class(w) == Class::Verb && is_past_participle(self.word(w))))
        };
        (!judged.is_empty() && judged.iter().all(|&w| describes(w)))
            .then(|| [&phrase[..article], &rest[number..]].concat())
    }

    /// A noun phrase without the adverbs and participles between its determiner and its
    /// noun: "its previously announced plan" → "its plan". None when it has none, or after
    /// "a", whose form may depend on them.
    pub(super) fn without_describers(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let (&noun, rest) = phrase.split_last()?;
        let d = rest
            .iter()
            .rposition(|&w| matches!(self.class(w), Class::Det | Class::Poss))?;
        // (The chunker reads the words of a noun phrase as nouns: their forms tell.)
        let describes = |w: usize| {
            let t = &self.tokens[w];
            let adverb = self.word(w).ends_with("ly") && !t.is_lex(Lex::LyNouns);
            let participle = is_past_participle(self.word(w)) && t.has(Form::TitleVerb);
            !t.capitalized && (self.class(w) == Class::Adv || adverb || participle)
        };
        let between = &rest[d + 1..];
        let dropped = between.iter().any(|&w| describes(w));
        let a = self.indefinite_article(rest[d]);
        (self.class(noun) == Class::Noun && dropped && !a).then(|| {
            let kept = between.iter().copied().filter(|&w| !describes(w));
            rest[..=d]
                .iter()
                .copied()
                .chain(kept)
                .chain([noun])
                .collect()
        })
    }

    /// `phrase` without its first two words joined by "and" that describe the noun after
    /// them, for a title with no room for them: "the three northern and western provinces"
    /// → "the three provinces". None when it has none.
    fn without_describing_pair(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let n = (0..phrase.len().saturating_sub(3)).find(|&n| {
            self.describes_with_next(phrase, n) == Some(true)
                && !self.tokens[phrase[n + 2]].capitalized
        })?;
        Some([&phrase[..n], &phrase[n + 3..]].concat())
    }

    /// The word `phrase[n]` describes, with the word after the "and" after it, the noun after
    /// both: "the three northern | and western provinces", "a free | and fair election"; with
    /// `Some(true)` when that noun is a plural, which no noun before "and" shares ("was named
    /// president | and chief executive officer" names two roles). A plural before "and" is a
    /// noun phrase of its own: "the troops | and tank units".
    fn describes_with_next(&self, phrase: &[usize], n: usize) -> Option<bool> {
        let noun = |w: &usize| matches!(self.class(*w), Class::Noun | Class::Name);
        let w = phrase[n];
        let run = phrase.get(n + 2..)?;
        let run = &run[..run.iter().position(|w| !noun(w)).unwrap_or(run.len())];
        let describing = self.class(w) == Class::Noun
            && !self.tokens[w].capitalized
            && !is_plural_form(self.word(w))
            && phrase
                .get(n + 1)
                .is_some_and(|&k| self.class(k) == Class::Coord)
            && run.len() > 1;
        let plural_head = run.last().is_some_and(|&h| is_plural_form(self.word(h)));
        let determined = n > 0 && matches!(self.class(phrase[n - 1]), Class::Det | Class::Num);
        (describing && (plural_head || determined)).then_some(plural_head)
    }

    /// For each word of `phrase`, a cut after it parts a pair that "and" or "to" makes:
    /// "between the union | and the owners" (a paired preposition up to its "and"), "the three
    /// northern | and western provinces" (a word that describes, with the one after "and",
    /// the noun after both), "to rebuild | and modernize the fleet" (an infinitive that shares
    /// its object), "$400 | to $500 million" (a range of numbers).
    fn held_for_pair(&self, phrase: &[usize]) -> Vec<bool> {
        let class_at = |n: usize| phrase.get(n).map(|&w| self.class(w));
        let mut held = vec![false; phrase.len()];
        let mut paired = false;
        for (n, &w) in phrase.iter().enumerate() {
            let class = self.class(w);
            if self.tokens[w].is_lex(Lex::PairedPrepositions) {
                paired = phrase[n + 1..]
                    .iter()
                    .any(|&k| self.class(k) == Class::Coord);
            }
            held[n] = paired;
            if class == Class::Coord {
                paired = false;
            }
            let infinitive = matches!(class, Class::Verb | Class::Noun)
                && n > 0
                && class_at(n - 1) == Some(Class::To)
                && matches!(class_at(n + 2), Some(Class::Verb | Class::Noun));
            let range = phrase
                .get(n + 1)
                .is_some_and(|&k| k == w + 1 && self.range_of_numbers(k));
            held[n] |= self.describes_with_next(phrase, n).is_some()
                || self.shares_noun_after_pair(phrase, n)
                || (class_at(n + 1) == Some(Class::Coord) && infinitive)
                || range;
        }
        held
    }

    /// The participle at `tokens[k]` describes the noun after it, between a determiner, a
    /// verb or a preposition and that noun: "to question accused arms smuggler Karl
    /// Brandt", "the deposed leader", "three wounded soldiers".
    fn adjective_participle(&self, k: usize) -> bool {
        let before = |c: Class| {
            matches!(
                c,
                Class::Det | Class::Verb | Class::To | Class::Prep | Class::Num | Class::Poss
            )
        };
        self.class(k) == Class::Verb
            && is_participle(self.word(k))
            && k > 0
            // "to interview": a word after "to" is a verb there.
            && (before(self.class(k - 1)) || (k > 1 && self.class(k - 2) == Class::To))
            && k + 1 < self.tokens.len()
            && matches!(self.class(k + 1), Class::Noun | Class::Name)
    }
}
