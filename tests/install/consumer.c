/* consumer.c - a host program built against an installed se3tc (tests/install/check.sh): it
 * includes the public header, links libse3rt, opens a context and prints the library's version,
 * failing when the header and the library disagree. */
#include <stdio.h>
#include <string.h>

#include <se3rt.h>

int main(void)
{
    se3rt_ctx *ctx = NULL;
    if (se3rt_ctx_new(&ctx, NULL) != SE3RT_OK)
        return 1;
    int same = strcmp(se3rt_version(), SE3RT_VERSION_STRING) == 0;
    printf("se3rt %s (header %s)\n", se3rt_version(), SE3RT_VERSION_STRING);
    se3rt_ctx_free(ctx);
    return same ? 0 : 1;
}
