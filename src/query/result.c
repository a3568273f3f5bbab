/* result.c - the rows a query selected, and how they are written: an
 * aligned table sized to the terminal, JSON (one envelope), JSON Lines,
 * CSV (RFC 4180) and TSV (escaped; docs/query.md). */
#include "query.h"

#include <stdlib.h>
#include <string.h>

struct wt_qresult {
    char kind[16];
    size_t ncols;
    char **cols;
    bool *narrow; /* shown in a table without --fields or --wide */
    size_t nrows, cap;
    char **cells;       /* nrows * ncols, NULL for SQL NULL */
    unsigned char *num; /* 1: the cell is a number */
    long long total;
    char *next;
};

wt_qresult *qresult_new(const char *kind)
{
    wt_qresult *r = calloc(1, sizeof *r);
    if (r)
        snprintf(r->kind, sizeof r->kind, "%s", kind);
    return r;
}

bool qresult_columns(wt_qresult *r, size_t n, const char *const *names)
{
    if (r->cols)
        return true;
    r->cols = calloc(n ? n : 1, sizeof *r->cols);
    r->narrow = calloc(n ? n : 1, sizeof *r->narrow);
    if (!r->cols || !r->narrow)
        return false;
    r->ncols = n;
    for (size_t i = 0; i < n; i++) {
        r->cols[i] = strdup(names[i]);
        r->narrow[i] = true;
        if (!r->cols[i])
            return false;
    }
    return true;
}

bool qresult_row(wt_qresult *r, const char *const *cells, const bool *number)
{
    size_t n = r->ncols;
    if (r->nrows == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        char **c = realloc(r->cells, cap * (n ? n : 1) * sizeof *c);
        if (!c)
            return false;
        r->cells = c;
        unsigned char *num = realloc(r->num, cap * (n ? n : 1));
        if (!num)
            return false;
        r->num = num;
        r->cap = cap;
    }
    for (size_t i = 0; i < n; i++) {
        char *v = NULL;
        if (cells[i] && !(v = strdup(cells[i])))
            return false;
        r->cells[r->nrows * n + i] = v;
        r->num[r->nrows * n + i] = number[i];
    }
    r->nrows++;
    return true;
}

void qresult_set_total(wt_qresult *r, long long total, const char *next)
{
    r->total = total;
    free(r->next);
    r->next = next ? strdup(next) : NULL;
}

void qresult_narrow(wt_qresult *r, const char *const *names)
{
    for (size_t i = 0; i < r->ncols; i++) {
        r->narrow[i] = false;
        for (const char *const *n = names; *n; n++)
            if (strcmp(*n, r->cols[i]) == 0)
                r->narrow[i] = true;
    }
}

size_t wt_qresult_ncols(const wt_qresult *r) { return r->ncols; }
const char *wt_qresult_col(const wt_qresult *r, size_t col) { return col < r->ncols ? r->cols[col] : NULL; }
size_t wt_qresult_nrows(const wt_qresult *r) { return r->nrows; }
long long wt_qresult_total(const wt_qresult *r) { return r->total; }
const char *wt_qresult_next(const wt_qresult *r) { return r->next; }
const char *wt_qresult_kind(const wt_qresult *r) { return r->kind; }

const char *wt_qresult_get(const wt_qresult *r, size_t row, size_t col)
{
    return row < r->nrows && col < r->ncols ? r->cells[row * r->ncols + col] : NULL;
}

int wt_qresult_is_number(const wt_qresult *r, size_t row, size_t col)
{
    return row < r->nrows && col < r->ncols ? r->num[row * r->ncols + col] : 0;
}

void wt_qresult_free(wt_qresult *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nrows * r->ncols; i++)
        free(r->cells[i]);
    for (size_t i = 0; i < r->ncols; i++)
        free(r->cols[i]);
    free(r->cells);
    free(r->num);
    free(r->cols);
    free(r->narrow);
    free(r->next);
    free(r);
}

/* The columns to write, by index; false (WT_EUSAGE) for an unknown name. */
static wt_status pick_columns(const wt_qresult *r, const wt_qwrite *w, size_t *idx, size_t *n, wt_error *err)
{
    *n = 0;
    if (!w->fields || !*w->fields) {
        for (size_t i = 0; i < r->ncols; i++)
            if (w->format != WT_QF_TABLE || w->wide || r->narrow[i])
                idx[(*n)++] = i;
        return WT_OK;
    }
    for (const char *p = w->fields; *p;) {
        size_t len = strcspn(p, ",");
        size_t i = 0;
        while (i < r->ncols && !(strlen(r->cols[i]) == len && strncmp(r->cols[i], p, len) == 0))
            i++;
        if (i == r->ncols) {
            wt_buf names;
            wt_buf_init(&names, 0);
            for (size_t k = 0; k < r->ncols; k++)
                wt_buf_printf(&names, "%s%s", k ? ", " : "", r->cols[k]);
            wt_fail(err, WT_EUSAGE, "--fields", 0, -1, "no column \"%.*s\" in %s (columns: %s)", (int)len, p, r->kind,
                    names.ptr ? names.ptr : "");
            wt_buf_free(&names);
            return WT_EUSAGE;
        }
        if (*n < r->ncols)
            idx[(*n)++] = i;
        p += len + (p[len] == ',');
    }
    return WT_OK;
}

/* Code points in s (a table's columns are aligned on them). */
static size_t u8width(const char *s)
{
    size_t w = 0;
    for (; s && *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* s in at most width code points (the last one "…" when cut), padded
 * to width unless last; tabs and line breaks become spaces. */
static void put_cell(FILE *out, const char *s, size_t width, bool last)
{
    size_t full = u8width(s), w = 0;
    size_t room = full > width ? (width ? width - 1 : 0) : width;
    for (const char *p = s; p && *p && w < room;) {
        const char *q = p + 1;
        while (*q && ((unsigned char)*q & 0xC0) == 0x80)
            q++;
        if (*p == '\n' || *p == '\t' || *p == '\r')
            fputc(' ', out);
        else
            fwrite(p, 1, (size_t)(q - p), out);
        w++;
        p = q;
    }
    if (full > width && width) {
        fputs("\xE2\x80\xA6", out);
        w++;
    }
    while (!last && w < width) {
        fputc(' ', out);
        w++;
    }
}

/* Narrows the widest columns until the row fits the terminal (no column
 * below 6 code points or its header). */
static void fit_widths(size_t *wd, const size_t *min, size_t n, size_t width)
{
    for (;;) {
        /* the widest column that can still narrow */
        size_t total = n ? 2 * (n - 1) : 0, widest = n;
        for (size_t i = 0; i < n; i++) {
            total += wd[i];
            if (wd[i] > min[i] && (widest == n || wd[i] > wd[widest]))
                widest = i;
        }
        if (total <= width || widest == n)
            return;
        size_t second = 0;
        for (size_t i = 0; i < n; i++)
            if (i != widest && wd[i] > second && wd[i] > min[i])
                second = wd[i];
        size_t cut = total - width, room = wd[widest] - (second > min[widest] ? second : min[widest]);
        if (room == 0)
            room = 1;
        wd[widest] -= cut < room ? cut : room;
    }
}

static void write_table(const wt_qresult *r, const wt_qwrite *w, const size_t *idx, size_t n, FILE *out)
{
    size_t *wd = calloc(n ? n : 1, sizeof *wd), *min = calloc(n ? n : 1, sizeof *min);
    if (!wd || !min) {
        free(wd);
        free(min);
        return;
    }
    for (size_t k = 0; k < n; k++) {
        wd[k] = u8width(r->cols[idx[k]]);
        min[k] = wd[k] > 6 ? wd[k] : 6;
        for (size_t row = 0; row < r->nrows; row++) {
            size_t cw = u8width(r->cells[row * r->ncols + idx[k]]);
            if (cw > wd[k])
                wd[k] = cw;
        }
        if (min[k] > wd[k])
            min[k] = wd[k];
    }
    if (!w->wide && w->width > 0)
        fit_widths(wd, min, n, (size_t)w->width);
    for (size_t k = 0; k < n; k++) {
        put_cell(out, r->cols[idx[k]], wd[k], k + 1 == n);
        fputs(k + 1 == n ? "\n" : "  ", out);
    }
    for (size_t row = 0; row < r->nrows; row++)
        for (size_t k = 0; k < n; k++) {
            const char *v = r->cells[row * r->ncols + idx[k]];
            put_cell(out, v ? v : "", wd[k], k + 1 == n);
            fputs(k + 1 == n ? "\n" : "  ", out);
        }
    free(wd);
    free(min);
}

static void json_row(const wt_qresult *r, size_t row, const size_t *idx, size_t n, wt_buf *b)
{
    wt_buf_putc(b, '{');
    for (size_t k = 0; k < n; k++) {
        size_t c = idx[k];
        const char *v = r->cells[row * r->ncols + c];
        if (k)
            wt_buf_putc(b, ',');
        wt_json_cstr(b, r->cols[c]);
        wt_buf_putc(b, ':');
        if (!v)
            wt_buf_puts(b, "null");
        else if (r->num[row * r->ncols + c])
            wt_buf_puts(b, v);
        else
            wt_json_cstr(b, v);
    }
    wt_buf_putc(b, '}');
}

void qresult_json_array(const wt_qresult *r, wt_buf *b)
{
    size_t idx[128], n = r->ncols < 128 ? r->ncols : 128;
    for (size_t i = 0; i < n; i++)
        idx[i] = i;
    wt_buf_putc(b, '[');
    for (size_t row = 0; row < r->nrows; row++) {
        if (row)
            wt_buf_putc(b, ',');
        json_row(r, row, idx, n, b);
    }
    wt_buf_putc(b, ']');
}

static void csv_field(FILE *out, const char *v)
{
    if (v && strpbrk(v, ",\"\r\n")) {
        fputc('"', out);
        for (; *v; v++) {
            if (*v == '"')
                fputc('"', out);
            fputc(*v, out);
        }
        fputc('"', out);
    } else if (v)
        fputs(v, out);
}

/* TSV: backslash, tab, line feed and carriage return escaped as \\, \t,
 * \n, \r; a field that starts with a double quote is quoted as in CSV, so
 * CSV readers set to tabs read every field as written. */
static void tsv_field(FILE *out, const char *v)
{
    if (!v)
        return;
    bool quoted = *v == '"';
    if (quoted)
        fputc('"', out);
    for (; *v; v++) {
        switch (*v) {
        case '\\': fputs("\\\\", out); break;
        case '\t': fputs("\\t", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '"': fputs(quoted ? "\"\"" : "\"", out); break;
        default: fputc(*v, out);
        }
    }
    if (quoted)
        fputc('"', out);
}

static void write_delimited(const wt_qresult *r, const size_t *idx, size_t n, bool csv, FILE *out)
{
    const char *eol = csv ? "\r\n" : "\n";
    for (size_t k = 0; k < n; k++) {
        if (k)
            fputc(csv ? ',' : '\t', out);
        (csv ? csv_field : tsv_field)(out, r->cols[idx[k]]);
    }
    fputs(eol, out);
    for (size_t row = 0; row < r->nrows; row++) {
        for (size_t k = 0; k < n; k++) {
            if (k)
                fputc(csv ? ',' : '\t', out);
            (csv ? csv_field : tsv_field)(out, r->cells[row * r->ncols + idx[k]]);
        }
        fputs(eol, out);
    }
}

static void write_json(const wt_qresult *r, const size_t *idx, size_t n, bool lines, FILE *out)
{
    wt_buf b;
    wt_buf_init(&b, 0);
    if (!lines) {
        wt_buf_puts(&b, "{\"kind\":");
        wt_json_cstr(&b, r->kind);
        wt_buf_printf(&b, ",\"total\":%lld,\"next\":", r->total);
        wt_json_cstr(&b, r->next);
        wt_buf_puts(&b, ",\"results\":[");
    }
    for (size_t row = 0; row < r->nrows; row++) {
        if (!lines && row)
            wt_buf_putc(&b, ',');
        json_row(r, row, idx, n, &b);
        if (lines)
            wt_buf_putc(&b, '\n');
        if (b.len > (1 << 16)) {
            fwrite(b.ptr, 1, b.len, out);
            b.len = 0;
        }
    }
    if (!lines)
        wt_buf_puts(&b, "]}\n");
    if (b.len)
        fwrite(b.ptr, 1, b.len, out);
    wt_buf_free(&b);
}

wt_status wt_qresult_write(const wt_qresult *r, const wt_qwrite *w, FILE *out, wt_error *err)
{
    size_t *idx = calloc(r->ncols ? r->ncols : 1, sizeof *idx), n;
    if (!idx)
        return wt_fail(err, WT_ENOMEM, "query", 0, -1, "out of memory");
    wt_status s = pick_columns(r, w, idx, &n, err);
    if (s == WT_OK) {
        switch (w->format) {
        case WT_QF_TABLE: write_table(r, w, idx, n, out); break;
        case WT_QF_JSON: write_json(r, idx, n, false, out); break;
        case WT_QF_JSONL: write_json(r, idx, n, true, out); break;
        case WT_QF_CSV: write_delimited(r, idx, n, true, out); break;
        case WT_QF_TSV: write_delimited(r, idx, n, false, out); break;
        }
    }
    free(idx);
    return s;
}
