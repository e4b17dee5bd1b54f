#!/usr/bin/env bash
# Installs PostgreSQL 18's pg_dump and pg_restore for `pnpm db:backup` / `pnpm db:restore`.
#
# Why a build: the embedded server is PostgreSQL 18 and pg_dump refuses servers newer than
# itself. Debian 12 (bookworm) ships only postgresql-client-15, its backports none, and the
# postgresql-client-18 binaries of Debian testing need glibc 2.38 (bookworm has 2.36). So this
# script fetches Debian testing's postgresql-18 *source* package (signed by the Debian archive,
# checked by apt), and builds only libpq and src/bin/pg_dump against bookworm's libraries.
# About 2 minutes on 2 cores, once per machine. Root required (apt-get); idempotent.
#
# Installs into /opt/debrief/postgresql-18 (override: DEBRIEF_PG_PREFIX).
set -euo pipefail
prefix="${DEBRIEF_PG_PREFIX:-/opt/debrief/postgresql-18}"
major=18

if [ -x "$prefix/bin/pg_dump" ] && "$prefix/bin/pg_dump" --version | grep -q " $major\."; then
  echo "pg_dump $major already installed in $prefix"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
need=()
for package in build-essential bison flex zlib1g-dev libssl-dev pkg-config bzip2; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/debrief-pg-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
# A private apt state: the machine's own sources and lists stay untouched.
mkdir -p "$work/lists/partial"
# testing carries postgresql-18 today; unstable is the fallback once testing moves past it.
printf 'deb-src http://deb.debian.org/debian testing main\ndeb-src http://deb.debian.org/debian unstable main\n' > "$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-"
  -o "Dir::State::Lists=$work/lists" -o "APT::Sandbox::User=root")
apt-get "${apt_opts[@]}" update -qq
(cd "$work" && apt-get "${apt_opts[@]}" source --download-only -qq "postgresql-$major" >/dev/null)
tarball=$(ls "$work"/postgresql-${major}_*.orig.tar.bz2 | head -1)
tar -xjf "$tarball" -C "$work"
src=$(find "$work" -maxdepth 1 -type d -name "postgresql-$major*" | head -1)

cd "$src"
./configure --prefix="$prefix" --without-icu --without-readline --with-openssl --with-zlib \
  --without-lz4 --without-zstd >"$work/configure.log" 2>&1 || { tail -30 "$work/configure.log"; exit 1; }
jobs=$(nproc)
make -s -j"$jobs" -C src/backend generated-headers >/dev/null
for dir in src/common src/port src/interfaces/libpq src/fe_utils src/bin/pg_dump; do
  make -s -j"$jobs" -C "$dir" >/dev/null
done
make -s -C src/interfaces/libpq install >/dev/null
make -s -C src/bin/pg_dump install >/dev/null
"$prefix/bin/pg_dump" --version
