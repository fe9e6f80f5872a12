#ifndef PARALLAX_CBLAS_H
#define PARALLAX_CBLAS_H

// The two OpenBLAS entry points Parallax uses, declared here rather than through <cblas.h>,
// whose path differs between Debian's OpenBLAS flavours (pthread, openmp, serial).
// Layouts and transposes are CBLAS's enum values: row-major 101, no transpose 111,
// transpose 112.

void cblas_sgemm(int layout, int transA, int transB, int m, int n, int k, float alpha,
                 const float *a, int lda, const float *b, int ldb, float beta, float *c,
                 int ldc);

void openblas_set_num_threads(int threads);

#endif
