/* se3rt_model.h - a compiled model in the runtime: load a manifest and generated C (JIT with
 * the system compiler, cached), set weights, build graphs and run forward on batches of frames.
 * Ownership as in se3rt.h: _new/_open return objects the caller frees with se3rt_model_free. */
#ifndef SE3RT_MODEL_H
#define SE3RT_MODEL_H

#include <stdint.h>

#include "se3rt.h"
#include "se3rt_abi.h"
#include "se3rt_graph.h"
#include "se3rt_io.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct se3rt_model se3rt_model;

/* From the manifest text and the generated C source, compiled with ctx's JIT settings (se3rt.h)
 * and loaded as the model's CPU backend. The manifest is checked first (docs/host.md, "The
 * manifest"): a wrong offset, layer width, work-buffer size or ABI version is SE3RT_ERR_FORMAT
 * with one line naming it, as is C source that disagrees with the manifest. c_source NULL: no
 * CPU backend and nothing compiled; the model can hold weights and build graphs, and forward
 * needs se3rt_model_set_device(m, "cuda", ...) first (how `se3tc run --device cuda` works). */
se3rt_status se3rt_model_new(se3rt_ctx *ctx, const char *manifest_json, const char *c_source,
                             size_t c_len, se3rt_model **out /* OUT */);
/* From DIR/NAME.json and what `se3tc compile` wrote beside it: the model library its manifest
 * names (`se3tc compile --shared`: DIR/NAME.so) when that file exists, loaded with dlopen and no
 * compiler (docs/host.md, "Ahead of time"); else DIR/NAME.c through the JIT. A library is used
 * only if it is a regular file of this user or root, not writable by group or others, whose
 * SHA-256 is the manifest's; otherwise SE3RT_ERR_INVALID or SE3RT_ERR_FORMAT with one line naming
 * it (the JIT is not tried instead). */
se3rt_status se3rt_model_open(se3rt_ctx *ctx, const char *manifest_path, se3rt_model **out /* OUT */);
/* From the manifest text and entry points linked into the program: the table a model's NAME.c
 * ends with (se3m_code, se3rt_abi.h), declared with SE3RT_DECLARE_MODEL(NAME) and passed as
 * &SE3RT_MODEL_CODE(NAME). No compiler, no file but the manifest (which may be embedded too). The
 * table is checked against the manifest like JIT-compiled code (model name, ABI, precision,
 * layers, work buffers, and the source's SHA-256 when both record one): SE3RT_ERR_FORMAT. */
se3rt_status se3rt_model_new_static(se3rt_ctx *ctx, const char *manifest_json, const se3m_code *code,
                                    se3rt_model **out /* OUT */);
#define SE3RT_MODEL_CODE(NAME) se3m_##NAME##_code
#ifdef __cplusplus
#define SE3RT_DECLARE_MODEL(NAME) extern "C" const se3m_code se3m_##NAME##_code
#else
#define SE3RT_DECLARE_MODEL(NAME) extern const se3m_code se3m_##NAME##_code
#endif
void         se3rt_model_free(se3rt_model *m);

const char  *se3rt_model_name(const se3rt_model *m);
int          se3rt_model_in_dim(const se3rt_model *m);     /* node input numbers per node */
int          se3rt_model_out_dim(const se3rt_model *m);    /* output numbers per row */
int          se3rt_model_out_per_graph(const se3rt_model *m);
int          se3rt_model_is_f32(const se3rt_model *m);
const char  *se3rt_model_jit_command(const se3rt_model *m); /* compiler command line used ("" when
                                                               no C was compiled) */
/* Where the CPU code came from besides the JIT: the model library's path (DIR/NAME.so),
 * "static" (se3rt_model_new_static), or "" (JIT-compiled, or no CPU code). */
const char  *se3rt_model_library(const se3rt_model *m);
void         se3rt_model_set_threads(se3rt_model *m, int nthreads);  /* default: all cores; layers
                                                                       under 1e7 FLOPs use one */

/* Weights: the documented initialisation (docs/semantics.md), or a safetensors file whose
 * names and shapes must match the manifest exactly. */
se3rt_status se3rt_model_init_weights(se3rt_model *m, uint64_t seed);
se3rt_status se3rt_model_load_weights(se3rt_model *m, const char *path);
se3rt_status se3rt_model_save_weights(se3rt_model *m, const char *path, se3rt_dtype dtype);
/* The same with one more __metadata__ entry key = value (key NULL: none). */
se3rt_status se3rt_model_save_weights_meta(se3rt_model *m, const char *path, se3rt_dtype dtype,
                                           const char *key, const char *value);
int64_t      se3rt_model_nparams(const se3rt_model *m);
/* Borrowed; call _params_changed after edits. After steps of the device optimiser (a trainer
 * on a CUDA model) it first copies the device's newer weights into the host array. */
double      *se3rt_model_params(se3rt_model *m);
void         se3rt_model_params_changed(se3rt_model *m);
/* Set one weight (index into params) without recopying all of them (finite differences). */
void         se3rt_model_set_param(se3rt_model *m, int64_t k, double v);
/* The weight tensors in manifest order: name, offset into params and number of values. */
int          se3rt_model_nweights(const se3rt_model *m);
const char  *se3rt_model_weight_name(const se3rt_model *m, int i);
int64_t      se3rt_model_weight_offset(const se3rt_model *m, int i);
int64_t      se3rt_model_weight_size(const se3rt_model *m, int i);

/* A batch of graphs as arrays. node_in is n_nodes x in_dim in the file basis: degrees
 * ascending, channel-major, degree 1 Cartesian (x, y, z); within a degree the manifest's inputs
 * in manifest order. A spec's `edge input`s (manifest "edge_only": true) are listed after every
 * other input and fill the end of the degree-0 block like any input; the model reads them only
 * in its edge products (dnode_in of them flows through those products). */
typedef struct se3rt_batch {
    int32_t n_graphs;
    const int32_t *graph_ptr;        /* n_graphs + 1 */
    const double *pos;               /* n_nodes x 3 */
    const double *node_in;           /* n_nodes x in_dim */
    const se3rt_bond *bonds;         /* for graph given: bonds with global node indices */
    int64_t nbonds;
    const int64_t *frame_ids;        /* optional, n_graphs: the frame (0-based, in its file) graph g
                                      * came from, for messages; NULL: graph g is frame g */
    const double *cell;              /* optional, n_graphs x 9: graph g's lattice vectors a, b, c
                                      * as rows (Å), as extended XYZ's Lattice= (docs/graphs.md) */
    const int32_t *pbc;              /* optional, n_graphs x 3: nonzero = periodic along a, b, c;
                                      * NULL (or all zero): open frames. Periodic frames need the
                                      * backward code (they run layer by layer on the CPU) */
} se3rt_batch;

/* The batch's graph as forward builds it: one CSR over all nodes (global indices), with the
 * bond one-hot attributes when the model uses them. Free with se3rt_graph_free. */
se3rt_status se3rt_model_build_graph(se3rt_model *m, const se3rt_batch *b, se3rt_graph **out /* OUT */);

/* out: rows x out_dim in the file basis (rows = n_graphs for per-graph outputs). */
se3rt_status se3rt_model_forward(se3rt_model *m, const se3rt_batch *b, double *out);
/* Run layer by layer, timing each (seconds into layer_s[nlayers]); for benchmarks. */
se3rt_status se3rt_model_forward_timed(se3rt_model *m, const se3rt_batch *b, double *out,
                                       double *layer_s);
/* The same, also with the process CPU time (every thread, CLOCK_PROCESS_CPUTIME_ID) of each
 * layer into layer_cpu_s[nlayers] (may be NULL). On threads: a layer whose forward FLOPs are
 * below 1e7 runs on one thread whatever set_threads says (docs/perf.md). */
se3rt_status se3rt_model_forward_timed_cpu(se3rt_model *m, const se3rt_batch *b, double *out,
                                           double *layer_s, double *layer_cpu_s);
int          se3rt_model_nlayers(const se3rt_model *m);
const char  *se3rt_model_layer_name(const se3rt_model *m, int i);
double       se3rt_model_layer_flops(const se3rt_model *m, int i, int64_t nodes, int64_t edges);
int64_t      se3rt_model_last_edges(const se3rt_model *m);  /* edges of the last forward */

/* Device choice (docs/cuda.md). "cpu" (the default); "cuda": compile cuda_source (what
 * `se3tc compile` writes as NAME.cu for the same spec and precision) with NVRTC for the GPU found,
 * through the CUBIN cache, and run forward there (graphs are still built on the CPU); where no
 * GPU is usable, SE3RT_ERR_UNAVAILABLE naming what is missing ("libcuda.so.1 not found (...)",
 * "no CUDA device"). "auto": cuda when usable, else the CPU (SE3RT_OK; _device says why).
 * "cpu", and "auto" without a usable GPU, need the model to have been loaded with C source
 * (otherwise cpu is SE3RT_ERR_INVALID and auto returns the GPU's error). */
se3rt_status se3rt_model_set_device(se3rt_model *m, const char *device, const char *cuda_source,
                                    size_t len);
/* "cpu", "cpu (no usable GPU: ...)", "cuda (...)", or "none" (no C source and no device yet). */
const char  *se3rt_model_device(const se3rt_model *m);
int          se3rt_model_on_gpu(const se3rt_model *m);
/* Registers per thread, static shared memory and local memory (spills) of layer i's kernel. */
se3rt_status se3rt_model_kernel_info(se3rt_model *m, int i, int *regs, int *shared_bytes,
                                     int *local_bytes);
/* Run only the first nlayers layers and copy the first n numbers of layer nlayers-1's output
 * (rows x that layer's width, internal basis: degree 1 as (y, z, x)) into out; for tests that
 * compare devices layer by layer. */
se3rt_status se3rt_model_forward_layers(se3rt_model *m, const se3rt_batch *b, int nlayers,
                                        double *out, int64_t n);

/* ---- gradients (docs/training.md) ----
 * Needs generated code with the backward functions (`se3tc compile --grad`, or
 * emit_c_grad appended to emit_c's output); se3rt_model_has_grad says whether it is there. */
int se3rt_model_has_grad(const se3rt_model *m);

/* The most memory, in bytes, a gradient call's forward keeps for its backward: the keys and
 * values of each attention layer (n_edges x (key + value dims) doubles, 2 KB per edge and layer
 * for N-body's hidden layers), layer by layer in forward order while the total fits; a layer
 * that does not fit (or whose allocation fails) has them recomputed by its backward, which
 * gives the same gradients to rounding, more slowly. Default 64 MiB (SE3RT_GRAD_KEEP_BYTES in
 * runtime/model_impl.h); 0 keeps nothing. Per call, so per training thread. */
void se3rt_model_set_grad_keep(se3rt_model *m, int64_t max_bytes);

/* The loss of a batch from its outputs `out` (rows x out_dim, file basis): return L and
 * write dL/d(out) (same layout) into dout. */
typedef double (*se3rt_loss_fn)(void *user, const se3rt_batch *b, const double *out, int64_t rows,
                                int out_dim, double *dout);

/* Forward on the CPU keeping every layer's output, the loss, then the generated backward:
 * dparams (nparams, manifest order), dnode_in (n_nodes x in_dim, file basis) and dpos
 * (n_nodes x 3) are overwritten with dL/d(weights), dL/d(inputs) and dL/d(positions); any of
 * them, loss_out and out (the forward result) may be NULL. Forces are -dpos of an energy. */
se3rt_status se3rt_model_grad(se3rt_model *m, const se3rt_batch *b, se3rt_loss_fn loss, void *user,
                              double *loss_out, double *out, double *dparams, double *dnode_in,
                              double *dpos);

/* ---- energy and forces (docs/runtime.md, "Energy and forces") ----
 * A model with an energy output (spec: `output E : 1x0 (kind=energy);` after a pool, optionally
 * with `reference={H = -0.5, ...}`) and backward code (se3tc compile --grad). */
int se3rt_model_has_energy(const se3rt_model *m);
/* Whether outputs include the reference energies (`reference={...}`: each atom's species one-hot
 * times its element's energy, added to the energy column): on (1) by default. Off (0), every
 * call gives the model's energy without them, and dL/d(inputs) loses their share; weight,
 * position and force gradients are the same either way (the reference energies depend on
 * neither). For interaction energies, and for `se3tc gradcheck`, whose finite differences of a
 * loss of ~1e3 would otherwise lose the small gradients to rounding (docs/training.md). A model
 * without reference energies ignores it. */
void se3rt_model_set_reference_energies(se3rt_model *m, int on);
/* One forward and one backward on the CPU: energy[n_graphs] gets each graph's energy output
 * (reference energies included), in the units of the training targets (eV for an ASE data
 * set); forces[n_nodes x 3], row-major x, y, z per node in batch order, get F = -dE/dx with
 * respect to the positions b->pos (eV/Å when energies are eV and positions Å), including the
 * dependence through edges (x_j - x_i), relpos edge fields and pos.z/pos.xy inputs. Either
 * pointer may be NULL. Errors: SE3RT_ERR_INVALID when the model has no energy output or no
 * backward code, or for a bad batch (as se3rt_model_forward); SE3RT_ERR_NOMEM. On error the
 * arrays hold nothing meaningful. */
se3rt_status se3rt_model_energy_forces(se3rt_model *m, const se3rt_batch *b, double *energy,
                                       double *forces);
/* The same with stress[n_graphs x 9] (may be NULL): for a periodic graph (b->pbc, b->cell)
 * sigma = (1/V) dE/d(strain) = (1/V) sum over edges of dE/dr_e (outer) r_e, row-major
 * xx xy xz yx yy yz zx zy zz, V = |det(cell)|: the ASE sign convention (positive when the
 * energy rises under expansion), in eV/Å³ for eV and Å. Open graphs get zeros. */
se3rt_status se3rt_model_energy_forces_stress(se3rt_model *m, const se3rt_batch *b, double *energy,
                                              double *forces, double *stress);

/* ---- training on energies and forces (docs/training.md, "Energies and forces") ----
 * The gradient of a loss L(E, F) of the energies and the forces F = -dE/dx with respect to the
 * weights, exact: dL/dθ = Σ_g dL/dE_g dE_g/dθ - Σ_i dL/dF_i · d²E/(dx_i dθ), the second term
 * forward over reverse (the model's generated C compiled once more as C++ over dual numbers,
 * with the system compiler of the JIT settings; cached like the JIT's code). */

/* Build that second code for m from the C source m was made from (with the backward code;
 * what se3tc compile --grad writes). Needs an f64 model with an energy output. Errors:
 * SE3RT_ERR_INVALID (f32, no energy output, no source or backward code), SE3RT_ERR_COMPILE when
 * the compiler cannot build C++ (it must accept `-x c++ -std=gnu++17`). Idempotent. */
se3rt_status se3rt_model_enable_force_grad(se3rt_model *m, const char *c_source, size_t c_len);
int          se3rt_model_has_force_grad(const se3rt_model *m);

/* The loss of a batch from each graph's energy (n_graphs, reference energies included) and the
 * forces (n_nodes x 3, batch order, -dE/dx): return L and write dL/dE (n_graphs) and dL/dF
 * (n_nodes x 3), both zeroed before the call. */
typedef double (*se3rt_ef_loss_fn)(void *user, const se3rt_batch *b, const double *energy, const double *forces,
                                   double *dE, double *dF);

/* Energies and forces of the batch (one forward and backward), the loss, then dL/dθ into
 * dparams (nparams, overwritten) from one forward and backward over dual numbers. energy,
 * forces, loss_out and dparams may be NULL. Open and periodic frames (b->cell, b->pbc; the
 * forces of a periodic frame are its atoms', images included). Errors as
 * se3rt_model_energy_forces, and SE3RT_ERR_INVALID before se3rt_model_enable_force_grad. */
se3rt_status se3rt_model_energy_forces_grad(se3rt_model *m, const se3rt_batch *b, se3rt_ef_loss_fn loss, void *user,
                                            double *loss_out, double *energy, double *forces, double *dparams);

/* The same with the stress: the loss gets stress[n_graphs x 9] as se3rt_model_energy_forces_stress
 * gives it (zeros for open graphs) and writes dL/d(stress) (n_graphs x 9, zeroed before the
 * call; ignored for open graphs) besides dL/dE and dL/dF. The stress term's weight gradient is
 * the same dual pass with the positions also moved along the strain direction dL/dσ / V. */
typedef double (*se3rt_efs_loss_fn)(void *user, const se3rt_batch *b, const double *energy, const double *forces,
                                    const double *stress, double *dE, double *dF, double *dS);
se3rt_status se3rt_model_energy_forces_stress_grad(se3rt_model *m, const se3rt_batch *b, se3rt_efs_loss_fn loss,
                                                   void *user, double *loss_out, double *energy, double *forces,
                                                   double *stress, double *dparams);

/* Run on every frame of an extended-XYZ file (inputs from per-atom properties) and add the
 * outputs to the frames: per-node outputs as properties, per-graph ones as info values; a
 * model with an energy output and backward code also adds the per-atom property `forces`
 * (forces:R:3, -dE/dx; `forces_pred` when the frame holds `forces` already).
 * `file` names the input in messages. */
se3rt_status se3rt_model_run_xyz(se3rt_model *m, se3rt_xyz *xyz, const char *file);
/* The same for molecules (graph given): frames are made from the SDF's molecules. */
se3rt_status se3rt_model_run_sdf(se3rt_model *m, const se3rt_sdf *sdf, const char *file,
                                 se3rt_xyz **out /* OUT */);

#ifdef __cplusplus
}
#endif
#endif
