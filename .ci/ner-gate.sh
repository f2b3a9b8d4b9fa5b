#!/usr/bin/env bash
# NER gate (issue 18): typed and untyped overlap F1 of entity detection on ner-dev.jsonl must not
# drop more than the tolerance below the figures committed in .ci/ner-baseline.properties.
#
#   .ci/ner-gate.sh            # uses salient-cli/target/salient-cli.jar, builds it if missing
#   SALIENT_CLI_JAR=/tmp/x.jar .ci/ner-gate.sh   # another jar
#   (SHARED_EVAL and NER_BASELINE override the data folder and the baseline file)
#
# Takes a few seconds. Skips (exit 0, with a message) when ../shared/eval/ner-dev.jsonl is not
# there. Raise the baseline's figures when you improve them; never lower them to pass.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED_EVAL=${SHARED_EVAL:-../shared/eval}
BASELINE=${NER_BASELINE:-.ci/ner-baseline.properties}
JAR=${SALIENT_CLI_JAR:-salient-cli/target/salient-cli.jar}
DATA="$SHARED_EVAL/ner-dev.jsonl"

if [ ! -f "$DATA" ]; then
  echo "ner gate: skipped ($DATA not found)"
  exit 0
fi
if [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests -Dmaven.javadoc.skip=true package
fi

GATE="ner gate"
# shellcheck source=gate-lib.sh
source .ci/gate-lib.sh

if ! output=$(java -cp "$JAR" dev.salient.eval.NerEvaluation "$DATA" 2>/dev/null); then
  echo "$output"
  echo "ner gate: FAILED, the evaluation did not run"
  exit 1
fi
echo "$output"

tolerance=$(baseline tolerance)
status=0
for row in "overlap untyped" "overlap typed"; do
  key="$(tr ' ' '.' <<<"$row").f1"
  # columns: name (two words), P, R, F1, ...
  actual=$(awk -v a="${row% *}" -v b="${row#* }" '$1 == a && $2 == b { print $5; exit }' <<<"$output")
  expected=$(baseline "$key")
  if [ -z "$actual" ]; then
    echo "ner gate: FAILED, no '$row' row in the output"
    status=1
  elif awk -v a="$actual" -v b="$expected" -v t="$tolerance" 'BEGIN { exit !(a < b - t) }'; then
    echo "ner gate: FAILED, $row F1 $actual < baseline $expected - $tolerance"
    status=1
  elif awk -v a="$actual" -v b="$expected" -v t="$tolerance" 'BEGIN { exit !(a > b + t) }'; then
    echo "ner gate: ok, $row F1 $actual (baseline $expected): improved, raise $key in $BASELINE"
  else
    echo "ner gate: ok, $row F1 $actual (baseline $expected, tolerance $tolerance)"
  fi
done
exit $status
