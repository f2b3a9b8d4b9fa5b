package dev.salient.split;

import dev.salient.lang.LanguageResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Cuts one whitespace-separated word into tokens by rule, for languages without an OpenNLP
 * tokenizer model: opening and closing punctuation come off as tokens of their own, a final full
 * stop stays on an abbreviation or initial ("Sr.", "M.", "EE.UU."), and an elided article or
 * preposition is a token of its own ("l'", "dell'", "qu'": from the language's {@code
 * elisions.txt}). Hyphenated words stay whole ("Saint-Denis", "peut-être"). Linear in the word's
 * length. Thread-safe.
 */
final class RuleTokenizer implements Tokenizer {
  private final Set<String> elisions;
  private final Abbreviations abbreviations;
  private final int longestElision;

  RuleTokenizer(LanguageResources language, Abbreviations abbreviations) {
    java.util.HashSet<String> e = new java.util.HashSet<>();
    int longest = 0;
    for (String form : language.lines("elisions")) {
      String f = form.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      e.add(f);
      longest = Math.max(longest, f.length());
    }
    this.elisions = Set.copyOf(e);
    this.longestElision = longest;
    this.abbreviations = abbreviations;
  }

  @Override
  public String[] tokenize(String s) {
    return Span.spansToStrings(tokenizePos(s), s);
  }

  @Override
  public Span[] tokenizePos(String word) {
    List<Span> out = new ArrayList<>(3);
    int n = word.length();
    int from = 0;
    while (from < n && isLeading(word.charAt(from))) {
      out.add(new Span(from, from + 1));
      from++;
    }
    int to = n;
    List<Span> tail = new ArrayList<>(2);
    while (to > from) {
      char c = word.charAt(to - 1);
      if (c == '.' && to - 1 > from) {
        if (word.startsWith("...", to - 3) && to - 3 >= from) {
          tail.add(0, new Span(to - 3, to));
          to -= 3;
          continue;
        }
        String core = word.substring(from, to);
        if (keepsDot(core)) {
          break;
        }
        tail.add(0, new Span(to - 1, to));
        to--;
      } else if (isTrailing(c)) {
        tail.add(0, new Span(to - 1, to));
        to--;
      } else {
        break;
      }
    }
    if (from < to) {
      int elided = elisionEnd(word, from, to);
      if (elided > from && elided < to) {
        out.add(new Span(from, elided));
        from = elided;
      }
      out.add(new Span(from, to));
    }
    out.addAll(tail);
    return out.toArray(new Span[0]);
  }

  /** The end of an elided form at the start of word[from, to), e.g. after "l'" in "l'homme", or from. */
  private int elisionEnd(String word, int from, int to) {
    if (elisions.isEmpty()) {
      return from;
    }
    int limit = Math.min(to - 1, from + longestElision);
    for (int i = from; i < limit; i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019') {
        String form = word.substring(from, i + 1).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return elisions.contains(form) && Character.isLetter(word.charAt(i + 1)) ? i + 1 : from;
      }
      if (!Character.isLetter(c)) {
        return from;
      }
    }
    return from;
  }

  /** A word ending in a full stop that keeps it: an abbreviation, an initial, "EE.UU.". */
  private boolean keepsDot(String core) {
    if (abbreviations.isWord(core)) {
      return true;
    }
    if (core.length() == 2 && Character.isLetter(core.charAt(0))) {
      return true; // "M.", "J."
    }
    int inner = core.indexOf('.');
    return inner >= 0 && inner < core.length() - 1 && core.length() <= 10;
  }

  private static boolean isLeading(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201E', '\u00AB', '\u2039', '\u00BF', '\u00A1', '(', '[', '{', '\u2018',
          '\u201A', '\u2014', '\u2013' -> true;
      default -> false;
    };
  }

  private static boolean isTrailing(char c) {
    return switch (c) {
      case '"', '\u201D', '\u00BB', '\u203A', ')', ']', '}', ',', ';', ':', '!', '?', '\u2026',
          '\u2019', '\u201C', '\'' -> true;
      default -> false;
    };
  }
}
