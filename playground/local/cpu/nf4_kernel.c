/* The product y = x @ W^T of a bitsandbytes 4-bit layer (NF4 or FP4) on CPU, each weight decoded once per
 * call (see nf4_kernel.py).
 *
 * W is in the layout bitsandbytes (0.50) repacks a Linear4bit into for its AVX512-BF16 kernel:
 *   w       N/32 column blocks; in a block, for each pair of input features (k-pair) 32 bytes whose low
 *           nibbles are the codes of columns 0-15 and high nibbles those of columns 16-31, two codes per
 *           column (the pair's even, then odd feature);
 *   absmax  (K / blocksize, N) bf16 scales;
 *   codes   the 16 code values as bf16.
 * x is (M, K) bf16 and out (M, N) bf16, both with row strides (in elements).
 *
 * Both versions compute each output like bitsandbytes: per block of `blocksize` features a float32 sum of
 * bf16 products, then `sum * scale` added (one FMA) to the running total, rounded to bf16 at the end; and a
 * row's numbers never depend on the other rows of the call. A block of codes is decoded once, into a small
 * buffer in L1, for all the rows (bitsandbytes decodes it again for every four rows).
 *   amx = 0  the sums with `vdpbf16ps` in bitsandbytes' order: bitwise its result (AVX512-BF16).
 *   amx = 1  the sums on AMX tiles, 16 rows x 16 columns x 32 features per instruction; the same
 *            products, summed in the tile unit's order (within bf16 rounding of the other).
 * Threads split the column blocks.
 */
#include <stdint.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define COLS 32             /* columns per block (bitsandbytes' packing) */
#define ROW_TILE 8          /* rows per pass over a decoded group (vdpbf16ps version) */
#define ROW_PASS 64         /* rows whose totals a thread keeps at once (vdpbf16ps version) */
#define AMX_ROWS 16         /* rows of a tile */
#define MAX_GROUP_PAIRS 256 /* k-pairs per scale block: blocksize up to 512 */

#if defined(__x86_64__) && defined(__GNUC__) && defined(__linux__)
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ARCH_REQ_XCOMP_PERM 0x1023
#define XFEATURE_XTILEDATA 18

#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vl,avx512dq,avx512bf16,amx-tile,amx-bf16")

typedef struct {
    int64_t M, N, K, x_stride, out_stride, blocksize;
    const uint16_t *x, *absmax;
    const uint8_t *w;
    uint16_t *out;
    __m512i table; /* the 16 codes as bf16, for vpermw */
} Product;

/* The codes of one group (`pairs` k-pairs) of a column block as bf16, two vectors per k-pair: columns 0-15
 * and 16-31, each as 16 (even, odd) pairs. */
static inline void decode_group(const Product *p, const uint8_t *codes, int pairs, __m512bh *decoded) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    for (int k = 0; k < pairs; ++k) {
        const __m256i packed = _mm256_loadu_si256((const __m256i *)(codes + k * COLS));
        const __m256i low = _mm256_and_si256(packed, nibble);
        const __m256i high = _mm256_and_si256(_mm256_srli_epi16(packed, 4), nibble);
        decoded[2 * k] = (__m512bh)_mm512_permutexvar_epi16(_mm512_cvtepu8_epi16(low), p->table);
        decoded[2 * k + 1] = (__m512bh)_mm512_permutexvar_epi16(_mm512_cvtepu8_epi16(high), p->table);
    }
}

static inline __m512 bf16x16_to_f32(const uint16_t *v) {
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)v)), 16));
}

/* totals[r] += sums[r] * scale of group g, columns of `block`, for `rows` rows (sums: two 16-wide halves). */
static inline void add_scaled(const Product *p, int64_t g, int64_t block, const float *lo, const float *hi,
                              int64_t sum_stride, int64_t rows, float *totals) {
    const __m512 scale_lo = bf16x16_to_f32(p->absmax + g * p->N + block * COLS);
    const __m512 scale_hi = bf16x16_to_f32(p->absmax + g * p->N + block * COLS + 16);
    for (int64_t r = 0; r < rows; ++r) {
        float *t = totals + r * COLS;
        _mm512_storeu_ps(t, _mm512_fmadd_ps(_mm512_loadu_ps(lo + r * sum_stride), scale_lo, _mm512_loadu_ps(t)));
        _mm512_storeu_ps(t + 16, _mm512_fmadd_ps(_mm512_loadu_ps(hi + r * sum_stride), scale_hi,
                                                 _mm512_loadu_ps(t + 16)));
    }
}

static inline void store_rows(const Product *p, int64_t block, int64_t r0, int64_t rows, const float *totals) {
    for (int64_t r = 0; r < rows; ++r) {
        const float *t = totals + r * COLS;
        _mm512_storeu_si512((__m512i *)(p->out + (r0 + r) * p->out_stride + block * COLS),
                            (__m512i)_mm512_cvtne2ps_pbh(_mm512_loadu_ps(t + 16), _mm512_loadu_ps(t)));
    }
}

/* ---- vdpbf16ps: bitsandbytes' arithmetic ---- */

/* One group for `rows` (<= ROW_TILE, a constant after inlining) rows; sums in registers. */
static inline __attribute__((always_inline)) void group_rows(const __m512bh *decoded, int pairs, const uint32_t *x,
                                                             int64_t x_stride2, int rows, float *lo_hi) {
    __m512 lo[ROW_TILE], hi[ROW_TILE];
    for (int r = 0; r < rows; ++r) lo[r] = hi[r] = _mm512_setzero_ps();
    for (int k = 0; k < pairs; ++k) {
        const __m512bh w_lo = decoded[2 * k], w_hi = decoded[2 * k + 1];
        for (int r = 0; r < rows; ++r) {
            float pair; /* the row's two bf16 features of this k-pair */
            memcpy(&pair, x + r * x_stride2 + k, sizeof pair);
            const __m512bh xr = (__m512bh)_mm512_set1_ps(pair);
            lo[r] = _mm512_dpbf16_ps(lo[r], xr, w_lo);
            hi[r] = _mm512_dpbf16_ps(hi[r], xr, w_hi);
        }
    }
    for (int r = 0; r < rows; ++r) {
        _mm512_storeu_ps(lo_hi + r * COLS, lo[r]);
        _mm512_storeu_ps(lo_hi + r * COLS + 16, hi[r]);
    }
}

#define GROUP_ROWS_CASE(n) \
    case n: group_rows(decoded, pairs, xs, x_stride2, n, sums); break;

static void dot_block(const Product *p, int64_t r0, int64_t M, int64_t block, float *totals) {
    const int pairs = (int)(p->blocksize / 2);
    const int64_t x_stride2 = p->x_stride / 2;
    const uint32_t *x = (const uint32_t *)(p->x + r0 * p->x_stride);
    __m512bh decoded[2 * MAX_GROUP_PAIRS];
    float sums[ROW_TILE * COLS];
    memset(totals, 0, (size_t)M * COLS * sizeof(float));
    for (int64_t g = 0; g < p->K / p->blocksize; ++g) {
        decode_group(p, p->w + block * COLS * (p->K / 2) + g * pairs * COLS, pairs, decoded);
        for (int64_t t0 = 0; t0 < M; t0 += ROW_TILE) {
            const uint32_t *xs = x + t0 * x_stride2 + g * pairs;
            const int rows = M - t0 < ROW_TILE ? (int)(M - t0) : ROW_TILE;
            switch (rows) {
                GROUP_ROWS_CASE(1) GROUP_ROWS_CASE(2) GROUP_ROWS_CASE(3) GROUP_ROWS_CASE(4)
                GROUP_ROWS_CASE(5) GROUP_ROWS_CASE(6) GROUP_ROWS_CASE(7) GROUP_ROWS_CASE(8)
            }
            add_scaled(p, g, block, sums, sums + 16, COLS, rows, totals + t0 * COLS);
        }
    }
    store_rows(p, block, r0, M, totals);
}

static void dot_columns(const Product *p, int64_t first, int64_t last) {
    float totals[ROW_PASS * COLS];
    for (int64_t r0 = 0; r0 < p->M; r0 += ROW_PASS)
        for (int64_t b = first; b < last; ++b) dot_block(p, r0, p->M - r0 < ROW_PASS ? p->M - r0 : ROW_PASS, b, totals);
}

/* ---- AMX tiles ---- */

struct tile_config {
    uint8_t palette, start_row, reserved[14];
    uint16_t colsb[16];
    uint8_t rows[16];
};

/* Tiles: 0 x (rows x 16 k-pairs), 1-2 decoded codes of columns 0-15 / 16-31 (16 k-pairs), 4-5 sums. */
static void configure(int rows) {
    struct tile_config c;
    memset(&c, 0, sizeof c);
    c.palette = 1;
    c.rows[0] = c.rows[4] = c.rows[5] = (uint8_t)rows;
    c.rows[1] = c.rows[2] = 16;
    c.colsb[0] = c.colsb[1] = c.colsb[2] = c.colsb[4] = c.colsb[5] = 64;
    _tile_loadconfig(&c);
}

static void tile_block(const Product *p, int64_t r0, int64_t rows, int64_t block) {
    const int pairs = (int)(p->blocksize / 2);
    const uint16_t *x = p->x + r0 * p->x_stride;
    __m512bh decoded[2 * MAX_GROUP_PAIRS];
    float totals[AMX_ROWS * COLS], sums[2][AMX_ROWS * 16];
    memset(totals, 0, sizeof totals);
    for (int64_t g = 0; g < p->K / p->blocksize; ++g) {
        decode_group(p, p->w + block * COLS * (p->K / 2) + g * pairs * COLS, pairs, decoded);
        _tile_zero(4);
        _tile_zero(5);
        for (int k0 = 0; k0 < pairs; k0 += 16) {
            _tile_loadd(0, x + (g * pairs + k0) * 2, p->x_stride * 2);
            _tile_loadd(1, decoded + 2 * k0, 128);
            _tile_loadd(2, decoded + 2 * k0 + 1, 128);
            _tile_dpbf16ps(4, 0, 1);
            _tile_dpbf16ps(5, 0, 2);
        }
        _tile_stored(4, sums[0], 64);
        _tile_stored(5, sums[1], 64);
        add_scaled(p, g, block, sums[0], sums[1], 16, rows, totals);
    }
    store_rows(p, block, r0, rows, totals);
}

static void tile_columns(const Product *p, int64_t first, int64_t last) {
    int configured = 0;
    for (int64_t r0 = 0; r0 < p->M; r0 += AMX_ROWS) {
        const int rows = p->M - r0 < AMX_ROWS ? (int)(p->M - r0) : AMX_ROWS;
        if (rows != configured) configure(configured = rows);
        for (int64_t b = first; b < last; ++b) tile_block(p, r0, rows, b);
    }
    _tile_release();
}

static void product(int64_t M, int64_t N, int64_t K, const uint16_t *x, int64_t x_stride, const uint8_t *w,
                    const uint16_t *absmax, uint16_t *out, int64_t out_stride, int64_t blocksize,
                    const uint16_t *codes, int amx, int threads) {
    uint16_t entries[32] = {0};
    memcpy(entries, codes, 16 * sizeof *entries);
    const Product p = {M, N, K, x_stride, out_stride, blocksize, x, absmax, w, out,
                       _mm512_loadu_si512((const void *)entries)};
    const int64_t blocks = N / COLS;
    if (threads > blocks) threads = (int)blocks;
#pragma omp parallel num_threads(threads < 1 ? 1 : threads)
    {
        int id = 0, count = 1;
#ifdef _OPENMP
        id = omp_get_thread_num();
        count = omp_get_num_threads();
#endif
        const int64_t first = blocks * id / count, last = blocks * (id + 1) / count;
        if (amx)
            tile_columns(&p, first, last);
        else
            dot_columns(&p, first, last);
    }
}

#pragma GCC pop_options

static int probe(void) {
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx512f") || !__builtin_cpu_supports("avx512bw") ||
        !__builtin_cpu_supports("avx512bf16"))
        return 0;
    if (!__builtin_cpu_supports("amx-tile") || !__builtin_cpu_supports("amx-bf16"))
        return 1;
    return syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA) == 0 ? 3 : 1;
}

/* Which versions this CPU runs: 1 = vdpbf16ps, 3 = also AMX (and Linux granted this process its tiles). */
int nf4_supported(void) {
    static int found = -1;
    if (found < 0) found = probe();
    return found;
}

/* out = x @ W^T; amx picks the version. Returns 0, or -1 for what it does not take (the caller falls back). */
int nf4_rows(int64_t M, int64_t N, int64_t K, const uint16_t *x, int64_t x_stride, const uint8_t *w,
             const uint16_t *absmax, uint16_t *out, int64_t out_stride, int64_t blocksize, const uint16_t *codes,
             int amx, int threads) {
    const int supported = nf4_supported();
    if (M < 0 || N % COLS || blocksize < 32 || blocksize % 32 || blocksize / 2 > MAX_GROUP_PAIRS || K % blocksize ||
        x_stride % 2 || !supported || (amx && supported != 3))
        return -1;
    if (M) product(M, N, K, x, x_stride, w, absmax, out, out_stride, blocksize, codes, amx, threads);
    return 0;
}

#else
int nf4_supported(void) { return 0; }

int nf4_rows(int64_t M, int64_t N, int64_t K, const uint16_t *x, int64_t x_stride, const uint8_t *w,
             const uint16_t *absmax, uint16_t *out, int64_t out_stride, int64_t blocksize, const uint16_t *codes,
             int amx, int threads) {
    (void)M, (void)N, (void)K, (void)x, (void)x_stride, (void)w, (void)absmax, (void)out, (void)out_stride;
    (void)blocksize, (void)codes, (void)amx, (void)threads;
    return -1;
}
#endif
