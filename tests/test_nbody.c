/* test_nbody.c - `se3tc nbody generate` (docs/nbody.md): both files written with the right
 * frames and columns, byte-identical per seed, the force law and the integrator checked against
 * a direct computation, momentum conserved without clipping, and every bad command line
 * rejected with one line, exit 2 and no files. All runs are small (well under a second each). */
#define _XOPEN_SOURCE 700 /* nftw */
#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "se3rt_io.h"
#include "testutil.h"

/* ---- helpers ---------------------------------------------------------------------------- */

/* The older defaults (one input/label pair per simulation, uniform start, no walls), which the
 * pair-format tests below were written for. */
#define LEGACY "--pairs --walls 0 --init uniform "




/* Run `se3tc nbody ARGS` (printf-style); returns the exit code. */
static int nbody(char **out, char **err, const char *fmt, ...)
{
    char args[8192], full[8300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "nbody %s", args);
    return tu_se3tc(full, NULL, out, err);
}

/* A generated data set in a scratch folder. */
typedef struct gen {
    char *root;          /* scratch folder (removed by gen_free) */
    char dir[4200];      /* root/out: the -o folder */
    char train[4300], test[4300];
    se3rt_ctx *ctx;
    se3rt_xyz *xtrain, *xtest;
} gen;

/* Generate with `opts` into a fresh (not yet existing) folder; asserts success and reads both
 * files back. */
static void gen_run(gen *g, const char *opts)
{
    memset(g, 0, sizeof *g);
    g->root = tu_tmpdir();
    ck_assert_ptr_nonnull(g->root);
    snprintf(g->dir, sizeof g->dir, "%s/out", g->root);
    snprintf(g->train, sizeof g->train, "%s/train.extxyz", g->dir);
    snprintf(g->test, sizeof g->test, "%s/test.extxyz", g->dir);
    char *out, *err;
    int rc = nbody(&out, &err, "generate -o '%s' %s", g->dir, opts);
    ck_assert_msg(rc == 0, "exit %d for '%s'; stderr:\n%s", rc, opts, err);
    ck_assert_str_eq(out, "");
    ck_assert_msg(strstr(err, "se3tc nbody: wrote ") != NULL, "no summary line:\n%s", err);
    free(out);
    free(err);
    ck_assert_int_eq(tu_dir_count(g->dir), 2); /* no temporaries left */
    ck_assert_int_eq(se3rt_ctx_new(&g->ctx, NULL), SE3RT_OK);
    se3rt_status st = se3rt_xyz_read(g->ctx, g->train, &g->xtrain);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(g->ctx));
    st = se3rt_xyz_read(g->ctx, g->test, &g->xtest);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(g->ctx));
}

static void gen_free(gen *g)
{
    se3rt_xyz_free(g->xtrain);
    se3rt_xyz_free(g->xtest);
    se3rt_ctx_free(g->ctx);
    tu_rm_rf(g->root);
    free(g->root);
}

/* Values of real property `name` (ncols columns) of a frame; fails if missing. */
static const double *prop(const se3rt_frame *f, const char *name, int ncols)
{
    const se3rt_xyz_prop *p = se3rt_frame_prop(f, name);
    ck_assert_msg(p != NULL, "no property '%s'", name);
    ck_assert_int_eq(p->type, SE3RT_PTYPE_R);
    ck_assert_int_eq(p->ncols, ncols);
    return p->values;
}

/* Generate twice into separate folders; returns whether train and test files are identical. */
static int same_bytes(const char *opts_a, const char *opts_b)
{
    gen a, b;
    gen_run(&a, opts_a);
    gen_run(&b, opts_b);
    size_t la, lb, ta, tb;
    char *ra = tu_read_file(a.train, &la), *rb = tu_read_file(b.train, &lb);
    char *sa = tu_read_file(a.test, &ta), *sb = tu_read_file(b.test, &tb);
    ck_assert(ra && rb && sa && sb);
    int same = la == lb && ta == tb && memcmp(ra, rb, la) == 0 && memcmp(sa, sb, ta) == 0;
    free(ra), free(rb), free(sa), free(sb);
    gen_free(&a);
    gen_free(&b);
    return same;
}

/* The command must fail with exit 2, exactly one line "se3tc nbody: ..." on stderr, nothing on
 * stdout, and must not create its -o folder. `args` is appended after "nbody generate -o DIR". */
static void fails(const char *args, const char *want)
{
    char *root = tu_tmpdir(), *out, *err;
    ck_assert_ptr_nonnull(root);
    int rc = nbody(&out, &err, "generate -o '%s/out' %s", root, args);
    ck_assert_msg(rc == 2, "exit %d for '%s', expected 2; stderr:\n%s", rc, args, err);
    size_t n = strlen(err);
    ck_assert_msg(n > 0 && err[n - 1] == '\n' && strchr(err, '\n') == err + n - 1,
                  "expected one line on stderr for '%s', got:\n%s", args, err);
    ck_assert_msg(strncmp(err, "se3tc nbody: ", 13) == 0, "bad prefix: %s", err);
    ck_assert_msg(strstr(err, want) != NULL, "stderr lacks '%s': %s", want, err);
    ck_assert_str_eq(out, "");
    ck_assert_int_eq(tu_dir_count(root), 0);
    free(out);
    free(err);
    rmdir(root);
    free(root);
}

/* ---- tests ------------------------------------------------------------------------------ */

START_TEST(generate_small)
{
    gen g;
    gen_run(&g, LEGACY "--train 20 --test 5 --seed 3");
    ck_assert_uint_eq(g.xtrain->nframes, 20);
    ck_assert_uint_eq(g.xtest->nframes, 5);
    for (int split = 0; split < 2; split++) {
        const se3rt_xyz *x = split ? g.xtest : g.xtrain;
        for (size_t k = 0; k < x->nframes; k++) {
            const se3rt_frame *f = &x->frames[k];
            ck_assert_uint_eq(f->natoms, 5);
            ck_assert_uint_eq(f->nprops, 6);
            const char *order[] = { "species", "pos", "vel", "charge", "dx", "dv" };
            for (int i = 0; i < 6; i++)
                ck_assert_str_eq(f->props[i].name, order[i]);
            const double *q = prop(f, "charge", 1), *v = prop(f, "vel", 3);
            (void)prop(f, "dx", 3);
            (void)prop(f, "dv", 3);
            for (size_t a = 0; a < 5; a++) {
                ck_assert(q[a] == 1.0 || q[a] == -1.0);
                ck_assert_str_eq(f->props[0].strings[a], "X");
                double s = sqrt(v[3 * a] * v[3 * a] + v[3 * a + 1] * v[3 * a + 1] + v[3 * a + 2] * v[3 * a + 2]);
                ck_assert_msg(s < 50, "speed %g", s);
            }
            const char *sim = se3rt_frame_info(f, "sim"), *t0 = se3rt_frame_info(f, "t0");
            ck_assert_ptr_nonnull(sim);
            ck_assert_ptr_nonnull(t0);
            ck_assert_int_eq(atol(sim), (long)k);
            ck_assert(atol(t0) >= 0 && atol(t0) <= 5000);
        }
    }
    /* train and test are different streams */
    ck_assert(memcmp(prop(&g.xtrain->frames[0], "pos", 3), prop(&g.xtest->frames[0], "pos", 3),
                     15 * sizeof(double)) != 0);
    gen_free(&g);
}
END_TEST

START_TEST(deterministic_per_seed)
{
    const char *a = LEGACY "--train 6 --test 3 --seed 7 --max-start 300 --horizon 50";
    ck_assert_msg(same_bytes(a, a), "same seed, different bytes");
    ck_assert_msg(!same_bytes(a, LEGACY "--train 6 --test 3 --seed 8 --max-start 300 --horizon 50"),
                  "different seeds, same bytes");
}
END_TEST

/* --burn S --max-start S fixes t0; the initial state at step 0 has speed exactly --speed. */
START_TEST(start_step_and_initial_state)
{
    gen g;
    gen_run(&g, LEGACY "--train 4 --test 1 --burn 120 --max-start 120 --horizon 3");
    for (size_t k = 0; k < g.xtrain->nframes; k++)
        ck_assert_str_eq(se3rt_frame_info(&g.xtrain->frames[k], "t0"), "120");
    gen_free(&g);

    gen_run(&g, LEGACY "--train 5 --test 0 --max-start 0 --horizon 2 --speed 0.75 --box 2");
    ck_assert_uint_eq(g.xtest->nframes, 0);
    for (size_t k = 0; k < g.xtrain->nframes; k++) {
        const se3rt_frame *f = &g.xtrain->frames[k];
        ck_assert_str_eq(se3rt_frame_info(f, "t0"), "0");
        const double *x = prop(f, "pos", 3), *v = prop(f, "vel", 3);
        for (int a = 0; a < 5; a++) {
            double s = sqrt(v[3 * a] * v[3 * a] + v[3 * a + 1] * v[3 * a + 1] + v[3 * a + 2] * v[3 * a + 2]);
            ck_assert_double_eq_tol(s, 0.75, 1e-14);
            for (int c = 0; c < 3; c++)
                ck_assert(x[3 * a + c] >= -2 && x[3 * a + c] <= 2);
        }
    }
    gen_free(&g);
}
END_TEST

/* --loc-std S: Gaussian initial positions (the paper's public code), with spread about S, the
 * delta_t info for the linear baseline, and validation. */
START_TEST(gaussian_initial_positions)
{
    gen g;
    gen_run(&g, LEGACY "--train 200 --test 0 --max-start 0 --horizon 1 --loc-std 0.5 --dt 0.002");
    double s2 = 0;
    int n = 0;
    for (size_t k = 0; k < g.xtrain->nframes; k++) {
        const se3rt_frame *f = &g.xtrain->frames[k];
        ck_assert_str_eq(se3rt_frame_info(f, "delta_t"), "0.002");
        const double *x = prop(f, "pos", 3);
        for (int c = 0; c < 15; c++, n++)
            s2 += x[c] * x[c];
    }
    double sd = sqrt(s2 / n);   /* 3000 draws: within 10% of 0.5 */
    ck_assert_msg(sd > 0.45 && sd < 0.55, "spread %g", sd);
    gen_free(&g);
}
END_TEST

START_TEST(horizon_zero_gives_zero_labels)
{
    gen g;
    gen_run(&g, LEGACY "--train 8 --test 2 --horizon 0 --max-start 200");
    for (int split = 0; split < 2; split++) {
        const se3rt_xyz *x = split ? g.xtest : g.xtrain;
        for (size_t k = 0; k < x->nframes; k++) {
            const double *dx = prop(&x->frames[k], "dx", 3), *dv = prop(&x->frames[k], "dv", 3);
            for (int c = 0; c < 15; c++) {
                ck_assert(dx[c] == 0.0);
                ck_assert(dv[c] == 0.0);
            }
        }
    }
    gen_free(&g);
}
END_TEST

/* Start at step 0 at rest and go one step: dv = dt F(x0) and dx = dt^2 F(x0) exactly as the
 * docs' integrator says, with F the clipped Coulomb-like force computed here directly. */
static void check_one_step(const char *opts, double dt, double k, double maxf)
{
    gen g;
    gen_run(&g, opts);
    int clipped = 0;
    for (size_t s = 0; s < g.xtrain->nframes; s++) {
        const se3rt_frame *f = &g.xtrain->frames[s];
        const double *x = prop(f, "pos", 3), *q = prop(f, "charge", 1);
        const double *dx = prop(f, "dx", 3), *dv = prop(f, "dv", 3), *v = prop(f, "vel", 3);
        for (int i = 0; i < 3; i++) {
            double F[3] = { 0, 0, 0 }, Fabs[3] = { 0, 0, 0 }; /* Fabs: scale for the tolerance */
            for (int j = 0; j < 3; j++) {
                if (j == i)
                    continue;
                double d[3], r2 = 0;
                for (int c = 0; c < 3; c++)
                    d[c] = x[3 * i + c] - x[3 * j + c], r2 += d[c] * d[c];
                for (int c = 0; c < 3; c++) {
                    double t = k * q[i] * q[j] * d[c] / (r2 * sqrt(r2));
                    F[c] += t;
                    Fabs[c] += fabs(t);
                }
            }
            for (int c = 0; c < 3; c++) {
                double Fc = F[c] > maxf ? maxf : F[c] < -maxf ? -maxf : F[c];
                clipped += Fc != F[c];
                ck_assert(v[3 * i + c] == 0.0);
                double tol = 1e-12 * dt * Fabs[c] + 1e-300;
                ck_assert_msg(fabs(dv[3 * i + c] - dt * Fc) <= tol, "dv %.17g, expected %.17g",
                              dv[3 * i + c], dt * Fc);
                /* dx = (x0 + dt v) - x0 loses the bits of x0 below dt v */
                double tol_dx = dt * tol + 4 * 2.3e-16 * (fabs(x[3 * i + c]) + fabs(dt * dt * Fc));
                ck_assert_msg(fabs(dx[3 * i + c] - dt * dt * Fc) <= tol_dx, "dx %.17g, expected %.17g",
                              dx[3 * i + c], dt * dt * Fc);
            }
        }
    }
    if (maxf < 1)
        ck_assert_msg(clipped > 0, "no component was clipped; the test does not test clipping");
    gen_free(&g);
}

START_TEST(force_law_one_step)
{
    const char *base = LEGACY "--particles 3 --train 12 --test 0 --max-start 0 --horizon 1 --speed 0 --box 2";
    char opts[512];
    check_one_step(base, 0.001, 1.0, 100.0);
    snprintf(opts, sizeof opts, "%s --strength 2.5 --dt 0.01", base);
    check_one_step(opts, 0.01, 2.5, 10.0);
    snprintf(opts, sizeof opts, "%s --max-force 0.05", base);
    check_one_step(opts, 0.001, 1.0, 0.05);
}
END_TEST

/* Forces are pairwise antisymmetric, so without clipping the sum of dv over particles is ~0;
 * and for two particles at rest opposite charges approach, like charges separate. */
START_TEST(momentum_and_attraction)
{
    gen g;
    gen_run(&g, LEGACY "--train 10 --test 0 --box 50 --max-start 1000 --horizon 500 --seed 5");
    double biggest = 0;
    for (size_t s = 0; s < g.xtrain->nframes; s++) {
        const double *dv = prop(&g.xtrain->frames[s], "dv", 3);
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (int a = 0; a < 5; a++) {
                sum += dv[3 * a + c];
                biggest = fmax(biggest, fabs(dv[3 * a + c]));
            }
            ck_assert_msg(fabs(sum) < 1e-12, "sum of dv %g", sum);
        }
    }
    ck_assert_msg(biggest > 1e-6, "largest dv %g", biggest); /* the particles do interact */
    gen_free(&g);

    gen_run(&g, LEGACY "--particles 2 --train 40 --test 0 --box 1 --speed 0 --max-start 0 --horizon 20 --seed 9");
    int opposite = 0, like = 0;
    for (size_t s = 0; s < g.xtrain->nframes; s++) {
        const se3rt_frame *f = &g.xtrain->frames[s];
        const double *x = prop(f, "pos", 3), *q = prop(f, "charge", 1), *dv = prop(f, "dv", 3);
        double dot = 0;
        for (int c = 0; c < 3; c++)
            dot += (dv[c] - dv[3 + c]) * (x[c] - x[3 + c]);
        if (q[0] * q[1] < 0) {
            opposite++;
            ck_assert_msg(dot < 0, "opposite charges did not attract (sim %zu)", s);
        } else {
            like++;
            ck_assert_msg(dot > 0, "like charges did not repel (sim %zu)", s);
        }
    }
    ck_assert(opposite > 0 && like > 0);
    gen_free(&g);
}
END_TEST

START_TEST(charge_probability)
{
    gen g;
    gen_run(&g, LEGACY "--train 5 --test 5 --charge-prob 1 --max-start 10 --horizon 1");
    for (size_t s = 0; s < 5; s++)
        for (int a = 0; a < 5; a++) {
            ck_assert(prop(&g.xtrain->frames[s], "charge", 1)[a] == 1.0);
            ck_assert(prop(&g.xtest->frames[s], "charge", 1)[a] == 1.0);
        }
    gen_free(&g);
    gen_run(&g, LEGACY "--train 5 --test 1 --charge-prob 0 --max-start 10 --horizon 1 --particles 7");
    for (size_t s = 0; s < 5; s++) {
        ck_assert_uint_eq(g.xtrain->frames[s].natoms, 7);
        for (int a = 0; a < 7; a++)
            ck_assert(prop(&g.xtrain->frames[s], "charge", 1)[a] == -1.0);
    }
    gen_free(&g);
}
END_TEST

START_TEST(help)
{
    const char *cmds[] = { "--help", "generate --help", "-h" };
    for (int i = 0; i < 3; i++) {
        char *out, *err;
        int rc = nbody(&out, &err, "%s", cmds[i]);
        ck_assert_int_eq(rc, 0);
        ck_assert_msg(strstr(out, "usage: se3tc nbody generate -o DIR") != NULL, "%s", out);
        ck_assert_msg(strstr(out, "--max-start") != NULL, "%s", out);
        ck_assert_str_eq(err, "");
        free(out);
        free(err);
    }
}
END_TEST

START_TEST(bad_options)
{
    fails("--bogus 1", "unknown option '--bogus'");
    fails("--train -1", "--train needs");
    fails("--train abc", "--train needs");
    fails("--test 2x", "--test needs");
    fails("--seed -3", "--seed needs");
    fails("--seed 1.5", "--seed needs");
    fails("--particles 0", "--particles needs");
    fails("--charge-prob 1.5", "--charge-prob needs");
    fails("--box 0", "--box needs");
    fails("--box nan", "--box needs");
    fails("--loc-std 0", "--loc-std needs");
    fails("--speed -1", "--speed needs");
    fails("--strength inf", "--strength needs");
    fails("--dt 0", "--dt needs");
    fails("--dt -0.1", "--dt needs");
    fails("--max-force 0", "--max-force needs");
    fails("--horizon -5", "--horizon needs");
    fails("--burn 10 --max-start 5", "--burn 10 is larger than --max-start 5");
    fails("--dt 1e-320", "--dt");
    fails("extra", "unexpected argument 'extra'");
    fails("--train", "--train needs a value");
}
END_TEST

START_TEST(bad_command_lines)
{
    const char *cmds[] = { "generate", "generate --train 3", "", "frobnicate -o /tmp/x", "generate -o" };
    const char *want[] = { "no output folder", "no output folder", "no subcommand",
                           "unknown subcommand 'frobnicate'", "-o needs a value" };
    for (int i = 0; i < 5; i++) {
        char *out, *err;
        int rc = nbody(&out, &err, "%s", cmds[i]);
        ck_assert_msg(rc == 2, "exit %d for '%s'", rc, cmds[i]);
        size_t n = strlen(err);
        ck_assert_msg(n > 0 && strchr(err, '\n') == err + n - 1, "not one line: %s", err);
        ck_assert_msg(strncmp(err, "se3tc nbody: ", 13) == 0 && strstr(err, want[i]), "%s", err);
        ck_assert_str_eq(out, "");
        free(out);
        free(err);
    }
}
END_TEST

/* -o naming a regular file, or a folder under one: exit 1, one line, nothing new; a folder
 * under missing ones is made with its parents. */
START_TEST(unwritable_output)
{
    char *root = tu_tmpdir(), *out, *err;
    ck_assert_ptr_nonnull(root);
    char file[4200];
    snprintf(file, sizeof file, "%s/plain", root);
    ck_assert_int_eq(tu_write_file(file, "x"), 0);
    int rc = nbody(&out, &err, "generate -o '%s' --train 2 --test 1", file);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "is not a folder") && strchr(err, '\n') == err + strlen(err) - 1, "%s", err);
    free(out);
    free(err);
    /* a folder under a regular file cannot be made */
    rc = nbody(&out, &err, "generate -o '%s/under' --train 2 --test 1", file);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "plain' is not a folder") && strchr(err, '\n') == err + strlen(err) - 1, "%s", err);
    free(out);
    free(err);
    ck_assert_int_eq(tu_dir_count(root), 1);
    /* missing parents are made (README's `nbody generate -o data/nbody` on a fresh clone) */
    rc = nbody(&out, &err, "generate -o '%s/missing/deeper' --train 2 --test 1", root);
    ck_assert_msg(rc == 0, "%s", err);
    free(out);
    free(err);
    char made[4300];
    snprintf(made, sizeof made, "%s/missing/deeper/train.extxyz", root);
    ck_assert_int_eq(access(made, F_OK), 0);
    tu_rm_rf(root);
    free(root);
}
END_TEST

static Suite *suite_nbody(void)
{
    Suite *s = suite_create("nbody");
    TCase *t = tcase_create("generate");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, generate_small);
    tcase_add_test(t, deterministic_per_seed);
    tcase_add_test(t, start_step_and_initial_state);
    tcase_add_test(t, horizon_zero_gives_zero_labels);
    tcase_add_test(t, gaussian_initial_positions);
    tcase_add_test(t, force_law_one_step);
    tcase_add_test(t, momentum_and_attraction);
    tcase_add_test(t, charge_probability);
    suite_add_tcase(s, t);

    t = tcase_create("cli");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, help);
    tcase_add_test(t, bad_options);
    tcase_add_test(t, bad_command_lines);
    tcase_add_test(t, unwritable_output);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_nbody(), NULL };
    return tu_run_suites(suites);
}
