// The packager's deflate as WebAssembly: libdeflate's compressor (built from its source by build.mjs) with a bump
// allocator. The module imports nothing; it exports its memory and the four functions below.
#include "libdeflate.h"
#include <stddef.h>

extern unsigned char __heap_base;
static size_t top = 0;

// Memory is taken from the end and never given back: the caller allocates a compressor per level and a few
// buffers, each grown by doubling, so what is lost to old buffers stays under what the largest one takes.
static void *bump(size_t n) {
  if (top == 0) top = (size_t)&__heap_base;
  size_t at = (top + 63) & ~(size_t)63;
  if (n > (size_t)-1 - at) return NULL;
  size_t end = at + n;
  size_t have = __builtin_wasm_memory_size(0) * 65536;
  if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (size_t)-1) return NULL;
  top = end;
  return (void *)at;
}

static void keep(void *p) { (void)p; }

__attribute__((export_name("ld_alloc"))) struct libdeflate_compressor *ld_alloc(int level) {
  struct libdeflate_options o = {sizeof(o), bump, keep};
  return libdeflate_alloc_compressor_ex(level, &o);
}

__attribute__((export_name("ld_compress"))) size_t ld_compress(struct libdeflate_compressor *c, const void *in,
                                                               size_t n, void *out, size_t avail) {
  return libdeflate_deflate_compress(c, in, n, out, avail);
}

__attribute__((export_name("ld_bound"))) size_t ld_bound(struct libdeflate_compressor *c, size_t n) {
  return libdeflate_deflate_compress_bound(c, n);
}

__attribute__((export_name("ld_malloc"))) void *ld_malloc(size_t n) { return bump(n); }
