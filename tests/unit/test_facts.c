/* Unit tests: dates, quantities, quotations and events, on sentences
 * written for these tests. */
#include "testutil.h"

#include "facts/facts.h"

static wt_doc *run(const char *text, const char *date) { return tu_process_dated(text, 0, date); }

/* the value of the date written exactly as `as`, or NULL */
static const char *date_as(const wt_doc *d, const char *as)
{
    for (size_t i = 0; i < d->n_dates; i++)
        if (d->dates[i].end - d->dates[i].start == strlen(as) &&
            memcmp(d->text + d->dates[i].start, as, strlen(as)) == 0)
            return d->dates[i].value;
    return NULL;
}

static void expect_date(const wt_doc *d, const char *as, const char *value)
{
    const char *v = date_as(d, as);
    if (!v || strcmp(v, value) != 0)
        fail_msg("\"%s\": got %s, expected %s", as, v ? v : "nothing", value);
}

static void calendar(void **state)
{
    (void)state;
    assert_int_equal(wt_weekday(2025, 6, 19), 3); /* a Thursday */
    assert_int_equal(wt_weekday(2025, 1, 15), 2); /* a Wednesday */
    int y, m, d;
    wt_civil_from_days(wt_days_from_civil(2024, 2, 28) + 1, &y, &m, &d);
    assert_int_equal(m * 100 + d, 229);
    double v;
    assert_true(wt_parse_number("1.000", 5, &v) && v == 1000);
    assert_true(wt_parse_number("1,5", 3, &v) && v == 1.5);
    assert_true(wt_parse_number("2.500.000", 9, &v) && v == 2500000);
    assert_false(wt_parse_number("1.00.0", 6, &v));
    const char *w[] = {"dua", "belas", "negara"};
    assert_int_equal(wt_number_words(w, 3, 0, &v), 2);
    assert_true(v == 12);
    const char *w2[] = {"tiga", "ribu", "lima", "ratus", "orang"};
    assert_int_equal(wt_number_words(w2, 5, 0, &v), 4);
    assert_true(v == 3500);
}

static void metadata_dates(void **state)
{
    (void)state;
    struct {
        const char *in, *out;
    } cases[] = {{"2025-06-19T10:00:00+07:00", "2025-06-19"}, {"16/09/2019", "2019-09-16"},
                 {"10-Sep-19", "2019-09-10"},                {"43725", "2019-09-17"},
                 {"Kamis, 19 Juni 2025", "2025-06-19"},      {"29 Agustus 2019", "2019-08-29"}};
    char iso[11];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        if (!wt_date_normalize(cases[i].in, iso) || strcmp(iso, cases[i].out) != 0)
            fail_msg("%s: expected %s", cases[i].in, cases[i].out);
    }
    assert_false(wt_date_normalize("kemarin", iso));
    assert_false(wt_date_normalize("31/02/2025", iso));
    /* a document's metadata date comes out in ISO 8601 */
    wt_doc *d = run("Menteri itu tiba di Jakarta.\n", "16/09/2019");
    assert_string_equal(d->date, "2019-09-16");
    wt_doc_free(d);
}

static void absolute_dates_and_the_document_date(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri itu tiba di Jakarta pada Kamis (19/6/2025) malam.\n\n"
                    "Perjanjian diteken 15 Januari 2025 dan berlaku sejak Maret 2025.\n\n"
                    "Pertemuan berikutnya pada Rabu (15/1) dan Senin (30/12).\n",
                    NULL);
    assert_non_null(d->date);
    assert_string_equal(d->date, "2025-06-19"); /* the first dated sentence */
    expect_date(d, "Kamis (19/6/2025)", "2025-06-19");
    expect_date(d, "15 Januari 2025", "2025-01-15");
    expect_date(d, "Maret 2025", "2025-03");
    /* no year: the nearest full date before gives it, the weekday checks it */
    expect_date(d, "Rabu (15/1)", "2025-01-15");
    expect_date(d, "Senin (30/12)", "2024-12-30");
    wt_doc_free(d);
}

/* Every month's name and its short and old spellings, in any case (with
 * an abbreviation's dot too), and the weekdays' (Jum'at, Ahad) */
static void month_and_weekday_spellings(void **state)
{
    (void)state;
    static const char *const MONTH[] = {"Jan", "PEBRUARI", "Mar", "April", "Mei", "Jun", "Jul", "Agt", "Sept",
                                        "Okt", "Nop", "Dec"};
    for (int m = 0; m < 12; m++) {
        char text[128], as[32], want[32];
        snprintf(as, sizeof as, "5 %s 2019", MONTH[m]);
        snprintf(text, sizeof text, "Menteri itu tiba di Jakarta pada %s malam.\n", as);
        snprintf(want, sizeof want, "2019-%02d-05", m + 1);
        wt_doc *d = run(text, NULL);
        expect_date(d, as, want);
        wt_doc_free(d);
    }
    wt_doc *d = run("Menteri itu tiba di Jakarta pada Jum'at (20/9/2019) dan pulang pada Ahad (22/9/2019).\n", NULL);
    expect_date(d, "Jum'at (20/9/2019)", "2019-09-20");
    expect_date(d, "Ahad (22/9/2019)", "2019-09-22");
    wt_doc_free(d);
    /* an abbreviation's dot between the month and the year: the year is
     * still the date's, not one guessed from another date */
    d = run("Presiden tiba pada Senin, 7 Januari 2019. Kunjungan balasan dijadwalkan 5 Sept. 2019 di Moskow, "
            "setelah rapat pada Okt. 2019 dan pada 14 Jan. tadi.\n",
            NULL);
    expect_date(d, "5 Sept. 2019", "2019-09-05");
    expect_date(d, "Okt. 2019", "2019-10");
    expect_date(d, "14 Jan", "2019-01-14");
    wt_doc_free(d);
}

/* A day and month without a year, in a dated article: read against the
 * day of writing, not against an older date the text names; the tense
 * says which way; "setiap" makes it every year's */
static void days_without_a_year(void **state)
{
    (void)state;
    wt_doc *d = run("Fuad masuk lapas pada 11 November 2018. Ia dirawat pada 24 Januari, 27 Juni dan 8 Agustus. "
                    "Pemain itu lahir pada 4 Mei 1992 dan memulai debutnya pada 25 Agustus lalu. "
                    "Dia akan dilantik pada 1 Oktober mendatang, dan buku itu akan dirilis pada 25 Oktober. "
                    "Diskon berlaku sampai dengan 30 Desember tahun 2019. Matahari berada di sana setiap 21 Juni.\n",
                    "2019-09-16");
    expect_date(d, "24 Januari", "2019-01-24");
    expect_date(d, "27 Juni", "2019-06-27");
    expect_date(d, "8 Agustus", "2019-08-08");
    expect_date(d, "25 Agustus", "2019-08-25");
    expect_date(d, "1 Oktober", "2019-10-01");
    expect_date(d, "25 Oktober", "2019-10-25");
    expect_date(d, "30 Desember tahun 2019", "2019-12-30");
    expect_date(d, "21 Juni", "--06-21");
    wt_doc_free(d);
    /* what is to come after the turn of the year is next year's; what is
     * told without a tense stays the year's, or the year before when it
     * would fall more than a month ahead */
    d = run("Pertemuan berikutnya akan digelar pada 5 Januari. Rapat pertama berlangsung pada 3 Maret.\n",
            "2019-12-20");
    expect_date(d, "5 Januari", "2020-01-05");
    expect_date(d, "3 Maret", "2019-03-03");
    wt_doc_free(d);
    d = run("Rapat itu digelar pada 21 Desember.\n", "2019-09-16");
    expect_date(d, "21 Desember", "2018-12-21");
    wt_doc_free(d);
}

/* the number of a law names it: its "Tahun 2002" is no date */
static void numbers_of_laws_are_no_dates(void **state)
{
    (void)state;
    wt_doc *d = run("Revisi Undang-Undang Nomor 30 Tahun 2002 dibahas sejak tahun 2003. Permendag No. 29 Tahun 2019 "
                    "dan PP 71 Tahun 2019 berlaku. Pada semester 1 tahun 2019 laba naik.\n",
                    "2019-09-20");
    assert_null(date_as(d, "Tahun 2002"));
    assert_null(date_as(d, "2002"));
    assert_null(date_as(d, "Tahun 2019"));
    expect_date(d, "tahun 2003", "2003");
    expect_date(d, "tahun 2019", "2019");
    assert_int_equal(d->n_dates, 2);
    wt_doc_free(d);
}

static void relative_dates_ranges_and_durations(void **state)
{
    (void)state;
    wt_doc *d = run("Delegasi itu datang kemarin setelah kunjungan pekan lalu. Tahun ini impor naik, "
                    "dan tahun depan akan naik lagi. Bulan lalu harga turun.\n\n"
                    "Impor tumbuh antara 1995 dan 2023. Pembangkit itu selesai dalam waktu lima tahun, "
                    "setengah tahun setelah kontrak ditandatangani. Dokumen diterbitkan Rabu.\n",
                    "2025-03-10");
    expect_date(d, "kemarin", "2025-03-09");
    expect_date(d, "pekan lalu", "2025-W10");
    expect_date(d, "Tahun ini", "2025");
    expect_date(d, "tahun depan", "2026");
    expect_date(d, "Bulan lalu", "2025-02");
    expect_date(d, "1995 dan 2023", "1995/2023");
    expect_date(d, "dalam waktu lima tahun", "P5Y");
    expect_date(d, "setengah tahun", "P6M");
    expect_date(d, "Rabu", "2025-03-05"); /* the last Wednesday up to Monday 10 March */
    wt_doc_free(d);
    /* a month without a year: the last such month, or the next when the
     * sentence speaks of what is to come */
    d = run("Kedua menteri bertemu pada bulan Februari. Kunjungan itu menyusul pertemuan Juni tahun lalu dan "
            "perundingan Oktober lalu. Pertemuan berikutnya akan digelar pada Mei di Jenewa.\n",
            "2025-03-10");
    expect_date(d, "Februari", "2025-02");
    expect_date(d, "Juni tahun lalu", "2024-06");
    expect_date(d, "Oktober lalu", "2024-10");
    expect_date(d, "Mei", "2025-05");
    wt_doc_free(d);
}

static const wt_quantity *qty_as(const wt_doc *d, const char *as)
{
    for (size_t i = 0; i < d->n_quantities; i++)
        if (d->quantities[i].end - d->quantities[i].start == strlen(as) &&
            memcmp(d->text + d->quantities[i].start, as, strlen(as)) == 0)
            return &d->quantities[i];
    return NULL;
}

static void quantities(void **state)
{
    (void)state;
    wt_doc *d = run("Kurang lebih 500 orang belajar di sana dan lebih dari 80 persen lulus. Ekspor mencapai "
                    "1,5 juta ton senilai US$2 miliar. Dua belas negara mengirim tiga ribu pekerja. Salah satu "
                    "delegasi datang pada ulang tahun ke-65 dengan biaya sekitar Rp 3.000 per orang.\n",
                    "2025-01-01");
    const wt_quantity *q = qty_as(d, "Kurang lebih 500 orang");
    assert_non_null(q);
    assert_true(q->value == 500);
    assert_string_equal(q->object, "orang");
    assert_string_equal(q->approx, "about");
    q = qty_as(d, "lebih dari 80 persen");
    assert_non_null(q);
    assert_true(q->value == 80);
    assert_string_equal(q->unit, "percent");
    assert_string_equal(q->approx, "more_than");
    q = qty_as(d, "mencapai 1,5 juta ton");
    assert_non_null(q);
    assert_true(q->value == 1.5e6);
    assert_string_equal(q->unit, "t");
    q = qty_as(d, "US$2 miliar");
    assert_non_null(q);
    assert_true(q->value == 2e9);
    assert_string_equal(q->unit, "USD");
    q = qty_as(d, "Dua belas negara");
    assert_non_null(q);
    assert_true(q->value == 12);
    q = qty_as(d, "tiga ribu pekerja");
    assert_non_null(q);
    assert_true(q->value == 3000);
    q = qty_as(d, "sekitar Rp 3.000");
    assert_non_null(q);
    assert_true(q->value == 3000);
    assert_string_equal(q->unit, "IDR");
    /* "salah satu" and "ke-65" are no quantities */
    for (size_t i = 0; i < d->n_quantities; i++) {
        assert_false(d->quantities[i].value == 1);
        assert_false(d->quantities[i].value == 65);
    }
    wt_doc_free(d);
}

/* Asserts a quotation that starts with start, and not the person's. */
static void assert_quote_not_by(const wt_doc *d, const char *start, const char *person)
{
    const wt_quote *q = quote_starting(d, start);
    assert_non_null(q);
    assert_true(!q->speaker_name || strcmp(q->speaker_name, person) != 0);
}

/* Asserts a quotation that starts with start, cued by the verb. */
static void assert_quote_verb(const wt_doc *d, const char *start, const char *verb)
{
    const wt_quote *q = quote_starting(d, start);
    assert_non_null(q);
    assert_non_null(q->verb);
    assert_string_equal(q->verb, verb);
}

/* Asserts that no quotation starting with start is the person's (there
 * may be none at all). */
static void assert_not_said_by(const wt_doc *d, const char *start, const char *person)
{
    const wt_quote *q = quote_starting(d, start);
    assert_true(!q || !q->speaker_name || strcmp(q->speaker_name, person) != 0);
}

/* Asserts a quotation that starts with start, with no named speaker. */
static void assert_unattributed(const wt_doc *d, const char *start)
{
    const wt_quote *q = quote_starting(d, start);
    assert_non_null(q);
    assert_null(q->speaker_name);
}

/* Asserts that the statement starting with start in text is the speaker's. */
static void assert_said_by(const char *text, const char *start, const char *speaker)
{
    wt_doc *d = run(text, "2019-09-20");
    assert_quote_by(d, start, speaker);
    wt_doc_free(d);
}

/* A reporting verb is one in any case (headlines and shouted captions),
 * and a word that merely starts like one is none. */
static void reporting_verbs_in_any_case(void **state)
{
    (void)state;
    static const char *const VERBS[] = {"kata", "KATA", "Kata", "UJAR", "Ungkap"};
    for (size_t i = 0; i < sizeof VERBS / sizeof *VERBS; i++) {
        char text[256];
        snprintf(text, sizeof text,
                 "Pemerintah menggelar rapat di Jakarta pada Senin.\n\n"
                 "\"Kami siap membantu warga yang terdampak banjir,\" %s Budi Santoso kepada wartawan.\n",
                 VERBS[i]);
        assert_said_by(text, "Kami siap membantu", "Budi Santoso");
    }
    wt_doc *d = run("Pemerintah menggelar rapat di Jakarta pada Senin.\n\n"
                    "\"Kami siap membantu warga yang terdampak banjir,\" kabar Budi Santoso kepada wartawan.\n",
                    "2019-09-20");
    assert_not_said_by(d, "Kami siap membantu", "Budi Santoso");
    wt_doc_free(d);
}

static void quotations_and_speakers(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Rusia Vladimir Putin menerima Presiden Prabowo Subianto di Moskow.\n\n"
                    "\xe2\x80\x9c" "Kami siap membangun reaktor bersama mitra kami,\xe2\x80\x9d kata Putin.\n\n"
                    "Prabowo mengatakan, \"Indonesia menyambut tawaran itu dengan gembira.\"\n\n"
                    "Kami juga ingin melatih insinyur muda. Pelatihan akan dimulai tahun depan, ujar Putin.\n\n"
                    "Ia menyebut hubungan itu \"istimewa\" bagi kedua negara.\n\n"
                    "Putin menegaskan bahwa Rusia menghormati kedaulatan Indonesia.\n\n"
                    "Kerja sama ini sudah berjalan lama, katanya.\n",
                    "2025-06-19");
    const wt_quote *q = quote_starting(d, "Kami siap membangun");
    assert_non_null(q);
    assert_string_equal(q->kind, "direct");
    assert_string_equal(q->speaker_name, "Vladimir Putin");
    assert_string_equal(q->verb, "kata");
    q = quote_starting(d, "Indonesia menyambut");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Prabowo Subianto");
    /* no marks: the sentence before in the first person belongs to it */
    q = quote_starting(d, "Kami juga ingin melatih");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Vladimir Putin");
    assert_non_null(strstr(d->text + q->start, "tahun depan"));
    assert_true(strstr(d->text + q->start, "tahun depan") < d->text + q->end);
    /* a scare quote is no statement */
    assert_null(quote_starting(d, "istimewa"));
    q = quote_starting(d, "Rusia menghormati");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_string_equal(q->speaker_name, "Vladimir Putin");
    /* "-nya": the person last named */
    q = quote_starting(d, "Kerja sama ini sudah");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Vladimir Putin");
    wt_doc_free(d);
}

/* "..., tutup Budi": news closes a statement with more verbs than "kata"
 * (tutup, sambung, beber, tukas, timpal ...); and "-nya" after a second
 * quotation is who spoke before, not a person named inside what was
 * said */
static void closing_verbs_and_the_speaker_before(void **state)
{
    (void)state;
    wt_doc *d = run("Direktur Utama PT Kereta Api Indonesia Budi Santoso meresmikan stasiun baru di Bandung.\n\n"
                    "Stasiun itu dibangun dalam dua tahun.\n\n"
                    "\"Stasiun ini melayani dua juta penumpang setiap tahun,\" tutup Budi.\n",
                    "2019-09-20");
    const wt_quote *q = quote_starting(d, "Stasiun ini melayani");
    assert_non_null(q);
    assert_string_equal(q->verb, "tutup");
    assert_non_null(q->speaker_name);
    assert_string_equal(q->speaker_name, "Budi Santoso");
    wt_doc_free(d);
    assert_said_by("Pengacara Rina Wulandari, Andi Pratama, datang ke Polda Metro Jaya pada Senin.\n\n"
                   "Andi mengatakan, ucapan pria itu harus dipertanggungjawabkan karena disampaikan di depan umum.\n\n"
                   "\"Kami melaporkan seorang pria yang menyebarkan pernyataan di media bahwa Rina Wulandari adalah "
                   "informan polisi,\" ucap Andi di lokasi yang sama.\n\n"
                   "\"Dia mendapat informasi itu dari seseorang, dan itu sangat penting kami adukan "
                   "supaya tidak merugikan "
                   "klien kami,\" sambungnya.\n",
                   "Dia mendapat informasi", "Andi Pratama");
    /* the person last named is one outside the quotations when there is one */
    assert_said_by("Menteri Luar Negeri Retno Marsudi tiba di New York pada Senin.\n\n"
                   "Kunjungan itu berlangsung selama lima hari.\n\n"
                   "Sejumlah pertemuan bilateral sudah disiapkan.\n\n"
                   "\"Kami juga akan bertemu Sekretaris Jenderal PBB Antonio Guterres,\" katanya.\n\n"
                   "\"Pertemuan itu akan membahas kemerdekaan Palestina,\" tambahnya.\n",
                   "Pertemuan itu akan membahas", "Retno Marsudi");
    /* "Baginya, ...", "Menurutnya, ...": the view of the one who spoke
     * just before; the person it talks about does not speak next */
    d = run("Menteri Dalam Negeri Tjahjo Kumolo menyampaikan duka cita atas wafatnya Presiden ketiga BJ Habibie.\n\n"
            "\"Semoga almarhum diterima di sisi Allah,\" ungkap Tjahjo melalui pesan singkat.\n\n"
            "Baginya, Habibie merupakan sosok teladan bagi seluruh masyarakat Indonesia. \"Beliau teknokrat kelas "
            "dunia sekaligus negarawan yang kita teladani,\" ujarnya.\n\n"
            "Menurutnya, bangsa Indonesia kehilangan seorang pemikir besar.\n",
            "2019-09-20");
    assert_quote_by(d, "Beliau teknokrat", "Tjahjo Kumolo");
    q = quote_starting(d, "Habibie merupakan sosok");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_string_equal(q->speaker_name, "Tjahjo Kumolo");
    q = quote_starting(d, "bangsa Indonesia kehilangan");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Tjahjo Kumolo");
    wt_doc_free(d);
    /* "..., jelas Pandu": one word of a person named before, which the
     * tagger did not mark where it stands alone */
    assert_said_by("Direktur Utama PT Angkasa Pura I Agus Pandu Purnama menghadiri pertemuan itu pada Senin.\n\n"
                   "Pertemuan itu berlangsung selama tiga jam.\n\n"
                   "\"Kami berharap kerja sama ini berjalan dengan baik,\" jelas Pandu di Bandara "
                   "YIA, Rabu (18/9/2019).\n",
                   "Kami berharap kerja sama", "Agus Pandu Purnama");
    assert_said_by("Kepala Biro Humas Intan Wibisono menghadiri pertemuan itu pada Senin.\n\n"
                   "Pertemuan itu berlangsung selama tiga jam.\n\n"
                   "\"Kami berharap kerja sama ini berjalan dengan baik,\" jelas Intan dalam keterangannya, Kamis "
                   "(19/9/2019).\n",
                   "Kami berharap kerja sama", "Intan Wibisono");
    /* with no statement just before, "Menurutnya" names no one: no quote */
    d = run("Harga beras di pasar induk naik dua persen pekan ini.\n\n"
            "Menurutnya, kenaikan itu terjadi karena musim kemarau.\n",
            "2019-09-20");
    assert_null(quote_starting(d, "kenaikan itu terjadi"));
    wt_doc_free(d);
}

/* Who speaks when the reporting clause does not name them plainly: an
 * opening mark after a leftover comma, a title whose body runs on with
 * "dari" or holds a bracketed name, a cue inside a sentence, a
 * question, a person's wife or friend, a person described and pointed back to, a pronoun that goes on
 * with the one speaking past a person named in passing. */
/* a name after "bahwa" is in what is said, not who says it */
/* A verb that follows a quotation ("tegas", "jelas", "kata") names its
 * speaker after it when it opens one; before a phrase in marks with no
 * one after it, it is a word of the sentence, and the person before it is
 * talked about. Right after its agent the bare verb is the object voice:
 * the agent's words. */
static void closing_verbs_before_a_phrase(void **state)
{
    (void)state;
    wt_doc *d = run("Aktivis itu kecewa dengan kunjungan Presiden Prancis Emmanuel Macron ke Beijing. Dia menilai, "
                    "Macron semestinya bersikap jauh lebih tegas \"membela kebebasan pers di Hong Kong\" ketika itu.\n",
                    "2019-09-20");
    assert_not_said_by(d, "membela kebebasan pers", "Emmanuel Macron");
    wt_doc_free(d);
    assert_said_by("Presiden Iran Hassan Rouhani berbicara di depan parlemen pada Minggu. Tegas Rouhani, "
                   "\"Kami tidak akan pernah menyerah pada tekanan asing.\"\n",
                   "Kami tidak akan pernah", "Hassan Rouhani");
    assert_said_by("Perdana Menteri Pakistan Imran Khan berpidato di Islamabad pada Senin. Khan memperingatkan "
                   "dunia tentang apa yang ia sebut sebagai pilihan \"bertahan atau binasa\" bagi negaranya.\n",
                   "bertahan atau binasa", "Imran Khan");
}

/* Between the subject and its verb of saying: a phrase opened by a noun
 * of time ("minggu lalu", "kemarin", no comma in it) or a place after a
 * preposition ("saat acara di Berlin") is no subject; who was spoken to
 * ("kepada wartawan di Brussels,") is no part of what was said. */
static void phrases_between_the_speaker_and_the_verb(void **state)
{
    (void)state;
    assert_said_by("Gubernur Jawa Barat Ridwan Kamil meninjau banjir di Bekasi.\n\n"
                   "Ridwan Kamil minggu lalu mengumumkan bahwa bantuan akan dikirim ke enam kecamatan.\n",
                   "bantuan akan dikirim", "Ridwan Kamil");
    assert_said_by("Aktivis lingkungan Greta Thunberg tiba di Eropa pada Senin.\n\n"
                   "Thunberg pada saat acara di Berlin mengatakan bahwa dunia harus segera bertindak.\n",
                   "dunia harus segera", "Greta Thunberg");
    wt_doc *d = run("Menteri Luar Negeri Belgia Philippe Goffin mengatakan kepada wartawan di Brussels, "
                    "pesawat itu jatuh karena kerusakan mesin.\n",
                    "2019-09-20");
    assert_quote_by(d, "pesawat itu jatuh", "Philippe Goffin");
    assert_null(quote_starting(d, "kepada wartawan"));
    wt_doc_free(d);
    /* a noun of time after a comma opens no such phrase: the name before
     * it stands in another clause */
    d = run("Dalam rapat di gedung Dewan Perwakilan Rakyat kemarin, Rabu, 18 September 2019, sepuluh fraksi "
            "menyatakan setuju membawa rancangan itu ke sidang paripurna.\n",
            "2019-09-20");
    assert_not_said_by(d, "setuju membawa", "Dewan Perwakilan Rakyat");
    wt_doc_free(d);
    /* "menjawab tantangan": to meet a challenge, no answer given */
    d = run("Direktur Utama Telkomsel Setyanto Hantoro mengumumkan akan membangun pusat data baru di Batam dan "
            "menjawab tantangan pertumbuhan pengguna di Asia Tenggara.\n",
            "2019-09-20");
    assert_null(quote_starting(d, "tantangan pertumbuhan"));
    wt_doc_free(d);
}

static void a_name_in_what_is_said(void **state)
{
    (void)state;
    assert_said_by("Perdana Menteri Israel Benjamin Netanyahu berjanji mencaplok Lembah Yordan.\n\n"
                   "Menteri Luar Negeri Retno Marsudi dalam sebuah pernyataan Rabu (11/9/2019) mengatakan bahwa "
                   "rencana Netanyahu melanggar hukum internasional, \"dan mengancam proses perdamaian di kawasan "
                   "itu\".\n",
                   "dan mengancam", "Retno Marsudi");
}

/* the subject of a "bahwa" clause is talked about, not speaking */
static void the_subject_of_what_is_said(void **state)
{
    (void)state;
    assert_said_by("Menteri Koordinator Kemaritiman Luhut Binsar Pandjaitan bercerita tentang masa lalunya.\n\n"
                   "Utusan itu menginformasikan bahwa Presiden Susilo Bambang Yudhoyono akan menunjuknya sebagai duta "
                   "besar. \"Saya terkejut dan langsung menjawab bahwa saya harus mendengar sendiri,\" ujarnya.\n",
                   "Saya terkejut", "Luhut Binsar Pandjaitan");
}

/* a text and the body it comes from: the body speaks by it; a report
 * cited after "menurut" is a source, no statement */
static void a_body_speaks_by_its_text(void **state)
{
    (void)state;
    wt_doc *d = run("Perdana Menteri Israel Benjamin Netanyahu berjanji mencaplok Lembah Yordan.\n\n"
                    "\"Rencana itu melanggar hukum internasional,\" tulis pernyataan Kementerian Luar Negeri.\n\n"
                    "Menurut laporan Reuters, harga minyak naik tajam pada pekan ini.\n",
                    "2019-09-20");
    assert_quote_by(d, "Rencana itu", "Kementerian Luar Negeri");
    for (size_t i = 0; i < d->n_quotes; i++)
        assert_true(!d->quotes[i].speaker_name || strcmp(d->quotes[i].speaker_name, "Reuters") != 0);
    wt_doc_free(d);
}

/* an acronym in capitals before a person's name is the body served */
static void an_acronym_is_no_part_of_a_name(void **state)
{
    (void)state;
    assert_said_by("\"Kami terus memantau kualitas udara,\" kata Kepala Dinas Kesehatan DKI Widyastuti.\n",
                   "Kami terus", "Widyastuti");
}

/* a spokesperson named by title alone is no one named before */
static void an_unnamed_spokesperson(void **state)
{
    (void)state;
    wt_doc *d = run("Kanselir Jerman Angela Merkel menerima Perdana Menteri Inggris Boris Johnson di Berlin.\n\n"
                    "\"Keduanya akan bertemu lagi di New York pekan depan,\" kata juru bicara pemerintah.\n\n"
                    "Juru Bicara Kementerian Luar Negeri Jerman Rainer Breul menerima wartawan.\n\n"
                    "\"Pertemuan itu berjalan baik,\" kata juru bicara itu.\n",
                    "2019-09-20");
    assert_unattributed(d, "Keduanya akan");
    assert_quote_by(d, "Pertemuan itu", "Rainer Breul");
    wt_doc_free(d);
}

/* "bunyi": the wording of a text; its author when named, else nobody */
static void the_wording_of_a_text(void **state)
{
    (void)state;
    const char *text = "Menteri Luar Negeri Retno Marsudi menerima Duta Besar Jepang di Jakarta.\n\n"
                       "\"Indonesia menolak rencana itu dengan tegas,\" bunyi pernyataan Menteri Pertahanan Prabowo "
                       "Subianto.\n\n"
                       "\"Usia pelamar dihitung pada saat pelamar mendaftar secara resmi,\" bunyi pasal tersebut.\n";
    assert_said_by(text, "Indonesia menolak", "Prabowo Subianto");
    wt_doc *d = run(text, "2019-09-20");
    assert_unattributed(d, "Usia pelamar");
    wt_doc_free(d);
}

/* A coach named, quoted, then described: "bos Manchester United itu",
 * "Mantan penyerang Norwegia itu"; a law ("Pasal tersebut") and another
 * player described after him. */
static const char COACH_DESCRIBED[] =
    "Pelatih Manchester United Ole Gunnar Solskjaer memimpin latihan tim di Carrington pada Jumat.\n\n"
    "\"Tim ini sedang berkembang,\" kata Solskjaer.\n\n"
    "Ketika ditanya soal kepergian dua penyerangnya, bos Manchester United itu mengatakan, \"Keputusan itu "
    "sungguh tepat bagi klub.\"\n\nPemerintah menerbitkan peraturan baru tentang produk halal.\n\n"
    "Pasal tersebut menyebutkan, \"Produk yang masuk wajib bersertifikat halal.\"\n\n"
    "Ketika ditanya soal jadwal, Solskjaer mengatakan, \"Kami bermain lagi hari Minggu.\"\n\n"
    "\"Semua pemain dalam kondisi bugar,\" kata Solskjaer. Mantan penyerang Norwegia itu menjelaskan, "
    "latihan dimulai pukul sembilan.\n\nBek Harry Maguire juga hadir di Carrington. Mantan pemain "
    "Leicester itu mengatakan, tim siap menghadapi Chelsea.\n";

/* A person named as someone's kin ("menganiaya anaknya MS", "Dia
 * menyebut anak keduanya, LSZ meninggal") is talked about: "katanya"
 * after them is still the one speaking. The kin as the subject speaks
 * ("Ayahnya, Alex Demetre, mengatakan ..."), and so does the unnamed kin
 * of a name ("ayah Victoria mengatakan"). */
/* The subject of a clause below what someone says is talked about, not
 * the one a later "kata dia" points to: "Seto menyebut sejak dipegang
 * Jacksen, Persipura bisa berbenah" (Jacksen, under "menyebut"). */
static void subjects_below_what_is_said(void **state)
{
    (void)state;
    assert_said_by(
        "Pelatih PSS Sleman, Seto Nurdiyantoro, mengatakan lawannya kini tampil jauh lebih baik.\n\n"
        "\"Mereka punya banyak pemain bagus,\" ujar Seto, Rabu.\n\n"
        "Seto menyebut sejak dipegang Jacksen, Persipura bisa berbenah dan telah berubah menjadi tim "
        "yang sulit dikalahkan. \"Kami sendiri baru membangun tim musim ini,\" kata dia.\n",
        "Kami sendiri baru", "Seto Nurdiyantoro");
}

/* An office, a comma, then the holder's rank spelt out and the name:
 * the name is the speaker ("kata Wakil Kepala Polres ..., Ajun Komisaris
 * Besar Nama") */
static void holder_after_a_rank_spelt_out(void **state)
{
    (void)state;
    assert_said_by(
        "Seorang pria ditangkap karena mencuri sepeda motor di Bekasi.\n\n\"Pelaku sudah kami tahan "
        "sejak kemarin,\" kata Wakil Kepala Polres Metro Bekasi Kota, Ajun Komisaris Besar Eka "
        "Mulyana, Selasa.\n",
        "Pelaku sudah kami", "Eka Mulyana");
}

/* Quoted paragraphs in a row are the speaker's whose cue closes the run,
 * unless the speaker of the first was introduced before it. */
static void quoted_paragraphs_closed_by_a_cue(void **state)
{
    (void)state;
    assert_said_by(
        "Jenazah Presiden ketiga RI BJ Habibie dimakamkan di Taman Makam Pahlawan Kalibata, Jakarta, "
        "Kamis.\n\nMakam Habibie berada di samping makam istrinya.\n\n\"Saya ingat upacara untuk ibu "
        "sembilan tahun lalu sama khidmatnya.\"\n\n\"Mereka kini bersatu lagi,\" kata putra sulungnya, "
        "Ilham Akbar Habibie, kepada wartawan.\n",
        "Saya ingat upacara", "Ilham Akbar Habibie");
    /* introduced by a verb of saying: the run is the one introduced */
    assert_said_by(
        "Mantan presiden Afganistan Hamid Karzai melalui Twitter menyatakan rakyatnya menderita.\n\n\"Saya "
        "tidak punya kata-kata untuk penderitaan rakyat kami.\"\n\n\"Serangan itu menewaskan warga "
        "sipil,\" kata juru bicara militer AS Sonny Leggett.\n",
        "Saya tidak punya kata-kata", "Hamid Karzai");
}

static void kin_named_in_passing(void **state)
{
    (void)state;
    wt_doc *d =
        run("Kepala Satuan Reserse Kriminal Polres Lhokseumawe AKP Indra Herlambang menjelaskan, tersangka "
            "adalah ayah tiri korban. Keduanya menganiaya anaknya MS (9) dengan rantai jika tidak membawa "
            "uang. Dia menjelaskan, kekerasan itu berlangsung dua tahun. Awalnya anak itu menolak mengemis. "
            "\"Anak itu dipukuli jika pulang tanpa uang,\" katanya kepada wartawan.\n\nWahyu Irawan "
            "enggan bercerita tentang kedua anaknya. Dia menyebut anak keduanya, LSZ meninggal di rumah "
            "sakit. \"Kami sudah ikhlas,\" papar dia.\n",
            "2019-09-20");
    assert_quote_by(d, "Anak itu dipukuli", "Indra Herlambang");
    assert_quote_by(d, "Kami sudah ikhlas", "Wahyu Irawan");
    wt_doc_free(d);
    d = run("Bocah itu tampil di peragaan busana bersama kakaknya. Ayahnya, Alex Demetre, mengatakan kedua "
            "anaknya "
            "luar biasa. \"Dia sangat bangga pada dirinya sendiri,\" kata dia.\n",
            "2019-09-20");
    assert_quote_by(d, "Dia sangat bangga", "Alex Demetre");
    wt_doc_free(d);
    /* a name after a noun of kinship with no owner names whose kin
     * speaks: "kata paman Khansa, Heri" is Heri's; "ayah Victoria
     * mengatakan" is the father's, not Victoria's */
    d = run("Mobil korban ditemukan di jalan tol. \"Dia berangkat bersama istrinya,\" kata paman Khansa, "
            "Heri.\n\n"
            "Polisi belum bisa meminta keterangan kepada Victoria karena pengaruh obat, tetapi ayah Victoria "
            "mengatakan anaknya sudah diperiksa polisi.\n",
            "2019-09-20");
    assert_quote_by(d, "Dia berangkat bersama", "Heri");
    const wt_quote *q = quote_starting(d, "anaknya sudah diperiksa");
    assert_true(!q || !q->speaker_name || strcmp(q->speaker_name, "Victoria") != 0);
    wt_doc_free(d);
}

static void speakers_described_and_continued(void **state)
{
    (void)state;
    /* link leftovers: ". , \"" and "., \"" open a quotation; the sentence
     * before is nobody's words */
    wt_doc *d = run("Menteri Perdagangan Enggartiasto Lukita membuka pameran dagang di Jakarta pada Senin. , "
                    "\"Kami menargetkan transaksi sepuluh triliun rupiah,\" kata Enggartiasto. Pameran itu diikuti "
                    "tiga ratus perusahaan., \"Peserta tahun ini dua kali lipat,\" ujarnya. Pameran berlangsung "
                    "lima hari.,\"Pendaftaran dibuka lagi tahun depan,\" katanya.\n",
                    "2019-09-20");
    assert_quote_by(d, "Kami menargetkan transaksi", "Enggartiasto Lukita");
    assert_quote_by(d, "Peserta tahun ini", "Enggartiasto Lukita");
    assert_quote_by(d, "Pendaftaran dibuka lagi", "Enggartiasto Lukita");
    assert_null(quote_starting(d, "Menteri Perdagangan"));
    assert_null(quote_starting(d, "Pameran itu diikuti"));
    assert_null(quote_starting(d, "Pameran berlangsung"));
    wt_doc_free(d);
    /* a short bracketed name inside the title before the name */
    assert_said_by("Gubernur Riau Syamsuar meninjau kebakaran lahan di Pelalawan pada Senin.\n\n"
                   "\"Kami mengirim dua helikopter ke Riau hari ini,\" kata Kepala Badan Nasional Penanggulangan "
                   "Bencana (BNPB) Doni Monardo di Pekanbaru.\n",
                   "Kami mengirim dua helikopter", "Doni Monardo");
    /* "kata Wakil Ketua Komisi ... dari Fraksi ... <name>" */
    assert_said_by("Kepala Badan Pangan Nasional Arief Prasetyo menyampaikan data produksi beras kepada DPR.\n\n"
                   "\"Kami mendukung langkah pemerintah menjaga stok beras,\" kata Wakil Ketua "
                   "Komisi Pertanian DPR dari "
                   "Fraksi Partai Golkar Dedi Mulyadi di Jakarta, Senin.\n",
                   "Kami mendukung langkah", "Dedi Mulyadi");
    /* "kata pelatih asal Korea Selatan itu": the one the story is about;
     * "kata pria tersebut" points back to an unnamed man: nobody named */
    d = run("Pelatih tim nasional Shin Tae-yong memanggil 23 pemain untuk pemusatan latihan di Jakarta.\n\n"
            "\"Mereka pemain terbaik yang kami punya saat ini,\" kata pelatih asal Korea Selatan itu.\n\n"
            "Seorang pria menonton latihan itu dari pinggir lapangan.\n\n"
            "\"Saya datang dari Bogor untuk melihat mereka,\" kata pria tersebut.\n",
            "2019-09-20");
    assert_quote_by(d, "Mereka pemain terbaik", "Shin Tae-yong");
    const wt_quote *q = quote_starting(d, "Saya datang dari Bogor");
    assert_non_null(q);
    assert_null(q->speaker_name);
    wt_doc_free(d);
    /* "dia" goes on with the one speaking: a person named in passing
     * ("rapat kabinet Presiden Joko Widodo") does not take the floor */
    assert_said_by("Menteri Keuangan Sri Mulyani Indrawati memaparkan kinerja kementeriannya di Jakarta, Senin.\n\n"
                   "\"Penerimaan negara tahun ini tumbuh sembilan persen,\" kata Sri Mulyani.\n\n"
                   "Angka itu lebih tinggi dari target. Target itu ditetapkan dalam rapat kabinet "
                   "Presiden Joko Widodo pada Januari. Pertumbuhan terbesar datang dari pajak penghasilan.\n\n"
                   "Dia mengatakan penerimaan cukai juga naik tahun ini.\n",
                   "penerimaan cukai juga naik", "Sri Mulyani Indrawati");
    /* a cue set inside a sentence without marks reports the whole of it,
     * in the speaker's words only in the first person */
    d = run("Menteri Perhubungan Budi Karya Sumadi meninjau Bandara Kertajati pada Senin.\n\n"
            "Selama musim mudik, kata Budi, bandara itu melayani dua puluh penerbangan setiap hari.\n\n"
            "Tahun depan, katanya, kami membuka rute ke Medan dan Makassar.\n",
            "2019-09-20");
    q = quote_starting(d, "Selama musim mudik");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_string_equal(q->speaker_name, "Budi Karya Sumadi");
    assert_non_null(strstr(d->text + q->start, "setiap hari"));
    assert_true(strstr(d->text + q->start, "setiap hari") - (d->text + q->start) < (long)(q->end - q->start));
    q = quote_starting(d, "Tahun depan");
    assert_non_null(q);
    assert_string_equal(q->kind, "direct");
    assert_true(q->end - q->start > strlen("Tahun depan, katanya, kami membuka"));
    wt_doc_free(d);
    /* a quotation may open with a reporting verb glued to its mark
     * ("Katanya ..."); one asked closes with "tanya", and who is asked
     * ("kepada Habil") is no speaker */
    d = run("Polisi menemukan pria itu di pinggir rel kereta pada Kamis sore.\n\n"
            "\"Katanya dia sedang berjalan di pinggir rel,\" kata Yusniati, warga setempat.\n\n"
            "Hakim ketua Suparman Nyompa membuka sidang pada Senin.\n\n"
            "\"Apakah terdakwa didampingi kuasa hukum?\" tanya hakim kepada Habil Marati.\n",
            "2019-09-20");
    assert_null(quote_starting(d, "Polisi menemukan"));
    assert_non_null(quote_starting(d, "Katanya dia sedang"));
    q = quote_starting(d, "Apakah terdakwa");
    assert_non_null(q);
    assert_non_null(q->verb);
    assert_string_equal(q->verb, "tanya");
    assert_quote_not_by(d, "Apakah terdakwa", "Habil Marati");
    wt_doc_free(d);
    /* "...," a name and the time or place of speaking, without a verb;
     * after a full stop a name and "di" open a sentence of their own */
    assert_said_by("Pelatih tim nasional Simon McMenemy kecewa dengan kekalahan 0-3 dari Thailand pada Selasa.\n\n"
                   "Kiper Andritany Ardhiyasa kebobolan tiga gol di babak kedua.\n\n"
                   "\"Berat memang menjadi seorang kiper dalam laga seperti ini,\" Simon McMenemy usai laga di "
                   "Jakarta, Rabu.\n",
                   "Berat memang menjadi", "Simon McMenemy");
    d = run("Presiden Komisi Eropa Jean-Claude Juncker berbicara di depan parlemen pada Rabu.\n\n"
            "Juncker mengatakan kepada parlemen, \"Brexit tanpa perjanjian tidak akan pernah menjadi pilihan kita.\" "
            "Kanselir Jerman Angela Merkel di Berlin menyatakan hal serupa.\n",
            "2019-09-20");
    assert_quote_not_by(d, "Brexit tanpa perjanjian", "Angela Merkel");
    wt_doc_free(d);
    /* "istri Ahmad Dhani" names someone else by him: the name after the
     * comma speaks */
    assert_said_by("Musisi Ahmad Dhani menjalani sidang di Pengadilan Negeri Surabaya pada Selasa.\n\n"
                   "\"Kami tetap tabah menghadapi semua ini,\" kata istri Ahmad Dhani, Mulan Jameela.\n",
                   "Kami tetap tabah", "Mulan Jameela");
    /* a preposition or a word of time written small ends the speaker's
     * words: who is named after it is talked about; a comma and a name
     * after it set the speaker apart */
    d = run("Sidang perdana Kivlan Zen digelar di Pengadilan Negeri Jakarta Pusat pada Selasa.\n\n"
            "\"Sidang ditunda hingga Kamis pekan depan,\" kata hakim dalam persidangan Kivlan Zen di Jakarta, "
            "Selasa.\n",
            "2019-09-20");
    assert_non_null(quote_starting(d, "Sidang ditunda"));
    assert_quote_not_by(d, "Sidang ditunda", "Kivlan Zen");
    wt_doc_free(d);
    assert_said_by("Asap kebakaran hutan masih menyelimuti Pekanbaru pada Senin.\n\n"
                   "\"Paparan asap dapat menyebabkan gangguan saluran napas,\" kata dokter spesialis penyakit "
                   "dalam, Yeny Tanoyo, kepada wartawan.\n",
                   "Paparan asap", "Yeny Tanoyo");
    /* a person and the body they serve, set in apposition before the
     * verb: the person speaks, not the body */
    d = run("Pabrikan itu meluncurkan mobil baru di Jakarta pada Senin.\n\n"
            "Amelia Tjandra, Direktur Pemasaran PT Astra Daihatsu Motor, mengatakan mobil itu cocok untuk pasar "
            "dalam negeri.\n\nSementara itu Budi Santoso selaku Country Manager Mobil123 menjelaskan bahwa "
            "pameran itu berlangsung tiga hari.\n\nSenada dengan Amelia, pemasar mobil PT Astra Daihatsu Motor menyatakan "
            "penjualan naik.\n",
            "2019-09-20");
    assert_quote_by(d, "mobil itu cocok", "Amelia Tjandra");
    assert_quote_by(d, "pameran itu berlangsung", "Budi Santoso");
    assert_quote_not_by(d, "penjualan naik", "Amelia Tjandra");
    wt_doc_free(d);
    /* "NAME dari BODY": the person of the body speaks */
    assert_said_by("Harga minyak naik tajam pada Senin.\n\nHendra Wiguna dari Lembaga Kajian Energi Nusantara "
                   "menyatakan bahwa harga bisa naik lagi pekan depan.\n",
                   "harga bisa naik", "Hendra Wiguna");
    /* and an office set off by commas that closes on a place */
    assert_said_by("Sekolah itu dibangun kembali setelah gempa.\n\nDaniel Sitompul, Kepala Dinas Pendidikan Kota "
                   "Palu, mengatakan sekolah itu sudah dipakai lagi.\n",
                   "sekolah itu sudah", "Daniel Sitompul");
    /* a noun phrase closed by a demonstrative before the verb points back
     * to the person the story is about; a body named inside it only
     * describes them, and a thing ("Pasal tersebut") names no speaker */
    d = run(COACH_DESCRIBED, "2019-09-20");
    assert_quote_by(d, "Keputusan itu", "Ole Gunnar Solskjaer");
    assert_unattributed(d, "Produk yang masuk");
    /* reported speech too: the one quoted just before, and no one when
     * another person has been named since (Maguire, described, is not
     * the coach quoted before him) */
    assert_quote_by(d, "latihan dimulai", "Ole Gunnar Solskjaer");
    assert_not_said_by(d, "tim siap", "Ole Gunnar Solskjaer");
    /* a speaker the reporting clause names as its subject is as sure as
     * "kata Solskjaer" (docs/confidence.md), not as one found by no cue */
    const wt_quote *subject = quote_starting(d, "Kami bermain lagi"), *after = quote_starting(d, "Semua pemain");
    assert_non_null(subject);
    assert_non_null(after);
    assert_string_equal(subject->speaker_name, "Ole Gunnar Solskjaer");
    assert_string_equal(after->speaker_name, "Ole Gunnar Solskjaer");
    assert_true(subject->confidence > 0.6);
    assert_true(subject->confidence - after->confidence < 1e-9 && after->confidence - subject->confidence < 1e-9);
    wt_doc_free(d);
}

/* A name that closes a relative clause on a named person describes
 * them: the person speaks, not the club or the colleague in the clause;
 * a name owning the noun before it ("administrasi Trump") speaks for no
 * one. */
static void speakers_before_a_relative_clause(void **state)
{
    (void)state;
    wt_doc *d = run("Mantan penyerang Wales John Hartson menonton laga itu dari tribun.\n\n"
                    "Hartson yang mengikuti kabar transfer Manchester United, mengaku heran dengan keputusan klub "
                    "melepas penyerangnya.\n\n"
                    "Menteri Luar Negeri AS Mike Pompeo, yang bertemu Putra Mahkota Mohammed bin Salman di Jeddah, "
                    "menyebut serangan itu tindakan perang.\n\n"
                    "Seorang pejabat senior administrasi Donald Trump yang berbicara kepada ABC News mengatakan "
                    "rudal itu diluncurkan dari utara.\n",
                    "2019-09-20");
    assert_quote_by(d, "heran dengan keputusan", "John Hartson");
    assert_quote_by(d, "serangan itu tindakan perang", "Mike Pompeo");
    assert_not_said_by(d, "rudal itu diluncurkan", "Donald Trump");
    wt_doc_free(d);
}

/* Without a parse (--no-parse) the same rules run on word order alone:
 * nothing reads a tree that is not there. */
static void speakers_described_without_a_parse(void **state)
{
    (void)state;
    wt_doc *d = tu_process_with(COACH_DESCRIBED, 0, "2019-09-20", 1);
    assert_null(d->deps);
    assert_quote_by(d, "Keputusan itu", "Ole Gunnar Solskjaer");
    assert_quote_by(d, "latihan dimulai", "Ole Gunnar Solskjaer");
    assert_unattributed(d, "Produk yang masuk");
    wt_doc_free(d);
}

static const wt_event *event_of(const wt_doc *d, const char *type, const char *c1, const char *c2)
{
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (strcmp(e->type, type))
            continue;
        const char *a = e->actor1.country, *b = e->actor2.country;
        if ((a && b && !strcmp(a, c1) && !strcmp(b, c2)) || (a && b && !strcmp(a, c2) && !strcmp(b, c1)))
            return e;
    }
    return NULL;
}

/* Whether the pipeline codes an event of this type between the two
 * countries (either order) in a text dated 2019-09-20. */
static bool text_has_event(const char *text, const char *type, const char *c1, const char *c2)
{
    wt_doc *d = run(text, "2019-09-20");
    bool found = event_of(d, type, c1, c2) != NULL;
    wt_doc_free(d);
    return found;
}

static size_t events_of_type(const wt_doc *d, const char *type)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_events; i++)
        n += !strcmp(d->events[i].type, type);
    return n;
}

static bool has_domain(const wt_event *e, const char *dom)
{
    for (size_t i = 0; i < e->n_domains; i++)
        if (!strcmp(e->domains[i], dom))
            return true;
    return false;
}

static void event_patterns(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Indonesia Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di "
                    "Putrajaya pada Senin (3/3/2025).\n\n"
                    "Menteri Luar Negeri Sugiono mengunjungi Tokyo untuk membahas perdagangan.\n\n"
                    "Malaysia siap bekerja sama dengan Indonesia di bidang energi terbarukan.\n\n"
                    "Pada Selasa (4/3) kedua negara menandatangani nota kesepahaman tentang pendidikan.\n\n"
                    "Rusia memasok senjata kepada Myanmar selama bertahun-tahun.\n\n"
                    "Amerika Serikat menjatuhkan sanksi terhadap Iran.\n\n"
                    "Tiongkok menuduh Filipina melanggar kesepakatan.\n",
                    NULL);
    const wt_event *e = event_of(d, "CONSULT", "IDN", "MYS");
    assert_non_null(e);
    assert_string_equal(e->cameo, "040");
    assert_string_equal(e->date, "2025-03-03");
    assert_non_null(e->location);
    assert_string_equal(e->location, "Putrajaya");
    e = event_of(d, "CONSULT", "IDN", "JPN");
    assert_non_null(e);
    assert_string_equal(e->mode, "visit");
    assert_string_equal(e->actor1.country, "IDN"); /* the visitor */
    e = event_of(d, "AGREE", "MYS", "IDN");
    assert_non_null(e);
    assert_true(has_domain(e, "energy"));
    e = event_of(d, "SUPPORT", "IDN", "MYS"); /* "kedua negara": the story's two countries */
    assert_non_null(e);
    assert_string_equal(e->date, "2025-03-04");
    assert_true(has_domain(e, "education"));
    e = event_of(d, "AID", "RUS", "MMR");
    assert_non_null(e);
    assert_string_equal(e->mode, "arms");
    assert_true(has_domain(e, "defense"));
    assert_non_null(event_of(d, "SANCTION", "USA", "IRN"));
    assert_non_null(event_of(d, "ACCUSE", "CHN", "PHL"));
    wt_doc_free(d);
}

/* a talk held by telephone is a call, not a meeting */
static void a_call_is_no_meeting(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Amerika Serikat Donald Trump telah melakukan pembicaraan dengan Perdana Menteri Jepang "
                    "Shinzo Abe melalui sambungan telepon.\n\n"
                    "Presiden Indonesia Joko Widodo bertemu dengan Perdana Menteri Jepang Shinzo Abe di Tokyo.\n",
                    NULL);
    const wt_event *e = event_of(d, "CONSULT", "USA", "JPN");
    assert_non_null(e);
    assert_string_equal(e->mode, "phone");
    assert_string_equal(e->cameo, "041");
    e = event_of(d, "CONSULT", "IDN", "JPN");
    assert_non_null(e);
    assert_string_equal(e->mode, "meet");
    wt_doc_free(d);
}

/* who is asked is the object of a verb of asking; a name in what they
 * are asked to do is no partner */
static void the_asked_is_the_object(void **state)
{
    (void)state;
    assert_false(text_has_event("Presiden Prancis mengimbau para pemimpin dunia untuk mengikuti Jerman dalam "
                                "menjatuhkan sanksi.\n",
                                "REQUEST", "FRA", "DEU"));
    assert_true(text_has_event("Presiden Prancis mendesak pemerintah Jerman untuk menjatuhkan sanksi.\n", "REQUEST",
                               "FRA", "DEU"));
    assert_true(text_has_event("Presiden Prancis mendesak Jerman untuk menjatuhkan sanksi.\n", "REQUEST", "FRA", "DEU"));
}

/* a passive relative clause tells a standing relation: the sentence's
 * date is its main verb's */
static void a_standing_relation_has_no_date(void **state)
{
    (void)state;
    wt_doc *d = run("Kelompok Houthi di Yaman, yang didukung Iran, mengatakan pihaknya menyerang dua kilang minyak "
                    "Arab Saudi pada Sabtu (14/9/2019).\n",
                    "2019-09-16");
    const wt_event *e = event_of(d, "SUPPORT", "IRN", "YEM");
    assert_non_null(e);
    assert_null(e->date);
    wt_doc_free(d);
    /* "Pemberontak Houthi Yaman": the group is supported, the country
     * after it says where the group is */
    d = run("Pemberontak Houthi Yaman, yang didukung oleh Iran, mengklaim bertanggung jawab atas serangan itu.\n",
            "2019-09-16");
    e = event_of(d, "SUPPORT", "IRN", "YEM");
    assert_non_null(e);
    assert_non_null(e->actor2.name);
    assert_string_equal(e->actor2.name, "Houthi");
    wt_doc_free(d);
}

/* the armed forces a conflict names are a matter of security, those a
 * cooperation names one of defence */
static void armed_forces_by_kind_of_act(void **state)
{
    (void)state;
    wt_doc *d = run("Pemerintah Afghanistan menuduh militer Pakistan menembakkan artileri ke wilayah Afghanistan.\n\n"
                    "Jepang menawarkan bantuan kepada tentara Filipina.\n",
                    NULL);
    const wt_event *e = event_of(d, "ACCUSE", "AFG", "PAK");
    assert_non_null(e);
    assert_true(has_domain(e, "security"));
    assert_false(has_domain(e, "defense"));
    e = event_of(d, "AGREE", "JPN", "PHL");
    assert_non_null(e);
    assert_true(has_domain(e, "defense"));
    assert_false(has_domain(e, "security"));
    for (size_t i = 0; i < d->n_events; i++)
        for (size_t k = 0; k < d->events[i].n_domains; k++)
            assert_string_not_equal(d->events[i].domains[k], "armed_forces");
    wt_doc_free(d);
}

/* force used, massed or threatened with arms is a matter of security
 * though the sentence names none; a threat of another kind is not */
static void force_is_security(void **state)
{
    (void)state;
    wt_doc *d = run("Rusia menganeksasi Crimea dari Ukraina pada tahun 2014.\n\n"
                    "India menyerang Pakistan pada Selasa.\n\n"
                    "Perdana Menteri Israel Benjamin Netanyahu berjanji akan mencaplok Lembah Jordan dari Palestina.\n\n"
                    "Amerika Serikat memperingatkan Kepulauan Solomon agar tidak memutus hubungan dengan Taiwan.\n",
                    NULL);
    const wt_event *e = event_of(d, "COERCE", "RUS", "UKR");
    assert_non_null(e);
    assert_true(has_domain(e, "security"));
    e = event_of(d, "ASSAULT", "IND", "PAK");
    assert_non_null(e);
    assert_true(has_domain(e, "security"));
    e = event_of(d, "THREATEN", "ISR", "PSE");
    assert_non_null(e);
    assert_true(has_domain(e, "security"));
    e = event_of(d, "THREATEN", "USA", "SLB");
    assert_non_null(e);
    assert_false(has_domain(e, "security"));
    wt_doc_free(d);
}

/* a visit to a grave or a house of mourning meets no one; an envoy's
 * journey to a town of the country he is posted to is no state visit */
static void the_dead_and_envoys_at_post_are_no_partners(void **state)
{
    (void)state;
    assert_false(text_has_event("Mantan Presiden BJ Habibie wafat pada Rabu.\n\nPresiden Timor Leste Xanana Gusmao "
                                "mengunjungi makam Habibie pada Jumat.\n",
                                "CONSULT", "TLS", "IDN"));
    assert_false(text_has_event("Mantan Presiden BJ Habibie wafat pada Rabu.\n\nPresiden Timor Leste Xanana Gusmao "
                                "mengunjungi rumah duka Habibie pada Jumat.\n",
                                "CONSULT", "TLS", "IDN"));
    assert_false(text_has_event("Mantan Presiden BJ Habibie wafat pada Rabu.\n\nDuta Besar Inggris Owen Jenkins bersama "
                                "staf Kedubes juga mengunjungi pabrik di Jakarta Selatan.\n",
                                "CONSULT", "GBR", "IDN"));
    /* a living person's house is met in: "rumah" is no grave */
    assert_true(text_has_event("Mantan Presiden BJ Habibie sakit sejak Senin.\n\nPresiden Timor Leste Xanana Gusmao "
                               "mengunjungi rumah Habibie pada Jumat.\n",
                               "CONSULT", "TLS", "IDN"));
    /* a minister's journey to a town is still a visit */
    assert_true(text_has_event("Menteri Luar Negeri Inggris Dominic Raab mengunjungi Jakarta pada Jumat.\n", "CONSULT",
                               "GBR", "IDN"));
}

/* an arrest verb that holds money back, or a camera that catches a face,
 * arrests nobody */
static void money_and_film_are_no_arrest(void **state)
{
    (void)state;
    assert_false(text_has_event("Pemerintah Amerika Serikat menahan US$ 50 juta dalam bantuan untuk Pakistan.\n",
                                "COERCE", "USA", "PAK"));
    assert_false(text_has_event("Siaran televisi Jerman ZDF menangkap Menteri Luar Negeri Prancis Jean-Yves Le Drian "
                                "tersenyum di depan wartawan.\n",
                                "COERCE", "DEU", "FRA"));
    /* people held are still held */
    assert_true(text_has_event("Polisi Malaysia menahan dua warga Indonesia di Johor.\n", "COERCE", "MYS", "IDN"));
}

/* a call to act, or for a thing, with someone names nobody asked: the
 * one after "dengan" is the partner of the act called for */
static void the_partner_of_a_call_is_not_asked(void **state)
{
    (void)state;
    assert_false(text_has_event("Menteri Luar Negeri Jerman Heiko Maas telah menyerukan untuk mengejar perdamaian "
                                "dengan Rusia.\n",
                                "REQUEST", "DEU", "RUS"));
    assert_true(text_has_event("Menteri Luar Negeri Jerman Heiko Maas menyerukan Rusia untuk menarik pasukannya.\n",
                               "REQUEST", "DEU", "RUS"));
    /* or for a thing with someone */
    assert_false(text_has_event("Menteri Luar Negeri Jerman Heiko Maas telah menyerukan perdamaian dengan Rusia "
                                "sambil menjaga kepentingan keamanan Eropa.\n",
                                "REQUEST", "DEU", "RUS"));
}

/* "mendukung 18 mahasiswa untuk melanjutkan studi ke Inggris": the ones
 * supported are unnamed; the country is where the purpose leads, no
 * party supported */
static void the_place_of_a_purpose_is_not_supported(void **state)
{
    (void)state;
    assert_false(text_has_event("Pemerintah Jepang telah mendukung 25 mahasiswa untuk melanjutkan studi mereka ke "
                                "Indonesia.\n",
                                "SUPPORT", "JPN", "IDN"));
    assert_true(text_has_event("Pemerintah Jepang mendukung Indonesia untuk menjadi anggota tidak tetap Dewan "
                               "Keamanan PBB.\n",
                               "SUPPORT", "JPN", "IDN"));
}

/* With a parse: a common noun that is the verb's subject acts, not a
 * state its relative clause names; a state that is the subject acts
 * whatever its relative clause says */
static void the_subjects_relative_clause_does_not_act(void **state)
{
    (void)state;
    assert_false(text_has_event("Resolusi yang disusun bersama Prancis dan Jerman itu meminta Iran menghentikan "
                                "pengayaan uranium.\n",
                                "REQUEST", "FRA", "IRN"));
    assert_true(text_has_event("Prancis, yang menyusun resolusi itu bersama Jerman, meminta Iran menghentikan "
                               "pengayaan uranium.\n",
                               "REQUEST", "FRA", "IRN"));
}

/* an air strike after a preposition is talked about, not made by the
 * subject; one the subject makes by its means stays its own */
static void an_attack_talked_about_is_not_the_subjects(void **state)
{
    (void)state;
    assert_false(text_has_event("Turki, yang juga membantu Qatar, selama ini diam terhadap serangan udara Israel.\n",
                                "ASSAULT", "QAT", "ISR"));
    assert_true(text_has_event("Israel membalas dengan serangan udara ke Suriah pada Senin malam.\n", "ASSAULT",
                               "ISR", "SYR"));
}

/* an attack named after a noun of a plan or a possibility ("daftar target
 * serangan udara", "opsi serangan") has not been made */
static void a_planned_attack_is_no_attack(void **state)
{
    (void)state;
    assert_false(text_has_event("Militer akan memberikan Presiden Donald Trump daftar target serangan udara di "
                                "dalam Iran.\n",
                                "ASSAULT", "USA", "IRN"));
    assert_true(text_has_event("Militer Amerika Serikat meluncurkan serangan udara ke Iran pekan ini.\n", "ASSAULT",
                               "USA", "IRN"));
}

/* an attack noun that opens a clause said ("X mengatakan, serangan ...")
 * was not made by the one who says it: its maker is the agent after
 * "oleh", and with none written there is no event */
static void the_one_reporting_an_attack_did_not_make_it(void **state)
{
    (void)state;
    wt_doc *d = run("Penyelidik PBB mengatakan, serangan udara oleh pasukan koalisi pimpinan AS di Suriah telah "
                    "membunuh banyak warga sipil.\n\n"
                    "Pejabat Rusia mengatakan, serangan udara di Idlib menewaskan puluhan orang.\n",
                    "2019-09-11");
    size_t n = 0;
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (strcmp(e->type, "ASSAULT"))
            continue;
        n++;
        assert_non_null(e->actor1.country);
        assert_string_equal(e->actor1.country, "USA");
    }
    assert_int_equal(n, 1);
    wt_doc_free(d);
}

/* a partner written as a name the tagger did not know ("bekerja sama
 * dengan Interpol") is written: no other is implied from the story's two
 * countries, nor taken from the subject's next predicate */
static void an_unknown_partner_is_still_written(void **state)
{
    (void)state;
    wt_doc *d = run("Kedutaan Besar Singapura di Indonesia menyatakan Honggo tidak berada di Singapura. Pihak "
                    "Singapura belum menerima permintaan dari Indonesia.\n\n"
                    "Helmi mengatakan, kepolisian Singapura tidak bersikap kooperatif. Ia menyatakan selama ini Polri "
                    "bekerja sama dengan Interpol, menerbitkan red notice, dan meminta kepolisian Singapura untuk "
                    "menangkap serta menyerahkan Honggo.\n",
                    "2019-09-20");
    assert_null(event_of(d, "COOPERATE", "IDN", "SGP"));
    assert_non_null(event_of(d, "REQUEST", "IDN", "SGP"));
    wt_doc_free(d);
}

/* With a parse: a conjoined verb without a subject of its own is not
 * acted by a name in an earlier verb's object; a causative's object is
 * the next verb's subject */
static void an_earlier_object_does_not_act(void **state)
{
    (void)state;
    const char *text = "Indonesia, kata juru bicara itu, berharap OKI dapat mengajak semua anggotanya untuk "
                       "memberikan dukungan kepada Palestina dan tidak mengakui tindakan ilegal Israel, serta "
                       "meminta tindakan Israel tersebut dibahas dalam Dewan Keamanan PBB.\n";
    wt_doc *d = run(text, "2019-09-20");
    for (size_t i = 0; i < d->n_events; i++) /* Indonesia asks the OIC: right */
        assert_false(d->events[i].actor1.country && !strcmp(d->events[i].actor1.country, "ISR"));
    wt_doc_free(d);
    assert_true(text_has_event("Pernyataan Bolton membuat Kim Jong Un marah dan mengancam menghentikan pembicaraan "
                               "dengan Presiden Donald Trump.\n",
                               "THREATEN", "PRK", "USA"));
}

/* a visit to the dead's home or grave pays respects: no meeting with the
 * country it lies in */
static void a_visit_of_respects_is_no_meeting(void **state)
{
    (void)state;
    assert_false(text_has_event("Duta Besar Indonesia untuk Jerman Arif Havas Oegroseno pernah berkunjung ke kediaman "
                                "almarhum di Muenchen, Jerman, pada 12 Oktober 2018.\n",
                                "CONSULT", "IDN", "DEU"));
    assert_true(text_has_event("Menteri Luar Negeri Retno Marsudi berkunjung ke Berlin, Jerman, pada 12 Oktober "
                               "2018.\n",
                               "CONSULT", "IDN", "DEU"));
}

/* "Setelah kunjungan Erdogan, Kepala Rostec ... mengatakan": the fronted
 * phrase ends at its comma; the main clause's subject is not visited */
static void a_fronted_phrase_ends_at_its_comma(void **state)
{
    (void)state;
    wt_doc *d = run("Segera setelah kunjungan Presiden Turki Recep Tayyip Erdogan, Kepala Rostec Rusia Sergei "
                    "Chemezov mengatakan pihaknya bersedia menjual pesawat tempur ke Turki.\n",
                    "2019-09-20");
    size_t consult = 0;
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (strcmp(e->type, "CONSULT"))
            continue;
        consult++;
        assert_false(e->actor2.name && strstr(e->actor2.name, "Chemezov"));
    }
    assert_int_equal(consult, 1); /* the visit stays */
    wt_doc_free(d);
}

/* an attack condemned is the latest attacker's; with none told, a name
 * after the attack ("... dan mengatakan kepada Putra Mahkota Arab Saudi")
 * is no attacker */
static void a_name_after_a_condemned_attack_is_no_attacker(void **state)
{
    (void)state;
    assert_false(text_has_event("Amerika Serikat telah mengutuk serangan tersebut dan telah mengatakan kepada Putra "
                                "Mahkota Arab Saudi bahwa Washington siap membantu.\n",
                                "ACCUSE", "USA", "SAU"));
    assert_true(text_has_event("Kelompok Houthi menyerang kilang minyak Arab Saudi pada Sabtu.\n\nAmerika Serikat "
                               "telah mengutuk serangan tersebut dan telah mengatakan kepada Putra Mahkota Arab Saudi "
                               "bahwa Washington siap membantu.\n",
                               "ACCUSE", "USA", "YEM"));
}

/* what is offered to the people of a country and of a union ("untuk
 * masyarakat Belgia dan Uni Eropa") is offered to no state */
static void an_offer_to_the_people_is_to_no_state(void **state)
{
    (void)state;
    wt_doc *d = run("Kedutaan Besar Republik Indonesia di Brussel meresmikan Rumah Budaya Indonesia di Belgia.\n\n"
                    "Rumah Budaya Indonesia menawarkan kursus bahasa dan tari untuk dimanfaatkan oleh masyarakat "
                    "Belgia dan Uni Eropa.\n\nBelgia dan Indonesia menjalin hubungan sejak lama.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
    assert_true(text_has_event("Indonesia menawarkan bantuan kepada pemerintah Belgia.\n", "AGREE", "IDN", "BEL"));
}

/* a contractor of a state's agency acts for itself, as a company does */
static void a_contractor_is_no_state(void **state)
{
    (void)state;
    assert_false(text_has_event("Mantan kontraktor agen mata-mata Amerika Serikat berharap pemerintah Prancis mau "
                                "memberikannya suaka.\n",
                                "REQUEST", "USA", "FRA"));
    assert_true(text_has_event("Pemerintah Amerika Serikat berharap pemerintah Prancis mau memberikan dukungan.\n",
                               "REQUEST", "USA", "FRA"));
}

/* "pasukan dukungan Arab Saudi dan kelompok Houthi": the name after "dan"
 * goes on the list; only a marked one ("untuk", "kepada") is supported */
static void a_list_after_support_is_not_its_recipient(void **state)
{
    (void)state;
    assert_false(text_has_event("Yaman menjadi lokasi pertempuran antara pasukan pemerintah dukungan Arab Saudi dan "
                                "kelompok Houthi selama empat tahun.\n",
                                "SUPPORT", "SAU", "YEM"));
    assert_true(text_has_event("Pernyataan dukungan Arab Saudi untuk pemerintah Yaman dibacakan di Riyadh.\n",
                               "SUPPORT", "SAU", "YEM"));
}

static void negated_and_hypothetical_are_no_events(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Prancis Emmanuel Macron tidak akan bertemu dengan Presiden Rusia Vladimir Putin.\n\n"
                    "Jika perundingan gagal, Amerika Serikat menjatuhkan sanksi terhadap Venezuela.\n\n"
                    "Apakah Jepang memasok senjata kepada Filipina?\n\n"
                    "Jerman belum menandatangani perjanjian dengan Brasil.\n",
                    "2025-05-05");
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
}

static void one_event_told_twice(void **state)
{
    (void)state;
    wt_doc *d = run("Vietnam siap bekerja sama dengan Korea Selatan di bidang nuklir.\n\n"
                    "Dalam kesempatan lain, Vietnam kembali menyatakan siap bekerja sama dengan Korea Selatan "
                    "di bidang nuklir.\n",
                    "2025-02-02");
    const wt_event *e = event_of(d, "AGREE", "VNM", "KOR");
    assert_non_null(e);
    assert_int_equal(e->n_spans, 2);
    assert_int_equal(d->n_events, 1);
    wt_doc_free(d);
}

/* Precision first: what must give no event, and what an intention is. */
static void only_asserted_interstate_events(void **state)
{
    (void)state;
    wt_doc *d = run("Kantor Perdana Menteri Australia menolak untuk berkomentar tentang laporan itu.\n\n"
                    "Presiden Indonesia Joko Widodo akan melakukan kunjungan kenegaraan ke Tajikistan tahun depan.\n\n"
                    "Amerika Serikat harus menjatuhkan sanksi terhadap Venezuela, kata seorang senator.\n\n"
                    "Kedua menteri bisa bertemu dengan Menteri Luar Negeri Jepang di sela sidang umum.\n\n"
                    "Polisi Jakarta menangkap dua pria di Kota Bekasi.\n\n"
                    "Gubernur Jawa Barat bertemu dengan Wali Kota Bandung di Bandung.\n\n"
                    "Presiden Korea Selatan Moon Jae-in meminta warga menghemat air.\n\n"
                    "Amerika Serikat dan Arab Saudi sepakat bahwa rezim Iran harus bertanggung jawab.\n\n"
                    "Perdana Menteri Vietnam sepakat stabilitas kawasan menjadi modal penting bagi Indonesia.\n\n"
                    "Pemerintah Australia menolak untuk mengesampingkan opsi sanksi terhadap Indonesia.\n",
                    "2019-09-20");
    for (size_t i = 0; i < d->n_events; i++)
        fprintf(stderr, "unexpected: %s %s -> %s\n", d->events[i].type, d->events[i].actor1.name,
                d->events[i].actor2.name ? d->events[i].actor2.name : "-");
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
    /* a stated willingness to meet or work together is an intention */
    d = run("Presiden Amerika Serikat Donald Trump mengaku siap bertemu dengan Presiden Iran Hassan Rouhani.\n", "2019-09-20");
    const wt_event *e = event_of(d, "AGREE", "USA", "IRN");
    assert_non_null(e);
    assert_string_equal(e->mode, "intend");
    assert_int_equal(d->n_events, 1);
    wt_doc_free(d);
}

/* A past event told later keeps its own date, or none: never the
 * article's publication date. */
/* Asserts the date (or none) of the United States' accusation of Russia
 * told in sentence after a first one, published on 20 September 2019. */
static void assert_accusation_dated(const char *first, const char *sentence, const char *date)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s", first, sentence);
    wt_doc *d = run(text, "2019-09-20");
    const wt_event *blame = event_of(d, "ACCUSE", "USA", "RUS");
    assert_non_null(blame);
    if (date) {
        assert_non_null(blame->date);
        assert_string_equal(blame->date, date);
    } else
        assert_null(blame->date);
    wt_doc_free(d);
}

static void events_are_dated_by_their_own_text(void **state)
{
    (void)state;
    wt_doc *d = run("Jerman pernah memasok senjata kepada Arab Saudi.\n\n"
                    "Presiden Prancis Emmanuel Macron bertemu dengan Presiden Mesir di Kairo pada Senin (16/9/2019).\n",
                    "2019-09-20");
    const wt_event *aid = event_of(d, "AID", "DEU", "SAU");
    assert_non_null(aid);
    assert_null(aid->date);
    assert_null(aid->location); /* no dateline or document place either */
    const wt_event *meet = event_of(d, "CONSULT", "FRA", "EGY");
    assert_non_null(meet);
    assert_string_equal(meet->date, "2019-09-16");
    wt_doc_free(d);
    /* a clause before the verb that tells an earlier act keeps its date */
    d = run("Mengingat ia sempat berkunjung ke Jepang pada tahun 2015, Presiden Iran Hassan Rouhani meminta Jepang "
            "menjadi penengah.\n",
            "2019-09-20");
    const wt_event *ask = event_of(d, "REQUEST", "IRN", "JPN");
    assert_non_null(ask);
    assert_null(ask->date);
    wt_doc_free(d);
    /* a date in a relative clause after the phrase dates the noun it
     * describes; an act done again and again ("berulang kali") takes no
     * day from its paragraph */
    static const char *const WITHDRAWN =
        "Amerika Serikat menarik diri dari perjanjian itu pada 2 Agustus 2019. ";
    assert_accusation_dated(WITHDRAWN,
                            "Amerika Serikat menuduh Rusia melanggar perjanjian yang diteken pada 1987 "
                            "silam.\n",
                            "2019-08-02");
    assert_accusation_dated(WITHDRAWN,
                            "Amerika Serikat berulang kali menuduh Rusia melanggar perjanjian itu.\n", NULL);
    /* a date after the day the story was published is a plan's or a
     * deadline's in the same sentence, not the accusation's; without a
     * publication date the text's own date stands */
    const char *later = "Amerika Serikat menuduh Cina memanipulasi mata uang, sementara kenaikan tarif itu akan "
                        "berlaku pada 1 Desember 2019.\n";
    d = run(later, "2019-09-20");
    const wt_event *acc = event_of(d, "ACCUSE", "USA", "CHN");
    assert_non_null(acc);
    assert_null(acc->date);
    wt_doc_free(d);
    d = run(later, "2019-12-05");
    acc = event_of(d, "ACCUSE", "USA", "CHN");
    assert_non_null(acc);
    assert_non_null(acc->date);
    assert_string_equal(acc->date, "2019-12-01");
    wt_doc_free(d);
    d = run(later, NULL);
    assert_true(d->date_from_text);
    acc = event_of(d, "ACCUSE", "USA", "CHN");
    assert_non_null(acc);
    assert_non_null(acc->date);
    wt_doc_free(d);
    /* another sentence of the paragraph dates the act only with a date
     * that is no plan's */
    d = run("Amerika Serikat menuduh Cina memanipulasi mata uang. Para pakar menilai perang mata uang sudah dimulai, "
            "meskipun kenaikan tarif itu akan berlaku pada 1 Desember 2019.\n",
            NULL);
    acc = event_of(d, "ACCUSE", "USA", "CHN");
    assert_non_null(acc);
    assert_null(acc->date);
    wt_doc_free(d);
}

/* A visit done ("melakukan kunjungan ke"), a range of days, a meeting
 * with several partners. */
static void visits_ranges_and_partners(void **state)
{
    (void)state;
    wt_doc *d = run("Perdana Menteri Malaysia Anwar Ibrahim melakukan kunjungan kerja ke Kenya pada 13-14 Mei 2019.\n\n"
                    "Presiden Prancis Emmanuel Macron bertemu dengan Perdana Menteri Jepang Shinzo Abe, Perdana Menteri "
                    "Kanada Justin Trudeau dan Perdana Menteri India Narendra Modi di Biarritz.\n",
                    "2019-09-20");
    const wt_event *v = event_of(d, "CONSULT", "MYS", "KEN");
    assert_non_null(v);
    assert_string_equal(v->actor1.country, "MYS"); /* the visitor, not the place visited */
    assert_non_null(v->date);
    assert_string_equal(v->date, "2019-05-13/2019-05-14");
    assert_non_null(event_of(d, "CONSULT", "FRA", "JPN"));
    assert_non_null(event_of(d, "CONSULT", "FRA", "CAN"));
    assert_non_null(event_of(d, "CONSULT", "FRA", "IND"));
    wt_doc_free(d);
    /* two subjects: a mutual act pairs them, a directed one gives each
     * its own event towards the object */
    d = run("Indonesia dan Malaysia menandatangani nota kesepahaman tentang perbatasan.\n\n"
            "Amerika Serikat dan Arab Saudi menyalahkan Iran atas serangan itu.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "SUPPORT", "IDN", "MYS"));
    assert_non_null(event_of(d, "ACCUSE", "USA", "IRN"));
    assert_non_null(event_of(d, "ACCUSE", "SAU", "IRN"));
    assert_null(event_of(d, "ACCUSE", "USA", "SAU"));
    wt_doc_free(d);
}

/* A bare country says nothing: "Indonesia menyambut baik ..." is no
 * one's words; a body does speak. */
/* The actor is the verb's subject, not a noun of a relative clause
 * between them: set off by commas, or (with the parse) restrictive. */
static void actors_skip_relative_clauses(void **state)
{
    (void)state;
    wt_doc *d = run("Malaysia, yang selama ini dianggap Singapura sebagai pesaing, menuduh Indonesia melanggar "
                    "perbatasan di Kalimantan.\n\n"
                    "Perdana Menteri Australia yang disambut Presiden Joko Widodo di Istana Bogor kemudian "
                    "menandatangani perjanjian perdagangan dengan Indonesia.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "MYS", "IDN"));
    assert_null(event_of(d, "ACCUSE", "SGP", "IDN"));
    assert_non_null(event_of(d, "SUPPORT", "AUS", "IDN"));
    wt_doc_free(d);
}

/* With a parse: a subject that names its own actor keeps it over a name
 * inside it behind a preposition ("pejabat lain dalam pemerintahan X");
 * a word that opens a clause ("sejak") is no such preposition. */
static void a_subjects_own_name_before_its_modifiers(void **state)
{
    (void)state;
    wt_doc *d = run("Wakil Presiden Filipina Maria Santos tiba di Manila pada Senin.\n\n"
                    "Santos dan pejabat lain dalam pemerintahan Presiden Rodrigo Duterte telah mengkritik China atas "
                    "klaimnya di Laut China Selatan.\n\n"
                    "Uji coba itu dilakukan Korea Utara sejak Kim Jong-un melakukan pertemuan dengan Presiden AS "
                    "Donald Trump pada 30 Juni.\n",
                    "2019-09-20");
    const wt_event *accuse = event_of(d, "ACCUSE", "PHL", "CHN"), *meet = event_of(d, "CONSULT", "PRK", "USA");
    assert_non_null(accuse);
    assert_string_equal(accuse->actor1.name, "Maria Santos");
    assert_non_null(meet);
    assert_string_equal(meet->actor1.name, "Kim Jong Un");
    wt_doc_free(d);
    /* two subjects in the parse: the one nearest the verb that names
     * someone of a country, not a body inside a fronted phrase */
    d = run("Menteri BUMN Rini Soemarno tiba di Madagaskar.\n\n"
            "Dalam mengawal ekspansi bisnis BUMN tersebut, Rini bertemu dengan Menteri Pertambangan dan Sumber Daya "
            "Strategis Madagaskar Fidiniavo Ravokatra di Antananarivo.\n",
            "2019-09-20");
    const wt_event *met = NULL;
    for (size_t i = 0; i < d->n_events; i++)
        if (!strcmp(d->events[i].cameo, "040"))
            met = &d->events[i];
    assert_non_null(met);
    assert_string_equal(met->actor1.name, "Rini Soemarno");
    wt_doc_free(d);
}

/* "kedua negara", "kedua belah pihak" stand for the two countries the
 * sentence names before them, else the two the sentence before joins
 * with "dan", before the story's two most named; a third party the act
 * names is each one's target. */
static void both_countries_are_the_ones_just_named(void **state)
{
    (void)state;
    wt_doc *d = run("Milisi Houthi di Yaman mengklaim serangan ke kilang minyak Arab Saudi. Yaman dilanda perang "
                    "sejak 2015, dan warga Yaman menderita.\n\n"
                    "Namun Amerika Serikat dan Arab Saudi meragukan kemampuan milisi itu.\n\n"
                    "Kedua negara bersekutu ini malah menuding Iran sebagai pelaku serangan itu.\n\n"
                    "Amerika Serikat menarik diri dari perjanjian itu. Amerika Serikat kini menempatkan rudal di "
                    "Eropa.\n\n"
                    "Berbicara usai pertemuan dengan Prancis, Menteri Luar Negeri Rusia Sergei Lavrov mengatakan "
                    "kedua belah pihak membahas keamanan Eropa.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "USA", "IRN"));
    assert_non_null(event_of(d, "ACCUSE", "SAU", "IRN"));
    assert_null(event_of(d, "ACCUSE", "SAU", "YEM"));
    assert_null(event_of(d, "ACCUSE", "USA", "SAU"));
    assert_non_null(event_of(d, "CONSULT", "FRA", "RUS"));
    assert_null(event_of(d, "CONSULT", "RUS", "USA"));
    wt_doc_free(d);
}

/* A decree, a law or a letter of one government signed is no agreement
 * with another party; notes of cooperation are. */
static void a_decree_signed_is_no_agreement(void **state)
{
    (void)state;
    assert_false(text_has_event("Presiden Filipina Rodrigo Duterte menandatangani sekitar selusin keputusan "
                                "presiden yang membebaskan semua tahanan, termasuk memberikan amnesti kepada "
                                "pemimpin pemberontak Malaysia yang dipenjara.\n",
                                "SUPPORT", "PHL", "MYS"));
    assert_false(text_has_event("Presiden Filipina Rodrigo Duterte menandatangani keputusan yang mengizinkan kapal "
                                "Malaysia berlabuh di Manila.\n",
                                "SUPPORT", "PHL", "MYS"));
    assert_true(text_has_event("Presiden Filipina Rodrigo Duterte meneken dua nota kerja sama dengan Malaysia.\n",
                               "SUPPORT", "PHL", "MYS"));
}

/* A visit has a direction: B's visit to A told after A's to B is another
 * event, not A's told again. */
static void a_return_visit_is_another_visit(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Indonesia Joko Widodo tengah melakukan kunjungan kenegaraan ke Uni Emirat Arab.\n\n"
                    "Kunjungan ini membalas kunjungan Putra Mahkota Mohamed bin Zayed Al Nahyan ke Indonesia.\n",
                    "2019-09-20");
    bool out = false, back = false;
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (strcmp(e->cameo, "042") || !e->actor1.country || !e->actor2.country)
            continue;
        out |= !strcmp(e->actor1.country, "IDN") && !strcmp(e->actor2.country, "ARE");
        back |= !strcmp(e->actor1.country, "ARE") && !strcmp(e->actor2.country, "IDN");
    }
    assert_true(out);
    assert_true(back);
    wt_doc_free(d);
}

/* A clause of time opened right after the phrase holds no partner of it:
 * where one comes back from is no party to a promise. */
static void a_time_clause_holds_no_partner(void **state)
{
    (void)state;
    assert_false(text_has_event("Bupati Trenggalek Mochamad Nur Arifin berjanji setelah pulang dari Amerika Serikat "
                                "akan membagikan ilmunya kepada warga.\n",
                                "AGREE", "IDN", "USA"));
}

/* Offices the table knows split off before the holder's name: a police
 * public-relations officer's ("Paur Humas"), a company's ("Managing
 * Director"), so the one speaking is the holder, not the office. */
static void offices_of_police_and_companies(void **state)
{
    (void)state;
    assert_said_by("Seorang ibu rumah tangga ditemukan tewas di rumahnya. \"Korban ditemukan oleh suaminya pada pagi "
                   "hari,\" kata Paur Humas Polres Agam, Aiptu Sapta Beni, saat dihubungi, Selasa.\n",
                   "Korban ditemukan", "Sapta Beni");
    assert_said_by("RCTI menggelar ajang pencarian bakat. \"Kami ingin melahirkan idola baru,\" kata Managing "
                   "Director RCTI, Angela Tanoesoedibjo, saat jumpa pers di Jakarta.\n",
                   "Kami ingin", "Angela Tanoesoedibjo");
}

/* A person pronoun after "dengan" is the partner of a meeting, a person:
 * no state named around it takes its place. */
static void a_pronoun_partner_is_a_person(void **state)
{
    (void)state;
    const char *text = "Menteri Keuangan Sri Mulyani Indrawati menceritakan kenangan bersama almarhum Presiden "
                       "Indonesia ke-3 BJ Habibie di Amerika Serikat (AS). \"Beberapa kali saya bertemu dengan beliau "
                       "dan bicara cukup banyak. Waktu itu kami minum teh,\" ujarnya.\n";
    assert_false(text_has_event(text, "CONSULT", "IDN", "USA"));
}

/* A meeting whose clause names an organisation of no country as the
 * party ("klarifikasi dari Lion Grup") was with it, not with the other
 * of the story's two countries. */
static void a_company_named_is_the_partner(void **state)
{
    (void)state;
    const char *text = "Kementerian Komunikasi dan Informatika menggelar pertemuan soal kebocoran data penumpang "
                       "maskapai Malindo Air asal Malaysia. Pertemuan berlangsung antara Direktur Jenderal Aplikasi "
                       "Informatika Kementerian Kominfo Samuel Abraham, bersama direktur maskapai di Jakarta, Kamis.\n\n"
                       "\"Kami sudah bertemu dan berkoordinasi untuk mendapatkan klarifikasi dari Lion Grup,\" kata "
                       "Samuel.\n\nData penumpang itu bocor dari server di Malaysia. Otoritas Malaysia dan Indonesia "
                       "sama-sama menyelidiki kasus itu.\n";
    assert_false(text_has_event(text, "CONSULT", "IDN", "MYS"));
}

/* An offer with nobody named goes to the other of the story's two
 * countries only in a story about two: not when a third is named nearly
 * as often. */
static void the_other_country_only_of_two(void **state)
{
    (void)state;
    /* where a thing comes from ("bantuan dari Taiwan") is no partner */
    assert_false(text_has_event("Kepulauan Solomon memutus hubungan dengan Taipei. China menawarkan dana pembangunan "
                                "untuk menggantikan bantuan dari Taiwan.\n",
                                "AGREE", "CHN", "TWN"));
    wt_doc *d = run("Presiden Rusia Vladimir Putin bertemu Presiden Iran Hassan Rouhani dan Presiden Turki Recep "
                    "Tayyip Erdogan di Ankara. Rusia, Iran dan Turki membahas perang di Suriah.\n\n"
                    "Iran membeli sistem S-300 dari Rusia, dan Turki membeli S-400 dari Rusia.\n\n"
                    "Putin juga menawarkan sistem pertahanan udara terbaik Rusia.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
    d = run("Presiden Rusia Vladimir Putin bertemu Raja Arab Saudi Salman di Riyadh. Rusia dan Arab Saudi membahas "
            "harga minyak.\n\n"
            "Arab Saudi ingin memperkuat pertahanannya, dan Rusia siap membantu.\n\n"
            "Putin juga menawarkan sistem pertahanan udara terbaik Rusia.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "AGREE", "RUS", "SAU"));
    wt_doc_free(d);
}

/* The speaker of an office named with its body ("Juru Bicara Departemen
 * Luar Negeri X"), and not the channel he spoke through. */
static void speakers_behind_bodies_and_channels(void **state)
{
    (void)state;
    wt_doc *d = run("\"Kami tidak akan mundur,\" kata Juru Bicara Departemen Luar Negeri Jessica Harwood dalam "
                    "pernyataannya.\n\n"
                    "Menteri Luar Negeri Kanada Justin Beaulieu di Twitter menyatakan bahwa Kanada mendukung rencana "
                    "perdamaian itu.\n",
                    "2019-09-20");
    assert_quote_by(d, "Kami tidak akan mundur", "Jessica Harwood");
    assert_quote_by(d, "Kanada mendukung", "Justin Beaulieu");
    wt_doc_free(d);
    /* a long title, then the name after a comma */
    d = run("\"Keputusan itu demi mendukung upaya regional,\" ujar Direktur Departemen Kerja Sama Keamanan "
            "Internasional UEA, Salem Mohammed al-Zaabi, dalam pernyataan.\n",
            "2019-09-19");
    assert_quote_by(d, "Keputusan itu", "Salem Mohammed al-Zaabi");
    wt_doc_free(d);
    /* "Kementerian itu": the ministry named before */
    d = run("Kementerian Luar Negeri China membantah tuduhan itu.\n\n"
            "\"China juga menjadi korban serangan internet,\" kata Kementerian itu dalam sebuah pernyataan.\n",
            "2019-09-16");
    assert_quote_by(d, "China juga menjadi korban", "Kementerian Luar Negeri China");
    wt_doc_free(d);
}

/* "Ia" opening a sentence is the person the sentences before had as their
 * subject; the body in a person's title is not the party, the person is. */
static void pronoun_subjects_and_titled_targets(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Luar Negeri Pakistan Shah Mahmud mengatakan situasi di perbatasan memburuk.\n\n"
                    "Ia mendesak Sekretaris Jenderal PBB Antonio Guterres untuk membantu meredakan ketegangan.\n",
                    "2019-09-11");
    const wt_event *e = NULL;
    for (size_t i = 0; i < d->n_events && !e; i++)
        if (!strcmp(d->events[i].type, "REQUEST"))
            e = &d->events[i];
    assert_non_null(e);
    assert_non_null(e->actor1.name);
    assert_string_equal(e->actor1.name, "Shah Mahmud");
    assert_non_null(e->actor2.name);
    assert_non_null(strstr(e->actor2.name, "Guterres"));
    wt_doc_free(d);
    /* "dia" right before its verb, after a clause of its own; the one it
     * stands for spoke the quote before it, whose sentence names another
     * subject too */
    d = run("Menteri Luar Negeri Jepang Taro Kono mengatakan Perdana Menteri Korea Selatan Lee Nak-yon menolak usul "
            "itu.\n\n"
            "\"Pemerintah kami tetap membuka pintu dialog,\" tegas Kono.\n\n"
            "Dia menyatakan para diplomat Jepang bakal tetap bertugas, dan dia berharap pemerintah Korea Selatan juga "
            "menahan diri.\n",
            "2019-09-11");
    e = event_of(d, "REQUEST", "JPN", "KOR");
    assert_non_null(e);
    assert_non_null(e->actor1.name);
    assert_string_equal(e->actor1.name, "Taro Kono");
    wt_doc_free(d);
    /* "katanya" after it: the one who urged, not the one urged */
    d = run("Menteri Luar Negeri Pakistan Shah Mahmud mengatakan situasi di perbatasan memburuk.\n\n"
            "Ia mendesak Sekretaris Jenderal PBB Antonio Guterres untuk membantu meredakan ketegangan. "
            "\"Dunia tidak bisa diam saja,\" katanya.\n",
            "2019-09-11");
    assert_quote_by(d, "Dunia tidak bisa", "Shah Mahmud");
    wt_doc_free(d);
}

/* Security and diplomacy are domains too (the events-dev annotation's
 * two most frequent). */
static void security_and_diplomacy_domains(void **state)
{
    (void)state;
    wt_doc *d = run("Amerika Serikat mengusir dua diplomat Kuba karena dianggap mengancam keamanan nasional.\n",
                    "2019-09-20");
    const wt_event *e = event_of(d, "SANCTION", "USA", "CUB");
    assert_non_null(e);
    bool security = false, diplomacy = false;
    for (size_t i = 0; i < e->n_domains; i++) {
        security |= !strcmp(e->domains[i], "security");
        diplomacy |= !strcmp(e->domains[i], "diplomacy");
    }
    assert_true(security);
    assert_true(diplomacy);
    wt_doc_free(d);
}

/* A reflexive object is no other party: "menahan diri" is restraint. */
static void reflexive_objects_are_no_party(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Amerika Serikat Donald Trump menahan diri terhadap Iran setelah serangan itu.\n\n"
                    "Polisi Iran menahan dua warga Inggris di Teheran.\n",
                    "2019-09-20");
    assert_null(event_of(d, "COERCE", "USA", "IRN"));
    assert_non_null(event_of(d, "COERCE", "IRN", "GBR"));
    wt_doc_free(d);
}

/* A connective cut off before the reporting verb is no quote. */
/* A title between quotation marks is no statement: a theme, a talk's
 * title or a banner's words, after a naming word or written in a title's
 * case with no reporting verb after it. Words set off as speech stay a
 * quote, title-cased or not. */
static void titles_are_no_quotes(void **state)
{
    (void)state;
    wt_doc *d = run("\"Kami akan menambah anggaran untuk riset,\" ujar Budi Santoso dalam seminar bertajuk "
                    "\"Masa Depan Energi Terbarukan di Kawasan Timur\" di Makassar.\n\n"
                    "Kongres itu mengusung tema \"Bersatu untuk Laut yang Bersih, Sehat, dan Lestari bagi Generasi "
                    "Mendatang\".\n\n"
                    "Para mahasiswa membentangkan spanduk bertuliskan \"kami menolak tambang di desa kami sampai "
                    "kapan pun juga\".\n\n"
                    "\"Selamat Jalan, Sahabat Kami,\" ujar Budi Santoso.\n",
                    "2019-09-20");
    assert_quote_by(d, "Kami akan menambah anggaran", "Budi Santoso");
    assert_null(quote_starting(d, "Masa Depan Energi"));
    assert_null(quote_starting(d, "Bersatu untuk Laut"));
    assert_null(quote_starting(d, "kami menolak tambang"));
    assert_quote_by(d, "Selamat Jalan, Sahabat Kami", "Budi Santoso");
    wt_doc_free(d);
}

/* A name after a closing mark speaks without a verb when its title has
 * small words and an apposition's comma; a name opening the next
 * paragraph is that paragraph's subject, not the quote's speaker. */
/* a one-word connective before a cue inside the sentence ("Namun, kata
 * dia, ...", "Di sisi lain, kata X, ...") is the writer's, not the speaker's */
static void connectives_before_a_cue_are_left_out(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Keuangan Sri Mulyani Indrawati berbicara di Jakarta.\n\n"
                    "Namun, kata dia, pemerintah belum memutuskan besaran anggaran untuk ibu kota baru.\n\n"
                    "Di sisi lain, kata Sri Mulyani, penerimaan pajak tumbuh lebih lambat tahun ini.\n",
                    "2019-09-17");
    assert_quote_by(d, "pemerintah belum memutuskan", "Sri Mulyani Indrawati");
    assert_quote_by(d, "penerimaan pajak tumbuh", "Sri Mulyani Indrawati");
    assert_null(quote_starting(d, "Namun"));
    wt_doc_free(d);
}

/* a mark glued to the words after it opens a quotation even after a
 * glued comma (".,"(Pelaku dijerat) ...", "... di Indonesia,“Orang baik
 * ..."): the narration before it is no quote; a bracket the writer set
 * into the quotation stays in it */
static void glued_marks_open(void **state)
{
    (void)state;
    wt_doc *d = run("Polisi menangkap seorang ibu di Tangerang Selatan.\n\n"
                    "Menurut Muharram, bayi itu merupakan hasil aborsi. Pelaku dijerat pasal kekerasan terhadap "
                    "anak.,\"(Pelaku dijerat) pasal kekerasan terhadap anak yang menyebabkan kematian,\" tutur Kepala "
                    "Satuan Reserse Kriminal AKP Muharram Wibisono.\n\n"
                    "Menteri Luhut Binsar Pandjaitan menyebut Habibie demokrat sejati. Sosok yang konsisten "
                    "menjalankan nilai demokrasi di Indonesia,\u201cOrang baik beliau itu,\u201d katanya.\n",
                    "2019-09-17");
    assert_null(quote_starting(d, "Pelaku dijerat pasal kekerasan terhadap anak."));
    assert_null(quote_starting(d, "Sosok yang konsisten"));
    assert_quote_by(d, "(Pelaku dijerat) pasal", "Muharram Wibisono");
    assert_quote_by(d, "Orang baik beliau", "Luhut Binsar Pandjaitan");
    wt_doc_free(d);
}

/* a sentence that reports someone's words ("X mengatakan, ...") before
 * a closing mark whose opening one was lost is narration: its report is
 * indirect speech, no direct quote of the last speaker */
static void a_report_before_a_lost_mark_is_narration(void **state)
{
    (void)state;
    wt_doc *d = run("Pemerintah Provinsi DKI Jakarta akan membangun jalur sepeda baru.\n\n"
                    "\"Jalur itu aman bagi pesepeda,\" kata Gubernur Anies Baswedan.\n\n"
                    "Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo mengatakan, jalur sepeda itu dibangun di "
                    "ruas jalan.,\"( ,) di jalan, sesuai dengan kajian kami selama ini,\" ujar Syafrin.\n",
                    "2019-09-17");
    const wt_quote *q = quote_starting(d, "jalur sepeda itu dibangun");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_string_equal(q->speaker_name, "Syafrin Liputo");
    assert_null(quote_starting(d, "Kepala Dinas Perhubungan"));
    assert_not_said_by(d, "Kepala Dinas", "Anies Baswedan");
    wt_doc_free(d);
}

/* "Menurut dia, ..." and "Hal itu disampaikan Wali Kota X ..." before a
 * mark whose opening one was lost tell a view or say whose words those
 * were: narration, not the words of the one named last */
static void a_view_told_before_a_lost_mark_is_narration(void **state)
{
    (void)state;
    wt_doc *d = run("Wali Kota Bogor Bima Arya meresmikan taman kota yang baru.\n\n"
                    "\"Taman ini untuk semua warga,\" kata Bima.\n\n"
                    "Menurut Bima, taman itu dibangun dengan dana kota.,\" ujarnya.\n\n"
                    "Hal itu disampaikan Wali Kota Bima Arya di Bogor, Senin (16/9/2019).,\" tulis Bima.\n",
                    "2019-09-17");
    const wt_quote *q = quote_starting(d, "taman itu dibangun");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_null(quote_starting(d, "Menurut Bima"));
    assert_null(quote_starting(d, "Hal itu disampaikan"));
    assert_quote_by(d, "Taman ini untuk", "Bima Arya");
    wt_doc_free(d);
}

/* "...," juru bicara ... Judd Deere mengatakan dalam sebuah pernyataan:
 * a subject and its reporting verb after the closing mark (the calque of
 * "X said") name the speaker, not the person last written before */
static void a_subject_after_the_quote_speaks(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Donald Trump menawarkan dukungan untuk pasukan militer Arab Saudi.\n\n"
                    "\"Amerika Serikat mengecam keras serangan hari ini terhadap infrastruktur energi yang vital "
                    "bagi ekonomi global,\" juru bicara Gedung Putih Judd Deere mengatakan dalam sebuah "
                    "pernyataan.\n",
                    "2019-09-15");
    const wt_quote *q = quote_starting(d, "Amerika Serikat mengecam");
    assert_non_null(q);
    assert_non_null(q->verb);
    assert_string_equal(q->verb, "mengatakan");
    assert_quote_by(d, "Amerika Serikat mengecam", "Judd Deere");
    wt_doc_free(d);
}

/* "Theo melihat Habibie masih berbaring": the one a person sees is the
 * subject of the seen clause, not the one who goes on speaking */
static void the_one_seen_does_not_speak(void **state)
{
    (void)state;
    wt_doc *d = run("Politikus senior Golkar, Theo Sambuaga mengatakan bahwa kondisi kesehatan Habibie membaik.\n\n"
                    "Theo mengatakan, Habibie ditemani anak-anak, keponakan, hingga cucu-cucunya. Saat menjenguk, "
                    "Theo melihat Habibie masih berbaring di kasur dengan sejumlah peralatan medis yang terpasang. "
                    "\"Kita semua doakan supaya beliau lekas sembuh. Ya, beliau itu pemimpin kita.\"\n",
                    "2019-09-10");
    assert_quote_by(d, "Kita semua doakan", "Theo Sambuaga");
    wt_doc_free(d);
}

/* verbs of tweeting, hoping, asking and complaining after a quotation
 * are its cue ("cuit", "harap", "sindir"); a short name after the verb
 * is the person named in full before; a body tweeting is no person */
static void tweets_and_hopes_are_cues(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Luar Negeri Taiwan Joseph Wu mengecam keputusan Kepulauan Solomon.\n\n"
                    "\"Pemerintah China menggunakan diplomasi uang dan janji palsu,\" sindir Wu.\n\n"
                    "Menko Polhukam Mahfud MD berbicara di Yogyakarta. \"Diskusi pasti lebih baik. Jangan sampai "
                    "putus asa,\" harap Mahfud.\n\n"
                    "Duta Besar Inggris Owen Jenkins menyebut Habibie seorang teman. \"Belasungkawa sedalam-dalamnya "
                    "kepada keluarga yang ditinggalkan,\" cuit Kedubes Jerman.\n",
                    "2019-09-17");
    assert_quote_by(d, "Pemerintah China menggunakan", "Joseph Wu");
    assert_quote_verb(d, "Pemerintah China menggunakan", "sindir");
    assert_quote_by(d, "Diskusi pasti lebih baik", "Mahfud MD");
    assert_quote_verb(d, "Diskusi pasti lebih baik", "harap");
    assert_quote_not_by(d, "Belasungkawa sedalam", "Owen Jenkins");
    assert_quote_verb(d, "Belasungkawa sedalam", "cuit");
    wt_doc_free(d);
}

/* "demikian" or "begitu" after a closing mark point back to the
 * quotation and name its source; words that name no one (a brochure's)
 * leave it, and the quotations that go on from it, unattributed */
static void demikian_names_the_source(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Pertanian Amran Sulaiman meninjau sawah di Karawang.\n\n"
                    "\"Produksi padi tetap aman sampai akhir tahun ini, terutama di bulan September,\" demikian "
                    "dikatakan Direktur Jenderal Tanaman Pangan Suwandi pada rapat di Jakarta.\n\n"
                    "Arous adalah pangkalan yang dioperasikan agen dinas intelijen Israel, Mossad. \"Arous di Laut "
                    "Merah, sebuah dunia indah yang terpisah,\" demikian kata-kata yang terpajang di sebuah brosur. "
                    "\"Setelah warna-warna lanskap memucat, muncul pemandangan yang menakjubkan dari surga.\"\n",
                    "2019-09-17");
    assert_quote_by(d, "Produksi padi tetap aman", "Suwandi");
    assert_quote_verb(d, "Produksi padi tetap aman", "dikatakan");
    assert_unattributed(d, "Arous di Laut Merah");
    assert_unattributed(d, "Setelah warna-warna lanskap");
    wt_doc_free(d);
}

/* "...," katanya kepada Scott: the one spoken to is not the one "-nya"
 * points to, even when named last */
static void the_one_spoken_to_does_not_speak(void **state)
{
    (void)state;
    wt_doc *d = run("Majalah itu memuat wawancara yang dilakukan rapper Travis Scott.\n\n"
                    "Dalam edisi tersebut juga diungkapkan bagaimana keluarga memainkan peran dalam hubungan mereka. "
                    "\"Anda mengingatkan saya bahwa menjadi ibu dan bekerja dapat hidup berdampingan,\" katanya "
                    "kepada Scott.\n",
                    "2019-09-17");
    assert_not_said_by(d, "Anda mengingatkan saya", "Travis Scott");
    assert_non_null(quote_starting(d, "Anda mengingatkan saya"));
    wt_doc_free(d);
}

/* "Menurutnya, ..." is the view of the person the active subject of a
 * clause since the last statement, not of the one who spoke before; a
 * relative's name or a passive's subject is no such person */
static void menurutnya_follows_the_new_subject(void **state)
{
    (void)state;
    wt_doc *d = run("\"Selain itu, BLK Komunitas juga bermanfaat membantu warga di sekitar pesantren,\" kata Menteri "
                    "Ketenagakerjaan Hanif Dhakiri.\n\n"
                    "Wakil Bupati Tangerang, Mad Lomri, mengapresiasi bantuan program BLK Komunitas oleh Kemnaker. "
                    "Menurutnya, program ini dapat membantu menciptakan SDM yang berakhlak dan terampil.\n\n"
                    "\"Kita sama-sama bermain dengan sebelas pemain,\" kata pelatih Jacksen F Tiago.\n\n"
                    "Yevhen Bokhasvili dipastikan absen karena harus menjalani hukuman. Menurutnya, Persipura "
                    "merupakan lawan yang kuat.\n",
                    "2019-09-11");
    assert_quote_by(d, "program ini dapat membantu", "Mad Lomri");
    assert_not_said_by(d, "Persipura merupakan lawan", "Yevhen Bokhasvili");
    wt_doc_free(d);
}

/* "mengatakan kepada The Guardian jika ...": the one told, a name, is
 * not part of what is reported */
static void the_one_told_is_not_reported(void **state)
{
    (void)state;
    wt_doc *d = run("Juru bicara kepolisian Jawa Timur Frans Barung Mangera mengatakan kepada Reuters jika Veronica "
                    "tidak melapor ke pihak berwenang, red notice akan dikeluarkan.\n",
                    "2019-09-18");
    const wt_quote *q = quote_starting(d, "jika Veronica tidak melapor");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_null(quote_starting(d, "kepada Reuters"));
    wt_doc_free(d);
}

/* the text a law, a poster or a song "berbunyi" (reads) is no one's
 * statement; a cue before a quotation that names its speaker wins over
 * "demikian" after it naming no one */
static void a_text_that_reads_is_no_statement(void **state)
{
    (void)state;
    wt_doc *d = run("\"Pasal ini sering dikaitkan dengan para penegak hukum,\" ujar Menteri Yasonna Laoly.\n\n"
                    "Pasal 418 ayat (1) berbunyi, \"Laki-laki yang bersetubuh dengan seorang perempuan yang bukan "
                    "istrinya dipidana penjara.\"\n\n"
                    "Presiden Liberia George Weah langsung menuju lokasi. Weah berkata; \"Kami di sini untuk "
                    "mendorong orangtua dari para korban untuk memiliki kekuatan,\" demikian laporkan AFP.\n",
                    "2019-09-19");
    assert_quote_by(d, "Kami di sini untuk mendorong", "George Weah");
    assert_null(quote_starting(d, "Laki-laki yang bersetubuh"));
    wt_doc_free(d);
}

/* a name right after the active verb of a relative clause on a common
 * noun is its object, and one after a passive verb of getting is who got
 * it: neither speaks; one after a verb that makes do does */
static void the_object_of_a_relative_clause_does_not_speak(void **state)
{
    (void)state;
    wt_doc *d = run("Sengketa merek itu masih berlanjut di pengadilan. Perusahaan yang menggugat Hendra Wijaya mengaku "
                    "telah memakai nama itu sejak tahun 1990-an.\n\n"
                    "Dua perusahaan yang dihubungi Antara mengatakan ada kebakaran kecil di lahan mereka.\n\n"
                    "Hal inilah yang membuat Bambang Suryo menegaskan bahwa rencana itu belum batal.\n",
                    "2019-09-17");
    for (size_t i = 0; i < d->n_quotes; i++)
        assert_true(!d->quotes[i].speaker_name || (strcmp(d->quotes[i].speaker_name, "Hendra Wijaya") != 0 &&
                                                   strcmp(d->quotes[i].speaker_name, "Antara") != 0));
    assert_quote_by(d, "rencana itu belum batal", "Bambang Suryo");
    wt_doc_free(d);
}

/* "menyampaikan hal itu dalam ...": a verb of saying whose object points
 * back to words reported before tells when, where or how they were said,
 * no statement; "mengatakan begitu semuanya terkumpul ..." (as soon as)
 * reports one */
static void said_that_before_is_no_statement(void **state)
{
    (void)state;
    wt_doc *d = run("Pemerintah akan menambah jumlah sekolah di daerah perbatasan tahun depan. Menteri Pendidikan "
                    "Hasan Basri menyampaikan hal itu dalam rapat kerja dengan DPR, Senin (16/9/2019).\n\n"
                    "Juru bicara kementerian, Ratna Kusuma, mengatakan hal tersebut, Selasa (17/9/2019).\n\n"
                    "Ratna mengatakan, begitu semua data terkumpul akan dikirim ke Presiden.\n",
                    "2019-09-17");
    assert_null(quote_starting(d, "hal itu dalam rapat"));
    assert_null(quote_starting(d, "hal tersebut"));
    assert_non_null(quote_starting(d, "begitu semua data terkumpul"));
    wt_doc_free(d);
}

/* a quotation without a cue right after a sentence that opens with
 * "Menurut" and a named speaker goes on with that speaker's words, not
 * with a person that sentence talks about */
static void a_view_before_a_quotation_speaks_on(void **state)
{
    (void)state;
    wt_doc *d = run("\"Paripurna DPR waktu itu menyetujui Budi Gunawan menjadi Kapolri,\" kata Presiden Joko "
                    "Widodo.\n\n"
                    "Menurut Fahri Hamzah, Budi Gunawan waktu itu melawan dengan melakukan praperadilan dan menang. "
                    "\"Jadi Budi Gunawan itu menang di eksekutif, menang di legislatif, dan menang di judikatif.\"\n",
                    "2019-09-18");
    assert_quote_by(d, "Jadi Budi Gunawan itu menang", "Fahri Hamzah");
    wt_doc_free(d);
}

/* "Menurut Nelson, karena keberanian Habibie itu, ...": the person the
 * view talks about is no candidate for a pronoun's cue after it; nor is
 * anyone a quotation names in the third person its guessed speaker */
static void the_person_in_a_view_does_not_speak(void **state)
{
    (void)state;
    wt_doc *d = run("Mantan Presiden BJ Habibie wafat di Jakarta pada Rabu. Ribuan warga melayat ke Taman Makam "
                    "Pahlawan Kalibata.\n\n"
                    "Warga Timor Leste, Nelson Da Cruz, datang ke makam pada Kamis. Menurut Nelson, Habibie adalah "
                    "sosok yang berjasa bagi kemerdekaan Timor Leste. \"Tanpa beliau, kami mungkin tidak akan "
                    "merdeka,\" kata dia.\n",
                    "2019-09-13");
    assert_quote_by(d, "Tanpa beliau", "Nelson Da Cruz");
    wt_doc_free(d);
    d = run("Presiden ketiga BJ Habibie dirawat di RSPAD Gatot Soebroto sejak awal September.\n\n"
            "Gubernur DKI Jakarta Anies Baswedan menjenguknya pada Selasa. Habibie sadar dan bisa mendengar meski "
            "belum bisa berbicara. \"Semoga Pak Habibie lekas pulih dan bisa beraktivitas seperti semula,\" "
            "katanya.\n",
            "2019-09-10");
    assert_not_said_by(d, "Semoga Pak Habibie", "B. J. Habibie");
    wt_doc_free(d);
    /* the person set before a view in the middle of a sentence is what
     * the view is about */
    d = run("Penyidik KPK memeriksa seorang saksi pada Senin. Saksi itu mengatakan pengusaha meminta jatah proyek. "
            "Adapun Budi Santoso, menurut dia, ikut dalam rapat penentuan pemenang tender.\n",
            "2019-09-10");
    assert_not_said_by(d, "ikut dalam rapat", "Budi Santoso");
    wt_doc_free(d);
}

/* One who has spoken, named in the cue, since the last subject was named
 * speaks on: "Dia mengatakan" after "Menurut Henry, ..." is Henry's, not
 * the minister's who was the subject before */
static void a_named_speaker_since_the_subject_speaks_on(void **state)
{
    (void)state;
    wt_doc *d = run("Pengusaha rokok Henry Najoan menilai kenaikan cukai rokok memberatkan industri kretek.\n\n"
                    "Kemarin, Menteri Keuangan Sri Mulyani Indrawati mengatakan keputusan kenaikan cukai sudah disetujui "
                    "Presiden. Menurut Henry, industri rokok juga dihadapkan dengan penyederhanaan tarif. Dia mengatakan "
                    "keputusan itu akan memukul petani tembakau.\n",
                    "2019-09-16");
    assert_quote_by(d, "keputusan itu akan memukul", "Henry Najoan");
    wt_doc_free(d);
}

/* a quotation with no cue right after one whose cue names nobody known
 * ("kata seorang penumpang") goes on in that unnamed voice: no person
 * named earlier is guessed */
static void an_unnamed_voice_goes_on(void **state)
{
    (void)state;
    wt_doc *d = run("Topan Faxai menghantam Tokyo pada Senin dan membuat ribuan penumpang terlantar di Bandara Narita.\n\n"
                    "\"Mereka sama sekali tidak punya rencana darurat,\" kata seorang penumpang.\n\n"
                    "\"Mereka membiarkan pesawat mendarat dan ribuan penumpang terlantar tanpa bus dan kereta.\"\n",
                    "2019-09-10");
    const wt_quote *q = quote_starting(d, "Mereka membiarkan pesawat");
    assert_non_null(q);
    assert_null(q->speaker_name);
    wt_doc_free(d);
}

/* the subject of what a verb of saying reports, with or without "bahwa",
 * is talked about: "katanya" after it points to the one who says */
static void the_reported_subject_does_not_speak(void **state)
{
    (void)state;
    wt_doc *d = run("Anggota Komisi III DPR Masinton Pasaribu menilai Firli Bahuri dizalimi oleh pegawai KPK sehari "
                    "sebelum uji kelayakan.\n\n"
                    "\"Saya akan mengusulkan kepada teman-teman di Komisi III untuk tetap memilih Pak Firli,\" katanya "
                    "pada Rabu.\n",
                    "2019-09-11");
    assert_quote_by(d, "Saya akan mengusulkan", "Masinton Pasaribu");
    wt_doc_free(d);
}

/* an office with two names joined by a slash before the speaker's name
 * ("Menteri PPN/Kepala Bappenas Bambang Brodjonegoro") */
static void offices_joined_by_a_slash(void **state)
{
    (void)state;
    wt_doc *d = run("Pemerintah meresmikan tiga pembangkit listrik tenaga bambu di Mentawai.\n\n"
                    "\"Ini yang pertama di Indonesia,\" kata Menteri Perencanaan Pembangunan Nasional (PPN)/ Kepala "
                    "Badan Perencanaan Pembangunan Nasional (Bappenas) Bambang Brodjonegoro di Padang.\n",
                    "2019-09-17");
    assert_quote_by(d, "Ini yang pertama", "Bambang Brodjonegoro");
    wt_doc_free(d);
}

static void verbless_speakers_and_paragraphs(void **state)
{
    (void)state;
    wt_doc *d = run("Perusahaan itu meluncurkan dua mobil baru di Surabaya.\n\n"
                    "\"Kedua mobil ini sudah dikenal tangguh dan nyaman untuk perjalanan jauh,\" Head of Public "
                    "Relations & CSR PT Maju Jaya, Budi Santoso dalam acara peluncuran di Surabaya.\n",
                    "2019-09-20");
    assert_quote_by(d, "Kedua mobil ini", "Budi Santoso");
    wt_doc_free(d);
    d = run("Menteri Kesehatan Siti Rahmawati mengatakan vaksin sudah dikirim ke semua provinsi. \"Kami akan terus "
            "memantau distribusinya di lapangan.\"\n\n"
            "Ahmad Yani, seorang petani di Cianjur, mengatakan belum menerima bantuan.\n",
            "2019-09-20");
    assert_not_said_by(d, "Kami akan terus", "Ahmad Yani");
    wt_doc_free(d);
}

static void connectives_are_no_quotes(void **state)
{
    (void)state;
    wt_doc *d = run("Oleh karena itu, kata Menteri Perdagangan Budi Santoso, pemerintah akan menaikkan tarif impor.\n",
                    "2019-09-20");
    assert_null(quote_starting(d, "Oleh karena itu"));
    const wt_quote *q = quote_starting(d, "pemerintah akan menaikkan");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Budi Santoso");
    wt_doc_free(d);
}

/* A news agency reports; it is no party to a relation between states. */
static void news_agencies_are_no_actors(void **state)
{
    (void)state;
    wt_doc *d = run("Reuters mengecam Iran atas penahanan wartawannya di Teheran.\n\n"
                    "Inggris mengecam Iran atas penahanan kapal tanker itu.\n",
                    "2019-09-20");
    size_t from_agency = 0, from_state = 0;
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (!strcmp(e->type, "ACCUSE") && e->actor1.name && !strcmp(e->actor1.name, "Reuters"))
            from_agency++;
        if (!strcmp(e->type, "ACCUSE") && e->actor1.country && !strcmp(e->actor1.country, "GBR") &&
            e->actor1.name && strcmp(e->actor1.name, "Reuters") != 0)
            from_state++;
    }
    assert_int_equal(from_agency, 0);
    assert_int_equal(from_state, 1);
    wt_doc_free(d);
}

/* a town or region stands for no government: "Jeddah" hosting a
 * match is no party to relations between states; a capital is one */
static void towns_are_no_actors(void **state)
{
    (void)state;
    wt_doc *d = run("Jeddah mengecam Iran atas penahanan kapal tanker itu.\n\n"
                    "Teheran mengecam Inggris atas penahanan kapal tanker itu.\n",
                    "2019-09-20");
    size_t from_town = 0, from_capital = 0;
    for (size_t i = 0; i < d->n_events; i++) {
        const wt_event *e = &d->events[i];
        if (e->actor1.name && !strcmp(e->actor1.name, "Jeddah"))
            from_town++;
        if (!strcmp(e->type, "ACCUSE") && e->actor1.country && !strcmp(e->actor1.country, "IRN"))
            from_capital++;
    }
    assert_int_equal(from_town, 0);
    assert_int_equal(from_capital, 1);
    wt_doc_free(d);
}

/* the complement of "isu", "krisis", "status" is a matter, not a party */
static void matters_are_no_parties(void **state)
{
    (void)state;
    const char *texts[2] = {"Malaysia menyerukan penyelesaian isu Myanmar secara damai.\n",
                            "Malaysia mendesak Myanmar menghentikan kekerasan.\n"};
    for (int k = 0; k < 2; k++) {
        wt_doc *d = run(texts[k], "2019-09-20");
        size_t requests = 0;
        for (size_t i = 0; i < d->n_events; i++)
            if (!strcmp(d->events[i].type, "REQUEST") && d->events[i].actor2.country &&
                !strcmp(d->events[i].actor2.country, "MMR"))
                requests++;
        assert_int_equal(requests, (size_t)k); /* the matter: none; the party: one */
        wt_doc_free(d);
    }
}

/* the subject of "Setelah bertemu X, Nama ..." is the main clause's, and
 * the main clause has its own event; "Di sana, dia bertemu ..." */
static void subjects_of_subordinate_clauses(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Luar Negeri Jepang Taro Kono berbicara kepada wartawan pada Senin.\n\n"
                    "Setelah bertemu Perdana Menteri Vietnam Nguyen Xuan Phuc, Kono mengecam Korea Utara atas uji "
                    "coba rudalnya.\n",
                    "2019-09-20");
    const wt_event *meet = event_of(d, "CONSULT", "JPN", "VNM");
    assert_non_null(meet);
    assert_non_null(event_of(d, "ACCUSE", "JPN", "PRK"));
    wt_doc_free(d);
    d = run("Menteri Luar Negeri Jepang Taro Kono berbicara kepada wartawan pada Senin.\n\n"
            "Di sana, dia bertemu dengan Perdana Menteri Vietnam Nguyen Xuan Phuc.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "CONSULT", "JPN", "VNM"));
    wt_doc_free(d);
    /* "..., di mana ia bertemu": "ia" is a person, the one named before
     * the places; the journey and the meeting are two events */
    d = run("Menteri Luar Negeri Jepang Taro Kono terbang ke Hanoi pada Kamis (19/9/2019) dari kota Vientiane, Laos, "
            "di mana ia bertemu dengan Perdana Menteri Laos Thongloun Sisoulith pada Rabu (18/9/2019).\n",
            "2019-09-20");
    const wt_event *met = event_of(d, "CONSULT", "JPN", "LAO"), *went = event_of(d, "CONSULT", "JPN", "VNM");
    assert_non_null(met);
    assert_non_null(went);
    /* each its own day, from its own clause */
    assert_non_null(met->date);
    assert_string_equal(met->date, "2019-09-18");
    assert_non_null(went->date);
    assert_string_equal(went->date, "2019-09-19");
    assert_null(event_of(d, "CONSULT", "LAO", "LAO"));
    wt_doc_free(d);
    /* a verb right after a comma goes on with the plan before it */
    d = run("Menteri Luar Negeri Jepang Taro Kono akan berkunjung ke Vietnam bulan depan, bertemu dengan Perdana "
            "Menteri Vietnam Nguyen Xuan Phuc.\n",
            "2019-09-20");
    assert_null(event_of(d, "CONSULT", "JPN", "VNM"));
    wt_doc_free(d);
    /* a time clause takes the tense of the clause it hangs on */
    assert_false(text_has_event("Presiden Prancis Emmanuel Macron mengatakan mereka akan membahas kesepakatan itu "
                                "ketika mereka bertemu dengan Kanselir Jerman Angela Merkel.\n",
                                "CONSULT", "FRA", "DEU"));
    /* the act of a relative clause headed by a common noun is that
     * noun's ("kelompok-kelompok yang telah melancarkan serangan") */
    assert_false(text_has_event("Perdana Menteri Israel Benjamin Netanyahu menuduh Hamas gagal mengendalikan "
                                "kelompok-kelompok yang telah melancarkan serangan terhadap Mesir.\n",
                                "ASSAULT", "PSE", "EGY"));
    /* an aide of the person named acts, not the person */
    wt_doc *a = run("Presiden Joko Widodo maupun Penasihat Presiden Vladimir Putin untuk urusan luar negeri itu juga "
                    "sepakat untuk meningkatkan kerja sama perdagangan.\n",
                    "2019-09-20");
    for (size_t i = 0; i < a->n_events; i++) {
        const wt_event *ev = &a->events[i];
        assert_false(ev->actor1.name && !strcmp(ev->actor1.name, "Vladimir Putin"));
        assert_false(ev->actor2.name && !strcmp(ev->actor2.name, "Vladimir Putin"));
    }
    wt_doc_free(a);
    /* a promise that brings an attack is a threat; one to prevent it is not */
    assert_true(text_has_event("Houthi berjanji untuk memperluas jangkauan serangannya terhadap Uni Emirat Arab.\n",
                               "THREATEN", "YEM", "ARE"));
    assert_false(text_has_event("Presiden Prancis Emmanuel Macron berjanji membantu mencegah serangan terhadap "
                                "Irak.\n",
                                "THREATEN", "FRA", "IRQ"));
    /* the owner of what was attacked is its victim, not the one condemned */
    wt_doc *c = run("Sekretaris Jenderal PBB Antonio Guterres mengutuk serangan di fasilitas milik Arab Saudi.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(c, "ACCUSE"), 0);
    wt_doc_free(c);
    /* a noun's companions are no partner and bring no story country */
    c = run("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Shinzo Abe.\n\n"
            "Duta Besar itu mengenang kunjungan Presiden Joko Widodo bersama Ibu Negara pada 2016 di Gunungsitoli.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(c, "CONSULT"), 1);
    wt_doc_free(c);
    /* the source after "menurut" is not the traveller */
    d = run("Pada tahun lalu, menurut Sekretariat ASEAN, sekitar seratus juta wisatawan terbang ke Jepang.\n",
            "2019-09-20");
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
    /* a person with no office travels: no visit between states */
    d = run("Aktivis lingkungan Jepang Yuki Tanaka terbang ke Hanoi pada Kamis untuk menghadiri sebuah konser.\n",
            "2019-09-20");
    assert_null(event_of(d, "CONSULT", "JPN", "VNM"));
    wt_doc_free(d);
}

/* "X berharap Y dapat ...": a hope that another party act is an appeal
 * to it; a hope for oneself names no party. "saya" in a quote is the
 * speaker, not a name before it */
static void hopes_are_appeals(void **state)
{
    (void)state;
    assert_true(text_has_event("Kementerian Luar Negeri Jepang berharap pemerintah Korea Selatan dapat menahan diri "
                                   "dalam sengketa dagang itu.\n",
                               "REQUEST", "JPN", "KOR"));
    wt_doc *d = run("Kementerian Luar Negeri Jepang berharap dapat bertemu dalam waktu dekat.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "REQUEST"), 0);
    wt_doc_free(d);
    d = run("\"Ini keinginan Presiden Emmanuel Macron, dan saya berharap Jepang menerimanya,\" kata Menteri Luar "
            "Negeri Kanada Chrystia Freeland.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "REQUEST", "CAN", "JPN"));
    assert_null(event_of(d, "REQUEST", "FRA", "JPN"));
    wt_doc_free(d);
}

/* "X menyimpulkan bahwa Y bertanggung jawab atas serangan itu": X
 * blames Y; "AS dan Jepang sepakat bahwa ... harus bertanggung jawab":
 * both do; with nobody saying it, no event; the agent of "yang disebut"
 * is not the one who says it */
static void blame_in_a_that_clause(void **state)
{
    (void)state;
    assert_true(text_has_event("Badan intelijen Kanada menyimpulkan bahwa Rusia bertanggung jawab atas serangan siber "
                                   "terhadap jaringan listrik negara itu.\n",
                               "ACCUSE", "CAN", "RUS"));
    wt_doc *d = run("Amerika Serikat dan Jepang sepakat bahwa rezim Korea Utara harus bertanggung jawab atas uji coba rudal "
            "itu.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "USA", "PRK"));
    assert_non_null(event_of(d, "ACCUSE", "JPN", "PRK"));
    wt_doc_free(d);
    /* breaking an agreement, being behind an attack; the subject's
     * owner, not the place in its phrase */
    assert_true(text_has_event("Pemerintah Kuba mengatakan bahwa koalisi Amerika Serikat telah melanggar kesepakatan "
                                   "yang dicapai di Jenewa.\n",
                               "ACCUSE", "CUB", "USA"));
    assert_true(text_has_event("Jepang menegaskan bahwa rencana Presiden Rusia Vladimir Putin untuk membangun pangkalan "
                                   "di Kunashir, Kepulauan Kuril melanggar hukum internasional.\n",
                               "ACCUSE", "JPN", "RUS"));
    d = run("Rusia bertanggung jawab atas keamanan stadion selama turnamen itu berlangsung.\n", "2019-09-20");
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
    d = run("Menteri Luar Negeri Kanada Chrystia Freeland yang dikritik Presiden Rusia Vladimir Putin kemarin "
            "menyatakan bahwa Korea Utara bertanggung jawab atas uji coba rudal itu.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "CAN", "PRK"));
    assert_null(event_of(d, "ACCUSE", "RUS", "PRK"));
    wt_doc_free(d);
    /* the attacked, in the attack someone is said to be behind, is not
     * the accused; a threatened attack's target is the threatened */
    d = run("Amerika Serikat menuduh pihak yang berada di balik serangan drone ke kilang minyak Arab Saudi pekan "
            "lalu.\n",
            "2019-09-20");
    assert_null(event_of(d, "ACCUSE", "USA", "SAU"));
    wt_doc_free(d);
    assert_true(text_has_event("Kelompok Houthi di Yaman mengancam untuk memperluas serangan ke Arab Saudi.\n",
                               "THREATEN", "YEM", "SAU"));
}

/* "X menuduh Y ..., dengan Y membantahnya": the denial answers X */
static void denials_answer_the_accuser(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Luar Negeri Jepang Taro Kono menuduh Korea Utara sebagai dalang serangan siber itu, dengan "
                    "Pyongyang membantahnya.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "JPN", "PRK"));
    const wt_event *e = event_of(d, "REJECT", "PRK", "JPN");
    assert_non_null(e);
    assert_non_null(e->actor1.country);
    assert_string_equal(e->actor1.country, "PRK");
    wt_doc_free(d);
}

/* "menyambut X": welcoming a party supports it; an accusation answered
 * by one the other way is a second event, not the first told twice */
static void welcomes_and_answers(void **state)
{
    (void)state;
    assert_true(text_has_event("\"Kami menyambut Kepulauan Marshall dalam keluarga besar kami,\" kata Menteri Luar "
                                   "Negeri Jepang Taro Kono.\n",
                               "SUPPORT", "JPN", "MHL"));
    wt_doc *d = run("Menteri Luar Negeri Jepang Taro Kono menuduh Korea Utara melanggar resolusi PBB.\n\n"
            "Korea Utara menuduh Jepang menyebarkan kebohongan.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(d, "ACCUSE"), 2);
    wt_doc_free(d);
}

/* a few words in quotes inside a clause do not end it: the party after
 * them is still the target; a quotation does */
/* What befalls someone ("pemecatan", "kematian", "penangkapan") is no
 * party to an act upon it: welcoming a dismissal is no support for the
 * one dismissed, condemning a killing no blame of the one killed. */
static void the_one_a_fate_befalls_is_no_party(void **state)
{
    (void)state;
    assert_false(text_has_event("Presiden Iran Hassan Rouhani menyambut baik pemecatan Penasihat Keamanan Nasional "
                                "AS John Bolton.\n",
                                "SUPPORT", "IRN", "USA"));
    assert_false(text_has_event("Menteri Luar Negeri Turki Mevlut Cavusoglu mengecam pembunuhan diplomat Rusia "
                                "Andrei Karlov di Ankara.\n",
                                "ACCUSE", "TUR", "RUS"));
    assert_true(text_has_event("Presiden Iran Hassan Rouhani menyambut baik kunjungan Perdana Menteri Jepang "
                               "Shinzo Abe ke Teheran.\n",
                               "SUPPORT", "IRN", "JPN"));
}

/* "[a statement]. Hal itu disampaikan X ...": the sentence before is X's
 * reported speech, when X is written (a long title set apart by a comma
 * from the name too); "dikatakan lantaran X ..." names no speaker. The
 * lawyer after "kuasa hukum X," speaks, not the client. */
static void statements_attributed_after_them(void **state)
{
    (void)state;
    wt_doc *d = run("Pemerintah akan membangun tiga bendungan baru di Nusa Tenggara Timur tahun depan. Hal itu "
                    "disampaikan Menteri Pekerjaan Umum Basuki Hadimuljono di Kupang, Senin.\n\n"
                    "Indonesia siap menjadi tuan rumah pertemuan para menteri luar negeri ASEAN. Hal tersebut "
                    "diungkapkan Duta Besar/Wakil Tetap Indonesia untuk ASEAN di Jakarta, Ade Padmo Sarwono.\n\n"
                    "Basuki Hadimuljono meminta kontraktor bekerja lebih cepat. Hal itu dikatakan lantaran Joko "
                    "Widodo mengeluhkan proyek yang terlambat.\n",
                    "2019-09-20");
    const wt_quote *q = quote_starting(d, "Pemerintah akan membangun");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_quote_by(d, "Pemerintah akan membangun", "Basuki Hadimuljono");
    assert_quote_by(d, "Indonesia siap menjadi", "Ade Padmo Sarwono");
    assert_not_said_by(d, "Basuki Hadimuljono meminta", "Joko Widodo");
    wt_doc_free(d);
    assert_said_by("Penyanyi Ahmad Dhani tidak hadir di pengadilan pada Selasa.\n\n"
                   "\"Klien kami sedang sakit dan dirawat di rumah,\" kata kuasa hukum Ahmad Dhani, Hendarsam "
                   "Marantoko.\n",
                   "Klien kami sedang", "Hendarsam Marantoko");
}

/* The place after a matter ("perdamaian di Timur Tengah") or inside a
 * relative clause ("perjanjian yang ditandatangani di Bali") is not where
 * the act happened; one after the act is. */
static void places_of_matters_and_relative_clauses(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Polandia Jacek Czaputowicz untuk "
                    "membahas perdamaian di Timur Tengah.\n",
                    "2019-09-20");
    const wt_event *e = event_of(d, "CONSULT", "IDN", "POL");
    assert_non_null(e);
    assert_null(e->location);
    wt_doc_free(d);
    d = run("Menteri BUMN Rini Soemarno bertemu Presiden Zanzibar Ali Muhammad Shein untuk menindaklanjuti "
            "perjanjian yang ditandatangani di Bali.\n",
            "2019-09-20");
    e = event_of(d, "CONSULT", "IDN", "TZA");
    assert_non_null(e);
    assert_null(e->location);
    wt_doc_free(d);
    d = run("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Polandia Jacek Czaputowicz di "
            "Warsawa.\n",
            "2019-09-20");
    e = event_of(d, "CONSULT", "IDN", "POL");
    assert_non_null(e);
    assert_non_null(e->location);
    assert_string_equal(e->location, "Warsawa");
    wt_doc_free(d);
}

/* "kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Yusri
 * Yunus": a title, the office's unit in capitalised words, a rank
 * written out, then the name; the unit is no person. */
static void a_unit_and_a_rank_before_the_name(void **state)
{
    (void)state;
    wt_doc *d = run("Kepolisian Daerah Metro Jaya menyiapkan 2.000 personel untuk libur panjang. \"Sebanyak 700 di "
                    "antaranya anggota lalu lintas yang berjaga di jalan,\" tutur Kepala Bidang Humas Polda Metro Jaya "
                    "Komisaris Besar Yusri Yunus, Selasa.\n",
                    "2019-09-20");
    assert_quote_by(d, "Sebanyak 700", "Yusri Yunus");
    wt_doc_free(d);
    /* the unit, a body and the name with no rank between */
    d = run("Investasi di Sleman naik tiap tahun. \"Investasi ini ada dalam beberapa sektor,\" kata Kepala Bidang "
            "Penanaman Modal DPMPPT Sleman Arjunandir.\n",
            "2019-09-20");
    assert_quote_by(d, "Investasi ini ada", "Arjunandir");
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(d->entities[i].type != WT_ENT_PER || strncmp(d->entities[i].name, "Bidang", 6) != 0);
    wt_doc_free(d);
}

/* "kata Juru Bicara Guterres, Stephane Dujarric, Senin": one word after a
 * title, then a name set apart by a comma before the cue goes on: the word
 * is the office's master or region, the name its holder, who speaks. A
 * name followed by a verb is the subject of the words reported. */
static void the_name_apposed_to_an_office_speaks(void **state)
{
    (void)state;
    wt_doc *d = run("Serangan itu mengenai dua kilang di timur Arab Saudi. \"Sekretaris Jenderal mengutuk serangan "
                    "tersebut,\" kata juru bicara Guterres, Stephane Dujarric, Senin.\n",
                    "2019-09-16");
    assert_quote_by(d, "Sekretaris Jenderal mengutuk", "Stephane Dujarric");
    wt_doc_free(d);
    d = run("Presiden Joko Widodo melayat ke rumah duka di Jakarta. Menurut Presiden Jokowi, Habibie mampu "
            "meletakkan dasar demokrasi di Indonesia.\n",
            "2019-09-12");
    assert_quote_by(d, "Habibie mampu", "Joko Widodo");
    wt_doc_free(d);
}

/* A long office with its short name in brackets, then the name set apart
 * by a comma or after a rank: "kata Kepala Dinas Pemuda dan Olahraga
 * (Dispora) Kota Bekasi, Ahmad Zarkasih"; "kata Panglima Komando Armada I
 * (Pangkoarmada) Laksda TNI Abdul Rasyid". A unit of a body (Komando,
 * Humas, Komisi) opens no person's name. */
static void a_bracketed_office_before_the_name(void **state)
{
    (void)state;
    wt_doc *d = run("Stadion itu akan diperiksa bulan depan. \"Rumputnya sudah kami ganti semua,\" kata Kepala Dinas "
                    "Pemuda dan Olahraga (Dispora) Kota Sukamaju, Ahmad Zarkasih melalui telepon, Kamis.\n",
                    "2019-09-19");
    assert_quote_by(d, "Rumputnya sudah", "Ahmad Zarkasih");
    wt_doc_free(d);
    d = run("Kapal-kapal dikerahkan ke perairan itu. \"Pencarian tetap kami fokuskan pada korban,\" kata Panglima "
            "Komando Armada I (Pangkoarmada) Laksda TNI Abdul Rasyid, Kamis.\n",
            "2021-01-14");
    assert_quote_by(d, "Pencarian tetap", "Abdul Rasyid");
    for (size_t i = 0; i < d->n_entities; i++)
        assert_true(d->entities[i].type != WT_ENT_PER || strncmp(d->entities[i].name, "Komando", 7) != 0);
    wt_doc_free(d);
    /* the office's words, its short name, then the name */
    assert_said_by("Ekspor minyak sawit naik tahun ini. \"Pada periode yang sama tahun lalu angkanya lebih rendah,\" "
                   "ujar Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) Joko Supriyono di Jakarta.\n",
                   "Pada periode yang sama", "Joko Supriyono");
}

/* An office written out after the verb with no name seen ("kata Kepala
 * Stasiun Klimatologi Tangerang Selatan dalam keterangan tertulisnya") is
 * no one named before in another role; an office that points back (a
 * demonstrative, or the title alone) is. */
static void an_office_without_a_name_is_no_guess(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Joko Widodo meninjau lahan yang terbakar di Riau. \"Hujan baru akan turun pekan depan,\" "
                    "kata Kepala Stasiun Klimatologi Tangerang Selatan dalam keterangan tertulisnya.\n",
                    "2019-09-17");
    assert_unattributed(d, "Hujan baru akan turun");
    wt_doc_free(d);
    assert_said_by("Arsul Sani memimpin rapat fraksi pada Jumat. \"Kami menolak pasal itu,\" ujar Ketua Fraksi PPP "
                   "di DPR itu.\n",
                   "Kami menolak pasal itu", "Arsul Sani");
    assert_said_by("Bima Arya meninjau pasar yang terbakar pada Senin. \"Pedagang akan dipindahkan sementara,\" "
                   "ucap Wali Kota kepada wartawan.\n",
                   "Pedagang akan dipindahkan", "Bima Arya");
}

/* A pronoun after a subject named as someone's relative or fellow
 * ("istri pebalap Marc Marquez itu ... . Ia mengatakan") is the relative,
 * who is not named: no speaker rather than the one named. */
static void the_relative_is_not_the_one_named(void **state)
{
    (void)state;
    wt_doc *d = run("Pebalap Spanyol Marc Marquez memenangi balapan di Aragon pada Minggu. Rekan setim Marc Marquez "
                    "itu tidak melihat pebalap lain di dekatnya. Ia mengatakan sedang menengok ke arah sisi lainnya "
                    "saat kecelakaan terjadi.\n",
                    "2019-09-20");
    assert_not_said_by(d, "sedang menengok", "Marc Marquez");
    wt_doc_free(d);
    assert_said_by("Pebalap Spanyol Marc Marquez memenangi balapan di Aragon pada Minggu. Marquez tidak melihat "
                   "pebalap lain di dekatnya. Ia mengatakan sedang menengok ke arah sisi lainnya saat itu.\n",
                   "sedang menengok", "Marc Marquez");
}

/* A name that restates a noun after the verb ("memanggil terlapor, yakni
 * Abdul Somad") or names an example of a group ("pengusaha seperti ...")
 * is talked about: a pronoun after it goes on with the clause's subject,
 * or the one named otherwise. Before the verb the name restates the
 * subject itself ("Putra sulung ..., yakni Thareq Kemal Habibie,
 * menjelaskan"). */
static void instances_are_talked_about(void **state)
{
    (void)state;
    assert_said_by("Kepolisian memeriksa tiga saksi kemarin. Erwin mengaku tidak mempermasalahkan langkah penyidik. "
                   "Penyidik bisa memanggil terlapor lebih dulu, yakni Abdul Somad, atau menggelar perkara. \"Kami "
                   "serahkan kepada penyidik,\" kata dia.\n",
                   "Kami serahkan", "Erwin");
    assert_said_by("Pertemuan yang dibuka Menteri BUMN Rini Soemarno di Jakarta, Senin, dihadiri pengusaha seperti "
                   "Chairul Tanjung dan Dahlan Iskan. \"Kami membuka peluang seluas-luasnya bagi investor,\" ujar "
                   "dia.\n",
                   "Kami membuka", "Rini Soemarno");
    assert_said_by("Putra sulung mantan presiden itu, yakni Thareq Kemal Habibie, menjelaskan kondisi ayahnya di rumah "
                   "sakit. \"Bapak senang menerima tamu,\" ujarnya.\n",
                   "Bapak senang", "Thareq Kemal Habibie");
}

static void phrases_in_quotes(void **state)
{
    (void)state;
    assert_true(text_has_event("Menteri Luar Negeri Jepang Taro Kono mengecam serangan itu sebagai \"tindakan perang\" "
                                   "Korea Utara.\n",
                               "ACCUSE", "JPN", "PRK"));
}

/* "Ketiga pemimpin membahas ...": the three met just before, every two
 * of them; one leader discussing a matter meets nobody; "dan sejak itu
 * berperang dengan": the first subject goes on */
static void groups_and_coordinated_verbs(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Prancis Emmanuel Macron bertemu dengan Kanselir Jerman Angela Merkel dan Perdana Menteri "
                    "Italia Giuseppe Conte di Roma. Ketiga pemimpin membahas krisis migran di Laut Tengah.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "CONSULT", "FRA", "DEU"));
    assert_non_null(event_of(d, "CONSULT", "FRA", "ITA"));
    assert_non_null(event_of(d, "CONSULT", "DEU", "ITA"));
    wt_doc_free(d);
    d = run("Presiden Prancis Emmanuel Macron membahas krisis migran di Laut Tengah bersama para menterinya.\n",
            "2019-09-20");
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
    d = run("Inggris memimpin sebuah misi di Afghanistan dan sejak itu berperang dengan Taliban.\n", "2019-09-20");
    const wt_event *e = NULL;
    for (size_t i = 0; i < d->n_events && !e; i++)
        if (!strcmp(d->events[i].type, "ASSAULT"))
            e = &d->events[i];
    assert_non_null(e);
    assert_non_null(e->actor1.country);
    assert_string_equal(e->actor1.country, "GBR");
    wt_doc_free(d);
}

/* "X menuai kecaman dari Y": Y criticises X; a stern representation
 * lodged with a party is a protest */
static void criticism_drawn_and_protests(void **state)
{
    (void)state;
    wt_doc *d = run("Keputusan Canberra itu menuai kecaman keras dari Beijing.\n", "2019-09-20");
    const wt_event *e = event_of(d, "ACCUSE", "CHN", "AUS");
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "CHN");
    wt_doc_free(d);
    assert_true(text_has_event("Kementerian Luar Negeri Rusia telah mengajukan pernyataan tegas kepada pihak Norwegia.\n",
                               "PROTEST", "RUS", "NOR"));
}

/* the act an accusation names is alleged, not asserted; "meminta maaf"
 * apologises and asks for nothing */
static void accused_acts_and_apologies(void **state)
{
    (void)state;
    wt_doc *d = run("Jepang menuduh Korea Utara melakukan serangan siber terhadap bank-bank Korea Selatan.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "JPN", "PRK"));
    assert_null(event_of(d, "ASSAULT", "PRK", "KOR"));
    wt_doc_free(d);
    assert_false(text_has_event("Perdana Menteri Jepang Shinzo Abe meminta maaf kepada Presiden Korea Selatan Moon "
                                   "Jae-in.\n",
                               "REQUEST", "JPN", "KOR"));
}

/* a complaint about a meeting between an activist and an official is
 * aimed at the official's side; "Sekjen PBB, António Guterres" is one
 * partner, the person */
static void officials_over_private_people(void **state)
{
    (void)state;
    wt_doc *d = run("Juru bicara Kementerian Luar Negeri China Hua Chunying mengatakan pihaknya tidak puas atas "
                    "pertemuan Nathan Law dengan Menteri Luar Negeri Jerman Heiko Maas.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "CHN", "DEU"));
    assert_null(event_of(d, "ACCUSE", "CHN", "HKG"));
    wt_doc_free(d);
    d = run("Menteri Luar Negeri Jepang Taro Kono bertemu dengan Sekjen PBB, António Guterres di New York.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(d, "CONSULT"), 1);
    wt_doc_free(d);
}

/* names in one list share their part: thanks for the support of several
 * countries is no support of one for the next; a comma that ends a phrase
 * before the subject is no list */
static void listed_names_share_their_part(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Kelautan Susi Pudjiastuti berterima kasih atas dukungan dari Jepang, Norwegia, Australia "
                    "dan Uni Eropa selama lima tahun.\n",
                    "2019-09-20");
    assert_null(event_of(d, "SUPPORT", "JPN", "NOR"));
    assert_int_equal(events_of_type(d, "SUPPORT"), 0);
    wt_doc_free(d);
    d = run("Ia juga menyebut dukungan Rusia dan China bagi pemerintah Venezuela.\n", "2019-09-20");
    assert_null(event_of(d, "SUPPORT", "RUS", "CHN"));
    wt_doc_free(d);
    assert_true(text_has_event("Dengan dukungan Amerika Serikat, Arab Saudi menuding Iran berada di balik serangan "
                               "terhadap kilang minyaknya.\n",
                               "SUPPORT", "USA", "SAU"));
    /* in a mutual act the two of "A dan B" are its parties */
    assert_true(text_has_event("Delegasi DPR berada di Addis Ababa dalam rangka kunjungan kerja untuk meningkatkan "
                               "kerja sama Indonesia dan Ethiopia.\n",
                               "CONSULT", "IDN", "ETH"));
}

/* the names inside a quotation that closed before the verb are no
 * subject of it: "...Presiden Jokowi...," kata Menteri Malaysia ... usai
 * bertemu Mahathir is a Malaysian meeting, no Indonesian-Malaysian one;
 * a phrase in quotes inside the clause does not stop the subject */
static void a_closed_quotation_is_no_subject(void **state)
{
    (void)state;
    assert_false(text_has_event("Asap kebakaran hutan menyelimuti Kuala Lumpur sepekan terakhir.\n\n\"Dia setuju "
                                "menulis surat kepada Presiden Jokowi soal asap lintas batas,\" kata Yeo Bee Yin, "
                                "Menteri Energi, Teknologi, Lingkungan, dan Perubahan Iklim usai bertemu Mahathir, "
                                "Kamis.\n",
                                "CONSULT", "IDN", "MYS"));
    assert_true(text_has_event("Cina mengatakan pihaknya berkomitmen pada pengaturan \"satu negara, dua sistem\", "
                               "dan menolak tuntutan Amerika Serikat.\n",
                               "REJECT", "CHN", "USA"));
}

/* "jauh dari (kata) sepakat": far from an agreement is none */
static void far_from_it_is_no_event(void **state)
{
    (void)state;
    wt_doc *d = run("Perundingan dagang Amerika Serikat dan China masih jauh dari sepakat, kata para analis.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
    d = run("Perselisihan dagang Washington dan Beijing masih jauh dari kata sepakat.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
}

/* "sepakat" before a verb agrees to do something: a country named in
 * what is to be done is no party; one after "dengan" is */
static void an_agreement_to_act_names_its_partner_with_dengan(void **state)
{
    (void)state;
    wt_doc *d = run("Para menteri Uni Eropa sepakat melarang impor kayu Brasil mulai tahun depan.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
    d = run("Pemerintah Jepang setuju untuk menaikkan bea masuk baja Korea Selatan.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
    assert_true(text_has_event("Pemerintah Jepang sepakat dengan Vietnam untuk menurunkan bea masuk beras.\n",
                               "AGREE", "JPN", "VNM"));
    assert_true(text_has_event("Pemerintah Australia sepakat memperluas kerja sama pertahanan dengan Indonesia.\n",
                               "AGREE", "AUS", "IDN"));
}

/* a clause of condition or purpose after the event has its own verb:
 * the date and the place written in it are not the event's; a clause
 * closed by a comma gives the rest of the sentence back */
static void a_condition_keeps_its_own_date_and_place(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Rusia menawarkan bantuan kepada Presiden Suriah jika Damaskus mau menghentikan "
                    "serangan di Idlib pada Maret 2018.\n",
                    "2019-09-20");
    const wt_event *e = event_of(d, "AGREE", "RUS", "SYR");
    assert_non_null(e);
    assert_null(e->date);
    assert_null(e->location);
    wt_doc_free(d);
    d = run("Menteri Luar Negeri Jepang memperingatkan Presiden Korea Selatan agar tidak mengirim kapal ke "
            "perairan di Takeshima.\n",
            "2019-09-20");
    e = event_of(d, "THREATEN", "JPN", "KOR");
    assert_non_null(e);
    assert_null(e->location);
    wt_doc_free(d);
    d = run("Presiden Rusia menawarkan bantuan kepada Presiden Suriah, jika diperlukan, dalam pertemuan di Sochi "
            "pada 12 Maret 2018.\n",
            "2019-09-20");
    e = event_of(d, "AGREE", "RUS", "SYR");
    assert_non_null(e);
    assert_non_null(e->date);
    assert_string_equal(e->date, "2018-03-12");
    assert_non_null(e->location);
    assert_string_equal(e->location, "Sochi");
    wt_doc_free(d);
}

/* a date inside the phrase of an attack that is blamed or denied dates
 * the attack, not the blaming; an attack keeps its own date */
static void a_blamed_attack_keeps_its_date(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Luar Negeri Inggris menyalahkan Rusia atas serangan ke gudang senjata di Odessa pada "
                    "Selasa (10/9/2019).\n",
                    "2019-09-13");
    const wt_event *e = event_of(d, "ACCUSE", "GBR", "RUS");
    assert_non_null(e);
    assert_null(e->date);
    wt_doc_free(d);
    d = run("Pada Rabu (11/9/2019), Menteri Luar Negeri Inggris menyalahkan Rusia atas serangan itu.\n", "2019-09-13");
    e = event_of(d, "ACCUSE", "GBR", "RUS");
    assert_non_null(e);
    assert_non_null(e->date);
    assert_string_equal(e->date, "2019-09-11");
    wt_doc_free(d);
    d = run("Kelompok separatis mengaku bertanggung jawab atas serangan pada Selasa (10/9/2019), tetapi Menteri Luar "
            "Negeri Inggris menyalahkan Rusia.\n",
            "2019-09-13");
    e = event_of(d, "ACCUSE", "GBR", "RUS");
    assert_non_null(e);
    assert_null(e->date);
    wt_doc_free(d);
    d = run("Pasukan Rusia menyerang gudang senjata Ukraina di Odessa pada Selasa (10/9/2019).\n", "2019-09-13");
    e = event_of(d, "ASSAULT", "RUS", "UKR");
    assert_non_null(e);
    assert_non_null(e->date);
    assert_string_equal(e->date, "2019-09-10");
    wt_doc_free(d);
}

/* a gloss in brackets between a thing and its relative clause belongs to
 * the thing: the drone attacked, not the ministry that shows it */
static void a_gloss_belongs_to_its_head(void **state)
{
    (void)state;
    wt_doc *d = run("Kementerian Pertahanan Arab Saudi memamerkan pesawat nirawak (drone) yang menyerang kilang "
                    "minyak dan menyebutnya bukti agresi Iran.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(d, "ASSAULT"), 0);
    wt_doc_free(d);
}

/* the story's two countries are each named at least twice: a neighbour
 * named once in passing is not the host of a visit at home */
static void a_country_named_once_is_not_the_story(void **state)
{
    (void)state;
    const char *home = "Kebakaran hutan di Riau meluas hingga ke dekat permukiman warga pada Selasa (17/9/2019).\n\n"
                       "Asap juga dirasakan di Jambi, Palembang, dan negara tetangga Malaysia.\n\n"
                       "Lokasi kebakaran ini sudah masuk dalam jadwal kunjungan Presiden Joko Widodo.\n";
    wt_doc *d = run(home, "2019-09-20");
    assert_int_equal(events_of_type(d, "CONSULT"), 0);
    wt_doc_free(d);
    /* a story about the two: the visit's host is the other one */
    const char *pair = "Indonesia dan Malaysia membahas kabut asap pada Selasa (17/9/2019).\n\n"
                       "Pemerintah Malaysia meminta Indonesia memadamkan kebakaran.\n\n"
                       "Menteri Luar Negeri Malaysia Saifuddin Abdullah dijadwalkan melakukan kunjungan kerja pekan "
                       "depan.\n";
    d = run(pair, "2019-09-20");
    assert_non_null(event_of(d, "CONSULT", "MYS", "IDN"));
    wt_doc_free(d);
}

/* calling off a meeting, a plan or talks with a party rejects it; the
 * cancelling told as the subject of another clause names no canceller */
static void cancelled_meetings(void **state)
{
    (void)state;
    assert_true(text_has_event("Presiden Filipina Rodrigo Duterte membatalkan pertemuan dengan Perdana Menteri Kanada "
                                   "Justin Trudeau di Manila.\n",
                               "REJECT", "PHL", "CAN"));
    /* the meeting called off is not held; calling it off is the event */
    wt_doc *d = run("Wakil Presiden Amerika Serikat Mike Pence membatalkan rencana bertemu Presiden Tiongkok Xi Jinping.\n",
            "2019-09-20");
    assert_null(event_of(d, "CONSULT", "USA", "CHN"));
    assert_non_null(event_of(d, "REJECT", "USA", "CHN"));
    wt_doc_free(d);
    d = run("Kelompok Abu Sayyaf menyatakan bahwa membatalkan pertemuan itu bakal membuat Filipina menderita.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(d, "REJECT"), 0);
    wt_doc_free(d);
}

/* an actor before "setelah", "karena", "saat" ... belongs to another
 * clause: "setelah pejabat di Washington menuding Iran" is not Arab
 * Saudi's accusation; "setelah dia ..." points back */
static void actors_stay_in_their_clause(void **state)
{
    (void)state;
    wt_doc *d = run("Arab Saudi siap merespons serangan itu, setelah pejabat di Washington menuding Iran "
                    "sebagai pelakunya.\n",
                    "2019-09-20");
    assert_null(event_of(d, "ACCUSE", "SAU", "IRN"));
    wt_doc_free(d);
    d = run("Menteri Luar Negeri Jepang Taro Kono marah, setelah dia mengecam Korea Utara atas uji coba rudal.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "ACCUSE", "JPN", "PRK"));
    wt_doc_free(d);
}

/* "dua negara sepakat": the story's two countries agree; "solusi dua
 * negara" is no subject */
static void two_countries_agree(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Indonesia Joko Widodo menerima Presiden Tajikistan Emomali Rahmon di Jakarta.\n\n"
                    "Menurut juru bicara istana, dua negara sepakat memperkuat kerja sama ekonomi.\n",
                    "2019-09-20");
    const wt_event *a = event_of(d, "AGREE", "IDN", "TJK");
    if (!a)
        a = event_of(d, "AGREE", "TJK", "IDN");
    assert_non_null(a);
    wt_doc_free(d);
}

/* "Iran membantah terlibat ...": a denial of a role answers the story's
 * other country */
static void denials_answer_the_other_country(void **state)
{
    (void)state;
    wt_doc *d = run("Arab Saudi menuding Iran berada di balik serangan ke kilang minyaknya.\n\n"
                    "Arab Saudi dan Iran sudah lama bersaing di kawasan itu.\n\n"
                    "Iran membantah terlibat dalam serangan itu.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "REJECT", "IRN", "SAU"));
    wt_doc_free(d);
}

/* "A menyebut B ... dan menuduh C": the second verb's subject is A */
static void coordinated_verbs_share_the_subject(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Venezuela Nicolas Maduro menyebut Guaido sebagai boneka AS dan menuduh Amerika Serikat "
                    "mengatur kudeta.\n",
                    "2019-09-20");
    const wt_event *e = event_of(d, "ACCUSE", "VEN", "USA");
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "VEN");
    wt_doc_free(d);
    /* a causative first verb: its object is the second verb's subject */
    d = run("Pernyataan Penasihat Keamanan Nasional AS John Bolton membuat Kim Jong-un marah dan mengancam "
            "menghentikan perundingan dengan Korea Selatan.\n",
            "2019-09-20");
    assert_null(event_of(d, "THREATEN", "USA", "KOR"));
    wt_doc_free(d);
}

/* is there an event told by a sentence containing `words`? */
static bool event_told_by(const wt_doc *d, const char *words)
{
    for (size_t i = 0; i < d->n_events; i++)
        for (size_t k = 0; k < d->events[i].n_spans; k++) {
            const wt_mention *m = &d->events[i].spans[k];
            char *span = strndup(d->text + m->start, m->end - m->start);
            bool found = strstr(span, words) != NULL;
            free(span);
            if (found)
                return true;
        }
    return false;
}

/* a city after "di" is where a meeting is held, not who is met; a
 * partner written as a group ("dengan beberapa pengusaha") implies no
 * state */
static void venues_and_groups_are_no_partners(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden AS Donald Trump dan pemimpin Korea Utara Kim Jong-un bertemu di Hanoi.\n", "2019-09-20");
    for (size_t i = 0; i < d->n_events; i++)
        assert_true(!d->events[i].actor2.name || strcmp(d->events[i].actor2.name, "Hanoi") != 0);
    wt_doc_free(d);
    d = run("Presiden Rusia Vladimir Putin bertemu dengan Presiden Joko Widodo di Moskow pada Senin.\n\n"
            "Di Jakarta, Presiden Joko Widodo juga bertemu dengan beberapa pengusaha kayu.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "CONSULT", "RUS", "IDN"));
    assert_false(event_told_by(d, "pengusaha"));
    wt_doc_free(d);
    /* a company's director agreeing to something is no act of his state
     * toward the other state of the story */
    d = run("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Shinzo Abe di Tokyo pada Senin.\n\n"
            "Direktur Utama PT Kayu Jati Makmur, Rudi Hartono, pun sepakat untuk memanfaatkan fasilitas itu.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "CONSULT", "IDN", "JPN"));
    assert_false(event_told_by(d, "Rudi"));
    wt_doc_free(d);
    /* tourists' visits; a request to the warring parties in a country;
     * a pronoun after a clause that names another country */
    d = run("Presiden Joko Widodo bertemu dengan Presiden Taiwan Tsai Ing-wen di Jakarta pada Senin.\n\n"
            "Jumlah kunjungan wisatawan Indonesia ke Taiwan naik tahun lalu.\n\n"
            "Presiden Rusia Vladimir Putin meminta kepada pihak-pihak yang bertikai di Yaman untuk berdamai.\n\n"
            "Ketika Budi Santoso mengunjungi Jerman, ia meminta Iran untuk berhenti.\n",
            "2019-09-20");
    assert_false(event_told_by(d, "wisatawan"));
    assert_false(event_told_by(d, "bertikai"));
    assert_null(event_of(d, "REQUEST", "DEU", "IRN"));
    wt_doc_free(d);
    /* activists named by their city, a country in a phrase of place, a
     * visit whose visitor is not written, to stop supporting */
    d = run("Presiden AS Donald Trump bertemu dengan Presiden Tiongkok Xi Jinping di Osaka pada Juni.\n\n"
            "Aktivis pro-demokrasi Hong Kong mendesak Amerika Serikat untuk bertindak.\n\n"
            "Pengunjuk rasa berkumpul di luar Konsulat Inggris, menyerukan Inggris untuk menekan Tiongkok.\n\n"
            "Kunjungan ke PT Pindad juga dilakukan karena perusahaan itu mengekspor senjata ke Filipina.\n\n"
            "Amerika Serikat ingin Iran berhenti mendukung Houthi di Yaman.\n\n"
            "Sejak perang di Yaman di mana Arab Saudi memimpin koalisi berperang melawan Houthi, serangan terus "
            "terjadi.\n",
            "2019-09-20");
    assert_false(event_told_by(d, "Aktivis"));
    assert_false(event_told_by(d, "Konsulat"));
    assert_false(event_told_by(d, "Pindad"));
    assert_false(event_told_by(d, "berhenti"));
    assert_true(event_told_by(d, "di mana Arab Saudi"));
    wt_doc_free(d);
    /* a visit to a place written as a common noun: no state visited */
    d = run("Presiden AS Donald Trump bertemu dengan Presiden Korea Selatan Moon Jae-in di Seoul pada Juni.\n\n"
            "Dua penyidik Badan Keselamatan Transportasi Nasional AS kemarin tiba di lokasi.\n\n"
            "Presiden Joko Widodo melakukan kunjungan kerja ke Pekanbaru, Riau.\n",
            "2019-09-20");
    assert_false(event_told_by(d, "lokasi"));
    assert_false(event_told_by(d, "Pekanbaru")); /* a journey at home */
    wt_doc_free(d);
    /* a promise to strike is a threat, not an agreement */
    d = run("Perdana Menteri Israel Benjamin Netanyahu berjanji untuk menyerang Iran lebih keras.\n", "2019-09-20");
    assert_non_null(event_of(d, "THREATEN", "ISR", "IRN"));
    assert_null(event_of(d, "AGREE", "ISR", "IRN"));
    wt_doc_free(d);
    /* an offer by two is no agreement between them; a threatening manner
     * is no threat; condemning an attack on a company is no accusation of
     * the company */
    d = run("Malaysia dan Singapura telah menawarkan bantuan kepada Indonesia untuk memadamkan kebakaran.\n\n"
            "Menteri Luar Negeri AS Mike Pompeo menyebut perilaku mengancam rezim Iran tak bakal ditoleransi.\n\n"
            "Emir Kuwait mengutuk keras serangan terhadap fasilitas kilang minyak Saudi Aramco di Abqaiq.\n",
            "2019-09-20");
    assert_non_null(event_of(d, "AGREE", "MYS", "IDN"));
    assert_non_null(event_of(d, "AGREE", "SGP", "IDN"));
    assert_null(event_of(d, "AGREE", "MYS", "SGP"));
    assert_null(event_of(d, "THREATEN", "USA", "IRN"));
    assert_null(event_of(d, "ACCUSE", "KWT", "SAU"));
    wt_doc_free(d);
    /* sanctions on a country's companies are sanctions on the country */
    d = run("Amerika Serikat menjatuhkan sanksi terhadap enam perusahaan pengiriman minyak Iran.\n", "2019-09-20");
    assert_non_null(event_of(d, "SANCTION", "USA", "IRN"));
    wt_doc_free(d);
}

static void countries_do_not_speak(void **state)
{
    (void)state;
    wt_doc *d = run("Indonesia mengatakan tawaran itu akan dipelajari lebih dulu oleh pemerintah.\n\n"
                    "Kementerian Luar Negeri menegaskan bahwa kerja sama itu tetap berjalan sesuai rencana.\n",
                    "2025-02-02");
    for (size_t i = 0; i < d->n_quotes; i++)
        assert_true(d->quotes[i].speaker_name == NULL || strcmp(d->quotes[i].speaker_name, "Indonesia") != 0);
    bool body = false;
    for (size_t i = 0; i < d->n_quotes; i++)
        body |= d->quotes[i].speaker_name && strcmp(d->quotes[i].speaker_name, "Kementerian Luar Negeri") == 0;
    assert_true(body);
    wt_doc_free(d);
}

static void date_values_cover_days(void **state)
{
    (void)state;
    static const struct {
        const char *value, *lo, *hi;
    } cases[] = {
        {"2019", "2019-01-01", "2019-12-31"},
        {"2020-02", "2020-02-01", "2020-02-29"},
        {"2019-02", "2019-02-01", "2019-02-28"},
        {"2019-09-16", "2019-09-16", "2019-09-16"},
        {"2019-W37", "2019-09-09", "2019-09-15"},
        {"2020-W53", "2020-12-28", "2021-01-03"},
        {"2019-09-16/2019-09-18", "2019-09-16", "2019-09-18"},
        {"2011/2014", "2011-01-01", "2014-12-31"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char lo[11], hi[11];
        assert_true(wt_date_bounds(cases[i].value, lo, hi));
        assert_string_equal(lo, cases[i].lo);
        assert_string_equal(hi, cases[i].hi);
    }
    static const char *const bad[] = {"2019-02-30", "2019-99-99", "yesterday", "2019-W53", "2019-12/2019-11",
                                      "P3Y", "", "2019-1-5", "20190105", "2019-09-16x", "43739"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char lo[11], hi[11];
        assert_false(wt_date_bounds(bad[i], lo, hi));
    }
}

/* A title and a name right after the closing mark, with no verb, say who
 * spoke; a name that goes on into a clause does not. */
static void a_name_after_a_quote_speaks_without_a_verb(void **state)
{
    (void)state;
    wt_doc *d = run("Presiden Prabowo Subianto menerima tamu dari Rusia di Jakarta.\n\n"
                    "\"Kami bertukar keahlian dan pengalaman dalam membangun pembangkit listrik,\" "
                    "Menteri Luar Negeri Rusia Sergey Lavrov, pada Senin (16/9/2019).\n",
                    "2019-09-16");
    const wt_quote *q = quote_starting(d, "Kami bertukar keahlian");
    assert_non_null(q);
    assert_string_equal(q->kind, "direct");
    assert_string_equal(q->speaker_name, "Sergey Lavrov");
    assert_null(q->verb);
    wt_doc_free(d);
    /* the name goes on into a clause of its own: it did not speak */
    d = run("\"Hubungan kedua negara kini semakin erat dan terus berkembang,\" "
            "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Bandung kemudian.\n",
            "2019-09-16");
    q = quote_starting(d, "Hubungan kedua negara");
    assert_true(!q || !q->speaker_name);
    wt_doc_free(d);
}

/* A quote with no cue goes on from the last quote's speaker, unless
 * another person has been the subject of a sentence since. */
static void a_new_subject_speaks_on(void **state)
{
    (void)state;
    wt_doc *d = run("\"Kami siap memperluas kerja sama energi dengan Indonesia tahun depan,\" kata Presiden Rusia "
                    "Vladimir Putin kepada wartawan.\n\n"
                    "Presiden Indonesia, Prabowo Subianto, mengatakan, pihaknya menyambut baik tawaran tersebut.\n\n"
                    "\"Namun kami masih harus mempelajari rincian tawaran itu bersama para menteri terkait.\"\n",
                    "2025-06-19");
    const wt_quote *q = quote_starting(d, "Namun kami masih harus");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Prabowo Subianto");
    q = quote_starting(d, "Kami siap memperluas");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Vladimir Putin");
    wt_doc_free(d);
}

/* Warnings to someone are threats; a warning that something may happen
 * names no target; an act told inside a claim the sentence calls false,
 * or in a relative clause with no head, is not asserted; an exchange of
 * fire is between both sides. */
static void warnings_claims_and_clefts(void **state)
{
    (void)state;
    wt_doc *d = run("Rusia memperingatkan Ukraina agar tidak menyerang Krimea.\n\n"
                    "Bank Dunia memperingatkan risiko perlambatan di Amerika Serikat dan China.\n\n"
                    "Pasukan India dan Pakistan terlibat baku tembak di perbatasan pada Selasa.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "THREATEN", "RUS", "UKR"));
    assert_null(event_of(d, "THREATEN", "USA", "CHN"));
    for (size_t i = 0; i < d->n_events; i++)
        assert_false(d->events[i].actor1.name && strstr(d->events[i].actor1.name, "Bank Dunia"));
    assert_non_null(event_of(d, "ASSAULT", "IND", "PAK"));
    wt_doc_free(d);
    d = run("Menurut sang menteri, klaim milisi Suriah bahwa merekalah yang melakukan serangan ke Turki sama "
            "sekali tidak kredibel.\n\n"
            "Tokyo menilai bahwa yang melakukan serangan terhadap Korea Selatan adalah sebuah kelompok lain.\n",
            "2019-09-20");
    assert_null(event_of(d, "ASSAULT", "SYR", "TUR"));
    assert_null(event_of(d, "ASSAULT", "JPN", "KOR"));
    wt_doc_free(d);
    /* an attack by money, diplomacy or words is a figure of speech; by
     * arms it is an assault */
    d = run("Pemerintah Rusia, melalui sarana ekonomi dan diplomatik, telah menyerang Ukraina selama bertahun-tahun.\n",
            "2019-09-20");
    assert_null(event_of(d, "ASSAULT", "RUS", "UKR"));
    wt_doc_free(d);
    d = run("Pemerintah Rusia, dengan rudal dan artileri, telah menyerang Ukraina pada Selasa.\n", "2019-09-20");
    assert_non_null(event_of(d, "ASSAULT", "RUS", "UKR"));
    wt_doc_free(d);
}

/* A decision taken is the act; a verb with its object clitic names no new
 * partner; a later clause with its own subject is an event of its own,
 * one without is not. */
static void decisions_clitics_and_second_clauses(void **state)
{
    (void)state;
    wt_doc *d = run("Perdana Menteri Fiji memutuskan untuk mendukung Jepang dalam pemungutan suara itu.\n\n"
                    "Rusia menuduh Ukraina menyerang jembatan itu, sementara Belarus mengecam Polandia.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "SUPPORT", "FJI", "JPN"));
    assert_non_null(event_of(d, "ACCUSE", "RUS", "UKR"));
    assert_non_null(event_of(d, "ACCUSE", "BLR", "POL"));
    wt_doc_free(d);
    d = run("Pemerintah Kanada menuduh Iran memasok drone. Teheran membantahnya dan meminta Ottawa berhenti "
            "menyebarkan tuduhan itu.\n",
            "2019-09-20");
    for (size_t i = 0; i < d->n_events; i++) /* "membantahnya": the denial answers Canada, not the next name */
        assert_false(!strcmp(d->events[i].type, "REJECT") && d->events[i].actor2.country &&
                     strcmp(d->events[i].actor2.country, "CAN") != 0);
    wt_doc_free(d);
}

/* The passive: the subject is the target, the agent after the verb or
 * after "oleh" acts; with no agent written there is no event. */
static void passives(void **state)
{
    (void)state;
    wt_doc *d = run("Kuba dikecam Amerika Serikat karena mengirim tentara ke Venezuela.\n\n"
                    "Korea Utara dikritik oleh Jepang atas uji coba rudal itu.\n\n"
                    "Kedutaan Prancis diserang pada Minggu malam.\n",
                    "2019-09-20");
    const wt_event *e = event_of(d, "ACCUSE", "USA", "CUB");
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "USA");
    e = event_of(d, "ACCUSE", "JPN", "PRK");
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "JPN");
    for (size_t i = 0; i < d->n_events; i++)
        assert_string_not_equal(d->events[i].type, "ASSAULT"); /* "diserang" by nobody named */
    wt_doc_free(d);
    /* "kami" or "pemerintah" inside a quote is the speaker's side */
    d = run("\"Mulai hari ini pemerintah memutuskan hubungan diplomatik dengan Nauru,\" kata Menteri Luar Negeri "
            "Kiribati Taneti Maamau.\n",
            "2019-09-20");
    e = event_of(d, "SANCTION", "KIR", "NRU");
    assert_non_null(e);
    wt_doc_free(d);
}

/* A signature under sanctions is a sanction; what is only suspected is
 * not asserted; a visit to the country's own regions implies no other
 * country; an agreement between an actor and a party written as a common
 * noun implies no other country either. */
static void signatures_suspicions_and_implied_partners(void **state)
{
    (void)state;
    wt_doc *d = run("Jepang telah menandatangani sanksi berat terhadap Korea Utara atas uji coba misilnya.\n\n"
                    "Kelompok itu diduga didukung oleh Iran sejak lama.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "SANCTION", "JPN", "PRK"));
    assert_null(event_of(d, "SUPPORT", "JPN", "PRK"));
    for (size_t i = 0; i < d->n_events; i++)
        assert_false(d->events[i].actor1.country && !strcmp(d->events[i].actor1.country, "IRN"));
    wt_doc_free(d);
    d = run("Presiden Joko Widodo bertemu Perdana Menteri Belanda Mark Rutte di Istana Bogor.\n\n"
            "Jokowi juga telah mengunjungi daerah-daerah di Papua sebanyak 12 kali tahun ini.\n\n"
            "DPR dan pemerintah telah sepakat soal pasal itu, kata anggota Komisi III.\n",
            "2019-09-20");
    size_t consult = 0, agree = 0;
    for (size_t i = 0; i < d->n_events; i++) {
        consult += !strcmp(d->events[i].type, "CONSULT");
        agree += !strcmp(d->events[i].type, "AGREE");
    }
    assert_int_equal(consult, 1); /* the meeting, not the tour of Papua */
    assert_int_equal(agree, 0);
    wt_doc_free(d);
}

/* Read off the random sample of the corpus: subjects joined by "dan"
 * acting with a partner after "dengan" are co-actors; a thing heading a
 * relative clause is its subject; a private person's denial with no
 * other party is no relation between states. */
static void co_actors_things_and_private_denials(void **state)
{
    (void)state;
    wt_doc *d = run("Pejabat Jepang dan Korea Selatan kini bekerja sama dengan polisi Australia.\n\n"
                    "Kementerian Pertahanan Mesir memamerkan drone yang menyerang pangkalan itu sebagai bukti agresi "
                    "Libya.\n\n"
                    "Sebelumnya, Ahmad Fauzan membantah terlibat dalam kasus suap itu.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "COOPERATE", "JPN", "AUS"));
    assert_non_null(event_of(d, "COOPERATE", "KOR", "AUS"));
    assert_null(event_of(d, "COOPERATE", "JPN", "KOR"));
    assert_null(event_of(d, "ASSAULT", "EGY", "LBY"));
    assert_int_equal(events_of_type(d, "REJECT"), 0);
    wt_doc_free(d);
    /* an act one is accused of is alleged; an invitation to everyone
     * implies no other country */
    d = run("Amerika Serikat dan Indonesia membahas kasus itu pekan lalu.\n\n"
            "Trump memilih tidak membalas Iran yang dituduh menyerang kilang minyak Arab Saudi.\n\n"
            "Komisi Pemberantasan Korupsi mengajak semua pihak untuk mengawal kasus itu.\n",
            "2019-09-20");
    assert_null(event_of(d, "ASSAULT", "IRN", "SAU"));
    for (size_t i = 0; i < d->n_events; i++)
        assert_string_not_equal(d->events[i].type, "AGREE");
    wt_doc_free(d);
    /* nor one to all the nation's children, nor to associations at home */
    d = run("Amerika Serikat dan Indonesia membahas perdagangan pekan lalu di Washington.\n\n"
            "Duta Besar Indonesia untuk Amerika Serikat, Rahmat Hidayat mengajak, para asosiasi pelaku usaha dan "
            "industri di Tanah Air untuk terus melakukan ekspor ke Amerika.\n\n"
            "Menteri Perdagangan Indonesia Budi Santoso tiba di Jakarta. Dia pun mengajak semua anak bangsa untuk "
            "meneladaninya.\n",
            "2019-09-20");
    for (size_t i = 0; i < d->n_events; i++)
        assert_string_not_equal(d->events[i].type, "AGREE");
    wt_doc_free(d);
}

/* occupying or annexing a territory: an act upon a place, one event per
 * territory listed, each with its own date; "menduduki peringkat" is no
 * occupation; a planned annexation is no act */
static void territories(void **state)
{
    (void)state;
    wt_doc *d = run("Turki menduduki Siprus Utara pada tahun 1974, dan Armenia menganeksasi Nagorno-Karabakh "
                    "pada tahun 1991, dan Abkhazia pada tahun 1993.\n",
                    "2019-09-20");
    const wt_event *e = event_told_by(d, "Siprus") && d->n_events ? &d->events[0] : NULL;
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "TUR");
    assert_null(e->actor2.country);
    assert_string_equal(e->date, "1974");
    /* "..., dan Armenia menganeksasi": a name before a verb starts a clause, no territory of Turkey's */
    for (size_t i = 0; i < d->n_events; i++)
        assert_false(d->events[i].location && !strcmp(d->events[i].location, "Armenia"));
    wt_doc_free(d);
    d = run("Rusia menduduki Krimea pada Maret 2014, dan Tiongkok menguasai kawasan itu.\n", "2019-09-20");
    e = events_of_type(d, "COERCE") == 1 ? &d->events[0] : NULL;
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "RUS");
    assert_string_equal(e->location, "Krimea");
    assert_string_equal(e->date, "2014-03");
    wt_doc_free(d);
    /* a list: one event per territory, the state taken from as the other party */
    d = run("Israel merebut dan menduduki Yerusalem Timur pada tahun 1967, dan Dataran Tinggi Golan pada tahun 1981 "
            "dari Suriah.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(d, "COERCE"), 2);
    assert_string_equal(d->events[0].date, "1967");
    assert_string_equal(d->events[1].date, "1981");
    assert_string_equal(d->events[1].location, "Dataran Tinggi Golan");
    assert_string_equal(d->events[1].actor2.country, "SYR");
    wt_doc_free(d);
    /* a threat to annex threatens the territory's state; a relative clause
     * on a name after another event of the sentence is that name's act;
     * what is to come takes no year from the rest of the sentence */
    d = run("Yordania mengecam pernyataan Perdana Menteri Israel Benjamin Netanyahu yang menjanjikan akan mencaplok "
            "sebagian wilayah Tepi Barat, yang diduduki Israel sejak 1967.\n",
            "2019-09-20");
    e = event_of(d, "THREATEN", "ISR", "PSE");
    assert_non_null(e);
    assert_null(e->date);
    assert_non_null(event_of(d, "ACCUSE", "JOR", "ISR"));
    wt_doc_free(d);
    d = run("Partai Buruh menduduki peringkat kedua dalam jajak pendapat di Inggris.\n", "2019-09-20");
    assert_int_equal(d->n_events, 0);
    wt_doc_free(d);
    d = run("Yordania mengecam rencana Perdana Menteri Israel, Benjamin Netanyahu mencaplok Lembah Yordan.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(d, "COERCE"), 0);
    assert_non_null(event_of(d, "ACCUSE", "JOR", "ISR"));
    wt_doc_free(d);
}

/* an event's date: never the day an outlet was quoted ("melansir
 * Reuters, Senin (16/9/2019)"), nor one from the next paragraph; an
 * undated telling joins the dated one between the same named parties */
static void dates_of_citations_and_retellings(void **state)
{
    (void)state;
    wt_doc *d = run("Kanada mengecam Rusia atas serangan siber itu, melansir Reuters, Senin (16/9/2019).\n", "2019-09-20");
    const wt_event *e = event_of(d, "ACCUSE", "CAN", "RUS");
    assert_non_null(e);
    assert_null(e->date);
    wt_doc_free(d);
    d = run("Jepang mengecam Korea Utara atas uji coba rudal itu.\n\n"
            "Uji coba itu digelar di lepas pantai timur pada Rabu (18/9/2019).\n",
            "2019-09-20");
    e = event_of(d, "ACCUSE", "JPN", "PRK");
    assert_non_null(e);
    assert_null(e->date);
    wt_doc_free(d);
    /* ... unless the actor speaks in it: it says when the thing was told */
    d = run("Presiden Kenya Uhuru Kenyatta bertemu dengan Presiden Tanzania John Magufuli di Nairobi.\n\n"
            "\"Kami sepakat memperkuat perdagangan,\" kata Kenyatta pada Rabu (18/9/2019).\n",
            "2019-09-20");
    e = event_of(d, "CONSULT", "KEN", "TZA");
    assert_non_null(e);
    assert_non_null(e->date);
    assert_string_equal(e->date, "2019-09-18");
    wt_doc_free(d);
    /* support asked for is not given */
    d = run("Menteri Luar Negeri Indonesia Retno Marsudi juga meminta dukungan Polandia untuk produk kelapa sawit "
            "Indonesia.\n",
            "2019-09-20");
    assert_null(event_of(d, "SUPPORT", "POL", "IDN"));
    assert_non_null(event_of(d, "REQUEST", "IDN", "POL"));
    wt_doc_free(d);
    d = run("Presiden Rusia Vladimir Putin bertemu dengan Presiden Turki Recep Tayyip Erdogan di Sochi pada Kamis "
            "(19/9/2019).\n\n"
            "Sebelumnya, Putin bertemu Erdogan untuk membahas perdagangan, kata juru bicara Kremlin.\n",
            "2019-09-20");
    assert_int_equal(events_of_type(d, "CONSULT"), 1);
    assert_string_equal(d->events[0].date, "2019-09-19");
    assert_int_equal(d->events[0].n_spans, 2);
    wt_doc_free(d);
}

/* a harm announced on a condition threatens those the condition names */
static void conditional_threats(void **state)
{
    (void)state;
    wt_doc *d = run("Menteri Pertahanan Venezuela Vladimir Padrino menegaskan negaranya bakal \"perang total\" jika "
                    "Kolombia atau Amerika Serikat menyerang.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "THREATEN", "VEN", "COL"));
    assert_non_null(event_of(d, "THREATEN", "VEN", "USA"));
    assert_null(event_of(d, "ASSAULT", "COL", "VEN")); /* the attack imagined */
    wt_doc_free(d);
    assert_true(text_has_event("Pemerintah Iran siap berperang jika diserang oleh Israel.\n", "THREATEN", "IRN", "ISR"));
    /* a condition that names nobody threatens nobody */
    d = run("Korea Utara siap membalas jika provokasi terus terjadi di perbatasan.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "THREATEN"), 0);
    wt_doc_free(d);
}

/* what a refusal refuses, whom an appeal asks, whom a speaker met */
static void refusals_appeals_and_obliques(void **state)
{
    (void)state;
    /* a refusal to act is no refusal of the party named in the act */
    assert_false(text_has_event("Pemerintah Mesir menolak untuk keluar dari perjanjian gas dengan Israel.\n", "REJECT",
                                "EGY", "ISR"));
    assert_true(text_has_event("Presiden Brasil Jair Bolsonaro menolak untuk bertemu dengan Presiden Prancis Emmanuel "
                               "Macron.\n",
                               "REJECT", "BRA", "FRA"));
    /* a name after a preposition inside the thing refused is no party */
    assert_false(text_has_event("Parlemen Inggris menolak rancangan anggaran tanpa persetujuan dengan Irlandia.\n",
                                "REJECT", "GBR", "IRL"));
    assert_true(text_has_event("Iran menolak tuduhan Amerika Serikat atas serangan itu.\n", "REJECT", "IRN", "USA"));
    /* "agar" + a common noun: the one asked is not named */
    assert_false(text_has_event("Anggota parlemen Belanda mendesak agar pemerintah memulangkan diplomat Rusia.\n",
                                "REQUEST", "NLD", "RUS"));
    /* the object of "dengan" is no subject of a verb after it ... */
    assert_false(text_has_event("Kepulauan Marshall memutuskan hubungan dengan Taiwan dalam mendukung China.\n",
                                "SUPPORT", "TWN", "CHN"));
    /* ... unless the verb is its own: "..., dengan Teheran membantahnya" */
    assert_true(text_has_event("Arab Saudi menyalahkan Iran atas serangan itu, dengan Teheran membantahnya.\n",
                               "REJECT", "IRN", "SAU"));
    /* a place in a relative clause describes a noun: no partner */
    assert_false(text_has_event("Pemerintah Spanyol menjual senjata yang memuat komponen yang dibuat di Italia ke "
                                "negara-negara di Afrika.\n",
                                "AID", "ESP", "ITA"));
    /* "tidak seluruh" before the subject: nobody in particular acts */
    assert_false(text_has_event("Tidak seluruh pejabat Vanuatu mendukung keputusan Kuba membuka hubungan dengan "
                                "Taiwan.\n",
                                "SUPPORT", "VUT", "CUB"));
    /* "menangkap gambar", "menangkap ikan": no arrest */
    assert_false(text_has_event("Pesawat pengintai Jepang menangkap gambar kapal-kapal perang Rusia di lepas pantai "
                                "Hokkaido.\n",
                                "COERCE", "JPN", "RUS"));
    /* a noun's "untuk" names who receives, not who gives; the agent of
     * another clause's passive is no subject; everyone asked is no partner */
    assert_false(text_has_event("Kehadiran kapal perang Kanada itu dipandang sebagai demonstrasi dukungan untuk Jepang di "
                                "perairan sengketa dengan China.\n",
                                "SUPPORT", "JPN", "CHN"));
    assert_false(text_has_event("Urutan pertama diisi oleh Prancis dengan 20 persen dan 15 persen senjata di pasar dunia "
                                "dipasok oleh Jerman.\n",
                                "AID", "DEU", "FRA"));
    assert_false(text_has_event("Menteri Luar Negeri Inggris menyerukan semua negara untuk mengutuk serangan Suriah.\n",
                                "REQUEST", "GBR", "SYR"));
    /* people met are no state */
    wt_doc *d = run("Presiden Indonesia Joko Widodo membahas hubungan dengan Kanada. \"Waktu saya ke Kanada, saya bertemu "
                    "mungkin dengan 20 mahasiswa kita,\" kata Joko Widodo.\n",
                    "2019-09-20");
    for (size_t i = 0; i < d->n_events; i++)
        assert_string_not_equal(d->events[i].cameo, "040");
    wt_doc_free(d);
}

/* home affairs: a denial naming nobody abroad, an arrival at a home
 * airbase in a story that names another country */
static void home_affairs(void **state)
{
    (void)state;
    wt_doc *d = run("Ketua Umum Partai Gerindra Prabowo Subianto membantah melakukan pertemuan dengan Ketua Umum "
                    "Partai Demokrat.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(d, "REJECT"), 0);
    wt_doc_free(d);
    /* a state of the story denies a role: kept without a named accuser */
    d = run("Arab Saudi menuding Iran mendalangi serangan itu. Iran dan Arab Saudi bersaing di kawasan.\n\n"
            "Iran membantah terlibat.\n",
            "2019-09-20");
    const wt_event *e = NULL;
    for (size_t i = 0; i < d->n_events; i++)
        if (!strcmp(d->events[i].type, "REJECT"))
            e = &d->events[i];
    assert_non_null(e);
    assert_string_equal(e->actor1.country, "IRN");
    wt_doc_free(d);
    /* a vessel from abroad is the state's when it is seized */
    assert_true(text_has_event("Kementerian Kelautan dan Perikanan menangkap satu kapal ikan asing asal Malaysia.\n",
                               "COERCE", "IDN", "MYS"));
    d = run("Presiden Indonesia Joko Widodo membahas kebakaran hutan. Wali kota Pekanbaru justru berangkat ke Kanada.\n\n"
            "Joko Widodo tiba di Lanud Roesmin Nurjadin Pekanbaru pada Senin (16/9/2019) malam.\n",
            "2019-09-20");
    assert_null(event_of(d, "CONSULT", "IDN", "CAN"));
    wt_doc_free(d);
}

/* a speaker after a long title and the body it serves; a spokesman
 * named by his body alone; a quote in a "bahwa" clause is the sayer's */
static void speakers_by_office_and_body(void **state)
{
    (void)state;
    wt_doc *d = run("Juru bicara militer Houthi, Brigadir Yusuf Hamdan mengatakan serangan itu diluncurkan dari Yaman.\n\n"
                    "Kanada dan Jepang \"sepakat bahwa serangan itu harus diselidiki secara tuntas,\" kata juru bicara "
                    "Kementerian Luar Negeri Kanada Emily Tremblay dalam sebuah pernyataan.\n\n"
                    "\"Jika Anda menginginkan keamanan, maka hentikan perang di Yaman,\" kata juru bicara Houthi.\n\n"
                    "Pejabat senior Palestina Hanan Ashrawi, mengatakan kepada kantor berita AFP, bahwa Netanyahu "
                    "\"telah merusak semua peluang perdamaian di kawasan itu.\"\n",
                    "2019-09-20");
    assert_quote_by(d, "sepakat bahwa", "Emily Tremblay");
    assert_quote_by(d, "Jika Anda", "Yusuf Hamdan");
    assert_quote_by(d, "telah merusak", "Hanan Ashrawi");
    wt_doc_free(d);
}

/* reported speech: verbs of claim, promise and blame report too; a
 * denial reports nothing, and the denier's second verb opens its own
 * report; marked words after a comma are no reported speech */
static void reported_speech_verbs(void **state)
{
    (void)state;
    wt_doc *d = run("Kementerian Luar Negeri Kanada membantah terlibat dalam serangan siber itu dan mengatakan tuduhan "
                    "tersebut tidak berdasar.\n\n"
                    "Menteri Luar Negeri Swedia Ann Linde mengaku prihatin atas keputusan itu.\n\n"
                    "Perdana Menteri Kanada Justin Trudeau berharap kedua negara segera kembali berunding.\n",
                    "2019-09-20");
    const wt_quote *q = quote_starting(d, "tuduhan tersebut tidak berdasar");
    assert_non_null(q);
    assert_string_equal(q->kind, "indirect");
    assert_string_equal(q->speaker_name, "Kementerian Luar Negeri Kanada");
    assert_null(quote_starting(d, "terlibat dalam serangan siber itu")); /* what is denied: no words of theirs */
    q = quote_starting(d, "prihatin atas keputusan itu");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Ann Linde");
    q = quote_starting(d, "kedua negara segera kembali berunding");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Justin Trudeau");
    wt_doc_free(d);
    /* the subject before adverbs, a comma, or a phrase of time or channel */
    d = run("Sempat mengatakan bahwa ia lelah, pelatih itu pulang.\n\n"
            "Menteri Luar Negeri Swedia Ann Linde dalam sebuah pernyataan Rabu (18/9/2019) mengatakan bahwa serangan "
            "itu melanggar hukum internasional.\n\n"
            "Perdana Menteri Kanada Justin Trudeau telah mengakui bahwa kebijakan itu keliru.\n\n"
            "Kanselir Jerman Angela Merkel, mengatakan, Inggris masih bisa meninggalkan Uni Eropa dengan tertib.\n\n"
            "Presiden Rusia Vladimir Putin menjawab pertanyaan tentang serangan itu.\n",
            "2019-09-20");
    q = quote_starting(d, "serangan itu melanggar");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Ann Linde");
    q = quote_starting(d, "kebijakan itu keliru");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Justin Trudeau");
    q = quote_starting(d, "Inggris masih bisa");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Angela Merkel");
    assert_null(quote_starting(d, "pertanyaan tentang"));
    wt_doc_free(d);
}

/* arms bought are the seller's supply to the buyer; no seller, no event */
static void arms_bought(void **state)
{
    (void)state;
    assert_true(text_has_event("Mesir memutuskan untuk membeli jet tempur Su-35 dari Rusia.\n", "AID", "RUS", "EGY"));
    assert_true(text_has_event("India membeli sistem rudal buatan Israel tahun lalu.\n", "AID", "ISR", "IND"));
    /* a beneficiary is no seller; a suggestion to buy is no purchase */
    assert_false(text_has_event("Kanada membeli senjata untuk Ukraina.\n", "AID", "UKR", "CAN"));
    assert_false(text_has_event("Presiden Prancis menyarankan Yunani untuk membeli kapal perang dari Prancis.\n", "AID",
                                "FRA", "GRC"));
    /* advised by the seller's own state, a purchase is its offer; advised
     * by another, nobody offers; either way nothing is sold */
    assert_true(text_has_event("Presiden Prancis Emmanuel Macron menyarankan Yunani untuk membeli kapal perang dari "
                               "Prancis.\n", "AGREE", "FRA", "GRC"));
    assert_false(text_has_event("Presiden Rusia Vladimir Putin mengajak Mesir membeli jet tempur Rusia.\n", "AID", "RUS",
                                "EGY"));
    assert_true(text_has_event("Presiden Rusia Vladimir Putin mengajak Mesir membeli jet tempur Rusia.\n", "AGREE", "RUS",
                               "EGY"));
    assert_false(text_has_event("Presiden Prancis Emmanuel Macron menyarankan Polandia untuk membeli tank buatan "
                                "Jerman.\n", "AGREE", "FRA", "POL"));
    assert_false(text_has_event("Presiden Prancis Emmanuel Macron menyarankan Polandia untuk membeli tank buatan "
                                "Jerman.\n", "AID", "DEU", "POL"));
    /* "S-300 kami, dan seperti ... Presiden Turki": the thing bought ends at the comma */
    assert_false(text_has_event("\"Mesir perlu membuat keputusan cerdas, seperti yang dilakukan Iran dengan membeli "
                                "S-300 kami, dan seperti yang dilakukan (Presiden Turki) Erdogan,\" kata Putin.\n",
                                "AID", "TUR", "EGY"));
}

/* criticism voiced by a verb of saying accuses; "keputusan itu" is the
 * decision of the latest actor of another state told before */
static void criticism_voiced(void **state)
{
    (void)state;
    assert_true(text_has_event("Menteri Luar Negeri Iran Mohammad Javad Zarif menyampaikan kecaman keras terhadap "
                               "Israel.\n", "ACCUSE", "IRN", "ISR"));
    const char *decided = "Pemerintah Kepulauan Solomon memutuskan untuk mendukung Beijing. Presiden Taiwan Tsai Ing-wen "
                          "mengungkapkan \"kekecewaan dan kecaman\" atas keputusan itu.\n";
    assert_true(text_has_event(decided, "ACCUSE", "TWN", "SLB"));
    /* the latest decision is Taiwan's own: the one before it is meant */
    const char *own = "Kepulauan Solomon memutuskan untuk mendukung Beijing. Taiwan lalu memutuskan hubungan diplomatik "
                      "dengan Kepulauan Solomon. Menteri Luar Negeri China Wang Yi mengecam langkah tersebut.\n";
    assert_true(text_has_event(own, "ACCUSE", "CHN", "TWN"));
}

/* a claim called false by the one who speaks rejects the claimant */
static void claims_dismissed(void **state)
{
    (void)state;
    assert_true(text_has_event("Menteri Luar Negeri Jerman Heiko Maas mengatakan pada Selasa (10/9), klaim Rusia bahwa "
                               "pasukannya tidak berada di Ukraina \"tidak benar.\"\n", "REJECT", "DEU", "RUS"));
    assert_true(text_has_event("Menteri Luar Negeri Jerman Heiko Maas menegaskan bahwa tuduhan Rusia terhadap Berlin "
                               "tidak berdasar.\n", "REJECT", "DEU", "RUS"));
    /* what a claim says stays false: no attack by the claimant */
    assert_false(text_has_event("Menteri Luar Negeri Jerman Heiko Maas mengatakan, klaim Rusia bahwa Ukraina menyerang "
                                "Krimea tidak benar.\n", "ASSAULT", "UKR", "RUS"));
    /* a claim not called false rejects nobody */
    assert_false(text_has_event("Menteri Luar Negeri Jerman Heiko Maas mengatakan, klaim Rusia itu mungkin benar.\n",
                                "REJECT", "DEU", "RUS"));
}

/* joining a coalition: a step followed was taken by both; a noun of
 * joining needs the coalition, whose leader (never the place where it
 * acts) is the partner */
static void coalitions_joined(void **state)
{
    (void)state;
    const char *follows = "Uni Emirat Arab mengikuti langkah Arab Saudi untuk bergabung dengan misi maritim pimpinan "
                          "Amerika Serikat.\n";
    assert_true(text_has_event(follows, "COOPERATE", "SAU", "USA"));
    assert_true(text_has_event(follows, "COOPERATE", "ARE", "USA"));
    assert_true(text_has_event("Inggris bergabung dengan misi maritim pimpinan Amerika Serikat di Teluk. Bergabungnya "
                               "Australia ke dalam misi tersebut diumumkan kemarin.\n", "COOPERATE", "AUS", "USA"));
    wt_doc *d = run("Arab Saudi memimpin koalisi militer di Yaman. Keputusan bergabungnya Sudan ke dalam koalisi itu "
                    "dikritik.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "COOPERATE"), 0);
    wt_doc_free(d);
    d = run("Bergabungnya Inggris dengan Uni Eropa pada 1973 mengubah perdagangan kedua pihak.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "COOPERATE"), 0);
    wt_doc_free(d);
}

/* "kelompok militan tersebut" is the non-state group named before; a
 * state or group that kills assaults, a person who kills does not */
static void groups_named_back(void **state)
{
    (void)state;
    assert_true(text_has_event("Presiden AS Donald Trump menolak bertemu delegasi Taliban setelah kelompok militan "
                               "tersebut mengaku telah membunuh seorang tentara AS.\n", "ASSAULT", "AFG", "USA"));
    assert_true(text_has_event("Juru bicara Houthi berbicara kepada wartawan. Ia mengatakan bahwa kelompok itu telah "
                               "melakukan serangan ke Arab Saudi.\n", "ASSAULT", "YEM", "SAU"));
    assert_true(text_has_event("Pasukan Israel membunuh tiga warga Palestina di Tepi Barat.\n", "ASSAULT", "ISR", "PSE"));
    wt_doc *d = run("Menteri Luar Negeri Iran Mohammad Javad Zarif tiba di Kuala Lumpur. Seorang pria diadili di "
                    "Singapura karena dia membunuh seorang perawat asal China.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "ASSAULT"), 0);
    wt_doc_free(d);
}

/* an attack condemned is the latest attack told; a verb after a quote's
 * cue is its speaker's; a condition inside a closed quotation governs
 * nothing after it */
static void attacks_condemned(void **state)
{
    (void)state;
    const char *text = "Kelompok Taliban menyerang pangkalan militer AS di Kabul. Presiden AS Donald Trump berbicara di "
                       "Gedung Putih. \"Kami tidak akan bertemu mereka jika mereka terus membunuh,\" ujarnya, mengutuk "
                       "serangan yang menewaskan seorang tentara AS.\n";
    assert_true(text_has_event(text, "ACCUSE", "USA", "AFG"));
    assert_false(text_has_event(text, "ACCUSE", "USA", "USA"));
    /* the victims of the attack are not the ones accused */
    assert_true(text_has_event("Kelompok Houthi menyerang kilang minyak Arab Saudi. Menteri Luar Negeri Inggris Dominic "
                               "Raab mengutuk serangan itu.\n", "ACCUSE", "GBR", "YEM"));
}

/* "antara A dan B" after the thing a verb acts upon names that thing's
 * parties, not the act's; after a noun of meeting, its own */
static void parties_of_a_thing(void **state)
{
    (void)state;
    assert_false(text_has_event("Presiden Prancis Emmanuel Macron mendukung perjanjian nuklir antara Iran dan "
                                "negara-negara besar.\n", "SUPPORT", "FRA", "IRN"));
    assert_true(text_has_event("Presiden Prancis Emmanuel Macron mendukung Iran.\n", "SUPPORT", "FRA", "IRN"));
    assert_true(text_has_event("Delegasi Kementerian Komunikasi Malaysia berada di Jakarta. \"Tujuan kunjungan ini "
                               "untuk mempererat persahabatan antara Malaysia dan Indonesia,\" kata seorang "
                               "pejabat.\n", "CONSULT", "MYS", "IDN"));
}

/* a promise to leave a party is no agreement with it */
static void promises_to_leave(void **state)
{
    (void)state;
    wt_doc *d = run("Perdana Menteri Inggris Boris Johnson berjanji meninggalkan Uni Eropa pada 31 Oktober.\n",
                    "2019-09-20");
    assert_int_equal(events_of_type(d, "AGREE"), 0);
    wt_doc_free(d);
    assert_true(text_has_event("Perdana Menteri Inggris Boris Johnson berjanji membantu Ukraina.\n", "AGREE", "GBR",
                               "UKR"));
}

/* the subject of a di- verb is the noun right before it: a thing there
 * (an attack) is no party, a name there is */
static void passive_subjects(void **state)
{
    (void)state;
    wt_doc *d = run("Arab Saudi merilis bukti bahwa serangan itu didukung oleh Iran.\n", "2019-09-20");
    assert_int_equal(events_of_type(d, "SUPPORT"), 0);
    wt_doc_free(d);
    assert_true(text_has_event("Kelompok Houthi yang selama ini didukung Iran mengklaim serangan itu.\n", "SUPPORT", "IRN",
                               "YEM"));
    assert_true(text_has_event("Pemerintah Suriah didukung oleh Rusia dalam perang saudara.\n", "SUPPORT", "RUS", "SYR"));
}

/* evidence of someone's role, and a name that is an insult, accuse */
static void evidence_and_insults(void **state)
{
    (void)state;
    assert_true(text_has_event("Inggris merilis bukti baru yang menguatkan peran Rusia dalam serangan siber itu.\n",
                               "ACCUSE", "GBR", "RUS"));
    assert_true(text_has_event("Presiden Venezuela Nicolas Maduro menyebut Presiden Kolombia Ivan Duque sebagai "
                               "\"pembohong besar\".\n",
                               "ACCUSE", "VEN", "COL"));
    /* a name that is no insult, evidence of no one's role */
    assert_false(text_has_event("Presiden Chile menyebut Presiden Peru sebagai sahabat lama.\n", "ACCUSE", "CHL",
                                "PER"));
    assert_false(text_has_event("Inggris merilis bukti baru tentang serangan siber di Rusia.\n", "ACCUSE", "GBR", "RUS"));
    /* a comma after a verb of saying opens what is said, as "bahwa" does */
    assert_true(text_has_event("Seorang pejabat Inggris yang tidak mau disebutkan namanya mengatakan, Presiden Suriah "
                               "Bashar al-Assad memerintahkan serangan itu.\n",
                               "ACCUSE", "GBR", "SYR"));
    /* a right of reply rejects the statement it answers */
    assert_true(text_has_event("Delegasi Filipina menyampaikan hak jawabnya untuk menanggapi pernyataan Islandia di "
                               "Dewan HAM PBB.\n",
                               "REJECT", "PHL", "ISL"));
}

/* a cleft names the actors after "adalah"; a coalition joined is its
 * leader's, found back in the story when it is "tersebut" */
static void clefts_and_coalitions(void **state)
{
    (void)state;
    wt_doc *d = run("Jepang memutuskan bergabung dengan koalisi patroli pimpinan Prancis di Selat Hormuz.\n\n"
                    "Sejauh ini negara-negara yang telah bergabung dengan koalisi tersebut adalah Belanda, Denmark dan "
                    "Yunani.\n",
                    "2019-09-20");
    assert_non_null(event_of(d, "COOPERATE", "JPN", "FRA"));
    assert_non_null(event_of(d, "COOPERATE", "NLD", "FRA"));
    assert_non_null(event_of(d, "COOPERATE", "DNK", "FRA"));
    assert_non_null(event_of(d, "COOPERATE", "GRC", "FRA"));
    wt_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar),
        cmocka_unit_test(warnings_claims_and_clefts),
        cmocka_unit_test(decisions_clitics_and_second_clauses),
        cmocka_unit_test(passives),
        cmocka_unit_test(signatures_suspicions_and_implied_partners),
        cmocka_unit_test(co_actors_things_and_private_denials),
        cmocka_unit_test(territories),
        cmocka_unit_test(dates_of_citations_and_retellings),
        cmocka_unit_test(conditional_threats),
        cmocka_unit_test(refusals_appeals_and_obliques),
        cmocka_unit_test(home_affairs),
        cmocka_unit_test(speakers_by_office_and_body),
        cmocka_unit_test(reported_speech_verbs),
        cmocka_unit_test(clefts_and_coalitions),
        cmocka_unit_test(arms_bought),
        cmocka_unit_test(evidence_and_insults),
        cmocka_unit_test(criticism_voiced),
        cmocka_unit_test(claims_dismissed),
        cmocka_unit_test(coalitions_joined),
        cmocka_unit_test(groups_named_back),
        cmocka_unit_test(attacks_condemned),
        cmocka_unit_test(parties_of_a_thing),
        cmocka_unit_test(promises_to_leave),
        cmocka_unit_test(passive_subjects),
        cmocka_unit_test(metadata_dates),
        cmocka_unit_test(absolute_dates_and_the_document_date),
        cmocka_unit_test(month_and_weekday_spellings),
        cmocka_unit_test(days_without_a_year),
        cmocka_unit_test(relative_dates_ranges_and_durations),
        cmocka_unit_test(numbers_of_laws_are_no_dates),
        cmocka_unit_test(quantities),
        cmocka_unit_test(quotations_and_speakers),
        cmocka_unit_test(reporting_verbs_in_any_case),
        cmocka_unit_test(speakers_described_and_continued),
        cmocka_unit_test(kin_named_in_passing),
        cmocka_unit_test(subjects_below_what_is_said),
        cmocka_unit_test(holder_after_a_rank_spelt_out),
        cmocka_unit_test(quoted_paragraphs_closed_by_a_cue),
        cmocka_unit_test(speakers_described_without_a_parse),
        cmocka_unit_test(speakers_before_a_relative_clause),
        cmocka_unit_test(event_patterns),
        cmocka_unit_test(negated_and_hypothetical_are_no_events),
        cmocka_unit_test(one_event_told_twice),
        cmocka_unit_test(only_asserted_interstate_events),
        cmocka_unit_test(events_are_dated_by_their_own_text),
        cmocka_unit_test(visits_ranges_and_partners),
        cmocka_unit_test(actors_skip_relative_clauses),
        cmocka_unit_test(a_subjects_own_name_before_its_modifiers),
        cmocka_unit_test(both_countries_are_the_ones_just_named),
        cmocka_unit_test(a_decree_signed_is_no_agreement),
        cmocka_unit_test(a_return_visit_is_another_visit),
        cmocka_unit_test(a_time_clause_holds_no_partner),
        cmocka_unit_test(a_pronoun_partner_is_a_person),
        cmocka_unit_test(a_company_named_is_the_partner),
        cmocka_unit_test(offices_of_police_and_companies),
        cmocka_unit_test(the_other_country_only_of_two),
        cmocka_unit_test(speakers_behind_bodies_and_channels),
        cmocka_unit_test(pronoun_subjects_and_titled_targets),
        cmocka_unit_test(hopes_are_appeals),
        cmocka_unit_test(blame_in_a_that_clause),
        cmocka_unit_test(cancelled_meetings),
        cmocka_unit_test(officials_over_private_people),
        cmocka_unit_test(accused_acts_and_apologies),
        cmocka_unit_test(criticism_drawn_and_protests),
        cmocka_unit_test(groups_and_coordinated_verbs),
        cmocka_unit_test(phrases_in_quotes),
        cmocka_unit_test(welcomes_and_answers),
        cmocka_unit_test(denials_answer_the_accuser),
        cmocka_unit_test(security_and_diplomacy_domains),
        cmocka_unit_test(force_is_security),
        cmocka_unit_test(the_dead_and_envoys_at_post_are_no_partners),
        cmocka_unit_test(money_and_film_are_no_arrest),
        cmocka_unit_test(the_partner_of_a_call_is_not_asked),
        cmocka_unit_test(the_place_of_a_purpose_is_not_supported),
        cmocka_unit_test(the_subjects_relative_clause_does_not_act),
        cmocka_unit_test(an_attack_talked_about_is_not_the_subjects),
        cmocka_unit_test(a_list_after_support_is_not_its_recipient),
        cmocka_unit_test(a_planned_attack_is_no_attack),
        cmocka_unit_test(the_one_reporting_an_attack_did_not_make_it),
        cmocka_unit_test(an_unknown_partner_is_still_written),
        cmocka_unit_test(an_earlier_object_does_not_act),
        cmocka_unit_test(a_visit_of_respects_is_no_meeting),
        cmocka_unit_test(a_fronted_phrase_ends_at_its_comma),
        cmocka_unit_test(a_name_after_a_condemned_attack_is_no_attacker),
        cmocka_unit_test(an_offer_to_the_people_is_to_no_state),
        cmocka_unit_test(a_contractor_is_no_state),
        cmocka_unit_test(reflexive_objects_are_no_party),
        cmocka_unit_test(connectives_are_no_quotes),
        cmocka_unit_test(titles_are_no_quotes),
        cmocka_unit_test(verbless_speakers_and_paragraphs),
        cmocka_unit_test(offices_joined_by_a_slash),
        cmocka_unit_test(connectives_before_a_cue_are_left_out),
        cmocka_unit_test(glued_marks_open),
        cmocka_unit_test(a_report_before_a_lost_mark_is_narration),
        cmocka_unit_test(a_view_told_before_a_lost_mark_is_narration),
        cmocka_unit_test(a_subject_after_the_quote_speaks),
        cmocka_unit_test(the_one_seen_does_not_speak),
        cmocka_unit_test(tweets_and_hopes_are_cues),
        cmocka_unit_test(demikian_names_the_source),
        cmocka_unit_test(the_one_spoken_to_does_not_speak),
        cmocka_unit_test(menurutnya_follows_the_new_subject),
        cmocka_unit_test(the_one_told_is_not_reported),
        cmocka_unit_test(a_text_that_reads_is_no_statement),
        cmocka_unit_test(said_that_before_is_no_statement),
        cmocka_unit_test(the_object_of_a_relative_clause_does_not_speak),
        cmocka_unit_test(a_view_before_a_quotation_speaks_on),
        cmocka_unit_test(the_person_in_a_view_does_not_speak),
        cmocka_unit_test(a_named_speaker_since_the_subject_speaks_on),
        cmocka_unit_test(an_unnamed_voice_goes_on),
        cmocka_unit_test(the_reported_subject_does_not_speak),
        cmocka_unit_test(news_agencies_are_no_actors),
        cmocka_unit_test(countries_do_not_speak),
        cmocka_unit_test(towns_are_no_actors),
        cmocka_unit_test(matters_are_no_parties),
        cmocka_unit_test(subjects_of_subordinate_clauses),
        cmocka_unit_test(actors_stay_in_their_clause),
        cmocka_unit_test(two_countries_agree),
        cmocka_unit_test(denials_answer_the_other_country),
        cmocka_unit_test(coordinated_verbs_share_the_subject),
        cmocka_unit_test(venues_and_groups_are_no_partners),
        cmocka_unit_test(date_values_cover_days),
        cmocka_unit_test(a_name_after_a_quote_speaks_without_a_verb),
        cmocka_unit_test(a_new_subject_speaks_on),
        cmocka_unit_test(listed_names_share_their_part),
        cmocka_unit_test(a_country_named_once_is_not_the_story),
        cmocka_unit_test(a_gloss_belongs_to_its_head),
        cmocka_unit_test(far_from_it_is_no_event),
        cmocka_unit_test(a_closed_quotation_is_no_subject),
        cmocka_unit_test(an_agreement_to_act_names_its_partner_with_dengan),
        cmocka_unit_test(a_condition_keeps_its_own_date_and_place),
        cmocka_unit_test(a_blamed_attack_keeps_its_date),
        cmocka_unit_test(armed_forces_by_kind_of_act),
        cmocka_unit_test(a_standing_relation_has_no_date),
        cmocka_unit_test(the_asked_is_the_object),
        cmocka_unit_test(a_call_is_no_meeting),
        cmocka_unit_test(the_wording_of_a_text),
        cmocka_unit_test(an_unnamed_spokesperson),
        cmocka_unit_test(a_name_in_what_is_said),
        cmocka_unit_test(the_subject_of_what_is_said),
        cmocka_unit_test(a_body_speaks_by_its_text),
        cmocka_unit_test(an_acronym_is_no_part_of_a_name),
        cmocka_unit_test(closing_verbs_and_the_speaker_before),
        cmocka_unit_test(closing_verbs_before_a_phrase),
        cmocka_unit_test(phrases_between_the_speaker_and_the_verb),
        cmocka_unit_test(the_one_a_fate_befalls_is_no_party),
        cmocka_unit_test(statements_attributed_after_them),
        cmocka_unit_test(places_of_matters_and_relative_clauses),
        cmocka_unit_test(a_unit_and_a_rank_before_the_name),
        cmocka_unit_test(the_name_apposed_to_an_office_speaks),
        cmocka_unit_test(a_bracketed_office_before_the_name),
        cmocka_unit_test(an_office_without_a_name_is_no_guess),
        cmocka_unit_test(the_relative_is_not_the_one_named),
        cmocka_unit_test(instances_are_talked_about),
    };
    return cmocka_run_group_tests_name("facts", tests, NULL, NULL);
}
