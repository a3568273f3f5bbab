/* reader.c - walks paths and yields raw documents (wt_input).
 *
 * Every file is opened through zlib, so gzip-compressed files are read
 * transparently. The format is chosen by file name (.jsonl, .ndjson, .json
 * are JSON Lines; everything else is one plain-text document per file) and,
 * for standard input, by sniffing the first byte. */
#include "../base/base.h"
#include "html.h"
#include "normalize.h"
#include "warc.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum fmt { FMT_TEXT, FMT_JSONL, FMT_HTML, FMT_WARC };

struct wt_reader {
    wt_options opt;
    char **paths;
    size_t n_paths, cap_paths, next_path;

    /* the file being read */
    gzFile gz;
    wt_warc *warc;
    char *cur;       /* its path */
    enum fmt fmt;
    long long line;  /* JSONL: number of the last line read */
    bool eof;
    char inbuf[1 << 16];
    size_t in_pos, in_len;
    size_t bytes;    /* consumed over all files */

    /* the current input, valid until the next call */
    wt_arena *scratch;
    wt_buf doc;      /* text file contents or one JSONL line */
    wt_buf conv;     /* UTF-16 conversion, invalid-UTF-8 repair */
    json_t *json;
    wt_html_article art; /* the current HTML page */
    bool have_art;
};

void wt_options_init(wt_options *o)
{
    o->max_doc_bytes = (size_t)64 << 20;
    o->emit_tokens = 1;
    o->stage = WT_STAGE_ALL;
}

wt_reader *wt_reader_new(const wt_options *o)
{
    wt_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (o)
        r->opt = *o;
    else
        wt_options_init(&r->opt);
    wt_buf_init(&r->doc, 0);
    wt_buf_init(&r->conv, 0);
    return r;
}

static bool push_path(wt_reader *r, const char *p)
{
    if (r->n_paths == r->cap_paths) {
        size_t ncap = r->cap_paths ? r->cap_paths * 2 : 16;
        char **np = realloc(r->paths, ncap * sizeof *np);
        if (!np)
            return false;
        r->paths = np;
        r->cap_paths = ncap;
    }
    char *d = strdup(p);
    if (!d)
        return false;
    r->paths[r->n_paths++] = d;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects regular files under dir, skipping names that start with '.'. */
static wt_status walk(wt_reader *r, const char *dir, wt_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return wt_fail(err, WT_EIO, dir, 0, -1, "cannot list directory: %s", strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    wt_status st = WT_OK;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (!wt_heap_grow(&names, n, &cap, sizeof *names)) {
            st = WT_ENOMEM;
            goto out;
        }
        size_t len = strlen(dir) + strlen(de->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            st = WT_ENOMEM;
            goto out;
        }
        snprintf(names[n], len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", de->d_name);
        n++;
    }
    if (n > 1) /* an empty directory has no list to sort */
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && st == WT_OK; i++) {
        struct stat sb;
        if (stat(names[i], &sb) != 0) {
            /* a dangling link or a file that vanished: reported when read */
            if (!push_path(r, names[i]))
                st = WT_ENOMEM;
        } else if (S_ISDIR(sb.st_mode)) {
            st = walk(r, names[i], err);
        } else if (S_ISREG(sb.st_mode)) {
            if (!push_path(r, names[i]))
                st = WT_ENOMEM;
        }
    }
out:
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    closedir(d);
    if (st == WT_ENOMEM)
        return wt_fail(err, st, dir, 0, -1, "out of memory while listing the directory");
    return st;
}

wt_status wt_reader_add(wt_reader *r, const char *path, wt_error *err)
{
    if (strcmp(path, "-") == 0)
        return push_path(r, "-") ? WT_OK : WT_ENOMEM;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return wt_fail(err, WT_EIO, path, 0, -1, "%s", strerror(errno));
    if (S_ISDIR(sb.st_mode))
        return walk(r, path, err);
    return push_path(r, path) ? WT_OK : WT_ENOMEM;
}

size_t wt_reader_bytes(const wt_reader *r) { return r->bytes + (r->warc ? wt_warc_bytes(r->warc) : 0); }

static void close_current(wt_reader *r)
{
    if (r->gz)
        gzclose(r->gz);
    r->gz = NULL;
    wt_warc_close(r->warc);
    r->warc = NULL;
    free(r->cur);
    r->cur = NULL;
}

void wt_reader_free(wt_reader *r)
{
    if (!r)
        return;
    close_current(r);
    for (size_t i = 0; i < r->n_paths; i++)
        free(r->paths[i]);
    free(r->paths);
    wt_buf_free(&r->doc);
    wt_buf_free(&r->conv);
    if (r->json)
        json_decref(r->json);
    if (r->have_art)
        wt_html_article_free(&r->art);
    wt_arena_free(r->scratch);
    free(r);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static enum fmt format_by_name(const char *path)
{
    char name[512];
    snprintf(name, sizeof name, "%s", path);
    if (ends_with(name, ".gz"))
        name[strlen(name) - 3] = 0;
    if (ends_with(name, ".warc") || ends_with(name, ".arc"))
        return FMT_WARC;
    if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") || ends_with(name, ".json"))
        return FMT_JSONL;
    if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml") ||
        ends_with(name, ".HTML") || ends_with(name, ".HTM"))
        return FMT_HTML;
    return FMT_TEXT;
}

/* Refills the input buffer; returns false at the end or on an error
 * (which is then in err). */
static bool fill(wt_reader *r, wt_error *err, bool *failed)
{
    if (r->eof)
        return false;
    int n = gzread(r->gz, r->inbuf, sizeof r->inbuf);
    if (n < 0) {
        int code;
        const char *msg = gzerror(r->gz, &code);
        wt_fail(err, WT_EIO, r->cur, r->fmt == FMT_JSONL ? r->line + 1 : 0,
                (long long)(r->bytes), "read error: %s", code == Z_ERRNO ? strerror(errno) : msg);
        *failed = true;
        r->eof = true;
        return false;
    }
    if (n == 0) {
        int code;
        const char *msg = gzerror(r->gz, &code);
        r->eof = true;
        if (code != Z_OK && code != Z_STREAM_END) {
            wt_fail(err, WT_EINPUT, r->cur, r->fmt == FMT_JSONL ? r->line + 1 : 0,
                    (long long)r->bytes, "compressed data is damaged or truncated: %s", msg);
            *failed = true;
        }
        return false;
    }
    r->in_pos = 0;
    r->in_len = (size_t)n;
    return true;
}

static wt_status open_next(wt_reader *r, wt_error *err)
{
    close_current(r);
    if (r->next_path >= r->n_paths)
        return WT_DONE;
    const char *p = r->paths[r->next_path++];
    r->cur = strdup(p);
    if (!r->cur)
        return wt_fail(err, WT_ENOMEM, p, 0, -1, "out of memory");
    r->eof = false;
    r->in_pos = r->in_len = 0;
    r->line = 0;
    if (strcmp(p, "-") == 0) {
        int fd = dup(0);
        r->gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
        if (!r->gz && fd >= 0)
            close(fd);
    } else {
        struct stat sb;
        if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
            return wt_fail(err, WT_EIO, p, 0, -1, "is a directory");
        if (format_by_name(p) == FMT_WARC) {
            r->fmt = FMT_WARC;
            return wt_warc_open(p, r->opt.max_doc_bytes, &r->warc, err);
        }
        r->gz = gzopen(p, "rb");
    }
    if (!r->gz)
        return wt_fail(err, WT_EIO, p, 0, -1, "cannot open: %s", strerror(errno ? errno : EIO));
    gzbuffer(r->gz, 1 << 17);
    if (strcmp(p, "-") == 0) {
        /* sniff: JSON Lines start with '{' */
        bool failed = false;
        if (!fill(r, err, &failed) && failed)
            return err->code;
        size_t i = 0;
        while (i < r->in_len && (r->inbuf[i] == ' ' || r->inbuf[i] == '\n' || r->inbuf[i] == '\r' ||
                                 r->inbuf[i] == '\t'))
            i++;
        r->fmt = (i < r->in_len && r->inbuf[i] == '{') ? FMT_JSONL
                 : wt_looks_like_html(r->inbuf + i, r->in_len - i) ? FMT_HTML
                                                                    : FMT_TEXT;
    } else {
        r->fmt = format_by_name(p);
    }
    return WT_OK;
}

static const char *base_id(wt_arena *a, const char *path)
{
    if (strcmp(path, "-") == 0)
        return "stdin";
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (n > 3 && strcmp(b + n - 3, ".gz") == 0)
        n -= 3;
    for (size_t i = n; i > 0; i--)
        if (b[i - 1] == '.') {
            if (i > 1)
                n = i - 1;
            break;
        }
    return wt_arena_strndup(a, b, n);
}

static void reset_input(wt_reader *r, wt_input *in)
{
    memset(in, 0, sizeof *in);
    if (r->have_art) {
        wt_html_article_free(&r->art);
        r->have_art = false;
    }
    wt_arena_free(r->scratch);
    r->scratch = wt_arena_new(16 * 1024);
    if (r->json) {
        json_decref(r->json);
        r->json = NULL;
    }
}

static void add_meta(wt_reader *r, wt_input *in, size_t *cap, const char *key, const char *value)
{
    if (!value)
        return;
    if (in->n_meta == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        wt_meta *m = wt_arena_calloc(r->scratch, nc, sizeof *m);
        if (!m)
            return;
        if (in->n_meta)
            memcpy(m, in->meta, in->n_meta * sizeof *m);
        in->meta = m;
        *cap = nc;
    }
    wt_buf b;
    wt_buf_init(&b, 0);
    wt_json_cstr(&b, value);
    wt_meta *m = (wt_meta *)&in->meta[in->n_meta++];
    m->key = key;
    m->json = wt_arena_strndup(r->scratch, b.ptr, b.len);
    wt_buf_free(&b);
}

/* An HTML page: its article becomes the input; title, date and url come
 * from the page unless the record already gave them. */
static wt_status from_html(wt_reader *r, wt_input *in, const char *html, size_t len, size_t *meta_cap,
                           wt_error *err)
{
    wt_error e2;
    wt_status st = wt_html_extract(html, len, in->url, &r->art, &e2);
    if (st != WT_OK)
        return wt_fail(err, st, r->cur, r->fmt == FMT_JSONL ? r->line : 0, -1, "%s; skipped", e2.msg);
    r->have_art = true;
    in->text = r->art.text.ptr ? r->art.text.ptr : "";
    in->text_len = r->art.text.len;
    in->title_in_text = 0;
    if (!in->title)
        in->title = r->art.title;
    if (!in->date)
        in->date = r->art.date;
    if (!in->url)
        in->url = r->art.url;
    size_t cap = meta_cap ? *meta_cap : 0;
    if (!meta_cap)
        in->n_meta = 0;
    add_meta(r, in, &cap, "author", r->art.author);
    add_meta(r, in, &cap, "site_name", r->art.site_name);
    add_meta(r, in, &cap, "lang", r->art.lang);
    if (meta_cap)
        *meta_cap = cap;
    return WT_OK;
}

/* A whole file as one plain-text document. */
static wt_status read_text(wt_reader *r, wt_input *in, wt_error *err)
{
    wt_buf_clear(&r->doc);
    size_t max = r->opt.max_doc_bytes;
    bool failed = false, too_big = false;
    size_t total = 0;
    for (;;) {
        if (r->in_pos >= r->in_len && !fill(r, err, &failed))
            break;
        size_t n = r->in_len - r->in_pos;
        total += n;
        r->bytes += n;
        if (!too_big && r->doc.len + n > max)
            too_big = true; /* keep reading to the end to count, store nothing */
        if (!too_big && !wt_buf_put(&r->doc, r->inbuf + r->in_pos, n))
            return wt_fail(err, WT_ENOMEM, r->cur, 0, -1, "out of memory reading the file");
        r->in_pos = r->in_len;
    }
    const char *path = r->cur;
    if (failed) {
        return err->code;
    }
    if (too_big)
        return wt_fail(err, WT_ETOOBIG, path, 0, (long long)max,
                       "document is %zu bytes, over the limit of %zu bytes (--max-doc-size); skipped",
                       total, max);
    const char *text = r->doc.ptr ? r->doc.ptr : "";
    size_t len = r->doc.len;
    if (len >= 2 && (((unsigned char)text[0] == 0xFF && (unsigned char)text[1] == 0xFE) ||
                     ((unsigned char)text[0] == 0xFE && (unsigned char)text[1] == 0xFF))) {
        wt_buf_clear(&r->conv);
        if (!wt_utf16_to_utf8(text, len, &r->conv))
            return wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory converting UTF-16");
        text = r->conv.ptr ? r->conv.ptr : "";
        len = r->conv.len;
    }
    in->origin = wt_arena_strndup(r->scratch, path, strlen(path));
    in->id = base_id(r->scratch, path);
    if (r->fmt == FMT_HTML || wt_looks_like_html(text, len))
        return from_html(r, in, text, len, NULL, err);
    in->text = text;
    in->text_len = len;
    in->title_in_text = 1;
    return WT_OK;
}

/* Reads one line into r->doc. Returns WT_OK, WT_DONE at the end of the file,
 * WT_ETOOBIG for a line over the limit (skipped to its end) or a read error. */
static wt_status read_line(wt_reader *r, wt_error *err, size_t *line_bytes)
{
    wt_buf_clear(&r->doc);
    size_t max = r->opt.max_doc_bytes;
    bool failed = false, too_big = false, any = false;
    size_t total = 0;
    for (;;) {
        if (r->in_pos >= r->in_len && !fill(r, err, &failed))
            break;
        any = true;
        const char *p = r->inbuf + r->in_pos;
        size_t avail = r->in_len - r->in_pos;
        const char *nl = memchr(p, '\n', avail);
        size_t n = nl ? (size_t)(nl - p) : avail;
        total += n;
        if (!too_big && r->doc.len + n > max)
            too_big = true;
        if (!too_big && !wt_buf_put(&r->doc, p, n))
            return wt_fail(err, WT_ENOMEM, r->cur, r->line + 1, -1, "out of memory");
        r->in_pos += n + (nl ? 1 : 0);
        r->bytes += n + (nl ? 1 : 0);
        if (nl)
            break;
    }
    *line_bytes = total;
    if (failed) {
        r->line++;
        return err->code;
    }
    if (!any)
        return WT_DONE;
    r->line++;
    if (too_big)
        return WT_ETOOBIG;
    return WT_OK;
}

static const char *json_field_str(wt_arena *a, json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    if (json_is_string(v))
        return wt_arena_strndup(a, json_string_value(v), json_string_length(v));
    if (json_is_integer(v)) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%lld", (long long)json_integer_value(v));
        return wt_arena_strndup(a, tmp, strlen(tmp));
    }
    return NULL;
}

/* The keys that hold the body text, in order of preference. */
static const char *const TEXT_KEYS[] = {"text", "content", "body", "articleBody", "article"};
static const char *const KNOWN_KEYS[] = {"id", "url", "title", "date"};

static bool is_known_key(const char *k)
{
    for (size_t i = 0; i < WT_ARRAY_LEN(TEXT_KEYS); i++)
        if (strcmp(k, TEXT_KEYS[i]) == 0)
            return true;
    for (size_t i = 0; i < WT_ARRAY_LEN(KNOWN_KEYS); i++)
        if (strcmp(k, KNOWN_KEYS[i]) == 0)
            return true;
    return false;
}

/* Replaces invalid UTF-8 in a JSON line by U+FFFD so that the rest of the
 * document is kept; returns the number of bytes replaced. */
static size_t repair_line_utf8(wt_reader *r, size_t *first)
{
    size_t n = r->doc.len, bad = 0;
    const char *s = r->doc.ptr;
    size_t ok = wt_utf8_valid_prefix(s, n);
    if (ok == n)
        return 0;
    wt_buf_clear(&r->conv);
    size_t i = 0;
    while (i < n) {
        size_t v = wt_utf8_valid_prefix(s + i, n - i);
        wt_buf_put(&r->conv, s + i, v);
        i += v;
        if (i < n) {
            if (!bad)
                *first = i;
            bad++;
            wt_buf_put(&r->conv, "\xEF\xBF\xBD", 3);
            i++;
        }
    }
    wt_buf tmp = r->doc;
    r->doc = r->conv;
    r->conv = tmp;
    return bad;
}

static wt_status read_jsonl(wt_reader *r, wt_input *in, wt_error *err)
{
    for (;;) {
        size_t line_bytes = 0;
        wt_status st = read_line(r, err, &line_bytes);
        if (st == WT_DONE)
            return WT_DONE;
        if (st == WT_ETOOBIG)
            return wt_fail(err, WT_ETOOBIG, r->cur, r->line, -1,
                           "line is %zu bytes, over the limit of %zu bytes (--max-doc-size); skipped",
                           line_bytes, r->opt.max_doc_bytes);
        if (st != WT_OK)
            return st;
        /* skip blank lines */
        size_t k = 0;
        while (k < r->doc.len && (r->doc.ptr[k] == ' ' || r->doc.ptr[k] == '\t' || r->doc.ptr[k] == '\r'))
            k++;
        if (k == r->doc.len)
            continue;
        size_t first_bad = 0;
        size_t bad = repair_line_utf8(r, &first_bad);
        json_error_t jerr;
        r->json = json_loadb(r->doc.ptr, r->doc.len, JSON_ALLOW_NUL, &jerr);
        if (!r->json)
            return wt_fail(err, WT_EINPUT, r->cur, r->line, -1,
                           "malformed JSON at column %d: %s; line skipped", jerr.column, jerr.text);
        if (!json_is_object(r->json))
            return wt_fail(err, WT_EINPUT, r->cur, r->line, -1,
                           "a JSON Lines record must be an object; line skipped");
        json_t *text = NULL;
        for (size_t i = 0; i < WT_ARRAY_LEN(TEXT_KEYS) && !json_is_string(text); i++)
            text = json_object_get(r->json, TEXT_KEYS[i]);
        json_t *html = json_object_get(r->json, "html");
        if (!json_is_string(text) && !json_is_string(html))
            return wt_fail(err, WT_EEMPTY, r->cur, r->line, -1,
                           "record has no text field (text, content, body, articleBody, html); skipped");
        if (json_is_string(text)) {
            in->text = json_string_value(text);
            in->text_len = json_string_length(text);
        }
        in->id = json_field_str(r->scratch, r->json, "id");
        in->url = json_field_str(r->scratch, r->json, "url");
        in->title = json_field_str(r->scratch, r->json, "title");
        in->date = json_field_str(r->scratch, r->json, "date");
        char origin[600];
        snprintf(origin, sizeof origin, "%s:%lld", r->cur, r->line);
        in->origin = wt_arena_strndup(r->scratch, origin, strlen(origin));
        if (!in->id) {
            char id[600];
            snprintf(id, sizeof id, "%s:%lld", base_id(r->scratch, r->cur), r->line);
            in->id = wt_arena_strndup(r->scratch, id, strlen(id));
        }
        /* unknown fields are kept as metadata, and so are text aliases not used */
        size_t n_meta = 0, cap = json_object_size(r->json);
        wt_meta *meta = wt_arena_calloc(r->scratch, cap, sizeof *meta);
        const char *key;
        json_t *val;
        json_object_foreach(r->json, key, val)
        {
            if (val == text || val == html || is_known_key(key))
                continue;
            char *js = json_dumps(val, JSON_ENCODE_ANY | JSON_COMPACT);
            if (!js)
                continue;
            meta[n_meta].key = wt_arena_strndup(r->scratch, key, strlen(key));
            meta[n_meta].json = wt_arena_strndup(r->scratch, js, strlen(js));
            free(js);
            n_meta++;
        }
        if (bad) {
            char tmp[300];
            snprintf(tmp, sizeof tmp,
                     "%s:%lld: %zu invalid UTF-8 byte(s) replaced by U+FFFD, the first at byte %zu of the line",
                     r->cur, r->line, bad, first_bad);
            in->warning = wt_arena_strndup(r->scratch, tmp, strlen(tmp));
        }
        in->meta = meta;
        in->n_meta = n_meta;
        if (!json_is_string(text)) {
            size_t mcap = cap;
            return from_html(r, in, json_string_value(html), json_string_length(html), &mcap, err);
        }
        return WT_OK;
    }
}

/* The next HTML response of a WARC file. */
static wt_status read_warc(wt_reader *r, wt_input *in, wt_error *err)
{
    for (;;) {
        wt_warc_record rec;
        wt_status st = wt_warc_next(r->warc, &rec, err);
        if (st == WT_DONE) {
            r->bytes += wt_warc_bytes(r->warc);
            close_current(r);
            return wt_reader_next(r, in, err);
        }
        if (st != WT_OK)
            return st;
        char origin[600];
        snprintf(origin, sizeof origin, "%s@%lld", r->cur, rec.offset);
        in->origin = wt_arena_strndup(r->scratch, origin, strlen(origin));
        in->id = rec.id ? wt_arena_strndup(r->scratch, rec.id, strlen(rec.id))
                        : wt_arena_strndup(r->scratch, rec.uri, strlen(rec.uri));
        in->url = wt_arena_strndup(r->scratch, rec.uri, strlen(rec.uri));
        const char *warc_date = rec.date ? wt_arena_strndup(r->scratch, rec.date, strlen(rec.date)) : NULL;
        st = from_html(r, in, rec.body, rec.body_len, NULL, err);
        if (st != WT_OK)
            return st;
        if (!in->date)
            in->date = warc_date; /* the page's own date wins */
        return WT_OK;
    }
}

wt_status wt_reader_next(wt_reader *r, wt_input *in, wt_error *err)
{
    wt_error_clear(err);
    reset_input(r, in);
    if (!r->scratch)
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    for (;;) {
        if (!r->gz && !r->warc) {
            wt_status st = open_next(r, err);
            if (st == WT_DONE)
                return WT_DONE;
            if (st != WT_OK) {
                close_current(r);
                return st;
            }
        }
        wt_status st;
        if (r->fmt == FMT_WARC)
            return read_warc(r, in, err);
        if (r->fmt == FMT_JSONL) {
            st = read_jsonl(r, in, err);
            if (st == WT_DONE) {
                close_current(r);
                continue;
            }
            return st; /* after a read error the next call finds the end */
        }
        st = read_text(r, in, err);
        close_current(r);
        return st;
    }
}
