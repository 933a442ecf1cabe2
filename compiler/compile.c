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

static void compile_run(compile *c, const compile_opts *o)
{
    c->diags.src = c->src;
    c->ast = se3c_parse_string(&c->mem, &c->diags, c->src, c->len);
    if (!c->ast || c->diags.nerrors)
        return;
    c->m = sema_check(&c->mem, &c->diags, c->ast, c->diags.file);
    if (!c->m)
        return;
    if (o && (o->prec == PREC_F32 || o->prec == PREC_F64))
        c->m->prec = (precision)o->prec;   /* an input to lowering, never changed after it */
    c->ir = ir_lower(&c->mem, c->m);
    c->plan = plan_build(&c->mem, c->ir);
    c->ir->plan = c->plan;
}

compile *compile_string_opts(const char *name, const char *text, size_t len, const compile_opts *opts)
{
    compile *c = compile_new(name);
    c->src = arena_alloc(&c->mem, len + 1);
    memcpy(c->src, text, len);
    c->len = len;
    compile_run(c, opts);
    return c;
}

compile *compile_file_opts(const char *path, const compile_opts *opts)
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
    compile_run(c, opts);
    return c;
}

compile *compile_file(const char *path)
{
    return compile_file_opts(path, NULL);
}

compile *compile_string(const char *name, const char *text, size_t len)
{
    return compile_string_opts(name, text, len, NULL);
}

void compile_free(compile *c)
{
    if (!c)
        return;
    arena_free(&c->mem);
    free(c);
}
