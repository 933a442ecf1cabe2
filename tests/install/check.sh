#!/usr/bin/env bash
# check.sh BUILD_DIR - CTest's install_package: install the build into a scratch prefix, then
# build a separate host project against it three ways (the CMake package's shared and static
# targets, and pkg-config) and run each: a version check, and examples/host.c on a model the
# installed se3tc compiles (the same outputs from the shared and the static build). Checks that
# only include/'s headers are installed.
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" >"$scratch/install.log"
[ -x "$prefix/bin/se3tc" ] || { echo "install_package: no bin/se3tc"; exit 1; }
"$prefix/bin/se3tc" --version
installed=$(cd "$prefix/include/se3rt" && ls | sort | tr '\n' ' ')
public=$(cd "$here/../../include" && ls | sort | tr '\n' ' ')
[ "$installed" = "$public" ] || { echo "install_package: installed headers '$installed' != include/ '$public'"; exit 1; }
libdir=$(dirname "$(find "$prefix" -name 'libse3rt.so' | head -1)")
cmake -S "$here" -B "$scratch/consumer" -DCMAKE_PREFIX_PATH="$prefix" >"$scratch/configure.log" 2>&1 ||
    { cat "$scratch/configure.log"; exit 1; }
cmake --build "$scratch/consumer" >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log"; exit 1; }
LD_LIBRARY_PATH=$libdir "$scratch/consumer/consumer_shared"
"$scratch/consumer/consumer_static"
export PKG_CONFIG_PATH=$libdir/pkgconfig
# shellcheck disable=SC2046
cc -o "$scratch/consumer_pc" "$here/consumer.c" $(pkg-config --cflags --libs se3rt)
LD_LIBRARY_PATH=$libdir "$scratch/consumer_pc"
# shellcheck disable=SC2046
cc -o "$scratch/host_pc" "$here/../../examples/host.c" $(pkg-config --cflags --libs se3rt)
"$prefix/bin/se3tc" compile "$here/host_small.spec" -o "$scratch/model" >/dev/null
LD_LIBRARY_PATH=$libdir "$scratch/consumer/host_shared" "$scratch/model/host_small.json" --seed 1 >"$scratch/host_shared.txt"
"$scratch/consumer/host_static" "$scratch/model/host_small.json" --seed 1 >"$scratch/host_static.txt"
LD_LIBRARY_PATH=$libdir "$scratch/host_pc" "$scratch/model/host_small.json" --seed 1 >"$scratch/host_pc.txt"
[ -s "$scratch/host_shared.txt" ] || { echo "install_package: the host printed nothing"; exit 1; }
cmp "$scratch/host_shared.txt" "$scratch/host_static.txt"
cmp "$scratch/host_shared.txt" "$scratch/host_pc.txt"
echo "install_package: CMake package (shared, static) and pkg-config hosts built and ran; host.c gave $(wc -l <"$scratch/host_shared.txt") identical lines each way"
