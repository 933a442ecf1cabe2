/* cmd_math.c - `se3tc sh` and `se3tc cg`: thin command-line front ends over sph.c and coupling.c.
 * The driver (main.c) dispatches here; everything goes through the given FILE handles so tests can
 * run the commands in-process with fmemopen/open_memstream. */
#include "cmd_math.h"

#include "coupling.h"
#include "sph.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char CMD_SH_USAGE[] =
    "usage: se3tc sh LMAX\n"
    "Read points 'x y z' on stdin, one per line (blank lines and '#' comments are skipped), and\n"
    "print the real spherical harmonics Y_0..Y_LMAX of each point's direction on one line:\n"
    "(LMAX+1)^2 values, %.17g, Y_{l,m} at index l*l + m + l, m = -l..l. LMAX is 0..10.\n"
    "Convention: orthonormal real form, Y_1 = sqrt(3/(4 pi)) (y, z, x) / r. The zero vector\n"
    "gives Y_0 = 1/sqrt(4 pi) and 0 for every l >= 1.\n";

static const char CMD_CG_USAGE[] =
    "usage: se3tc cg L K J\n"
    "Print the real coupling tensor C^{LK}_J, shape (2L+1) x (2K+1) x (2J+1): one line per (a, b)\n"
    "in row-major order with the 2J+1 values of c on it (%.17g). Degrees are 0..10 and\n"
    "|L-K| <= J <= L+K. The map (u, y) -> sum_{b,c} C[., b, c] u_b y_c is equivariant and the\n"
    "2J+1 slices C[., ., c] are orthonormal; the first entry with |v| > 1e-12 is positive.\n";

static int cmd_has_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return 1;
    return 0;
}

/* Whole-string base-10 integer; 0 on success. Leading blanks, junk and overflow are errors. */
static int cmd_parse_int(const char *s, long *v)
{
    char *end;
    if (*s == '\0' || (*s != '-' && *s != '+' && (*s < '0' || *s > '9')))
        return -1;
    errno = 0;
    *v = strtol(s, &end, 10);
    if (errno || *end != '\0' || *v < INT_MIN || *v > INT_MAX)
        return -1;
    return 0;
}

/* One input line of `se3tc sh` with any '#' comment cut off: 1 when it holds exactly three
 * numbers (into p), 0 when blank, -1 otherwise. */
static int cmd_sh_parse_line(char *line, double p[3])
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = '\0';
    char *s = line;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    if (*s == '\0')
        return 0;
    for (int i = 0; i < 3; i++) {
        char *end;
        p[i] = strtod(s, &end);
        if (end == s || (*end != '\0' && *end != ' ' && *end != '\t' && *end != '\r' && *end != '\n'))
            return -1;
        s = end;
    }
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    return *s == '\0' ? 1 : -1;
}

/* se3tc sh LMAX (see cmd_math.h). Output goes to a memory stream first and reaches `out` only
 * after the whole input parsed, so a bad line leaves `out` empty. */
int cmd_sh(int argc, char **argv, FILE *in, FILE *out, FILE *err)
{
    if (cmd_has_help(argc, argv)) {
        fputs(CMD_SH_USAGE, out);
        return 0;
    }
    if (argc != 2) {
        fprintf(err, "se3tc sh: expected one argument LMAX (usage: se3tc sh LMAX)\n");
        return 1;
    }
    long lmax;
    if (cmd_parse_int(argv[1], &lmax) || lmax < 0 || lmax > SPH_LMAX) {
        fprintf(err, "se3tc sh: LMAX must be an integer 0..%d, got '%s'\n", SPH_LMAX, argv[1]);
        return 1;
    }
    char *buf = NULL, *line = NULL;
    size_t buflen = 0, cap = 0;
    FILE *mem = open_memstream(&buf, &buflen);
    if (!mem) {
        fprintf(err, "se3tc sh: out of memory\n");
        return 1;
    }
    int rc = 0;
    long lineno = 0;
    double y[SPH_COUNT(SPH_LMAX)];
    for (;;) {
        errno = 0;
        if (getline(&line, &cap, in) < 0) {
            if (ferror(in)) {
                fprintf(err, "se3tc sh: stdin: read error: %s\n", strerror(errno ? errno : EIO));
                rc = 1;
            }
            break;
        }
        lineno++;
        double p[3];
        int k = cmd_sh_parse_line(line, p);
        if (k == 0)
            continue;
        if (k < 0) {
            fprintf(err, "se3tc sh: stdin:%ld: expected three numbers 'x y z'\n", lineno);
            rc = 1;
            break;
        }
        if (!isfinite(p[0]) || !isfinite(p[1]) || !isfinite(p[2])) {
            fprintf(err, "se3tc sh: stdin:%ld: coordinates must be finite\n", lineno);
            rc = 1;
            break;
        }
        sph_eval((int)lmax, p, y);
        for (int i = 0; i < SPH_COUNT(lmax); i++)
            fprintf(mem, i ? " %.17g" : "%.17g", y[i]);
        fputc('\n', mem);
    }
    free(line);
    if (fclose(mem) != 0 && rc == 0) {
        fprintf(err, "se3tc sh: out of memory\n");
        rc = 1;
    }
    if (rc == 0 && buflen > 0 && (fwrite(buf, 1, buflen, out) != buflen || fflush(out) != 0)) {
        fprintf(err, "se3tc sh: write error: %s\n", strerror(errno));
        rc = 1;
    }
    free(buf);
    return rc;
}

/* se3tc cg L K J (see cmd_math.h). Checks run in a fixed order (count, integers, signs, maximum,
 * triangle) so each bad command line gets exactly one message. */
int cmd_cg(int argc, char **argv, FILE *out, FILE *err)
{
    static const char *const names[3] = {"L", "K", "J"};
    if (cmd_has_help(argc, argv)) {
        fputs(CMD_CG_USAGE, out);
        return 0;
    }
    if (argc != 4) {
        fprintf(err, "se3tc cg: expected three arguments L K J (usage: se3tc cg L K J)\n");
        return 1;
    }
    long d[3];
    for (int i = 0; i < 3; i++) {
        if (cmd_parse_int(argv[i + 1], &d[i])) {
            fprintf(err, "se3tc cg: %s must be an integer, got '%s'\n", names[i], argv[i + 1]);
            return 1;
        }
    }
    for (int i = 0; i < 3; i++) {
        if (d[i] < 0) {
            fprintf(err, "se3tc cg: degrees must be non-negative, got %s=%ld\n", names[i], d[i]);
            return 1;
        }
    }
    for (int i = 0; i < 3; i++) {
        if (d[i] > COUPLING_LMAX) {
            fprintf(err, "se3tc cg: degrees must be at most %d, got %s=%ld\n", COUPLING_LMAX,
                    names[i], d[i]);
            return 1;
        }
    }
    int l = (int)d[0], k = (int)d[1], J = (int)d[2];
    int lo = l > k ? l - k : k - l;
    if (J < lo || J > l + k) {
        fprintf(err, "se3tc cg: J=%d is outside |L-K|..L+K = %d..%d for L=%d K=%d\n", J, lo, l + k,
                l, k);
        return 1;
    }
    double *c = malloc(sizeof(double) * (size_t)COUPLING_SIZE(l, k, J));
    if (!c) {
        fprintf(err, "se3tc cg: out of memory\n");
        return 1;
    }
    coupling_real(l, k, J, c);
    int nJ = 2 * J + 1;
    for (int row = 0; row < (2 * l + 1) * (2 * k + 1); row++) {
        for (int i = 0; i < nJ; i++)
            fprintf(out, i ? " %.17g" : "%.17g", c[row * nJ + i]);
        fputc('\n', out);
    }
    free(c);
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(err, "se3tc cg: write error: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
