//! Batch extraction throughput, scaling over cores and peak memory, against tagging alone in
//! the same run.
//!
//! `cargo bench --bench batch` writes the corpus (the Lee articles and the TBAQ texts) as JSON
//! Lines repeated to `TIMELINER_BENCH_MB` (default 50; 1000 for the 1 GB run), with one broken
//! line in every 997, then runs each of these in a fresh child process that reads the file
//! through `batch::JsonLines`, as `timeliner extract --batch FILE` does: `tag()` alone on one
//! thread (the baseline), the batch (`ordered_map` of the parse of each line,
//! `extract_document` and `write_line`) on one thread and on every core. It prints MB/s, the
//! ratio of all cores to one, the peak resident memory (`VmHWM`) of each child, and checks
//! that both batch runs wrote the same bytes and one error record per broken line.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs once on a built-in paragraph.

// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod child;
mod corpus;
// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::fs::File;
use std::hash::Hasher;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use timeliner::batch::{
    Defaults, JsonLines, RawLine, extract_document, ordered_map, write_error, write_line,
};
use timeliner::tagger::{TagOptions, tag};

// The allocator of the `timeliner` command, so that the children measure what it runs.
#[path = "../../src/allocator.rs"]
mod allocator;
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

/// One line in this many is broken on purpose: the run must go on and report it.
const BROKEN_EVERY: usize = 997;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        child_main(&args[at + 1..]);
        return;
    }
    let bench = timing::is_bench_run();
    if !bench {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
    }
    let Some(loaded) = corpus::for_bench("batch", bench) else {
        return;
    };
    let target = if bench {
        timing::env_or("TIMELINER_BENCH_MB", 50) * 1_000_000
    } else {
        20_000
    };
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-batch.jsonl");
    let (bytes, lines, broken) = write_corpus(&path, &corpus::repeat_to(&loaded, target));
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "batch: {:.1} MB of JSON Lines, {lines} documents ({broken} broken), {cores} cores",
        timing::megabytes(bytes)
    );
    let file = path.to_string_lossy().into_owned();
    let limit = Duration::from_secs(4 * 3600);
    let run = |what: &str, jobs: usize| -> Measured {
        let out = child::run_child(
            &["--child", what, &file, &jobs.to_string()],
            &[],
            limit,
            8_000_000,
        )
        .unwrap_or_else(|e| panic!("{what} with {jobs} jobs: {e}"));
        Measured::parse(&out)
    };
    let tagging = run("tag", 1);
    let one = run("batch", 1);
    let all = run("batch", cores);
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>11} {:>9}",
        "", "seconds", "MB/s", "CPU s", "MB/CPU s", "peak MB"
    );
    for (name, m) in [
        ("tag() alone, 1 thread (baseline)", &tagging),
        ("batch extract, 1 thread", &one),
        (&*format!("batch extract, {cores} threads"), &all),
    ] {
        println!(
            "{name:<34} {:>9.1} {:>9.2} {:>9.1} {:>11.2} {:>9.1}",
            m.seconds,
            timing::megabytes(bytes) / m.seconds.max(1e-9),
            m.cpu_seconds,
            // Ticks are a hundredth of a second: a smoke run may have none.
            timing::megabytes(bytes) / m.cpu_seconds.max(0.01),
            timing::kib_megabytes(m.peak_kb)
        );
    }
    println!(
        "ratio batch/tag time on 1 thread: {:.2}; speed-up {cores} threads / 1: {:.2}",
        one.seconds / tagging.seconds.max(1e-9),
        one.seconds / all.seconds.max(1e-9)
    );
    assert_eq!(
        one.hash, all.hash,
        "the output differs with the number of jobs"
    );
    assert_eq!(one.errors, broken, "error records");
    println!(
        "same output bytes on 1 and {cores} threads; {broken} error records for {broken} broken lines"
    );
}

/// What a child measured.
struct Measured {
    seconds: f64,
    /// User and system time of the child's threads together.
    cpu_seconds: f64,
    peak_kb: u64,
    hash: u64,
    errors: usize,
}

impl Measured {
    fn parse(out: &str) -> Self {
        let f: Vec<&str> = out.split_whitespace().collect();
        let get = |i: usize| f.get(i).copied().unwrap_or("0");
        Self {
            seconds: get(0).parse().unwrap_or(0.0),
            peak_kb: get(1).parse().unwrap_or(0),
            hash: get(2).parse().unwrap_or(0),
            errors: get(3).parse().unwrap_or(0),
            cpu_seconds: get(4).parse().unwrap_or(0.0),
        }
    }
}

/// Writes the documents as JSON Lines; returns the bytes written, the lines and how many
/// are broken.
fn write_corpus(path: &PathBuf, documents: &[&corpus::Document]) -> (usize, usize, usize) {
    let mut out = BufWriter::new(File::create(path).expect("the bench file"));
    let (mut bytes, mut broken) = (0, 0);
    for (i, d) in documents.iter().enumerate() {
        let mut line = serde_json::json!({
            "id": format!("doc-{i}"),
            "date": d.reference_date.to_string(),
            "text": d.text,
        })
        .to_string();
        if i % BROKEN_EVERY == BROKEN_EVERY - 1 {
            line.truncate(line.len() / 2);
            broken += 1;
        }
        line.push('\n');
        out.write_all(line.as_bytes()).expect("the bench file");
        bytes += line.len();
    }
    out.flush().expect("the bench file");
    (bytes, documents.len(), broken)
}

/// In the child: one measured run; prints seconds, peak KB, a hash of the output and the
/// number of error records.
fn child_main(args: &[String]) {
    let (what, file, jobs) = (&args[0], &args[1], args[2].parse().unwrap_or(1));
    let start = Instant::now();
    let input = File::open(file).expect("the bench file");
    let mut hash = std::hash::DefaultHasher::new();
    let mut errors = 0;
    if what == "tag" {
        for document in JsonLines::new(input).flatten() {
            let options = TagOptions {
                reference_date: document.reference_date,
                ..TagOptions::default()
            };
            hash.write_usize(std::hint::black_box(tag(&document.text, &options)).len());
        }
    } else {
        let defaults = Defaults::default();
        let mut lines = JsonLines::new(input);
        ordered_map(
            std::iter::from_fn(|| lines.next_raw()),
            jobs,
            RawLine::size,
            |line| match line.parse() {
                Ok(d) => match extract_document(d, &defaults) {
                    Ok(x) => (write_line(&x, false), false),
                    Err(e) => (write_error(None, &e), true),
                },
                Err(e) => (write_error(None, &e), true),
            },
            |(line, failed): (Vec<u8>, bool)| {
                hash.write(&line);
                errors += usize::from(failed);
                Ok::<_, ()>(())
            },
        )
        .expect("no error from the sink");
    }
    let seconds = start.elapsed().as_secs_f64();
    // The whole process's peak: the batch must run in bounded memory, all of it counted.
    let peak = child::status_kb("/proc/self/status", "VmHWM:").unwrap_or(0);
    println!(
        "{seconds} {peak} {} {errors} {}",
        hash.finish(),
        cpu_seconds()
    );
}

/// User plus system time of this process so far, from `/proc/self/stat` (Linux, 100 ticks a
/// second); on a shared machine it shows the work done when the wall clock shows the queue.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let after = stat.rfind(')').map_or("", |at| &stat[at + 1..]);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u32>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (f64::from(ticks(11)) + f64::from(ticks(12))) / 100.0
}
