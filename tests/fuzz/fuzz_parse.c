/* fuzz_parse.c - libFuzzer target for the spec front end: parse, check and lower any bytes
 * through the same compile_string() the se3tc driver uses. Build with tests/fuzz/run_parse.sh. */
#include <stddef.h>
#include <stdint.h>

#include "compile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    compile *c = compile_string("fuzz.spec", (const char *)data, size);
    compile_free(c);
    return 0;
}
