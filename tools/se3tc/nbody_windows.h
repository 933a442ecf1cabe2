/* nbody_windows.h - input/label windows cut from an N-body trajectory file (docs/nbody.md). */
#ifndef SE3TC_NBODY_WINDOWS_H
#define SE3TC_NBODY_WINDOWS_H

#include "se3rt_io.h"

/* 1 when xyz is a trajectory file of `se3tc nbody generate` (its first frame carries the info
 * keys sample_every and frames), else 0. */
int nbody_is_trajectory(const se3rt_xyz *xyz);

typedef enum nbody_window_kind {
    NBODY_WINDOWS_ALL = 0,   /* every start frame of every simulation (training) */
    NBODY_WINDOWS_SPREAD     /* one per simulation, start frame floor(idx * (F - h) / nsims) (test) */
} nbody_window_kind;

/* The input/label pairs of a trajectory file, as frames in the pair format of the generator's
 * --pairs mode (pos, vel, charge, dx, dv; info sim, frame0, t0, delta_t), in simulation order and,
 * within a simulation, start-frame order. The window is the file's `horizon` steps
 * (h = horizon / sample_every frames); start frames run over 0 .. F - h - 1 (F stored frames), as
 * the official loader's range(n_frames - delta_t). Errors (a frame out of order, a simulation
 * without all its frames, columns missing or of another atom count, out of memory): -1 and one
 * line naming the file and frame in err; 0 on success. */
int nbody_windows(se3rt_ctx *ctx, const se3rt_xyz *traj, nbody_window_kind kind, se3rt_xyz **out /* OUT */,
                  char *err, size_t errlen);

/* The simulation of each frame of `windows` (nbody_windows' output), numbered 0, 1, ... in order
 * of appearance: group[k] for frame k (windows->nframes entries). A simulation's windows are
 * contiguous there with rising start frames, so a new one begins where info `sim` changes or
 * `frame0` does not rise. Returns the number of simulations, or -1 when a frame lacks an integer
 * `sim` or `frame0`. --valid-fraction holds out whole simulations with it, so that no
 * simulation gives windows to both training and validation. */
long long nbody_window_groups(const se3rt_xyz *windows, long long *group);

#endif
