/* ctx.c - the runtime context: allocation hook, the one-line error message buffer, and the
 * settings (JIT, CUDA) with their environment defaults, the only environment the runtime reads.
 * Every other runtime module allocates and reports errors through these functions. */
#include "rt_internal.h"

#include "jit.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void *libc_malloc(size_t n, void *user) { (void)user; return malloc(n); }
static void *libc_realloc(void *p, size_t n, void *user) { (void)user; return realloc(p, n); }
static void libc_free(void *p, void *user) { (void)user; free(p); }

se3rt_status se3rt_ctx_new(se3rt_ctx **out, const se3rt_alloc *alloc)
{
    se3rt_alloc a = { libc_malloc, libc_realloc, libc_free, NULL };
    if (alloc)
        a = *alloc;
    *out = NULL;
    se3rt_ctx *ctx = a.malloc_fn(sizeof *ctx, a.user);
    if (!ctx)
        return SE3RT_ERR_NOMEM;
    memset(ctx, 0, sizeof *ctx);
    ctx->alloc = a;
    ctx->cuda_emulate = -1;
    *out = ctx;
    return SE3RT_OK;
}

void se3rt_ctx_free(se3rt_ctx *ctx)
{
    if (!ctx)
        return;
    rt_jit_memo_free(ctx);
    rt_free(ctx, ctx->jit_cc);
    rt_free(ctx, ctx->jit_cflags);
    rt_free(ctx, ctx->cache_dir);
    rt_free(ctx, ctx->nvrtc);
    rt_free(ctx, ctx->cuda_home);
    ctx->alloc.free_fn(ctx, ctx->alloc.user);
}

/* ---- JIT settings: the context's, else the environment's, else built in ----------------- */

static se3rt_status ctx_set(se3rt_ctx *ctx, char **slot, const char *value)
{
    char *v = NULL;
    if (value && *value && !(v = rt_strdup(ctx, value)))
        return SE3RT_ERR_NOMEM;
    rt_free(ctx, *slot);
    *slot = v;
    return SE3RT_OK;
}

se3rt_status se3rt_ctx_set_cc(se3rt_ctx *ctx, const char *cc) { return ctx_set(ctx, &ctx->jit_cc, cc); }
se3rt_status se3rt_ctx_set_cflags(se3rt_ctx *ctx, const char *f) { return ctx_set(ctx, &ctx->jit_cflags, f); }
se3rt_status se3rt_ctx_set_cache_dir(se3rt_ctx *ctx, const char *d) { return ctx_set(ctx, &ctx->cache_dir, d); }

static const char *env_or_null(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

const char *se3rt_ctx_cc(const se3rt_ctx *ctx) { return ctx->jit_cc ? ctx->jit_cc : env_or_null("CC"); }
const char *se3rt_ctx_cflags(const se3rt_ctx *ctx)
{
    return ctx->jit_cflags ? ctx->jit_cflags : env_or_null("SE3TC_CFLAGS");
}
const char *se3rt_ctx_cache_dir(const se3rt_ctx *ctx)
{
    return ctx->cache_dir ? ctx->cache_dir : env_or_null("SE3TC_CACHE");
}

const char *rt_ctx_cc(const se3rt_ctx *ctx)
{
    const char *v = se3rt_ctx_cc(ctx);
    return v ? v : "cc";
}

const char *rt_ctx_cflags(const se3rt_ctx *ctx)
{
    const char *v = se3rt_ctx_cflags(ctx);
    return v ? v : "-O3 -march=native";
}

int rt_ctx_cache_path(const se3rt_ctx *ctx, char *out, size_t n)
{
    const char *s = se3rt_ctx_cache_dir(ctx), *x = env_or_null("XDG_CACHE_HOME"), *h = env_or_null("HOME");
    int k;
    if (s)
        k = snprintf(out, n, "%s", s);
    else if (x)
        k = snprintf(out, n, "%s/se3tc", x);
    else if (h)
        k = snprintf(out, n, "%s/.cache/se3tc", h);
    else
        k = snprintf(out, n, "/tmp/se3tc-cache-%ld", (long)geteuid());
    return k < 0 || (size_t)k + 300 >= n ? -1 : 0;   /* room for entry names after it */
}

const char *rt_ctx_tmpdir(const se3rt_ctx *ctx)
{
    (void)ctx;
    const char *t = env_or_null("TMPDIR");
    return t && strlen(t) < 3000 ? t : "/tmp";
}

/* ---- CUDA settings: the context's, else the environment's, else built in ---------------- */

/* Paths longer than this are refused: every use appends a file name into a 4 KB buffer. */
enum { CTX_PATH_MAX = 4000 };

static int emu_threads_ok(long n)
{
    return n >= 32 && n <= RT_CUDA_EMU_THREADS_MAX && n % 32 == 0;
}

se3rt_status se3rt_ctx_set_cuda_emulate(se3rt_ctx *ctx, int on)
{
    if (on < -1 || on > 1)
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_ctx_set_cuda_emulate: %d is not 1, 0 or -1", on);
    ctx->cuda_emulate = on;
    return SE3RT_OK;
}

se3rt_status se3rt_ctx_set_cuda_emulate_threads(se3rt_ctx *ctx, int threads)
{
    if (threads != 0 && !emu_threads_ok(threads))
        return rt_error(ctx, SE3RT_ERR_INVALID,
                        "se3rt_ctx_set_cuda_emulate_threads: %d is not a multiple of 32 from 32 to %d (or 0)", threads,
                        RT_CUDA_EMU_THREADS_MAX);
    ctx->cuda_emu_threads = threads;
    return SE3RT_OK;
}

static se3rt_status ctx_set_path(se3rt_ctx *ctx, char **slot, const char *value, const char *what)
{
    if (value && strlen(value) > CTX_PATH_MAX)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: the path is longer than %d bytes", what, CTX_PATH_MAX);
    return ctx_set(ctx, slot, value);
}

se3rt_status se3rt_ctx_set_nvrtc(se3rt_ctx *ctx, const char *path)
{
    return ctx_set_path(ctx, &ctx->nvrtc, path, "se3rt_ctx_set_nvrtc");
}
se3rt_status se3rt_ctx_set_cuda_home(se3rt_ctx *ctx, const char *dir)
{
    return ctx_set_path(ctx, &ctx->cuda_home, dir, "se3rt_ctx_set_cuda_home");
}
const char *se3rt_ctx_nvrtc(const se3rt_ctx *ctx) { return ctx->nvrtc ? ctx->nvrtc : env_or_null("SE3TC_NVRTC"); }
const char *se3rt_ctx_cuda_home(const se3rt_ctx *ctx)
{
    return ctx->cuda_home ? ctx->cuda_home : env_or_null("CUDA_HOME");
}

/* An environment value quoted for a message: at most 40 bytes of it (rt_error escapes control bytes). */
#define ENV_SHOWN(v) (strlen(v) > 40 ? 40 : (int)strlen(v)), (v), (strlen(v) > 40 ? "..." : "")

se3rt_status rt_ctx_cuda_emulation(se3rt_ctx *ctx, int *threads)
{
    *threads = 0;
    int on = ctx->cuda_emulate;
    if (on < 0) {
        const char *e = env_or_null("SE3TC_CUDA_EMULATE");
        if (e && strcmp(e, "1") != 0 && strcmp(e, "0") != 0)
            return rt_error(ctx, SE3RT_ERR_INVALID, "SE3TC_CUDA_EMULATE=\"%.*s%s\": expected 1 (the CPU emulator) or 0",
                            ENV_SHOWN(e));
        on = e && strcmp(e, "1") == 0;
    }
    if (!on)
        return SE3RT_OK;
    int n = ctx->cuda_emu_threads;
    if (n == 0) {
        const char *t = env_or_null("SE3TC_CUDA_EMULATE_THREADS");
        n = RT_CUDA_EMU_THREADS_DEFAULT;
        if (t) {
            char *end = NULL;
            long v = (t[0] >= '0' && t[0] <= '9') ? strtol(t, &end, 10) : -1;
            if (!end || *end || !emu_threads_ok(v))
                return rt_error(ctx, SE3RT_ERR_INVALID,
                                "SE3TC_CUDA_EMULATE_THREADS=\"%.*s%s\": expected a multiple of 32 from 32 to %d",
                                ENV_SHOWN(t), RT_CUDA_EMU_THREADS_MAX);
            n = (int)v;
        }
    }
    *threads = n;
    return SE3RT_OK;
}

const char *rt_ctx_cxx(const se3rt_ctx *ctx)
{
    (void)ctx;
    const char *v = env_or_null("CXX");
    return v ? v : "c++";
}

se3rt_status rt_ctx_nvrtc_paths(se3rt_ctx *ctx, const char **lib, const char **home)
{
    *lib = se3rt_ctx_nvrtc(ctx);
    *home = se3rt_ctx_cuda_home(ctx);
    if (*lib && strlen(*lib) > CTX_PATH_MAX)
        return rt_error(ctx, SE3RT_ERR_INVALID, "SE3TC_NVRTC: the path is longer than %d bytes", CTX_PATH_MAX);
    if (*home && strlen(*home) > CTX_PATH_MAX)
        return rt_error(ctx, SE3RT_ERR_INVALID, "CUDA_HOME: the path is longer than %d bytes", CTX_PATH_MAX);
    return SE3RT_OK;
}

const char *se3rt_errmsg(const se3rt_ctx *ctx)
{
    return ctx ? ctx->msg : "no context";
}

const char *se3rt_status_name(se3rt_status s)
{
    switch (s) {
    case SE3RT_OK: return "SE3RT_OK";
    case SE3RT_ERR_NOMEM: return "SE3RT_ERR_NOMEM";
    case SE3RT_ERR_IO: return "SE3RT_ERR_IO";
    case SE3RT_ERR_FORMAT: return "SE3RT_ERR_FORMAT";
    case SE3RT_ERR_INVALID: return "SE3RT_ERR_INVALID";
    case SE3RT_ERR_UNAVAILABLE: return "SE3RT_ERR_UNAVAILABLE";
    case SE3RT_ERR_COMPILE: return "SE3RT_ERR_COMPILE";
    case SE3RT_ERR_INTERNAL: return "SE3RT_ERR_INTERNAL";
    }
    return "SE3RT_ERR_UNKNOWN";
}

/* Messages are one line: control bytes (a newline or a terminal escape sequence in a file name or
 * in text read from a file) are stored as \xNN, whatever the caller passed. The arguments may
 * point into ctx->msg (a message that wraps the previous one). */
se3rt_status rt_error(se3rt_ctx *ctx, se3rt_status st, const char *fmt, ...)
{
    char raw[SE3RT_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    size_t o = 0;
    for (const char *p = raw; *p && o + 5 < sizeof ctx->msg; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x20 || ch == 0x7f)
            o += (size_t)snprintf(ctx->msg + o, sizeof ctx->msg - o, "\\x%02x", ch);
        else
            ctx->msg[o++] = (char)ch;
    }
    ctx->msg[o] = 0;
    ctx->last = st;
    return st;
}

void *rt_malloc(se3rt_ctx *ctx, size_t n)
{
    void *p = ctx->alloc.malloc_fn(n ? n : 1, ctx->alloc.user);
    if (!p)
        rt_error(ctx, SE3RT_ERR_NOMEM, "out of memory allocating %zu bytes", n);
    return p;
}

void *rt_calloc(se3rt_ctx *ctx, size_t count, size_t size)
{
    if (size && count > (size_t)-1 / size) {
        rt_error(ctx, SE3RT_ERR_NOMEM, "allocation of %zu x %zu bytes overflows", count, size);
        return NULL;
    }
    void *p = rt_malloc(ctx, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *rt_realloc(se3rt_ctx *ctx, void *p, size_t n)
{
    void *q = ctx->alloc.realloc_fn(p, n ? n : 1, ctx->alloc.user);
    if (!q)
        rt_error(ctx, SE3RT_ERR_NOMEM, "out of memory growing a buffer to %zu bytes", n);
    return q;
}

void rt_free(se3rt_ctx *ctx, void *p)
{
    if (p)
        ctx->alloc.free_fn(p, ctx->alloc.user);
}

char *rt_strdup(se3rt_ctx *ctx, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = rt_malloc(ctx, n);
    if (d)
        memcpy(d, s, n);
    return d;
}
