/* error.c - status strings and errors that name the file and position. */
#include "base.h"

#include <stdio.h>
#include <string.h>

const char *wt_strerror(wt_status st)
{
    switch (st) {
    case WT_OK: return "success";
    case WT_DONE: return "no more documents";
    case WT_ENOMEM: return "out of memory";
    case WT_EIO: return "cannot read input";
    case WT_EINPUT: return "malformed input";
    case WT_ETOOBIG: return "document too large";
    case WT_EEMPTY: return "empty document";
    case WT_EDB: return "database error";
    case WT_EUSAGE: return "invalid usage";
    case WT_EMODEL: return "model or data file missing or damaged";
    }
    return "unknown error";
}

void wt_error_clear(wt_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->byte = -1;
}

wt_status wt_fail(wt_error *err, wt_status code, const char *file, long long line,
                  long long byte, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->byte = byte;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

void wt_error_format(const wt_error *err, char *buf, size_t cap)
{
    const char *file = err->file[0] ? err->file : "warta";
    if (err->line > 0 && err->byte >= 0)
        snprintf(buf, cap, "%s:%lld: byte %lld: %s", file, err->line, err->byte, err->msg);
    else if (err->line > 0)
        snprintf(buf, cap, "%s:%lld: %s", file, err->line, err->msg);
    else if (err->byte >= 0)
        snprintf(buf, cap, "%s: byte %lld: %s", file, err->byte, err->msg);
    else
        snprintf(buf, cap, "%s: %s", file, err->msg);
}
