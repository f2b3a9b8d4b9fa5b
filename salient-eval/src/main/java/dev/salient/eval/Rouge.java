package dev.salient.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L with the exact semantics of the reference Perl
 * ROUGE-1.5.5 ({@code -n 2 -a}, with {@code -m} when stemming): the scores agree with it to the
 * printed 5 decimals.
 *
 * <pre>{@code
 * List<String> candidate = List.of("Gary Locke will be confirmed as manager.", "He is 39.");
 * List<String> reference = List.of("Gary Locke will be confirmed as Kilmarnock boss on Friday.");
 * RougeScores s = Rouge.stemmed().score(candidate, reference);
 * System.out.printf("R-1 %.2f  R-2 %.2f  R-L %.2f%n",
 *     100 * s.rouge1().f1(), 100 * s.rouge2().f1(), 100 * s.rougeL().f1());
 * RougeScores corpus = Rouge.perlAverage(perDocumentScores); // what ROUGE-1.5.5 prints
 * }</pre>
 *
 * <p>Each list element is one sentence (one line of ROUGE's sentence-per-line input); line breaks
 * inside an element are treated as spaces. What ROUGE-1.5.5 does, and so this class:
 *
 * <ul>
 *   <li><b>Tokens</b>: maximal runs of ASCII letters and digits, lower-cased. Every other character
 *       separates tokens: punctuation, hyphens, and every non-ASCII character ({@code Kilmarnock’s}
 *       gives {@code kilmarnock s}), because the Perl reads bytes.
 *   <li><b>Stemming</b> (optional, {@code -m}): tokens longer than 3 characters become their WordNet
 *       2.0 exception base form ({@code went -> go}) or else their Porter stem, as ROUGE-1.5.5's own
 *       Porter code gives it ({@code RougeStemmer}).
 *   <li><b>ROUGE-N</b>: n-grams over the candidate's sentences joined into one sequence (n-grams cross
 *       sentence boundaries), clipped counts: {@code hits = sum min(ref(g), cand(g))}.
 *   <li><b>ROUGE-L</b>: per reference sentence, the union of the LCS matches against every
 *       candidate sentence (ROUGE's backtracking), each hit clipped by the unigram counts left on
 *       both sides.
 *   <li><b>Rounding</b>: recall and precision rounded to 5 decimals, F1 = P·R / (0.5·P + 0.5·R) from
 *       the rounded values, rounded to 5 decimals. An empty candidate scores 0.
 * </ul>
 *
 * <p>{@link #perlAverage(List)} is the average ROUGE-1.5.5 prints with {@code -r 1000} (a mean of
 * bootstrap means, not the plain mean); {@link #mean(List)} is the plain mean.
 *
 * <p>Instances are immutable and thread-safe (the stem cache is concurrent; it keeps one entry per
 * distinct word seen, which suits evaluation corpora, not unbounded streams). This class needs no
 * library beyond the JDK; the evaluation tool around it ({@link EvalCommand}) needs Jackson and
 * picocli.
 */
public final class Rouge {
  /** ROUGE-1.5.5's default number of bootstrap resamples ({@code -r 1000}). */
  public static final int PERL_RESAMPLES = 1000;

  private static final Rouge STEMMED = new Rouge(true);
  private static final Rouge UNSTEMMED = new Rouge(false);

  private final boolean stemming;
  private final ConcurrentMap<String, String> stems = new ConcurrentHashMap<>();

  private Rouge(boolean stemming) {
    this.stemming = stemming;
  }

  /** ROUGE with Porter stemming and the WordNet exceptions (ROUGE-1.5.5 {@code -m}). */
  public static Rouge stemmed() {
    return STEMMED;
  }

  /** ROUGE on the plain lower-cased tokens (ROUGE-1.5.5 without {@code -m}). */
  public static Rouge unstemmed() {
    return UNSTEMMED;
  }

  /** Whether tokens are stemmed. */
  public boolean stemming() {
    return stemming;
  }

  /**
   * Scores a candidate summary against one reference summary, each given as its sentences.
   *
   * @throws NullPointerException if a list or one of its sentences is null
   */
  public RougeScores score(List<String> candidate, List<String> reference) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reference, "reference");
    return scoreTokens(tokenize(candidate), tokenize(reference));
  }

  /** The tokens ROUGE counts, per sentence (stemmed if this instance stems). */
  List<List<String>> tokenize(List<String> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      out.add(tokens(Objects.requireNonNull(sentence, "sentence")));
    }
    return out;
  }

  /** The tokens of one sentence. */
  List<String> tokens(String sentence) {
    List<String> tokens = new ArrayList<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isTokenChar(sentence.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(sentence.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = lowerAscii(sentence, start, i);
        tokens.add(stemming ? stems.computeIfAbsent(token, RougeStemmer::stemToken) : token);
      }
    }
    return tokens;
  }

  /** All three scores of tokenized summaries. */
  RougeScores scoreTokens(List<List<String>> candidate, List<List<String>> reference) {
    return new RougeScores(
        rougeN(candidate, reference, 1), rougeN(candidate, reference, 2), rougeL(candidate, reference));
  }

  /** ROUGE-N of tokenized summaries. */
  RougeScore rougeN(List<List<String>> candidate, List<List<String>> reference, int n) {
    Map<String, Integer> cand = ngrams(candidate, n);
    Map<String, Integer> ref = ngrams(reference, n);
    int candCount = total(cand);
    int refCount = total(ref);
    int hits = 0;
    for (Map.Entry<String, Integer> e : ref.entrySet()) {
      Integer c = cand.get(e.getKey());
      if (c != null) {
        hits += Math.min(c, e.getValue());
      }
    }
    return score(hits, refCount, candCount);
  }

  /** Summary-level ROUGE-L (union LCS) of tokenized summaries. */
  RougeScore rougeL(List<List<String>> candidate, List<List<String>> reference) {
    Map<String, Integer> candLeft = ngrams(candidate, 1);
    Map<String, Integer> refLeft = ngrams(reference, 1);
    int candCount = total(candLeft);
    int refCount = 0;
    int hits = 0;
    for (List<String> r : reference) {
      refCount += r.size();
      boolean[] marked = new boolean[r.size()];
      for (List<String> c : candidate) {
        markLcs(r, c, marked);
      }
      for (int j = 0; j < r.size(); j++) {
        if (marked[j]) {
          String token = r.get(j);
          int inRef = refLeft.getOrDefault(token, 0);
          int inCand = candLeft.getOrDefault(token, 0);
          if (inRef > 0 && inCand > 0) {
            hits++;
            refLeft.put(token, inRef - 1);
            candLeft.put(token, inCand - 1);
          }
        }
      }
    }
    return score(hits, refCount, candCount);
  }

  /** Marks the reference positions of one LCS of r and c, backtracking as ROUGE-1.5.5 does. */
  private static void markLcs(List<String> r, List<String> c, boolean[] marked) {
    int m = r.size();
    int n = c.size();
    if (m == 0 || n == 0) {
      return;
    }
    int[][] len = new int[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      String ri = r.get(i - 1);
      for (int j = 1; j <= n; j++) {
        if (ri.equals(c.get(j - 1))) {
          len[i][j] = len[i - 1][j - 1] + 1;
        } else {
          len[i][j] = Math.max(len[i - 1][j], len[i][j - 1]);
        }
      }
    }
    int i = m;
    int j = n;
    while (i != 0 && j != 0) {
      if (r.get(i - 1).equals(c.get(j - 1))) {
        i--;
        j--;
        marked[i] = true;
      } else if (len[i - 1][j] >= len[i][j - 1]) {
        i--; // "up": skip the reference token
      } else {
        j--;
      }
    }
  }

  private static Map<String, Integer> ngrams(List<List<String>> sentences, int n) {
    List<String> all = new ArrayList<>();
    for (List<String> s : sentences) {
      all.addAll(s);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= all.size(); i++) {
      String gram = n == 1 ? all.get(i) : String.join(" ", all.subList(i, i + n));
      counts.merge(gram, 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    int total = 0;
    for (int c : counts.values()) {
      total += c;
    }
    return total;
  }

  private static RougeScore score(int hits, int refCount, int candCount) {
    double recall = refCount == 0 ? 0 : round5((double) hits / refCount);
    double precision = candCount == 0 ? 0 : round5((double) hits / candCount);
    return new RougeScore(recall, precision, f1(recall, precision));
  }

  /** ROUGE-1.5.5's F with alpha = 0.5, computed in the same order, rounded to 5 decimals. */
  private static double f1(double recall, double precision) {
    double alpha = 0.5;
    double denominator = (1 - alpha) * precision + alpha * recall;
    return denominator > 0 ? round5((precision * recall) / denominator) : 0;
  }

  /** Rounds as Perl's {@code sprintf("%7.5f")}: the exact binary value, ties to even. */
  static double round5(double x) {
    return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * The corpus average as ROUGE-1.5.5 prints it ({@code Average_R/P/F} with {@code -r 1000}): the
   * mean of {@value #PERL_RESAMPLES} bootstrap means, drawn with Perl's {@code srand(i)} /
   * {@code rand} (drand48) over the evaluations sorted as ROUGE sorts their ids ("1", "10", "2",
   * ...). Evaluation ids are the positions in {@code perEvaluation}, from 1. It usually lies within
   * about 0.001 of the plain {@link #mean(List)}; empty input gives zeros.
   */
  public static RougeScores perlAverage(List<RougeScores> perEvaluation) {
    int n = perEvaluation.size();
    if (n == 0) {
      return RougeScores.ZERO;
    }
    // ROUGE sorts "<evalID>.<peerID>" keys as strings.
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> (i + 1) + "."));
    double[][] values = new double[n][];
    for (int i = 0; i < n; i++) {
      values[i] = flatten(perEvaluation.get(order[i]));
    }
    int measures = values[0].length;
    double[][] sampleMeans = new double[measures][PERL_RESAMPLES];
    for (int s = 0; s < PERL_RESAMPLES; s++) {
      Drand48 random = new Drand48(s);
      double[] sum = new double[measures];
      for (int k = 0; k < n; k++) {
        double[] v = values[(int) (n * random.next())];
        for (int m = 0; m < measures; m++) {
          sum[m] += v[m];
        }
      }
      for (int m = 0; m < measures; m++) {
        sampleMeans[m][s] = sum[m] / n;
      }
    }
    double[] average = new double[measures];
    for (int m = 0; m < measures; m++) {
      double[] sorted = sampleMeans[m];
      Arrays.sort(sorted); // ROUGE sums the sorted resample means
      double total = 0;
      for (double x : sorted) {
        total += x;
      }
      average[m] = round5(total / PERL_RESAMPLES);
    }
    return unflatten(average);
  }

  /** The plain arithmetic mean of every value, rounded to 5 decimals; empty input gives zeros. */
  public static RougeScores mean(List<RougeScores> perEvaluation) {
    int n = perEvaluation.size();
    if (n == 0) {
      return RougeScores.ZERO;
    }
    double[] total = new double[9];
    for (RougeScores s : perEvaluation) {
      double[] v = flatten(s);
      for (int m = 0; m < v.length; m++) {
        total[m] += v[m];
      }
    }
    for (int m = 0; m < total.length; m++) {
      total[m] = round5(total[m] / n);
    }
    return unflatten(total);
  }

  private static double[] flatten(RougeScores s) {
    return new double[] {
      s.rouge1().recall(), s.rouge1().precision(), s.rouge1().f1(),
      s.rouge2().recall(), s.rouge2().precision(), s.rouge2().f1(),
      s.rougeL().recall(), s.rougeL().precision(), s.rougeL().f1()
    };
  }

  private static RougeScores unflatten(double[] v) {
    return new RougeScores(
        new RougeScore(v[0], v[1], v[2]),
        new RougeScore(v[3], v[4], v[5]),
        new RougeScore(v[6], v[7], v[8]));
  }

  private static boolean isTokenChar(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  }

  private static String lowerAscii(String s, int start, int end) {
    char[] chars = new char[end - start];
    for (int i = start; i < end; i++) {
      char ch = s.charAt(i);
      chars[i - start] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
    }
    return new String(chars);
  }

  /** Perl's {@code srand(seed)} and {@code rand()}: the drand48 generator. */
  private static final class Drand48 {
    private static final long MASK = (1L << 48) - 1;
    private long state;

    Drand48(long seed) {
      state = ((seed << 16) + 0x330EL) & MASK;
    }

    double next() {
      state = (state * 0x5DEECE66DL + 0xBL) & MASK;
      return state / (double) (1L << 48);
    }
  }
}
