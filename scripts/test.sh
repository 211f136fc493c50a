#!/usr/bin/env bash
# README command 2: install what the tests need, then run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_pnpm
ensure_chromium

step() { printf '\n=== %s\n' "$1"; }

step "install"
pnpm install --frozen-lockfile
step "build"
pnpm -r build
step "type check"
pnpm -r typecheck
step "lint"
pnpm lint
step "format check"
pnpm format:check
step "unit and integration tests"
pnpm -r --workspace-concurrency=1 test
step "browser tests"
pnpm --filter @probity/e2e e2e
