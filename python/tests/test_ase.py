"""se3tc.ase.SE3Calculator: energy and forces of an Atoms object as the model gives them,
forces against differences of the calculator's energy, rotation, and a short NVE run with
ASE's velocity Verlet that keeps the total energy."""
import ase
import numpy as np
import pytest
from ase import units
from ase.calculators.calculator import PropertyNotImplementedError
from ase.md.verlet import VelocityVerlet

from se3tc.ase import SE3Calculator
from conftest import cluster, random_rotation, spec


def molecule(rng):
    return ase.Atoms("OH2OH2", positions=cluster(rng, 6, spread=0.9))


def test_energy_and_forces(energy_model):
    rng = np.random.default_rng(21)
    atoms = molecule(rng)
    atoms.calc = SE3Calculator(energy_model)
    e = atoms.get_potential_energy()
    f = atoms.get_forces()
    E, F, out = energy_model.energy_forces(atoms.get_positions(), species=atoms.get_chemical_symbols())
    assert e == pytest.approx(E[0], rel=1e-14)
    np.testing.assert_allclose(f, F, rtol=1e-14)
    np.testing.assert_allclose(atoms.calc.results["energies"].sum(), e, rtol=1e-12)
    assert np.abs(f).max() > 1e-3
    # the elements reach the model: swapping two atoms' species changes the energy
    swapped = atoms.copy()
    swapped.set_chemical_symbols(["H", "O", "H", "O", "H", "H"])
    swapped.calc = SE3Calculator(energy_model)
    assert abs(swapped.get_potential_energy() - e) > 1e-6
    # forces against central differences of the calculator's energy
    h = 1e-5
    for i, k in [(0, 0), (2, 1), (5, 2)]:
        p = atoms.copy()
        p.calc = SE3Calculator(energy_model)
        x = p.get_positions()
        x[i, k] += h
        p.set_positions(x)
        ep = p.get_potential_energy()
        x[i, k] -= 2 * h
        p.set_positions(x)
        em = p.get_potential_energy()
        assert f[i, k] == pytest.approx(-(ep - em) / (2 * h), rel=1e-6, abs=1e-8)


def test_rotation(energy_model):
    rng = np.random.default_rng(22)
    atoms = molecule(rng)
    atoms.calc = SE3Calculator(energy_model)
    e, f = atoms.get_potential_energy(), atoms.get_forces()
    R = random_rotation(rng)
    rot = atoms.copy()
    rot.set_positions(atoms.get_positions() @ R.T + [0.3, -1.0, 2.0])
    rot.calc = SE3Calculator(energy_model)
    assert rot.get_potential_energy() == pytest.approx(e, rel=1e-12)
    np.testing.assert_allclose(rot.get_forces(), f @ R.T, rtol=1e-10, atol=1e-12)


def test_from_spec_path_and_md():
    rng = np.random.default_rng(23)
    atoms = molecule(rng)
    atoms.calc = SE3Calculator(spec("tiny_energy"), seed=5)  # compiled by the calculator
    # thermal momenta at about 300 K
    atoms.set_momenta(np.random.default_rng(0).normal(size=(6, 3))
                      * np.sqrt(atoms.get_masses()[:, None] * units.kB * 300))
    e0 = atoms.get_total_energy()
    dyn = VelocityVerlet(atoms, timestep=0.1 * units.fs)
    totals = []
    dyn.attach(lambda: totals.append(atoms.get_total_energy()), interval=1)
    dyn.run(40)
    totals = np.array(totals)
    moved = np.abs(atoms.get_positions() - molecule(np.random.default_rng(23)).get_positions()).max()
    assert moved > 1e-4  # the atoms moved
    assert np.isfinite(totals).all()
    # energy is kept to a small fraction of the kinetic energy (measured: drift 4e-5 eV with
    # kinetic 0.18 eV; 3e-2 eV when the forces' sign is flipped)
    assert np.abs(totals - e0).max() < 1e-2 * max(atoms.get_kinetic_energy(), 1e-3)


def test_periodic_without_energy_output(energy_model):
    """A periodic cell works with a per-atom energy column (energy and forces from the periodic
    graph, unlike the open molecule's), but stress needs the spec's kind=energy output."""
    atoms = molecule(np.random.default_rng(24))
    atoms.calc = SE3Calculator(energy_model)
    open_e = atoms.get_potential_energy()
    atoms.set_cell([6, 6, 6])
    atoms.set_pbc(True)
    atoms.calc = SE3Calculator(energy_model)
    assert abs(atoms.get_potential_energy() - open_e) > 1e-6   # the images are seen
    assert np.isfinite(atoms.get_forces()).all()
    with pytest.raises(PropertyNotImplementedError, match="kind=energy"):
        atoms.get_stress()


def test_property_inputs(attention):
    """A model with per-atom property inputs reads them from atoms.arrays (or `properties`),
    and a new value there is a new calculation."""
    rng = np.random.default_rng(25)
    atoms = ase.Atoms("X5", positions=cluster(rng, 5))
    atoms.arrays["s"] = rng.normal(size=(5, 2))
    atoms.arrays["v"] = rng.normal(size=(5, 3))
    atoms.calc = SE3Calculator(attention, energy="e")
    e = atoms.get_potential_energy()
    E, F, _ = attention.energy_forces(atoms.get_positions(), properties={"s": atoms.arrays["s"],
                                                                         "v": atoms.arrays["v"]}, energy="e")
    assert e == pytest.approx(E[0], rel=1e-14)
    atoms.arrays["s"][0, 0] += 0.5
    assert abs(atoms.get_potential_energy() - e) > 1e-8
    other = atoms.copy()
    del other.arrays["v"]
    other.calc = SE3Calculator(attention, energy="e", properties={"v": lambda a: atoms.arrays["v"]})
    assert other.get_potential_energy() == pytest.approx(atoms.get_potential_energy(), rel=1e-14)
    del other.arrays["s"]
    with pytest.raises(ValueError, match="atoms.arrays\\['s'\\]"):
        other.calc = SE3Calculator(attention, energy="e")
        other.get_potential_energy()
