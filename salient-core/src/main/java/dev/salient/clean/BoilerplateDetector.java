package dev.salient.clean;

import dev.salient.lang.LanguageResources;
import dev.salient.lang.Lexicon;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which lines of a scraped article are page furniture, and which lines are its headline.
 *
 * <p>The signals are general; the phrase list ({@code boilerplate-phrases}) only adds weight:
 *
 * <ul>
 *   <li><b>notices and labels</b>: a short line (at most {@value #SHORT_WORDS} words) with a
 *       boilerplate phrase ("Read more", "Categories: Article", "This website uses cookies."); a
 *       longer line (at most {@value #NOTICE_WORDS} words) with two or more phrases that speaks to
 *       the reader ("We use your sign-up to provide content ... You can unsubscribe");
 *   <li><b>time stamps and datelines</b>: a short line made of numbers, month and day names and
 *       time words ("6 mins ago", "Published: 10:32, Sat, Aug 21, 2021");
 *   <li><b>menus</b>: a line of short items between separators ("Home | World | Sport"), or five or
 *       more capitalized common words with no stop word and no punctuation;
 *   <li><b>bylines</b>: between the headline and the first sentence, a line "By ..." or a lone
 *       name of two to four capitalized words that are not common words ("Reid Standish");
 *   <li><b>link lists</b>: a run of lines without a full sentence (short lines without terminal
 *       punctuation, teasers cut off with "...", time stamps) holding two or more time stamps, as in
 *       "Recent Posts" lists of other stories;
 *   <li><b>the tail</b>: after the last full sentence, lines without a full sentence ("Related",
 *       story titles, the site's name).
 * </ul>
 *
 * <p>The headline is the first kept line of at most {@value #HEADLINE_WORDS} words without
 * terminal punctuation; a kept line of the same shape that follows it directly (a deck, a
 * sub-headline) belongs to it when the text has full sentences at all. Lines are looked at once
 * each, and a line's features take a few bytes: linear time and memory. Thread-safe.
 */
final class BoilerplateDetector {
  static final int SHORT_WORDS = 8;
  static final int NOTICE_WORDS = 80;
  static final int HEADLINE_WORDS = 25;
  /**
   * A deck (a second headline line) is shorter than this; a longer line without a full stop under
   * the headline is the lede that lost its full stop, and stays a summary candidate.
   */
  private static final int DECK_WORDS = 12;
  private static final int TEASER_WORDS = 30;
  private static final int LIST_LINE_WORDS = 20;

  private final Lexicon lexicon;
  private final Set<String> stopWords;
  private final Set<String> readerWords;
  private final Set<String> timeWords;
  /** Phrases by first word; each phrase as its words. */
  private final Map<String, List<String[]>> phrases;

  /** Words that make a run of time words a time stamp ("ago", "yesterday"). */
  private final Set<String> timeAnchors;
  /** Suffixes of ordinals written with digits ("st" of "21st"). */
  private final Set<String> ordinalSuffixes;
  /** Words that open a byline ("by"). */
  private final Set<String> bylineOpeners;

  BoilerplateDetector(LanguageResources language) {
    Objects.requireNonNull(language, "language");
    this.lexicon = Lexicon.of(language);
    this.stopWords = language.wordSet("stopwords");
    this.timeAnchors = language.wordSet("timestamp-anchors");
    this.ordinalSuffixes = language.wordSet("ordinal-suffixes");
    this.bylineOpeners = language.wordSet("byline-openers");
    this.readerWords = language.wordSet("reader-address");
    Set<String> time = new HashSet<>(language.wordSet("timestamp-words"));
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(language.locale());
    for (String[] names :
        List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(), symbols.getShortWeekdays())) {
      for (String name : names) {
        String word = name.toLowerCase(language.locale()).replace(".", "");
        if (!word.isEmpty()) {
          time.add(word);
        }
      }
    }
    this.timeWords = Set.copyOf(time);
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String phrase : language.lines("boilerplate-phrases")) {
      String[] words = words(phrase).toArray(new String[0]);
      if (words.length > 0) {
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      }
    }
    this.phrases = Map.copyOf(byFirst);
  }

  /** What became of the lines: which to drop, and which form the headline (-1 for none). */
  record Plan(boolean[] drop, int headlineFirst, int headlineLast) {}

  private static final int TERMINAL = 1;
  private static final int ELLIPSIS = 2;
  private static final int NOTICE = 4;
  private static final int TIMESTAMP = 8;
  private static final int MENU = 16;
  private static final int BYLINE = 32;

  /** The features of the lines, a few bytes each. */
  private static final class Lines {
    final int[] words;
    final byte[] flags;

    Lines(int n) {
      words = new int[n];
      flags = new byte[n];
    }

    boolean is(int i, int flag) {
      return (flags[i] & flag) != 0;
    }

    /** Short, without terminal punctuation: a headline, deck or sub-heading. */
    boolean headlineShape(int i) {
      return words[i] <= HEADLINE_WORDS && !is(i, TERMINAL) && !is(i, ELLIPSIS);
    }

    /** Not a full sentence: a title, a teaser cut off with "...", a time stamp. */
    boolean listItem(int i) {
      return is(i, TIMESTAMP)
          || (!is(i, TERMINAL) && words[i] <= LIST_LINE_WORDS)
          || (is(i, ELLIPSIS) && words[i] <= TEASER_WORDS);
    }
  }

  /** Plans the non-blank lines {@code [starts[i], ends[i])} of {@code text}. */
  Plan plan(String text, int[] starts, int[] ends) {
    int n = starts.length;
    Lines lines = new Lines(n);
    boolean[] drop = new boolean[n];
    for (int i = 0; i < n; i++) {
      describe(text, starts[i], ends[i], lines, i);
      drop[i] = lines.is(i, NOTICE | TIMESTAMP | MENU);
    }

    // is there a full sentence at all? Without one, there is no list or tail to tell apart
    boolean anySentence = false;
    for (int j = 0; j < n && !anySentence; j++) {
      anySentence = !drop[j] && !lines.listItem(j);
    }

    // the headline, at most one deck line, and bylines up to the first sentence
    int headlineFirst = -1;
    int headlineLast = -1;
    int i = 0;
    while (i < n && (drop[i] || lines.is(i, BYLINE))) {
      drop[i] = true;
      i++;
    }
    if (i < n && lines.headlineShape(i)) {
      headlineFirst = i;
      headlineLast = i;
      boolean deck = anySentence;
      for (int j = i + 1; j < n; j++) {
        if (drop[j]) {
          continue;
        }
        if (lines.is(j, BYLINE)) {
          drop[j] = true;
          deck = false;
        } else if (deck && lines.headlineShape(j) && lines.words[j] <= DECK_WORDS) {
          headlineLast = j;
          deck = false;
        } else {
          break;
        }
      }
    }
    if (!anySentence) {
      return new Plan(drop, headlineFirst, headlineLast);
    }

    // runs of lines without a full sentence that hold two or more time stamps
    int runStart = -1;
    int stamps = 0;
    for (int j = headlineLast + 1; j <= n; j++) {
      if (j < n && (drop[j] || lines.listItem(j))) {
        if (runStart < 0) {
          runStart = j;
          stamps = 0;
        }
        if (lines.is(j, TIMESTAMP)) {
          stamps++;
        }
      } else {
        if (runStart >= 0 && stamps >= 2) {
          for (int k = runStart; k < j; k++) {
            drop[k] = true;
          }
        }
        runStart = -1;
      }
    }

    // the tail after the last full sentence
    for (int j = n - 1; j > headlineLast; j--) {
      if (drop[j]) {
        continue;
      }
      if (!lines.listItem(j)) {
        break;
      }
      drop[j] = true;
    }
    return new Plan(drop, headlineFirst, headlineLast);
  }

  private void describe(String text, int start, int end, Lines lines, int i) {
    int words = countWords(text, start, end);
    lines.words[i] = words;
    int last = end - 1;
    while (last > start && isClosing(text.charAt(last))) {
      last--;
    }
    char c = text.charAt(last);
    boolean ellipsis = c == '\u2026' || (c == '.' && last - 2 >= start && text.startsWith("...", last - 2));
    boolean terminal = !ellipsis && (c == '.' || c == '!' || c == '?');
    int flags = (ellipsis ? ELLIPSIS : 0) | (terminal ? TERMINAL : 0);
    if (words <= NOTICE_WORDS) {
      String content = text.substring(start, end);
      List<String> tokens = words(content);
      flags |= isNotice(words, terminal, tokens) ? NOTICE : 0;
      flags |= isTimestamp(tokens) ? TIMESTAMP : 0;
      flags |= isMenu(content, tokens) ? MENU : 0;
      flags |= isByline(content, tokens, terminal) ? BYLINE : 0;
    }
    lines.flags[i] = (byte) flags;
  }

  private boolean isNotice(int words, boolean terminal, List<String> tokens) {
    Set<String> hits = new HashSet<>();
    int reader = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (readerWords.contains(t)) {
        reader++;
      }
      for (String[] phrase : phrases.getOrDefault(t, List.of())) {
        if (matches(tokens, i, phrase)) {
          hits.add(String.join(" ", phrase));
        }
      }
    }
    if (hits.isEmpty()) {
      return false;
    }
    if (words <= SHORT_WORDS) {
      return !terminal || reader > 0 || words <= 5;
    }
    return hits.size() >= 2 && reader * 20 >= tokens.size();
  }

  private static boolean matches(List<String> tokens, int at, String[] phrase) {
    if (at + phrase.length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!tokens.get(at + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean isTimestamp(List<String> tokens) {
    if (tokens.isEmpty() || tokens.size() > 20) {
      return false;
    }
    boolean anchor = false;
    for (String t : tokens) {
      boolean number = Character.isDigit(t.charAt(0));
      if (number || timeAnchors.contains(t)) {
        anchor = true;
      }
      if (!number && !timeWords.contains(t) && !isOrdinal(t)) {
        return false;
      }
    }
    return anchor;
  }

  private boolean isOrdinal(String t) {
    if (t.length() <= 2 || !Character.isDigit(t.charAt(0))) {
      return false;
    }
    for (String suffix : ordinalSuffixes) {
      if (t.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private boolean isMenu(String content, List<String> tokens) {
    int separators = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '|' || c == '\u2022' || c == '\u00B7' || c == '\u00BB' || c == '\u203A') {
        separators++;
      }
    }
    if (separators >= 2 && tokens.size() <= 4 * (separators + 1)) {
      return true;
    }
    if (tokens.size() < 5) {
      return false;
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isLetter(c) && c != ' ') {
        return false;
      }
    }
    for (String word : content.split(" ")) {
      if (!Character.isUpperCase(word.charAt(0))
          || stopWords.contains(word.toLowerCase(Locale.ROOT))
          || !lexicon.isCommonWord(word)) {
        return false;
      }
    }
    return true;
  }

  private boolean isByline(String content, List<String> tokens, boolean terminal) {
    if (terminal || tokens.isEmpty() || tokens.size() > 6) {
      return false;
    }
    String[] words = content.split(" ");
    boolean by = bylineOpeners.contains(words[0].toLowerCase(Locale.ROOT));
    if (by) {
      return words.length >= 2 && words.length <= 7 && Character.isUpperCase(words[1].charAt(0));
    }
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') {
          return false;
        }
      }
      String bare = word.replace(".", "");
      if (stopWords.contains(bare.toLowerCase(Locale.ROOT))
          || (bare.length() > 1 && lexicon.isCommonWord(bare))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u00BB' || c == '*';
  }

  private static int countWords(String text, int start, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** The lower-case runs of letters and digits of {@code s}. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
