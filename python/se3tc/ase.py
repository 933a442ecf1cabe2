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
ASE's (energy in eV, lengths in Å). Periodic cells are refused, as by the runtime.
"""
import numpy as np
from ase.calculators.calculator import Calculator, all_changes

from .model import Model


class SE3Calculator(Calculator):
    implemented_properties = ["energy", "free_energy", "energies", "forces"]

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
        if np.any(a.pbc):
            raise NotImplementedError("SE3Calculator: periodic cells are not supported by se3tc yet")
        m = self.model
        pos = a.get_positions()
        props = self._properties(a)
        self._inputs = {k: np.array(v, copy=True) for k, v in props.items()}
        node_in = m.node_inputs(pos, species=a.get_chemical_symbols(), properties=props)
        energies, forces, out = m.energy_forces_at(self.energy_col, pos, node_in)
        e = float(energies[0])
        self.results = {"energy": e, "free_energy": e, "forces": forces}
        if not m.out_per_graph:
            self.results["energies"] = out[:, self.energy_col].copy()
