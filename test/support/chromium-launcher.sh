#!/usr/bin/env bash
# Starts the browser tests' chromium (CAREGRAPH_CHROMIUM, else Debian's) with every --disable-features it is
# given merged into one. Chromium keeps only the last occurrence of a switch, so the tests' own list would
# otherwise replace the one playwright-core passes before it (test/support/chromium.ts).
set -euo pipefail
features=()
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if ((${#features[@]})); then
  merged=$(IFS=,; echo "${features[*]}")
  args+=("--disable-features=$merged")
fi
exec "${CAREGRAPH_CHROMIUM:-/usr/bin/chromium}" "${args[@]}"
