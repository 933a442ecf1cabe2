/* cmd_train.c - `se3tc train SPEC --train F --test F -o CKPT` (docs/training.md): an
 * application over libse3rt's training loop (se3rt_trainer: minibatch Adam with warm-up and
 * cosine or plateau decay, EMA, best weights and early stopping), adding what belongs to a
 * command: a validation set (a file or a seeded split) whose losses it reports, the best
 * weights in CKPT/best/, options from a YAML file, progress, checkpoints that are
 * one atomic unit each (a folder committed by one rename, also on SIGINT/SIGTERM) and --resume
 * with the options that change the result recorded and checked, an exclusive lock on CKPT, a
 * memory estimate before anything large is allocated, loss curves as CSV and SVG, metrics as
 * JSON with the N-body names (mse_x, mse_v, equivariance_error, zero_*, linear_*). */
#define _GNU_SOURCE /* O_DIRECTORY, O_NOFOLLOW, flock */
#include "cmd_util.h"
#include "cmd_train.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <yaml.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "emit_c.h"
#include "nbody_windows.h"
#include "pipeline.h"
#include "se3rt_train.h"
#include "text.h"
#include "wigner.h"

/* ---- signals ------------------------------------------------------------------------------------ */

/* The command's only global state. The first SIGINT/SIGTERM asks for a checkpoint after the
 * current step; a second one changes nothing (checkpoints are written with both signals
 * blocked, so none can cut one short); a third stops at once with a message. */
static volatile sig_atomic_t train_stop_signal, train_nsignals;
static char train_msg_first[160], train_msg_abort[4400];

static void train_on_signal(int sig)
{
    int n = train_nsignals + 1; /* both signals are in sa_mask: no handler interrupts another */
    train_nsignals = n;
    if (!train_stop_signal)
        train_stop_signal = sig;
    if (n == 1) {
        ssize_t r = write(2, train_msg_first, strlen(train_msg_first));
        (void)r;
    } else if (n >= 3) {
        ssize_t r = write(2, train_msg_abort, strlen(train_msg_abort));
        (void)r;
        _exit(128 + sig);
    }
}

static void train_signals(int install)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = install ? train_on_signal : SIG_DFL;
    sa.sa_flags = SA_RESTART; /* interrupted reads, writes and waits resume; the handler stays */
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* Hold SIGINT and SIGTERM back (block 1) while a checkpoint or the metrics are committed;
 * pending ones are delivered when block 0 lets them through. */
static void train_hold_signals(int block, sigset_t *old)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigaddset(&s, SIGTERM);
    if (block)
        sigprocmask(SIG_BLOCK, &s, old);
    else
        sigprocmask(SIG_SETMASK, old, NULL);
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

/* ---- the options -------------------------------------------------------------------------------- */

typedef struct train_opts {
    const char *spec, *train, *test, *out, *metrics, *targets, *precision, *valid, *lr_schedule, *config;
    const char *target_field;   /* --target-field OUT=ITEM,...: SDF data items for outputs */
    const char *device;       /* cpu or cuda: where the forward and backward run (not part of a checkpoint) */
    long steps, batch, threads, seed, eval_every, ckpt_every, log_every, eval_frames, stop_at;
    long warmup, patience, plateau_patience;
    double lr, lr_end, clip, time_limit, max_memory, valid_fraction, min_delta, ema, plateau_factor;
    double energy_weight, force_weight, stress_weight;   /* the loss's weights on energy, forces, stress */
    int loss, resume, overwrite, quiet, normalize; /* loss: se3rt_loss_kind */
    int energy_per_atom;      /* the energy's error per atom in the loss */
    char **cfg_argv;          /* --config: the file's options as arguments (malloc'd) */
    int cfg_argc, *cfg_line;  /* and the line of each */
    unsigned given;           /* GIVEN_* of the options on the command line */
} train_opts;

static const char *const train_loss_names[] = { "mse", "l1", "ce" };

/* The options that change the result: recorded in every checkpoint, refused on --resume when
 * given with another value, taken from the checkpoint when not given. --threads changes the
 * summation order only: taken from the checkpoint when not given, allowed to differ. */
enum {
    GIVEN_STEPS = 1u << 0, GIVEN_BATCH = 1u << 1, GIVEN_SEED = 1u << 2, GIVEN_LR = 1u << 3,
    GIVEN_LR_END = 1u << 4, GIVEN_CLIP = 1u << 5, GIVEN_LOSS = 1u << 6, GIVEN_TARGETS = 1u << 7,
    GIVEN_NORMALIZE = 1u << 8, GIVEN_PRECISION = 1u << 9, GIVEN_THREADS = 1u << 10, GIVEN_VALID = 1u << 11,
    GIVEN_VALID_FRACTION = 1u << 12, GIVEN_PATIENCE = 1u << 13, GIVEN_MIN_DELTA = 1u << 14, GIVEN_EMA = 1u << 15,
    GIVEN_WARMUP = 1u << 16, GIVEN_LR_SCHEDULE = 1u << 17, GIVEN_PLATEAU_FACTOR = 1u << 18,
    GIVEN_PLATEAU_PATIENCE = 1u << 19, GIVEN_EVAL_EVERY = 1u << 20, GIVEN_ENERGY_WEIGHT = 1u << 21,
    GIVEN_FORCE_WEIGHT = 1u << 22, GIVEN_ENERGY_PER_ATOM = 1u << 23, GIVEN_STRESS_WEIGHT = 1u << 24
};
/* One row of the loss curves. */
typedef struct train_row {
    long step;
    double lr, train_loss, test_loss, grad_norm, wall, valid_loss;
} train_row;

/* What the validation set decides (se3rt_trainer_track), part of every checkpoint's state.json:
 * the best validation loss and its step (whose weights are in CKPT/best/), the evaluations
 * since it improved by more than --min-delta (early stopping), the same count since the last
 * plateau reduction and the learning rate's factor, and whether the run stopped early. */
typedef se3rt_trainer_track train_track;

typedef struct train_state {
    train_opts o;
    se3rt_ctx *ctx;
    se3rt_model *m;
    const model *spec_m;
    se3rt_data *tr, *te, *va;  /* training, test and validation (NULL without one) sets */
    se3rt_trainer *trn;        /* the loop: weights' path, optimiser, EMA, the validation track */
    train_track track;         /* the trainer's track (copied after each change), or state.json's before it exists */
    train_row *rows;
    long nrows, caprows;
    double wall0;          /* wall seconds spent before this run (resume) */
    uint64_t spec_hash, train_hash;  /* FNV-1a of the spec's text and of the training file */
    int dirfd;             /* CKPT, open and locked (flock) for the whole run */
    long ckpt_step;        /* the step of CKPT's committed checkpoint folder; -1: none */
    int legacy;            /* CKPT holds an older se3tc's weights and optimizer files at its top */
    char *kept[5];         /* --loss, --targets, --precision, --valid, --lr-schedule as recorded */
} train_state;

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

static int train_write_csv(train_state *t, const char *path)
{
    se3rt_afile *af;
    FILE *f;
    if (se3rt_afile_open(t->ctx, path, &af, &f) != SE3RT_OK)
        return -1;
    fprintf(f, "step,lr,train_loss,test_loss,grad_norm,wall_s,valid_loss\n");
    for (long i = 0; i < t->nrows; i++) {
        const train_row *r = &t->rows[i];
        char a[40], b[40], c[40];
        train_fmt(a, sizeof a, r->train_loss);
        train_fmt(b, sizeof b, r->test_loss);
        train_fmt(c, sizeof c, r->valid_loss);
        fprintf(f, "%ld,%.6g,%s,%s,%.6g,%.3f,%s\n", r->step, r->lr, a, b, r->grad_norm, r->wall, c);
    }
    return se3rt_afile_commit(t->ctx, af) == SE3RT_OK ? 0 : -1;
}

/* Read the checkpoint's loss.csv back on --resume, keeping the rows up to `upto`. */
static void train_read_csv(train_state *t, const char *path, long upto)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[512];
    if (!fgets(line, sizeof line, f)) {
        fclose(f);
        return;
    }
    while (fgets(line, sizeof line, f)) {
        train_row r = { .train_loss = NAN, .test_loss = NAN, .valid_loss = NAN };
        char *p = line, *end;
        r.step = strtol(p, &end, 10);
        if (end == p || *end != ',')
            continue;
        p = end + 1;
        double *dst[] = { &r.lr, &r.train_loss, &r.test_loss, &r.grad_norm, &r.wall, &r.valid_loss };
        for (int k = 0; k < 6; k++) {
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

/* A copy of s that is valid UTF-8 without control characters (each offending byte becomes
 * '?'), for text in JSON and SVG files; malloc'd, NULL when out of memory. */
static char *train_clean_text(const char *s)
{
    size_t n = strlen(s);
    char *r = malloc(n + 1), *d = r;
    if (!r)
        return NULL;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        int k = text_utf8_len(p);
        if (k == 0 || (k == 1 && (*p < 0x20 || *p == 0x7F))) {
            *d++ = '?';
            p++;
        } else {
            memcpy(d, p, (size_t)k);
            d += k;
            p += k;
        }
    }
    *d = 0;
    return r;
}

/* s as XML character data: cleaned as above, & < > " ' escaped. */
static void train_xml_text(FILE *f, const char *s)
{
    char *c = train_clean_text(s);
    for (const char *p = c ? c : "?"; *p; p++)
        switch (*p) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&apos;", f); break;
        default: fputc(*p, f);
        }
    free(c);
}

/* A plot a person can open: training loss per step (thin) and its running mean, test loss at
 * each evaluation (dots and line), log-scaled loss axis. */
static int train_write_svg(train_state *t, const char *path)
{
    const double W = 800, H = 480, L = 80, R = 20, T = 40, B = 60;
    double lo = INFINITY, hi = -INFINITY;
    long smax = 1;
    for (long i = 0; i < t->nrows; i++) {
        const train_row *r = &t->rows[i];
        double v[3] = { r->train_loss, r->test_loss, r->valid_loss };
        for (int k = 0; k < 3; k++)
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
    if (se3rt_afile_open(t->ctx, path, &af, &f) != SE3RT_OK)
        return -1;
#define SX(s) (L + (W - L - R) * (double)(s) / (double)smax)
#define SY(v) (T + (H - T - B) * (l1 - log10(v)) / (l1 - l0))
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" "
               "font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
    fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
    fprintf(f, "<text x=\"%g\" y=\"24\" font-size=\"15\">", L);
    train_xml_text(f, t->o.spec);
    fprintf(f, ": %s loss</text>\n", t->o.loss == SE3RT_LOSS_L1 ? "L1" : t->o.loss == SE3RT_LOSS_CE ? "cross-entropy" : "MSE");
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
    for (long i = 0; i < t->nrows; i++)
        if (t->rows[i].valid_loss > 0 && isfinite(t->rows[i].valid_loss))
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"5\" fill=\"#2ca02c\"/>\n",
                    SX(t->rows[i].step) - 2.5, SY(t->rows[i].valid_loss) - 2.5);
    fprintf(f, "<g transform=\"translate(%g,%g)\"><rect width=\"190\" height=\"58\" fill=\"white\" stroke=\"#999\"/>"
               "<line x1=\"8\" y1=\"14\" x2=\"30\" y2=\"14\" stroke=\"%s\"/><text x=\"36\" y=\"18\">train (minibatch)</text>"
               "<line x1=\"8\" y1=\"30\" x2=\"30\" y2=\"30\" stroke=\"%s\" stroke-width=\"1.8\"/><text x=\"36\" y=\"34\">"
               "train (running mean)</text><line x1=\"8\" y1=\"46\" x2=\"30\" y2=\"46\" stroke=\"%s\" "
               "stroke-width=\"1.8\"/><text x=\"36\" y=\"50\">test (squares: validation)</text></g>\n",
            W - R - 200, T + 10, col[0], col[1], col[2]);
    fprintf(f, "</svg>\n");
#undef SX
#undef SY
    return se3rt_afile_commit(t->ctx, af) == SE3RT_OK ? 0 : -1;
}

/* ---- checkpoints -------------------------------------------------------------------------------
 * CKPT/checkpoint-NNNNNN/ holds everything a resumed run needs: weights.safetensors,
 * optimizer.safetensors, loss.csv and state.json (step, wall time, the options that change
 * the result, hashes of the spec and the training data). It is written in full under
 * checkpoint-NNNNNN.tmp.PID, every file and the folder fsynced, then committed by one rename,
 * so a checkpoint folder either exists complete or not at all. Only then are the older folder
 * removed and the files users read (CKPT/weights.safetensors, loss.csv, loss.svg) replaced,
 * each atomically. Temporaries of killed runs are removed at the next start. */

#define CKPT_PREFIX "checkpoint-"


/* The step of a committed checkpoint folder's name ("checkpoint-000064"), or -1. */
static long ckpt_name_step(const char *name)
{
    size_t k = strlen(CKPT_PREFIX);
    return strncmp(name, CKPT_PREFIX, k) == 0 ? cmd_digits(name + k, strlen(name + k)) : -1;
}

/* Whether `name` is a temporary the trainer makes: a checkpoint folder or one of its output
 * files followed by ".tmp.PID". */
/* The files the trainer writes at the top of CKPT (what --overwrite removes). Inside a
 * checkpoint folder there is also state.json. */
static const char *const train_top_files[] = { "weights.safetensors", "optimizer.safetensors", "loss.csv", "loss.svg",
                                              "metrics.json" };
#define TRAIN_NTOP (sizeof train_top_files / sizeof *train_top_files)

static int ckpt_is_tmp(const char *name)
{
    const char *t = strstr(name, ".tmp.");
    while (t && strstr(t + 1, ".tmp."))
        t = strstr(t + 1, ".tmp.");
    if (!t || cmd_digits(t + 5, strlen(t + 5)) < 0)
        return 0;
    size_t n = (size_t)(t - name);
    for (size_t i = 0; i <= TRAIN_NTOP; i++) {   /* the top files and state.json */
        const char *f = i < TRAIN_NTOP ? train_top_files[i] : "state.json";
        if (strlen(f) == n && strncmp(name, f, n) == 0)
            return 1;
    }
    if (n == 4 && strncmp(name, "best", 4) == 0)
        return 1;
    char head[40];
    snprintf(head, sizeof head, "%.*s", (int)(n < 39 ? n : 39), name);
    return ckpt_name_step(head) >= 0;
}

/* Remove `name` in the folder dfd: a file, or a folder of files (a checkpoint). Symbolic
 * links are removed, never followed. 0 on success. */
static int ckpt_remove(int dfd, const char *name)
{
    if (unlinkat(dfd, name, 0) == 0 || errno == ENOENT)
        return 0;
    if (errno != EISDIR && errno != EPERM)
        return -1;
    int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    int rc = 0;
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 && unlinkat(fd, e->d_name, 0) != 0)
            rc = -1;
    closedir(d);
    if (unlinkat(dfd, name, AT_REMOVEDIR) != 0)
        rc = -1;
    return rc;
}

/* With CKPT locked: remove the temporaries of killed runs and every committed checkpoint but
 * the newest (a run killed between a commit and the removal of the previous one leaves two);
 * set t->ckpt_step and t->legacy; *others counts what else the folder holds. */
static int ckpt_scan(train_state *t, int *others)
{
    int fd = dup(t->dirfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        fprintf(stderr, "se3tc train: cannot read the checkpoint folder '%s': %s\n", t->o.out, strerror(errno));
        return -1;
    }
    long newest = -1, nsteps = 0;
    *others = 0;
    int has_w = 0, has_o = 0;
    for (struct dirent *e; (e = readdir(d));) {
        const char *n = e->d_name;
        if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0)
            continue;
        long s = ckpt_name_step(n);
        if (strncmp(n, "best.old.", 9) == 0 && cmd_digits(n + 9, strlen(n + 9)) >= 0) {
            /* killed between the two renames of train_save_best: the old best comes back */
            struct stat bst;
            if (fstatat(t->dirfd, "best", &bst, AT_SYMLINK_NOFOLLOW) == 0 ? ckpt_remove(t->dirfd, n) != 0
                                                                           : renameat(t->dirfd, n, t->dirfd, "best") != 0) {
                fprintf(stderr, "se3tc train: cannot restore '%s/best' from '%s': %s\n", t->o.out, n, strerror(errno));
                closedir(d);
                return -1;
            }
            (*others)++;
            continue;
        }
        if (ckpt_is_tmp(n)) {
            if (ckpt_remove(t->dirfd, n) != 0) {
                fprintf(stderr, "se3tc train: cannot remove the stale temporary '%s/%s': %s\n", t->o.out, n,
                        strerror(errno));
                closedir(d);
                return -1;
            }
            continue;
        }
        if (s >= 0) {
            nsteps++;
            newest = s > newest ? s : newest;
        } else {
            has_w |= strcmp(n, "weights.safetensors") == 0;
            has_o |= strcmp(n, "optimizer.safetensors") == 0;
        }
        (*others)++;
    }
    closedir(d);
    if (nsteps > 1) {
        /* read the folder again, removing the committed folders older than `newest` */
        fd = dup(t->dirfd);
        d = fd >= 0 ? fdopendir(fd) : NULL;
        if (!d) {
            if (fd >= 0)
                close(fd);
            return -1;
        }
        rewinddir(d);
        for (struct dirent *e; (e = readdir(d));) {
            long s = ckpt_name_step(e->d_name);
            if (s >= 0 && s != newest && ckpt_remove(t->dirfd, e->d_name) == 0)
                (*others)--;
        }
        closedir(d);
    }
    t->ckpt_step = newest;
    t->legacy = newest < 0 && has_w && has_o;
    return 0;
}

/* fsync a folder (the rename of an entry in it is durable after this). */
static int ckpt_sync_dir(int dfd, const char *name)
{
    int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

/* CKPT/NAME becomes the checkpoint folder's file of that name: a hard link renamed into place
 * (a copy where the file system has no hard links). */
static int ckpt_publish(train_state *t, const char *folder, const char *name)
{
    char from[4200], tmp[4200], to[4200];
    snprintf(from, sizeof from, "%s/%s/%s", t->o.out, folder, name);
    snprintf(tmp, sizeof tmp, "%s/%s.tmp.%ld", t->o.out, name, (long)getpid());
    snprintf(to, sizeof to, "%s/%s", t->o.out, name);
    unlink(tmp);
    if (link(from, tmp) == 0) {
        if (rename(tmp, to) == 0) {
            /* rename() of two links to one file (TO already is FROM's link: the final checkpoint
             * published again by a --resume of a finished run) succeeds and leaves TMP */
            unlink(tmp);
            return 0;
        }
        int err = errno;
        unlink(tmp);
        errno = err;
        return -1;
    }
    char *buf = NULL;
    size_t len = 0;
    se3rt_afile *af;
    FILE *f;
    if (se3rt_io_read_path(t->ctx, from, &buf, &len) != SE3RT_OK)
        return -1;
    int rc = -1;
    if (se3rt_afile_open(t->ctx, to, &af, &f) == SE3RT_OK) {
        if (fwrite(buf, 1, len, f) == len)
            rc = se3rt_afile_commit(t->ctx, af) == SE3RT_OK ? 0 : -1;
        else
            se3rt_afile_abort(t->ctx, af);
    }
    se3rt_io_buf_free(t->ctx, buf);
    return rc;
}

static void train_hex64(char buf[17], uint64_t v)
{
    snprintf(buf, 17, "%016llx", (unsigned long long)v);
}

/* The shortest of %.15g, %.16g, %.17g that reads back as v. */
static void train_shortest(char *buf, size_t n, double v)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

/* key: v, or null where v is not finite. */
static void train_json_num(cJSON *j, const char *key, double v)
{
    if (isfinite(v))
        cJSON_AddNumberToObject(j, key, v);
    else
        cJSON_AddNullToObject(j, key);
}

/* The state file of a checkpoint: what --resume checks and restores. */
static cJSON *train_state_json(const train_state *t, long step, double wall)
{
    const train_opts *o = &t->o;
    char hs[17], ht[17];
    train_hex64(hs, t->spec_hash);
    train_hex64(ht, t->train_hash);
    char *spec = train_clean_text(o->spec), *train = train_clean_text(o->train);
    cJSON *j = cJSON_CreateObject(), *op = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "format", "se3tc training checkpoint");
    cJSON_AddNumberToObject(j, "version", 1);
    cJSON_AddNumberToObject(j, "step", (double)step);
    cJSON_AddNumberToObject(j, "wall_s", wall);
    cJSON_AddStringToObject(j, "model", se3rt_model_name(t->m));
    cJSON_AddNumberToObject(j, "nparams", (double)se3rt_model_nparams(t->m));
    cJSON_AddStringToObject(j, "spec", spec ? spec : "?");
    cJSON_AddStringToObject(j, "spec_fnv1a64", hs);
    cJSON_AddStringToObject(j, "train", train ? train : "?");
    cJSON_AddStringToObject(j, "train_fnv1a64", ht);
    cJSON_AddNumberToObject(op, "steps", (double)o->steps);
    cJSON_AddNumberToObject(op, "batch", (double)o->batch);
    cJSON_AddNumberToObject(op, "seed", (double)o->seed);
    cJSON_AddNumberToObject(op, "lr", o->lr);
    cJSON_AddNumberToObject(op, "lr_end", o->lr_end);
    cJSON_AddNumberToObject(op, "clip", o->clip);
    cJSON_AddStringToObject(op, "loss", train_loss_names[o->loss]);
    cJSON_AddStringToObject(op, "targets", o->targets ? o->targets : "");
    cJSON_AddBoolToObject(op, "normalize", o->normalize);
    cJSON_AddNumberToObject(op, "energy_weight", o->energy_weight);
    cJSON_AddNumberToObject(op, "force_weight", o->force_weight);
    cJSON_AddNumberToObject(op, "stress_weight", o->stress_weight);
    cJSON_AddBoolToObject(op, "energy_per_atom", o->energy_per_atom);
    cJSON_AddStringToObject(op, "precision", o->precision);
    cJSON_AddNumberToObject(op, "threads", (double)o->threads);
    cJSON_AddNumberToObject(op, "eval_every", (double)o->eval_every);
    char *valid = train_clean_text(o->valid ? o->valid : "");
    cJSON_AddStringToObject(op, "valid", valid ? valid : "?");
    free(valid);
    cJSON_AddNumberToObject(op, "valid_fraction", o->valid_fraction);
    cJSON_AddNumberToObject(op, "patience", (double)o->patience);
    cJSON_AddNumberToObject(op, "min_delta", o->min_delta);
    cJSON_AddNumberToObject(op, "ema", o->ema);
    cJSON_AddNumberToObject(op, "warmup", (double)o->warmup);
    cJSON_AddStringToObject(op, "lr_schedule", o->lr_schedule);
    cJSON_AddNumberToObject(op, "plateau_factor", o->plateau_factor);
    cJSON_AddNumberToObject(op, "plateau_patience", (double)o->plateau_patience);
    cJSON_AddItemToObject(j, "options", op);
    cJSON *tk = cJSON_CreateObject();
    train_json_num(tk, "best_valid_loss", t->track.best_loss);
    cJSON_AddNumberToObject(tk, "best_step", (double)t->track.best_step);
    cJSON_AddNumberToObject(tk, "bad_evals", (double)t->track.bad_evals);
    cJSON_AddNumberToObject(tk, "plateau_bad_evals", (double)t->track.plateau_bad);
    cJSON_AddNumberToObject(tk, "lr_scale", t->track.lr_scale);
    cJSON_AddBoolToObject(tk, "stopped_early", t->track.stopped);
    cJSON_AddItemToObject(j, "validation", tk);
    free(spec);
    free(train);
    return j;
}

/* Write a cJSON tree to path atomically (formatted, newline at the end). */
static int train_write_json(se3rt_ctx *ctx, const char *path, const cJSON *j)
{
    char *text = cJSON_Print(j);
    se3rt_afile *af;
    FILE *f;
    if (!text || se3rt_afile_open(ctx, path, &af, &f) != SE3RT_OK) {
        free(text);
        return -1;
    }
    fputs(text, f);
    fputc('\n', f);
    free(text);
    return se3rt_afile_commit(ctx, af) == SE3RT_OK ? 0 : -1;
}

/* --ema: put the average into the model (on 1), or the training weights back (on 0); a no-op
 * without --ema. The training weights come back bit for bit. */
static void train_use_ema(train_state *t, int on)
{
    se3rt_trainer_use_eval_weights(t->trn, on);
}

/* CKPT/best/ (weights.safetensors and best.json with the step and the validation loss) from
 * the weights in the model, as one unit: written in full under best.tmp.PID, then the old
 * folder is renamed to best.old.PID, the new one to best, and the old one removed (a run
 * killed between the two renames leaves best.old.PID, which the next start renames back). */
static int train_save_best(train_state *t, long step, double loss)
{
    char tmp[64], old[64], dir[4200], path[4300], sbuf[32], lbuf[40];
    snprintf(tmp, sizeof tmp, "best.tmp.%ld", (long)getpid());
    snprintf(old, sizeof old, "best.old.%ld", (long)getpid());
    snprintf(dir, sizeof dir, "%s/%s", t->o.out, tmp);
    snprintf(sbuf, sizeof sbuf, "%ld", step);
    train_shortest(lbuf, sizeof lbuf, loss);
    sigset_t mask;
    train_hold_signals(1, &mask);
    ckpt_remove(t->dirfd, tmp);
    int rc = mkdirat(t->dirfd, tmp, 0777) == 0 ? 0 : -1;
    snprintf(path, sizeof path, "%s/weights.safetensors", dir);
    if (rc == 0 && se3rt_model_save_weights_meta(t->m, path, SE3RT_DTYPE_F64, "step", sbuf) != SE3RT_OK)
        rc = -1;
    cJSON *j = cJSON_CreateObject();
    cJSON_AddNumberToObject(j, "step", (double)step);
    cJSON_AddNumberToObject(j, "valid_loss", loss);
    cJSON_AddStringToObject(j, "loss", train_loss_names[t->o.loss]);
    cJSON_AddBoolToObject(j, "ema", t->o.ema > 0);
    snprintf(path, sizeof path, "%s/best.json", dir);
    if (rc == 0)
        rc = train_write_json(t->ctx, path, j);
    cJSON_Delete(j);
    if (rc == 0 && ckpt_sync_dir(t->dirfd, tmp) != 0)
        rc = -1;
    if (rc == 0) {
        ckpt_remove(t->dirfd, old);
        int had = renameat(t->dirfd, "best", t->dirfd, old) == 0;
        if (!had && errno != ENOENT)
            rc = -1;
        if (rc == 0 && renameat(t->dirfd, tmp, t->dirfd, "best") != 0) {
            rc = -1;
            if (had)
                renameat(t->dirfd, old, t->dirfd, "best");
        }
        if (rc == 0 && had)
            ckpt_remove(t->dirfd, old);
        if (rc == 0)
            fsync(t->dirfd);
    }
    if (rc != 0) {
        fprintf(stderr, "se3tc train: cannot write the best weights to '%s/best': %s\n", t->o.out,
                errno ? strerror(errno) : se3rt_errmsg(t->ctx));
        ckpt_remove(t->dirfd, tmp);
    }
    train_hold_signals(0, &mask);
    return rc;
}

static int train_checkpoint_body(train_state *t, long step, double wall, const char *tmpname, const char *name)
{
    char dir[4200], path[4300];
    snprintf(dir, sizeof dir, "%s/%s", t->o.out, tmpname);
    ckpt_remove(t->dirfd, tmpname);
    if (mkdirat(t->dirfd, tmpname, 0777) != 0) {
        fprintf(stderr, "se3tc train: checkpoint: cannot make '%s': %s\n", dir, strerror(errno));
        return -1;
    }
    char wbuf[64];
    snprintf(wbuf, sizeof wbuf, "%.3f", wall);
    const char *meta[] = { "wall_s", wbuf, NULL };
    /* the trainer's resume state: weights.safetensors (the average with --ema: what users run),
     * train_weights.safetensors (--ema: the optimiser's weights) and optimizer.safetensors */
    int rc = se3rt_trainer_steps_done(t->trn) == step && se3rt_trainer_state_save(t->trn, dir, meta) == SE3RT_OK ? 0 : -1;
    snprintf(path, sizeof path, "%s/loss.csv", dir);
    if (rc == 0)
        rc = train_write_csv(t, path);
    snprintf(path, sizeof path, "%s/state.json", dir);
    cJSON *j = rc == 0 ? train_state_json(t, step, wall) : NULL;
    if (rc == 0)
        rc = j ? train_write_json(t->ctx, path, j) : -1;
    cJSON_Delete(j);
    if (rc != 0) {
        fprintf(stderr, "se3tc train: checkpoint: %s\n", se3rt_errmsg(t->ctx));
        return -1;
    }
    /* the commit: the folder's entries are durable, then one rename makes it the checkpoint */
    if (ckpt_sync_dir(t->dirfd, tmpname) != 0 || renameat(t->dirfd, tmpname, t->dirfd, name) != 0 ||
        fsync(t->dirfd) != 0) {
        fprintf(stderr, "se3tc train: checkpoint: cannot commit '%s/%s': %s\n", t->o.out, name, strerror(errno));
        return -1;
    }
    return 0;
}

/* Checkpoint of `step` (see above), then the older checkpoint goes and the files users read
 * follow. SIGINT and SIGTERM wait until it is done. */
static int train_checkpoint(train_state *t, long step, double wall)
{
    char tmpname[96], name[64], old[64];
    snprintf(name, sizeof name, CKPT_PREFIX "%06ld", step);
    snprintf(tmpname, sizeof tmpname, "%s.tmp.%ld", name, (long)getpid());
    snprintf(old, sizeof old, CKPT_PREFIX "%06ld", t->ckpt_step);
    sigset_t mask;
    train_hold_signals(1, &mask);
    int rc = 0;
    if (step != t->ckpt_step) { /* the same step twice (resuming a finished run): it is there */
        rc = train_checkpoint_body(t, step, wall, tmpname, name);
        if (rc != 0)
            ckpt_remove(t->dirfd, tmpname);
    }
    if (rc == 0) {
        if (t->ckpt_step >= 0 && t->ckpt_step != step)
            ckpt_remove(t->dirfd, old);
        if (t->legacy) /* an older se3tc's optimizer file: the new layout replaces it */
            unlinkat(t->dirfd, "optimizer.safetensors", 0);
        t->ckpt_step = step;
        t->legacy = 0;
        char svg[4200];
        snprintf(svg, sizeof svg, "%s/loss.svg", t->o.out);
        if (ckpt_publish(t, name, "weights.safetensors") != 0 || ckpt_publish(t, name, "loss.csv") != 0 ||
            train_write_svg(t, svg) != 0) {
            fprintf(stderr, "se3tc train: checkpoint of step %ld is in '%s/%s', but the files beside it: %s\n", step,
                    t->o.out, name, errno ? strerror(errno) : se3rt_errmsg(t->ctx));
            rc = -1;
        }
    }
    train_hold_signals(0, &mask);
    return rc;
}

/* ---- resume ----------------------------------------------------------------------------------- */

static uint64_t train_hash_mem(const char *s, size_t n)
{
    uint64_t v = 0xcbf29ce484222325ULL;
    for (size_t k = 0; k < n; k++)
        v = (v ^ (unsigned char)s[k]) * 0x100000001b3ULL;
    return v;
}

/* The step recorded in a safetensors file's metadata, or -1. */
static long train_meta_long(se3rt_ctx *ctx, const char *path, const char *key)
{
    se3rt_st *st = NULL;
    if (se3rt_st_read(ctx, path, &st) != SE3RT_OK)
        return -1;
    long v = -1;
    for (size_t i = 0; i < st->nmeta; i++)
        if (strcmp(st->meta[i].key, key) == 0)
            v = cmd_digits(st->meta[i].value, strlen(st->meta[i].value));
    se3rt_st_free(st);
    return v;
}


/* The checkpoint's state.json against the options: refuse a given option with another value,
 * take the recorded value of one not given. Sets t->wall0. */
static int train_check_state(train_state *t, const char *dir)
{
    train_opts *o = &t->o;
    char path[4300];
    snprintf(path, sizeof path, "%s/state.json", dir);
    char *text = NULL;
    size_t len = 0;
    if (se3rt_io_read_path(t->ctx, path, &text, &len) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: --resume: %s\n", se3rt_errmsg(t->ctx));
        return -1;
    }
    cJSON *j = cJSON_ParseWithLength(text, len);
    se3rt_io_buf_free(t->ctx, text);
    const cJSON *op = cJSON_GetObjectItemCaseSensitive(j, "options");
    const cJSON *step = cJSON_GetObjectItemCaseSensitive(j, "step");
    if (!cJSON_IsObject(op) || !cJSON_IsNumber(step) || step->valuedouble != (double)t->ckpt_step) {
        fprintf(stderr, "se3tc train: --resume: %s is not the state of checkpoint step %ld\n", path, t->ckpt_step);
        cJSON_Delete(j);
        return -1;
    }
    const cJSON *wall = cJSON_GetObjectItemCaseSensitive(j, "wall_s");
    t->wall0 = cJSON_IsNumber(wall) ? wall->valuedouble : 0;
    /* the spec's text and the training file's bytes (unless either run read it from a pipe) */
    struct {
        const char *key, *what, *path;
        uint64_t h;
    } files[2] = { { "spec_fnv1a64", "spec", o->spec, t->spec_hash }, { "train_fnv1a64", "--train", o->train, t->train_hash } };
    for (int i = 0; i < 2; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, files[i].key);
        char h[17];
        train_hex64(h, files[i].h);
        if (!cJSON_IsString(v) || (strcmp(v->valuestring, h) != 0 && files[i].h != 0 &&
                                    strcmp(v->valuestring, "0000000000000000") != 0)) {
            fprintf(stderr, "se3tc train: --resume: %s '%s' is not the %s the checkpoint in '%s' was trained with "
                            "(its content differs; start a new run with --overwrite)\n", files[i].what, files[i].path,
                    i ? "data" : "spec", o->out);
            cJSON_Delete(j);
            return -1;
        }
    }
    /* numbers, then words */
    /* opt: an option newer than the checkpoint format's first version; a checkpoint without it
     * was made with its default (the value the run has when it is not given) */
    struct {
        const char *name;
        unsigned bit;
        long *l;
        double *d;
        int *b;
        int opt;    /* newer than the first format: missing means its default, `def` */
        double def;
    } num[] = { { "steps", GIVEN_STEPS, &o->steps, NULL, NULL, 0, 0 },   { "batch", GIVEN_BATCH, &o->batch, NULL, NULL, 0, 0 },
                { "seed", GIVEN_SEED, &o->seed, NULL, NULL, 0, 0 },      { "lr", GIVEN_LR, NULL, &o->lr, NULL, 0, 0 },
                { "lr_end", GIVEN_LR_END, NULL, &o->lr_end, NULL, 0, 0 }, { "clip", GIVEN_CLIP, NULL, &o->clip, NULL, 0, 0 },
                { "normalize", GIVEN_NORMALIZE, NULL, NULL, &o->normalize, 0, 0 },
                { "threads", GIVEN_THREADS, &o->threads, NULL, NULL, 0, 0 },
                { "eval_every", GIVEN_EVAL_EVERY, &o->eval_every, NULL, NULL, 1, NAN },
                { "valid_fraction", GIVEN_VALID_FRACTION, NULL, &o->valid_fraction, NULL, 1, 0 },
                { "patience", GIVEN_PATIENCE, &o->patience, NULL, NULL, 1, 0 },
                { "min_delta", GIVEN_MIN_DELTA, NULL, &o->min_delta, NULL, 1, 0 },
                { "ema", GIVEN_EMA, NULL, &o->ema, NULL, 1, 0 },
                { "warmup", GIVEN_WARMUP, &o->warmup, NULL, NULL, 1, 0 },
                { "plateau_factor", GIVEN_PLATEAU_FACTOR, NULL, &o->plateau_factor, NULL, 1, 0.5 },
                { "plateau_patience", GIVEN_PLATEAU_PATIENCE, &o->plateau_patience, NULL, NULL, 1, 5 },
                { "energy_weight", GIVEN_ENERGY_WEIGHT, NULL, &o->energy_weight, NULL, 1, 1 },
                { "force_weight", GIVEN_FORCE_WEIGHT, NULL, &o->force_weight, NULL, 1, 1 },
                { "stress_weight", GIVEN_STRESS_WEIGHT, NULL, &o->stress_weight, NULL, 1, 1 },
                { "energy_per_atom", GIVEN_ENERGY_PER_ATOM, NULL, NULL, &o->energy_per_atom, 1, 0 } };
    int rc = 0;
    /* --eval-every changes the result only where the validation loss decides something */
    const cJSON *vf = cJSON_GetObjectItemCaseSensitive(op, "valid_fraction"), *vn = cJSON_GetObjectItemCaseSensitive(op, "valid");
    const int validated = (cJSON_IsNumber(vf) && vf->valuedouble > 0) || (cJSON_IsString(vn) && *vn->valuestring);
    for (size_t i = 0; i < sizeof num / sizeof *num && rc == 0; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(op, num[i].name);
        if (!v && num[i].opt && isnan(num[i].def))
            continue;
        double want = num[i].l ? (double)*num[i].l : num[i].d ? *num[i].d : (double)*num[i].b;
        double rec = num[i].b ? (cJSON_IsBool(v) ? (double)cJSON_IsTrue(v) : NAN) : cJSON_IsNumber(v) ? v->valuedouble : NAN;
        if (!v && num[i].opt)
            rec = num[i].def;
        char opt[32];
        snprintf(opt, sizeof opt, "--%s", num[i].name);
        for (char *p = opt; *p; p++)
            *p = *p == '_' ? '-' : *p;
        if (isnan(rec) || (num[i].l && (rec != floor(rec) || fabs(rec) > 1e15))) {
            fprintf(stderr, "se3tc train: --resume: %s: option '%s' is missing or not valid\n", path, num[i].name);
            rc = -1;
        } else if (!(o->given & num[i].bit)) {
            if (num[i].l)
                *num[i].l = (long)rec;
            else if (num[i].d)
                *num[i].d = rec;
            else
                *num[i].b = rec != 0;
        } else if (rec != want && num[i].bit != GIVEN_THREADS && (num[i].bit != GIVEN_EVAL_EVERY || validated)) {
            if (num[i].b)
                fprintf(stderr, "se3tc train: --resume: %s was not given to the run in '%s' (the options that change "
                                "the result cannot change on --resume)\n", opt, o->out);
            else {
                char a[40], b[40];
                train_shortest(a, sizeof a, want);
                train_shortest(b, sizeof b, rec);
                fprintf(stderr, "se3tc train: --resume: %s %s differs from the checkpoint's %s %s in '%s' (the "
                                "options that change the result cannot change on --resume)\n", opt, a, opt, b, o->out);
            }
            rc = -1;
        }
    }
    struct {
        const char *name, *opt;
        unsigned bit;
        const char **s;
        const char *def; /* newer than the first format: missing means this */
    } words[] = { { "loss", "--loss", GIVEN_LOSS, NULL, NULL }, { "targets", "--targets", GIVEN_TARGETS, &o->targets, NULL },
                  { "precision", "--precision", GIVEN_PRECISION, &o->precision, NULL },
                  { "valid", "--valid", GIVEN_VALID, &o->valid, "" },
                  { "lr_schedule", "--lr-schedule", GIVEN_LR_SCHEDULE, &o->lr_schedule, "cosine" } };
    const char *loss = train_loss_names[o->loss];
    words[0].s = &loss;
    for (size_t i = 0; i < sizeof words / sizeof *words && rc == 0; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(op, words[i].name);
        const char *want = *words[i].s ? *words[i].s : "";
        if (!v && words[i].def) {
            if (strcmp(want, words[i].def) != 0) {
                fprintf(stderr, "se3tc train: --resume: %s was not given to the run in '%s' (the options that change "
                                "the result cannot change on --resume)\n", words[i].opt, o->out);
                rc = -1;
            }
            continue;
        }
        if (!cJSON_IsString(v)) {
            fprintf(stderr, "se3tc train: --resume: %s: option '%s' is missing or not valid\n", path, words[i].name);
            rc = -1;
        } else if (!(o->given & words[i].bit)) {
            /* the value lives in the cJSON tree: the run keeps a copy */
            free(t->kept[i]);
            if (!(t->kept[i] = strdup(v->valuestring))) {
                rc = -1;
                break;
            }
            if (words[i].bit == GIVEN_LOSS)
                o->loss = strcmp(t->kept[i], "l1") == 0 ? SE3RT_LOSS_L1 : strcmp(t->kept[i], "ce") == 0 ? SE3RT_LOSS_CE
                                                                                                       : SE3RT_LOSS_MSE;
            else
                *words[i].s = *t->kept[i] || (words[i].bit != GIVEN_TARGETS && words[i].bit != GIVEN_VALID) ? t->kept[i]
                                                                                                            : NULL;
        } else if (strcmp(v->valuestring, want) != 0) {
            char *a = train_clean_text(want), *b = train_clean_text(v->valuestring);
            fprintf(stderr, "se3tc train: --resume: %s '%s' differs from the checkpoint's %s '%s' in '%s' (the options "
                            "that change the result cannot change on --resume)\n", words[i].opt, a ? a : "?",
                    words[i].opt, *(b ? b : "?") ? b : "(all)", o->out);
            free(a);
            free(b);
            rc = -1;
        }
    }
    /* what the validation set decided so far */
    const cJSON *tk = cJSON_GetObjectItemCaseSensitive(j, "validation");
    if (rc == 0 && cJSON_IsObject(tk)) {
        const cJSON *bl = cJSON_GetObjectItemCaseSensitive(tk, "best_valid_loss"),
                    *bs = cJSON_GetObjectItemCaseSensitive(tk, "best_step"),
                    *be = cJSON_GetObjectItemCaseSensitive(tk, "bad_evals"),
                    *pb = cJSON_GetObjectItemCaseSensitive(tk, "plateau_bad_evals"),
                    *ls = cJSON_GetObjectItemCaseSensitive(tk, "lr_scale"),
                    *se = cJSON_GetObjectItemCaseSensitive(tk, "stopped_early");
        if (!cJSON_IsNumber(bs) || !cJSON_IsNumber(be) || !cJSON_IsNumber(pb) || !cJSON_IsNumber(ls) ||
            !(ls->valuedouble > 0) || !cJSON_IsBool(se) || !(cJSON_IsNumber(bl) || cJSON_IsNull(bl))) {
            fprintf(stderr, "se3tc train: --resume: %s: the validation state is missing or not valid\n", path);
            rc = -1;
        } else {
            t->track = (train_track){ .best_loss = cJSON_IsNumber(bl) ? bl->valuedouble : INFINITY,
                                      .lr_scale = ls->valuedouble, .best_step = (long)bs->valuedouble,
                                      .bad_evals = (long)be->valuedouble, .plateau_bad = (long)pb->valuedouble,
                                      .stopped = cJSON_IsTrue(se) };
        }
    }
    if (rc == 0 && (o->given & GIVEN_THREADS)) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(op, "threads");
        if (v->valuedouble != (double)o->threads && !o->quiet)
            fprintf(stderr, "se3tc train: note: --threads %ld where the checkpoint used %.0f: the same run, summed in "
                            "another order (not bit-identical to a straight run)\n", o->threads, v->valuedouble);
    }
    cJSON_Delete(j);
    return rc;
}

/* Load the checkpoint in `dir`: weights and optimiser state, which must name the same step
 * (and the optimiser must have made that many updates). Returns the step or -1. */
static long train_load(train_state *t, const char *dir)
{
    char wpath[4300], opath[4300];
    snprintf(wpath, sizeof wpath, "%s/weights.safetensors", dir);
    snprintf(opath, sizeof opath, "%s/optimizer.safetensors", dir);
    long sw = train_meta_long(t->ctx, wpath, "step"), so = train_meta_long(t->ctx, opath, "step");
    if (so < 0 || sw < 0) {
        fprintf(stderr, "se3tc train: --resume: no complete checkpoint in '%s' (%s)\n", dir, se3rt_errmsg(t->ctx));
        return -1;
    }
    if (sw != so || (!t->legacy && sw != t->ckpt_step)) {
        fprintf(stderr, "se3tc train: --resume: %s is from step %ld but %s from step %ld\n", wpath, sw, opath,
                sw != so ? so : t->ckpt_step);
        return -1;
    }
    /* weights, optimiser and (--ema) the optimiser's weights beside the average; state.json's
     * validation track, where there is one, is the one the run continues with */
    if (se3rt_trainer_state_load(t->trn, dir) != SE3RT_OK ||
        (!t->legacy && se3rt_trainer_set_track(t->trn, &t->track) != SE3RT_OK)) {
        fprintf(stderr, "se3tc train: --resume: %s\n", se3rt_errmsg(t->ctx));
        return -1;
    }
    se3rt_trainer_get_track(t->trn, &t->track);
    return so;
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

/* Delta_EQ (docs/math.md) over up to `nf` test frames, one random rotation and translation each
 * (of the positions, and of a periodic frame's lattice vectors). */
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
        /* a periodic frame's lattice vectors turn with it (the translation leaves them alone) */
        double cell[9];
        for (int v = 0; b.cell && v < 3; v++)
            for (int d = 0; d < 3; d++)
                cell[3 * v + d] = R[d * 3] * b.cell[3 * v] + R[d * 3 + 1] * b.cell[3 * v + 1] +
                                  R[d * 3 + 2] * b.cell[3 * v + 2];
        rb = b;
        rb.pos = pos;
        rb.node_in = x;
        if (b.cell)
            rb.cell = cell;
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


/* Replace a trajectory file's frames by its windows (nbody_windows.h); 0, or -1 with a message. */
static int train_nbody_windows(se3rt_ctx *ctx, se3rt_xyz **x, nbody_window_kind kind, int quiet)
{
    if (!nbody_is_trajectory(*x))
        return 0;
    se3rt_xyz *w;
    char err[512];
    if (nbody_windows(ctx, *x, kind, &w, err, sizeof err) != 0) {
        fprintf(stderr, "se3tc train: %s\n", err);
        return -1;
    }
    if (!quiet)
        fprintf(stderr, "se3tc train: %s: trajectories, %zu %s windows\n", (*x)->file, w->nframes,
                kind == NBODY_WINDOWS_ALL ? "training (every start frame)" : "test (fixed start frames)");
    se3rt_xyz_free(*x);
    *x = w;
    return 0;
}

/* Mean and sample standard deviation of n values; the standard deviation is 0 for n < 2. */
static void train_mean_sd(const double *e, int64_t n, double *mean, double *sd)
{
    double m = 0, q = 0;
    for (int64_t k = 0; k < n; k++)
        m += e[k];
    m = n ? m / (double)n : NAN;
    for (int64_t k = 0; k < n; k++)
        q += (e[k] - m) * (e[k] - m);
    *mean = m;
    *sd = n > 1 ? sqrt(q / (double)(n - 1)) : 0;
}

/* The N-body metrics (docs/nbody.md, "Metrics") of the test predictions `pred` (rows x out_dim,
 * as se3rt_data_eval writes them): for dx and dv, the MSE per coordinate (the mean over
 * particles and x, y, z, as the official code's pos_mse) and summed over x, y, z (3 times it),
 * each with the standard deviation over test examples (frames) of the per-example value; the
 * same for the linear baseline (dx = v delta_t, dv = 0) when the frames carry vel. NULL when
 * out of memory or when the test file's frames do not match the data. */
static cJSON *train_nbody_metrics(const se3rt_data *d, const double *pred, int out_dim, const se3rt_xyz *xyz)
{
    const int64_t nf = se3rt_data_nframes(d);
    if (nf < 1 || !xyz || (int64_t)xyz->nframes != nf)
        return NULL;
    double *e = malloc(sizeof *e * (size_t)nf * 2);
    cJSON *j = e ? cJSON_CreateObject() : NULL;
    if (!j) {
        free(e);
        return NULL;
    }
    const char *names[2] = { "dx", "dv" }, *keys[2] = { "x", "v" };
    for (int w = 0; w < 2; w++) {
        int k = train_target_index(d, names[w]), col, nc;
        if (k < 0)
            continue;
        se3rt_data_target_cols(d, k, &col, &nc);
        if (nc != 3)
            continue;
        int have_lin = 1;
        int64_t row0 = 0;
        for (int64_t f = 0; f < nf; f++) {
            int32_t gp[2];
            se3rt_batch b;
            se3rt_data_frame(d, f, gp, &b);
            const int64_t n = gp[1];
            const double *tg = se3rt_data_frame_targets(d, f), *p = pred + row0 * out_dim;
            const se3rt_frame *fr = &xyz->frames[f];
            const se3rt_xyz_prop *v = se3rt_frame_prop(fr, "vel");
            const char *dts = se3rt_frame_info(fr, "delta_t");
            const double tau = dts ? strtod(dts, NULL) : 0.5;
            have_lin &= v && v->values && v->ncols == 3 && (int64_t)fr->natoms == n;
            double s = 0, sl = 0;
            for (int64_t r = 0; r < n; r++)
                for (int c = 0; c < 3; c++) {
                    double y = tg[r * out_dim + col + c], q = p[r * out_dim + col + c];
                    double lin = w == 0 && have_lin ? v->values[3 * r + c] * tau : 0;
                    s += (q - y) * (q - y);
                    sl += (lin - y) * (lin - y);
                }
            e[f] = n ? s / (double)(3 * n) : 0;
            e[nf + f] = n ? sl / (double)(3 * n) : 0;
            row0 += n;
        }
        char key[64];
        for (int lin = 0; lin < 2; lin++) {
            if (lin && !have_lin)
                break;
            double m, sd;
            train_mean_sd(e + (lin ? nf : 0), nf, &m, &sd);
            const char *pre = lin ? "linear_" : "";
            snprintf(key, sizeof key, "%smse_%s_std", pre, keys[w]);
            cJSON_AddNumberToObject(j, key, sd);
            snprintf(key, sizeof key, "%smse_%s_sum", pre, keys[w]);
            cJSON_AddNumberToObject(j, key, 3 * m);
            snprintf(key, sizeof key, "%smse_%s_sum_std", pre, keys[w]);
            cJSON_AddNumberToObject(j, key, 3 * sd);
        }
    }
    free(e);
    return j;
}

/* Metrics on the test set, written to the metrics file as one JSON object. */
static int train_metrics(train_state *t, long steps_done, double wall, double train_loss, const se3rt_xyz *test_xyz)
{
    const se3rt_data *d = t->te;
    const int nt = se3rt_data_ntargets(d), out_dim = se3rt_model_out_dim(t->m);
    const int64_t rows = se3rt_data_rows(d);
    const int ce = t->o.loss == SE3RT_LOSS_CE;
    double *mse = calloc((size_t)nt + 1, sizeof *mse), *zero = calloc((size_t)nt + 1, sizeof *zero);
    double *acc = calloc((size_t)nt + 1, sizeof *acc), *vacc = calloc((size_t)nt + 1, sizeof *vacc);
    const int nbody = train_target_index(d, "dx") >= 0 || train_target_index(d, "dv") >= 0;
    double *pred = ce || nbody ? calloc((size_t)(rows * out_dim) + 1, sizeof *pred) : NULL;
    cJSON *nbj = NULL; /* the N-body metrics (train_nbody_metrics), added to the JSON below */
    double test_loss = 0, eq = -1, valid_loss = NAN;
    int erc = !mse || !zero || !acc || !vacc || (ce && !pred) ||
              se3rt_data_eval(t->m, d, (se3rt_loss_kind)t->o.loss, 64, pred, &test_loss, mse) != SE3RT_OK;
    if (!erc && ce)
        se3rt_data_accuracy(d, pred, acc);
    if (!erc && nbody && !ce)
        nbj = train_nbody_metrics(d, pred, out_dim, test_xyz);
    if (!erc && t->va) {
        free(pred);
        pred = ce ? calloc((size_t)(se3rt_data_rows(t->va) * out_dim) + 1, sizeof *pred) : NULL;
        erc = (ce && !pred) || se3rt_data_eval(t->m, t->va, (se3rt_loss_kind)t->o.loss, 64, pred, &valid_loss, NULL);
        if (!erc && ce)
            se3rt_data_accuracy(t->va, pred, vacc);
    }
    free(pred);
    if (erc) {
        fprintf(stderr, "se3tc train: evaluation: %s\n", se3rt_errmsg(t->ctx));
        cJSON_Delete(nbj);
        free(mse);
        free(zero);
        free(acc);
        free(vacc);
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
        cJSON_Delete(nbj);
        free(mse);
        free(zero);
        free(acc);
        free(vacc);
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
    char *spec = train_clean_text(t->o.spec);
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "spec", spec ? spec : "?");
    free(spec);
    cJSON_AddNumberToObject(j, "steps", (double)steps_done);
    cJSON_AddNumberToObject(j, "batch", (double)t->o.batch);
    cJSON_AddNumberToObject(j, "lr", t->o.lr);
    cJSON_AddNumberToObject(j, "lr_end", t->o.lr_end);
    cJSON_AddStringToObject(j, "loss", train_loss_names[t->o.loss]);
    cJSON_AddNumberToObject(j, "threads", (double)t->o.threads);
    cJSON_AddNumberToObject(j, "wall_s", round(wall * 1000) / 1000);
    train_json_num(j, "train_loss", train_loss);
    train_json_num(j, "test_loss", test_loss);
    cJSON_AddNumberToObject(j, "test_frames", (double)se3rt_data_nframes(d));
    /* which weights these are: the average (--ema), the best by validation loss */
    cJSON_AddStringToObject(j, "weights", t->va && t->track.best_step > 0 ? "best" : t->o.ema > 0 ? "ema" : "last");
    if (t->o.ema > 0)
        cJSON_AddNumberToObject(j, "ema", t->o.ema);
    if (t->va) {
        train_json_num(j, "valid_loss", valid_loss);
        cJSON_AddNumberToObject(j, "valid_frames", (double)se3rt_data_nframes(t->va));
        cJSON_AddNumberToObject(j, "train_frames", (double)se3rt_data_nframes(t->tr));
        cJSON_AddNumberToObject(j, "best_step", (double)t->track.best_step);
        train_json_num(j, "best_valid_loss", t->track.best_loss);
        cJSON_AddBoolToObject(j, "stopped_early", t->track.stopped);
    }
    char key[600];
    double acc_sum = 0, vacc_sum = 0;
    for (int k = 0; k < nt; k++) {
        snprintf(key, sizeof key, "%s_%s", ce ? "ce" : "mse", se3rt_data_target_name(d, k));
        train_json_num(j, key, mse[k]);
        if (ce) {
            snprintf(key, sizeof key, "accuracy_%s", se3rt_data_target_name(d, k));
            train_json_num(j, key, acc[k]);
            acc_sum += acc[k];
            vacc_sum += vacc[k];
            continue;
        }
        snprintf(key, sizeof key, "zero_mse_%s", se3rt_data_target_name(d, k));
        train_json_num(j, key, zero[k]);
    }
    if (ce) {
        train_json_num(j, "accuracy", acc_sum / nt);
        if (t->va)
            train_json_num(j, "valid_accuracy", vacc_sum / nt);
    }
    if (kx >= 0) {
        train_json_num(j, "mse_x", mse[kx]);
        train_json_num(j, "zero_mse_x", zero[kx]);
    }
    if (kv >= 0) {
        train_json_num(j, "mse_v", mse[kv]);
        train_json_num(j, "zero_mse_v", zero[kv]);
    }
    if (lin_x >= 0) {
        train_json_num(j, "linear_mse_x", lin_x);
        if (kv >= 0)
            train_json_num(j, "linear_mse_v", zero[kv]);
    }
    if (eq >= 0)
        train_json_num(j, "equivariance_error", eq);
    /* an energy model: energy errors (per frame and per atom) and force errors (F = -dE/dx) */
    se3rt_ef_metrics ef = { .e_rmse = NAN, .f_rmse = NAN, .s_rmse = NAN };
    if (se3rt_model_has_energy(t->m) && !ce) {
        if (se3rt_data_eval_ef(t->m, d, 64, NULL, NULL, &ef) != SE3RT_OK) {
            fprintf(stderr, "se3tc train: evaluation: %s\n", se3rt_errmsg(t->ctx));
            cJSON_Delete(j);
            free(mse), free(zero), free(acc), free(vacc);
            return -1;
        }
        if (!isnan(ef.e_rmse)) {
            train_json_num(j, "energy_mae", ef.e_mae);
            train_json_num(j, "energy_rmse", ef.e_rmse);
            train_json_num(j, "energy_mae_per_atom", ef.e_mae_atom);
            train_json_num(j, "energy_rmse_per_atom", ef.e_rmse_atom);
        }
        if (!isnan(ef.f_rmse)) {
            train_json_num(j, "forces_mae", ef.f_mae);
            train_json_num(j, "forces_rmse", ef.f_rmse);
        }
        if (!isnan(ef.s_rmse)) {
            train_json_num(j, "stress_mae", ef.s_mae);
            train_json_num(j, "stress_rmse", ef.s_rmse);
        }
    }
    for (cJSON *it = nbj ? nbj->child : NULL; it; it = it->next)
        train_json_num(j, it->string, it->valuedouble);
    cJSON_AddStringToObject(j, "precision", se3rt_model_is_f32(t->m) ? "f32" : "f64");
    sigset_t mask;
    train_hold_signals(1, &mask);
    int rc = train_write_json(t->ctx, t->o.metrics, j);
    train_hold_signals(0, &mask);
    cJSON_Delete(j);
    if (rc != 0)
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(t->ctx));
    if (rc == 0 && !t->o.quiet) {
        fprintf(stderr, "se3tc train: test loss %.6g", test_loss);
        if (ce)
            fprintf(stderr, ", accuracy %.4g", acc_sum / nt);
        if (t->va)
            fprintf(stderr, " (weights of step %ld, validation loss %.6g)", t->track.best_step, valid_loss);
        if (kx >= 0)
            fprintf(stderr, ", mse_x %.6g", mse[kx]);
        if (kv >= 0)
            fprintf(stderr, ", mse_v %.6g", mse[kv]);
        if (lin_x >= 0)
            fprintf(stderr, " (linear baseline mse_x %.6g)", lin_x);
        if (eq >= 0)
            fprintf(stderr, ", equivariance error %.2g", eq);
        if (!isnan(ef.e_rmse))
            fprintf(stderr, ", energy RMSE %.6g (per atom %.6g)", ef.e_rmse, ef.e_rmse_atom);
        if (!isnan(ef.f_rmse))
            fprintf(stderr, ", force RMSE %.6g", ef.f_rmse);
        const cJSON *sx = cJSON_GetObjectItemCaseSensitive(nbj, "mse_x_sum"),
                    *sl = cJSON_GetObjectItemCaseSensitive(nbj, "linear_mse_x_sum");
        if (sx && sl)
            fprintf(stderr, ", mse_x summed over x, y, z %.6g (linear %.6g)", sx->valuedouble, sl->valuedouble);
        fprintf(stderr, "; metrics in %s\n", t->o.metrics);
    }
    cJSON_Delete(nbj);
    free(mse);
    free(zero);
    free(acc);
    free(vacc);
    return rc;
}

/* ---- the command -------------------------------------------------------------------------------- */

/* Whether --targets names `forces` or `stress`. */
static int train_wants_forces(const train_opts *o)
{
    for (const char *p = o->targets; p && *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 6 && (strncmp(p, "forces", 6) == 0 || strncmp(p, "stress", 6) == 0))
            return 1;
        p += len + (e ? 1 : 0);
    }
    return 0;
}

static void train_usage(FILE *f)
{
    fprintf(f,
            "usage: se3tc train SPEC --train F.extxyz --test F.extxyz -o CKPT [options]\n"
            "Train the spec's outputs against the per-atom properties (or frame info values) of the\n"
            "same names with Adam and cosine decay; CKPT is a folder that receives the checkpoint\n"
            "(checkpoint-NNNNNN/), weights.safetensors, loss.csv, loss.svg, metrics.json and, with a\n"
            "validation set, best/ (the weights of the lowest validation loss).\n"
            "Options are written --name value or --name=value.\n"
            "  --config FILE.yaml   options from a YAML mapping whose keys are the long options\n"
            "                       without the dashes (spec, o, train, steps: ..., normalize: true);\n"
            "                       the command line overrides the file\n"
            "  --steps N            optimiser steps (1000)\n"
            "  --batch B            frames per minibatch (100)\n"
            "  --lr X               initial learning rate (1e-3)\n"
            "  --lr-end Y           final learning rate of the cosine decay; the floor of plateau (1e-4)\n"
            "  --warmup N           linear warm-up of the learning rate over the first N steps (0)\n"
            "  --lr-schedule S      cosine, or plateau: multiply by --plateau-factor after\n"
            "                       --plateau-patience evaluations without a better validation loss\n"
            "  --plateau-factor F   (0.5)     --plateau-patience N   (5)\n"
            "  --clip C             clip the gradient's norm to C (off)\n"
            "  --loss mse|l1|ce     loss over the target values (mse); ce: cross-entropy, the output's\n"
            "                       channels are logits and the target an integer class 0..C-1\n"
            "  --targets A,B        outputs to train (all)\n"
            "  --target-field O=I   SDF input (F.sdf, F.sd, F.mol: molecules with bonds, V2000 or V3000):\n"
            "                       output O trains on data item `> <I>` (default: the item named O);\n"
            "                       comma-separated pairs, e.g. energy=U0,gap=gap\n"
            "  --normalize          weight each target by 1 / its mean square in the training set\n"
            "  --energy-weight W    weight of the energy term (1)   --force-weight W  of the forces (1)\n"
            "  --stress-weight W    weight of the stress term (1)\n"
            "  --energy-per-atom    the energy's error divided by the frame's atoms (per frame)\n"
            "                       (forces, stress: --targets energy,forces,stress with an energy\n"
            "                       output, per-atom forces:R:3 and the periodic frames' stress=\n"
            "                       in the files; --precision f64)\n"
            "  --valid F.extxyz     validation set, evaluated every --eval-every steps\n"
            "  --valid-fraction X   or hold out this fraction of the training frames (split by --seed)\n"
            "  --patience N         stop after N evaluations without a validation loss lower than the\n"
            "                       best by more than --min-delta D (off; D 0)\n"
            "  --ema D              evaluate and save an exponential moving average of the weights with\n"
            "                       decay D in [0, 1) (off)\n"
            "  --precision f32|f64  precision of the forward and stored activations (f64)\n"
            "  --threads T          threads over the frames of a minibatch (all cores)\n"
            "  --device cpu|cuda    where forward and backward run (cpu); cuda: the generated CUDA\n"
            "                       forward and backward kernels, one call per minibatch; checkpoints\n"
            "                       are the same files and resume on either device\n"
            "  --seed S             initial weights, batch order and validation split (1)\n"
            "  --eval-every N       test and validation loss every N steps (steps/20)\n"
            "  --checkpoint-every N checkpoint every N steps (steps/10); also on SIGINT/SIGTERM\n"
            "  --log-every N        a progress line every N steps when stderr is not a terminal\n"
            "  --eval-frames N      test frames for the equivariance error (100)\n"
            "  --metrics M.json     where the final metrics go (CKPT/metrics.json)\n"
            "  --resume             continue from CKPT's checkpoint; the options that change the\n"
            "                       result are taken from it and may not be given other values\n"
            "  --overwrite          start a new run in a CKPT that holds one (which is removed)\n"
            "  --max-memory M       refuse a run estimated to need more than M bytes (K, M, G, T\n"
            "                       suffixes; default: physical memory or ulimit -v/-d)\n"
            "  --stop-at N          checkpoint, write metrics and stop after step N (a session's share\n"
            "                       of a long run; continue with --resume)\n"
            "  --time-limit S       the same after the first step that ends S seconds into this run\n"
            "  --quiet              no progress\n"
            "Deterministic for a given seed and thread count.\n");
}

/* The ranges every option must satisfy (also the values a checkpoint's state gives). */
static int train_check_values(const train_opts *o)
{
    if (strcmp(o->precision, "f32") != 0 && strcmp(o->precision, "f64") != 0) {
        fprintf(stderr, "se3tc train: --precision is f32 or f64, not '%s'\n", o->precision);
        return 2;
    }
    if (o->device && strcmp(o->device, "cpu") != 0 && strcmp(o->device, "cuda") != 0) {
        fprintf(stderr, "se3tc train: --device is cpu or cuda, not '%s'\n", o->device);
        return 2;
    }
    if (o->device && strcmp(o->device, "cuda") == 0 && train_wants_forces(o)) {
        /* the force loss's weight gradient is the CPU's dual-number pass (docs/training.md) */
        fprintf(stderr, "se3tc train: training on forces or stress runs on the CPU only (--device cpu)\n");
        return 2;
    }
    if (strcmp(o->lr_schedule, "cosine") != 0 && strcmp(o->lr_schedule, "plateau") != 0) {
        fprintf(stderr, "se3tc train: --lr-schedule is cosine or plateau, not '%s'\n", o->lr_schedule);
        return 2;
    }
    if (o->steps < 1 || o->batch < 1 || o->batch > 1000000000L || o->threads < 0 || o->threads > 4096 ||
        o->seed < 0 || !(o->lr > 0) || !(o->lr_end >= 0) || !(o->clip >= 0)) {
        fprintf(stderr, "se3tc train: an option is out of range (steps %ld, batch %ld, threads %ld, seed %ld, lr %g, "
                        "lr-end %g, clip %g)\n", o->steps, o->batch, o->threads, o->seed, o->lr, o->lr_end, o->clip);
        return 2;
    }
    if (!(o->valid_fraction >= 0 && o->valid_fraction < 1)) {
        fprintf(stderr, "se3tc train: --valid-fraction is a fraction in [0, 1), not %g\n", o->valid_fraction);
        return 2;
    }
    if (!(o->ema >= 0 && o->ema < 1)) {
        fprintf(stderr, "se3tc train: --ema is a decay in [0, 1) (0: off), not %g\n", o->ema);
        return 2;
    }
    if (!(o->plateau_factor > 0 && o->plateau_factor < 1)) {
        fprintf(stderr, "se3tc train: --plateau-factor is a factor in (0, 1), not %g\n", o->plateau_factor);
        return 2;
    }
    if (o->plateau_patience < 1) {
        fprintf(stderr, "se3tc train: --plateau-patience needs at least 1 evaluation\n");
        return 2;
    }
    if (o->warmup >= o->steps) {
        fprintf(stderr, "se3tc train: --warmup %ld must be fewer than --steps %ld\n", o->warmup, o->steps);
        return 2;
    }
    if (o->valid && o->valid_fraction > 0) {
        fprintf(stderr, "se3tc train: give --valid FILE or --valid-fraction, not both\n");
        return 2;
    }
    const int validated = o->valid || o->valid_fraction > 0;
    if (!validated && (o->patience > 0 || strcmp(o->lr_schedule, "plateau") == 0)) {
        fprintf(stderr, "se3tc train: %s needs a validation set (--valid FILE or --valid-fraction X)\n",
                o->patience > 0 ? "--patience" : "--lr-schedule plateau");
        return 2;
    }
    if (o->loss == SE3RT_LOSS_CE && o->normalize) {
        fprintf(stderr, "se3tc train: --normalize weighs real targets; --loss ce has class labels\n");
        return 2;
    }
    return 0;
}

/* The options a configuration file may set: the long options without their dashes (flags take
 * true or false), spec (the positional argument) and o (-o). */
static const struct {
    const char *key;
    int flag;
} train_keys[] = {
    { "spec", 0 },       { "o", 0 },           { "train", 0 },          { "test", 0 },            { "valid", 0 },
    { "valid-fraction", 0 }, { "steps", 0 },   { "batch", 0 },          { "lr", 0 },              { "lr-end", 0 },
    { "warmup", 0 },     { "lr-schedule", 0 }, { "plateau-factor", 0 }, { "plateau-patience", 0 }, { "clip", 0 },
    { "loss", 0 },       { "targets", 0 },     { "normalize", 1 },      { "patience", 0 },        { "min-delta", 0 },
    { "energy-weight", 0 }, { "force-weight", 0 }, { "stress-weight", 0 }, { "energy-per-atom", 1 },
    { "ema", 0 },        { "precision", 0 },   { "threads", 0 },        { "seed", 0 },            { "eval-every", 0 },
    { "checkpoint-every", 0 }, { "log-every", 0 }, { "eval-frames", 0 }, { "metrics", 0 },         { "resume", 1 },
    { "overwrite", 1 },  { "max-memory", 0 },  { "stop-at", 0 },        { "time-limit", 0 },      { "quiet", 1 },
    { "target-field", 0 },
    { "device", 0 },
};

/* Append s, read at `line`, to the configuration's arguments (malloc'd copies). */
static int train_cfg_push(train_opts *o, const char *s, size_t len, int line)
{
    char **nv = realloc(o->cfg_argv, (size_t)(o->cfg_argc + 2) * sizeof *nv);
    if (nv)
        o->cfg_argv = nv;
    int *nl = nv ? realloc(o->cfg_line, (size_t)(o->cfg_argc + 2) * sizeof *nl) : NULL;
    if (nl)
        o->cfg_line = nl;
    if (!nv || !nl || !(nv[o->cfg_argc] = strndup(s, len)))
        return -1;
    nl[o->cfg_argc] = line;
    nv[++o->cfg_argc] = NULL;
    return 0;
}

/* Read a YAML configuration file (one mapping of scalars) into arguments as the command line
 * writes them (o->cfg_argv, argv[0] a placeholder); the spec goes to *spec. Errors name the
 * file and line. */
static int train_read_config(train_opts *o, const char *path, const char **spec)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "se3tc train: --config: cannot open '%s': %s\n", path, strerror(errno));
        return 2;
    }
    yaml_parser_t yp;
    yaml_event_t ev;
    if (!yaml_parser_initialize(&yp)) {
        fclose(f);
        fprintf(stderr, "se3tc train: out of memory\n");
        return 2;
    }
    yaml_parser_set_input_file(&yp, f);
    int rc = train_cfg_push(o, "config", 6, 0) == 0 ? 0 : 2;
    int depth = 0, done = 0;
    char *key = NULL;
    unsigned long seen = 0; /* bit k: train_keys[k] given (there are fewer than 64) */
    while (rc == 0 && !done) {
        if (!yaml_parser_parse(&yp, &ev)) {
            fprintf(stderr, "se3tc train: %s:%lu: %s\n", path, (unsigned long)yp.problem_mark.line + 1,
                    yp.problem ? yp.problem : "not YAML");
            rc = 2;
            break;
        }
        const unsigned long line = (unsigned long)ev.start_mark.line + 1;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = 1;
            break;
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
        case YAML_ALIAS_EVENT:
            if (ev.type == YAML_MAPPING_START_EVENT && depth++ == 0)
                break;
            fprintf(stderr, "se3tc train: %s:%lu: %s\n", path, line,
                    depth == 0 ? "a configuration is one mapping of option: value"
                               : "the value of an option is one scalar (write lists as A,B)");
            rc = 2;
            break;
        case YAML_MAPPING_END_EVENT:
            depth--;
            break;
        case YAML_SCALAR_EVENT: {
            const char *v = (const char *)ev.data.scalar.value;
            if (depth != 1) {
                fprintf(stderr, "se3tc train: %s:%lu: a configuration is one mapping of option: value\n", path, line);
                rc = 2;
            } else if (!key) {
                size_t k = 0, nk = sizeof train_keys / sizeof *train_keys;
                char norm[64];
                snprintf(norm, sizeof norm, "%s", v);
                for (char *p = norm; *p; p++)
                    *p = *p == '_' ? '-' : *p;
                while (k < nk && (strlen(v) >= sizeof norm || strcmp(norm, train_keys[k].key) != 0))
                    k++;
                char *clean = train_clean_text(v);
                if (k == nk)
                    fprintf(stderr, "se3tc train: %s:%lu: unknown key '%s' (the keys are the long options of se3tc "
                                    "train without the dashes, spec and o)\n", path, line, clean ? clean : "?");
                else if (seen & (1ul << k))
                    fprintf(stderr, "se3tc train: %s:%lu: key '%s' is given twice\n", path, line, clean ? clean : "?");
                free(clean);
                if (k == nk || (seen & (1ul << k))) {
                    rc = 2;
                    break;
                }
                seen |= 1ul << k;
                if (!(key = strdup(train_keys[k].key)))
                    rc = 2;
            } else {
                size_t k = 0;
                while (strcmp(train_keys[k].key, key) != 0)
                    k++;
                char opt[80];
                snprintf(opt, sizeof opt, "%s%s", strcmp(key, "o") == 0 ? "-" : "--", key);
                if (train_keys[k].flag) {
                    if (strcmp(v, "true") != 0 && strcmp(v, "false") != 0) {
                        fprintf(stderr, "se3tc train: %s:%lu: '%s' is true or false\n", path, line, key);
                        rc = 2;
                    } else if (strcmp(v, "true") == 0 && train_cfg_push(o, opt, strlen(opt), (int)line)) {
                        rc = 2;
                    }
                } else if (!*v) {
                    fprintf(stderr, "se3tc train: %s:%lu: '%s' needs a value\n", path, line, key);
                    rc = 2;
                } else if (strcmp(key, "spec") == 0) {
                    if (train_cfg_push(o, v, strlen(v), (int)line))
                        rc = 2;
                    else
                        *spec = o->cfg_argv[o->cfg_argc - 1];
                } else if (train_cfg_push(o, opt, strlen(opt), (int)line) ||
                           train_cfg_push(o, v, strlen(v), (int)line)) {
                    rc = 2;
                }
                free(key);
                key = NULL;
            }
            break;
        }
        default:
            break;
        }
        yaml_event_delete(&ev);
    }
    free(key);
    yaml_parser_delete(&yp);
    fclose(f);
    return rc;
}

/* One list of arguments into o (later ones win); `cfg`: the configuration file's, whose spec
 * the command line's replaces. */
/* An error in the arguments: the configuration file's are named by file and line. */
#define TP_ERR(...) (fprintf(stderr, "se3tc train: %s", where), fprintf(stderr, __VA_ARGS__))

static int train_parse_args(int argc, char **argv, train_opts *o, int cfg, const char *cfg_spec)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        char *end = NULL;
        char where[4200] = "";
        if (cfg)
            snprintf(where, sizeof where, "%.4000s:%d: ", o->config, o->cfg_line[i]);
        struct {
            const char *name;
            long *p;
            long lo, hi;
            unsigned bit;
        } longs[] = {
            { "--steps", &o->steps, 1, 1000000000L, GIVEN_STEPS },    { "--batch", &o->batch, 1, 1000000000L, GIVEN_BATCH },
            { "--threads", &o->threads, 0, 4096, GIVEN_THREADS },      { "--seed", &o->seed, 0, 1000000000L, GIVEN_SEED },
            { "--eval-every", &o->eval_every, 0, 1000000000L, GIVEN_EVAL_EVERY },
            { "--checkpoint-every", &o->ckpt_every, 0, 1000000000L, 0 },
            { "--log-every", &o->log_every, 0, 1000000000L, 0 },       { "--eval-frames", &o->eval_frames, 0, 1000000000L, 0 },
            { "--stop-at", &o->stop_at, 0, 1000000000L, 0 },           { "--warmup", &o->warmup, 0, 1000000000L, GIVEN_WARMUP },
            { "--patience", &o->patience, 0, 1000000000L, GIVEN_PATIENCE },
            { "--plateau-patience", &o->plateau_patience, 1, 1000000000L, GIVEN_PLATEAU_PATIENCE },
        };
        struct {
            const char *name;
            double *p;
            unsigned bit;
        } dbls[] = { { "--lr", &o->lr, GIVEN_LR }, { "--lr-end", &o->lr_end, GIVEN_LR_END }, { "--clip", &o->clip, GIVEN_CLIP },
                     { "--time-limit", &o->time_limit, 0 }, { "--valid-fraction", &o->valid_fraction, GIVEN_VALID_FRACTION },
                     { "--min-delta", &o->min_delta, GIVEN_MIN_DELTA }, { "--ema", &o->ema, GIVEN_EMA },
                     { "--plateau-factor", &o->plateau_factor, GIVEN_PLATEAU_FACTOR },
                     { "--energy-weight", &o->energy_weight, GIVEN_ENERGY_WEIGHT },
                     { "--force-weight", &o->force_weight, GIVEN_FORCE_WEIGHT },
                     { "--stress-weight", &o->stress_weight, GIVEN_STRESS_WEIGHT } };
        int li = -1, di = -1;
        for (int k = 0; k < (int)(sizeof longs / sizeof *longs); k++)
            li = strcmp(a, longs[k].name) == 0 ? k : li;
        for (int k = 0; k < (int)(sizeof dbls / sizeof *dbls); k++)
            di = strcmp(a, dbls[k].name) == 0 ? k : di;
        const char **sp = strcmp(a, "--train") == 0         ? &o->train
                          : strcmp(a, "--test") == 0        ? &o->test
                          : strcmp(a, "-o") == 0            ? &o->out
                          : strcmp(a, "--metrics") == 0     ? &o->metrics
                          : strcmp(a, "--targets") == 0     ? &o->targets
                          : strcmp(a, "--precision") == 0   ? &o->precision
                          : strcmp(a, "--valid") == 0       ? &o->valid
                          : strcmp(a, "--lr-schedule") == 0 ? &o->lr_schedule
                          : strcmp(a, "--target-field") == 0 ? &o->target_field
                          : strcmp(a, "--device") == 0      ? &o->device
                                                            : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            train_usage(stdout);
            return 1;
        } else if ((li >= 0 || di >= 0 || sp || strcmp(a, "--loss") == 0 || strcmp(a, "--max-memory") == 0 ||
                    strcmp(a, "--config") == 0) && i + 1 >= argc) {
            TP_ERR("%s needs a value\n", a);
            return 2;
        } else if (strcmp(a, "--config") == 0) {
            i++; /* read before the other options */
        } else if (li >= 0) {
            if (cmd_parse_count(argv[++i], longs[li].lo, longs[li].hi, longs[li].p) != 0) {
                TP_ERR("%s needs a whole number from %ld to %ld (digits only), not '%s'\n", a,
                        longs[li].lo, longs[li].hi, argv[i]);
                return 2;
            }
            o->given |= longs[li].bit;
        } else if (di >= 0) {
            double v = strtod(argv[++i], &end);
            const int lr = dbls[di].p == &o->lr;
            if (!*argv[i] || *end || !isfinite(v) || v < 0 || (lr && v == 0)) {
                TP_ERR("%s needs a %s number, not '%s'\n", a, lr ? "positive" : "non-negative",
                        argv[i]);
                return 2;
            }
            *dbls[di].p = v;
            o->given |= dbls[di].bit;
        } else if (sp) {
            *sp = argv[++i];
            o->given |= sp == &o->targets ? GIVEN_TARGETS : sp == &o->precision ? GIVEN_PRECISION
                        : sp == &o->valid ? GIVEN_VALID : sp == &o->lr_schedule ? GIVEN_LR_SCHEDULE : 0;
            if (sp == &o->valid && !**sp) {
                TP_ERR("--valid needs a file name\n");
                return 2;
            }
        } else if (strcmp(a, "--loss") == 0) {
            const char *v = argv[++i];
            int k = 0;
            while (k < 3 && strcmp(v, train_loss_names[k]) != 0)
                k++;
            if (k == 3) {
                TP_ERR("--loss is mse, l1 or ce, not '%s'\n", v);
                return 2;
            }
            o->loss = k;
            o->given |= GIVEN_LOSS;
        } else if (strcmp(a, "--max-memory") == 0) {
            if (cmd_parse_bytes(argv[++i], &o->max_memory) != 0) {
                TP_ERR("--max-memory needs a size in bytes (e.g. 8000000000 or 8G), not '%s'\n",
                        argv[i]);
                return 2;
            }
        } else if (strcmp(a, "--resume") == 0) {
            o->resume = 1;
        } else if (strcmp(a, "--overwrite") == 0) {
            o->overwrite = 1;
        } else if (strcmp(a, "--quiet") == 0) {
            o->quiet = 1;
        } else if (strcmp(a, "--normalize") == 0) {
            o->normalize = 1;
            o->given |= GIVEN_NORMALIZE;
        } else if (strcmp(a, "--energy-per-atom") == 0) {
            o->energy_per_atom = 1;
            o->given |= GIVEN_ENERGY_PER_ATOM;
        } else if (a[0] == '-') {
            TP_ERR("unknown option '%s' (see se3tc train --help)\n", a);
            return 2;
        } else if (o->spec && (cfg || o->spec != cfg_spec)) {
            TP_ERR("one spec at a time ('%s' and '%s')\n", o->spec, a);
            return 2;
        } else {
            o->spec = a;
        }
    }
    return 0;
}

#undef TP_ERR

static int train_parse(int argc, char **argv, train_opts *o)
{
    *o = (train_opts){ .steps = 1000, .batch = 100, .threads = 0, .seed = 1, .lr = 1e-3, .lr_end = 1e-4,
                       .eval_frames = 100, .precision = "f64", .lr_schedule = "cosine", .plateau_factor = 0.5,
                       .device = "cpu", .plateau_patience = 5, .energy_weight = 1, .force_weight = 1, .stress_weight = 1 };
    /* a configuration file first, the command line over it */
    const char *cfg_spec = NULL;
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--config") == 0)
            o->config = argv[i + 1];
    int rc = 0;
    if (o->config) {
        rc = train_read_config(o, o->config, &cfg_spec);
        if (rc == 0)
            rc = train_parse_args(o->cfg_argc, o->cfg_argv, o, 1, NULL);
        if (rc == 1) {
            fprintf(stderr, "se3tc train: %s: 'help' is no key\n", o->config);
            rc = 2;
        }
    }
    if (rc == 0)
        rc = train_parse_args(argc, argv, o, 0, cfg_spec);
    if (rc)
        return rc;
    const char *missing = !o->spec ? "a spec" : !o->train ? "--train" : !o->test ? "--test" : !o->out ? "-o CKPT" : NULL;
    if (missing) {
        fprintf(stderr, "se3tc train: %s is needed (usage: se3tc train SPEC --train F --test F -o CKPT, or these in "
                        "--config FILE.yaml)\n", missing);
        return 2;
    }
    if (o->resume && o->overwrite) {
        fprintf(stderr, "se3tc train: --resume continues the run in '%s' and --overwrite replaces it: give one\n", o->out);
        return 2;
    }
    if (!*o->out || strlen(o->out) > 4000) {
        fprintf(stderr, "se3tc train: -o needs a folder name of 1 to 4000 bytes\n");
        return 2;
    }
    return train_check_values(o);
}

/* The defaults that depend on other options (after --resume has taken the recorded ones). */
static void train_defaults(train_opts *o)
{
    if (o->threads == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        o->threads = n > 0 ? (n < 4096 ? n : 4096) : 1;
    }
    if (!o->eval_every)
        o->eval_every = o->steps / 20 > 0 ? o->steps / 20 : 1;
    if (!o->ckpt_every)
        o->ckpt_every = o->steps / 10 > 0 ? o->steps / 10 : 1;
    if (!o->log_every)
        o->log_every = o->steps / 100 > 0 ? o->steps / 100 : 1;
}

/* Make and lock CKPT (an exclusive flock on the folder itself, held until the process ends),
 * clean what killed runs left, and decide what may happen in it: a new run needs an empty
 * folder (or --overwrite), --resume a checkpoint. */
static int train_open_folder(train_state *t)
{
    const train_opts *o = &t->o;
    if (cmd_mkdirs("train", o->out) != 0)
        return -1;
    t->dirfd = open(o->out, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t->dirfd < 0) {
        fprintf(stderr, "se3tc train: cannot use '%s' as the checkpoint folder: %s\n", o->out,
                errno == ENOTDIR ? "not a folder" : strerror(errno));
        return -1;
    }
    if (flock(t->dirfd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            fprintf(stderr, "se3tc train: '%s' is in use by another se3tc train (it holds the folder's lock)\n", o->out);
        else
            fprintf(stderr, "se3tc train: cannot lock the checkpoint folder '%s': %s\n", o->out, strerror(errno));
        return -1;
    }
    int others = 0;
    if (ckpt_scan(t, &others) != 0)
        return -1;
    if (o->resume && t->ckpt_step < 0 && !t->legacy) {
        fprintf(stderr, "se3tc train: --resume: no checkpoint in '%s'\n", o->out);
        return -1;
    }
    if (!o->resume && !o->overwrite && others > 0) {
        fprintf(stderr, "se3tc train: '%s' is not empty%s: continue that run with --resume, replace it with "
                        "--overwrite, or choose another -o\n", o->out,
                t->ckpt_step >= 0 || t->legacy ? " (it holds a training run)" : "");
        return -1;
    }
    return 0;
}

/* --overwrite, once the new run is ready to take its first step: the old run's files go. */
static int train_clear_folder(train_state *t)
{
    char name[64];
    snprintf(name, sizeof name, CKPT_PREFIX "%06ld", t->ckpt_step);
    if (t->ckpt_step >= 0 && ckpt_remove(t->dirfd, name) != 0) {
        fprintf(stderr, "se3tc train: --overwrite: cannot remove '%s/%s': %s\n", t->o.out, name, strerror(errno));
        return -1;
    }
    if (ckpt_remove(t->dirfd, "best") != 0) {
        fprintf(stderr, "se3tc train: --overwrite: cannot remove '%s/best': %s\n", t->o.out, strerror(errno));
        return -1;
    }
    for (size_t i = 0; i < TRAIN_NTOP; i++)
        if (unlinkat(t->dirfd, train_top_files[i], 0) != 0 && errno != ENOENT) {
            fprintf(stderr, "se3tc train: --overwrite: cannot remove '%s/%s': %s\n", t->o.out, train_top_files[i],
                    strerror(errno));
            return -1;
        }
    t->ckpt_step = -1;
    t->legacy = 0;
    return 0;
}

/* The per-frame memory of one forward and backward pass, sorted from the largest. */
static int train_cmp_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Whether path names an SDF file (.sdf, .sd, .mol, any case): molecules with bonds. */
static int train_is_sdf(const char *path)
{
    const char *dot = strrchr(path, '.');
    return dot && (strcasecmp(dot, ".sdf") == 0 || strcasecmp(dot, ".sd") == 0 || strcasecmp(dot, ".mol") == 0);
}

/* The frames of a data file: extended XYZ, or an SDF file's molecules (*sdf set, for their bonds)
 * with data items as info values. buf (len bytes) holds the file's text when already read. */
static se3rt_status train_read_frames(se3rt_ctx *ctx, const char *path, const char *buf, size_t len, const char *fields,
                                      se3rt_xyz **xyz, se3rt_sdf **sdf)
{
    *sdf = NULL;
    if (!train_is_sdf(path))
        return buf ? se3rt_xyz_read_mem(ctx, buf, len, path, xyz) : se3rt_xyz_read(ctx, path, xyz);
    se3rt_status st = buf ? se3rt_sdf_read_mem(ctx, buf, len, path, sdf) : se3rt_sdf_read(ctx, path, sdf);
    if (st == SE3RT_OK && (st = se3rt_sdf_frames(*sdf, fields, path, xyz)) != SE3RT_OK) {
        se3rt_sdf_free(*sdf);
        *sdf = NULL;
    }
    return st;
}

/* The memory the run needs at most: the B largest training frames at once (each frame as often
 * as B / frames), each thread's gradient, the optimiser, the weights (and with --ema their
 * average and a copy), the loss curve, the test evaluation's batches of 64. Refuses when that is more than the limit. */
static int train_check_memory(const train_state *t, const compile *c, const se3rt_xyz *tr, const se3rt_xyz *te)
{
    const train_opts *o = &t->o;
    const size_t n = tr->nframes;
    double *cost = malloc((n + 1) * sizeof *cost), all = 0, top = 0, eval = 0;
    if (!cost) {
        fprintf(stderr, "se3tc train: out of memory\n");
        return -1;
    }
    /* training on forces or stress: the dual pass holds the same buffers as a gradient, twice as
     * wide (a dual number is two doubles), after the first pass's are freed; and per thread the
     * weights and their gradient as dual numbers */
    const double wide = train_wants_forces(o) ? 2 : 1;
    for (size_t f = 0; f < n; f++)
        all += cost[f] = wide * cmd_mem_graph(c, (double)tr->frames[f].natoms, 0, 1);
    qsort(cost, n, sizeof *cost, train_cmp_desc);
    const long rem = n ? (long)((size_t)o->batch % n) : 0;
    for (long q = 0; q < rem; q++)
        top += cost[q];
    double big = 0;
    for (size_t f = 0; f < te->nframes; f++)
        big = fmax(big, cmd_mem_graph(c, (double)te->frames[f].natoms, 0, 0));
    eval = 64 * big;
    free(cost);
    const double np = (double)c->ir->nparams, thr = (double)(o->threads < o->batch ? o->threads : o->batch);
    const double need = fmax(n ? (double)(o->batch / (long)n) * all + top : 0, eval) + 8.0 * (double)o->batch +
                        8 * np * (thr + 4 + (o->ema > 0 ? 2 : 0)) + 2.0 * sizeof(train_row) * (double)o->steps +
                        (wide > 1 ? 32 * np * thr : 0);
    char what[128], a[32], b[32];
    double lim = cmd_mem_limit(what, sizeof what);
    if (o->max_memory > 0) {
        lim = o->max_memory;
        snprintf(what, sizeof what, "--max-memory");
    }
    if (need > lim) {
        cmd_mem_fmt(a, sizeof a, need);
        cmd_mem_fmt(b, sizeof b, lim);
        fprintf(stderr, "se3tc train: --batch %ld with %ld thread%s needs about %s of memory, more than the %s of %s "
                        "(lower --batch)\n", o->batch, o->threads, o->threads == 1 ? "" : "s", a, b, what);
        return -1;
    }
    return 0;
}

/* The validation loss of step `step` (the evaluated weights in the model) goes to the trainer
 * (best, early stopping, plateau: se3rt_trainer_report_valid); a new best's weights, which are
 * in the model, go to CKPT/best/. */
static int train_track_valid(train_state *t, long step, double loss)
{
    int improved = 0;
    if (se3rt_trainer_report_valid(t->trn, loss, &improved) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: step %ld: %s\n", step, se3rt_errmsg(t->ctx));
        return -1;
    }
    se3rt_trainer_get_track(t->trn, &t->track);
    return improved ? train_save_best(t, step, loss) : 0;
}

/* The weights the final metrics are of: with a validation set, the best (CKPT/best/); else the
 * average with --ema; else the last. The run takes no step after this. */
static int train_final_weights(train_state *t)
{
    train_use_ema(t, 1);
    if (!t->va || t->track.best_step <= 0)
        return 0;
    char path[4300];
    snprintf(path, sizeof path, "%s/best/weights.safetensors", t->o.out);
    long s = train_meta_long(t->ctx, path, "step");
    if (s != t->track.best_step || se3rt_model_load_weights(t->m, path) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s: not the best weights of step %ld (%s)\n", path, t->track.best_step,
                s < 0 || s == t->track.best_step ? se3rt_errmsg(t->ctx) : "another step");
        return -1;
    }
    return 0;
}

static void train_eta(char *buf, size_t n, double s)
{
    if (!isfinite(s) || s < 0 || s > 1e9) {
        snprintf(buf, n, "?");
        return;
    }
    long t = lround(s); /* whole seconds first, so 479.6 s reads 8m00s, not 7m60s */
    if (t < 120)
        snprintf(buf, n, "%lds", t);
    else if (t < 7200)
        snprintf(buf, n, "%ldm%02lds", t / 60, t % 60);
    else
        snprintf(buf, n, "%ldh%02ldm", t / 3600, (t / 60) % 60);
}

int cmd_train(int argc, char **argv)
{
    train_state t = { .dirfd = -1, .ckpt_step = -1, .track = { .best_loss = INFINITY, .lr_scale = 1 } };
    int prc = train_parse(argc, argv, &t.o);
    if (prc) {
        for (int i = 0; i < t.o.cfg_argc; i++)
            free(t.o.cfg_argv[i]);
        free(t.o.cfg_argv);
        free(t.o.cfg_line);
        return prc == 1 ? 0 : prc;
    }
    train_opts *o = &t.o;
    compile *c = NULL;
    int rc = 1;
    se3rt_xyz *xtr = NULL, *xte = NULL, *xva = NULL;
    se3rt_sdf *str = NULL, *ste = NULL, *sva = NULL;   /* the molecules of SDF inputs (their bonds) */
    unsigned char *pick = NULL;
    char *trbuf = NULL;   /* the training file's text, until it is parsed */
    size_t trlen = 0;
    int64_t *perm = NULL;
    se3rt_ctx *ctx = NULL;
    char ckdir[4200], mpath[4200];
    if (train_open_folder(&t) != 0)
        goto done;
    snprintf(ckdir, sizeof ckdir, "%s/" CKPT_PREFIX "%06ld", o->out, t.ckpt_step);
    if (t.legacy)
        snprintf(ckdir, sizeof ckdir, "%s", o->out);
    if (!o->metrics) {
        snprintf(mpath, sizeof mpath, "%s/metrics.json", o->out);
        o->metrics = mpath;
    }
    c = pipeline_compile_file(o->spec, NULL);   /* at the spec's precision until the run's is known */
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        goto done;
    }
    t.spec_m = c->m;
    t.spec_hash = train_hash_mem(c->src, c->len);
    if (se3rt_ctx_new(&t.ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: out of memory\n");
        goto done;
    }
    ctx = t.ctx;
    /* the training file is read once: the bytes hashed for --resume are the bytes trained on
     * (a regular file's; a pipe, which cannot be read again, is not checked: hash 0) */
    if (se3rt_io_read_path(ctx, o->train, &trbuf, &trlen) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    struct stat trst;
    t.train_hash = stat(o->train, &trst) == 0 && S_ISREG(trst.st_mode) ? train_hash_mem(trbuf, trlen) : 0;
    if (o->resume && !t.legacy && (train_check_state(&t, ckdir) != 0 || train_check_values(o) != 0))
        goto done;
    if (o->resume && t.legacy && !o->quiet)
        fprintf(stderr, "se3tc train: note: '%s' is a checkpoint of an older se3tc, which did not record its "
                        "options: they are not checked\n", o->out);
    train_defaults(o);
    if (o->target_field && !train_is_sdf(o->train)) {
        fprintf(stderr, "se3tc train: --target-field names SDF data items, but '%s' is not an SDF file (.sdf, .sd, "
                        ".mol)\n", o->train);
        goto done;
    }
    /* targets are outputs: say so before the compiler runs */
    for (const char *p = o->targets; p && *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        /* F = -dE/dx and the stress of an energy output */
        int found = len == 6 && (strncmp(p, "forces", 6) == 0 || strncmp(p, "stress", 6) == 0);
        for (int i = 0; i < c->m->noutputs && !found; i++)
            found = strlen(c->m->outputs[i].name) == len && strncmp(c->m->outputs[i].name, p, len) == 0;
        if (!found) {
            fprintf(stderr, "se3tc train: target '%.*s' is not an output of model '%s'\n", (int)len, p, c->m->name);
            goto done;
        }
        p += len + (e ? 1 : 0);
    }
    se3rt_status rs = train_read_frames(ctx, o->train, trbuf, trlen, o->target_field, &xtr, &str);
    se3rt_io_buf_free(ctx, trbuf);
    trbuf = NULL;
    if (rs != SE3RT_OK || train_read_frames(ctx, o->test, NULL, 0, o->target_field, &xte, &ste) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    /* N-body trajectory files (se3tc nbody generate): every window of every training
     * simulation, the fixed official spread of test windows (docs/nbody.md) */
    const int tr_windows = nbody_is_trajectory(xtr);   /* --valid-fraction then splits by simulation */
    if (train_nbody_windows(ctx, &xtr, NBODY_WINDOWS_ALL, o->quiet) != 0 ||
        train_nbody_windows(ctx, &xte, NBODY_WINDOWS_SPREAD, o->quiet) != 0)
        goto done;
    /* the precision is known now (options, or the checkpoint's): it is an input to lowering, so
     * the same spec text is compiled again at it; it also decides the memory estimate */
    pipeline_opts po = PIPELINE_DEFAULTS;
    po.prec = pipeline_prec(o->precision);
    po.grad = 1;
    if (po.prec != (int)c->m->prec) {
        compile *cp = pipeline_recompile(c, &po);
        if (cp->diags.nerrors) {   /* cannot happen: the same text compiled before */
            diag_print(&cp->diags, stderr);
            compile_free(cp);
            goto done;
        }
        compile_free(c);
        c = cp;
        t.spec_m = c->m;
    }
    if (train_check_memory(&t, c, xtr, xte) != 0)
        goto done;
    /* the context's default flags (-O3 -march=native, or $SE3TC_CFLAGS): the blocked backward
     * trains N-body in f64 with about a fifth less CPU per step than at -O2, for a first build
     * about 2.5 times as long, cached after it (docs/training.md) */
    if (!o->quiet)
        fprintf(stderr, "se3tc train: compiling %s with backward code (cached after the first time)\n", o->spec);
    se3rt_status st = pipeline_model(ctx, c, &po, o->device, &t.m);
    if (st != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s: %s\n", o->spec, se3rt_errmsg(ctx));
        goto done;
    }
    const se3rt_loss_kind kind = (se3rt_loss_kind)o->loss;
    if (train_wants_forces(o)) {
        /* the force loss's weight gradient: the same C over dual numbers (docs/training.md) */
        size_t clen = 0;
        char *csrc = pipeline_c_source(c, &po, &clen);
        st = csrc ? se3rt_model_enable_force_grad(t.m, csrc, clen) : SE3RT_ERR_NOMEM;
        free(csrc);
        if (st != SE3RT_OK) {
            fprintf(stderr, "se3tc train: %s: %s\n", o->spec, se3rt_errmsg(ctx));
            goto done;
        }
    }
    if (o->valid && train_read_frames(ctx, o->valid, NULL, 0, o->target_field, &xva, &sva) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    if (o->valid && train_nbody_windows(ctx, &xva, NBODY_WINDOWS_SPREAD, o->quiet) != 0)
        goto done;   /* (it said why) */
    if (se3rt_data_new_sdf(t.m, xtr, str, o->train, o->targets, kind, &t.tr) != SE3RT_OK ||
        se3rt_data_new_sdf(t.m, xte, ste, o->test, o->targets, kind, &t.te) != SE3RT_OK ||
        (o->valid && se3rt_data_new_sdf(t.m, xva, sva, o->valid, o->targets, kind, &t.va) != SE3RT_OK)) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    if (o->valid_fraction > 0) {
        /* the validation frames: those of the first round(F n) of a permutation of the n groups
         * drawn from the seed; a group is a frame, or on trajectory files all the windows of one
         * simulation (windows of one simulation overlap: splitting them would leak) */
        const int64_t nf = se3rt_data_nframes(t.tr);
        long long *group = calloc((size_t)nf + 1, sizeof *group);
        if (!group) {
            fprintf(stderr, "se3tc train: out of memory\n");
            goto done;
        }
        int64_t n = nf;
        /* an internal check, not reachable from input: the loader keeps every frame or fails, and
         * nbody_windows has already parsed every window's simulation index */
        if (tr_windows && (xtr->nframes != (size_t)nf || (n = nbody_window_groups(xtr, group)) < 1)) {
            fprintf(stderr, "se3tc train: --valid-fraction: %s: internal error: windows without their simulation\n",
                    o->train);
            free(group);
            goto done;
        }
        for (int64_t k = 0; !tr_windows && k < nf; k++)
            group[k] = k;
        const char *unit = tr_windows ? "simulations" : "frames";
        int64_t nv = (int64_t)llround(o->valid_fraction * (double)n);
        nv = nv < 1 ? 1 : nv;
        if (nv >= n) {
            fprintf(stderr, "se3tc train: --valid-fraction %g of the %lld %s in '%s' leaves no training %s\n",
                    o->valid_fraction, (long long)n, unit, o->train, tr_windows ? "simulation" : "frame");
            free(group);
            goto done;
        }
        unsigned char *held = NULL;   /* held[g]: group g is for validation */
        if (!(pick = calloc((size_t)nf, 1)) || !(perm = calloc((size_t)n, sizeof *perm)) ||
            !(held = calloc((size_t)n, 1))) {
            fprintf(stderr, "se3tc train: out of memory\n");
            free(group);
            goto done;
        }
        uint64_t rng = train_mix((uint64_t)o->seed * 0x9E3779B97F4A7C15ULL ^ 0x76616C6964ULL);
        for (int64_t k = 0; k < n; k++)
            perm[k] = k;
        for (int64_t k = n - 1; k > 0; k--) {
            rng += 0x9E3779B97F4A7C15ULL;
            int64_t j = (int64_t)(train_mix(rng) % (uint64_t)(k + 1)), tmp = perm[k];
            perm[k] = perm[j];
            perm[j] = tmp;
        }
        for (int64_t k = 0; k < nv; k++)
            held[perm[k]] = 1;
        int64_t nvf = 0;
        for (int64_t k = 0; k < nf; k++)
            nvf += pick[k] = held[group[k]];
        free(held);
        free(group);
        free(perm);
        perm = NULL;
        if (!o->quiet && tr_windows)
            fprintf(stderr, "se3tc train: --valid-fraction: %lld of %lld simulations (%lld windows) held out for "
                    "validation\n", (long long)nv, (long long)n, (long long)nvf);
        if (se3rt_data_split(t.tr, pick, &t.va) != SE3RT_OK) {
            fprintf(stderr, "se3tc train: --valid-fraction: %s\n", se3rt_errmsg(ctx));
            goto done;
        }
    }
    if (o->normalize &&
        (se3rt_data_normalize(t.te, t.tr) != SE3RT_OK || (t.va && se3rt_data_normalize(t.va, t.tr) != SE3RT_OK) ||
         se3rt_data_normalize(t.tr, t.tr) != SE3RT_OK)) {
        fprintf(stderr, "se3tc train: --normalize: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    const int ef = se3rt_data_has_forces(t.tr) || se3rt_data_has_stress(t.tr);
    if ((o->energy_weight != 1 || o->force_weight != 1 || o->stress_weight != 1 || o->energy_per_atom) && !ef) {
        fprintf(stderr, "se3tc train: --energy-weight, --force-weight, --stress-weight and --energy-per-atom go with "
                        "the forces or stress target (--targets ENERGY,forces)\n");
        goto done;
    }
    if (ef && (se3rt_data_set_ef_loss(t.tr, o->energy_weight, o->force_weight, o->energy_per_atom) != SE3RT_OK ||
               se3rt_data_set_ef_loss(t.te, o->energy_weight, o->force_weight, o->energy_per_atom) != SE3RT_OK ||
               (t.va && se3rt_data_set_ef_loss(t.va, o->energy_weight, o->force_weight, o->energy_per_atom) != SE3RT_OK) ||
               se3rt_data_set_stress_weight(t.tr, o->stress_weight) != SE3RT_OK ||
               se3rt_data_set_stress_weight(t.te, o->stress_weight) != SE3RT_OK ||
               (t.va && se3rt_data_set_stress_weight(t.va, o->stress_weight) != SE3RT_OK))) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    const int64_t np = se3rt_model_nparams(t.m);
    /* the loop is libse3rt's: the options that change the result, the rest stays here */
    se3rt_trainer_opts to;
    se3rt_trainer_opts_init(&to);
    to.steps = o->steps;
    to.batch = o->batch;
    to.seed = (uint64_t)o->seed;
    to.lr = o->lr;
    to.lr_end = o->lr_end;
    to.warmup = o->warmup;
    to.schedule = strcmp(o->lr_schedule, "plateau") == 0 ? SE3RT_SCHEDULE_PLATEAU : SE3RT_SCHEDULE_COSINE;
    to.plateau_factor = o->plateau_factor;
    to.plateau_patience = o->plateau_patience;
    to.clip = o->clip;
    to.loss = kind;
    to.threads = (int)o->threads;
    to.ema = o->ema;
    to.patience = o->patience;
    to.min_delta = o->min_delta;
    /* a new run starts from the documented initial weights (the moving average too) */
    if (!o->resume && se3rt_model_init_weights(t.m, (uint64_t)o->seed) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    if (se3rt_trainer_new(t.m, t.tr, &to, &t.trn) != SE3RT_OK) {
        fprintf(stderr, "se3tc train: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    long step0 = 0;
    if (o->resume) {
        char csv[4300];
        if ((step0 = train_load(&t, ckdir)) < 0)
            goto done;
        if (o->stop_at > 0 && o->stop_at <= step0 && step0 < o->steps) {
            /* "stop after step N" that is already behind: once ignored, and the run went on to --steps */
            fprintf(stderr, "se3tc train: --stop-at %ld is not after the checkpoint's step %ld in '%s' (nothing to do)\n",
                    o->stop_at, step0, o->out);
            goto done;
        }
        if (!t.legacy) {
            /* a run killed between a commit and the files beside it left them a checkpoint behind */
            char name[64];
            snprintf(name, sizeof name, CKPT_PREFIX "%06ld", t.ckpt_step);
            if (ckpt_publish(&t, name, "weights.safetensors") != 0 || ckpt_publish(&t, name, "loss.csv") != 0) {
                fprintf(stderr, "se3tc train: --resume: cannot update the files beside '%s': %s\n", ckdir,
                        strerror(errno));
                goto done;
            }
        }
        snprintf(csv, sizeof csv, "%s/loss.csv", ckdir);
        train_read_csv(&t, csv, step0);
        if (!o->quiet)
            fprintf(stderr, "se3tc train: resuming at step %ld of %ld\n", step0, o->steps);
    } else if (o->overwrite && train_clear_folder(&t) != 0) {
        goto done;
    }
    snprintf(train_msg_first, sizeof train_msg_first,
             "\nse3tc train: interrupted: a checkpoint follows this step (a third signal stops at once)\n");
    snprintf(train_msg_abort, sizeof train_msg_abort,
             "\nse3tc train: stopped at once, without a checkpoint of this step; the last complete checkpoint in %s "
             "is intact (continue with --resume)\n", o->out);
    train_signals(1);
    const int tty = isatty(2) && !o->quiet;
    if (!o->quiet)
        fprintf(stderr, "se3tc train: %s, %lld weights, %lld training, %lld validation and %lld test frames, batch "
                        "%ld, %ld steps, %ld threads, %s\n", se3rt_model_name(t.m), (long long)np,
                (long long)se3rt_data_nframes(t.tr), (long long)(t.va ? se3rt_data_nframes(t.va) : 0),
                (long long)se3rt_data_nframes(t.te), o->batch, o->steps, o->threads,
                se3rt_model_is_f32(t.m) ? "f32" : "f64");
    if (t.track.stopped && !o->quiet)
        fprintf(stderr, "se3tc train: the run in '%s' stopped early at step %ld (best validation loss at step %ld)\n",
                o->out, step0, t.track.best_step);
    long step = step0;
    double t0 = train_now(), last_loss = NAN, smooth = NAN;
    for (; step < o->steps && !t.track.stopped; step++) {
        se3rt_trainer_stepinfo si;
        if (se3rt_trainer_step(t.trn, 1) != SE3RT_OK) {
            se3rt_trainer_last(t.trn, &si);
            if (si.nonfinite)
                fprintf(stderr, "%sse3tc train: step %ld: the loss is not finite (lower --lr or use --clip)\n",
                        tty ? "\n" : "", step + 1);
            else /* the runtime names the frame and atom; the file is the training set's */
                fprintf(stderr, "%sse3tc train: step %ld: %s: %s\n", tty ? "\n" : "", step + 1, o->train,
                        se3rt_errmsg(ctx));
            goto done;
        }
        se3rt_trainer_last(t.trn, &si);
        const double loss = si.loss, gn = si.grad_norm, lr = si.lr;
        last_loss = loss;
        smooth = isnan(smooth) ? loss : 0.98 * smooth + 0.02 * loss;
        train_row row = { step + 1, lr, loss, NAN, gn, t.wall0 + train_now() - t0, NAN };
        const long done_steps = step + 1;
        if (done_steps % o->eval_every == 0 || done_steps == o->steps) {
            /* the evaluated weights are the average with --ema */
            train_use_ema(&t, 1);
            const char *efile = o->test;
            int erc = se3rt_data_eval(t.m, t.te, kind, 64, NULL, &row.test_loss, NULL) != SE3RT_OK;
            if (!erc && t.va) {
                efile = o->valid ? o->valid : o->train;
                erc = se3rt_data_eval(t.m, t.va, kind, 64, NULL, &row.valid_loss, NULL) != SE3RT_OK;
            }
            if (erc)
                fprintf(stderr, "%sse3tc train: evaluation: %s: %s\n", tty ? "\n" : "", efile, se3rt_errmsg(ctx));
            else if (t.va && train_track_valid(&t, done_steps, row.valid_loss) != 0)
                erc = 1;
            train_use_ema(&t, 0);
            if (erc)
                goto done;
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
            if (!isnan(row.valid_loss))
                fprintf(stderr, " valid %.6g", row.valid_loss);
            fprintf(stderr, " %.2f steps/s ETA %s\n", rate, eta);
        }
        const int stop_here = done_steps < o->steps && ((o->stop_at > 0 && done_steps == o->stop_at) ||
                                                        (o->time_limit > 0 && train_now() - t0 >= o->time_limit));
        const int sig = train_stop_signal;
        if (done_steps % o->ckpt_every == 0 || done_steps == o->steps || sig || stop_here || t.track.stopped) {
            if (train_checkpoint(&t, done_steps, row.wall) != 0)
                goto done;
        }
        if (stop_here && !sig) {
            fprintf(stderr, "%sse3tc train: stopped at step %ld of %ld as asked; checkpoint in %s (continue with "
                            "--resume)\n", tty ? "\n" : "", done_steps, o->steps, o->out);
            rc = train_final_weights(&t) == 0 && train_metrics(&t, done_steps, row.wall, last_loss, xte) == 0 ? 0 : 1;
            goto done;
        }
        if (sig) {
            fprintf(stderr, "%sse3tc train: %s: checkpoint of step %ld in %s (continue with --resume)\n",
                    tty ? "\n" : "", sig == SIGINT ? "interrupted" : "terminated", done_steps, o->out);
            rc = 128 + sig;
            goto done;
        }
        if (t.track.stopped && !o->quiet)
            fprintf(stderr, "%sse3tc train: early stop at step %ld: %ld evaluations without a validation loss below "
                            "%.6g - %g (the best, step %ld)\n", tty ? "\n" : "", done_steps, t.track.bad_evals,
                    t.track.best_loss, o->min_delta, t.track.best_step);
    }
    if (tty)
        fputc('\n', stderr);
    if (step == step0 && train_checkpoint(&t, step, t.wall0) != 0)
        goto done;
    if (train_final_weights(&t) != 0 || train_metrics(&t, step, t.wall0 + train_now() - t0, last_loss, xte) != 0)
        goto done;
    rc = 0;
done:
    train_signals(0);
    free(perm);
    free(t.rows);
    for (int i = 0; i < 5; i++)
        free(t.kept[i]);
    for (int i = 0; i < o->cfg_argc; i++)
        free(o->cfg_argv[i]);
    free(o->cfg_argv);
    free(o->cfg_line);
    free(pick);
    se3rt_trainer_free(t.trn);
    se3rt_data_free(t.tr);
    se3rt_data_free(t.te);
    se3rt_data_free(t.va);
    se3rt_xyz_free(xva);
    se3rt_sdf_free(str);
    se3rt_sdf_free(ste);
    se3rt_sdf_free(sva);
    se3rt_model_free(t.m);
    se3rt_xyz_free(xtr);
    se3rt_xyz_free(xte);
    if (trbuf)
        se3rt_io_buf_free(ctx, trbuf);
    se3rt_ctx_free(ctx);
    compile_free(c);
    if (t.dirfd >= 0)
        close(t.dirfd); /* releases the lock */
    return rc;
}
