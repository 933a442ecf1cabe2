/* main.c - the se3tc driver: parses the command line and runs one command
 * (check, sh, cg, ...). Library code reports through diagnostics; only this file prints them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd_util.h"
#include "cmd_bench.h"
#include "cmd_grad.h"
#include "cmd_reference.h"
#include "cmd_math.h"
#include "cmd_nbody.h"
#include "cmd_train.h"
#include "compile.h"
#include "pipeline.h"
#include "se3rt_cuda.h"
#include "se3rt_model.h"
#include "summary.h"
#include "lib_build.h"
#include "model_internal.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: se3tc COMMAND [ARGS]\n"
            "commands:\n"
            "  check [--summary] [--dump-ir] SPEC...  parse and check specs; exit 1 on errors\n"
            "  compile SPEC [-o DIR] [--ptx ARCHS] [--shared|--static]\n"
            "                                          write DIR/NAME.c, NAME.cu and NAME.json (and\n"
            "                                          a model library NAME.so, NAME.a: no compiler\n"
            "                                          needed where it runs)\n"
            "  SPEC [-o DIR]                           the same as compile\n"
            "  run SPEC|DIR/NAME.json (--weights W | --seed N) [-i IN] [-o OUT] [--precision f32|f64]\n"
            "      [--device D]                        run a model (a spec, or a compiled one) on every\n"
            "                                          frame of IN\n"
            "  gradcheck SPEC                          generated backward against finite differences\n"
            "  bench SPEC [--grad] [--device D]        per-layer time and GFLOP/s against the reference\n"
            "  nbody generate -o DIR                   the paper's N-body data set\n"
            "  train SPEC --train F --test F -o CKPT   train with Adam, checkpoints, metrics\n"
            "  fit-reference SPEC -i TRAIN.xyz         least-squares reference energies per element\n"
            "  sh LMAX                                 real spherical harmonics of points on stdin\n"
            "  cg L K J                                the real coupling tensor C^{LK}_J\n"
            "  --version                               print the version\n"
            "Run 'se3tc COMMAND --help' for a command's options.\n");
}

/* check: `se3tc check [--summary] [--dump-ir] SPEC...` */
static int cmd_check(int argc, char **argv)
{
    int summary = 0, dump = 0, nspecs = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: se3tc check [--summary] [--dump-ir] SPEC...\n"
                   "Parse and check each spec; print FILE:LINE:COL: error: ... for each mistake.\n"
                   "  --summary  print fibres, layers, (k, l, J) paths and weights of each spec\n"
                   "  --dump-ir  print the IR (radial nets, paths, weights) of each spec\n");
            return 0;
        } else if (strcmp(argv[i], "--summary") == 0) {
            summary = 1;
        } else if (strcmp(argv[i], "--dump-ir") == 0) {
            dump = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "se3tc check: unknown option '%s' (see se3tc check --help)\n", argv[i]);
            return 2;
        } else {
            nspecs++;
        }
    }
    if (!nspecs) {
        fprintf(stderr, "se3tc check: no spec given (usage: se3tc check [--summary] SPEC...)\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1])
            continue;
        compile *c = pipeline_compile_file(argv[i], NULL);
        if (c->diags.nerrors) {
            diag_print(&c->diags, stderr);
            failed = 1;
        } else {
            if (summary)
                summary_print(c->ir, stdout);
            if (dump)
                ir_dump(c->ir, stdout);
        }
        compile_free(c);
    }
    return failed;
}

/* Write n files all-or-nothing through the runtime's atomic file (se3rt_afile: a temporary
 * renamed into place; devices and FIFOs written in place; symbolic links written through):
 * every file is written and flushed before any is renamed, so a full disk or a file-size limit
 * leaves every previous file as it was and no temporary. Returns 0 or prints one line, -1. */
static int write_outputs(int n, const char *const *paths, const char *const *texts, const size_t *lens)
{
    se3rt_ctx *ctx = NULL;
    if (se3rt_ctx_new(&ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc compile: out of memory\n");
        return -1;
    }
    se3rt_afile *af[32] = { 0 };
    se3rt_status st = n <= 32 ? SE3RT_OK : SE3RT_ERR_INVALID;
    int opened = 0;
    for (int i = 0; i < n && st == SE3RT_OK; i++) {
        FILE *f;
        st = se3rt_afile_open(ctx, paths[i], &af[i], &f);
        if (st == SE3RT_OK) {
            opened++;
            fwrite(texts[i], 1, lens[i], f);
            st = se3rt_afile_flush(ctx, af[i]);
        }
    }
    for (int i = 0; i < opened; i++) {
        if (st == SE3RT_OK)
            st = se3rt_afile_commit(ctx, af[i]);
        else
            se3rt_afile_abort(ctx, af[i]);
    }
    if (st != SE3RT_OK)
        fprintf(stderr, "se3tc compile: %s\n", n <= 32 ? se3rt_errmsg(ctx) : "too many output files");
    se3rt_ctx_free(ctx);
    return st == SE3RT_OK ? 0 : -1;
}

/* compile: `se3tc compile SPEC [-o DIR] [--ptx sm_80,sm_90]` (docs/runtime.md) */
static int cmd_compile(int argc, char **argv)
{
    const char *spec = NULL, *dir = ".", *ptx = NULL, *prec_arg = "", *cc = NULL, *cflags = NULL;
    int dump = 0, grad = 0, kinds = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: se3tc compile SPEC [-o DIR] [--ptx ARCH,...] [--grad] [--precision f32|f64|tf32] [--dump-ir]\n"
                   "                     [--shared] [--object] [--static] [--cc CC] [--cflags FLAGS]\n"
                   "Write DIR/NAME.c (the CPU code), DIR/NAME.cu (the CUDA code) and DIR/NAME.json (the\n"
                   "manifest); DIR defaults to '.'.\n"
                   "  --ptx sm_80,sm_90  also write DIR/NAME.ARCH.ptx for each arch, compiled by NVRTC\n"
                   "                     (needs libnvrtc, not a GPU)\n"
                   "  --grad             also put the backward code in NAME.c (gradients for weights,\n"
                   "                     inputs and positions; docs/training.md)\n"
                   "  --precision P      f32 or f64 instead of the spec's precision statement; tf32:\n"
                   "                     f32, and NAME.cu runs the radial nets' linear layers on TF32\n"
                   "                     tensor cores (sm_80+; docs/cuda.md); NAME.c stays f32\n"
                   "Ahead of time (docs/host.md): build NAME.c now with the system compiler, so the\n"
                   "machine that runs the model needs no compiler; the manifest records what was built.\n"
                   "  --shared           DIR/NAME.so, which se3rt_model_open and 'se3tc run DIR/NAME.json'\n"
                   "                     load instead of compiling NAME.c\n"
                   "  --object           DIR/NAME.o, and --static DIR/NAME.a, to link into a program\n"
                   "                     (se3rt_model_new_static; link with -fopenmp -lm)\n"
                   "  --cc CC, --cflags FLAGS  the compiler and its flags (default $CC or cc, and\n"
                   "                     $SE3TC_CFLAGS or -O3 -march=native: code for this machine's CPU;\n"
                   "                     give e.g. --cflags '-O3 -march=x86-64-v3' for others)\n");
            return 0;
        } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--ptx") == 0 && i + 1 < argc) {
            ptx = argv[++i];
        } else if (strcmp(argv[i], "--dump-ir") == 0) {
            dump = 1;
        } else if (strcmp(argv[i], "--grad") == 0) {
            grad = 1;
        } else if (strcmp(argv[i], "--precision") == 0 && i + 1 < argc) {
            prec_arg = argv[++i];
        } else if (strcmp(argv[i], "--shared") == 0) {
            kinds |= RT_LIB_SHARED;
        } else if (strcmp(argv[i], "--object") == 0) {
            kinds |= RT_LIB_OBJECT;
        } else if (strcmp(argv[i], "--static") == 0) {
            kinds |= RT_LIB_STATIC;
        } else if (strcmp(argv[i], "--cc") == 0 && i + 1 < argc) {
            cc = argv[++i];
        } else if (strcmp(argv[i], "--cflags") == 0 && i + 1 < argc) {
            cflags = argv[++i];
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "se3tc compile: unknown option '%s' (see se3tc compile --help)\n", argv[i]);
            return 2;
        } else if (spec) {
            fprintf(stderr, "se3tc compile: one spec at a time ('%s' and '%s')\n", spec, argv[i]);
            return 2;
        } else {
            spec = argv[i];
        }
    }
    if (!spec) {
        fprintf(stderr, "se3tc compile: no spec given (usage: se3tc compile SPEC [-o DIR])\n");
        return 2;
    }
    pipeline_opts po = PIPELINE_DEFAULTS;
    if (pipeline_set_precision(&po, prec_arg) != 0) {
        fprintf(stderr, "se3tc compile: --precision must be f32, f64 or tf32, got '%s'\n", prec_arg);
        return 2;
    }
    if ((cc || cflags) && !kinds) {
        fprintf(stderr, "se3tc compile: --cc and --cflags apply to --shared, --object and --static\n");
        return 2;
    }
    po.grad = grad;
    compile *c = pipeline_compile_file(spec, &po);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return 1;
    }
    /* the output folder (and its parents) is made once the spec is known to be good */
    if (cmd_mkdirs("compile", dir) != 0) {
        compile_free(c);
        return 1;
    }
    if (dump)
        ir_dump(c->ir, stdout);
    size_t src_len = 0, cu_len = 0;
    char *src = pipeline_c_source(c, &po, &src_len), *cu = pipeline_cuda_source(c, &po, &cu_len);
    /* Ahead of time: build the libraries now (in a private temporary folder), then write them
     * with the other outputs, all or nothing. */
    se3rt_ctx *lctx = NULL;
    rt_lib_build lb = { 0 };
    const char *lib_names[3] = { 0 };
    char *json = NULL;
    if (kinds) {
        static const char *const ext[3] = { "so", "o", "a" };
        se3rt_status lst = se3rt_ctx_new(&lctx, NULL);
        if (lst == SE3RT_OK && cc)
            lst = se3rt_ctx_set_cc(lctx, cc);
        if (lst == SE3RT_OK && cflags)
            lst = se3rt_ctx_set_cflags(lctx, cflags);
        if (lst == SE3RT_OK)
            lst = rt_lib_build_run(lctx, c->m->name, src, src_len, kinds, &lb);
        if (lst != SE3RT_OK) {
            fprintf(stderr, "se3tc compile: %s\n", lctx ? se3rt_errmsg(lctx) : "out of memory");
            se3rt_ctx_free(lctx);
            free(src);
            free(cu);
            compile_free(c);
            return 1;
        }
        for (int k = 0; k < 3; k++)
            if (lb.bytes[k])
                lib_names[k] = arena_printf(&c->mem, "%s.%s", c->m->name, ext[k]);
        manifest_lib ml = { .source_sha256 = lb.source_sha256, .compiler = lb.compiler, .shared = lib_names[0],
                            .shared_sha256 = lb.shared_sha256, .object = lib_names[1], .archive = lib_names[2] };
        json = pipeline_manifest_lib(c, &ml);
    } else {
        json = pipeline_manifest(c);
    }
    /* paths of any length (in the compile's arena, freed with it) */
    const char *cpath = arena_printf(&c->mem, "%s/%s.c", dir, c->m->name);
    const char *cupath = arena_printf(&c->mem, "%s/%s.cu", dir, c->m->name);
    const char *jpath = arena_printf(&c->mem, "%s/%s.json", dir, c->m->name);
    /* PTX first (it can fail for want of NVRTC), so a failure leaves no file behind. */
    char *ptx_text[16] = { 0 };
    const char *ptx_path[16] = { 0 };
    size_t ptx_len[16] = { 0 };
    int nptx = 0, rc = 0;
    se3rt_ctx *ctx = NULL;   /* owns the PTX texts */
    if (ptx) {
        char archs[512], cu_name[300], *save = NULL;
        snprintf(archs, sizeof archs, "%s", ptx);
        snprintf(cu_name, sizeof cu_name, "%.250s.cu", c->m->name);
        if (se3rt_ctx_new(&ctx, NULL) != SE3RT_OK) {
            fprintf(stderr, "se3tc compile: out of memory\n");
            rc = 1;
        }
        for (char *a = strtok_r(archs, ",", &save); a && rc == 0; a = strtok_r(NULL, ",", &save)) {
            if (nptx == 16) {
                fprintf(stderr, "se3tc compile: --ptx takes at most 16 architectures\n");
                rc = 1;
            } else if (se3rt_cuda_ptx(ctx, cu, cu_len, cu_name, a, &ptx_text[nptx], &ptx_len[nptx]) != SE3RT_OK) {
                fprintf(stderr, "se3tc compile: --ptx: %s\n", se3rt_errmsg(ctx)); /* names the arch, escaped */
                rc = 1;
            } else {
                ptx_path[nptx] = arena_printf(&c->mem, "%s/%s.%s.ptx", dir, c->m->name, a);
                nptx++;
            }
        }
        if (rc == 0 && nptx == 0) {
            fprintf(stderr, "se3tc compile: --ptx needs at least one architecture (e.g. sm_80,sm_90)\n");
            rc = 1;
        }
    }
    if (rc == 0) {
        const char *paths[22], *texts[22];
        size_t lens[22];
        int n = 0;
        for (int k = 0; k < 3; k++) {
            if (!lib_names[k])
                continue;
            paths[n] = arena_printf(&c->mem, "%s/%s", dir, lib_names[k]);
            texts[n] = lb.bytes[k];
            lens[n++] = lb.len[k];
        }
        const int nlib = n;
        for (int i = 0; i < nptx; i++, n++) {
            paths[n] = ptx_path[i];
            texts[n] = ptx_text[i];
            lens[n] = ptx_len[i];
        }
        paths[n] = cpath, texts[n] = src, lens[n++] = src_len;
        paths[n] = cupath, texts[n] = cu, lens[n++] = cu_len;
        paths[n] = jpath, texts[n] = json, lens[n++] = strlen(json);
        rc = write_outputs(n, paths, texts, lens) == 0 ? 0 : 1;
        /* a library the runtime will load must not be writable by group or others, whatever
         * the umask made it (docs/host.md) */
        for (int k = 0; rc == 0 && k < nlib; k++) {
            struct stat sb;
            if (stat(paths[k], &sb) == 0 && S_ISREG(sb.st_mode) && (sb.st_mode & 022) &&
                chmod(paths[k], sb.st_mode & 07755) != 0) {
                fprintf(stderr, "se3tc compile: %s: cannot chmod go-w: %s\n", paths[k], strerror(errno));
                rc = 1;
            }
        }
    }
    rt_lib_build_free(lctx, &lb);
    se3rt_ctx_free(lctx);
    for (int i = 0; i < nptx; i++)
        se3rt_cuda_buf_free(ctx, ptx_text[i]);
    se3rt_ctx_free(ctx);
    free(src);
    free(cu);
    free(json);
    compile_free(c);
    return rc;
}

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcmp(s + n - k, suf) == 0;
}

/* A compiled model for `se3tc run DIR/NAME.json`: the model library or NAME.c beside the
 * manifest (se3rt_model_open), and for --device cuda or auto the NAME.cu beside it when present. */
static se3rt_status run_open_compiled(se3rt_ctx *ctx, const char *path, const char *device, se3rt_model **m)
{
    se3rt_status st = se3rt_model_open(ctx, path, m);
    if (st != SE3RT_OK)
        return st;
    if (strcmp(device, "cpu") == 0)
        return SE3RT_OK;
    char *cu = NULL;
    size_t n = 0, len = strlen(path);
    char *cpath = malloc(len + 1);
    if (!cpath)
        return SE3RT_ERR_NOMEM;
    snprintf(cpath, len + 1, "%.*s.cu", (int)(len - 5), path);
    st = access(cpath, R_OK) == 0 ? se3rt_io_read_path(ctx, cpath, &cu, &n) : SE3RT_OK;
    free(cpath);
    if (st == SE3RT_OK)
        st = se3rt_model_set_device(*m, device, cu, n);
    se3rt_io_buf_free(ctx, cu);
    return st;
}

/* run: `se3tc run SPEC (--weights W | --seed N) [--device D] [--precision P] [-i IN] [-o OUT]` */
static int cmd_run(int argc, char **argv)
{
    const char *spec = NULL, *weights = NULL, *in = NULL, *out = NULL, *device = "auto", *prec_arg = "";
    const char *threads = NULL;
    long long seed = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            printf("usage: se3tc run SPEC (--weights W.safetensors | --seed N) [--device auto|cpu|cuda]\n"
                   "                 [--precision f32|f64|tf32] [--threads N] [-i IN] [-o OUT]\n"
                   "Run the model on every frame of IN (extended XYZ; SDF for graph given), stdin by\n"
                   "default, and write the frames with the outputs added to OUT (stdout by default).\n"
                   "SPEC may be a compiled model, DIR/NAME.json of 'se3tc compile': its model library\n"
                   "(--shared) is loaded without a compiler, else NAME.c is JIT-compiled; cuda and auto\n"
                   "use the NAME.cu beside it; the precision is the compiled one. tf32 (with\n"
                   "--device cuda only) is f32 with the radial nets on TF32 tensor cores.\n");
            return 0;
        } else if (strcmp(a, "--weights") == 0 && more) {
            weights = argv[++i];
        } else if (strcmp(a, "--seed") == 0 && more) {
            char *end;
            seed = strtoll(argv[++i], &end, 10);
            if (*end || seed < 0) {
                fprintf(stderr, "se3tc run: --seed needs a non-negative integer, got '%s'\n", argv[i]);
                return 2;
            }
        } else if (strcmp(a, "--device") == 0 && more) {
            device = argv[++i];
        } else if (strcmp(a, "--precision") == 0 && more) {
            prec_arg = argv[++i];
        } else if (strcmp(a, "--threads") == 0 && more) {
            threads = argv[++i];
        } else if (strcmp(a, "-i") == 0 && more) {
            in = argv[++i];
        } else if (strcmp(a, "-o") == 0 && more) {
            out = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "se3tc run: unknown or incomplete option '%s' (see se3tc run --help)\n", a);
            return 2;
        } else if (spec) {
            fprintf(stderr, "se3tc run: one spec at a time ('%s' and '%s')\n", spec, a);
            return 2;
        } else {
            spec = a;
        }
    }
    if (!spec) {
        fprintf(stderr, "se3tc run: no spec given (see se3tc run --help)\n");
        return 2;
    }
    if (threads) {
        char *end;
        long t = strtol(threads, &end, 10);
        if (*end || t < 1 || t > 4096) {
            fprintf(stderr, "se3tc run: --threads needs an integer 1..4096, got '%s'\n", threads);
            return 2;
        }
    }
    if ((weights != NULL) == (seed >= 0)) {
        fprintf(stderr, "se3tc run: give exactly one of --weights W.safetensors and --seed N\n");
        return 2;
    }
    pipeline_opts po = PIPELINE_DEFAULTS;
    if (pipeline_set_precision(&po, prec_arg) != 0) {
        fprintf(stderr, "se3tc run: --precision must be f32, f64 or tf32, got '%s'\n", prec_arg);
        return 2;
    }
    if (strcmp(device, "auto") != 0 && strcmp(device, "cpu") != 0 && strcmp(device, "cuda") != 0) {
        fprintf(stderr, "se3tc run: unknown device '%s' (expected auto, cpu or cuda)\n", device);
        return 2;
    }
    if (po.cuda_tf32 && strcmp(device, "cuda") != 0) {
        fprintf(stderr, "se3tc run: --precision tf32 (TF32 tensor cores) needs --device cuda; the CPU runs f32 or f64\n");
        return 2;
    }
    if (strcmp(device, "cuda") == 0) {
        /* fail fast, before compiling anything, when no GPU is usable */
        se3rt_ctx *pctx = NULL;
        se3rt_status pst = se3rt_ctx_new(&pctx, NULL);
        if (pst == SE3RT_OK)
            pst = se3rt_cuda_probe(pctx, NULL, 0);
        if (pst != SE3RT_OK) {
            fprintf(stderr, "se3tc run: --device cuda: %s\n", pctx ? se3rt_errmsg(pctx) : "out of memory");
            se3rt_ctx_free(pctx);
            return 1;
        }
        se3rt_ctx_free(pctx);
    }
    const int compiled = has_suffix(spec, ".json");   /* DIR/NAME.json of se3tc compile */
    compile *c = NULL;
    if (!compiled) {
        c = pipeline_compile_file(spec, &po);
        if (c->diags.nerrors) {
            diag_print(&c->diags, stderr);
            compile_free(c);
            return 1;
        }
    }
    int given = c && c->m->graph == GRAPH_GIVEN;
    /* an energy output: forces come from the backward, so the C carries it */
    for (int i = 0; c && i < c->m->noutputs; i++)
        po.grad |= c->m->outputs[i].energy;

    int rc = 1;
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    se3rt_xyz *frames = NULL;
    se3rt_sdf *mols = NULL;
    se3rt_status st = se3rt_ctx_new(&ctx, NULL);
    if (st == SE3RT_OK)
        st = compiled ? run_open_compiled(ctx, spec, device, &m) : pipeline_model(ctx, c, &po, device, &m);
    if (st != SE3RT_OK && strcmp(device, "cuda") == 0) {
        fprintf(stderr, "se3tc run: --device cuda: %s\n", se3rt_errmsg(ctx));
        se3rt_model_free(m);
        se3rt_ctx_free(ctx);
        compile_free(c);
        return 1;
    }
    if (st == SE3RT_OK && compiled) {
        given = rt_model_graph_given(m);
        if (prec_arg[0] && strcmp(prec_arg, se3rt_model_is_f32(m) ? "f32" : "f64") != 0) {
            fprintf(stderr, "se3tc run: %s was compiled at %s; --precision %s needs the spec\n", spec,
                    se3rt_model_is_f32(m) ? "f32" : "f64", prec_arg);
            goto finish;
        }
    }
    if (st == SE3RT_OK && threads)
        se3rt_model_set_threads(m, (int)strtol(threads, NULL, 10));
    if (st == SE3RT_OK)
        st = weights ? se3rt_model_load_weights(m, weights) : se3rt_model_init_weights(m, (uint64_t)seed);
    const char *in_name = in ? in : "stdin";
    int sdf = given || (in && (has_suffix(in, ".sdf") || has_suffix(in, ".mol")));
    if (st == SE3RT_OK && given && in && !has_suffix(in, ".sdf") && !has_suffix(in, ".mol")) {
        fprintf(stderr, "se3tc run: %s: model uses the graph given by bonds: run it on an SDF file (.sdf or .mol)\n",
                in);
        st = SE3RT_ERR_INVALID;
        rc = 1;
        goto finish;
    }
    if (st == SE3RT_OK) {
        if (sdf)
            st = in ? se3rt_sdf_read(ctx, in, &mols) : se3rt_sdf_read_file(ctx, stdin, "stdin", &mols);
        else
            st = in ? se3rt_xyz_read(ctx, in, &frames) : se3rt_xyz_read_file(ctx, stdin, "stdin", &frames);
    }
    /* periodic frames run layer by layer through the backward's entry points: compile them */
    int periodic = 0;
    for (size_t f = 0; st == SE3RT_OK && frames && !sdf && f < frames->nframes; f++) {
        double cell[9];
        int32_t pbc[3];
        if (se3rt_frame_cell(ctx, &frames->frames[f], in_name, f, cell, pbc) == SE3RT_OK)
            periodic |= pbc[0] || pbc[1] || pbc[2];
    }
    if (st == SE3RT_OK && periodic && !se3rt_model_has_grad(m) && compiled) {
        fprintf(stderr, "se3tc run: %s: periodic frames need the backward code: compile the model with --grad\n",
                spec);
        goto finish;
    }
    if (st == SE3RT_OK && periodic && !se3rt_model_has_grad(m)) {
        se3rt_model_free(m);
        m = NULL;
        po.grad = 1;
        st = pipeline_model(ctx, c, &po, device, &m);
        if (st == SE3RT_OK && threads)
            se3rt_model_set_threads(m, (int)strtol(threads, NULL, 10));
        if (st == SE3RT_OK)
            st = weights ? se3rt_model_load_weights(m, weights) : se3rt_model_init_weights(m, (uint64_t)seed);
    }
    if (st == SE3RT_OK && strcmp(device, "auto") == 0) {
        if (se3rt_model_on_gpu(m))
            fprintf(stderr, "se3tc run: device %s\n", se3rt_model_device(m));
        else
            fprintf(stderr, "se3tc run: device %s; falling back to the CPU (%s)\n", se3rt_model_device(m),
                    se3rt_model_library(m)[0] ? se3rt_model_library(m) : se3rt_model_jit_command(m));
    }
    if (st == SE3RT_OK)
        st = sdf ? se3rt_model_run_sdf(m, mols, in_name, &frames) : se3rt_model_run_xyz(m, frames, in_name);
    if (st == SE3RT_OK)
        st = out ? se3rt_xyz_write(ctx, frames, out) : se3rt_xyz_write_file(ctx, frames, stdout, "stdout");
    if (st == SE3RT_OK)
        rc = 0;
    else
        fprintf(stderr, "se3tc run: %s\n", ctx ? se3rt_errmsg(ctx) : "out of memory");
finish:
    compile_free(c);
    se3rt_xyz_free(frames);
    se3rt_sdf_free(mols);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    return rc;
}

int main(int argc, char **argv)
{
    /* A file-size limit (ulimit -f) makes write() fail with EFBIG, reported as one line like any
     * write error, instead of killing the process with SIGXFSZ and leaving temporaries. */
    signal(SIGXFSZ, SIG_IGN);
    cmd_filter_stderr();
    if (cmd_split_options(&argc, &argv) != 0)
        return 2;
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("se3tc %s\n", SE3TC_VERSION);
        return 0;
    }
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "sh") == 0)
        return cmd_sh(argc - 1, argv + 1, stdin, stdout, stderr);
    if (strcmp(cmd, "cg") == 0)
        return cmd_cg(argc - 1, argv + 1, stdout, stderr);
    if (strcmp(cmd, "compile") == 0)
        return cmd_compile(argc - 1, argv + 1);
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 1, argv + 1);
    if (strcmp(cmd, "bench") == 0)
        return cmd_bench(argc - 1, argv + 1);
    if (strcmp(cmd, "gradcheck") == 0)
        return cmd_gradcheck(argc - 1, argv + 1);
    if (strcmp(cmd, "fit-reference") == 0)
        return cmd_fit_reference(argc - 1, argv + 1);
    if (strcmp(cmd, "train") == 0)
        return cmd_train(argc - 1, argv + 1);
    if (strcmp(cmd, "nbody") == 0)
        return cmd_nbody(argc - 1, argv + 1);
    /* the short form: se3tc SPEC [-o DIR] */
    size_t n = strlen(cmd);
    if (n > 5 && strcmp(cmd + n - 5, ".spec") == 0)
        return cmd_compile(argc, argv);
    fprintf(stderr, "se3tc: unknown command '%s' (see se3tc --help)\n", cmd);
    return 2;
}
