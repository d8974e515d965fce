//! The `timeliner` command: exact output and exit codes of render, check, build and
//! completions, run on files in temporary directories, and every command whose reader stops early.

use std::fs;
use std::path::Path;
use std::process::Command;

mod common;

use common::{Run, run_in};
use timeliner::render::render_svg;
use timeliner::timeline;

const VALID: &str =
    "title: Talks\nevents:\n  - id: hanoi\n    date: 2019\n    title: Hanoi summit\n";
const INVALID: &str =
    "title: Talks\nevents:\n  - id: hanoi\n    date: 2019-02-30\n    title: Hanoi summit\n";

fn run(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, b"")
}

fn ok(stdout: &str) -> Run {
    Run {
        code: 0,
        stdout: stdout.into(),
        stderr: String::new(),
    }
}

fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// What `render` must produce for a YAML text.
fn chart_of(yaml: &str) -> String {
    render_svg(&timeline::load("x", yaml.as_bytes()).unwrap())
}

/// Every file under `dir`, relative, sorted, with its contents.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

const INVALID_DIAGNOSTIC: &str = "\
error: event `hanoi`, field `date`: `2019-02-30` is not a day of the calendar
 --> bad.yaml:4:11
  |
4 |     date: 2019-02-30
  |           ^^^^^^^^^^

";

#[test]
fn render_writes_to_stdout_a_file_or_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", VALID);
    assert_eq!(run(dir.path(), &["render", "t.yaml"]), ok(&chart_of(VALID)));
    assert_eq!(
        run(dir.path(), &["render", "t.yaml", "-o", "-"]),
        ok(&chart_of(VALID))
    );
    assert_eq!(
        run(dir.path(), &["render", "t.yaml", "-o", "chart.svg"]),
        ok("")
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("chart.svg")).unwrap(),
        chart_of(VALID)
    );
    assert_eq!(
        run_in(dir.path(), &["render", "-"], VALID.as_bytes()),
        ok(&chart_of(VALID))
    );
}

#[test]
fn render_writes_png_for_a_png_name_or_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", VALID);
    assert_eq!(
        run(dir.path(), &["render", "t.yaml", "-o", "chart.PNG"]),
        ok("")
    );
    let png = fs::read(dir.path().join("chart.PNG")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["render", "t.yaml", "--format", "png"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        out.stdout, png,
        "the same chart to a file or to standard output"
    );
    assert_eq!(
        run(
            dir.path(),
            &["render", "t.yaml", "--format", "svg", "-o", "x.png"]
        ),
        ok("")
    );
    assert!(
        fs::read_to_string(dir.path().join("x.png"))
            .unwrap()
            .starts_with("<svg")
    );
}

#[test]
fn render_writes_a_web_page_for_an_html_name_or_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", VALID);
    assert_eq!(
        run(dir.path(), &["render", "t.yaml", "-o", "chart.html"]),
        ok("")
    );
    let page = fs::read_to_string(dir.path().join("chart.html")).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["render", "t.yaml", "--format", "html"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, page.as_bytes());
}

#[test]
fn render_refuses_an_invalid_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bad.yaml", INVALID);
    let result = run(dir.path(), &["render", "bad.yaml", "-o", "chart.svg"]);
    assert_eq!(
        result,
        Run {
            code: 2,
            stdout: String::new(),
            stderr: INVALID_DIAGNOSTIC.into()
        }
    );
    assert!(!dir.path().join("chart.svg").exists());

    let result = run_in(dir.path(), &["render", "-"], b"title: [");
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains(" --> <stdin>:1:9\n"),
        "{}",
        result.stderr
    );
}

/// `chart.height: 5000000` aborted the process allocating 24 GB (issue 12).
#[test]
fn render_refuses_a_png_past_100_megapixels_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let tall =
        "title: Talks\nchart: {height: 5000000}\nevents:\n  - {id: a, date: 2019, title: A}\n";
    write(dir.path(), "tall.yaml", tall);
    let result = run(dir.path(), &["render", "tall.yaml", "-o", "chart.png"]);
    assert_eq!(
        result,
        Run {
            code: 2,
            stdout: String::new(),
            stderr: "error: the chart is 1200×5000000 pixels (6000 megapixels), more than the 100 \
                     megapixels a PNG may have; lower chart.width or chart.height, show fewer \
                     events, or write SVG (--format svg)\n --> tall.yaml\n\n"
                .into()
        }
    );
    assert!(!dir.path().join("chart.png").exists());
}

#[test]
fn render_reports_unreadable_and_unwritable_paths() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        run(dir.path(), &["render", "nope.yaml"]),
        Run {
            code: 2,
            stdout: String::new(),
            stderr: "error: cannot read the file: no such file or directory\n --> nope.yaml\n\n"
                .into()
        }
    );
    write(dir.path(), "t.yaml", VALID);
    assert_eq!(
        run(dir.path(), &["render", "t.yaml", "-o", "no/such/dir/chart.svg"]),
        Run {
            code: 2,
            stdout: String::new(),
            stderr: "error: cannot write the chart: no such file or directory\n --> no/such/dir/chart.svg\n\n".into()
        }
    );
}

#[test]
fn check_reports_every_problem_of_every_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.yaml", VALID);
    write(dir.path(), "bad.yaml", INVALID);
    write(dir.path(), "worse.yaml", "titel: T\n");
    assert_eq!(
        run(dir.path(), &["check", "good.yaml", "good.yaml"]),
        ok("2 files: no problems\n")
    );
    let result = run(
        dir.path(),
        &[
            "check",
            "bad.yaml",
            "good.yaml",
            "worse.yaml",
            "missing.yaml",
        ],
    );
    let expected = format!(
        "{INVALID_DIAGNOSTIC}\
error: unknown field `titel`, expected one of `version`, `title`, `subtitle`, `as_of`, `sources`, `eras`, `events`, `chart`
 --> worse.yaml:1:1
  |
1 | titel: T
  | ^^^^^

error: cannot read the file: no such file or directory
 --> missing.yaml

error: 3 problems in 3 of 4 files
"
    );
    assert_eq!(
        result,
        Run {
            code: 2,
            stdout: String::new(),
            stderr: expected
        }
    );
}

#[test]
fn build_writes_changed_charts_only_and_check_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "data/b.yaml", VALID);
    write(d, "data/a/nested.yaml", &VALID.replace("Talks", "Nested"));
    write(d, "data/notes.txt", "not a timeline");
    assert_eq!(
        run(d, &["build"]),
        ok("wrote output/a/nested.svg\nwrote output/b.svg\n2 charts, 2 written\n")
    );
    assert_eq!(
        fs::read_to_string(d.join("output/b.svg")).unwrap(),
        chart_of(VALID)
    );

    let modified = fs::metadata(d.join("output/b.svg"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(run(d, &["build"]), ok("2 charts, 0 written\n"));
    assert_eq!(
        fs::metadata(d.join("output/b.svg"))
            .unwrap()
            .modified()
            .unwrap(),
        modified
    );
    assert_eq!(run(d, &["build", "--check"]), ok("2 charts up to date\n"));
}

#[test]
fn build_check_names_stale_missing_and_orphaned_charts_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "timelines/a.yaml", VALID);
    write(d, "timelines/b.yaml", VALID);
    write(d, "timelines/c.yaml", VALID);
    let chart = chart_of(VALID);
    let second_line = chart.lines().nth(1).unwrap().to_string();
    let mut stale: Vec<&str> = chart.lines().collect();
    stale[1] = "<!-- edited by hand -->";
    write(d, "charts/a.svg", &(stale.join("\n") + "\n"));
    write(d, "charts/c.svg", &chart);
    write(d, "charts/old/gone.svg", "<svg/>");
    let before = snapshot(d);

    let result = run(
        d,
        &[
            "build",
            "--check",
            "--data",
            "timelines",
            "--output",
            "charts",
        ],
    );
    let shown: String = second_line.chars().take(100).collect();
    let ellipsis = if second_line.chars().count() > 100 {
        "…"
    } else {
        ""
    };
    let expected_stdout = format!(
        "stale: charts/a.svg differs from what timelines/a.yaml renders to
  @@ line 2 @@
  - <!-- edited by hand -->
  + {shown}{ellipsis}
missing: charts/b.svg (the chart of timelines/b.yaml)
orphaned: charts/old/gone.svg has no timeline timelines/old/gone.yaml
"
    );
    assert_eq!(
        result,
        Run {
            code: 1,
            stdout: expected_stdout,
            stderr:
                "error: 3 charts out of date; run `timeliner build` and delete orphaned charts\n"
                    .into()
        }
    );
    assert_eq!(snapshot(d), before);

    // Building fixes the stale and missing charts and keeps the orphan, with a warning.
    let result = run(d, &["build", "--data", "timelines", "--output", "charts"]);
    assert_eq!(
        result,
        Run {
            code: 0,
            stdout: "wrote charts/a.svg\nwrote charts/b.svg\n3 charts, 2 written\n".into(),
            stderr: "warning: charts/old/gone.svg has no timeline timelines/old/gone.yaml; delete it or restore the timeline\n".into()
        }
    );
    fs::remove_file(d.join("charts/old/gone.svg")).unwrap();
    assert_eq!(
        run(
            d,
            &[
                "build",
                "--check",
                "--data",
                "timelines",
                "--output",
                "charts"
            ]
        ),
        ok("3 charts up to date\n")
    );
}

#[test]
fn build_reports_invalid_timelines_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "data/bad.yaml", INVALID);
    write(d, "data/good.yaml", VALID);
    let diagnostic = INVALID_DIAGNOSTIC.replace("bad.yaml", "data/bad.yaml");
    assert_eq!(
        run(d, &["build", "--check"]),
        Run {
            code: 2,
            stdout: "missing: output/good.svg (the chart of data/good.yaml)\n".into(),
            stderr: format!("{diagnostic}error: 1 problem found\n")
        }
    );
    assert_eq!(
        run(d, &["build"]),
        Run {
            code: 2,
            stdout: "wrote output/good.svg\n".into(),
            stderr: format!(
                "{diagnostic}error: 1 problem found; charts with problems were not written\n"
            )
        }
    );
    assert!(!d.join("output/bad.svg").exists());
    fs::remove_file(d.join("data/bad.yaml")).unwrap();
    fs::remove_file(d.join("output/good.svg")).unwrap();
    fs::create_dir(d.join("output/good.svg")).unwrap();
    assert_eq!(
        run(d, &["build", "--check"]),
        Run {
            code: 2,
            stdout: String::new(),
            stderr: "error: cannot read the chart: it is a directory\n --> output/good.svg\n\n\
                     error: 1 problem found\n"
                .into()
        }
    );
    assert_eq!(
        run(d, &["build", "--data", "nowhere"]),
        Run {
            code: 2,
            stdout: String::new(),
            stderr:
                "error: cannot read the data directory: no such file or directory\n --> nowhere\n\n"
                    .into()
        }
    );
}

#[test]
fn build_reports_files_in_the_way() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "data/sub/x.yaml", VALID);
    write(d, "output/sub", "a file where a directory should be");
    assert_eq!(
        run(d, &["build"]),
        Run {
            code: 2,
            stdout: String::new(),
            stderr:
                "error: cannot read the chart: a part of the path is not a directory\n --> output/sub/x.svg\n\n\
                     error: 1 problem found; charts with problems were not written\n"
                    .into()
        }
    );
    assert_eq!(
        run(d, &["build", "--output", "output/sub"]),
        Run {
            code: 2,
            stdout: String::new(),
            stderr:
                "error: cannot read the output directory: a part of the path is not a directory\n \
                     --> output/sub\n\n"
                    .into()
        }
    );
}

#[test]
fn completions_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let bash = run(dir.path(), &["completions", "bash"]);
    assert_eq!((bash.code, bash.stderr.as_str()), (0, ""));
    assert!(
        bash.stdout.starts_with("_timeliner() {\n"),
        "{}",
        bash.stdout
    );
    assert!(bash.stdout.contains("--check"));

    let help = run(dir.path(), &["build", "--help"]);
    assert_eq!(
        help,
        ok("\
Render every timeline DATA/**/*.yaml to OUTPUT/<same path>.svg.

Only charts whose bytes change are written, each atomically. A chart in OUTPUT without a timeline is reported but never deleted. With --check nothing is written: the charts are compared with what the timelines render to, as CI does.

Usage: timeliner build [OPTIONS]

Options:
      --check
          Write nothing; exit 1 if any chart is stale, missing or orphaned, showing each

      --data <DIR>
          Where the timelines are
          
          [default: data]

      --output <DIR>
          Where the charts go
          
          [default: output]

  -h, --help
          Print help (see a summary with '-h')

  -V, --version
          Print version

Example: timeliner build --check

Exit status:
  0  every chart written (or, with --check, up to date)
  1  with --check: a chart is stale, missing or orphaned
  2  an invalid or unreadable timeline, or an I/O error
")
    );
    let help = run(dir.path(), &["render", "--help"]);
    assert!(help.stdout.contains("  -o, --output <OUT>\n          Where to write the chart (`-` or omitted: standard output). Replaced atomically\n"), "{}", help.stdout);
    let help = run(dir.path(), &["check", "--help"]);
    assert!(
        help.stdout
            .contains("Exit status: 0 all valid, 2 any problem (invalid or unreadable file).\n"),
        "{}",
        help.stdout
    );
    let usage = run(dir.path(), &["check"]);
    assert_eq!(usage.code, 2);
    assert!(
        usage.stderr.starts_with(
            "error: the following required arguments were not provided:\n  <FILES>...\n"
        ),
        "{}",
        usage.stderr
    );
}

/// Runs `timeliner ARGS` in `dir`, reads the start of its output and closes the pipe, as
/// `| head` does; returns the exit code and standard error.
fn run_closing_early(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut start = [0; 100];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    // The read end is closed here, with more than a pipe's buffer still to write.
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let article: String = (0..4000)
        .map(|i| {
            format!(
                "In {}, the council of town {i} approved plan {i}.\n",
                1900 + i % 120
            )
        })
        .collect();
    write(dir.path(), "big.txt", &article);
    let timeline: String = (0..2000)
        .map(|i| {
            format!(
                "  - {{id: e{i}, date: {}, title: Event {i}}}\n",
                1900 + i % 120
            )
        })
        .collect();
    write(
        dir.path(),
        "big.yaml",
        &format!("title: Big\nevents:\n{timeline}"),
    );
    for args in [
        &["tag", "big.txt"][..],
        &["tag", "--format", "json", "big.txt"],
        &["extract", "--reference-date", "2025-09-22", "big.txt"],
        &[
            "extract",
            "--reference-date",
            "2025-09-22",
            "--format",
            "timeml",
            "big.txt",
        ],
        &["render", "big.yaml"],
    ] {
        assert_eq!(
            run_closing_early(dir.path(), args),
            (Some(0), String::new()),
            "{args:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn build_takes_yml_cleans_up_after_killed_runs_and_follows_links_only_inside_data() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "data/a.yml", VALID);
    write(d, "data/b.YAML", VALID);
    write(d, "secret/s.yaml", "password: hunter2\n");
    std::os::unix::fs::symlink("a.yml", d.join("data/inside.yaml")).unwrap();
    std::os::unix::fs::symlink("../secret/s.yaml", d.join("data/outside.yaml")).unwrap();
    // What `kill -9` leaves: an old temporary file of ours; a fresh one may be in use.
    write(d, "output/.a.svg.Xy12ab.tmp", "partial");
    write(d, "output/.b.svg.Xy12ab.tmp", "in use");
    write(d, "output/.notes.tmp", "not ours");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    for name in ["output/.a.svg.Xy12ab.tmp", "output/.notes.tmp"] {
        let file = fs::File::options().write(true).open(d.join(name)).unwrap();
        file.set_modified(old).unwrap();
    }
    let result = run(d, &["build"]);
    assert_eq!(
        result,
        Run {
            code: 2,
            stdout: "removed output/.a.svg.Xy12ab.tmp, left by an interrupted run\n\
                     wrote output/a.svg\nwrote output/b.svg\nwrote output/inside.svg\n"
                .into(),
            stderr: "error: a symbolic link that leads outside data; build reads only files inside its data folder\n \
                     --> data/outside.yaml\n  = help: copy the timeline into the folder, or pass its folder with --data\n\n\
                     error: 1 problem found; charts with problems were not written\n"
                .into(),
        }
    );
    let mut left: Vec<_> = fs::read_dir(d.join("output"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            ".b.svg.Xy12ab.tmp",
            ".notes.tmp",
            "a.svg",
            "b.svg",
            "inside.svg"
        ]
    );
}
