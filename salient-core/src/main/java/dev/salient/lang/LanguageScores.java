package dev.salient.lang;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Evaluates OpenNLP's language-detection model on a text: the features are the distinct character
 * 1- to 3-grams of the lower-cased text (digits dropped, runs of white space and of one repeated
 * character shrunk, as OpenNLP's normalizers do), each worth 1; a language's probability is the
 * softmax of the sums of its feature weights. The n-grams are packed into longs and looked up in an
 * open-addressing table built once from the model, so no string is made per n-gram. Immutable and
 * thread-safe.
 */
final class LanguageScores {
  /** The best language of one text. */
  record Best(String language, double probability) {}

  private final String[] outcomes;
  /**
   * The open-addressing table, two longs a slot: the packed n-gram (0 for an empty slot), then
   * where its weights start in {@link #weights} (high 32 bits) and how many there are (low 32).
   * One cache line holds both, so a lookup costs one memory access and its weights one more.
   */
  private final long[] table;
  /** Every feature's weights one after the other: the weight's float bits, high, and outcome, low. */
  private final long[] weights;
  private final int mask;

  LanguageScores(LanguageDetectorModel model) {
    Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    this.mask = tableSize(features.size()) - 1;
    this.table = new long[2 * (mask + 1)];
    int total = 0;
    for (Context c : features.values()) {
      total += c.getOutcomes().length;
    }
    this.weights = new long[total];
    int next = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      int[] outcomeIds = e.getValue().getOutcomes();
      double[] parameters = e.getValue().getParameters();
      int start = next;
      for (int k = 0; k < outcomeIds.length; k++) {
        weights[next++] = weight(outcomeIds[k], parameters[k]);
      }
      place(e.getKey(), start, next - start);
    }
  }

  private static long weight(int outcome, double value) {
    return ((long) Float.floatToRawIntBits((float) value) << 32) | outcome;
  }

  /**
   * Reads the model straight from OpenNLP's model file ({@code langdetect-183.bin}: a zip whose
   * {@code langdetect.model} entry is a GIS model in OpenNLP's binary format), into these tables
   * only. Loading it as an OpenNLP {@link LanguageDetectorModel} first would need about 60 MB of
   * heap for its string-keyed maps; this needs the 12 MB the tables keep.
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
    for (int i = 0; i < patterns.length; i++) {
      String[] parts = in.readUTF().split(" ");
      patterns[i] = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        patterns[i][k] = Integer.parseInt(parts[k]);
      }
      total += (long) patterns[i][0] * (parts.length - 1);
    }
    int count = in.readInt();
    this.mask = tableSize(count) - 1;
    this.table = new long[2 * (mask + 1)];
    String[] grams = new String[count];
    for (int f = 0; f < count; f++) {
      grams[f] = in.readUTF();
    }
    this.weights = new long[Math.toIntExact(total)];
    int next = 0;
    int f = 0;
    for (int[] pattern : patterns) {
      for (int j = 0; j < pattern[0]; j++) {
        if (f >= count) {
          throw new IOException("model has " + count + " features but more weights");
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
    table[2 * slot + 1] = ((long) start << 32) | count;
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
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /** The weight range of {@code key} (start high, count low), or -1. */
  private long find(long key) {
    int slot = slot(key);
    long k;
    while ((k = table[2 * slot]) != 0) {
      if (k == key) {
        return table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
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
    double[] sums = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      long key = 0;
      for (int len = 1; len <= 3 && i + len <= n; len++) {
        key = (key & 0xFFFF_FFFF_FFFFL) << 16 | normalized.charAt(i + len - 1);
        long gram = key | ((long) len << 48);
        int h = (int) ((gram * 0x9E3779B97F4A7C15L) >>> 40) & seenMask;
        boolean fresh = true;
        long there;
        while ((there = seen[h]) != 0) {
          if (there == gram) {
            fresh = false;
            break;
          }
          h = (h + 1) & seenMask;
        }
        if (!fresh) {
          continue;
        }
        seen[h] = gram;
        long range = find(gram);
        if (range >= 0) {
          int start = (int) (range >>> 32);
          for (int k = start, end = start + (int) range; k < end; k++) {
            long w = weights[k];
            sums[(int) w] += Float.intBitsToFloat((int) (w >>> 32));
          }
        }
      }
    }
    java.util.Arrays.fill(seen, 0, capacity, 0L);
    int best = 0;
    for (int k = 1; k < sums.length; k++) {
      if (sums[k] > sums[best]) {
        best = k;
      }
    }
    double total = 0;
    for (double sum : sums) {
      total += Math.exp(sum - sums[best]);
    }
    return new Best(outcomes[best], 1 / total);
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
