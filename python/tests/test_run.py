"""Outputs of se3tc.Model against `se3tc run` on the same frames (f64 and f32, per-node and
per-graph outputs), Model.open against Model.from_spec, and the errors."""
import os
import subprocess

import ase
import ase.io
import numpy as np
import pytest

import se3tc
from conftest import cluster, spec


def frames_file(tmp_path, rng, sizes, props):
    """Frames of the given sizes with random per-atom properties {name: columns}."""
    frames = []
    for n in sizes:
        a = ase.Atoms("X" * n, positions=cluster(rng, n))
        for name, cols in props.items():
            a.arrays[name] = rng.normal(size=(n, cols)) if cols > 1 else rng.normal(size=n)
        frames.append(a)
    path = os.path.join(tmp_path, "in.extxyz")
    ase.io.write(path, frames, format="extxyz")
    return path, ase.io.read(path, index=":")  # as the file holds them (17 digits)


def se3tc_run(spec_path, inp, out, *extra):
    subprocess.run([se3tc.executable(), "run", spec_path, "-i", inp, "-o", out, *extra], check=True,
                   stderr=subprocess.DEVNULL)
    return ase.io.read(out, index=":")


def batch(frames):
    pos = np.concatenate([a.get_positions() for a in frames])
    gp = np.cumsum([0] + [len(a) for a in frames])
    return pos, gp


@pytest.mark.parametrize("precision", ["f64", "f32"])
def test_per_node_outputs_match_se3tc_run(tmp_path, precision):
    rng = np.random.default_rng(1)
    inp, frames = frames_file(str(tmp_path), rng, [5, 7, 4], {"s": 2, "v": 3})
    ran = se3tc_run(spec("tiny_attention"), inp, str(tmp_path / "out.extxyz"), "--seed", "2",
                    "--precision", precision)
    m = se3tc.Model.from_spec(spec("tiny_attention"), precision=precision, seed=2)
    assert m.precision == precision
    pos, gp = batch(frames)
    props = {"s": np.concatenate([a.arrays["s"] for a in frames]),
             "v": np.concatenate([a.arrays["v"] for a in frames])}
    out = m.split_outputs(m.forward(pos, graph_ptr=gp, properties=props))
    want_e = np.concatenate([a.arrays["e"] for a in ran])
    want_f = np.concatenate([a.arrays["f"] for a in ran])
    # f64: the same numbers (the file keeps 17 digits); f32: the same to rounding
    tol = 1e-13 if precision == "f64" else 1e-6
    np.testing.assert_allclose(out["e"][:, 0], want_e, rtol=tol, atol=tol)
    np.testing.assert_allclose(out["f"], want_f, rtol=tol, atol=tol)
    assert np.abs(want_f).max() > 1e-3  # the outputs are not trivially zero


def test_per_graph_outputs_and_open(tmp_path):
    rng = np.random.default_rng(2)
    inp, frames = frames_file(str(tmp_path), rng, [6, 8], {"a": 3})
    ran = se3tc_run(spec("tiny_conv"), inp, str(tmp_path / "out.extxyz"), "--seed", "4")
    want = np.array([np.atleast_1d(a.info["g"]) for a in ran])
    pos, gp = batch(frames)
    node_in = np.concatenate([a.arrays["a"] for a in frames])
    m = se3tc.Model.from_spec(spec("tiny_conv"), seed=4)
    assert m.out_per_graph and m.out_dim == 7
    got = m.split_outputs(m.forward(pos, node_in, gp))["g"]
    np.testing.assert_allclose(got, want, rtol=1e-13, atol=1e-13)
    # the same model compiled to files and opened (se3rt_model_open)
    d = str(tmp_path / "compiled")
    jpath = se3tc.compile_spec(spec("tiny_conv"), d)
    m2 = se3tc.Model.open(jpath, seed=4)
    np.testing.assert_array_equal(m2.forward(pos, node_in, gp), m.forward(pos, node_in, gp))
    # weights round trip through safetensors
    w = str(tmp_path / "w.safetensors")
    m.save_weights(w)
    m3 = se3tc.Model.open(jpath, weights=w)
    np.testing.assert_array_equal(m3.get_params(), m.get_params())


def test_species_bonds_and_atomic_numbers():
    """tiny_mlp: graph given by bonds, inputs species(H, C, O) and atomic_number."""
    m = se3tc.Model.from_spec(spec("tiny_mlp"), seed=1)
    pos = np.array([[0.0, 0.0, 0.0], [1.1, 0.0, 0.0], [-0.4, 1.0, 0.0], [1.6, 0.9, 0.3]])
    syms = ["C", "O", "H", "H"]
    node_in = m.node_inputs(pos, species=syms)
    np.testing.assert_array_equal(node_in, [[0, 1, 0, 6], [0, 0, 1, 8], [1, 0, 0, 1], [1, 0, 0, 1]])
    np.testing.assert_array_equal(m.node_inputs(pos, species=[6, 8, 1, 1]), node_in)
    bonds = [[0, 1, 2], [0, 2, 1], [1, 3, 1]]
    y = m.forward(pos, node_in, bonds=bonds)
    assert y.shape == (1, 1) and np.isfinite(y).all()
    y2 = m.forward(pos, node_in, bonds=[[0, 1, 1], [0, 2, 1], [1, 3, 1]])
    assert y2[0, 0] != y[0, 0]  # the bond order reaches the model


def test_errors(tmp_path, attention):
    bad = tmp_path / "bad.spec"
    bad.write_text("model bad { graph knn(k=4); input a : 3x0; conv c1 -> 4x7; output y : 1x0; }\n")
    with pytest.raises(se3tc.Se3tcError, match="bad.spec:1"):
        se3tc.Model.from_spec(str(bad))
    pos = np.zeros((3, 3))
    with pytest.raises(ValueError, match="properties\\['s'\\]"):
        attention.forward(pos)
    with pytest.raises(ValueError, match="node_in has shape"):
        attention.forward(pos, np.zeros((3, 4)))
    with pytest.raises(ValueError, match="graph_ptr"):
        attention.forward(pos, np.zeros((3, 5)), [0, 2])
    pos[1, 0] = np.nan  # the runtime's own check, as Se3tcError with its message
    with pytest.raises(se3tc.Se3tcError, match="non-finite"):
        attention.forward(pos, np.zeros((3, 5)))
    nograd = se3tc.Model.from_spec(spec("tiny_attention"), grad=False)
    assert not nograd.has_grad
    with pytest.raises(se3tc.Se3tcError, match="--grad"):
        nograd.energy_forces(np.eye(3), np.zeros((3, 5)), energy="e")


def test_device_choice():
    """device="auto" runs on a GPU when one is usable, else on the CPU with the same numbers
    (to the GPU's rounding); "cuda" without a GPU is an error naming what is missing."""
    rng = np.random.default_rng(3)
    pos = cluster(rng, 6)
    props = {"s": rng.normal(size=(6, 2)), "v": rng.normal(size=(6, 3))}
    cpu = se3tc.Model.from_spec(spec("tiny_attention"), seed=2)
    auto = se3tc.Model.from_spec(spec("tiny_attention"), seed=2, device="auto")
    assert cpu.device == "cpu"
    np.testing.assert_allclose(auto.forward(pos, properties=props), cpu.forward(pos, properties=props),
                               rtol=1e-10, atol=1e-12)
    if not auto.device.startswith("cuda"):
        assert auto.device.startswith("cpu (")
        with pytest.raises(se3tc.Se3tcError):
            se3tc.Model.from_spec(spec("tiny_attention"), seed=2, device="cuda")
