//! Claims told as facts: a title drops the frame of a verb of saying for a reported fact
//! ("Police said the car was found" is "The car was found"), but what was said that is a
//! view, a judgment or a forecast keeps its source, or the chart asserts it: "A bank report
//! claims the economy is strong enough to grow", "Norland said Westland had every right to act". A
//! claim is what a verb of opinion reports (titles.txt [claim_verbs], events.txt
//! [opinion_verbs], [forecast_verbs]), what a modal makes a possibility or a duty
//! ([claim_modals]), or what a word judges ([judgment_words]).

use std::ops::Range;

use super::super::words::COPULAS;
use super::subject::Subject;
use super::{ARTICLES, Class, Form, Lex, MAX_CHARS, REACH, Titles, lowercase_first};

/// How many words from the verb of what was said a judgment is looked for in: the verb group
/// and its object ("had every right", "is strong enough").
const JUDGED_REACH: usize = 8;

/// A clause told before ", X said": its subject, its verb group and the group's words a title
/// keeps, the phrases after it, and whether it was a quote.
pub(super) struct Said {
    pub(super) subject: Option<Subject>,
    pub(super) group: Range<usize>,
    pub(super) verb: Vec<usize>,
    pub(super) phrases: Vec<Vec<usize>>,
    pub(super) quoted: bool,
}

impl Titles<'_> {
    /// What the verb of saying at `tokens[saying]` reports at `group` (its subject `subject`,
    /// the phrases after it `phrases`) is a claim: the verb is one of opinion or forecast, or
    /// the group opens with a modal of possibility or duty, or a word judges in the group or
    /// its object. A modal or a judgment of the speaker's own (`subject` a pronoun or
    /// `resolved` to the speaker) makes none: "said it could resign", "he accepts the need"
    /// name their source; nor does a verb of opinion before such a modal, unless a verb
    /// hedges the saying ("appeared to confirm he would stay").
    pub(super) fn told_claim(
        &self,
        saying: Option<usize>,
        group: &Range<usize>,
        subject: &Subject,
        phrases: &[Vec<usize>],
        resolved: bool,
    ) -> bool {
        let view = saying.is_some_and(|v| {
            let t = &self.tokens[v];
            t.is_lex(Lex::ClaimVerbs) || t.has(Form::OpinionVerb) || t.has(Form::ForecastVerb)
        });
        // "appeared to confirm": the saying itself is hedged.
        let hedged = saying.is_some_and(|v| {
            let group = self.verb_group_around(v);
            (group.start.saturating_sub(2)..group.end)
                .any(|k| self.tokens[k].is_lex(Lex::SeemingVerbs))
        });
        let of_speaker = resolved
            || match subject {
                Subject::Named(_) => true,
                Subject::Words(w) => w.iter().any(|&k| self.class(k) == Class::Pron),
            };
        let opener = group.clone().find(|&k| !self.skipped(k));
        // "Gates predicted he would expect to see": the speaker's own hedged words name them.
        if of_speaker && !hedged && opener.is_some_and(|k| self.tokens[k].is_lex(Lex::Modals)) {
            return false;
        }
        let modal = opener.is_some_and(|k| self.tokens[k].is_lex(Lex::ClaimModals));
        let judged = || {
            group
                .clone()
                .chain(phrases.iter().take(2).flatten().copied())
                .take(JUDGED_REACH)
                .any(|k| self.tokens[k].is_lex(Lex::JudgmentWords) && self.class(k) != Class::Name)
        };
        view || hedged || !of_speaker && (modal || judged())
    }

    /// The title of the claim `before` told before its speaker `speaker` and the verb group of
    /// saying `saying` ("Westland had every right to act, Norland has said"): the source
    /// first, "Norland said Westland had every right to act". None when what was said is no
    /// claim.
    pub(super) fn claim_before(
        &self,
        before: &Said,
        speaker: Option<&Subject>,
        saying: &[usize],
    ) -> Option<String> {
        let (speaker, subject) = (speaker?, before.subject.as_ref()?);
        if !self.told_claim(
            saying.last().copied(),
            &before.group,
            subject,
            &before.phrases,
            false,
        ) {
            return None;
        }
        self.claim_title(speaker, saying, subject, &before.verb, &before.phrases)
    }

    /// The title of the clause at `group` (its subject `subject`, verb words `verb`, phrases
    /// `phrases`) as a claim of the source that frames it: the subject and verb of saying
    /// right before it ("A bank report claims | the economy is strong enough") or after its
    /// comma ("Westland had every right to act, | Norland said"). None when no such frame
    /// holds the clause or what it says is no claim.
    pub(super) fn framed_claim(
        &self,
        group: &Range<usize>,
        subject: Option<&Subject>,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        // "appeared to confirm he would stay": with its source named, a pronoun as written.
        let words = match subject? {
            Subject::Words(words) => words.clone(),
            Subject::Named(_) => vec![
                self.left_past_skipped(group.start)
                    .filter(|&k| self.class(k) == Class::Pron)?,
            ],
        };
        let start = *words.first()?;
        if start > group.start {
            return None;
        }
        let subject = Subject::Words(words);
        let saying = self
            .frame_before(start)
            .or_else(|| self.frame_past_addressee(start))
            .or_else(|| self.frame_after(group))?;
        let speaker = self.subject_of(saying.start, 1)?;
        let said = saying
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)?;
        if !self.says(said) || !self.told_claim(Some(said), group, &subject, phrases, false) {
            return None;
        }
        // "told a gala audience": with the one told.
        let words = self.saying_words(saying.end, start.max(saying.end));
        self.claim_title(&speaker, &words, &subject, verb, phrases)
    }

    /// The verb group of saying that ends right before `tokens[start]` or its "that": "claims
    /// (that)".
    fn frame_before(&self, start: usize) -> Option<Range<usize>> {
        let mut b = self.left_past_skipped(start)?;
        // "was told on Friday, the ship would": a comma right after the date of the saying
        // closes the date, not the frame.
        if self.word(b) == "," && b > 0 && self.remove[b - 1] {
            b = self.left_past_skipped(b)?;
        }
        if self.word(b) == "that" && self.class(b) == Class::Sub {
            b = self.left_past_skipped(b)?;
        }
        (self.class(b) == Class::Verb && self.says(b)).then(|| self.verb_group_around(b))
    }

    /// The verb group of saying after the comma that ends the clause at `group`, whose clause
    /// before the comma is that one: "..., Norland's envoy said".
    fn frame_after(&self, group: &Range<usize>) -> Option<Range<usize>> {
        let n = self.tokens.len();
        let comma = (group.end..n.min(group.end + REACH))
            .find(|&k| matches!(self.class(k), Class::Punct | Class::Sub))
            .filter(|&k| self.word(k) == ",")?;
        // "..., which Lane suggests makes sense": a relative clause's saying frames its own
        // clause, not the one before the comma.
        let said = (comma + 1..n.min(comma + 8))
            .find(|&k| matches!(self.class(k), Class::Verb | Class::Punct | Class::Sub))
            .filter(|&k| self.class(k) == Class::Verb && self.says(k))?;
        let saying = self.verb_group_around(said);
        let speaker = match self.subject_of(saying.start, 1)? {
            Subject::Words(words) => *words.first()?,
            Subject::Named(_) => return None,
        };
        let before = self.said_clause_before(speaker.min(saying.start))?;
        // "When the king visited Rome, the minister claimed ...": a clause opened by a
        // subordinator or a preposition of time sets the scene; it is not what was claimed.
        let first = match &before.subject {
            Some(Subject::Words(words)) => words.first().copied(),
            _ => None,
        };
        let scene = self.opens_adverbial_clause(first.unwrap_or(group.start));
        (before.group == *group && !before.quoted && !scene).then_some(saying)
    }

    /// Whether the clause whose subject opens at `tokens[start]` is itself opened by a
    /// subordinator or a preposition that may open a clause ("When", "After") at the start of
    /// its sentence.
    fn opens_adverbial_clause(&self, start: usize) -> bool {
        self.left_past_skipped(start).is_some_and(|b| {
            let t = &self.tokens[b];
            (b == 0 || self.quote_mark(b - 1))
                && match self.class(b) {
                    Class::Sub => t.is_lex(Lex::PreposedSubordinators),
                    Class::Prep => t.is_lex(Lex::OpeningClausePrepositions),
                    _ => false,
                }
        })
    }

    /// The words of a verb of saying ending before `tokens[from]` and of the one told up to
    /// `tokens[start]`, the first word of what was said: "told reporters".
    pub(super) fn saying_words(&self, from: usize, start: usize) -> Vec<usize> {
        let kept = |k: usize| {
            !(self.skipped(k) || self.introduces_date(k) || self.quote_mark(k))
                && self.class(k) != Class::Punct
        };
        let Some(last) = from.checked_sub(1) else {
            return Vec::new();
        };
        let mut words: Vec<usize> = self.verb_group_around(last).filter(|&k| kept(k)).collect();
        words.extend((from..start).filter(|&k| kept(k) && self.word(k) != "that"));
        words
    }

    /// The title of a claim: the speaker `speaker` (its head, or its article and noun, or a
    /// noun after names alone, when the whole leaves no room), the words of saying `saying`
    /// ("has said" told as "said"), then what was said (`subject`, `verb`, `phrases`), its
    /// phrases cut to fit [`MAX_CHARS`]: "A bank report claims the economy is strong enough to
    /// grow". None when the claim is cut on an auxiliary or a word that needs what follows it.
    /// None for a speaker that is a bare pronoun ("He said" tells nobody) or follows a
    /// preposition (no subject: "officials in Leeds said"), for a saying after a preposition
    /// or a determiner (a noun: "responding to claims"), for a passive saying ("it was hoped"
    /// tells no source), or when no room is left for the first phrase.
    pub(super) fn claim_title(
        &self,
        speaker: &Subject,
        saying: &[usize],
        subject: &Subject,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        // "A study suggests the costs of a shrinking workforce have been overstated": with no
        // room for the whole, the reported subject gives up its modifiers (its phrases from
        // the last) before the claim gives up its source, which makes it a claim.
        self.claim_with(speaker, saying, subject, verb, phrases)
            .or_else(|| {
                // Only for the whole first phrase: "said the pupils might have come" is cut.
                self.reported_heads(subject)
                    .find_map(|head| self.claim_with(speaker, saying, &head, verb, phrases))
                    .filter(|t| phrases.first().is_none_or(|p| self.holds_whole(t, p)))
            })
    }

    /// [`Self::claim_title`] with the reported subject as given.
    fn claim_with(
        &self,
        speaker: &Subject,
        saying: &[usize],
        subject: &Subject,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        let passive = saying.iter().any(|&k| self.tokens[k].is(COPULAS))
            && !saying
                .iter()
                .rfind(|&&k| self.class(k) == Class::Verb)
                .is_some_and(|&k| self.word(k).ends_with("ing"));
        let saying = match saying {
            [has, rest @ ..] if !rest.is_empty() && matches!(self.word(*has), "has" | "have") => {
                rest
            }
            _ => saying,
        };
        // "responding to claims he failed": after a preposition or a determiner, or in "-s"
        // after "to" (no infinitive), the verb of saying is a noun.
        let said = *saying.iter().rfind(|&&k| self.class(k) == Class::Verb)?;
        let noun = self
            .left_past_skipped(said)
            .is_some_and(|b| match self.class(b) {
                Class::Prep | Class::Det | Class::Poss => true,
                Class::To => self.word(said).ends_with('s'),
                _ => false,
            });
        if noun {
            return None;
        }
        let Subject::Words(words) = speaker else {
            return (!passive)
                .then(|| self.claim_by(speaker, saying, subject, verb, phrases))
                .flatten();
        };
        let first = words.first()?;
        let after_preposition = self
            .left_past_skipped(*first)
            .is_some_and(|b| self.class(b) == Class::Prep);
        if passive || after_preposition || (words.len() == 1 && self.class(*first) == Class::Pron) {
            return None;
        }
        let whole = self.claim_by(speaker, saying, subject, verb, phrases);
        if whole
            .as_ref()
            .is_some_and(|t| phrases.iter().all(|p| self.holds_whole(t, p)))
        {
            return whole;
        }
        let head = self.subject_head(words, true, false);
        let head = match head[..] {
            [] => return None,
            // "The new 90-page study": "The study".
            [article, .., noun]
                if self.tokens[article].is(ARTICLES)
                    && self.class(noun) == Class::Noun
                    && self.article_fits(article, noun) =>
            {
                vec![article, noun]
            }
            // "New South Wales firefighters": "Firefighters".
            [first, .., noun]
                if self.class(noun) == Class::Noun
                    && head[..head.len() - 1]
                        .iter()
                        .all(|&k| self.class(k) == Class::Name)
                    && !self.tokens[first].is(ARTICLES) =>
            {
                vec![noun]
            }
            _ => head,
        };
        let short = (head.len() < words.len())
            .then(|| self.claim_by(&Subject::Words(head), saying, subject, verb, phrases))
            .flatten();
        match (whole, short) {
            (Some(whole), Some(short))
                if self.phrases_kept(&short, phrases) <= self.phrases_kept(&whole, phrases) =>
            {
                Some(whole)
            }
            (whole, short) => short.or(whole),
        }
    }

    /// The reported subject cut before each of its phrases, longest first, down to its head:
    /// "the costs of a workforce in Leeds", "the costs of a workforce", "the costs". None for a
    /// name or a subject that is its head.
    fn reported_heads(&self, subject: &Subject) -> impl Iterator<Item = Subject> {
        let words: &[usize] = match subject {
            Subject::Words(words) => words,
            Subject::Named(_) => &[],
        };
        let shortest = self.subject_head(words, true, false).len();
        (shortest.max(1)..words.len())
            .rev()
            .filter(move |&n| {
                // Not inside a name: "the Gulf of Mexico well".
                let named = self.tokens[words[n - 1]].capitalized
                    && words
                        .get(n + 1)
                        .is_some_and(|&k| self.tokens[k].capitalized);
                n == shortest
                    || self.class(words[n]) == Class::Prep
                        && matches!(self.class(words[n - 1]), Class::Noun | Class::Name)
                        && !named
            })
            .map(move |n| Subject::Words(words[..n].to_vec()))
    }

    /// The article at `tokens[article]` may stand right before `tokens[noun]`: "the", or "a"
    /// before a consonant letter and "an" before a vowel ("An Iraqi doctor" is no "An
    /// doctor").
    fn article_fits(&self, article: usize, noun: usize) -> bool {
        let vowel = self.word(noun).starts_with(['a', 'e', 'i', 'o', 'u']);
        match self.word(article) {
            "a" => !vowel,
            "an" => vowel,
            _ => true,
        }
    }

    /// [`Self::claim_title`] with the speaker as given. A reported subject's article goes
    /// when that keeps more of the phrases.
    fn claim_by(
        &self,
        speaker: &Subject,
        saying: &[usize],
        subject: &Subject,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        let full = self.claim_as_is(speaker, saying, subject, verb, phrases)?;
        if let Subject::Words(words) = subject
            && let [article, rest @ ..] = &words[..]
            && !rest.is_empty()
            && self.tokens[*article].is(ARTICLES)
            && phrases.iter().any(|p| !self.holds_whole(&full, p))
            && let Some(short) = self.claim_as_is(
                speaker,
                saying,
                &Subject::Words(rest.to_vec()),
                verb,
                phrases,
            )
            && self.phrases_kept(&short, phrases) > self.phrases_kept(&full, phrases)
        {
            return Some(short);
        }
        Some(full)
    }

    /// [`Self::claim_by`] with the reported subject as given.
    fn claim_as_is(
        &self,
        speaker: &Subject,
        saying: &[usize],
        subject: &Subject,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        // "said the United States had": a name keeps its capitals, an article does not.
        let named = match subject {
            Subject::Named(name) => !name.opens_with_article(),
            Subject::Words(w) => w
                .first()
                .is_some_and(|&k| self.class(k) == Class::Name && !self.tokens[k].is(ARTICLES)),
        };
        let mut report = self.render_subject(Some(subject));
        report.push_str(&self.verb_told(verb, Some(subject)));
        let mut title = self.render_subject(Some(speaker));
        title.push_str(&self.join(saying));
        title.push(' ');
        title.push_str(&lowercase_first(&report, named));
        if title.chars().count() > MAX_CHARS {
            return None;
        }
        let full = self.add_phrases(title.clone(), phrases);
        // Only a preposition's phrase may go whole: "the economy is" needs what it is, and
        // "guards will be" needs where they will be.
        let bare = verb
            .last()
            .is_some_and(|&k| self.class(k) == Class::Aux || self.tokens[k].is(COPULAS));
        let whole = !bare
            && phrases
                .first()
                .is_none_or(|p| self.class(p[0]) == Class::Prep);
        let longer = full.len() > title.len();
        let full = self.finish(&full);
        ((whole || longer) && !unfinished(&full)).then_some(full)
    }
}

/// A claim's title that ends on an auxiliary ("the economy will be") or on a word whose
/// meaning needs the words after it ("is strong enough", `[complement_words]`) tells nothing
/// of what was claimed.
fn unfinished(title: &str) -> bool {
    title.rsplit_once(' ').is_some_and(|(_, last)| {
        let entry = super::super::lookup::entry(&super::lowercase(last));
        entry.is(super::super::words::AUXILIARIES) || entry.is_lex(Lex::ComplementWords)
    })
}
