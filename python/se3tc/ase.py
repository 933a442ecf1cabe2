"""se3tc.ase.SE3Calculator: an ASE calculator over a se3tc model (energy and forces).

    from se3tc.ase import SE3Calculator
    atoms.calc = SE3Calculator("model.spec", weights="ckpt/weights.safetensors", energy="energy")
    atoms.get_potential_energy(); atoms.get_forces()

The energy is one output column of the model: a per-graph scalar, or a per-node one summed
over the atoms (then the per-atom values are the `energies` property). Forces are -dE/dx from
the model's generated backward (se3rt_model_grad), so the spec is compiled with --grad. Inputs
come from the Atoms: species(...) and atomic_number inputs from the chemical symbols, property
inputs from atoms.arrays[FIELD] (or from `properties`, a dict of FIELD -> array or
callable(atoms) -> array), positions for pos.z / pos.xy. The model's units are taken to be
ASE's (energy in eV, lengths in Å).

Periodic cells (atoms.pbc, atoms.cell; any cell shape, any mix of periodic and open
directions) build the model's periodic graph (docs/graphs.md). `stress` (ASE's Voigt order
xx yy zz yz xz xy, eV/Å^3, positive when the energy rises under expansion) is available when
the calculator's energy is the spec's `kind=energy` output and the cell has a periodic
direction (se3rt_model_energy_forces_stress: (1/V) dE/d(strain), V = |det(cell)|, as for slabs too).
"""
import numpy as np
from ase.calculators.calculator import Calculator, PropertyNotImplementedError, all_changes

from .model import Model


class SE3Calculator(Calculator):
    implemented_properties = ["energy", "free_energy", "energies", "forces", "stress"]

    def __init__(self, model, *, energy=None, column=0, properties=None, weights=None, seed=None,
                 precision=None, threads=None, **kwargs):
        """model: a se3tc.Model, a spec path (compiled with --grad) or a NAME.json path.
        energy/column: the output field and its column read as the energy (default: the
        field 'energy', else the only one-column scalar output). weights/seed/precision/
        threads: how a model given by path is loaded."""
        super().__init__(**kwargs)
        if isinstance(model, Model):
            self.model = model
        else:
            path = str(model)
            load = Model.open if path.endswith(".json") else Model.from_spec
            extra = {} if path.endswith(".json") else {"precision": precision}
            self.model = load(path, weights=weights, seed=seed, threads=threads, **extra)
        self.energy_col = self.model.energy_column(energy, column)
        self.input_properties = dict(properties or {})

    def _properties(self, atoms):
        props = {}
        for field in self.model.input_fields():
            src = self.input_properties.get(field, field)
            if callable(src):
                props[field] = src(atoms)
            elif isinstance(src, str):
                if src not in atoms.arrays:
                    raise ValueError(f"SE3Calculator: input '{field}' needs atoms.arrays['{src}'] "
                                     f"({self.model.input_fields()[field]} columns per atom)")
                props[field] = atoms.arrays[src]
            else:
                props[field] = src
        return props

    def check_state(self, atoms, tol=1e-15):
        """ASE's checks (positions, numbers, cell, ...), and the property inputs too: a new
        value in atoms.arrays['s'] is a new state."""
        changes = super().check_state(atoms, tol)
        if not changes and getattr(self, "_inputs", None) is not None:
            new = self._properties(atoms)
            if any(not np.array_equal(np.asarray(new[k]), self._inputs[k]) for k in new):
                changes = ["model inputs"]
        return changes

    def calculate(self, atoms=None, properties=("energy",), system_changes=all_changes):
        super().calculate(atoms, properties, system_changes)
        a = self.atoms
        m = self.model
        pos = a.get_positions()
        props = self._properties(a)
        self._inputs = {k: np.array(v, copy=True) for k, v in props.items()}
        node_in = m.node_inputs(pos, species=a.get_chemical_symbols(), properties=props)
        periodic = bool(np.any(a.pbc))
        cell = np.array(a.cell[:], dtype=np.float64) if periodic else None
        pbc = np.array(a.pbc, dtype=bool) if periodic else None
        energies, forces, out = m.energy_forces_at(self.energy_col, pos, node_in, cell=cell, pbc=pbc)
        e = float(energies[0])
        self.results = {"energy": e, "free_energy": e, "forces": forces}
        if "stress" in properties:
            self.results["stress"] = self._stress(a, pos, node_in, cell, pbc, e)
        if not m.out_per_graph:
            self.results["energies"] = out[:, self.energy_col].copy()

    def _stress(self, a, pos, node_in, cell, pbc, e):
        """ASE's Voigt stress (xx yy zz yz xz xy) of the spec's energy output."""
        m = self.model
        if cell is None:
            raise PropertyNotImplementedError("SE3Calculator: stress needs a periodic cell")
        name = m.energy_output()
        if name is None or m.output_column(name, 0) != self.energy_col:
            raise PropertyNotImplementedError("SE3Calculator: stress is the derivative of the spec's kind=energy "
                                              "output, and this calculator reads another column")
        energies, _, st = m.energy_forces_stress(pos, node_in, cell=cell, pbc=pbc)
        if not np.isclose(energies[0], e, rtol=1e-12, atol=1e-12):
            raise RuntimeError("SE3Calculator: the energy output and the energy column disagree")
        s = st[0]
        return np.array([s[0, 0], s[1, 1], s[2, 2], s[1, 2], s[0, 2], s[0, 1]])
