/* export.h - documents out of the library: JSON Lines (and later TSV). */
#ifndef WT_EXPORT_H
#define WT_EXPORT_H

#include "../base/base.h"

const char *wt_token_kind_name(int kind);
const char *wt_ent_type_name(int type);

/* Appends the document as one JSON object and a newline to b. */
bool wt_doc_to_json(const wt_doc *d, const wt_options *o, wt_buf *b);

#endif
