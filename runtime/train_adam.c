/* train_adam.c - the element-wise Adam update, apart so that its build flags stay its own. */
#include <math.h>
#include <stdint.h>

#include "model_internal.h"

/* Adam's update of weights [0, n): two divisions and a square root per weight, which as
 * scalar code take about 4 ms a step for N-body's 890,000 weights (docs/perf.md, "Training
 * throughput"). The arrays never overlap (restrict), so the compiler runs the loop in vector
 * lanes; on x86-64 with GCC one clone per vector width, picked at load time. runtime/CMakeLists.txt
 * builds this file alone with -fno-math-errno (the square root's argument is never negative,
 * so it needs no errno and can take a vector instruction) and the dynamic vector cost model.
 * Division and square root are correctly rounded in every lane and C11 leaves products and
 * sums uncontracted, so every width gives the scalar loop's bits. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) && \
    !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
void rt_adam_update(int64_t n, double *restrict params, const double *restrict grad, double *restrict m,
                    double *restrict v, double lr, double b1, double ob1, double b2, double ob2, double c1,
                    double c2, double eps)
{
    for (int64_t k = 0; k < n; k++) {
        const double mk = b1 * m[k] + ob1 * grad[k], vk = b2 * v[k] + ob2 * grad[k] * grad[k];
        m[k] = mk;
        v[k] = vk;
        params[k] -= lr * (mk / c1) / (sqrt(vk / c2) + eps);
    }
}
