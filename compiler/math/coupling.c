/* coupling.c - Clebsch-Gordan coefficients (Racah formula, exact integer sum) and the real coupling
 * tensors C^{lk}_J built from them by the complex-to-real change of basis of sph.c's harmonics.
 * Runs at model compile time; no tables, no state. */
#include "coupling.h"

#include <math.h>
#include <stdint.h>

static int coupling_args_ok(int l, int k, int J)
{
    if (l < 0 || k < 0 || J < 0)
        return 0;
    if (l > COUPLING_LMAX || k > COUPLING_LMAX || J > COUPLING_LMAX)
        return 0;
    return J >= (l > k ? l - k : k - l) && J <= l + k;
}

/* n! in long double: exact up to 25!, then within a few ulps (relative 1e-18). */
static long double coupling_factl(int n)
{
    long double f = 1.0L;
    for (int i = 2; i <= n; i++)
        f *= i;
    return f;
}

static int64_t coupling_binom(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    int64_t b = 1;
    for (int i = 1; i <= k; i++)
        b = b * (n - k + i) / i;
    return b;
}

/* <j1 m1 j2 m2 | J M> in long double. Racah's sum, with each pair of factorials in a denominator
 * folded into a binomial, becomes the integer
 *   S = sum_s (-1)^s C(A, s) C(B, j1-m1-s) C(D, j2+m2-s),  A = j1+j2-J, B = J+j1-j2, D = J+j2-j1,
 * and  CG^2 = S^2 (2J+1) (j1+m1)!(j1-m1)!(j2+m2)!(j2-m2)!(J+M)!(J-M)! / ((j1+j2+J+1)! A! B! D!).
 * Every term is below 2^24 for degrees up to 10, so S is exact; only the normalisation rounds. */
static long double coupling_cgl(int j1, int m1, int j2, int m2, int J, int M)
{
    if (m1 + m2 != M || m1 < -j1 || m1 > j1 || m2 < -j2 || m2 > j2 || M < -J || M > J)
        return 0.0L;
    int A = j1 + j2 - J, B = J + j1 - j2, D = J + j2 - j1;
    int64_t S = 0;
    for (int s = 0; s <= A; s++) {
        int64_t t = coupling_binom(A, s) * coupling_binom(B, j1 - m1 - s) *
                    coupling_binom(D, j2 + m2 - s);
        S += (s % 2) ? -t : t;
    }
    if (S == 0)
        return 0.0L;
    long double num = (2.0L * J + 1.0L) * coupling_factl(j1 + m1) * coupling_factl(j1 - m1) *
                      coupling_factl(j2 + m2) * coupling_factl(j2 - m2) * coupling_factl(J + M) *
                      coupling_factl(J - M);
    long double den = coupling_factl(j1 + j2 + J + 1) * coupling_factl(A) * coupling_factl(B) *
                      coupling_factl(D);
    return (long double)S * sqrtl(num / den);
}

double coupling_cg(int j1, int m1, int j2, int m2, int J, int M)
{
    if (j1 < 0 || j2 < 0 || J > COUPLING_LMAX || !coupling_args_ok(j1, j2, J))
        return 0.0;
    return (double)coupling_cgl(j1, m1, j2, m2, J, M);
}

/* Entry U[m][mu] of the unitary with Y_real = U Y_complex (docs/math.md):
 *   m > 0: Y_{l,m}  = ((-1)^m Y^m + Y^-m) / sqrt2
 *   m < 0: Y_{l,m}  = i (Y^m - (-1)^m Y^-m) / sqrt2     (m = -|m|)
 *   m = 0: Y_{l,0}  = Y^0.
 * Every entry is purely real or purely imaginary. */
static void coupling_u(int m, int mu, long double *re, long double *im)
{
    const long double h = 0.707106781186547524400844362104849039L; /* 1/sqrt(2) */
    long double sg = (m % 2) ? -1.0L : 1.0L;                       /* (-1)^m */
    *re = 0.0L;
    *im = 0.0L;
    if (m == 0)
        *re = mu == 0 ? 1.0L : 0.0L;
    else if (m > 0)
        *re = mu == m ? sg * h : mu == -m ? h : 0.0L;
    else
        *im = mu == m ? h : mu == -m ? -sg * h : 0.0L;
}

/* Raw (unscaled, unsigned) real entry [a, b, c] (a, b, c as m values) of
 *   sum_{alpha,beta,gamma} U_l[a][alpha] conj(U_k[b][beta]) conj(U_J[c][gamma])
 *                          <k beta J gamma | l alpha>,
 * the CG intertwiner V_k x V_J -> V_l written in the real bases. It is an invariant tensor in
 * V_l x V_k x V_J, so it is a single phase (1 or i, up to sign) times the real one; each U entry is
 * real or imaginary, so each entry here is exactly real or exactly imaginary and re + im is the
 * real tensor up to an overall sign. cg[(beta+k)*(2J+1) + gamma+J] holds the CG values. */
static long double coupling_entry(int k, int J, const long double *cg, int a, int b, int c)
{
    long double sre = 0.0L, sim = 0.0L;
    int nJ = 2 * J + 1;
    for (int sb = -1; sb <= 1; sb += 2) {
        int beta = sb * b;
        for (int sc = -1; sc <= 1; sc += 2) {
            int gamma = sc * c;
            int alpha = beta + gamma;
            if (alpha == a || alpha == -a) {
                long double ar, ai, br, bi, cr, ci;
                coupling_u(a, alpha, &ar, &ai);
                coupling_u(b, beta, &br, &bi);
                coupling_u(c, gamma, &cr, &ci);
                bi = -bi; /* conjugates */
                ci = -ci;
                long double pr = ar * br - ai * bi, pi = ar * bi + ai * br;
                long double qr = pr * cr - pi * ci, qi = pr * ci + pi * cr;
                long double g = cg[(beta + k) * nJ + gamma + J];
                sre += qr * g;
                sim += qi * g;
            }
            if (c == 0)
                break; /* gamma = 0 only once */
        }
        if (b == 0)
            break;
    }
    /* a = 0 has a single alpha; a != 0 pairs alpha = +-a, both reached above. */
    return sre + sim;
}

static void coupling_cg_table(int l, int k, int J, long double *cg)
{
    for (int beta = -k; beta <= k; beta++)
        for (int gamma = -J; gamma <= J; gamma++)
            cg[(beta + k) * (2 * J + 1) + gamma + J] = coupling_cgl(k, beta, J, gamma, l, beta + gamma);
}

/* Build C^{lk}_J: raw entries scaled by sqrt((2J+1)/(2l+1)) (the CG intertwiner has Frobenius
 * norm^2 = 2l+1, the orthonormal slices need 2J+1), tiny values forced to 0, then the sign rule. */
int coupling_real(int l, int k, int J, double *out)
{
    if (!coupling_args_ok(l, k, J))
        return -1;
    long double cg[(2 * COUPLING_LMAX + 1) * (2 * COUPLING_LMAX + 1)];
    coupling_cg_table(l, k, J, cg);
    long double scale = sqrtl((2.0L * J + 1.0L) / (2.0L * l + 1.0L));
    int nk = 2 * k + 1, nJ = 2 * J + 1;
    int flip = 0, seen = 0;
    for (int a = -l; a <= l; a++) {
        for (int b = -k; b <= k; b++) {
            for (int c = -J; c <= J; c++) {
                long double v = coupling_entry(k, J, cg, a, b, c) * scale;
                double d = fabsl(v) < 1e-15L ? 0.0 : (double)v; /* also turns -0 into 0 */
                if (!seen && fabs(d) > 1e-12) {
                    seen = 1;
                    flip = d < 0;
                }
                out[((a + l) * nk + b + k) * nJ + c + J] = d;
            }
        }
    }
    if (flip)
        for (int i = 0; i < COUPLING_SIZE(l, k, J); i++)
            if (out[i] != 0.0)
                out[i] = -out[i];
    return 0;
}

/* Memoised: the lowering asks once per (k, l, J) path of every layer, and a 1024-layer spec
 * would otherwise spend seconds of `se3tc check` recomputing the same few tables. */
int coupling_nnz(int l, int k, int J)
{
    static _Thread_local int memo[COUPLING_LMAX + 1][COUPLING_LMAX + 1][COUPLING_LMAX + 1]; /* n + 1; 0: unknown */
    if (!coupling_args_ok(l, k, J))
        return -1;
    if (memo[l][k][J])
        return memo[l][k][J] - 1;
    long double cg[(2 * COUPLING_LMAX + 1) * (2 * COUPLING_LMAX + 1)];
    coupling_cg_table(l, k, J, cg);
    long double scale = sqrtl((2.0L * J + 1.0L) / (2.0L * l + 1.0L));
    int n = 0;
    for (int a = -l; a <= l; a++)
        for (int b = -k; b <= k; b++)
            for (int c = -J; c <= J; c++)
                if (fabsl(coupling_entry(k, J, cg, a, b, c) * scale) > 1e-13L)
                    n++;
    memo[l][k][J] = n + 1;
    return n;
}
