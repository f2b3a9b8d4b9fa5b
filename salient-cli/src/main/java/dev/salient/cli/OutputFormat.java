package dev.salient.cli;

/** The {@code --format} values. */
enum OutputFormat {
  /** The summary sentences, one a line; errors go to stderr. */
  TEXT,
  /** One pretty-printed JSON object per input; an array of them when there are several inputs. */
  JSON,
  /** One JSON object per line per input, errors included as {@code {"id":..., "error":...}}. */
  JSONL
}
