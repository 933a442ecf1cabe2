/* model_manifest.c - reads a model's manifest (docs/host.md) with cJSON and checks it before
 * anything runs: the ABI version, every weight's offset against the packed order, each layer's
 * widths against its neighbours and the model's fibres, the activation buffers against every
 * layer. The runtime uses these numbers as given and recomputes none of them; a manifest that
 * does not add up is refused with one line naming the weight, layer or field. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model_impl.h"

static se3rt_status field_list(se3rt_model *m, const cJSON *arr, rt_fdesc **out, int *n, int inputs)
{
    int cnt = cJSON_GetArraySize(arr);
    *out = rt_calloc(m->ctx, (size_t)(cnt ? cnt : 1), sizeof **out);
    if (!*out)
        return SE3RT_ERR_NOMEM;
    *n = cnt;
    for (int i = 0; i < cnt; i++) {
        const cJSON *o = cJSON_GetArrayItem(arr, i);
        const cJSON *nm = cJSON_GetObjectItem(o, "name"), *fd = cJSON_GetObjectItem(o, "field");
        const cJSON *dg = cJSON_GetObjectItem(o, "degree"), *ch = cJSON_GetObjectItem(o, "channels");
        if (!cJSON_IsString(nm) || !cJSON_IsString(fd) || !cJSON_IsNumber(dg) || !cJSON_IsNumber(ch) ||
            dg->valueint < 0 || dg->valueint > SE3M_LMAX || ch->valueint < 1)
            return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: field %d of %s is malformed", i,
                            inputs ? "inputs" : "outputs");
        rt_fdesc *f = &(*out)[i];
        f->name = rt_strdup(m->ctx, nm->valuestring);
        f->field = rt_strdup(m->ctx, fd->valuestring);
        if (!f->name || !f->field)
            return SE3RT_ERR_NOMEM;
        f->degree = dg->valueint;
        f->channels = ch->valueint;
        if (!inputs)
            continue;
        const cJSON *src = cJSON_GetObjectItem(o, "source");
        const char *s = cJSON_IsString(src) ? src->valuestring : "property";
        if ((f->source = se3m_source_parse(s)) < 0)
            return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: input '%s' has unknown source '%s'", f->name, s);
        const cJSON *v = cJSON_GetObjectItem(o, "value");
        f->value = cJSON_IsNumber(v) ? v->valuedouble : 0;
        if (f->source == SE3M_SRC_SPECIES) {
            const cJSON *sp = cJSON_GetObjectItem(o, "species");
            if (cJSON_GetArraySize(sp) != f->channels)
                return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: input '%s' lists %d species for %d channels",
                                f->name, cJSON_GetArraySize(sp), f->channels);
            f->species = rt_calloc(m->ctx, (size_t)f->channels, sizeof *f->species);
            if (!f->species)
                return SE3RT_ERR_NOMEM;
            for (int c = 0; c < f->channels; c++) {
                const cJSON *e = cJSON_GetArrayItem(sp, c);
                if (!cJSON_IsString(e) || !(f->species[c] = rt_strdup(m->ctx, e->valuestring)))
                    return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: input '%s' species list is malformed",
                                    f->name);
            }
        }
    }
    return SE3RT_OK;
}

static int read_fibre(const cJSON *arr, int *c)
{
    if (cJSON_GetArraySize(arr) != SE3M_LMAX + 1)
        return -1;
    for (int l = 0; l <= SE3M_LMAX; l++) {
        const cJSON *v = cJSON_GetArrayItem(arr, l);
        if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 1e6)
            return -1;
        c[l] = v->valueint;
    }
    return 0;
}

static int fibre_reals(const int *c)
{
    int d = 0;
    for (int l = 0; l <= SE3M_LMAX; l++)
        d += c[l] * (2 * l + 1);
    return d;
}

/* A whole number in [lo, hi] under `key` of o, or -1 (absent, not a number, fractional, out of range). */
static int64_t read_count(const cJSON *o, const char *key, double lo, double hi)
{
    const cJSON *v = cJSON_GetObjectItem(o, key);
    if (!cJSON_IsNumber(v) || v->valuedouble < lo || v->valuedouble > hi || v->valuedouble != floor(v->valuedouble))
        return -1;
    return (int64_t)v->valuedouble;
}

static se3rt_status read_graph(se3rt_model *m, const cJSON *g)
{
    const cJSON *kind = cJSON_GetObjectItem(g, "kind");
    const char *k = cJSON_IsString(kind) ? kind->valuestring : "";
    if (strcmp(k, "full") == 0)
        m->graph.kind = SE3RT_GRAPH_FULL;
    else if (strcmp(k, "knn") == 0)
        m->graph.kind = SE3RT_GRAPH_KNN;
    else if (strcmp(k, "radius") == 0)
        m->graph.kind = SE3RT_GRAPH_RADIUS;
    else if (strcmp(k, "given") == 0)
        m->graph.kind = SE3RT_GRAPH_GIVEN;
    else
        return rt_error(m->ctx, SE3RT_ERR_FORMAT, "manifest: unknown graph kind '%s'", k);
    const cJSON *gk = cJSON_GetObjectItem(g, "k"), *gr = cJSON_GetObjectItem(g, "r"), *gm = cJSON_GetObjectItem(g, "max");
    if (m->graph.kind == SE3RT_GRAPH_KNN)
        m->graph.k = cJSON_IsNumber(gk) ? gk->valueint : 0;
    if (m->graph.kind == SE3RT_GRAPH_RADIUS) {
        m->graph.r = cJSON_IsNumber(gr) ? gr->valuedouble : 0;
        m->graph.k = cJSON_IsNumber(gm) ? gm->valueint : 0;
    }
    m->bond_scalars = cJSON_IsTrue(cJSON_GetObjectItem(g, "bond_scalars"));
    return SE3RT_OK;
}

/* Weights: shapes, initialisers, and offsets that pack them in manifest order. */
static se3rt_status read_weights(se3rt_model *m, const cJSON *ws, const cJSON *np)
{
    se3rt_ctx *ctx = m->ctx;
    m->nweights = cJSON_GetArraySize(ws);
    m->weights = rt_calloc(ctx, (size_t)(m->nweights ? m->nweights : 1), sizeof *m->weights);
    if (!m->weights)
        return SE3RT_ERR_NOMEM;
    for (int i = 0; i < m->nweights; i++) {
        const cJSON *o = cJSON_GetArrayItem(ws, i);
        const cJSON *wn = cJSON_GetObjectItem(o, "name"), *sh = cJSON_GetObjectItem(o, "shape");
        const cJSON *in = cJSON_GetObjectItem(o, "init");
        rt_wdesc *w = &m->weights[i];
        if (!cJSON_IsString(wn) || !cJSON_IsArray(sh) || cJSON_GetArraySize(sh) < 1 || cJSON_GetArraySize(sh) > 2 ||
            !cJSON_IsString(in))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight %d is malformed", i);
        if (!(w->name = rt_strdup(ctx, wn->valuestring)))
            return SE3RT_ERR_NOMEM;
        w->ndim = cJSON_GetArraySize(sh);
        w->size = 1;
        for (int d = 0; d < w->ndim; d++) {
            const cJSON *v = cJSON_GetArrayItem(sh, d);
            if (!cJSON_IsNumber(v) || v->valuedouble < 1 || v->valuedouble > 1e9)
                return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' has a bad shape", w->name);
            w->shape[d] = (int64_t)v->valuedouble;
            w->size *= w->shape[d];
        }
        if ((w->init = se3m_init_parse(in->valuestring)) < 0)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' has unknown init '%s'", w->name,
                            in->valuestring);
        if (w->init == SE3M_INIT_UNIFORM || w->init == SE3M_INIT_NORMAL) {
            int64_t fan_in = read_count(o, "fan_in", 1, 1e9);
            if (fan_in < 0)
                return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' needs a positive fan_in", w->name);
            w->scale = 1.0 / sqrt((double)fan_in);
        }
        /* the generated code has the offsets compiled in: they must be where packing puts them */
        w->offset = read_count(o, "offset", 0, 1e15);
        if (w->offset != m->nparams)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: weight '%s' has offset %s%lld, expected %lld (weights "
                            "are packed in manifest order)", w->name, w->offset < 0 ? "missing or bad " : "",
                            (long long)(w->offset < 0 ? 0 : w->offset), (long long)m->nparams);
        m->nparams += w->size;
    }
    if (!cJSON_IsNumber(np) || np->valuedouble != (double)m->nparams)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: nparams %.0f, but the weights hold %lld",
                        cJSON_IsNumber(np) ? np->valuedouble : -1.0, (long long)m->nparams);
    return SE3RT_OK;
}

/* Layers: widths that chain from in_dim to out_dim, the buffer rule, and buffers wide enough. */
static se3rt_status read_layers(se3rt_model *m, const cJSON *ls, const cJSON *work)
{
    se3rt_ctx *ctx = m->ctx;
    m->nlayers = cJSON_GetArraySize(ls);
    if (m->nlayers < 1)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: the model has no layers");
    m->layers = rt_calloc(ctx, (size_t)m->nlayers, sizeof *m->layers);
    if (!m->layers)
        return SE3RT_ERR_NOMEM;
    if (read_count(work, "buffers", 0, 1e6) != SE3M_NBUFFERS ||
        (m->work_row_reals = read_count(work, "row_reals", 1, 1e9)) < 0)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: work needs buffers = %d and a positive row_reals",
                        SE3M_NBUFFERS);
    int prev_dim = m->in_dim, prev_graph = 0;
    for (int i = 0; i < m->nlayers; i++) {
        const cJSON *o = cJSON_GetArrayItem(ls, i);
        const cJSON *ln = cJSON_GetObjectItem(o, "name");
        rt_ldesc *L = &m->layers[i];
        if (!cJSON_IsString(ln))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer %d has no name", i);
        if (!(L->name = rt_strdup(ctx, ln->valuestring)))
            return SE3RT_ERR_NOMEM;
        int64_t din = read_count(o, "in_dim", 1, 1e9), dout = read_count(o, "out_dim", 1, 1e9);
        int64_t buf = read_count(o, "out_buffer", 0, 1e6);
        if (din < 0 || dout < 0 || buf < 0)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer '%s' needs in_dim, out_dim and out_buffer",
                            L->name);
        L->in_dim = (int)din;
        L->out_dim = (int)dout;
        L->in_per_graph = cJSON_IsTrue(cJSON_GetObjectItem(o, "in_per_graph"));
        L->out_per_graph = cJSON_IsTrue(cJSON_GetObjectItem(o, "out_per_graph"));
        if (L->in_dim != prev_dim)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer '%s' has in_dim %d, but its input has %d reals "
                            "per row", L->name, L->in_dim, prev_dim);
        if (L->in_per_graph != prev_graph)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer '%s' reads per-%s rows, but its input is per %s",
                            L->name, L->in_per_graph ? "graph" : "node", prev_graph ? "graph" : "node");
        if (buf != se3m_out_buffer(i))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer '%s' writes buffer %lld, the ABI's rule gives %d",
                            L->name, (long long)buf, se3m_out_buffer(i));
        if (L->out_dim > m->work_row_reals)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: layer '%s' writes %d reals per row, the work buffers "
                            "hold %lld", L->name, L->out_dim, (long long)m->work_row_reals);
        const cJSON *fe = cJSON_GetObjectItem(o, "flops_per_edge"), *fn = cJSON_GetObjectItem(o, "flops_per_node");
        L->flops_edge = cJSON_IsNumber(fe) ? fe->valuedouble : 0;
        L->flops_node = cJSON_IsNumber(fn) ? fn->valuedouble : 0;
        prev_dim = L->out_dim;
        prev_graph = L->out_per_graph;
    }
    const rt_ldesc *last = &m->layers[m->nlayers - 1];
    if (last->out_dim != m->out_dim || last->out_per_graph != m->out_per_graph)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: the last layer '%s' writes %d reals per %s, the outputs "
                        "need %d per %s", last->name, last->out_dim, last->out_per_graph ? "graph" : "node",
                        m->out_dim, m->out_per_graph ? "graph" : "node");
    return SE3RT_OK;
}

/* The energy output (`"kind": "energy"`, a per-graph 1x0) and its reference energies
 * (`"reference": {"input": NAME, "values": [one per channel of that species input]}`). */
static se3rt_status read_energy(se3rt_model *m, const cJSON *outs)
{
    se3rt_ctx *ctx = m->ctx;
    m->energy_col = -1;
    int col0 = 0; /* degree-0 columns of the outputs before this one */
    for (int i = 0; i < m->noutputs; i++) {
        const cJSON *o = cJSON_GetArrayItem(outs, i), *k = cJSON_GetObjectItem(o, "kind");
        const cJSON *r = cJSON_GetObjectItem(o, "reference");
        const rt_fdesc *f = &m->outputs[i];
        int energy = cJSON_IsString(k) && strcmp(k->valuestring, "energy") == 0;
        if (f->degree == 0)
            col0 += f->channels;
        if (!energy && !r)
            continue;
        if (!energy || m->energy_col >= 0 || !m->out_per_graph || f->degree != 0 || f->channels != 1)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: output '%s': an energy output (with reference "
                            "energies) must be the one per-graph 1x0 output of kind energy", f->name);
        m->energy_col = col0 - 1;
        if (!r)
            continue;
        const cJSON *in = cJSON_GetObjectItem(r, "input"), *vs = cJSON_GetObjectItem(r, "values");
        int col = 0, found = -1;
        for (int j = 0; j < m->ninputs && found < 0 && cJSON_IsString(in); j++) {
            if (m->inputs[j].degree == 0 && strcmp(m->inputs[j].field, in->valuestring) == 0 &&
                m->inputs[j].source == SE3M_SRC_SPECIES)
                found = j;
            else if (m->inputs[j].degree == 0)
                col += m->inputs[j].channels;
        }
        if (found < 0 || !cJSON_IsArray(vs) || cJSON_GetArraySize(vs) != m->inputs[found].channels)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: output '%s': reference energies need a species input "
                            "and one value per channel", f->name);
        m->nref = m->inputs[found].channels;
        m->ref_col = col;
        if (!(m->ref = rt_calloc(ctx, (size_t)m->nref, sizeof *m->ref)))
            return SE3RT_ERR_NOMEM;
        for (int c = 0; c < m->nref; c++) {
            const cJSON *v = cJSON_GetArrayItem(vs, c);
            if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble))
                return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: output '%s': reference energy %d is not a finite "
                                "number", f->name, c + 1);
            m->ref[c] = v->valuedouble;
        }
    }
    return SE3RT_OK;
}

static int is_sha256_hex(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
            return 0;
    return n == 64;
}

/* "library" (written by `se3tc compile --shared/--static/--object`, docs/host.md): the shared
 * object's file name beside the manifest (a plain name: no folder, not "." or ".."), the SHA-256
 * of its bytes and of the NAME.c it was built from. Optional; other members are information. */
static se3rt_status read_library(se3rt_model *m, const cJSON *lib)
{
    if (!lib)
        return SE3RT_OK;
    se3rt_ctx *ctx = m->ctx;
    const cJSON *src = cJSON_GetObjectItem(lib, "source_sha256"), *so = cJSON_GetObjectItem(lib, "shared");
    const cJSON *sosum = cJSON_GetObjectItem(lib, "shared_sha256");
    if (!cJSON_IsObject(lib) || !cJSON_IsString(src) || !is_sha256_hex(src->valuestring))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: library needs source_sha256 (64 lower-case hex digits)");
    snprintf(m->lib.source_sha256, sizeof m->lib.source_sha256, "%s", src->valuestring);
    if (!so)
        return SE3RT_OK;
    if (!cJSON_IsString(so) || !so->valuestring[0] || strchr(so->valuestring, '/') ||
        strcmp(so->valuestring, ".") == 0 || strcmp(so->valuestring, "..") == 0 || strlen(so->valuestring) > 255)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: library.shared must be a file name beside the manifest");
    if (!cJSON_IsString(sosum) || !is_sha256_hex(sosum->valuestring))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: library.shared_sha256 must be 64 lower-case hex digits");
    snprintf(m->lib.shared, sizeof m->lib.shared, "%s", so->valuestring);
    snprintf(m->lib.shared_sha256, sizeof m->lib.shared_sha256, "%s", sosum->valuestring);
    return SE3RT_OK;
}

se3rt_status rt_manifest_read(se3rt_model *m, const char *json)
{
    se3rt_ctx *ctx = m->ctx;
    se3rt_status st = SE3RT_OK;
    cJSON *root = cJSON_Parse(json);
    if (!root)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: not valid JSON");
    const cJSON *name = cJSON_GetObjectItem(root, "name"), *prec = cJSON_GetObjectItem(root, "precision");
    const cJSON *abi = cJSON_GetObjectItem(root, "abi"), *g = cJSON_GetObjectItem(root, "graph");
    const cJSON *ws = cJSON_GetObjectItem(root, "weights"), *ls = cJSON_GetObjectItem(root, "layers");
    const cJSON *ins = cJSON_GetObjectItem(root, "inputs"), *outs = cJSON_GetObjectItem(root, "outputs");
    const cJSON *work = cJSON_GetObjectItem(root, "work");
    if (!cJSON_IsString(name) || !cJSON_IsString(prec) || !cJSON_IsObject(g) || !cJSON_IsArray(ws) ||
        !cJSON_IsArray(ls) || !cJSON_IsArray(ins) || !cJSON_IsArray(outs) || !cJSON_IsObject(work)) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT,
                      "manifest: missing name, precision, graph, inputs, outputs, weights, layers or work");
        goto done;
    }
    if (!cJSON_IsNumber(abi) || abi->valuedouble != SE3M_ABI_VERSION) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: ABI version %g, this runtime needs %d (recompile the spec)",
                      cJSON_IsNumber(abi) ? abi->valuedouble : -1.0, SE3M_ABI_VERSION);
        goto done;
    }
    if (!(m->name = rt_strdup(ctx, name->valuestring))) {
        st = SE3RT_ERR_NOMEM;
        goto done;
    }
    if (strcmp(prec->valuestring, "f32") != 0 && strcmp(prec->valuestring, "f64") != 0) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: precision '%s' (expected f32 or f64)", prec->valuestring);
        goto done;
    }
    m->f32 = strcmp(prec->valuestring, "f32") == 0;
    if ((st = read_graph(m, g)))
        goto done;
    if (read_fibre(cJSON_GetObjectItem(root, "in_fibre"), m->in_fibre) ||
        read_fibre(cJSON_GetObjectItem(root, "out_fibre"), m->out_fibre)) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: in_fibre and out_fibre need %d channel counts", SE3M_LMAX + 1);
        goto done;
    }
    m->in_dim = fibre_reals(m->in_fibre);
    m->out_dim = fibre_reals(m->out_fibre);
    if (read_count(root, "in_dim", 0, 1e9) != m->in_dim || read_count(root, "out_dim", 0, 1e9) != m->out_dim) {
        st = rt_error(ctx, SE3RT_ERR_FORMAT, "manifest: in_dim and out_dim must be the reals of in_fibre (%d) and "
                      "out_fibre (%d)", m->in_dim, m->out_dim);
        goto done;
    }
    if ((st = field_list(m, ins, &m->inputs, &m->ninputs, 1)) || (st = field_list(m, outs, &m->outputs, &m->noutputs, 0)))
        goto done;
    const cJSON *per = m->noutputs ? cJSON_GetObjectItem(cJSON_GetArrayItem(outs, 0), "per") : NULL;
    m->out_per_graph = cJSON_IsString(per) && strcmp(per->valuestring, "graph") == 0;
    if ((st = read_energy(m, outs)))
        goto done;
    if ((st = read_weights(m, ws, cJSON_GetObjectItem(root, "nparams"))))
        goto done;
    if ((st = read_layers(m, ls, work)))
        goto done;
    st = read_library(m, cJSON_GetObjectItem(root, "library"));
done:
    cJSON_Delete(root);
    return st;
}

static void fields_free(se3rt_ctx *ctx, rt_fdesc *f, int n)
{
    for (int i = 0; f && i < n; i++) {
        rt_free(ctx, f[i].name);
        rt_free(ctx, f[i].field);
        if (f[i].species)
            for (int c = 0; c < f[i].channels; c++)
                rt_free(ctx, f[i].species[c]);
        rt_free(ctx, f[i].species);
    }
    rt_free(ctx, f);
}

void rt_manifest_free(se3rt_model *m)
{
    se3rt_ctx *ctx = m->ctx;
    fields_free(ctx, m->inputs, m->ninputs);
    fields_free(ctx, m->outputs, m->noutputs);
    rt_free(ctx, m->ref);
    for (int i = 0; m->weights && i < m->nweights; i++)
        rt_free(ctx, m->weights[i].name);
    rt_free(ctx, m->weights);
    for (int i = 0; m->layers && i < m->nlayers; i++)
        rt_free(ctx, m->layers[i].name);
    rt_free(ctx, m->layers);
    rt_free(ctx, m->name);
}
