# shellcheck shell=bash
# Shared helpers for scripts/*: sourced, never run. Defines CV_ROOT (the
# repository root) and a few functions; changes no shell options of its own.

CV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CV_PROG=${CV_PROG:-$(basename "$0")}

# Messages go to stderr with the script's name, so that stdout stays the
# command's own (CTest's, a benchmark's).
cv_say() { printf '%s: %s\n' "$CV_PROG" "$*" >&2; }
cv_die() {
    printf '%s: error: %s\n' "$CV_PROG" "$*" >&2
    exit 1
}

# Parallel build jobs: COACHVAULT_JOBS, else one per core (2 on our machines).
cv_jobs() { printf '%s\n' "${COACHVAULT_JOBS:-$(nproc 2>/dev/null || echo 2)}"; }

# cv_configure PRESET
# Configures the CMake preset: always, since a preset's cache variables only
# apply at configure time, and re-configuring a configured tree takes a second.
cv_configure() {
    local preset=$1
    cd "$CV_ROOT" || exit 1
    cv_say "configuring preset '$preset' (build/$preset)"
    # CMake's progress chatter goes to a log; its warnings and errors (stderr)
    # show as they come.
    mkdir -p "build/$preset"
    if ! cmake --preset "$preset" >"build/$preset/configure.log"; then
        cat "build/$preset/configure.log" >&2
        cv_die "configuring preset '$preset' failed"
    fi
}

# cv_build PRESET [TARGET...]
# Builds the given targets of a configured preset, or everything, and says how
# long it took.
cv_build() {
    local preset=$1
    shift
    local start=$SECONDS targets=()
    if (($# > 0)); then targets=(--target "$@"); fi
    cd "$CV_ROOT" || exit 1
    cv_say "building preset '$preset'${1:+ (targets: $*)} with $(cv_jobs) jobs"
    cmake --build --preset "$preset" --parallel "$(cv_jobs)" "${targets[@]}" ||
        cv_die "building preset '$preset' failed"
    cv_say "preset '$preset' built in $((SECONDS - start)) s"
}

# cv_deps: installs whatever is missing (scripts/deps), unless
# COACHVAULT_SKIP_DEPS=1.
cv_deps() {
    if [[ ${COACHVAULT_SKIP_DEPS:-0} == 1 ]]; then
        cv_say "COACHVAULT_SKIP_DEPS=1: not checking packages"
        return 0
    fi
    "$CV_ROOT/scripts/deps" || cv_die "installing dependencies failed (scripts/deps)"
}
