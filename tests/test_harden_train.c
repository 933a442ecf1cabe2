/* test_harden_train.c - `se3tc train` never loses a run (docs/training.md, issue 9): repeated
 * SIGINTs still checkpoint, kill -9 at any instant leaves a checkpoint --resume takes, the options
 * that change the result are checked on --resume, a used folder is refused and a running one
 * locked, metrics.json is JSON whatever the spec path holds, and a batch that cannot fit in
 * memory is refused before anything is allocated. All on specs/tiny_attention.spec and a few
 * frames of 4 atoms. */
#define _POSIX_C_SOURCE 200809L
#include <cjson/cJSON.h>
#include <dirent.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "se3rt_io.h"
#include "testutil.h"

#define SPEC SE3_SOURCE_DIR "/specs/tiny_attention.spec"

/* Frames for tiny_attention (inputs s: 2x0, v: 1x1; targets e: 1x0, f: 1x1), 4 atoms each. */
static void write_frames(const char *path, int nframes, unsigned seed)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int k = 0; k < nframes; k++) {
        fprintf(f, "4\nProperties=species:S:1:pos:R:3:s:R:2:v:R:3:e:R:1:f:R:3\n");
        for (int a = 0; a < 4; a++) {
            fprintf(f, "H");
            for (int c = 0; c < 12; c++) {
                seed = seed * 1103515245u + 12345u;
                fprintf(f, " %.4f", (double)((seed >> 8) % 2000) / 1000.0 - 1.0);
            }
            fprintf(f, "\n");
        }
    }
    ck_assert_int_eq(fclose(f), 0);
}

static char *g_data; /* folder with train.extxyz and test.extxyz */

static const char *data(void)
{
    if (!g_data) {
        g_data = tu_tmpdir();
        char p[4200];
        snprintf(p, sizeof p, "%s/train.extxyz", g_data);
        write_frames(p, 8, 1);
        snprintf(p, sizeof p, "%s/test.extxyz", g_data);
        write_frames(p, 4, 2);
    }
    return g_data;
}

/* The entries of a folder, space-separated and sorted ("" when empty). */
static char *listing(const char *dir)
{
    struct dirent **ents;
    int n = scandir(dir, &ents, NULL, alphasort);
    ck_assert_int_ge(n, 0);
    char *s = calloc(1, 8192);
    for (int i = 0; i < n; i++) {
        if (strcmp(ents[i]->d_name, ".") != 0 && strcmp(ents[i]->d_name, "..") != 0) {
            strcat(s, *s ? " " : "");
            strncat(s, ents[i]->d_name, 8192 - strlen(s) - 2);
        }
        free(ents[i]);
    }
    free(ents);
    return s;
}

/* The step of CKPT's one checkpoint folder; fails unless there is exactly one, with all four
 * files of the same step, and nothing temporary in CKPT or in it. */
static long checkpoint_step(const char *ck)
{
    char *ls = listing(ck);
    ck_assert_msg(!strstr(ls, ".tmp."), "temporaries left in %s: %s", ck, ls);
    const char *p = strstr(ls, "checkpoint-");
    ck_assert_msg(p && !strstr(p + 1, "checkpoint-"), "not exactly one checkpoint in %s: %s", ck, ls);
    long step = strtol(p + strlen("checkpoint-"), NULL, 10);
    char dir[4300];
    snprintf(dir, sizeof dir, "%s/checkpoint-%06ld", ck, step);
    char *in = listing(dir);
    ck_assert_msg(strcmp(in, "loss.csv optimizer.safetensors state.json weights.safetensors") == 0, "%s: %s", dir, in);
    /* weights, optimiser state and state.json are of one step */
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const char *files[2] = { "weights.safetensors", "optimizer.safetensors" };
    for (int i = 0; i < 2; i++) {
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        se3rt_st *st = NULL;
        ck_assert_msg(se3rt_st_read(ctx, path, &st) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
        long ms = -1;
        for (size_t k = 0; k < st->nmeta; k++)
            if (strcmp(st->meta[k].key, "step") == 0)
                ms = strtol(st->meta[k].value, NULL, 10);
        ck_assert_int_eq(ms, step);
        if (i == 1)
            ck_assert_double_eq(se3rt_st_find(st, "adam.t")->data[0], (double)step);
        se3rt_st_free(st);
    }
    se3rt_ctx_free(ctx);
    char path[4400];
    snprintf(path, sizeof path, "%s/state.json", dir);
    char *text = tu_read_file(path, NULL);
    cJSON *j = cJSON_Parse(text);
    ck_assert_ptr_nonnull(j);
    ck_assert_double_eq(cJSON_GetObjectItem(j, "step")->valuedouble, (double)step);
    cJSON_Delete(j);
    free(text);
    free(in);
    free(ls);
    return step;
}

/* A trainer running in the background with its stderr on a pipe. */
typedef struct trainer {
    pid_t pid;
    FILE *err;
} trainer;

static trainer start(const char *ck, const char *extra)
{
    const char *d = data();
    char args[8192];
    snprintf(args, sizeof args,
             "exec '%s' train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 1000000 "
             "--batch 2 --threads 1 --log-every 1 --eval-every 1000000 --checkpoint-every 1 %s",
             SE3TC_EXE, d, d, ck, extra);
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    trainer t;
    t.pid = fork();
    ck_assert_int_ge(t.pid, 0);
    if (t.pid == 0) {
        dup2(p[1], 2);
        close(p[0]);
        close(p[1]);
        execl("/bin/sh", "sh", "-c", args, (char *)NULL);
        _exit(127);
    }
    close(p[1]);
    t.err = fdopen(p[0], "r");
    return t;
}

/* Read stderr until a line starting with `prefix`; the lines read go to log. */
static int wait_line(trainer *t, const char *prefix, char *log, size_t n)
{
    char line[1024];
    while (fgets(line, sizeof line, t->err)) {
        strncat(log, line, n - strlen(log) - 1);
        if (strncmp(line, prefix, strlen(prefix)) == 0)
            return 1;
    }
    return 0;
}

/* The rest of stderr, then the exit status. */
static int finish(trainer *t, char *log, size_t n)
{
    char line[1024];
    while (fgets(line, sizeof line, t->err))
        strncat(log, line, n - strlen(log) - 1);
    fclose(t->err);
    int status;
    ck_assert_int_eq(waitpid(t->pid, &status, 0), t->pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void sleep_us(long us)
{
    struct timespec ts = { us / 1000000, (us % 1000000) * 1000 };
    nanosleep(&ts, NULL);
}

/* --resume continues from the checkpoint of `step` for one more step and exits 0. */
static void resume_one_step(const char *ck, long step)
{
    const char *d = data();
    char *err = NULL;
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume "
                       "--stop-at %ld --checkpoint-every 1 --eval-frames 1",
                 d, d, ck, step + 1);
    char want[64];
    snprintf(want, sizeof want, "resuming at step %ld of 1000000", step);
    ck_assert_msg(rc == 0 && strstr(err, want), "resume of step %ld: exit %d\n%s", step, rc, err);
    free(err);
    ck_assert_int_eq(checkpoint_step(ck), step + 1);
}

/* Two SIGINTs 1-10 ms apart (the issue: the second killed the trainer with no checkpoint): a
 * message, exit 130, one complete checkpoint that --resume takes. Three stop at once, with a
 * message, and the last complete checkpoint still resumes. */
START_TEST(test_two_sigints_checkpoint)
{
    srand((unsigned)time(NULL));
    for (int round = 0; round < 4; round++) {
        char *ck = tu_tmpdir(), log[16384] = "";
        trainer t = start(ck, "");
        ck_assert_msg(wait_line(&t, "step 3/", log, sizeof log), "no progress:\n%s", log);
        const int nsig = round < 3 ? 2 : 3;
        for (int k = 0; k < nsig; k++) {
            kill(t.pid, SIGINT);
            if (k + 1 < nsig)
                sleep_us(1000 + (long)(rand() % 9000));
        }
        int rc = finish(&t, log, sizeof log);
        ck_assert_msg(rc == 130, "round %d: exit %d\n%s", round, rc, log);
        ck_assert_msg(strstr(log, "se3tc train: interrupted: a checkpoint follows this step"), "%s", log);
        if (nsig == 2)
            ck_assert_msg(strstr(log, "se3tc train: interrupted: checkpoint of step"), "%s", log);
        else
            ck_assert_msg(strstr(log, "stopped at once") || strstr(log, "checkpoint of step"), "%s", log);
        long step = checkpoint_step(ck);
        ck_assert_int_ge(step, 3);
        resume_one_step(ck, step);
        free(ck);
    }
}
END_TEST

/* kill -9 at random instants of a run that checkpoints every step (so most kills land inside a
 * checkpoint): every time, --resume starts from one consistent step, and no temporary is left
 * once a run has resumed. */
START_TEST(test_kill9_resumes)
{
    srand((unsigned)time(NULL) ^ 0x9e37u);
    char *ck = tu_tmpdir(), *err = NULL;
    const char *d = data();
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 1000000 "
                       "--batch 2 --threads 1 --stop-at 1 --eval-frames 1 --quiet", d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    long last = checkpoint_step(ck);
    for (int round = 0; round < 12; round++) {
        char log[16384] = "", want[64];
        trainer t = start(ck, "--resume");
        snprintf(want, sizeof want, "se3tc train: resuming at step %ld ", last);
        ck_assert_msg(wait_line(&t, "step ", log, sizeof log), "round %d: no progress:\n%s", round, log);
        ck_assert_msg(strstr(log, want), "round %d: expected '%s':\n%s", round, want, log);
        sleep_us((long)(rand() % 60000));
        kill(t.pid, SIGKILL);
        rc = finish(&t, log, sizeof log);
        ck_assert_int_eq(rc, 128 + SIGKILL);
        /* what a kill leaves: the last committed checkpoint and maybe one or two (the old
         * folder, a temporary) that the next start cleans */
        struct dirent **ents;
        int n = scandir(ck, &ents, NULL, alphasort);
        long newest = -1;
        for (int i = 0; i < n; i++) {
            long s;
            char tail;
            if (sscanf(ents[i]->d_name, "checkpoint-%ld%c", &s, &tail) == 1 && s > newest)
                newest = s;
            free(ents[i]);
        }
        free(ents);
        ck_assert_msg(newest >= last, "round %d: the checkpoint went back from %ld to %ld", round, last, newest);
        last = newest;
    }
    resume_one_step(ck, last);
    free(ck);
}
END_TEST

/* --resume refuses every option that changes the result when given another value, names it
 * and both values; takes the recorded ones when not given; lets the others change. */
START_TEST(test_resume_options)
{
    const char *d = data();
    char *ck = tu_tmpdir(), *err = NULL;
    const char *common = "--quiet --eval-frames 1";
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 8 "
                       "--batch 2 --threads 1 --stop-at 2 %s", d, d, ck, common);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    const struct {
        const char *opt, *a, *b;
    } refused[] = {
        { "--seed 2", "--seed 2", "--seed 1" },     { "--steps 16", "--steps 16", "--steps 8" },
        { "--batch 3", "--batch 3", "--batch 2" },  { "--lr 0.002", "--lr 0.002", "--lr 0.001" },
        { "--lr-end 0", "--lr-end 0", "--lr-end 0.0001" }, { "--clip 1", "--clip 1", "--clip 0" },
        { "--loss l1", "--loss 'l1'", "--loss 'mse'" }, { "--targets e", "--targets 'e'", "--targets '(all)'" },
        { "--precision f32", "--precision 'f32'", "--precision 'f64'" }, { "--normalize", "--normalize", "not given" },
    };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume %s %s", d,
                 d, ck, refused[i].opt, common);
        ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, refused[i].a) && strstr(err, refused[i].b),
                      "%s: exit %d: %s", refused[i].opt, rc, err);
        free(err);
    }
    /* other training data, another spec text: refused too */
    char path[4200];
    snprintf(path, sizeof path, "%s/other.extxyz", d);
    write_frames(path, 8, 3);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s' --test '%s/test.extxyz' -o '%s' --resume %s", path, d, ck, common);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "--train") && strstr(err, "other.extxyz"), "%s", err);
    free(err);
    char *spec = tu_read_file(SPEC, NULL), *sdir = tu_tmpdir(), spath[4300];
    char *s2 = malloc(strlen(spec) + 16);
    sprintf(s2, "%s# edited\n", spec);
    snprintf(spath, sizeof spath, "%s/tiny_attention.spec", sdir);
    ck_assert_int_eq(tu_write_file(spath, s2), 0);
    rc = tu_se3tc_err(&err, "train '%s' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume %s", spath, d, d, ck,
             common);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "spec") && strstr(err, spath), "%s", err);
    free(err);
    /* nothing was touched by the refusals */
    ck_assert_int_eq(checkpoint_step(ck), 2);
    /* allowed: another thread count, test set, metrics file, evaluation and checkpoint cadence;
     * the unchanged spec text from another path; the recorded options fill in the rest */
    snprintf(spath, sizeof spath, "%s/copy.spec", sdir);
    ck_assert_int_eq(tu_write_file(spath, spec), 0);
    char mpath[4300];
    snprintf(mpath, sizeof mpath, "%s/m.json", sdir);
    rc = tu_se3tc_err(&err, "train '%s' --train '%s/train.extxyz' --test '%s/train.extxyz' -o '%s' --resume --threads 2 "
                   "--eval-every 1 --checkpoint-every 1 --log-every 1 --metrics '%s' --stop-at 3 --eval-frames 2",
             spath, d, d, ck, mpath);
    ck_assert_msg(rc == 0 && strstr(err, "resuming at step 2 of 8") && strstr(err, "note: --threads 2"), "%s", err);
    free(err);
    ck_assert_int_eq(checkpoint_step(ck), 3);
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume %s", d, d, ck,
             common);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    ck_assert_int_eq(checkpoint_step(ck), 8);
    snprintf(path, sizeof path, "%s/metrics.json", ck);
    char *text = tu_read_file(path, NULL);
    cJSON *j = cJSON_Parse(text);
    ck_assert_ptr_nonnull(j);
    ck_assert_double_eq(cJSON_GetObjectItem(j, "steps")->valuedouble, 8);
    ck_assert_double_eq(cJSON_GetObjectItem(j, "batch")->valuedouble, 2);
    ck_assert_double_eq(cJSON_GetObjectItem(j, "threads")->valuedouble, 2); /* the last session's, recorded */
    cJSON_Delete(j);
    free(text);
    free(spec);
    free(s2);
    free(sdir);
    free(ck);
}
END_TEST

/* A new run into a folder that holds anything is refused (and leaves it as it was); --overwrite
 * replaces a run; a second trainer on a folder in use gets a one-line error. */
/* --resume of a finished run publishes the same checkpoint again: CKPT/weights.safetensors is
 * already a hard link of its file, rename() of two links to one file is a no-op that succeeds,
 * and the hard-linked temporaries stayed (loss.csv.tmp.PID, weights.safetensors.tmp.PID). */
START_TEST(test_resume_finished_no_temporaries)
{
    const char *d = data();
    char *ck = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 2 "
                       "--batch 2 --threads 1 --quiet --eval-frames 1", d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    for (int i = 0; i < 2; i++) {
        rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --quiet",
                 d, d, ck);
        ck_assert_msg(rc == 0, "%s", err);
        free(err);
        ck_assert_int_eq(checkpoint_step(ck), 2);
    }
    free(ck);
}
END_TEST

/* --resume --stop-at N with N not after the checkpoint's step: once ignored (the stop test was
 * done_steps == N), so the run went on to --steps; now refused, the checkpoint untouched. */
START_TEST(test_resume_stop_at_behind)
{
    const char *d = data();
    char *ck = tu_tmpdir(), *err = NULL;
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 8 "
                       "--batch 2 --threads 1 --quiet --eval-frames 1 --stop-at 3", d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    for (long at = 1; at <= 3; at++) {
        rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --quiet "
                       "--stop-at %ld", d, d, ck, at);
        ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "--stop-at"), "--stop-at %ld: exit %d: %s", at, rc, err);
        free(err);
        ck_assert_int_eq(checkpoint_step(ck), 3);
    }
    free(ck);
}
END_TEST

START_TEST(test_folder_refused_and_locked)
{
    const char *d = data();
    char *ck = tu_tmpdir(), *err = NULL, path[4300];
    snprintf(path, sizeof path, "%s/notes.txt", ck);
    ck_assert_int_eq(tu_write_file(path, "mine\n"), 0);
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 2 --quiet",
                 d, d, ck);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, ck) && strstr(err, "not empty") && strstr(err, "--overwrite"),
                  "exit %d: %s", rc, err);
    free(err);
    char *ls = listing(ck);
    ck_assert_str_eq(ls, "notes.txt");
    free(ls);
    unlink(path);
    const char *run2 = "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps %d "
                       "--batch 2 --threads 1 --eval-frames 1 --quiet %s";
    rc = tu_se3tc_err(&err, run2, d, d, ck, 3, "");
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    ck_assert_int_eq(checkpoint_step(ck), 3);
    /* an older se3tc's layout (weights and optimizer at the top, no state): it resumes with a
     * note, and the first checkpoint replaces the layout */
    char *old = tu_tmpdir(), from[4400], to[4400];
    const char *names[3] = { "weights.safetensors", "optimizer.safetensors", "loss.csv" };
    for (int i = 0; i < 3; i++) {
        size_t len;
        snprintf(from, sizeof from, "%s/checkpoint-000003/%s", ck, names[i]);
        snprintf(to, sizeof to, "%s/%s", old, names[i]);
        char *bytes = tu_read_file(from, &len);
        FILE *f = fopen(to, "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_uint_eq(fwrite(bytes, 1, len, f), len);
        ck_assert_int_eq(fclose(f), 0);
        free(bytes);
    }
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --resume --steps 4 "
                   "--batch 2 --threads 1 --eval-frames 1", d, d, old);
    ck_assert_msg(rc == 0 && strstr(err, "older se3tc") && strstr(err, "resuming at step 3 of 4"), "%s", err);
    free(err);
    ck_assert_int_eq(checkpoint_step(old), 4);
    ls = listing(old);
    ck_assert_str_eq(ls, "checkpoint-000004 loss.csv loss.svg metrics.json weights.safetensors");
    free(ls);
    free(old);
    rc = tu_se3tc_err(&err, run2, d, d, ck, 2, "");
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "holds a training run"), "exit %d: %s", rc, err);
    free(err);
    ck_assert_int_eq(checkpoint_step(ck), 3);
    rc = tu_se3tc_err(&err, run2, d, d, ck, 2, "--resume --overwrite");
    ck_assert_msg(rc == 2 && tu_one_line(err), "exit %d: %s", rc, err);
    free(err);
    rc = tu_se3tc_err(&err, run2, d, d, ck, 2, "--overwrite");
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    ck_assert_int_eq(checkpoint_step(ck), 2);
    /* the lock: a second trainer (new or resuming) on the folder a running one uses */
    char log[16384] = "";
    trainer t = start(ck, "--overwrite");
    ck_assert_msg(wait_line(&t, "step 2/", log, sizeof log), "no progress:\n%s", log);
    const char *second[] = { "--overwrite", "--resume", "" };
    for (int i = 0; i < 3; i++) {
        rc = tu_se3tc_err(&err, run2, d, d, ck, 5, second[i]);
        ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, ck) && strstr(err, "in use"), "%s: exit %d: %s",
                      second[i], rc, err);
        free(err);
    }
    kill(t.pid, SIGTERM);
    rc = finish(&t, log, sizeof log);
    ck_assert_msg(rc == 143 && strstr(log, "terminated: checkpoint of step"), "exit %d\n%s", rc, log);
    checkpoint_step(ck);
    /* -o naming a file */
    rc = tu_se3tc_err(&err, run2, d, d, SPEC, 2, "");
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "not a folder"), "exit %d: %s", rc, err);
    free(err);
    free(ck);
}
END_TEST

/* A spec path holding " < & and a control character: metrics.json and state.json parse as JSON
 * and give the path back; the SVG title is escaped. */
START_TEST(test_metrics_json_escaped)
{
    const char *d = data();
    char *top = tu_tmpdir(), dir[4300], spath[4400], ck[4300];
    snprintf(dir, sizeof dir, "%s/we\"ird<&dir\x01", top);
    ck_assert_int_eq(mkdir(dir, 0777), 0);
    snprintf(spath, sizeof spath, "%s/tiny.spec", dir);
    char *spec = tu_read_file(SPEC, NULL);
    ck_assert_int_eq(tu_write_file(spath, spec), 0);
    free(spec);
    snprintf(ck, sizeof ck, "%s/ck", top);
    char *err = NULL;
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --steps 2 --batch 2 "
                       "--threads 1 --eval-frames 1 --quiet", spath, d, d, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
    char want[4400];
    snprintf(want, sizeof want, "%s/we\"ird<&dir?/tiny.spec", top); /* the control character shown as ? */
    const char *files[2] = { "metrics.json", "checkpoint-000002/state.json" };
    for (int i = 0; i < 2; i++) {
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", ck, files[i]);
        char *text = tu_read_file(path, NULL);
        ck_assert_ptr_nonnull(text);
        cJSON *j = cJSON_Parse(text);
        ck_assert_msg(j != NULL, "%s is not JSON:\n%s", files[i], text);
        ck_assert_str_eq(cJSON_GetObjectItem(j, "spec")->valuestring, want);
        if (i == 0)
            ck_assert_msg(cJSON_IsNumber(cJSON_GetObjectItem(j, "test_loss")), "%s", text);
        cJSON_Delete(j);
        free(text);
    }
    char path[4400];
    snprintf(path, sizeof path, "%s/loss.svg", ck);
    char *svg = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(strstr(svg, "we&quot;ird&lt;&amp;dir?/tiny.spec"));
    ck_assert_ptr_null(strstr(svg, "ird<"));
    free(svg);
    free(top);
}
END_TEST

/* A batch that cannot fit is refused at once with the need and the limit; numbers that are not
 * plain whole numbers are refused; nothing is written. */
START_TEST(test_batch_memory)
{
    const char *d = data();
    char *ck = tu_tmpdir(), *err = NULL;
    /* "at once": se3tc's CPU seconds (getrusage of the finished children), which a loaded
     * machine does not inflate as it does wall time */
    struct rusage r0, r1;
    getrusage(RUSAGE_CHILDREN, &r0);
    int rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --batch 1000000000",
                 d, d, ck);
    getrusage(RUSAGE_CHILDREN, &r1);
    const double el = (double)(r1.ru_utime.tv_sec - r0.ru_utime.tv_sec + r1.ru_stime.tv_sec - r0.ru_stime.tv_sec) +
                      1e-6 * (double)(r1.ru_utime.tv_usec - r0.ru_utime.tv_usec + r1.ru_stime.tv_usec - r0.ru_stime.tv_usec);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "--batch 1000000000") && strstr(err, "needs about") &&
                      strstr(err, "iB of memory, more than the") && (strstr(err, "physical memory") || strstr(err, "ulimit")),
                  "exit %d: %s", rc, err);
    ck_assert_msg(el < 2, "took %.2f s", el);
    free(err);
    /* --max-memory is the limit when given */
    rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' --batch 100000 "
                   "--max-memory 10M", d, d, ck);
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "10.0 MiB of --max-memory"), "exit %d: %s", rc, err);
    free(err);
    char *ls = listing(ck);
    ck_assert_str_eq(ls, "");
    free(ls);
    const char *bad[] = { "--batch 1e9", "--batch +5", "--batch ' 5'", "--batch 5x", "--batch 0x10", "--batch -1",
                          "--batch 1000000001", "--steps 99999999999999999999", "--threads 5000", "--seed 1.5",
                          "--max-memory lots" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        rc = tu_se3tc_err(&err, "train '" SPEC "' --train '%s/train.extxyz' --test '%s/test.extxyz' -o '%s' %s", d, d, ck, bad[i]);
        ck_assert_msg(rc == 2 && tu_one_line(err), "%s: exit %d: %s", bad[i], rc, err);
        free(err);
    }
    /* gradcheck and bench: the same whole numbers, the same memory check */
    const char *other[] = { "gradcheck '" SPEC "' --graphs 1e3", "gradcheck '" SPEC "' --nodes +4",
                            "bench '" SPEC "' --batch 1e9", "bench '" SPEC "' --nodes 4x",
                            "bench '" SPEC "' --batch 100000 --nodes 100000" };
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        rc = tu_se3tc_err(&err, "%s", other[i]);
        ck_assert_msg(rc == 2 && tu_one_line(err), "%s: exit %d: %s", other[i], rc, err);
        free(err);
    }
    rc = tu_se3tc_err(&err, "gradcheck '" SPEC "' --graphs 100000 --nodes 20000");
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "needs about"), "exit %d: %s", rc, err);
    free(err);
    rc = tu_se3tc_err(&err, "bench '" SPEC "' --batch 100000000 --nodes 20");
    ck_assert_msg(rc == 1 && tu_one_line(err) && strstr(err, "need about"), "exit %d: %s", rc, err);
    free(err);
    free(ck);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("harden_train");
    TCase *t = tcase_create("harden_train");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, test_batch_memory);
    tcase_add_test(t, test_metrics_json_escaped);
    tcase_add_test(t, test_folder_refused_and_locked);
    tcase_add_test(t, test_resume_options);
    tcase_add_test(t, test_resume_finished_no_temporaries);
    tcase_add_test(t, test_resume_stop_at_behind);
    tcase_add_test(t, test_two_sigints_checkpoint);
    tcase_add_test(t, test_kill9_resumes);
    suite_add_tcase(s, t);
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
