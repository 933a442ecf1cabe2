/* summary.h - one-screen summary of a compiled spec, for `se3tc check --summary`. */
#ifndef SE3C_SUMMARY_H
#define SE3C_SUMMARY_H

#include <stdio.h>

#include "ir.h"

void summary_print(const ir *p, FILE *out);

#endif
