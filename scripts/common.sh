# Shared by the entry-point scripts: package installation and the build. Source it, don't run it.
set -euo pipefail

FEEDPULSE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export FEEDPULSE_ROOT

# What building and running FeedPulse needs on Debian 12.
BUILD_PACKAGES=(cmake ninja-build g++ pkgconf libgl-dev
                qt6-base-dev qt6-base-private-dev qt6-websockets-dev qt6-httpserver-dev
                qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
                qt6-translations-l10n)

# What the test suite needs on top: a real X server and CJK fonts for the screenshot tests,
# Prometheus (with promtool) for the metrics tests, the desktop-file and AppStream validators, and
# clang with libFuzzer for scripts/fuzz.sh.
TEST_PACKAGES=(xvfb xauth fonts-noto-cjk prometheus desktop-file-utils appstream openssl clang libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs whichever of the given Debian packages are missing; does nothing (and needs no network)
# when all are present.
ensure_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_tree DIR BUILD_TYPE [cmake args...] [-- targets...]: configures once, then builds
# incrementally (all targets unless some are named). Build output goes to stderr: stdout is for
# what the program prints.
build_tree() {
    local dir=$1 type=$2
    shift 2
    local args=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
    [ $# -gt 0 ] && shift && targets=("$@")
    # Configure when new, or when an earlier run left another build type in the cache.
    if [ ! -f "$dir/build.ninja" ] || ! grep -q "^CMAKE_BUILD_TYPE:STRING=$type\$" "$dir/CMakeCache.txt"; then
        log "Configuring $dir ($type)"
        cmake -S "$FEEDPULSE_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" ${args[@]+"${args[@]}"} >&2
    fi
    log "Building $dir"
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$dir" --target "${targets[@]}" -- -j"$(nproc)" >&2
    else
        cmake --build "$dir" -- -j"$(nproc)" >&2
    fi
}
