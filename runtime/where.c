/* where.c - locating faults in input files (rt_where.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rt_where.h"

se3rt_status rt_error_at(se3rt_ctx *ctx, se3rt_status st, const char *file, int64_t frame, int64_t atom,
                         const char *fmt, ...)
{
    char what[SE3RT_MSG_MAX], where[SE3RT_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    char fr[48] = "", at[48] = "";
    if (frame >= 0)
        snprintf(fr, sizeof fr, "frame %lld", (long long)frame + 1);
    if (atom >= 0)
        snprintf(at, sizeof at, "%satom %lld", frame >= 0 ? ", " : "", (long long)atom + 1);
    snprintf(where, sizeof where, "%s%s%s%s%s", file ? file : "", file ? ": " : "", fr, at,
             frame >= 0 || atom >= 0 ? ": " : "");
    return rt_error(ctx, st, "%s%s", where, what);
}

int64_t rt_batch_frame(const se3rt_batch *b, int32_t g)
{
    return b->frame_ids ? b->frame_ids[g] : g;
}

void rt_batch_where(const se3rt_batch *b, int64_t i, int64_t *frame, int64_t *atom)
{
    /* the last graph whose first node is <= i (graph_ptr ascending; empty graphs are skipped) */
    int32_t lo = 0, hi = b->n_graphs - 1;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo + 1) / 2;
        if (b->graph_ptr[mid] <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    *frame = rt_batch_frame(b, lo);
    *atom = i - b->graph_ptr[lo];
}

const char *rt_show_n(char *dst, size_t cap, const char *s, size_t n)
{
    size_t i = 0;
    int cut = n > cap - 4;
    if (cut)
        n = cap - 4;
    for (; i < n; i++)
        dst[i] = ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) ? '?' : s[i];
    if (cut) {
        memcpy(dst + i, "...", 3);
        i += 3;
    }
    dst[i] = 0;
    return dst;
}

const char *rt_show(char *dst, size_t cap, const char *s)
{
    return rt_show_n(dst, cap, s, strlen(s));
}
