// host_aot.cpp - a C++ host that runs a model compiled ahead of time: the generated code of
// specs/tiny_conv.spec is linked into this program (examples/CMakeLists.txt builds it into a static
// library with host.cmake's AOT keyword), so no compiler is needed or called when it runs; only the
// manifest (tiny_conv.json) is read. It builds two graphs of 5 points in memory, draws weights
// from a seed (or loads safetensors) and prints one line per graph: 'graph G: v1 v2 ...' (%.17g).
// docs/host.md ("Ahead of time") walks through it; tests/test_aot.c runs it with the compiler
// made unavailable and compares it with `se3tc run`.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "se3rt.h"
#include "se3rt_model.h"

// The entry-point table at the end of the generated tiny_conv.c (se3m_code, se3rt_abi.h).
SE3RT_DECLARE_MODEL(tiny_conv);

namespace {

struct ctx_free {
    void operator()(se3rt_ctx *c) const { se3rt_ctx_free(c); }
};
struct model_free {
    void operator()(se3rt_model *m) const { se3rt_model_free(m); }
};
using ctx_ptr = std::unique_ptr<se3rt_ctx, ctx_free>;
using model_ptr = std::unique_ptr<se3rt_model, model_free>;

constexpr int kGraphs = 2, kAtoms = 5, kInDim = 3;  // tiny_conv: input a : 3x0

// Positions and the three scalars 'a' of each point; graph 2 is graph 1 moved and rescaled.
const double kPos[kAtoms][3] = { { 0, 0, 0 }, { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 1, 1 } };
const double kA[kAtoms][3] = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 1, 0 }, { 0, 1, 1 } };

int usage(FILE *out, int rc)
{
    std::fprintf(out,
                 "usage: host_aot [tiny_conv.json] (--seed N | --weights W.safetensors)\n"
                 "Run the tiny_conv model linked into this program (no compiler involved) on two graphs\n"
                 "of 5 points and print 'graph G: v1 ... v7' per graph. The manifest defaults to the one\n"
                 "compiled with this program.\n");
    return rc;
}

bool read_text(const char *path, std::string &out)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return false;
    std::ostringstream s;
    s << f.rdbuf();
    out = s.str();
    return !f.bad();
}

}  // namespace

int main(int argc, char **argv)
{
    const char *manifest = nullptr, *weights = nullptr;
    long long seed = -1;
    for (int i = 1; i < argc; i++) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h")
            return usage(stdout, 0);
        if (a == "--seed" && i + 1 < argc) {
            char *end = nullptr;
            seed = std::strtoll(argv[++i], &end, 10);
            if (!argv[i][0] || *end || seed < 0) {
                std::fprintf(stderr, "host_aot: --seed needs a non-negative integer, got '%s'\n", argv[i]);
                return 2;
            }
        } else if (a == "--weights" && i + 1 < argc) {
            weights = argv[++i];
        } else if (a[0] == '-') {
            std::fprintf(stderr, "host_aot: unknown or incomplete option '%s' (see host_aot --help)\n", a.c_str());
            return 2;
        } else {
            manifest = argv[i];
        }
    }
#ifdef SE3_MODEL_TINY_CONV_JSON
    if (!manifest)
        manifest = SE3_MODEL_TINY_CONV_JSON;
#endif
    if (!manifest || (weights != nullptr) == (seed >= 0))
        return usage(stderr, 2);

    std::string json;
    if (!read_text(manifest, json)) {
        std::fprintf(stderr, "host_aot: %s: cannot read: %s\n", manifest, std::strerror(errno));
        return 1;
    }
    se3rt_ctx *raw_ctx = nullptr;
    if (se3rt_ctx_new(&raw_ctx, nullptr) != SE3RT_OK) {
        std::fprintf(stderr, "host_aot: out of memory\n");
        return 1;
    }
    ctx_ptr ctx(raw_ctx);
    se3rt_model *raw_model = nullptr;
    // The manifest and the linked entry points: checked against each other, nothing compiled.
    se3rt_status st = se3rt_model_new_static(ctx.get(), json.c_str(), &SE3RT_MODEL_CODE(tiny_conv), &raw_model);
    model_ptr m(raw_model);
    if (st == SE3RT_OK && se3rt_model_in_dim(m.get()) != kInDim) {
        std::fprintf(stderr, "host_aot: %s: model takes %d inputs per node, this example builds %d\n", manifest,
                     se3rt_model_in_dim(m.get()), kInDim);
        return 1;
    }
    if (st == SE3RT_OK)
        st = weights ? se3rt_model_load_weights(m.get(), weights)
                     : se3rt_model_init_weights(m.get(), static_cast<uint64_t>(seed));
    if (st != SE3RT_OK) {
        std::fprintf(stderr, "host_aot: %s\n", se3rt_errmsg(ctx.get()));
        return 1;
    }

    std::vector<double> pos, node_in;
    for (int g = 0; g < kGraphs; g++)
        for (int i = 0; i < kAtoms; i++) {
            for (int c = 0; c < 3; c++)
                pos.push_back(g == 0 ? kPos[i][c] : 0.5 + 1.5 * kPos[i][c]);
            for (int c = 0; c < kInDim; c++)
                node_in.push_back(kA[i][c]);
        }
    const int32_t graph_ptr[kGraphs + 1] = { 0, kAtoms, 2 * kAtoms };
    se3rt_batch b{};
    b.n_graphs = kGraphs;
    b.graph_ptr = graph_ptr;
    b.pos = pos.data();
    b.node_in = node_in.data();
    const int out_dim = se3rt_model_out_dim(m.get());
    const int rows = se3rt_model_out_per_graph(m.get()) ? kGraphs : kGraphs * kAtoms;
    std::vector<double> out(static_cast<size_t>(rows) * static_cast<size_t>(out_dim));
    if (se3rt_model_forward(m.get(), &b, out.data()) != SE3RT_OK) {
        std::fprintf(stderr, "host_aot: forward: %s\n", se3rt_errmsg(ctx.get()));
        return 1;
    }
    for (int r = 0; r < rows; r++) {
        std::printf("graph %d:", r + 1);
        for (int k = 0; k < out_dim; k++)
            std::printf(" %.17g", out[static_cast<size_t>(r) * out_dim + k]);
        std::printf("\n");
    }
    std::fprintf(stderr, "host_aot: model %s, code %s, %lld weights\n", se3rt_model_name(m.get()),
                 se3rt_model_library(m.get()), static_cast<long long>(se3rt_model_nparams(m.get())));
    return std::fflush(stdout) == 0 ? 0 : 1;
}
