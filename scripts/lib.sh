# Shared helpers for the README's two commands. Sourced, not run.

# pnpm is the workspace's package manager; a fresh machine has only Node and npm.
ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1; then
    echo "probity: installing pnpm 10 with npm (one-off)"
    npm install --global --silent pnpm@10 || {
      echo "probity: could not install pnpm with 'npm install --global pnpm@10'." >&2
      echo "         Install it by hand (it needs write access to npm's global folder) and run again." >&2
      exit 1
    }
  fi
}

# The browser tests drive Debian's Chromium; Playwright's own browser download cannot work here.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  echo "probity: installing Debian's chromium for the browser tests (one-off, about a minute)"
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "probity: /usr/bin/chromium is missing and this user cannot install it (needs root or sudo)." >&2
      echo "         Run: apt-get install -y chromium" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
