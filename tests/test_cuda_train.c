/* test_cuda_train.c - training on the device through the emulator (SE3TC_CUDA_EMULATE=1; on a
 * GPU with SE3_CUDA_TRAIN_ON_GPU=1, as tests/gpu/run.sh runs it):
 * `se3tc train --device cuda` for 20 f64 steps matches CPU training (the loss curve to the eight
 * digits loss.csv prints, the final weights and Adam state to 1e-9 relative); a checkpoint
 * written on either device resumes on the other and ends where the straight run ends; and
 * without a GPU (and without the emulator) `train`, `gradcheck` and `bench --grad` with
 * `--device cuda` refuse with one line and a non-zero exit, writing nothing. Through the
 * trainer API, with clipping and a moving average: the device optimiser follows the CPU's,
 * and a step moves no weights, gradients or optimiser state between host and device (the
 * backend's byte counter), only the batch and a few scalars. The optimiser kernels alone, given
 * one gradient, are the CPU's Adam, clipping norm and average bit for bit. */
#include "testmodel.h"
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cuda_model_impl.h"
#include "model_internal.h"
#include "pipeline.h"
#include "se3rt_cuda.h"
#include "se3rt_io.h"
#include "se3rt_train.h"

#define SPEC SE3_SOURCE_DIR "/specs/tiny_energy.spec"

/* The "cuda" device of the next commands: the emulator (SE3TC_CUDA_EMULATE=1), or with
 * SE3_CUDA_TRAIN_ON_GPU=1 (tests/gpu/run.sh) the GPU itself; off: the CPU runs as given. */
static void device_on(int on)
{
    if (on && !getenv("SE3_CUDA_TRAIN_ON_GPU"))
        setenv("SE3TC_CUDA_EMULATE", "1", 1);
    else
        unsetenv("SE3TC_CUDA_EMULATE");
}

static uint64_t prng = 11;

static double urand(void) { return tu_urand(&prng); }

/* Small H/O molecules (3 to 5 atoms) with energies near tiny_energy's reference energies. */
static void write_data(const char *dir, const char *name, int frames)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int k = 0; k < frames; k++) {
        const int na = 3 + k % 3;
        double e = 0;
        for (int a = 0; a < na; a++)
            e += a % 2 ? -2041.3 : -13.6;
        fprintf(f, "%d\nProperties=species:S:1:pos:R:3 energy=%.6f pbc=\"F F F\"\n", na, e + 0.5 * urand() - 0.25);
        for (int a = 0; a < na; a++)
            fprintf(f, "%c %.6f %.6f %.6f\n", a % 2 ? 'O' : 'H', 2 * urand() - 1, 2 * urand() - 1, 2 * urand() - 1);
    }
    ck_assert_int_eq(fclose(f), 0);
}

/* The largest |a - b| / max(|a|, |b|, 1e-300) over every tensor of two safetensors files. */
static double st_diff(const char *pa, const char *pb)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_st *a = NULL, *b = NULL;
    ck_assert_msg(se3rt_st_read(ctx, pa, &a) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(se3rt_st_read(ctx, pb, &b) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq((int)a->ntensors, (int)b->ntensors);
    double worst = 0;
    for (size_t i = 0; i < a->ntensors; i++) {
        const se3rt_st_tensor *tb = se3rt_st_find(b, a->tensors[i].name);
        ck_assert_msg(tb && tb->numel == a->tensors[i].numel, "%s: tensor %s", pb, a->tensors[i].name);
        for (size_t k = 0; k < tb->numel; k++) {
            const double x = a->tensors[i].data[k], y = tb->data[k];
            const double s = fmax(fmax(fabs(x), fabs(y)), 1e-300), d = fabs(x - y) / s;
            worst = d > worst ? d : worst;
        }
    }
    se3rt_st_free(a);
    se3rt_st_free(b);
    se3rt_ctx_free(ctx);
    return worst;
}

/* Largest relative difference of the numbers of two loss.csv files (same rows and columns;
 * the wall-time column is skipped). */
static double csv_diff(const char *da, const char *db)
{
    char pa[4200], pb[4200];
    snprintf(pa, sizeof pa, "%s/loss.csv", da);
    snprintf(pb, sizeof pb, "%s/loss.csv", db);
    char *a = tu_read_file(pa, NULL), *b = tu_read_file(pb, NULL);
    ck_assert_msg(a && b, "%s or %s missing", pa, pb);
    char *sa = NULL, *sb = NULL;
    char *la = strtok_r(a, "\n", &sa), *lb = strtok_r(b, "\n", &sb);
    double worst = 0;
    int rows = 0;
    for (la = strtok_r(NULL, "\n", &sa), lb = strtok_r(NULL, "\n", &sb); la && lb;
         la = strtok_r(NULL, "\n", &sa), lb = strtok_r(NULL, "\n", &sb), rows++) {
        char *ca = la, *cb = lb;
        for (int col = 0; col < 7; col++) {
            char *ea = strchr(ca, ','), *eb = strchr(cb, ',');
            if (col != 5 && *ca != ',' && *ca) {   /* wall_s differs, empty cells match empty cells */
                const double x = strtod(ca, NULL), y = strtod(cb, NULL);
                const double d = fabs(x - y) / fmax(fmax(fabs(x), fabs(y)), 1e-300);
                worst = d > worst ? d : worst;
            }
            if (!ea || !eb)
                break;
            ca = ea + 1, cb = eb + 1;
        }
    }
    ck_assert_msg(!la && !lb, "%s and %s have different numbers of rows", pa, pb);
    ck_assert_int_eq(rows, 20);
    free(a);
    free(b);
    return worst;
}

static double ckpt_diff(const char *da, const char *db, const char *file)
{
    char pa[4300], pb[4300];
    snprintf(pa, sizeof pa, "%s/checkpoint-000020/%s", da, file);
    snprintf(pb, sizeof pb, "%s/checkpoint-000020/%s", db, file);
    return st_diff(pa, pb);
}

#define COMMON "--steps 20 --batch 4 --eval-every 5 --eval-frames 4 --lr 3e-3 --threads 1 --quiet"

START_TEST(test_train_device_matches_cpu)
{
    char *data = tu_tmpdir(), *a = tu_tmpdir(), *b = tu_tmpdir(), *c = tu_tmpdir(), *out = NULL, *err = NULL;
    write_data(data, "train.extxyz", 24);
    write_data(data, "test.extxyz", 6);
    device_on(0);
    int rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' " COMMON,
                 data, data, a);
    ck_assert_msg(rc == 0, "CPU training: %s", err);
    free(out), free(err);
    device_on(1);
    /* on the device straight through */
    rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --device cuda " COMMON,
             data, data, b);
    ck_assert_msg(rc == 0, "device training: %s", err);
    free(out), free(err);
    const double dl = csv_diff(a, b), dw = ckpt_diff(a, b, "weights.safetensors");
    const double da = ckpt_diff(a, b, "optimizer.safetensors");
    printf("20 f64 steps, device (emulated) vs CPU: loss curve %.2g (8 printed digits), weights %.2g, Adam state %.2g\n",
           dl, dw, da);
    ck_assert_msg(dl <= 1e-7, "loss curves differ: %g", dl);
    ck_assert_msg(dw <= 1e-9 && da <= 1e-9, "final weights (%g) or Adam state (%g) differ by more than 1e-9", dw, da);
    /* stop on the device at step 10, resume on the CPU */
    rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --device cuda "
             "--stop-at 10 " COMMON, data, data, c);
    ck_assert_msg(rc == 0, "%s", err);
    free(out), free(err);
    device_on(0);
    rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --device cpu "
             "--resume " COMMON, data, data, c);
    ck_assert_msg(rc == 0, "resuming a device checkpoint on the CPU: %s", err);
    free(out), free(err);
    double d1 = ckpt_diff(a, c, "weights.safetensors");
    printf("checkpoint of step 10 on the device, resumed on the CPU: final weights vs CPU %.2g\n", d1);
    ck_assert_msg(d1 <= 1e-9, "device -> CPU resume: weights differ by %g", d1);
    /* and the other way: stop on the CPU, resume on the device */
    tu_rm_rf(c);
    ck_assert_int_eq(mkdir(c, 0700), 0);
    rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --stop-at 10 " COMMON,
             data, data, c);
    ck_assert_msg(rc == 0, "%s", err);
    free(out), free(err);
    device_on(1);
    rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --device cuda "
             "--resume " COMMON, data, data, c);
    ck_assert_msg(rc == 0, "resuming a CPU checkpoint on the device: %s", err);
    free(out), free(err);
    device_on(0);
    double d2 = ckpt_diff(a, c, "weights.safetensors");
    printf("checkpoint of step 10 on the CPU, resumed on the device: final weights vs CPU %.2g\n", d2);
    ck_assert_msg(d2 <= 1e-9, "CPU -> device resume: weights differ by %g", d2);
    tu_rm_rf(data), tu_rm_rf(a), tu_rm_rf(b), tu_rm_rf(c);
    free(data), free(a), free(b), free(c);
}
END_TEST

/* The trainer of model m over d: clipping that acts on every step, a moving average. */
static se3rt_trainer *api_trainer(se3rt_model *m, const se3rt_data *d)
{
    se3rt_trainer_opts o;
    se3rt_trainer_opts_init(&o);
    o.steps = 12, o.batch = 4, o.lr = 3e-3, o.lr_end = 1e-4, o.clip = 1e-3, o.ema = 0.9, o.warmup = 2;
    se3rt_trainer *t = NULL;
    ck_assert_int_eq(se3rt_trainer_new(m, d, &o, &t), SE3RT_OK);
    return t;
}

static double vec_diff(const double *a, const double *b, int64_t n)
{
    double worst = 0;
    for (int64_t k = 0; k < n; k++) {
        const double d = fabs(a[k] - b[k]) / fmax(fmax(fabs(a[k]), fabs(b[k])), 1e-300);
        worst = d > worst ? d : worst;
    }
    return worst;
}

START_TEST(test_device_optimiser_stays_on_device)
{
    device_on(1);
    char *data = tu_tmpdir(), path[4300];
    write_data(data, "train.extxyz", 16);
    snprintf(path, sizeof path, "%s/train.extxyz", data);
    pipeline_opts po = { .prec = PREC_F64, .grad = 1 };
    tm_pair pair = tm_pair_load(SPEC, &po, 3, !getenv("SE3_CUDA_TRAIN_ON_GPU"));
    se3rt_ctx *ctx = pair.ctx;
    se3rt_model *cpu = pair.cpu, *dev = pair.dev;
    printf("device: %s\n", se3rt_model_device(dev));
    ck_assert(rt_model_opt_on_device(dev) && !rt_model_opt_on_device(cpu));
    se3rt_model_set_threads(cpu, 1);
    se3rt_xyz *xyz = NULL;
    ck_assert_msg(se3rt_xyz_read(ctx, path, &xyz) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    se3rt_data *dc = NULL, *dd = NULL;
    ck_assert_msg(se3rt_data_new(cpu, xyz, path, NULL, &dc) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(se3rt_data_new(dev, xyz, path, NULL, &dd) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    se3rt_trainer *tc = api_trainer(cpu, dc), *td = api_trainer(dev, dd);
    const int64_t np = se3rt_model_nparams(dev);
    /* the first steps upload the state; then each step moves the batch and a few scalars */
    ck_assert_msg(se3rt_trainer_step(tc, 3) == SE3RT_OK && se3rt_trainer_step(td, 3) == SE3RT_OK, "%s",
                  se3rt_errmsg(ctx));
    uint64_t up0, down0, up1, down1;
    rt_model_device_traffic(dev, &up0, &down0);
    const int k = 6;
    ck_assert_msg(se3rt_trainer_step(td, k) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    rt_model_device_traffic(dev, &up1, &down1);
    const double per_up = (double)(up1 - up0) / k, per_down = (double)(down1 - down0) / k;
    printf("device optimiser, %lld weights (%lld bytes): per step %.0f bytes up, %.0f down (the host optimiser "
           "moved %lld)\n", (long long)np, (long long)(8 * np), per_up, per_down, (long long)(16 * np));
    /* weights up and gradient down were 8 np bytes each; now the downloads are the batch's
     * output, the gradient norm and the backward's status, and no upload holds the weights */
    ck_assert_msg(per_down < 8.0 * (double)np / 4, "%.0f bytes down per step: the gradient came back?", per_down);
    ck_assert_msg(per_up < 8.0 * (double)np, "%.0f bytes up per step: the weights went up?", per_up);
    ck_assert_int_eq(se3rt_trainer_step(tc, k), SE3RT_OK);
    /* evaluation (the average into the model and back) and a few more steps */
    se3rt_trainer_metrics mc, md;
    ck_assert_int_eq(se3rt_trainer_evaluate(tc, dc, &mc), SE3RT_OK);
    ck_assert_msg(se3rt_trainer_evaluate(td, dd, &md) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(fabs(mc.loss - md.loss) <= 1e-9 * fabs(mc.loss), "evaluated loss %.17g vs CPU %.17g", md.loss, mc.loss);
    ck_assert_msg(se3rt_trainer_step(tc, 100) == SE3RT_OK && se3rt_trainer_step(td, 100) == SE3RT_OK, "%s",
                  se3rt_errmsg(ctx));
    se3rt_trainer_stepinfo sc, sd;
    se3rt_trainer_last(tc, &sc);
    se3rt_trainer_last(td, &sd);
    ck_assert_int_eq(sd.step, 12);
    const double dw = vec_diff(se3rt_model_params(cpu), se3rt_model_params(dev), np);
    const double dg = fabs(sc.grad_norm - sd.grad_norm) / sc.grad_norm, dl = fabs(sc.loss - sd.loss) / sc.loss;
    printf("12 clipped f64 steps with EMA through the trainer API: weights %.2g, last loss %.2g, |grad| %.2g\n", dw,
           dl, dg);
    ck_assert_msg(sc.grad_norm > 1e-3, "the clipping did not act (|grad| %g)", sc.grad_norm);
    ck_assert_msg(dw <= 1e-9 && dl <= 1e-9 && dg <= 1e-9, "device vs CPU: weights %g, loss %g, |grad| %g", dw, dl, dg);
    /* the resume state the device trainer writes is the CPU trainer's */
    char *a = tu_tmpdir(), *b = tu_tmpdir(), pa[4300], pb[4300];
    ck_assert_int_eq(se3rt_trainer_state_save(tc, a, NULL), SE3RT_OK);
    ck_assert_msg(se3rt_trainer_state_save(td, b, NULL) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    static const char *const files[] = { "weights.safetensors", "train_weights.safetensors", "optimizer.safetensors" };
    for (int i = 0; i < 3; i++) {
        snprintf(pa, sizeof pa, "%s/%s", a, files[i]);
        snprintf(pb, sizeof pb, "%s/%s", b, files[i]);
        const double d = st_diff(pa, pb);
        printf("  %s: device vs CPU %.2g\n", files[i], d);
        ck_assert_msg(d <= 1e-9, "%s differs by %g", files[i], d);
    }
    se3rt_trainer_free(tc);
    se3rt_trainer_free(td);
    se3rt_data_free(dc);
    se3rt_data_free(dd);
    se3rt_xyz_free(xyz);
    tm_pair_free(&pair);
    device_on(0);
    tu_rm_rf(data), tu_rm_rf(a), tu_rm_rf(b);
    free(data), free(a), free(b);
}
END_TEST

/* The optimiser kernels alone, given one gradient: the norm, three clipped Adam steps with the
 * average, and the weights at the model's precision are the CPU's bit for bit (f64 and f32). */
START_TEST(test_device_adam_is_the_cpus)
{
    device_on(1);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    /* a module with no layers: has_grad, so the runtime appends the optimiser's kernels */
    static const char src[] = "\n#define SE3G_BACKWARD 1\n#define SE3G_MAX_LAYER_WEIGHTS 1\n";
    enum { N = 1000 };   /* three full chunks of 256 and a part */
    static double grad[N], p[N], m[N], v[N], ema[N], g2[N], dp[N], dm[N], dv[N], de[N];
    static float pf[N];
    for (int f32 = 0; f32 < 2; f32++) {
        rt_cuda_model *g = NULL;
        ck_assert_msg(rt_cuda_model_new(ctx, src, sizeof src - 1, "opt_test", 0, NULL, f32, 1, &g) == SE3RT_OK, "%s",
                      se3rt_errmsg(ctx));
        se3rt_adam *ah = NULL, *ad = NULL;
        ck_assert_int_eq(se3rt_adam_new(ctx, N, &ah), SE3RT_OK);
        ck_assert_int_eq(se3rt_adam_new(ctx, N, &ad), SE3RT_OK);
        double *hv, *hm = rt_adam_moments(ah, &hv);
        for (int k = 0; k < N; k++) {
            grad[k] = (2 * urand() - 1) * (k % 7 ? 1 : 1e-3), p[k] = 2 * urand() - 1, ema[k] = p[k] + 0.1 * urand();
            hm[k] = m[k] = 0.1 * (2 * urand() - 1), hv[k] = v[k] = 0.01 * urand();
        }
        ck_assert_int_eq(rt_cu_put(g, CB_DPARAMS, grad, sizeof grad), SE3RT_OK);
        ck_assert_int_eq(rt_cuda_model_opt_put(g, N, p, m, v, ema), SE3RT_OK);
        double n2 = -1;
        ck_assert_int_eq(rt_cuda_model_opt_norm2(g, N, &n2), SE3RT_OK);
        ck_assert_msg(n2 == rt_grad_norm2(grad, N), "norm^2 %.17g on the device, %.17g on the CPU", n2,
                      rt_grad_norm2(grad, N));
        const double clip = 0.5 * sqrt(n2), decay = 0.9;
        for (int step = 0; step < 3; step++) {
            const double lr = 1e-2 / (step + 1);
            memcpy(g2, grad, sizeof grad);
            const double norm = se3rt_clip_grad(g2, N, clip);
            se3rt_adam_step(ah, p, g2, lr);
            se3rt_ema_update(ema, p, N, decay);
            rt_opt_step os = { .lr = lr, .ema = 1, .decay = decay, .odecay = 1 - decay, .clip = norm > clip,
                               .clipf = clip / sqrt(n2) };
            rt_adam_tick(ad, &os);
            ck_assert_int_eq(rt_cuda_model_opt_step(g, N, &os), SE3RT_OK);
        }
        ck_assert_int_eq(se3rt_adam_steps(ad), 3);
        ck_assert_int_eq(rt_cuda_model_opt_get(g, N, dp, dm, dv, de), SE3RT_OK);
        ck_assert_msg(!memcmp(dp, p, sizeof p) && !memcmp(dm, hm, sizeof dm) && !memcmp(dv, hv, sizeof dv) &&
                      !memcmp(de, ema, sizeof de), "f%d: the device's Adam or average is not the CPU's bit for bit",
                      f32 ? 32 : 64);
        if (f32) {   /* the weights the forward reads: the CPU's rounding of the same doubles */
            ck_assert_int_eq(rt_cu_down(g, pf, g->buf[CB_PARAMS].p, sizeof pf), SE3RT_OK);
            for (int k = 0; k < N; k++)
                ck_assert_msg(pf[k] == (float)p[k], "f32 weight %d: %.9g, not %.9g", k, pf[k], (float)p[k]);
        } else {
            ck_assert_int_eq(rt_cu_down(g, dp, g->buf[CB_PARAMS].p, sizeof dp), SE3RT_OK);
            ck_assert(!memcmp(dp, p, sizeof p));
        }
        se3rt_adam_free(ah);
        se3rt_adam_free(ad);
        rt_cuda_model_free(g);
    }
    printf("device Adam, clipping, norm and average: the CPU's bit for bit (f64, f32)\n");
    se3rt_ctx_free(ctx);
    device_on(0);
}
END_TEST

/* Where no GPU is usable: one line, a non-zero exit, no output. */
START_TEST(test_device_refuses_without_gpu)
{
    unsetenv("SE3TC_CUDA_EMULATE");
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const int gpu = se3rt_cuda_probe(ctx, NULL, 0) == SE3RT_OK;
    se3rt_ctx_free(ctx);
    if (gpu) {
        printf("skipping: a GPU is usable here\n");
        return;
    }
    char *data = tu_tmpdir(), *ck = tu_tmpdir(), *out = NULL, *err = NULL, sub[4300];
    write_data(data, "train.extxyz", 4);
    snprintf(sub, sizeof sub, "%s/run", ck);
    int rc = tu_se3tcf(&out, &err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/train.extxyz' -o '%s' --device cuda "
                 "--steps 2 --quiet", data, data, sub);
    ck_assert_msg(rc != 0 && tu_one_line(err) && strstr(err, "se3tc train:"), "train: rc %d, '%s'", rc, err);
    ck_assert_msg(tu_dir_count(ck) == 0 || access(sub, F_OK) != 0 || tu_dir_count(sub) == 0,
                  "train wrote output without a device");
    free(out), free(err);
    rc = tu_se3tcf(&out, &err, "gradcheck '" SPEC "' --device cuda");
    ck_assert_msg(rc != 0 && tu_one_line(err) && strstr(err, "se3tc gradcheck:"), "gradcheck: rc %d, '%s'", rc, err);
    ck_assert_msg(!out || !*out, "gradcheck printed '%s'", out);
    free(out), free(err);
    rc = tu_se3tcf(&out, &err, "bench '" SPEC "' --device cuda --grad --batch 2 --repeat 1");
    ck_assert_msg(rc != 0 && tu_one_line(err) && strstr(err, "se3tc bench:"), "bench: rc %d, '%s'", rc, err);
    free(out), free(err);
    tu_rm_rf(data), tu_rm_rf(ck);
    free(data), free(ck);
}
END_TEST

static Suite *suite_cuda_train(void)
{
    Suite *s = suite_create("cuda_train");
    TCase *tc = tcase_create("train");
    tcase_set_timeout(tc, 900);
    tcase_add_test(tc, test_train_device_matches_cpu);
    tcase_add_test(tc, test_device_optimiser_stays_on_device);
    tcase_add_test(tc, test_device_adam_is_the_cpus);
    suite_add_tcase(s, tc);
    tc = tcase_create("refuse");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_device_refuses_without_gpu);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_cuda_train(), NULL };
    return tu_run_suites(suites);
}
