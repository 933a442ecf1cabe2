/* test_aot.c - ahead-of-time deployment (docs/host.md, "Ahead of time"): `se3tc compile --shared
 * --static --object` builds the model library at compile time; `se3tc run DIR/NAME.json`,
 * se3rt_model_open and the C++ host (examples/host_aot.cpp, se3rt_model_new_static) then run the
 * model with the compiler made unavailable ($CC a script that leaves a mark and fails, PATH
 * without any compiler) and must give exactly the JIT's outputs without calling it. A library
 * whose SHA-256 is not the manifest's, a group-writable one, a symbolic link, and a table from
 * another compile or model are refused with one line. specs/tiny_conv.spec only (seconds). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "se3rt_model.h"
#include "testutil.h"

#define SPEC_CONV SE3_SOURCE_DIR "/specs/tiny_conv.spec"
#define SPEC_MLP SE3_SOURCE_DIR "/specs/tiny_mlp.spec"
#define HOST_AOT SE3_BINARY_DIR "/examples/host_aot"

static char g_work[4096], g_cache[4096];
static char g_env[9000];   /* the environment prefix that takes the compiler away */

/* Two frames of tiny_conv inputs; the second is the first moved and scaled (as host_aot.cpp). */
static const char two_frames[] =
    "5\nProperties=species:S:1:pos:R:3:a:R:3\n"
    "X 0 0 0 1 0 0\nX 1 0 0 0 1 0\nX 0 1 0 0 0 1\nX 0 0 1 1 1 0\nX 1 1 1 0 1 1\n"
    "5\nProperties=species:S:1:pos:R:3:a:R:3\n"
    "X 0.5 0.5 0.5 1 0 0\nX 2 0.5 0.5 0 1 0\nX 0.5 2 0.5 0 0 1\nX 0.5 0.5 2 1 1 0\nX 2 2 2 0 1 1\n";

static const char *W(const char *name)
{
    static char buf[16][4400];   /* a call may name up to 16 paths at once */
    static int k;
    k = (k + 1) % 16;
    snprintf(buf[k], sizeof buf[k], "%s/%s", g_work, name);
    return buf[k];
}

/* Run a shell command line (printf-style), capturing stdout and stderr (caller frees). */
static int sh_fmt(char **out, char **err, const char *fmt, ...)
{
    char cmd[12000], full[30000], op[4200], ep[4200];
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

static void assert_no_compile(void)
{
    ck_assert_msg(access(W("cc_mark"), F_OK) != 0, "the compiler was called");
}

static void assert_one_line_with(const char *err, const char *start, const char *part)
{
    size_t n = strlen(err);
    ck_assert_msg(n > 0 && strchr(err, '\n') == err + n - 1, "expected one line on stderr, got:\n%s", err);
    ck_assert_msg(strncmp(err, start, strlen(start)) == 0, "expected '%s...', got: %s", start, err);
    ck_assert_msg(strstr(err, part) != NULL, "expected '%s' in: %s", part, err);
}

/* A copy of the compiled model folder m/ as NAME/ (for tampering with). */
static void copy_model(const char *name)
{
    char *o, *e;
    int rc = sh_fmt(&o, &e, "rm -rf '%s' && cp -rp '%s' '%s'", W(name), W("m"), W(name));
    ck_assert_msg(rc == 0, "%s", e);
    free(o), free(e);
}

/* `se3tc run` of a compiled model in folder `dir`, compiler unavailable. */
static int run_compiled(const char *dir, char **out, char **err)
{
    return sh_fmt(out, err, "%s '%s' run '%s/%s/tiny_conv.json' --seed 1 --device cpu -i '%s'", g_env, SE3TC_EXE,
                  g_work, dir, W("two.xyz"));
}

START_TEST(aot_run_without_compiler)
{
    char *out, *err;
    int rc = run_compiled("m", &out, &err);
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_str_eq(err, "");
    char *jit = tu_read_file(W("jit.out"), NULL);
    ck_assert_ptr_nonnull(jit);
    ck_assert_msg(strstr(jit, " g=\"") != NULL, "%s", jit);
    ck_assert_str_eq(out, jit);   /* bit for bit: %.17g of every output */
    assert_no_compile();
    free(jit), free(out), free(err);
}
END_TEST

/* Forward of the two frames' first graph through model m; out gets 7 numbers. */
static void forward_first(se3rt_model *m, double *out)
{
    static const double pos[15] = { 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1 };
    static const double in[15] = { 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1 };
    const int32_t gp[2] = { 0, 5 };
    se3rt_batch b = { .n_graphs = 1, .graph_ptr = gp, .pos = pos, .node_in = in };
    ck_assert_int_eq(se3rt_model_out_dim(m), 7);
    ck_assert_int_eq(se3rt_model_forward(m, &b, out), SE3RT_OK);
}

START_TEST(aot_open_in_process)
{
    copy_model("t2");
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL, *j = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_int_eq(se3rt_ctx_set_cc(ctx, W("badcc")), SE3RT_OK);
    se3rt_status st = se3rt_model_open(ctx, W("m/tiny_conv.json"), &m);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_str_eq(se3rt_model_library(m), W("m/tiny_conv.so"));
    ck_assert_str_eq(se3rt_model_jit_command(m), "");
    ck_assert_int_eq(se3rt_model_init_weights(m, 3), SE3RT_OK);
    double a[7], b[7];
    forward_first(m, a);
    assert_no_compile();
    /* the same model through the JIT (the real compiler): the same numbers */
    ck_assert_int_eq(se3rt_ctx_set_cc(ctx, NULL), SE3RT_OK);
    char *json = tu_read_file(W("m/tiny_conv.json"), NULL), *src = tu_read_file(W("m/tiny_conv.c"), NULL);
    ck_assert_ptr_nonnull(json);
    ck_assert_ptr_nonnull(src);
    st = se3rt_model_new(ctx, json, src, strlen(src), &j);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_str_eq(se3rt_model_library(j), "");
    ck_assert_int_eq(se3rt_model_init_weights(j, 3), SE3RT_OK);
    forward_first(j, b);
    for (int k = 0; k < 7; k++)
        ck_assert_msg(a[k] == b[k], "output %d: library %.17g, JIT %.17g", k, a[k], b[k]);
    /* the same library opened again, while the first is open and after it is freed */
    se3rt_model *again = NULL;
    st = se3rt_model_open(ctx, W("m/tiny_conv.json"), &again);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq(se3rt_model_init_weights(again, 3), SE3RT_OK);
    forward_first(again, b);
    for (int k = 0; k < 7; k++)
        ck_assert(a[k] == b[k]);
    se3rt_model_free(again);
    st = se3rt_model_open(ctx, W("m/tiny_conv.json"), &again);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    se3rt_model_free(again);
    /* a second model library in the same process (another name behind /proc/self/fd) */
    se3rt_model *m2 = NULL;
    ck_assert_int_eq(se3rt_ctx_set_cc(ctx, W("badcc")), SE3RT_OK);
    st = se3rt_model_open(ctx, W("mlp/tiny_mlp.json"), &m2);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_str_eq(se3rt_model_name(m2), "tiny_mlp");
    ck_assert_str_eq(se3rt_model_library(m2), W("mlp/tiny_mlp.so"));
    se3rt_model_free(m2);
    st = se3rt_model_open(ctx, W("mlp/tiny_mlp.json"), &m2);   /* likely the same descriptor number again */
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_str_eq(se3rt_model_name(m2), "tiny_mlp");
    se3rt_model_free(m2);
    se3rt_model *m3 = NULL;
    st = se3rt_model_open(ctx, W("t2/tiny_conv.json"), &m3);   /* a copy: another inode, same name */
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    se3rt_model_free(m3);
    assert_no_compile();
    free(json), free(src);
    se3rt_model_free(m);
    se3rt_model_free(j);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(aot_tampered_refused)
{
    copy_model("t");
    FILE *f = fopen(W("t/tiny_conv.so"), "ab");
    ck_assert_ptr_nonnull(f);
    fputc(0, f);
    fclose(f);
    char *out, *err, start[4400];
    ck_assert_int_eq(run_compiled("t", &out, &err), 1);
    snprintf(start, sizeof start, "se3tc run: %s: SHA-256 ", W("t/tiny_conv.so"));
    assert_one_line_with(err, start, "is not the manifest's");
    ck_assert_str_eq(out, "");
    assert_no_compile();
    free(out), free(err);
}
END_TEST

START_TEST(aot_group_writable_refused)
{
    copy_model("gw");
    ck_assert_int_eq(chmod(W("gw/tiny_conv.so"), 0664), 0);
    char *out, *err, start[4400];
    ck_assert_int_eq(run_compiled("gw", &out, &err), 1);
    snprintf(start, sizeof start, "se3tc run: %s: ", W("gw/tiny_conv.so"));
    assert_one_line_with(err, start, "writable by group or others (mode 0664); refusing to load it");
    free(out), free(err);
    /* a symbolic link to a good library is not followed either */
    copy_model("ln");
    char *o, *e;
    ck_assert_int_eq(sh_fmt(&o, &e, "ln -sf ../m/tiny_conv.so '%s'", W("ln/tiny_conv.so")), 0);
    free(o), free(e);
    ck_assert_int_eq(run_compiled("ln", &out, &err), 1);
    snprintf(start, sizeof start, "se3tc run: %s: cannot open: ", W("ln/tiny_conv.so"));
    assert_one_line_with(err, start, "symbolic link");
    assert_no_compile();
    free(out), free(err);
}
END_TEST

START_TEST(aot_missing_library_uses_jit)
{
    /* no NAME.so beside the manifest: NAME.c through the JIT, as before (with the compiler) */
    copy_model("nolib");
    ck_assert_int_eq(unlink(W("nolib/tiny_conv.so")), 0);
    char *out, *err, want[9000];
    int rc = sh_fmt(&out, &err, "'%s' run '%s' --seed 1 --device cpu -i '%s'", SE3TC_EXE, W("nolib/tiny_conv.json"),
                    W("two.xyz"));
    ck_assert_msg(rc == 0, "%s", err);
    char *jit = tu_read_file(W("jit.out"), NULL);
    ck_assert_str_eq(out, jit);
    free(jit), free(out), free(err);
    /* and without NAME.c either: one line naming both */
    ck_assert_int_eq(unlink(W("nolib/tiny_conv.c")), 0);
    rc = sh_fmt(&out, &err, "%s '%s' run '%s' --seed 1 --device cpu -i '%s'", g_env, SE3TC_EXE,
                W("nolib/tiny_conv.json"), W("two.xyz"));
    ck_assert_int_eq(rc, 1);
    snprintf(want, sizeof want, "se3tc run: %s (the manifest's model library) and %s: neither can be opened\n",
             W("nolib/tiny_conv.so"), W("nolib/tiny_conv.c"));
    ck_assert_str_eq(err, want);
    assert_no_compile();
    free(out), free(err);
}
END_TEST

START_TEST(aot_static_table_checked)
{
    /* se3rt_model_new_static with the table of the library (as if linked into the program) */
    void *h = dlopen(W("m/tiny_conv.so"), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);   /* OpenMP threads outlive it */
    ck_assert_msg(h != NULL, "%s", dlerror());
    const se3m_code *code = dlsym(h, "se3m_tiny_conv_code");
    ck_assert_ptr_nonnull(code);
    char *json = tu_read_file(W("m/tiny_conv.json"), NULL);
    ck_assert_ptr_nonnull(json);
    ck_assert_str_eq(code->name, "tiny_conv");
    ck_assert_msg(strstr(json, code->source_sha256) != NULL && strlen(code->source_sha256) == 64, "%s",
                  code->source_sha256);
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_int_eq(se3rt_ctx_set_cc(ctx, W("badcc")), SE3RT_OK);
    se3rt_status st = se3rt_model_new_static(ctx, json, code, &m);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_str_eq(se3rt_model_library(m), "static");
    ck_assert_int_eq(se3rt_model_init_weights(m, 3), SE3RT_OK);
    double out[7];
    forward_first(m, out);
    se3rt_model_free(m);
    /* a manifest from another compile of the model (its source hash differs) */
    char *p = strstr(json, code->source_sha256);
    p[0] = p[0] == '0' ? '1' : '0';
    ck_assert_int_eq(se3rt_model_new_static(ctx, json, code, &m), SE3RT_ERR_FORMAT);
    ck_assert_ptr_null(m);
    ck_assert_msg(strstr(se3rt_errmsg(ctx), "was built from C source") != NULL, "%s", se3rt_errmsg(ctx));
    /* another model's manifest */
    char *mlp = tu_read_file(W("mlp/tiny_mlp.json"), NULL);
    ck_assert_int_eq(se3rt_model_new_static(ctx, mlp, code, &m), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(ctx), "the compiled code is model 'tiny_conv', the manifest 'tiny_mlp'");
    ck_assert_int_eq(se3rt_model_new_static(ctx, mlp, NULL, &m), SE3RT_ERR_INVALID);
    assert_no_compile();
    free(mlp), free(json);
    se3rt_ctx_free(ctx);
    dlclose(h);
}
END_TEST

START_TEST(aot_grad_library)
{
    /* --grad --shared (setup): the backward comes from the library's table too (forces, training) */
    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_int_eq(se3rt_ctx_set_cc(ctx, W("badcc")), SE3RT_OK);
    se3rt_status st = se3rt_model_open(ctx, W("g/tiny_conv.json"), &m);
    ck_assert_msg(st == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq(se3rt_model_has_grad(m), 1);
    se3rt_model_free(m);
    /* without --grad there is none */
    ck_assert_int_eq(se3rt_model_open(ctx, W("m/tiny_conv.json"), &m), SE3RT_OK);
    ck_assert_int_eq(se3rt_model_has_grad(m), 0);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    assert_no_compile();
}
END_TEST

START_TEST(aot_outputs_recorded)
{
    char *json = tu_read_file(W("m/tiny_conv.json"), NULL);
    ck_assert_ptr_nonnull(json);
    ck_assert_msg(strstr(json, "\"shared\":\t\"tiny_conv.so\"") && strstr(json, "\"static\":\t\"tiny_conv.a\"") &&
                  strstr(json, "\"object\":\t\"tiny_conv.o\"") && strstr(json, "\"shared_sha256\":"), "%s",
                  strstr(json, "\"library\""));
    char *mlp = tu_read_file(W("mlp/tiny_mlp.json"), NULL);   /* --cflags -O0 */
    ck_assert_msg(mlp && strstr(mlp, " -O0 -fPIC -shared -fopenmp\","), "%s",
                  mlp ? strstr(mlp, "\"library\"") : "no manifest");
    free(mlp);
    size_t n = 0;
    char *ar = tu_read_file(W("m/tiny_conv.a"), &n);
    ck_assert_msg(ar && n > 8 && memcmp(ar, "!<arch>\n", 8) == 0, "tiny_conv.a is not an archive");
    ck_assert_msg(memmem(ar, n, "se3m_tiny_conv_code", 19) != NULL, "tiny_conv.a lacks se3m_tiny_conv_code");
    struct stat sb;
    ck_assert_int_eq(stat(W("m/tiny_conv.so"), &sb), 0);
    ck_assert_msg((sb.st_mode & 022) == 0, "mode %o", (unsigned)sb.st_mode);
    free(ar), free(json);
}
END_TEST

START_TEST(aot_compile_failure_writes_nothing)
{
    char *out, *err;
    int rc = sh_fmt(&out, &err, "'%s' compile '%s' -o '%s' --shared --cc '%s'", SE3TC_EXE, SPEC_CONV, W("fail"),
                    W("badcc"));
    ck_assert_int_eq(rc, 1);
    assert_one_line_with(err, "se3tc compile: building the object failed (", "exit 1");
    ck_assert_int_le(tu_dir_count(W("fail")), 0);   /* no NAME.c, NAME.json or NAME.so */
    unlink(W("cc_mark"));
    free(out), free(err);
}
END_TEST

/* "graph G: v1 ... v7" lines of a host equal the g="..." values of `se3tc run`'s two frames:
 * exactly when the host's model code was built with the JIT's flags (rtol 0), else to rtol (the
 * generated code's `omp simd` reductions may be summed in another order at another -O level). */
static void assert_graph_lines_match_jit(const char *out, double rtol)
{
    char *jit = tu_read_file(W("jit.out"), NULL);
    ck_assert_ptr_nonnull(jit);
    const char *p = jit, *q = out;
    for (int g = 1; g <= 2; g++) {
        p = strstr(p, " g=\"");
        ck_assert_ptr_nonnull(p);
        p += 4;
        char head[32];
        snprintf(head, sizeof head, "graph %d:", g);
        ck_assert_msg(strncmp(q, head, strlen(head)) == 0, "%s", q);
        q += strlen(head);
        for (int k = 0; k < 7; k++) {
            char *e1, *e2;
            double want = strtod(p, &e1), got = strtod(q, &e2);
            ck_assert_msg(e1 != p && e2 != q, "value %d of graph %d", k + 1, g);
            ck_assert_msg(rtol == 0 ? got == want : fabs(got - want) <= rtol * (fabs(want) + 1e-300),
                          "graph %d value %d: host %.17g, se3tc run %.17g", g, k + 1, got, want);
            p = e1, q = e2;
        }
        ck_assert_int_eq(*q, '\n');
        q++;
    }
    ck_assert_str_eq(q, "");
    free(jit);
}

START_TEST(aot_cpp_host)
{
    if (access(HOST_AOT, X_OK) != 0) {
        fprintf(stderr, "test_aot: %s not built (no C++ compiler): skipping the C++ host\n", HOST_AOT);
        return;
    }
    char *out, *err;
    int rc = sh_fmt(&out, &err, "%s '%s' --seed 1", g_env, HOST_AOT);
    ck_assert_msg(rc == 0, "%s", err);
    assert_one_line_with(err, "host_aot: model tiny_conv, code static, ", "weights");
    assert_no_compile();
    assert_graph_lines_match_jit(out, 1e-12);   /* built by CMake with the host's flags */
    free(out), free(err);
}
END_TEST

/* A C host linked with the archive of `se3tc compile --static` (whose table carries the source
 * hash the manifest records) and the shared libse3rt. */
static const char static_host[] =
    "#include <stdio.h>\n#include <stdlib.h>\n#include \"se3rt_model.h\"\n"
    "SE3RT_DECLARE_MODEL(tiny_conv);\n"
    "int main(int argc, char **argv)\n{\n"
    "    (void)argc;\n    char *json = NULL;\n    size_t n = 0;\n    se3rt_ctx *ctx = NULL;\n"
    "    se3rt_model *m = NULL;\n"
    "    static const double pos[30] = { 0,0,0, 1,0,0, 0,1,0, 0,0,1, 1,1,1,\n"
    "        .5,.5,.5, 2,.5,.5, .5,2,.5, .5,.5,2, 2,2,2 };\n"
    "    static const double in[30] = { 1,0,0, 0,1,0, 0,0,1, 1,1,0, 0,1,1, 1,0,0, 0,1,0, 0,0,1, 1,1,0, 0,1,1 };\n"
    "    const int32_t gp[3] = { 0, 5, 10 };\n"
    "    se3rt_batch b = { .n_graphs = 2, .graph_ptr = gp, .pos = pos, .node_in = in };\n"
    "    double out[14];\n"
    "    se3rt_status st = se3rt_ctx_new(&ctx, NULL);\n"
    "    if (!st) st = se3rt_io_read_path(ctx, argv[1], &json, &n);\n"
    "    if (!st) st = se3rt_model_new_static(ctx, json, &SE3RT_MODEL_CODE(tiny_conv), &m);\n"
    "    if (!st) st = se3rt_model_init_weights(m, 1);\n"
    "    if (!st) st = se3rt_model_forward(m, &b, out);\n"
    "    if (st) fprintf(stderr, \"%s\\n\", se3rt_errmsg(ctx));\n"
    "    for (int g = 0; g < 2 && !st; g++) {\n"
    "        printf(\"graph %d:\", g + 1);\n"
    "        for (int k = 0; k < 7; k++) printf(\" %.17g\", out[g * 7 + k]);\n"
    "        printf(\"\\n\");\n    }\n"
    "    se3rt_io_buf_free(ctx, json);\n    se3rt_model_free(m);\n    se3rt_ctx_free(ctx);\n"
    "    return st ? 1 : 0;\n}\n";

START_TEST(aot_static_archive_host)
{
    ck_assert_int_eq(tu_write_file(W("hs.c"), static_host), 0);
#ifdef __SANITIZE_ADDRESS__
    const char *san = "-fsanitize=address,undefined";   /* libse3rt is instrumented (scripts/sanitize.sh) */
#else
    const char *san = "";
#endif
    char *out, *err;
    int rc = sh_fmt(&out, &err,
                    "cc -std=c11 -Wall -Wextra -Werror %s -I'%s/include' -o '%s' '%s' '%s' -L'%s/runtime' -lse3rt "
                    "-Wl,-rpath,'%s/runtime' -fopenmp -lm",
                    san, SE3_SOURCE_DIR, W("hs"), W("hs.c"), W("m/tiny_conv.a"), SE3_BINARY_DIR, SE3_BINARY_DIR);
    ck_assert_msg(rc == 0, "building the host: %.1500s", err);
    free(out), free(err);
    rc = sh_fmt(&out, &err, "%s '%s' '%s'", g_env, W("hs"), W("m/tiny_conv.json"));
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_str_eq(err, "");
    assert_graph_lines_match_jit(out, 0);   /* --static used the JIT's flags */
    assert_no_compile();
    free(out), free(err);
    /* the manifest of another compile of the same spec (--grad: other source) is refused */
    rc = sh_fmt(&out, &err, "%s '%s' '%s'", g_env, W("hs"), W("g/tiny_conv.json"));
    ck_assert_int_eq(rc, 1);
    assert_one_line_with(err, "the compiled code for 'tiny_conv' was built from C source ", "different compiles");
    free(out), free(err);
}
END_TEST

static int setup(void)
{
    char *out, *err;
    char script[4600];   /* absolute names only: it must work with an empty PATH */
    snprintf(script, sizeof script, "#!/bin/sh\necho called >>'%s'\nexit 1\n", W("cc_mark"));
    if (tu_write_file(W("two.xyz"), two_frames) != 0 || tu_write_file(W("badcc"), script) != 0 ||
        chmod(W("badcc"), 0755) != 0 || mkdir(W("nobin"), 0755) != 0)
        return -1;
    /* the compiler taken away: $CC fails and leaves a mark, PATH holds no program at all */
    snprintf(g_env, sizeof g_env, "CC='%s' PATH='%s'", W("badcc"), W("nobin"));
    int rc = sh_fmt(&out, &err,
                    "'%s' compile '%s' -o '%s' --shared --static --object && '%s' compile '%s' -o '%s' --shared --cflags -O0 && "
                    "'%s' compile '%s' -o '%s' --grad --shared && "
                    "'%s' run '%s' --seed 1 --device cpu -i '%s' >'%s'",
                    SE3TC_EXE, SPEC_CONV, W("m"), SE3TC_EXE, SPEC_MLP, W("mlp"), SE3TC_EXE, SPEC_CONV, W("g"), SE3TC_EXE,
                    SPEC_CONV, W("two.xyz"), W("jit.out"));
    if (rc != 0)
        fprintf(stderr, "test_aot: setting up failed: %s", err);
    free(out), free(err);
    return rc == 0 ? 0 : -1;
}

int main(void)
{
    if (tu_private_env("test_aot", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    int rc = 1;
    if (setup() == 0) {
        Suite *s = suite_create("aot");
        TCase *t = tcase_create("aot");
        tcase_set_timeout(t, 120);
        tcase_add_test(t, aot_run_without_compiler);
        tcase_add_test(t, aot_open_in_process);
        tcase_add_test(t, aot_tampered_refused);
        tcase_add_test(t, aot_group_writable_refused);
        tcase_add_test(t, aot_missing_library_uses_jit);
        tcase_add_test(t, aot_static_table_checked);
        tcase_add_test(t, aot_grad_library);
        tcase_add_test(t, aot_outputs_recorded);
        tcase_add_test(t, aot_compile_failure_writes_nothing);
        tcase_add_test(t, aot_cpp_host);
        tcase_add_test(t, aot_static_archive_host);
        suite_add_tcase(s, t);
        Suite *suites[] = { s, NULL };
        rc = tu_run_suites(suites);
    }
    tu_rm_rf(g_work);
    tu_rm_rf(g_cache);
    return rc;
}
