/* diag.c - see diag.h. The caret line copies the source line's tabs so it lines up, and
 * underlines the whole token range (^~~~) when it stays on one line. Text from the spec or the
 * command line is printed with its control bytes escaped (diag_put). */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
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
    if (kind == DIAG_ERROR && diag_full(dl)) {
        diag *note = arena_alloc(dl->mem, sizeof *note);
        note->kind = DIAG_NOTE;
        note->msg = arena_printf(dl->mem, "stopping after %d errors", DIAG_MAX_ERRORS);
        d->next = note;
        dl->tail = note;
    }
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

/* One diagnostic into `out`. A long source line is shown as a window of at most DIAG_WINDOW
 * bytes around the column, with "..." where it is cut, so output stays small. */
#define DIAG_WINDOW 160
static void diag_print_one(const diag_list *dl, const diag *d, FILE *out)
{
    const char *what = d->kind == DIAG_ERROR ? "error" : "note";
    diag_put(out, dl->file, strlen(dl->file), 0);
    if (d->loc.first_line > 0)
        fprintf(out, ":%d:%d", d->loc.first_line, d->loc.first_column);
    fprintf(out, ": %s: ", what);
    diag_put(out, d->msg, strlen(d->msg), 0);
    fputc('\n', out);
    if (d->loc.first_line <= 0)
        return;
    size_t len = 0;
    const char *line = dl->src ? diag_line_find(dl->src, d->loc.first_line, &len) : NULL;
    if (!line)
        return;
    const size_t col = d->loc.first_column > 0 ? (size_t)d->loc.first_column : 1;
    size_t start = col > DIAG_WINDOW / 2 ? col - DIAG_WINDOW / 2 : 0;   /* 0-based, shown bytes */
    if (start > len)
        start = len;
    size_t end = len - start > DIAG_WINDOW ? start + DIAG_WINDOW : len;
    fputs(start ? "    ..." : "    ", out);
    diag_put(out, line + start, end - start, 1);
    fputs(end < len ? "...\n    " : "\n    ", out);
    if (start)
        fputs("   ", out);
    for (size_t i = start + 1; i < col && i - 1 < end; i++) {
        unsigned char c = (unsigned char)line[i - 1];
        fputs(c == '\t' ? "\t" : diag_plain(c, 0) ? " " : "    ", out);
    }
    fputc('^', out);
    if (d->loc.last_line == d->loc.first_line)
        for (size_t i = col + 1; (long)i <= d->loc.last_column && i <= end; i++)
            fputs(diag_plain((unsigned char)line[i - 1], 1) ? "~" : "~~~~", out);
    fputc('\n', out);
}

void diag_print(const diag_list *dl, FILE *out)
{
    /* each message is assembled in memory and written at once (stderr is unbuffered) */
    for (const diag *d = dl->head; d; d = d->next) {
        char *text = NULL;
        size_t n = 0;
        FILE *mem = open_memstream(&text, &n);
        if (!mem) {
            diag_print_one(dl, d, out);
            continue;
        }
        diag_print_one(dl, d, mem);
        fclose(mem);
        fwrite(text, 1, n, out);
        free(text);
    }
}
