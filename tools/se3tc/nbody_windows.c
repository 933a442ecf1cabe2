/* nbody_windows.c - input/label windows cut from the trajectories of `se3tc nbody generate`
 * (docs/nbody.md, "Windows"). The official loader draws a training window's start frame
 * uniformly each time it loads a simulation and gives test simulation idx the start frame
 * int((F - h) / nsims * idx). Here training gets every window of every simulation: the trainer
 * walks its frames in a fresh seeded permutation each epoch, so each example it draws is a
 * uniform (simulation, start frame) pair, reproducible from the seed. */
#include "nbody_windows.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int nbody_is_trajectory(const se3rt_xyz *xyz)
{
    return xyz && xyz->nframes > 0 && se3rt_frame_info(&xyz->frames[0], "sample_every") &&
           se3rt_frame_info(&xyz->frames[0], "frames");
}

/* Whole-string integer info value in [lo, hi]; 0 or -1. */
static int nw_info(const se3rt_frame *f, const char *key, long long lo, long long hi, long long *v)
{
    const char *s = se3rt_frame_info(f, key);
    if (!s || !*s)
        return -1;
    char *end;
    long long x = strtoll(s, &end, 10);
    if (*end || x < lo || x > hi)
        return -1;
    *v = x;
    return 0;
}

static const double *nw_prop(const se3rt_frame *f, const char *name, int ncols)
{
    const se3rt_xyz_prop *p = se3rt_frame_prop(f, name);
    return p && p->values && p->ncols == ncols ? p->values : NULL;
}

int nbody_windows(se3rt_ctx *ctx, const se3rt_xyz *traj, nbody_window_kind kind, se3rt_xyz **out, char *err,
                  size_t errlen)
{
    *out = NULL;
    const se3rt_frame *f0 = &traj->frames[0];
    long long nfr, every, horizon;
    char dtbuf[64];
    const char *dts = se3rt_frame_info(f0, "dt");
    double dt = dts ? strtod(dts, NULL) : NAN;
    if (nw_info(f0, "frames", 2, 1000000000LL, &nfr) || nw_info(f0, "sample_every", 1, 1000000000LL, &every) ||
        nw_info(f0, "horizon", 0, 1000000000LL, &horizon) || horizon % every != 0 || horizon / every >= nfr ||
        !(dt > 0) || !isfinite(dt)) {
        snprintf(err, errlen, "%s: frame 1: a trajectory needs integer frames >= 2, sample_every, horizon (a "
                 "multiple of sample_every, under frames x sample_every) and dt > 0", traj->file);
        return -1;
    }
    const long long h = horizon / every, starts = nfr - h;
    if (traj->nframes % (size_t)nfr != 0) {
        snprintf(err, errlen, "%s: %zu frames are not whole trajectories of %lld frames", traj->file, traj->nframes,
                 nfr);
        return -1;
    }
    const long long nsims = (long long)(traj->nframes / (size_t)nfr);
    const size_t n = f0->natoms;
    se3rt_xyz *x = NULL;
    double *dx = malloc((2 * 3 * n + 1) * sizeof *dx), *dv = dx ? dx + 3 * n : NULL;
    if (!dx || se3rt_xyz_new(ctx, traj->file, &x) != SE3RT_OK) {
        free(dx);
        snprintf(err, errlen, "%s: out of memory", traj->file);
        return -1;
    }
    snprintf(dtbuf, sizeof dtbuf, "%.17g", (double)horizon * dt);
    /* check every frame first: the simulation, frame index and columns of each */
    for (size_t i = 0; i < traj->nframes; i++) {
        const se3rt_frame *f = &traj->frames[i];
        long long sim, fr;
        long long want_sim = (long long)(i / (size_t)nfr), want_fr = (long long)(i % (size_t)nfr);
        if (nw_info(f, "sim", 0, 1LL << 53, &sim) || nw_info(f, "frame", 0, nfr - 1, &fr) || fr != want_fr ||
            (i > 0 && want_fr > 0 && sim != (long long)strtoll(se3rt_frame_info(&traj->frames[i - 1], "sim"), NULL, 10)) ||
            f->natoms != n || !nw_prop(f, "vel", 3) || !nw_prop(f, "charge", 1)) {
            snprintf(err, errlen, "%s: frame %zu (line %d): expected frame %lld of simulation %lld with pos, vel, charge "
                     "of %zu atoms", traj->file, i + 1, f->line, want_fr, want_sim, n);
            free(dx);
            se3rt_xyz_free(x);
            return -1;
        }
    }
    char buf[32];
    for (long long s = 0; s < nsims; s++) {
        long long a = 0, b = starts; /* start frames [a, b) */
        if (kind == NBODY_WINDOWS_SPREAD) {
            /* the official test windows: int(last_pssbl / len * idx), in double as Python computes it */
            a = (long long)((double)starts / (double)nsims * (double)s);
            b = a + 1;
        }
        for (long long st = a; st < b; st++) {
            const se3rt_frame *in = &traj->frames[s * nfr + st], *lab = &traj->frames[s * nfr + st + h];
            const double *p0 = se3rt_frame_positions(in), *v0 = nw_prop(in, "vel", 3);
            const double *p1 = se3rt_frame_positions(lab), *v1 = nw_prop(lab, "vel", 3);
            for (size_t c = 0; c < 3 * n; c++) {
                dx[c] = p1[c] - p0[c];
                dv[c] = v1[c] - v0[c];
            }
            se3rt_frame *f;
            se3rt_status rs = se3rt_xyz_frame_append(x, n, NULL, p0, &f);
            if (!rs)
                rs = se3rt_frame_prop_add(x, f, "vel", 3, v0, 0);
            if (!rs)
                rs = se3rt_frame_prop_add(x, f, "charge", 1, nw_prop(in, "charge", 1), 0);
            if (!rs)
                rs = se3rt_frame_prop_add(x, f, "dx", 3, dx, 0);
            if (!rs)
                rs = se3rt_frame_prop_add(x, f, "dv", 3, dv, 0);
            if (!rs)
                rs = se3rt_frame_info_set(x, f, "sim", se3rt_frame_info(in, "sim"));
            snprintf(buf, sizeof buf, "%lld", st);
            if (!rs)
                rs = se3rt_frame_info_set(x, f, "frame0", buf);
            if (!rs)
                rs = se3rt_frame_info_set(x, f, "t0", se3rt_frame_info(in, "step") ? se3rt_frame_info(in, "step") : "?");
            if (!rs)
                rs = se3rt_frame_info_set(x, f, "delta_t", dtbuf);
            if (rs) {
                snprintf(err, errlen, "%s: out of memory cutting windows", traj->file);
                free(dx);
                se3rt_xyz_free(x);
                return -1;
            }
        }
    }
    free(dx);
    *out = x;
    return 0;
}

long long nbody_window_groups(const se3rt_xyz *windows, long long *group)
{
    long long n = 0, prev_sim = -1, prev_start = -1;
    for (size_t k = 0; k < windows->nframes; k++) {
        long long sim, start;
        if (nw_info(&windows->frames[k], "sim", 0, 1LL << 53, &sim) ||
            nw_info(&windows->frames[k], "frame0", 0, 1LL << 53, &start))
            return -1;
        /* a simulation's windows are contiguous with rising start frames (nbody_windows) */
        if (k == 0 || sim != prev_sim || start <= prev_start)
            n++;
        group[k] = n - 1;
        prev_sim = sim;
        prev_start = start;
    }
    return n;
}
