/* test_train_features.c - the trainer's everyday features (docs/training.md): a validation
 * split, the best weights by validation loss and early stopping, an exponential moving average
 * of the weights, warm-up and reduce-on-plateau schedules, all resumed exactly; a YAML
 * configuration file; cross-entropy on class labels with accuracy, and predictions written
 * beside the labels. Small runs of specs/tiny_attention.spec (and a 3-class variant of it). */
#define _POSIX_C_SOURCE 200809L
#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pipeline.h"
#include "se3rt_io.h"
#include "se3rt_train.h"
#include "testutil.h"

#define SPEC SE3_SOURCE_DIR "/specs/tiny_attention.spec"
/* where the test writes its two classifier specs: a fixed path, so the generated code (which
 * names the spec) is the same from run to run and the JIT cache serves it */
#define SPEC_DIR SE3_BINARY_DIR "/tests"

static unsigned lcg(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

/* Frames for tiny_attention (inputs s: 2x0, v: 1x1; targets e: 1x0, f: 1x1), 4 atoms each. */
static void write_frames(const char *path, int nframes, unsigned seed)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int k = 0; k < nframes; k++) {
        fprintf(f, "4\nProperties=species:S:1:pos:R:3:s:R:2:v:R:3:e:R:1:f:R:3\n");
        for (int a = 0; a < 4; a++) {
            fprintf(f, "H");
            for (int c = 0; c < 12; c++)
                fprintf(f, " %.4f", (double)(lcg(&seed) % 2000) / 1000.0 - 1.0);
            fprintf(f, "\n");
        }
    }
    ck_assert_int_eq(fclose(f), 0);
}

/* A folder with train.extxyz (16 frames), test.extxyz (4) and valid.extxyz (5). */
static char *data(void)
{
    char *d = tu_tmpdir(), p[4200];
    snprintf(p, sizeof p, "%s/train.extxyz", d);
    write_frames(p, 16, 1);
    snprintf(p, sizeof p, "%s/test.extxyz", d);
    write_frames(p, 4, 2);
    snprintf(p, sizeof p, "%s/valid.extxyz", d);
    write_frames(p, 5, 3);
    return d;
}

#define TRAIN(d) "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --threads 1 --batch 4 --quiet"

static cJSON *json_file(const char *dir, const char *name)
{
    char p[4300];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    char *text = tu_read_file(p, NULL);
    ck_assert_msg(text != NULL, "no %s", p);
    cJSON *j = cJSON_Parse(text);
    ck_assert_msg(j != NULL, "%s is not JSON", p);
    free(text);
    return j;
}

static double num(const cJSON *j, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, key);
    ck_assert_msg(cJSON_IsNumber(v), "no number '%s'", key);
    return v->valuedouble;
}

/* loss.csv as rows of (step, lr, train, test, grad, wall, valid); NAN where empty. */
typedef struct row {
    double v[7];
} row;

static int read_csv(const char *dir, row *rows, int cap)
{
    char p[4300];
    snprintf(p, sizeof p, "%s/loss.csv", dir);
    char *text = tu_read_file(p, NULL);
    ck_assert_ptr_nonnull(text);
    ck_assert_msg(strncmp(text, "step,lr,train_loss,test_loss,grad_norm,wall_s,valid_loss\n", 56) == 0, "%s", text);
    int n = 0;
    for (char *line = strchr(text, '\n') + 1; *line && n < cap; n++) {
        char *q = line, *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        for (int k = 0; k < 7; k++) {
            char *end;
            double x = strtod(q, &end);
            rows[n].v[k] = end == q ? NAN : x;
            q = end;
            if (*q == ',')
                q++;
        }
        line = nl ? nl + 1 : line + strlen(line);
    }
    free(text);
    return n;
}

/* All tensors of a safetensors file, concatenated (count in *n). */
static double *tensors(const char *path, size_t *n)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_st *st = NULL;
    ck_assert_msg(se3rt_st_read(ctx, path, &st) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    size_t tot = 0;
    for (size_t i = 0; i < st->ntensors; i++)
        tot += (size_t)st->tensors[i].numel;
    double *v = malloc((tot + 1) * sizeof *v), *p = v;
    for (size_t i = 0; i < st->ntensors; i++) {
        memcpy(p, st->tensors[i].data, (size_t)st->tensors[i].numel * sizeof *v);
        p += st->tensors[i].numel;
    }
    se3rt_st_free(st);
    se3rt_ctx_free(ctx);
    *n = tot;
    return v;
}

static int same_file(const char *a, const char *b)
{
    size_t la = 0, lb = 0;
    char *x = tu_read_file(a, &la), *y = tu_read_file(b, &lb);
    int same = x && y && la == lb && memcmp(x, y, la) == 0;
    free(x);
    free(y);
    return same;
}

/* --valid-fraction holds out frames of the training file; --valid reads a file; the validation
 * loss is in loss.csv at every evaluation and in metrics.json. */
START_TEST(test_valid_split)
{
    char *d = data(), *ck = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, TRAIN(d) " --steps 6 --eval-every 3 --valid-fraction 0.25", d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    cJSON *m = json_file(ck, "metrics.json");
    ck_assert_double_eq(num(m, "valid_frames"), 4);
    ck_assert_double_eq(num(m, "train_frames"), 12);
    const double vloss = num(m, "valid_loss");
    cJSON_Delete(m);
    row r[16];
    ck_assert_int_eq(read_csv(ck, r, 16), 6);
    for (int i = 0; i < 6; i++)
        ck_assert_msg((i == 2 || i == 5) == !isnan(r[i].v[6]), "step %g: valid loss %g", r[i].v[0], r[i].v[6]);
    ck_assert_msg(r[5].v[6] != r[5].v[3], "the validation loss is the test loss");
    (void)vloss;
    /* another seed, another split: another validation loss at step 3 */
    char *ck2 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 3 --eval-every 3 --valid-fraction 0.25 --seed 2", d, d, ck2);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    row r2[4];
    ck_assert_int_eq(read_csv(ck2, r2, 4), 3);
    ck_assert(!isnan(r2[2].v[6]));
    /* a file */
    char *ck3 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 2 --eval-every 2 --valid '%s/valid.extxyz'", d, d, ck3, d);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    m = json_file(ck3, "metrics.json");
    ck_assert_double_eq(num(m, "valid_frames"), 5);
    ck_assert_double_eq(num(m, "train_frames"), 16);
    cJSON_Delete(m);
    /* refused: both, a fraction that leaves no training frame, out of range */
    char *ck4 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 2 --valid x --valid-fraction 0.5", d, d, ck4);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "not both"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 2 --valid-fraction 0.99", d, d, ck4);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "leaves no training frame"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 2 --valid-fraction 1", d, d, ck4);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "--valid-fraction"), "%s", err);
    free(err);
    tu_rm_rf(d), tu_rm_rf(ck), tu_rm_rf(ck2), tu_rm_rf(ck3), tu_rm_rf(ck4);
    free(d), free(ck), free(ck2), free(ck3), free(ck4);
}
END_TEST

/* CKPT/best holds the weights of the lowest validation loss; --patience stops the run. */
START_TEST(test_best_and_early_stop)
{
    char *d = data(), *ck = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, TRAIN(d) " --steps 12 --eval-every 2 --valid-fraction 0.25 --lr 3e-3", d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    row r[16];
    ck_assert_int_eq(read_csv(ck, r, 16), 12);
    int best = -1;
    for (int i = 0; i < 12; i++)
        if (!isnan(r[i].v[6]) && (best < 0 || r[i].v[6] < r[best].v[6]))
            best = i;
    cJSON *b = json_file(ck, "best/best.json"), *m = json_file(ck, "metrics.json");
    ck_assert_double_eq(num(b, "step"), r[best].v[0]);
    ck_assert_double_eq_tol(num(b, "valid_loss"), r[best].v[6], 1e-7 * r[best].v[6]);
    /* the final metrics are those of the best weights */
    ck_assert_str_eq(cJSON_GetObjectItem(m, "weights")->valuestring, "best");
    ck_assert_double_eq(num(m, "best_step"), r[best].v[0]);
    ck_assert_double_eq_tol(num(m, "test_loss"), r[best].v[3], 1e-7 * r[best].v[3]);
    ck_assert_double_eq_tol(num(m, "valid_loss"), r[best].v[6], 1e-7 * r[best].v[6]);
    cJSON_Delete(b);
    cJSON_Delete(m);
    /* no later evaluation beats the first by 1e9: three more evaluations and it stops at step 8 */
    char *ck2 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 40 --eval-every 2 --valid-fraction 0.25 --patience 3 --min-delta 1e9", d, d,
             ck2);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    m = json_file(ck2, "metrics.json");
    ck_assert_double_eq(num(m, "steps"), 8);
    ck_assert_double_eq(num(m, "best_step"), 2);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(m, "stopped_early")));
    cJSON_Delete(m);
    ck_assert_int_eq(read_csv(ck2, r, 16), 8);
    char p[4300];
    snprintf(p, sizeof p, "%s/checkpoint-000008", ck2);
    ck_assert_int_eq(tu_dir_count(p), 4);
    /* --resume of a run that stopped early takes no step */
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume", d, d, ck2);
    ck_assert_msg(rc == 0 && strstr(err, "stopped early at step 8"), "%s", err);
    free(err);
    ck_assert_int_eq(read_csv(ck2, r, 16), 8);
    /* killed between the two renames that replace best/ (only best.old.PID there), or while
     * writing the next one (best.tmp.PID): the next start restores and cleans */
    char from[4300], to[4300], bj[4300];
    snprintf(from, sizeof from, "%s/best", ck2);
    snprintf(to, sizeof to, "%s/best.old.99999", ck2);
    snprintf(bj, sizeof bj, "%s/best/best.json", ck2);
    char *before = tu_read_file(bj, NULL);
    ck_assert_int_eq(rename(from, to), 0);
    snprintf(to, sizeof to, "%s/best.tmp.99998", ck2);
    ck_assert_int_eq(mkdir(to, 0777), 0);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --quiet", d, d,
             ck2);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    char *after = tu_read_file(bj, NULL);
    ck_assert_msg(before && after && strcmp(before, after) == 0, "best/ not restored");
    ck_assert_int_eq(tu_dir_count(ck2), 6); /* best checkpoint-000008 loss.csv loss.svg metrics.json weights */
    free(before);
    free(after);
    /* --patience without a validation set */
    char *ck3 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 4 --patience 2", d, d, ck3);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "validation set"), "%s", err);
    free(err);
    tu_rm_rf(d), tu_rm_rf(ck), tu_rm_rf(ck2), tu_rm_rf(ck3);
    free(d), free(ck), free(ck2), free(ck3);
}
END_TEST

/* --ema leaves the optimiser's path alone (train_weights.safetensors is the plain run's
 * weights) and saves decay w0 + (1 - decay) w1 after one step: the difference to the plain
 * weights scales with the decay. */
START_TEST(test_ema)
{
    char *d = data(), *x = tu_tmpdir(), *y1 = tu_tmpdir(), *y2 = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, TRAIN(d) " --steps 1", d, d, x);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 1 --ema 0.5", d, d, y1);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 1 --ema 0.9", d, d, y2);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    char p[4300];
    size_t n, n1, n2, nt;
    snprintf(p, sizeof p, "%s/weights.safetensors", x);
    double *w = tensors(p, &n);
    snprintf(p, sizeof p, "%s/weights.safetensors", y1);
    double *e1 = tensors(p, &n1);
    snprintf(p, sizeof p, "%s/weights.safetensors", y2);
    double *e2 = tensors(p, &n2);
    snprintf(p, sizeof p, "%s/checkpoint-000001/train_weights.safetensors", y1);
    double *t1 = tensors(p, &nt);
    ck_assert(n == n1 && n == n2 && n == nt && n > 100);
    ck_assert_msg(memcmp(w, t1, n * sizeof *w) == 0, "--ema changed the training weights");
    size_t moved = 0;
    for (size_t k = 0; k < n; k++) {
        double a = (e1[k] - w[k]) / 0.5, b = (e2[k] - w[k]) / 0.9; /* both w0 - w1 */
        ck_assert_msg(fabs(a - b) <= 1e-12 + 1e-9 * fabs(a), "weight %zu: %g vs %g", k, a, b);
        moved += fabs(a) > 1e-6;
    }
    ck_assert_msg(moved > n / 4, "only %zu of %zu weights differ from the plain run", moved, n);
    cJSON *m = json_file(y1, "metrics.json");
    ck_assert_str_eq(cJSON_GetObjectItem(m, "weights")->valuestring, "ema");
    cJSON_Delete(m);
    free(w), free(e1), free(e2), free(t1);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 1 --ema 1", d, d, x);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "--ema"), "%s", err);
    free(err);
    tu_rm_rf(d), tu_rm_rf(x), tu_rm_rf(y1), tu_rm_rf(y2);
    free(d), free(x), free(y1), free(y2);
}
END_TEST

/* Warm-up ramps the learning rate linearly before the cosine decay; plateau halves it after
 * each evaluation without a better validation loss. */
START_TEST(test_schedules)
{
    char *d = data(), *ck = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, TRAIN(d) " --steps 12 --warmup 4 --lr 1e-3 --lr-end 1e-4", d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    row r[16];
    ck_assert_int_eq(read_csv(ck, r, 16), 12);
    for (int i = 0; i < 4; i++)
        ck_assert_double_eq_tol(r[i].v[1], 1e-3 * (i + 1) / 4, 1e-9);
    ck_assert_double_eq_tol(r[4].v[1], 1e-3, 1e-9);
    for (int i = 5; i < 12; i++)
        ck_assert_msg(r[i].v[1] < r[i - 1].v[1] && r[i].v[1] > 1e-4, "step %d: lr %g", i + 1, r[i].v[1]);
    char *ck2 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 8 --eval-every 2 --valid-fraction 0.25 --lr-schedule plateau --plateau-patience 1"
             " --plateau-factor 0.5 --min-delta 1e9 --lr-end 1e-5", d, d, ck2);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    ck_assert_int_eq(read_csv(ck2, r, 16), 8);
    const double want[8] = { 1e-3, 1e-3, 1e-3, 1e-3, 5e-4, 5e-4, 2.5e-4, 2.5e-4 };
    for (int i = 0; i < 8; i++)
        ck_assert_msg(fabs(r[i].v[1] - want[i]) < 1e-12, "step %d: lr %g, not %g", i + 1, r[i].v[1], want[i]);
    char *ck3 = tu_tmpdir();
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 4 --lr-schedule plateau", d, d, ck3);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "validation set"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 4 --lr-schedule linear", d, d, ck3);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "cosine or plateau"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 4 --warmup 4", d, d, ck3);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "--warmup"), "%s", err);
    free(err);
    tu_rm_rf(d), tu_rm_rf(ck), tu_rm_rf(ck2), tu_rm_rf(ck3);
    free(d), free(ck), free(ck2), free(ck3);
}
END_TEST

/* Stopping and resuming a run with all of it (validation split, EMA, warm-up, plateau,
 * patience) gives the straight run's weights, best weights and curves; a changed option is
 * refused. */
START_TEST(test_resume_exact)
{
    char *d = data(), *a = tu_tmpdir(), *b = tu_tmpdir(), *err = NULL;
    const char *o = "--steps 24 --eval-every 3 --valid-fraction 0.25 --ema 0.8 --warmup 3 --lr-schedule plateau "
                    "--plateau-patience 1 --patience 5";
    int rc = tu_se3tc_err(&err, TRAIN(d) " %s", d, d, a, o);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " %s --stop-at 10", d, d, b, o);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --ema 0.7", d,
             d, b);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "--ema 0.7 differs"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --warmup 2", d,
             d, b);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "--warmup 2 differs"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --quiet", d, d,
             b);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    const char *files[] = { "weights.safetensors", "best/weights.safetensors", "best/best.json" };
    for (int i = 0; i < 3; i++) {
        char pa[4300], pb[4300];
        snprintf(pa, sizeof pa, "%s/%s", a, files[i]);
        snprintf(pb, sizeof pb, "%s/%s", b, files[i]);
        ck_assert_msg(same_file(pa, pb), "%s differs after --resume", files[i]);
    }
    row ra[32], rb[32];
    int na = read_csv(a, ra, 32), nb = read_csv(b, rb, 32);
    ck_assert_int_eq(na, nb);
    for (int i = 0; i < na; i++)
        for (int k = 0; k < 7; k++)
            if (k != 5)
                ck_assert_msg((isnan(ra[i].v[k]) && isnan(rb[i].v[k])) || ra[i].v[k] == rb[i].v[k],
                              "loss.csv row %d column %d: %g vs %g", i + 1, k + 1, ra[i].v[k], rb[i].v[k]);
    tu_rm_rf(d), tu_rm_rf(a), tu_rm_rf(b);
    free(d), free(a), free(b);
}
END_TEST

/* --config FILE.yaml: keys are the long options; the command line wins; errors name the line. */
START_TEST(test_config)
{
    char *d = data(), *ck = tu_tmpdir(), *err = NULL, cfg[4300], text[8192];
    snprintf(cfg, sizeof cfg, "%s/run.yaml", d);
    snprintf(text, sizeof text,
             "# a run\nspec: %s\ntrain: %s/train.extxyz\ntest: %s/test.extxyz\no: %s\nsteps: 6\nbatch: 2\n"
             "lr_end: 5e-4\nnormalize: true\nthreads: 1\nvalid-fraction: 0.25\nquiet: true\n", SPEC, d, d, ck);
    ck_assert_int_eq(tu_write_file(cfg, text), 0);
    int rc = tu_se3tc_err(&err, "train --config '%s' --steps=4", cfg);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    char st[4300];
    snprintf(st, sizeof st, "%s/checkpoint-000004", ck);
    cJSON *s = json_file(st, "state.json");
    const cJSON *op = cJSON_GetObjectItem(s, "options");
    ck_assert_double_eq(num(op, "steps"), 4);   /* the command line */
    ck_assert_double_eq(num(op, "batch"), 2);   /* the file */
    ck_assert_double_eq(num(op, "lr_end"), 5e-4);
    ck_assert_double_eq(num(op, "valid_fraction"), 0.25);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(op, "normalize")));
    cJSON_Delete(s);
    const char *bad[][2] = { { "steps: 6\nbogus: 1\n", ":2: unknown key 'bogus'" },
                             { "steps: [1, 2]\n", ":1: the value of an option is one scalar" },
                             { "steps: 4\nsteps: 5\n", ":2: key 'steps' is given twice" },
                             { "normalize: yes please\n", ":1: 'normalize' is true or false" },
                             { "steps: 1\n  x: : y\n", ":2:" },
                             { "# comment\nbatch: 0\n", ":2: --batch needs a whole number from 1" },
                             { "loss: hinge\n", ":1: --loss is mse, l1 or ce" } };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        ck_assert_int_eq(tu_write_file(cfg, bad[i][0]), 0);
        rc = tu_se3tc_err(&err, "train --config '%s' '" SPEC "'", cfg);
        char want[4400];
        snprintf(want, sizeof want, "%s%s", cfg, bad[i][1]);
        ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, want), "%s: %s", bad[i][0], err);
        free(err);
    }
    tu_rm_rf(d), tu_rm_rf(ck);
    free(d), free(ck);
}
END_TEST

/* SPEC_DIR/cls.spec (tiny_attention with one output, the logits of 3 classes) and class-labelled
 * frames DIR/train.extxyz (24), test.extxyz (8) and bad.extxyz (8, one label out of range):
 * an atom's class is its first s value below -0.3, between, above 0.3. */
static void class_data(const char *d, char *sp, size_t spn)
{
    char p[4300];
    /* tiny_attention with one output: the logits of 3 classes */
    char *spec = tu_read_file(SPEC, NULL);
    ck_assert_ptr_nonnull(spec);
    char *s1 = strstr(spec, "selfint s1"), *end = strrchr(spec, '}');
    ck_assert(s1 && end);
    *s1 = 0;
    char text[8192];
    snprintf(text, sizeof text, "%sselfint s1 -> 3x0 (kind=linear, bias=true);\n    output c : 3x0;\n}\n", spec);
    free(spec);
    snprintf(sp, spn, "%s", SPEC_DIR "/cls.spec"); /* one path: the JIT cache knows it */
    ck_assert_int_eq(tu_write_file(sp, text), 0);
    /* the class of an atom: its first s value below -0.3, between, above 0.3 */
    for (int file = 0; file < 3; file++) {
        snprintf(p, sizeof p, "%s/%s.extxyz", d, file == 0 ? "train" : file == 1 ? "test" : "bad");
        FILE *f = fopen(p, "w");
        unsigned seed = 7u + (unsigned)file;
        for (int k = 0; k < (file == 0 ? 24 : 8); k++) {
            fprintf(f, "4\nProperties=species:S:1:pos:R:3:s:R:2:v:R:3:c:I:1\n");
            for (int a = 0; a < 4; a++) {
                double x[8];
                for (int c = 0; c < 8; c++)
                    x[c] = (double)(lcg(&seed) % 2000) / 1000.0 - 1.0;
                int cls = x[3] < -0.3 ? 0 : x[3] < 0.3 ? 1 : 2;
                if (file == 2 && k == 1 && a == 2)
                    cls = 3;
                fprintf(f, "H %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %d\n", x[0], x[1], x[2], x[3], x[4], x[5], x[6],
                        x[7], cls);
            }
        }
        fclose(f);
    }
}

/* --loss ce: a 3-class per-atom label learnt to high accuracy; a bad label is one line naming
 * its atom; `se3tc run` writes the prediction beside the label as c_pred. */
START_TEST(test_cross_entropy)
{
    char *d = tu_tmpdir(), *ck = tu_tmpdir(), *err = NULL, p[4300];
    char sp[4300];
    class_data(d, sp, sizeof sp);
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --loss ce --steps 60 "
                 "--batch 8 --lr 1e-2 --threads 2 --eval-every 20 --valid-fraction 0.25 --quiet", sp, d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    cJSON *m = json_file(ck, "metrics.json");
    ck_assert_str_eq(cJSON_GetObjectItem(m, "loss")->valuestring, "ce");
    const double acc = num(m, "accuracy"), loss = num(m, "test_loss");
    ck_assert_double_eq(num(m, "accuracy_c"), acc);
    ck_assert_msg(acc >= 0.6 && acc <= 1, "accuracy %g (chance is 1/3)", acc);
    ck_assert_msg(loss < 0.7 * log(3.0), "test cross-entropy %g (untrained: log 3)", loss);
    ck_assert(num(m, "valid_accuracy") >= 0 && num(m, "valid_accuracy") <= 1);
    cJSON_Delete(m);
    /* predictions under their own name: c stays the label */
    char *out = NULL, args[8192];
    snprintf(args, sizeof args, "run '%s' --weights '%s/weights.safetensors' -i '%s/test.extxyz'", sp, ck, d);
    rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_msg(strstr(out, "Properties=species:S:1:pos:R:3:s:R:2:v:R:3:c:I:1:c_pred:R:3\n"), "%.300s", out);
    snprintf(p, sizeof p, "%s/test.extxyz", d);
    char *in = tu_read_file(p, NULL);
    /* the 10th field of the first atom's line: the label, as in the input */
    char *l1 = strchr(strchr(in, '\n') + 1, '\n') + 1, *o1 = strchr(strchr(out, '\n') + 1, '\n') + 1;
    for (int k = 0; k < 9; k++) {
        l1 = strchr(l1, ' ') + 1;
        o1 = strchr(o1, ' ') + 1;
    }
    ck_assert_msg(l1[0] == o1[0] && o1[1] == ' ', "the label column changed: %.60s", o1);
    free(in);
    free(out);
    free(err);
    /* refused: a class out of range, a degree-1 target, --normalize */
    char *ck2 = tu_tmpdir();
    rc = tu_se3tc_err(&err, "train '%s' --train '%s/bad.extxyz' --test '%s/test.extxyz' -o '%s' --loss ce --steps 2 --quiet", sp, d, d,
             ck2);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "bad.extxyz: frame 2, atom 3") && strstr(err, "0..2"), "%s",
                  err);
    free(err);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --loss ce --steps 2 --quiet", d,
             d, ck2);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "degree 0"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, "train '%s' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --loss ce --normalize", sp, d,
             d, ck2);
    ck_assert_msg(rc == 2 && tu_one_line(err) && strstr(err, "--normalize"), "%s", err);
    free(err);
    tu_rm_rf(d), tu_rm_rf(ck), tu_rm_rf(ck2);
    free(d), free(ck), free(ck2);
}
END_TEST

/* --loss ce on a per-graph output: the label is the frame's info value; a bad one names the
 * frame. Classes differ by the cloud's size, which the invariant features see. */
START_TEST(test_cross_entropy_per_graph)
{
    char *d = tu_tmpdir(), *ck = tu_tmpdir(), *err = NULL, p[4300], sp[4300];
    char *spec = tu_read_file(SE3_SOURCE_DIR "/specs/tiny_conv.spec", NULL);
    ck_assert_ptr_nonnull(spec);
    char *c2 = strstr(spec, "conv c2");
    ck_assert_ptr_nonnull(c2);
    *c2 = 0;
    char text[8192];
    snprintf(text, sizeof text, "%sconv c2 -> 3x0 (aggregate=sum, self=none);\n    pool p (op=mean);\n"
             "    output g : 3x0;\n}\n", spec);
    free(spec);
    snprintf(sp, sizeof sp, "%s", SPEC_DIR "/gcls.spec");
    ck_assert_int_eq(tu_write_file(sp, text), 0);
    for (int file = 0; file < 3; file++) {
        snprintf(p, sizeof p, "%s/%s.extxyz", d, file == 0 ? "train" : file == 1 ? "test" : "bad");
        FILE *f = fopen(p, "w");
        unsigned seed = 21u + (unsigned)file;
        for (int k = 0; k < (file == 0 ? 24 : 6); k++) {
            const int cls = k % 3;
            if (file == 2 && k == 2)
                fprintf(f, "5\nProperties=species:S:1:pos:R:3:a:R:3 g=1.5\n");
            else
                fprintf(f, "5\nProperties=species:S:1:pos:R:3:a:R:3 g=%d\n", cls);
            for (int a = 0; a < 5; a++) {
                fprintf(f, "H");
                for (int c = 0; c < 6; c++)
                    fprintf(f, " %.4f", ((double)(lcg(&seed) % 2000) / 1000.0 - 1.0) * (c < 3 ? 1 + cls : 1));
                fprintf(f, "\n");
            }
        }
        fclose(f);
    }
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --loss ce --steps 10 "
                 "--batch 8 --threads 1 --quiet", sp, d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    cJSON *m = json_file(ck, "metrics.json");
    const double acc = num(m, "accuracy_g");
    ck_assert_msg(acc >= 0 && acc <= 1 && fabs(acc * 6 - round(acc * 6)) < 1e-12, "accuracy %g of 6 frames", acc);
    ck_assert_msg(num(m, "ce_g") > 0, "no cross-entropy");
    cJSON_Delete(m);
    char *ck2 = tu_tmpdir();
    rc = tu_se3tc_err(&err, "train '%s' --train '%s/bad.extxyz' --test '%s/test.extxyz' -o '%s' --loss ce --steps 2 --quiet", sp,
             d, d, ck2);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "bad.extxyz: frame 3: info 'g' is '1.5', not a class label 0..2"),
                  "%s", err);
    free(err);
    tu_rm_rf(d), tu_rm_rf(ck), tu_rm_rf(ck2);
    free(d), free(ck), free(ck2);
}
END_TEST

/* The cross-entropy's gradient (softmax - onehot through the backward code) against central
 * differences of the evaluated loss, which is the same mean as the minibatch loss. */
/* f32 training (forward and backward in f32 lanes; geometry, message sums and the weight
 * gradients in double) follows the f64 curve from the same seed within f32 rounding (measured:
 * 1e-7 relative), and the f32-trained model stays equivariant to Delta_EQ <= 1e-6. */
START_TEST(test_f32_training)
{
    char *d = data(), *ck32 = tu_tmpdir(), *ck64 = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, TRAIN(d) " --steps 20 --seed 5 --precision f64", d, d, ck64);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, TRAIN(d) " --steps 20 --seed 5 --precision f32", d, d, ck32);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    row a[24], b[24];
    ck_assert_int_eq(read_csv(ck64, a, 24), 20);
    ck_assert_int_eq(read_csv(ck32, b, 24), 20);
    for (int i = 0; i < 20; i++) {
        const double rel = fabs(a[i].v[2] - b[i].v[2]) / a[i].v[2];
        ck_assert_msg(rel < 1e-3, "step %d: f64 loss %.9g, f32 %.9g (relative difference %.2g)", i + 1, a[i].v[2],
                      b[i].v[2], rel);
    }
    cJSON *j = json_file(ck32, "metrics.json");
    const double eq = num(j, "equivariance_error");
    ck_assert_msg(eq <= 1e-6, "f32-trained model: Delta_EQ %g", eq);
    cJSON_Delete(j);
    tu_rm_rf(d), tu_rm_rf(ck32), tu_rm_rf(ck64);
    free(d), free(ck32), free(ck64);
}
END_TEST

START_TEST(test_cross_entropy_gradient)
{
    char *d = tu_tmpdir(), sp[4300], p[4300];
    class_data(d, sp, sizeof sp);
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    se3rt_xyz *xyz = NULL;
    se3rt_data *data = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    ck_assert_msg(pipeline_model_file(ctx, sp, &po, "cpu", &m) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq(se3rt_model_init_weights(m, 3), SE3RT_OK);
    snprintf(p, sizeof p, "%s/test.extxyz", d);
    ck_assert_int_eq(se3rt_xyz_read(ctx, p, &xyz), SE3RT_OK);
    ck_assert_msg(se3rt_data_new_kind(m, xyz, p, NULL, SE3RT_LOSS_CE, &data) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq(se3rt_data_labels(data), 1);
    const int64_t nf = se3rt_data_nframes(data), np = se3rt_model_nparams(m);
    int64_t ids[64];
    for (int64_t f = 0; f < nf; f++)
        ids[f] = f;
    double *g = calloc((size_t)np, sizeof *g), L = 0, Le = 0;
    ck_assert_int_eq(se3rt_data_loss_grad(m, data, ids, nf, SE3RT_LOSS_CE, 2, &L, g), SE3RT_OK);
    ck_assert_int_eq(se3rt_data_eval(m, data, SE3RT_LOSS_CE, 64, NULL, &Le, NULL), SE3RT_OK);
    ck_assert_msg(fabs(L - Le) < 1e-12 && L > 0.5 && L < 3, "minibatch loss %.17g, evaluated %.17g", L, Le);
    /* MSE on class-label data (and CE on real targets) is refused */
    ck_assert_int_eq(se3rt_data_loss_grad(m, data, ids, nf, SE3RT_LOSS_MSE, 1, &L, g), SE3RT_ERR_INVALID);
    double *w = se3rt_model_params(m), worst = 0;
    unsigned seed = 11;
    for (int q = 0; q < 24; q++) {
        int64_t k = (int64_t)(lcg(&seed) % (unsigned)np);
        const double w0 = w[k], h = 1e-5 * fmax(1, fabs(w0));
        double lp, lm;
        w[k] = w0 + h;
        se3rt_model_params_changed(m);
        ck_assert_int_eq(se3rt_data_eval(m, data, SE3RT_LOSS_CE, 64, NULL, &lp, NULL), SE3RT_OK);
        w[k] = w0 - h;
        se3rt_model_params_changed(m);
        ck_assert_int_eq(se3rt_data_eval(m, data, SE3RT_LOSS_CE, 64, NULL, &lm, NULL), SE3RT_OK);
        w[k] = w0;
        se3rt_model_params_changed(m);
        const double fd = (lp - lm) / (2 * h), err = fabs(fd - g[k]) / fmax(fmax(fabs(fd), fabs(g[k])), 1e-6);
        worst = fmax(worst, err);
        ck_assert_msg(err < 1e-5, "weight %lld: backward %.10g, central difference %.10g", (long long)k, g[k], fd);
    }
    /* accuracy from the predictions: the largest logit against the label */
    const int64_t rows = se3rt_data_rows(data);
    double *pred = calloc((size_t)(rows * se3rt_model_out_dim(m)), sizeof *pred), acc = -1;
    ck_assert_int_eq(se3rt_data_eval(m, data, SE3RT_LOSS_CE, 64, pred, NULL, NULL), SE3RT_OK);
    se3rt_data_accuracy(data, pred, &acc);
    int64_t hit = 0;
    for (int64_t r = 0, f = 0; f < nf; f++) {
        const double *t = se3rt_data_frame_targets(data, f);
        int32_t gp[2];
        se3rt_batch b;
        se3rt_data_frame(data, f, gp, &b);
        for (int a = 0; a < gp[1]; a++, r++) {
            const double *z = pred + r * 3, *y = t + a * 3;
            int best = z[1] > z[0] ? 1 : 0;
            best = z[2] > z[best] ? 2 : best;
            hit += y[best] == 1;
        }
    }
    ck_assert_double_eq(acc, (double)hit / (double)rows);
    free(pred);
    free(g);
    se3rt_data_free(data);
    se3rt_xyz_free(xyz);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    tu_rm_rf(d);
    free(d);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("train_features");
    TCase *t = tcase_create("train_features");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, test_valid_split);
    tcase_add_test(t, test_best_and_early_stop);
    tcase_add_test(t, test_ema);
    tcase_add_test(t, test_schedules);
    tcase_add_test(t, test_resume_exact);
    tcase_add_test(t, test_config);
    tcase_add_test(t, test_cross_entropy);
    tcase_add_test(t, test_cross_entropy_gradient);
    tcase_add_test(t, test_cross_entropy_per_graph);
    tcase_add_test(t, test_f32_training);
    suite_add_tcase(s, t);
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
