/* testutil.h - helpers shared by the Check programs: run a suite in fork mode, run se3tc as a
 * subprocess and capture its output, make scratch folders. */
#ifndef SE3_TESTUTIL_H
#define SE3_TESTUTIL_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

/* Run the suites (NULL-terminated) in fork mode; returns the process exit code. */
int tu_run_suites(Suite **suites);

/* Run `SE3TC_EXE args...` (args is a shell-quoted string) with `stdin_text` (may be NULL) on
 * stdin; stdout and stderr are captured into malloc'd strings (caller frees). Returns exit code. */
int tu_se3tc(const char *args, const char *stdin_text, char **out, char **err);

/* tu_se3tc with the arguments written by printf(fmt, ...), no stdin, stdout discarded; stderr
 * into *err (caller frees). Returns the exit code. */
int tu_se3tc_err(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* tu_se3tc with the arguments written by printf(fmt, ...) and no stdin; stdout and stderr into
 * *out and *err (caller frees). Aborts the test if the arguments exceed 8 KB. Returns the exit code. */
int tu_se3tcf(char **out, char **err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A uniform double in [0, 1) from the SplitMix64 generator (Steele, Lea and Flood, 2014) whose
 * state is *state: the tests' reproducible random numbers. */
double tu_urand(uint64_t *state);

/* Whether s is exactly one line: one newline, at its end. */
int tu_one_line(const char *s);

/* A fresh empty folder under $TMPDIR (or /tmp); caller owns the string. */
char *tu_tmpdir(void);

/* Whole file as a malloc'd NUL-terminated string, or NULL. */
char *tu_read_file(const char *path, size_t *len);
int tu_write_file(const char *path, const char *text);

/* Entries of a folder other than . and .. (-1 if it cannot be opened). */
int tu_dir_count(const char *dir);

/* A test program's own scratch folder and private JIT cache: two fresh folders copied into
 * work[wn] and cache[cn], $SE3TC_CACHE set to the cache and $SE3TC_CFLAGS to -O1, or to
 * $SE3_TEST_JIT_CFLAGS when `instrumented` and that is set (scripts/sanitize.sh instruments the
 * JIT-compiled code of the bad-input tests). Returns 0, or -1 after a message naming `prog`. */
int tu_private_env(const char *prog, int instrumented, char *work, size_t wn, char *cache, size_t cn);

/* Remove path and everything below it (links are removed, not followed). */
void tu_rm_rf(const char *path);

/* The test tier (SE3_TEST_TIER): "long" runs only the paper-spec cases, which JIT-compile
 * megabytes of generated C (CTest label `long`, `scripts/test.sh --long`); anything else runs
 * the default tier (every layer kind on small specs), which README's test command runs. */
int tu_tier_long(void);

#endif
