/* cmd_util.c - see cmd_util.h. */
#define _GNU_SOURCE /* fopencookie */
#include "cmd_util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One component: make it unless it exists; it must be a folder afterwards. */
static int cmd_mkdir_one(const char *cmd, const char *path)
{
    struct stat sb;
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "se3tc %s: cannot create the folder '%s': %s\n", cmd, path, strerror(errno));
        return -1;
    }
    if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "se3tc %s: '%s' is not a folder\n", cmd, path);
        return -1;
    }
    return 0;
}

int cmd_mkdirs(const char *cmd, const char *dir)
{
    size_t n = strlen(dir);
    char *p = malloc(n + 1);
    if (!p) {
        fprintf(stderr, "se3tc %s: out of memory\n", cmd);
        return -1;
    }
    memcpy(p, dir, n + 1);
    while (n > 1 && p[n - 1] == '/')   /* "out/" is "out" */
        p[--n] = 0;
    int rc = 0;
    for (size_t i = 1; i < n && rc == 0; i++)
        if (p[i] == '/' && p[i - 1] != '/') {
            p[i] = 0;
            rc = cmd_mkdir_one(cmd, p);
            p[i] = '/';
        }
    if (rc == 0)
        rc = cmd_mkdir_one(cmd, p);
    free(p);
    return rc;
}

/* The filter behind stderr: bytes go to fd 2 as they are, except control bytes other than tab,
 * newline and carriage return, which are written as the four characters \xNN. */
static ssize_t cmd_stderr_write(void *cookie, const char *buf, size_t n)
{
    (void)cookie;
    char out[4096];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)buf[i];
        if (o + 4 > sizeof out) {
            if (write(STDERR_FILENO, out, o) < 0)
                return -1;
            o = 0;
        }
        if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f)
            o += (size_t)snprintf(out + o, sizeof out - o, "\\x%02x", ch);
        else
            out[o++] = (char)ch;
    }
    if (o && write(STDERR_FILENO, out, o) < 0)
        return -1;
    return (ssize_t)n;
}

void cmd_filter_stderr(void)
{
    cookie_io_functions_t io = { .write = cmd_stderr_write };
    FILE *f = fopencookie(NULL, "w", io);
    if (!f)
        return;   /* stderr stays as it was */
    setvbuf(f, NULL, _IONBF, 0);
    stderr = f;
}
