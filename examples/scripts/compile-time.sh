#!/usr/bin/env bash
# The compile-time benchmark of docs/benchmarks.md: javac on generated @Projection records
# (examples/.../bench/compile/DtoSources.java), without annotation processing (-proc:none) and
# with Sheaf's processor, each run a cold javac JVM, the two alternating; prints the median,
# fastest and slowest wall time of each.
#
# Usage, from anywhere: examples/scripts/compile-time.sh [DTOs, default 300] [runs, default 11]
# Extra Maven flags (for example -o) can be given in SHEAF_MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
dtos=${1:-300}
runs=${2:-11}
work=examples/target/compile-time

# The processor and the runtime, built from this checkout; their dependencies' classpath.
mvn -B -q ${SHEAF_MVN_FLAGS:-} -pl processor,examples -am package -DskipTests \
  dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt
processor_jar=$(ls processor/target/sheaf-processor-*.jar | grep -v original)
classpath=$(cat processor/target/classpath.txt)

rm -rf "$work"
mkdir -p "$work"
java -cp examples/target/classes dev.sheaf.examples.bench.compile.DtoSources "$dtos" "$work/src"
find "$work/src" -name '*.java' > "$work/sources.txt"

# Compiles the sources once, in a fresh output folder; prints the wall time in ms.
compile() {
  local mode=$1 out="$work/out-$1"
  rm -rf "$out"
  mkdir -p "$out/classes" "$out/generated"
  local flags=(-proc:none)
  if [ "$mode" = with ]; then
    flags=(-processorpath "$processor_jar:$classpath" -s "$out/generated")
  fi
  local start end
  start=$(date +%s%N)
  javac --release 17 -cp "$classpath" "${flags[@]}" -d "$out/classes" "@$work/sources.txt"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

compile without > /dev/null   # warms the file system cache, not the JVM
compile with > /dev/null
: > "$work/without.txt"
: > "$work/with.txt"
for _ in $(seq "$runs"); do
  compile without >> "$work/without.txt"
  compile with >> "$work/with.txt"
done

# Median (middle of an odd count), fastest and slowest of a file of numbers.
summary() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d %d %d", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
read -r median_without fastest_without slowest_without < <(summary "$work/without.txt")
read -r median_with fastest_with slowest_with < <(summary "$work/with.txt")
generated=$(find "$work/out-with/generated" -name '*.java' | wc -l)
classes_without=$(find "$work/out-without/classes" -name '*.class' | wc -l)
classes_with=$(find "$work/out-with/classes" -name '*.class' | wc -l)

echo
echo "javac $(javac -version 2>&1 | cut -d' ' -f2), $dtos DTOs, $runs cold runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| javac | median ms | fastest | slowest | sources generated | classes written |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| -proc:none (no processor) | $median_without | $fastest_without | $slowest_without | 0 | $classes_without |"
echo "| with Sheaf's processor | $median_with | $fastest_with | $slowest_with | $generated | $classes_with |"
awk -v a="$median_without" -v b="$median_with" -v n="$dtos" 'BEGIN {
  printf "\nthe processor adds %d ms (%.2fx), %.1f ms per DTO, compiling its repositories included\n",
    b - a, b / a, (b - a) / n }'
