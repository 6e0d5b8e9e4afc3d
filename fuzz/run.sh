#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets with clang into build-fuzz/,
# seeds each from the repository's own files, and fuzzes each target for SECONDS.
# Crashes are written to build-fuzz/crashes/<target>/; the script exits 1 if any target
# found one (each crash then becomes a regression test in tests/).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_when fuzz_plan_yaml fuzz_units fuzz_text_phrases fuzz_import fuzz_progress)
export CC=clang CXX=clang++
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANCHECK_FUZZ=ON \
  -DPLANCHECK_BUILD_TESTS=OFF > /dev/null
cmake --build build-fuzz -j2 --target "${targets[@]}" > /dev/null

seed() {  # seed TARGET: the corpus directory, filled from the repository
  local dir=build-fuzz/corpus/$1
  mkdir -p "$dir"
  case $1 in
    fuzz_when)
      cut -f1 tests/data/zh-time-cases*.tsv | grep -vx phrase | while IFS= read -r phrase; do
        printf '%s' "$phrase" > "$dir/$(printf '%s' "$phrase" | md5sum | cut -c1-16)"
      done
      grep -ho 'when: .*' plan/tasks/*.yaml | sed 's/^when: //' | while IFS= read -r phrase; do
        printf '%s' "$phrase" > "$dir/$(printf '%s' "$phrase" | md5sum | cut -c1-16)"
      done ;;
    fuzz_plan_yaml)
      for f in plan/*.yaml plan/tasks/*.yaml tests/diag/*.yaml tests/fixtures/base/plan/*.yaml; do
        cp "$f" "$dir/$(printf '%s' "$f" | tr / _)"
      done ;;
    fuzz_units)
      grep -ho 'name: .*' plan/units.yaml | sed 's/^name: //' > "$dir/units"
      printf '区大气办\n区环保局\n各乡镇（街道）\n各乡镇(街道)\n' > "$dir/hosted" ;;
    fuzz_text_phrases)
      grep -ho 'text: .*' plan/tasks/*.yaml | sed 's/^text: //' | while IFS= read -r text; do
        printf '%s' "$text" > "$dir/$(printf '%s' "$text" | md5sum | cut -c1-16)"
      done
      # Every case phrase inside a sentence, as the finder meets it.
      cut -f1 tests/data/zh-time-cases*.tsv | grep -vx phrase | while IFS= read -r phrase; do
        text="按照工作要求，${phrase}完成整改，并报送区政府。"
        printf '%s' "$text" > "$dir/$(printf '%s' "$text" | md5sum | cut -c1-16)"
      done ;;
    fuzz_import)
      # The official 2017 text and the openings of other plans, whole and in pieces of 40
      # lines, so mutations start near every form of numbering and annotation.
      for f in tests/data/qbj-2017-air-plan.txt tests/data/import/corpus/*.txt; do
        name=$(basename "$f" .txt)
        cp "$f" "$dir/$name"
        split -l 40 -d "$f" "$dir/$name-part-"
      done ;;
    fuzz_progress)
      # progress.yaml as the plan and the fixtures write it, then the fields of a record
      # (milestone, by, note), separated by the unit separator \x1F.
      for f in plan/progress.yaml tests/fixtures/base/plan/progress.yaml; do
        [ -f "$f" ] || continue
        printf '%s\x1F3.1.1a\x1F区环保局\x1F完成' "$(cat "$f")" > "$dir/$(basename "$(dirname "$f")")-1"
        printf '%s\x1F3.3.1a@2017-07\x1F\x1F"引号" #井号: 冒号' "$(cat "$f")" > "$dir/$(basename "$(dirname "$f")")-2"
      done
      printf '\x1F1.1a\x1F\x1F' > "$dir/empty" ;;
  esac
  echo "$dir"
}

status=0
for target in "${targets[@]}"; do
  corpus=$(seed "$target")
  crashes=build-fuzz/crashes/$target
  mkdir -p "$crashes"
  echo "== $target: ${seconds}s"
  if ! build-fuzz/fuzz/$target "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 \
      | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Done [0-9]+ runs)|cov: ' \
      | tail -n 6; then
    :
  fi
  if ls "$crashes"/* > /dev/null 2>&1; then
    echo "FAIL $target: see $crashes"
    status=1
  fi
done
exit $status
