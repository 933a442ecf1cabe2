"""se3tc.train: a thin wrapper over `se3tc train` (docs/training.md).

It runs the command the package ships, with the options given as Python keywords, and returns
what the run wrote: the metrics, the final and best weights. Everything the trainer offers
(Adam, warm-up and cosine or plateau schedules, validation split, best checkpoint and early
stopping, EMA, checkpoints and --resume, YAML configuration) is reached through its options;
nothing is reimplemented here.
"""
import json
import os

import numpy as np

from . import _tools


class TrainResult:
    """What `se3tc train` left in its checkpoint folder `out`."""

    def __init__(self, spec, out):
        self.spec = os.fspath(spec)
        self.out = os.fspath(out)
        self.weights = os.path.join(self.out, "weights.safetensors")
        best = os.path.join(self.out, "best", "weights.safetensors")
        self.best_weights = best if os.path.exists(best) else None
        self.metrics = {}
        mpath = os.path.join(self.out, "metrics.json")
        if os.path.exists(mpath):
            with open(mpath, encoding="utf-8") as f:
                self.metrics = json.load(f)

    def model(self, *, best=False, precision=None, threads=None):
        """The trained model (se3tc.Model), with the final weights or, best=True, those of the
        lowest validation loss."""
        from .model import Model
        w = self.best_weights if best else self.weights
        if w is None:
            raise FileNotFoundError(f"{self.out}: no best/ weights (train with a validation set)")
        return Model.from_spec(self.spec, precision=precision, weights=w, threads=threads)

    def __repr__(self):
        return f"<se3tc.TrainResult {self.out} metrics={sorted(self.metrics)}>"


def _value(v):
    """An extended-XYZ info value: numbers exactly (repr), arrays as quoted lists."""
    if isinstance(v, (bool, np.bool_)):
        return "T" if v else "F"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    a = np.asarray(v)
    if a.ndim == 0:
        return repr(a.item())
    return '"' + " ".join(repr(x) for x in a.ravel().tolist()) + '"'


def write_extxyz(path, frames):
    """Write ase.Atoms as extended XYZ for se3tc, every real with all its digits (ASE's own
    writer keeps 8 decimals): species, positions, every other per-atom array (R, I or L) and
    the info values; energy and forces held by an attached calculator (a data set read with
    ase.io) as the info value `energy` and the per-atom property `forces`. A frame with any
    periodic direction gets `Lattice=` (the cell's rows a, b, c) and `pbc=`, which se3tc's
    trainer uses to build periodic graphs (docs/graphs.md)."""
    lines = []
    for k, a in enumerate(frames):
        arrays = {n: v for n, v in a.arrays.items() if n not in ("numbers", "positions")}
        info = dict(a.info)
        res = getattr(a.calc, "results", {}) if a.calc is not None else {}
        if "energy" in res and "energy" not in info and "energy" not in arrays:
            info["energy"] = res["energy"]
        if "forces" in res and "forces" not in arrays:
            arrays["forces"] = res["forces"]
        if any(a.pbc):
            info = {key: v for key, v in info.items() if key not in ("Lattice", "pbc")}
            info["Lattice"] = np.asarray(a.cell[:], dtype=np.float64)
            info["pbc"] = " ".join("T" if p else "F" for p in a.pbc)
        cols = [("species", "S", 1), ("pos", "R", 3)]
        data = [np.asarray(a.get_chemical_symbols(), dtype=object)[:, None], a.get_positions()]
        for n, v in arrays.items():
            v = np.asarray(v)
            v2 = v.reshape(len(a), -1)
            t = "L" if v.dtype == bool else "I" if np.issubdtype(v.dtype, np.integer) else \
                "R" if np.issubdtype(v.dtype, np.floating) else None
            if t is None or " " in n or ":" in n:
                continue  # strings and odd names are not model inputs or targets
            cols.append((n, t, v2.shape[1]))
            data.append(v2)
        props = ":".join(f"{n}:{t}:{c}" for n, t, c in cols)
        extra = " ".join(f"{key}={_value(v)}" for key, v in info.items()
                         if key.replace("_", "").isalnum() and key != "Properties")
        lines.append(str(len(a)))
        lines.append(f"Properties={props}" + (" " + extra if extra else ""))
        for i in range(len(a)):
            row = []
            for (n, t, c), d in zip(cols, data):
                for x in d[i]:
                    row.append(str(x) if t == "S" else ("T" if x else "F") if t == "L" else repr(x.item()))
            lines.append(" ".join(row))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def _data(value, folder, name):
    """A path as it is; a sequence of ase.Atoms written as extended XYZ into `folder`."""
    if isinstance(value, (str, os.PathLike)):
        return os.fspath(value)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name + ".extxyz")
    write_extxyz(path, list(value))
    return path


def train_args(spec, train, test, out, **options):
    """The argument list of `se3tc train` for these keywords: name=value becomes
    --name=value with '_' as '-', True a bare --name, False and None nothing."""
    args = ["train", os.fspath(spec), "--train", os.fspath(train), "--test", os.fspath(test),
            "-o", os.fspath(out)]
    for k, v in options.items():
        if v is None or v is False:
            continue
        opt = "--" + k.replace("_", "-")
        args.append(opt if v is True else f"{opt}={v}")
    return args


def train(spec, train, test, out, *, data_dir=None, quiet=True, **options):
    """Run `se3tc train SPEC --train TRAIN --test TEST -o OUT --option=value ...`.

    train, test (and valid=, when given) are extended-XYZ paths, or sequences of ase.Atoms
    written as extended XYZ into data_dir (default OUT.data). Every other keyword is an option
    of `se3tc train --help` (steps=200, batch=8, lr=1e-3, valid_fraction=0.1, patience=5,
    ema=0.99, warmup=10, lr_schedule="plateau", normalize=True, config="run.yaml", ...).
    quiet: pass --quiet and keep the command's progress off stderr. Raises se3tc.Se3tcError
    with the command's message when it fails; returns a TrainResult."""
    out = os.fspath(out)
    folder = os.fspath(data_dir) if data_dir is not None else out.rstrip("/") + ".data"
    train = _data(train, folder, "train")
    test = _data(test, folder, "test")
    if options.get("valid") is not None:
        options["valid"] = _data(options["valid"], folder, "valid")
    if quiet:
        options["quiet"] = True
    _tools.run(train_args(spec, train, test, out, **options), quiet=quiet)
    return TrainResult(spec, out)
