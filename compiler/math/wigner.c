/* wigner.c - real Wigner D matrices from ZYZ Euler angles: complex D from Wigner's small-d sum in
 * long double, then the complex-to-real change of basis of docs/math.md (written out here again,
 * not taken from sph.c or coupling.c, so tests compare independent constructions). */
#include "wigner.h"

#include <math.h>

static const long double WIGNER_PI = 3.141592653589793238462643383279502884L;

static long double wigner_factl(int n)
{
    long double f = 1.0L;
    for (int i = 2; i <= n; i++)
        f *= i;
    return f; /* exact for n <= 20 */
}

/* Wigner's formula for d^l_{m'm}(beta):
 *   sum_s (-1)^(m'-m+s) sqrt((l+m')!(l-m')!(l+m)!(l-m)!) / ((l+m-s)! s! (m'-m+s)! (l-m'-s)!)
 *         cos(beta/2)^(2l+m-m'-2s) sin(beta/2)^(m'-m+2s).
 * Terms reach ~6e4 at l = 10 and cancel; long double keeps the result near 1e-15. */
static long double wigner_small_d(int l, int mp, int m, long double c, long double s)
{
    long double pre = sqrtl(wigner_factl(l + mp) * wigner_factl(l - mp) * wigner_factl(l + m) *
                            wigner_factl(l - m));
    long double sum = 0.0L;
    for (int k = 0; k <= 2 * l; k++) {
        if (l + m - k < 0 || mp - m + k < 0 || l - mp - k < 0)
            continue;
        long double t = pre / (wigner_factl(l + m - k) * wigner_factl(k) * wigner_factl(mp - m + k) *
                               wigner_factl(l - mp - k));
        t *= powl(c, 2 * l + m - mp - 2 * k) * powl(s, mp - m + 2 * k);
        sum += ((mp - m + k) % 2) ? -t : t;
    }
    return sum;
}

/* Row m of the unitary U with Y_real = U Y_complex: (mu, value) pairs, value = re + i im.
 *   m > 0: ((-1)^m Y^m + Y^-m)/sqrt2;  m < 0: i (Y^m - (-1)^m Y^-m)/sqrt2;  m = 0: Y^0. */
static int wigner_u_row(int m, int mu[2], long double re[2], long double im[2])
{
    const long double h = 0.707106781186547524400844362104849039L;
    long double sg = (m % 2) ? -1.0L : 1.0L;
    if (m == 0) {
        mu[0] = 0, re[0] = 1.0L, im[0] = 0.0L;
        return 1;
    }
    if (m > 0) {
        mu[0] = m, re[0] = sg * h, im[0] = 0.0L;
        mu[1] = -m, re[1] = h, im[1] = 0.0L;
    } else {
        mu[0] = m, re[0] = 0.0L, im[0] = h;
        mu[1] = -m, re[1] = 0.0L, im[1] = -sg * h;
    }
    return 2;
}

/* Real D_l for R = Rz(a) Ry(b) Rz(g), in long double. With the standard complex
 * Dc_{m'm} = e^{-i m' a} d_{m'm}(b) e^{-i m g} (acting on kets, functions rotated as f(R^-1 x)),
 * the vector of complex harmonics obeys Y_c(R x) = conj(Dc) Y_c(x), so D = U conj(Dc) U^H. */
static void wigner_real_euler_l(int l, long double a, long double b, long double g, long double *D)
{
    int n = 2 * l + 1;
    long double c = cosl(b / 2), s = sinl(b / 2);
    for (int p = -l; p <= l; p++) {
        int mu[2], nmu;
        long double ur[2], ui[2];
        nmu = wigner_u_row(p, mu, ur, ui);
        for (int q = -l; q <= l; q++) {
            int nu[2], nnu;
            long double vr[2], vi[2];
            nnu = wigner_u_row(q, nu, vr, vi);
            long double sre = 0.0L; /* the imaginary part cancels: D is real */
            for (int i = 0; i < nmu; i++) {
                for (int j = 0; j < nnu; j++) {
                    /* conj(Dc[mu][nu]) = d e^{i (mu a + nu g)} */
                    long double d = wigner_small_d(l, mu[i], nu[j], c, s);
                    long double ph = mu[i] * a + nu[j] * g;
                    long double er = d * cosl(ph), ei = d * sinl(ph);
                    /* U[p][mu] * conj(Dc) * conj(U[q][nu]) */
                    long double xr = ur[i] * er - ui[i] * ei, xi = ur[i] * ei + ui[i] * er;
                    long double yr = vr[j], yi = -vi[j];
                    sre += xr * yr - xi * yi;
                }
            }
            D[(p + l) * n + q + l] = sre;
        }
    }
}

void wigner_real_euler(int l, double alpha, double beta, double gamma, double *D)
{
    if (l < 0 || l > WIGNER_LMAX)
        return;
    long double tmp[(2 * WIGNER_LMAX + 1) * (2 * WIGNER_LMAX + 1)];
    wigner_real_euler_l(l, alpha, beta, gamma, tmp);
    for (int i = 0; i < (2 * l + 1) * (2 * l + 1); i++)
        D[i] = (double)tmp[i];
}

void wigner_euler_to_matrix(double alpha, double beta, double gamma, double R[9])
{
    double ca = cos(alpha), sa = sin(alpha), cb = cos(beta), sb = sin(beta);
    double cg = cos(gamma), sg = sin(gamma);
    R[0] = ca * cb * cg - sa * sg, R[1] = -ca * cb * sg - sa * cg, R[2] = ca * sb;
    R[3] = sa * cb * cg + ca * sg, R[4] = -sa * cb * sg + ca * cg, R[5] = sa * sb;
    R[6] = -sb * cg, R[7] = sb * sg, R[8] = cb;
}

/* ZYZ angles of R. Only called with |R22| <= 1/sqrt2, so sin(beta) >= 1/sqrt2 and alpha, gamma
 * come from well-conditioned atan2 calls. */
static void wigner_matrix_to_euler(const long double R[9], long double *a, long double *b,
                                   long double *g)
{
    *a = atan2l(R[5], R[2]);
    *b = atan2l(sqrtl(R[2] * R[2] + R[5] * R[5]), R[8]);
    *g = atan2l(R[7], -R[6]);
}

/* For |R22| > 1/sqrt2 (beta near 0 or pi, where the Euler angles are ill-conditioned) write
 * R = R' Q with Q = Rx(pi/2) = Rz(-pi/2) Ry(pi/2) Rz(pi/2); then R'22 = R21, which is at most
 * 1/sqrt2 in size, and D(R) = D(R') D(Q). */
void wigner_real(int l, const double R[9], double *D)
{
    if (l < 0 || l > WIGNER_LMAX)
        return;
    int n = 2 * l + 1;
    if (l == 0) {
        D[0] = 1.0;
        return;
    }
    if (l == 1) {
        static const int p[3] = {1, 2, 0}; /* (y, z, x) */
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                D[i * 3 + j] = R[p[i] * 3 + p[j]];
        return;
    }
    long double Rl[9], a, b, g;
    long double A[(2 * WIGNER_LMAX + 1) * (2 * WIGNER_LMAX + 1)];
    for (int i = 0; i < 9; i++)
        Rl[i] = R[i];
    if (fabsl(Rl[8]) <= 0.70710678118654752440L) {
        wigner_matrix_to_euler(Rl, &a, &b, &g);
        wigner_real_euler_l(l, a, b, g, A);
        for (int i = 0; i < n * n; i++)
            D[i] = (double)A[i];
        return;
    }
    /* R' = R Q^T; Q = [[1,0,0],[0,0,-1],[0,1,0]], so R' columns: (R col0, -R col2, R col1). */
    long double Rp[9], B[(2 * WIGNER_LMAX + 1) * (2 * WIGNER_LMAX + 1)];
    for (int i = 0; i < 3; i++) {
        Rp[i * 3 + 0] = Rl[i * 3 + 0];
        Rp[i * 3 + 1] = -Rl[i * 3 + 2];
        Rp[i * 3 + 2] = Rl[i * 3 + 1];
    }
    wigner_matrix_to_euler(Rp, &a, &b, &g);
    wigner_real_euler_l(l, a, b, g, A);
    wigner_real_euler_l(l, -WIGNER_PI / 2, WIGNER_PI / 2, WIGNER_PI / 2, B);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            long double s = 0.0L;
            for (int k = 0; k < n; k++)
                s += A[i * n + k] * B[k * n + j];
            D[i * n + j] = (double)s;
        }
    }
}

uint64_t wigner_rng_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double wigner_rng_uniform(uint64_t *state)
{
    return (double)(wigner_rng_next(state) >> 11) * 0x1.0p-53;
}

/* Shoemake: u1, u2, u3 uniform give a unit quaternion uniform on S^3, hence R uniform (Haar) on
 * SO(3). */
void wigner_random_rotation(uint64_t *state, double R[9])
{
    const double two_pi = 6.283185307179586476925286766559;
    double u1 = wigner_rng_uniform(state), u2 = wigner_rng_uniform(state);
    double u3 = wigner_rng_uniform(state);
    double s1 = sqrt(1.0 - u1), s2 = sqrt(u1);
    double x = s1 * sin(two_pi * u2), y = s1 * cos(two_pi * u2);
    double z = s2 * sin(two_pi * u3), w = s2 * cos(two_pi * u3);
    double nrm = sqrt(w * w + x * x + y * y + z * z);
    w /= nrm, x /= nrm, y /= nrm, z /= nrm;
    R[0] = 1 - 2 * (y * y + z * z), R[1] = 2 * (x * y - w * z), R[2] = 2 * (x * z + w * y);
    R[3] = 2 * (x * y + w * z), R[4] = 1 - 2 * (x * x + z * z), R[5] = 2 * (y * z - w * x);
    R[6] = 2 * (x * z - w * y), R[7] = 2 * (y * z + w * x), R[8] = 1 - 2 * (x * x + y * y);
}
