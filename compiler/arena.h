/* arena.h - bump allocator for one compile: AST, checked model and IR nodes all come from it
 * and are freed at once by arena_free(), so no node has an owner to track. */
#ifndef SE3C_ARENA_H
#define SE3C_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena {
    arena_block *head;   /* newest block first */
} arena;

void *arena_alloc(arena *a, size_t n);           /* zeroed; aborts on out-of-memory */
char *arena_strdup(arena *a, const char *s);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void  arena_free(arena *a);

#endif
