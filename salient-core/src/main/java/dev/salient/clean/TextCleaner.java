package dev.salient.clean;

import dev.salient.lang.LanguageResources;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cleans scraped news text before it is split into sentences, keeping a map from every clean
 * character back to the input.
 *
 * <pre>{@code
 * TextCleaner cleaner = new TextCleaner(LanguageResources.ENGLISH);
 * CleanedText cleaned = cleaner.clean("Taliban back in power\n\nThe T-aliban\u2019s sweep is just the start.\nRead more");
 * cleaned.text();        // "Taliban back in power\n\nThe Taliban's sweep is just the start."
 * cleaned.headlineEnd(); // 21: the headline is "Taliban back in power"
 * }</pre>
 *
 * <p>In order:
 *
 * <ol>
 *   <li><b>typography</b>: HTML entities decoded, curly quotes straightened, special spaces made
 *       plain, soft hyphens and zero-width characters removed, line endings made {@code '\n'},
 *       runs of spaces collapsed, lines trimmed;
 *   <li><b>boilerplate</b>: whole lines of page furniture are dropped (notices, labels, time
 *       stamps, menus, bylines, lists of other stories, the tail after the last sentence), and the
 *       headline is found; see {@code BoilerplateDetector}. A dropped line leaves a line break, and
 *       runs of blank lines become one blank line, so a sentence never joins across a dropped block;
 *   <li><b>word repair</b>: words broken by a stray hyphen are joined ("T-aliban" becomes
 *       "Taliban") on evidence from the lexicon and from the document itself; real hyphenated words
 *       stay. See {@code Dehyphenator}.
 * </ol>
 *
 * <p>Only whole lines are dropped; everything else is a change of characters within a line. So
 * {@link #cleanFragment(String, CleanedText)} of the original text of any clean sentence gives
 * that sentence back. Every step is one pass over the text: linear time.
 *
 * <p>A {@code TextCleaner} is immutable and thread-safe.
 */
public final class TextCleaner {
  private final BoilerplateDetector boilerplate;
  private final Dehyphenator dehyphenator;

  /** An English cleaner. */
  public TextCleaner() {
    this(LanguageResources.ENGLISH);
  }

  /** A cleaner with the word lists of {@code language}. */
  public TextCleaner(LanguageResources language) {
    Objects.requireNonNull(language, "language");
    this.boilerplate = new BoilerplateDetector(language);
    this.dehyphenator = new Dehyphenator(language);
  }

  /** Cleans {@code text}, keeping a map back to it. */
  public CleanedText clean(String text) {
    Objects.requireNonNull(text, "text");
    Lines lines = new Lines();
    Typography.normalize(text, 0, text.length(), lines);
    String norm = lines.text.toString();
    lines.text = null;
    WordEvidence evidence = WordEvidence.of(norm);
    int n = lines.count;
    int[] normStart = Arrays.copyOf(lines.normStart, n);
    lines.normStart = null;
    int[] normEnd = new int[n];
    for (int i = 0; i < n; i++) {
      // lines are joined by one '\n' in the normalized text
      normEnd[i] = i + 1 < n ? normStart[i + 1] - 1 : norm.length();
    }
    BoilerplateDetector.Plan plan = boilerplate.plan(norm, normStart, normEnd);
    boolean[] drop = plan.drop();
    int headlineLast = plan.headlineLast();
    norm = null;
    normStart = null;
    normEnd = null;

    CleanedText.Builder out = new CleanedText.Builder(text).evidence(evidence);
    int previous = -1;
    for (int i = 0; i < n; i++) {
      if (drop[i]) {
        continue;
      }
      if (previous >= 0) {
        // the line break after the previous kept line, and one more if anything came between
        Gap gap = new Gap();
        Typography.normalize(text, lines.origEnd[previous], lines.origStart[i], gap);
        out.append('\n', gap.firstStart, gap.firstEnd);
        if (i > previous + 1 || gap.breaks > 1) {
          out.append('\n', gap.lastStart, gap.lastEnd);
        }
      }
      // normalize the line again, now with its map: normalization is local to the line
      int from = lines.origStart[i];
      int to = lines.origEnd[i];
      CleanedText.Builder line = new CleanedText.Builder(text, to - from);
      Typography.normalize(text, from, to, Typography.toBuilder(line));
      CleanedText normalized = line.build();
      dehyphenator.appendRepaired(normalized, 0, normalized.text().length(), out, evidence);
      if (i == headlineLast) {
        out.headlineEnd(out.length());
      }
      previous = i;
    }
    return out.build();
  }

  /**
   * Collects normalized text as non-blank lines joined by one '\n': each line's start in the
   * normalized text and its range in the original. Three ints per line.
   */
  private static final class Lines implements Typography.Sink {
    StringBuilder text = new StringBuilder();
    int count;
    int[] normStart = new int[16];
    int[] origStart = new int[16];
    int[] origEnd = new int[16];
    private boolean inLine;

    @Override
    public void character(char c, int start, int end) {
      if (!inLine) {
        if (count == normStart.length) {
          int size = count * 2;
          normStart = Arrays.copyOf(normStart, size);
          origStart = Arrays.copyOf(origStart, size);
          origEnd = Arrays.copyOf(origEnd, size);
        }
        if (count > 0) {
          text.append('\n');
        }
        normStart[count] = text.length();
        origStart[count] = start;
        count++;
        inLine = true;
      }
      text.append(c);
      origEnd[count - 1] = end;
    }

    @Override
    public void lineBreak(int start, int end) {
      inLine = false;
    }
  }

  /** The line breaks between two kept lines: the first, the last, and how many. */
  private static final class Gap implements Typography.Sink {
    int breaks;
    int firstStart;
    int firstEnd;
    int lastStart;
    int lastEnd;

    @Override
    public void character(char c, int start, int end) {}

    @Override
    public void lineBreak(int start, int end) {
      if (breaks == 0) {
        firstStart = start;
        firstEnd = end;
      }
      lastStart = start;
      lastEnd = end;
      breaks++;
    }
  }

  /**
   * Cleans {@code fragment}, a piece of one line of {@code document}'s original text, as
   * {@link #clean(String)} cleaned it within the document: the same typography and the same word
   * repairs, decided with the document's evidence. Lines are not judged (a fragment of a kept line
   * is kept whole), and no headline is looked for.
   *
   * <p>For every sentence the splitter finds in {@code document.text()}, cleaning the original text
   * it maps back to gives the sentence:
   *
   * <pre>{@code
   * String original = input.substring(cleaned.toOriginalStart(start), cleaned.toOriginalEnd(end));
   * cleaner.cleanFragment(original, cleaned).text().equals(cleaned.text().substring(start, end));
   * }</pre>
   */
  public CleanedText cleanFragment(String fragment, CleanedText document) {
    Objects.requireNonNull(fragment, "fragment");
    Objects.requireNonNull(document, "document");
    WordEvidence evidence = document.evidence();
    if (evidence == null) {
      evidence = WordEvidence.of(Typography.normalize(document.original()).text());
    }
    CleanedText normalized = Typography.normalize(fragment);
    CleanedText.Builder out = new CleanedText.Builder(fragment).evidence(evidence);
    dehyphenator.appendRepaired(normalized, 0, normalized.text().length(), out, evidence);
    return out.build();
  }

  @Override
  public String toString() {
    return "TextCleaner";
  }
}
