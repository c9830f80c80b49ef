#!/usr/bin/env bash
# The compile-time benchmark of docs/benchmarks.md: javac on generated @Projection records
# (benchmarks/.../compile/DtoSources.java) three ways, each run a cold javac JVM, the three
# alternating: without annotation processing (-proc:none); with Sheaf's processor; and the
# records with the repositories the processor wrote, as plain sources (-proc:none), which
# separates running the processor from compiling what it wrote. Prints the median, fastest and
# slowest wall time of each.
#
# Usage, from anywhere: benchmarks/scripts/compile-time.sh [DTOs, default 300] [runs, default 11]
# Extra Maven flags (for example -o) can be given in SHEAF_MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
dtos=${1:-300}
runs=${2:-11}
work=benchmarks/target/compile-time

# The processor, the runtime and the generator, built from this checkout; then what the DTOs
# and their repositories compile against (the runtime and Jdbi), and the processor's own
# dependencies (in a reactor every module writes the file; the processor, last, wins).
rm -rf "$work"
mkdir -p "$work"
mvn -B -q ${SHEAF_MVN_FLAGS:-} -pl benchmarks -am package -DskipTests
mvn -B -q ${SHEAF_MVN_FLAGS:-} -pl runtime dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$PWD/$work/runtime-classpath.txt"
mvn -B -q ${SHEAF_MVN_FLAGS:-} -pl processor -am package -DskipTests dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$PWD/$work/processor-classpath.txt"
classpath="$(ls runtime/target/sheaf-runtime-*.jar):$(cat "$work/runtime-classpath.txt")"
processorpath="$(ls processor/target/sheaf-processor-*.jar | grep -v original):$(cat "$work/processor-classpath.txt")"
java -cp benchmarks/target/classes dev.sheaf.benchmarks.compile.DtoSources "$dtos" "$work/src"
find "$work/src" -name '*.java' > "$work/sources.txt"

# Compiles the sources once, in a fresh output folder; prints the wall time in ms.
compile() {
  local mode=$1 out="$work/out-$1"
  rm -rf "$out"
  mkdir -p "$out/classes" "$out/generated"
  local flags=(-proc:none) sources=("@$work/sources.txt")
  if [ "$mode" = with ]; then
    flags=(-processorpath "$processorpath" -s "$out/generated")
  elif [ "$mode" = generated ]; then
    sources+=("@$work/generated-sources.txt")
  fi
  local start end
  start=$(date +%s%N)
  javac --release 17 -cp "$classpath" "${flags[@]}" -d "$out/classes" "${sources[@]}"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

compile without > /dev/null   # warms the file system cache, not the JVM
compile with > /dev/null
cp -r "$work/out-with/generated" "$work/generated"
find "$work/generated" -name '*.java' > "$work/generated-sources.txt"
compile generated > /dev/null
modes=(without with generated)
for mode in "${modes[@]}"; do
  : > "$work/$mode.txt"
done
for _ in $(seq "$runs"); do
  for mode in "${modes[@]}"; do
    compile "$mode" >> "$work/$mode.txt"
  done
done

# Median (middle of an odd count), fastest and slowest of a file of numbers.
summary() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d %d %d\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
read -r median_without fastest_without slowest_without < <(summary "$work/without.txt")
read -r median_with fastest_with slowest_with < <(summary "$work/with.txt")
read -r median_generated fastest_generated slowest_generated < <(summary "$work/generated.txt")
generated=$(wc -l < "$work/generated-sources.txt")
generated_lines=$(cat $(cat "$work/generated-sources.txt") | wc -l)
classes() { find "$work/out-$1/classes" -name '*.class' | wc -l; }

echo
echo "javac $(javac -version 2>&1 | cut -d' ' -f2), $dtos DTOs, $runs cold runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| javac on | median ms | fastest | slowest | classes written |"
echo "|---|---:|---:|---:|---:|"
echo "| the DTOs, -proc:none | $median_without | $fastest_without | $slowest_without | $(classes without) |"
echo "| the DTOs, with Sheaf's processor | $median_with | $fastest_with | $slowest_with | $(classes with) |"
echo "| the DTOs and the $generated generated repositories ($generated_lines lines), -proc:none | $median_generated | $fastest_generated | $slowest_generated | $(classes generated) |"
awk -v a="$median_without" -v b="$median_with" -v g="$median_generated" -v n="$dtos" 'BEGIN {
  printf "\nthe processor adds %d ms to javac (%.2fx), %.1f ms per DTO: %d ms running the" \
    " processor, %d ms compiling the repositories it writes\n", b - a, b / a, (b - a) / n, b - g, g - a }'
