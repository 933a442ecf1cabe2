/* fuzz_safetensors.c - libFuzzer target for the safetensors reader (se3rt_st_read_mem), the
 * code that loads weights. Whatever parses must have consistent tensors and answer lookups and
 * shape checks. Build and run with tests/fuzz/run_io.sh. */
#include "se3rt_io.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    se3rt_ctx *ctx;
    if (se3rt_ctx_new(&ctx, NULL))
        return 0;
    se3rt_st *st = NULL;
    if (se3rt_st_read_mem(ctx, data, size, "fuzz.safetensors", &st) == SE3RT_OK) {
        double sum = 0;
        for (size_t i = 0; i < st->ntensors; i++) {
            const se3rt_st_tensor *t = &st->tensors[i];
            if (se3rt_st_find(st, t->name) != t)
                abort();
            for (size_t k = 0; k < t->numel; k++)
                sum += t->data[k];
            if (i % 2 == 0)
                se3rt_st_expect(ctx, st, t->name, t->ndim, t->shape);
        }
        int64_t shape[2] = { 4, 4 };
        se3rt_st_expect(ctx, st, "a", 2, shape);
        const char *names[4];
        if (se3rt_st_extra_list(st, names, 4) > st->ntensors)
            abort();
        se3rt_st_check_extra(ctx, st);
        (void)sum;
    }
    se3rt_st_free(st);
    se3rt_ctx_free(ctx);
    return 0;
}
