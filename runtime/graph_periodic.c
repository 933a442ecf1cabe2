/* graph_periodic.c - knn and radius graphs on periodic cells (docs/graphs.md, "Periodic
 * cells"): every image x_j + S·cell of every point within reach, for any cell shape and any mix
 * of periodic and open directions, cells smaller than the cut-off included. A brute-force scan
 * over points and cell shifts: O(n² · images) per frame, meant for cells of up to a few hundred
 * atoms (a cell list over images is future work). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

se3rt_status se3rt_graph_new_periodic(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos,
                                      int32_t n, const double cell[9], const int32_t pbc[3], se3rt_graph **out)
{
    *out = NULL;
    if (!pbc || !(pbc[0] || pbc[1] || pbc[2]))
        return se3rt_graph_new(ctx, spec, pos, n, NULL, 0, out);
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
        int64_t fewest = periodic_scan(ctx, w, n, cell, nmax, wrap, r * r, &cand, &off);
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
