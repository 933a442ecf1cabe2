/* lib_build.c - see lib_build.h. */
#include "lib_build.h"

#include <stdio.h>
#include <string.h>

#include "jit.h"
#include "se3rt_io.h"

/* Run argv; a failure to start or a non-zero exit is SE3RT_ERR_COMPILE naming the command. */
static se3rt_status lib_run(se3rt_ctx *ctx, char **argv, const char *what)
{
    char log[600], e1[700], e2[700], cmd[1024] = "";
    size_t o = 0;
    for (int i = 0; argv[i] && o < sizeof cmd; i++)
        o += (size_t)snprintf(cmd + o, sizeof cmd - o, "%s%s", i ? " " : "", argv[i]);
    int status = 0;
    se3rt_status st = rt_spawn(ctx, argv, log, sizeof log, &status);
    if (st == SE3RT_ERR_UNAVAILABLE)
        return rt_error(ctx, SE3RT_ERR_COMPILE, "building %s: cannot run '%s' (not found or not executable%s)",
                        what, rt_esc(argv[0], e1, sizeof e1), strcmp(argv[0], "ar") ? "; set CC or --cc" : "");
    if (st)
        return st;
    if (status != 0) {
        for (char *p = log; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
        return rt_error(ctx, SE3RT_ERR_COMPILE, "building %s failed (%s, exit %d): %s", what,
                        rt_esc(cmd, e1, sizeof e1), status, rt_esc(log, e2, sizeof e2));
    }
    return SE3RT_OK;
}

void rt_lib_build_free(se3rt_ctx *ctx, rt_lib_build *b)
{
    for (int i = 0; i < 3; i++) {
        se3rt_io_buf_free(ctx, b->bytes[i]);
        b->bytes[i] = NULL;
    }
}

se3rt_status rt_lib_build_run(se3rt_ctx *ctx, const char *name, const char *src, size_t len, int kinds,
                              rt_lib_build *out)
{
    memset(out, 0, sizeof *out);
    rt_sha256 h;
    rt_sha256_init(&h);
    rt_sha256_update(&h, src, len);
    rt_sha256_hex(&h, out->source_sha256);

    char **cc = NULL, **fl = NULL;
    int ncc = 0, nfl = 0;
    se3rt_status st = rt_split_words(ctx, rt_ctx_cc(ctx), &cc, &ncc);
    if (!st)
        st = rt_split_words(ctx, rt_ctx_cflags(ctx), &fl, &nfl);
    if (!st && ncc == 0)
        st = rt_error(ctx, SE3RT_ERR_INVALID, "the C compiler setting ($CC) holds no command");
    rt_cache dir = { .fd = -1 };
    if (!st)
        st = rt_cache_private(ctx, &dir);
    char cname[300], cpath[4400], opath[4400], apath[4400], spath[4400], def[128];
    snprintf(cname, sizeof cname, "%.250s.c", name);
    snprintf(cpath, sizeof cpath, "%s/%s", dir.path, cname);
    snprintf(spath, sizeof spath, "%s/%.250s.so", dir.path, name);
    snprintf(opath, sizeof opath, "%s/%.250s.o", dir.path, name);
    snprintf(apath, sizeof apath, "%s/%.250s.a", dir.path, name);
    snprintf(def, sizeof def, "-DSE3M_SOURCE_SHA256=\"%s\"", out->source_sha256);
    if (!st)
        st = rt_cache_publish(ctx, &dir, cname, src, len);

    char *argv[600];
    int argc = 0;
    for (int i = 0; i < ncc; i++)
        argv[argc++] = cc[i];
    for (int i = 0; i < nfl; i++)
        argv[argc++] = fl[i];
    const int base = argc;
    static const char *const shared_flags[] = { "-fPIC", "-shared", "-fopenmp", NULL };
    for (int i = 0; shared_flags[i]; i++)
        argv[argc + i] = (char *)shared_flags[i];
    argv[argc + 3] = NULL;
    if (!st) {   /* the record: compiler, flags, and what every build adds */
        size_t o = 0;
        for (int i = 0; argv[i] && o < sizeof out->compiler; i++)
            o += (size_t)snprintf(out->compiler + o, sizeof out->compiler - o, "%s%s", i ? " " : "", argv[i]);
    }
    /* NAME.c is compiled once, into NAME.o; the shared object is linked from it */
    if (!st) {
        char *extra[] = { "-fPIC", "-fopenmp", def, "-c", "-o", opath, cpath, NULL };
        for (int i = 0; i < 8; i++)
            argv[base + i] = extra[i];
        st = lib_run(ctx, argv, "the object");
        if (!st && (kinds & RT_LIB_OBJECT))
            st = se3rt_io_read_path(ctx, opath, &out->bytes[1], &out->len[1]);
    }
    if (!st && (kinds & RT_LIB_SHARED)) {
        char *extra[] = { "-fPIC", "-shared", "-fopenmp", "-o", spath, opath, "-lm", NULL };
        for (int i = 0; i < 8; i++)
            argv[base + i] = extra[i];
        st = lib_run(ctx, argv, "the shared library");
        if (!st)
            st = se3rt_io_read_path(ctx, spath, &out->bytes[0], &out->len[0]);
        if (!st) {
            rt_sha256_init(&h);
            rt_sha256_update(&h, out->bytes[0], out->len[0]);
            rt_sha256_hex(&h, out->shared_sha256);
        }
    }
    if (!st && (kinds & RT_LIB_STATIC)) {
        char *ar[] = { "ar", "rcs", apath, opath, NULL };
        st = lib_run(ctx, ar, "the static archive");
        if (!st)
            st = se3rt_io_read_path(ctx, apath, &out->bytes[2], &out->len[2]);
    }
    rt_cache_close(&dir);
    rt_free(ctx, cc);
    rt_free(ctx, fl);
    if (st)
        rt_lib_build_free(ctx, out);
    return st;
}
