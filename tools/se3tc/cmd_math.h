/* cmd_math.h - the `se3tc sh` and `se3tc cg` commands: print real spherical harmonics and
 * coupling tensors (docs/math.md) for users and for checking other implementations against. */
#ifndef SE3_CMD_MATH_H
#define SE3_CMD_MATH_H

#include <stdio.h>

/* se3tc sh LMAX: argv[0] is the command name ("sh"), argv[1..argc-1] its arguments. Reads lines
 * "x y z" on `in`; prints Y_0..Y_LMAX of each on one line of `out` (%.17g, or %.9g with --f32;
 * single spaces). Output is held back until all input is read, so an error prints nothing on
 * `out`. Errors are one line on `err`. Returns 0 or 1 (the process exit code). */
int cmd_sh(int argc, char **argv, FILE *in, FILE *out, FILE *err);

/* se3tc cg L K J: prints C^{LK}_J, one line per (a, b) in row-major order holding the 2J+1
 * values of c. argv as for cmd_sh. Returns 0 or 1. */
int cmd_cg(int argc, char **argv, FILE *out, FILE *err);

#endif
