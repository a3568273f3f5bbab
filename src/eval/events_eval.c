/* events_eval.c - `warta eval events GOLD`: the record against a hand
 * reading of real articles (../shared/data/events-dev/gold.jsonl; its
 * SOURCE.md gives the format). Each gold line names its article by key
 * ("kompas.jsonl:2546", a 0-based line of the CLICK-ID file), which is
 * read from the news folder and run through the pipeline. Scores:
 *  - events: a predicted event matches a gold event of the same type whose
 *    two sides agree in either order (a side agrees by country code or by
 *    name; a side gold leaves empty agrees only with an empty one), one to
 *    one; precision, recall; on matched events the share with the right
 *    date, location and domains;
 *  - traps: gold non-events (denied, negated, planned...) some predicted
 *    event matches;
 *  - quotes, direct and indirect apart: a predicted quote matches a gold
 *    one whose first words it holds near its start; speakers right among
 *    the matched quotes whose gold speaker is named;
 *  - entities: a predicted entity is right when a gold entity has its name
 *    and country; precision and recall.
 * Names compare case- and accent-insensitively, punctuation as spaces, and
 * two names the knowledge base knows as one entry are one ("China" and
 * "Tiongkok"; gold and Warta spell canonical names their own ways). */
#include "eval.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- names and text compared loosely ---- */

/* Lower case, accents off, every run of non-alphanumerics one space. */
static char *fold(const char *s, size_t n)
{
    utf8proc_uint8_t *m = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                     UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT) < 0)
        return strndup(s, n);
    char *o = (char *)m;
    size_t k = 0;
    bool space = true;
    for (size_t i = 0; o[i]; i++) {
        unsigned char c = (unsigned char)o[i];
        bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) {
            o[k++] = (char)c;
            space = false;
        } else if (!space) {
            o[k++] = ' ';
            space = true;
        }
    }
    while (k && o[k - 1] == ' ')
        k--;
    o[k] = 0;
    return o;
}

static bool same_spelling(const char *a, const char *b)
{
    char *x = fold(a, strlen(a)), *y = fold(b, strlen(b));
    bool eq = x && y && strcmp(x, y) == 0;
    free(x);
    free(y);
    return eq;
}

/* the same name, or two names the knowledge base knows as one ("Bruno
 * Rodriguez" and "Bruno Rodríguez Parrilla"; gold and Warta spell
 * canonical names their own ways) */
static bool same_name(const wt_worker *kb, const char *a, const char *b)
{
    if (!a || !b)
        return false;
    if (same_spelling(a, b))
        return true;
    const char *ca = wt_canonical_name(kb, a), *cb = wt_canonical_name(kb, b);
    return (ca && cb && strcmp(ca, cb) == 0) || (ca && same_spelling(ca, b)) || (cb && same_spelling(a, cb));
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* ---- the counts ---- */

typedef struct tally {
    size_t gold, pred, right;
} tally;

typedef struct scores {
    tally events, quotes[2], entities;
    tally domains; /* domain labels on matched events, one by one */
    size_t matched, date_ok, loc_ok, dom_ok, dated_gold;
    size_t traps, traps_hit;
    size_t speakers, speakers_ok;
    size_t articles, missing;
} scores;

/* ---- events ---- */

/* A predicted side against a gold side (a JSON object or null). */
static bool side_agrees(const wt_worker *kb, const wt_event_actor *p, json_t *g)
{
    bool p_empty = !p->name && !p->country;
    if (!json_is_object(g))
        return p_empty;
    const char *gc = jstr(g, "country"), *gn = jstr(g, "name");
    if (gc && p->country && strcmp(gc, p->country) == 0)
        return true;
    return same_name(kb, gn, p->name);
}

/* Same type, both sides agree: as written, or also the other way round
 * when reversed. */
static bool event_matches_dir(const wt_worker *kb, const wt_event *p, json_t *g, bool reversed)
{
    const char *type = jstr(g, "type");
    if (!type || !p->type || strcmp(type, p->type) != 0)
        return false;
    json_t *g1 = json_object_get(g, "actor1"), *g2 = json_object_get(g, "actor2");
    return (side_agrees(kb, &p->actor1, g1) && side_agrees(kb, &p->actor2, g2)) ||
           (reversed && side_agrees(kb, &p->actor1, g2) && side_agrees(kb, &p->actor2, g1));
}

static bool event_matches(const wt_worker *kb, const wt_event *p, json_t *g)
{
    return event_matches_dir(kb, p, g, true);
}

static bool same_opt(const wt_worker *kb, const char *gold, const char *pred)
{
    if (!gold || !pred)
        return !gold && !pred;
    return same_name(kb, gold, pred);
}

static bool has_domain(const wt_event *p, const char *d)
{
    for (size_t k = 0; k < p->n_domains; k++)
        if (strcmp(p->domains[k], d) == 0)
            return true;
    return false;
}

/* Whether a matched event has gold's domains, all and only; counts the
 * labels one by one into t. */
static bool same_domains(const wt_event *p, json_t *g, tally *t)
{
    json_t *gd = json_object_get(g, "domains");
    size_t n = json_is_array(gd) ? json_array_size(gd) : 0, found = 0;
    for (size_t i = 0; i < n; i++) {
        const char *d = json_string_value(json_array_get(gd, i));
        found += d && has_domain(p, d);
    }
    t->gold += n;
    t->pred += p->n_domains;
    t->right += found;
    return found == n && n == p->n_domains;
}

static void print_domains(FILE *out, const wt_event *p, json_t *g)
{
    json_t *gd = json_object_get(g, "domains");
    fprintf(out, "  DOMAIN %s %s -> %s:", p->type, p->actor1.name ? p->actor1.name : "-",
            p->actor2.name ? p->actor2.name : "-");
    for (size_t k = 0; k < p->n_domains; k++)
        fprintf(out, " %s", p->domains[k]);
    fprintf(out, " (gold");
    for (size_t i = 0; json_is_array(gd) && i < json_array_size(gd); i++)
        fprintf(out, " %s", json_string_value(json_array_get(gd, i)) ? json_string_value(json_array_get(gd, i)) : "?");
    fprintf(out, ")\n");
}

/* the sentence that holds a span, for -v */
static void print_sentence(FILE *out, const wt_doc *d, uint32_t at)
{
    for (size_t i = 0; i < d->n_sentences; i++)
        if (d->sentences[i].start <= at && at < d->sentences[i].end) {
            fprintf(out, "      \"%.*s\"\n", (int)(d->sentences[i].end - d->sentences[i].start),
                    d->text + d->sentences[i].start);
            return;
        }
}

static void print_event(FILE *out, const char *what, const wt_event *e)
{
    fprintf(out, "  %s %s/%s %s (%s) -> %s (%s) date %s loc %s\n", what, e->type, e->mode ? e->mode : "-",
            e->actor1.name ? e->actor1.name : "-", e->actor1.country ? e->actor1.country : "-",
            e->actor2.name ? e->actor2.name : "-", e->actor2.country ? e->actor2.country : "-",
            e->date ? e->date : "-", e->location ? e->location : "-");
}

static void print_gold_event(FILE *out, const char *what, json_t *g)
{
    json_t *a1 = json_object_get(g, "actor1"), *a2 = json_object_get(g, "actor2");
    fprintf(out, "  %s %s %s (%s) -> %s (%s) %s\n      \"%s\"\n", what, jstr(g, "type"),
            json_is_object(a1) && jstr(a1, "name") ? jstr(a1, "name") : "-",
            json_is_object(a1) && jstr(a1, "country") ? jstr(a1, "country") : "-",
            json_is_object(a2) && jstr(a2, "name") ? jstr(a2, "name") : "-",
            json_is_object(a2) && jstr(a2, "country") ? jstr(a2, "country") : "-",
            jstr(g, "why") ? jstr(g, "why") : "", jstr(g, "evidence") ? jstr(g, "evidence") : "");
}

static void score_events(const wt_worker *kb, const wt_doc *d, json_t *rec, scores *s, FILE *out, int verbose)
{
    json_t *gold = json_object_get(rec, "events"), *traps = json_object_get(rec, "non_events");
    size_t ng = json_array_size(gold);
    bool *used = calloc(ng ? ng : 1, 1);
    bool *right = calloc(d->n_events ? d->n_events : 1, 1); /* predicted events that matched a gold one */
    s->events.gold += ng;
    s->events.pred += d->n_events;
    /* one to one: matches in the written direction first, so that a
     * reversed match does not take a gold event another prediction
     * matches as written */
    size_t *hits = malloc((d->n_events + 1) * sizeof *hits);
    for (size_t i = 0; hits && i < d->n_events; i++)
        hits[i] = ng;
    for (int pass = 0; hits && pass < 2; pass++)
        for (size_t i = 0; i < d->n_events; i++)
            for (size_t g = 0; g < ng && hits[i] == ng; g++)
                if (!used[g] && event_matches_dir(kb, &d->events[i], json_array_get(gold, g), pass == 1)) {
                    hits[i] = g;
                    used[g] = true;
                }
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        size_t hit = hits ? hits[i] : ng;
        if (hit < ng) {
            json_t *g = json_array_get(gold, hit);
            if (right)
                right[i] = true;
            s->events.right++;
            s->matched++;
            bool date_ok = same_opt(kb, jstr(g, "date"), e->date), loc_ok = same_opt(kb, jstr(g, "location"), e->location);
            s->date_ok += date_ok;
            s->loc_ok += loc_ok;
            if (verbose && (!date_ok || !loc_ok)) { /* a match whose date or place differs */
                fprintf(out, "  %s %s %s -> %s: date %s (gold %s), place %s (gold %s)\n", !date_ok ? "DATE " : "PLACE",
                        e->type, e->actor1.name ? e->actor1.name : "-", e->actor2.name ? e->actor2.name : "-",
                        e->date ? e->date : "-", jstr(g, "date") ? jstr(g, "date") : "-",
                        e->location ? e->location : "-", jstr(g, "location") ? jstr(g, "location") : "-");
                print_sentence(out, d, e->n_spans ? e->spans[0].start : 0);
            }
            bool dom_ok = same_domains(e, g, &s->domains);
            s->dom_ok += dom_ok;
            if (verbose && !dom_ok) {
                print_domains(out, e, g);
                print_sentence(out, d, e->n_spans ? e->spans[0].start : 0);
            }
            continue;
        }
        bool trap = false;
        for (size_t t = 0; t < json_array_size(traps) && !trap; t++)
            trap = event_matches(kb, e, json_array_get(traps, t));
        if (verbose) {
            print_event(out, trap ? "TRAP " : "EXTRA", e);
            print_sentence(out, d, e->n_spans ? e->spans[0].start : 0);
        }
    }
    for (size_t g = 0; verbose && g < ng; g++)
        if (!used[g])
            print_gold_event(out, "MISS ", json_array_get(gold, g));
    free(used);
    free(hits);
    /* a trap is asserted by an event that matched no gold event (a gold
     * event and a trap may share their type and sides) */
    for (size_t t = 0; t < json_array_size(traps); t++) {
        s->traps++;
        for (size_t i = 0; i < d->n_events; i++)
            if (!(right && right[i]) && event_matches(kb, &d->events[i], json_array_get(traps, t))) {
                s->traps_hit++;
                break;
            }
    }
    free(right);
}

/* ---- quotes ---- */

static void score_quotes(const wt_worker *kb, const wt_doc *d, json_t *rec, scores *s, FILE *out, int verbose)
{
    json_t *gold = json_object_get(rec, "quotes");
    size_t ng = json_array_size(gold);
    bool *used = calloc(ng ? ng : 1, 1);
    for (size_t g = 0; g < ng; g++)
        s->quotes[strcmp(jstr(json_array_get(gold, g), "kind") ? jstr(json_array_get(gold, g), "kind") : "", "direct")
                      ? 1
                      : 0]
            .gold++;
    for (size_t i = 0; i < d->n_quotes; i++) {
        const wt_quote *q = &d->quotes[i];
        int kind = q->kind && strcmp(q->kind, "direct") == 0 ? 0 : 1;
        s->quotes[kind].pred++;
        char *text = fold(d->text + q->start, q->end - q->start);
        size_t hit = ng;
        for (size_t g = 0; g < ng && hit == ng && text; g++) {
            json_t *gq = json_array_get(gold, g);
            const char *gk = jstr(gq, "kind"), *st = jstr(gq, "starts");
            if (used[g] || !gk || !st || (strcmp(gk, "direct") == 0) != (kind == 0))
                continue;
            char *start = fold(st, strlen(st));
            const char *at = start && *start ? strstr(text, start) : NULL;
            if (at && at - text <= 60)
                hit = g;
            free(start);
        }
        free(text);
        if (hit == ng) {
            if (verbose)
                fprintf(out, "  EXTRA quote (%s) by %s: \"%.*s\"\n", q->kind ? q->kind : "-",
                        q->speaker_name ? q->speaker_name : "(none)", (int)(q->end - q->start > 120 ? 120 : q->end - q->start),
                        d->text + q->start);
            continue;
        }
        used[hit] = true;
        s->quotes[kind].right++;
        const char *speaker = jstr(json_array_get(gold, hit), "speaker");
        if (speaker && *speaker) {
            s->speakers++;
            bool ok = same_name(kb, speaker, q->speaker_name);
            s->speakers_ok += ok;
            if (verbose && !ok)
                fprintf(out, "  SPEAKER %s, not %s: \"%.*s\"\n", speaker, q->speaker_name ? q->speaker_name : "(none)",
                        (int)(q->end - q->start > 100 ? 100 : q->end - q->start), d->text + q->start);
        }
    }
    for (size_t g = 0; verbose && g < ng; g++)
        if (!used[g])
            fprintf(out, "  MISS quote (%s) by %s: \"%s\"\n", jstr(json_array_get(gold, g), "kind"),
                    jstr(json_array_get(gold, g), "speaker") ? jstr(json_array_get(gold, g), "speaker") : "-",
                    jstr(json_array_get(gold, g), "starts"));
    free(used);
}

/* ---- entities ---- */

static void score_entities(const wt_worker *kb, const wt_doc *d, json_t *rec, scores *s, FILE *out, int verbose)
{
    json_t *gold = json_object_get(rec, "entities");
    size_t ng = json_array_size(gold);
    bool *used = calloc(ng ? ng : 1, 1);
    s->entities.gold += ng;
    s->entities.pred += d->n_entities;
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        size_t hit = ng;
        for (size_t g = 0; g < ng && hit == ng; g++) {
            json_t *ge = json_array_get(gold, g);
            if (!used[g] && same_name(kb, jstr(ge, "name"), e->name) &&
                ((!jstr(ge, "country") && !e->country) ||
                 (jstr(ge, "country") && e->country && strcmp(jstr(ge, "country"), e->country) == 0)))
                hit = g;
        }
        if (hit < ng) {
            used[hit] = true;
            s->entities.right++;
        } else if (verbose) {
            fprintf(out, "  EXTRA entity %s (%s)\n", e->name ? e->name : "-", e->country ? e->country : "-");
        }
    }
    for (size_t g = 0; verbose && g < ng; g++)
        if (!used[g])
            fprintf(out, "  MISS entity %s (%s)\n", jstr(json_array_get(gold, g), "name"),
                    jstr(json_array_get(gold, g), "country") ? jstr(json_array_get(gold, g), "country") : "-");
    free(used);
}

/* ---- reading the articles ---- */

/* The article a key names ("kompas.jsonl:2546", 0-based line), parsed. */
static json_t *article(const char *news_dir, const char *key, wt_error *err)
{
    const char *colon = strrchr(key, ':');
    if (!colon || colon == key)
        return wt_fail(err, WT_EINPUT, key, 0, -1, "a key is FILE.jsonl:LINE"), NULL;
    char path[1024];
    snprintf(path, sizeof path, "%s/%.*s", news_dir, (int)(colon - key), key);
    long want = strtol(colon + 1, NULL, 10);
    FILE *f = fopen(path, "r");
    if (!f)
        return wt_fail(err, WT_EIO, path, 0, -1, "cannot open"), NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    json_t *j = NULL;
    for (long i = 0; (n = getline(&line, &cap, f)) >= 0; i++)
        if (i == want) {
            json_error_t je;
            j = json_loadb(line, (size_t)n, 0, &je);
            if (!j)
                wt_fail(err, WT_EINPUT, path, i + 1, -1, "malformed JSON: %s", je.text);
            break;
        }
    if (!j && !err->msg[0])
        wt_fail(err, WT_EINPUT, path, 0, -1, "no line %ld", want + 1);
    free(line);
    fclose(f);
    return j;
}

static wt_status score_article(wt_worker *w, const char *news_dir, json_t *rec, scores *s, FILE *out, int verbose,
                               wt_error *err)
{
    const char *key = jstr(rec, "key");
    if (!key)
        return wt_fail(err, WT_EINPUT, "gold", 0, -1, "a record without a key");
    wt_error e2;
    wt_error_clear(&e2);
    json_t *a = article(news_dir, key, &e2);
    if (!a) {
        *err = e2;
        return e2.code;
    }
    const char *text = jstr(a, "content") ? jstr(a, "content") : jstr(a, "text");
    wt_input in = {.id = key, .origin = key, .source = jstr(a, "source"), .url = jstr(a, "url"),
                   .title = jstr(a, "title"), .date = jstr(a, "date"), .text = text ? text : "",
                   .text_len = text ? strlen(text) : 0};
    wt_doc *d;
    wt_status st = wt_process(w, &in, NULL, &d, &e2);
    if (st != WT_OK) {
        json_decref(a);
        s->missing++;
        fprintf(out, "%s: not processed: %s\n", key, e2.msg);
        return WT_OK;
    }
    s->articles++;
    if (verbose)
        fprintf(out, "== %s %s\n", key, jstr(rec, "title") ? jstr(rec, "title") : "");
    score_events(w, d, rec, s, out, verbose);
    score_quotes(w, d, rec, s, out, verbose);
    score_entities(w, d, rec, s, out, verbose);
    wt_doc_free(d);
    json_decref(a);
    return WT_OK;
}

/* ---- the report ---- */

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static void line(FILE *out, const char *what, const tally *t)
{
    double p = pct(t->right, t->pred), r = pct(t->right, t->gold);
    fprintf(out, "%-18s %6zu %6zu %6zu %7.1f %7.1f %7.1f\n", what, t->gold, t->pred, t->right, p, r,
            p + r > 0 ? 2 * p * r / (p + r) : 0.0);
}

static void report(FILE *out, const scores *s)
{
    fprintf(out, "%zu articles scored%s\n\n", s->articles, s->missing ? " (some could not be processed)" : "");
    fprintf(out, "%-18s %6s %6s %6s %7s %7s %7s\n", "", "gold", "pred", "right", "P", "R", "F1");
    line(out, "events", &s->events);
    line(out, "quotes (direct)", &s->quotes[0]);
    line(out, "quotes (indirect)", &s->quotes[1]);
    line(out, "entities+country", &s->entities);
    fprintf(out, "\non %zu matched events: date %.1f%%, location %.1f%%, domains %.1f%%\n", s->matched,
            pct(s->date_ok, s->matched), pct(s->loc_ok, s->matched), pct(s->dom_ok, s->matched));
    fprintf(out, "domain labels on matched events: P %.1f R %.1f (%zu right, %zu given, %zu in gold)\n",
            pct(s->domains.right, s->domains.pred), pct(s->domains.right, s->domains.gold), s->domains.right,
            s->domains.pred, s->domains.gold);
    fprintf(out, "non-events asserted: %zu of %zu\n", s->traps_hit, s->traps);
    fprintf(out, "speakers right: %zu of %zu matched quotes with a named speaker (%.1f%%)\n", s->speakers_ok,
            s->speakers, pct(s->speakers_ok, s->speakers));
}

wt_status wt_eval_events(wt_worker *w, const char *gold_path, const char *news_dir, FILE *out, int verbose,
                         wt_error *err)
{
    FILE *f = fopen(gold_path, "r");
    if (!f)
        return wt_fail(err, WT_EIO, gold_path, 0, -1, "cannot open");
    scores s = {0};
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    long long lineno = 0;
    wt_status st = WT_OK;
    while (st == WT_OK && (n = getline(&buf, &cap, f)) >= 0) {
        lineno++;
        if (n <= 1)
            continue;
        json_error_t je;
        json_t *rec = json_loadb(buf, (size_t)n, 0, &je);
        if (!json_is_object(rec)) {
            st = wt_fail(err, WT_EINPUT, gold_path, lineno, -1, "not a JSON object: %s", rec ? "" : je.text);
        } else {
            st = score_article(w, news_dir, rec, &s, out, verbose, err);
            if (st != WT_OK && err->line == 0 && !err->file[0])
                err->line = lineno;
        }
        json_decref(rec);
    }
    free(buf);
    fclose(f);
    if (st == WT_OK)
        report(out, &s);
    return st;
}
