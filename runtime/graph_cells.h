/* graph_cells.h - internal: the periodic graph builder with a choice of search (graph_periodic.c),
 * for tests that compare the cell list with the brute-force scan, and the size from which
 * se3rt_graph_new_periodic uses the cell list. */
#ifndef SE3RT_GRAPH_CELLS_H
#define SE3RT_GRAPH_CELLS_H

#include "se3rt_graph.h"

/* From this many points on, periodic knn and radius graphs search a cell list; below, every
 * point and cell shift (the brute-force scan is faster for small cells). */
#define RT_CELL_LIST_MIN 64

typedef enum rt_cells_method {
    RT_CELLS_AUTO,              /* cell list from RT_CELL_LIST_MIN points on; an open frame goes to the k-d tree */
    RT_CELLS_ON,                /* always the cell list (an open frame too: S = 0 along every axis) */
    RT_CELLS_OFF                /* always the brute-force scan (an open frame too) */
} rt_cells_method;

/* se3rt_graph_new_periodic with the search chosen; pbc may be all zero (or NULL) with
 * RT_CELLS_ON or RT_CELLS_OFF: an open frame through the periodic builder (cell still checked:
 * it sets the bins' axes). */
se3rt_status rt_graph_periodic_with(se3rt_ctx *ctx, const se3rt_graph_spec *spec, const double *pos, int32_t n,
                                    const double cell[9], const int32_t pbc[3], rt_cells_method method,
                                    se3rt_graph **out);

#endif
