/* train.c - training data (real targets or class labels), validation splits, minibatch gradients
 * over threads, MSE/L1/cross-entropy, Adam, learning-rate schedules, EMA
 * (se3rt_train.h, docs/training.md). */
#include "se3rt_train.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_internal.h"
#include "rt_internal.h"
#include "rt_where.h"
#include "se3rt_cuda.h"

typedef struct data_frame {
    int32_t natoms;
    int64_t row0;             /* first output row of this frame in the whole data set */
    int64_t rows;             /* output rows: natoms, or 1 for per-graph outputs */
    int64_t id;               /* its frame in the file, 0-based (the batch's frame_ids point here) */
    double *pos, *node_in, *target;
    se3rt_bond *bonds;        /* SDF molecules (graph given): its bonds, atoms 0-based in the frame */
    int64_t nbonds;
    double *force;            /* natoms x 3 reference forces (data with the `forces` target), else NULL */
    double cell[9];           /* a periodic frame's lattice vectors (Lattice=), rows a, b, c ... */
    int32_t pbc[3];           /* ... and its periodic directions; all 0: an open frame */
    int periodic;
    int has_stress;           /* stress[] holds the frame's reference stress (the `stress` target) */
    double stress[9];         /* row-major xx xy xz yx yy yz zx zy zz, as se3tc run writes it */
} data_frame;

typedef struct data_target {
    char *name;
    int col, ncols;           /* columns of the output row (file basis) */
} data_target;

struct se3rt_data {
    se3rt_ctx *ctx;
    int in_dim, out_dim, per_graph;
    int64_t nframes, rows;
    data_frame *frames;
    int ntargets;
    data_target *targets;
    unsigned char *mask;      /* out_dim */
    double *weight;           /* out_dim: each target column's weight in the loss (1 by default) */
    int labels;               /* targets are class labels, stored one-hot (SE3RT_LOSS_CE) */
    int forces;               /* the per-atom `forces` are a target: F = -dE/dx of the energy output */
    int stress;               /* the periodic frames' `stress` is a target: (1/V) dE/d(strain) */
    double sweight;           /* the stress term's weight (1 by default) */
    int have_forces;          /* every frame holds forces (a target, or read for the metrics) */
    double fweight;           /* the force term's weight (1 by default) */
    int e_per_atom;           /* the energy's error is divided by the frame's atoms in the loss */
};

/* ---- data ----------------------------------------------------------------------------------- */

void se3rt_data_free(se3rt_data *d)
{
    if (!d)
        return;
    se3rt_ctx *ctx = d->ctx;
    for (int64_t f = 0; f < d->nframes; f++) {
        rt_free(ctx, d->frames[f].pos);
        rt_free(ctx, d->frames[f].node_in);
        rt_free(ctx, d->frames[f].target);
        rt_free(ctx, d->frames[f].bonds);
        rt_free(ctx, d->frames[f].force);
    }
    for (int t = 0; t < d->ntargets; t++)
        rt_free(ctx, d->targets[t].name);
    rt_free(ctx, d->frames);
    rt_free(ctx, d->targets);
    rt_free(ctx, d->mask);
    rt_free(ctx, d->weight);
    rt_free(ctx, d);
}

/* Whether output field `field` has a part of degree > 0. */
static int field_has_higher_degree(const se3rt_model *m, const char *field)
{
    for (int i = 0; i < rt_model_noutputs(m); i++) {
        run_field g;
        rt_model_output(m, i, &g);
        if (strcmp(g.field, field) == 0 && g.degree > 0)
            return 1;
    }
    return 0;
}

/* Whether column col of an output row is the energy output's (kind=energy). */
static int field_is_energy(const se3rt_model *m, int col)
{
    return rt_model_energy_col(m) == col;
}

/* Output fields (one per field name, all its degrees) whose name is listed in `want` (NULL:
 * all). The columns of one field are contiguous in the output row only when it has a single
 * degree; a multi-degree target is taken degree by degree (each its own target entry named
 * NAME_l), with the property's columns in the file order (degrees ascending). */
static se3rt_status data_targets(se3rt_data *d, const se3rt_model *m, const char *want)
{
    se3rt_ctx *ctx = d->ctx;
    const int *fib = rt_model_out_fibre(m);
    int nout = rt_model_noutputs(m), used[5] = { 0 };
    d->targets = rt_calloc(ctx, (size_t)nout + 1, sizeof *d->targets);
    d->mask = rt_calloc(ctx, (size_t)d->out_dim + 1, 1);
    d->weight = rt_calloc(ctx, (size_t)d->out_dim + 1, sizeof *d->weight);
    if (!d->targets || !d->mask || !d->weight)
        return SE3RT_ERR_NOMEM;
    for (int c = 0; c < d->out_dim; c++)
        d->weight[c] = 1;
    for (int i = 0; i < nout; i++) {
        run_field f;
        rt_model_output(m, i, &f);
        int nl = 2 * f.degree + 1, off = 0;
        for (int l = 0; l < f.degree; l++)
            off += fib[l] * (2 * l + 1);
        int col = off + used[f.degree] * nl;
        used[f.degree] += f.channels;
        int take = !want;
        if (want) {
            size_t n = strlen(f.field);
            for (const char *p = want; *p;) {
                const char *e = strchr(p, ',');
                size_t len = e ? (size_t)(e - p) : strlen(p);
                if (len == n && strncmp(p, f.field, n) == 0)
                    take = 1;
                p += len + (e ? 1 : 0);
            }
        }
        if (!take)
            continue;
        if (d->labels && (f.degree != 0 || field_has_higher_degree(m, f.field)))
            return rt_error(ctx, SE3RT_ERR_INVALID, "target '%s': a class label needs an output of degree 0 only (its "
                            "channels are the logits)", f.field);
        data_target *t = &d->targets[d->ntargets++];
        t->name = rt_strdup(ctx, f.name);
        t->col = col;
        t->ncols = f.channels * nl;
        if (!t->name)
            return SE3RT_ERR_NOMEM;
        for (int c = 0; c < t->ncols; c++)
            d->mask[col + c] = 1;
    }
    /* every name asked for must be an output, or `forces` of an energy output */
    if (want) {
        for (const char *p = want; *p;) {
            const char *e = strchr(p, ',');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            if ((len == 6 && strncmp(p, "forces", 6) == 0) || (len == 6 && strncmp(p, "stress", 6) == 0)) {
                if (!se3rt_model_has_energy(m))
                    return rt_error(ctx, SE3RT_ERR_INVALID, "target '%.6s' needs an energy output in model '%s' "
                                    "(output E : 1x0 (kind=energy); after a pool)", p, se3rt_model_name(m));
                if (d->labels)
                    return rt_error(ctx, SE3RT_ERR_INVALID, "target '%.6s' goes with the mse loss, not class labels", p);
                if (p[0] == 'f')
                    d->forces = 1;
                else
                    d->stress = 1;
                p += len + (e ? 1 : 0);
                continue;
            }
            int found = 0;
            for (int i = 0; i < nout && !found; i++) {
                run_field f;
                rt_model_output(m, i, &f);
                found = strlen(f.field) == len && strncmp(p, f.field, len) == 0;
            }
            if (!found)
                return rt_error(ctx, SE3RT_ERR_INVALID, "target '%.*s' is not an output of model '%s'", (int)len, p,
                                se3rt_model_name(m));
            p += len + (e ? 1 : 0);
        }
    }
    if (!d->ntargets && !d->forces && !d->stress)
        return rt_error(ctx, SE3RT_ERR_INVALID, "no targets: model '%s' has no outputs to train", se3rt_model_name(m));
    if ((d->forces || d->stress) &&
        (d->ntargets > 1 || (d->ntargets == 1 && !field_is_energy(m, d->targets[0].col))))
        return rt_error(ctx, SE3RT_ERR_INVALID, "with target '%s' the only other target can be the energy output "
                        "(--targets ENERGY,forces,stress)", d->forces ? "forces" : "stress");
    return SE3RT_OK;
}

/* v as a class label 0..nclass-1, or -1 when it is none (out of range, not whole, NaN). */
static long data_label(double v, int nclass)
{
    return v >= 0 && v < nclass && v == floor(v) ? (long)v : -1;
}

/* The class labels of target `name` (nclass logits from column dst) of one frame, one-hot into
 * tg: an info value (per-graph outputs) or a one-column per-atom property (per-node ones). */
static se3rt_status data_frame_labels(se3rt_data *d, const se3rt_frame *fr, const char *file, size_t fi,
                                      const char *name, int nclass, int dst, double *tg)
{
    se3rt_ctx *ctx = d->ctx;
    if (d->per_graph) {
        const char *v = se3rt_frame_info(fr, name);
        char *end = NULL;
        double x = v ? strtod(v, &end) : -1;
        if (!v)
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: missing info value '%s' (a class label 0..%d)",
                            file, fi + 1, name, nclass - 1);
        while (end && (*end == ' ' || *end == '\t'))
            end++;
        long c = end != v && !*end ? data_label(x, nclass) : -1;
        if (c < 0)
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: info '%s' is '%s', not a class label 0..%d", file,
                            fi + 1, name, v, nclass - 1);
        tg[dst + c] = 1;
        return SE3RT_OK;
    }
    const se3rt_xyz_prop *p = se3rt_frame_prop(fr, name);
    if (!p || p->type == SE3RT_PTYPE_S || p->ncols != 1)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: %s per-atom property '%s' (a class label needs one "
                        "integer column)", file, fi + 1, p ? "wrong" : "missing", name);
    for (size_t a = 0; a < fr->natoms; a++) {
        long c = data_label(p->values[a], nclass);
        if (c < 0)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)fi, (int64_t)a, "label '%s' is %g, not a class "
                               "0..%d", name, p->values[a], nclass - 1);
        tg[a * (size_t)d->out_dim + (size_t)dst + (size_t)c] = 1;
    }
    return SE3RT_OK;
}

/* The target values of one frame into tg (rows x out_dim, file basis). */
static se3rt_status data_frame_targets(se3rt_data *d, const se3rt_model *m, const se3rt_frame *fr, const char *file,
                                       size_t fi, double *tg)
{
    se3rt_ctx *ctx = d->ctx;
    int nout = rt_model_noutputs(m);
    for (int t = 0; t < d->ntargets; t++) {
        /* the field this target belongs to and the column of its degree within the field */
        run_field f = { 0 };
        int col0 = 0, cols = 0;
        for (int i = 0; i < nout; i++) {
            run_field g;
            rt_model_output(m, i, &g);
            if (strcmp(g.name, d->targets[t].name) == 0)
                f = g;
        }
        for (int i = 0; i < nout; i++) {
            run_field g;
            rt_model_output(m, i, &g);
            if (strcmp(g.field, f.field) != 0)
                continue;
            if (g.degree < f.degree)
                col0 += g.channels * (2 * g.degree + 1);
            cols += g.channels * (2 * g.degree + 1);
        }
        const int n = d->targets[t].ncols, dst = d->targets[t].col;
        if (d->labels) {
            se3rt_status st = data_frame_labels(d, fr, file, fi, f.field, n, dst, tg);
            if (st)
                return st;
            continue;
        }
        if (d->per_graph) {
            const char *v = se3rt_frame_info(fr, f.field);
            if (!v)
                return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: missing info value '%s' (target '%s' needs %d "
                                "number%s)", file, fi + 1, f.field, f.field, cols, cols == 1 ? "" : "s");
            const char *p = v;
            double vals[4096];
            int got = 0;
            while (*p && got < 4096) {
                char *end;
                double x = strtod(p, &end);
                if (end == p)
                    break;
                vals[got++] = x;
                p = end;
            }
            while (*p == ' ' || *p == '\t')
                p++;
            if (got != cols || *p)
                return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: info '%s' should hold %d number%s", file,
                                fi + 1, f.field, cols, cols == 1 ? "" : "s");
            for (int c = 0; c < n; c++)
                tg[dst + c] = vals[col0 + c];
        } else {
            const se3rt_xyz_prop *p = se3rt_frame_prop(fr, f.field);
            if (!p || p->type == SE3RT_PTYPE_S || p->ncols != cols)
                return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: %s per-atom property '%s' (target '%s' needs "
                                "%d real column%s)", file, fi + 1, p ? "wrong" : "missing", f.field, f.field, cols,
                                cols == 1 ? "" : "s");
            for (size_t a = 0; a < fr->natoms; a++)
                for (int c = 0; c < n; c++)
                    tg[a * (size_t)d->out_dim + (size_t)dst + (size_t)c] = p->values[a * (size_t)cols + (size_t)(col0 + c)];
        }
    }
    /* a target whose square overflows makes the loss non-finite: named here, at its atom */
    for (int64_t k = 0; k < (d->per_graph ? 1 : (int64_t)fr->natoms) * d->out_dim; k++)
        if (!isfinite(tg[k]) || fabs(tg[k]) > 1e150)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)fi, d->per_graph ? -1 : k / d->out_dim,
                               isfinite(tg[k]) ? "target value %g is too large (|t| <= 1e150)" : "non-finite target value",
                               tg[k]);
    return SE3RT_OK;
}

/* The per-atom property `forces` (3 real columns, as ASE writes it) of one frame. */
static se3rt_status data_frame_forces(se3rt_data *d, const se3rt_frame *fr, const char *file, size_t fi,
                                      data_frame *df)
{
    se3rt_ctx *ctx = d->ctx;
    const se3rt_xyz_prop *p = se3rt_frame_prop(fr, "forces");
    if (!p || p->type == SE3RT_PTYPE_S || p->ncols != 3)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: frame %zu: %s per-atom property 'forces' (target 'forces' needs 3 "
                        "real columns, forces:R:3)", file, fi + 1, p ? "wrong" : "missing");
    df->force = rt_calloc(ctx, fr->natoms * 3 + 1, sizeof *df->force);
    if (!df->force)
        return SE3RT_ERR_NOMEM;
    for (size_t k = 0; k < fr->natoms * 3; k++) {
        const double v = p->values[k];
        if (!isfinite(v) || fabs(v) > 1e150)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, (int64_t)fi, (int64_t)(k / 3), isfinite(v) ?
                               "force %g is too large (|F| <= 1e150)" : "non-finite force", v);
        df->force[k] = v;
    }
    return SE3RT_OK;
}

/* The frame info `stress` of a periodic frame: 9 numbers (row-major, as se3tc run writes them) or
 * 6 (Voigt order xx yy zz yz xz xy, as ASE's get_stress gives them). */
static se3rt_status data_frame_stress(se3rt_data *d, const se3rt_frame *fr, const char *file, size_t fi,
                                      data_frame *df)
{
    const char *v = se3rt_frame_info(fr, "stress");
    double x[10];
    int n = 0;
    for (const char *p = v; p && *p && n < 10;) {
        char *end;
        x[n] = strtod(p, &end);
        if (end == p)
            break;
        n++;
        p = end;
        while (*p == ' ' || *p == '\t')
            p++;
    }
    int ok = v && (n == 9 || n == 6);
    for (int k = 0; ok && k < n; k++)
        ok = isfinite(x[k]) && fabs(x[k]) <= 1e150;
    if (!ok)
        return rt_error(d->ctx, SE3RT_ERR_INVALID, "%s: frame %zu: %s info 'stress' (target 'stress' needs 9 numbers, "
                        "row-major, or 6 in Voigt order xx yy zz yz xz xy, on every periodic frame)", file, fi + 1,
                        v ? "wrong" : "missing");
    if (n == 9)
        memcpy(df->stress, x, sizeof df->stress);
    else {
        const double s[9] = { x[0], x[5], x[4], x[5], x[1], x[3], x[4], x[3], x[2] };
        memcpy(df->stress, s, sizeof df->stress);
    }
    df->has_stress = 1;
    return SE3RT_OK;
}

se3rt_status se3rt_data_new(se3rt_model *m, const se3rt_xyz *xyz, const char *file, const char *targets,
                            se3rt_data **out)
{
    return se3rt_data_new_kind(m, xyz, file, targets, SE3RT_LOSS_MSE, out);
}

/* Frame f's bonds from molecule f of sdf (the frames were made from its molecules). */
static se3rt_status data_frame_bonds(se3rt_ctx *ctx, const se3rt_mol *mol, data_frame *df)
{
    df->bonds = rt_calloc(ctx, mol->nbonds + 1, sizeof *df->bonds);
    if (!df->bonds)
        return SE3RT_ERR_NOMEM;
    for (size_t q = 0; q < mol->nbonds; q++)
        df->bonds[q] = (se3rt_bond){ mol->bonds[q].i, mol->bonds[q].j, mol->bonds[q].order };
    df->nbonds = (int64_t)mol->nbonds;
    return SE3RT_OK;
}

se3rt_status se3rt_data_new_kind(se3rt_model *m, const se3rt_xyz *xyz, const char *file, const char *targets,
                                 se3rt_loss_kind kind, se3rt_data **out)
{
    return se3rt_data_new_sdf(m, xyz, NULL, file, targets, kind, out);
}

se3rt_status se3rt_data_new_sdf(se3rt_model *m, const se3rt_xyz *xyz, const se3rt_sdf *sdf, const char *file,
                                const char *targets, se3rt_loss_kind kind, se3rt_data **out)
{
    *out = NULL;
    se3rt_ctx *ctx = xyz->ctx;
    if (sdf && sdf->nmols != xyz->nframes)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: %zu molecules for %zu frames", file, sdf->nmols, xyz->nframes);
    if (!sdf && rt_model_graph_given(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: training from extended XYZ needs a model whose graph is not "
                        "'given' (bonds come from SDF files)", file);
    if (xyz->nframes == 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: no frames", file);
    se3rt_data *d = rt_calloc(ctx, 1, sizeof *d);
    if (!d)
        return SE3RT_ERR_NOMEM;
    d->ctx = ctx;
    d->in_dim = se3rt_model_in_dim(m);
    d->out_dim = se3rt_model_out_dim(m);
    d->per_graph = se3rt_model_out_per_graph(m);
    d->labels = kind == SE3RT_LOSS_CE;
    d->fweight = 1;
    d->sweight = 1;
    /* an energy model's data keep the frames' forces for the metrics even when they are no target */
    d->have_forces = se3rt_model_has_energy(m) && !d->labels;
    se3rt_status st = data_targets(d, m, targets);
    if (!st && !(d->frames = rt_calloc(ctx, xyz->nframes, sizeof *d->frames)))
        st = SE3RT_ERR_NOMEM;
    for (size_t f = 0; !st && f < xyz->nframes; f++) {
        const se3rt_frame *fr = &xyz->frames[f];
        data_frame *df = &d->frames[f];
        d->nframes++;
        /* periodic frames train with their cells, as `se3tc run` runs them (docs/graphs.md) */
        st = rt_frame_check(ctx, fr, file, f, 1);
        if (!st && !sdf)
            st = se3rt_frame_cell(ctx, fr, file, f, df->cell, df->pbc);
        if (!st && sdf)
            st = data_frame_bonds(ctx, &sdf->mols[f], df);
        if (st)
            break;
        df->periodic = df->pbc[0] || df->pbc[1] || df->pbc[2];
        df->natoms = (int32_t)fr->natoms;
        df->id = (int64_t)f;
        df->rows = d->per_graph ? 1 : (int64_t)fr->natoms;
        df->row0 = d->rows;
        d->rows += df->rows;
        df->pos = rt_calloc(ctx, fr->natoms * 3, sizeof *df->pos);
        df->node_in = rt_calloc(ctx, fr->natoms * (size_t)d->in_dim + 1, sizeof *df->node_in);
        df->target = rt_calloc(ctx, (size_t)(df->rows * d->out_dim) + 1, sizeof *df->target);
        if (!df->pos || !df->node_in || !df->target) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        memcpy(df->pos, se3rt_frame_positions(fr), fr->natoms * 3 * sizeof *df->pos);
        const se3rt_xyz_prop *sp = se3rt_frame_prop(fr, "species");
        const char *const *species = sp && sp->type == SE3RT_PTYPE_S ? (const char *const *)sp->strings : NULL;
        /* molecules' inputs come from their atoms (species, atomic numbers), as `se3tc run` reads them */
        st = rt_run_inputs(ctx, m, sdf ? NULL : fr, df->pos, species, fr->natoms, df->node_in, file, f);
        if (!st)
            st = data_frame_targets(d, m, fr, file, f, df->target);
        if (!st && (d->forces || (d->have_forces && se3rt_frame_prop(fr, "forces"))))
            st = data_frame_forces(d, fr, file, f, df);
        if (!st && d->stress && df->periodic)
            st = data_frame_stress(d, fr, file, f, df);
        else if (!st && d->have_forces && df->periodic && se3rt_frame_info(fr, "stress"))
            (void)data_frame_stress(d, fr, file, f, df);   /* for the metrics only: a bad one is left out */
        d->have_forces = d->have_forces && df->force;
        if (!st && !df->periodic) {
            /* what forward would refuse later in a minibatch, refused now naming file and frame */
            int32_t gp[2] = { 0, df->natoms };
            se3rt_batch one = { .n_graphs = 1, .graph_ptr = gp, .pos = df->pos, .node_in = df->node_in,
                                .frame_ids = &df->id, .bonds = df->bonds, .nbonds = df->nbonds,
                                .cell = df->cell, .pbc = df->pbc };
            if ((st = rt_model_check_input(m, &one)))
                st = rt_error_at(ctx, st, file, -1, -1, "%s", se3rt_errmsg(ctx));
        }
    }
    if (st) {
        se3rt_data_free(d);
        return st;
    }
    *out = d;
    return SE3RT_OK;
}

int64_t se3rt_data_nframes(const se3rt_data *d) { return d->nframes; }
int64_t se3rt_data_rows(const se3rt_data *d) { return d->rows; }
int se3rt_data_ntargets(const se3rt_data *d) { return d->ntargets; }
const char *se3rt_data_target_name(const se3rt_data *d, int t) { return d->targets[t].name; }
const double *se3rt_data_frame_targets(const se3rt_data *d, int64_t f) { return d->frames[f].target; }
const unsigned char *se3rt_data_target_mask(const se3rt_data *d) { return d->mask; }

int se3rt_data_labels(const se3rt_data *d) { return d->labels; }

se3rt_status se3rt_data_split(se3rt_data *d, const unsigned char *pick, se3rt_data **out)
{
    se3rt_ctx *ctx = d->ctx;
    *out = NULL;
    int64_t n = 0;
    for (int64_t f = 0; f < d->nframes; f++)
        n += pick[f] != 0;
    if (n == 0 || n == d->nframes)
        return rt_error(ctx, SE3RT_ERR_INVALID, "a split of %lld frames needs at least one frame on each side (%lld "
                        "picked)", (long long)d->nframes, (long long)n);
    se3rt_data *s = rt_calloc(ctx, 1, sizeof *s);
    data_frame *sf = rt_calloc(ctx, (size_t)n, sizeof *sf);
    data_target *tg = rt_calloc(ctx, (size_t)d->ntargets + 1, sizeof *tg);
    unsigned char *mask = rt_calloc(ctx, (size_t)d->out_dim + 1, 1);
    double *w = rt_calloc(ctx, (size_t)d->out_dim + 1, sizeof *w);
    int ok = s && sf && tg && mask && w;
    for (int t = 0; ok && t < d->ntargets; t++) {
        tg[t] = d->targets[t];
        ok = (tg[t].name = rt_strdup(ctx, d->targets[t].name)) != NULL;
    }
    if (!ok) {
        if (tg)
            for (int t = 0; t < d->ntargets; t++)
                rt_free(ctx, tg[t].name);
        rt_free(ctx, s), rt_free(ctx, sf), rt_free(ctx, tg), rt_free(ctx, mask), rt_free(ctx, w);
        return SE3RT_ERR_NOMEM;
    }
    *s = *d;
    s->frames = sf;
    s->targets = tg;
    s->mask = memcpy(mask, d->mask, (size_t)d->out_dim);
    s->weight = memcpy(w, d->weight, (size_t)d->out_dim * sizeof *w);
    s->nframes = s->rows = 0;
    int64_t keep = 0;
    d->rows = 0;
    for (int64_t f = 0; f < d->nframes; f++) {
        data_frame fr = d->frames[f];
        se3rt_data *to = pick[f] ? s : d;
        fr.row0 = to->rows;
        to->rows += fr.rows;
        if (pick[f])
            s->frames[s->nframes++] = fr;
        else
            d->frames[keep++] = fr;
    }
    d->nframes = keep;
    *out = s;
    return SE3RT_OK;
}

se3rt_status se3rt_data_normalize(se3rt_data *d, const se3rt_data *from)
{
    if (d->labels)
        return rt_error(d->ctx, SE3RT_ERR_INVALID, "class labels (cross-entropy) are not normalised");
    for (int t = 0; t < d->ntargets; t++) {
        double s = 0;
        int64_t n = 0;
        for (int64_t f = 0; f < from->nframes; f++)
            for (int64_t r = 0; r < from->frames[f].rows; r++)
                for (int c = 0; c < d->targets[t].ncols; c++) {
                    double v = from->frames[f].target[r * d->out_dim + d->targets[t].col + c];
                    s += v * v;
                    n++;
                }
        if (!(s > 0))
            return rt_error(d->ctx, SE3RT_ERR_INVALID, "target '%s' is zero everywhere; it cannot be normalised",
                            d->targets[t].name);
        for (int c = 0; c < d->targets[t].ncols; c++)
            d->weight[d->targets[t].col + c] = (double)n / s;
    }
    if (d->forces) {
        double s = 0;
        int64_t n = 0;
        for (int64_t f = 0; f < from->nframes; f++)
            for (int64_t k = 0; k < 3 * (int64_t)from->frames[f].natoms; k++)
                s += from->frames[f].force[k] * from->frames[f].force[k], n++;
        if (!(s > 0))
            return rt_error(d->ctx, SE3RT_ERR_INVALID, "target 'forces' is zero everywhere; it cannot be normalised");
        d->fweight = (double)n / s;
    }
    return SE3RT_OK;
}

se3rt_status se3rt_data_set_ef_loss(se3rt_data *d, double energy_weight, double force_weight, int energy_per_atom)
{
    if (!(energy_weight >= 0) || !(force_weight >= 0) || !isfinite(energy_weight) || !isfinite(force_weight))
        return rt_error(d->ctx, SE3RT_ERR_INVALID, "the energy and force weights must be finite and >= 0 (%g, %g)",
                        energy_weight, force_weight);
    for (int t = 0; t < d->ntargets; t++)
        for (int c = 0; c < d->targets[t].ncols; c++)
            d->weight[d->targets[t].col + c] *= energy_weight;
    d->fweight *= force_weight;
    d->e_per_atom = energy_per_atom != 0;
    return SE3RT_OK;
}

int se3rt_data_has_forces(const se3rt_data *d) { return d->forces; }
int se3rt_data_has_stress(const se3rt_data *d) { return d->stress; }

se3rt_status se3rt_data_set_stress_weight(se3rt_data *d, double stress_weight)
{
    if (!(stress_weight >= 0) || !isfinite(stress_weight))
        return rt_error(d->ctx, SE3RT_ERR_INVALID, "the stress weight must be finite and >= 0 (%g)", stress_weight);
    d->sweight *= stress_weight;
    return SE3RT_OK;
}

void se3rt_data_target_cols(const se3rt_data *d, int t, int *col, int *ncols)
{
    *col = d->targets[t].col;
    *ncols = d->targets[t].ncols;
}

void se3rt_data_frame(const se3rt_data *d, int64_t f, int32_t graph_ptr[2], se3rt_batch *b)
{
    memset(b, 0, sizeof *b);
    graph_ptr[0] = 0;
    graph_ptr[1] = d->frames[f].natoms;
    b->n_graphs = 1;
    b->graph_ptr = graph_ptr;
    b->pos = d->frames[f].pos;
    b->node_in = d->frames[f].node_in;
    b->frame_ids = &d->frames[f].id;
    b->bonds = d->frames[f].bonds;
    b->nbonds = d->frames[f].nbonds;
    b->cell = d->frames[f].cell;
    b->pbc = d->frames[f].pbc;
}

/* ---- batches, loss, gradient ------------------------------------------------------------------ */

/* Frames `ids[0..n)` concatenated into one batch with their targets. */
typedef struct data_batch {
    se3rt_batch b;
    int32_t *graph_ptr;
    double *pos, *node_in, *target;
    int64_t rows, atoms;
    se3rt_bond *bonds;        /* the frames' bonds, atoms numbered in the batch */
    double *force;            /* atoms x 3 reference forces, with the forces target */
    double *cell;             /* n x 9 and n x 3 when a frame of the batch is periodic, else NULL */
    int32_t *pbc;
} data_batch;

static void batch_free(se3rt_ctx *ctx, data_batch *db)
{
    rt_free(ctx, db->graph_ptr);
    rt_free(ctx, db->pos);
    rt_free(ctx, db->node_in);
    rt_free(ctx, db->target);
    rt_free(ctx, db->bonds);
    rt_free(ctx, db->force);
    rt_free(ctx, db->cell);
    rt_free(ctx, db->pbc);
}

static se3rt_status batch_make(const se3rt_data *d, const int64_t *ids, int64_t n, data_batch *db)
{
    se3rt_ctx *ctx = d->ctx;
    memset(db, 0, sizeof *db);
    int64_t atoms = 0, nbonds = 0;
    int periodic = 0;
    for (int64_t q = 0; q < n; q++) {
        const data_frame *f = &d->frames[ids[q]];
        atoms += f->natoms;
        db->rows += f->rows;
        nbonds += f->nbonds;
        periodic |= f->pbc[0] || f->pbc[1] || f->pbc[2];
    }
    db->bonds = nbonds ? rt_calloc(ctx, (size_t)nbonds, sizeof *db->bonds) : NULL;
    db->cell = periodic ? rt_calloc(ctx, (size_t)n * 9, sizeof *db->cell) : NULL;
    db->pbc = periodic ? rt_calloc(ctx, (size_t)n * 3, sizeof *db->pbc) : NULL;
    if ((nbonds && !db->bonds) || (periodic && (!db->cell || !db->pbc))) {
        batch_free(ctx, db);
        return SE3RT_ERR_NOMEM;
    }
    db->graph_ptr = rt_calloc(ctx, (size_t)n + 1, sizeof *db->graph_ptr);
    db->pos = rt_calloc(ctx, (size_t)atoms * 3 + 1, sizeof *db->pos);
    db->node_in = rt_calloc(ctx, (size_t)(atoms * d->in_dim) + 1, sizeof *db->node_in);
    db->target = rt_calloc(ctx, (size_t)(db->rows * d->out_dim) + 1, sizeof *db->target);
    db->force = d->have_forces ? rt_calloc(ctx, (size_t)atoms * 3 + 1, sizeof *db->force) : NULL;
    db->atoms = atoms;
    if (!db->graph_ptr || !db->pos || !db->node_in || !db->target || (d->have_forces && !db->force)) {
        batch_free(ctx, db);
        return SE3RT_ERR_NOMEM;
    }
    int64_t a = 0, r = 0, nb = 0;
    for (int64_t q = 0; q < n; q++) {
        const data_frame *f = &d->frames[ids[q]];
        for (int64_t k = 0; k < f->nbonds; k++)
            db->bonds[nb++] = (se3rt_bond){ f->bonds[k].i + (int32_t)a, f->bonds[k].j + (int32_t)a, f->bonds[k].order };
        if (periodic) {
            memcpy(db->cell + 9 * q, f->cell, sizeof f->cell);
            memcpy(db->pbc + 3 * q, f->pbc, sizeof f->pbc);
        }
        memcpy(db->pos + 3 * a, f->pos, (size_t)f->natoms * 3 * sizeof *db->pos);
        memcpy(db->node_in + a * d->in_dim, f->node_in, (size_t)(f->natoms * d->in_dim) * sizeof *db->node_in);
        memcpy(db->target + r * d->out_dim, f->target, (size_t)(f->rows * d->out_dim) * sizeof *db->target);
        if (d->have_forces)
            memcpy(db->force + 3 * a, f->force, (size_t)f->natoms * 3 * sizeof *db->force);
        a += f->natoms;
        r += f->rows;
        db->graph_ptr[q + 1] = (int32_t)a;
    }
    db->b = (se3rt_batch){ .n_graphs = (int32_t)n, .graph_ptr = db->graph_ptr, .pos = db->pos, .node_in = db->node_in,
                           .frame_ids = ids /* messages name the frame of the file, not of the batch */,
                           .bonds = db->bonds, .nbonds = nbonds, .cell = db->cell, .pbc = db->pbc };
    return SE3RT_OK;
}

typedef struct loss_ctx {
    const se3rt_data *d;
    const double *target;
    se3rt_loss_kind kind;
    double norm;              /* 1 / (target values in the whole minibatch) */
} loss_ctx;

/* Cross-entropy of logits z[0..n) against the one-hot y: log sum exp z - z_label; with dz
 * (may be NULL) = (softmax z - y) * norm. */
static double ce_row(const double *z, const double *y, int n, double *dz, double norm)
{
    double mx = z[0], s = 0, zy = 0;
    for (int c = 1; c < n; c++)
        mx = z[c] > mx ? z[c] : mx;
    for (int c = 0; c < n; c++) {
        s += exp(z[c] - mx);
        zy += y[c] * z[c];
    }
    for (int c = 0; dz && c < n; c++)
        dz[c] = (exp(z[c] - mx) / s - y[c]) * norm;
    return mx + log(s) - zy;
}

static double loss_fn(void *user, const se3rt_batch *b, const double *out, int64_t rows, int dim, double *dout)
{
    (void)b;
    const loss_ctx *lc = user;
    const unsigned char *mask = lc->d->mask;
    double L = 0;
    if (lc->d->labels) {
        memset(dout, 0, (size_t)(rows * dim) * sizeof *dout);
        for (int64_t r = 0; r < rows; r++)
            for (int t = 0; t < lc->d->ntargets; t++) {
                const int64_t k0 = r * dim + lc->d->targets[t].col;
                L += ce_row(out + k0, lc->target + k0, lc->d->targets[t].ncols, dout + k0, lc->norm);
            }
        return L * lc->norm;
    }
    for (int64_t r = 0; r < rows; r++)
        for (int c = 0; c < dim; c++) {
            int64_t k = r * dim + c;
            double e = mask[c] ? out[k] - lc->target[k] : 0, w = lc->d->weight[c];
            if (lc->kind == SE3RT_LOSS_MSE) {
                L += w * e * e;
                dout[k] = 2 * w * e * lc->norm;
            } else {
                L += w * fabs(e);
                dout[k] = w * (e > 0 ? 1 : e < 0 ? -1 : 0) * lc->norm;
            }
        }
    return L * lc->norm;
}

/* The loss on energies and forces (docs/training.md, "Energies and forces"), over a minibatch of
 * B frames with A atoms: w_E / B Σ_g (ΔE_g / s_g)² + w_F / (3 A) Σ_i |ΔF_i|², s_g = the frame's
 * atoms with per-atom normalisation, else 1; w_E the energy column's weight. */
typedef struct ef_ctx {
    const se3rt_data *d;
    const double *target, *force;
    const int64_t *ids;       /* the batch's frames (their reference stress) */
    double enorm, fnorm;      /* 1 / B and 1 / (3 A) of the whole minibatch */
    double snorm;             /* 1 / (9 B_s), B_s its frames with a reference stress */
} ef_ctx;

static double ef_loss_fn(void *user, const se3rt_batch *b, const double *E, const double *F, const double *S,
                         double *dE, double *dF, double *dS)
{
    const ef_ctx *c = user;
    const se3rt_data *d = c->d;
    double L = 0;
    for (int32_t g = 0; d->stress && g < b->n_graphs; g++) {
        const data_frame *fr = &d->frames[c->ids[g]];
        for (int k = 0; fr->has_stress && k < 9; k++) {
            const double e = S[9 * (int64_t)g + k] - fr->stress[k];
            L += d->sweight * e * e * c->snorm;
            dS[9 * (int64_t)g + k] = 2 * d->sweight * e * c->snorm;
        }
    }
    for (int t = 0; t < d->ntargets; t++) {
        const int col = d->targets[t].col;
        for (int32_t g = 0; g < b->n_graphs; g++) {
            const double s = d->e_per_atom ? (double)(b->graph_ptr[g + 1] - b->graph_ptr[g]) : 1;
            const double e = (E[g] - c->target[(int64_t)g * d->out_dim + col]) / s, w = d->weight[col];
            L += w * e * e * c->enorm;
            dE[g] = 2 * w * e / s * c->enorm;
        }
    }
    const int64_t n3 = d->forces ? 3 * (int64_t)b->graph_ptr[b->n_graphs] : 0;
    for (int64_t k = 0; k < n3; k++) {
        const double e = F[k] - c->force[k];
        L += d->fweight * e * e * c->fnorm;
        dF[k] = 2 * d->fweight * e * c->fnorm;
    }
    return L;
}

/* The loss's terms per output row: one per target column, or one per class label. */
static int64_t data_target_cols(const se3rt_data *d)
{
    if (d->labels)
        return d->ntargets;
    int64_t n = 0;
    for (int c = 0; c < d->out_dim; c++)
        n += d->mask[c];
    return n;
}

typedef struct grad_job {
    se3rt_model *m;
    const se3rt_data *d;
    const int64_t *ids;
    int64_t n;
    se3rt_loss_kind kind;
    double norm, enorm, fnorm, snorm;
    double loss;
    double *grad;
    se3rt_status st;
} grad_job;

static void *grad_thread(void *arg)
{
    grad_job *j = arg;
    data_batch db;
    j->loss = 0;
    if (j->n == 0) {
        if (j->grad)
            memset(j->grad, 0, (size_t)se3rt_model_nparams(j->m) * sizeof *j->grad);
        j->st = SE3RT_OK;
        return NULL;
    }
    j->st = batch_make(j->d, j->ids, j->n, &db);
    if (j->st)
        return NULL;
    if (j->d->forces || j->d->stress) {
        ef_ctx ec = { j->d, db.target, db.force, j->ids, j->enorm, j->fnorm, j->snorm };
        j->st = rt_model_energy_forces_grad(j->m, &db.b, ef_loss_fn, &ec, 1, &j->loss, NULL, NULL, NULL, j->grad);
        batch_free(j->d->ctx, &db);
        return NULL;
    }
    loss_ctx lc = { j->d, db.target, j->kind, j->norm };
    j->st = rt_model_grad(j->m, &db.b, loss_fn, &lc, 1, &j->loss, NULL, j->grad, NULL, NULL);
    batch_free(j->d->ctx, &db);
    return NULL;
}

int rt_data_device_opt(const se3rt_data *d)
{
    if (d->forces || d->stress)
        return 0;
    for (int64_t f = 0; f < d->nframes; f++)
        if (d->frames[f].periodic)
            return 0;
    return 1;
}

se3rt_status se3rt_data_loss_grad(se3rt_model *m, const se3rt_data *d, const int64_t *frames, int64_t n,
                                  se3rt_loss_kind kind, int nthreads, double *loss, double *grad)
{
    se3rt_ctx *ctx = d->ctx;
    if (n < 1)
        return rt_error(ctx, SE3RT_ERR_INVALID, "a minibatch needs at least one frame");
    if (!se3rt_model_has_grad(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' was compiled without backward code",
                        se3rt_model_name(m));
    if ((kind == SE3RT_LOSS_CE) != (d->labels != 0))
        return rt_error(ctx, SE3RT_ERR_INVALID, "the cross-entropy loss goes with data read as class labels, and only "
                        "with them");
    if ((d->forces || d->stress) && kind != SE3RT_LOSS_MSE)
        return rt_error(ctx, SE3RT_ERR_INVALID, "training on forces or stress takes the mse loss");
    if ((d->forces || d->stress) && !se3rt_model_has_force_grad(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s': training on forces needs se3rt_model_enable_force_grad "
                        "first", se3rt_model_name(m));
    if (!grad && !rt_model_grad_on_device(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_data_loss_grad: no gradient buffer (only a device keeps the "
                        "gradient itself)");
    if (nthreads < 1 || rt_model_grad_on_device(m))
        nthreads = 1;   /* on a device: one call for the whole minibatch */
    if (nthreads > n)
        nthreads = (int)n;
    int64_t count = 0, atoms = 0, nstress = 0;
    for (int64_t q = 0; q < n; q++) {
        count += d->frames[frames[q]].rows;
        atoms += d->frames[frames[q]].natoms;
        nstress += d->frames[frames[q]].has_stress;
    }
    count *= data_target_cols(d);
    const int64_t np = se3rt_model_nparams(m);
    grad_job *jobs = rt_calloc(ctx, (size_t)nthreads, sizeof *jobs);
    pthread_t *th = rt_calloc(ctx, (size_t)nthreads, sizeof *th);
    double *grads = rt_calloc(ctx, (size_t)(nthreads - 1) * (size_t)np + 1, sizeof *grads);
    if (!jobs || !th || !grads) {
        rt_free(ctx, jobs);
        rt_free(ctx, th);
        rt_free(ctx, grads);
        return SE3RT_ERR_NOMEM;
    }
    rt_model_sync_params(m);
    for (int t = 0; t < nthreads; t++) {
        int64_t lo = n * t / nthreads, hi = n * (t + 1) / nthreads;
        jobs[t] = (grad_job){ .m = m, .d = d, .ids = frames + lo, .n = hi - lo, .kind = kind,
                              .norm = 1.0 / (double)(count > 0 ? count : 1), .enorm = 1.0 / (double)n,
                              .fnorm = 1.0 / (3.0 * (double)atoms),
                              .snorm = 1.0 / (9.0 * (double)(nstress > 0 ? nstress : 1)),
                              .grad = t == 0 ? grad : grads + (size_t)(t - 1) * (size_t)np };
    }
    int started = 0;
    for (int t = 1; t < nthreads; t++) {
        if (pthread_create(&th[t], NULL, grad_thread, &jobs[t]) != 0)
            break;
        started = t;
    }
    for (int t = started + 1; t < nthreads; t++) /* threads that could not start run here */
        grad_thread(&jobs[t]);
    grad_thread(&jobs[0]);
    for (int t = 1; t <= started; t++)
        pthread_join(th[t], NULL);
    se3rt_status st = SE3RT_OK;
    double L = 0;
    for (int t = 0; t < nthreads; t++) {
        if (jobs[t].st && !st)
            st = jobs[t].st;
        L += jobs[t].loss;
        if (t > 0)
            for (int64_t k = 0; k < np; k++)
                grad[k] += jobs[t].grad[k];
    }
    if (loss)
        *loss = L;
    rt_free(ctx, jobs);
    rt_free(ctx, th);
    rt_free(ctx, grads);
    return st;
}

se3rt_status se3rt_data_eval_ef(se3rt_model *m, const se3rt_data *d, int batch, double *pred, double *loss,
                                se3rt_ef_metrics *out)
{
    se3rt_ctx *ctx = d->ctx;
    if (!se3rt_model_has_energy(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' has no energy output", se3rt_model_name(m));
    const int ecol = rt_model_energy_col(m);
    int et = -1;   /* the energy's target, if it is one */
    for (int t = 0; t < d->ntargets; t++)
        if (d->targets[t].col == ecol)
            et = t;
    if (batch < 1)
        batch = 1;
    se3rt_ef_metrics mt = { 0 };
    double L = 0, se = 0, ae = 0, sea = 0, aea = 0, sf = 0, af = 0, ss = 0, as = 0;
    int64_t nstress = 0;
    se3rt_status st = SE3RT_OK;
    int64_t *ids = rt_calloc(ctx, (size_t)batch, sizeof *ids);
    if (!ids)
        return SE3RT_ERR_NOMEM;
    for (int64_t f0 = 0; f0 < d->nframes && !st; f0 += batch) {
        int64_t n = d->nframes - f0 < batch ? d->nframes - f0 : batch;
        for (int64_t q = 0; q < n; q++)
            ids[q] = f0 + q;
        data_batch db;
        if ((st = batch_make(d, ids, n, &db)))
            break;
        double *o = rt_calloc(ctx, (size_t)(n * d->out_dim) + 1, sizeof *o);
        double *E = rt_calloc(ctx, (size_t)n + 1, sizeof *E), *F = rt_calloc(ctx, (size_t)db.atoms * 3 + 1, sizeof *F);
        double *S = rt_calloc(ctx, (size_t)n * 9 + 1, sizeof *S);
        st = o && E && F && S ? rt_model_energy_forces(m, &db.b, o, E, F, S) : SE3RT_ERR_NOMEM;
        for (int64_t g = 0; !st && g < n; g++) {
            const int32_t na = db.graph_ptr[g + 1] - db.graph_ptr[g];
            if (et >= 0) {
                const double e = E[g] - db.target[g * d->out_dim + ecol], s = d->e_per_atom ? na : 1;
                se += e * e, ae += fabs(e), sea += e * e / ((double)na * na), aea += fabs(e) / na;
                L += d->weight[ecol] * (e / s) * (e / s) / (double)d->nframes;
            }
            if (d->have_forces)
                for (int64_t k = 3 * (int64_t)db.graph_ptr[g]; k < 3 * (int64_t)db.graph_ptr[g + 1]; k++) {
                    const double e = F[k] - db.force[k];
                    sf += e * e, af += fabs(e);
                }
            const data_frame *fr = &d->frames[f0 + g];
            for (int k = 0; fr->has_stress && k < 9; k++) {
                const double e = S[9 * g + k] - fr->stress[k];
                ss += e * e, as += fabs(e);
            }
            nstress += fr->has_stress;
            mt.atoms += na;
        }
        if (!st && pred)
            memcpy(pred + d->frames[f0].row0 * d->out_dim, o, (size_t)(n * d->out_dim) * sizeof *pred);
        rt_free(ctx, o);
        rt_free(ctx, E);
        rt_free(ctx, F);
        rt_free(ctx, S);
        batch_free(ctx, &db);
    }
    rt_free(ctx, ids);
    if (st)
        return st;
    const double nf = (double)d->nframes, n3 = 3.0 * (double)mt.atoms;
    mt.frames = d->nframes;
    mt.e_rmse = et >= 0 ? sqrt(se / nf) : NAN, mt.e_mae = et >= 0 ? ae / nf : NAN;
    mt.e_rmse_atom = et >= 0 ? sqrt(sea / nf) : NAN, mt.e_mae_atom = et >= 0 ? aea / nf : NAN;
    mt.f_rmse = d->have_forces ? sqrt(sf / n3) : NAN, mt.f_mae = d->have_forces ? af / n3 : NAN;
    mt.s_rmse = nstress ? sqrt(ss / (9.0 * (double)nstress)) : NAN;
    mt.s_mae = nstress ? as / (9.0 * (double)nstress) : NAN;
    if (d->forces)
        L += d->fweight * sf / n3;
    if (d->stress && nstress)
        L += d->sweight * ss / (9.0 * (double)nstress);
    if (loss)
        *loss = L;
    if (out)
        *out = mt;
    return SE3RT_OK;
}

se3rt_status se3rt_data_eval(se3rt_model *m, const se3rt_data *d, se3rt_loss_kind kind, int batch, double *pred,
                             double *loss, double *mse)
{
    se3rt_ctx *ctx = d->ctx;
    if (d->forces || d->stress) {
        se3rt_ef_metrics mt;
        se3rt_status st = se3rt_data_eval_ef(m, d, batch, pred, loss, &mt);
        for (int t = 0; !st && mse && t < d->ntargets; t++)
            mse[t] = mt.e_rmse * mt.e_rmse;
        return st;
    }
    if (batch < 1)
        batch = 1;
    int64_t *ids = rt_calloc(ctx, (size_t)batch, sizeof *ids);
    double *out = rt_calloc(ctx, (size_t)1, sizeof *out);
    double *se = rt_calloc(ctx, (size_t)d->ntargets + 1, sizeof *se);
    if (!ids || !out || !se) {
        rt_free(ctx, ids);
        rt_free(ctx, out);
        rt_free(ctx, se);
        return SE3RT_ERR_NOMEM;
    }
    se3rt_status st = SE3RT_OK;
    double L = 0;
    for (int64_t f0 = 0; f0 < d->nframes && !st; f0 += batch) {
        int64_t n = d->nframes - f0 < batch ? d->nframes - f0 : batch;
        for (int64_t q = 0; q < n; q++)
            ids[q] = f0 + q;
        data_batch db;
        st = batch_make(d, ids, n, &db);
        if (st)
            break;
        double *o = rt_realloc(ctx, out, (size_t)(db.rows * d->out_dim) * sizeof *out);
        if (!o) {
            batch_free(ctx, &db);
            st = SE3RT_ERR_NOMEM;
            break;
        }
        out = o;
        st = se3rt_model_forward(m, &db.b, out);
        if (d->labels) {
            for (int t = 0; !st && t < d->ntargets; t++)
                for (int64_t r = 0; r < db.rows; r++) {
                    const int64_t k0 = r * d->out_dim + d->targets[t].col;
                    double e = ce_row(out + k0, db.target + k0, d->targets[t].ncols, NULL, 1);
                    L += e;
                    se[t] += e;
                }
        }
        for (int64_t k = 0; !st && !d->labels && k < db.rows * d->out_dim; k++) {
            int c = (int)(k % d->out_dim);
            if (!d->mask[c])
                continue;
            double e = out[k] - db.target[k];
            L += d->weight[c] * (kind == SE3RT_LOSS_MSE ? e * e : fabs(e));
        }
        for (int t = 0; !st && !d->labels && t < d->ntargets; t++)
            for (int64_t r = 0; r < db.rows; r++)
                for (int c = 0; c < d->targets[t].ncols; c++) {
                    int64_t k = r * d->out_dim + d->targets[t].col + c;
                    se[t] += (out[k] - db.target[k]) * (out[k] - db.target[k]);
                }
        if (!st && pred)
            memcpy(pred + d->frames[f0].row0 * d->out_dim, out, (size_t)(db.rows * d->out_dim) * sizeof *pred);
        batch_free(ctx, &db);
    }
    if (!st) {
        if (loss)
            *loss = L / (double)(d->rows * data_target_cols(d));
        for (int t = 0; mse && t < d->ntargets; t++)
            mse[t] = se[t] / (double)(d->rows * (d->labels ? 1 : d->targets[t].ncols));
    }
    rt_free(ctx, ids);
    rt_free(ctx, out);
    rt_free(ctx, se);
    return st;
}

void se3rt_data_accuracy(const se3rt_data *d, const double *pred, double *acc)
{
    for (int t = 0; t < d->ntargets; t++) {
        const int col = d->targets[t].col, n = d->targets[t].ncols;
        int64_t hit = 0;
        for (int64_t f = 0; f < d->nframes; f++)
            for (int64_t r = 0; r < d->frames[f].rows; r++) {
                const double *z = pred + (d->frames[f].row0 + r) * d->out_dim + col;
                const double *y = d->frames[f].target + r * d->out_dim + col;
                int best = 0, label = 0;
                for (int c = 1; c < n; c++) {
                    best = z[c] > z[best] ? c : best;
                    label = y[c] > y[label] ? c : label;
                }
                hit += best == label;
            }
        acc[t] = d->rows ? (double)hit / (double)d->rows : 0;
    }
}

/* ---- Adam, schedule, clipping ------------------------------------------------------------------ */

struct se3rt_adam {
    se3rt_ctx *ctx;
    int64_t n, t;
    double *m, *v;
};

se3rt_status se3rt_adam_new(se3rt_ctx *ctx, int64_t n, se3rt_adam **out)
{
    *out = NULL;
    se3rt_adam *a = rt_calloc(ctx, 1, sizeof *a);
    if (!a)
        return SE3RT_ERR_NOMEM;
    a->ctx = ctx;
    a->n = n;
    a->m = rt_calloc(ctx, (size_t)n + 1, sizeof *a->m);
    a->v = rt_calloc(ctx, (size_t)n + 1, sizeof *a->v);
    if (!a->m || !a->v) {
        se3rt_adam_free(a);
        return SE3RT_ERR_NOMEM;
    }
    *out = a;
    return SE3RT_OK;
}

void se3rt_adam_free(se3rt_adam *a)
{
    if (!a)
        return;
    rt_free(a->ctx, a->m);
    rt_free(a->ctx, a->v);
    rt_free(a->ctx, a);
}

int64_t se3rt_adam_steps(const se3rt_adam *a) { return a->t; }

double *rt_adam_moments(se3rt_adam *a, double **v)
{
    *v = a->v;
    return a->m;
}

void rt_adam_tick(se3rt_adam *a, rt_opt_step *s)
{
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;   /* Adam's defaults (Kingma & Ba 2015) */
    a->t++;
    s->b1 = b1, s->b2 = b2, s->ob1 = 1 - b1, s->ob2 = 1 - b2, s->eps = eps;
    s->c1 = 1 - pow(b1, (double)a->t), s->c2 = 1 - pow(b2, (double)a->t);
}

void se3rt_adam_step(se3rt_adam *a, double *params, const double *grad, double lr)
{
    rt_opt_step s = { .lr = lr };
    rt_adam_tick(a, &s);   /* the constants and bias corrections the device's step uses too */
    rt_adam_update(a->n, params, grad, a->m, a->v, lr, s.b1, s.ob1, s.b2, s.ob2, s.c1, s.c2, s.eps);
}

se3rt_status se3rt_adam_save(const se3rt_adam *a, const char *path, const char *const *meta)
{
    int64_t shape[1] = { a->n }, one[1] = { 1 };
    double t = (double)a->t;
    se3rt_st_entry e[3] = {
        { "adam.m", 1, shape, a->m },
        { "adam.t", 1, one, &t },
        { "adam.v", 1, shape, a->v },
    };
    return se3rt_st_write(a->ctx, path, e, 3, SE3RT_DTYPE_F64, meta);
}

se3rt_status se3rt_adam_load(se3rt_adam *a, const char *path)
{
    se3rt_st *st = NULL;
    se3rt_status s = se3rt_st_read(a->ctx, path, &st);
    if (s)
        return s;
    int64_t shape[1] = { a->n }, one[1] = { 1 };
    s = se3rt_st_expect(a->ctx, st, "adam.m", 1, shape);
    if (!s)
        s = se3rt_st_expect(a->ctx, st, "adam.v", 1, shape);
    if (!s)
        s = se3rt_st_expect(a->ctx, st, "adam.t", 1, one);
    if (!s)
        s = se3rt_st_check_extra(a->ctx, st);
    if (!s) {
        const se3rt_st_tensor *tm = se3rt_st_find(st, "adam.m"), *tv = se3rt_st_find(st, "adam.v"),
                              *tt = se3rt_st_find(st, "adam.t");
        double t = tt->data[0];
        if (!(t >= 0 && t <= 9e15 && t == floor(t)))
            s = rt_error(a->ctx, SE3RT_ERR_FORMAT, "%s: tensor 'adam.t' holds %g, not a step count", path, t);
        for (int64_t k = 0; !s && k < a->n; k++)
            if (!isfinite(tm->data[k]) || !(tv->data[k] >= 0) || !isfinite(tv->data[k]))
                s = rt_error(a->ctx, SE3RT_ERR_FORMAT, "%s: optimiser state %lld is not finite (or a negative "
                             "second moment)", path, (long long)k);
        if (!s) {
            memcpy(a->m, tm->data, (size_t)a->n * sizeof *a->m);
            memcpy(a->v, tv->data, (size_t)a->n * sizeof *a->v);
            a->t = (int64_t)t;
        }
    }
    se3rt_st_free(st);
    return s;
}

double se3rt_cosine_lr(int64_t step, int64_t total, double lr0, double lr1)
{
    if (total <= 0 || step >= total)
        return lr1;
    if (step <= 0)
        return lr0;
    return lr1 + 0.5 * (lr0 - lr1) * (1 + cos(3.14159265358979323846 * (double)step / (double)total));
}

double se3rt_schedule_lr(int64_t step, int64_t total, int64_t warmup, double lr0, double lr1)
{
    if (warmup <= 0)
        return se3rt_cosine_lr(step, total, lr0, lr1);
    if (step < warmup)
        return lr0 * (double)(step + 1) / (double)warmup;
    return se3rt_cosine_lr(step - warmup, total - warmup, lr0, lr1);
}

void se3rt_ema_update(double *ema, const double *params, int64_t n, double decay)
{
    for (int64_t k = 0; k < n; k++)
        ema[k] = decay * ema[k] + (1 - decay) * params[k];
}

double rt_grad_norm2(const double *g, int64_t n)
{
    /* chunk by chunk, as the device sums (runtime/cuda/cuda_opt.c): the same norm bit for bit */
    double s = 0;
    for (int64_t c = 0; c < n; c += RT_GRAD_NORM_CHUNK) {
        const int64_t c1 = c + RT_GRAD_NORM_CHUNK < n ? c + RT_GRAD_NORM_CHUNK : n;
        double p = 0;
        for (int64_t k = c; k < c1; k++)
            p += g[k] * g[k];
        s += p;
    }
    return s;
}

double se3rt_clip_grad(double *g, int64_t n, double max_norm)
{
    double norm = sqrt(rt_grad_norm2(g, n));
    if (max_norm > 0 && norm > max_norm) {
        double f = max_norm / norm;
        for (int64_t k = 0; k < n; k++)
            g[k] *= f;
    }
    return norm;
}
