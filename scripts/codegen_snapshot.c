/* codegen_snapshot.c - every generated artefact of one spec, for comparing two versions of the
 * compiler byte for byte (scripts/codegen_snapshot.sh): CUDA in both kernel families with shared
 * and unshared bodies, the manifest, the summary, and the C forward with its backward, each in
 * f32 and f64. Usage: codegen_snapshot SPEC OUTDIR STEM. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "emit_c.h"
#include "emit_cuda.h"
#include "manifest.h"
#include "summary.h"

static void put(const char *dir, const char *stem, const char *suf, const char *s, size_t n)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", dir, stem, suf);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(1); }
    fwrite(s, 1, n, f);
    fclose(f);
}

int main(int argc, char **argv)
{
    if (argc != 4) { fprintf(stderr, "usage: dump SPEC OUTDIR STEM\n"); return 2; }
    for (int pr = 0; pr < 2; pr++) {
        compile_opts co = { .prec = pr ? PREC_F64 : PREC_F32 };
        compile *c = compile_file_opts(argv[1], &co);
        if (c->diags.nerrors) { fprintf(stderr, "%s: errors\n", argv[1]); return 1; }
        char stem[1024];
        snprintf(stem, sizeof stem, "%s.%s", argv[3], pr ? "f64" : "f32");
        for (int k = 0; k < 2; k++)
            for (int ns = 0; ns < 2; ns++) {
                emit_buf b = { 0 };
                emit_cuda_opts o = { .kernels = k ? EMIT_CUDA_SIMPLE : EMIT_CUDA_TILED, .no_share = ns };
                emit_cuda_with(c->ir, c->diags.file, &o, &b);
                char suf[64];
                snprintf(suf, sizeof suf, "%s%s.cu", k ? "simple" : "tiled", ns ? ".noshare" : "");
                put(argv[2], stem, suf, b.s, b.len);
                free(b.s);
            }
        char *j = manifest_json(c->ir);
        put(argv[2], stem, "json", j, strlen(j));
        free(j);
        char *sb = NULL; size_t sn = 0;
        FILE *mf = open_memstream(&sb, &sn);
        summary_print(c->ir, mf);
        fclose(mf);
        put(argv[2], stem, "summary", sb, sn);
        free(sb);
        emit_buf b = { 0 };
        emit_c(c->ir, c->diags.file, &b);
        emit_c_grad(c->ir, &b);
        put(argv[2], stem, "c", b.s, b.len);
        free(b.s);
        compile_free(c);
    }
    return 0;
}
