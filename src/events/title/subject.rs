//! Who a title says did it: the subject of a verb group, found to its left past the date,
//! adverbs, an apposition or a bracket; the antecedent of a relative pronoun; the subject a
//! coordinated verb or a participle shares. The name a pronoun or "the company" stands for is
//! found in [`super::names`].

use super::{
    ARTICLES, Class, Lex, OFFICES, PRONOUN_HOPS, Titles, is_dash, is_in, is_participle,
    is_past_participle, lowercase,
};

mod antecedent;
mod asides;
mod attach;
mod conjunct;
mod counted;
mod dated_aside;
mod floating;
mod governed;
mod long_participle;
mod pair;
mod part_of_that;
mod participle;
mod phrase;
mod place_list;
mod quoted_word;
mod repeated;
mod shared;

/// How many subjects may be looked up one inside another (see [`Titles::subject_of`]).
const SUBJECTS_NESTED: u8 = 16;
/// How far back, in tokens, the comma that opens an aside before a verb may be.
pub(super) const ASIDE: usize = 24;

/// Who a title says did it.
#[derive(Debug, Clone)]
pub(super) enum Subject {
    /// Words of the sentence.
    Words(Vec<usize>),
    /// A name from a sentence before, for a pronoun.
    Named(Candidate),
}

/// A noun phrase a pronoun may stand for.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) text: String,
    /// The name before a possessive the phrase starts with, which "he" or "she" may stand for.
    pub(super) owner: Option<String>,
    /// Holds a name.
    pub(super) named: bool,
    /// Starts with "the".
    pub(super) definite: bool,
    pub(super) plural: bool,
    pub(super) who: Who,
}

impl Candidate {
    /// The text opens with "the" or "a" ("the Union blockade"): no name, lower case inside a
    /// longer title.
    pub(super) fn opens_with_article(&self) -> bool {
        self.text
            .split(' ')
            .next()
            .is_some_and(|w| is_in(ARTICLES, &lowercase(w)))
    }

    /// "Acme Corp.'s net income": `owned` told as the named `owner`'s, `mark` the possessive
    /// ("'s", or "'" after a plural in "s").
    pub(super) fn owned_by(owner: &str, mark: &str, owned: &str) -> Candidate {
        let mark = super::marks::possessive_mark(owner, mark);
        Candidate {
            text: format!("{owner}{mark} {owned}"),
            owner: None,
            named: true,
            definite: false,
            plural: false,
            who: Who::Unknown,
        }
    }

    /// One named person: "Castro", "Rosa Vidal".
    pub(super) fn person(text: String) -> Candidate {
        Candidate {
            text,
            owner: None,
            named: true,
            definite: false,
            plural: false,
            who: Who::Person,
        }
    }

    /// Two named people who acted together: "Tom Gibb and Ned Hale".
    pub(super) fn pair(text: String) -> Candidate {
        Candidate {
            text,
            owner: None,
            named: true,
            definite: false,
            plural: true,
            who: Who::Person,
        }
    }
}

/// What a noun phrase is to "he" and "she", which stand for a person, and "it", which stands
/// for a body or a thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    /// "Mr Arafat", "the spokesman", "President Jacques Chirac".
    Person,
    /// "The Foreign Office", "NASA", "the Defence Department".
    Thing,
    /// A name alone: "Lockett", "Australia".
    Unknown,
}

impl Titles<'_> {
    /// The subject of the verb group starting at `tokens[start]`. `depth` bounds how many
    /// verb groups back a coordinated verb may look for the subject it shares.
    pub(super) fn subject_of(&self, start: usize, depth: usize) -> Option<Subject> {
        // A subject's owner may be a pronoun whose name is another subject ("In May, its
        // bid, due to expire": "its" is told by the subject after the comma, which is the
        // bid's again): past a few subjects looked up inside one another, none is found, so
        // no such loop runs out of stack.
        let nested = self.subjects_open.get();
        if nested >= SUBJECTS_NESTED {
            return None;
        }
        self.subjects_open.set(nested + 1);
        let found = self.subject_of_now(start, depth);
        self.subjects_open.set(nested);
        found
    }

    /// [`Self::subject_of`], once its nesting is checked.
    fn subject_of_now(&self, start: usize, depth: usize) -> Option<Subject> {
        if let Some(people) = self
            .people_before(start)
            .or_else(|| self.described_as(start))
        {
            return Some(Subject::Words(people));
        }
        let Some(mut k) = self.left_past_skipped(start) else {
            return self
                .subject_after(start, depth)
                .or_else(|| self.date_as_subject(start).map(Subject::Words));
        };
        // "Lee, who built the mill in his home town has been made a knight": past a relative
        // clause whose closing comma is left out.
        if let Some(before) = self.noun_before_unclosed_relative(start, k) {
            return Some(Subject::Words(self.noun_phrase_ending_at(before)));
        }
        // "The wounded were flown out": the people a participle names are the subject.
        if self.class(k) == Class::Verb
            && let Some(mut people) = self.people_before(k)
        {
            people.push(k);
            return Some(Subject::Words(people));
        }
        // "The airline has this morning announced": the auxiliary before the date opens the
        // verb group, whose subject is before it (the date may leave "has" read as a verb).
        if k + 1 < start
            && self.class(start) == Class::Verb
            && is_past_participle(self.word(start))
            && (self.tokens[k].is_lex(Lex::PresentAuxiliaries)
                || self.tokens[k].is_lex(Lex::PastAuxiliaries))
        {
            return self.subject_of_now(k, depth);
        }
        // "the final, due to start at noon", "Acme, which found the flaws, plans to".
        if let Some(subject) = self
            .plan_after_comma(start, k, depth)
            .or_else(|| self.due_subject(start))
        {
            return Some(subject);
        }
        // "The warrant issued Monday charged Vance", "the study released on Friday says": a
        // participle and its date describe the noun before them.
        if k > 0
            // Before an infinitive, "moved in yesterday to plough" is the finite verb.
            && (self.remove.get(k + 1) == Some(&true)
                || (self.introduces_date(k + 1) && self.class(start) != Class::To))
            && is_past_participle(self.word(k))
            && self.class(k - 1) == Class::Noun
            // "The bridge (that) the city built in 1990 | was closed": the verb of a relative
            // clause with a subject of its own, no participle describing that subject.
            && !self.after_object_relative(k + 1)
            && self.contact_antecedent(k).is_none()
        {
            k -= 1;
        }
        // "a flood, which it is feared will reach the town": "it is feared" only says who
        // fears it; the relative pronoun before it is the subject.
        if let Some(relative) = self.relative_before_belief(k) {
            k = relative;
        }
        // "the envoys all signed", "who in turn was taught", "the party she hoped to lead
        // dropped her": the subject ends before them.
        if let Some(before) = self.past_floating(k) {
            k = before;
        }
        if let Some(phrase) = self
            .contact_relative(start, k)
            .or_else(|| self.gap_before_saying(start, k))
        {
            return Some(Subject::Words(phrase));
        }
        // "Tran (against his aides' advice) left", "the army - backed by the coalition -
        // launched": past a bracket or a pair of dashes.
        let closing = match self.word(k) {
            ")" => Some("("),
            // "About 90 Britons _ aid workers and their children _ fled": an underscore
            // stands for a dash in some wire copy.
            w if is_dash(w) => Some(w),
            _ => None,
        };
        if let Some(open_word) = closing {
            // "women -- hundreds of them pregnant -- marched": a dash may be two tokens.
            let double = |j: usize| j > 0 && open_word == "-" && self.word(j - 1) == "-";
            let close = if double(k) { k - 1 } else { k };
            let reach = if open_word == "(" { 15 } else { ASIDE };
            let open = (close.saturating_sub(reach)..close)
                .rev()
                .find(|&j| self.word(j) == open_word)
                .map(|o| if double(o) { o - 1 } else { o })
                // "its new strategy -- started in May": a dash that opens what follows.
                .or_else(|| (close < k).then_some(close));
            // "The suspect -- Khalfan Mohamed -- was": who the role is.
            let last_open = open.map(|o| if double(o + 1) { o + 1 } else { o });
            if let (Some(first), Some(o)) = (open, last_open)
                && first > 0
                && close > o + 2
                && open != Some(close)
                && self.is_role(first - 1)
                && (o + 1..close).all(|j| self.class(j) == Class::Name)
            {
                return Some(Subject::Words((o + 1..close).collect()));
            }
            match open.and_then(|o| self.left_past_skipped(o)) {
                Some(before) => k = before,
                // "the northern army - backed by allied planes - launched": the participle
                // after an opening dash describes the noun before it.
                None if self.reduced_relative(start)
                    && k > 0
                    && self.class(k - 1).in_noun_phrase() =>
                {
                    return Some(Subject::Words(self.noun_phrase_ending_at(k - 1)));
                }
                None => return self.subject_after(start, depth),
            }
        }
        // "Vance, a doctor from Ohio, had been arrested", "The rights, which expire in May, can
        // be exercised", "This army, led by Tukhachevsky, recaptured": past an apposition, a
        // relative clause or a participle between commas.
        if self.word(k) == "," {
            // "Larsen, who landed Monday with some 20 auditors for a visit likely to run
            // past a month, had been cleared": an aside may be a long relative clause.
            let examples = self.examples_aside(k);
            let open = examples.or_else(|| {
                (k.saturating_sub(ASIDE)..k)
                    .rev()
                    .find(|&j| self.word(j) == "," && !self.remove[j])
                    .map(|o| self.describer_comma(o, k).unwrap_or(o))
            });
            let aside = examples.is_some() || open.is_some_and(|o| self.is_aside(o, k));
            match open {
                // "the company's chairman, Garth Drabinsky, is considering": the name.
                Some(o) if aside && self.class(start) != Class::To && self.names_a_role(o, k) => {
                    return Some(
                        self.pair_with_role(o, k)
                            .unwrap_or_else(|| Subject::Words((o + 1..k).collect())),
                    );
                }
                Some(o) if aside && o > 0 && self.class(o - 1).in_noun_phrase() => {
                    k = self.outer_asides(o) - 1;
                    // "The revolt in May 1822, aimed at ..., marked": past the date that
                    // ends the subject's phrase.
                    if self.remove[k]
                        && let Some(b) = self
                            .left_past_skipped(k)
                            .filter(|&b| matches!(self.class(b), Class::Noun | Class::Name))
                    {
                        k = b;
                    }
                }
                // "\"Blue Heron\", skippered by Anna Reed, crossed": a name in quotation marks.
                Some(o)
                    if aside
                        && let Some(name) = self
                            .left_past_skipped(o)
                            .filter(|&b| b + 1 < o && self.class(b) == Class::Name) =>
                {
                    k = name;
                }
                _ if (self.reduced_relative(start)
                    || self.participle_aside(start)
                    || self.dated_participle_aside(start))
                    && k > 0
                    && self.class(k - 1).in_noun_phrase() =>
                {
                    // "the trade talks, set to restart": the participle's noun.
                    return Some(Subject::Words(self.noun_phrase_ending_at(k - 1)));
                }
                // "Korean steel maker Posco, has announced": a lone comma between the
                // sentence's opening noun phrase and its verb.
                None if let Some(phrase) = self.opening_noun_phrase(start, k) => {
                    return Some(Subject::Words(phrase));
                }
                // "New rules requiring all shops to close, come into force": a comma that
                // closes a participle's clause after the subject.
                None if let Some(phrase) = self.described_by_participle_clause(k, start) => {
                    return Some(Subject::Words(phrase));
                }
                _ => {
                    return self
                        .shared_subject(start, depth)
                        .or_else(|| self.subject_after(start, depth));
                }
            }
        }
        // "$4 million of that flowed out": the amount.
        if let Some(part) = self.part_of_that(k) {
            return Some(Subject::Words(part));
        }
        match self.class(k) {
            Class::Sub if self.tokens[k].is_lex(Lex::Relatives) => {
                // The antecedent of "which", "who", "that", past a bracket ("The Pact of
                // Arnholm (5th May 1811) which"); a name before an apposition ("Orla,
                // the sculptor and teacher who").
                let mut a = k.checked_sub(1)?;
                // "new laws from today which": past the date.
                if self.remove[a] {
                    a = self.left_past_skipped(k)?;
                }
                if self.word(a) == "," {
                    a = a.checked_sub(1)?;
                } else if is_dash(self.word(a)) {
                    // "the agency (WHO) - which raised": a dash opens the clause as a comma
                    // does; "a method - due in May - which is": past the aside it closes.
                    let dash = self.word(a);
                    while is_dash(self.word(a)) {
                        a = a.checked_sub(1)?;
                    }
                    if let Some(open) = (a.saturating_sub(ASIDE)..a)
                        .rev()
                        .find(|&j| self.word(j) == dash)
                    {
                        a = open.checked_sub(1)?;
                        while is_dash(self.word(a)) {
                            a = a.checked_sub(1)?;
                        }
                    }
                }
                if self.word(a) == ")" {
                    let open = (a.saturating_sub(15)..a)
                        .rev()
                        .find(|&j| self.word(j) == "(")?;
                    a = open.checked_sub(1)?;
                }
                if !self.class(a).in_noun_phrase() {
                    return None;
                }
                let mut phrase = self.noun_phrase_ending_at(a);
                // "await a federal court ruling on the merger, which": a determiner after a
                // word that no preposition or "and" joins to it opens the antecedent.
                if let Some(p) = (1..phrase.len()).rev().find(|&n| {
                    self.class(phrase[n]) == Class::Det
                        && !matches!(self.class(phrase[n - 1]), Class::Prep | Class::Coord)
                }) {
                    phrase.drain(..p);
                }
                let first = phrase.first().copied().unwrap_or(a);
                let apposition = first >= 2
                    && self.word(first - 1) == ","
                    && self.class(first - 2) == Class::Name
                    && !phrase.iter().any(|&w| self.class(w) == Class::Name);
                if apposition {
                    return Some(Subject::Words(self.noun_phrase_ending_at(first - 2)));
                }
                if let Some(name) = self.name_before_appositions(&phrase, k) {
                    return Some(Subject::Words(name));
                }
                if let Some(nearest) = self
                    .thing_after_people(&phrase, k, start)
                    .or_else(|| self.nearest_antecedent(&phrase))
                    .or_else(|| self.name_after_preposition(&phrase, k))
                    .or_else(|| self.added_conjunct(&phrase))
                    .or_else(|| self.agreeing_of_phrase(&phrase, start))
                    .or_else(|| self.agreeing_conjunct(&phrase, start))
                {
                    return Some(Subject::Words(nearest));
                }
                // "the detention of Reyes, who is accused": "who" is the person named after "of"
                // and a common noun ("Harris of the Guild of Brewers" is one).
                let person = phrase
                    .iter()
                    .position(|&w| self.word(w) == "of")
                    .filter(|&p| {
                        p > 0
                            && self.class(phrase[p - 1]) == Class::Noun
                            && !self.tokens[phrase[p - 1]].capitalized
                    })
                    .map(|p| &phrase[p + 1..])
                    // "the death of its former Chairman who": a person's phrase.
                    .filter(|rest| {
                        self.word(k) == "who"
                            && rest.last().is_some_and(|&w| {
                                self.class(w) == Class::Name
                                    || self.tokens[w].is_lex(Lex::PersonWords)
                                    || self.tokens[w].is(OFFICES)
                            })
                            && rest.iter().all(|&w| {
                                matches!(self.class(w), Class::Name | Class::Det | Class::Noun)
                            })
                    });
                // "Kenya, Peru and Chile, which were invited": the whole list.
                Some(self.antecedent_subject(match person {
                    Some(person) => person.to_vec(),
                    None => self.list_before(&phrase).unwrap_or(phrase),
                }))
            }
            // "the president himself met".
            Class::Pron
                if matches!(
                    self.word(k),
                    "himself" | "herself" | "itself" | "themselves"
                ) && k > 0
                    && self.class(k - 1).in_noun_phrase() =>
            {
                let phrase = self.noun_phrase_ending_at(k - 1);
                Some(match self.role_named(&phrase) {
                    Some(named) => Subject::Named(named),
                    None => Subject::Words(phrase),
                })
            }
            Class::Pron => {
                // "He was driven out": the name "he" stands for, a few sentences back at most.
                if self.tokens[k].is_lex(Lex::ResolvablePronouns)
                    && self.hops < PRONOUN_HOPS
                    && !self.impersonal_it(k)
                    && let Some(name) = self.name_for(k)
                {
                    return Some(Subject::Named(name));
                }
                Some(Subject::Words(vec![k]))
            }
            Class::Noun | Class::Name | Class::Num => {
                let mut phrase = self.noun_phrase_ending_at(k);
                // "The boat the navy | sank in 1942 was found": the relative clause's own
                // subject, without the phrase the clause describes.
                if let Some(antecedent) = self.contact_clause(start)
                    && phrase.starts_with(&antecedent)
                {
                    phrase.drain(..antecedent.len());
                }
                // "restored to 2,000 homes and crews will work": after a verb's preposition
                // the words before "and" are its object; "and" joins two clauses.
                let object = phrase.first().is_some_and(|&f| {
                    f > 1 && self.class(f - 1) == Class::Prep && self.class(f - 2) == Class::Verb
                }) || self.complement_then_clause(&phrase, start);
                if object
                    && let Some(c) = phrase.iter().rposition(|&w| self.class(w) == Class::Coord)
                {
                    phrase.drain(..=c);
                }
                // "said Ann Roe, spokeswoman for the owners' panel named last June
                // to weigh offers": a participle that describes a noun describes the nearest
                // one, the object of a phrase's preposition ("of" joins one noun phrase). A
                // phrase that no verb before it governs may be the subject of that verb ("the
                // profit for casinos increased by 9%").
                let governed = |f: usize| {
                    (f.saturating_sub(8)..f)
                        .rev()
                        .take_while(|&j| self.class(j) != Class::Sub)
                        .any(|j| self.finite(j))
                };
                if self.reduced_relative(start)
                    && self.class(k) == Class::Noun
                    && phrase.first().is_some_and(|&f| governed(f))
                    && let Some(p) = phrase.iter().rposition(|&w| self.class(w) == Class::Prep)
                    && self.word(phrase[p]) != "of"
                    && p + 1 < phrase.len()
                {
                    phrase.drain(..=p);
                }
                // "footage of exiles protesting in Miami": the "-ing" form tells what those
                // after the picture's "of" do.
                if self.class(start) == Class::Verb
                    && self.word(start).ends_with("ing")
                    && let Some(p) = phrase.iter().position(|&w| self.word(w) == "of")
                    && p > 0
                    && p + 1 < phrase.len()
                    && self.tokens[phrase[p - 1]].is_lex(Lex::DepictionNouns)
                {
                    return Some(Subject::Words(phrase.split_off(p + 1)));
                }
                // "a plan to sell its branches to Union Bank fell through", "efforts to free
                // the crew failed": an infinitive's object is no subject of the verb after it;
                // the noun the infinitive completes is.
                if let Some(&f) = phrase.first()
                    && f >= 3
                    && self.class(f - 1) == Class::Verb
                    && self.class(f - 2) == Class::To
                    && self.class(f - 3) == Class::Noun
                    && !self.remove[f - 3]
                {
                    let mut whole = self.noun_phrase_ending_at(f - 3);
                    // Not a preposition's noun ("in order to provide") nor a verb's object
                    // ("wants the court to suspend"); after a saying its clause's subject.
                    let governed = whole
                        .first()
                        .and_then(|&w| w.checked_sub(1))
                        .is_some_and(|b| {
                            self.class(b) == Class::Prep
                                || (self.class(b) == Class::Verb && !self.says(b))
                        });
                    if !governed {
                        whole.extend([f - 2, f - 1]);
                        whole.extend(phrase);
                        return Some(Subject::Words(whole));
                    }
                }
                let first = phrase.first().copied().unwrap_or(k);
                if let Some(lead) = self.accompanied(first) {
                    return Some(Subject::Words(self.list_before(&lead).unwrap_or(lead)));
                }
                if let Some(person) = self.person_before_age(first) {
                    return Some(Subject::Words(person));
                }
                // "Coleco, a toy maker whose stock peaked": Coleco's stock.
                if let Some(owner) = self.owner_of_whose(first) {
                    // "Zenda Projects' shares": a name in "s" takes the apostrophe alone.
                    let mark = if owner.ends_with('s') && !owner.ends_with("ss") {
                        "'"
                    } else {
                        "'s"
                    };
                    return Some(Subject::Named(Candidate::owned_by(
                        &owner,
                        mark,
                        &self.join(&phrase),
                    )));
                }
                // Only a verb with a tense has a subject before a relative clause: "in a
                // rally Saturday demanding" is no such subject.
                let finite =
                    matches!(self.class(start), Class::Aux) || !self.word(start).ends_with("ing");
                if finite
                    && !self.after_clause_preposition(first)
                    && let Some(antecedent) = self.antecedent_before(first)
                {
                    return Some(self.antecedent_business(antecedent));
                }
                // "A maker of computers citing price cuts | reported": the participle's noun.
                if self.has_tense(start)
                    && let Some(described) = self.described_by_participle(first, start)
                {
                    return Some(Subject::Words(described));
                }
                if let Some(described) = self.described_by_participle_clause(k + 1, start) {
                    return Some(Subject::Words(described));
                }
                if let Some(described) = self.described_by_long_participle(k, start) {
                    return Some(Subject::Words(described));
                }
                // "A plan to expand the port | was approved": the plan.
                if let Some(phrase) = first
                    .checked_sub(1)
                    .and_then(|v| self.noun_with_infinitive(v, k, start))
                {
                    return Some(Subject::Words(phrase));
                }
                // "its net income rose", "the company earned", "Acme said profit rose": whom
                // the possessive or the business noun stands for, whose the results are.
                if let Some(named) = self
                    .owner_named(&phrase)
                    .or_else(|| self.pair_named(&phrase))
                    .or_else(|| self.role_named(&phrase))
                    .or_else(|| self.told_named(&phrase))
                    .or_else(|| self.business_named(&phrase))
                    .or_else(|| self.description_named(&phrase))
                    .or_else(|| self.owned_before(&phrase))
                    .or_else(|| self.deed_owner(&phrase))
                    .or_else(|| self.results_owner(&phrase))
                    .or_else(|| self.article_results(&phrase))
                    .or_else(|| self.business_owned(&phrase))
                    .or_else(|| self.kind_named(&phrase))
                {
                    return Some(Subject::Named(named));
                }
                // "One of Governor Lee's aides has told", "some of the troops".
                let part = first.checked_sub(2).filter(|&p| {
                    self.word(p + 1) == "of" && self.tokens[p].is_lex(Lex::Partitives)
                });
                if let Some(p) = part {
                    phrase.splice(0..0, [p, p + 1]);
                }
                Some(Subject::Words(self.list_before(&phrase).unwrap_or(phrase)))
            }
            // "The troops whose tours had been extended | would be pulled out": a relative
            // clause that ends with its verb describes the noun before it.
            Class::Verb
                if self.finite(start)
                    && let Some(antecedent) = self.antecedent_before(k + 1) =>
            {
                Some(self.antecedent_business(antecedent))
            }
            // "Heavy rain forecast to hit the coast | would flood": the participle's noun.
            Class::Verb if let Some(phrase) = self.described_by_participle_clause(k + 1, start) => {
                Some(Subject::Words(phrase))
            }
            // "A signal to withdraw | was sounded": an infinitive that describes the
            // noun before it.
            Class::Verb if let Some(phrase) = self.noun_with_infinitive(k, k, start) => {
                Some(Subject::Words(phrase))
            }
            // "the house they lived in burned": the noun a relative clause without a pronoun of
            // its own, ended by a preposition, describes.
            Class::Prep => match self.stranded_relative(k) {
                Some(noun) => Some(Subject::Words(noun)),
                None => self.subject_after(start, depth),
            },
            Class::Coord | Class::Punct => self.shared_subject(start, depth),
            Class::Sub | Class::Adv if self.joins_verbs(k) => self.shared_subject(start, depth),
            _ => self.subject_after(start, depth),
        }
    }

    /// The date that opens the sentence right before the verb with a tense at
    /// `tokens[start]` is its subject: "This day will be remembered", "1989 was a year of
    /// change", "2007 also saw a rise in attacks" (a title never opens with its verb; up
    /// to two adverbs may stand between).
    fn date_as_subject(&self, start: usize) -> Option<Vec<usize>> {
        let end = (start.saturating_sub(2)..start)
            .rev()
            .take_while(|&j| self.class(j) == Class::Adv && !self.remove[j])
            .last()
            .unwrap_or(start);
        if !self.has_tense(start) || end == 0 || !self.remove[end - 1] {
            return None;
        }
        let first = (end.saturating_sub(8)..end)
            .rev()
            .take_while(|&j| self.remove[j])
            .last()?;
        let opens = first == 0 || self.class(first - 1) == Class::Punct;
        opens.then(|| (first..end).collect())
    }

    /// The "it" at `tokens[k]` stands for nothing: "It was decided to", "it is possible that",
    /// "it was reported that", "it rained" (past its auxiliaries, the date and adverbs).
    fn impersonal_it(&self, k: usize) -> bool {
        if self.word(k) != "it" {
            return false;
        }
        let mut be = false;
        let end = self.tokens.len().min(k + 8);
        for j in k + 1..end {
            if self.skipped(j) || self.introduces_date(j) {
                continue;
            }
            if self.class(j) == Class::Aux {
                be = matches!(self.word(j), "is" | "was" | "be" | "been" | "'s" | "being");
                continue;
            }
            let next_at = (j + 1..end).find(|&n| !(self.skipped(n) || self.introduces_date(n)));
            let next = next_at.map(|n| self.word(n));
            let listed = self.tokens[j].is_lex(Lex::ImpersonalWords);
            // "It was the third cut this year": "it" is the cut the phrase counts, not a
            // body named before.
            let counted = be && self.word(j) == "the" && next_at.is_some_and(|n| self.ordinal(n));
            // "It follows the death of a guard": "it" is what happened after.
            return self.tokens[j].is_lex(Lex::ImpersonalVerbs)
                || (!be && self.sequence_object(j).is_some())
                || counted
                || (be
                    && match next {
                        Some("that") => listed || self.says(j),
                        Some("to") => listed,
                        _ => false,
                    });
        }
        false
    }

    /// `tokens[k]` is an ordinal: "third", "last", "11th", "22nd".
    fn ordinal(&self, k: usize) -> bool {
        let w = self.word(k);
        self.tokens[k].is_lex(Lex::OrdinalWords)
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e)))
    }

    /// "the injured", "the dead and wounded": a past participle at `tokens[start]` right after
    /// "the", or after "the" and a word joined by "and", names the people it describes; the
    /// words before it open its phrase.
    fn people_before(&self, start: usize) -> Option<Vec<usize>> {
        let word = self.word(start);
        if self.class(start) != Class::Verb || !is_participle(word) || word.ends_with("ing") {
            return None;
        }
        if start >= 1 && self.word(start - 1) == "the" {
            return Some(vec![start - 1]);
        }
        // "crossed the river and took the town": a verb with an object after it is a second
        // verb of the clause, not people it describes; so is one the date or the clause's end
        // follows after a verb's object ("stopped to check the pressure and resumed on
        // Monday", not "carried the dead and wounded to the camp").
        let ends = |j: usize| {
            self.class(j) == Class::Punct
                || self.remove.get(j) == Some(&true)
                || self.introduces_date(j)
        };
        let object = matches!(
            self.class(start + 1),
            Class::Det | Class::Name | Class::Num | Class::Pron
        ) || (start >= 4
            && ends(start + 1)
            && self.class(start - 4) == Class::Verb
            && !self.remove[start - 4]);
        let joined = start >= 3
            && !object
            && matches!(self.word(start - 1), "and" | "or")
            && self.word(start - 3) == "the"
            && matches!(self.class(start - 2), Class::Noun | Class::Verb);
        joined.then(|| vec![start - 3, start - 2, start - 1])
    }
}
