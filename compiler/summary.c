/* summary.c - the one-screen summary of a checked spec (`se3tc check --summary`): fibres,
 * layers, (k, l, J) paths, weights and FLOPs, read from the model, its IR's totals and the
 * resolved plan (each layer's weights). */
#include "summary.h"

#include <stdio.h>

#include "internal.h"
#include "plan.h"

static const char *summary_graph(arena *a, const model *m)
{
    switch (m->graph) {
    case GRAPH_FULL: return "full";
    case GRAPH_GIVEN: return "given (bonds)";
    case GRAPH_KNN: return arena_printf(a, "knn k=%d", m->knn_k);
    case GRAPH_RADIUS:
        return m->radius_max ? arena_printf(a, "radius r=%g max=%d", m->radius, m->radius_max)
                             : arena_printf(a, "radius r=%g", m->radius);
    }
    return "?";
}

static const char *summary_layer_opts(arena *a, const layer *L)
{
    static const char *const skips[] = { "cat", "sum", "none" };
    static const char *const sis[] = { "linear", "attentive", "none" };
    switch (L->kind) {
    case LAYER_ATTENTION:
        return arena_printf(a, "heads %d div %d skip %s self %s%s", L->heads, L->div, skips[L->skip], sis[L->si],
                            L->xij_add ? " xij add" : "");
    case LAYER_CONV:
        return arena_printf(a, "aggregate %s self %s%s", L->agg == AGG_SUM ? "sum" : "mean", sis[L->si],
                            L->xij_add ? " xij add" : "");
    case LAYER_NORM: return L->norm == NORM_LAYER ? "layer" : "bias";
    case LAYER_SELFINT: return arena_printf(a, "%s%s", sis[L->si], L->bias ? " bias" : "");
    case LAYER_POOL: return L->pool == POOL_MAX ? "max" : L->pool == POOL_SUM ? "sum" : "mean";
    case LAYER_MLP: {
        char *s = "hidden";
        for (int i = 0; i < L->mlp_n; i++)
            s = arena_printf(a, "%s %d", s, L->mlp_hidden[i]);
        return L->mlp_n ? s : "no hidden layer";
    }
    case LAYER_GATE: {
        static const char *const acts[] = { "silu", "relu", "tanh" }; /* ORDER ACT */
        return acts[L->act];
    }
    }
    return "";
}

void summary_print(const ir *p, FILE *out)
{
    arena a = { 0 };
    const model *m = p->m;
    const char *env = m->envelope == ENV_NONE ? "" :
                      m->envelope == ENV_POLY ? arena_printf(&a, ", envelope poly p=%d cutoff %g", m->env_p, m->env_cutoff) :
                      arena_printf(&a, ", envelope cosine cutoff %g", m->env_cutoff);
    fprintf(out, "%s: model %s (%s, graph %s, radial width %d depth %d%s%s)\n", m->file, m->name,
            m->prec == PREC_F32 ? "f32" : "f64", summary_graph(&a, m), m->radial_width, m->radial_depth, env,
            m->z_only ? ", equivariant about z only" : "");
    fprintf(out, "  inputs:  ");
    for (int i = 0; i < m->ninputs; i++)
        fprintf(out, "%s%s %s%s", i ? ", " : "", m->inputs[i].name, fibre_str(&a, &m->inputs[i].f),
                m->inputs[i].edge_only ? " (edge input)" : "");
    if (m->n_edge_inputs)
        fprintf(out, "  =>  %s (node features %s)\n", fibre_str(&a, &m->in), fibre_str(&a, &m->feat));
    else
        fprintf(out, "  =>  %s\n", fibre_str(&a, &m->in));
    if (m->nedges) {
        fprintf(out, "  edges:   ");
        for (int i = 0; i < m->nedges; i++) {
            const edge_field *e = &m->edges[i];
            const char *how = e->kind == EDGE_RELPOS ? "x_j - x_i, joined to sender features" :
                              e->kind == EDGE_BONDS ? "bond order one-hot" :
                              arena_printf(&a, "%s_i * %s_j", m->inputs[e->a].name, m->inputs[e->b].name);
            fprintf(out, "%s%s %s (%s)", i ? ", " : "", e->name, fibre_str(&a, &e->f), how);
        }
        fputc('\n', out);
    }
    if (!p->plan)
        SE3C_INTERNAL("the IR of '%s' has no plan (compile.c builds it)", m->name);
    fprintf(out, "  layers:\n");
    for (int i = 0; i < p->plan->nlayers; i++) {
        const plan_layer *pl = &p->plan->layers[i];
        const layer *L = pl->L;
        fprintf(out, "    %-10s %-9s %-16s -> %-16s %-38s paths %4d  weights %8ld\n", L->name,
                layer_kind_name(L->kind), fibre_str(&a, &L->in), fibre_str(&a, &L->out),
                summary_layer_opts(&a, L), pl->il->npaths, pl->wsize);
    }
    fprintf(out, "  outputs: ");
    for (int i = 0; i < m->noutputs; i++)
        fprintf(out, "%s%s %s%s", i ? ", " : "", m->outputs[i].name, fibre_str(&a, &m->outputs[i].f),
                m->outputs[i].energy ? (m->outputs[i].ref_input >= 0 ? " (energy, reference energies)" : " (energy)")
                                     : "");
    fprintf(out, " (per %s)\n", m->out_per_graph ? "graph" : "node");
    fprintf(out, "  total:   %d layers, %d (k, l, J) paths, %ld weights in %d tensors, "
            "%.3g MFLOP/edge + %.3g MFLOP/node forward\n",
            p->nlayers, p->npaths, p->nparams, p->nweights, p->flops_edge / 1e6, p->flops_node / 1e6);
    arena_free(&a);
}
