/* fuzz_extxyz.c - libFuzzer target for the extended-XYZ reader (se3rt_xyz_read_mem), the same
 * code `se3tc run` uses. Whatever parses is written back and read again: the second read must
 * succeed and give the same frames, atoms and values. Build and run with tests/fuzz/run_io.sh. */
#include "se3rt_io.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Same frames, properties and values (NaN equals NaN). */
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
        for (size_t k = 0; k < f->ninfo; k++) {
            const char *v = se3rt_frame_info(g, f->info[k].key);
            if (strcmp(f->info[k].key, "Properties") && (!v || strcmp(v, f->info[k].value)))
                return 0;
        }
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
