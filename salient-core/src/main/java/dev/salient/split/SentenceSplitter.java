package dev.salient.split;

import dev.salient.clean.CleanedText;
import dev.salient.lang.LanguageResources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits cleaned text into paragraphs, sentences and tokens: with OpenNLP's sentence detector and
 * tokenizer where the language has models, by rules where it has not ({@link RuleSentenceDetector},
 * {@link RuleTokenizer}), and by Unicode breaks for the neutral language ({@link UnicodeSegmenter}).
 *
 * <p>A sentence never crosses a line break: every non-empty line is a paragraph, and a line with no
 * terminal punctuation (a headline, a sub-heading, a list item) is a unit of its own. Thread-safe.
 */
public final class SentenceSplitter {
  /** Lines longer than this are cut into chunks before sentence detection, to bound its work. */
  private static final int MAX_CHUNK = 20_000;

  private final SentenceDetector sentenceDetector;
  private final Tokenizer tokenizer;
  /** Corrects the sentence model's cuts after abbreviations; null when it is not needed. */
  private final Abbreviations modelCorrections;
  /** Words from Unicode word breaks rather than whitespace first (scripts without spaces). */
  private final boolean unicode;
  /** The tokenizer's cost is linear in a word's length (rules), so long words are tokenized too. */
  private final boolean linearTokenizer;
  private final RunInBoundaries runIns;
  /** Words longer than this are tokenized without the cache. */
  private static final int MAX_CACHED_WORD = 40;
  /** The cache is emptied when it holds this many words, to bound its memory (a few MB). */
  private static final int MAX_CACHE_ENTRIES = 50_000;
  /** The tokens of each word seen so far, see {@link #pieces(String)}. */
  private final ConcurrentHashMap<String, Pieces> tokenCache = new ConcurrentHashMap<>();

  public SentenceSplitter(LanguageResources language) {
    Objects.requireNonNull(language, "language");
    Abbreviations abbreviations = new Abbreviations(language);
    this.unicode = language.segmentation() == LanguageResources.Segmentation.UNICODE;
    if (unicode) {
      this.sentenceDetector = UnicodeSegmenter.INSTANCE;
      this.tokenizer = UnicodeSegmenter.INSTANCE;
      this.modelCorrections = null;
      this.linearTokenizer = true;
    } else {
      boolean model = language.hasSentenceModel();
      this.sentenceDetector = model
          ? new ThreadSafeSentenceDetectorME(language.sentenceModel())
          : new RuleSentenceDetector(abbreviations);
      this.modelCorrections = model && !abbreviations.isEmpty() ? abbreviations : null;
      this.linearTokenizer = !language.hasTokenizerModel();
      this.tokenizer = language.hasTokenizerModel()
          ? new ThreadSafeTokenizerME(language.tokenizerModel())
          : new RuleTokenizer(language, abbreviations);
    }
    this.runIns = new RunInBoundaries(language.wordSet("sentence-openers"), language.wordSet("stopwords"));
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
    if (lineEnd <= headlineEnd && lineEnd - lineStart <= MAX_CHUNK) {
      // a headline line is one unit, even when it holds a full stop ("Biden meets Xi. Talks stall")
      int start = lineStart;
      int end = lineEnd;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      out.add(sentence(text, out.size(), start, end, paragraph, true));
      return;
    }
    for (int chunkStart = lineStart; chunkStart < lineEnd; ) {
      int chunkEnd = chunkEnd(text, chunkStart, lineEnd);
      String chunk = text.substring(chunkStart, chunkEnd);
      Span[] detected =
          isOneWord(chunkStart, chunkEnd) && !unicode
              ? new Span[] {new Span(0, chunk.length())}
              : keepQuotesWhole(chunk, corrected(chunk, sentenceDetector.sentPosDetect(chunk)));
      for (Span span : detected) {
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
          Sentence sentence = sentence(text, out.size(), start, end, paragraph, headlineEnd >= end);
          out.addAll(runIns.split(sentence, out.size()));
        }
      }
      chunkStart = chunkEnd;
    }
  }

  /**
   * Joins the sentence model's cuts after an abbreviation of the language ("z. B.", "M."), which
   * the models, trained on other text, sometimes take for a sentence end.
   */
  private Span[] corrected(String chunk, Span[] spans) {
    if (modelCorrections == null || spans.length < 2) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.length);
    Span current = spans[0];
    for (int i = 1; i < spans.length; i++) {
      Span next = spans[i];
      int dot = current.getEnd() - 1;
      while (dot > current.getStart() && Character.isWhitespace(chunk.charAt(dot))) {
        dot--;
      }
      int first = next.getStart();
      while (first < next.getEnd()
          && (Character.isWhitespace(chunk.charAt(first)) || Abbreviations.isOpening(chunk.charAt(first)))) {
        first++;
      }
      if (chunk.charAt(dot) == '.' && modelCorrections.isAbbreviation(chunk, dot, first)) {
        current = new Span(current.getStart(), next.getEnd());
      } else {
        out.add(current);
        current = next;
      }
    }
    out.add(current);
    return out.toArray(new Span[0]);
  }

  /** Longer whitespace-separated words are not split into tokens, see {@link #sentence}. */
  private static final int MAX_TOKENIZED_WORD = 64;

  /** At most this many detected sentences are joined to keep a quotation whole. */
  private static final int MAX_QUOTE_SENTENCES = 4;

  /**
   * Joins sentences that the detector cut inside a quotation which opened mid-sentence, so that
   * {@code She said "It is over. We lost." and left.} stays one sentence. A quotation that opens a
   * sentence may run on for paragraphs, as in news copy, and is left as detected.
   */
  static Span[] keepQuotesWhole(String chunk, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span span = spans[i];
      int firstQuote = chunk.indexOf('"', span.getStart());
      boolean opensMidSentence =
          firstQuote >= 0 && firstQuote < span.getEnd() && firstQuote > firstNonSpace(chunk, span);
      int j = i;
      if (opensMidSentence && quotes(chunk, span.getStart(), span.getEnd()) % 2 == 1) {
        int count = quotes(chunk, span.getStart(), span.getEnd());
        for (int k = i + 1; k < spans.length && k <= i + MAX_QUOTE_SENTENCES; k++) {
          count += quotes(chunk, spans[k].getStart(), spans[k].getEnd());
          if (count % 2 == 0) {
            j = k;
            break;
          }
        }
      }
      if (j > i || out != null) {
        if (out == null) {
          out = new ArrayList<>(List.of(spans).subList(0, i));
        }
        out.add(new Span(span.getStart(), spans[j].getEnd()));
        i = j;
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private static int quotes(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  private static int firstNonSpace(String text, Span span) {
    int i = span.getStart();
    while (i < span.getEnd() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The end of the chunk that starts at {@code from}: the line end, or the last whitespace before
   * the limit. A chunk never ends inside a word, because cleaning repairs a word by looking at
   * the whole of it (the round trip of {@link dev.salient.clean.TextCleaner#cleanFragment} needs
   * the sentence to hold the same word). When no whitespace comes before the limit, the chunk is
   * the run of non-whitespace that starts it, however long; see {@link #isOneWord}.
   */
  static int chunkEnd(String text, int from, int lineEnd) {
    if (lineEnd - from <= MAX_CHUNK) {
      return lineEnd;
    }
    int limit = from + MAX_CHUNK;
    for (int i = limit; i > from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    // the chunk's first word (after any leading whitespace at from) runs past the limit
    int end = limit;
    while (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * True if {@code chunk} is longer than a chunk may be, and so (see {@link #chunkEnd}) one word
   * with at most leading whitespace. It is one unit: OpenNLP's sentence detector costs the
   * square of a word's length (it scans the word around every full stop in it).
   */
  private static boolean isOneWord(int chunkStart, int chunkEnd) {
    return chunkEnd - chunkStart > MAX_CHUNK;
  }

  private Sentence sentence(
      String text, int index, int start, int end, int paragraph, boolean headline) {
    String sentence = text.substring(start, end);
    if (unicode) {
      Span[] spans = tokenizer.tokenizePos(sentence);
      String[] tokens = new String[spans.length];
      int[] starts = new int[spans.length];
      for (int i = 0; i < spans.length; i++) {
        tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
        starts[i] = start + spans[i].getStart();
      }
      return new Sentence(index, start, end, paragraph, headline, tokens, starts);
    }
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    String[] tokens = new String[words.length];
    int[] starts = new int[words.length];
    int n = 0;
    for (Span w : words) {
      String word = sentence.substring(w.getStart(), w.getEnd());
      // OpenNLP's tokenizer costs the square of a word's length: a very long "word" (a URL, a
      // run of characters without spaces) stays one token
      Pieces pieces =
          word.length() < 2 || (word.length() > MAX_TOKENIZED_WORD && !linearTokenizer)
              ? Pieces.whole(word)
              : pieces(word);
      int count = pieces.tokens().length;
      if (n + count > tokens.length) {
        tokens = Arrays.copyOf(tokens, n + count + words.length);
        starts = Arrays.copyOf(starts, tokens.length);
      }
      int wordStart = start + w.getStart();
      for (int k = 0; k < count; k++) {
        starts[n] = wordStart + pieces.starts()[k];
        tokens[n] = pieces.tokens()[k];
        n++;
      }
    }
    if (n < tokens.length) {
      tokens = Arrays.copyOf(tokens, n);
      starts = Arrays.copyOf(starts, n);
    }
    return new Sentence(index, start, end, paragraph, headline, tokens, starts);
  }

  /**
   * The tokens of one whitespace-separated word and their starts relative to the word. Cached
   * words share these strings across sentences and documents, so a long text does not hold a
   * string per token.
   */
  private record Pieces(String[] tokens, int[] starts) {
    static Pieces whole(String word) {
      return new Pieces(new String[] {word}, new int[] {0});
    }
  }

  /**
   * The tokens of one whitespace-separated word. OpenNLP's tokenizer decides each word on its own
   * characters alone (it splits the text at whitespace first), so its answer for a word can be
   * remembered; most words of news text are repeats, and the model's evaluation at every character
   * is the costliest step of the pipeline.
   */
  private Pieces pieces(String word) {
    Pieces pieces = tokenCache.get(word);
    if (pieces != null) {
      return pieces;
    }
    Span[] spans = tokenizer.tokenizePos(word);
    String[] tokens = new String[spans.length];
    int[] starts = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = spans[i].getStart();
      tokens[i] =
          spans.length == 1 && spans[i].length() == word.length()
              ? word
              : word.substring(spans[i].getStart(), spans[i].getEnd());
    }
    pieces = new Pieces(tokens, starts);
    if (word.length() <= MAX_CACHED_WORD) {
      if (tokenCache.size() >= MAX_CACHE_ENTRIES) {
        tokenCache.clear();
      }
      tokenCache.put(word, pieces);
    }
    return pieces;
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
