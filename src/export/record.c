/* record.c - the parts of a document's record that every output writes
 * the same way (export.h): type names, metadata, warnings, the source map,
 * event domains. */
#include "export.h"

#include <string.h>

static const char *const TOKEN_KIND[] = {"word", "number", "punct", "quote", "abbrev", "url", "symbol"};
static const char *const ENT_TYPE[] = {"PER", "ORG", "LOC"};

const char *wt_token_kind_name(int kind)
{
    return kind >= 0 && (size_t)kind < WT_ARRAY_LEN(TOKEN_KIND) ? TOKEN_KIND[kind] : "symbol";
}

const char *wt_ent_type_name(int type)
{
    return type >= 0 && (size_t)type < WT_ARRAY_LEN(ENT_TYPE) ? ENT_TYPE[type] : "MISC";
}

bool wt_record_meta(wt_buf *b, const wt_doc *d)
{
    wt_buf_putc(b, '{');
    for (size_t i = 0; i < d->n_meta; i++) {
        if (i)
            wt_buf_putc(b, ',');
        wt_json_cstr(b, d->meta[i].key);
        wt_buf_putc(b, ':');
        wt_buf_puts(b, d->meta[i].json);
    }
    return wt_buf_putc(b, '}');
}

bool wt_record_warnings(wt_buf *b, const wt_doc *d)
{
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_warnings; i++) {
        if (i)
            wt_buf_putc(b, ',');
        wt_json_cstr(b, d->warnings[i]);
    }
    return wt_buf_putc(b, ']');
}

bool wt_record_source_map(wt_buf *b, const wt_doc *d)
{
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < d->map.n; i++) {
        const wt_edit *e = &d->map.edits[i];
        const uint32_t v[4] = {e->start, e->end, e->raw_start, e->raw_end};
        for (int k = 0; k < 4; k++) {
            wt_buf_puts(b, k ? "," : i ? ",[" : "[");
            wt_buf_putu(b, v[k]);
        }
        wt_buf_putc(b, ']');
    }
    return wt_buf_putc(b, ']');
}

bool wt_record_domains(wt_buf *b, const wt_event *e, bool json)
{
    if (json)
        wt_buf_putc(b, '[');
    for (size_t k = 0; k < e->n_domains; k++) {
        if (k)
            wt_buf_putc(b, ',');
        if (json)
            wt_json_cstr(b, e->domains[k]);
        else
            wt_buf_puts(b, e->domains[k]);
    }
    if (json)
        wt_buf_putc(b, ']');
    return !b->oom;
}
