//! Asides before a verb: the words between commas, dashes or brackets that a subject is
//! read past (a relative clause, a participle's clause, an apposition), and the role or name
//! such an aside gives the subject; a lone comma after the sentence's opening noun phrase;
//! "it is feared" inside a relative clause; a word of plan after a comma ("the final, due to").

use super::super::super::detect::is_aside_mark;
use super::super::super::words::PLAN_BEFORE_TO;
use super::super::{
    Class, Form, Lex, OFFICES, Titles, ends_in_plural_s, is, is_in, is_participle,
    is_past_participle,
};
use super::{ASIDE, Subject};

impl Titles<'_> {
    /// The subject of the infinitive at `tokens[start]` after a word of plan at `tokens[k]`
    /// that follows a comma: "the final, due to start at noon" is about the noun before the
    /// comma, told with the word ("the final due"); in "Acme, which found the flaws, plans to
    /// launch" a present form is the verb after an aside, told after the subject.
    pub(in crate::events::title) fn plan_after_comma(
        &self,
        start: usize,
        k: usize,
        depth: usize,
    ) -> Option<Subject> {
        if self.class(start) != Class::To
            || !self.tokens[k].is(PLAN_BEFORE_TO)
            || matches!(self.class(k), Class::Aux | Class::Verb)
        {
            return None;
        }
        let comma = self.left_past_skipped(k).filter(|&c| self.word(c) == ",")?;
        if self.tokens[k].has(Form::PresentVerb) {
            let Subject::Words(mut words) = self.subject_of(k, depth)? else {
                return None;
            };
            words.push(k);
            return Some(Subject::Words(words));
        }
        if comma + 1 != k || comma == 0 || !self.class(comma - 1).in_noun_phrase() {
            return None;
        }
        let mut phrase = self.noun_phrase_ending_at(comma - 1);
        // "its bid, due to be renewed": the owner's bid. (Before "to" and a verb, "due" is
        // read as a verb, whose subject `due_subject` finds.)
        if let Some(mut named) = self.owner_named(&phrase) {
            named.text = format!("{} {}", named.text, self.word(k));
            return Some(Subject::Named(named));
        }
        phrase.push(k);
        Some(Subject::Words(phrase))
    }

    /// The comma that opens a list of examples closed by the comma at `tokens[k]`: "nine
    /// kingdoms, including Ardenia, Velsar and the Morn League, signed" (the list's own commas
    /// are no aside's): a word of [`Lex::ExampleOpeners`] (or "such as") after a comma, then
    /// only noun phrases, "of", commas and "and".
    pub(in crate::events::title) fn examples_aside(&self, k: usize) -> Option<usize> {
        for j in (k.saturating_sub(ASIDE)..k).rev() {
            if let Some(first) = self.example_opener(j) {
                return first
                    .checked_sub(1)
                    .filter(|&c| c > 0 && c + 2 < k && self.word(c) == ",");
            }
            let listed = self.class(j).in_noun_phrase()
                || self.class(j) == Class::Coord
                || matches!(self.word(j), "," | "of");
            if !listed {
                return None;
            }
        }
        None
    }

    /// The words between the commas at `tokens[o]` and `tokens[k]` are an aside: a relative
    /// clause, a participle's clause, an apposition or a phrase without a verb of its own.
    pub(in crate::events::title) fn is_aside(&self, o: usize, k: usize) -> bool {
        let inner = (o + 1..k).find(|&j| !self.skipped(j) && !self.introduces_date(j));
        // "the Spartans, who were spared, but whose ships were lost, refused": a relative
        // clause joined to the one before is an aside too.
        let inner = inner.map(|j| {
            let joins = self.class(j) == Class::Coord || self.word(j) == "but";
            let relative = |r: usize| {
                self.tokens[r].is_lex(Lex::Relatives) || self.tokens[r].is_lex(Lex::WhRelatives)
            };
            // "the ship, with a crew of ten, but with no cargo, sank": a phrase joined to
            // a phrase between commas before it is an aside too (not to a clause: "the rebels
            // reached the coast, but after finding no boats, withdrew").
            let phrase_before = || {
                (o.saturating_sub(ASIDE)..o)
                    .rev()
                    .find(|&p| self.word(p) == ",")
                    .is_some_and(|p| p > 0 && self.class(p + 1) == Class::Prep)
            };
            let joined_phrase = self.class(j + 1) == Class::Prep && phrase_before();
            if joins && j + 1 < k && (relative(j + 1) || joined_phrase) {
                j + 1
            } else {
                j
            }
        });
        let participle =
            |p: usize| p < k && self.class(p) == Class::Verb && is_participle(self.word(p));
        // "the mill, once owned by the town, was sold": a participle's clause may open with
        // an adverb.
        let inner = inner.map(|j| {
            let adverb = self.class(j) == Class::Adv || self.word(j) == "once";
            if adverb && participle(j + 1) {
                j + 1
            } else {
                j
            }
        });
        let opens_aside = inner.is_some_and(|j| {
            self.tokens[j].is_lex(Lex::Relatives)
                // "the hills, where rebels hid, were taken": a place's relative clause.
                || matches!(self.word(j), "whose" | "whom" | "where")
                || participle(j)
                // "the guard, part of which joined in the riot, must": a partitive's; "the
                // film, parts of which were shot in Oslo, opens": a noun's.
                || self.part_of_relative(j)
                // "the deal, once it closes, will", "the firm, although it lost money,
                // paid": a subordinate clause between the subject and its verb.
                // (A clause has a verb: in "although drawings, released in May, show" the
                // participle is told of the drawings.)
                || (self.tokens[j].is_lex(Lex::PreposedSubordinators)
                    && (j + 1..k).any(|v| matches!(self.class(v), Class::Verb | Class::Aux)))
        });
        // "Pell, the commander of the Vell forces in Arno, predicted": after a name,
        // a phrase that opens with a determiner (or a role without one: "Stronach, founder
        // of Magna,") is its apposition, a present form in it ("forces") a noun.
        let apposition = inner.is_some_and(|j| self.class(j) == Class::Det || self.is_role(j))
            && o > 0
            && self.class(o - 1) == Class::Name;
        // "The navy, with limited help from local boats, assisted": a
        // prepositional phrase, whose participles describe its nouns; "the company, 98.6%-owned
        // by Kirk Kerkorian, announced": a number's, whose participle describes the subject.
        let prepositional =
            inner.is_some_and(|j| matches!(self.class(j), Class::Prep | Class::Num));
        // The words from the joined phrase's preposition on, past its "but".
        let from = inner
            .filter(|&j| j > o + 1 && self.class(j) == Class::Prep)
            .unwrap_or(o + 1);
        opens_aside
            || (from..k).all(|j| match self.class(j) {
                Class::Aux | Class::Sub => false,
                // "Reyes, a committed and restless critic of logging,": a past participle
                // in an apposition describes its noun.
                // "the controlling shareholder": an "-ing" form before a noun describes it.
                Class::Verb => {
                    (apposition
                        && (self.word(j).ends_with('s')
                            || (is_participle(self.word(j))
                                && (!self.word(j).ends_with("ing")
                                    || (j + 1 < k && self.class(j + 1) == Class::Noun)))))
                        || (prepositional && is_past_participle(self.word(j)))
                        // "the firm, after losing the bid, was sold": a preposition's gerund.
                        || (prepositional
                            && self.word(j).ends_with("ing")
                            && self.class(j - 1) == Class::Prep)
                        // "in an offer designed to rally support": an infinitive in it too.
                        || (prepositional && self.class(j - 1) == Class::To)
                }
                _ => true,
            })
    }

    /// The comma that opens an apposition whose describing words the comma at `tokens[o]`
    /// parts, before its noun at the comma `tokens[k]`: in "Acme, a fast-growing, family-owned
    /// bakery, said" the words between the three commas are one aside. `None` when the words
    /// after `o` are no describing words and noun, or those before it no determiner and
    /// describing words after a name.
    pub(in crate::events::title) fn describer_comma(&self, o: usize, k: usize) -> Option<usize> {
        let lower = |j: usize| !self.tokens[j].capitalized && !self.remove[j];
        // "family-owned", "Paris-based": a compound that describes, whatever its ending.
        let describer = |j: usize| {
            (self.class(j) == Class::Noun && lower(j))
                || self.class(j) == Class::Name
                || (self.class(j) == Class::Verb && self.word(j).contains('-') && lower(j))
        };
        let head = k.checked_sub(1)?;
        if o + 1 >= k
            || !(o + 1..k).all(describer)
            || self.class(head) != Class::Noun
            || !lower(head)
        {
            return None;
        }
        let p = (o.saturating_sub(5)..o)
            .rev()
            .find(|&j| self.word(j) == ",")?;
        let describes_only = p + 2 < o + 1
            && self.class(p + 1) == Class::Det
            && (p + 2..o).all(|j| self.class(j) == Class::Noun && lower(j));
        (describes_only && p > 0 && self.class(p - 1) == Class::Name).then_some(p)
    }

    /// The comma that opens a chain of asides whose last opens at `tokens[open]`: "Pell, 37,
    /// of Brill, Ore., became", "Acme, based in Dallas, Texas, said". An aside before
    /// the last one opens with a number, a preposition, a participle or a relative pronoun: a
    /// name or a determiner there opens the subject ("In Paris, the army, with support,
    /// took").
    /// So is an apposition after a name whose list the last one ends ("Acme Inc., a maker of
    /// pumps, valves and hoses, said").
    pub(in crate::events::title) fn outer_asides(&self, mut open: usize) -> usize {
        let mut best = open;
        let list_tail = self.ends_list(open);
        for round in 0..3 {
            let before = (open.saturating_sub(ASIDE)..open)
                .rev()
                .find(|&j| self.word(j) == "," && !self.remove[j]);
            let Some(o) = before else { break };
            let inner = (o + 1..open).find(|&j| !self.skipped(j) && !self.introduces_date(j));
            // "these attempts, however,": past a semicolon is no aside.
            let punct = (o + 1..open).any(|j| self.class(j) == Class::Punct);
            let subordinate = !punct
                && !self.counted_phrase(o, open)
                && inner.is_some_and(|j| {
                    matches!(self.class(j), Class::Num | Class::Prep)
                        || (self.class(j) == Class::Verb && is_participle(self.word(j)))
                        || self.tokens[j].is_lex(Lex::Relatives)
                });
            // "Acme Inc., Red Bank, N.J., said": a business's town and state.
            let place = !punct && self.place_of_business(o, open);
            let listed = round == 0
                && list_tail
                && !punct
                && inner.is_some_and(|j| self.class(j) == Class::Det)
                && self.after_name(o);
            if !((subordinate || place || listed)
                && o > 0
                && !self.remove[o - 1]
                && self.is_aside(o, open))
            {
                break;
            }
            open = o;
            if place || listed || matches!(self.class(o - 1), Class::Noun | Class::Name) {
                best = o;
            }
        }
        best
    }

    /// The words after the comma at `tokens[open]`, up to the next comma, end a list of
    /// nouns: lower-case nouns with "and" or "or" among them ("valves and hoses").
    fn ends_list(&self, open: usize) -> bool {
        let n = self.tokens.len().min(open + ASIDE);
        let Some(close) = (open + 1..n).find(|&j| self.word(j) == ",") else {
            return false;
        };
        let words = open + 1..close;
        words.clone().any(|j| self.class(j) == Class::Coord)
            && words.clone().all(|j| {
                self.class(j) == Class::Coord
                    || (self.class(j) == Class::Noun && !self.tokens[j].capitalized)
            })
            && self.class(close - 1) == Class::Noun
    }

    /// The comma at `tokens[o]` follows a name, or a name's abbreviation ("Acme Inc.,").
    fn after_name(&self, o: usize) -> bool {
        match o.checked_sub(1) {
            Some(b) if self.word(b) == "." => b > 0 && self.class(b - 1) == Class::Name,
            Some(b) => self.class(b) == Class::Name,
            None => false,
        }
    }

    /// The names between the commas at `tokens[o]` and `tokens[open]` are a place after a
    /// business's name ("Acme Inc., Dallas,"), or after another such place ("Acme Inc.,
    /// Dallas, Texas,", "Acme Inc., of Dallas, Texas,").
    fn place_of_business(&self, o: usize, open: usize) -> bool {
        let names = |from: usize, to: usize| {
            from + 1 < to
                && (from + 1..to).all(|j| self.class(j) == Class::Name || self.word(j) == ".")
        };
        let business = |comma: usize| {
            let end = comma.checked_sub(1).map(|e| match self.word(e) {
                "." => e.saturating_sub(1),
                _ => e,
            });
            end.is_some_and(|e| {
                self.tokens[e].capitalized && self.tokens[e].is_lex(Lex::CompanySuffixes)
            })
        };
        let before = (o.saturating_sub(ASIDE)..o)
            .rev()
            .find(|&j| self.word(j) == ",");
        names(o, open)
            && (business(o)
                || before.is_some_and(|p| {
                    (names(p, o) && business(p))
                        || (self.class(p + 1) == Class::Prep && names(p + 1, o))
                }))
    }

    /// `tokens[w]` may name a person's role: a lower-case singular noun of five letters or
    /// more, not a describing word with a hyphen ("pre-war", "Forty-nine") nor a short one
    /// ("the last U.S. Marines").
    pub(in crate::events::title) fn is_role(&self, w: usize) -> bool {
        let word = self.word(w);
        self.class(w) == Class::Noun
            && word.len() >= 5
            && !self.tokens[w].capitalized
            && !word.contains('-')
            && !ends_in_plural_s(word)
    }

    /// `tokens[w]` is an office written with a capital after "the" and the words that tell
    /// which ("the Farm Minister", "the Attorney-General"): as much a role as a lower-case one.
    fn is_office(&self, w: usize) -> bool {
        let token = &self.tokens[w];
        let office = token.is(OFFICES)
            || token
                .lower
                .rsplit_once('-')
                .is_some_and(|(_, last)| is_in(OFFICES, last));
        token.capitalized && office && (w.saturating_sub(4)..w).any(|j| self.word(j) == "the")
    }

    /// The owner a "whose" before `tokens[first]` stands for: the noun phrase before it, or
    /// the name that phrase is an apposition of ("Coleco Industries Inc., a toy maker whose").
    pub(in crate::events::title) fn owner_of_whose(&self, first: usize) -> Option<String> {
        let whose = first.checked_sub(1).filter(|&w| self.word(w) == "whose")?;
        let mut a = whose.checked_sub(1)?;
        // "Colonel Reyes - whose unit": after a dash as after a comma.
        if is_aside_mark(self.word(a)) {
            a = a.checked_sub(1)?;
        }
        let a = Some(a).filter(|&a| self.class(a).in_noun_phrase())?;
        let phrase = self.noun_phrase_ending_at(a);
        let start = phrase.first().copied()?;
        // "Vista Foods Inc., a once fast-growing snack maker": the comma a few words back.
        let comma = (start.saturating_sub(4)..start)
            .rev()
            .find(|&j| self.word(j) == ",");
        let named = comma.filter(|&c| {
            c > 0
                && self.class(c - 1) == Class::Name
                && !phrase.iter().any(|&w| self.class(w) == Class::Name)
        });
        let mut owner = match named {
            Some(c) => self.noun_phrase_ending_at(c - 1),
            None => phrase,
        };
        // "the murder of a boy whose death": a "whose" right after its noun, no comma
        // between, is of that noun, the last preposition's.
        if a + 1 == whose
            && let Some(p) = owner.iter().rposition(|&w| self.class(w) == Class::Prep)
        {
            owner.drain(..=p);
        }
        // A short phrase without a preposition, or none: "the introduction of the dolls,
        // whose" may be about either.
        if owner.is_empty()
            || owner.len() > 5
            || owner.iter().any(|&w| self.class(w) == Class::Prep)
        {
            return None;
        }
        Some(self.join(&self.without_offices(&owner)))
    }

    /// The words between the commas at `tokens[open]` and `tokens[close]` are a name of two
    /// words at least that follows a common noun: an apposition that says who the role is.
    /// So are two names joined by "and" after a plural word for persons: "the two men, Tom
    /// Hale and Ivo Lenz, were named".
    pub(in crate::events::title) fn names_a_role(&self, open: usize, close: usize) -> bool {
        let role = open > 0
            && close > open + 2
            && match self.persons_word(open - 1) {
                Some(plural) => self.names_told(open + 1, close, plural),
                None => {
                    (self.is_role(open - 1) || self.is_office(open - 1))
                        && (open + 1..close).all(|j| self.class(j) == Class::Name)
                }
            };
        // "a march in the capital, Lima, to demand": a place, not who acts; "the brother of
        // the senator, John Kerry, died": the name is the senator's, not the brother's, but
        // "the secretary of state, Dean Acheson" is who the role is.
        role && {
            let phrase = self.noun_phrase_ending_at(open - 1);
            let first = phrase.first().copied().unwrap_or(open - 1);
            // "secretary of state, Dean Acheson": a role of its own words.
            let heads = (first..open - 1).all(|j| {
                let preposition =
                    matches!(self.class(j), Class::Prep | Class::To) || self.word(j) == "of";
                !(preposition && self.class(j + 1) == Class::Det)
            });
            heads
                && self
                    .left_past_skipped(first)
                    .is_none_or(|b| self.class(b) != Class::Prep)
        }
    }

    /// `tokens[w]` is a lower-case word for a person ("man", "victim"), or its plural ("men",
    /// "suspects"): whether plural.
    fn persons_word(&self, w: usize) -> Option<bool> {
        let token = &self.tokens[w];
        if token.capitalized || self.class(w) != Class::Noun {
            return None;
        }
        if token.is_lex(Lex::PersonWords) {
            return Some(false);
        }
        let word = self.word(w);
        let one = match word.strip_suffix("men") {
            Some(stem) => format!("{stem}man"),
            None => word.strip_suffix('s')?.to_string(),
        };
        is(Lex::PersonWords, &one).then_some(true)
    }

    /// The words `tokens[from..to]` are one name, or (`plural`) two names joined by "and".
    fn names_told(&self, from: usize, to: usize, plural: bool) -> bool {
        let and = (from..to)
            .filter(|&j| self.word(j) == "and")
            .collect::<Vec<_>>();
        let names = (from..to).all(|j| self.class(j) == Class::Name || and.contains(&j));
        match and[..] {
            [] => names && !plural,
            [a] => names && plural && a > from + 1 && a + 2 < to,
            _ => false,
        }
    }

    /// How many of `words` at their end are names: "DSM" of "the 32% state-owned DSM".
    pub(in crate::events::title) fn names_at_end(&self, words: &[usize]) -> usize {
        words
            .iter()
            .rev()
            .take_while(|&&w| self.class(w) == Class::Name)
            .count()
    }

    /// How many words end `words` that are names, or names joined by "and" or commas
    /// ("Brindle Tours and Fairway", "Ames, Bell and Cole"): 0 when no name ends them.
    pub(in crate::events::title) fn name_list_at_end(&self, words: &[usize]) -> usize {
        let mut n = self.names_at_end(words);
        while n > 0 && words.len() > n + 1 {
            let joint = words[words.len() - n - 1];
            if !matches!(self.word(joint), "and" | ",") {
                break;
            }
            let more = self.names_at_end(&words[..words.len() - n - 1]);
            if more == 0 {
                break;
            }
            n += 1 + more;
        }
        n
    }

    /// A subject that is a role and then a name of two words at least ("Danish head of
    /// council Ida Marsk", "anti-abortion activist James Vance") is the name: the role before
    /// it goes, as an office does.
    pub(in crate::events::title) fn name_over_role(&self, words: &[usize]) -> Vec<usize> {
        let names = self.names_at_end(words);
        let first = words.len() - names;
        // "Dar es Salaam", "Bandar bin Sultan": a lower-case word inside a name is no role.
        let role = first > 0 && names >= 2 && {
            let w = words[first - 1];
            self.is_role(w) && !(first >= 2 && self.class(words[first - 2]) == Class::Name)
        };
        // "Her brother Delfin": a relation of someone the title does not name is the name
        // ("its interim President" names no one).
        let relation = first >= 2
            && matches!(self.word(words[0]), "his" | "her" | "their" | "its")
            && !words[first..].iter().all(|&w| self.tokens[w].is(OFFICES))
            && words[1..first]
                .iter()
                .all(|&w| self.class(w) == Class::Noun && !self.tokens[w].capitalized);
        // "the clinic in rural New Marsh", "talks with chief envoy Ann Lee": a role and name
        // after a preposition (other than the "of" of "head of state Ann Lee") are that
        // preposition's object inside the phrase, not the phrase; but the name a relative
        // clause follows is what it says of ("flights by rival Vale Air, which is").
        let before_relative = words.last().is_some_and(|&l| {
            l + 2 < self.tokens.len()
                && self.word(l + 1) == ","
                && self.tokens[l + 2].is_lex(Lex::Relatives)
        });
        let in_object = !before_relative
            && words[..first.saturating_sub(1)]
                .iter()
                .rposition(|&w| self.class(w) != Class::Noun)
                .is_some_and(|p| {
                    p > 0 && self.class(words[p]) == Class::Prep && self.word(words[p]) != "of"
                });
        if names == 0 || !(role || relation) || in_object {
            return words.to_vec();
        }
        // "Tom Ryan and lawyer Ann Lee", "lenders of rival shipmaker Nordvik Oy": a bare
        // role after "and" is a second member's, after the "of" of a plural another noun's
        // ("head of state Ann Lee" is one role); only the role and its describers go.
        let joined = words[..first - 1]
            .iter()
            .rposition(|&w| self.class(w) != Class::Noun)
            .filter(|&p| {
                let of_plural = p > 0
                    && self.word(words[p]) == "of"
                    && matches!(self.class(words[p - 1]), Class::Noun | Class::Name)
                    && ends_in_plural_s(self.word(words[p - 1]));
                role && (self.class(words[p]) == Class::Coord || of_plural)
            });
        match joined {
            Some(p) => words[..=p].iter().chain(&words[first..]).copied().collect(),
            None => words[first..].to_vec(),
        }
    }

    /// The noun phrase that opens the sentence and ends before the lone `comma` that
    /// precedes the finite verb group at `verb`, if the words before the comma are one.
    pub(in crate::events::title) fn opening_noun_phrase(
        &self,
        verb: usize,
        comma: usize,
    ) -> Option<Vec<usize>> {
        // "An armed insurrection, known as ...": a participle after the comma describes the
        // noun; only an auxiliary or a verb in no participle's form is the sentence's.
        let finite = match self.class(verb) {
            Class::Aux => true,
            Class::Verb => !is_participle(self.word(verb)),
            _ => false,
        };
        let first = (0..comma).find(|&j| !self.remove[j])?;
        if !finite || comma == first || !matches!(self.class(comma - 1), Class::Noun | Class::Name)
        {
            return None;
        }
        let phrase = self.noun_phrase_ending_at(comma - 1);
        (phrase.first() == Some(&first)).then_some(phrase)
    }

    /// The relative pronoun before "it is feared" ("it was believed", "it has been said")
    /// ending at `tokens[k]`.
    pub(in crate::events::title) fn relative_before_belief(&self, k: usize) -> Option<usize> {
        if !self.tokens[k].is_lex(Lex::BeliefParticiples) {
            return None;
        }
        let it = (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| self.class(j) == Class::Aux || self.word(j) == "it")
            .find(|&j| self.word(j) == "it" && j + 1 < k)?;
        let relative = it.checked_sub(1)?;
        self.tokens[relative]
            .is_lex(Lex::Relatives)
            .then_some(relative)
    }

    /// The noun phrase an age between commas and the phrase after it describe, when `first`
    /// opens that phrase's noun: in "Ann Lowe, 38, of Perth admitted" the age and the home
    /// town tell who Ann Lowe is, and she admitted.
    pub(in crate::events::title) fn person_before_age(&self, first: usize) -> Option<Vec<usize>> {
        let prep = first.checked_sub(1)?;
        let age = prep.checked_sub(2)?;
        let person = age.checked_sub(2)?;
        // "196,700, with": no age inside a number; "December 3, 1960, with": nor a date.
        let age_between_commas = self.class(prep) == Class::Prep
            && self.word(age + 1) == ","
            && self.class(age) == Class::Num
            && !self.remove[age]
            && self.word(age).len() <= 3
            && self.word(age - 1) == ","
            && self.tokens[age - 1].span.end < self.tokens[age].span.start;
        (age_between_commas && matches!(self.class(person), Class::Noun | Class::Name))
            .then(|| self.noun_phrase_ending_at(person))
    }
}
