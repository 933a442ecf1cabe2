/* extxyz.c - extended XYZ as ASE writes it: the points a model runs on, one frame a graph.
 * Reads every frame (atom count, key=value info line, per-atom columns described by Properties=)
 * from a path, stream or buffer; writes frames back with added per-atom properties and per-graph
 * info values, keeping the columns and info that were read. See docs/formats.md. */
#include "rt_internal.h"
#include "rt_where.h"
#include "se3rt_io.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define XYZ_TOK_MAX 256       /* longest number token accepted */
#define XYZ_MAX_NCOLS 100000  /* columns of one property */

/* A cursor over the input, one line at a time. */
struct xyz_cur {
    const char *p, *end;   /* next unread byte, end of input */
    int line;              /* number of the line last returned (1-based) */
};

/* Reader state. */
struct xyz_rd {
    se3rt_ctx *ctx;        /* allocator and error sink */
    const char *file;      /* name for messages */
    struct xyz_cur cur;    /* position in the input */
};

static int xyz_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Next line without its '\n' (and trailing '\r'); 0 at end of input. */
static int xyz_line_next(struct xyz_cur *c, const char **s /* OUT */, size_t *n /* OUT */)
{
    if (c->p >= c->end)
        return 0;
    const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
    const char *e = nl ? nl : c->end;
    *s = c->p;
    *n = (size_t)(e - c->p);
    if (*n && (*s)[*n - 1] == '\r')
        (*n)--;
    c->p = nl ? nl + 1 : c->end;
    c->line++;
    return 1;
}

/* Next whitespace-separated token of [*p, end); 0 when none is left. */
static int xyz_tok_next(const char **p, const char *end, const char **t /* OUT */, size_t *n /* OUT */)
{
    const char *q = *p;
    while (q < end && xyz_is_space(*q))
        q++;
    if (q >= end)
        return 0;
    *t = q;
    while (q < end && !xyz_is_space(*q))
        q++;
    *n = (size_t)(q - *t);
    *p = q;
    return 1;
}

static size_t xyz_tok_count(const char *s, size_t n)
{
    const char *p = s, *t;
    size_t k = 0, tn;
    while (xyz_tok_next(&p, s + n, &t, &tn))
        k++;
    return k;
}

static char *xyz_strndup(se3rt_ctx *ctx, const char *s, size_t n)
{
    char *d = rt_malloc(ctx, n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

static int xyz_name_ok(const char *s, int colon_ok);

static int xyz_key_eq_ci(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return *a == *b;
}

/* ---------------------------------------------------------------- freeing */

static void xyz_prop_clear(se3rt_ctx *ctx, se3rt_xyz_prop *p, size_t natoms)
{
    rt_free(ctx, p->name);
    rt_free(ctx, p->values);
    if (p->strings) {
        for (size_t i = 0; i < natoms * (size_t)p->ncols; i++)
            rt_free(ctx, p->strings[i]);
        rt_free(ctx, p->strings);
    }
    memset(p, 0, sizeof *p);
}

static void xyz_frame_clear(se3rt_ctx *ctx, se3rt_frame *f)
{
    for (size_t i = 0; i < f->nprops; i++)
        xyz_prop_clear(ctx, &f->props[i], f->natoms);
    for (size_t i = 0; i < f->ninfo; i++) {
        rt_free(ctx, f->info[i].key);
        rt_free(ctx, f->info[i].value);
    }
    rt_free(ctx, f->props);
    rt_free(ctx, f->info);
    memset(f, 0, sizeof *f);
}

void se3rt_xyz_free(se3rt_xyz *xyz)
{
    if (!xyz)
        return;
    se3rt_ctx *ctx = xyz->ctx;
    for (size_t i = 0; i < xyz->nframes; i++)
        xyz_frame_clear(ctx, &xyz->frames[i]);
    rt_free(ctx, xyz->frames);
    rt_free(ctx, xyz->file);
    rt_free(ctx, xyz);
}

/* ---------------------------------------------------------------- info line */

/* Store key=value, replacing the value of an earlier equal key (which keeps its place).
 * Takes ownership of key and value (frees them on failure). */
static se3rt_status xyz_info_put(se3rt_ctx *ctx, se3rt_frame *f, char *key, char *value, int bare)
{
    for (size_t i = 0; i < f->ninfo; i++)
        if (strcmp(f->info[i].key, key) == 0) {
            rt_free(ctx, key);
            rt_free(ctx, f->info[i].value);
            f->info[i].value = value;
            f->info[i].bare = bare;
            return SE3RT_OK;
        }
    se3rt_xyz_info *ni = rt_realloc(ctx, f->info, (f->ninfo + 1) * sizeof *ni);
    if (!ni) {
        rt_free(ctx, key);
        rt_free(ctx, value);
        return SE3RT_ERR_NOMEM;
    }
    f->info = ni;
    f->info[f->ninfo].key = key;
    f->info[f->ninfo].value = value;
    f->info[f->ninfo].bare = bare;
    f->ninfo++;
    return SE3RT_OK;
}

/* A quoted string starting at *p (on the opening quote): its unescaped copy in *out.
 * Returns 0 when the quote is not closed before end. */
static int xyz_quoted(se3rt_ctx *ctx, const char **p, const char *end, char **out /* OUT */,
                      se3rt_status *st /* OUT */)
{
    const char *q = *p + 1;
    size_t n = 0;
    while (q < end && *q != '"') {
        if (*q == '\\' && q + 1 < end && (q[1] == '"' || q[1] == '\\'))
            q++;
        q++;
        n++;
    }
    if (q >= end)
        return 0;
    char *s = rt_malloc(ctx, n + 1);
    if (!s) {
        *st = SE3RT_ERR_NOMEM;
        *out = NULL;
        *p = q + 1;
        return 1;
    }
    size_t k = 0;
    for (const char *r = *p + 1; r < q; r++) {
        if (*r == '\\' && r + 1 < q && (r[1] == '"' || r[1] == '\\'))
            r++;
        s[k++] = *r;
    }
    s[k] = 0;
    *out = s;
    *st = SE3RT_OK;
    *p = q + 1;
    return 1;
}

/* comment line: (KEY ['=' VALUE])*  with KEY and VALUE bare or "quoted" */
static se3rt_status xyz_info_parse(struct xyz_rd *rd, se3rt_frame *f, const char *s, size_t n)
{
    se3rt_ctx *ctx = rd->ctx;
    const char *p = s, *end = s + n;
    char show[64];
    for (;;) {
        while (p < end && xyz_is_space(*p))
            p++;
        if (p >= end)
            return SE3RT_OK;
        char *key = NULL, *value = NULL;
        se3rt_status st = SE3RT_OK;
        if (*p == '=')
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: '=' without a key in the comment line", rd->file,
                            rd->cur.line);
        if (*p == '"') {
            if (!xyz_quoted(ctx, &p, end, &key, &st))
                return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: unterminated quote in the comment line", rd->file,
                                rd->cur.line);
            if (st)
                return st;
        } else {
            const char *k0 = p;
            while (p < end && !xyz_is_space(*p) && *p != '=' && *p != '"')
                p++;
            key = xyz_strndup(ctx, k0, (size_t)(p - k0));
            if (!key)
                return SE3RT_ERR_NOMEM;
        }
        const char *q = p;
        while (q < end && xyz_is_space(*q))
            q++;
        if (q < end && *q == '=') {
            p = q + 1;
            while (p < end && xyz_is_space(*p))
                p++;
            if (p < end && *p == '"') {
                if (!xyz_quoted(ctx, &p, end, &value, &st)) {
                    rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: unterminated quote in the value of '%s'", rd->file,
                             rd->cur.line, rt_show_n(show, sizeof show, key, strlen(key)));
                    rt_free(ctx, key);
                    return SE3RT_ERR_FORMAT;
                }
                if (st) {
                    rt_free(ctx, key);
                    return st;
                }
            } else {
                const char *v0 = p;
                while (p < end && !xyz_is_space(*p))
                    p++;
                value = xyz_strndup(ctx, v0, (size_t)(p - v0));
                if (!value) {
                    rt_free(ctx, key);
                    return SE3RT_ERR_NOMEM;
                }
            }
            if ((st = xyz_info_put(ctx, f, key, value, 0)))
                return st;
        } else {
            if (xyz_key_eq_ci(key, "Properties")) {
                rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: '%s' without '=' (expected Properties=name:type:ncols...)",
                         rd->file, rd->cur.line, rt_show_n(show, sizeof show, key, strlen(key)));
                rt_free(ctx, key);
                return SE3RT_ERR_FORMAT;
            }
            value = rt_strdup(ctx, "T");
            if (!value) {
                rt_free(ctx, key);
                return SE3RT_ERR_NOMEM;
            }
            if ((st = xyz_info_put(ctx, f, key, value, 1)))
                return st;
        }
    }
}

/* Properties=name:type:ncols[:name:type:ncols...] into f->props (values not yet allocated). */
static se3rt_status xyz_props_parse(struct xyz_rd *rd, se3rt_frame *f, const char *spec)
{
    se3rt_ctx *ctx = rd->ctx;
    char show[128];
    size_t nf = 1;
    for (const char *c = spec; *c; c++)
        nf += *c == ':';
    if (nf % 3 || !*spec)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties=%s is not a list of name:type:ncols", rd->file,
                        rd->cur.line, rt_show_n(show, sizeof show, spec, strlen(spec)));
    f->props = rt_calloc(ctx, nf / 3, sizeof *f->props);
    if (!f->props)
        return SE3RT_ERR_NOMEM;
    const char *p = spec;
    for (size_t i = 0; i < nf / 3; i++) {
        const char *fld[3];
        size_t len[3];
        for (int k = 0; k < 3; k++) {
            const char *c = strchr(p, ':');
            fld[k] = p;
            len[k] = c ? (size_t)(c - p) : strlen(p);
            p = c ? c + 1 : p + len[k];
        }
        if (len[0] == 0)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties= has an empty name (property %zu)", rd->file,
                            rd->cur.line, i + 1);
        se3rt_xyz_prop *pr = &f->props[i];
        pr->name = xyz_strndup(ctx, fld[0], len[0]);
        if (!pr->name)
            return SE3RT_ERR_NOMEM;
        f->nprops = i + 1;
        rt_show_n(show, sizeof show, pr->name, len[0]);
        if (!xyz_name_ok(pr->name, 0))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties=: bad property name '%s'", rd->file,
                            rd->cur.line, show);
        char ty = len[1] == 1 ? fld[1][0] : '?';
        switch (ty) {
        case 'S': case 's': pr->type = SE3RT_PTYPE_S; break;
        case 'R': case 'r': pr->type = SE3RT_PTYPE_R; break;
        case 'I': case 'i': pr->type = SE3RT_PTYPE_I; break;
        case 'L': case 'l': pr->type = SE3RT_PTYPE_L; break;
        default: {
            char tshow[32];
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties=: '%s' has unknown type '%s' (S, R, I or L)",
                            rd->file, rd->cur.line, show, rt_show_n(tshow, sizeof tshow, fld[1], len[1]));
        }
        }
        long nc = 0;
        int ok = len[2] > 0 && len[2] <= 6;
        for (size_t k = 0; ok && k < len[2]; k++) {
            ok = fld[2][k] >= '0' && fld[2][k] <= '9';
            nc = nc * 10 + (fld[2][k] - '0');
        }
        if (!ok || nc < 1 || nc > XYZ_MAX_NCOLS) {
            char cshow[32];
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties=: '%s' has bad column count '%s'", rd->file,
                            rd->cur.line, show, rt_show_n(cshow, sizeof cshow, fld[2], len[2]));
        }
        pr->ncols = (int)nc;
        for (size_t k = 0; k < i; k++)
            if (strcmp(f->props[k].name, pr->name) == 0)
                return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties= lists '%s' twice", rd->file,
                                rd->cur.line, show);
    }
    return SE3RT_OK;
}

static se3rt_status xyz_props_default(se3rt_ctx *ctx, se3rt_frame *f)
{
    f->props = rt_calloc(ctx, 2, sizeof *f->props);
    if (!f->props)
        return SE3RT_ERR_NOMEM;
    f->props[0].name = rt_strdup(ctx, "species");
    if (!f->props[0].name)
        return SE3RT_ERR_NOMEM;
    f->nprops = 1;
    f->props[0].type = SE3RT_PTYPE_S;
    f->props[0].ncols = 1;
    f->props[1].name = rt_strdup(ctx, "pos");
    if (!f->props[1].name)
        return SE3RT_ERR_NOMEM;
    f->nprops = 2;
    f->props[1].type = SE3RT_PTYPE_R;
    f->props[1].ncols = 3;
    return SE3RT_OK;
}

/* ---------------------------------------------------------------- atoms */

/* One value of property pr for atom `a` (0-based), column `c`, from token t[0..n). */
static se3rt_status xyz_value_parse(struct xyz_rd *rd, se3rt_xyz_prop *pr, size_t a, size_t c, const char *t,
                                    size_t n)
{
    se3rt_ctx *ctx = rd->ctx;
    size_t at = a * (size_t)pr->ncols + c;
    char buf[XYZ_TOK_MAX], show[64];
    if (pr->type == SE3RT_PTYPE_S) {
        pr->strings[at] = xyz_strndup(ctx, t, n);
        return pr->strings[at] ? SE3RT_OK : SE3RT_ERR_NOMEM;
    }
    if (pr->type == SE3RT_PTYPE_L) {
        static const char *const yes[] = { "T", "True", "TRUE", "true" };
        static const char *const no[] = { "F", "False", "FALSE", "false" };
        for (int k = 0; k < 4; k++) {
            if (strlen(yes[k]) == n && memcmp(yes[k], t, n) == 0) {
                pr->values[at] = 1;
                return SE3RT_OK;
            }
            if (strlen(no[k]) == n && memcmp(no[k], t, n) == 0) {
                pr->values[at] = 0;
                return SE3RT_OK;
            }
        }
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: atom %zu: bad logical '%s' for %s (T or F)", rd->file,
                        rd->cur.line, a + 1, rt_show_n(show, sizeof show, t, n), pr->name);
    }
    int ok = n < sizeof buf;
    if (ok) {
        memcpy(buf, t, n);
        buf[n] = 0;
        char *e;
        errno = 0;
        if (pr->type == SE3RT_PTYPE_R) {
            double v = strtod(buf, &e);
            ok = e == buf + n && n > 0;
            pr->values[at] = v;
        } else {
            long long v = strtoll(buf, &e, 10);
            ok = e == buf + n && n > 0 && errno != ERANGE;
            pr->values[at] = (double)v;
        }
    }
    if (!ok)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: atom %zu: bad %s '%s' for %s", rd->file, rd->cur.line,
                        a + 1, pr->type == SE3RT_PTYPE_R ? "number" : "integer", rt_show_n(show, sizeof show, t, n),
                        pr->name);
    return SE3RT_OK;
}

/* The natoms lines of a frame: first check every line is there with the right number of
 * columns (so nothing is allocated for a count the input cannot back), then parse. */
static se3rt_status xyz_atoms_parse(struct xyz_rd *rd, se3rt_frame *f, int count_line)
{
    se3rt_ctx *ctx = rd->ctx;
    size_t ncols = 0;
    for (size_t i = 0; i < f->nprops; i++)
        ncols += (size_t)f->props[i].ncols;
    struct xyz_cur start = rd->cur;
    const char *s;
    size_t n;
    for (size_t a = 0; a < f->natoms; a++) {
        if (!xyz_line_next(&rd->cur, &s, &n))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: truncated frame: %zu atoms announced, the file ends after %zu",
                            rd->file, count_line, f->natoms, a);
        size_t k = xyz_tok_count(s, n);
        if (k != ncols)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: atom %zu has %zu columns, Properties= needs %zu", rd->file,
                            rd->cur.line, a + 1, k, ncols);
    }
    for (size_t i = 0; i < f->nprops; i++) {
        se3rt_xyz_prop *pr = &f->props[i];
        size_t cnt = f->natoms * (size_t)pr->ncols;
        if (pr->type == SE3RT_PTYPE_S)
            pr->strings = rt_calloc(ctx, cnt ? cnt : 1, sizeof *pr->strings);
        else
            pr->values = rt_calloc(ctx, cnt ? cnt : 1, sizeof *pr->values);
        if (!pr->strings && !pr->values)
            return SE3RT_ERR_NOMEM;
    }
    rd->cur = start;
    for (size_t a = 0; a < f->natoms; a++) {
        xyz_line_next(&rd->cur, &s, &n);
        const char *p = s, *t;
        size_t tn;
        for (size_t i = 0; i < f->nprops; i++)
            for (int c = 0; c < f->props[i].ncols; c++) {
                xyz_tok_next(&p, s + n, &t, &tn);
                se3rt_status st = xyz_value_parse(rd, &f->props[i], a, (size_t)c, t, tn);
                if (st)
                    return st;
            }
    }
    return SE3RT_OK;
}

/* ---------------------------------------------------------------- frames */

/* Whether only whitespace is left. */
static int xyz_rest_blank(const struct xyz_cur *c)
{
    for (const char *p = c->p; p < c->end; p++)
        if (!xyz_is_space(*p) && *p != '\n')
            return 0;
    return 1;
}

/* frame: COUNT '\n' COMMENT '\n' ATOM_LINE{COUNT} */
static se3rt_status xyz_frame_parse(struct xyz_rd *rd, se3rt_frame *f)
{
    se3rt_ctx *ctx = rd->ctx;
    const char *s, *t, *p;
    size_t n, tn;
    char show[64];
    xyz_line_next(&rd->cur, &s, &n);
    int count_line = rd->cur.line;
    f->line = count_line;
    p = s;
    int ok = xyz_tok_next(&p, s + n, &t, &tn) && tn <= 15;
    size_t natoms = 0;
    for (size_t i = 0; ok && i < tn; i++) {
        ok = t[i] >= '0' && t[i] <= '9';
        natoms = natoms * 10 + (size_t)(t[i] - '0');
    }
    const char *t2;
    size_t tn2;
    if (!ok || xyz_tok_next(&p, s + n, &t2, &tn2)) {
        const char *a = s, *b = s + n;
        while (a < b && xyz_is_space(*a))
            a++;
        while (b > a && xyz_is_space(b[-1]))
            b--;
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: expected an atom count, got '%s'", rd->file, count_line,
                        rt_show_n(show, sizeof show, a, (size_t)(b - a)));
    }
    if (!xyz_line_next(&rd->cur, &s, &n))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: truncated frame: no comment line after the atom count",
                        rd->file, count_line);
    se3rt_status st = xyz_info_parse(rd, f, s, n);
    if (st)
        return st;
    const char *spec = NULL;
    for (size_t i = 0; i < f->ninfo; i++)
        if (xyz_key_eq_ci(f->info[i].key, "Properties") && !f->info[i].bare)
            spec = f->info[i].value;
    st = spec ? xyz_props_parse(rd, f, spec) : xyz_props_default(ctx, f);
    if (st)
        return st;
    const se3rt_xyz_prop *pos = se3rt_frame_prop(f, "pos");
    if (!pos)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties= has no pos column (pos:R:3)", rd->file,
                        rd->cur.line);
    if (pos->type != SE3RT_PTYPE_R || pos->ncols != 3)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: Properties= has pos:%c:%d, expected pos:R:3", rd->file,
                        rd->cur.line, "SRIL"[pos->type], pos->ncols);
    f->natoms = natoms;
    return xyz_atoms_parse(rd, f, count_line);
}

se3rt_status se3rt_xyz_new(se3rt_ctx *ctx, const char *name, se3rt_xyz **out)
{
    *out = NULL;
    se3rt_xyz *x = rt_calloc(ctx, 1, sizeof *x);
    if (!x)
        return SE3RT_ERR_NOMEM;
    x->ctx = ctx;
    x->file = rt_strdup(ctx, name ? name : "<memory>");
    if (!x->file) {
        rt_free(ctx, x);
        return SE3RT_ERR_NOMEM;
    }
    *out = x;
    return SE3RT_OK;
}

/* Room for one more frame, zeroed and counted (so freeing the list frees a half-built one). */
static se3rt_frame *xyz_frame_grow(se3rt_xyz *x)
{
    se3rt_frame *nf = rt_realloc(x->ctx, x->frames, (x->nframes + 1) * sizeof *nf);
    if (!nf)
        return NULL;
    x->frames = nf;
    memset(&nf[x->nframes], 0, sizeof *nf);
    return &nf[x->nframes++];
}

/* Text formats hold no NUL bytes; one would cut strings short, so it is an error. */
static se3rt_status xyz_nul_check(se3rt_ctx *ctx, const char *file, const char *buf, size_t len)
{
    const char *z = len ? memchr(buf, 0, len) : NULL;
    if (!z)
        return SE3RT_OK;
    int line = 1;
    for (const char *p = buf; p < z; p++)
        line += *p == '\n';
    return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: NUL byte in a text file", file, line);
}

se3rt_status se3rt_xyz_read_mem(se3rt_ctx *ctx, const char *buf, size_t len, const char *name, se3rt_xyz **out)
{
    se3rt_xyz *x;
    se3rt_status st = se3rt_xyz_new(ctx, name, &x);
    if (st)
        return st;
    struct xyz_rd rd = { ctx, x->file, { buf, buf + len, 0 } };
    st = xyz_nul_check(ctx, x->file, buf, len);
    while (!st && !xyz_rest_blank(&rd.cur)) {
        se3rt_frame *f = xyz_frame_grow(x);
        if (!f) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        if ((st = xyz_frame_parse(&rd, f)))
            break;
    }
    if (st) {
        se3rt_xyz_free(x);
        return st;
    }
    *out = x;
    return SE3RT_OK;
}

se3rt_status se3rt_xyz_read_file(se3rt_ctx *ctx, FILE *f, const char *name, se3rt_xyz **out)
{
    *out = NULL;
    char *buf;
    size_t len;
    const char *nm = name ? name : "<stdin>";
    se3rt_status st = se3rt_io_read_all(ctx, f, nm, &buf, &len);
    if (st)
        return st;
    st = se3rt_xyz_read_mem(ctx, buf, len, nm, out);
    rt_free(ctx, buf);
    return st;
}

se3rt_status se3rt_xyz_read(se3rt_ctx *ctx, const char *path, se3rt_xyz **out)
{
    *out = NULL;
    char *buf;
    size_t len;
    se3rt_status st = se3rt_io_read_path(ctx, path, &buf, &len);
    if (st)
        return st;
    st = se3rt_xyz_read_mem(ctx, buf, len, path, out);
    rt_free(ctx, buf);
    return st;
}

/* ---------------------------------------------------------------- lookups and checks */

const se3rt_xyz_prop *se3rt_frame_prop(const se3rt_frame *f, const char *name)
{
    for (size_t i = 0; i < f->nprops; i++)
        if (strcmp(f->props[i].name, name) == 0)
            return &f->props[i];
    return NULL;
}

const double *se3rt_frame_positions(const se3rt_frame *f)
{
    const se3rt_xyz_prop *p = se3rt_frame_prop(f, "pos");
    return p && p->type == SE3RT_PTYPE_R && p->ncols == 3 ? p->values : NULL;
}

const char *se3rt_frame_info(const se3rt_frame *f, const char *key)
{
    for (size_t i = 0; i < f->ninfo; i++)
        if (strcmp(f->info[i].key, key) == 0)
            return f->info[i].value;
    return NULL;
}

/* The value of info `key` matched in any case ("pbc", "PBC"), or NULL. */
static const se3rt_xyz_info *xyz_info_ci(const se3rt_frame *f, const char *key)
{
    for (size_t i = 0; i < f->ninfo; i++)
        if (xyz_key_eq_ci(f->info[i].key, key))
            return &f->info[i];
    return NULL;
}

/* A pbc entry that says "open" in every direction: every word F, False or 0 (any case). */
static int xyz_pbc_open(const char *v)
{
    int words = 0;
    for (const char *p = v;;) {
        while (*p && xyz_is_space(*p))
            p++;
        if (!*p)
            return words > 0;
        const char *w = p;
        while (*p && !xyz_is_space(*p))
            p++;
        size_t n = (size_t)(p - w);
        char word[8];
        if (n >= sizeof word)
            return 0;
        memcpy(word, w, n);
        word[n] = '\0';
        if (!xyz_key_eq_ci(word, "F") && !xyz_key_eq_ci(word, "False") && strcmp(word, "0"))
            return 0;
        words++;
    }
}

/* One pbc word: 1 for T/True/1, 0 for F/False/0 (any case), -1 otherwise. */
static int xyz_pbc_word(const char *w, size_t n)
{
    char word[8];
    if (n == 0 || n >= sizeof word)
        return -1;
    memcpy(word, w, n);
    word[n] = '\0';
    if (xyz_key_eq_ci(word, "T") || xyz_key_eq_ci(word, "True") || strcmp(word, "1") == 0)
        return 1;
    if (xyz_key_eq_ci(word, "F") || xyz_key_eq_ci(word, "False") || strcmp(word, "0") == 0)
        return 0;
    return -1;
}

se3rt_status se3rt_frame_cell(se3rt_ctx *ctx, const se3rt_frame *f, const char *file, size_t frame_index,
                              double cell[9], int32_t pbc[3])
{
    const int64_t fi = (int64_t)frame_index;
    const se3rt_xyz_info *pb = xyz_info_ci(f, "pbc"), *lat = xyz_info_ci(f, "Lattice");
    char show[64];
    memset(cell, 0, 9 * sizeof *cell);
    pbc[0] = pbc[1] = pbc[2] = 0;
    if (lat) {
        const char *p = lat->value;
        int k = 0;
        for (; k < 9; k++) {
            char *end;
            while (*p && xyz_is_space(*p))
                p++;
            cell[k] = strtod(p, &end);
            if (end == p || !isfinite(cell[k]))
                break;
            p = end;
        }
        while (*p && xyz_is_space(*p))
            p++;
        if (k < 9 || *p)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "Lattice=\"%s\" is not 9 finite numbers (the "
                               "lattice vectors a, b, c as x y z each)",
                               rt_show_n(show, sizeof show, lat->value, strlen(lat->value)));
    }
    if (pb) {
        /* three words, or one for all three directions (a bare `pbc` flag reads as T) */
        int nw = 0, v[3] = { 0 };
        for (const char *p = pb->value;;) {
            while (*p && xyz_is_space(*p))
                p++;
            if (!*p)
                break;
            const char *w = p;
            while (*p && !xyz_is_space(*p))
                p++;
            int b = xyz_pbc_word(w, (size_t)(p - w));
            if (b < 0 || nw == 3) {
                nw = -1;
                break;
            }
            v[nw++] = b;
        }
        if (nw != 1 && nw != 3)
            return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "pbc=\"%s\" is not three of T and F",
                               rt_show_n(show, sizeof show, pb->value, strlen(pb->value)));
        for (int a = 0; a < 3; a++)
            pbc[a] = nw == 1 ? v[0] : v[a];
    } else if (lat) {
        pbc[0] = pbc[1] = pbc[2] = 1;   /* ASE: a Lattice= without pbc= is periodic in all three */
    }
    if ((pbc[0] || pbc[1] || pbc[2]) && !lat)
        return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "pbc=\"%s\" without Lattice=: a periodic frame "
                           "needs its cell", rt_show_n(show, sizeof show, pb->value, strlen(pb->value)));
    return SE3RT_OK;
}

se3rt_status rt_frame_check(se3rt_ctx *ctx, const se3rt_frame *f, const char *file, size_t frame_index,
                            int allow_periodic)
{
    const int64_t fi = (int64_t)frame_index;
    if (f->natoms == 0)
        return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "empty frame (0 atoms)");
    /* ASE's convention: pbc= when given; else a Lattice= means periodic in all three directions */
    const se3rt_xyz_info *pbc = xyz_info_ci(f, "pbc"), *lat = xyz_info_ci(f, "Lattice");
    char show[64];
    if (allow_periodic) {
        double cell[9];
        int32_t p[3];
        se3rt_status st = se3rt_frame_cell(ctx, f, file, frame_index, cell, p);
        if (st)
            return st;
    } else if (pbc && !xyz_pbc_open(pbc->value)) {
        return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "periodic cell (pbc=\"%s\"): only open frames "
                           "(pbc=\"F F F\") pass this check (training and se3tc run read cells with se3rt_frame_cell)",
                           rt_show_n(show, sizeof show, pbc->value, strlen(pbc->value)));
    } else if (!pbc && lat) {
        return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "Lattice= without pbc= is periodic in all three "
                           "directions (the ASE convention): only open frames pass this check; add pbc=\"F F F\" "
                           "for an open frame");
    }
    const double *x = se3rt_frame_positions(f);
    if (!x)
        return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, -1, "no positions (pos:R:3)");
    for (size_t a = 0; a < f->natoms; a++)
        for (int c = 0; c < 3; c++)
            if (!isfinite(x[3 * a + (size_t)c]))
                return rt_error_at(ctx, SE3RT_ERR_INVALID, file, fi, (int64_t)a, "non-finite position (%c = %s)",
                                   "xyz"[c], isnan(x[3 * a + (size_t)c]) ? "nan" : x[3 * a + (size_t)c] > 0 ? "inf" : "-inf");
    return SE3RT_OK;
}

se3rt_status se3rt_frame_check_positions(se3rt_ctx *ctx, const se3rt_frame *f, const char *file,
                                         size_t frame_index)
{
    return rt_frame_check(ctx, f, file, frame_index, 0);
}

/* ---------------------------------------------------------------- building frames */

/* A name fit for Properties= or an info key: not empty, no whitespace, ':', '=', '"'. */
static int xyz_name_ok(const char *s, int colon_ok)
{
    if (!s || !*s)
        return 0;
    for (; *s; s++)
        if (xyz_is_space(*s) || *s == '\n' || *s == '=' || *s == '"' || (!colon_ok && *s == ':'))
            return 0;
    return 1;
}

se3rt_status se3rt_xyz_frame_append(se3rt_xyz *xyz, size_t natoms, const char *const *species, const double *pos,
                                    se3rt_frame **frame)
{
    se3rt_ctx *ctx = xyz->ctx;
    if (frame)
        *frame = NULL;
    if (natoms && !pos)
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_xyz_frame_append: no positions");
    for (size_t a = 0; species && a < natoms; a++)
        if (!xyz_name_ok(species[a], 1))
            return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_xyz_frame_append: atom %zu has a bad species", a + 1);
    se3rt_frame *f = xyz_frame_grow(xyz);
    if (!f)
        return SE3RT_ERR_NOMEM;
    se3rt_status st = xyz_props_default(ctx, f);
    if (st)
        return st;
    f->natoms = natoms;
    f->props[0].strings = rt_calloc(ctx, natoms ? natoms : 1, sizeof(char *));
    if (!f->props[0].strings)
        return SE3RT_ERR_NOMEM;
    for (size_t a = 0; a < natoms; a++)
        if (!(f->props[0].strings[a] = rt_strdup(ctx, species ? species[a] : "X")))
            return SE3RT_ERR_NOMEM;
    f->props[1].values = rt_malloc(ctx, (natoms ? natoms : 1) * 3 * sizeof(double));
    if (!f->props[1].values)
        return SE3RT_ERR_NOMEM;
    if (natoms)
        memcpy(f->props[1].values, pos, natoms * 3 * sizeof(double));
    if (frame)
        *frame = f;
    return SE3RT_OK;
}

se3rt_status se3rt_frame_prop_add(se3rt_xyz *xyz, se3rt_frame *f, const char *name, int ncols,
                                  const double *values, int digits)
{
    se3rt_ctx *ctx = xyz->ctx;
    if (!xyz_name_ok(name, 0))
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_prop_add: bad property name '%s'", name ? name : "");
    if (ncols < 1 || ncols > XYZ_MAX_NCOLS || (strcmp(name, "pos") == 0 && ncols != 3))
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_prop_add: '%s' cannot have %d columns", name, ncols);
    if (digits < 0 || digits > 17)
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_prop_add: digits %d (0..17)", digits);
    size_t cnt = f->natoms * (size_t)ncols;
    if (cnt && !values)
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_prop_add: no values for '%s'", name);
    double *v = rt_malloc(ctx, (cnt ? cnt : 1) * sizeof *v);
    char *nm = v ? rt_strdup(ctx, name) : NULL;
    if (!nm) {
        rt_free(ctx, v);
        return SE3RT_ERR_NOMEM;
    }
    if (cnt)
        memcpy(v, values, cnt * sizeof *v);
    se3rt_xyz_prop *pr = (se3rt_xyz_prop *)se3rt_frame_prop(f, name);
    if (pr) {
        xyz_prop_clear(ctx, pr, f->natoms);
    } else {
        se3rt_xyz_prop *np = rt_realloc(ctx, f->props, (f->nprops + 1) * sizeof *np);
        if (!np) {
            rt_free(ctx, v);
            rt_free(ctx, nm);
            return SE3RT_ERR_NOMEM;
        }
        f->props = np;
        pr = &np[f->nprops++];
    }
    pr->name = nm;
    pr->type = SE3RT_PTYPE_R;
    pr->ncols = ncols;
    pr->values = v;
    pr->strings = NULL;
    pr->digits = digits;
    return SE3RT_OK;
}

se3rt_status se3rt_frame_info_set(se3rt_xyz *xyz, se3rt_frame *f, const char *key, const char *value)
{
    se3rt_ctx *ctx = xyz->ctx;
    if (!xyz_name_ok(key, 1) || xyz_key_eq_ci(key, "Properties"))
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_info_set: bad info key '%s'", key ? key : "");
    if (!value || strchr(value, '\n') || strchr(value, '\r'))
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_info_set: value of '%s' is missing or has a newline",
                        key);
    char *k = rt_strdup(ctx, key);
    char *v = k ? rt_strdup(ctx, value) : NULL;
    if (!v) {
        rt_free(ctx, k);
        return SE3RT_ERR_NOMEM;
    }
    return xyz_info_put(ctx, f, k, v, 0);
}

/* %.<digits>g, or with digits 0 the shortest of %.15g..%.17g that reads back to the same value. */
static void xyz_fmt_real(char *buf, size_t cap, double v, int digits)
{
    if (digits > 0) {
        snprintf(buf, cap, "%.*g", digits, v);
        return;
    }
    for (int d = 15; d <= 17; d++) {
        snprintf(buf, cap, "%.*g", d, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

se3rt_status se3rt_frame_info_set_values(se3rt_xyz *xyz, se3rt_frame *f, const char *key, size_t n,
                                         const double *values, int digits)
{
    se3rt_ctx *ctx = xyz->ctx;
    if (digits < 0 || digits > 17 || (n && !values))
        return rt_error(ctx, SE3RT_ERR_INVALID, "se3rt_frame_info_set_values: bad arguments for '%s'",
                        key ? key : "");
    char *s = rt_malloc(ctx, n * 32 + 1);
    if (!s)
        return SE3RT_ERR_NOMEM;
    size_t k = 0;
    s[0] = 0;
    for (size_t i = 0; i < n; i++) {
        char b[32];
        xyz_fmt_real(b, sizeof b, values[i], digits);
        k += (size_t)snprintf(s + k, n * 32 + 1 - k, "%s%s", i ? " " : "", b);
    }
    se3rt_status st = se3rt_frame_info_set(xyz, f, key, s);
    rt_free(ctx, s);
    return st;
}

/* ---------------------------------------------------------------- writer */

/* An info key or value: bare when safe, else double-quoted with '"' and '\' escaped. */
static void xyz_put_word(FILE *fp, const char *s)
{
    int quote = !*s;
    for (const char *c = s; *c; c++)
        if (xyz_is_space(*c) || *c == '"' || *c == '=' || *c == '\\')
            quote = 1;
    if (!quote) {
        fputs(s, fp);
        return;
    }
    fputc('"', fp);
    for (const char *c = s; *c; c++) {
        if (*c == '"' || *c == '\\')
            fputc('\\', fp);
        fputc(*c, fp);
    }
    fputc('"', fp);
}

/* The value of Properties= for the frame's columns. */
static void xyz_put_properties(FILE *fp, const se3rt_frame *f)
{
    for (size_t i = 0; i < f->nprops; i++)
        fprintf(fp, "%s%s:%c:%d", i ? ":" : "", f->props[i].name, "SRIL"[f->props[i].type], f->props[i].ncols);
}

static void xyz_frame_write(FILE *fp, const se3rt_frame *f)
{
    fprintf(fp, "%zu\n", f->natoms);
    int have_props = 0;
    for (size_t i = 0; i < f->ninfo; i++)
        have_props |= xyz_key_eq_ci(f->info[i].key, "Properties") && !f->info[i].bare;
    int sep = 0;
    if (!have_props) {
        fputs("Properties=", fp);
        xyz_put_properties(fp, f);
        sep = 1;
    }
    for (size_t i = 0; i < f->ninfo; i++) {
        const se3rt_xyz_info *in = &f->info[i];
        if (sep++)
            fputc(' ', fp);
        if (xyz_key_eq_ci(in->key, "Properties") && !in->bare) {
            xyz_put_word(fp, in->key);
            fputc('=', fp);
            xyz_put_properties(fp, f);
            continue;
        }
        xyz_put_word(fp, in->key);
        if (!in->bare) {
            fputc('=', fp);
            xyz_put_word(fp, in->value);
        }
    }
    fputc('\n', fp);
    char b[40];
    for (size_t a = 0; a < f->natoms; a++) {
        int first = 1;
        for (size_t i = 0; i < f->nprops; i++) {
            const se3rt_xyz_prop *pr = &f->props[i];
            for (int c = 0; c < pr->ncols; c++) {
                size_t at = a * (size_t)pr->ncols + (size_t)c;
                if (!first)
                    fputc(' ', fp);
                first = 0;
                switch (pr->type) {
                case SE3RT_PTYPE_S: fputs(pr->strings[at], fp); break;
                case SE3RT_PTYPE_R:
                    xyz_fmt_real(b, sizeof b, pr->values[at], pr->digits);
                    fputs(b, fp);
                    break;
                case SE3RT_PTYPE_I: fprintf(fp, "%.0f", pr->values[at]); break;
                case SE3RT_PTYPE_L: fputc(pr->values[at] != 0 ? 'T' : 'F', fp); break;
                }
            }
        }
        fputc('\n', fp);
    }
}

se3rt_status se3rt_xyz_write_file(se3rt_ctx *ctx, const se3rt_xyz *xyz, FILE *f, const char *name)
{
    for (size_t i = 0; i < xyz->nframes; i++)
        xyz_frame_write(f, &xyz->frames[i]);
    if (fflush(f) != 0 || ferror(f))
        return rt_error(ctx, SE3RT_ERR_IO, "%s: write failed: %s", name ? name : "<stdout>",
                        errno ? strerror(errno) : "I/O error");
    return SE3RT_OK;
}

se3rt_status se3rt_xyz_write(se3rt_ctx *ctx, const se3rt_xyz *xyz, const char *path)
{
    se3rt_afile *af;
    FILE *fp;
    se3rt_status st = se3rt_afile_open(ctx, path, &af, &fp);
    if (st)
        return st;
    for (size_t i = 0; i < xyz->nframes; i++)
        xyz_frame_write(fp, &xyz->frames[i]);
    return se3rt_afile_commit(ctx, af);
}
