/* version.c - the library's version string (se3rt_version.h). */
#include "se3rt.h"

const char *se3rt_version(void)
{
    return SE3RT_VERSION_STRING;
}
