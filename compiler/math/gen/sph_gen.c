/* sph_gen.c - build-time generator of sph_fast.c: the real spherical harmonics Y_0..Y_L for
 * L = 0..SPH_LMAX as unrolled polynomials with literal coefficients (from sph_poly(), the form
 * the model emitters print), evaluated on blocks of SPH_FAST_BLOCK points at once in vector
 * lanes, and sph_eval_fast() (sph.h) over them. Writes the C file to the path in argv[1]
 * (stdout without one). Deterministic: the same sph.c gives the same file. */
#include "sph.h"

#include <stdio.h>

#define BLOCK 8 /* points per block, one per vector lane */

/* Every monomial x^a y^b z^c of degree 1..L once, each one multiplication from one of degree one
 * less (m_a_b_c), then each Y as the sum of its literal coefficients times monomials, the
 * polynomials the model emitters print with each product formed once. */
static void gen_kernel(FILE *f, int L)
{
    sph_term t[SPH_MAX_TERMS(SPH_LMAX)];
    fprintf(f, "/* Y_0..Y_%d of the %d unit vectors u[0..2] (x, y, z lanes) into Y[l*l + m + l]. */\n", L, BLOCK);
    fprintf(f, "static inline __attribute__((always_inline)) void sph_unrolled_%d(const sph_v *restrict u, sph_v *restrict Y)\n{\n", L);
    fprintf(f, "    const sph_v m_0_0_0 = (sph_v){0} + 1;\n");
    if (L == 0)
        fprintf(f, "    (void)u;\n");
    for (int d = 1; d <= L; d++)
        for (int a = d; a >= 0; a--)
            for (int b = d - a; b >= 0; b--) {
                int c = d - a - b;
                if (a)
                    fprintf(f, "    const sph_v m_%d_%d_%d = m_%d_%d_%d * u[0];\n", a, b, c, a - 1, b, c);
                else if (b)
                    fprintf(f, "    const sph_v m_%d_%d_%d = m_%d_%d_%d * u[1];\n", a, b, c, a, b - 1, c);
                else
                    fprintf(f, "    const sph_v m_%d_%d_%d = m_%d_%d_%d * u[2];\n", a, b, c, a, b, c - 1);
            }
    for (int l = 0; l <= L; l++)
        for (int m = -l; m <= l; m++) {
            int n = sph_poly(l, m, t, SPH_MAX_TERMS(SPH_LMAX));
            fprintf(f, "    Y[%d] = ", l * l + m + l);
            for (int k = 0; k < n; k++)
                fprintf(f, "%s%.17g * m_%d_%d_%d", k ? " + " : "", t[k].coef, t[k].px, t[k].py, t[k].pz);
            fprintf(f, "; /* l=%d m=%d */\n", l, m);
        }
    fprintf(f, "}\n\n");
    fprintf(f, "SPH_FAST_CLONES static void sph_fast_%d(size_t n, const double *restrict xyz, double *restrict out)\n{\n", L);
    fprintf(f, "    SPH_FAST_LOOP(%d, sph_unrolled_%d)\n}\n\n", L, L);
}

int main(int argc, char **argv)
{
    FILE *f = argc > 1 ? fopen(argv[1], "w") : stdout;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fprintf(f,
            "/* sph_fast.c - GENERATED at build time by compiler/math/gen/sph_gen.c from sph_poly(); do not edit.\n"
            " * sph_eval_fast() (sph.h): Y_0..Y_lmax as unrolled polynomials with literal coefficients in\n"
            " * double, %d points per block in vector lanes. */\n"
            "#include \"sph.h\"\n\n#include <math.h>\n\n"
            "typedef double sph_v __attribute__((vector_size(%d * sizeof(double))));\n"
            "typedef long long sph_m __attribute__((vector_size(%d * sizeof(long long))));\n\n",
            BLOCK, BLOCK, BLOCK);
    fprintf(f,
            "/* One build for every x86-64 and, where the CPU has them, AVX2+FMA and AVX-512 versions\n"
            " * picked at load time (GCC's target_clones; elsewhere the one portable build). */\n"
            "#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__gnu_linux__)\n"
            "#define SPH_FAST_CLONES __attribute__((target_clones(\"arch=x86-64-v4\", \"arch=x86-64-v3\", \"default\")))\n"
            "#else\n#define SPH_FAST_CLONES\n#endif\n\n");
    fprintf(f, "#define SPH_ABS(a) ((sph_v)((sph_m)(a) & 0x7fffffffffffffffLL))\n");
    fprintf(f, "#define SPH_MAX(a, b) ((sph_v)(((sph_m)(a) & ((a) > (b))) | ((sph_m)(b) & ~((a) > (b)))))\n");
    fprintf(f, "#define SPH_GATHER(a, q) ((sph_v){");
    for (int k = 0; k < BLOCK; k++)
        fprintf(f, "%s(a)[q[%d]]", k ? ", " : "", k);
    fprintf(f, "})\n\n");
    fprintf(f,
            "/* Blocks of %d points: gather x, y, z into lanes (the last block repeats its last point),\n"
            " * divide by |p| (0 for the zero vector, so it gets Y_0 and zeros as sph_eval gives; NaN or\n"
            " * infinite components give NaN for every l >= 1), evaluate, scatter the lanes to points. */\n"
            "#define SPH_FAST_LOOP(L, KERNEL)                                                    \\\n"
            "    enum { NY = (L + 1) * (L + 1) };                                                \\\n"
            "    for (size_t p0 = 0; p0 < n; p0 += %d) {                                          \\\n"
            "        size_t q[%d];                                                               \\\n"
            "        for (int k = 0; k < %d; k++)                                                \\\n"
            "            q[k] = 3 * (p0 + (size_t)k < n ? p0 + (size_t)k : n - 1);               \\\n"
            "        sph_v Y[NY]; /* lanes built in registers, not stored and reloaded */        \\\n"
            "        sph_v ux = SPH_GATHER(xyz, q), uy = SPH_GATHER(xyz + 1, q), uz = SPH_GATHER(xyz + 2, q); \\\n"
            "        /* scaled by the largest |component| first, so |p|^2 neither under- nor overflows */ \\\n"
            "        sph_v m = SPH_MAX(SPH_ABS(ux), SPH_MAX(SPH_ABS(uy), SPH_ABS(uz)));       \\\n"
            "        sph_v sm = (sph_v)((sph_m)(1.0 / m) & (m != 0));                            \\\n"
            "        ux *= sm, uy *= sm, uz *= sm;                                               \\\n"
            "        sph_v r = ux * ux + uy * uy + uz * uz;                                      \\\n"
            "        for (int k = 0; k < %d; k++)                                                \\\n"
            "            r[k] = sqrt(r[k]);                                                      \\\n"
            "        sph_v inv = (sph_v)((sph_m)(1.0 / r) & (r != 0));                           \\\n"
            "        const sph_v u[3] = {ux * inv, uy * inv, uz * inv};                          \\\n"
            "        KERNEL(u, Y);                                                               \\\n"
            "        size_t nk = n - p0 < %d ? n - p0 : %d;                                       \\\n"
            "        for (size_t k = 0; k < nk; k++)                                             \\\n"
            "            for (int i = 0; i < NY; i++)                                            \\\n"
            "                out[(p0 + k) * NY + (size_t)i] = Y[i][k];                           \\\n"
            "    }\n\n",
            BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK);
    for (int L = 0; L <= SPH_LMAX; L++)
        gen_kernel(f, L);
    fprintf(f, "void sph_eval_fast(int lmax, size_t n, const double *xyz, double *out)\n{\n    switch (lmax) {\n");
    for (int L = 0; L <= SPH_LMAX; L++)
        fprintf(f, "    case %d:\n        sph_fast_%d(n, xyz, out);\n        break;\n", L, L);
    fprintf(f, "    default:\n        break;\n    }\n}\n");
    if (f != stdout && fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
