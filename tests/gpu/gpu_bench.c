/* gpu_bench.c - forward timing of a spec on the GPU (and the CPU on the same batch) for
 * tests/gpu/run.sh, until `se3tc bench --device cuda` exists: per-layer kernel time (each layer
 * synchronised), end-to-end forward (graph building and copies included), edges/s and GFLOP/s
 * against the manifest's FLOP counts, and each kernel's registers and shared memory, for the
 * simple and the tiled kernel family (compiler/emit_cuda.h) and the tiled family with TF32 tensor
 * cores (`--precision tf32`, f32 models only) on the same batch; the hidden
 * attention layers (attention from a fibre to the same fibre, e.g. qm9_se3's att_2..att_7)
 * also as TFLOP/s and % of the card's fp32 peak (--peak-tflops, default the H200's 67).
 * usage: gpu_bench SPEC [--batch B] [--repeat R] [--precision f32|f64] [--cpu-repeat R]
 *                  [--kernels simple|tiled|tf32|both|all] [--peak-tflops P] [--compile-only]
 * (both: simple and tiled; all: simple, tiled and tf32)
 * --compile-only builds the C JIT and CUDA modules (filling the caches) and times nothing.
 * Machine-readable lines: RESULT, HIDDEN and LAYER (name, precision, family, ...). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "emit_cuda.h"
#include "pipeline.h"
#include "se3rt_cuda.h"
#include "se3rt_model.h"

static uint64_t rng = 42;

static double urand(void)
{
    uint64_t z = (rng += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return (double)((z ^ (z >> 31)) >> 11) * (1.0 / 9007199254740992.0);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *spec = NULL, *prec = "", *fams = "both";
    int batch = 0, repeat = 20, cpu_repeat = 3, compile_only = 0;
    double peak = 67.0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--cpu-repeat") && i + 1 < argc)
            cpu_repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--precision") && i + 1 < argc)
            prec = argv[++i];
        else if (!strcmp(argv[i], "--kernels") && i + 1 < argc)
            fams = argv[++i];
        else if (!strcmp(argv[i], "--compile-only"))
            compile_only = 1;
        else if (!strcmp(argv[i], "--peak-tflops") && i + 1 < argc)
            peak = atof(argv[++i]);
        else
            spec = argv[i];
    }
    if (!spec || repeat < 1 || peak <= 0 ||
        (strcmp(fams, "simple") && strcmp(fams, "tiled") && strcmp(fams, "tf32") && strcmp(fams, "both") && strcmp(fams, "all"))) {
        fprintf(stderr, "usage: gpu_bench SPEC [--batch B] [--repeat R] [--precision f32|f64] [--cpu-repeat R] "
                        "[--kernels simple|tiled|tf32|both|all] [--peak-tflops P]\n");
        return 2;
    }
    {
        se3rt_ctx *pctx = NULL;
        char desc[512];
        se3rt_ctx_new(&pctx, NULL);
        if (se3rt_cuda_probe(pctx, desc, sizeof desc) != SE3RT_OK) {   /* fail before any compiling */
            fprintf(stderr, "gpu_bench: --device cuda: %s\n", se3rt_errmsg(pctx));
            se3rt_ctx_free(pctx);
            return 1;
        }
        se3rt_ctx_free(pctx);
    }
    pipeline_opts po = { .prec = pipeline_prec(prec) };
    compile *c = pipeline_compile_file(spec, &po);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        return 1;
    }
    const model *m = c->m;
    /* realistic batches: N-body 5 particles (full graph), molecules ~18 atoms with bonds,
     * point clouds 128 points (kNN) */
    int per = m->graph == GRAPH_FULL ? 5 : m->graph == GRAPH_GIVEN ? 18 : 128;
    if (batch <= 0)
        batch = m->graph == GRAPH_FULL ? 1000 : m->graph == GRAPH_GIVEN ? 256 : 32;
    int n = batch * per, in_dim = fibre_dim(&m->in);
    int32_t *gptr = malloc(sizeof *gptr * (size_t)(batch + 1));
    double *pos = malloc(sizeof *pos * 3 * (size_t)n), *in = malloc(sizeof *in * (size_t)(in_dim ? in_dim : 1) * (size_t)n);
    se3rt_bond *bonds = malloc(sizeof *bonds * 2 * (size_t)n);
    int64_t nb = 0;
    for (int g = 0; g <= batch; g++)
        gptr[g] = g * per;
    for (int i = 0; i < 3 * n; i++)
        pos[i] = (m->graph == GRAPH_GIVEN ? 3.0 : 2.0) * (2 * urand() - 1);
    for (int i = 0; i < in_dim * n; i++)
        in[i] = 2 * urand() - 1;
    for (int g = 0; g < batch && m->graph == GRAPH_GIVEN; g++)
        for (int i = g * per; i + 1 < (g + 1) * per; i++) {
            bonds[nb++] = (se3rt_bond){ i, i + 1, 1 + (int32_t)(nb % 4) };
            if ((i - g * per) % 6 == 5)
                bonds[nb++] = (se3rt_bond){ i, i - 5, SE3RT_BOND_AROMATIC };
        }
    se3rt_batch b = { batch, gptr, pos, in, bonds, nb, NULL, NULL, NULL };
    se3rt_ctx *ctx = NULL;
    se3rt_model *cm = NULL;
    se3rt_ctx_new(&ctx, NULL);
    double t0 = now_s();
    if (pipeline_model(ctx, c, &po, "cpu", &cm) != SE3RT_OK) {
        fprintf(stderr, "gpu_bench: %s\n", se3rt_errmsg(ctx));
        return 1;
    }
    double t_cjit = now_s() - t0;
    se3rt_model_init_weights(cm, 1);
    const char *pname = m->prec == PREC_F64 ? "f64" : "f32";
    const int L = se3rt_model_nlayers(cm);
    int64_t rows = se3rt_model_out_per_graph(cm) ? batch : n;
    double *out = malloc(sizeof *out * (size_t)(rows * se3rt_model_out_dim(cm)));
    double *ls = calloc((size_t)L * (size_t)repeat, sizeof *ls), *tot = calloc((size_t)repeat, sizeof *tot);
    double *e2e = calloc((size_t)repeat, sizeof *e2e), tmp[256], tk_fam[3] = { 0, 0, 0 };
    int64_t edges = 0;
    for (int fam = 0; fam < 3; fam++) {
        /* 0 simple, 1 tiled, 2 tiled with the radial nets on TF32 tensor cores */
        const emit_cuda_kernels kind = fam ? EMIT_CUDA_TILED : EMIT_CUDA_SIMPLE;
        const char *fname = fam == 2 ? "tf32" : fam ? "tiled" : "simple";
        if (strcmp(fams, fname) && !(fam < 2 && !strcmp(fams, "both")) && strcmp(fams, "all"))
            continue;
        if (fam == 2 && m->prec != PREC_F32) {
            printf("gpu_bench %s: no tf32 timing for an f64 model\n", m->name);
            continue;
        }
        pipeline_opts fo = po;
        fo.cuda_simple = kind == EMIT_CUDA_SIMPLE;
        fo.cuda_tf32 = fam == 2;
        se3rt_model *gm = NULL;
        t0 = now_s();
        if (pipeline_model(ctx, c, &fo, "cuda", &gm) != SE3RT_OK) {
            fprintf(stderr, "gpu_bench: --device cuda (%s kernels): %s\n", fname, se3rt_errmsg(ctx));
            return 1;
        }
        double t_nvrtc = now_s() - t0;
        if (compile_only) {
            printf("COMPILED %s %s %s: C JIT %.1f s, CUDA module %.1f s (%s)\n", m->name, pname, fname, t_cjit, t_nvrtc,
                   se3rt_model_device(gm));
            se3rt_model_free(gm);
            continue;
        }
        se3rt_model_init_weights(gm, 1);
        if (se3rt_model_forward(gm, &b, out) != SE3RT_OK) {   /* warm-up: uploads weights */
            fprintf(stderr, "gpu_bench: %s\n", se3rt_errmsg(ctx));
            return 1;
        }
        edges = se3rt_model_last_edges(gm);
        memset(tot, 0, sizeof *tot * (size_t)repeat);
        for (int r = 0; r < repeat; r++) {
            if (se3rt_model_forward_timed(gm, &b, out, tmp) != SE3RT_OK) {
                fprintf(stderr, "gpu_bench: %s\n", se3rt_errmsg(ctx));
                return 1;
            }
            for (int i = 0; i < L; i++) {
                ls[i * repeat + r] = tmp[i];
                tot[r] += tmp[i];
            }
            double t = now_s();
            se3rt_model_forward(gm, &b, out);
            e2e[r] = now_s() - t;
        }
        size_t cu_len = 0;
        free(pipeline_cuda_source(c, &fo, &cu_len));
        printf("gpu_bench %s (%s, %s kernels): %s\n", m->name, pname, fname, se3rt_model_device(gm));
        printf("  batch %d graphs x %d nodes = %d nodes, %lld edges; C JIT %.1f s, CUDA module %.1f s, %zu bytes of CUDA\n",
               batch, per, n, (long long)edges, t_cjit, t_nvrtc, cu_len);
        printf("  %-12s %10s %12s %10s %6s %8s %7s\n", "layer", "median ms", "edges/s", "GFLOP/s", "regs", "shared B",
               "local B");
        double flops = 0, hf = 0, ht = 0;
        int nh = 0;
        for (int i = 0; i < L; i++) {
            qsort(ls + i * repeat, (size_t)repeat, sizeof *ls, cmp_d);
            double t = ls[i * repeat + repeat / 2], f = se3rt_model_layer_flops(gm, i, n, edges);
            int regs = 0, sh = 0, lo = 0;
            se3rt_model_kernel_info(gm, i, &regs, &sh, &lo);
            flops += f;
            const layer *Ly = c->ir->layers[i].L;
            if (Ly->kind == LAYER_ATTENTION && memcmp(&Ly->in, &Ly->out, sizeof Ly->in) == 0) {
                hf += f;
                ht += t;
                nh++;
            }
            printf("  %-12s %10.3f %12.3g %10.1f %6d %8d %7d\n", se3rt_model_layer_name(gm, i), 1e3 * t,
                   (double)edges / t, f / t / 1e9, regs, sh, lo);
        }
        qsort(tot, (size_t)repeat, sizeof *tot, cmp_d);
        qsort(e2e, (size_t)repeat, sizeof *e2e, cmp_d);
        double tk = tot[repeat / 2], te = e2e[repeat / 2];
        tk_fam[fam] = tk;
        printf("  %-12s %10.3f %12.3g %10.1f   (sum of synchronised layers)\n", "kernels", 1e3 * tk, (double)edges / tk,
               flops / tk / 1e9);
        printf("  %-12s %10.3f %12.3g %10.1f   (forward: graphs on the CPU, copies, kernels)\n", "end-to-end", 1e3 * te,
               (double)edges / te, flops / te / 1e9);
        printf("RESULT %s %s %s batch=%d nodes=%d edges=%lld kernels_ms=%.4f e2e_ms=%.4f gflops=%.2f\n", m->name, pname,
               fname, batch, n, (long long)edges, 1e3 * tk, 1e3 * te, flops / tk / 1e9);
        if (nh > 0 && ht > 0)
            printf("HIDDEN %s %s %s batch=%d layers=%d ms=%.4f tflops=%.3f peak_pct=%.2f (hidden attention layers, "
                   "fp32 peak %.0f TFLOP/s)\n",
                   m->name, pname, fname, batch, nh, 1e3 * ht, hf / ht / 1e12, 100 * hf / ht / 1e12 / peak, peak);
        for (int i = 0; i < L; i++)
            printf("LAYER %s %s %s %s %.4f\n", m->name, pname, fname, se3rt_model_layer_name(gm, i),
                   1e3 * ls[i * repeat + repeat / 2]);
        fflush(stdout);
        se3rt_model_free(gm);
    }
    if (tk_fam[0] > 0 && tk_fam[1] > 0)
        printf("SPEEDUP %s %s batch=%d tiled/simple kernels %.2fx\n", m->name, pname, batch, tk_fam[0] / tk_fam[1]);
    if (tk_fam[1] > 0 && tk_fam[2] > 0)
        printf("SPEEDUP %s %s batch=%d tf32/tiled kernels %.2fx (TF32 tensor cores against f32 SIMT)\n", m->name, pname,
               batch, tk_fam[1] / tk_fam[2]);
    if (cpu_repeat > 0 && !compile_only) {
        double best = 1e30;
        for (int r = 0; r < cpu_repeat; r++) {
            double t = now_s();
            se3rt_model_forward(cm, &b, out);
            t = now_s() - t;
            best = t < best ? t : best;
        }
        double fl = 0;
        for (int i = 0; i < L; i++)
            fl += se3rt_model_layer_flops(cm, i, n, edges);
        printf("  %-12s %10.3f %12.3g %10.1f   (the CPU code, all cores, best of %d)\n", "cpu", 1e3 * best,
               (double)edges / best, fl / best / 1e9, cpu_repeat);
        printf("CPU %s %s batch=%d ms=%.4f\n", m->name, pname, batch, 1e3 * best);
    }
    se3rt_model_free(cm);
    se3rt_ctx_free(ctx);
    free(out);
    free(ls);
    free(tot);
    free(e2e);
    free(gptr);
    free(pos);
    free(in);
    free(bonds);
    compile_free(c);
    return 0;
}
