/* sdf.c - molecules with bonds from SDF / MOL files, V2000 and V3000, for specs whose graph is
 * `given`: header, counts line, atom block (positions, element symbols), bond block (orders 1..4
 * become the one-hot edge scalars), "M  END", then "> <NAME>" data items up to "$$$$". Fixed
 * V2000 columns are read first; whitespace-separated lines are accepted too. A V3000 molecule's
 * connection table is read from its "M  V30" lines (sdf_v3000). See docs/formats.md. */
#include "rt_internal.h"
#include "rt_where.h"
#include "se3rt_io.h"

#include <stdlib.h>
#include <string.h>

#define SDF_MAX_COUNT 10000000L   /* atoms or bonds in one molecule */

/* A cursor over the input, one line at a time. */
struct sdf_cur {
    const char *p, *end;   /* next unread byte, end of input */
    int line;              /* number of the line last returned (1-based) */
};

/* Reader state. */
struct sdf_rd {
    se3rt_ctx *ctx;        /* allocator and error sink */
    const char *file;      /* name for messages */
    struct sdf_cur cur;    /* position in the input */
};

static int sdf_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Next line without its '\n' (and trailing '\r'); 0 at end of input. */
static int sdf_line_next(struct sdf_cur *c, const char **s /* OUT */, size_t *n /* OUT */)
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

static int sdf_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!sdf_is_space(s[i]))
            return 0;
    return 1;
}

static int sdf_starts(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

/* Printable, trimmed copy of s[0..n) for a message. */
static const char *sdf_show(char *dst, size_t cap, const char *s, size_t n)
{
    while (n && sdf_is_space(*s))
        s++, n--;
    while (n && sdf_is_space(s[n - 1]))
        n--;
    return rt_show_n(dst, cap, s, n);
}

/* s[from..from+width) (clipped to n) as an integer with only spaces around it. */
static int sdf_field_int(const char *s, size_t n, size_t from, size_t width, long *out /* OUT */)
{
    if (from >= n)
        return 0;
    size_t e = from + width < n ? from + width : n;
    size_t i = from;
    while (i < e && sdf_is_space(s[i]))
        i++;
    int neg = 0;
    if (i < e && (s[i] == '-' || s[i] == '+'))
        neg = s[i++] == '-';
    size_t d0 = i;
    long v = 0;
    while (i < e && s[i] >= '0' && s[i] <= '9' && v < SDF_MAX_COUNT * 10)
        v = v * 10 + (s[i++] - '0');
    if (i == d0)
        return 0;
    while (i < e && sdf_is_space(s[i]))
        i++;
    if (i != e)
        return 0;
    *out = neg ? -v : v;
    return 1;
}

/* s[from..from+width) as a real with only spaces around it. */
static int sdf_field_real(const char *s, size_t n, size_t from, size_t width, double *out /* OUT */)
{
    if (from >= n)
        return 0;
    size_t e = from + width < n ? from + width : n;
    while (from < e && sdf_is_space(s[from]))
        from++;
    while (e > from && sdf_is_space(s[e - 1]))
        e--;
    char buf[64];
    if (e == from || e - from >= sizeof buf)
        return 0;
    memcpy(buf, s + from, e - from);
    buf[e - from] = 0;
    char *end;
    *out = strtod(buf, &end);
    return *end == 0;
}

/* Up to `max` whitespace-separated tokens of s[0..n): starts and lengths; returns the count. */
static size_t sdf_split(const char *s, size_t n, size_t max, size_t *at, size_t *len)
{
    size_t k = 0, i = 0;
    while (i < n && k < max) {
        while (i < n && sdf_is_space(s[i]))
            i++;
        if (i >= n)
            break;
        at[k] = i;
        while (i < n && !sdf_is_space(s[i]))
            i++;
        len[k] = i - at[k];
        k++;
    }
    return k;
}

/* ---------------------------------------------------------------- freeing */

static void sdf_mol_clear(se3rt_ctx *ctx, se3rt_mol *m)
{
    rt_free(ctx, m->title);
    rt_free(ctx, m->pos);
    rt_free(ctx, m->symbols);
    rt_free(ctx, m->bonds);
    for (size_t i = 0; i < m->nitems; i++) {
        rt_free(ctx, m->items[i].key);
        rt_free(ctx, m->items[i].value);
    }
    rt_free(ctx, m->items);
    memset(m, 0, sizeof *m);
}

void se3rt_sdf_free(se3rt_sdf *sdf)
{
    if (!sdf)
        return;
    se3rt_ctx *ctx = sdf->ctx;
    for (size_t i = 0; i < sdf->nmols; i++)
        sdf_mol_clear(ctx, &sdf->mols[i]);
    rt_free(ctx, sdf->mols);
    rt_free(ctx, sdf->file);
    rt_free(ctx, sdf);
}

const char *se3rt_mol_data(const se3rt_mol *m, const char *key)
{
    for (size_t i = 0; i < m->nitems; i++)
        if (strcmp(m->items[i].key, key) == 0)
            return m->items[i].value;
    return NULL;
}

/* ---------------------------------------------------------------- blocks */

/* counts line: aaabbblllfffcccsssxxxrrrpppiiimmmvvvvvv; *v3000 set when it says V3000 (the
 * counts are then in the CTAB's COUNTS line) */
static se3rt_status sdf_counts_parse(struct sdf_rd *rd, const char *s, size_t n, long *na, long *nb, int *v3000)
{
    char show[64];
    *v3000 = 0;
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(s + i, "V3000", 5) == 0) {
            *v3000 = 1;
            *na = *nb = 0;
            return SE3RT_OK;
        }
    int ok = sdf_field_int(s, n, 0, 3, na) && sdf_field_int(s, n, 3, 3, nb);
    if (!ok) {
        size_t at[2], len[2];
        ok = sdf_split(s, n, 2, at, len) == 2 && sdf_field_int(s, n, at[0], len[0], na) &&
             sdf_field_int(s, n, at[1], len[1], nb);
    }
    if (!ok || *na < 0 || *nb < 0 || *na > SDF_MAX_COUNT || *nb > SDF_MAX_COUNT)
        return rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: bad counts line '%s'", rd->file, rd->cur.line,
                        sdf_show(show, sizeof show, s, n));
    return SE3RT_OK;
}

/* atom line: xxxxx.xxxxyyyyy.yyyyzzzzz.zzzz aaa... (or whitespace-separated x y z symbol ...) */
static se3rt_status sdf_atom_parse(struct sdf_rd *rd, se3rt_mol *m, size_t a, const char *s, size_t n)
{
    char show[64];
    double *x = &m->pos[3 * a];
    size_t sa = 0, sl = 0;
    int ok = n >= 34 && sdf_field_real(s, n, 0, 10, &x[0]) && sdf_field_real(s, n, 10, 10, &x[1]) &&
             sdf_field_real(s, n, 20, 10, &x[2]);
    if (ok) {
        sa = 31;
        sl = 3;
        while (sl && sdf_is_space(s[sa]))
            sa++, sl--;
        while (sl && sdf_is_space(s[sa + sl - 1]))
            sl--;
        ok = sl > 0;
    }
    if (!ok) {
        size_t at[4], len[4];
        ok = sdf_split(s, n, 4, at, len) == 4 && sdf_field_real(s, n, at[0], len[0], &x[0]) &&
             sdf_field_real(s, n, at[1], len[1], &x[1]) && sdf_field_real(s, n, at[2], len[2], &x[2]);
        sa = at[3];
        sl = len[3];
    }
    if (!ok || sl > 3)
        return rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: atom %zu: expected x y z symbol, got '%s'", rd->file,
                        rd->cur.line, a + 1, sdf_show(show, sizeof show, s, n));
    memcpy(m->symbols[a], s + sa, sl);
    m->symbols[a][sl] = 0;
    return SE3RT_OK;
}

static se3rt_status sdf_bond_set(struct sdf_rd *rd, se3rt_mol *m, size_t b, const long *v);

/* bond line: 111222ttt... (or whitespace-separated atom1 atom2 type ...) */
static se3rt_status sdf_bond_parse(struct sdf_rd *rd, se3rt_mol *m, size_t b, const char *s, size_t n)
{
    char show[64];
    long v[3];
    int ok = sdf_field_int(s, n, 0, 3, &v[0]) && sdf_field_int(s, n, 3, 3, &v[1]) &&
             sdf_field_int(s, n, 6, 3, &v[2]);
    if (!ok) {
        size_t at[3], len[3];
        ok = sdf_split(s, n, 3, at, len) == 3;
        for (int k = 0; ok && k < 3; k++)
            ok = sdf_field_int(s, n, at[k], len[k], &v[k]);
    }
    if (!ok)
        return rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: bond %zu: expected atom1 atom2 type, got '%s'", rd->file,
                        rd->cur.line, b + 1, sdf_show(show, sizeof show, s, n));
    return sdf_bond_set(rd, m, b, v);
}

/* Bond b = (atom1, atom2, type) = v, 1-based atoms, checked: atoms in range, distinct, type 1..4. */
static se3rt_status sdf_bond_set(struct sdf_rd *rd, se3rt_mol *m, size_t b, const long *v)
{
    for (int k = 0; k < 2; k++)
        if (v[k] < 1 || (size_t)v[k] > m->natoms)
            return rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: bond %zu refers to atom %ld but the molecule has %zu atoms",
                            rd->file, rd->cur.line, b + 1, v[k], m->natoms);
    if (v[0] == v[1])
        return rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: bond %zu joins atom %ld to itself", rd->file, rd->cur.line,
                        b + 1, v[0]);
    if (v[2] < 1 || v[2] > 4)
        return rt_error(rd->ctx, SE3RT_ERR_FORMAT,
                        "%s:%d: bond %zu has type %ld (supported: 1 single, 2 double, 3 triple, 4 aromatic)", rd->file,
                        rd->cur.line, b + 1, v[2]);
    m->bonds[b].i = (int)v[0] - 1;
    m->bonds[b].j = (int)v[1] - 1;
    m->bonds[b].order = (int)v[2];
    return SE3RT_OK;
}

/* data item: '>' ... '<' NAME '>' ... '\n' (VALUE_LINE '\n')* BLANK_LINE */
static se3rt_status sdf_item_parse(struct sdf_rd *rd, se3rt_mol *m, const char *s, size_t n)
{
    se3rt_ctx *ctx = rd->ctx;
    char show[64];
    const char *lt = memchr(s, '<', n);
    const char *gt = lt ? memchr(lt + 1, '>', (size_t)(s + n - lt - 1)) : NULL;
    if (!gt)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: data header without <NAME>: '%s'", rd->file, rd->cur.line,
                        sdf_show(show, sizeof show, s, n));
    se3rt_mol_item *ni = rt_realloc(ctx, m->items, (m->nitems + 1) * sizeof *ni);
    if (!ni)
        return SE3RT_ERR_NOMEM;
    m->items = ni;
    se3rt_mol_item *it = &ni[m->nitems];
    memset(it, 0, sizeof *it);
    it->key = rt_malloc(ctx, (size_t)(gt - lt));
    if (!it->key)
        return SE3RT_ERR_NOMEM;
    m->nitems++;
    memcpy(it->key, lt + 1, (size_t)(gt - lt - 1));
    it->key[gt - lt - 1] = 0;
    /* Measure the value lines, then copy them. */
    struct sdf_cur start = rd->cur;
    const char *l;
    size_t ln, total = 0, lines = 0;
    for (;;) {
        struct sdf_cur before = rd->cur;
        if (!sdf_line_next(&rd->cur, &l, &ln))
            break;
        if (sdf_blank(l, ln))
            break;
        if (sdf_starts(l, ln, "$$$$")) {
            rd->cur = before;
            break;
        }
        total += ln + 1;
        lines++;
    }
    struct sdf_cur after = rd->cur;
    it->value = rt_malloc(ctx, total + 1);
    if (!it->value)
        return SE3RT_ERR_NOMEM;
    rd->cur = start;
    size_t k = 0;
    for (size_t i = 0; i < lines; i++) {
        sdf_line_next(&rd->cur, &l, &ln);
        if (i)
            it->value[k++] = '\n';
        memcpy(it->value + k, l, ln);
        k += ln;
    }
    it->value[k] = 0;
    rd->cur = after;
    return SE3RT_OK;
}

/* ---------------------------------------------------------------- V3000 */

/* The next logical "M  V30" line into buf (without the prefix; a line ending in '-' continues on
 * the next one): 1, or 0 with an error set (end of input, or a line that is no V30 line). */
static int v30_next(struct sdf_rd *rd, char **buf, size_t *cap, size_t *len, const char *want)
{
    const char *s;
    size_t n;
    char show[64];
    *len = 0;
    for (;;) {
        if (!sdf_line_next(&rd->cur, &s, &n)) {
            rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: V3000: truncated connection table (expected %s)", rd->file,
                     rd->cur.line + 1, want);
            return 0;
        }
        if (!sdf_starts(s, n, "M  V30 ")) {
            rt_error(rd->ctx, SE3RT_ERR_FORMAT, "%s:%d: V3000: expected %s, got '%s'", rd->file, rd->cur.line, want,
                     sdf_show(show, sizeof show, s, n));
            return 0;
        }
        s += 7, n -= 7;
        while (n && sdf_is_space(s[n - 1]))
            n--;
        const int more = n && s[n - 1] == '-';
        if (more)
            n--;
        if (*len + n + 1 > *cap) {
            size_t nc = (*len + n + 1) * 2;
            char *nb = rt_realloc(rd->ctx, *buf, nc);
            if (!nb) {
                rt_error(rd->ctx, SE3RT_ERR_NOMEM, "out of memory");
                return 0;
            }
            *buf = nb;
            *cap = nc;
        }
        memcpy(*buf + *len, s, n);
        *len += n;
        (*buf)[*len] = 0;
        if (!more)
            return 1;
    }
}

/* Whether the logical line is the keywords `kw` (single spaces in kw, any blanks in the line). */
static int v30_is(const char *l, size_t n, const char *kw)
{
    size_t at[4], len[4], k = sdf_split(l, n, 4, at, len), w = 0;
    for (const char *p = kw; *p;) {
        const char *sp = strchr(p, ' ');
        size_t wl = sp ? (size_t)(sp - p) : strlen(p);
        if (w >= k || len[w] != wl || memcmp(l + at[w], p, wl) != 0)
            return 0;
        w++;
        p += wl + (sp ? 1 : 0);
    }
    return w == k;
}

/* A V3000 connection table: BEGIN CTAB, COUNTS na nb ..., the ATOM block (idx type x y z ...,
 * atoms numbered 1..na in order), the BOND block (idx type atom1 atom2 ...), any other blocks up
 * to END CTAB, then property lines up to "M  END". Bonds are checked as V2000's. */
static se3rt_status sdf_v3000(struct sdf_rd *rd, se3rt_mol *m)
{
    se3rt_ctx *ctx = rd->ctx;
    char *l = NULL, show[64];
    size_t cap = 0, n = 0;
    se3rt_status st = SE3RT_ERR_FORMAT;
    long na = 0, nb = 0;
    if (!v30_next(rd, &l, &cap, &n, "'M  V30 BEGIN CTAB'"))
        goto out;
    if (!v30_is(l, n, "BEGIN CTAB")) {
        rt_error(ctx, st, "%s:%d: V3000: expected 'M  V30 BEGIN CTAB', got '%s'", rd->file, rd->cur.line,
                 sdf_show(show, sizeof show, l, n));
        goto out;
    }
    if (!v30_next(rd, &l, &cap, &n, "'M  V30 COUNTS na nb ...'"))
        goto out;
    {
        size_t at[3], len[3];
        if (sdf_split(l, n, 3, at, len) < 3 || len[0] != 6 || memcmp(l + at[0], "COUNTS", 6) != 0 ||
            !sdf_field_int(l, n, at[1], len[1], &na) || !sdf_field_int(l, n, at[2], len[2], &nb) || na < 0 || nb < 0 ||
            na > SDF_MAX_COUNT || nb > SDF_MAX_COUNT) {
            rt_error(ctx, st, "%s:%d: V3000: bad counts line '%s'", rd->file, rd->cur.line,
                     sdf_show(show, sizeof show, l, n));
            goto out;
        }
    }
    m->natoms = (size_t)na;
    m->pos = rt_calloc(ctx, (size_t)(na ? na : 1) * 3, sizeof *m->pos);
    m->symbols = m->pos ? rt_calloc(ctx, (size_t)(na ? na : 1), sizeof *m->symbols) : NULL;
    m->bonds = m->symbols ? rt_calloc(ctx, (size_t)(nb ? nb : 1), sizeof *m->bonds) : NULL;
    if (!m->bonds) {
        st = SE3RT_ERR_NOMEM;
        goto out;
    }
    int atoms_done = na == 0, bonds_done = nb == 0;
    for (;;) {
        if (!v30_next(rd, &l, &cap, &n, "'M  V30 END CTAB'"))
            goto out;
        if (v30_is(l, n, "END CTAB"))
            break;
        if (v30_is(l, n, "BEGIN ATOM") || v30_is(l, n, "BEGIN BOND")) {
            const int atom = v30_is(l, n, "BEGIN ATOM");
            const long count = atom ? na : nb;
            if (atom ? atoms_done && na : bonds_done && nb) {
                rt_error(ctx, st, "%s:%d: V3000: a second %s block", rd->file, rd->cur.line, atom ? "ATOM" : "BOND");
                goto out;
            }
            for (long k = 0; k < count; k++) {
                if (!v30_next(rd, &l, &cap, &n, atom ? "an atom line" : "a bond line"))
                    goto out;
                size_t at[6], len[6];
                size_t got = sdf_split(l, n, 6, at, len);
                long idx = 0;
                if (atom) {
                    double *x = &m->pos[3 * k];
                    size_t sl = got >= 2 ? len[1] : 0;
                    if (got < 5 || !sdf_field_int(l, n, at[0], len[0], &idx) || !sdf_field_real(l, n, at[2], len[2], &x[0]) ||
                        !sdf_field_real(l, n, at[3], len[3], &x[1]) || !sdf_field_real(l, n, at[4], len[4], &x[2]) ||
                        sl < 1 || sl > 3) {
                        rt_error(ctx, st, "%s:%d: atom %ld: expected index type x y z, got '%s'", rd->file, rd->cur.line,
                                 k + 1, sdf_show(show, sizeof show, l, n));
                        goto out;
                    }
                    if (idx != k + 1) {
                        rt_error(ctx, st, "%s:%d: atom %ld: V3000 atom index %ld (atoms are read numbered 1..%ld in "
                                 "order)", rd->file, rd->cur.line, k + 1, idx, na);
                        goto out;
                    }
                    memcpy(m->symbols[k], l + at[1], sl);
                    m->symbols[k][sl] = 0;
                } else {
                    /* "type atom1 atom2" as a V2000 bond line, checked by the same rules */
                    if (got < 4 || !sdf_field_int(l, n, at[0], len[0], &idx)) {
                        rt_error(ctx, st, "%s:%d: bond %ld: expected index type atom1 atom2, got '%s'", rd->file,
                                 rd->cur.line, k + 1, sdf_show(show, sizeof show, l, n));
                        goto out;
                    }
                    long v[3];
                    if (!sdf_field_int(l, n, at[2], len[2], &v[0]) || !sdf_field_int(l, n, at[3], len[3], &v[1]) ||
                        !sdf_field_int(l, n, at[1], len[1], &v[2])) {
                        rt_error(ctx, st, "%s:%d: bond %ld: expected index type atom1 atom2, got '%s'", rd->file,
                                 rd->cur.line, k + 1, sdf_show(show, sizeof show, l, n));
                        goto out;
                    }
                    if ((st = sdf_bond_set(rd, m, (size_t)k, v)) != SE3RT_OK)
                        goto out;
                    st = SE3RT_ERR_FORMAT;
                    m->nbonds = (size_t)k + 1;
                }
            }
            if (!v30_next(rd, &l, &cap, &n, atom ? "'M  V30 END ATOM'" : "'M  V30 END BOND'"))
                goto out;
            if (!v30_is(l, n, atom ? "END ATOM" : "END BOND")) {
                rt_error(ctx, st, "%s:%d: V3000: expected 'M  V30 END %s' after %ld %s, got '%s'", rd->file,
                         rd->cur.line, atom ? "ATOM" : "BOND", count, atom ? "atoms" : "bonds",
                         sdf_show(show, sizeof show, l, n));
                goto out;
            }
            if (atom)
                atoms_done = 1;
            else
                bonds_done = 1;
        }
        /* other blocks (SGROUP, COLLECTION, ...) and lines are skipped */
    }
    if (!atoms_done || !bonds_done) {
        rt_error(ctx, st, "%s:%d: V3000: the connection table has no %s block (COUNTS says %ld)", rd->file, rd->cur.line,
                 !atoms_done ? "ATOM" : "BOND", !atoms_done ? na : nb);
        goto out;
    }
    for (;;) {
        const char *s;
        size_t sn;
        if (!sdf_line_next(&rd->cur, &s, &sn)) {
            rt_error(ctx, st, "%s:%d: truncated molecule: no 'M  END' line", rd->file, rd->cur.line + 1);
            goto out;
        }
        if (sdf_starts(s, sn, "M  END"))
            break;
        if (sdf_starts(s, sn, "$$$$")) {
            rt_error(ctx, st, "%s:%d: '$$$$' before 'M  END'", rd->file, rd->cur.line);
            goto out;
        }
    }
    st = SE3RT_OK;
out:
    rt_free(ctx, l);
    return st;
}

/* molecule: HEADER{3} COUNTS ATOM{a} BOND{b} PROPS* "M  END" ITEM* ("$$$$" | EOF), or with a
 * V3000 counts line HEADER{3} COUNTS V3000-CTAB PROPS* "M  END" ITEM* ... */
static se3rt_status sdf_mol_parse(struct sdf_rd *rd, se3rt_mol *m)
{
    se3rt_ctx *ctx = rd->ctx;
    const char *s;
    size_t n;
    char show[64];
    sdf_line_next(&rd->cur, &s, &n);
    m->line = rd->cur.line;
    m->title = rt_malloc(ctx, n + 1);
    if (!m->title)
        return SE3RT_ERR_NOMEM;
    memcpy(m->title, s, n);
    m->title[n] = 0;
    for (int k = 0; k < 3; k++)
        if (!sdf_line_next(&rd->cur, &s, &n))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: truncated molecule: the header needs 3 lines and a counts line",
                            rd->file, rd->cur.line + 1);
    long na, nb;
    int v3000;
    se3rt_status st = sdf_counts_parse(rd, s, n, &na, &nb, &v3000);
    if (st)
        return st;
    if (v3000) {
        if ((st = sdf_v3000(rd, m)))
            return st;
        goto items;
    }
    /* Every atom and bond line must be there before anything is allocated for them. */
    struct sdf_cur start = rd->cur;
    for (long i = 0; i < na + nb; i++)
        if (!sdf_line_next(&rd->cur, &s, &n))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: truncated molecule: %ld atoms and %ld bonds announced, the file ends after %ld lines",
                            rd->file, start.line, na, nb, i);
    rd->cur = start;
    m->natoms = (size_t)na;
    m->pos = rt_calloc(ctx, (size_t)(na ? na : 1) * 3, sizeof *m->pos);
    m->symbols = m->pos ? rt_calloc(ctx, (size_t)(na ? na : 1), sizeof *m->symbols) : NULL;
    m->bonds = m->symbols ? rt_calloc(ctx, (size_t)(nb ? nb : 1), sizeof *m->bonds) : NULL;
    if (!m->bonds)
        return SE3RT_ERR_NOMEM;
    for (size_t a = 0; a < m->natoms; a++) {
        sdf_line_next(&rd->cur, &s, &n);
        if ((st = sdf_atom_parse(rd, m, a, s, n)))
            return st;
    }
    for (size_t b = 0; b < (size_t)nb; b++) {
        sdf_line_next(&rd->cur, &s, &n);
        if ((st = sdf_bond_parse(rd, m, b, s, n)))
            return st;
        m->nbonds = b + 1;
    }
    /* Property lines (charges, isotopes, ...) are skipped up to M  END. */
    for (;;) {
        if (!sdf_line_next(&rd->cur, &s, &n))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: truncated molecule: no 'M  END' line", rd->file,
                            rd->cur.line + 1);
        if (sdf_starts(s, n, "M  END"))
            break;
        if (sdf_starts(s, n, "$$$$"))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: '$$$$' before 'M  END'", rd->file, rd->cur.line);
    }
items:
    for (;;) {
        if (!sdf_line_next(&rd->cur, &s, &n))
            return SE3RT_OK;
        if (sdf_starts(s, n, "$$$$"))
            return SE3RT_OK;
        if (sdf_blank(s, n))
            continue;
        if (s[0] != '>')
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: expected a data item '> <NAME>' or '$$$$', got '%s'",
                            rd->file, rd->cur.line, sdf_show(show, sizeof show, s, n));
        if ((st = sdf_item_parse(rd, m, s, n)))
            return st;
    }
}

/* Whether only whitespace is left. */
static int sdf_rest_blank(const struct sdf_cur *c)
{
    for (const char *p = c->p; p < c->end; p++)
        if (!sdf_is_space(*p) && *p != '\n')
            return 0;
    return 1;
}

/* Text formats hold no NUL bytes; one would cut strings short, so it is an error. */
static se3rt_status sdf_nul_check(se3rt_ctx *ctx, const char *file, const char *buf, size_t len)
{
    const char *z = len ? memchr(buf, 0, len) : NULL;
    if (!z)
        return SE3RT_OK;
    int line = 1;
    for (const char *p = buf; p < z; p++)
        line += *p == '\n';
    return rt_error(ctx, SE3RT_ERR_FORMAT, "%s:%d: NUL byte in a text file", file, line);
}

se3rt_status se3rt_sdf_read_mem(se3rt_ctx *ctx, const char *buf, size_t len, const char *name, se3rt_sdf **out)
{
    *out = NULL;
    se3rt_sdf *x = rt_calloc(ctx, 1, sizeof *x);
    if (!x)
        return SE3RT_ERR_NOMEM;
    x->ctx = ctx;
    x->file = rt_strdup(ctx, name ? name : "<memory>");
    if (!x->file) {
        rt_free(ctx, x);
        return SE3RT_ERR_NOMEM;
    }
    struct sdf_rd rd = { ctx, x->file, { buf, buf + len, 0 } };
    se3rt_status st = sdf_nul_check(ctx, x->file, buf, len);
    while (!st && !sdf_rest_blank(&rd.cur)) {
        se3rt_mol *nm = rt_realloc(ctx, x->mols, (x->nmols + 1) * sizeof *nm);
        if (!nm) {
            st = SE3RT_ERR_NOMEM;
            break;
        }
        x->mols = nm;
        memset(&nm[x->nmols], 0, sizeof *nm);
        if ((st = sdf_mol_parse(&rd, &nm[x->nmols++])))
            break;
    }
    if (st) {
        se3rt_sdf_free(x);
        return st;
    }
    *out = x;
    return SE3RT_OK;
}

se3rt_status se3rt_sdf_read_file(se3rt_ctx *ctx, FILE *f, const char *name, se3rt_sdf **out)
{
    *out = NULL;
    char *buf;
    size_t len;
    const char *nm = name ? name : "<stdin>";
    se3rt_status st = se3rt_io_read_all(ctx, f, nm, &buf, &len);
    if (st)
        return st;
    st = se3rt_sdf_read_mem(ctx, buf, len, nm, out);
    rt_free(ctx, buf);
    return st;
}

se3rt_status se3rt_sdf_read(se3rt_ctx *ctx, const char *path, se3rt_sdf **out)
{
    *out = NULL;
    char *buf;
    size_t len;
    se3rt_status st = se3rt_io_read_path(ctx, path, &buf, &len);
    if (st)
        return st;
    st = se3rt_sdf_read_mem(ctx, buf, len, path, out);
    rt_free(ctx, buf);
    return st;
}
