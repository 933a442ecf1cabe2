/* jit.c - see jit.h. Cache entries are DIR/KEY.so with DIR/KEY.sum holding the SHA-256 of the
 * .so bytes: a truncated or corrupt entry fails the check (or dlopen) and is rebuilt. Files are
 * written under temporary names and renamed, so concurrent runs never see half a file.
 *
 * Trust: the cache folder is used only when it belongs to the effective user and is not
 * writable by group or others (rt_cache_open); otherwise the object is compiled into a private
 * temporary folder and loaded from there. An entry is opened O_NOFOLLOW, checked (regular file,
 * ours, not group/other-writable), hashed from that descriptor, and the very inode that was
 * hashed is loaded: a hard link to it (made through /proc/self/fd) under a fresh name is what
 * dlopen opens, then removed. The compiler runs from an argument vector (posix_spawnp), never a
 * shell; the compiler and flag settings (se3rt_ctx_set_cc/_cflags, defaults from $CC and
 * $SE3TC_CFLAGS, read in ctx.c) are split at whitespace with no quoting or expansion.
 *
 * Objects are opened RTLD_NODELETE: generated code starts OpenMP worker threads that outlive a
 * forward call, and unmapping their code under them on dlclose crashes the process. */
#define _GNU_SOURCE
#include "jit.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define JIT_SO_MAX ((uint64_t)1 << 30)   /* a cached object larger than this is not read */

uint64_t rt_fnv1a(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

const char *rt_esc(const char *s, char *buf, size_t n)
{
    size_t o = 0;
    for (; *s && o + 5 < n; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch < 0x20 || ch >= 0x7f)
            o += (size_t)snprintf(buf + o, n - o, "\\x%02x", ch);
        else
            buf[o++] = (char)ch;
    }
    buf[o] = 0;
    return buf;
}

/* ---------------------------------------------------------------- running programs */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

se3rt_status rt_split_words(se3rt_ctx *ctx, const char *s, char ***words, int *n)
{
    *words = NULL;
    *n = 0;
    int count = 0;
    size_t len = strlen(s);
    for (size_t i = 0; i < len; i++)
        if (!is_space(s[i]) && (i == 0 || is_space(s[i - 1])))
            count++;
    if (count > 256)
        return rt_error(ctx, SE3RT_ERR_INVALID, "too many words (%d, at most 256) in a compiler command or flags", count);
    char **w = rt_malloc(ctx, (size_t)(count + 1) * sizeof *w + len + 1);
    if (!w)
        return SE3RT_ERR_NOMEM;
    char *text = (char *)(w + count + 1);
    memcpy(text, s, len + 1);
    int k = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_space(text[i]))
            text[i] = 0;
        else if (i == 0 || text[i - 1] == 0)
            w[k++] = text + i;
    }
    w[k] = NULL;
    *words = w;
    *n = k;
    return SE3RT_OK;
}

se3rt_status rt_spawn(se3rt_ctx *ctx, char *const argv[], char *out, size_t outsz, int *status)
{
    char e1[300];
    int p[2];
    *status = -1;
    out[0] = 0;
    if (pipe2(p, O_CLOEXEC) != 0)
        return rt_error(ctx, SE3RT_ERR_IO, "cannot create a pipe: %s", strerror(errno));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, p[1], 1);
    posix_spawn_file_actions_adddup2(&fa, p[1], 2);
    pid_t pid;
    int e = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(p[1]);
    if (e != 0) {
        close(p[0]);
        return rt_error(ctx, SE3RT_ERR_UNAVAILABLE, "cannot run '%s': %s", rt_esc(argv[0], e1, sizeof e1), strerror(e));
    }
    size_t n = 0;
    char junk[4096];
    for (;;) {
        int keep = n + 1 < outsz;
        ssize_t r = read(p[0], keep ? out + n : junk, keep ? outsz - 1 - n : sizeof junk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        if (keep)
            n += (size_t)r;
    }
    close(p[0]);
    out[n] = 0;
    int ws;
    while (waitpid(pid, &ws, 0) < 0)
        if (errno != EINTR)
            return rt_error(ctx, SE3RT_ERR_IO, "waiting for '%s': %s", rt_esc(argv[0], e1, sizeof e1), strerror(errno));
    *status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + (WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
    return SE3RT_OK;
}

/* ---------------------------------------------------------------- the cache folder */

enum { NOTE_CACHE = 1 };

static void note_once(se3rt_ctx *ctx, unsigned bit, const char *what, const char *path, const char *why)
{
    if (ctx->noted & bit)
        return;
    ctx->noted |= bit;
    char e[600];
    fprintf(stderr, "se3rt: %s %s %s: running without the cache (docs/runtime.md)\n", what,
            rt_esc(path, e, sizeof e), why);
}

/* mkdir -p with mode 0700 for each folder made here (explicitly: not left to the umask). */
static int mkdirs_private(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1;; p++) {
        if (*p != '/' && *p != 0)
            continue;
        char c = *p;
        *p = 0;
        if (mkdir(tmp, 0700) == 0) {
            if (chmod(tmp, 0700) != 0)
                return -1;
        } else if (errno != EEXIST) {
            return -1;
        }
        *p = c;
        if (!c)
            return 0;
    }
}

void rt_cache_open(se3rt_ctx *ctx, rt_cache *c)
{
    memset(c, 0, sizeof *c);
    c->fd = -1;
    char why[200];
    if (rt_ctx_cache_path(ctx, c->path, sizeof c->path) != 0) {
        note_once(ctx, NOTE_CACHE, "the cache folder", c->path, "has too long a name");
        return;
    }
    if (mkdirs_private(c->path) != 0) {
        snprintf(why, sizeof why, "cannot be created (%s)", strerror(errno));
        note_once(ctx, NOTE_CACHE, "the cache folder", c->path, why);
        return;
    }
    int fd = open(c->path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        snprintf(why, sizeof why, "cannot be opened as a folder (%s)",
                 errno == ELOOP || errno == ENOTDIR ? "it is a symbolic link or not a folder" : strerror(errno));
    } else if (fstat(fd, &st) != 0) {
        snprintf(why, sizeof why, "cannot be checked (%s)", strerror(errno));
    } else if (st.st_uid != geteuid()) {
        snprintf(why, sizeof why, "belongs to user %ld, not to this user (%ld)", (long)st.st_uid, (long)geteuid());
    } else if (st.st_mode & 022) {
        snprintf(why, sizeof why, "is writable by group or others (mode %04o)", (unsigned)(st.st_mode & 07777));
    } else {
        c->fd = fd;
        return;
    }
    if (fd >= 0)
        close(fd);
    note_once(ctx, NOTE_CACHE, "the cache folder", c->path, why);
}

se3rt_status rt_cache_private(se3rt_ctx *ctx, rt_cache *c)
{
    memset(c, 0, sizeof *c);
    c->fd = -1;
    snprintf(c->path, sizeof c->path, "%s/se3tc-jit.XXXXXX", rt_ctx_tmpdir(ctx));
    char e[600];
    if (!mkdtemp(c->path))
        return rt_error(ctx, SE3RT_ERR_IO, "cannot make a private folder %s: %s", rt_esc(c->path, e, sizeof e),
                        strerror(errno));
    c->fd = open(c->path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (c->fd < 0) {
        int err = errno;
        rmdir(c->path);
        return rt_error(ctx, SE3RT_ERR_IO, "cannot open the private folder %s: %s", rt_esc(c->path, e, sizeof e),
                        strerror(err));
    }
    c->priv = 1;
    return SE3RT_OK;
}

void rt_cache_close(rt_cache *c)
{
    if (c->fd < 0)
        return;
    if (c->priv) {
        int d = dup(c->fd);
        DIR *dir = d >= 0 ? fdopendir(d) : NULL;
        struct dirent *de;
        while (dir && (de = readdir(dir)) != NULL)
            if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, ".."))
                unlinkat(c->fd, de->d_name, 0);
        if (dir)
            closedir(dir);
        else if (d >= 0)
            close(d);
        rmdir(c->path);
    }
    close(c->fd);
    c->fd = -1;
}

int rt_cache_entry_open(const rt_cache *c, const char *name, uint64_t max, size_t *size)
{
    int fd = openat(c->fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 022) ||
        st.st_size <= 0 || (uint64_t)st.st_size > max) {
        close(fd);
        return -1;
    }
    *size = (size_t)st.st_size;
    return fd;
}

int rt_fd_sha256(int fd, size_t size, char *buf, char hex[65])
{
    rt_sha256 s;
    rt_sha256_init(&s);
    unsigned char chunk[65536];
    size_t done = 0;
    while (done < size) {
        size_t want = size - done < sizeof chunk ? size - done : sizeof chunk;
        ssize_t r = pread(fd, chunk, want, (off_t)done);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        rt_sha256_update(&s, chunk, (size_t)r);
        if (buf)
            memcpy(buf + done, chunk, (size_t)r);
        done += (size_t)r;
    }
    rt_sha256_hex(&s, hex);
    return 0;
}

int rt_cache_sum_matches(const rt_cache *c, const char *sumname, const char hex[65])
{
    size_t n = 0;
    int fd = rt_cache_entry_open(c, sumname, 128, &n);
    if (fd < 0)
        return 0;
    char text[129];
    ssize_t r = pread(fd, text, n, 0);
    close(fd);
    if (r != (ssize_t)n)
        return 0;
    text[n] = 0;
    text[strcspn(text, "\n")] = 0;
    return strcmp(text, hex) == 0;
}

se3rt_status rt_cache_publish(se3rt_ctx *ctx, const rt_cache *c, const char *name, const void *data, size_t len)
{
    char tmp[400], e[600];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld.%ld", name, (long)getpid(), (long)gettid());
    int fd = openat(c->fd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST && unlinkat(c->fd, tmp, 0) == 0)
        fd = openat(c->fd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    int err = fd < 0 ? errno : 0;
    if (!err && fchmod(fd, 0600) != 0)
        err = errno;
    const char *p = data;
    for (size_t done = 0; !err && done < len;) {
        ssize_t w = write(fd, p + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            err = w < 0 ? errno : EIO;
        else
            done += (size_t)w;
    }
    if (fd >= 0 && close(fd) != 0 && !err)
        err = errno;
    if (!err && renameat(c->fd, tmp, c->fd, name) != 0)
        err = errno;
    if (err) {
        if (fd >= 0)
            unlinkat(c->fd, tmp, 0);
        return rt_error(ctx, SE3RT_ERR_IO, "cannot write the cache entry %s/%s: %s", rt_esc(c->path, e, sizeof e), name,
                        strerror(err));
    }
    return SE3RT_OK;
}

/* ---------------------------------------------------------------- the compiler's identity */

typedef struct jit_memo {
    char *for_cmd;           /* CC and flags this was computed for */
    char version[256];       /* first line of `CC --version` */
    char target[65];         /* SHA-256 of the target options `CC FLAGS -###` reports */
} jit_memo;

void rt_jit_memo_free(se3rt_ctx *ctx)
{
    jit_memo *m = ctx->jit_memo;
    if (!m)
        return;
    rt_free(ctx, m->for_cmd);
    rt_free(ctx, m);
    ctx->jit_memo = NULL;
}

/* The tokens of `-###` output that say what code is generated for: GCC passes -march=, -mtune=
 * and -m<feature> options (with -march=native already resolved) to cc1; Clang passes
 * -target-cpu, -tune-cpu and -target-feature arguments. Everything else (temporary file names,
 * paths) is ignored, so the digest is stable from run to run on one machine. */
static void target_digest(const char *text, char hex[65])
{
    rt_sha256 s;
    rt_sha256_init(&s);
    char prev[64] = "";
    const char *p = text;
    while (*p) {
        while (*p && (is_space(*p) || *p == '"' || *p == '\''))
            p++;
        const char *b = p;
        while (*p && !is_space(*p) && *p != '"' && *p != '\'')
            p++;
        size_t n = (size_t)(p - b);
        if (!n)
            continue;
        int keep = (n > 2 && b[0] == '-' && b[1] == 'm') || strcmp(prev, "-target-cpu") == 0 ||
                   strcmp(prev, "-tune-cpu") == 0 || strcmp(prev, "-target-feature") == 0 ||
                   strcmp(prev, "-triple") == 0 || strcmp(prev, "--param") == 0;
        if (keep) {
            rt_sha256_update(&s, b, n);
            rt_sha256_update(&s, " ", 1);
        }
        snprintf(prev, sizeof prev, "%.*s", (int)(n < 63 ? n : 63), b);
    }
    rt_sha256_hex(&s, hex);
}

/* For a compiler that cannot report its target (`-###` fails): a digest of this CPU as the
 * kernel describes it (model and feature flags of the first processor in /proc/cpuinfo), so an
 * object built with -march=native on one CPU is still never loaded on another. All zeros when
 * there is no /proc/cpuinfo. */
static void cpu_digest(char hex[65])
{
    rt_sha256 s;
    rt_sha256_init(&s);
    rt_sha256_update(&s, "cpu", 3);
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f) {
        char line[8192];
        static const char *const keys[] = { "vendor_id", "cpu family", "model", "model name", "flags",
                                            "Features", "CPU implementer", "CPU part" };
        while (fgets(line, sizeof line, f) && line[0] != '\n')
            for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
                size_t n = strlen(keys[k]);
                if (strncmp(line, keys[k], n) == 0 && (line[n] == '\t' || line[n] == ' ' || line[n] == ':'))
                    rt_sha256_update(&s, line, strlen(line));
            }
        fclose(f);
    }
    rt_sha256_hex(&s, hex);
}

/* The words of the compiler and flag settings, and an argument vector built from them. */
typedef struct jit_cmd {
    char **cc, **fl;
    int ncc, nfl;
    char *argv[600];
    int argc;
} jit_cmd;

static se3rt_status jit_cmd_init(se3rt_ctx *ctx, jit_cmd *c)
{
    memset(c, 0, sizeof *c);
    const char *cc = rt_ctx_cc(ctx), *flags = rt_ctx_cflags(ctx);
    se3rt_status st = rt_split_words(ctx, cc, &c->cc, &c->ncc);
    if (!st)
        st = rt_split_words(ctx, flags, &c->fl, &c->nfl);
    if (!st && c->ncc == 0)
        st = rt_error(ctx, SE3RT_ERR_INVALID, "the C compiler setting ($CC) holds no command");
    return st;
}

static void jit_cmd_free(se3rt_ctx *ctx, jit_cmd *c)
{
    rt_free(ctx, c->cc);
    rt_free(ctx, c->fl);
}

/* argv = CC words [+ FLAGS words] + the NULL-terminated extras */
static char **jit_argv(jit_cmd *c, int with_flags, const char *const *extra)
{
    c->argc = 0;
    for (int i = 0; i < c->ncc; i++)
        c->argv[c->argc++] = c->cc[i];
    for (int i = 0; with_flags && i < c->nfl; i++)
        c->argv[c->argc++] = c->fl[i];
    for (int i = 0; extra[i]; i++)
        c->argv[c->argc++] = (char *)extra[i];
    c->argv[c->argc] = NULL;
    return c->argv;
}

static void jit_cmd_text(const jit_cmd *c, char *out, size_t n)
{
    size_t o = 0;
    out[0] = 0;
    for (int i = 0; i < c->argc && o < n; i++)
        o += (size_t)snprintf(out + o, n - o, "%s%s", i ? " " : "", c->argv[i]);
}

/* Version line and target digest of the compiler with these flags; computed once per ctx for
 * given compiler and flags. */
static se3rt_status jit_identity(se3rt_ctx *ctx, jit_cmd *c, const jit_memo **out)
{
    const char *cc = rt_ctx_cc(ctx), *flags = rt_ctx_cflags(ctx);
    size_t n = strlen(cc) + strlen(flags) + 2;
    char *key = rt_malloc(ctx, n);
    if (!key)
        return SE3RT_ERR_NOMEM;
    snprintf(key, n, "%s\n%s", cc, flags);
    jit_memo *m = ctx->jit_memo;
    if (m && strcmp(m->for_cmd, key) == 0) {
        rt_free(ctx, key);
        *out = m;
        return SE3RT_OK;
    }
    rt_jit_memo_free(ctx);
    m = rt_calloc(ctx, 1, sizeof *m);
    if (!m) {
        rt_free(ctx, key);
        return SE3RT_ERR_NOMEM;
    }
    m->for_cmd = key;
    char *buf = rt_malloc(ctx, 65536), e1[300];
    int status = 0;
    static const char *const ver[] = { "--version", NULL };
    se3rt_status st = buf ? rt_spawn(ctx, jit_argv(c, 0, ver), buf, 65536, &status) : SE3RT_ERR_NOMEM;
    if (st == SE3RT_ERR_UNAVAILABLE || (!st && status != 0))
        st = rt_error(ctx, SE3RT_ERR_UNAVAILABLE, "C compiler '%s' not found or not working (set CC to a working compiler)",
                      rt_esc(c->cc[0], e1, sizeof e1));
    if (!st) {
        buf[strcspn(buf, "\n")] = 0;
        snprintf(m->version, sizeof m->version, "%s", buf);
        static const char *const tgt[] = { "-###", "-x", "c", "-c", "/dev/null", "-o", "/dev/null", NULL };
        st = rt_spawn(ctx, jit_argv(c, 1, tgt), buf, 65536, &status);
    }
    if (!st && status == 0)
        target_digest(buf, m->target);
    else if (!st)   /* no `-###`: the CPU itself stands for what -march=native resolves to */
        cpu_digest(m->target);
    rt_free(ctx, buf);
    if (st) {
        rt_free(ctx, m->for_cmd);
        rt_free(ctx, m);
        return st;
    }
    ctx->jit_memo = m;
    *out = m;
    return SE3RT_OK;
}

/* What every build adds after $SE3TC_CFLAGS (and what the key hashes with them). */
static const char *const jit_build_flags[] = { "-fPIC", "-shared", "-fopenmp", NULL };
/* The same for generated C compiled as C++ over dual numbers (rt_jit_load_cxx): one thread, no
 * OpenMP (its reductions do not take class types), C's implicit void * conversions allowed. */
static const char *const jit_cxx_flags[] = { "-fPIC", "-shared", "-x", "c++", "-std=gnu++17", "-fpermissive", "-w",
                                             "-fno-exceptions", "-fno-rtti", NULL };

static se3rt_status jit_key(se3rt_ctx *ctx, jit_cmd *c, const char *src, size_t len, char key[65], char *cmdtext,
                            size_t cmdn, const char *const *flags)
{
    const jit_memo *m;
    se3rt_status st = jit_identity(ctx, c, &m);
    if (st)
        return st;
    jit_argv(c, 1, flags);
    jit_cmd_text(c, cmdtext, cmdn);
    rt_sha256 s;
    rt_sha256_init(&s);
    rt_sha256_update(&s, "se3tc-jit-2", 12);
    for (int i = 0; i < c->argc; i++)
        rt_sha256_update(&s, c->argv[i], strlen(c->argv[i]) + 1);
    rt_sha256_update(&s, m->version, strlen(m->version) + 1);
    rt_sha256_update(&s, m->target, 65);
    rt_sha256_update(&s, src, len);
    rt_sha256_hex(&s, key);
    return SE3RT_OK;
}

se3rt_status rt_jit_key(se3rt_ctx *ctx, const char *src, size_t len, char key[65])
{
    jit_cmd c;
    char text[1024];
    se3rt_status st = jit_cmd_init(ctx, &c);
    if (!st)
        st = jit_key(ctx, &c, src, len, key, text, sizeof text, jit_build_flags);
    jit_cmd_free(ctx, &c);
    return st;
}

/* ---------------------------------------------------------------- loading */

/* dlopen the inode behind the verified descriptor fd (named `name` in folder c): a hard link
 * to it under a fresh name, made through /proc/self/fd (so it is that inode, whatever happened
 * to `name` meanwhile), is what dlopen opens. Names hold the key, so the dynamic loader's reuse
 * of an object by name can only ever return the same content. Without /proc, the entry is
 * opened by name and its inode compared with fd's after loading. */
static void *jit_dlopen_verified(const rt_cache *c, int fd, const char *name, const char *key, char *why, size_t whyn)
{
    char proc[64], link[200], path[4400];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    snprintf(link, sizeof link, "%.64s.load.%ld.%ld.so", key, (long)getpid(), (long)gettid());
    void *h = NULL;
    unlinkat(c->fd, link, 0);
    if (linkat(AT_FDCWD, proc, c->fd, link, AT_SYMLINK_FOLLOW) == 0) {
        snprintf(path, sizeof path, "/proc/self/fd/%d/%s", c->fd, link);
        h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!h)
            snprintf(why, whyn, "%s", dlerror());
        unlinkat(c->fd, link, 0);
        return h;
    }
    snprintf(path, sizeof path, "%s/%s", c->path, name);
    h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!h) {
        snprintf(why, whyn, "%s", dlerror());
        return NULL;
    }
    struct stat a, b;
    if (fstat(fd, &a) != 0 || fstatat(c->fd, name, &b, AT_SYMLINK_NOFOLLOW) != 0 || a.st_dev != b.st_dev ||
        a.st_ino != b.st_ino) {
        dlclose(h);
        snprintf(why, whyn, "the entry changed while it was loaded");
        return NULL;
    }
    return h;
}

/* Check the entry's hash file, then load the entry. */
static int jit_try_open(const rt_cache *c, const char *so, const char *sum, const char *key, rt_jit *out)
{
    size_t size = 0;
    char hex[65], why[600];
    int fd = rt_cache_entry_open(c, so, JIT_SO_MAX, &size);
    if (fd < 0)
        return -1;
    if (rt_fd_sha256(fd, size, NULL, hex) != 0 || !rt_cache_sum_matches(c, sum, hex)) {
        close(fd);
        return -1;
    }
    out->handle = jit_dlopen_verified(c, fd, so, key, why, sizeof why);
    close(fd);
    return out->handle ? 0 : -1;
}

/* Remove temporaries (NAME.tmp.PID.TID) that a killed run left in the cache folder: only those
 * over an hour old, so a build still running on another machine sharing the folder keeps its
 * own. Called before a build, which is rare; errors are ignored (it is housekeeping). */
static void jit_sweep_stale(const rt_cache *c)
{
    int fd = dup(c->fd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return;
    }
    const time_t now = time(NULL);
    struct dirent *e;
    while ((e = readdir(d))) {
        struct stat sb;
        if (!strstr(e->d_name, ".tmp.") || fstatat(c->fd, e->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISREG(sb.st_mode) && sb.st_uid == geteuid() && now - sb.st_mtime > 3600)
            unlinkat(c->fd, e->d_name, 0);
    }
    closedir(d);
}

/* Compile DIR/KEY.c into DIR/KEY.so (through a temporary), with DIR/KEY.sum, and load it. */
static se3rt_status jit_build(se3rt_ctx *ctx, jit_cmd *cmd, const rt_cache *c, const char *key, const char *src,
                              size_t len, rt_jit *out, const char *const *flags)
{
    char cname[100], so[100], sum[100], tmp[200], cpath[4300], tpath[4400], e1[600], e2[600];
    snprintf(cname, sizeof cname, "%s.c", key);
    snprintf(so, sizeof so, "%s.so", key);
    snprintf(sum, sizeof sum, "%s.sum", key);
    snprintf(tmp, sizeof tmp, "%s.so.tmp.%ld.%ld", key, (long)getpid(), (long)gettid());
    snprintf(cpath, sizeof cpath, "%s/%s", c->path, cname);
    snprintf(tpath, sizeof tpath, "%s/%s", c->path, tmp);
    if (!c->priv)
        jit_sweep_stale(c);
    se3rt_status st = rt_cache_publish(ctx, c, cname, src, len);
    if (st)
        return st;
    const char *extra[24];
    int ne = 0;
    for (int i = 0; flags[i] && ne < 16; i++)
        extra[ne++] = flags[i];
    extra[ne++] = "-o", extra[ne++] = tpath, extra[ne++] = cpath, extra[ne++] = "-lm", extra[ne] = NULL;
    char *log = rt_malloc(ctx, 600);
    if (!log)
        return SE3RT_ERR_NOMEM;
    int status = 0;
    st = rt_spawn(ctx, jit_argv(cmd, 1, extra), log, 600, &status);
    if (!st && status != 0) {
        for (char *p = log; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
        char e3[700];
        st = rt_error(ctx, SE3RT_ERR_COMPILE, "compiling %s failed (%s, exit %d): %s", rt_esc(cpath, e1, sizeof e1),
                      rt_esc(out->cmd, e2, sizeof e2), status, rt_esc(log, e3, sizeof e3));
    }
    rt_free(ctx, log);
    if (st) {
        unlinkat(c->fd, tmp, 0);
        return st;
    }
    /* The object the compiler wrote: ours, regular; its mode made 0600 whatever the umask. */
    int fd = openat(c->fd, tmp, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat sb;
    char hex[65], hs[80], why[600] = "";
    int ok = fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid() && sb.st_size > 0 &&
             fchmod(fd, 0600) == 0 && rt_fd_sha256(fd, (size_t)sb.st_size, NULL, hex) == 0;
    if (!ok) {
        if (fd >= 0)
            close(fd);
        unlinkat(c->fd, tmp, 0);
        return rt_error(ctx, SE3RT_ERR_COMPILE, "the compiler's output %s is missing or not a file of this user",
                        rt_esc(tpath, e1, sizeof e1));
    }
    if (!c->priv) {
        snprintf(hs, sizeof hs, "%s\n", hex);
        st = rt_cache_publish(ctx, c, sum, hs, strlen(hs));
        if (!st && renameat(c->fd, tmp, c->fd, so) != 0)
            st = rt_error(ctx, SE3RT_ERR_IO, "cannot write the cache entry %s: %s", rt_esc(c->path, e1, sizeof e1),
                          strerror(errno));
        if (st) {
            close(fd);
            unlinkat(c->fd, tmp, 0);
            return st;
        }
        snprintf(out->so_path, sizeof out->so_path, "%s/%s", c->path, so);
    }
    out->handle = jit_dlopen_verified(c, fd, c->priv ? tmp : so, key, why, sizeof why);
    close(fd);
    if (!out->handle)
        return rt_error(ctx, SE3RT_ERR_COMPILE, "cannot load the compiled %s: %s", rt_esc(cpath, e1, sizeof e1),
                        rt_esc(why, e2, sizeof e2));
    return SE3RT_OK;
}

static se3rt_status jit_load_with(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out, const char *const *flags)
{
    memset(out, 0, sizeof *out);
    jit_cmd cmd;
    char key[65];
    se3rt_status st = jit_cmd_init(ctx, &cmd);
    if (!st)
        st = jit_key(ctx, &cmd, src, len, key, out->cmd, sizeof out->cmd, flags);
    if (st) {
        jit_cmd_free(ctx, &cmd);
        return st;
    }
    rt_cache c;
    rt_cache_open(ctx, &c);
    if (c.fd >= 0) {
        char so[100], sum[100];
        snprintf(so, sizeof so, "%s.so", key);
        snprintf(sum, sizeof sum, "%s.sum", key);
        if (jit_try_open(&c, so, sum, key, out) == 0) {
            snprintf(out->so_path, sizeof out->so_path, "%s/%s", c.path, so);
            out->from_cache = 1;
        } else {
            st = jit_build(ctx, &cmd, &c, key, src, len, out, flags);
        }
    } else {
        st = rt_cache_private(ctx, &c);
        if (!st)
            st = jit_build(ctx, &cmd, &c, key, src, len, out, flags);
    }
    rt_cache_close(&c);
    jit_cmd_free(ctx, &cmd);
    return st;
}

se3rt_status rt_jit_load(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out)
{
    return jit_load_with(ctx, src, len, out, jit_build_flags);
}

se3rt_status rt_jit_load_cxx(se3rt_ctx *ctx, const char *src, size_t len, rt_jit *out)
{
    return jit_load_with(ctx, src, len, out, jit_cxx_flags);
}

void rt_jit_close(rt_jit *j)
{
    if (j && j->handle)
        dlclose(j->handle);
    if (j)
        j->handle = NULL;
}
