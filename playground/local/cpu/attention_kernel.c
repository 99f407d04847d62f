/* Attention of a decode step (one query token per row), each row on its own (see attention.py).
 *
 * For every row b and key/value head h, with the `group` query heads that share it (transformers'
 * repeat_kv order: query head h * group + g), over the `length` cached positions l that the row attends
 * to (mask[b, l] != 0, or all of them without a mask):
 *     s[g, l] = scale * q[b, h*group + g] . k[b, h, l]
 *     p[g, l] = exp(s[g, l] - max_l s[g, l])
 *     out[b, h*group + g] = sum_l p[g, l] v[b, h, l] / sum_l p[g, l]
 * float32 throughout. A (row, head) pair is one thread's work from start to end and its sums run in a fixed
 * order that starts at the row's first attended position, so a row's result never depends on the other rows
 * of the batch, on the left padding it gets beside them, nor on the threads.
 * Plain C that the compiler vectorizes (exp included: a Cephes-style polynomial, within 2 ulp of expf);
 * on x86-64 one clone per instruction-set level is chosen when the library loads.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define INLINE static inline __attribute__((always_inline))
#else
#define INLINE static inline
#endif

/* exp(x) for x <= 0 (softmax after subtracting the maximum); 0 below the float range. */
INLINE float exp_nonpositive(float x) {
    const float clamped = x < -87.0f ? -87.0f : x;
    const float n = floorf(clamped * 1.44269504088896341f + 0.5f);
    const float r = clamped - n * 0.693359375f + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    int32_t bits = ((int32_t)n + 127) << 23;
    float two_n;
    memcpy(&two_n, &bits, sizeof two_n);
    return x < -87.0f ? 0.0f : p * two_n;
}

/* One row's key/value head, for each of its `group` query heads, over the positions from the first one it attends
 * to (the loops start there, so that left padding, which a row has in a batch and not alone, changes nothing):
 * four positions at a time (four independent sums per pass over the query, four value rows per pass over the
 * output), then the rest one by one; the softmax's sum in position order. */
INLINE void head(int group, int64_t length, int dim, const float *q, int64_t q_head, const float *k,
                 int64_t k_pos, const float *v, int64_t v_pos, const uint8_t *mask, float *out,
                 int64_t out_head, float scale, float *scores) {
    int64_t first = 0;
    if (mask)
        while (first < length && !mask[first]) ++first;
    const int64_t fours = first + (length - first) / 4 * 4;
    for (int g = 0; g < group; ++g) {
        float *og = out + g * out_head;
        for (int d = 0; d < dim; ++d) og[d] = 0.f;
        if (first == length) continue; /* no position to attend to: zeros */
        const float *qg = q + g * q_head;
        float *sg = scores + g * length;
        for (int64_t l = first; l < fours; l += 4) {
            const float *k0 = k + l * k_pos, *k1 = k0 + k_pos, *k2 = k1 + k_pos, *k3 = k2 + k_pos;
            float s0 = 0.f, s1 = 0.f, s2 = 0.f, s3 = 0.f;
#pragma omp simd reduction(+ : s0, s1, s2, s3)
            for (int d = 0; d < dim; ++d) {
                const float x = qg[d];
                s0 += x * k0[d];
                s1 += x * k1[d];
                s2 += x * k2[d];
                s3 += x * k3[d];
            }
            sg[l] = s0 * scale, sg[l + 1] = s1 * scale, sg[l + 2] = s2 * scale, sg[l + 3] = s3 * scale;
        }
        for (int64_t l = fours; l < length; ++l) {
            const float *kl = k + l * k_pos;
            float s = 0.f;
#pragma omp simd reduction(+ : s)
            for (int d = 0; d < dim; ++d) s += qg[d] * kl[d];
            sg[l] = s * scale;
        }
        float top = -INFINITY, total = 0.f;
        for (int64_t l = first; l < length; ++l)
            if ((!mask || mask[l]) && sg[l] > top) top = sg[l];
#pragma omp simd
        for (int64_t l = first; l < length; ++l) sg[l] = (!mask || mask[l]) ? exp_nonpositive(sg[l] - top) : 0.f;
        for (int64_t l = first; l < length; ++l) total += sg[l]; /* in order: not split into vector lanes */
        for (int64_t l = first; l < fours; l += 4) {
            const float e0 = sg[l], e1 = sg[l + 1], e2 = sg[l + 2], e3 = sg[l + 3];
            const float *v0 = v + l * v_pos, *v1 = v0 + v_pos, *v2 = v1 + v_pos, *v3 = v2 + v_pos;
#pragma omp simd
            for (int d = 0; d < dim; ++d) og[d] += e0 * v0[d] + e1 * v1[d] + e2 * v2[d] + e3 * v3[d];
        }
        for (int64_t l = fours; l < length; ++l) {
            const float e = sg[l];
            const float *vl = v + l * v_pos;
#pragma omp simd
            for (int d = 0; d < dim; ++d) og[d] += e * vl[d];
        }
        const float inverse = 1.0f / total;
#pragma omp simd
        for (int d = 0; d < dim; ++d) og[d] *= inverse;
    }
}

/* Strides in elements; q and out index (row, query head, dim), k and v (row, kv head, position, dim), the
 * last dimension contiguous; mask (row, position) bytes, or NULL. Returns 0, or -1 when out of memory. */
#if defined(__x86_64__) && defined(__GNUC__) && defined(__linux__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
int decode_attention(int64_t rows, int64_t kv_heads, int group, int64_t length, int dim, const float *q,
                     int64_t q_row, int64_t q_head, const float *k, int64_t k_row, int64_t k_head, int64_t k_pos,
                     const float *v, int64_t v_row, int64_t v_head, int64_t v_pos, const uint8_t *mask,
                     int64_t mask_row, float *out, int64_t out_row, int64_t out_head, float scale, int threads) {
    int failed = 0;
    const int64_t pairs = rows * kv_heads;
#pragma omp parallel num_threads(threads) if (threads > 1 && pairs > 1) reduction(| : failed)
    {
        float *scores = malloc(sizeof(float) * (size_t)group * (size_t)(length > 0 ? length : 1));
        if (!scores) failed = 1;
#pragma omp for schedule(static)
        for (int64_t i = 0; i < pairs; ++i) {
            if (!scores) continue;
            const int64_t b = i / kv_heads, h = i % kv_heads;
            head(group, length, dim, q + b * q_row + h * group * q_head, q_head, k + b * k_row + h * k_head, k_pos,
                 v + b * v_row + h * v_head, v_pos, mask ? mask + b * mask_row : NULL,
                 out + b * out_row + h * group * out_head, out_head, scale, scores);
        }
        free(scores);
    }
    return failed ? -1 : 0;
}
