/* warc.h - WARC 1.0/1.1 files, plain or gzip (one member per record). */
#ifndef WT_WARC_H
#define WT_WARC_H

#include "../base/base.h"

#include <stdio.h>

typedef struct wt_warc wt_warc;

/* One HTML response: the HTTP body (de-chunked, decompressed). */
typedef struct wt_warc_record {
    const char *uri;   /* WARC-Target-URI */
    const char *date;  /* WARC-Date */
    const char *id;    /* WARC-Record-ID without <urn:uuid: > */
    const char *body;
    size_t body_len;
    long long offset;  /* of the record in the file (compressed bytes for .gz) */
} wt_warc_record;

wt_status wt_warc_open(const char *path, size_t max_record, wt_warc **out, wt_error *err);
/* The same over an open file (taken over and closed with the reader);
 * name is for messages. */
wt_status wt_warc_open_file(FILE *fp, const char *name, size_t max_record, wt_warc **out, wt_error *err);
/* The next response record with an HTML body. Returns WT_OK, WT_DONE, or
 * an error for a damaged record that was skipped (err names the file and
 * byte offset); the next call goes on after it. The record stays valid
 * until the next call. */
wt_status wt_warc_next(wt_warc *w, wt_warc_record *rec, wt_error *err);
size_t wt_warc_bytes(const wt_warc *w);
void wt_warc_close(wt_warc *w);

#endif
