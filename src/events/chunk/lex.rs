//! The closed-class word lists a title reads, each a `[section]` of `data/rules/titles.txt`,
//! and the parser that reads them.

use std::sync::OnceLock;

use super::super::lookup;
use crate::text::{DataLine, data_lines, section_entries};

/// The title word lists, each named by a `[section]` of `data/rules/titles.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    Coordinators,
    Subordinators,
    Relatives,
    ResolvablePronouns,
    NumberWords,
    Negations,
    UnbrokenPrepositions,
    SayVerbs,
    Partitives,
    TimePrepositions,
    TimeAdverbs,
    LinkingAdverbs,
    Verbs,
    ParticiplePrepositions,
    LyNouns,
    DegreeWords,
    CompoundPrepositions,
    ContentNouns,
    OrganizationNouns,
    CompanySuffixes,
    VerbParticles,
    PlaceAdverbs,
    OrdinalWords,
    PersonWords,
    BodyNouns,
    CompassWords,
    WhRelatives,
    Complementisers,
    ImpersonalWords,
    ImpersonalVerbs,
    ObjectRelatives,
    PhraseOpeners,
    BeliefParticiples,
    OwnerPronouns,
    PreposedSubordinators,
    PairedPrepositions,
    ResultsNouns,
    RelationalNouns,
    PlacePrepositions,
    ScheduleParticiples,
    PluralNouns,
    FemaleWords,
    MaleWords,
    FemaleNames,
    MaleNames,
    ParticipleOpeners,
    BusinessWords,
    ClausePrepositions,
    ObjectPronouns,
    SpeakerParticiples,
    ResultPrepositions,
    AdjectiveEndings,
    AbsolutePrepositions,
    SharedEndings,
    ComparisonPrepositions,
    Modals,
    PastAuxiliaries,
    PastModals,
    ConsonantVowels,
    PresentAuxiliaries,
    HedgeAdverbs,
    AddresseeVerbs,
    DateFocusWords,
    HourDescribers,
    DirectionPrepositions,
    TwoObjectVerbs,
    DescribingParticiples,
    AbsoluteSubjects,
    AccompanyingWords,
    DepictionNouns,
    PluralAuxiliaries,
    FramePronouns,
    ObjectInfinitiveVerbs,
    AsComplementVerbs,
    ExampleOpeners,
    EvenVerbs,
    AsAdverbialNouns,
    PurposePrepositions,
    ComplementNouns,
    ComplementWords,
    InfinitiveNouns,
    OccasionNouns,
    OccasionPrepositions,
    GatheringNouns,
    GatheringPrepositions,
    LengthUnits,
    NameHeadNouns,
    /// [bank_nouns]
    BankNouns,
    RegardParticiples,
    LegalForms,
    WholeQuantifiers,
    PostpositiveAdjectives,
    AnnouncingVerbs,
    PairNouns,
    PeopleAdjectiveEndings,
    OtherOffices,
    RulingOffices,
    LeaderNouns,
    OtherBusinessWords,
    PlanComparisons,
    DocumentParticiples,
    PrepositionVerbs,
    ObjectPrepositions,
    ShowingVerbs,
    KnowingVerbs,
    FloatingQuantifiers,
    AdverbialNouns,
    SubjectPronouns,
    PeopleNouns,
    CircumstanceNouns,
    ClaimVerbs,
    ClaimModals,
    JudgmentWords,
    CircumstancePrepositions,
    SeemingVerbs,
    ComplementAdjectives,
    ApartPrepositions,
    WeekdayNames,
    OwedPhraseEnds,
    PurposeParticiples,
    StaffWords,
    BusinessOwnedNouns,
    BusinessMarks,
    DoneToNouns,
    DateObjectVerbs,
    DurationVerbs,
    PrepositionHeads,
    ObjectPhraseVerbs,
    ObjectPhrasePrepositions,
    BareInfinitiveVerbs,
    SoVerbs,
    SubjectBodyNouns,
    DoerNouns,
    ContainingVerbs,
    AgentEndings,
    MembershipNouns,
    SayPastForms,
    SpeakerPronouns,
    SpeakerAuxiliaries,
    FirstPluralWords,
    FirstSingularWords,
    PossessiveDeterminers,
    ThirdPersonPossessives,
    ThirdSingularPronouns,
    AheadWords,
    OpeningClausePrepositions,
    SaidForms,
    DemonstrativePronouns,
    OutcomeVerbs,
    OutcomePrepositions,
    Conditions,
    ConditionedVerbs,
    ReducedClauseSubordinators,
    SequenceVerbs,
    ComingVerbs,
    SequencePrepositions,
    CompletionParticiples,
    AloneVerbs,
    EffectVerbs,
    PlaceNameHeads,
}

impl Lex {
    pub(in crate::events) const ALL: [(Lex, &'static str); 160] = [
        (Lex::Coordinators, "coordinators"),
        (Lex::Subordinators, "subordinators"),
        (Lex::Relatives, "relatives"),
        (Lex::ResolvablePronouns, "resolvable_pronouns"),
        (Lex::NumberWords, "number_words"),
        (Lex::Negations, "negations"),
        (Lex::UnbrokenPrepositions, "unbroken_prepositions"),
        (Lex::SayVerbs, "say_verbs"),
        (Lex::Partitives, "partitives"),
        (Lex::TimePrepositions, "time_prepositions"),
        (Lex::TimeAdverbs, "time_adverbs"),
        (Lex::LinkingAdverbs, "linking_adverbs"),
        (Lex::Verbs, "verbs"),
        (Lex::ParticiplePrepositions, "participle_prepositions"),
        (Lex::LyNouns, "ly_nouns"),
        (Lex::DegreeWords, "degree_words"),
        (Lex::CompoundPrepositions, "compound_prepositions"),
        (Lex::ContentNouns, "content_nouns"),
        (Lex::OrganizationNouns, "organization_nouns"),
        (Lex::CompanySuffixes, "company_suffixes"),
        (Lex::VerbParticles, "verb_particles"),
        (Lex::PlaceAdverbs, "place_adverbs"),
        (Lex::OrdinalWords, "ordinal_words"),
        (Lex::PersonWords, "person_words"),
        (Lex::BodyNouns, "body_nouns"),
        (Lex::CompassWords, "compass_words"),
        (Lex::WhRelatives, "wh_relatives"),
        (Lex::Complementisers, "complementisers"),
        (Lex::ImpersonalWords, "impersonal_words"),
        (Lex::ImpersonalVerbs, "impersonal_verbs"),
        (Lex::ObjectRelatives, "object_relatives"),
        (Lex::PhraseOpeners, "phrase_openers"),
        (Lex::BeliefParticiples, "belief_participles"),
        (Lex::OwnerPronouns, "owner_pronouns"),
        (Lex::PreposedSubordinators, "preposed_subordinators"),
        (Lex::PairedPrepositions, "paired_prepositions"),
        (Lex::ResultsNouns, "results_nouns"),
        (Lex::RelationalNouns, "relational_nouns"),
        (Lex::PlacePrepositions, "place_prepositions"),
        (Lex::ScheduleParticiples, "schedule_participles"),
        (Lex::PluralNouns, "plural_nouns"),
        (Lex::FemaleWords, "female_words"),
        (Lex::MaleWords, "male_words"),
        (Lex::FemaleNames, "female_names"),
        (Lex::MaleNames, "male_names"),
        (Lex::ParticipleOpeners, "participle_openers"),
        (Lex::BusinessWords, "business_words"),
        (Lex::ClausePrepositions, "clause_prepositions"),
        (Lex::ObjectPronouns, "object_pronouns"),
        (Lex::SpeakerParticiples, "speaker_participles"),
        (Lex::ResultPrepositions, "result_prepositions"),
        (Lex::AdjectiveEndings, "adjective_endings"),
        (Lex::AbsolutePrepositions, "absolute_prepositions"),
        (Lex::SharedEndings, "shared_endings"),
        (Lex::ComparisonPrepositions, "comparison_prepositions"),
        (Lex::Modals, "modals"),
        (Lex::PastAuxiliaries, "past_auxiliaries"),
        (Lex::PastModals, "past_modals"),
        (Lex::ConsonantVowels, "consonant_vowels"),
        (Lex::PresentAuxiliaries, "present_auxiliaries"),
        (Lex::AddresseeVerbs, "addressee_verbs"),
        (Lex::DateFocusWords, "date_focus_words"),
        (Lex::HourDescribers, "hour_describers"),
        (Lex::DirectionPrepositions, "direction_prepositions"),
        (Lex::TwoObjectVerbs, "two_object_verbs"),
        (Lex::DescribingParticiples, "describing_participles"),
        (Lex::AbsoluteSubjects, "absolute_subjects"),
        (Lex::AccompanyingWords, "accompanying_words"),
        (Lex::DepictionNouns, "depiction_nouns"),
        (Lex::HedgeAdverbs, "hedge_adverbs"),
        (Lex::PluralAuxiliaries, "plural_auxiliaries"),
        (Lex::FramePronouns, "frame_pronouns"),
        (Lex::ObjectInfinitiveVerbs, "object_infinitive_verbs"),
        (Lex::AsComplementVerbs, "as_complement_verbs"),
        (Lex::ExampleOpeners, "example_openers"),
        (Lex::EvenVerbs, "even_verbs"),
        (Lex::AsAdverbialNouns, "as_adverbial_nouns"),
        (Lex::PurposePrepositions, "purpose_prepositions"),
        (Lex::ComplementNouns, "complement_nouns"),
        (Lex::ComplementWords, "complement_words"),
        (Lex::InfinitiveNouns, "infinitive_nouns"),
        (Lex::OccasionNouns, "occasion_nouns"),
        (Lex::OccasionPrepositions, "occasion_prepositions"),
        (Lex::GatheringNouns, "gathering_nouns"),
        (Lex::GatheringPrepositions, "gathering_prepositions"),
        (Lex::LengthUnits, "length_units"),
        (Lex::NameHeadNouns, "name_head_nouns"),
        (Lex::BankNouns, "bank_nouns"),
        (Lex::RegardParticiples, "regard_participles"),
        (Lex::LegalForms, "legal_forms"),
        (Lex::WholeQuantifiers, "whole_quantifiers"),
        (Lex::PostpositiveAdjectives, "postpositive_adjectives"),
        (Lex::AnnouncingVerbs, "announcing_verbs"),
        (Lex::PairNouns, "pair_nouns"),
        (Lex::PeopleAdjectiveEndings, "people_adjective_endings"),
        (Lex::OtherOffices, "other_offices"),
        (Lex::RulingOffices, "ruling_offices"),
        (Lex::LeaderNouns, "leader_nouns"),
        (Lex::OtherBusinessWords, "other_business_words"),
        (Lex::PlanComparisons, "plan_comparisons"),
        (Lex::DocumentParticiples, "document_participles"),
        (Lex::PrepositionVerbs, "preposition_verbs"),
        (Lex::ObjectPrepositions, "object_prepositions"),
        (Lex::ShowingVerbs, "showing_verbs"),
        (Lex::KnowingVerbs, "knowing_verbs"),
        (Lex::FloatingQuantifiers, "floating_quantifiers"),
        (Lex::AdverbialNouns, "adverbial_nouns"),
        (Lex::SubjectPronouns, "subject_pronouns"),
        (Lex::PeopleNouns, "people_nouns"),
        (Lex::CircumstanceNouns, "circumstance_nouns"),
        (Lex::ClaimVerbs, "claim_verbs"),
        (Lex::ClaimModals, "claim_modals"),
        (Lex::JudgmentWords, "judgment_words"),
        (Lex::CircumstancePrepositions, "circumstance_prepositions"),
        (Lex::SeemingVerbs, "seeming_verbs"),
        (Lex::ComplementAdjectives, "complement_adjectives"),
        (Lex::ApartPrepositions, "apart_prepositions"),
        (Lex::WeekdayNames, "weekday_names"),
        (Lex::OwedPhraseEnds, "owed_phrase_ends"),
        (Lex::PurposeParticiples, "purpose_participles"),
        (Lex::StaffWords, "staff_words"),
        (Lex::BusinessOwnedNouns, "business_owned_nouns"),
        (Lex::BusinessMarks, "business_marks"),
        (Lex::DoneToNouns, "done_to_nouns"),
        (Lex::DateObjectVerbs, "date_object_verbs"),
        (Lex::DurationVerbs, "duration_verbs"),
        (Lex::PrepositionHeads, "preposition_heads"),
        (Lex::ObjectPhraseVerbs, "object_phrase_verbs"),
        (Lex::ObjectPhrasePrepositions, "object_phrase_prepositions"),
        (Lex::BareInfinitiveVerbs, "bare_infinitive_verbs"),
        (Lex::SoVerbs, "so_verbs"),
        (Lex::SubjectBodyNouns, "subject_body_nouns"),
        (Lex::DoerNouns, "doer_nouns"),
        (Lex::ContainingVerbs, "containing_verbs"),
        (Lex::AgentEndings, "agent_endings"),
        (Lex::MembershipNouns, "membership_nouns"),
        (Lex::SayPastForms, "say_past_forms"),
        (Lex::SpeakerPronouns, "speaker_pronouns"),
        (Lex::SpeakerAuxiliaries, "speaker_auxiliaries"),
        (Lex::FirstPluralWords, "first_plural_words"),
        (Lex::FirstSingularWords, "first_singular_words"),
        (Lex::PossessiveDeterminers, "possessive_determiners"),
        (Lex::ThirdPersonPossessives, "third_person_possessives"),
        (Lex::ThirdSingularPronouns, "third_singular_pronouns"),
        (Lex::AheadWords, "ahead_words"),
        (
            Lex::OpeningClausePrepositions,
            "opening_clause_prepositions",
        ),
        (Lex::SaidForms, "said_forms"),
        (Lex::DemonstrativePronouns, "demonstrative_pronouns"),
        (Lex::OutcomeVerbs, "outcome_verbs"),
        (Lex::OutcomePrepositions, "outcome_prepositions"),
        (Lex::Conditions, "conditions"),
        (Lex::ConditionedVerbs, "conditioned_verbs"),
        (
            Lex::ReducedClauseSubordinators,
            "reduced_clause_subordinators",
        ),
        (Lex::SequenceVerbs, "sequence_verbs"),
        (Lex::ComingVerbs, "coming_verbs"),
        (Lex::SequencePrepositions, "sequence_prepositions"),
        (Lex::CompletionParticiples, "completion_participles"),
        (Lex::AloneVerbs, "alone_verbs"),
        (Lex::EffectVerbs, "effect_verbs"),
        (Lex::PlaceNameHeads, "place_name_heads"),
    ];
}

const TITLE_WORDS: &str = include_str!("../../../data/rules/titles.txt");

/// The section of `titles.txt` whose lines are groups, one a line, not a list: a noun for a
/// deed, then the verbs that tell that deed.
const DEED_VERBS: &str = "deed_verbs";

/// Reads `[list]` sections of comma-separated lower-case words up to `[examples]`, each list
/// sorted; the groups of [`DEED_VERBS`] are read by [`deed_verbs`].
fn parse(source: &'static str) -> Result<Vec<Vec<&'static str>>, String> {
    let mut lists = vec![Vec::new(); Lex::ALL.len()];
    // `Some(None)` in the groups' section.
    let mut section = None;
    for (number, line) in data_lines(source) {
        match line {
            DataLine::Section("examples") => break,
            DataLine::Section(DEED_VERBS) => section = Some(None),
            DataLine::Section(name) => {
                let found = Lex::ALL.iter().find(|(_, n)| *n == name);
                section = Some(Some(
                    found
                        .ok_or_else(|| format!("line {number}: unknown list [{name}]"))?
                        .0,
                ));
            }
            DataLine::Entries(line) => {
                let list =
                    section.ok_or_else(|| format!("line {number}: words before any [list]"))?;
                for word in line.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                    let word = checked(number, word)?;
                    if let Some(list) = list {
                        lists[list as usize].push(word);
                    }
                }
            }
        }
    }
    for list in &mut lists {
        list.sort_unstable();
    }
    Ok(lists)
}

/// `word`, of an entry line at line `number`, when it is one lower-case word.
fn checked(number: usize, word: &str) -> Result<&str, String> {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(word)
    } else {
        Err(format!(
            "line {number}: {word:?} must be one lower-case word"
        ))
    }
}

/// The groups of `[deed_verbs]` in `titles.txt`: a noun for a deed first ("sale"), then the
/// verbs that tell it ("sell", "sold"); a noun alone is told by any verb of action.
pub(in crate::events) fn deed_verbs() -> &'static [Vec<&'static str>] {
    static GROUPS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        section_entries(TITLE_WORDS, DEED_VERBS)
            .map(|(number, line)| {
                line.split(',')
                    .map(str::trim)
                    .filter(|w| !w.is_empty())
                    .map(|w| checked(number, w))
                    .collect::<Result<Vec<_>, _>>()
            })
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("titles.txt: {e}"))
    })
}

/// `word` ends with one of the endings the lists `endings` hold, with a stem of at least
/// three letters before it ("famous", not "ous").
pub(in crate::events) fn has_ending(word: &str, endings: &[Lex]) -> bool {
    endings
        .iter()
        .flat_map(|&lex| &lists()[lex as usize])
        .any(|e| word.len() > e.len() + 2 && word.ends_with(&**e))
}

/// The words of each title list, by [`Lex`], each sorted.
pub(in crate::events) fn lists() -> &'static [Vec<&'static str>] {
    static LISTS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    LISTS.get_or_init(|| parse(TITLE_WORDS).unwrap_or_else(|e| panic!("titles.txt: {e}")))
}

/// `word` is in the title list `lex`.
#[must_use]
pub fn is(lex: Lex, word: &str) -> bool {
    lookup::entry(word).is_lex(lex)
}

/// `word` is written in the title list `lex`: unlike [`is`], not a contracted form that the
/// word table gives the lists of its auxiliary ("didn't" is in those of "did").
#[must_use]
pub fn is_written(lex: Lex, word: &str) -> bool {
    lists()[lex as usize].binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read() {
        let lists = parse(TITLE_WORDS).expect("titles.txt reads");
        for (n, list) in lists.iter().enumerate() {
            assert!(!list.is_empty(), "list {n} is empty");
            assert!(
                list.windows(2).all(|p| p[0] < p[1]),
                "list {n} repeats a word"
            );
        }
        assert_eq!(
            parse("[nouns]\nx\n").unwrap_err(),
            "line 1: unknown list [nouns]"
        );
        assert_eq!(parse("x\n").unwrap_err(), "line 1: words before any [list]");
    }

    #[test]
    fn every_deed_noun_is_one_group() {
        let groups = deed_verbs();
        assert!(!groups.is_empty());
        let mut nouns: Vec<&str> = groups.iter().filter_map(|g| g.first().copied()).collect();
        assert_eq!(nouns.len(), groups.len(), "an empty group");
        nouns.sort_unstable();
        assert!(nouns.windows(2).all(|p| p[0] < p[1]), "a noun twice");
        // The groups' section is no list: its words are in none.
        assert!(!is(Lex::DoneToNouns, "sell"));
    }
}
