# tongji: `make` builds the release binary and runs the default pipeline on the bundled sample;
# `make test` runs the tests. `make help` lists every target.

SWIFT    ?= swift
PIPELINE ?= Pipelines/union-news.yaml
PREFIX   ?= /usr/local
BIN      := .build/release/tongji
# Debian packages the build needs: C headers for libxml2 (HTML) and pkg-config to find them.
APT_PACKAGES := libxml2-dev pkg-config

.PHONY: all build run test deps help clean

all: run

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

deps: ## Check the system packages; install them when run as root.
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libxml-2.0; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing $(APT_PACKAGES)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	  else \
	    echo "make: missing system packages; run:  sudo apt-get install -y $(APT_PACKAGES)" >&2; exit 1; \
	  fi; \
	fi

build: deps ## Build the release binary, .build/release/tongji.
	$(SWIFT) build -c release --product tongji

run: build ## Run a pipeline (PIPELINE=Pipelines/union-news.yaml by default).
	$(BIN) run $(PIPELINE)

test: deps ## Run the tests.
	$(SWIFT) test

clean: ## Remove build products and generated reports.
	rm -rf .build
	find Reports -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +

# Debian packages `make screenshot` needs: a headless browser and a CJK font (without one,
# Chinese renders as empty boxes).
SCREENSHOT_PACKAGES := chromium fonts-wqy-microhei
REPORT_HTML := Reports/union-news/report.html
REPORT_PNG  := Reports/union-news/report.png
REPORT_PHONE_PNG := Reports/union-news/report-phone.png

.PHONY: screenshot
screenshot: build ## Run the default pipeline; render report.html to report.png (and report-phone.png, 400 px wide).
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing $(SCREENSHOT_PACKAGES)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SCREENSHOT_PACKAGES); \
	  else \
	    echo "make: missing packages; run:  sudo apt-get install -y $(SCREENSHOT_PACKAGES)" >&2; exit 1; \
	  fi; \
	fi
	$(BIN) run Pipelines/union-news.yaml
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=$(REPORT_PNG) \
	  --window-size=1280,4000 file://$(CURDIR)/$(REPORT_HTML)
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=$(REPORT_PHONE_PNG) \
	  --window-size=400,3000 file://$(CURDIR)/$(REPORT_HTML)
	@echo "make: wrote $(REPORT_PNG) and $(REPORT_PHONE_PNG)"
