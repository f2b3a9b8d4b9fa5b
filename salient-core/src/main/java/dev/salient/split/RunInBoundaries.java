package dev.salient.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds sentence boundaries that lost their full stop: a photo caption or teaser run into the next
 * sentence, as scraped pages often have ("... where he was banned from driving The brother of
 * ex-footballer Ryan Giggs has lost his job").
 *
 * <p>A boundary is placed before a capitalized sentence opener ("The", "A", "He", ...) that follows
 * a lower-case word that is not a function word, and is itself followed by a lower-case word: "The
 * brother" opens a sentence, while "told The Mail" and "by The Times" do not match. Thread-safe.
 */
final class RunInBoundaries {
  /** A cut needs this many tokens before it: shorter fragments are not captions. */
  private static final int MIN_TOKENS_BEFORE = 4;
  /** ... and this many from the opener on: a short tail is a name, not a sentence. */
  private static final int MIN_TOKENS_FROM = 4;

  /** Capitalized words that open sentences and are rarely part of a name when a lower-case word follows. */
  private final Set<String> openers;
  private final Set<String> functionWords;

  RunInBoundaries(Set<String> openers, Set<String> functionWords) {
    this.openers = openers;
    this.functionWords = functionWords;
  }

  /**
   * {@code s} cut at its run-in boundaries, numbered from {@code firstIndex}; {@code s} itself
   * (renumbered if needed) when it has none.
   */
  List<Sentence> split(Sentence s, int firstIndex) {
    List<Integer> cuts = null;
    int n = s.tokenCount();
    for (int i = 2; i + 1 < n; i++) {
      if (openers.contains(s.token(i))
          && isLowerWord(s.token(i - 1))
          && !functionWords.contains(s.token(i - 1))
          && isLowerWord(s.token(i + 1))
          && i >= MIN_TOKENS_BEFORE
          && n - i >= MIN_TOKENS_FROM) {
        if (cuts == null) {
          cuts = new ArrayList<>();
        }
        cuts.add(i);
      }
    }
    if (cuts == null) {
      return List.of(
          s.index() == firstIndex ? s : slice(s, firstIndex, 0, n));
    }
    List<Sentence> parts = new ArrayList<>(cuts.size() + 1);
    int from = 0;
    for (int cut : cuts) {
      parts.add(slice(s, firstIndex + parts.size(), from, cut));
      from = cut;
    }
    parts.add(slice(s, firstIndex + parts.size(), from, n));
    return parts;
  }

  private static Sentence slice(Sentence s, int index, int fromToken, int toToken) {
    String[] tokens = Arrays.copyOfRange(s.tokens(), fromToken, toToken);
    int[] starts = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      starts[i] = s.tokenStart(fromToken + i);
    }
    int start = fromToken == 0 ? s.start() : s.tokenStart(fromToken);
    int end = toToken == s.tokenCount() ? s.end() : s.tokenEnd(toToken - 1);
    return new Sentence(index, start, end, s.paragraph(), s.headline(), tokens, starts);
  }

  private static boolean isLowerWord(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
