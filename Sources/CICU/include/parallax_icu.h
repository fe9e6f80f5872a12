#ifndef PARALLAX_ICU_H
#define PARALLAX_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of text segmentation offered by ICU's break iterators.
enum parallax_break_kind {
    PARALLAX_BREAK_SENTENCE = 0,
    PARALLAX_BREAK_WORD = 1,
};

/// Finds the boundaries of `kind` segments in UTF-8 text.
///
/// Writes the byte offset of every boundary after the start (the last one is `length`) into
/// `boundaries`, at most `capacity` of them, and returns how many there are in all, which may
/// exceed `capacity` (call again with more room). Returns -1 if ICU fails.
/// Sentence segmentation uses ICU's English rules with its standard abbreviation suppressions.
int32_t parallax_breaks(int32_t kind, const uint8_t *utf8, int32_t length,
                        int32_t *boundaries, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
