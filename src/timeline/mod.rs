//! The YAML timeline: its model, loading with every problem located, and validation.

pub mod date;
mod load;
pub mod model;
pub mod outline;
mod validate;

pub use load::{MAX_FILE_BYTES, load, parse};
pub use model::{ChartOptions, Era, Event, EventEnd, Review, Source, Status, Timeline};
pub use validate::{FORMAT_VERSION, Problem, validate};
