use chrono::NaiveDate;

use super::super::extract_news;
use crate::tagger::{TagOptions, tag};
use crate::text::sentences;

/// The date, title and status of each event of a news text dated 2013-02-12.
fn news(text: &str) -> Vec<String> {
    let reference = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    let options = TagOptions {
        reference_date: Some(reference),
        ..TagOptions::default()
    };
    let timexes = tag(text, &options);
    extract_news(text, &timexes, &sentences(text), reference, "s")
        .iter()
        .map(|e| format!("{} {} {:?}", e.date, e.title, e.status))
        .collect()
}

#[test]
fn the_lead_tells_the_news_of_the_reference_date() {
    assert_eq!(
        news(
            "LONDON (Reuters) - The company has agreed to sell its stake in the mine. It \
              bought the stake in 2010."
        ),
        [
            "~2013-02-12 The company has agreed to sell its stake in the mine Happened",
            "2010 The company bought the stake Happened",
        ]
    );
    // The second sentence, when the first tells no event.
    assert_eq!(
        news("Good morning from Paris. Rebels seized the airport, officials said."),
        ["~2013-02-12 Rebels seized the airport Reported"]
    );
    // A lead that opens with its saying tells the statement, which happened.
    assert_eq!(
        news("The minister says the rebels seized the airport."),
        ["~2013-02-12 The rebels seized the airport Happened"]
    );
}

#[test]
fn a_participle_after_the_subject_leaves_the_title_to_the_verb_after_it() {
    // The participle and its phrase describe the map; the clause's verb tells the news.
    assert_eq!(
        news(
            "A map found in the archive of a ruined old monastery may settle the dispute over the border."
        ),
        ["~2013-02-12 A map may settle the dispute over the border Happened"]
    );
}

#[test]
fn a_relative_clause_between_commas_leaves_the_title_to_the_verb_after_it() {
    // The relative clause describes the place; the verb after its closing comma tells
    // the news.
    assert_eq!(
        news(
            "Most of the Kell hills, where rebel bands have lain low, has been taken by the army, a commander said."
        ),
        ["~2013-02-12 Most of the Kell hills has been taken by the army Reported"]
    );
}

#[test]
fn an_aside_of_an_ing_form_after_the_subject_is_no_lead() {
    // The verb after the aside has its own date: the lead has no event of its own.
    assert_eq!(
        news(
            "Acme Corp., reeling from a slump in orders ordered by rivals and the recent loss of a client, reported a deficit in the third quarter."
        ),
        ["2012-Q3 Acme Corp. reported a deficit Happened"]
    );
}

#[test]
fn a_lead_whose_saying_is_dated_has_no_event_of_its_own() {
    // The statement is Friday's news; what it reports is no second event of the day.
    assert_eq!(
        news("On Friday, officials said the plant would close. Workers reacted with anger."),
        ["2013-02-08 Officials said the plant would close Happened"]
    );
}

#[test]
fn an_apposition_in_the_participle_phrase_leaves_the_title_to_the_verb_after_it() {
    assert_eq!(
        news(
            "A band of buyers led by Talvo Ltd., the bakery chain, said it filed with regulators."
        ),
        ["~2013-02-12 A band of buyers said it filed with regulators Happened"]
    );
}

#[test]
fn no_lead_from_a_quote_an_opinion_a_plan_or_a_dated_verb() {
    for text in [
        "\"We will win,\" the minister said.",
        "Analysts believe the economy is weak.",
        "The president will visit Seoul.",
        "The president visited Seoul on Monday.",
        "The financial assistance from the bank is not helping.",
        "Solid walls may have prevented a disaster, an official said.",
        // A state: what a subject has, holds or seems.
        "The maker of garden tools has about 4.1 million shares outstanding.",
        "Harlan Corp. said it holds a 6.5% stake in the bank.",
        "From the road, it appeared there were no injuries at the plant.",
        // A stance or a state after `be`.
        "Relief agencies are sharply critical of official claims that the camps are safe.",
        "The old port is agog after the fall of the mayor.",
        // An adjective in `-ing`, no happening under way.
        "The small bakery on Elm Street in Westfield is unassuming.",
        "The outgoing mayor was unwilling to comment.",
        // A possibility of another than the speaker; what is still to come.
        "The premier said the navy might close the port after the raid in Tyre.",
        "The envoy says it is a question of time before the rebels are caught.",
        // A participle after a clause of `be` describes what the clause names.
        "The club's badge is a picture of a gull, painted over a pair of crossed oars.",
        // Advice, a need or a stance kept, and what it advises, needs or keeps.
        "The minister says the watchdog should put the dispute on its agenda.",
        "The head of the bar says the board's proposed new laws need guarantees.",
        "Defendants in the Marlow fraud trial are continuing to deny they took any part.",
        // What did not happen; what may come of a condition.
        "There have been no deaths reported on the coast roads.",
        "After a wet start to the week on the hill roads, no crashes were recorded.",
        "The fire chief says if the wind rises the fairs in the valley will be called off.",
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|e| !e.starts_with('~')),
            "{text}: {found:?}"
        );
    }
}
#[test]
fn a_progressive_lead_is_news() {
    for text in [
        "Officials are warning residents that rains will cause landslides.",
        "The company has told employees that it is laying off 300 people.",
        "Its chairman is stepping in to help, the company said.",
        "The navy is expanding its patrols along the coast.",
        // Having and appearing that tell happenings.
        "The rebel leaders have held talks with the army in the capital.",
        "The former minister appeared in court in a wheelchair.",
        // After `be`: a happening under way, one that came about, a deed at hand.
        "An inquiry is underway into the crash at the port.",
        "There was welcome news for the crews in the hills.",
        "The two firms are close to signing a deal on the mine.",
        // An action still under way is the day's news; a stance kept is not (above).
        "The state is still continuing to bargain with the rebels over the hostages.",
    ] {
        let found = news(text);
        assert!(
            found.iter().any(|e| e.starts_with("~2013-02-12")),
            "{text}: {found:?}"
        );
    }
}

/// Only the dates are asked: the titles are the title rules' (title.rs).
#[test]
fn a_lead_with_a_dated_verb_has_no_event_of_its_own() {
    for (text, date) in [
        (
            "MIAMI (AP) - The second named storm of this season formed on Feb. 3 off \
             Florida. Forecasters said it could strengthen.",
            "2013-02-03",
        ),
        (
            "A bomb planted by rebels exploded on Monday in the market.",
            "2013-02-11",
        ),
    ] {
        let found = news(text);
        assert!(
            found.len() == 1 && found[0].starts_with(date),
            "{text}: {found:?}"
        );
    }
}

/// An infinitive that completes the object of a verb of saying tells no clause of its
/// own: the title keeps who said it.
#[test]
fn a_lead_that_announces_a_plan_keeps_who_announced_it() {
    assert_eq!(
        news(
            "Marlow Textiles Ltd. announced plans to spin off the weaving mills to \
             existing holders in a shake-up meant to lift the shares."
        ),
        [
            "~2013-02-12 Marlow Textiles Ltd. announced plans to spin off the weaving \
             mills Happened"
        ]
    );
}

#[test]
fn a_subject_before_an_aside_makes_the_verb_after_it_the_lead() {
    assert_eq!(
        news(
            "The fund, through its unit, began its tender offer for Acme, a maker of tools \
             incorporated in Ohio."
        ),
        ["~2013-02-12 The fund began its tender offer for Acme Happened"]
    );
    // A place or a name between commas: "Brantley Corp., Tulsa, adopted".
    assert_eq!(
        news("Brantley Corp., Tulsa, adopted a rule meant to make a hostile bid costly."),
        ["~2013-02-12 Brantley Corp. adopted a rule meant to make a hostile bid Happened"]
    );
    // A clause with a verb of its own is no aside: its subject is not the next verb's.
    let found = news("Rebels, after losing the town, took the airport of Goma.");
    assert!(found.iter().all(|e| !e.starts_with('~')), "{found:?}");
}

#[test]
fn a_possibility_is_news_only_as_a_statement() {
    assert_eq!(
        news("The trust said it may make a cash bid for the chain."),
        ["~2013-02-12 The trust may make a cash bid for the chain Happened"]
    );
}

#[test]
fn a_denial_is_news_only_as_a_statement() {
    assert_eq!(
        news("The decision does not guarantee his return, the leadership warned."),
        // A warning is the speaker's claim: its title keeps who warned.
        ["~2013-02-12 The leadership warned the decision does not guarantee his return Happened"]
    );
}

/// What was told to someone is the speaker's claim when it is a view: the title keeps who
/// told it and whom, as it does after a bare verb of saying.
#[test]
fn a_claim_told_to_someone_keeps_who_told_it() {
    assert_eq!(
        news("Mr Lee told a dinner audience the nation must honour its elders."),
        ["~2013-02-12 Mr Lee told a dinner audience the nation must honour its elders Happened"]
    );
    // A happening told is the news itself.
    assert_eq!(
        news("The minister told reporters that the army left the city."),
        ["~2013-02-12 The army left the city Happened"]
    );
}

/// Found in review: a word of another script that ends in two equal bytes ("丸" is E4 B8
/// B8) was read as ending in a doubled letter ("planned") and cut inside its character.
#[test]
fn a_word_ending_in_two_equal_bytes_is_cut_nowhere() {
    for text in [
        "On Monday the xx\u{4e38}ment of the troops began.",
        "Officials visited x\u{4e38}s and agreed x\u{4e38}ed the plan on Monday.",
        "On Monday \u{4e38}\u{4e38}ing x\u{30c3}\u{30c3}ed the x\u{4e38}.",
    ] {
        let _ = news(text);
    }
}

/// Found by the fuzzer: an event verb before a dash that ends a would-be dateline sliced the
/// tokens from the dash back to the verb, and panicked.
#[test]
fn a_verb_inside_the_dateline_makes_no_lead() {
    for text in ["Call %-.", "Call - now."] {
        let found = news(text);
        assert!(
            found.iter().all(|e| !e.starts_with('~')),
            "{text}: {found:?}"
        );
    }
    // The lead after such a dateline is read as before.
    assert_eq!(
        news("Strike - The union met."),
        ["~2013-02-12 The union met Happened"]
    );
}

#[test]
fn an_ing_form_after_a_noun_is_no_lead_verb() {
    // "working" describes the Velkans; the sentence tells a state, so no lead.
    assert_eq!(
        news("There are no firm counts of the Velkans working in Tarn, and guesses differ."),
        Vec::<String>::new()
    );
    // A headline with no verb with a tense keeps its "-ing" form.
    assert_eq!(
        news("Big job cuts at Velco. The phone giant slashing up to nine thousand jobs."),
        ["~2013-02-12 The phone giant slashing up to nine thousand jobs Happened"]
    );
}

#[test]
fn a_relative_clause_between_dashes_leaves_the_title_to_the_verb_after_it() {
    assert_eq!(
        news(
            "Two rafting guides who survived the 1999 river accident - in which ten hikers died - \
             have rejected any blame for the outing."
        ),
        [
            "1999 Two rafting guides survived the river accident Happened",
            "~2013-02-12 Two rafting guides have rejected any blame for the outing Happened"
        ]
    );
}

#[test]
fn a_sentence_opening_with_a_period_is_no_lead() {
    // The earlier quarter, which the tagger leaves undated, is not the day.
    assert_eq!(
        news(
            "Velco Co. said its fourth-quarter profit rose 12% to $3.1 million on higher fares. \
             In the earlier quarter, the bus and shipping company had a profit of $2.8 \
             million."
        ),
        ["2012-Q4 Velco Co.'s fourth-quarter profit rose 12% to $3.1 million Happened"]
    );
}

#[test]
fn a_standing_rule_in_the_present_is_no_lead() {
    // "are obliged to" tells a rule that holds, no news of the day; "was forced to" tells
    // what happened.
    assert!(
        news("Banks and lenders are already obliged to guard their clients' files.").is_empty()
    );
    assert!(news("Members are entitled to vote on the merger.").is_empty());
    assert_eq!(
        news("The Kell mill was forced to close its gates."),
        ["~2013-02-12 The Kell mill was forced to close its gates Happened"]
    );
}

#[test]
fn a_participle_that_describes_the_subject_is_no_lead_verb() {
    // The verb after the participle's phrase tells the news, the plan in the phrase aside.
    assert_eq!(
        news(
            "A clerk allegedly involved in planning bomb raids on the port has been held and charged with treason."
        ),
        ["~2013-02-12 A clerk has been held and charged with treason Reported"]
    );
    // A possibility after the phrase is no news: the participle stays the lead's verb, and
    // its phrase is the title, with the "be" it leaves out.
    assert_eq!(
        news("A rifle found near the farm may hold clues for the police."),
        ["~2013-02-12 A rifle was found near the farm Happened"]
    );
    // So is a state after it, also one that ends in a participle of its own noun.
    assert_eq!(
        news("Four climbers rescued from the ice shelf are in a stable condition."),
        ["~2013-02-12 Four climbers were rescued from the ice shelf Happened"]
    );
    assert_eq!(
        news("Two sailors hurt by a stray shell were from a navy unit based at Brest."),
        ["~2013-02-12 Two sailors were hurt by a stray shell Happened"]
    );
}

#[test]
fn a_past_perfect_is_no_lead_unless_a_saying_reports_it() {
    // What had happened before the news is background; the second sentence tells the news.
    assert_eq!(
        news(
            "Jan Ober is the head of the rowing club in north Leeds, where Mr Dale had trained. \
             Police arrested Mr Dale at the port."
        ),
        ["~2013-02-12 Police arrested Mr Dale at the port Happened"]
    );
    assert!(news("The old mill had not yet been sold to the council.").is_empty());
    // A saying before it tells the news in the past.
    assert_eq!(
        news("The coroner said she had traced the owner of the boat."),
        ["~2013-02-12 She had traced the owner of the boat Happened"]
    );
}

#[test]
fn a_lead_short_of_room_drops_the_subject_s_ing_phrase() {
    // The object is the news: the "-ing" form's phrase that describes the subject goes, and
    // the object may end before "overnight".
    assert_eq!(
        news(
            "A tremor measuring 4.3 on the Richter scale has rocked parts of the western grain \
             belt of Arden overnight."
        ),
        ["~2013-02-12 A tremor has rocked parts of the western grain belt of Arden Happened"]
    );
}

#[test]
fn a_lead_that_asks_a_question_tells_no_news_of_the_day() {
    // A question asks; a feature that opens with one tells no day's news. A dated sentence
    // after it still gives its event.
    assert_eq!(
        news(
            "How did a barge full of rifles end up moored in Lake Wendle? Police seized it on \
             Friday."
        ),
        ["2013-02-08 Police seized it Happened"]
    );
    // A question in quotes is still one.
    assert!(
        news("\"Who will pay for the bridge to be mended?\" The council voted a new levy.")
            .is_empty()
    );
    // A sentence that ends in a statement is no question.
    assert_eq!(
        news("The council voted a new levy to mend the bridge."),
        ["~2013-02-12 The council voted a new levy to mend the bridge Happened"]
    );
}

/// "the Dec. 21, 2011, bombing": a full date between an article and its noun, closed by a
/// comma, dates the noun, and its sentence has a time of its own (no lead); a comma before
/// "and" closes no date ("the Dec. 1, 2011, and Jan. 4, 2012, sessions").
#[test]
fn a_full_date_closed_by_a_comma_dates_the_noun_after_it() {
    assert_eq!(
        news(
            "The Dec. 21, 2011, bombing of the depot killed 30 people. Two men were later \
             charged in the Jan. 3, 2012, attack on a train near the border."
        ),
        [
            "2011-12-21 Bombing of the depot killed 30 people Happened",
            "2012-01-03 The attack on a train near the border Happened",
        ]
    );
    assert_eq!(
        news("Prices rose in the Dec. 1, 2012, and Jan. 4, 2013, sessions."),
        [
            "2012-12-01 Prices rose Happened",
            "2013-01-04 Sessions Happened",
        ]
    );
}

#[test]
fn an_opening_participle_clause_leaves_the_lead_to_the_clause_after_its_comma() {
    // The opening clause has no subject of its own; its wh-clause is no event.
    assert_eq!(
        news("Asked who would pay, the council voted to raise taxes."),
        ["~2013-02-12 The council voted to raise taxes Happened"]
    );
    assert_eq!(
        news("Pressed on the budget, the mayor promised three new schools."),
        ["~2013-02-12 The mayor promised three new schools Happened"]
    );
    // A noun and its past form open a main clause; so does a noun the participle's shape
    // does not make one.
    let found = news("Armed men stormed a bank in Tulsa, police said.");
    assert!(
        found.len() == 1 && found[0].contains("stormed a bank in Tulsa Reported"),
        "{found:?}"
    );
}

#[test]
fn a_dated_telling_after_the_lead_dates_it() {
    // "it said on Friday" dates the statement: the lead has no second event of the day.
    let found = news("The mill would shut its doors, it said on Friday.");
    assert!(found.iter().all(|e| !e.starts_with('~')), "{found:?}");
    // A clause of its own after "and" tells other news.
    let found = news("Rebels seized the port, and the army said on Friday it would strike back.");
    assert!(found.iter().any(|e| e.starts_with('~')), "{found:?}");
}

#[test]
fn a_relative_clause_inside_the_subject_leaves_the_lead_to_the_verb_after_it() {
    assert_eq!(
        news("Rescuers who reached the hut freed two climbers."),
        ["~2013-02-12 Rescuers freed two climbers Happened"]
    );
    // A past form after the relative clause's object, with no object of its own.
    assert_eq!(
        news("Workers who lost their jobs marched to the town hall."),
        ["~2013-02-12 Workers marched to the town hall Happened"]
    );
    // With no verb after it, the relative clause's verb is the lead's still.
    assert_eq!(
        news("A gale that swept the coast tore roofs off homes in Deal."),
        ["~2013-02-12 A gale tore roofs off homes in Deal Happened"]
    );
}

/// A paragraph of one word, then a sentence that opens with a noun and "and": no word before
/// the sentence's first is read (this panicked).
#[test]
fn a_sentence_that_opens_with_a_noun_after_a_one_word_paragraph_is_read() {
    let found =
        news("Fees\n\nrents and prices and provides added grounds for a tax cut on June 26, 2012.");
    assert!(
        found.iter().any(|e| e.starts_with("2012-06-26")),
        "{found:?}"
    );
}

#[test]
fn a_length_that_describes_a_noun_leaves_the_lead_its_day() {
    // "two-year", "two days of": a length that describes or measures a noun dates nothing,
    // and the title keeps it.
    assert_eq!(
        news("Vexa has signed a two-year contract with the port of Vell. Talks began in 2011."),
        [
            "~2013-02-12 Vexa has signed a two-year contract with the port of Vell Happened",
            "2011 Talks began Happened",
        ]
    );
    assert_eq!(
        news("Vell has begun three days of mourning for the miners. The pit opened in 1990."),
        [
            "~2013-02-12 Vell has begun three days of mourning for the miners Happened",
            "1990 The pit opened Happened",
        ]
    );
    // A length that counts from a thing, or that is the verb's own time after a preposition,
    // still dates it.
    assert_eq!(
        news("The envoy died within weeks of his arrest. He was held in 2011."),
        ["2011 The envoy was held Happened"]
    );
    assert_eq!(
        news("The strike has lasted for two weeks. It began in 2011."),
        ["2011 The strike began Happened"]
    );
}

#[test]
fn a_length_a_verb_takes_leaves_the_lead_its_day() {
    // [duration_verbs] of titles.txt: the length is what "last", "take" or "wait" needs, no
    // date of the lead's; the title keeps it.
    assert_eq!(
        news("The strike has lasted two weeks. It began in 2011."),
        [
            "~2013-02-12 The strike has lasted two weeks Happened",
            "2011 The strike began Happened",
        ]
    );
    assert_eq!(
        news("Ferry passengers have waited six hours at the pier. The pier opened in 1990."),
        [
            "~2013-02-12 Ferry passengers have waited six hours at the pier Happened",
            "1990 The pier opened Happened",
        ]
    );
}

#[test]
fn a_relative_aside_is_no_lead() {
    // [aside_relatives] of events.txt: the lead is the main clause past the aside.
    assert_eq!(
        news("The hills, where rebels have hidden, were taken by the army."),
        ["~2013-02-12 The hills were taken by the army Happened"]
    );
    assert_eq!(
        news("The hills, whose caves rebels have used, were taken by the army."),
        ["~2013-02-12 The hills were taken by the army Happened"]
    );
    // The closing comma left out: the second verb group is the main clause's.
    assert_eq!(
        news("Ann Roe, who has spent six years on the mill in her home town has been made a dame."),
        ["~2013-02-12 Ann Roe has been made a dame Happened"]
    );
    // Not after a verb of saying, whose report has a verb of its own.
    assert_eq!(
        news("Ann Roe, who said the mill has closed, has resigned."),
        ["~2013-02-12 Ann Roe has resigned Happened"]
    );
}

#[test]
fn a_participle_spelt_as_its_base_form_after_have_is_the_news() {
    // "run" after "has" is the perfect's participle, a happening of the day.
    assert_eq!(
        news("A club for young sailors has run out of money."),
        ["~2013-02-12 A club for young sailors has run out of money Happened"]
    );
    assert_eq!(
        news("The old ferry has finally overcome the storm."),
        ["~2013-02-12 The old ferry has overcome the storm Happened"]
    );
    // Alone, the base form tells a habit, no happening.
    assert!(news("The buses run every hour from the square.").is_empty());
}

#[test]
fn a_date_in_the_subject_or_object_phrase_dates_the_news() {
    // "Friday's" dates the vote, the subject; "fourth-quarter" the charge taken, and the title
    // keeps it: the sentence's dated event is the news, told once.
    assert_eq!(
        news("Friday's vote in Vell was postponed."),
        ["2013-02-08 The vote in Vell was postponed Happened"]
    );
    assert_eq!(
        news("Vexa took a fourth-quarter charge of $20 million."),
        ["2012-Q4 Vexa took a fourth-quarter charge of $20 million Happened"]
    );
    // After a preposition the possessive dates its noun only: the day tells the news.
    assert_eq!(
        news("Vexa shares rose after Friday's vote in Vell."),
        [
            "2013-02-08 The vote in Vell Happened",
            "~2013-02-12 Vexa shares rose after the vote in Vell Happened",
        ]
    );
}

#[test]
fn a_plan_told_that_day_makes_the_telling_the_news() {
    // The plan is still ahead; its telling happened that day, as a headline gives it.
    assert_eq!(
        news("Vexa Mills said it plans to open a second dye works."),
        ["~2013-02-12 Vexa Mills said it plans to open a second dye works Happened"]
    );
    assert_eq!(
        news("Port officials say the old ferry will resume."),
        ["~2013-02-12 Port officials say the old ferry will resume Happened"]
    );
    // No telling, or one in the passive: the plan has no date, and no lead.
    for text in [
        "Vexa Mills plans to open a second dye works.",
        "The crews were told the old ferry will resume.",
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|e| !e.starts_with('~')),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_nouns_own_time_leaves_the_lead_its_news() {
    // "starting on Friday" times the final, not the flight: the flight is the day's news.
    assert_eq!(
        news("The club has flown to Oslo for the cup final starting on Friday."),
        ["~2013-02-12 The club has flown to Oslo Happened"]
    );
    // A time of the clause's own still makes it no lead.
    assert_eq!(
        news("The club flew to Oslo on Friday for the cup final."),
        ["2013-02-08 The club flew to Oslo for the cup final Happened"]
    );
}
