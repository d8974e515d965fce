//! Synthetic timelines for the render and scaling benchmarks, from a seeded generator.

use std::fmt::Write;

use super::random::SplitMix;
use timeliner::timeline::Timeline;

const LANES: [&str; 5] = [
    "Diplomacy",
    "Military",
    "Economy",
    "Domestic politics",
    "Courts",
];
const WORDS: [&str; 16] = [
    "talks",
    "summit",
    "in",
    "Hanoi",
    "break",
    "down",
    "sanctions",
    "lifted",
    "visit",
    "Seoul",
    "missile",
    "test",
    "election",
    "held",
    "treaty",
    "signed",
];

/// A timeline of `events` events drawn from a seeded generator, built as YAML text and loaded
/// the way a user's file is, so that it stays valid as the model grows optional fields.
pub fn synthetic_timeline(events: usize, seed: u64) -> Timeline {
    serde_yaml::from_str(&synthetic_yaml(events, seed)).expect("the generated timeline is valid")
}

/// The YAML text of [`synthetic_timeline`]: every precision, BCE, ranges, ongoing events, five
/// lanes, statuses, eras and a source.
pub fn synthetic_yaml(events: usize, seed: u64) -> String {
    let mut random = SplitMix(seed);
    let mut yaml = String::from(
        "title: Synthetic timeline for the render benchmark\n\
         subtitle: Generated events of every kind\n\
         as_of: 2025-09-22\n\
         sources:\n  - id: wire\n    title: Wire reports\n    published: 2025-09-22\n\
         eras:\n  - title: First era\n    start: 1950\n    end: 1989\n\
         \x20 - title: Second era\n    start: 1990s\n    end: ongoing\n\
         events:\n",
    );
    for n in 0..events {
        let year = 1950 + random.below(76);
        let month = 1 + random.below(12);
        let day = 1 + random.below(28);
        let date = match random.below(12) {
            0..=3 => format!("{year}-{month:02}-{day:02}"),
            4 | 5 => format!("{year}-{month:02}"),
            6 => year.to_string(),
            7 => format!("{year}-Q{}", 1 + random.below(4)),
            8 => format!("{year}-{}", random.pick(&["SP", "SU", "FA", "WI"])),
            9 => format!("~{year}"),
            10 => format!("{}0s", year / 10),
            _ => format!("{} BCE", 1 + random.below(3000)),
        };
        let _ = writeln!(yaml, "  - id: e{n}\n    date: \"{date}\"");
        match random.below(8) {
            0 => yaml.push_str("    end: ongoing\n"),
            1 if !date.contains("BCE") => {
                let _ = writeln!(yaml, "    end: {}", year + 1 + random.below(10));
            }
            _ => {}
        }
        let title: Vec<&str> = (0..2 + random.below(9))
            .map(|_| *random.pick(&WORDS))
            .collect();
        let _ = writeln!(yaml, "    title: \"{} #{n}\"", title.join(" "));
        let status = *random.pick(&["happened", "happened", "planned", "reported"]);
        let _ = writeln!(yaml, "    status: {status}");
        let lane = *random.pick(&LANES);
        let _ = writeln!(yaml, "    lane: {lane}\n    source: wire");
        if random.below(10) == 0 {
            yaml.push_str("    review: confirmed\n");
        }
    }
    yaml
}
