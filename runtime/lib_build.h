/* lib_build.h - building a model library ahead of time (internal to se3tc and libse3rt): what
 * `se3tc compile --shared/--object/--static` runs. The generated C is compiled with the context's
 * compiler and flags (se3rt_ctx_set_cc/_cflags, defaults $CC and $SE3TC_CFLAGS, as the JIT) in a
 * private temporary folder, which is removed; the caller gets the bytes and writes them with its
 * other outputs. Nothing goes through a shell. docs/host.md, "Ahead of time". */
#ifndef SE3RT_LIB_BUILD_H
#define SE3RT_LIB_BUILD_H

#include <stddef.h>

#include "se3rt.h"

enum { RT_LIB_SHARED = 1, RT_LIB_OBJECT = 2, RT_LIB_STATIC = 4 };

typedef struct rt_lib_build {
    char source_sha256[65];  /* SHA-256 of the C source (NAME.c), compiled in as SE3M_SOURCE_SHA256 */
    char shared_sha256[65];  /* of the shared object's bytes ("" unless built) */
    char compiler[1024];     /* the compiler, its flags and the ones every build adds (no paths) */
    char *bytes[3];          /* NAME.so, NAME.o, NAME.a as asked (se3rt_io_buf_free each) */
    size_t len[3];
} rt_lib_build;

/* Build `kinds` (RT_LIB_*) from `src` for model `name` (an identifier). Errors are one line:
 * the compiler's command and the start of its output. */
se3rt_status rt_lib_build_run(se3rt_ctx *ctx, const char *name, const char *src, size_t len, int kinds,
                              rt_lib_build *out /* OUT */);
void         rt_lib_build_free(se3rt_ctx *ctx, rt_lib_build *b);

#endif
