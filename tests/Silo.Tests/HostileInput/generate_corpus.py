#!/usr/bin/env python3
"""Writes the hostile-input corpus (corpus/*) and its one manifest (manifest.json).

Run once after changing a case; the files are committed and the test only reads them.
Each case is one body file plus one manifest entry: endpoint, content type, expected status and field
(single events) or expected per-line results (bulk). Bodies marked "expand" carry a marker that the
test streams out as N filler bytes, so multi-megabyte cases stay a few bytes in git.
"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
cases = []
n = [0]

def base(i):
    return {
        "service_request_id": i,
        "status": "open",
        "service_name": "Rubbish/Recyclable Material Collection",
        "agency_responsible": "Streets Department",
        "requested_datetime": "2025-02-14T15:00:00+00:00",
        "zipcode": "19128",
        "lat": 40.04519144,
        "long": -75.22581355,
        "channel": "phone",
    }

def write(name, ext, data):
    n[0] += 1
    fname = f"{n[0]:03d}-{name}.{ext}"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return fname, f"h{n[0]:03d}"

def enc(obj):
    return json.dumps(obj, ensure_ascii=False)

def single(name, status, field=None, build=None, content_type="application/json", raw=None, **extra):
    """build(id) -> bytes/str body; raw: a fixed body."""
    idx = f"h{n[0] + 1:03d}"
    body = raw if raw is not None else build(idx)
    fname, _ = write(name, "json", body)
    case = {"name": name, "file": fname, "endpoint": "single", "contentType": content_type, "status": status}
    if field is not None: case["field"] = field
    case["received"] = 1 if status == 202 else 0
    case.update(extra)
    cases.append(case)

def with_field(field, value):
    def b(i):
        o = base(i); o[field] = value; return enc(o)
    return b

def without(field):
    def b(i):
        o = base(i); o.pop(field, None); return enc(o)
    return b

def with_raw(field, raw_bytes):
    """The field's value as raw JSON bytes (e.g. a string holding invalid UTF-8)."""
    def b(i):
        o = base(i); o[field] = "@@RAW@@"
        return enc(o).encode("utf-8").replace(b'"@@RAW@@"', raw_bytes)
    return b

def bulk(name, ext, content_type, body_lines_or_bytes, lines, status=200, field=None, received=None, **extra):
    idx = f"h{n[0] + 1:03d}"
    body = body_lines_or_bytes(idx) if callable(body_lines_or_bytes) else body_lines_or_bytes
    fname, _ = write(name, ext, body)
    case = {"name": name, "file": fname, "endpoint": "bulk", "contentType": content_type, "status": status}
    if field is not None: case["field"] = field
    if lines is not None: case["lines"] = lines
    case["received"] = received if received is not None else sum(1 for l in (lines or []) if l[1] == "accepted")
    case.update(extra)
    cases.append(case)

if os.path.isdir(OUT): shutil.rmtree(OUT)
os.makedirs(OUT)

TIME_FIELDS = ["requested_datetime", "updated_datetime", "closed_datetime", "expected_datetime"]
BAD_TIMES = {
    "date-only": "2025-02-14",
    "us-dashes": "02-14-2025",
    "us-slashes-offset": "02/14/2025 11:00 -05:00",
    "day-month-name": "14 Feb 2025 11:00:00 -0500",
    "rfc1123": "Fri, 14 Feb 2025 16:00:00 GMT",
    "no-offset": "2025-02-14T16:00:00",
    "no-offset-space": "2025-02-14 16:00:00",
    "hour-25": "2025-02-14T25:00:00Z",
    "feb-30": "2025-02-30T10:00:00Z",
    "month-13": "2025-13-01T00:00:00Z",
    "basic-format": "20250214T160000Z",
    "offset-25h": "2025-02-14T16:00:00+25:00",
    "fullwidth-digits": "２０２５-02-14T16:00:00Z",
    "arabic-digits": "٢٠٢٥-٠٢-١٤T16:00:00Z",
    "week-date": "2025-W07-5T16:00:00Z",
    "ordinal-date": "2025-045T16:00:00Z",
    "expanded-year": "+002025-02-14T16:00:00Z",
    "zone-suffix": "2025-02-14T16:00:00-05:00[America/New_York]",
    "space-before-z": "2025-02-14T16:00:00 Z",
    "unix-seconds-text": "1739548800",
    "trailing-garbage": "2025-02-14T16:00:00Zjunk",
    "two-separators": "2025-02-14TT16:00:00Z",
    "newline-inside": "2025-02-14\n16:00:00Z",
}
for field in TIME_FIELDS:
    for label, value in BAD_TIMES.items():
        single(f"{field.split('_')[0]}-{label}", 400, field, with_field(field, value))
    single(f"{field.split('_')[0]}-year-9999", 400, field, with_field(field, "9999-12-31T23:59:59Z"))
    single(f"{field.split('_')[0]}-before-2000", 400, field, with_field(field, "1999-06-01T00:00:00Z"))
    single(f"{field.split('_')[0]}-long-garbage", 400, field, with_field(field, "2025-02-14T16:00:00Z" + "9" * 5000))

# Accepted time spellings (the strict parser must not refuse what the city sends).
single("time-space-separator-city-csv", 202, None, with_field("requested_datetime", "2025-02-14 00:49:28+00:00"))
single("time-fractional-seconds", 202, None, with_field("requested_datetime", "2025-02-14T15:00:00.1234567-05:00"))
single("time-zulu", 202, None, with_field("requested_datetime", "2025-02-14T15:00:00Z"))
single("time-no-seconds", 202, None, with_field("requested_datetime", "2025-02-14T15:00-05:00"))
single("time-compact-offset", 202, None, with_field("requested_datetime", "2025-02-14T15:00:00-0500"))
single("expected-due-in-weeks-accepted", 202, None, with_field("expected_datetime", "2025-03-14T15:00:00Z"))

# Text that is not valid Unicode, in every string field (known and ignored).
STRING_FIELDS = ["service_request_id", "status", "service_name", "service_code", "agency_responsible", "requested_datetime",
                 "updated_datetime", "expected_datetime", "closed_datetime", "zipcode", "lat", "long", "channel", "description"]
for field in STRING_FIELDS:
    single(f"invalid-utf8-{field}", 400, field, with_raw(field, b'"ab\xffcd"'))
    single(f"lone-high-surrogate-{field}", 400, field, with_raw(field, b'"ab\\ud800cd"'))
for field in ["service_name", "agency_responsible", "status", "channel"]:
    single(f"lone-low-surrogate-{field}", 400, field, with_raw(field, b'"\\udc00"'))
    single(f"overlong-slash-{field}", 400, field, with_raw(field, b'"a\xc0\xafb"'))
    single(f"encoded-surrogate-{field}", 400, field, with_raw(field, b'"a\xed\xa0\x80b"'))
    single(f"truncated-sequence-{field}", 400, field, with_raw(field, b'"a\xe2\x82"'))
single("invalid-utf8-in-key", 400, "body", lambda i: enc(base(i))[:-1].encode() + b', "de\xffsc": "x"}')
single("lone-surrogate-in-key", 400, "body", lambda i: enc(base(i))[:-1].encode() + b', "de\\ud800sc": "x"}')
single("invalid-utf8-outside-strings", 400, "body", lambda i: enc(base(i)).encode().replace(b'{', b'{\xff', 1))

# Duplicate keys: last-wins would let two readers disagree.
for field in ["service_request_id", "status", "service_name", "service_code", "agency_responsible", "requested_datetime",
              "updated_datetime", "closed_datetime", "zipcode", "lat", "long", "channel", "description"]:
    def dup(i, field=field):
        text = enc(base(i))[:-1]
        value = '"x"' if field not in ("lat", "long") else "1"
        return text + f', "{field}": {value}, "{field}": {value}' + "}" if field in ("description", "service_code", "updated_datetime", "closed_datetime") \
            else text + f', "{field}": {json.dumps(base(i)[field])}' + "}"
    single(f"duplicate-key-{field}", 400, field, dup)
single("keys-differing-in-case-are-not-duplicates", 202, None, lambda i: enc(base(i))[:-1] + ', "Status": "whatever"}')

# ZIP codes and coordinates in non-ASCII digits, and other numeric tricks.
BAD_ZIPS = {
    "arabic-indic": "١٩١٢٨", "extended-arabic-indic": "۱۹۱۲۸", "fullwidth": "１９１２８", "devanagari": "१९१२८",
    "bengali": "১৯১২৮", "math-bold": "𝟏𝟗𝟏𝟐𝟖", "mixed": "1912٨", "superscript": "¹⁹¹²⁸", "plus4-arabic": "19128-١٢٣٤",
    "float-arabic-zero": "19128.٠", "six-digits": "191280", "plus5": "19128-12345", "exponent": "1.9128e4",
    "nul": "19128\u0000", "fraction": "19128.5", "hex": "0x4AB8", "huge": "1" * 10000, "newline-then-digits": "19128\n1",
}
for label, value in BAD_ZIPS.items():
    single(f"zip-{label}", 400, "zipcode", with_field("zipcode", value))
single("zip-number-fraction", 400, "zipcode", with_raw("zipcode", b"19128.5"))
single("zip-number-negative", 400, "zipcode", with_raw("zipcode", b"-19128"))
single("zip-float-from-city-data", 202, None, with_raw("zipcode", b"19128.0"))
single("zip-plus4", 202, None, with_field("zipcode", "19128-1234"))
BAD_COORDS = {"arabic": "٤٠.٠٤٥", "fullwidth": "４０.０４５", "decimal-comma": "40,045", "infinity-text": "Infinity",
              "overflow": "1e400", "hex-float": "0x1p5", "nan": "NaN", "nul": "40.04\u0000", "huge-text": "4" * 10000,
              "symbol-infinity": "∞"}
for label, value in BAD_COORDS.items():
    single(f"lat-{label}", 400, "lat", with_field("lat", value))
single("long-arabic", 400, "long", with_field("long", "-٧٥.٢٢"))
single("lat-number-overflow", 400, "lat", with_raw("lat", b"1e400"))

# Case folding tricks: catalogs match ASCII only.
single("channel-long-s", 400, "channel", with_field("channel", "ſocial"))
single("channel-dotless-i", 400, "channel", with_field("channel", "socıal"))
single("channel-zero-width", 400, "channel", with_field("channel", "phone\u200b"))
single("channel-fullwidth", 400, "channel", with_field("channel", "ｐｈｏｎｅ"))
single("channel-huge", 400, "channel", with_field("channel", "phone" * 3000))
single("channel-control", 400, "channel", with_field("channel", "pho\u0007ne"))
single("status-kelvin", 400, "status", with_field("status", "ac\u212Anowledged"))
single("status-long-s-closed", 400, "status", with_field("status", "cloſed"))
single("status-huge", 400, "status", with_field("status", "x" * 10000))
single("status-ansi-escape", 400, "status", with_field("status", "\u001b[31mopen"))
single("channel-upper-case-accepted", 202, None, with_field("channel", "PHONE"))

# Control and bidi characters in names that screens show.
for field in ["agency_responsible", "service_name", "service_code"]:
    for label, value in {"nul": "Streets\u0000Dept", "ansi": "\u001b[2JStreets", "bell": "Streets\u0007", "newline": "Streets\nDept",
                         "rlo": "Streets \u202eDept", "isolate": "\u2066Streets\u2069", "bom": "\ufeffStreets"}.items():
        single(f"{field.split('_')[0]}-{label}", 400, field, with_field(field, value))
    single(f"{field.split('_')[0]}-over-256", 400, field, with_field(field, "Q" * 300))
single("agency-non-latin-accepted", 202, None, with_field("agency_responsible", "费城水务局"))
single("agency-kelvin-is-not-ascii-k", 202, None, with_field("agency_responsible", "\u212Aensington Authority"))

# Ids.
for label, value in {"space": "a b", "slash": "a/b", "too-long": "9" * 65, "unicode-digits": "١٢٣", "newline": "abc\n",
                     "nul": "abc\u0000", "empty": "", "huge": "7" * 100000 if False else "7" * 20000, "percent": "%2e%2e", "emoji": "ab😀"}.items():
    single(f"id-{label}", 400, "service_request_id", with_field("service_request_id", value))
single("id-number-exponent", 400, "service_request_id", with_raw("service_request_id", b"1e309"))
single("id-boolean", 400, "service_request_id", with_raw("service_request_id", b"true"))

# Body structure.
single("body-deep-nesting", 400, "body", raw='{"a":' * 40 + "1" + "}" * 40)
single("body-trailing-garbage", 400, "body", lambda i: enc(base(i)) + " x")
single("body-two-objects", 400, "body", lambda i: enc(base(i)) + enc(base(i)))
single("body-comment", 400, "body", lambda i: "/* hi */" + enc(base(i)))
single("body-trailing-comma", 400, "body", lambda i: enc(base(i))[:-1] + ",}")
single("body-single-quotes", 400, "body", raw="{'service_request_id': 'x'}")
single("body-nan-literal", 400, "body", lambda i: enc(base(i))[:-1] + ', "lat2": NaN}')
single("body-unescaped-control-in-string", 400, "body", lambda i: enc(base(i)).replace("Streets", "Str\u0001eets"))
single("body-null", 400, "body", raw="null")
single("body-number", 400, "body", raw="42")
single("body-empty-object", 400, "service_request_id", raw="{}")
single("body-truncated", 400, "body", lambda i: enc(base(i))[:40])
single("body-only-bom", 400, "body", raw=b"\xef\xbb\xbf")
single("body-whitespace", 400, "body", raw="   \n\t ")
single("body-over-limit-expanded", 413, "body", lambda i: enc(base(i))[:-1] + ', "padding": "@@FILL@@"}', expand={"marker": "@@FILL@@", "bytes": 3_000_000})

# Content types on the single endpoint.
for label, ctype in {"jsonx": "application/jsonx", "csvx": "text/csvx", "json-prefix-word": "application/json-seq",
                     "latin1": "application/json; charset=latin1", "utf16": "application/json; charset=utf-16",
                     "text-json": "text/json", "bare-json": "json", "empty": "", "wildcard": "application/*",
                     "any": "*/*", "ndjson": "application/x-ndjson", "form": "multipart/form-data; boundary=x",
                     "plain": "text/plain", "plus-json-text": "text/x+json", "garbage": "\u0001\u0002;;", "huge": "application/" + "j" * 5000}.items():
        single(f"content-type-{label}", 415, "Content-Type", lambda i: enc(base(i)), content_type=ctype)
for label, ctype in {"utf8-quoted": 'application/json; charset="utf-8"', "upper": "APPLICATION/JSON",
                     "problem-json": "application/problem+json", "vnd-json": "application/vnd.open311+json; charset=UTF-8"}.items():
    single(f"content-type-{label}-accepted", 202, None, lambda i: enc(base(i)), content_type=ctype)

# ---- bulk NDJSON ----
def nd(lines):
    return "\n".join(lines)
def ok(i, k):
    return enc(base(f"{i}-{k}"))
ND = "application/x-ndjson"
def nd_raw(parts):
    return b"\n".join(p if isinstance(p, bytes) else p.encode() for p in parts)

for field in ["service_name", "agency_responsible", "status", "zipcode", "requested_datetime", "service_request_id", "description"]:
    def body(i, field=field):
        bad = enc(base(f"{i}-2")).encode()
        o = base(f"{i}-2"); o[field] = "@@RAW@@"
        bad = enc(o).encode().replace(b'"@@RAW@@"', b'"x\xffy"')
        return nd_raw([ok(i, 1), bad, ok(i, 3)])
    bulk(f"ndjson-invalid-utf8-{field}", "ndjson", ND, body, [[1, "accepted"], [2, "rejected", field], [3, "accepted"]])
    def body2(i, field=field):
        o = base(f"{i}-2"); o[field] = "@@RAW@@"
        bad = enc(o).encode().replace(b'"@@RAW@@"', b'"x\\udbffy"')
        return nd_raw([ok(i, 1), bad, ok(i, 3)])
    bulk(f"ndjson-lone-surrogate-{field}", "ndjson", ND, body2, [[1, "accepted"], [2, "rejected", field], [3, "accepted"]])

def deep(i):
    parts = [ok(i, k) for k in range(1, 600)]
    o = base(f"{i}-600"); o["agency_responsible"] = "@@RAW@@"
    parts.append(enc(o).encode().replace(b'"@@RAW@@"', b'"\xfe\xfe"'))
    parts += [ok(i, k) for k in range(601, 701)]
    return nd_raw(parts)
bulk("ndjson-invalid-utf8-deep-in-large-upload", "ndjson", ND, deep,
     [[k, "accepted"] for k in range(1, 600)] + [[600, "rejected", "agency_responsible"]] + [[k, "accepted"] for k in range(601, 701)])
bulk("ndjson-body-ends-mid-line", "ndjson", ND, lambda i: nd([ok(i, 1), ok(i, 2)[:30]]), [[1, "accepted"], [2, "rejected", "body"]])
bulk("ndjson-body-ends-mid-escape", "ndjson", ND, lambda i: nd([ok(i, 1), ok(i, 2)[:-30] + '\\u00']), [[1, "accepted"], [2, "rejected", "body"]])
bulk("ndjson-body-ends-mid-utf8-sequence", "ndjson", ND, lambda i: nd_raw([ok(i, 1), ok(i, 2).encode()[:-30] + b"\xe2\x82"]), [[1, "accepted"], [2, "rejected", "body"]])
bulk("ndjson-duplicate-key-line", "ndjson", ND, lambda i: nd([ok(i, 1), ok(i, 2)[:-1] + ', "status": "closed"}', ok(i, 3)]),
     [[1, "accepted"], [2, "rejected", "status"], [3, "accepted"]])
bulk("ndjson-date-only", "ndjson", ND, lambda i: nd([ok(i, 1), enc({**base(f"{i}-2"), "requested_datetime": "2025-02-14"})]),
     [[1, "accepted"], [2, "rejected", "requested_datetime"]])
bulk("ndjson-updated-year-9999", "ndjson", ND, lambda i: nd([enc({**base(f"{i}-1"), "updated_datetime": "9999-12-31T00:00:00Z"}), ok(i, 1)]),
     [[1, "rejected", "updated_datetime"], [2, "accepted"]])
bulk("ndjson-arabic-zip", "ndjson", ND, lambda i: nd([enc({**base(f"{i}-1"), "zipcode": "١٩١٢٨"}), ok(i, 2)]),
     [[1, "rejected", "zipcode"], [2, "accepted"]])
bulk("ndjson-nul-bytes-line", "ndjson", ND, lambda i: nd_raw([ok(i, 1), b"\x00\x00\x00", ok(i, 3)]), [[1, "accepted"], [2, "rejected", "body"], [3, "accepted"]])
bulk("ndjson-crlf-lines", "ndjson", ND, lambda i: "\r\n".join([ok(i, 1), ok(i, 2)]) + "\r\n", [[1, "accepted"], [2, "accepted"]])
bulk("ndjson-only-blank-lines", "ndjson", ND, "\n\n  \n\r\n", [])
bulk("ndjson-empty-body", "ndjson", ND, "", [])
bulk("ndjson-array-line", "ndjson", ND, lambda i: nd(["[1,2]", ok(i, 2)]), [[1, "rejected", "body"], [2, "accepted"]])
bulk("ndjson-unescaped-control", "ndjson", ND, lambda i: nd([ok(i, 1).replace("Streets", "St\u0002reets"), ok(i, 2)]), [[1, "rejected", "body"], [2, "accepted"]])
bulk("ndjson-line-over-64k", "ndjson", ND, lambda i: nd([ok(i, 1), ok(i, 2)[:-1] + ', "pad": "' + "p" * 70000 + '"}', ok(i, 3)]),
     [[1, "accepted"], [2, "rejected", "body"], [3, "accepted"]])
bulk("ndjson-bidi-agency", "ndjson", ND, lambda i: nd([enc({**base(f"{i}-1"), "agency_responsible": "\u202eStreets"}), ok(i, 2)]),
     [[1, "rejected", "agency_responsible"], [2, "accepted"]])
bulk("ndjson-last-line-broken-after-a-batch", "ndjson", ND, lambda i: nd([ok(i, k) for k in range(1, 301)] + ['{"service_request_id": "x", "status": "op']),
     [[k, "accepted"] for k in range(1, 301)] + [[301, "rejected", "body"]])
bulk("ndjson-huge-line-expanded", "ndjson", ND, lambda i: nd([ok(i, 1), '{"pad": "@@FILL@@"}', ok(i, 3)]),
     [[1, "accepted"], [2, "rejected", "body"], [3, "accepted"]], expand={"marker": "@@FILL@@", "bytes": 40_000_000}, big=True)
bulk("ndjson-lines-of-big-fields-expanded", "ndjson", ND, lambda i: nd([ok(i, 1), '{"service_name": "@@FILL@@"}']),
     [[1, "accepted"], [2, "rejected", "body"]], expand={"marker": "@@FILL@@", "bytes": 20_000_000}, big=True)
bulk("ndjson-jsonl-type-accepted", "ndjson", "application/jsonl; charset=utf-8", lambda i: nd([ok(i, 1)]), [[1, "accepted"]])

# Bulk content types.
for label, ctype in {"csvx": "text/csvx", "csv-latin1": "text/csv; charset=latin1", "csv2": "text/csv2", "ndjsonx": "application/x-ndjsonx",
                     "json": "application/json", "plain": "text/plain", "none": "", "xml": "application/xml", "huge": "text/" + "c" * 5000}.items():
    bulk(f"bulk-content-type-{label}", "ndjson", ctype, lambda i: nd([ok(i, 1)]), None, status=415, field="Content-Type")

# ---- bulk CSV ----
CSV = "text/csv"
HEADER = "service_request_id,requested_datetime,status,service_name,agency_responsible,zipcode,lat,lon,description"
def row(i, k, **over):
    v = {"service_request_id": f"{i}-{k}", "requested_datetime": "2025-02-14 00:49:28+00:00", "status": "Open",
         "service_name": "Information Request", "agency_responsible": "Philly311 Contact Center", "zipcode": "19128",
         "lat": "40.04519144", "lon": "-75.22581355", "description": ""}
    v.update(over)
    return ",".join(v[c] for c in HEADER.split(","))
def csv(*rows):
    return "\n".join([HEADER, *rows]) + "\n"

bulk("csv-unterminated-quote-mid-upload", "csv", CSV, lambda i: csv(row(i, 1), row(i, 2, service_name='"Pothole'), row(i, 3), row(i, 4), row(i, 5)),
     [[1, "accepted"], [2, "rejected", "body"], [3, "accepted"], [4, "accepted"], [5, "accepted"]])
bulk("csv-unterminated-quote-last-row", "csv", CSV, lambda i: csv(row(i, 1), row(i, 2, description='"never closed')),
     [[1, "accepted"], [2, "rejected", "body"]])
bulk("csv-unterminated-quote-first-row", "csv", CSV, lambda i: csv(row(i, 1, agency_responsible='"Streets'), row(i, 2)),
     [[1, "rejected", "body"], [2, "accepted"]])
bulk("csv-quoted-field-with-newline-accepted", "csv", CSV, lambda i: csv(row(i, 1, description='"line one\nline two, still the field"'), row(i, 2)),
     [[1, "accepted"], [2, "accepted"]])
bulk("csv-escaped-quotes-accepted", "csv", CSV, lambda i: csv(row(i, 1, service_name='"The ""Big"" Pothole"'), row(i, 2)),
     [[1, "accepted"], [2, "accepted"]])
bulk("csv-text-after-closing-quote", "csv", CSV, lambda i: csv(row(i, 1, status='"Open"x'), row(i, 2)),
     [[1, "rejected", "status"], [2, "accepted"]])
bulk("csv-field-over-4k-known-column", "csv", CSV, lambda i: csv(row(i, 1), row(i, 2, service_name="S" * 5000), row(i, 3)),
     [[1, "accepted"], [2, "rejected", "service_name"], [3, "accepted"]])
bulk("csv-field-over-4k-ignored-column", "csv", CSV, lambda i: csv(row(i, 1, description="D" * 5000), row(i, 2)),
     [[1, "rejected", "body"], [2, "accepted"]])
bulk("csv-quoted-field-over-4k", "csv", CSV, lambda i: csv(row(i, 1, agency_responsible='"' + "A" * 5000 + '"'), row(i, 2)),
     [[1, "rejected", "agency_responsible"], [2, "accepted"]])
bulk("csv-row-over-64k", "csv", CSV, lambda i: csv(row(i, 1), ",".join(["x" * 4000] * 20), row(i, 3)),
     [[1, "accepted"], [2, "rejected", "body"], [3, "accepted"]])
for field, col in [("agency_responsible", "agency_responsible"), ("service_name", "service_name"), ("status", "status"), ("zipcode", "zipcode"), ("service_request_id", "service_request_id")]:
    def body(i, col=col):
        text = csv(row(i, 1), row(i, 2, **{col: "@@RAW@@"}), row(i, 3)).encode()
        return text.replace(b"@@RAW@@", b"x\xffy")
    bulk(f"csv-invalid-utf8-{field}", "csv", CSV, body, [[1, "accepted"], [2, "rejected", field], [3, "accepted"]])
bulk("csv-invalid-utf8-ignored-column-accepted", "csv", CSV, lambda i: csv(row(i, 1, description="@@RAW@@"), row(i, 2)).encode().replace(b"@@RAW@@", b"\xff\xfe"),
     [[1, "accepted"], [2, "accepted"]])
bulk("csv-bom-header-accepted", "csv", CSV, lambda i: b"\xef\xbb\xbf" + csv(row(i, 1)).encode(), [[1, "accepted"]])
bulk("csv-crlf-accepted", "csv", CSV, lambda i: csv(row(i, 1), row(i, 2)).replace("\n", "\r\n"), [[1, "accepted"], [2, "accepted"]])
bulk("csv-date-only", "csv", CSV, lambda i: csv(row(i, 1, requested_datetime="2025-02-14"), row(i, 2)), [[1, "rejected", "requested_datetime"], [2, "accepted"]])
bulk("csv-us-date", "csv", CSV, lambda i: csv(row(i, 1, requested_datetime="02/14/2025 11:00 -05:00"), row(i, 2)), [[1, "rejected", "requested_datetime"], [2, "accepted"]])
bulk("csv-arabic-zip", "csv", CSV, lambda i: csv(row(i, 1, zipcode="١٩١٢٨"), row(i, 2)), [[1, "rejected", "zipcode"], [2, "accepted"]])
bulk("csv-fullwidth-lat", "csv", CSV, lambda i: csv(row(i, 1, lat="４０.０４"), row(i, 2)), [[1, "rejected", "lat"], [2, "accepted"]])
bulk("csv-short-row", "csv", CSV, lambda i: csv(f"{i}-1", row(i, 2)), [[1, "rejected", "requested_datetime"], [2, "accepted"]])
bulk("csv-nul-in-agency", "csv", CSV, lambda i: csv(row(i, 1, agency_responsible="Str\u0000eets"), row(i, 2)), [[1, "rejected", "agency_responsible"], [2, "accepted"]])
bulk("csv-header-only", "csv", CSV, HEADER + "\n", [])
bulk("csv-empty-body", "csv", CSV, "", None, status=400, field="body")
bulk("csv-header-without-id", "csv", CSV, "requested_datetime,status\n2025-02-14 10:00:00+00:00,Open\n", None, status=400, field="service_request_id")
bulk("csv-duplicate-header-column", "csv", CSV, "service_request_id,requested_datetime,status,status\nx,2025-02-14 10:00:00+00:00,Open,Closed\n", None, status=400, field="status")
bulk("csv-header-unterminated-quote", "csv", CSV, '"service_request_id,requested_datetime\n', None, status=400, field="body")
bulk("csv-cr-only-line-endings", "csv", CSV, lambda i: csv(row(i, 1)).replace("\n", "\r"), None, status=400, field="body")
bulk("csv-blank-lines-skipped", "csv", CSV, lambda i: HEADER + "\n\n" + row(i, 1) + "\n\n\n" + row(i, 2) + "\n", [[1, "accepted"], [2, "accepted"]])
bulk("csv-huge-unquoted-field-expanded", "csv", CSV, lambda i: csv(row(i, 1), row(i, 2, service_name="@@FILL@@"), row(i, 3)),
     [[1, "accepted"], [2, "rejected", "body"], [3, "accepted"]], expand={"marker": "@@FILL@@", "bytes": 40_000_000}, big=True)
bulk("csv-huge-unterminated-quote-expanded", "csv", CSV, lambda i: csv(row(i, 1), row(i, 2, description='"@@FILL@@')),
     [[1, "accepted"], [2, "rejected", "body"]], expand={"marker": "@@FILL@@", "bytes": 40_000_000}, big=True)
bulk("csv-huge-quoted-closed-field-expanded", "csv", CSV, lambda i: csv(row(i, 1, description='"@@FILL@@"'), row(i, 2)),
     [[1, "rejected", "body"], [2, "accepted"]], expand={"marker": "@@FILL@@", "bytes": 20_000_000}, big=True)

with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump({"about": "Hostile-input corpus: one entry per file in corpus/. Written by generate_corpus.py; read by HostileInputCorpusTests.",
               "cases": cases}, f, ensure_ascii=False, indent=1)
print(len(cases), "cases")
