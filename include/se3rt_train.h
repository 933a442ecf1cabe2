/* se3rt_train.h - training in libse3rt (docs/training.md, docs/host.md "Training from a
 * host"): data sets of extended-XYZ frames (periodic ones with their cells) or SDF molecules
 * (bonds, data items) with targets for named outputs, minibatch loss and
 * gradient over threads, Adam with its state in safetensors files, warm-up, cosine and
 * reduce-on-plateau learning rates, an exponential moving average of the weights, gradient
 * clipping; MSE, L1 and cross-entropy on class labels; and the training loop itself
 * (se3rt_trainer: steps, evaluation, best weights, early stopping, exact resume state).
 * Ownership as in se3rt.h; objects free themselves through the ctx they were made with. */
#ifndef SE3RT_TRAIN_H
#define SE3RT_TRAIN_H

#include <stdint.h>

#include "se3rt_model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- data */

/* Frames with the model's inputs assembled (as `se3tc run` reads them) and targets for some
 * of its outputs: a per-node output NAME is compared with the per-atom property NAME, a
 * per-graph one with the frame's info value NAME, in the file basis. */
typedef struct se3rt_data se3rt_data;

/* `targets`: comma-separated output field names, or NULL for every output. Errors name the
 * file and frame: "train.xyz: frame 3: missing per-atom property 'dx' (target 'dx' needs 3
 * real columns)". */
se3rt_status se3rt_data_new(se3rt_model *m, const se3rt_xyz *xyz, const char *file, const char *targets,
                            se3rt_data **out /* OUT */);
void         se3rt_data_free(se3rt_data *d);
/* Move the frames f with pick[f] != 0 (pick: se3rt_data_nframes entries) out of d into a new
 * data set *out (a validation split), keeping their order, targets and loss weights; d keeps
 * the others. Both sides must keep at least one frame. Messages keep naming the file's frames. */
se3rt_status se3rt_data_split(se3rt_data *d, const unsigned char *pick, se3rt_data **out /* OUT */);
int64_t      se3rt_data_nframes(const se3rt_data *d);
int64_t      se3rt_data_rows(const se3rt_data *d);        /* output rows over all frames */
int          se3rt_data_ntargets(const se3rt_data *d);
const char  *se3rt_data_target_name(const se3rt_data *d, int t);
/* Frame f as a one-graph batch (its arrays borrowed from d; graph_ptr is the caller's). */
void         se3rt_data_frame(const se3rt_data *d, int64_t f, int32_t graph_ptr[2], se3rt_batch *b /* OUT */);
/* The targets of frame f: rows x out_dim, file basis; columns that are no target hold 0. */
const double *se3rt_data_frame_targets(const se3rt_data *d, int64_t f);
/* 1 for the out_dim columns that are targets. */
const unsigned char *se3rt_data_target_mask(const se3rt_data *d);
/* Target t's columns of the output row: first column and count. */
void         se3rt_data_target_cols(const se3rt_data *d, int t, int *col, int *ncols);

/* Weight each target in the loss by 1 / (its mean square over the frames of `from`, usually
 * the training set), so targets of different scales count alike. `from` must have the same
 * targets (it may be d itself). */
se3rt_status se3rt_data_normalize(se3rt_data *d, const se3rt_data *from);

/* MSE and L1 compare outputs with real targets. CE (cross-entropy) reads each target as a
 * class label: output NAME must be of degree 0 only, its C channels the logits, and the data
 * hold NAME as an integer 0..C-1 (a one-column per-atom property for a per-node output, an
 * info value for a per-graph one); the loss per label is log sum_c exp z_c - z_label. */
typedef enum se3rt_loss_kind { SE3RT_LOSS_MSE = 0, SE3RT_LOSS_L1, SE3RT_LOSS_CE } se3rt_loss_kind;

/* se3rt_data_new for a loss kind: SE3RT_LOSS_CE reads the targets as class labels (stored
 * one-hot in the frame targets); the others as se3rt_data_new. A label outside 0..C-1 or not
 * a whole number is refused naming the file, frame and atom. */
se3rt_status se3rt_data_new_kind(se3rt_model *m, const se3rt_xyz *xyz, const char *file, const char *targets,
                                 se3rt_loss_kind kind, se3rt_data **out /* OUT */);
/* Molecules from SDF (V2000 or V3000; graph given, bonds and all): the frames (made with
 * se3rt_sdf_frames from the same sdf, frame f = molecule f) give positions, elements and, as
 * info values, the per-molecule targets; sdf gives each frame's bonds. The model's inputs come
 * from the atoms (species(...), atomic_number, constants), as `se3tc run` reads an SDF. With
 * sdf NULL this is se3rt_data_new_kind. Periodic frames (Lattice=, pbc= in extended XYZ) are
 * taken with their cells by both (docs/graphs.md, "Periodic cells"). */
se3rt_status se3rt_data_new_sdf(se3rt_model *m, const se3rt_xyz *xyz, const se3rt_sdf *sdf, const char *file,
                                const char *targets, se3rt_loss_kind kind, se3rt_data **out /* OUT */);
/* Frames for se3rt_data_new_sdf: one per molecule, with its elements as the `species` column,
 * its positions, and every data item `> <NAME>` as the info value NAME. `fields` (NULL or
 * "OUT=ITEM,OUT2=ITEM2") also copies item ITEM into info OUT, so output OUT trains on it. A
 * molecule lacking a mapped item is an error naming the file, molecule and item:
 *     qm9.sdf: frame 3: no data item 'U0' (--target-field energy=U0) */
se3rt_status se3rt_sdf_frames(const se3rt_sdf *sdf, const char *fields, const char *file,
                              se3rt_xyz **out /* OUT */);
/* 1 when d holds class labels (made with SE3RT_LOSS_CE). */
int          se3rt_data_labels(const se3rt_data *d);
/* For class-label data: per target, the fraction of output rows whose largest logit in pred
 * (se3rt_data_rows x out_dim, as se3rt_data_eval writes it) is the label (acc[ntargets]). */
void         se3rt_data_accuracy(const se3rt_data *d, const double *pred, double *acc);

/* The mean loss over the target values of frames[0..n) and its gradient w.r.t. the weights
 * (grad: nparams, overwritten). The frames are split into nthreads contiguous parts, each
 * run by its own thread with its own gradient, summed in a fixed order: the result depends
 * on the thread count only through floating-point summation order. When the model's
 * gradients run on a device (CUDA), the minibatch is one device call and grad may be NULL:
 * the gradient then stays in device memory (the trainer's device optimiser reads it there). */
se3rt_status se3rt_data_loss_grad(se3rt_model *m, const se3rt_data *d, const int64_t *frames, int64_t n,
                                  se3rt_loss_kind kind, int nthreads, double *loss, double *grad);

/* Forward over every frame (batches of `batch` frames): predictions (se3rt_data_rows x
 * out_dim, file basis; may be NULL), the mean loss and, per target, the mean squared error
 * over its values (mse[ntargets]; may be NULL; for class labels the mean cross-entropy). */
se3rt_status se3rt_data_eval(se3rt_model *m, const se3rt_data *d, se3rt_loss_kind kind, int batch,
                             double *pred, double *loss, double *mse);

/* ---- energies and forces (docs/training.md, "Energies and forces")
 * A model with an energy output (kind=energy) trains on forces too when the targets name
 * `forces` (e.g. "energy,forces"; se3rt_data_new reads each frame's per-atom property
 * forces:R:3, as ASE writes it, and the energy from the frame's info). The loss over a
 * minibatch of B frames with A atoms is then
 *     w_E / B Σ_g (ΔE_g / s_g)²  +  w_F / (3 A) Σ_i |ΔF_i|²
 * with s_g the frame's atom count under per-atom normalisation, else 1 (w_E = 1, w_F = 1 and
 * per-frame by default); only MSE. The model needs se3rt_model_enable_force_grad. */

/* Multiply the energy target's weight by energy_weight and the force term's by force_weight
 * (>= 0, finite), and choose per-atom (1) or per-frame (0) energy errors. Call after
 * se3rt_data_normalize when both are used. Errors: SE3RT_ERR_INVALID. */
se3rt_status se3rt_data_set_ef_loss(se3rt_data *d, double energy_weight, double force_weight, int energy_per_atom);
int          se3rt_data_has_forces(const se3rt_data *d);
/* Stress: targets naming `stress` read each periodic frame's info `stress` (9 numbers row-major,
 * as `se3tc run` writes it, or 6 in Voigt order xx yy zz yz xz xy, as ASE's get_stress), and add
 * w_S / (9 B_S) Σ_g |σ_g − σ̂_g|² over the B_S frames of the minibatch with a stress (open
 * frames have none); w_S is 1 unless set here (>= 0, finite; multiplies). Periodic frames
 * (Lattice=, pbc=) train with their cells in any case. */
int          se3rt_data_has_stress(const se3rt_data *d);
se3rt_status se3rt_data_set_stress_weight(se3rt_data *d, double stress_weight);

/* Energy and force errors over the frames of d (any data of a model with an energy output):
 * the energy's over frames, in energy units and per atom (NAN when the energy is no target), and
 * the forces' over every component (data of an energy model keep each frame's forces:R:3 when
 * every frame has them, also when forces are no target; NAN otherwise). */
typedef struct se3rt_ef_metrics {
    double e_mae, e_rmse;             /* |E - E_ref| over frames */
    double e_mae_atom, e_rmse_atom;   /* |E - E_ref| / atoms */
    double f_mae, f_rmse;             /* |F - F_ref| over atoms and x, y, z */
    double s_mae, s_rmse;             /* |σ - σ_ref| over the components of frames with a stress target */
    int64_t frames, atoms;
} se3rt_ef_metrics;
/* In batches of `batch` frames: pred (se3rt_data_rows x out_dim, may be NULL) as se3rt_data_eval,
 * the loss of the definition above over the whole set (may be NULL) and the metrics. */
se3rt_status se3rt_data_eval_ef(se3rt_model *m, const se3rt_data *d, int batch, double *pred, double *loss,
                                se3rt_ef_metrics *out /* OUT */);

/* ---------------------------------------------------------------- optimiser */

/* Adam (Kingma and Ba 2015) with bias correction; beta1 0.9, beta2 0.999, eps 1e-8. */
typedef struct se3rt_adam se3rt_adam;

se3rt_status se3rt_adam_new(se3rt_ctx *ctx, int64_t n, se3rt_adam **out /* OUT */);
void         se3rt_adam_free(se3rt_adam *a);
int64_t      se3rt_adam_steps(const se3rt_adam *a);     /* updates made so far */
void         se3rt_adam_step(se3rt_adam *a, double *params, const double *grad, double lr);
/* State as safetensors (tensors adam.m, adam.v, adam.t), written atomically; `meta` as in
 * se3rt_st_write. Load checks the sizes: "opt.safetensors: tensor 'adam.m' has shape [10],
 * expected [12]". */
se3rt_status se3rt_adam_save(const se3rt_adam *a, const char *path, const char *const *meta);
se3rt_status se3rt_adam_load(se3rt_adam *a, const char *path);

/* Cosine decay from lr0 at step 0 to lr1 at step `total` (and after). */
double se3rt_cosine_lr(int64_t step, int64_t total, double lr0, double lr1);
/* se3rt_cosine_lr after a linear warm-up: lr0 (step + 1) / warmup for the first `warmup`
 * steps, then the cosine decay over the remaining total - warmup steps. warmup 0 is exactly
 * se3rt_cosine_lr. */
double se3rt_schedule_lr(int64_t step, int64_t total, int64_t warmup, double lr0, double lr1);
/* Exponential moving average of the weights: ema = decay ema + (1 - decay) params. */
void   se3rt_ema_update(double *ema, const double *params, int64_t n, double decay);
/* Scale g so its Euclidean norm is at most max_norm (max_norm <= 0: leave it); returns the
 * norm before clipping. The squares are summed in chunks of 256 entries, then the chunks' sums
 * in order: the order the device optimiser uses, so both give the same norm bit for bit. */
double se3rt_clip_grad(double *g, int64_t n, double max_norm);

/* ---------------------------------------------------------------- the training loop */

/* A trainer runs the loop `se3tc train` runs (docs/training.md): per step, a minibatch drawn
 * by the seed, its mean loss and gradient over `threads` threads, gradient clipping, the
 * learning rate of the schedule, one Adam update and the moving average of the weights.
 * Deterministic: the weights after step k are a function of (model, initial weights, data,
 * options, thread count) only, and the same whether the run was saved and loaded in between.
 * It holds no global state; the host owns the model and the data, which must outlive it. */
typedef struct se3rt_trainer se3rt_trainer;

/* The learning rate after the warm-up: cosine decay from lr to lr_end over the remaining
 * steps, or lr times a factor reduced on plateaus of the validation loss (never below lr_end). */
typedef enum se3rt_schedule { SE3RT_SCHEDULE_COSINE = 0, SE3RT_SCHEDULE_PLATEAU } se3rt_schedule;

/* Options; se3rt_trainer_opts_init fills the defaults given here (those of `se3tc train`). */
typedef struct se3rt_trainer_opts {
    int64_t steps;             /* optimiser steps of the whole run, 1..1e9 (the schedule's length): 1000 */
    int64_t batch;             /* frames per minibatch, >= 1 (frames repeat when it exceeds the data): 100 */
    uint64_t seed;             /* the minibatch order (epoch e is a permutation drawn from (seed, e)): 1 */
    double lr;                 /* learning rate, > 0: 1e-3 */
    double lr_end;             /* the cosine decay's end, the plateau schedule's floor, >= 0: 1e-4 */
    int64_t warmup;            /* linear warm-up steps (lr (k + 1) / warmup at step k), < steps: 0 */
    se3rt_schedule schedule;   /* after the warm-up: SE3RT_SCHEDULE_COSINE */
    double plateau_factor;     /* plateau: the factor per reduction, in (0, 1): 0.5 */
    int64_t plateau_patience;  /* plateau: reported validation losses without a new best per reduction, >= 1: 5 */
    double clip;               /* largest gradient norm (Euclidean, over all weights); 0: no clipping */
    se3rt_loss_kind loss;      /* SE3RT_LOSS_MSE; SE3RT_LOSS_CE needs data made with it */
    int threads;               /* gradient threads, 1..4096 (the result depends on it only through
                                  the order of a sum): 1 */
    double ema;                /* decay D of the moving average e <- D e + (1 - D) w, in [0, 1); 0: off */
    int64_t patience;          /* stop after this many reported validation losses without a new best; 0: never */
    double min_delta;          /* a new best must be lower than the best by more than this, >= 0: 0 */
} se3rt_trainer_opts;

void se3rt_trainer_opts_init(se3rt_trainer_opts *o /* OUT */);

/* What the reported validation losses decided: the best loss (INFINITY before the first) and
 * its step (0: none), the reports since it improved (early stopping) and since the last
 * plateau reduction, the plateau factor of the learning rate (1 at the start) and whether
 * the run stopped early. Part of the resume state. */
typedef struct se3rt_trainer_track {
    double best_loss, lr_scale;
    int64_t best_step, bad_evals, plateau_bad;
    int stopped;
} se3rt_trainer_track;

/* A trainer for model m (compiled with backward code) on `train` (made for m with o->loss's
 * kind). Training starts from the weights m holds now (se3rt_model_init_weights or
 * se3rt_model_load_weights first); the moving average starts there too. m and train are
 * borrowed. Errors: SE3RT_ERR_INVALID for an option out of the ranges above (named), a model
 * without backward code, class-label data with another loss or the other way round;
 * SE3RT_ERR_NOMEM. */
se3rt_status se3rt_trainer_new(se3rt_model *m, const se3rt_data *train, const se3rt_trainer_opts *o,
                               se3rt_trainer **out /* OUT */);
void         se3rt_trainer_free(se3rt_trainer *t);

/* Take up to n optimiser steps (fewer when the run reaches o->steps or has stopped early;
 * n <= 0 takes none). Errors: the minibatch's (se3rt_data_loss_grad: the frame named); a loss
 * that is not finite is SE3RT_ERR_INVALID ("step 12: the loss is not finite (lower the learning
 * rate or clip the gradient)") and that step changes nothing; SE3RT_ERR_INVALID while the
 * evaluated weights are in the model (se3rt_trainer_use_eval_weights). On a model whose
 * gradients run on CUDA (plain losses over open frames) Adam, clipping and the moving average
 * run there too and the weights, gradient and optimiser state stay in device memory between
 * steps; the host's copies are refreshed when read (the evaluated weights, a best weight copy,
 * se3rt_trainer_state_save, se3rt_model_params), and weights the host changes go up at the
 * next step. */
se3rt_status se3rt_trainer_step(se3rt_trainer *t, int64_t n);
/* Steps taken so far (the next step's 0-based index), counting those before a state load. */
int64_t      se3rt_trainer_steps_done(const se3rt_trainer *t);
/* 1 when no further step will be taken: o->steps reached, or stopped early. */
int          se3rt_trainer_finished(const se3rt_trainer *t);

/* The last step: its number (1-based; 0 before any), minibatch loss (per target value, before
 * the update), learning rate and gradient norm before clipping. nonfinite is 1 when the last
 * se3rt_trainer_step failed because the loss was not finite (loss then holds it). */
typedef struct se3rt_trainer_stepinfo {
    int64_t step;
    double loss, lr, grad_norm;
    int nonfinite;
} se3rt_trainer_stepinfo;
void         se3rt_trainer_last(const se3rt_trainer *t, se3rt_trainer_stepinfo *info /* OUT */);
/* The learning rate of 0-based step `step` under the current plateau factor. */
double       se3rt_trainer_lr(const se3rt_trainer *t, int64_t step);

/* The evaluated weights are the moving average with o->ema > 0, else the training weights.
 * on = 1 puts them into the model (for a forward, a save, metrics), on = 0 puts the training
 * weights back bit for bit; a no-op without EMA and when already in that state. */
void         se3rt_trainer_use_eval_weights(se3rt_trainer *t, int on);

typedef struct se3rt_trainer_metrics {
    double loss;       /* mean loss over the target values of d (se3rt_data_eval) */
    double accuracy;   /* class-label data: the mean over targets of the fraction of rows whose
                          largest logit is the label; NAN otherwise */
    int64_t frames;    /* frames of d */
} se3rt_trainer_metrics;
/* Evaluate the evaluated weights on d (made for the same model and loss kind), in batches of
 * 64 frames; the model holds what it held before afterwards. Errors as se3rt_data_eval. */
se3rt_status se3rt_trainer_evaluate(se3rt_trainer *t, const se3rt_data *d, se3rt_trainer_metrics *out /* OUT */);

/* Report the validation loss of the current step (usually se3rt_trainer_evaluate on a
 * validation set). A loss below the best by more than o->min_delta is the new best: its
 * evaluated weights are copied (se3rt_trainer_best_params) and *improved (may be NULL) is 1.
 * Otherwise the counts grow: the plateau schedule multiplies the rate by plateau_factor after
 * plateau_patience of them, o->patience of them stop the run (se3rt_trainer_finished); a NaN
 * loss is no improvement. Errors: SE3RT_ERR_NOMEM. */
se3rt_status se3rt_trainer_report_valid(se3rt_trainer *t, double loss, int *improved /* OUT */);
/* The best evaluated weights seen by this trainer object (nparams, manifest order; borrowed,
 * valid until the next report or free), or NULL when no report improved since it was made or
 * its state loaded (the step and loss survive a load in the track; the weights are the host's
 * to save when *improved says so, as `se3tc train` does in CKPT/best/). */
const double *se3rt_trainer_best_params(const se3rt_trainer *t);
void         se3rt_trainer_get_track(const se3rt_trainer *t, se3rt_trainer_track *out /* OUT */);
/* Replace the track (a host that keeps it elsewhere, as `se3tc train` does in state.json).
 * Errors: SE3RT_ERR_INVALID for a negative count or a factor that is not > 0. */
se3rt_status se3rt_trainer_set_track(se3rt_trainer *t, const se3rt_trainer_track *k);

/* The exact resume state, in folder `dir` (made when missing; the files are replaced,
 * each atomically): weights.safetensors (f64, the evaluated weights, metadata `step`),
 * with EMA train_weights.safetensors (the optimiser's weights), and optimizer.safetensors
 * (adam.m, adam.v, adam.t; metadata `step`, then the host's `meta` pairs (NULL or a
 * NULL-terminated key, value, ... list), then `steps`, `seed`, and the track:
 * `best_valid_loss`, `best_step`, `bad_evals`, `plateau_bad_evals`, `lr_scale`,
 * `stopped_early`). These are the files of a `se3tc train` checkpoint. Errors: SE3RT_ERR_IO. */
se3rt_status se3rt_trainer_state_save(se3rt_trainer *t, const char *dir, const char *const *meta);
/* Load what se3rt_trainer_state_save wrote (or `se3tc train` checkpointed) into a trainer
 * made with the same model, data and options: then the next steps are those an uninterrupted
 * run would take, bit for bit with the same thread count. A track missing from the metadata
 * (an older se3tc) is the initial one. Errors: SE3RT_ERR_IO / SE3RT_ERR_FORMAT naming the file
 * (missing, other shapes, weights and optimiser of different steps, an update count that is
 * not the step); after an error the trainer's weights are undefined: load again or free it. */
se3rt_status se3rt_trainer_state_load(se3rt_trainer *t, const char *dir);

#ifdef __cplusplus
}
#endif
#endif
