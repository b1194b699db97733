#!/usr/bin/env bash
# Tracker Inspector: one entry point for a newcomer and for CI.
#   ./dev.sh demo   install what is missing, build (Release), start the GUI on the demo torrent
#   ./dev.sh test   install what is missing, build (warnings are errors), run the whole test suite
#                   and the fuzzers; TI_SANITIZE=1 ./dev.sh test also runs it all under ASan + UBSan
#   ./dev.sh build  install what is missing and build Release only
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
JOBS=$(nproc 2>/dev/null || echo 2)

BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools
    qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libssl-dev
    qt6-qpa-plugins libqt6svg6)
# Real trackers and reference readers the integration tests run against, the name server and the
# BitTorrent clients of the namespace tests, the fuzzing toolchain, and what the GUI tests and
# screenshots need.
TEST_PACKAGES=(opentracker nginx openssl python3 python3-libtorrent dnsmasq-base
    transmission-daemon transmission-cli clang libclang-rt-14-dev clang-format xvfb xauth nodejs
    ca-certificates desktop-file-utils appstream dpkg-dev groff-base zlib1g-dev file)
# Packages whose system service must never run here: Transmission's daemon would join the DHT and
# talk to the Internet. The tests start their own copy, inside a network namespace of their own.
SERVICES_KEPT_OFF=(transmission-daemon)

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

install_packages() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    # Node.js may come from elsewhere than Debian (e.g. NodeSource): a working `node` and `npm` are
    # enough. When either is missing, Debian's packages are used (known to work: Debian 12's
    # nodejs 18 with npm 9, and Node.js 20 with npm 10 or 11).
    local wants_node=0
    [[ " $* " == *" nodejs "* ]] && wants_node=1
    if command -v node >/dev/null 2>&1; then
        missing=("${missing[@]/nodejs/}")
    fi
    if [ $wants_node -eq 1 ] && ! command -v npm >/dev/null 2>&1; then
        missing+=(npm)
    fi
    local wanted=()
    for package in "${missing[@]}"; do [ -n "$package" ] && wanted+=("$package"); done
    [ ${#wanted[@]} -eq 0 ] && return 0
    log "installing: ${wanted[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # policy-rc.d (Debian's switch for maintainer scripts) keeps the services from starting during
    # the install; those of SERVICES_KEPT_OFF are then disabled for the next boot too.
    local policy=/usr/sbin/policy-rc.d added_policy=0 status=0
    if [ ! -e $policy ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee $policy >/dev/null
        "${sudo[@]}" chmod 755 $policy
        added_policy=1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" ||
        status=$?
    [ $added_policy -eq 1 ] && "${sudo[@]}" rm -f $policy
    for package in "${SERVICES_KEPT_OFF[@]}"; do
        [[ " ${wanted[*]} " == *" $package "* ]] || continue
        if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
            "${sudo[@]}" systemctl disable --now "$package.service" >/dev/null 2>&1 || true
        elif command -v update-rc.d >/dev/null 2>&1; then
            "${sudo[@]}" update-rc.d "$package" disable >/dev/null 2>&1 || true
        fi
    done
    return $status
}

configure_and_build() { # build-dir, extra cmake arguments...
    local dir=$1
    shift
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel "$JOBS"
}

DEMO_PIDS=()
stop_demo_trackers() {
    local pid
    for pid in "${DEMO_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${DEMO_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}

port_is_free() { # port: true when nothing listens on 127.0.0.1:port (TCP)
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The demo torrent lists trackers on this machine only. Start the ones we can, so that the window
# shows working trackers next to the deliberately dead ones; each is stopped when the window closes.
start_demo_trackers() {
    local directory
    directory=$(mktemp -d /tmp/tracker-inspector-demo.XXXXXX)
    chmod 755 "$directory"
    cp "$ROOT/resources/demo/opentracker-whitelist.txt" "$directory/whitelist.txt"
    if command -v opentracker >/dev/null 2>&1 && port_is_free 6969; then
        opentracker -i 127.0.0.1 -p 6969 -P 6969 -d "$directory" -w whitelist.txt >/dev/null 2>&1 &
        DEMO_PIDS+=($!)
        log "opentracker serves the demo on 127.0.0.1:6969 (HTTP and UDP)"
    fi
    local webtorrent="$ROOT/build-test/tests/webtorrent-tracker"
    if command -v node >/dev/null 2>&1 && [ -d "$webtorrent/node_modules" ] && port_is_free 8000; then
        (cd "$webtorrent" && exec node server.mjs 127.0.0.1 8000 >/dev/null 2>&1) &
        DEMO_PIDS+=($!)
        log "WebTorrent's tracker serves the demo on ws://127.0.0.1:8000"
    fi
    trap stop_demo_trackers EXIT
    sleep 0.5
}

command_demo() {
    install_packages "${BUILD_PACKAGES[@]}" opentracker
    log "building (Release)"
    configure_and_build "$ROOT/build" -DCMAKE_BUILD_TYPE=Release -DTI_BUILD_TESTS=OFF
    start_demo_trackers
    log "starting Tracker Inspector on resources/demo/demo.torrent"
    "$ROOT/build/app/tracker-inspector" "$ROOT/resources/demo/demo.torrent" "$@"
}

command_build() {
    install_packages "${BUILD_PACKAGES[@]}"
    configure_and_build "$ROOT/build" -DCMAKE_BUILD_TYPE=Release -DTI_BUILD_TESTS=OFF
}

# The sanitizer build: clang with AddressSanitizer + UndefinedBehaviorSanitizer, everything (core,
# ui, app, every test) plus the fuzz targets, so that one ctest runs the whole suite under the
# sanitizers and each fuzz target for a bounded time. Without it, a smaller clang build of core and
# the fuzz targets only runs the fuzzers (also under ASan + UBSan). Both clang builds treat
# warnings as errors, like the test build.
run_sanitizer_build() {
    log "building the sanitizer build (clang, ASan + UBSan: everything and the fuzz targets)"
    configure_and_build "$ROOT/build-sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DTI_SANITIZE=ON -DTI_FUZZ=ON -DTI_BUILD_TESTS=ON \
        -DTI_WARNINGS_AS_ERRORS=ON || return 1
    log "running the whole test suite under the sanitizers, and the fuzz targets"
    (cd "$ROOT/build-sanitize" && ctest --output-on-failure --parallel "$JOBS" --timeout 600)
}

run_fuzz_build() {
    log "building the fuzz targets (clang, ASan + UBSan)"
    configure_and_build "$ROOT/build-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DTI_FUZZ=ON -DTI_BUILD_TESTS=OFF \
        -DTI_WARNINGS_AS_ERRORS=ON || return 1
    log "running the fuzz targets for a bounded time each"
    (cd "$ROOT/build-fuzz" && ctest --output-on-failure --parallel "$JOBS" --timeout 600)
}

command_test() {
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    log "building the test build (RelWithDebInfo, warnings are errors)"
    local status=0
    configure_and_build "$ROOT/build-test" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTI_BUILD_TESTS=ON -DTI_WARNINGS_AS_ERRORS=ON || status=1
    if [ $status -eq 0 ]; then
        log "running the test suite"
        (cd "$ROOT/build-test" && ctest --output-on-failure --parallel "$JOBS" --timeout 600) ||
            status=1
    fi
    # TI_SANITIZE=1 (the CI option) runs the whole suite again under the sanitizers, with the
    # fuzzers; the default runs only the fuzzers. See README, "Sanitizers and fuzzing".
    if ! command -v clang++ >/dev/null 2>&1; then
        log "clang++ not found: sanitizer run and fuzz targets skipped"
    elif [ "${TI_SANITIZE:-0}" = 1 ]; then
        run_sanitizer_build || status=1
    else
        run_fuzz_build || status=1
    fi
    if [ $status -ne 0 ]; then
        log "FAILED"
    else
        log "all tests passed"
    fi
    return $status
}

case "${1:-}" in
    demo) shift; command_demo "$@" ;;
    test) command_test ;;
    build) command_build ;;
    *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
