#!/usr/bin/env bash
# Wall time of `rostrum list` on a store of 1,000 registrations, beside the JVM's floor in the
# same run (a trivial main from the same JDK). Median of 11 runs each.
#   ./mvnw -B -q install -DskipTests && benchmarks/startup.sh
# With JAVA25=/path/to/jdk-25 it measures the launcher on that JDK too (AOT cache, JEP 483).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=adapters-cli/target/rostrum.jar
bench=benchmarks/target/benchmarks.jar
dir=$(mktemp -d)
store="$dir/rostrum.db"
java -cp "$bench" org.rostrum.benchmarks.StartupStore "$store"
./rostrum --version >/dev/null # unpacks SQLite's library and records the class archive

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
ratio() { echo "scale=1; $1 / $2" | bc; }

floor=$(median java -cp "$bench" 'org.rostrum.benchmarks.StartupStore$Floor')
plain=$(median java -jar "$jar" list --db "$store")
tuned=$(median ./rostrum list --db "$store")
echo "$(java -version 2>&1 | head -1)"
echo "  floor (trivial main):                    ${floor} ms"
echo "  java -jar rostrum.jar list:              ${plain} ms  ($(ratio "$plain" "$floor")x)"
echo "  ./rostrum list:                          ${tuned} ms  ($(ratio "$tuned" "$floor")x)"
if [ -n "${JAVA25:-}" ]; then
  JAVA_HOME="$JAVA25" ./rostrum --version >/dev/null
  floor25=$(median "$JAVA25/bin/java" -cp "$bench" 'org.rostrum.benchmarks.StartupStore$Floor')
  tuned25=$(JAVA_HOME="$JAVA25" median ./rostrum list --db "$store")
  echo "$("$JAVA25/bin/java" -version 2>&1 | head -1)"
  echo "  floor (trivial main):                    ${floor25} ms"
  echo "  ./rostrum list (AOT cache):              ${tuned25} ms  ($(ratio "$tuned25" "$floor25")x)"
fi
rm -rf "$dir"
