"""se3tc.ase.SE3Calculator on periodic cells: a crystal and its 2 x 2 x 2 supercell give the
same energy per atom, forces and stress, wrapping atoms across the boundary changes nothing,
forces match differences of the energy, and the stress matches differences of the energy
under strain (ASE's sign and Voigt order)."""
import os

import ase
import numpy as np
import pytest

import se3tc
from se3tc.ase import SE3Calculator
from conftest import ROOT


@pytest.fixture(scope="module")
def energy_model():
    """The shipped specs/tiny_energy.spec: radius 3 Å, every layer kind, an extensive
    `kind=energy` output (sum over atoms with reference energies), so stress is defined."""
    return se3tc.Model.from_spec(os.path.join(ROOT, "specs", "tiny_energy.spec"), seed=5)

# a triclinic cell smaller than tiny_energy's cut-off (3.0 Å), so a neighbour appears through
# several images, with one open direction in the slab case
CELL = np.array([[2.6, 0.0, 0.0], [0.7, 2.4, 0.0], [-0.3, 0.5, 2.8]])


def crystal(pbc=True):
    frac = np.array([[0.05, 0.1, 0.0], [0.45, 0.6, 0.55], [0.7, 0.2, 0.35]])
    return ase.Atoms("OHH", scaled_positions=frac, cell=CELL, pbc=pbc)


def calc(energy_model):
    return SE3Calculator(energy_model)


def test_supercell_matches(energy_model):
    a = crystal()
    a.calc = calc(energy_model)
    e, f = a.get_potential_energy(), a.get_forces()
    big = a.repeat((2, 2, 2))
    big.calc = calc(energy_model)
    assert big.get_potential_energy() == pytest.approx(8 * e, rel=1e-12)
    np.testing.assert_allclose(big.get_forces(), np.tile(f, (8, 1)), rtol=1e-10, atol=1e-12)
    assert np.abs(f).max() > 1e-4  # a real test: the forces are not all zero
    np.testing.assert_allclose(big.get_stress(), a.get_stress(), rtol=1e-9, atol=1e-12)


def test_wrapping_changes_nothing(energy_model):
    a = crystal()
    a.calc = calc(energy_model)
    e, f = a.get_potential_energy(), a.get_forces()
    b = a.copy()
    b.set_positions(a.get_positions() + 1.3 * CELL[0] - 2.0 * CELL[2] + [0.0, 0.0, 0.0])
    b.calc = calc(energy_model)
    assert b.get_potential_energy() == pytest.approx(e, rel=1e-12)
    np.testing.assert_allclose(b.get_forces(), f, rtol=1e-10, atol=1e-12)
    # an open system is a different system: turning periodicity off changes the energy
    o = a.copy()
    o.pbc = False
    o.calc = calc(energy_model)
    assert abs(o.get_potential_energy() - e) > 1e-6


@pytest.mark.parametrize("pbc", [True, (True, True, False)])
def test_forces_against_differences(energy_model, pbc):
    a = crystal(pbc)
    a.calc = calc(energy_model)
    f = a.get_forces()
    h = 1e-4   # the energy holds -2068 eV of reference energies: smaller steps drown in rounding
    for i, k in [(0, 0), (1, 2), (2, 1)]:
        es = []
        for s in (+1, -1):
            p = a.copy()
            x = p.get_positions()
            x[i, k] += s * h
            p.set_positions(x)
            p.calc = calc(energy_model)
            es.append(p.get_potential_energy())
        assert f[i, k] == pytest.approx(-(es[0] - es[1]) / (2 * h), rel=1e-6, abs=1e-8)


@pytest.mark.parametrize("pbc", [True, (True, True, False)])
def test_stress_against_strain(energy_model, pbc):
    """sigma = (1/V) dE/d(strain), V = |det(cell)|, for a bulk cell and for a slab (whose open
    direction is strained with the atoms, as ASE's set_cell(scale_atoms=True) does)."""
    a = crystal(pbc)
    a.calc = calc(energy_model)
    s = a.get_stress(voigt=False)
    assert np.abs(s).max() > 1e-5
    v = a.get_volume()
    h = 1e-4   # the energy holds -2068 eV of reference energies: smaller steps drown in rounding
    for i, j in [(0, 0), (1, 1), (2, 2), (0, 1), (1, 2), (0, 2)]:
        es = []
        for sg in (+1, -1):
            eps = np.zeros((3, 3))
            eps[i, j] += sg * h
            eps[j, i] += sg * h if i != j else 0.0
            p = a.copy()
            p.set_cell(a.cell[:] @ (np.eye(3) + eps), scale_atoms=True)
            p.calc = calc(energy_model)
            es.append(p.get_potential_energy())
        de = (es[0] - es[1]) / (2 * h)   # = V * (s_ij + s_ji) off the diagonal, V * s_ii on it
        want = v * (s[i, j] + s[j, i]) if i != j else v * s[i, i]
        assert de == pytest.approx(want, rel=1e-6, abs=1e-8)
