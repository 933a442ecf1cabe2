/* model_internal.h - what model.c shares with run.c and train.c (and nothing else): the input and
 * output field tables of a loaded model. */
#ifndef SE3RT_MODEL_INTERNAL_H
#define SE3RT_MODEL_INTERNAL_H

#include "se3rt_abi.h"
#include "se3rt_model.h"

typedef struct run_field {
    const char *name;        /* NAME or NAME_l */
    const char *field;       /* the field (property or info key) it belongs to */
    int degree, channels;
    int source;              /* se3m_source (inputs) */
    double value;            /* SE3M_SRC_CONST */
    char **species;          /* SE3M_SRC_SPECIES: element symbols, one per channel */
} run_field;

int        rt_model_ninputs(const se3rt_model *m);
int        rt_model_energy_col(const se3rt_model *m);   /* the energy output's column, -1: none */
int        rt_model_noutputs(const se3rt_model *m);
void       rt_model_input(const se3rt_model *m, int i, run_field *out /* OUT */);
void       rt_model_output(const se3rt_model *m, int i, run_field *out /* OUT */);
const int *rt_model_in_fibre(const se3rt_model *m);
const int *rt_model_out_fibre(const se3rt_model *m);
int        rt_model_graph_given(const se3rt_model *m);

/* Fill rows [0, natoms) of node_in (in_dim each, file basis) for one frame from its
 * properties, positions and species (may be NULL); errors name `file` and the frame. */
se3rt_status rt_run_inputs(se3rt_ctx *ctx, const se3rt_model *m, const se3rt_frame *fr, const double *pos,
                           const char *const *species, size_t natoms, double *node_in, const char *file,
                           size_t frame);

/* Append molecule `mol` (an SDF record) to xyz as a frame: its elements as the `species`
 * column and its positions; *fr is the new frame. SE3RT_ERR_NOMEM, or as se3rt_xyz_frame_append. */
se3rt_status rt_mol_frame_append(se3rt_xyz *xyz, const se3rt_mol *mol, se3rt_frame **fr);

/* The checks forward makes on a batch before it runs (finite positions and inputs, coordinates
 * an f32 model can hold, each frame's graph buildable), without running the model: the trainer
 * checks every frame when it loads a data set. Messages name frame and atom (rt_where.h). */
se3rt_status rt_model_check_input(se3rt_model *m, const se3rt_batch *b);

/* Gradients run on the model's device (its CUDA source has the backward kernels): then one
 * call holds the device, so callers do not split a minibatch over threads. */
int rt_model_grad_on_device(const se3rt_model *m);
/* The device also runs the optimiser (runtime/trainer.c's device path): the weights, their
 * gradient, Adam's moments and the moving average stay in device memory between steps. */
int rt_model_opt_on_device(const se3rt_model *m);
/* After device optimiser steps the host's weights are stale (dev_params_newer): copy the
 * device's into them. Every public function that reads the weights calls it first. */
se3rt_status rt_model_pull_params(se3rt_model *m);
/* The optimiser's internals for the trainer's device path (runtime/train.c): Adam's moments
 * (nparams each; *v gets the second), and a step's bookkeeping without its arithmetic: the
 * step count goes up and s gets the constants se3rt_adam_step would use (rt_opt_step in
 * se3rt_cuda.h). rt_grad_norm2: the squared norm as se3rt_clip_grad sums it. */
struct rt_opt_step;
struct se3rt_adam;
double *rt_adam_moments(struct se3rt_adam *a, double **v);
void    rt_adam_tick(struct se3rt_adam *a, struct rt_opt_step *s);
double  rt_grad_norm2(const double *g, int64_t n);
/* Adam's element-wise update of weights [0, n) with moments m and v (runtime/train_adam.c),
 * the arithmetic of se3rt_adam_step; the four arrays must not overlap. */
void    rt_adam_update(int64_t n, double *restrict params, const double *restrict grad, double *restrict m,
                       double *restrict v, double lr, double b1, double ob1, double b2, double ob2, double c1,
                       double c2, double eps);
/* Whether data d trains with the device optimiser: a plain loss over open frames (training on
 * forces or stress, and periodic frames, take their gradients on the CPU). */
struct se3rt_data;
int     rt_data_device_opt(const struct se3rt_data *d);
/* Bytes the model's device backend copied host -> device and device -> host so far (0 and 0
 * without one). */
void rt_model_device_traffic(const se3rt_model *m, uint64_t *up, uint64_t *down);

/* se3rt_model_grad's body with an explicit thread count for the forward layers; the
 * weights must be synced first (rt_model_sync_params), so several threads may call it at once
 * on different batches (the trainer, runtime/train.c). */
void         rt_model_sync_params(se3rt_model *m);
/* se3rt_model_energy_forces that also gives the whole output (n_graphs x out_dim, file basis;
 * out may be NULL) of the same forward. */
se3rt_status rt_model_energy_forces(se3rt_model *m, const se3rt_batch *b, double *out, double *energy,
                                    double *forces, double *stress);
/* The same with the forward layers on at most nthreads threads and the weights not synced (the
 * caller syncs them), so that trainer threads may call it at once. */
se3rt_status rt_model_energy_forces_t(se3rt_model *m, const se3rt_batch *b, int nthreads, double *out,
                                      double *energy, double *forces, double *stress);
/* se3rt_model_energy_forces_grad with the first pass's forward layers on at most nthreads threads
 * and the weights not synced (model_force_train.c). */
se3rt_status rt_model_energy_forces_grad(se3rt_model *m, const se3rt_batch *b, se3rt_efs_loss_fn loss, void *user,
                                         int nthreads, double *loss_out, double *energy, double *forces,
                                         double *stress, double *dparams);
se3rt_status rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user, int nthreads,
                           double *loss_out, double *out, double *dparams, double *dnode_in, double *dpos);

#endif
