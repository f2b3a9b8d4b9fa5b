package dev.salient.clean;

/**
 * The form the input text came in: ordinary cased prose, or text that was lower-cased (as in some
 * research corpora) or tokenized the Penn Treebank way ({@code -lrb-}, {@code `` ''}, {@code  's}).
 * Later stages use it to trust capitalization less: in lower-cased text a capital letter is no sign
 * of a name.
 *
 * <pre>{@code
 * boolean lower = InputForm.lowerCased(text);
 * }</pre>
 *
 * <p>Stateless and thread-safe; linear in the text.
 */
public final class InputForm {
  /**
   * Cased news prose has a capital on well over 5% of its words (sentence openers and names);
   * lower-cased text has almost none. Below this share the text counts as lower-cased.
   */
  static final double LOWER_CASED_CAPITAL_SHARE = 0.01;
  /** Fewer words than this say nothing about the case of a text. */
  static final int MIN_WORDS = 20;

  private InputForm() {}

  /** True when the text's words almost never start with a capital letter. */
  public static boolean lowerCased(CharSequence text) {
    int words = 0;
    int capitalized = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
        if (Character.isUpperCase(c)) {
          capitalized++;
        }
      }
      inWord = letter || (inWord && (c == '\'' || c == '-'));
    }
    return words >= MIN_WORDS && capitalized < LOWER_CASED_CAPITAL_SHARE * words;
  }
}
