package dev.salient.eval;

import java.util.regex.Pattern;

/**
 * Turns text into the Penn Treebank token form some CNN/DM releases come in ({@code -lrb- cnn
 * -rrb-}, {@code `` he said . ''}, {@code it 's}): brackets as {@code -lrb-}/{@code -rrb-}, double
 * quotes as {@code ``} and {@code ''}, clitics and punctuation split off by spaces. Only for making
 * robustness copies of the evaluation sets; stateless and thread-safe.
 *
 * <pre>{@code
 * PtbTokenizer.tokenize("He's \"here\" (CNN).") // "He 's `` here '' -LRB- CNN -RRB- ."
 * }</pre>
 */
final class PtbTokenizer {
  private static final Pattern OPEN_QUOTE = Pattern.compile("(^|[\\s(\\[{])[\"\u201C]");
  private static final Pattern CLITIC =
      Pattern.compile("(?i)([a-z])(['\u2019])(s|m|d|ll|re|ve)\\b");
  private static final Pattern NT = Pattern.compile("(?i)([a-z])(n['\u2019]t)\\b");
  private static final Pattern PUNCT = Pattern.compile("([,;:!?%])");
  private static final Pattern FINAL_PERIOD = Pattern.compile("([^.\\s])\\.(\\s|$|['\"\u201D)])");

  private PtbTokenizer() {}

  static String tokenize(String text) {
    String s = OPEN_QUOTE.matcher(text).replaceAll("$1 `` ");
    s = s.replace("\"", " '' ").replace("\u201D", " '' ").replace("\u201C", " `` ");
    s = s.replace("(", " -LRB- ").replace(")", " -RRB- ");
    s = NT.matcher(s).replaceAll("$1 n't");
    s = CLITIC.matcher(s).replaceAll("$1 '$3");
    s = PUNCT.matcher(s).replaceAll(" $1 ");
    s = FINAL_PERIOD.matcher(s).replaceAll("$1 . $2");
    s = s.replace('\u2019', '\'').replace('\u2018', '`');
    return s.replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").strip();
  }
}
