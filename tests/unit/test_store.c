/* Unit tests: the SQLite store: idempotence, FTS, consistency. */
#include "testutil.h"

#include "store/store.h"

static long long count(wt_store *st, const char *sql)
{
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(wt_store_db(st), sql, -1, &s, NULL), SQLITE_OK);
    long long v = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

static void same_document_twice_changes_nothing(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char db[256];
    snprintf(db, sizeof db, "%s/w.db", dir);
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    wt_doc *d = tu_process("Kerja Sama Nuklir\nRusia dan Indonesia bertemu di Jakarta. Mereka sepakat.", 1);
    int added;
    assert_int_equal(wt_store_add(st, d, &added, &err), WT_OK);
    assert_int_equal(added, 1);
    assert_int_equal(wt_store_add(st, d, &added, &err), WT_OK);
    assert_int_equal(added, 0);
    assert_int_equal(wt_store_flush(st, &err), WT_OK);
    assert_true(wt_store_has(st, d->hash));
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM sentences"), 2);
    assert_int_equal(count(st, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'sepakat'"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'title:nuklir'"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Vietnam'"), 0);
    wt_doc_free(d);
    wt_store_close(st);

    /* reopening keeps the data and the schema version */
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);
    assert_int_equal(count(st, "SELECT value FROM warta_meta WHERE key='schema_version'"), WT_SCHEMA_VERSION);
    wt_store_close(st);
    tu_rm_rf(dir);
}

static void a_failing_document_leaves_no_rows(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char db[256];
    snprintf(db, sizeof db, "%s/w.db", dir);
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    /* make sentence inserts fail after the document row went in */
    assert_int_equal(sqlite3_exec(wt_store_db(st),
                                  "CREATE TRIGGER boom BEFORE INSERT ON sentences WHEN new.idx = 1 "
                                  "BEGIN SELECT RAISE(ABORT, 'boom'); END;",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    wt_doc *bad = tu_process("Satu kalimat. Dua kalimat.", 0);
    wt_doc *good = tu_process("Hanya satu kalimat.", 0);
    int added;
    assert_int_equal(wt_store_add(st, bad, &added, &err), WT_EDB);
    assert_non_null(strstr(err.msg, "boom"));
    assert_int_equal(wt_store_add(st, good, &added, &err), WT_OK);
    assert_int_equal(added, 1);
    assert_int_equal(wt_store_flush(st, &err), WT_OK);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM sentences"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM documents_fts"), 1);
    wt_doc_free(bad);
    wt_doc_free(good);
    wt_store_close(st);
    tu_rm_rf(dir);
}

static void queries_print_rows(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char db[256];
    snprintf(db, sizeof db, "%s/w.db", dir);
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    wt_doc *d = tu_process("Putin Bertemu Prabowo\nPresiden Rusia bertemu Presiden Indonesia di St. Petersburg.", 1);
    int added;
    assert_int_equal(wt_store_add(st, d, &added, &err), WT_OK);
    wt_store_flush(st, &err);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_int_equal(wt_query_search(st, "petersburg", 10, WT_Q_JSON, f, &err), WT_OK);
    fclose(f);
    assert_non_null(strstr(out, "\"title\":\"Putin Bertemu Prabowo\""));
    assert_non_null(strstr(out, "[Petersburg]"));
    free(out);
    f = open_memstream(&out, &len);
    assert_int_equal(wt_query_search(st, "\"unbalanced", 10, WT_Q_JSON, f, &err), WT_EDB);
    fclose(f);
    free(out);
    f = open_memstream(&out, &len);
    assert_int_equal(wt_query_doc(st, d->hash, WT_Q_TSV, f, &err), WT_OK);
    fclose(f);
    assert_non_null(strstr(out, "# sentences"));
    assert_non_null(strstr(out, "Presiden Rusia bertemu Presiden Indonesia di St. Petersburg."));
    free(out);
    f = open_memstream(&out, &len);
    assert_int_equal(wt_query_doc(st, "no-such-doc", WT_Q_TSV, f, &err), WT_EUSAGE);
    fclose(f);
    free(out);
    wt_doc_free(d);
    wt_store_close(st);
    tu_rm_rf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_document_twice_changes_nothing),
        cmocka_unit_test(a_failing_document_leaves_no_rows),
        cmocka_unit_test(queries_print_rows),
    };
    return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
