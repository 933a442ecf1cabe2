/* test_train.c - `se3tc train` (docs/training.md): a short N-body run on the default data
 * that beats the linear baseline on held-out data with exact equivariance, resume that is
 * bit-identical to a straight run, a SIGTERM checkpoint, and bad command lines and data. */
#define _POSIX_C_SOURCE 200809L
#include <cjson/cJSON.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "se3rt_io.h"
#include "testutil.h"

#define SPECS SE3_SOURCE_DIR "/specs/"

static char *g_data;   /* folder with the default N-body data set, made once */

static const char *nbody_data(void)
{
    if (!g_data) {
        g_data = tu_tmpdir();
        char *out = NULL, *err = NULL;
        int rc = tu_se3tcf(&out, &err, "nbody generate -o '%s' --pairs --init uniform --walls 0", g_data); /* the older pair format */
        ck_assert_msg(rc == 0, "nbody generate: %s", err);
        free(out);
        free(err);
    }
    return g_data;
}

/* A number from metrics.json. */
static double metric(const char *json, const char *key)
{
    cJSON *j = cJSON_Parse(json);
    ck_assert_msg(j != NULL, "metrics.json is not JSON:\n%s", json);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, key);
    ck_assert_msg(cJSON_IsNumber(v), "metrics lack %s:\n%s", key, json);
    double d = v->valuedouble;
    cJSON_Delete(j);
    return d;
}

/* The bar: a short run on the default data beats the paper's linear baseline on the
 * held-out set, keeps exact equivariance, and writes its curves and checkpoint. */
START_TEST(test_train_beats_linear_baseline)
{
    const char *data = nbody_data();
    char *ck = tu_tmpdir(), *out = NULL, *err = NULL;
    int rc = tu_se3tcf(&out, &err,
                 "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' "
                 "--steps 400 --batch 16 --normalize --eval-every 200 --eval-frames 50 --threads 2",
                 data, data, ck);
    ck_assert_msg(rc == 0, "train: exit %d\n%s", rc, err);
    char path[4200];
    snprintf(path, sizeof path, "%s/metrics.json", ck);
    char *json = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(json);
    double mse_x = metric(json, "mse_x"), lin_x = metric(json, "linear_mse_x"), zero_x = metric(json, "zero_mse_x");
    double mse_v = metric(json, "mse_v"), zero_v = metric(json, "zero_mse_v"), eq = metric(json, "equivariance_error");
    ck_assert_msg(mse_x < lin_x, "mse_x %g does not beat the linear baseline %g", mse_x, lin_x);
    ck_assert_msg(lin_x < zero_x, "linear baseline %g vs zero %g", lin_x, zero_x);
    ck_assert_double_eq_tol(metric(json, "linear_mse_v"), zero_v, 1e-12);
    ck_assert_msg(mse_v < metric(json, "linear_mse_v"), "mse_v %g does not beat the linear baseline", mse_v);
    ck_assert_msg(eq < 1e-5, "equivariance error %g", eq);
    free(json);
    const char *files[] = { "weights.safetensors", "checkpoint-000400/optimizer.safetensors", "loss.csv", "loss.svg",
                            "checkpoint-000400/state.json" };
    for (int i = 0; i < 5; i++) {
        struct stat sb;
        snprintf(path, sizeof path, "%s/%s", ck, files[i]);
        ck_assert_msg(stat(path, &sb) == 0 && sb.st_size > 0, "%s missing", path);
    }
    snprintf(path, sizeof path, "%s/loss.csv", ck);
    char *csv = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(strstr(csv, "step,lr,train_loss,test_loss,grad_norm,wall_s,valid_loss\n1,"));
    ck_assert_ptr_nonnull(strstr(csv, "\n400,"));
    free(csv);
    snprintf(path, sizeof path, "%s/loss.svg", ck);
    char *svg = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(strstr(svg, "<svg"));
    ck_assert_ptr_nonnull(strstr(svg, "<polyline"));
    ck_assert_ptr_nonnull(strstr(svg, "</svg>"));
    free(svg);
    free(out);
    free(err);
    free(ck);
}
END_TEST

static char *file_bytes(const char *dir, const char *name, size_t *len)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *s = tu_read_file(path, len);
    ck_assert_msg(s != NULL, "%s missing", path);
    return s;
}

/* Copy DIR_FROM/NAME to DIR_TO/NAME, bytes as they are. */
static void copy_file(const char *from, const char *to, const char *name)
{
    size_t len;
    char *bytes = file_bytes(from, name, &len), path[4200];
    snprintf(path, sizeof path, "%s/%s", to, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(bytes, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
    free(bytes);
}

/* Stopping at step 3 and resuming gives the same weights, bit for bit, as 6 steps straight. */
START_TEST(test_train_resume_is_exact)
{
    const char *data = nbody_data();
    char *a = tu_tmpdir(), *b = tu_tmpdir(), *out = NULL, *err = NULL;
    const char *common = "--batch 8 --eval-every 3 --eval-frames 5 --threads 2";
    int rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
                 "-o '%s' --steps 6 %s", data, data, a, common);
    ck_assert_msg(rc == 0, "%s", err);
    free(out);
    free(err);
    rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
             "-o '%s' --steps 6 --stop-at 3 %s", data, data, b, common);
    ck_assert_msg(rc == 0 && strstr(err, "stopped at step 3"), "%s", err);
    free(out);
    free(err);
    /* weights of step 6 beside an optimiser state of step 3 in one checkpoint folder (only a
     * hand can put them there): --resume refuses to guess */
    char *c = tu_tmpdir(), a6[4300], b3[4300], c6[4300];
    snprintf(a6, sizeof a6, "%s/checkpoint-000006", a);
    snprintf(b3, sizeof b3, "%s/checkpoint-000003", b);
    snprintf(c6, sizeof c6, "%s/checkpoint-000006", c);
    ck_assert_int_eq(mkdir(c6, 0777), 0);
    copy_file(a6, c6, "weights.safetensors");
    copy_file(a6, c6, "state.json");
    copy_file(b3, c6, "optimizer.safetensors");
    rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
             "-o '%s' --steps 6 --resume --quiet %s", data, data, c, common);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "is from step 6 but") && strstr(err, "from step 3") &&
                      strchr(err, '\n') == err + strlen(err) - 1, "%s", err);
    free(out);
    free(err);
    free(c);
    rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
             "-o '%s' --steps 6 --resume %s", data, data, b, common);
    ck_assert_msg(rc == 0 && strstr(err, "resuming at step 3"), "%s", err);
    free(out);
    free(err);
    size_t la, lb;
    char *wa = file_bytes(a, "weights.safetensors", &la), *wb = file_bytes(b, "weights.safetensors", &lb);
    ck_assert_msg(la == lb && memcmp(wa, wb, la) == 0, "resumed weights differ from a straight run");
    free(wa);
    free(wb);
    /* the optimiser files differ in their wall-time metadata only */
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_st *sa = NULL, *sb = NULL;
    char pa[4200], pb[4200];
    snprintf(pa, sizeof pa, "%s/checkpoint-000006/optimizer.safetensors", a);
    snprintf(pb, sizeof pb, "%s/checkpoint-000006/optimizer.safetensors", b);
    ck_assert_int_eq(se3rt_st_read(ctx, pa, &sa), SE3RT_OK);
    ck_assert_int_eq(se3rt_st_read(ctx, pb, &sb), SE3RT_OK);
    ck_assert_int_eq(sa->ntensors, 3);
    ck_assert_int_eq(sb->ntensors, 3);
    for (size_t i = 0; i < 3; i++) {
        ck_assert_str_eq(sa->tensors[i].name, sb->tensors[i].name);
        ck_assert_int_eq(sa->tensors[i].numel, sb->tensors[i].numel);
        ck_assert_msg(memcmp(sa->tensors[i].data, sb->tensors[i].data, sa->tensors[i].numel * sizeof(double)) == 0,
                      "resumed optimiser state %s differs", sa->tensors[i].name);
    }
    ck_assert_double_eq(se3rt_st_find(sa, "adam.t")->data[0], 6);
    se3rt_st_free(sa);
    se3rt_st_free(sb);
    se3rt_ctx_free(ctx);
    /* the curves hold each step once */
    char *csv = file_bytes(b, "loss.csv", NULL);
    int lines = 0;
    for (const char *p = csv; *p; p++)
        lines += *p == '\n';
    ck_assert_int_eq(lines, 7);
    free(csv);
    free(a);
    free(b);
}
END_TEST

/* SIGTERM during training: a checkpoint of the last finished step, exit 128 + 15. */
START_TEST(test_train_sigterm_checkpoints)
{
    const char *data = nbody_data();
    char *ck = tu_tmpdir();
    int errp[2];
    ck_assert_int_eq(pipe(errp), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(errp[1], 2);
        close(errp[0]);
        char tr[4200], te[4200];
        snprintf(tr, sizeof tr, "%s/train.extxyz", data);
        snprintf(te, sizeof te, "%s/test.extxyz", data);
        execl(SE3TC_EXE, "se3tc", "train", SPECS "nbody_se3.spec", "--train", tr, "--test", te, "-o", ck, "--steps",
              "100000", "--batch", "4", "--log-every", "1", "--eval-every", "100000", "--threads", "1", (char *)NULL);
        _exit(127);
    }
    close(errp[1]);
    FILE *f = fdopen(errp[0], "r");
    char line[1024];
    int seen = 0;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "step 2/", 7) == 0) {
            seen = 1;
            kill(pid, SIGTERM);
            break;
        }
    char rest[4096] = "";
    size_t nr = fread(rest, 1, sizeof rest - 1, f);
    rest[nr] = 0;
    fclose(f);
    int status;
    waitpid(pid, &status, 0);
    ck_assert_msg(seen, "no progress line seen");
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 143, "status %d: %s", status, rest);
    ck_assert_msg(strstr(rest, "terminated: checkpoint of step"), "%s", rest);
    char path[4200];
    snprintf(path, sizeof path, "%s/weights.safetensors", ck);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    free(ck);
}
END_TEST

START_TEST(test_train_bad_input)
{
    const char *data = nbody_data();
    char *ck = tu_tmpdir(), *out = NULL, *err = NULL;
    /* a target the data lacks: tiny_attention's outputs e and f are no properties of the file */
    int rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
                 "-o '%s' --targets dx,nope --quiet", data, data, ck);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "target 'nope' is not an output") && strchr(err, '\n') == err + strlen(err) - 1, "%s",
                  err);
    free(out);
    free(err);
    rc = tu_se3tcf(&out, &err, "train '" SPECS "tiny_attention.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
             "-o '%s' --quiet", data, data, ck);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "missing per-atom property 's'") && strchr(err, '\n') == err + strlen(err) - 1, "%s",
                  err);
    free(out);
    free(err);
    rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/train.extxyz' --test '%s/test.extxyz' "
             "-o '%s' --resume", data, data, ck);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "no checkpoint"), "%s", err);
    free(out);
    free(err);
    const char *bad[] = { "--steps 0", "--lr -1", "--loss l3", "--precision f16", "--batch x" };
    for (int i = 0; i < 5; i++) {
        rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train a --test b -o '%s' %s", ck, bad[i]);
        ck_assert_msg(rc == 2 && strchr(err, '\n') == err + strlen(err) - 1, "%s: exit %d, %s", bad[i], rc, err);
        free(out);
        free(err);
    }
    rc = tu_se3tcf(&out, &err, "train '" SPECS "nbody_se3.spec' --train '%s/nothere.extxyz' --test x -o '%s'", data, ck);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "nothere.extxyz"), "%s", err);
    free(out);
    free(err);
    free(ck);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("train");
    TCase *t = tcase_create("train");
    tcase_set_timeout(t, 900);
    /* the long tier: a 400-step N-body run; the default tier: short runs (under sanitizers, where
     * they take far too long, only the command-line checks) */
    if (tu_tier_long()) {
        tcase_add_test(t, test_train_beats_linear_baseline);
        suite_add_tcase(s, t);
        Suite *all[] = { s, NULL };
        return tu_run_suites(all);
    }
    if (!getenv("SE3_TEST_QUICK")) {
        tcase_add_test(t, test_train_resume_is_exact);
        tcase_add_test(t, test_train_sigterm_checkpoints);
    }
    tcase_add_test(t, test_train_bad_input);
    suite_add_tcase(s, t);
    Suite *all[] = { s, NULL };
    int rc = tu_run_suites(all);
    return rc;
}
