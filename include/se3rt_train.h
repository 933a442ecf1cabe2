/* se3rt_train.h - training in libse3rt (docs/training.md): data sets of extended-XYZ frames
 * with targets for named outputs, minibatch loss and gradient over threads, Adam with its
 * state in safetensors files, warm-up and cosine learning-rate decay, an exponential moving
 * average of the weights, gradient clipping; MSE, L1 and cross-entropy on class labels.
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
/* 1 when d holds class labels (made with SE3RT_LOSS_CE). */
int          se3rt_data_labels(const se3rt_data *d);
/* For class-label data: per target, the fraction of output rows whose largest logit in pred
 * (se3rt_data_rows x out_dim, as se3rt_data_eval writes it) is the label (acc[ntargets]). */
void         se3rt_data_accuracy(const se3rt_data *d, const double *pred, double *acc);

/* The mean loss over the target values of frames[0..n) and its gradient w.r.t. the weights
 * (grad: nparams, overwritten). The frames are split into nthreads contiguous parts, each
 * run by its own thread with its own gradient, summed in a fixed order: the result depends
 * on the thread count only through floating-point summation order. */
se3rt_status se3rt_data_loss_grad(se3rt_model *m, const se3rt_data *d, const int64_t *frames, int64_t n,
                                  se3rt_loss_kind kind, int nthreads, double *loss, double *grad);

/* Forward over every frame (batches of `batch` frames): predictions (se3rt_data_rows x
 * out_dim, file basis; may be NULL), the mean loss and, per target, the mean squared error
 * over its values (mse[ntargets]; may be NULL; for class labels the mean cross-entropy). */
se3rt_status se3rt_data_eval(se3rt_model *m, const se3rt_data *d, se3rt_loss_kind kind, int batch,
                             double *pred, double *loss, double *mse);

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
 * norm before clipping. */
double se3rt_clip_grad(double *g, int64_t n, double max_norm);

#ifdef __cplusplus
}
#endif
#endif
