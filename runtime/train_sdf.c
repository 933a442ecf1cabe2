/* train_sdf.c - molecules from SDF as training frames (se3rt_train.h, docs/training.md,
 * "Molecules from SDF"): one frame per molecule with its elements, positions and data items as
 * info values; se3rt_data_new_sdf (train.c) adds the bonds. */
#include "se3rt_train.h"

#include <string.h>

#include "model_internal.h"
#include "rt_internal.h"
#include "rt_where.h"

/* Copy data item `item` of mol into info `key` of fr; a missing item names the mapping. */
static se3rt_status frames_map(se3rt_xyz *xyz, se3rt_frame *fr, const se3rt_mol *mol, const char *key,
                               const char *item, const char *file, size_t f)
{
    const char *v = se3rt_mol_data(mol, item);
    if (!v)
        return rt_error_at(xyz->ctx, SE3RT_ERR_INVALID, file, (int64_t)f, -1, "no data item '%s' (--target-field "
                           "%s=%s)", item, key, item);
    return se3rt_frame_info_set(xyz, fr, key, v);
}

/* Each OUT=ITEM pair of `fields` for one molecule. */
static se3rt_status frames_fields(se3rt_xyz *xyz, se3rt_frame *fr, const se3rt_mol *mol, const char *fields,
                                  const char *file, size_t f)
{
    se3rt_ctx *ctx = xyz->ctx;
    for (const char *p = fields; p && *p;) {
        const char *e = strchr(p, ','), *eq = strchr(p, '=');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (!eq || eq >= p + len || eq == p || eq + 1 == p + len)
            return rt_error(ctx, SE3RT_ERR_INVALID, "--target-field '%.*s' is not OUTPUT=ITEM", (int)len, p);
        char key[256], item[256];
        size_t kl = (size_t)(eq - p), il = len - kl - 1;
        if (kl >= sizeof key || il >= sizeof item)
            return rt_error(ctx, SE3RT_ERR_INVALID, "--target-field '%.*s': name too long", (int)(len > 80 ? 80 : len), p);
        memcpy(key, p, kl);
        key[kl] = 0;
        memcpy(item, eq + 1, il);
        item[il] = 0;
        se3rt_status st = frames_map(xyz, fr, mol, key, item, file, f);
        if (st)
            return st;
        p += len + (e ? 1 : 0);
    }
    return SE3RT_OK;
}

se3rt_status se3rt_sdf_frames(const se3rt_sdf *sdf, const char *fields, const char *file, se3rt_xyz **out)
{
    se3rt_ctx *ctx = sdf->ctx;
    se3rt_xyz *xyz = NULL;
    *out = NULL;
    se3rt_status st = se3rt_xyz_new(ctx, file, &xyz);
    for (size_t f = 0; f < sdf->nmols && st == SE3RT_OK; f++) {
        const se3rt_mol *mol = &sdf->mols[f];
        se3rt_frame *fr = NULL;
        st = rt_mol_frame_append(xyz, mol, &fr);
        for (size_t k = 0; st == SE3RT_OK && k < mol->nitems; k++)
            st = se3rt_frame_info_set(xyz, fr, mol->items[k].key, mol->items[k].value);
        if (st == SE3RT_OK)
            st = frames_fields(xyz, fr, mol, fields, file, f);
    }
    if (st) {
        se3rt_xyz_free(xyz);
        return st;
    }
    *out = xyz;
    return SE3RT_OK;
}
