/* rt_internal.h - what the modules of libse3rt share and hosts never see: the context layout,
 * the allocation hook wrappers and the error recorder. */
#ifndef SE3RT_INTERNAL_H
#define SE3RT_INTERNAL_H

#include "se3rt.h"

#define SE3RT_MSG_MAX 1024

struct se3rt_ctx {
    se3rt_alloc alloc;          /* allocation hook (libc by default) */
    se3rt_status last;          /* status of the last failing call */
    char msg[SE3RT_MSG_MAX];    /* one-line message of the last failure */
    unsigned noted;             /* notices already printed on stderr (once per ctx; runtime/jit.c) */
    void *jit_memo;             /* the C compiler's identity for the JIT cache key (runtime/jit.c) */
    char *jit_cc;               /* se3rt_ctx_set_cc, NULL: not set */
    char *jit_cflags;           /* se3rt_ctx_set_cflags */
    char *cache_dir;            /* se3rt_ctx_set_cache_dir */
    int cuda_emulate;           /* se3rt_ctx_set_cuda_emulate: 1 or 0; -1: not set */
    int cuda_emu_threads;       /* se3rt_ctx_set_cuda_emulate_threads; 0: not set */
    char *nvrtc;                /* se3rt_ctx_set_nvrtc */
    char *cuda_home;            /* se3rt_ctx_set_cuda_home */
};

/* The JIT settings in effect (ctx.c, the one place that reads their environment defaults):
 * the context's setting, else the environment ($CC, $SE3TC_CFLAGS), else the built-in default
 * ("cc", "-O3 -march=native"). */
const char *rt_ctx_cc(const se3rt_ctx *ctx);
const char *rt_ctx_cflags(const se3rt_ctx *ctx);
/* The cache folder: the setting, else $SE3TC_CACHE, $XDG_CACHE_HOME/se3tc, $HOME/.cache/se3tc,
 * /tmp/se3tc-cache-UID. 0, or -1 when the name does not fit in n bytes with room for entries. */
int         rt_ctx_cache_path(const se3rt_ctx *ctx, char *out, size_t n);
/* Where private temporary folders go: $TMPDIR when set and short enough, else /tmp. */
const char *rt_ctx_tmpdir(const se3rt_ctx *ctx);

/* The CUDA settings in effect (ctx.c, the one place that reads their environment defaults; the
 * backend gets them from here, never from the environment). *threads: 0 when "cuda" is the GPU,
 * else the emulator's threads per block. SE3RT_ERR_INVALID with a message naming the variable
 * when $SE3TC_CUDA_EMULATE or $SE3TC_CUDA_EMULATE_THREADS is malformed or out of range. */
#define RT_CUDA_EMU_THREADS_DEFAULT 32
#define RT_CUDA_EMU_THREADS_MAX     128   /* SE3RT_CUDA_THREADS, the kernels' block size */
se3rt_status rt_ctx_cuda_emulation(se3rt_ctx *ctx, int *threads /* OUT */);
/* The emulator's C++ compiler command: $CXX, else "c++" (split at whitespace, no shell). */
const char *rt_ctx_cxx(const se3rt_ctx *ctx);
/* Where NVRTC is looked for first: the setting or $SE3TC_NVRTC, and the toolkit folder: the
 * setting or $CUDA_HOME (NULL: none). SE3RT_ERR_INVALID naming the variable when a value is too
 * long to be a path. */
se3rt_status rt_ctx_nvrtc_paths(se3rt_ctx *ctx, const char **lib /* OUT */, const char **home /* OUT */);

void *rt_malloc(se3rt_ctx *ctx, size_t n);            /* sets SE3RT_ERR_NOMEM on failure */
void *rt_calloc(se3rt_ctx *ctx, size_t count, size_t size);
void *rt_realloc(se3rt_ctx *ctx, void *p, size_t n);  /* p stays valid on failure */
void  rt_free(se3rt_ctx *ctx, void *p);
char *rt_strdup(se3rt_ctx *ctx, const char *s);

/* The gradient norm for clipping sums the squares in chunks of this many weights (index order
 * within a chunk), then the chunks' sums in order: the CPU (se3rt_clip_grad) and the device
 * (runtime/cuda/cuda_opt.c) add in the same order, so both give the same norm bit for bit. */
#define RT_GRAD_NORM_CHUNK 256

/* Record a one-line error in ctx and return `st`, so callers write `return rt_error(ctx, ...)`. */
se3rt_status rt_error(se3rt_ctx *ctx, se3rt_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
