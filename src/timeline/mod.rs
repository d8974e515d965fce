//! The YAML timeline: its model, loading with every problem located, and saving.

pub mod date;
pub mod model;

pub use model::{ChartOptions, Era, Event, EventEnd, Review, Source, Status, Timeline};
