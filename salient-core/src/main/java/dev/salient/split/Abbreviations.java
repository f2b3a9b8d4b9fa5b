package dev.salient.split;

import dev.salient.lang.LanguageResources;
import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a full stop ends a sentence or an abbreviation of the language ("z. B.", "Dr.",
 * "M.", "p. ex.", "Sr.", "ecc."), from the lists {@code abbreviations.txt} and {@code
 * honorifics.txt} of the language's folder. Used by the rule-based sentence detector and to
 * correct a sentence model's cuts. Immutable and thread-safe.
 */
final class Abbreviations {
  /** Abbreviations by their last word ("B." for "z. B."), each with its full forms. */
  private final Map<String, List<String>> byLastWord = new HashMap<>();
  /** The same, lower-cased, for abbreviations written in lower case ("ecc.", "bzw."). */
  private final Map<String, List<String>> byLastWordLower = new HashMap<>();
  /** Multi-word abbreviations by their first word ("u." for "u. a."), each with its full forms. */
  private final Map<String, List<String>> byFirstWord = new HashMap<>();
  /** Abbreviations that may end a sentence before a capitalized word ("etc.", "usw."). */
  private final Set<String> finalOnes;
  /** Month names, lower case: "am 3. Oktober" is a date, not a sentence end (German ordinals). */
  private final Set<String> months = new HashSet<>();
  private final boolean ordinalDot;
  private final boolean initials;
  /** Single words that keep their full stop as a token: "Sr.", "EE." and "UU." of "EE. UU.". */
  private final Set<String> words = new HashSet<>();

  Abbreviations(LanguageResources language) {
    for (String form : language.lines("abbreviations")) {
      add(form);
      for (String part : form.split(" ")) {
        if (part.endsWith(".")) {
          words.add(part);
        }
      }
    }
    for (String form : language.lines("honorifics")) {
      if (form.endsWith(".")) {
        add(form);
        if (!form.contains(" ")) {
          words.add(form);
        }
      }
    }
    this.finalOnes = Set.copyOf(language.list("final-abbreviations"));
    this.ordinalDot = language.flag("ordinal-dot");
    // an initial ("M.", "J.") does not end a sentence before a capital, unless the language says
    // otherwise (English: its sentence model decides)
    this.initials = Boolean.parseBoolean(language.property("initials", "true"));
    if (ordinalDot) {
      for (String month : DateFormatSymbols.getInstance(language.locale()).getMonths()) {
        if (!month.isEmpty()) {
          months.add(month.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /** True when {@code word}, one whitespace-free token ending in a full stop, is an abbreviation. */
  boolean isWord(String word) {
    return words.contains(word);
  }

  /** True when the language has no abbreviation rules at all. */
  boolean isEmpty() {
    return byLastWord.isEmpty() && !initials && !ordinalDot;
  }

  private void add(String form) {
    String f = form.strip();
    if (!f.endsWith(".") || f.length() < 2) {
      return;
    }
    int space = f.lastIndexOf(' ');
    String last = space < 0 ? f : f.substring(space + 1);
    if (space > 0) {
      String first = f.substring(0, f.indexOf(' '));
      if (first.endsWith(".")) {
        byFirstWord.computeIfAbsent(first, k -> new java.util.ArrayList<>()).add(f);
      }
    }
    byLastWord.computeIfAbsent(last, k -> new java.util.ArrayList<>()).add(f);
    if (last.equals(last.toLowerCase(Locale.ROOT))) {
      byLastWordLower.computeIfAbsent(last, k -> new java.util.ArrayList<>()).add(f.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * True when the full stop at {@code text.charAt(dot)} ends an abbreviation, an initial or an
   * ordinal number rather than the sentence; {@code next} is the index of the next sentence's first
   * character (after whitespace and opening quotes).
   */
  boolean isAbbreviation(CharSequence text, int dot, int next) {
    int wordStart = dot;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
        && !isOpening(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.subSequence(wordStart, dot + 1).toString();
    boolean nextUpper = next < text.length() && Character.isUpperCase(text.charAt(next));
    String full = matchingForm(text, wordStart, word);
    if (full != null) {
      return !(nextUpper && finalOnes.contains(full));
    }
    List<String> opened = byFirstWord.get(word);
    if (opened != null) {
      for (String form : opened) {
        if (wordStart + form.length() <= text.length()
            && text.subSequence(wordStart, wordStart + form.length()).toString().equals(form)) {
          return true; // the first full stop of "u. a.", "p. ex.", "EE. UU."
        }
      }
    }
    if (initials && word.length() == 2 && Character.isUpperCase(word.charAt(0)) && nextUpper) {
      return true; // "J. K. Rowling", "M. Macron"
    }
    if (ordinalDot && word.length() >= 2 && isDigits(word, word.length() - 1) && next < text.length()) {
      if (!nextUpper && Character.isLetter(text.charAt(next))) {
        return true; // "der 3. und"
      }
      int end = next;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      return months.contains(text.subSequence(next, end).toString().toLowerCase(Locale.ROOT));
    }
    // an inner full stop in the word: "S.p.A.", "EE.UU.", "d.h."
    return word.indexOf('.') < word.length() - 1 && word.length() <= 8 && hasLetters(word)
        && !nextUpper;
  }

  private String matchingForm(CharSequence text, int wordStart, String word) {
    String form = match(byLastWord.get(word), text, wordStart, word, false);
    if (form == null) {
      String lower = word.toLowerCase(Locale.ROOT);
      form = match(byLastWordLower.get(lower), text, wordStart, lower, true);
    }
    return form;
  }

  private static String match(
      List<String> forms, CharSequence text, int wordStart, String word, boolean ignoreCase) {
    if (forms == null) {
      return null;
    }
    int end = wordStart + word.length();
    for (String form : forms) {
      int start = end - form.length();
      if (start < 0) {
        continue;
      }
      String there = text.subSequence(start, end).toString();
      if ((ignoreCase ? there.toLowerCase(Locale.ROOT) : there).equals(form)
          && (start == 0 || Character.isWhitespace(text.charAt(start - 1)) || isOpening(text.charAt(start - 1)))) {
        return form;
      }
    }
    return null;
  }

  private static boolean isDigits(String s, int to) {
    for (int i = 0; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to > 0;
  }

  private static boolean hasLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isOpening(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201E', '\u00AB', '\u2039', '\u00BF', '\u00A1', '(', '[', '\'', '\u2018', '\u201A' -> true;
      default -> false;
    };
  }

  static boolean isClosing(char c) {
    return switch (c) {
      case '"', '\u201D', '\u201C', '\u00BB', '\u203A', ')', ']', '\'', '\u2019', '\u2018' -> true;
      default -> false;
    };
  }
}
