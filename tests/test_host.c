/* test_host.c - the embedding example (examples/host.c, docs/host.md): the host program opens a
 * model written by `se3tc compile`, runs it on points built in memory and must print exactly what
 * `se3tc run` gives for the same points; its weights round-trip through safetensors; its errors
 * are one line. Also checks that the ahead-of-time snippet (examples/host.cmake) built the
 * generated code into a library. Exits 77 (skipped) when examples/ is not part of the build.
 * main() sets SE3TC_CFLAGS=-O1 and SE3TC_CACHE to a fresh folder of this run (removed at the end)
 * so the JIT is quick and isolated. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "se3rt_io.h"
#include "testutil.h"

#define HOST_EXE SE3_BINARY_DIR "/examples/host"
#define AOT_LIB SE3_BINARY_DIR "/examples/libexample_tiny_conv_aot.a"
#define SPEC_NBODY SE3_SOURCE_DIR "/specs/nbody_se3.spec"
#define SPEC_CONV SE3_SOURCE_DIR "/specs/tiny_conv.spec"
#define NROWS 10 /* two graphs of 5 particles */
#define NCOLS 6  /* dx, dv */

static char g_work[4096];  /* compiled models, weights */
static char g_cache[4096]; /* SE3TC_CACHE of this run */

/* Run a shell command line (printf-style); stdout and stderr are captured (caller frees).
 * Returns the exit code. */
static int sh_fmt(char **out, char **err, const char *fmt, ...)
{
    char cmd[8192], full[16800], op[4200], ep[4200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    snprintf(op, sizeof op, "%s/stdout.%ld", g_work, (long)getpid());
    snprintf(ep, sizeof ep, "%s/stderr.%ld", g_work, (long)getpid());
    snprintf(full, sizeof full, "( %s ) >'%s' 2>'%s' </dev/null", cmd, op, ep);
    int rc = system(full);
    int code = (rc != -1 && WIFEXITED(rc)) ? WEXITSTATUS(rc) : -1;
    char *o = tu_read_file(op, NULL), *e = tu_read_file(ep, NULL);
    *out = o ? o : strdup("");
    *err = e ? e : strdup("");
    unlink(op);
    unlink(ep);
    return code;
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Parse the host's lines "graph G row R: v1 ... v6" into v[NROWS][NCOLS]. */
static void host_values(const char *text, double v[NROWS][NCOLS])
{
    const char *p = text;
    for (int r = 0; r < NROWS; r++) {
        int g, row, used = 0;
        ck_assert_msg(sscanf(p, "graph %d row %d:%n", &g, &row, &used) == 2 && used > 0, "line %d: %.60s", r + 1, p);
        ck_assert_int_eq(g, r / 5 + 1);
        ck_assert_int_eq(row, r % 5 + 1);
        p += used;
        for (int k = 0; k < NCOLS; k++) {
            char *end;
            v[r][k] = strtod(p, &end);
            ck_assert_msg(end != p && isfinite(v[r][k]), "line %d value %d", r + 1, k + 1);
            p = end;
        }
        ck_assert_msg(*p == '\n', "line %d has more than %d values", r + 1, NCOLS);
        p++;
    }
    ck_assert_msg(*p == 0, "more than %d lines: %.60s", NROWS, p);
}

/* The dx and dv columns (the last 6 of 13) of the atom lines of every frame of `se3tc run`. */
static void cli_values(const char *text, double v[NROWS][NCOLS])
{
    const char *p = text;
    for (int r = 0; r < NROWS; r++) {
        if (r % 5 == 0) { /* count line and comment line */
            ck_assert_int_eq(atoi(p), 5);
            p = strchr(p, '\n') + 1;
            ck_assert_msg(strstr(p, ":dx:R:3:dv:R:3") != NULL, "%.100s", p);
            p = strchr(p, '\n') + 1;
        }
        double cols[13];
        p = strchr(p, ' '); /* after the species */
        ck_assert_ptr_nonnull(p);
        for (int k = 0; k < 13; k++) {
            char *end;
            cols[k] = strtod(p, &end);
            ck_assert_msg(end != p, "atom line %d column %d", r + 1, k + 2);
            p = end;
        }
        ck_assert_int_eq(*p, '\n');
        p++;
        for (int k = 0; k < NCOLS; k++)
            v[r][k] = cols[7 + k];
    }
}

static void assert_one_line(const char *err, const char *want)
{
    size_t n = strlen(err);
    ck_assert_msg(n > 0 && err[n - 1] == '\n' && strchr(err, '\n') == err + n - 1,
                  "expected one line on stderr, got:\n%s", err);
    ck_assert_str_eq(err, want);
}

START_TEST(host_matches_cli)
{
    /* the host's in-memory batch holds the first two frames of examples/nbody_small.extxyz */
    char *out, *err, two[8192];
    snprintf(two, sizeof two, "%s/two.extxyz", g_work);
    int rc = sh_fmt(&out, &err, "head -n 14 '%s/examples/nbody_small.extxyz' >'%s'", SE3_SOURCE_DIR, two);
    ck_assert_int_eq(rc, 0);
    free(out);
    free(err);
    rc = sh_fmt(&out, &err, "'%s' run '%s' --seed 1 --device cpu -i '%s'", SE3TC_EXE, SPEC_NBODY, two);
    ck_assert_msg(rc == 0, "se3tc run: %s", err);
    double want[NROWS][NCOLS], got[NROWS][NCOLS];
    cli_values(out, want);
    free(out);
    free(err);
    rc = sh_fmt(&out, &err, "'%s' '%s/nbody_se3.json' --seed 1", HOST_EXE, g_work);
    ck_assert_msg(rc == 0, "host: %s", err);
    host_values(out, got);
    for (int r = 0; r < NROWS; r++)
        for (int k = 0; k < NCOLS; k++)
            ck_assert_msg(got[r][k] == want[r][k], "row %d value %d: host %.17g, se3tc run %.17g", r + 1, k + 1,
                          got[r][k], want[r][k]);
    /* one informational line on stderr */
    ck_assert_msg(strncmp(err, "host: model nbody_se3, ", 23) == 0 && strchr(err, '\n') == err + strlen(err) - 1,
                  "%s", err);
    free(out);
    free(err);
}
END_TEST

START_TEST(host_weights_roundtrip)
{
    /* --save writes the weights used; loading them gives the same output to the last bit */
    char *o1, *e1, *o2, *e2;
    int rc = sh_fmt(&o1, &e1, "'%s' '%s/nbody_se3.json' --seed 7 --save '%s/w.safetensors'", HOST_EXE, g_work,
                    g_work);
    ck_assert_msg(rc == 0, "%s", e1);
    rc = sh_fmt(&o2, &e2, "'%s' '%s/nbody_se3.json' --weights '%s/w.safetensors'", HOST_EXE, g_work, g_work);
    ck_assert_msg(rc == 0, "%s", e2);
    ck_assert_str_eq(o1, o2);
    double v[NROWS][NCOLS];
    host_values(o1, v);
    free(o1), free(e1), free(o2), free(e2);
}
END_TEST

START_TEST(host_default_model)
{
    /* without MODEL.json the host opens the nbody_se3 model host.cmake compiled at build time */
    char *o1, *e1, *o2, *e2;
    int rc = sh_fmt(&o1, &e1, "'%s' --seed 1", HOST_EXE);
    ck_assert_msg(rc == 0, "%s", e1);
    rc = sh_fmt(&o2, &e2, "'%s' '%s/nbody_se3.json' --seed 1", HOST_EXE, g_work);
    ck_assert_msg(rc == 0, "%s", e2);
    ck_assert_str_eq(o1, o2);
    free(o1), free(e1), free(o2), free(e2);
}
END_TEST

START_TEST(host_errors)
{
    char *out, *err, want[8192];
    /* a manifest that is not there */
    int rc = sh_fmt(&out, &err, "'%s' '%s/none.json' --seed 1", HOST_EXE, g_work);
    ck_assert_int_eq(rc, 1);
    snprintf(want, sizeof want, "host: opening the model: %s/none.json: cannot open: No such file or directory\n",
             g_work);
    assert_one_line(err, want);
    ck_assert_str_eq(out, "");
    free(out), free(err);
    /* a model with other inputs */
    rc = sh_fmt(&out, &err, "'%s' '%s/tiny_conv.json' --seed 1", HOST_EXE, g_work);
    ck_assert_int_eq(rc, 1);
    snprintf(want, sizeof want, "host: %s/tiny_conv.json: model 'tiny_conv' takes 3 input numbers per node; this "
             "example builds the 4 of nbody_se3 (charge, velocity)\n", g_work);
    assert_one_line(err, want);
    free(out), free(err);
    /* weights that do not exist */
    rc = sh_fmt(&out, &err, "'%s' '%s/nbody_se3.json' --weights '%s/none.safetensors'", HOST_EXE, g_work, g_work);
    ck_assert_int_eq(rc, 1);
    snprintf(want, sizeof want, "host: loading weights: %s/none.safetensors: cannot open: No such file or "
             "directory\n", g_work);
    assert_one_line(err, want);
    free(out), free(err);
    /* weights of another model: the first nbody_se3 tensor is missing */
    char wpath[4200];
    snprintf(wpath, sizeof wpath, "%s/other.safetensors", g_work);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const double data[2] = { 1, 2 };
    const int64_t shape[1] = { 2 };
    const se3rt_st_entry e = { "other.w", 1, shape, data };
    ck_assert_int_eq(se3rt_st_write(ctx, wpath, &e, 1, SE3RT_DTYPE_F32, NULL), SE3RT_OK);
    se3rt_ctx_free(ctx);
    rc = sh_fmt(&out, &err, "'%s' '%s/nbody_se3.json' --weights '%s'", HOST_EXE, g_work, wpath);
    ck_assert_int_eq(rc, 1);
    snprintf(want, sizeof want, "host: loading weights: %s: missing tensor '", wpath);
    ck_assert_msg(strncmp(err, want, strlen(want)) == 0, "%s", err);
    free(out), free(err);
    /* usage mistakes: exit 2 */
    rc = sh_fmt(&out, &err, "'%s' '%s/nbody_se3.json'", HOST_EXE, g_work);
    ck_assert_int_eq(rc, 2);
    assert_one_line(err, "host: give MODEL.json and exactly one of --seed N and --weights W (see host --help)\n");
    free(out), free(err);
    rc = sh_fmt(&out, &err, "'%s' '%s/nbody_se3.json' --seed 1 --bogus", HOST_EXE, g_work);
    ck_assert_int_eq(rc, 2);
    assert_one_line(err, "host: unknown or incomplete option '--bogus' (see host --help)\n");
    free(out), free(err);
}
END_TEST

START_TEST(aot_library_built)
{
    /* examples/CMakeLists.txt builds tiny_conv.c into a static library with the host's flags */
    size_t n = 0;
    char *lib = tu_read_file(AOT_LIB, &n);
    ck_assert_msg(lib != NULL, "%s was not built", AOT_LIB);
    const char *sym = "se3m_tiny_conv_forward";
    int found = 0;
    for (size_t i = 0; i + strlen(sym) <= n && !found; i++)
        found = memcmp(lib + i, sym, strlen(sym)) == 0;
    ck_assert_msg(found, "%s lacks %s", AOT_LIB, sym);
    free(lib);
}
END_TEST

int main(void)
{
    if (access(HOST_EXE, X_OK) != 0) {
        fprintf(stderr, "test_host: skipped: %s is not built (the top CMakeLists.txt needs "
                "add_subdirectory(examples))\n", HOST_EXE);
        return 77;
    }
    if (tu_private_env("test_host", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    /* the same spec path as `se3tc run` gets, so both JIT the same source (one compile, cached) */
    char *out, *err;
    int rc = sh_fmt(&out, &err, "'%s' compile '%s' -o '%s' && '%s' compile '%s' -o '%s'", SE3TC_EXE, SPEC_NBODY,
                    g_work, SE3TC_EXE, SPEC_CONV, g_work);
    if (rc != 0)
        fprintf(stderr, "test_host: se3tc compile failed: %s", err);
    free(out);
    free(err);
    if (rc == 0) {
        Suite *s = suite_create("host");
        TCase *t = tcase_create("host");
        tcase_set_timeout(t, 300);
        tcase_add_test(t, host_matches_cli);
        tcase_add_test(t, host_weights_roundtrip);
        tcase_add_test(t, host_default_model);
        tcase_add_test(t, host_errors);
        tcase_add_test(t, aot_library_built);
        suite_add_tcase(s, t);
        Suite *suites[] = { s, NULL };
        rc = tu_run_suites(suites);
    }
    nftw(g_work, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    nftw(g_cache, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    return rc;
}
