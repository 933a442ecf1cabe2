/* jit.h - the CPU JIT (internal to libse3rt): compile generated C with the system compiler
 * into a shared object and dlopen it, through an on-disk cache keyed by a hash of source,
 * flags and compiler version. */
#ifndef SE3RT_JIT_H
#define SE3RT_JIT_H

#include <stddef.h>

#include "rt_internal.h"

typedef struct rt_jit {
    void *handle;            /* dlopen handle */
    char cmd[1024];          /* the compiler command used (recorded for reports) */
    char so_path[4400];      /* the cached shared object */
    int from_cache;          /* 1 when no compilation was needed */
} rt_jit;

/* Compile (or find in the cache) `src` and dlopen it. */
se3rt_status rt_jit_load(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out /* OUT */);
void         rt_jit_close(rt_jit *j);
uint64_t     rt_fnv1a(uint64_t h, const void *data, size_t n);

/* Shared with the CUBIN cache (runtime/cuda/cuda_cache.c): */
void rt_cache_dir(char *out, size_t n);   /* $SE3TC_CACHE, $XDG_CACHE_HOME/se3tc, ~/.cache/se3tc */
int  rt_mkdirs(const char *path);         /* mkdir -p; 0 on success */
int  rt_write_atomic(const char *path, const void *data, size_t len); /* temp file + rename; 0 on success */

#endif
