/* fuzz_extxyz.c - libFuzzer target for the extended-XYZ reader (se3rt_xyz_read_mem), the same
 * code `se3tc run` uses. Whatever parses is written back and read again: the second read must
 * succeed and give the same frames, atoms and values. Build and run with tests/fuzz/run_io.sh. */
#include "se3rt_io.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The reader takes the Properties key in any case ("PropeRties=" too); a flag without '=' is not one. */
static int fuzz_is_properties(const se3rt_xyz_info *in)
{
    return !in->bare && strcasecmp(in->key, "Properties") == 0;
}

/* Same comment-line entries in the same order: keys as written, same flag/value form and value.
 * A Properties entry is rewritten from the columns (compared above), so only its key is compared;
 * when the frame had none, the writer puts one first, which is skipped. */
static int fuzz_same_info(const se3rt_frame *f, const se3rt_frame *g)
{
    size_t have = 0, k = 0, j = 0;
    for (size_t i = 0; i < f->ninfo; i++)
        have |= fuzz_is_properties(&f->info[i]);
    if (!have) {
        if (g->ninfo == 0 || !fuzz_is_properties(&g->info[0]))
            return 0;
        j = 1;
    }
    if (g->ninfo - j != f->ninfo)
        return 0;
    for (; k < f->ninfo; k++, j++) {
        const se3rt_xyz_info *x = &f->info[k], *y = &g->info[j];
        if (strcmp(x->key, y->key) || x->bare != y->bare)
            return 0;
        if (!fuzz_is_properties(x) && strcmp(x->value, y->value))
            return 0;
    }
    return 1;
}

/* Same frames, properties, values (NaN equals NaN) and comment-line entries. */
static int fuzz_same(const se3rt_xyz *a, const se3rt_xyz *b)
{
    if (a->nframes != b->nframes)
        return 0;
    for (size_t i = 0; i < a->nframes; i++) {
        const se3rt_frame *f = &a->frames[i], *g = &b->frames[i];
        if (f->natoms != g->natoms || f->nprops != g->nprops)
            return 0;
        for (size_t p = 0; p < f->nprops; p++) {
            const se3rt_xyz_prop *x = &f->props[p], *y = &g->props[p];
            if (strcmp(x->name, y->name) || x->type != y->type || x->ncols != y->ncols)
                return 0;
            for (size_t k = 0; k < f->natoms * (size_t)x->ncols; k++) {
                if (x->type == SE3RT_PTYPE_S) {
                    if (strcmp(x->strings[k], y->strings[k]))
                        return 0;
                } else if (!(x->values[k] == y->values[k] || (isnan(x->values[k]) && isnan(y->values[k])))) {
                    return 0;
                }
            }
        }
        if (!fuzz_same_info(f, g))
            return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    se3rt_ctx *ctx;
    if (se3rt_ctx_new(&ctx, NULL))
        return 0;
    se3rt_xyz *xyz = NULL;
    if (se3rt_xyz_read_mem(ctx, (const char *)data, size, "fuzz.xyz", &xyz) == SE3RT_OK) {
        for (size_t i = 0; i < xyz->nframes; i++)
            se3rt_frame_check_positions(ctx, &xyz->frames[i], "fuzz.xyz", i);
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (f) {
            se3rt_status st = se3rt_xyz_write_file(ctx, xyz, f, "mem");
            fclose(f);
            se3rt_xyz *again = NULL;
            if (st == SE3RT_OK) {
                if (se3rt_xyz_read_mem(ctx, buf, len, "again.xyz", &again) != SE3RT_OK || !fuzz_same(xyz, again)) {
                    fprintf(stderr, "round trip failed: %s\n", se3rt_errmsg(ctx));
                    abort();
                }
            }
            se3rt_xyz_free(again);
            free(buf);
        }
    }
    se3rt_xyz_free(xyz);
    se3rt_ctx_free(ctx);
    return 0;
}
