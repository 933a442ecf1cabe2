"""`se3tc ...` (the wheel's console script) and `python -m se3tc ...`: runs the se3tc command
the package ships, with the same arguments."""
import os
import sys

from ._tools import Se3tcError, bundled_executable


def main():
    exe = os.environ.get("SE3TC_EXE") or bundled_executable()
    if not exe:
        sys.stderr.write("se3tc: this installation ships no se3tc binary (set SE3TC_EXE)\n")
        return 2
    try:
        os.execv(exe, [exe] + sys.argv[1:])
    except OSError as e:
        raise Se3tcError(f"se3tc: cannot run {exe}: {e}") from e


if __name__ == "__main__":
    sys.exit(main())
