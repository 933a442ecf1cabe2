/* sema.c - semantic checks: the AST of spec.y -> the checked model of model.h.
 * Resolves names, expands `repeat`, flows fibres through the layers and reports every user
 * mistake as a diagnostic at the offending token; it never stops at the first error. */
#include "model.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ast.h"

/* ---- fibres ---------------------------------------------------------------------------- */

int fibre_dim(const fibre *f)
{
    int d = 0;
    for (int l = 0; l <= SE3_LMAX; l++)
        d += f->c[l] * (2 * l + 1);
    return d;
}

int model_scalar_offset(const model *m, int input)
{
    int o = 0;
    for (int u = 0; u < input; u++)
        o += m->inputs[u].f.c[0];
    return o;
}

int fibre_offset(const fibre *f, int l)
{
    int off = 0;
    for (int d = 0; d < l; d++)
        off += f->c[d] * (2 * d + 1);
    return off;
}

int fibre_channels(const fibre *f)
{
    int d = 0;
    for (int l = 0; l <= SE3_LMAX; l++)
        d += f->c[l];
    return d;
}

int fibre_lmax(const fibre *f)
{
    for (int l = SE3_LMAX; l >= 0; l--)
        if (f->c[l])
            return l;
    return -1;
}

int fibre_is_scalar(const fibre *f)
{
    return f->c[0] > 0 && fibre_lmax(f) == 0;
}

int fibre_eq(const fibre *a, const fibre *b)
{
    return memcmp(a->c, b->c, sizeof a->c) == 0;
}

char *fibre_str(arena *a, const fibre *f)
{
    char buf[256];
    size_t k = 0;
    buf[0] = 0;
    /* Use the C x lo..hi shorthand when every degree of a range has the same channels. */
    for (int l = 0; l <= SE3_LMAX; l++) {
        if (!f->c[l])
            continue;
        int h = l;
        while (h + 1 <= SE3_LMAX && f->c[h + 1] == f->c[l])
            h++;
        if (h > l + 1)
            k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%dx%d..%d", k ? " + " : "", f->c[l], l, h);
        else
            h = l, k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%dx%d", k ? " + " : "", f->c[l], l);
        l = h;
    }
    return arena_strdup(a, k ? buf : "none");
}

const char *layer_kind_name(layer_kind k)
{
    static const char *const names[] = { "attention", "conv", "norm", "selfint", "pool", "mlp", "gate" }; /* ORDER LAYER */
    return names[k];
}

/* ---- the checker's state ---------------------------------------------------------------- */

enum sym_kind { SYM_LET, SYM_INPUT, SYM_EDGE, SYM_OUTPUT, SYM_LAYER };

typedef struct sym {
    const char *name;
    enum sym_kind kind;
    src_loc loc;
    fibre f;                    /* SYM_LET: the fibre, resolved once where the let stands */
    int ok;                     /* SYM_LET: the fibre was valid (its errors were reported) */
    int index;                  /* SYM_INPUT: index into inputs */
    struct sym *next;           /* all symbols, newest first (for suggestions) */
} sym;

typedef struct sema {
    arena *mem;
    diag_list *dl;
    model *m;
    sym *syms;
    sym **table;                /* open-addressing hash of the symbols by name */
    unsigned table_cap, nsyms;
    int cap_layers, cap_inputs, cap_edges, cap_outputs;
    const ast_stmt *seen_precision, *seen_graph, *seen_radial;
    int ninput_stmts;           /* input statements seen, valid or not */
    const char *pooled_by;      /* name of the pool layer, once the graph is pooled */
    src_loc pooled_at;
} sema;

static unsigned sema_hash(const char *name)
{
    unsigned h = 2166136261u;
    for (; *name; name++)
        h = (h ^ (unsigned char)*name) * 16777619u;
    return h;
}

/* Symbol look-up in constant time, so checking is linear in the number of statements. */
static sym *sema_sym_find(sema *s, const char *name)
{
    if (!s->table)
        return NULL;
    for (unsigned h = sema_hash(name) & (s->table_cap - 1);; h = (h + 1) & (s->table_cap - 1)) {
        sym *y = s->table[h];
        if (!y || strcmp(y->name, name) == 0)
            return y;
    }
}

static void sema_table_put(sym **table, unsigned cap, sym *y)
{
    unsigned h = sema_hash(y->name) & (cap - 1);
    while (table[h])
        h = (h + 1) & (cap - 1);
    table[h] = y;
}

/* Edit distance, for "did you mean" suggestions; small strings only. */
static int sema_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    int d[41][41];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c)
                c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c)
                c = d[i][j - 1] + 1;
            d[i][j] = c;
        }
    return d[la][lb];
}

/* " (did you mean 'x'?)" for the closest of `cands` (NULL-terminated), or "". */
static const char *sema_suggest(sema *s, const char *word, const char *const *cands)
{
    const char *best = NULL;
    int bestd = 3;
    for (int i = 0; cands[i]; i++) {
        int d = sema_edit_distance(word, cands[i]);
        if (d < bestd) {
            bestd = d;
            best = cands[i];
        }
    }
    return best ? arena_printf(s->mem, " (did you mean '%s'?)", best) : "";
}

static const char *sema_suggest_sym(sema *s, const char *word, enum sym_kind kind)
{
    const char *cands[64];
    int n = 0;
    for (sym *y = s->syms; y && n < 63; y = y->next)
        if (y->kind == kind)
            cands[n++] = y->name;
    cands[n] = NULL;
    return sema_suggest(s, word, cands);
}

/* A name written in the spec is at most SE3_MAX_NAME bytes: names become weight names,
 * file names and (with repeat suffixes) identifiers of the generated code. */
static int sema_name_ok(sema *s, const char *name, src_loc loc)
{
    size_t n = strlen(name);
    if (n <= SE3_MAX_NAME)
        return 1;
    diag_error(s->dl, loc, "name '%.20s...' is %zu characters long; names have at most %d", name, n,
               SE3_MAX_NAME);
    return 0;
}

static int sema_sym_add(sema *s, const char *name, src_loc loc, enum sym_kind kind, sym **out)
{
    sym *old = sema_sym_find(s, name);
    if (old) {
        diag_error(s->dl, loc, "duplicate name '%s' (first defined at %d:%d)", name,
                   old->loc.first_line, old->loc.first_column);
        return 0;
    }
    sym *y = arena_alloc(s->mem, sizeof *y);
    y->name = name;
    y->kind = kind;
    y->loc = loc;
    y->next = s->syms;
    s->syms = y;
    if (2 * (s->nsyms + 1) > s->table_cap) {
        unsigned cap = s->table_cap ? 2 * s->table_cap : 64;
        sym **t = arena_alloc(s->mem, cap * sizeof *t);
        for (sym *z = y->next; z; z = z->next)
            sema_table_put(t, cap, z);
        s->table = t;
        s->table_cap = cap;
    }
    sema_table_put(s->table, s->table_cap, y);
    s->nsyms++;
    if (out)
        *out = y;
    return 1;
}

/* ---- fibres from the AST ---------------------------------------------------------------- */

/* fibre: fibre_term ('+' fibre_term)* | IDENT.  Returns 0 after reporting an error. */
static int sema_fibre(sema *s, const ast_fibre *af, fibre *out)
{
    memset(out, 0, sizeof *out);
    if (af->ref) {
        sym *y = sema_sym_find(s, af->ref);
        if (!y || y->kind != SYM_LET) {
            diag_error(s->dl, af->loc, "unknown fibre '%s'%s", af->ref,
                       sema_suggest_sym(s, af->ref, SYM_LET));
            return 0;
        }
        *out = y->f;
        return y->ok;
    }
    int ok = 1;
    for (const ast_fterm *t = af->terms; t && !diag_full(s->dl); t = t->next) {
        if (t->channels < 1) {
            diag_error(s->dl, t->loc, "a fibre term needs at least 1 channel");
            ok = 0;
            continue;
        }
        if (t->channels > SE3_MAX_CHANNELS) {
            diag_error(s->dl, t->loc, "%ld channels exceed the supported maximum %d per degree",
                       t->channels, SE3_MAX_CHANNELS);
            ok = 0;
            continue;
        }
        if (t->deg_lo > t->deg_hi) {
            diag_error(s->dl, t->loc, "degree range %ld..%ld is empty", t->deg_lo, t->deg_hi);
            ok = 0;
            continue;
        }
        if (t->deg_hi > SE3_LMAX) {
            diag_error(s->dl, t->loc,
                       "degree %ld exceeds the supported maximum %d (degrees k and l couple "
                       "through harmonics up to k+l = %d, the highest generated and tested)",
                       t->deg_hi, SE3_LMAX, 2 * SE3_LMAX);
            ok = 0;
            continue;
        }
        for (long l = t->deg_lo; l <= t->deg_hi; l++) {
            if (out->c[l]) {
                diag_error(s->dl, t->loc, "degree %ld appears twice in this fibre", l);
                ok = 0;
                break;
            }
            out->c[l] = (int)t->channels;
        }
    }
    return ok;
}

/* ---- options ---------------------------------------------------------------------------- */

/* Find `key` in opts, marking the option used. Unknown and duplicate options are reported
 * by sema_opts_check, which runs first. */
static const ast_value *sema_opt(const ast_opt *opts, const char *key)
{
    for (const ast_opt *o = opts; o; o = o->next)
        if (strcmp(o->key, key) == 0)
            return o->val;
    return NULL;
}

/* Report options not in `allowed` (NULL-terminated) and duplicates; `what` names the
 * construct ("attention", "graph knn"). */
static void sema_opts_check(sema *s, const ast_opt *opts, const char *what, const char *const *allowed)
{
    unsigned seen = 0;          /* bit i: allowed[i] was given (fewer than 32 options each) */
    for (const ast_opt *o = opts; o && !diag_full(s->dl); o = o->next) {
        int known = -1;
        for (int i = 0; allowed[i]; i++)
            if (strcmp(allowed[i], o->key) == 0)
                known = i;
        if (known < 0) {
            char list[256];
            size_t k = 0;
            list[0] = 0;
            for (int i = 0; allowed[i]; i++)
                k += (size_t)snprintf(list + k, sizeof list - k, "%s%s",
                                      i == 0 ? "" : (allowed[i + 1] ? ", " : " or "), allowed[i]);
            if (allowed[0])
                diag_error(s->dl, o->key_loc, "unknown option '%s' for %s (expected %s)%s", o->key,
                           what, list, sema_suggest(s, o->key, allowed));
            else
                diag_error(s->dl, o->key_loc, "%s takes no options", what);
            continue;
        }
        if (seen & (1u << known))
            diag_error(s->dl, o->key_loc, "option '%s' given twice", o->key);
        seen |= 1u << known;
    }
}

/* Integer option in [lo, hi]; `*out` keeps its default when absent. */
static int sema_opt_int(sema *s, const ast_opt *opts, const char *key, long lo, long hi, int *out)
{
    const ast_value *v = sema_opt(opts, key);
    if (!v)
        return 1;
    if (v->kind != AST_VAL_INT || v->i < lo || v->i > hi) {
        diag_error(s->dl, v->loc, "option '%s' must be an integer %ld..%ld", key, lo, hi);
        return 0;
    }
    *out = (int)v->i;
    return 1;
}

/* Word option from `words` (NULL-terminated); *out is the index, kept when absent. */
static int sema_opt_word(sema *s, const ast_opt *opts, const char *key, const char *const *words, int *out)
{
    const ast_value *v = sema_opt(opts, key);
    if (!v)
        return 1;
    if (v->kind == AST_VAL_IDENT)
        for (int i = 0; words[i]; i++)
            if (strcmp(words[i], v->ident) == 0) {
                *out = i;
                return 1;
            }
    char list[256];
    size_t k = 0;
    for (int i = 0; words[i]; i++)
        k += (size_t)snprintf(list + k, sizeof list - k, "%s%s",
                              i == 0 ? "" : (words[i + 1] ? ", " : " or "), words[i]);
    diag_error(s->dl, v->loc, "option '%s' must be %s%s", key, list,
               v->kind == AST_VAL_IDENT ? sema_suggest(s, v->ident, words) : "");
    return 0;
}

/* ---- model-level statements ------------------------------------------------------------- */

static int sema_once(sema *s, const ast_stmt *st, const ast_stmt **seen, const char *what)
{
    if (*seen) {
        diag_error(s->dl, st->loc, "duplicate '%s' statement (first at %d:%d)", what,
                   (*seen)->loc.first_line, (*seen)->loc.first_column);
        return 0;
    }
    *seen = st;
    return 1;
}

/* precision: PRECISION IDENT ';' */
static void sema_precision(sema *s, const ast_stmt *st)
{
    if (!sema_once(s, st, &s->seen_precision, "precision"))
        return;
    if (strcmp(st->word, "f32") == 0)
        s->m->prec = PREC_F32;
    else if (strcmp(st->word, "f64") == 0)
        s->m->prec = PREC_F64;
    else
        diag_error(s->dl, st->word_loc, "unknown precision '%s' (expected f32 or f64)", st->word);
}

/* graph: GRAPH IDENT ['(' opts ')'] ';' */
static void sema_graph(sema *s, const ast_stmt *st)
{
    static const char *const kinds[] = { "full", "knn", "radius", "given", NULL };
    static const char *const none[] = { NULL };
    static const char *const knn_opts[] = { "k", NULL };
    static const char *const radius_opts[] = { "r", "max", NULL };
    if (!sema_once(s, st, &s->seen_graph, "graph"))
        return;
    model *m = s->m;
    if (strcmp(st->word, "full") == 0) {
        m->graph = GRAPH_FULL;
        sema_opts_check(s, st->opts, "graph full", none);
    } else if (strcmp(st->word, "given") == 0) {
        m->graph = GRAPH_GIVEN;
        sema_opts_check(s, st->opts, "graph given", none);
    } else if (strcmp(st->word, "knn") == 0) {
        m->graph = GRAPH_KNN;
        sema_opts_check(s, st->opts, "graph knn", knn_opts);
        if (!sema_opt(st->opts, "k"))
            diag_error(s->dl, st->word_loc, "graph knn needs the number of neighbours: knn(k=16)");
        sema_opt_int(s, st->opts, "k", 1, 1024, &m->knn_k);
    } else if (strcmp(st->word, "radius") == 0) {
        m->graph = GRAPH_RADIUS;
        sema_opts_check(s, st->opts, "graph radius", radius_opts);
        const ast_value *r = sema_opt(st->opts, "r");
        if (!r)
            diag_error(s->dl, st->word_loc, "graph radius needs the cut-off: radius(r=2.5)");
        else if ((r->kind != AST_VAL_INT && r->kind != AST_VAL_FLOAT) || !(r->f > 0) || !isfinite(r->f))
            diag_error(s->dl, r->loc, "option 'r' must be a positive number");
        else
            m->radius = r->f;
        sema_opt_int(s, st->opts, "max", 1, 1024, &m->radius_max);
    } else {
        diag_error(s->dl, st->word_loc, "unknown graph kind '%s' (expected full, knn, radius or given)%s",
                   st->word, sema_suggest(s, st->word, kinds));
    }
}

/* radial: RADIAL '(' opts ')' ';' */
static void sema_radial(sema *s, const ast_stmt *st)
{
    static const char *const allowed[] = { "width", "depth", "envelope", "p", "cutoff", NULL };
    static const char *const envs[] = { "none", "poly", "cosine", NULL };
    if (!sema_once(s, st, &s->seen_radial, "radial"))
        return;
    model *m = s->m;
    sema_opts_check(s, st->opts, "radial", allowed);
    sema_opt_int(s, st->opts, "width", 1, 1024, &m->radial_width);
    sema_opt_int(s, st->opts, "depth", 0, 8, &m->radial_depth);
    int env = ENV_NONE;
    sema_opt_word(s, st->opts, "envelope", envs, &env);
    m->envelope = (env_kind)env;
    const ast_value *p = sema_opt(st->opts, "p");
    if (p && m->envelope != ENV_POLY)
        diag_error(s->dl, p->loc, "option 'p' needs envelope=poly");
    sema_opt_int(s, st->opts, "p", 1, 32, &m->env_p);
    const ast_value *c = sema_opt(st->opts, "cutoff");
    if (c && m->envelope == ENV_NONE)
        diag_error(s->dl, c->loc, "option 'cutoff' needs an envelope (envelope=poly or envelope=cosine)");
    else if (c && ((c->kind != AST_VAL_INT && c->kind != AST_VAL_FLOAT) || !(c->f > 0) || !isfinite(c->f)))
        diag_error(s->dl, c->loc, "option 'cutoff' must be a positive number");
    else if (c)
        m->env_cutoff = c->f;
}

/* The envelope's cut-off once the graph is known: radial(cutoff=...) or the graph's radius. */
static void sema_envelope(sema *s, const ast_stmt *radial)
{
    model *m = s->m;
    if (m->envelope == ENV_NONE || m->env_cutoff > 0)
        return;
    if (m->graph == GRAPH_RADIUS && m->radius > 0)
        m->env_cutoff = m->radius;
    else if (m->graph != GRAPH_RADIUS)
        diag_error(s->dl, radial->loc, "an envelope needs a cut-off: radial(envelope=%s, cutoff=R) "
                   "(graph radius gives its r)", m->envelope == ENV_POLY ? "poly" : "cosine");
}

/* input: INPUT IDENT ':' fibre ['=' (INT | IDENT '.' IDENT)] ';' */
static void sema_input(sema *s, const ast_stmt *st)
{
    model *m = s->m;
    field fd = { .name = st->name, .loc = st->name_loc };
    sym *y = NULL;
    int ok = sema_fibre(s, st->fibre, &fd.f);
    if (strcmp(st->name, "pos") == 0 || strcmp(st->name, "species") == 0) {
        diag_error(s->dl, st->name_loc, "input '%s' would shadow the atoms' %s; use another name "
                   "(positions enter through pos.z or pos.xy)", st->name,
                   st->name[0] == 'p' ? "positions" : "species");
        return;
    }
    if (!sema_name_ok(s, st->name, st->name_loc) || !sema_sym_add(s, st->name, st->name_loc, SYM_INPUT, &y))
        return;
    y->index = -1;  /* an input whose declaration is bad: uses of it report nothing more */
    if (!ok)
        return;
    if (st->edge_only && !fibre_is_scalar(&fd.f)) {
        diag_error(s->dl, st->fibre->loc, "edge input '%s' must be a degree-0 fibre (edge products multiply "
                   "scalars), not %s", st->name, fibre_str(s->mem, &fd.f));
        return;
    }
    fd.edge_only = st->edge_only;
    if (st->src_kind == 1) {
        fd.src = FIELD_CONST;
        fd.value = (double)st->count;
        if (!fibre_is_scalar(&fd.f)) {
            diag_error(s->dl, st->word_loc, "a constant input must be a degree-0 fibre, not %s",
                       fibre_str(s->mem, &fd.f));
            return;
        }
    } else if (st->src_kind == 3 || st->src_kind == 4) {
        /* input: ... = atomic_number;  |  ... = species(H, C, N, O, F); */
        int want_species = strcmp(st->word, "species") == 0;
        if (!want_species && strcmp(st->word, "atomic_number") != 0) {
            diag_error(s->dl, st->word_loc, "unknown input source '%s' (expected a property, a constant, pos.z, "
                       "pos.xy, atomic_number or species(...))", st->word);
            return;
        }
        if (want_species != (st->src_kind == 4)) {
            diag_error(s->dl, st->word_loc, want_species ? "species needs its element list: species(H, C, N, O, F)"
                                                         : "atomic_number takes no arguments");
            return;
        }
        if (!fibre_is_scalar(&fd.f)) {
            diag_error(s->dl, st->fibre->loc, "input from %s must be a degree-0 fibre, not %s", st->word,
                       fibre_str(s->mem, &fd.f));
            return;
        }
        if (want_species) {
            int n = 0;
            for (const ast_value *v = st->opts->val->items; v; v = v->next) {
                if (v->kind != AST_VAL_IDENT) {
                    diag_error(s->dl, v->loc, "species(...) lists element symbols");
                    return;
                }
                n++;
            }
            if (n != fd.f.c[0]) {
                diag_error(s->dl, st->fibre->loc, "species(...) lists %d element%s, so the fibre is %dx0, not %s", n,
                           n == 1 ? "" : "s", n, fibre_str(s->mem, &fd.f));
                return;
            }
            fd.src = FIELD_SPECIES;
            fd.species = arena_alloc(s->mem, (size_t)n * sizeof *fd.species);
            n = 0;
            for (const ast_value *v = st->opts->val->items; v; v = v->next)
                fd.species[n++] = v->ident;
        } else {
            if (fd.f.c[0] != 1) {
                diag_error(s->dl, st->fibre->loc, "input from atomic_number has fibre 1x0, not %s",
                           fibre_str(s->mem, &fd.f));
                return;
            }
            fd.src = FIELD_ATOMIC_NUMBER;
        }
    } else if (st->src_kind == 2) {
        fibre want = { { 0 } };
        if (strcmp(st->word, "pos") != 0 ||
            (strcmp(st->word2, "z") != 0 && strcmp(st->word2, "xy") != 0)) {
            diag_error(s->dl, st->word_loc, "unknown input source '%s.%s' (expected pos.z or pos.xy)",
                       st->word, st->word2);
            return;
        }
        if (st->word2[0] == 'z') {
            fd.src = FIELD_POS_Z;
            want.c[0] = 1;
        } else {
            fd.src = FIELD_POS_XY;
            want.c[1] = 1;
        }
        if (!fibre_eq(&want, &fd.f)) {
            diag_error(s->dl, st->fibre->loc, "input from pos.%s has fibre %s, not %s", st->word2,
                       fibre_str(s->mem, &want), fibre_str(s->mem, &fd.f));
            return;
        }
        m->z_only = 1;
    }
    if (m->ninputs == s->cap_inputs) {
        s->cap_inputs = s->cap_inputs ? 2 * s->cap_inputs : 8;
        field *n = arena_alloc(s->mem, (size_t)s->cap_inputs * sizeof *n);
        if (m->ninputs)
            memcpy(n, m->inputs, (size_t)m->ninputs * sizeof *n);
        m->inputs = n;
    }
    y->index = m->ninputs;
    m->inputs[m->ninputs++] = fd;
    for (int l = 0; l <= SE3_LMAX; l++) {
        m->in.c[l] += fd.f.c[l];
        if (!fd.edge_only)
            m->feat.c[l] += fd.f.c[l];
    }
    m->n_edge_inputs += fd.edge_only;
}

/* Edge inputs: each must feed an edge product, the first layer must be a message-passing layer
 * (it reads the input row in place, the edge inputs' channels skipped: docs/semantics.md,
 * "Inputs"), and there must be node features besides them. Then the edge inputs move after
 * every other input (stable), so that they are the tail of the row's degree-0 block; edge
 * products are renumbered to match. */
static void sema_edge_inputs(sema *s)
{
    model *m = s->m;
    if (!m->n_edge_inputs)
        return;
    for (int i = 0; i < m->ninputs; i++) {
        int used = 0;
        for (int q = 0; q < m->nedges; q++)
            used |= m->edges[q].kind == EDGE_PRODUCT && (m->edges[q].a == i || m->edges[q].b == i);
        if (m->inputs[i].edge_only && !used)
            diag_error(s->dl, m->inputs[i].loc, "edge input '%s' is used by no edge product (use it in 'edge "
                       "NAME : 1x0 = %s * %s;', or declare it 'input' to make it a node feature)",
                       m->inputs[i].name, m->inputs[i].name, m->inputs[i].name);
    }
    if (m->ninputs == m->n_edge_inputs) {
        diag_error(s->dl, m->inputs[0].loc, "model '%s' has only edge inputs; the first layer needs node "
                   "features (declare at least one 'input')", m->name);
        return;
    }
    if (m->nlayers > 0 && m->layers[0].kind != LAYER_ATTENTION && m->layers[0].kind != LAYER_CONV)
        diag_error(s->dl, m->layers[0].loc, "with edge inputs the first layer must be attention or conv, not "
                   "%s '%s'", layer_kind_name(m->layers[0].kind), m->layers[0].name);
    field *sorted = arena_alloc(s->mem, (size_t)m->ninputs * sizeof *sorted);
    int *to = arena_alloc(s->mem, (size_t)m->ninputs * sizeof *to), n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < m->ninputs; i++)
            if (m->inputs[i].edge_only == pass) {
                to[i] = n;
                sorted[n++] = m->inputs[i];
            }
    m->inputs = sorted;
    for (int q = 0; q < m->nedges; q++)
        if (m->edges[q].kind == EDGE_PRODUCT) {
            m->edges[q].a = to[m->edges[q].a];
            m->edges[q].b = to[m->edges[q].b];
        }
}

/* Resolve the name of a degree-0 input field used by an edge product. */
static int sema_edge_factor(sema *s, const char *name, src_loc loc, int *index)
{
    sym *y = sema_sym_find(s, name);
    if (!y || y->kind != SYM_INPUT) {
        diag_error(s->dl, loc, "unknown input field '%s'%s (edge products use degree-0 inputs "
                   "declared before the edge)", name, sema_suggest_sym(s, name, SYM_INPUT));
        return 0;
    }
    if (y->index < 0)
        return 0;
    const field *fd = &s->m->inputs[y->index];
    if (!fibre_is_scalar(&fd->f)) {
        diag_error(s->dl, loc, "edge products need degree-0 inputs, but '%s' is %s", name,
                   fibre_str(s->mem, &fd->f));
        return 0;
    }
    *index = y->index;
    return 1;
}

/* edge: EDGE IDENT ':' fibre '=' (IDENT | IDENT '*' IDENT) ';' */
static void sema_edge(sema *s, const ast_stmt *st)
{
    model *m = s->m;
    edge_field e = { .name = st->name, .loc = st->name_loc };
    int ok = sema_fibre(s, st->fibre, &e.f);
    if (!sema_name_ok(s, st->name, st->name_loc) || !sema_sym_add(s, st->name, st->name_loc, SYM_EDGE, NULL) || !ok)
        return;
    fibre want = { { 0 } };
    if (st->src_kind == 1) {
        e.kind = EDGE_PRODUCT;
        if (!sema_edge_factor(s, st->word, st->word_loc, &e.a) ||
            !sema_edge_factor(s, st->word2, st->word2_loc, &e.b))
            return;
        if (m->inputs[e.a].f.c[0] != m->inputs[e.b].f.c[0]) {
            diag_error(s->dl, st->word_loc, "edge product of '%s' (%d channels) and '%s' (%d channels) "
                       "needs equal channels", st->word, m->inputs[e.a].f.c[0], st->word2,
                       m->inputs[e.b].f.c[0]);
            return;
        }
        want.c[0] = m->inputs[e.a].f.c[0];
    } else if (strcmp(st->word, "relpos") == 0) {
        e.kind = EDGE_RELPOS;
        want.c[1] = 1;
    } else if (strcmp(st->word, "bonds") == 0) {
        e.kind = EDGE_BONDS;
        want.c[0] = 4;
    } else {
        static const char *const srcs[] = { "relpos", "bonds", NULL };
        diag_error(s->dl, st->word_loc, "unknown edge source '%s' (expected relpos, bonds or "
                   "FIELD * FIELD)%s", st->word, sema_suggest(s, st->word, srcs));
        return;
    }
    if (!fibre_eq(&want, &e.f)) {
        diag_error(s->dl, st->fibre->loc, "edge '%s' = %s%s%s has fibre %s, not %s", st->name,
                   st->word, st->src_kind ? " * " : "", st->src_kind ? st->word2 : "",
                   fibre_str(s->mem, &want), fibre_str(s->mem, &e.f));
        return;
    }
    if (m->nedges == s->cap_edges) {
        s->cap_edges = s->cap_edges ? 2 * s->cap_edges : 8;
        edge_field *n = arena_alloc(s->mem, (size_t)s->cap_edges * sizeof *n);
        if (m->nedges)
            memcpy(n, m->edges, (size_t)m->nedges * sizeof *n);
        m->edges = n;
    }
    m->edges[m->nedges++] = e;
    if (e.kind == EDGE_RELPOS)
        m->edge_fibre.c[1] += 1;
    else
        m->n_edge_scalars += e.f.c[0];
}

/* output: OUTPUT IDENT ':' fibre ['(' kind=energy, reference={SYMBOL = NUMBER, ...} ')'] ';'
 * The options are checked against the rest of the model in sema_outputs. */
static void sema_output(sema *s, const ast_stmt *st)
{
    model *m = s->m;
    field fd = { .name = st->name, .loc = st->name_loc, .ref_input = -1 };
    int ok = sema_fibre(s, st->fibre, &fd.f);
    static const char *const allowed[] = { "kind", "reference", NULL };
    static const char *const kinds[] = { "value", "energy", NULL };
    sema_opts_check(s, st->opts, "output", allowed);
    int kind = 0;
    ok &= sema_opt_word(s, st->opts, "kind", kinds, &kind);
    fd.energy = kind == 1;
    const ast_value *rv = sema_opt(st->opts, "reference");
    if (rv && rv->kind != AST_VAL_MAP) {
        diag_error(s->dl, rv->loc, "option 'reference' must list element energies, e.g. {H = -0.5, C = -37.8}");
        ok = 0;
    }
    fd.ref_ast = rv;
    if (!sema_name_ok(s, st->name, st->name_loc) || !sema_sym_add(s, st->name, st->name_loc, SYM_OUTPUT, NULL) || !ok)
        return;
    if (m->noutputs == s->cap_outputs) {
        s->cap_outputs = s->cap_outputs ? 2 * s->cap_outputs : 8;
        field *n = arena_alloc(s->mem, (size_t)s->cap_outputs * sizeof *n);
        if (m->noutputs)
            memcpy(n, m->outputs, (size_t)m->noutputs * sizeof *n);
        m->outputs = n;
    }
    m->outputs[m->noutputs++] = fd;
}

/* ---- layers ----------------------------------------------------------------------------- */

static layer *sema_layer_new(sema *s)
{
    model *m = s->m;
    if (m->nlayers == s->cap_layers) {
        s->cap_layers = s->cap_layers ? 2 * s->cap_layers : 16;
        layer *n = arena_alloc(s->mem, (size_t)s->cap_layers * sizeof *n);
        if (m->nlayers)
            memcpy(n, m->layers, (size_t)m->nlayers * sizeof *n);
        m->layers = n;
    }
    layer *L = &m->layers[m->nlayers++];
    memset(L, 0, sizeof *L);
    return L;
}

/* Degree-wise description for messages: "degrees 0..3" or "degrees 0, 2". */
static const char *sema_degrees(sema *s, const fibre *f)
{
    char buf[64];
    size_t k = 0;
    int n = 0;
    for (int l = 0; l <= SE3_LMAX; l++)
        if (f->c[l])
            k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%d", n++ ? ", " : "", l);
    return arena_printf(s->mem, "degree%s %s", n == 1 ? "" : "s", n ? buf : "none");
}

/* Message-passing layers need a graph; report when the features were pooled already. */
static int sema_needs_graph(sema *s, const layer *L)
{
    if (!s->pooled_by)
        return 1;
    diag_error(s->dl, L->loc, "%s '%s' needs a graph, but pool '%s' (at %d:%d) reduced it to one "
               "vector per graph", layer_kind_name(L->kind), L->name, s->pooled_by,
               s->pooled_at.first_line, s->pooled_at.first_column);
    return 0;
}

static int sema_divisible(sema *s, const layer *L, const fibre *f, int by, const char *what,
                          const char *opt)
{
    for (int l = 0; l <= SE3_LMAX; l++)
        if (f->c[l] % by) {
            diag_error(s->dl, L->loc, "%s '%s': %s channels %d of degree %d are not divisible by %s=%d",
                       layer_kind_name(L->kind), L->name, what, f->c[l], l, opt, by);
            return 0;
        }
    return 1;
}

/* Attentive self-interaction mixes channels through a C_in x C_in Gram matrix and C_out x C_in
 * weights per degree, which the generated code keeps on the stack: at most SE3_MAX_ATTENTIVE
 * channels in and out of each degree. */
static int sema_attentive_size(sema *s, const layer *L, const fibre *from)
{
    for (int l = 0; l <= SE3_LMAX; l++)
        if (L->out.c[l] && from->c[l] && (L->out.c[l] > SE3_MAX_ATTENTIVE || from->c[l] > SE3_MAX_ATTENTIVE)) {
            diag_error(s->dl, L->loc, "%s '%s': attentive self-interaction of degree %d maps %d channels "
                       "to %d; it takes at most %d each", layer_kind_name(L->kind), L->name, l, from->c[l],
                       L->out.c[l], SE3_MAX_ATTENTIVE);
            return 0;
        }
    return 1;
}

/* xij=none|add (attention, conv): add x_i - x_j to channel 0 of the sender's degree-1 features
 * on every edge, which needs a degree-1 input channel to add it to. */
static int sema_xij(sema *s, const ast_stmt *st, layer *L)
{
    static const char *const xijs[] = { "none", "add", NULL };
    int x = 0;
    if (!sema_opt_word(s, st->opts, "xij", xijs, &x))
        return 0;
    L->xij_add = x == 1;
    if (L->xij_add && !L->in.c[1]) {
        diag_error(s->dl, sema_opt(st->opts, "xij")->loc,
                   "%s '%s': xij=add adds x_i - x_j to the first degree-1 input channel, but the input (%s) has "
                   "none", st->word, L->name, sema_degrees(s, &L->in));
        return 0;
    }
    return 1;
}

/* attention: IDENT IDENT '->' fibre ['(' opts ')'] ';'  (paper Eq. 10-13, docs/semantics.md) */
static int sema_attention(sema *s, const ast_stmt *st, layer *L)
{
    static const char *const allowed[] = { "heads", "div", "skip", "self", "xij", "radial_width", "radial_depth", NULL };
    static const char *const skips[] = { "cat", "sum", "none", NULL };
    static const char *const sis[] = { "linear", "attentive", NULL };
    sema_opts_check(s, st->opts, "attention", allowed);
    L->heads = 1;
    L->div = 1;
    int skip = SKIP_CAT, si = SI_LINEAR, ok = 1;
    ok &= sema_opt_int(s, st->opts, "heads", 1, 64, &L->heads);
    ok &= sema_opt_int(s, st->opts, "div", 1, 64, &L->div);
    ok &= sema_opt_word(s, st->opts, "skip", skips, &skip);
    ok &= sema_opt_word(s, st->opts, "self", sis, &si);
    ok &= sema_xij(s, st, L);
    ok &= sema_opt_int(s, st->opts, "radial_width", 1, 1024, &L->radial_width);
    ok &= sema_opt_int(s, st->opts, "radial_depth", 0, 8, &L->radial_depth);
    L->skip = (skip_kind)skip;
    L->si = (si_kind)si;
    if (!ok || !sema_needs_graph(s, L) || !sema_divisible(s, L, &L->out, L->div, "output", "div"))
        return 0;
    for (int l = 0; l <= SE3_LMAX; l++) {
        L->value.c[l] = L->out.c[l] / L->div;
        L->key.c[l] = L->in.c[l] ? L->value.c[l] : 0;
    }
    if (fibre_lmax(&L->key) < 0) {
        diag_error(s->dl, L->loc, "attention '%s': the output (%s) shares no degree with the "
                   "input (%s), so there are no keys to match queries against", L->name,
                   sema_degrees(s, &L->out), sema_degrees(s, &L->in));
        return 0;
    }
    if (!sema_divisible(s, L, &L->value, L->heads, "value", "heads"))
        return 0;
    switch (L->skip) {
    case SKIP_CAT:
        for (int l = 0; l <= SE3_LMAX; l++)
            L->mid.c[l] = L->value.c[l] + (L->value.c[l] ? L->in.c[l] : 0);
        break;
    case SKIP_SUM:
        for (int l = 0; l <= SE3_LMAX; l++) {
            if (L->value.c[l] && L->in.c[l] && L->value.c[l] != L->in.c[l]) {
                diag_error(s->dl, L->loc, "attention '%s': skip=sum needs equal channels, but degree %d "
                           "has %d from the attention and %d from the input", L->name, l,
                           L->value.c[l], L->in.c[l]);
                return 0;
            }
            L->mid.c[l] = L->value.c[l];
        }
        break;
    case SKIP_NONE:
        L->mid = L->value;
        break;
    }
    return L->si != SI_ATTENTIVE || sema_attentive_size(s, L, &L->mid);
}

/* conv: IDENT IDENT '->' fibre ['(' opts ')'] ';'  (TFN convolution, "GConvSE3") */
static int sema_conv(sema *s, const ast_stmt *st, layer *L)
{
    static const char *const allowed[] = { "aggregate", "self", "xij", "radial_width", "radial_depth", NULL };
    static const char *const aggs[] = { "sum", "mean", NULL };
    static const char *const selfs[] = { "linear", "attentive", "none", NULL };
    sema_opts_check(s, st->opts, "conv", allowed);
    int agg = AGG_SUM, si = SI_LINEAR, ok = 1;
    ok &= sema_opt_word(s, st->opts, "aggregate", aggs, &agg);
    ok &= sema_opt_word(s, st->opts, "self", selfs, &si);
    ok &= sema_xij(s, st, L);
    ok &= sema_opt_int(s, st->opts, "radial_width", 1, 1024, &L->radial_width);
    ok &= sema_opt_int(s, st->opts, "radial_depth", 0, 8, &L->radial_depth);
    if (ok && si == SI_ATTENTIVE) {
        diag_error(s->dl, sema_opt(st->opts, "self")->loc,
                   "conv self-term must be linear or none (attentive self-interaction is an "
                   "attention option or a selfint layer)");
        ok = 0;
    }
    L->agg = (agg_kind)agg;
    L->si = (si_kind)si;
    return ok && sema_needs_graph(s, L);
}

/* selfint: IDENT IDENT '->' fibre ['(' opts ')'] ';' */
static int sema_selfint(sema *s, const ast_stmt *st, layer *L)
{
    static const char *const allowed[] = { "kind", "bias", NULL };
    static const char *const kinds[] = { "linear", "attentive", NULL };
    static const char *const bools[] = { "false", "true", NULL };
    sema_opts_check(s, st->opts, "selfint", allowed);
    int kind = SI_LINEAR, ok = 1;
    ok &= sema_opt_word(s, st->opts, "kind", kinds, &kind);
    ok &= sema_opt_word(s, st->opts, "bias", bools, &L->bias);
    L->si = (si_kind)kind;
    if (!ok)
        return 0;
    if (L->bias && !L->out.c[0]) {
        diag_error(s->dl, sema_opt(st->opts, "bias")->loc,
                   "selfint '%s': a bias needs degree-0 outputs (bias on degree l > 0 would break "
                   "equivariance)", L->name);
        return 0;
    }
    for (int l = 0; l <= SE3_LMAX; l++)
        if (L->out.c[l] && !L->in.c[l]) {
            diag_error(s->dl, L->loc, "selfint '%s' cannot create degree %d: its input has %s", L->name,
                       l, sema_degrees(s, &L->in));
            return 0;
        }
    return L->si != SI_ATTENTIVE || sema_attentive_size(s, L, &L->in);
}

/* norm: IDENT IDENT ['(' opts ')'] ';' */
static int sema_norm(sema *s, const ast_stmt *st, layer *L)
{
    static const char *const allowed[] = { "kind", NULL };
    static const char *const kinds[] = { "layer", "bias", NULL };
    sema_opts_check(s, st->opts, "norm", allowed);
    int kind = NORM_LAYER;
    int ok = sema_opt_word(s, st->opts, "kind", kinds, &kind);
    L->norm = (norm_kind)kind;
    L->out = L->in;
    return ok;
}

/* pool: IDENT IDENT ['(' opts ')'] ';' */
static int sema_pool(sema *s, const ast_stmt *st, layer *L, const char *prev)
{
    static const char *const allowed[] = { "op", NULL };
    static const char *const ops[] = { "max", "mean", "sum", NULL };
    sema_opts_check(s, st->opts, "pool", allowed);
    int op = POOL_MAX;
    if (!sema_opt_word(s, st->opts, "op", ops, &op))
        return 0;
    L->pool = (pool_kind)op;
    L->out = L->in;
    if (s->pooled_by) {
        diag_error(s->dl, L->loc, "pool '%s': the features were pooled already by '%s'", L->name,
                   s->pooled_by);
        return 0;
    }
    if (L->pool == POOL_MAX && !fibre_is_scalar(&L->in)) {
        diag_error(s->dl, L->loc, "max pooling needs invariant (degree-0) inputs, but %s gives %s "
                   "(use op=mean or op=sum, or a conv to degree 0 first)", prev, sema_degrees(s, &L->in));
        return 0;
    }
    s->pooled_by = L->name;
    s->pooled_at = L->loc;
    return 1;
}

/* mlp: IDENT IDENT '->' fibre ['(' opts ')'] ';'   with opts hidden=[128, 128], per node or graph */
static int sema_mlp(sema *s, const ast_stmt *st, layer *L, const char *prev)
{
    static const char *const allowed[] = { "hidden", NULL };
    sema_opts_check(s, st->opts, "mlp", allowed);
    const ast_value *h = sema_opt(st->opts, "hidden");
    if (h) {
        const ast_value *items = h->kind == AST_VAL_LIST ? h->items : h;
        for (const ast_value *v = items; v; v = (h->kind == AST_VAL_LIST ? v->next : NULL)) {
            if (v->kind != AST_VAL_INT || v->i < 1 || v->i > 65536) {
                diag_error(s->dl, v->loc, "mlp hidden widths must be integers 1..65536");
                return 0;
            }
            if (L->mlp_n == SE3_MAX_MLP) {
                diag_error(s->dl, v->loc, "an mlp has at most %d hidden layers", SE3_MAX_MLP);
                return 0;
            }
            L->mlp_hidden[L->mlp_n++] = (int)v->i;
        }
    }
    if (!fibre_is_scalar(&L->in)) {
        diag_error(s->dl, L->loc, "mlp '%s' needs invariant (degree-0) inputs, but %s gives %s",
                   L->name, prev, sema_degrees(s, &L->in));
        return 0;
    }
    if (!fibre_is_scalar(&L->out)) {
        diag_error(s->dl, st->fibre->loc, "mlp '%s' can only produce degree-0 outputs, not %s",
                   L->name, fibre_str(s->mem, &L->out));
        return 0;
    }
    return 1;
}

/* gate: IDENT IDENT '->' fibre ['(' opts ')'] ';'   with opts act=silu|relu|tanh. The input has
 * every output degree l >= 1 unchanged and, at degree 0, the output's scalars followed by one
 * gate per channel of degree >= 1 (docs/spec-language.md, "gate"). */
static int sema_gate(sema *s, const ast_stmt *st, layer *L, const char *prev)
{
    static const char *const allowed[] = { "act", NULL };
    static const char *const acts[] = { "silu", "relu", "tanh", NULL }; /* ORDER ACT */
    sema_opts_check(s, st->opts, "gate", allowed);
    int act = ACT_SILU;
    if (!sema_opt_word(s, st->opts, "act", acts, &act))
        return 0;
    L->act = (act_kind)act;
    int gates = 0;
    for (int l = 1; l <= SE3_LMAX; l++) {
        if (L->out.c[l] != L->in.c[l]) {
            diag_error(s->dl, st->fibre->loc, "gate '%s' keeps the channels of degree %d (%d from %s), not %d",
                       L->name, l, L->in.c[l], prev, L->out.c[l]);
            return 0;
        }
        gates += L->out.c[l];
    }
    if (L->in.c[0] != L->out.c[0] + gates) {
        diag_error(s->dl, st->fibre->loc, "gate '%s' needs %d + %d degree-0 inputs (its scalars, then one gate "
                   "per channel of degree >= 1), but %s gives %d", L->name, L->out.c[0], gates, prev, L->in.c[0]);
        return 0;
    }
    if (fibre_lmax(&L->out) < 0) {
        diag_error(s->dl, st->fibre->loc, "gate '%s' has no outputs", L->name);
        return 0;
    }
    return 1;
}

/* layer: IDENT IDENT ['->' fibre] ['(' opts ')'] ';'   `suffix` numbers repeated layers. */
static void sema_layer(sema *s, const ast_stmt *st, const char *suffix, fibre *cur, const char **prev)
{
    static const char *const kinds[] = { "attention", "conv", "norm", "selfint", "pool", "mlp", "gate", NULL }; /* ORDER LAYER */
    int kind = -1;
    for (int i = 0; kinds[i]; i++)
        if (strcmp(kinds[i], st->word) == 0)
            kind = i;
    if (kind < 0) {
        diag_error(s->dl, st->word_loc, "unknown layer kind '%s' (expected attention, conv, norm, "
                   "selfint, pool, mlp or gate)%s", st->word, sema_suggest(s, st->word, kinds));
        return;
    }
    if (!sema_name_ok(s, st->name, st->name_loc))
        return;
    const char *name = suffix[0] ? arena_printf(s->mem, "%s%s", st->name, suffix) : st->name;
    if (!sema_sym_add(s, name, st->name_loc, SYM_LAYER, NULL))
        return;
    int has_out = kind != LAYER_NORM && kind != LAYER_POOL;
    if (has_out && !st->fibre) {
        diag_error(s->dl, st->name_loc, "%s '%s' needs an output fibre: %s %s -> FIBRE", kinds[kind],
                   st->name, kinds[kind], st->name);
        return;
    }
    if (!has_out && st->fibre) {
        diag_error(s->dl, st->fibre->loc, "%s '%s' keeps its input fibre; remove '-> ...'",
                   kinds[kind], st->name);
        return;
    }
    layer *L = sema_layer_new(s);
    L->kind = (layer_kind)kind;
    L->name = name;
    L->loc = st->name_loc;
    L->in = *cur;
    L->per_graph = s->pooled_by != NULL;
    if (has_out && !sema_fibre(s, st->fibre, &L->out)) {
        s->m->nlayers--;
        return;
    }
    int ok = 0;
    switch (L->kind) {
    case LAYER_ATTENTION: ok = sema_attention(s, st, L); break;
    case LAYER_CONV: ok = sema_conv(s, st, L); break;
    case LAYER_NORM: ok = sema_norm(s, st, L); break;
    case LAYER_SELFINT: ok = sema_selfint(s, st, L); break;
    case LAYER_POOL: ok = sema_pool(s, st, L, *prev); break;
    case LAYER_MLP: ok = sema_mlp(s, st, L, *prev); break;
    case LAYER_GATE: ok = sema_gate(s, st, L, *prev); break;
    }
    if (L->kind == LAYER_ATTENTION || L->kind == LAYER_CONV) {
        for (int l = 0; l <= SE3_LMAX; l++)
            L->send.c[l] = L->in.c[l] + s->m->edge_fibre.c[l];
        if (!L->radial_width)
            L->radial_width = s->m->radial_width;
        if (!L->radial_depth && !sema_opt(st->opts, "radial_depth"))
            L->radial_depth = s->m->radial_depth;
    }
    if (!ok) {
        s->m->nlayers--;
        return;
    }
    *cur = L->out;
    *prev = arena_printf(s->mem, "%s '%s'", layer_kind_name(L->kind), L->name);
}

/* The statements of a model body or a repeat body, in order. */
static void sema_stmts(sema *s, const ast_stmt *list, const char *suffix, int depth, fibre *cur,
                       const char **prev)
{
    for (const ast_stmt *st = list; st && !diag_full(s->dl); st = st->next) {
        if (depth > 0 && st->kind != AST_LAYER && st->kind != AST_REPEAT) {
            static const char *const what[] = { "precision", "graph", "radial", "let", "input",
                                                "edge", "output", "layer", "repeat" };
            diag_error(s->dl, st->loc, "'%s' is not allowed inside repeat (only layers are)",
                       what[st->kind]);
            continue;
        }
        /* Inputs and edges define what the first layer sees; keep them before it. */
        if ((st->kind == AST_INPUT || st->kind == AST_EDGE) && s->m->nlayers > 0) {
            diag_error(s->dl, st->loc, "'%s' must come before the first layer",
                       st->kind == AST_INPUT ? (st->edge_only ? "edge input" : "input") : "edge");
            continue;
        }
        switch (st->kind) {
        case AST_PRECISION: sema_precision(s, st); break;
        case AST_GRAPH: sema_graph(s, st); break;
        case AST_RADIAL: sema_radial(s, st); break;
        case AST_LET: {
            /* resolved before the name exists, so `let a = a;` is an unknown fibre */
            sym *y = NULL;
            fibre f;
            int ok = sema_fibre(s, st->fibre, &f);
            if (sema_name_ok(s, st->name, st->name_loc) && sema_sym_add(s, st->name, st->name_loc, SYM_LET, &y)) {
                y->f = f;
                y->ok = ok;
            }
            break;
        }
        case AST_INPUT:
            s->ninput_stmts++;
            sema_input(s, st);
            *cur = s->m->feat;  /* the first layer sees the node features, not the edge inputs */
            break;
        case AST_EDGE: sema_edge(s, st); break;
        case AST_OUTPUT: sema_output(s, st); break;
        case AST_LAYER: sema_layer(s, st, suffix, cur, prev); break;
        case AST_REPEAT:
            if (st->count < 1 || st->count > 100) {
                diag_error(s->dl, st->word_loc, "repeat count must be 1..100, got %ld", st->count);
                break;
            }
            if (depth >= 4) {
                diag_error(s->dl, st->loc, "repeat blocks nest at most 4 deep");
                break;
            }
            /* Expand the body; after errors in one copy, the others would only repeat them. */
            for (long i = 1; i <= st->count; i++) {
                int before = s->dl->nerrors;
                sema_stmts(s, st->body, arena_printf(s->mem, "%s_%ld", suffix, i), depth + 1, cur, prev);
                if (s->dl->nerrors > before)
                    break;
            }
            break;
        }
    }
}

/* Layers that `list` expands to (each repeat body times its count), saturating at
 * SE3_MAX_LAYERS + 1, computed before anything is expanded and in time linear in the spec.
 * Reports an empty repeat body and nested repeat blocks whose counts multiply (`product`)
 * past SE3_MAX_REPEAT, setting *bad; counts and depths out of range are sema_stmts's to
 * report (counted as 1 and not descended into here). */
static long sema_expansion(sema *s, const ast_stmt *list, long product, int depth, int *bad)
{
    long n = 0;
    for (const ast_stmt *st = list; st && !diag_full(s->dl); st = st->next) {
        if (st->kind == AST_LAYER) {
            n++;
        } else if (st->kind == AST_REPEAT && depth < 4) {
            const long count = st->count >= 1 && st->count <= 100 ? st->count : 1;
            if (!st->body) {
                diag_error(s->dl, st->loc, "repeat body is empty");
                *bad = 1;
                continue;
            }
            if (product * count > SE3_MAX_REPEAT) {
                diag_error(s->dl, st->word_loc, "nested repeat blocks run this body %ld times (the product of "
                           "their counts); at most %d", product * count, SE3_MAX_REPEAT);
                *bad = 1;
                continue;
            }
            n += count * sema_expansion(s, st->body, product * count, depth + 1, bad);
        }
        if (n > SE3_MAX_LAYERS)
            n = SE3_MAX_LAYERS + 1;
    }
    return n;
}

/* `kind=energy` and `reference={...}` of one output: an energy is the one per-graph scalar
 * (1x0 after a pool) whose negative position gradient `se3tc run` writes as forces; its
 * reference energies, one per element of the model's species(...) input, are added per atom. */
static void sema_output_energy(sema *s, field *fd, int *energies)
{
    model *m = s->m;
    const ast_value *rv = fd->ref_ast;
    if (!fd->energy && !rv)
        return;
    if (!fd->energy) {
        diag_error(s->dl, rv->loc, "reference energies belong to an energy output: add kind=energy to "
                   "output '%s'", fd->name);
        return;
    }
    fibre one = { { 1 } };
    if (!s->pooled_by || !fibre_eq(&fd->f, &one)) {
        diag_error(s->dl, fd->loc, "energy output '%s' must be one number per graph (1x0 after a pool), "
                   "not %s%s", fd->name, fibre_str(s->mem, &fd->f), s->pooled_by ? "" : " per node");
        return;
    }
    if (++*energies > 1) {
        diag_error(s->dl, fd->loc, "output '%s': a model has at most one energy output", fd->name);
        return;
    }
    if (!rv)
        return;
    int in = -1;
    for (int i = 0; i < m->ninputs && in < 0; i++)
        if (m->inputs[i].src == FIELD_SPECIES)
            in = i;
    if (in < 0) {
        diag_error(s->dl, rv->loc, "reference energies need an input 'NAME : Cx0 = species(...)' to know "
                   "each atom's element");
        return;
    }
    const field *sp = &m->inputs[in];
    fd->ref = arena_alloc(s->mem, (size_t)sp->f.c[0] * sizeof *fd->ref);
    fd->ref_input = in;
    for (const ast_opt *o = rv->map; o; o = o->next) {
        int c = -1;
        for (int k = 0; k < sp->f.c[0] && c < 0; k++)
            if (strcmp(sp->species[k], o->key) == 0)
                c = k;
        if (c < 0) {
            diag_error(s->dl, o->key_loc, "reference energy for '%s', which input '%s' does not list",
                       o->key, sp->name);
            continue;
        }
        int dup = 0;
        for (const ast_opt *p = rv->map; p != o; p = p->next)
            dup |= strcmp(p->key, o->key) == 0;
        if (dup) {
            diag_error(s->dl, o->key_loc, "reference energy for '%s' given twice", o->key);
            continue;
        }
        if ((o->val->kind != AST_VAL_INT && o->val->kind != AST_VAL_FLOAT) || !isfinite(o->val->f)) {
            diag_error(s->dl, o->val->loc, "reference energy for '%s' must be a finite number", o->key);
            continue;
        }
        fd->ref[c] = o->val->f;
    }
}

/* Outputs split the last layer's fibre per degree, in declaration order. */
static void sema_outputs(sema *s, const fibre *cur, const char *prev)
{
    model *m = s->m;
    if (m->noutputs == 0) {
        diag_error(s->dl, m->loc, "missing output: model '%s' produces %s but declares no "
                   "'output NAME : FIBRE;'", m->name, fibre_str(s->mem, cur));
        return;
    }
    fibre sum = { { 0 } };
    for (int i = 0; i < m->noutputs; i++)
        for (int l = 0; l <= SE3_LMAX; l++)
            sum.c[l] += m->outputs[i].f.c[l];
    if (!fibre_eq(&sum, cur))
        diag_error(s->dl, m->outputs[m->noutputs - 1].loc, "the outputs declare %s, but %s produces %s",
                   fibre_str(s->mem, &sum), prev, fibre_str(s->mem, cur));
    m->out_per_graph = s->pooled_by != NULL;
    int energies = 0;
    for (int i = 0; i < m->noutputs; i++)
        sema_output_energy(s, &m->outputs[i], &energies);
}

model *sema_check(arena *mem, diag_list *dl, const ast_model *ast, const char *file)
{
    int errors_before = dl->nerrors;
    model *m = arena_alloc(mem, sizeof *m);
    m->name = ast->name;
    m->file = file;
    m->loc = ast->loc;
    m->prec = PREC_F32;
    m->graph = GRAPH_FULL;
    m->radial_width = 32;
    m->radial_depth = 2;
    m->env_p = 6;
    sema s = { .mem = mem, .dl = dl, .m = m };

    /* Model-level settings first, so layers see the graph kind and radial defaults wherever
     * the statements stand. */
    for (const ast_stmt *st = ast->body; st; st = st->next) {
        if (st->kind == AST_PRECISION)
            sema_precision(&s, st);
        else if (st->kind == AST_GRAPH)
            sema_graph(&s, st);
        else if (st->kind == AST_RADIAL)
            sema_radial(&s, st);
    }
    if (s.seen_radial)
        sema_envelope(&s, s.seen_radial);
    /* Bounded work: the size of the expanded model is known and limited before expanding. */
    int bad = !sema_name_ok(&s, m->name, m->loc);
    long nlayers = sema_expansion(&s, ast->body, 1, 0, &bad);
    if (!bad && nlayers > SE3_MAX_LAYERS)
        diag_error(dl, m->loc, "model '%s' has more than %d layers (counting every copy of a repeat "
                   "body)", m->name, SE3_MAX_LAYERS);
    if (bad || nlayers > SE3_MAX_LAYERS)
        return NULL;
    fibre cur = { { 0 } };
    const char *prev = "the inputs";
    /* Walk the body without the settings handled above. */
    ast_stmt *copy = NULL, **cp = &copy;
    for (const ast_stmt *st = ast->body; st; st = st->next) {
        if (st->kind == AST_PRECISION || st->kind == AST_GRAPH || st->kind == AST_RADIAL)
            continue;
        ast_stmt *c = arena_alloc(mem, sizeof *c);
        *c = *st;
        c->next = NULL;
        *cp = c;
        cp = &c->next;
    }
    sema_stmts(&s, copy, "", 0, &cur, &prev);
    if (dl->nerrors == errors_before)
        sema_edge_inputs(&s);

    if (s.ninput_stmts == 0)
        diag_error(dl, m->loc, "model '%s' has no input (declare 'input NAME : FIBRE;')", m->name);
    else if (m->nlayers == 0 && dl->nerrors == errors_before)
        diag_error(dl, m->loc, "model '%s' has no layers", m->name);
    if (m->ninputs > 0 && dl->nerrors == errors_before)
        sema_outputs(&s, &cur, prev);
    if (m->graph != GRAPH_GIVEN)
        for (int i = 0; i < m->nedges; i++)
            if (m->edges[i].kind == EDGE_BONDS)
                diag_error(dl, m->edges[i].loc, "edge scalars from bonds need 'graph given;'");
    return dl->nerrors == errors_before ? m : NULL;
}
