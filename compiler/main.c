/* main.c - the se3tc driver: parses the command line and runs one command
 * (check, sh, cg, ...). Library code reports through diagnostics; only this file prints them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_math.h"
#include "compile.h"
#include "summary.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: se3tc COMMAND [ARGS]\n"
            "commands:\n"
            "  check [--summary] [--dump-ir] SPEC...  parse and check specs; exit 1 on errors\n"
            "  sh LMAX                                 real spherical harmonics of points on stdin\n"
            "  cg L K J                                the real coupling tensor C^{LK}_J\n"
            "  --version                               print the version\n"
            "Run 'se3tc COMMAND --help' for a command's options.\n");
}

/* check: `se3tc check [--summary] [--dump-ir] SPEC...` */
static int cmd_check(int argc, char **argv)
{
    int summary = 0, dump = 0, nspecs = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: se3tc check [--summary] [--dump-ir] SPEC...\n"
                   "Parse and check each spec; print FILE:LINE:COL: error: ... for each mistake.\n"
                   "  --summary  print fibres, layers, (k, l, J) paths and weights of each spec\n"
                   "  --dump-ir  print the IR (radial nets, paths, weights) of each spec\n");
            return 0;
        } else if (strcmp(argv[i], "--summary") == 0) {
            summary = 1;
        } else if (strcmp(argv[i], "--dump-ir") == 0) {
            dump = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "se3tc check: unknown option '%s' (see se3tc check --help)\n", argv[i]);
            return 2;
        } else {
            nspecs++;
        }
    }
    if (!nspecs) {
        fprintf(stderr, "se3tc check: no spec given (usage: se3tc check [--summary] SPEC...)\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1])
            continue;
        compile *c = compile_file(argv[i]);
        if (c->diags.nerrors) {
            diag_print(&c->diags, stderr);
            failed = 1;
        } else {
            if (summary)
                summary_print(c->ir, stdout);
            if (dump)
                ir_dump(c->ir, stdout);
        }
        compile_free(c);
    }
    return failed;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("se3tc %s\n", SE3TC_VERSION);
        return 0;
    }
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "sh") == 0)
        return cmd_sh(argc - 1, argv + 1, stdin, stdout, stderr);
    if (strcmp(cmd, "cg") == 0)
        return cmd_cg(argc - 1, argv + 1, stdout, stderr);
    fprintf(stderr, "se3tc: unknown command '%s' (see se3tc --help)\n", cmd);
    return 2;
}
