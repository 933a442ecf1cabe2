#!/usr/bin/env python3
"""Independent reference for the N-body linear baseline (docs/nbody.md, "Linear baseline").

A plain-Python transcription of the official generator's charged-particle simulation
(NRI's ChargedParticlesSim as the SE(3)-Transformer repository runs it: 3D, loc_std 1,
vel_norm 0.5, charges +-1 with p = 0.5, dt 0.001, max force 0.1/dt, walls at +-box after every
drift, frames every 100 steps over 5000 steps, the initial state not stored) with Python's own
random numbers, sharing no code with se3tc. Prints the mean squared error of the linear
baseline dx = v * 0.5 over every 500-step window (5 frames), per coordinate, with its standard
error over simulations.

usage: scripts/nbody_official_ref.py [SIMS] [SEED] [BOX]     (defaults 400 1 5; BOX 0: no walls)
"""
import math
import random
import sys


def trajectory(rng, n=5, box=5.0, T=5000, every=100, dt=0.001):
    maxf = 0.1 / dt
    q = [rng.choice((-1.0, 1.0)) for _ in range(n)]
    x = [[rng.gauss(0, 1) for _ in range(3)] for _ in range(n)]
    v = []
    for _ in range(n):
        w = [rng.gauss(0, 1) for _ in range(3)]
        s = math.sqrt(sum(c * c for c in w))
        v.append([c * 0.5 / s for c in w])

    def clamp():
        if box <= 0:
            return
        for i in range(n):
            for c in range(3):
                if x[i][c] > box:
                    x[i][c] = 2 * box - x[i][c]
                    v[i][c] = -abs(v[i][c])
                elif x[i][c] < -box:
                    x[i][c] = -2 * box - x[i][c]
                    v[i][c] = abs(v[i][c])

    def kick():
        for i in range(n):
            f = [0.0, 0.0, 0.0]
            for j in range(n):
                if j == i:
                    continue
                d = [x[i][c] - x[j][c] for c in range(3)]
                r3 = (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) ** 1.5
                for c in range(3):
                    f[c] += q[i] * q[j] * d[c] / r3
            for c in range(3):
                v[i][c] += dt * max(-maxf, min(maxf, f[c]))

    clamp()
    kick()
    frames = []
    for step in range(1, T):
        for i in range(n):
            for c in range(3):
                x[i][c] += dt * v[i][c]
        clamp()
        if step % every == 0:
            frames.append(([r[:] for r in x], [r[:] for r in v]))
        kick()
    return frames


def main():
    sims = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    box = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0
    rng = random.Random(seed)
    per = []
    for _ in range(sims):
        fr = trajectory(rng, box=box)
        es = []
        for a in range(len(fr) - 5):
            (x0, v0), (x1, _) = fr[a], fr[a + 5]
            es.append(sum((v0[i][c] * 0.5 - (x1[i][c] - x0[i][c])) ** 2 for i in range(5) for c in range(3)) / 15)
        per.append(sum(es) / len(es))
    m = sum(per) / len(per)
    se = math.sqrt(sum((p - m) ** 2 for p in per) / (len(per) - 1) / len(per))
    print("sims %d seed %d box %g: linear MSE x per coordinate %.5f +- %.5f, summed over x,y,z %.5f +- %.5f"
          % (sims, seed, box, m, se, 3 * m, 3 * se))


if __name__ == "__main__":
    main()
