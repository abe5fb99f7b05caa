# Two entry points (see README Quickstart). Both bootstrap uv and the locked
# environment on a fresh machine, then run inside it.
SHELL := /bin/bash
MIRROR ?= $(if $(wildcard ../shared/corpora),$(abspath ../shared/corpora),)
export CIVICDISCOURSE_MIRROR ?= $(MIRROR)

.PHONY: env reproduce test check
env:
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	uv sync --frozen

reproduce: env
	uv run civicdiscourse reproduce

check: env
	uv run civicdiscourse reproduce --check

test: env
	uv run pytest
