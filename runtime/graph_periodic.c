/* graph_periodic.c - knn and radius graphs on periodic cells (docs/graphs.md, "Periodic
 * cells"): every image x_j + S·cell of every point within reach, for any cell shape and any mix
 * of periodic and open directions, cells smaller than the cut-off included. Small frames are
 * scanned by brute force over points and cell shifts (O(n² · images)); from RT_CELL_LIST_MIN
 * points on, a cell list (linked cells in fractional coordinates) visits only the images in
 * neighbouring bins, O(n · neighbours). Both find the same candidates with the same arithmetic,
 * so the graphs are identical (tests/test_cell_list.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph_cells.h"
#include "rt_internal.h"
#include "se3rt_graph.h"

typedef struct pcand {
    double d2;
    int32_t j;
    int32_t s[3];
} pcand;

/* Rank by (d², j, S): deterministic at equal distances. */
static int pcand_rank(const void *pa, const void *pb)
{
    const pcand *a = pa, *b = pb;
    if (a->d2 != b->d2)
        return a->d2 < b->d2 ? -1 : 1;
    if (a->j != b->j)
        return a->j < b->j ? -1 : 1;
    for (int k = 0; k < 3; k++)
        if (a->s[k] != b->s[k])
            return a->s[k] < b->s[k] ? -1 : 1;
    return 0;
}

/* CSR order within a receiver: by (j, S). */
static int pcand_order(const void *pa, const void *pb)
{
    const pcand *a = pa, *b = pb;
    if (a->j != b->j)
        return a->j < b->j ? -1 : 1;
    for (int k = 0; k < 3; k++)
        if (a->s[k] != b->s[k])
            return a->s[k] < b->s[k] ? -1 : 1;
    return 0;
}

static double det3(const double *c)
{
    return c[0] * (c[4] * c[8] - c[5] * c[7]) - c[1] * (c[3] * c[8] - c[5] * c[6]) +
           c[2] * (c[3] * c[7] - c[4] * c[6]);
}

/* inv such that frac = x · inv (x a row vector), i.e. inv = cell⁻¹. */
static void inv3(const double *c, double det, double *inv)
{
    inv[0] = (c[4] * c[8] - c[5] * c[7]) / det;
    inv[1] = (c[2] * c[7] - c[1] * c[8]) / det;
    inv[2] = (c[1] * c[5] - c[2] * c[4]) / det;
    inv[3] = (c[5] * c[6] - c[3] * c[8]) / det;
    inv[4] = (c[0] * c[8] - c[2] * c[6]) / det;
    inv[5] = (c[2] * c[3] - c[0] * c[5]) / det;
    inv[6] = (c[3] * c[7] - c[4] * c[6]) / det;
    inv[7] = (c[1] * c[6] - c[0] * c[7]) / det;
    inv[8] = (c[0] * c[4] - c[1] * c[3]) / det;
}

/* Collect, for every receiver, the images within squared distance r2 (sorted by rank) into
 * *cand/off; returns the fewest found for any receiver, or -1 on NOMEM. */
static int64_t periodic_scan(se3rt_ctx *ctx, const double *w, int32_t n, const double *cell, const int32_t *nmax,
                             const int32_t *wrap, double r2, pcand **cand, int64_t **off)
{
    int64_t cap = 1024, len = 0, fewest = INT64_MAX;
    pcand *c = rt_malloc(ctx, (size_t)cap * sizeof *c);
    int64_t *o = rt_calloc(ctx, (size_t)n + 1, sizeof *o);
    if (!c || !o) {
        rt_free(ctx, c);
        rt_free(ctx, o);
        return -1;
    }
    for (int32_t i = 0; i < n; i++) {
        o[i] = len;
        for (int32_t j = 0; j < n; j++)
            for (int32_t s0 = -nmax[0]; s0 <= nmax[0]; s0++)
                for (int32_t s1 = -nmax[1]; s1 <= nmax[1]; s1++)
                    for (int32_t s2 = -nmax[2]; s2 <= nmax[2]; s2++) {
                        if (j == i && !s0 && !s1 && !s2)
                            continue;
                        double d[3], d2 = 0;
                        for (int k = 0; k < 3; k++) {
                            d[k] = w[3 * j + k] + s0 * cell[k] + s1 * cell[3 + k] + s2 * cell[6 + k] - w[3 * i + k];
                            d2 += d[k] * d[k];
                        }
                        if (!(d2 <= r2))
                            continue;
                        if (len == cap) {
                            pcand *nc = rt_realloc(ctx, c, (size_t)cap * 2 * sizeof *nc);
                            if (!nc) {
                                rt_free(ctx, c);
                                rt_free(ctx, o);
                                return -1;
                            }
                            c = nc;
                            cap *= 2;
                        }
                        /* back to the caller's unwrapped positions: x = w + wrap·cell */
                        c[len++] = (pcand){ d2, j, { s0 - wrap[3 * j] + wrap[3 * i], s1 - wrap[3 * j + 1] + wrap[3 * i + 1],
                                                     s2 - wrap[3 * j + 2] + wrap[3 * i + 2] } };
                    }
        qsort(c + o[i], (size_t)(len - o[i]), sizeof *c, pcand_rank);
        fewest = len - o[i] < fewest ? len - o[i] : fewest;
    }
    o[n] = len;
    *cand = c;
    *off = o;
    return fewest;
}

/* Append candidate (d2, j, S) for receiver i, S relative to the wrapped points (returned to the
 * caller's positions as periodic_scan does); 0, or -1 on NOMEM. */
static int cand_push(se3rt_ctx *ctx, pcand **c, int64_t *len, int64_t *cap, double d2, int32_t i, int32_t j,
                     const int32_t *s, const int32_t *wrap)
{
    if (*len == *cap) {
        pcand *nc = rt_realloc(ctx, *c, (size_t)*cap * 2 * sizeof *nc);
        if (!nc)
            return -1;
        *c = nc;
        *cap *= 2;
    }
    (*c)[(*len)++] = (pcand){ d2, j, { s[0] - wrap[3 * j] + wrap[3 * i], s[1] - wrap[3 * j + 1] + wrap[3 * i + 1],
                                       s[2] - wrap[3 * j + 2] + wrap[3 * i + 2] } };
    return 0;
}

/* periodic_scan with a cell list (or -2 when the wrap left a point far outside the cell, |f| >=
 * 1e9, which the scan then handles): the wrapped points go into nb[0] x nb[1] x nb[2] bins of
 * their fractional coordinates f = w · cell⁻¹, each bin at least r thick across its planes where
 * the frame allows (thickness spacing / nb along a periodic axis, the points' extent / nb along
 * an open one). A receiver in bin b visits the virtual bins b - K .. b + K per axis, K =
 * floor(r / thickness) + 2: two points whose fractional coordinates differ by d lie at most
 * floor(d nb) + 1 bins apart, one more bin covers a point put into the first or last bin when
 * rounding leaves it just outside [0, 1), and r / thickness is taken 1e-12 larger, so a pair at
 * distance r on an exact bin boundary (lattices) is not lost to rounding either; along a periodic
 * axis virtual bin t is real bin t mod nb with shift S = floor(t / nb), so every image (j, S) is
 * met at most once, and along an open axis only real bins with S = 0. Two points within r differ
 * by at most r / spacing in fractional coordinates, so no image within r is missed; each
 * candidate's d² is computed exactly as periodic_scan computes it. */
static int64_t periodic_cells(se3rt_ctx *ctx, const double *w, int32_t n, const double *cell, const double *inv,
                              const double *spacing, const int32_t *pbc, const int32_t *wrap, double r,
                              pcand **cand, int64_t **off)
{
    const double r2 = r * r;
    double lo[3], hi[3], thick[3];
    int32_t nb[3], K[3];
    double *f = rt_malloc(ctx, (size_t)n * 3 * sizeof *f + 1);
    if (!f)
        return -1;
    for (int a = 0; a < 3; a++)
        lo[a] = HUGE_VAL, hi[a] = -HUGE_VAL;
    for (int32_t i = 0; i < n; i++)
        for (int a = 0; a < 3; a++) {
            double v = w[3 * i] * inv[a] + w[3 * i + 1] * inv[3 + a] + w[3 * i + 2] * inv[6 + a];
            f[3 * i + a] = v;
            lo[a] = v < lo[a] ? v : lo[a];
            hi[a] = v > hi[a] ? v : hi[a];
            if (pbc[a] && !(v > -0.5 && v < 1.5)) {   /* not wrapped (|f| >= 1e9): the scan decides */
                rt_free(ctx, f);
                return -2;
            }
        }
    /* bins per axis: thickness >= r, at most about 2n bins in all */
    int64_t total = 1;
    for (int a = 0; a < 3; a++) {
        if (pbc[a])
            lo[a] = 0, hi[a] = 1;
        double extent = (hi[a] - lo[a]) * spacing[a];
        double m = r > 0 ? floor(extent / r) : 1;
        nb[a] = m < 1 ? 1 : m > 1024 ? 1024 : (int32_t)m;
        total *= nb[a];
    }
    while (total > 2 * (int64_t)n + 8) {   /* halve the finest axis until the grid is O(n) */
        int a = nb[0] >= nb[1] && nb[0] >= nb[2] ? 0 : nb[1] >= nb[2] ? 1 : 2;
        total /= nb[a];
        nb[a] = (nb[a] + 1) / 2;
        total *= nb[a];
    }
    for (int a = 0; a < 3; a++) {
        double span = hi[a] > lo[a] ? hi[a] - lo[a] : 1;
        thick[a] = span * spacing[a] / nb[a];
        double k = thick[a] > 0 ? floor(r / thick[a] * (1 + 1e-12)) + 2 : 1e9;
        K[a] = k > 1e6 ? 1000000 : (int32_t)k;
        hi[a] = span;   /* from here: the span of the fractional range */
    }
    /* counting sort of the points by bin */
    int32_t *bin = rt_malloc(ctx, (size_t)n * sizeof *bin + 1), *order = rt_malloc(ctx, (size_t)n * sizeof *order + 1);
    int64_t *start = rt_calloc(ctx, (size_t)total + 1, sizeof *start);
    int64_t cap = 1024, len = 0, fewest = INT64_MAX;
    pcand *c = rt_malloc(ctx, (size_t)cap * sizeof *c);
    int64_t *o = rt_calloc(ctx, (size_t)n + 1, sizeof *o);
    int fail = !bin || !order || !start || !c || !o;
    int32_t (*bc)[3] = fail ? NULL : rt_malloc(ctx, (size_t)n * sizeof *bc + 1);
    fail |= !bc;
    for (int32_t i = 0; !fail && i < n; i++) {
        int64_t idx = 0;
        for (int a = 0; a < 3; a++) {
            double t = floor((f[3 * i + a] - lo[a]) / hi[a] * nb[a]);
            int32_t q = t < 0 ? 0 : t >= nb[a] ? nb[a] - 1 : (int32_t)t;
            bc[i][a] = q;
            idx = idx * nb[a] + q;
        }
        bin[i] = (int32_t)idx;
        start[idx + 1]++;
    }
    for (int64_t q = 0; !fail && q < total; q++)
        start[q + 1] += start[q];
    if (!fail) {
        int64_t *fill = rt_malloc(ctx, (size_t)total * sizeof *fill + 1);
        if (!fill) {
            fail = 1;
        } else {
            memcpy(fill, start, (size_t)total * sizeof *fill);
            for (int32_t i = 0; i < n; i++)   /* ascending j within a bin */
                order[fill[bin[i]]++] = i;
            rt_free(ctx, fill);
        }
    }
    for (int32_t i = 0; !fail && i < n; i++) {
        o[i] = len;
        int32_t t0[3], t1[3];
        for (int a = 0; a < 3; a++) {
            t0[a] = bc[i][a] - K[a];
            t1[a] = bc[i][a] + K[a];
            if (!pbc[a]) {
                t0[a] = t0[a] < 0 ? 0 : t0[a];
                t1[a] = t1[a] > nb[a] - 1 ? nb[a] - 1 : t1[a];
            }
        }
        for (int32_t u0 = t0[0]; !fail && u0 <= t1[0]; u0++)
            for (int32_t u1 = t0[1]; !fail && u1 <= t1[1]; u1++)
                for (int32_t u2 = t0[2]; !fail && u2 <= t1[2]; u2++) {
                    const int32_t u[3] = { u0, u1, u2 };
                    int32_t S[3];
                    int64_t idx = 0;
                    for (int a = 0; a < 3; a++) {
                        int32_t q = u[a] % nb[a];
                        q += q < 0 ? nb[a] : 0;
                        S[a] = (u[a] - q) / nb[a];
                        idx = idx * nb[a] + q;
                    }
                    for (int64_t p = start[idx]; p < start[idx + 1]; p++) {
                        const int32_t j = order[p];
                        if (j == i && !S[0] && !S[1] && !S[2])
                            continue;
                        double d[3], d2 = 0;
                        for (int k = 0; k < 3; k++) {
                            d[k] = w[3 * j + k] + S[0] * cell[k] + S[1] * cell[3 + k] + S[2] * cell[6 + k] - w[3 * i + k];
                            d2 += d[k] * d[k];
                        }
                        if (d2 <= r2 && cand_push(ctx, &c, &len, &cap, d2, i, j, S, wrap) != 0)
                            fail = 1;
                    }
                }
        if (!fail) {
            qsort(c + o[i], (size_t)(len - o[i]), sizeof *c, pcand_rank);
            fewest = len - o[i] < fewest ? len - o[i] : fewest;
        }
    }
    rt_free(ctx, f);
    rt_free(ctx, bin);
    rt_free(ctx, order);
    rt_free(ctx, start);
    rt_free(ctx, bc);
    if (fail) {
        rt_free(ctx, c);
        rt_free(ctx, o);
        return -1;
    }
    o[n] = len;
    *cand = c;
    *off = o;
    return fewest;
}

se3rt_status se3rt_graph_new_periodic(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos,
                                      int32_t n, const double cell[9], const int32_t pbc[3], se3rt_graph **out)
{
    return rt_graph_periodic_with(ctx, spec, pos, n, cell, pbc, RT_CELLS_AUTO, out);
}

se3rt_status rt_graph_periodic_with(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos, int32_t n,
                                    const double cell[9], const int32_t pbc[3], rt_cells_method method,
                                    se3rt_graph **out)
{
    *out = NULL;
    const int open = !pbc || !(pbc[0] || pbc[1] || pbc[2]);
    if (open && method == RT_CELLS_AUTO)
        return se3rt_graph_new(ctx, spec, pos, n, NULL, 0, out);
    const int32_t none[3] = { 0, 0, 0 };
    if (!pbc)
        pbc = none;
    if (spec->kind == SE3RT_GRAPH_FULL || spec->kind == SE3RT_GRAPH_GIVEN)
        return rt_error(ctx, SE3RT_ERR_INVALID, "graph %s cannot be periodic (a periodic cell needs graph knn or "
                        "radius)", spec->kind == SE3RT_GRAPH_FULL ? "full" : "given");
    if (spec->kind != SE3RT_GRAPH_KNN && spec->kind != SE3RT_GRAPH_RADIUS)
        return rt_error(ctx, SE3RT_ERR_INVALID, "unknown graph kind %d", (int)spec->kind);
    /* the parameters and points, checked by the open builder's rules */
    se3rt_graph *probe = NULL;
    se3rt_status st = spec->kind == SE3RT_GRAPH_KNN ? se3rt_graph_new_knn(ctx, pos, n > 0 ? 1 : n, spec->k, &probe)
                                                    : se3rt_graph_new_radius(ctx, pos, n > 0 ? 1 : n, spec->r, spec->k, &probe);
    se3rt_graph_free(ctx, probe);
    if (st)
        return st;
    for (int32_t i = 0; i < n; i++)
        for (int k = 0; k < 3; k++)
            if (!isfinite(pos[3 * i + k]))
                return rt_error(ctx, SE3RT_ERR_INVALID, "atom %d: non-finite coordinate (%c = %g)", (int)i + 1,
                                "xyz"[k], pos[3 * i + k]);
    for (int k = 0; k < 9; k++)
        if (!cell || !isfinite(cell[k]))
            return rt_error(ctx, SE3RT_ERR_INVALID, "cell: lattice vectors are not finite");
    double det = det3(cell), la = 1;
    for (int a = 0; a < 3; a++)
        la *= sqrt(cell[3 * a] * cell[3 * a] + cell[3 * a + 1] * cell[3 * a + 1] + cell[3 * a + 2] * cell[3 * a + 2]);
    if (!(fabs(det) > 1e-9 * la))
        return rt_error(ctx, SE3RT_ERR_INVALID, "cell: lattice vectors are linearly dependent (volume %g)", fabs(det));
    double inv[9];
    inv3(cell, det, inv);
    /* wrap the points into the cell along periodic directions: w = x - F·cell */
    double *w = rt_malloc(ctx, (size_t)n * 3 * sizeof *w + 1);
    int32_t *wrap = rt_calloc(ctx, (size_t)n * 3 + 1, sizeof *wrap);
    if (!w || !wrap) {
        rt_free(ctx, w);
        rt_free(ctx, wrap);
        return SE3RT_ERR_NOMEM;
    }
    for (int32_t i = 0; i < n; i++) {
        for (int a = 0; a < 3; a++) {
            double f = pos[3 * i] * inv[a] + pos[3 * i + 1] * inv[3 + a] + pos[3 * i + 2] * inv[6 + a];
            wrap[3 * i + a] = pbc[a] && fabs(f) < 1e9 ? (int32_t)floor(f) : 0;
        }
        for (int k = 0; k < 3; k++)
            w[3 * i + k] = pos[3 * i + k] - wrap[3 * i] * cell[k] - wrap[3 * i + 1] * cell[3 + k] -
                           wrap[3 * i + 2] * cell[6 + k];
    }
    /* plane spacings: along a, |det| / |b x c| */
    double spacing[3];
    for (int a = 0; a < 3; a++) {
        const double *u = cell + 3 * ((a + 1) % 3), *v = cell + 3 * ((a + 2) % 3);
        double cx = u[1] * v[2] - u[2] * v[1], cy = u[2] * v[0] - u[0] * v[2], cz = u[0] * v[1] - u[1] * v[0];
        spacing[a] = fabs(det) / sqrt(cx * cx + cy * cy + cz * cz);
    }
    /* knn: a radius holding k images everywhere, grown until it does */
    const int knn = spec->kind == SE3RT_GRAPH_KNN;
    double r = knn ? 1.5 * cbrt(fabs(det) * (spec->k + 1) / (n > 0 ? n : 1)) : spec->r;
    int64_t want = knn ? spec->k : 0;
    pcand *cand = NULL;
    int64_t *off = NULL;
    st = SE3RT_OK;
    for (int round = 0;; round++) {
        int32_t nmax[3];
        for (int a = 0; a < 3; a++)
            nmax[a] = pbc[a] ? (int32_t)ceil(r / spacing[a]) + 1 : 0;
        if ((int64_t)(2 * nmax[0] + 1) * (2 * nmax[1] + 1) * (2 * nmax[2] + 1) * n > 100000000) {
            st = rt_error(ctx, SE3RT_ERR_INVALID, "cell: the cut-off %g reaches %d x %d x %d cells: too many images "
                          "(the cell is too thin for it)", r, 2 * nmax[0] + 1, 2 * nmax[1] + 1, 2 * nmax[2] + 1);
            break;
        }
        const int cells = method == RT_CELLS_ON || (method == RT_CELLS_AUTO && n >= RT_CELL_LIST_MIN);
        int64_t fewest = cells ? periodic_cells(ctx, w, n, cell, inv, spacing, pbc, wrap, r, &cand, &off) : -2;
        if (fewest == -2)
            fewest = periodic_scan(ctx, w, n, cell, nmax, wrap, r * r, &cand, &off);
        if (fewest < 0) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        if (fewest >= want || round > 60)
            break;
        rt_free(ctx, cand);
        rt_free(ctx, off);
        cand = NULL;
        off = NULL;
        r *= 2;
    }
    rt_free(ctx, w);
    rt_free(ctx, wrap);
    if (st)
        return st;
    int64_t cap = spec->k > 0 ? spec->k : INT64_MAX, m = 0;
    for (int32_t i = 0; i < n; i++)
        m += off[i + 1] - off[i] < cap ? off[i + 1] - off[i] : cap;
    se3rt_graph *g = rt_calloc(ctx, 1, sizeof *g);
    if (g) {
        g->n = n;
        g->row = rt_calloc(ctx, (size_t)n + 1, sizeof *g->row);
        g->src = rt_malloc(ctx, (size_t)m * sizeof *g->src + 1);
        g->shift = rt_malloc(ctx, (size_t)m * 3 * sizeof *g->shift + 1);
    }
    if (!g || !g->row || !g->src || !g->shift) {
        se3rt_graph_free(ctx, g);
        rt_free(ctx, cand);
        rt_free(ctx, off);
        return SE3RT_ERR_NOMEM;
    }
    int64_t e = 0;
    for (int32_t i = 0; i < n; i++) {
        int64_t len = off[i + 1] - off[i] < cap ? off[i + 1] - off[i] : cap;
        pcand *ci = cand + off[i];
        qsort(ci, (size_t)len, sizeof *ci, pcand_order);
        g->row[i] = e;
        for (int64_t q = 0; q < len; q++, e++) {
            g->src[e] = ci[q].j;
            memcpy(g->shift + 3 * e, ci[q].s, sizeof ci[q].s);
        }
    }
    g->row[n] = g->nedges = e;
    rt_free(ctx, cand);
    rt_free(ctx, off);
    *out = g;
    return SE3RT_OK;
}
