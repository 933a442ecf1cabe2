/* cmd_util.c - see cmd_util.h. */
#include "cmd_util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
