#!/usr/bin/env bash
# Builds the benchmarks module (and the core it measures) once and runs them.
#
#   benchmarks/run.sh              full run: every JMH benchmark, cold start x10, 10 MB check, table
#   benchmarks/run.sh smoke        1 fork, 1 short iteration of each benchmark, cold start x1 (CI)
#   benchmarks/run.sh jmh [ARGS]   JMH itself, e.g. `jmh EndToEnd -f 1 -prof gc` or `jmh -h`
#   benchmarks/run.sh cold [N]     cold start: N fresh JVMs (default 10), wall time of each
#   benchmarks/run.sh large        summarize a 10 MB text with -Xmx256m
#   benchmarks/run.sh profile [ARGS]  JFR-profile a benchmark (JMH args; default
#                                  'EndToEndBenchmark.summarize$'), print the top costs
#
# Environment: BUILD_DIR (default benchmarks/target), MVN_FLAGS (default "-B -q"; add -o to stay offline),
# SKIP_BUILD=1 to reuse the last build. Results go to $BUILD_DIR/bench/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUILD_DIR="${BUILD_DIR:-$ROOT/benchmarks/target}"
MVN_FLAGS="${MVN_FLAGS:--B -q}"
OUT="$BUILD_DIR/bench"
mkdir -p "$OUT"

build() {
  if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$OUT/classpath.txt" ]]; then
    # shellcheck disable=SC2086
    # every module of the reactor writes the file; the benchmarks module comes last and wins
    mvn $MVN_FLAGS -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl benchmarks -am \
      package dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/deps.txt"
    echo "$ROOT/benchmarks/target/classes:$(cat "$OUT/deps.txt")" > "$OUT/classpath.txt"
  fi
  CP="$(cat "$OUT/classpath.txt")"
}

jmh() {
  java -cp "$CP" org.openjdk.jmh.Main "$@"
}

# Prints one wall time in ms per fresh JVM that summarizes one article.
cold() {
  local runs="${1:-10}"
  : > "$OUT/cold.txt"
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    java -Xshare:auto -cp "$CP" dev.salient.benchmarks.ColdStart >&2
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) | tee -a "$OUT/cold.txt"
  done
}

large() {
  java -Xmx256m -cp "$CP" dev.salient.benchmarks.LargeText
}

report() {
  # shellcheck disable=SC2046
  java -cp "$CP" dev.salient.benchmarks.Report "$OUT/jmh.json" $(cat "$OUT/cold.txt" 2>/dev/null)
}

cmd="${1:-full}"
[[ $# -gt 0 ]] && shift
build
case "$cmd" in
  full)
    jmh -rf json -rff "$OUT/jmh.json" 'dev.salient.benchmarks.*Benchmark'
    cold 10
    large || echo "large: FAILED with -Xmx256m (exit $?)"
    report | tee "$OUT/report.md"
    ;;
  smoke)
    jmh -f 1 -wi 1 -w 1s -i 1 -r 1s -foe true -rf json -rff "$OUT/jmh.json" \
      -p sentences=40,2000 'dev.salient.benchmarks.*Benchmark'
    cold 1
    report
    ;;
  jmh) jmh "$@" ;;
  cold) cold "$@" ;;
  large) large ;;
  report) report ;;
  profile)
    [[ $# -gt 0 ]] || set -- 'EndToEndBenchmark.summarize$'
    rm -f "$OUT/profile.jfr"
    jmh -f 1 -wi 3 -w 2s -i 5 -r 2s "$@" \
      -jvmArgsAppend "-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$OUT/profile.jfr,settings=profile"
    java -cp "$CP" dev.salient.benchmarks.ProfileReport "$OUT/profile.jfr" 30 | tee "$OUT/profile.txt"
    ;;
  *)
    sed -n '2,15p' "$0"
    exit 2
    ;;
esac
