"""se3tc.train: the wrapper over `se3tc train` with frames given as ase.Atoms, its options,
the weights it returns, and the command's errors."""
import ase
import numpy as np
import pytest

import se3tc
from se3tc.train import train_args
from conftest import cluster, spec


def test_train_args():
    a = train_args("m.spec", "tr.xyz", "te.xyz", "ck", steps=10, valid_fraction=0.25, normalize=True,
                   resume=False, ema=None, lr_schedule="plateau")
    assert a == ["train", "m.spec", "--train", "tr.xyz", "--test", "te.xyz", "-o", "ck", "--steps=10",
                 "--valid-fraction=0.25", "--normalize", "--lr-schedule=plateau"]


def test_train_from_atoms(tmp_path, energy_model):
    teacher = se3tc.Model.from_spec(spec("tiny_energy"), seed=9)
    rng = np.random.default_rng(31)

    def frames(n):
        out = []
        for _ in range(n):
            a = ase.Atoms("OH2OH2", positions=cluster(rng, 6, spread=0.9))
            a.arrays["energy"] = teacher.forward(a.get_positions(), species=a.get_chemical_symbols())[:, 0]
            out.append(a)
        return out

    test = frames(8)
    r = se3tc.train(spec("tiny_energy"), frames(24), test, tmp_path / "ckpt", steps=60, batch=8, lr=1e-2,
                    valid_fraction=0.25, eval_every=10, seed=1)
    m = r.metrics
    assert m["steps"] == 60 and m["train_frames"] == 18 and m["valid_frames"] == 6
    assert r.best_weights is not None and m["weights"] == "best"
    # it learnt something: far below predicting zero
    assert m["mse_energy"] < 0.1 * m["zero_mse_energy"]
    # the test error the trainer reports is the error of the weights it hands back
    model = r.model(best=True)
    pred = np.concatenate([model.forward(a.get_positions(), species=a.get_chemical_symbols())[:, 0] for a in test])
    want = np.concatenate([a.arrays["energy"] for a in test])  # written with every digit
    assert np.mean((pred - want) ** 2) == pytest.approx(m["mse_energy"], rel=1e-9)
    # and the weights are not the initial ones
    assert not np.allclose(model.get_params(), se3tc.Model.from_spec(spec("tiny_energy"), seed=1).get_params())


def test_train_errors(tmp_path):
    a = ase.Atoms("OH", positions=[[0, 0, 0], [1, 0, 0]])  # no 'energy' target
    with pytest.raises(se3tc.Se3tcError, match="energy"):
        se3tc.train(spec("tiny_energy"), [a], [a], tmp_path / "ck", steps=1)
    with pytest.raises(se3tc.Se3tcError, match="--stepz"):
        se3tc.train(spec("tiny_energy"), [a], [a], tmp_path / "ck2", stepz=1)


def test_write_extxyz_keeps_every_digit(tmp_path):
    import ase.io
    from ase.calculators.singlepoint import SinglePointCalculator
    from se3tc.train import write_extxyz

    rng = np.random.default_rng(32)
    a = ase.Atoms("OHH", positions=rng.normal(size=(3, 3)))
    a.arrays["q"] = rng.normal(size=3)
    a.arrays["mask"] = np.array([True, False, True])
    a.info["mu"] = rng.normal(size=3)
    a.info["label"] = 2
    a.calc = SinglePointCalculator(a, energy=float(rng.normal()), forces=rng.normal(size=(3, 3)))
    p = str(tmp_path / "f.extxyz")
    write_extxyz(p, [a])
    b = ase.io.read(p)
    np.testing.assert_array_equal(b.get_positions(), a.get_positions())
    np.testing.assert_array_equal(b.arrays["q"], a.arrays["q"])
    np.testing.assert_array_equal(b.arrays["mask"], a.arrays["mask"])
    np.testing.assert_array_equal(b.info["mu"], a.info["mu"])
    assert b.info["label"] == 2
    assert b.get_potential_energy() == a.get_potential_energy()
    np.testing.assert_array_equal(b.get_forces(), a.get_forces())
    # a periodic frame keeps its cell and periodicity, as ASE reads them back
    a.set_cell([[5, 0, 0], [0.5, 4, 0], [0, 0.25, 6]])
    a.set_pbc((True, False, True))
    write_extxyz(p, [a])
    b = ase.io.read(p)
    np.testing.assert_array_equal(b.cell[:], a.cell[:])
    np.testing.assert_array_equal(b.pbc, a.pbc)
