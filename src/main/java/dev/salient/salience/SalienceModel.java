package dev.salient.salience;

import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import dev.salient.split.Document;
import java.util.List;

/**
 * Scores how central each entity is to a document. Thread-safe.
 *
 * <p>First version: mention count weighted by an early-position bonus, normalized to sum to 1.
 */
public final class SalienceModel {

  public SalienceModel() {}

  /**
   * The salience of each entity, in the order given: each in 0..1, summing to 1 (an empty array for
   * no entities).
   */
  public double[] score(Document document, List<DetectedEntity> entities) {
    int sentences = Math.max(1, document.sentences().size());
    double[] raw = new double[entities.size()];
    double total = 0;
    for (int e = 0; e < raw.length; e++) {
      List<EntityMention> mentions = entities.get(e).mentions();
      double first = mentions.get(0).sentence() / (double) sentences;
      raw[e] = Math.log1p(mentions.size()) * (1.5 - first);
      total += raw[e];
    }
    for (int e = 0; e < raw.length; e++) {
      raw[e] = total > 0 ? raw[e] / total : 1.0 / raw.length;
    }
    return raw;
  }
}
