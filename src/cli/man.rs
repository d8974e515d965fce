//! `timeliner man [COMMAND]`: the manual page, made by clap_mangen from the same definitions
//! as the parser and `--help`, so it cannot fall behind them.

use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};

/// Print the manual page (roff) of timeliner, or of one of its commands.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner man build | man -l -

Exit status: 0 printed, 2 no such command, or standard output cannot be written.")]
pub struct ManArgs {
    /// The command whose page to print [default: timeliner itself].
    command: Option<String>,
}

pub fn run(args: &ManArgs) -> anyhow::Result<ExitCode> {
    let mut top = super::Args::command();
    top.build();
    let man = match &args.command {
        None => clap_mangen::Man::new(top),
        Some(name) => {
            let sub = top
                .find_subcommand(name)
                .cloned()
                .with_context(|| format!("no command `{name}`; `timeliner --help` lists them"))?;
            // Named as git names its pages: timeliner-build(1).
            let title = format!("timeliner-{}", sub.get_name());
            let source = format!("timeliner {}", env!("CARGO_PKG_VERSION"));
            clap_mangen::Man::new(sub).title(title).source(source)
        }
    };
    let mut roff = Vec::new();
    man.render(&mut roff)?;
    super::files::write_stdout(&roff)?;
    Ok(ExitCode::SUCCESS)
}
