/* topic.c - see topic.h. Features: every lower-cased word of the title
 * (its own kind) and of the first MAX_WORDS words of the text, hashed into
 * 2^bits buckets per topic; an averaged perceptron, the passes over the
 * shuffled articles in a fixed order, so training gives the same file each
 * time. The file: "WARTATOPIC 1 BITS N", the N topic names, then the
 * weights as 32-bit floats, gzip-compressed. */
#include "topic.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>
#include <zlib.h>

#define MAGIC "WARTATOPIC"
#define VERSION 1
#define MAX_WORDS 400
#define MAX_FEATS (MAX_WORDS + 64)

struct wt_topics {
    unsigned bits;
    double temp; /* scores are divided by it before the softmax (fitted in training) */
    size_t n;
    char names[WT_MAX_TOPICS][24];
    float *w; /* (1 << bits) * n */
};

void wt_topics_free(wt_topics *m)
{
    if (m)
        free(m->w);
    free(m);
}

/* hashed words of s[0..len): letters and digits, lower-cased; at most max */
static size_t words(const char *s, size_t len, uint64_t seed, unsigned bits, uint32_t *out, size_t max)
{
    size_t k = 0, i = 0;
    char w[32];
    while (i < len && k < max) {
        while (i < len && !isalnum((unsigned char)s[i]))
            i++;
        size_t n = 0;
        while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '-')) {
            if (n < sizeof w)
                w[n++] = (char)tolower((unsigned char)s[i]);
            i++;
        }
        if (n >= 2 && !isdigit((unsigned char)w[0]))
            out[k++] = (uint32_t)(XXH3_64bits_withSeed(w, n, seed) & ((1u << bits) - 1));
    }
    return k;
}

static size_t features(unsigned bits, const char *title, const char *text, size_t len, uint32_t *f)
{
    size_t k = title ? words(title, strlen(title), 1, bits, f, 64) : 0;
    return k + words(text, len, 2, bits, f + k, MAX_WORDS);
}

static void scores(const wt_topics *m, const uint32_t *f, size_t nf, double *sc)
{
    for (size_t c = 0; c < m->n; c++)
        sc[c] = 0;
    for (size_t i = 0; i < nf; i++) {
        const float *row = m->w + (size_t)f[i] * m->n;
        for (size_t c = 0; c < m->n; c++)
            sc[c] += row[c];
    }
}

/* the softmax of the scores at the model's temperature, for class k */
static double prob_at(const double *sc, size_t n, size_t k, double temp)
{
    double top = sc[0];
    for (size_t c = 1; c < n; c++)
        if (sc[c] > top)
            top = sc[c];
    double z = 0;
    for (size_t c = 0; c < n; c++)
        z += exp((sc[c] - top) / temp);
    return exp((sc[k] - top) / temp) / z;
}

static double prob(const wt_topics *m, const double *sc, size_t k) { return prob_at(sc, m->n, k, m->temp); }

const char *wt_topics_classify(const wt_topics *m, const char *title, const char *text, size_t len, double *p)
{
    uint32_t f[MAX_FEATS];
    double sc[WT_MAX_TOPICS];
    size_t nf = features(m->bits, title, text, len, f);
    scores(m, f, nf, sc);
    size_t best = 0;
    for (size_t c = 1; c < m->n; c++)
        if (sc[c] > sc[best])
            best = c;
    if (p)
        *p = prob(m, sc, best);
    return m->names[best];
}

bool wt_topic_is_offtopic(const char *topic)
{
    return topic && (!strcmp(topic, "sport") || !strcmp(topic, "entertainment") || !strcmp(topic, "lifestyle") ||
                     !strcmp(topic, "technology"));
}

/* ---- the model file ---- */

static wt_status save(const wt_topics *m, const char *path, wt_error *err)
{
    gzFile gz = gzopen(path, "wb9");
    if (!gz)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot write: %s", strerror(errno));
    bool ok = gzprintf(gz, "%s %d %u %zu %.6g\n", MAGIC, VERSION, m->bits, m->n, m->temp) > 0;
    for (size_t c = 0; ok && c < m->n; c++)
        ok = gzprintf(gz, "%s\n", m->names[c]) > 0;
    size_t W = ((size_t)1 << m->bits) * m->n;
    for (size_t k = 0; ok && k < W; k += 1 << 20) {
        size_t len = (W - k < (1u << 20) ? W - k : (1u << 20)) * sizeof *m->w;
        ok = gzwrite(gz, m->w + k, (unsigned)len) == (int)len;
    }
    if (gzclose(gz) != Z_OK || !ok)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot write the model");
    return WT_OK;
}

wt_status wt_topics_load(const char *path, wt_topics **out, wt_error *err)
{
    *out = NULL;
    wt_blob in;
    wt_status st = wt_blob_load(path, (size_t)1 << 31, &in, err);
    if (st != WT_OK)
        return st;
    return wt_topics_load_blob(&in, path, out, err);
}

wt_status wt_topics_load_blob(wt_blob *blob, const char *path, wt_topics **out, wt_error *err)
{
    *out = NULL;
    wt_blob in = *blob;
    wt_status st = WT_OK;
    wt_topics *m = calloc(1, sizeof *m);
    char line[256], magic[16];
    int version = 0;
    if (!m)
        st = wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    else if (!wt_blob_gets(&in, line, sizeof line) ||
             sscanf(line, "%15s %d %u %zu %lf", magic, &version, &m->bits, &m->n, &m->temp) != 5 || !(m->temp > 0) ||
             strcmp(magic, MAGIC) != 0 || version != VERSION || m->bits < 8 || m->bits > 22 || m->n < 2 ||
             m->n > WT_MAX_TOPICS)
        st = wt_fail(err, WT_EMODEL, path, 1, -1, "not a Warta topic model (version %d expected)", VERSION);
    for (size_t c = 0; st == WT_OK && c < m->n; c++) {
        if (!wt_blob_gets(&in, line, sizeof line) || strlen(line) < 2 || strlen(line) > sizeof m->names[0])
            st = wt_fail(err, WT_EMODEL, path, (long long)c + 2, -1, "a topic name expected");
        else
            snprintf(m->names[c], sizeof m->names[c], "%.*s", (int)strcspn(line, "\n"), line);
    }
    size_t W = st == WT_OK ? ((size_t)1 << m->bits) * m->n : 0;
    if (st == WT_OK && !(m->w = malloc(W * sizeof *m->w)))
        st = wt_fail(err, WT_ENOMEM, path, 0, -1, "out of memory");
    if (st == WT_OK && !wt_blob_read(&in, m->w, W * sizeof *m->w))
        st = wt_fail(err, WT_EMODEL, path, 0, -1, "the model is cut short");
    wt_blob_free(&in);
    if (st != WT_OK) {
        wt_topics_free(m);
        return st;
    }
    *out = m;
    return WT_OK;
}

/* ---- training ---- */

typedef struct example {
    uint32_t *f;
    size_t nf;
    int label;
} example;

typedef struct section_map {
    char section[32], sub[32];
    int topic;
} section_map;

typedef struct corpus {
    example *ex;
    size_t n, cap;
    section_map map[128];
    size_t n_map;
    char names[WT_MAX_TOPICS][24];
    size_t n_topics;
} corpus;

extern const char wt_data_topics[];
extern const size_t wt_data_topics_len;

static int topic_id(corpus *c, const char *t, size_t n)
{
    for (size_t i = 0; i < c->n_topics; i++)
        if (strlen(c->names[i]) == n && memcmp(c->names[i], t, n) == 0)
            return (int)i;
    if (c->n_topics == WT_MAX_TOPICS || n >= sizeof c->names[0])
        return -1;
    memcpy(c->names[c->n_topics], t, n);
    c->names[c->n_topics][n] = 0;
    return (int)c->n_topics++;
}

/* SECTION TAB SUBSECTION|* TAB TOPIC */
static wt_status map_line(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    corpus *c = ctx;
    const char *f[3];
    size_t fl[3];
    if (wt_data_fields(line, len, f, fl, 3) != 3 || !fl[0] || fl[0] >= 32 || !fl[1] || fl[1] >= 32 || !fl[2] ||
        c->n_map == WT_ARRAY_LEN(c->map))
        return wt_data_bad(err, d, WT_EMODEL, "expected SECTION<TAB>SUBSECTION or *<TAB>TOPIC");
    section_map *m = &c->map[c->n_map++];
    snprintf(m->section, sizeof m->section, "%.*s", (int)fl[0], f[0]);
    snprintf(m->sub, sizeof m->sub, "%.*s", (int)fl[1], f[1]);
    if ((m->topic = topic_id(c, f[2], fl[2])) < 0)
        return wt_data_bad(err, d, WT_EMODEL, "at most %d topics", WT_MAX_TOPICS);
    return WT_OK;
}

static int topic_of_section(const corpus *c, const char *section, const char *sub)
{
    for (size_t i = 0; section && i < c->n_map; i++)
        if (!strcasecmp(c->map[i].section, section) &&
            (!strcmp(c->map[i].sub, "*") || (sub && !strcasecmp(c->map[i].sub, sub))))
            return c->map[i].topic;
    return -1;
}

static const char *str_of(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Reads labelled articles (JSON Lines with title, text or content, and the
 * outlet's category and sub_category). */
static wt_status read_file(corpus *c, unsigned bits, const char *path, wt_error *err)
{
    gzFile gz = gzopen(path, "rb");
    if (!gz)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open: %s", strerror(errno ? errno : ENOENT));
    wt_buf line;
    wt_buf_init(&line, 0);
    char chunk[65536];
    long long lineno = 0;
    wt_status st = WT_OK;
    for (bool eof = false; !eof && st == WT_OK;) {
        wt_buf_clear(&line);
        for (;;) {
            if (!gzgets(gz, chunk, sizeof chunk)) {
                eof = true;
                break;
            }
            wt_buf_puts(&line, chunk);
            if (line.len && line.ptr[line.len - 1] == '\n')
                break;
        }
        if (!line.len)
            continue;
        lineno++;
        json_t *j = json_loadb(line.ptr, line.len, 0, NULL);
        if (!json_is_object(j)) {
            json_decref(j);
            st = wt_fail(err, WT_EINPUT, path, lineno, -1, "not a JSON object");
            break;
        }
        const char *text = str_of(j, "content") ? str_of(j, "content") : str_of(j, "text");
        int t = topic_of_section(c, str_of(j, "category"), str_of(j, "sub_category"));
        if (text && t >= 0 && wt_heap_grow(&c->ex, c->n, &c->cap, sizeof *c->ex)) {
            example *e = &c->ex[c->n];
            e->f = malloc(MAX_FEATS * sizeof *e->f);
            if (e->f) {
                e->nf = features(bits, str_of(j, "title"), text, strlen(text), e->f);
                e->label = t;
                c->n++;
            }
        }
        json_decref(j);
    }
    int zerr;
    const char *zmsg = gzerror(gz, &zerr);
    if (st == WT_OK && zerr != Z_OK && zerr != Z_STREAM_END)
        st = wt_fail(err, WT_EINPUT, path, lineno, -1, "damaged or truncated: %s", zmsg);
    gzclose(gz);
    wt_buf_free(&line);
    return st;
}

static void free_corpus(corpus *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->ex[i].f);
    free(c->ex);
}

static uint64_t next_rand(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

/* The temperature that gives the training articles' labels the highest
 * likelihood (a grid of powers of two): the probabilities then mean
 * something, where the raw scores would make every answer certain. */
static void fit_temperature(wt_topics *m, const corpus *c)
{
    double best_ll = -INFINITY, sc[WT_MAX_TOPICS];
    m->temp = 1;
    for (double t = 0.25; t <= 4096; t *= 2) {
        double ll = 0;
        for (size_t i = 0; i < c->n; i++) {
            scores(m, c->ex[i].f, c->ex[i].nf, sc);
            ll += log(prob_at(sc, m->n, (size_t)c->ex[i].label, t) + 1e-12);
        }
        if (ll > best_ll) {
            best_ll = ll;
            m->temp = t;
        }
    }
}

/* averaged perceptron: w - u / steps, with u the step-weighted updates */
static void train(wt_topics *m, const corpus *c, int epochs)
{
    size_t W = ((size_t)1 << m->bits) * m->n;
    float *u = calloc(W, sizeof *u);
    size_t *order = malloc((c->n ? c->n : 1) * sizeof *order);
    if (!u || !order) {
        free(u);
        free(order);
        return;
    }
    for (size_t i = 0; i < c->n; i++)
        order[i] = i;
    uint64_t seed = 0x5EEDull, step = 1;
    double sc[WT_MAX_TOPICS];
    for (int ep = 0; ep < epochs; ep++) {
        for (size_t i = c->n; i > 1; i--) {
            size_t k = (size_t)(next_rand(&seed) % i), t = order[i - 1];
            order[i - 1] = order[k];
            order[k] = t;
        }
        for (size_t i = 0; i < c->n; i++, step++) {
            const example *e = &c->ex[order[i]];
            scores(m, e->f, e->nf, sc);
            /* a mistake unless the right topic scores strictly highest (a
             * tie is one too: otherwise the first topic wins ties unlearned) */
            size_t best = e->label ? 0 : 1;
            for (size_t k = 0; k < m->n; k++)
                if ((int)k != e->label && sc[k] > sc[best])
                    best = k;
            if (sc[e->label] > sc[best])
                continue;
            for (size_t f = 0; f < e->nf; f++) {
                size_t row = (size_t)e->f[f] * m->n;
                m->w[row + (size_t)e->label] += 1;
                m->w[row + best] -= 1;
                u[row + (size_t)e->label] += (float)step;
                u[row + best] -= (float)step;
            }
        }
    }
    for (size_t k = 0; k < W; k++)
        m->w[k] -= u[k] / (float)step;
    free(u);
    free(order);
    fit_temperature(m, c);
}

static wt_status read_all(corpus *c, unsigned bits, char **files, int n_files, wt_error *err)
{
    wt_status st = wt_data_each("data/topics.tsv", wt_data_topics, wt_data_topics_len, map_line, c, err);
    for (int i = 0; st == WT_OK && i < n_files; i++)
        st = read_file(c, bits, files[i], err);
    return st;
}

wt_status wt_topic_train(char **files, int n_files, const char *model_path, int epochs, FILE *log, wt_error *err)
{
    corpus *c = calloc(1, sizeof *c);
    wt_topics *m = calloc(1, sizeof *m);
    wt_status st = c && m ? WT_OK : wt_fail(err, WT_ENOMEM, model_path, 0, -1, "out of memory");
    if (m)
        m->bits = 18;
    if (st == WT_OK)
        st = read_all(c, m->bits, files, n_files, err);
    if (st == WT_OK && c->n == 0)
        st = wt_fail(err, WT_EINPUT, files[0], 0, -1, "no article with a section data/topics.tsv maps");
    if (st == WT_OK) {
        m->n = c->n_topics;
        memcpy(m->names, c->names, sizeof m->names);
        m->w = calloc(((size_t)1 << m->bits) * m->n, sizeof *m->w);
        if (!m->w)
            st = wt_fail(err, WT_ENOMEM, model_path, 0, -1, "out of memory");
    }
    if (st == WT_OK) {
        if (log)
            fprintf(log, "warta: training the topic model on %zu articles, %zu topics, %d passes\n", c->n, m->n, epochs);
        train(m, c, epochs);
        st = save(m, model_path, err);
    }
    if (c)
        free_corpus(c);
    free(c);
    wt_topics_free(m);
    return st;
}

wt_status wt_topic_eval(const char *model_path, char **files, int n_files, FILE *out, wt_error *err)
{
    wt_topics *m;
    wt_status st = wt_topics_load(model_path, &m, err);
    if (st != WT_OK)
        return st;
    corpus *c = calloc(1, sizeof *c);
    if (!c) {
        wt_topics_free(m);
        return wt_fail(err, WT_ENOMEM, model_path, 0, -1, "out of memory");
    }
    st = read_all(c, m->bits, files, n_files, err);
    size_t conf[WT_MAX_TOPICS][WT_MAX_TOPICS] = {{0}}, right = 0, counted = 0;
    double sc[WT_MAX_TOPICS];
    for (size_t i = 0; st == WT_OK && i < c->n; i++) {
        const example *e = &c->ex[i];
        size_t gold = m->n;
        for (size_t k = 0; k < m->n; k++)
            if (!strcmp(m->names[k], c->names[e->label]))
                gold = k;
        if (gold == m->n)
            continue; /* a topic the model does not know */
        scores(m, e->f, e->nf, sc);
        size_t best = 0;
        for (size_t k = 1; k < m->n; k++)
            if (sc[k] > sc[best])
                best = k;
        conf[gold][best]++;
        right += best == gold;
        counted++;
    }
    if (st == WT_OK) {
        fprintf(out, "%zu articles, accuracy %.2f%%\n\n%-14s", counted, counted ? 100.0 * (double)right / (double)counted : 0.0,
                "gold \\ pred");
        for (size_t k = 0; k < m->n; k++)
            fprintf(out, " %6.6s", m->names[k]);
        fputc('\n', out);
        for (size_t g = 0; g < m->n; g++) {
            fprintf(out, "%-14s", m->names[g]);
            for (size_t k = 0; k < m->n; k++)
                fprintf(out, " %6zu", conf[g][k]);
            fputc('\n', out);
        }
    }
    free_corpus(c);
    free(c);
    wt_topics_free(m);
    return st;
}
