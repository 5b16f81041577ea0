#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Memcheck run (doc/reliability.md B3.10):
#
#  1. the C suites: `meson test --setup valgrind --suite unit --suite
#     fuzzing` (the setup in meson.build: glib.supp + tests/libaict.supp,
#     G_SLICE=always-malloc, G_DEBUG=gc-friendly, --leak-check=full,
#     --errors-for-leak-kinds=definite,possible, --error-exitcode=1);
#  2. the Python binding suite: each tests/python/*.py under valgrind with
#     the same options plus Python's suppressions (/usr/lib/valgrind/
#     python3.supp), PYTHONMALLOC=malloc and the uninstalled typelib, since
#     the meson setup's suppressions lack python3.supp;
#  3. a canary: a Python snippet that leaks one AictDataset on purpose
#     (g_object_ref through ctypes), which must be reported as a definite
#     leak in libaict's frames, the proof that the suppressions do not hide
#     libaict's leaks.
#
# Then it prints, per test: the exit status, the memory errors, the bytes
# definitely, indirectly and possibly lost, and those of them allocated in
# libaict's frames; then the suppressions that were used and how much each
# hid.  Exits non-zero on any failed test, any error, any leaked byte, or a
# canary that goes unreported.
#
# Usage: scripts/run-valgrind.sh [BUILDDIR]   (default _build)
set -eu
cd "$(dirname "$0")/.."
SRC=$(pwd)
BUILD=${1:-_build}
GI_PYTHON=${GI_PYTHON:-/usr/bin/python3}
GLIB_SUPP=$(pkg-config --variable=prefix glib-2.0)/share/glib-2.0/valgrind/glib.supp
PY_SUPP=/usr/lib/valgrind/python3.supp

ninja -C "$BUILD" >/dev/null

LOGS="$BUILD/valgrind-logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"
status=0

# 1. The C suites.  -s adds the list of the suppressions used to each log.
echo "== unit and fuzzing suites under valgrind"
if ! VALGRIND_OPTS="-s" meson test -C "$BUILD" --setup valgrind --suite unit --suite fuzzing \
       --logbase valgrind-c >"$LOGS/c.out" 2>&1; then
  echo "  FAILED: see $LOGS/c.out and $BUILD/meson-logs/valgrind-c-valgrind.txt"
  status=1
fi
grep -E '^(Ok|Fail|Skipped|Timeout): ' "$LOGS/c.out" | tr -s ' ' | tr '\n' ' ' | sed 's/^/  /'
echo

# 2. The Python binding suite.
VG_PY="valgrind --error-exitcode=1 --leak-check=full --show-leak-kinds=definite,possible
  --errors-for-leak-kinds=definite,possible --track-origins=yes --num-callers=30 -s
  --suppressions=$GLIB_SUPP --suppressions=$PY_SUPP --suppressions=$SRC/tests/libaict.supp"

# shellcheck disable=SC2086  # $VG_PY is a command line, split on purpose
run_python () {   # NAME ARGS...: one Python process under valgrind
  name=$1
  shift
  env GI_TYPELIB_PATH="$SRC/$BUILD/lib${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}" \
      LD_LIBRARY_PATH="$SRC/$BUILD/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
      PYTHONPATH="$SRC/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
      AICT_SOURCE_ROOT="$SRC" AICT_LOCALEDIR="$SRC/$BUILD/po" LC_ALL=C.UTF-8 \
      G_DEBUG=gc-friendly,fatal-warnings G_SLICE=always-malloc PYTHONMALLOC=malloc \
      $VG_PY --log-file="$LOGS/$name.vg.log" "$GI_PYTHON" "$@" >"$LOGS/$name.out" 2>&1
}

if [ -f "$BUILD/lib/Aict-1.typelib" ]; then
  echo "== Python binding suite under valgrind"
  for t in tests/python/test_*.py; do
    name=python-$(basename "$t" .py)
    if run_python "$name" "$t"; then
      echo "  $name: ok"
    else
      echo "  $name: FAILED (exit $?; see $LOGS/$name.out, $LOGS/$name.vg.log)"
      status=1
    fi
  done

  echo "== canary (one AictDataset leaked on purpose; must be reported)"
  run_python canary -c '
import ctypes, gi, os
gi.require_version("Aict", "1")
from gi.repository import Aict
# Loaded (not Aict.Dataset.new (), a tail call to g_object_new that leaves
# no libaict frame in the allocation stack).
ds = Aict.Dataset.new_from_file(os.path.join(os.environ["AICT_SOURCE_ROOT"],
                                "tests", "data", "valid", "one-actor.json"))
get = ctypes.pythonapi.PyCapsule_GetPointer
get.restype, get.argtypes = ctypes.c_void_p, [ctypes.py_object, ctypes.c_char_p]
gobject = ctypes.CDLL("libgobject-2.0.so.0")
gobject.g_object_ref.restype, gobject.g_object_ref.argtypes = ctypes.c_void_p, [ctypes.c_void_p]
gobject.g_object_ref(get(ds.__gpointer__, None))   # never unreffed
' && canary_rc=0 || canary_rc=$?
else
  echo "== Python binding suite: skipped ($BUILD has no typelib: introspection disabled)"
  canary_rc=skipped
fi

# Summaries.
"$GI_PYTHON" - "$SRC" "$BUILD" "$LOGS" "$canary_rc" <<'EOF' || status=1
import collections, glob, os, re, sys

src, build, logs, canary_rc = sys.argv[1:5]

RECORD = re.compile(r'==\d+== ([\d,]+) (?:\([^)]*\) )?bytes in ([\d,]+) blocks are '
                    r'(definitely|indirectly|possibly) lost in loss record')
FRAME = re.compile(r'==\d+==    (?:at|by) 0x[0-9A-F]+: (\S+) \((?:in )?(.*)\)$')
SUMMARY = {k: re.compile(r'==\d+== +%s lost: ([\d,]+) bytes' % k)
           for k in ('definitely', 'indirectly', 'possibly')}
ERRORS = re.compile(r'==\d+== ERROR SUMMARY: ([\d,]+) errors')
USED = re.compile(r'used_suppression: +(\d+) (\S+) (\S+?):\d+(?: suppressed: ([\d,]+) bytes)?')


def num(s):
    return int(s.replace(',', ''))


def in_libaict(frames):
    """A loss record is libaict's when one of its frames is."""
    for fn, where in frames:
        if (fn.startswith(('aict_', '_aict_')) or '/lib/aict-' in where
                or 'libaict-1.so' in where or 'libaict-internal' in where):
            return True
    return False


def analyse(text):
    """Totals of one valgrind run (the text of its log)."""
    r = {'definitely': None, 'indirectly': None, 'possibly': None,
         'errors': None, 'leak_records': 0, 'libaict': 0, 'seen': False}
    lines = text.split('\n')
    for i, line in enumerate(lines):
        m = RECORD.search(line)
        if m:
            frames = []
            for l in lines[i + 1:i + 40]:
                f = FRAME.match(l)
                if not f:
                    break
                frames.append((f.group(1), f.group(2)))
            r['leak_records'] += 1
            if in_libaict(frames):
                r['libaict'] += num(m.group(1))
            continue
        for k, rx in SUMMARY.items():
            m = rx.search(line)
            if m:
                r[k] = num(m.group(1))
                r['seen'] = True
        m = ERRORS.search(line)
        if m:
            r['errors'] = num(m.group(1))
            r['seen'] = True
    if r['seen']:
        for k in ('definitely', 'indirectly', 'possibly'):
            if r[k] is None:       # "All heap blocks were freed"
                r[k] = 0
        # The ERROR SUMMARY counts each reported leak as an error too.
        r['memory_errors'] = (r['errors'] or 0) - r['leak_records']
    return r


used = collections.defaultdict(lambda: [0, 0, ''])


def collect_used(text):
    for m in USED.finditer(text):
        u = used[m.group(2)]
        u[0] += int(m.group(1))
        u[1] += num(m.group(4) or '0')
        u[2] = os.path.basename(m.group(3))


rows = []
# 1. The C suites: one section per test in meson's log.
mlog = os.path.join(build, 'meson-logs', 'valgrind-c-valgrind.txt')
if os.path.exists(mlog):
    text = open(mlog, errors='replace').read()
    parts = re.split(r'^test: +(.*)$', text, flags=re.M)
    for name, body in zip(parts[1::2], parts[2::2]):
        m = re.search(r'^result: +(.*)$', body, flags=re.M)
        result = m.group(1).strip() if m else '?'
        collect_used(body)
        rows.append((name.split(' / ')[-1], result, analyse(body)))

# 2. The Python suite and the canary.
canary = None
for path in sorted(glob.glob(os.path.join(logs, 'python-*.vg.log'))) + \
        glob.glob(os.path.join(logs, 'canary.vg.log')):
    name = os.path.basename(path)[:-len('.vg.log')]
    text = open(path, errors='replace').read()
    r = analyse(text)
    if name == 'canary':
        canary = r
        continue
    collect_used(text)
    out = open(os.path.join(logs, name + '.out'), errors='replace').read()
    result = 'ok' if re.search(r'^OK', out, flags=re.M) and r.get('memory_errors') == 0 \
        and r['errors'] == 0 else 'FAIL'
    rows.append((name, result, r))

fmt = '%-30s %-16s %7s %12s %12s %12s %10s'
print()
print(fmt % ('test', 'result', 'errors', 'definitely', 'indirectly', 'possibly', 'in libaict'))
tot = collections.Counter()
bad = False
for name, result, r in rows:
    if not r['seen']:
        print(fmt % (name, result[:16], '-', '-', '-', '-', '-'))
        bad = True
        continue
    print(fmt % (name, result[:16], r['memory_errors'], r['definitely'], r['indirectly'],
                 r['possibly'], r['libaict']))
    for k in ('memory_errors', 'definitely', 'indirectly', 'possibly', 'libaict'):
        tot[k] += r[k]
print(fmt % ('TOTAL (%d runs)' % len(rows), '', tot['memory_errors'], tot['definitely'],
             tot['indirectly'], tot['possibly'], tot['libaict']))
print('(bytes lost after suppressions; "errors" are memory errors, leaks not counted)')

print('\nsuppressions used (times, bytes hidden):')
for name, (times, nbytes, where) in sorted(used.items(), key=lambda x: (x[1][2], x[0])):
    print('  %-50s %-14s %6d %10d' % (name, where, times, nbytes))

if canary is not None:
    ok = canary['seen'] and canary['definitely'] > 0 and canary['libaict'] > 0
    print('\ncanary: %s bytes definitely lost, %s in libaict frames (valgrind exit %s): %s'
          % (canary['definitely'], canary['libaict'], canary_rc,
             'reported, as it must be' if ok else 'NOT REPORTED'))
    if not ok:
        print('FAIL: the suppressions hide a leak in libaict')
        bad = True

if tot['memory_errors'] or tot['definitely'] or tot['indirectly'] or tot['possibly']:
    print('FAIL: errors or leaks')
    bad = True
sys.exit(1 if bad else 0)
EOF
exit $status
