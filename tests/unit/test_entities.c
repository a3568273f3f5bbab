/* Unit tests: entity mentions, titles, short forms, misspellings and the
 * knowledge base's offices, on sentences written for these tests. */
#include "testutil.h"

#include <ctype.h>

#include "pipeline/pipeline.h"

#include "entities/entities.h"
#include "kb/kb.h"

static const wt_entity *entity_named(const wt_doc *d, const char *name)
{
    for (size_t i = 0; i < d->n_entities; i++)
        if (strcmp(d->entities[i].name, name) == 0)
            return &d->entities[i];
    return NULL;
}

/* the entity named `name` exists, of `country` and in `role` when these
 * are not NULL */
static void expect_entity(const wt_doc *d, const char *name, const char *country, const char *role)
{
    const wt_entity *e = entity_named(d, name);
    if (!e)
        fail_msg("no entity \"%s\"", name);
    if (country && (!e->country || strcmp(e->country, country) != 0))
        fail_msg("%s: country %s, expected %s", name, e->country ? e->country : "none", country);
    if (role && (!e->role || strcmp(e->role, role) != 0))
        fail_msg("%s: role %s, expected %s", name, e->role ? e->role : "none", role);
}

static bool has_mention(const wt_doc *d, const wt_entity *e, const char *text)
{
    for (size_t i = 0; i < e->n_mentions; i++)
        if (e->mentions[i].end - e->mentions[i].start == strlen(text) &&
            memcmp(d->text + e->mentions[i].start, text, strlen(text)) == 0)
            return true;
    return false;
}

/* the document's entities on stderr, for reading a failure */
static void show_entities(const wt_doc *d)
{
    for (size_t i = 0; i < d->n_entities; i++)
        fprintf(stderr, "entity %s %s\n", d->entities[i].name, d->entities[i].country ? d->entities[i].country : "-");
}

static void leaders_short_forms_and_misspellings(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Presiden Rusia Vladimir Putin menerima Perdana Menteri Malaysia Anwar Ibrahim di "
                           "Kremlin, Moskow, Senin (3/3/2025).\n\n"
                           "Putin mengatakan kedua negara sepakat memperluas perdagangan. Anwar menyebut Rusia "
                           "mitra penting bagi Malaysia.\n\nKunjungan Ibrahm ke Moskow berlangsung dua hari.\n",
                           0);
    const wt_entity *putin = entity_named(d, "Vladimir Putin");
    assert_non_null(putin);
    assert_int_equal(putin->type, WT_ENT_PER);
    assert_string_equal(putin->country, "RUS");
    assert_string_equal(putin->role, "head_of_state");
    assert_true(has_mention(d, putin, "Vladimir Putin")); /* the title is split off */
    assert_true(has_mention(d, putin, "Putin"));
    assert_int_equal(putin->n_mentions, 2);
    const wt_entity *anwar = entity_named(d, "Anwar Ibrahim");
    assert_non_null(anwar);
    assert_string_equal(anwar->country, "MYS");
    assert_string_equal(anwar->role, "head_of_government");
    assert_true(has_mention(d, anwar, "Anwar"));
    assert_true(has_mention(d, anwar, "Ibrahm"));
    const wt_entity *moskow = entity_named(d, "Moskow");
    assert_non_null(moskow);
    assert_int_equal(moskow->type, WT_ENT_LOC);
    assert_string_equal(moskow->country, "RUS");
    assert_int_equal(moskow->n_mentions, 2);
    const wt_entity *rusia = entity_named(d, "Rusia");
    assert_non_null(rusia);
    assert_string_equal(rusia->country, "RUS");
    assert_null(entity_named(d, "Federasi Rusia"));
    /* mentions are in text order and point at the text */
    for (size_t i = 0; i < d->n_entities; i++)
        for (size_t k = 1; k < d->entities[i].n_mentions; k++)
            assert_true(d->entities[i].mentions[k - 1].start < d->entities[i].mentions[k].start);
    wt_doc_free(d);
    /* an Indonesian rank or command, or "Pak", before a foreign leader's
     * short name names someone else; a title of the leader's still links */
    d = tu_process("Panglima Hadi meninjau lokasi kebakaran hutan di Riau, Senin.\n\n"
                   "Warga menyambut Pak Hadi di posko pengungsian.\n",
                   0);
    show_entities(d);
    assert_null(entity_named(d, "Abdrabbuh Mansur Hadi"));
    wt_doc_free(d);
    /* nor is the title of a top office the known person never held */
    d = tu_process("Raja Malaysia, Yang di-Pertuan Agong Sultan Abdullah, menerima tamu dari Jepang.\n", 0);
    show_entities(d);
    assert_null(entity_named(d, "Saifuddin Abdullah"));
    wt_doc_free(d);
    d = tu_process("Koalisi menyerang Houthi atas permintaan Presiden Hadi, Senin.\n", 0);
    assert_non_null(entity_named(d, "Abdrabbuh Mansur Hadi"));
    wt_doc_free(d);
    /* a name goes on with "bin" and the father's name: the known
     * person's alias inside it ("Raja Salman") gives way to the whole
     * name, and neither the given name nor the father's is the short
     * name of another known person */
    d = tu_process("Di Arab Saudi, Raja Salman bin Abdulaziz telah menunjuk putranya, Pangeran Abdulaziz bin "
                   "Salman, sebagai menteri energi.\n\nMenteri Energi Saudi Pangeran Abdulaziz bin Salman "
                   "mengatakan produksi minyak pulih.\n\nPangeran Abdulaziz mengatakan kerajaan tetap memangkas "
                   "produksi.\n",
                   0);
    show_entities(d);
    const wt_entity *king = entity_named(d, "Salman bin Abdulaziz");
    assert_non_null(king);
    assert_true(has_mention(d, king, "Salman bin Abdulaziz"));
    assert_int_equal(king->n_mentions, 1);
    assert_null(entity_named(d, "Mohammed bin Salman"));
    /* the tagger's person stopping before "bin" takes in the father's
     * name, which is no one of its own */
    wt_doc *f = tu_process("Ketua asosiasi pelabuhan itu, Muhammad Razif bin Ahmad mengatakan pihaknya berterima kasih "
                           "kepada tuan rumah.\n",
                           0);
    show_entities(f);
    assert_non_null(entity_named(f, "Muhammad Razif bin Ahmad"));
    assert_null(entity_named(f, "Ahmad"));
    assert_string_equal(f->quotes[0].speaker_name, "Muhammad Razif bin Ahmad");
    wt_doc_free(f);
    /* the father's name is no one's short name: "Pangeran Abdulaziz" is
     * the prince named in full before, not his father the king; the
     * office before his style is his, with its country */
    const wt_entity *prince = entity_named(d, "Abdulaziz bin Salman");
    assert_non_null(prince);
    assert_int_equal(prince->type, WT_ENT_PER);
    assert_true(has_mention(d, prince, "Abdulaziz"));
    assert_non_null(prince->role);
    assert_string_equal(prince->role, "minister");
    assert_non_null(prince->country);
    assert_string_equal(prince->country, "SAU");
    wt_doc_free(d);
}

/* Asserts that the person called name in text is found and is no state's
 * head. */
static void assert_no_state_head(const char *text, const char *name)
{
    wt_doc *d = tu_process(text, 0);
    show_entities(d);
    const wt_entity *e = entity_named(d, name);
    assert_non_null(e);
    assert_true(!e->role || strcmp(e->role, "head_of_state") != 0);
    wt_doc_free(d);
}

/* "Presiden" before a body (a company, a club, a party, a union) is the
 * body's president, no state's head */
static void presidents_of_bodies(void **state)
{
    (void)state;
    wt_doc *d = tu_process(
        "Presiden Grab Indonesia Rizky Kramadibrata mengaku telah berkoordinasi dengan kementerian "
        "terkait.\n\nPresiden Madrid Florentino Perez tidak dikenal karena kesabarannya.\n\nPresiden "
        "Rusia Vladimir Putin tiba di Ankara, Senin.\n",
        0);
    show_entities(d);
    const wt_entity *company_head = entity_named(d, "Rizky Kramadibrata"),
                    *club_head = entity_named(d, "Florentino Perez"),
                    *putin = entity_named(d, "Vladimir Putin");
    assert_non_null(company_head);
    assert_null(company_head->role);
    assert_non_null(club_head);
    assert_null(club_head->role);
    assert_null(club_head->country);
    assert_non_null(putin);
    assert_string_equal(putin->role, "head_of_state");
    wt_doc_free(d);
    /* a ruler's title with no realm anywhere is a style, no office (a
     * given name here); the title in a body's name ("Sekretariat
     * Presiden") is the body's */
    assert_no_state_head("Sekretaris Jenderal PSSI, Ratu Tisha Destria berharap tim nasional tampil baik.\n",
                         "Tisha Destria");
    assert_no_state_head(
        "Kepala Biro Pers, Media, dan Informasi Sekretariat Presiden, Erlin Suastini mengatakan "
        "Presiden tiba di Pekanbaru.\n",
        "Erlin Suastini");
}

static void role_and_country_from_the_text(void **state)
{
    (void)state;
    /* a minister the knowledge base does not know */
    wt_doc *d = tu_process("Menteri Luar Negeri Kamboja Sokha Vannarith tiba di Jakarta pada Selasa pagi.\n\n"
                           "Dalam keterangannya, Vannarith menyampaikan harapan agar perdagangan kedua negara "
                           "meningkat.\n",
                           0);
    const wt_entity *e = entity_named(d, "Sokha Vannarith");
    assert_non_null(e);
    assert_int_equal(e->type, WT_ENT_PER);
    assert_non_null(e->country);
    assert_string_equal(e->country, "KHM");
    assert_non_null(e->role);
    assert_string_equal(e->role, "foreign_minister");
    assert_true(has_mention(d, e, "Vannarith"));
    const wt_entity *jkt = entity_named(d, "Jakarta");
    assert_non_null(jkt);
    assert_string_equal(jkt->country, "IDN");
    wt_doc_free(d);
    /* a police rank is a title, not part of the name */
    d = tu_process("\"Ada 120 pelanggar hari ini,\" kata Kasat Lantas Wilayah Jakarta Utara, Kompol Agus Hermanto.\n", 0);
    expect_entity(d, "Agus Hermanto", NULL, "police_officer");
    wt_doc_free(d);
}

/* A nationality from the words before a name: a country right before it
 * (not after a preposition), an office's organisation, an organisation
 * named after its country. */
static void nationality_from_the_phrase_before(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Pejabat senior Palestina Ahmad Mansour menolak rencana itu, sementara penasihat keamanan "
                           "nasional AS, Robert Kline, tidak berkomentar.\n\n"
                           "Rombongan itu tiba di Jepang, Hiroshi Tanabe menyambut mereka di bandara.\n\n"
                           "Juru Bicara Kementerian Luar Negeri China Wang Jianmin membantah tuduhan itu.\n\n"
                           "Direktorat Siber Australia dan Kementerian Pertahanan Jepang menuduh kelompok itu.\n",
                           0);
    static const char *const WANT[][2] = {{"Ahmad Mansour", "PSE"},
                                          {"Robert Kline", "USA"},
                                          {"Wang Jianmin", "CHN"},
                                          {"Kementerian Luar Negeri China", "CHN"}, /* not Indonesia's */
                                          {"Direktorat Siber Australia", "AUS"},
                                          {"Kementerian Pertahanan Jepang", "JPN"}};
    for (size_t i = 0; i < sizeof WANT / sizeof *WANT; i++) {
        const wt_entity *e = entity_named(d, WANT[i][0]);
        assert_non_null(e);
        assert_non_null(e->country);
        assert_string_equal(e->country, WANT[i][1]);
    }
    const wt_entity *e = entity_named(d, "Hiroshi Tanabe");
    assert_non_null(e);
    assert_null(e->country); /* "di Jepang": where they arrived, not his nationality */
    wt_doc_free(d);
    /* the countries an ambassador serves in are not his; an honorific is
     * no part of a name */
    d = tu_process("Pemimpin oposisi Inggris Keir Mallory mengatakan hal itu.\n\n"
                   "Dubes RI untuk Kazakhstan dan Tajikistan Bambang Sutrisno hadir di sana.\n\n"
                   "Duta Besar Y.M. Andi Wirawan menyampaikan sambutan.\n",
                   0);
    e = entity_named(d, "Keir Mallory");
    assert_non_null(e);
    assert_string_equal(e->country, "GBR");
    /* Scotland is the United Kingdom's, as news codes it */
    wt_kb_kind kind;
    assert_non_null(wt_kb_country(tu_pipeline()->kb, "Skotlandia", 10, &kind));
    assert_string_equal(wt_kb_country(tu_pipeline()->kb, "Skotlandia", 10, &kind), "GBR");
    e = entity_named(d, "Bambang Sutrisno");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "TJK") != 0);
    assert_non_null(entity_named(d, "Andi Wirawan"));
    assert_null(entity_named(d, "Y.M. Andi Wirawan"));
    wt_doc_free(d);
    /* a capital ending another name is nobody's nationality */
    d = tu_process("Seolah ingin menunjukkan dirinya pengacara internasional seperti Hotman Paris, Farhan Abbas "
                   "memamerkan rencananya ke Jenewa.\n",
                   0);
    e = entity_named(d, "Farhan Abbas");
    assert_non_null(e);
    assert_null(e->country);
    wt_doc_free(d);
    /* the country a topic phrase names ("Terkait Iran, ...") is not the
     * next name's */
    d = tu_process("Terkait Venezuela, Marco Halden telah menolak usulan itu dalam rapat kabinet.\n", 0);
    e = entity_named(d, "Marco Halden");
    assert_non_null(e);
    assert_null(e->country);
    wt_doc_free(d);
    /* an envoy is of the country before "untuk", not of his posting; a
     * body's acronym in brackets between a title and a name */
    d = tu_process("Duta Besar RI untuk Jepang, Bambang Wiryo, hadir dalam acara itu.\n\n"
                   "Wakil Tetap Indonesia untuk PBB di Jenewa, Hendra Kusuma, menyampaikan pidato.\n\n"
                   "Menteri Badan Usaha Milik Negara (BUMN) Ahmad Fauzi melakukan kunjungan kerja ke Kenya.\n",
                   0);
    static const char *const ROLES[][3] = {{"Bambang Wiryo", "IDN", "ambassador"},
                                           {"Hendra Kusuma", "IDN", "ambassador"},
                                           {"Ahmad Fauzi", "IDN", "minister"}};
    for (size_t i = 0; i < sizeof ROLES / sizeof *ROLES; i++) {
        e = entity_named(d, ROLES[i][0]);
        assert_non_null(e);
        assert_non_null(e->country);
        assert_string_equal(e->country, ROLES[i][1]);
        assert_non_null(e->role);
        assert_string_equal(e->role, ROLES[i][2]);
    }
    wt_doc_free(d);
}

static void offices_follow_the_document_year(void **state)
{
    (void)state;
    const char *text = "Boris Johnson menghadiri pertemuan itu di London.\n";
    wt_doc *d = tu_process_dated(text, 0, "2017-05-01");
    const wt_entity *e = entity_named(d, "Boris Johnson");
    assert_non_null(e);
    assert_string_equal(e->role, "foreign_minister");
    wt_doc_free(d);
    d = tu_process_dated(text, 0, "2020-05-01");
    e = entity_named(d, "Boris Johnson");
    assert_non_null(e);
    assert_string_equal(e->role, "head_of_government");
    wt_doc_free(d);
    /* a year before any office the knowledge base lists: the title written wins */
    d = tu_process_dated("Menteri Pertahanan Prancis Sebastien Lecornu tiba di Jakarta.\n", 0, "2024-03-28");
    e = entity_named(d, "Sebastien Lecornu");
    assert_non_null(e);
    assert_string_equal(e->country, "FRA");
    assert_non_null(e->role);
    assert_string_equal(e->role, "defence_minister");
    wt_doc_free(d);
    /* a former president years after his office: his country, and his
     * nickname is him */
    d = tu_process_dated("Bung Karno dulu mengajak bangsa ini bersahabat dengan Asia Tengah. Soekarno juga "
                         "berkunjung ke Moskow.\n",
                         0, "2019-09-20");
    e = entity_named(d, "Soekarno");
    assert_non_null(e);
    assert_string_equal(e->country, "IDN");
    assert_int_equal(e->n_mentions, 2);
    assert_true(!e->role || strcmp(e->role, "head_of_state") != 0);
    wt_doc_free(d);
    /* a given name thousands share is no short name: the Palestinian
     * prime minister is not Mohammad Hatta */
    d = tu_process_dated("Perdana Menteri Palestina Mohammad, Ishtaye mengecam Netanyahu pada Rabu.\n", 0,
                         "2019-09-11");
    assert_null(entity_named(d, "Mohammad Hatta"));
    wt_doc_free(d);
    /* a stadium or a street named after him is not him */
    d = tu_process_dated("Final itu digelar di Stadion Utama Gelora Bung Karno, Jakarta.\n", 0, "2019-09-20");
    assert_null(entity_named(d, "Soekarno"));
    wt_doc_free(d);
}

/* a known person's short name after an office of theirs with its
 * portfolio, its acronym or a comma between ("Menteri Kelautan dan
 * Perikanan (KKP), Pudjiastuti") is that person; after an office of
 * another role and a name ("Presiden Jokowi dan Pudjiastuti") it is not */
static void office_and_portfolio_before_a_short_name(void **state)
{
    (void)state;
    wt_doc *d = tu_process_dated("Menteri Kelautan dan Perikanan (KKP), Pudjiastuti mengatakan kerja sama itu "
                                 "penting.\n\nApalagi, kata Susi, laut Indonesia begitu luas.\n",
                                 0, "2019-09-10");
    expect_entity(d, "Susi Pudjiastuti", "IDN", "minister");
    assert_int_equal(entity_named(d, "Susi Pudjiastuti")->n_mentions, 2);
    assert_null(entity_named(d, "Pudjiastuti"));
    wt_doc_free(d);
    d = tu_process_dated("Presiden Jokowi dan Pudjiastuti tiba di Jakarta.\n", 0, "2019-09-10");
    assert_null(entity_named(d, "Susi Pudjiastuti"));
    wt_doc_free(d);
}

/* the family name a known person written in full shares with a
 * relative named later is the known person's; not a name after "bin" */
static void shared_family_name_is_the_known_persons(void **state)
{
    (void)state;
    wt_doc *d = tu_process_dated("Mantan Presiden BJ Habibie wafat di Jakarta pada Rabu. Kabar itu disampaikan "
                                 "putranya, Thareq Kemal Habibie.\n\nHabibie dimakamkan di Kalibata.\n",
                                 0, "2019-09-12");
    const wt_entity *bj = entity_named(d, "B. J. Habibie"), *son = entity_named(d, "Thareq Kemal Habibie");
    assert_non_null(bj);
    assert_non_null(son);
    assert_int_equal(bj->n_mentions, 2);
    assert_int_equal(son->n_mentions, 1);
    wt_doc_free(d);
}

static void organisations_and_acronyms(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Badan Energi Atom Internasional (IAEA) dan Rosatom membahas keselamatan reaktor. "
                           "Pejabat PBB hadir sebagai pengamat, as usual.\n",
                           0);
    const wt_entity *iaea = entity_named(d, "International Atomic Energy Agency");
    assert_non_null(iaea);
    assert_int_equal(iaea->type, WT_ENT_ORG);
    assert_int_equal(iaea->n_mentions, 2);
    const wt_entity *ros = entity_named(d, "Rosatom");
    assert_non_null(ros);
    assert_string_equal(ros->country, "RUS");
    assert_non_null(entity_named(d, "Perserikatan Bangsa-Bangsa"));
    assert_null(entity_named(d, "Amerika Serikat")); /* "as" in small letters is not AS */
    wt_doc_free(d);
}

/* the type of the entity named name, -1 when there is none */
/* the person named `name`, found n_mentions times */
static const wt_entity *expect_person(const wt_doc *d, const char *name, size_t n_mentions)
{
    const wt_entity *e = entity_named(d, name);
    assert_non_null(e);
    assert_int_equal(e->type, WT_ENT_PER);
    assert_int_equal(e->n_mentions, n_mentions);
    return e;
}

/* a wife named with her husband's full name after her own, after a word
 * that says a wife, is her, not the known man */
static void wives_named_with_the_husbands_name(void **state)
{
    (void)state;
    wt_doc *d = tu_process_dated("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo meninjau Pasar Baru di "
                                 "Bogor pada Senin. Iriana membagikan buku kepada anak-anak.\n",
                                 0, "2019-09-16");
    const wt_entity *him = entity_named(d, "Joko Widodo");
    assert_non_null(him);
    assert_int_equal(him->n_mentions, 1);
    const wt_entity *her = expect_person(d, "Iriana Joko Widodo", 2);
    assert_true(her != him);
    wt_doc_free(d);
    d = tu_process_dated("Menteri Pertahanan Ryamizard Ryacudu hadir bersama istrinya, Nora Ryamizard Ryacudu, di "
                         "Jakarta.\n",
                         0, "2019-09-16");
    assert_int_equal(entity_named(d, "Ryamizard Ryacudu")->n_mentions, 1);
    expect_person(d, "Nora Ryamizard Ryacudu", 1);
    wt_doc_free(d);
}

static int type_named(const wt_doc *d, const char *name)
{
    const wt_entity *e = entity_named(d, name);
    return e ? (int)e->type : -1;
}

/* A police unit, a health centre, a bank: no person's name opens with the
 * noun of an institution or of a place, nor is a place after a body's
 * noun a person (a city's agency, "Sudin", and a task force, "Satgas",
 * among the bodies); an office of a regency before a name stays a person;
 * a company's form ends no person's name. */
static void bodies_and_places_are_no_persons(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Polres Anambas bersama Polres Tanjungpinang menangkap seorang pria pada Senin. "
                           "Warga yang sakit dibawa ke Puskesmas Wajo pada malam hari. "
                           "Jumlah agen Bank Bukopin secara nasional bertambah tahun ini. "
                           "Sekretaris Daerah Kabupaten Magetan Suwoto mengatakan hal itu kepada wartawan.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Polres Anambas"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Polres Tanjungpinang"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Anambas"), -1);
    assert_int_equal(type_named(d, "Puskesmas Wajo"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Bank Bukopin"), WT_ENT_ORG);
    for (size_t i = 0; i < d->n_entities; i++)
        if (strstr(d->entities[i].name, "Suwoto"))
            assert_int_equal(d->entities[i].type, WT_ENT_PER);
    wt_doc_free(d);
    /* nor does a person's name end with the form of a company */
    d = tu_process("Kerja sama dengan Sany Heavy Machinery Co. akan diperluas tahun depan, kata dia.\n", 0);
    show_entities(d);
    assert_int_equal(type_named(d, "Sany Heavy Machinery Co."), WT_ENT_ORG);
    wt_doc_free(d);
    /* a city's agency (Suku Dinas) and a task force are bodies */
    d = tu_process("Petugas Sudin Penanggulangan Kebakaran memadamkan api itu dalam dua jam.\n\n"
                   "Tim Satgas Karhutla terus memadamkan api di Ogan Ilir.\n",
                   0);
    show_entities(d);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_int_not_equal(d->entities[i].type, WT_ENT_PER);
    assert_int_equal(type_named(d, "Satgas Karhutla"), WT_ENT_ORG);
    wt_doc_free(d);
}

/* An address runs from the small place to the large one after a
 * preposition of place: a name between two of its places is a place; a
 * person named after a country is still a person. */
static void places_in_an_address_chain(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Seorang wisatawan tewas terseret ombak saat berenang di Pantai Kelingking, Nusa Penida, "
                           "Klungkung, Rabu (18/9/2019).\n\nPertandingan itu digelar di Olympic Sports Center "
                           "Gymnasium, Changzou, China, Selasa.\n\nWarga berkumpul di Kelurahan Sukamaju, Rawalumbu, "
                           "Bekasi, pada Minggu pagi.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Nusa Penida"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Changzou"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Rawalumbu"), WT_ENT_LOC);
    wt_doc_free(d);
    d = tu_process("Ia kalah dari pemain asal Jepang, Kenta Nishimoto, Tokyo dan Osaka.\n", 0);
    show_entities(d);
    assert_int_equal(type_named(d, "Kenta Nishimoto"), WT_ENT_PER);
    wt_doc_free(d);
}

/* A one-word name the tagger found where it speaks ("kata Ginting") is
 * the same person where the tagger missed it; one found elsewhere only
 * is not spread. */
/* Officials world news names without a title that gives their country,
 * and places the tagger takes for people, are the knowledge base's: a
 * spokesperson's role is the one a title would give. */
static void officials_and_oil_fields_the_news_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Hua Chunying menyebut tuduhan itu tidak berdasar. Carrie Lam bertemu para pengusaha "
                           "pada Selasa, sementara Benny Gantz berkampanye di Haifa.\n\n"
                           "Serangan pesawat nirawak itu mengenai ladang minyak Khurais dan kilang Abqaiq.\n",
                           0);
    expect_entity(d, "Hua Chunying", "CHN", "spokesperson");
    expect_entity(d, "Carrie Lam", "HKG", "head_of_government");
    expect_entity(d, "Benny Gantz", "ISR", NULL);
    const wt_entity *k = entity_named(d, "Khurais");
    assert_non_null(k);
    assert_int_equal(k->type, WT_ENT_LOC);
    assert_non_null(k->country);
    assert_string_equal(k->country, "SAU");
    wt_doc_free(d);
}

/* A noun of kinship opening a name ("Kakak Ria", "Ibunda Fatir") is no
 * part of it: the relative is someone else, and the name left is a
 * mention of the one named. "Cucu" and "Adik" are given names too. */
static void kin_nouns_are_no_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Aktris Ria Irawan dirawat di rumah sakit sejak Senin.\n\n"
                           "Kakak Ria, Dewi Irawan, mengatakan adiknya senang dikunjungi teman-temannya.\n\n"
                           "Kepala Suku Dinas Pariwisata Kepulauan Seribu, Cucu Ahmad Kurnia, mengatakan pulau itu "
                           "cocok untuk festival musik.\n",
                           0);
    assert_null(entity_named(d, "Kakak Ria"));
    const wt_entity *ria = entity_named(d, "Ria Irawan");
    assert_non_null(ria);
    assert_true(has_mention(d, ria, "Ria"));
    assert_non_null(entity_named(d, "Cucu Ahmad Kurnia"));
    wt_doc_free(d);
}

/* After a title the tagger's place or body may run on into the person's
 * name ("Konsul Jenderal RI di Chicago Meri Binsar Simorangkir"): the
 * name is what follows the place the knowledge base knows, when it opens
 * with no word of the language and closes the phrase. */
static void names_after_a_place_or_body(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Konsul Jenderal RI di Chicago Meri Binsar Simorangkir menambahkan, para pelaku usaha "
                           "Indonesia disarankan tidak mengekspor tempe mentah. \"Keripik tempe dinilai lebih bagus,\" "
                           "kata Meri.\n\n"
                           "Kepala Staf TNI Angkatan Darat meninjau latihan itu.\n",
                           0);
    const wt_entity *meri = entity_named(d, "Meri Binsar Simorangkir");
    assert_non_null(meri);
    assert_int_equal(meri->type, WT_ENT_PER);
    const wt_entity *chicago = entity_named(d, "Chicago");
    assert_non_null(chicago);
    assert_int_equal(chicago->type, WT_ENT_LOC);
    const wt_entity *ad = entity_named(d, "Angkatan Darat");
    assert_true(!ad || ad->type != WT_ENT_PER);
    assert_quote_by(d, "Keripik", "Meri Binsar Simorangkir");
    wt_doc_free(d);
    /* a national body's regional office ends at its region's name; the
     * person's name after it is no part of it, a region's word is */
    d = tu_process("Kepala Perwakilan Komnas HAM Wilayah Papua Frits Ramandey mengatakan, pihak berwajib berhak "
                   "bertindak.\n\nBea Cukai Wilayah Bali Nusa Tenggara menerima kunjungan delegasi itu.\n",
                   0);
    expect_entity(d, "Frits Ramandey", NULL, NULL);
    expect_entity(d, "Komnas HAM Wilayah Papua", NULL, NULL);
    expect_entity(d, "Bea Cukai Wilayah Bali Nusa Tenggara", "IDN", NULL);
    wt_doc_free(d);
}

/* "Wali Kota" takes the span's first word and a body's short name may
 * stand in brackets between the title and the place; a one-word place
 * abroad before one word after an Indonesian body is a person's two
 * names ("Danang" is also a city in Viet Nam) */
static void names_after_a_region_title(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Wali Kota Makassar Andi Sulkifli Tantu membuka pameran itu.\n\n"
                           "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi Hendra Wiraguna "
                           "meninjau lokasi banjir.\n\n"
                           "Kepala Badan Pengatur Jalan Tol (BPJT) Danang Parikesit meninjau ruas tol itu.\n",
                           0);
    expect_entity(d, "Andi Sulkifli Tantu", NULL, NULL);
    expect_entity(d, "Hendra Wiraguna", NULL, NULL);
    assert_int_equal(entity_named(d, "Andi Sulkifli Tantu")->type, WT_ENT_PER);
    const wt_entity *bekasi = entity_named(d, "Kabupaten Bekasi");
    assert_non_null(bekasi);
    assert_int_equal(bekasi->type, WT_ENT_LOC);
    assert_null(entity_named(d, "Parikesit"));
    wt_doc_free(d);
}

/* the holder of an office named after its title, its body and a comma,
 * which the tagger may take for a place after the body's place; a place
 * after a person already named stays a place; a known person's name
 * that differs from a written one in a word's first letter is another's */
static void holders_after_an_office_and_a_comma(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Pemerintah akan menambah anggaran daerah tertinggal tahun depan.\n\n\"Dananya sudah kami "
                           "siapkan,\" kata Kepala Biro Komunikasi dan Layanan Informasi Kementerian Keuangan, "
                           "Nurwanda Eka Saputri di Jakarta, Selasa (10/9/2019).\n\n"
                           "\"Rapat akan dilanjutkan besok,\" ujar Ketua Komisi III DPR Herman Wijayakusuma di "
                           "Kompleks Parlemen, Senayan pada Selasa.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Nurwanda Eka Saputri"), WT_ENT_PER);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Nurwanda Eka Saputri");
    assert_true(type_named(d, "Senayan") != WT_ENT_PER);
    wt_doc_free(d);
    d = tu_process("\"Kami berharap video ini disukai,\" kata CEO Yayasan Pariwisata Seoul, Lee Jae-Sung, di "
                   "Seoul.\n",
                   0);
    show_entities(d);
    assert_int_equal(type_named(d, "Lee Jae-Sung"), WT_ENT_PER);
    assert_null(entity_named(d, "Lee Jae-myung"));
    wt_doc_free(d);
}

static bool person_in_capitals(const wt_doc *d, const char *name)
{
    const wt_entity *e = entity_named(d, name);
    return e && e->type == WT_ENT_PER;
}

/* a word in capitals right after an office names the office's body or
 * place, not its holder, unless it is the initials of a person named
 * before; a rank's initials are a person's; no name has a number */
static void bodies_in_capitals_after_an_office(void **state)
{
    (void)state;
    wt_doc *d = tu_process("\"Bendungan itu selesai tahun depan,\" kata Menteri PUPR di Lebak, Senin.\n\n"
                           "Warga melapor kepada Ketua RT setempat, Sugiarto Wibowo, pada malam itu.\n\n"
                           "Wakil Ketua Komisi Hukum DPR Bambang Sulistyo Harsono membuka rapat itu.\n\n"
                           "Wakil Ketua DPD Gerindra, Samsul Arifin, menolak usul itu.\n\n"
                           "Surat Menteri BUMN Nomor S-786/MBU/2019 dikirim kemarin.\n",
                           0);
    show_entities(d);
    assert_false(person_in_capitals(d, "PUPR"));
    assert_false(person_in_capitals(d, "RT"));
    assert_false(person_in_capitals(d, "Gerindra"));
    assert_false(person_in_capitals(d, "Nomor S-786"));
    assert_int_equal(type_named(d, "Sugiarto Wibowo"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Bambang Sulistyo Harsono"), WT_ENT_PER);
    assert_true(!d->quotes[0].speaker_name || strcmp(d->quotes[0].speaker_name, "PUPR") != 0);
    wt_doc_free(d);
    d = tu_process("Gubernur Banten Wahidin Halim (WH) meresmikan jalan itu.\n\n\"Kita akan bangun jalan ke sana,\" "
                   "tegas Gubernur WH.\n\nPolisi menahan Bripka MF di Markas Polres.\n",
                   0);
    show_entities(d);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Wahidin Halim");
    const wt_entity *mf = entity_named(d, "MF");
    assert_non_null(mf);
    assert_int_equal(mf->type, WT_ENT_PER);
    wt_doc_free(d);
}

/* streets, airports, mosques, universities named after a person are
 * places and bodies, not the person; after an office, or inside a
 * company's name, the person stays */
static void places_named_after_a_person(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Menurut dia, kalau pun Bandara Adi Sucipto penuh, pesawat akan dialihkan ke Solo.\n\n"
                           "Jarak pandang di landasan Bandara Syamsudin Noor pada pagi hari hanya 600 meter.\n\n"
                           "Hasil survei Universitas Slamet Riyadi (Unisri) pada Juli menempatkan nama itu di atas.\n\n"
                           "Rombongan kembali ke Masjid Agung Alkautsar sore harinya.\n\n"
                           "\"Stok obat masih cukup,\" kata Kepala Puskesmas Yudia Supradini.\n\n"
                           "KPK memeriksa Direktur Angkasa Pura Wisnu Raharjo pada Senin.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Bandara Adi Sucipto"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Bandara Syamsudin Noor"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Universitas Slamet Riyadi"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Masjid Agung Alkautsar"), WT_ENT_LOC);
    assert_null(entity_named(d, "Adi Sucipto"));
    assert_null(entity_named(d, "Slamet Riyadi"));
    assert_int_equal(type_named(d, "Yudia Supradini"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Wisnu Raharjo"), WT_ENT_PER);
    wt_doc_free(d);
}

/* a street keeps the rank or honorifics of the one it is named after
 * ("Jalan Letjen", "Jl. Jenderal", "Jl KH"), and its noun may be written
 * short; bridges, dams, parks and foundations named after a person are
 * places and bodies too. The officer who speaks is still a person. */
static void streets_with_ranks_and_other_named_places(void **state)
{
    (void)state;
    wt_doc *d =
        tu_process("Sebuah truk terguling di Jalan Letjen S Parman, Jakarta Barat, pada Selasa pagi.\n\n"
                   "Arus kendaraan dari Jl. Jenderal Sudirman dialihkan ke Jln. Slamet Riyadi.\n\n"
                   "Pedagang di Jl KH Mas Mansyur menutup toko lebih awal.\n\n"
                   "Warga menyeberang lewat Jembatan Hasan Basri yang baru diresmikan.\n\n"
                   "Beasiswa itu diberikan Yayasan Ahmad Dahlan kepada 40 mahasiswa.\n\n"
                   "\"Jalan itu kami tutup dua jam,\" kata Kasat Lantas Kompol Rudi Hartono.\n",
                   0);
    show_entities(d);
    assert_int_equal(type_named(d, "Jalan Letjen S Parman"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Jln. Slamet Riyadi"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Jembatan Hasan Basri"), WT_ENT_LOC);
    assert_int_equal(type_named(d, "Yayasan Ahmad Dahlan"), WT_ENT_ORG);
    assert_null(entity_named(d, "S Parman"));
    assert_null(entity_named(d, "Sudirman"));
    assert_null(entity_named(d, "Slamet Riyadi"));
    assert_null(entity_named(d, "Jln."));
    assert_null(entity_named(d, "Mas Mansyur"));
    assert_null(entity_named(d, "Hasan Basri"));
    assert_null(entity_named(d, "Ahmad Dahlan"));
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(d->entities[i].type != WT_ENT_PER || !strcmp(d->entities[i].name, "Rudi Hartono"));
    assert_int_equal(type_named(d, "Rudi Hartono"), WT_ENT_PER);
    wt_doc_free(d);
}

/* the head of a unit written short ("Kasat", "Kanit", "Kabid") is
 * followed by the unit's name, not the holder's: the holder is the one
 * after the rank or the comma, and speaks; an officer's corps after the
 * rank ("Letkol Inf") and the lower ranks ("Prada", "Serka", "Aipda")
 * are no part of a name */
static void heads_of_units_ranks_and_corps(void **state)
{
    (void)state;
    wt_doc *d = tu_process(
        "\"Pelaku sudah kami tahan sejak Senin,\" kata Kasat Reskrim Polres Bantul, AKP Rudy "
        "Setiawan, Selasa.\n\n"
        "\"Pengemudi itu mabuk berat saat ditangkap,\" kata Kanit Turjawali Iptu Anggoro Wibowo.\n\n"
        "Komandan batalion, Letkol Inf Hendra Saputra, mengatakan pasukan sudah tiba di pos.\n\n"
        "Prada Budi Santoso dan Serka Iwan Setiadi membantu warga memadamkan api.\n",
        0);
    show_entities(d);
    assert_true(type_named(d, "Reskrim Polres Bantul") != WT_ENT_PER);
    assert_null(entity_named(d, "Kasat Reskrim Polres Bantul"));
    assert_true(type_named(d, "Turjawali") != WT_ENT_PER);
    assert_null(entity_named(d, "Inf Hendra Saputra"));
    assert_null(entity_named(d, "Prada Budi Santoso"));
    assert_int_equal(type_named(d, "Rudy Setiawan"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Hendra Saputra"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Budi Santoso"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Iwan Setiadi"), WT_ENT_PER);
    assert_string_equal(entity_named(d, "Hendra Saputra")->role, "military_officer");
    assert_int_equal(d->n_quotes, 3);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Rudy Setiawan");
    assert_non_null(d->quotes[1].speaker_name);
    assert_string_equal(d->quotes[1].speaker_name, "Anggoro Wibowo");
    assert_non_null(d->quotes[2].speaker_name);
    assert_string_equal(d->quotes[2].speaker_name, "Hendra Saputra");
    wt_doc_free(d);
    /* "Ketua Umum" (general chair) and "Wakil Ketua Umum" are titles:
     * "Umum" opens no name */
    d = tu_process("Menurut Ketua Umum REI itu, penjualan rumah subsidi naik.\n\n"
                   "Wakil Ketua Umum Partai Gerindra Arief Santoso mengatakan partainya belum memutuskan.\n",
                   0);
    show_entities(d);
    assert_null(entity_named(d, "Umum REI"));
    assert_null(entity_named(d, "Umum Partai Gerindra Arief Santoso"));
    assert_int_equal(type_named(d, "Arief Santoso"), WT_ENT_PER);
    assert_string_equal(entity_named(d, "Arief Santoso")->role, "deputy_chair");
    wt_doc_free(d);
}

/* a maker, a platform or a shop (kind brand) is a company, never a
 * person: the words after it are a product's, unless a capitalised office
 * stands before it; its country is no one else's (a rider of a Japanese
 * team is not Japanese), and it is no party to relations between states.
 * The letters of the United Nations after a word of paying name the land
 * tax, in the whole story. */
static void brands_products_and_the_land_tax(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Penjualan Daihatsu Sigra naik 12 persen pada Agustus, kata Andi Wijaya.\n\n"
                           "Pembalap tim Yamaha, Marco Bezzecchi, finis ketiga di Misano.\n\n"
                           "Tokopedia menawarkan kerja sama kepada pemerintah Singapura.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Daihatsu"), WT_ENT_ORG);
    assert_string_equal(entity_named(d, "Daihatsu")->country, "JPN");
    assert_null(entity_named(d, "Daihatsu Sigra"));
    assert_null(entity_named(d, "Sigra"));
    assert_int_equal(type_named(d, "Tokopedia"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Marco Bezzecchi"), WT_ENT_PER);
    assert_null(entity_named(d, "Marco Bezzecchi")->country);
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
    d = tu_process("Warga yang menunggak PBB sejak 2016 mendapat keringanan. Keterlambatan pembayaran PBB "
                   "dikenai denda.\n\nSebagai informasi, PBB dapat dibayar lewat kantor pos.\n",
                   0);
    show_entities(d);
    assert_null(entity_named(d, "Perserikatan Bangsa-Bangsa"));
    wt_doc_free(d);
    d = tu_process("Sekjen PBB Antonio Guterres meminta semua negara anggota membayar iuran tepat waktu.\n", 0);
    show_entities(d);
    assert_int_equal(type_named(d, "Perserikatan Bangsa-Bangsa"), WT_ENT_ORG);
    wt_doc_free(d);
}

/* Indonesia's religious mass organisations and watchdogs (kind
 * civil_society) are bodies, never persons, by their names and their
 * letters */
static void civil_society_organisations(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Pengurus Besar Nahdlatul Ulama meminta umat tetap tenang.\n\n"
                           "Muhammadiyah menolak rencana itu, sedangkan Peneliti ICW, Kurnia Ramadhana, menilai "
                           "revisi itu melemahkan KPK.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Nahdlatul Ulama"), WT_ENT_ORG);
    assert_string_equal(entity_named(d, "Nahdlatul Ulama")->country, "IDN");
    assert_int_equal(type_named(d, "Muhammadiyah"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Indonesia Corruption Watch"), WT_ENT_ORG);
    assert_int_equal(type_named(d, "Kurnia Ramadhana"), WT_ENT_PER);
    wt_doc_free(d);
}

/* Indonesia's ministers by their portfolio or their short titles, and
 * offices only Indonesia has, are Indonesia's when no country is written;
 * a portfolio alone is not in a story about another country, nor after a
 * country in the sentence, nor when a name stands in it. */
static void ministers_by_portfolio_at_home(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Menteri Perhubungan Budi Karya Sumadi meninjau bandara baru. Menpora Imam Nahrawi "
                           "membuka turnamen itu, didampingi Bupati Majalengka Karna Sobahi.\n\n"
                           "\"Semua siap,\" kata Menhub. Pengamanan dipimpin Kombes Argo Yuwono.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Argo Yuwono", "IDN", "police_officer");
    expect_entity(d, "Budi Karya Sumadi", "IDN", "minister");
    expect_entity(d, "Imam Nahrawi", "IDN", "minister");
    expect_entity(d, "Karna Sobahi", "IDN", NULL);
    wt_doc_free(d);
    d = tu_process("Inggris mempromosikan mantan Menteri Keuangan George Osborne untuk jabatan itu. Inggris "
                   "kemudian mendukung kandidat lain.\n\n"
                   "Delegasi Tanzania yang dipimpin Menteri Perdagangan dan Industri, Amina Salum Ali tiba di "
                   "Jakarta. Menteri Luar Negeri Prancis Jean-Yves, Le Drian ikut berbicara.\n",
                   0);
    show_entities(d);
    const char *names[] = {"George Osborne", "Amina Salum Ali", "Le Drian"};
    for (size_t i = 0; i < 3; i++) {
        const wt_entity *e = entity_named(d, names[i]);
        assert_non_null(e);
        assert_false(e->country && !strcmp(e->country, "IDN"));
    }
    wt_doc_free(d);
}

/* An office's aide before it names the aide ("Juru Bicara Menlu Nama",
 * "Asisten Pribadi Menpora Nama"), unless a second name follows after a
 * comma: then the first holds the office ("Sekretaris Pribadi Presiden
 * Habibie, Nama"). */
static void aides_of_an_office(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Juru Bicara Menlu Teuku Faizasyah menjelaskan hal itu. Asisten Pribadi Menpora Miftahul "
                           "Ulum ditahan. Staf Khusus Mendagri Kastorius Sinaga berbicara.\n\n"
                           "Sekretaris Pribadi Presiden Ghana Nana Akufo-Addo, Kwame Mensah, membenarkan kabar itu.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Teuku Faizasyah", NULL, "spokesperson");
    expect_entity(d, "Kastorius Sinaga", "IDN", "adviser");
    const wt_entity *ulum = entity_named(d, "Miftahul Ulum");
    assert_non_null(ulum);
    assert_null(ulum->role);
    expect_entity(d, "Nana Akufo-Addo", "GHA", "head_of_state");
    wt_doc_free(d);
}

/* Indonesian writes the holder's name last: a span the tagger read as a
 * person between a title and the holder's name is the office's body,
 * unit or rank (dropped, its role the holder's); and a title is no
 * misspelt family name ("Presiden" is not "Mr President"'s). */
static void an_office_before_its_holder(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kabut asap menebal di Selat Malaka. \"Kapal diminta menunda pelayaran bila jarak pandang "
                           "pendek,\" ujar Direktur Kesatuan Penjagaan Laut Kemenhub Ahmad dalam siaran pers, Minggu.\n",
                           0);
    show_entities(d);
    assert_null(entity_named(d, "Kesatuan Penjagaan Laut Kemenhub"));
    expect_entity(d, "Ahmad", NULL, "director");
    assert_string_equal(d->quotes[0].speaker_name, "Ahmad");
    wt_doc_free(d);
    d = tu_process("Habibie mengenang pertemuan itu. \"Selamat datang, Mr President,\" ujar Marcos. Presiden Soeharto "
                   "kemudian bertemu Presiden Marcos di Manado. Presiden Marcos menawarkan kerja sama.\n",
                   0);
    show_entities(d);
    const wt_entity *mr = entity_named(d, "Mr President");
    assert_true(!mr || mr->n_mentions == 1);
    wt_doc_free(d);
}

/* "Bupati Karanganyar Juliyatmono", "Gubernur Kalbar Sutarmidji": the
 * tagger reads the office's place with the holder's name; the place is
 * the place, and the name after it the holder's, with the role. */
static void an_office_s_place_is_no_name(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Bupati Karanganyar Juliyatmono menyesalkan penilaian itu. Warga di Karanganyar menolak "
                           "hasilnya. Pemkab Karanganyar akan menyurati komisi.\n",
                           0);
    show_entities(d);
    assert_null(entity_named(d, "Karanganyar Juliyatmono"));
    expect_entity(d, "Juliyatmono", "IDN", "regent");
    const wt_entity *place = entity_named(d, "Karanganyar");
    assert_non_null(place);
    assert_int_equal(place->type, WT_ENT_LOC);
    wt_doc_free(d);
    d = tu_process("Kabut asap menyelimuti Pontianak. Gubernur Kalbar Sutarmidji mengatakan penanganan kebakaran "
                   "sudah dilakukan.\n",
                   0);
    show_entities(d);
    assert_null(entity_named(d, "Kalbar Sutarmidji"));
    expect_entity(d, "Sutarmidji", "IDN", "governor");
    wt_doc_free(d);
}

/* An office, its portfolio or body, a comma and the holder: the
 * holder has the office's role ("Direktur Jenderal Hortikultura,
 * Prihasto Setyanto"); an aide's title makes the aide the one named; a
 * body's president is no state's head. */
static void an_office_with_its_body_before_a_name(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Direktur Jenderal Hortikultura, Prihasto Setyanto, mengharapkan koordinasi ini berhasil. "
                           "Staf Ahli Menteri Agama Janedjri Gaffar juga hadir. Kepala Dinas Kesehatan DKI Jakarta "
                           "Widyastuti memeriksa makanan. Presiden Real Madrid Florentino Perez menonton.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Prihasto Setyanto", NULL, "director_general");
    const wt_entity *aide = entity_named(d, "Janedjri Gaffar");
    assert_non_null(aide);
    assert_true(!aide->role || strcmp(aide->role, "minister") != 0);
    expect_entity(d, "Widyastuti", NULL, "head");
    const wt_entity *perez = entity_named(d, "Florentino Perez");
    assert_non_null(perez);
    assert_true(!perez->role || strcmp(perez->role, "head_of_state") != 0);
    wt_doc_free(d);
}

/* A one-word town of the world gazetteer ("Chelsea" in the United
 * States, "Honda" in Colombia) is that town only with evidence: its
 * country named, a word of place before it, or a story at home; else the
 * tagger's reading (a club, a maker) stands, with no false country. */
static void world_towns_need_evidence(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Chelsea menang 2-0 atas Wolverhampton di Stadion Molineux. Manajer Chelsea Frank Lampard "
                           "memuji para pemainnya.\n\nHonda meluncurkan skuter listrik baru di Jakarta. Honda menyebut "
                           "produksinya dimulai tahun depan.\n",
                           0);
    show_entities(d);
    const wt_entity *chelsea = entity_named(d, "Chelsea"), *honda = entity_named(d, "Honda");
    assert_non_null(chelsea);
    assert_non_null(honda);
    assert_null(chelsea->country);
    assert_null(honda->country);
    expect_entity(d, "Jakarta", "IDN", NULL);
    wt_doc_free(d);
    /* the story's tagger reads the word inside a club's name elsewhere */
    d = tu_process("Borussia Dortmund kalah dari Barcelona di Camp Nou. Sancho berperan vital dalam permainan Dortmund "
                   "musim lalu. Pelatih Lucien Favre memuji Sancho.\n",
                   0);
    show_entities(d);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(!d->entities[i].country || strcmp(d->entities[i].country, "DEU") != 0);
    wt_doc_free(d);
    d = tu_process("Kota Chelsea di negara bagian Massachusetts, Amerika Serikat, dilanda badai. Chelsea kehilangan "
                   "aliran listrik.\n",
                   0);
    show_entities(d);
    expect_entity(d, "Chelsea", "USA", NULL);
    wt_doc_free(d);
    /* an office's short title that is also a town's name is the office */
    d = tu_process("Partai itu membuka pendaftaran bakal calon Wako dan Wawako Bukittinggi hingga akhir bulan. "
                   "Kami siap mendukung calon Wako yang berniat maju, kata ketua partai.\n",
                   0);
    show_entities(d);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(!d->entities[i].country || strcmp(d->entities[i].country, "JPN") != 0);
    wt_doc_free(d);
}

/* Indonesian writes a country by its Indonesian name (Yordania); the
 * English one inside a longer person's name is a given or family name
 * ("Jordan Henderson"), unless the story names the country otherwise. */
static void english_country_names_in_persons_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Gelandang Liverpool Jordan Henderson mencetak gol kedua. Pelatih Juergen Klopp memuji "
                           "Jordan Henderson seusai laga. Aktor Michael B. Jordan menonton dari tribun.\n",
                           0);
    show_entities(d);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(!d->entities[i].country || strcmp(d->entities[i].country, "JOR") != 0);
    assert_non_null(entity_named(d, "Jordan Henderson"));
    wt_doc_free(d);
    d = tu_process("Menteri Luar Negeri Retno Marsudi bertemu Raja Abdullah II di Amman. Jordan dan Indonesia "
                   "sepakat memperluas kerja sama perdagangan.\n",
                   0);
    show_entities(d);
    expect_entity(d, "Yordania", "JOR", NULL);
    wt_doc_free(d);
}

/* A word written small that is one of the language closes no person's
 * name ("ucap Rio Febrian lirih": softly). */
static void small_words_close_no_name(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Penyanyi Rio Febrian hadir. \"Saya bersyukur,\" ucap Rio Febrian lirih.\n", 0);
    show_entities(d);
    assert_null(entity_named(d, "Rio Febrian lirih"));
    const wt_entity *rio = entity_named(d, "Rio Febrian");
    assert_non_null(rio);
    assert_int_equal(rio->n_mentions, 2);
    wt_doc_free(d);
}

/* A deputy is not the holder: "Wakil" before a title the table has no
 * deputy's line for gives the deputy's role, or none. */
static void deputies_are_not_holders(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Wakil Menteri Luar Negeri Korea Utara Choe Son Hui mengatakan Pyongyang siap berunding. "
                           "Wakil Menlu AS Stephen Biegun tiba di Seoul.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Choe Son Hui", "PRK", "deputy_minister");
    expect_entity(d, "Stephen Biegun", "USA", "deputy_minister");
    wt_doc_free(d);
    d = tu_process("Wakil Menteri Perdagangan Jerry Sambuaga membuka pameran itu di Jakarta. Wakil Sekretaris Jenderal "
                   "Partai Gerindra Andre Rosiade hadir.\n",
                   0);
    show_entities(d);
    expect_entity(d, "Jerry Sambuaga", "IDN", "deputy_minister");
    const wt_entity *andre = entity_named(d, "Andre Rosiade");
    assert_non_null(andre);
    assert_true(!andre->role || strcmp(andre->role, "party_leader") != 0);
    wt_doc_free(d);
}

/* A place the knowledge base knows between an office and the name is
 * the office's, and its country the holder's. */
static void offices_of_known_places(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Gubernur DKI Jakarta Anies Baswedan hadir. Wali Kota Surabaya Eri Cahyadi juga hadir. "
                           "Gubernur Tokyo Yuriko Koike berbicara.\n",
                           0);
    show_entities(d);
    expect_entity(d, "DKI Jakarta", "IDN", NULL);
    expect_entity(d, "Anies Baswedan", "IDN", "governor");
    expect_entity(d, "Eri Cahyadi", "IDN", "mayor");
    expect_entity(d, "Yuriko Koike", "JPN", "governor");
    wt_doc_free(d);
}

/* a local body's place after its noun is no part of the name of the
 * official named after it */
static void places_of_local_bodies(void **state)
{
    (void)state;
    wt_doc *d = tu_process("\"Berkas perkara masih kami teliti,\" kata Kasi Pidana Umum Kejari Blitar Suparmanto di "
                           "kantornya.\n\nSekolah diliburkan tiga hari di Dharmasraya. \"Kabut asap makin tebal,\" "
                           "kata Kabag Humas Pemkab Dharmasraya Budi Waluyo, Kamis.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Suparmanto"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Budi Waluyo"), WT_ENT_PER);
    assert_null(entity_named(d, "Blitar Suparmanto"));
    assert_null(entity_named(d, "Dharmasraya Budi Waluyo"));
    assert_string_equal(d->quotes[0].speaker_name, "Suparmanto");
    wt_doc_free(d);
}

/* a known person's full name goes on with the family's name (al-, el-):
 * the same person, linked; one known word before al- stays a given name
 * of someone else ("Turki" is no country there) */
static void family_name_after_a_known_full_name(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Raja Salman bin Abdulaziz al-Saud menerima telepon dari Presiden Joko Widodo.\n\n"
                           "Sheikh Mohammed bin Zayed al-Nahyan tiba di Jakarta pada Rabu.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Salman bin Abdulaziz", "SAU", NULL);
    expect_entity(d, "Mohamed bin Zayed Al Nahyan", "ARE", NULL);
    assert_true(has_mention(d, entity_named(d, "Salman bin Abdulaziz"), "Salman bin Abdulaziz al-Saud"));
    assert_null(entity_named(d, "Mohammed bin Zayed al-Nahyan"));
    wt_doc_free(d);
}

/* no person's name ends with an English noun of a place, an
 * institution or an occasion ("Carrow Road", "Sultan Mahmud Airport"),
 * nor with "dkk" or "cs"; the person named after such a place's office
 * speaks */
static void names_ending_with_a_place_noun(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Tim tamu bertandang ke markas Norwich, Carrow Road, Sabtu malam.\n\n"
                           "Menurut Manajer Sultan Mahmud Airport, Ahmad Rizal, penerbangan ke Singapura ditunda tiga "
                           "jam.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Carrow Road"), WT_ENT_LOC);
    assert_true(type_named(d, "Mahmud Airport") != WT_ENT_PER);
    assert_int_equal(type_named(d, "Ahmad Rizal"), WT_ENT_PER);
    assert_int_equal(d->n_quotes, 1);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Ahmad Rizal");
    wt_doc_free(d);
    /* nor with "dkk" or "cs" (and colleagues) */
    d = tu_process("Permainan menyerang langsung ditunjukkan Yohanes Pahabol dkk sejak awal babak pertama.\n\n"
                   "Pimpinan KPK, Agus Rahardjo Cs, dinilai tidak konsisten.\n",
                   0);
    show_entities(d);
    assert_int_equal(type_named(d, "Yohanes Pahabol"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Agus Rahardjo"), WT_ENT_PER);
    assert_null(entity_named(d, "Yohanes Pahabol dkk"));
    assert_null(entity_named(d, "Agus Rahardjo Cs"));
    wt_doc_free(d);
}

/* a kiai's, a religious teacher's or a coach's honorific is no part of
 * the name ("KH Ahmad Mustofa Hasyim" is Ahmad Mustofa Hasyim, and "kata
 * Kiai Mustofa" him), nor a name of its own, nor evidence that a known
 * person is meant ("Ustadz Mahfud" is no minister) */
static void religious_and_informal_honorifics(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Pengasuh pesantren KH Ahmad Mustofa Hasyim membuka pengajian itu pada Sabtu malam. "
                           "\"Santri harus belajar sungguh-sungguh,\" kata Kiai Mustofa.\n\n"
                           "Menurut Ustadz Mahfud, doa itu dibaca setiap pagi.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Ahmad Mustofa Hasyim"), WT_ENT_PER);
    assert_null(entity_named(d, "KH"));
    assert_null(entity_named(d, "Kiai Mustofa"));
    assert_null(entity_named(d, "Mahfud MD"));
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Ahmad Mustofa Hasyim");
    wt_doc_free(d);
}

/* a police or military rank ends a body's name, the holder's follows;
 * headquarters ("Mabes") are a body; a hospital named after a person
 * after its short form in brackets is the hospital; a day's name is no
 * one's */
static void ranks_headquarters_hospitals_and_days(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kepala Biro Penerangan Masyarakat Mabes Polri Brigadir Jenderal Dedi Prasetyo mengatakan "
                           "hal itu di Jakarta.\n\nMantan menteri itu dirawat di Rumah Sakit Pusat Angkatan Darat "
                           "(RSPAD) Gatot Soebroto sejak Senin.\n\n\"Kami masih menunggu,\" kata peneliti itu di "
                           "Jakarta, Ahad, 15 September 2019.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Dedi Prasetyo"), WT_ENT_PER);
    for (size_t i = 0; i < d->n_entities; i++) {
        assert_null(strstr(d->entities[i].name, "Brigadir"));
        if (strstr(d->entities[i].name, "Mabes") || strstr(d->entities[i].name, "Gatot"))
            assert_int_not_equal(d->entities[i].type, WT_ENT_PER);
    }
    assert_null(entity_named(d, "Ahad"));
    wt_doc_free(d);
}

/* Indonesia's political parties are bodies the knowledge base knows
 * (IDN): a party's name opening a person's span is the party the person
 * belongs to, not part of the name, whether a title stands before it or
 * not (and a party's council, "Dewan Pakar Partai Golkar", is a body of
 * the party); a party's short name after the noun of a law or a
 * company's form names that law or that company; a politician described
 * by the party is the one named as its member */
static void political_parties(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Ketua Dewan Pakar Partai Golkar Rudianto Wiratmo menghadiri rapat itu di Jakarta.\n\n"
                           "\"Kami belum memutuskan,\" ujar anggota Fraksi PAN Sekar Ayuningtyas di gedung DPRD.\n\n"
                           "Aktivis perempuan mendesak DPR segera mengesahkan RUU PKS tahun ini.\n\n"
                           "Perum Perindo menjual ikan beku ke pasar ekspor.\n\n"
                           "Anggota Fraksi PKB Hendra Kusuma menolak usul itu. Wakil Ketua Komisi II Bambang "
                           "Susilo menyebut usul itu masih dikaji. \"Kami akan menunggu sikap pemerintah,\" kata "
                           "politikus PKB itu.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Dewan Pakar Partai Golkar", "IDN", NULL);
    expect_entity(d, "Partai Amanat Nasional", "IDN", NULL);
    assert_int_equal(type_named(d, "Rudianto Wiratmo"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Sekar Ayuningtyas"), WT_ENT_PER);
    assert_null(entity_named(d, "Golkar Rudianto Wiratmo"));
    assert_null(entity_named(d, "PAN Sekar Ayuningtyas"));
    /* the bill on sexual violence and the state fishery company */
    assert_null(entity_named(d, "Partai Keadilan Sejahtera"));
    assert_null(entity_named(d, "Partai Persatuan Indonesia"));
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Sekar Ayuningtyas");
    /* "politikus PKB itu" is the one named as the party's, not the last
     * person named */
    const wt_quote *last = &d->quotes[d->n_quotes - 1];
    assert_true(strstr(d->text + last->start, "Kami akan menunggu") == d->text + last->start);
    assert_non_null(last->speaker_name);
    assert_string_equal(last->speaker_name, "Hendra Kusuma");
    wt_doc_free(d);
}

/* an office of a place (a regent, a district's or village's head, a
 * police chief) names its place before the holder: the place, one the
 * knowledge base knows or the document writes as a place elsewhere, is
 * no part of the name, and an office with no holder named is no person
 * named after its place; the office as written speaks by the holder
 * named after it */
static void offices_of_a_place(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Warga di Sukamandiri mengeluhkan asap pembakaran arang.\n\n"
                           "\"Kami akan mencari alat penyaring asap,\" kata Camat Sukamandiri Rahmat Hidayatullah.\n\n"
                           "Bupati Majalengka Karna Sobahi meninjau bandara itu.\n\n"
                           "\"Pelaku sudah kami amankan,\" kata Kapolsek Cibeureum Hilir.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Rahmat Hidayatullah", NULL, "district_head");
    expect_entity(d, "Karna Sobahi", "IDN", NULL);
    assert_int_equal(type_named(d, "Rahmat Hidayatullah"), WT_ENT_PER);
    assert_null(entity_named(d, "Sukamandiri Rahmat Hidayatullah"));
    assert_null(entity_named(d, "Majalengka Karna Sobahi"));
    assert_true(type_named(d, "Cibeureum Hilir") != WT_ENT_PER);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Rahmat Hidayatullah");
    wt_doc_free(d);
    /* the office as written speaks by its holder named after it */
    d = tu_process("Polisi menangkap dua pencuri sepeda motor.\n\n\"Keduanya sudah kami tahan,\" kata Kapolsek "
                   "Sukaluyu, Kompol Darmawan Suteja saat dikonfirmasi, Senin.\n",
                   0);
    show_entities(d);
    assert_int_equal(d->n_quotes, 1);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "Darmawan Suteja");
    wt_doc_free(d);
    /* a deputy police chief's and a region's secretary's offices too */
    d = tu_process("Polisi menangkap dua pengedar. Wakapolres Merangin Kompol Edi Inganta menjelaskan barang bukti "
                   "sudah diamankan.\n\nDidampingi Sekda Kabupaten Bogor Burhanudin, warga menyampaikan keluhan "
                   "soal jalan rusak.\n",
                   0);
    show_entities(d);
    expect_entity(d, "Edi Inganta", "IDN", "deputy_police_chief");
    expect_entity(d, "Burhanudin", NULL, "regional_secretary");
    assert_true(type_named(d, "Merangin") != WT_ENT_PER);
    assert_int_equal(type_named(d, "Kabupaten Bogor"), WT_ENT_LOC);
    wt_doc_free(d);
}

static void one_word_names_that_speak(void **state)
{
    (void)state;
    const char *story = "Tunggal putra Indonesia lolos ke semifinal turnamen bulu tangkis itu. Ia menundukkan Kento "
                        "Momota dalam pertandingan tiga gim, Jumat.\n\nGinting mengaku masih mencari ritme di gim "
                        "pertama. \"Saya masih belum bisa mengontrol keadaan lapangan yang berangin,\" kata dia.\n\n"
                        "Pada babak semifinal, Ginting akan bertemu pemain Denmark. \"Saya harus bisa mengontrol "
                        "permainan,\" kata Ginting.\n";
    wt_doc *d = tu_process(story, 0);
    show_entities(d);
    const wt_entity *g = expect_person(d, "Ginting", 3);
    assert_true(g->mentions[0].start == (size_t)(strstr(story, "Ginting mengaku") - story));
    wt_doc_free(d);
    d = tu_process(
        "Tunggal putra Indonesia lolos ke semifinal turnamen itu. Ia menundukkan Kento Momota dalam tiga "
        "gim, Jumat.\n\nFirdaus mengaku masih mencari ritme di gim pertama.\n\nPelatih Firdaus, Hendry "
        "Saputra, puas.\n",
        0);
    show_entities(d);
    g = entity_named(d, "Firdaus"); /* a word of the language too: a given name not taken alone */
    assert_non_null(g);
    assert_int_equal(g->n_mentions, 1);
    wt_doc_free(d);
    /* a town of the world gazetteer does not speak: "ujar Valverde" */
    d = tu_process("Barcelona tersingkir dari Liga Champions musim lalu.\n\n\"Itu masa lampau, besok adalah masa "
                   "depan,\" ujar Valverde kepada wartawan.\n\nDinas kesehatan membagikan masker kepada warga. "
                   "\"Kurangi kegiatan di luar rumah,\" kata Harrison, Senin.\n\nMaskapai itu menunda "
                   "penerbangan. \"Kami mohon maaf atas dampak yang timbul,\" jelas Danang.\n",
                   0);
    show_entities(d);
    assert_int_equal(type_named(d, "Valverde"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Harrison"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Danang"), WT_ENT_PER); /* not Da Nang, a hand-written place */
    assert_null(entity_named(d, "Valverde")->country);
    wt_doc_free(d);
}

/* The name after a police rank inside the tagger's span, and a Balinese
 * name (I or Ni, a name of birth order) the tagger took for a place; a
 * rank that is a word of the language stays in a name. */
static void names_after_ranks_and_balinese_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kapolres Badung AKBP I Gede Nyeneng mengatakan pelaku sudah ditahan. "
                           "Pakar hukum Gandjar Laksamana Bonaprapta mengatakan aturan itu keliru.\n",
                           0);
    show_entities(d);
    expect_entity(d, "I Gede Nyeneng", NULL, "police_officer");
    assert_null(entity_named(d, "Badung AKBP I Gede Nyeneng"));
    assert_int_equal(type_named(d, "Gandjar Laksamana Bonaprapta"), WT_ENT_PER);
    wt_doc_free(d);
    d = tu_process("\"Berkas perkara sudah dikirim ke Kejaksaan Negeri Jakarta Selatan,\" ucap AKBP I Gede Nyeneng.\n\n"
                   "Kasubdit Penmas Polda Metro Jaya AKBP I Gede Nyeneng lewat surat itu menjelaskan kasusnya.\n",
                   0);
    show_entities(d);
    const wt_entity *e = entity_named(d, "I Gede Nyeneng");
    assert_non_null(e);
    assert_int_equal(e->type, WT_ENT_PER);
    assert_int_equal(e->n_mentions, 2);
    assert_null(entity_named(d, "Gede Nyeneng"));
    assert_true(d->n_quotes >= 1);
    assert_non_null(d->quotes[0].speaker_name);
    assert_string_equal(d->quotes[0].speaker_name, "I Gede Nyeneng");
    wt_doc_free(d);
}

/* A ministry's name goes on past "dan": its last word is not the
 * minister's first name; a name that opens with a word of the
 * language keeps it. */
static void portfolios_past_and(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya Bakar menyatakan pemerintah akan "
                           "mengajukan banding.\n\nMenteri Komunikasi dan Informatika Rudiantara mengatakan layanan "
                           "internet pulih.\n\nMenteri Pemuda dan Olahraga Imam Nahrawi hadir di stadion.\n",
                           0);
    show_entities(d);
    assert_int_equal(type_named(d, "Siti Nurbaya Bakar"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Rudiantara"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Imam Nahrawi"), WT_ENT_PER);
    assert_null(entity_named(d, "Kehutanan Siti Nurbaya Bakar"));
    assert_null(entity_named(d, "Informatika Rudiantara"));
    wt_doc_free(d);
}

/* A one-word name that is a word of the language too ("firdaus",
 * paradise) is a person where a reporting verb shows it ("kata Firdaus");
 * opening a sentence again before one ("Firdaus mengatakan"), where its
 * capital says nothing, it is the same person, and the statement after
 * it ("..., tuturnya") is theirs, not the suspect's named between. */
static void one_word_names_speak_again(void **state)
{
    (void)state;
    const char *text = "Polisi menangkap seorang pengusaha agen perjalanan umrah di Depok. \"Kami masih "
                       "menyelidiki kasus ini,\" kata Firdaus di Depok, Senin. Pengusaha Hambali Abbas melarikan "
                       "diri pada 2018. Firdaus mengatakan saat ini pihaknya tengah memanggil para saksi. \"Masih "
                       "dalam penyelidikan,\" tuturnya.";
    wt_doc *d = tu_process(text, 0);
    show_entities(d);
    const wt_entity *f = expect_person(d, "Firdaus", 2);
    const char *again = strstr(d->text, "Firdaus mengatakan");
    assert_non_null(again);
    assert_int_equal(f->mentions[1].start, again - d->text);
    const char *last = NULL;
    for (size_t i = 0; i < d->n_quotes; i++)
        last = d->quotes[i].speaker >= 0 ? d->entities[d->quotes[i].speaker].name : NULL;
    assert_non_null(last);
    assert_string_equal(last, "Firdaus");
    wt_doc_free(d);
}

/* An acronym a document defines in brackets after a name stands for that
 * name from there on, also where the knowledge base knows it as another's
 * ("Partai Bulan Bintang (PBB)": not the United Nations), but not where
 * the name is the known body misspelt ("Badan Pemeriksaan Keuangan
 * (BPK)") or the acronym is a part's ("Kementerian Luar Negeri Amerika
 * Serikat (AS)"). A known body inside a person's span is the body the
 * person serves. */
static void acronyms_and_bodies_a_document_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Hamdan adalah anggota Fraksi Partai Bulan Bintang (PBB) saat itu. Fraksi PBB tetap "
                           "meminta Habibie maju.\n\nBadan Pemeriksaan Keuangan (BPK) memeriksa laporan itu. BPK "
                           "menemukan kerugian.\n\nKementerian Luar Negeri Amerika Serikat (AS) mengecam serangan "
                           "itu. AS menuduh Iran.\n\nStaf Ahli Bidang Ekonomi dan Sumber Daya Manusia (SDM) "
                           "Kemnaker Aris Wahyudi mengatakan Kemnaker mengadakan bursa kerja.\n",
                           0);
    show_entities(d);
    const wt_entity *pbb = entity_named(d, "Partai Bulan Bintang");
    assert_non_null(pbb);
    assert_int_equal(pbb->n_mentions, 3);
    assert_null(entity_named(d, "Perserikatan Bangsa-Bangsa"));
    expect_entity(d, "Badan Pemeriksa Keuangan", "IDN", NULL);
    expect_entity(d, "Amerika Serikat", "USA", NULL);
    expect_entity(d, "Kementerian Ketenagakerjaan", "IDN", NULL);
    expect_entity(d, "Aris Wahyudi", "IDN", NULL);
    assert_int_equal(type_named(d, "Aris Wahyudi"), WT_ENT_PER);
    wt_doc_free(d);
}

/* The whole table of edits, any case: what the banded count must agree with. */
static int levenshtein(const char *a, size_t na, const char *b, size_t nb)
{
    int d[24][24];
    for (size_t i = 0; i <= na; i++)
        for (size_t j = 0; j <= nb; j++) {
            if (!i || !j) {
                d[i][j] = (int)(i + j);
                continue;
            }
            int v = d[i - 1][j - 1] + (tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]));
            v = d[i - 1][j] + 1 < v ? d[i - 1][j] + 1 : v;
            d[i][j] = d[i][j - 1] + 1 < v ? d[i][j - 1] + 1 : v;
        }
    return d[na][nb];
}

static void titles_and_distances(void **state)
{
    (void)state;
    const char *w[] = {"Perdana", "Menteri", "Rusia"};
    const char *role = NULL;
    assert_int_equal(wt_title_at(tu_pipeline()->titles, w, 3, 0, &role), 2);
    assert_string_equal(role, "head_of_government");
    const char *pm[] = {"pm", "Rusia"};
    assert_int_equal(wt_title_at(tu_pipeline()->titles, pm, 2, 0, &role), 0);
    /* the longest title that starts with the word, in any case */
    static const struct {
        const char *w[4];
        size_t n;
        const char *role;
    } CASES[] = {{{"WAKIL", "PERDANA", "MENTERI", "Rusia"}, 3, "deputy_head_of_government"},
                 {{"wakil", "presiden", "terpilih"}, 2, "vice_president"},
                 {{"Menteri", "Luar", "Negeri", "Rusia"}, 3, "foreign_minister"},
                 {{"Menteri", "Luar", "Angkasa"}, 1, "minister"},
                 {{"PM", "Rusia"}, 1, "head_of_government"},
                 /* a title the table writes small wins where the text does */
                 {{"kapten", "Sergio", "Ramos"}, 1, "captain"},
                 {{"Kapten", "Inf", "Legimin"}, 1, "military_officer"},
                 {{"KAPTEN", "Inf", "Legimin"}, 1, "military_officer"},
                 {{"Wakilnya", "datang"}, 0, NULL}};
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        size_t n = 0;
        while (n < 4 && CASES[i].w[n])
            n++;
        role = NULL;
        assert_int_equal(wt_title_at(tu_pipeline()->titles, CASES[i].w, n, 0, &role), CASES[i].n);
        if (CASES[i].role)
            assert_string_equal(role, CASES[i].role);
    }
    assert_int_equal(wt_edit_distance("Mishustin", 9, "Mishutin", 8), 1);
    assert_int_equal(wt_edit_distance("Putin", 5, "putin", 5), 0);
    assert_int_equal(wt_edit_distance("abc", 3, "xyz", 3), 3);
    /* the banded counts agree with the whole table up to their bounds, on
     * pairs of words from a small alphabet (so that many are close) */
    uint64_t rng = 7;
    for (int round = 0; round < 20000; round++) {
        char a[24], b[24];
        size_t na = 0, nb = 0;
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        na = (size_t)(rng >> 59) % 21;
        for (size_t i = 0; i < na; i++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            a[i] = "abcAB"[(rng >> 40) % 5];
        }
        /* b: a with a few random edits, or another word */
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        nb = na;
        memcpy(b, a, na);
        for (int e = 0; e < (int)((rng >> 60) % 5); e++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            size_t at = nb ? (size_t)(rng >> 33) % nb : 0;
            int op = (int)((rng >> 20) % 3);
            if (op == 0 && nb < 20) { /* insert */
                memmove(b + at + 1, b + at, nb - at);
                b[at] = "abc"[(rng >> 10) % 3];
                nb++;
            } else if (op == 1 && nb) { /* delete */
                memmove(b + at, b + at + 1, nb - at - 1);
                nb--;
            } else if (nb) {
                b[at] = "abcC"[(rng >> 10) % 4];
            }
        }
        int full = levenshtein(a, na, b, nb);
        assert_int_equal(wt_edit_distance(a, na, b, nb), full < 9 ? full : 9);
        for (int k = 0; k <= 4; k++)
            assert_int_equal(wt_edits_within(a, na, b, nb, k), full < k + 1 ? full : k + 1);
    }
    const wt_kb_entity *p = wt_kb_person_by_part(tu_pipeline()->kb, "Putin", 5);
    assert_non_null(p);
    assert_string_equal(p->name, "Vladimir Putin");
    assert_non_null(wt_kb_person_by_part(tu_pipeline()->kb, "Prabowo", 7)); /* Indonesians by first name */
    assert_null(wt_kb_person_by_part(tu_pipeline()->kb, "Vladimir", 8));
}

/* A knowledge-base link needs evidence. */
static void links_need_evidence(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Warga Bidara Cina menggugat pemerintah kota.\n\n"
                           "Tersangka berinisial AS ditangkap di rumahnya.\n\n"
                           "Umat mengenang kisah Nabi Ibrahim setiap tahun.\n\n"
                           "Direktur Utama PT Maju Jaya Widodo Setiadi mendukung pernyataan itu.\n",
                           0);
    for (size_t i = 0; i < d->n_entities; i++) {
        const wt_entity *e = &d->entities[i];
        fprintf(stderr, "entity %s %s\n", e->name, e->country ? e->country : "-");
        assert_false(e->country && (!strcmp(e->country, "CHN") || !strcmp(e->country, "USA") ||
                                    !strcmp(e->country, "MYS")));
        assert_true(strcmp(e->name, "Joko Widodo") != 0 && strcmp(e->name, "Anwar Ibrahim") != 0);
    }
    wt_doc_free(d);
    /* a known person's short name needs evidence: a title, the full name
     * earlier, or (for a foreigner) the country named earlier */
    d = tu_process("Ibrahim juga membantah bahwa revisi undang-undang itu melemahkan lembaga antikorupsi.\n\n"
                   "Panglima tiba di kompleks Astana Giribangun pada pagi hari.\n",
                   0);
    for (size_t i = 0; i < d->n_entities; i++) {
        fprintf(stderr, "entity %s %s\n", d->entities[i].name, d->entities[i].country ? d->entities[i].country : "-");
        assert_true(strcmp(d->entities[i].name, "Anwar Ibrahim") != 0);
        assert_false(d->entities[i].country && !strcmp(d->entities[i].country, "KAZ"));
    }
    wt_doc_free(d);
    d = tu_process("Perdana Menteri Malaysia menyambut tamunya.\n\nIbrahim mengatakan kedua negara bersahabat.\n", 0);
    assert_non_null(entity_named(d, "Anwar Ibrahim")); /* Malaysia named before: evidence */
    wt_doc_free(d);
    /* an acronym that opens an English name is part of it */
    d = tu_process("Presiden membuka kongres ASEAN Federation of Engineering Organizations di Jakarta.\n\n"
                   "Para insinyur dari sepuluh negara hadir.\n",
                   0);
    assert_null(entity_named(d, "ASEAN"));
    wt_doc_free(d);
    d = tu_process("Menteri Luar Negeri Retno Marsudi menghadiri KTT ASEAN di Bangkok.\n", 0);
    assert_non_null(entity_named(d, "ASEAN"));
    wt_doc_free(d);
    /* a title and its country in apposition */
    d = tu_process("Menteri Luar Negeri Kamboja, Sokha Vannarith, tiba di Jakarta pada Selasa.\n", 0);
    const wt_entity *e = entity_named(d, "Sokha Vannarith");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "KHM");
    wt_doc_free(d);
}

/* The world gazetteer (data/kb/cities.tsv): towns get their country; a
 * town's name that is a word of a person named in full is that person;
 * lower-case words around a place's name are not part of it; the tagger's
 * copy of a country the document names is that country. */
static void world_places(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kapal itu berlabuh di Jeddah sebelum berlayar ke kota Abqaiq.\n\n"
                           "Gubernur negara bagian California menyambut rencana itu.\n", 0);
    const wt_entity *e = entity_named(d, "Jeddah");
    assert_non_null(e);
    assert_string_equal(e->country, "SAU");
    e = entity_named(d, "Abqaiq"); /* "kota" is no part of the name */
    assert_non_null(e);
    assert_string_equal(e->country, "SAU");
    assert_null(entity_named(d, "kota Abqaiq"));
    e = entity_named(d, "California");
    assert_non_null(e);
    assert_string_equal(e->country, "USA");
    wt_doc_free(d);
    /* "Place, Country" closes a phrase; a country opening the next clause
     * is no place's */
    d = tu_process("Urusan konsuler masih dilayani kedutaan di Nur Sultan, Kazakhstan.\n\n"
                   "Setelah kapal patroli AS berjaga di Teluk, Qatar juga akan mengirim kapal.\n",
                   0);
    expect_entity(d, "Nur Sultan", "KAZ", NULL);
    assert_int_equal(entity_named(d, "Nur Sultan")->type, WT_ENT_LOC);
    e = entity_named(d, "Teluk");
    assert_true(!e || !e->country);
    wt_doc_free(d);
    /* "Bolton" is a town in England, and here the adviser */
    d = tu_process("Penasihat keamanan nasional AS, John Bolton, dipecat pada Selasa.\n\n"
                   "Bolton mengatakan ia mengundurkan diri.\n", 0);
    for (size_t i = 0; i < d->n_entities; i++) {
        fprintf(stderr, "entity %s %s\n", d->entities[i].name, d->entities[i].country ? d->entities[i].country : "-");
        assert_false(d->entities[i].country && !strcmp(d->entities[i].country, "GBR"));
    }
    e = entity_named(d, "John Bolton");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Bolton"));
    wt_doc_free(d);
    /* a common word is no town ("Lima" is five; "Batu" a stone), first in
     * a sentence or written small */
    d = tu_process("Lima Orang Ditangkap di Pelabuhan Itu\n\nBatu Besar menutup jalan desa.\n\n"
                   "Lima orang yang mengetahui rencana itu berbicara.\n\nKomisi itu sepakat memilih lima pimpinan.\n",
                   1);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_false(d->entities[i].country && (!strcmp(d->entities[i].country, "PER") ||
                                                !strcmp(d->entities[i].country, "IDN")));
    wt_doc_free(d);
}

/* Indonesian company forms, a person titled by a body, an envoy's own
 * country before "untuk" with its acronym in brackets, news outlets */
static void companies_bodies_and_envoys(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kerja sama itu baik, kata Direktur Utama PT Sinar Laut (Persero) Tbk Rudi Hartono, "
                           "pada Senin.\n\n"
                           "Duta Besar Republik Indonesia (RI) untuk Republik Chile Arif Wicaksono hadir.\n\n"
                           "Hal itu dilaporkan CBS News dan Kompas.com pada Selasa.\n\n"
                           "Sikap itu disampaikan Wakil Tetap Indonesia untuk Perserikatan Bangsa-Bangsa (PBB) di "
                           "Jenewa, Bambang Sulistyo.\n",
                           0);
    const wt_entity *e = entity_named(d, "PT Sinar Laut (Persero) Tbk");
    assert_non_null(e); /* one name, brackets and all */
    assert_string_equal(e->country, "IDN");
    assert_null(entity_named(d, "Persero) Tbk"));
    expect_entity(d, "Rudi Hartono", "IDN", NULL);
    expect_entity(d, "Arif Wicaksono", "IDN", "ambassador"); /* not Chile, where he serves */
    expect_entity(d, "Bambang Sulistyo", "IDN", "ambassador"); /* a posting of several words */
    expect_entity(d, "CBS News", "USA", NULL);
    expect_entity(d, "Kompas", "IDN", NULL);
    wt_doc_free(d);
    /* a national body's regional office */
    d = tu_process("Bea Cukai Wilayah Sumatera Utara menerima kunjungan delegasi itu pada Selasa.\n", 0);
    expect_entity(d, "Bea Cukai Wilayah Sumatera Utara", "IDN", NULL);
    assert_null(entity_named(d, "Sumatera Utara"));
    wt_doc_free(d);
}

/* offices below the top: a director of a national body, an honorific
 * between the office and the name */
static void directors_and_honorifics(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Hal itu penting, kata Direktur Departemen Kerja Sama Keamanan Internasional UEA, "
                           "Salem Rashid al-Nuaimi, dalam pernyataannya.\n\n"
                           "Kunjungan itu menjawab kunjungan Putra Mahkota Syekh Saud Al Qasimi ke Jakarta.\n",
                           0);
    expect_entity(d, "Salem Rashid al-Nuaimi", "ARE", "director");
    expect_entity(d, "Saud Al Qasimi", NULL, "royal");
    wt_doc_free(d);
    /* an honorific between the country and the name; the full name
     * repeated is the same person whatever the tagger calls it */
    d = tu_process("Menteri Luar Negeri Suriname H.E. Marlene Kromodikoro-Bell memuji program pelatihan itu. "
                   "Pujian itu diucapkan Marlene Kromodikoro-Bell saat membuka lokakarya.\n",
                   0);
    expect_entity(d, "Marlene Kromodikoro-Bell", "SUR", "foreign_minister");
    assert_int_equal(entity_named(d, "Marlene Kromodikoro-Bell")->n_mentions, 2);
    assert_null(entity_named(d, "H.E. Marlene Kromodikoro-Bell"));
    wt_doc_free(d);
    /* a titled object of a clause the comma closes is no apposition of the
     * next clause's subject; an apposition of an object still is */
    d = tu_process("Selain bertemu dengan Presiden Madagaskar, Rini Handayani juga bertemu menteri perdagangan.\n\n"
                   "Duta besar itu bertemu dengan Menteri Luar Negeri Uzbekistan, Alisher Nazarov, di Tashkent.\n",
                   0);
    const wt_entity *e = entity_named(d, "Rini Handayani");
    assert_true(!e || !e->country || strcmp(e->country, "MDG") != 0);
    expect_entity(d, "Alisher Nazarov", "UZB", "foreign_minister");
    wt_doc_free(d);
    /* a long body with its region; a known organisation inside it gives
     * the country */
    d = tu_process("Kepala Kantor Wilayah Bea Cukai Jawa Timur Satu, Handoko Prasetyo, menyatakan pemeriksaan "
                   "diperketat.\n",
                   0);
    expect_entity(d, "Handoko Prasetyo", "IDN", NULL);
    wt_doc_free(d);
}

/* where a country is a place, a rank before a name, an Arabic given name
 * that is also a country's name */
static void places_ranks_and_given_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Berbicara di sebuah forum di parlemen Jerman, Kevin Lam menyebut gerakan itu damai.\n\n"
                           "Juru bicara militer Houthi, Brigadir Saleh Yamani mengatakan serangan berlanjut.\n\n"
                           "Juru bicara koalisi, Kolonel Turki al-Harbi, membantah laporan itu.\n",
                           0);
    const wt_entity *e = entity_named(d, "Kevin Lam");
    assert_non_null(e);
    assert_null(e->country); /* Germany is where he spoke */
    e = entity_named(d, "Saleh Yamani");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "YEM");
    e = entity_named(d, "Turki al-Harbi");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "TUR") != 0);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(strcmp(d->entities[i].name, "Turki") != 0);
    wt_doc_free(d);
    /* a title and a country are an office, no organisation */
    d = tu_process("Diberitakan sebelumnya, Menlu AS Mike Pompeo juga sempat menggambarkan serangan itu.\n", 0);
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(strcmp(d->entities[i].name, "Menlu AS") != 0);
    assert_non_null(entity_named(d, "Mike Pompeo"));
    wt_doc_free(d);
}

/* a family name alone after the full name; a known person misspelt */
static void family_names_and_misspelt_leaders(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Aktivis pro-demokrasi Joshua Wong tiba di Berlin pada Minggu.\n\n"
                           "Wong bertemu menteri itu pada Senin.\n\n"
                           "Angela Merkal hari Selasa menerima kunjungan tamunya.\n",
                           0);
    const wt_entity *e = entity_named(d, "Joshua Wong");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Wong"));
    e = entity_named(d, "Angela Merkel");
    assert_non_null(e);
    assert_string_equal(e->country, "DEU");
    assert_true(has_mention(d, e, "Angela Merkal"));
    wt_doc_free(d);
    /* where the tagger saw only the family name, the whole name written
     * before it is the mention, and the country before that is his */
    d = tu_process("Aktivis demokrasi Hong Kong Joshua Wong saat berbicara di Berlin pada Senin (09/09) meminta "
                   "negara-negara lain mendukung para demonstran.\n\n"
                   "Dalam diskusi di gedung parlemen Jerman, Joshua Wong menyebut gerakan itu belum selesai.\n",
                   0);
    e = entity_named(d, "Joshua Wong");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Joshua Wong"));
    assert_false(has_mention(d, e, "Wong"));
    assert_non_null(e->country);
    assert_string_equal(e->country, "HKG");
    wt_doc_free(d);
}

/* a word of the language spelt close to a family name is that word, not
 * a slip of the pen in the name: a day ("Kamis", not "Kamil"), a
 * conjunction opening a sentence ("Meski", not "Messi"), an English
 * word ("Spice", not "Spicer"), a short form the story defines
 * ("Musyawarah Nasional (Munas)", not "Munaf"); a family name
 * inside a date is the day's ("Kamis (19/9/2019)", not Margarito
 * Kamis's). A slip that speaks is still the person's ("kata Syarif"). */
static void words_of_the_language_are_no_misspelt_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Gubernur Jawa Barat Ridwan Kamil meninjau proyek itu di Bekasi, Kamis (19/9/2019). Warga "
                           "menyambutnya.\n\nPenyerang Barcelona Lionel Messi belum pulih dari cedera. Meski demikian, "
                           "Messi ikut berlatih.\n",
                           0);
    show_entities(d);
    const wt_entity *e = entity_named(d, "Ridwan Kamil");
    assert_non_null(e);
    assert_false(has_mention(d, e, "Kamis"));
    e = entity_named(d, "Lionel Messi");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Messi"));
    assert_false(has_mention(d, e, "Meski"));
    wt_doc_free(d);
    d = tu_process("Ahli hukum tata negara, Margarito Kamis, menilai revisi itu perlu. \"Harus dibahas terbuka,\" kata "
                   "Margarito di Jakarta, Kamis (19/9/2019).\n\nWakil Ketua KPK Laode M Syarief menjelaskan kasus "
                   "itu. Bahkan, kata Syarif, tersangka mendirikan perusahaan di luar negeri.\n",
                   0);
    show_entities(d);
    e = entity_named(d, "Margarito Kamis");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Margarito"));
    assert_false(has_mention(d, e, "Kamis"));
    e = entity_named(d, "Laode M Syarief");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Syarif"));
    wt_doc_free(d);
    /* nor a short form the story defines in brackets */
    d = tu_process("Presiden Joko Widodo membuka Musyawarah Nasional (Munas) HIPMI di Jakarta. Triawan Munaf, Kepala "
                   "Bekraf, hadir di sana. Munas akan digelar selama empat hari.\n",
                   0);
    show_entities(d);
    e = entity_named(d, "Triawan Munaf");
    assert_non_null(e);
    assert_false(has_mention(d, e, "Munas"));
    wt_doc_free(d);
    /* an English word too ("Spice Tour" is no misspelt "Spicer") */
    d = tu_process("Pengusaha Hendra Spicer membuka tur itu. Rombongan Spice Tour berangkat dari Ternate pada "
                   "Senin.\n",
                   0);
    show_entities(d);
    e = entity_named(d, "Hendra Spicer");
    assert_non_null(e);
    assert_false(has_mention(d, e, "Spice"));
    wt_doc_free(d);
}

/* a word with a clitic opening a sentence ("Absennya", "Aplikasinya",
 * "Sanggupkah") is no part of the name after it; after a word it is a
 * name's ("PMII Sabolah Al Kalamby") */
static void no_name_opens_with_a_clitic(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Gelandang Manchester United Paul Pogba cedera. Absennya Pogba disampaikan pelatih Ole "
                           "Gunnar Solskjaer.\n\nAplikasinya Grab saat ini bisa memilih jalan. Sanggupkah Timnas "
                           "Indonesia menahan UEA?\n\nDi atas mobil komando, Sekretaris Jenderal PMII Sabolah Al "
                           "Kalamby menuding KPK tebang pilih.\n",
                           0);
    show_entities(d);
    const wt_entity *e = entity_named(d, "Paul Pogba");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Pogba"));
    assert_null(entity_named(d, "Absennya Pogba"));
    assert_null(entity_named(d, "Aplikasinya Grab"));
    assert_null(entity_named(d, "Grab"));
    assert_non_null(entity_named(d, "Timnas Indonesia"));
    assert_non_null(entity_named(d, "Sabolah Al Kalamby"));
    wt_doc_free(d);
}

/* A name after someone's noun of kinship is a person's ("anak tirinya,
 * SU": news gives a minor's initials), not "anak usahanya" (a
 * subsidiary); a one-word place of the tagger's after a verb of saying
 * is a person ("lanjut Ledia"), not after "dari kata" (the word); a
 * ministry's short form after an office opens no name ("Kepala Biro
 * Humas Kominfo Ferdinandus Setu"). */
static void kin_speakers_and_bodies_before_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process(
        "Polisi menahan seorang ibu di Bogor. Ia menganiaya anak tirinya, SU (5), di rumah mereka. "
        "Pengusaha itu berlibur ke Montenegro bersama istrinya, Antonina.\n\nPT Pertamina melalui anak "
        "usahanya, Pertamina Hulu Energi, membayar kompensasi.\n",
        0);
    show_entities(d);
    assert_int_equal(type_named(d, "SU"), WT_ENT_PER);
    assert_int_equal(type_named(d, "Antonina"), WT_ENT_PER);
    assert_true(type_named(d, "Pertamina Hulu Energi") != WT_ENT_PER);
    wt_doc_free(d);
    /* a name after a noun of kinship without an owner: whose kin is meant */
    d = tu_process("Bocah itu masih dirawat di rumah sakit. \"Kemungkinan pulang sore,\" tutur bibi AR, "
                   "Ela Hayati (47), saat dihubungi. Tim dokter menolak menjelaskan kondisi ibu kota.\n",
                   0);
    show_entities(d);
    assert_int_equal(type_named(d, "AR"), WT_ENT_PER);
    wt_doc_free(d);
    d = tu_process(
        "Anggota Komisi XI DPR Ledia Hanifa meminta audit penyadapan. Setelah itu, lanjut Ledia, cukup "
        "dilakukan pemantauan yang ketat.\n\nJuru bicara Polda Jawa Timur Frans Barung Mangera menyebut "
        "polisi akan menerbitkan daftar pencarian orang. Rencananya, menurut Barung, daftar itu terbit "
        "pekan depan.\n\nNama Lambretta berasal dari kata Lambrate, sebuah kawasan di Milan.\n",
        0);
    show_entities(d);
    const wt_entity *e = entity_named(d, "Ledia Hanifa");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Ledia"));
    e = entity_named(d, "Frans Barung Mangera");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Barung"));
    assert_null(entity_named(d, "Ledia"));
    assert_null(entity_named(d, "Barung"));
    assert_true(type_named(d, "Lambrate") != WT_ENT_PER);
    wt_doc_free(d);
    d = tu_process(
        "Pelaksana Tugas Kepala Biro Humas Kominfo Ferdinandus Setu mengatakan akses internet di Papua "
        "dibatasi.\n",
        0);
    show_entities(d);
    assert_non_null(entity_named(d, "Ferdinandus Setu"));
    assert_null(entity_named(d, "Kominfo Ferdinandus Setu"));
    wt_doc_free(d);
}

/* An academic title (Dr, Prof, Drs; Ir after one of them) is no part of
 * the name, and the name after it is a person's, never a place's. */
static void academic_titles_before_names(void **state)
{
    (void)state;
    wt_doc *d =
        tu_process("Ahli bedah kecantikan dari London, Dr Julian De Silva, membandingkan foto para artis. "
                   "Menurut Dr Erskine, serum itu belum teruji.\n\nRektor Universitas Bakrie Prof. Ir. Sofia "
                   "W. Alisjahbana mengatakan kampusnya siap.\n",
                   0);
    show_entities(d);
    assert_non_null(entity_named(d, "Julian De Silva"));
    assert_null(entity_named(d, "Dr Julian De Silva"));
    const wt_entity *e = entity_named(d, "Erskine");
    assert_true(!e || e->type == WT_ENT_PER);
    e = entity_named(d, "Sofia");
    assert_true(!e || e->type == WT_ENT_PER);
    wt_doc_free(d);
}

/* A word written small opens no person's name before a capitalised one
 * ("cuitan Tomi", "hattrick Cristiano Ronaldo"), but for a particle
 * ("de Jong"); with one word left the span was the tagger's junk
 * ("jaman Orba"), unless the word was a title written small ("dr
 * Terawan"). */
static void small_words_open_no_name(void **state)
{
    (void)state;
    wt_doc *d =
        tu_process("Juventus berhasil comeback lewat hattrick Cristiano Ronaldo. Mampukah Ronaldo kembali "
                   "tampil sebagai pahlawan?\n\nHingga berita ini ditayangkan, cuitan Tomi tentang prasasti "
                   "disukai oleh 177 orang. \"Banyak yang gagal paham,\" tulis Tomi.\n\nTidak pernah ada "
                   "pikiran mengembalikan GBHN jaman Orba, kata Bambang.\n",
                   0);
    show_entities(d);
    assert_non_null(entity_named(d, "Cristiano Ronaldo"));
    assert_null(entity_named(d, "hattrick Cristiano Ronaldo"));
    assert_non_null(entity_named(d, "Tomi"));
    assert_null(entity_named(d, "cuitan Tomi"));
    assert_null(entity_named(d, "jaman Orba"));
    assert_true(type_named(d, "Orba") != WT_ENT_PER);
    wt_doc_free(d);
}

/* A capitalised word the tagger leaves out, next to a verb of saying,
 * is a person called by one name, and opens the full name written before
 * another mention ("Uu Ruzhanul Ulum", where the tagger found the last
 * two words); not a body's short form the story defines, a place after
 * "warga", nor a word of the language. */
static void one_word_persons_who_speak(void **state)
{
    (void)state;
    wt_doc *d = tu_process(
        "Lewat unggahan di akun pribadinya, Konstantin mengatakan dirinya akan menempuh jalur hukum. "
        "\"Saya tidak bersalah,\" ujar Konstantin.\n\n"
        "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum meninjau jalan yang rusak di pesisir. "
        "\"Jalan ini harus segera diperbaiki,\" kata Uu kepada wartawan.\n\n"
        "Badan Legislasi (Baleg) DPR menggelar rapat pada Senin. Menteri itu mengatakan, Baleg "
        "mengungkapkan pembahasan itu sudah lama berjalan.\n\n"
        "Edi, salah satu warga Rutong mengatakan, ikan-ikan itu mati mendadak pada pagi hari. "
        "Kami mengatakan hal yang sama kepada warga.\n",
        0);
    show_entities(d);
    assert_int_equal(type_named(d, "Konstantin"), WT_ENT_PER);
    const wt_entity *e = entity_named(d, "Uu Ruzhanul Ulum");
    assert_non_null(e);
    assert_int_equal(e->type, WT_ENT_PER);
    assert_string_equal(e->role, "deputy_governor");
    assert_int_equal(e->n_mentions, 2);
    assert_null(entity_named(d, "Ruzhanul Ulum"));
    assert_null(entity_named(d, "Uu"));
    const char *const not_persons[] = {"Baleg", "Rutong", "Kami"};
    for (size_t k = 0; k < 3; k++)
        assert_true(type_named(d, not_persons[k]) != WT_ENT_PER);
    assert_quote_by(d, "Saya tidak", "Konstantin");
    wt_doc_free(d);
}

/* A place made of a known one and words of direction or kind lies in
 * its country when the article names that country; not a sea named after
 * a country, nor a continent; a kabupaten is Indonesia's. Names spelt
 * with and without accents are one gazetteer name (Abadan is Iran's). */
static void parts_of_known_places(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Ia lahir di Berlin Timur pada 1970 dan pindah ke Jerman Barat, kata sejarawan Jerman itu.\n\n"
                           "Petani di Kabupaten Kampar, Riau, memanen sawit pada Senin.\n\n"
                           "Kapal-kapal itu berlayar di Laut China Selatan dan menuju Amerika Utara.\n\n"
                           "Kilang minyak di Abadan terbakar, kata pejabat setempat.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Berlin Timur", "DEU", NULL);
    expect_entity(d, "Kabupaten Kampar", "IDN", NULL);
    expect_entity(d, "Ābādān", "IRN", NULL);
    wt_doc_free(d);
    /* a word of the one country whose name holds it */
    d = tu_process("Kepulauan Solomon memutus hubungan dengan Taipei. Ia berharap utusan Solomon segera pulang.\n\n"
                   "Jumlah pensiunan di Korea Selatan naik. Karakter pensiunan Indonesia dan Korea mirip.\n",
                   0);
    for (size_t i = 0; i < d->n_entities; i++) {
        fprintf(stderr, "entity %s %s\n", d->entities[i].name, d->entities[i].country ? d->entities[i].country : "-");
        assert_string_not_equal(d->entities[i].name, "Solomon");
        assert_string_not_equal(d->entities[i].name, "Korea");
    }
    wt_doc_free(d);
    /* a capitalised word of land or water opens the place's name */
    d = tu_process("Perusahaan itu ingin menjadi mitra negara-negara di Benua Afrika.\n", 0);
    expect_entity(d, "Benua Afrika", NULL, NULL);
    assert_null(entity_named(d, "Afrika"));
    const wt_entity *e = entity_named(d, "Laut China Selatan");
    assert_true(!e || !e->country);
    for (size_t i = 0; i < d->n_entities; i++) /* "Amerika Utara" is no USA, "Jerman Barat" no link */
        assert_false(d->entities[i].country && !strcmp(d->entities[i].country, "USA"));
    wt_doc_free(d);
}

/* A body named before the organisation it belongs to is one entity, in
 * the parent's country: "Majelis Umum PBB", "Komisi I DPR". The UN's
 * secretary-general holds an office of no state: no country. A state's
 * mission to the UN is that state's. */
static void bodies_of_organisations(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Sebelum sidang tahunan Majelis Umum PBB dimulai, Komisi I DPR memanggil menteri itu.\n\n"
                           "Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata.\n",
                           0);
    expect_entity(d, "Majelis Umum PBB", NULL, NULL);
    expect_entity(d, "Komisi I DPR", "IDN", NULL);
    assert_null(entity_named(d, "Majelis"));
    expect_entity(d, "Antonio Guterres", NULL, "international_official");
    assert_null(entity_named(d, "Antonio Guterres")->country);
    wt_doc_free(d);
    /* a state's mission to an international organisation */
    d = tu_process("Dua diplomat Misi Permanen Venezuela untuk PBB diminta pergi. Keterangan itu dimuat laman "
                   "perutusan tetap RI untuk PBB pada Kamis. Sebuah misi maritim untuk ASEAN dibahas.\n",
                   0);
    expect_entity(d, "Misi Permanen Venezuela untuk PBB", "VEN", NULL);
    expect_entity(d, "perutusan tetap RI untuk PBB", "IDN", NULL);
    assert_null(entity_named(d, "misi maritim untuk ASEAN"));
    wt_doc_free(d);
    /* an international body's remit after "untuk"; a regional office's
     * region */
    d = tu_process("Laporan itu disusun Kantor Komisaris Tinggi PBB untuk Pengungsi pada Juni.\n\n"
                   "Kepala Kantor Wilayah Bea Cukai Jawa Timur, Handoko Prasetyo, hadir.\n",
                   0);
    show_entities(d);
    expect_entity(d, "Kantor Komisaris Tinggi PBB untuk Pengungsi", NULL, NULL);
    expect_entity(d, "Kantor Wilayah Bea Cukai Jawa Timur", "IDN", NULL);
    assert_null(entity_named(d, "Jawa Timur"));
    wt_doc_free(d);
}

/* Common nouns of public life written with capitals and model or flight
 * designations are no entities; the country after a designation still
 * is one. */
static void classes_and_designations(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Program pelatihan itu ditujukan bagi Aparatur Sipil Negara (ASN) dan pelaku UMKM di daerah.\n\n"
                           "Turki tetap membeli sistem pertahanan S-400 Rusia meski diprotes Washington.\n",
                           0);
    for (size_t i = 0; i < d->n_entities; i++) {
        fprintf(stderr, "entity %s %s\n", d->entities[i].name, d->entities[i].country ? d->entities[i].country : "-");
        assert_null(strstr(d->entities[i].name, "S-400"));
        assert_null(strstr(d->entities[i].name, "Sipil"));
        assert_string_not_equal(d->entities[i].name, "ASN");
        assert_string_not_equal(d->entities[i].name, "UMKM");
    }
    expect_entity(d, "Rusia", "RUS", NULL);
    wt_doc_free(d);
    /* a people, a gathering, a document */
    d = tu_process("Ribuan pengungsi Rohingya tiba di Cox's Bazar. Para delegasi menghadiri International Conference "
                   "on Maritime Safety di Bali, lalu membahas Jakarta Maritime Accord.\n",
                   0);
    for (size_t i = 0; i < d->n_entities; i++) {
        fprintf(stderr, "entity %s\n", d->entities[i].name);
        assert_string_not_equal(d->entities[i].name, "Rohingya");
        assert_null(strstr(d->entities[i].name, "Conference"));
        assert_null(strstr(d->entities[i].name, "Accord"));
    }
    wt_doc_free(d);
    /* a legal form left alone, two countries joined as a pair */
    d = tu_process("Kerja sama itu diteken PT , (Persero) pada Senin.\n\nForum Bisnis Uzbekistan-Indonesia dibuka.\n", 0);
    for (size_t i = 0; i < d->n_entities; i++) {
        fprintf(stderr, "entity %s\n", d->entities[i].name);
        assert_string_not_equal(d->entities[i].name, "PT");
        assert_string_not_equal(d->entities[i].name, "Persero");
        assert_string_not_equal(d->entities[i].name, "Uzbekistan-Indonesia");
    }
    wt_doc_free(d);
}

/* An organisation's country where its English name puts it first; a
 * desa so named is Indonesia's; an acronym defined in brackets. */
static void countries_in_names(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Kantor itu menerima kunjungan pejabat United States Customs and Border Protection pada "
                           "Selasa.\n\nBantuan air bersih dikirim ke Desa Sukamaju pada Rabu.\n",
                           0);
    show_entities(d);
    expect_entity(d, "United States Customs and Border Protection", "USA", NULL);
    expect_entity(d, "Desa Sukamaju", "IDN", NULL);
    wt_doc_free(d);
    /* an acronym in brackets after a name stands for it, later too */
    d = tu_process("Menurut Direktorat Jenderal Pengawasan Siber (DJPS), serangan itu terjadi pada Maret.\n\n"
                   "DJPS menolak berkomentar.\n",
                   0);
    assert_null(entity_named(d, "DJPS"));
    expect_entity(d, "Direktorat Jenderal Pengawasan Siber", NULL, NULL);
    assert_int_equal(entity_named(d, "Direktorat Jenderal Pengawasan Siber")->n_mentions, 3);
    wt_doc_free(d);
}

/* English titles copied into Indonesian text; a body's name closed by
 * its country; the European Union's institutions; agency credits. */
static void english_titles_and_national_bodies(void **state)
{
    (void)state;
    wt_doc *d = tu_process("Duta besar itu bertemu Deputy Minister of Foreign Affairs Uzbekistan, Alisher Nazarov, "
                           "di Tashkent.\n\nLaporan itu menyimpulkan bahwa Kementerian Keamanan Publik Vietnam "
                           "mengetahui rencana itu. Parlemen Eropa akan membahasnya.\n",
                           0);
    show_entities(d);
    expect_entity(d, "Alisher Nazarov", "UZB", "deputy_minister");
    expect_entity(d, "Kementerian Keamanan Publik Vietnam", "VNM", NULL);
    expect_entity(d, "Parlemen Eropa", NULL, NULL);
    assert_null(entity_named(d, "Eropa"));
    wt_doc_free(d);
    /* news agencies credited in brackets, written small */
    d = tu_process("Unjuk rasa berlanjut hingga malam.\n\nhp/ts (dpa, afp, rtr)\n", 0);
    expect_entity(d, "Reuters", "GBR", NULL);
    expect_entity(d, "Agence France-Presse", "FRA", NULL);
    expect_entity(d, "Deutsche Presse-Agentur", "DEU", NULL);
    wt_doc_free(d);
    d = tu_process("Harga naik (as, dan lain-lain) di pasar itu.\n", 0);
    assert_int_equal(d->n_entities, 0);
    wt_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(leaders_short_forms_and_misspellings),
        cmocka_unit_test(presidents_of_bodies),
        cmocka_unit_test(role_and_country_from_the_text),
        cmocka_unit_test(nationality_from_the_phrase_before),
        cmocka_unit_test(offices_follow_the_document_year),
        cmocka_unit_test(organisations_and_acronyms),
        cmocka_unit_test(portfolios_past_and),
        cmocka_unit_test(one_word_names_speak_again),
        cmocka_unit_test(acronyms_and_bodies_a_document_names),
        cmocka_unit_test(titles_and_distances),
        cmocka_unit_test(links_need_evidence),
        cmocka_unit_test(world_places),
        cmocka_unit_test(companies_bodies_and_envoys),
        cmocka_unit_test(directors_and_honorifics),
        cmocka_unit_test(places_ranks_and_given_names),
        cmocka_unit_test(family_names_and_misspelt_leaders),
        cmocka_unit_test(words_of_the_language_are_no_misspelt_names),
        cmocka_unit_test(no_name_opens_with_a_clitic),
        cmocka_unit_test(kin_speakers_and_bodies_before_names),
        cmocka_unit_test(academic_titles_before_names),
        cmocka_unit_test(small_words_open_no_name),
        cmocka_unit_test(one_word_persons_who_speak),
        cmocka_unit_test(parts_of_known_places),
        cmocka_unit_test(bodies_of_organisations),
        cmocka_unit_test(classes_and_designations),
        cmocka_unit_test(countries_in_names),
        cmocka_unit_test(english_titles_and_national_bodies),
        cmocka_unit_test(bodies_and_places_are_no_persons),
        cmocka_unit_test(names_after_ranks_and_balinese_names),
        cmocka_unit_test(places_in_an_address_chain),
        cmocka_unit_test(one_word_names_that_speak),
        cmocka_unit_test(officials_and_oil_fields_the_news_names),
        cmocka_unit_test(kin_nouns_are_no_names),
        cmocka_unit_test(names_after_a_place_or_body),
        cmocka_unit_test(names_after_a_region_title),
        cmocka_unit_test(holders_after_an_office_and_a_comma),
        cmocka_unit_test(bodies_in_capitals_after_an_office),
        cmocka_unit_test(places_named_after_a_person),
        cmocka_unit_test(streets_with_ranks_and_other_named_places),
        cmocka_unit_test(heads_of_units_ranks_and_corps),
        cmocka_unit_test(brands_products_and_the_land_tax),
        cmocka_unit_test(civil_society_organisations),
        cmocka_unit_test(ministers_by_portfolio_at_home),
        cmocka_unit_test(aides_of_an_office),
        cmocka_unit_test(an_office_before_its_holder),
        cmocka_unit_test(an_office_s_place_is_no_name),
        cmocka_unit_test(an_office_with_its_body_before_a_name),
        cmocka_unit_test(world_towns_need_evidence),
        cmocka_unit_test(english_country_names_in_persons_names),
        cmocka_unit_test(small_words_close_no_name),
        cmocka_unit_test(deputies_are_not_holders),
        cmocka_unit_test(offices_of_known_places),
        cmocka_unit_test(places_of_local_bodies),
        cmocka_unit_test(political_parties),
        cmocka_unit_test(ranks_headquarters_hospitals_and_days),
        cmocka_unit_test(religious_and_informal_honorifics),
        cmocka_unit_test(names_ending_with_a_place_noun),
        cmocka_unit_test(family_name_after_a_known_full_name),
        cmocka_unit_test(offices_of_a_place),
        cmocka_unit_test(office_and_portfolio_before_a_short_name),
        cmocka_unit_test(shared_family_name_is_the_known_persons),
        cmocka_unit_test(wives_named_with_the_husbands_name),
    };
    return cmocka_run_group_tests_name("entities", tests, NULL, NULL);
}
