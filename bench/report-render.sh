#!/usr/bin/env bash
# Report rendering: the 13-block monthly pack as PDF (cold, in a fresh JVM, then warm), XLSX and CSV (warm), with the
# PDF's size and page count. Prints the machine first. Targets: PDF under 3 s cold and under 1 s warm.
# Usage: bench/report-render.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "cpus: $(nproc), $(lscpu | sed -n 's/^Model name: *//p')"
./mvnw -q -pl reports -am -Prender-bench -Djacoco.skip=true test-compile exec:java
