/* test_front.c - the front end: parser, semantic checks, IR counts and the se3tc driver.
 * Error messages are golden files (tests/golden/errors/NAME.err.expected, regenerate with
 * SE3_UPDATE_GOLDEN=1 and review the diff); every shipped spec must check. */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "parse.h"
#include "testutil.h"

static compile *check_text(const char *text)
{
    return compile_string("t.spec", text, strlen(text));
}

/* ---- golden error messages ------------------------------------------------------------- */

START_TEST(test_golden_errors)
{
    const char *dir = SE3_SOURCE_DIR "/tests/golden/errors";
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0, update = getenv("SE3_UPDATE_GOLDEN") != NULL;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".spec") != 0)
            continue;
        char args[1024], expected_path[1024], *out = NULL, *err = NULL;
        /* Run from the folder so messages name the file as the golden files do (the test runs
         * in its own forked process, so the chdir stays here). */
        ck_assert_int_eq(chdir(dir), 0);
        snprintf(args, sizeof args, "check '%.*s'", (int)len, e->d_name);
        snprintf(expected_path, sizeof expected_path, "%s/%.*s.err.expected", dir, (int)(len - 5), e->d_name);
        int rc = tu_se3tc(args, NULL, &out, &err);
        ck_assert_msg(rc == 1, "%s: expected exit 1", e->d_name);
        ck_assert_msg(out && out[0] == 0, "%s: expected no output on stdout", e->d_name);
        if (update) {
            tu_write_file(expected_path, err);
        } else {
            char *want = tu_read_file(expected_path, NULL);
            ck_assert_msg(want != NULL, "%s: missing %s", e->d_name, expected_path);
            ck_assert_msg(strcmp(want, err) == 0, "%s: messages differ\n--- expected\n%s--- got\n%s",
                          e->d_name, want, err);
            free(want);
        }
        free(out);
        free(err);
        n++;
    }
    closedir(d);
    ck_assert_int_ge(n, 50);
}
END_TEST

/* ---- every shipped spec checks, with the structure the paper describes ------------------ */

static compile *check_spec(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/specs/%s", SE3_SOURCE_DIR, name);
    compile *c = compile_file(path);
    if (c->diags.nerrors)
        diag_print(&c->diags, stderr);
    ck_assert_int_eq(c->diags.nerrors, 0);
    ck_assert_ptr_nonnull(c->ir);
    return c;
}

START_TEST(test_all_specs_check)
{
    DIR *d = opendir(SE3_SOURCE_DIR "/specs");
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len > 5 && strcmp(e->d_name + len - 5, ".spec") == 0) {
            compile_free(check_spec(e->d_name));
            n++;
        }
    }
    closedir(d);
    ck_assert_int_ge(n, 9);
}
END_TEST

START_TEST(test_nbody_structure)
{
    compile *c = check_spec("nbody_se3.spec");
    const model *m = c->m;
    ck_assert_int_eq(m->graph, GRAPH_FULL);
    ck_assert_int_eq(m->ninputs, 2);
    ck_assert_int_eq(m->in.c[0], 1);
    ck_assert_int_eq(m->in.c[1], 1);
    ck_assert_int_eq(m->n_edge_scalars, 1);     /* q_i q_j */
    ck_assert_int_eq(m->edge_fibre.c[1], 1);    /* x_j - x_i */
    int natt = 0, nnorm = 0;
    for (int i = 0; i < m->nlayers; i++) {
        natt += m->layers[i].kind == LAYER_ATTENTION;
        nnorm += m->layers[i].kind == LAYER_NORM && m->layers[i].norm == NORM_BIAS;
    }
    ck_assert_int_eq(natt, 5);                  /* 4 blocks and the output block */
    ck_assert_int_eq(nnorm, 4);
    ck_assert_int_eq(m->layers[6].si, SI_ATTENTIVE);   /* the last block */
    ck_assert_int_eq(m->layers[0].si, SI_LINEAR);
    ck_assert_str_eq(m->layers[6].name, "att_4");
    ck_assert_int_eq(m->noutputs, 2);
    ck_assert_int_eq(m->out_per_graph, 0);
    /* first block: senders 1x0 + 2x1 (vel and x_j - x_i); keys 8x0 + 8x1; values 8x0..3:
     * key paths (0,0) (0,1) (1,0) 1 each + (1,1) 3; value paths 4 + 1 + 3 + 3 + 3 */
    ck_assert_int_eq(m->layers[0].send.c[1], 2);
    ck_assert_int_eq(c->ir->layers[0].npaths, 20);
    ck_assert_int_eq(c->ir->layers[0].radials[0].nin, 2);
    compile_free(c);
}
END_TEST

START_TEST(test_qm9_structure)
{
    compile *c = check_spec("qm9_se3.spec");
    const model *m = c->m;
    ck_assert_int_eq(m->graph, GRAPH_GIVEN);
    ck_assert_int_eq(m->n_edge_scalars, 4);
    int natt = 0;
    for (int i = 0; i < m->nlayers; i++)
        if (m->layers[i].kind == LAYER_ATTENTION) {
            natt++;
            ck_assert_int_eq(m->layers[i].heads, 8);
            ck_assert_int_eq(m->layers[i].div, 2);
            ck_assert_int_eq(m->layers[i].value.c[3], 16);
        }
    ck_assert_int_eq(natt, 7);
    const layer *head = &m->layers[m->nlayers - 1];
    ck_assert_int_eq(head->kind, LAYER_MLP);
    ck_assert_int_eq(head->mlp_n, 1);
    ck_assert_int_eq(head->mlp_hidden[0], 128);
    ck_assert_int_eq(head->in.c[0], 128);
    ck_assert_int_eq(m->layers[m->nlayers - 2].kind, LAYER_POOL);
    ck_assert_int_eq(m->out_per_graph, 1);
    /* a hidden attention block: every (k, l) pair of 0..3 for keys and values, 44 paths each */
    ck_assert_int_eq(c->ir->layers[2].npaths, 88);
    compile_free(c);
}
END_TEST

START_TEST(test_scanobjectnn_z)
{
    compile *c = check_spec("scanobjectnn_se3_z.spec");
    ck_assert_int_eq(c->m->z_only, 1);
    ck_assert_int_eq(c->m->graph, GRAPH_KNN);
    ck_assert_int_eq(c->m->knn_k, 10);
    ck_assert_int_eq(c->m->inputs[0].src, FIELD_POS_Z);
    ck_assert_int_eq(c->m->inputs[1].src, FIELD_POS_XY);
    compile_free(c);
    c = check_spec("scanobjectnn_se3.spec");
    ck_assert_int_eq(c->m->z_only, 0);
    ck_assert_int_eq(c->m->inputs[0].src, FIELD_CONST);
    compile_free(c);
}
END_TEST

/* ---- weights and counts ------------------------------------------------------------------ */

START_TEST(test_weight_table)
{
    compile *c = check_text("model m {\n graph full;\n radial(width=4, depth=1);\n input a : 2x0;\n"
                            " conv c -> 3x1 (self=none);\n output y : 3x1;\n}\n");
    ck_assert_int_eq(c->diags.nerrors, 0);
    const ir *p = c->ir;
    /* one radial net k=0 -> l=1: lin0 [4,1] + b [4] + ln g, b [4] each + out [1*2*3, 4] + b [6] */
    ck_assert_int_eq(p->nweights, 6);
    ck_assert_str_eq(p->weights[0].name, "c.r.0_1.lin0.w");
    ck_assert_int_eq(p->weights[0].shape[0], 4);
    ck_assert_int_eq(p->weights[0].shape[1], 1);
    ck_assert_str_eq(p->weights[4].name, "c.r.0_1.out.w");
    ck_assert_int_eq(p->weights[4].shape[0], 6);
    ck_assert_int_eq(p->nparams, 4 + 4 + 4 + 4 + 24 + 6);
    ck_assert_int_eq(p->npaths, 1);
    ck_assert_int_eq(p->layers[0].radials[0].paths[0].J, 1);
    ck_assert_int_eq(p->layers[0].radials[0].paths[0].nnz, 3);  /* C^{10}_1 is the identity */
    compile_free(c);
}
END_TEST

START_TEST(test_repeat_names)
{
    compile *c = check_text("model m {\n input a : 2x0;\n repeat 2 { conv c -> 2x0; repeat 2 { norm n; } }\n"
                            " output y : 2x0;\n}\n");
    ck_assert_int_eq(c->diags.nerrors, 0);
    ck_assert_int_eq(c->m->nlayers, 6);
    ck_assert_str_eq(c->m->layers[0].name, "c_1");
    ck_assert_str_eq(c->m->layers[1].name, "n_1_1");
    ck_assert_str_eq(c->m->layers[2].name, "n_1_2");
    ck_assert_str_eq(c->m->layers[5].name, "n_2_2");
    compile_free(c);
}
END_TEST

START_TEST(test_defaults)
{
    compile *c = check_text("model m { input a : 2x0; attention t -> 4x0; output y : 4x0; }");
    ck_assert_int_eq(c->diags.nerrors, 0);
    ck_assert_int_eq(c->m->prec, PREC_F32);
    ck_assert_int_eq(c->m->graph, GRAPH_FULL);
    const layer *L = &c->m->layers[0];
    ck_assert_int_eq(L->heads, 1);
    ck_assert_int_eq(L->div, 1);
    ck_assert_int_eq(L->skip, SKIP_CAT);
    ck_assert_int_eq(L->si, SI_LINEAR);
    ck_assert_int_eq(L->radial_width, 32);
    ck_assert_int_eq(L->radial_depth, 2);
    ck_assert_int_eq(L->mid.c[0], 6);   /* 4 values + 2 inputs concatenated */
    compile_free(c);
}
END_TEST

/* The parser is reentrant: parse many times in one process, good and bad, no state left. */
START_TEST(test_reentrant)
{
    for (int i = 0; i < 200; i++) {
        compile *c = check_text(i % 2 ? "model m { input a : 2x0; conv c -> 2x0; output y : 2x0; }"
                                      : "model m { input a : 2x0 conv c -> ; }");
        ck_assert_int_eq(c->diags.nerrors != 0, i % 2 == 0);
        compile_free(c);
    }
}
END_TEST

START_TEST(test_nul_bytes)
{
    const char text[] = "model m { input a : 2x0;\0 }";
    compile *c = compile_string("t.spec", text, sizeof text - 1);
    ck_assert_int_gt(c->diags.nerrors, 0);
    ck_assert_str_eq(c->diags.head->msg, "invalid character '\\x00'");
    compile_free(c);
}
END_TEST

/* ---- the driver ----------------------------------------------------------------------- */

START_TEST(test_driver_check_summary)
{
    char *out, *err;
    int rc = tu_se3tc("check --summary '" SE3_SOURCE_DIR "/specs/nbody_se3.spec'", NULL, &out, &err);
    ck_assert_int_eq(rc, 0);
    ck_assert_str_eq(err, "");
    ck_assert_ptr_nonnull(strstr(out, "model nbody_se3"));
    ck_assert_ptr_nonnull(strstr(out, "304 (k, l, J) paths"));
    ck_assert_ptr_nonnull(strstr(out, "dx 1x1, dv 1x1 (per node)"));
    free(out);
    free(err);
}
END_TEST

START_TEST(test_driver_errors)
{
    char *out, *err;
    ck_assert_int_eq(tu_se3tc("check /nonexistent/x.spec", NULL, &out, &err), 1);
    ck_assert_str_eq(err, "/nonexistent/x.spec: error: cannot open: No such file or directory\n");
    free(out);
    free(err);
    ck_assert_int_eq(tu_se3tc("frobnicate", NULL, &out, &err), 2);
    ck_assert_str_eq(err, "se3tc: unknown command 'frobnicate' (see se3tc --help)\n");
    free(out);
    free(err);
    ck_assert_int_eq(tu_se3tc("check", NULL, &out, &err), 2);
    ck_assert_ptr_nonnull(strstr(err, "no spec given"));
    free(out);
    free(err);
    ck_assert_int_eq(tu_se3tc("check --help", NULL, &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(out, "usage: se3tc check"));
    free(out);
    free(err);
}
END_TEST

/* A bond-graph model runs on an SDF file from the command line, its inputs taken from the
 * atoms' elements; an extended-XYZ file is refused with one line. */
START_TEST(test_driver_run_sdf)
{
    char *dir = tu_tmpdir(), *out, *err;
    setenv("SE3TC_CACHE", dir, 1);
    setenv("SE3TC_CFLAGS", "-O1", 1);
    int rc = tu_se3tc("run '" SE3_SOURCE_DIR "/specs/tiny_mlp.spec' --seed 1 --device cpu -i '" SE3_SOURCE_DIR
                      "/examples/molecules_small.sdf'", NULL, &out, &err);
    ck_assert_msg(rc == 0, "%s", err);
    int frames = 0;
    for (const char *p = strstr(out, " y="); p; p = strstr(p + 1, " y=")) {
        double v = strtod(p + 3, NULL);
        ck_assert(isfinite(v) && v != 0);
        frames++;
    }
    ck_assert_int_eq(frames, 3);
    free(out);
    free(err);
    rc = tu_se3tc("run '" SE3_SOURCE_DIR "/specs/tiny_mlp.spec' --seed 1 --device cpu -i '" SE3_SOURCE_DIR
                  "/examples/nbody_small.extxyz'", NULL, &out, &err);
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(out, "");
    ck_assert_ptr_nonnull(strstr(err, "uses the graph given by bonds: run it on an SDF file"));
    free(out);
    free(err);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(dir);
}
END_TEST

/* Every file in tests/fuzz/corpus_parse/ (seeds and saved crashers) parses without crashing. */
START_TEST(test_fuzz_corpus_replay)
{
    const char *dir = SE3_SOURCE_DIR "/tests/fuzz/corpus_parse";
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len = 0;
        char *text = tu_read_file(path, &len);
        ck_assert_ptr_nonnull(text);
        compile *c = compile_string(e->d_name, text, len);
        compile_free(c);
        free(text);
        n++;
    }
    closedir(d);
    ck_assert_int_gt(n, 10);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("front");
    TCase *tc;
    tc = tcase_create("golden_errors");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_golden_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("specs");
    tcase_add_test(tc, test_all_specs_check);
    tcase_add_test(tc, test_nbody_structure);
    tcase_add_test(tc, test_qm9_structure);
    tcase_add_test(tc, test_scanobjectnn_z);
    suite_add_tcase(s, tc);
    tc = tcase_create("ir");
    tcase_add_test(tc, test_weight_table);
    tcase_add_test(tc, test_repeat_names);
    tcase_add_test(tc, test_defaults);
    suite_add_tcase(s, tc);
    tc = tcase_create("parser");
    tcase_add_test(tc, test_reentrant);
    tcase_add_test(tc, test_nul_bytes);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_fuzz_corpus_replay);
    suite_add_tcase(s, tc);
    tc = tcase_create("driver");
    tcase_add_test(tc, test_driver_check_summary);
    tcase_add_test(tc, test_driver_errors);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_driver_run_sdf);
    suite_add_tcase(s, tc);
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
