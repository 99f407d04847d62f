/* The LoRA delta of a decode step or a short prompt, each batch row with its own adapter
 * (see lora_kernel.py).
 *
 * For every row r with rank[r] > 0, where A_r = a_ptrs[r] (rank x in_f, row-major) and
 * Bt_r = b_ptrs[r] (rank x out_f, row-major, i.e. B transposed) are that row's adapter factors,
 * float32, or bfloat16 when bf16[r] (read as stored, widened exactly to float32), and for each of
 * the row's seq tokens t:
 *     h        = scale[r] * A_r @ x[r, t]
 *     y[r, t] += Bt_r^T @ h
 *
 * A row reads only its own adapter's factors, in memory order, and its result never depends
 * on the other rows of the batch, nor on which thread runs it (rows are split over threads from
 * PARALLEL_ROWS rows x tokens on). A prompt's tokens go four at a time through A (one read of
 * each factor row for four dot products, whose sums run exactly as for one token alone), so a
 * token's result does not depend on its position or on the padding either. Plain C that the
 * compiler vectorizes; on x86-64 one clone per instruction-set level is chosen when the
 * library loads.
 */
#include <stdint.h>
#include <string.h>

#define MAX_RANK 1024
#define PARALLEL_ROWS 8 /* rows x tokens from which the rows are split over threads */

static inline float from_bf16(uint16_t v) {
    uint32_t bits = (uint32_t)v << 16;
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

#define LOAD_F32(p, i) ((p)[i])
#define LOAD_BF16(p, i) from_bf16((p)[i])

/* Inlined into each clone of lora_rows: called from it instead, a static function keeps the
 * default target's SSE code (measured: the QA adapters' step took 4.2-4.6 ms that way, 3.2-3.5 inlined). */
#if defined(__GNUC__)
#define ROW_FUNCTION static inline __attribute__((always_inline)) void
#else
#define ROW_FUNCTION static inline void
#endif

/* One row, n tokens (n = 4, or fewer at the end of a prompt): the same loops for both storage types.
 * The four-token dot products are written out like the one-token one, so each sum runs the same way. */
#define LORA_ROW(name, T, LOAD)                                                                    \
    ROW_FUNCTION name(const float *x, int64_t x_tok, float *y, int64_t y_tok, int n, int in_f,     \
                      int out_f, const T *A, const T *Bt, int rank, float scale) {                 \
        float h[4][MAX_RANK];                                                                      \
        if (n == 4) {                                                                              \
            const float *x0 = x, *x1 = x + x_tok, *x2 = x + 2 * x_tok, *x3 = x + 3 * x_tok;        \
            for (int k = 0; k < rank; ++k) {                                                       \
                const T *ak = A + (int64_t)k * in_f;                                               \
                float s0 = 0.f, s1 = 0.f, s2 = 0.f, s3 = 0.f;                                      \
                _Pragma("omp simd reduction(+ : s0, s1, s2, s3)")                                  \
                for (int i = 0; i < in_f; ++i) {                                                   \
                    const float a = LOAD(ak, i);                                                   \
                    s0 += x0[i] * a;                                                               \
                    s1 += x1[i] * a;                                                               \
                    s2 += x2[i] * a;                                                               \
                    s3 += x3[i] * a;                                                               \
                }                                                                                  \
                h[0][k] = s0 * scale;                                                              \
                h[1][k] = s1 * scale;                                                              \
                h[2][k] = s2 * scale;                                                              \
                h[3][k] = s3 * scale;                                                              \
            }                                                                                      \
        } else {                                                                                   \
            for (int t = 0; t < n; ++t) {                                                          \
                const float *xt = x + t * x_tok;                                                   \
                for (int k = 0; k < rank; ++k) {                                                   \
                    const T *ak = A + (int64_t)k * in_f;                                           \
                    float s = 0.f;                                                                 \
                    _Pragma("omp simd reduction(+ : s)")                                           \
                    for (int i = 0; i < in_f; ++i) s += xt[i] * LOAD(ak, i);                       \
                    h[t][k] = s * scale;                                                           \
                }                                                                                  \
            }                                                                                      \
        }                                                                                          \
        for (int t = 0; t < n; ++t) {                                                              \
            float *yt = y + t * y_tok;                                                             \
            for (int k = 0; k < rank; ++k) {                                                       \
                const T *bk = Bt + (int64_t)k * out_f;                                             \
                const float hk = h[t][k];                                                          \
                _Pragma("omp simd")                                                                \
                for (int o = 0; o < out_f; ++o) yt[o] += hk * LOAD(bk, o);                         \
            }                                                                                      \
        }                                                                                          \
    }

LORA_ROW(row_f32, float, LOAD_F32)
LORA_ROW(row_bf16, uint16_t, LOAD_BF16)

#if defined(__x86_64__) && defined(__GNUC__) && defined(__linux__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
int lora_rows(int rows, int seq, const float *x, int64_t x_row, int64_t x_tok, float *y, int64_t y_row,
              int64_t y_tok, int in_f, int out_f, const int64_t *a_ptrs, const int64_t *b_ptrs,
              const int32_t *ranks, const float *scales, const int32_t *bf16, int threads) {
    for (int r = 0; r < rows; ++r)
        if (ranks[r] > MAX_RANK) return -1;
    /* Rows on threads, each row whole on one (so its sums run as when alone), once there is enough work. */
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads) if (threads > 1 && rows * seq >= PARALLEL_ROWS)
    for (int r = 0; r < rows; ++r) {
        const int rank = ranks[r];
        if (rank <= 0) continue;
        for (int t = 0; t < seq; t += 4) { /* the row's factors stay in cache over its tokens */
            const int n = seq - t < 4 ? seq - t : 4;
            const float *xt = x + r * x_row + t * x_tok;
            float *yt = y + r * y_row + t * y_tok;
            if (bf16[r])
                row_bf16(xt, x_tok, yt, y_tok, n, in_f, out_f, (const uint16_t *)(intptr_t)a_ptrs[r],
                         (const uint16_t *)(intptr_t)b_ptrs[r], rank, scales[r]);
            else
                row_f32(xt, x_tok, yt, y_tok, n, in_f, out_f, (const float *)(intptr_t)a_ptrs[r],
                        (const float *)(intptr_t)b_ptrs[r], rank, scales[r]);
        }
    }
    return 0;
}
