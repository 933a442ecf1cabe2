/* model_lib.c - loading a model library that `se3tc compile --shared` built ahead of time
 * (docs/host.md, "Ahead of time"): no compiler runs and no cache is touched.
 *
 * Trust follows the JIT cache's rules (docs/runtime.md, docs/security.md): the file is opened
 * O_NOFOLLOW and used only if it is a regular file owned by the effective user or root and not
 * writable by group or others; its SHA-256, read from that descriptor, must be the manifest's
 * library.shared_sha256. The inode that was hashed is the one loaded: dlopen opens
 * /proc/self/fd/N of the checked descriptor. The dynamic loader hands back an object it already
 * holds under the same name, and a descriptor number is reused once closed, so the object loaded
 * must hold this model's table built from the manifest's source hash; if not, it is an earlier
 * library and the descriptor is duplicated to another number and loaded again. Without /proc the
 * file is loaded by name and its inode compared afterwards. model_cpu.c then checks the table
 * against the manifest as it checks JIT-compiled code. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jit.h"
#include "model_impl.h"

#define LIB_MAX ((uint64_t)1 << 30)   /* a larger model library is not read */

/* The table of model m in object h, if h is the library that was checked: it names the model and
 * carries the manifest's source hash. NULL otherwise (*why says which). */
static const se3m_code *lib_table(const se3rt_model *m, void *h, const char **why)
{
    char sym[400];
    snprintf(sym, sizeof sym, "se3m_%s_code", m->name);
    const se3m_code *k = dlsym(h, sym);
    if (!k) {
        *why = "lacks the table se3m_NAME_code (not a model library of this model)";
        return NULL;
    }
    if (!k->source_sha256 || strcmp(k->source_sha256, m->lib.source_sha256) != 0) {
        *why = "was not built from the C source the manifest records";
        return NULL;
    }
    return k;
}

/* dlopen the inode behind the checked descriptor fd and find m's table in it. The loader hands
 * back an object already loaded under the same name (a descriptor number is reused once closed,
 * and the loader keeps every name an object was ever opened by), so an object whose table is not
 * this model's is put back and the file opened again under another descriptor number. */
static se3rt_status lib_load(se3rt_model *m, int fd, const char *path, const se3m_code **code, void **handle)
{
    se3rt_ctx *ctx = m->ctx;
    const int flags = RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE;
    const char *why = NULL;
    if (access("/proc/self/fd", X_OK) != 0) {   /* no /proc: by name, then compare inodes */
        void *h = dlopen(path, flags);
        struct stat a, b;
        if (!h)
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: cannot load: %s", path, dlerror());
        if (fstat(fd, &a) != 0 || stat(path, &b) != 0 || a.st_dev != b.st_dev || a.st_ino != b.st_ino) {
            dlclose(h);
            return rt_error(ctx, SE3RT_ERR_INVALID, "%s: the file changed while it was loaded", path);
        }
        if (!(*code = lib_table(m, h, &why))) {
            dlclose(h);
            return rt_error(ctx, SE3RT_ERR_FORMAT, "%s: %s", path, why);
        }
        *handle = h;
        return SE3RT_OK;
    }
    int dups[16], ndup = 0, cur = fd;
    se3rt_status st = SE3RT_OK;
    for (;;) {
        char name[64];
        snprintf(name, sizeof name, "/proc/self/fd/%d", cur);
        void *h = dlopen(name, flags);
        if (!h) {
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: cannot load: %s", path, dlerror());
            break;
        }
        if ((*code = lib_table(m, h, &why)) != NULL) {
            *handle = h;
            break;
        }
        dlclose(h);
        if (ndup == 16 || (cur = fcntl(fd, F_DUPFD_CLOEXEC, cur + 1)) < 0) {
            st = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: %s", path, why);
            break;
        }
        dups[ndup++] = cur;
    }
    for (int i = 0; i < ndup; i++)
        close(dups[i]);
    return st;
}

se3rt_status rt_model_lib_open(se3rt_model *m, const char *path, const se3m_code **code, void **handle)
{
    se3rt_ctx *ctx = m->ctx;
    *code = NULL;
    *handle = NULL;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return rt_error(ctx, errno == ENOENT ? SE3RT_ERR_IO : SE3RT_ERR_INVALID, "%s: cannot open: %s", path,
                        errno == ELOOP ? "it is a symbolic link (a model library must be a regular file)"
                                       : strerror(errno));
    struct stat st;
    se3rt_status s = SE3RT_OK;
    if (fstat(fd, &st) != 0)
        s = rt_error(ctx, SE3RT_ERR_IO, "%s: cannot check: %s", path, strerror(errno));
    else if (!S_ISREG(st.st_mode))
        s = rt_error(ctx, SE3RT_ERR_INVALID, "%s: not a regular file; refusing to load it", path);
    else if (st.st_uid != geteuid() && st.st_uid != 0)
        s = rt_error(ctx, SE3RT_ERR_INVALID, "%s: belongs to user %ld, not to this user (%ld) or root; refusing to "
                     "load it", path, (long)st.st_uid, (long)geteuid());
    else if (st.st_mode & 022)
        s = rt_error(ctx, SE3RT_ERR_INVALID, "%s: writable by group or others (mode %04o); refusing to load it "
                     "(chmod go-w)", path, (unsigned)(st.st_mode & 07777));
    else if (st.st_size <= 0 || (uint64_t)st.st_size > LIB_MAX)
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: %lld bytes is not a model library", path, (long long)st.st_size);
    char hex[65];
    if (!s && rt_fd_sha256(fd, (size_t)st.st_size, NULL, hex) != 0)
        s = rt_error(ctx, SE3RT_ERR_IO, "%s: cannot read: %s", path, strerror(errno ? errno : EIO));
    if (!s && strcmp(hex, m->lib.shared_sha256) != 0)
        s = rt_error(ctx, SE3RT_ERR_FORMAT, "%s: SHA-256 %.12s... is not the manifest's %.12s... (the library "
                     "was changed or belongs to another compile); refusing to load it", path, hex,
                     m->lib.shared_sha256);
    if (!s)
        s = lib_load(m, fd, path, code, handle);
    close(fd);
    return s;
}
