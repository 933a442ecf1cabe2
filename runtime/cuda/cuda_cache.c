/* cuda_cache.c - the on-disk CUBIN cache of the CUDA backend (see se3rt_cuda.h), the same design
 * as the CPU JIT's (runtime/jit.c): entries DIR/cu-KEY.cubin with DIR/cu-KEY.cubin.sum holding a
 * hash of the CUBIN's bytes; KEY hashes source, NVRTC options, NVRTC version and arch. Every file
 * is written under a temporary name and renamed, so concurrent runs never see half a file, and
 * an entry whose bytes do not match its checksum (truncated, corrupt) is compiled again. */
#include "se3rt_cuda.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jit.h"
#include "rt_internal.h"

/* The entry's bytes if its checksum matches, else NULL. */
static char *cc_read_checked(se3rt_ctx *ctx, const char *bin_path, const char *sum_path, size_t *len)
{
    FILE *f = fopen(sum_path, "r");
    if (!f)
        return NULL;
    uint64_t want = 0;
    int got = fscanf(f, "%" SCNx64, &want);
    fclose(f);
    if (got != 1 || want == 0)
        return NULL;
    f = fopen(bin_path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = rt_malloc(ctx, (size_t)n + 1)) != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        rt_free(ctx, buf);
        buf = NULL;
    }
    fclose(f);
    if (!buf)
        return NULL;
    if (rt_fnv1a(0xcbf29ce484222325ULL, buf, (size_t)n) != want) {
        rt_free(ctx, buf);
        return NULL;
    }
    buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

se3rt_status rt_cuda_cubin_get(se3rt_ctx *ctx, const rt_nvrtc *nv, const char *src, size_t len, const char *name,
                               const char *arch, char **bin, size_t *bin_len, int *from_cache, char *path)
{
    *bin = NULL;
    *bin_len = 0;
    *from_cache = 0;
    char keytext[256], dir[4096], base[4200], bpath[4400], spath[4400];
    snprintf(keytext, sizeof keytext, "--gpu-architecture=%s %s --split-compile|nvrtc %d.%d", arch, RT_NVRTC_OPTIONS, nv->major,
             nv->minor);
    uint64_t key = rt_fnv1a(0xcbf29ce484222325ULL, src, len);
    key = rt_fnv1a(key, keytext, strlen(keytext) + 1);
    rt_cache_dir(dir, sizeof dir);
    snprintf(base, sizeof base, "%s/cu-%016" PRIx64, dir, key);
    snprintf(bpath, sizeof bpath, "%s.cubin", base);
    snprintf(spath, sizeof spath, "%s.cubin.sum", base);
    if (path)
        snprintf(path, 4400, "%s", bpath);
    if ((*bin = cc_read_checked(ctx, bpath, spath, bin_len)) != NULL) {
        *from_cache = 1;
        return SE3RT_OK;
    }
    se3rt_status st = rt_nvrtc_compile(ctx, nv, src, len, name, arch, 1, bin, bin_len);
    if (st)
        return st;
    /* Publish: the checksum first, then the CUBIN, each renamed into place. A reader that sees
     * the new .sum with an old .cubin fails the check and compiles again: never a wrong hit. */
    char hs[32];
    snprintf(hs, sizeof hs, "%016" PRIx64 "\n", rt_fnv1a(0xcbf29ce484222325ULL, *bin, *bin_len));
    if (rt_mkdirs(dir) != 0 || rt_write_atomic(spath, hs, strlen(hs)) != 0 || rt_write_atomic(bpath, *bin, *bin_len) != 0) {
        /* The CUBIN is good; only the cache is unusable. Say so and go on without it. */
        return SE3RT_OK;
    }
    return SE3RT_OK;
}
