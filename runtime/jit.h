/* jit.h - the CPU JIT (internal to libse3rt): compile generated C with the system compiler
 * into a shared object and dlopen it, through an on-disk cache keyed by a SHA-256 of source,
 * command line, compiler version and the target the flags resolve to on this CPU. Also the
 * pieces the CUBIN cache (runtime/cuda/cuda_cache.c) and the CUDA emulator share: running a
 * program without a shell, the trusted cache folder, SHA-256. docs/runtime.md has the rules. */
#ifndef SE3RT_JIT_H
#define SE3RT_JIT_H

#include <stddef.h>
#include <stdint.h>

#include "rt_internal.h"

typedef struct rt_jit {
    void *handle;            /* dlopen handle */
    char cmd[1024];          /* the compiler command used (recorded for reports) */
    char so_path[4400];      /* the cache entry (or "" when the cache was not used) */
    int from_cache;          /* 1 when no compilation was needed */
} rt_jit;

/* Compile (or find in the cache) `src` and dlopen it. */
se3rt_status rt_jit_load(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out /* OUT */);
/* The same compiled as C++ (gnu++17, no OpenMP, -fpermissive) by the same compiler setting:
 * for generated C behind the dual-number prelude of model_force_train.c. Cached under its own key. */
se3rt_status rt_jit_load_cxx(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out /* OUT */);
void         rt_jit_close(rt_jit *j);
uint64_t     rt_fnv1a(uint64_t h, const void *data, size_t n);   /* not for security: seeds etc. */

/* The cache key rt_jit_load uses for `src` with ctx's compiler and flags (se3rt.h): 64 hex
 * digits. It covers what -march=native (or any target flag) resolves to on this CPU, as the
 * compiler reports it with `-###`. Exposed for the tests. */
se3rt_status rt_jit_key(se3rt_ctx *ctx, const char *src, size_t len, char key[65] /* OUT */);
void         rt_jit_memo_free(se3rt_ctx *ctx);   /* called by se3rt_ctx_free */

/* ---- SHA-256 */
typedef struct rt_sha256 {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t nbuf;
} rt_sha256;
void rt_sha256_init(rt_sha256 *s);
void rt_sha256_update(rt_sha256 *s, const void *data, size_t n);
void rt_sha256_hex(rt_sha256 *s, char out[65]);   /* finishes; out is 64 hex digits + NUL */

/* ---- running programs: never through a shell */

/* Split `s` into words at ASCII whitespace: no quoting, escapes or expansion of any kind (the
 * rule for the compiler and flag settings and $CXX). *words is one allocation (rt_free it), NULL-terminated;
 * at most 256 words. */
se3rt_status rt_split_words(se3rt_ctx *ctx, const char *s, char ***words /* OUT */, int *n /* OUT */);

/* Run argv[0] (looked up in PATH) with argv, stdin from /dev/null, stdout and stderr captured
 * into out (NUL-terminated, truncated to outsz - 1 bytes; the rest is read and dropped).
 * *status: the exit code, or 128 + signal. SE3RT_ERR_UNAVAILABLE when it cannot be started. */
se3rt_status rt_spawn(se3rt_ctx *ctx, char *const argv[], char *out, size_t outsz, int *status /* OUT */);

/* `s` with control characters and non-ASCII bytes written as \xNN (for one-line messages). */
const char *rt_esc(const char *s, char *buf, size_t n);

/* ---- the cache folder, trusted only when it is the user's */

typedef struct rt_cache {
    int fd;                  /* the folder, open; -1 when the cache is not used */
    int priv;                /* 1: a private temporary folder (no cache), removed by rt_cache_close */
    char path[4096];
} rt_cache;

/* Open the cache folder (rt_ctx_cache_path: the ctx setting, $SE3TC_CACHE, $XDG_CACHE_HOME/se3tc,
 * ~/.cache/se3tc, else /tmp/se3tc-cache-UID), creating missing folders with mode 0700. Trusted when it is a real
 * folder (not a symbolic link) owned by the effective user and not writable by group or others;
 * otherwise c->fd = -1 and the reason is printed once per ctx on stderr. Never fails. */
void rt_cache_open(se3rt_ctx *ctx, rt_cache *c /* OUT */);
/* A fresh private folder under rt_ctx_tmpdir ($TMPDIR or /tmp), mode 0700, for running without the cache. */
se3rt_status rt_cache_private(se3rt_ctx *ctx, rt_cache *c /* OUT */);
void rt_cache_close(rt_cache *c);   /* closes; a private folder is emptied and removed */

/* A cache entry opened O_NOFOLLOW and checked: a regular file owned by the effective user, not
 * writable by group or others, 1..max bytes. Returns the fd (*size set) or -1. A symbolic link,
 * FIFO or device is never opened for reading, so it cannot hang or feed the caller. */
int rt_cache_entry_open(const rt_cache *c, const char *name, uint64_t max, size_t *size /* OUT */);
/* SHA-256 (hex) of `size` bytes read from fd; also copies them into buf when buf is not NULL.
 * -1 when fewer bytes could be read. */
int rt_fd_sha256(int fd, size_t size, char *buf, char hex[65] /* OUT */);
/* 1 when entry `sumname` holds exactly the hex digest `hex`. */
int rt_cache_sum_matches(const rt_cache *c, const char *sumname, const char hex[65]);
/* Write `name` in the folder: a temporary (O_EXCL, mode 0600) renamed onto it. */
se3rt_status rt_cache_publish(se3rt_ctx *ctx, const rt_cache *c, const char *name, const void *data, size_t len);

#endif
