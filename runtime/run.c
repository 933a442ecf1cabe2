/* run.c - running a model on files: assembles each frame's node inputs from per-atom
 * properties (or positions, constants, species) in the file basis, batches all frames into
 * one forward call, and writes outputs back as per-atom properties or frame info values. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "model_internal.h"
#include "rt_where.h"

static const char *const elements[] = {
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
    "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr",
    "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe",
};

static int atomic_number(const char *sym)
{
    for (size_t z = 0; z < sizeof elements / sizeof *elements; z++)
        if (strcmp(elements[z], sym) == 0)
            return (int)z + 1;
    return 0;
}

/* Offsets of degree l blocks in a fibre. */
static int deg_off(const int *fib, int l)
{
    int off = 0;
    for (int d = 0; d < l; d++)
        off += fib[d] * (2 * d + 1);
    return off;
}

/* Columns a field occupies in its property (all its degrees). */
static int field_cols(const se3rt_model *m, const char *field, int outputs)
{
    int n = outputs ? rt_model_noutputs(m) : rt_model_ninputs(m), cols = 0;
    for (int i = 0; i < n; i++) {
        run_field f;
        if (outputs)
            rt_model_output(m, i, &f);
        else
            rt_model_input(m, i, &f);
        if (strcmp(f.field, field) == 0)
            cols += f.channels * (2 * f.degree + 1);
    }
    return cols;
}

/* Fill rows [0, natoms) of node_in (in_dim each, file basis) for one frame. `species` may be
 * NULL (extended XYZ without a species column). */
se3rt_status rt_run_inputs(se3rt_ctx *ctx, const se3rt_model *m, const se3rt_frame *fr, const double *pos,
                           const char *const *species, size_t natoms, double *node_in, const char *file,
                           size_t frame)
{
    const int *fib = rt_model_in_fibre(m);
    const int in_dim = se3rt_model_in_dim(m);
    int chan_used[5] = { 0 };
    for (int i = 0; i < rt_model_ninputs(m); i++) {
        run_field f;
        rt_model_input(m, i, &f);
        const int nl = 2 * f.degree + 1;
        const int dst = deg_off(fib, f.degree) + chan_used[f.degree] * nl;
        chan_used[f.degree] += f.channels;
        const se3rt_xyz_prop *p = NULL;
        int col0 = 0;
        if (f.source == SE3M_SRC_PROPERTY) {
            if (!fr)
                return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)frame, -1, "input '%s' is read from a "
                                   "per-atom property, which SDF files do not have (use an extended-XYZ file, "
                                   "or the species(...) or atomic_number sources)", f.field);
            p = se3rt_frame_prop(fr, f.field);
            int want = field_cols(m, f.field, 0);
            if (!p)
                return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)frame, -1, "missing per-atom property '%s' "
                                   "(input '%s' needs %d real column%s)", f.field, f.field, want,
                                   want == 1 ? "" : "s");
            if (p->type == SE3RT_PTYPE_S || p->ncols != want)
                return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)frame, -1, "property '%s' has %d %s column%s, "
                                   "input '%s' needs %d real column%s", f.field, p->ncols,
                                   p->type == SE3RT_PTYPE_S ? "string" : "real", p->ncols == 1 ? "" : "s",
                                   f.field, want, want == 1 ? "" : "s");
            /* columns of this degree come after the field's lower degrees */
            for (int j = 0; j < i; j++) {
                run_field g;
                rt_model_input(m, j, &g);
                if (strcmp(g.field, f.field) == 0)
                    col0 += g.channels * (2 * g.degree + 1);
            }
        }
        for (size_t a = 0; a < natoms; a++) {
            double *row = node_in + a * (size_t)in_dim + dst;
            for (int c = 0; c < f.channels; c++)
                for (int q = 0; q < nl; q++) {
                    double v = 0;
                    switch (f.source) {
                    case SE3M_SRC_PROPERTY: v = p->values[a * (size_t)p->ncols + (size_t)(col0 + c * nl + q)]; break;
                    case SE3M_SRC_CONST: v = f.value; break;
                    case SE3M_SRC_POS_Z: v = pos[3 * a + 2]; break;
                    case SE3M_SRC_POS_XY: v = q < 2 ? pos[3 * a + q] : 0; break;
                    case SE3M_SRC_SPECIES:
                    case SE3M_SRC_ATOMIC_NUMBER: {
                        const char *s = species ? species[a] : NULL;
                        if (!s)
                            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)frame, -1, "input '%s' needs "
                                               "the atoms' species, and the file has none", f.field);
                        if (f.source == SE3M_SRC_SPECIES) {
                            v = strcmp(s, f.species[c]) == 0;
                        } else if (!(v = atomic_number(s))) {
                            char show[64];
                            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)frame, (int64_t)a,
                                               "unknown element '%s' (input '%s' reads atomic numbers)",
                                               rt_show(show, sizeof show, s),
                                               f.field);
                        }
                        break;
                    }
                    }
                    if (!isfinite(v))
                        return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)frame, (int64_t)a,
                                           "non-finite value in input '%s'", f.field);
                    row[c * nl + q] = v;
                }
        }
    }
    return SE3RT_OK;
}

/* Write the outputs of `rows` (file basis, out_dim each) into frame fr: output NAME as the
 * per-atom property (per-graph: info value) NAME, or NAME_pred where fr already holds NAME. */
static se3rt_status run_outputs(se3rt_model *m, se3rt_xyz *xyz, se3rt_frame *fr, const double *rows, size_t nrows)
{
    se3rt_ctx *ctx = xyz->ctx;
    const int *fib = rt_model_out_fibre(m);
    const int out_dim = se3rt_model_out_dim(m);
    int chan_used[5] = { 0 };
    int nout = rt_model_noutputs(m);
    se3rt_status st = SE3RT_OK;
    for (int i = 0; i < nout && st == SE3RT_OK; i++) {
        run_field f;
        rt_model_output(m, i, &f);
        /* one property/info per field: handle a field when its first degree comes up */
        int first = 1;
        for (int j = 0; j < i; j++) {
            run_field g;
            rt_model_output(m, j, &g);
            if (strcmp(g.field, f.field) == 0)
                first = 0;
        }
        if (!first)
            continue;
        int cols = field_cols(m, f.field, 1);
        double *vals = rt_calloc(ctx, nrows * (size_t)cols + 1, sizeof *vals);
        if (!vals)
            return SE3RT_ERR_NOMEM;
        int col = 0;
        for (int j = i; j < nout; j++) {
            run_field g;
            rt_model_output(m, j, &g);
            if (strcmp(g.field, f.field) != 0)
                continue;
            int nl = 2 * g.degree + 1, src = deg_off(fib, g.degree) + chan_used[g.degree] * nl;
            chan_used[g.degree] += g.channels;
            for (size_t a = 0; a < nrows; a++)
                memcpy(vals + a * (size_t)cols + col, rows + a * (size_t)out_dim + src,
                       (size_t)(g.channels * nl) * sizeof *vals);
            col += g.channels * nl;
        }
        /* a prediction never replaces what the frame holds (a label, an input): NAME_pred then */
        const int per_graph = se3rt_model_out_per_graph(m);
        const int taken = per_graph ? se3rt_frame_info(fr, f.field) != NULL : se3rt_frame_prop(fr, f.field) != NULL;
        char *name = rt_calloc(ctx, strlen(f.field) + 6, 1);
        if (!name) {
            rt_free(ctx, vals);
            return SE3RT_ERR_NOMEM;
        }
        sprintf(name, "%s%s", f.field, taken ? "_pred" : "");
        if (per_graph)
            st = se3rt_frame_info_set_values(xyz, fr, name, (size_t)cols, vals, 0);
        else
            st = se3rt_frame_prop_add(xyz, fr, name, cols, vals, 0);
        rt_free(ctx, name);
        rt_free(ctx, vals);
    }
    return st;
}

/* Batch every frame of xyz (with per-frame species and bonds) through forward. */
static se3rt_status run_frames(se3rt_model *m, se3rt_xyz *xyz, const char *file, const se3rt_sdf *sdf)
{
    se3rt_ctx *ctx = xyz->ctx;
    size_t nf = xyz->nframes;
    if (nf == 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: no frames", file);
    int32_t *gp = rt_calloc(ctx, nf + 1, sizeof *gp);
    if (!gp)
        return SE3RT_ERR_NOMEM;
    se3rt_status st = SE3RT_OK;
    for (size_t f = 0; f < nf && st == SE3RT_OK; f++) {
        st = rt_frame_check(ctx, &xyz->frames[f], file, f, 1);
        if (st == SE3RT_OK && (int64_t)gp[f] + (int64_t)xyz->frames[f].natoms > INT32_MAX / 2)
            st = rt_error(ctx, SE3RT_ERR_INVALID, "%s: more than 1e9 atoms in one run", file);
        if (st == SE3RT_OK)
            gp[f + 1] = gp[f] + (int32_t)xyz->frames[f].natoms;
    }
    int64_t n = gp[nf];
    int in_dim = se3rt_model_in_dim(m), out_dim = se3rt_model_out_dim(m);
    const int with_forces = se3rt_model_has_energy(m) && se3rt_model_has_grad(m);
    double *pos = NULL, *node_in = NULL, *out = NULL, *forces = NULL, *stress = NULL, *cell = NULL;
    int32_t *pbc = NULL;
    int periodic = 0;
    se3rt_bond *bonds = NULL;
    int64_t nbonds = 0;
    if (st == SE3RT_OK) {
        pos = rt_calloc(ctx, (size_t)n * 3 + 1, sizeof *pos);
        node_in = rt_calloc(ctx, (size_t)(n * in_dim) + 1, sizeof *node_in);
        out = rt_calloc(ctx, (size_t)((se3rt_model_out_per_graph(m) ? (int64_t)nf : n) * out_dim) + 1, sizeof *out);
        forces = with_forces ? rt_calloc(ctx, (size_t)n * 3 + 1, sizeof *forces) : NULL;
        stress = rt_calloc(ctx, nf * 9 + 1, sizeof *stress);
        cell = rt_calloc(ctx, nf * 9 + 1, sizeof *cell);
        pbc = rt_calloc(ctx, nf * 3 + 1, sizeof *pbc);
        if (!pos || !node_in || !out || (with_forces && !forces) || !stress || !cell || !pbc)
            st = SE3RT_ERR_NOMEM;
    }
    for (size_t f = 0; f < nf && st == SE3RT_OK && !sdf; f++) {
        st = se3rt_frame_cell(ctx, &xyz->frames[f], file, f, cell + 9 * f, pbc + 3 * f);
        periodic |= pbc[3 * f] || pbc[3 * f + 1] || pbc[3 * f + 2];
    }
    if (st == SE3RT_OK && rt_model_graph_given(m)) {
        if (!sdf) {
            st = rt_error(ctx, SE3RT_ERR_INVALID, "%s: model '%s' uses the graph given by bonds: run it on an "
                          "SDF file", file, se3rt_model_name(m));
        } else {
            int64_t tot = 0;
            for (size_t f = 0; f < nf; f++)
                tot += (int64_t)sdf->mols[f].nbonds;
            bonds = rt_calloc(ctx, (size_t)tot + 1, sizeof *bonds);
            if (!bonds)
                st = SE3RT_ERR_NOMEM;
            for (size_t f = 0; f < nf && st == SE3RT_OK; f++)
                for (size_t q = 0; q < sdf->mols[f].nbonds; q++) {
                    const se3rt_mol_bond *mb = &sdf->mols[f].bonds[q];
                    bonds[nbonds++] = (se3rt_bond){ gp[f] + mb->i, gp[f] + mb->j, mb->order };
                }
        }
    }
    for (size_t f = 0; f < nf && st == SE3RT_OK; f++) {
        const se3rt_frame *fr = &xyz->frames[f];
        const double *p = se3rt_frame_positions(fr);
        memcpy(pos + 3 * (size_t)gp[f], p, fr->natoms * 3 * sizeof *pos);
        const se3rt_xyz_prop *sp = se3rt_frame_prop(fr, "species");
        const char *const *species = sp && sp->type == SE3RT_PTYPE_S ? (const char *const *)sp->strings : NULL;
        st = rt_run_inputs(ctx, m, sdf ? NULL : fr, p, species, fr->natoms, node_in + (size_t)gp[f] * (size_t)in_dim,
                        file, f);
    }
    if (st == SE3RT_OK) {
        se3rt_batch b = { .n_graphs = (int32_t)nf, .graph_ptr = gp, .pos = pos, .node_in = node_in,
                          .bonds = bonds, .nbonds = nbonds, .cell = periodic ? cell : NULL,
                          .pbc = periodic ? pbc : NULL };
        /* an energy model: the same forward through the backward, which adds F = -dE/dx */
        st = with_forces ? rt_model_energy_forces(m, &b, out, NULL, forces, stress) : se3rt_model_forward(m, &b, out);
        if (st) {
            char msg[SE3RT_MSG_MAX];
            snprintf(msg, sizeof msg, "%s", se3rt_errmsg(ctx));
            st = rt_error(ctx, st, "%s: %s", file, msg);
        }
    }
    for (size_t f = 0; f < nf && st == SE3RT_OK; f++) {
        if (se3rt_model_out_per_graph(m))
            st = run_outputs(m, xyz, &xyz->frames[f], out + f * (size_t)out_dim, 1);
        else
            st = run_outputs(m, xyz, &xyz->frames[f], out + (size_t)gp[f] * (size_t)out_dim, xyz->frames[f].natoms);
        if (st == SE3RT_OK && with_forces) {
            se3rt_frame *fr = &xyz->frames[f];
            st = se3rt_frame_prop_add(xyz, fr, se3rt_frame_prop(fr, "forces") ? "forces_pred" : "forces", 3,
                                      forces + 3 * (size_t)gp[f], 0);
            if (st == SE3RT_OK && (pbc[3 * f] || pbc[3 * f + 1] || pbc[3 * f + 2]))
                st = se3rt_frame_info_set_values(xyz, fr, se3rt_frame_info(fr, "stress") ? "stress_pred" : "stress", 9,
                                                 stress + 9 * f, 0);
        }
    }
    rt_free(ctx, gp);
    rt_free(ctx, pos);
    rt_free(ctx, node_in);
    rt_free(ctx, out);
    rt_free(ctx, forces);
    rt_free(ctx, stress);
    rt_free(ctx, cell);
    rt_free(ctx, pbc);
    rt_free(ctx, bonds);
    return st;
}

se3rt_status se3rt_model_run_xyz(se3rt_model *m, se3rt_xyz *xyz, const char *file)
{
    return run_frames(m, xyz, file, NULL);
}

se3rt_status rt_mol_frame_append(se3rt_xyz *xyz, const se3rt_mol *mol, se3rt_frame **fr)
{
    se3rt_ctx *ctx = xyz->ctx;
    const char **species = rt_calloc(ctx, mol->natoms + 1, sizeof *species);
    if (!species)
        return SE3RT_ERR_NOMEM;
    for (size_t a = 0; a < mol->natoms; a++)
        species[a] = mol->symbols[a];
    se3rt_status st = se3rt_xyz_frame_append(xyz, mol->natoms, species, mol->pos, fr);
    rt_free(ctx, species);
    return st;
}

se3rt_status se3rt_model_run_sdf(se3rt_model *m, const se3rt_sdf *sdf, const char *file, se3rt_xyz **out)
{
    se3rt_ctx *ctx = sdf->ctx;
    se3rt_xyz *xyz = NULL;
    *out = NULL;
    se3rt_status st = se3rt_xyz_new(ctx, file, &xyz);
    for (size_t f = 0; f < sdf->nmols && st == SE3RT_OK; f++) {
        se3rt_frame *fr = NULL;
        st = rt_mol_frame_append(xyz, &sdf->mols[f], &fr);
    }
    if (st == SE3RT_OK)
        st = run_frames(m, xyz, file, sdf);
    if (st) {
        se3rt_xyz_free(xyz);
        return st;
    }
    *out = xyz;
    return SE3RT_OK;
}
