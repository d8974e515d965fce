//! The words of a sentence as byte spans ([`tokens`]), and the word lists that event detection,
//! linking, titles and status read. The lists are data (`data/rules/events.txt`, and the
//! irregular past forms that the tense cues of `data/rules/tense.txt` share), read once, each kept
//! sorted so that lookups are binary searches.

use std::sync::OnceLock;

use super::lookup;
use crate::text::{DataLine, data_lines};

mod lower;
mod shape;
mod tokens;
mod window;

pub use lower::{Lower, lowercase};
pub use shape::Shape;
pub use tokens::{
    Token, TokenKind, doubles, is_dateline_dash, is_lower_word, past_first_word, tokens, undoubled,
};
pub(super) use tokens::{covered, in_range, tokens_in, word_token};
pub(super) use window::Windows;

/// The event word lists, each named by a `[section]` of `data/rules/events.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Articles,
    Determiners,
    Prepositions,
    ClauseOpeners,
    Pronouns,
    Auxiliaries,
    VerbOpeners,
    PrepositionBeforeTo,
    VerbAdverbs,
    PeriodNouns,
    Copulas,
    TimeAdverbs,
    OtherFunctionWords,
    EventNouns,
    NotEvents,
    EventVerbs,
    IrregularPast,
    ParticipleBaseForms,
    NotVerbForms,
    Particles,
    Offices,
    PlanWords,
    PlanBeforeTo,
    ReportWords,
    SayingVerbs,
    ReportVerbs,
    PassiveReportVerbs,
    ClaimNouns,
    OpinionVerbs,
    HedgedModals,
    ComparisonWords,
    FigureWords,
    PeriodEndVerbs,
    StativeVerbs,
    LinkingVerbs,
    ForecastVerbs,
    ResultWords,
    Negations,
    SuppositionWords,
    SpendingVerbs,
    DurationWords,
    ContinuingVerbs,
    AspectProgressives,
    PresentCopulas,
    NegativeDeterminers,
    SeriesWords,
    RemainingVerbs,
    StateBounds,
    Approximators,
    LevelNouns,
    MeasureNouns,
    BeginVerbs,
    EndVerbs,
    MeasureVerbs,
    RelativePronouns,
    ObligationVerbs,
    IntroducingWords,
    FigureNouns,
    MakingParticiples,
    MovementVerbs,
    NamingParticiples,
    ComparisonOpeners,
    TimeZones,
    OccasionPrepositions,
    PossessionVerbs,
    PossessedHappenings,
    SeemingVerbs,
    TimeConjunctions,
    MomentConjunctions,
    DetailingConjunctions,
    ReadinessWords,
    HappeningNames,
    AskingVerbs,
    InfluenceVerbs,
    UnderWayWords,
    QuestionOpeners,
    DoubtWords,
    CertaintyWords,
    ClosingBounds,
    IngAdjectives,
    RecordWords,
    DegreeAfterAs,
    CloseTimeWords,
    PossibilityModals,
    DebtNouns,
    MaturityWords,
    NounTerms,
    OriginWords,
    TopicVerbs,
    NegativeSubjects,
    PossibilityNouns,
    PossibilityAdjectives,
    LikelihoodWords,
    KeepingVerbs,
    AdviceModals,
    NeedVerbs,
    ObligationParticiples,
    StanceVerbs,
    ConditionalConjunctions,
    ConditionalModals,
    EstimateVerbs,
    HabitAdverbs,
    HabitCounts,
    StretchPrepositions,
    OnsetWords,
    AfterStretchPrepositions,
    PendingConjunctions,
    ClaimSubjects,
    SaidClauseOpeners,
    WholeSubjectPronouns,
    AsideRelatives,
    HappeningJoiners,
    HaveForms,
    SceneOpeners,
    PresencePrepositions,
    PeopleNouns,
}

pub const ARTICLES: List = List::Articles;
pub const DETERMINERS: List = List::Determiners;
pub const PREPOSITIONS: List = List::Prepositions;
pub const CLAUSE_OPENERS: List = List::ClauseOpeners;
pub const PRONOUNS: List = List::Pronouns;
pub const AUXILIARIES: List = List::Auxiliaries;
pub const VERB_OPENERS: List = List::VerbOpeners;
pub const PREPOSITION_BEFORE_TO: List = List::PrepositionBeforeTo;
pub const VERB_ADVERBS: List = List::VerbAdverbs;
pub const PERIOD_NOUNS: List = List::PeriodNouns;
pub const COPULAS: List = List::Copulas;
pub const TIME_ADVERBS: List = List::TimeAdverbs;
pub const OTHER_FUNCTION_WORDS: List = List::OtherFunctionWords;
pub const EVENT_NOUNS: List = List::EventNouns;
pub const NOT_EVENTS: List = List::NotEvents;
pub const EVENT_VERBS: List = List::EventVerbs;
pub const IRREGULAR_PAST: List = List::IrregularPast;
pub const PARTICIPLE_BASE_FORMS: List = List::ParticipleBaseForms;
pub const NOT_VERB_FORMS: List = List::NotVerbForms;
pub const PARTICLES: List = List::Particles;
pub const OFFICES: List = List::Offices;
pub const PLAN_WORDS: List = List::PlanWords;
pub const PLAN_BEFORE_TO: List = List::PlanBeforeTo;
pub const REPORT_WORDS: List = List::ReportWords;
pub const SAYING_VERBS: List = List::SayingVerbs;
pub const REPORT_VERBS: List = List::ReportVerbs;
pub const PASSIVE_REPORT_VERBS: List = List::PassiveReportVerbs;
pub const CLAIM_NOUNS: List = List::ClaimNouns;
pub const OPINION_VERBS: List = List::OpinionVerbs;
pub const HEDGED_MODALS: List = List::HedgedModals;
pub const COMPARISON_WORDS: List = List::ComparisonWords;
pub const FIGURE_WORDS: List = List::FigureWords;
pub const PERIOD_END_VERBS: List = List::PeriodEndVerbs;
pub const STATIVE_VERBS: List = List::StativeVerbs;
pub const LINKING_VERBS: List = List::LinkingVerbs;
pub const FORECAST_VERBS: List = List::ForecastVerbs;
pub const RESULT_WORDS: List = List::ResultWords;
pub const NEGATIONS: List = List::Negations;
pub const SUPPOSITION_WORDS: List = List::SuppositionWords;
pub const SPENDING_VERBS: List = List::SpendingVerbs;
pub const DURATION_WORDS: List = List::DurationWords;
pub const CONTINUING_VERBS: List = List::ContinuingVerbs;
pub const ASPECT_PROGRESSIVES: List = List::AspectProgressives;
pub const PRESENT_COPULAS: List = List::PresentCopulas;
pub const NEGATIVE_DETERMINERS: List = List::NegativeDeterminers;
pub const SERIES_WORDS: List = List::SeriesWords;
pub const REMAINING_VERBS: List = List::RemainingVerbs;
pub const STATE_BOUNDS: List = List::StateBounds;
pub const APPROXIMATORS: List = List::Approximators;
pub const LEVEL_NOUNS: List = List::LevelNouns;
pub const MEASURE_NOUNS: List = List::MeasureNouns;
pub const BEGIN_VERBS: List = List::BeginVerbs;
pub const END_VERBS: List = List::EndVerbs;
pub const MEASURE_VERBS: List = List::MeasureVerbs;
pub const RELATIVE_PRONOUNS: List = List::RelativePronouns;
pub const OBLIGATION_VERBS: List = List::ObligationVerbs;
pub const INTRODUCING_WORDS: List = List::IntroducingWords;
pub const FIGURE_NOUNS: List = List::FigureNouns;
pub const MAKING_PARTICIPLES: List = List::MakingParticiples;
pub const MOVEMENT_VERBS: List = List::MovementVerbs;
pub const NAMING_PARTICIPLES: List = List::NamingParticiples;
pub const COMPARISON_OPENERS: List = List::ComparisonOpeners;
pub const TIME_ZONES: List = List::TimeZones;
pub const OCCASION_PREPOSITIONS: List = List::OccasionPrepositions;
pub const POSSESSION_VERBS: List = List::PossessionVerbs;
pub const POSSESSED_HAPPENINGS: List = List::PossessedHappenings;
pub const SEEMING_VERBS: List = List::SeemingVerbs;
pub const TIME_CONJUNCTIONS: List = List::TimeConjunctions;
pub const MOMENT_CONJUNCTIONS: List = List::MomentConjunctions;
pub const DETAILING_CONJUNCTIONS: List = List::DetailingConjunctions;
pub const READINESS_WORDS: List = List::ReadinessWords;
pub const HAPPENING_NAMES: List = List::HappeningNames;
pub const ASKING_VERBS: List = List::AskingVerbs;
pub const INFLUENCE_VERBS: List = List::InfluenceVerbs;
pub const UNDER_WAY_WORDS: List = List::UnderWayWords;
pub const QUESTION_OPENERS: List = List::QuestionOpeners;
pub const DOUBT_WORDS: List = List::DoubtWords;
pub const CERTAINTY_WORDS: List = List::CertaintyWords;
pub const CLOSING_BOUNDS: List = List::ClosingBounds;
pub const ING_ADJECTIVES: List = List::IngAdjectives;
pub const RECORD_WORDS: List = List::RecordWords;
pub const DEGREE_AFTER_AS: List = List::DegreeAfterAs;
pub const CLOSE_TIME_WORDS: List = List::CloseTimeWords;
pub const POSSIBILITY_MODALS: List = List::PossibilityModals;
pub const DEBT_NOUNS: List = List::DebtNouns;
pub const MATURITY_WORDS: List = List::MaturityWords;
pub const NOUN_TERMS: List = List::NounTerms;
pub const ORIGIN_WORDS: List = List::OriginWords;
pub const TOPIC_VERBS: List = List::TopicVerbs;
pub const NEGATIVE_SUBJECTS: List = List::NegativeSubjects;
pub const POSSIBILITY_NOUNS: List = List::PossibilityNouns;
pub const POSSIBILITY_ADJECTIVES: List = List::PossibilityAdjectives;
pub const LIKELIHOOD_WORDS: List = List::LikelihoodWords;
pub const KEEPING_VERBS: List = List::KeepingVerbs;
pub const PENDING_CONJUNCTIONS: List = List::PendingConjunctions;
pub const CLAIM_SUBJECTS: List = List::ClaimSubjects;
pub const SAID_CLAUSE_OPENERS: List = List::SaidClauseOpeners;
pub const ADVICE_MODALS: List = List::AdviceModals;
pub const NEED_VERBS: List = List::NeedVerbs;
pub const OBLIGATION_PARTICIPLES: List = List::ObligationParticiples;
pub const STANCE_VERBS: List = List::StanceVerbs;
pub const CONDITIONAL_CONJUNCTIONS: List = List::ConditionalConjunctions;
pub const CONDITIONAL_MODALS: List = List::ConditionalModals;
pub const ESTIMATE_VERBS: List = List::EstimateVerbs;
pub const HABIT_ADVERBS: List = List::HabitAdverbs;
pub const HABIT_COUNTS: List = List::HabitCounts;
pub const STRETCH_PREPOSITIONS: List = List::StretchPrepositions;
pub const ONSET_WORDS: List = List::OnsetWords;
pub const AFTER_STRETCH_PREPOSITIONS: List = List::AfterStretchPrepositions;
pub const WHOLE_SUBJECT_PRONOUNS: List = List::WholeSubjectPronouns;
pub const ASIDE_RELATIVES: List = List::AsideRelatives;
pub const HAPPENING_JOINERS: List = List::HappeningJoiners;
pub const HAVE_FORMS: List = List::HaveForms;
pub const SCENE_OPENERS: List = List::SceneOpeners;
pub const PRESENCE_PREPOSITIONS: List = List::PresencePrepositions;
pub const PEOPLE_NOUNS: List = List::PeopleNouns;

const EVENT_WORDS: &str = include_str!("../../data/rules/events.txt");
/// The tense cues, whose `[past_irregular]` section lists irregular past forms for both.
const TENSE_CUES: &str = include_str!("../../data/rules/tense.txt");

/// The lists read from the data, by [`List`], each sorted.
#[derive(Debug, Default)]
pub struct Words {
    lists: Vec<Vec<&'static str>>,
    same_kind: Vec<Vec<&'static str>>,
}

impl List {
    pub(super) const COUNT: usize = List::PeopleNouns as usize + 1;

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "articles" => List::Articles,
            "determiners" => List::Determiners,
            "prepositions" => List::Prepositions,
            "clause_openers" => List::ClauseOpeners,
            "pronouns" => List::Pronouns,
            "auxiliaries" => List::Auxiliaries,
            "verb_openers" => List::VerbOpeners,
            "preposition_before_to" => List::PrepositionBeforeTo,
            "verb_adverbs" => List::VerbAdverbs,
            "period_nouns" => List::PeriodNouns,
            "copulas" => List::Copulas,
            "time_adverbs" => List::TimeAdverbs,
            "other_function_words" => List::OtherFunctionWords,
            "event_nouns" => List::EventNouns,
            "not_events" => List::NotEvents,
            "event_verbs" => List::EventVerbs,
            "irregular_past" => List::IrregularPast,
            "participle_base_forms" => List::ParticipleBaseForms,
            "not_verb_forms" => List::NotVerbForms,
            "particles" => List::Particles,
            "offices" => List::Offices,
            "plan_words" => List::PlanWords,
            "plan_before_to" => List::PlanBeforeTo,
            "report_words" => List::ReportWords,
            "saying_verbs" => List::SayingVerbs,
            "report_verbs" => List::ReportVerbs,
            "passive_report_verbs" => List::PassiveReportVerbs,
            "claim_nouns" => List::ClaimNouns,
            "opinion_verbs" => List::OpinionVerbs,
            "hedged_modals" => List::HedgedModals,
            "comparison_words" => List::ComparisonWords,
            "figure_words" => List::FigureWords,
            "period_end_verbs" => List::PeriodEndVerbs,
            "stative_verbs" => List::StativeVerbs,
            "linking_verbs" => List::LinkingVerbs,
            "forecast_verbs" => List::ForecastVerbs,
            "result_words" => List::ResultWords,
            "negations" => List::Negations,
            "supposition_words" => List::SuppositionWords,
            "spending_verbs" => List::SpendingVerbs,
            "duration_words" => List::DurationWords,
            "continuing_verbs" => List::ContinuingVerbs,
            "aspect_progressives" => List::AspectProgressives,
            "present_copulas" => List::PresentCopulas,
            "negative_determiners" => List::NegativeDeterminers,
            "series_words" => List::SeriesWords,
            "remaining_verbs" => List::RemainingVerbs,
            "state_bounds" => List::StateBounds,
            "approximators" => List::Approximators,
            "level_nouns" => List::LevelNouns,
            "measure_nouns" => List::MeasureNouns,
            "begin_verbs" => List::BeginVerbs,
            "end_verbs" => List::EndVerbs,
            "measure_verbs" => List::MeasureVerbs,
            "relative_pronouns" => List::RelativePronouns,
            "obligation_verbs" => List::ObligationVerbs,
            "introducing_words" => List::IntroducingWords,
            "figure_nouns" => List::FigureNouns,
            "making_participles" => List::MakingParticiples,
            "movement_verbs" => List::MovementVerbs,
            "naming_participles" => List::NamingParticiples,
            "comparison_openers" => List::ComparisonOpeners,
            "time_zones" => List::TimeZones,
            "occasion_prepositions" => List::OccasionPrepositions,
            "possession_verbs" => List::PossessionVerbs,
            "possessed_happenings" => List::PossessedHappenings,
            "seeming_verbs" => List::SeemingVerbs,
            "time_conjunctions" => List::TimeConjunctions,
            "moment_conjunctions" => List::MomentConjunctions,
            "detailing_conjunctions" => List::DetailingConjunctions,
            "readiness_words" => List::ReadinessWords,
            "happening_names" => List::HappeningNames,
            "asking_verbs" => List::AskingVerbs,
            "influence_verbs" => List::InfluenceVerbs,
            "under_way_words" => List::UnderWayWords,
            "question_openers" => List::QuestionOpeners,
            "doubt_words" => List::DoubtWords,
            "certainty_words" => List::CertaintyWords,
            "closing_bounds" => List::ClosingBounds,
            "ing_adjectives" => List::IngAdjectives,
            "record_words" => List::RecordWords,
            "degree_after_as" => List::DegreeAfterAs,
            "close_time_words" => List::CloseTimeWords,
            "possibility_modals" => List::PossibilityModals,
            "debt_nouns" => List::DebtNouns,
            "maturity_words" => List::MaturityWords,
            "noun_terms" => List::NounTerms,
            "origin_words" => List::OriginWords,
            "topic_verbs" => List::TopicVerbs,
            "negative_subjects" => List::NegativeSubjects,
            "possibility_nouns" => List::PossibilityNouns,
            "possibility_adjectives" => List::PossibilityAdjectives,
            "likelihood_words" => List::LikelihoodWords,
            "keeping_verbs" => List::KeepingVerbs,
            "pending_conjunctions" => List::PendingConjunctions,
            "claim_subjects" => List::ClaimSubjects,
            "said_clause_openers" => List::SaidClauseOpeners,
            "advice_modals" => List::AdviceModals,
            "need_verbs" => List::NeedVerbs,
            "obligation_participles" => List::ObligationParticiples,
            "stance_verbs" => List::StanceVerbs,
            "conditional_conjunctions" => List::ConditionalConjunctions,
            "conditional_modals" => List::ConditionalModals,
            "estimate_verbs" => List::EstimateVerbs,
            "habit_adverbs" => List::HabitAdverbs,
            "habit_counts" => List::HabitCounts,
            "stretch_prepositions" => List::StretchPrepositions,
            "onset_words" => List::OnsetWords,
            "after_stretch_prepositions" => List::AfterStretchPrepositions,
            "whole_subject_pronouns" => List::WholeSubjectPronouns,
            "aside_relatives" => List::AsideRelatives,
            "happening_joiners" => List::HappeningJoiners,
            "have_forms" => List::HaveForms,
            "scene_openers" => List::SceneOpeners,
            "presence_prepositions" => List::PresencePrepositions,
            "people_nouns" => List::PeopleNouns,
            _ => return None,
        })
    }
}

/// The word lists, read from the data on first use.
///
/// # Panics
/// If the bundled data is malformed, which the tests rule out.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Words::parse(EVENT_WORDS).unwrap_or_else(|e| panic!("events.txt: {e}"));
        words.add_shared_past(TENSE_CUES);
        words
    })
}

impl Words {
    /// Reads `[list]` sections of comma-separated words, `[same_kind]` groups one per line,
    /// and stops at `[examples]`.
    fn parse(source: &'static str) -> Result<Self, String> {
        let mut words = Self {
            lists: vec![Vec::new(); List::COUNT],
            same_kind: Vec::new(),
        };
        // `None` in `[same_kind]`.
        let mut section: Option<Option<List>> = None;
        for (number, line) in data_lines(source) {
            let line = match line {
                DataLine::Section(name) => {
                    section = Some(match name {
                        "same_kind" => None,
                        "examples" => break,
                        _ => Some(
                            List::from_name(name)
                                .ok_or_else(|| format!("line {number}: unknown list [{name}]"))?,
                        ),
                    });
                    continue;
                }
                DataLine::Entries(line) => line,
            };
            let section =
                section.ok_or_else(|| format!("line {number}: words before any [list]"))?;
            let entries: Vec<&'static str> = line
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect();
            if let Some(bad) = entries
                .iter()
                .find(|w| !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\''))
            {
                return Err(format!(
                    "line {number}: {bad:?} must be one lower-case word"
                ));
            }
            match section {
                Some(list) => words.lists[list as usize].extend(entries),
                None => words.same_kind.push(entries),
            }
        }
        for list in words.lists.iter_mut().chain(&mut words.same_kind) {
            list.sort_unstable();
        }
        Ok(words)
    }

    /// Adds the `[past_irregular]` forms of the tense cues to [`IRREGULAR_PAST`]: one list of
    /// irregular past forms for the tagger and the extractor.
    fn add_shared_past(&mut self, tense_cues: &'static str) {
        let section = tense_cues
            .split_once("[past_irregular]")
            .map_or("", |(_, rest)| {
                rest.split_once("\n[").map_or(rest, |(s, _)| s)
            });
        let past = &mut self.lists[IRREGULAR_PAST as usize];
        past.extend(
            section
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(|l| l.split(','))
                .map(str::trim)
                .filter(|w| !w.is_empty()),
        );
        past.sort_unstable();
    }

    /// The words of each list, by [`List`], each sorted.
    #[must_use]
    pub fn lists(&self) -> &[Vec<&'static str>] {
        &self.lists
    }

    /// The groups of event nouns that name the same kind of happening, each sorted.
    #[must_use]
    pub fn same_kind(&self) -> &[Vec<&'static str>] {
        &self.same_kind
    }
}

/// Whether `tokens[i]` is a quotation mark, and if so whether it opens a quotation. The
/// curly and doubled marks say which they are; a straight one opens when it is joined to the
/// word after it and not to the one before, closes the other way round, and otherwise
/// closes the quotation that is open (`inside`: a quotation is open, read from the left).
// Inlined, a word answers at once: asked of every token of a sentence, most of them words.
#[inline]
pub(super) fn quotation_mark(tokens: &[Token], i: usize, inside: bool) -> Option<bool> {
    if tokens[i].is_word() {
        return None;
    }
    mark_quotation(tokens, i, inside)
}

/// [`quotation_mark`] of a token that is no word.
fn mark_quotation(tokens: &[Token], i: usize, inside: bool) -> Option<bool> {
    let t = &tokens[i];
    match t.lower.as_str() {
        "``" | "`" | "\u{201c}" => Some(true),
        "''" | "\u{201d}" => Some(false),
        // Two apostrophes close: "''".
        "'" => doubled(tokens, i).then_some(false),
        "\"" => {
            let before = i > 0 && tokens[i - 1].span.end == t.span.start;
            let after = tokens
                .get(i + 1)
                .is_some_and(|n| n.span.start == t.span.end);
            Some(match (before, after) {
                (false, true) => true,
                (true, false) => false,
                _ => !inside,
            })
        }
        _ => None,
    }
}

/// `tokens[i]`, an apostrophe, touches another one.
fn doubled(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let apostrophe = |k: usize| tokens[k].lower == "'";
    (i > 0 && apostrophe(i - 1) && tokens[i - 1].span.end == t.span.start)
        || tokens
            .get(i + 1)
            .is_some_and(|n| apostrophe(i + 1) && n.span.start == t.span.end)
}

/// `word` is in `list`.
#[must_use]
pub fn is_in(list: List, word: &str) -> bool {
    lookup::entry(word).is(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read_and_has_no_repeats() {
        let words = Words::parse(EVENT_WORDS).expect("events.txt reads");
        for (n, list) in words.lists.iter().enumerate() {
            assert!(!list.is_empty(), "list {n} is empty");
            assert!(list.windows(2).all(|p| p[0] < p[1]), "list {n}: {list:?}");
        }
        assert!(words.same_kind.iter().all(|g| g.len() > 1));
        // The shared past forms are written once: in tense.txt or in events.txt, not both.
        let mut shared = Words {
            lists: vec![Vec::new(); List::COUNT],
            ..Words::default()
        };
        shared.add_shared_past(TENSE_CUES);
        let shared = &shared.lists[IRREGULAR_PAST as usize];
        assert!(shared.len() > 50, "only {} shared past forms", shared.len());
        for w in shared {
            assert!(
                !words.lists[IRREGULAR_PAST as usize].contains(w),
                "{w} is in both files"
            );
        }
    }

    #[test]
    fn malformed_lists_say_where() {
        assert_eq!(
            Words::parse("[verbs]\nsay\n").unwrap_err(),
            "line 1: unknown list [verbs]"
        );
        assert_eq!(
            Words::parse("say\n").unwrap_err(),
            "line 1: words before any [list]"
        );
        assert_eq!(
            Words::parse("[articles]\nThe, a\n").unwrap_err(),
            "line 2: \"The\" must be one lower-case word"
        );
    }
}
