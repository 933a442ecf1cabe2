/* efspecs.h - the energy-model specs and the two-frame batch shared by test_energy.c (forces
 * against finite differences of the energy) and test_force_train.c (the force loss's weight
 * gradient against finite differences): one table, so both check the same layer kinds. Included
 * once per test program; everything here is static. */
#ifndef SE3_TESTS_EFSPECS_H
#define SE3_TESTS_EFSPECS_H

#include <stdint.h>

#include "se3rt_graph.h"
#include "se3rt_model.h"

/* Each spec starts with `input elem : 2x0 = species(H, O);` so node_in columns 0-1 are the
 * one-hot; ZCOL >= 0 marks a pos.z input at that column (file basis), filled from the
 * positions. Other input columns get fixed pseudo-random values. */
typedef struct espec {
    const char *text;
    int zcol;
} espec;

/* The specs both programs check, as initialisers of an espec array. */
#define EF_SPECS_COMMON \
    /* full graph: conv (sum, linear self), norm (layer), attentive selfint, sum pool, mlp */ \
    { "model ef_full { precision f64; graph full; radial(width=5, depth=1);\n" \
      "  input elem : 2x0 = species(H, O); input v : 1x1;\n" \
      "  conv c -> 3x0 + 2x1 + 1x2 (aggregate=sum); norm n (kind=layer);\n" \
      "  selfint s -> 3x0 + 1x1 (kind=attentive); conv d -> 3x0 (self=linear);\n" \
      "  pool p (op=sum); mlp h -> 1x0 (hidden=[4]);\n" \
      "  output e : 1x0 (kind=energy, reference={H = -0.5, O = -75.0}); }\n", -1 }, \
    /* knn: attention (heads, attentive self, cat skip) with relpos and product edge fields, \
     * norm (bias), gate, mean pool; a pos.z input (column 3) */ \
    { "model ef_knn { precision f64; graph knn(k=3); radial(width=4, depth=2);\n" \
      "  input elem : 2x0 = species(H, O); input q : 1x0; input z : 1x0 = pos.z;\n" \
      "  edge qq : 1x0 = q * q; edge rel : 1x1 = relpos;\n" \
      "  attention a -> 4x0 + 2x1 (heads=2, self=attentive, skip=cat); norm n (kind=bias);\n" \
      "  gate g -> 2x0 + 2x1 (act=silu); attention b -> 1x0 (skip=none, self=linear);\n" \
      "  pool p (op=mean); output e : 1x0 (kind=energy); }\n", 3 }, \
    /* radius: the shipped tiny_energy layers (conv, gate, attention, conv, sum pool, mlp) */ \
    { "model ef_radius { precision f64; graph radius(r=2.2); radial(width=6, depth=1);\n" \
      "  input elem : 2x0 = species(H, O);\n" \
      "  conv c1 -> 4x0 + 2x1; gate g1 -> 2x0 + 2x1 (act=tanh); attention a1 -> 3x0 + 1x1;\n" \
      "  conv c2 -> 2x0 (self=none, aggregate=mean); pool readout (op=sum);\n" \
      "  mlp head -> 1x0 (hidden=[4]); output energy : 1x0 (kind=energy, reference={O = 3}); }\n", -1 }, \
    /* radius with a cap: linear selfint with bias, max pool, gate relu */ \
    { "model ef_radius_max { precision f64; graph radius(r=2.5, max=3); radial(width=4, depth=1);\n" \
      "  input elem : 2x0 = species(H, O);\n" \
      "  conv c -> 3x0 + 1x1 + 1x2; gate g -> 1x0 + 1x1 + 1x2 (act=relu);\n" \
      "  selfint s -> 2x0 + 1x1 (kind=linear, bias=true); conv d -> 2x0;\n" \
      "  pool p (op=max); mlp h -> 1x0 (hidden=[3]); output e : 1x0 (kind=energy); }\n", -1 }, \
    /* given bonds: bond edge scalars, conv mean, sum pool */ \
    { "model ef_given { precision f64; graph given; radial(width=4, depth=1);\n" \
      "  input elem : 2x0 = species(H, O); edge b : 4x0 = bonds;\n" \
      "  conv c -> 2x0 + 2x1 (aggregate=mean); norm n; conv d -> 1x0;\n" \
      "  pool p (op=sum); output e : 1x0 (kind=energy); }\n", -1 },

/* Two frames (5 and 4 atoms) in a box of side 2.4: positions, species and bonds. */
#define NA 9
static const int32_t GP[3] = { 0, 5, 9 };
static const se3rt_bond BONDS[] = { { 0, 1, 1 }, { 1, 2, 2 }, { 2, 3, 1 }, { 3, 4, 4 }, { 0, 4, 1 },
                                    { 5, 6, 1 }, { 6, 7, 3 }, { 7, 8, 1 } };

static double ef_urand(uint64_t *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*s >> 11) * 0x1.0p-53;
}

static void ef_fill_inputs(const se3rt_model *m, const espec *sp, const double *pos, double *node_in)
{
    int d = se3rt_model_in_dim(m);
    uint64_t s = 99;
    for (int i = 0; i < NA; i++) {
        for (int k = 0; k < d; k++)
            node_in[i * d + k] = 2 * ef_urand(&s) - 1;
        node_in[i * d + 0] = i % 3 != 0;   /* H */
        node_in[i * d + 1] = i % 3 == 0;   /* O */
        if (sp->zcol >= 0)
            node_in[i * d + sp->zcol] = pos[3 * i + 2];
    }
}

/* Random positions of the NA atoms in the box (from the generator state *s) and their inputs
 * (ef_fill_inputs). */
static void ef_random_frames(const se3rt_model *m, const espec *sp, uint64_t *s, double *pos, double *node_in)
{
    for (int k = 0; k < 3 * NA; k++)
        pos[k] = 2.4 * ef_urand(s);
    ef_fill_inputs(m, sp, pos, node_in);
}

#endif
