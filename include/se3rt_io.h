/* se3rt_io.h - public interface of the file formats libse3rt reads and writes: safetensors
 * (weights), extended XYZ (points, one frame a graph) and SDF/MOL V2000 (molecules with bonds),
 * plus the atomic-file helper the writers use. docs/formats.md describes what is accepted.
 * Ownership as in se3rt.h. Each object returned here remembers the ctx it was made with and
 * frees itself through that ctx's allocator, so the ctx must outlive it. The data structs are
 * plain and readable by hosts; treat them as read-only except through the functions below.
 * Errors are one line naming the file and the line (or tensor); numbering in messages (lines,
 * frames, atoms, bonds) is 1-based. */
#ifndef SE3RT_IO_H
#define SE3RT_IO_H

#include "se3rt.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- atomic file writing */

/* A file written under a temporary name (TARGET.tmp.<pid>, created O_EXCL, mode 0666 less the
 * umask, or the mode of the file it replaces) and renamed onto TARGET by commit, so TARGET is
 * either untouched or complete. Abort (or a failed open, flush or commit) removes the temporary.
 * Only a regular file is ever replaced: a character device or FIFO is written in place (its data
 * cannot be taken back on error), a symbolic link is written through (TARGET is the regular file
 * it names, and the link stays), a dangling link, folder, block device or socket is refused.
 * Errors are one line "PATH: cannot write: REASON" (e.g. No space left on device, File too large). */
typedef struct se3rt_afile se3rt_afile;

se3rt_status se3rt_afile_open(se3rt_ctx *ctx, const char *path, se3rt_afile **out /* OUT */,
                              FILE **fp /* OUT: write here */);
/* fflush (and fsync a temporary): a full disk or file-size limit shows here, before any commit;
 * for writing several files all-or-nothing, flush each, then commit each. */
se3rt_status se3rt_afile_flush(se3rt_ctx *ctx, se3rt_afile *af);
se3rt_status se3rt_afile_commit(se3rt_ctx *ctx, se3rt_afile *af); /* fflush, fsync, rename; frees af */
void         se3rt_afile_abort(se3rt_ctx *ctx, se3rt_afile *af);  /* close, unlink, free; NULL is fine */

/* Read a stream to EOF (`name` used in messages) into a NUL-terminated buffer from the ctx
 * allocator; release it with se3rt_io_buf_free. */
se3rt_status se3rt_io_read_all(se3rt_ctx *ctx, FILE *f, const char *name, char **buf /* OUT */,
                               size_t *len /* OUT */);
/* The same for a path (opened "rb"); messages name the path. */
se3rt_status se3rt_io_read_path(se3rt_ctx *ctx, const char *path, char **buf /* OUT */,
                                size_t *len /* OUT */);
void         se3rt_io_buf_free(se3rt_ctx *ctx, char *buf);

/* ---------------------------------------------------------------- safetensors */

#define SE3RT_ST_MAXDIM 8

typedef enum se3rt_dtype {
    SE3RT_DTYPE_F32 = 0,   /* IEEE binary32, little-endian */
    SE3RT_DTYPE_F64        /* IEEE binary64, little-endian */
} se3rt_dtype;

typedef struct se3rt_st_tensor {
    char *name;                        /* tensor name (unique in the file) */
    se3rt_dtype dtype;                 /* dtype in the file (data below is always double) */
    int ndim;                          /* 0..SE3RT_ST_MAXDIM */
    int64_t shape[SE3RT_ST_MAXDIM];    /* the first ndim entries are used */
    size_t numel;                      /* product of shape (1 for ndim 0) */
    double *data;                      /* numel values, row-major, converted to double */
    int expected;                      /* set by se3rt_st_expect (for se3rt_st_check_extra) */
} se3rt_st_tensor;

typedef struct se3rt_st_meta {
    char *key;                         /* __metadata__ key */
    char *value;                       /* its string value */
} se3rt_st_meta;

typedef struct se3rt_st {
    se3rt_ctx *ctx;                    /* allocator the object is freed through (borrowed) */
    char *file;                        /* name used in messages */
    size_t ntensors;                   /* number of tensors */
    se3rt_st_tensor *tensors;          /* sorted by name (strcmp) */
    size_t nmeta;                      /* number of __metadata__ entries */
    se3rt_st_meta *meta;               /* in file order */
} se3rt_st;

/* Read a whole safetensors file; F32 and F64 tensors only. */
se3rt_status se3rt_st_read(se3rt_ctx *ctx, const char *path, se3rt_st **out /* OUT */);
/* The same from memory; `name` is used in messages. The buffer stays the caller's. */
se3rt_status se3rt_st_read_mem(se3rt_ctx *ctx, const void *buf, size_t len, const char *name,
                               se3rt_st **out /* OUT */);
void         se3rt_st_free(se3rt_st *st);

/* The tensor called `name`, or NULL. Borrowed. */
const se3rt_st_tensor *se3rt_st_find(const se3rt_st *st, const char *name);
/* Error unless `name` exists with exactly this shape; marks it expected. Messages:
 *   w.safetensors: missing tensor 'a1.q.1'
 *   w.safetensors: tensor 'a1.q.1' has shape [8,4], expected [4,4] */
se3rt_status se3rt_st_expect(se3rt_ctx *ctx, se3rt_st *st, const char *name, int ndim,
                             const int64_t *shape);
/* Names of tensors no se3rt_st_expect call asked for, in name order: fills up to `cap` of
 * `names` (borrowed pointers; names may be NULL) and returns how many there are in all. */
size_t       se3rt_st_extra_list(const se3rt_st *st, const char **names /* OUT */, size_t cap);
/* Error if any tensor was not expected:
 *   w.safetensors: unexpected tensor 'foo' (2 tensors not in the model) */
se3rt_status se3rt_st_check_extra(se3rt_ctx *ctx, const se3rt_st *st);

/* One tensor to write. */
typedef struct se3rt_st_entry {
    const char *name;                  /* tensor name, unique, not "__metadata__" */
    int ndim;                          /* 0..SE3RT_ST_MAXDIM */
    const int64_t *shape;              /* ndim dims, each >= 0 (may be NULL when ndim is 0) */
    const double *data;                /* product(shape) values, row-major */
} se3rt_st_entry;

/* Write `n` tensors as `dtype` to `path`, atomically. Header keys sorted ("__metadata__" first,
 * then tensor names by strcmp), data in the same order, header padded with spaces to a multiple
 * of 8. `meta` is NULL or a NULL-terminated list key, value, key, value, ..., NULL. */
se3rt_status se3rt_st_write(se3rt_ctx *ctx, const char *path, const se3rt_st_entry *entries,
                            size_t n, se3rt_dtype dtype, const char *const *meta);

/* ---------------------------------------------------------------- extended XYZ */

typedef enum se3rt_ptype {
    SE3RT_PTYPE_S = 0,   /* string */
    SE3RT_PTYPE_R,       /* real */
    SE3RT_PTYPE_I,       /* integer (kept as double, exact up to 2^53) */
    SE3RT_PTYPE_L        /* logical T/F (kept as 1.0 / 0.0) */
} se3rt_ptype;

typedef struct se3rt_xyz_prop {
    char *name;          /* column name from Properties= ("species", "pos", ...) */
    se3rt_ptype type;    /* S, R, I or L */
    int ncols;           /* columns per atom, >= 1 */
    double *values;      /* R/I/L: natoms * ncols, atom-major; NULL for S */
    char **strings;      /* S: natoms * ncols strings, atom-major; NULL otherwise */
    int digits;          /* R on write: %.<digits>g; 0 = shortest that reads back exactly */
} se3rt_xyz_prop;

typedef struct se3rt_xyz_info {
    char *key;           /* info key as written */
    char *value;         /* raw value, quotes and escapes removed; "T" for a bare flag */
    int bare;            /* 1 when the key had no '=' (a flag, true) */
} se3rt_xyz_info;

typedef struct se3rt_frame {
    size_t natoms;       /* atoms in the frame (0 is kept; see se3rt_frame_check_positions) */
    size_t nprops;       /* per-atom properties, in Properties= order */
    se3rt_xyz_prop *props;
    size_t ninfo;        /* comment-line entries in file order; includes "Properties" if given */
    se3rt_xyz_info *info;
    int line;            /* line of the atom count in the source (0 if built in memory) */
} se3rt_frame;

typedef struct se3rt_xyz {
    se3rt_ctx *ctx;      /* allocator the object is freed through (borrowed) */
    char *file;          /* name used in messages */
    size_t nframes;      /* frames in file order */
    se3rt_frame *frames;
} se3rt_xyz;

/* Read every frame. Properties= defaults to species:S:1:pos:R:3; pos:R:3 is required. */
se3rt_status se3rt_xyz_read(se3rt_ctx *ctx, const char *path, se3rt_xyz **out /* OUT */);
se3rt_status se3rt_xyz_read_file(se3rt_ctx *ctx, FILE *f, const char *name,
                                 se3rt_xyz **out /* OUT */);  /* to EOF, e.g. stdin */
se3rt_status se3rt_xyz_read_mem(se3rt_ctx *ctx, const char *buf, size_t len, const char *name,
                                se3rt_xyz **out /* OUT */);
/* An empty list of frames (for writers such as a data generator). */
se3rt_status se3rt_xyz_new(se3rt_ctx *ctx, const char *name, se3rt_xyz **out /* OUT */);
void         se3rt_xyz_free(se3rt_xyz *xyz);

/* Append a frame with species (NULL: all "X") and positions (natoms * 3); *frame is borrowed
 * and valid until the next append. */
se3rt_status se3rt_xyz_frame_append(se3rt_xyz *xyz, size_t natoms, const char *const *species,
                                    const double *pos, se3rt_frame **frame /* OUT, may be NULL */);

/* Borrowed lookups; NULL when absent. */
const se3rt_xyz_prop *se3rt_frame_prop(const se3rt_frame *f, const char *name);
const double         *se3rt_frame_positions(const se3rt_frame *f);   /* natoms * 3 */
const char           *se3rt_frame_info(const se3rt_frame *f, const char *key);

/* The checks a frame passes before the trainer uses it: SE3RT_ERR_INVALID for an empty frame, a
 * periodic frame (a pbc= entry with any word other than F/False/0, in any case, or a Lattice=
 * without pbc=, which ASE reads as periodic in all three directions: training on periodic
 * cells through this check is not supported; `se3tc run` and the trainer, which read the cell
 * with se3rt_frame_cell, accept them) or a NaN/inf
 * position. frame_index is 0-based; the messages count
 * frames and atoms from 1 (rt_where.h):
 *     in.xyz: frame 2, atom 5: non-finite position (y = nan)
 *     in.xyz: frame 2: empty frame (0 atoms)
 *     in.xyz: frame 2: periodic cell (pbc="T T T"): training on periodic cells is not supported yet; ... */
se3rt_status se3rt_frame_check_positions(se3rt_ctx *ctx, const se3rt_frame *f, const char *file,
                                         size_t frame_index);

/* The frame's periodic cell, as ASE writes it: cell[9] from Lattice="ax ay az bx by bz cx cy cz"
 * (the lattice vectors as rows; zeros without Lattice=) and pbc[3] from pbc="T T F" (T/True/1,
 * F/False/0, any case; one word sets all three); a Lattice= without pbc= is periodic in all
 * three directions, neither is an open frame. SE3RT_ERR_INVALID, one line naming the frame:
 *     in.xyz: frame 2: Lattice="1 0 0" is not 9 finite numbers (...)
 *     in.xyz: frame 2: pbc="T T" is not three of T and F
 *     in.xyz: frame 2: pbc="T T T" without Lattice=: a periodic frame needs its cell */
se3rt_status se3rt_frame_cell(se3rt_ctx *ctx, const se3rt_frame *f, const char *file, size_t frame_index,
                              double cell[9], int32_t pbc[3]);

/* Add (or replace, keeping its place) a real per-atom property of natoms * ncols values,
 * written with %.<digits>g (10 or 17 typical; 0 = shortest exact). */
se3rt_status se3rt_frame_prop_add(se3rt_xyz *xyz, se3rt_frame *f, const char *name, int ncols,
                                  const double *values, int digits);
/* Set (or replace, keeping its place) info `key` to a raw string value. */
se3rt_status se3rt_frame_info_set(se3rt_xyz *xyz, se3rt_frame *f, const char *key,
                                  const char *value);
/* Set info `key` to n numbers "v1 v2 ..." (%.<digits>g, 0 = shortest exact); written quoted
 * when n > 1, e.g.  dipole="0.1 0.2 0.3". */
se3rt_status se3rt_frame_info_set_values(se3rt_xyz *xyz, se3rt_frame *f, const char *key,
                                         size_t n, const double *values, int digits);

/* Write all frames: to `path` atomically, or to an open stream (`name` used in messages). */
se3rt_status se3rt_xyz_write(se3rt_ctx *ctx, const se3rt_xyz *xyz, const char *path);
se3rt_status se3rt_xyz_write_file(se3rt_ctx *ctx, const se3rt_xyz *xyz, FILE *f,
                                  const char *name);

/* ---------------------------------------------------------------- SDF / MOL V2000 */

typedef struct se3rt_mol_bond {
    int i, j;            /* atoms, 0-based, i != j */
    int order;           /* 1 single, 2 double, 3 triple, 4 aromatic */
} se3rt_mol_bond;

typedef struct se3rt_mol_item {
    char *key;           /* NAME of a "> <NAME>" data header */
    char *value;         /* value lines joined by '\n' (no trailing newline) */
} se3rt_mol_item;

typedef struct se3rt_mol {
    char *title;         /* first header line */
    int line;            /* line of the title in the source */
    size_t natoms;       /* atoms */
    double *pos;         /* natoms * 3 */
    char (*symbols)[4];  /* natoms element symbols, NUL-terminated */
    size_t nbonds;       /* bonds */
    se3rt_mol_bond *bonds;
    size_t nitems;       /* data items in file order */
    se3rt_mol_item *items;
} se3rt_mol;

typedef struct se3rt_sdf {
    se3rt_ctx *ctx;      /* allocator the object is freed through (borrowed) */
    char *file;          /* name used in messages */
    size_t nmols;        /* molecules in file order */
    se3rt_mol *mols;
} se3rt_sdf;

se3rt_status se3rt_sdf_read(se3rt_ctx *ctx, const char *path, se3rt_sdf **out /* OUT */);
se3rt_status se3rt_sdf_read_file(se3rt_ctx *ctx, FILE *f, const char *name,
                                 se3rt_sdf **out /* OUT */);
se3rt_status se3rt_sdf_read_mem(se3rt_ctx *ctx, const char *buf, size_t len, const char *name,
                                se3rt_sdf **out /* OUT */);
void         se3rt_sdf_free(se3rt_sdf *sdf);
const char  *se3rt_mol_data(const se3rt_mol *m, const char *key);   /* data item value (borrowed), or NULL */

#ifdef __cplusplus
}
#endif
#endif
