package dev.salient.lang;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Evaluates OpenNLP's language-detection model on a text: the features are the distinct character
 * 1- to 3-grams of the lower-cased text (digits dropped, runs of white space and of one repeated
 * character shrunk, as OpenNLP's normalizers do), each worth 1; a language's probability is the
 * softmax of the sums of its feature weights. The n-grams are packed into longs and looked up in an
 * open-addressing table built once from the model, so no string is made per n-gram. Immutable and
 * thread-safe.
 */
final class LanguageScores {
  /**
   * The best language of one text.
   *
   * @param language the model's name for it (ISO 639-3)
   * @param probability its softmax probability over all the model's languages
   * @param margin how much its score exceeds the runner-up's: the log of their probabilities' ratio
   */
  record Best(String language, double probability, double margin) {}

  private final String[] outcomes;
  /**
   * The open-addressing table, two longs a slot: the packed n-gram (0 for an empty slot), then
   * where its weights start in {@link #weights} (high 32 bits) and how many there are (low 32).
   * One cache line holds both, so a lookup costs one memory access and its weights one more.
   */
  private final long[] table;
  /**
   * Every feature's weights one after the other, one int each: the weight's float bits with the
   * low {@link #OUTCOME_BITS} mantissa bits replaced by the outcome (a relative error under 1e-5).
   */
  private final int[] weights;
  /**
   * The weights of features that have one for every outcome (the common n-grams, which every
   * sample has), {@code outcomes.length} floats a feature in outcome order: summed by a plain loop
   * the JIT vectorizes, where the packed form costs an indexed add per weight.
   */
  private final float[] dense;
  /** The low word of a slot's value for a dense feature (its high word is the row's start). */
  private static final int DENSE = -1;
  /** What {@link #find} returns for an n-gram the model does not have. */
  private static final long ABSENT = Long.MIN_VALUE;
  private final int mask;

  /** The low bits of a packed weight that hold its outcome: up to 128 languages. */
  private static final int OUTCOME_BITS = 7;
  private static final int OUTCOME_MASK = (1 << OUTCOME_BITS) - 1;

  private static int weight(int outcome, double value) {
    if (outcome > OUTCOME_MASK) {
      throw new IllegalArgumentException("more outcomes than " + OUTCOME_MASK + ": " + outcome);
    }
    return (Float.floatToRawIntBits((float) value) & ~OUTCOME_MASK) | outcome;
  }

  /**
   * Reads the model straight from OpenNLP's model file ({@code langdetect-183.bin}: a zip whose
   * {@code langdetect.model} entry is a GIS model in OpenNLP's binary format), into these tables
   * only. Loading it as an OpenNLP {@code LanguageDetectorModel} first would need about 60 MB of
   * heap for its string-keyed maps; this needs the 9 MB the tables keep.
   *
   * @throws IOException if the file is not such a model
   */
  static LanguageScores read(InputStream modelFile) throws IOException {
    ZipInputStream zip = new ZipInputStream(modelFile);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (entry.getName().endsWith(".model")) {
        return new LanguageScores(new DataInputStream(new BufferedInputStream(zip, 1 << 16)));
      }
    }
    throw new IOException("no .model entry in the language-detection model file");
  }

  /** The GIS format: see OpenNLP's GISModelReader, which writes what this reads. */
  private LanguageScores(DataInputStream in) throws IOException {
    String type = in.readUTF();
    if (!type.equals("GIS")) {
      throw new IOException("not a GIS model: " + type);
    }
    in.readInt(); // correction constant, 1 in this model
    in.readDouble(); // correction parameter, unused by GIS evaluation
    this.outcomes = new String[in.readInt()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = in.readUTF();
    }
    // each pattern: how many features share it, then the outcomes those features have weights for
    int[][] patterns = new int[in.readInt()][];
    long total = 0;
    long denseTotal = 0;
    for (int i = 0; i < patterns.length; i++) {
      String[] parts = in.readUTF().split(" ");
      patterns[i] = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        patterns[i][k] = Integer.parseInt(parts[k]);
      }
      if (parts.length - 1 == outcomes.length) {
        denseTotal += (long) patterns[i][0] * outcomes.length;
      } else {
        total += (long) patterns[i][0] * (parts.length - 1);
      }
    }
    int count = in.readInt();
    this.mask = tableSize(count) - 1;
    this.table = new long[2 * (mask + 1)];
    String[] grams = new String[count];
    for (int f = 0; f < count; f++) {
      grams[f] = in.readUTF();
    }
    this.weights = new int[Math.toIntExact(total)];
    this.dense = new float[Math.toIntExact(denseTotal)];
    int next = 0;
    int nextDense = 0;
    int f = 0;
    for (int[] pattern : patterns) {
      boolean isDense = pattern.length - 1 == outcomes.length;
      for (int j = 0; j < pattern[0]; j++) {
        if (f >= count) {
          throw new IOException("model has " + count + " features but more weights");
        }
        if (isDense) {
          for (int k = 1; k < pattern.length; k++) {
            dense[nextDense + pattern[k]] = (float) in.readDouble();
          }
          place(grams[f], nextDense, DENSE);
          nextDense += outcomes.length;
          grams[f] = null;
          f++;
          continue;
        }
        int start = next;
        for (int k = 1; k < pattern.length; k++) {
          weights[next++] = weight(pattern[k], in.readDouble());
        }
        place(grams[f], start, next - start);
        grams[f] = null;
        f++;
      }
    }
    if (f != count) {
      throw new IOException("model has " + count + " features but weights for " + f);
    }
  }

  /** A power of two at least 1.5 times {@code n}: short probe runs, 16 bytes a slot. */
  private static int tableSize(int n) {
    return Integer.highestOneBit(Math.max(16, n + n / 2)) << 1;
  }

  /** Puts the n-gram {@code gram} and its weights' range into the table (longer grams are never looked up). */
  private void place(String gram, int start, int count) {
    if (gram.isEmpty() || gram.length() > 3) {
      return;
    }
    long key = pack(gram, 0, gram.length());
    int slot = slot(key);
    while (table[2 * slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = ((long) start << 32) | (count & 0xFFFF_FFFFL);
  }

  /**
   * The n-gram s[from, to) (1 to 3 chars) as a long: its chars, 16 bits each, in the low 48 bits,
   * and its length above them.
   */
  static long pack(CharSequence s, int from, int to) {
    long key = 0;
    for (int i = from; i < to; i++) {
      key = (key << 16) | s.charAt(i);
    }
    return key | ((long) (to - from) << 48);
  }

  private int slot(long key) {
    return hash(key) & mask;
  }

  /** The hash of a packed n-gram, for the model's table and the sample's set of n-grams. */
  private static int hash(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
  }

  /** The weight range of {@code key} (start high, count or {@link #DENSE} low), or {@link #ABSENT}. */
  private long find(long key) {
    int slot = slot(key);
    long k;
    while ((k = table[2 * slot]) != 0) {
      if (k == key) {
        return table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  /** Per thread: a set of the n-grams seen in one text, cleared after use. */
  private static final ThreadLocal<long[]> SEEN = ThreadLocal.withInitial(() -> new long[1 << 13]);

  /** The most probable language of {@code text} and its probability. */
  Best best(CharSequence text) {
    String normalized = normalize(text);
    int n = normalized.length();
    // each distinct n-gram counts once: an open-addressing set, sized for the sample
    int capacity = Integer.highestOneBit(Math.max(64, 6 * n)) << 1;
    long[] seen = SEEN.get();
    if (seen.length < capacity) {
      seen = new long[capacity];
      SEEN.set(seen);
    }
    int seenMask = capacity - 1;
    // first the distinct n-grams, then their table slots, then their weights: three loops of
    // independent memory reads, which the processor overlaps (one loop doing all three waits on
    // each read of the 4 MB table in turn)
    long[] grams = new long[3 * n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      long key = 0;
      for (int len = 1; len <= 3 && i + len <= n; len++) {
        key = (key & 0xFFFF_FFFF_FFFFL) << 16 | normalized.charAt(i + len - 1);
        long gram = key | ((long) len << 48);
        int h = hash(gram) & seenMask;
        long there;
        while ((there = seen[h]) != 0 && there != gram) {
          h = (h + 1) & seenMask;
        }
        if (there == 0) {
          seen[h] = gram;
          grams[count++] = gram;
        }
      }
    }
    long[] ranges = new long[count];
    for (int g = 0; g < count; g++) {
      ranges[g] = find(grams[g]);
    }
    int outcomeCount = outcomes.length;
    double[] sums = new double[outcomeCount];
    float[] denseSums = new float[outcomeCount];
    for (int g = 0; g < count; g++) {
      long range = ranges[g];
      if (range == ABSENT) {
        continue;
      }
      int start = (int) (range >>> 32);
      int length = (int) range;
      if (length == DENSE) {
        for (int k = 0; k < outcomeCount; k++) {
          denseSums[k] += dense[start + k];
        }
        continue;
      }
      for (int k = start, end = start + length; k < end; k++) {
        int w = weights[k];
        sums[w & OUTCOME_MASK] += Float.intBitsToFloat(w & ~OUTCOME_MASK);
      }
    }
    for (int k = 0; k < outcomeCount; k++) {
      sums[k] += denseSums[k];
    }
    Arrays.fill(seen, 0, capacity, 0L);
    int best = top(sums);
    return new Best(outcomes[best], probability(sums, best), margin(sums, best));
  }

  /** sums[best] minus the next largest sum. */
  private static double margin(double[] sums, int best) {
    double next = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < sums.length; k++) {
      if (k != best && sums[k] > next) {
        next = sums[k];
      }
    }
    return sums[best] - next;
  }

  private static int top(double[] sums) {
    int best = 0;
    for (int k = 1; k < sums.length; k++) {
      if (sums[k] > sums[best]) {
        best = k;
      }
    }
    return best;
  }

  /** The softmax probability of outcome {@code best}. */
  private static double probability(double[] sums, int best) {
    double total = 0;
    for (double sum : sums) {
      total += Math.exp(sum - sums[best]);
    }
    return 1 / total;
  }

  /**
   * Lower case, digits removed, white space runs made one space and runs of three or more of one
   * character cut to two, trimmed.
   */
  static String normalize(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    char last = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || Character.isWhitespace(c)) {
        c = ' ';
      }
      if (c == last) {
        run++;
        if (c == ' ' || run >= 2) {
          continue;
        }
      } else {
        run = 0;
      }
      b.append(c);
      last = c;
    }
    return b.toString().strip().toLowerCase(Locale.ROOT);
  }
}
