#!/usr/bin/env python3
"""peers.py - se3tc beside e3nn and se3-transformer-pytorch on the CPU (issue 11).

Run through benchmarks/peers.sh, which makes the virtual environment this needs. Times, in one
process per peer and interleaved round by round with `se3tc bench` (one thread, f32):

  tfn_nbody  one TFN layer, 128 graphs x 5 nodes (full graph), 3 channels of degrees 0..3 in and
             out, all 44 (k, l, J) paths: se3tc (benchmarks/specs/tfn_layer_nbody.spec) vs e3nn
             eager and e3nn under torch.compile
  tfn_qm9    the same layer with 16 channels, 32 graphs x 18 nodes, kNN graph k = 8
             (benchmarks/specs/tfn_layer_qm9.spec)
  nbody_se3  the N-body SE(3)-Transformer, 100 frames of 5 particles: se3tc (specs/nbody_se3.spec)
             vs se3-transformer-pytorch
  sh         spherical harmonics Y_0..Y_6 per point (--sh-points points, default 100,000):
             `se3tc sh 6 --bench` (the fast path as double or float, point- or component-major)
             vs e3nn (f32 in and out, point-major: like for like with se3tc's fast-f32) and scipy

For each workload and round: forward, forward + backward (sum of the outputs as the loss) and one
Adam training step, each the median of --repeat runs within the round; the table gives the
median over --rounds rounds of those, wall and CPU time (the process's, all threads), and the
ratios peer / se3tc. torch runs on one thread (torch.set_num_threads(1)).

`peers.py mem WORKLOAD LIB [--step]` builds one model and, with --step, takes one training step:
peers.sh runs it under /usr/bin/time -v for the peak resident memory.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# workload -> (se3tc spec, graphs, nodes, channels, graph kind)
WORKLOADS = {
    "tfn_nbody": ("benchmarks/specs/tfn_layer_nbody.spec", 128, 5, 3, "full"),
    "tfn_qm9": ("benchmarks/specs/tfn_layer_qm9.spec", 32, 18, 16, "knn8"),
    "nbody_se3": ("specs/nbody_se3.spec", 100, 5, 8, "full"),
    "qm9_se3": ("specs/qm9_se3.spec", 32, 18, 32, "bonds"),  # memory only
}


def clocks():
    return time.perf_counter(), time.process_time()


def timed(fn, repeat):
    """Median wall and CPU seconds of `repeat` calls of fn."""
    w, c = [], []
    for _ in range(repeat):
        w0, c0 = clocks()
        fn()
        w1, c1 = clocks()
        w.append(w1 - w0)
        c.append(c1 - c0)
    return statistics.median(w), statistics.median(c)


# ---------------------------------------------------------------- se3tc

def se3tc_bench(exe, spec, graphs, nodes, repeat):
    """fwd / fb / step -> (wall s, cpu s) from one `se3tc bench --grad` run on one thread."""
    cmd = [exe, "bench", os.path.join(ROOT, spec), "--batch", str(graphs), "--nodes", str(nodes),
           "--threads", "1", "--repeat", str(repeat), "--no-reference", "--grad", "--precision", "f32"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError(f"{' '.join(cmd)}: {p.stderr.strip()}")
    out = {}
    # "total, 1 thread  FLOPs  wall  cpu ...", "forward+backward  wall  cpu ...", "train step  wall  cpu ..."
    for key, label, skip in (("fwd", "total, 1 thread", r"\S+\s+"), ("fb", "forward+backward", ""),
                             ("step", "train step", "")):
        m = re.search(r"^\s*" + re.escape(label) + r"\s+" + skip + r"([\d.]+)\s+([\d.]+)\s", p.stdout, re.M)
        if not m:
            raise RuntimeError(f"no '{label}' line in:\n{p.stdout}")
        out[key] = (float(m.group(1)) / 1e3, float(m.group(2)) / 1e3)
    return out


# `se3tc sh --bench` lines: the fast path's output forms (the e3nn-like one is fast-f32: float, [N, 49])
SH_FORMS = ("fast", "fast-soa", "fast-f32", "fast-f32-soa")
SH_FORM_TEXT = {"fast": "double, point-major (default)", "fast-soa": "double, component-major",
                "fast-f32": "float, point-major", "fast-f32-soa": "float, component-major"}


def se3tc_sh(exe, lmax, points, repeat):
    p = subprocess.run([exe, "sh", str(lmax), "--bench", str(points), "--repeat", str(repeat)],
                       capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError(p.stderr.strip())
    out = {}
    for key in SH_FORMS + ("exact",):
        m = re.search(r"^\s*" + re.escape(key) + r"\s+([\d.]+) ns/point wall\s+([\d.]+) ns/point cpu", p.stdout, re.M)
        if not m:
            raise RuntimeError(f"no '{key}' line in:\n{p.stdout}")
        out[key] = (float(m.group(1)) * 1e-9, float(m.group(2)) * 1e-9)
    return out


# ---------------------------------------------------------------- inputs

def make_positions(torch, graphs, nodes, seed=42):
    g = torch.Generator().manual_seed(seed)
    box = nodes ** (1.0 / 3.0)
    return box * torch.rand(graphs, nodes, 3, generator=g)


def make_edges(torch, pos, kind):
    """src, dst (x_src - x_dst is the edge vector into dst) of a batch [B, n, 3], built per call as
    se3tc builds its graph in every forward."""
    b, n, _ = pos.shape
    base = (torch.arange(b) * n)[:, None, None]
    if kind == "full":
        i = torch.arange(n)
        dst, src = torch.meshgrid(i, i, indexing="ij")
        keep = dst != src
        dst = (dst[keep][None, :] + base[:, 0]).reshape(-1)
        src = (src[keep][None, :] + base[:, 0]).reshape(-1)
        return src, dst
    k = int(kind[3:])
    d = torch.cdist(pos, pos)
    d = d + torch.eye(n) * 1e9
    nb = d.topk(k, dim=-1, largest=False).indices  # [B, n, k]
    src = (nb + base).reshape(-1)
    dst = (torch.arange(n)[None, :, None].expand(b, n, k) + base).reshape(-1)
    return src, dst


# ---------------------------------------------------------------- e3nn TFN layer

def e3nn_layer(torch, channels, kind):
    from e3nn import o3

    class Radial(torch.nn.Module):
        """se3tc's radial net: 2 x (Linear(32) -> LayerNorm -> ReLU) -> Linear(out), on |r|."""

        def __init__(self, out):
            super().__init__()
            self.net = torch.nn.Sequential(
                torch.nn.Linear(1, 32), torch.nn.LayerNorm(32), torch.nn.ReLU(),
                torch.nn.Linear(32, 32), torch.nn.LayerNorm(32), torch.nn.ReLU(),
                torch.nn.Linear(32, out))

        def forward(self, r):
            return self.net(r)

    class TFN(torch.nn.Module):
        """One TFN convolution: messages TP(f_src, Y(x_src - x_dst), R(|r|)) summed into dst.
        All irreps are even, the edge vector too (SE(3), no parity): every (k, l, J) path of
        degrees 0..3 exists, 44 of them, one weight per (c_in, c_out) and path per edge, from
        one radial net per (k, l) as in se3tc."""

        def __init__(self):
            super().__init__()
            ir = o3.Irreps("+".join(f"{channels}x{l}e" for l in range(4)))
            self.irreps = ir
            self.sh = o3.SphericalHarmonics(o3.Irreps("+".join(f"{j}e" for j in range(7))), normalize=True,
                                            normalization="integral")
            instr, per_pair = [], []
            for k in range(4):
                for l in range(4):
                    js = list(range(abs(k - l), k + l + 1))
                    per_pair.append(len(js) * channels * channels)
                    instr += [(k, j, l, "uvw", True) for j in js]
            self.tp = o3.TensorProduct(ir, self.sh.irreps_out, ir, instr, shared_weights=False,
                                       internal_weights=False)
            assert len(instr) == 44 and self.tp.weight_numel == sum(per_pair)
            self.radial = torch.nn.ModuleList(Radial(n) for n in per_pair)

        def forward(self, pos, feat):
            src, dst = make_edges(torch, pos, kind)
            x = pos.reshape(-1, 3)
            vec = x[src] - x[dst]
            r = vec.norm(dim=1, keepdim=True)
            w = torch.cat([R(r) for R in self.radial], dim=1)
            msg = self.tp(feat[src], self.sh(vec), w)
            return torch.zeros(feat.shape[0], msg.shape[1], dtype=msg.dtype).index_add(0, dst, msg)

    return TFN()


# ---------------------------------------------------------------- se3-transformer-pytorch N-body

def se3t_nbody(torch):
    from se3_transformer_pytorch import SE3Transformer

    # nbody_se3: inputs 1x0 (charge) + 1x1 (velocity), hidden 8x0..3, 4 attention blocks of one
    # head, q_i q_j into every radial net, output 2x1 (dx, dv).
    return SE3Transformer(dim=8, dim_in=1, input_degrees=2, num_degrees=4, output_degrees=2, dim_out=2,
                          heads=1, dim_head=8, depth=4, edge_dim=1, reduce_dim_out=False,
                          attend_self=True, num_neighbors=float("inf"))


def se3t_qm9(torch):
    from se3_transformer_pytorch import SE3Transformer

    # qm9_se3's size: 32 channels of degrees 0..3, 7 blocks, 8 heads; 6 scalar inputs (5 + 1)
    return SE3Transformer(dim=32, dim_in=6, input_degrees=1, num_degrees=4, output_degrees=1, dim_out=1,
                          heads=8, dim_head=4, depth=7, reduce_dim_out=True, num_neighbors=2)


def workload_model(torch, name, compiled):
    """(module, inputs, loss(out)) on one thread, f32."""
    spec, graphs, nodes, ch, kind = WORKLOADS[name]
    torch.manual_seed(1)
    pos = make_positions(torch, graphs, nodes)
    if name.startswith("tfn"):
        mod = e3nn_layer(torch, ch, kind)
        feat = torch.randn(graphs * nodes, mod.irreps.dim)
        args = (pos, feat)
    elif name == "nbody_se3":
        mod = se3t_nbody(torch)
        charge = torch.randint(0, 2, (graphs, nodes)).float() * 2 - 1
        feats = {"0": charge[..., None, None], "1": torch.randn(graphs, nodes, 1, 3)}
        qq = (charge[:, :, None] * charge[:, None, :])[..., None]
        mask = torch.ones(graphs, nodes, dtype=torch.bool)
        args = (feats, pos, mask, qq)
        inner = mod

        class Wrap(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.m = inner

            def forward(self, feats, pos, mask, qq):
                return self.m(feats, pos, mask, edges=qq, return_type=1)

        mod = Wrap()
    else:
        mod = se3t_qm9(torch)
        feats = torch.randn(graphs, nodes, 6)
        mask = torch.ones(graphs, nodes, dtype=torch.bool)
        args = (feats, pos, mask)
    run = torch.compile(mod) if compiled else mod
    return mod, run, args


def peer_round(torch, mod, run, args, opt, repeat):
    def fwd():
        with torch.no_grad():
            run(*args)

    def fb():
        mod.zero_grad(set_to_none=True)
        run(*args).sum().backward()

    def step():
        opt.zero_grad(set_to_none=True)
        run(*args).sum().backward()
        opt.step()

    return {"fwd": timed(fwd, repeat), "fb": timed(fb, repeat), "step": timed(step, repeat)}


def sh_peers(torch, lmax, points, repeat):
    """e3nn and scipy: seconds per point (wall, cpu), medians of `repeat` calls on `points` points."""
    from e3nn import o3
    import numpy as np

    x = torch.randn(points, 3)
    out = {}
    def e3nn_sh():
        o3.spherical_harmonics(list(range(lmax + 1)), x, normalize=True, normalization="integral")

    e3nn_sh()  # warm-up
    w, c = timed(e3nn_sh, repeat)
    out["e3nn"] = (w / points, c / points)
    try:
        import scipy.special as sp
        harm = getattr(sp, "sph_harm_y", None)
        xn = x.double().numpy()
        r = np.linalg.norm(xn, axis=1)
        theta, phi = np.arccos(xn[:, 2] / r), np.arctan2(xn[:, 1], xn[:, 0])

        def scipy_all():
            for l in range(lmax + 1):
                for m in range(-l, l + 1):
                    harm(l, m, theta, phi) if harm else sp.sph_harm(m, l, phi, theta)

        w, c = timed(scipy_all, repeat)
        out["scipy"] = (w / points, c / points)
    except ImportError as e:  # scipy is optional
        print(f"scipy not available: {e}", file=sys.stderr)
    return out


# ---------------------------------------------------------------- main

def fmt_ms(v):
    return f"{1e3 * v:9.3f}"


def bench(a):
    import torch
    torch.set_num_threads(1)
    exe = a.se3tc
    rows = []  # (workload, peer, phase, se3tc (w, c), peer (w, c))
    for name in a.workloads:
        if name == "sh":
            continue
        spec, graphs, nodes, _, _ = WORKLOADS[name]
        peers = ["e3nn", "e3nn+compile"] if name.startswith("tfn") else ["se3-transformer-pytorch"]
        if a.no_compile:
            peers = [p for p in peers if "compile" not in p]
        built = {}
        for p in peers:
            try:
                mod, run, args = workload_model(torch, name, "compile" in p)
                opt = torch.optim.Adam(mod.parameters(), lr=1e-3)
                w0, c0 = clocks()
                peer_round(torch, mod, run, args, opt, 2)  # warm-up (and torch.compile's compile)
                w1, c1 = clocks()
                print(f"# {name} {p}: built, warm-up {w1 - w0:.1f} s wall, {c1 - c0:.1f} s cpu", flush=True)
                # a call of a second or more: one per round (the rounds give the median)
                reps = a.repeat if (w1 - w0) / 6 < 1.0 else 1
                built[p] = (mod, run, args, opt, reps)
            except Exception as e:  # a peer that cannot run is reported, not fatal
                print(f"# {name} {p}: cannot run: {type(e).__name__}: {e}", flush=True)
        se3 = {k: [] for k in ("fwd", "fb", "step")}
        res = {p: {k: [] for k in ("fwd", "fb", "step")} for p in built}
        for r in range(a.rounds):
            s = se3tc_bench(exe, spec, graphs, nodes, a.repeat)
            for k in se3:
                se3[k].append(s[k])
            for p, (mod, run, args, opt, reps) in built.items():
                t = peer_round(torch, mod, run, args, opt, reps)
                for k in t:
                    res[p][k].append(t[k])
            print(f"# {name} round {r + 1}/{a.rounds}: se3tc fwd {1e3 * s['fwd'][0]:.3f} ms, "
                  + ", ".join(f"{p} fwd {1e3 * res[p]['fwd'][-1][0]:.3f} ms" for p in built), flush=True)

        def med(v):
            return statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)
        for p in built:
            for k in ("fwd", "fb", "step"):
                rows.append((name, p, k, med(se3[k]), med(res[p][k])))
    if "sh" in a.workloads:
        se, pe = {k: [] for k in SH_FORMS + ("exact",)}, {}
        for r in range(a.rounds):
            s = se3tc_sh(exe, 6, a.sh_points, a.repeat)
            for k in se:
                se[k].append(s[k])
            for k, v in sh_peers(torch, 6, a.sh_points, a.repeat).items():
                pe.setdefault(k, []).append(v)

        def med(v):
            return statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)
        # e3nn (f32 in, f32 out [N, 49]) against each se3tc form, like for like first; scipy (complex
        # double) and se3tc's exact path against the double default
        for f in ("fast-f32", "fast-f32-soa", "fast", "fast-soa"):
            if "e3nn" in pe:
                rows.append((f"sh L=6 per point, se3tc {f} ({SH_FORM_TEXT[f]})", "e3nn (f32)", "fwd",
                             med(se[f]), med(pe["e3nn"])))
        w = f"sh L=6 per point, se3tc fast ({SH_FORM_TEXT['fast']})"
        if "scipy" in pe:
            rows.append((w, "scipy (complex double)", "fwd", med(se["fast"]), med(pe["scipy"])))
        rows.append((w, "se3tc exact (long double)", "fwd", med(se["fast"]), med(se["exact"])))

    print()
    print(f"medians of {a.rounds} interleaved rounds, each the median of {a.repeat} runs (1 run for a peer "
          "whose call takes over a second); f32, 1 thread; ms (sh: ns per point); ratio = peer / se3tc")
    hdr = (f"| workload | peer | phase | se3tc wall | se3tc cpu | peer wall | peer cpu | ratio wall | ratio cpu |")
    print(hdr)
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    names = {"fwd": "forward", "fb": "forward + backward", "step": "Adam step"}
    for name, p, k, s, q in rows:
        scale = 1e9 if name.startswith("sh") else 1e3
        print(f"| {name} | {p} | {names[k]} | {scale * s[0]:.3f} | {scale * s[1]:.3f} | {scale * q[0]:.3f} | "
              f"{scale * q[1]:.3f} | {q[0] / s[0]:.1f} | {q[1] / s[1]:.1f} |")


def mem(a):
    import torch
    torch.set_num_threads(1)
    mod, run, args = workload_model(torch, a.workload, False)
    if a.step:
        opt = torch.optim.Adam(mod.parameters(), lr=1e-3)
        opt.zero_grad(set_to_none=True)
        run(*args).sum().backward()
        opt.step()
    else:
        with torch.no_grad():
            run(*args)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd")
    b = sub.add_parser("bench")
    b.add_argument("--se3tc", default=os.path.join(ROOT, "build/bin/se3tc"))
    b.add_argument("--rounds", type=int, default=5)
    b.add_argument("--repeat", type=int, default=5)
    b.add_argument("--sh-points", type=int, default=100000)
    b.add_argument("--no-compile", action="store_true", help="skip the torch.compile columns")
    b.add_argument("workloads", nargs="*", default=["tfn_nbody", "tfn_qm9", "nbody_se3", "sh"])
    m = sub.add_parser("mem")
    m.add_argument("workload", choices=sorted(WORKLOADS))
    m.add_argument("--step", action="store_true")
    a = ap.parse_args()
    if a.cmd == "mem":
        mem(a)
    else:
        if a.cmd is None:
            a = ap.parse_args(["bench"] + sys.argv[1:])
        for w in a.workloads:
            if w not in WORKLOADS and w != "sh":
                ap.error(f"unknown workload '{w}' (tfn_nbody, tfn_qm9, nbody_se3, sh)")
        bench(a)


if __name__ == "__main__":
    main()
