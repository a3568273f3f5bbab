/* topic.h - what an article is about (news, world, economy, sport,
 * entertainment, lifestyle, technology...): an averaged perceptron over
 * hashed lower-cased words of the title and the text, trained on articles
 * labelled by their outlet's section (docs/topic.md). Events are coded only
 * where the topic is one of relations between actors. */
#ifndef WT_TOPIC_H
#define WT_TOPIC_H

#include "../base/base.h"

#define WT_MAX_TOPICS 16

typedef struct wt_topics wt_topics;

wt_status wt_topics_load(const char *path, wt_topics **out, wt_error *err);
/* The same of a model file already read (the blob is taken and freed;
 * errors name path). */
wt_status wt_topics_load_blob(wt_blob *blob, const char *path, wt_topics **out, wt_error *err);
void wt_topics_free(wt_topics *m);

/* The best topic of a document (its title and text) and the model's
 * probability for it (softmax of the scores). */
const char *wt_topics_classify(const wt_topics *m, const char *title, const char *text, size_t len, double *p);

/* Topics of articles that hold no relations between states: their events
 * are not coded. */
bool wt_topic_is_offtopic(const char *topic);

#endif
