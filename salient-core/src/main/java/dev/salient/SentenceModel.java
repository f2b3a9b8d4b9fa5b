package dev.salient;

import dev.salient.score.SentenceFeatureRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A learned sentence model: a logistic regression over named sentence features (position, length,
 * bounded entity salience, centrality, headline overlap, quote, caption and teaser cues, the
 * summary ratio k/n and its interactions) that gives each sentence the log-odds of belonging in the
 * summary, plus how selection treats redundancy. The default is fitted by Salient's own tools and
 * shipped as the versioned resource {@value #RESOURCE}; see docs/quality.md for what it was fitted
 * on and how it scores under cross-validation.
 *
 * <pre>{@code
 * SentenceModel model = SentenceModel.shipped().toBuilder().weight("first", 2.0).build();
 * Summarizer summarizer = Summarizer.builder().sentenceModel(model).build();
 * try (Reader in = Files.newBufferedReader(path)) {
 *   SentenceModel mine = SentenceModel.read(in); // the format of format()
 * }
 * }</pre>
 *
 * <p>The text form, one entry a line ({@code #} starts a comment): {@code version V},
 * {@code redundancy R} (penalty per unit of overlap with a chosen sentence, not negative),
 * {@code duplicate_threshold T} (overlap from which a sentence is never chosen; above 1 turns the
 * check off), {@code feature NAME WEIGHT} for each of {@link #featureNames()} and optionally
 * {@code caseless NAME WEIGHT}, the weights for lower-cased input; a feature that is not listed
 * weighs 0, an unknown one is an error. Immutable and thread-safe.
 */
public final class SentenceModel {
  /** The resource of the shipped model. */
  public static final String RESOURCE = "/dev/salient/score/sentence-model.txt";

  private static final class Shipped {
    static final SentenceModel MODEL = load();

    private static SentenceModel load() {
      try (InputStream in = SentenceModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing sentence model: " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("bad sentence model " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  private final String version;
  private final double[] weights;
  private final double[] caseless;
  private final double redundancy;
  private final double duplicateThreshold;

  private SentenceModel(Builder b) {
    this.version = b.version;
    this.weights = b.weights.clone();
    this.caseless = b.caseless == null ? weights : b.caseless.clone();
    this.redundancy = b.redundancy;
    this.duplicateThreshold = b.duplicateThreshold;
  }

  /** The model shipped with Salient, the default of {@link Summarizer}. */
  public static SentenceModel shipped() {
    return Shipped.MODEL;
  }

  /** A builder with every weight 0, no redundancy penalty and a duplicate threshold of 0.7. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this model's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.version = version;
    b.weights = weights.clone();
    b.caseless = caseless == weights ? null : caseless.clone();
    b.redundancy = redundancy;
    b.duplicateThreshold = duplicateThreshold;
    return b;
  }

  /** The names of the features a model weighs, in a fixed order. */
  public static List<String> featureNames() {
    return SentenceFeatureRows.NAMES;
  }

  /** The model's version label. */
  public String version() {
    return version;
  }

  /**
   * The weight of a feature.
   *
   * @throws IllegalArgumentException if there is no feature of that name
   */
  public double weight(String feature) {
    return weights[column(feature)];
  }

  /**
   * The weight of a feature for lower-cased input, where capital letters say nothing and the
   * salience features are 0 (the same as {@link #weight} unless the model sets its own).
   *
   * @throws IllegalArgumentException if there is no feature of that name
   */
  public double caselessWeight(String feature) {
    return caseless[column(feature)];
  }

  /** The weights as a map from feature name, in {@link #featureNames()} order. */
  public Map<String, Double> weights() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int c = 0; c < weights.length; c++) {
      map.put(SentenceFeatureRows.NAMES.get(c), weights[c]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** The redundancy penalty per unit of overlap with a chosen sentence. */
  public double redundancy() {
    return redundancy;
  }

  /** The overlap from which a sentence is never chosen (above 1: no such check). */
  public double duplicateThreshold() {
    return duplicateThreshold;
  }

  /** The model's text form, readable by {@link #read(Reader)}. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append("version ").append(version).append('\n');
    sb.append("redundancy ").append(number(redundancy)).append('\n');
    sb.append("duplicate_threshold ").append(number(duplicateThreshold)).append('\n');
    for (int c = 0; c < weights.length; c++) {
      sb.append("feature ").append(SentenceFeatureRows.NAMES.get(c)).append(' ')
          .append(number(weights[c])).append('\n');
    }
    if (caseless != weights) {
      for (int c = 0; c < caseless.length; c++) {
        sb.append("caseless ").append(SentenceFeatureRows.NAMES.get(c)).append(' ')
            .append(number(caseless[c])).append('\n');
      }
    }
    return sb.toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /**
   * Reads a model in the text form of {@link #format()}.
   *
   * @throws IllegalArgumentException naming the line when it is malformed, names an unknown
   *     feature or a value is out of range
   * @throws UncheckedIOException if reading fails
   */
  public static SentenceModel read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    Builder b = builder();
    boolean versioned = false;
    BufferedReader lines = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
    int number = 0;
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        try {
          switch (f[0]) {
            case "version" -> {
              expect(f, 2);
              b.version(f[1]);
              versioned = true;
            }
            case "redundancy" -> {
              expect(f, 2);
              b.redundancy(Double.parseDouble(f[1]));
            }
            case "duplicate_threshold" -> {
              expect(f, 2);
              b.duplicateThreshold(Double.parseDouble(f[1]));
            }
            case "feature" -> {
              expect(f, 3);
              b.weight(f[1], Double.parseDouble(f[2]));
            }
            case "caseless" -> {
              expect(f, 3);
              b.caselessWeight(f[1], Double.parseDouble(f[2]));
            }
            default -> throw new IllegalArgumentException("unknown entry: " + f[0]);
          }
        } catch (IllegalArgumentException e) { // NumberFormatException too
          throw new IllegalArgumentException("line " + number + ": " + e.getMessage() + ": " + line, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence model", e);
    }
    if (!versioned) {
      throw new IllegalArgumentException("the sentence model has no version line");
    }
    return b.build();
  }

  private static void expect(String[] fields, int count) {
    if (fields.length != count) {
      throw new IllegalArgumentException("expected " + count + " fields, got " + fields.length);
    }
  }

  private static int column(String feature) {
    Objects.requireNonNull(feature, "feature");
    int c = SentenceFeatureRows.NAMES.indexOf(feature);
    if (c < 0) {
      throw new IllegalArgumentException("unknown feature: feature=" + feature);
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceModel m
        && version.equals(m.version)
        && Arrays.equals(weights, m.weights)
        && Arrays.equals(caseless, m.caseless)
        && redundancy == m.redundancy
        && duplicateThreshold == m.duplicateThreshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, Arrays.hashCode(weights), redundancy, duplicateThreshold);
  }

  @Override
  public String toString() {
    return "SentenceModel[version=" + version + "]";
  }

  /**
   * Options of a {@link SentenceModel}. Each setter checks its value at once and throws
   * {@link IllegalArgumentException} naming it. Not thread-safe; the model it builds is.
   */
  public static final class Builder {
    private String version = "custom";
    private double[] weights = new double[SentenceFeatureRows.NAMES.size()];
    /** Null until a caseless weight is set: then the model has its own caseless weights. */
    private double[] caseless;
    private double redundancy;
    private double duplicateThreshold = 0.7;

    private Builder() {}

    /** A label for the model (no whitespace). */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version");
      if (version.isEmpty() || version.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("version must be one word: version=\"" + version + "\"");
      }
      this.version = version;
      return this;
    }

    /** The weight of one of {@link SentenceModel#featureNames()}, finite. */
    public Builder weight(String feature, double weight) {
      int c = column(feature);
      if (!Double.isFinite(weight)) {
        throw new IllegalArgumentException("weight must be finite: " + feature + "=" + weight);
      }
      weights[c] = weight;
      return this;
    }

    /**
     * The weight of a feature for lower-cased input (see {@link SentenceModel#caselessWeight});
     * once one is set, unset caseless weights are 0.
     */
    public Builder caselessWeight(String feature, double weight) {
      int c = column(feature);
      if (!Double.isFinite(weight)) {
        throw new IllegalArgumentException("weight must be finite: " + feature + "=" + weight);
      }
      if (caseless == null) {
        caseless = new double[weights.length];
      }
      caseless[c] = weight;
      return this;
    }

    /** The penalty per unit of overlap with a chosen sentence, finite and not negative. */
    public Builder redundancy(double redundancy) {
      if (!Double.isFinite(redundancy) || redundancy < 0) {
        throw new IllegalArgumentException(
            "redundancy must be finite and not negative: redundancy=" + redundancy);
      }
      this.redundancy = redundancy;
      return this;
    }

    /** The overlap (0..1) from which a sentence is never chosen; above 1 turns the check off. */
    public Builder duplicateThreshold(double threshold) {
      if (!(threshold > 0) || Double.isInfinite(threshold)) {
        throw new IllegalArgumentException(
            "duplicateThreshold must be positive and finite: duplicateThreshold=" + threshold);
      }
      this.duplicateThreshold = threshold;
      return this;
    }

    /** An immutable, thread-safe model. */
    public SentenceModel build() {
      return new SentenceModel(this);
    }
  }
}
