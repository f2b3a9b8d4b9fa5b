package dev.salient.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording of a benchmark: where
 * the time goes by pipeline stage (the innermost {@code dev.salient} frame of each sample), by
 * method on top of the stack (self time) and by method anywhere on the stack (total time). Record
 * with a deep enough stack ({@code -XX:FlightRecorderOptions:stackdepth=512}), or samples deep in
 * regular expressions lose their {@code dev.salient} frames. Only
 * samples inside a benchmark method are counted (not its setup). {@code run.sh profile} records and calls it.
 *
 * <pre>{@code
 * java -cp ... dev.salient.benchmarks.ProfileReport recording.jfr [rows]
 * }</pre>
 */
public final class ProfileReport {
  private ProfileReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ProfileReport <recording.jfr> [rows]");
      System.exit(2);
    }
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    List<RecordedEvent> events =
        RecordingFile.readAllEvents(Path.of(args[0])).stream()
            .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample"))
            .toList();
    boolean workersOnly = events.stream().anyMatch(ProfileReport::onWorker);
    Map<String, Integer> stageClass = new HashMap<>();
    Map<String, Integer> stage = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : events) {
      if (workersOnly && !onWorker(event)) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      if (frames.stream().noneMatch(f -> f.getMethod().getName().endsWith("_jmhStub"))) {
        continue; // setup, teardown or JMH itself
      }
      samples++;
      self.merge(method(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      String ours = null;
      for (RecordedFrame frame : frames) {
        String m = method(frame);
        if (!isInfrastructure(m) && seen.add(m)) {
          total.merge(m, 1, Integer::sum);
        }
        if (ours == null && m.startsWith("dev.salient.") && !m.startsWith("dev.salient.benchmarks.")) {
          ours = m;
        }
      }
      stage.merge(ours == null ? "(outside dev.salient)" : ours, 1, Integer::sum);
      stageClass.merge(
          ours == null ? "(outside dev.salient)" : ours.substring(0, ours.lastIndexOf('.')),
          1,
          Integer::sum);
    }
    System.out.println("samples in benchmark methods: " + samples);
    print("by innermost dev.salient class (the stage that pays)", stageClass, samples, rows);
    print("by innermost dev.salient method", stage, samples, rows);
    print("self (top frame)", self, samples, rows);
    print("total (anywhere on the stack; JDK and JMH frames left out)", total, samples, rows);
  }

  private static boolean isInfrastructure(String method) {
    return method.startsWith("java.") || method.startsWith("jdk.") || method.startsWith("sun.")
        || method.startsWith("org.openjdk.jmh.") || method.startsWith("dev.salient.benchmarks.");
  }

  private static boolean onWorker(RecordedEvent event) {
    var thread = event.getThread("sampledThread");
    return thread != null && thread.getJavaName() != null && thread.getJavaName().contains("jmh-worker");
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
    System.out.println();
    System.out.println("## " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%%  %6d  %s%n",
            100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey()));
  }
}
