#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Installs the Debian 12 packages libaict needs to build, test and run its
# demo.  Idempotent: it asks apt only for what dpkg says is missing, and it
# goes through sudo when not run as root.  Called by `make demo` and
# `make check` (see the top-level Makefile), so a fresh machine needs nothing
# else.
set -eu

PACKAGES="
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev
  gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0 gir1.2-json-1.0
  valac gjs python3 python3-gi python3-jsonschema
  gi-docgen python3-docutils
  iso-codes locales
  clang libclang-rt-14-dev llvm
  valgrind
  libxml2-dev libxml2-utils graphviz
  libsqlite3-dev sqlite3 postgresql-15 libpq-dev
  libcairo2-dev libpango1.0-dev gir1.2-freedesktop fonts-dejavu-core
  libgraphviz-dev gmt-dcw
  libxlsxwriter-dev python3-pandas python3-openpyxl
  chromium libreoffice-calc-nogui
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing="$missing $p"
  fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

if [ -n "$missing" ]; then
  echo "setup-deps: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $missing
else
  echo "setup-deps: all Debian packages present"
fi

# Locales used by the tests: French output and a comma-decimal locale.
need_locale=""
for l in fr_FR.UTF-8 de_DE.UTF-8; do
  if ! locale -a 2>/dev/null | grep -qi "^$(echo "$l" | sed 's/UTF-8/utf8/')\$"; then
    need_locale="$need_locale $l"
  fi
done
if [ -n "$need_locale" ]; then
  echo "setup-deps: generating locales:$need_locale"
  for l in $need_locale; do
    if ! grep -q "^$l UTF-8" /etc/locale.gen 2>/dev/null; then
      echo "$l UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
    fi
  done
  $SUDO locale-gen >/dev/null
fi
