/* cmd_grad.h - `se3tc gradcheck SPEC`: generated backward against finite differences. */
#ifndef SE3C_CMD_GRAD_H
#define SE3C_CMD_GRAD_H

int cmd_gradcheck(int argc, char **argv);

#endif
