#include "parallax_icu.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

// Opening an iterator loads ICU's rules: far more work than segmenting a paragraph. Each
// thread keeps one iterator of each kind for its lifetime; a break iterator is not safe to
// share between threads.
static _Thread_local UBreakIterator *cached[2];

static UBreakIterator *iterator_for(int32_t kind, UErrorCode *status) {
    int32_t slot = kind == PARALLAX_BREAK_WORD ? 1 : 0;
    if (cached[slot] == NULL) {
        UBreakIteratorType type = slot == 1 ? UBRK_WORD : UBRK_SENTENCE;
        // Not "@ss=standard", ICU's list of abbreviations that end no sentence: it also keeps
        // sentences from ending after "IMF.", "NATO." or "WHO." ("loans from the IMF. The
        // unions struck."). SentenceSplitter rejoins the boundaries after abbreviations.
        cached[slot] = ubrk_open(type, "en_US", NULL, 0, status);
        if (U_FAILURE(*status)) {
            cached[slot] = NULL;
        }
    }
    return cached[slot];
}

int32_t parallax_breaks(int32_t kind, const uint8_t *utf8, int32_t length,
                        int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    UBreakIterator *iterator = iterator_for(kind, &status);
    if (iterator == NULL) {
        utext_close(&text);
        return -1;
    }
    ubrk_setUText(iterator, &text, &status);
    if (U_FAILURE(status)) {
        utext_close(&text);
        return -1;
    }
    int32_t count = 0;
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE;
         boundary = ubrk_next(iterator)) {
        if (count < capacity) {
            boundaries[count] = boundary;
        }
        count += 1;
    }
    utext_close(&text);
    return count;
}
