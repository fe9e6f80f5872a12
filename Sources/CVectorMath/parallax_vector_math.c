// GELU and the exponential over arrays, for the sentence encoder. glibc's libmvec has vector
// forms of erff and expf, but Swift cannot call them: they take and return SSE registers. Its
// 4-wide SSE2 forms are called here, which every x86-64 machine can run (libmvec picks the
// fastest form the machine supports); elsewhere the scalar functions are used.
#include "parallax_vector_math.h"

#include <math.h>

#if defined(__x86_64__) && defined(__GLIBC__)
#include <xmmintrin.h>
__m128 _ZGVbN4v_erff(__m128);
__m128 _ZGVbN4v_expf(__m128);
#define PARALLAX_LIBMVEC 1
#endif

void parallax_gelu(float *x, int64_t count) {
    const float root_half = 0.70710678118654752f;
    int64_t i = 0;
#ifdef PARALLAX_LIBMVEC
    const __m128 scale = _mm_set1_ps(root_half);
    const __m128 half = _mm_set1_ps(0.5f);
    const __m128 one = _mm_set1_ps(1.0f);
    for (; i + 4 <= count; i += 4) {
        __m128 value = _mm_loadu_ps(x + i);
        __m128 erf = _ZGVbN4v_erff(_mm_mul_ps(value, scale));
        _mm_storeu_ps(x + i, _mm_mul_ps(_mm_mul_ps(half, value), _mm_add_ps(one, erf)));
    }
#endif
    for (; i < count; i++) {
        x[i] = 0.5f * x[i] * (1.0f + erff(x[i] * root_half));
    }
}

void parallax_exp(float *x, int64_t count) {
    int64_t i = 0;
#ifdef PARALLAX_LIBMVEC
    for (; i + 4 <= count; i += 4) {
        _mm_storeu_ps(x + i, _ZGVbN4v_expf(_mm_loadu_ps(x + i)));
    }
#endif
    for (; i < count; i++) {
        x[i] = expf(x[i]);
    }
}
