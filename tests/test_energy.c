/* test_energy.c - energy outputs (docs/spec-language.md, "output"; docs/runtime.md, "Energy and
 * forces"): sum pooling, per-element reference energies, forces F = -dE/dx from the generated
 * backward against central finite differences of the energy in f64 on every graph kind and
 * specs covering every layer kind, `se3tc run` writing forces, and the spec errors. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "se3rt_model.h"
#include "testmodel.h"
#include "efspecs.h"
#include "testutil.h"

#define SPECS SE3_SOURCE_DIR "/specs/"

static char g_work[4096], g_cache[4096];

static const espec SPECS_EF[] = { EF_SPECS_COMMON };

static se3rt_model *load(se3rt_ctx *ctx, const char *text)
{
    return tm_load_grad(ctx, "ef.spec", text, 5);
}

static double total_energy(se3rt_model *m, const espec *sp, const double *pos, double *node_in)
{
    ef_fill_inputs(m, sp, pos, node_in);
    se3rt_batch b = { .n_graphs = 2, .graph_ptr = GP, .pos = pos, .node_in = node_in, .bonds = BONDS,
                      .nbonds = sizeof BONDS / sizeof *BONDS };
    double e[2];
    ck_assert_int_eq(se3rt_model_forward(m, &b, e), SE3RT_OK);   /* out_dim is 1 */
    return e[0] + e[1];
}

/* Forces against central differences of the energy (h = 1e-5, f64), every coordinate. */
START_TEST(test_forces_fd)
{
    const espec *sp = &SPECS_EF[_i];
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, sp->text);
    ck_assert(se3rt_model_has_energy(m));
    double pos[3 * NA], *node_in = calloc((size_t)NA * (size_t)se3rt_model_in_dim(m), sizeof *node_in);
    uint64_t s = 7 + (uint64_t)_i;
    ef_random_frames(m, sp, &s, pos, node_in);
    se3rt_batch b = { .n_graphs = 2, .graph_ptr = GP, .pos = pos, .node_in = node_in, .bonds = BONDS,
                      .nbonds = sizeof BONDS / sizeof *BONDS };
    double energy[2], forces[3 * NA], fwd[2];
    ck_assert_msg(se3rt_model_energy_forces(m, &b, energy, forces) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq(se3rt_model_forward(m, &b, fwd), SE3RT_OK);
    ck_assert_double_eq_tol(energy[0], fwd[0], 1e-12 * (1 + fabs(fwd[0])));
    ck_assert_double_eq_tol(energy[1], fwd[1], 1e-12 * (1 + fabs(fwd[1])));
    double fmax = 0, worst = 0;
    const double h = 1e-5;
    for (int k = 0; k < 3 * NA; k++) {
        double x = pos[k];
        pos[k] = x + h;
        double ep = total_energy(m, sp, pos, node_in);
        pos[k] = x - h;
        double em = total_energy(m, sp, pos, node_in);
        pos[k] = x;
        double fd = -(ep - em) / (2 * h);
        fmax = fmax > fabs(fd) ? fmax : fabs(fd);
        double err = fabs(fd - forces[k]);
        worst = worst > err ? worst : err;
        ck_assert_msg(err <= 1e-6 * (1 + fabs(fd)), "%s: force %d: backward %.12g, finite differences %.12g",
                      sp->text + 6, k, forces[k], fd);
    }
    ck_assert_msg(fmax > 1e-6, "forces all ~0: the test would not see a wrong sign");
    free(node_in);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* Reference energies add sum_atoms E0(element) to the energy, and nothing to the forces. */
START_TEST(test_reference_energies)
{
    const char *with = SPECS_EF[0].text;
    char *without = strdup(with);
    char *r = strstr(without, ", reference=");
    ck_assert_ptr_nonnull(r);
    memmove(r, strchr(r, '}') + 1, strlen(strchr(r, '}') + 1) + 1);
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *a = load(ctx, with), *b0 = load(ctx, without);
    double pos[3 * NA], node_in[NA * 16], ea[2], eb[2], fa[3 * NA], fb[3 * NA];
    ck_assert_int_le(se3rt_model_in_dim(a), 16);
    uint64_t s = 3;
    ef_random_frames(a, &SPECS_EF[0], &s, pos, node_in);
    se3rt_batch b = { .n_graphs = 2, .graph_ptr = GP, .pos = pos, .node_in = node_in };
    ck_assert_int_eq(se3rt_model_energy_forces(a, &b, ea, fa), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_energy_forces(b0, &b, eb, fb), SE3RT_OK);
    /* frame 1: atoms 0..4, O at 0 and 3; frame 2: atoms 5..8, O at 6 */
    ck_assert_double_eq_tol(ea[0] - eb[0], 2 * -75.0 + 3 * -0.5, 1e-9);
    ck_assert_double_eq_tol(ea[1] - eb[1], 1 * -75.0 + 3 * -0.5, 1e-9);
    for (int k = 0; k < 3 * NA; k++)
        ck_assert_double_eq_tol(fa[k], fb[k], 1e-12);
    double fw[2];
    ck_assert_int_eq(se3rt_model_forward(a, &b, fw), SE3RT_OK);
    ck_assert_double_eq_tol(fw[0], ea[0], 1e-12 * fabs(ea[0]));
    free(without);
    se3rt_model_free(a);
    se3rt_model_free(b0);
    se3rt_ctx_free(ctx);
}
END_TEST

/* dL/d(node_in) with L = E_1 + E_2 against central differences of the energy in every input
 * column, the species one-hots included: the reference energies (sum over atoms of the one-hot
 * times E0) are linear in them and their share of the gradient is E0 itself, large next to the
 * network's. Without that share the species columns are off by about |E0| = 75. */
static double sum_energy_loss(void *user, const se3rt_batch *b, const double *out, int64_t rows, int dim,
                              double *dout)
{
    (void)user, (void)b;
    double L = 0;
    for (int64_t k = 0; k < rows * dim; k++)
        L += out[k], dout[k] = 1;
    return L;
}

START_TEST(test_reference_input_gradient)
{
    const espec *sp = &SPECS_EF[0];   /* reference={H = -0.5, O = -75.0} */
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, sp->text);
    const int d = se3rt_model_in_dim(m);
    double pos[3 * NA], *node_in = calloc((size_t)NA * (size_t)d, sizeof *node_in),
                        *dnode_in = calloc((size_t)NA * (size_t)d, sizeof *dnode_in);
    uint64_t s = 11;
    ef_random_frames(m, sp, &s, pos, node_in);
    se3rt_batch b = { .n_graphs = 2, .graph_ptr = GP, .pos = pos, .node_in = node_in };
    double L = 0;
    ck_assert_msg(se3rt_model_grad(m, &b, sum_energy_loss, NULL, &L, NULL, NULL, dnode_in, NULL) == SE3RT_OK, "%s",
                  se3rt_errmsg(ctx));
    const double h = 1e-5;
    for (int k = 0; k < NA * d; k++) {
        const double x = node_in[k];
        double e[2], ep, em;
        node_in[k] = x + h;
        ck_assert_int_eq(se3rt_model_forward(m, &b, e), SE3RT_OK);
        ep = e[0] + e[1];
        node_in[k] = x - h;
        ck_assert_int_eq(se3rt_model_forward(m, &b, e), SE3RT_OK);
        em = e[0] + e[1];
        node_in[k] = x;
        const double fd = (ep - em) / (2 * h);
        ck_assert_msg(fabs(fd - dnode_in[k]) <= 1e-6 * (1 + fabs(fd)),
                      "atom %d input column %d: backward %.12g, finite differences %.12g", k / d, k % d, dnode_in[k],
                      fd);
    }
    free(node_in);
    free(dnode_in);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* se3rt_model_set_reference_energies(m, 0): each energy loses exactly its atoms' reference
 * energies (sum of one-hot x E0), dL/d(inputs) loses their share and the forces stay the same. */
START_TEST(test_reference_switch)
{
    const espec *sp = &SPECS_EF[0];   /* reference={H = -0.5, O = -75.0} */
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, sp->text);
    const int d = se3rt_model_in_dim(m);
    double pos[3 * NA], *node_in = calloc((size_t)NA * (size_t)d, sizeof *node_in);
    double *dx_on = calloc((size_t)NA * (size_t)d, sizeof *dx_on), *dx_off = calloc((size_t)NA * (size_t)d, sizeof *dx_off);
    uint64_t s = 12;
    ef_random_frames(m, sp, &s, pos, node_in);
    se3rt_batch b = { .n_graphs = 2, .graph_ptr = GP, .pos = pos, .node_in = node_in };
    double e_on[2], e_off[2], f_on[3 * NA], f_off[3 * NA], L;
    ck_assert_int_eq(se3rt_model_energy_forces(m, &b, e_on, f_on), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_grad(m, &b, sum_energy_loss, NULL, &L, NULL, NULL, dx_on, NULL), SE3RT_OK);
    se3rt_model_set_reference_energies(m, 0);
    ck_assert_int_eq(se3rt_model_energy_forces(m, &b, e_off, f_off), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_grad(m, &b, sum_energy_loss, NULL, &L, NULL, NULL, dx_off, NULL), SE3RT_OK);
    for (int g = 0; g < 2; g++) {
        double ref = 0;
        for (int i = GP[g]; i < GP[g + 1]; i++)
            ref += node_in[i * d + 0] * -0.5 + node_in[i * d + 1] * -75.0;
        ck_assert_double_eq_tol(e_on[g] - e_off[g], ref, 1e-12 * fabs(ref));
    }
    for (int k = 0; k < 3 * NA; k++)
        ck_assert_double_eq_tol(f_on[k], f_off[k], 1e-12 * (1 + fabs(f_on[k])));
    for (int i = 0; i < NA; i++)
        for (int c = 0; c < d; c++) {
            const double share = c == 0 ? -0.5 : c == 1 ? -75.0 : 0;
            ck_assert_double_eq_tol(dx_on[i * d + c] - dx_off[i * d + c], share, 1e-12 * (1 + fabs(dx_on[i * d + c])));
        }
    se3rt_model_set_reference_energies(m, 1);
    double e_back[2];
    ck_assert_int_eq(se3rt_model_energy_forces(m, &b, e_back, NULL), SE3RT_OK);
    ck_assert(e_back[0] == e_on[0] && e_back[1] == e_on[1]);
    free(node_in);
    free(dx_on);
    free(dx_off);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* Sum pooling is extensive: two copies of a molecule far apart have twice its energy. */
START_TEST(test_sum_pool_extensive)
{
    const char *spec = "model ext { precision f64; graph radius(r=2.0); radial(width=4, depth=1);\n"
                       "  input elem : 2x0 = species(H, O); conv c -> 2x0 + 1x1; conv d -> 1x0;\n"
                       "  pool p (op=sum);\n"
                       "  output e : 1x0 (kind=energy, reference={H = 1.25}); }\n";
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, spec);
    double pos[3 * 6] = { 0, 0, 0, 0.96, 0, 0, -0.24, 0.93, 0 }, node_in[6 * 2] = { 0 };
    for (int k = 0; k < 9; k++)
        pos[9 + k] = pos[k] + (k % 3 == 0 ? 50.0 : 0.0);
    for (int i = 0; i < 6; i++)
        node_in[2 * i + (i % 3 == 0)] = 1;
    int32_t gp1[2] = { 0, 3 }, gp2[2] = { 0, 6 };
    se3rt_batch one = { .n_graphs = 1, .graph_ptr = gp1, .pos = pos, .node_in = node_in };
    se3rt_batch two = { .n_graphs = 1, .graph_ptr = gp2, .pos = pos, .node_in = node_in };
    double e1, e2, f1[9], f2[18];
    ck_assert_int_eq(se3rt_model_energy_forces(m, &one, &e1, f1), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_energy_forces(m, &two, &e2, f2), SE3RT_OK);
    ck_assert_double_eq_tol(e2, 2 * e1, 1e-12 * fabs(e1) + 1e-14);
    for (int k = 0; k < 9; k++) {
        ck_assert_double_eq_tol(f2[k], f1[k], 1e-12);
        ck_assert_double_eq_tol(f2[9 + k], f1[k], 1e-12);
    }
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* `se3tc run` on an energy spec writes forces:R:3 that sum to zero (no external field). */
START_TEST(test_run_writes_forces)
{
    char path[4200], args[8800], *out = NULL, *err = NULL;
    snprintf(path, sizeof path, "%s/w.xyz", g_work);
    ck_assert_int_eq(tu_write_file(path, "3\nProperties=species:S:1:pos:R:3 energy=-76.4\n"
                                         "O 0 0 0\nH 0.96 0 0.1\nH -0.24 0.93 0\n"), 0);
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPECS "tiny_energy.spec", path);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "exit %d: %s", rc, err);
    ck_assert_msg(strstr(out, "Properties=species:S:1:pos:R:3:forces:R:3 energy=-76.4 energy_pred="), "%s", out);
    const char *line = strchr(strchr(out, '\n') + 1, '\n') + 1;
    double sum[3] = { 0 }, big = 0;
    for (int a = 0; a < 3; a++) {
        char sym[8];
        double x, y, z, f[3];
        ck_assert_int_eq(sscanf(line, "%7s %lf %lf %lf %lf %lf %lf", sym, &x, &y, &z, &f[0], &f[1], &f[2]), 7);
        for (int k = 0; k < 3; k++) {
            sum[k] += f[k];
            big = fmax(big, fabs(f[k]));
        }
        line = strchr(line, '\n') + 1;
    }
    ck_assert(big > 1e-8);
    for (int k = 0; k < 3; k++)
        ck_assert_double_eq_tol(sum[k], 0, 1e-9 * (1 + big));
    free(out);
    free(err);
}
END_TEST

/* `se3tc fit-reference` recovers the per-element energies of frames whose energy is exactly
 * a sum of them, and refuses frames that do not determine them. */
START_TEST(test_fit_reference)
{
    static const char *const comp[] = { "HH", "OHH", "O", "HHHHO", "OOH" };
    char path[4200], args[8800], *out = NULL, *err = NULL;
    snprintf(path, sizeof path, "%s/fit.xyz", g_work);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (size_t q = 0; q < sizeof comp / sizeof *comp; q++) {
        size_t n = strlen(comp[q]);
        double e = 0;
        for (size_t a = 0; a < n; a++)
            e += comp[q][a] == 'H' ? -0.5 : -75.25;
        fprintf(f, "%zu\nProperties=species:S:1:pos:R:3 energy=%.17g\n", n, e);
        for (size_t a = 0; a < n; a++)
            fprintf(f, "%c %zu 0 0\n", comp[q][a], a);
    }
    ck_assert_int_eq(fclose(f), 0);
    snprintf(args, sizeof args, "fit-reference '%s' -i '%s'", SPECS "tiny_energy.spec", path);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "exit %d: %s", rc, err);
    double h = 0, o = 0;
    ck_assert_msg(sscanf(out, "reference={H = %lf, O = %lf}", &h, &o) == 2, "%s", out);
    ck_assert_double_eq_tol(h, -0.5, 1e-9);
    ck_assert_double_eq_tol(o, -75.25, 1e-9);
    free(out);
    free(err);
    /* every frame is water: only E(H2O) is known, not H and O apart */
    ck_assert_int_eq(tu_write_file(path, "3\nProperties=species:S:1:pos:R:3 energy=-76\nO 0 0 0\nH 1 0 0\nH 0 1 0\n"
                                         "6\nProperties=species:S:1:pos:R:3 energy=-152\nO 0 0 0\nH 1 0 0\nH 0 1 0\n"
                                         "O 5 0 0\nH 6 0 0\nH 5 1 0\n"), 0);
    rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "the element counts do not determine the energies"), "%s", err);
    free(out);
    free(err);
}
END_TEST

/* The spec errors of energy outputs, one line each. */
START_TEST(test_spec_errors)
{
    static const struct { const char *text, *msg; } cases[] = {
        { "model x { input e : 2x0 = species(H, O); conv c -> 1x0; pool p (op=sum);\n"
          "  output y : 1x0 (reference={H = 1}); }", "reference energies belong to an energy output" },
        { "model x { input e : 2x0 = species(H, O); conv c -> 1x0;\n"
          "  output y : 1x0 (kind=energy); }", "energy output 'y' must be one number per graph (1x0 after a pool), "
          "not 1x0 per node" },
        { "model x { input e : 2x0 = species(H, O); conv c -> 2x0; pool p (op=sum);\n"
          "  output y : 2x0 (kind=energy); }", "must be one number per graph" },
        { "model x { input e : 2x0 = species(H, O); conv c -> 1x0; pool p (op=sum);\n"
          "  output y : 1x0 (kind=energy, reference={N = 1}); }", "reference energy for 'N', which input 'e' does not list" },
        { "model x { input e : 2x0 = species(H, O); conv c -> 1x0; pool p (op=sum);\n"
          "  output y : 1x0 (kind=energy, reference={H = 1, H = 2}); }", "reference energy for 'H' given twice" },
        { "model x { input e : 2x0; conv c -> 1x0; pool p (op=sum);\n"
          "  output y : 1x0 (kind=energy, reference={H = 1}); }", "reference energies need an input" },
        { "model x { input e : 2x0; conv c -> 1x0; pool p (op=sum);\n"
          "  output y : 1x0 (kind=energy, reference=3); }", "option 'reference' must list element energies" },
        { "model x { input e : 2x0; conv c -> 1x0; pool p (op=sum);\n"
          "  output y : 1x0 (kind=forces); }", "option 'kind' must be value or energy" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        pipeline_opts po = PIPELINE_DEFAULTS;
        compile *c = pipeline_compile_string("x.spec", cases[i].text, strlen(cases[i].text), &po);
        ck_assert_msg(c->diags.nerrors > 0, "case %zu compiled", i);
        ck_assert_msg(strstr(c->diags.head->msg, cases[i].msg), "case %zu: '%s'", i, c->diags.head->msg);
        compile_free(c);
    }
}
END_TEST

static Suite *suite_energy(void)
{
    Suite *s = suite_create("energy");
    TCase *t = tcase_create("energy");
    tcase_set_timeout(t, 300);
    tcase_add_loop_test(t, test_forces_fd, 0, (int)(sizeof SPECS_EF / sizeof *SPECS_EF));
    tcase_add_test(t, test_reference_energies);
    tcase_add_test(t, test_reference_input_gradient);
    tcase_add_test(t, test_reference_switch);
    tcase_add_test(t, test_sum_pool_extensive);
    tcase_add_test(t, test_run_writes_forces);
    tcase_add_test(t, test_spec_errors);
    tcase_add_test(t, test_fit_reference);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    if (tu_private_env("test_energy", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_energy(), NULL };
    return tu_run_suites(suites);
}
