#!/usr/bin/env bash
# The core artifact (dev.salient:salient) must not depend on Spark or Scala (issue 17): salient-spark
# has Spark in "provided" scope only, and nothing may pull it into salient-core's tree.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(mvn -B -q -o -pl salient-core dependency:tree -DoutputFile=/dev/stdout -Dscope=test)
if grep -E 'org\.apache\.spark|org\.scala-lang' <<<"$tree"; then
  echo "spark-free-core: salient-core's dependency tree has Spark or Scala (above)" >&2
  exit 1
fi
echo "spark-free-core: salient-core's dependency tree has no Spark and no Scala"
