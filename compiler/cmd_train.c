/* cmd_train.c - `se3tc train SPEC --train F --test F -o CKPT` (DESIGN §3, docs/training.md):
 * minibatch Adam with cosine decay on the generated backward, progress, atomic checkpoints
 * (also on SIGINT/SIGTERM) and --resume, loss curves as CSV and SVG, metrics as JSON with the
 * N-body names (mse_x, mse_v, equivariance_error, zero_*, linear_*). */
#include "cmd_train.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "jitmodel.h"
#include "se3rt_train.h"
#include "wigner.h"

/* Set by the signal handler; the loop checkpoints and stops at the end of the step. */
static volatile sig_atomic_t train_stop_signal;

static void train_on_signal(int sig)
{
    train_stop_signal = sig;
}

static double train_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static uint64_t train_mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

typedef struct train_opts {
    const char *spec, *train, *test, *out, *metrics, *targets, *precision;
    long steps, batch, threads, seed, eval_every, ckpt_every, log_every, eval_frames, stop_at;
    double lr, lr_end, clip, time_limit;
    int loss_l1, resume, quiet, normalize;
} train_opts;

/* One row of the loss curves. */
typedef struct train_row {
    long step;
    double lr, train_loss, test_loss, grad_norm, wall;
} train_row;

typedef struct train_state {
    train_opts o;
    se3rt_ctx *ctx;
    se3rt_model *m;
    const model *spec_m;
    se3rt_data *tr, *te;
    se3rt_adam *adam;
    train_row *rows;
    long nrows, caprows;
    double wall0;          /* wall seconds spent before this run (resume) */
    char wpath[4200], opath[4200], cpath[4200], spath[4200];
} train_state;

/* The frames of step s: positions [s B, s B + B) of the endless sequence of epochs, each a
 * permutation of the training frames drawn from (seed, epoch). A pure function of (seed, s),
 * so a resumed run sees the same batches. */
static void train_batch_ids(const train_state *t, long step, int64_t *ids, int64_t *perm, long *perm_epoch)
{
    const int64_t n = se3rt_data_nframes(t->tr);
    for (long q = 0; q < t->o.batch; q++) {
        int64_t pos = (int64_t)step * t->o.batch + q;
        long epoch = (long)(pos / n);
        if (epoch != *perm_epoch) {
            uint64_t st = train_mix((uint64_t)t->o.seed * 0x9E3779B97F4A7C15ULL + (uint64_t)epoch + 1);
            for (int64_t k = 0; k < n; k++)
                perm[k] = k;
            for (int64_t k = n - 1; k > 0; k--) {
                st += 0x9E3779B97F4A7C15ULL;
                int64_t j = (int64_t)(train_mix(st) % (uint64_t)(k + 1));
                int64_t tmp = perm[k];
                perm[k] = perm[j];
                perm[j] = tmp;
            }
            *perm_epoch = epoch;
        }
        ids[q] = perm[pos % n];
    }
}

/* ---- loss curves: CSV and SVG ------------------------------------------------------------- */

static int train_row_add(train_state *t, train_row r)
{
    if (t->nrows == t->caprows) {
        long nc = t->caprows ? 2 * t->caprows : 1024;
        train_row *n = realloc(t->rows, (size_t)nc * sizeof *n);
        if (!n)
            return -1;
        t->rows = n;
        t->caprows = nc;
    }
    t->rows[t->nrows++] = r;
    return 0;
}

static void train_fmt(char *buf, size_t n, double v)
{
    if (isnan(v))
        buf[0] = 0;
    else
        snprintf(buf, n, "%.8g", v);
}

static int train_write_csv(train_state *t)
{
    se3rt_afile *af;
    FILE *f;
    if (se3rt_afile_open(t->ctx, t->cpath, &af, &f) != SE3RT_OK)
        return -1;
    fprintf(f, "step,lr,train_loss,test_loss,grad_norm,wall_s\n");
    for (long i = 0; i < t->nrows; i++) {
        const train_row *r = &t->rows[i];
        char a[40], b[40];
        train_fmt(a, sizeof a, r->train_loss);
        train_fmt(b, sizeof b, r->test_loss);
        fprintf(f, "%ld,%.6g,%s,%s,%.6g,%.3f\n", r->step, r->lr, a, b, r->grad_norm, r->wall);
    }
    return se3rt_afile_commit(t->ctx, af) == SE3RT_OK ? 0 : -1;
}

/* Read CKPT/loss.csv back on --resume, keeping the rows up to `upto`. */
static void train_read_csv(train_state *t, long upto)
{
    FILE *f = fopen(t->cpath, "r");
    if (!f)
        return;
    char line[512];
    if (!fgets(line, sizeof line, f)) {
        fclose(f);
        return;
    }
    while (fgets(line, sizeof line, f)) {
        train_row r = { .train_loss = NAN, .test_loss = NAN };
        char *p = line, *end;
        r.step = strtol(p, &end, 10);
        if (end == p || *end != ',')
            continue;
        p = end + 1;
        double *dst[] = { &r.lr, &r.train_loss, &r.test_loss, &r.grad_norm, &r.wall };
        for (int k = 0; k < 5; k++) {
            double v = strtod(p, &end);
            *dst[k] = end == p ? NAN : v;
            p = strchr(end, ',');
            if (!p)
                break;
            p++;
        }
        if (r.step <= upto)
            train_row_add(t, r);
    }
    fclose(f);
}

/* A plot a person can open: training loss per step (thin) and its running mean, test loss at
 * each evaluation (dots and line), log-scaled loss axis. */
static int train_write_svg(train_state *t)
{
    const double W = 800, H = 480, L = 80, R = 20, T = 40, B = 60;
    double lo = INFINITY, hi = -INFINITY;
    long smax = 1;
    for (long i = 0; i < t->nrows; i++) {
        const train_row *r = &t->rows[i];
        double v[2] = { r->train_loss, r->test_loss };
        for (int k = 0; k < 2; k++)
            if (v[k] > 0 && isfinite(v[k])) {
                lo = fmin(lo, v[k]);
                hi = fmax(hi, v[k]);
            }
        if (r->step > smax)
            smax = r->step;
    }
    if (!(lo < INFINITY)) {
        lo = 1e-3;
        hi = 1;
    }
    double l0 = floor(log10(lo)), l1 = ceil(log10(hi));
    if (l1 <= l0)
        l1 = l0 + 1;
    se3rt_afile *af;
    FILE *f;
    if (se3rt_afile_open(t->ctx, t->spath, &af, &f) != SE3RT_OK)
        return -1;
#define SX(s) (L + (W - L - R) * (double)(s) / (double)smax)
#define SY(v) (T + (H - T - B) * (l1 - log10(v)) / (l1 - l0))
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" "
               "font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
    fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
    fprintf(f, "<text x=\"%g\" y=\"24\" font-size=\"15\">%s: %s loss</text>\n", L, t->o.spec,
            t->o.loss_l1 ? "L1" : "MSE");
    for (double e = l0; e <= l1; e++) {
        fprintf(f, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"#ddd\"/>\n", L, SY(pow(10, e)), W - R,
                SY(pow(10, e)));
        fprintf(f, "<text x=\"%g\" y=\"%g\" text-anchor=\"end\">1e%g</text>\n", L - 6, SY(pow(10, e)) + 4, e);
    }
    for (int k = 0; k <= 5; k++) {
        double s = smax * k / 5.0;
        fprintf(f, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">%.0f</text>\n", SX(s), H - B + 18, s);
    }
    fprintf(f, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">step</text>\n", (L + W - R) / 2, H - 18);
    fprintf(f, "<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" stroke=\"black\"/>\n", L, T,
            W - L - R, H - T - B);
    /* training loss, raw and running mean over ~1% of the steps */
    const char *col[3] = { "#9cc3e6", "#1f77b4", "#d62728" };
    for (int pass = 0; pass < 3; pass++) {
        fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" points=\"", col[pass],
                pass == 0 ? "0.7" : "1.8");
        double acc = 0;
        long na = 0, win = t->nrows / 100 > 1 ? t->nrows / 100 : 1;
        for (long i = 0; i < t->nrows; i++) {
            const train_row *r = &t->rows[i];
            double v = pass == 2 ? r->test_loss : r->train_loss;
            if (!(v > 0) || !isfinite(v))
                continue;
            if (pass == 1) {
                acc += log10(v);
                na++;
                if (na > win) {
                    /* drop the oldest finite value in the window */
                    for (long j = i - 1, seen = 0; j >= 0; j--)
                        if (t->rows[j].train_loss > 0 && isfinite(t->rows[j].train_loss) && ++seen == win) {
                            acc -= log10(t->rows[j].train_loss);
                            na--;
                            break;
                        }
                }
                v = pow(10, acc / (double)na);
            }
            fprintf(f, "%.1f,%.1f ", SX(r->step), SY(v));
        }
        fprintf(f, "\"/>\n");
    }
    for (long i = 0; i < t->nrows; i++)
        if (t->rows[i].test_loss > 0 && isfinite(t->rows[i].test_loss))
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n", SX(t->rows[i].step),
                    SY(t->rows[i].test_loss), col[2]);
    fprintf(f, "<g transform=\"translate(%g,%g)\"><rect width=\"190\" height=\"58\" fill=\"white\" stroke=\"#999\"/>"
               "<line x1=\"8\" y1=\"14\" x2=\"30\" y2=\"14\" stroke=\"%s\"/><text x=\"36\" y=\"18\">train (minibatch)</text>"
               "<line x1=\"8\" y1=\"30\" x2=\"30\" y2=\"30\" stroke=\"%s\" stroke-width=\"1.8\"/><text x=\"36\" y=\"34\">"
               "train (running mean)</text><line x1=\"8\" y1=\"46\" x2=\"30\" y2=\"46\" stroke=\"%s\" "
               "stroke-width=\"1.8\"/><text x=\"36\" y=\"50\">test</text></g>\n",
            W - R - 200, T + 10, col[0], col[1], col[2]);
    fprintf(f, "</svg>\n");
#undef SX
#undef SY
    return se3rt_afile_commit(t->ctx, af) == SE3RT_OK ? 0 : -1;
}

/* ---- checkpoints ------------------------------------------------------------------------------ */

static int train_checkpoint(train_state *t, long step, double wall)
{
    char sbuf[64], wbuf[64];
    snprintf(sbuf, sizeof sbuf, "%ld", step);
    snprintf(wbuf, sizeof wbuf, "%.3f", wall);
    const char *meta[] = { "step", sbuf, "wall_s", wbuf, "steps", NULL, "seed", NULL, NULL };
    char tot[64], seed[64];
    snprintf(tot, sizeof tot, "%ld", t->o.steps);
    snprintf(seed, sizeof seed, "%ld", t->o.seed);
    meta[5] = tot;
    meta[7] = seed;
    /* weights first, then the optimiser state; both name the step, and --resume checks that
     * they agree, so an interruption between the two renames is caught */
    if (se3rt_model_save_weights_meta(t->m, t->wpath, SE3RT_DTYPE_F64, "step", sbuf) != SE3RT_OK ||
        se3rt_adam_save(t->adam, t->opath, meta) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: checkpoint: %s\n", se3rt_errmsg(t->ctx));
        return -1;
    }
    if (train_write_csv(t) != 0 || train_write_svg(t) != 0) {
        fprintf(stderr, "se3tc train: loss curves: %s\n", se3rt_errmsg(t->ctx));
        return -1;
    }
    return 0;
}

/* The step recorded in a safetensors file's metadata, or -1. */
static long train_meta_long(se3rt_ctx *ctx, const char *path, const char *key, double *wall)
{
    se3rt_st *st = NULL;
    if (se3rt_st_read(ctx, path, &st) != SE3RT_OK)
        return -1;
    long v = -1;
    for (size_t i = 0; i < st->nmeta; i++) {
        if (strcmp(st->meta[i].key, key) == 0)
            v = strtol(st->meta[i].value, NULL, 10);
        if (wall && strcmp(st->meta[i].key, "wall_s") == 0)
            *wall = strtod(st->meta[i].value, NULL);
    }
    se3rt_st_free(st);
    return v;
}

/* ---- metrics ---------------------------------------------------------------------------------- */

/* Rotate one row of a fibre in the file basis: degree 1 by R (Cartesian), degree l >= 2 by D_l. */
static void train_rotate_row(const fibre *f, const double R[9], const double *in, double *out)
{
    int off = 0;
    for (int l = 0; l <= SE3_LMAX; l++) {
        int nl = 2 * l + 1;
        double D[81];
        if (l >= 2 && f->c[l])
            wigner_real(l, R, D);
        for (int c = 0; c < f->c[l]; c++) {
            const double *s = in + off + c * nl;
            double *d = out + off + c * nl;
            for (int a = 0; a < nl; a++) {
                double v = 0;
                if (l == 0)
                    v = s[0];
                else if (l == 1)
                    v = R[a * 3] * s[0] + R[a * 3 + 1] * s[1] + R[a * 3 + 2] * s[2];
                else
                    for (int b = 0; b < nl; b++)
                        v += D[a * nl + b] * s[b];
                d[a] = v;
            }
        }
        off += f->c[l] * nl;
    }
}

/* Delta_EQ (DESIGN §2) over up to `nf` test frames, one random rotation and translation each. */
static int train_equivariance(train_state *t, long nf, double *err)
{
    const model *sm = t->spec_m;
    const fibre *fout = &sm->layers[sm->nlayers - 1].out;
    const int in_dim = se3rt_model_in_dim(t->m), out_dim = se3rt_model_out_dim(t->m);
    uint64_t rng = 0xE0E0ULL + (uint64_t)t->o.seed;
    double sum = 0;
    long used = 0;
    nf = nf < se3rt_data_nframes(t->te) ? nf : se3rt_data_nframes(t->te);
    for (long f = 0; f < nf; f++) {
        se3rt_batch b, rb;
        int32_t gp[2];
        se3rt_data_frame(t->te, f, gp, &b);
        const int32_t n = gp[1];
        const int64_t rows = se3rt_model_out_per_graph(t->m) ? 1 : n;
        double R[9], tr[3];
        wigner_random_rotation(&rng, R);
        for (int d = 0; d < 3; d++)
            tr[d] = 4 * wigner_rng_uniform(&rng) - 2;
        double *pos = malloc(sizeof *pos * (size_t)n * 3), *x = malloc(sizeof *x * (size_t)(n * in_dim + 1));
        double *o1 = malloc(sizeof *o1 * (size_t)(rows * out_dim)), *o2 = malloc(sizeof *o2 * (size_t)(rows * out_dim));
        double *ro = malloc(sizeof *ro * (size_t)out_dim);
        if (!pos || !x || !o1 || !o2 || !ro) {
            free(pos), free(x), free(o1), free(o2), free(ro);
            return -1;
        }
        for (int32_t a = 0; a < n; a++) {
            for (int d = 0; d < 3; d++)
                pos[3 * a + d] = R[d * 3] * b.pos[3 * a] + R[d * 3 + 1] * b.pos[3 * a + 1] +
                                 R[d * 3 + 2] * b.pos[3 * a + 2] + tr[d];
            train_rotate_row(&sm->in, R, b.node_in + (int64_t)a * in_dim, x + (int64_t)a * in_dim);
        }
        rb = b;
        rb.pos = pos;
        rb.node_in = x;
        int rc = se3rt_model_forward(t->m, &b, o1) != SE3RT_OK || se3rt_model_forward(t->m, &rb, o2) != SE3RT_OK;
        double num = 0, den = 0;
        for (int64_t r = 0; !rc && r < rows; r++) {
            train_rotate_row(fout, R, o1 + r * out_dim, ro);
            for (int k = 0; k < out_dim; k++) {
                num += (o2[r * out_dim + k] - ro[k]) * (o2[r * out_dim + k] - ro[k]);
                den += ro[k] * ro[k];
            }
        }
        free(pos), free(x), free(o1), free(o2), free(ro);
        if (rc)
            return -1;
        if (den > 0) {
            sum += sqrt(num / den);
            used++;
        }
    }
    *err = used ? sum / (double)used : 0;
    return 0;
}

static int train_target_index(const se3rt_data *d, const char *name)
{
    for (int k = 0; k < se3rt_data_ntargets(d); k++)
        if (strcmp(se3rt_data_target_name(d, k), name) == 0)
            return k;
    return -1;
}

/* Metrics on the test set, written to the metrics file as one JSON object. */
static int train_metrics(train_state *t, long steps_done, double wall, double train_loss, const se3rt_xyz *test_xyz)
{
    const se3rt_data *d = t->te;
    const int nt = se3rt_data_ntargets(d), out_dim = se3rt_model_out_dim(t->m);
    const int64_t rows = se3rt_data_rows(d);
    double *mse = calloc((size_t)nt + 1, sizeof *mse), *zero = calloc((size_t)nt + 1, sizeof *zero);
    double test_loss = 0, eq = -1;
    if (!mse || !zero || se3rt_data_eval(t->m, d, t->o.loss_l1 ? SE3RT_LOSS_L1 : SE3RT_LOSS_MSE, 64, NULL,
                                         &test_loss, mse) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: evaluation: %s\n", se3rt_errmsg(t->ctx));
        free(mse);
        free(zero);
        return -1;
    }
    for (int k = 0; k < nt; k++) {
        int col, nc;
        se3rt_data_target_cols(d, k, &col, &nc);
        double s = 0;
        for (int64_t f = 0; f < se3rt_data_nframes(d); f++) {
            const double *tg = se3rt_data_frame_targets(d, f);
            int32_t gp[2];
            se3rt_batch b;
            se3rt_data_frame(d, f, gp, &b);
            int64_t r = se3rt_model_out_per_graph(t->m) ? 1 : gp[1];
            for (int64_t q = 0; q < r; q++)
                for (int c = 0; c < nc; c++)
                    s += tg[q * out_dim + col + c] * tg[q * out_dim + col + c];
        }
        zero[k] = s / (double)(rows * nc);
    }
    if (!t->spec_m->z_only && train_equivariance(t, t->o.eval_frames, &eq) != 0) {
        fprintf(stderr, "se3tc train: equivariance: %s\n", se3rt_errmsg(t->ctx));
        free(mse);
        free(zero);
        return -1;
    }
    /* the paper's linear baseline for data with velocities: dx = v delta_t, dv = 0 */
    int kx = train_target_index(d, "dx"), kv = train_target_index(d, "dv");
    double lin_x = -1;
    if (kx >= 0 && test_xyz->nframes > 0 && se3rt_frame_prop(&test_xyz->frames[0], "vel")) {
        double s = 0;
        long cnt = 0;
        for (size_t f = 0; f < test_xyz->nframes; f++) {
            const se3rt_frame *fr = &test_xyz->frames[f];
            const se3rt_xyz_prop *v = se3rt_frame_prop(fr, "vel"), *dx = se3rt_frame_prop(fr, "dx");
            const char *dt = se3rt_frame_info(fr, "delta_t");
            double tau = dt ? strtod(dt, NULL) : 0.5;
            if (!v || !dx || v->ncols != 3 || dx->ncols != 3)
                continue;
            for (size_t k = 0; k < fr->natoms * 3; k++) {
                double e = v->values[k] * tau - dx->values[k];
                s += e * e;
                cnt++;
            }
        }
        lin_x = cnt ? s / (double)cnt : -1;
    }
    se3rt_afile *af;
    FILE *f;
    if (se3rt_afile_open(t->ctx, t->o.metrics, &af, &f) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(t->ctx));
        free(mse);
        free(zero);
        return -1;
    }
    fprintf(f, "{\n  \"spec\": \"%s\",\n  \"steps\": %ld,\n  \"batch\": %ld,\n  \"lr\": %.6g,\n  \"lr_end\": %.6g,\n",
            t->o.spec, steps_done, t->o.batch, t->o.lr, t->o.lr_end);
    char tl[40];
    if (isfinite(train_loss))
        snprintf(tl, sizeof tl, "%.9g", train_loss);
    else
        snprintf(tl, sizeof tl, "null");
    fprintf(f, "  \"loss\": \"%s\",\n  \"threads\": %ld,\n  \"wall_s\": %.3f,\n  \"train_loss\": %s,\n"
               "  \"test_loss\": %.9g,\n  \"test_frames\": %lld,\n",
            t->o.loss_l1 ? "l1" : "mse", t->o.threads, wall, tl, test_loss, (long long)se3rt_data_nframes(d));
    for (int k = 0; k < nt; k++)
        fprintf(f, "  \"mse_%s\": %.9g,\n  \"zero_mse_%s\": %.9g,\n", se3rt_data_target_name(d, k), mse[k],
                se3rt_data_target_name(d, k), zero[k]);
    if (kx >= 0)
        fprintf(f, "  \"mse_x\": %.9g,\n  \"zero_mse_x\": %.9g,\n", mse[kx], zero[kx]);
    if (kv >= 0)
        fprintf(f, "  \"mse_v\": %.9g,\n  \"zero_mse_v\": %.9g,\n", mse[kv], zero[kv]);
    if (lin_x >= 0) {
        fprintf(f, "  \"linear_mse_x\": %.9g,\n", lin_x);
        if (kv >= 0)
            fprintf(f, "  \"linear_mse_v\": %.9g,\n", zero[kv]);
    }
    if (eq >= 0)
        fprintf(f, "  \"equivariance_error\": %.6g,\n", eq);
    fprintf(f, "  \"precision\": \"%s\"\n}\n", se3rt_model_is_f32(t->m) ? "f32" : "f64");
    int rc = se3rt_afile_commit(t->ctx, af) == SE3RT_OK ? 0 : -1;
    if (rc == 0 && !t->o.quiet) {
        fprintf(stderr, "se3tc train: test loss %.6g", test_loss);
        if (kx >= 0)
            fprintf(stderr, ", mse_x %.6g", mse[kx]);
        if (kv >= 0)
            fprintf(stderr, ", mse_v %.6g", mse[kv]);
        if (lin_x >= 0)
            fprintf(stderr, " (linear baseline mse_x %.6g)", lin_x);
        if (eq >= 0)
            fprintf(stderr, ", equivariance error %.2g", eq);
        fprintf(stderr, "; metrics in %s\n", t->o.metrics);
    }
    free(mse);
    free(zero);
    return rc;
}

/* ---- the command -------------------------------------------------------------------------------- */

static void train_usage(FILE *f)
{
    fprintf(f,
            "usage: se3tc train SPEC --train F.extxyz --test F.extxyz -o CKPT [options]\n"
            "Train the spec's outputs against the per-atom properties (or frame info values) of the\n"
            "same names with Adam and cosine decay; CKPT is a folder that receives weights.safetensors,\n"
            "optimizer.safetensors, loss.csv, loss.svg and metrics.json.\n"
            "  --steps N            optimiser steps (1000)\n"
            "  --batch B            frames per minibatch (100)\n"
            "  --lr X               initial learning rate (1e-3)\n"
            "  --lr-end Y           final learning rate of the cosine decay (1e-4)\n"
            "  --clip C             clip the gradient's norm to C (off)\n"
            "  --loss mse|l1        loss over the target values (mse)\n"
            "  --targets A,B        outputs to train (all)\n"
            "  --normalize          weight each target by 1 / its mean square in the training set\n"
            "  --precision f32|f64  precision of the forward and stored activations (f64)\n"
            "  --threads T          threads over the frames of a minibatch (all cores)\n"
            "  --seed S             initial weights and batch order (1)\n"
            "  --eval-every N       test loss every N steps (steps/20)\n"
            "  --checkpoint-every N checkpoint every N steps (steps/10); also on SIGINT/SIGTERM\n"
            "  --log-every N        a progress line every N steps when stderr is not a terminal\n"
            "  --eval-frames N      test frames for the equivariance error (100)\n"
            "  --metrics M.json     where the final metrics go (CKPT/metrics.json)\n"
            "  --resume             continue from CKPT's checkpoint (same options)\n"
            "  --stop-at N          checkpoint, write metrics and stop after step N (a session's share\n"
            "                       of a long run; continue with --resume)\n"
            "  --time-limit S       the same after the first step that ends S seconds into this run\n"
            "  --quiet              no progress\n"
            "Deterministic for a given seed and thread count.\n");
}

static int train_parse(int argc, char **argv, train_opts *o)
{
    *o = (train_opts){ .steps = 1000, .batch = 100, .threads = 0, .seed = 1, .lr = 1e-3, .lr_end = 1e-4,
                       .eval_frames = 100, .precision = "f64" };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        char *end = NULL;
        long *lp = strcmp(a, "--steps") == 0         ? &o->steps
                   : strcmp(a, "--batch") == 0       ? &o->batch
                   : strcmp(a, "--threads") == 0     ? &o->threads
                   : strcmp(a, "--seed") == 0        ? &o->seed
                   : strcmp(a, "--eval-every") == 0  ? &o->eval_every
                   : strcmp(a, "--checkpoint-every") == 0 ? &o->ckpt_every
                   : strcmp(a, "--log-every") == 0   ? &o->log_every
                   : strcmp(a, "--eval-frames") == 0 ? &o->eval_frames
                   : strcmp(a, "--stop-at") == 0     ? &o->stop_at
                                                     : NULL;
        double *dp = strcmp(a, "--lr") == 0           ? &o->lr
                     : strcmp(a, "--lr-end") == 0     ? &o->lr_end
                     : strcmp(a, "--clip") == 0       ? &o->clip
                     : strcmp(a, "--time-limit") == 0 ? &o->time_limit
                                                      : NULL;
        const char **sp = strcmp(a, "--train") == 0       ? &o->train
                          : strcmp(a, "--test") == 0      ? &o->test
                          : strcmp(a, "-o") == 0          ? &o->out
                          : strcmp(a, "--metrics") == 0   ? &o->metrics
                          : strcmp(a, "--targets") == 0   ? &o->targets
                          : strcmp(a, "--precision") == 0 ? &o->precision
                                                          : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            train_usage(stdout);
            return 1;
        } else if ((lp || dp || sp || strcmp(a, "--loss") == 0) && i + 1 >= argc) {
            fprintf(stderr, "se3tc train: %s needs a value\n", a);
            return 2;
        } else if (lp) {
            long v = strtol(argv[++i], &end, 10);
            long lo = lp == &o->seed || lp == &o->threads || lp == &o->eval_every || lp == &o->ckpt_every ||
                              lp == &o->log_every || lp == &o->eval_frames || lp == &o->stop_at
                          ? 0
                          : 1;
            if (!*argv[i] || *end || v < lo || v > 1000000000L) {
                fprintf(stderr, "se3tc train: %s needs an integer >= %ld, not '%s'\n", a, lo, argv[i]);
                return 2;
            }
            *lp = v;
        } else if (dp) {
            double v = strtod(argv[++i], &end);
            if (!*argv[i] || *end || !isfinite(v) || v < 0 || (dp == &o->lr && v == 0)) {
                fprintf(stderr, "se3tc train: %s needs a %s number, not '%s'\n", a, dp == &o->lr ? "positive" : "non-negative",
                        argv[i]);
                return 2;
            }
            *dp = v;
        } else if (sp) {
            *sp = argv[++i];
        } else if (strcmp(a, "--loss") == 0) {
            const char *v = argv[++i];
            if (strcmp(v, "mse") != 0 && strcmp(v, "l1") != 0) {
                fprintf(stderr, "se3tc train: --loss is mse or l1, not '%s'\n", v);
                return 2;
            }
            o->loss_l1 = strcmp(v, "l1") == 0;
        } else if (strcmp(a, "--resume") == 0) {
            o->resume = 1;
        } else if (strcmp(a, "--quiet") == 0) {
            o->quiet = 1;
        } else if (strcmp(a, "--normalize") == 0) {
            o->normalize = 1;
        } else if (a[0] == '-') {
            fprintf(stderr, "se3tc train: unknown option '%s' (see se3tc train --help)\n", a);
            return 2;
        } else if (o->spec) {
            fprintf(stderr, "se3tc train: one spec at a time ('%s' and '%s')\n", o->spec, a);
            return 2;
        } else {
            o->spec = a;
        }
    }
    const char *missing = !o->spec ? "a spec" : !o->train ? "--train" : !o->test ? "--test" : !o->out ? "-o CKPT" : NULL;
    if (missing) {
        fprintf(stderr, "se3tc train: %s is needed (usage: se3tc train SPEC --train F --test F -o CKPT)\n", missing);
        return 2;
    }
    if (*o->precision && strcmp(o->precision, "f32") != 0 && strcmp(o->precision, "f64") != 0) {
        fprintf(stderr, "se3tc train: --precision is f32 or f64, not '%s'\n", o->precision);
        return 2;
    }
    if (o->threads == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        o->threads = n > 0 ? n : 1;
    }
    if (!o->eval_every)
        o->eval_every = o->steps / 20 > 0 ? o->steps / 20 : 1;
    if (!o->ckpt_every)
        o->ckpt_every = o->steps / 10 > 0 ? o->steps / 10 : 1;
    if (!o->log_every)
        o->log_every = o->steps / 100 > 0 ? o->steps / 100 : 1;
    return 0;
}

static void train_eta(char *buf, size_t n, double s)
{
    if (!isfinite(s) || s < 0)
        snprintf(buf, n, "?");
    else if (s < 120)
        snprintf(buf, n, "%.0fs", s);
    else if (s < 7200)
        snprintf(buf, n, "%.0fm%02.0fs", floor(s / 60), fmod(s, 60));
    else
        snprintf(buf, n, "%.0fh%02.0fm", floor(s / 3600), fmod(floor(s / 60), 60));
}

int cmd_train(int argc, char **argv)
{
    train_state t = { 0 };
    int prc = train_parse(argc, argv, &t.o);
    if (prc)
        return prc == 1 ? 0 : prc;
    train_opts *o = &t.o;
    struct stat sb;
    if (stat(o->out, &sb) == 0 ? !S_ISDIR(sb.st_mode) : mkdir(o->out, 0777) != 0) {
        fprintf(stderr, "se3tc train: cannot use '%s' as the checkpoint folder: %s\n", o->out,
                errno ? strerror(errno) : "not a folder");
        return 1;
    }
    snprintf(t.wpath, sizeof t.wpath, "%s/weights.safetensors", o->out);
    snprintf(t.opath, sizeof t.opath, "%s/optimizer.safetensors", o->out);
    snprintf(t.cpath, sizeof t.cpath, "%s/loss.csv", o->out);
    snprintf(t.spath, sizeof t.spath, "%s/loss.svg", o->out);
    char mpath[4200];
    if (!o->metrics) {
        snprintf(mpath, sizeof mpath, "%s/metrics.json", o->out);
        o->metrics = mpath;
    }
    compile *c = compile_file(o->spec);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return 1;
    }
    t.spec_m = c->m;
    /* targets are outputs: say so before the compiler runs */
    for (const char *p = o->targets; p && *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        int found = 0;
        for (int i = 0; i < c->m->noutputs && !found; i++)
            found = strlen(c->m->outputs[i].name) == len && strncmp(c->m->outputs[i].name, p, len) == 0;
        if (!found) {
            fprintf(stderr, "se3tc train: target '%.*s' is not an output of model '%s'\n", (int)len, p, c->m->name);
            compile_free(c);
            return 1;
        }
        p += len + (e ? 1 : 0);
    }
    int rc = 1;
    se3rt_xyz *xtr = NULL, *xte = NULL;
    int64_t *ids = NULL, *perm = NULL;
    double *grad = NULL;
    if (se3rt_ctx_new(&t.ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: out of memory\n");
        compile_free(c);
        return 1;
    }
    se3rt_ctx *ctx = t.ctx;
    if (se3rt_xyz_read(ctx, o->train, &xtr) != SE3RT_OK || se3rt_xyz_read(ctx, o->test, &xte) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    /* -O2: the forward and backward of a paper-size spec build in a third of -O3's time and
     * train as fast (docs/training.md); SE3TC_CFLAGS still wins */
    setenv("SE3TC_CFLAGS", "-O2 -march=native", 0);
    if (!o->quiet)
        fprintf(stderr, "se3tc train: compiling %s with backward code (cached after the first time)\n", o->spec);
    se3rt_status st = jit_model_from(ctx, c, o->spec, o->precision, 1, &t.m);
    if (st != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s: %s\n", o->spec, se3rt_errmsg(ctx));
        goto done;
    }
    if (se3rt_data_new(t.m, xtr, o->train, o->targets, &t.tr) != SE3RT_OK ||
        se3rt_data_new(t.m, xte, o->test, o->targets, &t.te) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    if (o->normalize &&
        (se3rt_data_normalize(t.te, t.tr) != SE3RT_OK || se3rt_data_normalize(t.tr, t.tr) != SE3RT_OK)) {
        fprintf(stderr, "se3tc train: --normalize: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    const int64_t np = se3rt_model_nparams(t.m);
    if (se3rt_adam_new(ctx, np, &t.adam) != SE3RT_OK || !(ids = calloc((size_t)o->batch, sizeof *ids)) ||
        !(perm = calloc((size_t)se3rt_data_nframes(t.tr), sizeof *perm)) ||
        !(grad = calloc((size_t)np + 1, sizeof *grad))) {
        fprintf(stderr, "se3tc train: out of memory\n");
        goto done;
    }
    long step0 = 0;
    if (o->resume) {
        double wall = 0;
        long sw = train_meta_long(ctx, t.wpath, "step", NULL), so = train_meta_long(ctx, t.opath, "step", &wall);
        if (so < 0 || sw < 0) {
            fprintf(stderr, "se3tc train: --resume: no checkpoint in '%s' (%s)\n", o->out, se3rt_errmsg(ctx));
            goto done;
        }
        if (sw != so) {
            fprintf(stderr, "se3tc train: --resume: %s is from step %ld but %s from step %ld (interrupted while "
                            "writing?)\n", t.wpath, sw, t.opath, so);
            goto done;
        }
        if (se3rt_model_load_weights(t.m, t.wpath) != SE3RT_OK || se3rt_adam_load(t.adam, t.opath) != SE3RT_OK) {
            fprintf(stderr, "se3tc train: --resume: %s\n", se3rt_errmsg(ctx));
            goto done;
        }
        step0 = so;
        t.wall0 = wall;
        train_read_csv(&t, step0);
        if (!o->quiet)
            fprintf(stderr, "se3tc train: resuming at step %ld of %ld\n", step0, o->steps);
    } else if (se3rt_model_init_weights(t.m, (uint64_t)o->seed) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    signal(SIGINT, train_on_signal);
    signal(SIGTERM, train_on_signal);
    const int tty = isatty(2) && !o->quiet;
    const se3rt_loss_kind kind = o->loss_l1 ? SE3RT_LOSS_L1 : SE3RT_LOSS_MSE;
    if (!o->quiet)
        fprintf(stderr, "se3tc train: %s, %lld weights, %lld training and %lld test frames, batch %ld, %ld steps, "
                        "%ld threads, %s\n", se3rt_model_name(t.m), (long long)np, (long long)se3rt_data_nframes(t.tr),
                (long long)se3rt_data_nframes(t.te), o->batch, o->steps, o->threads,
                se3rt_model_is_f32(t.m) ? "f32" : "f64");
    long perm_epoch = -1, step = step0;
    double t0 = train_now(), last_loss = NAN, smooth = NAN;
    for (; step < o->steps; step++) {
        train_batch_ids(&t, step, ids, perm, &perm_epoch);
        double loss;
        if (se3rt_data_loss_grad(t.m, t.tr, ids, o->batch, kind, (int)o->threads, &loss, grad) != SE3RT_OK) {
            fprintf(stderr, "%sse3tc train: step %ld: %s\n", tty ? "\n" : "", step + 1, se3rt_errmsg(ctx));
            goto done;
        }
        if (!isfinite(loss)) {
            fprintf(stderr, "%sse3tc train: step %ld: the loss is not finite (lower --lr or use --clip)\n",
                    tty ? "\n" : "", step + 1);
            goto done;
        }
        double gn = se3rt_clip_grad(grad, np, o->clip);
        double lr = se3rt_cosine_lr(step, o->steps, o->lr, o->lr_end);
        se3rt_adam_step(t.adam, se3rt_model_params(t.m), grad, lr);
        se3rt_model_params_changed(t.m);
        last_loss = loss;
        smooth = isnan(smooth) ? loss : 0.98 * smooth + 0.02 * loss;
        train_row row = { step + 1, lr, loss, NAN, gn, t.wall0 + train_now() - t0 };
        const long done_steps = step + 1;
        if (done_steps % o->eval_every == 0 || done_steps == o->steps) {
            if (se3rt_data_eval(t.m, t.te, kind, 64, NULL, &row.test_loss, NULL) != SE3RT_OK) {
                fprintf(stderr, "%sse3tc train: evaluation: %s\n", tty ? "\n" : "", se3rt_errmsg(ctx));
                goto done;
            }
        }
        if (train_row_add(&t, row) != 0) {
            fprintf(stderr, "se3tc train: out of memory\n");
            goto done;
        }
        double el = train_now() - t0, rate = (double)(done_steps - step0) / (el > 0 ? el : 1e-9);
        char eta[32];
        train_eta(eta, sizeof eta, (double)(o->steps - done_steps) / rate);
        if (tty) {
            int w = 24, fill = (int)(w * done_steps / o->steps);
            fprintf(stderr, "\r[%.*s%.*s] step %ld/%ld  loss %.4g  %.2f steps/s  ETA %s   ", fill,
                    "########################", w - fill, "........................", done_steps, o->steps, smooth,
                    rate, eta);
        } else if (!o->quiet && (done_steps % o->log_every == 0 || done_steps == o->steps)) {
            fprintf(stderr, "step %ld/%ld loss %.6g lr %.3g |grad| %.3g", done_steps, o->steps, loss, lr, gn);
            if (!isnan(row.test_loss))
                fprintf(stderr, " test %.6g", row.test_loss);
            fprintf(stderr, " %.2f steps/s ETA %s\n", rate, eta);
        }
        const int stop_here = done_steps < o->steps && ((o->stop_at > 0 && done_steps == o->stop_at) ||
                                                        (o->time_limit > 0 && train_now() - t0 >= o->time_limit));
        if (done_steps % o->ckpt_every == 0 || done_steps == o->steps || train_stop_signal || stop_here) {
            if (train_checkpoint(&t, done_steps, row.wall) != 0)
                goto done;
        }
        if (stop_here) {
            fprintf(stderr, "%sse3tc train: stopped at step %ld of %ld as asked; checkpoint in %s (continue with "
                            "--resume)\n", tty ? "\n" : "", done_steps, o->steps, o->out);
            rc = train_metrics(&t, done_steps, row.wall, last_loss, xte) == 0 ? 0 : 1;
            goto done;
        }
        if (train_stop_signal) {
            fprintf(stderr, "%sse3tc train: %s: checkpoint of step %ld in %s (continue with --resume)\n",
                    tty ? "\n" : "", train_stop_signal == SIGINT ? "interrupted" : "terminated", done_steps, o->out);
            rc = 128 + train_stop_signal;
            goto done;
        }
    }
    if (tty)
        fputc('\n', stderr);
    if (step0 >= o->steps && train_checkpoint(&t, step, t.wall0) != 0)
        goto done;
    if (train_metrics(&t, step, t.wall0 + train_now() - t0, last_loss, xte) != 0)
        goto done;
    rc = 0;
done:
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    free(ids);
    free(perm);
    free(grad);
    free(t.rows);
    se3rt_adam_free(t.adam);
    se3rt_data_free(t.tr);
    se3rt_data_free(t.te);
    se3rt_model_free(t.m);
    se3rt_xyz_free(xtr);
    se3rt_xyz_free(xte);
    se3rt_ctx_free(ctx);
    compile_free(c);
    return rc;
}
