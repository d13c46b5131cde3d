#!/usr/bin/env bash
# Installs the headless browser that the site's browser tests drive (tests/site/test_browser.py):
# Debian's Chromium at /usr/bin/chromium, with fonts for Arabic and Cyrillic text. Playwright's
# own browser download cannot work without internet access, so the tests use this one.
#
# Does nothing when /usr/bin/chromium is already there. Non-interactive and quiet; needs root (as
# on CI) or password-less sudo. If it cannot install, it says so and exits 0: the browser tests
# are then skipped with that reason rather than failing the whole run.
set -uo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

warn() {
  echo "install_browser.sh: $*; the browser tests will be skipped" >&2
  exit 0
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    warn "/usr/bin/chromium is missing and this is not root"
  fi
fi
command -v apt-get >/dev/null 2>&1 || warn "no apt-get here: install Chromium at /usr/bin/chromium by hand"

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || warn "apt-get update failed"
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-noto-core >/dev/null 2>&1 \
  || warn "apt-get install chromium failed"
[ -x /usr/bin/chromium ] || warn "chromium installed but /usr/bin/chromium is missing"
echo "install_browser.sh: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
