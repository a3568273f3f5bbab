/* Fuzz target: any bytes as a JSON Lines file, a WARC file and a gzip file,
 * read through the reader (which must report, not crash). */
#include "warta.h"

#include "fuzz_worker.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_as(const char *suffix, const uint8_t *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/warta-fuzz-%d%s", (int)getpid(), suffix);
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    fwrite(data, 1, size, f);
    fclose(f);
    wt_options o;
    wt_options_init(&o);
    o.max_doc_bytes = 1 << 20;
    wt_reader *r = wt_reader_new(&o);
    wt_error err;
    wt_reader_add(r, path, &err);
    wt_input in;
    wt_status st;
    int guard = 0;
    while ((st = wt_reader_next(r, &in, &err)) != WT_DONE && guard++ < 10000) {
        if (st == WT_OK) {
            wt_doc *d;
            if (wt_process(fuzz_worker(), &in, &o, &d, &err) == WT_OK)
                wt_doc_free(d);
        }
    }
    if (guard >= 10000)
        abort(); /* the reader must make progress */
    wt_reader_free(r);
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    read_as(".jsonl", data, size);
    read_as(".warc", data, size);
    read_as(".warc.gz", data, size);
    return 0;
}
