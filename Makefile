# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The two commands of the README, and a few more for contributors.
# Everything below calls meson; this file only sets things up and chains.
#
#   make demo    install what is missing, build, run the most telling aict
#                commands on the bundled 2016 meeting dataset
#   make check   install what is missing, build, run the whole test suite,
#                then the C suite again under AddressSanitizer + UBSan

BUILDDIR      ?= _build
ASAN_BUILDDIR ?= _build-asan
MESON         ?= meson
DATASET       ?= data/meeting-2016.json
AICT           = $(BUILDDIR)/tools/aict

.PHONY: all deps build demo check check-asan check-tsan bench valgrind install clean

all: build

deps:
	@./scripts/setup-deps.sh

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) --prefix=/usr/local

build: deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)

demo: build
	@echo
	@echo "== aict validate $(DATASET)"
	$(AICT) validate $(DATASET)
	@echo
	@echo "== aict info $(DATASET)"
	$(AICT) info $(DATASET)
	@echo
	@echo "== aict report --actor cd64 --at 2017-01-01 $(DATASET)   (one département, for its elected officials)"
	$(AICT) report --actor cd64 --at 2017-01-01 $(DATASET)
	@echo
	@echo "== aict overlaps $(DATASET)   (who could pool their work)"
	$(AICT) overlaps $(DATASET)
	@echo
	@echo "== aict actions --at 2017-01-01 $(DATASET)   (the follow-up by owner; overdue ones flagged)"
	$(AICT) actions --at 2017-01-01 $(DATASET)
	@echo
	@echo "== aict budget $(DATASET)   (whose budget fell, and by how much)"
	$(AICT) budget $(DATASET)
	@echo
	@echo "== aict report --format html   (the pages to open, print or forward)"
	$(AICT) report --format html --at 2017-01-01 -o $(BUILDDIR)/report.html $(DATASET)
	$(AICT) report --format html --actor cd64 --at 2017-01-01 -o $(BUILDDIR)/report-cd64.html $(DATASET)
	@echo "HTML reports: $(abspath $(BUILDDIR))/report.html and $(abspath $(BUILDDIR))/report-cd64.html"

check: build
	$(MESON) test -C $(BUILDDIR) --no-rebuild --print-errorlogs
	$(MAKE) --no-print-directory check-asan

$(ASAN_BUILDDIR)/build.ninja:
	CC=clang $(MESON) setup $(ASAN_BUILDDIR) \
	  -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dintrospection=disabled -Ddocs=disabled \
	  -Dc_args='-fno-sanitize-recover=undefined -fno-omit-frame-pointer'

# The C suites (unit, conformance, fuzzing replay) under ASan + UBSan.
check-asan: deps $(ASAN_BUILDDIR)/build.ninja
	$(MESON) compile -C $(ASAN_BUILDDIR)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	G_SLICE=always-malloc \
	  $(MESON) test -C $(ASAN_BUILDDIR) --no-rebuild --print-errorlogs \
	  --suite unit --suite conformance --suite fuzzing

bench: build
	$(MESON) test -C $(BUILDDIR) --no-rebuild --benchmark --verbose

# The C suites under meson's valgrind setup, then the Python suite under
# valgrind with Python's suppressions (a few minutes).
valgrind: build
	./scripts/run-valgrind.sh

# test-threads and the C suites under ThreadSanitizer (_build-tsan).
check-tsan: deps
	./scripts/run-tsan.sh

install: build
	$(MESON) install -C $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR) $(ASAN_BUILDDIR)
