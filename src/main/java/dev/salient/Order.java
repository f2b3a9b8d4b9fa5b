package dev.salient;

/** The order of a summary's sentences. */
public enum Order {
  /** As they stand in the article (the default). */
  DOCUMENT,
  /** Best first. */
  SCORE
}
