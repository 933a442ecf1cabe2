"""se3tc.train: a thin wrapper over `se3tc train` (docs/training.md).

It runs the command the package ships, with the options given as Python keywords, and returns
what the run wrote: the metrics, the final and best weights. Everything the trainer offers
(Adam, warm-up and cosine or plateau schedules, validation split, best checkpoint and early
stopping, EMA, checkpoints and --resume, YAML configuration) is reached through its options;
nothing is reimplemented here.
"""
import json
import os

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


def _data(value, folder, name):
    """A path as it is; a sequence of ase.Atoms written as extended XYZ into `folder`."""
    if isinstance(value, (str, os.PathLike)):
        return os.fspath(value)
    import ase.io
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name + ".extxyz")
    ase.io.write(path, list(value), format="extxyz")
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
