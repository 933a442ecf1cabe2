/* compile.c - runs the front end stages in order: parse (grammar/), sema.c, lower.c, plan.c. */
#include "compile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static compile *compile_new(const char *name)
{
    compile *c = calloc(1, sizeof *c);
    if (!c) {
        fprintf(stderr, "se3tc: out of memory\n");
        abort();
    }
    c->diags.mem = &c->mem;
    c->diags.file = arena_strdup(&c->mem, name);
    return c;
}

static void compile_run(compile *c)
{
    c->diags.src = c->src;
    c->ast = se3c_parse_string(&c->mem, &c->diags, c->src, c->len);
    if (!c->ast || c->diags.nerrors)
        return;
    c->m = sema_check(&c->mem, &c->diags, c->ast, c->diags.file);
    if (!c->m)
        return;
    c->ir = ir_lower(&c->mem, c->m);
    c->plan = plan_build(&c->mem, c->ir);
    c->ir->plan = c->plan;
}

compile *compile_string(const char *name, const char *text, size_t len)
{
    compile *c = compile_new(name);
    c->src = arena_alloc(&c->mem, len + 1);
    memcpy(c->src, text, len);
    c->len = len;
    compile_run(c);
    return c;
}

compile *compile_file(const char *path)
{
    compile *c = compile_new(path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_error(&c->diags, DIAG_NOLOC, "cannot open: %s", strerror(errno));
        return c;
    }
    size_t cap = 1 << 16, n = 0, r;
    char *buf = malloc(cap);
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            if (cap > (size_t)SE3_MAX_SPEC_BYTES)
                break;   /* enough to know it is too large: se3c_parse_string says so */
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        diag_error(&c->diags, DIAG_NOLOC, "cannot read the file");
        free(buf);
        return c;
    }
    c->src = arena_alloc(&c->mem, n + 1);
    memcpy(c->src, buf, n);
    c->len = n;
    free(buf);
    compile_run(c);
    return c;
}

void compile_free(compile *c)
{
    if (!c)
        return;
    arena_free(&c->mem);
    free(c);
}
