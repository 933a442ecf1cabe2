/* cmd_util.h - small helpers the se3tc subcommands share. */
#ifndef SE3_CMD_UTIL_H
#define SE3_CMD_UTIL_H

/* Make folder `dir` and any missing parents (as `mkdir -p`, modes 0777 less the umask). Returns
 * 0 when dir is a folder afterwards; otherwise prints one line "se3tc CMD: ..." naming the part
 * of the path that failed (not a folder, or the system's reason) and returns -1. */
int cmd_mkdirs(const char *cmd, const char *dir);

/* Route the process's stderr through a filter that writes every control byte except tab,
 * newline and carriage return as \xNN, so a file name or text from a file that holds a terminal
 * escape sequence never reaches the terminal as one (docs/security.md). Unbuffered, like stderr.
 * Call once, first thing in main; on failure stderr is left as it was. */
void cmd_filter_stderr(void);

#endif
