#!/usr/bin/env bash
# install-deps.sh - install what a fresh Debian 12 machine lacks to build and test se3tc.
# Runs apt-get only when a package is missing; needs root (or sudo) in that case.
set -euo pipefail
pkgs=(cmake make gcc pkg-config flex bison check libsubunit-dev libcjson-dev libyaml-dev)
missing=()
for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
