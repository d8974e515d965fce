use super::super::words::tokens;
use super::*;

fn classes_of(text: &str) -> Vec<(&str, Class)> {
    let toks = tokens(text, 0..text.len());
    classes(text, &toks)
        .into_iter()
        .zip(&toks)
        .map(|(c, t)| (&text[t.span.clone()], c))
        .collect()
}

#[test]
fn numbers_stay_whole_and_verbs_are_found_by_position() {
    use Class::*;
    assert_eq!(
        classes_of("Hale led 45,000 men, and a 50% stake."),
        [
            ("Hale", Name),
            ("led", Verb),
            ("45", Num),
            (",", Num),
            ("000", Num),
            ("men", Noun),
            (",", Punct),
            ("and", Coord),
            ("a", Det),
            ("50", Num),
            ("%", Num),
            ("stake", Noun),
            (".", Punct),
        ]
    );
    assert_eq!(
        classes_of("Israel wants to withdraw the failed mission"),
        [
            ("Israel", Name),
            ("wants", Verb),
            ("to", To),
            ("withdraw", Verb),
            ("the", Det),
            ("failed", Noun),
            ("mission", Noun),
        ]
    );
    assert_eq!(
        classes_of("She will not visit the city in that year"),
        [
            ("She", Pron),
            ("will", Aux),
            ("not", Neg),
            ("visit", Verb),
            ("the", Det),
            ("city", Noun),
            ("in", Prep),
            ("that", Det),
            ("year", Noun),
        ]
    );
}

#[test]
fn that_opening_the_sentence_before_a_noun_and_its_verb_points_back() {
    let class_of = |text: &str, at: usize| {
        let toks = tokens(text, 0..text.len());
        classes(text, &toks)[at]
    };
    assert_eq!(class_of("That plan was dropped.", 0), Class::Det);
    assert_eq!(class_of("But that plan was dropped.", 1), Class::Det);
    assert_eq!(class_of("He said that plans were dropped.", 2), Class::Sub);
    assert_eq!(class_of("That the plan failed was clear.", 0), Class::Sub);
}

#[test]
fn an_apostrophe_after_a_name_in_s_owns_unless_it_closes_a_quote() {
    let class_of_quote = |text: &str, at: usize| {
        let toks = tokens(text, 0..text.len());
        classes(text, &toks)[at]
    };
    assert_eq!(class_of_quote("Mr Jones' family left.", 2), Class::Poss);
    assert_eq!(class_of_quote("They sang 'Jones' loudly.", 4), Class::Punct);
}

#[test]
fn words_that_describe_or_name_are_no_verbs() {
    let class_at = |text: &str, at: usize| classes_of(text)[at].1;
    // A pronoun in capitals is an abbreviation: the "-s" word after it is its noun.
    assert_eq!(
        class_at("US troops backed by tanks stormed the port.", 0),
        Class::Name
    );
    assert_eq!(
        class_at("US troops backed by tanks stormed the port.", 1),
        Class::Noun
    );
    // A past form after a word that describes, before a noun, describes it too; the present
    // form after it is its noun.
    let notes = "It sold its 7% convertible subordinated notes.";
    assert_eq!(class_at(notes, 6), Class::Noun);
    assert_eq!(class_at(notes, 7), Class::Noun);
    assert_eq!(
        class_at("He signed a hastily drafted budget.", 4),
        Class::Noun
    );
    assert_eq!(class_at("The bank reported net profit.", 2), Class::Verb);
    assert_eq!(
        class_at("The offensive destroyed most towns.", 2),
        Class::Verb
    );
}

#[test]
fn an_ing_form_after_an_adjective_or_a_name_after_of_is_a_noun_without_an_object() {
    assert_eq!(
        classes_of("They stopped further legal wrangling by suing.")[4],
        ("wrangling", Class::Noun)
    );
    assert_eq!(
        classes_of("She urged a halt of U.K. shelling in the hills.")[6],
        ("shelling", Class::Noun)
    );
    // A participle: an object after it, no adjective before it, a name not after "of".
    assert_eq!(
        classes_of("They backed a legal move banning the tax.")[5],
        ("banning", Class::Verb)
    );
    assert_eq!(
        classes_of("They backed a regional treaty calling for trade.")[5],
        ("calling", Class::Verb)
    );
    assert_eq!(
        classes_of("The bout ended with Ruiz falling to the floor.")[5],
        ("falling", Class::Verb)
    );
}

#[test]
fn a_preposition_after_an_article_describes_the_noun() {
    use Class::*;
    assert_eq!(
        classes_of("an off duty guard was hurt"),
        [
            ("an", Det),
            ("off", Noun),
            ("duty", Noun),
            ("guard", Noun),
            ("was", Aux),
            ("hurt", Verb),
        ]
    );
    // Not after another determiner, nor before one.
    assert_eq!(classes_of("all of the men")[1], ("of", Prep));
    assert_eq!(classes_of("the rise in the price")[2], ("in", Prep));
}

#[test]
fn a_plural_after_its_describer_heads_the_subject_of_a_past_form_after_its_phrase() {
    // The past form with its object is the verb; a verb in "-s" would leave it no subject.
    assert_eq!(
        classes_of("The air strikes on the town killed 20 people.")[2],
        ("strikes", Class::Noun)
    );
    assert_eq!(
        classes_of("Rebel attacks in the north left many dead.")[1],
        ("attacks", Class::Noun)
    );
    // A past form before a preposition describes the noun before it; after a name the
    // word in "-s" is a verb.
    assert_eq!(
        classes_of("The firm sells to a group based in Ohio.")[2],
        ("sells", Class::Verb)
    );
    assert_eq!(
        classes_of("Acme sells to a group that owned the mill.")[1],
        ("sells", Class::Verb)
    );
}

#[test]
fn all_but_between_an_auxiliary_and_its_verb_is_an_adverb() {
    use Class::*;
    assert_eq!(
        classes_of("the bridge was all but destroyed")[2..],
        [
            ("was", Aux),
            ("all", Adv),
            ("but", Adv),
            ("destroyed", Verb)
        ]
    );
    // Not before a number: "all but two of the ships".
    assert_ne!(classes_of("all but two of the ships")[1], ("but", Adv));
}

#[test]
fn a_possessive_before_an_auxiliary_still_opens_a_noun_phrase() {
    use Class::*;
    // [possessive_determiners]: "their will" is a noun phrase; "these were" a pronoun's clause.
    assert_eq!(classes_of("Their will was read")[0], ("Their", Det));
    assert_eq!(classes_of("Your will was read")[0], ("Your", Det));
    assert_eq!(classes_of("These were read")[0], ("These", Pron));
}

#[test]
fn a_form_in_s_after_the_relative_pronoun_of_a_subject_is_its_verb() {
    use Class::*;
    let of = |text| {
        classes_of(text)
            .into_iter()
            .map(|(_, c)| c)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        of("A shop that rents bikes has shut."),
        [Det, Noun, Sub, Verb, Noun, Aux, Verb, Punct]
    );
    assert_eq!(of("A shop which rents the bikes shut.")[3], Verb);
}

#[test]
fn a_closing_single_quote_after_a_noun_in_s_is_no_possessive() {
    use Class::*;
    let classes = classes_of("The Allied 'congress' met in May, and the workers' union struck.");
    assert_eq!(classes[4], ("'", Punct));
    assert_eq!(classes[5], ("met", Verb));
    assert_eq!(classes[12], ("'", Poss));
    // A quote closed before leaves the possessive after it one.
    let classes = classes_of("The 'peace plan' won the farmers' backing.");
    assert_eq!(classes[8], ("'", Poss));
}

#[test]
fn a_form_in_s_in_a_phrase_after_an_object_is_a_plural_noun() {
    use Class::*;
    // "took part | in the border talks": the phrase completes the verb and its object, and a
    // new clause opens with a subject, not a preposition.
    let of = classes_of("The guild took part in the border talks on Monday.");
    assert_eq!(of[7], ("talks", Noun));
    // After a participle with no object the form may be the verb the participle's noun has.
    let of = classes_of("A letter found inside the vault proves it.");
    assert_eq!(of[6], ("proves", Verb));
}
