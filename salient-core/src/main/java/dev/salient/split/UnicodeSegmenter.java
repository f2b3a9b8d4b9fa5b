package dev.salient.split;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Sentences and words from the JDK's Unicode {@link BreakIterator} (UAX #29), for languages Salient
 * has no resources for: it needs no spaces between words ("。" ends a Chinese sentence, and each
 * ideograph is a word) and knows every script's terminal punctuation. Linear in the text's length.
 * Thread-safe: each call takes its own iterator.
 */
final class UnicodeSegmenter implements SentenceDetector, Tokenizer {
  static final UnicodeSegmenter INSTANCE = new UnicodeSegmenter();

  private UnicodeSegmenter() {}

  @Override
  public String[] sentDetect(CharSequence s) {
    return Span.spansToStrings(sentPosDetect(s), s);
  }

  @Override
  public Span[] sentPosDetect(CharSequence s) {
    String text = s.toString();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<Span> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int word = start;
      while (word < end && Character.isWhitespace(text.charAt(word))) {
        word++;
      }
      while (word < end && RuleSentenceDetector.isDash(text.charAt(word))) {
        word++;
      }
      while (word < end && Character.isWhitespace(text.charAt(word))) {
        word++;
      }
      if (!out.isEmpty() && word < end && RuleSentenceDetector.attribution(text, start, word)) {
        // "«…!» — добавил Орлов": a quotation's attribution belongs to its sentence
        Span previous = out.remove(out.size() - 1);
        out.add(new Span(previous.getStart(), end));
      } else {
        out.add(new Span(start, end));
      }
    }
    return out.toArray(new Span[0]);
  }

  private static boolean isIdeographic(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  @Override
  public String[] tokenize(String s) {
    return Span.spansToStrings(tokenizePos(s), s);
  }

  /**
   * The non-blank word-break segments of {@code s}: words, numbers and punctuation marks. The JDK
   * has no dictionary for Chinese or Japanese and returns a run of ideographs or kana as one
   * segment; each of their characters is then a token, as each carries meaning.
   */
  @Override
  public Span[] tokenizePos(String s) {
    BreakIterator it = BreakIterator.getWordInstance(Locale.ROOT);
    it.setText(s);
    List<Span> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (s.substring(start, end).isBlank()) {
        continue;
      }
      if (end - start > 1 && isIdeographic(s.codePointAt(start))) {
        for (int i = start; i < end; ) {
          int next = i + Character.charCount(s.codePointAt(i));
          out.add(new Span(i, next));
          i = next;
        }
      } else {
        out.add(new Span(start, end));
      }
    }
    return out.toArray(new Span[0]);
  }
}
