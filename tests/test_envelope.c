/* test_envelope.c - smooth cut-offs, radial(envelope=poly|cosine) (docs/spec-language.md,
 * "Smooth cut-offs"): the energy and the forces are continuous as an atom crosses the cut-off
 * (and the same model without the envelope jumps there, so the check can fail); the forces go
 * to zero at r_c; forces from the generated backward against central differences of the energy
 * in f64 for both forms, with many edges inside the envelope's slope; a knn graph with an
 * explicit cut-off; the spec errors. The oracle, equivariance, gradcheck and CUDA-emulator
 * checks of specs/tiny_envelope.spec are in test_model, test_grad and test_cuda. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "se3rt_model.h"
#include "testmodel.h"
#include "testutil.h"

static char g_work[4096], g_cache[4096];

/* conv, gate, attention (u exp(z) weights), norm, conv, mlp, sum pool: an energy. ENV is
 * replaced by the radial statement's envelope options. */
#define SPEC_BODY(NAME, GRAPH, ENV)                                                              \
    "model " NAME " { precision f64; graph " GRAPH "; radial(width=6, depth=1" ENV ");\n"         \
    "  input elem : 2x0 = species(H, O); input v : 1x1; edge rel : 1x1 = relpos;\n"               \
    "  conv c1 -> 4x0 + 2x1 (aggregate=sum); gate g1 -> 2x0 + 2x1;\n"                             \
    "  attention a1 -> 3x0 + 1x1 (heads=1); norm n1; conv c2 -> 3x0 (self=none);\n"               \
    "  mlp head -> 1x0 (hidden=[4]); pool p (op=sum); output e : 1x0 (kind=energy); }\n"

static const char *const POLY = SPEC_BODY("env_poly", "radius(r=2.5)", ", envelope=poly, p=5");
static const char *const COSINE = SPEC_BODY("env_cos", "radius(r=2.5)", ", envelope=cosine");
static const char *const NONE = SPEC_BODY("env_none", "radius(r=2.5)", "");
static const char *const KNN = SPEC_BODY("env_knn", "knn(k=4)", ", envelope=poly, cutoff=2.5");

#define NA 6

static double urand(uint64_t *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*s >> 11) * 0x1.0p-53;
}

static se3rt_model *load(se3rt_ctx *ctx, const char *text)
{
    return tm_load_grad(ctx, "env.spec", text, 3);
}

/* node_in in the file basis: elem one-hot (2), then v (3), fixed pseudo-random. */
static void fill_inputs(int n, double *node_in)
{
    uint64_t s = 41;
    for (int i = 0; i < n; i++) {
        node_in[i * 5 + 0] = i % 2 == 0;
        node_in[i * 5 + 1] = i % 2 != 0;
        for (int k = 2; k < 5; k++)
            node_in[i * 5 + k] = 2 * urand(&s) - 1;
    }
}

/* Energy and forces of one frame of n atoms. */
static double energy(se3rt_model *m, int n, const double *pos, double *forces)
{
    double node_in[NA * 5];
    fill_inputs(n, node_in);
    const int32_t gp[2] = { 0, n };
    se3rt_batch b = { .n_graphs = 1, .graph_ptr = gp, .pos = pos, .node_in = node_in };
    double e = 0, f[3 * NA];
    ck_assert_int_eq(se3rt_model_energy_forces(m, &b, &e, forces ? forces : f), SE3RT_OK);
    return e;
}

/* Three atoms: 0 and 1 bonded at distance 1; atom 2 at distance r from atom 1 (more than 2.5
 * from atom 0 for r > 1.6), off the axis. Atom 1 keeps a neighbour (0) while 2 crosses r_c, so
 * a softmax denominator that jumped would show. */
static void three_atoms(double r, double pos[9])
{
    const double th = 0.7, ph = 0.2;
    const double p[9] = { 0, 0, 0, 1, 0, 0, 1 + r * cos(th) * cos(ph), r * sin(th) * cos(ph), r * sin(ph) };
    memcpy(pos, p, sizeof p);
}

static double jump_at_cutoff(se3rt_model *m, double d, double *fin, double *fout)
{
    double pos[9], f_in[9], f_out[9];
    three_atoms(2.5 - d, pos);
    double ein = energy(m, 3, pos, f_in);
    three_atoms(2.5 + d, pos);
    double eout = energy(m, 3, pos, f_out);
    *fin = *fout = 0;
    for (int k = 0; k < 9; k++) {
        double df = fabs(f_in[k] - f_out[k]);
        *fin = df > *fin ? df : *fin;
    }
    *fout = sqrt(f_out[6] * f_out[6] + f_out[7] * f_out[7] + f_out[8] * f_out[8]);
    return fabs(ein - eout);
}

/* Crossing the cut-off: without the envelope the energy jumps; with it the energy and the
 * forces are continuous, and the crossing atom's force is 0 beyond r_c. */
START_TEST(test_continuous_at_cutoff)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const double d = 1e-6;
    double dfj, fout;
    se3rt_model *none = load(ctx, NONE);
    double jump = jump_at_cutoff(none, d, &dfj, &fout);
    printf("no envelope: energy jump %.3g, force jump %.3g across r_c\n", jump, dfj);
    ck_assert_msg(jump > 1e-4, "the model without an envelope does not jump (%g): the test sees nothing", jump);
    se3rt_model_free(none);
    const char *const specs[] = { POLY, COSINE };
    for (int s = 0; s < 2; s++) {
        se3rt_model *m = load(ctx, specs[s]);
        jump = jump_at_cutoff(m, d, &dfj, &fout);
        printf("%s: energy jump %.3g, force jump %.3g across r_c\n", s ? "cosine" : "poly", jump, dfj);
        ck_assert_msg(jump < 1e-9, "%s: energy jumps by %g across the cut-off", s ? "cosine" : "poly", jump);
        ck_assert_msg(dfj < 1e-5, "%s: forces jump by %g across the cut-off", s ? "cosine" : "poly", dfj);
        ck_assert_msg(fout < 1e-12, "%s: force %g on the atom beyond the cut-off", s ? "cosine" : "poly", fout);
        /* smooth approach: the energy's change over the last 0.05 before r_c falls towards 0 */
        double pos[9];
        three_atoms(2.5 + d, pos);
        const double e_out = energy(m, 3, pos, NULL);
        double prev = HUGE_VAL;
        for (double h = 0.05; h > 1e-3; h /= 2) {
            three_atoms(2.5 - h, pos);
            double de = fabs(energy(m, 3, pos, NULL) - e_out);
            ck_assert_msg(de <= prev, "%s: |E(r_c - %g) - E(r_c)| = %g grows towards r_c", s ? "cosine" : "poly", h, de);
            prev = de;
        }
        se3rt_model_free(m);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

/* Forces against central differences of the energy (h = 1e-5) for both forms and a knn graph
 * with a cut-off, on a frame whose pair distances spread over 0.5..4 (many inside the slope). */
START_TEST(test_forces_fd)
{
    const char *const specs[] = { POLY, COSINE, KNN };
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, specs[_i]);
    double pos[3 * NA], forces[3 * NA];
    uint64_t s = 17;
    for (int k = 0; k < 3 * NA; k++)
        pos[k] = 2.6 * urand(&s);
    int near = 0;
    for (int i = 0; i < NA; i++)
        for (int j = 0; j < i; j++) {
            double dx = pos[3 * i] - pos[3 * j], dy = pos[3 * i + 1] - pos[3 * j + 1], dz = pos[3 * i + 2] - pos[3 * j + 2];
            double r = sqrt(dx * dx + dy * dy + dz * dz);
            near += r > 1.5 && r < 2.5;
        }
    ck_assert_int_ge(near, 3);
    energy(m, NA, pos, forces);
    const double h = 1e-5;
    double fmax = 0;
    for (int k = 0; k < 3 * NA; k++) {
        const double x = pos[k];
        pos[k] = x + h;
        double ep = energy(m, NA, pos, NULL);
        pos[k] = x - h;
        double em = energy(m, NA, pos, NULL);
        pos[k] = x;
        double fd = -(ep - em) / (2 * h);
        fmax = fmax > fabs(fd) ? fmax : fabs(fd);
        ck_assert_msg(fabs(fd - forces[k]) <= 1e-6 * (1 + fabs(fd)), "spec %d force %d: backward %.12g, differences %.12g",
                      _i, k, forces[k], fd);
    }
    ck_assert_msg(fmax > 1e-6, "forces all ~0");
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* A knn neighbour beyond the cut-off contributes nothing: moving it (still beyond) changes
 * nothing, although it stays in the graph. */
START_TEST(test_knn_beyond_cutoff)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, KNN);
    double pos[15] = { 0, 0, 0, 1, 0, 0, 0, 1.1, 0, 0.3, 0.2, 0.9, 6, 0, 0 };
    double f[15];
    double e0 = energy(m, 5, pos, f);
    ck_assert_double_eq_tol(f[12] * f[12] + f[13] * f[13] + f[14] * f[14], 0, 1e-24);
    pos[12] = 7.5, pos[13] = -1;
    double e1 = energy(m, 5, pos, NULL);
    ck_assert_double_eq_tol(e0, e1, 1e-12 * (1 + fabs(e0)));
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

static void check_error(const char *radial, const char *graph, const char *want)
{
    char text[1024];
    snprintf(text, sizeof text,
             "model bad { graph %s; radial(%s); input a : 1x0; conv c -> 1x0; output y : 1x0; }\n", graph, radial);
    pipeline_opts po = PIPELINE_DEFAULTS;
    compile *c = pipeline_compile_string("bad.spec", text, strlen(text), &po);
    ck_assert_int_gt(c->diags.nerrors, 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    diag_print(&c->diags, f);
    fclose(f);
    ck_assert_msg(strstr(buf, want) != NULL, "wanted '%s' in: %s", want, buf);
    free(buf);
    compile_free(c);
}

START_TEST(test_spec_errors)
{
    check_error("envelope=poly", "knn(k=3)", "an envelope needs a cut-off: radial(envelope=poly, cutoff=R)");
    check_error("envelope=cosine, p=4", "radius(r=2)", "option 'p' needs envelope=poly");
    check_error("cutoff=2", "radius(r=2)", "option 'cutoff' needs an envelope");
    check_error("envelope=smooth", "radius(r=2)", "option 'envelope' must be none, poly or cosine");
    check_error("envelope=poly, cutoff=-1", "full", "option 'cutoff' must be a positive number");
    check_error("envelope=poly, p=0", "radius(r=2)", "option 'p' must be an integer 1..32");
}
END_TEST

static Suite *suite_envelope(void)
{
    Suite *s = suite_create("envelope");
    TCase *tc = tcase_create("envelope");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_continuous_at_cutoff);
    tcase_add_loop_test(tc, test_forces_fd, 0, 3);
    tcase_add_test(tc, test_knn_beyond_cutoff);
    tcase_add_test(tc, test_spec_errors);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    if (tu_private_env("test_envelope", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_envelope(), NULL };
    return tu_run_suites(suites);
}
