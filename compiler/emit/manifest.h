/* manifest.h - NAME.json (docs/host.md): what a runtime or host needs to feed and read a
 * compiled model: fields, graph, weights with shapes and initialisation, FLOPs, layers. */
#ifndef SE3C_MANIFEST_H
#define SE3C_MANIFEST_H

#include "ir.h"

/* The manifest as a malloc'd JSON string (caller frees). */
char *manifest_json(const ir *p);

#endif
