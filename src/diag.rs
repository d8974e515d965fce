//! Diagnostics: one located message (`file:line:col`, the source line, a caret, a hint),
//! shared by every module that reports problems in a user's file.
