#!/usr/bin/env bash
# Command-line tests: the warta command end to end, on the sample articles
# and on bad input. Prints "ok"/"FAIL" per check and "cli: N passed, M failed".
set -u
BUILD=${BUILD:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
W="$root/$BUILD/warta"
tmp=$(mktemp -d /tmp/warta-cli-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
. "$root/tests/lib.sh"
sanitized=0
case "$BUILD" in *san*) sanitized=1 ;; esac

# --- the sample articles ---
"$W" extract "$root/samples" >"$tmp/samples.jsonl" 2>"$tmp/samples.err"
rc=$?
check "extract samples exits 0" test "$rc" -eq 0
n=$(wc -l <"$tmp/samples.jsonl")
nfiles=$(find "$root/samples" -type f -name '*.txt' | wc -l)
check "one JSON line per sample ($n of $nfiles)" test "$n" -eq "$nfiles"
check "at least 12 samples" test "$nfiles" -ge 12
# (jq -e alone judges only the last line: every check slurps with -s)
check "every line has the contract keys" \
    jq -s -e 'all(.[]; has("id") and has("source") and has("title") and has("date") and has("text")
           and has("sentences") and has("entities") and has("dates") and has("quantities") and has("quotes")
           and has("events"))' "$tmp/samples.jsonl"
check "sentence offsets lie inside the text" \
    jq -s -e 'all(.[]; (.text | utf8bytelength) as $n | all(.sentences[]; .start < .end and .end <= $n))' \
    "$tmp/samples.jsonl"
check "token offsets lie inside their sentence" \
    jq -s -e 'all(.[]; all(.sentences[]; . as $s | all(.tokens[]; .[0] >= $s.start and .[1] <= $s.end)))' \
    "$tmp/samples.jsonl"
# samples whose first line is the headline (the others start with menu
# leftovers that the cleaner removes: see docs/clean.md)
check "headline first lines become titles" \
    jq -s -e '[.[] | select(.title != null and (.title | length) > 20)] | length >= 10' "$tmp/samples.jsonl"
check "extract is deterministic" bash -c "'$W' extract '$root/samples' | cmp - '$tmp/samples.jsonl'"
check "-j 2 gives the same output as -j 1" bash -c "'$W' extract -j 2 '$root/samples' | cmp - '$tmp/samples.jsonl'"
check "--no-tokens drops tokens" bash -c "'$W' extract --no-tokens '$root/samples' | jq -s -e 'all(.[]; .sentences[0] | has(\"tokens\") | not)'"

# --- the library handle (issue: libwarta as a real library) ---
check "-j 16 gives the same output as -j 1" bash -c "'$W' extract -j 16 '$root/samples' | cmp - '$tmp/samples.jsonl'"
if [ "$sanitized" -eq 0 ]; then
    check "-j 64 gives the same output as -j 1" bash -c "'$W' extract -j 64 '$root/samples' | cmp - '$tmp/samples.jsonl'"
    click="$root/../shared/data/click-id-news/sindonews.jsonl"
    if [ -r "$click" ]; then
        head -2000 "$click" >"$tmp/click2k.jsonl"
        "$W" extract -q "$tmp/click2k.jsonl" >"$tmp/click-j1.jsonl"
        check "-j 64 gives the same output as -j 1 on 2,000 CLICK-ID articles" \
            bash -c "'$W' extract -q -j 64 '$tmp/click2k.jsonl' | cmp - '$tmp/click-j1.jsonl'"
        check "every CLICK-ID article keeps its source" \
            bash -c "test \"\$(jq -r .source '$tmp/click-j1.jsonl' | sort -u)\" = sindonews.com"
    else
        echo "skip -j 64 on CLICK-ID (../shared/data/click-id-news absent)"
    fi
fi
check "-j 0 means one worker per core" bash -c "'$W' extract -j 0 '$root/samples' | cmp - '$tmp/samples.jsonl'"
"$W" extract -j 257 "$root/samples" >/dev/null 2>"$tmp/j.err"
check "-j over the cap exits 2, naming the flag" bash -c "test $? -eq 2 && grep -q -- '--jobs: expected a whole number from 0 to 256' '$tmp/j.err'"
WARTA_NER_MODEL=/nonexistent/ner.model "$W" extract "$root/samples" >"$tmp/nomodel.jsonl" 2>"$tmp/nomodel.err"
check "a missing model stops the run (exit 2), named" \
    bash -c "test $? -eq 2 && grep -q '/nonexistent/ner.model: cannot open' '$tmp/nomodel.err' && ! test -s '$tmp/nomodel.jsonl'"
printf 'not a model\n' | gzip >"$tmp/wrong.model"
"$W" extract --ner-model "$tmp/wrong.model" "$root/samples" >/dev/null 2>"$tmp/wrong.err"
check "a model of another kind or version is refused, named" bash -c "test $? -eq 2 && grep -q 'wrong.model:1: not a Warta NER model' '$tmp/wrong.err'"
check "--no-ner runs on the knowledge base alone" \
    bash -c "'$W' extract --no-ner '$root/samples/01-rusia-indonesia-nuklir.txt' | jq -e '(.model_version | startswith(\"none\")) and ([.entities[].name] | index(\"Sergey Lavrov\"))'"
printf '# extra entries\nperson\tNama Contoh Orang\tContoh Orang\tKEN\tforeign_minister\t2019\t\n' >"$tmp/extra.kb"
printf 'Menteri Luar Negeri Nama Contoh Orang tiba di Jakarta pada Selasa.\n\nIa bertemu Menteri Luar Negeri Retno Marsudi.\n' >"$tmp/kbdoc.txt"
check "--kb adds knowledge-base entries at run time" \
    bash -c "'$W' extract --kb '$tmp/extra.kb' '$tmp/kbdoc.txt' | jq -e '[.entities[] | select(.name == \"Nama Contoh Orang\" and .country == \"KEN\")] | length == 1'"
printf 'person\tNama Orang\t\tKEN\tforeign_minister\n' >"$tmp/bad.kb"
"$W" extract --kb "$tmp/bad.kb" "$tmp/kbdoc.txt" >/dev/null 2>"$tmp/badkb.err"
check "a malformed --kb line stops the run (exit 2), named by file and line" \
    bash -c "test $? -eq 2 && grep -q 'bad.kb:1: expected NAME<TAB>ALIASES<TAB>ALPHA3 or -<TAB>ROLE<TAB>FROM' '$tmp/badkb.err'"
printf '{"id":"u1","text":"Teks dengan bait rusak \xff di tengah kalimat ini."}\n' >"$tmp/badutf.jsonl"
"$W" extract "$tmp/badutf.jsonl" >/dev/null 2>"$tmp/badutf.err"
check "invalid UTF-8 is reported on stderr as FILE:LINE" grep -q "badutf.jsonl:1: 1 invalid UTF-8 byte" "$tmp/badutf.err"
"$W" extract -q "$tmp/badutf.jsonl" >"$tmp/badutf-q.jsonl" 2>"$tmp/badutf-q.err"
check "-q silences document warnings; the record keeps them" \
    bash -c "! test -s '$tmp/badutf-q.err' && jq -e '.warnings | length == 1' '$tmp/badutf-q.jsonl'"
cp "$root/tests/fuzz/seeds/files/one.warc" "$tmp/crawl"
gzip -c "$root/tests/fuzz/seeds/files/one.warc" >"$tmp/crawl.gz"
check "a WARC without its extension is read as WARC" bash -c "'$W' extract '$tmp/crawl' 2>/dev/null | jq -e '.url == \"https://x.example/\"'"
check "a gzipped WARC on standard input is read as WARC" bash -c "'$W' extract - <'$tmp/crawl.gz' 2>/dev/null | jq -e '.url == \"https://x.example/\"'"
check "a plain WARC on standard input is read as WARC" bash -c "'$W' extract - <'$tmp/crawl' 2>/dev/null | jq -e '.url == \"https://x.example/\"'"
printf '[{"id":"a1","text":"Satu dua tiga empat lima.","source":"contoh.id","date":"2019-11-20T06:35:39+0000"},\n {"text":"Enam tujuh delapan sembilan."}]\n' >"$tmp/records.json"
"$W" extract "$tmp/records.json" >"$tmp/records.jsonl" 2>/dev/null
check "a .json file holding a JSON array gives one record per element" test "$(wc -l <"$tmp/records.jsonl")" -eq 2
check "the input's source is kept" bash -c "head -1 '$tmp/records.jsonl' | jq -e '.source == \"contoh.id\" and (.meta | has(\"source\") | not)'"
check "an ISO date with a zone is normalised (+0000 -> +00:00)" bash -c "head -1 '$tmp/records.jsonl' | jq -e '.date == \"2019-11-20T06:35:39+00:00\"'"
printf '[{"text":"Satu dua tiga empat."}, {"text": ' >"$tmp/cut.json"
timeout 20 "$W" extract "$tmp/cut.json" "$root/samples/01-rusia-indonesia-nuklir.txt" >"$tmp/cut.out" 2>"$tmp/cut.err"
rc=$?
check "a malformed JSON array is reported once, named, and the rest is read" \
    bash -c "test $rc -eq 1 && test \$(grep -c 'cut.json:1: byte [0-9]*: malformed JSON' '$tmp/cut.err') -eq 1 && test \$(wc -l <'$tmp/cut.out') -eq 1"
printf '[{"text":"Satu dua tiga empat lima."}, 42, {"text":"Enam tujuh delapan sembilan."}]' >"$tmp/mixed.json"
"$W" extract "$tmp/mixed.json" >"$tmp/mixed.out" 2>"$tmp/mixed.err"
rc=$?
check "a JSON array element that is no record is named, the others read (exit 1)" \
    bash -c "test $rc -eq 1 && grep -q 'mixed.json: record 2: a record must be a JSON object' '$tmp/mixed.err' && test \$(wc -l <'$tmp/mixed.out') -eq 2"
"$W" extract --kb /nonexistent/extra.kb "$root/samples" >/dev/null 2>"$tmp/nokb.err"
check "an unreadable --kb file stops the run (exit 2), named" bash -c "test $? -eq 2 && grep -q '/nonexistent/extra.kb: cannot open' '$tmp/nokb.err'"
"$W" extract --topic-model /nonexistent/topic.model "$root/samples" >/dev/null 2>"$tmp/notopic.err"
check "a named topic model that cannot be read stops the run (exit 2), named" \
    bash -c "test $? -eq 2 && grep -q '/nonexistent/topic.model: cannot open' '$tmp/notopic.err'"
check "a record without id or URL is named by its file and place" bash -c "tail -1 '$tmp/records.jsonl' | jq -e '.id == \"records:2\"'"
mkdir -p "$tmp/tree/a" "$tmp/tree/b" "$tmp/empty"
printf '{"text":"Satu dua tiga empat."}\n' >"$tmp/tree/a/news.jsonl"
printf '{"text":"Lima enam tujuh delapan."}\n' >"$tmp/tree/b/news.jsonl"
printf '# notes on the data\n' >"$tmp/tree/SOURCE.md"
"$W" extract "$tmp/tree" >"$tmp/tree.jsonl" 2>"$tmp/tree.err"
rc=$?
check "two news.jsonl in different folders give different ids" \
    bash -c "jq -r .id '$tmp/tree.jsonl' | sort -u | wc -l | grep -qx 2 && grep -q '\"a/news:1\"' '$tmp/tree.jsonl'"
check "a directory walk skips SOURCE.md with a note, exit 0" \
    bash -c "test $rc -eq 0 && grep -q 'SOURCE.md: not an article format' '$tmp/tree.err' && test \$(wc -l <'$tmp/tree.jsonl') -eq 2"
"$W" extract "$tmp/empty" >/dev/null 2>"$tmp/empty.err"
check "an input that yields no document says so and exits 1" bash -c "test $? -eq 1 && grep -q 'held no document' '$tmp/empty.err'"
printf '{"id":"d","date":"10/09/2019","text":"Presiden bertemu menteri di Jakarta, Selasa (10/9/2019)."}\n' >"$tmp/dated.jsonl"
check "--stage segment prints the same date as --stage all" \
    bash -c "test \"\$('$W' extract --stage segment '$tmp/dated.jsonl' | jq -r .date)\" = \"\$('$W' extract '$tmp/dated.jsonl' | jq -r .date)\""
printf 'Ia\tO\nsalah satu\tO\nmenteri\tO\n\n' >"$tmp/space.conll"
check "tag --conll keeps a token that holds a space" \
    bash -c "'$W' tag -m '$root/models/ner.model' --conll '$tmp/space.conll' | cut -f1 | cmp - <(cut -f1 '$tmp/space.conll')"
check "every record carries the Warta and model versions" \
    jq -s -e 'all(.[]; (.warta_version | test("^[0-9]+\\.[0-9]+\\.[0-9]+$")) and (.model_version | startswith("ner-")))' "$tmp/samples.jsonl"
check "warta --version prints the version" bash -c "'$W' --version | grep -qE '^warta [0-9]+\\.[0-9]+\\.[0-9]+$'"
check "each command has its own --help" \
    bash -c "'$W' ingest --help | grep -q -- '--db PATH' && ! '$W' extract --help | grep -q -- '--db' && '$W' query quotes --help | grep -q -- '--speaker' && ! '$W' query events --help | grep -q -- '--speaker'"
"$W" extract --db "$tmp/x.db" "$root/samples" >/dev/null 2>"$tmp/flag.err"
check "a flag of another command is an error naming it" bash -c "test $? -eq 2 && grep -q 'extract does not take --db' '$tmp/flag.err'"
"$W" query --db "$tmp/x.db" --limit 3 --limit 4 events >/dev/null 2>"$tmp/twice.err"
check "a flag given twice is an error naming it" bash -c "test $? -eq 2 && grep -q -- '--limit given twice' '$tmp/twice.err'"

# --- relevance, confidence and the events scorer (facts you can trust) ---
# a topic model trained on articles written for the test: sport vs world news
{
    for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
        printf '{"title":"Gol di menit akhir %s","category":"Bola","content":"Pertandingan sepak bola berakhir dengan gol penalti pemain depan di menit akhir. Pelatih memuji klub, suporter bersorak di stadion, wasit meniup peluit, liga berlanjut pekan depan dengan laga tandang."}\n' "$i"
        printf '{"title":"Menteri bertemu mitra %s","category":"International","content":"Menteri luar negeri bertemu mitranya untuk membahas kerja sama bilateral, perdagangan dan keamanan kawasan. Kedua pemerintah sepakat memperkuat hubungan diplomatik dan menandatangani nota kesepahaman."}\n' "$i"
    done
} >"$tmp/topics.jsonl"
"$W" train topic -o "$tmp/topic.model" "$tmp/topics.jsonl" 2>/dev/null
check "train topic writes a model" test -s "$tmp/topic.model"
# Hunspell's answers made ahead: made again from the installed dictionaries;
# a missing folder, or one without English, is refused and named
"$W" train lexicon >"$tmp/answers.tsv" 2>"$tmp/answers.err"
check "train lexicon writes the answers for the frequent words" \
    bash -c "test $? -eq 0 && test \$(grep -vc '^#' '$tmp/answers.tsv') -gt 24000 && grep -q '^dictionaries [0-9a-f]\{16\} [0-9a-f]\{16\}$' '$tmp/answers.tsv'"
"$W" train lexicon --hunspell-dir "$tmp/no-such-dir" >"$tmp/answers2.tsv" 2>"$tmp/answers2.err"
check "train lexicon without dictionaries exits 2, naming the folder, writing nothing" \
    bash -c "test $? -eq 2 && grep -q 'no-such-dir: Indonesian Hunspell dictionary' '$tmp/answers2.err' && ! test -s '$tmp/answers2.tsv'"
mkdir -p "$tmp/id-only"
hdir=$(dirname "$(ls /usr/share/hunspell/id_ID.dic /usr/share/myspell/id_ID.dic 2>/dev/null | head -1)")
cp "$hdir/id_ID.aff" "$hdir/id_ID.dic" "$tmp/id-only/"
"$W" train lexicon --hunspell-dir "$tmp/id-only" >"$tmp/answers3.tsv" 2>"$tmp/answers3.err"
check "train lexicon without English exits 2, saying what it needs" \
    bash -c "test $? -eq 2 && grep -q 'en_US.dic: answers are made from both id_ID and en_US' '$tmp/answers3.err' && ! test -s '$tmp/answers3.tsv'"
check "eval topic scores labelled articles" bash -c "'$W' eval topic -m '$tmp/topic.model' '$tmp/topics.jsonl' | grep -q '^24 articles, accuracy 100.00%'"
printf 'Gol penalti di menit akhir\n\nPertandingan sepak bola antara Prancis dan Andorra berakhir dengan gol penalti. Presiden Prancis Emmanuel Macron bertemu dengan delegasi Andorra di stadion, pelatih memuji klub dan suporter bersorak ketika wasit meniup peluit di laga liga.\n' >"$tmp/match.txt"
printf 'Menteri bertemu mitra\n\nMenteri Luar Negeri Prancis bertemu dengan Menteri Luar Negeri Jerman untuk membahas kerja sama bilateral, perdagangan dan keamanan kawasan, dan kedua pemerintah sepakat memperkuat hubungan diplomatik.\n' >"$tmp/talks.txt"
check "a football report gets topic sport and no events" \
    bash -c "'$W' extract --topic-model '$tmp/topic.model' '$tmp/match.txt' | jq -e '.topic.label == \"sport\" and (.events | length) == 0'"
check "the same words in a world story code the meeting" \
    bash -c "'$W' extract --topic-model '$tmp/topic.model' '$tmp/talks.txt' | jq -e '.topic.label == \"world\" and any(.events[]; .type == \"CONSULT\")'"
printf 'Gol penalti di menit akhir\n\nPertandingan sepak bola antara Brasil dan Peru berakhir dengan gol penalti. Pelatih memuji klub dan suporter bersorak di stadion ketika Silva mencetak gol di menit akhir laga liga.\n' >"$tmp/silva.txt"
check "in a football report a Brazilian leader's family name is a player's, not the leader's" \
    bash -c "'$W' extract --topic-model '$tmp/topic.model' '$tmp/silva.txt' | jq -e '.topic.label == \"sport\" and all(.entities[]; .name != \"Luiz Inacio Lula da Silva\")' && '$W' extract --no-topic '$tmp/silva.txt' | jq -e 'any(.entities[]; .name == \"Luiz Inacio Lula da Silva\")'"
check "--no-topic codes events in every article" \
    bash -c "'$W' extract --no-topic '$tmp/match.txt' | jq -e '.topic == null and (.events | length) > 0'"
printf '{"url":"https://contoh.id/read/2019/09/10/123/berita","date":"43747","text":"Menteri Luar Negeri bertemu mitranya pada Selasa untuk membahas kerja sama."}\n' >"$tmp/swapped.jsonl"
"$W" extract "$tmp/swapped.jsonl" >"$tmp/swapped.out" 2>"$tmp/swapped.err"
check "a date in the URL beats metadata that contradicts it, with a warning" \
    bash -c "jq -e '.date == \"2019-09-10\"' '$tmp/swapped.out' && grep -q 'the date 2019-10-09 contradicts the URL' '$tmp/swapped.err'"
check "every entity, quote and event carries a confidence in [0, 1]" \
    jq -s -e 'all(.[]; all((.entities + .quotes + .events)[]; .confidence >= 0 and .confidence <= 1))' "$tmp/samples.jsonl"
# the events scorer on a gold file and articles written for the test
mkdir -p "$tmp/gold/news"
printf '{"title":"A","content":"Presiden Rusia Vladimir Putin bertemu dengan Presiden Indonesia Prabowo Subianto di Moskow pada Kamis (19/6/2025). Menteri Luar Negeri Rusia Sergey Lavrov menolak untuk berkomentar. \\"Kami terbuka untuk kerja sama,\\" kata Putin."}\n' >"$tmp/gold/news/news.jsonl"
printf '{"key":"news.jsonl:0","title":"A","date":"2025-06-19","events":[{"type":"CONSULT","actor1":{"name":"Vladimir Putin","country":"RUS"},"actor2":{"name":"Prabowo Subianto","country":"IDN"},"date":"2025-06-19","location":"Moskow","domains":[]},{"type":"AID","actor1":{"name":"Rusia","country":"RUS"},"actor2":{"name":"Indonesia","country":"IDN"},"date":null,"location":null,"domains":[]},{"type":"AGREE","actor1":{"name":"Vladimir Putin","country":"RUS"},"actor2":{"name":"Indonesia","country":"IDN"},"date":"2025-06-19","location":null,"domains":[]}],"non_events":[{"type":"REJECT","actor1":{"name":"Sergey Lavrov","country":"RUS"},"actor2":null,"why":"negated"}],"quotes":[{"speaker":"Vladimir Putin","kind":"direct","starts":"Kami terbuka untuk kerja sama"}],"entities":[{"name":"Vladimir Putin","type":"PER","country":"RUS"},{"name":"Prabowo Subianto","type":"PER","country":"IDN"},{"name":"Sergey Lavrov","type":"PER","country":"RUS"},{"name":"Moskow","type":"LOC","country":"RUS"},{"name":"Atlantis","type":"LOC","country":null}],"dates":["2025-06-19"]}\n' >"$tmp/gold/gold.jsonl"
"$W" eval events "$tmp/gold/gold.jsonl" "$tmp/gold/news" >"$tmp/evev.txt" 2>&1
# (Putin's "Kami terbuka untuk kerja sama" in his own quote is his offer)
check "eval events: precision and recall of events" grep -qE '^events +3 +2 +2 +100.0 +66.7' "$tmp/evev.txt"
check "eval events: date and place of matched events" grep -q 'on 2 matched events: date 100.0%, location 100.0%' "$tmp/evev.txt"
check "eval events: no trap asserted" grep -q 'non-events asserted: 0 of 1' "$tmp/evev.txt"
check "eval events: the quote and its speaker" bash -c "grep -qE '^quotes \\(direct\\) +1 +1 +1 ' '$tmp/evev.txt' && grep -q 'speakers right: 1 of 1' '$tmp/evev.txt'"
check "eval events: entities with their country" grep -qE '^entities\+country +5 +[0-9]+ +4 ' "$tmp/evev.txt"
check "eval events -v lists misses with their evidence" bash -c "'$W' eval events -v '$tmp/gold/gold.jsonl' '$tmp/gold/news' | grep -q 'MISS  AID Rusia'"

# --- ingest and query ---
db="$tmp/w.db"
"$W" ingest -q --db "$db" "$root/samples" 2>"$tmp/ingest.err"
check "ingest exits 0" test $? -eq 0
docs=$(sqlite3 "$db" 'select count(*) from documents')
check "ingest stores every sample ($docs)" test "$docs" -eq "$nfiles"
check "stored documents record the Warta and model versions" \
    test "$(sqlite3 "$db" "select count(*) from documents where warta_version glob '[0-9]*.[0-9]*.[0-9]*' and model_version like 'ner-%'")" -eq "$nfiles"
sents=$(sqlite3 "$db" 'select count(*) from sentences')
"$W" ingest --db "$db" "$root/samples" 2>"$tmp/ingest2.err"
check "re-ingest exits 0" test $? -eq 0
"$W" ingest -q -j 2 --db "$tmp/w2.db" "$root/samples" 2>/dev/null
check "ingest -j 2 stores the same documents" test "$(sqlite3 "$tmp/w2.db" 'select group_concat(hash) from (select hash from documents order by id)')" = "$(sqlite3 "$db" 'select group_concat(hash) from (select hash from documents order by id)')"
check "re-ingest changes nothing" test "$(sqlite3 "$db" 'select count(*) from documents'),$(sqlite3 "$db" 'select count(*) from sentences')" = "$docs,$sents"
check "re-ingest says so" grep -q "0 document(s) added, $nfiles already stored" "$tmp/ingest2.err"
check "database is in WAL mode" test "$(sqlite3 "$db" 'pragma journal_mode')" = wal
check "database passes integrity_check" test "$(sqlite3 "$db" 'pragma integrity_check')" = ok
check "FTS index agrees with the table" test "$(sqlite3 "$db" "insert into documents_fts(documents_fts) values('integrity-check'); select 'ok'")" = ok
check "query articles finds nuklir" bash -c "'$W' query --db '$db' --json articles nuklir | jq -e -s 'length > 0'"
check "query articles lists every document" bash -c "test \$('$W' query --db '$db' --tsv --limit all articles | tail -n +2 | wc -l) -eq $nfiles"
first=$(sqlite3 "$db" 'select doc_id from documents order by id limit 1')
check "query article marks its spans" bash -c "'$W' query --db '$db' article '$first' | grep -q '\[Sergey Lavrov\]PER:1'"
check "query article --json is one object with named lists" bash -c "'$W' query --db '$db' --json article '$first' | jq -e -s 'length == 1 and (.[0].article.text | length > 100) and (.[0].entities | length > 0) and (.[0].events | length > 0)'"
check "query dups runs" bash -c "'$W' query --db '$db' dups | head -1 | grep -q distance"
check "query stats" bash -c "'$W' query --db '$db' --json stats | jq -e '.documents == $nfiles'"
"$W" query --db "$tmp/none.db" stats >/dev/null 2>&1
check "query on a missing database fails" test $? -eq 2
check "missing database is not created" test ! -e "$tmp/none.db"
sqlite3 "$tmp/other.db" 'create table notes(x); insert into notes values (1)'
before=$(md5sum <"$tmp/other.db")
"$W" query --db "$tmp/other.db" events >/dev/null 2>"$tmp/other.err"
check "query refuses a database that is not Warta's" bash -c "test $? -eq 2 && grep -q 'not a Warta database' '$tmp/other.err'"
check "a refused database is left as it was" test "$(md5sum <"$tmp/other.db")" = "$before"

# --- ingest --reprocess: re-annotation in place ---
cp "$db" "$tmp/re.db"
sqlite3 "$tmp/re.db" "PRAGMA foreign_keys=ON; UPDATE documents SET model_version = 'old' WHERE id % 2 = 0;
    DELETE FROM events WHERE doc % 2 = 0; DELETE FROM quotes WHERE doc % 2 = 0; DELETE FROM entities WHERE doc % 2 = 0"
"$W" ingest --db "$tmp/re.db" --reprocess 2>"$tmp/re.err"
check "ingest --reprocess exits 0" test $? -eq 0
check "ingest --reprocess re-annotates the stale documents only" grep -q "^warta: 7 document(s) re-annotated, 0 failed" "$tmp/re.err"
# the annotations, row ids aside (re-inserted rows get new ones)
ANNOTATIONS=(
    "select * from sentences order by doc, idx"
    "select doc, idx, type, name, country, role, confidence from entities order by doc, idx"
    "select e.doc, e.idx, m.start, m.end, m.text from mentions m join entities e on e.id = m.entity order by 1, 2, 3"
    "select * from dates order by doc, start"
    "select * from quantities order by doc, start"
    "select doc, start, end, text, speaker, verb, kind, (select idx from entities e where e.id = q.entity),
        cue_start, cue_end, confidence from quotes q order by doc, start, speaker"
    "select doc, type, mode, cameo, actor1, actor1_country, actor2, actor2_country, date, location, domains,
        start, end, confidence, text, date_start, date_end, (select idx from entities x where x.id = e.actor1_entity),
        (select idx from entities x where x.id = e.actor2_entity) from events e order by 1, 12, 2, 5, 7"
    "select e.doc, e.start, e.type, e.actor1, e.actor2, x.start, x.end from event_spans x join events e on e.id = x.event order by 1, 2, 3, 4, 5, 6"
    "select e.doc, e.start, e.type, e.actor1, e.actor2, x.domain from event_domains x join events e on e.id = x.event order by 1, 2, 3, 4, 5, 6"
)
same_annotations() {
    local q
    for q in "${ANNOTATIONS[@]}"; do
        test "$(sqlite3 "$1" "$q" | md5sum)" = "$(sqlite3 "$2" "$q" | md5sum)" || return 1
    done
}
check "re-annotated documents equal freshly ingested ones" same_annotations "$db" "$tmp/re.db"
check "re-annotation keeps foreign keys whole" test -z "$(sqlite3 "$tmp/re.db" 'pragma foreign_key_check')"
"$W" ingest --db "$tmp/re.db" --reprocess 2>"$tmp/re2.err"
check "a second --reprocess has nothing to do" grep -q "^warta: 0 document(s) re-annotated" "$tmp/re2.err"
"$W" ingest --db "$tmp/re.db" --reprocess "$root/samples" >/dev/null 2>&1
check "--reprocess takes no input files" test $? -eq 2
# killed half way, a re-annotation leaves every document whole; run again, it finishes
mkdir -p "$tmp/many"
for i in $(seq 1 25); do
    for f in "$root"/samples/*.txt; do
        { cat "$f"; printf '\nBerita ini adalah salinan nomor %d.\n' "$i"; } >"$tmp/many/$i-$(basename "$f")"
    done
done
"$W" ingest -q --db "$tmp/many.db" "$tmp/many" 2>/dev/null
cp "$tmp/many.db" "$tmp/many-fresh.db"
sqlite3 "$tmp/many.db" "PRAGMA foreign_keys=ON; UPDATE documents SET model_version = 'old'; DELETE FROM events; DELETE FROM entities"
# killed half way through: a whole run on a copy says how long that is on
# this build and machine (a sanitizer build is many times slower)
cp "$tmp/many.db" "$tmp/many-timed.db"
start=$(date +%s%N)
"$W" ingest -q --db "$tmp/many-timed.db" --reprocess --force 2>/dev/null
half_ms=$((($(date +%s%N) - start) / 2000000))
(timeout -s KILL "$((half_ms / 1000)).$(printf '%03d' $((half_ms % 1000)))" "$W" ingest -q --db "$tmp/many.db" --reprocess --force; true) 2>/dev/null
integrity=$(sqlite3 "$tmp/many.db" 'pragma integrity_check' 2>&1)
check "a killed --reprocess leaves the database whole" test "$integrity" = ok
[ "$integrity" = ok ] || echo "     (killed after ${half_ms} ms; integrity_check said: $(echo "$integrity" | head -5))"
check "the kill came before the end (some documents still to re-annotate)" \
    test "$(sqlite3 "$tmp/many.db" "select count(*) from documents where model_version = 'old'")" -gt 0
check "a killed --reprocess leaves no row without its owner" test -z "$(sqlite3 "$tmp/many.db" 'pragma foreign_key_check')"
"$W" ingest -q --db "$tmp/many.db" --reprocess 2>/dev/null
check "run again, --reprocess finishes the rest" same_annotations "$tmp/many-fresh.db" "$tmp/many.db"

# --- shards: N runs over the same inputs, each document once; merged,
# they equal one run (compared by content: tests/same-content.sh) ---
"$W" ingest -q --db "$tmp/whole.db" "$tmp/many" 2>/dev/null
for i in 0 1 2 3; do
    "$W" ingest -q --db "$tmp/shard$i.db" --shard "$i/4" "$tmp/many" 2>/dev/null
done
shard_total=0
for i in 0 1 2 3; do shard_total=$((shard_total + $(sqlite3 "$tmp/shard$i.db" 'select count(*) from documents'))); done
check "4 shards hold every document once ($shard_total)" test "$shard_total" -eq "$(sqlite3 "$tmp/whole.db" 'select count(*) from documents')"
check "no document is in two shards" test -z "$(for i in 0 1 2 3; do sqlite3 "$tmp/shard$i.db" 'select hash from documents'; done | sort | uniq -d)"
"$W" merge -q "$tmp/merged.db" "$tmp/shard0.db" "$tmp/shard1.db" "$tmp/shard2.db" "$tmp/shard3.db"
check "merge exits 0" test $? -eq 0
check "merged shards equal one run, near-duplicates across shards included" \
    "$root/tests/same-content.sh" "$tmp/whole.db" "$tmp/merged.db"
check "the merged database has near-duplicates" test "$(sqlite3 "$tmp/merged.db" 'select count(*) from duplicates')" -gt 0
"$W" merge "$tmp/merged.db" "$tmp/shard2.db" 2>"$tmp/merge2.err"
check "merging a shard twice changes nothing" bash -c "grep -q '0 document(s) merged from 1' '$tmp/merge2.err' && '$root/tests/same-content.sh' '$tmp/whole.db' '$tmp/merged.db'"
"$W" merge "$tmp/merged.db" "$tmp/other.db" >/dev/null 2>"$tmp/merge3.err"
check "merging a database that is not Warta's is refused" bash -c "test $? -eq 1 && grep -q 'not a Warta database' '$tmp/merge3.err'"
"$W" ingest --db "$tmp/x.db" --shard 4/4 "$root/samples" >/dev/null 2>&1
check "--shard 4/4 is a usage error" test $? -eq 2
"$W" merge "$tmp/merged.db" "$tmp/no-such-shard.db" "$tmp/shard0.db" >/dev/null 2>"$tmp/merge4.err"
check "a missing shard is named, the others still merged" bash -c "test $? -eq 1 && grep -q 'no-such-shard.db: cannot open' '$tmp/merge4.err' && grep -q 'shard0.db: 0 document(s) merged' '$tmp/merge4.err'"
"$W" ingest --pg "host=/nonexistent dbname=none" "$root/samples" >/dev/null 2>"$tmp/pgdown.err"
check "ingest --pg with no server: a clear error, exit 2" bash -c "test $? -eq 2 && grep -q 'cannot connect' '$tmp/pgdown.err'"
"$W" query --pg "host=/nonexistent dbname=none" stats >/dev/null 2>"$tmp/pgdown2.err"
check "query --pg with no server: a clear error, exit 2" bash -c "test $? -eq 2 && grep -q 'cannot connect' '$tmp/pgdown2.err'"
if [ -n "${WARTA_TEST_PG:-}" ]; then
    pgs="warta_shards_$$"
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgs" -c "CREATE DATABASE $pgs" 2>/dev/null
    for i in 0 1 2 3; do
        "$W" ingest -q --pg "${WARTA_TEST_PG%/*}/$pgs" --shard "$i/4" "$tmp/many" 2>/dev/null &
    done
    wait
    check "4 shards writing at once to PostgreSQL equal one run" "$root/tests/same-content.sh" "$tmp/whole.db" "${WARTA_TEST_PG%/*}/$pgs"
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgs" 2>/dev/null
    # SQLite shards loaded into PostgreSQL (COPY), two at once, then again
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgs" -c "CREATE DATABASE $pgs" 2>/dev/null
    "$W" merge -q --pg "${WARTA_TEST_PG%/*}/$pgs" "$tmp/shard0.db" "$tmp/shard1.db" 2>"$tmp/pgm1.err" &
    "$W" merge -q --pg "${WARTA_TEST_PG%/*}/$pgs" "$tmp/shard2.db" "$tmp/shard3.db" "$tmp/shard1.db" 2>"$tmp/pgm2.err"
    m2=$?
    wait $!
    check "merge --pg: two merges at once exit 0" test "$?$m2" = 00
    check "merge --pg: SQLite shards in PostgreSQL equal one run, near-duplicates included" \
        "$root/tests/same-content.sh" "$tmp/whole.db" "${WARTA_TEST_PG%/*}/$pgs"
    "$W" merge --pg "${WARTA_TEST_PG%/*}/$pgs" "$tmp/shard0.db" "$tmp/no-such-shard.db" "$tmp/other.db" 2>"$tmp/pgm3.err"
    check "merge --pg: again adds nothing; a missing shard and a foreign file are named (exit 1)" bash -c \
        "test $? -eq 1 && grep -q 'shard0.db: 0 document(s) merged' '$tmp/pgm3.err' && grep -q 'no-such-shard.db: cannot open' '$tmp/pgm3.err' && grep -q 'other.db: not a Warta database' '$tmp/pgm3.err'"
    check "merge --pg: still equal to one run" "$root/tests/same-content.sh" "$tmp/whole.db" "${WARTA_TEST_PG%/*}/$pgs"
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgs" 2>/dev/null
fi

# --- the query layer: the four questions of docs/query.md on the samples ---
# (the expected rows were read from the sample articles by hand)
# (the trade ministers' meeting in Beijing on 14 March 2025, and the agreement)
check "question 1: events between Indonesia and China in 2025" bash -c "'$W' query --db '$db' --json events --between IDN,CHN --from 2025 --to 2025 | jq -e -s 'length == 2 and all(.[]; .doc_id == \"06-indonesia-china-perdagangan\" and ([.actor1_country, .actor2_country] | sort) == [\"CHN\", \"IDN\"]) and ([.[].type] | sort) == [\"AGREE\", \"CONSULT\"] and (map(select(.type == \"CONSULT\"))[0].date == \"2025-03-14\")'"
check "question 1 the other way round" bash -c "test \"\$('$W' query --db '$db' --json events --between CHN,IDN --from 2025 --to 2025 | jq -r .id)\" = \"\$('$W' query --db '$db' --json events --between Indonesia,Tiongkok --from 2025 | jq -r .id)\""
check "question 2: who was quoted about nuclear energy" bash -c "test \"\$('$W' query --db '$db' --csv count speaker --of quotes --search nuklir | tr -d '\r')\" = \"\$(printf 'speaker,count\nSergey Lavrov,3\nSugiono,2')\""
check "count actors: each pair of actors once, in alphabetical order" bash -c "'$W' query --db '$db' --json --limit all count actors | jq -e -s 'length > 0 and all(.[]; .actor_a < .actor_b) and any(.[]; .actor_a == \"Sergey Lavrov\" and .actor_b == \"Sugiono\")'"
check "question 3: Indonesia's partners in cooperation, by domain" bash -c "'$W' query --db '$db' --json --limit all count partner domain --country IDN --quad cooperation | jq -e -s 'any(.[]; .partner == \"RUS\" and .domain == \"nuclear\") and any(.[]; .partner == \"FRA\" and .domain == \"defense\") and any(.[]; .partner == \"CHN\" and .domain == \"agriculture\") and all(.[]; .partner != \"IDN\")'"
check "question 4: every article mentioning Jokowi (written Jokowi and Joko Widodo)" bash -c "test \"\$('$W' query --db '$db' --tsv --fields doc_id --sort doc_id articles --entity Jokowi | tail -n +2 | tr '\n' ' ')\" = '06-indonesia-china-perdagangan 07-malaysia-indonesia-perbatasan '"
check "quotes --speaker finds every spelling" bash -c "'$W' query --db '$db' --json quotes --speaker Lavrov | jq -e -s 'length >= 2 and all(.[]; .speaker == \"Sergey Lavrov\")'"
check "repeated --country: any of them" bash -c "test \$('$W' query --db '$db' --json --limit all events --country RUS --country PRK | wc -l) -gt \$('$W' query --db '$db' --json --limit all events --country RUS | wc -l)"
check "a year-dated event matches a range inside the year" bash -c "'$W' query --db '$db' --json events --from 2023-06 --to 2023-06 | jq -e -s 'any(.[]; .date == \"2023\")'"
check "lists are newest first" bash -c "'$W' query --db '$db' --json --limit all articles | jq -e -s '[.[].published] as \$d | \$d == (\$d | sort | reverse)'"
check "a cut list says so on stderr" bash -c "'$W' query --db '$db' articles --limit 2 2>&1 >/dev/null | grep -q '2 of $nfiles rows shown; --cursor 2'"
check "the next page follows on" bash -c "test \"\$('$W' query --db '$db' --json --fields doc --limit 3 articles | tail -1)\" != \"\$('$W' query --db '$db' --json --fields doc --limit 3 --cursor 3 articles | head -1)\" && test \$('$W' query --db '$db' --json --limit 3 --cursor 3 articles | wc -l) -eq 3"
check "--format json says how many rows in all" bash -c "'$W' query --db '$db' --format json --limit 2 events | jq -e '.total > 2 and (.results | length) == 2 and .next == \"2\"'"
check "search takes names with apostrophes and hyphens" bash -c "'$W' query --db '$db' articles \"Ma'ruf\" && '$W' query --db '$db' articles KF-21 | grep -q Korea"
check "count month, newest first" bash -c "'$W' query --db '$db' --csv count month | sed -n 2p | grep -q '^2025-04,'"
check "search takes several words unquoted" bash -c "'$W' query --db '$db' --json --fields doc_id articles nuklir rusia | grep -q 01-rusia-indonesia-nuklir"
check "entities --name finds an entity by another spelling, with counts" bash -c "'$W' query --db '$db' --json entities --name Putin | jq -e -s 'any(.[]; .name == \"Vladimir Putin\" and .articles >= 1 and .mentions >= 1)'"
check "a piped table is not cut" bash -c "'$W' query --db '$db' --limit all events | grep -q 'membangun pembangkit listrik tenaga nuklir skala kecil.$'"
check "a table fits the terminal's width" bash -c "COLUMNS=100 '$W' query --db '$db' --limit all events | python3 -c 'import sys; sys.exit(any(len(l.rstrip(\"\\n\")) > 100 for l in sys.stdin))'"
check "--wide shows every column" bash -c "COLUMNS=100 '$W' query --db '$db' --wide events | head -1 | grep -q model_version"
check "SQL: every domain of an event has its row" test "$(sqlite3 "$db" "select count(*) from event_domains")" -eq "$(sqlite3 "$db" "select coalesce(sum(length(domains) - length(replace(domains, ',', '')) + 1), 0) from events where domains <> ''")"
check "SQL: quotes_full gives each quote its id and article" test "$(sqlite3 "$db" "select count(*) from quotes_full where id is null or doc_id is null")" -eq 0
for bad in "events --from 2019-99-99" "events --from yesterday" "stats --speaker foo" "quotes --country IDN --actor X" \
    "articles --from 2025 --domain nuclear" "events --json --tsv" "events --limit 0" "events --sort nope" "count" \
    "count month --of entities" "events --between IDN" "events --country Narnia" "events --type MEET" "events --fields id,nope" \
    "article" "stats extra" "events --quad peace" "events --min-confidence 2"; do
    # shellcheck disable=SC2086
    "$W" query --db "$db" $bad >/dev/null 2>"$tmp/bad.err"
    check "query $bad is a usage error naming it" bash -c "test $? -eq 2 && test -s '$tmp/bad.err'"
done

# exports load with Python's csv module and sqlite3 .import, rows = total
for kind in events entities mentions quotes articles; do
    for fmt in csv tsv; do
        "$W" query --db "$db" --format $fmt --limit all $kind >"$tmp/export.$fmt"
        total=$("$W" query --db "$db" --format json --limit 1 $kind 2>/dev/null | jq .total)
        check "$kind as $fmt loads in Python's csv ($total rows)" python3 -c "
import csv, sys
rows = list(csv.reader(open('$tmp/export.$fmt', newline='', encoding='utf-8'), delimiter=',' if '$fmt' == 'csv' else '\t'))
sys.exit(not (len(rows) - 1 == $total and len({len(r) for r in rows}) == 1))"
        rm -f "$tmp/import.db"
        check "$kind as $fmt loads in sqlite3 .import ($total rows)" test "$(sqlite3 "$tmp/import.db" ".mode $([ $fmt = csv ] && echo csv || echo tabs)" ".import '$tmp/export.$fmt' t" 'select count(*) from t')" = "$total"
    done
done
check "TSV escapes tabs and line breaks (docs/query.md)" bash -c "'$W' query --db '$db' --tsv --limit all quotes | awk -F'\t' 'NR > 1 && NF != n { exit 1 } NR == 1 { n = NF }'"

# --- the same on PostgreSQL (WARTA_TEST_PG: a URL ending in a database
# name, e.g. postgresql:///postgres; .ci/run starts a server) ---
if [ -n "${WARTA_TEST_PG:-}" ]; then
    pgname="warta_cli_$$"
    pg="${WARTA_TEST_PG%/*}/$pgname"
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgname" -c "CREATE DATABASE $pgname" 2>/dev/null
    "$W" ingest -q --pg "$pg" "$root/samples" 2>"$tmp/pg.err"
    check "ingest --pg exits 0" test $? -eq 0
    check "ingest --pg stores every sample" test "$(psql -Atq "$pg" -c 'select count(*) from documents')" -eq "$nfiles"
    "$W" ingest --pg "$pg" "$root/samples" 2>"$tmp/pg2.err"
    check "ingest --pg again adds nothing" grep -q "0 document(s) added, $nfiles already stored" "$tmp/pg2.err"
    same_on_both() {
        # shellcheck disable=SC2068
        test "$("$W" query --db "$db" $@ 2>&1)" = "$("$W" query --pg "$pg" $@ 2>&1)"
    }
    while read -r q; do
        # shellcheck disable=SC2086
        check "same rows on SQLite and PostgreSQL: $q" same_on_both $q
    done <<'QUERIES'
--json events --between IDN,CHN --from 2025 --to 2025
--csv count speaker --of quotes --search nuklir
--json --limit all count partner domain --country IDN --quad cooperation
--tsv --fields doc_id --sort doc_id articles --entity Jokowi
--csv --limit all events
--csv --limit all entities
--csv --limit all mentions
--csv --limit all quotes
--csv --limit all --fields doc,doc_id,published,source,topic,title,url,events,quotes articles
--json stats
--json dups
--json --limit 3 --cursor 3 events
--csv count week
--csv count month --of articles
--csv count country
--csv count actor
--csv count domain
--json quotes --speaker Jokowi
--json events --actor Putin
--json events --from 2023-06 --to 2023-06
--json --fields doc,title --sort rank articles nuklir OR kapal -bola
--json article 01-rusia-indonesia-nuklir
article 03-prabowo-kunjungan-turki
--json events --cameo 04 --min-confidence 0.5 --words kunjungan
events --country Narnia
events --from 2019-02-30
QUERIES
    "$W" query --pg "$WARTA_TEST_PG" events >/dev/null 2>"$tmp/pgother.err"
    check "query --pg refuses a database that is not Warta's" bash -c "test $? -eq 2 && grep -q 'not a Warta database' '$tmp/pgother.err'"
    "$W" query --pg "$pg" --timeout 1 --limit all mentions >/dev/null 2>"$tmp/pgslow.err"
    check "query --pg --timeout stops a long query or finishes" bash -c "grep -q 'time limit' '$tmp/pgslow.err' || test ! -s '$tmp/pgslow.err'"
    # two writers at once into one database: every document once
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS ${pgname}_2" -c "CREATE DATABASE ${pgname}_2" 2>/dev/null
    "$W" ingest -q --pg "${WARTA_TEST_PG%/*}/${pgname}_2" "$root/samples" 2>/dev/null &
    "$W" ingest -q --pg "${WARTA_TEST_PG%/*}/${pgname}_2" "$root/samples" 2>/dev/null
    wait
    check "two writers at once store every document once" test "$(psql -Atq "${WARTA_TEST_PG%/*}/${pgname}_2" -c 'select count(*), count(distinct hash) from documents')" = "$nfiles|$nfiles"
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgname" -c "DROP DATABASE IF EXISTS ${pgname}_2" 2>/dev/null
else
    echo "skip PostgreSQL tests: WARTA_TEST_PG is not set (export WARTA_TEST_PG=\$(scripts/pg-test.sh))"
fi

# --- warta serve: the JSON API (docs/api.md) ---
serve_start() { # DB-FLAG DB: starts a server on a free port; sets $url and $spid
    "$W" serve "$1" "$2" --listen 127.0.0.1:0 --timeout 2000 >"$tmp/serve.out" 2>"$tmp/serve.err" &
    spid=$!
    # up to 30 s: a loaded machine (CI beside other work) has taken more than 5
    for _ in $(seq 1 300); do
        grep -q 'http://' "$tmp/serve.out" 2>/dev/null && break
        sleep 0.1
    done
    url=$(grep -o 'http://[^ ]*/api/v1/' "$tmp/serve.out")
}
serve_start --db "$db"
check "serve prints where it listens (a free port)" test -n "$url"
before=$(md5sum <"$db")
get() { curl -s -g -o "$tmp/body" -w '%{http_code}' "$url$1"; }
check "GET events between IDN and CHN in 2025: the hand-read rows" bash -c "test \"\$(curl -s '${url}events?between=IDN,CHN&from=2025&to=2025' | jq -r '[.total, (.results | map(.doc_id) | unique | join(\",\")), (.results | map(.type) | sort | join(\",\"))] | join(\" \")')\" = '2 06-indonesia-china-perdagangan AGREE,CONSULT'"
check "GET count by month as CSV" bash -c "curl -s '${url}count?by=month&format=csv' | sed -n 2p | grep -q '^2025-04,'"
check "GET quotes by another spelling" bash -c "curl -s '${url}quotes?speaker=Lavrov' | jq -e '.total >= 2 and all(.results[]; .speaker == \"Sergey Lavrov\")'"
check "GET a page says how many in all and where the next starts" bash -c "curl -s '${url}articles?limit=3' | jq -e '.total == $nfiles and (.results | length) == 3 and .next == \"3\"'"
check "GET article/ID: the text and its facts" bash -c "curl -s '${url}article/01-rusia-indonesia-nuklir' | jq -e '(.article.text | length) > 100 and (.events | length) > 0'"
check "a bad date is a 400 naming the parameter" bash -c "test \$(curl -s -o '$tmp/e.json' -w '%{http_code}' '${url}events?from=yesterday') = 400 && jq -e '.error.parameter == \"from\"' '$tmp/e.json'"
check "an unknown parameter is a 400 naming it" bash -c "test \$(curl -s -o '$tmp/e.json' -w '%{http_code}' '${url}events?bogus=1') = 400 && jq -e '.error.parameter == \"bogus\"' '$tmp/e.json'"
check "a parameter that does not apply is a 400" bash -c "test \$(curl -s -o /dev/null -w '%{http_code}' '${url}stats?speaker=x') = 400"
check "an unknown path is a 404" test "$(curl -s -o /dev/null -w '%{http_code}' "${url}nope")" = 404
check "a path outside the API is a 404" test "$(curl -s -o /dev/null -w '%{http_code}' --path-as-is "${url}../../../etc/passwd")" = 404
base=${url%api/v1/}
check "GET / is the page (HTML, the page may talk to this server only)" bash -c "curl -s -D '$tmp/h' -o '$tmp/page' '$base' && grep -qi '^content-type: text/html' '$tmp/h' && grep -qi \"^content-security-policy: default-src 'self'\" '$tmp/h' && grep -q '<script src=\"/app.js\">' '$tmp/page'"
check "the page's script and a library it needs are served" bash -c "test \$(curl -s -o /dev/null -w '%{http_code}' '${base}app.js') = 200 && test \$(curl -s -o /dev/null -w '%{http_code}' '${base}vendor/countries-110m.json') = 200"
check "a file not in the page's list is a 404, whatever the path says" bash -c "for p in index.html web/app.js vendor/../app.js %2e%2e/%2e%2e/etc/passwd ../../../../etc/passwd README.md node_modules/uplot/package.json; do test \$(curl -s --path-as-is -o /dev/null -w '%{http_code}' '$base'\$p) = 404 || exit 1; done"
check "article/ID: the segments are the text, cut where the marks are" bash -c "curl -s '${url}article/01-rusia-indonesia-nuklir' | jq -e '([.segments[].text] | join(\"\")) == .article.text'"
check "article/ID: a mention's segment carries its entity" bash -c "curl -s '${url}article/01-rusia-indonesia-nuklir' | jq -e '(.entities[] | select(.name == \"Sergey Lavrov\") | .entity) as \$e | [.segments[] | select(.marks | index(\"entity:\(\$e)\")) | .text] | index(\"Sergey Lavrov\") != null'"
check "GET network: the US-Iran sanction is a material-conflict edge" bash -c "curl -s '${url}network' | jq -e '[.edges[] | select(.source == \"IRN\" and .target == \"USA\")][0] | .quad[\"4\"] >= 1 and .count >= .quad[\"4\"]'"
check "GET network: a node's weight is the events on its edges" bash -c "curl -s '${url}network' | jq -e '. as \$n | all(.nodes[]; .count == ([\$n.edges[] | select(.source == \$n.nodes[0].id or .target == \$n.nodes[0].id) | .count] | add) or .id != \$n.nodes[0].id)'"
check "GET network of actors under a filter" bash -c "curl -s '${url}network?nodes=actors&country=RUS' | jq -e '.nodes_are == \"actors\" and any(.nodes[]; .id == \"Sergey Lavrov\")'"
check "GET map: countries and the places events happened" bash -c "curl -s '${url}map?country=RUS' | jq -e 'any(.countries[]; .country == \"RUS\") and any(.places[]; .location == \"Moskow\")'"
check "GET events with facets: counts under the same filters" bash -c "curl -s '${url}events?country=RUS&facets=type,country&limit=1' | jq -e '.total >= 1 and (.facets.country[] | select(.value == \"RUS\") | .count) == .total'"
check "facets a kind cannot be counted by: a 400 naming facets" bash -c "test \$(curl -s -o '$tmp/e.json' -w '%{http_code}' '${url}articles?facets=type') = 400 && jq -e '.error.parameter == \"facets\"' '$tmp/e.json'"
check "network takes no by: a 400 naming it" bash -c "test \$(curl -s -o '$tmp/e.json' -w '%{http_code}' '${url}network?by=month') = 400 && jq -e '.error.parameter == \"by\"' '$tmp/e.json'"
check "GET entity/NAME by another spelling: the minister, how he was written, his partners" bash -c "curl -s '${url}entity/Lavrov' | jq -e '.entity.name == \"Sergey Lavrov\" and .entity.country == \"RUS\" and any(.spellings[]; .text == \"Lavrov\") and any(.partners[]; .actor == \"Sugiono\") and .quotes >= 2'"
check "an unknown entity is a 404" test "$(curl -s -o /dev/null -w '%{http_code}' "${url}entity/No%20Such%20Person")" = 404
check "an unknown article is a 404" test "$(curl -s -o /dev/null -w '%{http_code}' "${url}article/no-such")" = 404
check "POST is refused (405)" test "$(curl -s -o /dev/null -w '%{http_code}' -X POST -d x=1 "${url}events")" = 405
check "SQL in a parameter is a value, not SQL" bash -c "curl -s -G '${url}events' --data-urlencode \"actor=x' OR 1=1; DROP TABLE events; --\" | jq -e '.total == 0'"
check "thousands of filters: a 400" bash -c "test \$(curl -s -o /dev/null -w '%{http_code}' '${url}events?'\"\$(printf 'country=IDN&%.0s' \$(seq 1 2000))\") -ge 400"
head -c 100000 /dev/zero | tr '\0' a >"$tmp/big-param"
check "a 100 KB parameter: a 400 naming it" bash -c "test \$(curl -s -o '$tmp/e.json' -w '%{http_code}' -G --data-urlencode 'actor@$tmp/big-param' '${url}events') = 400 && jq -e '.error.parameter == \"actor\"' '$tmp/e.json'"
head -c 300000 /dev/zero | tr '\0' a >"$tmp/huge-param"
check "a 300 KB request: a 4xx" bash -c "test \$(curl -s -o /dev/null -w '%{http_code}' -G --data-urlencode 'actor@$tmp/huge-param' '${url}events') -ge 400"
cat >"$tmp/slow.py" <<'PY'
# 30 slow clients: each sends half a request and stalls; meanwhile a whole
# request must be answered within 3 s
import socket, subprocess, sys
host, port, url = sys.argv[1], int(sys.argv[2]), sys.argv[3]
slow = []
for _ in range(30):
    s = socket.create_connection((host, port))
    s.sendall(b"GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    slow.append(s)
ok = subprocess.run(["curl", "-s", "-f", "--max-time", "3", "-o", "/dev/null", url + "stats"]).returncode == 0
for s in slow:
    s.close()
sys.exit(0 if ok else 1)
PY
hostport=${url#http://}
hostport=${hostport%%/*}
check "30 slow clients holding half a request: the server still answers at once" python3 "$tmp/slow.py" "${hostport%:*}" "${hostport#*:}" "$url"
check "the server still answers" bash -c "curl -s '${url}stats' | jq -e '.results[0].documents == $nfiles'"
check "the server never wrote the database" test "$(md5sum <"$db")" = "$before"
kill -TERM "$spid"
wait "$spid"
check "SIGTERM stops the server cleanly" bash -c "test $? -eq 0 && grep -q 'stopped (SIGTERM)' '$tmp/serve.err'"
"$W" serve --db "$tmp/other.db" --listen 127.0.0.1:0 >/dev/null 2>"$tmp/serve2.err"
check "serve refuses a database that is not Warta's" bash -c "test $? -eq 2 && grep -q 'not a Warta database' '$tmp/serve2.err'"
"$W" serve --db "$db" --listen 999.1.1.1:80 >/dev/null 2>&1
check "serve --listen with a bad address is a usage error" test $? -eq 2
if [ -n "${WARTA_TEST_PG:-}" ] && [ -n "${pg:-}" ]; then
    pgname2="warta_serve_$$"
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgname2" -c "CREATE DATABASE $pgname2" 2>/dev/null
    "$W" ingest -q --pg "${WARTA_TEST_PG%/*}/$pgname2" "$root/samples" 2>/dev/null
    serve_start --db "$db"
    sqlite_url=$url
    sqlite_pid=$spid
    serve_start --pg "${WARTA_TEST_PG%/*}/$pgname2"
    for q in "events?between=IDN,CHN&from=2025" "count?by=partner,domain&country=IDN&quad=cooperation" "quotes?speaker=Jokowi" \
        "articles?entity=Jokowi&fields=doc_id,title" "article/03-prabowo-kunjungan-turki" "events?from=2019-99-99"; do
        check "serve --pg answers $q as serve --db does" test "$(curl -s "$sqlite_url$q")" = "$(curl -s "$url$q")"
    done
    kill -TERM "$spid" "$sqlite_pid"
    wait
    psql -q "$WARTA_TEST_PG" -c "DROP DATABASE IF EXISTS $pgname2" 2>/dev/null
fi

# the answers cache: a repeated request is answered from it, until the
# database changes under the server (another process ingests)
"$W" ingest -q --db "$tmp/cache.db" "$root/samples/01-rusia-indonesia-nuklir.txt" 2>/dev/null
serve_start --db "$tmp/cache.db"
curl -s -o /dev/null "${url}stats"
check "serve: the same request again comes from the cache" bash -c "curl -s -D - -o /dev/null '${url}stats' | grep -qi '^x-cache: hit'"
"$W" ingest -q --db "$tmp/cache.db" "$root/samples/02-vietnam-rusia-minyak.txt" 2>/dev/null
check "serve: after the database changed, the new answer" bash -c "curl -s -D '$tmp/h' '${url}stats' | jq -e '.results[0].documents == 2' && grep -qi '^x-cache: miss' '$tmp/h'"
check "serve: a 400 is never cached" bash -c "curl -s -o /dev/null '${url}events?from=x'; ! curl -s -D - -o /dev/null '${url}events?from=x' | grep -qi '^x-cache'"
kill -TERM "$spid"
wait "$spid"
check "serve: says on stopping how many answers came from the cache" grep -q 'answers from the cache' "$tmp/serve.err"

# --- facts in the database: events and quotes ---
check "samples: events found" bash -c "'$W' query --db '$db' --json --limit 1000 events | jq -e -s 'length >= 15'"
check "query events has GDELT-like columns under the database's names" bash -c "'$W' query --db '$db' --tsv events | head -1 | grep -qP \"^id\tdate\ttype\tmode\tcameo\tquad_class\tactor1\tactor1_country\tactor2\tactor2_country\""
check "query events --min-confidence keeps the surer events" bash -c "'$W' query --db '$db' --json --limit 1000 --min-confidence 0.8 events | jq -e -s 'length >= 1 and all(.[]; .confidence >= 0.8)'"
check "query events --type SANCTION: the United States and Iran" bash -c "'$W' query --db '$db' --json --type SANCTION events | jq -e -s 'any(.[]; .actor1_country == \"USA\" and .actor2_country == \"IRN\" and .quad_class == 4)'"
check "query events by country, domain and dates" bash -c "'$W' query --db '$db' --json --country rus --domain nuclear --from 2025-01-01 --to 2025-12-31 events | jq -e -s 'length >= 1 and all(.[]; (.actor1_country == \"RUS\" or .actor2_country == \"RUS\") and (.domains | contains(\"nuclear\")))'"
check "query events by actor name" bash -c "'$W' query --db '$db' --json --actor Prabowo events | jq -e -s 'length >= 1'"
check "query events with no match prints nothing" bash -c "test -z \"\$('$W' query --db '$db' --json --type SANCTION --country ATA events)\""
check "SQL views: events with their URL-less article and evidence" test "$(sqlite3 "$db" "select count(*) from events_full where evidence is null or doc_id is null")" -eq 0
check "SQL: mention text is stored beside its offsets" test "$(sqlite3 "$db" "select count(*) from mentions m join entities e on e.id = m.entity join documents d on d.id = e.doc where m.text <> CAST(substr(CAST(d.text AS BLOB), m.start + 1, m.end - m.start) AS TEXT)")" -eq 0
check "stored quotes point at their speaker entity" test "$(sqlite3 "$db" 'select count(*) from quotes q join entities e on e.id = q.entity where e.name = q.speaker') " -ge 1
check "stored events keep every span" test "$(sqlite3 "$db" 'select count(*) from events e where (select count(*) from event_spans x where x.event = e.id) < 1')" -eq 0

# --- the tagger on a file written for the test ---
printf 'Presiden\tO\nRusia\tB-LOC\nVladimir\tB-PER\nPutin\tI-PER\ntiba\tO\ndi\tO\nJakarta\tB-LOC\n.\tO\n\nIa\tO\npulang\tO\n.\tO\n' >"$tmp/tiny.conll"
"$W" tag -m "$root/models/ner.model" --conll "$tmp/tiny.conll" >"$tmp/tiny.tags"
check "tag prints token<TAB>tag, blank lines kept" test "$(wc -l <"$tmp/tiny.tags"),$(grep -c '^$' "$tmp/tiny.tags")" = "13,2"
check "the default tagger finds Vladimir Putin and Jakarta" bash -c "grep -qP '^Vladimir\tB-PER' '$tmp/tiny.tags' && grep -qP '^Putin\tI-PER' '$tmp/tiny.tags' && grep -qP '^Jakarta\tB-LOC' '$tmp/tiny.tags'"
check "eval ner scores the file" bash -c "'$W' eval ner -m '$root/models/ner.model' --conll '$tmp/tiny.conll' | grep -qE '^overall \\(micro\\) +3 +3 +3 +100.00 +100.00 +100.00'"
# training from the command line: an ensemble with the names memory; bad options and a cut model
for k in 1 2 3 4 5 6; do cat "$tmp/tiny.conll"; printf '\n'; done >"$tmp/train.conll"
"$W" train ner --train "$tmp/train.conll" --dev "$tmp/tiny.conll" --epochs 3 --bits 12 --ensemble 2 \
    -o "$tmp/tiny.model" 2>"$tmp/train.log"
check "train ner --ensemble 2 reports both members" bash -c "grep -q 'member 2/2  epoch  3' '$tmp/train.log'"
check "the trained model tags its training sentences back" bash -c "'$W' eval ner -m '$tmp/tiny.model' --conll '$tmp/tiny.conll' | grep -qE '^overall \\(micro\\) +3 +3 +3 '"
check "the model keeps the names memory" bash -c "grep -qa '^MEMORY 3$' '$tmp/tiny.model'"
check "a trained model is written plain (no inflating at start-up)" bash -c "head -c 8 '$tmp/tiny.model' | grep -q '^WARTANER'"
gzip -c "$tmp/tiny.model" >"$tmp/tiny.model.gz"
check "a gzip model reads as the plain one" \
    bash -c "cmp <('$W' tag -m '$tmp/tiny.model' --conll '$tmp/tiny.conll') <('$W' tag -m '$tmp/tiny.model.gz' --conll '$tmp/tiny.conll')"
"$W" train ner --train "$tmp/train.conll" --epochs 3 --bits 12 --ensemble 0 -o "$tmp/bad.model" 2>"$tmp/bad.log"
rc=$?
check "train ner --ensemble 0 exits 2 with a reason" bash -c "test $rc -eq 2 && grep -q 'ensemble: expected a whole number from 1 to 64' '$tmp/bad.log'"
head -c 2000 "$tmp/tiny.model" >"$tmp/cut.model"
"$W" tag -m "$tmp/cut.model" --conll "$tmp/tiny.conll" >/dev/null 2>"$tmp/cut.log"
rc=$?
check "a cut model is refused, named" bash -c "test $rc -ne 0 && grep -q 'cut.model' '$tmp/cut.log'"

# --- the seed articles (issues 4 and 5) ---
seeds="$root/../shared/seeds"
if [ -d "$seeds" ]; then
    "$W" extract -q --no-tokens "$seeds" >"$tmp/seeds.jsonl"
    s1=$(ls "$seeds" | head -1)
    ent() { jq -s -e --arg n "$1" --arg c "$2" --arg t "$3" 'any(.[].entities[]; .name == $n and .country == $c and .type == $t)' "$tmp/seeds.jsonl"; }
    for p in "Vladimir Putin:RUS" "Prabowo Subianto:IDN" "Mikhail Mishustin:RUS" "Luong Cuong:VNM" "To Lam:VNM" "Pham Minh Chinh:VNM"; do
        check "seeds: person ${p%%:*} (${p##*:})" ent "${p%%:*}" "${p##*:}" PER
    done
    for p in "St. Petersburg:RUS" "Jakarta:IDN" "Bali:IDN" "Hanoi:VNM"; do
        check "seeds: place ${p%%:*} (${p##*:})" ent "${p%%:*}" "${p##*:}" LOC
    done
    check "seeds: Mishutin's offsets point at Mishutin" python3 -c "
import json,sys
for l in open('$tmp/seeds.jsonl'):
    d=json.loads(l); t=d['text'].encode()
    for e in d['entities']:
        if e['name']=='Mikhail Mishustin' and any(t[s:x]==b'Mishutin' for s,x in e['mentions']): sys.exit(0)
sys.exit(1)"
    ev() { jq -s -e --arg t "$1" --arg a "$2" --arg b "$3" --arg d "$4" --arg dom "$5" 'any(.[].events[]; .type == $t and ([.actor1.country, .actor2.country] | sort) == ([$a, $b] | sort) and ($d == "" or .date == $d) and ($dom == "" or (.domains | index($dom))))' "$tmp/seeds.jsonl"; }
    check "seeds: Russia and Indonesia meet on 2025-06-19 (CONSULT)" ev CONSULT RUS IDN 2025-06-19 ""
    check "seeds: Russia and Vietnam meet on 2025-01-15 (CONSULT)" ev CONSULT RUS VNM 2025-01-15 ""
    check "seeds: Russia offers Indonesia nuclear cooperation (AGREE)" ev AGREE RUS IDN "" nuclear
    check "seeds: Russia offers Vietnam nuclear cooperation (AGREE)" ev AGREE RUS VNM "" nuclear
    check "seeds: the nuclear agreement signed on 2025-01-14 (SUPPORT)" ev SUPPORT RUS VNM 2025-01-14 nuclear
    check "seeds: joint oil and gas projects (AGREE)" ev AGREE RUS VNM "" oil_gas
    check "seeds: Putin's six statements" jq -s -e '[.[0].quotes[] | select(.kind == "direct" and .speaker == "Vladimir Putin")] | length == 6' "$tmp/seeds.jsonl"
    check "seeds: 500, 75 and 80 percent" jq -s -e '[.[].quantities[]] | (any(.value == 500 and .object == "orang")) and (any(.value == 75 and .object == "tahun")) and (any(.value == 80 and .unit == "percent"))' "$tmp/seeds.jsonl"
    check "seeds: dates to ISO 8601" jq -s -e '[.[].dates[].value] | index("2025-06-19") and index("2025-01-15") and index("2025-01-14") and index("1995/2023") and index("P5Y")' "$tmp/seeds.jsonl"
else
    echo "skip seeds: $seeds not found"
fi
pfsa="$root/../shared/data/pfsa-id/dev.txt"
if [ -f "$pfsa" ]; then
    f1=$("$W" eval quotes "$pfsa" | awk '$1 == "overlap" { print $4 }')
    check "PFSA-ID: direct quotes overlap F1 $f1 >= 85" awk -v f="$f1" 'BEGIN { exit !(f >= 85) }'
    acc=$("$W" eval quotes "$pfsa" | sed -n 's/.*(\([0-9.]*\)%).*/\1/p')
    check "PFSA-ID: speakers right $acc% >= 85" awk -v f="$acc" 'BEGIN { exit !(f >= 85) }'
else
    echo "skip PFSA-ID: $pfsa not found"
fi

# --- stdin ---
check "stdin plain text" bash -c "printf 'Judul Uji Coba\nIsi berita uji coba yang pendek.\n' | '$W' extract - | jq -e '.title == \"Judul Uji Coba\"'"
check "stdin JSON Lines" bash -c "printf '{\"id\":\"s1\",\"text\":\"Satu.\"}\n{\"id\":\"s2\",\"text\":\"Dua.\"}\n' | '$W' extract | jq -e -s 'map(.id) == [\"s1\",\"s2\"]'"
check "stdin gzip" bash -c "printf '{\"id\":\"z\",\"text\":\"Zip.\"}\n' | gzip | '$W' extract - | jq -e '.id == \"z\"'"

# --- bad input: every case is reported, the rest is processed ---
bad="$tmp/bad"
mkdir -p "$bad"
printf 'Berita pertama yang baik.\n' >"$bad/01-good.txt"
printf 'Berita dengan byte \xff\xfe rusak di tengah.\n' >"$bad/02-invalid-utf8.txt"
head -c 5000 /dev/urandom >"$bad/03-binary.txt"
: >"$bad/04-empty.txt"
{
    printf '{"id":"j1","text":"Baris JSON pertama."}\n'
    printf '{"id":"j2","text":"tanpa penutup"\n'
    printf '{"id":"j3","text":"Baris JSON ketiga."}\n'
} >"$bad/05-mixed.jsonl"
ln -s /nonexistent/warta.txt "$bad/06-unreadable.txt"
awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) printf "{\"id\":\"gz%d\",\"text\":\"Berita ke-%d, angka %f.\"}\n", i, i, rand() }' |
    gzip >"$tmp/full.gz"
head -c 20000 "$tmp/full.gz" >"$bad/07-truncated.jsonl.gz"
# a single 200 MB line (read in a stream and skipped: over --max-doc-size)
head -c 200000000 /dev/zero | tr '\0' 'a' >"$bad/08-huge-line.txt"
printf 'Berita terakhir yang baik.\n' >"$bad/09-good.txt"

run_bad() {
    if [ "$sanitized" -eq 0 ]; then
        # memory stays bounded by the largest document, not the input size
        (ulimit -v 600000 && "$W" "$@")
    else
        "$W" "$@"
    fi
}
run_bad extract "$bad" >"$tmp/bad.jsonl" 2>"$tmp/bad.err"
rc=$?
check "bad input: exit status 1 (something skipped)" test "$rc" -eq 1
check "bad input: the good documents are out" bash -c "jq -r .id '$tmp/bad.jsonl' | grep -qx 01-good && jq -r .id '$tmp/bad.jsonl' | grep -qx 09-good"
check "bad input: JSONL lines around a bad one are kept" bash -c "jq -r .id '$tmp/bad.jsonl' | grep -qx j1 && jq -r .id '$tmp/bad.jsonl' | grep -qx j3"
check "bad input: invalid UTF-8 is repaired and kept" jq -s -e 'map(select(.id == "02-invalid-utf8" and (.warnings | length) == 1 and (.text | contains("\ufffd")))) | length == 1' "$tmp/bad.jsonl"
check "bad input: invalid UTF-8 names the byte" grep -q "02-invalid-utf8.txt: byte 19: invalid UTF-8" "$tmp/bad.jsonl"
check "bad input: binary is named" grep -q "03-binary.txt.*binary data" "$tmp/bad.err"
printf '[\001\002\377\376\000' >"$tmp/bracket.bin"
head -c 3000 /dev/urandom >>"$tmp/bracket.bin"
"$W" extract "$tmp/bracket.bin" >/dev/null 2>"$tmp/bracket.err"
check "binary that starts with a bracket is binary, not JSON" grep -q "bracket.bin: byte [0-9]*: binary data" "$tmp/bracket.err"
check "bad input: empty is named" grep -q "04-empty.txt: document has no text" "$tmp/bad.err"
check "bad input: malformed JSON names the line" grep -q "05-mixed.jsonl:2: malformed JSON" "$tmp/bad.err"
check "bad input: unreadable file is named" grep -q "06-unreadable.txt: cannot open" "$tmp/bad.err"
check "bad input: truncated gzip is named" grep -q "07-truncated.jsonl.gz.*damaged or truncated" "$tmp/bad.err"
check "bad input: lines before the gzip cut are kept" bash -c "test \$(grep -c '\"id\":\"gz' '$tmp/bad.jsonl') -gt 500"
check "bad input: huge line is named" grep -q "08-huge-line.txt.*over the limit" "$tmp/bad.err"
check "bad input: every message starts with warta:" bash -c "! grep -v '^warta: ' '$tmp/bad.err' | grep -v '^\$' | grep -vq '^\r'"

run_bad extract -j 2 "$bad" >"$tmp/bad2.jsonl" 2>"$tmp/bad2.err"
check "bad input with -j 2: same output, same messages, same status" \
    bash -c "test $? -eq 1 && cmp '$tmp/bad.jsonl' '$tmp/bad2.jsonl' && cmp '$tmp/bad.err' '$tmp/bad2.err'"

bdb="$tmp/bad.db"
run_bad ingest -q --db "$bdb" "$bad" 2>"$tmp/badingest.err"
rc=$?
check "bad input ingest: exit status 1" test "$rc" -eq 1
n_ok=$(jq -s length "$tmp/bad.jsonl")
check "bad input ingest: stores what extract printed ($n_ok)" test "$(sqlite3 "$bdb" 'select count(*) from documents')" -eq "$n_ok"
check "bad input ingest: database consistent" test "$(sqlite3 "$bdb" 'pragma integrity_check')" = ok

# a large single-line document is processed when the limit allows it
if [ "$sanitized" -eq 0 ]; then
    big="$tmp/big"
    mkdir -p "$big"
    yes 'Presiden bertemu menteri di Jakarta pada Kamis (19/6/2025) dan 1.000 orang hadir.' | head -c 30000000 | tr '\n' ' ' >"$big/line.txt"
    (ulimit -v 2500000 && "$W" extract --no-tokens --max-doc-size 64M "$big") >"$tmp/big.jsonl" 2>"$tmp/big.err"
    check "30 MB single line is processed within bounded memory" jq -e '(.sentences | length) > 300000' "$tmp/big.jsonl"
    check "30 MB of text is not parsed, and the record says so" \
        bash -c "grep -q 'too long to parse' '$tmp/big.err' && jq -e '.warnings | any(test(\"too long to parse\"))' '$tmp/big.jsonl' >/dev/null"
else
    echo "skip 30 MB line under sanitizers"
fi

# --- the CLICK-ID news corpus, when ../shared is beside the repository ---
click="$root/../shared/data/click-id-news"
if [ -d "$click" ]; then
    # cleaning checks: no parts of speech needed (and a sanitizer build parses slowly)
    "$W" extract -q --no-tokens --no-parse "$click/tempo.jsonl" "$click/kompas.jsonl" 2>/dev/null >"$tmp/click.jsonl"
    check "CLICK-ID: every article with text comes out" test "$(wc -l <"$tmp/click.jsonl")" -gt 7000
    left=$(jq -r .text "$tmp/click.jsonl" | grep -c -E '‚Ä|¬†|â€|Ã©|Ã¨' || true)
    check "CLICK-ID: no mojibake sequence left ($left lines)" test "$left" -eq 0
    quotes=$(jq -r .text "$tmp/click.jsonl" | grep -o '[“”]' | wc -l)
    check "CLICK-ID: curly quotation marks come back ($quotes)" test "$quotes" -gt 5000
    check "CLICK-ID: comma-joined paragraphs are split" \
        jq -s -e '(map(.paragraphs | length) | add / length) > 4' "$tmp/click.jsonl"
else
    echo "skip CLICK-ID checks: $click not found"
fi

# --- the article-extraction benchmark, when ../shared is beside the repository ---
aeb="$root/../shared/data/article-extraction-benchmark"
if [ -d "$aeb" ]; then
    mkdir -p "$tmp/aeb"
    for f in "$aeb"/html/*.html.gz; do zcat "$f" >"$tmp/aeb/$(basename "$f" .gz)"; done
    "$W" extract -q --no-tokens --no-parse "$tmp/aeb" >"$tmp/aeb.jsonl" 2>"$tmp/aeb.err"
    check "HTML benchmark: one record per page" test "$(wc -l <"$tmp/aeb.jsonl")" -eq "$(ls "$tmp/aeb" | wc -l)"
    f1=$("$W" eval html "$aeb" | sed -n 's/.*F1 \([0-9.]*\).*/\1/p')
    check "HTML benchmark: F1 $f1 >= 0.958 (trafilatura 2.0.0)" awk -v f="$f1" 'BEGIN { exit !(f >= 0.958) }'
    f1t=$("$W" eval html "$aeb" "$aeb/output/trafilatura.json" | sed -n 's/.*F1 \([0-9.]*\).*/\1/p')
    check "HTML benchmark: the metric reproduces trafilatura's published 0.958 ($f1t)" test "$f1t" = 0.958
else
    echo "skip HTML benchmark: $aeb not found"
fi

# --- the fuzz seeds, replayed through each fuzz target ---
for t in text html files; do
    if [ -x "$root/$BUILD/tests/replay_$t" ]; then
        check "fuzz seeds replay through $t" "$root/$BUILD/tests/replay_$t" "$root/tests/fuzz/seeds/$t"
    fi
done

# --- usage errors ---
"$W" frobnicate >/dev/null 2>&1
check "unknown command exits 2" test $? -eq 2
"$W" ingest "$root/samples" >/dev/null 2>&1
check "ingest without --db exits 2" test $? -eq 2
"$W" extract --max-doc-size lots "$root/samples" >/dev/null 2>&1
check "bad --max-doc-size exits 2" test $? -eq 2
"$W" extract /nonexistent/dir "$root/samples/$(ls "$root/samples" | head -1)" >"$tmp/one.jsonl" 2>/dev/null
rc=$?
check "a missing path is skipped, the rest read" test "$rc" -eq 1 -a "$(wc -l <"$tmp/one.jsonl")" -eq 1

# --- bad input to the training and scoring commands ---
printf '{"id":"a","text":"Satu dua tiga."}\n{"id":"b","text":"tanpa penutup"\n{"id":"c","text":"Empat lima enam."}\n' >"$tmp/mixed.jsonl"
"$W" train clusters "$tmp/mixed.jsonl" "$tmp/mixed.jsonl" "$tmp/mixed.jsonl" >"$tmp/classes.tsv" 2>"$tmp/classes.err"
check "train clusters: a bad JSON line is skipped with exit status 1" test $? -eq 1
check "train clusters: the bad line is named" grep -q "mixed.jsonl:2: not a JSON object" "$tmp/classes.err"
check "train clusters: the lines around it are read" bash -c "grep -q '^dua' '$tmp/classes.tsv' && grep -q '^empat' '$tmp/classes.tsv'"
head -c 20000 "$tmp/full.gz" >"$tmp/cut.jsonl.gz"
"$W" train clusters "$tmp/cut.jsonl.gz" >"$tmp/cut.tsv" 2>"$tmp/cut.err"
check "train clusters: a truncated gzip is named, what came before it kept" \
    bash -c "test $? -eq 1 && grep -q 'cut.jsonl.gz.*damaged or truncated' '$tmp/cut.err' && grep -q '^berita' '$tmp/cut.tsv'"
"$W" train clusters /nonexistent/news.jsonl >/dev/null 2>"$tmp/nofile.err"
check "train clusters: a missing file exits 2, named" bash -c "test $? -eq 2 && grep -q '/nonexistent/news.jsonl: cannot open' '$tmp/nofile.err'"
printf 'kata\tO\nrusak tanpa tab\n' >"$tmp/badq.txt"
"$W" eval quotes "$tmp/badq.txt" >/dev/null 2>"$tmp/badq.err"
check "eval quotes: a line without a label exits 2, named with its line" \
    bash -c "test $? -eq 2 && grep -q 'badq.txt:2: expected token<TAB>label' '$tmp/badq.err'"

# --- syntax: warta parse, train pos|parse, eval parse ---
"$W" parse "$root/samples/01-rusia-indonesia-nuklir.txt" >"$tmp/parsed.conllu" 2>"$tmp/parsed.err"
check "parse FILE prints CoNLL-U with one root per sentence" python3 - "$tmp/parsed.conllu" <<'PY'
import sys
sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if cur: sents.append(cur); cur = []
        continue
    if line.startswith("#"): continue
    f = line.split("\t")
    assert len(f) == 10, f
    cur.append(f)
assert len(sents) > 3
for s in sents:
    heads = [int(f[6]) for f in s]
    assert heads.count(0) == 1, s
    assert all(0 <= h <= len(s) for h in heads)
    assert all(f[3] != "_" and f[7] != "_" and "TokenRange=" in f[9] for f in s)
PY
"$W" parse --conllu "$tmp/parsed.conllu" -m "$root/models/syntax.model" >"$tmp/reparsed.conllu" 2>/dev/null
check "parse --conllu keeps the tokens and the comments" \
    bash -c "test \"\$(grep -c '^#' '$tmp/parsed.conllu')\" -eq \"\$(grep -c '^#' '$tmp/reparsed.conllu')\" && diff <(cut -f1,2 '$tmp/parsed.conllu') <(cut -f1,2 '$tmp/reparsed.conllu') >/dev/null"
"$W" eval parse -m "$root/models/syntax.model" --conllu "$tmp/parsed.conllu" >"$tmp/selfscore.txt"
check "eval parse: the model agrees with its own output" grep -q "^LAS *100.00" "$tmp/selfscore.txt"
printf '1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tdatang\t_\n' >"$tmp/bad.conllu"
"$W" eval parse -m "$root/models/syntax.model" --conllu "$tmp/bad.conllu" >/dev/null 2>"$tmp/badc.err"
check "eval parse: a bad CoNLL-U line exits 2, named with its line" \
    bash -c "test $? -eq 2 && grep -q 'bad.conllu:2: expected 10 tab-separated columns' '$tmp/badc.err'"
"$W" parse --conllu "$tmp/parsed.conllu" -m "$root/models/ner.model" >/dev/null 2>"$tmp/wrongm.err"
check "parse: a model of another kind is refused, named" \
    bash -c "test $? -eq 2 && grep -q 'ner.model.*not a Warta syntax model' '$tmp/wrongm.err'"
"$W" train parse --train "$tmp/reparsed.conllu" --epochs 2 -o "$tmp/tiny.model" 2>/dev/null
check "train parse writes a model that parse reads" \
    bash -c "'$W' parse --conllu '$tmp/parsed.conllu' -m '$tmp/tiny.model' | grep -c '^1	' | grep -qx \"\$(grep -c '^1	' '$tmp/parsed.conllu')\""
"$W" extract --no-parse "$root/samples/01-rusia-indonesia-nuklir.txt" >"$tmp/noparse.jsonl" 2>/dev/null
check "extract --no-parse leaves the trees out" bash -c "! grep -q '\"syntax\"' '$tmp/noparse.jsonl' && grep -q '\"syntax\":{\"upos\"' '$tmp/samples.jsonl'"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
