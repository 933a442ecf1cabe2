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

#include "nbody_windows.h"
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

/* ---- trajectories (the default, the official generator's format) ------------------------------ */

#define NFR 49   /* frames per trajectory at the defaults: steps 100, 200, ..., 4900 */
#define WALL 5.0

/* The trajectories: defaults, frame layout, walls respected, one charge set per simulation. */
START_TEST(trajectory_defaults)
{
    gen g;
    gen_run(&g, "--train 3 --test 2 --seed 4");
    ck_assert_uint_eq(g.xtrain->nframes, 3 * NFR);
    ck_assert_uint_eq(g.xtest->nframes, 2 * NFR);
    for (size_t k = 0; k < g.xtrain->nframes; k++) {
        const se3rt_frame *f = &g.xtrain->frames[k];
        ck_assert_uint_eq(f->natoms, 5);
        ck_assert_uint_eq(f->nprops, 4); /* species pos vel charge */
        ck_assert_int_eq(atol(se3rt_frame_info(f, "sim")), (long)(k / NFR));
        ck_assert_int_eq(atol(se3rt_frame_info(f, "frame")), (long)(k % NFR));
        ck_assert_int_eq(atol(se3rt_frame_info(f, "step")), (long)(100 * (k % NFR + 1)));
        ck_assert_str_eq(se3rt_frame_info(f, "frames"), "49");
        ck_assert_str_eq(se3rt_frame_info(f, "sample_every"), "100");
        ck_assert_str_eq(se3rt_frame_info(f, "horizon"), "500");
        ck_assert_str_eq(se3rt_frame_info(f, "dt"), "0.001");
        const double *x = prop(f, "pos", 3), *q = prop(f, "charge", 1);
        const double *q0 = prop(&g.xtrain->frames[k - k % NFR], "charge", 1);
        for (int c = 0; c < 15; c++)
            ck_assert_msg(fabs(x[c]) <= WALL, "coordinate %g outside the walls", x[c]);
        for (int a = 0; a < 5; a++) {
            ck_assert(q[a] == 1.0 || q[a] == -1.0);
            ck_assert(q[a] == q0[a]);
        }
    }
    gen_free(&g);
    const char *a = "--train 2 --test 1 --seed 9 --length 1000";
    ck_assert_msg(same_bytes(a, a), "same seed, different bytes");
}
END_TEST

/* Clipped Coulomb force of the docs, computed here on its own. */
static void ref_force(int n, const double *x, const double *q, double maxf, double *f)
{
    for (int i = 0; i < n; i++)
        for (int c = 0; c < 3; c++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                if (j == i)
                    continue;
                double d[3], r2 = 0;
                for (int e = 0; e < 3; e++)
                    d[e] = x[3 * i + e] - x[3 * j + e], r2 += d[e] * d[e];
                s += q[i] * q[j] * d[c] / (r2 * sqrt(r2));
            }
            f[3 * i + c] = s > maxf ? maxf : s < -maxf ? -maxf : s;
        }
}

/* An independent integration of one stored interval (100 steps of 0.001): velocity Verlet with
 * ten substeps per step, mirror walls, starting from the stored frame with the velocity moved
 * from the half step the kick-drift scheme stores to the frame's time, and ending the same way.
 * Returns the largest deviation from the next stored frame over positions and velocities, and
 * counts wall hits and the smallest pair distance seen. */
static double ref_interval(const double *x0, const double *v0, const double *q, const double *x1,
                           const double *v1, double walls, int *hits, double *rmin)
{
    enum { N = 5 };
    const double dt = 0.001, h = dt / 10, maxf = 100;
    double x[3 * N], v[3 * N], f[3 * N];
    memcpy(x, x0, sizeof x);
    ref_force(N, x, q, maxf, f);
    for (int c = 0; c < 3 * N; c++)
        v[c] = v0[c] + 0.5 * dt * f[c];
    for (int s = 0; s < 1000; s++) {
        for (int c = 0; c < 3 * N; c++) {
            v[c] += 0.5 * h * f[c];
            x[c] += h * v[c];
            if (walls > 0 && fabs(x[c]) > walls) {
                x[c] = (x[c] > 0 ? 2 : -2) * walls - x[c];
                v[c] = -v[c];
                (*hits)++;
            }
        }
        ref_force(N, x, q, maxf, f);
        for (int c = 0; c < 3 * N; c++)
            v[c] += 0.5 * h * f[c];
        for (int i = 0; i < N; i++)
            for (int j = i + 1; j < N; j++) {
                double r2 = 0;
                for (int e = 0; e < 3; e++)
                    r2 += (x[3 * i + e] - x[3 * j + e]) * (x[3 * i + e] - x[3 * j + e]);
                *rmin = fmin(*rmin, sqrt(r2));
            }
    }
    double worst = 0;
    for (int c = 0; c < 3 * N; c++) {
        worst = fmax(worst, fabs(x[c] - x1[c]));
        worst = fmax(worst, fabs(v[c] - 0.5 * dt * f[c] - v1[c]));
    }
    return worst;
}

/* The stored trajectories agree with an independent integration (ref_interval) over every
 * interval without a close encounter, walls on (many hits: starts spread over the box) and off. */
START_TEST(trajectory_independent_integration)
{
    for (int walls = 0; walls < 2; walls++) {
        gen g;
        gen_run(&g, walls ? "--train 10 --test 0 --seed 21 --loc-std 3 --speed 2 --length 2000"
                          : "--train 6 --test 0 --seed 22 --walls 0 --length 2000");
        const long nfr = atol(se3rt_frame_info(&g.xtrain->frames[0], "frames"));
        int checked = 0, hits = 0;
        double worst = 0;
        for (size_t k = 0; k + 1 < g.xtrain->nframes; k++) {
            if ((long)(k % (size_t)nfr) == nfr - 1)
                continue; /* the last frame of a simulation */
            const se3rt_frame *a = &g.xtrain->frames[k], *b = &g.xtrain->frames[k + 1];
            int h = 0;
            double rmin = INFINITY;
            double e = ref_interval(prop(a, "pos", 3), prop(a, "vel", 3), prop(a, "charge", 1), prop(b, "pos", 3),
                                    prop(b, "vel", 3), walls ? WALL : 0, &h, &rmin);
            if (rmin < 0.5)
                continue; /* strong forces: the two schemes part by more than their O(dt^2) */
            worst = fmax(worst, e);
            hits += h;
            checked++;
        }
        ck_assert_msg(checked >= 60, "only %d intervals checked", checked);
        /* measured: 1.1e-6 without walls; 9e-5 with them, where a reflection in the middle of a
         * kick-drift step and in a Verlet substep differ by O(dt |F| dt) */
        ck_assert_msg(worst < (walls ? 5e-4 : 1e-5), "walls %d: largest deviation %g over %d intervals", walls, worst, checked);
        if (walls)
            ck_assert_msg(hits >= 10, "only %d wall hits: the test does not test the walls", hits);
        gen_free(&g);
    }
}
END_TEST

/* Energy E = sum v^2 / 2 + sum_{i<j} q_i q_j / r_ij, with the stored half-step velocity moved
 * to the frame's time, stays within a bound over whole trajectories of repelling particles (no
 * close encounters, no clipping), with and without walls (elastic walls keep |v|). */
START_TEST(trajectory_energy_drift)
{
    for (int walls = 0; walls < 2; walls++) {
        gen g;
        gen_run(&g, walls ? "--train 10 --test 0 --seed 31 --charge-prob 1 --max-force inf"
                          : "--train 10 --test 0 --seed 32 --charge-prob 1 --max-force inf --walls 0");
        double worst = 0;
        for (size_t k = 0; k < g.xtrain->nframes; k += NFR) {
            double e0 = 0;
            for (int fi = 0; fi < NFR; fi++) {
                const se3rt_frame *f = &g.xtrain->frames[k + (size_t)fi];
                const double *x = prop(f, "pos", 3), *v = prop(f, "vel", 3), *q = prop(f, "charge", 1);
                double F[15], e = 0;
                ref_force(5, x, q, INFINITY, F);
                for (int c = 0; c < 15; c++) {
                    double vc = v[c] + 0.0005 * F[c];
                    e += 0.5 * vc * vc;
                }
                for (int i = 0; i < 5; i++)
                    for (int j = i + 1; j < 5; j++) {
                        double r2 = 0;
                        for (int c = 0; c < 3; c++)
                            r2 += (x[3 * i + c] - x[3 * j + c]) * (x[3 * i + c] - x[3 * j + c]);
                        e += q[i] * q[j] / sqrt(r2);
                    }
                if (fi == 0)
                    e0 = e;
                worst = fmax(worst, fabs(e - e0) / fabs(e0));
            }
        }
        /* measured: 1.4e-7 without walls, 2.9e-5 with them (the half-step velocity is moved to
         * the frame's time with a force that a reflection since then does not see) */
        ck_assert_msg(worst < (walls ? 2e-4 : 1e-6), "walls %d: relative energy drift %g", walls, worst);
        gen_free(&g);
    }
}
END_TEST

/* The linear baseline dx = v * 0.5 over every 500-step window at the defaults matches the
 * value an independent implementation gives (scripts/nbody_official_ref.py, a plain-Python
 * transcription of the official generator with its own random numbers, 400 simulations, seed 1:
 * REF_LIN +- REF_SE per coordinate), within three standard errors of the difference (about
 * 0.0064). That separates the defaults from uniform starts (about 0.003) and from 1000-step
 * windows (0.147), not walls from no walls (0.0236): the integration test covers the walls. */
#define REF_LIN 0.0279
#define REF_SE 0.0014
START_TEST(linear_baseline_expected)
{
    gen g;
    gen_run(&g, "--train 300 --test 0 --seed 11");
    const size_t nsim = g.xtrain->nframes / NFR;
    double s = 0, s2 = 0;
    for (size_t k = 0; k < nsim; k++) {
        double e = 0;
        for (int a = 0; a + 5 < NFR; a++) {
            const se3rt_frame *f0 = &g.xtrain->frames[k * NFR + (size_t)a], *f1 = f0 + 5;
            const double *x0 = prop(f0, "pos", 3), *v0 = prop(f0, "vel", 3), *x1 = prop(f1, "pos", 3);
            for (int c = 0; c < 15; c++)
                e += (v0[c] * 0.5 - (x1[c] - x0[c])) * (v0[c] * 0.5 - (x1[c] - x0[c]));
        }
        e /= 15.0 * (NFR - 5);
        s += e;
        s2 += e * e;
    }
    double m = s / (double)nsim, se = sqrt((s2 / (double)nsim - m * m) / (double)(nsim - 1));
    double tol = 3 * sqrt(se * se + REF_SE * REF_SE);
    ck_assert_msg(fabs(m - REF_LIN) < tol, "linear MSE x %g +- %g per coordinate, expected %g +- %g", m, se, REF_LIN,
                  REF_SE);
    gen_free(&g);
}
END_TEST

/* `nbody windows`: every window (F - h per simulation) with labels the frames' differences,
 * or the fixed spread of test start frames int((F - h) / nsims * idx). */
START_TEST(windows_cut)
{
    gen g;
    gen_run(&g, "--train 0 --test 7 --seed 5");
    char all[4400], spread[4400];
    snprintf(all, sizeof all, "%s/all.extxyz", g.root);
    snprintf(spread, sizeof spread, "%s/spread.extxyz", g.root);
    char *out, *err;
    ck_assert_msg(nbody(&out, &err, "windows -i '%s' -o '%s'", g.test, all) == 0, "%s", err);
    free(out), free(err);
    ck_assert_msg(nbody(&out, &err, "windows -i '%s' -o '%s' --spread", g.test, spread) == 0, "%s", err);
    free(out), free(err);
    se3rt_xyz *wa, *ws;
    ck_assert_int_eq(se3rt_xyz_read(g.ctx, all, &wa), SE3RT_OK);
    ck_assert_int_eq(se3rt_xyz_read(g.ctx, spread, &ws), SE3RT_OK);
    ck_assert_uint_eq(wa->nframes, 7 * (NFR - 5));
    ck_assert_uint_eq(ws->nframes, 7);
    for (size_t k = 0; k < wa->nframes; k++) {
        size_t sim = k / (NFR - 5), a = k % (NFR - 5);
        const se3rt_frame *w = &wa->frames[k], *f0 = &g.xtest->frames[sim * NFR + a], *f1 = f0 + 5;
        ck_assert_int_eq(atol(se3rt_frame_info(w, "frame0")), (long)a);
        ck_assert_str_eq(se3rt_frame_info(w, "delta_t"), "0.5");
        const double *dx = prop(w, "dx", 3), *dv = prop(w, "dv", 3);
        for (int c = 0; c < 15; c++) {
            ck_assert(prop(w, "pos", 3)[c] == prop(f0, "pos", 3)[c]);
            ck_assert(dx[c] == prop(f1, "pos", 3)[c] - prop(f0, "pos", 3)[c]);
            ck_assert(dv[c] == prop(f1, "vel", 3)[c] - prop(f0, "vel", 3)[c]);
        }
    }
    for (size_t k = 0; k < 7; k++)
        ck_assert_int_eq(atol(se3rt_frame_info(&ws->frames[k], "frame0")), (long)(44.0 / 7.0 * (double)k));
    se3rt_xyz_free(wa);
    se3rt_xyz_free(ws);
    /* a pair file is not a trajectory */
    ck_assert_int_eq(nbody(&out, &err, "windows -i '%s' -o '%s/x.extxyz'", all, g.root), 1);
    ck_assert_msg(strstr(err, "not a trajectory file") != NULL, "%s", err);
    free(out), free(err);
    gen_free(&g);
}
END_TEST

/* --valid-fraction on trajectories holds out whole simulations: nbody_window_groups gives every
 * window its simulation, so the windows of one simulation (which overlap in time) never land in
 * both training and validation. A simulation begins where `sim` changes or `frame0` restarts. */
START_TEST(windows_grouped_by_simulation)
{
    gen g;
    gen_run(&g, "--train 0 --test 6 --seed 9");
    se3rt_xyz *w;
    char err[512];
    ck_assert_msg(nbody_windows(g.ctx, g.xtest, NBODY_WINDOWS_ALL, &w, err, sizeof err) == 0, "%s", err);
    const size_t per = NFR - 5;
    ck_assert_uint_eq(w->nframes, 6 * per);
    long long *group = calloc(w->nframes, sizeof *group);
    ck_assert_ptr_nonnull(group);
    ck_assert_int_eq(nbody_window_groups(w, group), 6);
    for (size_t k = 0; k < w->nframes; k++)
        ck_assert_int_eq(group[k], (long long)(k / per));
    /* equal `sim` in two consecutive simulations (files joined): frame0's restart separates them */
    for (size_t k = 0; k < w->nframes; k++)
        ck_assert_int_eq(se3rt_frame_info_set(w, &w->frames[k], "sim", "0"), SE3RT_OK);
    ck_assert_int_eq(nbody_window_groups(w, group), 6);
    for (size_t k = 0; k < w->nframes; k++)
        ck_assert_int_eq(group[k], (long long)(k / per));
    /* a window without its simulation */
    ck_assert_int_eq(se3rt_frame_info_set(w, &w->frames[3], "sim", "x"), SE3RT_OK);
    ck_assert_int_eq(nbody_window_groups(w, group), -1);
    free(group);
    se3rt_xyz_free(w);
    gen_free(&g);
}
END_TEST

/* se3tc train --valid-fraction on a trajectory file: whole simulations are held out (2 of 5 at
 * 0.3, i.e. 8 of the 20 windows; a split of the windows would hold out round(0.3 x 20) = 6), and
 * a model whose charge is an `edge input` trains on the trajectories. */
START_TEST(train_valid_fraction_by_simulation)
{
    gen g;
    gen_run(&g, "--train 5 --test 2 --length 1000 --sample-every 100 --seed 4");
    char spec[4300], ck[4300], *out, *err;
    snprintf(spec, sizeof spec, "%s/t.spec", g.root);
    snprintf(ck, sizeof ck, "%s/ck", g.root);
    tu_write_file(spec, "model t { precision f64; graph full; radial(width=4, depth=1);\n"
                        "  input vel : 1x1; edge input charge : 1x0; edge qq : 1x0 = charge * charge;\n"
                        "  attention a -> 2x0 + 2x1 (heads=1); conv c -> 2x1; output dx : 1x1; output dv : 1x1; }\n");
    char args[20000];
    snprintf(args, sizeof args, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --batch 4 --threads 1 "
             "--valid-fraction 0.3", spec, g.train, g.test, ck);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "train: exit %d\n%s", rc, err);
    ck_assert_msg(strstr(err, "20 training (every start frame) windows") != NULL, "%s", err);
    ck_assert_msg(strstr(err, "--valid-fraction: 2 of 5 simulations (8 windows) held out") != NULL, "%s", err);
    ck_assert_msg(strstr(err, "12 training, 8 validation and 2 test frames") != NULL, "%s", err);
    free(out);
    free(err);
    gen_free(&g);
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

    t = tcase_create("trajectory");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, trajectory_defaults);
    tcase_add_test(t, trajectory_independent_integration);
    tcase_add_test(t, trajectory_energy_drift);
    tcase_add_test(t, linear_baseline_expected);
    tcase_add_test(t, windows_cut);
    tcase_add_test(t, windows_grouped_by_simulation);
    tcase_add_test(t, train_valid_fraction_by_simulation);
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
