#!/usr/bin/env bash
# Wall time of one-shot commands on a store of 1,000 registrations, beside the JVM's floor in the
# same run (a trivial main from the same JDK). Median of 11 runs each.
#   ./mvnw -B -q install -DskipTests && benchmarks/startup.sh
# With JAVA25=/path/to/jdk-25 it measures the launcher on that JDK too (AOT cache, JEP 483).
#
# `list` is measured twice: as it runs after another process appended to the journal (its kept
# view is stale, so it is rendered from the journal and kept), and as it runs when its view is
# current (the light path). `register` appends (a duplicate, recorded and refused after the first
# run) and renders the kept list again; `review` lists the held mails (none here).
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
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    runs+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 6p
}
ratio() { echo "scale=1; $1 / $2" | bc; }

# `list` after another process appended: the append happens between runs, outside the timing.
stale() {
  java -cp "$bench" org.rostrum.benchmarks.StartupStore "$store" append >/dev/null
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
median_stale() {
  local runs=()
  for _ in $(seq 11); do runs+=("$(stale "$@")"); done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 6p
}

measure() { # the JDK's java, and its name
  local java=$1
  local floor plain rendered kept register review
  floor=$(median "$java" -cp "$bench" 'org.rostrum.benchmarks.StartupStore$Floor')
  "$java" -version 2>&1 | head -1
  echo "  floor (trivial main):                          ${floor} ms"
  if [ "${2:-}" = "plain" ]; then
    plain=$(median "$java" -jar "$jar" list --db "$store")
    echo "  java -jar rostrum.jar list:                    ${plain} ms  ($(ratio "$plain" "$floor")x)"
  fi
  rendered=$(median_stale ./rostrum list --db "$store")
  kept=$(median ./rostrum list --db "$store")
  register=$(median ./rostrum register --segment II --participant Chile --db "$store")
  review=$(median ./rostrum review --db "$store")
  echo "  ./rostrum list, after another writer:          ${rendered} ms  ($(ratio "$rendered" "$floor")x)"
  echo "  ./rostrum list, view current:                  ${kept} ms  ($(ratio "$kept" "$floor")x)"
  echo "  ./rostrum register (appends, renders the list): ${register} ms  ($(ratio "$register" "$floor")x)"
  echo "  ./rostrum review:                              ${review} ms  ($(ratio "$review" "$floor")x)"
}

measure java plain
if [ -n "${JAVA25:-}" ]; then
  export JAVA_HOME="$JAVA25"
  ./rostrum --version >/dev/null
  measure "$JAVA25/bin/java"
fi
rm -rf "$dir"
