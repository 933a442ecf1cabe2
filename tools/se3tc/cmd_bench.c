/* cmd_bench.c - `se3tc bench SPEC`: forward time per layer and in total (median of repeated
 * runs), edges/s and GFLOP/s from the manifest's FLOP counts, the fraction of this CPU's fp32
 * peak, and in the same run the naive reference (compiler/reference.c) with the speedup of
 * the generated code over it. Inputs are random graphs of the spec's kind. */
#include "cmd_bench.h"
#include "cmd_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pipeline.h"
#include "reference.h"
#include "se3rt_model.h"
#include "se3rt_train.h"

static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double bench_cpu(void)   /* CPU time of the whole process, every thread */
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

static uint64_t bench_rng(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double bench_u(uint64_t *s)
{
    return (double)(bench_rng(s) >> 11) * (1.0 / 9007199254740992.0);
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define BENCH_X86 1

/* n x 12 independent FMAs on 16 floats (AVX-512) or 8 (AVX2): 12 chains cover an FMA latency
 * of 4-6 cycles on two units; the empty asm keeps the 12 in registers and the loop unfused.
 * Returns the elapsed seconds; the result goes to *sink. */
#define BENCH_12(OP) OP(0) OP(1) OP(2) OP(3) OP(4) OP(5) OP(6) OP(7) OP(8) OP(9) OP(10) OP(11)
#define BENCH_FMA_LOOP(ADD) /* with V, SET1 and FMA defined */                                      \
    V x = SET1(0.999f), y = SET1(1e-3f);                                                            \
    BENCH_12(BENCH_DECL)                                                                            \
    double t0 = bench_now();                                                                        \
    for (long i = 0; i < n; i++) {                                                                  \
        BENCH_12(BENCH_STEP)                                                                        \
        __asm__ volatile("" : "+x"(a0), "+x"(a1), "+x"(a2), "+x"(a3), "+x"(a4), "+x"(a5), "+x"(a6), \
                         "+x"(a7), "+x"(a8), "+x"(a9), "+x"(a10), "+x"(a11));                         \
    }                                                                                               \
    double t = bench_now() - t0;                                                                    \
    a0 = ADD(ADD(ADD(a0, a1), ADD(a2, a3)), ADD(ADD(a4, a5), ADD(a6, a7)));                         \
    a0 = ADD(a0, ADD(ADD(a8, a9), ADD(a10, a11)));
#define BENCH_DECL(k) V a##k = SET1((float)(k));
#define BENCH_STEP(k) a##k = FMA(a##k, x, y);

__attribute__((target("avx512f"))) static double bench_fma512(long n, float *sink)
{
#define V __m512
#define SET1 _mm512_set1_ps
#define FMA _mm512_fmadd_ps
    BENCH_FMA_LOOP(_mm512_add_ps)
#undef V
#undef SET1
#undef FMA
    *sink = _mm512_reduce_add_ps(a0);
    return t;
}

__attribute__((target("avx2,fma"))) static double bench_fma256(long n, float *sink)
{
#define V __m256
#define SET1 _mm256_set1_ps
#define FMA _mm256_fmadd_ps
    BENCH_FMA_LOOP(_mm256_add_ps)
#undef V
#undef SET1
#undef FMA
    float v[8];
    _mm256_storeu_ps(v, a0);
    *sink = v[0] + v[7];
    return t;
}

/* n x 10 dependent register adds (one cycle each on every x86-64 core; register operands,
 * since some renamers fold immediate adds): seconds. */
static double bench_adds(long n)
{
    long i = n, acc = 0, one = 1;
    double t0 = bench_now();
    __asm__ volatile("1:\n\t"
                     "add %2, %1\n\tadd %2, %1\n\tadd %2, %1\n\tadd %2, %1\n\tadd %2, %1\n\t"
                     "add %2, %1\n\tadd %2, %1\n\tadd %2, %1\n\tadd %2, %1\n\tadd %2, %1\n\t"
                     "dec %0\n\tjnz 1b"
                     : "+r"(i), "+r"(acc)
                     : "r"(one));
    return bench_now() - t0;
}
#endif

/* Peak FLOP rate of `cores` cores at the model's precision, measured: on x86-64 one core runs
 * an FMA loop at the widest vector width it has (AVX-512, else AVX2+FMA), best of 5 runs of
 * about 5 ms, and a chain of dependent adds gives the clock it ran at (both reported); the peak
 * is cores x that rate, and f64 half of it (the same FMA throughput on half the lanes). What
 * is assumed: every core reaches the rate one core measured alone (all-core clocks can be
 * lower, and another process on the core lowers the measurement). Elsewhere the peak is
 * derived from /proc/cpuinfo's clock and 2 FMA units, and says so. */
static double bench_peak(int cores, int f64, char *how, size_t n)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[4096];
    double mhz = 0;
    int avx512 = 0, avx2 = 0, fma = 0;
    while (f && fgets(line, sizeof line, f)) {
        double v;
        if (sscanf(line, "cpu MHz : %lf", &v) == 1 && v > mhz)
            mhz = v;
        if (strncmp(line, "flags", 5) == 0) {
            avx512 |= strstr(line, " avx512f") != NULL;
            avx2 |= strstr(line, " avx2") != NULL;
            fma |= strstr(line, " fma") != NULL;
        }
    }
    if (f)
        fclose(f);
    const char *prec = f64 ? "f64: half the f32 rate" : "f32";
#ifdef BENCH_X86
    __builtin_cpu_init();
    int w512 = __builtin_cpu_supports("avx512f"), w256 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    if (w512 || w256) {
        float sink = 0;
        long nf = 1000, na = 1000;
        double best_f = 0, best_a = 0;
        /* size each loop to about 5 ms, then keep the fastest of 5 runs */
        double tf, ta;
        while ((tf = w512 ? bench_fma512(nf, &sink) : bench_fma256(nf, &sink)) < 1e-3 && nf < (1L << 40))
            nf *= 4;
        while ((ta = bench_adds(na)) < 1e-3 && na < (1L << 40))
            na *= 4;
        nf = (long)((double)nf * 5e-3 / tf) + 1, na = (long)((double)na * 5e-3 / ta) + 1;
        for (int r = 0; r < 5; r++) {
            tf = w512 ? bench_fma512(nf, &sink) : bench_fma256(nf, &sink), ta = bench_adds(na);
            double rf = (double)nf * 12 * (w512 ? 16 : 8) * 2 / tf, ra = (double)na * 10 / ta;
            best_f = rf > best_f ? rf : best_f;
            best_a = ra > best_a ? ra : best_a;
        }
        volatile float keep = sink;
        (void)keep;
        snprintf(how, n,
                 "%d cores x %.1f GFLOP/s (%s)\n"
                 "        measured: one core's %s FMA loop, best of 5 x 5 ms: %.1f GFLOP/s f32 = %.1f FLOP/cycle\n"
                 "        at %.2f GHz (the clock from a dependent-add chain; /proc/cpuinfo's cpu MHz says %.2f GHz)",
                 cores, best_f / (f64 ? 2 : 1) / 1e9, prec, w512 ? "AVX-512" : "AVX2", best_f / 1e9, best_f / best_a,
                 best_a / 1e9, mhz / 1000);
        return cores * best_f / (f64 ? 2 : 1);
    }
#endif
    int width = avx512 ? 16 : (avx2 && fma) ? 8 : 4;
    double per_cycle = width * 2.0 * (fma || avx512 ? 2.0 : 1.0);
    snprintf(how, n, "%d cores x %.2f GHz x %.0f f32 FLOP/cycle (%s), assumed: /proc/cpuinfo's clock, 2 FMA units, "
             "not measured", cores, mhz / 1000, per_cycle, prec);
    return cores * mhz * 1e6 * per_cycle / (f64 ? 2 : 1);
}

/* The loss of --grad: the sum of all outputs. */
static double bench_sum_loss(void *user, const se3rt_batch *b, const double *out, int64_t rows, int dim, double *dout)
{
    (void)user, (void)b;
    double L = 0;
    for (int64_t k = 0; k < rows * dim; k++) {
        L += out[k];
        dout[k] = 1;
    }
    return L;
}

int cmd_bench(int argc, char **argv)
{
    const char *spec = NULL, *prec_arg = "", *device = "cpu";
    int batch = 0, nodes = 0, repeat = 10, threads = 0, ref_on = 1, grad = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            printf("usage: se3tc bench SPEC [--batch B] [--nodes N] [--repeat R] [--threads T]\n"
                   "                   [--precision f32|f64] [--device cpu|cuda|auto] [--no-reference] [--grad]\n"
                   "Time forward on random graphs of the spec's kind: B graphs of N nodes (defaults by\n"
                   "graph kind), median of R runs per layer; compare with the naive reference.\n"
                   "  --grad  also time forward + backward (se3rt_model_grad, one thread, CPU) against\n"
                   "          forward on one thread, and one training step (that and an Adam update)\n");
            return 0;
        } else if ((strcmp(a, "--batch") == 0 || strcmp(a, "--nodes") == 0 || strcmp(a, "--repeat") == 0 ||
                    strcmp(a, "--threads") == 0) && more) {
            long v, hi = strcmp(a, "--threads") == 0 ? 4096 : strcmp(a, "--repeat") == 0 ? 1000000 : 1000000000L;
            if (cmd_parse_count(argv[++i], 1, hi, &v) != 0) {
                fprintf(stderr, "se3tc bench: %s needs a whole number from 1 to %ld (digits only), not '%s'\n", a, hi,
                        argv[i]);
                return 2;
            }
            *(strcmp(a, "--batch") == 0 ? &batch : strcmp(a, "--nodes") == 0 ? &nodes : strcmp(a, "--repeat") == 0 ? &repeat
                                                                                                              : &threads) = (int)v;
        } else if (strcmp(a, "--precision") == 0 && more) {
            prec_arg = argv[++i];
            if (pipeline_prec(prec_arg) < -1) {
                fprintf(stderr, "se3tc bench: --precision must be f32 or f64, got '%s'\n", prec_arg);
                return 2;
            }
        } else if (strcmp(a, "--device") == 0 && more) {
            device = argv[++i];
            if (strcmp(device, "cpu") != 0 && strcmp(device, "cuda") != 0 && strcmp(device, "auto") != 0) {
                fprintf(stderr, "se3tc bench: unknown device '%s' (expected cpu, cuda or auto)\n", device);
                return 2;
            }
        } else if (strcmp(a, "--no-reference") == 0) {
            ref_on = 0;
        } else if (strcmp(a, "--grad") == 0) {
            grad = 1;
        } else if (a[0] == '-') {
            fprintf(stderr, "se3tc bench: unknown or incomplete option '%s' (see se3tc bench --help)\n", a);
            return 2;
        } else {
            spec = a;
        }
    }
    if (!spec) {
        fprintf(stderr, "se3tc bench: no spec given (see se3tc bench --help)\n");
        return 2;
    }
    pipeline_opts po = PIPELINE_DEFAULTS;
    po.prec = pipeline_prec(prec_arg);
    po.grad = grad;
    compile *c = pipeline_compile_file(spec, &po);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return 1;
    }
    const model *m = c->m;
    /* defaults: the paper's data sets (5 particles; QM9's ~18 atoms; 128 scanned points) */
    if (!nodes)
        nodes = m->graph == GRAPH_FULL ? 5 : m->graph == GRAPH_GIVEN ? 18 : 128;
    if (!batch)
        batch = m->graph == GRAPH_FULL ? 100 : m->graph == GRAPH_GIVEN ? 32 : 8;
    if (m->graph == GRAPH_KNN && nodes <= m->knn_k)
        nodes = m->knn_k + 1;
    if ((double)batch * nodes > 2147483647.0) {
        fprintf(stderr, "se3tc bench: --batch %d x --nodes %d is more nodes than a batch holds (2147483647)\n", batch,
                nodes);
        compile_free(c);
        return 2;
    }
    {
        /* the batch, the forward (and backward), the reference's copy: refuse what cannot fit */
        char what[128], a[32], l[32];
        double need = 2 * cmd_mem_batch(c, batch, nodes, nodes, grad), lim = cmd_mem_limit(what, sizeof what);
        if (need > lim) {
            cmd_mem_fmt(a, sizeof a, need);
            cmd_mem_fmt(l, sizeof l, lim);
            fprintf(stderr, "se3tc bench: %d graphs of %d nodes need about %s of memory, more than the %s of %s "
                            "(lower --batch or --nodes)\n", batch, nodes, a, l, what);
            compile_free(c);
            return 1;
        }
    }
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    if (!threads)
        threads = ncpu > 0 ? (int)ncpu : 1;

    se3rt_ctx *ctx = NULL;
    se3rt_model *rm = NULL;
    int rc = 1;
    se3rt_status st = se3rt_ctx_new(&ctx, NULL);
    double t_jit = bench_now();
    if (st == SE3RT_OK)
        st = pipeline_model(ctx, c, &po, device, &rm);
    t_jit = bench_now() - t_jit;
    if (st == SE3RT_OK)
        st = se3rt_model_init_weights(rm, 1);
    if (st) {
        fprintf(stderr, "se3tc bench: %s\n", ctx ? se3rt_errmsg(ctx) : "out of memory");
        goto out;
    }

    /* random batch: points in a box sized for about unit spacing, chain-and-ring bonds */
    int n = batch * nodes, in_dim = se3rt_model_in_dim(rm), out_dim = se3rt_model_out_dim(rm);
    int32_t *gp = calloc((size_t)batch + 1, sizeof *gp);
    double *pos = calloc((size_t)n * 3, sizeof *pos), *node_in = calloc((size_t)n * (size_t)in_dim + 1, sizeof *node_in);
    se3rt_bond *bonds = calloc((size_t)n + 1, sizeof *bonds);
    int64_t nb = 0;
    uint64_t s = 42;
    double box = cbrt((double)nodes) * (m->graph == GRAPH_RADIUS ? m->radius * 0.6 : 1.0);
    for (int g = 0; g < batch; g++) {
        gp[g + 1] = gp[g] + nodes;
        for (int a = gp[g]; a < gp[g + 1]; a++) {
            for (int q = 0; q < 3; q++)
                pos[3 * a + q] = box * bench_u(&s);
            if (a > gp[g])
                bonds[nb++] = (se3rt_bond){ a - 1, a, 1 + (int)(bench_rng(&s) % 4) };
        }
        if (nodes > 2)
            bonds[nb++] = (se3rt_bond){ gp[g], gp[g + 1] - 1, 1 };
    }
    for (int64_t k = 0; k < (int64_t)n * in_dim; k++)
        node_in[k] = 2 * bench_u(&s) - 1;
    se3rt_batch b = { .n_graphs = batch, .graph_ptr = gp, .pos = pos, .node_in = node_in, .bonds = bonds, .nbonds = nb };
    int rows = se3rt_model_out_per_graph(rm) ? batch : n;
    double *out = calloc((size_t)rows * (size_t)out_dim + 1, sizeof *out);
    int nl = se3rt_model_nlayers(rm);
    double *ls = calloc((size_t)nl, sizeof *ls), *lt = calloc((size_t)nl * (size_t)repeat, sizeof *lt);
    double *lc = calloc((size_t)nl, sizeof *lc), *lct = calloc((size_t)nl * (size_t)repeat, sizeof *lct);
    double *tot = calloc((size_t)repeat, sizeof *tot), *tot1 = calloc((size_t)repeat, sizeof *tot1);
    double *ctot = calloc((size_t)repeat, sizeof *ctot), *ctot1 = calloc((size_t)repeat, sizeof *ctot1);

    se3rt_model_set_threads(rm, threads);
    st = se3rt_model_forward(rm, &b, out);   /* warm-up */
    for (int r = 0; r < repeat && st == SE3RT_OK; r++) {
        st = se3rt_model_forward_timed_cpu(rm, &b, out, ls, lc);
        tot[r] = ctot[r] = 0;
        for (int i = 0; i < nl; i++) {
            lt[i * repeat + r] = ls[i];
            lct[i * repeat + r] = lc[i];
            tot[r] += ls[i];
            ctot[r] += lc[i];
        }
    }
    /* one CPU thread, for the per-core figures (not on a GPU) */
    const int gpu = se3rt_model_on_gpu(rm);
    se3rt_model_set_threads(rm, 1);
    for (int r = 0; r < repeat && st == SE3RT_OK && !gpu; r++) {
        st = se3rt_model_forward_timed_cpu(rm, &b, out, ls, lc);
        tot1[r] = ctot1[r] = 0;
        for (int i = 0; i < nl; i++) {
            tot1[r] += ls[i];
            ctot1[r] += lc[i];
        }
    }
    if (st) {
        fprintf(stderr, "se3tc bench: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    int64_t edges = se3rt_model_last_edges(rm);
    char how[512];
    /* the GPU's peak is not derived here (0): no fraction of it is printed */
    double peak = gpu ? 0 : bench_peak(threads, m->prec == PREC_F64, how, sizeof how), peak1 = peak / threads;
    printf("se3tc bench %s: %s, %d graphs x %d nodes = %d nodes, %lld edges, %d thread%s, %s\n", spec, m->name,
           batch, nodes, n, (long long)edges, threads, threads == 1 ? "" : "s", m->prec == PREC_F32 ? "f32" : "f64");
    printf("  device: %s; JIT: %.2f s (%s)\n", se3rt_model_device(rm), t_jit, se3rt_model_jit_command(rm));
    if (!gpu)
        printf("  peak: %.1f GFLOP/s = %s\n", peak / 1e9, how);
    printf("  %-12s %8s %10s %10s %10s %12s %10s %8s\n", "layer", "rows", "FLOPs", "wall ms", "cpu ms", "edges/s",
           "GFLOP/s", "of peak");
    double flops_total = 0;
    for (int i = 0; i < nl; i++) {
        double t = median(lt + (size_t)i * (size_t)repeat, repeat), tc = median(lct + (size_t)i * (size_t)repeat, repeat);
        /* a layer after the pool runs on one row per graph (the manifest's per_graph); the pool
         * itself and every layer before it on one row per node */
        int64_t lrows = i < c->ir->nlayers && c->ir->layers[i].L->per_graph ? batch : n;
        double fl = se3rt_model_layer_flops(rm, i, lrows, edges);
        flops_total += fl;
        char cpu_ms[32];   /* the GPU path times its layers with events only */
        snprintf(cpu_ms, sizeof cpu_ms, gpu ? "-" : "%.3f", 1e3 * tc);
        printf("  %-12s %8lld %10.4g %10.3f %10s %12.3g %10.2f %7.1f%%\n", se3rt_model_layer_name(rm, i),
               (long long)lrows, fl, 1e3 * t, cpu_ms, t > 0 ? (double)edges / t : 0, t > 0 ? fl / t / 1e9 : 0, t > 0 && peak > 0 ? 100 * fl / t / peak : 0);
    }
    double tm = median(tot, repeat), tm1 = median(tot1, repeat), cm = median(ctot, repeat), cm1 = median(ctot1, repeat);
    char cpu_ms[32];
    snprintf(cpu_ms, sizeof cpu_ms, gpu ? "-" : "%.3f", 1e3 * cm);
    printf("  %-21s %10.4g %10.3f %10s %12.3g %10.2f %7.1f%%\n", "total", flops_total, 1e3 * tm, cpu_ms, (double)edges / tm,
           flops_total / tm / 1e9, peak > 0 ? 100 * flops_total / tm / peak : 0);
    if (gpu)
        tm1 = tm;
    else
        printf("  %-21s %10.4g %10.3f %10.3f %12.3g %10.2f %7.1f%%  (of one core's peak)\n", "total, 1 thread",
               flops_total, 1e3 * tm1,
               1e3 * cm1, (double)edges / tm1, flops_total / tm1 / 1e9, 100 * flops_total / tm1 / peak1);

    if (grad) {
        /* forward keeping every layer's output, a sum loss, the generated backward; one thread
         * (on a GPU: the backward kernels, docs/cuda.md) */
        double *dparams = malloc(sizeof *dparams * (size_t)(se3rt_model_nparams(rm) + 1)), *tg = calloc((size_t)repeat, sizeof *tg);
        double *tgc = calloc((size_t)repeat, sizeof *tgc);
        double L;
        for (int r = 0; r < repeat && st == SE3RT_OK && dparams && tg && tgc; r++) {
            double t0 = bench_now(), c0 = bench_cpu();
            st = se3rt_model_grad(rm, &b, bench_sum_loss, NULL, &L, NULL, dparams, NULL, NULL);
            tg[r] = bench_now() - t0;
            tgc[r] = bench_cpu() - c0;
        }
        if (st || !dparams || !tg || !tgc) {
            fprintf(stderr, "se3tc bench: %s\n", st ? se3rt_errmsg(ctx) : "out of memory");
            free(dparams);
            free(tg);
            free(tgc);
            goto done;
        }
        double tgm = median(tg, repeat), tgcm = median(tgc, repeat);
        if (gpu)
            printf("  %-21s %10s %10.3f %10s %12.3g %10s          (forward + backward on the device: %.1fx the forward)\n",
                   "forward+backward", "", 1e3 * tgm, "-", (double)edges / tgm, "", tgm / tm);
        else
            printf("  %-21s %10s %10.3f %10.3f %12.3g %10s          (forward + backward, 1 thread: %.1fx the forward)\n",
                   "forward+backward", "", 1e3 * tgm, 1e3 * tgcm, (double)edges / tgm, "", tgm / tm1);
        /* one training step as `se3tc train` takes it: gradient, Adam update of the weights (lr
         * 1e-3), the model told its weights changed (the f32 copy is refreshed) */
        se3rt_adam *adam = NULL;
        st = se3rt_adam_new(ctx, se3rt_model_nparams(rm), &adam);
        for (int r = 0; r < repeat && st == SE3RT_OK; r++) {
            double t0 = bench_now(), c0 = bench_cpu();
            st = se3rt_model_grad(rm, &b, bench_sum_loss, NULL, &L, NULL, dparams, NULL, NULL);
            if (st == SE3RT_OK) {
                se3rt_adam_step(adam, se3rt_model_params(rm), dparams, 1e-3);
                se3rt_model_params_changed(rm);
            }
            tg[r] = bench_now() - t0;
            tgc[r] = bench_cpu() - c0;
        }
        se3rt_adam_free(adam);
        if (st) {
            fprintf(stderr, "se3tc bench: %s\n", se3rt_errmsg(ctx));
            free(dparams);
            free(tg);
            free(tgc);
            goto done;
        }
        tgm = median(tg, repeat);
        tgcm = median(tgc, repeat);
        printf("  %-21s %10s %10.3f %10.3f %12.3g %10s          (training step: forward + backward + Adam, 1 thread)\n",
               "train step", "", 1e3 * tgm, 1e3 * tgcm, (double)edges / tgm, "");
        free(dparams);
        free(tg);
        free(tgc);
    }

    if (ref_on) {
        /* the naive reference on the same graph, one thread, double precision */
        se3rt_graph *gr = NULL;
        st = se3rt_model_build_graph(rm, &b, &gr);
        if (st) {
            fprintf(stderr, "se3tc bench: %s\n", se3rt_errmsg(ctx));
            goto done;
        }
        long *row = malloc((size_t)(n + 1) * sizeof *row);
        int *srcs = malloc((size_t)(gr->nedges + 1) * sizeof *srcs);
        for (int i = 0; i <= n; i++)
            row[i] = (long)gr->row[i];
        for (int64_t e = 0; e < gr->nedges; e++)
            srcs[e] = gr->src[e];
        double *params = malloc((size_t)(c->ir->nparams + 1) * sizeof *params);
        ref_init_params(c->ir, 1, params);
        double *nin = calloc((size_t)n * (size_t)in_dim + 1, sizeof *nin), *rout = calloc((size_t)rows * (size_t)out_dim + 1, sizeof *rout);
        memcpy(nin, node_in, (size_t)n * (size_t)in_dim * sizeof *nin);  /* the basis does not matter for timing */
        ref_graph rg = { .n_nodes = n, .n_edges = (long)gr->nedges, .row = row, .src = srcs, .pos = pos,
                         .edge_attr = gr->attr, .n_graphs = batch, .graph_ptr = gp };
        int nrep = repeat < 3 ? repeat : 3;
        double rt[3], rc3[3];
        for (int r = 0; r < nrep; r++) {
            double t0 = bench_now(), c0 = bench_cpu();
            ref_forward(c->ir, params, &rg, nin, rout, NULL);
            rt[r] = bench_now() - t0;
            rc3[r] = bench_cpu() - c0;
        }
        double tr = median(rt, nrep), trc = median(rc3, nrep);
        printf("  %-21s %10s %10.3f %10.3f %12.3g %10.2f          (naive reference, 1 thread, f64)\n", "reference", "",
               1e3 * tr, 1e3 * trc, (double)edges / tr, flops_total / tr / 1e9);
        if (gpu)
            printf("  speedup over the reference: %.1fx on the GPU\n", tr / tm);
        else
            printf("  speedup over the reference: %.1fx on 1 thread, %.1fx on %d threads\n", tr / tm1, tr / tm, threads);
        free(row);
        free(srcs);
        free(params);
        free(nin);
        free(rout);
        se3rt_graph_free(ctx, gr);
    }
    if (!gpu) /* what the columns mean */
        printf("  medians of %d runs. cpu ms: CPU time of the whole process (all threads) in the same runs; about\n"
               "  wall x threads when the layer's threads had their cores, less when they waited for one. Layers\n"
               "  under 1e7 FLOPs run on one thread (cpu ~ wall).\n", repeat);
    rc = 0;
done:
    free(gp);
    free(pos);
    free(node_in);
    free(bonds);
    free(out);
    free(ls);
    free(lt);
    free(tot);
    free(tot1);
    free(lc);
    free(lct);
    free(ctot);
    free(ctot1);
out:
    se3rt_model_free(rm);
    se3rt_ctx_free(ctx);
    compile_free(c);
    return rc;
}
