/* coupling.h - real coupling tensors C^{lk}_J (docs/math.md) from exact Clebsch-Gordan
 * coefficients. Part of the compile-time math (libse3math): the emitters print the nonzero entries
 * as literals and count them for the FLOP totals. */
#ifndef SE3_COUPLING_H
#define SE3_COUPLING_H

/* Highest degree accepted for each of l, k and J. 10 covers feature degrees up to 10 (models use
 * up to 4) and the edge harmonics they need (J <= 8); the integer Racah sums stay exact in int64
 * and the factorials (up to 31!) well inside long double. */
#define COUPLING_LMAX 10
/* Entries in C^{lk}_J. */
#define COUPLING_SIZE(l, k, J) ((2 * (l) + 1) * (2 * (k) + 1) * (2 * (J) + 1))

/* Complex Clebsch-Gordan coefficient <j1 m1 j2 m2 | J M> (Condon-Shortley phase), by Racah's
 * formula with an exact integer sum and one long double normalisation. 0 when M != m1 + m2 or the
 * arguments are out of range (|m| > j, J outside |j1-j2|..j1+j2, a degree outside 0..COUPLING_LMAX). */
double coupling_cg(int j1, int m1, int j2, int m2, int J, int M);

/* C^{lk}_J into out[(a * (2k+1) + b) * (2J+1) + c], COUPLING_SIZE(l, k, J) doubles, indices
 * a, b, c running over m = -l..l, -k..k, -J..J of the real harmonics. The map
 * (u in V_k, y in V_J) -> sum_{b,c} C[., b, c] u_b y_c is equivariant, and the 2J+1 slices
 * C[., ., c] are orthonormal. Sign: the first entry (row-major) with |v| > 1e-12 is positive.
 * Structural zeros are exactly 0.0. Returns 0, or -1 (out untouched) when a degree is negative
 * or above COUPLING_LMAX, or J is outside |l-k|..l+k. */
int coupling_real(int l, int k, int J, double *out);

/* Number of entries of C^{lk}_J with |v| > 1e-13 (the terms generated code multiplies), or -1
 * for arguments coupling_real() rejects. */
int coupling_nnz(int l, int k, int J);

#endif
