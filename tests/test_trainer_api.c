/* test_trainer_api.c - training through libse3rt's C API alone (se3rt_trainer in
 * se3rt_train.h), no se3tc binary: the loss goes down, a run saved and loaded half way ends
 * with the same bytes as a straight one (weights, moving average, validation track), and bad
 * options and state are one-line errors. specs/tiny_attention.spec on small random frames. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "se3rt_train.h"
#include "testutil.h"

#define SPEC SE3_SOURCE_DIR "/specs/tiny_attention.spec"

static unsigned lcg(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

/* Extended XYZ text of n frames for tiny_attention (inputs s: 2x0, v: 1x1; targets e: 1x0,
 * f: 1x1), 4 atoms each; the caller frees it. */
static char *frames(int n, unsigned seed)
{
    size_t cap = (size_t)n * 700 + 1, len = 0;
    char *t = malloc(cap);
    ck_assert_ptr_nonnull(t);
    for (int k = 0; k < n; k++) {
        len += (size_t)snprintf(t + len, cap - len, "4\nProperties=species:S:1:pos:R:3:s:R:2:v:R:3:e:R:1:f:R:3\n");
        for (int a = 0; a < 4; a++) {
            len += (size_t)snprintf(t + len, cap - len, "H");
            for (int c = 0; c < 12; c++)
                len += (size_t)snprintf(t + len, cap - len, " %.4f", (double)(lcg(&seed) % 2000) / 1000.0 - 1.0);
            len += (size_t)snprintf(t + len, cap - len, "\n");
        }
    }
    return t;
}

typedef struct fixture {
    se3rt_ctx *ctx;
    se3rt_model *m;
    se3rt_xyz *xtr, *xva;
    se3rt_data *tr, *va;
} fixture;

static void setup(fixture *f)
{
    memset(f, 0, sizeof *f);
    ck_assert_int_eq(se3rt_ctx_new(&f->ctx, NULL), SE3RT_OK);
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    ck_assert_msg(pipeline_model_file(f->ctx, SPEC, &po, "cpu", &f->m) == SE3RT_OK, "%s", se3rt_errmsg(f->ctx));
    char *a = frames(24, 1), *b = frames(6, 3);
    ck_assert_int_eq(se3rt_xyz_read_mem(f->ctx, a, strlen(a), "train.extxyz", &f->xtr), SE3RT_OK);
    ck_assert_int_eq(se3rt_xyz_read_mem(f->ctx, b, strlen(b), "valid.extxyz", &f->xva), SE3RT_OK);
    free(a);
    free(b);
    ck_assert_msg(se3rt_data_new(f->m, f->xtr, "train.extxyz", NULL, &f->tr) == SE3RT_OK, "%s", se3rt_errmsg(f->ctx));
    ck_assert_msg(se3rt_data_new(f->m, f->xva, "valid.extxyz", NULL, &f->va) == SE3RT_OK, "%s", se3rt_errmsg(f->ctx));
}

static void teardown(fixture *f)
{
    se3rt_data_free(f->tr);
    se3rt_data_free(f->va);
    se3rt_xyz_free(f->xtr);
    se3rt_xyz_free(f->xva);
    se3rt_model_free(f->m);
    se3rt_ctx_free(f->ctx);
}

/* Forty steps of Adam lower the training loss; evaluation leaves the model as it was. */
START_TEST(test_trainer_loss_decreases)
{
    fixture f;
    setup(&f);
    ck_assert_int_eq(se3rt_model_init_weights(f.m, 1), SE3RT_OK);
    se3rt_trainer_opts o;
    se3rt_trainer_opts_init(&o);
    o.steps = 40;
    o.batch = 4;
    o.lr = 0.01;
    o.lr_end = 0.001;
    se3rt_trainer *t = NULL;
    ck_assert_msg(se3rt_trainer_new(f.m, f.tr, &o, &t) == SE3RT_OK, "%s", se3rt_errmsg(f.ctx));
    se3rt_trainer_metrics before, after;
    ck_assert_int_eq(se3rt_trainer_evaluate(t, f.tr, &before), SE3RT_OK);
    ck_assert_int_eq(before.frames, 24);
    ck_assert(isnan(before.accuracy));
    ck_assert_int_eq(se3rt_trainer_step(t, 15), SE3RT_OK);
    ck_assert_int_eq(se3rt_trainer_steps_done(t), 15);
    se3rt_trainer_stepinfo si;
    se3rt_trainer_last(t, &si);
    ck_assert_int_eq(si.step, 15);
    ck_assert(isfinite(si.loss) && si.grad_norm > 0 && si.lr > 0 && !si.nonfinite);
    ck_assert_int_eq(se3rt_trainer_step(t, 1000), SE3RT_OK);   /* stops at o.steps */
    ck_assert_int_eq(se3rt_trainer_steps_done(t), 40);
    ck_assert(se3rt_trainer_finished(t));
    ck_assert_int_eq(se3rt_trainer_evaluate(t, f.tr, &after), SE3RT_OK);
    ck_assert_msg(after.loss < 0.9 * before.loss, "training loss %g -> %g", before.loss, after.loss);
    /* the schedule: cosine from lr at step 0 to lr_end at the end */
    ck_assert_double_eq(se3rt_trainer_lr(t, 0), 0.01);
    ck_assert_double_eq(se3rt_trainer_lr(t, 40), 0.001);
    se3rt_trainer_free(t);
    teardown(&f);
}
END_TEST

/* The run of 10 steps with EMA, warm-up, plateau, clipping, two threads and validation reports,
 * either straight or saved after `split` steps, the trainer freed, the weights scrambled, and
 * loaded into a new trainer. Returns the final training weights and evaluated weights (malloc'd). */
static void run(fixture *f, int split, const char *dir, double **w, double **ev, se3rt_trainer_track *trk)
{
    se3rt_trainer_opts o;
    se3rt_trainer_opts_init(&o);
    o.steps = 10;
    o.batch = 5;
    o.seed = 7;
    o.lr = 0.02;
    o.warmup = 2;
    o.schedule = SE3RT_SCHEDULE_PLATEAU;
    o.plateau_patience = 1;
    o.clip = 0.5;
    o.threads = 2;
    o.ema = 0.8;
    o.patience = 50;
    ck_assert_int_eq(se3rt_model_init_weights(f->m, 2), SE3RT_OK);
    se3rt_trainer *t = NULL;
    ck_assert_int_eq(se3rt_trainer_new(f->m, f->tr, &o, &t), SE3RT_OK);
    while (!se3rt_trainer_finished(t)) {
        if (split && se3rt_trainer_steps_done(t) == split) {
            ck_assert_msg(se3rt_trainer_state_save(t, dir, NULL) == SE3RT_OK, "%s", se3rt_errmsg(f->ctx));
            se3rt_trainer_free(t);
            ck_assert_int_eq(se3rt_model_init_weights(f->m, 99), SE3RT_OK);
            ck_assert_int_eq(se3rt_trainer_new(f->m, f->tr, &o, &t), SE3RT_OK);
            ck_assert_msg(se3rt_trainer_state_load(t, dir) == SE3RT_OK, "%s", se3rt_errmsg(f->ctx));
            ck_assert_int_eq(se3rt_trainer_steps_done(t), split);
            split = 0;
        }
        ck_assert_msg(se3rt_trainer_step(t, 1) == SE3RT_OK, "%s", se3rt_errmsg(f->ctx));
        if (se3rt_trainer_steps_done(t) % 2 == 0) {
            se3rt_trainer_metrics mv;
            int improved = -1;
            ck_assert_int_eq(se3rt_trainer_evaluate(t, f->va, &mv), SE3RT_OK);
            ck_assert_int_eq(se3rt_trainer_report_valid(t, mv.loss, &improved), SE3RT_OK);
            ck_assert(improved == 0 || improved == 1);
        }
    }
    const size_t n = (size_t)se3rt_model_nparams(f->m);
    *w = malloc(n * sizeof **w);
    *ev = malloc(n * sizeof **ev);
    memcpy(*w, se3rt_model_params(f->m), n * sizeof **w);
    se3rt_trainer_use_eval_weights(t, 1);
    ck_assert_int_eq(se3rt_trainer_step(t, 1), SE3RT_ERR_INVALID);   /* not while the average is in */
    memcpy(*ev, se3rt_model_params(f->m), n * sizeof **ev);
    se3rt_trainer_use_eval_weights(t, 0);
    ck_assert_msg(memcmp(*w, se3rt_model_params(f->m), n * sizeof **w) == 0, "training weights not restored");
    se3rt_trainer_get_track(t, trk);
    se3rt_trainer_free(t);
}

START_TEST(test_trainer_state_resume_exact)
{
    fixture f;
    setup(&f);
    char *dir = tu_tmpdir(), sub[4200];
    snprintf(sub, sizeof sub, "%s/state", dir);   /* made by state_save */
    double *w1, *e1, *w2, *e2;
    se3rt_trainer_track k1, k2;
    run(&f, 0, NULL, &w1, &e1, &k1);
    run(&f, 5, sub, &w2, &e2, &k2);
    const size_t n = (size_t)se3rt_model_nparams(f.m);
    ck_assert_msg(memcmp(w1, w2, n * sizeof *w1) == 0, "resumed training weights differ from a straight run");
    ck_assert_msg(memcmp(e1, e2, n * sizeof *e1) == 0, "resumed moving average differs from a straight run");
    ck_assert_msg(memcmp(w1, e1, n * sizeof *w1) != 0, "the moving average is the weights");
    ck_assert(k1.best_loss == k2.best_loss && k1.best_step == k2.best_step && k1.bad_evals == k2.bad_evals &&
              k1.plateau_bad == k2.plateau_bad && k1.lr_scale == k2.lr_scale && k1.stopped == k2.stopped);
    ck_assert_int_gt(k1.best_step, 0);
    /* the state folder holds the files of a se3tc checkpoint */
    const char *files[] = { "weights.safetensors", "train_weights.safetensors", "optimizer.safetensors" };
    for (int i = 0; i < 3; i++) {
        char p[4400];
        snprintf(p, sizeof p, "%s/%s", sub, files[i]);
        size_t len = 0;
        char *b = tu_read_file(p, &len);
        ck_assert_msg(b && len > 8, "%s missing", p);
        free(b);
    }
    free(w1);
    free(e1);
    free(w2);
    free(e2);
    tu_rm_rf(dir);
    free(dir);
    teardown(&f);
}
END_TEST

/* Bad options and missing or mismatched state: one-line errors naming what is wrong. */
START_TEST(test_trainer_errors)
{
    fixture f;
    setup(&f);
    se3rt_trainer_opts o;
    se3rt_trainer_opts_init(&o);
    se3rt_trainer *t = NULL;
    o.warmup = o.steps;
    ck_assert_int_eq(se3rt_trainer_new(f.m, f.tr, &o, &t), SE3RT_ERR_INVALID);
    ck_assert_ptr_null(t);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(f.ctx), "'warmup'"));
    se3rt_trainer_opts_init(&o);
    o.loss = SE3RT_LOSS_CE;   /* real targets, not class labels */
    ck_assert_int_eq(se3rt_trainer_new(f.m, f.tr, &o, &t), SE3RT_ERR_INVALID);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(f.ctx), "class labels"));
    se3rt_trainer_opts_init(&o);
    o.steps = 4;
    o.batch = 2;
    ck_assert_int_eq(se3rt_trainer_new(f.m, f.tr, &o, &t), SE3RT_OK);
    char *dir = tu_tmpdir();
    ck_assert_int_ne(se3rt_trainer_state_load(t, dir), SE3RT_OK);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(f.ctx), "weights.safetensors"));
    ck_assert_ptr_null(strchr(se3rt_errmsg(f.ctx), '\n'));
    /* a state of 3 steps does not fit a run of 2 */
    ck_assert_int_eq(se3rt_trainer_step(t, 3), SE3RT_OK);
    ck_assert_int_eq(se3rt_trainer_state_save(t, dir, NULL), SE3RT_OK);
    se3rt_trainer_free(t);
    o.steps = 2;
    ck_assert_int_eq(se3rt_trainer_new(f.m, f.tr, &o, &t), SE3RT_OK);
    ck_assert_int_eq(se3rt_trainer_state_load(t, dir), SE3RT_ERR_FORMAT);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(f.ctx), "beyond the run's 2 steps"));
    se3rt_trainer_free(t);
    /* evaluation of another data set of the same model */
    ck_assert_int_eq(se3rt_trainer_new(f.m, f.tr, &o, &t), SE3RT_OK);
    se3rt_trainer_metrics mt;
    ck_assert_int_eq(se3rt_trainer_evaluate(t, f.va, &mt), SE3RT_OK);
    ck_assert(isfinite(mt.loss) && mt.frames == 6);
    se3rt_trainer_free(t);
    tu_rm_rf(dir);
    free(dir);
    teardown(&f);
}
END_TEST

/* se3rt_adam_step runs in vector lanes (runtime/train_adam.c): its weights must carry the bits
 * of the plain scalar update, element by element (volatile keeps the reference scalar), over a
 * length that leaves a tail after every vector width, for three steps. */
START_TEST(test_adam_step_scalar_bits)
{
    enum { N = 1003 };
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_adam *a = NULL;
    ck_assert_int_eq(se3rt_adam_new(ctx, N, &a), SE3RT_OK);
    static double p[N], q[N], g[N], m[N], v[N];
    unsigned seed = 7;
    for (int k = 0; k < N; k++)
        p[k] = q[k] = ((double)lcg(&seed) / 16777216.0 - 0.5) * 3.0;
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    for (int t = 1; t <= 3; t++) {
        const double lr = 1e-3 / t;
        for (int k = 0; k < N; k++)   /* zeros, tiny and large gradients among the others */
            g[k] = k % 97 == 0 ? 0.0 : ((double)lcg(&seed) / 16777216.0 - 0.5) * (k % 5 == 0 ? 1e-9 : k % 7 == 0 ? 1e3 : 1.0);
        se3rt_adam_step(a, p, g, lr);
        const double c1 = 1 - pow(b1, t), c2 = 1 - pow(b2, t);
        for (int k = 0; k < N; k++) {
            volatile double mk = b1 * m[k] + (1 - b1) * g[k], gg = (1 - b2) * g[k];
            volatile double vk = b2 * v[k] + gg * g[k];
            volatile double num = lr * (mk / c1), den = sqrt(vk / c2) + eps;
            m[k] = mk;
            v[k] = vk;
            q[k] -= num / den;
        }
        for (int k = 0; k < N; k++)
            ck_assert_msg(memcmp(&p[k], &q[k], sizeof p[k]) == 0, "step %d weight %d: %.17g, scalar %.17g", t, k,
                          p[k], q[k]);
    }
    ck_assert_int_eq((int)se3rt_adam_steps(a), 3);
    se3rt_adam_free(a);
    se3rt_ctx_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("trainer_api");
    TCase *c = tcase_create("trainer");
    tcase_set_timeout(c, 300);
    tcase_add_test(c, test_trainer_loss_decreases);
    tcase_add_test(c, test_trainer_state_resume_exact);
    tcase_add_test(c, test_trainer_errors);
    tcase_add_test(c, test_adam_step_scalar_bits);
    suite_add_tcase(s, c);
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
