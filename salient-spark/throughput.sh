#!/usr/bin/env bash
# Articles/s of Summarizer (one thread) and SalientSpark at local[1] and local[2] on the same
# generated articles: see src/test/java/dev/salient/spark/SparkThroughput.java.
#   salient-spark/throughput.sh [ARTICLES=2000] [PASSES=2] [MASTERS=local[1],local[2]]
#   MAIN=dev.salient.spark.SummarizerMemory salient-spark/throughput.sh   (heap Salient needs)
# Builds salient-core and this module (offline; drop -o once for Spark's jars), then runs the main
# in one JVM with the flags spark-submit passes on Java 17. Run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl salient-core,salient-spark test-compile -Dmaven.javadoc.skip
mvn -B -q -o -pl salient-spark dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
# salient-core's own classes, not whatever snapshot of it ~/.m2 holds
deps=$(tr ':' '\n' < salient-spark/target/test-classpath.txt | grep -v '/dev/salient/salient/' | paste -sd:)
opens=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)
SPARK_LOCAL_IP=127.0.0.1 exec java -Xmx2g "${opens[@]}" -Dspark.master="${SPARK_MASTER:-local[2]}" \
  -Dlog4j2.configurationFile=salient-spark/src/test/resources/log4j2-test.properties \
  -cp "salient-core/target/classes:salient-spark/target/classes:salient-spark/target/test-classes:$deps" \
  "${MAIN:-dev.salient.spark.SparkThroughput}" "$@"
