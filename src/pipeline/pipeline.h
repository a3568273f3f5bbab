/* pipeline.h - what a wt_pipeline holds (loaded once, read-only, shared
 * by every worker) and what a wt_worker owns (not shared). The public
 * side is in warta.h; docs/library.md describes both. */
#ifndef WT_PIPELINE_H
#define WT_PIPELINE_H

#include "../base/base.h"
#include "../clean/clean.h"
#include "../entities/entities.h"
#include "../facts/facts.h"
#include "../kb/kb.h"
#include "../lexicon/abbrev.h"
#include "../lexicon/freq.h"
#include "../lexicon/lexicon.h"
#include "../lexicon/titles.h"
#include "../segment/segment.h"
#include "../tag/ner.h"
#include "../syntax/syntax.h"
#include "../topic/topic.h"

struct wt_pipeline {
    char hunspell_dir[1024]; /* where id_ID.dic was found */
    char model_version[96];  /* "ner-" and the tagger file's XXH3-64 (or "none"), "+topic-" and the classifier's,
                               "+syntax-" and the parser's */
    wt_kb *kb;
    wt_freq_table *freq;
    wt_typos *typos;
    wt_abbrevs *abbr;
    wt_charsets *charsets;
    wt_boilerplate *boilerplate;
    wt_titles *titles;
    wt_verbs *verbs;
    wt_event_rules *events;
    wt_ner *ner; /* NULL only when the configuration asked for no tagger */
    wt_topics *topics; /* NULL: no topic classifier */
    wt_syntax *syntax; /* NULL: --no-parse */
};

struct wt_worker {
    const wt_pipeline *p;
    wt_lexicon *lex;        /* Hunspell handles are not thread-safe */
    wt_repairer *repairer;  /* with its memo of word analyses */
    wt_tag_memo *tag_memo;  /* the words the tagger has read (NULL: none) */
    wt_ner_memo *ner_memo;  /* the words the entity tagger has read (NULL: none) */
};

#endif
