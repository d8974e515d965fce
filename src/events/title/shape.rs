//! How a title is put together: the subject, the verb group and the phrases that fit in
//! [`MAX_CHARS`] (fitted in `predicate.rs`), rendered with the text's own spacing, a person's
//! office dropped (and the subject's article when room is short, unless it fits again), never
//! ending on a function word.

use std::borrow::Cow;
use std::ops::Range;

use super::super::words::past_first_word;
use super::holds::holds;

use super::{
    ARTICLES, Class, Lex, MAX_CHARS, OFFICES, PARTICLES, Subject, Titles, is,
    is_acronym_in_brackets, is_past_participle, lowercase,
};

impl Titles<'_> {
    pub(super) fn render_subject(&self, subject: Option<&Subject>) -> String {
        match subject {
            Some(Subject::Words(words)) => {
                let words = self.name_over_role(words);
                // Room for the verb and the phrases after: the title grows in place.
                let mut s = String::with_capacity(2 * MAX_CHARS);
                self.push_joined(&mut s, &self.offices_dropped(&words));
                if !s.is_empty() {
                    s.push(' ');
                }
                s
            }
            Some(Subject::Named(name)) => format!("{} ", name.text),
            None => String::new(),
        }
    }

    /// Subject, verb and as many phrases as fit. A subject too long to leave room for any of
    /// the object keeps its head ("The Union victory at the Third Battle of Port Haven closed
    /// the last open rebel harbour" → "The Union victory closed the last open rebel harbour").
    pub(super) fn assemble_as_is(
        &self,
        subject: Option<&Subject>,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
    ) -> String {
        let mut verb = self.verb_told(verb_words, subject);
        // "Founded in 1923, the company ...": a verb that opened the sentence after its subject.
        if subject.is_some()
            && verb_words
                .first()
                .is_some_and(|&v| !past_first_word(self.tokens, v))
        {
            verb = super::lowercase_first(&verb, false);
        }
        if matches!(subject, Some(Subject::Named(_)))
            && let Some(spelled) = self.contraction_spelled(verb_words, &verb)
        {
            verb = spelled;
        }
        let mut title = self.render_subject(subject);
        if verb.starts_with(['\'', '’']) {
            // "it's turning out".
            title.pop();
        }
        title.push_str(&verb);
        let full = self.add_phrases(title.clone(), phrases);
        // "The siege ended [with Lee surrendering ...]": a clause of "with" left out whole
        // leaves a title of its own.
        let absolute = phrases
            .first()
            .is_some_and(|p| self.absolute_clause(p) && !holds(&full, &self.join(p)));
        let fits =
            (full != title || phrases.is_empty() || absolute) && full.chars().count() <= MAX_CHARS;
        // "The twin towns [are expected] to become one council": headline style, when the
        // object is cut short with the "be" and its participle.
        if let Some(first) = phrases.first()
            && let Some(to) = self.headline_infinitive(verb_words)
        {
            let object = self.join(&self.offices_dropped(first));
            if !holds(&full, &object) {
                let short = self.assemble_as_is(subject, &verb_words[to..], phrases);
                if holds(&short, &object) {
                    return short;
                }
            }
        }
        let words = match subject {
            Some(Subject::Words(words)) => words,
            // "They did not intend to close the school": a name from before, too long for the
            // title with its verb, keeps its head ("Officials [of the Immigration ...]").
            Some(Subject::Named(name)) if !fits => {
                return match named_head(&name.text) {
                    Some(head) if head.len() < name.text.len() => {
                        let space = if verb.starts_with(['\'', '’']) {
                            ""
                        } else {
                            " "
                        };
                        let short = format!("{head}{space}{verb}");
                        self.finish(&self.add_phrases(short, phrases))
                    }
                    _ => self.finish(&full),
                };
            }
            _ => return self.finish(&full),
        };
        // A title with the subject told by its acronym: worth it when the full one cuts a
        // phrase and the short one keeps more of them.
        let cuts_phrase = || phrases.iter().any(|p| !self.holds_whole(&full, p));
        let keeps_more =
            |short: &str| self.phrases_kept(short, phrases) > self.phrases_kept(&full, phrases);
        let with_subject = |words: Vec<usize>| {
            self.assemble_as_is(Some(&Subject::Words(words)), verb_words, phrases)
        };
        // "The World Trade Organization (WTO) has decided to admit ...": a name
        // that leaves no room for the object, or for a phrase after it, gives way to its
        // acronym in brackets.
        if let Some(first) = phrases.first()
            && let Some(acronym) = self.acronym_of(words)
        {
            let object = self.join(&self.offices_dropped(first));
            let whole = holds(&full, &object);
            if !whole || cuts_phrase() {
                let short = with_subject(vec![acronym]);
                if holds(&short, &object) && (!whole || keeps_more(&short)) {
                    return short;
                }
            }
        }
        // "A Westland Air Ambulance (WAA) helicopter landed by the lake [of ...]": so
        // does a name with its acronym that describes the subject's noun.
        if let Some(short_words) = self.acronym_for_describing_name(words) {
            let long = full.chars().count() > MAX_CHARS;
            if long || cuts_phrase() {
                let short = with_subject(short_words);
                if short.chars().count() <= MAX_CHARS && (long || keeps_more(&short)) {
                    return short;
                }
            }
        }
        let article = words.len() > 1 && self.tokens[words[0]].is(ARTICLES);
        // "The Vell board started the slow process toward a merger [of the two towns]": a
        // noun left without the phrase it needs, in whichever phrase the cut falls.
        let owed = fits && !absolute && self.ends_before_owed(&full, phrases);
        // "Elf had six million francs [of one-time costs]": an object cut short
        // keeps more of its words without the subject's article.
        let cut = fits
            && article
            && !absolute
            && phrases.first().is_some_and(|p| {
                // Too short to hold the phrase's words: cut, without joining them.
                let words: usize = p.iter().map(|&w| self.tokens[w].span.len()).sum();
                full.len() < title.len() + 1 + words
                    || !holds(&full, &self.join(p))
                    // "plans [to escalate ...]": the infinitive its noun needs.
                    || phrases.get(1).is_some_and(|to| {
                        self.completes_noun(p, to) && !holds(&full, &self.join(to))
                    })
                    // "urged its staff [to stay on ...]": the one its verb needs.
                    || (1..phrases.len()).any(|m| {
                        self.object_infinitive(phrases, m) && !self.holds_whole(&full, &phrases[m])
                    })
            });
        if cut || (article && owed) {
            let bare = Subject::Words(words[1..].to_vec());
            let shorter = self.assemble_as_is(Some(&bare), verb_words, phrases);
            let article_chars = self.word(words[0]).chars().count() + 1;
            // (Cut only for the noun's phrase, the title gives its article for that alone.)
            if shorter.chars().count() + article_chars > full.chars().count() + 1
                && (cut || !self.ends_before_owed(&shorter, phrases))
            {
                return self.with_article(words[0], words[1], shorter);
            }
            // "The 40% state-owned Elf had six million francs [of one-time costs]":
            // a name without the words that describe it leaves room for the object whole.
            if cut && let Some(name) = self.name_alone(words) {
                let named = self.assemble_as_is(Some(&Subject::Words(name)), verb_words, phrases);
                if phrases
                    .first()
                    .is_some_and(|p| holds(&named, &self.join(p)))
                {
                    return named;
                }
            }
        }
        // "The final step in the merger has been completed [with the sale of the unit]": a
        // head that says little without the phrase after it ("step", "rest") keeps it, and the
        // phrases after the verb go first.
        let relational = words
            .iter()
            .any(|&w| self.tokens[w].is_lex(Lex::RelationalNouns))
            && {
                let head = self.subject_head(words, true, true);
                head.len() < words.len()
                    && head
                        .last()
                        .is_some_and(|&w| self.tokens[w].is_lex(Lex::RelationalNouns))
            };
        if relational && title.chars().count() <= MAX_CHARS {
            return self.finish(if fits { &full } else { &title });
        }
        // "A turning point [in the long border war] was the burning of the granaries":
        // an object cut short is whole after the subject's head, its "of" phrases kept.
        if fits
            && let Some(first) = phrases.first()
            && !holds(&full, &self.join(&self.offices_dropped(first)))
        {
            let head = self.subject_head(words, true, true);
            let short = format!("{} {verb}", self.join(&self.without_offices(&head)));
            let with_object = self.add_phrases(short, phrases);
            if !head.is_empty()
                && head.len() < words.len()
                && !self.head_needs_phrase(words, &head)
                && with_object.chars().count() <= MAX_CHARS
                && holds(&with_object, &self.join(&self.offices_dropped(first)))
            {
                return self.finish(&with_object);
            }
        }
        // "Steep fees [in Vell] have led to a call for a review by the board": so is a
        // noun left without its phrase at the end, when what follows the verb grows.
        if owed
            && let Some(owed) = self.head_with_owed(words, &verb, phrases, full.len() - title.len())
        {
            return owed;
        }
        if fits {
            return self.finish(&full);
        }
        // Headline style when room is short: the subject's article goes first; not for a
        // clause after the verb that still does not fit ("The aides decided [that ...]").
        if article {
            let bare = Subject::Words(words[1..].to_vec());
            let shorter = self.assemble_as_is(Some(&bare), verb_words, phrases);
            let clause = phrases.first().filter(|p| self.class(p[0]) == Class::Sub);
            // Nothing after the verb either way: the article costs no room.
            let article_len = self.word(words[0]).len() + 1;
            if title.chars().count() <= MAX_CHARS
                && title
                    .get(article_len..)
                    .is_some_and(|bare| self.finish(bare) == shorter)
            {
                return self.finish(&title);
            }
            if clause.is_none_or(|p| holds(&shorter, &self.join(p)))
                || full.chars().count() > MAX_CHARS
            {
                // "The council of elders [in Vell] began the process of reform": a noun
                // left without its phrase gets it after the subject's head.
                if self.ends_before_owed(&shorter, phrases)
                    && let Some(owed) = self.head_with_owed(words, &verb, phrases, 0)
                {
                    return owed;
                }
                return self.with_article(words[0], words[1], shorter);
            }
            return self.finish(&full);
        }
        // The head before a preposition outside a name, else before any.
        // "First set of samples | from the Lagos outbreak": past "of" first.
        let mut bare_head = None;
        // "Five members [of the militia] were killed": a head that says who only with its
        // phrase keeps it, when the verb reads whole without what follows.
        let whole_subject = title.chars().count() <= MAX_CHARS;
        for (inside_names, past_of) in [(true, true), (true, false), (false, false)] {
            let head = self.subject_head(words, inside_names, past_of);
            // "Organization | of African Unity": no head of one word that cuts a name.
            let cuts_name = head.len() == 1
                && self.class(head[0]) == Class::Name
                && words.get(1).is_some_and(|&w| self.word(w) == "of")
                && words
                    .get(head.len() + 1)
                    .is_some_and(|&w| self.tokens[w].capitalized);
            if head.is_empty() || head.len() == words.len() || cuts_name {
                continue;
            }
            // An infinitive tells what a head with describers did ("Northern council voted
            // | to approve ...").
            if whole_subject
                && self.head_needs_phrase(words, &head)
                && self.verb_reads_alone(verb_words, phrases, self.head_is_bare(&head))
            {
                return self.finish(&title);
            }
            let short = format!("{} {verb}", self.join(&self.without_offices(&head)));
            let with_object = self.add_phrases(short.clone(), phrases);
            if with_object.chars().count() <= MAX_CHARS
                && (with_object != short || phrases.is_empty())
            {
                return self.finish(&with_object);
            }
            if bare_head.is_none() && short.chars().count() <= MAX_CHARS {
                bare_head = Some(short);
            }
        }
        // "Texas based company Acme Widget Makers": the name alone, after the common noun it
        // is an apposition of, without what describes that noun; so are names joined by
        // "and" ("tour firms Brindle and Fairway").
        let names = self.name_list_at_end(words);
        let p = words.len() - names;
        let described = p > 0
            && self.class(words[p - 1]) == Class::Noun
            && !self.tokens[words[p - 1]].capitalized
            && words[..p].iter().all(|&w| {
                !matches!(
                    self.class(w),
                    Class::Prep | Class::Punct | Class::Poss | Class::Coord
                )
            });
        if names > 0 && described {
            let short = format!("{} {verb}", self.join(&words[words.len() - names..]));
            let with_object = self.add_phrases(short.clone(), phrases);
            // Only when the first phrase fits whole: a phrase cut short is no gain.
            // (Or without the words it owes a phrase left out: "from the base [en route]".)
            let whole = phrases.first().is_some_and(|p| {
                holds(&with_object, &self.join(p))
                    || self
                        .owed_end_dropped(p)
                        .is_some_and(|k| !k.is_empty() && holds(&with_object, &self.join(&k)))
            });
            // (A subject and verb past the limit give way to the name even so.)
            let long = full.chars().count() > MAX_CHARS;
            if with_object.chars().count() <= MAX_CHARS && (whole || long) {
                return self.finish(&with_object);
            }
        }
        // No room for the object even after the head: the head and verb, rather than a
        // subject too long for a title.
        match bare_head {
            Some(short) if full.chars().count() > MAX_CHARS => self.finish(&short),
            _ => self.finish(&full),
        }
    }

    /// The acronym in brackets right after the name that `words` are, or that ends them:
    /// "the World Trade Organization (WTO)" → "WTO". None for words besides a
    /// name and its article.
    fn acronym_of(&self, words: &[usize]) -> Option<usize> {
        let (&last, name) = words.split_last()?;
        let (open, name) = if self.word(last) == ")" {
            let open = name.len().checked_sub(2)?;
            (name[open], &name[..open])
        } else {
            (last + 1, words)
        };
        let named = name.last().is_some_and(|&w| self.class(w) == Class::Name)
            && name.iter().all(|&w| {
                self.class(w) == Class::Name
                    || self.tokens[w].is(ARTICLES)
                    || self.word(w) == "of"
                    || self.word(w) == "and"
            });
        (named && name.len() > 1 && is_acronym_in_brackets(self.tokens, open)).then_some(open + 1)
    }

    /// Where the infinitive starts in `verb_words` that open with "is" or "are" and a word of
    /// [`Lex::ScheduleParticiples`]: "are scheduled | to become".
    fn headline_infinitive(&self, verb_words: &[usize]) -> Option<usize> {
        let be = verb_words
            .iter()
            .position(|&w| matches!(self.word(w), "is" | "are" | "'s" | "’s"))?;
        let (&participle, &to) = (verb_words.get(be + 1)?, verb_words.get(be + 2)?);
        (self.tokens[participle].is_lex(Lex::ScheduleParticiples)
            && self.class(to) == Class::To
            && verb_words.len() > be + 3)
            .then_some(be + 2)
    }

    /// The name that ends a subject, after words that only describe it ("The 32% state-owned
    /// DSM"): none when a preposition, a possessive, a comma or a verb comes before it.
    fn name_alone(&self, words: &[usize]) -> Option<Vec<usize>> {
        let names = self.names_at_end(words);
        let p = words.len() - names;
        let described = words[..p].iter().all(|&w| {
            matches!(self.class(w), Class::Det | Class::Noun | Class::Num)
                || (self.class(w) == Class::Punct && self.word(w) == "%")
        });
        (names > 0 && p > 1 && described).then(|| words[p..].to_vec())
    }

    /// The words of a subject before its first preposition, comma or clause opener, past one
    /// inside a name ("Battle of Midway", "Bank of America") when `inside_names` holds.
    pub(super) fn subject_head(
        &self,
        words: &[usize],
        inside_names: bool,
        past_of: bool,
    ) -> Vec<usize> {
        let capital = |w: Option<&usize>| w.is_some_and(|&w| self.tokens[w].capitalized);
        // "A Flying Doctor Service (FDS) aircraft": a bracket is no place to cut.
        let bracketed: Vec<bool> = words
            .iter()
            .scan(0_usize, |open, &w| {
                let inside = *open > 0;
                match self.word(w) {
                    "(" | "[" => *open += 1,
                    ")" | "]" => *open = open.saturating_sub(1),
                    _ => {}
                }
                Some(inside)
            })
            .collect();
        let ends = |n: usize| {
            let w = words[n];
            let inside_name = inside_names
                && capital(n.checked_sub(1).and_then(|p| words.get(p)))
                && capital(words.get(n + 1));
            // "Denmark, Finland and the Netherlands": a list is cut nowhere.
            let in_list =
                self.is_list_comma(w) && words[n..].iter().any(|&k| self.class(k) == Class::Coord);
            // "Tens of thousands of women", "One of the ships": a count is no head alone.
            let count = n > 0
                && self.word(w) == "of"
                && (self.class(words[n - 1]) == Class::Num
                    || self.tokens[words[n - 1]].is_lex(Lex::Partitives)
                    || self.tokens[words[n - 1]].is_lex(Lex::NumberWords));
            let of = (past_of || count) && self.tokens[w].is_lex(Lex::UnbrokenPrepositions);
            n > 0
                && !bracketed[n]
                && (matches!(self.class(w), Class::Prep | Class::Sub | Class::Punct)
                    && !inside_name
                    && !in_list
                    && !of)
        };
        let mut end = (0..words.len()).find(|&n| ends(n)).unwrap_or(words.len());
        if end < words.len() && self.participle_before_cut(words, end) {
            end -= 1;
        }
        let mut head = words[..end].to_vec();
        // "Presidents Ann Smith of Atlantis and Tom Brown of Utopia": names joined, each
        // with a phrase of its own, are all heads ("the leaders of France and Germany" is one).
        let mut cut = end;
        while cut < words.len() && self.class(words[cut]) == Class::Prep {
            let Some(join) = (cut + 1..words.len()).find(|&n| self.class(words[n]) == Class::Coord)
            else {
                break;
            };
            let Some(next) = (join + 1..words.len()).find(|&n| ends(n)) else {
                break;
            };
            let plain = |r: Range<usize>| {
                !r.is_empty() && r.into_iter().all(|n| self.class(words[n]).in_noun_phrase())
            };
            // Names: "a raid by the division and soldiers from the task force" is one raid.
            let named = |n: usize| self.class(words[n - 1]) == Class::Name;
            if self.class(words[next]) != Class::Prep
                || !named(cut)
                || !named(next)
                || !plain(cut + 1..join)
                || !plain(join + 1..next)
            {
                break;
            }
            head.extend_from_slice(&words[join..next]);
            cut = next;
        }
        head
    }

    /// [`Self::without_offices`], copying `words` only when one of them is an office (most
    /// name none).
    pub(super) fn offices_dropped<'w>(&self, words: &'w [usize]) -> Cow<'w, [usize]> {
        if words.iter().any(|&w| self.tokens[w].is(OFFICES)) {
            Cow::Owned(self.without_offices(words))
        } else {
            Cow::Borrowed(words)
        }
    }

    /// The words joined as the text joins them (no space inside "45,000" or "Putin's"). A
    /// leading article stays: "The president resigned", not "President resigned", which
    /// reads as a name.
    pub(super) fn join(&self, words: &[usize]) -> String {
        // The words and a space each: one allocation, not a regrowth every few words.
        let len = |w: &usize| self.tokens[*w].span.len() + 1;
        let mut out = String::with_capacity(words.iter().map(len).sum());
        self.push_joined(&mut out, words);
        out
    }

    /// [`Self::join`] onto the end of `out`.
    pub(super) fn push_joined(&self, out: &mut String, words: &[usize]) {
        let mut prev: Option<usize> = None;
        for (i, &w) in words.iter().enumerate() {
            let span = &self.tokens[w].span;
            // "is 1990 is following": a word the text repeats across a date left out is a
            // slip, written once.
            if prev.is_some_and(|p| self.repeated_across_date(p, w)) {
                continue;
            }
            if prev.is_some_and(|p| self.tokens[p].span.end != span.start) {
                out.push(' ');
            }
            // "to next Friday's council meeting" without its date: "to the council meeting".
            // A piece after the title so far ("described" + "killing") looks at the text
            // before its first word.
            let left_out = match prev {
                Some(p) => self.owner_date_left_out(p, w),
                None => self.owner_before_piece(out, w),
            };
            if left_out {
                out.push_str("the ");
            }
            // "Standard amp Poor": the "&" the wire copy lost, back in the name.
            if self.word(w) == "amp" && self.class(w) == Class::Name {
                out.push('&');
            } else if let Some(an) = self.article_across_date(w, words.get(i + 1).copied()) {
                out.push_str(an);
            } else if w == 0 && !out.is_empty() && self.lowered_article() {
                // "The envoy signed the deal": the sentence's capital goes inside a title.
                out.push_str(self.word(w));
            } else {
                out.push_str(&self.text[span.clone()]);
            }
            prev = Some(w);
        }
    }

    /// `tokens[w]` is the word `tokens[p]` again, with only a date left out between them.
    #[inline(always)]
    fn repeated_across_date(&self, p: usize, w: usize) -> bool {
        w > p + 1
            && self.word(p) == self.word(w)
            && self.tokens[w].is_word()
            && (p + 1..w).all(|k| self.remove[k])
    }

    /// Between the title's words `tokens[p]`, a preposition or a verb, and `tokens[w]`, the
    /// text has a possessive date only, left out: the noun phrase it opened needs an article
    /// ("described the killing", the "-ing" form a noun there).
    // Inlined: asked of each word a title joins, and most are next to the word before.
    #[inline(always)]
    fn owner_date_left_out(&self, p: usize, w: usize) -> bool {
        w > p + 2
            && matches!(self.class(p), Class::Prep | Class::To | Class::Verb)
            && matches!(self.class(w), Class::Noun | Class::Name | Class::Verb)
            && self.class(w - 1) == Class::Poss
            && (p + 1..w).all(|k| self.remove[k] || k == w - 1)
    }

    /// [`Self::owner_date_left_out`] for `tokens[w]`, the first word of a piece pushed onto the
    /// title `out`: the word before the left-out date ends `out`.
    fn owner_before_piece(&self, out: &str, w: usize) -> bool {
        let Some(date) = w.checked_sub(2).filter(|&d| self.remove[d]) else {
            return false;
        };
        (0..date).rev().find(|&k| !self.remove[k]).is_some_and(|p| {
            out.trim_end()
                .ends_with(&self.text[self.tokens[p].span.clone()])
                && self.owner_date_left_out(p, w)
        })
    }

    /// The "'s" that opens `verb_words` as a word of its own, for a subject that is a name put
    /// for a pronoun ("He's expected to meet" → "Annan is expected to meet"): "has" before
    /// "been" or a participle that tells a deed ("he's won"), else "is" ("he's expected").
    fn contraction_spelled(&self, verb_words: &[usize], verb: &str) -> Option<String> {
        let rest = verb
            .strip_prefix("'s")
            .or_else(|| verb.strip_prefix("’s"))?;
        let next = verb_words.get(1).copied();
        let has = next.is_some_and(|k| {
            let w = self.word(k);
            w == "been"
                || (self.class(k) == Class::Verb
                    && is_past_participle(w)
                    && !self.tokens[k].is_lex(Lex::ScheduleParticiples)
                    && !self.tokens[k].is_lex(Lex::BeliefParticiples))
        });
        Some(format!("{}{rest}", if has { "has" } else { "is" }))
    }

    /// "a third-quarter earnings report" without its date: "an earnings report"; "an April 20
    /// rig explosion" without it: "a rig explosion". The article at `tokens[w]` agreed with
    /// the date left out before `tokens[next]`, whose first letter tells the article now: a
    /// vowel (not one of [`Lex::ConsonantVowels`]: "a one-day strike") or a consonant (not "h":
    /// "an hour"); capitals are left alone.
    fn article_across_date(&self, w: usize, next: Option<usize>) -> Option<&'static str> {
        let next = next.filter(|&n| n > w + 1 && matches!(self.word(w), "a" | "an"))?;
        let dropped = (w + 1..next).all(|k| self.skipped(k) || self.introduces_date(k))
            && (w + 1..next).any(|k| self.remove[k]);
        let first = self.word(next).split('-').next()?;
        // Capitals are read letter by letter or as a number ("a II", "an FBI"): left alone.
        let capitals = self.text[self.tokens[next].span.clone()]
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
        if !dropped || capitals {
            return None;
        }
        let capital = self.text[self.tokens[w].span.clone()].starts_with('A');
        if self.word(w) == "a" {
            let vowel = first.starts_with(['a', 'e', 'i', 'o']) && !is(Lex::ConsonantVowels, first);
            return vowel.then_some(if capital { "An" } else { "an" });
        }
        let consonant = first.starts_with(|c: char| c.is_ascii_alphabetic())
            && !first.starts_with(['a', 'e', 'i', 'o', 'u', 'h']);
        consonant.then_some(if capital { "A" } else { "a" })
    }

    /// The sentence opens with an article before a word in lower case ("The deal", not
    /// "The Hague"), which keeps its capital only at the start of a title.
    fn lowered_article(&self) -> bool {
        self.tokens[0].is(ARTICLES)
            && self.class(0) == Class::Det
            && self.tokens.get(1).is_some_and(|t| !t.capitalized)
    }

    /// The length in characters of [`Self::join`] of `words`, without joining them: a title
    /// weighs many phrases and keeps few.
    pub(super) fn width(&self, words: &[usize]) -> usize {
        let mut width = 0;
        let mut prev: Option<usize> = None;
        for &w in words {
            let span = &self.tokens[w].span;
            if prev.is_some_and(|p| self.tokens[p].span.end != span.start) {
                width += 1;
            }
            // Characters are the bytes that continue none.
            let bytes = &self.text.as_bytes()[span.clone()];
            width += bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            prev = Some(w);
        }
        width
    }

    /// Trailing function words go; the first letter is a capital. The words are those of
    /// `title` between single spaces.
    pub(super) fn finish(&self, title: &str) -> String {
        // "... of our campaign .": no punctuation at the end.
        // "is stepping in": the verb's own particle ends the title, as a word of the verb.
        let particle = self
            .particle
            .get()
            .map(|k| &self.text[self.tokens[k].span.clone()]);
        let mut title = title.trim_matches(' ');
        while let Some((rest, w)) = title.rsplit_once(' ')
            && ((is_dangling(w) && particle != Some(w) && !each_after_figure(rest, w))
                || opening_so(rest, w)
                || !w.chars().any(char::is_alphanumeric))
        {
            title = rest.trim_end_matches(' ');
        }
        // "fell to 35378.44.": the full stop after a number ends the sentence, not the title.
        if let Some(number) = title.strip_suffix('.')
            && number.ends_with(|c: char| c.is_ascii_digit())
        {
            title = number;
        }
        let mut chars = title.chars();
        // Room for the title as it is, no more: a huge text keeps a title for each of its
        // dates (a first letter longer in upper case, rare, grows it).
        let mut out = String::with_capacity(title.len());
        match chars.next() {
            Some(c) if c.is_ascii() => out.push(c.to_ascii_uppercase()),
            c => out.extend(c.into_iter().flat_map(char::to_uppercase)),
        }
        let rest = chars.as_str();
        if rest.contains("  ") {
            // Words between several spaces: one space each.
            let mut words = rest.split(' ');
            out.push_str(words.next().unwrap_or_default());
            for w in words.filter(|w| !w.is_empty()) {
                out.push(' ');
                out.push_str(w);
            }
        } else {
            out.push_str(rest);
        }
        out
    }
}

/// "$100 each": "each" after a figure tells what it is for one, no determiner.
fn each_after_figure(before: &str, word: &str) -> bool {
    word.eq_ignore_ascii_case("each") && before.ends_with(|c: char| c.is_ascii_digit())
}

/// "postponed the trip so [she could vote]": a last "so" that opens a clause of purpose or
/// result, or says how much of a word left out; not "so" for a phrase said before ("will
/// remain so", "did so"), after a verb of [`Lex::SoVerbs`].
fn opening_so(before: &str, word: &str) -> bool {
    word.eq_ignore_ascii_case("so")
        && !before
            .rsplit(' ')
            .next()
            .is_some_and(|v| super::super::lookup::entry(&lowercase(v)).is_lex(Lex::SoVerbs))
}

/// A word a title must not end on: an article, a preposition, a conjunction, an auxiliary,
/// the first word of a preposition of two; a particle may ("broke out", "vowed to hunt down").
fn is_dangling(word: &str) -> bool {
    let w = lowercase(word);
    let w = w.trim_end_matches(['\'', '’']);
    // One lookup for the six lists.
    let lists = super::super::lookup::entry(w);
    lists.is(super::super::words::DETERMINERS)
        || (lists.is(super::super::words::PREPOSITIONS) && !lists.is(PARTICLES))
        || lists.is_lex(Lex::Coordinators)
        || lists.is_lex(Lex::Subordinators)
        // "cars built prior [to 1986]": the first word of a preposition of two.
        || lists.is_lex(Lex::PrepositionHeads)
        || w == "to"
}

pub(super) fn is_function_class(c: Class) -> bool {
    matches!(
        c,
        Class::Det | Class::Prep | Class::Coord | Class::Sub | Class::To | Class::Aux
    )
}

/// The words of a name from a sentence before up to its first preposition outside a name:
/// "officials of the Immigration Service" → "officials"; "Bank of America" stays whole.
fn named_head(text: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    (1..words.len().saturating_sub(1))
        .find(|&n| {
            let (_, w) = words[n];
            let preposition =
                super::super::lookup::entry(&lowercase(w)).is(super::super::words::PREPOSITIONS);
            preposition && !(capital(words[n - 1].1) && capital(words[n + 1].1))
        })
        .map(|n| text[..words[n].0].trim_end())
}
