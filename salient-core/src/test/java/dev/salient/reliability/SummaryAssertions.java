package dev.salient.reliability;

import dev.salient.Entity;
import dev.salient.Mention;
import dev.salient.Order;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import dev.salient.TextSpan;
import dev.salient.clean.CleanedText;
import dev.salient.clean.TextCleaner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invariants every {@link Summary} must satisfy, whatever the input: the oracle of the
 * property tests, the fuzz tests and the hostile-input tests. Any test may reuse it.
 *
 * <pre>{@code
 * Summary summary = summarizer.summarize(text);
 * SummaryAssertions.assertValid(summary, text, Order.DOCUMENT);
 * SummaryAssertions.assertWithinBudget(summary, new SummaryBudget(3, 0, 0, 0));
 * }</pre>
 *
 * <p>Each check throws {@link AssertionError} with the offending value. Stateless and
 * thread-safe.
 *
 * <p><b>How the sentence text relates to its source span.</b> {@code text()} is the cleaned
 * sentence, so it need not equal {@code source.substring(start, end)}; cleaning that span on its own
 * gives it back: {@code cleaner.cleanFragment(span, cleaner.clean(source)).text().equals(text())}
 * (the rule {@link TextCleaner#cleanFragment} documents; the document's own cleaning supplies the
 * word-repair evidence). The same holds for every mention.
 *
 * <p><b>How words are counted.</b> A word is a run of non-whitespace characters containing at
 * least one letter or digit. The selector counts tokenizer tokens containing a letter or digit;
 * tokens never cross whitespace, so this count is never larger than the selector's, and a summary
 * within the selector's word budget is within this one.
 */
public final class SummaryAssertions {
  private SummaryAssertions() {}

  private static final TextCleaner CLEANER = new TextCleaner();
  /** The cleaner of the language of the summary being checked: its word lists decide repairs. */
  private static final java.util.Map<String, TextCleaner> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
  private static final ThreadLocal<TextCleaner> CURRENT = ThreadLocal.withInitial(() -> CLEANER);

  private static TextCleaner cleanerFor(Summary summary) {
    String code = summary.language().language().code();
    return BY_LANGUAGE.computeIfAbsent(code, c -> new TextCleaner(dev.salient.lang.LanguageResources.of(c)));
  }

  /** Tolerance on the sum of entity saliences. */
  public static final double SALIENCE_SUM_TOLERANCE = 1e-9;

  /** Checks every invariant of {@code summary}, which must be of {@code input}, in document order. */
  public static void assertValid(Summary summary, String input) {
    assertValid(summary, input, Order.DOCUMENT);
  }

  /** Checks every invariant of {@code summary}, which must be of {@code input}. */
  public static void assertValid(Summary summary, String input, Order order) {
    check(summary != null, "summary is null");
    check(
        summary.source().equals(input),
        "source is not the input: source.length=" + summary.source().length()
            + ", input.length=" + input.length());
    assertValid(summary, order);
  }

  /**
   * Checks every invariant of {@code summary} against its own {@link Summary#source()} (for HTML
   * input, where the source is the extracted text).
   */
  public static void assertValid(Summary summary, Order order) {
    CURRENT.set(cleanerFor(summary));
    try {
      assertValidIn(summary, order);
    } finally {
      CURRENT.remove();
    }
  }

  private static void assertValidIn(Summary summary, Order order) {
    String source = summary.source();
    check(source != null, "source is null");
    CleanedText document = cleaned(source);
    check(
        summary.isEmpty() == (summary.emptyReason() != null),
        "emptyReason must be set exactly when the summary is empty: sentences="
            + summary.sentences().size() + ", emptyReason=" + summary.emptyReason());

    // every sentence of the article: in bounds, traceable, distinct, in document order
    Map<Integer, SummarySentence> byIndex = new HashMap<>();
    SummarySentence previous = null;
    List<SummarySentence> ranked =
        summary.rankedSentences().stream()
            .sorted((a, b) -> Integer.compare(a.index(), b.index()))
            .toList();
    for (SummarySentence s : ranked) {
      assertSentenceValid(s, source, document);
      check(byIndex.put(s.index(), s) == null, "sentence ranked twice: index=" + s.index());
      if (previous != null) {
        check(
            previous.end() <= s.start(),
            "sentences overlap or are out of document order: " + describe(previous) + " then "
                + describe(s));
      }
      previous = s;
    }
    for (int i = 1; i < summary.rankedSentences().size(); i++) {
      SummarySentence a = summary.rankedSentences().get(i - 1);
      SummarySentence b = summary.rankedSentences().get(i);
      check(
          a.score() > b.score() || (a.score() == b.score() && a.index() < b.index()),
          "rankedSentences not best first: " + describe(a) + " score=" + a.score() + " then "
              + describe(b) + " score=" + b.score());
    }

    // the chosen sentences: a subset of the ranked ones, no repeats, in the asked order
    Set<Integer> chosen = new HashSet<>();
    SummarySentence last = null;
    for (SummarySentence s : summary.sentences()) {
      assertSentenceValid(s, source, document);
      check(chosen.add(s.index()), "sentence chosen twice: index=" + s.index());
      SummarySentence same = byIndex.get(s.index());
      check(same != null, "chosen sentence is not among rankedSentences: " + describe(s));
      check(
          same.start() == s.start() && same.end() == s.end() && same.text().equals(s.text()),
          "chosen sentence differs from its ranked twin: " + describe(s) + " vs " + describe(same));
      if (order == Order.DOCUMENT && last != null) {
        check(
            last.index() < s.index() && last.end() <= s.start(),
            "sentences not in document order: " + describe(last) + " then " + describe(s));
      }
      last = s;
    }
    check(
        summary.text().equals(
            summary.sentences().stream().map(SummarySentence::text).collect(Collectors.joining(" "))),
        "text() is not the chosen sentences joined by single spaces");
    for (TextSpan line : summary.headline()) {
      check(!line.text().isBlank(), "headline is blank");
      check(line.start() >= 0 && line.end() <= source.length(), "headline out of bounds: " + line);
    }
    for (SummarySentence s : summary.rankedSentences()) {
      check(s.chosen() == summary.sentences().contains(s), "chosen flag disagrees with sentences(): " + s.index());
    }
    for (SummarySentence s : summary.sentences()) {
      check(s.chosen(), "a chosen sentence says it was not chosen: " + s.index());
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    summary.entities().forEach(e -> names.add(e.name()));
    for (SummarySentence s : summary.rankedSentences()) {
      check(names.containsAll(s.entities()), "a sentence names an entity the summary lacks: " + s.entities());
    }

    assertEntitiesValid(summary.entities(), source, document);
  }

  /** The source cleaned as the summarizer cleans it, or null for blank text (never cleaned). */
  private static CleanedText cleaned(String source) {
    return source.isBlank() ? null : CURRENT.get().clean(source);
  }

  /** One sentence: offsets in bounds, text not empty and the cleaning of its source span. */
  public static void assertSentenceValid(SummarySentence s, String source) {
    assertSentenceValid(s, source, cleaned(source));
  }

  private static void assertSentenceValid(SummarySentence s, String source, CleanedText document) {
    check(
        0 <= s.start() && s.start() < s.end() && s.end() <= source.length(),
        "sentence offsets out of bounds: " + describe(s) + ", source.length=" + source.length());
    check(!s.text().isEmpty(), "sentence text is empty: " + describe(s));
    check(s.text().equals(s.text().strip()), "sentence text is not trimmed: " + describe(s));
    check(Double.isFinite(s.score()), "sentence score is not finite: " + s.score());
    assertCleansTo(source.substring(s.start(), s.end()), s.text(), document, "sentence " + s.index());
  }

  /** Entities: saliences in 0..1 summing to 1, best first; mentions in bounds and traceable. */
  public static void assertEntitiesValid(List<Entity> entities, String source) {
    assertEntitiesValid(entities, source, entities.isEmpty() ? null : cleaned(source));
  }

  private static void assertEntitiesValid(List<Entity> entities, String source, CleanedText document) {
    double sum = 0;
    double previous = Double.POSITIVE_INFINITY;
    for (Entity e : entities) {
      check(
          e.salience() >= 0 && e.salience() <= 1,
          "salience out of 0..1: " + e.name() + " salience=" + e.salience());
      check(
          e.salience() <= previous,
          "entities not most salient first: " + e.name() + " salience=" + e.salience()
              + " after " + previous);
      previous = e.salience();
      sum += e.salience();
      check(!e.name().isBlank(), "entity name is blank");
      check(!e.mentions().isEmpty(), "entity has no mention: " + e.name());
      for (Mention m : e.mentions()) {
        check(
            0 <= m.start() && m.start() < m.end() && m.end() <= source.length(),
            "mention offsets out of bounds: " + e.name() + " [" + m.start() + ", " + m.end()
                + "), source.length=" + source.length());
        assertCleansTo(
            source.substring(m.start(), m.end()), m.text(), document, "mention of " + e.name());
      }
    }
    check(
        entities.isEmpty() || Math.abs(sum - 1.0) <= SALIENCE_SUM_TOLERANCE,
        "saliences do not sum to 1: sum=" + sum + ", entities=" + entities.size());
  }

  /** The budget: sentence, ratio, word and character caps; non-empty under sentence caps only. */
  public static void assertWithinBudget(Summary summary, SummaryBudget budget) {
    int n = summary.sentences().size();
    if (budget.maxSentences() > 0) {
      check(
          n <= budget.maxSentences(),
          "too many sentences: sentences=" + n + ", maxSentences=" + budget.maxSentences());
    }
    if (budget.ratio() > 0) {
      // the product in decimal, as documented: 0.28 of 25 sentences is 7, not 8
      int cap = Math.max(1, new java.math.BigDecimal(Double.toString(budget.ratio()))
          .multiply(java.math.BigDecimal.valueOf(summary.rankedSentences().size()))
          .setScale(0, java.math.RoundingMode.CEILING).intValue());
      check(
          n <= cap,
          "too many sentences for the ratio: sentences=" + n + ", ratio=" + budget.ratio()
              + ", articleSentences=" + summary.rankedSentences().size());
    }
    if (budget.maxWords() > 0) {
      int words = wordCount(summary.text());
      check(
          words <= budget.maxWords(),
          "too many words: words=" + words + ", maxWords=" + budget.maxWords());
    }
    if (budget.maxChars() > 0) {
      check(
          summary.text().length() <= budget.maxChars(),
          "too many characters: chars=" + summary.text().length() + ", maxChars="
              + budget.maxChars());
    }
    if (budget.maxWords() == 0 && budget.maxChars() == 0 && !summary.rankedSentences().isEmpty()) {
      check(
          !summary.isEmpty(),
          "an article with sentences gave an empty summary under a sentence budget: sentences="
              + summary.rankedSentences().size() + ", emptyReason=" + summary.emptyReason());
    }
  }

  /** Words as counted for budgets: whitespace-separated runs with a letter or digit. */
  public static int wordCount(String text) {
    int words = 0;
    boolean inRun = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        inRun = false;
        continue;
      }
      if (!inRun) {
        inRun = true;
        counted = false;
      }
      if (!counted && Character.isLetterOrDigit(cp)) {
        words++;
        counted = true;
      }
    }
    return words;
  }

  /**
   * Checks that {@code span}, a piece of {@code document}'s original text, cleans to {@code text}.
   */
  private static void assertCleansTo(String span, String text, CleanedText document, String what) {
    check(document != null, what + ": there is text in a blank source");
    String expected = CURRENT.get().cleanFragment(span, document).text();
    check(
        expected.equals(text),
        what + ": text is not its source span cleaned: text=\"" + escape(text) + "\", span=\""
            + escape(span) + "\", span cleaned=\"" + escape(expected) + "\"");
  }

  /** Control characters and lone surrogates as \\uXXXX, so that messages print whole. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), 400) + 16);
    for (int i = 0; i < s.length() && out.length() < 400; i++) {
      char c = s.charAt(i);
      boolean lone =
          Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (Character.isISOControl(c) || lone) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() >= 400 ? out + "..." : out.toString();
  }

  private static String describe(SummarySentence s) {
    return "sentence " + s.index() + " [" + s.start() + ", " + s.end() + ")";
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
