//! The command-line front end: the only place that touches files, the clock, standard streams
//! and exit codes. Each subcommand lives in its own file; dispatch is one match.
//!
//! Exit codes: 0 success, 1 a check found differences (stale charts), 2 bad input or I/O error.

mod batch;
mod build;
mod check;
mod completions;
mod corpus;
mod digest;
mod export;
mod extract;
mod files;
mod import;
mod init;
mod man;
mod merge;
mod render;
mod schema;
mod tag;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turn news text into dated events, a hand-editable YAML timeline and an SVG chart.
#[derive(Debug, Parser)]
#[command(
    name = "timeliner",
    version,
    about,
    propagate_version = true,
    after_help = "\
Exit status: 0 success, 1 `build --check` found stale, missing or orphaned charts,
2 invalid input or an I/O error.

Make every chart from the bundled data:  timeliner build"
)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::BuildArgs),
    Render(render::RenderArgs),
    Check(check::CheckArgs),
    Tag(tag::TagArgs),
    Extract(extract::ExtractArgs),
    Digest(digest::DigestArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Init(init::InitArgs),
    Schema(schema::SchemaArgs),
    Completions(completions::CompletionsArgs),
    Man(man::ManArgs),
    Merge(merge::MergeArgs),
}

/// `--doc-type` of `tag` and `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DocTypeArg {
    Auto,
    News,
    Narrative,
}

impl From<DocTypeArg> for timeliner::tagger::DocType {
    fn from(arg: DocTypeArg) -> Self {
        match arg {
            DocTypeArg::Auto => Self::Auto,
            DocTypeArg::News => Self::News,
            DocTypeArg::Narrative => Self::Narrative,
        }
    }
}

/// "1 event", "2 events": a count and its noun, for messages.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Parses the arguments, runs the subcommand and turns its outcome into an exit code.
pub fn main() -> ExitCode {
    let args = Args::parse();
    let outcome = match args.command {
        Command::Build(a) => build::run(&a),
        Command::Render(a) => render::run(&a),
        Command::Check(a) => check::run(&a),
        Command::Tag(a) => tag::run(&a),
        Command::Extract(a) => extract::run(&a),
        Command::Digest(a) => digest::run(&a),
        Command::Export(a) => export::run(&a),
        Command::Import(a) => import::run(&a),
        Command::Init(a) => init::run(&a),
        Command::Schema(a) => schema::run(&a),
        Command::Completions(a) => completions::run(&a),
        Command::Man(a) => man::run(&a),
        Command::Merge(a) => merge::run(&a),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
