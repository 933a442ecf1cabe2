"""se3tc: SE(3)-Transformers compiled by se3tc, run from Python (docs/python.md).

    import se3tc
    m = se3tc.Model.from_spec("specs/tiny_attention.spec", seed=1)
    out = m.forward(positions, properties={"s": s, "v": v})        # rows x out_dim
    energies, forces, _ = m.energy_forces(positions, properties=..., energy="e")

se3tc.Model wraps libse3rt's C API through cffi; compiling a spec and training run the se3tc
command the package ships (se3tc.train); se3tc.ase.SE3Calculator is an ASE calculator.
"""
from ._tools import Se3tcError, compile_spec, executable
from .model import ELEMENTS, Model
from .train import TrainResult, train


def version():
    """The version of the libse3rt the package opened (SE3RT_VERSION_STRING)."""
    from . import _ffi
    return _ffi.ffi.string(_ffi.lib().se3rt_version()).decode()


__all__ = ["Model", "Se3tcError", "TrainResult", "compile_spec", "executable", "train", "version", "ELEMENTS"]
