/* html.c - see html.h.
 *
 * 1. Skip raw-text elements before parsing (scripts, styles, comments...).
 * 2. Parse with libxml2's HTML parser through its SAX interface into a
 *    compact tree of our own, in one arena (no DOM is built or freed).
 * 3. Metadata from <meta> (Open Graph, article:*, Dublin Core, itemprop),
 *    JSON-LD (NewsArticle and friends), <time>, <title>, <link rel=canonical>.
 * 4. Prune what is never article text: navigation, asides, forms, hidden
 *    elements, and elements whose class or id says they are comments, share
 *    bars, related links, ads or menus.
 * 5. Score text blocks (paragraph-like elements): length, commas, link
 *    density; add each score to the block's ancestors with decay; the best
 *    ancestor (weighted by its own link density and class/id hints) is the
 *    article container. itemprop=articleBody is preferred when it holds most
 *    of the winner's text; siblings that read like more of the article join.
 * 6. Emit the container's text: one paragraph per block element, skipping
 *    link lists and boilerplate blocks inside it. */
#include "html.h"

#include <ctype.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the tree ---- */

typedef struct hattr {
    const char *name, *value;
    struct hattr *next;
} hattr;

/* Text, link-text and comma counts, computed once after pruning. */
typedef struct stats {
    size_t text, links, commas;
} stats;

typedef struct hnode {
    struct hnode *parent, *children, *last, *next;
    const char *name; /* lower-case tag; NULL for a text node */
    char *text;       /* a text node's content (NUL-terminated) */
    size_t text_len, text_cap;
    hattr *attrs;
    stats st;
    bool have_stats;
    size_t cand; /* 1 + index in the scorer, 0 if not a candidate */
} hnode;

/* The attributes the extractor reads; others are not kept. */
static const char *const KEEP_ATTRS[] = {"class", "id", "role", "itemprop", "hidden", "aria-hidden", "style",
                                         "property", "name", "content", "rel", "href", "datetime", "lang",
                                         "type", NULL};

typedef struct builder {
    wt_arena *a;
    hnode *root, *cur;
    bool oom;
} builder;

static hnode *new_node(builder *b, const char *name)
{
    hnode *n = wt_arena_calloc(b->a, 1, sizeof *n);
    if (!n) {
        b->oom = true;
        return NULL;
    }
    n->name = name;
    n->parent = b->cur;
    if (b->cur) {
        if (b->cur->last)
            b->cur->last->next = n;
        else
            b->cur->children = n;
        b->cur->last = n;
    }
    return n;
}

static const char *lower_dup(builder *b, const xmlChar *s)
{
    size_t n = strlen((const char *)s);
    char *d = wt_arena_alloc(b->a, n + 1);
    if (!d) {
        b->oom = true;
        return "";
    }
    for (size_t i = 0; i <= n; i++)
        d[i] = (char)tolower(s[i]);
    return d;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    builder *b = ctx;
    hnode *n = new_node(b, lower_dup(b, name));
    if (!n)
        return;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *an = (const char *)atts[i];
        bool keep = false;
        for (size_t k = 0; KEEP_ATTRS[k] && !keep; k++)
            keep = strcasecmp(an, KEEP_ATTRS[k]) == 0;
        if (!keep)
            continue;
        hattr *a = wt_arena_alloc(b->a, sizeof *a);
        if (!a) {
            b->oom = true;
            return;
        }
        a->name = lower_dup(b, atts[i]);
        const xmlChar *v = atts[i + 1] ? atts[i + 1] : (const xmlChar *)"";
        a->value = wt_arena_strndup(b->a, (const char *)v, strlen((const char *)v));
        a->next = n->attrs;
        n->attrs = a;
    }
    b->cur = n;
}

static void on_end(void *ctx, const xmlChar *name)
{
    builder *b = ctx;
    (void)name;
    if (b->cur && b->cur != b->root)
        b->cur = b->cur->parent;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    builder *b = ctx;
    if (!b->cur || len <= 0)
        return;
    hnode *t = b->cur->last;
    if (!t || t->name) /* start a text node */
        t = new_node(b, NULL);
    if (!t)
        return;
    size_t need = t->text_len + (size_t)len + 1;
    if (need > t->text_cap) {
        size_t cap = t->text_cap ? t->text_cap * 2 : 64;
        while (cap < need)
            cap *= 2;
        char *p = wt_arena_alloc(b->a, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        if (t->text_len)
            memcpy(p, t->text, t->text_len);
        t->text = p;
        t->text_cap = cap;
    }
    memcpy(t->text + t->text_len, ch, (size_t)len);
    t->text_len += (size_t)len;
    t->text[t->text_len] = 0;
}

static void on_silence(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* ---- small helpers ---- */

static bool name_is(const hnode *n, const char *name)
{
    return n && n->name && n->name[0] == name[0] && strcmp(n->name, name) == 0;
}

static bool name_in(const hnode *n, const char *const *names)
{
    if (!n || !n->name)
        return false;
    for (; *names; names++)
        if (n->name[0] == (*names)[0] && strcmp(n->name, *names) == 0)
            return true;
    return false;
}

static const char *attr_ref(const hnode *n, const char *name)
{
    for (const hattr *a = n->attrs; a; a = a->next)
        if (strcmp(a->name, name) == 0)
            return a->value;
    return NULL;
}

static char *dup_trim(const char *s)
{
    if (!s)
        return NULL;
    while (*s && isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (!n)
        return NULL;
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

static void set_once(char **slot, const char *v)
{
    if (*slot || !v)
        return;
    *slot = dup_trim(v);
}

/* The text of a node and its descendants, appended to b. */
static void gather_text(const hnode *n, wt_buf *b)
{
    for (const hnode *c = n->children; c; c = c->next) {
        if (c->name)
            gather_text(c, b);
        else
            wt_buf_put(b, c->text, c->text_len);
    }
}

bool wt_looks_like_html(const char *s, size_t n)
{
    size_t lim = n < 1024 ? n : 1024;
    for (size_t i = 0; i + 5 < lim; i++) {
        if (s[i] != '<')
            continue;
        const char *p = s + i + 1;
        size_t r = lim - i - 1;
        if ((r >= 8 && strncasecmp(p, "!doctype", 8) == 0) || (r >= 4 && strncasecmp(p, "html", 4) == 0) ||
            (r >= 4 && strncasecmp(p, "head", 4) == 0) || (r >= 4 && strncasecmp(p, "body", 4) == 0))
            return true;
    }
    return false;
}

/* ---- raw-text elements skipped before parsing ---- */

/* The content of <script> (except JSON-LD), <style>, <noscript>,
 * <template> and <iframe> is raw text to an HTML5 tokenizer (scripting on)
 * and never article text; <svg> holds drawings; comments are never text. On
 * news pages they are most of the bytes. Like a tokenizer, such an element
 * ends at the first "</name" followed by white space, "/" or ">". The page
 * is copied without them, which libxml2 then parses much faster. */
static const char *const RAW_TEXT[] = {"script", "style", "noscript", "template", "iframe", "svg", NULL};
static bool tag_at(const char *s, size_t n, size_t i, const char *name, bool closing)
{
    size_t k = i + 1 + (closing ? 1 : 0), m = strlen(name);
    if (k + m >= n || (closing && s[i + 1] != '/'))
        return false;
    if (strncasecmp(s + k, name, m) != 0)
        return false;
    char c = s[k + m];
    return c == '>' || c == '/' || isspace((unsigned char)c);
}

static const char *find_ci(const char *s, size_t n, size_t from, const char *name)
{
    for (size_t i = from; i + 2 < n; i++) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            return NULL;
        i = (size_t)(lt - s);
        if (tag_at(s, n, i, name, true))
            return lt;
    }
    return NULL;
}

static void strip_raw_text(const char *s, size_t n, wt_buf *out)
{
    size_t i = 0, copied = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        size_t skip_to = 0;
        if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
            const char *end = NULL;
            for (size_t k = i + 4; k + 3 <= n; k++) {
                const char *dash = memchr(s + k, '-', n - k);
                if (!dash || (size_t)(dash - s) + 3 > n)
                    break;
                k = (size_t)(dash - s);
                if (s[k + 1] == '-' && s[k + 2] == '>') {
                    end = dash + 3;
                    break;
                }
            }
            skip_to = end ? (size_t)(end - s) : i + 4; /* unclosed: only the opener goes */
        } else if (i + 1 < n && isalpha((unsigned char)s[i + 1])) {
            const char *raw = NULL;
            char c1 = (char)tolower((unsigned char)s[i + 1]);
            for (size_t k = 0; RAW_TEXT[k] && !raw; k++)
                if (RAW_TEXT[k][0] == c1 && tag_at(s, n, i, RAW_TEXT[k], false))
                    raw = RAW_TEXT[k];
            if (!raw) {
                i++;
                continue;
            }
            const char *gt = memchr(s + i, '>', n - i);
            if (!gt)
                break;
            /* keep JSON-LD: it carries the metadata */
            bool keep = false;
            if (raw[0] == 's' && raw[1] == 'c')
                for (const char *p = s + i; p + 7 <= gt; p++)
                    if (strncasecmp(p, "ld+json", 7) == 0)
                        keep = true;
            const char *close = gt[-1] == '/' ? gt - 1 : find_ci(s, n, (size_t)(gt - s) + 1, raw);
            if (close == gt - 1) { /* <svg ... /> */
                skip_to = (size_t)(gt - s) + 1;
            } else if (!keep) {
                /* unclosed: only the start tag goes, the rest is parsed */
                const char *cgt = close ? memchr(close, '>', (size_t)(s + n - close)) : NULL;
                skip_to = cgt ? (size_t)(cgt - s) + 1 : (size_t)(gt - s) + 1;
            } else if (close) {
                i = (size_t)(close - s) + 2;
                continue;
            }
        }
        if (skip_to) {
            wt_buf_put(out, s + copied, i - copied);
            i = copied = skip_to;
            continue;
        }
        i++;
    }
    wt_buf_put(out, s + copied, n - copied);
}

/* 1 if the head declares a charset other than UTF-8 (meta charset or
 * http-equiv Content-Type) within the first 4 KiB. */
static bool declares_other_charset(const char *s, size_t n)
{
    size_t lim = n < 4096 ? n : 4096;
    for (size_t i = 0; i + 8 < lim; i++) {
        if (strncasecmp(s + i, "charset", 7) != 0)
            continue;
        size_t k = i + 7;
        while (k < lim && (s[k] == ' ' || s[k] == '=' || s[k] == '"' || s[k] == '\''))
            k++;
        if (k + 5 <= lim && (strncasecmp(s + k, "utf-8", 5) == 0 || strncasecmp(s + k, "utf8", 4) == 0))
            return false;
        return k < lim && isalnum((unsigned char)s[k]);
    }
    return false;
}

/* ---- class and id hints ---- */

/* Words in class/id that mark boilerplate, matched as whole tokens
 * (split at - _ space and case changes are not split). */
static const char *const NEGATIVE[] = {
    "comment", "comments", "komentar", "share", "sharing", "social", "sosmed", "related", "terkait",
    "recommended", "recommendation", "rekomendasi", "sidebar", "widget", "newsletter", "subscribe",
    "subscription", "promo", "promoted", "sponsor", "sponsored", "advert", "advertisement", "ads", "ad",
    "iklan", "banner", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "popup", "modal",
    "footer", "nav", "navbar", "navigation", "menu", "masthead", "tags", "tag", "topics", "author-bio",
    "bio", "byline", "meta", "dateline", "toolbar", "tools", "print", "pagination", "pager", "paging",
    "popular", "terpopuler", "trending", "most-read", "mostread", "outbrain", "taboola", "disqus",
    "signup", "login", "paywall", "hidden", "skip", "caption", "credit", "copyright", "disclaimer",
    "rating", "vote", "poll", "teaser", "more", "readmore", "read-more", "next", "prev", "feedback",
    NULL};
static const char *const POSITIVE[] = {"article", "articlebody", "article-body", "article_body", "body",
                                       "content", "entry", "entry-content", "main", "post", "post-content",
                                       "story", "story-body", "text", "blog", "detail", "isi", "berita",
                                       "artikel", "konten", "news", "page", "single", NULL};


static bool token_in(const char *s, size_t n, const char *const *list)
{
    char c = (char)tolower((unsigned char)s[0]);
    for (; *list; list++)
        if ((*list)[0] == c && strncasecmp(s, *list, n) == 0 && (*list)[n] == 0)
            return true;
    return false;
}

/* Counts negative and positive tokens in the class and id attributes. */
static void hints(const hnode *n, int *neg, int *pos)
{
    *neg = *pos = 0;
    if (!n->attrs)
        return;
    const char *names[] = {"class", "id", "role", "itemprop"};
    for (size_t k = 0; k < 4; k++) {
        const char *v = attr_ref(n, names[k]);
        if (!v || !*v)
            continue;
        size_t len = strlen(v);
        /* whole attribute value, then tokens */
        const char *p = v;
        while (*p) {
            while (*p && (isspace((unsigned char)*p) || *p == '-' || *p == '_' || *p == ':'))
                p++;
            const char *st = p;
            while (*p && !(isspace((unsigned char)*p) || *p == '-' || *p == '_' || *p == ':'))
                p++;
            size_t tl = (size_t)(p - st);
            if (!tl)
                continue;
            if (token_in(st, tl, NEGATIVE))
                (*neg)++;
            if (token_in(st, tl, POSITIVE))
                (*pos)++;
        }
        if (token_in(v, len, POSITIVE))
            (*pos)++;
        if (k == 2 && (strcasecmp(v, "navigation") == 0 || strcasecmp(v, "banner") == 0 ||
                       strcasecmp(v, "contentinfo") == 0 || strcasecmp(v, "complementary") == 0))
            *neg += 2;
        if (k == 3 && strcasecmp(v, "articleBody") == 0)
            *pos += 3;
    }
}

/* ---- metadata ---- */

static void meta_tags(const hnode *n, wt_html_article *a)
{
    for (; n; n = n->next) {
        if (!n->name)
            continue;
        if (name_is(n, "meta")) {
            const char *key = attr_ref(n, "property");
            if (!key)
                key = attr_ref(n, "name");
            if (!key)
                key = attr_ref(n, "itemprop");
            const char *content = attr_ref(n, "content");
            if (key && content) {
                const char *k = key;
                if (!strcasecmp(k, "og:title") || !strcasecmp(k, "twitter:title") || !strcasecmp(k, "dc.title"))
                    set_once(&a->title, content);
                else if (!strcasecmp(k, "article:published_time") || !strcasecmp(k, "datePublished") ||
                         !strcasecmp(k, "pubdate") || !strcasecmp(k, "publishdate") ||
                         !strcasecmp(k, "dc.date") || !strcasecmp(k, "dc.date.issued") ||
                         !strcasecmp(k, "date") || !strcasecmp(k, "article:published") ||
                         !strcasecmp(k, "og:published_time") || !strcasecmp(k, "sailthru.date") ||
                         !strcasecmp(k, "parsely-pub-date") || !strcasecmp(k, "content_PublishedDate"))
                    set_once(&a->date, content);
                else if (!strcasecmp(k, "author") || !strcasecmp(k, "article:author") ||
                         !strcasecmp(k, "dc.creator") || !strcasecmp(k, "parsely-author") ||
                         !strcasecmp(k, "content_author"))
                    set_once(&a->author, content);
                else if (!strcasecmp(k, "og:site_name") || !strcasecmp(k, "application-name"))
                    set_once(&a->site_name, content);
                else if (!strcasecmp(k, "og:url"))
                    set_once(&a->url, content);
            }
        } else if (name_is(n, "link")) {
            const char *rel = attr_ref(n, "rel");
            if (rel && !strcasecmp(rel, "canonical"))
                set_once(&a->url, attr_ref(n, "href"));
        } else if (name_is(n, "time") && !a->date) {
            set_once(&a->date, attr_ref(n, "datetime"));
        } else if (name_is(n, "html")) {
            set_once(&a->lang, attr_ref(n, "lang"));
        }
        meta_tags(n->children, a);
    }
}

static const char *json_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_object(v))
        return json_str(v, "name");
    if (json_is_array(v) && json_array_size(v) > 0) {
        json_t *f = json_array_get(v, 0);
        if (json_is_string(f))
            return json_string_value(f);
        if (json_is_object(f))
            return json_str(f, "name");
    }
    return NULL;
}

static void jsonld_object(json_t *o, wt_html_article *a, int depth)
{
    if (depth > 4)
        return;
    if (json_is_array(o)) {
        size_t i;
        json_t *v;
        json_array_foreach(o, i, v) jsonld_object(v, a, depth + 1);
        return;
    }
    if (!json_is_object(o))
        return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph)
        jsonld_object(graph, a, depth + 1);
    const char *type = json_str(o, "@type");
    bool article = type && (strstr(type, "Article") || strstr(type, "Posting") || !strcmp(type, "Report"));
    if (!article)
        return;
    set_once(&a->title, json_str(o, "headline"));
    set_once(&a->date, json_str(o, "datePublished"));
    set_once(&a->author, json_str(o, "author"));
    set_once(&a->site_name, json_str(o, "publisher"));
}

static void jsonld(const hnode *n, wt_html_article *a)
{
    for (; n; n = n->next) {
        if (name_is(n, "script")) {
            const char *type = attr_ref(n, "type");
            if (type && !strcasecmp(type, "application/ld+json")) {
                wt_buf b;
                wt_buf_init(&b, 0);
                gather_text(n, &b);
                json_t *j = b.ptr ? json_loads(b.ptr, JSON_DECODE_ANY, NULL) : NULL;
                if (j) {
                    jsonld_object(j, a, 0);
                    json_decref(j);
                }
                wt_buf_free(&b);
            }
            continue;
        }
        if (n->name)
            jsonld(n->children, a);
    }
}

/* ---- text measures ---- */

static size_t text_len(const hnode *n)
{
    if (n->have_stats)
        return n->st.text;
    size_t len = 0;
    for (const hnode *c = n->children; c; c = c->next) {
        if (!c->name) {
            for (size_t i = 0; i < c->text_len; i++)
                len += !isspace((unsigned char)c->text[i]);
        } else {
            len += text_len(c);
        }
    }
    return len;
}

static size_t link_len(const hnode *n)
{
    if (n->have_stats)
        return n->st.links;
    size_t len = 0;
    for (const hnode *c = n->children; c; c = c->next)
        if (c->name)
            len += name_is(c, "a") ? text_len(c) : link_len(c);
    return len;
}

/* Fills the statistics bottom-up. */
static void fill_stats(hnode *n)
{
    stats st = {0, 0, 0};
    for (hnode *c = n->children; c; c = c->next) {
        if (!c->name) {
            for (size_t i = 0; i < c->text_len; i++) {
                st.text += !isspace((unsigned char)c->text[i]);
                st.commas += c->text[i] == ',';
            }
        } else {
            fill_stats(c);
            st.text += c->st.text;
            st.commas += c->st.commas;
            st.links += name_is(c, "a") ? c->st.text : c->st.links;
        }
    }
    n->st = st;
    n->have_stats = true;
}

/* ---- pruning ---- */

static const char *const DROP_TAGS[] = {"script", "style", "noscript", "template", "iframe", "svg", "canvas",
                                        "object", "embed", "button", "input", "select", "textarea", "nav",
                                        "aside", "footer", "link", "meta", "head", "map", "audio",
                                        "video", "picture", "source", "label", "dialog", "menu", "title", NULL};

static bool hidden(const hnode *n)
{
    if (!n->attrs)
        return false;
    if (attr_ref(n, "hidden"))
        return true;
    const char *v = attr_ref(n, "aria-hidden");
    if (v && !strcasecmp(v, "true"))
        return true;
    v = attr_ref(n, "style");
    if (v && strchr(v, ':')) {
        char tmp[256];
        size_t k = 0;
        for (; *v && k + 1 < sizeof tmp; v++) /* drop spaces: "display: none" */
            if (!isspace((unsigned char)*v))
                tmp[k++] = (char)tolower((unsigned char)*v);
        tmp[k] = 0;
        return strstr(tmp, "display:none") || strstr(tmp, "visibility:hidden");
    }
    return false;
}

/* Holds the article: an <article>, <main> or itemprop=articleBody inside. */
static bool holds_article(const hnode *n)
{
    for (const hnode *c = n->children; c; c = c->next) {
        if (!c->name)
            continue;
        if (name_is(c, "article") || name_is(c, "main"))
            return true;
        const char *ip = attr_ref(c, "itemprop");
        if ((ip && !strcasecmp(ip, "articleBody")) || holds_article(c))
            return true;
    }
    return false;
}

/* Holds a paragraph of at least 50 characters. */
static bool holds_paragraph(const hnode *n)
{
    for (const hnode *c = n->children; c; c = c->next) {
        if (!c->name)
            continue;
        if ((name_is(c, "p") && text_len(c) >= 50) || holds_paragraph(c))
            return true;
    }
    return false;
}

static void unlink_node(hnode *n)
{
    hnode *p = n->parent, *prev = NULL;
    for (hnode *c = p->children; c && c != n; c = c->next)
        prev = c;
    if (prev)
        prev->next = n->next;
    else
        p->children = n->next;
    if (p->last == n)
        p->last = prev;
}

static void prune(hnode *parent)
{
    hnode *next;
    for (hnode *n = parent->children; n; n = next) {
        next = n->next;
        if (!n->name)
            continue;
        bool drop = name_in(n, DROP_TAGS) || hidden(n);
        /* a form is a search box or a login, unless a whole page is
         * wrapped in one (ASP.NET): then it holds paragraphs */
        if (!drop && name_is(n, "form") && text_len(n) < 1000 && !holds_paragraph(n))
            drop = true;
        if (!drop && !name_is(n, "body") && !name_is(n, "html")) {
            int neg, pos;
            hints(n, &neg, &pos);
            /* a boilerplate name wins unless a content name is there too;
             * never drop on its name alone a large block or one that holds
             * the article (a page wrapper named "advertisement-pusher") */
            if (neg > pos && text_len(n) < 3000 && !holds_article(n))
                drop = true;
        }
        if (!drop && name_is(n, "header")) {
            /* the page header goes; an article header holds title and date,
             * which are not body text either */
            drop = true;
        }
        if (drop) {
            unlink_node(n);
            continue;
        }
        prune(n);
    }
}

static const char *const BLOCK_TAGS[] = {"p", "div", "section", "article", "main", "td", "th", "li", "ul", "ol",
                                         "dl", "dd", "dt", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5",
                                         "h6", "table", "tr", "tbody", "thead", "figure", "figcaption", "hr",
                                         "br", "center", "address", "header", NULL};

static bool is_block(const hnode *n) { return name_in(n, BLOCK_TAGS); }

/* Paragraph-like: p, pre, blockquote, td, or a div/section with text of
 * its own (not only in child blocks). */
static bool has_own_text(const hnode *n)
{
    for (const hnode *c = n->children; c; c = c->next) {
        if (!c->name) {
            for (size_t i = 0; i < c->text_len; i++)
                if (!isspace((unsigned char)c->text[i]))
                    return true;
        } else if (!is_block(c) && text_len(c) > 0) {
            return true;
        }
    }
    return false;
}

/* ---- scoring ---- */

typedef struct cand {
    hnode *node;
    double score;
} cand;

typedef struct scorer {
    cand *v;
    size_t n, cap;
} scorer;

static cand *cand_of(scorer *s, hnode *node)
{
    if (node->cand)
        return &s->v[node->cand - 1];
    if (!wt_heap_grow(&s->v, s->n, &s->cap, sizeof *s->v))
        return NULL;
    int neg, pos;
    hints(node, &neg, &pos);
    /* hint words count, up to three either way */
    double base = 25.0 * (pos - neg > 3 ? 3 : pos - neg < -3 ? -3 : pos - neg);
    if (name_is(node, "article"))
        base += 10;
    else if (name_is(node, "main"))
        base += 5;
    s->v[s->n] = (cand){node, base};
    node->cand = s->n + 1;
    return &s->v[s->n++];
}

static bool score_blocks(hnode *parent, scorer *s)
{
    for (hnode *n = parent->children; n; n = n->next) {
        if (!n->name)
            continue;
        bool para = name_is(n, "p") || name_is(n, "pre") || name_is(n, "blockquote") || name_is(n, "td") ||
                    ((name_is(n, "div") || name_is(n, "section") || name_is(n, "article")) && has_own_text(n));
        if (para) {
            size_t len = text_len(n);
            if (len >= 25) {
                double links = (double)link_len(n) / (double)len;
                double sc = (1.0 + (double)n->st.commas + fmin((double)len / 100.0, 3.0)) * (1.0 - links);
                hnode *anc = n->parent;
                for (int level = 0; anc && anc->name && level < 4; level++, anc = anc->parent) {
                    cand *c = cand_of(s, anc);
                    if (!c)
                        return false;
                    c->score += sc / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
                }
            }
        }
        if (!score_blocks(n, s))
            return false;
    }
    return true;
}

static hnode *find_marked(hnode *parent)
{
    for (hnode *n = parent->children; n; n = n->next) {
        if (!n->name)
            continue;
        const char *ip = attr_ref(n, "itemprop");
        if (ip && !strcasecmp(ip, "articleBody"))
            return n;
        hnode *f = find_marked(n);
        if (f)
            return f;
    }
    return NULL;
}

static bool contains(const hnode *outer, const hnode *inner)
{
    for (; inner; inner = inner->parent)
        if (inner == outer)
            return true;
    return false;
}

/* ---- output ---- */

typedef struct emitter {
    wt_buf *out;
    bool at_para_start; /* nothing written in the current paragraph */
    bool pending_space;
} emitter;

static void para_break(emitter *e)
{
    if (!e->at_para_start && e->out->len)
        wt_buf_puts(e->out, "\n\n");
    e->at_para_start = true;
    e->pending_space = false;
}

static void put_text(emitter *e, const char *t, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (isspace((unsigned char)t[i])) {
            if (!e->at_para_start)
                e->pending_space = true;
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && !isspace((unsigned char)t[j]))
            j++;
        if (e->pending_space) {
            wt_buf_putc(e->out, ' ');
            e->pending_space = false;
        }
        wt_buf_put(e->out, t + i, j - i);
        e->at_para_start = false;
        i = j;
    }
}

/* A block inside the article that is a list of links or a tiny widget. */
static bool skip_inside(const hnode *n)
{
    if (!is_block(n) || name_is(n, "p"))
        return false;
    size_t len = text_len(n);
    if (len == 0)
        return true;
    double ld = (double)link_len(n) / (double)len;
    return ld > 0.5 && (name_is(n, "ul") || name_is(n, "ol") || name_is(n, "div") || name_is(n, "section") ||
                        name_is(n, "table"));
}

static void emit(emitter *e, const hnode *n)
{
    for (; n; n = n->next) {
        if (!n->name) {
            put_text(e, n->text, n->text_len);
            continue;
        }
        if (name_is(n, "br")) {
            para_break(e);
            continue;
        }
        if (name_is(n, "figcaption") || name_is(n, "figure") || name_is(n, "h1"))
            continue;
        if (skip_inside(n))
            continue;
        bool block = is_block(n);
        if (block)
            para_break(e);
        emit(e, n->children);
        if (block)
            para_break(e);
    }
}

wt_status wt_html_extract(const char *html, size_t n, const char *url_hint, wt_html_article *out, wt_error *err)
{
    memset(out, 0, sizeof *out);
    wt_buf_init(&out->text, 0);
    if (n > INT32_MAX)
        return wt_fail(err, WT_ETOOBIG, NULL, 0, -1, "HTML page over 2 GiB");
    if (n == 0)
        return WT_OK; /* an empty page has no text; the pipeline says so */
    wt_buf lean;
    wt_buf_init(&lean, 0);
    wt_buf_reserve(&lean, n);
    strip_raw_text(html, n, &lean);
    wt_arena *arena = wt_arena_new(lean.len + 4096);
    builder b = {.a = arena};
    if (lean.oom || !arena) {
        wt_buf_free(&lean);
        wt_arena_free(arena);
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    }
    /* a root above <html> so that text before it has a place */
    b.root = b.cur = new_node(&b, "#root");
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(lean.ptr ? lean.ptr : "", (int)lean.len);
    if (!ctxt || !b.root) {
        wt_buf_free(&lean);
        wt_arena_free(arena);
        return wt_fail(err, WT_EINPUT, NULL, 0, -1, "libxml2 could not start parsing the page");
    }
    /* our handlers only: libxml2 builds no DOM */
    xmlSAXHandler *sax = ctxt->sax;
    int initialized = (int)sax->initialized;
    memset(sax, 0, sizeof *sax);
    sax->initialized = (unsigned)initialized;
    sax->startElement = on_start;
    sax->endElement = on_end;
    sax->characters = on_text;
    sax->cdataBlock = on_text;
    sax->ignorableWhitespace = on_text;
    sax->warning = on_silence;
    sax->error = on_silence;
    ctxt->userData = &b;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
    /* a page that declares no other charset is read as UTF-8 straight away
     * (libxml2 otherwise starts from Latin-1 and switches late) */
    if (!declares_other_charset(lean.ptr ? lean.ptr : "", lean.len))
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    if (ctxt->myDoc)
        xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
    wt_buf_free(&lean);
    if (b.oom) {
        wt_arena_free(arena);
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    }
    hnode *root = b.root;
    jsonld(root->children, out);
    meta_tags(root->children, out);
    /* <title> as a fallback title */
    if (!out->title) {
        hnode *stack[64];
        size_t sp = 0;
        stack[sp++] = root;
        while (sp && !out->title) {
            hnode *x = stack[--sp];
            for (hnode *c = x->children; c; c = c->next) {
                if (name_is(c, "title")) {
                    wt_buf t;
                    wt_buf_init(&t, 0);
                    gather_text(c, &t);
                    set_once(&out->title, t.ptr);
                    wt_buf_free(&t);
                    break;
                }
                if (c->name && (name_is(c, "html") || name_is(c, "head")) && sp < 64)
                    stack[sp++] = c;
            }
        }
    }
    if (!out->url && url_hint)
        out->url = dup_trim(url_hint);

    prune(root);
    fill_stats(root);
    scorer s = {0};
    score_blocks(root, &s);
    hnode *best = NULL;
    double best_score = 0;
    for (size_t i = 0; i < s.n; i++) {
        size_t len = s.v[i].node->st.text;
        if (!len)
            continue;
        double ld = (double)s.v[i].node->st.links / (double)len;
        double sc = s.v[i].score * (1.0 - ld);
        if (sc > best_score) {
            best_score = sc;
            best = s.v[i].node;
        }
    }
    hnode *marked = find_marked(root);
    if (marked && best && (contains(marked, best) || contains(best, marked))) {
        size_t ml = text_len(marked), bl = text_len(best);
        if (contains(best, marked) ? ml * 10 >= bl * 7 : true)
            best = marked;
    } else if (marked && !best) {
        best = marked;
    }
    if (!best)
        best = root;
    emitter e = {&out->text, true, false};
    if (best->parent && best != marked && !name_is(best, "body") && best != root) {
        /* siblings of the winner that read like more of the article (a
         * story split around an ad or a paywall box) come along, in order */
        double threshold = fmax(10.0, best_score * 0.2);
        for (hnode *sib = best->parent->children; sib; sib = sib->next) {
            if (!sib->name)
                continue;
            bool take = sib == best;
            if (!take) {
                size_t len = sib->st.text;
                double ld = len ? (double)sib->st.links / (double)len : 1.0;
                double sc = sib->cand ? s.v[sib->cand - 1].score * (1.0 - ld) : 0;
                take = sc >= threshold || (name_is(sib, "p") && len > 80 && ld < 0.25);
            }
            if (take) {
                para_break(&e);
                if (sib == best)
                    emit(&e, sib->children);
                else {
                    hnode *save = sib->next;
                    sib->next = NULL; /* emit this one element only */
                    emit(&e, sib);
                    sib->next = save;
                }
            }
        }
    } else {
        emit(&e, best->children);
    }
    free(s.v);
    wt_arena_free(arena);
    if (out->text.oom) {
        wt_html_article_free(out);
        return wt_fail(err, WT_ENOMEM, NULL, 0, -1, "out of memory");
    }
    return WT_OK;
}

void wt_html_article_free(wt_html_article *a)
{
    wt_buf_free(&a->text);
    free(a->title);
    free(a->date);
    free(a->author);
    free(a->site_name);
    free(a->url);
    free(a->lang);
    memset(a, 0, sizeof *a);
}
