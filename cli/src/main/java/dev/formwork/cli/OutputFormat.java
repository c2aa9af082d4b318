package dev.formwork.cli;

/** How a command prints its result on stdout: for people, or as one JSON document. */
enum OutputFormat {
  text,
  json
}
