/* lower.c - checked model -> IR: radial nets and their (k, l, J) paths with nonzero coupling
 * counts, the weight table with names, shapes and initialisation, and forward FLOP counts.
 * Weight names are the contract between the manifest, safetensors files and generated code. */
#include "ir.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coupling.h"
#include "internal.h"
#include "plan.h"
#include "sph.h"

typedef struct lower {
    arena *mem;
    ir *p;
    int cap;
} lower;

static ir_weight *lower_weight(lower *lw, const char *name, int rows, int cols, ir_init init, int fan_in)
{
    ir *p = lw->p;
    if (p->nweights == lw->cap) {
        lw->cap = lw->cap ? 2 * lw->cap : 64;
        ir_weight *n = arena_alloc(lw->mem, (size_t)lw->cap * sizeof *n);
        if (p->nweights)
            memcpy(n, p->weights, (size_t)p->nweights * sizeof *n);
        p->weights = n;
    }
    ir_weight *w = &p->weights[p->nweights++];
    w->name = name;
    w->ndim = cols ? 2 : 1;
    w->shape[0] = rows;
    w->shape[1] = cols;
    w->size = (long)rows * (cols ? cols : 1);
    w->init = init;
    w->fan_in = fan_in;
    w->scale = fan_in > 0 ? 1.0 / sqrt((double)fan_in) : 0;
    w->offset = p->nparams;
    p->nparams += w->size;
    return w;
}

/* A PyTorch-style Linear(in -> out): weight [out, in] and bias [out], both U(±1/√in). */
static void lower_linear(lower *lw, const char *prefix, int out, int in)
{
    lower_weight(lw, arena_printf(lw->mem, "%s.w", prefix), out, in, IR_INIT_UNIFORM, in);
    lower_weight(lw, arena_printf(lw->mem, "%s.b", prefix), out, 0, IR_INIT_UNIFORM, in);
}

/* FLOPs of the harmonics Y_0..Y_lmax from their polynomials (a multiply-add per monomial). */
static double lower_sh_flops(int lmax)
{
    double f = 0;
    sph_term terms[SPH_MAX_TERMS(SPH_LMAX)];
    for (int l = 0; l <= lmax; l++)
        for (int m = -l; m <= l; m++)
            f += 2.0 * sph_poly(l, m, terms, SPH_MAX_TERMS(SPH_LMAX));
    return f + 10.0; /* the unit vector: a norm, a division */
}

/* Radial nets of one role: every sender degree k to every degree l of `to`. */
static void lower_radials(lower *lw, ir_layer *il, const layer *L, char role, const fibre *to,
                          int nin, int *lmax_sh)
{
    for (int k = 0; k <= SE3_LMAX; k++) {
        if (!L->send.c[k])
            continue;
        for (int l = 0; l <= SE3_LMAX; l++) {
            if (!to->c[l])
                continue;
            ir_radial *r = &il->radials[il->nradials++];
            r->role = role;
            r->k = k;
            r->l = l;
            r->cin = L->send.c[k];
            r->cout = to->c[l];
            r->nfreq = 2 * (k < l ? k : l) + 1;
            r->nin = nin;
            r->width = L->radial_width;
            r->depth = L->radial_depth;
            r->paths = arena_alloc(lw->mem, (size_t)r->nfreq * sizeof *r->paths);
            for (int J = abs(k - l); J <= k + l; J++) {
                ir_path *ph = &r->paths[r->npaths++];
                ph->k = k;
                ph->l = l;
                ph->J = J;
                ph->nnz = coupling_nnz(l, k, J);
                if (J > *lmax_sh)
                    *lmax_sh = J;
            }
            il->npaths += r->npaths;

            /* Weights: hidden Linear -> LayerNorm -> ReLU, `depth` times, then the output layer
             * with one value per (c_out, c_in, J), index (c_out * cin + c_in) * F + f. */
            const char *pre = arena_printf(lw->mem, "%s.%c.%d_%d", L->name, role, k, l);
            r->first_weight = lw->p->nweights;
            int in = nin;
            double f = 0;
            for (int d = 0; d < r->depth; d++) {
                lower_linear(lw, arena_printf(lw->mem, "%s.lin%d", pre, d), r->width, in);
                lower_weight(lw, arena_printf(lw->mem, "%s.ln%d.g", pre, d), r->width, 0, IR_INIT_ONES, 0);
                lower_weight(lw, arena_printf(lw->mem, "%s.ln%d.b", pre, d), r->width, 0, IR_INIT_ZEROS, 0);
                f += 2.0 * in * r->width + 10.0 * r->width;
                in = r->width;
            }
            int nout = r->nfreq * r->cin * r->cout;
            lower_linear(lw, arena_printf(lw->mem, "%s.out", pre), nout, in);
            f += 2.0 * in * nout;
            /* Basis W_J = C . Y_J, then per J: g = W_J f (per input channel), m += phi g. */
            for (int i = 0; i < r->npaths; i++) {
                const ir_path *ph = &r->paths[i];
                f += 2.0 * ph->nnz;
                f += 2.0 * (2 * l + 1) * (2 * k + 1) * r->cin;
                f += 2.0 * (2 * l + 1) * r->cin * r->cout;
            }
            il->flops_edge += f;
        }
    }
}

/* Per-degree C_out x C_in matrices named PREFIX.l, N(0, 1/C_in) as the reference's
 * self-interaction and query maps. */
static double lower_per_degree(lower *lw, const char *prefix, const fibre *out, const fibre *in)
{
    double f = 0;
    for (int l = 0; l <= SE3_LMAX; l++)
        if (out->c[l] && in->c[l]) {
            lower_weight(lw, arena_printf(lw->mem, "%s.%d", prefix, l), out->c[l], in->c[l],
                         IR_INIT_NORMAL, in->c[l]);
            f += 2.0 * out->c[l] * in->c[l] * (2 * l + 1);
        }
    return f;
}

/* Attentive self-interaction (paper Eq. 13): per degree, Gram (C_in^2) -> LayerNorm ->
 * LeakyReLU -> Linear(C_in^2 -> C_out C_in) -> softmax over input channels. */
static double lower_attentive_si(lower *lw, const char *prefix, const fibre *out, const fibre *in)
{
    double f = 0;
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!out->c[l] || !in->c[l])
            continue;
        int n = in->c[l] * in->c[l];
        const char *p = arena_printf(lw->mem, "%s.%d", prefix, l);
        lower_weight(lw, arena_printf(lw->mem, "%s.ln.g", p), n, 0, IR_INIT_ONES, 0);
        lower_weight(lw, arena_printf(lw->mem, "%s.ln.b", p), n, 0, IR_INIT_ZEROS, 0);
        lower_linear(lw, p, out->c[l] * in->c[l], n);
        f += 2.0 * n * (2 * l + 1) + 12.0 * n + 2.0 * n * out->c[l] * in->c[l] +
             5.0 * out->c[l] * in->c[l] + 2.0 * out->c[l] * in->c[l] * (2 * l + 1);
    }
    return f;
}

static void lower_layer(lower *lw, ir_layer *il, const layer *L, const model *m)
{
    il->L = L;
    il->first_weight = lw->p->nweights;
    int nin = m->n_edge_scalars + 1;
    int lmax_sh = -1;
    switch (L->kind) {
    case LAYER_ATTENTION: {
        int n = 2 * (SE3_LMAX + 1) * (SE3_LMAX + 1);
        il->radials = arena_alloc(lw->mem, (size_t)n * sizeof *il->radials);
        lower_radials(lw, il, L, 'k', &L->key, nin, &lmax_sh);
        lower_radials(lw, il, L, 'v', &L->value, nin, &lmax_sh);
        il->flops_node += lower_per_degree(lw, arena_printf(lw->mem, "%s.q", L->name), &L->key, &L->in);
        /* logits, online softmax, weighting */
        il->flops_edge += 2.0 * fibre_dim(&L->key) + 8.0 * L->heads + 2.0 * fibre_dim(&L->value);
        if (L->si == SI_LINEAR)
            il->flops_node += lower_per_degree(lw, arena_printf(lw->mem, "%s.si", L->name), &L->out, &L->mid);
        else
            il->flops_node += lower_attentive_si(lw, arena_printf(lw->mem, "%s.asi", L->name), &L->out, &L->mid);
        break;
    }
    case LAYER_CONV: {
        int n = (SE3_LMAX + 1) * (SE3_LMAX + 1);
        il->radials = arena_alloc(lw->mem, (size_t)n * sizeof *il->radials);
        lower_radials(lw, il, L, 'r', &L->out, nin, &lmax_sh);
        if (L->si == SI_LINEAR)
            il->flops_node += lower_per_degree(lw, arena_printf(lw->mem, "%s.self", L->name), &L->out, &L->in);
        il->flops_node += fibre_dim(&L->out);
        break;
    }
    case LAYER_NORM:
        for (int l = 0; l <= SE3_LMAX; l++) {
            if (!L->in.c[l])
                continue;
            if (L->norm == NORM_LAYER) {
                lower_weight(lw, arena_printf(lw->mem, "%s.ln.%d.g", L->name, l), L->in.c[l], 0, IR_INIT_ONES, 0);
                lower_weight(lw, arena_printf(lw->mem, "%s.ln.%d.b", L->name, l), L->in.c[l], 0, IR_INIT_ZEROS, 0);
            } else {
                lower_weight(lw, arena_printf(lw->mem, "%s.bias.%d", L->name, l), L->in.c[l], 0, IR_INIT_ZEROS, 0);
            }
            il->flops_node += 4.0 * L->in.c[l] * (2 * l + 1) + 12.0 * L->in.c[l];
        }
        break;
    case LAYER_SELFINT:
        if (L->si == SI_LINEAR)
            il->flops_node += lower_per_degree(lw, arena_printf(lw->mem, "%s.w", L->name), &L->out, &L->in);
        else
            il->flops_node += lower_attentive_si(lw, arena_printf(lw->mem, "%s.asi", L->name), &L->out, &L->in);
        if (L->bias)
            lower_weight(lw, arena_printf(lw->mem, "%s.b", L->name), L->out.c[0], 0, IR_INIT_ZEROS, 0);
        break;
    case LAYER_POOL:
        il->flops_node += fibre_dim(&L->in);
        break;
    case LAYER_GATE:
        /* activation of each scalar; per gated channel a sigmoid and 2l + 1 products */
        il->flops_node += 6.0 * L->out.c[0];
        for (int l = 1; l <= SE3_LMAX; l++)
            il->flops_node += L->out.c[l] * (6.0 + (2 * l + 1));
        break;
    case LAYER_MLP: {
        int in = L->in.c[0];
        for (int i = 0; i <= L->mlp_n; i++) {
            int out = i < L->mlp_n ? L->mlp_hidden[i] : L->out.c[0];
            lower_linear(lw, arena_printf(lw->mem, "%s.lin%d", L->name, i), out, in);
            il->flops_node += 2.0 * in * out + 2.0 * out;
            in = out;
        }
        break;
    }
    }
    if (lmax_sh >= 0)
        il->flops_edge += lower_sh_flops(lmax_sh);
    if (lmax_sh > lw->p->lmax_sh)
        lw->p->lmax_sh = lmax_sh;
    il->nweights = lw->p->nweights - il->first_weight;
}

static void lower_index(arena *mem, ir *p);

ir *ir_lower(arena *mem, const model *m)
{
    ir *p = arena_alloc(mem, sizeof *p);
    p->m = m;
    p->lmax_sh = -1;
    p->nlayers = m->nlayers;
    p->layers = arena_alloc(mem, (size_t)(m->nlayers ? m->nlayers : 1) * sizeof *p->layers);
    lower lw = { .mem = mem, .p = p };
    for (int i = 0; i < m->nlayers; i++) {
        lower_layer(&lw, &p->layers[i], &m->layers[i], m);
        p->npaths += p->layers[i].npaths;
        p->flops_edge += p->layers[i].flops_edge;
        p->flops_node += p->layers[i].flops_node;
    }
    lower_index(mem, p);
    return p;
}

static unsigned lower_hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Index of the weight called `name` in the hash table, or -1. */
static int lower_find(const ir *p, const char *name)
{
    if (!p->windex)
        return -1;
    for (unsigned h = lower_hash(name) & p->windex_mask;; h = (h + 1) & p->windex_mask) {
        int w = p->windex[h];
        if (w < 0 || strcmp(p->weights[w].name, name) == 0)
            return w;
    }
}

/* The name -> weight hash table, so look-ups cost O(1) and emitting is linear in the weights.
 * Two weights with one name would make the manifest ambiguous: an internal error. */
static void lower_index(arena *mem, ir *p)
{
    unsigned cap = 16;
    while (cap < 2u * (unsigned)p->nweights)
        cap *= 2;
    p->windex = arena_alloc(mem, cap * sizeof *p->windex);
    p->windex_mask = cap - 1;
    memset(p->windex, 0xff, cap * sizeof *p->windex);
    for (int w = 0; w < p->nweights; w++) {
        unsigned h = lower_hash(p->weights[w].name) & p->windex_mask;
        while (p->windex[h] >= 0) {
            if (strcmp(p->weights[p->windex[h]].name, p->weights[w].name) == 0)
                SE3C_INTERNAL("two weights are named '%s'", p->weights[w].name);
            h = (h + 1) & p->windex_mask;
        }
        p->windex[h] = w;
    }
}

long ir_weight_offset(const ir *p, const char *name)
{
    int w = lower_find(p, name);
    return w < 0 ? -1 : p->weights[w].offset;
}

const ir_weight *ir_weight_named(const ir *p, const char *name)
{
    int w = lower_find(p, name);
    return w < 0 ? NULL : &p->weights[w];
}

long ir_weight_at(const ir *p, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *name = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!name)
        se3c_internal_fail(file, line, "cannot format a weight name");
    va_start(ap, fmt);
    vsnprintf(name, (size_t)n + 1, fmt, ap);
    va_end(ap);
    int w = lower_find(p, name);
    if (w < 0)
        se3c_internal_fail(file, line, "no weight named '%s'", name);
    free(name);
    return p->weights[w].offset;
}

void ir_dump(const ir *p, FILE *out)
{
    arena tmp = { 0 };
    const model *m = p->m;
    fprintf(out, "model %s  params %ld  paths %d  flops/edge %.0f  flops/node %.0f\n", m->name,
            p->nparams, p->npaths, p->flops_edge, p->flops_node);
    for (int i = 0; i < p->nlayers; i++) {
        const ir_layer *il = &p->layers[i];
        const layer *L = il->L;
        fprintf(out, "layer %s %s: %s -> %s  paths %d  weights %d  flops/edge %.0f  flops/node %.0f\n",
                layer_kind_name(L->kind), L->name, fibre_str(&tmp, &L->in), fibre_str(&tmp, &L->out),
                il->npaths, il->nweights, il->flops_edge, il->flops_node);
        for (int r = 0; r < il->nradials; r++) {
            const ir_radial *rd = &il->radials[r];
            fprintf(out, "  radial %c k=%d l=%d cin=%d cout=%d in=%d width=%d depth=%d paths", rd->role,
                    rd->k, rd->l, rd->cin, rd->cout, rd->nin, rd->width, rd->depth);
            for (int j = 0; j < rd->npaths; j++)
                fprintf(out, " (J=%d nnz=%d)", rd->paths[j].J, rd->paths[j].nnz);
            fputc('\n', out);
        }
        for (int w = il->first_weight; w < il->first_weight + il->nweights; w++) {
            const ir_weight *wt = &p->weights[w];
            if (wt->ndim == 2)
                fprintf(out, "  weight %s [%d, %d]\n", wt->name, wt->shape[0], wt->shape[1]);
            else
                fprintf(out, "  weight %s [%d]\n", wt->name, wt->shape[0]);
        }
    }
    if (p->plan)
        plan_dump(p->plan, out);
    arena_free(&tmp);
}
