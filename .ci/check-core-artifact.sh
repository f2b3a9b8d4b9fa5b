#!/usr/bin/env bash
# The core artifact (dev.salient:salient) holds the summarizer alone (issue 12). Fails when
#  - its runtime dependency tree holds anything beyond OpenNLP (tools and model jars),
#    commons-text and jsoup and their own dependencies (commons-lang3, slf4j-api);
#  - any scope of its tree, tests included, holds Spark or Scala (issue 17);
#  - its jar contains a class of the CLI or eval packages, or lacks module-info, LICENSE or NOTICE.
# Runs after `mvn -B verify`, which built salient-core/target/salient-*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

allowed='^(org\.apache\.opennlp:opennlp-tools|org\.apache\.opennlp:opennlp-models-(sentdetect|tokenizer)-en|org\.apache\.commons:commons-text|org\.apache\.commons:commons-lang3|org\.jsoup:jsoup|org\.slf4j:slf4j-api):'
list=$(mktemp)
trap 'rm -f "$list"' EXIT
# one listing of every scope: the runtime part must stay within the list above, and no scope
# (tests included) may bring Spark or Scala into the core (issue 17)
mvn -B -q -o -pl salient-core dependency:list -DincludeScope=test -DexcludeTransitive=false \
  -DoutputFile="$list" -DappendOutput=false >/dev/null
all=$(grep -E '^\s+[a-zA-Z0-9_.-]+:[a-zA-Z0-9_.-]+:' "$list" | sed -E 's/^\s+//; s/ .*$//' | sort -u)
deps=$(grep -E ':(compile|runtime)$' <<<"$all" || true)
echo "core runtime dependencies:"
echo "$deps" | sed 's/^/  /'
status=0
if spark=$(grep -E '^(org\.apache\.spark|org\.scala-lang)' <<<"$all"); then
  echo "core artifact check: FAILED, Spark or Scala in salient-core's dependency tree:"
  echo "$spark" | sed 's/^/  /'
  status=1
fi
if bad=$(echo "$deps" | grep -Ev "$allowed"); then
  echo "core artifact check: FAILED, dependencies beyond OpenNLP, commons-text and jsoup:"
  echo "$bad" | sed 's/^/  /'
  status=1
fi

jar=$(ls salient-core/target/salient-*.jar | grep -Ev -- '-(sources|javadoc|tests)\.jar$' | head -n 1)
entries=$(unzip -Z1 "$jar")
if grep -E '^dev/salient/(cli|eval)/' <<<"$entries" | head -n 3 | grep -q .; then
  echo "core artifact check: FAILED, $jar holds CLI or eval classes:"
  grep -E '^dev/salient/(cli|eval)/' <<<"$entries" | head -n 5
  status=1
fi
for required in module-info.class META-INF/LICENSE META-INF/NOTICE dev/salient/Summarizer.class; do
  if ! grep -qx "$required" <<<"$entries"; then
    echo "core artifact check: FAILED, $jar lacks $required"
    status=1
  fi
done
if [ "$status" = 0 ]; then
  echo "core artifact check: ok, $jar ($(wc -l <<<"$entries") entries) and its dependency tree hold only the summarizer"
fi
exit $status
