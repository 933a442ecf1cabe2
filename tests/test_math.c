/* test_math.c - Check suites for the compile-time math (libse3math): real spherical harmonics
 * against closed forms, an independent Legendre recursion and quadrature; Wigner D against the
 * harmonics and the group law; coupling tensors against equivariance and orthonormality; and the
 * `se3tc sh` / `se3tc cg` commands run in-process. */
#include "testutil.h"

#include "cmd_math.h"
#include "coupling.h"
#include "sph.h"
#include "wigner.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const double PI = 3.141592653589793238462643383279502884;

/* ---------- helpers ---------- */

/* A random point: Gaussian direction, radius in [0.1, 10). */
static void rand_point(uint64_t *st, double p[3])
{
    double r = 0.1 + 9.9 * wigner_rng_uniform(st);
    double n = 0.0;
    for (int i = 0; i < 3; i++) {
        double u1 = wigner_rng_uniform(st), u2 = wigner_rng_uniform(st);
        p[i] = sqrt(-2.0 * log(1.0 - u1)) * cos(2.0 * PI * u2);
        n += p[i] * p[i];
    }
    n = sqrt(n);
    for (int i = 0; i < 3; i++)
        p[i] *= r / n;
}

static void mat3_vec(const double R[9], const double x[3], double y[3])
{
    for (int i = 0; i < 3; i++)
        y[i] = R[i * 3] * x[0] + R[i * 3 + 1] * x[1] + R[i * 3 + 2] * x[2];
}

static void matmul(int n, const double *A, const double *B, double *C)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int k = 0; k < n; k++)
                s += A[i * n + k] * B[k * n + j];
            C[i * n + j] = s;
        }
}

/* C(u, y)[a] = sum_{b,c} C[a,b,c] u_b y_c */
static void couple(int l, int k, int J, const double *C, const double *u, const double *y, double *w)
{
    int nk = 2 * k + 1, nJ = 2 * J + 1;
    for (int a = 0; a < 2 * l + 1; a++) {
        double s = 0.0;
        for (int b = 0; b < nk; b++)
            for (int c = 0; c < nJ; c++)
                s += C[(a * nk + b) * nJ + c] * u[b] * y[c];
        w[a] = s;
    }
}

/* ---------- spherical harmonics ---------- */

/* Hand-written Y_l for l <= 3 at a unit vector (x, y, z), docs/math.md convention. */
static void closed_form(const double u[3], double *Y)
{
    double x = u[0], y = u[1], z = u[2];
    Y[0] = 0.5 * sqrt(1.0 / PI);
    double c1 = sqrt(3.0 / (4.0 * PI));
    Y[1] = c1 * y, Y[2] = c1 * z, Y[3] = c1 * x;
    double c2 = 0.5 * sqrt(15.0 / PI);
    Y[4] = c2 * x * y;
    Y[5] = c2 * y * z;
    Y[6] = 0.25 * sqrt(5.0 / PI) * (3.0 * z * z - 1.0);
    Y[7] = c2 * x * z;
    Y[8] = 0.5 * c2 * (x * x - y * y);
    Y[9] = 0.25 * sqrt(35.0 / (2.0 * PI)) * (3.0 * x * x - y * y) * y;
    Y[10] = 0.5 * sqrt(105.0 / PI) * x * y * z;
    Y[11] = 0.25 * sqrt(21.0 / (2.0 * PI)) * y * (5.0 * z * z - 1.0);
    Y[12] = 0.25 * sqrt(7.0 / PI) * (5.0 * z * z * z - 3.0 * z);
    Y[13] = 0.25 * sqrt(21.0 / (2.0 * PI)) * x * (5.0 * z * z - 1.0);
    Y[14] = 0.25 * sqrt(105.0 / PI) * (x * x - y * y) * z;
    Y[15] = 0.25 * sqrt(35.0 / (2.0 * PI)) * (x * x - 3.0 * y * y) * x;
}

START_TEST(test_sph_closed_forms)
{
    uint64_t st = 1;
    for (int n = 0; n < 200; n++) {
        double p[3], u[3], Y[16], E[16];
        rand_point(&st, p);
        double r = sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        for (int i = 0; i < 3; i++)
            u[i] = p[i] / r;
        sph_eval(3, p, Y);
        closed_form(u, E);
        for (int i = 0; i < 16; i++)
            ck_assert_msg(fabs(Y[i] - E[i]) < 1e-14, "Y[%d] = %.17g, closed form %.17g", i, Y[i], E[i]);
    }
}
END_TEST

START_TEST(test_sph_poly_coefficients)
{
    sph_term t[SPH_MAX_TERMS(SPH_LMAX)];
    /* r Y_{1,-1} = sqrt(3/(4 pi)) y */
    ck_assert_int_eq(sph_poly(1, -1, t, 66), 1);
    ck_assert_int_eq(t[0].px, 0);
    ck_assert_int_eq(t[0].py, 1);
    ck_assert_int_eq(t[0].pz, 0);
    ck_assert_double_eq_tol(t[0].coef, sqrt(3.0 / (4.0 * PI)), 1e-16);
    /* r^2 Y_{2,0} = c (2z^2 - x^2 - y^2), c = sqrt(5/pi)/4, order x^2, y^2, z^2 */
    double c = 0.25 * sqrt(5.0 / PI);
    ck_assert_int_eq(sph_poly(2, 0, t, 66), 3);
    ck_assert(t[0].px == 2 && t[1].py == 2 && t[2].pz == 2);
    ck_assert_double_eq_tol(t[0].coef, -c, 1e-16);
    ck_assert_double_eq_tol(t[1].coef, -c, 1e-16);
    ck_assert_double_eq_tol(t[2].coef, 2.0 * c, 3e-16);
    /* r^3 Y_{3,3} = sqrt(35/(2 pi))/4 (x^3 - 3 x y^2) */
    double c3 = 0.25 * sqrt(35.0 / (2.0 * PI));
    ck_assert_int_eq(sph_poly(3, 3, t, 66), 2);
    ck_assert(t[0].px == 3 && t[1].px == 1 && t[1].py == 2);
    ck_assert_double_eq_tol(t[0].coef, c3, 1e-16);
    ck_assert_double_eq_tol(t[1].coef, -3.0 * c3, 4e-16);
    /* r^10 Y_{10,10} = sqrt(2 * 21 / (4 pi 20!)) 19!! Re (x+iy)^10: x^10 coefficient to 1 ulp */
    long double e = sqrtl(42.0L / (4.0L * 3.141592653589793238462643383279502884L *
                                   2432902008176640000.0L)) * 654729075.0L;
    ck_assert_int_eq(sph_poly(10, 10, t, 66), 6); /* x^10, x^8 y^2, ..., y^10 */
    ck_assert(t[0].px == 10);
    ck_assert_msg(fabsl(t[0].coef - e) <= 1.2e-16L * e, "%.17g vs %.17Lg", t[0].coef, e);
    ck_assert_double_eq_tol(t[1].coef, -45.0 * t[0].coef, 1e-16 * 45 * t[0].coef);
    /* every term has degree l, nonzero, in order; a small buffer still reports the count; and
     * Y_{l,0}(z axis) = sqrt((2l+1)/(4 pi)), where only the z^l term survives */
    for (int l = 0; l <= SPH_LMAX; l++) {
        for (int m = -l; m <= l; m++) {
            int n = sph_poly(l, m, t, SPH_MAX_TERMS(SPH_LMAX));
            ck_assert_int_gt(n, 0);
            ck_assert_int_le(n, SPH_MAX_TERMS(l));
            for (int i = 0; i < n; i++) {
                ck_assert_int_eq(t[i].px + t[i].py + t[i].pz, l);
                ck_assert(t[i].coef != 0.0);
                if (i)
                    ck_assert(t[i].px < t[i - 1].px ||
                              (t[i].px == t[i - 1].px && t[i].py < t[i - 1].py));
            }
            sph_term one;
            ck_assert_int_eq(sph_poly(l, m, &one, 1), n);
            ck_assert(one.px == t[0].px && one.py == t[0].py && one.coef == t[0].coef);
        }
        double zsum = 0.0;
        int n = sph_poly(l, 0, t, 66);
        for (int i = 0; i < n; i++)
            if (t[i].pz == l)
                zsum += t[i].coef;
        ck_assert_double_eq_tol(zsum, sqrt((2 * l + 1) / (4.0 * PI)), 1e-15 * (1 + zsum));
    }
    /* out of range */
    ck_assert_int_eq(sph_poly(-1, 0, t, 66), -1);
    ck_assert_int_eq(sph_poly(SPH_LMAX + 1, 0, t, 66), -1);
    ck_assert_int_eq(sph_poly(2, 3, t, 66), -1);
    ck_assert_int_eq(sph_poly(2, -3, t, 66), -1);
}
END_TEST

/* Independent reference: associated Legendre P_l^m (no Condon-Shortley phase) by the standard
 * upward recursion in l, cos/sin(m phi) from atan2 (the SE(3)-Transformer appendix approach). */
static double legendre_ref(int l, int m, const double p[3])
{
    int mu = abs(m);
    double r = sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
    double x = p[2] / r, s = sqrt(p[0] * p[0] + p[1] * p[1]) / r;
    double phi = atan2(p[1], p[0]);
    double pmm = 1.0;
    for (int i = 1; i <= mu; i++)
        pmm *= (2 * i - 1) * s;
    double P = pmm;
    if (l > mu) {
        double p1 = x * (2 * mu + 1) * pmm, p0 = pmm;
        for (int ll = mu + 2; ll <= l; ll++) {
            double p2 = ((2 * ll - 1) * x * p1 - (ll + mu - 1) * p0) / (ll - mu);
            p0 = p1;
            p1 = p2;
        }
        P = p1;
    }
    double ratio = 1.0; /* (l-mu)!/(l+mu)! */
    for (int i = l - mu + 1; i <= l + mu; i++)
        ratio /= i;
    double N = sqrt((2 * l + 1) / (4.0 * PI) * ratio);
    if (m > 0)
        return sqrt(2.0) * N * P * cos(mu * phi);
    if (m < 0)
        return sqrt(2.0) * N * P * sin(mu * phi);
    return N * P;
}

START_TEST(test_sph_legendre_reference)
{
    uint64_t st = 2;
    double Y[SPH_COUNT(SPH_LMAX)], worst = 0.0;
    for (int n = 0; n < 400; n++) {
        double p[3];
        rand_point(&st, p);
        if (n == 0)
            p[0] = 0.0, p[1] = 0.0, p[2] = -2.0; /* a pole */
        sph_eval(SPH_LMAX, p, Y);
        for (int l = 0; l <= SPH_LMAX; l++)
            for (int m = -l; m <= l; m++) {
                double e = fabs(Y[l * l + m + l] - legendre_ref(l, m, p));
                worst = e > worst ? e : worst;
                ck_assert_msg(e < 1e-12, "l=%d m=%d err %.3g", l, m, e);
            }
    }
    fprintf(stderr, "sph vs Legendre recursion, l<=10: max abs err %.3g\n", worst);
}
END_TEST

/* Gauss-Legendre nodes/weights on [-1, 1] by Newton's method. */
static void gauss_legendre(int n, double *x, double *w)
{
    for (int i = 0; i < n; i++) {
        double z = cos(PI * (i + 0.75) / (n + 0.5)), dp = 0.0;
        for (int it = 0; it < 100; it++) {
            double p0 = 1.0, p1 = z;
            for (int k = 2; k <= n; k++) {
                double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            dp = n * (z * p1 - p0) / (z * z - 1.0);
            double dz = p1 / dp;
            z -= dz;
            if (fabs(dz) < 1e-16)
                break;
        }
        x[i] = z;
        w[i] = 2.0 / ((1.0 - z * z) * dp * dp);
    }
}

START_TEST(test_sph_orthonormal)
{
    /* Products of degree <= 16: 12 Gauss nodes in cos(theta) and 36 uniform phi are exact. */
    enum { NT = 12, NP = 36, L = 8, NY = (L + 1) * (L + 1) };
    double xs[NT], ws[NT];
    gauss_legendre(NT, xs, ws);
    static double G[NY][NY];
    memset(G, 0, sizeof G);
    double Y[NY];
    for (int i = 0; i < NT; i++) {
        double st = sqrt(1.0 - xs[i] * xs[i]);
        for (int j = 0; j < NP; j++) {
            double ph = 2.0 * PI * (j + 0.3) / NP;
            double p[3] = {st * cos(ph), st * sin(ph), xs[i]};
            sph_eval(L, p, Y);
            double wt = ws[i] * 2.0 * PI / NP;
            for (int a = 0; a < NY; a++)
                for (int b = 0; b < NY; b++)
                    G[a][b] += wt * Y[a] * Y[b];
        }
    }
    double worst = 0.0;
    for (int a = 0; a < NY; a++)
        for (int b = 0; b < NY; b++) {
            double e = fabs(G[a][b] - (a == b));
            worst = e > worst ? e : worst;
            ck_assert_msg(e < 1e-12, "<Y%d, Y%d> = %.17g", a, b, G[a][b]);
        }
    fprintf(stderr, "sph orthonormality l<=8: max err %.3g\n", worst);
}
END_TEST

START_TEST(test_sph_zero_and_scale)
{
    double Y[SPH_COUNT(SPH_LMAX)], Z[SPH_COUNT(SPH_LMAX)];
    const double zero[3] = {0.0, 0.0, 0.0};
    sph_eval(SPH_LMAX, zero, Y);
    ck_assert_double_eq_tol(Y[0], 0.5 / sqrt(PI), 1e-16);
    for (int i = 1; i < SPH_COUNT(SPH_LMAX); i++)
        ck_assert(Y[i] == 0.0);
    /* direction only: Y(7.5 p) = Y(p), and Y_l(-p) = (-1)^l Y_l(p) */
    double p[3] = {0.3, -1.2, 0.7}, q[3] = {2.25, -9.0, 5.25}, np[3] = {-0.3, 1.2, -0.7};
    sph_eval(SPH_LMAX, p, Y);
    sph_eval(SPH_LMAX, q, Z);
    for (int i = 0; i < SPH_COUNT(SPH_LMAX); i++)
        ck_assert_double_eq_tol(Y[i], Z[i], 1e-14);
    sph_eval(SPH_LMAX, np, Z);
    for (int l = 0; l <= SPH_LMAX; l++)
        for (int m = -l; m <= l; m++)
            ck_assert_double_eq_tol(Z[l * l + m + l], (l % 2 ? -1 : 1) * Y[l * l + m + l], 1e-14);
    /* lmax out of range leaves out untouched */
    Y[0] = 42.0;
    sph_eval(SPH_LMAX + 1, p, Y);
    sph_eval(-1, p, Y);
    ck_assert(Y[0] == 42.0);
    /* tiny vectors keep their direction */
    double t[3] = {0.0, 1e-300, 0.0};
    sph_eval(1, t, Y);
    ck_assert_double_eq_tol(Y[1], sqrt(3.0 / (4.0 * PI)), 1e-15);
}
END_TEST

/* The fast paths' five entry points: sph_eval_fast, then sph_eval_fast_f64 and sph_eval_fast_f32
 * in each layout; out holds doubles for the first three, floats for the last two. */
enum { FF_DEFAULT, FF_F64_POINT, FF_F64_COMP, FF_F32_POINT, FF_F32_COMP, FF_N };

static void fast_form(int form, int L, size_t n, const double *pts, void *out)
{
    switch (form) {
    case FF_DEFAULT:
        sph_eval_fast(L, n, pts, out);
        break;
    case FF_F64_POINT:
    case FF_F64_COMP:
        sph_eval_fast_f64(L, n, pts, form == FF_F64_COMP ? SPH_COMPONENT_MAJOR : SPH_POINT_MAJOR, out);
        break;
    default:
        sph_eval_fast_f32(L, n, pts, form == FF_F32_COMP ? SPH_COMPONENT_MAJOR : SPH_POINT_MAJOR, out);
        break;
    }
}

/* Value i of point p of n from a fast_form() output. */
static double fast_get(int form, const void *out, size_t n, int ny, size_t p, int i)
{
    int comp = form == FF_F64_COMP || form == FF_F32_COMP;
    size_t o = comp ? (size_t)i * n + p : p * (size_t)ny + (size_t)i;
    return form >= FF_F32_POINT ? (double)((const float *)out)[o] : ((const double *)out)[o];
}

/* The fast paths (generated unrolled code in double, blocks of 8 points) against the long-double
 * one: every degree, every form (double within 1e-14, float within half a float ulp below 2 plus
 * that; each float the rounding of the double), point counts that leave partial blocks, points
 * of norms from 1e-300 to 1e300, special points; and each writes exactly n * SPH_COUNT(lmax)
 * values. */
START_TEST(test_sph_fast_matches_exact)
{
    enum { NP = 203, NY = SPH_COUNT(SPH_LMAX), CAP = NP * NY + 16 };
    static double pts[3 * NP], fast[CAP], dbl[CAP], ex[NP * NY];
    uint64_t st = 7;
    for (int i = 0; i < NP; i++)
        rand_point(&st, pts + 3 * i);
    const double special[][3] = {{0, 0, 0},   {0, 0, 1},         {0, 0, -3},       {1e-300, 0, 0},
                                 {1e300, -1e300, 2e299}, {1, 1, 1}, {-2, 0, 0},      {0, 5, 0},
                                 {3e-5, -2e-5, 1e-5}, {4e7, 1e7, -3e7}, {0.6, -0.8, 0}, {1e-9, 2e-9, -1}};
    memcpy(pts, special, sizeof special);
    double worst[FF_N] = {0};
    for (int L = 0; L <= SPH_LMAX; L++) {
        int ny = SPH_COUNT(L);
        for (int p = 0; p < NP; p++)
            sph_eval(L, pts + 3 * p, ex + p * ny);
        for (int form = 0; form < FF_N; form++) {
            int f32 = form >= FF_F32_POINT;
            /* every count from 1 to 17 (partial and full blocks), then all NP points */
            for (int n = 1; n <= 18; n++) {
                int np = n == 18 ? NP : n;
                for (int i = 0; i < CAP; i++)
                    fast[i] = 12345.0;
                if (f32)
                    for (int i = 0; i < 2 * CAP; i++)
                        ((float *)fast)[i] = 12345.0f;
                fast_form(form, L, (size_t)np, pts, fast);
                for (int i = np * ny; i < (f32 ? 2 * CAP : CAP); i++) /* not ck_assert: Check logs each one */
                    if (f32 ? ((float *)fast)[i] != 12345.0f : fast[i] != 12345.0)
                        ck_abort_msg("form %d L=%d n=%d wrote past its output at %d", form, L, np, i);
                if (f32) /* the float forms round the double ones of the same layout */
                    fast_form(form - 2, L, (size_t)np, pts, dbl);
                for (int p = 0; p < np; p++) {
                    for (int i = 0; i < ny; i++) {
                        double v = fast_get(form, fast, (size_t)np, ny, (size_t)p, i);
                        double e = fabs(v - ex[p * ny + i]);
                        worst[form] = e > worst[form] ? e : worst[form];
                        if (e > (f32 ? 6e-8 : 1e-14) || (f32 && v != (double)(float)fast_get(form - 2, dbl, (size_t)np, ny, (size_t)p, i)))
                            ck_abort_msg("form %d L=%d n=%d point %d Y[%d]: fast %.17g exact %.17g", form, L, np, p, i,
                                         v, ex[p * ny + i]);
                    }
                }
            }
        }
    }
    for (int form = 0; form < FF_N; form++) {
        int f32 = form >= FF_F32_POINT;
        /* the zero vector: exactly Y_0 and zeros, as sph_eval; every layout */
        fast_form(form, SPH_LMAX, 1, pts, fast);
        ck_assert(fast_get(form, fast, 1, NY, 0, 0) == (f32 ? (double)0.28209479177387814f : 0.28209479177387814));
        for (int i = 1; i < NY; i++)
            ck_assert_msg(fast_get(form, fast, 1, NY, 0, i) == 0.0, "form %d zero vector Y[%d]", form, i);
        /* non-finite input: Y_0 as always, NaN for every l >= 1 */
        const double bad[2][3] = {{NAN, 0, 1}, {INFINITY, 1, 0}};
        for (int b = 0; b < 2; b++) {
            fast_form(form, 3, 1, bad[b], fast);
            ck_assert(fabs(fast_get(form, fast, 1, 16, 0, 0) - 0.28209479177387814) < 3e-8);
            for (int i = 1; i < 16; i++)
                ck_assert_msg(isnan(fast_get(form, fast, 1, 16, 0, i)), "form %d input %d Y[%d]", form, b, i);
        }
        /* lmax out of range and n = 0 write nothing */
        fast[0] = 42.0;
        fast_form(form, SPH_LMAX + 1, 5, pts, fast);
        fast_form(form, -1, 5, pts, fast);
        fast_form(form, 3, 0, pts, fast);
        ck_assert(fast[0] == 42.0);
    }
    fprintf(stderr, "sph fast vs exact, l<=%d: max |diff| f64 %.3g / %.3g / %.3g, f32 %.3g / %.3g\n", SPH_LMAX,
            worst[0], worst[1], worst[2], worst[3], worst[4]);
    /* a layout value that is neither writes nothing */
    fast[0] = 42.0;
    sph_eval_fast_f64(3, 5, pts, (sph_layout)7, fast);
    sph_eval_fast_f32(3, 5, pts, (sph_layout)-1, (float *)fast);
    ck_assert(fast[0] == 42.0);
}
END_TEST

/* Outputs past 8 MiB go out by streaming stores when the output is 16-byte aligned (point-major;
 * component-major in double with an even count): the same values, bit for bit, as calls on few
 * points; an 8-byte aligned output (no streaming) the same again; the other forms likewise.
 * Counts that end in a partial block. */
START_TEST(test_sph_fast_large)
{
    enum { NP = 9001, NY = SPH_COUNT(SPH_LMAX), NS = 203 };
    double *pts = malloc(sizeof(double) * 3 * NP), *big = malloc(sizeof(double) * ((size_t)NP * NY + 1));
    float *bigf = malloc(sizeof(float) * 2 * (size_t)NP * NY);
    static double small[NS * NY];
    ck_assert(pts && big && bigf);
    uint64_t st = 11;
    for (int i = 0; i < NP; i++)
        rand_point(&st, pts + 3 * i);
    for (int pass = 0; pass < 2; pass++) {
        double *o = big + pass; /* pass 1: 8-byte aligned only */
        sph_eval_fast(SPH_LMAX, NP, pts, o);
        for (int p0 = 0; p0 < NP; p0 += NS) {
            int n = NP - p0 < NS ? NP - p0 : NS;
            sph_eval_fast(SPH_LMAX, (size_t)n, pts + 3 * p0, small);
            ck_assert_msg(memcmp(o + (size_t)p0 * NY, small, sizeof(double) * (size_t)n * NY) == 0,
                          "pass %d points %d..: output differs from the small calls'", pass, p0);
        }
    }
    /* float, point-major, 2 * NP points (9.3 MB): each the rounding of the double value */
    double *pts2 = malloc(sizeof(double) * 6 * NP);
    ck_assert(pts2);
    memcpy(pts2, pts, sizeof(double) * 3 * NP);
    memcpy(pts2 + 3 * NP, pts, sizeof(double) * 3 * NP);
    sph_eval_fast_f32(SPH_LMAX, 2 * NP, pts2, SPH_POINT_MAJOR, bigf);
    sph_eval_fast(SPH_LMAX, NP, pts, big);
    for (int rep = 0; rep < 2; rep++)
        for (size_t i = 0; i < (size_t)NP * NY; i++)
            if (bigf[rep * (size_t)NP * NY + i] != (float)big[i])
                ck_abort_msg("float value %zu of copy %d", i, rep);
    /* component-major, double (streamed: an even count) and float: the same values again */
    double *soa = malloc(sizeof(double) * (size_t)(NP - 1) * NY);
    ck_assert(soa);
    sph_eval_fast_f64(SPH_LMAX, NP - 1, pts, SPH_COMPONENT_MAJOR, soa);
    for (size_t p = 0; p < NP - 1; p++)
        for (int i = 0; i < NY; i++)
            if (soa[(size_t)i * (NP - 1) + p] != big[p * NY + (size_t)i])
                ck_abort_msg("component-major point %zu Y[%d]", p, i);
    free(soa);
    float *soaf = malloc(sizeof(float) * 2 * (size_t)NP * NY);
    ck_assert(soaf);
    sph_eval_fast_f32(SPH_LMAX, 2 * NP, pts2, SPH_COMPONENT_MAJOR, soaf);
    for (size_t p = 0; p < 2 * (size_t)NP; p++)
        for (int i = 0; i < NY; i++)
            if (soaf[(size_t)i * 2 * NP + p] != (float)big[(p % NP) * NY + (size_t)i])
                ck_abort_msg("component-major float point %zu Y[%d]", p, i);
    free(soaf);
    /* and against the exact values on a sample, with the last points (the partial block) */
    double ex[NY];
    for (int p = 0; p < NP; p += (p < NP - 16 ? 97 : 1)) {
        sph_eval(SPH_LMAX, pts + 3 * p, ex);
        for (int i = 0; i < NY; i++)
            if (fabs(big[(size_t)p * NY + i] - ex[i]) > 1e-14 || fabs(bigf[(size_t)(NP + p) * NY + i] - ex[i]) > 6e-8)
                ck_abort_msg("point %d Y[%d]: %.17g, float %.9g, exact %.17g", p, i, big[(size_t)p * NY + i],
                             bigf[(size_t)(NP + p) * NY + i], ex[i]);
    }
    free(pts), free(pts2), free(big), free(bigf);
}
END_TEST

/* ---------- Wigner D ---------- */

/* Rotations with Euler beta near 0 or pi, where the angle extraction is ill-conditioned. */
static void special_rotation(int i, double R[9])
{
    static const double ang[][3] = {
        {0, 0, 0}, {0.7, 0, 0}, {0.3, 1e-9, -1.1}, {1.0, PI, 0.0}, {-2.0, PI - 1e-10, 0.4},
        {0.5, PI / 2, 0.2}, {PI / 2, PI / 4, -PI / 2}, {2.5, 0.8, 2.9}};
    wigner_euler_to_matrix(ang[i][0], ang[i][1], ang[i][2], R);
}

START_TEST(test_wigner_rotates_sph)
{
    uint64_t st = 3;
    double worst = 0.0;
    for (int n = 0; n < 40; n++) {
        double R[9], p[3], Rp[3];
        if (n < 8)
            special_rotation(n, R);
        else
            wigner_random_rotation(&st, R);
        rand_point(&st, p);
        mat3_vec(R, p, Rp);
        double Y[SPH_COUNT(SPH_LMAX)], YR[SPH_COUNT(SPH_LMAX)], D[21 * 21];
        sph_eval(SPH_LMAX, p, Y);
        sph_eval(SPH_LMAX, Rp, YR);
        for (int l = 0; l <= SPH_LMAX; l++) {
            int d = 2 * l + 1;
            wigner_real(l, R, D);
            for (int i = 0; i < d; i++) {
                double s = 0.0;
                for (int j = 0; j < d; j++)
                    s += D[i * d + j] * Y[l * l + j];
                double e = fabs(s - YR[l * l + i]);
                worst = e > worst ? e : worst;
                ck_assert_msg(e < 1e-12, "rotation %d l=%d row %d: err %.3g", n, l, i, e);
            }
        }
    }
    fprintf(stderr, "Y(Rx) = D Y(x), l<=10: max err %.3g\n", worst);
}
END_TEST

START_TEST(test_wigner_group)
{
    uint64_t st = 4;
    double worst_orth = 0.0, worst_hom = 0.0;
    for (int n = 0; n < 16; n++) {
        double R1[9], R2[9], R12[9];
        if (n < 8)
            special_rotation(n, R1);
        else
            wigner_random_rotation(&st, R1);
        wigner_random_rotation(&st, R2);
        matmul(3, R1, R2, R12);
        for (int l = 0; l <= WIGNER_LMAX; l++) {
            int d = 2 * l + 1;
            double D1[441], D2[441], D12[441], P[441], DT[441];
            wigner_real(l, R1, D1);
            wigner_real(l, R2, D2);
            wigner_real(l, R12, D12);
            matmul(d, D1, D2, P);
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    DT[i * d + j] = D1[j * d + i];
            double I[441];
            matmul(d, D1, DT, I);
            for (int i = 0; i < d * d; i++) {
                double eo = fabs(I[i] - (i / d == i % d));
                double eh = fabs(P[i] - D12[i]);
                worst_orth = eo > worst_orth ? eo : worst_orth;
                worst_hom = eh > worst_hom ? eh : worst_hom;
                ck_assert_msg(eo < 1e-13, "D not orthogonal, l=%d, err %.3g", l, eo);
                ck_assert_msg(eh < 1e-12, "D(R1 R2) != D(R1) D(R2), l=%d, err %.3g", l, eh);
            }
        }
    }
    fprintf(stderr, "Wigner D: orthogonality err %.3g, homomorphism err %.3g\n", worst_orth,
            worst_hom);
    /* identity */
    double I3[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1}, D[441];
    for (int l = 0; l <= WIGNER_LMAX; l++) {
        int d = 2 * l + 1;
        wigner_real(l, I3, D);
        for (int i = 0; i < d * d; i++)
            ck_assert_double_eq_tol(D[i], (double)(i / d == i % d), 1e-15);
    }
}
END_TEST

START_TEST(test_wigner_l1_and_euler)
{
    uint64_t st = 5;
    for (int n = 0; n < 20; n++) {
        double R[9], D[9], E[9];
        double a = 2 * PI * wigner_rng_uniform(&st), b = PI * wigner_rng_uniform(&st);
        double g = 2 * PI * wigner_rng_uniform(&st);
        wigner_euler_to_matrix(a, b, g, R);
        wigner_real(1, R, D);
        /* (y, z, x) order, exactly */
        ck_assert(D[0] == R[4] && D[1] == R[5] && D[2] == R[3]);
        ck_assert(D[3] == R[7] && D[4] == R[8] && D[5] == R[6]);
        ck_assert(D[6] == R[1] && D[7] == R[2] && D[8] == R[0]);
        /* the general Euler construction agrees at l = 1 */
        wigner_real_euler(1, a, b, g, E);
        for (int i = 0; i < 9; i++)
            ck_assert_double_eq_tol(E[i], D[i], 1e-15);
        /* and at higher l with wigner_real of the same matrix */
        double D5[121], E5[121];
        wigner_real(5, R, D5);
        wigner_real_euler(5, a, b, g, E5);
        for (int i = 0; i < 121; i++)
            ck_assert_double_eq_tol(E5[i], D5[i], 1e-13);
    }
    /* rotation by 90 degrees about z: x -> y, y -> -x; Y_1 = (y, z, x) -> (x, z, -y) */
    double Rz[9] = {0, -1, 0, 1, 0, 0, 0, 0, 1}, D[9];
    wigner_real(1, Rz, D);
    const double want[9] = {0, 0, 1, 0, 1, 0, -1, 0, 0};
    for (int i = 0; i < 9; i++)
        ck_assert(D[i] == want[i]);
    /* out-of-range l writes nothing */
    D[0] = 7.0;
    wigner_real(WIGNER_LMAX + 1, Rz, D);
    wigner_real(-1, Rz, D);
    ck_assert(D[0] == 7.0);
}
END_TEST

START_TEST(test_wigner_random_rotation)
{
    uint64_t st = 6, st2 = 6;
    double mean[9] = {0}, sq[9] = {0};
    enum { N = 20000 };
    for (int n = 0; n < N; n++) {
        double R[9], R2[9], I[9], RT[9];
        wigner_random_rotation(&st, R);
        if (n < 10) {
            wigner_random_rotation(&st2, R2);
            ck_assert(memcmp(R, R2, sizeof R) == 0); /* deterministic in the state */
        }
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                RT[i * 3 + j] = R[j * 3 + i];
        matmul(3, R, RT, I);
        for (int i = 0; i < 9; i++)
            ck_assert_double_eq_tol(I[i], (double)(i / 3 == i % 3), 2e-15);
        double det = R[0] * (R[4] * R[8] - R[5] * R[7]) - R[1] * (R[3] * R[8] - R[5] * R[6]) +
                     R[2] * (R[3] * R[7] - R[4] * R[6]);
        ck_assert_double_eq_tol(det, 1.0, 2e-15);
        for (int i = 0; i < 9; i++) {
            mean[i] += R[i] / N;
            sq[i] += R[i] * R[i] / N;
        }
    }
    /* Haar measure: E[R_ij] = 0, E[R_ij^2] = 1/3 (std of the estimates ~0.004) */
    for (int i = 0; i < 9; i++) {
        ck_assert_msg(fabs(mean[i]) < 0.02, "E[R_%d] = %g", i, mean[i]);
        ck_assert_msg(fabs(sq[i] - 1.0 / 3.0) < 0.02, "E[R_%d^2] = %g", i, sq[i]);
    }
    double u = 0.0;
    for (int n = 0; n < 1000; n++) {
        double v = wigner_rng_uniform(&st);
        ck_assert(v >= 0.0 && v < 1.0);
        u += v / 1000;
    }
    ck_assert_double_eq_tol(u, 0.5, 0.05);
}
END_TEST

/* ---------- coupling tensors ---------- */

START_TEST(test_coupling_cg_values)
{
    ck_assert_double_eq_tol(coupling_cg(1, 1, 1, -1, 0, 0), 1.0 / sqrt(3.0), 2e-16);
    ck_assert_double_eq_tol(coupling_cg(1, 0, 1, 0, 0, 0), -1.0 / sqrt(3.0), 2e-16);
    ck_assert_double_eq_tol(coupling_cg(1, 1, 1, 0, 2, 1), sqrt(0.5), 2e-16);
    ck_assert_double_eq_tol(coupling_cg(2, 0, 2, 0, 2, 0), -sqrt(14.0) / 7.0, 2e-16);
    ck_assert_double_eq_tol(coupling_cg(2, 1, 1, -1, 1, 0), sqrt(30.0) / 10.0, 2e-16);
    ck_assert_double_eq_tol(coupling_cg(3, 2, 2, -1, 4, 1), sqrt(35.0) / 10.0, 2e-16);
    ck_assert(coupling_cg(1, 0, 1, 0, 1, 0) == 0.0);
    ck_assert(coupling_cg(1, 1, 1, 1, 1, 1) == 0.0); /* M != m1 + m2 */
    ck_assert(coupling_cg(1, 2, 1, 0, 2, 2) == 0.0); /* |m1| > j1 */
    ck_assert(coupling_cg(1, 0, 1, 0, 3, 0) == 0.0); /* not a triangle */
    /* unitarity: sum_{m1,m2} <j1 m1 j2 m2|J M>^2 = 1, at the top of the range */
    for (int J = 0; J <= 10; J++) {
        double s = 0.0;
        for (int m1 = -5; m1 <= 5; m1++)
            for (int m2 = -10; m2 <= 10; m2++) {
                double c = coupling_cg(5, m1, 10, m2, J > 4 ? J : 5, 1);
                s += c * c;
            }
        ck_assert_double_eq_tol(s, 1.0, 1e-14);
    }
}
END_TEST

START_TEST(test_coupling_equivariant)
{
    uint64_t st = 7;
    static double C[21 * 21 * 21];
    double worst = 0.0;
    for (int l = 0; l <= COUPLING_LMAX; l++)
        for (int k = 0; k <= COUPLING_LMAX; k++)
            for (int J = abs(l - k); J <= l + k && J <= COUPLING_LMAX; J++) {
                ck_assert_int_eq(coupling_real(l, k, J, C), 0);
                int nrot = (l <= 4 && k <= 4) ? 5 : 1;
                for (int n = 0; n < nrot; n++) {
                    double R[9], Dl[441], Dk[441], DJ[441], u[21], y[21], Du[21], Dy[21];
                    double w[21], Dw[21], w2[21];
                    wigner_random_rotation(&st, R);
                    wigner_real(l, R, Dl);
                    wigner_real(k, R, Dk);
                    wigner_real(J, R, DJ);
                    for (int i = 0; i < 2 * k + 1; i++)
                        u[i] = 2.0 * wigner_rng_uniform(&st) - 1.0;
                    for (int i = 0; i < 2 * J + 1; i++)
                        y[i] = 2.0 * wigner_rng_uniform(&st) - 1.0;
                    for (int i = 0; i < 2 * k + 1; i++) {
                        Du[i] = 0.0;
                        for (int j = 0; j < 2 * k + 1; j++)
                            Du[i] += Dk[i * (2 * k + 1) + j] * u[j];
                    }
                    for (int i = 0; i < 2 * J + 1; i++) {
                        Dy[i] = 0.0;
                        for (int j = 0; j < 2 * J + 1; j++)
                            Dy[i] += DJ[i * (2 * J + 1) + j] * y[j];
                    }
                    couple(l, k, J, C, u, y, w);
                    couple(l, k, J, C, Du, Dy, w2);
                    for (int i = 0; i < 2 * l + 1; i++) {
                        Dw[i] = 0.0;
                        for (int j = 0; j < 2 * l + 1; j++)
                            Dw[i] += Dl[i * (2 * l + 1) + j] * w[j];
                        double e = fabs(Dw[i] - w2[i]);
                        worst = e > worst ? e : worst;
                        ck_assert_msg(e < 1e-12, "C^{%d %d}_%d not equivariant: err %.3g", l, k, J, e);
                    }
                }
            }
    fprintf(stderr, "coupling equivariance, l,k,J<=10: max err %.3g\n", worst);
}
END_TEST

START_TEST(test_coupling_orthonormal_and_sign)
{
    static double C[21 * 21 * 21];
    double worst = 0.0, smallest = 1.0;
    for (int l = 0; l <= COUPLING_LMAX; l++)
        for (int k = 0; k <= COUPLING_LMAX; k++)
            for (int J = abs(l - k); J <= l + k && J <= COUPLING_LMAX; J++) {
                ck_assert_int_eq(coupling_real(l, k, J, C), 0);
                int nab = (2 * l + 1) * (2 * k + 1), nJ = 2 * J + 1;
                for (int c1 = 0; c1 < nJ; c1++)
                    for (int c2 = 0; c2 < nJ; c2++) {
                        double s = 0.0;
                        for (int ab = 0; ab < nab; ab++)
                            s += C[ab * nJ + c1] * C[ab * nJ + c2];
                        double e = fabs(s - (c1 == c2));
                        worst = e > worst ? e : worst;
                        ck_assert_msg(e < 1e-14, "C^{%d %d}_%d columns %d,%d: %.17g", l, k, J, c1,
                                      c2, s);
                    }
                /* sign rule; zeros exact; nonzeros far from the 1e-13 threshold */
                int first = -1;
                for (int i = 0; i < nab * nJ; i++) {
                    double v = fabs(C[i]);
                    if (first < 0 && v > 1e-12)
                        first = i;
                    ck_assert(v == 0.0 || v > 1e-9);
                    ck_assert(!signbit(C[i]) || C[i] != 0.0);
                    if (v > 0.0 && v < smallest)
                        smallest = v;
                }
                ck_assert_int_ge(first, 0);
                ck_assert(C[first] > 0.0);
                int nz = 0;
                for (int i = 0; i < nab * nJ; i++)
                    nz += fabs(C[i]) > 1e-13;
                ck_assert_int_eq(coupling_nnz(l, k, J), nz);
            }
    fprintf(stderr, "coupling column orthonormality err %.3g; smallest nonzero |C| %.3g\n", worst,
            smallest);
}
END_TEST

START_TEST(test_coupling_known)
{
    double C[27];
    ck_assert_int_eq(coupling_real(0, 0, 0, C), 0);
    ck_assert(C[0] == 1.0);
    /* C^{11}_0 = I / sqrt3 */
    ck_assert_int_eq(coupling_real(1, 1, 0, C), 0);
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 3; b++)
            ck_assert_double_eq_tol(C[a * 3 + b], (a == b ? 1.0 / sqrt(3.0) : 0.0), 2e-16);
    /* C^{10}_1[a,0,c] = C^{01}_1[0,b,c] = identity */
    ck_assert_int_eq(coupling_real(1, 0, 1, C), 0);
    for (int i = 0; i < 9; i++)
        ck_assert_double_eq_tol(C[i], (double)(i / 3 == i % 3), 1e-16);
    ck_assert_int_eq(coupling_real(0, 1, 1, C), 0);
    for (int i = 0; i < 9; i++)
        ck_assert_double_eq_tol(C[i], (double)(i / 3 == i % 3), 1e-16);
    /* C^{11}_1 is the cross product / sqrt2: +-1/sqrt2 where a, b, c differ, else 0; in the
     * (y, z, x) order (u x v)_y = u_z v_x - u_x v_z, so C[0][1][2] = -C[0][2][1]. */
    ck_assert_int_eq(coupling_real(1, 1, 1, C), 0);
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 3; b++)
            for (int c = 0; c < 3; c++) {
                double v = C[(a * 3 + b) * 3 + c];
                if (a == b || b == c || a == c)
                    ck_assert(v == 0.0);
                else
                    ck_assert_double_eq_tol(fabs(v), sqrt(0.5), 1e-16);
            }
    ck_assert(C[(0 * 3 + 1) * 3 + 2] > 0.0); /* first nonzero, positive */
    ck_assert_double_eq_tol(C[(0 * 3 + 2) * 3 + 1], -sqrt(0.5), 1e-16);
    ck_assert_double_eq_tol(C[(1 * 3 + 2) * 3 + 0], sqrt(0.5), 1e-16); /* cyclic */
    /* C^{00}_0... and C^{0k}_k = identity / is a Kronecker delta for every k */
    static double B[21 * 21];
    for (int k = 0; k <= COUPLING_LMAX; k++) {
        ck_assert_int_eq(coupling_real(0, k, k, B), 0);
        int n = 2 * k + 1;
        for (int i = 0; i < n * n; i++)
            ck_assert_double_eq_tol(B[i], (double)(i / n == i % n), 1e-15);
    }
}
END_TEST

START_TEST(test_coupling_nnz_and_range)
{
    ck_assert_int_eq(coupling_nnz(0, 0, 0), 1);
    ck_assert_int_eq(coupling_nnz(1, 1, 0), 3);
    ck_assert_int_eq(coupling_nnz(1, 1, 1), 6);
    ck_assert_int_eq(coupling_nnz(1, 0, 1), 3);
    ck_assert_int_eq(coupling_nnz(1, 1, 2), 11); /* xy, yz, xz, x^2-y^2: 2 each; z^2: 3 */
    for (int l = 0; l <= 4; l++)
        for (int k = 0; k <= 4; k++)
            for (int J = abs(l - k); J <= l + k; J++) {
                int n = coupling_nnz(l, k, J);
                ck_assert_int_gt(n, 0);
                ck_assert_int_lt(n, COUPLING_SIZE(l, k, J) + (l + k + J == 0));
                ck_assert_int_ge(n, 2 * (l > k ? l : k) + 1); /* every row/column is used */
            }
    double C[64];
    C[0] = 5.0;
    ck_assert_int_eq(coupling_real(-1, 0, 1, C), -1);
    ck_assert_int_eq(coupling_real(0, -1, 1, C), -1);
    ck_assert_int_eq(coupling_real(1, 1, -1, C), -1);
    ck_assert_int_eq(coupling_real(1, 1, 3, C), -1);
    ck_assert_int_eq(coupling_real(3, 1, 1, C), -1);
    ck_assert_int_eq(coupling_real(COUPLING_LMAX + 1, COUPLING_LMAX + 1, 0, C), -1);
    ck_assert_int_eq(coupling_real(COUPLING_LMAX, COUPLING_LMAX, COUPLING_LMAX + 1, C), -1);
    ck_assert(C[0] == 5.0);
    ck_assert_int_eq(coupling_nnz(1, 1, 3), -1);
    ck_assert_int_eq(coupling_nnz(-1, 0, 1), -1);
    ck_assert_int_eq(coupling_nnz(11, 0, 11), -1);
}
END_TEST

/* ---------- commands ---------- */

typedef struct cmd_result {
    int rc;
    char *out, *err;
} cmd_result;

/* Run cmd_sh / cmd_cg on argv (NULL-terminated) with `input` on stdin. */
static cmd_result run_cmd(int is_sh, const char *input, char **argv)
{
    cmd_result r;
    size_t olen, elen;
    int argc = 0;
    while (argv[argc])
        argc++;
    FILE *out = open_memstream(&r.out, &olen), *err = open_memstream(&r.err, &elen);
    if (is_sh) {
        const char *text = input ? input : "";
        FILE *in = fmemopen((void *)text, strlen(text) ? strlen(text) : 1, "r");
        if (!strlen(text))
            fgetc(in); /* fmemopen wants size > 0: consume the NUL so the stream is at EOF */
        r.rc = cmd_sh(argc, argv, in, out, err);
        fclose(in);
    } else {
        r.rc = cmd_cg(argc, argv, out, err);
    }
    fclose(out);
    fclose(err);
    return r;
}

static void cmd_result_free(cmd_result *r)
{
    free(r->out);
    free(r->err);
}

START_TEST(test_cmd_sh)
{
    char *a1[] = {"sh", "1", NULL};
    cmd_result r = run_cmd(1, "# points\n0 0 2\n\n  1 0 0   # x axis\n0 0 0\n", a1);
    ck_assert_int_eq(r.rc, 0);
    ck_assert_str_eq(r.err, "");
    char want[512];
    double c0 = 0.5 / sqrt(PI), c1 = sqrt(3.0 / (4.0 * PI));
    snprintf(want, sizeof want, "%.17g 0 %.17g 0\n%.17g 0 0 %.17g\n%.17g 0 0 0\n", c0, c1, c0, c1,
             c0);
    ck_assert_str_eq(r.out, want);
    cmd_result_free(&r);

    /* values on a line: (LMAX+1)^2, single spaces; by default the fast path's doubles (within
     * 1e-15 of sph_eval's), with --exact sph_eval's own; several points in one call */
    char *a3[] = {"sh", "3", NULL}, *a3x[] = {"sh", "3", "--exact", NULL};
    for (int exact = 0; exact < 2; exact++) {
        r = run_cmd(1, "0.3 -1.25 2e-1\n-7 0.5 3\n", exact ? a3x : a3);
        ck_assert_int_eq(r.rc, 0);
        double p[6] = {0.3, -1.25, 2e-1, -7, 0.5, 3}, Y[16], F[32];
        sph_eval_fast(3, 2, p, F);
        char *s = r.out;
        for (int q = 0; q < 2; q++) {
            sph_eval(3, p + 3 * q, Y);
            for (int i = 0; i < 16; i++) {
                char *end;
                double v = strtod(s, &end);
                ck_assert(end != s);
                ck_assert_msg(exact ? v == Y[i] : v == F[16 * q + i], "point %d Y[%d] = %.17g", q, i, v);
                ck_assert(fabs(v - Y[i]) <= 1e-15);
                ck_assert(*end == (i == 15 ? '\n' : ' '));
                s = end + 1;
            }
        }
        ck_assert(*s == '\0');
        cmd_result_free(&r);
    }

    /* --f32: the float path's values, %.9g, so each reads back as that float exactly */
    char *a3f[] = {"sh", "3", "--f32", NULL};
    r = run_cmd(1, "0.3 -1.25 2e-1\n-7 0.5 3\n", a3f);
    ck_assert_int_eq(r.rc, 0);
    {
        double p[6] = {0.3, -1.25, 2e-1, -7, 0.5, 3}, Y[16];
        float F[32];
        sph_eval_fast_f32(3, 2, p, SPH_POINT_MAJOR, F);
        char *s = r.out;
        for (int q = 0; q < 2; q++) {
            sph_eval(3, p + 3 * q, Y);
            for (int i = 0; i < 16; i++) {
                char *end;
                float v = strtof(s, &end);
                ck_assert(end != s);
                ck_assert_msg(v == F[16 * q + i], "point %d Y[%d] = %.9g", q, i, (double)v);
                ck_assert(fabs(v - Y[i]) <= 6e-8);
                ck_assert(*end == (i == 15 ? '\n' : ' '));
                s = end + 1;
            }
        }
        ck_assert(*s == '\0');
    }
    cmd_result_free(&r);
    char *axf[] = {"sh", "3", "--f32", "--exact", NULL};
    r = run_cmd(1, "1 2 3\n", axf);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "se3tc sh: --exact and --f32 cannot be combined\n");
    cmd_result_free(&r);

    /* --bench: timings of the fast forms and the exact path on random points, and differences */
    char *bn[] = {"sh", "4", "--bench", "100", "--repeat", "3", NULL};
    r = run_cmd(1, "", bn);
    ck_assert_int_eq(r.rc, 0);
    ck_assert_str_eq(r.err, "");
    ck_assert(strstr(r.out, "se3tc sh 4 --bench: 100 points, Y_0..Y_4 (25 values each), medians of 3 runs"));
    ck_assert(strstr(r.out, "\n  fast ") && strstr(r.out, "\n  exact ") && strstr(r.out, " ns/point cpu"));
    const char *forms[] = {"\n  fast-soa ", "\n  fast-f32 ", "\n  fast-f32-soa "};
    for (int k = 0; k < 3; k++) {
        const char *l = strstr(r.out, forms[k]), *e = l ? strstr(l, "largest |value - exact| = ") : NULL;
        ck_assert_msg(e && strtod(e + 26, NULL) <= (k ? 6e-8 : 1e-14), "no or bad line '%s'", forms[k]);
    }
    const char *d = strstr(r.out, "largest |fast - exact| = ");
    ck_assert(d && strtod(d + 25, NULL) <= 1e-14);
    cmd_result_free(&r);
    char *bb[] = {"sh", "4", "--bench", "0", NULL}, *br[] = {"sh", "4", "--bench", "10", "--repeat", "x", NULL};
    r = run_cmd(1, "", bb);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "se3tc sh: --bench needs a whole number from 1 to 100000000, got '0'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "", br);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.err, "se3tc sh: --repeat needs a whole number from 1 to 1000, got 'x'\n");
    cmd_result_free(&r);

    /* empty input: no output, success */
    r = run_cmd(1, "", a1);
    ck_assert_int_eq(r.rc, 0);
    ck_assert_str_eq(r.out, "");
    cmd_result_free(&r);

    /* a bad line: one message, nothing on stdout (not even the good lines before it) */
    r = run_cmd(1, "1 2 3\n\n1 2\n4 5 6\n", a1);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "se3tc sh: stdin:3: expected three numbers 'x y z'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "1 2 3 4\n", a1);
    ck_assert_str_eq(r.err, "se3tc sh: stdin:1: expected three numbers 'x y z'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "1 2 abc\n", a1);
    ck_assert_str_eq(r.err, "se3tc sh: stdin:1: expected three numbers 'x y z'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "1,2,3\n", a1);
    ck_assert_str_eq(r.err, "se3tc sh: stdin:1: expected three numbers 'x y z'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "0 0 1\n1 nan 0\n", a1);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "se3tc sh: stdin:2: coordinates must be finite\n");
    cmd_result_free(&r);

    /* arguments */
    char *b1[] = {"sh", "11", NULL}, *b2[] = {"sh", "-1", NULL}, *b3[] = {"sh", "x", NULL};
    char *b4[] = {"sh", NULL}, *b5[] = {"sh", "1", "2", NULL}, *b6[] = {"sh", "2.0", NULL};
    r = run_cmd(1, "0 0 1\n", b1);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "se3tc sh: LMAX must be an integer 0..10, got '11'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "0 0 1\n", b2);
    ck_assert_str_eq(r.err, "se3tc sh: LMAX must be an integer 0..10, got '-1'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "0 0 1\n", b3);
    ck_assert_str_eq(r.err, "se3tc sh: LMAX must be an integer 0..10, got 'x'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "0 0 1\n", b6);
    ck_assert_str_eq(r.err, "se3tc sh: LMAX must be an integer 0..10, got '2.0'\n");
    cmd_result_free(&r);
    r = run_cmd(1, "0 0 1\n", b4);
    ck_assert_int_eq(r.rc, 1);
    ck_assert_str_eq(r.err, "se3tc sh: expected one argument LMAX (usage: se3tc sh LMAX)\n");
    cmd_result_free(&r);
    r = run_cmd(1, "0 0 1\n", b5);
    ck_assert_str_eq(r.err, "se3tc sh: expected one argument LMAX (usage: se3tc sh LMAX)\n");
    cmd_result_free(&r);
    char *h[] = {"sh", "--help", NULL};
    r = run_cmd(1, "", h);
    ck_assert_int_eq(r.rc, 0);
    ck_assert(strncmp(r.out, "usage: se3tc sh LMAX\n", 21) == 0);
    ck_assert_str_eq(r.err, "");
    cmd_result_free(&r);
}
END_TEST

START_TEST(test_cmd_cg)
{
    char *a[] = {"cg", "1", "1", "0", NULL};
    cmd_result r = run_cmd(0, NULL, a);
    ck_assert_int_eq(r.rc, 0);
    ck_assert_str_eq(r.err, "");
    /* 1/sqrt3 correctly rounded (1.0 / sqrt(3.0) in double is one ulp above) */
    ck_assert_str_eq(r.out, "0.57735026918962573\n0\n0\n0\n0.57735026918962573\n0\n0\n0\n"
                            "0.57735026918962573\n");
    cmd_result_free(&r);

    char *a0[] = {"cg", "0", "0", "0", NULL};
    r = run_cmd(0, NULL, a0);
    ck_assert_str_eq(r.out, "1\n");
    cmd_result_free(&r);

    /* shape: (2L+1)(2K+1) lines of 2J+1 values equal to coupling_real() */
    char *a2[] = {"cg", "2", "1", "3", NULL};
    r = run_cmd(0, NULL, a2);
    ck_assert_int_eq(r.rc, 0);
    double C[105];
    coupling_real(2, 1, 3, C);
    char *p = r.out;
    for (int row = 0; row < 15; row++)
        for (int c = 0; c < 7; c++) {
            char *end;
            double v = strtod(p, &end);
            ck_assert(end != p && v == C[row * 7 + c]);
            ck_assert(*end == (c == 6 ? '\n' : ' '));
            p = end + 1;
        }
    ck_assert(*p == '\0');
    cmd_result_free(&r);

    struct {
        char *argv[6];
        const char *msg;
    } bad[] = {
        {{"cg", "1", "1", "3", NULL}, "se3tc cg: J=3 is outside |L-K|..L+K = 0..2 for L=1 K=1\n"},
        {{"cg", "3", "1", "1", NULL}, "se3tc cg: J=1 is outside |L-K|..L+K = 2..4 for L=3 K=1\n"},
        {{"cg", "-1", "1", "1", NULL}, "se3tc cg: degrees must be non-negative, got L=-1\n"},
        {{"cg", "1", "-2", "1", NULL}, "se3tc cg: degrees must be non-negative, got K=-2\n"},
        {{"cg", "1", "1", "-1", NULL}, "se3tc cg: degrees must be non-negative, got J=-1\n"},
        {{"cg", "11", "1", "10", NULL}, "se3tc cg: degrees must be at most 10, got L=11\n"},
        {{"cg", "1", "x", "1", NULL}, "se3tc cg: K must be an integer, got 'x'\n"},
        {{"cg", "1", "1", "", NULL}, "se3tc cg: J must be an integer, got ''\n"},
        {{"cg", "1", "1", NULL}, "se3tc cg: expected three arguments L K J (usage: se3tc cg L K J)\n"},
        {{"cg", "1", "1", "1", "1", NULL},
         "se3tc cg: expected three arguments L K J (usage: se3tc cg L K J)\n"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        r = run_cmd(0, NULL, bad[i].argv);
        ck_assert_int_eq(r.rc, 1);
        ck_assert_str_eq(r.out, "");
        ck_assert_str_eq(r.err, bad[i].msg);
        cmd_result_free(&r);
    }
    char *h[] = {"cg", "--help", NULL};
    r = run_cmd(0, NULL, h);
    ck_assert_int_eq(r.rc, 0);
    ck_assert(strncmp(r.out, "usage: se3tc cg L K J\n", 22) == 0);
    cmd_result_free(&r);
}
END_TEST

static Suite *suite_math(void)
{
    Suite *s = suite_create("math");
    struct {
        const char *name;
        const TTest *fn;
    } cases[] = {
        {"sph_closed_forms", test_sph_closed_forms},
        {"sph_poly_coefficients", test_sph_poly_coefficients},
        {"sph_legendre_reference", test_sph_legendre_reference},
        {"sph_orthonormal", test_sph_orthonormal},
        {"sph_zero_and_scale", test_sph_zero_and_scale},
        {"sph_fast_matches_exact", test_sph_fast_matches_exact},
        {"sph_fast_large", test_sph_fast_large},
        {"wigner_rotates_sph", test_wigner_rotates_sph},
        {"wigner_group", test_wigner_group},
        {"wigner_l1_and_euler", test_wigner_l1_and_euler},
        {"wigner_random_rotation", test_wigner_random_rotation},
        {"coupling_cg_values", test_coupling_cg_values},
        {"coupling_equivariant", test_coupling_equivariant},
        {"coupling_orthonormal_and_sign", test_coupling_orthonormal_and_sign},
        {"coupling_known", test_coupling_known},
        {"coupling_nnz_and_range", test_coupling_nnz_and_range},
        {"cmd_sh", test_cmd_sh},
        {"cmd_cg", test_cmd_cg},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 120);
        tcase_add_test(tc, cases[i].fn);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    Suite *suites[] = {suite_math(), NULL};
    return tu_run_suites(suites);
}
