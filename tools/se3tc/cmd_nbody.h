/* cmd_nbody.h - `se3tc nbody generate`: the paper's charged-particle data set (docs/nbody.md). */
#ifndef SE3C_CMD_NBODY_H
#define SE3C_CMD_NBODY_H

/* argv[0] is "nbody"; returns the process exit code. */
int cmd_nbody(int argc, char **argv);

#endif
