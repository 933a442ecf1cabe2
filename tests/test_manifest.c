/* test_manifest.c - the runtime takes weight offsets, layer widths and the work-buffer size from
 * the manifest and checks them on load: a manifest that does not add up (a wrong offset, width,
 * buffer, ABI version) is refused with SE3RT_ERR_FORMAT and one line naming the weight or layer,
 * before any code is compiled. The manifests are tiny_conv's, edited with cJSON; models are
 * loaded without C source (no backend), so the cases cost no compile, except the last, which
 * checks the generated code against the manifest. */
#include "testutil.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "se3rt_abi.h"
#include "se3rt_model.h"

#define SPEC SE3_SOURCE_DIR "/specs/tiny_conv.spec"

static compile *tiny(void)
{
    pipeline_opts po = PIPELINE_DEFAULTS;
    compile *c = pipeline_compile_file(SPEC, &po);
    ck_assert_int_eq(c->diags.nerrors, 0);
    return c;
}

/* tiny_conv's manifest with `edit` applied to its JSON tree. */
static char *manifest_edited(void (*edit)(cJSON *root))
{
    compile *c = tiny();
    char *json = pipeline_manifest(c);
    compile_free(c);
    cJSON *root = cJSON_Parse(json);
    ck_assert_ptr_nonnull(root);
    free(json);
    if (edit)
        edit(root);
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    return s;
}

static cJSON *item(cJSON *root, const char *arr, int i)
{
    cJSON *a = cJSON_GetObjectItem(root, arr);
    ck_assert_int_gt(cJSON_GetArraySize(a), i);
    return cJSON_GetArrayItem(a, i);
}

static void set_num(cJSON *o, const char *key, double v)
{
    cJSON_DeleteItemFromObject(o, key);
    cJSON_AddNumberToObject(o, key, v);
}

static double num(cJSON *o, const char *key)
{
    return cJSON_GetObjectItem(o, key)->valuedouble;
}

/* Refused: SE3RT_ERR_FORMAT, no model, one line that starts "manifest: " and holds `want`. */
static void expect_refused(void (*edit)(cJSON *root), const char *want)
{
    char *json = manifest_edited(edit);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = (se3rt_model *)1;
    se3rt_status st = se3rt_model_new(ctx, json, NULL, 0, &m);
    const char *msg = se3rt_errmsg(ctx);
    ck_assert_msg(st == SE3RT_ERR_FORMAT, "accepted or wrong status %s: %s", se3rt_status_name(st), msg);
    ck_assert_ptr_null(m);
    ck_assert_msg(strncmp(msg, "manifest: ", 10) == 0 && strstr(msg, want), "message '%s' lacks '%s'", msg, want);
    ck_assert_msg(!strchr(msg, '\n'), "not one line: %s", msg);
    se3rt_ctx_free(ctx);
    free(json);
}

START_TEST(good_manifest_loads_without_source)
{
    char *json = manifest_edited(NULL);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = NULL;
    ck_assert_msg(se3rt_model_new(ctx, json, NULL, 0, &m) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    /* the offsets are the manifest's: packed, in order */
    int64_t off = 0;
    for (int i = 0; i < se3rt_model_nweights(m); i++) {
        ck_assert_int_eq(se3rt_model_weight_offset(m, i), off);
        off += se3rt_model_weight_size(m, i);
    }
    ck_assert_int_eq(off, se3rt_model_nparams(m));
    ck_assert_str_eq(se3rt_model_device(m), "none");
    /* without C source and without a device there is nothing to run on: one line says so */
    ck_assert_int_eq(se3rt_model_init_weights(m, 1), SE3RT_OK);
    int32_t gp[2] = { 0, 5 };
    double pos[15] = { 0, 0, 0, 1, 0, 0, 0, 1.5, 0, 0, 0, 2, 1, 1, 1 }, in[15] = { 0 }, out[64];
    se3rt_batch b = { 1, gp, pos, in, NULL, 0, NULL, NULL, NULL };
    ck_assert_int_eq(se3rt_model_forward(m, &b, out), SE3RT_ERR_INVALID);
    ck_assert_msg(strstr(se3rt_errmsg(ctx), "has no backend"), "%s", se3rt_errmsg(ctx));
    ck_assert_int_eq(se3rt_model_set_device(m, "cpu", NULL, 0), SE3RT_ERR_INVALID);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    free(json);
}
END_TEST

static void e_offset(cJSON *r) { cJSON *w = item(r, "weights", 2); set_num(w, "offset", num(w, "offset") + 1); }
static void e_no_offset(cJSON *r) { cJSON_DeleteItemFromObject(item(r, "weights", 1), "offset"); }
static void e_nparams(cJSON *r) { set_num(r, "nparams", num(r, "nparams") - 1); }
static void e_in_dim(cJSON *r) { cJSON *l = item(r, "layers", 1); set_num(l, "in_dim", num(l, "in_dim") + 3); }
static void e_out_dim(cJSON *r)
{
    cJSON *ls = cJSON_GetObjectItem(r, "layers");
    cJSON *l = cJSON_GetArrayItem(ls, cJSON_GetArraySize(ls) - 1);
    set_num(l, "out_dim", num(l, "out_dim") + 1);
}
static void e_buffer(cJSON *r) { set_num(item(r, "layers", 2), "out_buffer", 1); }
static void e_work(cJSON *r) { set_num(cJSON_GetObjectItem(r, "work"), "row_reals", 2); }
static void e_abi(cJSON *r) { set_num(r, "abi", SE3M_ABI_VERSION + 1); }
static void e_init(cJSON *r)
{
    cJSON *w = item(r, "weights", 0);
    cJSON_DeleteItemFromObject(w, "init");
    cJSON_AddStringToObject(w, "init", "xavier");
}
static void e_source(cJSON *r)
{
    cJSON *f = item(r, "inputs", 0);
    cJSON_DeleteItemFromObject(f, "source");
    cJSON_AddStringToObject(f, "source", "charge");
}

START_TEST(wrong_offset) { expect_refused(e_offset, "has offset"); }
END_TEST
START_TEST(missing_offset) { expect_refused(e_no_offset, "has offset missing or bad"); }
END_TEST
START_TEST(wrong_nparams) { expect_refused(e_nparams, "nparams"); }
END_TEST
START_TEST(wrong_in_dim) { expect_refused(e_in_dim, "layer 'n1' has in_dim"); }
END_TEST
START_TEST(wrong_out_dim) { expect_refused(e_out_dim, "the outputs need"); }
END_TEST
START_TEST(wrong_buffer) { expect_refused(e_buffer, "layer 's1' writes buffer 1"); }
END_TEST
START_TEST(small_work) { expect_refused(e_work, "layer 'c1' writes"); }
END_TEST
START_TEST(wrong_abi) { expect_refused(e_abi, "ABI version"); }
END_TEST
START_TEST(unknown_init) { expect_refused(e_init, "unknown init 'xavier'"); }
END_TEST
START_TEST(unknown_source) { expect_refused(e_source, "unknown source 'charge'"); }
END_TEST

/* The offsets named in the message are the weight's: the second weight's name appears. */
START_TEST(offset_message_names_the_weight)
{
    char *json = manifest_edited(NULL);
    cJSON *root = cJSON_Parse(json);
    const char *name = cJSON_GetObjectItem(item(root, "weights", 2), "name")->valuestring;
    char want[300];
    snprintf(want, sizeof want, "weight '%s' has offset", name);
    expect_refused(e_offset, want);
    cJSON_Delete(root);
    free(json);
}
END_TEST

/* A manifest that adds up but disagrees with the generated C (wider work buffers than the code
 * uses) is refused once the code is loaded. Compiles tiny_conv's C (cached by the other tests). */
static void e_work_wide(cJSON *r)
{
    cJSON *w = cJSON_GetObjectItem(r, "work");
    set_num(w, "row_reals", num(w, "row_reals") + 1);
}

START_TEST(code_disagrees_with_manifest)
{
    compile *c = tiny();
    pipeline_opts po = PIPELINE_DEFAULTS;
    size_t n = 0;
    char *src = pipeline_c_source(c, &po, &n);
    compile_free(c);
    char *json = manifest_edited(e_work_wide);
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = NULL;
    se3rt_status st = se3rt_model_new(ctx, json, src, n, &m);
    ck_assert_msg(st == SE3RT_ERR_FORMAT && strstr(se3rt_errmsg(ctx), "work reals per row"), "%s: %s",
                  se3rt_status_name(st), se3rt_errmsg(ctx));
    ck_assert_ptr_null(m);
    se3rt_ctx_free(ctx);
    free(json);
    free(src);
}
END_TEST

/* The precision is an option of the first stage: every later stage (C, CUDA, manifest) sees it,
 * and a compile without it keeps the spec's (tiny_conv says f64). */
START_TEST(precision_is_an_input_to_lowering)
{
    pipeline_opts f32 = { .prec = PREC_F32 }, spec = PIPELINE_DEFAULTS;
    compile *c = pipeline_compile_file(SPEC, &f32), *d = pipeline_compile_file(SPEC, &spec);
    ck_assert_int_eq(c->diags.nerrors + d->diags.nerrors, 0);
    ck_assert_int_eq(c->m->prec, PREC_F32);
    ck_assert_int_eq(d->m->prec, PREC_F64);
    char *json = pipeline_manifest(c), *src = pipeline_c_source(c, &f32, NULL), *cu = pipeline_cuda_source(c, NULL, NULL);
    ck_assert_ptr_nonnull(strstr(json, "\"precision\":\t\"f32\""));
    ck_assert_ptr_nonnull(strstr(src, "typedef float se3_real;"));
    ck_assert_ptr_nonnull(strstr(cu, "typedef float se3_real;"));
    free(json);
    free(src);
    free(cu);
    json = pipeline_manifest(d);
    ck_assert_ptr_nonnull(strstr(json, "\"precision\":\t\"f64\""));
    free(json);
    /* the trainer's path: the same text again at another precision */
    compile *e = pipeline_recompile(d, &f32);
    ck_assert_int_eq(e->diags.nerrors, 0);
    ck_assert_int_eq(e->m->prec, PREC_F32);
    compile_free(e);
    compile_free(c);
    compile_free(d);
    ck_assert_int_eq(pipeline_prec("f32"), PREC_F32);
    ck_assert_int_eq(pipeline_prec(""), -1);
    ck_assert_int_eq(pipeline_prec("f16"), -2);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("manifest");
    TCase *t = tcase_create("manifest");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, good_manifest_loads_without_source);
    tcase_add_test(t, wrong_offset);
    tcase_add_test(t, missing_offset);
    tcase_add_test(t, wrong_nparams);
    tcase_add_test(t, wrong_in_dim);
    tcase_add_test(t, wrong_out_dim);
    tcase_add_test(t, wrong_buffer);
    tcase_add_test(t, small_work);
    tcase_add_test(t, wrong_abi);
    tcase_add_test(t, unknown_init);
    tcase_add_test(t, unknown_source);
    tcase_add_test(t, offset_message_names_the_weight);
    tcase_add_test(t, code_disagrees_with_manifest);
    tcase_add_test(t, precision_is_an_input_to_lowering);
    suite_add_tcase(s, t);
    Suite *suites[] = { s, NULL };
    return tu_run_suites(suites);
}
