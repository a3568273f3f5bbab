/* export.h - documents out of the library. Every output (JSON Lines, the
 * SQLite store, and those to come) writes a record's shared parts with
 * the wt_record_* calls, so they agree; wt_sink (warta.h) is the one
 * interface the command writes through. */
#ifndef WT_EXPORT_H
#define WT_EXPORT_H

#include "../base/base.h"

const char *wt_token_kind_name(int kind);
const char *wt_ent_type_name(int type);

/* {"key":value,...} of the input's other fields. */
bool wt_record_meta(wt_buf *b, const wt_doc *d);
/* ["warning",...] */
bool wt_record_warnings(wt_buf *b, const wt_doc *d);
/* [[start,end,raw_start,raw_end],...]: the cleaned text's edits */
bool wt_record_source_map(wt_buf *b, const wt_doc *d);
/* ["nuclear","energy"] (json) or nuclear,energy */
bool wt_record_domains(wt_buf *b, const wt_event *e, bool json);

/* {"upos":[...],"head":[...],"rel":[...]} of a sentence (doc->deps must
 * be set): heads count the sentence's tokens from 1, 0 the root. */
void wt_put_syntax(wt_buf *b, const wt_doc *d, const wt_sentence *s);

/* The record as the sink writes it, made in a worker; false when out of
 * memory. A sink that renders nothing leaves out empty. */
bool wt_sink_render(const wt_sink *s, const wt_doc *d, wt_buf *out);
bool wt_sink_renders(const wt_sink *s);

/* Appends the document as one JSON object and a newline to b. */
bool wt_doc_to_json(const wt_doc *d, const wt_options *o, wt_buf *b);

#endif
