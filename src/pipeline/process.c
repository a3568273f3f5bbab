/* process.c - the pipeline handle (wt_pipeline: everything loaded once,
 * shared read-only), a worker's own state (wt_worker: Hunspell, caches),
 * and one document through every stage:
 * normalise -> clean -> segment -> dates, entities, quantities, quotes,
 * events. */
#include "pipeline.h"

#include "../dedup/simhash.h"
#include "../ingest/html.h"
#include "../ingest/normalize.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#ifndef WT_DATA_DIR
#define WT_DATA_DIR "/usr/local/share/warta"
#endif

void wt_config_init(wt_config *c)
{
    memset(c, 0, sizeof *c);
    c->data_dir = WT_DATA_DIR;
}

void wt_pipeline_free(wt_pipeline *p)
{
    if (!p)
        return;
    wt_kb_free(p->kb);
    wt_freq_free(p->freq);
    wt_typos_free(p->typos);
    wt_abbrevs_free(p->abbr);
    wt_charsets_free(p->charsets);
    wt_boilerplate_free(p->boilerplate);
    wt_titles_free(p->titles);
    wt_verbs_free(p->verbs);
    wt_event_rules_free(p->events);
    wt_ner_free(p->ner);
    wt_syntax_free(p->syntax);
    wt_topics_free(p->topics);
    free(p);
}

/* The model file named, or data_dir/name, read once: its content hash is
 * appended to the version records carry ("ner-...", "+topic-...",
 * "+syntax-...") and its bytes (inflated) left in *blob for the loader.
 * optional: a default file that is absent is no error (*path = 0). */
static wt_status model_file(wt_pipeline *p, const wt_config *c, const char *named, const char *name,
                            const char *tag, bool optional, char *path, size_t cap, wt_blob *blob, wt_error *err)
{
    memset(blob, 0, sizeof *blob);
    if (named)
        snprintf(path, cap, "%s", named);
    else
        snprintf(path, cap, "%s/%s", c->data_dir ? c->data_dir : WT_DATA_DIR, name);
    if (optional && !named && access(path, F_OK) != 0) {
        *path = 0;
        return WT_OK;
    }
    char *bytes;
    size_t len;
    wt_status st = wt_read_file(path, (size_t)1 << 31, &bytes, &len, err);
    if (st != WT_OK)
        return st;
    size_t used = strlen(p->model_version);
    snprintf(p->model_version + used, sizeof p->model_version - used, "%s%s-%016llx", used ? "+" : "", tag,
             (unsigned long long)XXH3_64bits(bytes, len));
    return wt_blob_from_bytes(bytes, len, (size_t)1 << 31, path, blob, err);
}

/* The entity tagger (required unless the configuration asks for none). */
static wt_status load_tagger(wt_pipeline *p, const wt_config *c, wt_error *err)
{
    if (c->no_tagger) {
        snprintf(p->model_version, sizeof p->model_version, "none");
        return WT_OK;
    }
    char path[1024];
    wt_blob blob;
    wt_status st = model_file(p, c, c->ner_model, "ner.model", "ner", false, path, sizeof path, &blob, err);
    return st == WT_OK ? wt_ner_load_blob(&blob, path, &p->ner, err) : st;
}

/* The part-of-speech tagger and parser: named, or data_dir/syntax.model
 * (shipped with Warta, like the entity tagger). */
static wt_status load_syntax(wt_pipeline *p, const wt_config *c, wt_error *err)
{
    if (c->no_parse)
        return WT_OK;
    char path[1024];
    wt_blob blob;
    wt_status st = model_file(p, c, c->syntax_model, "syntax.model", "syntax", false, path, sizeof path, &blob, err);
    if (st == WT_OK)
        st = wt_syntax_load_blob(&blob, path, &p->syntax, err);
    if (st == WT_OK && !wt_syntax_has_parser(p->syntax)) {
        wt_syntax_free(p->syntax);
        p->syntax = NULL;
        return wt_fail(err, WT_EMODEL, path, 0, -1, "a tagger without a parser (warta train parse makes both)");
    }
    return st;
}

/* The topic classifier: named, or data_dir/topic.model when there is one
 * (it is built from the shared corpus, not shipped: docs/topic.md). */
static wt_status load_topics(wt_pipeline *p, const wt_config *c, wt_error *err)
{
    if (c->no_topic)
        return WT_OK;
    char path[1024];
    wt_blob blob;
    wt_status st = model_file(p, c, c->topic_model, "topic.model", "topic", true, path, sizeof path, &blob, err);
    return st == WT_OK && *path ? wt_topics_load_blob(&blob, path, &p->topics, err) : st;
}

wt_status wt_pipeline_new(const wt_config *c, wt_pipeline **out, wt_error *err)
{
    *out = NULL;
    wt_config defaults;
    if (!c) {
        wt_config_init(&defaults);
        c = &defaults;
    }
    wt_pipeline *p = calloc(1, sizeof *p);
    if (!p)
        return wt_fail(err, WT_ENOMEM, "warta", 0, -1, "out of memory");
    wt_status st = wt_lexicon_find(c->hunspell_dir, p->hunspell_dir, sizeof p->hunspell_dir, err);
    if (st == WT_OK)
        st = wt_kb_load(c->kb_files, c->n_kb_files, &p->kb, err);
    if (st == WT_OK)
        st = wt_freq_load(&p->freq, err);
    if (st == WT_OK)
        st = wt_typos_build(p->freq, &p->typos, err);
    if (st == WT_OK)
        st = wt_abbrevs_load(&p->abbr, err);
    if (st == WT_OK)
        st = wt_charsets_load(&p->charsets, err);
    if (st == WT_OK)
        st = wt_boilerplate_load(&p->boilerplate, err);
    if (st == WT_OK)
        st = wt_titles_load(&p->titles, err);
    if (st == WT_OK)
        st = wt_verbs_load(&p->verbs, err);
    if (st == WT_OK)
        st = wt_event_rules_load(&p->events, err);
    if (st == WT_OK)
        st = load_tagger(p, c, err);
    if (st == WT_OK)
        st = load_topics(p, c, err);
    if (st == WT_OK)
        st = load_syntax(p, c, err);
    if (st != WT_OK) {
        wt_pipeline_free(p);
        return st;
    }
    *out = p;
    return WT_OK;
}

const char *wt_pipeline_model_version(const wt_pipeline *p) { return p->model_version; }

wt_status wt_worker_new(const wt_pipeline *p, wt_worker **out, wt_error *err)
{
    *out = NULL;
    wt_worker *w = calloc(1, sizeof *w);
    if (!w)
        return wt_fail(err, WT_ENOMEM, "worker", 0, -1, "out of memory");
    w->p = p;
    wt_status st = wt_lexicon_open(p->hunspell_dir, &w->lex, err);
    if (st == WT_OK && !(w->repairer = wt_repairer_new(w->lex, p->freq, p->typos, p->abbr)))
        st = wt_fail(err, WT_ENOMEM, "worker", 0, -1, "out of memory");
    if (st == WT_OK && p->syntax && !(w->tag_memo = wt_syntax_memo_new(p->syntax)))
        st = wt_fail(err, WT_ENOMEM, "worker", 0, -1, "out of memory");
    if (st == WT_OK && p->ner && !(w->ner_memo = wt_ner_memo_new(p->ner, 65536)))
        st = wt_fail(err, WT_ENOMEM, "worker", 0, -1, "out of memory");
    if (st != WT_OK) {
        wt_worker_free(w);
        return st;
    }
    *out = w;
    return WT_OK;
}

void wt_worker_free(wt_worker *w)
{
    if (!w)
        return;
    wt_repairer_free(w->repairer);
    wt_tag_memo_free(w->tag_memo);
    wt_ner_memo_free(w->ner_memo);
    wt_lexicon_close(w->lex);
    free(w);
}

const wt_pipeline *wt_worker_pipeline(const wt_worker *w) { return w->p; }

void wt_doc_free(wt_doc *doc)
{
    if (!doc)
        return;
    wt_offmap_free(&doc->map);
    wt_arena_free(doc->arena); /* the doc itself lives in its arena */
}

static const char *dup_or_null(wt_arena *a, const char *s)
{
    return s ? wt_arena_strndup(a, s, strlen(s)) : NULL;
}

typedef struct input_copy {
    wt_input in; /* first: wt_input_free casts back */
    wt_arena *arena;
} input_copy;

wt_input *wt_input_dup(const wt_input *in)
{
    wt_arena *a = wt_arena_new(in->text_len + 4096);
    if (!a)
        return NULL;
    input_copy *c = wt_arena_calloc(a, 1, sizeof *c);
    char *text = c ? wt_arena_alloc(a, in->text_len + 1) : NULL;
    if (!text) {
        wt_arena_free(a);
        return NULL;
    }
    c->arena = a;
    if (in->text_len)
        memcpy(text, in->text, in->text_len);
    text[in->text_len] = 0;
    c->in = *in;
    c->in.text = text;
    c->in.id = dup_or_null(a, in->id);
    c->in.origin = dup_or_null(a, in->origin);
    c->in.source = dup_or_null(a, in->source);
    c->in.url = dup_or_null(a, in->url);
    c->in.title = dup_or_null(a, in->title);
    c->in.date = dup_or_null(a, in->date);
    c->in.warning = dup_or_null(a, in->warning);
    if (in->n_meta) {
        wt_meta *m = wt_arena_calloc(a, in->n_meta, sizeof *m);
        if (!m) {
            wt_arena_free(a);
            return NULL;
        }
        for (size_t i = 0; i < in->n_meta; i++) {
            m[i].key = dup_or_null(a, in->meta[i].key);
            m[i].json = dup_or_null(a, in->meta[i].json);
        }
        c->in.meta = m;
    }
    return &c->in;
}

void wt_input_free(wt_input *in)
{
    if (in)
        wt_arena_free(((input_copy *)in)->arena);
}

void wt_input_hash(const wt_input *in, char buf[33])
{
    XXH3_state_t *st = XXH3_createState();
    XXH128_hash_t h;
    if (st && XXH3_128bits_reset(st) == XXH_OK) {
        const char *parts[] = {in->title ? in->title : "", in->url ? in->url : ""};
        for (size_t i = 0; i < 2; i++)
            XXH3_128bits_update(st, parts[i], strlen(parts[i]) + 1);
        XXH3_128bits_update(st, in->text, in->text_len);
        h = XXH3_128bits_digest(st);
    } else {
        h = XXH3_128bits(in->text, in->text_len);
    }
    XXH3_freeState(st);
    snprintf(buf, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

static bool add_warning(wt_doc *d, size_t *cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* "/2019/09/10/" in a URL's path as 2019-09-10 (a real day, 1990 on) */
static bool url_date(const char *url, char out[11])
{
    for (const char *p = url ? strchr(url, '/') : NULL; p && p[0]; p = strchr(p + 1, '/')) {
        int y, m, dd, n = 0;
        if (sscanf(p, "/%4d/%2d/%2d/%n", &y, &m, &dd, &n) == 3 && n == 12 && y >= 1990 && y <= 2100 && m >= 1 &&
            m <= 12 && dd >= 1 && dd <= 31) {
            snprintf(out, 11, "%04d-%02d-%02d", y, m, dd);
            char check[11];
            return wt_date_normalize(out, check);
        }
    }
    return false;
}

static bool add_warning(wt_doc *d, size_t *cap, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    const char **slot = WT_VEC_PUSH(d->arena, d->warnings, d->n_warnings, *cap);
    if (!slot)
        return false;
    *slot = wt_arena_strndup(d->arena, tmp, strlen(tmp));
    return *slot != NULL;
}

/* The longest clean text the parser reads (1 MiB: the longest news
 * articles are a tenth of it). */
#define WT_PARSE_MAX_BYTES (1 << 20)

static wt_status process_input(wt_worker *w, const wt_input *in, const wt_options *o, wt_doc **out, wt_error *err);

/* An HTML page handed in directly: its article (text, and title, date and
 * URL where the input gives none) goes through the pipeline. */
static wt_status process_html(wt_worker *w, const wt_input *in, const wt_options *o, wt_doc **out, wt_error *err)
{
    wt_html_article art;
    wt_error e2;
    wt_error_clear(&e2);
    const char *where = in->origin ? in->origin : (in->id ? in->id : "input");
    wt_status st = wt_html_extract(in->text, in->text_len, in->url, &art, &e2);
    if (st != WT_OK)
        return wt_fail(err, st, where, 0, -1, "%s; skipped", e2.msg);
    wt_input page = *in;
    page.html = 0;
    page.title_in_text = 0;
    page.text = art.text.ptr ? art.text.ptr : "";
    page.text_len = art.text.len;
    if (!page.title)
        page.title = art.title;
    if (!page.date)
        page.date = art.date;
    if (!page.url)
        page.url = art.url;
    st = process_input(w, &page, o, out, err);
    wt_html_article_free(&art);
    return st;
}

wt_status wt_process(wt_worker *w, const wt_input *in, const wt_options *o, wt_doc **out, wt_error *err)
{
    *out = NULL;
    return in->html ? process_html(w, in, o, out, err) : process_input(w, in, o, out, err);
}

static wt_status process_input(wt_worker *w, const wt_input *in, const wt_options *o, wt_doc **out, wt_error *err)
{
    *out = NULL;
    wt_stage stage = o ? o->stage : WT_STAGE_ALL;
    const char *where = in->origin ? in->origin : (in->id ? in->id : "input");
    wt_arena *a = wt_arena_new(in->text_len > (1 << 20) ? in->text_len / 2 : 64 * 1024);
    if (!a)
        return wt_fail(err, WT_ENOMEM, where, 0, -1, "out of memory");
    wt_doc *d = wt_arena_calloc(a, 1, sizeof *d);
    if (!d) {
        wt_arena_free(a);
        return wt_fail(err, WT_ENOMEM, where, 0, -1, "out of memory");
    }
    d->arena = a;
    wt_status st = WT_OK;
    wt_rewriter norm, cleaned;
    wt_rw_init(&norm, 0);
    wt_rw_init(&cleaned, 0);
    size_t warn_cap = 0;

    d->id = dup_or_null(a, in->id);
    d->origin = dup_or_null(a, in->origin);
    d->url = dup_or_null(a, in->url);
    d->title = dup_or_null(a, in->title);
    d->source = dup_or_null(a, in->source);
    d->warta_version = WT_VERSION;
    d->model_version = w->p->model_version;
    if (in->date && *in->date) {
        char iso[40];
        if (wt_iso_datetime(in->date, iso, sizeof iso))
            d->date = wt_arena_strndup(a, iso, strlen(iso));
        else if (!add_warning(d, &warn_cap, "%s: the date \"%.60s\" is not one Warta can read; the text's is used", where,
                              in->date))
            goto oom;
    }
    /* a date in the URL (".../read/2019/09/10/...") beats metadata that
     * contradicts it: a scraper's serial with day and month swapped */
    char url_day[11];
    if (url_date(in->url, url_day) && (!d->date || strncmp(d->date, url_day, 10) != 0)) {
        if (d->date && !add_warning(d, &warn_cap, "%s: the date %.10s contradicts the URL's %s; the URL's is used", where,
                                    d->date, url_day))
            goto oom;
        d->date = wt_arena_strndup(a, url_day, 10);
    }
    char hash[33];
    wt_input_hash(in, hash);
    d->hash = wt_arena_strndup(a, hash, 32);
    if (in->n_meta) {
        d->meta = wt_arena_calloc(a, in->n_meta, sizeof *d->meta);
        if (!d->meta)
            goto oom;
        for (size_t i = 0; i < in->n_meta; i++) {
            d->meta[i].key = dup_or_null(a, in->meta[i].key);
            d->meta[i].json = dup_or_null(a, in->meta[i].json);
        }
        d->n_meta = in->n_meta;
    }
    if (in->warning && !add_warning(d, &warn_cap, "%s", in->warning))
        goto oom;

    if (in->clean) {
        /* re-annotation: the stored text is the clean text, byte for byte */
        if (in->text_len == 0) {
            st = wt_fail(err, WT_EEMPTY, where, 0, -1, "document has no text; skipped");
            goto out;
        }
        d->text = wt_arena_strndup(a, in->text, in->text_len);
        d->text_len = in->text_len;
        if (!d->text)
            goto oom;
        goto annotate;
    }
    /* normalise */
    wt_norm_report rep;
    if (!wt_normalize(in->text, in->text_len, &norm, &rep))
        goto oom;
    if (rep.binary) {
        st = wt_fail(err, WT_EINPUT, where, 0, (long long)(rep.invalid ? rep.first_invalid : rep.first_control),
                     "binary data, not text (%zu invalid or control bytes in %zu, %zu NUL); skipped",
                     rep.invalid + rep.controls, in->text_len, rep.nuls);
        goto out;
    }
    if (rep.invalid &&
        !add_warning(d, &warn_cap, "%s: byte %zu: invalid UTF-8; %zu byte(s) replaced by U+FFFD", where,
                     rep.first_invalid, rep.invalid))
        goto oom;
    if (rep.controls &&
        !add_warning(d, &warn_cap, "%s: byte %zu: %zu control character(s) removed", where,
                     rep.first_control, rep.controls))
        goto oom;

    /* clean */
    wt_cleaner cl = {w->p->charsets, w->p->boilerplate, w->repairer};
    if (!wt_clean(&cl, d, norm.out.ptr ? norm.out.ptr : "", norm.out.len, in->title_in_text != 0, &cleaned))
        goto oom;
    if (cleaned.out.len == 0) {
        st = wt_fail(err, WT_EEMPTY, where, 0, -1, "document has no text; skipped");
        goto out;
    }
    if (cleaned.out.len > UINT32_MAX) {
        st = wt_fail(err, WT_ETOOBIG, where, 0, -1, "document is over 4 GiB; skipped");
        goto out;
    }
    d->text = wt_arena_strndup(a, cleaned.out.ptr, cleaned.out.len);
    d->text_len = cleaned.out.len;
    if (!d->text || !wt_offmap_compose(&cleaned.map, &norm.map, &d->map))
        goto oom;
    /* the steps before the clean text are done with: a long document
     * keeps one copy of its text while it is annotated, not three */
    wt_rw_free(&norm);
    wt_rw_free(&cleaned);
    wt_rw_init(&norm, 0);
    wt_rw_init(&cleaned, 0);

annotate:
    if (stage < WT_STAGE_SEGMENT)
        goto out;
    d->simhash = wt_simhash(d->text, d->text_len);
    /* segment */
    st = wt_segment(d, w->lex, w->p->abbr);
    if (st != WT_OK) {
        wt_fail(err, st, where, 0, -1, "segmentation failed: %s", wt_strerror(st));
        goto out;
    }
    if (stage < WT_STAGE_ALL)
        goto out;
    /* dates first: the document's year chooses among a person's offices */
    const wt_pipeline *p = w->p;
    const wt_entity_tables et = {p->kb, p->titles, p->ner, w->lex, w->ner_memo};
    const wt_quote_tables qt = {p->verbs, p->titles};
    const wt_event_tables evt = {p->events, p->kb, p->titles};
    /* parts of speech and trees for an article; a text of megabytes is a
     * dump, not an article, and would take minutes */
    if (p->syntax && d->text_len > WT_PARSE_MAX_BYTES) {
        if (!add_warning(d, &warn_cap, "%s: %zu bytes of text: too long to parse (over %d); no parts of speech or trees",
                         where, d->text_len, WT_PARSE_MAX_BYTES))
            goto oom;
    } else if (p->syntax && (st = wt_syntax_doc(p->syntax, w->tag_memo, d)) != WT_OK) {
        wt_fail(err, st, where, 0, -1, "parsing failed: %s", wt_strerror(st));
        goto out;
    }
    if (p->topics)
        d->topic = wt_topics_classify(p->topics, d->title, d->text, d->text_len, &d->topic_p);
    /* relations between states are not coded from a football report, a
     * concert or a recipe */
    bool relations = !wt_topic_is_offtopic(d->topic);
    if ((st = wt_dates(d)) != WT_OK || (st = wt_entities(d, &et)) != WT_OK || (st = wt_quantities(d)) != WT_OK ||
        (st = wt_quotes(d, &qt)) != WT_OK || (relations && (st = wt_events(d, &evt)) != WT_OK)) {
        wt_fail(err, st, where, 0, -1, "annotation failed: %s", wt_strerror(st));
        goto out;
    }
out:
    wt_rw_free(&norm);
    wt_rw_free(&cleaned);
    if (st != WT_OK) {
        wt_doc_free(d);
        return st;
    }
    *out = d;
    return WT_OK;
oom:
    st = wt_fail(err, WT_ENOMEM, where, 0, -1, "out of memory");
    goto out;
}
