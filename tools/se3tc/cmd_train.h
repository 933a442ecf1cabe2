/* cmd_train.h - `se3tc train`: minibatch Adam on the generated backward (docs/training.md).
 * The strict whole numbers and memory estimates it shares with gradcheck and bench are in
 * cmd_util.h. */
#ifndef SE3C_CMD_TRAIN_H
#define SE3C_CMD_TRAIN_H

int cmd_train(int argc, char **argv);

#endif
