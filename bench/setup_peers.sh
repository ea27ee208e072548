#!/usr/bin/env bash
# Install the peer schema differs that bench/catalog_diff.py compares schemadiff with.
#
#   bench/setup_peers.sh
#
# - bench/.peers-venv : a virtualenv of its own (never schemadiff's .venv) with PyPI
#   migra (+ schemainspect, sqlbag, psycopg2-binary) and results.
# - bench/.peers-node : npm's @supabase/pg-delta (its CLI is `pgdelta`).
# Each peer is installed only where it installs: a failure is reported and the rest goes on.
# The versions that did install are written to bench/peers-versions.txt.
# Safe to run again.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.peers-venv"
node_dir="$here/.peers-node"
versions="$here/peers-versions.txt"
PG_DELTA_VERSION="${PG_DELTA_VERSION:-1.0.0-alpha.34}"  # npm's "latest" tag is an empty 0.0.0
status=0

python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv" || { echo "setup_peers: cannot create $venv" >&2; exit 1; }
fi
pip_install() {
  # This machine's pip also looks in local mirrors that may be absent: drop those warnings.
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@" 2>&1 \
    | grep -v "^WARNING: Location 'file:" >&2
  return "${PIPESTATUS[0]}"
}
# schemainspect imports pkg_resources, which setuptools 81 and later no longer ship.
pip_install --upgrade pip wheel 'setuptools<81' || true

# migra needs schemainspect and sqlbag (pulled in as its dependencies) and a driver for
# SQLAlchemy's postgresql:// URLs: psycopg2.
if pip_install migra psycopg2-binary; then
  if "$venv/bin/migra" --help >/dev/null 2>&1; then
    echo "setup_peers: migra installed"
  else
    echo "setup_peers: migra installed but does not start: $("$venv/bin/migra" --help 2>&1 | tail -1)" >&2; status=1
  fi
else
  echo "setup_peers: migra did not install (see pip's message above)" >&2; status=1
fi
# results (djrobstep) carries its own copies of migra's differ and schemainspect (results.dbdiff,
# on psycopg 3, with pglast and click): no extra dependencies. Same venv.
if pip_install results; then
  echo "setup_peers: results installed"
else
  echo "setup_peers: results did not install (see pip's message above)" >&2; status=1
fi
# Optional: a sampling profiler for profiling runs (not used by the benchmark itself).
pip_install pyinstrument || echo "setup_peers: pyinstrument did not install (optional)" >&2

mkdir -p "$node_dir"
if npm install --silent --no-audit --no-fund --prefix "$node_dir" "@supabase/pg-delta@$PG_DELTA_VERSION"; then
  echo "setup_peers: @supabase/pg-delta@$PG_DELTA_VERSION installed"
else
  echo "setup_peers: @supabase/pg-delta did not install (see npm's message above)" >&2; status=1
fi

{
  echo "# written by bench/setup_peers.sh on $(date -u +%Y-%m-%dT%H:%MZ)"
  "$venv/bin/python" -m pip list --format=freeze 2>/dev/null \
    | grep -i -E '^(migra|schemainspect|sqlbag|results|psycopg2-binary|sqlalchemy|pyinstrument)=='
  node -e 'try{const p=require(process.argv[1]);console.log("@supabase/pg-delta=="+p.version)}catch(e){}' \
    "$node_dir/node_modules/@supabase/pg-delta/package.json"
  echo "node==$(node --version 2>/dev/null)"
} > "$versions"
cat "$versions"
exit $status
