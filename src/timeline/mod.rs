//! The YAML timeline: its model, loading with every problem located, validation, and
//! re-extraction updates that keep the user's text byte for byte.

pub mod date;
mod load;
mod mentions;
pub mod model;
pub mod outline;
pub mod update;
mod validate;

pub use load::{MAX_FILE_BYTES, load, parse};
pub use mentions::Mentions;
pub use model::{
    ChartOptions, Era, Event, EventEnd, MAX_MENTIONS, Mention, Notes, Quote, Review, Shared,
    Source, Status, Timeline,
};
pub use validate::{CHART_WIDTHS, FORMAT_VERSION, Problem, validate};
