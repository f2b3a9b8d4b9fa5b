package dev.salient;

/**
 * Why a {@link Summary} has no sentences.
 *
 * <pre>{@code
 * if (summary.isEmpty() && summary.emptyReason() == EmptyReason.NOTHING_FITS_BUDGET) {
 *   // every sentence is longer than maxWords or maxChars
 * }
 * }</pre>
 */
public enum EmptyReason {
  /** The text is empty or only white space. */
  BLANK_TEXT("the text is blank"),
  /** The HTML page holds no article text. */
  NO_ARTICLE_TEXT("the page has no article text"),
  /** The text has no sentence that can be returned (only a headline, boilerplate or no words). */
  NO_SENTENCES("the text has no sentence to choose"),
  /** Every sentence is longer than the word or character budget. */
  NOTHING_FITS_BUDGET("no sentence fits the word or character budget");

  private final String description;

  EmptyReason(String description) {
    this.description = description;
  }

  /** A sentence for people, e.g. "the text is blank". */
  public String description() {
    return description;
  }
}
