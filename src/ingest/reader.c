/* reader.c - walks paths and yields raw documents (wt_input).
 *
 * Every file is opened through zlib, so gzip-compressed files are read
 * transparently. The format is recognised by content first (a WARC record
 * header, a JSON array, a JSON object per line, an HTML page), then by the
 * file name; anything else is one plain-text document per file. Directory
 * walks take the article formats and pass the other files to on_skip. */
#include "../base/base.h"
#include "html.h"
#include "json_fast.h"
#include "normalize.h"
#include "warc.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum fmt { FMT_TEXT, FMT_JSONL, FMT_HTML, FMT_WARC, FMT_JSON_ARRAY };

struct wt_reader {
    wt_options opt;
    char **paths;
    size_t *rel; /* per path: where the part that names its documents starts */
    size_t n_paths, cap_paths, next_path;
    void (*on_skip)(void *ctx, const char *path, const char *why);
    void *skip_ctx;

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
    wt_jf *jf;       /* JSON Lines' fast path (json_fast.h); NULL: jansson only */
    json_t *array;   /* a JSON array file, read whole */
    size_t array_i;  /* its next element */
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
    r->jf = wt_jf_new(); /* without it every line is read with jansson */
    return r;
}

void wt_reader_on_skip(wt_reader *r, void (*fn)(void *ctx, const char *path, const char *why), void *ctx)
{
    r->on_skip = fn;
    r->skip_ctx = ctx;
}

/* rel: where the part of p that names its documents starts (after the
 * directory argument it was found under; the base name of a file argument) */
static bool push_path(wt_reader *r, const char *p, size_t rel)
{
    if (r->n_paths == r->cap_paths) {
        size_t ncap = r->cap_paths ? r->cap_paths * 2 : 16;
        char **np = realloc(r->paths, ncap * sizeof *np);
        if (!np)
            return false;
        r->paths = np;
        size_t *nr = realloc(r->rel, ncap * sizeof *nr);
        if (!nr)
            return false;
        r->rel = nr;
        r->cap_paths = ncap;
    }
    char *d = strdup(p);
    if (!d)
        return false;
    r->rel[r->n_paths] = rel;
    r->paths[r->n_paths++] = d;
    return true;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* The extensions of article files (each also with .gz); a name without
 * an extension is taken as text. */
static const char *const ARTICLE_EXT[] = {".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl",
                                          ".ndjson", ".warc", ".arc"};

static bool article_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char name[512];
    snprintf(name, sizeof name, "%s", base);
    if (ends_with(name, ".gz"))
        name[strlen(name) - 3] = 0;
    if (!strchr(name, '.'))
        return true;
    for (size_t i = 0; i < WT_ARRAY_LEN(ARTICLE_EXT); i++)
        if (ends_with(name, ARTICLE_EXT[i]))
            return true;
    return false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the article files under dir, skipping names that start with
 * '.'; rel is where names start below the directory argument. */
static wt_status walk(wt_reader *r, const char *dir, size_t rel, wt_error *err)
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
        if (stat(names[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            st = walk(r, names[i], rel, err);
        } else if (!article_name(names[i])) {
            if (r->on_skip)
                r->on_skip(r->skip_ctx, names[i], "not an article format (text, HTML, JSON, JSON Lines, WARC); skipped");
        } else if (stat(names[i], &sb) != 0 || S_ISREG(sb.st_mode)) {
            /* a dangling link or a file that vanished is reported when read */
            if (!push_path(r, names[i], rel))
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
        return push_path(r, "-", 0) ? WT_OK : wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    struct stat sb;
    if (stat(path, &sb) != 0)
        return wt_fail(err, WT_EIO, path, 0, -1, "%s", strerror(errno));
    if (S_ISDIR(sb.st_mode)) {
        size_t n = strlen(path);
        return walk(r, path, n + (n && path[n - 1] != '/'), err);
    }
    const char *base = strrchr(path, '/');
    return push_path(r, path, base ? (size_t)(base + 1 - path) : 0) ? WT_OK
                                                                    : wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
}

size_t wt_reader_bytes(const wt_reader *r) { return r->bytes + (r->warc ? wt_warc_bytes(r->warc) : 0); }

static void close_current(wt_reader *r)
{
    if (r->gz)
        gzclose(r->gz);
    r->gz = NULL;
    if (r->array)
        json_decref(r->array);
    r->array = NULL;
    r->array_i = 0;
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
    free(r->rel);
    if (r->array)
        json_decref(r->array);
    wt_buf_free(&r->doc);
    wt_buf_free(&r->conv);
    wt_jf_free(r->jf);
    if (r->json)
        json_decref(r->json);
    if (r->have_art)
        wt_html_article_free(&r->art);
    wt_arena_free(r->scratch);
    free(r);
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
    if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml"))
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

/* The format of a file by its first bytes (decompressed), or by its name. */
static enum fmt sniff(const wt_reader *r, const char *name)
{
    size_t i = 0;
    const char *b = r->inbuf;
    if (r->in_len >= 3 && (unsigned char)b[0] == 0xEF && (unsigned char)b[1] == 0xBB && (unsigned char)b[2] == 0xBF)
        i = 3;
    while (i < r->in_len && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t'))
        i++;
    if (r->in_len - i >= 5 && memcmp(b + i, "WARC/", 5) == 0)
        return FMT_WARC;
    /* JSON: "[" then "{" or "]"; "{" then a key or "}" (random bytes
     * that happen to start with a bracket stay text, and binary) */
    size_t j = i + 1;
    while (j < r->in_len && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t'))
        j++;
    if (i < r->in_len && b[i] == '[' && j < r->in_len && (b[j] == '{' || b[j] == ']'))
        return FMT_JSON_ARRAY;
    if (i < r->in_len && b[i] == '{' && j < r->in_len && (b[j] == '"' || b[j] == '}'))
        return FMT_JSONL;
    if (wt_looks_like_html(b + i, r->in_len - i))
        return FMT_HTML;
    enum fmt by_name = strcmp(name, "-") == 0 ? FMT_TEXT : format_by_name(name);
    return by_name == FMT_WARC || by_name == FMT_JSONL ? FMT_TEXT : by_name; /* the content says otherwise */
}

/* A WARC on standard input: the stream (already decompressed by zlib) is
 * spooled to a temporary file the WARC reader can seek in. */
static wt_status warc_from_stream(wt_reader *r, wt_error *err)
{
    FILE *tmp = tmpfile();
    if (!tmp)
        return wt_fail(err, WT_EIO, r->cur, 0, -1, "cannot make a temporary file for a WARC on standard input: %s",
                       strerror(errno));
    bool failed = false;
    do {
        if (fwrite(r->inbuf + r->in_pos, 1, r->in_len - r->in_pos, tmp) != r->in_len - r->in_pos) {
            fclose(tmp);
            return wt_fail(err, WT_EIO, r->cur, 0, -1, "cannot write a temporary file: %s", strerror(errno));
        }
        r->in_pos = r->in_len;
    } while (fill(r, err, &failed));
    if (failed || fflush(tmp) != 0 || fseek(tmp, 0, SEEK_SET) != 0) {
        fclose(tmp);
        return failed ? err->code : wt_fail(err, WT_EIO, r->cur, 0, -1, "cannot read back a temporary file");
    }
    gzclose(r->gz);
    r->gz = NULL;
    return wt_warc_open_file(tmp, r->cur, r->opt.max_doc_bytes, &r->warc, err);
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
    bool is_stdin = strcmp(p, "-") == 0;
    if (is_stdin) {
        int fd = dup(0);
        r->gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
        if (!r->gz && fd >= 0)
            close(fd);
    } else {
        struct stat sb;
        if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
            return wt_fail(err, WT_EIO, p, 0, -1, "is a directory");
        if (format_by_name(p) == FMT_WARC) { /* read member by member: a damaged one is skipped alone */
            r->fmt = FMT_WARC;
            return wt_warc_open(p, r->opt.max_doc_bytes, &r->warc, err);
        }
        r->gz = gzopen(p, "rb");
    }
    if (!r->gz)
        return wt_fail(err, WT_EIO, p, 0, -1, "cannot open: %s", strerror(errno ? errno : EIO));
    gzbuffer(r->gz, 1 << 17);
    bool failed = false;
    if (!fill(r, err, &failed) && failed)
        return err->code;
    r->fmt = sniff(r, p);
    if (r->fmt != FMT_WARC)
        return WT_OK;
    if (is_stdin)
        return warc_from_stream(r, err);
    gzclose(r->gz); /* the WARC reader inflates member by member itself */
    r->gz = NULL;
    r->in_pos = r->in_len = 0;
    return wt_warc_open(p, r->opt.max_doc_bytes, &r->warc, err);
}

/* The part of the current path that names its documents: relative to the
 * directory argument (the base name of a file argument), without the
 * compression and format extensions; "stdin" for standard input. */
static const char *base_id(wt_reader *r)
{
    if (strcmp(r->cur, "-") == 0)
        return "stdin";
    const char *b = r->cur + r->rel[r->next_path - 1];
    size_t n = strlen(b);
    if (n > 3 && strcmp(b + n - 3, ".gz") == 0)
        n -= 3;
    for (size_t i = n; i > 0 && b[i - 1] != '/'; i--)
        if (b[i - 1] == '.') {
            if (i > 1 && b[i - 2] != '/')
                n = i - 1;
            break;
        }
    return wt_arena_strndup(r->scratch, b, n);
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
    in->id = base_id(r);
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
static const char *const KNOWN_KEYS[] = {"id", "url", "title", "date", "source"};

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

/* The input's origin (where), and its id: the record's own, else its URL,
 * else its place. */
static void set_origin_and_id(wt_reader *r, wt_input *in, const char *where, long long num)
{
    in->origin = wt_arena_strndup(r->scratch, where, strlen(where));
    if (!in->id && in->url && *in->url)
        in->id = in->url;
    if (!in->id) {
        char id[1200];
        snprintf(id, sizeof id, "%s:%lld", base_id(r), num);
        in->id = wt_arena_strndup(r->scratch, id, strlen(id));
    }
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

/* A JSON record (a line of JSON Lines, an element of a JSON array) as an
 * input; num is its line or element number, where its place as the
 * record's origin writes it ("FILE:LINE" or "FILE[N]"). Errors name the
 * file and line (JSON Lines) or the element. */
static wt_status record_input(wt_reader *r, wt_input *in, json_t *obj, long long num, const char *where,
                              wt_error *err)
{
    bool lines = r->fmt == FMT_JSONL;
    char elem[48] = "";
    if (!lines)
        snprintf(elem, sizeof elem, "record %lld: ", num);
    if (!json_is_object(obj))
        return wt_fail(err, WT_EINPUT, r->cur, lines ? num : 0, -1, "%sa record must be a JSON object; skipped", elem);
    json_t *text = NULL;
    for (size_t i = 0; i < WT_ARRAY_LEN(TEXT_KEYS) && !json_is_string(text); i++)
        text = json_object_get(obj, TEXT_KEYS[i]);
    json_t *html = json_object_get(obj, "html");
    if (!json_is_string(text) && !json_is_string(html))
        return wt_fail(err, WT_EEMPTY, r->cur, lines ? num : 0, -1,
                       "%srecord has no text field (text, content, body, articleBody, html); skipped", elem);
    if (json_is_string(text)) {
        in->text = json_string_value(text);
        in->text_len = json_string_length(text);
    }
    in->id = json_field_str(r->scratch, obj, "id");
    in->url = json_field_str(r->scratch, obj, "url");
    in->title = json_field_str(r->scratch, obj, "title");
    in->date = json_field_str(r->scratch, obj, "date");
    in->source = json_field_str(r->scratch, obj, "source");
    set_origin_and_id(r, in, where, num);
    /* unknown fields are kept as metadata, and so are text aliases not used */
    size_t n_meta = 0, cap = json_object_size(obj);
    wt_meta *meta = wt_arena_calloc(r->scratch, cap ? cap : 1, sizeof *meta);
    const char *key;
    json_t *val;
    json_object_foreach(obj, key, val)
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
    in->meta = meta;
    in->n_meta = n_meta;
    if (!json_is_string(text)) {
        size_t mcap = cap;
        return from_html(r, in, json_string_value(html), json_string_length(html), &mcap, err);
    }
    return WT_OK;
}

/* A string value written as jansson's json_dumps writes it (quotes; \\,
 * \" and the control characters escaped, \b \f \n \r \t by name and
 * the others as \u00XX; everything else as it is), so that a record's
 * metadata reads the same whichever parser read it. */
static char *jansson_quoted(wt_arena *a, const char *s, size_t n)
{
    static const char HEX[] = "0123456789ABCDEF";
    wt_buf b;
    wt_buf_init(&b, 0);
    wt_buf_putc(&b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *name = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b" : c == '\f' ? "\\f"
                         : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
        if (name)
            wt_buf_puts(&b, name);
        else if (c < 0x20) {
            char u[7] = {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 15], 0};
            wt_buf_puts(&b, u);
        } else
            wt_buf_putc(&b, (char)c);
    }
    wt_buf_putc(&b, '"');
    char *out = b.oom ? NULL : wt_arena_strndup(a, b.ptr, b.len);
    wt_buf_free(&b);
    return out;
}

/* A field's value as json_field_str gives it: a string, or an integer
 * written in decimal. */
static const char *plain_str(wt_arena *a, const wt_jf_field *f)
{
    if (!f)
        return NULL;
    if (!f->is_int)
        return wt_arena_strndup(a, f->s, f->len);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%lld", f->i);
    return wt_arena_strndup(a, tmp, strlen(tmp));
}

static const wt_jf_field *plain_get(const wt_jf_field *f, size_t n, const char *key)
{
    size_t kl = strlen(key);
    for (size_t i = 0; i < n; i++)
        if (f[i].key_len == kl && memcmp(f[i].key, key, kl) == 0)
            return &f[i];
    return NULL;
}

/* record_input for a plain record (json_fast.h: strings and integers
 * only, each key once): the same input, field for field. */
static wt_status plain_record_input(wt_reader *r, wt_input *in, const wt_jf_field *f, size_t n, long long num,
                                    const char *where, wt_error *err)
{
    const wt_jf_field *text = NULL;
    for (size_t i = 0; i < WT_ARRAY_LEN(TEXT_KEYS) && !text; i++) {
        text = plain_get(f, n, TEXT_KEYS[i]);
        text = text && !text->is_int ? text : NULL;
    }
    const wt_jf_field *html = plain_get(f, n, "html");
    if (!text && (!html || html->is_int))
        return wt_fail(err, WT_EEMPTY, r->cur, num, -1,
                       "record has no text field (text, content, body, articleBody, html); skipped");
    if (text) {
        in->text = text->s;
        in->text_len = text->len;
    }
    in->id = plain_str(r->scratch, plain_get(f, n, "id"));
    in->url = plain_str(r->scratch, plain_get(f, n, "url"));
    in->title = plain_str(r->scratch, plain_get(f, n, "title"));
    in->date = plain_str(r->scratch, plain_get(f, n, "date"));
    in->source = plain_str(r->scratch, plain_get(f, n, "source"));
    set_origin_and_id(r, in, where, num);
    wt_meta *meta = wt_arena_calloc(r->scratch, n ? n : 1, sizeof *meta);
    size_t n_meta = 0;
    for (size_t i = 0; i < n; i++) {
        if (&f[i] == text || &f[i] == html || is_known_key(f[i].key))
            continue;
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%lld", f[i].i);
        const char *js = f[i].is_int ? wt_arena_strndup(r->scratch, tmp, strlen(tmp))
                                     : jansson_quoted(r->scratch, f[i].s, f[i].len);
        if (!js)
            continue;
        meta[n_meta].key = wt_arena_strndup(r->scratch, f[i].key, f[i].key_len);
        meta[n_meta++].json = js;
    }
    in->meta = meta;
    in->n_meta = n_meta;
    if (!text) {
        size_t mcap = n;
        return from_html(r, in, html->s, html->len, &mcap, err);
    }
    return WT_OK;
}

/* The line in r->doc read by the fast path when it is a plain record
 * (false: read it with jansson). */
static bool read_plain(wt_reader *r, const wt_jf_field **f, size_t *n)
{
    if (!r->jf || !wt_buf_reserve(&r->doc, WT_JF_PADDING))
        return false;
    memset(r->doc.ptr + r->doc.len, 0, WT_JF_PADDING);
    return wt_jf_object(r->jf, r->doc.ptr, r->doc.len, f, n);
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
        char where[1100];
        snprintf(where, sizeof where, "%s:%lld", r->cur, r->line);
        const wt_jf_field *fields;
        size_t n_fields;
        if (read_plain(r, &fields, &n_fields)) {
            st = plain_record_input(r, in, fields, n_fields, r->line, where, err);
        } else {
            json_error_t jerr;
            r->json = json_loadb(r->doc.ptr, r->doc.len, JSON_ALLOW_NUL, &jerr);
            if (!r->json)
                return wt_fail(err, WT_EINPUT, r->cur, r->line, -1,
                               "malformed JSON at column %d: %s; line skipped", jerr.column, jerr.text);
            if (!json_is_object(r->json))
                return wt_fail(err, WT_EINPUT, r->cur, r->line, -1,
                               "a JSON Lines record must be an object; line skipped");
            st = record_input(r, in, r->json, r->line, where, err);
        }
        if (st == WT_OK && bad) {
            char tmp[1300];
            snprintf(tmp, sizeof tmp,
                     "%s:%lld: %zu invalid UTF-8 byte(s) replaced by U+FFFD, the first at byte %zu of the line",
                     r->cur, r->line, bad, first_bad);
            in->warning = wt_arena_strndup(r->scratch, tmp, strlen(tmp));
        }
        return st;
    }
}

/* A file holding one JSON array of records, read whole (up to 16 times
 * the document size limit), then element by element. */
static wt_status read_json_array(wt_reader *r, wt_input *in, wt_error *err)
{
    if (!r->array) {
        wt_buf_clear(&r->doc);
        bool failed = false;
        size_t max = r->opt.max_doc_bytes > SIZE_MAX / 16 ? SIZE_MAX : r->opt.max_doc_bytes * 16;
        for (;;) {
            if (r->in_pos >= r->in_len && !fill(r, err, &failed))
                break;
            size_t n = r->in_len - r->in_pos;
            r->bytes += n;
            if (r->doc.len + n > max) {
                wt_fail(err, WT_ETOOBIG, r->cur, 0, -1, "a JSON array over %zu bytes; use JSON Lines", max);
                close_current(r); /* the next call goes on with the next file */
                return WT_ETOOBIG;
            }
            if (!wt_buf_put(&r->doc, r->inbuf + r->in_pos, n))
                return wt_fail(err, WT_ENOMEM, r->cur, 0, -1, "out of memory reading the file");
            r->in_pos = r->in_len;
        }
        if (failed) {
            close_current(r);
            return err->code;
        }
        json_error_t jerr;
        r->array = json_loadb(r->doc.ptr ? r->doc.ptr : "", r->doc.len, JSON_ALLOW_NUL, &jerr);
        if (!r->array || !json_is_array(r->array)) {
            wt_fail(err, WT_EINPUT, r->cur, r->array ? 0 : jerr.line, r->array ? -1 : jerr.position, "%s%s; file skipped",
                    r->array ? "not a JSON array of records" : "malformed JSON: ", r->array ? "" : jerr.text);
            close_current(r); /* the next call goes on with the next file */
            return WT_EINPUT;
        }
        r->array_i = 0;
    }
    if (r->array_i >= json_array_size(r->array))
        return WT_DONE;
    size_t i = r->array_i++;
    char where[1100];
    snprintf(where, sizeof where, "%s[%zu]", r->cur, i + 1);
    return record_input(r, in, json_array_get(r->array, i), (long long)(i + 1), where, err);
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
        if (r->fmt == FMT_JSONL || r->fmt == FMT_JSON_ARRAY) {
            st = r->fmt == FMT_JSONL ? read_jsonl(r, in, err) : read_json_array(r, in, err);
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
