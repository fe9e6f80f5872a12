// Parse speed of an HTML parser on a folder of gzip-compressed pages: the pages are read and
// decompressed first, then parsed and freed three times over. Built twice by ./run: with
// -DUSE_MYHTML for myhtml (Debian's libmodest-dev), without it for libxml2.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>
#ifdef USE_MYHTML
#include <myhtml/api.h>
#define PARSER "myhtml"
#else
#include <libxml/HTMLparser.h>
#define PARSER "libxml2"
#endif

enum { MAX_PAGES = 1000, MAX_PAGE = 1 << 24, PASSES = 3 };

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s PAGES_DIR\n", argv[0]);
        return 2;
    }
    DIR *folder = opendir(argv[1]);
    if (!folder) {
        perror(argv[1]);
        return 1;
    }
    static char *pages[MAX_PAGES];
    static int sizes[MAX_PAGES];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(folder)) && count < MAX_PAGES) {
        if (!strstr(entry->d_name, ".gz")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        gzFile file = gzopen(path, "rb");
        if (!file) continue;
        pages[count] = malloc(MAX_PAGE);
        sizes[count] = gzread(file, pages[count], MAX_PAGE);
        gzclose(file);
        if (sizes[count] > 0) count += 1;
    }
    closedir(folder);
#ifdef USE_MYHTML
    myhtml_t *engine = myhtml_create();
    myhtml_init(engine, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
    myhtml_tree_t *tree = myhtml_tree_create();
    myhtml_tree_init(tree, engine);
#endif
    double start = now();
    double bytes = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        for (int i = 0; i < count; i++) {
#ifdef USE_MYHTML
            myhtml_parse(tree, MyENCODING_UTF_8, pages[i], sizes[i]);
            myhtml_tree_clean(tree);
#else
            htmlDocPtr document = htmlReadMemory(
                pages[i], sizes[i], NULL, "UTF-8",
                HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                    HTML_PARSE_NONET | HTML_PARSE_COMPACT);
            xmlFreeDoc(document);
#endif
            bytes += sizes[i];
        }
    }
    double seconds = now() - start;
    printf("%-8s %d pages x %d, %.1f MB, %.3f s, %.1f pages/s\n", PARSER, count, PASSES,
           bytes / 1e6, seconds, PASSES * count / seconds);
#ifdef USE_MYHTML
    myhtml_tree_destroy(tree);
    myhtml_destroy(engine);
#endif
    for (int i = 0; i < count; i++) free(pages[i]);
    return 0;
}
