/* cmd_nbody.c - `se3tc nbody generate`: the charged-particle N-body data set of the
 * SE(3)-Transformer paper (Fuchs et al. 2020), i.e. the ChargedParticlesSim of Kipf et al. 2018
 * (NRI, data/synthetic_sim.py) in 3D. docs/nbody.md is the description of record: dynamics,
 * sampling choices, PRNG streams, file layout. Everything is double precision and deterministic
 * per seed: each simulation has its own xoshiro256** stream keyed by (seed, split, index). */
#include "cmd_util.h"
#include "cmd_nbody.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sys/stat.h>
#include <unistd.h>

#include "se3rt_io.h"
#include "nbody_windows.h"

#define NB_MAX_PARTICLES 10000
#define NB_MAX_SIMS 100000000LL
#define NB_MAX_STEPS 1000000000LL

/* ---------------------------------------------------------------- options */

typedef struct nb_opts {
    const char *dir;        /* -o */
    long long train, test;  /* simulations per split */
    uint64_t seed;
    int particles;
    double charge_prob;     /* probability of charge +1 (else -1) */
    int uniform;            /* 1: initial positions uniform in [-box, box]^3; 0: N(0, loc_std^2) */
    double box;             /* half-width of the uniform start */
    double loc_std;         /* standard deviation of the Gaussian start (the official 1) */
    double walls;           /* > 0: elastic walls at +-walls (the official 5); 0: none */
    int pairs;              /* 1: one input/label pair per simulation (the older format) */
    long long length;       /* trajectory mode: steps simulated (the official 5000) */
    long long every;        /* trajectory mode: steps between stored frames (the official 100) */
    double speed;           /* initial speed of every particle */
    double strength;        /* interaction strength */
    double dt;              /* time step */
    double max_force;       /* per-component clip; <= 0 here means "0.1 / dt" */
    long long burn;         /* smallest input step */
    long long max_start;    /* largest input step */
    long long horizon;      /* steps between input and label */
} nb_opts;

static void nb_usage(FILE *out)
{
    fprintf(out,
            "usage: se3tc nbody generate -o DIR [--train N] [--test N] [--seed S] [options]\n"
            "Write DIR/train.extxyz and DIR/test.extxyz: the SE(3)-Transformer paper's charged\n"
            "N-body data set, as its public generator makes it (NRI's ChargedParticlesSim in 3D):\n"
            "whole trajectories, one frame per stored time step; `se3tc train` cuts the\n"
            "input/label windows from them. See docs/nbody.md.\n"
            "  -o DIR             output folder (created if missing)\n"
            "  --train N          training simulations (5000)\n"
            "  --test N           test simulations (1000)\n"
            "  --seed S           seed, a non-negative integer (1); same seed, same bytes\n"
            "  --particles N      particles per simulation (5)\n"
            "  --charge-prob P    probability of charge +1, else -1 (0.5)\n"
            "  --loc-std S        initial positions N(0, S^2) per coordinate (1)\n"
            "  --init uniform     initial positions uniform in [-B, B]^3 instead (--init normal:\n"
            "                     back to N(0, S^2)); the last of --init, --box, --loc-std wins\n"
            "  --box B            initial positions uniform in [-B, B]^3 (B = 5 with --init uniform)\n"
            "  --walls W          elastic walls at +-W (5, as the official --boxsize; 0: none)\n"
            "  --speed V          initial speed, random direction (0.5)\n"
            "  --strength K       force q_i q_j K (x_i - x_j) / |x_i - x_j|^3 (1)\n"
            "  --dt DT            time step (0.001)\n"
            "  --max-force F      clip each force component to [-F, F] (0.1/DT; inf: no clip)\n"
            "  --length T         trajectory: steps simulated (5000)\n"
            "  --sample-every S   trajectory: steps between stored frames (100); frames at\n"
            "                     steps S, 2S, ..., T - S as the official generator stores them\n"
            "  --horizon H        steps from input to label (500); in a trajectory file the\n"
            "                     window `se3tc train` cuts (a multiple of S)\n"
            "  --pairs            one input/label pair per simulation instead of trajectories\n"
            "                     (the older format; --init uniform --walls 0 --pairs gives the\n"
            "                     older defaults)\n"
            "  --burn S0          pairs: smallest input step t0 (0)\n"
            "  --max-start S1     pairs: largest input step t0; t0 uniform in [S0, S1] (5000)\n");
}

static int nb_bad(const char *opt, const char *want, const char *got)
{
    fprintf(stderr, "se3tc nbody: %s needs %s, got '%s'\n", opt, want, got);
    return 2;
}

/* Whole-string integer in [lo, hi]; 0 or -1. */
static int nb_int(const char *s, long long lo, long long hi, long long *v)
{
    if (!*s || (*s != '-' && (*s < '0' || *s > '9')))
        return -1;
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    if (*end || errno || x < lo || x > hi)
        return -1;
    *v = x;
    return 0;
}

/* Whole-string real (finite unless allow_inf); 0 or -1. */
static int nb_real(const char *s, int allow_inf, double *v)
{
    char *end;
    errno = 0;
    double x = strtod(s, &end);
    if (!*s || *end || isnan(x) || (isinf(x) && !allow_inf) || (errno && !isinf(x)))
        return -1;
    *v = x;
    return 0;
}

/* Parse `generate` options (argv[0] is "generate"). Returns -1 to go on, else an exit code. */
static int nb_parse(int argc, char **argv, nb_opts *o)
{
    *o = (nb_opts){ .dir = NULL, .train = 5000, .test = 1000, .seed = 1, .particles = 5,
                    .charge_prob = 0.5, .box = 5, .loc_std = 1, .walls = 5,
                    .length = 5000, .every = 100, .speed = 0.5, .strength = 1, .dt = 0.001,
                    .max_force = 0, .burn = 0, .max_start = 5000, .horizon = 500 };
    int have_max_force = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            nb_usage(stdout);
            return 0;
        }
        if (strcmp(a, "--pairs") == 0) {
            o->pairs = 1;
            continue;
        }
        if (a[0] != '-' || !a[1]) {
            fprintf(stderr, "se3tc nbody: unexpected argument '%s' (see se3tc nbody --help)\n", a);
            return 2;
        }
        static const char *const known[] = { "-o", "--train", "--test", "--seed", "--particles",
                                             "--charge-prob", "--box", "--loc-std", "--speed", "--strength",
                                             "--dt", "--max-force", "--burn", "--max-start",
                                             "--horizon", "--init", "--walls", "--length",
                                             "--sample-every", NULL };
        int k = 0;
        while (known[k] && strcmp(known[k], a) != 0)
            k++;
        if (!known[k]) {
            fprintf(stderr, "se3tc nbody: unknown option '%s' (see se3tc nbody --help)\n", a);
            return 2;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "se3tc nbody: %s needs a value (see se3tc nbody --help)\n", a);
            return 2;
        }
        const char *v = argv[++i];
        long long n;
        double x;
        if (strcmp(a, "-o") == 0) {
            if (!*v)
                return nb_bad(a, "a folder", v);
            o->dir = v;
        } else if (strcmp(a, "--train") == 0 || strcmp(a, "--test") == 0) {
            if (nb_int(v, 0, NB_MAX_SIMS, &n))
                return nb_bad(a, "an integer 0..100000000", v);
            *(strcmp(a, "--train") == 0 ? &o->train : &o->test) = n;
        } else if (strcmp(a, "--seed") == 0) {
            char *end;
            errno = 0;
            unsigned long long s = (*v >= '0' && *v <= '9') ? strtoull(v, &end, 10) : 0;
            if (!(*v >= '0' && *v <= '9') || *end || errno)
                return nb_bad(a, "a non-negative integer", v);
            o->seed = (uint64_t)s;
        } else if (strcmp(a, "--particles") == 0) {
            if (nb_int(v, 1, NB_MAX_PARTICLES, &n))
                return nb_bad(a, "an integer 1..10000", v);
            o->particles = (int)n;
        } else if (strcmp(a, "--charge-prob") == 0) {
            if (nb_real(v, 0, &x) || x < 0 || x > 1)
                return nb_bad(a, "a probability in [0, 1]", v);
            o->charge_prob = x;
        } else if (strcmp(a, "--box") == 0) {
            if (nb_real(v, 0, &x) || !(x > 0))
                return nb_bad(a, "a positive number", v);
            o->box = x;
            o->uniform = 1; /* the box is the uniform start */
        } else if (strcmp(a, "--init") == 0) {
            if (strcmp(v, "uniform") != 0 && strcmp(v, "normal") != 0)
                return nb_bad(a, "'normal' or 'uniform'", v);
            o->uniform = strcmp(v, "uniform") == 0;
        } else if (strcmp(a, "--walls") == 0) {
            if (nb_real(v, 0, &x) || !(x >= 0))
                return nb_bad(a, "a non-negative number", v);
            o->walls = x;
        } else if (strcmp(a, "--length") == 0 || strcmp(a, "--sample-every") == 0) {
            if (nb_int(v, 1, NB_MAX_STEPS, &n))
                return nb_bad(a, "an integer 1..1000000000", v);
            *(strcmp(a, "--length") == 0 ? &o->length : &o->every) = n;
        } else if (strcmp(a, "--loc-std") == 0) {
            if (nb_real(v, 0, &x) || !(x > 0))
                return nb_bad(a, "a positive number", v);
            o->loc_std = x;
            o->uniform = 0;
        } else if (strcmp(a, "--speed") == 0) {
            if (nb_real(v, 0, &x) || x < 0)
                return nb_bad(a, "a non-negative number", v);
            o->speed = x;
        } else if (strcmp(a, "--strength") == 0) {
            if (nb_real(v, 0, &x))
                return nb_bad(a, "a finite number", v);
            o->strength = x;
        } else if (strcmp(a, "--dt") == 0) {
            if (nb_real(v, 0, &x) || !(x > 0))
                return nb_bad(a, "a positive number", v);
            o->dt = x;
        } else if (strcmp(a, "--max-force") == 0) {
            if (nb_real(v, 1, &x) || !(x > 0))
                return nb_bad(a, "a positive number or inf", v);
            o->max_force = x;
            have_max_force = 1;
        } else {
            if (nb_int(v, 0, NB_MAX_STEPS, &n))
                return nb_bad(a, "an integer 0..1000000000", v);
            *(strcmp(a, "--burn") == 0 ? &o->burn : strcmp(a, "--horizon") == 0 ? &o->horizon
                                                                                    : &o->max_start) = n;
        }
    }
    if (!o->dir) {
        fprintf(stderr, "se3tc nbody: no output folder (usage: se3tc nbody generate -o DIR ...)\n");
        return 2;
    }
    if (o->burn > o->max_start) {
        fprintf(stderr, "se3tc nbody: --burn %lld is larger than --max-start %lld\n", o->burn, o->max_start);
        return 2;
    }
    if (!o->pairs) {
        if (o->length % o->every != 0 || o->length / o->every < 2) {
            fprintf(stderr, "se3tc nbody: --length %lld must be a multiple of --sample-every %lld, at least twice it\n",
                    o->length, o->every);
            return 2;
        }
        if (o->horizon % o->every != 0 || o->horizon / o->every >= o->length / o->every - 1) {
            fprintf(stderr, "se3tc nbody: --horizon %lld must be a multiple of --sample-every %lld shorter than "
                            "the stored trajectory (%lld frames)\n", o->horizon, o->every, o->length / o->every - 1);
            return 2;
        }
    }
    if (!have_max_force) {
        o->max_force = 0.1 / o->dt;
        if (!isfinite(o->max_force)) {
            fprintf(stderr, "se3tc nbody: --dt %g is too small for the default --max-force 0.1/dt\n", o->dt);
            return 2;
        }
    }
    return -1;
}

/* ---------------------------------------------------------------- random numbers */

/* splitmix64 (Steele, Lea, Flood 2014): seeds the streams. */
static uint64_t nb_splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* xoshiro256** 1.0 (Blackman, Vigna 2018) plus the spare Box-Muller normal. */
typedef struct nb_rng {
    uint64_t s[4];
    double spare;
    int has_spare;
} nb_rng;

static uint64_t nb_rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t nb_next(nb_rng *r)
{
    uint64_t *s = r->s;
    uint64_t out = nb_rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = nb_rotl(s[3], 45);
    return out;
}

/* Split tags: the ASCII of "train" and "test". */
#define NB_TAG_TRAIN 0x747261696EULL
#define NB_TAG_TEST 0x74657374ULL

/* The stream of simulation `index` of a split: key = splitmix(seed ^ tag) ^ index, advanced
 * through splitmix64 four times to fill the state (never all zero in practice; checked). */
static void nb_rng_init(nb_rng *r, uint64_t seed, uint64_t tag, uint64_t index)
{
    uint64_t k = seed ^ tag;
    k = nb_splitmix(&k) ^ index;
    for (int i = 0; i < 4; i++)
        r->s[i] = nb_splitmix(&k);
    if (!(r->s[0] | r->s[1] | r->s[2] | r->s[3]))
        r->s[0] = 1;
    r->has_spare = 0;
}

/* Uniform in [0, 1), 53 bits. */
static double nb_uniform(nb_rng *r)
{
    return (double)(nb_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* Standard normal by Box-Muller; the second value of each pair is used next time. */
static double nb_normal(nb_rng *r)
{
    if (r->has_spare) {
        r->has_spare = 0;
        return r->spare;
    }
    double u1 = 1.0 - nb_uniform(r), u2 = nb_uniform(r); /* u1 in (0, 1] */
    double rad = sqrt(-2.0 * log(u1)), th = 6.283185307179586 * u2;
    r->spare = rad * sin(th);
    r->has_spare = 1;
    return rad * cos(th);
}

/* ---------------------------------------------------------------- simulation */

/* F_i = K sum_{j != i} q_i q_j (x_i - x_j) / |x_i - x_j|^3, each component clipped to
 * [-maxf, maxf]. Coincident particles (r = 0, measure zero) exert no force on each other. */
static void nb_force(int n, const double *x, const double *q, double k, double maxf, double *f)
{
    memset(f, 0, (size_t)n * 3 * sizeof *f);
    for (int i = 0; i < n; i++) {
        const double *xi = x + 3 * i;
        for (int j = i + 1; j < n; j++) {
            const double *xj = x + 3 * j;
            double d0 = xi[0] - xj[0], d1 = xi[1] - xj[1], d2 = xi[2] - xj[2];
            double r2 = d0 * d0 + d1 * d1 + d2 * d2;
            if (r2 == 0)
                continue;
            double s = k * q[i] * q[j] / (r2 * sqrt(r2));
            f[3 * i] += s * d0, f[3 * i + 1] += s * d1, f[3 * i + 2] += s * d2;
            f[3 * j] -= s * d0, f[3 * j + 1] -= s * d1, f[3 * j + 2] -= s * d2;
        }
    }
    for (int c = 0; c < 3 * n; c++)
        f[c] = f[c] > maxf ? maxf : f[c] < -maxf ? -maxf : f[c];
}

/* Elastic walls at +-w (NRI's _clamp, applied per coordinate after every drift and to the
 * initial state): a coordinate beyond w is mirrored back into the box and its velocity
 * component turned inwards. One mirror suffices: a step moves a particle far less than w. */
static void nb_clamp(int n, double w, double *x, double *v)
{
    if (!(w > 0))
        return;
    for (int c = 0; c < 3 * n; c++) {
        if (x[c] > w) {
            x[c] = 2 * w - x[c];
            v[c] = -fabs(v[c]);
        } else if (x[c] < -w) {
            x[c] = -2 * w - x[c];
            v[c] = fabs(v[c]);
        }
    }
}

/* Work arrays of one simulation, 3n each (q: n). */
typedef struct nb_sim {
    double *q, *x, *v, *f, *x0, *v0, *dx, *dv;
} nb_sim;

/* The initial state: draws n charges, 3n positions (normal or uniform), 3n normals for the
 * velocities, in this order; the walls then act on it (as NRI clamps its initial state). */
static void nb_init(const nb_opts *o, nb_rng *r, nb_sim *s)
{
    int n = o->particles;
    for (int i = 0; i < n; i++)
        s->q[i] = nb_uniform(r) < o->charge_prob ? 1.0 : -1.0;
    for (int c = 0; c < 3 * n; c++)
        s->x[c] = o->uniform ? o->box * (2.0 * nb_uniform(r) - 1.0) : o->loc_std * nb_normal(r);
    for (int i = 0; i < n; i++) {
        double *v = s->v + 3 * i, nrm;
        do {
            v[0] = nb_normal(r), v[1] = nb_normal(r), v[2] = nb_normal(r);
            nrm = sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        } while (nrm == 0);
        for (int c = 0; c < 3; c++)
            v[c] = v[c] * o->speed / nrm;
    }
    nb_clamp(n, o->walls, s->x, s->v);
}

/* One integration step i >= 1 after the kick of step i - 1: drift, walls (the state of step i),
 * then the kick v += dt F(x). */
static void nb_kick(const nb_opts *o, nb_sim *s)
{
    int n = o->particles;
    nb_force(n, s->x, s->q, o->strength, o->max_force, s->f);
    for (int c = 0; c < 3 * n; c++)
        s->v[c] += o->dt * s->f[c];
}

static void nb_drift(const nb_opts *o, nb_sim *s)
{
    int n = o->particles;
    for (int c = 0; c < 3 * n; c++)
        s->x[c] += o->dt * s->v[c];
    nb_clamp(n, o->walls, s->x, s->v);
}

/* One simulation in pair mode: the initial state (nb_init), then t0. State at step 0 is the
 * initial one; NRI's first kick v += dt F(x) follows it; step i >= 1 is x += dt v, the walls
 * (the state recorded at step i), then v += dt F(x). Fills q, x0, v0 (state at t0), dx, dv
 * (state at t0 + horizon minus it) and returns t0. */
static long long nb_simulate(const nb_opts *o, nb_rng *r, nb_sim *s)
{
    int n = o->particles;
    nb_init(o, r, s);
    long long span = o->max_start - o->burn + 1;
    long long t0 = o->burn + (long long)(nb_uniform(r) * (double)span);
    if (t0 > o->max_start)
        t0 = o->max_start;
    long long t1 = t0 + o->horizon;
    size_t bytes = (size_t)n * 3 * sizeof(double);
    if (t0 == 0)
        memcpy(s->x0, s->x, bytes), memcpy(s->v0, s->v, bytes);
    if (t1 == 0) {
        memcpy(s->dx, s->x, bytes), memcpy(s->dv, s->v, bytes);
    } else {
        nb_kick(o, s);
        for (long long step = 1;; step++) {
            nb_drift(o, s);
            if (step == t0)
                memcpy(s->x0, s->x, bytes), memcpy(s->v0, s->v, bytes);
            if (step == t1) {
                memcpy(s->dx, s->x, bytes), memcpy(s->dv, s->v, bytes);
                break;
            }
            nb_kick(o, s);
        }
    }
    for (int c = 0; c < 3 * n; c++) {
        s->dx[c] -= s->x0[c];
        s->dv[c] -= s->v0[c];
    }
    return t0;
}

/* One simulation in trajectory mode, as the official generator's sample_trajectory: the
 * states of steps every, 2 every, ..., length - every (length / every - 1 frames; the initial
 * state is not stored) into xs, vs (frames x 3n each). */
static void nb_trajectory(const nb_opts *o, nb_rng *r, nb_sim *s, double *xs, double *vs)
{
    int n = o->particles;
    size_t bytes = (size_t)n * 3 * sizeof(double);
    long long frame = 0;
    nb_init(o, r, s);
    nb_kick(o, s);
    for (long long step = 1; step < o->length; step++) {
        nb_drift(o, s);
        if (step % o->every == 0) {
            memcpy(xs + frame * 3 * n, s->x, bytes);
            memcpy(vs + frame * 3 * n, s->v, bytes);
            frame++;
        }
        nb_kick(o, s);
    }
}

/* ---------------------------------------------------------------- driver */

static double nb_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Progress on stderr: on a terminal one line rewritten at each percent, else a line at each
 * tenth. */
typedef struct nb_progress {
    long long done, total;
    int tty, last;
} nb_progress;

static void nb_progress_step(nb_progress *p)
{
    p->done++;
    if (p->tty) {
        int pc = (int)(p->done * 100 / p->total);
        if (pc != p->last || p->done == p->total) {
            p->last = pc;
            fprintf(stderr, "\rse3tc nbody: simulating %lld/%lld", p->done, p->total);
            if (p->done == p->total)
                fputc('\n', stderr);
            fflush(stderr);
        }
    } else {
        int tenth = (int)(p->done * 10 / p->total);
        if (tenth != p->last) {
            p->last = tenth;
            fprintf(stderr, "se3tc nbody: simulated %lld/%lld\n", p->done, p->total);
        }
    }
}

/* Run `count` simulations of a split into `xyz`: pair mode, one frame per simulation; trajectory
 * mode, length / every - 1 frames per simulation (xs, vs: room for them). */
static se3rt_status nb_split(const nb_opts *o, uint64_t tag, long long count, se3rt_xyz *xyz,
                             nb_sim *s, double *xs, double *vs, nb_progress *p)
{
    char buf[32];
    const int n = o->particles;
    const long long nfr = o->length / o->every - 1;
    for (long long k = 0; k < count; k++) {
        nb_rng r;
        nb_rng_init(&r, o->seed, tag, (uint64_t)k);
        se3rt_status st = SE3RT_OK;
        if (!o->pairs) {
            nb_trajectory(o, &r, s, xs, vs);
            for (long long fi = 0; fi < nfr && !st; fi++) {
                se3rt_frame *f;
                st = se3rt_xyz_frame_append(xyz, (size_t)n, NULL, xs + fi * 3 * n, &f);
                if (!st)
                    st = se3rt_frame_prop_add(xyz, f, "vel", 3, vs + fi * 3 * n, 0);
                if (!st)
                    st = se3rt_frame_prop_add(xyz, f, "charge", 1, s->q, 0);
                const struct { const char *key; long long v; } ints[] = {
                    { "sim", k }, { "frame", fi }, { "step", (fi + 1) * o->every }, { "frames", nfr },
                    { "sample_every", o->every }, { "horizon", o->horizon } };
                for (size_t q = 0; q < sizeof ints / sizeof ints[0] && !st; q++) {
                    snprintf(buf, sizeof buf, "%lld", ints[q].v);
                    st = se3rt_frame_info_set(xyz, f, ints[q].key, buf);
                }
                snprintf(buf, sizeof buf, "%.17g", o->dt);
                if (!st)
                    st = se3rt_frame_info_set(xyz, f, "dt", buf);
            }
            if (st)
                return st;
            nb_progress_step(p);
            continue;
        }
        long long t0 = nb_simulate(o, &r, s);
        se3rt_frame *f;
        st = se3rt_xyz_frame_append(xyz, (size_t)n, NULL, s->x0, &f);
        if (!st)
            st = se3rt_frame_prop_add(xyz, f, "vel", 3, s->v0, 0);
        if (!st)
            st = se3rt_frame_prop_add(xyz, f, "charge", 1, s->q, 0);
        if (!st)
            st = se3rt_frame_prop_add(xyz, f, "dx", 3, s->dx, 0);
        if (!st)
            st = se3rt_frame_prop_add(xyz, f, "dv", 3, s->dv, 0);
        snprintf(buf, sizeof buf, "%lld", k);
        if (!st)
            st = se3rt_frame_info_set(xyz, f, "sim", buf);
        snprintf(buf, sizeof buf, "%lld", t0);
        if (!st)
            st = se3rt_frame_info_set(xyz, f, "t0", buf);
        /* the time between input and label, for the linear baseline dx = v * delta_t */
        snprintf(buf, sizeof buf, "%.17g", (double)o->horizon * o->dt);
        if (!st)
            st = se3rt_frame_info_set(xyz, f, "delta_t", buf);
        if (st)
            return st;
        nb_progress_step(p);
    }
    return SE3RT_OK;
}

/* DIR exists as a folder afterwards, or one line is printed and -1 returned. */
static int nb_mkdir(const char *dir)
{
    return cmd_mkdirs("nbody", dir);
}

static int nb_generate(int argc, char **argv)
{
    nb_opts o;
    int rc = nb_parse(argc, argv, &o);
    if (rc >= 0)
        return rc;
    char dir[4096], train_path[4200], test_path[4200];
    size_t dl = strlen(o.dir);
    if (dl >= sizeof dir) {
        fprintf(stderr, "se3tc nbody: -o folder name is too long\n");
        return 2;
    }
    memcpy(dir, o.dir, dl + 1);
    while (dl > 1 && dir[dl - 1] == '/')
        dir[--dl] = 0;
    snprintf(train_path, sizeof train_path, "%s/train.extxyz", dir);
    snprintf(test_path, sizeof test_path, "%s/test.extxyz", dir);
    if (nb_mkdir(dir))
        return 1;

    double t_start = nb_now();
    se3rt_ctx *ctx = NULL;
    se3rt_xyz *train = NULL, *test = NULL;
    se3rt_afile *af_train = NULL, *af_test = NULL;
    FILE *fp_train = NULL, *fp_test = NULL;
    nb_sim s = { 0 };
    size_t m = (size_t)o.particles * 3;
    double *mem = calloc(m * 7 + (size_t)o.particles, sizeof(double));
    size_t traj = o.pairs ? 1 : (size_t)(o.length / o.every - 1) * m;
    double *xs = calloc(traj, sizeof(double)), *vs = calloc(traj, sizeof(double));
    if (!mem || !xs || !vs || se3rt_ctx_new(&ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc nbody: out of memory\n");
        free(mem), free(xs), free(vs);
        se3rt_ctx_free(ctx);
        return 1;
    }
    s.x = mem, s.v = mem + m, s.f = mem + 2 * m, s.x0 = mem + 3 * m, s.v0 = mem + 4 * m;
    s.dx = mem + 5 * m, s.dv = mem + 6 * m, s.q = mem + 7 * m;
    nb_progress p = { 0, o.train + o.test, isatty(STDERR_FILENO), 0 };
    p.last = p.tty ? -1 : 0;

    /* Both splits are generated in memory and written to temporaries; the two renames come
     * only after both files are complete, so a failure leaves no new file behind. */
    se3rt_status st = se3rt_xyz_new(ctx, train_path, &train);
    if (!st)
        st = se3rt_xyz_new(ctx, test_path, &test);
    if (!st)
        st = nb_split(&o, NB_TAG_TRAIN, o.train, train, &s, xs, vs, &p);
    if (!st)
        st = nb_split(&o, NB_TAG_TEST, o.test, test, &s, xs, vs, &p);
    if (!st)
        st = se3rt_afile_open(ctx, test_path, &af_test, &fp_test);
    if (!st)
        st = se3rt_xyz_write_file(ctx, test, fp_test, test_path);
    if (!st)
        st = se3rt_afile_open(ctx, train_path, &af_train, &fp_train);
    if (!st)
        st = se3rt_xyz_write_file(ctx, train, fp_train, train_path);
    if (!st) {
        st = se3rt_afile_commit(ctx, af_test);
        af_test = NULL;
    }
    if (!st) {
        st = se3rt_afile_commit(ctx, af_train);
        af_train = NULL;
    }
    if (st) {
        if (p.tty && p.done > 0 && p.done < p.total)
            fputc('\n', stderr); /* end the progress line */
        fprintf(stderr, "se3tc nbody: %s\n", se3rt_errmsg(ctx));
        rc = 1;
    } else {
        fprintf(stderr, "se3tc nbody: wrote %s (%zu frames), %s (%zu frames) in %.1f s\n",
                train_path, train->nframes, test_path, test->nframes, nb_now() - t_start);
        rc = 0;
    }
    se3rt_afile_abort(ctx, af_test);
    se3rt_afile_abort(ctx, af_train);
    se3rt_xyz_free(train);
    se3rt_xyz_free(test);
    se3rt_ctx_free(ctx);
    free(mem), free(xs), free(vs);
    return rc;
}

/* `se3tc nbody windows -i TRAJ -o PAIRS [--spread]`: the windows `se3tc train` cuts, as a file. */
static int nb_windows_cmd(int argc, char **argv)
{
    const char *in = NULL, *out = NULL;
    int spread = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: se3tc nbody windows -i TRAJ.extxyz -o PAIRS.extxyz [--spread]\n"
                   "The input/label windows of a trajectory file of `se3tc nbody generate`, in the pair\n"
                   "format: every start frame of every simulation (what `se3tc train` trains on), or with\n"
                   "--spread one fixed start frame per simulation (its test windows). See docs/nbody.md.\n");
            return 0;
        }
        if (strcmp(argv[i], "--spread") == 0) {
            spread = 1;
        } else if ((strcmp(argv[i], "-i") == 0 || strcmp(argv[i], "-o") == 0) && i + 1 < argc && argv[i + 1][0]) {
            *(argv[i][1] == 'i' ? &in : &out) = argv[i + 1];
            i++;
        } else {
            fprintf(stderr, "se3tc nbody: windows: bad argument '%s' (usage: se3tc nbody windows -i TRAJ -o PAIRS "
                            "[--spread])\n", argv[i]);
            return 2;
        }
    }
    if (!in || !out) {
        fprintf(stderr, "se3tc nbody: windows needs -i TRAJ and -o PAIRS\n");
        return 2;
    }
    se3rt_ctx *ctx = NULL;
    se3rt_xyz *traj = NULL, *w = NULL;
    char err[512];
    int rc = 1;
    if (se3rt_ctx_new(&ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc nbody: out of memory\n");
        return 1;
    }
    if (se3rt_xyz_read(ctx, in, &traj) != SE3RT_OK)
        fprintf(stderr, "se3tc nbody: %s\n", se3rt_errmsg(ctx));
    else if (!nbody_is_trajectory(traj))
        fprintf(stderr, "se3tc nbody: %s: not a trajectory file (no sample_every and frames in its first frame)\n", in);
    else if (nbody_windows(ctx, traj, spread ? NBODY_WINDOWS_SPREAD : NBODY_WINDOWS_ALL, &w, err, sizeof err) != 0)
        fprintf(stderr, "se3tc nbody: %s\n", err);
    else if (se3rt_xyz_write(ctx, w, out) != SE3RT_OK)
        fprintf(stderr, "se3tc nbody: %s\n", se3rt_errmsg(ctx));
    else
        rc = 0;
    se3rt_xyz_free(w);
    se3rt_xyz_free(traj);
    se3rt_ctx_free(ctx);
    return rc;
}

int cmd_nbody(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "se3tc nbody: no subcommand (usage: se3tc nbody generate -o DIR ...)\n");
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        nb_usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "generate") == 0)
        return nb_generate(argc - 1, argv + 1);
    if (strcmp(argv[1], "windows") == 0)
        return nb_windows_cmd(argc - 1, argv + 1);
    fprintf(stderr, "se3tc nbody: unknown subcommand '%s' (usage: se3tc nbody generate -o DIR ...)\n",
            argv[1]);
    return 2;
}
