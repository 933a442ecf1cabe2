/* test_harden_input.c - messages about bad input files point at the right place, and periodic
 * frames are refused (issue 9). Every per-atom or per-frame fault in a multi-frame file, found by
 * `se3tc run` or by `se3tc train` while it loads its data, is one line on stderr naming the file,
 * the frame and the atom within the frame, counted from 1 (FILE: frame F, atom A: WHAT), whatever
 * batch the frame was run in; the exit code is non-zero and nothing is written. The message
 * formats are in docs/formats.md ("Where a message points"). The TCase fuzz_corpora replays every
 * fuzz corpus (tests/fuzz/) through the fuzz targets' own code. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <dirent.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"

/* The fuzz targets themselves, so that the ordinary run replays every corpus file through exactly
 * the checks libFuzzer ran (a target abort()s on a broken invariant: a failed test here). */
#define LLVMFuzzerTestOneInput fuzz_extxyz_one
#include "fuzz/fuzz_extxyz.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_sdf_one
#include "fuzz/fuzz_sdf.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_safetensors_one
#include "fuzz/fuzz_safetensors.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_parse_one
#include "fuzz/fuzz_parse.c"
#undef LLVMFuzzerTestOneInput

#define SPEC_CONV SE3_SOURCE_DIR "/specs/tiny_conv.spec" /* knn(k=4), per-graph output g (7 numbers) */
#define SPEC_MLP SE3_SOURCE_DIR "/specs/tiny_mlp.spec"   /* graph given (SDF), atomic_number input z */

static char g_work[4096];  /* fixtures */
static char g_cache[4096]; /* SE3TC_CACHE of this run */

/* ---- helpers ---------------------------------------------------------------------------- */

/* g_work/NAME in a static rotating buffer. */
static const char *W(const char *name)
{
    static char buf[8][4200];
    static int k;
    char *b = buf[k++ % 8];
    snprintf(b, sizeof buf[0], "%s/%s", g_work, name);
    return b;
}




/* The five atoms of a good frame (species, pos, a:R:3); frame f is shifted by 0.1 f in x. */
static const double ATOM[5][6] = {
    { 0, 0, 0, 1, 0, 0 }, { 1, 0, 0, 0, 1, 0 }, { 0, 1, 0, 0, 0, 1 }, { 0, 0, 1, 1, 1, 0 }, { 1, 1, 1, 0, 1, 1 },
};

/* One change to a frame of a generated file: frames and atoms count from 1. */
typedef struct edit {
    int frame;           /* 0 ends the list */
    int atom;            /* replace this atom's line by `line` (0: none) */
    const char *line;
    const char *comment; /* extra comment-line entries (NULL: none) */
    int natoms;          /* keep only the first natoms atoms (0: all five) */
} edit;

/* Write `nframes` good frames (with the per-graph target g) to g_work/NAME, changed by `edits`. */
static const char *write_frames(const char *name, int nframes, const edit *edits)
{
    const char *path = W(name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int fr = 1; fr <= nframes; fr++) {
        const edit *e = NULL;
        for (const edit *p = edits; p && p->frame; p++)
            if (p->frame == fr)
                e = p;
        int n = e && e->natoms ? e->natoms : 5;
        fprintf(f, "%d\nProperties=species:S:1:pos:R:3:a:R:3 g=\"0.1 0.2 0.3 0.4 0 0 1\"%s%s\n", n,
                e && e->comment ? " " : "", e && e->comment ? e->comment : "");
        for (int a = 1; a <= n; a++) {
            if (e && e->atom == a) {
                fprintf(f, "%s\n", e->line);
                continue;
            }
            const double *v = ATOM[a - 1];
            fprintf(f, "X %g %g %g %g %g %g\n", v[0] + 0.1 * fr, v[1], v[2], v[3], v[4], v[5]);
        }
    }
    ck_assert_int_eq(fclose(f), 0);
    return path;
}

/* Run se3tc with printf-style arguments; returns the exit code. */
static int se3tc_fmt(char **out, char **err, const char *fmt, ...)
{
    char args[16384];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    return tu_se3tc(args, NULL, out, err);
}

/* stderr is exactly `want` + "\n" (one line). */
static void assert_line(const char *err, const char *want)
{
    size_t n = strlen(err);
    ck_assert_msg(n > 0 && err[n - 1] == '\n' && strchr(err, '\n') == err + n - 1,
                  "expected one line on stderr, got:\n%s", err);
    ck_assert_msg(strncmp(err, want, n - 1) == 0 && strlen(want) == n - 1, "stderr:\n%s\nexpected:\n%s", err, want);
}

/* `se3tc run SPEC --seed 1 --device cpu OPTS -i IN -o DIR/out.xyz` fails with exit 1, the one
 * line "se3tc run: IN: WHAT", nothing on stdout and nothing in DIR. */
static void run_fails(const char *spec, const char *opts, const char *in, const char *what)
{
    char *dir = tu_tmpdir(), *out, *err, want[8192];
    ck_assert_ptr_nonnull(dir);
    int rc = se3tc_fmt(&out, &err, "run '%s' --seed 1 --device cpu %s -i '%s' -o '%s/out.xyz'", spec, opts, in, dir);
    ck_assert_msg(rc == 1, "exit %d, expected 1; stderr:\n%s", rc, err);
    snprintf(want, sizeof want, "se3tc run: %s: %s", in, what);
    assert_line(err, want);
    ck_assert_str_eq(out, "");
    ck_assert_int_eq(tu_dir_count(dir), 0);
    free(out);
    free(err);
    rmdir(dir);
    free(dir);
}

/* The same run succeeds and writes one frame per input frame. */
static void run_ok(const char *spec, const char *opts, const char *in, int nframes)
{
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, "run '%s' --seed 1 --device cpu %s -i '%s'", spec, opts, in);
    ck_assert_msg(rc == 0, "exit %d; stderr:\n%s", rc, err);
    int frames = 0;
    for (const char *p = out; (p = strstr(p, " g=\"")); p++)
        frames++;
    ck_assert_int_eq(frames, nframes);
    free(out);
    free(err);
}

/* `se3tc train SPEC --train TR --test TE -o DIR/ckpt --steps 2 --batch 2 OPTS` fails with a
 * non-zero exit, the one line "se3tc train: WHAT" (WHAT names the file itself), and leaves no
 * checkpoint (DIR/ckpt absent or empty). */
static void train_fails(const char *opts, const char *tr, const char *te, const char *what)
{
    char *dir = tu_tmpdir(), *out, *err, want[8192], ckpt[4200];
    ck_assert_ptr_nonnull(dir);
    snprintf(ckpt, sizeof ckpt, "%s/ckpt", dir);
    int rc = se3tc_fmt(&out, &err, "train '%s' --train '%s' --test '%s' -o '%s' --steps 2 --batch 2 --threads 1 "
                       "--quiet %s", SPEC_CONV, tr, te, ckpt, opts);
    ck_assert_msg(rc != 0, "exit 0; stderr:\n%s", err);
    snprintf(want, sizeof want, "se3tc train: %s", what);
    assert_line(err, want);
    ck_assert_int_le(tu_dir_count(ckpt), 0);
    free(out);
    free(err);
    tu_rm_rf(dir);
    free(dir);
}

/* ---- se3tc run: per-atom faults ------------------------------------------------------------- */

START_TEST(run_too_large_f32_frame2)
{
    /* the input: the bad atom is atom 2 of frame 2, atom 7 of the batch */
    const edit e[] = { { 2, 2, "X 2e15 0 0 0 1 0", NULL, 0 }, { 0 } };
    const char *in = write_frames("large.xyz", 3, e);
    run_fails(SPEC_CONV, "--precision f32", in,
              "frame 2, atom 2: coordinate x = 2e+15 is too large for an f32 model (|x| <= 1e15; use --precision f64)");
    /* an f64 model holds it */
    run_ok(SPEC_CONV, "--precision f64", in, 3);
}
END_TEST

START_TEST(run_too_large_f32_frame3_z)
{
    const edit e[] = { { 3, 4, "X 0 0 -3e16 1 1 0", NULL, 0 }, { 0 } };
    run_fails(SPEC_CONV, "--precision f32", write_frames("large3.xyz", 3, e),
              "frame 3, atom 4: coordinate z = -3e+16 is too large for an f32 model (|x| <= 1e15; use --precision f64)");
}
END_TEST

START_TEST(run_nan_position_frame2)
{
    const edit e[] = { { 2, 2, "X nan 0 0 0 1 0", NULL, 0 }, { 0 } };
    run_fails(SPEC_CONV, "", write_frames("nan2.xyz", 3, e), "frame 2, atom 2: non-finite position (x = nan)");
}
END_TEST

START_TEST(run_inf_position_frame3)
{
    const edit e[] = { { 3, 4, "X 0 0 -inf 1 1 0", NULL, 0 }, { 0 } };
    run_fails(SPEC_CONV, "", write_frames("inf3.xyz", 4, e), "frame 3, atom 4: non-finite position (z = -inf)");
}
END_TEST

START_TEST(run_nan_input_frame3)
{
    const edit e[] = { { 3, 5, "X 1 1 1 0 nan 1", NULL, 0 }, { 0 } };
    run_fails(SPEC_CONV, "", write_frames("nanin3.xyz", 3, e), "frame 3, atom 5: non-finite value in input 'a'");
}
END_TEST

START_TEST(run_too_large_input_frame2)
{
    /* an input value whose square the precision cannot hold is named at its atom, not as a
     * non-finite output of some other atom after it overflowed inside the model */
    const edit e[] = { { 2, 2, "X 0.1 0 0 0 1e300 0", NULL, 0 }, { 0 } };
    const char *in = write_frames("bigin2.xyz", 3, e);
    run_fails(SPEC_CONV, "--precision f32", in,
              "frame 2, atom 2: input value 1e+300 (column 2) is too large for an f32 model (|v| <= 1e15; use "
              "--precision f64)");
    run_fails(SPEC_CONV, "--precision f64", in,
              "frame 2, atom 2: input value 1e+300 (column 2) is too large for an f64 model (|v| <= 1e150)");
    const edit p[] = { { 3, 1, "X 0 2e200 0 1 0 0", NULL, 0 }, { 0 } };
    run_fails(SPEC_CONV, "--precision f64", write_frames("bigpos3.xyz", 3, p),
              "frame 3, atom 1: coordinate y = 2e+200 is too large (|x| <= 1e150)");
}
END_TEST

/* An endless input (/dev/zero) ends in one line naming it, not in the allocator: files read
 * whole stop at a quarter of the memory available (here ulimit -v 2 GB). Not under
 * AddressSanitizer, which cannot run under an address-space limit. */
START_TEST(run_endless_input_refused)
{
#ifndef __SANITIZE_ADDRESS__
    char cmd[16384], errpath[4200], outpath[4200];
    snprintf(errpath, sizeof errpath, "%s/endless.err", g_work);
    snprintf(outpath, sizeof outpath, "%s/endless.xyz", g_work);
    snprintf(cmd, sizeof cmd, "ulimit -v 2000000; exec '%s' run '%s' --seed 1 -i /dev/zero -o '%s' 2>'%s'", SE3TC_EXE,
             SPEC_CONV, outpath, errpath);
    int rc = system(cmd);
    ck_assert(WIFEXITED(rc) && WEXITSTATUS(rc) == 1);
    char *err = tu_read_file(errpath, NULL);
    ck_assert_ptr_nonnull(err);
    assert_line(err, "se3tc run: /dev/zero: more than 0.477 GiB, the most se3tc reads into memory (a quarter of the "
                     "memory available)");
    free(err);
    ck_assert_int_eq(access(outpath, F_OK), -1);
#endif
}
END_TEST

START_TEST(run_first_fault_wins)
{
    /* frame 2's NaN is reported, not frame 3's, whichever check would find which */
    const edit e[] = { { 2, 3, "X 0 nan 0 0 0 1", NULL, 0 }, { 3, 1, "X inf 0 0 1 0 0", NULL, 0 }, { 0 } };
    run_fails(SPEC_CONV, "", write_frames("two_bad.xyz", 3, e), "frame 2, atom 3: non-finite position (y = nan)");
}
END_TEST

/* ---- se3tc run: per-frame faults (graphs) ---------------------------------------------------- */

START_TEST(run_knn_too_few_frame2)
{
    /* a frame with fewer than k + 1 points is not a fault: every other point is a neighbour */
    const edit e[] = { { 2, 0, NULL, NULL, 3 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("few2.xyz", 3, e), 3);
}
END_TEST

START_TEST(run_empty_frame3)
{
    /* two good frames, then one of 0 atoms (written by hand: natoms 0 means "all five") */
    const char *path = W("empty3.xyz");
    const edit none[] = { { 0 } };
    write_frames("empty3_head.xyz", 2, none);
    char *head = tu_read_file(W("empty3_head.xyz"), NULL);
    char text[8192];
    snprintf(text, sizeof text, "%s0\nProperties=species:S:1:pos:R:3:a:R:3\n", head);
    ck_assert_int_eq(tu_write_file(path, text), 0);
    free(head);
    run_fails(SPEC_CONV, "", path, "frame 3: empty frame (0 atoms)");
}
END_TEST

START_TEST(run_coincident_atoms_run)
{
    /* two atoms at the same place in frame 2: edges of length zero are defined (docs/graphs.md) */
    const edit e[] = { { 2, 2, "X 0.2 0 0 0 1 0", NULL, 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("coincident2.xyz", 3, e), 3);
}
END_TEST

/* ---- SDF: molecules are frames ----------------------------------------------------------------- */

/* An SDF file of three molecules (C, O, H atoms; bonds 1-2, 2-3); molecule `bad` gets atom 2's
 * symbol `sym` and, with dup, bond 1-2 twice. */
static const char *write_sdf(const char *name, int bad, const char *sym, int dup)
{
    const char *path = W(name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int m = 1; m <= 3; m++) {
        int nb = m == bad && dup ? 3 : 2;
        fprintf(f, "mol%d\n  test\n\n%3d%3d  0  0  0  0  0  0  0  0999 V2000\n", m, 3, nb);
        fprintf(f, "%10.4f%10.4f%10.4f %-3s 0  0\n", 0.0, 0.0, 0.1 * m, "C");
        fprintf(f, "%10.4f%10.4f%10.4f %-3s 0  0\n", 1.2, 0.0, 0.0, m == bad && sym ? sym : "O");
        fprintf(f, "%10.4f%10.4f%10.4f %-3s 0  0\n", 1.5, 0.9, 0.0, "H");
        fprintf(f, "  1  2  1  0\n  2  3  1  0\n");
        if (nb == 3)
            fprintf(f, "  2  1  1  0\n");
        fprintf(f, "M  END\n$$$$\n");
    }
    ck_assert_int_eq(fclose(f), 0);
    return path;
}

START_TEST(run_sdf_unknown_element_mol2)
{
    run_fails(SPEC_MLP, "", write_sdf("xx2.sdf", 2, "Xx", 0),
              "frame 2, atom 2: unknown element 'Xx' (input 'z' reads atomic numbers)");
}
END_TEST

START_TEST(run_sdf_duplicate_bond_mol3)
{
    run_fails(SPEC_MLP, "", write_sdf("dup3.sdf", 3, NULL, 1), "frame 3: bond 3 (atoms 2-1) duplicates bond 1");
}
END_TEST

START_TEST(run_sdf_good)
{
    char *out, *err;
    int rc = se3tc_fmt(&out, &err, "run '%s' --seed 1 --device cpu -i '%s'", SPEC_MLP, write_sdf("good.sdf", 0, NULL, 0));
    ck_assert_msg(rc == 0, "exit %d; stderr:\n%s", rc, err);
    free(out);
    free(err);
}
END_TEST

/* ---- periodic frames ------------------------------------------------------------------------ */

#define LATTICE "Lattice=\"10 0 0 0 10 0 0 0 10\""

START_TEST(run_periodic_pbc_ttt_frame2)
{
    /* the frame: atoms 1 A apart across the boundary at x = 0 / 10; periodic graphs
     * exist now (tests/test_periodic.c checks their values), so the run succeeds */
    const edit e[] = { { 2, 2, "X 9.5 0 0 0 1 0", LATTICE " pbc=\"T T T\"", 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("pbc_ttt.xyz", 3, e), 3);
}
END_TEST

START_TEST(run_periodic_one_direction_frame3)
{
    const edit e[] = { { 3, 0, NULL, LATTICE " pbc=\"F F T\"", 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("pbc_fft.xyz", 3, e), 3);
}
END_TEST

START_TEST(run_periodic_variants)
{
    /* any case of the key, 1/True words, a bare flag; a periodic direction without a cell fails */
    const edit e1[] = { { 2, 0, NULL, LATTICE " PBC=\"1 1 1\"", 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("pbc_111.xyz", 2, e1), 2);
    const edit e2[] = { { 1, 0, NULL, "pbc=\"True False False\"", 0 }, { 0 } };
    run_fails(SPEC_CONV, "", write_frames("pbc_true.xyz", 2, e2),
              "frame 1: pbc=\"True False False\" without Lattice=: a periodic frame needs its cell");
    const edit e3[] = { { 2, 0, NULL, LATTICE " pbc", 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("pbc_flag.xyz", 2, e3), 2);
    const edit e4[] = { { 2, 0, NULL, "Lattice=\"10 0 0 0 10\" pbc=\"T T T\"", 0 }, { 0 } };
    run_fails(SPEC_CONV, "", write_frames("pbc_badlat.xyz", 2, e4),
              "frame 2: Lattice=\"10 0 0 0 10\" is not 9 finite numbers (the lattice vectors a, b, c as x y z each)");
}
END_TEST

START_TEST(run_periodic_lattice_without_pbc)
{
    /* ASE reads a Lattice without pbc as periodic in all three directions */
    const edit e[] = { { 3, 0, NULL, LATTICE, 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("lattice_only.xyz", 3, e), 3);
}
END_TEST

START_TEST(run_open_frames_run)
{
    /* pbc="F F F", with or without a Lattice, and the other spellings of false run as before */
    const edit e[] = { { 1, 0, NULL, LATTICE " pbc=\"F F F\"", 0 }, { 2, 0, NULL, "pbc=\"F F F\"", 0 },
                       { 3, 0, NULL, LATTICE " pbc=\"0 False f\"", 0 }, { 0 } };
    run_ok(SPEC_CONV, "", write_frames("open.xyz", 4, e), 4);
}
END_TEST

/* ---- se3tc train: data loading ---------------------------------------------------------------- */

START_TEST(train_too_large_f32_train_frame2)
{
    const edit none[] = { { 0 } }, e[] = { { 2, 2, "X 2e15 0 0 0 1 0", NULL, 0 }, { 0 } };
    const char *tr = write_frames("tr_large.xyz", 3, e), *te = write_frames("te_good.xyz", 2, none);
    char want[8192];
    snprintf(want, sizeof want, "%s: frame 2, atom 2: coordinate x = 2e+15 is too large for an f32 model "
             "(|x| <= 1e15; use --precision f64)", tr);
    train_fails("--precision f32", tr, te, want);
}
END_TEST


START_TEST(train_too_large_target_frame2)
{
    /* a target whose square overflows is named at its frame, not as a non-finite loss */
    const edit none[] = { { 0 } };
    const char *good = write_frames("tr_bigt_src.xyz", 3, none), *te = write_frames("te_good3.xyz", 2, none);
    char *text = tu_read_file(good, NULL);
    ck_assert_ptr_nonnull(text);
    /* frame 2's g = "0.1 0.2 ..." becomes "0.1 1e300 ..." */
    char *second = strstr(strstr(text, " g=\"0.1 0.2") + 1, " g=\"0.1 0.2");
    ck_assert_ptr_nonnull(second);
    second[8] = 0;
    char bad[16384];
    snprintf(bad, sizeof bad, "%s1e300%s", text, second + 8 + 3);
    const char *tr = W("tr_bigt.xyz");
    ck_assert_int_eq(tu_write_file(tr, bad), 0);
    free(text);
    char want[8192];
    snprintf(want, sizeof want, "%s: frame 2: target value 1e+300 is too large (|t| <= 1e150)", tr);
    train_fails("", tr, te, want);
}
END_TEST

START_TEST(train_nan_input_frame2)
{
    const edit none[] = { { 0 } }, e[] = { { 2, 3, "X 0 1 0 0 0 nan", NULL, 0 }, { 0 } };
    const char *tr = write_frames("tr_nanin.xyz", 3, e), *te = write_frames("te_good2.xyz", 2, none);
    char want[8192];
    snprintf(want, sizeof want, "%s: frame 2, atom 3: non-finite value in input 'a'", tr);
    train_fails("", tr, te, want);
}
END_TEST

START_TEST(train_nan_position_frame3)
{
    const edit none[] = { { 0 } }, e[] = { { 3, 5, "X 1 inf 1 0 1 1", NULL, 0 }, { 0 } };
    const char *tr = write_frames("tr_inf.xyz", 4, e), *te = write_frames("te_good3.xyz", 2, none);
    char want[8192];
    snprintf(want, sizeof want, "%s: frame 3, atom 5: non-finite position (y = inf)", tr);
    train_fails("", tr, te, want);
}
END_TEST

START_TEST(train_periodic_frame2)
{
    /* periodic frames train with their cells (tests/test_train_periodic.c); a periodic direction
     * without a cell, or a malformed cell, is refused naming the file and frame */
    const edit none[] = { { 0 } }, e[] = { { 2, 0, NULL, LATTICE " pbc=\"T T T\"", 0 }, { 0 } };
    const char *tr = write_frames("tr_pbc.xyz", 3, e), *te = write_frames("te_good4.xyz", 2, none);
    char *dir = tu_tmpdir(), *out, *err;
    ck_assert_ptr_nonnull(dir);
    int rc = se3tc_fmt(&out, &err, "train '%s' --train '%s' --test '%s' -o '%s/ck' --steps 2 --batch 2 --threads 1 "
                       "--quiet", SPEC_CONV, tr, te, dir);
    ck_assert_msg(rc == 0, "exit %d; stderr:\n%s", rc, err);
    free(out);
    free(err);
    tu_rm_rf(dir);
    free(dir);
    const edit l[] = { { 2, 0, NULL, "pbc=\"T T T\"", 0 }, { 0 } };
    tr = write_frames("tr_nolattice.xyz", 2, l);
    char want[8192];
    snprintf(want, sizeof want, "%s: frame 2: pbc=\"T T T\" without Lattice=: a periodic frame needs its cell", tr);
    train_fails("", tr, te, want);
    const edit bl[] = { { 2, 0, NULL, "Lattice=\"1 0 0\"", 0 }, { 0 } };
    te = write_frames("te_lattice.xyz", 2, bl);
    tr = write_frames("tr_good5.xyz", 2, none);
    snprintf(want, sizeof want, "%s: frame 2: Lattice=\"1 0 0\" is not 9 finite numbers (the lattice vectors a, b, c as "
             "x y z each)", te);
    train_fails("", tr, te, want);
}
END_TEST

/* ---- fuzz corpora ------------------------------------------------------------------------------ */

/* Every file of tests/fuzz/corpus_NAME/ through the target; returns the number of files. */
static int corpus_through(const char *name, int (*target)(const uint8_t *, size_t))
{
    char dirp[4200];
    snprintf(dirp, sizeof dirp, "%s/tests/fuzz/corpus_%s", SE3_SOURCE_DIR, name);
    DIR *d = opendir(dirp);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char p[4500];
        snprintf(p, sizeof p, "%s/%s", dirp, e->d_name);
        size_t len = 0;
        char *buf = tu_read_file(p, &len);
        ck_assert_msg(buf != NULL, "%s: cannot read", p);
        target((const uint8_t *)buf, len);
        free(buf);
        n++;
    }
    closedir(d);
    return n;
}

START_TEST(fuzz_corpus_extxyz)
{
    ck_assert_int_gt(corpus_through("extxyz", fuzz_extxyz_one), 0);
}
END_TEST

START_TEST(fuzz_corpus_sdf)
{
    ck_assert_int_gt(corpus_through("sdf", fuzz_sdf_one), 0);
}
END_TEST

START_TEST(fuzz_corpus_safetensors)
{
    ck_assert_int_gt(corpus_through("safetensors", fuzz_safetensors_one), 0);
}
END_TEST

START_TEST(fuzz_corpus_parse)
{
    ck_assert_int_gt(corpus_through("parse", fuzz_parse_one), 10);
}
END_TEST

static Suite *suite_input(void)
{
    Suite *s = suite_create("harden_input");
    TCase *t = tcase_create("run_atoms");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, run_too_large_f32_frame2);
    tcase_add_test(t, run_too_large_f32_frame3_z);
    tcase_add_test(t, run_nan_position_frame2);
    tcase_add_test(t, run_inf_position_frame3);
    tcase_add_test(t, run_nan_input_frame3);
    tcase_add_test(t, run_too_large_input_frame2);
    tcase_add_test(t, run_endless_input_refused);
    tcase_add_test(t, run_first_fault_wins);
    suite_add_tcase(s, t);

    t = tcase_create("run_frames");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, run_knn_too_few_frame2);
    tcase_add_test(t, run_empty_frame3);
    tcase_add_test(t, run_coincident_atoms_run);
    tcase_add_test(t, run_sdf_unknown_element_mol2);
    tcase_add_test(t, run_sdf_duplicate_bond_mol3);
    tcase_add_test(t, run_sdf_good);
    suite_add_tcase(s, t);

    t = tcase_create("periodic");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, run_periodic_pbc_ttt_frame2);
    tcase_add_test(t, run_periodic_one_direction_frame3);
    tcase_add_test(t, run_periodic_variants);
    tcase_add_test(t, run_periodic_lattice_without_pbc);
    tcase_add_test(t, run_open_frames_run);
    suite_add_tcase(s, t);

    t = tcase_create("train");
    tcase_set_timeout(t, 240);
    tcase_add_test(t, train_too_large_f32_train_frame2);
    tcase_add_test(t, train_nan_input_frame2);
    tcase_add_test(t, train_too_large_target_frame2);
    tcase_add_test(t, train_nan_position_frame3);
    tcase_add_test(t, train_periodic_frame2);
    suite_add_tcase(s, t);

    t = tcase_create("fuzz_corpora");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, fuzz_corpus_extxyz);
    tcase_add_test(t, fuzz_corpus_sdf);
    tcase_add_test(t, fuzz_corpus_safetensors);
    tcase_add_test(t, fuzz_corpus_parse);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    if (tu_private_env("test_harden_input", 0, g_work, sizeof g_work, g_cache, sizeof g_cache) != 0)
        return 1;
    Suite *suites[] = { suite_input(), NULL };
    int rc = tu_run_suites(suites);
    tu_rm_rf(g_work);
    tu_rm_rf(g_cache);
    return rc;
}
