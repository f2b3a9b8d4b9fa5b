package dev.salient.eval;

/**
 * Recall, precision and F1 of one ROUGE measure, each in 0..1 and, for a single evaluation, rounded
 * to 5 decimals as ROUGE-1.5.5 prints them.
 *
 * <pre>{@code
 * RougeScore r1 = Rouge.stemmed().score(candidate, reference).rouge1();
 * System.out.printf("ROUGE-1 F1 %.2f%n", 100 * r1.f1());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param recall matches / reference units
 * @param precision matches / candidate units
 * @param f1 the harmonic mean of the (rounded) recall and precision
 */
public record RougeScore(double recall, double precision, double f1) {
  /** All zeros: the score of an empty candidate. */
  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  public RougeScore {
    check("recall", recall);
    check("precision", precision);
    check("f1", f1);
  }

  private static void check(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in 0..1: " + name + "=" + value);
    }
  }
}
