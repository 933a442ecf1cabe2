/* test_rt_cells.c - the cell list of periodic knn and radius graphs (runtime/graph_periodic.c,
 * docs/graphs.md "Periodic cells"): on random frames it gives exactly the graph of the
 * brute-force scan (the same edges, shifts and order) for open frames (which also match the
 * k-d tree's radius graph), fully periodic cubic and triclinic cells, slabs and wires, cells
 * smaller than the cut-off (several images of one neighbour), points outside the cell,
 * coincident points, knn and radius with a cap; se3rt_graph_new_periodic takes the cell list
 * from RT_CELL_LIST_MIN points on. A large case prints both timings. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "graph_cells.h"
#include "se3rt.h"
#include "se3rt_graph.h"
#include "testutil.h"

static double urand(unsigned long long *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*s >> 11) * 0x1.0p-53;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The two graphs are the same: rows, senders and shifts, in order. */
static void same_graph(const se3rt_graph *a, const se3rt_graph *b, const char *what)
{
    ck_assert_msg(a->n == b->n && a->nedges == b->nedges, "%s: %lld edges by the cell list, %lld by the scan", what,
                  (long long)a->nedges, (long long)b->nedges);
    for (int32_t i = 0; i <= a->n; i++)
        ck_assert_msg(a->row[i] == b->row[i], "%s: row %d differs", what, (int)i);
    for (int64_t e = 0; e < a->nedges; e++) {
        ck_assert_msg(a->src[e] == b->src[e], "%s: edge %lld: sender %d vs %d", what, (long long)e, (int)a->src[e],
                      (int)b->src[e]);
        for (int k = 0; k < 3; k++)
            ck_assert_msg(a->shift[3 * e + k] == b->shift[3 * e + k], "%s: edge %lld: shifts differ", what,
                          (long long)e);
    }
}

/* A random frame: n points at fractional coordinates in [-0.3, 1.3) (some outside the cell)
 * of cell, two of them coincident. */
static double *frame(int n, const double cell[9], unsigned long long *s)
{
    double *pos = malloc((size_t)n * 3 * sizeof *pos);
    for (int i = 0; i < n; i++) {
        double f[3];
        for (int a = 0; a < 3; a++)
            f[a] = -0.3 + 1.6 * urand(s);
        for (int k = 0; k < 3; k++)
            pos[3 * i + k] = f[0] * cell[k] + f[1] * cell[3 + k] + f[2] * cell[6 + k];
    }
    if (n > 3)
        memcpy(pos + 3, pos + 6, 3 * sizeof *pos);
    return pos;
}

typedef struct ccase {
    const char *name;
    double cell[9];
    int32_t pbc[3];
} ccase;

static const ccase CASES[] = {
    { "cubic", { 6, 0, 0, 0, 6, 0, 0, 0, 6 }, { 1, 1, 1 } },
    { "triclinic", { 5, 0, 0, 1.7, 4.6, 0, -1.1, 0.9, 5.3 }, { 1, 1, 1 } },
    { "slab", { 6, 0, 0, 1, 5, 0, 0, 0, 9 }, { 1, 1, 0 } },
    { "wire", { 7, 0, 0, 0, 7, 0, 0.5, 0.5, 3 }, { 0, 0, 1 } },
    { "small cell", { 1.3, 0, 0, 0.2, 1.1, 0, 0, 0.3, 1.2 }, { 1, 1, 1 } },
    { "thin triclinic", { 2.5, 0, 0, 2.2, 0.9, 0, 0, 0, 4 }, { 1, 1, 1 } },
    { "open", { 6, 0, 0, 0, 6, 0, 0, 0, 6 }, { 0, 0, 0 } },
};
#define NCASES ((int)(sizeof CASES / sizeof *CASES))

START_TEST(test_cells_match_scan)
{
    const ccase *cc = &CASES[_i];
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    unsigned long long s = 1000 + (unsigned long long)_i;
    const int sizes[] = { 2, 9, 40, 150 };
    const se3rt_graph_spec specs[] = { { SE3RT_GRAPH_RADIUS, 0, 2.0 }, { SE3RT_GRAPH_RADIUS, 0, 3.1 },
                                       { SE3RT_GRAPH_RADIUS, 6, 2.5 }, { SE3RT_GRAPH_KNN, 8, 0 } };
    int64_t edges = 0;
    for (int q = 0; q < 4; q++)
        for (int g = 0; g < 4; g++) {
            const int n = sizes[q];
            double *pos = frame(n, cc->cell, &s);
            se3rt_graph *a = NULL, *b = NULL;
            char what[200];
            snprintf(what, sizeof what, "%s, %d points, %s r=%g k=%d", cc->name, n,
                     specs[g].kind == SE3RT_GRAPH_KNN ? "knn" : "radius", specs[g].r, (int)specs[g].k);
            se3rt_status sa = rt_graph_periodic_with(ctx, &specs[g], pos, n, cc->cell, cc->pbc, RT_CELLS_ON, &a);
            ck_assert_msg(sa == SE3RT_OK, "%s: %s", what, se3rt_errmsg(ctx));
            se3rt_status sb = rt_graph_periodic_with(ctx, &specs[g], pos, n, cc->cell, cc->pbc, RT_CELLS_OFF, &b);
            ck_assert_msg(sb == SE3RT_OK, "%s: %s", what, se3rt_errmsg(ctx));
            same_graph(a, b, what);
            edges += a->nedges;
            if (!cc->pbc[0] && !cc->pbc[1] && !cc->pbc[2] && specs[g].kind == SE3RT_GRAPH_RADIUS) {
                /* an open frame: the k-d tree's radius graph has the same senders */
                se3rt_graph *t = NULL;
                ck_assert_int_eq(se3rt_graph_new_radius(ctx, pos, n, specs[g].r, specs[g].k, &t), SE3RT_OK);
                ck_assert_int_eq(t->nedges, a->nedges);
                for (int64_t e = 0; e < t->nedges; e++)
                    ck_assert_int_eq(t->src[e], a->src[e]);
                se3rt_graph_free(ctx, t);
            }
            se3rt_graph_free(ctx, a);
            se3rt_graph_free(ctx, b);
            free(pos);
        }
    printf("%-15s %lld edges, cell list = scan\n", cc->name, (long long)edges);
    ck_assert_int_gt(edges, 0);
    se3rt_ctx_free(ctx);
}
END_TEST

/* From RT_CELL_LIST_MIN points on the public builder uses the cell list; a large periodic box
 * is timed both ways (docs/graphs.md). */
START_TEST(test_cells_large_timing)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    unsigned long long s = 77;
    const int n = 2000;
    const double L = cbrt((double)n / 0.1);   /* 0.1 atoms per cubic unit, about a liquid's */
    const double cell[9] = { L, 0, 0, 0, L, 0, 0, 0, L };
    const int32_t pbc[3] = { 1, 1, 1 };
    double *pos = frame(n, cell, &s);
    const se3rt_graph_spec spec = { SE3RT_GRAPH_RADIUS, 0, 5.0 };
    se3rt_graph *a = NULL, *b = NULL, *c = NULL;
    double t0 = now_s();
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &spec, pos, n, cell, pbc, &a), SE3RT_OK);
    double t1 = now_s();
    ck_assert_int_eq(rt_graph_periodic_with(ctx, &spec, pos, n, cell, pbc, RT_CELLS_OFF, &b), SE3RT_OK);
    double t2 = now_s();
    ck_assert_int_eq(rt_graph_periodic_with(ctx, &spec, pos, n, cell, pbc, RT_CELLS_ON, &c), SE3RT_OK);
    same_graph(a, b, "2000 atoms");
    same_graph(c, b, "2000 atoms");
    printf("periodic radius 5, %d atoms, box %.1f: %lld edges; cell list %.3f s, brute-force scan %.3f s\n", n, L,
           (long long)a->nedges, t1 - t0, t2 - t1);
    se3rt_graph_free(ctx, a);
    se3rt_graph_free(ctx, b);
    se3rt_graph_free(ctx, c);
    free(pos);
    se3rt_ctx_free(ctx);
}
END_TEST

static Suite *suite_cells(void)
{
    Suite *s = suite_create("cells");
    TCase *tc = tcase_create("cells");
    tcase_set_timeout(tc, 300);
    tcase_add_loop_test(tc, test_cells_match_scan, 0, NCASES);
    tcase_add_test(tc, test_cells_large_timing);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_cells(), NULL };
    return tu_run_suites(suites);
}
