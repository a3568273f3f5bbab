/* Unit tests: the query layer (src/query/) over a hand-made store: filters,
 * date overlap, spellings, pages, counts, formats and refusals. */
#include "testutil.h"

#include "query/build.h"
#include "store/pg.h"
#include "store/store.h"

#include <libpq-fe.h>
#include <sys/stat.h>

/* One article and its facts, written as rows (every value chosen by hand). */
static const char ROWS[] =
    "INSERT INTO documents(id, hash, doc_id, source, url, title, date, text, topic) VALUES"
    " (1, 'h1', 'a-1', 'kabar.id', 'https://kabar.id/1', 'Jokowi bertemu Xi', '2019-09-10',"
    "  'Jokowi bertemu Xi Jinping di Beijing.', 'world'),"
    " (2, 'h2', 'a-2', 'warta.id', 'https://warta.id/2', 'Sepak bola', '2019-09-12',"
    "  'Timnas menang 2-0 di Jakarta.', 'sport');"
    "INSERT INTO entities(id, doc, idx, type, name, country, role) VALUES"
    " (1, 1, 0, 'PER', 'Joko Widodo', 'IDN', 'head_of_state'), (2, 1, 1, 'PER', 'Xi Jinping', 'CHN', NULL);"
    "INSERT INTO mentions(entity, start, \"end\", text) VALUES (1, 0, 6, 'Jokowi'), (2, 15, 25, 'Xi Jinping');"
    "INSERT INTO quotes(id, doc, start, \"end\", text, speaker, kind, entity, confidence) VALUES"
    " (1, 1, 0, 14, '\"Kami\tsepakat\nlagi', 'Joko Widodo', 'direct', 1, 0.9),"
    " (2, 1, 26, 37, 'biasa, saja', 'Xi Jinping', 'indirect', 2, 0.5);"
    "INSERT INTO events(id, doc, type, cameo, actor1, actor1_country, actor2, actor2_country, date, date_start,"
    " date_end, domains, start, \"end\", text, confidence) VALUES"
    " (1, 1, 'CONSULT', '040', 'Joko Widodo', 'IDN', 'Xi Jinping', 'CHN', '2019', '2019-01-01', '2019-12-31',"
    "  '', 0, 37, 'Jokowi bertemu Xi Jinping di Beijing.', 0.8),"
    " (2, 1, 'AGREE', '057', 'Tiongkok', 'CHN', 'Indonesia', 'IDN', '2019-09-10', '2019-09-10', '2019-09-10',"
    "  'nuclear', 0, 37, 'Jokowi bertemu Xi Jinping di Beijing.', 0.9),"
    " (3, 1, 'ACCUSE', '112', 'Indonesia', 'IDN', 'Amerika Serikat', 'USA', '2018-05', '2018-05-01', '2018-05-31',"
    "  '', 0, 37, 'Jokowi bertemu Xi Jinping di Beijing.', 0.7),"
    " (4, 2, 'REJECT', '120', 'Amerika Serikat', 'USA', 'Tiongkok', 'CHN', NULL, NULL, NULL,"
    "  '', 0, 10, 'Timnas menang', 0.6);"
    "INSERT INTO event_domains VALUES (2, 'nuclear');"
    "INSERT INTO event_spans VALUES (1, 0, 37), (2, 0, 37);";

static char g_db[256];   /* the SQLite file */
static char g_conn[600]; /* the PostgreSQL database, when the tests run there */
static char g_pgname[64];

static wt_status open_db(wt_db **db, wt_error *err)
{
    return g_conn[0] ? wt_db_open_pg(g_conn, db, err) : wt_db_open(g_db, db, err);
}

static int make_store(void **state)
{
    (void)state;
    g_conn[0] = 0;
    snprintf(g_db, sizeof g_db, "%s/q.db", tu_tmpdir());
    wt_store *st;
    wt_error err;
    assert_int_equal(wt_store_open(g_db, &st, &err), WT_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(wt_store_db(st), ROWS, NULL, NULL, &msg);
    if (rc != SQLITE_OK)
        fprintf(stderr, "%s\n", msg);
    assert_int_equal(rc, SQLITE_OK);
    wt_store_close(st);
    return 0;
}

static bool pg_exec(PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        fprintf(stderr, "%s", PQresultErrorMessage(r));
    PQclear(r);
    return ok;
}

/* A database of its own on the server WARTA_TEST_PG names, with the same
 * rows as the SQLite file (scripts/pg-test.sh starts one). */
static int make_pg_store(void **state)
{
    (void)state;
    PGconn *admin = PQconnectdb(getenv("WARTA_TEST_PG"));
    if (PQstatus(admin) != CONNECTION_OK) {
        fprintf(stderr, "WARTA_TEST_PG: %s", PQerrorMessage(admin));
        PQfinish(admin);
        return -1;
    }
    snprintf(g_pgname, sizeof g_pgname, "warta_unit_%d", (int)getpid());
    pg_exec(admin, "SET client_min_messages = warning");
    char sql[160];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", g_pgname);
    bool ok = pg_exec(admin, sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", g_pgname);
    ok = ok && pg_exec(admin, sql);
    const char *host = PQhost(admin), *port = PQport(admin);
    snprintf(g_conn, sizeof g_conn, "host=%s port=%s dbname=%s", host ? host : "", port ? port : "", g_pgname);
    PQfinish(admin);
    wt_pgstore *st;
    wt_error err;
    if (!ok || wt_pgstore_open(g_conn, &st, &err) != WT_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return -1;
    }
    wt_pgstore_close(st);
    PGconn *c = PQconnectdb(g_conn);
    ok = PQstatus(c) == CONNECTION_OK && pg_exec(c, ROWS);
    PQfinish(c);
    return ok ? 0 : -1;
}

static int drop_pg_store(void **state)
{
    (void)state;
    PGconn *admin = PQconnectdb(getenv("WARTA_TEST_PG"));
    char sql[160];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", g_pgname);
    pg_exec(admin, sql);
    PQfinish(admin);
    g_conn[0] = 0;
    return 0;
}

static wt_qresult *ask(const wt_qreq *rq)
{
    wt_db *db;
    wt_error err;
    assert_int_equal(open_db(&db, &err), WT_OK);
    wt_qresult *r = NULL;
    wt_status s = wt_db_query(db, rq, &r, &err);
    if (s != WT_OK)
        fprintf(stderr, "%s: %s\n", err.file, err.msg);
    assert_int_equal(s, WT_OK);
    wt_db_close(db);
    return r;
}

/* The ids (first column) of a result, space-separated. */
static const char *ids(const wt_qresult *r)
{
    static char buf[256];
    buf[0] = 0;
    for (size_t i = 0; i < wt_qresult_nrows(r); i++) {
        strcat(buf, i ? " " : "");
        strcat(buf, wt_qresult_get(r, i, 0));
    }
    return buf;
}

static void expect_events(wt_qreq *rq, const char *want)
{
    wt_qresult *r = ask(rq);
    assert_string_equal(ids(r), want);
    wt_qresult_free(r);
}

static void dates_match_when_they_overlap(void **state)
{
    (void)state;
    wt_qreq rq;
    wt_qreq_init(&rq, WT_QK_EVENTS);
    expect_events(&rq, "4 2 1 3"); /* newest first; undated by its article's day */
    rq.between[0] = "IDN";
    rq.between[1] = "Tiongkok";
    rq.from = "2019-09";
    rq.to = "2019-09";
    expect_events(&rq, "2 1"); /* the year 2019 overlaps September */
    rq.from = "2019-10";
    rq.to = NULL;
    expect_events(&rq, "1");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.to = "2018";
    expect_events(&rq, "3");
}

static void filters_and_or(void **state)
{
    (void)state;
    wt_qreq rq;
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.country.v[rq.country.n++] = "chn";
    rq.country.v[rq.country.n++] = "Amerika Serikat";
    expect_events(&rq, "4 2 1 3");
    rq.quad.v[rq.quad.n++] = "conflict";
    expect_events(&rq, "4 3");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.domain.v[rq.domain.n++] = "NUCLEAR";
    expect_events(&rq, "2");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.cameo.v[rq.cameo.n++] = "05";
    rq.cameo.v[rq.cameo.n++] = "12";
    expect_events(&rq, "4 2");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.actor.v[rq.actor.n++] = "Jokowi"; /* a mention's spelling of Joko Widodo */
    expect_events(&rq, "1");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.words = "BEIJING jokowi";
    rq.min_confidence = 0.75;
    expect_events(&rq, "2 1");
}

static void spellings_find_quotes_and_articles(void **state)
{
    (void)state;
    wt_qreq rq;
    wt_qreq_init(&rq, WT_QK_QUOTES);
    rq.actor.v[rq.actor.n++] = "jokowi";
    expect_events(&rq, "1");
    wt_qreq_init(&rq, WT_QK_QUOTES);
    rq.actor.v[rq.actor.n++] = "Xi";
    expect_events(&rq, "2"); /* a whole word of the name */
    wt_qreq_init(&rq, WT_QK_ARTICLES);
    rq.actor.v[rq.actor.n++] = "Jokowi";
    expect_events(&rq, "1");
    wt_qreq_init(&rq, WT_QK_ARTICLES);
    rq.search = "timnas OR beijing -menang";
    expect_events(&rq, "1");
}

static void pages_say_how_many(void **state)
{
    (void)state;
    wt_qreq rq;
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.limit = 3;
    wt_qresult *r = ask(&rq);
    assert_int_equal(wt_qresult_total(r), 4);
    assert_int_equal(wt_qresult_nrows(r), 3);
    assert_string_equal(wt_qresult_next(r), "3");
    wt_qresult_free(r);
    rq.cursor = "3";
    r = ask(&rq);
    assert_string_equal(ids(r), "3");
    assert_null(wt_qresult_next(r));
    wt_qresult_free(r);
    rq.cursor = NULL;
    rq.sort = "confidence:asc";
    rq.limit = -1;
    expect_events(&rq, "4 3 1 2");
}

static void counts_group_and_sort(void **state)
{
    (void)state;
    wt_qreq rq;
    wt_qreq_init(&rq, WT_QK_COUNT);
    rq.by = "month";
    wt_qresult *r = ask(&rq);
    /* the year-dated and the undated events count in their article's month */
    assert_string_equal(wt_qresult_get(r, 0, 0), "2019-09");
    assert_string_equal(wt_qresult_get(r, 0, 1), "3");
    assert_string_equal(wt_qresult_get(r, 1, 0), "2018-05");
    wt_qresult_free(r);
    rq.by = "pair";
    r = ask(&rq);
    assert_string_equal(wt_qresult_col(r, 0), "country1");
    assert_string_equal(wt_qresult_get(r, 0, 0), "CHN");
    assert_string_equal(wt_qresult_get(r, 0, 1), "IDN");
    assert_string_equal(wt_qresult_get(r, 0, 2), "2");
    assert_int_equal(wt_qresult_total(r), 3);
    wt_qresult_free(r);
    rq.by = "partner,domain";
    rq.country.v[rq.country.n++] = "IDN";
    rq.domain.v[rq.domain.n++] = "nuclear";
    r = ask(&rq);
    assert_int_equal(wt_qresult_nrows(r), 1);
    assert_string_equal(wt_qresult_get(r, 0, 0), "CHN");
    assert_string_equal(wt_qresult_get(r, 0, 1), "nuclear");
    wt_qresult_free(r);
    wt_qreq_init(&rq, WT_QK_COUNT);
    rq.by = "country";
    r = ask(&rq);
    assert_string_equal(wt_qresult_get(r, 0, 0), "CHN"); /* each side counts */
    assert_string_equal(wt_qresult_get(r, 0, 1), "3");
    wt_qresult_free(r);
}

static char *written(const wt_qresult *r, wt_qformat f, const char *fields)
{
    char *out = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&out, &len);
    wt_qwrite w = {.format = f, .fields = fields};
    wt_error err;
    assert_int_equal(wt_qresult_write(r, &w, m, &err), WT_OK);
    fclose(m);
    return out;
}

static void formats_keep_every_character(void **state)
{
    (void)state;
    wt_qreq rq;
    wt_qreq_init(&rq, WT_QK_QUOTES);
    rq.sort = "id";
    wt_qresult *r = ask(&rq);
    char *csv = written(r, WT_QF_CSV, "id,text");
    assert_string_equal(csv, "id,text\r\n1,\"\"\"Kami\tsepakat\nlagi\"\r\n2,\"biasa, saja\"\r\n");
    char *tsv = written(r, WT_QF_TSV, "id,text");
    assert_string_equal(tsv, "id\ttext\n1\t\"\"\"Kami\\tsepakat\\nlagi\"\n2\tbiasa, saja\n");
    char *json = written(r, WT_QF_JSON, "id,confidence");
    assert_string_equal(json, "{\"kind\":\"quotes\",\"total\":2,\"next\":null,"
                              "\"results\":[{\"id\":1,\"confidence\":0.9},{\"id\":2,\"confidence\":0.5}]}\n");
    wt_qwrite w = {.format = WT_QF_CSV, .fields = "id,nope"};
    wt_error err;
    FILE *devnull = fopen("/dev/null", "w");
    assert_int_equal(wt_qresult_write(r, &w, devnull, &err), WT_EUSAGE);
    fclose(devnull);
    free(csv);
    free(tsv);
    free(json);
    wt_qresult_free(r);
}

static void search_words_become_fts(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"Ma'ruf", "\"Ma'ruf\""},
        {"KPK-RI", "\"KPK-RI\""},
        {"nuklir rusia", "\"nuklir\" AND \"rusia\""},
        {"nuklir rusia OR china", "\"nuklir\" AND (\"rusia\" OR \"china\")"},
        {"\"kerja sama\" nukl* -bola", "\"kerja sama\" AND \"nukl\"* NOT \"bola\""},
        {"AND NOT", NULL},
        {"-bola", NULL},
        {"say \"NEAR(", "\"say\" AND \"NEAR(\""},
    };
    wt_arena *a = wt_arena_new(1024);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        qfts_query f;
        wt_error err;
        wt_status s = qfts(a, cases[i][0], &f, &err);
        if (cases[i][1]) {
            assert_int_equal(s, WT_OK);
            assert_string_equal(f.fts5, cases[i][1]);
        } else
            assert_int_equal(s, WT_EUSAGE);
    }
    wt_arena_free(a);
}

static void requests_are_checked(void **state)
{
    (void)state;
    wt_db *db;
    wt_error err;
    assert_int_equal(open_db(&db, &err), WT_OK);
    wt_qreq rq;
    wt_qresult *r;
    wt_qreq_init(&rq, WT_QK_ARTICLES);
    rq.min_confidence = 0.5;
    assert_int_equal(wt_db_query(db, &rq, &r, &err), WT_EUSAGE);
    assert_string_equal(err.file, "--min-confidence");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.from = "2019-02-30";
    assert_int_equal(wt_db_query(db, &rq, &r, &err), WT_EUSAGE);
    assert_string_equal(err.file, "--from");
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.from = "2020";
    rq.to = "2019";
    assert_int_equal(wt_db_query(db, &rq, &r, &err), WT_EUSAGE);
    wt_qreq_init(&rq, WT_QK_EVENTS);
    rq.actor.v[rq.actor.n++] = "x' OR 1=1 --";
    assert_int_equal(wt_db_query(db, &rq, &r, &err), WT_OK);
    assert_int_equal(wt_qresult_total(r), 0);
    wt_qresult_free(r);
    wt_qreq_init(&rq, WT_QK_COUNT);
    rq.by = "month,actor";
    assert_int_equal(wt_db_query(db, &rq, &r, &err), WT_EUSAGE);
    wt_db_close(db);
}

static void other_files_are_refused_untouched(void **state)
{
    (void)state;
    char path[300];
    snprintf(path, sizeof path, "%s/other.db", tu_tmpdir());
    sqlite3 *raw;
    assert_int_equal(sqlite3_open(path, &raw), SQLITE_OK);
    assert_int_equal(sqlite3_exec(raw, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(raw);
    struct stat before, after;
    assert_int_equal(stat(path, &before), 0);
    wt_db *db;
    wt_error err;
    assert_int_equal(wt_db_open(path, &db, &err), WT_EUSAGE);
    assert_non_null(strstr(err.msg, "not a Warta database"));
    assert_int_equal(stat(path, &after), 0);
    assert_int_equal(before.st_size, after.st_size);
    snprintf(path, sizeof path, "%s/none.db", tu_tmpdir());
    assert_int_not_equal(wt_db_open(path, &db, &err), WT_OK);
    assert_int_not_equal(access(path, F_OK), 0);
}

static void an_article_shows_its_marked_text(void **state)
{
    (void)state;
    wt_db *db;
    wt_error err;
    assert_int_equal(open_db(&db, &err), WT_OK);
    char *out = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&out, &len);
    assert_int_equal(wt_db_article(db, "a-1", WT_QF_TABLE, m, &err), WT_OK);
    fclose(m);
    assert_non_null(strstr(out, "[[[[Jokowi]PER:0 bertemu]Q1 [Xi Jinping]PER:1 [di Beijing.]Q2]E"));
    free(out);
    m = open_memstream(&out, &len);
    assert_int_equal(wt_db_article(db, "1", WT_QF_JSON, m, &err), WT_OK);
    fclose(m);
    assert_non_null(strstr(out, "{\"article\":{\"doc\":1,\"doc_id\":\"a-1\""));
    assert_non_null(strstr(out, "\"mentions\":[{\"entity\":0,\"start\":0,\"end\":6,\"text\":\"Jokowi\"}"));
    free(out);
    assert_int_equal(wt_db_article(db, "no-such", WT_QF_TABLE, stdout, &err), WT_EUSAGE);
    wt_db_close(db);
}

int main(void)
{
    /* the same tests on both stores */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_match_when_they_overlap),
        cmocka_unit_test(filters_and_or),
        cmocka_unit_test(spellings_find_quotes_and_articles),
        cmocka_unit_test(pages_say_how_many),
        cmocka_unit_test(counts_group_and_sort),
        cmocka_unit_test(formats_keep_every_character),
        cmocka_unit_test(requests_are_checked),
        cmocka_unit_test(an_article_shows_its_marked_text),
    };
    const struct CMUnitTest sqlite_only[] = {
        cmocka_unit_test(search_words_become_fts),
        cmocka_unit_test(other_files_are_refused_untouched),
    };
    int rc = cmocka_run_group_tests_name("sqlite", tests, make_store, NULL);
    rc += cmocka_run_group_tests_name("sqlite only", sqlite_only, make_store, NULL);
    if (getenv("WARTA_TEST_PG") && *getenv("WARTA_TEST_PG"))
        rc += cmocka_run_group_tests_name("postgresql", tests, make_pg_store, drop_pg_store);
    else
        printf("postgresql: skipped (set WARTA_TEST_PG, e.g. export WARTA_TEST_PG=$(scripts/pg-test.sh))\n");
    tu_rm_rf(tu_tmpdir());
    return rc;
}
