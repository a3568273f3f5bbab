#!/usr/bin/env bash
# same-content.sh A B: exits 0 when two Warta databases hold the same
# documents and annotations, compared by content (documents by their
# content hash, rows by what they say), whatever their row ids. Each side
# is a SQLite file or a postgresql:// URL.
set -u
run() {
    case "$1" in
    postgres*) psql -Atq "$1" -c "$2" ;;
    *) sqlite3 "$1" "$2" ;;
    esac
}
Q=(
"select d.hash, d.doc_id, d.title, d.date, d.n_tokens, d.topic, d.warta_version from documents d order by 1"
"select d.hash, s.idx, s.start, s.\"end\", s.paragraph, s.syntax from sentences s join documents d on d.id = s.doc order by 1, 2"
"select d.hash, e.idx, e.type, e.name, e.country, e.role from entities e join documents d on d.id = e.doc order by 1, 2"
"select d.hash, e.idx, m.start, m.\"end\", m.text from mentions m join entities e on e.id = m.entity join documents d on d.id = e.doc order by 1, 2, 3"
"select d.hash, x.start, x.\"end\", x.value, x.text from dates x join documents d on d.id = x.doc order by 1, 2"
"select d.hash, q.start, q.text, q.speaker, q.kind, (select idx from entities e where e.id = q.entity) from quotes q join documents d on d.id = q.doc order by 1, 2, 4"
"select d.hash, e.start, e.type, e.actor1, e.actor2, e.date, e.domains, e.text, (select idx from entities x where x.id = e.actor1_entity) from events e join documents d on d.id = e.doc order by 1, 2, 3, 4, coalesce(e.actor2, ''), coalesce(e.date, ''), coalesce(e.location, '')"
"select d.hash, e.start, e.type, e.actor1, x.domain from event_domains x join events e on e.id = x.event join documents d on d.id = e.doc order by 1, 2, 3, 4, 5"
"select CASE WHEN a.hash < b.hash THEN a.hash ELSE b.hash END, CASE WHEN a.hash < b.hash THEN b.hash ELSE a.hash END, x.distance from duplicates x join documents a on a.id = x.doc join documents b on b.id = x.other order by 1, 2"
)
for q in "${Q[@]}"; do
    [ "$(run "$1" "$q" | md5sum)" = "$(run "$2" "$q" | md5sum)" ] || { echo "differ: ${q:0:70}" >&2; exit 1; }
done
