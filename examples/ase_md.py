"""Molecular dynamics with ASE on a se3tc model (docs/python.md): two water molecules, the
per-atom energy model of python/tests/data/tiny_energy.spec with its seeded initial weights (give
trained weights with --weights), 200 steps of velocity Verlet; prints the energies as it goes. The total energy stays within about
1e-3 eV: the radial nets and norms use ReLU, whose kinks make the forces jump a little.

    .venv/bin/python examples/ase_md.py [--weights W.safetensors] [--steps N]
"""
import argparse
import os

import numpy as np
from ase import Atoms, units
from ase.md.verlet import VelocityVerlet

from se3tc.ase import SE3Calculator

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--spec", default=os.path.join(root, "python", "tests", "data", "tiny_energy.spec"))
ap.add_argument("--weights", default=None)
ap.add_argument("--steps", type=int, default=200)
args = ap.parse_args()

atoms = Atoms("OH2OH2", positions=[[0.0, 0.0, 0.0], [0.96, 0.0, 0.0], [-0.24, 0.93, 0.0],
                                   [2.9, 0.0, 0.0], [3.4, 0.8, 0.0], [3.4, -0.8, 0.0]])
atoms.calc = SE3Calculator(args.spec, weights=args.weights, seed=1)
atoms.set_momenta(np.random.default_rng(0).normal(size=(6, 3)) * np.sqrt(atoms.get_masses()[:, None] * units.kB * 300))
dyn = VelocityVerlet(atoms, timestep=0.25 * units.fs)
e0 = atoms.get_total_energy()


def report():
    epot, ekin = atoms.get_potential_energy(), atoms.get_kinetic_energy()
    print(f"step {dyn.nsteps:4d}  Epot {epot: .6f} eV  Ekin {ekin: .6f} eV  Etot {epot + ekin: .6f} eV"
          f"  drift {epot + ekin - e0: .2e} eV")


dyn.attach(report, interval=max(args.steps // 10, 1))
dyn.run(args.steps)
