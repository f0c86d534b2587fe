#!/usr/bin/env bash
# Wall time of `rostrum list` on a store of 1,000 registrations, beside the JVM's floor in the
# same run (a trivial main from the same jar). Median of 11 runs each.
#   ./mvnw -B -q install -DskipTests && benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=adapters-cli/target/rostrum.jar
bench=benchmarks/target/benchmarks.jar
dir=$(mktemp -d)
store="$dir/rostrum.db"
java -cp "$bench" org.rostrum.benchmarks.StartupStore "$store"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off"
java $fast -XX:ArchiveClassesAtExit="$dir/rostrum.jsa" -jar "$jar" list --db "$store" >/dev/null

median() {
  local runs=()
  for _ in $(seq 11); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    runs+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 6p
}

floor=$(median java -cp "$bench" 'org.rostrum.benchmarks.StartupStore$Floor')
plain=$(median java -jar "$jar" list --db "$store")
tuned=$(median java $fast -XX:SharedArchiveFile="$dir/rostrum.jsa" -jar "$jar" list --db "$store")
echo "floor (trivial main):                         ${floor} ms"
echo "rostrum list, 1,000 registrations:            ${plain} ms  ($(echo "scale=1; $plain / $floor" | bc)x)"
echo "  with AppCDS + client compiler (./rostrum):  ${tuned} ms  ($(echo "scale=1; $tuned / $floor" | bc)x)"
rm -rf "$dir"
