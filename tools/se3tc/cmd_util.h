/* cmd_util.h - small helpers the se3tc subcommands share: folders, the stderr filter, strict
 * whole numbers and sizes, and the memory a batch needs against the memory the process may use. */
#ifndef SE3_CMD_UTIL_H
#define SE3_CMD_UTIL_H

#include <stddef.h>

#include "compile.h"

/* Make folder `dir` and any missing parents (as `mkdir -p`, modes 0777 less the umask). Returns
 * 0 when dir is a folder afterwards; otherwise prints one line "se3tc CMD: ..." naming the part
 * of the path that failed (not a folder, or the system's reason) and returns -1. */
int cmd_mkdirs(const char *cmd, const char *dir);

/* Route the process's stderr through a filter that writes every control byte except tab,
 * newline and carriage return as \xNN, so a file name or text from a file that holds a terminal
 * escape sequence never reaches the terminal as one (docs/security.md). Unbuffered, like stderr.
 * Call once, first thing in main; on failure stderr is left as it was. */
void cmd_filter_stderr(void);

/* Every subcommand accepts `--name=value` as well as `--name value`: before dispatch, each
 * argument that starts with "--", has a name of letters, digits and '-' and then '=' is split
 * into the two arguments the parsers read ("--seed=1" -> "--seed" "1"). Arguments after a bare
 * "--" are left alone. Replaces *argv with a new array (freed at exit); returns -1 (with
 * a message) when out of memory or when an option that takes no value is given one
 * ("--grad=0"). */
int cmd_split_options(int *argc, char ***argv);

/* A string of 1 to 18 digits (nothing else) as a number, or -1. */
long cmd_digits(const char *p, size_t n);
/* A whole number written with digits only (no sign, exponent, spaces or suffix) in lo..hi:
 * stores it in *out and returns 0, else -1 ("1e9", "+5", " 7", "0x10" are all refused). */
int cmd_parse_count(const char *s, long lo, long hi, long *out);
/* A size in bytes: a number with an optional K, M, G or T suffix (powers of 1024); 0 or -1. */
int cmd_parse_bytes(const char *s, double *out);

/* Bytes (an over-estimate, within about 2x for the shipped specs) that one graph of `nodes`
 * nodes (and `bonds` bonds, for graph given) adds to a forward pass (grad 0) or to a forward
 * and backward pass (grad 1) of the compiled model c at c->m->prec: the batch arrays, the
 * edge lists (every pair of nodes for full and unlimited radius graphs), the layer outputs and
 * work buffers, and for grad 1 every layer's kept output and the gradient buffers. */
double cmd_mem_graph(const compile *c, double nodes, double bonds, int grad);
/* The same for `graphs` such graphs at once. */
double cmd_mem_batch(const compile *c, double graphs, double nodes, double bonds, int grad);
/* The memory this process may use, in bytes: physical memory, or RLIMIT_AS or RLIMIT_DATA
 * where lower; `what` receives which ("physical memory", "the address-space limit (ulimit
 * -v)", ...). */
double cmd_mem_limit(char *what, size_t n);
/* "12.3 GiB" */
void   cmd_mem_fmt(char *buf, size_t n, double bytes);

#endif
