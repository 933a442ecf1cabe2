/* cmd_util.h - small helpers the se3tc subcommands share. */
#ifndef SE3_CMD_UTIL_H
#define SE3_CMD_UTIL_H

/* Make folder `dir` and any missing parents (as `mkdir -p`, modes 0777 less the umask). Returns
 * 0 when dir is a folder afterwards; otherwise prints one line "se3tc CMD: ..." naming the part
 * of the path that failed (not a folder, or the system's reason) and returns -1. */
int cmd_mkdirs(const char *cmd, const char *dir);

#endif
