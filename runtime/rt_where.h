/* rt_where.h - the one form every message about a place in an input file takes, so that run,
 * train and graph building point at the same place the same way:
 *
 *     FILE: frame F, atom A: WHAT      (a per-atom fault)
 *     FILE: frame F: WHAT              (a per-frame fault)
 *
 * F and A count from 1 within the file and the frame (the first frame of a file is frame 1, the
 * first atom of a frame atom 1), whatever batch the frame was run in. Callers pass 0-based
 * indices. A batch of frames maps its atom indices back with rt_batch_where. */
#ifndef SE3RT_WHERE_H
#define SE3RT_WHERE_H

#include <stddef.h>
#include <stdint.h>

#include "se3rt_model.h"
#include "rt_internal.h"

/* Record an error "FILE: frame F, atom A: WHAT" in ctx and return st. frame and atom are
 * 0-based; atom < 0 leaves ", atom A" out, frame < 0 leaves "frame F" out and file NULL leaves
 * "FILE: " out. The arguments may point into ctx's current message. */
/* se3rt_frame_check_positions, accepting periodic frames (checked by se3rt_frame_cell) when
 * allow_periodic: `se3tc run` and the trainer build periodic graphs. */
struct se3rt_frame;
se3rt_status rt_frame_check(se3rt_ctx *ctx, const struct se3rt_frame *f, const char *file, size_t frame_index,
                            int allow_periodic);
se3rt_status rt_error_at(se3rt_ctx *ctx, se3rt_status st, const char *file, int64_t frame, int64_t atom,
                         const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* The frame (0-based, in its file) that graph g of the batch came from: b->frame_ids[g] when
 * the batch gives them, else g. */
int64_t rt_batch_frame(const se3rt_batch *b, int32_t g);

/* Batch node i (0-based, across the batch) as (frame in its file, atom in its frame), 0-based.
 * b->graph_ptr must be valid (ascending, graph_ptr[0] = 0) and 0 <= i < graph_ptr[n_graphs]. */
void rt_batch_where(const se3rt_batch *b, int64_t i, int64_t *frame, int64_t *atom);

/* A printable copy of s for a message (control bytes as '?', cut to cap - 1 bytes with "..."),
 * cap >= 8; returns dst. */
const char *rt_show(char *dst, size_t cap, const char *s);

/* The same for the n bytes s[0..n) (s need not be NUL-terminated). */
const char *rt_show_n(char *dst, size_t cap, const char *s, size_t n);

#endif
