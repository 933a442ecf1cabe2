/* nvrtc_loader.c - NVRTC through dlopen (see se3rt_cuda.h): find a versioned libnvrtc, compile
 * generated CUDA source to CUBIN or PTX, copy the compile log into the ctx message on failure.
 * Used by the CUDA backend at run time and by `se3tc compile --ptx` (no GPU needed). */
#include "se3rt_cuda.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "../jit.h"

void se3rt_cuda_buf_free(se3rt_ctx *ctx, void *buf)
{
    rt_free(ctx, buf);
}

static int nv_try(rt_nvrtc *nv, const char *path, char *errs, size_t n)
{
    nv->lib = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (nv->lib) {
        snprintf(nv->path, sizeof nv->path, "%.63s", path);
        return 0;
    }
    if (!errs[0]) {
        const char *e = dlerror();
        snprintf(errs, n, "%.400s", e ? e : path);
    }
    return -1;
}

se3rt_status rt_nvrtc_open(se3rt_ctx *ctx, rt_nvrtc *nv)
{
    static const char *const names[] = { "libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so.11.2", "libnvrtc.so.11",
                                         "libnvrtc.so" };
    memset(nv, 0, sizeof *nv);
    char first[512] = "", path[4200];
    const char *lib = NULL, *home = NULL;   /* the context's settings or their environment defaults */
    se3rt_status st = rt_ctx_nvrtc_paths(ctx, &lib, &home);
    if (st != SE3RT_OK)
        return st;
    int ok = lib && nv_try(nv, lib, first, sizeof first) == 0;
    for (size_t i = 0; !ok && i < sizeof names / sizeof *names; i++)
        ok = nv_try(nv, names[i], first, sizeof first) == 0;
    const char *dirs[] = { home, "/usr/local/cuda" };
    for (size_t d = 0; !ok && d < 2; d++)
        for (size_t i = 0; !ok && dirs[d] && i < sizeof names / sizeof *names; i++) {
            snprintf(path, sizeof path, "%s/lib64/%s", dirs[d], names[i]);
            ok = nv_try(nv, path, first, sizeof first) == 0;
        }
    if (!ok)
        return rt_error(ctx, SE3RT_ERR_UNAVAILABLE,
                        "NVRTC not found (tried libnvrtc.so.13, .12, .11, libnvrtc.so: %s)", first);
#define NV_SYM(field, sym, required)                                                                      \
    do {                                                                                                  \
        *(void **)&nv->field = dlsym(nv->lib, sym);                                                       \
        if (!nv->field && (required)) {                                                                   \
            dlclose(nv->lib);                                                                             \
            nv->lib = NULL;                                                                               \
            return rt_error(ctx, SE3RT_ERR_UNAVAILABLE, "%s lacks %s (NVRTC too old?)", nv->path, sym);  \
        }                                                                                                 \
    } while (0)
    NV_SYM(Version, "nvrtcVersion", 1);
    NV_SYM(CreateProgram, "nvrtcCreateProgram", 1);
    NV_SYM(CompileProgram, "nvrtcCompileProgram", 1);
    NV_SYM(GetProgramLogSize, "nvrtcGetProgramLogSize", 1);
    NV_SYM(GetProgramLog, "nvrtcGetProgramLog", 1);
    NV_SYM(GetPTXSize, "nvrtcGetPTXSize", 1);
    NV_SYM(GetPTX, "nvrtcGetPTX", 1);
    NV_SYM(GetCUBINSize, "nvrtcGetCUBINSize", 1);
    NV_SYM(GetCUBIN, "nvrtcGetCUBIN", 1);
    NV_SYM(DestroyProgram, "nvrtcDestroyProgram", 1);
    NV_SYM(GetErrorString, "nvrtcGetErrorString", 1);
    NV_SYM(GetNumSupportedArchs, "nvrtcGetNumSupportedArchs", 0);
    NV_SYM(GetSupportedArchs, "nvrtcGetSupportedArchs", 0);
#undef NV_SYM
    if (nv->Version(&nv->major, &nv->minor) != 0) {
        dlclose(nv->lib);
        nv->lib = NULL;
        return rt_error(ctx, SE3RT_ERR_UNAVAILABLE, "%s: nvrtcVersion failed", nv->path);
    }
    return SE3RT_OK;
}

void rt_nvrtc_close(rt_nvrtc *nv)
{
    if (nv && nv->lib)
        dlclose(nv->lib);
    if (nv)
        nv->lib = NULL;
}

int rt_nvrtc_best_arch(const rt_nvrtc *nv, int want)
{
    int n = 0, best = -1;
    if (!nv->GetNumSupportedArchs || !nv->GetSupportedArchs || nv->GetNumSupportedArchs(&n) != 0 || n <= 0 ||
        n > 256)
        return want;              /* cannot ask: try the device's own */
    int archs[256];
    if (nv->GetSupportedArchs(archs) != 0)
        return want;
    for (int i = 0; i < n; i++)
        if (archs[i] <= want && archs[i] > best)
            best = archs[i];
    return best;
}

/* The log of a failed compile on one line (newlines become " | "), trimmed to fit a message. */
static void nv_log(const rt_nvrtc *nv, rt_nvrtc_program prog, char *out, size_t n)
{
    size_t sz = 0;
    out[0] = 0;
    if (nv->GetProgramLogSize(prog, &sz) != 0 || sz < 2)
        return;
    char *log = malloc(sz + 1);
    if (!log)
        return;
    if (nv->GetProgramLog(prog, log) == 0) {
        log[sz] = 0;
        size_t k = 0;
        for (const char *p = log; *p && k + 4 < n; p++) {
            if (*p == '\n') {
                if (p[1]) {
                    memcpy(out + k, " | ", 3);
                    k += 3;
                }
            } else {
                out[k++] = *p;
            }
        }
        out[k] = 0;
    }
    free(log);
}

se3rt_status rt_nvrtc_compile(se3rt_ctx *ctx, const rt_nvrtc *nv, const char *src, size_t len, const char *name,
                              const char *arch, int cubin, char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    /* "sm_" and 2 or 3 digits, nothing else: `se3tc compile --ptx` makes the file name
     * DIR/NAME.ARCH.ptx from it ("sm_80/../../x" once wrote outside DIR) */
    int num = 0;
    size_t nd = strncmp(arch, "sm_", 3) == 0 ? strspn(arch + 3, "0123456789") : 0;
    if (nd < 2 || nd > 3 || arch[3 + nd] != 0 || sscanf(arch + 3, "%d", &num) != 1 || num < 30) {
        char esc[160];
        return rt_error(ctx, SE3RT_ERR_INVALID, "bad GPU architecture '%s' (expected sm_XY, e.g. sm_90)",
                        rt_esc(arch, esc, sizeof esc));
    }
    char *text = rt_malloc(ctx, len + 1);
    if (!text)
        return SE3RT_ERR_NOMEM;
    memcpy(text, src, len);
    text[len] = 0;
    char opt_arch[64];
    snprintf(opt_arch, sizeof opt_arch, "--gpu-architecture=%s_%d", cubin ? "sm" : "compute", num);
    /* --split-compile=0: NVRTC runs its optimiser on all cores (NVRTC >= 12.1) */
    const char *opts[] = { opt_arch, RT_NVRTC_OPTIONS, "--split-compile=0" };
    const int nopts = nv->major > 12 || (nv->major == 12 && nv->minor >= 1) ? 3 : 2;
    rt_nvrtc_program prog = NULL;
    nvrtcResult_t r = nv->CreateProgram(&prog, text, name, 0, NULL, NULL);
    rt_free(ctx, text);
    if (r != 0)
        return rt_error(ctx, SE3RT_ERR_COMPILE, "nvrtcCreateProgram(%s): %s", name, nv->GetErrorString(r));
    r = nv->CompileProgram(prog, nopts, opts);
    if (r != 0) {
        char log[SE3RT_MSG_MAX - 160];
        nv_log(nv, prog, log, sizeof log);
        nv->DestroyProgram(&prog);
        return rt_error(ctx, SE3RT_ERR_COMPILE, "NVRTC %d.%d failed on %s (%s): %s: %s", nv->major, nv->minor, name,
                        opt_arch, nv->GetErrorString(r), log);
    }
    size_t sz = 0;
    r = cubin ? nv->GetCUBINSize(prog, &sz) : nv->GetPTXSize(prog, &sz);
    if (r != 0 || sz == 0) {
        nv->DestroyProgram(&prog);
        return rt_error(ctx, SE3RT_ERR_COMPILE, "NVRTC produced no %s for %s (%s)", cubin ? "CUBIN" : "PTX", name,
                        opt_arch);
    }
    char *buf = rt_malloc(ctx, sz + 1);
    if (!buf) {
        nv->DestroyProgram(&prog);
        return SE3RT_ERR_NOMEM;
    }
    r = cubin ? nv->GetCUBIN(prog, buf) : nv->GetPTX(prog, buf);
    nv->DestroyProgram(&prog);
    if (r != 0) {
        rt_free(ctx, buf);
        return rt_error(ctx, SE3RT_ERR_COMPILE, "NVRTC: reading the %s of %s failed: %s", cubin ? "CUBIN" : "PTX", name,
                        nv->GetErrorString(r));
    }
    buf[sz] = 0;
    *out = buf;
    *out_len = cubin ? sz : strlen(buf);   /* PTX comes with its own NUL */
    return SE3RT_OK;
}

se3rt_status se3rt_cuda_ptx(se3rt_ctx *ctx, const char *src, size_t len, const char *name, const char *arch,
                            char **ptx, size_t *ptx_len)
{
    rt_nvrtc nv;
    *ptx = NULL;
    *ptx_len = 0;
    se3rt_status st = rt_nvrtc_open(ctx, &nv);
    if (st)
        return st;
    st = rt_nvrtc_compile(ctx, &nv, src, len, name, arch, 0, ptx, ptx_len);
    rt_nvrtc_close(&nv);
    return st;
}
