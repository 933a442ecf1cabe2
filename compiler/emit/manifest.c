/* manifest.c - writes the manifest (docs/host.md) with cJSON: the resolved plan as the runtime
 * needs it. Dimensions, buffers and per-layer facts come from the plan (plan.h); the weight list
 * is the IR's weight table (names, shapes, initialisation, offsets), which is what the plan
 * resolves each layer's weight references into. Field layouts follow docs/semantics.md; a field
 * of several degrees is listed once per degree as NAME_l. */
#include "manifest.h"

#include "emit_c.h"
#include "internal.h"
#include "se3rt_abi.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

/* The compiler's enums are the ABI's (include/se3rt_abi.h), which gives them their names. */
_Static_assert(SE3_LMAX == SE3M_LMAX, "degree limit differs from the ABI's");
_Static_assert(FIELD_PROPERTY == (int)SE3M_SRC_PROPERTY && FIELD_CONST == (int)SE3M_SRC_CONST &&
               FIELD_POS_Z == (int)SE3M_SRC_POS_Z && FIELD_POS_XY == (int)SE3M_SRC_POS_XY &&
               FIELD_SPECIES == (int)SE3M_SRC_SPECIES && FIELD_ATOMIC_NUMBER == (int)SE3M_SRC_ATOMIC_NUMBER,
               "field sources differ from the ABI's");
_Static_assert(IR_INIT_UNIFORM == (int)SE3M_INIT_UNIFORM && IR_INIT_NORMAL == (int)SE3M_INIT_NORMAL &&
               IR_INIT_ONES == (int)SE3M_INIT_ONES && IR_INIT_ZEROS == (int)SE3M_INIT_ZEROS,
               "initialisers differ from the ABI's");

/* One entry per degree of each field: {"name", "degree", "channels", ...}. */
static void manifest_fields(arena *mem, cJSON *arr, const field *fs, int n, const char *per, int with_src,
                            const field *inputs)
{
    for (int i = 0; i < n; i++) {
        const field *fd = &fs[i];
        int ndeg = 0;
        for (int l = 0; l <= SE3_LMAX; l++)
            ndeg += fd->f.c[l] > 0;
        for (int l = 0; l <= SE3_LMAX; l++) {
            if (!fd->f.c[l])
                continue;
            cJSON *o = cJSON_CreateObject();
            if (ndeg == 1) {
                cJSON_AddStringToObject(o, "name", fd->name);
            } else {
                char *name = arena_printf(mem, "%s_%d", fd->name, l);
                cJSON_AddStringToObject(o, "name", name);
            }
            cJSON_AddStringToObject(o, "field", fd->name);
            cJSON_AddNumberToObject(o, "degree", l);
            cJSON_AddNumberToObject(o, "channels", fd->f.c[l]);
            if (per)
                cJSON_AddStringToObject(o, "per", per);
            if (!with_src && fd->energy)
                cJSON_AddStringToObject(o, "kind", "energy");
            if (!with_src && fd->ref_input >= 0) {
                const field *sp = &inputs[fd->ref_input];
                cJSON *r = cJSON_AddObjectToObject(o, "reference");
                cJSON_AddStringToObject(r, "input", sp->name);
                cJSON *vs = cJSON_AddArrayToObject(r, "values");
                for (int c = 0; c < sp->f.c[0]; c++)
                    cJSON_AddItemToArray(vs, cJSON_CreateNumber(fd->ref[c]));
            }
            if (with_src) {
                cJSON_AddStringToObject(o, "source", se3m_source_name((int)fd->src));
                if (fd->src == FIELD_CONST)
                    cJSON_AddNumberToObject(o, "value", fd->value);
                if (fd->edge_only)  /* read like any input; only edge products use it */
                    cJSON_AddBoolToObject(o, "edge_only", 1);
                if (fd->src == FIELD_SPECIES) {
                    cJSON *sp = cJSON_AddArrayToObject(o, "species");
                    for (int c = 0; c < fd->f.c[0]; c++)
                        cJSON_AddItemToArray(sp, cJSON_CreateString(fd->species[c]));
                }
            }
            cJSON_AddItemToArray(arr, o);
        }
    }
}

static cJSON *manifest_fibre(const fibre *f)
{
    cJSON *a = cJSON_CreateArray();
    for (int l = 0; l <= SE3_LMAX; l++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(f->c[l]));
    return a;
}

/* `s` as valid UTF-8 (JSON text must be): each byte that does not start or continue a
 * well-formed sequence becomes '?'. cJSON then escapes quotes and control characters. */
static const char *manifest_utf8(arena *mem, const char *s)
{
    size_t n = strlen(s);
    char *o = arena_strndup(mem, s, n);
    for (size_t i = 0; i < n;) {
        int len = text_utf8_len((const unsigned char *)o + i);
        if (!len)
            o[i++] = '?';
        else
            i += (size_t)len;
    }
    return o;
}

char *manifest_json(const ir *p)
{
    return manifest_json_lib(p, NULL);
}

char *manifest_json_lib(const ir *p, const manifest_lib *lib)
{
    static const char *const graph_kinds[] = { "full", "knn", "radius", "given" };
    const model *m = p->m;
    const plan *pn = emit_plan(p);
    cJSON *root = cJSON_CreateObject();
    arena mem = { 0 };
    cJSON_AddStringToObject(root, "name", m->name);
    cJSON_AddStringToObject(root, "spec", manifest_utf8(&mem, m->file));
    cJSON_AddStringToObject(root, "se3tc", SE3TC_VERSION);
    cJSON_AddNumberToObject(root, "abi", SE3M_ABI_VERSION);
    cJSON_AddStringToObject(root, "precision", m->prec == PREC_F32 ? "f32" : "f64");
    cJSON_AddStringToObject(root, "symmetry", m->z_only ? "z" : "se3");

    cJSON *g = cJSON_AddObjectToObject(root, "graph");
    cJSON_AddStringToObject(g, "kind", graph_kinds[m->graph]);
    if (m->graph == GRAPH_KNN)
        cJSON_AddNumberToObject(g, "k", m->knn_k);
    if (m->graph == GRAPH_RADIUS) {
        cJSON_AddNumberToObject(g, "r", m->radius);
        cJSON_AddNumberToObject(g, "max", m->radius_max);
    }
    int bonds = 0;
    for (int i = 0; i < m->nedges; i++)
        bonds |= m->edges[i].kind == EDGE_BONDS;
    cJSON_AddBoolToObject(g, "bond_scalars", bonds);

    manifest_fields(&mem, cJSON_AddArrayToObject(root, "inputs"), m->inputs, m->ninputs, NULL, 1, m->inputs);
    manifest_fields(&mem, cJSON_AddArrayToObject(root, "outputs"), m->outputs, m->noutputs,
                    m->out_per_graph ? "graph" : "node", 0, m->inputs);
    cJSON_AddItemToObject(root, "in_fibre", manifest_fibre(&m->in));
    cJSON_AddItemToObject(root, "out_fibre", manifest_fibre(&pn->layers[pn->nlayers - 1].L->out));
    cJSON_AddNumberToObject(root, "in_dim", pn->x0.dim);
    cJSON_AddNumberToObject(root, "out_dim", pn->result_dim);

    cJSON *ws = cJSON_AddArrayToObject(root, "weights");
    for (int i = 0; i < p->nweights; i++) {
        const ir_weight *w = &p->weights[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "name", w->name);
        cJSON *sh = cJSON_AddArrayToObject(o, "shape");
        for (int d = 0; d < w->ndim; d++)
            cJSON_AddItemToArray(sh, cJSON_CreateNumber(w->shape[d]));
        cJSON_AddStringToObject(o, "init", se3m_init_name((int)w->init));
        if (w->init == IR_INIT_UNIFORM || w->init == IR_INIT_NORMAL)
            cJSON_AddNumberToObject(o, "fan_in", w->fan_in);
        cJSON_AddNumberToObject(o, "offset", (double)w->offset);
        cJSON_AddItemToArray(ws, o);
    }
    cJSON_AddNumberToObject(root, "nparams", (double)p->nparams);

    cJSON *fl = cJSON_AddObjectToObject(root, "flops");
    cJSON_AddNumberToObject(fl, "forward_per_edge", p->flops_edge);
    cJSON_AddNumberToObject(fl, "forward_per_node", p->flops_node);
    /* backward: recomputation plus the transposed products, about twice the forward */
    cJSON_AddNumberToObject(fl, "backward_per_edge", 2 * p->flops_edge);
    cJSON_AddNumberToObject(fl, "backward_per_node", 2 * p->flops_node);

    /* the activation buffers every backend allocates (se3rt_abi.h): enough for any layer */
    cJSON *wk = cJSON_AddObjectToObject(root, "work");
    cJSON_AddNumberToObject(wk, "buffers", SE3M_NBUFFERS);
    cJSON_AddNumberToObject(wk, "row_reals", (double)pn->work_dim);

    cJSON *ls = cJSON_AddArrayToObject(root, "layers");
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (pl->out_buf != se3m_out_buffer(i))   /* the plan follows the ABI's buffer rule */
            SE3C_INTERNAL("layer '%s' writes buffer %d, the ABI says %d", pl->L->name, pl->out_buf, se3m_out_buffer(i));
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "name", pl->L->name);
        cJSON_AddStringToObject(o, "kind", layer_kind_name(pl->L->kind));
        cJSON_AddNumberToObject(o, "in_dim", pl->in.dim);
        cJSON_AddNumberToObject(o, "out_dim", pl->out.dim);
        cJSON_AddNumberToObject(o, "out_buffer", pl->out_buf);
        cJSON_AddBoolToObject(o, "in_per_graph", pl->L->per_graph);
        cJSON_AddBoolToObject(o, "out_per_graph", pl->out_per_graph);
        cJSON_AddNumberToObject(o, "paths", pl->il->npaths);
        cJSON_AddNumberToObject(o, "flops_per_edge", pl->flops_edge);
        cJSON_AddNumberToObject(o, "flops_per_node", pl->flops_node);
        cJSON_AddBoolToObject(o, "per_graph", pl->L->per_graph);
        cJSON_AddItemToArray(ls, o);
    }
    if (lib) {
        cJSON *lo = cJSON_AddObjectToObject(root, "library");
        cJSON_AddStringToObject(lo, "source_sha256", lib->source_sha256);
        cJSON_AddStringToObject(lo, "compiler", manifest_utf8(&mem, lib->compiler));
        if (lib->shared) {
            cJSON_AddStringToObject(lo, "shared", manifest_utf8(&mem, lib->shared));
            cJSON_AddStringToObject(lo, "shared_sha256", lib->shared_sha256);
        }
        if (lib->object)
            cJSON_AddStringToObject(lo, "object", manifest_utf8(&mem, lib->object));
        if (lib->archive)
            cJSON_AddStringToObject(lo, "static", manifest_utf8(&mem, lib->archive));
    }
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    arena_free(&mem);
    return s;
}
