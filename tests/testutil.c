/* testutil.c - see testutil.h. */
#define _XOPEN_SOURCE 700 /* nftw */
#include "testutil.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>
#include <ftw.h>
#include <sys/stat.h>

int tu_run_suites(Suite **suites)
{
    SRunner *sr = srunner_create(suites[0]);
    for (int i = 1; suites[i]; i++)
        srunner_add_suite(sr, suites[i]);
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

int tu_write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = strlen(text);
    int ok = fwrite(text, 1, n, f) == n;
    return (fclose(f) == 0 && ok) ? 0 : -1;
}

char *tu_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char tmpl[4096];
    snprintf(tmpl, sizeof tmpl, "%s/se3test.XXXXXX", base && *base ? base : "/tmp");
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

int tu_se3tc(const char *args, const char *stdin_text, char **out, char **err)
{
    char *dir = tu_tmpdir();
    if (!dir)
        return -1;
    char in_path[4200], out_path[4200], err_path[4200], cmd[16384];
    snprintf(in_path, sizeof in_path, "%s/stdin", dir);
    snprintf(out_path, sizeof out_path, "%s/stdout", dir);
    snprintf(err_path, sizeof err_path, "%s/stderr", dir);
    tu_write_file(in_path, stdin_text ? stdin_text : "");
    snprintf(cmd, sizeof cmd, "'%s' %s <'%s' >'%s' 2>'%s'", SE3TC_EXE, args, in_path, out_path,
             err_path);
    int rc = system(cmd);
    int code = (rc != -1 && WIFEXITED(rc)) ? WEXITSTATUS(rc) : -1;
    char *o = tu_read_file(out_path, NULL), *e = tu_read_file(err_path, NULL);
    if (out) *out = o ? o : strdup(""); else free(o);
    if (err) *err = e ? e : strdup(""); else free(e);
    unlink(in_path);
    unlink(out_path);
    unlink(err_path);
    rmdir(dir);
    free(dir);
    return code;
}

int tu_tier_long(void)
{
    const char *t = getenv("SE3_TEST_TIER");
    return t && strcmp(t, "long") == 0;
}

int tu_dir_count(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

static int tu_rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

void tu_rm_rf(const char *path)
{
    nftw(path, tu_rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int tu_private_env(const char *prog, int instrumented, char *work, size_t wn, char *cache, size_t cn)
{
    char *w = tu_tmpdir(), *c = tu_tmpdir();
    if (!w || !c) {
        fprintf(stderr, "%s: cannot make scratch folders\n", prog);
        free(w);
        free(c);
        return -1;
    }
    snprintf(work, wn, "%s", w);
    snprintf(cache, cn, "%s", c);
    free(w);
    free(c);
    setenv("SE3TC_CACHE", cache, 1);
    const char *jit_cflags = instrumented ? getenv("SE3_TEST_JIT_CFLAGS") : NULL;
    setenv("SE3TC_CFLAGS", jit_cflags && *jit_cflags ? jit_cflags : "-O1", 1);
    return 0;
}

static int tu_se3tc_va(char **out, char **err, const char *fmt, va_list ap)
{
    char args[8192];
    const int n = vsnprintf(args, sizeof args, fmt, ap);
    if (n < 0 || (size_t)n >= sizeof args) {
        fprintf(stderr, "testutil: se3tc arguments longer than %zu bytes\n", sizeof args - 1);
        abort();
    }
    return tu_se3tc(args, NULL, out, err);
}

int tu_se3tcf(char **out, char **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const int rc = tu_se3tc_va(out, err, fmt, ap);
    va_end(ap);
    return rc;
}

int tu_se3tc_err(char **err, const char *fmt, ...)
{
    char *out = NULL;
    va_list ap;
    va_start(ap, fmt);
    const int rc = tu_se3tc_va(&out, err, fmt, ap);
    va_end(ap);
    free(out);
    return rc;
}

double tu_urand(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return (double)((z ^ (z >> 31)) >> 11) * (1.0 / 9007199254740992.0);
}

int tu_one_line(const char *s)
{
    const char *nl = strchr(s, '\n');
    return nl && nl[1] == 0;
}
