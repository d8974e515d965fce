//! text: see the crate documentation for where this stage sits in the pipeline.
