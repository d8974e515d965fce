//! The YAML timeline: its model, loading with every problem located, and saving.

pub mod date;
pub mod model;
pub mod update;

pub use model::{ChartOptions, Era, Event, EventEnd, Mention, Review, Source, Status, Timeline};
