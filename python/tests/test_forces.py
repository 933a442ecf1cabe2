"""Forces -dE/dx from the generated backward against central differences of the energy, the
vector-Jacobian product against differences of the outputs, and equivariance: rotating the
positions (and the degree-1 inputs) rotates the forces and leaves the energy unchanged."""
import numpy as np
import pytest

import os

from conftest import ROOT, cluster, random_rotation


def props_of(rng, n):
    return {"s": rng.normal(size=(n, 2)), "v": rng.normal(size=(n, 3))}


def test_forces_match_finite_differences(attention):
    rng = np.random.default_rng(11)
    sizes = [5, 6]
    pos = np.concatenate([cluster(rng, n) for n in sizes])
    gp = np.cumsum([0] + sizes)
    node_in = attention.node_inputs(pos, properties=props_of(rng, len(pos)))
    E, F, out = attention.energy_forces(pos, node_in, gp, energy="e")
    assert E.shape == (2,) and F.shape == pos.shape
    np.testing.assert_allclose(E, [out[0:5, 0].sum(), out[5:11, 0].sum()], rtol=1e-14)
    np.testing.assert_array_equal(out, attention.forward(pos, node_in, gp))
    h = 1e-5
    fd = np.zeros_like(pos)
    for i in range(len(pos)):
        for k in range(3):
            p, q = pos.copy(), pos.copy()
            p[i, k] += h
            q[i, k] -= h
            fd[i, k] = -(attention.energy_forces(p, node_in, gp, energy="e")[0].sum()
                         - attention.energy_forces(q, node_in, gp, energy="e")[0].sum()) / (2 * h)
    assert np.abs(F).max() > 1e-3
    np.testing.assert_allclose(F, fd, rtol=1e-6, atol=1e-8)


def test_vjp_inputs_and_weights(attention):
    rng = np.random.default_rng(12)
    pos = cluster(rng, 5)
    node_in = attention.node_inputs(pos, properties=props_of(rng, 5))
    dout = rng.normal(size=(5, attention.out_dim))
    out, dparams, dnode, dpos = attention.vjp(pos, dout, node_in)
    L = lambda o: float(np.sum(o * dout))  # noqa: E731
    h = 1e-6
    for (i, c) in [(0, 0), (3, 2), (4, 4)]:
        a, b = node_in.copy(), node_in.copy()
        a[i, c] += h
        b[i, c] -= h
        fd = (L(attention.forward(pos, a)) - L(attention.forward(pos, b))) / (2 * h)
        np.testing.assert_allclose(dnode[i, c], fd, rtol=1e-6, atol=1e-8)
    w = attention.get_params()
    try:
        for k in rng.choice(len(w), 4, replace=False):
            a, b = w.copy(), w.copy()
            a[k] += h
            b[k] -= h
            attention.set_params(a)
            la = L(attention.forward(pos, node_in))
            attention.set_params(b)
            lb = L(attention.forward(pos, node_in))
            np.testing.assert_allclose(dparams[k], (la - lb) / (2 * h), rtol=1e-5, atol=1e-8)
    finally:
        attention.set_params(w)


def test_forces_are_equivariant(attention):
    rng = np.random.default_rng(13)
    pos = cluster(rng, 6)
    props = props_of(rng, 6)
    E, F, out = attention.energy_forces(pos, properties=props, energy="e")
    R = random_rotation(rng)
    t = rng.normal(size=3)
    rprops = {"s": props["s"], "v": props["v"] @ R.T}
    E2, F2, out2 = attention.energy_forces(pos @ R.T + t, properties=rprops, energy="e")
    np.testing.assert_allclose(E2, E, rtol=1e-12)
    np.testing.assert_allclose(F2, F @ R.T, rtol=1e-10, atol=1e-12)
    # the degree-1 output f rotates with the frame too
    f, f2 = attention.split_outputs(out)["f"], attention.split_outputs(out2)["f"]
    np.testing.assert_allclose(f2, f @ R.T, rtol=1e-10, atol=1e-12)
    assert np.abs(F).max() > 1e-3


def test_f32_model_forces(attention):
    """The same weights compiled in f32: energy and forces agree with f64 to single precision."""
    import se3tc
    from conftest import spec

    m32 = se3tc.Model.from_spec(spec("tiny_attention"), precision="f32", seed=3)
    assert m32.precision == "f32" and m32.has_grad
    np.testing.assert_array_equal(m32.get_params(), attention.get_params())
    rng = np.random.default_rng(14)
    pos = cluster(rng, 6)
    props = props_of(rng, 6)
    E, F, _ = attention.energy_forces(pos, properties=props, energy="e")
    E32, F32, _ = m32.energy_forces(pos, properties=props, energy="e")
    assert E32[0] != E[0]  # it really ran in single precision
    np.testing.assert_allclose(E32, E, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(F32, F, rtol=1e-4, atol=1e-5)


@pytest.fixture(scope="module")
def reference_model():
    """specs/tiny_energy.spec (not the tests' own tiny_energy): a pooled energy with reference
    energies H -13.6, O -2041.3."""
    import se3tc
    return se3tc.Model.from_spec(os.path.join(ROOT, "specs", "tiny_energy.spec"), seed=5)


def test_reference_energies_switch(reference_model):
    """Off, each graph's energy loses exactly the sum of its atoms' reference energies; the
    forces do not change."""
    energy_model = reference_model
    rng = np.random.default_rng(15)
    pos = np.concatenate([cluster(rng, 4, spread=0.9), cluster(rng, 3, spread=0.9)])
    gp = np.array([0, 4, 7])
    species = ["O", "H", "H", "O", "H", "O", "H"]
    E, F, _ = energy_model.energy_forces(pos, graph_ptr=gp, species=species)
    try:
        energy_model.set_reference_energies(False)
        E0, F0, _ = energy_model.energy_forces(pos, graph_ptr=gp, species=species)
    finally:
        energy_model.set_reference_energies(True)
    ref = np.array([-2041.3 * 2 - 13.6 * 2, -2041.3 - 13.6 * 2])
    np.testing.assert_allclose(E - E0, ref, rtol=1e-12)
    np.testing.assert_allclose(F0, F, rtol=1e-12, atol=1e-14)
    assert np.abs(F).max() > 1e-3
    np.testing.assert_array_equal(energy_model.energy_forces(pos, graph_ptr=gp, species=species)[0], E)


def test_grad_keep_bound(attention):
    """With nothing kept (set_grad_keep(0)) attention's backward recomputes its keys and values:
    the same gradients to rounding."""
    rng = np.random.default_rng(16)
    pos = cluster(rng, 6)
    node_in = attention.node_inputs(pos, properties=props_of(rng, 6))
    dout = rng.normal(size=(6, attention.out_dim))
    out, dparams, dnode, dpos = attention.vjp(pos, dout, node_in)
    try:
        attention.set_grad_keep(0)
        out0, dparams0, dnode0, dpos0 = attention.vjp(pos, dout, node_in)
    finally:
        attention.set_grad_keep(64 << 20)
    np.testing.assert_array_equal(out0, out)
    assert np.abs(dparams).max() > 1e-3
    for a, b in ((dparams0, dparams), (dnode0, dnode), (dpos0, dpos)):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-13 * np.abs(b).max())
    with pytest.raises(ValueError):
        attention.set_grad_keep(-1)
