/* cuda_cache.c - the on-disk CUBIN cache of the CUDA backend (see se3rt_cuda.h), the same design
 * and the same trust rules as the CPU JIT's (runtime/jit.c): entries DIR/cu-KEY.cubin with
 * DIR/cu-KEY.cubin.sum holding the SHA-256 of the CUBIN's bytes; KEY is a SHA-256 of source,
 * NVRTC options, NVRTC version and arch. The folder is used only when it belongs to the user and
 * is not writable by group or others (else the CUBIN is compiled and not cached, said once);
 * entries are opened O_NOFOLLOW, checked (regular file, ours), and the bytes returned are the
 * bytes hashed. Every file is written under a temporary name (mode 0600) and renamed, so
 * concurrent runs never see half a file, and an entry whose bytes do not match its checksum
 * (truncated, corrupt) is compiled again. */
#include "se3rt_cuda.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jit.h"
#include "rt_internal.h"

#define CUBIN_MAX ((uint64_t)1 << 30)

/* The entry's bytes if its checksum matches, else NULL. */
static char *cc_read_checked(se3rt_ctx *ctx, const rt_cache *c, const char *bin_name, const char *sum_name, size_t *len)
{
    size_t n = 0;
    int fd = rt_cache_entry_open(c, bin_name, CUBIN_MAX, &n);
    if (fd < 0)
        return NULL;
    char *buf = rt_malloc(ctx, n + 1), hex[65];
    if (buf && (rt_fd_sha256(fd, n, buf, hex) != 0 || !rt_cache_sum_matches(c, sum_name, hex))) {
        rt_free(ctx, buf);
        buf = NULL;
    }
    close(fd);
    if (!buf)
        return NULL;
    buf[n] = 0;
    *len = n;
    return buf;
}

se3rt_status rt_cuda_cubin_get(se3rt_ctx *ctx, const rt_nvrtc *nv, const char *src, size_t len, const char *name,
                               const char *arch, char **bin, size_t *bin_len, int *from_cache, char *path)
{
    *bin = NULL;
    *bin_len = 0;
    *from_cache = 0;
    char keytext[256], key[65], bname[100], sname[100];
    snprintf(keytext, sizeof keytext, "--gpu-architecture=%s %s --split-compile|nvrtc %d.%d", arch, RT_NVRTC_OPTIONS, nv->major,
             nv->minor);
    rt_sha256 s;
    rt_sha256_init(&s);
    rt_sha256_update(&s, keytext, strlen(keytext) + 1);
    rt_sha256_update(&s, src, len);
    rt_sha256_hex(&s, key);
    snprintf(bname, sizeof bname, "cu-%s.cubin", key);
    snprintf(sname, sizeof sname, "cu-%s.cubin.sum", key);
    rt_cache c;
    rt_cache_open(ctx, &c);
    if (path)
        snprintf(path, 4400, "%.4290s/%s", c.path, bname);
    if (c.fd >= 0 && (*bin = cc_read_checked(ctx, &c, bname, sname, bin_len)) != NULL) {
        *from_cache = 1;
        rt_cache_close(&c);
        return SE3RT_OK;
    }
    se3rt_status st = rt_nvrtc_compile(ctx, nv, src, len, name, arch, 1, bin, bin_len);
    if (st || c.fd < 0) {
        rt_cache_close(&c);
        return st;
    }
    /* Publish: the checksum first, then the CUBIN, each renamed into place. A reader that sees
     * the new .sum with an old .cubin fails the check and compiles again: never a wrong hit.
     * A failure to publish leaves the CUBIN good; only the cache is unusable, so go on. */
    char hs[80];
    rt_sha256_init(&s);
    rt_sha256_update(&s, *bin, *bin_len);
    rt_sha256_hex(&s, hs);
    strcat(hs, "\n");
    char saved[SE3RT_MSG_MAX];
    memcpy(saved, ctx->msg, sizeof saved);
    se3rt_status last = ctx->last;
    if (rt_cache_publish(ctx, &c, sname, hs, strlen(hs)) == SE3RT_OK)
        rt_cache_publish(ctx, &c, bname, *bin, *bin_len);
    memcpy(ctx->msg, saved, sizeof saved);
    ctx->last = last;
    rt_cache_close(&c);
    return SE3RT_OK;
}
