// json_fast.cpp - see json_fast.h. simdjson's DOM parser, kept per reader
// (its buffers are reused from record to record); the error-code API only,
// and no exception leaves this file.
#include "json_fast.h"

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <vector>

struct wt_jf {
    simdjson::dom::parser parser;
    std::vector<wt_jf_field> fields;
};

extern "C" wt_jf *wt_jf_new(void)
{
    try {
        return new wt_jf();
    } catch (...) {
        return nullptr;
    }
}

extern "C" void wt_jf_free(wt_jf *p) { delete p; }

// A key already among the fields before it (records have a handful).
static bool seen_key(const std::vector<wt_jf_field> &f, std::string_view key)
{
    for (const wt_jf_field &x : f)
        if (x.key_len == key.size() && std::memcmp(x.key, key.data(), key.size()) == 0)
            return true;
    return false;
}

static bool plain_value(simdjson::dom::element v, wt_jf_field *out)
{
    std::string_view s;
    int64_t i;
    if (v.get_string().get(s) == simdjson::SUCCESS) {
        out->is_int = false;
        out->s = s.data(); // simdjson ends its strings with a NUL
        out->len = s.size();
        return true;
    }
    if (v.type() == simdjson::dom::element_type::INT64 && v.get_int64().get(i) == simdjson::SUCCESS) {
        out->is_int = true;
        out->i = (long long)i;
        return true;
    }
    return false; // reals, integers past int64, objects, arrays, true, false, null
}

static bool read_object(wt_jf *p, const char *buf, size_t len)
{
    simdjson::dom::element doc;
    simdjson::dom::object obj;
    if (p->parser.parse(buf, len, false).get(doc) != simdjson::SUCCESS || doc.get_object().get(obj) != simdjson::SUCCESS)
        return false;
    p->fields.clear();
    for (simdjson::dom::key_value_pair kv : obj) {
        if (std::memchr(kv.key.data(), 0, kv.key.size()) || seen_key(p->fields, kv.key))
            return false; // jansson refuses the first and keeps the last of the second
        wt_jf_field f{};
        f.key = kv.key.data();
        f.key_len = kv.key.size();
        if (!plain_value(kv.value, &f))
            return false;
        p->fields.push_back(f);
    }
    return true;
}

extern "C" bool wt_jf_object(wt_jf *p, const char *buf, size_t len, const wt_jf_field **fields, size_t *n)
{
    *fields = nullptr;
    *n = 0;
    try {
        if (!read_object(p, buf, len))
            return false;
    } catch (...) { // memory ran out: jansson will say so, or cope
        return false;
    }
    *fields = p->fields.data();
    *n = p->fields.size();
    return true;
}
