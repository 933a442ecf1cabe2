/* test_train_sdf.c - training on molecules from SDF (docs/training.md, "Molecules from SDF"):
 * a generated SDF of small bonded molecules (V2000 and V3000) with a per-molecule target as a data item trains a
 * `graph given` model end to end (the loss falls), through --target-field or the output's own
 * name; the errors (a missing data item, --target-field on extended XYZ) are one line naming
 * the file and molecule. In the long tier, specs/qm9_tfn.spec runs a few steps on the same
 * kind of file (the shipped QM9 spec trains from user-supplied SDF). */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SPEC_DIR SE3_BINARY_DIR "/tests"

static char g_work[4096], g_cache[4096];

static double urand(unsigned long long *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*s >> 11) * 0x1.0p-53;
}

/* n molecules, chains of 3..7 atoms of H, C, N, O, F with bonds along the chain (single, some
 * double) and one ring closure in the longer ones; data items U0 (a harmonic bond energy plus
 * per-element terms) and name; every fourth molecule is written in V3000. `omit` >= 0 leaves U0
 * out of that molecule. */
static void write_sdf(const char *path, int n, unsigned long long seed, int omit)
{
    static const char *const el[] = { "H", "C", "N", "O", "F" };
    static const double e0[] = { 0.1, 0.4, 0.3, 0.5, 0.2 };
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    unsigned long long s = seed;
    for (int m = 0; m < n; m++) {
        int na = 3 + (int)(urand(&s) * 5), kind[8], bi[10], bj[10], bo[10], nb = 0;
        double x[8][3];
        for (int a = 0; a < na; a++) {
            kind[a] = (int)(urand(&s) * 5);
            if (a == 0) {
                x[a][0] = x[a][1] = x[a][2] = 0;
                continue;
            }
            double u[3], r2 = 0;
            for (int c = 0; c < 3; c++) {
                u[c] = 2 * urand(&s) - 1;
                r2 += u[c] * u[c];
            }
            double len = 1.0 + 0.4 * urand(&s), sc = len / sqrt(r2 + 1e-12);
            for (int c = 0; c < 3; c++)
                x[a][c] = x[a - 1][c] + sc * u[c];
            bi[nb] = a - 1, bj[nb] = a, bo[nb] = urand(&s) < 0.3 ? 2 : 1, nb++;
        }
        if (na >= 6)
            bi[nb] = 0, bj[nb] = na - 1, bo[nb] = 1, nb++;
        double u0 = 0;
        for (int a = 0; a < na; a++)
            u0 += e0[kind[a]];
        for (int b = 0; b < nb; b++) {
            double r2 = 0;
            for (int c = 0; c < 3; c++)
                r2 += (x[bi[b]][c] - x[bj[b]][c]) * (x[bi[b]][c] - x[bj[b]][c]);
            u0 += 4.0 * (sqrt(r2) - 1.2) * (sqrt(r2) - 1.2) * bo[b];
        }
        if (m % 4 == 3) {   /* every fourth molecule in V3000 */
            fprintf(f, "mol%d\n  se3tc-test\n\n  0  0  0     0  0            999 V3000\nM  V30 BEGIN CTAB\n"
                       "M  V30 COUNTS %d %d 0 0 0\nM  V30 BEGIN ATOM\n", m, na, nb);
            for (int a = 0; a < na; a++)
                fprintf(f, "M  V30 %d %s %.4f %.4f %.4f 0\n", a + 1, el[kind[a]], x[a][0], x[a][1], x[a][2]);
            fprintf(f, "M  V30 END ATOM\nM  V30 BEGIN BOND\n");
            for (int b = 0; b < nb; b++)
                fprintf(f, "M  V30 %d %d %d %d\n", b + 1, bo[b], bi[b] + 1, bj[b] + 1);
            fprintf(f, "M  V30 END BOND\nM  V30 END CTAB\nM  END\n");
        } else {
            fprintf(f, "mol%d\n  se3tc-test\n\n%3d%3d  0  0  0  0  0  0  0  0999 V2000\n", m, na, nb);
            for (int a = 0; a < na; a++)
                fprintf(f, "%10.4f%10.4f%10.4f %-3s 0  0  0  0  0  0  0  0  0  0  0  0\n", x[a][0], x[a][1], x[a][2],
                        el[kind[a]]);
            for (int b = 0; b < nb; b++)
                fprintf(f, "%3d%3d%3d  0\n", bi[b] + 1, bj[b] + 1, bo[b]);
            fprintf(f, "M  END\n");
        }
        if (m != omit)
            fprintf(f, "> <U0>\n%.10f\n\n", u0);
        fprintf(f, "> <name>\nmol%d\n\n$$$$\n", m);
    }
    fclose(f);
}

static const char *const SPEC =
    "# bonded molecules: bond orders as edge scalars, an extensive energy\n"
    "model sdf_mol { precision f64; graph given; radial(width=8, depth=1);\n"
    "  input elem : 5x0 = species(H, C, N, O, F); edge bond : 4x0 = bonds;\n"
    "  conv c1 -> 6x0 + 2x1; norm n1; conv c2 -> 4x0; mlp h -> 1x0 (hidden=[8]);\n"
    "  pool p (op=sum); output u0 : 1x0; }\n";

/* First and last training loss in CKPT/loss.csv (columns: step, lr, train loss, ...). */
static void loss_ends(const char *ckpt, double *first, double *last)
{
    char path[4400];
    snprintf(path, sizeof path, "%.4200s/loss.csv", ckpt);
    char *csv = tu_read_file(path, NULL);
    ck_assert_ptr_nonnull(csv);
    *first = *last = NAN;
    int row = 0;
    for (char *line = strtok(csv, "\n"); line; line = strtok(NULL, "\n")) {
        if (row++ == 0)
            continue;   /* the header */
        double step, lr, loss;
        if (sscanf(line, "%lf,%lf,%lf", &step, &lr, &loss) == 3) {
            if (isnan(*first))
                *first = loss;
            *last = loss;
        }
    }
    free(csv);
}

START_TEST(test_train_from_sdf)
{
    char spec[4200], tr[4200], te[4200], ck[4200], *err = NULL;
    snprintf(spec, sizeof spec, "%s/sdf_mol.spec", SPEC_DIR);
    ck_assert_int_eq(tu_write_file(spec, SPEC), 0);
    snprintf(tr, sizeof tr, "%s/train.sdf", g_work);
    snprintf(te, sizeof te, "%s/test.sdf", g_work);
    snprintf(ck, sizeof ck, "%s/ck", g_work);
    write_sdf(tr, 48, 5, -1);
    write_sdf(te, 12, 9, -1);
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 80 --batch 8 --lr 1e-2 "
                          "--target-field u0=U0 --threads 1 --quiet", spec, tr, te, ck);
    ck_assert_msg(rc == 0, "se3tc train on SDF failed: %s", err);
    free(err);
    double first, last;
    loss_ends(ck, &first, &last);
    printf("SDF training: loss %.4g -> %.4g\n", first, last);
    ck_assert_msg(isfinite(first) && isfinite(last) && last < 0.5 * first, "loss %g -> %g: not learning", first, last);
}
END_TEST

/* An output trains on the data item of its own name without --target-field. */
START_TEST(test_train_sdf_own_name)
{
    char spec[4200], tr[4200], ck[4200], *err = NULL;
    snprintf(spec, sizeof spec, "%s/sdf_mol.spec", SPEC_DIR);
    ck_assert_int_eq(tu_write_file(spec, SPEC), 0);
    snprintf(tr, sizeof tr, "%s/own.sdf", g_work);
    snprintf(ck, sizeof ck, "%s/ck_own", g_work);
    write_sdf(tr, 8, 3, -1);
    char *sdf = tu_read_file(tr, NULL);
    for (char *p = sdf; (p = strstr(p, "> <U0>")); p++)
        memcpy(p, "> <u0>", 6);
    ck_assert_int_eq(tu_write_file(tr, sdf), 0);
    free(sdf);
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --batch 4 --threads 1 --quiet",
                          spec, tr, tr, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
}
END_TEST

START_TEST(test_train_sdf_errors)
{
    char spec[4200], tr[4200], xyz[4200], ck[4200], *err = NULL;
    snprintf(spec, sizeof spec, "%s/sdf_mol.spec", SPEC_DIR);
    ck_assert_int_eq(tu_write_file(spec, SPEC), 0);
    snprintf(tr, sizeof tr, "%s/miss.sdf", g_work);
    snprintf(ck, sizeof ck, "%s/ck_err", g_work);
    write_sdf(tr, 5, 7, 3);   /* molecule 4 lacks U0 */
    int rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --target-field u0=U0 --quiet",
                          spec, tr, tr, ck);
    ck_assert_int_ne(rc, 0);
    ck_assert_msg(tu_one_line(err) && strstr(err, "frame 4") && strstr(err, "no data item 'U0'"), "%s", err);
    free(err);
    /* without a mapping the output's own name is looked for */
    rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --quiet", spec, tr, tr, ck);
    ck_assert_int_ne(rc, 0);
    ck_assert_msg(tu_one_line(err) && strstr(err, "missing info value 'u0'"), "%s", err);
    free(err);
    rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --target-field u0 --quiet", spec, tr,
                      tr, ck);
    ck_assert_int_ne(rc, 0);
    ck_assert_msg(tu_one_line(err) && strstr(err, "is not OUTPUT=ITEM"), "%s", err);
    free(err);
    snprintf(xyz, sizeof xyz, "%s/a.xyz", g_work);
    ck_assert_int_eq(tu_write_file(xyz, "1\nu0=1\nH 0 0 0\n"), 0);
    rc = tu_se3tc_err(&err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --target-field u0=U0 --quiet", spec,
                      xyz, xyz, ck);
    ck_assert_int_ne(rc, 0);
    ck_assert_msg(tu_one_line(err) && strstr(err, "not an SDF file"), "%s", err);
    free(err);
}
END_TEST

/* The shipped QM9 spec (graph given, bond edge scalars, species and atomic numbers) trains on
 * user-supplied SDF: a few steps, long tier (it JIT-compiles a paper-size model). */
START_TEST(test_train_qm9_spec_sdf)
{
    char tr[4200], ck[4200], *err = NULL;
    snprintf(tr, sizeof tr, "%s/qm9.sdf", g_work);
    snprintf(ck, sizeof ck, "%s/ck_qm9", g_work);
    write_sdf(tr, 16, 11, -1);
    int rc = tu_se3tc_err(&err, "train '%s/specs/qm9_tfn.spec' --train '%s' --test '%s' -o '%s' --steps 3 --batch 4 "
                          "--target-field u0=U0 --quiet", SE3_SOURCE_DIR, tr, tr, ck);
    ck_assert_msg(rc == 0, "%s", err);
    free(err);
}
END_TEST

static Suite *suite_train_sdf(void)
{
    Suite *s = suite_create("train_sdf");
    TCase *tc = tcase_create("train_sdf");
    tcase_set_timeout(tc, 900);
    if (tu_tier_long()) {
        tcase_add_test(tc, test_train_qm9_spec_sdf);
    } else {
        tcase_add_test(tc, test_train_from_sdf);
        tcase_add_test(tc, test_train_sdf_own_name);
        tcase_add_test(tc, test_train_sdf_errors);
    }
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    if (tu_private_env("test_train_sdf", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_train_sdf(), NULL };
    return tu_run_suites(suites);
}
