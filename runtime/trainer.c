/* trainer.c - the training loop (se3rt_trainer in se3rt_train.h, docs/training.md): seeded
 * minibatches, gradient clipping, warm-up with cosine or plateau schedules, Adam, the moving
 * average of the weights, evaluation, best weights and early stopping from reported
 * validation losses, and the exact resume state as safetensors files. `se3tc train` is an
 * application over it (options, checkpoint folders, signals, progress, plots, metrics). */
#include "se3rt_train.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "model_impl.h"
#include "rt_internal.h"

struct se3rt_trainer {
    se3rt_ctx *ctx;
    se3rt_model *m;
    const se3rt_data *tr;
    se3rt_trainer_opts o;
    int64_t np, step;         /* weights; steps taken */
    se3rt_adam *adam;
    double *grad;             /* np */
    double *ema, *swap;       /* with EMA: the average, and the training weights while it is in the model */
    double *best;             /* the best evaluated weights of this object (NULL: none yet) */
    int eval_in;              /* the evaluated weights are in the model */
    int64_t *ids, *perm;      /* the minibatch (batch), the current epoch's permutation (frames) */
    int64_t perm_epoch;
    se3rt_trainer_track track;
    se3rt_trainer_stepinfo last;
    /* the device path (docs/training.md): the optimiser's weights, their gradient, Adam's
     * moments and the average live on the model's device between steps */
    int dev;                  /* steps run the optimiser on the device */
    int dev_fresh;            /* the device holds Adam's moments and the average (uploaded) */
    int mv_stale, ema_stale;  /* the host's moments / average are older than the device's */
};

void se3rt_trainer_opts_init(se3rt_trainer_opts *o)
{
    *o = (se3rt_trainer_opts){ .steps = 1000, .batch = 100, .seed = 1, .lr = 1e-3, .lr_end = 1e-4,
                               .schedule = SE3RT_SCHEDULE_COSINE, .plateau_factor = 0.5, .plateau_patience = 5,
                               .loss = SE3RT_LOSS_MSE, .threads = 1 };
}

static uint64_t tr_mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static const se3rt_trainer_track tr_track0 = { .best_loss = INFINITY, .lr_scale = 1 };

void se3rt_trainer_free(se3rt_trainer *t)
{
    if (!t)
        return;
    se3rt_ctx *ctx = t->ctx;
    se3rt_trainer_use_eval_weights(t, 0);
    se3rt_adam_free(t->adam);
    rt_free(ctx, t->grad);
    rt_free(ctx, t->ema);
    rt_free(ctx, t->swap);
    rt_free(ctx, t->best);
    rt_free(ctx, t->ids);
    rt_free(ctx, t->perm);
    rt_free(ctx, t);
}

se3rt_status se3rt_trainer_new(se3rt_model *m, const se3rt_data *train, const se3rt_trainer_opts *o,
                               se3rt_trainer **out)
{
    *out = NULL;
    se3rt_ctx *ctx = m->ctx;
    const char *bad = !(o->steps >= 1 && o->steps <= 1000000000) ? "steps"
                      : o->batch < 1                             ? "batch"
                      : !(o->lr > 0) || !isfinite(o->lr)         ? "lr"
                      : !(o->lr_end >= 0) || !isfinite(o->lr_end) ? "lr_end"
                      : o->warmup < 0 || o->warmup >= o->steps   ? "warmup"
                      : o->schedule != SE3RT_SCHEDULE_COSINE && o->schedule != SE3RT_SCHEDULE_PLATEAU ? "schedule"
                      : !(o->plateau_factor > 0 && o->plateau_factor < 1) ? "plateau_factor"
                      : o->plateau_patience < 1                  ? "plateau_patience"
                      : !(o->clip >= 0) || !isfinite(o->clip)    ? "clip"
                      : o->loss != SE3RT_LOSS_MSE && o->loss != SE3RT_LOSS_L1 && o->loss != SE3RT_LOSS_CE ? "loss"
                      : o->threads < 1 || o->threads > 4096      ? "threads"
                      : !(o->ema >= 0 && o->ema < 1)             ? "ema"
                      : o->patience < 0                          ? "patience"
                      : !(o->min_delta >= 0) || !isfinite(o->min_delta) ? "min_delta"
                                                                  : NULL;
    if (bad)
        return rt_error(ctx, SE3RT_ERR_INVALID, "trainer: option '%s' is out of range (include/se3rt_train.h)", bad);
    if (!se3rt_model_has_grad(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "trainer: model '%s' was compiled without backward code",
                        se3rt_model_name(m));
    if ((o->loss == SE3RT_LOSS_CE) != (se3rt_data_labels(train) != 0))
        return rt_error(ctx, SE3RT_ERR_INVALID, "trainer: the cross-entropy loss goes with data read as class "
                        "labels, and only with them");
    se3rt_trainer *t = rt_calloc(ctx, 1, sizeof *t);
    if (!t)
        return SE3RT_ERR_NOMEM;
    t->ctx = ctx;
    t->m = m;
    t->tr = train;
    t->o = *o;
    t->np = se3rt_model_nparams(m);
    t->perm_epoch = -1;
    t->track = tr_track0;
    t->last = (se3rt_trainer_stepinfo){ .loss = NAN, .lr = NAN, .grad_norm = NAN };
    const size_t np1 = (size_t)t->np + 1;
    if (se3rt_adam_new(ctx, t->np, &t->adam) != SE3RT_OK || !(t->grad = rt_calloc(ctx, np1, sizeof *t->grad)) ||
        !(t->ids = rt_calloc(ctx, (size_t)o->batch, sizeof *t->ids)) ||
        !(t->perm = rt_calloc(ctx, (size_t)se3rt_data_nframes(train) + 1, sizeof *t->perm)) ||
        (o->ema > 0 && (!(t->ema = rt_calloc(ctx, np1, sizeof *t->ema)) ||
                        !(t->swap = rt_calloc(ctx, np1, sizeof *t->swap))))) {
        se3rt_trainer_free(t);
        return rt_error(ctx, SE3RT_ERR_NOMEM, "trainer: out of memory (%lld weights, batch %lld)",
                        (long long)se3rt_model_nparams(m), (long long)o->batch);
    }
    if (t->ema) /* the average starts at the initial weights */
        memcpy(t->ema, se3rt_model_params(m), (size_t)t->np * sizeof *t->ema);
    t->dev = rt_model_opt_on_device(m) && rt_data_device_opt(train);
    *out = t;
    return SE3RT_OK;
}

/* The frames of step s: positions [s B, s B + B) of the endless sequence of epochs, each a
 * permutation of the training frames drawn from (seed, epoch). A pure function of (seed, s),
 * so a resumed run sees the same batches. */
static void tr_batch_ids(se3rt_trainer *t, int64_t step)
{
    const int64_t n = se3rt_data_nframes(t->tr);
    for (int64_t q = 0; q < t->o.batch; q++) {
        int64_t pos = step * t->o.batch + q;
        int64_t epoch = pos / n;
        if (epoch != t->perm_epoch) {
            uint64_t st = tr_mix(t->o.seed * 0x9E3779B97F4A7C15ULL + (uint64_t)epoch + 1);
            for (int64_t k = 0; k < n; k++)
                t->perm[k] = k;
            for (int64_t k = n - 1; k > 0; k--) {
                st += 0x9E3779B97F4A7C15ULL;
                int64_t j = (int64_t)(tr_mix(st) % (uint64_t)(k + 1));
                int64_t tmp = t->perm[k];
                t->perm[k] = t->perm[j];
                t->perm[j] = tmp;
            }
            t->perm_epoch = epoch;
        }
        t->ids[q] = t->perm[pos % n];
    }
}

double se3rt_trainer_lr(const se3rt_trainer *t, int64_t step)
{
    const se3rt_trainer_opts *o = &t->o;
    if (o->schedule != SE3RT_SCHEDULE_PLATEAU)
        return se3rt_schedule_lr(step, o->steps, o->warmup, o->lr, o->lr_end);
    double lr = fmax(o->lr * t->track.lr_scale, fmin(o->lr_end, o->lr));
    return step < o->warmup ? lr * (double)(step + 1) / (double)o->warmup : lr;
}

int64_t se3rt_trainer_steps_done(const se3rt_trainer *t) { return t->step; }

int se3rt_trainer_finished(const se3rt_trainer *t) { return t->step >= t->o.steps || t->track.stopped; }

void se3rt_trainer_last(const se3rt_trainer *t, se3rt_trainer_stepinfo *info) { *info = t->last; }

/* Bring the device's Adam moments (mv) and moving average (ema) to the host where they are newer. */
static se3rt_status tr_pull(se3rt_trainer *t, int mv, int ema)
{
    se3rt_model *m = t->m;
    mv = mv && t->mv_stale, ema = ema && t->ema_stale && t->ema;
    if (!mv && !ema)
        return SE3RT_OK;
    double *v, *am = rt_adam_moments(t->adam, &v);
    se3rt_status s = m->dev_be->opt_get(m->dev, NULL, mv ? am : NULL, mv ? v : NULL, ema ? t->ema : NULL);
    if (s == SE3RT_OK) {
        t->mv_stale = mv ? 0 : t->mv_stale;
        t->ema_stale = ema ? 0 : t->ema_stale;
    }
    return s;
}

/* A step on the device, in two halves. The gradient stays there (se3rt_data_loss_grad with grad
 * NULL) and the host gets the loss; the state goes up once (the first step, after a state load)
 * and the weights again only when the host changed them (the evaluated weights put back,
 * se3rt_model_params_changed). */
static se3rt_status tr_grad_device(se3rt_trainer *t, double *loss)
{
    se3rt_model *m = t->m;
    if (!rt_model_opt_on_device(m))
        return rt_error(t->ctx, SE3RT_ERR_INVALID, "trainer: the model left its device during training");
    rt_model_sync_params(m);
    se3rt_status s = SE3RT_OK;
    if (!t->dev_fresh || m->dev_params_changed) {
        double *v, *am = rt_adam_moments(t->adam, &v);
        s = m->dev_be->opt_put(m->dev, m->params, t->dev_fresh ? NULL : am, t->dev_fresh ? NULL : v,
                               t->dev_fresh ? NULL : t->ema);
        if (s)
            return s;
        t->dev_fresh = 1;
        m->dev_params_changed = 0;   /* the device cast them as params_t holds them */
    }
    return se3rt_data_loss_grad(m, t->tr, t->ids, t->o.batch, t->o.loss, 1, loss, NULL);
}

/* The second half, after a finite loss: the gradient's norm comes back (one double), and Adam,
 * clipping and the average run as kernels over the device's copies; the host's weights go stale. */
static se3rt_status tr_opt_device(se3rt_trainer *t, double *gn, double *lr)
{
    se3rt_model *m = t->m;
    double n2 = 0;
    se3rt_status s = m->dev_be->opt_norm2(m->dev, &n2);
    if (s != SE3RT_OK)
        return s;
    *gn = sqrt(n2);
    *lr = se3rt_trainer_lr(t, t->step);
    rt_opt_step os = { .lr = *lr, .ema = t->ema != NULL, .decay = t->o.ema, .odecay = 1 - t->o.ema };
    if (t->o.clip > 0 && *gn > t->o.clip)   /* as se3rt_clip_grad */
        os.clip = 1, os.clipf = t->o.clip / *gn;
    rt_adam_tick(t->adam, &os);
    if ((s = m->dev_be->opt_step(m->dev, &os)) != SE3RT_OK)
        return s;
    m->dev_params_newer = 1;
    t->mv_stale = t->ema_stale = 1;
    return SE3RT_OK;
}

se3rt_status se3rt_trainer_step(se3rt_trainer *t, int64_t n)
{
    if (t->eval_in)
        return rt_error(t->ctx, SE3RT_ERR_INVALID, "trainer: a step while the evaluated weights are in the model "
                        "(se3rt_trainer_use_eval_weights(t, 0) first)");
    t->last.nonfinite = 0;
    for (int64_t i = 0; i < n && !se3rt_trainer_finished(t); i++) {
        tr_batch_ids(t, t->step);
        double loss, gn = NAN, lr = NAN;
        se3rt_status s = t->dev ? tr_grad_device(t, &loss)
                                : se3rt_data_loss_grad(t->m, t->tr, t->ids, t->o.batch, t->o.loss, t->o.threads,
                                                       &loss, t->grad);
        if (s != SE3RT_OK)
            return s;
        if (!isfinite(loss)) {
            t->last.loss = loss;
            t->last.nonfinite = 1;
            return rt_error(t->ctx, SE3RT_ERR_INVALID, "step %lld: the loss is not finite (lower the learning rate "
                            "or clip the gradient)", (long long)t->step + 1);
        }
        if (t->dev) {
            if ((s = tr_opt_device(t, &gn, &lr)) != SE3RT_OK)
                return s;
        } else {
            double *p = se3rt_model_params(t->m);
            gn = se3rt_clip_grad(t->grad, t->np, t->o.clip);
            lr = se3rt_trainer_lr(t, t->step);
            se3rt_adam_step(t->adam, p, t->grad, lr);
            se3rt_model_params_changed(t->m);
            if (t->ema)
                se3rt_ema_update(t->ema, p, t->np, t->o.ema);
        }
        t->step++;
        t->last = (se3rt_trainer_stepinfo){ .step = t->step, .loss = loss, .lr = lr, .grad_norm = gn };
    }
    return SE3RT_OK;
}

void se3rt_trainer_use_eval_weights(se3rt_trainer *t, int on)
{
    on = on != 0;
    if (!t->ema || on == t->eval_in)
        return;
    if (on)
        tr_pull(t, 0, 1);   /* a device error stays in the ctx */
    double *p = se3rt_model_params(t->m);
    const size_t n = (size_t)t->np * sizeof *p;
    if (on) {
        memcpy(t->swap, p, n);
        memcpy(p, t->ema, n);
    } else {
        memcpy(p, t->swap, n);
    }
    t->eval_in = on;
    se3rt_model_params_changed(t->m);
}

se3rt_status se3rt_trainer_evaluate(se3rt_trainer *t, const se3rt_data *d, se3rt_trainer_metrics *out)
{
    *out = (se3rt_trainer_metrics){ .loss = NAN, .accuracy = NAN, .frames = se3rt_data_nframes(d) };
    const int was_in = t->eval_in, labels = se3rt_data_labels(d) != 0;
    double *pred = NULL, *acc = NULL;
    if (labels) {
        pred = rt_calloc(t->ctx, (size_t)(se3rt_data_rows(d) * se3rt_model_out_dim(t->m)) + 1, sizeof *pred);
        acc = rt_calloc(t->ctx, (size_t)se3rt_data_ntargets(d) + 1, sizeof *acc);
        if (!pred || !acc) {
            rt_free(t->ctx, pred);
            rt_free(t->ctx, acc);
            return SE3RT_ERR_NOMEM;
        }
    }
    se3rt_trainer_use_eval_weights(t, 1);
    se3rt_status s = se3rt_data_eval(t->m, d, t->o.loss, 64, pred, &out->loss, NULL);
    se3rt_trainer_use_eval_weights(t, was_in);
    if (s == SE3RT_OK && labels) {
        se3rt_data_accuracy(d, pred, acc);
        double a = 0;
        for (int k = 0; k < se3rt_data_ntargets(d); k++)
            a += acc[k];
        out->accuracy = a / (double)se3rt_data_ntargets(d);
    }
    rt_free(t->ctx, pred);
    rt_free(t->ctx, acc);
    return s;
}

se3rt_status se3rt_trainer_report_valid(se3rt_trainer *t, double loss, int *improved)
{
    if (improved)
        *improved = 0;
    se3rt_trainer_track *k = &t->track;
    const se3rt_trainer_opts *o = &t->o;
    const int better = loss < k->best_loss - o->min_delta;
    se3rt_status ps = better ? tr_pull(t, 0, 1) : SE3RT_OK;
    if (ps)
        return ps;
    if (better) {
        if (!t->best && !(t->best = rt_calloc(t->ctx, (size_t)t->np + 1, sizeof *t->best)))
            return SE3RT_ERR_NOMEM;
        /* the evaluated weights, wherever they are now */
        const double *src = t->ema ? t->ema : t->eval_in ? t->swap : se3rt_model_params(t->m);
        memcpy(t->best, src, (size_t)t->np * sizeof *t->best);
        k->best_loss = loss;
        k->best_step = t->step;
    }
    k->bad_evals = better ? 0 : k->bad_evals + 1;
    if (o->schedule == SE3RT_SCHEDULE_PLATEAU) {
        k->plateau_bad = better ? 0 : k->plateau_bad + 1;
        if (k->plateau_bad >= o->plateau_patience) {
            k->lr_scale *= o->plateau_factor;
            k->plateau_bad = 0;
        }
    }
    if (o->patience > 0 && k->bad_evals >= o->patience)
        k->stopped = 1;
    if (improved)
        *improved = better;
    return SE3RT_OK;
}

const double *se3rt_trainer_best_params(const se3rt_trainer *t) { return t->best; }

void se3rt_trainer_get_track(const se3rt_trainer *t, se3rt_trainer_track *out) { *out = t->track; }

se3rt_status se3rt_trainer_set_track(se3rt_trainer *t, const se3rt_trainer_track *k)
{
    if (k->best_step < 0 || k->bad_evals < 0 || k->plateau_bad < 0 || !(k->lr_scale > 0) || isnan(k->best_loss))
        return rt_error(t->ctx, SE3RT_ERR_INVALID, "trainer: a track with a negative count, a NaN loss or a "
                        "learning-rate factor that is not positive");
    t->track = *k;
    t->track.stopped = k->stopped != 0;
    return SE3RT_OK;
}

/* ---- the resume state ------------------------------------------------------------------------ */

/* The shortest of %.15g, %.16g, %.17g that reads back as v ("inf" for infinity). */
static void tr_shortest(char *buf, size_t n, double v)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

se3rt_status se3rt_trainer_state_save(se3rt_trainer *t, const char *dir, const char *const *meta)
{
    se3rt_ctx *ctx = t->ctx;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return rt_error(ctx, SE3RT_ERR_IO, "%s: cannot make the folder: %s", dir, strerror(errno));
    const size_t plen = strlen(dir) + 32;
    char *path = rt_calloc(ctx, plen, 1);
    if (!path)
        return SE3RT_ERR_NOMEM;
    char sbuf[32], tot[32], seed[32], bl[40], bs[32], be[32], pb[32], ls[40], se[4];
    snprintf(sbuf, sizeof sbuf, "%lld", (long long)t->step);
    snprintf(tot, sizeof tot, "%lld", (long long)t->o.steps);
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)t->o.seed);
    tr_shortest(bl, sizeof bl, t->track.best_loss);
    snprintf(bs, sizeof bs, "%lld", (long long)t->track.best_step);
    snprintf(be, sizeof be, "%lld", (long long)t->track.bad_evals);
    snprintf(pb, sizeof pb, "%lld", (long long)t->track.plateau_bad);
    tr_shortest(ls, sizeof ls, t->track.lr_scale);
    snprintf(se, sizeof se, "%d", t->track.stopped);
    /* step, the host's pairs, then ours */
    size_t nh = 0;
    while (meta && meta[nh])
        nh++;
    const char **all = rt_calloc(ctx, nh + 20, sizeof *all);
    if (!all) {
        rt_free(ctx, path);
        return SE3RT_ERR_NOMEM;
    }
    size_t q = 0;
    all[q++] = "step";
    all[q++] = sbuf;
    for (size_t i = 0; i + 1 < nh; i += 2) {
        all[q++] = meta[i];
        all[q++] = meta[i + 1];
    }
    const char *ours[] = { "steps", tot, "seed", seed, "best_valid_loss", bl, "best_step", bs, "bad_evals", be,
                           "plateau_bad_evals", pb, "lr_scale", ls, "stopped_early", se };
    for (size_t i = 0; i < sizeof ours / sizeof *ours; i++)
        all[q++] = ours[i];
    all[q] = NULL;
    const int was_in = t->eval_in;
    se3rt_status s = tr_pull(t, 1, 1);   /* the device's moments and average */
    se3rt_trainer_use_eval_weights(t, 0);
    if (s == SE3RT_OK && t->ema) { /* the optimiser's weights beside the average */
        snprintf(path, plen, "%s/train_weights.safetensors", dir);
        s = se3rt_model_save_weights_meta(t->m, path, SE3RT_DTYPE_F64, "step", sbuf);
    }
    se3rt_trainer_use_eval_weights(t, 1);
    snprintf(path, plen, "%s/weights.safetensors", dir);
    if (s == SE3RT_OK)
        s = se3rt_model_save_weights_meta(t->m, path, SE3RT_DTYPE_F64, "step", sbuf);
    se3rt_trainer_use_eval_weights(t, was_in);
    snprintf(path, plen, "%s/optimizer.safetensors", dir);
    if (s == SE3RT_OK)
        s = se3rt_adam_save(t->adam, path, all);
    rt_free(ctx, all);
    rt_free(ctx, path);
    return s;
}

/* The metadata value `key` of a safetensors file (malloc'd through ctx into *val, NULL when
 * missing); errors are the file's. */
static se3rt_status tr_meta(se3rt_ctx *ctx, const char *path, const char *const *keys, char **vals, int n)
{
    se3rt_st *st = NULL;
    se3rt_status s = se3rt_st_read(ctx, path, &st);
    if (s != SE3RT_OK)
        return s;
    for (int k = 0; k < n; k++) {
        vals[k] = NULL;
        for (size_t i = 0; i < st->nmeta && !vals[k]; i++)
            if (strcmp(st->meta[i].key, keys[k]) == 0) {
                size_t len = strlen(st->meta[i].value);
                if ((vals[k] = rt_calloc(ctx, len + 1, 1)))
                    memcpy(vals[k], st->meta[i].value, len);
            }
    }
    se3rt_st_free(st);
    return SE3RT_OK;
}

/* A whole number 0..9e15 from metadata text, or -1. */
static int64_t tr_count(const char *v)
{
    if (!v || !*v)
        return -1;
    char *end = NULL;
    errno = 0;
    long long x = strtoll(v, &end, 10);
    return *end || errno || x < 0 || x > 9000000000000000LL ? -1 : (int64_t)x;
}

se3rt_status se3rt_trainer_state_load(se3rt_trainer *t, const char *dir)
{
    se3rt_ctx *ctx = t->ctx;
    const size_t plen = strlen(dir) + 32;
    char *wpath = rt_calloc(ctx, plen, 1), *opath = rt_calloc(ctx, plen, 1), *tpath = rt_calloc(ctx, plen, 1);
    static const char *const okeys[] = { "step", "best_valid_loss", "best_step", "bad_evals", "plateau_bad_evals",
                                         "lr_scale", "stopped_early" };
    enum { NK = 7 };
    char *ov[NK] = { 0 }, *wv[1] = { 0 }, *tv[1] = { 0 };
    static const char *const skey[1] = { "step" };
    se3rt_status s = wpath && opath && tpath ? SE3RT_OK : SE3RT_ERR_NOMEM;
    if (s == SE3RT_OK) {
        snprintf(wpath, plen, "%s/weights.safetensors", dir);
        snprintf(opath, plen, "%s/optimizer.safetensors", dir);
        snprintf(tpath, plen, "%s/train_weights.safetensors", dir);
        s = tr_meta(ctx, wpath, skey, wv, 1);
    }
    if (s == SE3RT_OK)
        s = tr_meta(ctx, opath, okeys, ov, NK);
    int64_t sw = s == SE3RT_OK ? tr_count(wv[0]) : -1, so = s == SE3RT_OK ? tr_count(ov[0]) : -1;
    if (s == SE3RT_OK && (sw < 0 || so < 0))
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: no step in the metadata", sw < 0 ? wpath : opath);
    if (s == SE3RT_OK && sw != so)
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s is from step %lld but %s from step %lld", wpath, (long long)sw, opath,
                     (long long)so);
    if (s == SE3RT_OK && so > t->o.steps)
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: step %lld is beyond the run's %lld steps", opath, (long long)so,
                     (long long)t->o.steps);
    se3rt_trainer_use_eval_weights(t, 0);
    if (s == SE3RT_OK)
        s = se3rt_model_load_weights(t->m, wpath);
    if (s == SE3RT_OK)
        s = se3rt_adam_load(t->adam, opath);
    if (s == SE3RT_OK && t->ema) {
        /* weights.safetensors is the average; the optimiser's weights are beside it */
        memcpy(t->ema, se3rt_model_params(t->m), (size_t)t->np * sizeof *t->ema);
        s = tr_meta(ctx, tpath, skey, tv, 1);
        if (s == SE3RT_OK && tr_count(tv[0]) != sw)
            s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: not the training weights of step %lld", tpath, (long long)sw);
        if (s == SE3RT_OK)
            s = se3rt_model_load_weights(t->m, tpath);
    }
    if (s == SE3RT_OK && se3rt_adam_steps(t->adam) != so)
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s has made %lld updates but names step %lld", opath,
                     (long long)se3rt_adam_steps(t->adam), (long long)so);
    if (s == SE3RT_OK) {
        se3rt_trainer_track k = tr_track0;
        if (ov[1] && ov[2] && ov[3] && ov[4] && ov[5] && ov[6]) {
            k.best_loss = strtod(ov[1], NULL);
            k.best_step = tr_count(ov[2]);
            k.bad_evals = tr_count(ov[3]);
            k.plateau_bad = tr_count(ov[4]);
            k.lr_scale = strtod(ov[5], NULL);
            k.stopped = strcmp(ov[6], "1") == 0;
        }
        if (se3rt_trainer_set_track(t, &k) != SE3RT_OK)
            s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: the validation track in the metadata is not valid", opath);
    }
    /* the host's state is the run's now: the device gets it at the next step */
    t->dev_fresh = 0;
    t->mv_stale = t->ema_stale = 0;
    if (s == SE3RT_OK) {
        t->step = so;
        t->perm_epoch = -1;
        t->last = (se3rt_trainer_stepinfo){ .step = so, .loss = NAN, .lr = NAN, .grad_norm = NAN };
        rt_free(ctx, t->best);
        t->best = NULL;
    }
    for (int k = 0; k < NK; k++)
        rt_free(ctx, ov[k]);
    rt_free(ctx, wv[0]);
    rt_free(ctx, tv[0]);
    rt_free(ctx, wpath);
    rt_free(ctx, opath);
    rt_free(ctx, tpath);
    return s;
}
