/* fuzz_sdf.c - libFuzzer target for the SDF/MOL V2000 reader (se3rt_sdf_read_mem). Every bond
 * of what parses must refer to atoms of its molecule. Build and run with tests/fuzz/run_io.sh. */
#include "se3rt_io.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    se3rt_ctx *ctx;
    if (se3rt_ctx_new(&ctx, NULL))
        return 0;
    se3rt_sdf *sdf = NULL;
    if (se3rt_sdf_read_mem(ctx, (const char *)data, size, "fuzz.sdf", &sdf) == SE3RT_OK) {
        for (size_t m = 0; m < sdf->nmols; m++) {
            const se3rt_mol *mol = &sdf->mols[m];
            for (size_t b = 0; b < mol->nbonds; b++) {
                const se3rt_mol_bond *bd = &mol->bonds[b];
                if (bd->i < 0 || bd->j < 0 || (size_t)bd->i >= mol->natoms || (size_t)bd->j >= mol->natoms ||
                    bd->i == bd->j || bd->order < 1 || bd->order > 4)
                    abort();
            }
            for (size_t k = 0; k < mol->nitems; k++)
                if (se3rt_mol_data(mol, mol->items[k].key) == NULL)
                    abort();
        }
    }
    se3rt_sdf_free(sdf);
    se3rt_ctx_free(ctx);
    return 0;
}
