#!/usr/bin/env bash
# Installs what `npm run test:scale` needs, once: Debian's python3-distributed (Dask's scheduler and
# workers), for Debian's own Python (/usr/bin/python3), which the recipes of docs/scale-out.md run on.
set -euo pipefail

if ! /usr/bin/python3 -c 'import dask.bag, distributed' >/dev/null 2>&1; then
  echo "installing python3-distributed" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-distributed >&2
fi
