/* cuda_report.c - what the generated CUDA costs to build, without a GPU (docs/gpu.md): for each
 * spec, the size of the generated source, the number of kernel bodies, NVRTC's time to PTX and
 * to CUBIN for one architecture, and (with --ptxas) each kernel's registers, spills and shared
 * memory from `ptxas -v` on the PTX. With --grad the source carries the backward kernels too
 * (se3g_*, as `se3tc compile --grad` writes it), and they are reported with the forward's.
 * usage: cuda_report [--kernels simple|tiled] [--no-share] [--arch sm_90] [--ptxas PTXAS]
 *                    [--f64 | --tf32] [--grad] [--no-cubin] [--size-only] SPEC...
 * Needs libnvrtc (no GPU). Prints one `SIZE` line per spec and one `KERNEL` line per kernel.
 * ptxas runs from an argument vector (posix_spawnp), never through a shell. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "emit_cuda.h"
#include "emit_cuda_grad.h"
#include "pipeline.h"
#include "se3rt_cuda.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Lines holding both a and b. */
static int count_lines(const char *s, const char *a, const char *b)
{
    int n = 0;
    for (const char *p = s; p && *p;) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *x = strstr(p, a), *y = strstr(p, b);
        n += x && y && x < p + len && y < p + len;
        p = e ? e + 1 : NULL;
    }
    return n;
}

static int count(const char *s, const char *needle)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

extern char **environ;

/* `ptxas -v -arch=ARCH PTX -o /dev/null` with stdout and stderr into one pipe, read through *out;
 * the child's pid, or -1. */
static pid_t ptxas_spawn(const char *ptxas, const char *arch, const char *path, FILE **out)
{
    char archopt[300];
    snprintf(archopt, sizeof archopt, "-arch=%.280s", arch);
    char *argv[] = { (char *)ptxas, "-v", archopt, (char *)path, "-o", "/dev/null", NULL };
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
    posix_spawn_file_actions_adddup2(&fa, fd[1], 2);
    posix_spawn_file_actions_addclose(&fa, fd[1]);
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, ptxas, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fd[1]);
    if (rc != 0 || !(*out = fdopen(fd[0], "r"))) {
        close(fd[0]);
        if (rc == 0)
            waitpid(pid, NULL, 0);
        else
            printf("PTXAS not run: %s: %s\n", ptxas, strerror(rc));
        return -1;
    }
    return pid;
}

/* Run ptxas -v on the PTX and print one KERNEL line per entry function, one FUNCTION line per
 * device function that is not inlined (the backward's per-radial-net functions: their stack
 * frames add to their callers'), and a PTXAS line with its time. */
static void ptxas_report(const char *ptxas, const char *name, const char *arch, const char *ptx, size_t n)
{
    char dir[] = "/tmp/se3tc-report-XXXXXX", path[200], line[1000];
    if (!mkdtemp(dir))
        return;
    snprintf(path, sizeof path, "%s/m.ptx", dir);
    FILE *f = fopen(path, "w");
    if (!f) {
        rmdir(dir);
        return;
    }
    fwrite(ptx, 1, n, f);
    fclose(f);
    FILE *p = NULL;
    const double t0 = now_s();
    const pid_t pid = ptxas_spawn(ptxas, arch, path, &p);
    char fn[300] = "", stack[200] = "";
    while (p && fgets(line, sizeof line, p)) {
        char *q;
        if ((q = strstr(line, "Function properties for ")) != NULL) {
            if (fn[0] && stack[0])   /* the last one had no "Used" line: a device function */
                printf("FUNCTION %s %s %s: %s\n", name, arch, fn, stack);
            snprintf(fn, sizeof fn, "%s", q + strlen("Function properties for "));
            fn[strcspn(fn, "\n")] = 0;
            stack[0] = 0;
        } else if (strstr(line, "bytes stack frame")) {
            snprintf(stack, sizeof stack, "%s", line + strspn(line, " \t"));
            stack[strcspn(stack, "\n")] = 0;
        } else if ((q = strstr(line, "Used ")) != NULL && fn[0]) {
            q[strcspn(q, "\n")] = 0;
            printf("KERNEL %s %s %s: %s; %s\n", name, arch, fn, q, stack);
            fn[0] = 0;
        } else if (strstr(line, "error")) {
            printf("PTXAS %s", line);
        }
    }
    if (fn[0] && stack[0])
        printf("FUNCTION %s %s %s: %s\n", name, arch, fn, stack);
    if (p) {
        fclose(p);
        int status = 0;
        if (waitpid(pid, &status, 0) == pid && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
            printf("PTXAS %s: %s exited with status %d\n", name, ptxas, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        printf("PTXAS %s %s: %zu bytes of PTX in %.1f s\n", name, arch, n, now_s() - t0);
    }
    unlink(path);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    emit_cuda_opts o = { 0 };
    const char *arch = "sm_90", *ptxas = NULL;
    int f64 = 0, grad = 0, rc = 0, cubin = 1, size_only = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--kernels") && i + 1 < argc) {
            i++;
            if (!strcmp(argv[i], "simple"))
                o.kernels = EMIT_CUDA_SIMPLE;
            else if (!strcmp(argv[i], "tiled"))
                o.kernels = EMIT_CUDA_TILED;
            else {
                fprintf(stderr, "cuda_report: --kernels simple|tiled\n");
                return 2;
            }
        } else if (!strcmp(argv[i], "--no-share")) {
            o.no_share = 1;
        } else if (!strcmp(argv[i], "--arch") && i + 1 < argc) {
            arch = argv[++i];
        } else if (!strcmp(argv[i], "--ptxas") && i + 1 < argc) {
            ptxas = argv[++i];
        } else if (!strcmp(argv[i], "--f64")) {
            f64 = 1;
        } else if (!strcmp(argv[i], "--grad")) {
            grad = 1;
        } else if (!strcmp(argv[i], "--tf32")) {
            o.tf32 = 1;   /* f32 with the edge kernels' radial nets on TF32 tensor cores */
        } else if (!strcmp(argv[i], "--no-cubin")) {
            cubin = 0;
        } else if (!strcmp(argv[i], "--size-only")) {
            size_only = 1;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: cuda_report [--kernels simple|tiled] [--no-share] [--arch sm_90] [--ptxas PTXAS] [--f64|--tf32] "
                            "[--no-cubin] [--grad] [--size-only] SPEC...\n");
            return 2;
        } else {
            pipeline_opts po = { .prec = f64 ? PREC_F64 : PREC_F32, .grad = grad };
            compile *c = pipeline_compile_file(argv[i], &po);
            if (c->diags.nerrors || !c->ir) {
                diag_print(&c->diags, stderr);
                compile_free(c);
                rc = 1;
                continue;
            }
            emit_buf cu = { 0 };
            emit_cuda_with(c->ir, argv[i], &o, &cu);
            if (grad)
                emit_cuda_grad(c->ir, &cu);   /* the backward kernels se3g_*, as pipeline_cuda_source adds them */
            se3rt_ctx *ctx = NULL;
            se3rt_ctx_new(&ctx, NULL);
            rt_nvrtc nv;
            char *ptx = NULL, *bin = NULL;
            size_t nptx = 0, nbin = 0;
            double t0 = now_s(), tp = 0, tb = 0;
            se3rt_status st = size_only ? SE3RT_OK : rt_nvrtc_open(ctx, &nv);
            if (st == SE3RT_OK && !size_only) {
                st = rt_nvrtc_compile(ctx, &nv, cu.s, cu.len, c->m->name, arch, 0, &ptx, &nptx);
                tp = now_s() - t0;
                t0 = now_s();
                if (st == SE3RT_OK && cubin)
                    st = rt_nvrtc_compile(ctx, &nv, cu.s, cu.len, c->m->name, arch, 1, &bin, &nbin);
                tb = now_s() - t0;
                rt_nvrtc_close(&nv);
            }
            if (st != SE3RT_OK) {
                printf("ERROR %s: %s\n", c->m->name, se3rt_errmsg(ctx));
                rc = 1;
            } else {
                printf("SIZE %s %s %s%s%s: %zu bytes of CUDA, %d kernels (%d backward), %d bodies (%d shared); PTX %zu "
                       "bytes in %.1f s; CUBIN %s %zu bytes in %.1f s\n",
                       c->m->name, f64 ? "f64" : o.tf32 ? "tf32" : "f32", o.kernels == EMIT_CUDA_SIMPLE ? "simple" : "tiled",
                       o.no_share ? " unshared" : "", grad ? " grad" : "", cu.len,
                       count(cu.s, "extern \"C\" __global__"),
                       count(cu.s, "__global__ void __launch_bounds__(SE3_THREADS) se3g_"),
                       count(cu.s, "_body(SE3_PARAMS)\n"), count_lines(cu.s, "__noinline__ void se3_", "_body(SE3_PARAMS)"), nptx, tp, arch, nbin, tb);
                if (ptxas && !size_only)
                    ptxas_report(ptxas, c->m->name, arch, ptx, nptx);
            }
            fflush(stdout);
            se3rt_cuda_buf_free(ctx, ptx);
            se3rt_cuda_buf_free(ctx, bin);
            se3rt_ctx_free(ctx);
            emit_buf_free(&cu);
            compile_free(c);
        }
    }
    return rc;
}
