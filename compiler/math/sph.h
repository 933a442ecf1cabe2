/* sph.h - real spherical harmonics as homogeneous polynomials (docs/math.md convention).
 * Part of the compile-time math (libse3math): the C/CUDA emitters print these coefficients as
 * literals in unrolled code, and sph_eval() is the reference the generated code is tested against. */
#ifndef SE3_SPH_H
#define SE3_SPH_H

#include <stddef.h>

#define SPH_LMAX 10                                   /* highest supported degree */
#define SPH_MAX_TERMS(l) (((l) + 1) * ((l) + 2) / 2)  /* monomials of degree l in x, y, z */
#define SPH_COUNT(lmax) (((lmax) + 1) * ((lmax) + 1)) /* values in Y_0..Y_lmax */

/* One monomial coef * x^px y^py z^pz of r^l Y_{l,m}(x/r). */
typedef struct sph_term {
    int px, py, pz; /* exponents, px + py + pz = l */
    double coef;    /* nonzero; exact up to the final rounding to double */
} sph_term;

/* Coefficients of r^l Y_{l,m}(x/r) = sum coef * x^px y^py z^pz for 0 <= l <= SPH_LMAX,
 * -l <= m <= l. Terms come in a fixed order (px descending, then py descending) and only nonzero
 * ones are listed. Writes at most max_terms terms and returns how many there are (so a return
 * above max_terms means the buffer was too small; SPH_MAX_TERMS(l) is always enough), or -1 when
 * l or m is out of range. */
int sph_poly(int l, int m, sph_term *terms, int max_terms);

/* All Y_0..Y_lmax (0 <= lmax <= SPH_LMAX) at the direction of xyz into out[l*l + (m + l)],
 * SPH_COUNT(lmax) values, evaluated from the sph_poly() coefficients at xyz/|xyz|. The zero
 * vector has no direction: it gives Y_0 = 1/sqrt(4 pi) and 0 for every l >= 1 (the average of
 * each Y_l over the sphere). Non-finite input gives NaN. An lmax out of range writes nothing. */
void sph_eval(int lmax, const double xyz[3], double *out);

/* The fast path of sph_eval() for n points xyz[3 * p + 0..2] into out[p * SPH_COUNT(lmax) + ...]
 * (the same order per point), in double, on blocks of 8 points in vector lanes (sph_fast.c,
 * generated at build time by gen/sph_gen.c): Y_l^m = N * Q_l^|m|(z) * Re or Im (x + iy)^|m|, the
 * z part by the three-term recurrence in l with literal constants, the same functions sph_poly()
 * expands. Agrees with sph_eval() to about 1e-15 (the direction, recurrence and products rounded
 * in double; tests/test_math.c checks 1e-14 for every degree); the zero vector gives what
 * sph_eval() gives, a point with a NaN or infinite component Y_0 and NaN for every l >= 1.
 * An lmax out of range writes nothing. No state: safe from any thread. */
void sph_eval_fast(int lmax, size_t n, const double *xyz, double *out);

/* Output layouts of the fast paths, for n points and NY = SPH_COUNT(lmax) values per point. */
typedef enum sph_layout {
    SPH_POINT_MAJOR = 0,    /* out[p * NY + i]: each point's NY values together (sph_eval_fast) */
    SPH_COMPONENT_MAJOR = 1 /* out[i * n + p]: each value's n points together (no transpose; fastest) */
} sph_layout;

/* sph_eval_fast() with a chosen layout (double), and the same as float: computed in double as
 * above and rounded once at the store, so each value is (float) of sph_eval_fast_f64's and within
 * 6e-8 (half a float ulp below 2; |Y| < 1.3 for l <= 10) of the exact one. Any other layout
 * value, like an lmax out of range, writes nothing. Point-major outputs of more than 8 MiB whose
 * address is a multiple of 16 bytes are written with streaming (non-temporal) stores on x86-64,
 * which bypass the caches: the same values, about twice the speed when the output is far larger
 * than the caches (a caller that reads it right away from a cache loses that). Component-major
 * rows are SPH_COUNT(lmax) separate store streams: with n a multiple of 512 they alias in the
 * cache, and above a few MB they are slower than point-major here (docs/perf.md); component-major
 * double output past 8 MiB with n even streams as well. */
void sph_eval_fast_f64(int lmax, size_t n, const double *xyz, sph_layout layout, double *out);
void sph_eval_fast_f32(int lmax, size_t n, const double *xyz, sph_layout layout, float *out);

#endif
