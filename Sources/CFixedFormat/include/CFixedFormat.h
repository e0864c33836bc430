#ifndef LECTERN_C_FIXED_FORMAT_H
#define LECTERN_C_FIXED_FORMAT_H

#include <stddef.h>

/// Writes `value` with exactly `decimals` digits after the point into `buffer` (C's `%.*f`,
/// which rounds the exact binary value) and returns the length it needs, as `snprintf` does.
/// A C function because Swift reaches `vsnprintf` only through `withVaList`, whose argument
/// boxing cost more than the formatting itself.
int lectern_format_fixed(char *buffer, size_t size, int decimals, double value);

#endif
