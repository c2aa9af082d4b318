package dev.formwork.cli;

/** How diagnostics and failures are printed on stderr: for people, or as a JSON array. */
enum ErrorFormat {
  text,
  json
}
