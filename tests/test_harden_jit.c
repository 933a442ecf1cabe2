/* test_harden_jit.c - issue 9, the JIT, its cache and output files:
 *  - no shell: cache folders and $CC with quotes, $(...), spaces and newlines run nothing;
 *  - the cache is trusted only when it is the user's (owner, mode, no symbolic links), is made
 *    0700/0600 whatever the umask, and an entry that is a symlink to /dev/zero, a FIFO, a file
 *    of another user or a group-writable file is never loaded (rebuilt instead);
 *  - the cache key holds what the target flags resolve to (a fake compiler reports two CPUs);
 *  - output files: -o a FIFO, a symbolic link, a dangling link, /dev/full (root only), and a
 *    file-size limit (ulimit -f): one line, non-zero exit, prior files intact, no temporaries.
 * main() sets SE3TC_CFLAGS (-O1, or $SE3_TEST_JIT_CFLAGS: scripts/sanitize.sh instruments the
 * JIT-compiled code with it) and one SE3TC_CACHE shared by the tests that need a warm cache. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "jit.h"
#include "testutil.h"

#define SPEC SE3_SOURCE_DIR "/specs/tiny_conv.spec"

static char g_cache[4096];   /* the shared warm cache */

static const char frame_xyz[] = "5\n"
                                "Properties=species:S:1:pos:R:3:a:R:3\n"
                                "X 0 0 0 1 0 0\n"
                                "X 1 0 0 0 1 0\n"
                                "X 0 1 0 0 0 1\n"
                                "X 0 0 1 1 1 0\n"
                                "X 1 1 1 0 1 1\n";

/* `s` single-quoted for sh */
static const char *sq(const char *s, char *buf, size_t n)
{
    size_t o = 0;
    buf[o++] = '\'';
    for (; *s && o + 6 < n; s++) {
        if (*s == '\'') {
            memcpy(buf + o, "'\\''", 4);
            o += 4;
        } else {
            buf[o++] = *s;
        }
    }
    buf[o++] = '\'';
    buf[o] = 0;
    return buf;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* Files in `dir` whose name contains `part` */
static int count_files(const char *dir, const char *part)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        n += strstr(de->d_name, part) != NULL;
    closedir(d);
    return n;
}

/* The path of the first `*.so` entry of the cache `dir` into out; 0 when found. */
static int cache_so(const char *dir, char *out, size_t n)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *de;
    int rc = -1;
    while ((de = readdir(d)) != NULL) {
        size_t k = strlen(de->d_name);
        if (k > 3 && strcmp(de->d_name + k - 3, ".so") == 0) {
            snprintf(out, n, "%s/%s", dir, de->d_name);
            rc = 0;
            break;
        }
    }
    closedir(d);
    return rc;
}

/* se3tc run on `in` (-o out unless NULL): exit code, stderr in *err */
static int run_model(const char *in, const char *out, char **err)
{
    char a[4200], b[4200], args[9000];
    if (out)
        snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i %s -o %s", SPEC, sq(in, a, sizeof a),
                 sq(out, b, sizeof b));
    else
        snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i %s", SPEC, sq(in, a, sizeof a));
    char *o = NULL;
    int rc = tu_se3tc(args, NULL, &o, err);
    free(o);
    return rc;
}

static char *scratch_with_input(char *in, size_t n)
{
    char *d = tu_tmpdir();
    ck_assert_ptr_nonnull(d);
    snprintf(in, n, "%s/in.xyz", d);
    ck_assert_int_eq(tu_write_file(in, frame_xyz), 0);
    return d;
}

static void rm_rf(const char *path)
{
    char q[9000], cmd[9100];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx %s 2>/dev/null; rm -rf %s", sq(path, q, sizeof q), q);
    if (system(cmd) != 0)
        fprintf(stderr, "test_harden_jit: cannot remove %s\n", path);
}

/* ---- no shell ------------------------------------------------------------------------------ */

START_TEST(test_cache_names_run_nothing)
{
    char in[4200], cache[4200], xdg[4200], probe[4200], *err = NULL;
    char *d = scratch_with_input(in, sizeof in);
    ck_assert_int_eq(chdir(d), 0);   /* where an injected `touch` would land */
    snprintf(cache, sizeof cache, "%s/o'brien $(touch PWNED) a b\nc '$(touch PWNED)'", d);
    setenv("SE3TC_CACHE", cache, 1);
    ck_assert_msg(run_model(in, NULL, &err) == 0, "%s", err);
    free(err);
    char so[4400];
    ck_assert_msg(cache_so(cache, so, sizeof so) == 0, "no entry in the quoted cache folder");
    /* XDG_CACHE_HOME the same way, under umask 000: folders 0700, files 0600 */
    unsetenv("SE3TC_CACHE");
    snprintf(xdg, sizeof xdg, "%s/x'$(touch PWNED)'\t`touch PWNED`", d);
    setenv("XDG_CACHE_HOME", xdg, 1);
    mode_t old = umask(0);
    ck_assert_msg(run_model(in, NULL, &err) == 0, "%s", err);
    umask(old);
    free(err);
    snprintf(probe, sizeof probe, "%s/PWNED", d);
    ck_assert_msg(access(probe, F_OK) != 0, "a command in the cache path ran");
    ck_assert_msg(access("PWNED", F_OK) != 0, "a command in the cache path ran");
    struct stat st;
    ck_assert_int_eq(stat(xdg, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0700);
    snprintf(probe, sizeof probe, "%.4000s/se3tc", xdg);
    ck_assert_int_eq(stat(probe, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0700);
    ck_assert_int_eq(cache_so(probe, so, sizeof so), 0);
    ck_assert_int_eq(stat(so, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0600);
    char sum[4500];
    snprintf(sum, sizeof sum, "%.*s.sum", (int)(strlen(so) - 3), so);
    ck_assert_int_eq(stat(sum, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0600);
    ck_assert_int_eq(count_files(probe, ".tmp."), 0);
    ck_assert_int_eq(count_files(probe, ".load."), 0);
    rm_rf(d);
    free(d);
}
END_TEST

/* $CC is split at whitespace with no expansion: extra words are arguments, `$(...)` is a word. */
START_TEST(test_cc_words_not_shell)
{
    char in[4200], probe[4200], *err = NULL;
    char *d = scratch_with_input(in, sizeof in);
    ck_assert_int_eq(chdir(d), 0);
    char cache[4200];
    snprintf(cache, sizeof cache, "%s/cache", d);   /* its own: these entries are of no use to others */
    setenv("SE3TC_CACHE", cache, 1);
    setenv("CC", "cc  -DSE3_TEST_WORD=1\t-Wno-unused", 1);
    ck_assert_msg(run_model(in, NULL, &err) == 0, "%s", err);
    free(err);
    setenv("CC", "cc $(touch PWNED) ;touch PWNED", 1);
    int rc = run_model(in, NULL, &err);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(count_lines(err) == 1 && strstr(err, "se3tc run:"), "not one line: %s", err);
    free(err);
    snprintf(probe, sizeof probe, "%s/PWNED", d);
    ck_assert_msg(access(probe, F_OK) != 0 && access("PWNED", F_OK) != 0, "a command in $CC ran");
    setenv("CC", "se3tc-no-such-compiler", 1);
    rc = run_model(in, NULL, &err);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(count_lines(err) == 1 && strstr(err, "not found"), "%s", err);
    free(err);
    rm_rf(d);
    free(d);
}
END_TEST

/* ---- a cache that is not the user's --------------------------------------------------------- */

static void expect_uncached_run(const char *cache, const char *in, const char *tmpdir)
{
    char *err = NULL, so[4400];
    setenv("SE3TC_CACHE", cache, 1);
    setenv("TMPDIR", tmpdir, 1);
    int rc = run_model(in, NULL, &err);
    unsetenv("TMPDIR");
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_msg(strstr(err, "running without the cache") && count_lines(err) == 1, "expected one notice: %s", err);
    free(err);
    ck_assert_msg(cache_so(cache, so, sizeof so) != 0, "an untrusted cache folder was written: %s", so);
    ck_assert_int_eq(count_files(tmpdir, "se3tc-jit"), 0);   /* the private folder is removed */
}

START_TEST(test_untrusted_cache_folder)
{
    char in[4200], dir[4200], tmp[4200], link[4200];
    char *d = scratch_with_input(in, sizeof in);
    snprintf(tmp, sizeof tmp, "%s/tmp", d);
    ck_assert_int_eq(mkdir(tmp, 0700), 0);
    /* writable by others: someone else may have planted objects */
    snprintf(dir, sizeof dir, "%s/shared", d);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    ck_assert_int_eq(chmod(dir, 0777), 0);
    expect_uncached_run(dir, in, tmp);
    /* group-writable */
    ck_assert_int_eq(chmod(dir, 0770), 0);
    expect_uncached_run(dir, in, tmp);
    /* a symbolic link as the cache folder itself */
    ck_assert_int_eq(chmod(dir, 0700), 0);
    snprintf(link, sizeof link, "%s/link", d);
    ck_assert_int_eq(symlink(dir, link), 0);
    expect_uncached_run(link, in, tmp);
    /* another user's folder (as /tmp/se3tc-cache-UID created first by someone else) */
    if (geteuid() == 0) {
        ck_assert_int_eq(chown(dir, 65534, 65534), 0);
        expect_uncached_run(dir, in, tmp);
    }
    rm_rf(d);
    free(d);
}
END_TEST

/* ---- entries that must not be loaded ------------------------------------------------------- */

static void warm(const char *in)
{
    char *err = NULL;
    setenv("SE3TC_CACHE", g_cache, 1);
    ck_assert_msg(run_model(in, NULL, &err) == 0, "%s", err);
    free(err);
}

/* After `spoil` made the entry unusable, a run succeeds and leaves a good (regular, 0600, ours)
 * entry in its place. */
static void expect_rebuilt(const char *in, const char *so)
{
    char *err = NULL;
    ck_assert_msg(run_model(in, NULL, &err) == 0, "%s", err);
    ck_assert_msg(count_lines(err) == 0, "unexpected message: %s", err);
    free(err);
    struct stat st;
    ck_assert_int_eq(lstat(so, &st), 0);
    ck_assert_msg(S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0600 && st.st_uid == geteuid(),
                  "entry not rebuilt: mode %o", (unsigned)st.st_mode);
}

START_TEST(test_bad_entries_rebuilt)
{
    char in[4200], so[4400], sum[4500], cache[4200];
    char *d = scratch_with_input(in, sizeof in);
    snprintf(cache, sizeof cache, "%s/cache", d);   /* its own, holding exactly one entry */
    setenv("SE3TC_CACHE", cache, 1);
    char *err = NULL;
    ck_assert_msg(run_model(in, NULL, &err) == 0, "%s", err);
    free(err);
    ck_assert_int_eq(cache_so(cache, so, sizeof so), 0);
    snprintf(sum, sizeof sum, "%.*s.sum", (int)(strlen(so) - 3), so);
    /* temporaries a killed build left: an hour-old one is swept by the next build, a fresh one
     * (perhaps another machine's build in progress) stays */
    char stale[4600], fresh[4600];
    snprintf(stale, sizeof stale, "%s/0123.so.tmp.99999.99999", cache);
    snprintf(fresh, sizeof fresh, "%s/4567.so.tmp.99999.99999", cache);
    ck_assert_int_eq(tu_write_file(stale, "x"), 0);
    ck_assert_int_eq(tu_write_file(fresh, "x"), 0);
    struct timespec old[2] = { { time(NULL) - 7200, 0 }, { time(NULL) - 7200, 0 } };
    ck_assert_int_eq(utimensat(AT_FDCWD, stale, old, 0), 0);
    /* a symbolic link to /dev/zero (reading it would never end) */
    ck_assert_int_eq(unlink(so), 0);
    ck_assert_int_eq(symlink("/dev/zero", so), 0);
    expect_rebuilt(in, so);
    /* the checksum a symbolic link to /dev/zero */
    ck_assert_int_eq(unlink(sum), 0);
    ck_assert_int_eq(symlink("/dev/zero", sum), 0);
    expect_rebuilt(in, so);
    struct stat st;
    ck_assert_int_eq(lstat(sum, &st), 0);
    ck_assert(S_ISREG(st.st_mode));
    /* a FIFO */
    ck_assert_int_eq(unlink(so), 0);
    ck_assert_int_eq(mkfifo(so, 0600), 0);
    expect_rebuilt(in, so);
    /* a good object made writable by others: not trusted, replaced */
    ck_assert_int_eq(chmod(so, 0666), 0);
    expect_rebuilt(in, so);
    /* a planted object of another user, with a matching checksum */
    if (geteuid() == 0) {
        ck_assert_int_eq(chown(so, 65534, 65534), 0);
        expect_rebuilt(in, so);
    }
    ck_assert_int_eq(access(stale, F_OK), -1);
    ck_assert_int_eq(unlink(fresh), 0);
    ck_assert_int_eq(count_files(cache, ".tmp."), 0);
    ck_assert_int_eq(count_files(cache, ".so"), 1);
    rm_rf(d);
    free(d);
}
END_TEST

/* ---- the key holds the resolved target ----------------------------------------------------- */

static void key_of(const char *src, char key[65])
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    ck_assert_msg(rt_jit_key(ctx, src, strlen(src), key) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    se3rt_ctx_free(ctx);
}

START_TEST(test_key_holds_target)
{
    const char *src = "int se3_probe(void) { return 1; }\n";
    char k1[65], k2[65], k3[65], cc[4200];
    /* a compiler that reports the target CPU of $FAKE_CPU for the same flags */
    char *d = tu_tmpdir();
    snprintf(cc, sizeof cc, "%s/fakecc", d);
    ck_assert_int_eq(tu_write_file(cc, "#!/bin/sh\n"
                                       "for a in \"$@\"; do\n"
                                       "  if [ \"$a\" = '-###' ]; then\n"
                                       "    echo \" \\\"/x/cc1\\\" -quiet /tmp/ccRANDOM$$.s \\\"-march=$FAKE_CPU\\\" -mavx\" >&2; exit 0\n"
                                       "  fi\n"
                                       "done\n"
                                       "exec cc \"$@\"\n"),
                     0);
    ck_assert_int_eq(chmod(cc, 0700), 0);
    setenv("CC", cc, 1);
    setenv("SE3TC_CFLAGS", "-O3 -march=native", 1);
    setenv("FAKE_CPU", "skylake-avx512", 1);
    key_of(src, k1);
    key_of(src, k2);
    ck_assert_str_eq(k1, k2);                 /* stable: temporary names in the output ignored */
    setenv("FAKE_CPU", "haswell", 1);
    key_of(src, k3);
    ck_assert_str_ne(k1, k3);                 /* another CPU, another entry */
    /* a compiler without `-###`: its error text is not a target (the CPU stands for it), so two
     * such texts give one key */
    ck_assert_int_eq(tu_write_file(cc, "#!/bin/sh\n"
                                       "for a in \"$@\"; do\n"
                                       "  if [ \"$a\" = '-###' ]; then echo \"cc: bad option -m$FAKE_CPU\" >&2; exit 1; fi\n"
                                       "done\n"
                                       "exec cc \"$@\"\n"),
                     0);
    key_of(src, k1);
    setenv("FAKE_CPU", "skylake-avx512", 1);
    key_of(src, k2);
    ck_assert_str_eq(k1, k2);
    /* the real compiler: stable, and -march=native differs from the baseline x86-64 */
    unsetenv("CC");
    key_of(src, k1);
    key_of(src, k2);
    ck_assert_str_eq(k1, k2);
    setenv("SE3TC_CFLAGS", "-O3 -march=x86-64", 1);
    key_of(src, k3);
    ck_assert_str_ne(k1, k3);
    rm_rf(d);
    free(d);
}
END_TEST

/* rt_split_words: the documented rule */
START_TEST(test_split_words)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    char **w = NULL;
    int n = 0;
    ck_assert_int_eq(rt_split_words(ctx, "  gcc-12 \t-O2\n'-DX=a b' $(x)  ", &w, &n), SE3RT_OK);
    ck_assert_int_eq(n, 5);
    ck_assert_str_eq(w[0], "gcc-12");
    ck_assert_str_eq(w[1], "-O2");
    ck_assert_str_eq(w[2], "'-DX=a");
    ck_assert_str_eq(w[3], "b'");
    ck_assert_str_eq(w[4], "$(x)");
    ck_assert_ptr_null(w[5]);
    rt_free(ctx, w);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- output files -------------------------------------------------------------------------- */

START_TEST(test_output_fifo_and_links)
{
    char in[4200], fifo[4200], got[4200], real[4200], link[4200], dang[4200], *err = NULL;
    char *d = scratch_with_input(in, sizeof in);
    warm(in);
    /* a FIFO: written in place, stays a FIFO */
    snprintf(fifo, sizeof fifo, "%s/fifo", d);
    snprintf(got, sizeof got, "%s/got", d);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        char cmd[9000], a[4300], b[4300];
        snprintf(cmd, sizeof cmd, "cat %s > %s", sq(fifo, a, sizeof a), sq(got, b, sizeof b));
        _exit(system(cmd) == 0 ? 0 : 1);
    }
    ck_assert_msg(run_model(in, fifo, &err) == 0, "%s", err);
    free(err);
    int ws;
    ck_assert_int_eq(waitpid(pid, &ws, 0), pid);
    struct stat st;
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    char *text = tu_read_file(got, NULL);
    ck_assert_ptr_nonnull(text);
    ck_assert_msg(strstr(text, "Properties=") != NULL, "the FIFO reader got: %s", text);
    free(text);
    /* a symbolic link to a regular file: the file is replaced, the link stays */
    snprintf(real, sizeof real, "%s/real.xyz", d);
    snprintf(link, sizeof link, "%s/link.xyz", d);
    ck_assert_int_eq(tu_write_file(real, "old\n"), 0);
    ck_assert_int_eq(symlink("real.xyz", link), 0);
    ck_assert_msg(run_model(in, link, &err) == 0, "%s", err);
    free(err);
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    text = tu_read_file(real, NULL);
    ck_assert_msg(text && strstr(text, "Properties="), "the link's target was not written");
    free(text);
    /* a dangling link: refused, nothing created */
    snprintf(dang, sizeof dang, "%s/dangling.xyz", d);
    ck_assert_int_eq(symlink("nowhere/out.xyz", dang), 0);
    ck_assert_int_eq(run_model(in, dang, &err), 1);
    ck_assert_msg(count_lines(err) == 1 && strstr(err, "dangling.xyz"), "%s", err);
    free(err);
    ck_assert_int_eq(lstat(dang, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_int_eq(count_files(d, ".tmp."), 0);
    rm_rf(d);
    free(d);
}
END_TEST

/* -o /dev/full: one line (ENOSPC), and the device stays a device (it is never renamed over;
 * only root could have replaced it, so only root can fail this test) */
START_TEST(test_output_dev_full)
{
    if (geteuid() != 0 || access("/dev/full", W_OK) != 0)
        return;
    char in[4200], dir[4200], link[4400], cfile[4400], *err = NULL;
    char *d = scratch_with_input(in, sizeof in);
    warm(in);
    ck_assert_int_eq(run_model(in, "/dev/full", &err), 1);
    ck_assert_msg(count_lines(err) == 1 && strstr(err, "No space left on device"), "%s", err);
    free(err);
    struct stat st;
    ck_assert_int_eq(lstat("/dev/full", &st), 0);
    ck_assert(S_ISCHR(st.st_mode));
    /* compile: NAME.c a symbolic link to /dev/full; no other output written */
    snprintf(dir, sizeof dir, "%s/out", d);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    snprintf(link, sizeof link, "%s/tiny_conv.c", dir);
    ck_assert_int_eq(symlink("/dev/full", link), 0);
    char args[9000], q[4300], *out = NULL;
    snprintf(args, sizeof args, "compile '%s' -o %s", SPEC, sq(dir, q, sizeof q));
    ck_assert_int_eq(tu_se3tc(args, NULL, &out, &err), 1);
    free(out);
    ck_assert_msg(count_lines(err) == 1 && strstr(err, "No space left on device"), "%s", err);
    free(err);
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    snprintf(cfile, sizeof cfile, "%s/tiny_conv.json", dir);
    ck_assert_msg(access(cfile, F_OK) != 0, "an output was written although another failed");
    ck_assert_int_eq(count_files(dir, ".tmp."), 0);
    ck_assert_int_eq(lstat("/dev/full", &st), 0);
    ck_assert(S_ISCHR(st.st_mode));
    rm_rf(d);
    free(d);
}
END_TEST

/* `ulimit -f`: one line (EFBIG, not a SIGXFSZ death), prior files intact, no temporaries */
static int run_limited(const char *args, const char *errpath)
{
    char cmd[16384], q[4300];
    snprintf(cmd, sizeof cmd, "ulimit -f 2; exec '%s' %s </dev/null >/dev/null 2>%s", SE3TC_EXE, args,
             sq(errpath, q, sizeof q));
    int rc = system(cmd);
    ck_assert_msg(rc != -1 && WIFEXITED(rc), "se3tc did not exit normally (status %d)", rc);
    return WEXITSTATUS(rc);
}

START_TEST(test_file_size_limit)
{
    char in[4200], big[4200], out[4200], dir[4200], errpath[4200], path[4400], a[4300], b[4300], args[9000];
    char *d = scratch_with_input(in, sizeof in);
    warm(in);
    snprintf(errpath, sizeof errpath, "%s/err", d);
    /* run: 40 frames make an output well over the limit */
    snprintf(big, sizeof big, "%s/big.xyz", d);
    FILE *f = fopen(big, "w");
    ck_assert_ptr_nonnull(f);
    for (int i = 0; i < 40; i++)
        fputs(frame_xyz, f);
    ck_assert_int_eq(fclose(f), 0);
    snprintf(out, sizeof out, "%s/out.xyz", d);
    ck_assert_int_eq(tu_write_file(out, "prior\n"), 0);
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i %s -o %s", SPEC, sq(big, a, sizeof a),
             sq(out, b, sizeof b));
    ck_assert_int_eq(run_limited(args, errpath), 1);
    char *err = tu_read_file(errpath, NULL), *text = tu_read_file(out, NULL);
    ck_assert_msg(err && count_lines(err) == 1 && strstr(err, "File too large"), "%s", err ? err : "");
    ck_assert_str_eq(text, "prior\n");
    free(err);
    free(text);
    ck_assert_int_eq(count_files(d, ".tmp."), 0);
    /* compile: every output too large; the prior ones stay */
    snprintf(dir, sizeof dir, "%s/gen", d);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    const char *names[] = { "tiny_conv.c", "tiny_conv.cu", "tiny_conv.json" };
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        ck_assert_int_eq(tu_write_file(path, "prior\n"), 0);
    }
    snprintf(args, sizeof args, "compile '%s' -o %s", SPEC, sq(dir, a, sizeof a));
    ck_assert_int_eq(run_limited(args, errpath), 1);
    err = tu_read_file(errpath, NULL);
    ck_assert_msg(err && count_lines(err) == 1 && strstr(err, "File too large"), "%s", err ? err : "");
    free(err);
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        text = tu_read_file(path, NULL);
        ck_assert_msg(text && strcmp(text, "prior\n") == 0, "%s changed", names[i]);
        free(text);
    }
    ck_assert_int_eq(count_files(dir, ".tmp."), 0);
    rm_rf(d);
    free(d);
}
END_TEST

int main(void)
{
    const char *cflags = getenv("SE3_TEST_JIT_CFLAGS");
    setenv("SE3TC_CFLAGS", cflags && *cflags ? cflags : "-O1", 1);
    unsetenv("CC");
    unsetenv("XDG_CACHE_HOME");
    char *c = tu_tmpdir();
    if (!c)
        return 1;
    snprintf(g_cache, sizeof g_cache, "%s/cache", c);
    free(c);
    setenv("SE3TC_CACHE", g_cache, 1);
    Suite *s = suite_create("harden_jit");
    TCase *tc = tcase_create("jit");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_split_words);
    tcase_add_test(tc, test_key_holds_target);
    tcase_add_test(tc, test_cache_names_run_nothing);
    tcase_add_test(tc, test_cc_words_not_shell);
    tcase_add_test(tc, test_untrusted_cache_folder);
    tcase_add_test(tc, test_bad_entries_rebuilt);
    tcase_add_test(tc, test_output_fifo_and_links);
    tcase_add_test(tc, test_output_dev_full);
    tcase_add_test(tc, test_file_size_limit);
    suite_add_tcase(s, tc);
    Suite *all[] = { s, NULL };
    int rc = tu_run_suites(all);
    char *slash = strrchr(g_cache, '/');
    *slash = 0;
    rm_rf(g_cache);
    return rc;
}
