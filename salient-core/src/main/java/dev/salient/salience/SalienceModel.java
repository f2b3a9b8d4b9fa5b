package dev.salient.salience;

import dev.salient.entity.DetectedEntity;
import dev.salient.split.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Scores how central each entity is to a document: a log-linear model over
 * {@link SalienceFeatures}, normalized over the document's entities (softmax), so each salience is
 * in 0..1 and they sum to 1.
 *
 * <pre>{@code
 * SalienceModel model = new SalienceModel(); // the fitted weights shipped with Salient
 * double[] salience = model.score(document, entities);
 * }</pre>
 *
 * <p>The default weights are the resource {@code /dev/salient/salience/weights.txt}, fitted on
 * graded human salience judgements by {@code dev.salient.eval.SalienceEvaluation --fit}. Immutable
 * and thread-safe.
 */
public final class SalienceModel {
  /** The resource with the default weights, one "feature weight" pair a line. */
  public static final String WEIGHTS_RESOURCE = "/dev/salient/salience/weights.txt";

  private static final double[] DEFAULT_WEIGHTS = loadWeights();

  private final double[] weights;

  /** The model with the shipped, fitted weights. */
  public SalienceModel() {
    this.weights = DEFAULT_WEIGHTS;
  }

  /**
   * A model with these weights, one per {@link SalienceFeatures#NAMES} entry.
   *
   * @throws IllegalArgumentException if the count is wrong or a weight is not finite
   */
  public SalienceModel(double[] weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != SalienceFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "one weight per feature: weights=" + weights.length
              + ", features=" + SalienceFeatures.NAMES.size());
    }
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i])) {
        throw new IllegalArgumentException(
            "weight must be finite: " + SalienceFeatures.NAMES.get(i) + "=" + weights[i]);
      }
    }
    this.weights = weights.clone();
  }

  /** The weights, one per {@link SalienceFeatures#NAMES} entry (a copy). */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The salience of each entity, in the order given: each in 0..1, summing to 1 (an empty array for
   * no entities).
   */
  public double[] score(Document document, List<DetectedEntity> entities) {
    return scoreFeatures(SalienceFeatures.of(document, entities));
  }

  /** The salience of entities with these feature rows (see {@link SalienceFeatures#of}). */
  public double[] scoreFeatures(double[][] features) {
    return softmax(features, weights);
  }

  /** {@code softmax(x . w)} over the rows of {@code x}. */
  static double[] softmax(double[][] x, double[] w) {
    double[] out = new double[x.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int e = 0; e < x.length; e++) {
      double z = 0;
      for (int f = 0; f < w.length; f++) {
        z += x[e][f] * w[f];
      }
      out[e] = z;
      max = Math.max(max, z);
    }
    double total = 0;
    for (int e = 0; e < out.length; e++) {
      out[e] = Math.exp(out[e] - max);
      total += out[e];
    }
    for (int e = 0; e < out.length; e++) {
      out[e] /= total;
    }
    return out;
  }

  private static double[] loadWeights() {
    double[] w = new double[SalienceFeatures.NAMES.size()];
    Arrays.fill(w, Double.NaN);
    try (InputStream in = SalienceModel.class.getResourceAsStream(WEIGHTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing salience weights: " + WEIGHTS_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        int i = SalienceFeatures.NAMES.indexOf(f[0]);
        if (i < 0 || f.length != 2) {
          throw new IllegalStateException("bad line in " + WEIGHTS_RESOURCE + ": " + line);
        }
        w[i] = Double.parseDouble(f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEIGHTS_RESOURCE, e);
    }
    for (int i = 0; i < w.length; i++) {
      if (Double.isNaN(w[i])) {
        throw new IllegalStateException(
            "no weight for " + SalienceFeatures.NAMES.get(i) + " in " + WEIGHTS_RESOURCE);
      }
    }
    return w;
  }
}
