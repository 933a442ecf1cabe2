/* safetensors.c - model weights in the safetensors format (8-byte little-endian header length,
 * JSON header, raw little-endian data): a validating reader (path or memory) that converts F32
 * and F64 to double, the shape checks model loading uses, and a deterministic atomic writer.
 * Also home of the helpers every format module shares: atomic files and read-to-EOF. */
#define _GNU_SOURCE   /* realpath, fopencookie */
#include "rt_internal.h"
#include "se3rt_io.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <unistd.h>

/* ---------------------------------------------------------------- shared file helpers */

struct se3rt_afile {
    FILE *fp;       /* the temporary (or, in place, the target itself), open for writing */
    char *tmp;      /* TARGET.tmp.<pid>, or NULL when writing in place */
    char *path;     /* the name given (for messages) */
    char *target;   /* the file renamed onto: path, or the regular file a symbolic link names */
    int fd;         /* under fp (a cookie stream, so the first write error's errno is kept) */
    int err;        /* errno of the first failed write or close, 0 if none */
};

static ssize_t afile_cookie_write(void *cookie, const char *buf, size_t n)
{
    se3rt_afile *af = cookie;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(af->fd, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (!af->err)
                af->err = w < 0 ? errno : EIO;
            return done ? (ssize_t)done : -1;
        }
        done += (size_t)w;
    }
    return (ssize_t)n;
}

static int afile_cookie_close(void *cookie)
{
    se3rt_afile *af = cookie;
    int rc = close(af->fd);
    if (rc != 0 && !af->err)
        af->err = errno;
    af->fd = -1;
    return rc;
}

static void afile_release(se3rt_ctx *ctx, se3rt_afile *af)
{
    rt_free(ctx, af->tmp);
    rt_free(ctx, af->path);
    rt_free(ctx, af->target);
    rt_free(ctx, af);
}

/* A message naming `path` (rt_error escapes its control characters: paths are outside input). */
static se3rt_status afile_error(se3rt_ctx *ctx, const char *path, const char *what, int err)
{
    return rt_error(ctx, SE3RT_ERR_IO, "%s: %s%s%s", path, what, err ? ": " : "", err ? strerror(err) : "");
}

/* Where the bytes for `path` go. A missing name or a regular file: a temporary beside it,
 * renamed on commit. A character device or FIFO (/dev/null, /dev/stdout, a pipe): written in
 * place, never replaced. A symbolic link: what it names, by the same rules (a regular file is
 * replaced, the link stays); a dangling link, a folder, a block device or a socket is refused. */
se3rt_status se3rt_afile_open(se3rt_ctx *ctx, const char *path, se3rt_afile **out, FILE **fp)
{
    *out = NULL;
    *fp = NULL;
    struct stat st;
    int exists = lstat(path, &st) == 0;
    if (!exists && errno != ENOENT)
        return afile_error(ctx, path, "cannot write", errno);
    char *real = NULL;
    if (exists && S_ISLNK(st.st_mode)) {
        if (stat(path, &st) != 0)
            return afile_error(ctx, path, "is a symbolic link to nothing that exists; not writing through it", 0);
        real = realpath(path, NULL);
        if (!real)
            return afile_error(ctx, path, "cannot resolve the symbolic link", errno);
    }
    if (exists && S_ISDIR(st.st_mode)) {
        free(real);
        return afile_error(ctx, path, "is a folder, not a file", 0);
    }
    const int inplace = exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode));
    if (exists && !inplace && !S_ISREG(st.st_mode)) {
        free(real);
        return afile_error(ctx, path, "is neither a regular file, a character device nor a FIFO; not writing it", 0);
    }
    se3rt_afile *af = rt_calloc(ctx, 1, sizeof *af);
    if (!af) {
        free(real);
        return SE3RT_ERR_NOMEM;
    }
    const char *target = real ? real : path;
    af->path = rt_strdup(ctx, path);
    af->target = af->path ? rt_strdup(ctx, target) : NULL;
    free(real);
    if (!af->target) {
        afile_release(ctx, af);
        return SE3RT_ERR_NOMEM;
    }
    int fd;
    if (inplace) {
        fd = open(af->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    } else {
        size_t n = strlen(af->target) + 48;
        af->tmp = rt_malloc(ctx, n);
        if (!af->tmp) {
            afile_release(ctx, af);
            return SE3RT_ERR_NOMEM;
        }
        snprintf(af->tmp, n, "%s.tmp.%ld", af->target, (long)getpid());
        const int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
        fd = open(af->tmp, flags, 0666);
        if (fd < 0 && errno == EEXIST && unlink(af->tmp) == 0)   /* left by a dead process of this pid */
            fd = open(af->tmp, flags, 0666);
        if (fd >= 0 && exists)
            (void)fchmod(fd, st.st_mode & 07777);   /* the replaced file's mode */
    }
    af->fd = fd;
    if (fd >= 0) {
        cookie_io_functions_t io = { NULL, afile_cookie_write, NULL, afile_cookie_close };
        if ((af->fp = fopencookie(af, "w", io)) == NULL) {
            int err = errno;
            close(fd);
            if (af->tmp)
                unlink(af->tmp);
            errno = err;
            fd = -1;
        }
    }
    if (fd < 0) {
        int err = errno;
        se3rt_status s = afile_error(ctx, path, "cannot write", err);
        afile_release(ctx, af);
        return s;
    }
    *out = af;
    *fp = af->fp;
    return SE3RT_OK;
}

/* Push everything written so far to the file (and to the disk for a regular file): 0 or errno. */
static int afile_push(se3rt_afile *af)
{
    if ((fflush(af->fp) != 0 || ferror(af->fp)) && !af->err)
        af->err = EIO;
    if (!af->err && af->tmp && fsync(af->fd) != 0)
        af->err = errno;
    return af->err;
}

se3rt_status se3rt_afile_flush(se3rt_ctx *ctx, se3rt_afile *af)
{
    int err = afile_push(af);
    return err ? afile_error(ctx, af->path, "cannot write", err) : SE3RT_OK;
}

/* Flush, fsync and close the temporary, then rename it onto the final name. Any failure removes
 * the temporary, so the final name never holds a partial file. In place: flush and close. */
se3rt_status se3rt_afile_commit(se3rt_ctx *ctx, se3rt_afile *af)
{
    afile_push(af);
    if (fclose(af->fp) != 0 && !af->err)
        af->err = EIO;
    int err = af->err;
    if (!err && af->tmp && rename(af->tmp, af->target) != 0)
        err = errno;
    se3rt_status s = SE3RT_OK;
    if (err) {
        if (af->tmp)
            unlink(af->tmp);
        s = afile_error(ctx, af->path, "cannot write", err);
    }
    afile_release(ctx, af);
    return s;
}

void se3rt_afile_abort(se3rt_ctx *ctx, se3rt_afile *af)
{
    if (!af)
        return;
    fclose(af->fp);
    if (af->tmp)
        unlink(af->tmp);
    afile_release(ctx, af);
}

/* The most a whole file read into memory may hold: a quarter of the physical memory, or of the
 * address-space or data-size limit (ulimit -v / -d) when one is lower. An endless stream
 * (/dev/zero, `yes`) then ends in a message naming it, not in the allocator. */
static size_t io_read_limit(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), psz = sysconf(_SC_PAGESIZE);
    double lim = pages > 0 && psz > 0 ? (double)pages * (double)psz : 64.0 * (1 << 30);
    struct rlimit rl;
    if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && (double)rl.rlim_cur < lim)
        lim = (double)rl.rlim_cur;
    if (getrlimit(RLIMIT_DATA, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && (double)rl.rlim_cur < lim)
        lim = (double)rl.rlim_cur;
    lim /= 4;
    return lim > (double)((size_t)-1 / 4) ? (size_t)-1 / 4 : (size_t)lim;
}

se3rt_status se3rt_io_read_all(se3rt_ctx *ctx, FILE *f, const char *name, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    size_t cap = 4096, n = 0;
    const size_t limit = io_read_limit();
    char *b = rt_malloc(ctx, cap);
    if (!b)
        return SE3RT_ERR_NOMEM;
    for (;;) {
        if (cap - n < 2) {
            if (cap >= limit) {
                rt_free(ctx, b);
                return rt_error(ctx, SE3RT_ERR_NOMEM, "%s: more than %.3g GiB, the most se3tc reads into memory (a "
                                "quarter of the memory available)", name, (double)limit / (1 << 30));
            }
            char *nb = rt_realloc(ctx, b, cap * 2 < limit ? cap * 2 : limit);
            if (!nb) {
                rt_free(ctx, b);
                return rt_error(ctx, SE3RT_ERR_NOMEM, "%s: out of memory after reading %zu bytes", name, n);
            }
            b = nb;
            cap = cap * 2 < limit ? cap * 2 : limit;
        }
        size_t r = fread(b + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) {
            if (ferror(f)) {
                int err = errno;
                rt_free(ctx, b);
                return rt_error(ctx, SE3RT_ERR_IO, "%s: read failed: %s", name,
                                err ? strerror(err) : "I/O error");
            }
            break;
        }
    }
    b[n] = 0;
    *buf = b;
    *len = n;
    return SE3RT_OK;
}

se3rt_status se3rt_io_read_path(se3rt_ctx *ctx, const char *path, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return rt_error(ctx, SE3RT_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    se3rt_status st = se3rt_io_read_all(ctx, f, path, buf, len);
    fclose(f);
    return st;
}

void se3rt_io_buf_free(se3rt_ctx *ctx, char *buf)
{
    rt_free(ctx, buf);
}

/* ---------------------------------------------------------------- reader */

#define ST_MAX_INT 9007199254740992.0 /* 2^53: larger JSON numbers are not exact */

/* A tensor's byte range while the header is checked. */
struct st_span {
    uint64_t begin, end;    /* data_offsets */
    size_t t;               /* index into st->tensors (file order) */
    const char *name;       /* its name */
};

/* Copy of a name fit for a one-line message: control bytes become '?', long names are cut. */
static const char *st_show(char *dst, size_t cap, const char *s)
{
    size_t i = 0;
    for (; s[i] && i + 4 < cap; i++)
        dst[i] = ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) ? '?' : s[i];
    if (s[i]) {
        memcpy(dst + i, "...", 3);
        i += 3;
    }
    dst[i] = 0;
    return dst;
}

/* "[4,4]" into dst. */
static const char *st_shape_str(char *dst, size_t cap, int ndim, const int64_t *shape)
{
    size_t k = (size_t)snprintf(dst, cap, "[");
    for (int i = 0; i < ndim && k < cap; i++)
        k += (size_t)snprintf(dst + k, cap - k, "%s%lld", i ? "," : "", (long long)shape[i]);
    if (k < cap)
        snprintf(dst + k, cap - k, "]");
    return dst;
}

static const char *st_dtype_name(se3rt_dtype d)
{
    return d == SE3RT_DTYPE_F32 ? "F32" : "F64";
}

static size_t st_dtype_size(se3rt_dtype d)
{
    return d == SE3RT_DTYPE_F32 ? 4 : 8;
}

/* A JSON number that is an integer in [0, 2^53]. */
static int st_json_uint(const cJSON *j, uint64_t *v /* OUT */)
{
    if (!cJSON_IsNumber(j))
        return 0;
    double d = j->valuedouble;
    if (!(d >= 0 && d <= ST_MAX_INT) || floor(d) != d)
        return 0;
    *v = (uint64_t)d;
    return 1;
}

void se3rt_st_free(se3rt_st *st)
{
    if (!st)
        return;
    se3rt_ctx *ctx = st->ctx;
    for (size_t i = 0; i < st->ntensors; i++) {
        rt_free(ctx, st->tensors[i].name);
        rt_free(ctx, st->tensors[i].data);
    }
    for (size_t i = 0; i < st->nmeta; i++) {
        rt_free(ctx, st->meta[i].key);
        rt_free(ctx, st->meta[i].value);
    }
    rt_free(ctx, st->tensors);
    rt_free(ctx, st->meta);
    rt_free(ctx, st->file);
    rt_free(ctx, st);
}

static int st_cmp_tensor(const void *a, const void *b)
{
    return strcmp(((const se3rt_st_tensor *)a)->name, ((const se3rt_st_tensor *)b)->name);
}

static int st_cmp_span_name(const void *a, const void *b)
{
    const struct st_span *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->t > y->t) - (x->t < y->t);
}

static int st_cmp_span_begin(const void *a, const void *b)
{
    const struct st_span *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return (x->t > y->t) - (x->t < y->t);
}

/* Fill tensor *t and span *sp from one header entry; returns SE3RT_OK or a FORMAT error. */
static se3rt_status st_parse_entry(se3rt_ctx *ctx, const char *file, const cJSON *e,
                                   uint64_t dlen, se3rt_st_tensor *t, struct st_span *sp)
{
    char nm[256], sh[256];
    st_show(nm, sizeof nm, t->name);
    if (!cJSON_IsObject(e))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': entry is not a JSON object", file, nm);
    const cJSON *dt = cJSON_GetObjectItemCaseSensitive(e, "dtype");
    const cJSON *shape = cJSON_GetObjectItemCaseSensitive(e, "shape");
    const cJSON *offs = cJSON_GetObjectItemCaseSensitive(e, "data_offsets");
    if (!dt)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': missing key 'dtype'", file, nm);
    if (!shape)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': missing key 'shape'", file, nm);
    if (!offs)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': missing key 'data_offsets'", file, nm);
    if (!cJSON_IsString(dt))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': dtype is not a string", file, nm);
    if (strcmp(dt->valuestring, "F32") == 0) {
        t->dtype = SE3RT_DTYPE_F32;
    } else if (strcmp(dt->valuestring, "F64") == 0) {
        t->dtype = SE3RT_DTYPE_F64;
    } else {
        char d[64];
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': dtype '%s' is not supported (only F32 and F64)",
                        file, nm, st_show(d, sizeof d, dt->valuestring));
    }
    if (!cJSON_IsArray(shape))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': shape is not a list", file, nm);
    int nd = cJSON_GetArraySize(shape);
    if (nd > SE3RT_ST_MAXDIM)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': shape has %d dimensions, at most %d are supported",
                        file, nm, nd, SE3RT_ST_MAXDIM);
    t->ndim = nd;
    size_t numel = 1, esize = st_dtype_size(t->dtype);
    int k = 0;
    for (const cJSON *d = shape->child; d; d = d->next, k++) {
        uint64_t v;
        if (!st_json_uint(d, &v))
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': shape entry %d is not a non-negative integer",
                            file, nm, k + 1);
        t->shape[k] = (int64_t)v;
        if (v && numel > ((size_t)-1 / 8) / v)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': shape is too large", file, nm);
        numel *= (size_t)v;
    }
    t->numel = numel;
    st_shape_str(sh, sizeof sh, t->ndim, t->shape);
    uint64_t b, en;
    if (!cJSON_IsArray(offs) || cJSON_GetArraySize(offs) != 2 || !st_json_uint(offs->child, &b) ||
        !st_json_uint(offs->child->next, &en))
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': data_offsets is not a pair of non-negative integers",
                        file, nm);
    if (b > en)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': data_offsets [%llu, %llu] are reversed", file,
                        nm, (unsigned long long)b, (unsigned long long)en);
    if (en - b != (uint64_t)numel * esize)
        return rt_error(ctx, SE3RT_ERR_FORMAT,
                        "%s: tensor '%s': data_offsets [%llu, %llu] do not match shape %s of %s (%llu bytes)", file,
                        nm, (unsigned long long)b, (unsigned long long)en, sh, st_dtype_name(t->dtype),
                        (unsigned long long)numel * esize);
    if (en > dlen)
        return rt_error(ctx, SE3RT_ERR_FORMAT,
                        "%s: tensor '%s': data_offsets [%llu, %llu] run past the end of the data (%llu bytes)", file,
                        nm, (unsigned long long)b, (unsigned long long)en, (unsigned long long)dlen);
    sp->begin = b;
    sp->end = en;
    return SE3RT_OK;
}

static double st_load_f32(const unsigned char *p)
{
    uint32_t u = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static double st_load_f64(const unsigned char *p)
{
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--)
        u = u << 8 | p[i];
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* Everything after the header is parsed: check names, metadata and byte ranges, then convert. */
static se3rt_status st_parse(se3rt_ctx *ctx, se3rt_st *st, const cJSON *root, const unsigned char *data,
                             uint64_t dlen, struct st_span *spans)
{
    const char *file = st->file;
    char nm[256], nm2[256];
    size_t nt = 0;
    int seen_meta = 0;
    for (const cJSON *e = root->child; e; e = e->next) {
        const char *key = e->string ? e->string : "";
        if (strcmp(key, "__metadata__") == 0) {
            if (seen_meta++)
                return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: duplicate key '__metadata__'", file);
            if (!cJSON_IsObject(e))
                return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: __metadata__ is not a JSON object", file);
            size_t nmeta_ = 0;
            for (const cJSON *m = e->child; m; m = m->next)
                nmeta_++;
            st->meta = rt_calloc(ctx, nmeta_ ? nmeta_ : 1, sizeof *st->meta);
            if (!st->meta)
                return SE3RT_ERR_NOMEM;
            for (const cJSON *m = e->child; m; m = m->next) {
                if (!cJSON_IsString(m))
                    return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: __metadata__ value '%s' is not a string", file,
                                    st_show(nm, sizeof nm, m->string ? m->string : ""));
                se3rt_st_meta *mm = &st->meta[st->nmeta];
                mm->key = rt_strdup(ctx, m->string ? m->string : "");
                mm->value = mm->key ? rt_strdup(ctx, m->valuestring) : NULL;
                if (!mm->value) {
                    rt_free(ctx, mm->key);
                    mm->key = NULL;
                    return SE3RT_ERR_NOMEM;
                }
                st->nmeta++;
            }
            continue;
        }
        se3rt_st_tensor *t = &st->tensors[nt];
        t->name = rt_strdup(ctx, key);
        if (!t->name)
            return SE3RT_ERR_NOMEM;
        st->ntensors = ++nt;
        spans[nt - 1].t = nt - 1;
        spans[nt - 1].name = t->name;
        se3rt_status s = st_parse_entry(ctx, file, e, dlen, t, &spans[nt - 1]);
        if (s)
            return s;
    }
    /* Duplicate names. */
    qsort(spans, nt, sizeof *spans, st_cmp_span_name);
    for (size_t i = 1; i < nt; i++)
        if (strcmp(spans[i].name, spans[i - 1].name) == 0)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: duplicate tensor '%s'", file,
                            st_show(nm, sizeof nm, spans[i].name));
    /* Byte ranges: contiguous, no overlap, no hole, nothing after the last. */
    qsort(spans, nt, sizeof *spans, st_cmp_span_begin);
    uint64_t at = 0;
    const char *prev = NULL;
    for (size_t i = 0; i < nt; i++) {
        const struct st_span *s = &spans[i];
        if (s->begin < at)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s': data_offsets [%llu, %llu] overlap tensor '%s'",
                            file, st_show(nm, sizeof nm, s->name), (unsigned long long)s->begin,
                            (unsigned long long)s->end, st_show(nm2, sizeof nm2, prev));
        if (s->begin > at)
            return rt_error(ctx, SE3RT_ERR_FORMAT,
                            "%s: tensor '%s': data_offsets [%llu, %llu] leave bytes [%llu, %llu) of the data unused",
                            file, st_show(nm, sizeof nm, s->name), (unsigned long long)s->begin,
                            (unsigned long long)s->end, (unsigned long long)at, (unsigned long long)s->begin);
        at = s->end;
        prev = s->name;
    }
    if (at < dlen)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: %llu bytes of trailing garbage after the last tensor", file,
                        (unsigned long long)(dlen - at));
    /* Convert. */
    for (size_t i = 0; i < nt; i++) {
        se3rt_st_tensor *t = &st->tensors[spans[i].t];
        t->data = rt_malloc(ctx, t->numel * sizeof(double));
        if (!t->data)
            return SE3RT_ERR_NOMEM;
        const unsigned char *p = data + spans[i].begin;
        if (t->dtype == SE3RT_DTYPE_F32)
            for (size_t k = 0; k < t->numel; k++)
                t->data[k] = st_load_f32(p + 4 * k);
        else
            for (size_t k = 0; k < t->numel; k++)
                t->data[k] = st_load_f64(p + 8 * k);
    }
    qsort(st->tensors, nt, sizeof *st->tensors, st_cmp_tensor);
    return SE3RT_OK;
}

se3rt_status se3rt_st_read_mem(se3rt_ctx *ctx, const void *buf, size_t len, const char *name,
                               se3rt_st **out)
{
    *out = NULL;
    const unsigned char *b = buf;
    const char *file = name ? name : "<memory>";
    if (len < 8)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: file is %zu bytes, too short for the 8-byte header length",
                        file, len);
    uint64_t hlen = 0;
    for (int i = 7; i >= 0; i--)
        hlen = hlen << 8 | b[i];
    if (hlen > len - 8)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: header length %llu runs past the end of the file (%zu bytes)",
                        file, (unsigned long long)hlen, len);
    se3rt_st *st = rt_calloc(ctx, 1, sizeof *st);
    if (!st)
        return SE3RT_ERR_NOMEM;
    st->ctx = ctx;
    st->file = rt_strdup(ctx, file);
    char *hdr = st->file ? rt_malloc(ctx, (size_t)hlen + 1) : NULL;
    if (!hdr) {
        se3rt_st_free(st);
        return SE3RT_ERR_NOMEM;
    }
    memcpy(hdr, b + 8, (size_t)hlen);
    hdr[hlen] = 0;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithOpts(hdr, &end, 0);
    se3rt_status s = SE3RT_OK;
    struct st_span *spans = NULL;
    if (!root) {
        size_t at = end && end >= hdr ? (size_t)(end - hdr) : 0;
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: malformed JSON header near byte %zu", file, 8 + at);
        goto done;
    }
    for (const char *p = end; p < hdr + hlen; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
            s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: garbage after the JSON header at byte %zu", file,
                         8 + (size_t)(p - hdr));
            goto done;
        }
    if (!cJSON_IsObject(root)) {
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: JSON header is not an object", file);
        goto done;
    }
    size_t n = 0;
    for (const cJSON *e = root->child; e; e = e->next)
        n++;
    st->tensors = rt_calloc(ctx, n ? n : 1, sizeof *st->tensors);
    spans = st->tensors ? rt_calloc(ctx, n ? n : 1, sizeof *spans) : NULL;
    if (!spans) {
        s = SE3RT_ERR_NOMEM;
        goto done;
    }
    s = st_parse(ctx, st, root, b + 8 + hlen, len - 8 - hlen, spans);
done:
    cJSON_Delete(root);
    rt_free(ctx, hdr);
    rt_free(ctx, spans);
    if (s) {
        se3rt_st_free(st);
        return s;
    }
    *out = st;
    return SE3RT_OK;
}

se3rt_status se3rt_st_read(se3rt_ctx *ctx, const char *path, se3rt_st **out)
{
    *out = NULL;
    char *buf;
    size_t len;
    se3rt_status s = se3rt_io_read_path(ctx, path, &buf, &len);
    if (s)
        return s;
    s = se3rt_st_read_mem(ctx, buf, len, path, out);
    rt_free(ctx, buf);
    return s;
}

/* ---------------------------------------------------------------- checks for model loading */

const se3rt_st_tensor *se3rt_st_find(const se3rt_st *st, const char *name)
{
    size_t lo = 0, hi = st->ntensors;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, st->tensors[mid].name);
        if (c == 0)
            return &st->tensors[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

se3rt_status se3rt_st_expect(se3rt_ctx *ctx, se3rt_st *st, const char *name, int ndim,
                             const int64_t *shape)
{
    char nm[256];
    se3rt_st_tensor *t = (se3rt_st_tensor *)se3rt_st_find(st, name);
    if (!t)
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: missing tensor '%s'", st->file, st_show(nm, sizeof nm, name));
    t->expected = 1;
    int same = t->ndim == ndim;
    for (int i = 0; same && i < ndim; i++)
        same = t->shape[i] == shape[i];
    if (!same) {
        char a[256], b[256];
        return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: tensor '%s' has shape %s, expected %s", st->file,
                        st_show(nm, sizeof nm, name), st_shape_str(a, sizeof a, t->ndim, t->shape),
                        st_shape_str(b, sizeof b, ndim > SE3RT_ST_MAXDIM ? SE3RT_ST_MAXDIM : ndim, shape));
    }
    return SE3RT_OK;
}

size_t se3rt_st_extra_list(const se3rt_st *st, const char **names, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < st->ntensors; i++) {
        if (st->tensors[i].expected)
            continue;
        if (names && n < cap)
            names[n] = st->tensors[i].name;
        n++;
    }
    return n;
}

se3rt_status se3rt_st_check_extra(se3rt_ctx *ctx, const se3rt_st *st)
{
    const char *first = NULL;
    size_t n = se3rt_st_extra_list(st, &first, 1);
    if (!n)
        return SE3RT_OK;
    char nm[256];
    return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: unexpected tensor '%s' (%zu %s not in the model)", st->file,
                    st_show(nm, sizeof nm, first), n, n == 1 ? "tensor" : "tensors");
}

/* ---------------------------------------------------------------- writer */

/* A growing byte buffer from the ctx allocator; `failed` sticks after the first NOMEM. */
struct st_buf {
    se3rt_ctx *ctx;     /* allocator */
    char *p;            /* bytes */
    size_t n, cap;      /* used, allocated */
    int failed;         /* an allocation failed */
};

static void st_buf_put(struct st_buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = rt_realloc(b->ctx, b->p, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void st_buf_puts(struct st_buf *b, const char *s)
{
    st_buf_put(b, s, strlen(s));
}

static void st_buf_u64(struct st_buf *b, uint64_t v)
{
    char t[32];
    snprintf(t, sizeof t, "%llu", (unsigned long long)v);
    st_buf_puts(b, t);
}

/* A JSON string literal. */
static void st_buf_json_str(struct st_buf *b, const char *s)
{
    st_buf_put(b, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            char e[2] = { '\\', (char)c };
            st_buf_put(b, e, 2);
        } else if (c < 0x20) {
            char e[8];
            snprintf(e, sizeof e, "\\u%04x", c);
            st_buf_puts(b, e);
        } else {
            st_buf_put(b, s, 1);
        }
    }
    st_buf_put(b, "\"", 1);
}

static int st_cmp_entry_ptr(const void *a, const void *b)
{
    const se3rt_st_entry *x = *(const se3rt_st_entry *const *)a, *y = *(const se3rt_st_entry *const *)b;
    return strcmp(x->name, y->name);
}

static int st_cmp_meta_ptr(const void *a, const void *b)
{
    const char *const *x = *(const char *const *const *)a, *const *y = *(const char *const *const *)b;
    return strcmp(x[0], y[0]);
}

/* Check the entries and return their element counts in numel[] (caller-allocated). */
static se3rt_status st_write_check(se3rt_ctx *ctx, const char *path, const se3rt_st_entry *entries, size_t n,
                                   const se3rt_st_entry **sorted, size_t *numel)
{
    char nm[256];
    for (size_t i = 0; i < n; i++) {
        const se3rt_st_entry *e = &entries[i];
        if (!e->name || !*e->name || strcmp(e->name, "__metadata__") == 0)
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: tensor %zu has an invalid name", path, i + 1);
        st_show(nm, sizeof nm, e->name);
        if (e->ndim < 0 || e->ndim > SE3RT_ST_MAXDIM || (e->ndim > 0 && !e->shape))
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: tensor '%s': %d dimensions (0..%d allowed)", path, nm,
                            e->ndim, SE3RT_ST_MAXDIM);
        size_t k = 1;
        for (int d = 0; d < e->ndim; d++) {
            if (e->shape[d] < 0)
                return rt_error(ctx, SE3RT_ERR_INVALID, "%s: tensor '%s': negative dimension %lld", path, nm,
                                (long long)e->shape[d]);
            uint64_t v = (uint64_t)e->shape[d];
            if (v && k > ((size_t)-1 / 8) / v)
                return rt_error(ctx, SE3RT_ERR_INVALID, "%s: tensor '%s': shape is too large", path, nm);
            k *= (size_t)v;
        }
        if (k && !e->data)
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: tensor '%s': no data", path, nm);
        numel[i] = k;
        sorted[i] = e;
    }
    qsort(sorted, n, sizeof *sorted, st_cmp_entry_ptr);
    for (size_t i = 1; i < n; i++)
        if (strcmp(sorted[i]->name, sorted[i - 1]->name) == 0)
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: duplicate tensor '%s'", path,
                            st_show(nm, sizeof nm, sorted[i]->name));
    return SE3RT_OK;
}

/* Build the padded JSON header for the entries in `sorted` order. */
static void st_write_header(struct st_buf *hb, const se3rt_st_entry **sorted, size_t n, se3rt_dtype dtype,
                            const char *const **metas, size_t nmeta)
{
    size_t esize = st_dtype_size(dtype);
    uint64_t at = 0;
    st_buf_puts(hb, "{");
    if (nmeta) {
        st_buf_puts(hb, "\"__metadata__\":{");
        for (size_t i = 0; i < nmeta; i++) {
            if (i)
                st_buf_puts(hb, ",");
            st_buf_json_str(hb, metas[i][0]);
            st_buf_puts(hb, ":");
            st_buf_json_str(hb, metas[i][1]);
        }
        st_buf_puts(hb, "}");
    }
    for (size_t i = 0; i < n; i++) {
        const se3rt_st_entry *e = sorted[i];
        uint64_t numel = 1;
        for (int d = 0; d < e->ndim; d++)
            numel *= (uint64_t)e->shape[d];
        if (i || nmeta)
            st_buf_puts(hb, ",");
        st_buf_json_str(hb, e->name);
        st_buf_puts(hb, ":{\"dtype\":\"");
        st_buf_puts(hb, st_dtype_name(dtype));
        st_buf_puts(hb, "\",\"shape\":[");
        for (int d = 0; d < e->ndim; d++) {
            if (d)
                st_buf_puts(hb, ",");
            st_buf_u64(hb, (uint64_t)e->shape[d]);
        }
        st_buf_puts(hb, "],\"data_offsets\":[");
        st_buf_u64(hb, at);
        st_buf_puts(hb, ",");
        at += numel * esize;
        st_buf_u64(hb, at);
        st_buf_puts(hb, "]}");
    }
    st_buf_puts(hb, "}");
    while (!hb->failed && hb->n % 8)
        st_buf_puts(hb, " ");
}

se3rt_status se3rt_st_write(se3rt_ctx *ctx, const char *path, const se3rt_st_entry *entries, size_t n,
                            se3rt_dtype dtype, const char *const *meta)
{
    size_t nmeta = 0;
    if (meta)
        while (meta[2 * nmeta]) {
            if (!meta[2 * nmeta + 1])
                return rt_error(ctx, SE3RT_ERR_INVALID, "%s: metadata key '%s' has no value", path, meta[2 * nmeta]);
            nmeta++;
        }
    if (dtype != SE3RT_DTYPE_F32 && dtype != SE3RT_DTYPE_F64)
        return rt_error(ctx, SE3RT_ERR_INVALID, "%s: unsupported dtype %d", path, (int)dtype);
    se3rt_status s = SE3RT_OK;
    struct st_buf hb = { ctx, NULL, 0, 0, 0 };
    se3rt_afile *af = NULL;
    unsigned char *chunk = NULL;
    const se3rt_st_entry **sorted = rt_calloc(ctx, n ? n : 1, sizeof *sorted);
    size_t *numel = sorted ? rt_calloc(ctx, n ? n : 1, sizeof *numel) : NULL;
    const char *const **metas = numel ? rt_calloc(ctx, nmeta ? nmeta : 1, sizeof *metas) : NULL;
    if (!metas) {
        s = SE3RT_ERR_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < nmeta; i++)
        metas[i] = meta + 2 * i;
    qsort(metas, nmeta, sizeof *metas, st_cmp_meta_ptr);
    if ((s = st_write_check(ctx, path, entries, n, sorted, numel)))
        goto done;
    st_write_header(&hb, sorted, n, dtype, metas, nmeta);
    if (hb.failed) {
        s = SE3RT_ERR_NOMEM;
        goto done;
    }
    FILE *fp;
    if ((s = se3rt_afile_open(ctx, path, &af, &fp)))
        goto done;
    unsigned char len8[8];
    for (int i = 0; i < 8; i++)
        len8[i] = (unsigned char)((uint64_t)hb.n >> (8 * i));
    fwrite(len8, 1, 8, fp);
    fwrite(hb.p, 1, hb.n, fp);
    size_t esize = st_dtype_size(dtype);
    for (size_t i = 0; i < n; i++) {
        const se3rt_st_entry *e = sorted[i];
        size_t k = 1;
        for (int d = 0; d < e->ndim; d++)
            k *= (size_t)e->shape[d];
        chunk = rt_malloc(ctx, k * esize);
        if (!chunk) {
            s = SE3RT_ERR_NOMEM;
            goto done;
        }
        for (size_t j = 0; j < k; j++) {
            uint64_t u;
            if (dtype == SE3RT_DTYPE_F32) {
                float f = (float)e->data[j];
                uint32_t u32;
                memcpy(&u32, &f, 4);
                u = u32;
            } else {
                memcpy(&u, &e->data[j], 8);
            }
            for (size_t bte = 0; bte < esize; bte++)
                chunk[j * esize + bte] = (unsigned char)(u >> (8 * bte));
        }
        if (fwrite(chunk, 1, k * esize, fp) != k * esize) {
            s = rt_error(ctx, SE3RT_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
            goto done;
        }
        rt_free(ctx, chunk);
        chunk = NULL;
    }
    s = se3rt_afile_commit(ctx, af);
    af = NULL;
done:
    se3rt_afile_abort(ctx, af);
    rt_free(ctx, chunk);
    rt_free(ctx, hb.p);
    rt_free(ctx, sorted);
    rt_free(ctx, numel);
    rt_free(ctx, (void *)metas);
    return s;
}
