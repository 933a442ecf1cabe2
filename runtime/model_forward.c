/* model_forward.c - running a loaded model on a batch: one CSR graph over all its frames,
 * inputs converted from the file basis (degree 1 as x, y, z) to the internal one (y, z, x) and
 * to the model's precision, the checks every batch passes, forward on the chosen backend
 * (model_impl.h's interface) and the gradient entry points over the generated backward. */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "model_impl.h"
#include "rt_where.h"

/* File basis <-> internal basis for one row of a fibre: degree 1 is (x, y, z) in files and
 * (y, z, x) inside; other degrees are the same in both. */
static void model_row_convert(const int *fib, const double *in, double *out, int to_internal)
{
    int off = 0;
    for (int l = 0; l <= SE3M_LMAX; l++) {
        int nl = 2 * l + 1;
        for (int c = 0; c < fib[l]; c++) {
            const double *s = in + off + c * nl;
            double *d = out + off + c * nl;
            if (l == 1 && to_internal) {
                d[0] = s[1], d[1] = s[2], d[2] = s[0];
            } else if (l == 1) {
                d[0] = s[2], d[1] = s[0], d[2] = s[1];
            } else {
                memcpy(d, s, (size_t)nl * sizeof *d);
            }
        }
        off += fib[l] * nl;
    }
}

typedef struct model_run {
    int64_t n_nodes, n_edges;
    int64_t *row;
    int32_t *src;
    void *pos, *edge_attr, *node_in, *out, *work;
} model_run;

static void model_run_free(se3rt_model *m, model_run *r)
{
    rt_free(m->ctx, r->row);
    rt_free(m->ctx, r->src);
    rt_free(m->ctx, r->pos);
    rt_free(m->ctx, r->edge_attr);
    rt_free(m->ctx, r->node_in);
    rt_free(m->ctx, r->out);
    rt_free(m->ctx, r->work);
}

/* Build each graph's edges and merge them into one CSR with global node indices. */
static se3rt_status model_graphs(se3rt_model *m, const se3rt_batch *b, model_run *r)
{
    se3rt_ctx *ctx = m->ctx;
    int64_t n = r->n_nodes, cap = 0;
    r->row = rt_calloc(ctx, (size_t)n + 1, sizeof *r->row);
    if (!r->row)
        return SE3RT_ERR_NOMEM;
    double *attr = NULL;
    for (int32_t g = 0; g < b->n_graphs; g++) {
        int32_t lo = b->graph_ptr[g], hi = b->graph_ptr[g + 1];
        se3rt_bond *bonds = NULL;
        int64_t nb = 0;
        if (m->graph.kind == SE3RT_GRAPH_GIVEN) {
            bonds = rt_calloc(ctx, (size_t)(b->nbonds ? b->nbonds : 1), sizeof *bonds);
            if (!bonds) {
                rt_free(ctx, attr);
                return SE3RT_ERR_NOMEM;
            }
            for (int64_t q = 0; q < b->nbonds; q++) {
                const se3rt_bond *bd = &b->bonds[q];
                int in_i = bd->i >= lo && bd->i < hi, in_j = bd->j >= lo && bd->j < hi;
                if (in_i != in_j) {
                    rt_free(ctx, bonds);
                    rt_free(ctx, attr);
                    return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, rt_batch_frame(b, g), -1,
                                       "bond %lld of the batch joins atoms of different frames", (long long)q + 1);
                }
                if (in_i)
                    bonds[nb++] = (se3rt_bond){ bd->i - lo, bd->j - lo, bd->order };
            }
        }
        se3rt_graph *gr = NULL;
        se3rt_status st = se3rt_graph_new(ctx, &m->graph, b->pos + 3 * (int64_t)lo, hi - lo, bonds, nb, &gr);
        rt_free(ctx, bonds);
        if (st) {
            char msg[SE3RT_MSG_MAX];
            snprintf(msg, sizeof msg, "%s", se3rt_errmsg(ctx));
            rt_free(ctx, attr);
            /* the builder counts atoms and bonds within the frame: "atom 3: ..." becomes
             * "frame F, atom 3: ...", anything else "frame F: ..." */
            if (strncmp(msg, "atom ", 5) == 0)
                return rt_error(ctx, st, "frame %lld, %s", (long long)rt_batch_frame(b, g) + 1, msg);
            return rt_error_at(ctx, st, NULL, rt_batch_frame(b, g), -1, "%s", msg);
        }
        if (r->n_edges + gr->nedges > cap) {
            int64_t nc = cap ? 2 * cap : 1024;
            while (nc < r->n_edges + gr->nedges)
                nc *= 2;
            int32_t *ns = rt_realloc(ctx, r->src, (size_t)nc * sizeof *ns);
            if (!ns) {
                se3rt_graph_free(ctx, gr);
                rt_free(ctx, attr);
                return SE3RT_ERR_NOMEM;
            }
            r->src = ns;
            if (m->bond_scalars) {
                double *na = rt_realloc(ctx, attr, (size_t)nc * 4 * sizeof *na);
                if (!na) {
                    se3rt_graph_free(ctx, gr);
                    rt_free(ctx, attr);
                    return SE3RT_ERR_NOMEM;
                }
                attr = na;
            }
            cap = nc;
        }
        for (int32_t i = 0; i < gr->n; i++)
            r->row[lo + i + 1] = r->n_edges + gr->row[i + 1];
        for (int64_t e = 0; e < gr->nedges; e++) {
            r->src[r->n_edges + e] = gr->src[e] + lo;
            if (m->bond_scalars)
                for (int t = 0; t < 4; t++)
                    attr[(r->n_edges + e) * 4 + t] = gr->attr && gr->nattr == 4 ? gr->attr[e * 4 + t] : 0;
        }
        r->n_edges += gr->nedges;
        se3rt_graph_free(ctx, gr);
    }
    if (m->bond_scalars) {
        r->edge_attr = rt_model_reals(m, r->n_edges * 4);
        if (!r->edge_attr) {
            rt_free(ctx, attr);
            return SE3RT_ERR_NOMEM;
        }
        for (int64_t k = 0; k < r->n_edges * 4; k++)
            rt_model_put(m, r->edge_attr, k, attr[k]);
    }
    rt_free(ctx, attr);
    if (!r->src && !(r->src = rt_calloc(ctx, 1, sizeof *r->src)))
        return SE3RT_ERR_NOMEM;
    return SE3RT_OK;
}

se3rt_status se3rt_model_build_graph(se3rt_model *m, const se3rt_batch *b, se3rt_graph **out)
{
    *out = NULL;
    if (b->n_graphs < 1 || !b->graph_ptr || b->graph_ptr[0] != 0)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "a batch needs at least one graph and graph_ptr[0] = 0");
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    /* the bond attributes are wanted here even where the model does not read them */
    int keep = m->bond_scalars;
    m->bond_scalars = m->graph.kind == SE3RT_GRAPH_GIVEN;
    se3rt_status st = model_graphs(m, b, &r);
    m->bond_scalars = keep;
    se3rt_graph *g = st ? NULL : rt_calloc(m->ctx, 1, sizeof *g);
    double *attr = NULL;
    if (!st && !g)
        st = SE3RT_ERR_NOMEM;
    if (!st && r.edge_attr) {
        attr = rt_calloc(m->ctx, (size_t)r.n_edges * 4 + 1, sizeof *attr);
        if (!attr)
            st = SE3RT_ERR_NOMEM;
        for (int64_t k = 0; attr && k < r.n_edges * 4; k++)
            attr[k] = rt_model_get(m, r.edge_attr, k);
    }
    if (st) {
        rt_free(m->ctx, g);
        model_run_free(m, &r);
        return st;
    }
    g->n = (int32_t)r.n_nodes;
    g->nedges = r.n_edges;
    g->row = r.row;
    g->src = r.src;
    g->nattr = attr ? 4 : 0;
    g->attr = attr;
    r.row = NULL;
    r.src = NULL;
    model_run_free(m, &r);
    *out = g;
    return SE3RT_OK;
}

/* A non-finite value in output row i (an atom, or a graph for per-graph outputs), located. */
static se3rt_status model_output_error(se3rt_model *m, const se3rt_batch *b, int64_t i, const char *why)
{
    int64_t fr = rt_batch_frame(b, (int32_t)(m->out_per_graph ? i : 0)), at = -1;
    if (!m->out_per_graph)
        rt_batch_where(b, i, &fr, &at);
    return rt_error_at(m->ctx, SE3RT_ERR_INVALID, NULL, fr, at, "the model produced a non-finite output%s", why);
}

/* The checks every batch passes before it runs: graphs, finite positions and inputs. */
static se3rt_status model_check_batch(se3rt_model *m, const se3rt_batch *b)
{
    se3rt_ctx *ctx = m->ctx;
    if (b->n_graphs < 1 || !b->graph_ptr || b->graph_ptr[0] != 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "a batch needs at least one graph and graph_ptr[0] = 0");
    for (int32_t g = 0; g < b->n_graphs; g++)
        if (b->graph_ptr[g + 1] <= b->graph_ptr[g])
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, rt_batch_frame(b, g), -1, "empty frame (0 atoms)");
    const int64_t n_nodes = b->graph_ptr[b->n_graphs];
    int64_t fr, at;
    /* Magnitudes whose squares (distances, norms) the model's precision still holds: 1e15 in f32,
     * 1e150 in f64. A larger value would overflow inside the model and surface as a non-finite
     * output of some other atom; refused here, at the atom that holds it. */
    const double big = m->f32 ? 1e15 : 1e150;
    for (int64_t i = 0; i < n_nodes * 3; i++) {
        const double v = b->pos[i];
        if (isfinite(v) && fabs(v) <= big)
            continue;
        rt_batch_where(b, i / 3, &fr, &at);
        if (!isfinite(v))
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "non-finite position (%c = %s)", "xyz"[i % 3],
                               isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
        if (m->f32)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "coordinate %c = %g is too large for an f32 "
                               "model (|x| <= 1e15; use --precision f64)", "xyz"[i % 3], v);
        return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "coordinate %c = %g is too large (|x| <= 1e150)",
                           "xyz"[i % 3], v);
    }
    for (int64_t i = 0; i < n_nodes * m->in_dim; i++) {
        const double v = b->node_in[i];
        if (isfinite(v) && fabs(v) <= big)
            continue;
        rt_batch_where(b, i / m->in_dim, &fr, &at);
        if (!isfinite(v))
            return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "non-finite input value (column %lld)",
                               (long long)(i % m->in_dim) + 1);
        return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, fr, at, "input value %g (column %lld) is too large for an "
                           "%s model (|v| <= %s)", v, (long long)(i % m->in_dim) + 1, m->f32 ? "f32" : "f64",
                           m->f32 ? "1e15; use --precision f64" : "1e150");
    }
    return SE3RT_OK;
}

se3rt_status rt_model_check_input(se3rt_model *m, const se3rt_batch *b)
{
    se3rt_status st = model_check_batch(m, b);
    if (st)
        return st;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    st = model_graphs(m, b, &r);
    model_run_free(m, &r);
    return st;
}

/* Forward on the chosen backend (the device one when set, else the CPU). With raw: run only
 * the first `upto` layers and put the first raw_n reals of layer upto-1's output (internal
 * layout) into raw instead of out. */
/* Add the reference energies of each graph's atoms (the species one-hots of node_in times
 * the per-element energies) to the energy column of out (per-graph rows, file basis). */
static void model_add_reference(const se3rt_model *m, const se3rt_batch *b, double *out)
{
    if (!m->ref || m->ref_off || m->energy_col < 0)
        return;
    for (int32_t g = 0; g < b->n_graphs; g++) {
        double e = 0;
        for (int32_t i = b->graph_ptr[g]; i < b->graph_ptr[g + 1]; i++)
            for (int c = 0; c < m->nref; c++)
                e += b->node_in[(int64_t)i * m->in_dim + m->ref_col + c] * m->ref[c];
        out[(int64_t)g * m->out_dim + m->energy_col] += e;
    }
}

static se3rt_status rt_model_grad_x(se3rt_model *m, const se3rt_batch *b0, se3rt_loss_fn loss, void *user,
                                    int nthreads, double *loss_out, double *out, double *dparams, double *dnode_in,
                                    double *dpos, double *virial);
static int batch_periodic(const se3rt_batch *b);

static se3rt_status model_forward_impl(se3rt_model *m, const se3rt_batch *b, double *out, double *layer_s,
                                       double *layer_cpu, int upto, double *raw, int64_t raw_n)
{
    se3rt_ctx *ctx = m->ctx;
    if (b && b->graph_ptr && b->n_graphs > 0 && batch_periodic(b)) {
        /* periodic frames run layer by layer with their ghost images (below), on the CPU */
        if (raw || upto != m->nlayers)
            return rt_error(ctx, SE3RT_ERR_INVALID, "periodic frames run only as a whole model");
        rt_model_sync_params(m);
        return rt_model_grad_x(m, b, NULL, NULL, m->nthreads, NULL, out, NULL, NULL, NULL, NULL);
    }
    const rt_backend_i *be = m->dev_be ? m->dev_be : m->cpu_be;
    void *impl = m->dev_be ? m->dev : m->cpu;
    if (!be)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' has no backend: it was loaded without C source and "
                        "no device was set (se3rt_model_set_device)", m->name);
    se3rt_status st = model_check_batch(m, b);
    if (st)
        return st;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    st = model_graphs(m, b, &r);
    if (st) {
        model_run_free(m, &r);
        return st;
    }
    m->last_edges = r.n_edges;
    const int64_t rows_out = m->out_per_graph ? b->n_graphs : r.n_nodes;
    r.pos = rt_calloc(ctx, (size_t)r.n_nodes * 3 + 1, sizeof(double));   /* always double */
    r.node_in = rt_model_reals(m, r.n_nodes * m->in_dim);
    r.out = rt_model_reals(m, rows_out * m->out_dim);
    /* a device backend keeps its own buffers */
    r.work = m->dev_be ? NULL : rt_model_reals(m, se3m_work_reals(m->work_row_reals, (int32_t)r.n_nodes, b->n_graphs));
    double *tmp = rt_calloc(ctx, (size_t)(m->in_dim > m->out_dim ? m->in_dim : m->out_dim) + 1, sizeof(double));
    void *raw_t = raw ? rt_model_reals(m, raw_n) : NULL;
    if (!r.pos || !r.node_in || !r.out || (!r.work && !m->dev_be) || !tmp || (raw && !raw_t)) {
        rt_free(ctx, raw_t);
        rt_free(ctx, tmp);
        model_run_free(m, &r);
        return SE3RT_ERR_NOMEM;
    }
    memcpy(r.pos, b->pos, (size_t)r.n_nodes * 3 * sizeof(double));
    for (int64_t i = 0; i < r.n_nodes; i++) {
        model_row_convert(m->in_fibre, b->node_in + i * m->in_dim, tmp, 1);
        for (int k = 0; k < m->in_dim; k++)
            rt_model_put(m, r.node_in, i * m->in_dim + k, tmp[k]);
    }
    rt_model_sync_params(m);
    se3m_io io = {
        .n_nodes = (int32_t)r.n_nodes, .n_graphs = b->n_graphs, .n_edges = r.n_edges, .row = r.row,
        .src = r.src, .graph_ptr = b->graph_ptr, .pos = r.pos, .edge_attr = r.edge_attr,
        .params = m->params_t, .node_in = r.node_in, .out = r.out, .work = r.work, .nthreads = m->nthreads,
    };
    rt_fwd f = {
        .io = &io, .upto = upto, .res = raw ? raw_t : r.out, .res_n = raw ? raw_n : rows_out * m->out_dim,
        .params_changed = m->dev_params_changed, .layer_s = layer_s, .layer_cpu_s = layer_cpu,
    };
    st = be->forward(impl, &f);
    if (st == SE3RT_OK && m->dev_be)
        m->dev_params_changed = 0;
    for (int64_t k = 0; st == SE3RT_OK && raw && k < raw_n; k++)
        raw[k] = rt_model_get(m, raw_t, k);
    for (int64_t i = 0; st == SE3RT_OK && !raw && i < rows_out; i++) {
        for (int k = 0; k < m->out_dim; k++) {
            tmp[k] = rt_model_get(m, r.out, i * m->out_dim + k);
            if (!isfinite(tmp[k]) && st == SE3RT_OK)
                st = model_output_error(m, b, i, m->f32 ? ": inputs or weights out of range for f32"
                                                        : ": inputs or weights out of range for f64");
        }
        model_row_convert(m->out_fibre, tmp, out + i * m->out_dim, 0);
    }
    if (st == SE3RT_OK && !raw && upto == m->nlayers)
        model_add_reference(m, b, out);
    rt_free(ctx, raw_t);
    rt_free(ctx, tmp);
    model_run_free(m, &r);
    return st;
}

se3rt_status se3rt_model_forward_timed(se3rt_model *m, const se3rt_batch *b, double *out, double *layer_s)
{
    return model_forward_impl(m, b, out, layer_s, NULL, m->nlayers, NULL, 0);
}

se3rt_status se3rt_model_forward_timed_cpu(se3rt_model *m, const se3rt_batch *b, double *out, double *layer_s,
                                           double *layer_cpu_s)
{
    return model_forward_impl(m, b, out, layer_s, layer_cpu_s, m->nlayers, NULL, 0);
}

se3rt_status se3rt_model_forward(se3rt_model *m, const se3rt_batch *b, double *out)
{
    return model_forward_impl(m, b, out, NULL, NULL, m->nlayers, NULL, 0);
}

se3rt_status se3rt_model_forward_layers(se3rt_model *m, const se3rt_batch *b, int nlayers, double *out, int64_t n)
{
    if (nlayers < 1 || nlayers > m->nlayers)
        return rt_error(m->ctx, SE3RT_ERR_INVALID, "forward_layers: %d layers asked, the model has %d", nlayers,
                        m->nlayers);
    return model_forward_impl(m, b, NULL, NULL, NULL, nlayers, out, n);
}

/* ---- accessors for run.c ---------------------------------------------------------------- */

int rt_model_ninputs(const se3rt_model *m) { return m->ninputs; }
int rt_model_noutputs(const se3rt_model *m) { return m->noutputs; }
const int *rt_model_in_fibre(const se3rt_model *m) { return m->in_fibre; }
const int *rt_model_out_fibre(const se3rt_model *m) { return m->out_fibre; }
int rt_model_graph_given(const se3rt_model *m) { return m->graph.kind == SE3RT_GRAPH_GIVEN; }

static void model_field_get(const rt_fdesc *f, run_field *out)
{
    *out = (run_field){ f->name, f->field, f->degree, f->channels, f->source, f->value, f->species };
}

void rt_model_input(const se3rt_model *m, int i, run_field *out) { model_field_get(&m->inputs[i], out); }
void rt_model_output(const se3rt_model *m, int i, run_field *out) { model_field_get(&m->outputs[i], out); }

/* ---- periodic frames ----------------------------------------------------------------------
 * A periodic frame's edges come from images x_j + S·cell of its atoms. The generated code forms
 * x_ij = pos[src] - pos[i], so each image (j, S != 0) becomes a ghost node: position
 * x_j + S·cell, no incoming edges, and after every node-wise layer a copy of j's row. Ghosts
 * sit after the batch's atoms, in one extra graph whose pooled rows are dropped; in the
 * backward a ghost's input gradient and position gradient are added to its atom's. */

static int batch_periodic(const se3rt_batch *b)
{
    if (!b->cell || !b->pbc)
        return 0;
    for (int64_t k = 0; k < 3 * (int64_t)b->n_graphs; k++)
        if (b->pbc[k])
            return 1;
    return 0;
}

typedef struct model_ext {
    se3rt_batch b;           /* the extended batch: atoms, then ghosts (one more graph) */
    int32_t n_real, n_ghost;
    int32_t *ghost_of;       /* n_ghost: the atom each ghost copies */
    int32_t *graph_ptr;
    double *pos, *node_in;
    int64_t n_edges;
    int64_t *row;            /* n_real + n_ghost + 1 */
    int32_t *src;
} model_ext;

static void model_ext_free(se3rt_ctx *ctx, model_ext *x)
{
    rt_free(ctx, x->ghost_of);
    rt_free(ctx, x->graph_ptr);
    rt_free(ctx, x->pos);
    rt_free(ctx, x->node_in);
    rt_free(ctx, x->row);
    rt_free(ctx, x->src);
}

typedef struct ghost_key {
    int32_t j, s[3];
    int64_t e;
} ghost_key;

static int ghost_key_cmp(const void *pa, const void *pb)
{
    const ghost_key *a = pa, *b = pb;
    if (a->j != b->j)
        return a->j < b->j ? -1 : 1;
    for (int k = 0; k < 3; k++)
        if (a->s[k] != b->s[k])
            return a->s[k] < b->s[k] ? -1 : 1;
    return a->e < b->e ? -1 : a->e > b->e;
}

static se3rt_status model_extend(se3rt_model *m, const se3rt_batch *b, model_ext *x)
{
    se3rt_ctx *ctx = m->ctx;
    memset(x, 0, sizeof *x);
    if (m->graph.kind == SE3RT_GRAPH_GIVEN || m->graph.kind == SE3RT_GRAPH_FULL)
        return rt_error_at(ctx, SE3RT_ERR_INVALID, NULL, rt_batch_frame(b, 0), -1, "graph %s cannot be periodic "
                           "(a periodic cell needs graph knn or radius)",
                           m->graph.kind == SE3RT_GRAPH_GIVEN ? "given" : "full");
    const int32_t n = b->graph_ptr[b->n_graphs];
    x->n_real = n;
    x->row = rt_calloc(ctx, (size_t)n + 1, sizeof *x->row);
    int32_t *src = NULL, *shift = NULL;
    int64_t cap = 0, ne = 0;
    se3rt_status st = x->row ? SE3RT_OK : SE3RT_ERR_NOMEM;
    for (int32_t g = 0; g < b->n_graphs && !st; g++) {
        int32_t lo = b->graph_ptr[g], hi = b->graph_ptr[g + 1];
        se3rt_graph *gr = NULL;
        st = se3rt_graph_new_periodic(ctx, &m->graph, b->pos + 3 * (int64_t)lo, hi - lo, b->cell + 9 * (int64_t)g,
                                      b->pbc + 3 * (int64_t)g, &gr);
        if (st) {
            char msg[SE3RT_MSG_MAX];
            snprintf(msg, sizeof msg, "%s", se3rt_errmsg(ctx));
            st = rt_error_at(ctx, st, NULL, rt_batch_frame(b, g), -1, "%s", msg);
            break;
        }
        if (ne + gr->nedges > cap) {
            int64_t nc = cap ? 2 * cap : 1024;
            while (nc < ne + gr->nedges)
                nc *= 2;
            int32_t *ns = rt_realloc(ctx, src, (size_t)nc * sizeof *ns);
            int32_t *nh = ns ? rt_realloc(ctx, shift, (size_t)nc * 3 * sizeof *nh) : NULL;
            if (ns)
                src = ns;
            if (nh)
                shift = nh;
            if (!ns || !nh) {
                se3rt_graph_free(ctx, gr);
                st = SE3RT_ERR_NOMEM;
                break;
            }
            cap = nc;
        }
        for (int32_t i = 0; i < gr->n; i++)
            x->row[lo + i + 1] = ne + gr->row[i + 1];
        for (int64_t e = 0; e < gr->nedges; e++) {
            src[ne + e] = gr->src[e] + lo;
            for (int k = 0; k < 3; k++)
                shift[3 * (ne + e) + k] = gr->shift ? gr->shift[3 * e + k] : 0;
        }
        ne += gr->nedges;
        se3rt_graph_free(ctx, gr);
    }
    /* one ghost per distinct (j, S != 0) */
    ghost_key *keys = st ? NULL : rt_malloc(ctx, (size_t)ne * sizeof *keys + 1);
    if (!st && !keys)
        st = SE3RT_ERR_NOMEM;
    int64_t nk = 0;
    for (int64_t e = 0; !st && e < ne; e++)
        if (shift[3 * e] || shift[3 * e + 1] || shift[3 * e + 2])
            keys[nk++] = (ghost_key){ src[e], { shift[3 * e], shift[3 * e + 1], shift[3 * e + 2] }, e };
    if (!st)
        qsort(keys, (size_t)nk, sizeof *keys, ghost_key_cmp);
    int32_t ng = 0;
    for (int64_t q = 0; !st && q < nk; q++)
        ng += q == 0 || ghost_key_cmp(&(ghost_key){ keys[q].j, { keys[q].s[0], keys[q].s[1], keys[q].s[2] }, 0 },
                                      &(ghost_key){ keys[q - 1].j, { keys[q - 1].s[0], keys[q - 1].s[1], keys[q - 1].s[2] }, 0 }) != 0;
    if (!st && (int64_t)n + ng > INT32_MAX / 2)
        st = rt_error(ctx, SE3RT_ERR_INVALID, "periodic images: more than 1e9 nodes");
    if (!st) {
        x->n_ghost = ng;
        x->ghost_of = rt_malloc(ctx, (size_t)ng * sizeof *x->ghost_of + 1);
        x->pos = rt_malloc(ctx, (size_t)(n + ng) * 3 * sizeof *x->pos);
        x->node_in = rt_malloc(ctx, (size_t)(n + ng) * (size_t)m->in_dim * sizeof *x->node_in + 1);
        x->graph_ptr = rt_malloc(ctx, (size_t)(b->n_graphs + 2) * sizeof *x->graph_ptr);
        int64_t *row = rt_realloc(ctx, x->row, (size_t)(n + ng + 1) * sizeof *row);
        if (row)
            x->row = row;
        if (!x->ghost_of || !x->pos || !x->node_in || !x->graph_ptr || !row)
            st = SE3RT_ERR_NOMEM;
    }
    if (!st) {
        memcpy(x->pos, b->pos, (size_t)n * 3 * sizeof *x->pos);
        memcpy(x->node_in, b->node_in, (size_t)n * (size_t)m->in_dim * sizeof *x->node_in);
        int32_t gi = -1;
        for (int64_t q = 0; q < nk; q++) {
            const ghost_key *k = &keys[q];
            if (q == 0 || k->j != keys[q - 1].j || memcmp(k->s, keys[q - 1].s, sizeof k->s) != 0) {
                gi++;
                const int32_t j = k->j, gn = n + gi;
                /* the frame holding j gives the cell */
                int32_t g = 0;
                while (b->graph_ptr[g + 1] <= j)
                    g++;
                const double *c = b->cell + 9 * (int64_t)g;
                x->ghost_of[gi] = j;
                for (int d = 0; d < 3; d++)
                    x->pos[3 * gn + d] = b->pos[3 * j + d] + k->s[0] * c[d] + k->s[1] * c[3 + d] + k->s[2] * c[6 + d];
                memcpy(x->node_in + (int64_t)gn * m->in_dim, b->node_in + (int64_t)j * m->in_dim,
                       (size_t)m->in_dim * sizeof *x->node_in);
            }
            src[k->e] = n + gi;
        }
        for (int32_t i = n; i < n + ng; i++)
            x->row[i + 1] = ne;
        memcpy(x->graph_ptr, b->graph_ptr, (size_t)(b->n_graphs + 1) * sizeof *x->graph_ptr);
        x->graph_ptr[b->n_graphs + 1] = n + ng;
        x->n_edges = ne;
        x->src = src;
        src = NULL;
        x->b = *b;
        x->b.n_graphs = b->n_graphs + (ng > 0);
        x->b.graph_ptr = x->graph_ptr;
        x->b.pos = x->pos;
        x->b.node_in = x->node_in;
        x->b.cell = NULL;
        x->b.pbc = NULL;
        x->b.frame_ids = NULL;
    }
    rt_free(ctx, keys);
    rt_free(ctx, src);
    rt_free(ctx, shift);
    if (st)
        model_ext_free(ctx, x);
    return st;
}

/* Copy each ghost's row from its atom (rows of `dim` reals at the model's precision). */
static void ext_copy_rows(const se3rt_model *m, const model_ext *x, void *a, int dim)
{
    for (int32_t q = 0; q < x->n_ghost; q++)
        for (int k = 0; k < dim; k++)
            rt_model_put(m, a, (int64_t)(x->n_real + q) * dim + k,
                         rt_model_get(m, a, (int64_t)x->ghost_of[q] * dim + k));
}

/* Add each ghost's row of d (doubles) to its atom's and clear it. */
static void ext_fold_rows(const model_ext *x, double *d, int dim)
{
    for (int32_t q = 0; q < x->n_ghost; q++)
        for (int k = 0; k < dim; k++) {
            d[(int64_t)x->ghost_of[q] * dim + k] += d[(int64_t)(x->n_real + q) * dim + k];
            d[(int64_t)(x->n_real + q) * dim + k] = 0;
        }
}

/* ---- gradients (docs/training.md) ------------------------------------------------------- */

int se3rt_model_has_grad(const se3rt_model *m)
{
    return m->grad.layer_backward != NULL || rt_model_grad_on_device(m);
}

void *rt_grad_keep_take(se3rt_ctx *ctx, int64_t bytes, int64_t max, int64_t *used)
{
    if (bytes <= 0 || bytes > max - *used)
        return NULL;
    void *k = rt_malloc(ctx, (size_t)bytes);
    if (k)
        *used += bytes;
    return k;
}

int rt_model_grad_on_device(const se3rt_model *m)
{
    return m->dev_be && m->dev_be->has_grad && m->dev_be->has_grad(m->dev);
}

int rt_model_opt_on_device(const se3rt_model *m)
{
    return rt_model_grad_on_device(m) && m->dev_be->opt_step != NULL;
}

void rt_model_device_traffic(const se3rt_model *m, uint64_t *up, uint64_t *down)
{
    *up = *down = 0;
    if (m->dev_be && m->dev_be->traffic)
        m->dev_be->traffic(m->dev, up, down);
}

/* rt_model_grad, and for periodic batches the same over the batch extended with ghosts; with
 * loss NULL only the forward (out). virial (n_graphs x 9, may be NULL) gets, per graph,
 * sum_n dL/dx_n[a] x_n[b] over its atoms and ghosts: for an energy the sum over edges of
 * dE/dr_e[a] r_e[b], before the ghosts' position gradients are folded into their atoms. */
static se3rt_status rt_model_grad_x(se3rt_model *m, const se3rt_batch *b0, se3rt_loss_fn loss, void *user, int nthreads,
                                    double *loss_out, double *out, double *dparams, double *dnode_in, double *dpos,
                                    double *virial)
{
    se3rt_ctx *ctx = m->ctx;
    /* on the device when its source has the backward kernels (periodic frames: the CPU) */
    const int dev = rt_model_grad_on_device(m) && !(b0 && b0->graph_ptr && batch_periodic(b0));
    if (!m->grad.layer_backward && !dev && rt_model_grad_on_device(m))
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s': the CUDA backward kernels do not handle periodic "
                        "frames (ghost atoms); use the CPU (--device cpu)", m->name);
    if (!m->grad.layer_backward && !dev)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' was compiled without backward code "
                        "(se3tc compile --grad)%s", m->name, b0 && b0->graph_ptr && batch_periodic(b0) ?
                        ", which periodic frames need" : "");
    se3rt_status st = model_check_batch(m, b0);
    if (st)
        return st;
    model_ext x = { 0 };
    const int ext = batch_periodic(b0);
    if (ext && (st = model_extend(m, b0, &x)))
        return st;
    const se3rt_batch *b = ext ? &x.b : b0;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    if (ext) {
        r.row = x.row, r.src = x.src, r.n_edges = x.n_edges;
        x.row = NULL, x.src = NULL;
        if (!r.src && !(r.src = rt_calloc(ctx, 1, sizeof *r.src)))
            st = SE3RT_ERR_NOMEM;
    } else {
        st = model_graphs(m, b, &r);
    }
    const int L = m->nlayers;
    const int64_t rows_out = m->out_per_graph ? b->n_graphs : r.n_nodes;
    const int64_t rows_real = m->out_per_graph ? b0->n_graphs : b0->graph_ptr[b0->n_graphs];
    void **acts = st ? NULL : rt_calloc(ctx, (size_t)L + 1, sizeof *acts);
    /* what each layer's forward keeps for its backward (attention's keys and values), or NULL */
    void **keep = st ? NULL : rt_calloc(ctx, (size_t)L + 1, sizeof *keep);
    int64_t kept = 0;
    double *pos = st ? NULL : rt_calloc(ctx, (size_t)r.n_nodes * 3 + 1, sizeof *pos);
    double *dx0 = st ? NULL : rt_calloc(ctx, (size_t)(r.n_nodes * m->in_dim) + 1, sizeof *dx0);
    double *dp = st ? NULL : rt_calloc(ctx, (size_t)r.n_nodes * 3 + 1, sizeof *dp);
    double *tmp = st ? NULL : rt_calloc(ctx, (size_t)(m->in_dim > m->out_dim ? m->in_dim : m->out_dim) + 1,
                                        sizeof *tmp);
    double *fout = st ? NULL : rt_calloc(ctx, (size_t)(rows_out * m->out_dim) + 1, sizeof *fout);
    double *dcur = st ? NULL : rt_calloc(ctx, (size_t)(rows_out * m->out_dim) + 1, sizeof *dcur);
    if (!st && (!acts || !keep || !pos || !dx0 || !dp || !tmp || !fout || !dcur))
        st = SE3RT_ERR_NOMEM;
    se3m_io io = { 0 };
    if (!st) {
        memcpy(pos, b->pos, (size_t)r.n_nodes * 3 * sizeof *pos);
        acts[0] = rt_model_reals(m, r.n_nodes * m->in_dim);
        if (!acts[0])
            st = SE3RT_ERR_NOMEM;
        for (int64_t i = 0; !st && i < r.n_nodes; i++) {
            model_row_convert(m->in_fibre, b->node_in + i * m->in_dim, tmp, 1);
            for (int k = 0; k < m->in_dim; k++)
                rt_model_put(m, acts[0], i * m->in_dim + k, tmp[k]);
        }
        io = (se3m_io){
            .n_nodes = (int32_t)r.n_nodes, .n_graphs = b->n_graphs, .n_edges = r.n_edges, .row = r.row,
            .src = r.src, .graph_ptr = b->graph_ptr, .pos = pos, .edge_attr = r.edge_attr,
            .params = m->params_t, .node_in = acts[0], .nthreads = nthreads > 0 ? nthreads : 1,
        };
    }
    /* forward, keeping every layer's output (on the device: there) */
    if (!st && dev) {
        const int64_t nres = rows_out * m->out_dim;
        if (!(acts[L] = rt_model_reals(m, nres)))
            st = SE3RT_ERR_NOMEM;
        rt_fwd f = { .io = &io, .upto = L, .res = acts[L], .res_n = nres, .params_changed = m->dev_params_changed };
        if (!st && (st = m->dev_be->grad_forward(m->dev, &f)) == SE3RT_OK)
            m->dev_params_changed = 0;
    }
    for (int i = 0; !st && !dev && i < L; i++) {
        const rt_ldesc *Li = &m->layers[i];
        /* the layer's threads as in a plain forward (one for small work, model_cpu.c), at most the
         * call's: a small molecule's energy and forces do not pay for waking threads */
        const int lt = rt_model_layer_threads(m, i, r.n_nodes, b->n_graphs, r.n_edges), ct = nthreads > 0 ? nthreads : 1;
        io.nthreads = lt < ct ? lt : ct;
        acts[i + 1] = rt_model_reals(m, (Li->out_per_graph ? b->n_graphs : r.n_nodes) * Li->out_dim);
        if (loss)   /* only a call with a backward keeps anything */
            keep[i] = rt_grad_keep_take(ctx, m->grad.layer_keep_bytes(i, &io), m->grad_keep_max, &kept);
        if (!acts[i + 1])
            st = SE3RT_ERR_NOMEM;
        else if (m->grad.layer_into(i, &io, acts[i], acts[i + 1], keep[i]) != 0)
            st = rt_error(ctx, SE3RT_ERR_INTERNAL, "generated code for '%s' failed in layer %d", m->name, i);
        else if (ext && !Li->out_per_graph)
            ext_copy_rows(m, &x, acts[i + 1], Li->out_dim);
    }
    for (int64_t i = 0; !st && i < rows_real; i++) {
        for (int k = 0; k < m->out_dim; k++) {
            tmp[k] = rt_model_get(m, acts[L], i * m->out_dim + k);
            if (!isfinite(tmp[k]))
                st = model_output_error(m, b0, i, "");
        }
        model_row_convert(m->out_fibre, tmp, fout + i * m->out_dim, 0);
    }
    double *dref = NULL;   /* dL/dE per graph, for the reference energies' input gradient */
    /* the loss and dL/d(out), file basis -> internal basis */
    if (!st)
        model_add_reference(m, b0, fout);
    if (!st && out)
        memcpy(out, fout, (size_t)(rows_real * m->out_dim) * sizeof *out);
    if (!st && loss) {
        double lv = loss(user, b0, fout, rows_real, m->out_dim, dcur);
        if (loss_out)
            *loss_out = lv;
        /* the reference energies (model_add_reference) are linear in the species one-hots of
         * node_in: keep dL/dE per graph for their share of dL/d(node_in), added below */
        if (dnode_in && m->ref && !m->ref_off && m->energy_col >= 0 && m->out_per_graph) {
            if (!(dref = rt_calloc(ctx, (size_t)b0->n_graphs + 1, sizeof *dref)))
                st = SE3RT_ERR_NOMEM;
            for (int32_t g = 0; dref && g < b0->n_graphs; g++)
                dref[g] = dcur[(int64_t)g * m->out_dim + m->energy_col];
        }
        for (int64_t i = 0; i < rows_real; i++) {
            model_row_convert(m->out_fibre, dcur + i * m->out_dim, tmp, 1);
            memcpy(dcur + i * m->out_dim, tmp, (size_t)m->out_dim * sizeof *tmp);
        }
    }
    if (!st && dparams && loss)
        memset(dparams, 0, (size_t)m->nparams * sizeof *dparams);
    double *dscratch = NULL;
    if (!st && loss && !dev && !dparams &&
        !(dparams = dscratch = rt_calloc(ctx, (size_t)m->nparams + 1, sizeof *dparams)))
        st = SE3RT_ERR_NOMEM;
    /* backward, last layer first; layer 0's input gradient is the inputs'. On a device only
     * what the caller asked for comes back: dparams NULL leaves the weight gradient there for
     * the device optimiser (runtime/trainer.c) */
    if (!st && loss && dev)
        st = m->dev_be->grad_backward(m->dev, dcur, rows_out * m->out_dim, dparams, dnode_in ? dx0 : NULL,
                                      dpos || virial ? dp : NULL);
    for (int i = L - 1; !st && loss && !dev && i >= 0; i--) {
        const rt_ldesc *Li = &m->layers[i];
        double *din = i == 0 ? dx0 : rt_calloc(ctx, (size_t)((Li->in_per_graph ? b->n_graphs : r.n_nodes) *
                                                             Li->in_dim) + 1, sizeof *din);
        if (!din) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        if (m->grad.layer_backward(i, &io, acts[i], dcur, din, dparams, dp, dx0, keep[i]) != 0)
            st = rt_error(ctx, SE3RT_ERR_NOMEM, "backward of layer %d of '%s': out of memory", i, m->name);
        else if (ext && i > 0 && !Li->in_per_graph)
            ext_fold_rows(&x, din, Li->in_dim);
        rt_free(ctx, keep[i]);   /* the layer's keys and values are done with */
        keep[i] = NULL;
        rt_free(ctx, dcur);
        dcur = din == dx0 ? NULL : din;
    }
    if (!st && ext && loss) {
        for (int32_t g = 0; virial && g < b0->n_graphs; g++)
            memset(virial + 9 * (int64_t)g, 0, 9 * sizeof *virial);
        for (int64_t i = 0; virial && i < r.n_nodes; i++) {
            int64_t owner = i < x.n_real ? i : x.ghost_of[i - x.n_real];
            int32_t g = 0;
            while (b0->graph_ptr[g + 1] <= owner)
                g++;
            for (int a = 0; a < 3; a++)
                for (int c = 0; c < 3; c++)
                    virial[9 * (int64_t)g + 3 * a + c] += dp[3 * i + a] * pos[3 * i + c];
        }
        ext_fold_rows(&x, dx0, m->in_dim);
        ext_fold_rows(&x, dp, 3);
    } else if (!st && virial && loss) {
        for (int32_t g = 0; g < b0->n_graphs; g++) {
            memset(virial + 9 * (int64_t)g, 0, 9 * sizeof *virial);
            for (int64_t i = b0->graph_ptr[g]; i < b0->graph_ptr[g + 1]; i++)
                for (int a = 0; a < 3; a++)
                    for (int c = 0; c < 3; c++)
                        virial[9 * (int64_t)g + 3 * a + c] += dp[3 * i + a] * pos[3 * i + c];
        }
    }
    const int64_t n_real = b0->graph_ptr[b0->n_graphs];
    if (!st && dnode_in && loss)
        for (int64_t i = 0; i < n_real; i++)
            model_row_convert(m->in_fibre, dx0 + i * m->in_dim, dnode_in + i * m->in_dim, 0);
    for (int32_t g = 0; !st && dref && g < b0->n_graphs; g++)
        for (int64_t i = b0->graph_ptr[g]; i < b0->graph_ptr[g + 1]; i++)
            for (int c = 0; c < m->nref; c++)
                dnode_in[i * m->in_dim + m->ref_col + c] += dref[g] * m->ref[c];
    if (!st && dpos && loss)
        memcpy(dpos, dp, (size_t)n_real * 3 * sizeof *dpos);
    for (int i = 0; acts && i <= L; i++)
        rt_free(ctx, acts[i]);
    for (int i = 0; keep && i <= L; i++)
        rt_free(ctx, keep[i]);
    rt_free(ctx, acts);
    rt_free(ctx, keep);
    rt_free(ctx, pos);
    rt_free(ctx, dx0);
    rt_free(ctx, dp);
    rt_free(ctx, tmp);
    rt_free(ctx, fout);
    rt_free(ctx, dcur);
    rt_free(ctx, dscratch);
    rt_free(ctx, dref);
    model_run_free(m, &r);
    model_ext_free(ctx, &x);
    return st;
}

se3rt_status rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user, int nthreads,
                           double *loss_out, double *out, double *dparams, double *dnode_in, double *dpos)
{
    return rt_model_grad_x(m, b, loss, user, nthreads, loss_out, out, dparams, dnode_in, dpos, NULL);
}


se3rt_status se3rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user,
                              double *loss_out, double *out, double *dparams, double *dnode_in, double *dpos)
{
    rt_model_sync_params(m);
    return rt_model_grad(m, b, loss, user, m->nthreads, loss_out, out, dparams, dnode_in, dpos);
}

/* ---- energy and forces ------------------------------------------------------------------ */

int se3rt_model_has_energy(const se3rt_model *m)
{
    return m->energy_col >= 0;
}

/* dL/d(out) = 1 on every graph's energy, 0 elsewhere: the backward then gives dE_g/dx for the
 * atoms of each graph g (graphs share no atoms). */
static double energy_seed(void *user, const se3rt_batch *b, const double *out, int64_t rows, int out_dim,
                          double *dout)
{
    const se3rt_model *m = user;
    double sum = 0;
    (void)b;
    memset(dout, 0, (size_t)(rows * out_dim) * sizeof *dout);
    for (int64_t g = 0; g < rows; g++) {
        dout[g * out_dim + m->energy_col] = 1.0;
        sum += out[g * out_dim + m->energy_col];
    }
    return sum;
}

se3rt_status rt_model_energy_forces(se3rt_model *m, const se3rt_batch *b, double *out, double *energy,
                                    double *forces, double *stress)
{
    rt_model_sync_params(m);
    return rt_model_energy_forces_t(m, b, m->nthreads, out, energy, forces, stress);
}

se3rt_status rt_model_energy_forces_t(se3rt_model *m, const se3rt_batch *b, int nthreads, double *out,
                                      double *energy, double *forces, double *stress)
{
    se3rt_ctx *ctx = m->ctx;
    if (m->energy_col < 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "model '%s' has no energy output (declare one as "
                        "'output E : 1x0 (kind=energy);' after a pool)", m->name);
    const int64_t n = b && b->graph_ptr && b->n_graphs > 0 ? b->graph_ptr[b->n_graphs] : 0;
    double *o = rt_calloc(ctx, (size_t)(b && b->n_graphs > 0 ? b->n_graphs : 0) * (size_t)m->out_dim + 1, sizeof *o);
    double *din = rt_calloc(ctx, (size_t)(n > 0 ? n : 0) * (size_t)m->in_dim + 1, sizeof *din);
    double *dpos = rt_calloc(ctx, (size_t)(n > 0 ? n : 0) * 3 + 1, sizeof *dpos);
    double *vir = rt_calloc(ctx, (size_t)(b && b->n_graphs > 0 ? b->n_graphs : 0) * 9 + 1, sizeof *vir);
    se3rt_status st = o && din && dpos && vir ? SE3RT_OK : SE3RT_ERR_NOMEM;
    if (!st)
        st = rt_model_grad_x(m, b, energy_seed, m, nthreads, NULL, o, NULL, din, dpos, vir);
    if (!st) {
        /* inputs read from the positions (pos.z, pos.xy) depend on them too */
        int used[SE3M_LMAX + 1] = { 0 };
        for (int f = 0; f < m->ninputs; f++) {
            const rt_fdesc *in = &m->inputs[f];
            int nl = 2 * in->degree + 1, col = used[in->degree] * nl;
            for (int l = 0; l < in->degree; l++)
                col += m->in_fibre[l] * (2 * l + 1);
            used[in->degree] += in->channels;
            for (int64_t i = 0; i < n; i++)
                for (int c = 0; c < in->channels; c++) {
                    const double *d = din + i * m->in_dim + col + c * nl;
                    if (in->source == SE3M_SRC_POS_Z)
                        dpos[3 * i + 2] += d[0];
                    else if (in->source == SE3M_SRC_POS_XY)
                        dpos[3 * i] += d[0], dpos[3 * i + 1] += d[1];
                }
        }
        for (int32_t g = 0; energy && g < b->n_graphs; g++)
            energy[g] = o[(int64_t)g * m->out_dim + m->energy_col];
        /* stress = (1/V) dE/d(strain) = (1/V) sum_e dE/dr_e (x) r_e, periodic graphs only */
        for (int32_t g = 0; stress && g < b->n_graphs; g++) {
            const int per = b->cell && b->pbc && (b->pbc[3 * g] || b->pbc[3 * g + 1] || b->pbc[3 * g + 2]);
            const double *c = per ? b->cell + 9 * (int64_t)g : NULL;
            double vol = per ? fabs(c[0] * (c[4] * c[8] - c[5] * c[7]) - c[1] * (c[3] * c[8] - c[5] * c[6]) +
                                    c[2] * (c[3] * c[7] - c[4] * c[6])) : 0;
            for (int k = 0; k < 9; k++)
                stress[9 * (int64_t)g + k] = per ? vir[9 * (int64_t)g + k] / vol : 0;
        }
        for (int64_t k = 0; forces && k < 3 * n; k++)
            forces[k] = -dpos[k];
        if (out)
            memcpy(out, o, (size_t)b->n_graphs * (size_t)m->out_dim * sizeof *out);
    }
    rt_free(ctx, o);
    rt_free(ctx, din);
    rt_free(ctx, dpos);
    rt_free(ctx, vir);
    return st;
}

se3rt_status se3rt_model_energy_forces(se3rt_model *m, const se3rt_batch *b, double *energy, double *forces)
{
    return rt_model_energy_forces(m, b, NULL, energy, forces, NULL);
}

se3rt_status se3rt_model_energy_forces_stress(se3rt_model *m, const se3rt_batch *b, double *energy, double *forces,
                                              double *stress)
{
    return rt_model_energy_forces(m, b, NULL, energy, forces, stress);
}

/* ---- for model_force_train.c ------------------------------------------------------------- */

se3rt_status rt_model_batch_prepare(se3rt_model *m, const se3rt_batch *b, rt_batch_ext *out)
{
    memset(out, 0, sizeof *out);
    if (!batch_periodic(b)) {
        out->b = *b;
        out->n_real = b->graph_ptr[b->n_graphs];
        return rt_model_batch_csr(m, b, &out->row, &out->src, &out->n_edges, &out->edge_attr);
    }
    se3rt_status st = model_check_batch(m, b);
    model_ext *x = st ? NULL : rt_calloc(m->ctx, 1, sizeof *x);
    if (!st && !x)
        st = SE3RT_ERR_NOMEM;
    if (!st && (st = model_extend(m, b, x))) {
        rt_free(m->ctx, x);
        return st;
    }
    if (st)
        return st;
    out->b = x->b;
    out->row = x->row, out->src = x->src, out->n_edges = x->n_edges;
    x->row = NULL, x->src = NULL;
    if (!out->src && !(out->src = rt_calloc(m->ctx, 1, sizeof *out->src))) {
        rt_model_batch_release(m, out);
        model_ext_free(m->ctx, x);
        rt_free(m->ctx, x);
        return SE3RT_ERR_NOMEM;
    }
    out->n_real = x->n_real, out->n_ghost = x->n_ghost, out->ghost_of = x->ghost_of;
    out->priv = x;
    return SE3RT_OK;
}

void rt_model_batch_release(se3rt_model *m, rt_batch_ext *x)
{
    rt_free(m->ctx, x->row);
    rt_free(m->ctx, x->src);
    rt_free(m->ctx, x->edge_attr);
    if (x->priv) {
        model_ext_free(m->ctx, x->priv);
        rt_free(m->ctx, x->priv);
    }
    memset(x, 0, sizeof *x);
}

se3rt_status rt_model_batch_csr(se3rt_model *m, const se3rt_batch *b, int64_t **row, int32_t **src, int64_t *n_edges,
                                void **edge_attr)
{
    se3rt_status st = model_check_batch(m, b);
    if (st)
        return st;
    model_run r = { .n_nodes = b->graph_ptr[b->n_graphs] };
    st = model_graphs(m, b, &r);
    if (st) {
        model_run_free(m, &r);
        return st;
    }
    *row = r.row, *src = r.src, *n_edges = r.n_edges, *edge_attr = r.edge_attr;
    return SE3RT_OK;
}

void rt_model_row_convert(const int *fib, const double *in, double *out, int to_internal)
{
    model_row_convert(fib, in, out, to_internal);
}
