package dev.salient.split;

import dev.salient.clean.CleanedText;
import dev.salient.lang.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits cleaned text into paragraphs, sentences and tokens with OpenNLP's sentence detector and
 * tokenizer.
 *
 * <p>A sentence never crosses a line break: every non-empty line is a paragraph, and a line with no
 * terminal punctuation (a headline, a sub-heading, a list item) is a unit of its own. Thread-safe.
 */
public final class SentenceSplitter {
  /** Lines longer than this are cut into chunks before sentence detection, to bound its work. */
  private static final int MAX_CHUNK = 20_000;

  private final ThreadSafeSentenceDetectorME sentenceDetector;
  private final ThreadSafeTokenizerME tokenizer;

  public SentenceSplitter(Language language) {
    Objects.requireNonNull(language, "language");
    this.sentenceDetector = new ThreadSafeSentenceDetectorME(language.sentenceModel());
    this.tokenizer = new ThreadSafeTokenizerME(language.tokenizerModel());
  }

  /** Splits {@code cleaned} into sentences. */
  public Document split(CleanedText cleaned) {
    String text = cleaned.text();
    int headlineEnd = cleaned.headlineEnd();
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (!isBlank(text, lineStart, lineEnd)) {
        splitLine(text, lineStart, lineEnd, paragraph, headlineEnd, sentences);
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return new Document(cleaned, sentences);
  }

  private void splitLine(
      String text, int lineStart, int lineEnd, int paragraph, int headlineEnd, List<Sentence> out) {
    for (int chunkStart = lineStart; chunkStart < lineEnd; ) {
      int chunkEnd = chunkEnd(text, chunkStart, lineEnd);
      String chunk = text.substring(chunkStart, chunkEnd);
      for (Span span : sentenceDetector.sentPosDetect(chunk)) {
        int start = chunkStart + span.getStart();
        int end = chunkStart + span.getEnd();
        // trim
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (start < end) {
          out.add(sentence(text, out.size(), start, end, paragraph, headlineEnd >= end));
        }
      }
      chunkStart = chunkEnd;
    }
  }

  /** The end of the chunk that starts at {@code from}: the line end, or a space near the limit. */
  private static int chunkEnd(String text, int from, int lineEnd) {
    if (lineEnd - from <= MAX_CHUNK) {
      return lineEnd;
    }
    int limit = from + MAX_CHUNK;
    for (int i = limit; i > from + MAX_CHUNK / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    // do not split a surrogate pair
    return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
  }

  private Sentence sentence(
      String text, int index, int start, int end, int paragraph, boolean headline) {
    Span[] spans = tokenizer.tokenizePos(text.substring(start, end));
    String[] tokens = new String[spans.length];
    int[] starts = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = start + spans[i].getStart();
      tokens[i] = text.substring(starts[i], start + spans[i].getEnd());
    }
    return new Sentence(index, start, end, paragraph, headline, tokens, starts);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
