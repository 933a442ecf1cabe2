"""The se3tc command behind the package: compiling specs and training run it as a program.

The runtime library has no compiler in it (the compiler is a separate C library that only the
command links), so a spec becomes a model by `se3tc compile --grad`, and training is
`se3tc train`. The command is found, in order: $SE3TC_EXE, the copy the wheel ships beside this
file (_bin/se3tc), `se3tc` on the PATH (which may be this package's own entry point: that one
runs the shipped copy, so it is only used when there is none).
"""
import os
import shutil
import subprocess

_here = os.path.dirname(os.path.abspath(__file__))


class Se3tcError(RuntimeError):
    """A failure of the se3tc command or of libse3rt: the one-line message it gave."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


def bundled_executable():
    """The se3tc binary the wheel ships, or None."""
    p = os.path.join(_here, "_bin", "se3tc")
    return p if os.access(p, os.X_OK) else None


def executable():
    """The se3tc command the package runs (see the module's text for the order)."""
    env = os.environ.get("SE3TC_EXE")
    if env:
        return env
    p = bundled_executable()
    if p:
        return p
    p = shutil.which("se3tc")
    if p:
        return p
    raise Se3tcError("se3tc: the se3tc command was not found: install the package with `pip install .` "
                     "from the se3tc clone, or set SE3TC_EXE to build/bin/se3tc")


def run(args, *, quiet=False):
    """Run `se3tc ARGS...` (a list, never through a shell); raise Se3tcError with its error
    lines when it fails. Returns its standard output."""
    cmd = [executable()] + [os.fspath(a) for a in args]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE if quiet else None,
                       text=True, check=False)
    if r.returncode != 0:
        err = (r.stderr or "").strip()
        raise Se3tcError(err or f"se3tc {args[0]} failed with exit code {r.returncode}")
    return r.stdout


def compile_spec(spec, out_dir, *, precision=None, grad=True):
    """`se3tc compile SPEC -o OUT_DIR [--grad] [--precision P]`: writes OUT_DIR/NAME.c,
    NAME.cu and NAME.json; returns the path of NAME.json."""
    args = ["compile", spec, "-o", out_dir]
    if grad:
        args.append("--grad")
    if precision is not None:
        if precision not in ("f32", "f64"):
            raise ValueError(f"precision must be 'f32' or 'f64', not {precision!r}")
        args += ["--precision", precision]
    run(args, quiet=True)
    jsons = [f for f in os.listdir(out_dir) if f.endswith(".json")]
    if len(jsons) != 1:
        raise Se3tcError(f"se3tc compile {spec}: expected one manifest in {out_dir}, found {jsons}")
    return os.path.join(out_dir, jsons[0])
