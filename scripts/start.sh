#!/usr/bin/env bash
# README command 1: install, build, and start Probity on SQLite with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_pnpm
pnpm install --frozen-lockfile
pnpm -r build
exec pnpm --filter @probity/server start:demo
