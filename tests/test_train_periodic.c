/* test_train_periodic.c - periodic frames in training (docs/training.md; docs/graphs.md,
 * "Periodic cells"): the trainer builds each frame's graph with its cell as `se3tc run` does.
 * A crystal smaller than the cut-off and its 2 x 2 x 2 supercell predict energies in the ratio
 * 8 inside a data set, the prediction equals the model's forward on the periodic batch and
 * differs from the same atoms read as an open frame; the minibatch loss and gradient agree with
 * the evaluation and with central differences of the loss; `se3tc train` runs on periodic
 * extended XYZ and its loss falls. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "se3rt_io.h"
#include "se3rt_model.h"
#include "se3rt_train.h"
#include "testutil.h"

#define SPEC_DIR SE3_BINARY_DIR "/tests"

static char g_work[4096], g_cache[4096];

static const char *const SPEC =
    "model per { precision f64; graph radius(r=2.0); radial(width=6, depth=1);\n"
    "  input elem : 2x0 = species(H, O);\n"
    "  conv c -> 4x0 + 2x1; gate g -> 2x0 + 2x1; attention a -> 3x0; mlp h -> 1x0 (hidden=[4]);\n"
    "  pool p (op=sum); output energy : 1x0 (kind=energy); }\n";

/* Frame 1: two atoms in a cubic cell of side 1.9 (smaller than the cut-off 2: an atom sees its
 * own images); frame 2: its 2 x 2 x 2 supercell; frame 3: frame 1's atoms as an open frame. */
static char *crystal_frames(void)
{
    static const double base[2][3] = { { 0.1, 0.2, 0.3 }, { 0.9, 1.1, 0.7 } };
    static const char *const el[2] = { "H", "O" };
    const double a = 1.9;
    size_t cap = 1 << 14, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s + n, cap - n, "2\nLattice=\"%g 0 0 0 %g 0 0 0 %g\" pbc=\"T T T\" energy=1.5\n", a, a, a);
    for (int k = 0; k < 2; k++)
        n += (size_t)snprintf(s + n, cap - n, "%s %g %g %g\n", el[k], base[k][0], base[k][1], base[k][2]);
    n += (size_t)snprintf(s + n, cap - n, "16\nLattice=\"%g 0 0 0 %g 0 0 0 %g\" pbc=\"T T T\" energy=12\n", 2 * a,
                          2 * a, 2 * a);
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            for (int l = 0; l < 2; l++)
                for (int k = 0; k < 2; k++)
                    n += (size_t)snprintf(s + n, cap - n, "%s %.17g %.17g %.17g\n", el[k], base[k][0] + i * a,
                                          base[k][1] + j * a, base[k][2] + l * a);
    n += (size_t)snprintf(s + n, cap - n, "2\npbc=\"F F F\" energy=1.5\n");
    for (int k = 0; k < 2; k++)
        n += (size_t)snprintf(s + n, cap - n, "%s %g %g %g\n", el[k], base[k][0], base[k][1], base[k][2]);
    return s;
}

START_TEST(test_periodic_data)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    pipeline_opts po = PIPELINE_DEFAULTS;
    po.grad = 1;
    compile *c = pipeline_compile_string("per.spec", SPEC, strlen(SPEC), &po);
    ck_assert_int_eq(c->diags.nerrors, 0);
    se3rt_model *m = NULL;
    ck_assert_msg(pipeline_model(ctx, c, &po, "cpu", &m) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    compile_free(c);
    se3rt_model_set_threads(m, 1);
    ck_assert_int_eq(se3rt_model_init_weights(m, 2), SE3RT_OK);
    char *text = crystal_frames();
    se3rt_xyz *xyz = NULL;
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, text, strlen(text), "per.xyz", &xyz), SE3RT_OK);
    free(text);
    se3rt_data *d = NULL;
    ck_assert_msg(se3rt_data_new_kind(m, xyz, "per.xyz", NULL, SE3RT_LOSS_MSE, &d) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    double pred[3], loss, mse;
    ck_assert_int_eq(se3rt_data_eval(m, d, SE3RT_LOSS_MSE, 3, pred, &loss, &mse), SE3RT_OK);
    printf("cell %.12g, supercell %.12g (ratio %.15g), open %.12g\n", pred[0], pred[1], pred[1] / pred[0], pred[2]);
    ck_assert_double_eq_tol(pred[1], 8 * pred[0], 1e-9 * fabs(pred[1]));
    ck_assert_msg(fabs(pred[2] - pred[0]) > 1e-3 * (1 + fabs(pred[0])), "the cell is not used: %g vs open %g", pred[0],
                  pred[2]);
    /* the same as forward on the periodic frame */
    int32_t gp[2];
    se3rt_batch b;
    se3rt_data_frame(d, 0, gp, &b);
    ck_assert_ptr_nonnull(b.cell);
    double e0;
    ck_assert_int_eq(se3rt_model_forward(m, &b, &e0), SE3RT_OK);
    ck_assert_double_eq_tol(e0, pred[0], 1e-12 * (1 + fabs(e0)));
    /* loss and gradient over the three frames, against the evaluation and central differences */
    const int64_t ids[3] = { 0, 1, 2 }, np = se3rt_model_nparams(m);
    double *g = calloc((size_t)np, sizeof *g), lg;
    ck_assert_int_eq(se3rt_data_loss_grad(m, d, ids, 3, SE3RT_LOSS_MSE, 2, &lg, g), SE3RT_OK);
    ck_assert_double_eq_tol(lg, loss, 1e-10 * (1 + loss));
    double *P = se3rt_model_params(m);
    for (int64_t k = 0; k < np; k += np / 7 + 1) {
        const double x = P[k], h = 1e-5 * (1 + fabs(x));
        double lp, lm;
        se3rt_model_set_param(m, k, x + h);
        ck_assert_int_eq(se3rt_data_eval(m, d, SE3RT_LOSS_MSE, 3, NULL, &lp, NULL), SE3RT_OK);
        se3rt_model_set_param(m, k, x - h);
        ck_assert_int_eq(se3rt_data_eval(m, d, SE3RT_LOSS_MSE, 3, NULL, &lm, NULL), SE3RT_OK);
        se3rt_model_set_param(m, k, x);
        const double fd = (lp - lm) / (2 * h);
        ck_assert_msg(fabs(fd - g[k]) <= 1e-6 * (1 + fabs(fd)), "weight %lld: gradient %.12g, differences %.12g",
                      (long long)k, g[k], fd);
    }
    free(g);
    se3rt_data_free(d);
    se3rt_xyz_free(xyz);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* se3tc train on periodic extended XYZ: random two-atom cells with a pair-potential energy. */
START_TEST(test_train_periodic_cli)
{
    char spec[4200], tr[4200], ck[4200], *err = NULL;
    snprintf(spec, sizeof spec, "%s/per.spec", SPEC_DIR);
    ck_assert_int_eq(tu_write_file(spec, SPEC), 0);
    snprintf(tr, sizeof tr, "%s/per_train.xyz", g_work);
    snprintf(ck, sizeof ck, "%s/ck", g_work);
    FILE *f = fopen(tr, "w");
    ck_assert_ptr_nonnull(f);
    unsigned long long s = 3;
    for (int k = 0; k < 24; k++) {
        double x[3], a = 2.2 + 0.1 * (k % 5), r2 = 0;
        for (int q = 0; q < 3; q++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            x[q] = 0.3 + 1.2 * (double)(s >> 11) * 0x1.0p-53;
            r2 += x[q] * x[q];
        }
        const double e = 0.5 * (sqrt(r2) - 1.0) * (sqrt(r2) - 1.0) + 0.1 / a;
        fprintf(f, "2\nLattice=\"%g 0 0 0 %g 0 0 0 %g\" pbc=\"T T %s\" energy=%.10g\nO 0 0 0\nH %.6f %.6f %.6f\n", a, a,
                a, k % 3 ? "T" : "F", e, x[0], x[1], x[2]);
    }
    fclose(f);
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 40 --batch 6 --lr 5e-3 "
                          "--threads 1 --quiet", spec, tr, tr, ck);
    ck_assert_msg(rc == 0, "se3tc train on periodic frames failed: %s", err);
    free(err);
    char path[4400];
    snprintf(path, sizeof path, "%.4200s/loss.csv", ck);
    char *csv = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(csv);
    double first = NAN, last = NAN;
    int row = 0;
    for (char *line = strtok(csv, "\n"); line; line = strtok(NULL, "\n"))
        if (row++ > 0) {
            double st, lr, l;
            if (sscanf(line, "%lf,%lf,%lf", &st, &lr, &l) == 3) {
                first = isnan(first) ? l : first;
                last = l;
            }
        }
    free(csv);
    printf("periodic training: loss %.4g -> %.4g\n", first, last);
    ck_assert_msg(isfinite(last) && last < first, "loss %g -> %g", first, last);
    /* Delta_EQ turns each frame's cell with its atoms: an f64 model stays exact, while turning the
     * atoms alone (radius 2 reaches images in these 2.2-2.6 A cells) changes the graph */
    snprintf(path, sizeof path, "%.4200s/metrics.json", ck);
    char *js = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(js);
    const char *k = strstr(js, "\"equivariance_error\"");
    ck_assert_msg(k != NULL, "metrics.json has no equivariance_error: %s", js);
    const double eq = strtod(strchr(k, ':') + 1, NULL);
    printf("periodic training: equivariance error %.3g\n", eq);
    ck_assert_msg(eq >= 0 && eq < 1e-10, "equivariance error of periodic frames %g", eq);
    free(js);
}
END_TEST

static Suite *suite_train_periodic(void)
{
    Suite *s = suite_create("train_periodic");
    TCase *tc = tcase_create("train_periodic");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_periodic_data);
    tcase_add_test(tc, test_train_periodic_cli);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    if (tu_private_env("test_train_periodic", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_train_periodic(), NULL };
    return tu_run_suites(suites);
}
