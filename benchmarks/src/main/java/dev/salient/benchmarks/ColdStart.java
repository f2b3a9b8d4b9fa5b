package dev.salient.benchmarks;

import dev.salient.Salient;
import dev.salient.Summary;
import java.lang.management.ManagementFactory;

/**
 * Cold start: summarizes one bundled article in a fresh JVM and prints how long it took, models
 * loading included. {@code run.sh cold} starts it several times and also times each whole process
 * from outside, JVM boot and exit included: that wall time is the number to report.
 *
 * <pre>{@code
 * benchmarks/run.sh cold 10
 * }</pre>
 *
 * <p>Output, one line: {@code cold-start vmToMain=<ms> mainToSummary=<ms> vmToSummary=<ms>}, where
 * the VM's start is the time the JVM recorded at its start (read after the summary, so that the
 * management classes are not counted).
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    long mainMillis = System.currentTimeMillis();
    Summary summary = Salient.summarize(Articles.seeds().get(0));
    long summaryMillis = System.currentTimeMillis();
    if (summary.sentences().isEmpty()) {
      throw new IllegalStateException("empty summary: " + summary.emptyReason());
    }
    long vmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(
        "cold-start vmToMain=" + (mainMillis - vmStart) + " mainToSummary="
            + (summaryMillis - mainMillis) + " vmToSummary=" + (summaryMillis - vmStart));
  }
}
