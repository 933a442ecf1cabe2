"""Shared fixtures of the Python package's tests (docs/python.md, "Tests").

The tests use the package in python/ with the library and command named by SE3TC_LIB and
SE3TC_EXE (CTest's python_package sets both to the build tree's), or an installed package."""
import os

import numpy as np
import pytest

import se3tc

ROOT = os.environ.get("SE3_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def spec(name):
    """A shipped spec (specs/NAME.spec) or one of the tests' (python/tests/data/NAME.spec)."""
    p = os.path.join(DATA, name + ".spec")
    return p if os.path.exists(p) else os.path.join(ROOT, "specs", name + ".spec")


def random_rotation(rng):
    q, r = np.linalg.qr(rng.normal(size=(3, 3)))
    q *= np.sign(np.diag(r))
    if np.linalg.det(q) < 0:
        q[:, 0] = -q[:, 0]
    return q


@pytest.fixture(scope="session")
def attention():
    """tiny_attention (radius graph, per-node outputs e: 1x0 and f: 1x1; inputs s: 2x0, v: 1x1)."""
    return se3tc.Model.from_spec(spec("tiny_attention"), seed=3)


@pytest.fixture(scope="session")
def energy_model():
    return se3tc.Model.from_spec(spec("tiny_energy"), seed=5)


def cluster(rng, n, spread=1.0):
    """n points with every distance between 0.5 and 3 (inside both test radii)."""
    while True:
        x = rng.normal(scale=spread, size=(n, 3))
        d = np.linalg.norm(x[:, None] - x[None], axis=-1)[np.triu_indices(n, 1)]
        if d.min() > 0.5 and d.max() < 2.9:
            return x
