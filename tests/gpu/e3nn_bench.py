#!/usr/bin/env python3
"""e3nn_bench.py - time, on the GPU, a TFN convolution built with e3nn that matches se3tc's
nbody_tfn hidden layer (conv_2: 8x0..3 -> 8x0..3, full graphs of 5 particles, radial net of
[q_i q_j, r] -> 32 -> 32 -> weights, harmonics up to degree 6, sum over incoming edges), for the
ratio tests/gpu/run.sh prints. Writes a JSON object to --out: median milliseconds per forward
("ms") and per forward + backward ("ms_fwd_bwd"), edges, the number of tensor-product paths and the versions used.

The features are given all-even parity (8x0e+8x1e+8x2e+8x3e, harmonics 0e..6e) so that e3nn
keeps every (k, l, J) path, as the SE(3) layer does; if this e3nn refuses that, it falls back to
the O(3) irreps (8x0e+8x1o+8x2e+8x3o), which keep only about half the paths (noted in the JSON).
"""
import argparse
import json
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graphs", type=int, default=1000)
    ap.add_argument("--nodes", type=int, default=5)
    ap.add_argument("--channels", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--out", default="e3nn.json")
    a = ap.parse_args()
    res = {"graphs": a.graphs, "nodes_per_graph": a.nodes, "channels": a.channels}
    try:
        import torch
        import e3nn
        from e3nn import o3
        from e3nn.nn import FullyConnectedNet

        res.update(torch=torch.__version__, e3nn=e3nn.__version__)
        dev = torch.device("cuda")
        res["device"] = torch.cuda.get_device_name(0)
        torch.manual_seed(0)
        C = a.channels
        n = a.graphs * a.nodes
        # full graphs: every ordered pair (j -> i), i != j, within a graph
        base = torch.arange(a.graphs, device=dev).repeat_interleave(a.nodes * (a.nodes - 1)) * a.nodes
        ii, jj = torch.meshgrid(torch.arange(a.nodes), torch.arange(a.nodes), indexing="ij")
        keep = ii != jj
        dst = (base + ii[keep].to(dev).repeat(a.graphs)).long()
        src = (base + jj[keep].to(dev).repeat(a.graphs)).long()
        res["edges"] = int(src.numel())
        pos = torch.randn(n, 3, device=dev)
        q = torch.randint(0, 2, (n, 1), device=dev).float() * 2 - 1

        def build(even):
            if even:
                irreps = o3.Irreps(f"{C}x0e+{C}x1e+{C}x2e+{C}x3e")
                irreps_sh = o3.Irreps("+".join(f"1x{l}e" for l in range(7)))
                sh = o3.SphericalHarmonics(irreps_sh, normalize=True, normalization="component", irreps_in="1e")
            else:
                irreps = o3.Irreps(f"{C}x0e+{C}x1o+{C}x2e+{C}x3o")
                irreps_sh = o3.Irreps.spherical_harmonics(6)
                sh = o3.SphericalHarmonics(irreps_sh, normalize=True, normalization="component")
            tp = o3.FullyConnectedTensorProduct(irreps, irreps_sh, irreps, shared_weights=False, internal_weights=False)
            fc = FullyConnectedNet([2, 32, 32, tp.weight_numel], torch.relu)
            return irreps, sh.to(dev), tp.to(dev), fc.to(dev)

        try:
            irreps, sh, tp, fc = build(True)
            res["parity"] = "all even: every (k, l, J) path, as the SE(3) layer"
        except Exception as ex:  # an e3nn that insists on O(3) parities
            irreps, sh, tp, fc = build(False)
            res["parity"] = f"O(3) irreps (fewer paths than the SE(3) layer): {ex}"
        res["paths"] = len(tp.instructions)
        res["weight_numel_per_edge"] = tp.weight_numel
        x = torch.randn(n, irreps.dim, device=dev)

        def forward():
            vec = pos[src] - pos[dst]
            r = vec.norm(dim=1, keepdim=True)
            w = fc(torch.cat([q[dst] * q[src], r], dim=1))
            msg = tp(x[src], sh(vec), w)
            return torch.zeros(n, irreps.dim, device=dev).index_add_(0, dst, msg)

        with torch.no_grad():
            for _ in range(3):
                forward()
            torch.cuda.synchronize()
            times = []
            for _ in range(a.repeat):
                t0 = torch.cuda.Event(enable_timing=True)
                t1 = torch.cuda.Event(enable_timing=True)
                t0.record()
                forward()
                t1.record()
                torch.cuda.synchronize()
                times.append(t0.elapsed_time(t1))
        # forward + backward: a sum-of-squares loss, gradients for the features, the positions and
        # the radial net's weights (what training needs), as `se3tc bench --grad` times
        x.requires_grad_(True)
        pos.requires_grad_(True)
        times_b = []
        for k in range(3 + a.repeat):
            t0 = torch.cuda.Event(enable_timing=True)
            t1 = torch.cuda.Event(enable_timing=True)
            t0.record()
            forward().square().sum().backward()
            t1.record()
            torch.cuda.synchronize()
            if k >= 3:
                times_b.append(t0.elapsed_time(t1))
        times_b.sort()
        res["ms_fwd_bwd"] = times_b[len(times_b) // 2]
        times.sort()
        res["ms"] = times[len(times) // 2]
        res["ms_min"] = times[0]
        res["edges_per_s"] = res["edges"] / (res["ms"] / 1e3)
    except Exception as ex:
        res["error"] = f"{type(ex).__name__}: {ex}"
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1)
    print(json.dumps(res))
    return 0 if "ms" in res else 1


if __name__ == "__main__":
    sys.exit(main())
