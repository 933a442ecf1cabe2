/* cmd_reference.c - `se3tc fit-reference`: E0 per element minimising
 * sum over frames (E_frame - sum_s n_s(frame) E0_s)^2, the "average" reference energies MACE
 * and NequIP derive from a training set when isolated-atom energies are not known. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_reference.h"
#include "pipeline.h"
#include "se3rt_io.h"

/* Solve the k x k system a x = b in place (partial pivoting); a column of zeros (an element no
 * frame holds) gets x = 0. Returns 0, or -1 when the counts are linearly dependent. */
static int solve(double *a, double *b, double *x, int k)
{
    int *piv = calloc((size_t)k, sizeof *piv), rc = 0;
    double scale = 0;
    for (int i = 0; i < k; i++)
        scale = fmax(scale, fabs(a[i * k + i]));
    for (int c = 0, r = 0; c < k && piv; c++) {
        int best = -1;
        for (int i = r; i < k; i++)
            if (best < 0 || fabs(a[i * k + c]) > fabs(a[best * k + c]))
                best = i;
        if (best < 0 || fabs(a[best * k + c]) <= 1e-12 * scale) {
            piv[c] = -1;
            int used = 0;   /* a zero column is an absent element; anything else is dependent */
            for (int i = 0; i < k; i++)
                used |= a[i * k + c] != 0;
            rc |= used ? -1 : 0;
            continue;
        }
        for (int j = 0; j < k; j++) {
            double t = a[r * k + j];
            a[r * k + j] = a[best * k + j];
            a[best * k + j] = t;
        }
        double t = b[r];
        b[r] = b[best];
        b[best] = t;
        for (int i = 0; i < k; i++) {
            if (i == r || a[i * k + c] == 0)
                continue;
            double f = a[i * k + c] / a[r * k + c];
            for (int j = 0; j < k; j++)
                a[i * k + j] -= f * a[r * k + j];
            b[i] -= f * b[r];
        }
        piv[c] = r++;
    }
    for (int c = 0; c < k && piv; c++)
        x[c] = piv[c] < 0 ? 0 : b[piv[c]] / a[piv[c] * k + c];
    if (!piv)
        rc = -1;
    free(piv);
    return rc;
}

int cmd_fit_reference(int argc, char **argv)
{
    const char *spec = NULL, *in = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: se3tc fit-reference SPEC -i TRAIN.xyz\n"
                   "Least-squares per-element reference energies for SPEC's energy output from the\n"
                   "frames' energy values (info NAME=, NAME the energy output); prints the option\n"
                   "reference={...} to put into the spec.\n");
            return 0;
        } else if (strcmp(argv[i], "-i") == 0 && i + 1 < argc) {
            in = argv[++i];
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "se3tc fit-reference: unknown or incomplete option '%s'\n", argv[i]);
            return 2;
        } else if (!spec) {
            spec = argv[i];
        } else {
            fprintf(stderr, "se3tc fit-reference: one spec at a time\n");
            return 2;
        }
    }
    if (!spec || !in) {
        fprintf(stderr, "se3tc fit-reference: give a spec and -i TRAIN.xyz (see --help)\n");
        return 2;
    }
    pipeline_opts po = PIPELINE_DEFAULTS;
    compile *c = pipeline_compile_file(spec, &po);
    if (c->diags.nerrors) {
        diag_print(&c->diags, stderr);
        compile_free(c);
        return 1;
    }
    const model *m = c->m;
    const field *energy = NULL, *sp = NULL;
    for (int i = 0; i < m->noutputs; i++)
        if (m->outputs[i].energy)
            energy = &m->outputs[i];
    for (int i = 0; i < m->ninputs && !sp; i++)
        if (m->inputs[i].src == FIELD_SPECIES)
            sp = &m->inputs[i];
    if (!energy || !sp) {
        fprintf(stderr, "se3tc fit-reference: %s: needs an energy output (kind=energy) and a species(...) input\n",
                spec);
        compile_free(c);
        return 1;
    }
    const int k = sp->f.c[0];
    se3rt_ctx *ctx = NULL;
    se3rt_xyz *x = NULL;
    int rc = 1;
    double *ata = calloc((size_t)k * (size_t)k, sizeof *ata), *aty = calloc((size_t)k, sizeof *aty);
    double *e0 = calloc((size_t)k, sizeof *e0), *cnt = calloc((size_t)k, sizeof *cnt);
    if (!ata || !aty || !e0 || !cnt || se3rt_ctx_new(&ctx, NULL) != SE3RT_OK) {
        fprintf(stderr, "se3tc fit-reference: out of memory\n");
        goto done;
    }
    if (se3rt_xyz_read(ctx, in, &x) != SE3RT_OK) {
        fprintf(stderr, "se3tc fit-reference: %s\n", se3rt_errmsg(ctx));
        goto done;
    }
    if (x->nframes == 0) {
        fprintf(stderr, "se3tc fit-reference: %s: no frames\n", in);
        goto done;
    }
    for (size_t f = 0; f < x->nframes; f++) {
        const se3rt_frame *fr = &x->frames[f];
        const char *v = se3rt_frame_info(fr, energy->name);
        char *end = NULL;
        double y = v ? strtod(v, &end) : NAN;
        if (!v || end == v || *end || !isfinite(y)) {
            fprintf(stderr, "se3tc fit-reference: %s: frame %zu: no finite energy value '%s='\n", in, f + 1,
                    energy->name);
            goto done;
        }
        const se3rt_xyz_prop *s = se3rt_frame_prop(fr, "species");
        if (!s || s->type != SE3RT_PTYPE_S) {
            fprintf(stderr, "se3tc fit-reference: %s: frame %zu: no species column\n", in, f + 1);
            goto done;
        }
        memset(cnt, 0, (size_t)k * sizeof *cnt);
        for (size_t a = 0; a < fr->natoms; a++)
            for (int q = 0; q < k; q++)
                cnt[q] += strcmp(s->strings[a], sp->species[q]) == 0;
        for (int p = 0; p < k; p++) {
            aty[p] += cnt[p] * y;
            for (int q = 0; q < k; q++)
                ata[p * k + q] += cnt[p] * cnt[q];
        }
    }
    if (solve(ata, aty, e0, k) != 0) {
        fprintf(stderr, "se3tc fit-reference: %s: the element counts do not determine the energies (every frame has "
                "the same composition, say); give reference energies by hand\n", in);
        goto done;
    }
    double ss = 0;
    size_t atoms = 0;
    for (size_t f = 0; f < x->nframes; f++) {
        const se3rt_frame *fr = &x->frames[f];
        const se3rt_xyz_prop *s = se3rt_frame_prop(fr, "species");
        double r = strtod(se3rt_frame_info(fr, energy->name), NULL);
        for (size_t a = 0; a < fr->natoms; a++)
            for (int q = 0; q < k; q++)
                if (strcmp(s->strings[a], sp->species[q]) == 0)
                    r -= e0[q];
        ss += r * r;
        atoms += fr->natoms;
    }
    printf("reference={");
    for (int q = 0, first = 1; q < k; q++) {
        if (e0[q] == 0)
            continue;
        printf("%s%s = %.10g", first ? "" : ", ", sp->species[q], e0[q]);
        first = 0;
    }
    printf("}\n");
    fprintf(stderr, "se3tc fit-reference: %zu frames, %zu atoms: residual RMS %.6g per frame\n", x->nframes, atoms,
            sqrt(ss / (double)x->nframes));
    rc = 0;
done:
    se3rt_xyz_free(x);
    se3rt_ctx_free(ctx);
    free(ata);
    free(aty);
    free(e0);
    free(cnt);
    compile_free(c);
    return rc;
}
