/* html.h - an HTML page to its article: main text, title, date, author,
 * site name, canonical URL. Parsing is libxml2's HTML parser; the main text
 * is found by scoring blocks of text (docs/clean.md). */
#ifndef WT_HTML_H
#define WT_HTML_H

#include "../base/base.h"

typedef struct wt_html_article {
    wt_buf text;     /* paragraphs separated by blank lines */
    char *title;     /* each NULL when absent; free with wt_html_article_free */
    char *date;      /* as found (ISO 8601 in meta tags, usually) */
    char *author;
    char *site_name;
    char *url;
    char *lang;
} wt_html_article;

/* Extracts the article from html[0..n). url_hint (may be NULL) is used when
 * the page names none. Returns WT_EINPUT for a page libxml2 cannot parse at
 * all (err says why), WT_OK otherwise (the text may be empty). */
wt_status wt_html_extract(const char *html, size_t n, const char *url_hint, wt_html_article *out, wt_error *err);
void wt_html_article_free(wt_html_article *a);

/* 1 if the bytes look like HTML (a doctype or <html>, <head>, <body> near the start). */
bool wt_looks_like_html(const char *s, size_t n);

#endif
