/* cmd_bench.h - `se3tc bench SPEC`: forward time per layer and in total, edges/s, GFLOP/s
 * against the manifest's FLOP counts, and the naive reference's time in the same run. */
#ifndef SE3C_CMD_BENCH_H
#define SE3C_CMD_BENCH_H

int cmd_bench(int argc, char **argv);

#endif
