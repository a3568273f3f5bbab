/* Fuzz target: any bytes as a plain-text document through the whole
 * pipeline and the JSON writer. */
#include "warta.h"

#include "fuzz_worker.h"

#include <stdint.h>
#include <stdlib.h>

#include "export/export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_input in = {.id = "fuzz", .origin = "fuzz", .text = (const char *)data, .text_len = size, .title_in_text = 1};
    wt_options o;
    wt_options_init(&o);
    wt_doc *d;
    wt_error err;
    if (wt_process(fuzz_worker(), &in, &o, &d, &err) == WT_OK) {
        wt_buf b;
        wt_buf_init(&b, 0);
        wt_doc_to_json(d, &o, &b);
        wt_buf_free(&b);
        for (size_t i = 0; i < d->n_tokens; i++)
            if (d->tokens[i].end > d->text_len || d->tokens[i].start >= d->tokens[i].end)
                abort();
        for (size_t i = 0; i < d->n_repairs; i++)
            if (d->repairs[i].end > d->text_len)
                abort();
        wt_doc_free(d);
    }
    return 0;
}
