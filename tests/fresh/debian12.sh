#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Proves the README's quick start on a bare Debian 12: debootstrap a minimal root, clone the
# repository into it, run the README's two commands there exactly as the README writes them
# (nothing installed but what .ci/setup installs), then build the Debian package, install it
# with apt-get and run the installed plancheck.
#
# Needs root (debootstrap, chroot, mounts). The package mirror is the machine's own: the one
# its apt sources name for bookworm, and those sources are copied into the root, so nothing
# here names a registry.
#
#   tests/fresh/debian12.sh [--keep] [--unit-tests-only]
#     --keep             leave the root in place (its path is printed)
#     --unit-tests-only  run the README's second command up to the build, then only the
#                        Catch2 unit tests (for a CI that cannot afford the whole suite twice)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
keep=false
unit_tests_only=false
for arg in "$@"; do
  case "$arg" in
    --keep) keep=true ;;
    --unit-tests-only) unit_tests_only=true ;;
    *) echo "usage: $0 [--keep] [--unit-tests-only]" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "$0: needs root (debootstrap, chroot and mounts)" >&2
  exit 2
fi

say() { printf '== %s [%ds]\n' "$*" "$SECONDS"; }

# The README's commands, read from the README itself so this check cannot drift from it:
# the first two ```sh blocks under "## Quick start".
readme_commands() {
  awk '/^## Quick start/ { on = 1; next }
       on && /^## / { exit }
       on && /^```sh$/ { inside = 1; next }
       inside && /^```$/ { inside = 0; next }
       inside { print }' "$repo/README.md"
}
mapfile -t commands < <(readme_commands)
if [ ${#commands[@]} -lt 2 ]; then
  echo "$0: the README's quick start has no two \`\`\`sh commands" >&2
  exit 1
fi
first=${commands[0]}
second=${commands[1]}

# The bookworm mirror the machine's apt already uses (apt-get indextargets reads whichever
# source format the machine has); apt-get update has run before when nothing is listed.
bookworm_mirror() {
  apt-get indextargets --format '$(CODENAME) $(COMPONENT) $(SITE)' 2>/dev/null |
    awk '$1 == "bookworm" && $2 == "main" { print $3; exit }'
}
mirror=$(bookworm_mirror)
if [ -z "$mirror" ]; then
  apt-get update -qq
  mirror=$(bookworm_mirror)
fi
if [ -z "$mirror" ]; then
  echo "$0: the machine's apt sources name no bookworm main mirror" >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap on the host"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

work=$(mktemp -d /var/tmp/plancheck-fresh.XXXXXX)
root=$work/root
mounted=()
cleanup() {
  local status=$?
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -R "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
  done
  if $keep; then
    echo "root kept at $root"
  else
    rm -rf --one-file-system "$work"
  fi
  exit $status
}
trap cleanup EXIT

say "debootstrap --variant=minbase bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -n 20 "$work/debootstrap.log"; exit 1; }

# The machine's apt sources, and the apt settings that say how to reach them (a proxy, a
# snapshot mirror's relaxed date checks), with the keyrings they name.
rm -f "$root/etc/apt/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  cp "$f" "$root$f"
  for key in $(sed -n 's/^Signed-By:[[:space:]]*//p; s/.*signed-by=\([^] ]*\).*/\1/p' "$f"); do
    [ -f "$key" ] && [ ! -f "$root$key" ] && install -D -m 0644 "$key" "$root$key"
  done
done
for f in /etc/apt/apt.conf.d/*; do
  [ -f "$f" ] && grep -q '^[[:space:]]*Acquire::' "$f" && cp "$f" "$root$f"
done
cp /etc/resolv.conf "$root/etc/resolv.conf"

for fs in proc sys dev; do
  mount --rbind "/$fs" "$root/$fs"
  mount --make-rslave "$root/$fs"
  mounted+=("$root/$fs")
done

say "cloning $repo into the root"
git clone -q "$repo" "$root/root/plancheck"

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI="${CI:-}" bash -c "cd /root/plancheck && $1"
}

say "README, first command: $first"
in_root "$first"

if $unit_tests_only; then
  say "README, second command up to its build, then the unit tests"
  in_root "${second%%&& ctest*} && ctest --test-dir build --output-on-failure -j2 -E '^(e2e|cli)\\.'"
else
  say "README, second command: $second"
  in_root "$second"
fi

say "the Debian package: cpack -G DEB, apt-get install, plancheck --version"
in_root "cd build && cpack -G DEB >/dev/null && ls plancheck_*.deb"
in_root "cd build && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./plancheck_*.deb >/dev/null"
in_root "cd / && command -v plancheck && plancheck --version &&
  test -f /usr/share/man/man1/plancheck.1.gz &&
  test -f /usr/share/bash-completion/completions/plancheck &&
  test -f /usr/share/zsh/site-functions/_plancheck &&
  test -f /usr/share/locale/zh_CN/LC_MESSAGES/plancheck.mo &&
  ls /usr/share/plancheck/schemas/*.schema.json >/dev/null &&
  LANG=zh_CN.UTF-8 plancheck help | head -n 3"

say "passed on a bare Debian 12 root in ${SECONDS}s"
