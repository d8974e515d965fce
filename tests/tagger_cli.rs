//! `timeliner tag`: exact output of each format, stdin, the reference date from the article,
//! warnings and errors with their exit codes.

mod common;

use common::{Run, run_in};

fn tag(args: &[&str], stdin: &[u8]) -> Run {
    run_in(&std::env::temp_dir(), &[&["tag"], args].concat(), stdin)
}

fn strip_tags(timeml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in timeml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn timeml_round_trips_the_input_exactly() {
    let text = "SEOUL, Sept. 22 (Reuters) \u{2013} Kim said on\u{a0}Friday \u{201c}A&B <x>\u{201d}\r\nthat talks resume next month.\r\n";
    let run = tag(&["--reference-date", "2025-09-22", "-"], text.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(strip_tags(&run.stdout), text);
    assert_eq!(
        run.stdout,
        "SEOUL, <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-09-22\">Sept. 22</TIMEX3> (Reuters) \u{2013} Kim said on\u{a0}<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-09-19\">Friday</TIMEX3> \u{201c}A&amp;B &lt;x&gt;\u{201d}\r\nthat talks resume <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2025-10\">next month</TIMEX3>.\r\n"
    );
}

#[test]
fn json_gives_byte_spans_type_value_and_mod() {
    let run = tag(
        &["--reference-date", "2013-02-12", "--format", "json", "-"],
        "\u{201c}Early March\u{201d}, or three years.".as_bytes(),
    );
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "[\n  {\"file\": \"-\", \"reference_date\": \"2013-02-12\", \"timexes\": [\n    {\"start\": 3, \"end\": 14, \"text\": \"Early March\", \"type\": \"DATE\", \"value\": \"2013-03\", \"mod\": \"START\"},\n    {\"start\": 22, \"end\": 33, \"text\": \"three years\", \"type\": \"DURATION\", \"value\": \"P3Y\", \"mod\": null}\n  ]}\n]\n"
    );
}

#[test]
fn text_format_is_one_line_per_expression() {
    let run = tag(
        &["--reference-date", "2013-02-12", "--format", "text", "-"],
        b"Line one.\nIt rained yesterday.",
    );
    assert_eq!(run.stdout, "-:2:11\tDATE\t2013-02-11\t-\tyesterday\n");
}

#[test]
fn reference_date_from_front_matter_and_warning_without_one() {
    let run = tag(
        &["-"],
        b"---\ndate: 2025-09-22\n---\nTalks resume next month.",
    );
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("value=\"2025-10\">next month<"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.starts_with("---\ndate: 2025-09-22\n---\n"));
    assert_eq!(run.stderr, "");

    let run = tag(&["-"], b"Talks resume next month, not in 2019.");
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("value=\"XXXX-XX\">next month<"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("value=\"2019\">2019<"));
    assert_eq!(
        run.stderr,
        "warning: -: no reference date: 1 relative expression(s) left unresolved (XXXX); give one with --reference-date YYYY-MM-DD or a first line `date: YYYY-MM-DD`\n"
    );
}

#[test]
fn a_weekday_that_contradicts_its_date_is_a_warning() {
    let dir = std::env::temp_dir().join(format!("timeliner-weekday-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("treaty.txt"),
        "date: 2025-09-22\nThe treaty was signed on\nFriday, March 5, 1946.\n",
    )
    .unwrap();
    let run = run_in(&dir, &["tag", "treaty.txt"], b"");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("value=\"1946-03-05\">Friday, March 5, 1946<")
    );
    assert_eq!(
        run.stderr,
        "warning: treaty.txt:3:1: \"Friday, March 5, 1946\": 1946-03-05 was a Tuesday; the date \
         is kept\n"
    );
}

#[test]
fn invalid_utf8_is_an_error_with_its_position() {
    let run = tag(&["-"], b"ok\nab\xffcd");
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: -:2:3: invalid UTF-8 at byte 5\n  hint: convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`\n"
    );
}

#[test]
fn missing_file_is_an_error() {
    let run = tag(&["/nonexistent/article.txt"], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: cannot read /nonexistent/article.txt: "),
        "{}",
        run.stderr
    );
}

/// A full disk is an error, unlike a reader that stops early (see `tests/cli.rs`).
#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_standard_output_is_an_error() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["tag", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"in 2019").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: cannot write to standard output: No space left on device (os error 28)\n"
    );
}

#[test]
fn doc_type_narrative_reads_month_and_day_names_from_the_story() {
    let text = "Kim took power in 2011. In December, his uncle was executed. On March 3, 2013, \
                talks began. On Monday, they ended.";
    let values = |args: &[&str]| -> Vec<String> {
        let run = tag(
            &[args, &["--format", "text", "-"]].concat(),
            text.as_bytes(),
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
            .lines()
            .map(|line| line.split('\t').nth(2).unwrap().to_string())
            .collect()
    };
    let story = ["2011", "2011-12", "2013-03-03", "2013-03-04"];
    assert_eq!(
        values(&["--doc-type", "narrative", "--reference-date", "2025-09-22"]),
        story
    );
    // Without a reference date, `auto` reads the text as a narrative.
    assert_eq!(values(&[]), story);
    let news = ["2011", "2024-12", "2013-03-03", "2025-09-22"];
    assert_eq!(values(&["--reference-date", "2025-09-22"]), news);
}
