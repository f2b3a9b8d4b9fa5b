#!/usr/bin/env bash
# CI: a smoke run of the JMH benchmarks (1 fork, 1 short iteration each, cold start once), so they
# cannot rot. Numbers from it mean nothing; see benchmarks/README.md for the real run.
set -euo pipefail
cd "$(dirname "$0")/.."
benchmarks/run.sh smoke
