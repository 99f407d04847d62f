/* The LoRA delta of one decode step, each batch row with its own adapter (see lora_kernel.py).
 *
 * For every row r with rank[r] > 0, where A_r = a_ptrs[r] (rank x in_f, row-major) and
 * Bt_r = b_ptrs[r] (rank x out_f, row-major, i.e. B transposed) are that row's adapter factors:
 *     h      = scale[r] * A_r @ x[r]
 *     y[r]  += Bt_r^T @ h
 *
 * A row reads only its own adapter's factors, in memory order, and its result never depends
 * on the other rows of the batch. Plain C that the compiler vectorizes; on x86-64 one clone
 * per instruction-set level is chosen when the library loads.
 */
#include <stdint.h>

#define MAX_RANK 1024

#if defined(__x86_64__) && defined(__GNUC__) && defined(__linux__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
int lora_rows(int rows, const float *x, int64_t x_stride, float *y, int64_t y_stride, int in_f, int out_f,
              const int64_t *a_ptrs, const int64_t *b_ptrs, const int32_t *ranks, const float *scales) {
    float h[MAX_RANK];
    for (int r = 0; r < rows; ++r) {
        const int rank = ranks[r];
        if (rank <= 0) continue;
        if (rank > MAX_RANK) return -1;
        const float *A = (const float *)(intptr_t)a_ptrs[r];
        const float *Bt = (const float *)(intptr_t)b_ptrs[r];
        const float *xr = x + r * x_stride;
        float *yr = y + r * y_stride;
        for (int k = 0; k < rank; ++k) {
            const float *ak = A + (int64_t)k * in_f;
            float s = 0.f;
#pragma omp simd reduction(+ : s)
            for (int i = 0; i < in_f; ++i) s += xr[i] * ak[i];
            h[k] = s * scales[r];
        }
        for (int k = 0; k < rank; ++k) {
            const float *bk = Bt + (int64_t)k * out_f;
            const float hk = h[k];
#pragma omp simd
            for (int o = 0; o < out_f; ++o) yr[o] += hk * bk[o];
        }
    }
    return 0;
}
