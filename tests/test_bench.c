/* test_bench.c - `se3tc bench`: a layer after the pool is counted on one row per graph (its
 * rows and FLOPs), the pool and the layers before it on one row per node; CPU time is printed
 * beside wall time; the measured peak is reported; --grad adds forward + backward and a training
 * step. No assertion depends on a timing. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SPECS SE3_SOURCE_DIR "/specs/"

/* The table row of layer `name`: its rows and FLOPs columns. */
static int layer_row(const char *out, const char *name, long long *rows, double *flops)
{
    char key[64];
    snprintf(key, sizeof key, "\n  %s ", name);
    const char *p = strstr(out, key);
    return p && sscanf(p + strlen(key), "%lld %lf", rows, flops) == 2;
}

START_TEST(test_bench_per_graph_rows)
{
    /* tiny_mlp: conv c1, norm n1, conv c2, pool p, then mlp head 6 -> 5 -> 5 -> 1 per graph */
    const int graphs = 3, nodes = 4;
    char args[512], *out = NULL, *err = NULL;
    snprintf(args, sizeof args, "bench '%stiny_mlp.spec' --batch %d --nodes %d --repeat 2 --threads 2 --no-reference",
             SPECS, graphs, nodes);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "bench: exit %d\n%s%s", rc, out, err);

    long long rows;
    double fl;
    /* the head: each linear layer in -> out costs 2 in out (multiply-adds) + 2 out (bias,
     * activation), once per graph */
    double head_per_row = (2.0 * 6 * 5 + 2 * 5) + (2.0 * 5 * 5 + 2 * 5) + (2.0 * 5 * 1 + 2 * 1);
    ck_assert_msg(layer_row(out, "head", &rows, &fl), "no head row:\n%s", out);
    ck_assert_msg(rows == graphs, "head runs on %lld rows, not %d graphs:\n%s", rows, graphs, out);
    ck_assert_msg(fl == head_per_row * graphs, "head: %g FLOPs, expected %g (per graph), not %g (per node):\n%s", fl,
                  head_per_row * graphs, head_per_row * graphs * nodes, out);
    /* the pool reads every node: a max over 6 scalars per node */
    ck_assert_msg(layer_row(out, "p", &rows, &fl), "no pool row:\n%s", out);
    ck_assert_msg(rows == graphs * nodes && fl == 6.0 * graphs * nodes, "pool: %lld rows, %g FLOPs:\n%s", rows, fl, out);
    ck_assert_msg(layer_row(out, "c1", &rows, &fl) && rows == graphs * nodes, "c1 rows:\n%s", out);

    /* CPU time beside wall time, per layer and in total; the peak says what it measured */
    ck_assert_msg(strstr(out, "wall ms") && strstr(out, "cpu ms"), "no wall/cpu columns:\n%s", out);
    const char *tot = strstr(out, "\n  total ");
    double tfl, wall, cpu;
    ck_assert_msg(tot && sscanf(tot + 8, "%lf %lf %lf", &tfl, &wall, &cpu) == 3 && wall >= 0 && cpu >= 0,
                  "total line without FLOPs, wall and cpu:\n%s", out);
    ck_assert_msg(strstr(out, "total, 1 thread"), "no 1-thread total:\n%s", out);
    ck_assert_msg(strstr(out, "  peak: ") && (strstr(out, "measured") || strstr(out, "assumed")),
                  "the peak line does not say how it was found:\n%s", out);
    free(out);
    free(err);
}
END_TEST

/* --grad: forward + backward and one training step (gradient + Adam update), each with wall
 * and CPU time (peers.py reads these two columns). */
START_TEST(test_bench_grad_rows)
{
    char args[512], *out = NULL, *err = NULL;
    snprintf(args, sizeof args, "bench '%stiny_mlp.spec' --batch 2 --nodes 4 --repeat 2 --threads 1 --no-reference --grad",
             SPECS);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "bench --grad: exit %d\n%s%s", rc, out, err);
    const char *rows[2] = {"\n  forward+backward ", "\n  train step "};
    for (int i = 0; i < 2; i++) {
        const char *p = strstr(out, rows[i]);
        double wall, cpu;
        ck_assert_msg(p && sscanf(p + strlen(rows[i]), "%lf %lf", &wall, &cpu) == 2 && wall > 0 && cpu > 0,
                      "no '%s' row with wall and cpu ms:\n%s", rows[i] + 3, out);
    }
    ck_assert_msg(strstr(out, "(training step: forward + backward + Adam, 1 thread)"), "train step row unexplained:\n%s", out);
    free(out);
    free(err);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bench");
    TCase *t = tcase_create("bench");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, test_bench_per_graph_rows);
    tcase_add_test(t, test_bench_grad_rows);
    suite_add_tcase(s, t);
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
