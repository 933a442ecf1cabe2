/* diag.c - see diag.h. The caret line copies the source line's tabs so it lines up, and
 * underlines the whole token range (^~~~) when it stays on one line. Text from the spec or the
 * command line is printed with its control bytes escaped (diag_put). */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

int diag_full(const diag_list *dl)
{
    return dl->nerrors >= DIAG_MAX_ERRORS;
}

void diag_add(diag_list *dl, diag_kind kind, src_loc loc, const char *fmt, ...)
{
    if (diag_full(dl)) {
        /* past the limit: count errors, keep nothing (notes belong to an error not kept) */
        if (kind == DIAG_ERROR)
            dl->nerrors++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = arena_alloc(dl->mem, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);

    diag *d = arena_alloc(dl->mem, sizeof *d);
    d->kind = kind;
    d->loc = loc;
    d->msg = msg;
    if (dl->tail)
        dl->tail->next = d;
    else
        dl->head = d;
    dl->tail = d;
    if (kind == DIAG_ERROR)
        dl->nerrors++;
    if (kind == DIAG_ERROR && diag_full(dl))
        diag_add(dl, DIAG_NOTE, DIAG_NOLOC, "stopping after %d errors", DIAG_MAX_ERRORS);
}

/* Find line `line` (1-based) in src; returns its start and sets *len (without newline). */
static const char *diag_line_find(const char *src, int line, size_t *len)
{
    const char *p = src;
    for (int i = 1; i < line && p; i++) {
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    if (!p || !*p)
        return NULL;
    const char *e = p;
    while (*e && *e != '\n' && *e != '\r')
        e++;
    *len = (size_t)(e - p);
    return p;
}

/* Is byte c printed as itself (printable ASCII, or a tab when `tab`)? Others print as \xNN. */
static int diag_plain(unsigned char c, int tab)
{
    return (c >= 0x20 && c < 0x7f) || (tab && c == '\t');
}

/* s[0..n) with every byte that is not plain as \xNN: no control sequence reaches the terminal. */
static void diag_put(FILE *out, const char *s, size_t n, int tab)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (diag_plain(c, tab))
            fputc(c, out);
        else
            fprintf(out, "\\x%02x", c);
    }
}

void diag_print(const diag_list *dl, FILE *out)
{
    for (const diag *d = dl->head; d; d = d->next) {
        const char *what = d->kind == DIAG_ERROR ? "error" : "note";
        diag_put(out, dl->file, strlen(dl->file), 0);
        if (d->loc.first_line > 0)
            fprintf(out, ":%d:%d", d->loc.first_line, d->loc.first_column);
        fprintf(out, ": %s: ", what);
        diag_put(out, d->msg, strlen(d->msg), 0);
        fputc('\n', out);
        if (d->loc.first_line <= 0)
            continue;
        size_t len = 0;
        const char *line = dl->src ? diag_line_find(dl->src, d->loc.first_line, &len) : NULL;
        if (!line)
            continue;
        fputs("    ", out);
        diag_put(out, line, len, 1);
        fputs("\n    ", out);
        int col = d->loc.first_column;
        for (int i = 1; i < col && (size_t)(i - 1) < len; i++) {
            unsigned char c = (unsigned char)line[i - 1];
            fputs(c == '\t' ? "\t" : diag_plain(c, 0) ? " " : "    ", out);
        }
        fputc('^', out);
        if (d->loc.last_line == d->loc.first_line)
            for (int i = col + 1; i <= d->loc.last_column && (size_t)i <= len; i++)
                fputs(diag_plain((unsigned char)line[i - 1], 1) ? "~" : "~~~~", out);
        fputc('\n', out);
    }
}
