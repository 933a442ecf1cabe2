/* se3rt_version.h - the version of se3tc and libse3rt (semantic versioning: a change of MAJOR
 * breaks the C API, MINOR adds to it). The build reads the version from this file, so it is
 * the one place the number is written. SE3RT_VERSION_NUMBER compares as an integer:
 * MAJOR * 10000 + MINOR * 100 + PATCH. The generated code's ABI has its own number
 * (SE3RT_ABI_VERSION, se3rt_abi.h), checked when a model is loaded. */
#ifndef SE3RT_VERSION_H
#define SE3RT_VERSION_H

#define SE3RT_VERSION_MAJOR 0
#define SE3RT_VERSION_MINOR 2
#define SE3RT_VERSION_PATCH 0
#define SE3RT_VERSION_STRING "0.2.0"
#define SE3RT_VERSION_NUMBER (SE3RT_VERSION_MAJOR * 10000 + SE3RT_VERSION_MINOR * 100 + SE3RT_VERSION_PATCH)

#endif
