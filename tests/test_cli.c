/* test_cli.c - the se3tc command line on bad input (docs/runtime.md): `se3tc run` with broken points,
 * properties, weights and options must print one clear line on stderr, exit non-zero and leave no
 * output file; `se3tc compile` writes NAME.c and NAME.json atomically and deterministically, and
 * the generated code of specs/tiny_conv.spec is golden (tests/golden/codegen/, regenerate with
 * SE3_UPDATE_GOLDEN=1 and review the diff).
 * The runtime JIT-compiles generated C with `cc`; main() sets SE3TC_CFLAGS=-O1 (quick to compile;
 * $SE3_TEST_JIT_CFLAGS instead when set: scripts/sanitize.sh instruments the JIT-compiled code)
 * and SE3TC_CACHE to a fresh folder of this run (isolated from the user's cache and from other
 * test programs), removed at the end. Fixtures (inputs, a compiled model, weight files) are made
 * once in main() before the forked tests run. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "se3rt_io.h"
#include "se3rt_model.h"
#include "testutil.h"

#define SPEC_CONV SE3_SOURCE_DIR "/specs/tiny_conv.spec"
#define SPEC_NBODY SE3_SOURCE_DIR "/specs/nbody_se3.spec"
#define SPEC_ATT SE3_SOURCE_DIR "/specs/tiny_attention.spec"

static char g_work[4096];   /* fixtures made by main() */
static char g_cache[4096];  /* SE3TC_CACHE of this run */
static char g_first[256];   /* first tensor (by name) of the good weights */
static char g_last[256];    /* last tensor (by name) */

/* ---- helpers ---------------------------------------------------------------------------- */

/* g_work/NAME in a static rotating buffer (a few may be live at once). */
static const char *W(const char *name)
{
    static char buf[8][4200];
    static int k;
    char *b = buf[k++ % 8];
    snprintf(b, sizeof buf[0], "%s/%s", g_work, name);
    return b;
}

/* Run se3tc with printf-style arguments; returns the exit code. */
static int se3tc_fmt(char **out, char **err, const char *stdin_text, const char *fmt, ...)
{
    char args[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    return tu_se3tc(args, stdin_text, out, err);
}




/* stderr must be exactly one line, equal to `want` (with its newline) when want_exact, else
 * containing `want`. */
static void assert_one_line(const char *err, const char *want, int want_exact)
{
    size_t n = strlen(err);
    ck_assert_msg(n > 0 && err[n - 1] == '\n' && strchr(err, '\n') == err + n - 1,
                  "expected one line on stderr, got:\n%s", err);
    if (want_exact)
        ck_assert_str_eq(err, want);
    else
        ck_assert_msg(strstr(err, want) != NULL, "stderr lacks '%s':\n%s", want, err);
}

/* Run `se3tc ARGS -o FRESH/out.xyz` and check a clean failure: exit code `code`, one line on
 * stderr (`want`, exact or a substring), nothing on stdout, and nothing at all in FRESH (no
 * output, no temporary). */
static void run_fails(const char *args, int code, const char *want, int want_exact)
{
    char *dir = tu_tmpdir(), *out, *err;
    ck_assert_ptr_nonnull(dir);
    int rc = se3tc_fmt(&out, &err, NULL, "%s -o '%s/out.xyz'", args, dir);
    ck_assert_msg(rc == code, "exit %d, expected %d; stderr:\n%s", rc, code, err);
    assert_one_line(err, want, want_exact);
    ck_assert_str_eq(out, "");
    ck_assert_int_eq(tu_dir_count(dir), 0);
    free(out);
    free(err);
    rmdir(dir);
    free(dir);
}

/* The same with an exact expected line "se3tc run: MSG\n". */
static void run_fails_msg(const char *args, int code, const char *fmt, ...)
{
    char msg[8192], line[8300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(line, sizeof line, "se3tc run: %s\n", msg);
    run_fails(args, code, line, 1);
}

/* Parse the numbers of the per-graph info value KEY="v1 v2 ..." in the first frame of an
 * extended-XYZ text; returns how many were read into v (at most cap). */
static int info_values(const char *xyz, const char *key, double *v, int cap)
{
    char pat[64];
    snprintf(pat, sizeof pat, " %s=\"", key);
    const char *p = strstr(xyz, pat);
    if (!p)
        return 0;
    p += strlen(pat);
    int n = 0;
    while (n < cap && *p && *p != '"') {
        char *end;
        v[n] = strtod(p, &end);
        if (end == p)
            break;
        n++;
        p = end;
    }
    return n;
}

/* Every value after column `first` of the atom lines of the first frame must be a finite
 * number; returns how many were checked. */
static int atom_values_finite(const char *xyz, int first)
{
    int natoms = atoi(xyz), checked = 0;
    const char *line = strchr(xyz, '\n');
    ck_assert_ptr_nonnull(line);
    line = strchr(line + 1, '\n'); /* skip the comment line */
    for (int a = 0; a < natoms; a++) {
        ck_assert_ptr_nonnull(line);
        line++;
        const char *eol = strchr(line, '\n');
        char buf[4096];
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        ck_assert_uint_lt(n, sizeof buf);
        memcpy(buf, line, n);
        buf[n] = 0;
        int col = 0;
        for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " "), col++) {
            if (col < first)
                continue;
            char *end;
            double v = strtod(tok, &end);
            ck_assert_msg(*end == 0 && isfinite(v), "atom %d column %d is '%s'", a + 1, col + 1, tok);
            checked++;
        }
        line = eol;
    }
    return checked;
}

/* ---- fixtures ---------------------------------------------------------------------------- */

static const char good_xyz[] =
    "5\n"
    "Properties=species:S:1:pos:R:3:a:R:3\n"
    "X 0 0 0 1 0 0\n"
    "X 1 0 0 0 1 0\n"
    "X 0 1 0 0 0 1\n"
    "X 0 0 1 1 1 0\n"
    "X 1 1 1 0 1 1\n";

static int fixture_file(const char *name, const char *text)
{
    if (tu_write_file(W(name), text) != 0) {
        fprintf(stderr, "test_cli: cannot write %s\n", W(name));
        return -1;
    }
    return 0;
}

/* `text` with the first occurrence of `from` replaced by `to` (malloc'd). */
static char *replace1(const char *text, const char *from, const char *to)
{
    const char *p = strstr(text, from);
    if (!p)
        return NULL;
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
    char *s = malloc(n);
    snprintf(s, n, "%.*s%s%s", (int)(p - text), text, to, p + strlen(from));
    return s;
}

static int fixture_xyz(void)
{
    char two[1024];
    snprintf(two, sizeof two, "%s0\nProperties=species:S:1:pos:R:3:a:R:3\n", good_xyz);
    struct { const char *name, *from, *to; } edits[] = {
        { "nan.xyz", "X 0 1 0 0 0 1", "X nan 1 0 0 0 1" },
        { "inf.xyz", "X 0 1 0 0 0 1", "X 0 -inf 0 0 0 1" },
        { "coincident.xyz", "X 0 1 0 0 0 1", "X 0 0 0 0 0 1" },
        { "allsame.xyz", "X 0 0 0 1 0 0\nX 1 0 0 0 1 0\nX 0 1 0 0 0 1\nX 0 0 1 1 1 0\nX 1 1 1 0 1 1",
          "X 2 2 2 1 0 0\nX 2 2 2 0 1 0\nX 2 2 2 0 0 1\nX 2 2 2 1 1 0\nX 2 2 2 0 1 1" },
        { "four.xyz", "5\n", "4\n" },
        { "noprop.xyz", ":a:R:3", ":b:R:3" },
        { "nancol.xyz", "X 1 1 1 0 1 1", "X 1 1 1 0 nan 1" },
    };
    int rc = fixture_file("good.xyz", good_xyz) || fixture_file("empty2.xyz", two);
    for (size_t i = 0; i < sizeof edits / sizeof *edits && !rc; i++) {
        char *t = replace1(good_xyz, edits[i].from, edits[i].to);
        if (strcmp(edits[i].name, "four.xyz") == 0)
            t[strlen(t) - strlen("X 1 1 1 0 1 1\n")] = 0; /* drop the last atom */
        rc = fixture_file(edits[i].name, t);
        free(t);
    }
    /* a:R:2, two columns per atom */
    const char *narrow =
        "5\nProperties=species:S:1:pos:R:3:a:R:2\n"
        "X 0 0 0 1 0\nX 1 0 0 0 1\nX 0 1 0 0 0\nX 0 0 1 1 1\nX 1 1 1 0 1\n";
    const char *strcol =
        "5\nProperties=species:S:1:pos:R:3:a:S:3\n"
        "X 0 0 0 a b c\nX 1 0 0 a b c\nX 0 1 0 a b c\nX 0 0 1 a b c\nX 1 1 1 a b c\n";
    const char *nbody =
        "5\nProperties=species:S:1:pos:R:3:vel:R:3:charge:R:1\n"
        "X 0 0 0 0.1 0.2 0.3 1\n"
        "X 0 0 0 0.1 -0.2 0.3 -1\n"
        "X 1 0 0 0 0 0 1\n"
        "X 0 2 0 0.3 0 0 1\n"
        "X 0 0 3 0 0 0.4 -1\n";
    const char *att =
        "4\nProperties=species:S:1:pos:R:3:s:R:2:v:R:3\n"
        "X 0 0 0 1 2 0.1 0.2 0.3\n"
        "X 0 0 0 1 -1 0.1 -0.2 0.3\n"
        "X 1 0 0 0 1 0 0 0\n"
        "X 0 2 0 0.5 0.5 0.3 0 0\n";
    return rc || fixture_file("narrow.xyz", narrow) || fixture_file("strcol.xyz", strcol) ||
           fixture_file("nbody_coincident.xyz", nbody) || fixture_file("att_coincident.xyz", att);
}

/* Write a variant of the good weights: drop `drop`, give `reshape` the shape [d1, d0] (it must
 * be 2-D), add a tensor `extra`; F64 unless f32. */
static int fixture_weights_variant(se3rt_ctx *ctx, const se3rt_st *st, const char *path, const char *drop,
                                   const char *reshape, const char *extra, int f32)
{
    se3rt_st_entry *e = calloc(st->ntensors + 1, sizeof *e);
    int64_t (*shapes)[SE3RT_ST_MAXDIM] = calloc(st->ntensors + 1, sizeof *shapes);
    static const double extra_data[2] = { 0.5, -0.5 };
    static const int64_t extra_shape[1] = { 2 };
    size_t n = 0;
    for (size_t i = 0; i < st->ntensors; i++) {
        const se3rt_st_tensor *t = &st->tensors[i];
        if (drop && strcmp(t->name, drop) == 0)
            continue;
        memcpy(shapes[n], t->shape, sizeof shapes[n]);
        if (reshape && strcmp(t->name, reshape) == 0) {
            shapes[n][0] = t->shape[1];
            shapes[n][1] = t->shape[0];
        }
        e[n] = (se3rt_st_entry){ t->name, t->ndim, shapes[n], t->data };
        n++;
    }
    if (extra)
        e[n++] = (se3rt_st_entry){ extra, 1, extra_shape, extra_data };
    se3rt_status s = se3rt_st_write(ctx, path, e, n, f32 ? SE3RT_DTYPE_F32 : SE3RT_DTYPE_F64, NULL);
    if (s)
        fprintf(stderr, "test_cli: %s\n", se3rt_errmsg(ctx));
    free(e);
    free(shapes);
    return s ? -1 : 0;
}

/* The first `len` bytes of file `from` to `to`; or `from` with its first "F64" dtype made "I64". */
static int fixture_bytes(const char *from, const char *to, size_t len, int dtype_i64)
{
    size_t n;
    char *b = tu_read_file(from, &n);
    if (!b)
        return -1;
    if (dtype_i64) {
        char *p = strstr(b + 8, "\"dtype\":\"F64\"");
        if (!p) {
            free(b);
            return -1;
        }
        p[strlen("\"dtype\":\"")] = 'I';
    } else if (len < n) {
        n = len;
    }
    FILE *f = fopen(to, "wb");
    int ok = f && fwrite(b, 1, n, f) == n;
    ok = f && fclose(f) == 0 && ok;
    free(b);
    return ok ? 0 : -1;
}

/* Compile tiny_conv into g_work/model, write its seed-1 weights (good.safetensors, F64, and
 * good32.safetensors, F32) and the broken variants. */
static int fixture_weights(void)
{
    char *out, *err;
    mkdir(W("model"), 0755);
    int rc = se3tc_fmt(&out, &err, NULL, "compile '%s' -o '%s'", SPEC_CONV, W("model"));
    if (rc != 0)
        fprintf(stderr, "test_cli: se3tc compile failed: %s", err);
    free(out);
    free(err);
    if (rc != 0)
        return -1;
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    se3rt_st *st = NULL;
    se3rt_status s = se3rt_ctx_new(&ctx, NULL);
    if (!s)
        s = se3rt_model_open(ctx, W("model/tiny_conv.json"), &m);
    if (!s)
        s = se3rt_model_init_weights(m, 1);
    if (!s)
        s = se3rt_model_save_weights(m, W("good.safetensors"), SE3RT_DTYPE_F64);
    if (!s)
        s = se3rt_model_save_weights(m, W("good32.safetensors"), SE3RT_DTYPE_F32);
    if (!s)
        s = se3rt_st_read(ctx, W("good.safetensors"), &st);
    if (s) {
        fprintf(stderr, "test_cli: making weights: %s\n", se3rt_errmsg(ctx));
        rc = -1;
    } else {
        snprintf(g_first, sizeof g_first, "%s", st->tensors[0].name);
        snprintf(g_last, sizeof g_last, "%s", st->tensors[st->ntensors - 1].name);
        rc = fixture_weights_variant(ctx, st, W("shape.safetensors"), NULL, "c2.r.2_1.out.w", NULL, 0) ||
             fixture_weights_variant(ctx, st, W("missing.safetensors"), "c2.r.2_1.out.b", NULL, NULL, 0) ||
             fixture_weights_variant(ctx, st, W("extra.safetensors"), NULL, NULL, "zz.extra", 0) ||
             fixture_bytes(W("good.safetensors"), W("i64.safetensors"), 0, 1) ||
             fixture_bytes(W("good.safetensors"), W("short4.safetensors"), 4, 0) ||
             fixture_bytes(W("good.safetensors"), W("short64.safetensors"), 64, 0);
        size_t n = 0;
        char *b = tu_read_file(W("good.safetensors"), &n);
        rc = rc || !b || fixture_bytes(W("good.safetensors"), W("cut.safetensors"), n - 8, 0);
        free(b);
        /* a NaN in the first value of tensor c1.self.0 */
        se3rt_st_tensor *t = NULL;
        for (size_t i = 0; i < st->ntensors; i++)
            if (strcmp(st->tensors[i].name, "c1.self.0") == 0)
                t = &st->tensors[i];
        if (!t) {
            fprintf(stderr, "test_cli: tiny_conv has no weight c1.self.0\n");
            rc = -1;
        } else {
            t->data[0] = NAN;
            rc = rc || fixture_weights_variant(ctx, st, W("nan.safetensors"), NULL, NULL, NULL, 0);
        }
    }
    se3rt_st_free(st);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    return rc;
}

/* ---- run: points and properties --------------------------------------------------------- */

START_TEST(run_good_baseline)
{
    /* the fixtures themselves run: one per-graph output g of 7 finite numbers */
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("good.xyz"));
    ck_assert_msg(rc == 0, "stderr:\n%s", err);
    ck_assert_str_eq(err, "");
    double v[16];
    ck_assert_int_eq(info_values(out, "g", v, 16), 7);
    for (int i = 0; i < 7; i++)
        ck_assert(isfinite(v[i]));
    free(out);
    free(err);
}
END_TEST

START_TEST(run_nan_position)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("nan.xyz"));
    run_fails_msg(args, 1, "%s: frame 1, atom 3: non-finite position (x = nan)", W("nan.xyz"));
}
END_TEST

START_TEST(run_inf_position)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("inf.xyz"));
    run_fails_msg(args, 1, "%s: frame 1, atom 3: non-finite position (y = -inf)", W("inf.xyz"));
}
END_TEST

START_TEST(run_nan_position_stdin)
{
    /* from stdin, the message names "stdin" */
    char *in = tu_read_file(W("nan.xyz"), NULL), *out, *err;
    int rc = se3tc_fmt(&out, &err, in, "run '%s' --seed 1 --device cpu", SPEC_CONV);
    ck_assert_int_eq(rc, 1);
    assert_one_line(err, "se3tc run: stdin: frame 1, atom 3: non-finite position (x = nan)\n", 1);
    ck_assert_str_eq(out, "");
    free(in);
    free(out);
    free(err);
}
END_TEST

START_TEST(run_nan_property)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("nancol.xyz"));
    run_fails_msg(args, 1, "%s: frame 1, atom 5: non-finite value in input 'a'", W("nancol.xyz"));
}
END_TEST

START_TEST(run_empty_frame)
{
    /* a good frame, then one with 0 atoms: the message counts frames from 1 */
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("empty2.xyz"));
    run_fails_msg(args, 1, "%s: frame 2: empty frame (0 atoms)", W("empty2.xyz"));
}
END_TEST

START_TEST(run_no_frames)
{
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, "", "run '%s' --seed 1 --device cpu", SPEC_CONV);
    ck_assert_int_eq(rc, 1);
    assert_one_line(err, "se3tc run: stdin: no frames\n", 1);
    free(out);
    free(err);
}
END_TEST

START_TEST(run_fewer_points_than_k)
{
    /* tiny_conv has graph knn(k=4): with 4 points every other point is a neighbour (as
     * torch-cluster's knn_graph does), so the frame runs and every atom gets finite outputs */
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("four.xyz"));
    ck_assert_msg(rc == 0, "exit %d; stderr:\n%s", rc, err);
    ck_assert_int_eq(atoi(out), 4);
    ck_assert_int_gt(atom_values_finite(out, 4), 0);
    free(out);
    free(err);
}
END_TEST

START_TEST(run_missing_property)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("noprop.xyz"));
    run_fails_msg(args, 1, "%s: frame 1: missing per-atom property 'a' (input 'a' needs 3 real columns)",
                  W("noprop.xyz"));
}
END_TEST

START_TEST(run_missized_property)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("narrow.xyz"));
    run_fails_msg(args, 1, "%s: frame 1: property 'a' has 2 real columns, input 'a' needs 3 real columns",
                  W("narrow.xyz"));
}
END_TEST

START_TEST(run_string_property)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("strcol.xyz"));
    run_fails_msg(args, 1, "%s: frame 1: property 'a' has 3 string columns, input 'a' needs 3 real columns",
                  W("strcol.xyz"));
}
END_TEST

START_TEST(run_missing_input_file)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("nonexistent.xyz"));
    run_fails_msg(args, 1, "%s: cannot open: No such file or directory", W("nonexistent.xyz"));
}
END_TEST

START_TEST(run_output_folder_missing)
{
    /* -o into a folder that does not exist: one line, nothing created */
    char *out, *err, *dir = tu_tmpdir();
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 --device cpu -i '%s' -o '%s/no/out.xyz'", SPEC_CONV,
                       W("good.xyz"), dir);
    ck_assert_int_eq(rc, 1);
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s/no/out.xyz: cannot write: No such file or directory\n", dir);
    assert_one_line(err, want, 1);
    ck_assert_int_eq(tu_dir_count(dir), 0);
    free(out);
    free(err);
    rmdir(dir);
    free(dir);
}
END_TEST

START_TEST(run_error_device_auto)
{
    /* with --device auto the device line comes first, then the one error line */
    char *out, *err, *dir = tu_tmpdir();
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 -i '%s' -o '%s/out.xyz'", SPEC_CONV, W("nan.xyz"), dir);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strncmp(err, "se3tc run: device cpu (", 23) == 0, "stderr:\n%s", err);
    const char *second = strchr(err, '\n');
    ck_assert_ptr_nonnull(second);
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: frame 1, atom 3: non-finite position (x = nan)\n", W("nan.xyz"));
    assert_one_line(second + 1, want, 1);
    ck_assert_int_eq(tu_dir_count(dir), 0);
    free(out);
    free(err);
    rmdir(dir);
    free(dir);
}
END_TEST

/* Coincident points (zero-length edges) give finite outputs: Y_J = 0 for J >= 1 there
 * (docs/semantics.md, "Edge quantities"). */
START_TEST(run_coincident_conv)
{
    const char *files[] = { "coincident.xyz", "allsame.xyz" };
    for (int f = 0; f < 2; f++) {
        char *out, *err, *dir = tu_tmpdir(), path[8192];
        snprintf(path, sizeof path, "%s/out.xyz", dir);
        int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 --device cpu -i '%s' -o '%s'", SPEC_CONV,
                           W(files[f]), path);
        ck_assert_msg(rc == 0, "%s: %s", files[f], err);
        char *res = tu_read_file(path, NULL);
        ck_assert_ptr_nonnull(res);
        double v[16];
        ck_assert_int_eq(info_values(res, "g", v, 16), 7);
        for (int i = 0; i < 7; i++)
            ck_assert_msg(isfinite(v[i]), "%s: g[%d] = %g", files[f], i, v[i]);
        free(res);
        free(out);
        free(err);
        tu_rm_rf(dir);
        free(dir);
    }
}
END_TEST

START_TEST(run_coincident_attention)
{
    /* per-node outputs: e (1) and f (3) after pos (3), s (2), v (3): columns 10..13 */
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_ATT,
                       W("att_coincident.xyz"));
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_msg(strstr(out, ":e:R:1:f:R:3") != NULL, "%s", out);
    ck_assert_int_eq(atom_values_finite(out, 9), 4 * 4);
    free(out);
    free(err);
}
END_TEST

START_TEST(run_coincident_nbody)
{
    /* the paper's N-body model (full graph, attention, norm, f32): dx and dv per particle */
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_NBODY,
                       W("nbody_coincident.xyz"));
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_msg(strstr(out, ":dx:R:3:dv:R:3") != NULL, "%s", out);
    ck_assert_int_eq(atom_values_finite(out, 8), 5 * 6);
    free(out);
    free(err);
}
END_TEST

/* ---- run: weights ---------------------------------------------------------------------- */

START_TEST(weights_good_match_seed)
{
    /* saved seed-1 weights (F64, and F32 widened for this f64 model) give the --seed 1 output */
    char *o1, *o2, *o3, *e1, *e2, *e3;
    int r1 = se3tc_fmt(&o1, &e1, NULL, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("good.xyz"));
    int r2 = se3tc_fmt(&o2, &e2, NULL, "run '%s' --weights '%s' --device cpu -i '%s'", SPEC_CONV,
                       W("good.safetensors"), W("good.xyz"));
    int r3 = se3tc_fmt(&o3, &e3, NULL, "run '%s' --weights '%s' --device cpu -i '%s'", SPEC_CONV,
                       W("good32.safetensors"), W("good.xyz"));
    ck_assert_msg(r1 == 0 && r2 == 0 && r3 == 0, "%s%s%s", e1, e2, e3);
    ck_assert_str_eq(o1, o2);
    double a[8], b[8];
    ck_assert_int_eq(info_values(o1, "g", a, 8), 7);
    ck_assert_int_eq(info_values(o3, "g", b, 8), 7);
    for (int i = 0; i < 7; i++)
        ck_assert_double_eq_tol(a[i], b[i], 1e-5 * (1 + fabs(a[i])));
    free(o1), free(o2), free(o3), free(e1), free(e2), free(e3);
}
END_TEST

static void weights_fails(const char *file, const char *want, int want_exact)
{
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --weights '%s' --device cpu -i '%s'", SPEC_CONV, W(file),
             W("good.xyz"));
    run_fails(args, 1, want, want_exact);
}

START_TEST(weights_wrong_shape)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: tensor 'c2.r.2_1.out.w' has shape [8,6], expected [6,8]\n",
             W("shape.safetensors"));
    weights_fails("shape.safetensors", want, 1);
}
END_TEST

START_TEST(weights_missing_tensor)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: missing tensor 'c2.r.2_1.out.b'\n", W("missing.safetensors"));
    weights_fails("missing.safetensors", want, 1);
}
END_TEST

START_TEST(weights_extra_tensor)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: unexpected tensor 'zz.extra' (1 tensor not in the model)\n",
             W("extra.safetensors"));
    weights_fails("extra.safetensors", want, 1);
}
END_TEST

START_TEST(weights_wrong_dtype)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: tensor '%s': dtype 'I64' is not supported (only F32 and F64)\n",
             W("i64.safetensors"), g_first);
    weights_fails("i64.safetensors", want, 1);
}
END_TEST

START_TEST(weights_truncated)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: file is 4 bytes, too short for the 8-byte header length\n",
             W("short4.safetensors"));
    weights_fails("short4.safetensors", want, 1);
    /* cut inside the JSON header */
    snprintf(want, sizeof want, "runs past the end of the file (64 bytes)\n");
    weights_fails("short64.safetensors", want, 0);
    /* the last 8 bytes of data missing: the last tensor runs past the end */
    snprintf(want, sizeof want, "se3tc run: %s: tensor '%s': data_offsets [", W("cut.safetensors"), g_last);
    weights_fails("cut.safetensors", want, 0);
    weights_fails("cut.safetensors", "run past the end of the data", 0);
}
END_TEST

START_TEST(weights_nonfinite)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: tensor 'c1.self.0' holds a non-finite value at 0\n",
             W("nan.safetensors"));
    weights_fails("nan.safetensors", want, 1);
}
END_TEST

START_TEST(weights_missing_file)
{
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: %s: cannot open: No such file or directory\n",
             W("nonexistent.safetensors"));
    weights_fails("nonexistent.safetensors", want, 1);
}
END_TEST

START_TEST(weights_not_safetensors)
{
    /* an extended-XYZ file given as weights */
    weights_fails("good.xyz", "good.xyz: header length", 0);
}
END_TEST

/* ---- run: options ------------------------------------------------------------------------ */

static void option_fails(const char *opts, int code, const char *want, int want_exact)
{
    char args[16384];
    snprintf(args, sizeof args, "run '%s' -i '%s' %s", SPEC_CONV, W("good.xyz"), opts);
    run_fails(args, code, want, want_exact);
}

START_TEST(opt_unknown_device)
{
    option_fails("--seed 1 --device tpu", 2, "se3tc run: unknown device 'tpu' (expected auto, cpu or cuda)\n", 1);
}
END_TEST

START_TEST(opt_device_cuda_without_gpu)
{
    /* this machine has no usable GPU (checked below): --device cuda is an error, exit 1 */
    if (access("/dev/nvidiactl", F_OK) == 0 || access("/dev/nvidia0", F_OK) == 0)
        return; /* a GPU machine: the CUDA tests cover it */
    option_fails("--seed 1 --device cuda", 1, "se3tc run: --device cuda: ", 0);
}
END_TEST

START_TEST(opt_no_weights_or_seed)
{
    const char *want = "se3tc run: give exactly one of --weights W.safetensors and --seed N\n";
    option_fails("--device cpu", 2, want, 1);
    char opts[8192];
    snprintf(opts, sizeof opts, "--device cpu --seed 1 --weights '%s'", W("good.safetensors"));
    option_fails(opts, 2, want, 1);
}
END_TEST

START_TEST(opt_bad_seed)
{
    option_fails("--seed -3", 2, "se3tc run: --seed needs a non-negative integer, got '-3'\n", 1);
    option_fails("--seed 1x", 2, "se3tc run: --seed needs a non-negative integer, got '1x'\n", 1);
}
END_TEST

START_TEST(opt_unknown_option)
{
    option_fails("--seed 1 --frobnicate", 2,
                 "se3tc run: unknown or incomplete option '--frobnicate' (see se3tc run --help)\n", 1);
    /* an option missing its value at the end */
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, NULL, "run '%s' --seed", SPEC_CONV);
    ck_assert_int_eq(rc, 2);
    assert_one_line(err, "se3tc run: unknown or incomplete option '--seed' (see se3tc run --help)\n", 1);
    free(out);
    free(err);
}
END_TEST

START_TEST(opt_equals_form)
{
    /* --name=value is --name value: the same output, byte for byte */
    char *out1, *err1, *out2, *err2;
    int rc1 = se3tc_fmt(&out1, &err1, NULL, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_CONV, W("good.xyz"));
    int rc2 = se3tc_fmt(&out2, &err2, NULL, "run '%s' --seed=1 --device=cpu -i '%s'", SPEC_CONV, W("good.xyz"));
    ck_assert_msg(rc1 == 0 && rc2 == 0, "stderr:\n%s\n%s", err1, err2);
    ck_assert_str_eq(out1, out2);
    free(out1), free(err1), free(out2), free(err2);
    /* a value for an option that takes none is refused, not read as the next argument */
    option_fails("--seed=1 --grad=0", 2, "se3tc: option '--grad' takes no value\n", 1);
    /* the value goes through the option's own checks */
    option_fails("--seed=-3", 2, "se3tc run: --seed needs a non-negative integer, got '-3'\n", 1);
}
END_TEST

START_TEST(opt_bad_precision)
{
    option_fails("--seed 1 --precision f16", 2, "se3tc run: --precision must be f32, f64 or tf32, got 'f16'\n", 1);
}
END_TEST

START_TEST(opt_missing_spec)
{
    char opts[8192];
    snprintf(opts, sizeof opts, "--seed 1 --device cpu '%s'", W("nonexistent.spec"));
    /* two specs on the line: tiny_conv and the missing one */
    char want[8192];
    snprintf(want, sizeof want, "se3tc run: one spec at a time ('%s' and '%s')\n", SPEC_CONV,
             W("nonexistent.spec"));
    option_fails(opts, 2, want, 1);
    char args[8192];
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", W("nonexistent.spec"), W("good.xyz"));
    snprintf(want, sizeof want, "%s: error: cannot open: No such file or directory\n", W("nonexistent.spec"));
    run_fails(args, 1, want, 1);
}
END_TEST

/* ---- compile ------------------------------------------------------------------------------ */

/* The entries of `dir` must be `model`.c and `model`.json, and otherwise only `model`.cu (the
 * CUDA source, where the build writes it): no temporaries (NAME.c.tmp.PID) or other files. */
static void assert_compile_outputs(const char *dir, const char *model)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int have_c = 0, have_json = 0;
    struct dirent *e;
    char c[300], j[300], cu[300];
    snprintf(c, sizeof c, "%s.c", model);
    snprintf(j, sizeof j, "%s.json", model);
    snprintf(cu, sizeof cu, "%s.cu", model);
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        have_c += strcmp(e->d_name, c) == 0;
        have_json += strcmp(e->d_name, j) == 0;
        ck_assert_msg(strcmp(e->d_name, c) == 0 || strcmp(e->d_name, j) == 0 || strcmp(e->d_name, cu) == 0,
                      "unexpected file '%s' in the output folder", e->d_name);
    }
    closedir(d);
    ck_assert_msg(have_c && have_json, "%s or %s missing", c, j);
}

START_TEST(compile_writes_two_files_atomically)
{
    char *out, *err, *dir = tu_tmpdir(), c[8192], j[8192];
    for (int pass = 0; pass < 2; pass++) { /* the second pass replaces the files */
        int rc = se3tc_fmt(&out, &err, NULL, "compile '%s' -o '%s'", SPEC_CONV, dir);
        ck_assert_msg(rc == 0, "%s", err);
        ck_assert_str_eq(err, "");
        free(out);
        free(err);
        assert_compile_outputs(dir, "tiny_conv");
    }
    snprintf(c, sizeof c, "%s/tiny_conv.c", dir);
    snprintf(j, sizeof j, "%s/tiny_conv.json", dir);
    char *cs = tu_read_file(c, NULL), *js = tu_read_file(j, NULL);
    ck_assert_ptr_nonnull(cs);
    ck_assert_ptr_nonnull(js);
    ck_assert_msg(strncmp(cs, "/* Generated by se3tc ", 22) == 0, "%.80s", cs);
    ck_assert_msg(strstr(cs, "se3m_tiny_conv_forward") != NULL, "no entry point");
    ck_assert_msg(js[0] == '{' && strstr(js, "\"name\":\t\"tiny_conv\"") != NULL, "%.80s", js);
    free(cs);
    free(js);
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

START_TEST(compile_missing_output_folder)
{
    char *out, *err, *dir = tu_tmpdir(), want[8192];
    /* a missing folder and its parents are made (README's `compile -o out/` on a fresh clone) */
    int rc = se3tc_fmt(&out, &err, NULL, "compile '%s' -o '%s/missing/deeper/'", SPEC_CONV, dir);
    ck_assert_int_eq(rc, 0);
    snprintf(want, sizeof want, "%s/missing/deeper/tiny_conv.json", dir);
    ck_assert_int_eq(access(want, F_OK), 0);
    tu_rm_rf(dir);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    free(out);
    free(err);
    /* a bad spec makes no folder */
    rc = se3tc_fmt(&out, &err, NULL, "compile '%s/tests/golden/errors/conv_after_pool.spec' -o '%s/missing'",
                   SE3_SOURCE_DIR, dir);
    ck_assert_int_eq(rc, 1);
    ck_assert_int_eq(tu_dir_count(dir), 0);
    free(out);
    free(err);
    /* a file where the folder should be */
    char file[4200];
    snprintf(file, sizeof file, "%s/file", dir);
    ck_assert_int_eq(tu_write_file(file, "x"), 0);
    rc = se3tc_fmt(&out, &err, NULL, "compile '%s' -o '%s'", SPEC_CONV, file);
    ck_assert_int_eq(rc, 1);
    snprintf(want, sizeof want, "se3tc compile: '%s' is not a folder\n", file);
    assert_one_line(err, want, 1);
    ck_assert_int_eq(tu_dir_count(dir), 1);
    free(out);
    free(err);
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

START_TEST(compile_bad_spec_writes_nothing)
{
    char *out, *err, *dir = tu_tmpdir();
    int rc = se3tc_fmt(&out, &err, NULL, "compile '%s/tests/golden/errors/conv_after_pool.spec' -o '%s'",
                       SE3_SOURCE_DIR, dir);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "conv_after_pool.spec:4:10: error: ") != NULL, "%s", err);
    ck_assert_int_eq(tu_dir_count(dir), 0);
    free(out);
    free(err);
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

/* ---- golden generated code and determinism ---------------------------------------------- */

/* Byte comparison; on a difference, fail naming the first differing line. */
static void assert_same_bytes(const char *what, const char *a, size_t na, const char *b, size_t nb)
{
    if (na == nb && memcmp(a, b, na) == 0)
        return;
    size_t i = 0, line = 1;
    while (i < na && i < nb && a[i] == b[i])
        line += a[i++] == '\n';
    ck_abort_msg("%s differs at line %zu (byte %zu; sizes %zu and %zu)", what, line, i, na, nb);
}

START_TEST(golden_tiny_conv)
{
    /* compiled from the repository root with a relative path, so the header line is stable */
    ck_assert_int_eq(chdir(SE3_SOURCE_DIR), 0);
    char *out, *err, *dir = tu_tmpdir();
    int rc = se3tc_fmt(&out, &err, NULL, "compile specs/tiny_conv.spec -o '%s'", dir);
    ck_assert_msg(rc == 0, "%s", err);
    free(out);
    free(err);
    /* .c and .json always; .cu only where a golden copy exists (create an empty
     * tiny_conv.cu.expected and run with SE3_UPDATE_GOLDEN=1 to start checking it) */
    const char *ext[] = { "c", "json", "cu" };
    int update = getenv("SE3_UPDATE_GOLDEN") != NULL;
    for (int i = 0; i < 3; i++) {
        char got_path[8192], exp_path[8192];
        snprintf(got_path, sizeof got_path, "%s/tiny_conv.%s", dir, ext[i]);
        snprintf(exp_path, sizeof exp_path, "%s/tests/golden/codegen/tiny_conv.%s.expected", SE3_SOURCE_DIR, ext[i]);
        size_t ng = 0, ne = 0;
        char *got = tu_read_file(got_path, &ng);
        if (i == 2 && (!got || access(exp_path, F_OK) != 0)) {
            free(got);
            continue;
        }
        ck_assert_msg(got != NULL, "se3tc compile wrote no %s", got_path);
        if (update) {
            ck_assert_int_eq(tu_write_file(exp_path, got), 0);
            fprintf(stderr, "test_cli: updated %s\n", exp_path);
        }
        char *exp = tu_read_file(exp_path, &ne);
        ck_assert_msg(exp != NULL, "%s is missing (run with SE3_UPDATE_GOLDEN=1)", exp_path);
        assert_same_bytes(exp_path, exp, ne, got, ng);
        free(got);
        free(exp);
    }
    tu_rm_rf(dir);
    free(dir);
}
END_TEST

START_TEST(compile_deterministic)
{
    /* every shipped spec compiles to the same bytes twice */
    const char *specs[] = { "nbody_se3", "nbody_tfn", "qm9_se3", "qm9_tfn", "scanobjectnn_se3",
                            "scanobjectnn_se3_z", "tiny_attention", "tiny_conv", "tiny_mlp" };
    for (size_t s = 0; s < sizeof specs / sizeof *specs; s++) {
        char *d[2];
        for (int k = 0; k < 2; k++) {
            char *out, *err;
            d[k] = tu_tmpdir();
            int rc = se3tc_fmt(&out, &err, NULL, "compile '%s/specs/%s.spec' -o '%s'", SE3_SOURCE_DIR, specs[s], d[k]);
            ck_assert_msg(rc == 0, "%s: %s", specs[s], err);
            free(out);
            free(err);
        }
        ck_assert_int_ge(tu_dir_count(d[0]), 2);
        ck_assert_int_eq(tu_dir_count(d[0]), tu_dir_count(d[1]));
        DIR *dd = opendir(d[0]);
        ck_assert_ptr_nonnull(dd);
        struct dirent *e;
        while ((e = readdir(dd))) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char p0[8192], p1[8192], what[8192];
            snprintf(p0, sizeof p0, "%s/%s", d[0], e->d_name);
            snprintf(p1, sizeof p1, "%s/%s", d[1], e->d_name);
            snprintf(what, sizeof what, "%s (%s)", e->d_name, specs[s]);
            size_t n0 = 0, n1 = 0;
            char *a = tu_read_file(p0, &n0), *b = tu_read_file(p1, &n1);
            ck_assert_ptr_nonnull(a);
            ck_assert_msg(b != NULL, "%s: the second compile wrote no %s", specs[s], e->d_name);
            assert_same_bytes(what, a, n0, b, n1);
            free(a);
            free(b);
        }
        closedir(dd);
        tu_rm_rf(d[0]);
        tu_rm_rf(d[1]);
        free(d[0]);
        free(d[1]);
    }
}
END_TEST

static Suite *suite_cli(void)
{
    Suite *s = suite_create("cli");
    TCase *t = tcase_create("points");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, run_good_baseline);
    tcase_add_test(t, run_nan_position);
    tcase_add_test(t, run_inf_position);
    tcase_add_test(t, run_nan_position_stdin);
    tcase_add_test(t, run_nan_property);
    tcase_add_test(t, run_empty_frame);
    tcase_add_test(t, run_no_frames);
    tcase_add_test(t, run_fewer_points_than_k);
    tcase_add_test(t, run_missing_property);
    tcase_add_test(t, run_missized_property);
    tcase_add_test(t, run_string_property);
    tcase_add_test(t, run_missing_input_file);
    tcase_add_test(t, run_output_folder_missing);
    tcase_add_test(t, run_error_device_auto);
    suite_add_tcase(s, t);

    t = tcase_create("coincident");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, run_coincident_conv);
    tcase_add_test(t, run_coincident_attention);
    tcase_add_test(t, run_coincident_nbody);
    suite_add_tcase(s, t);

    t = tcase_create("weights");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, weights_good_match_seed);
    tcase_add_test(t, weights_wrong_shape);
    tcase_add_test(t, weights_missing_tensor);
    tcase_add_test(t, weights_extra_tensor);
    tcase_add_test(t, weights_wrong_dtype);
    tcase_add_test(t, weights_truncated);
    tcase_add_test(t, weights_nonfinite);
    tcase_add_test(t, weights_missing_file);
    tcase_add_test(t, weights_not_safetensors);
    suite_add_tcase(s, t);

    t = tcase_create("options");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, opt_unknown_device);
    tcase_add_test(t, opt_device_cuda_without_gpu);
    tcase_add_test(t, opt_no_weights_or_seed);
    tcase_add_test(t, opt_bad_seed);
    tcase_add_test(t, opt_unknown_option);
    tcase_add_test(t, opt_bad_precision);
    tcase_add_test(t, opt_equals_form);
    tcase_add_test(t, opt_missing_spec);
    suite_add_tcase(s, t);

    t = tcase_create("compile");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, compile_writes_two_files_atomically);
    tcase_add_test(t, compile_missing_output_folder);
    tcase_add_test(t, compile_bad_spec_writes_nothing);
    tcase_add_test(t, golden_tiny_conv);
    tcase_add_test(t, compile_deterministic);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    if (tu_private_env("test_cli", 1, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    int rc = 1;
    if (fixture_xyz() == 0 && fixture_weights() == 0) {
        Suite *suites[] = { suite_cli(), NULL };
        rc = tu_run_suites(suites);
    }
    tu_rm_rf(g_work);
    tu_rm_rf(g_cache);
    return rc;
}
