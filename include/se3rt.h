/* se3rt.h - public interface of libse3rt, the se3tc runtime.
 * A host program loads a compiled model (manifest + weights + generated code), builds graphs
 * from points and runs the model. Ownership: `_new` returns an object the caller owns, freed by
 * the matching `_free` (NULL is fine); arguments stay the caller's; pointers from getters are
 * borrowed and live as long as the object they came from. No global state: all of it is in the ctx. */
#ifndef SE3RT_H
#define SE3RT_H

#include <stddef.h>
#include <stdint.h>

#include "se3rt_version.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum se3rt_status {
    SE3RT_OK = 0,
    SE3RT_ERR_NOMEM,       /* an allocation failed */
    SE3RT_ERR_IO,          /* a file could not be read or written */
    SE3RT_ERR_FORMAT,      /* a file is malformed (names file and line or tensor) */
    SE3RT_ERR_INVALID,     /* a bad argument or bad data (NaN coordinates, empty frames, ...) */
    SE3RT_ERR_UNAVAILABLE, /* a device, driver or compiler is missing */
    SE3RT_ERR_COMPILE,     /* JIT compilation failed (the compiler log is in the message) */
    SE3RT_ERR_INTERNAL     /* a bug in se3tc */
} se3rt_status;

/* Allocation hook: every byte the runtime allocates goes through it, so tests can make
 * allocation fail. `user` is passed back unchanged. */
typedef struct se3rt_alloc {
    void *(*malloc_fn)(size_t size, void *user);
    void *(*realloc_fn)(void *ptr, size_t size, void *user);
    void (*free_fn)(void *ptr, void *user);
    void *user;
} se3rt_alloc;

typedef struct se3rt_ctx se3rt_ctx;

se3rt_status se3rt_ctx_new(se3rt_ctx **out /* OUT */, const se3rt_alloc *alloc /* NULL = libc */);
void         se3rt_ctx_free(se3rt_ctx *ctx);
const char  *se3rt_errmsg(const se3rt_ctx *ctx);    /* valid until the next call on ctx */

/* JIT settings of every model loaded through ctx (docs/runtime.md). Each value is copied; NULL or
 * "" goes back to the default, which the environment may give:
 *   cc         the C compiler command, split at whitespace, never through a shell ($CC, else "cc")
 *   cflags     its flags, split the same way ($SE3TC_CFLAGS, else "-O3 -march=native")
 *   cache_dir  the folder of compiled models and CUBINs ($SE3TC_CACHE, else
 *              $XDG_CACHE_HOME/se3tc, else ~/.cache/se3tc); used only when it is the user's own
 * The getters return the setting, else the environment's value, else NULL (the built-in
 * default). Setters fail only for want of memory. */
se3rt_status se3rt_ctx_set_cc(se3rt_ctx *ctx, const char *cc);
se3rt_status se3rt_ctx_set_cflags(se3rt_ctx *ctx, const char *cflags);
se3rt_status se3rt_ctx_set_cache_dir(se3rt_ctx *ctx, const char *dir);
const char  *se3rt_ctx_cc(const se3rt_ctx *ctx);
const char  *se3rt_ctx_cflags(const se3rt_ctx *ctx);
const char  *se3rt_ctx_cache_dir(const se3rt_ctx *ctx);

/* CUDA settings of every "cuda" model loaded through ctx, and of se3rt_cuda_probe (docs/cuda.md).
 * As above: the context's setting, else the environment's value (read each time a "cuda" model
 * is loaded or the device probed, so a change of the environment between loads counts), else the
 * default. The runtime reads these variables nowhere else.
 *   cuda_emulate          1: "cuda" runs the generated CUDA source on the CPU (the emulator, a
 *                         test aid: the kernels' logic, not their speed); 0: on the GPU; -1: not
 *                         set ($SE3TC_CUDA_EMULATE, "1" or "0"; unset or "" is 0)
 *   cuda_emulate_threads  the emulator's threads per block: a multiple of 32 from 32 to 128 (the
 *                         tiled edge kernels work in warps of 32); 0: not set
 *                         ($SE3TC_CUDA_EMULATE_THREADS, a decimal number; default 32)
 *   nvrtc                 the NVRTC library to dlopen before the usual names (libnvrtc.so.13,
 *                         .12, .11.2, .11, libnvrtc.so), a file name or path ($SE3TC_NVRTC)
 *   cuda_home             a CUDA toolkit folder: its lib64 is searched for those names before
 *                         /usr/local/cuda/lib64 ($CUDA_HOME)
 * Paths go to dlopen only, never to a shell. Setters: SE3RT_ERR_INVALID for a value out of range
 * (or a path over 4000 bytes), SE3RT_ERR_NOMEM. A malformed or out-of-range environment value
 * fails the load (or the probe) with SE3RT_ERR_INVALID and a message naming the variable. */
se3rt_status se3rt_ctx_set_cuda_emulate(se3rt_ctx *ctx, int on);
se3rt_status se3rt_ctx_set_cuda_emulate_threads(se3rt_ctx *ctx, int threads);
se3rt_status se3rt_ctx_set_nvrtc(se3rt_ctx *ctx, const char *path);
se3rt_status se3rt_ctx_set_cuda_home(se3rt_ctx *ctx, const char *dir);
const char  *se3rt_ctx_nvrtc(const se3rt_ctx *ctx);
const char  *se3rt_ctx_cuda_home(const se3rt_ctx *ctx);
const char  *se3rt_status_name(se3rt_status s);     /* "SE3RT_ERR_NOMEM", ... */
/* The library's version, SE3RT_VERSION_STRING of the build that made it ("0.2.0"): a host can
 * compare it with the header it was compiled against. */
const char  *se3rt_version(void);

#ifdef __cplusplus
}
#endif
#endif
