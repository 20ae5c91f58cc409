#!/usr/bin/env bash
# Installs what the end-to-end suites need, once, and caches it outside the repository:
# Debian's neovim and chromium (apt), and code-server 4.100.3 (npm) in
# ${FILING_LINT_E2E_CACHE:-~/.cache/filing-lint-e2e}. Prints the code-server binary's path.
set -euo pipefail

need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

cache="${FILING_LINT_E2E_CACHE:-$HOME/.cache/filing-lint-e2e}/code-server-4.100.3"
bin="$cache/node_modules/.bin/code-server"
if [ ! -f "$cache/.installed" ]; then
  echo "installing code-server 4.100.3 into $cache" >&2
  rm -rf "$cache"
  mkdir -p "$cache"
  # @vscode/ripgrep downloads rg at install time unless it finds it in its cache under the OS temp
  # directory: put Debian's rg there under the asset name it expects.
  tmp="$(mktemp -d)"
  mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11"
  tar czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  echo '{ "name": "filing-lint-e2e-code-server", "private": true }' > "$cache/package.json"
  export TMPDIR="$tmp" npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false
  (cd "$cache" && npm install --no-save code-server@4.100.3 >&2)
  # npm 11 leaves install scripts to an allow-list: run code-server's and argon2's explicitly.
  if npm help install 2>/dev/null | grep -q 'dangerously-allow-all-scripts'; then
    (cd "$cache" && npm rebuild --dangerously-allow-all-scripts argon2 code-server >&2)
  fi
  rgdir="$cache/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin"
  mkdir -p "$rgdir"
  [ -x "$rgdir/rg" ] || cp "$(command -v rg)" "$rgdir/rg"
  "$bin" --version >&2
  touch "$cache/.installed"
  rm -rf "$tmp"
fi
echo "$bin"
