/* sph_gen.c - build-time generator of sph_fast.c: the real spherical harmonics Y_0..Y_L for
 * L = 0..SPH_LMAX, unrolled, evaluated on blocks of BLOCK points at once in vector lanes, and
 * sph_eval_fast*() (sph.h) over them. Writes the C file to the path in argv[1] (stdout without
 * one). Deterministic: the same source gives the same file.
 *
 * The form (docs/math.md): on the unit sphere, with mu = |m|,
 *   Y_{l,m}(x, y, z) = N(l, mu) Q_l^mu(z) * (Re (x+iy)^mu for m > 0, Im (x+iy)^mu for m < 0, 1 for m = 0),
 * Q_l^mu the mu-th derivative of the Legendre polynomial P_l and
 * N(l, mu) = sqrt((2l+1)/(4 pi) (l-mu)!/(l+mu)! (2 if mu > 0)), the same factorisation sph.c
 * writes out as homogeneous polynomials. Qn_l^mu = N(l, mu) Q_l^mu comes from the three-term
 * recurrence in l, (l-mu) Q_l = (2l-1) z Q_{l-1} - (l+mu-1) Q_{l-2} from Q_mu^mu = (2mu-1)!!,
 * with the norms folded into its two constants (computed here in long double, printed as
 * literals); (x+iy)^mu by complex products. About 2.4 operations per value instead of the ~7
 * of the expanded monomials, and no cancellation between large coefficients. */
#include "sph.h"

#include <math.h>
#include <stdio.h>

#define BLOCK 8 /* points per block, one per vector lane */

static const long double PI_L = 3.141592653589793238462643383279502884L;

static long double fact(int n)
{
    long double f = 1.0L;
    for (int i = 2; i <= n; i++)
        f *= i;
    return f;
}

/* N(l, mu) above. */
static long double norm(int l, int mu)
{
    return sqrtl((2 * l + 1) / (4.0L * PI_L) * fact(l - mu) / fact(l + mu) * (mu ? 2.0L : 1.0L));
}

static void gen_kernel(FILE *f, int L)
{
    fprintf(f, "/* Y_0..Y_%d of the %d unit vectors u[0..2] (x, y, z lanes) into Y[l*l + m + l]; nz is all ones\n"
               " * in the lanes of nonzero points (the zero vector keeps only Y_0). */\n", L, BLOCK);
    fprintf(f, "static inline __attribute__((always_inline)) void sph_kernel_%d(const sph_v *restrict u, sph_m nz, sph_v *restrict Y)\n{\n", L);
    fprintf(f, "    const sph_v x = u[0], y = u[1], z = u[2];\n    (void)x, (void)y, (void)z, (void)nz;\n");
    /* c_mu + i s_mu = (x+iy)^mu */
    if (L >= 1)
        fprintf(f, "    const sph_v c1 = x, s1 = y;\n");
    for (int mu = 2; mu <= L; mu++)
        fprintf(f, "    const sph_v c%d = x * c%d - y * s%d, s%d = x * s%d + y * c%d;\n", mu, mu - 1, mu - 1,
                mu, mu - 1, mu - 1);
    for (int mu = 0; mu <= L; mu++) {
        /* Qn_mu^mu = N(mu, mu) (2mu-1)!!, a constant */
        long double dfact = 1.0L;
        for (int k = 2 * mu - 1; k > 1; k -= 2)
            dfact *= k;
        long double qmm = norm(mu, mu) * dfact;
        fprintf(f, "    const sph_v q%d_%d = (sph_v){0} + %.17g;\n", mu, mu, (double)qmm);
        for (int l = mu + 1; l <= L; l++) {
            long double a = norm(l, mu) / norm(l - 1, mu) * (2 * l - 1) / (l - mu);
            if (l == mu + 1) { /* Qn_{mu+1}^mu = (a Qn_mu^mu) z, the constant folded */
                fprintf(f, "    const sph_v q%d_%d = %.17g * z;\n", l, mu, (double)(a * qmm));
            } else {
                long double b = norm(l, mu) / norm(l - 2, mu) * (l + mu - 1) / (l - mu);
                fprintf(f, "    const sph_v q%d_%d = %.17g * z * q%d_%d - %.17g * q%d_%d;\n", l, mu, (double)a,
                        l - 1, mu, (double)b, l - 2, mu);
            }
        }
    }
    for (int l = 0; l <= L; l++)
        for (int m = -l; m <= l; m++) {
            int mu = m < 0 ? -m : m;
            fprintf(f, "    Y[%d] = ", l * l + m + l);
            if (m == 0)
                fprintf(f, l ? "(sph_v)((sph_m)q%d_0 & nz);" : "q%d_0;", l);
            else
                fprintf(f, "q%d_%d * %c%d;", l, mu, m > 0 ? 'c' : 's', mu);
            fprintf(f, " /* l=%d m=%d */\n", l, m);
        }
    fprintf(f, "}\n\n");
    fprintf(f, "SPH_FAST_CLONES static void sph_fast_%d(size_t n, const double *restrict xyz, void *restrict out, int form)\n{\n", L);
    fprintf(f, "    SPH_FAST_LOOP(%d, sph_kernel_%d)\n}\n\n", L, L);
}

/* A BLOCK x BLOCK transpose of vectors a[0..7] into b[0..7] (b[k][r] = a[r][k]) in three rounds
 * of two-vector shuffles, for vector type T. */
static void gen_transpose(FILE *f, const char *name, const char *T, const char *I)
{
    fprintf(f,
            "static inline __attribute__((always_inline)) void %s(const %s *restrict a, %s *restrict b)\n{\n"
            "    %s t[8], v[8];\n"
            "    for (int r = 0; r < 8; r += 2) {\n"
            "        t[r] = __builtin_shuffle(a[r], a[r + 1], (%s){0, 8, 2, 10, 4, 12, 6, 14});\n"
            "        t[r + 1] = __builtin_shuffle(a[r], a[r + 1], (%s){1, 9, 3, 11, 5, 13, 7, 15});\n"
            "    }\n"
            "    for (int r = 0; r < 8; r += 4)\n"
            "        for (int j = 0; j < 2; j++) {\n"
            "            v[r + j] = __builtin_shuffle(t[r + j], t[r + j + 2], (%s){0, 1, 8, 9, 4, 5, 12, 13});\n"
            "            v[r + j + 2] = __builtin_shuffle(t[r + j], t[r + j + 2], (%s){2, 3, 10, 11, 6, 7, 14, 15});\n"
            "        }\n"
            "    for (int j = 0; j < 4; j++) {\n"
            "        b[j] = __builtin_shuffle(v[j], v[j + 4], (%s){0, 1, 2, 3, 8, 9, 10, 11});\n"
            "        b[j + 4] = __builtin_shuffle(v[j], v[j + 4], (%s){4, 5, 6, 7, 12, 13, 14, 15});\n"
            "    }\n"
            "}\n\n",
            name, T, T, T, I, I, I, I, I, I);
}

int main(int argc, char **argv)
{
    FILE *f = argc > 1 ? fopen(argv[1], "w") : stdout;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fprintf(f,
            "/* sph_fast.c - GENERATED at build time by compiler/math/gen/sph_gen.c; do not edit.\n"
            " * sph_eval_fast*() (sph.h): Y_0..Y_lmax unrolled in double (the recurrence form described in\n"
            " * sph_gen.c), %d points per block in vector lanes, stored point- or component-major, as double\n"
            " * or rounded to float. */\n"
            "#include \"sph.h\"\n\n#include <math.h>\n#include <stdint.h>\n#include <string.h>\n\n"
            "typedef double sph_v __attribute__((vector_size(%d * sizeof(double))));\n"
            "typedef long long sph_m __attribute__((vector_size(%d * sizeof(long long))));\n"
            "typedef float sph_f __attribute__((vector_size(%d * sizeof(float))));\n"
            "typedef int sph_i __attribute__((vector_size(%d * sizeof(int))));\n\n",
            BLOCK, BLOCK, BLOCK, BLOCK, BLOCK);
    fprintf(f,
            "/* One build for every x86-64 and, where the CPU has them, AVX2+FMA and AVX-512 versions\n"
            " * picked at load time (GCC's target_clones; elsewhere the one portable build). */\n"
            "#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__gnu_linux__)\n"
            "#define SPH_FAST_CLONES __attribute__((target_clones(\"arch=x86-64-v4\", \"arch=x86-64-v3\", \"default\")))\n"
            "#else\n#define SPH_FAST_CLONES\n#endif\n\n");
    fprintf(f, "/* form bits of the generated loops: float output, component-major, point-major by streaming\n"
               " * (non-temporal) stores past the caches */\nenum { SPH_FORM_F32 = 1, SPH_FORM_SOA = 2, SPH_FORM_STREAM = 4 };\n\n");
    fprintf(f, "#if defined(__x86_64__) && defined(__SSE2__)\n#include <emmintrin.h>\n#define SPH_STREAM 1\n#else\n#define SPH_STREAM 0\n#endif\n\n");
    fprintf(f, "#define SPH_ABS(a) ((sph_v)((sph_m)(a) & 0x7fffffffffffffffLL))\n");
    fprintf(f, "#define SPH_MAX(a, b) ((sph_v)(((sph_m)(a) & ((a) > (b))) | ((sph_m)(b) & ~((a) > (b)))))\n");
    fprintf(f, "#define SPH_GATHER(a, q) ((sph_v){");
    for (int k = 0; k < BLOCK; k++)
        fprintf(f, "%s(a)[q[%d]]", k ? ", " : "", k);
    fprintf(f, "})\n\n");
    gen_transpose(f, "sph_t8d", "sph_v", "sph_m");
    gen_transpose(f, "sph_t8f", "sph_f", "sph_i");
    /* x, y, z of 8 consecutive points from three contiguous vectors: lane k of x is element 3k */
    fprintf(f,
            "/* x, y, z of %d consecutive points from 3 x %d contiguous doubles. */\n"
            "static inline __attribute__((always_inline)) void sph_load3(const double *p, sph_v *x, sph_v *y, sph_v *z)\n{\n"
            "    sph_v v0, v1, v2;\n"
            "    memcpy(&v0, p, sizeof v0), memcpy(&v1, p + 8, sizeof v1), memcpy(&v2, p + 16, sizeof v2);\n"
            "    *x = __builtin_shuffle(__builtin_shuffle(v0, v1, (sph_m){0, 3, 6, 9, 12, 15, 0, 0}), v2, (sph_m){0, 1, 2, 3, 4, 5, 10, 13});\n"
            "    *y = __builtin_shuffle(__builtin_shuffle(v0, v1, (sph_m){1, 4, 7, 10, 13, 0, 0, 0}), v2, (sph_m){0, 1, 2, 3, 4, 8, 11, 14});\n"
            "    *z = __builtin_shuffle(__builtin_shuffle(v0, v1, (sph_m){2, 5, 8, 11, 14, 0, 0, 0}), v2, (sph_m){0, 1, 2, 3, 4, 9, 12, 15});\n"
            "}\n\n",
            BLOCK, BLOCK);
    /* the stores of one block */
    fprintf(f,
            "/* Y[0..ny-1] (lane k = point p0 + k; nk of them) into out in the given form: component-major\n"
            " * rows are vector stores; point-major goes through %d x %d transposes, so each point's values\n"
            " * are vector stores too; a partial block and the last ny %% 8 values are stored one by one. */\n"
            "static inline __attribute__((always_inline)) void sph_store(int ny, const sph_v *restrict Y, size_t p0, size_t nk,\n"
            "                                                             size_t n, void *restrict out, int form)\n{\n"
            "    double *od = out;\n"
            "    float *of = out;\n"
            "    if (form & SPH_FORM_SOA) {\n"
            "        for (int i = 0; i < ny; i++) {\n"
            "            size_t o = (size_t)i * n + p0;\n"
            "            if (nk < 8) {\n"
            "                for (size_t k = 0; k < nk; k++) {\n"
            "                    if (form & SPH_FORM_F32)\n"
            "                        of[o + k] = (float)Y[i][k];\n"
            "                    else\n"
            "                        od[o + k] = Y[i][k];\n"
            "                }\n"
            "#if SPH_STREAM\n"
            "            } else if (form & SPH_FORM_STREAM) {\n"
            "                for (int j = 0; j < 8; j += 2) { /* double only */\n"
            "                    __m128d w;\n"
            "                    memcpy(&w, (const double *)&Y[i] + j, sizeof w);\n"
            "                    _mm_stream_pd(od + o + (size_t)j, w);\n"
            "                }\n"
            "#endif\n"
            "            } else if (form & SPH_FORM_F32) {\n"
            "                sph_f v = __builtin_convertvector(Y[i], sph_f);\n"
            "                memcpy(of + o, &v, sizeof v);\n"
            "            } else {\n"
            "                memcpy(od + o, &Y[i], sizeof Y[i]);\n"
            "            }\n"
            "        }\n"
            "        return;\n"
            "    }\n"
            "    /* point-major: into the output, or with streaming stores through a buffer of the block's values */\n"
            "    double *td = (form & SPH_FORM_F32) ? NULL : od + p0 * (size_t)ny;\n"
            "    float *tf = (form & SPH_FORM_F32) ? of + p0 * (size_t)ny : NULL;\n"
            "#if SPH_STREAM\n"
            "    double bd[8 * SPH_COUNT(SPH_LMAX)] __attribute__((aligned(64)));\n"
            "    float bf[8 * SPH_COUNT(SPH_LMAX)] __attribute__((aligned(64)));\n"
            "    const int stream = nk == 8 && (form & SPH_FORM_STREAM);\n"
            "    if (stream)\n"
            "        td = bd, tf = bf;\n"
            "#endif\n"
            "    int i0 = 0;\n"
            "    if (nk == 8) {\n"
            "        for (; i0 + 8 <= ny; i0 += 8) {\n"
            "            if (form & SPH_FORM_F32) {\n"
            "                sph_f a[8], b[8];\n"
            "                for (int r = 0; r < 8; r++)\n"
            "                    a[r] = __builtin_convertvector(Y[i0 + r], sph_f);\n"
            "                sph_t8f(a, b);\n"
            "                for (int k = 0; k < 8; k++)\n"
            "                    memcpy(tf + (size_t)k * (size_t)ny + (size_t)i0, &b[k], sizeof b[k]);\n"
            "            } else {\n"
            "                sph_v b[8];\n"
            "                sph_t8d(Y + i0, b);\n"
            "                for (int k = 0; k < 8; k++)\n"
            "                    memcpy(td + (size_t)k * (size_t)ny + (size_t)i0, &b[k], sizeof b[k]);\n"
            "            }\n"
            "        }\n"
            "    }\n"
            "    for (size_t k = 0; k < nk; k++)\n"
            "        for (int i = i0; i < ny; i++) {\n"
            "            size_t o = k * (size_t)ny + (size_t)i;\n"
            "            if (form & SPH_FORM_F32)\n"
            "                tf[o] = (float)Y[i][k];\n"
            "            else\n"
            "                td[o] = Y[i][k];\n"
            "        }\n"
            "#if SPH_STREAM\n"
            "    if (stream) {\n"
            "        if (form & SPH_FORM_F32)\n"
            "            for (int i = 0; i < 8 * ny; i += 4)\n"
            "                _mm_stream_ps(of + p0 * (size_t)ny + (size_t)i, _mm_load_ps(bf + i));\n"
            "        else\n"
            "            for (int i = 0; i < 8 * ny; i += 2)\n"
            "                _mm_stream_pd(od + p0 * (size_t)ny + (size_t)i, _mm_load_pd(bd + i));\n"
            "    }\n"
            "#endif\n"
            "}\n\n",
            BLOCK, BLOCK);
    fprintf(f,
            "/* Blocks of %d points: x, y, z into lanes (a last partial block repeats its last point), divided\n"
            " * by |p| (0 for the zero vector, which gets Y_0 and zeros as sph_eval gives; NaN or infinite\n"
            " * components give NaN for every l >= 1), evaluated, stored. */\n"
            "#define SPH_FAST_LOOP(L, KERNEL)                                                    \\\n"
            "    enum { NY = (L + 1) * (L + 1) };                                                \\\n"
            "    for (size_t p0 = 0; p0 < n; p0 += %d) {                                          \\\n"
            "        size_t nk = n - p0 < %d ? n - p0 : %d;                                       \\\n"
            "        sph_v ux, uy, uz;                                                           \\\n"
            "        if (nk == %d) {                                                              \\\n"
            "            sph_load3(xyz + 3 * p0, &ux, &uy, &uz);                                 \\\n"
            "        } else {                                                                    \\\n"
            "            size_t q[%d];                                                           \\\n"
            "            for (int k = 0; k < %d; k++)                                            \\\n"
            "                q[k] = 3 * (p0 + (size_t)k < n ? p0 + (size_t)k : n - 1);           \\\n"
            "            ux = SPH_GATHER(xyz, q), uy = SPH_GATHER(xyz + 1, q), uz = SPH_GATHER(xyz + 2, q); \\\n"
            "        }                                                                           \\\n"
            "        /* scaled by the largest |component| first, so |p|^2 neither under- nor overflows */ \\\n"
            "        sph_v m = SPH_MAX(SPH_ABS(ux), SPH_MAX(SPH_ABS(uy), SPH_ABS(uz)));       \\\n"
            "        sph_v sm = (sph_v)((sph_m)(1.0 / m) & (m != 0));                            \\\n"
            "        ux *= sm, uy *= sm, uz *= sm;                                               \\\n"
            "        sph_v r = ux * ux + uy * uy + uz * uz;                                      \\\n"
            "        for (int k = 0; k < %d; k++)                                                \\\n"
            "            r[k] = sqrt(r[k]);                                                      \\\n"
            "        sph_m nz = r != 0;                                                          \\\n"
            "        sph_v inv = (sph_v)((sph_m)(1.0 / r) & nz);                                 \\\n"
            "        const sph_v u[3] = {ux * inv, uy * inv, uz * inv};                          \\\n"
            "        sph_v Y[NY];                                                                \\\n"
            "        KERNEL(u, nz, Y);                                                           \\\n"
            "        sph_store(NY, Y, p0, nk, n, out, form);                                     \\\n"
            "    }\n\n",
            BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK);
    for (int L = 0; L <= SPH_LMAX; L++)
        gen_kernel(f, L);
    fprintf(f,
            "/* Outputs larger than this many bytes go past the caches when every store is 16-byte aligned. */\n"
            "#define SPH_STREAM_BYTES ((size_t)8 << 20)\n\n");
    fprintf(f, "static void sph_fast(int lmax, size_t n, const double *xyz, void *out, int form)\n{\n");
    fprintf(f, "    size_t bytes = n * (size_t)SPH_COUNT(lmax >= 0 && lmax <= SPH_LMAX ? lmax : 0) * (form & SPH_FORM_F32 ? sizeof(float) : sizeof(double));\n"
               "    /* component-major: double only (a float row of a block is half a cache line, and the\n"
               "     * lines of many rows left half-written measured slower than cached stores), rows\n"
               "     * starting 16-byte aligned */\n"
               "    int soa_ok = !(form & SPH_FORM_F32) && n %% 2 == 0;\n"
               "    if (SPH_STREAM && bytes > SPH_STREAM_BYTES && (uintptr_t)out %% 16 == 0 && (!(form & SPH_FORM_SOA) || soa_ok))\n"
               "        form |= SPH_FORM_STREAM;\n");
    fprintf(f, "    switch (lmax) {\n");
    for (int L = 0; L <= SPH_LMAX; L++)
        fprintf(f, "    case %d:\n        sph_fast_%d(n, xyz, out, form);\n        break;\n", L, L);
    fprintf(f, "    default:\n        break;\n    }\n"
            "#if SPH_STREAM\n    if (form & SPH_FORM_STREAM)\n        _mm_sfence(); /* streamed stores ordered before any later store */\n#endif\n}\n\n");
    fprintf(f,
            "void sph_eval_fast(int lmax, size_t n, const double *xyz, double *out)\n{\n"
            "    sph_fast(lmax, n, xyz, out, 0);\n}\n\n"
            "void sph_eval_fast_f64(int lmax, size_t n, const double *xyz, sph_layout layout, double *out)\n{\n"
            "    if (layout == SPH_POINT_MAJOR || layout == SPH_COMPONENT_MAJOR)\n"
            "        sph_fast(lmax, n, xyz, out, layout == SPH_COMPONENT_MAJOR ? SPH_FORM_SOA : 0);\n}\n\n"
            "void sph_eval_fast_f32(int lmax, size_t n, const double *xyz, sph_layout layout, float *out)\n{\n"
            "    if (layout == SPH_POINT_MAJOR || layout == SPH_COMPONENT_MAJOR)\n"
            "        sph_fast(lmax, n, xyz, out, SPH_FORM_F32 | (layout == SPH_COMPONENT_MAJOR ? SPH_FORM_SOA : 0));\n}\n");
    if (f != stdout && fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
