# clang.sh - sourced by the fuzz scripts: sets CLANG to a clang that has libFuzzer, installing
# Debian's clang (apt-get, as root or through sudo) when none is on PATH.
CLANG=${CLANG:-}
if [ -z "$CLANG" ]; then
    for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
        if command -v "$c" >/dev/null 2>&1; then CLANG=$c; break; fi
    done
fi
if [ -z "$CLANG" ]; then
    echo "fuzz: clang not found; installing Debian's clang" >&2
    if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
    $sudo apt-get update -q && $sudo apt-get install -y -q clang || {
        echo "fuzz: could not install clang; install it (apt-get install clang) and retry" >&2
        exit 1
    }
    CLANG=clang
fi
