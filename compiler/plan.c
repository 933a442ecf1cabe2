/* plan.c - IR -> resolved plan (plan.h). The only code besides lower.c that knows the weight
 * names ("NAME.v.1_2.lin0.w", ...): every weight a layer's code reads is resolved here once,
 * checked to lie inside its layer, and handed to the emitters as an offset relative to the
 * layer's first weight with its shape. */
#include "plan.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_buf.h"
#include "internal.h"
#include "se3rt_abi.h"

typedef struct plan_cx {
    arena *mem;
    const ir *p;
    const plan_layer *pl;
    int next;                       /* the weight after the last one found */
} plan_cx;

/* The ABI's rule (se3rt_abi.h, se3m_out_buffer), not a copy of it. */
int plan_in_buf(int i)
{
    return i == 0 ? PLAN_BUF_INPUT : se3m_out_buffer(i - 1);
}

int plan_out_buf(int i)
{
    return se3m_out_buffer(i);
}

long plan_work_dim(const model *m)
{
    long d = fibre_dim(&m->in);
    for (int i = 0; i < m->nlayers; i++) {
        long o = fibre_dim(&m->layers[i].out);
        if (o > d)
            d = o;
    }
    return d;
}

plan_fib plan_fibre(const fibre *f)
{
    plan_fib r = { .dim = fibre_dim(f) };
    for (int l = 0; l <= SE3_LMAX; l++) {
        r.c[l] = f->c[l];
        r.off[l] = fibre_offset(f, l);
    }
    return r;
}

/* The first layer's features as it finds them in the model's input row: the channels of the node
 * features (m->feat), at the row's offsets and with the row's length. Edge inputs are the tail of
 * the row's degree-0 block (sema), so the first layer reads its features in place and never sees
 * them; without edge inputs this is plan_fibre(&m->in). */
static plan_fib plan_input_row(const model *m)
{
    plan_fib r = plan_fibre(&m->in);
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (m->feat.c[l] > m->in.c[l] || (l > 0 && m->feat.c[l] != m->in.c[l]))
            SE3C_INTERNAL("node features %d x %d are not the head of the input row's block (%d)", m->feat.c[l], l,
                          m->in.c[l]);
        r.c[l] = m->feat.c[l];
    }
    return r;
}

/* The weight LAYER.SUFFIX of the current layer, which must exist and belong to it. */
static plan_w plan_weight(plan_cx *cx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static plan_w plan_weight(plan_cx *cx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char suffix[256];
    int n = vsnprintf(suffix, sizeof suffix, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof suffix)
        SE3C_INTERNAL("weight suffix too long");
    const char *name = arena_printf(cx->mem, "%s.%s", cx->pl->L->name, suffix);
    const ir_layer *il = cx->pl->il;
    /* plan.c asks mostly in lower.c's order: try the weight after the last one first */
    const ir_weight *w = cx->next < il->first_weight + il->nweights && strcmp(cx->p->weights[cx->next].name, name) == 0
                             ? &cx->p->weights[cx->next]
                             : ir_weight_named(cx->p, name);
    if (!w || w < &cx->p->weights[il->first_weight] || w >= &cx->p->weights[il->first_weight + il->nweights])
        SE3C_INTERNAL("layer '%s' has no weight '%s'", cx->pl->L->name, name);
    cx->next = (int)(w - cx->p->weights) + 1;
    plan_w r = { .rel = w->offset - cx->pl->wbase, .size = w->size, .name = name + strlen(cx->pl->L->name) + 1 };
    r.shape[0] = w->shape[0];
    r.shape[1] = w->ndim == 2 ? w->shape[1] : 0;
    return r;
}

/* `b` must start where `a` ends: the generated helpers walk weights in this order. */
static void plan_follows(const plan_cx *cx, const plan_w *a, const plan_w *b)
{
    if (b->rel != a->rel + a->size)
        SE3C_INTERNAL("weight '%s.%s' does not follow '%s.%s'", cx->pl->L->name, b->name, cx->pl->L->name, a->name);
}

static plan_dense plan_linear(plan_cx *cx, const char *prefix, int in, int out)
{
    plan_dense d = { .in = in, .out = out };
    d.w = plan_weight(cx, "%s.w", prefix);
    d.b = plan_weight(cx, "%s.b", prefix);
    if (d.w.shape[0] != out || d.w.shape[1] != in || d.b.shape[0] != out)
        SE3C_INTERNAL("'%s.%s' is not a Linear(%d -> %d)", cx->pl->L->name, prefix, in, out);
    plan_follows(cx, &d.w, &d.b);
    return d;
}

static void plan_radials(plan_cx *cx, plan_layer *pl)
{
    const ir_layer *il = pl->il;
    pl->radials = arena_alloc(cx->mem, (size_t)(il->nradials ? il->nradials : 1) * sizeof *pl->radials);
    pl->nradials = il->nradials;
    for (int q = 0; q < il->nradials; q++) {
        const ir_radial *r = &il->radials[q];
        plan_radial *pr = &pl->radials[q];
        pr->r = r;
        if (r->depth > PLAN_MAX_DEPTH)
            SE3C_INTERNAL("radial depth %d above %d", r->depth, PLAN_MAX_DEPTH);
        pr->hidden = arena_alloc(cx->mem, (size_t)(r->depth ? r->depth : 1) * sizeof *pr->hidden);
        const char *pre = arena_printf(cx->mem, "%c.%d_%d", r->role, r->k, r->l);
        int in = r->nin;
        const plan_w *last = NULL;
        for (int d = 0; d < r->depth; d++) {
            pr->hidden[d].lin = plan_linear(cx, arena_printf(cx->mem, "%s.lin%d", pre, d), in, r->width);
            pr->hidden[d].g = plan_weight(cx, "%s.ln%d.g", pre, d);
            pr->hidden[d].b = plan_weight(cx, "%s.ln%d.b", pre, d);
            if (last)
                plan_follows(cx, last, &pr->hidden[d].lin.w);
            plan_follows(cx, &pr->hidden[d].lin.b, &pr->hidden[d].g);
            plan_follows(cx, &pr->hidden[d].g, &pr->hidden[d].b);
            last = &pr->hidden[d].b;
            in = r->width;
        }
        pr->hw = in;
        pr->out = plan_linear(cx, arena_printf(cx->mem, "%s.out", pre), in, r->nfreq * r->cin * r->cout);
        if (last)   /* the CUDA code walks one pointer from the first hidden layer into the output layer */
            plan_follows(cx, last, &pr->out.w);
        pr->hidden_all.name = arena_printf(cx->mem, "%s.lin0", pre);
        pr->hidden_all.rel = r->depth ? pr->hidden[0].lin.w.rel : pr->out.w.rel;
        pr->hidden_all.size = last ? last->rel + last->size - pr->hidden_all.rel : 0;
        pr->hidden_all.shape[0] = (int)pr->hidden_all.size;
        const plan_fib *to = r->role == 'k' ? &pl->key : r->role == 'v' ? &pl->value : &pl->out;
        pr->dst_off = to->off[r->l];
        pr->msg_off = (r->role == 'v' ? pl->key.dim : 0) + pr->dst_off;
    }
}

/* Per-degree maps PREFIX.l (linear) or PREFIX.l.{ln.g, ln.b, w, b} (attentive), from -> to. */
static plan_maps plan_per_degree(plan_cx *cx, const char *prefix, int attentive, const plan_fib *to,
                                 const plan_fib *from)
{
    plan_maps ms = { .attentive = attentive };
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!to->c[l] || !from->c[l])
            continue;
        plan_map *m = &ms.d[ms.n++];
        m->l = l;
        m->cin = from->c[l];
        m->cout = to->c[l];
        m->ncomp = 2 * l + 1;
        m->from_off = from->off[l];
        m->to_off = to->off[l];
        m->name = arena_printf(cx->mem, "%s.%d", prefix, l);
        if (!attentive) {
            m->w = plan_weight(cx, "%s.%d", prefix, l);
            if (m->w.shape[0] != m->cout || m->w.shape[1] != m->cin)
                SE3C_INTERNAL("'%s.%s.%d' is not %d x %d", cx->pl->L->name, prefix, l, m->cout, m->cin);
        } else {
            const int n = m->cin * m->cin;
            m->ln_g = plan_weight(cx, "%s.%d.ln.g", prefix, l);
            m->ln_b = plan_weight(cx, "%s.%d.ln.b", prefix, l);
            m->lin = plan_linear(cx, arena_printf(cx->mem, "%s.%d", prefix, l), n, m->cout * m->cin);
            plan_follows(cx, &m->ln_g, &m->ln_b);
            plan_follows(cx, &m->ln_b, &m->lin.w);
        }
    }
    return ms;
}

/* The blocks of the per-edge message row: every degree of `f` (role 'k', 'v' or 'r'), from `base`. */
static void plan_msg_blocks(plan_layer *pl, char role, const plan_fib *f, int base)
{
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!f->c[l])
            continue;
        plan_msgblk *mb = &pl->msg[pl->nmsg++];
        *mb = (plan_msgblk){ .role = role, .l = l, .off = base + f->off[l], .size = f->c[l] * (2 * l + 1) };
        for (int q = 0; q < pl->nradials; q++)
            mb->nradials += pl->radials[q].r->role == role && pl->radials[q].r->l == l;
    }
}

static void plan_message_layer(plan_cx *cx, plan_layer *pl, const model *m)
{
    const layer *L = pl->L;
    plan_radials(cx, pl);
    pl->msg_dim = L->kind == LAYER_ATTENTION ? pl->key.dim + pl->value.dim : pl->out.dim;
    if (L->kind == LAYER_ATTENTION) {
        plan_msg_blocks(pl, 'k', &pl->key, 0);
        plan_msg_blocks(pl, 'v', &pl->value, pl->key.dim);
    } else {
        plan_msg_blocks(pl, 'r', &pl->out, 0);
    }
    pl->relpos = arena_alloc(cx->mem, (size_t)(m->nedges ? m->nedges : 1) * sizeof *pl->relpos);
    for (int q = 0, c = L->in.c[1]; q < m->nedges; q++)
        if (m->edges[q].kind == EDGE_RELPOS)
            pl->relpos[pl->nrelpos++] = (plan_relpos){ .slot = c++, .name = m->edges[q].name };
    if (L->kind == LAYER_ATTENTION) {
        pl->q = plan_per_degree(cx, "q", 0, &pl->key, &pl->in);
        pl->si = plan_per_degree(cx, L->si == SI_LINEAR ? "si" : "asi", L->si != SI_LINEAR, &pl->out, &pl->mid);
    } else if (L->si == SI_LINEAR) {
        pl->si = plan_per_degree(cx, "self", 0, &pl->out, &pl->in);
    }
}

static void plan_norm(plan_cx *cx, plan_layer *pl)
{
    const layer *L = pl->L;
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!pl->in.c[l])
            continue;
        plan_normdeg *d = &pl->norm[pl->nnorm++];
        d->l = l;
        d->c = pl->in.c[l];
        d->ncomp = 2 * l + 1;
        d->off = pl->in.off[l];
        if (L->norm == NORM_LAYER) {
            d->g = plan_weight(cx, "ln.%d.g", l);
            d->b = plan_weight(cx, "ln.%d.b", l);
            plan_follows(cx, &d->g, &d->b);
        } else {
            d->bias = plan_weight(cx, "bias.%d", l);
        }
    }
}

/* Gate: the input's degree-0 channels are the output's scalars, then one gate per channel of
 * degree 1, 2, ... in that order. */
static void plan_gate(plan_layer *pl)
{
    pl->nscalar = pl->out.c[0];
    int g = pl->out.c[0];
    for (int l = 1; l <= SE3_LMAX; l++) {
        if (!pl->out.c[l])
            continue;
        pl->gate[pl->ngate++] = (plan_gatedeg){ .l = l, .c = pl->out.c[l], .ncomp = 2 * l + 1, .in_off = pl->in.off[l],
                                                .out_off = pl->out.off[l], .gate_off = g };
        g += pl->out.c[l];
    }
    if (g != pl->in.c[0])
        SE3C_INTERNAL("gate '%s': %d gates and scalars for %d degree-0 inputs", pl->L->name, g, pl->in.c[0]);
}

static void plan_mlp(plan_cx *cx, plan_layer *pl)
{
    const layer *L = pl->L;
    int in = L->in.c[0];
    pl->mlp_maxw = in > L->out.c[0] ? in : L->out.c[0];
    pl->nmlp = L->mlp_n + 1;
    for (int i = 0; i < pl->nmlp; i++) {
        int out = i < L->mlp_n ? L->mlp_hidden[i] : L->out.c[0];
        pl->mlp[i] = plan_linear(cx, arena_printf(cx->mem, "lin%d", i), in, out);
        if (out > pl->mlp_maxw)
            pl->mlp_maxw = out;
        in = out;
    }
}

/* Everything the generated code of a layer depends on besides its weight base and buffers:
 * kind, options, fibres, and its weights' relative offsets, shapes and initialisation (the names
 * within the layer follow from the rest). Linear in the number of weights: wide layers have
 * hundreds. */
static char *plan_shape_key(plan_cx *cx, const plan_layer *pl, unsigned *hash)
{
    const layer *L = pl->L;
    emit_buf k = { 0 };
    emit_raw(&k, "%d|%d %d %d %d %d %d %d %d %d %d %d %d|", (int)L->kind, L->heads, L->div, (int)L->skip, (int)L->si,
             (int)L->agg, (int)L->norm, (int)L->pool, (int)L->act, L->bias, L->per_graph, pl->out_per_graph, L->xij_add);
    const plan_fib *fs[] = { &pl->in, &pl->out, &pl->send, &pl->key, &pl->value, &pl->mid };
    for (size_t f = 0; f < sizeof fs / sizeof *fs; f++)
        for (int l = 0; l <= SE3_LMAX; l++)
            emit_raw(&k, "%d,", fs[f]->c[l]);
    emit_raw(&k, "|%d", pl->in.dim);  /* the first layer's row holds edge inputs too */
    emit_raw(&k, "|%d %d %d", L->radial_width, L->radial_depth, L->mlp_n);
    for (int i = 0; i < L->mlp_n; i++)
        emit_raw(&k, " %d", L->mlp_hidden[i]);
    for (int w = pl->il->first_weight; w < pl->il->first_weight + pl->il->nweights; w++) {
        const ir_weight *wt = &cx->p->weights[w];
        emit_raw(&k, "|%ld:%d,%d,%d,%d", wt->offset - pl->wbase, wt->shape[0], wt->ndim == 2 ? wt->shape[1] : 0,
                 (int)wt->init, wt->fan_in);
    }
    unsigned h = 2166136261u;
    for (size_t i = 0; i < k.len; i++)
        h = (h ^ (unsigned char)k.s[i]) * 16777619u;
    *hash = h;
    return k.s;   /* malloc'd: plan_build keeps one copy per distinct shape in the arena */
}

int plan_edge_inputs(arena *mem, const model *m, plan_rin **out)
{
    int n = 0;
    for (int q = 0; q < m->nedges; q++)
        n += m->edges[q].kind == EDGE_PRODUCT ? m->edges[q].f.c[0] : m->edges[q].kind == EDGE_BONDS ? 4 : 0;
    plan_rin *r = arena_alloc(mem, (size_t)(n ? n : 1) * sizeof *r);
    int t = 0;
    for (int q = 0; q < m->nedges; q++) {
        const edge_field *ef = &m->edges[q];
        if (ef->kind == EDGE_PRODUCT) {
            const int oa = model_scalar_offset(m, ef->a), ob = model_scalar_offset(m, ef->b);
            for (int c = 0; c < ef->f.c[0]; c++)
                r[t++] = (plan_rin){ .kind = EDGE_PRODUCT, .a_off = oa + c, .b_off = ob + c, .field = ef->name,
                                     .a_name = m->inputs[ef->a].name, .b_name = m->inputs[ef->b].name };
        } else if (ef->kind == EDGE_BONDS) {
            for (int c = 0; c < 4; c++)
                r[t++] = (plan_rin){ .kind = EDGE_BONDS, .bond = c, .field = ef->name };
        }
    }
    *out = r;
    return n;
}

plan *plan_build(arena *mem, const ir *p)
{
    const model *m = p->m;
    plan *pn = arena_alloc(mem, sizeof *pn);
    pn->p = p;
    pn->m = m;
    pn->nlayers = p->nlayers;
    pn->layers = arena_alloc(mem, (size_t)(p->nlayers ? p->nlayers : 1) * sizeof *pn->layers);
    pn->x0 = plan_fibre(&m->in);
    pn->nrin = plan_edge_inputs(mem, m, &pn->rin);
    pn->nin = pn->nrin + 1;
    pn->nsh = (p->lmax_sh + 1) * (p->lmax_sh + 1);
    pn->work_dim = plan_work_dim(m);
    pn->max_width = m->n_edge_scalars + 1;
    for (int i = 0; i < p->nlayers; i++) {
        const ir_layer *il = &p->layers[i];
        const layer *L = il->L;
        plan_layer *pl = &pn->layers[i];
        plan_cx cx = { .mem = mem, .p = p, .pl = pl, .next = il->first_weight };
        pl->L = L;
        pl->il = il;
        pl->index = i;
        pl->wbase = il->nweights ? p->weights[il->first_weight].offset : 0;
        for (int w = il->first_weight; w < il->first_weight + il->nweights; w++)
            pl->wsize += p->weights[w].size;
        pl->in_buf = plan_in_buf(i);
        pl->in = pl->in_buf == PLAN_BUF_INPUT ? plan_input_row(m) : plan_fibre(&L->in);
        pl->out = plan_fibre(&L->out);
        pl->send = plan_fibre(&L->send);
        pl->key = plan_fibre(&L->key);
        pl->value = plan_fibre(&L->value);
        pl->mid = plan_fibre(&L->mid);
        pl->out_buf = plan_out_buf(i);
        pl->out_per_graph = L->per_graph || L->kind == LAYER_POOL;
        pl->flops_edge = il->flops_edge;
        pl->flops_node = il->flops_node;
        switch (L->kind) {
        case LAYER_ATTENTION:
        case LAYER_CONV: plan_message_layer(&cx, pl, m); break;
        case LAYER_NORM: plan_norm(&cx, pl); break;
        case LAYER_SELFINT:
            pl->si = plan_per_degree(&cx, L->si == SI_LINEAR ? "w" : "asi", L->si != SI_LINEAR, &pl->out, &pl->in);
            if (L->bias) {
                pl->has_bias = 1;
                pl->bias = plan_weight(&cx, "b");
            }
            break;
        case LAYER_POOL: break;
        case LAYER_MLP: plan_mlp(&cx, pl); break;
        case LAYER_GATE: plan_gate(pl); break;
        }
        for (int q = 0; q < il->nradials; q++)
            if (il->radials[q].width > pn->max_width)
                pn->max_width = il->radials[q].width;
        char *key = plan_shape_key(&cx, pl, &pl->shape_hash);
        pl->shape = i;
        for (int j = 0; j < i; j++)
            if (pn->layers[j].shape == j && pn->layers[j].shape_hash == pl->shape_hash &&
                strcmp(pn->layers[j].shape_key, key) == 0) {
                pl->shape = j;
                break;
            }
        if (pl->shape == i) {
            pn->nshapes++;
            pl->shape_key = arena_strdup(mem, key);
        } else {
            pl->shape_key = pn->layers[pl->shape].shape_key;
        }
        free(key);
        pn->layers[pl->shape].nshare++;
        pl->fn = pn->layers[pl->shape].L->name;
    }
    for (int i = 0; i < p->nlayers; i++)
        pn->layers[i].nshare = pn->layers[pn->layers[i].shape].nshare;
    if (p->nlayers) {
        pn->result_buf = pn->layers[p->nlayers - 1].out_buf;
        pn->result_dim = pn->layers[p->nlayers - 1].out.dim;
    }
    return pn;
}

void plan_dump(const plan *pn, FILE *out)
{
    fprintf(out, "plan %s: %d layers, %d shapes, work rows of %ld, result in buffer %d\n", pn->m->name, pn->nlayers,
            pn->nshapes, pn->work_dim, pn->result_buf);
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        fprintf(out, "  %s: buffers %d -> %d, weights at %ld (%ld), code %s%s\n", pl->L->name, pl->in_buf, pl->out_buf,
                pl->wbase, pl->wsize, pl->fn, pl->nshare > 1 ? " (shared)" : "");
    }
}
