/* cmd_util.c - see cmd_util.h. */
#define _GNU_SOURCE /* fopencookie */
#include "cmd_util.h"

#include "emit_c.h"
#include "model.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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

/* ---- numbers and memory (train, gradcheck and bench) ----------------------------------------- */

long cmd_digits(const char *p, size_t n)
{
    if (n == 0 || n > 18)
        return -1;
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        if (p[k] < '0' || p[k] > '9')
            return -1;
        v = 10 * v + (p[k] - '0');
    }
    return v;
}

int cmd_parse_count(const char *s, long lo, long hi, long *out)
{
    long v = cmd_digits(s, strlen(s));
    if (v < 0 || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

int cmd_parse_bytes(const char *s, double *out)
{
    char *end;
    if (!(*s >= '0' && *s <= '9'))
        return -1;
    double v = strtod(s, &end);
    static const char units[] = "KMGT";
    const char *u = *end ? strchr(units, *end) : NULL;
    if (u && *u) {
        v *= pow(1024, (double)(u - units + 1));
        end++;
    }
    if (*end || !isfinite(v) || v < 1)
        return -1;
    *out = v;
    return 0;
}

void cmd_mem_fmt(char *buf, size_t n, double bytes)
{
    static const char *unit[] = { "bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    int k = 0;
    while (bytes >= 1024 && k < 6) {
        bytes /= 1024;
        k++;
    }
    snprintf(buf, n, k ? "%.1f %s" : "%.0f %s", bytes, unit[k]);
}

double cmd_mem_limit(char *what, size_t n)
{
    long pages = sysconf(_SC_PHYS_PAGES), psize = sysconf(_SC_PAGESIZE);
    double lim = pages > 0 && psize > 0 ? (double)pages * (double)psize : INFINITY;
    snprintf(what, n, "physical memory");
    struct {
        int res;
        const char *name;
    } rl[] = { { RLIMIT_AS, "the address-space limit (ulimit -v)" }, { RLIMIT_DATA, "the data limit (ulimit -d)" } };
    for (int i = 0; i < 2; i++) {
        struct rlimit r;
        if (getrlimit(rl[i].res, &r) == 0 && r.rlim_cur != RLIM_INFINITY && (double)r.rlim_cur < lim) {
            lim = (double)r.rlim_cur;
            snprintf(what, n, "%s", rl[i].name);
        }
    }
    return lim;
}

/* Edges of one graph of n nodes (b bonds for graph given), at most. */
static double mem_edges(const model *m, double n, double b)
{
    double most = n * (n - 1);
    switch (m->graph) {
    case GRAPH_KNN: return n * fmin(m->knn_k, n - 1);
    case GRAPH_RADIUS: return m->radius_max > 0 ? n * fmin(m->radius_max, n - 1) : most;
    case GRAPH_GIVEN: return 2 * b;
    case GRAPH_FULL: break;
    }
    return most;
}

double cmd_mem_graph(const compile *c, double n, double bonds, int grad)
{
    const model *m = c->m;
    const double s = m->prec == PREC_F32 ? 4 : 8, e = mem_edges(m, n, bonds);
    const double in = fibre_dim(&m->in), out = fibre_dim(&m->layers[m->nlayers - 1].out);
    const double maxd = (double)emit_c_max_dim(c->ir);
    double acts = 0;
    for (int i = 0; i < m->nlayers; i++)
        acts += fibre_dim(&m->layers[i].out);
    double b = 8 * (3 * n + n * in + n * out);        /* the caller's batch: positions, inputs, targets */
    b += 8 * (n + 1) + 2 * 4 * e;                     /* CSR rows; senders (grown by doubling) */
    if (m->graph == GRAPH_GIVEN)
        b += e * 4 * (2 * 8 + s);                     /* bond one-hot scalars */
    b += 8 * 3 * n + s * n * in + (8 + s) * n * out;  /* positions, inputs, outputs as the model runs them */
    if (!grad)
        return b + 2 * n * maxd * s;                  /* the two ping-pong buffers */
    /* every layer's output; gradients of positions, inputs, outputs and two layers' inputs;
     * attention's per-receiver keys and values */
    return b + s * n * (in + acts) + 8 * (6 * n + n * in + 2 * n * out + 4 * n * maxd);
}

double cmd_mem_batch(const compile *c, double graphs, double nodes, double bonds, int grad)
{
    return graphs * cmd_mem_graph(c, nodes, bonds, grad);
}


static int cmd_is_eq_option(const char *a)
{
    if (a[0] != '-' || a[1] != '-' || !a[2])
        return 0;
    for (const char *p = a + 2; *p; p++) {
        if (*p == '=')
            return p > a + 2;
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return 0;
    }
    return 0;
}

/* The options of any subcommand that take no value: `--grad=0` must not read as `--grad 0`. */
static const char *const cmd_flags[] = { "--help", "--version", "--grad", "--summary", "--dump-ir",
                                         "--no-reference", "--normalize", "--overwrite", "--quiet",
                                         "--resume", "--energy-per-atom" };

/* The split argument vector lives as long as the process and is freed at exit. */
static char **cmd_split_argv;

static void cmd_split_free(void)
{
    free(cmd_split_argv);
    cmd_split_argv = NULL;
}

int cmd_split_options(int *argc, char ***argv)
{
    int n = *argc, extra = 0, end = n;
    for (int i = 1; i < n; i++) {
        const char *a = (*argv)[i];
        if (strcmp(a, "--") == 0) {
            end = i;
            break;
        }
        if (!cmd_is_eq_option(a))
            continue;
        size_t len = (size_t)(strchr(a, '=') - a);
        for (size_t f = 0; f < sizeof cmd_flags / sizeof *cmd_flags; f++)
            if (strlen(cmd_flags[f]) == len && strncmp(a, cmd_flags[f], len) == 0) {
                fprintf(stderr, "se3tc: option '%s' takes no value\n", cmd_flags[f]);
                return -1;
            }
        extra++;
    }
    if (!extra)
        return 0;
    char **out = calloc((size_t)(n + extra + 1), sizeof *out);
    if (!out) {
        fprintf(stderr, "se3tc: out of memory\n");
        return -1;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        char *a = (*argv)[i];
        if (i > 0 && i < end && cmd_is_eq_option(a)) {
            char *eq = strchr(a, '=');
            *eq = '\0';  /* argv's strings are the program's to modify (C11 5.1.2.2.1) */
            out[k++] = a;
            out[k++] = eq + 1;
        } else {
            out[k++] = a;
        }
    }
    out[k] = NULL;
    cmd_split_argv = out;
    atexit(cmd_split_free);
    *argc = k;
    *argv = out;
    return 0;
}
