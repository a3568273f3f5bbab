/* tools.c - the public training and tagging calls that read the
 * knowledge base and dictionary through a worker. */
#include "pipeline.h"

#include <string.h>

wt_status wt_ner_train(const wt_corpus *train, const wt_corpus *dev, const wt_ner_opts *opts, wt_ner **out,
                       wt_error *err)
{
    *out = NULL;
    if (!opts->worker)
        return wt_fail(err, WT_EUSAGE, "train", 0, -1, "training needs a worker (its knowledge base and dictionary)");
    wt_ner_env env = {opts->worker->p->kb, opts->worker->lex, NULL};
    return wt_ner_train_env(train, dev, opts, &env, out, err);
}

int **wt_ner_tag_corpus(const wt_ner *m, wt_worker *w, const wt_corpus *c)
{
    wt_ner_env env = {w->p->kb, w->lex, NULL};
    return wt_ner_tag_corpus_env(m, &env, c);
}

const char *wt_canonical_name(const wt_worker *w, const char *name)
{
    wt_kb_kind k;
    const wt_kb_entity *e = name ? wt_kb_lookup(w->p->kb, name, strlen(name), &k) : NULL;
    if (!e && name) {
        /* a person's last name alone, when only one known person has it */
        const char *sp = strrchr(name, ' ');
        if (!sp)
            e = wt_kb_person_by_part(w->p->kb, name, strlen(name));
    }
    return e ? e->name : NULL;
}
