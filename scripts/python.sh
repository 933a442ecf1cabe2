#!/usr/bin/env bash
# python.sh - set up Python for se3tc (docs/python.md): a virtual environment, .venv by default
# (SE3_VENV overrides), with numpy, cffi, ase and pytest from PyPI and the package itself.
#   scripts/python.sh              the whole set-up: the modules and `pip install .` (builds the
#                                  command and libse3rt into the package; a minute or two)
#   scripts/python.sh --deps-only  only the modules CTest's python_package needs (it tests the
#                                  package in python/ against the build tree); does nothing when
#                                  they are there already
# Then: .venv/bin/python -c 'import se3tc', or `. .venv/bin/activate`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${SE3_VENV:-$root/.venv}
python=${PYTHON:-python3}
deps_only=0
[ "${1:-}" = "--deps-only" ] && deps_only=1
modules=(numpy cffi ase pytest)
pip_opts=(--disable-pip-version-check --quiet --timeout 30 --retries 2)

have_modules() {
    local IFS=,
    [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import ${modules[*]}" 2>/dev/null
}

if [ $deps_only -eq 1 ] && have_modules; then
    exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
        # Debian's python3 makes virtual environments only with python3-venv
        if command -v apt-get >/dev/null; then
            sudo=""
            [ "$(id -u)" -eq 0 ] || sudo="sudo"
            echo "python.sh: installing python3-venv"
            $sudo apt-get update -qq
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-venv
        fi
    fi
    echo "python.sh: making $venv"
    "$python" -m venv "$venv"
fi
echo "python.sh: installing ${modules[*]} into $venv"
"$venv/bin/python" -m pip install "${pip_opts[@]}" "${modules[@]}"
if [ $deps_only -eq 0 ]; then
    "$root/scripts/install-deps.sh"      # the C build's tools and libraries
    echo "python.sh: pip install $root (the package with the se3tc command and libse3rt)"
    "$venv/bin/python" -m pip install "${pip_opts[@]}" "$root"
    "$venv/bin/python" -c 'import se3tc; print("python.sh: se3tc", se3tc.version(), "in", se3tc.__file__)'
fi
