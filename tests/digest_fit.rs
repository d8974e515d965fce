//! Fits the day ranker of `timeliner digest` (the weights of `data/rules/digest.txt`) on the
//! Timeline17 development stories, leave one story out, and prints the date F1 of each fit.
//!
//! Not in the default test run (it needs the stories, which stay outside the repository):
//! `TIMELINER_SHARED=... cargo test --release --test digest_fit -- --ignored --nocapture`,
//! with the stories under `$TIMELINER_SHARED/eval/t17-dev/<task>/` (`articles.jsonl.gz`,
//! `gold.txt`, `task.json`, as the benchmark ships them).
//!
//! The fit is coordinate ascent over a small grid of weights, from `sentences_other` alone,
//! maximising the date F1 of the top T days as the benchmark's scorer computes it (precision
//! and recall averaged over timelines, then F). Each story is fitted on its own and scored on
//! the other: the figure that tells whether a weight generalises.

use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use timeliner::batch::JsonLines;
use timeliner::digest::{Digester, FEATURES, Options};
use timeliner::pipeline::Article;
use timeliner::tagger::DocType;

/// One timeline to rebuild: its story, the days of the corpus with their features, and the
/// journalist's days.
struct Task {
    name: String,
    story: String,
    wanted: usize,
    days: Vec<(NaiveDate, Vec<f64>)>,
    gold: BTreeSet<NaiveDate>,
}

/// The features of the shipped weights.
const SHIPPED: [&str; 3] = ["sentences_other", "story_other", "published_excess"];

/// The weights tried for each feature.
const GRID: [f64; 8] = [-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 2.0];

fn tasks_dir() -> Option<PathBuf> {
    let shared = std::env::var_os("TIMELINER_SHARED")?;
    Some(Path::new(&shared).join("eval/t17-dev"))
}

fn read_task(dir: &Path) -> Task {
    let meta: serde_json::Value =
        serde_json::from_reader(File::open(dir.join("task.json")).unwrap()).unwrap();
    let day = |key: &str| NaiveDate::parse_from_str(meta[key].as_str().unwrap(), "%Y-%m-%d").ok();
    let options = Options {
        dates: meta["dates"].as_u64().map(|n| usize::try_from(n).unwrap()),
        per_date: 1,
        from: day("start"),
        to: day("end"),
        about: meta["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap().to_lowercase())
            .collect(),
    };
    let mut digester = Digester::new(options.clone());
    let file = File::open(dir.join("articles.jsonl.gz")).unwrap();
    for document in JsonLines::new(file).filter_map(Result::ok) {
        digester.add(&Article {
            name: document.id,
            text: document.text,
            reference: document.reference_date,
            doc_type: DocType::News,
        });
    }
    let gold = std::fs::read_to_string(dir.join("gold.txt"))
        .unwrap()
        .lines()
        .filter_map(|l| NaiveDate::parse_from_str(l.trim(), "%Y-%m-%d").ok())
        .collect();
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    Task {
        story: name.split('_').next().unwrap().to_string(),
        name,
        wanted: options.dates.unwrap(),
        days: digester.day_features(),
        gold,
    }
}

/// A count as a float.
fn real(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap())
}

/// Precision and recall of the top days of `task` under `weights`.
fn precision_recall(task: &Task, weights: &[f64]) -> (f64, f64) {
    let mut ranked: Vec<(NaiveDate, f64)> = task
        .days
        .iter()
        .map(|(d, f)| (*d, f.iter().zip(weights).map(|(f, w)| f * w).sum()))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(task.wanted);
    let hits = real(ranked.iter().filter(|(d, _)| task.gold.contains(d)).count());
    (
        hits / real(ranked.len().max(1)),
        hits / real(task.gold.len()),
    )
}

/// The date F1 of `tasks`, as the scorer averages it.
fn date_f1(tasks: &[&Task], weights: &[f64]) -> f64 {
    let (mut p, mut r) = (0.0, 0.0);
    for task in tasks {
        let (tp, tr) = precision_recall(task, weights);
        p += tp;
        r += tr;
    }
    let n = real(tasks.len());
    let (p, r) = (p / n, r / n);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Coordinate ascent from `sentences_other` alone: each round tries every weight of the grid
/// for every feature and keeps a change only when it raises the F1.
fn fit(tasks: &[&Task], allowed: &[&str]) -> Vec<f64> {
    let mut weights = vec![0.0; FEATURES.len()];
    let anchor = FEATURES
        .iter()
        .position(|f| *f == "sentences_other")
        .unwrap();
    weights[anchor] = 1.0;
    let mut best = date_f1(tasks, &weights);
    loop {
        let mut improved = false;
        for i in (0..FEATURES.len()).filter(|&i| i != anchor && allowed.contains(&FEATURES[i])) {
            for w in GRID {
                let mut tried = weights.clone();
                tried[i] = w;
                let f1 = date_f1(tasks, &tried);
                if f1 > best + 1e-9 {
                    best = f1;
                    weights = tried;
                    improved = true;
                }
            }
        }
        if !improved {
            return weights;
        }
    }
}

fn show(weights: &[f64]) -> String {
    FEATURES
        .iter()
        .zip(weights)
        .filter(|(_, w)| **w != 0.0)
        .map(|(f, w)| format!("{f} = {w}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
#[ignore = "needs the Timeline17 development stories (TIMELINER_SHARED)"]
fn fit_the_day_weights_leave_one_story_out() {
    let dir = tasks_dir().expect("set TIMELINER_SHARED");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("task.json").exists())
        .collect();
    dirs.sort();
    let tasks: Vec<Task> = dirs.iter().map(|d| read_task(d)).collect();
    let all: Vec<&Task> = tasks.iter().collect();
    let shipped = timeliner::digest::default_weights();
    for task in &all {
        let (p, r) = precision_recall(task, &shipped);
        println!("{:58} P {p:.3} R {r:.3}", task.name);
    }
    println!(
        "shipped weights: date F1 {:.3} over all timelines",
        date_f1(&all, &shipped)
    );
    let stories: BTreeSet<&str> = tasks.iter().map(|t| t.story.as_str()).collect();
    // Every feature, then only the few the shipped weights use: the fewer, the less a fit
    // can learn the two stories by heart.
    for allowed in [&FEATURES[..], &SHIPPED[..]] {
        println!("\nfeatures tried: {}", allowed.join(", "));
        let mut held_out = Vec::new();
        for story in &stories {
            let fitted: Vec<&Task> = all.iter().copied().filter(|t| t.story == *story).collect();
            let held: Vec<&Task> = all.iter().copied().filter(|t| t.story != *story).collect();
            let weights = fit(&fitted, allowed);
            println!(
                "fitted on {story}: {}\n  date F1 {:.3} on {story} (in sample), {:.3} on the rest",
                show(&weights),
                date_f1(&fitted, &weights),
                date_f1(&held, &weights),
            );
            held_out.extend(held.iter().map(|t| precision_recall(t, &weights)));
        }
        let n = real(held_out.len());
        let p = held_out.iter().map(|x| x.0).sum::<f64>() / n;
        let r = held_out.iter().map(|x| x.1).sum::<f64>() / n;
        println!(
            "every timeline scored by the fit on the other story: date F1 {:.3}",
            2.0 * p * r / (p + r)
        );
        let weights = fit(&all, allowed);
        println!(
            "fitted on all: {}\n  date F1 {:.3} (in sample)",
            show(&weights),
            date_f1(&all, &weights)
        );
    }
}
