/* cmd_reference.h - `se3tc fit-reference SPEC -i TRAIN.xyz`: per-element reference energies
 * fitted by least squares on a training set, printed as the spec's `reference={...}` option
 * (docs/spec-language.md, "Energy outputs"). */
#ifndef SE3_CMD_REFERENCE_H
#define SE3_CMD_REFERENCE_H

/* argv[0] is "fit-reference". Prints `reference={H = ..., O = ...}` on stdout and the fit's
 * residual on stderr; errors are one line on stderr. Returns the exit code (0, 1 or 2). */
int cmd_fit_reference(int argc, char **argv);

#endif
