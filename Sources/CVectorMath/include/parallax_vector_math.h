#ifndef PARALLAX_VECTOR_MATH_H
#define PARALLAX_VECTOR_MATH_H

#include <stdint.h>

/// Replaces each of `count` floats at `x` with its GELU, x·Φ(x) through the error function,
/// four at a time with glibc's vector error function where the platform has it.
void parallax_gelu(float *x, int64_t count);

/// Replaces each of `count` floats at `x` with its exponential, four at a time with glibc's
/// vector exponential where the platform has it.
void parallax_exp(float *x, int64_t count);

#endif
