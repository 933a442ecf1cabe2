/* cmd_train.h - `se3tc train`: minibatch Adam on the generated backward (docs/training.md). */
#ifndef SE3C_CMD_TRAIN_H
#define SE3C_CMD_TRAIN_H

int cmd_train(int argc, char **argv);

#endif
