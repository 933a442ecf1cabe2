/* sph.c - real spherical harmonics r^l Y_{l,m} as homogeneous polynomials with exact integer
 * coefficients times one normalisation sqrt computed in long double (docs/math.md convention).
 * Runs when se3tc compiles a model: the emitters print the coefficients, tests use sph_eval(). */
#include "sph.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

static const long double SPH_PI = 3.141592653589793238462643383279502884L;

/* n! for 0 <= n <= 20, exact in int64. */
static int64_t sph_fact(int n)
{
    int64_t f = 1;
    for (int i = 2; i <= n; i++)
        f *= i;
    return f;
}

static int64_t sph_binom(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    int64_t b = 1;
    for (int i = 1; i <= k; i++)
        b = b * (n - k + i) / i; /* exact: b * (n-k+i) is i * C(n-k+i, i) */
    return b;
}

/* Integer polynomial P with r^l Y_{l,m} = norm(l, m) * P, in cell[px * (l+1) + py]
 * (pz = l - px - py). With mu = |m|, r^l times the mu-th derivative of the Legendre polynomial
 * P_l at z/r, times (sin t)^mu, is (Rodrigues, then written in z and r^2)
 *   2^-l sum_k (-1)^k C(l,k) C(2l-2k,l) (l-2k)!/(l-2k-mu)! r^2k z^(l-2k-mu)  *  (x^2+y^2)^(mu/2),
 * and (x^2+y^2)^(mu/2) (cos, sin)(mu phi) = (Re, Im) (x+iy)^mu. So P is the sum without 2^-l,
 * times Re (x+iy)^mu for m > 0, Im (x+iy)^mu for m < 0, 1 for m = 0. The convention's (-1)^m
 * cancels the Condon-Shortley phase, so no other sign appears. Exact in int64 for l <= 10
 * (largest coefficient 1.7e14 at l = 10). */
static void sph_poly_int(int l, int m, int64_t *cell)
{
    int mu = m < 0 ? -m : m;
    int n = l + 1;
    memset(cell, 0, sizeof(int64_t) * (size_t)n * (size_t)n);
    for (int k = 0; 2 * k <= l - mu; k++) {
        int64_t a = sph_binom(l, k) * sph_binom(2 * l - 2 * k, l) * sph_fact(l - 2 * k) /
                    sph_fact(l - 2 * k - mu);
        if (k % 2)
            a = -a;
        /* r^2k = sum k!/(i! j! h!) x^2i y^2j z^2h */
        for (int i = 0; i <= k; i++) {
            for (int j = 0; i + j <= k; j++) {
                int h = k - i - j;
                int64_t c = a * (sph_fact(k) / (sph_fact(i) * sph_fact(j) * sph_fact(h)));
                /* (x+iy)^mu = sum_t C(mu,t) x^(mu-t) (iy)^t; i^t is real for even t, imaginary
                 * for odd t; keep the part this m asks for. */
                for (int t = 0; t <= mu; t++) {
                    int want_odd = m < 0;
                    if (m == 0 && t > 0)
                        break;
                    if (m != 0 && (t % 2) != want_odd)
                        continue;
                    int64_t s = ((t / 2) % 2) ? -1 : 1; /* i^t = (-1)^(t/2) (times i if odd) */
                    int px = 2 * i + mu - t, py = 2 * j + t;
                    cell[px * n + py] += s * c * sph_binom(mu, t);
                }
            }
        }
    }
}

/* sqrt((2l+1)/(4 pi) * (l-mu)!/(l+mu)! * (2 if m != 0)) / 2^l, in long double. */
static long double sph_norm(int l, int m)
{
    int mu = m < 0 ? -m : m;
    long double num = (long double)(2 * l + 1) * (long double)sph_fact(l - mu) * (m ? 2.0L : 1.0L);
    long double den = 4.0L * SPH_PI * (long double)sph_fact(l + mu);
    return sqrtl(num / den) / ldexpl(1.0L, l);
}

int sph_poly(int l, int m, sph_term *terms, int max_terms)
{
    if (l < 0 || l > SPH_LMAX || m < -l || m > l)
        return -1;
    int64_t cell[(SPH_LMAX + 1) * (SPH_LMAX + 1)];
    sph_poly_int(l, m, cell);
    long double norm = sph_norm(l, m);
    int n = l + 1, count = 0;
    for (int px = l; px >= 0; px--) {
        for (int py = l - px; py >= 0; py--) {
            int64_t c = cell[px * n + py];
            if (c == 0)
                continue;
            if (count < max_terms) {
                terms[count].px = px;
                terms[count].py = py;
                terms[count].pz = l - px - py;
                terms[count].coef = (double)((long double)c * norm);
            }
            count++;
        }
    }
    return count;
}

void sph_eval(int lmax, const double xyz[3], double *out)
{
    if (lmax < 0 || lmax > SPH_LMAX)
        return;
    long double r = sqrtl((long double)xyz[0] * xyz[0] + (long double)xyz[1] * xyz[1] +
                          (long double)xyz[2] * xyz[2]);
    if (r == 0.0L) {
        out[0] = (double)(1.0L / sqrtl(4.0L * SPH_PI));
        for (int i = 1; i < SPH_COUNT(lmax); i++)
            out[i] = 0.0;
        return;
    }
    /* Powers of the unit vector's components, then each polynomial summed in long double. */
    long double pw[3][SPH_LMAX + 1];
    for (int d = 0; d < 3; d++) {
        pw[d][0] = 1.0L;
        for (int e = 1; e <= lmax; e++)
            pw[d][e] = pw[d][e - 1] * ((long double)xyz[d] / r);
    }
    sph_term terms[SPH_MAX_TERMS(SPH_LMAX)];
    for (int l = 0; l <= lmax; l++) {
        for (int m = -l; m <= l; m++) {
            int nt = sph_poly(l, m, terms, SPH_MAX_TERMS(SPH_LMAX));
            long double s = 0.0L;
            for (int t = 0; t < nt; t++)
                s += terms[t].coef * pw[0][terms[t].px] * pw[1][terms[t].py] * pw[2][terms[t].pz];
            out[l * l + m + l] = (double)s;
        }
    }
}
