#!/usr/bin/env bash
# The hostile batch measurement: N real reports (copies of ../shared/seeds and ../shared/corpus) with one in ONE_IN
# replaced by a hostile file (36 kinds, see src/test/java/org/xxgkcheck/understand/HostileBatch.java), checked under
# a small heap with two threads; prints wall time and peak resident memory, then verifies that every good file has
# its result and every hostile file its problem.
#   scripts/hostile-batch.sh [N=5000] [ONE_IN=50] [HEAP=256m] [DIR=/tmp/xxgk-hostile-batch]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}; ONE_IN=${2:-50}; HEAP=${3:-256m}; DIR=${4:-/tmp/xxgk-hostile-batch}
SHARED=../shared
[ -f target/xxgk-check.jar ] || mvn -B -q -DskipTests package
mvn -B -q test-compile
CP=target/test-classes:target/xxgk-check.jar
rm -rf "$DIR"
java -cp "$CP" org.xxgkcheck.understand.HostileBatch "$DIR" "$N" "$ONE_IN" "$SHARED/seeds" "$SHARED/corpus/html" \
  "$SHARED"/corpus/*.pdf "$SHARED"/corpus/*.docx fixtures/formats
set +e
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" -o "$DIR.time" \
  java -Xmx"$HEAP" -jar target/xxgk-check.jar check --jobs 2 --format jsonl "$DIR" > "$DIR.jsonl" 2> "$DIR.err"
echo "exit code $? (2 expected: hostile files could not be read)"
set -e
cat "$DIR.time"
java -cp "$CP" org.xxgkcheck.understand.HostileBatch --verify "$DIR" "$DIR.jsonl"
