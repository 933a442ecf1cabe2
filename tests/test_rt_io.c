/* test_rt_io.c - Check suite for the runtime file formats (runtime/safetensors.c, extxyz.c,
 * sdf.c): round trips, every error message, allocation failure at each allocation, atomic
 * writes, and a replay of the fuzz corpora in tests/fuzz/corpus_{extxyz,sdf,safetensors}/. */
#include "se3rt_io.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- helpers */

/* A ctx with the libc allocator; the test fails if it cannot be made. */
static se3rt_ctx *ctx_make(void)
{
    se3rt_ctx *ctx = NULL;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    return ctx;
}

/* Bytes of a safetensors file: 8-byte length, the header text as given, then dlen data bytes
 * (value i at byte i). Caller frees. */
static unsigned char *st_bytes(const char *hdr, size_t dlen, size_t *len /* OUT */)
{
    size_t h = strlen(hdr);
    unsigned char *b = malloc(8 + h + dlen + 1);
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)((uint64_t)h >> (8 * i));
    memcpy(b + 8, hdr, h);
    for (size_t i = 0; i < dlen; i++)
        b[8 + h + i] = (unsigned char)i;
    *len = 8 + h + dlen;
    return b;
}

/* Read a safetensors image from memory as "w.safetensors"; return the status, message in msg. */
static se3rt_status st_try(const char *hdr, size_t dlen, char *msg, size_t cap)
{
    se3rt_ctx *ctx = ctx_make();
    size_t len;
    unsigned char *b = st_bytes(hdr, dlen, &len);
    se3rt_st *st = NULL;
    se3rt_status s = se3rt_st_read_mem(ctx, b, len, "w.safetensors", &st);
    snprintf(msg, cap, "%s", se3rt_errmsg(ctx));
    if (s == SE3RT_OK)
        ck_assert_ptr_nonnull(st);
    else
        ck_assert_ptr_null(st);
    se3rt_st_free(st);
    se3rt_ctx_free(ctx);
    free(b);
    return s;
}

#define ST_ERR(hdr, dlen, want)                                                                   \
    do {                                                                                          \
        char m_[1024];                                                                            \
        ck_assert_int_eq(st_try(hdr, dlen, m_, sizeof m_), SE3RT_ERR_FORMAT);                     \
        ck_assert_str_eq(m_, want);                                                               \
    } while (0)

static se3rt_status xyz_try(const char *text, char *msg, size_t cap)
{
    se3rt_ctx *ctx = ctx_make();
    se3rt_xyz *x = NULL;
    se3rt_status s = se3rt_xyz_read_mem(ctx, text, strlen(text), "in.xyz", &x);
    snprintf(msg, cap, "%s", se3rt_errmsg(ctx));
    if (s != SE3RT_OK)
        ck_assert_ptr_null(x);
    se3rt_xyz_free(x);
    se3rt_ctx_free(ctx);
    return s;
}

#define XYZ_ERR(text, want)                                                                       \
    do {                                                                                          \
        char m_[1024];                                                                            \
        ck_assert_int_eq(xyz_try(text, m_, sizeof m_), SE3RT_ERR_FORMAT);                         \
        ck_assert_str_eq(m_, want);                                                               \
    } while (0)

static se3rt_status sdf_try(const char *text, char *msg, size_t cap)
{
    se3rt_ctx *ctx = ctx_make();
    se3rt_sdf *x = NULL;
    se3rt_status s = se3rt_sdf_read_mem(ctx, text, strlen(text), "mol.sdf", &x);
    snprintf(msg, cap, "%s", se3rt_errmsg(ctx));
    if (s != SE3RT_OK)
        ck_assert_ptr_null(x);
    se3rt_sdf_free(x);
    se3rt_ctx_free(ctx);
    return s;
}

#define SDF_ERR(text, want)                                                                       \
    do {                                                                                          \
        char m_[1024];                                                                            \
        ck_assert_int_eq(sdf_try(text, m_, sizeof m_), SE3RT_ERR_FORMAT);                         \
        ck_assert_str_eq(m_, want);                                                               \
    } while (0)

/* Number of entries in a folder other than . and .. */
static int dir_count(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

static void dir_remove(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char p[4200];
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            unlink(p);
        }
    closedir(d);
    rmdir(dir);
}

/* A file's text as a string (caller frees); the test fails if it cannot be read. */
static char *slurp(const char *path)
{
    char *s = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(s);
    return s;
}

static const char *const XYZ_ASE =
    "2\n"
    "Lattice=\"1 0 0 0 1 0 0 0 1\" Properties=species:S:1:pos:R:3 energy=-1.5 name=\"water molecule\" "
    "pbc=\"F F F\" flag\n"
    "O 0.1 0 0\n"
    "H 0.001 -2 3.5\n"
    "3\n"
    "Properties=species:S:1:pos:R:3:Z:I:1:fixed:L:1:vel:R:3 e=2\n"
    "C 0 0 0 6 T 1 2 3\n"
    "N 1.25 0 0 7 F 4 5 6\n"
    "H -1 -1 -1 1 T 7 8 9\n";

static const char *const SDF_ETHANOL =
    "ethanol\n"
    "  RDKit          3D\n"
    "\n"
    "  3  2  0  0  0  0  0  0  0  0999 V2000\n"
    "   -0.8883    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
    "    0.6150    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
    "    1.1080    1.3140    0.0000 Cl  0  0  0  0  0  0  0  0  0  0  0  0\n"
    "  1  2  1  0\n"
    "  2  3  2  0\n"
    "M  CHG  1   3  -1\n"
    "M  END\n"
    "> <energy>\n"
    "-154.1\n"
    "\n"
    ">  <smiles>  (1)\n"
    "CCO\n"
    "line two\n"
    "\n"
    "$$$$\n"
    "second\n"
    " prog\n"
    "comment\n"
    " 2 1 0 0 0 0 0 0 0 0999 V2000\n"
    "0.0 0.5 -0.5 C 0 0\n"
    "1.39 0.0 0.0 N 0 0\n"
    "1 2 4\n"
    "M  END\n"
    "$$$$\n";

/* ---------------------------------------------------------------- safetensors: round trip */

START_TEST(test_st_roundtrip_f64_f32)
{
    se3rt_ctx *ctx = ctx_make();
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/w.safetensors", dir);
    double a[6] = { 1.0 / 3.0, -2.5, 1e-300, 1e300, -0.0, 12345.678 };
    double b[2] = { 0.5, -1.25 };
    double s0 = 7.0;
    int64_t sa[2] = { 2, 3 }, sb[1] = { 2 }, sz[2] = { 0, 4 };
    se3rt_st_entry e[4] = {
        { "layer.b", 1, sb, b }, { "layer.a", 2, sa, a }, { "scalar", 0, NULL, &s0 }, { "empty", 2, sz, NULL },
    };
    const char *meta[] = { "format", "pt", "author", "se3tc", NULL };
    for (int dt = 0; dt < 2; dt++) {
        se3rt_dtype dtype = dt ? SE3RT_DTYPE_F32 : SE3RT_DTYPE_F64;
        ck_assert_int_eq(se3rt_st_write(ctx, path, e, 4, dtype, meta), SE3RT_OK);
        se3rt_st *st = NULL;
        ck_assert_int_eq(se3rt_st_read(ctx, path, &st), SE3RT_OK);
        ck_assert_uint_eq(st->ntensors, 4);
        ck_assert_str_eq(st->tensors[0].name, "empty");
        ck_assert_str_eq(st->tensors[1].name, "layer.a");
        ck_assert_str_eq(st->tensors[2].name, "layer.b");
        ck_assert_str_eq(st->tensors[3].name, "scalar");
        const se3rt_st_tensor *ta = se3rt_st_find(st, "layer.a");
        ck_assert_ptr_eq(ta, &st->tensors[1]);
        ck_assert_int_eq(ta->dtype, dtype);
        ck_assert_int_eq(ta->ndim, 2);
        ck_assert_int_eq(ta->shape[0], 2);
        ck_assert_int_eq(ta->shape[1], 3);
        ck_assert_uint_eq(ta->numel, 6);
        for (int i = 0; i < 6; i++) {
            double want = dt ? (double)(float)a[i] : a[i];
            ck_assert(memcmp(&ta->data[i], &want, sizeof want) == 0);
        }
        ck_assert(signbit(ta->data[4]));
        ck_assert_double_eq(se3rt_st_find(st, "layer.b")->data[1], -1.25);
        const se3rt_st_tensor *ts = se3rt_st_find(st, "scalar");
        ck_assert_int_eq(ts->ndim, 0);
        ck_assert_uint_eq(ts->numel, 1);
        ck_assert_double_eq(ts->data[0], 7.0);
        ck_assert_uint_eq(se3rt_st_find(st, "empty")->numel, 0);
        ck_assert_ptr_null(se3rt_st_find(st, "nope"));
        ck_assert_uint_eq(st->nmeta, 2);
        ck_assert_str_eq(st->meta[0].key, "author");
        ck_assert_str_eq(st->meta[1].value, "pt");
        se3rt_st_free(st);
    }
    ck_assert_int_eq(dir_count(dir), 1);
    dir_remove(dir);
    free(dir);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_st_write_layout)
{
    /* Deterministic header: __metadata__ first, names sorted, padded with spaces to 8 bytes. */
    se3rt_ctx *ctx = ctx_make();
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/w.safetensors", dir);
    double x[2] = { 1, 2 }, y[1] = { 3 };
    int64_t s2[1] = { 2 }, s1[1] = { 1 };
    se3rt_st_entry e[2] = { { "z\"q", 1, s1, y }, { "b", 1, s2, x } };
    const char *meta[] = { "k", "v", NULL };
    ck_assert_int_eq(se3rt_st_write(ctx, path, e, 2, SE3RT_DTYPE_F32, meta), SE3RT_OK);
    size_t len;
    unsigned char *b = (unsigned char *)tu_read_file(path, &len);
    ck_assert_ptr_nonnull(b);
    uint64_t h = 0;
    for (int i = 7; i >= 0; i--)
        h = h << 8 | b[i];
    const char *want = "{\"__metadata__\":{\"k\":\"v\"},"
                       "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                       "\"z\\\"q\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}";
    size_t wl = strlen(want);
    ck_assert_uint_eq(h % 8, 0);
    ck_assert_uint_eq(h, (wl + 7) / 8 * 8);
    ck_assert(memcmp(b + 8, want, wl) == 0);
    for (size_t i = wl; i < h; i++)
        ck_assert_int_eq(b[8 + i], ' ');
    ck_assert_uint_eq(len, 8 + h + 12);
    float f;
    memcpy(&f, b + 8 + h + 8, 4); /* the test machines are little-endian */
    ck_assert_float_eq(f, 3.0f);
    free(b);
    /* Writing the same again gives the same bytes. */
    char *first = tu_read_file(path, &len);
    ck_assert_int_eq(se3rt_st_write(ctx, path, e, 2, SE3RT_DTYPE_F32, meta), SE3RT_OK);
    size_t len2;
    char *second = tu_read_file(path, &len2);
    ck_assert_uint_eq(len, len2);
    ck_assert(memcmp(first, second, len) == 0);
    free(first);
    free(second);
    dir_remove(dir);
    free(dir);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_st_write_errors)
{
    se3rt_ctx *ctx = ctx_make();
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/w.safetensors", dir);
    double x[1] = { 1 };
    int64_t s1[1] = { 1 }, neg[1] = { -2 };
    se3rt_st_entry dup[2] = { { "a", 1, s1, x }, { "a", 1, s1, x } };
    ck_assert_int_eq(se3rt_st_write(ctx, path, dup, 2, SE3RT_DTYPE_F64, NULL), SE3RT_ERR_INVALID);
    ck_assert(strstr(se3rt_errmsg(ctx), "duplicate tensor 'a'") != NULL);
    se3rt_st_entry bad[1] = { { "n", 1, neg, x } };
    ck_assert_int_eq(se3rt_st_write(ctx, path, bad, 1, SE3RT_DTYPE_F64, NULL), SE3RT_ERR_INVALID);
    ck_assert(strstr(se3rt_errmsg(ctx), "tensor 'n': negative dimension -2") != NULL);
    ck_assert_int_eq(dir_count(dir), 0);
    dir_remove(dir);
    free(dir);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---------------------------------------------------------------- safetensors: errors */

START_TEST(test_st_errors_header)
{
    char m[1024];
    ck_assert_int_eq(st_try("{}", 0, m, sizeof m), SE3RT_OK);
    {
        se3rt_ctx *ctx = ctx_make();
        se3rt_st *st;
        ck_assert_int_eq(se3rt_st_read_mem(ctx, "abcd", 4, "w.safetensors", &st), SE3RT_ERR_FORMAT);
        ck_assert_str_eq(se3rt_errmsg(ctx), "w.safetensors: file is 4 bytes, too short for the 8-byte header length");
        unsigned char big[12] = { 200, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ', ' ' };
        ck_assert_int_eq(se3rt_st_read_mem(ctx, big, sizeof big, "w.safetensors", &st), SE3RT_ERR_FORMAT);
        ck_assert_str_eq(se3rt_errmsg(ctx), "w.safetensors: header length 200 runs past the end of the file (12 bytes)");
        ck_assert_int_eq(se3rt_st_read(ctx, "/nonexistent/w.safetensors", &st), SE3RT_ERR_IO);
        ck_assert_str_eq(se3rt_errmsg(ctx), "/nonexistent/w.safetensors: cannot open: No such file or directory");
        se3rt_ctx_free(ctx);
    }
    ST_ERR("{\"a\": {", 0, "w.safetensors: malformed JSON header near byte 15");
    ST_ERR("{} x", 0, "w.safetensors: garbage after the JSON header at byte 11");
    ST_ERR("[1]     ", 0, "w.safetensors: JSON header is not an object");
    ST_ERR("{\"a\": 3}", 0, "w.safetensors: tensor 'a': entry is not a JSON object");
    ST_ERR("{\"__metadata__\": {\"a\": 1}}", 0, "w.safetensors: __metadata__ value 'a' is not a string");
    ST_ERR("{\"__metadata__\": []}", 0, "w.safetensors: __metadata__ is not a JSON object");
}
END_TEST

START_TEST(test_st_errors_tensor)
{
    ST_ERR("{\"a1.q.1\": {\"shape\": [4,4], \"data_offsets\": [0, 64]}}", 64,
           "w.safetensors: tensor 'a1.q.1': missing key 'dtype'");
    ST_ERR("{\"a1.q.1\": {\"dtype\": \"F32\", \"data_offsets\": [0, 64]}}", 64,
           "w.safetensors: tensor 'a1.q.1': missing key 'shape'");
    ST_ERR("{\"a1.q.1\": {\"dtype\": \"F32\", \"shape\": [4,4]}}", 64,
           "w.safetensors: tensor 'a1.q.1': missing key 'data_offsets'");
    ST_ERR("{\"a1.q.1\": {\"dtype\": \"I64\", \"shape\": [2], \"data_offsets\": [0, 16]}}", 16,
           "w.safetensors: tensor 'a1.q.1': dtype 'I64' is not supported (only F32 and F64)");
    ST_ERR("{\"t\": {\"dtype\": 32, \"shape\": [2], \"data_offsets\": [0, 16]}}", 16,
           "w.safetensors: tensor 't': dtype is not a string");
    ST_ERR("{\"t\": {\"dtype\": \"F32\", \"shape\": [2, -1], \"data_offsets\": [0, 0]}}", 0,
           "w.safetensors: tensor 't': shape entry 2 is not a non-negative integer");
    ST_ERR("{\"t\": {\"dtype\": \"F32\", \"shape\": [1.5], \"data_offsets\": [0, 0]}}", 0,
           "w.safetensors: tensor 't': shape entry 1 is not a non-negative integer");
    ST_ERR("{\"t\": {\"dtype\": \"F32\", \"shape\": \"4\", \"data_offsets\": [0, 0]}}", 0,
           "w.safetensors: tensor 't': shape is not a list");
    ST_ERR("{\"t\": {\"dtype\": \"F32\", \"shape\": [1,1,1,1,1,1,1,1,1], \"data_offsets\": [0, 4]}}", 4,
           "w.safetensors: tensor 't': shape has 9 dimensions, at most 8 are supported");
    ST_ERR("{\"t\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0]}}", 4,
           "w.safetensors: tensor 't': data_offsets is not a pair of non-negative integers");
    ST_ERR("{\"t\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 0]}}", 4,
           "w.safetensors: tensor 't': data_offsets [4, 0] are reversed");
    ST_ERR("{\"a1.q.1\": {\"dtype\": \"F32\", \"shape\": [4,4], \"data_offsets\": [0, 96]}}", 96,
           "w.safetensors: tensor 'a1.q.1': data_offsets [0, 96] do not match shape [4,4] of F32 (64 bytes)");
    ST_ERR("{\"t\": {\"dtype\": \"F64\", \"shape\": [2], \"data_offsets\": [0, 16]}}", 8,
           "w.safetensors: tensor 't': data_offsets [0, 16] run past the end of the data (8 bytes)");
}
END_TEST

START_TEST(test_st_errors_layout)
{
    ST_ERR("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]},"
           " \"b\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [4, 12]}}",
           12, "w.safetensors: tensor 'b': data_offsets [4, 12] overlap tensor 'a'");
    ST_ERR("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]},"
           " \"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [8, 12]}}",
           12, "w.safetensors: tensor 'b': data_offsets [8, 12] leave bytes [4, 8) of the data unused");
    ST_ERR("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}", 7,
           "w.safetensors: 3 bytes of trailing garbage after the last tensor");
    ST_ERR("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]},"
           " \"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}",
           8, "w.safetensors: duplicate tensor 'a'");
}
END_TEST

START_TEST(test_st_expect)
{
    se3rt_ctx *ctx = ctx_make();
    size_t len;
    unsigned char *b = st_bytes("{\"a1.q.1\": {\"dtype\": \"F32\", \"shape\": [8,4], \"data_offsets\": [0, 128]},"
                                " \"x\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [128, 132]},"
                                " \"b\": {\"dtype\": \"F64\", \"shape\": [2], \"data_offsets\": [132, 148]}}",
                                148, &len);
    se3rt_st *st;
    ck_assert_int_eq(se3rt_st_read_mem(ctx, b, len, "w.safetensors", &st), SE3RT_OK);
    int64_t s44[2] = { 4, 4 }, s2[1] = { 2 };
    ck_assert_int_eq(se3rt_st_expect(ctx, st, "a1.q.1", 2, s44), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(ctx), "w.safetensors: tensor 'a1.q.1' has shape [8,4], expected [4,4]");
    ck_assert_int_eq(se3rt_st_expect(ctx, st, "a1.q.2", 2, s44), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(ctx), "w.safetensors: missing tensor 'a1.q.2'");
    ck_assert_int_eq(se3rt_st_expect(ctx, st, "b", 1, s2), SE3RT_OK);
    ck_assert_int_eq(se3rt_st_expect(ctx, st, "b", 0, NULL), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(ctx), "w.safetensors: tensor 'b' has shape [2], expected []");
    const char *names[4] = { 0 };
    ck_assert_uint_eq(se3rt_st_extra_list(st, names, 4), 1);
    ck_assert_str_eq(names[0], "x");
    ck_assert_int_eq(se3rt_st_check_extra(ctx, st), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(ctx), "w.safetensors: unexpected tensor 'x' (1 tensor not in the model)");
    /* Data of b: bytes 132..147 of the pattern, read as two little-endian doubles. */
    const se3rt_st_tensor *tb = se3rt_st_find(st, "b");
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--)
        u = u << 8 | (uint64_t)(132 + i);
    double want;
    memcpy(&want, &u, 8);
    ck_assert(memcmp(&tb->data[0], &want, 8) == 0);
    se3rt_st_free(st);
    free(b);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---------------------------------------------------------------- extended XYZ */

START_TEST(test_xyz_read_values)
{
    se3rt_ctx *ctx = ctx_make();
    se3rt_xyz *x;
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, XYZ_ASE, strlen(XYZ_ASE), "in.xyz", &x), SE3RT_OK);
    ck_assert_uint_eq(x->nframes, 2);
    const se3rt_frame *f = &x->frames[0];
    ck_assert_uint_eq(f->natoms, 2);
    ck_assert_int_eq(f->line, 1);
    ck_assert_uint_eq(f->ninfo, 6);
    ck_assert_str_eq(f->info[0].key, "Lattice");
    ck_assert_str_eq(f->info[0].value, "1 0 0 0 1 0 0 0 1");
    ck_assert_str_eq(f->info[1].key, "Properties");
    ck_assert_str_eq(se3rt_frame_info(f, "energy"), "-1.5");
    ck_assert_str_eq(se3rt_frame_info(f, "name"), "water molecule");
    ck_assert_str_eq(se3rt_frame_info(f, "pbc"), "F F F");
    ck_assert_str_eq(f->info[5].key, "flag");
    ck_assert_int_eq(f->info[5].bare, 1);
    ck_assert_str_eq(f->info[5].value, "T");
    const double *pos = se3rt_frame_positions(f);
    ck_assert_double_eq(pos[0], 0.1);
    ck_assert_double_eq(pos[3], 1e-3);
    ck_assert_double_eq(pos[4], -2);
    ck_assert_double_eq(pos[5], 3.5);
    ck_assert_str_eq(se3rt_frame_prop(f, "species")->strings[1], "H");
    f = &x->frames[1];
    ck_assert_int_eq(f->line, 5);
    ck_assert_uint_eq(f->nprops, 5);
    const se3rt_xyz_prop *z = se3rt_frame_prop(f, "Z"), *fx = se3rt_frame_prop(f, "fixed"),
                         *v = se3rt_frame_prop(f, "vel");
    ck_assert_int_eq(z->type, SE3RT_PTYPE_I);
    ck_assert_double_eq(z->values[1], 7);
    ck_assert_int_eq(fx->type, SE3RT_PTYPE_L);
    ck_assert_double_eq(fx->values[0], 1);
    ck_assert_double_eq(fx->values[1], 0);
    ck_assert_int_eq(v->ncols, 3);
    ck_assert_double_eq(v->values[7], 8);
    ck_assert_double_eq(se3rt_frame_positions(f)[3], 1.25);
    se3rt_xyz_free(x);
    /* No Properties= means species:S:1:pos:R:3; CRLF line ends; escaped quotes. */
    const char *plain = "1\r\nq=\"a \\\"b\\\" c\" just a comment\r\nC 1 2 3\r\n\r\n";
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, plain, strlen(plain), "p.xyz", &x), SE3RT_OK);
    ck_assert_uint_eq(x->nframes, 1);
    ck_assert_str_eq(se3rt_frame_info(&x->frames[0], "q"), "a \"b\" c");
    ck_assert_str_eq(se3rt_frame_info(&x->frames[0], "comment"), "T");
    ck_assert_double_eq(se3rt_frame_positions(&x->frames[0])[2], 3);
    se3rt_xyz_free(x);
    se3rt_ctx_free(ctx);
}
END_TEST

/* Same frames, properties, values and info (NaN equals NaN). */
static void xyz_assert_same(const se3rt_xyz *a, const se3rt_xyz *b)
{
    ck_assert_uint_eq(a->nframes, b->nframes);
    for (size_t i = 0; i < a->nframes; i++) {
        const se3rt_frame *f = &a->frames[i], *g = &b->frames[i];
        ck_assert_uint_eq(f->natoms, g->natoms);
        ck_assert_uint_eq(f->nprops, g->nprops);
        ck_assert_uint_eq(f->ninfo, g->ninfo);
        for (size_t k = 0; k < f->ninfo; k++) {
            ck_assert_str_eq(f->info[k].key, g->info[k].key);
            ck_assert_str_eq(f->info[k].value, g->info[k].value);
            ck_assert_int_eq(f->info[k].bare, g->info[k].bare);
        }
        for (size_t p = 0; p < f->nprops; p++) {
            const se3rt_xyz_prop *x = &f->props[p], *y = &g->props[p];
            ck_assert_str_eq(x->name, y->name);
            ck_assert_int_eq(x->type, y->type);
            ck_assert_int_eq(x->ncols, y->ncols);
            for (size_t k = 0; k < f->natoms * (size_t)x->ncols; k++) {
                if (x->type == SE3RT_PTYPE_S)
                    ck_assert_str_eq(x->strings[k], y->strings[k]);
                else
                    ck_assert(x->values[k] == y->values[k] || (isnan(x->values[k]) && isnan(y->values[k])));
            }
        }
    }
}

START_TEST(test_xyz_roundtrip)
{
    se3rt_ctx *ctx = ctx_make();
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/out.xyz", dir);
    se3rt_xyz *x, *y;
    const char *odd = "2\nProperties=species:S:1:pos:R:3 k=\"\" e=0.1\n"
                      "C 0.30000000000000004 nan -inf\nH 1e-310 -0 123456789012345678\n";
    const char *texts[2] = { XYZ_ASE, odd };
    for (int t = 0; t < 2; t++) {
        ck_assert_int_eq(se3rt_xyz_read_mem(ctx, texts[t], strlen(texts[t]), "in.xyz", &x), SE3RT_OK);
        ck_assert_int_eq(se3rt_xyz_write(ctx, x, path), SE3RT_OK);
        ck_assert_int_eq(se3rt_xyz_read(ctx, path, &y), SE3RT_OK);
        xyz_assert_same(x, y);
        se3rt_xyz_free(y);
        se3rt_xyz_free(x);
    }
    /* The ASE text comes back as it went in, apart from spacing we normalise. */
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, XYZ_ASE, strlen(XYZ_ASE), "in.xyz", &x), SE3RT_OK);
    ck_assert_int_eq(se3rt_xyz_write(ctx, x, path), SE3RT_OK);
    char *s = slurp(path);
    ck_assert_str_eq(s, XYZ_ASE);
    free(s);
    se3rt_xyz_free(x);
    ck_assert_int_eq(dir_count(dir), 1);
    dir_remove(dir);
    free(dir);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_xyz_write_added)
{
    se3rt_ctx *ctx = ctx_make();
    se3rt_xyz *x;
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, XYZ_ASE, strlen(XYZ_ASE), "in.xyz", &x), SE3RT_OK);
    se3rt_frame *f = &x->frames[0];
    double force[6] = { 1.0 / 3.0, 0, -2, 0.1, 1e-20, 5 };
    double dip[3] = { 0.1, 0.2, 1.0 / 3.0 };
    double e = -0.5;
    ck_assert_int_eq(se3rt_frame_prop_add(x, f, "force", 3, force, 10), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_info_set_values(x, f, "dipole", 3, dip, 17), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_info_set_values(x, f, "energy", 1, &e, 0), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_info_set(x, f, "note", "two words"), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_prop_add(x, &x->frames[1], "q", 1, force, 17), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_prop_add(x, f, "bad name", 1, force, 17), SE3RT_ERR_INVALID);
    ck_assert_int_eq(se3rt_frame_prop_add(x, f, "pos", 2, force, 17), SE3RT_ERR_INVALID);
    ck_assert_int_eq(se3rt_frame_info_set(x, f, "Properties", "x"), SE3RT_ERR_INVALID);
    char *buf = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    ck_assert_int_eq(se3rt_xyz_write_file(ctx, x, mf, "<stdout>"), SE3RT_OK);
    fclose(mf);
    const char *want =
        "2\n"
        "Lattice=\"1 0 0 0 1 0 0 0 1\" Properties=species:S:1:pos:R:3:force:R:3 energy=-0.5 "
        "name=\"water molecule\" pbc=\"F F F\" flag "
        "dipole=\"0.10000000000000001 0.20000000000000001 0.33333333333333331\" note=\"two words\"\n"
        "O 0.1 0 0 0.3333333333 0 -2\n"
        "H 0.001 -2 3.5 0.1 1e-20 5\n"
        "3\n"
        "Properties=species:S:1:pos:R:3:Z:I:1:fixed:L:1:vel:R:3:q:R:1 e=2\n"
        "C 0 0 0 6 T 1 2 3 0.33333333333333331\n"
        "N 1.25 0 0 7 F 4 5 6 0\n"
        "H -1 -1 -1 1 T 7 8 9 -2\n";
    ck_assert_str_eq(buf, want);
    /* Replacing a property keeps its place. */
    ck_assert_int_eq(se3rt_frame_prop_add(x, f, "force", 1, force, 0), SE3RT_OK);
    ck_assert_str_eq(f->props[2].name, "force");
    ck_assert_int_eq(f->props[2].ncols, 1);
    free(buf);
    se3rt_xyz_free(x);
    /* Frames built in memory. */
    se3rt_xyz *n;
    ck_assert_int_eq(se3rt_xyz_new(ctx, "gen.xyz", &n), SE3RT_OK);
    double p[6] = { 0, 0, 0, 1, 2, 3 };
    const char *sp[2] = { "Ar", "Ne" };
    se3rt_frame *g;
    ck_assert_int_eq(se3rt_xyz_frame_append(n, 2, sp, p, &g), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_info_set(n, g, "seed", "7"), SE3RT_OK);
    ck_assert_int_eq(se3rt_xyz_frame_append(n, 1, NULL, p + 3, NULL), SE3RT_OK);
    mf = open_memstream(&buf, &len);
    ck_assert_int_eq(se3rt_xyz_write_file(ctx, n, mf, "<stdout>"), SE3RT_OK);
    fclose(mf);
    ck_assert_str_eq(buf, "2\nProperties=species:S:1:pos:R:3 seed=7\nAr 0 0 0\nNe 1 2 3\n"
                          "1\nProperties=species:S:1:pos:R:3\nX 1 2 3\n");
    free(buf);
    se3rt_xyz_free(n);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_xyz_stream)
{
    /* A pipe, as stdin is: the reader takes any FILE* and reads it to EOF. */
    se3rt_ctx *ctx = ctx_make();
    char *dir = tu_tmpdir();
    char path[4200], cmd[8600];
    snprintf(path, sizeof path, "%s/in.xyz", dir);
    ck_assert_int_eq(tu_write_file(path, XYZ_ASE), 0);
    snprintf(cmd, sizeof cmd, "cat '%s'", path);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    se3rt_xyz *x;
    ck_assert_int_eq(se3rt_xyz_read_file(ctx, p, NULL, &x), SE3RT_OK);
    pclose(p);
    ck_assert_uint_eq(x->nframes, 2);
    ck_assert_str_eq(x->file, "<stdin>");
    ck_assert_double_eq(se3rt_frame_positions(&x->frames[1])[6], -1);
    se3rt_xyz_free(x);
    /* Errors from a stream name the stream. */
    p = popen("printf '1\\n\\nC 0 0\\n'", "r");
    ck_assert_int_eq(se3rt_xyz_read_file(ctx, p, NULL, &x), SE3RT_ERR_FORMAT);
    pclose(p);
    ck_assert_str_eq(se3rt_errmsg(ctx), "<stdin>:3: atom 1 has 3 columns, Properties= needs 4");
    dir_remove(dir);
    free(dir);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_xyz_errors)
{
    XYZ_ERR("abc\n\n", "in.xyz:1: expected an atom count, got 'abc'");
    XYZ_ERR("2 3\n\n", "in.xyz:1: expected an atom count, got '2 3'");
    XYZ_ERR("1\n\nC 0 0 0\n-1\n", "in.xyz:4: expected an atom count, got '-1'");
    XYZ_ERR("1\n", "in.xyz:1: truncated frame: no comment line after the atom count");
    XYZ_ERR("3\nProperties=species:S:1:pos:R:3\nC 0 0 0\nC 1 1 1\n",
            "in.xyz:1: truncated frame: 3 atoms announced, the file ends after 2");
    XYZ_ERR("0\n\n3\n\nH 0 0 0\nH 0 0 0\nH 0 0 0 0\n",
            "in.xyz:7: atom 3 has 5 columns, Properties= needs 4");
    XYZ_ERR("1\nProperties=species:S:1:pos:R:3:vel:R:3\nC 0 0 0 1 2\n",
            "in.xyz:3: atom 1 has 6 columns, Properties= needs 7");
    XYZ_ERR("1\n\nC 0 x1 0\n", "in.xyz:3: atom 1: bad number 'x1' for pos");
    XYZ_ERR("1\nProperties=species:S:1:pos:R:3:Z:I:1\nC 0 0 0 1.5\n", "in.xyz:3: atom 1: bad integer '1.5' for Z");
    XYZ_ERR("1\nProperties=species:S:1:pos:R:3:f:L:1\nC 0 0 0 yes\n", "in.xyz:3: atom 1: bad logical 'yes' for f (T or F)");
    XYZ_ERR("1\nname=\"water molecule\n", "in.xyz:2: unterminated quote in the value of 'name'");
    XYZ_ERR("1\n\"key\n", "in.xyz:2: unterminated quote in the comment line");
    XYZ_ERR("1\na =b =c\n", "in.xyz:2: '=' without a key in the comment line");
    XYZ_ERR("1\nProperties=species:S:1\nC\n", "in.xyz:2: Properties= has no pos column (pos:R:3)");
    XYZ_ERR("1\nProperties=species:S:1:pos:R:2\nC 0 0\n", "in.xyz:2: Properties= has pos:R:2, expected pos:R:3");
    XYZ_ERR("1\nProperties=species:S:1:pos:R\nC 0 0\n",
            "in.xyz:2: Properties=species:S:1:pos:R is not a list of name:type:ncols");
    XYZ_ERR("1\nProperties=species:X:1:pos:R:3\nC 0 0 0\n",
            "in.xyz:2: Properties=: 'species' has unknown type 'X' (S, R, I or L)");
    XYZ_ERR("1\nProperties=species:S:0:pos:R:3\nC 0 0 0\n", "in.xyz:2: Properties=: 'species' has bad column count '0'");
    XYZ_ERR("1\nProperties=pos:R:3:pos:R:3\nC 0 0 0\n", "in.xyz:2: Properties= lists 'pos' twice");
    XYZ_ERR("1\n\nC 0 0 0\n\n1\n", "in.xyz:4: expected an atom count, got ''");
    se3rt_ctx *c2 = ctx_make();
    se3rt_xyz *x2;
    ck_assert_int_eq(se3rt_xyz_read_mem(c2, "1\n\nC 0\0 0 0\n", 12, "in.xyz", &x2), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(c2), "in.xyz:3: NUL byte in a text file");
    se3rt_sdf *s2;
    ck_assert_int_eq(se3rt_sdf_read_mem(c2, "m\n\0\n", 5, "mol.sdf", &s2), SE3RT_ERR_FORMAT);
    ck_assert_str_eq(se3rt_errmsg(c2), "mol.sdf:2: NUL byte in a text file");
    se3rt_ctx_free(c2);
    char m[1024];
    /* Empty input and trailing blank lines are fine. */
    ck_assert_int_eq(xyz_try("", m, sizeof m), SE3RT_OK);
    ck_assert_int_eq(xyz_try("1\n\nC 0 0 0\n\n  \n", m, sizeof m), SE3RT_OK);
    se3rt_ctx *ctx = ctx_make();
    se3rt_xyz *x;
    ck_assert_int_eq(se3rt_xyz_read(ctx, "/nonexistent/in.xyz", &x), SE3RT_ERR_IO);
    ck_assert_str_eq(se3rt_errmsg(ctx), "/nonexistent/in.xyz: cannot open: No such file or directory");
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_xyz_check_positions)
{
    se3rt_ctx *ctx = ctx_make();
    const char *t = "1\n\nC 0 0 0\n0\n\n6\n\nC 0 0 0\nC 0 0 0\nC 0 0 0\nC 0 0 0\nC 0 NaN 0\nC inf 0 0\n";
    se3rt_xyz *x;
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, t, strlen(t), "in.xyz", &x), SE3RT_OK);
    ck_assert_uint_eq(x->nframes, 3);
    ck_assert_uint_eq(x->frames[1].natoms, 0);
    ck_assert(isnan(se3rt_frame_positions(&x->frames[2])[13]));
    ck_assert_int_eq(se3rt_frame_check_positions(ctx, &x->frames[0], "in.xyz", 0), SE3RT_OK);
    ck_assert_int_eq(se3rt_frame_check_positions(ctx, &x->frames[1], "in.xyz", 1), SE3RT_ERR_INVALID);
    ck_assert_str_eq(se3rt_errmsg(ctx), "in.xyz: frame 2: empty frame (0 atoms)");
    ck_assert_int_eq(se3rt_frame_check_positions(ctx, &x->frames[2], "in.xyz", 1), SE3RT_ERR_INVALID);
    ck_assert_str_eq(se3rt_errmsg(ctx), "in.xyz: frame 2, atom 5: non-finite position (y = nan)");
    se3rt_xyz_free(x);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---------------------------------------------------------------- SDF */

START_TEST(test_sdf_read)
{
    se3rt_ctx *ctx = ctx_make();
    se3rt_sdf *s;
    ck_assert_int_eq(se3rt_sdf_read_mem(ctx, SDF_ETHANOL, strlen(SDF_ETHANOL), "mol.sdf", &s), SE3RT_OK);
    ck_assert_uint_eq(s->nmols, 2);
    const se3rt_mol *m = &s->mols[0];
    ck_assert_str_eq(m->title, "ethanol");
    ck_assert_int_eq(m->line, 1);
    ck_assert_uint_eq(m->natoms, 3);
    ck_assert_double_eq(m->pos[0], -0.8883);
    ck_assert_double_eq(m->pos[6], 1.108);
    ck_assert_double_eq(m->pos[7], 1.314);
    ck_assert_str_eq(m->symbols[0], "C");
    ck_assert_str_eq(m->symbols[2], "Cl");
    ck_assert_uint_eq(m->nbonds, 2);
    ck_assert_int_eq(m->bonds[1].i, 1);
    ck_assert_int_eq(m->bonds[1].j, 2);
    ck_assert_int_eq(m->bonds[1].order, 2);
    ck_assert_uint_eq(m->nitems, 2);
    ck_assert_str_eq(se3rt_mol_data(m, "energy"), "-154.1");
    ck_assert_str_eq(se3rt_mol_data(m, "smiles"), "CCO\nline two");
    ck_assert_ptr_null(se3rt_mol_data(m, "nope"));
    m = &s->mols[1];
    ck_assert_str_eq(m->title, "second");
    ck_assert_int_eq(m->line, 20);
    ck_assert_uint_eq(m->natoms, 2);
    ck_assert_double_eq(m->pos[1], 0.5);
    ck_assert_double_eq(m->pos[2], -0.5);
    ck_assert_str_eq(m->symbols[1], "N");
    ck_assert_int_eq(m->bonds[0].order, 4);
    ck_assert_uint_eq(m->nitems, 0);
    se3rt_sdf_free(s);
    /* A MOL file: one molecule, no $$$$; a blank title. */
    const char *mol = "\n\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\n"
                      "    0.0000    0.0000    0.0000 He  0  0\nM  END\n";
    ck_assert_int_eq(se3rt_sdf_read_mem(ctx, mol, strlen(mol), "x.mol", &s), SE3RT_OK);
    ck_assert_uint_eq(s->nmols, 1);
    ck_assert_str_eq(s->mols[0].title, "");
    ck_assert_str_eq(s->mols[0].symbols[0], "He");
    se3rt_sdf_free(s);
    /* V3000: the same molecule as ethanol's first, with a continued line, a charge and an
     * SGROUP block that is skipped */
    const char *v3 = "ethanol3\n  RDKit          3D\n\n  0  0  0     0  0            999 V3000\n"
                     "M  V30 BEGIN CTAB\nM  V30 COUNTS 3 2 0 0 0\nM  V30 BEGIN ATOM\n"
                     "M  V30 1 C -0.8883 0.1670 0.0000 0\nM  V30 2 C 0.4365 -0.5693 -\nM  V30 0.0000 0 CHG=0\n"
                     "M  V30 3 Cl 1.108 1.314 0.0 0\nM  V30 END ATOM\nM  V30 BEGIN BOND\nM  V30 1 1 1 2\n"
                     "M  V30 2 2 2 3\nM  V30 END BOND\nM  V30 BEGIN SGROUP\nM  V30 1 SUP 0\nM  V30 END SGROUP\n"
                     "M  V30 END CTAB\nM  END\n> <energy>\n-154.1\n\n$$$$\n";
    ck_assert_int_eq(se3rt_sdf_read_mem(ctx, v3, strlen(v3), "v3.sdf", &s), SE3RT_OK);
    ck_assert_uint_eq(s->nmols, 1);
    m = &s->mols[0];
    ck_assert_uint_eq(m->natoms, 3);
    ck_assert_double_eq(m->pos[0], -0.8883);
    ck_assert_double_eq(m->pos[3], 0.4365);
    ck_assert_double_eq(m->pos[5], 0.0);
    ck_assert_double_eq(m->pos[7], 1.314);
    ck_assert_str_eq(m->symbols[2], "Cl");
    ck_assert_uint_eq(m->nbonds, 2);
    ck_assert_int_eq(m->bonds[1].i, 1);
    ck_assert_int_eq(m->bonds[1].j, 2);
    ck_assert_int_eq(m->bonds[1].order, 2);
    ck_assert_str_eq(se3rt_mol_data(m, "energy"), "-154.1");
    se3rt_sdf_free(s);
    /* Through a stream. */
    FILE *f = fmemopen((void *)SDF_ETHANOL, strlen(SDF_ETHANOL), "r");
    ck_assert_int_eq(se3rt_sdf_read_file(ctx, f, NULL, &s), SE3RT_OK);
    fclose(f);
    ck_assert_uint_eq(s->nmols, 2);
    se3rt_sdf_free(s);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_sdf_errors)
{
    const char *h = "m\n\n\n";
    char t[2048];
    snprintf(t, sizeof t, "%s  3  1  0  0  0  0  0  0  0  0999 V2000\n"
             "0 0 0 C\n0 0 1 C\n0 0 2 C\n  1  9  1  0\nM  END\n", h);
    SDF_ERR(t, "mol.sdf:8: bond 1 refers to atom 9 but the molecule has 3 atoms");
    snprintf(t, sizeof t, "%s  2  1  0  0  0  0  0  0  0  0999 V2000\n0 0 0 C\n0 0 1 C\n  1  2  8  0\nM  END\n", h);
    SDF_ERR(t, "mol.sdf:7: bond 1 has type 8 (supported: 1 single, 2 double, 3 triple, 4 aromatic)");
    snprintf(t, sizeof t, "%s  2  1  0  0  0  0  0  0  0  0999 V2000\n0 0 0 C\n0 0 1 C\n  2  2  1  0\nM  END\n", h);
    SDF_ERR(t, "mol.sdf:7: bond 1 joins atom 2 to itself");
    /* V3000 connection tables */
    const char *v3 = "  0  0  0     0  0            999 V3000\n";
    snprintf(t, sizeof t, "%s%sM  V30 BEGIN CTAB\nM  END\n", h, v3);
    SDF_ERR(t, "mol.sdf:6: V3000: expected 'M  V30 COUNTS na nb ...', got 'M  END'");
    snprintf(t, sizeof t, "%s%sM  V30 BEGIN CTAB\nM  V30 COUNTS x 1 0 0 0\n", h, v3);
    SDF_ERR(t, "mol.sdf:6: V3000: bad counts line 'COUNTS x 1 0 0 0'");
    snprintf(t, sizeof t, "%s%sM  V30 BEGIN CTAB\nM  V30 COUNTS 2 1 0 0 0\nM  V30 BEGIN ATOM\nM  V30 1 C 0 0 0 0\n"
             "M  V30 3 C 0 0 1 0\n", h, v3);
    SDF_ERR(t, "mol.sdf:9: atom 2: V3000 atom index 3 (atoms are read numbered 1..2 in order)");
    snprintf(t, sizeof t, "%s%sM  V30 BEGIN CTAB\nM  V30 COUNTS 2 1 0 0 0\nM  V30 BEGIN ATOM\nM  V30 1 C 0 0 0 0\n"
             "M  V30 2 C 0 0 1 0\nM  V30 END ATOM\nM  V30 BEGIN BOND\nM  V30 1 7 1 2\n", h, v3);
    SDF_ERR(t, "mol.sdf:12: bond 1 has type 7 (supported: 1 single, 2 double, 3 triple, 4 aromatic)");
    snprintf(t, sizeof t, "%s%sM  V30 BEGIN CTAB\nM  V30 COUNTS 2 1 0 0 0\nM  V30 BEGIN ATOM\nM  V30 1 C 0 0 0 0\n"
             "M  V30 2 C 0 0 1 0\nM  V30 END ATOM\nM  V30 END CTAB\nM  END\n", h, v3);
    SDF_ERR(t, "mol.sdf:11: V3000: the connection table has no BOND block (COUNTS says 1)");
    snprintf(t, sizeof t, "%s%sM  V30 BEGIN CTAB\nM  V30 COUNTS 1 0 0 0 0\nM  V30 BEGIN ATOM\nM  V30 1 C 0 0 0 0\n"
             "stray\n", h, v3);
    SDF_ERR(t, "mol.sdf:9: V3000: expected 'M  V30 END ATOM', got 'stray'");
    snprintf(t, sizeof t, "%s  3  1  0  0  0  0  0  0  0  0999 V2000\n0 0 0 C\n0 0 1 C\n", h);
    SDF_ERR(t, "mol.sdf:4: truncated molecule: 3 atoms and 1 bonds announced, the file ends after 2 lines");
    snprintf(t, sizeof t, "%s  1  0  0  0  0  0  0  0  0  0999 V2000\n0 0 0 C\n", h);
    SDF_ERR(t, "mol.sdf:6: truncated molecule: no 'M  END' line");
    snprintf(t, sizeof t, "%s  1  0  0  0  0  0  0  0  0  0999 V2000\n0 0 0 C\n$$$$\n", h);
    SDF_ERR(t, "mol.sdf:6: '$$$$' before 'M  END'");
    SDF_ERR("m\n\n", "mol.sdf:3: truncated molecule: the header needs 3 lines and a counts line");
    snprintf(t, sizeof t, "%sxx\n", h);
    SDF_ERR(t, "mol.sdf:4: bad counts line 'xx'");
    snprintf(t, sizeof t, "%s  1  0\n0 0 zero C\nM  END\n", h);
    SDF_ERR(t, "mol.sdf:5: atom 1: expected x y z symbol, got '0 0 zero C'");
    snprintf(t, sizeof t, "%s  2  1\n0 0 0 C\n0 0 1 C\n1 x 1\nM  END\n", h);
    SDF_ERR(t, "mol.sdf:7: bond 1: expected atom1 atom2 type, got '1 x 1'");
    snprintf(t, sizeof t, "%s  1  0\n0 0 0 C\nM  END\n> energy\n1\n", h);
    SDF_ERR(t, "mol.sdf:7: data header without <NAME>: '> energy'");
    snprintf(t, sizeof t, "%s  1  0\n0 0 0 C\nM  END\nstray\n", h);
    SDF_ERR(t, "mol.sdf:7: expected a data item '> <NAME>' or '$$$$', got 'stray'");
    char m[1024];
    ck_assert_int_eq(sdf_try("", m, sizeof m), SE3RT_OK);
}
END_TEST

/* ---------------------------------------------------------------- allocation failure */

/* A counting allocator: fails the allocation numbered `fail_at` (1-based, 0 = never) and keeps
 * the number of live blocks. */
struct count_alloc {
    long calls;      /* allocations attempted (malloc and realloc) */
    long fail_at;    /* the call to fail */
    long live;       /* blocks allocated and not yet freed */
};

static void *ca_malloc(size_t n, void *user)
{
    struct count_alloc *c = user;
    if (++c->calls == c->fail_at)
        return NULL;
    void *p = malloc(n);
    if (p)
        c->live++;
    return p;
}

static void *ca_realloc(void *p, size_t n, void *user)
{
    struct count_alloc *c = user;
    if (++c->calls == c->fail_at)
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        c->live++;
    return q;
}

static void ca_free(void *p, void *user)
{
    struct count_alloc *c = user;
    if (p)
        c->live--;
    free(p);
}

/* What an OOM run calls: do one operation with ctx; return its status (and free its result). */
typedef se3rt_status (*oom_fn)(se3rt_ctx *ctx, void *arg);

/* For N = 1, 2, ... fail allocation N: each must give SE3RT_ERR_NOMEM with every block freed,
 * until the call no longer allocates N times and succeeds. Returns how many runs failed. */
static long oom_run(oom_fn fn, void *arg)
{
    struct count_alloc c = { 0, 0, 0 };
    se3rt_alloc a = { ca_malloc, ca_realloc, ca_free, &c };
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, &a), SE3RT_OK);
    long base = c.live;
    long n = 1;
    for (;; n++) {
        c.fail_at = c.calls + n;
        se3rt_status st = fn(ctx, arg);
        ck_assert_int_eq(c.live, base);
        if (st == SE3RT_OK)
            break;
        ck_assert_msg(st == SE3RT_ERR_NOMEM, "allocation %ld: %s (%s)", n, se3rt_status_name(st),
                      se3rt_errmsg(ctx));
        ck_assert_int_lt(n, 100000);
    }
    se3rt_ctx_free(ctx);
    ck_assert_int_eq(c.live, 0);
    return n - 1;
}

static se3rt_status oom_st_read(se3rt_ctx *ctx, void *arg)
{
    se3rt_st *st;
    se3rt_status s = se3rt_st_read(ctx, arg, &st);
    if (s == SE3RT_OK) {
        int64_t shape[2] = { 2, 3 };
        s = se3rt_st_expect(ctx, st, "layer.a", 2, shape);
        ck_assert_int_eq(s, SE3RT_OK);
        se3rt_st_free(st);
    }
    return s;
}

struct oom_write {
    const char *path;      /* target */
    const char *dir;       /* its folder, which must hold only the target or nothing */
};

static se3rt_status oom_st_write(se3rt_ctx *ctx, void *arg)
{
    const struct oom_write *w = arg;
    double a[6] = { 1, 2, 3, 4, 5, 6 }, b[2] = { 7, 8 };
    int64_t sa[2] = { 2, 3 }, sb[1] = { 2 };
    se3rt_st_entry e[3] = { { "layer.b", 1, sb, b }, { "layer.a", 2, sa, a }, { "c", 1, sb, b } };
    const char *meta[] = { "format", "pt", NULL };
    unlink(w->path);
    se3rt_status s = se3rt_st_write(ctx, w->path, e, 3, SE3RT_DTYPE_F32, meta);
    /* Atomic: after a failure, no target and no temporary. */
    ck_assert_int_eq(dir_count(w->dir), s == SE3RT_OK ? 1 : 0);
    return s;
}

static se3rt_status oom_xyz(se3rt_ctx *ctx, void *arg)
{
    (void)arg;
    se3rt_xyz *x;
    se3rt_status s = se3rt_xyz_read_mem(ctx, XYZ_ASE, strlen(XYZ_ASE), "in.xyz", &x);
    if (s)
        return s;
    double force[6] = { 1, 2, 3, 4, 5, 6 };
    if (!(s = se3rt_frame_prop_add(x, &x->frames[0], "force", 3, force, 10)) &&
        !(s = se3rt_frame_info_set_values(x, &x->frames[0], "dipole", 3, force, 10)) &&
        !(s = se3rt_frame_info_set(x, &x->frames[1], "note", "a b")))
        s = se3rt_xyz_frame_append(x, 2, NULL, force, NULL);
    se3rt_xyz_free(x);
    return s;
}

static se3rt_status oom_xyz_stream(se3rt_ctx *ctx, void *arg)
{
    (void)arg;
    FILE *f = fmemopen((void *)XYZ_ASE, strlen(XYZ_ASE), "r");
    se3rt_xyz *x;
    se3rt_status s = se3rt_xyz_read_file(ctx, f, NULL, &x);
    fclose(f);
    se3rt_xyz_free(x);
    return s;
}

static se3rt_status oom_sdf(se3rt_ctx *ctx, void *arg)
{
    (void)arg;
    se3rt_sdf *m;
    se3rt_status s = se3rt_sdf_read_mem(ctx, SDF_ETHANOL, strlen(SDF_ETHANOL), "mol.sdf", &m);
    se3rt_sdf_free(m);
    return s;
}

START_TEST(test_oom_readers)
{
    ck_assert_int_gt(oom_run(oom_xyz, NULL), 20);
    ck_assert_int_gt(oom_run(oom_xyz_stream, NULL), 20);
    ck_assert_int_gt(oom_run(oom_sdf, NULL), 10);
    /* safetensors: write with libc, then read under failing allocation. */
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/w.safetensors", dir);
    struct oom_write w = { path, dir };
    se3rt_ctx *ctx = ctx_make();
    ck_assert_int_eq(oom_st_write(ctx, &w), SE3RT_OK);
    se3rt_ctx_free(ctx);
    ck_assert_int_gt(oom_run(oom_st_read, path), 5);
    dir_remove(dir);
    free(dir);
}
END_TEST

START_TEST(test_oom_writer_atomic)
{
    /* Failing allocations hit the safetensors writer before and after its temporary is open
     * (one buffer per tensor while writing): each must leave no file behind. */
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/w.safetensors", dir);
    struct oom_write w = { path, dir };
    ck_assert_int_gt(oom_run(oom_st_write, &w), 6);
    dir_remove(dir);
    free(dir);
}
END_TEST

/* ---------------------------------------------------------------- atomic writes */

START_TEST(test_atomic_unwritable)
{
    se3rt_ctx *ctx = ctx_make();
    double v[1] = { 1 };
    int64_t s1[1] = { 1 };
    se3rt_st_entry e[1] = { { "a", 1, s1, v } };
    ck_assert_int_eq(se3rt_st_write(ctx, "/nonexistent-dir/w.safetensors", e, 1, SE3RT_DTYPE_F64, NULL),
                     SE3RT_ERR_IO);
    ck_assert(strncmp(se3rt_errmsg(ctx), "/nonexistent-dir/w.safetensors: cannot write: ", 46) == 0);
    se3rt_xyz *x;
    ck_assert_int_eq(se3rt_xyz_read_mem(ctx, XYZ_ASE, strlen(XYZ_ASE), "in.xyz", &x), SE3RT_OK);
    ck_assert_int_eq(se3rt_xyz_write(ctx, x, "/nonexistent-dir/out.xyz"), SE3RT_ERR_IO);
    ck_assert_str_eq(se3rt_errmsg(ctx), "/nonexistent-dir/out.xyz: cannot write: No such file or directory");
    /* A read-only folder (root ignores permissions, so only as another user). */
    char *dir = tu_tmpdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/out.xyz", dir);
    ck_assert_int_eq(tu_write_file(path, "old\n"), 0);
    if (geteuid() != 0) {
        chmod(dir, 0555);
        ck_assert_int_eq(se3rt_xyz_write(ctx, x, path), SE3RT_ERR_IO);
        ck_assert_int_eq(se3rt_st_write(ctx, path, e, 1, SE3RT_DTYPE_F64, NULL), SE3RT_ERR_IO);
        chmod(dir, 0755);
    }
    /* A failed write leaves the old file as it was: writing onto a folder fails at rename. */
    char sub[4300];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    ck_assert_int_eq(mkdir(sub, 0755), 0);
    char inner[4400];
    snprintf(inner, sizeof inner, "%s/keep", sub);
    ck_assert_int_eq(tu_write_file(inner, "x"), 0);
    ck_assert_int_eq(se3rt_xyz_write(ctx, x, sub), SE3RT_ERR_IO);
    char *old = slurp(path);
    ck_assert_str_eq(old, "old\n");
    free(old);
    ck_assert_int_eq(dir_count(dir), 2); /* out.xyz and sub: no temporary left */
    unlink(inner);
    rmdir(sub);
    se3rt_xyz_free(x);
    dir_remove(dir);
    free(dir);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---------------------------------------------------------------- fuzz corpus replay */

/* Run every file of tests/fuzz/corpus_<name>/ through `read`; returns the number of files. */
static int corpus_replay(const char *name, int kind)
{
    char dirp[4200];
    snprintf(dirp, sizeof dirp, "%s/tests/fuzz/corpus_%s", SE3_SOURCE_DIR, name);
    DIR *d = opendir(dirp);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char p[4500];
        snprintf(p, sizeof p, "%s/%s", dirp, e->d_name);
        size_t len;
        char *buf = tu_read_file(p, &len);
        ck_assert_ptr_nonnull(buf);
        se3rt_ctx *ctx = ctx_make();
        se3rt_status s;
        if (kind == 0) {
            se3rt_xyz *x = NULL;
            s = se3rt_xyz_read_mem(ctx, buf, len, e->d_name, &x);
            if (s == SE3RT_OK) {
                char *o = NULL;
                size_t ol = 0;
                FILE *f = open_memstream(&o, &ol);
                ck_assert_int_eq(se3rt_xyz_write_file(ctx, x, f, "mem"), SE3RT_OK);
                fclose(f);
                se3rt_xyz *y = NULL;
                ck_assert_int_eq(se3rt_xyz_read_mem(ctx, o, ol, "again", &y), SE3RT_OK);
                ck_assert_uint_eq(y->nframes, x->nframes);
                se3rt_xyz_free(y);
                free(o);
            }
            se3rt_xyz_free(x);
        } else if (kind == 1) {
            se3rt_sdf *x = NULL;
            s = se3rt_sdf_read_mem(ctx, buf, len, e->d_name, &x);
            se3rt_sdf_free(x);
        } else {
            se3rt_st *x = NULL;
            s = se3rt_st_read_mem(ctx, buf, len, e->d_name, &x);
            se3rt_st_free(x);
        }
        ck_assert_msg(s == SE3RT_OK || s == SE3RT_ERR_FORMAT, "%s: %s", p, se3rt_status_name(s));
        if (s)
            ck_assert_ptr_null(strchr(se3rt_errmsg(ctx), '\n'));
        se3rt_ctx_free(ctx);
        free(buf);
        n++;
    }
    closedir(d);
    return n;
}

START_TEST(test_corpus_replay)
{
    ck_assert_int_gt(corpus_replay("extxyz", 0), 0);
    ck_assert_int_gt(corpus_replay("sdf", 1), 0);
    ck_assert_int_gt(corpus_replay("safetensors", 2), 0);
}
END_TEST

/* ---------------------------------------------------------------- suite */

static Suite *suite_rt_io(void)
{
    Suite *s = suite_create("rt_io");
    TCase *tc = tcase_create("safetensors_roundtrip");
    tcase_add_test(tc, test_st_roundtrip_f64_f32);
    tcase_add_test(tc, test_st_write_layout);
    tcase_add_test(tc, test_st_write_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("safetensors_errors");
    tcase_add_test(tc, test_st_errors_header);
    tcase_add_test(tc, test_st_errors_tensor);
    tcase_add_test(tc, test_st_errors_layout);
    tcase_add_test(tc, test_st_expect);
    suite_add_tcase(s, tc);
    tc = tcase_create("extxyz_roundtrip");
    tcase_add_test(tc, test_xyz_read_values);
    tcase_add_test(tc, test_xyz_roundtrip);
    tcase_add_test(tc, test_xyz_write_added);
    tcase_add_test(tc, test_xyz_stream);
    suite_add_tcase(s, tc);
    tc = tcase_create("extxyz_errors");
    tcase_add_test(tc, test_xyz_errors);
    tcase_add_test(tc, test_xyz_check_positions);
    suite_add_tcase(s, tc);
    tc = tcase_create("sdf");
    tcase_add_test(tc, test_sdf_read);
    tcase_add_test(tc, test_sdf_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("oom");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_oom_readers);
    tcase_add_test(tc, test_oom_writer_atomic);
    suite_add_tcase(s, tc);
    tc = tcase_create("atomic");
    tcase_add_test(tc, test_atomic_unwritable);
    suite_add_tcase(s, tc);
    tc = tcase_create("corpus");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_corpus_replay);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *suites[] = { suite_rt_io(), NULL };
    return tu_run_suites(suites);
}
