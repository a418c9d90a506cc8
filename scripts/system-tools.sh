#!/usr/bin/env bash
# The system tools the tests use: Debian's Chromium (browser tests, driven by playwright-core; never a downloaded
# browser) and poppler-utils (pdftotext, pdffonts read exported PDFs back). Run before `npm test` (its pretest) and
# by .ci/run: installs them with apt when missing, or names them when it cannot.
set -euo pipefail
if command -v chromium >/dev/null && command -v pdftotext >/dev/null && command -v pdffonts >/dev/null; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "npm test needs Debian's chromium and poppler-utils: apt-get install chromium poppler-utils" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium poppler-utils
