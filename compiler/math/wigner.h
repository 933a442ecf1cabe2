/* wigner.h - real Wigner D matrices D_l(R) with Y_l(R x) = D_l(R) Y_l(x) (docs/math.md), built
 * from Euler angles and Wigner's small-d formula, independently of sph.c; plus uniform random
 * rotations from a caller-held PRNG state. Used by the math tests and the equivariance harness. */
#ifndef SE3_WIGNER_H
#define SE3_WIGNER_H

#include <stdint.h>

#define WIGNER_LMAX 10 /* highest degree wigner_real() accepts */

/* D_l(R) into D[(2l+1)*(2l+1)] row-major, rows and columns m = -l..l of the real harmonics, for a
 * rotation R (row-major 3x3, orthogonal with det +1 to ~1e-13). l = 0 gives 1; l = 1 gives R
 * permuted to the (y, z, x) order exactly. Accuracy ~1e-15 for l <= WIGNER_LMAX; an l outside
 * 0..WIGNER_LMAX writes nothing. */
void wigner_real(int l, const double R[9], double *D);

/* D_l of R = Rz(alpha) Ry(beta) Rz(gamma) (active rotations, angles in radians). */
void wigner_real_euler(int l, double alpha, double beta, double gamma, double *D);

/* The rotation matrix Rz(alpha) Ry(beta) Rz(gamma), row-major. */
void wigner_euler_to_matrix(double alpha, double beta, double gamma, double R[9]);

/* splitmix64: next 64 random bits; *state is the whole generator (any seed works). */
uint64_t wigner_rng_next(uint64_t *state);
/* Uniform double in [0, 1) with 53 random bits. */
double wigner_rng_uniform(uint64_t *state);
/* A rotation uniform on SO(3) (Shoemake's uniform unit quaternion), row-major. */
void wigner_random_rotation(uint64_t *state, double R[9]);

#endif
