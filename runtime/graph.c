/* graph.c - builds the graphs the SE(3)-Transformer runs on (full, knn, radius, given bonds) as
 * CSR sorted by receiver, senders ascending. Neighbour searches use a k-d tree over the points
 * (median splits, so clustered clouds and huge coordinate ranges cost no extra memory), with
 * exact pruning so results equal a brute-force search bit for bit. See docs/graphs.md. */
#include "se3rt_graph.h"
#include "rt_internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#define KD_LEAF 16 /* most points in a k-d tree leaf (8..32 measure alike; 16 a bit best) */

/* ---- small helpers ------------------------------------------------------------------------ */

/* Squared distance in double, x, y, z summed in that order. Pruning relies on this exact form:
 * rounding is monotonic, so a box's distance is never more than that of a point inside it. */
static inline double dist2(const double *a, const double *b)
{
    double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
    return dx * dx + dy * dy + dz * dz;
}

/* Sorting without libc qsort (which may allocate behind the hook): insertion sort for short
 * runs (the usual case: one receiver's neighbours), heapsort above that. Two copies, for the
 * int32 point indices and the int64 keys of bond edges. */
static void sift_i32(int32_t *a, int64_t p, int64_t m)
{
    for (int64_t c; (c = 2 * p + 1) < m; p = c) {
        if (c + 1 < m && a[c + 1] > a[c])
            c++;
        if (a[p] >= a[c])
            break;
        int32_t t = a[p]; a[p] = a[c]; a[c] = t;
    }
}

static void sort_i32(int32_t *a, int64_t m)
{
    if (m <= 24) {
        for (int64_t i = 1; i < m; i++) {
            int32_t v = a[i];
            int64_t j = i;
            for (; j > 0 && a[j - 1] > v; j--)
                a[j] = a[j - 1];
            a[j] = v;
        }
        return;
    }
    for (int64_t p = m / 2 - 1; p >= 0; p--)
        sift_i32(a, p, m);
    for (int64_t end = m - 1; end > 0; end--) {
        int32_t t = a[0]; a[0] = a[end]; a[end] = t;
        sift_i32(a, 0, end);
    }
}

static void sift_i64(int64_t *a, int64_t p, int64_t m)
{
    for (int64_t c; (c = 2 * p + 1) < m; p = c) {
        if (c + 1 < m && a[c + 1] > a[c])
            c++;
        if (a[p] >= a[c])
            break;
        int64_t t = a[p]; a[p] = a[c]; a[c] = t;
    }
}

static void sort_i64(int64_t *a, int64_t m)
{
    if (m <= 24) {
        for (int64_t i = 1; i < m; i++) {
            int64_t v = a[i], j = i;
            for (; j > 0 && a[j - 1] > v; j--)
                a[j] = a[j - 1];
            a[j] = v;
        }
        return;
    }
    for (int64_t p = m / 2 - 1; p >= 0; p--)
        sift_i64(a, p, m);
    for (int64_t end = m - 1; end > 0; end--) {
        int64_t t = a[0]; a[0] = a[end]; a[end] = t;
        sift_i64(a, 0, end);
    }
}

/* Check the point set: n > 0, pos given, every coordinate finite. */
static se3rt_status check_points(se3rt_ctx *ctx, const double *pos, int32_t n)
{
    if (n < 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "negative point count %d", (int)n);
    if (n == 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "empty point set");
    if (!pos)
        return rt_error(ctx, SE3RT_ERR_INVALID, "positions are NULL");
    for (int64_t i = 0; i < (int64_t)n * 3; i++) {
        double v = pos[i];
        if (!isfinite(v))
            return rt_error(ctx, SE3RT_ERR_INVALID, "atom %lld: non-finite coordinate (%c = %s)",
                            (long long)(i / 3) + 1, "xyz"[i % 3], isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
    }
    return SE3RT_OK;
}

/* Can m edges (an int32 sender each, maybe 4 doubles) be addressed at all? */
static int edges_fit(int64_t m, int32_t nattr)
{
    size_t per = sizeof(int32_t) + (size_t)nattr * sizeof(double);
    return m >= 0 && (uint64_t)m <= SIZE_MAX / per;
}

void se3rt_graph_free(se3rt_ctx *ctx, se3rt_graph *g)
{
    if (!g)
        return;
    rt_free(ctx, g->row);
    rt_free(ctx, g->src);
    rt_free(ctx, g->attr);
    rt_free(ctx, g->shift);
    rt_free(ctx, g);
}

/* A graph with row[] zeroed and room for `cap` senders (and their attributes). */
static se3rt_graph *graph_alloc(se3rt_ctx *ctx, int32_t n, int64_t cap, int32_t nattr)
{
    se3rt_graph *g = rt_calloc(ctx, 1, sizeof *g);
    if (!g)
        return NULL;
    g->n = n;
    g->nattr = nattr;
    g->row = rt_calloc(ctx, (size_t)n + 1, sizeof *g->row);
    g->src = g->row ? rt_malloc(ctx, (size_t)cap * sizeof *g->src) : NULL;
    if (g->src && nattr)
        g->attr = rt_calloc(ctx, (size_t)cap * (size_t)nattr, sizeof *g->attr);
    if (!g->src || (nattr && !g->attr)) {
        se3rt_graph_free(ctx, g);
        return NULL;
    }
    return g;
}

/* ---- full ---------------------------------------------------------------------------------- */

se3rt_status se3rt_graph_new_full(se3rt_ctx *ctx, const double *pos, int32_t n, se3rt_graph **out)
{
    *out = NULL;
    se3rt_status st = check_points(ctx, pos, n);
    if (st)
        return st;
    int64_t m = (int64_t)n * (n - 1); /* < 2^62, no overflow */
    if (!edges_fit(m, 0))
        return rt_error(ctx, SE3RT_ERR_NOMEM, "full graph on %d points has %lld edges, too many",
                        (int)n, (long long)m);
    se3rt_graph *g = graph_alloc(ctx, n, m, 0);
    if (!g)
        return SE3RT_ERR_NOMEM;
    int64_t e = 0;
    for (int32_t i = 0; i < n; i++) {
        g->row[i] = e;
        for (int32_t j = 0; j < n; j++)
            if (j != i)
                g->src[e++] = j;
    }
    g->row[n] = g->nedges = e;
    *out = g;
    return SE3RT_OK;
}

/* ---- k-d tree ------------------------------------------------------------------------------ */

typedef struct kd_node {
    double lo[3], hi[3];  /* bounding box of the node's points */
    int32_t begin, end;   /* the node's points are perm[begin..end) */
    int32_t left, right;  /* children, -1 for a leaf */
    int32_t minidx;       /* lowest point index in the node (prunes ties by index) */
} kd_node;

typedef struct kd_tree {
    kd_node *nodes;       /* root is nodes[0] */
    int32_t nnodes;       /* nodes used */
    int32_t *perm;        /* tree order -> point index */
    double *xyz;          /* positions in tree order, 3 per point (cache-friendly leaves) */
    const double *pos;    /* the caller's positions */
} kd_tree;

static int32_t kd_count(int32_t m)
{
    return m <= KD_LEAF ? 1 : 1 + kd_count(m / 2) + kd_count(m - m / 2);
}

/* Rearrange perm[l..r] so perm[k] holds the point with the k-th smallest coordinate d
 * (Wirth's selection; equal keys split evenly, so coincident points stay O(n)). */
static void kd_select(int32_t *perm, const double *pos, int d, int32_t l, int32_t r, int32_t k)
{
    while (l < r) {
        double x = pos[3 * (int64_t)perm[k] + d];
        int32_t i = l, j = r;
        do {
            while (pos[3 * (int64_t)perm[i] + d] < x)
                i++;
            while (x < pos[3 * (int64_t)perm[j] + d])
                j--;
            if (i <= j) {
                int32_t t = perm[i]; perm[i] = perm[j]; perm[j] = t;
                i++;
                j--;
            }
        } while (i <= j);
        if (j < k)
            l = i;
        if (k < i)
            r = j;
    }
}

/* Build the subtree over perm[begin..end); returns its node index. Splits at the median of the
 * widest box side; a node whose points all coincide splits by position in perm, which keeps
 * index ranges contiguous so tie pruning by index stays effective. */
static int32_t kd_build(kd_tree *t, int32_t begin, int32_t end)
{
    int32_t id = t->nnodes++;
    kd_node *nd = &t->nodes[id];
    nd->begin = begin;
    nd->end = end;
    nd->minidx = INT32_MAX;
    for (int d = 0; d < 3; d++) {
        nd->lo[d] = INFINITY;
        nd->hi[d] = -INFINITY;
    }
    for (int32_t p = begin; p < end; p++) {
        const double *x = t->pos + 3 * (int64_t)t->perm[p];
        for (int d = 0; d < 3; d++) {
            if (x[d] < nd->lo[d]) nd->lo[d] = x[d];
            if (x[d] > nd->hi[d]) nd->hi[d] = x[d];
        }
        if (t->perm[p] < nd->minidx)
            nd->minidx = t->perm[p];
    }
    nd->left = nd->right = -1;
    if (end - begin <= KD_LEAF)
        return id;
    int dim = 0;
    double best = -1;
    for (int d = 0; d < 3; d++) {
        double w = nd->hi[d] - nd->lo[d]; /* may be inf for huge ranges: still the widest */
        if (w > best) {
            best = w;
            dim = d;
        }
    }
    int32_t mid = begin + (end - begin) / 2;
    if (best > 0) {
        kd_select(t->perm, t->pos, dim, begin, end - 1, mid);
    } else { /* all coincident: order by index once, so subtrees hold contiguous index ranges */
        int32_t p = begin + 1;
        while (p < end && t->perm[p - 1] < t->perm[p])
            p++;
        if (p < end)
            sort_i32(t->perm + begin, end - begin);
    }
    nd->left = kd_build(t, begin, mid); /* nodes[] is allocated up front: nd stays valid */
    nd->right = kd_build(t, mid, end);
    return id;
}

static void kd_free(se3rt_ctx *ctx, kd_tree *t)
{
    rt_free(ctx, t->nodes);
    rt_free(ctx, t->perm);
    rt_free(ctx, t->xyz);
    memset(t, 0, sizeof *t);
}

static se3rt_status kd_new(se3rt_ctx *ctx, kd_tree *t, const double *pos, int32_t n)
{
    memset(t, 0, sizeof *t);
    t->pos = pos;
    int32_t nn = kd_count(n);
    t->nodes = rt_malloc(ctx, (size_t)nn * sizeof *t->nodes);
    t->perm = t->nodes ? rt_malloc(ctx, (size_t)n * sizeof *t->perm) : NULL;
    t->xyz = t->perm ? rt_malloc(ctx, (size_t)n * 3 * sizeof *t->xyz) : NULL;
    if (!t->xyz) {
        kd_free(ctx, t);
        return SE3RT_ERR_NOMEM;
    }
    for (int32_t i = 0; i < n; i++)
        t->perm[i] = i;
    kd_build(t, 0, n);
    for (int32_t p = 0; p < n; p++)
        memcpy(t->xyz + 3 * (int64_t)p, pos + 3 * (int64_t)t->perm[p], 3 * sizeof(double));
    return SE3RT_OK;
}

/* One neighbour search around point `self`. In heap mode it keeps the `k` nearest within
 * `bound` (a max-heap on (d2, index)); in collect mode it appends every index within `bound`. */
typedef struct kd_query {
    const kd_tree *t;     /* the tree searched */
    const double *q;      /* position of the receiver */
    int32_t self;         /* the receiver, never its own neighbour */
    double bound;         /* squared radius (INFINITY for knn) */
    int collect;          /* 1: collect all within bound; 0: heap of k */
    int32_t k;            /* heap capacity */
    int32_t cnt;          /* entries in the heap */
    double *hd;           /* heap: squared distances */
    int32_t *hj;          /* heap: point indices */
    int32_t *buf;         /* collect mode: indices found (grown through ctx) */
    int64_t len, cap;     /* collect mode: used and allocated entries of buf */
    se3rt_ctx *ctx;       /* for growing buf */
    int failed;           /* growing buf failed: stop */
} kd_query;

/* Is (d, j) farther than heap entry p, in the (distance, index) order? */
static inline int heap_after(const kd_query *s, double d, int32_t j, int32_t p)
{
    return d > s->hd[p] || (d == s->hd[p] && j > s->hj[p]);
}

/* Offer (d, j) to the heap: push while it has room, else replace the farthest entry if
 * (d, j) comes before it. */
static void heap_offer(kd_query *s, double d, int32_t j)
{
    int32_t p;
    if (s->cnt < s->k) {
        p = s->cnt++;
        while (p > 0) { /* sift up */
            int32_t u = (p - 1) / 2;
            if (!heap_after(s, d, j, u))
                break;
            s->hd[p] = s->hd[u];
            s->hj[p] = s->hj[u];
            p = u;
        }
    } else {
        if (!(d < s->hd[0] || (d == s->hd[0] && j < s->hj[0])))
            return;
        p = 0;
        for (int32_t c; (c = 2 * p + 1) < s->cnt; p = c) { /* sift down */
            if (c + 1 < s->cnt && heap_after(s, s->hd[c + 1], s->hj[c + 1], c))
                c++;
            if (heap_after(s, d, j, c))
                break;
            s->hd[p] = s->hd[c];
            s->hj[p] = s->hj[c];
        }
    }
    s->hd[p] = d;
    s->hj[p] = j;
}

static int collect_push(kd_query *s, int32_t j)
{
    if (s->len == s->cap) {
        int64_t nc = s->cap ? 2 * s->cap : 64;
        int32_t *nb = rt_realloc(s->ctx, s->buf, (size_t)nc * sizeof *nb);
        if (!nb) {
            s->failed = 1;
            return -1;
        }
        s->buf = nb;
        s->cap = nc;
    }
    s->buf[s->len++] = j;
    return 0;
}

/* Smallest squared distance from q to the node's box (never above a contained point's). */
static inline double box_dist2(const kd_node *nd, const double *q)
{
    double s = 0;
    for (int d = 0; d < 3; d++) {
        double a = nd->lo[d] - q[d], b = q[d] - nd->hi[d]; /* at most one is > 0 */
        double v = (a > 0 ? a : 0) + (b > 0 ? b : 0);
        s += v * v;
    }
    return s;
}

/* Can the node (at squared box distance bd) hold a point the search would take? */
static inline int kd_useful(const kd_query *s, const kd_node *nd, double bd)
{
    if (bd > s->bound)
        return 0;
    if (!s->collect && s->cnt == s->k)
        return bd < s->hd[0] || (bd == s->hd[0] && nd->minidx < s->hj[0]);
    return 1;
}

static void kd_search(kd_query *s, int32_t id)
{
    const kd_node *nd = &s->t->nodes[id];
    if (nd->left < 0) {
        for (int32_t p = nd->begin; p < nd->end; p++) {
            int32_t j = s->t->perm[p];
            if (j == s->self)
                continue;
            double d = dist2(s->q, s->t->xyz + 3 * (int64_t)p);
            if (d > s->bound)
                continue;
            if (s->collect) {
                if (collect_push(s, j))
                    return;
            } else {
                heap_offer(s, d, j);
            }
        }
        return;
    }
    const kd_node *a = &s->t->nodes[nd->left], *b = &s->t->nodes[nd->right];
    double da = box_dist2(a, s->q), db = box_dist2(b, s->q);
    int32_t first = nd->left, second = nd->right;
    if (db < da) {
        double t = da; da = db; db = t;
        const kd_node *tn = a; a = b; b = tn;
        first = nd->right;
        second = nd->left;
    }
    if (kd_useful(s, a, da))
        kd_search(s, first);
    if (!s->failed && kd_useful(s, b, db))
        kd_search(s, second);
}

/* Run the search for receiver i; the heap or buffer of s is reset first. */
static void kd_query_run(kd_query *s, int32_t i)
{
    s->self = i;
    s->q = s->t->pos + 3 * (int64_t)i;
    s->cnt = 0;
    s->len = 0;
    if (kd_useful(s, &s->t->nodes[0], box_dist2(&s->t->nodes[0], s->q)))
        kd_search(s, 0);
}

/* Shared by knn and radius: for every receiver, the k nearest within `bound` (heap mode) or
 * all within `bound` (collect), senders sorted by index. Receivers are searched in tree order,
 * so consecutive searches touch the same nodes and stay in cache (whatever order the caller's
 * points come in); results go to a scratch list in that order, then to the CSR. */
static se3rt_status build_nearest(se3rt_ctx *ctx, const double *pos, int32_t n, int32_t k,
                                  double bound, int collect, se3rt_graph **out)
{
    kd_tree t;
    se3rt_status st = kd_new(ctx, &t, pos, n);
    if (st)
        return st;
    kd_query s;
    memset(&s, 0, sizeof s);
    s.t = &t;
    s.ctx = ctx;
    s.bound = bound;
    s.collect = collect;
    s.k = collect ? 0 : k;
    int64_t cap = collect ? (int64_t)n * 8 : (int64_t)n * k; /* scratch senders */
    int32_t *tmp = NULL;
    int64_t *off = NULL;
    se3rt_graph *g = rt_calloc(ctx, 1, sizeof *g);
    st = SE3RT_ERR_NOMEM;
    if (!g)
        goto done;
    g->n = n;
    g->row = rt_calloc(ctx, (size_t)n + 1, sizeof *g->row);
    off = g->row ? rt_malloc(ctx, (size_t)n * sizeof *off) : NULL;
    tmp = off ? rt_malloc(ctx, (size_t)cap * sizeof *tmp) : NULL;
    if (tmp && !collect) {
        s.hd = rt_malloc(ctx, (size_t)k * sizeof *s.hd);
        s.hj = s.hd ? rt_malloc(ctx, (size_t)k * sizeof *s.hj) : NULL;
    }
    if (!tmp || (!collect && !s.hj))
        goto done;
    int64_t e = 0;
    for (int32_t p = 0; p < n; p++) {
        int32_t i = t.perm[p];
        kd_query_run(&s, i);
        if (s.failed)
            goto done;
        int32_t *v = collect ? s.buf : s.hj;
        int64_t m = collect ? s.len : s.cnt;
        if (e + m > cap) {
            int64_t nc = 2 * cap > e + m ? 2 * cap : e + m;
            if (!edges_fit(nc, 0)) {
                st = rt_error(ctx, SE3RT_ERR_NOMEM, "graph of %lld edges is too large",
                              (long long)(e + m));
                goto done;
            }
            int32_t *nt = rt_realloc(ctx, tmp, (size_t)nc * sizeof *nt);
            if (!nt)
                goto done;
            tmp = nt;
            cap = nc;
        }
        if (m) { /* v is NULL in collect mode until something was found */
            sort_i32(v, m);
            memcpy(tmp + e, v, (size_t)m * sizeof *v);
        }
        off[i] = e;
        g->row[i + 1] = m;
        e += m;
    }
    for (int32_t i = 0; i < n; i++)
        g->row[i + 1] += g->row[i];
    g->nedges = e;
    g->src = rt_malloc(ctx, (size_t)e * sizeof *g->src);
    if (!g->src)
        goto done;
    for (int32_t i = 0; i < n; i++)
        memcpy(g->src + g->row[i], tmp + off[i], (size_t)(g->row[i + 1] - g->row[i]) * sizeof *tmp);
    *out = g;
    g = NULL;
    st = SE3RT_OK;
done:
    se3rt_graph_free(ctx, g);
    rt_free(ctx, tmp);
    rt_free(ctx, off);
    rt_free(ctx, s.hd);
    rt_free(ctx, s.hj);
    rt_free(ctx, s.buf);
    kd_free(ctx, &t);
    return st;
}

/* ---- knn and radius ------------------------------------------------------------------------ */

se3rt_status se3rt_graph_new_knn(se3rt_ctx *ctx, const double *pos, int32_t n, int32_t k,
                                 se3rt_graph **out)
{
    *out = NULL;
    if (n <= 0)
        return check_points(ctx, pos, n);
    if (k < 1)
        return rt_error(ctx, SE3RT_ERR_INVALID, "knn k must be at least 1, got %d", (int)k);
    se3rt_status st = check_points(ctx, pos, n);
    if (st)
        return st;
    /* fewer than k + 1 points: every other point is a neighbour, as torch-cluster's knn_graph
     * gives (a data set of molecules of mixed sizes must not fail at its smallest one) */
    if ((int64_t)n <= (int64_t)k)
        return se3rt_graph_new_full(ctx, pos, n, out);
    return build_nearest(ctx, pos, n, k, INFINITY, 0, out);
}

se3rt_status se3rt_graph_new_radius(se3rt_ctx *ctx, const double *pos, int32_t n, double r,
                                    int32_t max_k, se3rt_graph **out)
{
    *out = NULL;
    if (n <= 0)
        return check_points(ctx, pos, n);
    if (isnan(r))
        return rt_error(ctx, SE3RT_ERR_INVALID, "radius must be finite and > 0, got nan");
    if (!isfinite(r) || !(r > 0))
        return rt_error(ctx, SE3RT_ERR_INVALID, "radius must be finite and > 0, got %g", r);
    if (max_k < 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "radius max must be at least 0, got %d",
                        (int)max_k);
    se3rt_status st = check_points(ctx, pos, n);
    if (st)
        return st;
    int32_t k = max_k < n - 1 ? max_k : n - 1; /* a cap above n-1 caps nothing */
    if (max_k == 0 || k == n - 1)
        return build_nearest(ctx, pos, n, 0, r * r, 1, out);
    return build_nearest(ctx, pos, n, k, r * r, 0, out);
}

/* ---- given bonds --------------------------------------------------------------------------- */

se3rt_status se3rt_graph_new_given(se3rt_ctx *ctx, const double *pos, int32_t n,
                                   const se3rt_bond *bonds, int64_t nbonds, se3rt_graph **out)
{
    *out = NULL;
    se3rt_status st = check_points(ctx, pos, n);
    if (st)
        return st;
    if (nbonds < 0)
        return rt_error(ctx, SE3RT_ERR_INVALID, "negative bond count %lld", (long long)nbonds);
    if (nbonds > INT32_MAX)
        return rt_error(ctx, SE3RT_ERR_INVALID, "too many bonds (%lld)", (long long)nbonds);
    if (nbonds > 0 && !bonds)
        return rt_error(ctx, SE3RT_ERR_INVALID, "bonds are NULL");
    for (int64_t b = 0; b < nbonds; b++) {
        const se3rt_bond *bd = &bonds[b];
        int i_bad = bd->i < 0 || bd->i >= n, j_bad = bd->j < 0 || bd->j >= n;
        if (i_bad || j_bad)
            return rt_error(ctx, SE3RT_ERR_INVALID, "bond %lld (atoms %lld-%lld) names atom %lld, out of range "
                            "1..%d", (long long)b + 1, (long long)bd->i + 1, (long long)bd->j + 1,
                            (long long)(i_bad ? bd->i : bd->j) + 1, (int)n);
        if (bd->i == bd->j)
            return rt_error(ctx, SE3RT_ERR_INVALID, "bond %lld (atoms %d-%d) joins atom %d to itself",
                            (long long)b + 1, (int)bd->i + 1, (int)bd->j + 1, (int)bd->i + 1);
        if (bd->order < SE3RT_BOND_SINGLE || bd->order > SE3RT_BOND_AROMATIC)
            return rt_error(ctx, SE3RT_ERR_INVALID, "bond %lld (atoms %d-%d) has order %d, expected 1..4",
                            (long long)b + 1, (int)bd->i + 1, (int)bd->j + 1, (int)bd->order);
    }
    int64_t m = 2 * nbonds;
    if (!edges_fit(m, SE3RT_BOND_NATTR))
        return rt_error(ctx, SE3RT_ERR_NOMEM, "graph of %lld edges is too large", (long long)m);
    se3rt_graph *g = graph_alloc(ctx, n, m, SE3RT_BOND_NATTR);
    /* key = sender << 32 | bond, bucketed by receiver: sorting a bucket orders its senders and
     * puts repeated (receiver, sender) pairs, i.e. duplicate bonds, side by side */
    int64_t *key = g ? rt_malloc(ctx, (size_t)m * sizeof *key) : NULL;
    int64_t *fill = key ? rt_calloc(ctx, (size_t)n, sizeof *fill) : NULL;
    if (!fill) {
        st = SE3RT_ERR_NOMEM;
        goto done;
    }
    for (int64_t b = 0; b < nbonds; b++) {
        g->row[bonds[b].i + 1]++;
        g->row[bonds[b].j + 1]++;
    }
    for (int32_t i = 0; i < n; i++)
        g->row[i + 1] += g->row[i];
    for (int64_t b = 0; b < nbonds; b++) {
        int32_t i = bonds[b].i, j = bonds[b].j;
        key[g->row[i] + fill[i]++] = (int64_t)j << 32 | b;
        key[g->row[j] + fill[j]++] = (int64_t)i << 32 | b;
    }
    int64_t dup = -1, orig = -1; /* the lowest-numbered bond that repeats an earlier one */
    for (int32_t i = 0; i < n; i++) {
        int64_t *v = key + g->row[i], len = g->row[i + 1] - g->row[i];
        sort_i64(v, len);
        for (int64_t c = 1, first = 0; c < len; c++) {
            if (v[c] >> 32 != v[c - 1] >> 32) {
                first = c;
                continue;
            }
            int64_t b = v[c] & 0xffffffff;
            if (dup < 0 || b < dup) {
                dup = b;
                orig = v[first] & 0xffffffff;
            }
        }
    }
    if (dup >= 0) {
        st = rt_error(ctx, SE3RT_ERR_INVALID, "bond %lld (atoms %d-%d) duplicates bond %lld",
                      (long long)dup + 1, (int)bonds[dup].i + 1, (int)bonds[dup].j + 1, (long long)orig + 1);
        goto done;
    }
    for (int64_t e = 0; e < m; e++) {
        g->src[e] = (int32_t)(key[e] >> 32);
        g->attr[e * SE3RT_BOND_NATTR + bonds[key[e] & 0xffffffff].order - 1] = 1.0;
    }
    g->nedges = m;
    *out = g;
    g = NULL;
    st = SE3RT_OK;
done:
    rt_free(ctx, fill);
    rt_free(ctx, key);
    se3rt_graph_free(ctx, g);
    return st;
}

/* ---- dispatch ------------------------------------------------------------------------------ */

se3rt_status se3rt_graph_new(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos,
                             int32_t n, const se3rt_bond *bonds, int64_t nbonds, se3rt_graph **out)
{
    *out = NULL;
    switch (spec->kind) {
    case SE3RT_GRAPH_FULL: return se3rt_graph_new_full(ctx, pos, n, out);
    case SE3RT_GRAPH_KNN: return se3rt_graph_new_knn(ctx, pos, n, spec->k, out);
    case SE3RT_GRAPH_RADIUS: return se3rt_graph_new_radius(ctx, pos, n, spec->r, spec->k, out);
    case SE3RT_GRAPH_GIVEN: return se3rt_graph_new_given(ctx, pos, n, bonds, nbonds, out);
    }
    return rt_error(ctx, SE3RT_ERR_INVALID, "unknown graph kind %d", (int)spec->kind);
}
