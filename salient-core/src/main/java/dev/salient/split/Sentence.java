package dev.salient.split;

/**
 * One sentence of a {@link Document}, with its tokens. All offsets are into the cleaned text
 * ({@link Document#text()}). Tokens are exact substrings of the cleaned text:
 * {@code token(i).equals(text.substring(tokenStart(i), tokenEnd(i)))}.
 *
 * <p>Immutable by contract: the arrays are not copied and must not be changed.
 */
public final class Sentence {
  private final int index;
  private final int start;
  private final int end;
  private final int paragraph;
  private final boolean headline;
  private final String[] tokens;
  private final int[] tokenStarts;

  public Sentence(
      int index,
      int start,
      int end,
      int paragraph,
      boolean headline,
      String[] tokens,
      int[] tokenStarts) {
    if (tokens.length != tokenStarts.length) {
      throw new IllegalArgumentException(
          "one start per token: tokens=" + tokens.length + ", starts=" + tokenStarts.length);
    }
    this.index = index;
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
    this.headline = headline;
    this.tokens = tokens;
    this.tokenStarts = tokenStarts;
  }

  /** The sentence's number in the document, from 0 (the headline, if any, is 0). */
  public int index() {
    return index;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The number of the paragraph (non-empty line block) the sentence is in, from 0. */
  public int paragraph() {
    return paragraph;
  }

  /** True for the article's headline. */
  public boolean headline() {
    return headline;
  }

  public int tokenCount() {
    return tokens.length;
  }

  public String token(int i) {
    return tokens[i];
  }

  public int tokenStart(int i) {
    return tokenStarts[i];
  }

  public int tokenEnd(int i) {
    return tokenStarts[i] + tokens[i].length();
  }

  /** The token array itself; do not modify. */
  public String[] tokens() {
    return tokens;
  }

  @Override
  public String toString() {
    return "Sentence[" + index + ", " + start + ".." + end + (headline ? ", headline" : "") + "]";
  }
}
