//! Noun phrases: the words of the phrase that ends at a noun, with "of" and "and" between its
//! nouns, a number's hedge and the name after an article, but not a phrase that opens the
//! sentence with a preposition.

use super::super::{
    APPROXIMATORS, Class, Lex, PREPOSITION_BEFORE_TO, Titles, is_acronym_in_brackets, is_dash,
};
use crate::events::words::TIME_ZONES;

impl Titles<'_> {
    /// The preposition at `tokens[k]` bounds the number after it, inside a phrase that ends at
    /// `tokens[end]`: "at least 58", "about 200 Americans", "over 5,000 people", "up to 80".
    // Inlined, a word that is neither a preposition nor "up" answers at once: asked of each
    // word a phrase walks.
    #[inline(always)]
    fn bounds_number(&self, k: usize, end: usize) -> bool {
        (self.class(k) == Class::Prep || self.word(k) == "up") && self.bounds_number_now(k, end)
    }

    /// `tokens[k]` is the zone of the clock time before it ("22.47 BST"; not "local").
    // Inlined, a word that is no zone answers at once: asked of each word a phrase walks.
    #[inline(always)]
    fn clock_zone(&self, k: usize) -> bool {
        self.tokens[k].is(TIME_ZONES)
            && k > 0
            && self.tokens[k - 1].has_digit()
            && self.word(k) != "local"
    }

    /// `tokens[k]` ends a number, not a date, right after "of" ("of 6.3", "of 5%").
    fn measure_after_of(&self, k: usize) -> bool {
        let n = if self.word(k) == "%" {
            k.saturating_sub(1)
        } else {
            k
        };
        n >= 1 && self.class(n) == Class::Num && !self.remove[n] && self.word(n - 1) == "of"
    }

    /// [`Self::bounds_number`] of a preposition or "up".
    fn bounds_number_now(&self, k: usize, end: usize) -> bool {
        let next = k + 1;
        // "up to 5,000 soldiers": "up" and "to" bound it together.
        if self.word(k) == "up" && next < end && self.word(next) == "to" {
            return self.bounds_number(next, end);
        }
        if next > end || self.class(k) != Class::Prep {
            return false;
        }
        let at_least = self.word(k) == "at" && matches!(self.word(next), "least" | "most");
        // "about 200 Americans" is a hedge; "with two aides", "restored to 2,000 homes" are
        // none.
        let before_number = (self.tokens[k].is(APPROXIMATORS) || k > 0 && self.word(k - 1) == "up")
            && self.class(next) == Class::Num
            && !self.remove[next]
            && (k == 0 || !self.class(k - 1).in_noun_phrase());
        (at_least && next < end) || before_number
    }

    /// The name ending at `tokens[last]` follows "the" ("the U.S. Embassy") or a preposition
    /// after a common noun ("the acquisition of Acme Co.", "a flight from Paris"): a phrase
    /// after it is the noun phrase's.
    fn name_after_article(&self, last: usize) -> bool {
        // "Smith/Jones Entertainment", "Smith & Wesson": a slash or an ampersand between
        // names is inside the name.
        let in_name = |j: usize| {
            self.class(j) == Class::Name
                || (matches!(self.word(j), "/" | "&") && j > 0 && self.class(j - 1) == Class::Name)
        };
        let start = (last.saturating_sub(8)..=last)
            .rev()
            .take_while(|&j| in_name(j))
            .last()
            .unwrap_or(last);
        let after_noun = start >= 2
            && (self.word(start - 1) == "of"
                || self.class(start - 1) == Class::Prep
                    && !self.tokens[start - 1].is_lex(Lex::TimePrepositions))
            && self.class(start - 2) == Class::Noun
            && !self.tokens[start - 2].capitalized;
        start > 0 && (self.word(start - 1) == "the" || after_noun)
    }

    /// The "-ing" form at `tokens[k]`, right after a singular common noun in a phrase opened
    /// by a determiner, names a thing with it: "a federal court ruling on the merger", "the
    /// share offering by the bank" ("the marks hanging over" is a participle's).
    fn noun_of_ing(&self, k: usize) -> bool {
        let noun = k.wrapping_sub(1);
        k > 0
            && self.class(k) == Class::Verb
            && self.word(k).ends_with("ing")
            && !self.remove[k]
            && self.class(noun) == Class::Noun
            && !self.remove[noun]
            && !self.tokens[noun].capitalized
            && !self.word(noun).ends_with('s')
            && (noun.saturating_sub(3)..noun)
                .rev()
                .take_while(|&j| matches!(self.class(j), Class::Det | Class::Poss | Class::Noun))
                .any(|j| matches!(self.class(j), Class::Det | Class::Poss))
    }

    /// The determiner at `tokens[det]` (or a name that runs to `tokens[end]`) opens a noun
    /// phrase of its own after the noun at `tokens[k]`, which ends a phrase that opens the
    /// sentence with a preposition and no comma: "In early Tokyo dealing | the yen was
    /// quoted" ("Alexander the Great" is a name and its epithet; "Half the staff" opens no
    /// phrase).
    fn after_opening_phrase(&self, det: usize, k: usize, end: usize) -> bool {
        // "In late trading yesterday the dollar", "in trading on Monday the": past the date.
        let Some(k) = (k.saturating_sub(6)..=k)
            .rev()
            .find(|&j| !(self.remove[j] || self.introduces_date(j)))
        else {
            return false;
        };
        // "In early trading": an "-ing" form after a preposition names an activity.
        let gerund = |j: usize| self.class(j) == Class::Verb && self.word(j).ends_with("ing");
        // "In a May 1960 speech Smith said": a name after a common noun opens the subject, when
        // it is the whole subject ("Among the first Warsaw Pact members" is one phrase).
        let name = (det..=end).all(|j| self.class(j) == Class::Name)
            && self.class(k) == Class::Noun
            && !self.tokens[k].capitalized;
        if !(self.tokens[det].is_lex(Lex::PhraseOpeners) || name)
            || !(matches!(self.class(k), Class::Noun | Class::Name) || gerund(k))
        {
            return false;
        }
        let epithet = self.class(k) == Class::Name
            && self.classes.get(det + 1) == Some(&Class::Name)
            && self.classes.get(det + 2) != Some(&Class::Name);
        let phrase = |j: usize| {
            gerund(j)
                || !matches!(
                    self.class(j),
                    Class::Punct
                        | Class::Verb
                        | Class::Aux
                        | Class::Sub
                        | Class::Coord
                        | Class::Pron
                )
        };
        let first = (k.saturating_sub(12)..=k)
            .rev()
            .take_while(|&j| phrase(j))
            .last()
            .unwrap_or(k);
        !epithet
            && (first == 0 || self.class(first - 1) == Class::Punct)
            && self.class(first) == Class::Prep
            && self.word(first) != "of"
    }

    /// The plural noun at `tokens[k]` ends a fixed phrase of a preposition and a partitive
    /// that opens the sentence or a clause with no comma, and the word at `tokens[start]`
    /// opens the subject: "By all accounts | local banks have", "But in most cases | small
    /// farms were" (not "Talks with all parties failed", inside the sentence).
    // The partitive first: it answers at once for nearly every noun.
    fn after_opening_quantity(&self, start: usize, k: usize) -> bool {
        k >= 2
            && self.tokens[k - 1].is_lex(Lex::Partitives)
            && self.class(k) == Class::Noun
            && self.word(k).ends_with('s')
            && self.class(k - 2) == Class::Prep
            && self.word(k - 2) != "of"
            && matches!(self.class(start), Class::Noun | Class::Name | Class::Num)
            // "with some forecasts | suggesting that": an "-ing" form goes on with the noun.
            && !self.word(start).ends_with("ing")
            && (k == 2 || matches!(self.class(k - 3), Class::Punct | Class::Coord | Class::Sub))
    }

    /// The preposition before `tokens[k]`'s "and" that `tokens[k]` repeats, opening a noun
    /// phrase that ends at the "and" ("by the police and by"), after a common noun.
    fn repeated_preposition(&self, k: usize) -> Option<usize> {
        if self.class(k) != Class::Prep || k < 4 || self.class(k - 1) != Class::Coord {
            return None;
        }
        // The words between the two prepositions: a noun phrase, at least one word.
        let mut p = k - 2;
        while p > 1 && k - p < 10 && self.class(p).in_noun_phrase() && !self.remove[p] {
            p -= 1;
        }
        let noun = self.class(p - 1) == Class::Noun && !self.tokens[p - 1].capitalized;
        (p + 2 < k && self.preposition_repeated_after(p, k - 1) && noun).then_some(p)
    }

    /// The last word of the place before the comma that opens the abbreviated state which the
    /// comma at `tokens[k]` closes: "Buffalo | , N.Y. ,", "Macon | , Ga. ,". (At most a
    /// state every three tokens: the phrase's walk stays linear.)
    // Inlined, a word that is no comma answers at once: asked of each word a phrase walks.
    #[inline(always)]
    pub(in crate::events::title) fn state_after_place(&self, k: usize) -> Option<usize> {
        if self.word(k) != "," {
            return None;
        }
        self.state_before_comma(k)
    }

    /// [`Self::state_after_place`] of the comma at `tokens[k]`.
    fn state_before_comma(&self, k: usize) -> Option<usize> {
        let mut open = k.checked_sub(1)?;
        while open > 0 && k - open <= 3 && self.class(open) == Class::Name {
            open -= 1;
        }
        let state = open + 1..k;
        let abbreviated = state
            .clone()
            .any(|j| self.word(j).contains('.') || self.tokens[j].all_caps);
        (open > 0
            && k - open <= 3
            && !state.is_empty()
            && self.word(open) == ","
            && abbreviated
            && self.class(open - 1) == Class::Name)
            .then(|| open - 1)
    }

    /// The noun before the words that end at `tokens[k]` and open examples of it: "pollutants
    /// [such as]", "ports [including]": a word of [`Lex::ExampleOpeners`], alone or before "as".
    fn examples_of(&self, k: usize) -> Option<usize> {
        let noun = self.example_opener(k)?.checked_sub(1)?;
        (!self.remove[noun] && matches!(self.class(noun), Class::Noun | Class::Name))
            .then_some(noun)
    }

    /// The first word of the words that end at `tokens[k]` and open examples: a word of
    /// [`Lex::ExampleOpeners`], alone ("including") or before "as" ("such as").
    pub(in crate::events::title) fn example_opener(&self, k: usize) -> Option<usize> {
        let opener = if self.word(k) == "as" {
            k.checked_sub(1)?
        } else {
            k
        };
        self.tokens[opener]
            .is_lex(Lex::ExampleOpeners)
            .then_some(opener)
    }

    /// The noun phrase that ends at `tokens[end]`, with "of" and "and" between its nouns
    /// ("the surrender of the Province of Arno and North Belt").
    pub(in crate::events::title) fn noun_phrase_ending_at(&self, end: usize) -> Vec<usize> {
        let key = (end, self.kept_date.get(), self.lead_participle.get());
        if let Some((e, kept, lead, phrase)) = &*self.last_phrase.borrow()
            && (*e, *kept, *lead) == key
        {
            return phrase.clone();
        }
        let phrase = self.noun_phrase_ending_at_now(end);
        *self.last_phrase.borrow_mut() = Some((key.0, key.1, key.2, phrase.clone()));
        phrase
    }

    /// [`Self::noun_phrase_ending_at`], looked for.
    fn noun_phrase_ending_at_now(&self, end: usize) -> Vec<usize> {
        let mut start = end;
        // Twelve words at most ("/", "$" or "'s" in "Sony's bid for Smith/Jones Co. for $5
        // million" are none, "$6,542,000" is one), and twice as many tokens.
        let mut words = 0;
        let mut states: Vec<std::ops::Range<usize>> = Vec::new();
        while start > 0 && words < 12 && end - start < 24 {
            let k = start - 1;
            let inside_number = k > 0
                && self.tokens[k - 1].span.end == self.tokens[k].span.start
                && matches!(self.word(k - 1), "," | ".");
            words += usize::from(self.word(k).starts_with(char::is_alphanumeric) && !inside_number);
            // "Army of the Northern Union (ANU) forces": an acronym in brackets is part
            // of the name before it.
            if k >= 3
                && is_acronym_in_brackets(self.tokens, k - 2)
                && self.class(k - 3) == Class::Name
            {
                start = k - 2;
                continue;
            }
            // The US "surge": a quoted word of the phrase, its opening mark left out as the
            // closing one is (the title drops quotation marks).
            if self.quoted_in_phrase(k, end) {
                states.push(k..k + 1);
                start = k;
                continue;
            }
            // "In early Tokyo dealing the yen was": the determiner opens the subject;
            // "said that talks in Hanoi had failed": the report opens after "that".
            // "Friday 1 May 22.47 BST A man was": a clock time's zone ends a dateline.
            if self.after_opening_phrase(start, k, end)
                || self.clock_zone(k)
                || self.after_opening_quantity(start, k)
                || self.reports_after_saying(k)
                || self.after_addressee(start, k)
            {
                break;
            }
            // "the Buffalo, N.Y., area": a place's state between commas is the place's, and
            // a title leaves it out ("the Buffalo area").
            if let Some(city) = self.state_after_place(k) {
                states.push(city + 1..k + 1);
                start = city;
                continue;
            }
            // "the Dover, Del.-based maker": the place a compound describer is made of.
            if let Some(place) = self.place_compound_start(k) {
                start = place;
                continue;
            }
            // "the storms in Ohio, Indiana and Iowa": past the commas of a list of names.
            if self.class(start) == Class::Name
                && let Some(p) = self.place_list_opening(k, end)
            {
                start = p;
                continue;
            }
            // "pollutants such as lead and mercury will be cut": examples are no head of the
            // phrase; the noun they are examples of is.
            if let Some(noun) = self.examples_of(k) {
                return self.noun_phrase_ending_at(noun);
            }
            let c = self.class(k);
            // "actions by the police and by the crowd": a preposition repeated after "and"
            // joins its phrase to the one the first opens, after a noun.
            if let Some(p) = self.repeated_preposition(k) {
                start = p + 1;
                continue;
            }
            // "the blast in Nairobi", "the intensity and pace of attacks".
            // "Lawyers for the family": the sentence's first word is capitalised anyway.
            if c == Class::Adv
                && k > 0
                && self.class(k - 1) == Class::Noun
                && self.class(start) == Class::Prep
            {
                start = k;
                continue;
            }
            let inner_preposition = matches!(self.word(k), "of" | "between")
                || (c == Class::Prep
                    && k > 0
                    // "gatherings since the revolution": a time is no part of the noun.
                    && !self.tokens[k].is_lex(Lex::TimePrepositions)
                    // "sales rose, according to a memo sent by": a word that makes a
                    // preposition with "to" is no noun the phrase completes.
                    && !(self.word(k) == "to" && self.tokens[k - 1].is(PREPOSITION_BEFORE_TO))
                    && (self.class(k - 1) == Class::Noun && !self.tokens[k - 1].capitalized
                        || self.noun_of_ing(k - 1)
                        || k == 1 && self.class(0) == Class::Name
                        // "(Reuters) - Doctors in Peru have": a dateline's dash ends before
                        // the sentence's first word, capitalised anyway.
                        || self.class(k - 1) == Class::Name
                            && k >= 2
                            && is_dash(self.word(k - 2))
                        // "the U.S. Consulate in Lagos": a name the article makes a noun;
                        // "the purchase of Acme Co. for $5 million": one after "of" a noun's.
                        || self.class(k - 1) == Class::Name && self.name_after_article(k - 1)
                        // "a rise of 5% in sales", "a quake of 6.3 on the scale": a measure
                        // after "of" is the noun's, and the phrase goes on before it.
                        || self.measure_after_of(k - 1)));
            let joins = (inner_preposition
                // ("said the pipe had no crack and that water was": "and that" joins clauses.)
                || (c == Class::Coord
                    && self.class(start).in_noun_phrase()
                    && self.word(start) != "that"))
                && k > 0
                && !self.remove[k - 1]
                && (matches!(self.class(k - 1), Class::Noun | Class::Name | Class::Num)
                    || inner_preposition && self.noun_of_ing(k - 1));
            // "the barricade now in force": past the adverb or the date before the phrase.
            let past_adverb = c == Class::Prep
                && k >= 2
                && (self.remove[k - 1] || self.class(k - 1) == Class::Adv)
                && !self.remove[k - 2]
                && self.class(k - 2) == Class::Noun
                && !self.tokens[k - 2].capitalized;
            // "the raids on Monday at the depots", "the raids Aug. 7 at the depots": past a
            // whole date, its preposition too, to the noun a phrase of place (or "of")
            // describes ("handed to the board in May with the agency" joins nothing).
            if c == Class::Prep
                && (self.word(k) == "of" || self.tokens[k].is_lex(Lex::PlacePrepositions))
                && !past_adverb
                && k >= 1
                && self.remove[k - 1]
                && let Some(noun) = self.left_past_skipped(k).filter(|&b| {
                    self.class(b) == Class::Noun && !self.tokens[b].capitalized && !self.remove[b]
                })
            {
                start = noun + 1;
                continue;
            }
            let bound = self.bounds_number(k, end);
            // "about 12,000 suspected opponents": a number keeps its hedge.
            let hedge = c == Class::Adv && self.describes_noun(k);
            // "court ruling | on the case": the "-ing" form before the joined preposition.
            let ing = self.class(start) == Class::Prep && self.noun_of_ing(k);
            // "Smith/Jones Entertainment", "Smith & Wesson".
            let in_name = matches!(self.word(k), "/" | "&")
                && k > 0
                && self.class(k - 1) == Class::Name
                && self.class(start) == Class::Name;
            // "its home/auto policies": a slash glued between two nouns joins them.
            let glued = |a: usize, b: usize| self.tokens[a].span.end == self.tokens[b].span.start;
            let noun = |j: usize| matches!(self.class(j), Class::Noun | Class::Name);
            let in_compound = self.word(k) == "/"
                && k > 0
                && start == k + 1
                && glued(k - 1, k)
                && glued(k, start)
                && noun(k - 1)
                && noun(start);
            if (c.in_noun_phrase()
                || self.remove[k]
                || joins
                || past_adverb
                || bound
                || hedge
                || ing
                || in_name
                || in_compound
                // "the allied 'congress'": the describer before a quoted noun.
                || self.quoted_in_phrase(start, end) && self.describing_participle(k))
                && !self.introduces_date(k)
            {
                start = k;
            } else {
                break;
            }
        }
        while start < end
            && matches!(self.class(start), Class::Coord | Class::Prep)
            && !self.bounds_number(start, end)
        {
            start += 1;
        }
        // Room for every word at once: a filter's collect grows its list from empty. (`states`
        // also holds the quotation marks left out.)
        let mut phrase = Vec::with_capacity(end + 1 - start);
        phrase.extend((start..=end).filter(|&k| {
            !(self.skipped(k) || self.introduces_date(k) || states.iter().any(|s| s.contains(&k)))
        }));
        phrase
    }
}
