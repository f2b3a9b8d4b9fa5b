package dev.salient.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a document says about its own words: the words it writes without a hyphen ("Taliban"), and
 * the hyphenated words it writes more than once in the same way ("e-mail", "e-mail"). Used to
 * decide whether "T-aliban" is a word broken by a stray hyphen. Lower case. Immutable.
 */
final class WordEvidence {
  static final WordEvidence NONE = new WordEvidence(Set.of(), Set.of());

  private final Set<String> plainWords;
  private final Set<String> repeatedHyphenated;

  private WordEvidence(Set<String> plainWords, Set<String> repeatedHyphenated) {
    this.plainWords = plainWords;
    this.repeatedHyphenated = repeatedHyphenated;
  }

  /**
   * The evidence of {@code text} (normalized text), in two passes: the words with one hyphen, then
   * the plain words that are one of them joined. Memory grows with the hyphenated words only.
   */
  static WordEvidence of(String text) {
    Map<String, Integer> hyphenated = new HashMap<>();
    Set<String> joined = new HashSet<>();
    boolean[] joinedLength = new boolean[64];
    scan(text, (start, end, hyphens) -> {
      if (hyphens == 1) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        hyphenated.merge(lower, 1, Integer::sum);
        joined.add(lower.replace("-", ""));
        joinedLength[Math.min(end - start - 1, joinedLength.length - 1)] = true;
      }
    });
    if (hyphenated.isEmpty()) {
      return NONE;
    }
    Set<String> plain = new HashSet<>();
    scan(text, (start, end, hyphens) -> {
      // only words as long as a joined form can be one
      if (hyphens == 0 && joinedLength[Math.min(end - start, joinedLength.length - 1)]) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (joined.contains(lower)) {
          plain.add(lower);
        }
      }
    });
    Set<String> repeated = new HashSet<>();
    hyphenated.forEach((w, count) -> {
      if (count > 1) {
        repeated.add(w);
      }
    });
    return new WordEvidence(plain, repeated);
  }

  private interface WordConsumer {
    void accept(int start, int end, int hyphens);
  }

  /** Calls {@code consumer} with every word (letters, single hyphens between letters). */
  private static void scan(String text, WordConsumer consumer) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int hyphens = 0;
      while (i < n) {
        if (isLetter(text.charAt(i))) {
          i++;
        } else if (text.charAt(i) == '-' && i + 1 < n && isLetter(text.charAt(i + 1))) {
          hyphens++;
          i++;
        } else {
          break;
        }
      }
      boolean attached =
          (start > 0 && isJoiner(text.charAt(start - 1))) || (i < n && isJoiner(text.charAt(i)));
      if (!attached && hyphens <= 1) {
        consumer.accept(start, i, hyphens);
      }
    }
  }

  /** True if the document writes {@code word} (any case) without a hyphen. */
  boolean writesPlain(String word) {
    return plainWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True if the document writes {@code hyphenated} (any case) more than once. */
  boolean repeats(String hyphenated) {
    return repeatedHyphenated.contains(hyphenated.toLowerCase(Locale.ROOT));
  }

  /** Letters and combining marks, which belong to the word they follow. */
  static boolean isLetter(char c) {
    if (c < '\u0080') {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Characters that glue a letter run to something else: "3D", "x-", "a/b" are not plain words. */
  private static boolean isJoiner(char c) {
    return c == '-' || Character.isDigit(c);
  }
}
