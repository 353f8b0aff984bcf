# wb: build, test, install, demo and benchmarks.
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# Release builds are static executables (Package.swift): ~1 ms more than cat to start,
# no runtime or loader work, nothing to install beside them.
RELEASE = -c release --static-swift-stdlib
TOOLS = wb-tasks wb-milestones wb-score wb-ics
# wb, the front door: `wb tasks ...` runs wb-tasks.
ALL = $(TOOLS) wb
BIN = $(shell $(SWIFT) build $(RELEASE) --show-bin-path)

.PHONY: all build debug test demo install uninstall completions bench fuzz clean

all: build

build:
	$(SWIFT) build $(RELEASE)

debug:
	$(SWIFT) build

test:
	$(SWIFT) test

# The main job on the shipped sample plan: the role x milestone matrix, the calendar,
# and the report for the executive (M1's gate from the sample testers, the market,
# question and invention scores) as one HTML page.
demo: build
	mkdir -p out
	$(BIN)/wb-tasks matrix --ids --bom share/wb/sample-plan.csv -o out/matrix.csv
	$(BIN)/wb-ics --name 'Sample launch plan' --tz Asia/Tokyo --meeting 'mon 10:00 30m' \
	  --tasks share/wb/sample-plan.csv share/wb/sample-milestones.csv -o out/plan.ics
	$(BIN)/wb-score gate --milestone M1 --milestones share/wb/sample-milestones.csv share/wb/sample-testers.csv -o out/m1-gate.csv
	$(BIN)/wb-score market --milestones share/wb/sample-milestones.csv share/wb/sample-market.csv -o out/market.csv
	$(BIN)/wb-score impact share/wb/sample-questions.csv -o out/impact.csv
	$(BIN)/wb-score invent share/wb/sample-inventions.csv -o out/invent.csv
	$(BIN)/wb-milestones report --today 2026-08-05 --gates out/m1-gate.csv --market out/market.csv \
	  --impact out/impact.csv --invent out/invent.csv --tasks share/wb/sample-plan.csv \
	  share/wb/sample-milestones.csv -o out/report.html
	@echo "wrote out/matrix.csv, out/plan.ics and out/report.html"

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man7 \
	  $(DESTDIR)$(PREFIX)/share/wb/templates $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d \
	  $(DESTDIR)$(PREFIX)/share/doc/wb
	# One multi-call binary: wb-tasks, wb-milestones, wb-score and wb-ics are links to
	# wb, which runs the tool it is called by.
	install -s -m 755 $(BIN)/wb $(DESTDIR)$(PREFIX)/bin/wb
	for t in $(TOOLS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t; ln -s wb $(DESTDIR)$(PREFIX)/bin/$$t; done
	install -m 644 man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 man/wb.7 $(DESTDIR)$(PREFIX)/share/man/man7/
	install -m 644 share/wb/*.csv $(DESTDIR)$(PREFIX)/share/wb/
	install -m 644 share/wb/templates/* $(DESTDIR)$(PREFIX)/share/wb/templates/
	install -m 644 share/doc/guide-ja.md $(DESTDIR)$(PREFIX)/share/doc/wb/
	for t in $(ALL); do \
	  install -m 644 share/completions/bash/$$t $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$t; \
	  install -m 644 share/completions/zsh/_$$t $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_$$t; \
	  install -m 644 share/completions/fish/$$t.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$t.fish; \
	done

uninstall:
	for t in $(ALL); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t $(DESTDIR)$(PREFIX)/share/man/man1/$$t.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$t $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_$$t \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$t.fish; done
	rm -f $(DESTDIR)$(PREFIX)/share/man/man7/wb.7
	rm -rf $(DESTDIR)$(PREFIX)/share/wb $(DESTDIR)$(PREFIX)/share/doc/wb

# Completions are generated from the option tables; a test fails when they are stale.
completions: debug
	for t in $(ALL); do \
	  .build/debug/$$t --completions bash > share/completions/bash/$$t; \
	  .build/debug/$$t --completions zsh > share/completions/zsh/_$$t; \
	  .build/debug/$$t --completions fish > share/completions/fish/$$t.fish; \
	done

bench: build
	bench/run

fuzz:
	fuzz/run

clean:
	rm -rf .build out stage bench/out
