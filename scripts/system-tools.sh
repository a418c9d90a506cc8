#!/usr/bin/env bash
# The system tools the tests use: Debian's Chromium (browser tests, driven by playwright-core; never a downloaded
# browser) and poppler-utils (pdftotext, pdffonts and pdfinfo read exported PDFs back). Run before `npm test` (its
# pretest) and by .ci/run: installs what is missing with apt-get (as root, or through sudo without a password), or
# stops with one line naming what to install - never a page of test failures later.
set -uo pipefail

# Where the browser tests look for it (tests/helpers/browser.ts).
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing_packages() {
  local packages=()
  [ -x "$chromium" ] || packages+=(chromium)
  local tool
  for tool in pdftotext pdffonts pdfinfo; do
    if ! command -v "$tool" >/dev/null; then
      packages+=(poppler-utils)
      break
    fi
  done
  echo "${packages[*]}"
}

stop() {
  echo "npm test needs $1" >&2
  exit 1
}

missing="$(missing_packages)"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  stop "Debian's $missing, and cannot install them without root: run sudo apt-get install $missing"
fi
command -v apt-get >/dev/null || stop "$missing (Debian's package names; no apt-get here: install Chromium and poppler-utils with your package manager)"

echo "npm test: installing $missing with apt-get" >&2
log="${TMPDIR:-/tmp}/gongkai-system-tools.log"
# shellcheck disable=SC2086 # one word per package
if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
  stop "Debian's $missing, and apt-get could not install them (its output: $log): apt-get install $missing"
fi
still="$(missing_packages)"
[ -z "$still" ] || stop "$still, still missing after apt-get install (its output: $log)"
