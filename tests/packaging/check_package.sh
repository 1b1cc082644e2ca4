#!/usr/bin/env bash
# The installed application, as a user gets it:
#   1. `cmake --install` into a scratch root puts every file in its standard place;
#   2. the desktop entry and the AppStream metainfo validate (when the validators are installed);
#   3. the installed binary works far from the build and source folders (version, a demo screenshot in
#      English and Swedish): translations, migrations and demo data are inside it;
#   4. `cpack -G DEB` builds the package, whose computed dependencies name Qt's libraries and, by hand,
#      Qt's SQLite driver plugin, and whose contents are the installed files (when dpkg-deb is present).
# Usage: check_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
id=se.deliverydesk.DeliveryDesk
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; }

# 1. Files in their standard places.
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >"$work/install.log"
expected=(
  usr/bin/deliverydesk
  "usr/share/applications/$id.desktop"
  "usr/share/metainfo/$id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$id.svg"
)
for size in 16 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expected[@]}"; do
  [ -s "$work/root/$f" ] || fail "not installed: /$f"
done
if command -v file >/dev/null; then
  file "$work/root/usr/share/icons/hicolor/48x48/apps/$id.png" | grep -q "48 x 48" \
    || fail "the 48x48 icon is not a 48x48 PNG"
fi

# 2. Validators.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
  grep -q '^Categories=.*Office;ProjectManagement;' "$work/root/usr/share/applications/$id.desktop" \
    || fail "the desktop entry is not under Office/ProjectManagement"
else
  skip "desktop-file-validate is not installed (package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
  for lang in sv; do
    grep -q "<summary xml:lang=\"$lang\">" "$work/root/usr/share/metainfo/$id.metainfo.xml" \
      || fail "metainfo has no $lang summary"
  done
else
  skip "appstreamcli is not installed (package appstream)"
fi

# 3. The installed binary away from the build: a clean environment, another working folder.
run_installed() {
  # A clean environment, except the sanitizer settings of a sanitizer build (./dev.sh sanitize).
  (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$work/runtime" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} ${UBSAN_OPTIONS:+UBSAN_OPTIONS=$UBSAN_OPTIONS} \
    LANG=C.UTF-8 "$work/root/usr/bin/deliverydesk" "$@")
}
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
version=$(run_installed --version) || fail "installed deliverydesk --version exited $?"
[ "$version" = "deliverydesk $(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")" ] \
  || fail "installed --version printed '$version'"
for lang in en sv; do
  run_installed --demo --database "$work/demo.sqlite" --lang "$lang" --screenshot "$work/shot-$lang.png" \
    >"$work/shot-$lang.log" 2>&1 || { cat "$work/shot-$lang.log"; fail "installed --demo --screenshot ($lang)"; }
  [ -s "$work/shot-$lang.png" ] || fail "no screenshot written ($lang)"
done
# The Swedish window really is Swedish: the demo's Swedish help says "Användning" where English says "Usage".
run_installed --lang sv --help | grep -q "Användning\|Kommandon" || fail "the installed binary has no Swedish texts"

# 4. The Debian package.
if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null && command -v file >/dev/null; then
  (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
  deb=$(ls "$work"/pkg/deliverydesk_*.deb 2>/dev/null | head -1)
  if [ -z "$deb" ]; then
    fail "cpack wrote no deliverydesk_*.deb"
  else
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    for p in libqt6sql6-sqlite libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6svg6 \
             'libxlsxwriter[0-9]+' libc6; do
      echo "$depends" | grep -Eq "(^|, )$p( |,|$)" || fail "Depends lacks $p"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = deliverydesk ] || fail "package name"
    contents=$(dpkg-deb -c "$deb")
    for f in "${expected[@]}"; do
      echo "$contents" | grep -q "\./$f\$" || fail "package lacks /$f"
    done
  fi
else
  skip "dpkg-deb, dpkg-shlibdeps or file is missing: the package is not built"
fi

if [ "$failures" -gt 0 ]; then
  echo "packaging: $failures check(s) failed"
  exit 1
fi
echo "packaging: every check passed"
