//! Mutational fuzzing on stable Rust, for machines without the nightly toolchain cargo-fuzz
//! needs (the cargo-fuzz targets beside this file check the same invariants).
//!
//! `cargo bench --bench fuzz -- [--seconds N] [--seed N] [--targets tag,extract,timeline,cli,batch]`
//!
//! - `tag`: news sentences (built-in, plus the Lee and TBAQ texts when the shared folder is
//!   there) mutated with date words, numbers, punctuation, repetitions and broken UTF-8 (read
//!   lossily), tagged against a random reference date; checks no panic, spans in bounds, on
//!   character boundaries, trimmed, ordered and non-overlapping, TIMEX3-shaped values, and the
//!   same result twice.
//! - `extract`: the same inputs through tag, `text::sentences` and `events::extract`; checks
//!   no panic, sentences and mentions in bounds and on character boundaries, titled events,
//!   and that the events written as a new timeline file load back unchanged.
//! - `timeline`: mutated timeline YAML (a quarter of it generated with anchors, aliases and
//!   chart sizes around the limits) loaded as `check` loads it and, when it loads, rendered;
//!   checks no panic, a well-formed SVG without scripts, the same SVG twice, a PNG drawn or
//!   refused past the pixel bound when a chart size is set, and a YAML round trip.
//! - `cli`: the raw mutated bytes, invalid UTF-8 included, given to `timeliner tag` and
//!   `timeliner extract` as a file; checks exit code 0 or 2 (never a panic) and, on success,
//!   that the TimeML output with its tags removed gives back the input.
//!
//! - `batch`: mutated JSON Lines, one input in eight gzipped, through `batch::JsonLines` and
//!   the batch's per-document extraction and writers; see `batch.rs`.
//!
//! A quarter of the text inputs are wrapped as articles are written: a byte-order mark, front
//! matter (`date: 2025-09-22` and a blank line, a `---` block), a news dateline, CRLF line
//! ends (see `shapes.rs`).
//!
//! Inputs that give a value shape or an error not seen before join the pool (a cheap stand-in
//! for coverage). Each new kind of failure is minimised, printed as a literal and saved under
//! `target/tmp/fuzz-findings/`; an input that runs longer than `--hang-seconds` (10) is printed
//! and the run stops. Without `--bench` (`cargo test --all-targets`) it runs a few hundred
//! inputs per target with a fixed seed.

mod batch;
mod invariants;
mod shapes;
mod targets;
// Shared with the benchmarks; the driver only reads the corpus, never repeats it.
#[allow(dead_code)]
#[path = "../bench/corpus.rs"]
mod corpus;
#[path = "../bench/random.rs"]
mod random;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use std::{fs, thread};

use chrono::NaiveDate;
use invariants::Violation;
use random::SplitMix;
use targets::{Cli, run_extract, run_tag, run_timeline};

/// Sentences in the forms the tagger must handle, written for this driver.
const SENTENCES: &[&str] = &[
    "Talks broke down in Hanoi in February 2019, two years after the first summit.",
    "Trump is set to visit South Korea next month for the APEC summit on Oct. 31, 2025.",
    "The company said third-quarter profit rose 12% from a year earlier, to $2.4 billion.",
    "SEOUL, Sept. 22 (Reuters) - North Korea fired a missile early Monday, the military said.",
    "On 22 September 2025 at 3 p.m. the ministers met again; they will meet every week until May.",
    "In the 1990s and the early 2000s, sales grew; by mid-2020 they had fallen for three years.",
    "The 19th century saw it built; last fall it closed, and it reopens this spring.",
    "Yesterday's vote followed Monday's debate, and a decision is due tomorrow or soon after.",
    "Prices were 9/22/2025 and 2025-09-22 in the filings for fiscal 1999 and Q3 2025.",
    "May I ask whether the March on Washington drew 2,024 people, or was it 1990 people?",
    "He recently said that now is the time, as it was a decade ago and twenty days later.",
    "The Boeing 737 left at 10:35 a.m. Friday, the night before the deadline of Dec. 1.",
    "Call 555-1990 or 1-800-2019; the score was 21-19 and the bill cost $1,999.",
    "It lasted from 1939 to 1945, between the wars, until the summer of 1998.",
];

/// Words and marks that change what the tagger sees; mutations insert them anywhere.
#[rustfmt::skip]
const DICTIONARY: &[&str] = &[
    "January", "Jan.", "February", "Feb", "March", "march", "April", "May", "may", "MAY", "June",
    "July", "Aug.", "Sept.", "Sep", "October", "Nov.", "December", "Monday", "Tue.", "Friday",
    "Sunday", "0", "1", "7", "12", "13", "29", "30", "31", "32", "99", "100", "1999", "2000",
    "2019", "2025", "9999", "10000", "0000", "1st", "2nd", "3rd", "22nd", "31st", "'99", "'90s",
    "1990s", "19th", "21st century", "ago", "later", "earlier", "last", "next", "this", "that",
    "the", "of", "a", "an", "two", "twenty", "hundred", "dozen", "few", "several", "year",
    "years", "month", "months", "week", "weekend", "day", "days", "decade", "century", "quarter",
    "Q3", "fiscal", "early", "mid-", "late", "end of", "summer", "spring", "fall", "winter",
    "morning", "night", "tonight", "a.m.", "p.m.", "noon", "midnight", "yesterday", "today",
    "tomorrow", "now", "currently", "recently", "soon", "future", "past", "since", "until",
    "from", "to", "between", "and", "or", "every", "daily", "annual", "about", "at least",
    "nearly", "/", "-", "--", ".", ",", ":", ";", "'s", "(", ")", "\"", "'", "\u{2019}",
    "\u{201c}", "\u{2013}", "\u{2014}", "\u{a0}", "\u{feff}", "\u{200b}", "\u{301}", "\u{e9}",
    "\u{65e5}\u{672c}", "\u{ff12}\u{ff10}\u{ff11}\u{ff19}", "\u{1f600}", "\n", "\r\n", "\n\n",
    "\t", "  ", "date: 2025-09-22\n", "---\n", "(Reuters) -", "&", "<", ">", "<TIMEX3>",
    "date: 2025-09-22\n\n", "---\ndate: 2025-09-22\n---\n", "SEOUL, Sept. 22 (Reuters) - ",
    "WASHINGTON (AP) \u{2014} ", "\r", "\r\n\r\n",
];

/// Byte sequences that are not UTF-8: stray continuation bytes, cut sequences, overlong
/// forms, surrogates, bytes that never occur.
const BROKEN_UTF8: &[&[u8]] = &[
    b"\x80",
    b"\xbf",
    b"\xc3",
    b"\xe2\x80",
    b"\xf0\x9f\x98",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\xff",
    b"\xfe",
];

/// Timelines in the format of `src/timeline`, written for this driver, as mutation seeds.
const TIMELINES: &[&str] = &[
    "title: Talks\nas_of: 2025-09-22\nsources:\n  - id: a\n    title: Article\n    published: 2025-09-22\nevents:\n  - id: hanoi\n    date: 2019-02\n    title: Hanoi talks break down\n    source: a\n    quote: \"Talks broke down in Hanoi in 2019.\"\n  - id: apec\n    date: 2025-10\n    title: Trump visits South Korea for APEC\n    status: planned\n    lane: Diplomacy\n",
    "version: 1\ntitle: \"History & <eras>\"\nsubtitle: BCE and CE\neras:\n  - title: Republic\n    start: 509 BCE\n    end: 27 BCE\n  - title: Now\n    start: 1990s\n    end: ongoing\nevents:\n  - id: caesar\n    date: -0043-03-15\n    title: Caesar killed\n  - id: c19\n    date: 19th century\n    end: 1914\n    title: A long century\n    tags: [history, \"long\"]\n    review: confirmed\n  - id: q\n    date: ~2019-Q3\n    end: ongoing\n    title: Approximate quarter\n    status: reported\n    review: rejected\n",
    "title: Chart options\nchart:\n  width: 1200\n  height: 400\n  lanes: [B, A]\n  orientation: vertical\n  theme: dark\n  show_drafts: true\n  show_sources: false\nevents:\n  - {id: a, date: 2019, title: A, lane: A}\n  - {id: b, date: 2020-SU, title: B, lane: B, description: \"multi\\nline\"}\n  - {id: c, date: 2000-02-29, title: \"\u{65e5}\u{672c} \u{1f600}\", lane: C}\n",
];

#[rustfmt::skip]
const TIMELINE_DICTIONARY: &[&str] = &[
    "\n  - id: x\n    date: 2019\n    title: X\n", "date: ", "end: ", "ongoing", "title: ",
    "status: planned", "status: reported", "review: rejected", "lane: ", "~", " BCE", "BC", "s",
    "th century", "-Q4", "-WI", "-02-29", "-02-30", "-13", "9999999999", "-0000", "2019-02-27",
    "\"", "'", ": ", "- ", "[", "]", "{", "}", "&", "<", ">", "]]>", "<!--", "\u{0}", "\u{1f600}",
    "\t", "\n", "    ", "#", "null", "~", "true", "1e9", "-1", "0", "&a ", "*a", "<<: *a",
    "&b [x, y]", "*b", "width: ", "height: ", "width: 4294967295", "height: 1000000",
    "height: 5000000", "width: 20000", "\r\n", "\u{feff}",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    Tag,
    Extract,
    Timeline,
    Cli,
    Batch,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Self::Tag => "tag",
            Self::Extract => "extract",
            Self::Timeline => "timeline",
            Self::Cli => "cli",
            Self::Batch => "batch",
        }
    }
}

struct Settings {
    budget: Duration,
    /// Upper bound on inputs per target (the smoke run's limit).
    max_inputs: u64,
    seed: u64,
    targets: Vec<Target>,
    hang: Duration,
    corpus: bool,
}

fn settings() -> Result<Settings, String> {
    let bench = std::env::args().any(|a| a == "--bench");
    let mut settings = Settings {
        budget: Duration::from_secs(if bench { 60 } else { 3600 }),
        max_inputs: if bench { u64::MAX } else { 300 },
        seed: 1,
        targets: vec![
            Target::Tag,
            Target::Extract,
            Target::Timeline,
            Target::Cli,
            Target::Batch,
        ],
        hang: Duration::from_secs(10),
        corpus: bench,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--bench" => {}
            "--seconds" => settings.budget = Duration::from_secs_f64(number(&value(&arg)?)?),
            "--hang-seconds" => settings.hang = Duration::from_secs_f64(number(&value(&arg)?)?),
            "--seed" => settings.seed = number(&value(&arg)?)?,
            "--targets" => {
                settings.targets = value(&arg)?
                    .split(',')
                    .map(|name| match name {
                        "tag" => Ok(Target::Tag),
                        "extract" => Ok(Target::Extract),
                        "timeline" => Ok(Target::Timeline),
                        "cli" => Ok(Target::Cli),
                        "batch" => Ok(Target::Batch),
                        _ => Err(format!(
                            "unknown target `{name}`: use tag, extract, timeline, cli, batch"
                        )),
                    })
                    .collect::<Result<_, _>>()?;
            }
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    Ok(settings)
}

fn number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a number"))
}

/// One input that broke a rule, kept with what is needed to replay it.
struct Finding {
    target: Target,
    violation: Violation,
    input: Vec<u8>,
    reference_date: Option<NaiveDate>,
}

/// What the watchdog thread sees: the input being run and since when.
type Current = Arc<Mutex<Option<(Instant, Target, Vec<u8>)>>>;

fn main() {
    let settings = match settings() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    install_quiet_panic_hook();
    let current: Current = Arc::default();
    start_watchdog(Arc::clone(&current), settings.hang);

    let mut findings = Vec::new();
    let per_target =
        settings.budget / u32::try_from(settings.targets.len().max(1)).unwrap_or(u32::MAX);
    let names: Vec<&str> = settings.targets.iter().map(|t| t.name()).collect();
    if settings.max_inputs == u64::MAX {
        println!(
            "fuzzing {} for {per_target:?} each, seed {}",
            names.join(", "),
            settings.seed
        );
    } else {
        println!(
            "smoke run (no --bench): {} inputs of {}, seed {}",
            settings.max_inputs,
            names.join(", "),
            settings.seed
        );
    }
    for &target in &settings.targets {
        let mut fuzzer = Fuzzer::new(target, &settings, Arc::clone(&current));
        fuzzer.run(per_target, settings.max_inputs);
        findings.append(&mut fuzzer.findings);
    }
    report(&findings);
    if !findings.is_empty() {
        std::process::exit(1);
    }
}

struct Fuzzer {
    target: Target,
    random: SplitMix,
    pool: Vec<Vec<u8>>,
    dictionary: Vec<&'static [u8]>,
    /// Value shapes or error messages seen so far: an input giving a new one joins the pool.
    seen: HashSet<String>,
    findings: Vec<Finding>,
    /// Finding kinds already reported, so that one bug is minimised once.
    kinds: HashSet<String>,
    current: Current,
    cli: Option<Cli>,
    /// The slowest tagging inputs per byte: (ns per byte, length). The slowest is saved.
    slowest: Vec<(f64, usize)>,
}

impl Fuzzer {
    fn new(target: Target, settings: &Settings, current: Current) -> Self {
        let mut pool: Vec<Vec<u8>> = Vec::new();
        let dictionary: &[&str] = match target {
            Target::Tag | Target::Extract | Target::Cli => {
                pool.extend(SENTENCES.iter().map(|s| s.as_bytes().to_vec()));
                if settings.corpus {
                    pool.extend(corpus_lines());
                }
                DICTIONARY
            }
            Target::Batch => {
                pool.extend(batch::seeds(SENTENCES));
                batch::DICTIONARY
            }
            Target::Timeline => {
                pool.extend(TIMELINES.iter().map(|s| s.as_bytes().to_vec()));
                pool.extend(repository_timelines());
                TIMELINE_DICTIONARY
            }
        };
        Self {
            target,
            random: SplitMix(settings.seed ^ (target as u64) << 32),
            pool,
            dictionary: dictionary.iter().map(|s| s.as_bytes()).collect(),
            seen: HashSet::new(),
            findings: Vec::new(),
            kinds: HashSet::new(),
            current,
            cli: (target == Target::Cli).then(Cli::new),
            slowest: Vec::new(),
        }
    }

    fn run(&mut self, budget: Duration, max_inputs: u64) {
        let started = Instant::now();
        let seeds = self.pool.len();
        let mut inputs = 0;
        // Spawning a process per input is slow: the CLI target gets one input in 20 of the
        // others' count when the run is bounded by count.
        let max_inputs = if self.target == Target::Cli {
            (max_inputs / 20).max(1)
        } else {
            max_inputs
        };
        while inputs < max_inputs && (inputs == 0 || started.elapsed() < budget) {
            let mut input = self.pool[self.random.below(self.pool.len())].clone();
            // One input in four has a shape mutation rarely builds: an article's front matter,
            // dateline, CRLF or byte-order mark; a timeline's aliases and chart sizes. Half of
            // those run as generated.
            let shaped = self.random.one_in(4);
            if shaped {
                let choice = self.random.next();
                input = match self.target {
                    Target::Timeline => shapes::timeline(choice).into_bytes(),
                    _ => shapes::article(choice, &input),
                };
            }
            if !shaped || self.random.one_in(2) {
                self.mutate(&mut input);
            }
            let reference_date = self.reference_date();
            *lock(&self.current) = Some((Instant::now(), self.target, input.clone()));
            let began = Instant::now();
            let outcome = self.execute(&input, reference_date);
            let took = began.elapsed();
            *lock(&self.current) = None;
            inputs += 1;
            if self.target == Target::Tag && input.len() >= 1024 {
                self.note_speed(took, &input, reference_date);
            }
            match outcome {
                Ok(signature) => {
                    if self.seen.insert(signature) && self.pool.len() < 20_000 {
                        self.pool.push(input);
                    }
                }
                Err(violation) => self.record(violation, input, reference_date),
            }
        }
        let elapsed = started.elapsed().as_secs_f64();
        #[expect(
            clippy::cast_precision_loss,
            reason = "a printed rate: rounding past 2^53 inputs does not show"
        )]
        let rate = inputs as f64 / elapsed.max(1e-9);
        println!(
            "{:<9} {inputs:>9} inputs in {elapsed:>6.1} s ({:>8.0}/s), pool {} ({seeds} seeds), \
             {} findings",
            self.target.name(),
            rate,
            self.pool.len(),
            self.findings.len()
        );
        if !self.slowest.is_empty() {
            let slowest: Vec<String> = self
                .slowest
                .iter()
                .map(|(ns, len)| format!("{ns:.0} ns/byte ({len} bytes)"))
                .collect();
            println!("          slowest inputs: {}", slowest.join(", "));
        }
    }

    /// Runs the target on one input: a signature of what it did, or the rule it broke.
    fn execute(
        &self,
        input: &[u8],
        reference_date: Option<NaiveDate>,
    ) -> Result<String, Violation> {
        match self.target {
            Target::Tag => run_tag(input, reference_date),
            Target::Extract => run_extract(input, reference_date),
            Target::Timeline => run_timeline(input),
            Target::Batch => batch::run_batch(input),
            Target::Cli => self
                .cli
                .as_ref()
                .map_or(Ok(String::new()), |cli| cli.run(input)),
        }
    }

    fn record(&mut self, violation: Violation, input: Vec<u8>, reference_date: Option<NaiveDate>) {
        let kind = kind_of(&violation);
        if !self.kinds.insert(kind.clone()) {
            return;
        }
        let attempts = if self.target == Target::Cli {
            300
        } else {
            20_000
        };
        let input = minimize(input, attempts, |candidate| {
            self.execute(candidate, reference_date)
                .err()
                .is_some_and(|v| kind_of(&v) == kind)
        });
        let violation = self
            .execute(&input, reference_date)
            .err()
            .unwrap_or(violation);
        self.findings.push(Finding {
            target: self.target,
            violation,
            input,
            reference_date,
        });
    }

    /// Keeps the three slowest inputs per byte, timed again (best of three) before they
    /// count, so that a moment when the machine was busy does not.
    fn note_speed(&mut self, took: Duration, input: &[u8], reference_date: Option<NaiveDate>) {
        #[expect(
            clippy::cast_precision_loss,
            reason = "a ratio to rank inputs by, where rounding is harmless"
        )]
        let per_byte = |took: Duration| took.as_nanos() as f64 / input.len() as f64;
        if self.slowest.len() == 3 && per_byte(took) <= self.slowest[2].0 {
            return;
        }
        let best = (0..3)
            .map(|_| {
                let began = Instant::now();
                let _ = self.execute(input, reference_date);
                began.elapsed()
            })
            .min()
            .unwrap_or(took);
        if self
            .slowest
            .first()
            .is_none_or(|top| per_byte(best) > top.0)
        {
            save(self.target, "slowest", input);
        }
        self.slowest.push((per_byte(best), input.len()));
        self.slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
        self.slowest.truncate(3);
    }

    fn reference_date(&mut self) -> Option<NaiveDate> {
        let edges = [
            NaiveDate::from_ymd_opt(1, 1, 1),
            NaiveDate::from_ymd_opt(9999, 12, 31),
            NaiveDate::from_ymd_opt(2000, 2, 29),
            NaiveDate::from_ymd_opt(1999, 12, 31),
            NaiveDate::from_ymd_opt(2024, 12, 30),
            Some(NaiveDate::MIN),
            Some(NaiveDate::MAX),
        ];
        match self.random.below(10) {
            0 => None,
            1 => *self.random.pick(&edges),
            _ => NaiveDate::from_ymd_opt(
                1900 + i32::try_from(self.random.below(200)).ok()?,
                1 + u32::try_from(self.random.below(12)).ok()?,
                1 + u32::try_from(self.random.below(28)).ok()?,
            ),
        }
    }

    fn mutate(&mut self, input: &mut Vec<u8>) {
        for _ in 0..=self.random.below(4) {
            let at = self.random.below(input.len() + 1);
            let end = (at + 1 + self.random.below(16)).min(input.len());
            let token = *self.random.pick(&self.dictionary);
            match self.random.below(11) {
                0 | 1 => splice(input, at, at, token),
                2 => splice(input, at, end, token),
                3 => splice(input, at, end, b""),
                4 => {
                    // Repetition is where super-linear matching shows.
                    let copies = 1 + self.random.below(64);
                    let piece = if end > at {
                        input[at..end].to_vec()
                    } else {
                        token.to_vec()
                    };
                    let repeated: Vec<u8> = piece
                        .iter()
                        .copied()
                        .cycle()
                        .take(piece.len() * copies)
                        .collect();
                    splice(input, at, at, &repeated);
                }
                5 if at < input.len() => input[at] ^= 1 << self.random.below(8),
                6 => {
                    let broken = *self.random.pick(BROKEN_UTF8);
                    splice(input, at, at, broken);
                }
                7 => {
                    let digits: String = (0..=self.random.below(12))
                        .map(|_| char::from(b"0123456789"[self.random.below(10)]))
                        .collect();
                    splice(input, at, end, digits.as_bytes());
                }
                8 => {
                    let other = self.pool[self.random.below(self.pool.len())].clone();
                    let from = self.random.below(other.len() + 1);
                    input.truncate(at);
                    input.extend_from_slice(&other[from..]);
                }
                9 => {
                    let upper = self.random.one_in(2);
                    for byte in &mut input[at..end] {
                        *byte = if upper {
                            byte.to_ascii_uppercase()
                        } else {
                            byte.to_ascii_lowercase()
                        };
                    }
                }
                _ => splice(input, at, at, &self.random.next().to_le_bytes()[..1]),
            }
        }
        input.truncate(16 * 1024);
    }
}

fn splice(input: &mut Vec<u8>, start: usize, end: usize, with: &[u8]) {
    input.splice(start..end, with.iter().copied());
}

/// Panics are findings, not noise: the hook records the message and where it was raised.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let location = info.location().map(ToString::to_string).unwrap_or_default();
        *lock(&LAST_PANIC) = format!("{location}: {message}");
    }));
}

fn catch<T>(work: impl FnOnce() -> T) -> Result<T, Violation> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|_| Violation {
        rule: "panic",
        detail: lock(&LAST_PANIC).clone(),
    })
}

/// A lock that a panic elsewhere cannot poison for good.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Findings of the same kind are one bug: a panic by where it was raised, others by rule.
fn kind_of(violation: &Violation) -> String {
    if violation.rule == "panic" {
        let location = violation.detail.split(": ").next().unwrap_or_default();
        format!("panic at {location}")
    } else {
        violation.rule.to_string()
    }
}

/// Removes ever smaller chunks of the input while it still fails the same way.
fn minimize(mut input: Vec<u8>, mut attempts: usize, fails: impl Fn(&[u8]) -> bool) -> Vec<u8> {
    let mut chunk = input.len().div_ceil(2).max(1);
    while attempts > 0 {
        let mut shrunk = false;
        let mut at = 0;
        while at < input.len() && attempts > 0 {
            attempts -= 1;
            let mut candidate = input.clone();
            candidate.drain(at..(at + chunk).min(input.len()));
            if fails(&candidate) {
                input = candidate;
                shrunk = true;
            } else {
                at += chunk;
            }
        }
        if !shrunk {
            if chunk == 1 {
                break;
            }
            chunk = chunk.div_ceil(2);
        }
    }
    input
}

/// Stops the run with the input at fault when one input takes longer than `limit`.
fn start_watchdog(current: Current, limit: Duration) {
    thread::spawn(move || {
        loop {
            thread::sleep(Duration::from_millis(250));
            if let Some((since, target, input)) = &*lock(&current)
                && since.elapsed() > limit
            {
                let path = save(*target, "hang", input);
                println!(
                    "\nHANG: {} ran over {limit:?} on {} bytes, saved to {}:\n{}",
                    target.name(),
                    input.len(),
                    path.display(),
                    literal(input, 2000)
                );
                std::process::exit(3);
            }
        }
    });
}

fn report(findings: &[Finding]) {
    if findings.is_empty() {
        println!("no findings");
        return;
    }
    let mut by_target: BTreeMap<Target, Vec<&Finding>> = BTreeMap::new();
    for finding in findings {
        by_target.entry(finding.target).or_default().push(finding);
    }
    for (target, findings) in by_target {
        for (n, finding) in findings.iter().enumerate() {
            let path = save(target, &n.to_string(), &finding.input);
            println!(
                "\nFINDING {} #{n}: {}\n  detail: {}\n  reference date: {}\n  input ({} bytes, saved to {}):\n  {}",
                target.name(),
                finding.violation.rule,
                finding.violation.detail,
                finding
                    .reference_date
                    .map_or("none".to_string(), |d| d.to_string()),
                finding.input.len(),
                path.display(),
                literal(&finding.input, 600)
            );
        }
    }
}

fn save(target: Target, name: &str, input: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-findings");
    let path = dir.join(format!("{}-{name}.bin", target.name()));
    let _ = fs::create_dir_all(&dir).and_then(|()| fs::write(&path, input));
    path
}

/// The input as a Rust literal: a string when it is UTF-8, bytes otherwise.
fn literal(input: &[u8], limit: usize) -> String {
    let shown = &input[..input.len().min(limit)];
    let more = if shown.len() < input.len() {
        " ..."
    } else {
        ""
    };
    match std::str::from_utf8(shown) {
        Ok(text) => format!("{text:?}{more}"),
        Err(_) => format!("b\"{}\"{more}", shown.escape_ascii()),
    }
}

/// The lines of the shared corpus, when it is there.
fn corpus_lines() -> Vec<Vec<u8>> {
    corpus::load(&corpus::shared_dir())
        .unwrap_or_default()
        .iter()
        .flat_map(|d| {
            d.text
                .lines()
                .map(str::trim)
                .filter(|l| l.len() > 20)
                .map(|l| l.as_bytes().to_vec())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The repository's own timelines (`data/**/*.yaml`).
fn repository_timelines() -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    let mut pending = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("data")];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                found.extend(fs::read(&path));
            }
        }
    }
    found
}
