/* test_rt_graph.c - Check suite for runtime/graph.c: every builder (full, knn, radius, given)
 * against brute-force O(n^2) oracles written here, on awkward clouds (clustered, coincident,
 * 1-D, lattice, huge ranges), at 100,000 points (timed), every error message, and allocation
 * failure at every allocation. */
#include "se3rt_graph.h"
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- helpers ------------------------------------------------------------------------------- */

typedef struct rng {
    uint64_t s; /* splitmix64 state */
} rng;

static uint64_t rng_next(rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static double rng_unif(rng *r) /* [0, 1) */
{
    return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

static int32_t rng_int(rng *r, int32_t m) /* [0, m) */
{
    return (int32_t)(rng_next(r) % (uint64_t)m);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The distance the library uses, written out the same way so the oracle agrees bit for bit. */
static double d2(const double *pos, int32_t i, int32_t j)
{
    const double *a = pos + 3 * (int64_t)i, *b = pos + 3 * (int64_t)j;
    double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
    return dx * dx + dy * dy + dz * dz;
}

typedef struct cand {
    double d;   /* squared distance */
    int32_t j;  /* sender */
} cand;

static int cand_cmp(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    if (a->d != b->d)
        return a->d < b->d ? -1 : 1;
    return (a->j > b->j) - (a->j < b->j);
}

static int int_cmp(const void *pa, const void *pb)
{
    int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
    return (a > b) - (a < b);
}

/* Brute force: senders of receiver i (ascending) among j != i with d2 <= bound, keeping only
 * the k nearest by (d2, index) when k > 0 (a sorted list of the best k, insertion when a
 * candidate beats its last). Returns the count; tmp and js have room for n. */
static int32_t oracle_row(const double *pos, int32_t n, int32_t i, int32_t k, double bound,
                          cand *tmp, int32_t *js)
{
    int32_t m = 0;
    for (int32_t j = 0; j < n; j++) {
        if (j == i)
            continue;
        cand c = { d2(pos, i, j), j };
        if (!(c.d <= bound))
            continue;
        if (k <= 0) {
            tmp[m++] = c;
            continue;
        }
        if (m == k && cand_cmp(&c, &tmp[m - 1]) >= 0)
            continue;
        int32_t p = m < k ? m++ : m - 1;
        for (; p > 0 && cand_cmp(&c, &tmp[p - 1]) < 0; p--)
            tmp[p] = tmp[p - 1];
        tmp[p] = c;
    }
    for (int32_t c = 0; c < m; c++)
        js[c] = tmp[c].j;
    qsort(js, (size_t)m, sizeof *js, int_cmp);
    return m;
}

/* Compare receiver i of g with the oracle. One assertion per row: in fork mode every Check
 * assertion is a message to the parent, too slow for one per edge. */
static void check_row(const se3rt_graph *g, const double *pos, int32_t i, int32_t k,
                      double bound, cand *tmp, int32_t *js)
{
    int32_t m = oracle_row(pos, g->n, i, k, bound, tmp, js);
    int64_t got = g->row[i + 1] - g->row[i];
    int32_t bad = -1;
    for (int32_t c = 0; c < m && got == m && bad < 0; c++)
        if (g->src[g->row[i] + c] != js[c])
            bad = c;
    ck_assert_msg(got == m && bad < 0, "receiver %d: %lld edges (expected %d), first difference "
                  "at %d: %d (expected %d)", i, (long long)got, m, bad,
                  bad >= 0 ? g->src[g->row[i] + bad] : -1, bad >= 0 ? js[bad] : -1);
}

static void check_all_rows(const se3rt_graph *g, const double *pos, int32_t k, double bound)
{
    cand *tmp = malloc((size_t)g->n * sizeof *tmp);
    int32_t *js = malloc((size_t)g->n * sizeof *js);
    ck_assert_int_eq(g->row[0], 0);
    ck_assert_int_eq(g->row[g->n], g->nedges);
    for (int32_t i = 0; i < g->n; i++)
        check_row(g, pos, i, k, bound, tmp, js);
    free(tmp);
    free(js);
}

enum cloud_kind {
    CLOUD_UNIFORM,    /* unit cube */
    CLOUD_CLUSTERED,  /* a few tight clusters far apart */
    CLOUD_DUPLICATES, /* 20 distinct positions, each used many times */
    CLOUD_LINE,       /* integers on the x axis: distances tie all the time */
    CLOUD_LATTICE,    /* integer lattice: ties in 3-D */
    CLOUD_HUGE,       /* magnitudes 1e-150 .. 1e150, both signs */
    CLOUD_OVERFLOW,   /* magnitudes 1e-200 .. 1e200: some squared distances overflow to inf */
    CLOUD_COINCIDENT, /* every point at the same place */
    CLOUD_NKINDS
};

static const char *cloud_name[CLOUD_NKINDS] = {
    "uniform", "clustered", "duplicates", "line", "lattice", "huge", "overflow", "coincident"
};

static double *make_cloud(enum cloud_kind kind, int32_t n, uint64_t seed)
{
    rng r = { seed };
    double *p = malloc((size_t)n * 3 * sizeof *p);
    double centers[5][3], base[20][3];
    for (int c = 0; c < 5; c++)
        for (int d = 0; d < 3; d++)
            centers[c][d] = 1000.0 * rng_unif(&r);
    for (int c = 0; c < 20; c++)
        for (int d = 0; d < 3; d++)
            base[c][d] = rng_unif(&r);
    for (int32_t i = 0; i < n; i++) {
        double *x = p + 3 * (int64_t)i;
        int c = rng_int(&r, 20);
        for (int d = 0; d < 3; d++) {
            switch (kind) {
            case CLOUD_UNIFORM: x[d] = rng_unif(&r); break;
            case CLOUD_CLUSTERED: x[d] = centers[c % 5][d] + 1e-3 * rng_unif(&r); break;
            case CLOUD_DUPLICATES: x[d] = base[c][d]; break;
            case CLOUD_LINE: x[d] = d == 0 ? (double)rng_int(&r, n / 3 + 1) : 0.0; break;
            case CLOUD_LATTICE: x[d] = (double)rng_int(&r, 8); break;
            case CLOUD_HUGE:
                x[d] = (rng_unif(&r) < 0.5 ? -1 : 1) * pow(10.0, 300.0 * rng_unif(&r) - 150.0);
                break;
            case CLOUD_OVERFLOW:
                x[d] = (rng_unif(&r) < 0.5 ? -1 : 1) * pow(10.0, 400.0 * rng_unif(&r) - 200.0);
                break;
            case CLOUD_COINCIDENT: x[d] = 1.25; break;
            default: break;
            }
        }
    }
    return p;
}

/* Radii to try on a cloud: distances between random pairs (so boundary ties occur), and 1, 2. */
static void pick_radii(const double *pos, int32_t n, uint64_t seed, double r[5])
{
    rng g = { seed };
    for (int c = 0; c < 3; c++) {
        int32_t a = rng_int(&g, n), b = rng_int(&g, n);
        double d = sqrt(d2(pos, a, b));
        r[c] = d > 0 && isfinite(d) ? d : 0.5;
    }
    r[3] = 1.0;
    r[4] = 2.0;
}

/* ---- full ---------------------------------------------------------------------------------- */

START_TEST(test_full_counts)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    int32_t ns[] = { 1, 2, 3, 57, 400 };
    for (size_t t = 0; t < sizeof ns / sizeof *ns; t++) {
        int32_t n = ns[t];
        double *pos = make_cloud(CLOUD_UNIFORM, n, 10 + t);
        se3rt_graph *g = NULL;
        ck_assert_int_eq(se3rt_graph_new_full(ctx, pos, n, &g), SE3RT_OK);
        ck_assert_int_eq(g->n, n);
        ck_assert_int_eq(g->nedges, (int64_t)n * (n - 1));
        ck_assert_int_eq(g->nattr, 0);
        ck_assert_ptr_null(g->attr);
        int ok = 1;
        for (int32_t i = 0; i < n; i++) {
            ok &= g->row[i] == (int64_t)i * (n - 1);
            for (int64_t e = g->row[i]; e < g->row[i + 1]; e++) {
                int32_t c = (int32_t)(e - g->row[i]);
                ok &= g->src[e] == (c < i ? c : c + 1);
            }
        }
        ck_assert(ok);
        check_all_rows(g, pos, 0, INFINITY);
        se3rt_graph_free(ctx, g);
        free(pos);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_full_one_point)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    double pos[3] = { 1, 2, 3 };
    se3rt_graph *g = NULL;
    ck_assert_int_eq(se3rt_graph_new_full(ctx, pos, 1, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 0);
    ck_assert_int_eq(g->row[0], 0);
    ck_assert_int_eq(g->row[1], 0);
    se3rt_graph_free(ctx, g);
    se3rt_graph_free(ctx, NULL);
    se3rt_ctx_free(ctx);
}
END_TEST

/* se3rt_graph_new gives the same graph as the builder its kind names. */
static int graph_same(const se3rt_graph *a, const se3rt_graph *b)
{
    if (a->n != b->n || a->nedges != b->nedges || a->nattr != b->nattr)
        return 0;
    if (memcmp(a->row, b->row, ((size_t)a->n + 1) * sizeof *a->row) ||
        memcmp(a->src, b->src, (size_t)a->nedges * sizeof *a->src))
        return 0;
    return !a->nattr || !memcmp(a->attr, b->attr, (size_t)(a->nedges * a->nattr) * sizeof(double));
}

START_TEST(test_dispatch)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const int32_t n = 50;
    double *pos = make_cloud(CLOUD_UNIFORM, n, 8);
    se3rt_bond bonds[] = { { 0, 1, 1 }, { 1, 2, 4 } };
    se3rt_graph_spec specs[] = { { SE3RT_GRAPH_FULL, 0, 0 }, { SE3RT_GRAPH_KNN, 5, 0 },
                                 { SE3RT_GRAPH_RADIUS, 0, 0.4 }, { SE3RT_GRAPH_RADIUS, 3, 0.4 },
                                 { SE3RT_GRAPH_GIVEN, 0, 0 } };
    for (int c = 0; c < 5; c++) {
        se3rt_graph *a = NULL, *b = NULL;
        ck_assert_int_eq(se3rt_graph_new(ctx, &specs[c], pos, n, bonds, 2, &a), SE3RT_OK);
        switch (specs[c].kind) {
        case SE3RT_GRAPH_FULL: ck_assert_int_eq(se3rt_graph_new_full(ctx, pos, n, &b), 0); break;
        case SE3RT_GRAPH_KNN: ck_assert_int_eq(se3rt_graph_new_knn(ctx, pos, n, 5, &b), 0); break;
        case SE3RT_GRAPH_RADIUS:
            ck_assert_int_eq(se3rt_graph_new_radius(ctx, pos, n, 0.4, specs[c].k, &b), 0);
            break;
        case SE3RT_GRAPH_GIVEN:
            ck_assert_int_eq(se3rt_graph_new_given(ctx, pos, n, bonds, 2, &b), 0);
            break;
        }
        ck_assert_msg(graph_same(a, b), "spec %d", c);
        se3rt_graph_free(ctx, a);
        se3rt_graph_free(ctx, b);
    }
    free(pos);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- knn and radius against the oracle ------------------------------------------------------ */

START_TEST(test_knn_oracle)
{
    enum cloud_kind kind = (enum cloud_kind)_i;
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    int32_t ns[] = { 2, 17, 400 };
    for (size_t t = 0; t < sizeof ns / sizeof *ns; t++) {
        int32_t n = ns[t];
        double *pos = make_cloud(kind, n, 100 * _i + t);
        int32_t ks[] = { 1, 3, 16, n - 1 };
        for (size_t c = 0; c < sizeof ks / sizeof *ks; c++) {
            int32_t k = ks[c];
            if (k < 1 || k > n - 1)
                continue;
            se3rt_graph *g = NULL;
            ck_assert_msg(se3rt_graph_new_knn(ctx, pos, n, k, &g) == SE3RT_OK, "%s n=%d k=%d: %s",
                          cloud_name[kind], n, k, se3rt_errmsg(ctx));
            ck_assert_int_eq(g->nedges, (int64_t)n * k);
            check_all_rows(g, pos, k, INFINITY);
            se3rt_graph_free(ctx, g);
        }
        free(pos);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_radius_oracle)
{
    enum cloud_kind kind = (enum cloud_kind)_i;
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    int32_t ns[] = { 1, 2, 40, 400 };
    for (size_t t = 0; t < sizeof ns / sizeof *ns; t++) {
        int32_t n = ns[t];
        double *pos = make_cloud(kind, n, 100 * _i + t + 7);
        double rs[5];
        pick_radii(pos, n, 5 + t, rs);
        int32_t maxes[] = { 0, 1, 5, 16, n - 1, n + 5 };
        for (int c = 0; c < 5; c++) {
            for (size_t m = 0; m < sizeof maxes / sizeof *maxes; m++) {
                int32_t mk = maxes[m] < 0 ? 0 : maxes[m];
                se3rt_graph *g = NULL;
                ck_assert_msg(se3rt_graph_new_radius(ctx, pos, n, rs[c], mk, &g) == SE3RT_OK,
                              "%s n=%d r=%g max=%d: %s", cloud_name[kind], n, rs[c], mk,
                              se3rt_errmsg(ctx));
                check_all_rows(g, pos, mk, rs[c] * rs[c]);
                se3rt_graph_free(ctx, g);
            }
        }
        free(pos);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

/* Hand-checked cases: ties by index, <= at the boundary, coincident points kept. */
START_TEST(test_ties_and_boundary)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    /* points on a line at x = 0, 1, -1, 2, 0: point 0 has 4 at distance 0, 1 and 2 at 1 */
    double pos[] = { 0, 0, 0, 1, 0, 0, -1, 0, 0, 2, 0, 0, 0, 0, 0 };
    se3rt_graph *g = NULL;
    ck_assert_int_eq(se3rt_graph_new_knn(ctx, pos, 5, 2, &g), SE3RT_OK);
    ck_assert_int_eq(g->row[1] - g->row[0], 2); /* receiver 0: 4 (d=0) then 1 (tie with 2) */
    ck_assert_int_eq(g->src[0], 1);
    ck_assert_int_eq(g->src[1], 4);
    ck_assert_int_eq(g->src[g->row[3]], 0); /* receiver 3 (x=2): 1 (d=1), then 0 and 4 tie at 2 */
    ck_assert_int_eq(g->src[g->row[3] + 1], 1);
    se3rt_graph_free(ctx, g);
    /* radius 1 includes distance exactly 1 */
    ck_assert_int_eq(se3rt_graph_new_radius(ctx, pos, 5, 1.0, 0, &g), SE3RT_OK);
    ck_assert_int_eq(g->row[1] - g->row[0], 3); /* 1, 2, 4 */
    ck_assert_int_eq(g->src[0], 1);
    ck_assert_int_eq(g->src[1], 2);
    ck_assert_int_eq(g->src[2], 4);
    ck_assert_int_eq(g->row[4] - g->row[3], 1); /* x=2: only 1 */
    ck_assert_int_eq(g->src[g->row[3]], 1);
    se3rt_graph_free(ctx, g);
    /* radius 1 max 2: receiver 0 keeps 4 (d=0) and 1 (lower index of the tie) */
    ck_assert_int_eq(se3rt_graph_new_radius(ctx, pos, 5, 1.0, 2, &g), SE3RT_OK);
    ck_assert_int_eq(g->row[1] - g->row[0], 2);
    ck_assert_int_eq(g->src[0], 1);
    ck_assert_int_eq(g->src[1], 4);
    se3rt_graph_free(ctx, g);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- 100,000 points ------------------------------------------------------------------------- */

static void check_sample(const se3rt_graph *g, const double *pos, int32_t k, double bound,
                         uint64_t seed)
{
    rng r = { seed };
    cand *tmp = malloc((size_t)g->n * sizeof *tmp);
    int32_t *js = malloc((size_t)g->n * sizeof *js);
    for (int s = 0; s < 200; s++)
        check_row(g, pos, rng_int(&r, g->n), k, bound, tmp, js);
    int ok = 1;
    for (int32_t i = 0; i < g->n; i++)
        ok &= g->row[i] <= g->row[i + 1];
    ck_assert(ok);
    free(tmp);
    free(js);
}

START_TEST(test_large)
{
    const int32_t n = 100000;
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    enum cloud_kind kinds[] = { CLOUD_UNIFORM, CLOUD_CLUSTERED, CLOUD_HUGE, CLOUD_DUPLICATES };
    for (size_t t = 0; t < sizeof kinds / sizeof *kinds; t++) {
        double *pos = make_cloud(kinds[t], n, 4242 + t);
        double scale = 46.4; /* uniform: about 1 point per unit volume */
        if (kinds[t] == CLOUD_UNIFORM)
            for (int64_t c = 0; c < (int64_t)n * 3; c++)
                pos[c] *= scale;
        /* radii for about 30 neighbours (uniform), a slice of a cluster, the ~800 points within
         * 1e-120 of the origin (huge) */
        double r = kinds[t] == CLOUD_UNIFORM ? 2.0 : kinds[t] == CLOUD_CLUSTERED ? 1e-4
                 : kinds[t] == CLOUD_HUGE ? 1e-120 : 0.5;
        se3rt_graph *g = NULL;
        double t0 = now_s();
        ck_assert_int_eq(se3rt_graph_new_knn(ctx, pos, n, 16, &g), SE3RT_OK);
        double t1 = now_s();
        printf("graph 100k %-10s knn 16:            %8.1f ms, %lld edges\n", cloud_name[kinds[t]],
               1e3 * (t1 - t0), (long long)g->nedges);
        check_sample(g, pos, 16, INFINITY, 77 + t);
        se3rt_graph_free(ctx, g);
        if (kinds[t] != CLOUD_DUPLICATES) { /* 5000 coincident per site: radius is O(n^2/20) */
            t0 = now_s();
            ck_assert_int_eq(se3rt_graph_new_radius(ctx, pos, n, r, 0, &g), SE3RT_OK);
            t1 = now_s();
            printf("graph 100k %-10s radius %-6g:     %8.1f ms, %lld edges\n",
                   cloud_name[kinds[t]], r, 1e3 * (t1 - t0), (long long)g->nedges);
            check_sample(g, pos, 0, r * r, 78 + t);
            se3rt_graph_free(ctx, g);
        }
        t0 = now_s();
        ck_assert_int_eq(se3rt_graph_new_radius(ctx, pos, n, r, 16, &g), SE3RT_OK);
        t1 = now_s();
        printf("graph 100k %-10s radius %-6g max 16: %8.1f ms, %lld edges\n",
               cloud_name[kinds[t]], r, 1e3 * (t1 - t0), (long long)g->nedges);
        check_sample(g, pos, 16, r * r, 79 + t);
        se3rt_graph_free(ctx, g);
        free(pos);
    }
    /* all coincident: knn must not degrade to O(n^2) */
    double *pos = make_cloud(CLOUD_COINCIDENT, n, 1);
    se3rt_graph *g = NULL;
    double t0 = now_s();
    ck_assert_int_eq(se3rt_graph_new_knn(ctx, pos, n, 16, &g), SE3RT_OK);
    double t1 = now_s();
    printf("graph 100k %-10s knn 16:            %8.1f ms, %lld edges\n", "coincident",
           1e3 * (t1 - t0), (long long)g->nedges);
    check_sample(g, pos, 16, INFINITY, 99);
    se3rt_graph_free(ctx, g);
    free(pos);
    fflush(stdout);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- given bonds ---------------------------------------------------------------------------- */

START_TEST(test_given_onehot)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    double pos[5 * 3] = { 0 }; /* positions do not matter, coincident is fine */
    se3rt_bond bonds[] = { { 0, 1, 1 }, { 2, 1, 2 }, { 3, 2, 4 }, { 0, 3, 3 } };
    se3rt_graph *g = NULL;
    ck_assert_int_eq(se3rt_graph_new_given(ctx, pos, 5, bonds, 4, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 8);
    ck_assert_int_eq(g->nattr, 4);
    /* expected CSR: receiver: (sender, order) ascending by sender */
    int64_t row[] = { 0, 2, 4, 6, 8, 8 };
    int32_t src[] = { 1, 3, 0, 2, 1, 3, 0, 2 };
    int32_t ord[] = { 1, 3, 1, 2, 2, 4, 3, 4 };
    for (int i = 0; i <= 5; i++)
        ck_assert_int_eq(g->row[i], row[i]);
    for (int e = 0; e < 8; e++) {
        ck_assert_int_eq(g->src[e], src[e]);
        for (int a = 0; a < 4; a++)
            ck_assert_double_eq(g->attr[e * 4 + a], a == ord[e] - 1 ? 1.0 : 0.0);
    }
    se3rt_graph_free(ctx, g);
    /* no bonds: a graph without edges, attr still shaped for 4 */
    ck_assert_int_eq(se3rt_graph_new_given(ctx, pos, 5, NULL, 0, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 0);
    ck_assert_int_eq(g->nattr, 4);
    se3rt_graph_free(ctx, g);
    se3rt_ctx_free(ctx);
}
END_TEST

/* Random bond sets against a brute-force adjacency matrix. */
START_TEST(test_given_random)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    rng r = { 31 };
    const int32_t n = 60;
    double *pos = make_cloud(CLOUD_UNIFORM, n, 3);
    int *adj = calloc((size_t)n * n, sizeof *adj);
    se3rt_bond *bonds = malloc(400 * sizeof *bonds);
    int nb = 0;
    while (nb < 400) {
        int32_t i = rng_int(&r, n), j = rng_int(&r, n);
        if (i == j || adj[i * n + j])
            continue;
        int32_t o = 1 + rng_int(&r, 4);
        adj[i * n + j] = adj[j * n + i] = o;
        bonds[nb++] = (se3rt_bond){ i, j, o };
    }
    se3rt_graph *g = NULL;
    ck_assert_int_eq(se3rt_graph_new_given(ctx, pos, n, bonds, nb, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 2 * nb);
    int64_t e = 0;
    int ok = 1;
    for (int32_t i = 0; i < n; i++) {
        ok &= g->row[i] == e;
        for (int32_t j = 0; j < n; j++) {
            if (!adj[i * n + j])
                continue;
            ok &= g->src[e] == j;
            for (int a = 0; a < 4; a++)
                ok &= g->attr[e * 4 + a] == (a == adj[i * n + j] - 1 ? 1.0 : 0.0);
            e++;
        }
    }
    ck_assert(ok);
    ck_assert_int_eq(g->row[n], e);
    se3rt_graph_free(ctx, g);
    free(bonds);
    free(adj);
    free(pos);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- errors --------------------------------------------------------------------------------- */

/* The call fails with SE3RT_ERR_INVALID and exactly this message. */
#define EXPECT_ERR(call, text)                                                                   \
    do {                                                                                         \
        ck_assert_int_eq((call), SE3RT_ERR_INVALID);                                             \
        ck_assert_str_eq(se3rt_errmsg(ctx), (text));                                             \
    } while (0)

START_TEST(test_errors_points)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    double *pos = make_cloud(CLOUD_UNIFORM, 20, 1);
    se3rt_graph *g = (se3rt_graph *)1;
    EXPECT_ERR(se3rt_graph_new_full(ctx, pos, 0, &g), "empty point set");
    ck_assert_ptr_null(g);
    EXPECT_ERR(se3rt_graph_new_knn(ctx, pos, 0, 16, &g), "empty point set");
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 0, 1.0, 0, &g), "empty point set");
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 0, NULL, 0, &g), "empty point set");
    EXPECT_ERR(se3rt_graph_new_full(ctx, pos, -3, &g), "negative point count -3");
    EXPECT_ERR(se3rt_graph_new_full(ctx, NULL, 3, &g), "positions are NULL");
    pos[5 * 3 + 1] = NAN;
    EXPECT_ERR(se3rt_graph_new_full(ctx, pos, 20, &g), "atom 6: non-finite coordinate (y = nan)");
    EXPECT_ERR(se3rt_graph_new_knn(ctx, pos, 20, 4, &g), "atom 6: non-finite coordinate (y = nan)");
    ck_assert_ptr_null(g);
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 20, 1.0, 0, &g),
               "atom 6: non-finite coordinate (y = nan)");
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 20, NULL, 0, &g),
               "atom 6: non-finite coordinate (y = nan)");
    pos[5 * 3 + 1] = -NAN;
    EXPECT_ERR(se3rt_graph_new_full(ctx, pos, 20, &g), "atom 6: non-finite coordinate (y = nan)");
    pos[5 * 3 + 1] = 0.5;
    pos[19 * 3 + 2] = INFINITY;
    EXPECT_ERR(se3rt_graph_new_full(ctx, pos, 20, &g), "atom 20: non-finite coordinate (z = inf)");
    pos[19 * 3 + 2] = -INFINITY;
    EXPECT_ERR(se3rt_graph_new_full(ctx, pos, 20, &g), "atom 20: non-finite coordinate (z = -inf)");
    free(pos);
    se3rt_ctx_free(ctx);
}
END_TEST

/* Fewer than k + 1 points: every other point is a neighbour (torch-cluster's knn_graph), i.e.
 * the full graph, for every n from 1 to k + 1; one point has no edges. */
START_TEST(test_knn_small_frames)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    double *pos = make_cloud(CLOUD_UNIFORM, 20, 3);
    for (int32_t n = 1; n <= 17; n++) {
        se3rt_graph *gk = NULL, *gf = NULL, *gs = NULL;
        ck_assert_int_eq(se3rt_graph_new_knn(ctx, pos, n, 16, &gk), SE3RT_OK);
        ck_assert_int_eq(se3rt_graph_new_full(ctx, pos, n, &gf), SE3RT_OK);
        se3rt_graph_spec knn = { SE3RT_GRAPH_KNN, 16, 0 };
        ck_assert_int_eq(se3rt_graph_new(ctx, &knn, pos, n, NULL, 0, &gs), SE3RT_OK);
        ck_assert_int_eq(gk->nedges, (int64_t)n * (n - 1));
        ck_assert_int_eq(gs->nedges, gk->nedges);
        ck_assert_int_eq(gk->nedges, gf->nedges);
        for (int32_t i = 0; i <= n; i++)
            ck_assert_int_eq(gk->row[i], gf->row[i]);
        for (int64_t e = 0; e < gk->nedges; e++) {
            ck_assert_int_eq(gk->src[e], gf->src[e]);
            ck_assert_int_eq(gs->src[e], gf->src[e]);
        }
        se3rt_graph_free(ctx, gk);
        se3rt_graph_free(ctx, gf);
        se3rt_graph_free(ctx, gs);
    }
    /* k + 2 points: no longer the full graph */
    se3rt_graph *g = NULL;
    ck_assert_int_eq(se3rt_graph_new_knn(ctx, pos, 18, 16, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 18 * 16);
    se3rt_graph_free(ctx, g);
    free(pos);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_errors_params)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    double *pos = make_cloud(CLOUD_UNIFORM, 20, 1);
    se3rt_graph *g = (se3rt_graph *)1;
    EXPECT_ERR(se3rt_graph_new_knn(ctx, pos, 20, 0, &g), "knn k must be at least 1, got 0");
    EXPECT_ERR(se3rt_graph_new_knn(ctx, pos, 20, -2, &g), "knn k must be at least 1, got -2");
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 20, 0.0, 0, &g), "radius must be finite and > 0, got 0");
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 20, -1.5, 0, &g),
               "radius must be finite and > 0, got -1.5");
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 20, INFINITY, 0, &g),
               "radius must be finite and > 0, got inf");
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 20, NAN, 0, &g),
               "radius must be finite and > 0, got nan");
    EXPECT_ERR(se3rt_graph_new_radius(ctx, pos, 20, 1.0, -1, &g), "radius max must be at least 0, got -1");
    se3rt_graph_spec bad = { (se3rt_graph_kind)9, 0, 0 };
    EXPECT_ERR(se3rt_graph_new(ctx, &bad, pos, 20, NULL, 0, &g), "unknown graph kind 9");
    free(pos);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_errors_bonds)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    double pos[10 * 3] = { 0 };
    se3rt_graph *g = (se3rt_graph *)1;
    se3rt_bond b1[] = { { 0, 1, 1 }, { 1, 2, 1 }, { 1, 12, 1 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b1, 3, &g),
               "bond 3 (atoms 2-13) names atom 13, out of range 1..10");
    ck_assert_ptr_null(g);
    se3rt_bond b2[] = { { -1, 1, 1 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b2, 1, &g),
               "bond 1 (atoms 0-2) names atom 0, out of range 1..10");
    se3rt_bond b3[] = { { 0, 1, 1 }, { 4, 4, 2 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b3, 2, &g), "bond 2 (atoms 5-5) joins atom 5 to itself");
    se3rt_bond b4[] = { { 0, 1, 1 }, { 2, 5, 7 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b4, 2, &g), "bond 2 (atoms 3-6) has order 7, expected 1..4");
    se3rt_bond b5[] = { { 0, 1, 0 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b5, 1, &g), "bond 1 (atoms 1-2) has order 0, expected 1..4");
    se3rt_bond b6[] = { { 0, 1, 1 }, { 5, 2, 2 }, { 3, 4, 1 }, { 2, 5, 1 }, { 1, 0, 1 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b6, 5, &g), "bond 4 (atoms 3-6) duplicates bond 2");
    ck_assert_ptr_null(g);
    se3rt_bond b7[] = { { 0, 1, 1 }, { 0, 1, 1 }, { 0, 1, 2 } };
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b7, 3, &g), "bond 2 (atoms 1-2) duplicates bond 1");
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, NULL, 2, &g), "bonds are NULL");
    EXPECT_ERR(se3rt_graph_new_given(ctx, pos, 10, b1, -1, &g), "negative bond count -1");
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- allocation failure --------------------------------------------------------------------- */

typedef struct counter {
    long calls;   /* allocation calls since armed */
    long fail_at; /* fail this call (1-based); 0 = never */
    long live;    /* blocks allocated and not yet freed */
} counter;

static void *cnt_malloc(size_t n, void *user)
{
    counter *c = user;
    if (c->fail_at && ++c->calls == c->fail_at)
        return NULL;
    void *p = malloc(n);
    if (p)
        c->live++;
    return p;
}

static void *cnt_realloc(void *p, size_t n, void *user)
{
    counter *c = user;
    if (!p)
        return cnt_malloc(n, user);
    if (c->fail_at && ++c->calls == c->fail_at)
        return NULL;
    return realloc(p, n);
}

static void cnt_free(void *p, void *user)
{
    counter *c = user;
    if (p)
        c->live--;
    free(p);
}

typedef se3rt_status (*build_fn)(se3rt_ctx *ctx, const double *pos, int32_t n,
                                 se3rt_graph **out);

static se3rt_status oom_full(se3rt_ctx *ctx, const double *pos, int32_t n, se3rt_graph **out)
{
    return se3rt_graph_new_full(ctx, pos, n, out);
}
static se3rt_status oom_knn(se3rt_ctx *ctx, const double *pos, int32_t n, se3rt_graph **out)
{
    return se3rt_graph_new_knn(ctx, pos, n, 8, out);
}
static se3rt_status oom_radius(se3rt_ctx *ctx, const double *pos, int32_t n, se3rt_graph **out)
{
    return se3rt_graph_new_radius(ctx, pos, n, 0.7, 0, out); /* > 64 neighbours: buffers grow */
}
static se3rt_status oom_radius_max(se3rt_ctx *ctx, const double *pos, int32_t n,
                                   se3rt_graph **out)
{
    return se3rt_graph_new_radius(ctx, pos, n, 0.3, 6, out);
}
static se3rt_status oom_given(se3rt_ctx *ctx, const double *pos, int32_t n, se3rt_graph **out)
{
    se3rt_bond b[] = { { 0, 1, 1 }, { 1, 2, 2 }, { 2, 3, 3 }, { 3, 0, 4 }, { 4, 5, 1 } };
    return se3rt_graph_new_given(ctx, pos, n, b, 5, out);
}
static se3rt_status oom_given_dup(se3rt_ctx *ctx, const double *pos, int32_t n,
                                  se3rt_graph **out)
{
    se3rt_bond b[] = { { 0, 1, 1 }, { 1, 0, 2 } };
    se3rt_status st = se3rt_graph_new_given(ctx, pos, n, b, 2, out);
    return st == SE3RT_ERR_INVALID ? SE3RT_OK : st; /* the error path must not leak either */
}

START_TEST(test_oom)
{
    build_fn fns[] = { oom_full, oom_knn, oom_radius, oom_radius_max, oom_given, oom_given_dup };
    const int32_t n = 300;
    double *pos = make_cloud(CLOUD_UNIFORM, n, 5);
    for (size_t f = 0; f < sizeof fns / sizeof *fns; f++) {
        for (long fail = 1;; fail++) {
            counter c = { 0, 0, 0 };
            se3rt_alloc a = { cnt_malloc, cnt_realloc, cnt_free, &c };
            se3rt_ctx *ctx;
            ck_assert_int_eq(se3rt_ctx_new(&ctx, &a), SE3RT_OK);
            c.fail_at = fail;
            se3rt_graph *g = (se3rt_graph *)1;
            se3rt_status st = fns[f](ctx, pos, n, &g);
            if (st == SE3RT_OK) {
                ck_assert_msg(fail > 3, "builder %zu: only %ld allocations", f, fail - 1);
                if (getenv("SE3_TEST_VERBOSE"))
                    printf("oom: builder %zu makes %ld allocations\n", f, fail - 1);
                if (g)
                    se3rt_graph_free(ctx, g);
                ck_assert_int_eq(c.live, 1);
                se3rt_ctx_free(ctx);
                ck_assert_int_eq(c.live, 0);
                break;
            }
            ck_assert_msg(st == SE3RT_ERR_NOMEM, "builder %zu, failing allocation %ld: %s", f,
                          fail, se3rt_errmsg(ctx));
            ck_assert_ptr_null(g);
            ck_assert_int_eq(c.live, 1); /* only the ctx */
            se3rt_ctx_free(ctx);
            ck_assert_int_lt(fail, 1000);
        }
    }
    free(pos);
}
END_TEST

/* ---- suite ---------------------------------------------------------------------------------- */

static Suite *suite_graph(void)
{
    Suite *s = suite_create("graph");
    TCase *tc = tcase_create("full");
    tcase_add_test(tc, test_full_counts);
    tcase_add_test(tc, test_full_one_point);
    suite_add_tcase(s, tc);
    tc = tcase_create("dispatch");
    tcase_add_test(tc, test_dispatch);
    suite_add_tcase(s, tc);
    tc = tcase_create("knn");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_knn_oracle, 0, CLOUD_NKINDS);
    tcase_add_test(tc, test_ties_and_boundary);
    suite_add_tcase(s, tc);
    tc = tcase_create("radius");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_radius_oracle, 0, CLOUD_NKINDS);
    suite_add_tcase(s, tc);
    tc = tcase_create("large");
    tcase_set_timeout(tc, 300); /* about 15 s on a loaded 2-core machine */
    tcase_add_test(tc, test_large);
    suite_add_tcase(s, tc);
    tc = tcase_create("given");
    tcase_add_test(tc, test_given_onehot);
    tcase_add_test(tc, test_given_random);
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_test(tc, test_errors_points);
    tcase_add_test(tc, test_errors_params);
    tcase_add_test(tc, test_knn_small_frames);
    tcase_add_test(tc, test_errors_bonds);
    suite_add_tcase(s, tc);
    tc = tcase_create("oom");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_oom);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_graph(), NULL };
    return tu_run_suites(suites);
}
