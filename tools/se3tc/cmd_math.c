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
#include <stdint.h>
#include <string.h>
#include <time.h>

static const char CMD_SH_USAGE[] =
    "usage: se3tc sh LMAX\n"
    "       se3tc sh LMAX --exact\n"
    "       se3tc sh LMAX --f32\n"
    "       se3tc sh LMAX --bench N [--repeat R]\n"
    "Read points 'x y z' on stdin, one per line (blank lines and '#' comments are skipped), and\n"
    "print the real spherical harmonics Y_0..Y_LMAX of each point's direction on one line:\n"
    "(LMAX+1)^2 values, %.17g, Y_{l,m} at index l*l + m + l, m = -l..l. LMAX is 0..10.\n"
    "Convention: orthonormal real form, Y_1 = sqrt(3/(4 pi)) (y, z, x) / r. The zero vector\n"
    "gives Y_0 = 1/sqrt(4 pi) and 0 for every l >= 1.\n"
    "Values come from the fast path (sph_eval_fast: unrolled code in double, within about\n"
    "1e-14 of the exact values); --exact evaluates each polynomial in long double instead;\n"
    "--f32 prints the fast path's values rounded to float (within 6e-8), %.9g.\n"
    "--bench N times the fast path in its four output forms (double or float, point- or\n"
    "component-major) and the exact path on N random points in memory (no text input or\n"
    "output) and prints nanoseconds per point, wall and CPU, medians of R runs (default 5),\n"
    "and each form's largest difference from the exact values.\n";

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

static double sh_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int sh_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The timed variants of `se3tc sh --bench`: the fast path in each output form, then the exact one. */
enum { SH_F64, SH_F64_SOA, SH_F32, SH_F32_SOA, SH_EXACT, SH_NVAR };
static const char *const SH_VAR_NAME[SH_NVAR] = {"fast", "fast-soa", "fast-f32", "fast-f32-soa", "exact"};
static const char *const SH_VAR_TEXT[SH_NVAR] = {
    "double, point-major: the default", "double, component-major", "float, point-major",
    "float, component-major", "each polynomial rebuilt and summed in long double"};

static void sh_run(int var, int lmax, long npts, const double *p, double *y, float *yf)
{
    switch (var) {
    case SH_F64:
        sph_eval_fast(lmax, (size_t)npts, p, y);
        break;
    case SH_F64_SOA:
        sph_eval_fast_f64(lmax, (size_t)npts, p, SPH_COMPONENT_MAJOR, y);
        break;
    case SH_F32:
        sph_eval_fast_f32(lmax, (size_t)npts, p, SPH_POINT_MAJOR, yf);
        break;
    case SH_F32_SOA:
        sph_eval_fast_f32(lmax, (size_t)npts, p, SPH_COMPONENT_MAJOR, yf);
        break;
    default:
        for (long i = 0; i < npts; i++)
            sph_eval(lmax, p + 3 * i, y + (size_t)SPH_COUNT(lmax) * (size_t)i);
        break;
    }
}

/* `se3tc sh LMAX --bench N`: the fast path in its four forms on N points and the exact one on at
 * most 20,000 of them (it is about a hundred times slower), interleaved, medians of `repeat`
 * runs, ns per point; then the largest difference of each form from the exact values. */
static int cmd_sh_bench(int lmax, long npts, long repeat, FILE *out, FILE *err)
{
    long nex = npts < 20000 ? npts : 20000;
    size_t ny = (size_t)SPH_COUNT(lmax);
    double *p = malloc(sizeof(double) * 3 * (size_t)npts), *y = malloc(sizeof(double) * ny * (size_t)npts);
    float *yf = malloc(sizeof(float) * ny * (size_t)npts);
    double *ye = malloc(sizeof(double) * ny * (size_t)nex), *t = malloc(sizeof(double) * 2 * SH_NVAR * (size_t)repeat);
    if (!p || !y || !yf || !ye || !t) {
        free(p), free(y), free(yf), free(ye), free(t);
        fprintf(err, "se3tc sh: out of memory for %ld points\n", npts);
        return 1;
    }
    uint64_t s = 12345;
    for (long i = 0; i < 3 * npts; i++) { /* uniform in [-1, 1)^3, splitmix64 */
        uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        p[i] = 2.0 * (double)((z ^ (z >> 31)) >> 11) / 9007199254740992.0 - 1.0;
    }
    for (int v = 0; v < SH_EXACT; v++) /* warm-up: touch every output page once */
        sh_run(v, lmax, npts, p, y, yf);
    for (long r = 0; r < repeat; r++) {
        for (int v = 0; v < SH_NVAR; v++) {
            long np = v == SH_EXACT ? nex : npts;
            double w0 = sh_clock(CLOCK_MONOTONIC), c0 = sh_clock(CLOCK_PROCESS_CPUTIME_ID);
            sh_run(v, lmax, np, p, v == SH_EXACT ? ye : y, yf);
            t[(2 * v) * repeat + r] = (sh_clock(CLOCK_MONOTONIC) - w0) / (double)np;
            t[(2 * v + 1) * repeat + r] = (sh_clock(CLOCK_PROCESS_CPUTIME_ID) - c0) / (double)np;
        }
    }
    double med[2 * SH_NVAR], diff[SH_NVAR - 1] = {0};
    for (int k = 0; k < 2 * SH_NVAR; k++) {
        qsort(t + k * repeat, (size_t)repeat, sizeof *t, sh_cmp);
        med[k] = repeat % 2 ? t[k * repeat + repeat / 2] : 0.5 * (t[k * repeat + repeat / 2 - 1] + t[k * repeat + repeat / 2]);
    }
    for (int v = 0; v < SH_EXACT; v++) {
        sh_run(v, lmax, npts, p, y, yf);
        for (size_t q = 0; q < (size_t)nex; q++)
            for (size_t i = 0; i < ny; i++) {
                int soa = v == SH_F64_SOA || v == SH_F32_SOA;
                size_t o = soa ? i * (size_t)npts + q : q * ny + i;
                double f = v == SH_F64 || v == SH_F64_SOA ? y[o] : (double)yf[o];
                diff[v] = fmax(diff[v], fabs(f - ye[q * ny + i]));
            }
    }
    fprintf(out, "se3tc sh %d --bench: %ld points, Y_0..Y_%d (%zu values each), medians of %ld runs, 1 thread\n",
            lmax, npts, lmax, ny, repeat);
    for (int v = 0; v < SH_NVAR; v++) {
        fprintf(out, "  %-12s %10.2f ns/point wall %10.2f ns/point cpu   (%s", SH_VAR_NAME[v], 1e9 * med[2 * v],
                1e9 * med[2 * v + 1], SH_VAR_TEXT[v]);
        if (v == SH_EXACT)
            fprintf(out, "; %ld points)\n", nex);
        else
            fprintf(out, "; largest |value - exact| = %.3g)\n", diff[v]);
    }
    fprintf(out, "  fast is %.1fx the exact path (cpu); largest |fast - exact| = %.3g\n",
            med[2 * SH_EXACT + 1] / med[1], diff[SH_F64]);
    free(p), free(y), free(yf), free(ye), free(t);
    return 0;
}

/* se3tc sh LMAX (see cmd_math.h). The points are read and checked first; output goes to a
 * memory stream and reaches `out` only after the whole input parsed, so a bad line leaves `out`
 * empty. */
int cmd_sh(int argc, char **argv, FILE *in, FILE *out, FILE *err)
{
    if (cmd_has_help(argc, argv)) {
        fputs(CMD_SH_USAGE, out);
        return 0;
    }
    const char *pos[2] = {NULL, NULL};
    int npos = 0, exact = 0, f32 = 0;
    long bench = 0, repeat = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--exact") == 0) {
            exact = 1;
        } else if (strcmp(argv[i], "--f32") == 0) {
            f32 = 1;
        } else if (strcmp(argv[i], "--bench") == 0 || strcmp(argv[i], "--repeat") == 0) {
            long v, hi = argv[i][2] == 'b' ? 100000000L : 1000;
            if (i + 1 >= argc || cmd_parse_int(argv[i + 1], &v) || v < 1 || v > hi) {
                fprintf(err, "se3tc sh: %s needs a whole number from 1 to %ld, got '%s'\n", argv[i], hi,
                        i + 1 < argc ? argv[i + 1] : "");
                return 1;
            }
            *(argv[i][2] == 'b' ? &bench : &repeat) = v;
            i++;
        } else if (npos < 2) {
            pos[npos++] = argv[i];
        } else {
            npos++;
        }
    }
    if (npos != 1) {
        fprintf(err, "se3tc sh: expected one argument LMAX (usage: se3tc sh LMAX)\n");
        return 1;
    }
    long lmax;
    if (cmd_parse_int(pos[0], &lmax) || lmax < 0 || lmax > SPH_LMAX) {
        fprintf(err, "se3tc sh: LMAX must be an integer 0..%d, got '%s'\n", SPH_LMAX, pos[0]);
        return 1;
    }
    if (exact && f32) {
        fprintf(err, "se3tc sh: --exact and --f32 cannot be combined\n");
        return 1;
    }
    if (bench)
        return cmd_sh_bench((int)lmax, bench, repeat, out, err);
    char *buf = NULL, *line = NULL;
    size_t buflen = 0, cap = 0, np = 0, pcap = 0;
    double *pts = NULL, *y = NULL;
    float *yf = NULL;
    int rc = 0;
    long lineno = 0;
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
        if (np == pcap) {
            size_t nc = pcap ? 2 * pcap : 256;
            double *q = realloc(pts, sizeof(double) * 3 * nc);
            if (!q) {
                fprintf(err, "se3tc sh: out of memory\n");
                rc = 1;
                break;
            }
            pts = q, pcap = nc;
        }
        memcpy(pts + 3 * np++, p, sizeof p);
    }
    free(line);
    size_t ny = (size_t)SPH_COUNT(lmax);
    if (rc == 0 && np > 0 && (f32 ? !(yf = malloc(sizeof(float) * ny * np)) : !(y = malloc(sizeof(double) * ny * np)))) {
        fprintf(err, "se3tc sh: out of memory\n");
        rc = 1;
    }
    FILE *mem = NULL;
    if (rc == 0 && np > 0) {
        if (exact)
            for (size_t i = 0; i < np; i++)
                sph_eval((int)lmax, pts + 3 * i, y + ny * i);
        else if (f32)
            sph_eval_fast_f32((int)lmax, np, pts, SPH_POINT_MAJOR, yf);
        else
            sph_eval_fast((int)lmax, np, pts, y);
        if (!(mem = open_memstream(&buf, &buflen))) {
            fprintf(err, "se3tc sh: out of memory\n");
            rc = 1;
        }
        for (size_t i = 0; rc == 0 && i < np; i++) {
            for (size_t j = 0; j < ny; j++) {
                if (f32)
                    fprintf(mem, j ? " %.9g" : "%.9g", (double)yf[ny * i + j]);
                else
                    fprintf(mem, j ? " %.17g" : "%.17g", y[ny * i + j]);
            }
            fputc('\n', mem);
        }
        if (mem && fclose(mem) != 0 && rc == 0) {
            fprintf(err, "se3tc sh: out of memory\n");
            rc = 1;
        }
    }
    free(pts);
    free(y);
    free(yf);
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
