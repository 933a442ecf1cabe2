/* jit.c - see jit.h. Cache entries are DIR/KEY.so with DIR/KEY.sum holding a hash of the .so
 * bytes: a truncated or corrupt entry fails the check (or dlopen) and is rebuilt. Every file
 * is written under a temporary name and renamed, so concurrent runs never see half a file.
 * The cache folder is $SE3TC_CACHE, else $XDG_CACHE_HOME/se3tc, else ~/.cache/se3tc.
 * Objects are opened RTLD_NODELETE: generated code starts OpenMP worker threads that outlive a
 * forward call, and unmapping their code under them on dlclose crashes the process. */
#include "jit.h"

#include <dlfcn.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

uint64_t rt_fnv1a(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* mkdir -p */
int rt_mkdirs(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(tmp, 0755);
            *p = '/';
        }
    return mkdir(tmp, 0755) == 0 || errno == EEXIST ? 0 : -1;
}

void rt_cache_dir(char *out, size_t n)
{
    const char *s = getenv("SE3TC_CACHE"), *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
    if (s && *s)
        snprintf(out, n, "%s", s);
    else if (x && *x)
        snprintf(out, n, "%s/se3tc", x);
    else if (h && *h)
        snprintf(out, n, "%s/.cache/se3tc", h);
    else
        snprintf(out, n, "/tmp/se3tc-cache-%ld", (long)getuid());
}

/* First line of `cc --version`, or "" */
static void jit_cc_version(const char *cc, char *out, size_t n)
{
    char cmd[1200];
    out[0] = 0;
    snprintf(cmd, sizeof cmd, "%s --version 2>/dev/null", cc);
    FILE *p = popen(cmd, "r");
    if (!p)
        return;
    if (!fgets(out, (int)n, p))
        out[0] = 0;
    pclose(p);
    out[strcspn(out, "\n")] = 0;
}

/* Hash of a whole file's bytes, or 0 if unreadable. */
static uint64_t jit_file_hash(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    uint64_t h = 0xcbf29ce484222325ULL;
    unsigned char buf[65536];
    size_t r;
    while ((r = fread(buf, 1, sizeof buf, f)) > 0)
        h = rt_fnv1a(h, buf, r);
    fclose(f);
    return h;
}

int rt_write_atomic(const char *path, const void *data, size_t len)
{
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return -1;
    int ok = fwrite(data, 1, len, f) == len;
    ok &= fclose(f) == 0;
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

/* Check the entry's hash file, then dlopen it. */
static int jit_try_open(const char *so, const char *sum, rt_jit *out)
{
    FILE *f = fopen(sum, "r");
    if (!f)
        return -1;
    uint64_t want = 0;
    int got = fscanf(f, "%" SCNx64, &want);
    fclose(f);
    if (got != 1 || want == 0 || jit_file_hash(so) != want)
        return -1;
    out->handle = dlopen(so, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    return out->handle ? 0 : -1;
}

se3rt_status rt_jit_load(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out)
{
    memset(out, 0, sizeof *out);
    const char *cc = getenv("CC");
    const char *flags = getenv("SE3TC_CFLAGS");
    if (!cc || !*cc)
        cc = "cc";
    if (!flags || !*flags)
        flags = "-O3 -march=native";
    char version[256], dir[4096];
    jit_cc_version(cc, version, sizeof version);
    if (!version[0])
        return rt_error(ctx, SE3RT_ERR_UNAVAILABLE, "C compiler '%s' not found (set CC to a working compiler)", cc);
    snprintf(out->cmd, sizeof out->cmd, "%s %s -fPIC -shared -fopenmp", cc, flags);
    uint64_t key = rt_fnv1a(0xcbf29ce484222325ULL, src, len);
    key = rt_fnv1a(key, out->cmd, strlen(out->cmd) + 1);
    key = rt_fnv1a(key, version, strlen(version) + 1);
    rt_cache_dir(dir, sizeof dir);
    if (rt_mkdirs(dir) != 0)
        return rt_error(ctx, SE3RT_ERR_IO, "cannot create the JIT cache folder %s: %s", dir, strerror(errno));
    char base[4200], cpath[4300], sum[4300], tmp_so[4400], log[4400];
    snprintf(base, sizeof base, "%s/%016" PRIx64, dir, key);
    snprintf(out->so_path, sizeof out->so_path, "%s.so", base);
    snprintf(sum, sizeof sum, "%s.sum", base);
    if (jit_try_open(out->so_path, sum, out) == 0) {
        out->from_cache = 1;
        return SE3RT_OK;
    }
    /* Build: source, compile to a temporary .so, hash it, then publish .sum and .so. */
    snprintf(cpath, sizeof cpath, "%s.c", base);
    snprintf(tmp_so, sizeof tmp_so, "%s.so.tmp.%ld", base, (long)getpid());
    snprintf(log, sizeof log, "%s.log.%ld", base, (long)getpid());
    if (rt_write_atomic(cpath, src, len) != 0)
        return rt_error(ctx, SE3RT_ERR_IO, "cannot write %s: %s", cpath, strerror(errno));
    char cmd[16384];
    snprintf(cmd, sizeof cmd, "%s -o '%s' '%s' -lm >'%s' 2>&1", out->cmd, tmp_so, cpath, log);
    int rc = system(cmd);
    if (rc != 0) {
        char first[600] = "";
        FILE *lf = fopen(log, "r");
        if (lf) {
            size_t r = fread(first, 1, sizeof first - 1, lf);
            first[r] = 0;
            fclose(lf);
            for (char *p = first; *p; p++)
                if (*p == '\n')
                    *p = ' ';
        }
        remove(log);
        remove(tmp_so);
        return rt_error(ctx, SE3RT_ERR_COMPILE, "compiling %s failed (%s): %s", cpath, out->cmd, first);
    }
    remove(log);
    uint64_t h = jit_file_hash(tmp_so);
    char hs[32];
    snprintf(hs, sizeof hs, "%016" PRIx64 "\n", h);
    if (rt_write_atomic(sum, hs, strlen(hs)) != 0 || rename(tmp_so, out->so_path) != 0) {
        remove(tmp_so);
        return rt_error(ctx, SE3RT_ERR_IO, "cannot write the JIT cache entry %s: %s", out->so_path, strerror(errno));
    }
    out->handle = dlopen(out->so_path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!out->handle)
        return rt_error(ctx, SE3RT_ERR_COMPILE, "cannot load %s: %s", out->so_path, dlerror());
    return SE3RT_OK;
}

void rt_jit_close(rt_jit *j)
{
    if (j && j->handle)
        dlclose(j->handle);
    if (j)
        j->handle = NULL;
}
