#!/usr/bin/env bash
# ctest.sh - CTest's python_package: pytest on the package in python/ (the source tree) with the
# library and command of the build that CTest runs (SE3TC_LIB, SE3TC_EXE, set by
# tests/CMakeLists.txt). The interpreter: $SE3_PYTHON, else the project's .venv (made by
# scripts/python.sh), else python3. Exits 77 (CTest: skipped) with a message when it lacks a
# module the tests need, so a machine without the Python set-up skips rather than fails.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
py=${SE3_PYTHON:-}
if [ -z "$py" ]; then
    if [ -x "$root/.venv/bin/python" ]; then py=$root/.venv/bin/python; else py=$(command -v python3 || true); fi
fi
if [ -z "$py" ]; then
    echo "python_package: skipped: no Python 3 (scripts/python.sh sets it up)"
    exit 77
fi
missing=$("$py" - <<'PY' 2>/dev/null
import importlib.util
print(" ".join(m for m in ("numpy", "cffi", "ase", "pytest") if importlib.util.find_spec(m) is None))
PY
) || { echo "python_package: skipped: cannot run $py"; exit 77; }
if [ -n "$missing" ]; then
    echo "python_package: skipped: $py lacks $missing (run scripts/python.sh to make .venv with them)"
    exit 77
fi
export PYTHONPATH="$root/python${PYTHONPATH:+:$PYTHONPATH}" PYTHONDONTWRITEBYTECODE=1 SE3_SOURCE_DIR="$root"
echo "python_package: $py, library ${SE3TC_LIB:-(the package's)}, command ${SE3TC_EXE:-(the package's)}"
exec "$py" -m pytest -q -p no:cacheprovider "$root/python/tests"
