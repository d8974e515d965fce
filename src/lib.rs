//! timeliner: news text → dated events → a hand-editable YAML timeline → a deterministic SVG chart.
//!
//! The modules are the pipeline, and dependencies flow one way, downwards in this list:
//! `text` cuts sentences and tokens, `recognize` finds temporal expressions, `normalize` gives
//! them TIMEX3 values against a reference date (`tagger` runs both), `events` attaches each
//! value to the event it dates, `timeline` loads, validates and updates the YAML file,
//! `pipeline` runs those stages over whole articles into a timeline's sources and events,
//! `digest` turns many articles on one story into the days that matter and their sentences,
//! `layout` places everything on a canvas (pure, integer pixels) and `render` writes the SVG.
//! `formats` writes the other outputs (TimeML, JSON, the exports to other timeline tools and
//! the timeline's JSON Schema), each as one function returning the bytes, and reads imports.
//! `batch` reads corpora (JSON Lines, text files) one document at a time.
//! Nothing in this library reads the clock, the file system or the environment: the
//! command-line front end (`src/cli`) does that and passes data in.

pub mod batch;
pub mod diag;
pub mod digest;
pub mod events;
pub mod formats;
pub mod layout;
pub mod normalize;
pub mod pipeline;
pub mod recognize;
pub mod render;
pub mod tagger;
pub mod text;
pub mod timeline;
pub mod timex;
