"""se3tc.Model: a compiled SE(3)-Transformer in libse3rt, run on NumPy arrays.

Layouts follow the C API (include/se3rt_model.h, docs/host.md): a batch is several graphs laid
end to end, graph g holding the nodes graph_ptr[g] .. graph_ptr[g+1]-1; positions are
n_nodes x 3 (Cartesian); a node-input row is the model's input fields in the file basis (degrees
ascending; within a degree the fields in declaration order, each channel-major; degree 1 as
x, y, z); outputs are rows x out_dim in the same basis, rows = nodes, or graphs for a per-graph
output. Every array the runtime sees is float64 (the runtime's interface type, whatever the
model's precision); inputs of another float type are converted.
"""
import json
import os
import tempfile

import numpy as np

from . import _ffi, _tools
from ._tools import Se3tcError

# The elements the runtime's atomic_number source knows (runtime/run.c), H .. Xe.
ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
            "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe").split()


def _f64(a, shape, what):
    a = np.ascontiguousarray(a, dtype=np.float64)
    if a.shape != shape:
        raise ValueError(f"{what} has shape {a.shape}, expected {shape}")
    return a


class Model:
    """A model loaded into libse3rt. Make one with Model.from_spec (compiles a spec with the
    se3tc command) or Model.open (a compiled NAME.json with NAME.c beside it)."""

    def __init__(self, _ctx, _model, manifest):
        self._lib = _ffi.lib()
        self._ctx = _ctx
        self._m = _model
        self.manifest = manifest
        self.name = manifest["name"]
        self.precision = manifest["precision"]
        self.in_dim = self._lib.se3rt_model_in_dim(_model)
        self.out_dim = self._lib.se3rt_model_out_dim(_model)
        self.out_per_graph = bool(self._lib.se3rt_model_out_per_graph(_model))
        self.graph = manifest["graph"]

    # ------------------------------------------------------------------ loading

    @staticmethod
    def _new_ctx():
        lib = _ffi.lib()
        pctx = _ffi.ffi.new("se3rt_ctx **")
        if lib.se3rt_ctx_new(pctx, _ffi.ffi.NULL) != lib.SE3RT_OK:
            raise MemoryError("se3tc: out of memory")
        return pctx[0]

    @classmethod
    def _finish(cls, ctx, st, pm, manifest, *, weights, seed, threads):
        lib = _ffi.lib()
        if st != lib.SE3RT_OK:
            msg = _ffi.ffi.string(lib.se3rt_errmsg(ctx)).decode(errors="replace")
            name = _ffi.ffi.string(lib.se3rt_status_name(st)).decode()
            lib.se3rt_ctx_free(ctx)
            raise Se3tcError(msg, name)
        self = cls(ctx, pm[0], manifest)
        if threads is not None:
            self.set_threads(threads)
        if weights is not None:
            self.load_weights(weights)
        else:
            self.init_weights(1 if seed is None else seed)
        return self

    @classmethod
    def open(cls, manifest_path, *, weights=None, seed=None, threads=None, device="cpu"):
        """Load DIR/NAME.json and the DIR/NAME.c beside it (what `se3tc compile` writes;
        compile with --grad for gradients and forces). The C is JIT-compiled with the system
        compiler and cached on disk ($SE3TC_CACHE, docs/host.md). Weights: the safetensors
        file `weights`, else the documented initialisation drawn from `seed` (default 1, as
        `se3tc train`). device: see set_device (the CUDA code is the NAME.cu beside)."""
        manifest_path = os.fspath(manifest_path)
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
        lib = _ffi.lib()
        ctx = cls._new_ctx()
        pm = _ffi.ffi.new("se3rt_model **")
        st = lib.se3rt_model_open(ctx, manifest_path.encode(), pm)
        self = cls._finish(ctx, st, pm, manifest, weights=weights, seed=seed, threads=threads)
        if device != "cpu":
            with open(manifest_path[:-5] + ".cu", "rb") as f:
                self.set_device(device, f.read())
        return self

    @classmethod
    def from_compiled(cls, manifest_json, c_source, *, weights=None, seed=None, threads=None):
        """From the manifest text and the generated C in memory (se3rt_model_new)."""
        if isinstance(manifest_json, bytes):
            manifest_json = manifest_json.decode()
        if isinstance(c_source, str):
            c_source = c_source.encode()
        manifest = json.loads(manifest_json)
        lib = _ffi.lib()
        ctx = cls._new_ctx()
        pm = _ffi.ffi.new("se3rt_model **")
        st = lib.se3rt_model_new(ctx, manifest_json.encode(), c_source, len(c_source), pm)
        return cls._finish(ctx, st, pm, manifest, weights=weights, seed=seed, threads=threads)

    @classmethod
    def from_spec(cls, spec, *, precision=None, grad=True, weights=None, seed=None, threads=None, device="cpu"):
        """Compile the spec file with `se3tc compile --grad [--precision P]` (precision None:
        the spec's own) into a scratch folder and load the result from memory; device: see
        set_device."""
        with tempfile.TemporaryDirectory(prefix="se3tc-") as d:
            jpath = _tools.compile_spec(spec, d, precision=precision, grad=grad)
            with open(jpath, encoding="utf-8") as f:
                manifest_json = f.read()
            with open(jpath[:-5] + ".c", "rb") as f:
                c_source = f.read()
            with open(jpath[:-5] + ".cu", "rb") as f:
                cuda_source = f.read()
        self = cls.from_compiled(manifest_json, c_source, weights=weights, seed=seed, threads=threads)
        if device != "cpu":
            self.set_device(device, cuda_source)
        return self

    def close(self):
        """Free the model now (otherwise when the object is collected)."""
        if getattr(self, "_m", None) is not None:
            self._lib.se3rt_model_free(self._m)
            self._m = None
        if getattr(self, "_ctx", None) is not None:
            self._lib.se3rt_ctx_free(self._ctx)
            self._ctx = None

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return (f"<se3tc.Model {self.name} {self.precision} in_dim={self.in_dim} out_dim={self.out_dim} "
                f"per_{'graph' if self.out_per_graph else 'node'} graph={self.graph.get('kind')}>")

    # ------------------------------------------------------------------ errors and settings

    def _check(self, st):
        if st != self._lib.SE3RT_OK:
            msg = _ffi.ffi.string(self._lib.se3rt_errmsg(self._ctx)).decode(errors="replace")
            raise Se3tcError(msg, _ffi.ffi.string(self._lib.se3rt_status_name(st)).decode())

    def _alive(self):
        if self._m is None:
            raise ValueError("se3tc: the model was closed")

    def set_threads(self, n):
        """OpenMP threads of forward (default: all cores; layers under 1e7 FLOPs use one)."""
        self._alive()
        self._lib.se3rt_model_set_threads(self._m, int(n))

    def set_device(self, device, cuda_source=None):
        """Where forward runs (docs/cuda.md): "cpu"; "cuda" (the model's CUDA code, NAME.cu of
        the same spec and precision, compiled with NVRTC; Se3tcError when no GPU is usable);
        "auto" (cuda when usable, else the CPU; `device` says which). Gradients and forces run
        on the GPU too when cuda_source carries the backward kernels (`se3tc compile --grad`, as
        from_spec does), except for periodic frames, which take the CPU's backward."""
        self._alive()
        src = cuda_source.encode() if isinstance(cuda_source, str) else cuda_source
        self._check(self._lib.se3rt_model_set_device(self._m, device.encode(), src if src else _ffi.ffi.NULL,
                                                     len(src) if src else 0))

    @property
    def device(self):
        """"cpu", "cpu (no usable GPU: ...)", "cuda (...)"."""
        self._alive()
        return _ffi.ffi.string(self._lib.se3rt_model_device(self._m)).decode()

    @property
    def has_grad(self):
        """True when the code carries the backward (compiled with --grad)."""
        self._alive()
        return bool(self._lib.se3rt_model_has_grad(self._m))

    def set_grad_keep(self, max_bytes):
        """The most memory in bytes (per gradient call, so per training thread) that the
        forward of vjp, energy_forces and training keeps for the backward: each attention
        layer's keys and values, n_edges x (key + value dims) doubles, in layer order while they
        fit (se3rt_model_set_grad_keep; default 64 MiB). A layer that does not fit is recomputed
        by its backward: the same gradients to rounding, more slowly. 0 keeps nothing."""
        self._alive()
        if int(max_bytes) < 0:
            raise ValueError(f"se3tc: set_grad_keep: max_bytes must be >= 0, not {max_bytes}")
        self._lib.se3rt_model_set_grad_keep(self._m, int(max_bytes))

    def set_reference_energies(self, on):
        """Whether outputs include the spec's reference energies (`reference={H = -13.6, ...}`:
        each atom's species one-hot times its element's energy, added to the energy column); on
        by default. Off, every call gives the model's energy without them (interaction
        energies); forces, stress and weight gradients are the same either way
        (se3rt_model_set_reference_energies). A model without reference energies ignores it."""
        self._alive()
        self._lib.se3rt_model_set_reference_energies(self._m, 1 if on else 0)

    @property
    def jit_command(self):
        self._alive()
        return _ffi.ffi.string(self._lib.se3rt_model_jit_command(self._m)).decode()

    # ------------------------------------------------------------------ weights

    def init_weights(self, seed):
        """The documented initialisation from `seed` (the numbers of `se3tc run --seed`)."""
        self._alive()
        self._check(self._lib.se3rt_model_init_weights(self._m, int(seed)))

    def load_weights(self, path):
        """A safetensors file whose names and shapes match the manifest's weights."""
        self._alive()
        self._check(self._lib.se3rt_model_load_weights(self._m, os.fspath(path).encode()))

    def save_weights(self, path, dtype="f64"):
        self._alive()
        d = {"f32": self._lib.SE3RT_DTYPE_F32, "f64": self._lib.SE3RT_DTYPE_F64}[dtype]
        self._check(self._lib.se3rt_model_save_weights(self._m, os.fspath(path).encode(), d))

    @property
    def nparams(self):
        self._alive()
        return int(self._lib.se3rt_model_nparams(self._m))

    def get_params(self):
        """A copy of the flat parameter vector (manifest order)."""
        self._alive()
        n = self.nparams
        buf = _ffi.ffi.buffer(self._lib.se3rt_model_params(self._m), 8 * n)
        return np.frombuffer(buf, dtype=np.float64).copy()

    def set_params(self, values):
        """Replace the flat parameter vector (nparams values)."""
        self._alive()
        n = self.nparams
        v = _f64(values, (n,), "params")
        _ffi.ffi.memmove(self._lib.se3rt_model_params(self._m), _ffi.ffi.from_buffer(v), 8 * n)
        self._lib.se3rt_model_params_changed(self._m)

    def weight_names(self):
        """(name, offset, size) of every weight tensor, in manifest order."""
        self._alive()
        ffi, lib = _ffi.ffi, self._lib
        return [(ffi.string(lib.se3rt_model_weight_name(self._m, i)).decode(),
                 int(lib.se3rt_model_weight_offset(self._m, i)), int(lib.se3rt_model_weight_size(self._m, i)))
                for i in range(lib.se3rt_model_nweights(self._m))]

    # ------------------------------------------------------------------ inputs and outputs

    @property
    def inputs(self):
        """The manifest's input entries (one per field and degree): name, field, degree,
        channels, source and, per source, value or species."""
        return self.manifest["inputs"]

    @property
    def outputs(self):
        return self.manifest["outputs"]

    def _field_columns(self, entries):
        """field -> number of file-basis columns (all its degrees), in first-seen order."""
        cols = {}
        for e in entries:
            cols[e["field"]] = cols.get(e["field"], 0) + e["channels"] * (2 * e["degree"] + 1)
        return cols

    def input_fields(self):
        """{field: columns} of the inputs read from per-node properties (the arrays
        node_inputs wants in `properties`)."""
        cols = self._field_columns([e for e in self.inputs if e["source"] == "property"])
        return cols

    def output_fields(self):
        """{field: columns} of the outputs."""
        return self._field_columns(self.outputs)

    @staticmethod
    def _deg_off(fibre, degree):
        return sum(fibre[d] * (2 * d + 1) for d in range(degree))

    def node_inputs(self, positions, *, species=None, properties=None):
        """The n_nodes x in_dim node-input array, filled as `se3tc run` fills it from a file:
        `property` inputs from properties[FIELD] (n_nodes x columns, the field's degrees
        ascending, channel-major, degree 1 as x, y, z, as the extended-XYZ property), `species`
        and `atomic_number` inputs from `species` (element symbols, or atomic numbers),
        constants, and pos.z / pos.xy from the positions."""
        pos = np.asarray(positions, dtype=np.float64)
        if pos.ndim != 2 or pos.shape[1] != 3:
            raise ValueError(f"positions has shape {pos.shape}, expected (n_nodes, 3)")
        n = pos.shape[0]
        properties = properties or {}
        fibre = self.manifest["in_fibre"]
        node_in = np.zeros((n, self.in_dim), dtype=np.float64)
        chan_used = [0] * len(fibre)
        col_used = {}
        sym = None
        for e in self.inputs:
            deg, ch, nl = e["degree"], e["channels"], 2 * e["degree"] + 1
            dst = self._deg_off(fibre, deg) + chan_used[deg] * nl
            chan_used[deg] += ch
            src = e["source"]
            width = ch * nl
            if src == "property":
                field = e["field"]
                if field not in properties:
                    want = self.input_fields()[field]
                    raise ValueError(f"input '{field}' needs properties['{field}'] ({want} columns per node)")
                p = np.asarray(properties[field], dtype=np.float64)
                if p.ndim == 1:
                    p = p[:, None]
                want = self.input_fields()[field]
                if p.shape != (n, want):
                    raise ValueError(f"properties['{field}'] has shape {p.shape}, expected ({n}, {want})")
                c0 = col_used.get(field, 0)
                col_used[field] = c0 + width
                block = p[:, c0:c0 + width]
            elif src == "constant":
                block = np.full((n, width), float(e["value"]))
            elif src == "pos.z":
                block = pos[:, 2:3].repeat(width, axis=1)
            elif src == "pos.xy":
                xy0 = np.concatenate([pos[:, :2], np.zeros((n, 1))], axis=1)
                block = np.tile(xy0, (1, ch))
            elif src in ("species", "atomic_number"):
                if species is None:
                    raise ValueError(f"input '{e['field']}' needs the atoms' species (species=...)")
                if sym is None:
                    sym = [ELEMENTS[int(s) - 1] if not isinstance(s, str) else s for s in species]
                    if len(sym) != n:
                        raise ValueError(f"species has {len(sym)} entries for {n} nodes")
                if src == "species":
                    block = np.array([[1.0 if s == name else 0.0 for name in e["species"]] for s in sym])
                    block = block.reshape(n, width)
                else:
                    try:
                        z = [ELEMENTS.index(s) + 1 for s in sym]
                    except ValueError:
                        bad = [s for s in sym if s not in ELEMENTS][0]
                        raise ValueError(f"unknown element '{bad}' (input '{e['field']}' reads atomic numbers)")
                    block = np.array(z, dtype=np.float64)[:, None].repeat(width, axis=1)
            else:
                raise ValueError(f"input '{e['field']}' has source '{src}', which this package does not know")
            node_in[:, dst:dst + width] = block
        return node_in

    def split_outputs(self, out):
        """{field: rows x columns} from a rows x out_dim output array (file basis, the columns
        `se3tc run` writes as the field's property or info value)."""
        fibre = self.manifest["out_fibre"]
        chan_used = [0] * len(fibre)
        parts = {}
        for e in self.outputs:
            deg, ch, nl = e["degree"], e["channels"], 2 * e["degree"] + 1
            src = self._deg_off(fibre, deg) + chan_used[deg] * nl
            chan_used[deg] += ch
            parts.setdefault(e["field"], []).append(out[:, src:src + ch * nl])
        return {k: np.concatenate(v, axis=1) for k, v in parts.items()}

    def output_column(self, field, column=0):
        """The out_dim column of file-basis column `column` of output `field`."""
        fibre = self.manifest["out_fibre"]
        chan_used = [0] * len(fibre)
        seen = 0
        for e in self.outputs:
            deg, ch, nl = e["degree"], e["channels"], 2 * e["degree"] + 1
            src = self._deg_off(fibre, deg) + chan_used[deg] * nl
            chan_used[deg] += ch
            if e["field"] != field:
                continue
            if column < seen + ch * nl:
                return src + column - seen
            seen += ch * nl
        if seen == 0:
            raise ValueError(f"model '{self.name}' has no output '{field}' (it has "
                             f"{', '.join(self.output_fields())})")
        raise ValueError(f"output '{field}' has {seen} columns, column {column} asked")

    # ------------------------------------------------------------------ running

    def _batch(self, positions, node_in, graph_ptr, bonds, species, properties, cell=None, pbc=None):
        pos = np.asarray(positions)
        if pos.ndim != 2 or pos.shape[1] != 3:
            raise ValueError(f"positions has shape {pos.shape}, expected (n_nodes, 3)")
        n = pos.shape[0]
        pos = _f64(pos, (n, 3), "positions")
        if node_in is None:
            node_in = self.node_inputs(pos, species=species, properties=properties)
        node_in = _f64(node_in, (n, self.in_dim), "node_in")
        if graph_ptr is None:
            graph_ptr = [0, n]
        gp = np.ascontiguousarray(graph_ptr, dtype=np.int32)
        if gp.ndim != 1 or gp.size < 2 or gp[0] != 0 or gp[-1] != n or np.any(np.diff(gp) < 0):
            raise ValueError(f"graph_ptr must rise from 0 to n_nodes ({n}), got {graph_ptr!r}")
        ffi = _ffi.ffi
        b = ffi.new("se3rt_batch *")
        b.n_graphs = gp.size - 1
        b.graph_ptr = ffi.cast("const int32_t *", ffi.from_buffer(gp))
        b.pos = ffi.cast("const double *", ffi.from_buffer(pos))
        b.node_in = ffi.cast("const double *", ffi.from_buffer(node_in))
        keep = [gp, pos, node_in]
        if bonds is not None:
            bd = np.ascontiguousarray(bonds, dtype=np.int32)
            if bd.ndim != 2 or bd.shape[1] != 3:
                raise ValueError(f"bonds has shape {bd.shape}, expected (n_bonds, 3): i, j, order")
            b.bonds = ffi.cast("const se3rt_bond *", ffi.from_buffer(bd))
            b.nbonds = bd.shape[0]
            keep.append(bd)
        if cell is not None or pbc is not None:
            # periodic graphs (docs/graphs.md, "Periodic cells"): cell n_graphs x 3 x 3, the
            # lattice vectors a, b, c as rows in Å (one 3 x 3 for every graph); pbc n_graphs x 3
            # (or 3) booleans, periodic along a, b, c; pbc None with a cell: periodic along all three
            ng = gp.size - 1
            if cell is None:
                raise ValueError("pbc given without a cell")
            c = np.asarray(cell, dtype=np.float64)
            if c.shape == (3, 3):
                c = np.broadcast_to(c, (ng, 3, 3))
            c = _f64(c, (ng, 3, 3), "cell")
            p = np.ones((ng, 3), dtype=np.int32) if pbc is None else np.asarray(pbc)
            if p.shape == (3,):
                p = np.broadcast_to(p, (ng, 3))
            if p.shape != (ng, 3):
                raise ValueError(f"pbc has shape {p.shape}, expected ({ng}, 3) or (3,)")
            p = np.ascontiguousarray(p.astype(bool), dtype=np.int32)
            b.cell = ffi.cast("const double *", ffi.from_buffer(c))
            b.pbc = ffi.cast("const int32_t *", ffi.from_buffer(p))
            keep += [c, p]
        rows = b.n_graphs if self.out_per_graph else n
        return b, keep, gp, rows

    def forward(self, positions, node_in=None, graph_ptr=None, *, bonds=None, species=None, properties=None):
        """Outputs (rows x out_dim float64, file basis) of a batch. node_in None: built by
        node_inputs from species and properties. graph_ptr None: one graph of every node.
        bonds: n_bonds x 3 integers (i, j, order 1..4, global node indices) for graph given."""
        self._alive()
        b, keep, _, rows = self._batch(positions, node_in, graph_ptr, bonds, species, properties)
        out = np.empty((rows, self.out_dim), dtype=np.float64)
        self._check(self._lib.se3rt_model_forward(self._m, b, _ffi.ffi.cast("double *", _ffi.ffi.from_buffer(out))))
        del keep
        return out

    def vjp(self, positions, dout, node_in=None, graph_ptr=None, *, bonds=None, species=None, properties=None):
        """Gradients of L = sum(out * dout) (a vector-Jacobian product; dout rows x out_dim):
        returns (out, dparams, dnode_in, dpos) from se3rt_model_grad."""
        self._alive()
        b, keep, _, rows = self._batch(positions, node_in, graph_ptr, bonds, species, properties)
        d = _f64(dout, (rows, self.out_dim), "dout")
        return self._grad(b, rows, lambda out: (float(np.sum(out * d)), d))

    def _grad(self, b, rows, loss):
        """se3rt_model_grad with the loss(out) -> (L, dL/dout) given as a Python function."""
        if not self.has_grad:
            raise Se3tcError(f"model '{self.name}' was compiled without backward code (se3tc compile --grad)")
        ffi = _ffi.ffi
        n = b.graph_ptr[b.n_graphs]
        out = np.empty((rows, self.out_dim), dtype=np.float64)
        dparams = np.empty(self.nparams, dtype=np.float64)
        dnode = np.empty((n, self.in_dim), dtype=np.float64)
        dpos = np.empty((n, 3), dtype=np.float64)
        failure = []

        def on_error(exc, val, tb):
            failure.append(val)

        @ffi.callback("se3rt_loss_fn", onerror=on_error)
        def cb(user, batch, outp, nrows, out_dim, doutp):
            o = np.frombuffer(ffi.buffer(outp, 8 * nrows * out_dim), dtype=np.float64).reshape(nrows, out_dim)
            L, g = loss(o)
            dst = np.frombuffer(ffi.buffer(doutp, 8 * nrows * out_dim), dtype=np.float64).reshape(nrows, out_dim)
            dst[...] = g
            return L

        L = ffi.new("double *")
        ptr = lambda a: ffi.cast("double *", ffi.from_buffer(a))  # noqa: E731
        st = self._lib.se3rt_model_grad(self._m, b, cb, ffi.NULL, L, ptr(out), ptr(dparams), ptr(dnode), ptr(dpos))
        if failure:
            raise failure[0]
        self._check(st)
        return out, dparams, dnode, dpos

    def energy_column(self, energy=None, column=0):
        """The out_dim column read as the energy: output `energy`'s column `column`; energy
        None: the output field named 'energy', else the model's only one-column degree-0 field."""
        if energy is None:
            fields = self.output_fields()
            if "energy" in fields:
                energy = "energy"
            else:
                scalars = [e["field"] for e in self.outputs
                           if e["degree"] == 0 and e["channels"] == 1 and fields[e["field"]] == 1]
                if len(scalars) != 1:
                    raise ValueError(f"model '{self.name}': say which output is the energy (energy=NAME); "
                                     f"outputs: {', '.join(fields)}")
                energy = scalars[0]
        return self.output_column(energy, column)

    def energy_forces(self, positions, node_in=None, graph_ptr=None, *, energy=None, column=0, bonds=None,
                      species=None, properties=None, cell=None, pbc=None):
        """(energies, forces, out): the energy of each graph (n_graphs; a per-node output is
        summed over the graph's nodes) and the forces -dE/dx (n_nodes x 3), from one forward
        and one backward (se3rt_model_grad); `out` is the forward's full output.
        cell/pbc: periodic graphs, as for energy_forces_stress."""
        self._alive()
        col = self.energy_column(energy, column)
        return self.energy_forces_at(col, positions, node_in, graph_ptr, bonds=bonds, species=species,
                                     properties=properties, cell=cell, pbc=pbc)

    @property
    def has_energy(self):
        """True when the spec declares an energy output (`kind=energy`), which
        energy_forces_stress needs."""
        return bool(self._lib.se3rt_model_has_energy(self._m))

    def energy_output(self):
        """The field name of the `kind=energy` output, or None."""
        for e in self.outputs:
            if e.get("kind") == "energy":
                return e["field"]
        return None

    def energy_forces_stress(self, positions, node_in=None, graph_ptr=None, *, cell=None, pbc=None,
                             bonds=None, species=None, properties=None):
        """(energies, forces, stress) of the `kind=energy` output in one forward and one
        backward (se3rt_model_energy_forces_stress): energies n_graphs (reference energies
        included), forces n_nodes x 3 (-dE/dx), stress n_graphs x 3 x 3 = (1/V) dE/d(strain),
        ASE's sign (positive when the energy rises under expansion), eV/Å^3 for eV and Å;
        zeros for open graphs. cell: n_graphs x 3 x 3 (or one 3 x 3), lattice vectors as rows
        (Å); pbc: n_graphs x 3 (or 3) booleans, default all periodic when a cell is given."""
        self._alive()
        if not self.has_energy:
            raise Se3tcError(f"model '{self.name}' has no energy output (spec: `output E : 1x0 (kind=energy)`)")
        if not self.has_grad:
            raise Se3tcError(f"model '{self.name}' was compiled without backward code (se3tc compile --grad)")
        b, keep, gp, rows = self._batch(positions, node_in, graph_ptr, bonds, species, properties, cell, pbc)
        ng, n = gp.size - 1, int(gp[-1])
        e = np.empty(ng, dtype=np.float64)
        f = np.empty((n, 3), dtype=np.float64)
        st = np.empty((ng, 3, 3), dtype=np.float64)
        ffi = _ffi.ffi
        ptr = lambda a: ffi.cast("double *", ffi.from_buffer(a))  # noqa: E731
        self._check(self._lib.se3rt_model_energy_forces_stress(self._m, b, ptr(e), ptr(f), ptr(st)))
        del keep
        return e, f, st

    def energy_forces_at(self, col, positions, node_in=None, graph_ptr=None, *, bonds=None, species=None,
                         properties=None, cell=None, pbc=None):
        """energy_forces with the energy as out_dim column `col` (see energy_column)."""
        self._alive()
        b, keep, gp, rows = self._batch(positions, node_in, graph_ptr, bonds, species, properties, cell, pbc)

        def loss(out):
            g = np.zeros_like(out)
            g[:, col] = 1.0
            return float(out[:, col].sum()), g

        out, _, _, dpos = self._grad(b, rows, loss)
        e = out[:, col]
        energies = e.copy() if self.out_per_graph else np.add.reduceat(e, gp[:-1])
        return energies, -dpos, out
