/* Fuzz target: any bytes as an HTML page. */
#include <stdint.h>
#include <stdlib.h>

#include "ingest/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_html_article a;
    wt_error err;
    if (wt_html_extract((const char *)data, size, NULL, &a, &err) == WT_OK)
        wt_html_article_free(&a);
    return 0;
}
