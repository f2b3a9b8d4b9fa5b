package dev.salient.clean;

import dev.salient.lang.LanguageResources;
import dev.salient.lang.Lexicon;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs words broken by a stray hyphen ("T-aliban", "Cen-tral", "m-et") and leaves real
 * hyphenated words alone ("long-standing", "one-off", "10,000-strong", "co-operation").
 *
 * <p>A word with exactly one hyphen between two letter runs, {@code left-right}, is joined when all
 * of these hold:
 *
 * <ul>
 *   <li>{@code right} starts in lower case ("Austria-Hungary", "al-Qaeda" stay);
 *   <li>not both halves are words on their own: a half counts as a word when the lexicon knows it
 *       and it has three letters or more, or when it is a stop word ("to-day", "spill-over" stay;
 *       "m", "th" and "ET" are not words here);
 *   <li>{@code left} is not a prefix that takes a hyphen (word list {@code hyphen-prefixes});
 *   <li>the document does not write the same hyphenated word more than once while never writing it
 *       joined (a spelling it keeps is deliberate);
 *   <li>the joined word is in the lexicon ("Taliban", "detaining") or the document writes it
 *       without a hyphen elsewhere ("Kelemen").
 * </ul>
 *
 * <p>Words next to digits or other hyphens ("10,000-strong", "well-to-do") are never touched. The
 * decision depends only on the word itself, the lexicon and the document's {@link WordEvidence},
 * so cleaning a fragment with the same evidence repairs it in the same way. Thread-safe.
 */
final class Dehyphenator {
  private final Lexicon lexicon;
  private final Set<String> stopWords;
  private final Set<String> prefixes;

  Dehyphenator(LanguageResources language) {
    Objects.requireNonNull(language, "language");
    this.lexicon = Lexicon.of(language);
    this.stopWords = language.wordSet("stopwords");
    this.prefixes = language.wordSet("hyphen-prefixes");
  }

  /** True if {@code left + "-" + right} is one word broken by a stray hyphen. */
  boolean shouldJoin(String left, String right, WordEvidence evidence) {
    if (left.isEmpty() || right.isEmpty() || !Character.isLowerCase(right.charAt(0))) {
      return false;
    }
    if (isWord(left) && isWord(right)) {
      return false;
    }
    if (prefixes.contains(left.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (lexicon.contains(left + "-" + right)) {
      return false; // a word the language writes with its hyphen: "rendez-vous", "peut-être"
    }
    String joined = left + right;
    boolean writtenJoined = evidence.writesPlain(joined);
    if (!writtenJoined && evidence.repeats(left + "-" + right)) {
      return false;
    }
    return writtenJoined || lexicon.contains(joined);
  }

  private boolean isWord(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return stopWords.contains(lower) || (part.length() >= 3 && lexicon.contains(part));
  }

  /**
   * Appends {@code source.text()[from, to)} to {@code out}, dropping the hyphens of broken words;
   * every appended character keeps its original range.
   */
  void appendRepaired(CleanedText source, int from, int to, CleanedText.Builder out, WordEvidence evidence) {
    String text = source.text();
    int copied = from;
    int i = from;
    while (i < to) {
      if (!WordEvidence.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && WordEvidence.isLetter(text.charAt(i))) {
        i++;
      }
      int hyphen = i;
      if (hyphen + 1 >= to || text.charAt(hyphen) != '-' || !WordEvidence.isLetter(text.charAt(hyphen + 1))) {
        continue;
      }
      int end = hyphen + 1;
      while (end < to && WordEvidence.isLetter(text.charAt(end))) {
        end++;
      }
      boolean glued =
          (start > from && isGlue(text.charAt(start - 1))) || (end < to && isGlue(text.charAt(end)));
      if (!glued
          && shouldJoin(text.substring(start, hyphen), text.substring(hyphen + 1, end), evidence)) {
        out.appendMapped(source, copied, hyphen);
        copied = hyphen + 1;
      }
      i = end;
    }
    out.appendMapped(source, copied, to);
  }

  private static boolean isGlue(char c) {
    return c == '-' || Character.isDigit(c);
  }
}
