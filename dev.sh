#!/usr/bin/env bash
# Delivery Desk developer entry point. Idempotent: installs only what is missing, then builds.
#
#   ./dev.sh demo   install what is missing, build, open the app on the demo database
#   ./dev.sh test   install what is missing, build, run the whole test suite
#   ./dev.sh build  install what is missing and build
#   ./dev.sh sanitize          build with ASan + UBSan (clang-14) into build-asan, run the whole suite there
#   ./dev.sh fuzz [SECONDS]    build the libFuzzer targets (clang-14) into build-fuzz, run each briefly
#   ./dev.sh format            format every C++ file as .clang-format says (the suite's tst_format checks)
#   ./dev.sh tidy              run clang-tidy-14 with .clang-tidy over the production code of the build
#
# CI (.ci/run) runs test, then sanitize, then fuzz 30.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libboost-date-time-dev libxlsxwriter-dev
  zlib1g-dev
  xvfb xauth imagemagick x11-apps poppler-utils fonts-dejavu-core sqlite3 unzip
  file dpkg-dev desktop-file-utils appstream
  postgresql libqt6sql6-psql libpq-dev libsqlite3-dev lld clang-format-14
)
# zlib1g-dev: xlsxwriter.pc links -lz, yet libxlsxwriter-dev does not depend on it.
# file, dpkg-dev: CPack's DEB generator computes the package's dependencies with them.
# desktop-file-utils, appstream: the packaging test validates the desktop entry and metainfo.
# clang-format-14: the suite's tst_format checks every file against .clang-format with exactly this
# version (others format some constructs differently).
# lld: links the test programs in a fraction of the system linker's time (CMake uses it when present).
# postgresql, libqt6sql6-psql: the storage tests start a throwaway PostgreSQL server (initdb + pg_ctl
# in a temporary folder, as the 'postgres' account when run as root) and test every repository on it.
# libpq-dev: storage asks libpq whether the server ended a connection and why it refused one.
# libsqlite3-dev: the import's and the streamed reads' hot statements call SQLite directly on the
# QSQLITE plugin's connection (the plugin links the same system library).
BUILD_DIR=${BUILD_DIR:-build}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Only for ./dev.sh sanitize and fuzz: Debian's clang with libFuzzer and the sanitizer runtimes.
CLANG_PACKAGES=(clang-14 libclang-rt-14-dev lld-14)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" -j "$(nproc)"
}

sanitize() {
  local dir=${SANITIZE_DIR:-build-asan}
  # clang-14: half the build time of g++ here, and its UBSan checks more (an invalid enum value).
  # Debug keeps the asserts; -O1 with line tables only (-g1) halves the build and the run against
  # -O0 -g, and the reports still name file and line. Checked code runs a few times slower: each
  # test gets 20 minutes instead of 5.
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DDD_SANITIZE=ON -DDD_BUILD_BENCH=OFF -DDD_TEST_TIMEOUT=1200 >/dev/null
  cmake --build "$dir" -j "$(nproc)"
  # Qt's and the driver's own leaks at exit are not ours: leak checking stays off. The packaging
  # test packages and inspects files (what it runs of ours, the other tests run too): left out.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    DD_REQUIRE_POSTGRES=1 ctest --test-dir "$dir" --output-on-failure -j "$(nproc)" -E '^tst_packaging$'
}

fuzz() {
  local seconds=${1:-30} dir=${FUZZ_DIR:-build-fuzz}
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DDD_FUZZ=ON -DDD_BUILD_TESTS=OFF -DDD_BUILD_BENCH=OFF >/dev/null
  local targets=(csvreader csvbytereader datetimeparser numberparser duration calendarfile policyfile)
  cmake --build "$dir" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
  # As many targets at once as there are cores, each for SECONDS. New inputs go to a scratch folder;
  # the committed corpus is only read. A crash fails the run: commit its input to the corpus.
  local failed=0 running=0 t
  for t in "${targets[@]}"; do
    mkdir -p "$dir/corpus/$t"
    ASAN_OPTIONS=detect_leaks=0 "$dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$dir/fuzz_$t-" "$dir/corpus/$t" "tests/fuzz/corpus/$t" >"$dir/fuzz_$t.log" 2>&1 &
    running=$((running + 1))
    if [ "$running" -ge "$(nproc)" ]; then
      wait -n || failed=1
      running=$((running - 1))
    fi
  done
  while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
  done
  for t in "${targets[@]}"; do
    echo "== fuzz_$t for ${seconds}s: $(grep -E '^stat::number_of_executed_units' "$dir/fuzz_$t.log" | awk '{print $2}') runs," \
      "$(grep -oE 'cov: [0-9]+' "$dir/fuzz_$t.log" | tail -1)"
    if grep -qE '^==[0-9]+==ERROR|^SUMMARY: |deadly signal|runtime error' "$dir/fuzz_$t.log"; then
      cat "$dir/fuzz_$t.log"
      failed=1
    fi
  done
  return "$failed"
}

# The files tst_format checks (cmake/CheckFormat.cmake lists the same folders).
cpp_files() {
  find app ui models translations tests bench -name '*.h' -o -name '*.cpp' | sort
}

tidy() {
  build
  # Production code only (tests follow QTest's macros, which several checks misread); headers are
  # checked through the files that include them.
  local files
  files=$(find app ui models -name '*.cpp' | sort)
  # shellcheck disable=SC2086
  run-clang-tidy-14 -quiet -p "$BUILD_DIR" -j "$(nproc)" $files
}

case "${1:-}" in
  sanitize)
    install_missing "${CLANG_PACKAGES[@]}"; sanitize ;;
  fuzz)
    install_missing "${CLANG_PACKAGES[@]}"; shift; fuzz "$@" ;;
  build)
    install_missing; build ;;
  format)
    install_missing; cpp_files | xargs clang-format-14 -i --style=file ;;
  tidy)
    install_missing clang-tidy-14; tidy ;;
  test)
    install_missing; build
    # The PostgreSQL half of the storage tests fails instead of skipping when no server can start.
    export DD_REQUIRE_POSTGRES=1
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" ;;
  demo)
    install_missing; build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      mkdir -p "$BUILD_DIR/screenshots"
      echo "No display here: rendering the demo offscreen to $BUILD_DIR/screenshots/ instead."
      for lang in en sv; do
        for page in overview support-model; do
          "$BUILD_DIR/app/deliverydesk" --demo --lang "$lang" --page "$page" \
            --screenshot "$BUILD_DIR/screenshots/$page-$lang.png" "$@"
        done
      done
      ls "$BUILD_DIR/screenshots"
    else
      exec "$BUILD_DIR/app/deliverydesk" --demo "$@"
    fi ;;
  *)
    sed -n '2,11p' "$0"; exit 2 ;;
esac
