/* host.c - a host program that embeds libse3rt: it opens a model compiled by `se3tc compile`
 * (NAME.json + NAME.c, JIT-compiled at load), loads weights from safetensors or draws them from a
 * seed, builds a batch of two 5-particle systems in memory and runs forward. It feeds the inputs of
 * specs/nbody_se3.spec (charge 1x0, velocity 1x1) and prints one line of outputs per particle.
 * docs/host.md walks through it; tests/test_host.c checks it against `se3tc run`. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "se3rt.h"
#include "se3rt_model.h"

#define HOST_GRAPHS 2  /* systems in the batch */
#define HOST_ATOMS 5   /* particles per system */
#define HOST_IN_DIM 4  /* charge (degree 0), then velocity (degree 1, x y z) */

/* The first two frames of examples/nbody_small.extxyz: position, velocity, charge per particle. */
static const double host_pos[HOST_GRAPHS * HOST_ATOMS][3] = {
    { -2.620354, 0.442292, -1.300448 }, { -2.406460, -2.656690, 4.956448 },
    { -1.028654, 3.610221, -2.680780 }, { -3.406001, 4.574971, -4.572110 },
    { -0.272509, 2.188239, 3.788128 },
    { 4.640938, -3.658509, -1.344803 }, { 4.654801, -0.638381, 1.266483 },
    { 0.842518, 4.042018, 1.819821 },   { 1.986159, -1.736097, 0.417659 },
    { -2.150425, -4.365394, 3.539425 },
};
static const double host_vel[HOST_GRAPHS * HOST_ATOMS][3] = {
    { -0.394917, -0.302060, 0.052917 }, { 0.017110, -0.491010, 0.092823 },
    { 0.289251, 0.406776, -0.029448 },  { 0.029855, 0.093759, -0.490222 },
    { -0.094550, -0.412383, -0.266460 },
    { 0.342935, 0.354652, 0.081351 },   { -0.135772, 0.408875, -0.253747 },
    { 0.148112, 0.430752, -0.206193 },  { -0.229093, -0.111262, -0.430276 },
    { -0.469408, 0.171855, -0.011023 },
};
static const double host_charge[HOST_GRAPHS * HOST_ATOMS] = { 1, 1, -1, 1, 1, 1, 1, -1, 1, -1 };

static void host_usage(FILE *out)
{
    fprintf(out, "usage: host [MODEL.json] (--seed N | --weights W.safetensors) [--save W.safetensors]\n"
                 "            [--threads N]\n"
                 "Open a model compiled by 'se3tc compile' (MODEL.json and the MODEL.c beside it), run it\n"
                 "on two 5-particle systems built in memory (nbody_se3 inputs: charge, velocity) and print\n"
                 "one line per output row: 'graph G row R: v1 v2 ...' (%%.17g). MODEL.json defaults to\n"
                 "the nbody_se3 model compiled with this program, if it was built with one.\n"
                 "  --seed N      draw weights with the documented initialisation\n"
                 "  --weights W   load weights from a safetensors file\n"
                 "  --save W      also write the weights used to W (F64)\n");
}

/* Print "host: <what>: <runtime message>" for a failed call; returns 1 (the exit code). */
static int host_fail(se3rt_ctx *ctx, se3rt_status st, const char *what)
{
    if (ctx)
        fprintf(stderr, "host: %s: %s\n", what, se3rt_errmsg(ctx));
    else
        fprintf(stderr, "host: %s: %s\n", what, se3rt_status_name(st));
    return 1;
}

/* Run the batch and print the outputs; 0 or an exit code. */
static int host_forward(se3rt_ctx *ctx, se3rt_model *m)
{
    /* node_in: one row of in_dim numbers per node in the file basis, degrees ascending
     * (docs/semantics.md, "Inputs"): [charge, vx, vy, vz] for nbody_se3. */
    double node_in[HOST_GRAPHS * HOST_ATOMS * HOST_IN_DIM];
    for (int i = 0; i < HOST_GRAPHS * HOST_ATOMS; i++) {
        node_in[i * HOST_IN_DIM + 0] = host_charge[i];
        for (int c = 0; c < 3; c++)
            node_in[i * HOST_IN_DIM + 1 + c] = host_vel[i][c];
    }
    const int32_t graph_ptr[HOST_GRAPHS + 1] = { 0, HOST_ATOMS, 2 * HOST_ATOMS };
    se3rt_batch b = {
        .n_graphs = HOST_GRAPHS, .graph_ptr = graph_ptr, .pos = &host_pos[0][0], .node_in = node_in,
        .bonds = NULL, .nbonds = 0,
    };
    const int out_dim = se3rt_model_out_dim(m);
    const int per_graph = se3rt_model_out_per_graph(m);
    const int rows = per_graph ? HOST_GRAPHS : HOST_GRAPHS * HOST_ATOMS;
    double *out = calloc((size_t)rows * (size_t)out_dim, sizeof *out);
    if (!out) {
        fprintf(stderr, "host: out of memory\n");
        return 1;
    }
    se3rt_status st = se3rt_model_forward(m, &b, out);
    if (st != SE3RT_OK) {
        free(out);
        return host_fail(ctx, st, "forward");
    }
    for (int r = 0; r < rows; r++) {
        int g = per_graph ? r : r / HOST_ATOMS;
        printf("graph %d row %d:", g + 1, per_graph ? 1 : r % HOST_ATOMS + 1);
        for (int k = 0; k < out_dim; k++)
            printf(" %.17g", out[(size_t)r * (size_t)out_dim + (size_t)k]);
        printf("\n");
    }
    free(out);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "host: writing the outputs failed: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *manifest = NULL, *weights = NULL, *save = NULL;
    long long seed = -1;
    int threads = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            host_usage(stdout);
            return 0;
        } else if (strcmp(a, "--seed") == 0 && more) {
            char *end;
            seed = strtoll(argv[++i], &end, 10);
            if (!argv[i][0] || *end || seed < 0) {
                fprintf(stderr, "host: --seed needs a non-negative integer, got '%s'\n", argv[i]);
                return 2;
            }
        } else if (strcmp(a, "--weights") == 0 && more) {
            weights = argv[++i];
        } else if (strcmp(a, "--save") == 0 && more) {
            save = argv[++i];
        } else if (strcmp(a, "--threads") == 0 && more) {
            threads = atoi(argv[++i]);
        } else if (a[0] == '-') {
            fprintf(stderr, "host: unknown or incomplete option '%s' (see host --help)\n", a);
            return 2;
        } else if (manifest) {
            fprintf(stderr, "host: one model at a time ('%s' and '%s')\n", manifest, a);
            return 2;
        } else {
            manifest = a;
        }
    }
#ifdef SE3_MODEL_NBODY_SE3_JSON
    if (!manifest)
        manifest = SE3_MODEL_NBODY_SE3_JSON; /* compiled at build time by host.cmake */
#endif
    if (!manifest || (weights != NULL) == (seed >= 0)) {
        fprintf(stderr, "host: give MODEL.json and exactly one of --seed N and --weights W (see host --help)\n");
        return 2;
    }

    se3rt_ctx *ctx = NULL;
    se3rt_model *m = NULL;
    int rc = 1;
    se3rt_status st = se3rt_ctx_new(&ctx, NULL);
    if (st != SE3RT_OK)
        return host_fail(NULL, st, "creating a runtime context");

    /* Reads MODEL.json and MODEL.c, compiles MODEL.c with the system compiler (cached on disk,
     * see docs/host.md) and resolves the se3m_NAME_* entry points. */
    st = se3rt_model_open(ctx, manifest, &m);
    if (st != SE3RT_OK) {
        rc = host_fail(ctx, st, "opening the model");
        goto done;
    }
    if (se3rt_model_in_dim(m) != HOST_IN_DIM) {
        fprintf(stderr, "host: %s: model '%s' takes %d input numbers per node; this example builds the "
                "%d of nbody_se3 (charge, velocity)\n", manifest, se3rt_model_name(m), se3rt_model_in_dim(m),
                HOST_IN_DIM);
        goto done;
    }
    if (threads > 0)
        se3rt_model_set_threads(m, threads);

    st = weights ? se3rt_model_load_weights(m, weights) : se3rt_model_init_weights(m, (uint64_t)seed);
    if (st != SE3RT_OK) {
        rc = host_fail(ctx, st, weights ? "loading weights" : "initialising weights");
        goto done;
    }
    if (save && (st = se3rt_model_save_weights(m, save, SE3RT_DTYPE_F64)) != SE3RT_OK) {
        rc = host_fail(ctx, st, "saving weights");
        goto done;
    }
    fprintf(stderr, "host: model %s, %lld weights, %d inputs and %d outputs per %s (%s)\n",
            se3rt_model_name(m), (long long)se3rt_model_nparams(m), se3rt_model_in_dim(m),
            se3rt_model_out_dim(m), se3rt_model_out_per_graph(m) ? "graph" : "node",
            se3rt_model_jit_command(m));
    rc = host_forward(ctx, m);

done:
    se3rt_model_free(m);
    se3rt_ctx_free(ctx);
    return rc;
}
