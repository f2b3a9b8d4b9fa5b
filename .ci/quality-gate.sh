#!/usr/bin/env bash
# Quality gate (issue 3): Salient's ROUGE-1 F1 on the dev sets must not drop more than the
# tolerance below the figures committed in .ci/quality-baseline.properties.
#
#   .ci/quality-gate.sh            # uses salient-cli/target/salient-cli.jar, builds it if missing
#   SALIENT_CLI_JAR=/tmp/build-x/salient-cli.jar .ci/quality-gate.sh   # another jar
#   (SHARED_EVAL and QUALITY_BASELINE override the data folder and the baseline file)
#
# In .ci/run it runs right after `mvn -B verify`, which has just built the jar. Skips (exit 0,
# with a message) when ../shared/eval is not there. Raise the baseline's figures
# when you improve them; never lower them to pass.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED_EVAL=${SHARED_EVAL:-../shared/eval}
BASELINE=${QUALITY_BASELINE:-.ci/quality-baseline.properties}
JAR=${SALIENT_CLI_JAR:-salient-cli/target/salient-cli.jar}

if [ ! -d "$SHARED_EVAL" ]; then
  echo "quality gate: skipped ($SHARED_EVAL not found)"
  exit 0
fi
if [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests -Dmaven.javadoc.skip=true package
fi

# the value of KEY in the baseline file
baseline() {
  local value
  value=$(sed -n "s/^$1=//p" "$BASELINE" | tr -d '[:space:]')
  if [ -z "$value" ]; then
    echo "quality gate: no $1 in $BASELINE" >&2
    exit 2
  fi
  echo "$value"
}

tolerance=$(baseline tolerance)
sets=(cnndm-dev bbc-dev)
files=()
for set in "${sets[@]}"; do
  files+=("$SHARED_EVAL/$set.jsonl")
done

if ! output=$(java -cp "$JAR" dev.salient.eval.EvalCommand "${files[@]}"); then
  echo "$output"
  echo "quality gate: FAILED, the eval did not run"
  exit 1
fi
echo "$output"

status=0
for set in "${sets[@]}"; do
  # the "Salient" row of the table that follows the "<set>: N documents" line
  actual=$(awk -v set="$set:" '$1 == set { inSet = 1; next } /documents, k =/ { inSet = 0 }
                               inSet && $1 == "Salient" { print $2; exit }' <<<"$output")
  expected=$(baseline "$set.rouge1")
  if [ -z "$actual" ]; then
    echo "quality gate: FAILED, no Salient ROUGE-1 for $set in the eval output"
    status=1
  elif awk -v a="$actual" -v b="$expected" -v t="$tolerance" 'BEGIN { exit !(a < b - t) }'; then
    echo "quality gate: FAILED, $set Salient ROUGE-1 F1 $actual < baseline $expected - $tolerance"
    status=1
  elif awk -v a="$actual" -v b="$expected" -v t="$tolerance" 'BEGIN { exit !(a > b + t) }'; then
    echo "quality gate: ok, $set Salient ROUGE-1 F1 $actual (baseline $expected): improved, raise $set.rouge1 in $BASELINE"
  else
    echo "quality gate: ok, $set Salient ROUGE-1 F1 $actual (baseline $expected, tolerance $tolerance)"
  fi
done
exit $status
