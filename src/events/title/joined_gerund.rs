//! An "-ing" form joined by "and" or "or" to a noun that describes the same head noun after
//! it is a noun too: "4,000 slot and gaming machines", "the mining and shipping firms". The
//! chunker reads it as a verb, which would make the noun phrase a clause ("There gaming
//! machines"). A verb there is joined to a verb before the noun ("is selling assets and
//! cutting jobs"), never to a noun right after a number or a determiner.

use super::super::chunk::Class;
use super::super::words::Token;

/// `tokens[i]`, an "-ing" form the chunker took for a verb, follows "and" or "or" after a
/// noun that a number or a determiner opens, and a noun follows it (see the module).
#[inline]
pub(super) fn is_joined_gerund(classes: &[Class], tokens: &[Token], i: usize) -> bool {
    // Most tokens are no verb after "and": that test first, as every token asks.
    if i < 3
        || classes[i] != Class::Verb
        || !matches!(&*tokens[i - 1].lower, "and" | "or")
        || classes.get(i + 1) != Some(&Class::Noun)
        || tokens[i].capitalized
        || !tokens[i].lower.ends_with("ing")
        // "young and fast-growing": a compound in "-ing" describes as an adjective does.
        || tokens[i].lower.contains('-')
    {
        return false;
    }
    classes[i - 2] == Class::Noun && matches!(classes[i - 3], Class::Num | Class::Det)
}
