/* test_harden_codegen.c - issue 9, compiler side: nothing from outside reaches generated code
 * (a spec path with C in it, names with control bytes), no fixed-size name buffers (long names
 * are a diagnostic; names at the limit behave as short ones; a missing weight aborts), escaped
 * diagnostics, and bounded front-end work (limits checked before expansion, linear passes).
 * se3tc runs as a subprocess with SE3TC_CACHE in a fresh folder and SE3TC_CFLAGS=-O1. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <ftw.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "emit_buf.h"
#include "se3rt_io.h"
#include "se3rt_model.h"
#include "testutil.h"

static char g_work[4096];   /* fixtures made by main() */
static char g_cache[4096];  /* SE3TC_CACHE of this run */

#define SPEC_CONV SE3_SOURCE_DIR "/specs/tiny_conv.spec"

static const char good_xyz[] =
    "5\n"
    "Properties=species:S:1:pos:R:3:a:R:3\n"
    "X 0 0 0 1 0 0\n"
    "X 1 0 0 0 1 0\n"
    "X 0 1 0 0 0 1\n"
    "X 0 0 1 1 1 0\n"
    "X 1 1 1 0 1 1\n";

/* A folder name part that is C code closing the comment it lands in: `*` then `/`, a newline,
 * a statement with a side effect, a line splice, a trigraph line splice and a new comment. */
#define EVIL_DIR "a*/\nint pwned = (system(\"touch PWNED\"), 0); \\\n?\?/\n/*"

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(NULL, 0, f, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    va_start(ap, f);
    vsnprintf(s, (size_t)n + 1, f, ap);
    va_end(ap);
    return s;
}

static int se3tc_fmt(char **out, char **err, const char *f, ...) __attribute__((format(printf, 3, 4)));
static int se3tc_fmt(char **out, char **err, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(NULL, 0, f, ap);
    va_end(ap);
    char *args = malloc((size_t)n + 1);
    va_start(ap, f);
    vsnprintf(args, (size_t)n + 1, f, ap);
    va_end(ap);
    int rc = tu_se3tc(args, NULL, out, err);
    free(args);
    return rc;
}



/* CPU seconds (user + system) of this process's finished children: the se3tc runs the bounds
 * tests time. CPU time, not wall time, so a machine shared several times over (or a sanitized
 * build waiting for its core) does not fail a test whose point is that the work stays linear. */
static double child_cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + 1e-6 * (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
}

static int count_of(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, what)); p += strlen(what))
        n++;
    return n;
}

/* No byte of s is a control character other than newline (no terminal escape reaches the
 * user) and nothing is outside ASCII. */
static void assert_no_controls(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        ck_assert_msg((*p >= 0x20 && *p < 0x7f) || *p == '\n' || *p == '\t', "raw byte 0x%02x in output:\n%s", *p, s);
}

/* Write `text` to DIR/NAME and return the path (malloc'd). */
static char *write_spec(const char *dir, const char *name, const char *text)
{
    char *p = fmt("%s/%s", dir, name);
    ck_assert_int_eq(tu_write_file(p, text), 0);
    return p;
}

/* The folder EVIL_DIR under a fresh folder, with tiny_conv.spec copied into it. */
static char *evil_spec(char **root)
{
    *root = tu_tmpdir();
    char *dir = fmt("%s/" EVIL_DIR, *root);
    /* the name spans several path components: make each */
    for (char *p = dir + strlen(*root) + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(dir, 0700);
            *p = '/';
        }
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    char *text = tu_read_file(SPEC_CONV, NULL);
    ck_assert_ptr_nonnull(text);
    char *path = write_spec(dir, "tiny_conv.spec", text);
    free(text);
    free(dir);
    return path;
}

/* ---- nothing from outside reaches generated code ----------------------------------------- */

START_TEST(comment_text_is_inert)
{
    arena a = { 0 };
    const char *bad[] = { "x*/y", "/*", "a\\", "?\?/", "?\?\?/", "*", "a/**/b", "\n\r\t\x1b[2J", "\xc3\xa9", "%41",
                          "*/*/*", "/" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const char *t = emit_comment_text(&a, bad[i]);
        ck_assert_msg(!strstr(t, "*/") && !strstr(t, "/*") && !strchr(t, '\\') && !strstr(t, "??"),
                      "'%s' -> '%s'", bad[i], t);
        for (const char *p = t; *p; p++)
            ck_assert(*p >= 0x20 && *p < 0x7f);
        size_t n = strlen(t);
        ck_assert_msg(n == 0 || t[n - 1] != '*', "'%s' ends in '*'", t);
    }
    /* ordinary paths stay readable */
    ck_assert_str_eq(emit_comment_text(&a, "/home/o'brien/specs/tiny_conv.spec"), "/home/o'brien/specs/tiny_conv.spec");
    ck_assert_str_eq(emit_comment_text(&a, "a*/b"), "a%2A%2Fb");
    arena_free(&a);
}
END_TEST

START_TEST(evil_path_compile)
{
    char *root, *spec = evil_spec(&root), *out, *err;
    char *odir = fmt("%s/out", root);
    ck_assert_int_eq(mkdir(odir, 0700), 0);
    ck_assert_int_eq(chdir(root), 0);
    int rc = se3tc_fmt(&out, &err, "compile '%s' -o '%s'", spec, odir);
    ck_assert_msg(rc == 0, "%s", err);
    const char *ext[] = { "c", "cu" };
    for (int i = 0; i < 2; i++) {
        char *path = fmt("%s/tiny_conv.%s", odir, ext[i]);
        char *src = tu_read_file(path, NULL);
        ck_assert_ptr_nonnull(src);
        /* the path is in the first comment, on one line, its C inert */
        ck_assert_msg(strncmp(src, "/* Generated by se3tc ", 22) == 0, "%.200s", src);
        const char *nl = strchr(src, '\n');
        ck_assert_msg(strstr(src, "Do not edit. */") && strstr(src, "Do not edit. */") < nl, "first line: %.*s",
                      (int)(nl - src), src);
        ck_assert_ptr_null(strstr(src, "\nint pwned"));
        ck_assert_ptr_null(strstr(src, "?\?/"));
        /* every line naming the path: one comment that opens at its start and closes at its end
         * (or, in the CUDA kernel heads, continues on the next line), no backslash */
        int lines = 0;
        for (const char *p = src; (p = strstr(p, "PWNED")); p++) {
            const char *b = p, *e = strchr(p, '\n');
            while (b > src && b[-1] != '\n')
                b--;
            char *line = fmt("%.*s", (int)(e - b), b);
            ck_assert_msg(strncmp(line, "/* ", 3) == 0 && !strchr(line, '\\'), "%s", line);
            const char *close = strstr(line, "*/");
            ck_assert_msg(!close || close == line + strlen(line) - 2, "%s", line);
            free(line);
            lines++;
        }
        ck_assert_int_ge(lines, 6);
        ck_assert_msg(strstr(src, "a%2A%2F%0Aint pwned = (system(\"touch PWNED\"), 0); %5C%0A?%3F/%0A/%2A") != NULL,
                      "sanitised path not found in %s", path);
        /* the same count of comment openers and closers: no comment ends early */
        ck_assert_int_eq(count_of(src, "/*"), count_of(src, "*/"));
        free(src);
        free(path);
    }
    /* the C file compiles as ISO C11 (trigraphs on), and defines nothing called pwned */
    char *cmd = fmt("cc -std=c11 -fsyntax-only -w '%s/tiny_conv.c'", odir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    char *json = fmt("%s/tiny_conv.json", odir);
    char *js = tu_read_file(json, NULL);
    ck_assert_ptr_nonnull(js);
    ck_assert_msg(strstr(js, "\\nint pwned = (system(\\\"touch PWNED\\\"), 0)") != NULL,
                  "manifest spec path not JSON-escaped:\n%.400s", js);
    free(js);
    free(json);
    ck_assert_int_ne(access("PWNED", F_OK), 0);
    free(out);
    free(err);
    tu_rm_rf(root);
    free(root);
    free(odir);
    free(spec);
}
END_TEST

START_TEST(evil_path_run)
{
    /* `run` JIT-compiles and loads the generated C: the path's code must not run */
    char *root, *spec = evil_spec(&root), *out, *err;
    char *xyz = write_spec(root, "in.xyz", good_xyz);
    ck_assert_int_eq(chdir(root), 0);
    int rc = se3tc_fmt(&out, &err, "run '%s' --seed 1 --device cpu -i '%s'", spec, xyz);
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_msg(strlen(out) > 0, "no output");
    ck_assert_int_ne(access("PWNED", F_OK), 0);
    char *p = fmt("%s/" EVIL_DIR "/PWNED", root);
    ck_assert_int_ne(access(p, F_OK), 0);
    free(p);
    free(out);
    free(err);
    free(xyz);
    tu_rm_rf(root);
    free(root);
    free(spec);
}
END_TEST

START_TEST(manifest_path_utf8)
{
    /* a path that is not UTF-8: the manifest stays valid JSON text (bad bytes become '?') */
    char *root = tu_tmpdir(), *dir = fmt("%s/x\xff\xfe\xc3\xa9\"q", root), *out, *err;
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    char *text = tu_read_file(SPEC_CONV, NULL);
    char *spec = write_spec(dir, "tiny_conv.spec", text);
    ck_assert_int_eq(se3tc_fmt(&out, &err, "compile '%s' -o '%s'", spec, root), 0);
    char *json = fmt("%s/tiny_conv.json", root);
    char *js = tu_read_file(json, NULL);
    ck_assert_ptr_nonnull(js);
    ck_assert_msg(strstr(js, "/x??\xc3\xa9\\\"q/tiny_conv.spec\""), "%.300s", js);
    ck_assert_ptr_null(strstr(js, "\xff"));
    free(js);
    free(json);
    free(out);
    free(err);
    free(spec);
    free(text);
    tu_rm_rf(root);
    free(root);
    free(dir);
}
END_TEST

START_TEST(names_are_identifiers)
{
    /* a layer name with `*` `/`, a control byte or a quote is a syntax error, never code */
    const char *names[] = { "c*/x", "c\x1b[31m", "c\"x", "c\\x", "c/*x" };
    char *dir = tu_tmpdir();
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *text = fmt("model m {\n    input a : 2x0;\n    conv %s -> 2x0;\n    output y : 2x0;\n}\n", names[i]);
        char *spec = write_spec(dir, "n.spec", text), *out, *err;
        char *odir = fmt("%s/o", dir);
        mkdir(odir, 0700);
        int rc = se3tc_fmt(&out, &err, "compile '%s' -o '%s'", spec, odir);
        ck_assert_msg(rc == 1, "name %zu: rc %d: %s", i, rc, err);
        ck_assert_int_eq(count_of(err, "error:"), 1);
        assert_no_controls(err);
        char *mc = fmt("%s/m.c", odir);
        ck_assert_msg(access(mc, F_OK) != 0, "wrote m.c");
        free(mc);
        free(out);
        free(err);
        free(spec);
        free(odir);
        free(text);
    }
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

/* ---- diagnostics escape control bytes ---------------------------------------------------- */

START_TEST(diag_escapes_controls)
{
    char *dir = tu_tmpdir();
    /* an ESC sequence (clear screen, set title) on an erroneous line, and in a comment above */
    char *spec = write_spec(dir, "esc.spec",
                            "model m {\n    # \x1b]0;owned\x07 title\n    input a : 2x0; \x1b[2J\x1b[31m\n"
                            "    conv c -> 2x0;\n    output y : 2x0;\n}\n");
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, "check '%s'", spec);
    ck_assert_int_eq(rc, 1);
    assert_no_controls(err);
    ck_assert_msg(strstr(err, "\\x1b[2J\\x1b[31m"), "ESC not shown escaped:\n%s", err);
    free(out);
    free(err);
    /* a file name with control bytes is escaped too */
    rc = se3tc_fmt(&out, &err, "check '%s/no\x1b[2Jsuch\n.spec'", dir);
    ck_assert_int_eq(rc, 1);
    assert_no_controls(err);
    ck_assert_msg(strstr(err, "no\\x1b[2Jsuch\\x0a.spec"), "%s", err);
    free(out);
    free(err);
    /* tabs are kept so the caret lines up */
    char *tab = write_spec(dir, "tab.spec", "model m {\n\tinput a : 2x0;\n\tconv\tc -> 2x0 (x=1,,);\n}\n");
    rc = se3tc_fmt(&out, &err, "check '%s'", tab);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "\n    \tconv\tc -> 2x0 (x=1,,);\n    \t    \t              ^\n"), "%s", err);
    free(out);
    free(err);
    free(tab);
    free(spec);
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

/* ---- names: no fixed buffers, a documented limit ----------------------------------------- */

static char *long_name(char first, size_t n)
{
    char *s = malloc(n + 1);
    s[0] = first;
    for (size_t i = 1; i < n; i++)
        s[i] = (char)('a' + i % 26);
    s[n] = 0;
    return s;
}

START_TEST(long_names_refused)
{
    char *dir = tu_tmpdir();
    char *n150 = long_name('n', 150), *c65 = long_name('c', 65), *i300 = long_name('i', 300);
    const char *tmpl[] = {
        "model m {\n    input a : 2x0;\n    conv c -> 2x0;\n    norm %s;\n    output y : 2x0;\n}\n",
        "model m {\n    input a : 2x0;\n    conv %s -> 2x0 (self=linear);\n    output y : 2x0;\n}\n",
        "model m {\n    input %s : 2x0;\n    conv c -> 2x0;\n    output y : 2x0;\n}\n",
        "model %s {\n    input a : 2x0;\n    conv c -> 2x0;\n    output y : 2x0;\n}\n",
    };
    const char *names[] = { n150, c65, i300, n150 };
    for (int i = 0; i < 4; i++) {
        char *text = fmt(tmpl[i], names[i]);
        char *spec = write_spec(dir, "long.spec", text), *out, *err;
        int rc = se3tc_fmt(&out, &err, "check '%s'", spec);
        ck_assert_msg(rc == 1, "case %d: rc %d", i, rc);
        ck_assert_msg(count_of(err, "error:") == 1 && strstr(err, "names have at most 64"), "case %d:\n%s", i, err);
        /* one message line (then the source line and the caret), naming file:line:col */
        ck_assert_msg(strncmp(err, spec, strlen(spec)) == 0 && err[strlen(spec)] == ':', "%s", err);
        free(out);
        free(err);
        /* run refuses it too, before writing anything */
        rc = se3tc_fmt(&out, &err, "run '%s' --seed 1 --device cpu -i /dev/null", spec);
        ck_assert_int_ne(rc, 0);
        ck_assert(strstr(err, "names have at most 64") != NULL);
        free(out);
        free(err);
        free(spec);
        free(text);
    }
    free(n150);
    free(c65);
    free(i300);
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

/* tiny_conv with every layer renamed to a 64-character name (the limit): the weights of the
 * short-named model under the new names give the same outputs, so no term is lost. */
START_TEST(names_at_limit_same_outputs)
{
    char *dir = tu_tmpdir();
    const char *shorts[] = { "c1", "n1", "s1", "c2", "p" };
    const char *kinds[] = { "conv", "norm", "selfint", "conv", "pool" };
    char *longs[5];
    char *text = tu_read_file(SPEC_CONV, NULL);
    ck_assert_ptr_nonnull(text);
    for (int i = 0; i < 5; i++) {
        longs[i] = long_name(shorts[i][0], 64);
        memcpy(longs[i] + 1, shorts[i] + 1, strlen(shorts[i]) - 1);   /* keep them distinct */
        /* rename the declaration `KIND NAME ` */
        char *from = fmt("%s %s ", kinds[i], shorts[i]), *to = fmt("%s %s ", kinds[i], longs[i]);
        char *p = strstr(text, from);
        ck_assert_ptr_nonnull(p);
        char *nt = fmt("%.*s%s%s", (int)(p - text), text, to, p + strlen(from));
        free(text);
        text = nt;
        free(from);
        free(to);
    }
    char *spec_long = write_spec(dir, "long.spec", text);
    char *xyz = write_spec(dir, "in.xyz", good_xyz);
    char *md = fmt("%s/m", dir), *out, *err;
    ck_assert_int_eq(mkdir(md, 0700), 0);
    ck_assert_int_eq(se3tc_fmt(&out, &err, "compile '%s' -o '%s'", SPEC_CONV, md), 0);
    free(out);
    free(err);

    /* seed-1 weights of the short model, saved as they are and renamed */
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    se3rt_st *st = NULL;
    char *json = fmt("%s/tiny_conv.json", md), *ws = fmt("%s/short.safetensors", dir), *wl = fmt("%s/long.safetensors", dir);
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), 0);
    ck_assert_int_eq(se3rt_model_open(ctx, json, &m), 0);
    ck_assert_int_eq(se3rt_model_init_weights(m, 1), 0);
    ck_assert_int_eq(se3rt_model_save_weights(m, ws, SE3RT_DTYPE_F64), 0);
    ck_assert_int_eq(se3rt_st_read(ctx, ws, &st), 0);
    se3rt_st_entry *e = calloc(st->ntensors, sizeof *e);
    char **names = calloc(st->ntensors, sizeof *names);
    for (size_t t = 0; t < st->ntensors; t++) {
        const char *nm = st->tensors[t].name, *dot = strchr(nm, '.');
        ck_assert_ptr_nonnull(dot);
        for (int i = 0; i < 5; i++)
            if (strlen(shorts[i]) == (size_t)(dot - nm) && strncmp(nm, shorts[i], (size_t)(dot - nm)) == 0)
                names[t] = fmt("%s%s", longs[i], dot);
        ck_assert_ptr_nonnull(names[t]);
        e[t] = (se3rt_st_entry){ names[t], st->tensors[t].ndim, st->tensors[t].shape, st->tensors[t].data };
    }
    ck_assert_int_eq(se3rt_st_write(ctx, wl, e, st->ntensors, SE3RT_DTYPE_F64, NULL), 0);

    char *o1, *o2;
    int rc = se3tc_fmt(&o1, &err, "run '%s' --weights '%s' --device cpu -i '%s'", SPEC_CONV, ws, xyz);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    rc = se3tc_fmt(&o2, &err, "run '%s' --weights '%s' --device cpu -i '%s'", spec_long, wl, xyz);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    ck_assert_msg(strlen(o1) > 0 && strcmp(o1, o2) == 0, "outputs differ:\n%s\n---\n%s", o1, o2);
    free(o1);
    free(o2);
    /* and the generated code of the long model compiles (its identifiers carry the names) */
    ck_assert_int_eq(se3tc_fmt(&out, &err, "compile '%s' -o '%s'", spec_long, md), 0);
    free(out);
    free(err);

    for (size_t t = 0; t < st->ntensors; t++)
        free(names[t]);
    free(names);
    free(e);
    se3rt_st_free(st);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    for (int i = 0; i < 5; i++)
        free(longs[i]);
    free(text);
    free(spec_long);
    free(xyz);
    free(json);
    free(ws);
    free(wl);
    tu_rm_rf(dir);
    free(dir);
    free(md);
}
END_TEST

static compile *tiny(void)
{
    const char *src = "model t {\n    input a : 2x0;\n    conv c -> 2x0 + 1x1 (self=linear);\n    norm n;\n"
                      "    output y : 2x0 + 1x1;\n}\n";
    compile *c = compile_string("t.spec", src, strlen(src));
    ck_assert_int_eq(c->diags.nerrors, 0);
    return c;
}

START_TEST(weight_lookup_found)
{
    compile *c = tiny();
    ck_assert_int_ge(ir_weight_offset(c->ir, "c.self.0"), 0);
    ck_assert_int_eq(ir_weight_offset(c->ir, "c.self.9"), -1);
    ck_assert_int_eq(IR_WEIGHT(c->ir, "%s.ln.%d.g", "n", 1), ir_weight_offset(c->ir, "n.ln.1.g"));
    for (int w = 0; w < c->ir->nweights; w++)
        ck_assert_int_eq(IR_WEIGHT(c->ir, "%s", c->ir->weights[w].name), c->ir->weights[w].offset);
    compile_free(c);
}
END_TEST

START_TEST(weight_lookup_missing_aborts)
{
    /* an emitter asking for a weight lower.c did not make is an internal error: abort */
    compile *c = tiny();
    IR_WEIGHT(c->ir, "%s.self.%d", "c", 7);
    compile_free(c);
}
END_TEST

/* ---- bounded work -------------------------------------------------------------------------- */

/* `se3tc check` of the text; returns the exit code, sets *err and the CPU seconds it took. */
static int check_text(const char *text, char **err, double *secs)
{
    char *dir = tu_tmpdir();
    char *spec = write_spec(dir, "s.spec", text), *out;
    double t0 = child_cpu_s();
    int rc = se3tc_fmt(&out, err, "check '%s'", spec);
    *secs = child_cpu_s() - t0;
    free(out);
    free(spec);
    tu_rm_rf(dir);
    free(dir);
    return rc;
}

START_TEST(nested_repeat_refused_fast)
{
    /* the 115-byte spec: 100 x 100 x 100 copies */
    const char *text = "model m {\n input a : 2x0;\n repeat 100 { repeat 100 { repeat 100 { conv c -> 2x0; } } }\n"
                       " output y : 2x0;\n}\n";
    char *err;
    double t;
    ck_assert_int_eq(check_text(text, &err, &t), 1);
    ck_assert_msg(count_of(err, "error:") == 1 && strstr(err, "at most 1024"), "%s", err);
    ck_assert_msg(t < 5, "took %.2f s", t);
    free(err);
    /* siblings of empty repeats: refused too (an empty body expands to nothing) */
    ck_assert_int_eq(check_text("model m {\n input a : 2x0;\n repeat 100 { repeat 10 { } }\n conv c -> 2x0;\n"
                                " output y : 2x0;\n}\n", &err, &t), 1);
    ck_assert_msg(strstr(err, "repeat body is empty"), "%s", err);
    free(err);
    /* 32 x 32 = 1024 is allowed, and so is a model of 1024 layers that way */
    ck_assert_int_eq(check_text("model m {\n input a : 2x0;\n repeat 32 { repeat 32 { selfint c -> 2x0; } }\n"
                                " output y : 2x0;\n}\n", &err, &t), 0);
    ck_assert_msg(t < 5, "took %.2f s", t);
    free(err);
    /* 1025 layers are not */
    ck_assert_int_eq(check_text("model m {\n input a : 2x0;\n repeat 32 { repeat 32 { selfint c -> 2x0; } }\n"
                                " selfint d -> 2x0;\n output y : 2x0;\n}\n", &err, &t), 1);
    ck_assert_msg(count_of(err, "error:") == 1 && strstr(err, "more than 1024 layers"), "%s", err);
    free(err);
}
END_TEST

static char *flat_spec(int nlayers)
{
    size_t cap = 64 + (size_t)nlayers * 40, k = 0;
    char *s = malloc(cap);
    k += (size_t)snprintf(s + k, cap - k, "model big {\n input a : 2x0;\n");
    for (int i = 0; i < nlayers; i++)
        k += (size_t)snprintf(s + k, cap - k, " selfint s%d -> 2x0;\n", i);
    snprintf(s + k, cap - k, " output y : 2x0;\n}\n");
    return s;
}

START_TEST(layer_limit_fast)
{
    char *err, *text = flat_spec(1024);
    double t;
    ck_assert_int_eq(check_text(text, &err, &t), 0);
    ck_assert_msg(t < 5, "1024 layers took %.2f s to check", t);
    free(err);
    free(text);
    /* compile too: every emitter is linear in the weights */
    char *dir = tu_tmpdir(), *out;
    text = flat_spec(1024);
    char *spec = write_spec(dir, "big.spec", text);
    double t0 = child_cpu_s();
    ck_assert_int_eq(se3tc_fmt(&out, &err, "compile '%s' -o '%s'", spec, dir), 0);
    t = child_cpu_s() - t0;
    ck_assert_msg(t < 5, "1024 layers took %.2f s to compile", t);
    free(out);
    free(err);
    free(spec);
    free(text);
    tu_rm_rf(dir);
    free(dir);
    /* the 10,000 layers: one error, fast */
    text = flat_spec(10000);
    ck_assert_int_eq(check_text(text, &err, &t), 1);
    ck_assert_msg(count_of(err, "error:") == 1, "%s", err);
    ck_assert_msg(t < 5, "10000 layers took %.2f s", t);
    free(err);
    free(text);
}
END_TEST

/* 1024 layers at the widest fibre the limits allow (45 KB of spec): the lowering's per-path
 * coupling counts once took 2.5 s of `check` here; they are memoised now. */
START_TEST(wide_layer_limit_fast)
{
    size_t cap = 200 + 1024 * 64, k = 0;
    char *s = malloc(cap);
    k += (size_t)snprintf(s + k, cap - k, "model wide {\n input a : 256x0..4;\n");
    for (int i = 0; i < 1024; i++)
        k += (size_t)snprintf(s + k, cap - k, " attention a%d -> 256x0..4 (heads=1, div=1);\n", i);
    snprintf(s + k, cap - k, " output y : 256x0..4;\n}\n");
    char *err;
    double t;
    ck_assert_int_eq(check_text(s, &err, &t), 0);
    ck_assert_msg(t < 5, "1024 wide layers took %.2f s to check", t);
    free(err);
    free(s);
}
END_TEST

START_TEST(many_errors_bounded)
{
    /* 64 KB of mistakes of several kinds: at most 20 errors, a note, fast */
    const char *units[] = { " conv c%d -> q%d;\n", " @@%d %d;\n", " let l%d = l%d;\n" };
    for (int u = 0; u < 3; u++) {
        size_t cap = 70000, k = 0;
        char *s = malloc(cap);
        k += (size_t)snprintf(s + k, cap - k, "model m {\n input a : 2x0;\n");
        for (int i = 0; k < 65000; i++)
            k += (size_t)snprintf(s + k, cap - k, units[u], i, i + 1);
        snprintf(s + k, cap - k, "}\n");
        char *err;
        double t;
        ck_assert_int_eq(check_text(s, &err, &t), 1);
        int n = count_of(err, "error:");
        ck_assert_msg(n >= 1 && n <= 20, "kind %d: %d errors", u, n);
        ck_assert_msg(t < 5, "kind %d took %.2f s", u, t);
        assert_no_controls(err);
        free(err);
        free(s);
    }
    /* 6000 unknown options in one statement, on one 59 KB line: 20 errors, bounded output */
    size_t cap = 100000, k = 0;
    char *s = malloc(cap);
    k += (size_t)snprintf(s + k, cap - k, "model m {\n input a : 2x0;\n conv c -> 2x0 (");
    for (int i = 0; i < 6000; i++)
        k += (size_t)snprintf(s + k, cap - k, "%szz%d=1", i ? ", " : "", i);
    snprintf(s + k, cap - k, ");\n output y : 2x0;\n}\n");
    char *err;
    double t;
    ck_assert_int_eq(check_text(s, &err, &t), 1);
    ck_assert_int_eq(count_of(err, "error:"), 20);
    ck_assert_msg(strstr(err, "stopping after 20 errors"), "%s", err);
    ck_assert_msg(strlen(err) < 20000, "%zu bytes of messages", strlen(err));
    ck_assert_msg(t < 5, "took %.2f s", t);
    free(err);
    free(s);
}
END_TEST

START_TEST(deep_nesting_refused)
{
    /* 6000 nested repeat blocks, 30000 nested brackets: one error each, fast, no crash */
    const char *open_[] = { "repeat 1 {", "[" }, *close_[] = { "}", "]" };
    const char *head[] = { "model m {\n input a : 2x0;\n", "model m {\n input a : 2x0;\n mlp h -> 1x0 (hidden=" };
    const char *mid[] = { "conv c -> 2x0;", "1" }, *tail[] = { "\n output y : 2x0;\n}\n", ");\n output y : 1x0;\n}\n" };
    const int depth[] = { 6000, 30000 };
    for (int k = 0; k < 2; k++) {
        size_t cap = 200000, n = 0;
        char *s = malloc(cap);
        n += (size_t)snprintf(s + n, cap - n, "%s", head[k]);
        for (int i = 0; i < depth[k]; i++)
            n += (size_t)snprintf(s + n, cap - n, "%s", open_[k]);
        n += (size_t)snprintf(s + n, cap - n, "%s", mid[k]);
        for (int i = 0; i < depth[k]; i++)
            n += (size_t)snprintf(s + n, cap - n, "%s", close_[k]);
        snprintf(s + n, cap - n, "%s", tail[k]);
        char *err;
        double t;
        ck_assert_int_eq(check_text(s, &err, &t), 1);
        ck_assert_msg(count_of(err, "error:") == 1 && strstr(err, "nest too deeply"), "%s", err);
        ck_assert_msg(t < 5, "took %.2f s", t);
        free(err);
        free(s);
    }
}
END_TEST

START_TEST(let_chains_and_cycles)
{
    char *err;
    double t;
    /* `let a = a;` used to loop for ever */
    ck_assert_int_eq(check_text("model m {\n let a = a;\n input x : 2x0;\n conv c -> a;\n output y : 2x0;\n}\n",
                                &err, &t), 1);
    ck_assert_msg(strstr(err, "unknown fibre 'a'"), "%s", err);
    free(err);
    /* a chain of 4000 lets resolves once each */
    size_t cap = 120000, k = 0;
    char *s = malloc(cap);
    k += (size_t)snprintf(s + k, cap - k, "model m {\n let l0 = 2x0;\n");
    for (int i = 0; i < 4000; i++)
        k += (size_t)snprintf(s + k, cap - k, " let l%d = l%d;\n", i + 1, i);
    snprintf(s + k, cap - k, " input a : l4000;\n conv c -> 2x0;\n output y : 2x0;\n}\n");
    ck_assert_int_eq(check_text(s, &err, &t), 0);
    ck_assert_msg(t < 5, "took %.2f s", t);
    free(err);
    free(s);
}
END_TEST

START_TEST(size_limits)
{
    char *err;
    double t;
    /* channels: 256 per degree; attentive self-interaction: 64 */
    ck_assert_int_eq(check_text("model m {\n input a : 257x0;\n conv c -> 2x0;\n output y : 2x0;\n}\n", &err, &t), 1);
    ck_assert_msg(strstr(err, "maximum 256"), "%s", err);
    free(err);
    ck_assert_int_eq(check_text("model m {\n input a : 256x0;\n selfint c -> 2x0;\n output y : 2x0;\n}\n", &err, &t), 0);
    free(err);
    ck_assert_int_eq(check_text("model m {\n input a : 100x0;\n selfint s -> 100x0 (kind=attentive);\n"
                                " output y : 100x0;\n}\n", &err, &t), 1);
    ck_assert_msg(strstr(err, "at most 64"), "%s", err);
    free(err);
    ck_assert_int_eq(check_text("model m {\n input a : 8x0;\n attention s -> 128x0 (self=attentive, skip=none);\n"
                                " output y : 128x0;\n}\n", &err, &t), 1);
    ck_assert_msg(strstr(err, "at most 64"), "%s", err);
    free(err);
    /* a spec over 1 MiB is refused without being parsed */
    size_t n = (1u << 20) + 100;
    char *big = malloc(n + 1);
    memset(big, ' ', n);
    memcpy(big, "model m {", 9);
    big[n] = 0;
    ck_assert_int_eq(check_text(big, &err, &t), 1);
    ck_assert_msg(strstr(err, "larger than 1048576 bytes"), "%s", err);
    free(err);
    free(big);
}
END_TEST

static Suite *suite_codegen(void)
{
    Suite *s = suite_create("harden_codegen");
    TCase *t = tcase_create("inert");
    tcase_set_timeout(t, 180);
    tcase_add_test(t, comment_text_is_inert);
    tcase_add_test(t, evil_path_compile);
    tcase_add_test(t, evil_path_run);
    tcase_add_test(t, manifest_path_utf8);
    tcase_add_test(t, names_are_identifiers);
    tcase_add_test(t, diag_escapes_controls);
    suite_add_tcase(s, t);

    t = tcase_create("names");
    tcase_set_timeout(t, 180);
    tcase_add_test(t, long_names_refused);
    tcase_add_test(t, names_at_limit_same_outputs);
    tcase_add_test(t, weight_lookup_found);
    tcase_add_test_raise_signal(t, weight_lookup_missing_aborts, SIGABRT);
    suite_add_tcase(s, t);

    t = tcase_create("bounded");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, nested_repeat_refused_fast);
    tcase_add_test(t, layer_limit_fast);
    tcase_add_test(t, wide_layer_limit_fast);
    tcase_add_test(t, many_errors_bounded);
    tcase_add_test(t, deep_nesting_refused);
    tcase_add_test(t, let_chains_and_cycles);
    tcase_add_test(t, size_limits);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    if (tu_private_env("test_harden_codegen", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_codegen(), NULL };
    int rc = tu_run_suites(suites);
    tu_rm_rf(g_work);
    tu_rm_rf(g_cache);
    return rc;
}
