#!/usr/bin/env bash
# Short fuzz run (issue 9): fuzzes each @FuzzTest of SummarizeFuzzTest (summarize in English,
# summarize with Language.AUTO over every language's rules, summarizeHtml) for FUZZ_RUNS inputs
# (default 1000, about 30-60 s each on a laptop core; 10 minutes at most, the tests' maxDuration),
# with the summary invariants as the oracle. A finding fails the run and is saved under
# salient-core/src/test/resources/dev/salient/reliability/SummarizeFuzzTestInputs/<method>/, where every normal
# `mvn test` replays it from then on. The generated corpus grows in .cifuzz-corpus/ (not committed).
#
# FUZZ_MAX_LEN (default libFuzzer's, 4096 bytes) is the longest input tried, e.g. 100000 for 100 KB.
#
#   .ci/fuzz.sh                      # the CI run
#   FUZZ_RUNS=100000000 FUZZ_MAX_LEN=100000 nice .ci/fuzz.sh  # 10 minutes per method, inputs to 100 KB
#   MAVEN_ARGS_EXTRA=-o .ci/fuzz.sh   # stay offline
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${FUZZ_RUNS:-1000}"
extra=(${MAVEN_ARGS_EXTRA:-})
# libFuzzer's argv reaches Jazzer as JUnit configuration parameters jazzer.internal.arg.N (arg.0 is
# argv[0]), read from the test JVM's system properties: so they go in surefire's argLine (which
# replaces the pom's, hence -Xmx1g again). As plain -D options of mvn they never reach that JVM.
jvm_args="-Xmx1g -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-runs=$runs"
if [[ -n "${FUZZ_MAX_LEN:-}" ]]; then
  jvm_args+=" -Djazzer.internal.arg.2=-max_len=$FUZZ_MAX_LEN"
fi

mvn -B -q "${extra[@]}" -pl salient-core -am -DskipTests -Dmaven.javadoc.skip=true install
# Jazzer fuzzes one test per JVM. The time limit is the annotation's maxDuration (10 minutes);
# the number of runs and the input length come from the arguments above.
for method in summarizeKeepsInvariants summarizeAnyLanguageKeepsInvariants summarizeHtmlKeepsInvariants; do
  echo "fuzzing SummarizeFuzzTest#$method for $runs runs"
  JAZZER_FUZZ=1 mvn -B "${extra[@]}" -pl salient-core test-compile surefire:test@default-test \
    -Dtest="SummarizeFuzzTest#$method" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.instrument='dev.salient.**' \
    -DargLine="$jvm_args"
done
