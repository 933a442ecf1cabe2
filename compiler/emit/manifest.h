/* manifest.h - NAME.json (docs/host.md): what a runtime or host needs to feed and read a
 * compiled model: fields, graph, weights with shapes and initialisation, FLOPs, layers. */
#ifndef SE3C_MANIFEST_H
#define SE3C_MANIFEST_H

#include "ir.h"

/* The manifest as a malloc'd JSON string (caller frees). */
char *manifest_json(const ir *p);

/* What `se3tc compile --shared/--object/--static` built (docs/host.md, "Ahead of time"): file
 * names beside the manifest (NULL: not built) and hashes as 64 hex digits. */
typedef struct manifest_lib {
    const char *source_sha256;   /* of NAME.c, compiled into the library */
    const char *compiler;        /* the command and flags used (information) */
    const char *shared, *shared_sha256;
    const char *object, *archive;
} manifest_lib;

/* The same with a "library" object (lib NULL: none, as manifest_json). */
char *manifest_json_lib(const ir *p, const manifest_lib *lib);

#endif
