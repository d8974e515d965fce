//! The files of a new timeline repository (`timeliner init`): an example timeline with its
//! chart, the JSON Schema for editors, a README and a GitHub Actions workflow. The texts are
//! data files in `data/init/`; the chart and the schema are made by this build, so they are
//! exactly what `timeliner build --check` and `timeliner schema` give.

use crate::render::render_svg;
use crate::timeline;

/// What the workflow does on pushes to the main branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnMain {
    /// Fail when a chart is not what its timeline renders to, as on pull requests.
    Check,
    /// Redraw the charts and commit them.
    Commit,
}

/// Where the example timeline goes, from the repository root.
pub const EXAMPLE_PATH: &str = "data/apollo.yaml";

const EXAMPLE: &str = include_str!("../../data/init/apollo.yaml.in");
const README: &str = include_str!("../../data/init/README.md");
const WORKFLOW_CHECK: &str = include_str!("../../data/init/timeline-check.yml.in");
const WORKFLOW_COMMIT: &str = include_str!("../../data/init/timeline-commit.yml.in");

/// Every file of the new repository: its path from the root, `/`-separated, and its bytes.
///
/// # Example
/// ```
/// use timeliner::formats::starter::{files, OnMain};
/// let paths: Vec<_> = files(OnMain::Check).into_iter().map(|(p, _)| p).collect();
/// assert!(paths.contains(&"output/apollo.svg"));
/// ```
#[must_use]
pub fn files(on_main: OnMain) -> Vec<(&'static str, Vec<u8>)> {
    let workflow = match on_main {
        OnMain::Check => WORKFLOW_CHECK,
        OnMain::Commit => WORKFLOW_COMMIT,
    };
    vec![
        ("README.md", README.into()),
        (".github/workflows/timeline.yml", workflow.into()),
        (EXAMPLE_PATH, EXAMPLE.into()),
        ("data/schema/timeline-v1.json", super::schema::write()),
        ("output/apollo.svg", example_chart().into_bytes()),
    ]
}

/// The example's chart; the example is part of this build and a test loads it.
fn example_chart() -> String {
    match timeline::load(EXAMPLE_PATH, EXAMPLE.as_bytes()) {
        Ok(example) => render_svg(&example),
        Err(_) => unreachable!("the example timeline is checked by a test"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_timeline_is_valid() {
        let example = timeline::load(EXAMPLE_PATH, EXAMPLE.as_bytes()).unwrap();
        assert!(timeline::validate(&example).is_empty());
    }

    #[test]
    fn workflows_differ_only_on_main() {
        for on_main in [OnMain::Check, OnMain::Commit] {
            let (_, workflow) = &files(on_main)[1];
            let text = std::str::from_utf8(workflow).unwrap();
            assert!(text.contains("TIMELINER_SOURCE"));
            assert!(text.contains("timeliner build --check"));
        }
    }
}
