/* process.c - the smallest program that embeds libwarta: reads one
 * article from standard input and prints its record's events and quotes.
 *
 *   cc process.c $(pkg-config --cflags --libs warta) -o process
 *   ./process < article.txt
 *
 * The data folder (with ner.model) is the installed one unless
 * WARTA_DATA_DIR names another: the library reads no environment
 * variable itself, the program chooses. */
#include <warta.h>

#include <stdio.h>
#include <stdlib.h>

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16;
    char *buf = malloc(cap);
    *len = 0;
    size_t n;
    while (buf && (n = fread(buf + *len, 1, cap - *len, f)) > 0) {
        *len += n;
        if (*len == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    return buf;
}

int main(void)
{
    wt_config cfg;
    wt_config_init(&cfg);
    if (getenv("WARTA_DATA_DIR"))
        cfg.data_dir = getenv("WARTA_DATA_DIR");
    wt_pipeline *p;
    wt_worker *w;
    wt_error err;
    wt_error_clear(&err);
    char msg[1200];
    if (wt_pipeline_new(&cfg, &p, &err) != WT_OK || wt_worker_new(p, &w, &err) != WT_OK) {
        wt_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "process: %s\n", msg);
        return 2;
    }
    size_t len;
    char *text = read_all(stdin, &len);
    wt_input in = {.id = "stdin", .origin = "-", .text = text ? text : "", .text_len = text ? len : 0,
                   .title_in_text = 1};
    wt_doc *d;
    int rc = 0;
    if (wt_process(w, &in, NULL, &d, &err) != WT_OK) {
        wt_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "process: %s\n", msg);
        rc = 1;
    } else {
        printf("warta %s, %s: %zu entities, %zu events, %zu quotes\n", d->warta_version, d->model_version,
               d->n_entities, d->n_events, d->n_quotes);
        for (size_t i = 0; i < d->n_events; i++)
            printf("event %s %s -> %s\n", d->events[i].type, d->events[i].actor1.name ? d->events[i].actor1.name : "-",
                   d->events[i].actor2.name ? d->events[i].actor2.name : "-");
        for (size_t i = 0; i < d->n_quotes; i++)
            printf("quote by %s: %.*s\n", d->quotes[i].speaker_name ? d->quotes[i].speaker_name : "(unknown)",
                   (int)(d->quotes[i].end - d->quotes[i].start), d->text + d->quotes[i].start);
        wt_doc_free(d);
    }
    free(text);
    wt_worker_free(w);
    wt_pipeline_free(p);
    return rc;
}
