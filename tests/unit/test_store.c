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

static void near_duplicates_are_linked_not_dropped(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char db[256];
    snprintf(db, sizeof db, "%s/w.db", dir);
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    const char *story =
        "Pemerintah Indonesia dan Jepang menandatangani nota kesepahaman tentang energi bersih di Tokyo "
        "pada Senin. Kerja sama itu mencakup pembangkit listrik tenaga panas bumi, hidrogen hijau, dan "
        "pelatihan teknisi muda. Menteri Energi mengatakan proyek pertama dimulai tahun depan di Sumatra "
        "Utara dengan nilai investasi sekitar dua miliar dolar. Pihak Jepang berjanji mengirim tenaga ahli "
        "dan membuka beasiswa bagi mahasiswa teknik dari berbagai provinsi di Indonesia.";
    char copy[2048], other[2048];
    /* the same wire story with another site's footer line */
    snprintf(copy, sizeof copy, "%s\nIkuti berita terbaru kami setiap hari.", story);
    snprintf(other, sizeof other, "%s", "Harga beras di pasar induk turun tipis pada pekan ini setelah panen raya "
             "dimulai di sejumlah daerah penghasil di Jawa Tengah dan Jawa Timur. Pedagang mengatakan pasokan "
             "meningkat dua kali lipat dibandingkan bulan lalu, sementara permintaan relatif stabil menjelang "
             "akhir tahun. Pemerintah memantau harga agar petani tetap mendapat keuntungan yang layak dan "
             "konsumen tidak terbebani oleh kenaikan biaya distribusi.");
    wt_doc *a = tu_process(story, 0), *b = tu_process(copy, 0), *c = tu_process(other, 0);
    assert_true(a->simhash != 0);
    int added;
    assert_int_equal(wt_store_add(st, a, &added, &err), WT_OK);
    assert_int_equal(wt_store_add(st, b, &added, &err), WT_OK);
    assert_int_equal(added, 1); /* kept, not dropped */
    assert_int_equal(wt_store_add(st, c, &added, &err), WT_OK);
    wt_store_flush(st, &err);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 3);
    assert_int_equal(count(st, "SELECT count(*) FROM duplicates"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM duplicates x JOIN documents d ON d.id = x.doc "
                               "WHERE d.hash = (SELECT hash FROM documents ORDER BY id LIMIT 1 OFFSET 1)"),
                     1);
    wt_doc_free(a);
    wt_doc_free(b);
    wt_doc_free(c);
    wt_store_close(st);
    tu_rm_rf(dir);
}

static void an_old_database_is_migrated(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char db[256];
    snprintf(db, sizeof db, "%s/old.db", dir);
    sqlite3 *raw;
    assert_int_equal(sqlite3_open(db, &raw), SQLITE_OK);
    assert_int_equal(sqlite3_exec(raw,
                                  "CREATE TABLE warta_meta(key TEXT PRIMARY KEY, value TEXT);"
                                  "INSERT INTO warta_meta VALUES ('schema_version','1');"
                                  "CREATE TABLE documents(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE,"
                                  " doc_id TEXT, origin TEXT, source TEXT, url TEXT, title TEXT, date TEXT,"
                                  " dateline TEXT, text TEXT NOT NULL, meta TEXT, warnings TEXT, source_map TEXT,"
                                  " n_paragraphs INTEGER, n_sentences INTEGER, n_tokens INTEGER,"
                                  " ingested_at TEXT NOT NULL DEFAULT 'x');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(raw);
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    wt_doc *d = tu_process("Dokumen baru di basis data lama yang sudah dimigrasikan ke versi terbaru.", 0);
    int added;
    assert_int_equal(wt_store_add(st, d, &added, &err), WT_OK);
    wt_store_flush(st, &err);
    assert_int_equal(count(st, "SELECT value FROM warta_meta WHERE key='schema_version'"), WT_SCHEMA_VERSION);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);
    wt_doc_free(d);
    wt_store_close(st);
    tu_rm_rf(dir);
}

/* A database of schema 5 gains span texts, quote ids, the days an event's
 * date covers and a table of domains, with nothing lost. */
static void a_schema_5_database_is_upgraded(void **state)
{
    (void)state;
    const char *dir = tu_tmpdir();
    char db[256];
    snprintf(db, sizeof db, "%s/v5.db", dir);
    sqlite3 *raw;
    assert_int_equal(sqlite3_open(db, &raw), SQLITE_OK);
    assert_int_equal(
        sqlite3_exec(raw,
                     "CREATE TABLE warta_meta(key TEXT PRIMARY KEY, value TEXT);"
                     "INSERT INTO warta_meta VALUES ('schema_version','5');"
                     "CREATE TABLE documents(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, doc_id TEXT,"
                     " origin TEXT, source TEXT, url TEXT, title TEXT, date TEXT, dateline TEXT, agency TEXT,"
                     " text TEXT NOT NULL, meta TEXT, warnings TEXT, source_map TEXT, n_paragraphs INTEGER,"
                     " n_sentences INTEGER, n_tokens INTEGER, simhash INTEGER, warta_version TEXT,"
                     " model_version TEXT, topic TEXT, topic_p REAL, ingested_at TEXT NOT NULL DEFAULT 'x');"
                     "CREATE TABLE entities(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, idx INTEGER NOT NULL,"
                     " type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT, confidence REAL);"
                     "CREATE TABLE mentions(entity INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);"
                     "CREATE TABLE dates(doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
                     " value TEXT NOT NULL);"
                     "CREATE TABLE quantities(doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
                     " value REAL, unit TEXT, object TEXT, approx TEXT);"
                     "CREATE TABLE quotes(doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
                     " text TEXT NOT NULL, speaker TEXT, verb TEXT, kind TEXT, entity INTEGER, cue_start INTEGER,"
                     " cue_end INTEGER, confidence REAL);"
                     "CREATE TABLE events(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, type TEXT NOT NULL,"
                     " mode TEXT, cameo TEXT, actor1 TEXT, actor1_country TEXT, actor1_entity INTEGER, actor2 TEXT,"
                     " actor2_country TEXT, actor2_entity INTEGER, date TEXT, location TEXT, domains TEXT,"
                     " start INTEGER, end INTEGER, confidence REAL);"
                     "INSERT INTO documents(id, hash, text) VALUES (1, 'h', 'Ketua Rusia bertemu Indonesia.');"
                     "INSERT INTO entities VALUES (1, 1, 0, 'LOC', 'Rusia', 'RUS', NULL, 1);"
                     "INSERT INTO mentions VALUES (1, 6, 11);"
                     "INSERT INTO dates VALUES (1, 0, 5, '2019');"
                     "INSERT INTO quotes VALUES (1, 0, 30, 'Ketua Rusia bertemu Indonesia.', 'Rusia', 'kata',"
                     " 'direct', 1, NULL, NULL, 0.5);"
                     "INSERT INTO events(id, doc, type, date, domains, start, end) VALUES"
                     " (1, 1, 'CONSULT', '2019-W37', 'nuclear,energy', 0, 30), (2, 1, 'AGREE', '', '', 0, 5);",
                     NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(raw);
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(db, &st, &err), WT_OK);
    assert_int_equal(count(st, "SELECT value FROM warta_meta WHERE key='schema_version'"), WT_SCHEMA_VERSION);
    assert_int_equal(count(st, "SELECT count(*) FROM mentions WHERE text = 'Rusia'"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM dates WHERE text = 'Ketua'"), 1);
    assert_int_equal(count(st, "SELECT id FROM quotes WHERE speaker = 'Rusia'"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM events WHERE id = 1 AND date_start = '2019-09-09'"
                               " AND date_end = '2019-09-15' AND text = 'Ketua Rusia bertemu Indonesia.'"),
                     1);
    assert_int_equal(count(st, "SELECT count(*) FROM events WHERE id = 2 AND date_start IS NULL"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM event_domains WHERE event = 1"), 2);
    assert_int_equal(count(st, "SELECT count(*) FROM event_domains WHERE event = 2"), 0);
    assert_int_equal(count(st, "SELECT count(*) FROM events_full WHERE evidence LIKE 'Ketua%'"), 2);
    assert_int_equal(count(st, "SELECT count(*) FROM mentions_full WHERE text = 'Rusia' AND doc = 1"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM quotes_full WHERE speaker_country = 'RUS'"), 1);
    wt_store_close(st);
    tu_rm_rf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_document_twice_changes_nothing),
        cmocka_unit_test(a_failing_document_leaves_no_rows),
        cmocka_unit_test(near_duplicates_are_linked_not_dropped),
        cmocka_unit_test(an_old_database_is_migrated),
        cmocka_unit_test(a_schema_5_database_is_upgraded),
    };
    return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
