/* test_periodic.c - periodic cells (docs/graphs.md, "Periodic cells"): the periodic knn and
 * radius builders on cells with known neighbour shells, a crystal against its 2x2x2 supercell
 * (identical per-atom outputs, energies x 8, identical forces), translation across the cell
 * faces, forces and stress against finite differences of the energy in f64 (cells smaller than
 * the cut-off, a triclinic cell, a slab periodic in two directions), the extended-XYZ cell
 * and `se3tc run` writing stress. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "se3rt_graph.h"
#include "se3rt_io.h"
#include "se3rt_model.h"
#include "testmodel.h"
#include "testutil.h"

#define SPECS SE3_SOURCE_DIR "/specs/"

static char g_work[4096], g_cache[4096];

/* ---- graphs ---------------------------------------------------------------------------- */

START_TEST(test_graph_shells)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    const double cubic[9] = { 1, 0, 0, 0, 1, 0, 0, 0, 1 }, x[3] = { 0.3, -2.6, 7.1 };   /* outside the cell */
    const int32_t all[3] = { 1, 1, 1 }, one[3] = { 1, 0, 0 };
    se3rt_graph *g = NULL;
    /* one atom, simple cubic: 6 images at 1, 12 at sqrt 2 */
    se3rt_graph_spec rad = { SE3RT_GRAPH_RADIUS, 0, 1.5 };
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &rad, x, 1, cubic, all, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 18);
    ck_assert_ptr_nonnull(g->shift);
    for (int64_t e = 0; e < g->nedges; e++) {
        int s2 = 0;
        for (int k = 0; k < 3; k++)
            s2 += g->shift[3 * e + k] * g->shift[3 * e + k];
        ck_assert(s2 == 1 || s2 == 2);
        ck_assert_int_eq(g->src[e], 0);
    }
    se3rt_graph_free(ctx, g);
    se3rt_graph_spec knn = { SE3RT_GRAPH_KNN, 6, 0 };
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &knn, x, 1, cubic, all, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 6);
    se3rt_graph_free(ctx, g);
    /* periodic along a only: the two images at +-a */
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &rad, x, 1, cubic, one, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 2);
    ck_assert_int_eq(g->shift[0], -1);
    ck_assert_int_eq(g->shift[3], 1);
    ck_assert_int_eq(g->shift[1] | g->shift[2] | g->shift[4] | g->shift[5], 0);
    se3rt_graph_free(ctx, g);
    /* cap: radius 1.5 max 6 keeps the first shell */
    se3rt_graph_spec cap = { SE3RT_GRAPH_RADIUS, 6, 1.5 };
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &cap, x, 1, cubic, all, &g), SE3RT_OK);
    ck_assert_int_eq(g->nedges, 6);
    se3rt_graph_free(ctx, g);
    /* errors */
    se3rt_graph_spec full = { SE3RT_GRAPH_FULL, 0, 0 };
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &full, x, 1, cubic, all, &g), SE3RT_ERR_INVALID);
    ck_assert_str_eq(se3rt_errmsg(ctx), "graph full cannot be periodic (a periodic cell needs graph knn or radius)");
    const double flat[9] = { 1, 0, 0, 0, 1, 0, 1, 1, 0 };
    ck_assert_int_eq(se3rt_graph_new_periodic(ctx, &rad, x, 1, flat, all, &g), SE3RT_ERR_INVALID);
    ck_assert_ptr_nonnull(strstr(se3rt_errmsg(ctx), "linearly dependent"));
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- models ---------------------------------------------------------------------------- */

/* Per-atom outputs and an energy, on a radius graph whose cut-off exceeds the cell. */
static const char *const PER_ATOM =
    "model pa { precision f64; graph radius(r=2.3); radial(width=5, depth=1);\n"
    "  input elem : 2x0 = species(H, O); edge rel : 1x1 = relpos;\n"
    "  conv c -> 3x0 + 2x1 (aggregate=sum); gate g -> 1x0 + 2x1; attention a -> 2x0 + 1x1 (heads=1);\n"
    "  output s : 2x0; output v : 1x1; }\n";
static const char *const ENERGY_R =
    "model er { precision f64; graph radius(r=2.3); radial(width=5, depth=1);\n"
    "  input elem : 2x0 = species(H, O);\n"
    "  conv c -> 3x0 + 2x1; gate g -> 1x0 + 2x1; attention a -> 2x0 + 1x1; norm n; conv d -> 1x0;\n"
    "  pool p (op=sum); output e : 1x0 (kind=energy, reference={O = -2}); }\n";
static const char *const ENERGY_K =
    "model ek { precision f64; graph knn(k=7); radial(width=4, depth=1);\n"
    "  input elem : 2x0 = species(H, O); edge rel : 1x1 = relpos;\n"
    "  conv c -> 2x0 + 1x1 + 1x2; selfint s -> 2x0 + 1x1 (kind=attentive); conv d -> 3x0;\n"
    "  mlp h -> 1x0 (hidden=[3]); pool p (op=sum); output e : 1x0 (kind=energy); }\n";

static se3rt_model *load(se3rt_ctx *ctx, const char *text)
{
    return tm_load_grad(ctx, "p.spec", text, 11);
}

/* A triclinic crystal of 3 atoms (O, H, H) in a cell smaller than the cut-off. */
#define NU 3
static const double CELL[9] = { 1.9, 0, 0, 0.35, 1.7, 0, -0.2, 0.3, 1.8 };
static const double FRAC[NU][3] = { { 0.1, 0.2, 0.3 }, { 0.55, 0.35, 0.7 }, { 0.8, 0.9, 0.15 } };

typedef struct crystal {
    int n;
    double cell[9], pos[3 * 8 * NU], in[2 * 8 * NU];
    int32_t pbc[3], gp[2];
} crystal;

/* The crystal repeated rep x rep x rep times (atom u of copy q at index q * NU + u). */
static void make_crystal(crystal *c, int rep)
{
    memset(c, 0, sizeof *c);
    for (int k = 0; k < 9; k++)
        c->cell[k] = CELL[k] * rep;
    c->pbc[0] = c->pbc[1] = c->pbc[2] = 1;
    int q = 0;
    for (int i = 0; i < rep; i++)
        for (int j = 0; j < rep; j++)
            for (int l = 0; l < rep; l++, q++)
                for (int u = 0; u < NU; u++) {
                    int a = q * NU + u;
                    double f[3] = { FRAC[u][0] + i, FRAC[u][1] + j, FRAC[u][2] + l };
                    for (int d = 0; d < 3; d++)
                        c->pos[3 * a + d] = f[0] * CELL[d] + f[1] * CELL[3 + d] + f[2] * CELL[6 + d];
                    c->in[2 * a + (u == 0)] = 1;   /* column 0 H, column 1 O */
                }
    c->n = q * NU;
    c->gp[0] = 0;
    c->gp[1] = c->n;
}

static se3rt_batch crystal_batch(const crystal *c)
{
    return (se3rt_batch){ .n_graphs = 1, .graph_ptr = c->gp, .pos = c->pos, .node_in = c->in, .cell = c->cell,
                          .pbc = c->pbc };
}

START_TEST(test_supercell_per_atom)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, PER_ATOM);
    const int od = se3rt_model_out_dim(m);
    static crystal u, s;
    make_crystal(&u, 1);
    make_crystal(&s, 2);
    double ou[NU * 16], os[8 * NU * 16];
    ck_assert_int_le(od, 16);
    se3rt_batch bu = crystal_batch(&u), bs = crystal_batch(&s);
    ck_assert_msg(se3rt_model_forward(m, &bu, ou) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(se3rt_model_forward(m, &bs, os) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    double big = 0;
    for (int a = 0; a < s.n; a++)
        for (int k = 0; k < od; k++) {
            double want = ou[(a % NU) * od + k];
            big = fmax(big, fabs(want));
            ck_assert_msg(fabs(os[a * od + k] - want) <= 1e-10 * (1 + fabs(want)), "atom %d output %d: %.15g vs %.15g",
                          a, k, os[a * od + k], want);
        }
    ck_assert(big > 1e-6);
    /* every atom moved by t, and two of them wrapped back across a face: nothing changes */
    const double t[3] = { 0.83, -1.37, 2.21 };
    crystal w = u;
    for (int a = 0; a < u.n; a++)
        for (int d = 0; d < 3; d++)
            w.pos[3 * a + d] += t[d] - (a == 1 ? CELL[d] : 0) + (a == 2 ? 2 * CELL[6 + d] - CELL[3 + d] : 0);
    double ow[NU * 16];
    se3rt_batch bw = crystal_batch(&w);
    ck_assert_int_eq(se3rt_model_forward(m, &bw, ow), SE3RT_OK);
    for (int k = 0; k < u.n * od; k++)
        ck_assert_msg(fabs(ow[k] - ou[k]) <= 1e-10 * (1 + fabs(ou[k])), "translated output %d: %.15g vs %.15g", k,
                      ow[k], ou[k]);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

START_TEST(test_supercell_energy_forces)
{
    const char *spec = _i == 0 ? ENERGY_R : ENERGY_K;
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, spec);
    static crystal u, s;
    make_crystal(&u, 1);
    make_crystal(&s, 2);
    double eu, es, fu[3 * NU], fs[3 * 8 * NU], su[9], ss[9];
    se3rt_batch bu = crystal_batch(&u), bs = crystal_batch(&s);
    ck_assert_msg(se3rt_model_energy_forces_stress(m, &bu, &eu, fu, su) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(se3rt_model_energy_forces_stress(m, &bs, &es, fs, ss) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    ck_assert_msg(fabs(es - 8 * eu) <= 1e-10 * fabs(es), "supercell energy %.15g, 8 x cell %.15g", es, 8 * eu);
    for (int a = 0; a < s.n; a++)
        for (int d = 0; d < 3; d++)
            ck_assert_msg(fabs(fs[3 * a + d] - fu[3 * (a % NU) + d]) <= 1e-9, "atom %d force %d: %.15g vs %.15g", a, d,
                          fs[3 * a + d], fu[3 * (a % NU) + d]);
    for (int k = 0; k < 9; k++)   /* intensive */
        ck_assert_msg(fabs(ss[k] - su[k]) <= 1e-9 * (1 + fabs(su[k])), "stress %d: %.15g vs %.15g", k, ss[k], su[k]);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

static double energy_of(se3rt_model *m, const crystal *c)
{
    se3rt_batch b = crystal_batch(c);
    double e;
    ck_assert_int_eq(se3rt_model_forward(m, &b, &e), SE3RT_OK);
    return e;
}

/* Forces and stress against central differences of the energy (h = 1e-5): positions, and a
 * strain eps applied to the cell and the positions alike (x -> (1 + eps) x). _i: 0 radius,
 * 1 knn, 2 radius on a slab (periodic along a and b, open along c). */
START_TEST(test_forces_stress_fd)
{
    const char *spec = _i == 1 ? ENERGY_K : ENERGY_R;
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    se3rt_model *m = load(ctx, spec);
    static crystal c;
    make_crystal(&c, 1);
    /* jiggle so no forces vanish by symmetry */
    for (int k = 0; k < 3 * c.n; k++)
        c.pos[k] += 0.05 * sin(3.0 * k + 1);
    if (_i == 2)
        c.pbc[2] = 0;
    double e, f[3 * NU], st[9];
    se3rt_batch b = crystal_batch(&c);
    ck_assert_msg(se3rt_model_energy_forces_stress(m, &b, &e, f, st) == SE3RT_OK, "%s", se3rt_errmsg(ctx));
    const double h = 1e-5;
    double fbig = 0;
    for (int k = 0; k < 3 * c.n; k++) {
        double x = c.pos[k];
        c.pos[k] = x + h;
        double ep = energy_of(m, &c);
        c.pos[k] = x - h;
        double em = energy_of(m, &c);
        c.pos[k] = x;
        double fd = -(ep - em) / (2 * h);
        fbig = fmax(fbig, fabs(fd));
        ck_assert_msg(fabs(fd - f[k]) <= 1e-6 * (1 + fabs(fd)), "force %d: backward %.12g, differences %.12g", k, f[k], fd);
    }
    ck_assert(fbig > 1e-5);
    const double *c0 = c.cell;
    double vol = fabs(c0[0] * (c0[4] * c0[8] - c0[5] * c0[7]) - c0[1] * (c0[3] * c0[8] - c0[5] * c0[6]) +
                      c0[2] * (c0[3] * c0[7] - c0[4] * c0[6]));
    double smax = 0;
    for (int a = 0; a < 3; a++)
        for (int bb = 0; bb < 3; bb++) {
            double ev[2];
            for (int sgn = 0; sgn < 2; sgn++) {
                crystal d = c;
                double eps = sgn ? -h : h;
                /* x_a -> x_a + eps x_b for every position and lattice vector */
                for (int i = 0; i < d.n; i++)
                    d.pos[3 * i + a] += eps * c.pos[3 * i + bb];
                for (int v = 0; v < 3; v++)
                    d.cell[3 * v + a] += eps * c.cell[3 * v + bb];
                ev[sgn] = energy_of(m, &d);
            }
            double fd = (ev[0] - ev[1]) / (2 * h) / vol;
            smax = fmax(smax, fabs(fd));
            ck_assert_msg(fabs(fd - st[3 * a + bb]) <= 1e-6 * (1 + fabs(fd)), "stress %d%d: virial %.12g, differences "
                          "%.12g", a, bb, st[3 * a + bb], fd);
        }
    ck_assert(smax > 1e-6);
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
}
END_TEST

/* ---- files and the command --------------------------------------------------------------- */

START_TEST(test_extxyz_cell)
{
    se3rt_ctx *ctx;
    ck_assert_int_eq(se3rt_ctx_new(&ctx, NULL), SE3RT_OK);
    static const struct { const char *info; int ok; const char *msg; int32_t pbc[3]; } cases[] = {
        { "Lattice=\"2 0 0 0 2 0 0 0 2\" pbc=\"T F T\"", 1, NULL, { 1, 0, 1 } },
        { "Lattice=\"2 0 0 0 2 0 0 0 2\"", 1, NULL, { 1, 1, 1 } },
        { "pbc=\"F F F\"", 1, NULL, { 0, 0, 0 } },
        { "Lattice=\"2 0 0 0 2 0 0 0 2\" pbc=\"False true 0\"", 1, NULL, { 0, 1, 0 } },
        { "Lattice=\"2 0 0\" pbc=\"T T T\"", 0, "in.xyz: frame 1: Lattice=\"2 0 0\" is not 9 finite numbers", { 0 } },
        { "Lattice=\"2 0 0 0 2 0 0 0 2\" pbc=\"T T\"", 0, "in.xyz: frame 1: pbc=\"T T\" is not three of T and F", { 0 } },
        { "pbc=\"T T T\"", 0, "in.xyz: frame 1: pbc=\"T T T\" without Lattice=: a periodic frame needs its cell", { 0 } },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[512];
        snprintf(text, sizeof text, "1\n%s Properties=species:S:1:pos:R:3\nH 0 0 0\n", cases[i].info);
        se3rt_xyz *x = NULL;
        ck_assert_int_eq(se3rt_xyz_read_mem(ctx, text, strlen(text), "in.xyz", &x), SE3RT_OK);
        double cell[9];
        int32_t pbc[3];
        se3rt_status st = se3rt_frame_cell(ctx, &x->frames[0], "in.xyz", 0, cell, pbc);
        if (cases[i].ok) {
            ck_assert_msg(st == SE3RT_OK, "case %zu: %s", i, se3rt_errmsg(ctx));
            for (int a = 0; a < 3; a++)
                ck_assert_int_eq(pbc[a], cases[i].pbc[a]);
        } else {
            ck_assert_int_eq(st, SE3RT_ERR_INVALID);
            ck_assert_msg(strncmp(se3rt_errmsg(ctx), cases[i].msg, strlen(cases[i].msg)) == 0, "case %zu: %s", i,
                          se3rt_errmsg(ctx));
        }
        se3rt_xyz_free(x);
    }
    se3rt_ctx_free(ctx);
}
END_TEST

/* `se3tc run` on a periodic frame writes forces and a 9-value stress; a full-graph model
 * refuses it with one line. */
START_TEST(test_run_periodic)
{
    char path[4200], args[8800], *out = NULL, *err = NULL;
    snprintf(path, sizeof path, "%s/p.xyz", g_work);
    ck_assert_int_eq(tu_write_file(path, "2\nLattice=\"2 0 0 0 2.2 0 0.3 0 1.9\" pbc=\"T T T\" "
                                         "Properties=species:S:1:pos:R:3\nO 0.1 0.2 0.3\nH 1.0 1.1 0.9\n"), 0);
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", SPECS "tiny_energy.spec", path);
    int rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_msg(rc == 0, "exit %d: %s", rc, err);
    ck_assert_msg(strstr(out, ":forces:R:3 energy=") && strstr(out, " stress=\""), "%s", out);
    const char *p = strstr(out, " stress=\"") + 9;
    int nv = 0;
    for (char *end; nv < 10; nv++, p = end) {
        strtod(p, &end);
        if (end == p)
            break;
    }
    ck_assert_int_eq(nv, 9);
    free(out);
    free(err);
    char spec[4200];
    snprintf(spec, sizeof spec, "%s/full.spec", g_work);
    ck_assert_int_eq(tu_write_file(spec, "model f { graph full; input e : 2x0 = species(H, O); conv c -> 1x0;\n"
                                         "  output y : 1x0; }\n"), 0);
    snprintf(args, sizeof args, "run '%s' --seed 1 --device cpu -i '%s'", spec, path);
    rc = tu_se3tc(args, NULL, &out, &err);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(err, "frame 1: graph full cannot be periodic"), "%s", err);
    free(out);
    free(err);
}
END_TEST

static Suite *suite_periodic(void)
{
    Suite *s = suite_create("periodic");
    TCase *t = tcase_create("periodic");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, test_graph_shells);
    tcase_add_test(t, test_supercell_per_atom);
    tcase_add_loop_test(t, test_supercell_energy_forces, 0, 2);
    tcase_add_loop_test(t, test_forces_stress_fd, 0, 3);
    tcase_add_test(t, test_extxyz_cell);
    tcase_add_test(t, test_run_periodic);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    if (tu_private_env("test_periodic", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_periodic(), NULL };
    return tu_run_suites(suites);
}
