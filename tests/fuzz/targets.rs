//! The targets' runs on one input: tag, extract, timeline (load and render) and the command
//! line, each checking its invariants (see the driver's header).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use timeliner::events::extract;
use timeliner::render::{MAX_PIXELS, RenderError, render_png, render_svg};
use timeliner::tagger::{TagOptions, tag};
use timeliner::text::sentences;
use timeliner::timeline::update::{MadeBy, new_file};
use timeliner::timeline::{Timeline, load};

use super::invariants::{Violation, check_events, check_sentences, check_svg, check_timexes};
use super::{catch, corpus};

/// Tags the input (read lossily, as a reader of broken files would) twice and checks both runs.
pub(super) fn run_tag(
    input: &[u8],
    reference_date: Option<NaiveDate>,
) -> Result<String, Violation> {
    let text = String::from_utf8_lossy(input);
    let options = options_for(reference_date);
    let timexes = catch(|| tag(&text, &options))?;
    check_timexes(&text, &timexes)?;
    if catch(|| tag(&text, &options))? != timexes {
        return Err(Violation {
            rule: "tagging the same text twice differs",
            detail: String::new(),
        });
    }
    // The shape of each value (digits as 9) tells roughly which rule produced it.
    Ok(timexes
        .iter()
        .map(|t| {
            let shape: String = t
                .value
                .to_string()
                .chars()
                .map(|c| if c.is_ascii_digit() { '9' } else { c })
                .collect();
            format!("{}:{shape}:{:?} ", t.kind.as_str(), t.modifier)
        })
        .collect())
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
pub(super) fn options_for(reference_date: Option<NaiveDate>) -> TagOptions {
    TagOptions {
        reference_date,
        ..TagOptions::default()
    }
}

/// Runs what `timeliner extract` runs on the input (tag, sentences, events) and writes the
/// events as a new timeline file, which must load back as the same events.
pub(super) fn run_extract(
    input: &[u8],
    reference_date: Option<NaiveDate>,
) -> Result<String, Violation> {
    let text = String::from_utf8_lossy(input);
    let reference = reference_date
        .or_else(|| NaiveDate::from_ymd_opt(2001, 12, 26))
        .expect("a valid date");
    let timexes = catch(|| tag(&text, &options_for(Some(reference))))?;
    let spans = catch(|| sentences(&text))?;
    check_sentences(&text, &spans)?;
    let events = catch(|| extract(&text, &timexes, &spans, Some(reference), "fuzz"))?;
    check_events(&text, &events)?;
    let timeline = Timeline {
        title: "fuzz".to_string(),
        events,
        ..Timeline::default()
    };
    let written = catch(|| new_file(&timeline, MadeBy::Extract))?;
    match serde_yaml::from_str::<Timeline>(&written) {
        Ok(back) if back.events == timeline.events => {}
        Ok(_) => {
            return Err(Violation {
                rule: "extracted events change when written and loaded",
                detail: written.chars().take(300).collect(),
            });
        }
        Err(e) => {
            return Err(Violation {
                rule: "extracted events written as YAML do not load",
                detail: format!("{e}"),
            });
        }
    }
    Ok(timeline
        .events
        .iter()
        .map(|e| format!("{:?}:{:?} ", e.status, e.date.precision))
        .collect())
}

/// Loads the input as a timeline through the loader `check` uses and, if it loads, renders it
/// twice (and as PNG when it sets a chart size) and writes it back.
pub(super) fn run_timeline(input: &[u8]) -> Result<String, Violation> {
    let timeline = match catch(|| load("fuzz.yaml", input))? {
        Ok(timeline) => timeline,
        // The message without its numbers says which check refused the file.
        Err(errors) => {
            return Ok(errors
                .first()
                .map(|e| e.to_string())
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_ascii_digit())
                .take(60)
                .collect());
        }
    };
    if timeline.chart.width.is_some() || timeline.chart.height.is_some() {
        check_png(catch(|| render_png(&timeline))?)?;
    }
    let svg = catch(|| render_svg(&timeline))?;
    check_svg(&svg)?;
    if catch(|| render_svg(&timeline))? != svg {
        return Err(Violation {
            rule: "rendering the same timeline twice differs",
            detail: String::new(),
        });
    }
    let written = catch(|| serde_yaml::to_string(&timeline))?.map_err(|e| Violation {
        rule: "a loaded timeline cannot be written",
        detail: e.to_string(),
    })?;
    match serde_yaml::from_str::<Timeline>(&written) {
        Ok(back) if back == timeline => Ok(format!("loaded {}", timeline.events.len().min(3))),
        Ok(_) => Err(Violation {
            rule: "writing and loading a timeline changes it",
            detail: written.chars().take(200).collect(),
        }),
        Err(e) => Err(Violation {
            rule: "a written timeline does not load",
            detail: format!("{e}"),
        }),
    }
}

/// A PNG is drawn, or refused for having more than `MAX_PIXELS` pixels; nothing else.
pub(super) fn check_png(png: Result<Vec<u8>, RenderError>) -> Result<(), Violation> {
    match png {
        Ok(bytes) if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => Ok(()),
        Ok(_) => Err(Violation {
            rule: "render_png gives no PNG",
            detail: String::new(),
        }),
        Err(RenderError::TooLarge { width, height })
            if u64::from(width) * u64::from(height) > MAX_PIXELS =>
        {
            Ok(())
        }
        Err(e) => Err(Violation {
            rule: "render_png fails",
            detail: e.to_string(),
        }),
    }
}

/// The release binary, run on files holding the raw input bytes.
pub(super) struct Cli {
    binary: PathBuf,
    file: PathBuf,
    timeml_flag: bool,
}

impl Cli {
    pub(super) fn new() -> Self {
        let binary = PathBuf::from(env!("CARGO_BIN_EXE_timeliner"));
        let help = Command::new(&binary).args(["tag", "--help"]).output();
        let timeml_flag =
            help.is_ok_and(|h| String::from_utf8_lossy(&h.stdout).contains("--format"));
        Self {
            binary,
            file: Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-cli-input.txt"),
            timeml_flag,
        }
    }

    pub(super) fn run(&self, input: &[u8]) -> Result<String, Violation> {
        fs::write(&self.file, input).map_err(|e| Violation {
            rule: "cannot write the input file",
            detail: e.to_string(),
        })?;
        let mut args = vec!["--reference-date", "2001-12-26"];
        if self.timeml_flag {
            args.extend(["--format", "timeml"]);
        }
        let rules = (
            "timeliner tag panics",
            "timeliner tag exits with neither 0 nor 2",
        );
        let stdout = match self.run_on_file("tag", &args, rules)? {
            Ok(stdout) => stdout,
            Err(refused) => return Ok(refused),
        };
        let text = corpus::strip_timeml(&stdout);
        // XML 1.0 cannot hold most control characters, nor U+FFFE and U+FFFF: the writer puts
        // a character of the same length in their place (see `formats::xml::escape`).
        let expected: String = String::from_utf8_lossy(input)
            .chars()
            .map(|c| match c {
                '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
                c if c < ' ' && !matches!(c, '\t' | '\n' | '\r') => ' ',
                c => c,
            })
            .collect();
        if text.as_bytes() != input && text != expected {
            let at = text.bytes().zip(input).take_while(|(a, b)| a == *b).count();
            return Err(Violation {
                rule: "TimeML output with tags removed differs from the input",
                detail: format!(
                    "first difference at byte {at}: {:?}",
                    stdout.chars().take(120).collect::<String>()
                ),
            });
        }
        // Extract finds the reference date in the article's front matter or dateline.
        let rules = (
            "timeliner extract panics",
            "timeliner extract exits with neither 0 nor 2",
        );
        let extracted = match self.run_on_file("extract", &[], rules)? {
            Ok(_) => "extracted".to_string(),
            Err(refused) => refused,
        };
        Ok(format!(
            "tagged {} {extracted}",
            stdout.matches("<TIMEX3").count().min(3)
        ))
    }

    /// Runs `timeliner SUBCOMMAND FILE ARGS...`: its standard output when it exits 0, or (as
    /// `Err`) a signature of the refusal when it exits 2 with an error message. A panic or any
    /// other exit breaks `rules` (panics, other exit).
    fn run_on_file(
        &self,
        subcommand: &str,
        args: &[&str],
        (panics, other_exit): (&'static str, &'static str),
    ) -> Result<Result<String, String>, Violation> {
        let output = Command::new(&self.binary)
            .arg(subcommand)
            .arg(&self.file)
            .args(args)
            .output()
            .map_err(|e| Violation {
                rule: "cannot run timeliner",
                detail: e.to_string(),
            })?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        if let Some(at) = stderr.lines().find(|l| l.contains("panicked")) {
            return Err(Violation {
                rule: panics,
                detail: at.to_string(),
            });
        }
        match output.status.code() {
            Some(0) => Ok(Ok(String::from_utf8_lossy(&output.stdout).into_owned())),
            Some(2) if stderr.starts_with("error") => Ok(Err(format!(
                "{subcommand} refused {}",
                stderr
                    .chars()
                    .filter(|c| c.is_ascii_alphabetic())
                    .take(40)
                    .collect::<String>()
            ))),
            Some(2) => Err(Violation {
                rule: "exit 2 without an error message",
                detail: stderr.to_string(),
            }),
            code => Err(Violation {
                rule: other_exit,
                detail: format!("{code:?}: {stderr}"),
            }),
        }
    }
}
