package dev.salient.split;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries by rule, for languages without an OpenNLP sentence model: after '.', '!',
 * '?' or '…' (and closing quotes or brackets), before whitespace and a capital, a digit or an
 * opening quote, unless the full stop ends an abbreviation of the language ({@link Abbreviations}).
 * Linear in the text's length. Thread-safe.
 */
final class RuleSentenceDetector implements SentenceDetector {
  private final Abbreviations abbreviations;

  RuleSentenceDetector(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  @Override
  public String[] sentDetect(CharSequence s) {
    return Span.spansToStrings(sentPosDetect(s), s);
  }

  @Override
  public Span[] sentPosDetect(CharSequence text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      int last = i; // the last terminal of a run: "?!", "..."
      while (last + 1 < n && isTerminal(text.charAt(last + 1))) {
        last++;
      }
      int end = last + 1;
      while (end < n && Abbreviations.isClosing(text.charAt(end))) {
        end++;
      }
      if (end >= n || !Character.isWhitespace(text.charAt(end))) {
        i = end > last + 1 ? end : last + 1;
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      int first = next;
      while (first < n && (Abbreviations.isOpening(text.charAt(first)) || isDash(text.charAt(first))
          || (first > next && Character.isWhitespace(text.charAt(first))))) {
        first++;
      }
      if (next < n && first < n && !attribution(text, next, first) && isBoundary(text, i, last, first)) {
        out.add(new Span(start, end));
        start = next;
      }
      i = end;
    }
    if (start < n) {
      out.add(new Span(start, n));
    }
    return out.toArray(new Span[0]);
  }

  /**
   * A dash and a lower-case word after a quotation: its attribution, part of the sentence ("«¡Es
   * increíble!» —dijo Pérez", "« Partez ! » — a-t-il lancé").
   */
  static boolean attribution(CharSequence text, int next, int first) {
    if (first >= text.length() || !Character.isLowerCase(text.charAt(first))) {
      return false;
    }
    for (int i = next; i < first; i++) {
      if (isDash(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean isBoundary(CharSequence text, int firstTerminal, int last, int next) {
    char after = text.charAt(next);
    boolean singleDot = firstTerminal == last && text.charAt(last) == '.';
    if (singleDot && abbreviations.isAbbreviation(text, last, next)) {
      return false;
    }
    if (Character.isUpperCase(after) || Character.isDigit(after) || !Character.isLetter(after)) {
      return true;
    }
    // a lower-case word after the terminal: a sentence of lower-cased text, unless the word before
    // is too short to be anything but an abbreviation
    int wordStart = firstTerminal;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    // after '!' or '?' a lower-case word goes on the sentence ("¿Qué? preguntó"): a quotation's
    // attribution more often than a sentence of lower-cased text
    return singleDot && firstTerminal - wordStart >= 3;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013';
  }
}
