//! `timeliner init`: the new repository's files, its chart checks at once, nothing is ever
//! overwritten, and the GitHub Actions workflow's commands run as CI would run them.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

mod common;

use common::{Run, run_in};

const FILES: [&str; 5] = [
    ".github/workflows/timeline.yml",
    "README.md",
    "data/apollo.yaml",
    "data/schema/timeline-v1.json",
    "output/apollo.svg",
];

/// Every file under `dir`, relative, with its contents (`.git` left out).
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().unwrap() == ".git" {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().to_string_lossy().into();
                files.insert(name, fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn init_makes_a_repository_whose_charts_check_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let made = run_in(tmp.path(), &["init", "new/repo"], b"");
    assert_eq!(
        made,
        Run {
            code: 0,
            stdout: String::new(),
            stderr: "made a timeline repository in new/repo: edit TIMELINER_SOURCE in \
                     .github/workflows/timeline.yml, then see README.md\n"
                .into(),
        }
    );
    let repo = tmp.path().join("new/repo");
    let files = snapshot(&repo);
    assert_eq!(files.keys().map(String::as_str).collect::<Vec<_>>(), FILES);
    let schema = run_in(tmp.path(), &["schema"], b"");
    assert_eq!(
        files["data/schema/timeline-v1.json"],
        schema.stdout.as_bytes()
    );
    let timeline = std::str::from_utf8(&files["data/apollo.yaml"]).unwrap();
    assert!(timeline.starts_with("# yaml-language-server: $schema=schema/timeline-v1.json\n"));
    let workflow = std::str::from_utf8(&files[".github/workflows/timeline.yml"]).unwrap();
    assert!(!workflow.contains("git push"), "check is the default");

    let check = run_in(&repo, &["build", "--check"], b"");
    assert_eq!(
        (check.code, check.stdout.as_str()),
        (0, "1 chart up to date\n")
    );

    let again = run_in(tmp.path(), &["init", "new/repo"], b"");
    assert_eq!(again.code, 2);
    let mut expected: String = [
        "README.md",
        ".github/workflows/timeline.yml",
        "data/apollo.yaml",
        "data/schema/timeline-v1.json",
        "output/apollo.svg",
    ]
    .iter()
    .map(|f| format!("error: new/repo/{f} exists already\n"))
    .collect();
    expected += "init writes nothing over existing files: move them away, or choose another DIR\n";
    assert_eq!(again.stderr, expected);
    assert_eq!(snapshot(&repo), files);

    // One file in the way is enough to write nothing at all.
    let other = tmp.path().join("other");
    fs::create_dir_all(other.join("data")).unwrap();
    fs::write(other.join("data/apollo.yaml"), "mine\n").unwrap();
    let blocked = run_in(&other, &["init"], b"");
    assert_eq!(
        (blocked.code, blocked.stderr.lines().next()),
        (2, Some("error: ./data/apollo.yaml exists already"))
    );
    assert_eq!(
        snapshot(&other),
        BTreeMap::from([("data/apollo.yaml".to_string(), b"mine\n".to_vec())])
    );
}

#[test]
fn init_into_a_file_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("notes"), "mine\n").unwrap();
    let run = run_in(tmp.path(), &["init", "notes"], b"");
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: cannot write: a file is in the way\n --> notes/README.md\n\n"
        )
    );
    assert_eq!(fs::read(tmp.path().join("notes")).unwrap(), b"mine\n");
}

/// Runs `git ARGS` in `dir`, away from the user's and the system's git configuration.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("HOME", dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The workflow's steps as GitHub Actions runs them for `event` ("push" or "pull_request"),
/// each `run:` in `bash -e` with the workflow's `env` and the freshly built timeliner on PATH.
/// Some steps cannot run here and are skipped: finding, caching and installing timeliner (the
/// built binary stands in for it; they need the network and the Actions cache) and `git push`
/// (the scratch repository has no remote). Returns the exit code of
/// the first step that fails, or 0, and the names of the steps that ran.
fn ci(repo: &Path, event: &str) -> (i32, Vec<String>) {
    let text = fs::read_to_string(repo.join(".github/workflows/timeline.yml")).unwrap();
    let workflow: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_timeliner")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let mut ran = Vec::new();
    for step in workflow["jobs"]["charts"]["steps"].as_sequence().unwrap() {
        let Some(script) = step["run"].as_str() else {
            let uses = step["uses"].as_str().unwrap();
            assert!(uses.starts_with("actions/checkout@") || uses.starts_with("actions/cache@"));
            continue;
        };
        let name = step["name"].as_str().unwrap();
        if name == "Install timeliner" {
            assert!(script.starts_with("cargo install --locked --git \"$TIMELINER_SOURCE\""));
            assert_eq!(
                step["if"].as_str(),
                Some("steps.cache.outputs.cache-hit != 'true'")
            );
            continue;
        }
        if name == "Find timeliner's revision" {
            assert!(script.contains("git ls-remote \"$TIMELINER_SOURCE\" HEAD"));
            continue;
        }
        if script.trim() == "git push" {
            continue;
        }
        let runs = match step["if"].as_str() {
            None => true,
            Some("github.event_name == 'push'") => event == "push",
            Some("github.event_name == 'pull_request'") => event == "pull_request",
            Some(other) => panic!("a condition this test cannot judge: {other}"),
        };
        if !runs {
            continue;
        }
        let mut command = Command::new("bash");
        command
            .args(["-e", "-c", script])
            .current_dir(repo)
            .env("PATH", &path)
            .env("HOME", repo)
            .env("GIT_CONFIG_NOSYSTEM", "1");
        for (key, value) in workflow["env"].as_mapping().unwrap() {
            command.env(key.as_str().unwrap(), value.as_str().unwrap());
        }
        let status = command.output().unwrap().status;
        ran.push(name.to_string());
        if !status.success() {
            return (status.code().unwrap(), ran);
        }
    }
    (0, ran)
}

/// A scratch git repository made by `timeliner init --on-main ON_MAIN`, all committed.
fn scratch(on_main: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let made = run_in(dir.path(), &["init", "--on-main", on_main], b"");
    assert_eq!(made.code, 0, "{}", made.stderr);
    git(dir.path(), &["init", "--quiet", "--initial-branch=main"]);
    commit_all(dir.path(), "Start");
    dir
}

fn commit_all(repo: &Path, message: &str) {
    git(repo, &["add", "--all"]);
    git(
        repo,
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "commit",
            "--quiet",
            "-m",
            message,
        ],
    );
}

/// A hand edit that changes the chart, committed without redrawing it.
fn edit_title(repo: &Path) {
    let path = repo.join("data/apollo.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("title: The Apollo program", "title: Apollo"),
    )
    .unwrap();
    commit_all(repo, "Shorter title");
}

#[test]
fn workflow_checking_on_main_fails_on_a_stale_chart() {
    let repo = scratch("check");
    let check = || vec!["Check the charts".to_string()];
    assert_eq!(ci(repo.path(), "pull_request"), (0, check()));
    assert_eq!(ci(repo.path(), "push"), (0, check()));
    edit_title(repo.path());
    assert_eq!(ci(repo.path(), "pull_request"), (1, check()));
    assert_eq!(ci(repo.path(), "push"), (1, check()));
}

#[test]
fn workflow_committing_on_main_redraws_and_commits_the_charts() {
    let repo = scratch("commit");
    let on_push: Vec<String> = ["Redraw the charts", "Commit the charts"]
        .map(String::from)
        .into();
    assert_eq!(
        ci(repo.path(), "pull_request"),
        (0, vec!["Check the charts".to_string()])
    );
    assert_eq!(ci(repo.path(), "push"), (0, on_push.clone()));
    assert_eq!(
        git(repo.path(), &["rev-list", "--count", "HEAD"]),
        "1\n",
        "nothing to commit"
    );

    edit_title(repo.path());
    assert_eq!(ci(repo.path(), "pull_request").0, 1);
    assert_eq!(ci(repo.path(), "push"), (0, on_push));
    assert_eq!(
        git(
            repo.path(),
            &["log", "-1", "--format=%s %an", "--name-only"]
        ),
        "Redraw the timeline charts github-actions[bot]\n\noutput/apollo.svg\n"
    );
    assert_eq!(git(repo.path(), &["status", "--porcelain"]), "");
    assert_eq!(ci(repo.path(), "pull_request").0, 0);
}

#[test]
fn every_subcommand_shows_an_example_and_has_a_manual_page() {
    let dir = tempfile::tempdir().unwrap();
    let help = run_in(dir.path(), &["--help"], b"").stdout;
    let commands: Vec<&str> = help
        .split("Commands:\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.split_whitespace().next().unwrap())
        .filter(|c| *c != "help")
        .collect();
    assert!(
        commands.contains(&"init") && commands.contains(&"man"),
        "{commands:?}"
    );
    for command in &commands {
        let help = run_in(dir.path(), &[command, "--help"], b"");
        assert!(
            help.stdout.contains("Example"),
            "{command} --help:\n{}",
            help.stdout
        );
        let man = run_in(dir.path(), &["man", command], b"");
        assert_eq!(man.code, 0, "{}", man.stderr);
        assert!(
            man.stdout.contains(&format!(".TH timeliner-{command} 1 ")),
            "{}",
            man.stdout
        );
    }
    let man = run_in(dir.path(), &["man"], b"");
    assert!(man.stdout.contains(".TH timeliner 1 "), "{}", man.stdout);
    assert!(man.stdout.contains("timeliner\\-init(1)"), "{}", man.stdout);
    let unknown = run_in(dir.path(), &["man", "nope"], b"");
    assert_eq!(
        (unknown.code, unknown.stderr.as_str()),
        (
            2,
            "error: no command `nope`; `timeliner --help` lists them\n"
        )
    );
}
