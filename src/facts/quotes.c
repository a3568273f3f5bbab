/* quotes.c - who said what.
 *
 * Direct quotes:
 *  - in quotation marks of any kind, paired by order (a closing mark that
 *    opens, as news often writes it, still pairs); a quote left open runs
 *    to the end of its paragraph;
 *  - without marks, when a reporting verb follows: "..., kata Putin"; the
 *    quote then starts at its sentence, or earlier in the paragraph while
 *    the sentences before speak in the first person ("Kami", "Saya").
 * Reported (indirect) speech: "Putin menegaskan (bahwa) ...", "Menurut
 * Putin, ...".
 * The speaker is the entity named after or before the reporting verb; a
 * pronoun ("ia", "dia", "beliau", "-nya" in "katanya") or a title alone
 * ("Presiden") is the person last named before the quote (with that role
 * when a title is given). Short quoted phrases with no reporting verb are
 * scare quotes, not statements. */
#include "facts.h"

#include "../entities/entities.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

extern const char wt_data_reporting_verbs[];
extern const size_t wt_data_reporting_verbs_len;

enum { V_NONE = 0, V_AFTER, V_BEFORE, V_SELF, V_DENY };

typedef struct verb {
    char w[24];
    int where;
} verb;

#define VERB_SLOTS 512 /* a power of two, over twice the list's length */

struct wt_verbs {
    verb *v;
    size_t n, cap;
    int16_t slot[VERB_SLOTS]; /* by the hash of the lower-case word: 1 + its first place in v, 0 empty */
    bool first[256];          /* the bytes a listed verb starts with, in either case */
};

void wt_verbs_free(wt_verbs *vs)
{
    if (vs)
        free(vs->v);
    free(vs);
}

/* The list's place of the first verb that is w in any case, or -1. */
static long verb_find(const wt_verbs *vs, const char *w)
{
    for (uint32_t i = wt_word_hash_ci(w) & (VERB_SLOTS - 1);; i = (i + 1) & (VERB_SLOTS - 1)) {
        if (!vs->slot[i])
            return -1;
        if (wt_word_eq_ci(w, vs->v[vs->slot[i] - 1].w))
            return vs->slot[i] - 1;
    }
}

/* VERB TAB after|before|self */
static wt_status verb_line(void *ctx, wt_data_src *d, const char *line, size_t len, wt_error *err)
{
    wt_verbs *vs = ctx;
    const char *f[2];
    size_t fl[2];
    int where = V_NONE;
    if (wt_data_fields(line, len, f, fl, 2) == 2 && fl[0] >= 3 && fl[0] < sizeof vs->v[0].w)
        where = wt_str_eq_ci(f[1], fl[1], "after")    ? V_AFTER
                : wt_str_eq_ci(f[1], fl[1], "before") ? V_BEFORE
                : wt_str_eq_ci(f[1], fl[1], "self")   ? V_SELF
                : wt_str_eq_ci(f[1], fl[1], "deny")   ? V_DENY
                                                      : V_NONE;
    if (where == V_NONE)
        return wt_data_bad(err, d, WT_EMODEL, "expected VERB (3 to 23 bytes)<TAB>after|before|self|deny");
    if (!wt_heap_grow(&vs->v, vs->n, &vs->cap, sizeof *vs->v))
        return wt_fail(err, WT_ENOMEM, d->name, 0, -1, "out of memory");
    if (vs->n * 2 >= VERB_SLOTS)
        return wt_data_bad(err, d, WT_EMODEL, "more than %d reporting verbs", VERB_SLOTS / 2);
    verb *v = &vs->v[vs->n++];
    snprintf(v->w, sizeof v->w, "%.*s", (int)fl[0], f[0]);
    v->where = where;
    unsigned char c0 = (unsigned char)v->w[0];
    vs->first[tolower(c0)] = vs->first[toupper(c0)] = true;
    /* a verb listed twice keeps its first place, as a scan of the list would */
    if (verb_find(vs, v->w) < 0) {
        uint32_t i = wt_word_hash_ci(v->w) & (VERB_SLOTS - 1);
        while (vs->slot[i])
            i = (i + 1) & (VERB_SLOTS - 1);
        vs->slot[i] = (int16_t)vs->n;
    }
    return WT_OK;
}

wt_status wt_verbs_load(wt_verbs **out, wt_error *err)
{
    static const char NAME[] = "data/reporting_verbs.tsv";
    *out = NULL;
    wt_verbs *vs = calloc(1, sizeof *vs);
    if (!vs)
        return wt_fail(err, WT_ENOMEM, NAME, 0, -1, "out of memory");
    wt_status st = wt_data_each(NAME, wt_data_reporting_verbs, wt_data_reporting_verbs_len, verb_line, vs, err);
    if (st != WT_OK) {
        wt_verbs_free(vs);
        return st;
    }
    *out = vs;
    return WT_OK;
}

static int verb_kind(const wt_verbs *vs, const char *w)
{
    /* a quick test of the first letter before the table */
    if (!vs->first[(unsigned char)w[0]])
        return V_NONE;
    long i = verb_find(vs, w);
    return i >= 0 ? vs->v[i].where : V_NONE;
}

/* an adverb between a subject and its verb ("Putin juga menegaskan") */
static bool subject_adverb(const char *w)
{
    static const char *const ADV[] = {"juga", "pun", "kembali", "lantas", "sempat", "telah", "sudah", "pernah",
                                      "lalu", "kemudian", "bahkan", "masih", "akhirnya", "sebelumnya", NULL};
    return wt_one_of(w, ADV);
}

static bool is_pronoun(const char *w)
{
    return wt_is(w, "ia") || wt_is(w, "dia") || wt_is(w, "beliau");
}

static bool first_person(const char *w)
{
    return wt_is(w, "saya") || wt_is(w, "kami") || wt_is(w, "kita") || wt_is(w, "aku") || wt_is(w, "anda");
}

/* how the speaker of the quote being added was found */
enum { HOW_NONE, HOW_NAMED, HOW_TITLE, HOW_INFERRED };

typedef struct qctx {
    int how;
    const wt_quote_tables *t;
    wt_doc *d;
    const char **w;
    int *ent;      /* per token: entity index or -1 */
    uint8_t *used; /* per token: inside a quote already */
    uint8_t *guessed; /* per token: a quotation opens here whose speaker was guessed, not introduced */
    size_t cap;
} qctx;

/* the person named last before token t (within 3,000 tokens), preferring
 * one with the given role */
/* the paragraph of token t */
static uint32_t paragraph_of(const wt_doc *d, size_t t) { return d->sentences[wt_doc_sentence_of(d, t)].paragraph; }

/* Whether the person at token i is named as an instance of a noun before
 * it: examples of a group ("Pemain-pemain seperti Marselino Ferdinan,
 * ..., Valeron diprediksi", a list too), or a noun restated after the verb
 * ("memanggil terlapor ... yakni Abdul Somad"; before the verb the name
 * restates the subject: "Putera kedua ... Habibie yakni, Thareq Kemal
 * Habibie mengungkap"). The parse may still call such a name a subject. */
static bool named_as_instance(const qctx *q, size_t i)
{
    static const char *const EXAMPLES[] = {"seperti", "termasuk", "misalnya", "contohnya", NULL};
    static const char *const RESTATE[] = {"yakni", "yaitu", NULL};
    size_t sb = q->d->sentences[wt_doc_sentence_of(q->d, i)].tok_begin, k = i;
    while (k > sb && q->ent[k - 1] == q->ent[i])
        k--;
    for (;;) { /* back over a list's earlier names: "A, B, dan C" */
        size_t p = k;
        if (p > sb && (wt_is(q->w[p - 1], "dan") || wt_is(q->w[p - 1], "atau")))
            p--;
        if (p > sb && !strcmp(q->w[p - 1], ","))
            p--;
        if (p == k || p == sb || q->ent[p - 1] < 0 || q->d->entities[q->ent[p - 1]].type != WT_ENT_PER)
            break;
        k = p - 1;
        while (k > sb && q->ent[k - 1] == q->ent[p - 1])
            k--;
    }
    if (k > sb && (!strcmp(q->w[k - 1], ",") || !strcmp(q->w[k - 1], ":")))
        k--;
    if (k == sb)
        return false;
    if (wt_one_of(q->w[k - 1], EXAMPLES))
        return true;
    if (!wt_one_of(q->w[k - 1], RESTATE) || !q->d->deps)
        return false;
    for (size_t j = sb; j + 1 < k; j++)
        if (q->d->deps[j].upos && !strcmp(q->d->deps[j].upos, "VERB"))
            return true;
    return false;
}

/* Whether the person's word at token i is its clause's subject (through
 * its name's words up to the phrase's head, per the parse). */
static bool is_subject(const qctx *q, size_t i)
{
    const wt_dep *dep = q->d->deps;
    if (named_as_instance(q, i))
        return false;
    for (int steps = 0; steps < 8 && dep[i].head >= 0; steps++) {
        const char *r = dep[i].rel;
        if (!strncmp(r, "nsubj", 5))
            return true;
        if (strncmp(r, "flat", 4) && strncmp(r, "compound", 8) && strcmp(r, "appos") && strcmp(r, "nmod"))
            return false;
        i = (size_t)dep[i].head;
    }
    return false;
}

/* "Utusan tersebut, kata Luhut, menginformasikan bahwa Presiden BJ
 * Habibie akan menunjuknya ...": the subject of a clause opened by
 * "bahwa", what someone says or knows, is talked about */
static bool subject_of_content(const qctx *q, size_t i, size_t sb)
{
    const wt_dep *dep = q->d->deps;
    for (int steps = 0; steps < 8 && dep[i].head >= 0; steps++) {
        if (!strncmp(dep[i].rel, "nsubj", 5)) {
            size_t v = (size_t)dep[i].head;
            for (size_t k = sb; k < v; k++)
                if (dep[k].head == (int32_t)v && !strcmp(dep[k].rel, "mark") && wt_is(q->w[k], "bahwa"))
                    return true;
            /* "Elliott mengatakan Croke Park dan Aviva Stadium adalah ...":
             * the complement of a verb of saying, without "bahwa"; or the
             * complement of a clause that hangs from a verb of saying
             * through adverbial, open, coordinated or complement clauses
             * ("Seto menyebut sejak dipegang Jacksen, Persipura bisa
             * berbenah": Jacksen is talked about) */
            for (int up = 0; up < 4 && dep[v].head >= 0; up++) {
                const char *rv = dep[v].rel;
                size_t h = (size_t)dep[v].head;
                bool clause =
                    !strcmp(rv, "ccomp") ||
                    (up > 0 && (!strcmp(rv, "advcl") || !strcmp(rv, "xcomp") || !strncmp(rv, "conj", 4)));
                if (!clause)
                    return false;
                if (verb_kind(q->t->verbs, q->w[h]) != V_NONE)
                    return true;
                v = h;
            }
            return false;
        }
        i = (size_t)dep[i].head;
    }
    return false;
}

/* "Theo melihat Habibie masih berbaring": the subject of a clause that
 * complements a verb of perception (ccomp) is what the verb's own
 * subject sees, hears or finds; that subject, when a person in the same
 * sentence, is the one who acts. The person at token i otherwise. */
static int matrix_subject(const qctx *q, size_t i)
{
    static const char *const PERCEIVE[] = {"melihat",   "menyaksikan", "mendengar", "menonton", "mengamati",
                                           "mendapati", "menemukan",   "memergoki", NULL};
    const wt_dep *dep = q->d->deps;
    size_t v = i;
    for (int steps = 0; steps < 8 && dep[v].head >= 0 && strncmp(dep[v].rel, "nsubj", 5); steps++)
        v = (size_t)dep[v].head;
    int32_t h = dep[v].head;
    if (h < 0 || strcmp(dep[h].rel, "ccomp") || dep[h].head < 0)
        return q->ent[i];
    int32_t top = dep[h].head;
    if (!wt_one_of(q->w[top], PERCEIVE))
        return q->ent[i];
    int32_t first = (int32_t)q->d->sentences[wt_doc_sentence_of(q->d, (size_t)top)].tok_begin;
    for (int32_t k = h - 1; k >= first && k >= h - 12; k--)
        if (dep[k].head == top && !strncmp(dep[k].rel, "nsubj", 5) && q->ent[k] >= 0 &&
            q->d->entities[q->ent[k]].type == WT_ENT_PER)
            return q->ent[k];
    return q->ent[i];
}

/* The person last the subject of a clause in tokens [from, t) (the
 * parse says which), or -1. */
static int subject_since(const qctx *q, size_t from, size_t t)
{
    if (!q->d->deps)
        return -1;
    for (size_t i = t; i-- > from;) {
        int e = q->ent[i];
        if (e >= 0 && q->d->entities[e].type == WT_ENT_PER && is_subject(q, i) && !subject_of_content(q, i, from))
            return matrix_subject(q, i);
    }
    return -1;
}

/* "Menurutnya, ...", "Baginya, ...", "Bagi dia, ...": a sentence that
 * opens with the view of the one speaking (-nya, a pronoun) is that
 * speaker's; the index after its comma, or 0 when sentence s opens
 * otherwise. */
static size_t view_frame(const qctx *q, size_t s)
{
    const wt_sentence *se = &q->d->sentences[s];
    size_t b = se->tok_begin, e = se->tok_end;
    if (b + 2 < e && (wt_is(q->w[b], "menurutnya") || wt_is(q->w[b], "baginya")) && !strcmp(q->w[b + 1], ","))
        return b + 2;
    if (b + 3 < e && wt_is(q->w[b], "bagi") && is_pronoun(q->w[b + 1]) && !strcmp(q->w[b + 2], ","))
        return b + 3;
    return 0;
}

/* "Menurut Nelson, karena keberanian Habibie itu, ...": a sentence that
 * opens with a named person's view (after a title, closed by a comma);
 * the index after its comma, or 0. */
static size_t named_view_frame(const qctx *q, size_t s)
{
    const wt_sentence *se = &q->d->sentences[s];
    size_t b = se->tok_begin, e = se->tok_end;
    if (!wt_is(q->w[b], "menurut"))
        return 0;
    for (size_t k = b + 2; k < e && k < b + 10; k++)
        if (!strcmp(q->w[k], ","))
            return q->ent[k - 1] >= 0 && q->d->entities[q->ent[k - 1]].type == WT_ENT_PER ? k + 1 : 0;
    return 0;
}

/* Whether token i stands in a sentence told as the speaker's view
 * (view_frame) or a named person's (named_view_frame): a person named
 * there is talked about, not speaking. */
static bool in_view(const qctx *q, size_t i)
{
    size_t s = wt_doc_sentence_of(q->d, i), after = view_frame(q, s);
    if (!after)
        after = named_view_frame(q, s);
    return after && i >= after;
}

/* Whether the person's word at token i names someone in passing: its
 * name (through flat and compound parts) modifies another noun
 * ("Kabinet Kerja Jokowi", "rumah Habibie"), per the parse. */
static bool in_passing(const qctx *q, size_t i)
{
    const wt_dep *dep = q->d->deps;
    int e = q->ent[i];
    if (!dep)
        return false; /* without a parse, every other person counts */
    for (int steps = 0; steps < 8 && dep[i].head >= 0; steps++) {
        const char *r = dep[i].rel;
        if (strncmp(r, "flat", 4) && strncmp(r, "compound", 8))
            return !strncmp(r, "nmod", 4) && q->ent[dep[i].head] != e;
        i = (size_t)dep[i].head;
    }
    return false;
}

/* Whether the person at token i is named as someone's kin, the noun of
 * kinship owned ("terhadap anaknya MS", "Dia menyebut anak keduanya, LSZ
 * meninggal") and no subject, per the parse: the story speaks of them
 * through the one whose kin they are, who goes on speaking. The kin as
 * the subject ("Ayahnya, Alex Demetre, mengatakan") is the one who acts;
 * "sang kakak, " may close a clause before its subject ("... dari sang
 * kekasih, Nafa mengaku"), so only an owned noun counts. */
static bool named_as_kin(const qctx *q, size_t i)
{
    size_t k = i, kin;
    while (k > 0 && q->ent[k - 1] == q->ent[i])
        k--;
    if (!q->d->deps || !wt_named_as_kin((const char *const *)q->w, k, &kin))
        return false;
    size_t last = k > 0 && !strcmp(q->w[k - 1], ",") ? k - 2 : k - 1, n = strlen(q->w[last]);
    return n > 3 && !strcmp(q->w[last] + n - 3, "nya") && strncmp(q->d->deps[kin].rel, "nsubj", 5) != 0;
}

/* The statement found so far that ends last in (from, to], or NULL. */
static const wt_quote *last_statement(const wt_doc *d, uint32_t from, uint32_t to)
{
    const wt_quote *last = NULL;
    for (size_t i = 0; i < d->n_quotes; i++)
        if (d->quotes[i].end > from && d->quotes[i].end <= to && (!last || d->quotes[i].end > last->end))
            last = &d->quotes[i];
    return last;
}

/* The speaker of the last statement found before token t, when it ends
 * in t's sentence or the five before and no other person has been named
 * since but in passing (-1 otherwise): a pronoun that reports speech goes on
 * with the one speaking, not with a person named in passing ("... di
 * Kabinet Kerja Jokowi ... . Dia mengatakan ...": still the minister). */
static int current_speaker(const qctx *q, size_t t)
{
    const wt_doc *d = q->d;
    if (t >= d->n_tokens)
        return -1;
    size_t s = wt_doc_sentence_of(d, t);
    const wt_quote *last = last_statement(d, d->sentences[s >= 5 ? s - 5 : 0].start, d->tokens[t].start);
    if (!last || last->speaker < 0 || d->entities[last->speaker].type != WT_ENT_PER)
        return -1;
    size_t after = t;
    while (after > 0 && d->tokens[after - 1].start >= last->end)
        after--;
    for (size_t i = after; i < t; i++) {
        int e = q->ent[i];
        if (e >= 0 && e != last->speaker && !q->used[i] && d->entities[e].type == WT_ENT_PER &&
            !in_passing(q, i) && !named_as_kin(q, i))
            return -1;
    }
    return last->speaker;
}

static bool kin_word(const char *w);
static size_t name_start(const qctx *q, size_t from, size_t e);

/* Whether the person named at token i is named as someone's relative or
 * fellow ("rekan setim Charles Leclerc itu", "istri Ahmad Dhani"): a
 * noun of kinship or company up to two small words before the name. */
static bool relative_named(const qctx *q, size_t from, size_t i)
{
    size_t k = name_start(q, from, i);
    for (size_t n = 0; n < 2 && k > from; n++) {
        k--;
        char low[24]; /* "Rekan setim ..." opening the sentence */
        size_t len = strlen(q->w[k]);
        if (len < sizeof low) {
            memcpy(low, q->w[k], len + 1);
            low[0] = (char)tolower((unsigned char)low[0]);
            if (kin_word(low))
                return true;
        }
        if (q->d->tokens[k].kind != WT_TOK_WORD || !islower((unsigned char)q->w[k][0]))
            return false;
    }
    return false;
}

/* Whether statement st's cue names its speaker: in the cue ("kata
 * Putin") or as the subject right before its verb ("Ace Hasan Syadzily
 * mengatakan", "Jon Wesly Arianto, mengatakan"), not by a pronoun or
 * not at all. */
static bool named_in_cue(const wt_doc *d, const wt_quote *st)
{
    const wt_entity *en = &d->entities[st->speaker];
    for (size_t k = 0; k < en->n_mentions; k++) {
        const wt_mention *m = &en->mentions[k];
        if (m->start < st->cue_end && m->end > st->cue_start)
            return true;
        if (m->end <= st->cue_start && st->cue_start - m->end <= 3 &&
            !memchr(d->text + m->end, '.', st->cue_start - m->end))
            return true;
    }
    return false;
}

/* with a parse: the person who was the subject of this or the two
 * sentences before token t ("Ia mendesak Sekjen PBB Antonio Guterres ...
 * "...," katanya": the one who urged, not Guterres), else the one whose
 * words were reported last; -1 when neither is known, -2 when the
 * subject is someone's relative or fellow, unnamed ("rekan setim Charles
 * Leclerc itu ... . Ia mengatakan": not Leclerc) */
static int recent_subject(const qctx *q, size_t t)
{
    if (!q->d->deps || t == 0)
        return -1;
    size_t s = wt_doc_sentence_of(q->d, t - 1), from = q->d->sentences[s >= 2 ? s - 2 : 0].tok_begin;
    for (size_t i = t; i-- > from;) {
        int e = q->ent[i];
        /* not inside a quotation found before: its subjects are what
         * a speaker talked about ("... bahwa Niki itu adalah
         * informan," ucap Fachmi. "...," sambungnya: Fachmi) */
        if (e >= 0 && !q->used[i] && q->d->entities[e].type == WT_ENT_PER && is_subject(q, i) &&
            !in_view(q, i) && !subject_of_content(q, i, from) && !named_as_kin(q, i)) {
            /* "Mekeng justru digeser ... . Ketua Bidang ... Ace Hasan
             * Syadzily mengatakan, ... . ..., ujar dia": one who has
             * spoken since that subject was named speaks on */
            const wt_quote *st = last_statement(q->d, q->d->tokens[i].start, q->d->tokens[t].start);
            if (st && st->speaker >= 0 && st->speaker != e && q->d->entities[st->speaker].type == WT_ENT_PER &&
                named_in_cue(q->d, st))
                return st->speaker;
            return relative_named(q, from, i) ? -2 : matrix_subject(q, i);
        }
    }
    return current_speaker(q, t);
}

static int last_person(qctx *q, size_t t, const char *role)
{
    q->how = HOW_INFERRED;
    if (!role && q->d->deps && t > 0) {
        int e = recent_subject(q, t);
        if (e >= 0)
            return e;
        if (e == -2)
            return -1;
    }
    int any = -1, quoted = -1;
    for (size_t i = t; i-- > 0 && i + 3000 > t;) { /* within the last few paragraphs */
        int e = q->ent[i];
        if (e < 0 || q->d->entities[e].type != WT_ENT_PER)
            continue;
        if (q->used[i] || in_view(q, i) || named_as_instance(q, i) || named_as_kin(q, i)) {
            /* named inside a quotation, a view, as an example or as
             * someone's kin: talked about, the last resort */
            quoted = quoted < 0 ? e : quoted;
            continue;
        }
        if (!role || (q->d->entities[e].role && !strcmp(q->d->entities[e].role, role)))
            return e;
        if (any < 0)
            any = e;
    }
    /* "..., kata juru bicara pemerintah": a spokesperson speaks for
     * someone else; with none named before, the one speaking is not
     * named, and the last person named is no guess */
    if (role && !strcmp(role, "spokesperson"))
        return -1;
    return any >= 0 ? any : quoted;
}

/* the person of country c named last before token t (within 3,000
 * tokens), preferring one in the role; else the body */
static int person_of(qctx *q, size_t t, const char *c, const char *role, int body)
{
    int any = -1;
    for (size_t i = t; i-- > 0 && i + 3000 > t;) {
        int e = q->ent[i];
        if (e < 0 || q->d->entities[e].type != WT_ENT_PER || !q->d->entities[e].country ||
            strcmp(q->d->entities[e].country, c) != 0)
            continue;
        if (!role || (q->d->entities[e].role && !strcmp(q->d->entities[e].role, role)))
            return e;
        if (any < 0)
            any = e;
    }
    return any >= 0 ? any : body;
}

/* Whether the space-separated name has word w among its words. */
static bool name_has_word(const char *name, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = name; p && *p; p = strchr(p, ' '), p = p ? p + 1 : NULL)
        if (!strncmp(p, w, n) && (p[n] == ' ' || !p[n]))
            return true;
    return false;
}

/* "..., tutup Ketut.": a single capitalised word the tagger did not mark
 * as a name, one of the words of a person named before it in the
 * document ("I Ketut Diarmita"); the nearest such person, or -1. */
static int person_by_part(qctx *q, size_t i, size_t limit, size_t before)
{
    const char *w = q->w[i];
    if (q->d->tokens[i].kind != WT_TOK_WORD || !isupper((unsigned char)w[0]) || strlen(w) < 2 ||
        (i + 1 < limit && q->d->tokens[i + 1].kind == WT_TOK_WORD && isupper((unsigned char)q->w[i + 1][0])))
        return -1;
    for (size_t k = before; k-- > 0 && k + 3000 > before;) {
        int e = q->ent[k];
        if (e >= 0 && q->d->entities[e].type == WT_ENT_PER && name_has_word(q->d->entities[e].name, w))
            return e;
    }
    return -1;
}

/* w is one of the words of a NULL-terminated list, as written there
 * (lower case: "ibu" is not the title "Ibu") */
static bool small_word_of(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list))
            return true;
    return false;
}

/* nouns that describe a person, written small */
static const char *const PERSON_NOUN[] = {
    "pria",      "wanita",    "perempuan", "lelaki",    "laki-laki",  "politikus", "politisi",  "mantan",
    "sosok",     "tokoh",     "legislator", "purnawirawan", "pengusaha", "ekonom",  "akademisi", "pakar",
    "pengamat",  "perwira",   "jenderal",  "pelatih",   "pemain",     "atlet",     "penyanyi",  "aktor",
    "aktris",    "suami",     "istri",     "ayah",      "ibu",        "bapak",     "putra",     "putri",
    "anak",      "pemuda",    "gadis",     NULL};

/* "kata pria kelahiran Medan itu", "ujar politikus PKS ini": a person
 * described, the description closed by a demonstrative, is the one the
 * story is about (never an unnamed source: "kata sumber itu" is not
 * read). The index after the demonstrative, or 0. */
static size_t described_person(const qctx *q, size_t i, size_t limit, int *body)
{
    *body = -1;
    if (!small_word_of(q->w[i], PERSON_NOUN))
        return 0;
    /* "pria tersebut" alone points back to someone unnamed ("seorang
     * pria"); a name inside ("pria yang akrab disapa Jamul ini") is no
     * description of the one named before */
    for (size_t k = i + 1; k < limit && k < i + 12; k++) {
        const wt_token *tk = &q->d->tokens[k];
        bool demonstrative = wt_is(q->w[k], "ini") || wt_is(q->w[k], "itu") || wt_is(q->w[k], "tersebut");
        if (demonstrative)
            return k > i + 1 ? k + 1 : 0;
        int e = q->ent[k];
        if (tk->kind == WT_TOK_PUNCT || tk->kind == WT_TOK_QUOTE ||
            (e >= 0 ? q->d->entities[e].type == WT_ENT_PER : (tk->flags & WT_TF_CAP) != 0))
            return 0;
        if (k == i + 1 && e >= 0 && q->d->entities[e].type == WT_ENT_ORG)
            *body = e; /* "politikus PKS", not "pelatih yang membawa Persija" */
    }
    return 0;
}

/* "ujar politikus PKS itu": the person named last before token t, within
 * 3,000 tokens, whose name follows the organisation's by up to six words
 * in its sentence ("Fraksi PKS Ledia Hanifa", "politikus PKS, Mardani Ali
 * Sera"); -1 when none is */
static int member_of(const qctx *q, size_t t, int body)
{
    for (size_t i = t; i-- > 1 && i + 3000 > t;) {
        int e = q->ent[i];
        if (e < 0 || q->ent[i - 1] == e || q->d->entities[e].type != WT_ENT_PER || q->used[i] || in_view(q, i))
            continue;
        size_t s = q->d->sentences[wt_doc_sentence_of(q->d, i)].tok_begin;
        for (size_t j = i; j-- > s && j + 6 >= i;)
            if (q->ent[j] == body)
                return e;
    }
    return -1;
}

/* a noun of kinship or company, written small: "istri Ahok", "teman
 * Pamela" name someone else by the person named */
static bool kin_word(const char *w)
{
    static const char *const KIN[] = {
        "teman",    "sahabat",  "rekan",   "istri", "suami",     "anak",   "ayah",    "ibu",
        "adik",     "kakak",    "putra",   "putri", "ayahanda",  "ibunda", "kekasih", "pacar",
        "tetangga", "keluarga", "kerabat", "cucu",  "menantu",   "mertua", "kuasa",   "pengacara",
        "kakek",    "nenek",    "paman",   "bibi",  "keponakan", "sepupu", NULL};
    return small_word_of(w, KIN);
}

/* a body's name or a capitalised word that is no person's ("Fraksi") */
static bool body_word(const qctx *q, size_t k)
{
    int e = q->ent[k];
    return e >= 0 ? q->d->entities[e].type != WT_ENT_PER
                  : q->d->tokens[k].kind == WT_TOK_WORD && isupper((unsigned char)q->w[k][0]);
}

/* a person named within three words after the comma at token comma,
 * which comes after token k: "kata Juru Bicara Pasukan AS di Afghanistan,
 * Kolonel Sonny Leggett" */
static bool named_after_comma(const qctx *q, size_t k, size_t comma, size_t limit)
{
    if (comma <= k || comma >= limit || strcmp(q->w[comma], ","))
        return false;
    for (size_t j = comma + 1; j < limit && j <= comma + 3; j++)
        if (q->ent[j] >= 0 && q->d->entities[q->ent[j]].type == WT_ENT_PER)
            return true;
    return false;
}

/* the token after a short name in brackets opening at k ("(BNPB)"), or
 * k when none opens there */
static size_t past_brackets(const qctx *q, size_t k, size_t limit)
{
    if (k >= limit || strcmp(q->w[k], "("))
        return k;
    size_t close = k + 1;
    while (close < limit && close < k + 4 && q->d->tokens[close].kind == WT_TOK_WORD)
        close++;
    return close < limit && close > k + 1 && !strcmp(q->w[close], ")") ? close + 1 : k;
}

/* "kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Yusri
 * Yunus", "kata Kepala Bidang Penanaman Modal DPMPPT Sleman Arjunandir":
 * after a title at u, the office's unit in capitalised words (bodies and
 * places among them), then a rank or the name. How far the speaker's name
 * may be looked for: four words past the rank or from the name; 0 when
 * neither follows. */
static size_t past_office_unit(const qctx *q, size_t u, size_t limit)
{
    const char *r;
    size_t from = u, rl = 0;
    for (;;) {
        /* the unit's short name in brackets: "Panglima Komando Armada I
         * (Pangkoarmada) Laksda TNI Abdul Rasyid" */
        if (u > from)
            u = past_brackets(q, u, limit);
        /* two names of one office: "Kementerian PPN/Bappenas" */
        if (u > from && u + 1 < limit && !strcmp(q->w[u], "/") && isupper((unsigned char)q->w[u + 1][0]))
            u++;
        if (u >= limit || u >= from + 10 || q->d->tokens[u].kind != WT_TOK_WORD ||
            !isupper((unsigned char)q->w[u][0]) || (q->ent[u] >= 0 && q->d->entities[q->ent[u]].type == WT_ENT_PER) ||
            (rl = wt_title_at(q->t->titles, q->w, limit, u, &r)))
            break;
        u++;
    }
    if (u == from)
        return 0;
    if (rl)
        return u + rl + 4;
    /* "kata Direktur Pusat Kajian Antikorupsi (Pusako) Universitas
     * Andalas, Feri Amsari": the name set apart by a comma */
    if (u + 1 < limit && !strcmp(q->w[u], ","))
        u++;
    return u < limit && q->ent[u] >= 0 && q->d->entities[q->ent[u]].type == WT_ENT_PER ? u + 4 : 0;
}

/* the days of the week, as a cue or a reported statement goes on with
 * the day it was said ("..., Stephane Dujarric, Senin") */
static const char *const DAY_NAMES[] = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", NULL};

/* the person named after the comma at token j, past one place or body
 * and its comma ("..., Kabupaten Bogor, Ade Yasin"); sets
 * *end to the token after the name; -1 when none is */
static int apposed_name(const qctx *q, size_t j, size_t limit, size_t *end)
{
    if (j >= limit || strcmp(q->w[j], ","))
        return -1;
    j++;
    int e = j < limit ? q->ent[j] : -1;
    if (e >= 0 && q->d->entities[e].type != WT_ENT_PER) {
        while (j < limit && q->ent[j] == e)
            j++;
        if (j >= limit || strcmp(q->w[j], ","))
            return -1;
        j++;
        e = j < limit ? q->ent[j] : -1;
    }
    if (e < 0 || q->d->entities[e].type != WT_ENT_PER)
        return -1;
    while (j < limit && q->ent[j] == e)
        j++;
    /* the cue goes on after an apposition ("..., Stephane Dujarric, Senin",
     * "... di Jakarta"); a verb after the name makes it the subject of the
     * words reported ("kata Presiden Jokowi, Habibie mampu ...") */
    static const char *const GOES_ON[] = {"di",     "dalam",   "saat",  "ketika",  "kepada",   "pada", "seperti",
                                          "usai",   "seusai",  "melalui", "lewat", "dikutip", "dilansir", NULL};
    if (j < limit && q->d->tokens[j].kind == WT_TOK_WORD && !wt_one_of(q->w[j], GOES_ON) &&
        !wt_one_of(q->w[j], DAY_NAMES))
        return -1;
    *end = j;
    return e;
}

/* The office whose title ends before token j points back to one named
 * before: the title stands alone ("ucap Wali Kota.", "ujar Dirjen saat
 * menghadiri ..."), or a demonstrative closes the office ("ujar Ketua
 * Fraksi PPP di DPR itu", "ucap menteri asal Pangandaran, Jawa Barat
 * itu"). */
static bool points_back(const qctx *q, size_t j, size_t limit)
{
    if (j >= limit || q->d->tokens[j].kind == WT_TOK_PUNCT || !isupper((unsigned char)q->w[j][0]))
        return true;
    static const char *const DEMONSTRATIVE[] = {"itu", "ini", "tersebut", NULL};
    for (size_t k = j; k < limit && k < j + 12 && strcmp(q->w[k], "."); k++)
        if (small_word_of(q->w[k], DEMONSTRATIVE))
            return true;
    return false;
}

/* the speaker written at tokens [i, limit): an entity, a pronoun or a
 * title; sets *end to the token after it */
/* texts a body speaks by ("pernyataan PTRI", "rilis RMI") */
static const char *const SOURCE_TEXT[] = {"pernyataan", "keterangan", "laporan", "surat",   "siaran",   "rilis",
                                          "cuitan",     "unggahan",   "kicauan", "pengumuman", "situs", "laman",
                                          NULL};

/* "kata Kapolsek Tebet, Kompol Alam Nur", "ujar Kapolresta Barelang AKBP
 * Prasetyo": a person's entity at [i, *j) that is an office as written
 * (a title and its place, no name) is held by the person named right
 * after it, past a comma and at most one place with its comma
 * ("Kapolsek Sukawati, Gianyar, AKP Suryadi"); *e and *j become theirs. */
static void holder_after_office(const qctx *q, int *e, size_t *j, size_t limit)
{
    const wt_entity *en = &q->d->entities[*e];
    const char *r;
    size_t i = *j, k = i;
    while (i > 0 && q->ent[i - 1] == *e)
        i--;
    size_t n = strlen(q->w[i]);
    if (en->type != WT_ENT_PER || !wt_title_at(q->t->titles, q->w, *j, i, &r) || strncmp(en->name, q->w[i], n) ||
        en->name[n] != ' ')
        return; /* the title kept in the name: no name of a person there */
    if (k < limit && !strcmp(q->w[k], ","))
        k++;
    if (k < limit && q->ent[k] >= 0 && q->d->entities[q->ent[k]].type == WT_ENT_LOC) {
        int place = q->ent[k];
        while (k < limit && q->ent[k] == place)
            k++;
        if (k >= limit || strcmp(q->w[k], ","))
            return;
        k++;
    }
    size_t tl = k < limit && q->ent[k] < 0 ? wt_title_at(q->t->titles, q->w, limit, k, &r) : 0;
    k += tl; /* the holder's rank: "Kompol" */
    if (k >= limit || q->ent[k] < 0 || q->ent[k] == *e || q->d->entities[q->ent[k]].type != WT_ENT_PER)
        return;
    *e = q->ent[k];
    while (k < limit && q->ent[k] == *e)
        k++;
    *j = k;
}

static int speaker_at(qctx *q, size_t i, size_t limit, size_t before, size_t *end)
{
    *end = i;
    /* skip "oleh", "pula" */
    if (i < limit && (wt_is(q->w[i], "oleh") || wt_is(q->w[i], "pula")))
        i++;
    if (i < limit && is_pronoun(q->w[i])) {
        *end = i + 1;
        return last_person(q, before, NULL);
    }
    /* a title and more words before the name: "Kepala BNPB Doni"; one
     * comma sets the name in apposition to a long title ("Direktur
     * Departemen Kerja Sama Keamanan Internasional UEA, Salem ...") */
    size_t window = i + 6, comma = i + 1;
    /* "kata juru bicara Departemen Luar Negeri AS Morgan Ortagus": a title
     * and the body it serves before the name */
    const char *r0;
    size_t t0 = i < limit ? wt_title_at(q->t->titles, q->w, limit, i, &r0) : 0;
    if (t0) {
        /* the bodies may be joined by "dari" ("Wakil Ketua Komisi Hukum
         * DPR dari Fraksi Partai Demokrat Erma ...") */
        size_t k = i + t0;
        for (;;) {
            if (k < limit && q->ent[k] >= 0 && q->d->entities[q->ent[k]].type != WT_ENT_PER)
                k++;
            else if (k + 1 < limit && k > i + t0 && wt_is(q->w[k], "dari") && body_word(q, k + 1))
                k += 2;
            else
                break;
        }
        if (k > i + t0 && k + 4 > window)
            window = k + 4;
        size_t past = past_office_unit(q, i + t0, limit);
        if (past > window)
            window = past;
    }
    size_t reach = i + 9; /* a short name in brackets does not count */
    for (size_t p; comma < limit && comma < reach; comma = p) {
        p = past_brackets(q, comma, limit);
        if (p > comma)
            reach += p - comma;
        else if (q->d->tokens[comma].kind == WT_TOK_PUNCT)
            break;
        else
            p = comma + 1;
    }
    if (comma < limit && comma < reach && !strcmp(q->w[comma], ",")) {
        /* the name after the comma may follow its holder's rank spelt
         * out ("..., Ajun Komisaris Besar Eka Mulyana") */
        const char *rank = NULL;
        size_t rl = comma + 1 < limit ? wt_title_at(q->t->titles, q->w, limit, comma + 1, &rank) : 0;
        bool ranked = rank && (!strcmp(rank, "police_officer") || !strcmp(rank, "military_officer"));
        window = comma + 4 + (ranked && rl > 1 ? rl - 1 : 0);
    }
    for (size_t k = i; k < limit && k < window; k++) {
        int e = q->ent[k];
        /* "kuasa hukum Kivlan Zen, Tonin Tachta": the client is someone else */
        bool counsel = k > i + 1 && small_word_of(q->w[k - 1], (const char *const[]){"hukum", NULL}) &&
                       small_word_of(q->w[k - 2], (const char *const[]){"kuasa", "penasihat", NULL});
        if (e >= 0 && q->d->entities[e].type == WT_ENT_PER && k > i && (kin_word(q->w[k - 1]) || counsel)) {
            while (k + 1 < limit && q->ent[k + 1] == e) /* "teman Pamela Safitri": someone else */
                k++;
            continue;
        }
        if (e >= 0 && q->d->entities[e].type == WT_ENT_PER) {
            size_t j = k;
            while (j < limit && q->ent[j] == e)
                j++;
            /* "kata Menteri LHK, Siti Nurbaya Bakar, di Jakarta", "kata
             * Juru Bicara Guterres, Stephane Dujarric": one word after a
             * title, then a name set apart by a comma: the word is the
             * office's body, region or master, the name its holder, who
             * speaks */
            int held = t0 && k == i + t0 && j == k + 1 ? apposed_name(q, j, limit, &j) : -1;
            if (held >= 0)
                e = held;
            else
                holder_after_office(q, &e, &j, limit);
            *end = j;
            q->how = HOW_NAMED;
            return e;
        }
        /* a short bracketed name inside the title: "Kepala Badan Nasional
         * Penanggulangan Bencana (BNPB) Doni Monardo" */
        size_t past = past_brackets(q, k, limit);
        if (past > k) {
            window += past - k;
            k = past - 1;
            continue;
        }
        if (q->d->tokens[k].kind == WT_TOK_PUNCT && k != comma)
            break;
        /* "tanya hakim kepada Habil": who is spoken to is no speaker */
        if (q->ent[k] < 0 && (wt_is(q->w[k], "kepada") || wt_is(q->w[k], "pada")))
            break;
        /* "kata hakim dalam persidangan Kivlan", "ujar jaksa saat membacakan
         * dakwaan Kivlan": a preposition or a conjunction of time, written
         * small, ends the speaker's words; a name after it is talked about,
         * unless a comma sets the name apart ("kata dosen psikologi di UNS,
         * Laelatus Syifa") */
        static const char *const ENDS[] = {"di", "dalam", "saat", "ketika", "usai", "seusai", "setelah", "sebelum",
                                           "sembari", "sambil", "seperti", "terkait", NULL};
        if (q->ent[k] < 0 && k > i && small_word_of(q->w[k], ENDS) && !named_after_comma(q, k, comma, limit))
            break;
    }
    /* "tulis pernyataan PTRI", "bunyi keterangan pers KBRI Ottawa": after
     * a verb of saying, a text and the body it comes from, which speaks
     * by it ("Menurut laporan Reuters, ..." cites a source: no statement) */
    size_t doc = i;
    while (doc < limit && doc < i + 3 && small_word_of(q->w[doc], SOURCE_TEXT))
        doc++;
    if (doc > i && doc < limit && wt_is(q->w[doc], "pers"))
        doc++;
    if (doc > i && doc < limit && q->ent[doc] >= 0 && !wt_is(q->w[before], "menurut"))
        i = doc;
    if (i < limit && q->ent[i] >= 0) { /* "kata Kementerian Luar Negeri" */
        int e = q->ent[i];
        size_t j = i;
        while (j < limit && q->ent[j] == e)
            j++;
        *end = j;
        q->how = HOW_NAMED;
        return e;
    }
    const char *role = NULL;
    size_t tl = i < limit ? wt_title_at(q->t->titles, q->w, limit, i, &role) : 0;
    if (tl) {
        *end = i + tl;
        /* "kata juru bicara Huthi": the body's spokesman named before, or
         * the body itself; not another body's */
        int body = i + tl < limit ? q->ent[i + tl] : -1;
        const char *bc = body >= 0 && q->d->entities[body].type != WT_ENT_PER ? q->d->entities[body].country : NULL;
        int e = bc ? person_of(q, before, bc, role && *role ? role : NULL, body)
                   : last_person(q, before, role && *role ? role : NULL);
        /* one in another role is the one meant only when the office points
         * back ("ujar Ketua Fraksi PPP di DPR itu", "ucap Wali Kota."); an
         * office written out with no name ("kata Direktur Jenderal ACI
         * World Angela Gittens", the name unseen) is no one named before */
        if (!bc && e >= 0 && role && *role && !points_back(q, i + tl, limit) &&
            (!q->d->entities[e].role || strcmp(q->d->entities[e].role, role)))
            e = -1;
        q->how = HOW_TITLE;
        return e;
    }
    int part = i < limit ? person_by_part(q, i, limit, before) : -1;
    if (part >= 0) {
        *end = i + 1;
        q->how = HOW_INFERRED;
        return part;
    }
    int body;
    size_t desc = i < limit ? described_person(q, i, limit, &body) : 0;
    if (desc) {
        *end = desc;
        /* described by a body, the person is one named as its member
         * when one is: the last person named may belong to another
         * ("ucap politikus PDIP itu" ... "kata politikus NasDem tersebut") */
        int member = body >= 0 ? member_of(q, before, body) : -1;
        q->how = HOW_INFERRED;
        return member >= 0 ? member : last_person(q, before, NULL);
    }
    return -2; /* nobody we can name */
}

/* "Oleh karena itu", "Selain itu": a discourse connective cut off
 * before a reporting verb is nobody's words */
static bool connective(const qctx *q, size_t qs, size_t qe)
{
    static const char *const C[][3] = {
        {"oleh", "karena", "itu"}, {"karena", "itu", NULL},    {"selain", "itu", NULL},   {"untuk", "itu", NULL},
        {"dengan", "demikian", NULL}, {"namun", "demikian", NULL}, {"meski", "demikian", NULL},
        {"namun", "begitu", NULL}, {"meski", "begitu", NULL},  {"dengan", "begitu", NULL}, {"setelah", "itu", NULL},
        {"oleh", "sebab", "itu"},  {"di", "samping", "itu"},   {"di", "sisi", "lain"},
        /* one word: "Namun, kata dia, ...", "Apalagi, kata dia, ..." */
        {"namun", NULL, NULL},     {"apalagi", NULL, NULL},    {"bahkan", NULL, NULL},    {"kemudian", NULL, NULL},
        {"selanjutnya", NULL, NULL}, {"sementara", NULL, NULL}, {"sedangkan", NULL, NULL}, {"padahal", NULL, NULL},
        {"akhirnya", NULL, NULL},  {"lalu", NULL, NULL},       {"tetapi", NULL, NULL},    {"tapi", NULL, NULL},
        {"maka", NULL, NULL},      {"jadi", NULL, NULL},       {"karenanya", NULL, NULL}};
    for (size_t i = 0; i < sizeof C / sizeof *C; i++) {
        size_t n = C[i][2] ? 3 : C[i][1] ? 2 : 1;
        if (qe - qs != n)
            continue;
        bool same = true;
        for (size_t k = 0; k < n && same; k++)
            same = wt_is(q->w[qs + k], C[i][k]);
        if (same)
            return true;
    }
    return false;
}

/* a bracket at i that closes before qe: the writer's words set into the
 * quotation ("(Pelaku dijerat) pasal kekerasan ..."), part of it */
static bool opens_bracket(const qctx *q, size_t i, size_t qe)
{
    if (strcmp(q->w[i], "("))
        return false;
    for (size_t k = i + 1; k < qe; k++)
        if (!strcmp(q->w[k], ")"))
            return k > i + 1;
    return false;
}

/* Trims the marks and punctuation at the edges of tokens [*qs, *qe);
 * false when too little is left to be a quote, or only a connective. */
static bool quote_words(const qctx *q, size_t *qs, size_t *qe)
{
    while (*qs < *qe && (q->d->tokens[*qs].kind == WT_TOK_QUOTE || q->d->tokens[*qs].kind == WT_TOK_PUNCT) &&
           !opens_bracket(q, *qs, *qe))
        (*qs)++;
    while (*qe > *qs && (q->d->tokens[*qe - 1].kind == WT_TOK_QUOTE || !strcmp(q->w[*qe - 1], ",")))
        (*qe)--;
    return *qe - *qs >= 3 && !connective(q, *qs, *qe);
}

/* "Yasonna menyampaikan hal tersebut dalam konferensi pers", "Linda
 * mengatakan hal itu, Kamis (19/9/2019)", "Wiranto berkata demikian": a
 * verb of saying whose object is "(hal) itu", "(hal) ini" or "demikian"
 * points back to words reported before; what follows tells when, where or
 * how they were said, and is no statement of its own. The words [qs, qe)
 * after the verb at vb are such an object and its circumstances. */
static bool said_that_before(const qctx *q, size_t qs, size_t qe, size_t vb)
{
    static const char *const SAY[] = {"mengatakan", "menyampaikan", "mengungkapkan", "mengungkap", "menuturkan",
                                      "menyatakan", "berkata",      "menjelaskan",   "menegaskan", "mengakui",
                                      "menyebutkan", "mengemukakan", "memaparkan",   NULL};
    static const char *const THAT[] = {"itu", "ini", NULL};
    static const char *const SO[] = {"demikian", "begitu", NULL};
    static const char *const WHEN[] = {"dalam", "di",     "saat",   "ketika",  "usai",   "seusai", "setelah",
                                       "selepas", "sesudah", "sebelum", "pada", "melalui", "lewat", "kepada",
                                       "dengan", "sembari", "sambil", NULL};
    if (vb == SIZE_MAX || qs <= vb || qs > vb + 2 || (qs == vb + 2 && strcmp(q->w[vb + 1], ",")) ||
        !wt_one_of(q->w[vb], SAY))
        return false;
    if (wt_one_of(q->w[qs], SO)) /* "berkata demikian," (not "begitu semuanya terkumpul": as soon as) */
        return qs + 1 >= qe || !strcmp(q->w[qs + 1], ",") || !strcmp(q->w[qs + 1], ".");
    size_t k = qs + (wt_is(q->w[qs], "hal") && qs + 1 < qe);
    if (!wt_one_of(q->w[k], THAT) && !(k > qs && wt_is(q->w[k], "tersebut")))
        return false;
    k++;
    if (k >= qe || !strcmp(q->w[k], "."))
        return true;
    if (!strcmp(q->w[k], ",")) /* "..., Kamis (19/9/2019)": the day it was said */
        return k + 1 >= qe || wt_one_of(q->w[k + 1], DAY_NAMES);
    return wt_one_of(q->w[k], WHEN);
}

static bool add_quote(qctx *q, size_t qs, size_t qe, int speaker, size_t vb, size_t ce, const char *kind)
{
    if (!quote_words(q, &qs, &qe))
        return true;
    if (!strcmp(kind, "indirect") && said_that_before(q, qs, qe, vb))
        return true;
    wt_quote *o = WT_VEC_PUSH(q->d->arena, q->d->quotes, q->d->n_quotes, q->cap);
    if (!o)
        return false;
    o->start = q->d->tokens[qs].start;
    o->end = q->d->tokens[qe - 1].end;
    o->speaker = speaker >= 0 ? speaker : -1;
    o->speaker_name = speaker >= 0 ? q->d->entities[speaker].name : NULL;
    o->verb = vb != SIZE_MAX ? q->w[vb] : NULL;
    o->kind = kind;
    o->cue_start = vb != SIZE_MAX ? q->d->tokens[vb].start : 0;
    o->cue_end = vb != SIZE_MAX ? q->d->tokens[ce > vb ? ce - 1 : vb].end : 0;
    /* a speaker the reporting clause names, one its title points to, one
     * inferred (a pronoun, the last person, the previous quote's) */
    static const double BY_HOW[] = {[HOW_NONE] = 0.5, [HOW_NAMED] = 0.9, [HOW_TITLE] = 0.75, [HOW_INFERRED] = 0.6};
    o->confidence = speaker < 0 ? 0.5 : BY_HOW[q->how] * (speaker >= 0 ? (0.5 + 0.5 * q->d->entities[speaker].confidence) : 1);
    if (strcmp(kind, "indirect") == 0)
        o->confidence *= 0.9;
    q->how = HOW_NONE;
    memset(q->used + qs, 1, qe - qs);
    return true;
}

/* what may follow the name of a cue without a verb: its end, "pada",
 * or, when the quotation closed on a comma (it goes on into its cue:
 * "...," McMenemy usai laga), the time or place of speaking; after a
 * full stop a name and "di" open a sentence of their own ("... kita."
 * Kanselir Jerman Angela Merkel di Berlin ...) */
static bool after_verbless_name(const qctx *q, size_t i, const char *w)
{
    static const char *const WHEN[] = {"usai", "seusai", "saat", "ketika", "di", "dalam", NULL};
    if (!strcmp(w, ",") || !strcmp(w, ".") || wt_is(w, "pada"))
        return true;
    if (i < 2 || strcmp(q->w[i - 2], ","))
        return false;
    return wt_one_of(w, WHEN);
}

/* "...," Direktur Utama PT Taspen (Persero) Iqbal Latanro, pada Senin:
 * straight after a closing mark, a title and a person's name, then a
 * comma, a full stop or the time, say who spoke without a verb (the genre
 * drops "ujar" there). Only capitalised words, brackets, a title's
 * small words and an apposition's comma may come before the name, in the
 * quotation's paragraph. */
static bool verbless_cue(qctx *q, size_t i, size_t lim, size_t *vb, size_t *ce, int *spk)
{
    static const char *const TITLE_GLUE[] = {"of", "and", "&", "for", "dan", "untuk", "bidang", NULL};
    const wt_doc *d = q->d;
    if (i == 0 || i >= lim)
        return false;
    uint32_t para = paragraph_of(d, i - 1);
    for (size_t k = i; k < lim && k < i + 12; k++) {
        if (paragraph_of(d, k) != para)
            return false; /* the next paragraph's subject speaks no quote before it */
        int e = q->ent[k];
        if (e >= 0 && q->d->entities[e].type == WT_ENT_PER) {
            size_t j = k;
            while (j < lim && q->ent[j] == e)
                j++;
            if (j >= lim || !after_verbless_name(q, i, q->w[j]))
                return false;
            *vb = SIZE_MAX; /* no verb, so no reporting clause to record */
            *ce = j;
            *spk = e;
            q->how = HOW_TITLE; /* a name without a verb: less sure than "kata X" */
            return true;
        }
        const char *w = q->w[k];
        bool capital = q->d->tokens[k].kind == WT_TOK_WORD && isupper((unsigned char)w[0]);
        /* a title's small words ("Head of Public Relation & CSR ...") and
         * the comma of an apposition before the name */
        bool title_glue = k > i && (wt_one_of(w, TITLE_GLUE) || !strcmp(w, ","));
        if (!capital && !title_glue && strcmp(w, "(") && strcmp(w, ")"))
            return false;
    }
    return false;
}

/* "...," juru bicara Gedung Putih Judd Deere mengatakan dalam sebuah
 * pernyataan: after a closing mark the sentence goes on (a comma at the
 * quote's end or after its mark) with a subject and a reporting verb
 * that ends the clause or is followed by its circumstances, as the
 * calque of "X said" writes it. The verb's subject speaks. A verb with
 * its own words after it ("Holliday menjelaskan bahwa ...") opens a new
 * report instead. i is the token after the mark. */
static bool subject_cue(qctx *q, size_t i, size_t lim, size_t before, size_t *vb, size_t *ce, int *spk)
{
    static const char *const AROUND[] = {"dalam", "di", "kepada", "pada", "seperti", "saat", "ketika", "sambil",
                                         "sembari", "dengan", "usai", "seusai", "melalui", "lewat", "lagi", NULL};
    size_t mark = i - 1;
    bool goes_on = (mark > 0 && !strcmp(q->w[mark - 1], ",")) || (i < lim && !strcmp(q->w[i], ","));
    if (i < lim && !strcmp(q->w[i], ","))
        i++;
    for (size_t v = i + 1; v < lim && v < i + 12; v++) {
        int k = verb_kind(q->t->verbs, q->w[v]);
        if (k == V_NONE) {
            if (q->d->tokens[v].kind == WT_TOK_PUNCT && strcmp(q->w[v], ",") && strcmp(q->w[v], "(") &&
                strcmp(q->w[v], ")"))
                return false;
            continue;
        }
        if (k != V_BEFORE)
            return false;
        const char *next = v + 1 < lim ? q->w[v + 1] : ".";
        bool ends = !strcmp(next, ".") || !strcmp(next, "!") || !strcmp(next, "?");
        if (!ends && !(goes_on && (!strcmp(next, ",") || wt_one_of(next, AROUND))))
            return false;
        size_t s = v;
        while (s > i && subject_adverb(q->w[s - 1]))
            s--;
        size_t end;
        int who = speaker_at(q, i, s, before, &end);
        if (who == -2 || end != s)
            return false;
        *vb = v;
        *ce = v + 1;
        *spk = who;
        return true;
    }
    return false;
}

/* "...," demikian bunyi pernyataan Kantor Staf Gabungan Korsel, "...,"
 * begitu kata Wakil Direktur USAID, "...," demikian keterangan
 * kementerian luar negeri: "demikian" or "begitu" after a closing mark
 * point back to the quotation and name its source: after a verb of
 * saying (active or passive) or "menurut", the one named next; else a
 * text and the body it comes from, or a name. A medium it was quoted
 * from ("begitu dilansir", "demikian dikutip") and words that name no
 * one leave the quotation unattributed rather than guessed. i is the
 * word after the mark and its comma. */
static bool pointed_cue(qctx *q, size_t i, size_t lim, size_t before, size_t *vb, size_t *ce, int *spk)
{
    static const char *const PASSIVE[] = {"disampaikan", "dikatakan", "diungkapkan", "dijelaskan", "ditegaskan",
                                          "ditulis",     "tertulis",  "disebutkan",  "menurut",    NULL};
    static const char *const MEDIUM[] = {"dilansir", "dikutip", "dilaporkan", "diberitakan", NULL};
    if (i + 1 >= lim || !(wt_is(q->w[i], "demikian") || wt_is(q->w[i], "begitu")))
        return false;
    size_t j = i + 1;
    if (j + 1 < lim && (wt_is(q->w[j], "seperti") || wt_is(q->w[j], "sebagaimana")))
        j++;
    size_t end = j + 1;
    int k = verb_kind(q->t->verbs, q->w[j]), who = -2;
    bool said = k == V_AFTER || k == V_BEFORE || wt_one_of(q->w[j], PASSIVE);
    /* without a verb, a name or a text must come first ("demikian
     * kata-kata yang terpajang di brosur ... Arous" names no one) */
    bool source = said || q->ent[j] >= 0 || small_word_of(q->w[j], SOURCE_TEXT);
    if (source && !wt_one_of(q->w[j], MEDIUM))
        who = speaker_at(q, said ? j + 1 : j, lim, before, &end);
    *vb = said ? j : SIZE_MAX;
    *ce = end > j ? end : j + 1;
    *spk = who >= 0 ? who : -1;
    if (who < 0)
        q->how = HOW_NONE;
    return true;
}

/* a cue right after a closing mark: [,] kata Putin / katanya, a title
 * and a name without a verb, a subject and its verb, or "demikian" and
 * the source */
static bool cue_after(qctx *q, size_t i, size_t lim, size_t before, size_t *vb, size_t *ce, int *spk)
{
    size_t after_mark = i;
    if (i < lim && !strcmp(q->w[i], ","))
        i++;
    if (i >= lim)
        return false;
    if (pointed_cue(q, i, lim, before, vb, ce, spk))
        return true;
    int k = verb_kind(q->t->verbs, q->w[i]);
    if (k == V_SELF) {
        *vb = i;
        *ce = i + 1;
        *spk = last_person(q, before, NULL);
        /* "...," katanya kepada Scott: the one spoken to is not the one
         * "-nya" points to */
        if (*spk >= 0 && i + 2 < lim && (wt_is(q->w[i + 1], "kepada") || wt_is(q->w[i + 1], "pada")) &&
            q->ent[i + 2] == *spk)
            *spk = -1;
        return true;
    }
    if (k == V_AFTER || k == V_BEFORE) {
        *vb = i;
        size_t end;
        *spk = speaker_at(q, i + 1, lim, before, &end);
        *ce = end > i + 1 ? end : i + 1;
        return true;
    }
    return verbless_cue(q, i, lim, vb, ce, spk) || subject_cue(q, after_mark, lim, before, vb, ce, spk);
}

/* The first token of the name that token e is part of, not before token
 * from. */
static size_t name_start(const qctx *q, size_t from, size_t e)
{
    while (e > from && q->ent[e - 1] == q->ent[e])
        e--;
    return e;
}

/* a cue before an opening mark in the same sentence: "Putin mengatakan,"
 * "Menurut Putin," "Putin:" */
/* "di Twitter", "melalui akun", "lewat pernyataan": where a statement was
 * made or came through, not who made it */
static bool channel_before(const qctx *q, size_t j, size_t sb)
{
    j = name_start(q, sb, j);
    if (j == sb)
        return false;
    const char *w = q->w[j - 1];
    return wt_is(w, "di") || wt_is(w, "melalui") || wt_is(w, "lewat") || wt_is(w, "via") || wt_is(w, "dalam") ||
           wt_is(w, "kepada") || wt_is(w, "dilansir") || wt_is(w, "melansir");
}

/* "Bos Manchester United itu mengatakan, "..."", "Sekutu Iran itu
 * mengklaim, "..."": a noun phrase closed by a demonstrative before the
 * verb at v points back to someone the story named before; a body or
 * place named inside it only describes them and does not speak. Sets
 * *spk and is true for such a phrase: a person described ("bos",
 * "diplomat", "pemain ... itu") is the one whose words were reported just
 * before, when no other person has been named since ("...," kata Luhut.
 * Mantan Menko Polhukam itu menjelaskan, ...), and no one otherwise (the
 * subject of the sentences before, the last person named, the person a
 * title names: each read wrong one time in four on CLICK-ID); anything
 * else ("Pasal tersebut", "Poster ... itu") names no speaker, unless it
 * is a text that a body named in it issued ("Laporan PBB itu
 * menyebutkan"). A time or channel ("dalam kesempatan itu", "saat itu")
 * is no subject: false, and the name before it is read as ever. */
static bool pointed_subject(const qctx *q, size_t v, size_t sb, int *spk)
{
    static const char *const ROLE[] = {"bos", "diplomat", "ilmuwan", "bintang", "petinggi", "pejabat", "penulis",
                                       "peneliti", "profesor", "dokter", "kapten", "penyerang", "gelandang",
                                       "kiper", "bek", "striker", "pebalap", "petenis", "petinju", "presiden",
                                       "menteri", "senator", "gubernur", "bupati", "ketua", "direktur",
                                       "pemimpin", "anggota", NULL};
    static const char *const OPENS[] = {"dalam", "pada", "di", "ke", "saat", "ketika", "kala", "waktu", "melalui",
                                        "lewat", "via", "hari", "usai", "seusai", "setelah", "sebelum", "dari",
                                        "dengan", "untuk", "bagi", "oleh", "karena", "sementara", "selain",
                                        "hal", "sebab", "atas", "terkait", "tentang", "soal", NULL};
    static const char *const TEXT[] = {"pernyataan", "keterangan", "laporan", "surat", "siaran", "rilis", NULL};
    size_t k = v;
    while (k > sb && subject_adverb(q->w[k - 1]))
        k--;
    if (k < sb + 2 || !(wt_is(q->w[k - 1], "ini") || wt_is(q->w[k - 1], "itu") || wt_is(q->w[k - 1], "tersebut")))
        return false;
    int last = q->ent[k - 2];
    if (last >= 0 && q->d->entities[last].type == WT_ENT_PER) /* "Prabowo itu": the person named */
        return false;
    size_t s = k - 1;
    for (; s > sb && s + 10 > k && q->d->tokens[s - 1].kind == WT_TOK_WORD; s--)
        if (wt_one_of(q->w[s - 1], OPENS))
            return false;
    if (s == k - 1 || (s > sb && s + 10 <= k))
        return false;
    const char *w = q->w[s];
    bool anonymous = false; /* "Pejabat anonim AS itu": a source, not the one quoted before */
    for (size_t j = s; j < k - 1; j++)
        anonymous |= wt_is(q->w[j], "anonim");
    if (wt_one_of(w, PERSON_NOUN) || wt_one_of(w, ROLE)) {
        *spk = anonymous ? -1 : current_speaker(q, s);
        return true;
    }
    if (isupper((unsigned char)w[0]) && q->ent[s] >= 0) /* "Kemlu RI itu": a body's own name */
        return false;
    *spk = -1;
    if (wt_one_of(w, TEXT))
        for (size_t j = s + 1; j < k - 1; j++)
            if (q->ent[j] >= 0 && q->d->entities[q->ent[j]].type != WT_ENT_PER) {
                *spk = q->ent[j];
                break;
            }
    return true;
}

static bool cue_before(qctx *q, size_t open, size_t sb, size_t *vb, size_t *ce, int *spk)
{
    /* "Ashrawi, mengatakan kepada kantor berita AFP, bahwa Netanyahu
     * "...": farther back than eight tokens only across a "bahwa" */
    bool that = false;
    for (size_t i = open; i-- > sb && i + 12 > open;) {
        that |= wt_is(q->w[i], "bahwa");
        if (i + 8 <= open && !that)
            break;
        int k = verb_kind(q->t->verbs, q->w[i]);
        /* a verb written after the quote has its speaker after it when
         * it opens one ("Kata Putin: "...""); with no one named there it
         * is a word of the sentence ("Merkel seharusnya bisa lebih tegas
         * "menyerukan ...": an adjective, and Merkel is talked about).
         * Right after its agent the bare verb is the object voice ("apa
         * yang ia sebut skenario "..."": what he calls it), read as a
         * verb before the quote */
        bool agent = i > sb && (is_pronoun(q->w[i - 1]) ||
                                (q->ent[i - 1] >= 0 && q->d->entities[q->ent[i - 1]].type == WT_ENT_PER));
        if (k == V_AFTER && !agent) {
            size_t end;
            int s = i + 1 < open ? speaker_at(q, i + 1, open, i, &end) : -2;
            if (s == -2)
                continue;
            *vb = i;
            *ce = end;
            *spk = s;
            return true;
        }
        if (k == V_BEFORE || k == V_AFTER) {
            int pointed;
            if (pointed_subject(q, i, sb, &pointed)) {
                *vb = i;
                *ce = i + 1;
                *spk = pointed;
                q->how = HOW_INFERRED;
                return true;
            }
            /* the subject before the verb */
            for (size_t j = i; j-- > sb && j + 6 > i;) {
                if (q->ent[j] >= 0 && !channel_before(q, j, sb)) { /* a person, or a country or body speaking */
                    *vb = i;
                    *ce = i + 1;
                    *spk = q->ent[j];
                    q->how = HOW_NAMED;
                    return true;
                }
                if (is_pronoun(q->w[j])) {
                    *vb = i;
                    *ce = i + 1;
                    *spk = last_person(q, j, NULL);
                    return true;
                }
            }
            /* "X dalam sebuah pernyataan Rabu (11/9) mengatakan bahwa
             * pernyataan Netanyahu ...": what follows "bahwa" is what
             * is said, and a name in it is talked about */
            size_t end;
            int s = i + 1 < open && !wt_is(q->w[i + 1], "bahwa") ? speaker_at(q, i + 1, open, i, &end) : -1;
            *vb = i;
            *ce = i + 1;
            *spk = s >= 0 ? s : last_person(q, i, NULL);
            return true;
        }
        if (wt_is(q->w[i], "menurut")) {
            size_t end;
            *vb = i;
            *spk = speaker_at(q, i + 1, open, i, &end);
            *ce = end;
            return true;
        }
        if (!strcmp(q->w[i], ":") && i > sb && q->ent[i - 1] >= 0 && !channel_before(q, i - 1, sb)) {
            *vb = i;
            *ce = i + 1;
            *spk = q->ent[i - 1];
            q->how = HOW_NAMED;
            return true;
        }
    }
    return false;
}

static bool is_mark(const qctx *q, size_t i)
{
    return q->d->tokens[i].kind == WT_TOK_QUOTE && wt_double_mark(q->w[i]);
}

/* a mark written as an opening one after a comma: a word right after
 * it, and a space before it (", "Isu ...") or a sentence's end before the
 * comma (". ,"Pak ...", "menit.,''Olahraga ..."): link leftovers often
 * leave such a comma */
static bool opens_word(const qctx *q, size_t i)
{
    const wt_token *t = q->d->tokens;
    if (i < 1 || i + 1 >= q->d->n_tokens || t[i + 1].start != t[i].end)
        return false;
    size_t w = i + 1;
    /* ".,"(Pelaku dijerat) ...": a bracket glued between */
    if (!strcmp(q->w[w], "(") && w + 1 < q->d->n_tokens && t[w + 1].start == t[w].end)
        w++;
    if (t[w].kind != WT_TOK_WORD && t[w].kind != WT_TOK_NUMBER)
        return false;
    if (t[i - 1].end < t[i].start || w > i + 1)
        return true;
    const char *before = i >= 2 ? q->w[i - 2] : "";
    if (!strcmp(before, ".") || !strcmp(before, "?") || !strcmp(before, "!"))
        return true;
    /* "... demokrasi di Indonesia,“Orang baik ...": a capitalised word
     * glued after the mark, no reporting verb, opens a quotation */
    return isupper((unsigned char)q->w[w][0]) && verb_kind(q->t->verbs, q->w[w]) == V_NONE;
}

/* a mark that can only close: right after a comma ("...,”") or before
 * the reporting verb ("” kata", "”, ujarnya") */
static bool must_close(const qctx *q, size_t i)
{
    size_t n = q->d->n_tokens;
    if (i > 0 && !strcmp(q->w[i - 1], ",") && !opens_word(q, i))
        return true;
    size_t j = i + 1;
    if (j < n && !strcmp(q->w[j], ","))
        j++;
    /* a mark glued to the word after it opens, whatever that word is
     * ("Tanya beliau ...") */
    if (j >= n || (j == i + 1 && q->d->tokens[j].start == q->d->tokens[i].end))
        return false;
    int k = verb_kind(q->t->verbs, q->w[j]);
    return k == V_AFTER || k == V_SELF;
}

/* A word that names what follows it: a title, a theme, a banner's words
 * or a nickname ("diskusi bertajuk "...", "dengan tema "...", "spanduk
 * bertuliskan "...", "yang dijuluki "..."), or the text it quotes ("Pasal
 * 418 berbunyi, "...", "poster bertulis "...""). */
static bool naming_word(const char *w)
{
    static const char *const NAMING[] = {"bertajuk", "bertema",   "bertemakan", "berjudul", "bertuliskan",
                                         "bertagar", "berslogan", "dinamakan",  "dinamai",  "bernama",
                                         "dijuluki", "tema",      "judul",      "tajuk",    "slogan",
                                         "tagar",    "julukan",   "berbunyi", "bertulis", "bertulisan",
                                         "berisi",   "berisikan", NULL};
    return wt_one_of(w, NAMING);
}

/* The small function words a title leaves uncapitalised (EYD: every word
 * of a title is capitalised but the function words not at its start: di,
 * ke, dari, dan, yang, untuk ...), and an English title's. */
static bool title_small_word(const char *w)
{
    static const char *const SMALL[] = {
        "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "dalam", "bagi", "atau", "serta", "tentang",
        "sebagai", "oleh", "antara", "menuju", "melalui", "terhadap", "kepada", "hingga", "sampai", "atas", "demi",
        "tanpa", "sejak", "per", "vs", /* and English titles' */
        "of", "the", "and", "in", "to", "a", "an", "for", "on", "with", "at", "by", "from", "or", NULL};
    return wt_one_of(w, SMALL);
}

/* Whether the words between open and close are written as a title is:
 * two or more capitalised, the others numbers or small function words,
 * and not all in capitals (a shout or a caption is not a title's case). */
static bool title_cased(const qctx *q, size_t open, size_t close)
{
    size_t caps = 0;
    bool small_letter = false;
    for (size_t k = open + 1; k < close; k++) {
        const char *w = q->w[k];
        if (q->d->tokens[k].kind != WT_TOK_WORD)
            continue;
        if (isupper((unsigned char)w[0]))
            caps++;
        else if (!title_small_word(w))
            return false;
        for (const char *c = w; *c && !small_letter; c++)
            small_letter = islower((unsigned char)*c);
    }
    return caps >= 2 && small_letter;
}

/* A title between the marks, not words said: the name of an event, a
 * theme, a report, a video or a banner's words ("diskusi bertajuk
 * "Membaca Strategi Pelemahan KPK: Siapa yang Bermain?"", "dengan tema
 * "Peduli Taman dan 100% Open Defecation Free (ODF)""). Either a naming
 * word comes just before the opening mark, or the words are written as
 * titles are and no reporting verb comes straight after the closing
 * one. Words set off as speech are a quote all the same: ""Istirahat
 * dalam Damai, Bapak," ujar Retno", "bertuliskan, "Saat Houston bertemu
 * Los Angeles," tulis Kylie". vb: the reporting verb found, or SIZE_MAX. */
static bool a_title(const qctx *q, size_t open, size_t close, size_t vb)
{
    size_t n = q->d->n_tokens;
    bool said_after = vb != SIZE_MAX && vb > close && vb <= close + 2;
    bool comma = (close > open + 1 && !strcmp(q->w[close - 1], ",")) ||
                 (close + 1 < n && !strcmp(q->w[close + 1], ","));
    size_t b = open;
    if (b > 0 && (!strcmp(q->w[b - 1], ":") || !strcmp(q->w[b - 1], ",")))
        b--;
    if (is_mark(q, open) && b > 0 && naming_word(q->w[b - 1]))
        return !(said_after && comma);
    return !said_after && title_cased(q, open, close);
}

#define UNNAMED (-3) /* the last quotation's speaker: a cue named nobody we know */

/* one quote between the marks open and close (close: the closing mark, or
 * the end of the paragraph when closed is false) */
/* "Menurut Fahri, Budi Gunawan ... . "Jadi Budi Gunawan itu menang
 * ..."": a quotation right after a sentence of the paragraph that opens
 * with "Menurut" and a named speaker goes on with that speaker's words;
 * the speaker, or -1. */
static int view_just_before(qctx *q, size_t open)
{
    const wt_doc *d = q->d;
    size_t s = wt_doc_sentence_of(d, open);
    if (d->sentences[s].tok_begin < open) /* the quotation opens inside its sentence */
        return -1;
    if (s == 0 || d->sentences[s - 1].paragraph != d->sentences[s].paragraph)
        return -1;
    const wt_sentence *pe = &d->sentences[s - 1];
    size_t b = pe->tok_begin, end;
    if (b + 3 >= pe->tok_end || !wt_is(q->w[b], "menurut"))
        return -1;
    int how = q->how, who = speaker_at(q, b + 1, pe->tok_end, b, &end);
    bool named = q->how == HOW_NAMED;
    q->how = how;
    return who >= 0 && named && end < pe->tok_end && !strcmp(q->w[end], ",") ? who : -1;
}

/* Whether entity e is named between tokens open and close, other than
 * as the speaker of a cue a missing mark left inside ("... , tutur
 * Imam."). */
static bool names_within(const qctx *q, size_t open, size_t close, int e)
{
    for (size_t k = open + 1; k < close; k++)
        if (q->ent[k] == e && q->ent[k - 1] != e && verb_kind(q->t->verbs, q->w[k - 1]) == V_NONE)
            return true;
    return false;
}

/* Whether the speaker guessed for a quotation with no cue, opening at
 * token open, was introduced: the speaker of the quotation before, whose
 * cue named them (goes_on); or the subject of a sentence since then
 * (subject >= 0), where the sentence before the quotation has a verb of
 * saying ("Karzai melalui Twitter menyatakan ... . "..."") or runs into it
 * ("Raffi terus mendesak, "..."). */
static bool guess_is_introduced(const qctx *q, size_t open, bool goes_on, int subject)
{
    const wt_doc *d = q->d;
    if (goes_on)
        return d->n_quotes > 0 && d->quotes[d->n_quotes - 1].cue_end &&
               d->quotes[d->n_quotes - 1].speaker >= 0 && named_in_cue(d, &d->quotes[d->n_quotes - 1]);
    if (subject < 0 || open == 0)
        return false;
    if (!strcmp(q->w[open - 1], ",") || !strcmp(q->w[open - 1], ":"))
        return true;
    for (size_t k = d->sentences[wt_doc_sentence_of(d, open - 1)].tok_begin; k < open; k++)
        if (verb_kind(q->t->verbs, q->w[k]) != V_NONE)
            return true;
    return false;
}

static bool one_quote(qctx *q, size_t open, size_t close, bool closed, int *last_speaker, size_t *last_end)
{
    wt_doc *d = q->d;
    size_t n = d->n_tokens, sent = wt_doc_sentence_of(d, open);
    size_t lim = d->sentences[wt_doc_sentence_of(d, close < n ? close : n - 1)].tok_end;
    if (closed && close + 1 < n)
        lim = d->sentences[wt_doc_sentence_of(d, close + 1)].tok_end;
    size_t vb = SIZE_MAX, ce = 0;
    int spk = -2;
    size_t words = 0;
    bool sentence_end = false;
    for (size_t k = open + 1; k < close; k++) {
        words += d->tokens[k].kind == WT_TOK_WORD || d->tokens[k].kind == WT_TOK_NUMBER;
        if (!strcmp(q->w[k], ".") || !strcmp(q->w[k], "?") || !strcmp(q->w[k], "!"))
            sentence_end = true;
    }
    q->how = HOW_NONE; /* each cue says how it found its speaker */
    bool cue = closed && cue_after(q, close + 1, lim, open, &vb, &ce, &spk);
    size_t after = close + 1 < n && !strcmp(q->w[close + 1], ",") ? close + 2 : close + 1;
    bool pointed = cue && after < n && (wt_is(q->w[after], "demikian") || wt_is(q->w[after], "begitu"));
    if (!cue || (pointed && spk < 0)) {
        /* "Weah berkata; "..." demikian laporkan AFP": a cue before the
         * quotation that names its speaker wins over "demikian" naming no
         * one after it */
        size_t vb2 = SIZE_MAX, ce2 = 0;
        int spk2 = -2, how = q->how;
        q->how = HOW_NONE;
        if (cue_before(q, open, d->sentences[sent].tok_begin, &vb2, &ce2, &spk2) &&
            (!cue || (spk2 >= 0 && q->how == HOW_NAMED))) {
            cue = true;
            vb = vb2;
            ce = ce2;
            spk = spk2;
        } else {
            q->how = how;
        }
    }
    bool said_by_cue = cue, guess = false;
    if (!cue && (words >= 8 || sentence_end) && words >= 4) {
        /* a quote that goes on from the last one, unless another person
         * has been the subject of a sentence since (who then speaks on:
         * "X, mengatakan, pihaknya ... . "Saat ini saya ..."") */
        int subject = subject_since(q, *last_end, open);
        bool goes_on = (*last_speaker >= 0 || *last_speaker == UNNAMED) && open < *last_end + 80 &&
                       (subject < 0 || subject == *last_speaker);
        /* "..., kata seorang penumpang. "Mereka membiarkan ...": the one
         * left unnamed goes on speaking; no other person is guessed */
        spk = goes_on ? (*last_speaker == UNNAMED ? -1 : *last_speaker)
                      : subject >= 0 ? subject : last_person(q, open, NULL);
        int viewer = view_just_before(q, open);
        guess = viewer < 0 && !guess_is_introduced(q, open, goes_on, subject);
        /* (not where the view names the same person shorter: "Menurut
         * Asfina," after Asfinawati) */
        if (viewer >= 0 && !(spk >= 0 && !strncmp(d->entities[spk].name, d->entities[viewer].name,
                                                   strlen(d->entities[viewer].name))))
            spk = viewer;
        q->how = HOW_INFERRED;
        cue = true;
    }
    if (!cue)
        return true;
    if (a_title(q, open, close, vb)) {
        /* its words are talked about, as a quote's are: no speaker, no
         * speech, wherever a quote would have held them */
        size_t qs = open, qe = close;
        if (quote_words(q, &qs, &qe))
            memset(q->used + qs, 1, qe - qs);
        return true;
    }
    /* "Sehingga Pak Habibie bisa kembali sehat ...," katanya: a speaker
     * guessed (from a pronoun, or a quotation going on) is none the
     * quotation itself names; people speak of themselves as "saya" */
    if (spk >= 0 && q->how == HOW_INFERRED && names_within(q, open, close, spk))
        spk = -1;
    size_t before = d->n_quotes;
    if (!add_quote(q, open, close, spk, vb, ce, "direct"))
        return false;
    if (guess && d->n_quotes > before)
        q->guessed[wt_doc_token_at(d, d->quotes[before].start)] = 1;
    if (spk >= 0)
        *last_speaker = spk;
    else if (said_by_cue)
        *last_speaker = UNNAMED; /* a cue whose speaker is not named */
    *last_end = close;
    return true;
}

/* "Panglima TNI Hadi Tjahjanto mengatakan, drone ... ." before a mark
 * that can only close: a sentence that reports someone's words itself
 * (a subject's word before the verb; "Menurut dia, ..."; "... diungkap
 * artis Melanie Subono") is narration, whatever mark a link's leftovers put after it */
static bool reports_itself(const qctx *q, size_t st, size_t e)
{
    static const char *const SAID_BY[] = {"diungkap", "diungkapkan", "disampaikan", "dikatakan", "dijelaskan",
                                          "ditegaskan", NULL};
    /* "Menurut dia, ...": a view told */
    if (st + 3 < e && wt_is(q->w[st], "menurut"))
        for (size_t k = st + 2; k < e && k < st + 8; k++)
            if (!strcmp(q->w[k], ","))
                return true;
    /* "... diungkap artis Melanie Subono.": words told as someone's */
    for (size_t k = st + 1; k + 1 < e; k++) {
        if (!wt_one_of(q->w[k], SAID_BY))
            continue;
        size_t j = k + 1;
        const char *role;
        if (wt_is(q->w[j], "oleh"))
            j++;
        size_t tl = j < e ? wt_title_at(q->t->titles, q->w, e, j, &role) : 0;
        /* "Ketua BPK, Moermahadi ..."; a calling not in the list: "artis Melanie" */
        if (tl)
            j += tl + (j + tl < e && !strcmp(q->w[j + tl], ","));
        else if (j + 1 < e && q->ent[j] < 0 && q->d->tokens[j].kind == WT_TOK_WORD &&
                 islower((unsigned char)q->w[j][0]) && q->ent[j + 1] >= 0 &&
                 q->d->entities[q->ent[j + 1]].type == WT_ENT_PER)
            j++;
        if (j < e && q->ent[j] >= 0)
            return true;
    }
    for (size_t k = st + 1; k + 1 < e; k++)
        if (q->d->tokens[k - 1].kind == WT_TOK_WORD && verb_kind(q->t->verbs, q->w[k]) == V_BEFORE &&
            (!strcmp(q->w[k + 1], ",") || wt_is(q->w[k + 1], "bahwa")))
            return true;
    return false;
}

/* Marks pair by order; a mark that can only close ends a quote even when
 * its opening mark was lost or written as a closing one, which keeps the
 * pairing in step. */
static bool marked_quotes(qctx *q)
{
    wt_doc *d = q->d;
    size_t n = d->n_tokens;
    int last_speaker = -1;
    size_t last_end = 0, open = SIZE_MAX, prev_close = 0;
    uint32_t open_para = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t para = paragraph_of(d, i);
        if (open != SIZE_MAX && para != open_para) { /* left open: runs to its paragraph's end */
            if (!one_quote(q, open, i, false, &last_speaker, &last_end))
                return false;
            open = SIZE_MAX;
        }
        if (!is_mark(q, i))
            continue;
        if (open == SIZE_MAX && must_close(q, i)) {
            /* the opening mark is missing: the quote starts at its sentence
             * (not before the last quote) */
            size_t st = d->sentences[wt_doc_sentence_of(d, i > 0 ? i - 1 : 0)].tok_begin;
            if (st < prev_close)
                st = prev_close;
            if (st + 1 < i && !reports_itself(q, st, i) &&
                !one_quote(q, st > 0 ? st - 1 : st, i, true, &last_speaker, &last_end))
                return false;
            prev_close = i + 1;
        } else if (open == SIZE_MAX) {
            open = i;
            open_para = para;
        } else {
            if (!one_quote(q, open, i, true, &last_speaker, &last_end))
                return false;
            open = SIZE_MAX;
            prev_close = i + 1;
        }
    }
    if (open != SIZE_MAX && !one_quote(q, open, n, false, &last_speaker, &last_end))
        return false;
    return true;
}

static bool sentence_used(const qctx *q, const wt_sentence *s)
{
    for (size_t t = s->tok_begin; t < s->tok_end; t++)
        if (q->used[t])
            return true;
    return false;
}

static bool has_cue(qctx *q, const wt_sentence *s)
{
    for (size_t t = s->tok_begin; t < s->tok_end; t++)
        if (verb_kind(q->t->verbs, q->w[t]) != V_NONE || q->d->tokens[t].kind == WT_TOK_QUOTE)
            return true;
    return false;
}

/* "..., kata Putin." without marks */
static bool unmarked_quotes(qctx *q)
{
    wt_doc *d = q->d;
    for (size_t s = 0; s < d->n_sentences; s++) {
        const wt_sentence *se = &d->sentences[s];
        if (sentence_used(q, se))
            continue;
        for (size_t t = se->tok_begin + 1; t + 1 < se->tok_end; t++) {
            if (strcmp(q->w[t], ","))
                continue;
            int k = verb_kind(q->t->verbs, q->w[t + 1]);
            if (k != V_AFTER && k != V_SELF)
                continue;
            size_t vb = t + 1, ce = t + 2;
            int spk;
            if (k == V_SELF) {
                spk = last_person(q, se->tok_begin, NULL);
            } else {
                spk = speaker_at(q, t + 2, se->tok_end, se->tok_begin, &ce);
                if (spk == -2)
                    continue; /* "kata" with nobody after it is no cue */
            }
            /* "Selama dirinya menjabat, tambah Natsir, tidak pernah ada
             * ...": a cue set inside the sentence reports all of it, in
             * the speaker's own words only when they speak in the first
             * person */
            bool aside = ce + 1 < se->tok_end && !strcmp(q->w[ce], ",");
            size_t after = 0;
            for (size_t x = ce + 1; aside && x < se->tok_end; x++)
                after += d->tokens[x].kind == WT_TOK_WORD;
            if (after >= 3) {
                bool fp = false;
                for (size_t x = se->tok_begin; x < se->tok_end && !fp; x++)
                    fp = (x < vb || x >= ce) && first_person(q->w[x]);
                /* "Oleh karena itu, kata X, ...": the connective is no one's words */
                size_t from = connective(q, se->tok_begin, t) ? ce + 1 : se->tok_begin;
                if (!add_quote(q, from, se->tok_end, spk, vb, ce, fp ? "direct" : "indirect"))
                    return false;
                break;
            }
            if (t < se->tok_begin + 3)
                continue; /* too short to be anyone's words */
            /* the quote may start sentences earlier, while they speak in the first person */
            size_t qs = se->tok_begin;
            for (size_t p = s; p-- > 0;) {
                const wt_sentence *pe = &d->sentences[p];
                if (pe->paragraph != se->paragraph || sentence_used(q, pe) || has_cue(q, pe))
                    break;
                bool fp = false;
                for (size_t x = pe->tok_begin; x < pe->tok_end && !fp; x++)
                    fp = first_person(q->w[x]);
                if (!fp)
                    break;
                qs = pe->tok_begin;
            }
            if (!add_quote(q, qs, t, spk, vb, ce, "direct"))
                return false;
            break;
        }
    }
    return true;
}

/* "Putin menegaskan (bahwa) ...", "Menurut Putin, ..." */
/* a noun that, right after "menyampaikan", "menjawab" or "menyatakan",
 * is its object: what is delivered or answered, not what is said */
static bool said_object(const char *v, const char *w)
{
    if (!wt_is(v, "menyampaikan") && !wt_is(v, "menjawab") && !wt_is(v, "menyatakan"))
        return false; /* "mengakui ucapan Trump terus mempengaruhi ...": a subject */
    static const char *const O[] = {"pertanyaan", "hak", "pidato", "ucapan", "salam", "belasungkawa", "sambutan",
                                    "surat", "nota", "laporan", "undangan", "apresiasi", "pesan", "permohonan",
                                    NULL};
    /* "menjawab tantangan", "menjawab permasalahan": to meet, not to answer */
    static const char *const MET[] = {"tantangan", "masalah", "permasalahan", "kebutuhan", NULL};
    if (wt_is(v, "menjawab") && wt_one_of(w, MET))
        return true;
    for (size_t i = 0; O[i]; i++)
        if (wt_is(w, O[i]) || (!strncmp(w, O[i], strlen(O[i])) && !strcmp(w + strlen(O[i]), "nya")))
            return true;
    return false;
}

/* Token k is a verb of a clause of its own: a word written small that
 * opens with me- or ber- ("menghadiri", "bertemu"). */
static bool verb_of_its_own(const qctx *q, size_t k)
{
    const char *w = q->w[k];
    return q->d->tokens[k].kind == WT_TOK_WORD && islower((unsigned char)w[0]) &&
           (!strncmp(w, "me", 2) || !strncmp(w, "ber", 3)) && strlen(w) > 4;
}

/* Where the subject of a reporting verb at t ends: past adverbs ("Trump
 * telah mengakui", "Sogavare sempat mengungkapkan"), a comma after a name
 * ("Kim Myong Gil, mengatakan") and a phrase of time or channel after it
 * ("Teuku Faizasyah dalam sebuah pernyataan Rabu (11/9/2019) mengatakan",
 * "Merkel di Berlin hari Rabu (18/09) mengatakan"). */
static size_t subject_end(const qctx *q, size_t sb, size_t t)
{
    /* what opens such a phrase: a preposition, a conjunction of time or
     * a noun of time ("Carrie Lam minggu lalu mengumumkan") */
    static const char *const PHRASE[] = {"dalam", "pada", "di",    "saat",   "ketika",  "melalui",
                                         "lewat", "via",  "hari",  "usai",   "seusai",  "setelah", NULL};
    /* a noun of time opens a short one, without a comma: "... kantor
     * DPR kemarin, Rabu, sepuluh partai menyatakan" is no such phrase */
    static const char *const TIME[] = {"minggu", "pekan", "bulan", "tahun", "pagi",  "siang", "sore",  "malam",
                                       "kemarin", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", NULL};
    /* a name after one of these is inside a phrase ("Wong pada saat
     * acara di Berlin mengatakan"), not the subject */
    static const char *const PREP[] = {"di", "ke", "dari", "dalam", "pada", "kepada", "untuk", "bagi", NULL};
    size_t j = t;
    while (j > sb && subject_adverb(q->w[j - 1]))
        j--;
    if (j == sb)
        return j;
    if (j > sb + 1 && !strcmp(q->w[j - 1], ",") && q->ent[j - 2] >= 0)
        return j - 1; /* "Dmitry Ivanyuk, dari Komite Investigasi Belarusia, mengatakan": an affiliation */
    if (is_pronoun(q->w[j - 1]))
        return j;
    if (q->ent[j - 1] >= 0) {
        size_t ns = name_start(q, sb, j - 1);
        if (ns == sb || !small_word_of(q->w[ns - 1], PREP))
            return j;
    }
    /* a phrase of time or channel between the name and its verb: no verb
     * in it, and it opens with one of PHRASE right after the name */
    bool comma = false;
    for (size_t k = j - 1; k > sb && k + 12 > j; k--) {
        if (verb_of_its_own(q, k))
            break;
        comma |= !strcmp(q->w[k], ",");
        if ((q->ent[k - 1] >= 0 && q->ent[k] != q->ent[k - 1]) || (q->ent[k] < 0 && is_pronoun(q->w[k - 1]))) {
            const char *w = q->w[k];
            bool opens = wt_one_of(w, PHRASE) || (!comma && wt_one_of(w, TIME));
            return opens ? k : j;
        }
    }
    return j;
}

/* "mengatakan kepada wartawan di Berlin, negaranya siap ...": who was
 * spoken to, up to a comma, is no part of what was said; the index of
 * the first word said (after a "bahwa" too) */
static size_t after_addressee(const qctx *q, size_t qs, size_t end)
{
    if (qs >= end || !wt_is(q->w[qs], "kepada"))
        return qs;
    for (size_t k = qs + 1; k < end && k < qs + 10; k++) {
        if (q->d->tokens[k].kind == WT_TOK_QUOTE || wt_is(q->w[k], "bahwa"))
            return k + (q->d->tokens[k].kind != WT_TOK_QUOTE);
        /* "kepada wartawan di Jakarta, ...": a short addressee set off
         * (or any before ", bahwa"); a longer stretch before the comma is
         * already what is said */
        if (!strcmp(q->w[k], ",") && (k <= qs + 5 || (k + 1 < end && wt_is(q->w[k + 1], "bahwa"))))
            return k + 1 < end && wt_is(q->w[k + 1], "bahwa") ? k + 2 : k + 1;
        if (q->d->tokens[k].kind == WT_TOK_PUNCT)
            break;
    }
    /* "mengatakan kepada Annisa pengalaman hidup ...": a name, then the
     * words said, small-lettered */
    int e = qs + 1 < end ? q->ent[qs + 1] : -1;
    if (e < 0)
        return qs;
    size_t k = qs + 1;
    while (k < end && q->ent[k] == e)
        k++;
    bool said = k + 2 < end && q->d->tokens[k].kind == WT_TOK_WORD && islower((unsigned char)q->w[k][0]) &&
                !wt_is(q->w[k], "yang") && !wt_is(q->w[k], "dan") && !wt_is(q->w[k], "serta");
    return said ? k : qs;
}

/* The speaker of the statement found last that ends in sentence s or
 * one of the two before it (-1: none, or no speaker) */
static int speaker_before(qctx *q, size_t s)
{
    const wt_doc *d = q->d;
    const wt_quote *last = last_statement(d, d->tokens[d->sentences[s >= 2 ? s - 2 : 0].tok_begin].start,
                                          d->tokens[d->sentences[s].tok_begin].start);
    if (!last || last->speaker < 0)
        return -1;
    q->how = HOW_INFERRED;
    /* "Wakil Bupati Tangerang, Mad Lomri, mengapresiasi ... . Menurutnya,
     * ...": a person the active subject of a clause since that statement
     * is the one whose view it is; not one named as someone's relative
     * ("Suami Sarwendah tersebut keberatan"), nor the subject of a
     * passive ("Yevhen dipastikan absen") */
    size_t from = d->sentences[s].tok_begin;
    while (from > 0 && d->tokens[from - 1].start >= last->end)
        from--;
    int since = subject_since(q, from, d->sentences[s].tok_begin);
    if (since >= 0) {
        size_t at = d->sentences[s].tok_begin;
        while (at > from && q->ent[at - 1] != since)
            at--;
        size_t head = at - 1; /* the name's word that is the subject (is_subject found it) */
        for (int steps = 0; steps < 8 && d->deps[head].head >= 0 && strncmp(d->deps[head].rel, "nsubj", 5); steps++)
            head = (size_t)d->deps[head].head;
        if (!relative_named(q, from, at - 1) && !strcmp(d->deps[head].rel, "nsubj"))
            return since;
    }
    return last->speaker;
}

/* "Senada dengan Abdul, ...", "Selain Panji, ...": the name ending at
 * token last, in the sentence from sb, is the object of a preposition,
 * not a subject */
static bool object_of_preposition(const qctx *q, size_t sb, size_t last)
{
    static const char *const PREP[] = {"dengan", "kepada", "oleh",    "untuk",  "bagi", "dari",
                                       "terhadap", "bersama", "antara", "dan", "selain", NULL};
    size_t ns = name_start(q, sb, last);
    return ns > sb && small_word_of(q->w[ns - 1], PREP);
}

/* "Pratiwi Febri, perwakilan AMUKK mengatakan", "Soemartono selaku
 * akademisi Universitas Tarumanagara berharap", "Joko Jumadi salah satu
 * anggota Advokat BKBH Unram menyebutkan", "Ricky dari Direktorat ...
 * BKPM menyatakan": the body before the verb is the affiliation of the
 * person named before it, who speaks; the apposition opens with a comma,
 * "selaku", "sebagai", "dari" or "salah satu" and
 * holds up to four words and no other name. The person, or -1. */
static int person_of_body(const qctx *q, size_t last, size_t begin)
{
    const wt_doc *d = q->d;
    int body = q->ent[last];
    if (d->entities[body].type != WT_ENT_ORG)
        return -1;
    size_t s = last;
    while (s > begin && q->ent[s - 1] == body)
        s--;
    size_t g = s; /* the apposition's words: [g, s) */
    while (g > begin && s - g < 6 && q->ent[g - 1] < 0 && d->tokens[g - 1].kind == WT_TOK_WORD)
        g--;
    bool comma = g > begin && !strcmp(q->w[g - 1], ",");
    size_t name_end = comma ? g - 1 : g;
    if (name_end <= begin || q->ent[name_end - 1] < 0 || d->entities[q->ent[name_end - 1]].type != WT_ENT_PER)
        return -1;
    bool opener = comma && g < s;
    if (!comma && g < s)
        opener = wt_is(q->w[g], "selaku") || wt_is(q->w[g], "sebagai") || wt_is(q->w[g], "dari") ||
                 (g + 1 < s && wt_is(q->w[g], "salah") && wt_is(q->w[g + 1], "satu"));
    if (!opener || s - g > 5)
        return -1;
    /* "Abqaiq dan Khurais, dan Houthi": a list, not an apposition; "pada
     * Juni lalu Fury": a time, not a title */
    static const char *const NOT[] = {"dan", "serta", "atau", "pada", "yang", NULL};
    for (size_t k = g; k < s; k++)
        if (small_word_of(q->w[k], NOT))
            return -1;
    return object_of_preposition(q, begin, name_end - 1) ? -1 : q->ent[name_end - 1];
}

/* "Christophe Bahuet, Direktur UNDP di Indonesia, mengatakan", "Daniel
 * Sitompul, Kepala Dinas Pendidikan Kota Palu, mengatakan": an office
 * set off by commas after a person's name, closing on a place or a body
 * right before the verb, is that person's; the person speaks. The comma
 * closing the apposition is at token j; the apposition opens with a
 * title and holds up to twelve words, no other person, no verb of its
 * own, no list or relative clause. The person, or -1. */
static int person_of_apposed_office(const qctx *q, size_t j, size_t sb)
{
    static const char *const NOT[] = {"dan", "serta", "atau", "yang", NULL};
    const wt_doc *d = q->d;
    if (j < sb + 4 || strcmp(q->w[j], ",") || q->ent[j - 1] < 0 || d->entities[q->ent[j - 1]].type == WT_ENT_PER)
        return -1;
    for (size_t k = j - 1; k > sb + 1 && k + 13 > j; k--) {
        const char *w = q->w[k];
        if (q->ent[k] >= 0 && d->entities[q->ent[k]].type == WT_ENT_PER)
            return -1;
        if (small_word_of(w, NOT) || verb_of_its_own(q, k))
            return -1;
        if (strcmp(w, ","))
            continue;
        const char *r;
        int e = q->ent[k - 1];
        if (e < 0 || d->entities[e].type != WT_ENT_PER || !wt_title_at(q->t->titles, q->w, j, k + 1, &r) || !*r)
            return -1;
        return object_of_preposition(q, sb, k - 1) ? -1 : e;
    }
    return -1;
}

/* Whether the name ending at token e is the owner of the noun before it
 * ("pejabat senior administrasi Trump", "rezim Assad", "keluarga
 * Habibie"): the phrase is about someone else, and the name does not
 * speak. */
static bool owned_by_name(const qctx *q, size_t sb, size_t e)
{
    static const char *const OWNED[] = {"administrasi", "pemerintahan", "rezim",  "kabinet", "era",    "masa",
                                        "zaman",        "kubu",         "keluarga", "rumah", "kantor", "istri",
                                        "suami",        "anak",         "ayah",     "ibu",   "kakak",  "adik",
                                        "ajudan",       "kuasa",        "pengacara", NULL};
    size_t k = name_start(q, sb, e);
    return k > sb && wt_one_of(q->w[k - 1], OWNED);
}

/* When the entity ending at token e stands inside a relative clause
 * opened by "yang" in the same phrase (no comma between them), the
 * position of that "yang"; else 0. */
static size_t relative_head(const qctx *q, size_t sb, size_t e)
{
    /* words that open a new clause: "Kelompok Houthi yang bersebelahan
     * dengan Iran mengklaim ... dan Presiden Iran Hassan Rouhani
     * mengatakan" */
    static const char *const OPENS[] = {"ketika", "saat",  "setelah",  "sebelum",   "karena", "sehingga",
                                        "bahwa",  "namun", "tetapi",   "sedangkan", "sementara", NULL};
    size_t k = name_start(q, sb, e);
    for (size_t steps = 0; k > sb + 1 && steps < 15; steps++) {
        k--;
        const char *w = q->w[k];
        int kind = q->d->tokens[k].kind;
        if (kind != WT_TOK_WORD && kind != WT_TOK_NUMBER && kind != WT_TOK_ABBREV)
            return 0;
        if (wt_is(w, "yang"))
            return k;
        if (wt_one_of(w, OPENS) || ((wt_is(w, "dan") || wt_is(w, "serta")) && q->ent[k - 1] < 0))
            return 0;
    }
    return 0;
}

/* "Merek OFFWHITE yang menggugat Abloh mengaku", "dua perusahaan yang
 * dikontak Reuters mengatakan", "Informasi yang diperoleh Okezone
 * menyebut": a name right after the active verb of the relative clause
 * opened at rel is that verb's object, and one after a passive verb of
 * getting, quoting, reaching or leading (or "oleh" after it) is the one
 * who got, quoted, reached or led; neither is the one the clause
 * describes, who speaks. Not after a verb that links or makes do
 * ("yang kini berganti nama menjadi Shuhada Sadaqat", "yang membuat
 * Bordas menegaskan"), nor a passive verb of making or issuing ("Sebuah
 * studi yang dilakukan oleh Florida4Less": its source speaks by it). */
static bool object_of_relative(const qctx *q, size_t rel, size_t k)
{
    static const char *const LINKS[] = {"menjadi", "merupakan", "membuat", "menjadikan", "memiliki", NULL};
    static const char *const GOT[] = {"diperoleh", "didapat", "didapatkan", "dikutip", "dilansir", "dikontak",
                                      "dihubungi", "diwawancarai", "dipimpin", "dikelola", "ditangani",
                                      "diterima", NULL};
    if (k >= 2 && wt_is(q->w[k - 1], "oleh"))
        k--;
    if (k < rel + 2)
        return false;
    const char *v = q->w[k - 1];
    bool active = strlen(v) > 4 && v[0] == 'm' && v[1] == 'e' && !wt_one_of(v, LINKS);
    return active || wt_one_of(v, GOT);
}

/* The speaker of reported speech named before the verb at t, in the
 * sentence from sb: an entity or a pronoun just before the verb, or after
 * "dan" the speaker of the verb before it (prev); -2 when none. */
static int subject_speaker(qctx *q, size_t sb, size_t t, int prev)
{
    size_t j = subject_end(q, sb, t);
    if (j == sb)
        return -2;
    /* "Hartson yang mengikuti rumor transfer Man United, mengaku ...":
     * a name closing a relative clause on a named person only describes
     * them, and they speak. After a common noun or a place (part of a
     * title: "Dubes Bratislava yang akrab disapa Wieke") the name is
     * most often the subject itself ("Pemilik rumah yang terbakar Aba
     * Sehan Zabban mengatakan", "Gubernur yang akrab disapa Emil"): left
     * as it is */
    size_t rel = q->ent[j - 1] >= 0 ? relative_head(q, sb, j - 1) : 0;
    if (rel > sb + 1 && !strcmp(q->w[rel - 1], ","))
        rel--; /* "Biden, yang menjabat ... di bawah Barack Obama, mengatakan" */
    if (rel && q->ent[rel - 1] >= 0 && q->ent[rel - 1] != q->ent[j - 1] &&
        q->d->entities[q->ent[rel - 1]].type == WT_ENT_PER && !owned_by_name(q, sb, rel - 1))
        j = rel;
    else if (rel && object_of_relative(q, rel, name_start(q, sb, j - 1)))
        return -2;
    /* "Pompeo di Twitter menyatakan": the channel is not the
     * speaker; the one before it is */
    if (q->ent[j - 1] >= 0 && channel_before(q, j - 1, sb)) {
        j = name_start(q, sb, j - 1) - 1; /* the channel word: the speaker stands before it */
        if (j == sb)
            return -2;
    }
    int holder = person_of_apposed_office(q, j, sb);
    if (holder >= 0) {
        q->how = HOW_NAMED;
        return holder;
    }
    /* a body speaks ("Kemlu menegaskan"); a bare country or
     * place does not ("Indonesia menyambut baik ...": no
     * one's words; unknown is better than wrong) */
    if (q->ent[j - 1] >= 0 && q->d->entities[q->ent[j - 1]].type == WT_ENT_LOC)
        return -2;
    /* "tetapi ayah Victoria mengatakan": the father speaks, unnamed */
    if (q->ent[j - 1] >= 0 && q->d->entities[q->ent[j - 1]].type == WT_ENT_PER &&
        wt_kin_of_name_before((const char *const *)q->w, name_start(q, sb, j - 1),
                              q->d->sentences[wt_doc_sentence_of(q->d, j - 1)].tok_begin))
        return -2;
    int member = q->ent[j - 1] >= 0 ? person_of_body(q, j - 1, sb) : -1;
    q->how = HOW_NAMED;
    if (member >= 0)
        return member;
    if (q->ent[j - 1] >= 0)
        return q->ent[j - 1];
    if (is_pronoun(q->w[j - 1]))
        return last_person(q, j - 1, NULL);
    /* "membantah terlibat ... dan mengatakan ...": the same speaker */
    if (prev != -2 && (wt_is(q->w[j - 1], "dan") || wt_is(q->w[j - 1], "serta"))) {
        q->how = HOW_INFERRED;
        return prev;
    }
    return -2;
}

static bool reported_speech(qctx *q)
{
    wt_doc *d = q->d;
    for (size_t s = 0; s < d->n_sentences; s++) {
        const wt_sentence *se = &d->sentences[s];
        if (sentence_used(q, se))
            continue;
        int prev_spk = -2; /* the speaker of a verb just before "dan"/"serta" */
        for (size_t t = se->tok_begin; t + 2 < se->tok_end; t++) {
            int spk = -2, kind = verb_kind(q->t->verbs, q->w[t]);
            q->how = HOW_NONE;
            size_t vb = t, ce = t + 1, qs;
            size_t view = t == se->tok_begin ? view_frame(q, s) : 0;
            if (view) { /* "Menurutnya, ...": the one who spoke just before */
                spk = speaker_before(q, s);
                if (spk < 0)
                    continue;
                ce = view - 1;
                qs = view;
            } else if (wt_is(q->w[t], "menurut")) {
                size_t end;
                spk = speaker_at(q, t + 1, se->tok_end, t, &end);
                if (spk < 0 || end >= se->tok_end || strcmp(q->w[end], ","))
                    continue;
                /* "Adapun Mekeng, menurut dia, terlibat ...": the person
                 * set before the view is what it is about; the pronoun
                 * points to someone else */
                if (t >= se->tok_begin + 2 && !strcmp(q->w[t - 1], ",") && q->ent[t - 2] == spk &&
                    is_pronoun(q->w[t + 1]))
                    continue;
                ce = end;
                qs = end + 1;
            } else if ((kind == V_BEFORE || kind == V_DENY) && t > se->tok_begin) {
                /* "ilmuwan ini mengatakan": a person pointed back to (no
                 * one named: nobody's words reported) */
                int pointed = -1;
                if (pointed_subject(q, t, se->tok_begin, &pointed)) {
                    if (pointed < 0)
                        continue;
                    spk = pointed;
                    q->how = HOW_INFERRED;
                } else if ((spk = subject_speaker(q, se->tok_begin, t, prev_spk)) == -2) {
                    continue;
                }
                qs = t + 1;
                if (qs < se->tok_end && (wt_is(q->w[qs], "bahwa") || !strcmp(q->w[qs], ",")))
                    qs++;
                if (qs < se->tok_end && wt_is(q->w[qs], "tentang"))
                    qs++;
                /* "berharap kepada semua pihak, ...": whom one hopes of is
                 * the hope's object, and may be a list */
                if (!wt_is(q->w[t], "berharap"))
                    qs = after_addressee(q, qs, se->tok_end);
                /* "menjawab pertanyaan", "menyampaikan hak jawabnya",
                 * "menyampaikan pidato": an object, not words reported */
                if (qs < se->tok_end && said_object(q->w[t], q->w[qs]))
                    continue;
            } else {
                continue;
            }
            /* "memperingatkan kepada parlemen, "..."": marked words are a
             * direct quote's, not reported speech */
            bool marked = false;
            for (size_t k = qs; k < se->tok_end && k < qs + 6 && !marked; k++)
                marked = d->tokens[k].kind == WT_TOK_QUOTE && k > qs && (!strcmp(q->w[k - 1], ",") || !strcmp(q->w[k - 1], ":"));
            if (marked)
                break;
            /* "membantah terlibat ... dan mengatakan ...": a second verb of
             * the same speaker ends the first report and opens its own */
            size_t qe = se->tok_end;
            for (size_t k = qs + 1; k + 1 < se->tok_end && qe == se->tok_end; k++)
                if ((wt_is(q->w[k], "dan") || wt_is(q->w[k], "serta")) && verb_kind(q->t->verbs, q->w[k + 1]) == V_BEFORE)
                    qe = k;
            /* "membantah terlibat ...": what is denied is no one's
             * words; the denier may go on to speak ("... dan mengatakan") */
            if (kind != V_DENY && !add_quote(q, qs, qe, spk, vb, ce, "indirect"))
                return false;
            if (qe == se->tok_end)
                break;
            prev_spk = spk;
            t = qe;
        }
    }
    return true;
}

/* "Duta Besar/Wakil Tetap Indonesia untuk Perserikatan Bangsa-Bangsa
 * (PBB) di Jenewa, Hasan Kleib": a long title from token i, set apart
 * from the person's name by a comma; capitalised words, brackets,
 * slashes and the small words of titles before it. The person, or -1. */
static int named_after_title(qctx *q, size_t i, size_t lim, size_t *end)
{
    static const char *const SMALL[] = {"untuk", "di", "dan", "serta", "bidang", "urusan", NULL};
    for (size_t k = i; k < lim && k < i + 16; k++) {
        const char *w = q->w[k];
        if (!strcmp(w, ",")) {
            int e = k + 1 < lim ? q->ent[k + 1] : -1;
            if (e < 0 || q->d->entities[e].type != WT_ENT_PER)
                return -1;
            size_t j = k + 1;
            while (j < lim && q->ent[j] == e)
                j++;
            *end = j;
            q->how = HOW_NAMED;
            return e;
        }
        if (!isupper((unsigned char)w[0]) && strcmp(w, "(") && strcmp(w, ")") && strcmp(w, "/") &&
            !small_word_of(w, SMALL))
            return -1;
    }
    return -1;
}

/* "[what was said]. Hal itu disampaikan Duta Besar RI di Jenewa Hasan
 * Kleib": a sentence that opens with a noun pointing back ("Hal",
 * "Pernyataan", "Keputusan"...) and a demonstrative, then a passive verb
 * of saying and the one who said it, gives the sentence before it, in the
 * same paragraph, to that one as reported speech. Only a written name
 * speaks: a title alone, or a name the scraper dropped ("Hal itu
 * disampaikan  , saat ..."), gives nothing. */
static bool attributed_after(qctx *q)
{
    static const char *const NOUN[] = {"hal", "pernyataan", "keputusan", "penegasan", "penjelasan", NULL};
    static const char *const SAID[] = {"disampaikan", "diungkapkan", "dikatakan",  "ditegaskan",  "dijelaskan",
                                       "disebutkan",  "diutarakan",  "dinyatakan", "dipaparkan", "dikemukakan",
                                       NULL};
    wt_doc *d = q->d;
    for (size_t s = 1; s < d->n_sentences; s++) {
        const wt_sentence *se = &d->sentences[s], *pr = &d->sentences[s - 1];
        size_t t = se->tok_begin;
        if (t + 3 >= se->tok_end || pr->paragraph != se->paragraph || !wt_one_of(q->w[t], NOUN) ||
            !(wt_is(q->w[t + 1], "itu") || wt_is(q->w[t + 1], "ini") || wt_is(q->w[t + 1], "tersebut")) ||
            !wt_one_of(q->w[t + 2], SAID) || sentence_used(q, pr))
            continue;
        /* the one who said it follows the verb ("disampaikan (langsung)
         * (oleh) Menteri X"); "dikatakan lantaran Masinton mengaku ...",
         * "disampaikan melalui Mensesneg": a clause or a channel, no
         * speaker */
        size_t k = t + 3, end;
        if (wt_is(q->w[k], "langsung") && k + 1 < se->tok_end)
            k++;
        if (!isupper((unsigned char)q->w[k][0]) && !wt_is(q->w[k], "oleh"))
            continue;
        q->how = HOW_NONE;
        int spk = speaker_at(q, k, se->tok_end, t, &end);
        if (q->how == HOW_TITLE)
            spk = named_after_title(q, k, se->tok_end, &end);
        else if (q->how != HOW_NAMED)
            spk = -1;
        if (spk < 0)
            continue;
        if (!add_quote(q, pr->tok_begin, pr->tok_end, spk, t + 2, end, "indirect"))
            return false;
    }
    return true;
}

/* Quotations a and b follow each other with nothing but marks and spaces
 * between them (the next paragraph opens with the next quotation). */
static bool next_to(const wt_doc *d, const wt_quote *a, const wt_quote *b)
{
    if (b->start < a->end)
        return false;
    const unsigned char *t = (const unsigned char *)d->text;
    for (uint32_t k = a->end; k < b->start; k++) {
        if (isalnum(t[k]))
            return false;
        if (t[k] >= 0x80) { /* only curly marks: U+2018, U+2019, U+201C, U+201D */
            if (k + 3 > b->start || t[k] != 0xE2 || t[k + 1] != 0x80 || (t[k + 2] & 0xF8) != 0x98)
                return false;
            k += 2;
        }
    }
    return true;
}

/* Whether entity e has a mention within bytes [start, end). */
static bool names_span(const wt_doc *d, int e, uint32_t start, uint32_t end)
{
    const wt_entity *en = &d->entities[e];
    for (size_t k = 0; k < en->n_mentions; k++)
        if (en->mentions[k].start >= start && en->mentions[k].end <= end)
            return true;
    return false;
}

/* ""Saya ingat 9 tahun lampau ... ." / "Bayangkan Bapak ...," kata
 * Ilham.": quoted paragraphs in a row are one speaker's, named by the cue
 * that closes the run. A quotation with no cue of its own whose speaker
 * was not introduced (guess_is_introduced; nor a view: "Menurutnya, ")
 * takes the speaker the next one's cue names by name (not by a pronoun,
 * itself a guess), unless the quotation names that person. Not an
 * answer's ("jawab", "balas", "sahut", "timpal", "tanya"): a dialogue
 * changes speaker there. A quotation with no speaker keeps none: such a
 * run is often narration a stray mark opened. Run on the marked
 * quotations alone (added in text order). */
static void runs_closed_by_a_cue(qctx *q)
{
    static const char *const TURN[] = {"jawab", "menjawab", "jawabnya", "balas",  "membalas",  "balasnya",
                                       "sahut", "menyahut", "sahutnya", "timpal", "menimpali", "timpalnya",
                                       "tanya", "bertanya", "tanyanya", NULL};
    wt_doc *d = q->d;
    for (size_t k = d->n_quotes; k-- > 1;) {
        const wt_quote *next = &d->quotes[k];
        wt_quote *o = &d->quotes[k - 1];
        if (o->speaker < 0 || !q->guessed[wt_doc_token_at(d, o->start)] || next->speaker < 0 ||
            o->speaker == next->speaker || !next->cue_end || !next_to(d, o, next) || !named_in_cue(d, next) ||
            (next->verb && small_word_of(next->verb, TURN)) || names_span(d, next->speaker, o->start, o->end))
            continue;
        o->speaker = next->speaker;
        o->speaker_name = next->speaker_name;
        o->confidence = 0.6 * (0.5 + 0.5 * d->entities[next->speaker].confidence);
    }
}

static int cmp_quote(const void *a, const void *b)
{
    const wt_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

wt_status wt_quotes(wt_doc *d, const wt_quote_tables *t)
{
    d->quotes = NULL;
    d->n_quotes = 0;
    if (!d->n_tokens)
        return WT_OK;
    qctx q = {HOW_NONE,
              t,
              d,
              wt_doc_words(d),
              wt_doc_token_entities(d),
              wt_arena_calloc(d->arena, d->n_tokens, 1),
              wt_arena_calloc(d->arena, d->n_tokens, 1),
              0};
    if (!q.w || !q.ent || !q.used || !q.guessed)
        return WT_ENOMEM;
    if (!marked_quotes(&q))
        return WT_ENOMEM;
    runs_closed_by_a_cue(&q);
    if (!unmarked_quotes(&q) || !reported_speech(&q) || !attributed_after(&q))
        return WT_ENOMEM;
    if (d->n_quotes > 1)
        qsort(d->quotes, d->n_quotes, sizeof *d->quotes, cmp_quote);
    return WT_OK;
}
