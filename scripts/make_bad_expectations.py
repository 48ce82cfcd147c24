#!/usr/bin/env python3
"""Writes fixtures/bad/expected.json: the exact diagnostic every bad input must produce, written by hand. Positions
of syntax errors are given by a rule (the byte the error is at), counted from the file. Run from the repository
root after scripts/make_bad_fixtures.py: python3 scripts/make_bad_expectations.py
"""
import json, os
D='fixtures/bad/'
def pos(name, offset):
    b=open(D+name,'rb').read()
    line=b[:offset].count(b'\n')+1
    col=offset-(b.rfind(b'\n',0,offset)+1)+1
    return "%s:%d:%d" % (name, line, col)
def find(name, needle, nth=1):
    b=open(D+name,'rb').read()
    i=-1
    for _ in range(nth):
        i=b.index(needle, i+1)
    return i
def syn(name, offset, msg): return pos(name, offset) + ": error: " + msg
E={}
E["empty.json"]=["empty.json:1:1: error: the file is empty"]
E["only-whitespace.json"]=[syn('only-whitespace.json', 5, "the file is empty")]
E["truncated.json"]=[syn('truncated.json', len(open(D+'truncated.json','rb').read()), "unexpected end of file, expected a value")]
E["trailing-garbage.json"]=[syn('trailing-garbage.json', find('trailing-garbage.json', b'x'), "unexpected 'x' after the end of the document")]
E["unclosed-string.json"]=[syn('unclosed-string.json', find('unclosed-string.json', b'followers'), "unexpected 'f', expected ',' or '}'")]
E["bad-escape.json"]=[syn('bad-escape.json', find('bad-escape.json', b'\\'), "invalid escape '\\q'")]
E["control-character.json"]=[syn('control-character.json', find('control-character.json', b'\t'), "control character in a string (escape it)")]
E["lone-surrogate.json"]=[syn('lone-surrogate.json', find('lone-surrogate.json', b'dc00')+4, "a lone low surrogate is not a character")]
E["nan.json"]=[syn('nan.json', find('nan.json', b'NaN'), "NaN and Infinity are not JSON numbers")]
E["infinity.json"]=[syn('infinity.json', find('infinity.json', b'Infinity'), "NaN and Infinity are not JSON numbers")]
E["duplicate-key.json"]=[syn('duplicate-key.json', find('duplicate-key.json', b'"followers"', 2), 'duplicate key "followers"')]
E["deep-nesting.json"]=[syn('deep-nesting.json', find('deep-nesting.json', b'[')+63, "nesting deeper than 64 levels (limits.maximum_nesting)")]
E["long-string.json"]=[syn('long-string.json', find('long-string.json', '"长'.encode()), "a string of 2100000 bytes is longer than the limit of 1048576 (limits.maximum_string_bytes)")]
E["invalid-utf8.json"]=[syn('invalid-utf8.json', find('invalid-utf8.json', b'"a\xff'), "the string is not valid UTF-8 (is the file in GB18030?)")]
E["gb18030-claimed-utf8.json"]=[syn('gb18030-claimed-utf8.json', find('gb18030-claimed-utf8.json', b'nickname')+11, "the string is not valid UTF-8 (is the file in GB18030?)")]
def err(name, path, msg): return "%s: error: at %s: %s" % (name, path, msg) if path else "%s: error: %s" % (name, msg)
def warn(name, path, msg): return "%s: warning: at %s: %s" % (name, path, msg)
E["not-an-object.json"]=[err("not-an-object.json", "", "expected a dossier object, got an array")]
E["missing-creator.json"]=[err("missing-creator.json","creator","missing: a dossier needs creator.id")]
E["missing-id.json"]=[err("missing-id.json","creator.id","missing: every creator needs an id")]
E["empty-id.json"]=[err("empty-id.json","creator.id","must not be empty")]
# a follower count is optional (a notes-only export): its absence makes follower-based signals unknown
E["missing-followers.json"]=[warn("missing-followers.json","creator.followers","missing: every follower-based signal is unknown until the follower count is added")]
E["wrong-type-followers.json"]=[err("wrong-type-followers.json","creator.followers","expected a count, got a boolean")]
E["wrong-type-notes.json"]=[err("wrong-type-notes.json","notes","expected an array, got an object")]
E["wrong-type-note.json"]=[err("wrong-type-note.json","notes[0]","expected an object, got a string")]
E["negative-likes.json"]=[err("negative-likes.json","notes[0].likes","a count cannot be negative, got -3")]
E["fractional-count.json"]=[err("fractional-count.json","notes[0].likes","a count must be a whole number, got 12.5")]
E["huge-count.json"]=[err("huge-count.json","creator.followers","count 99999999999999999999 is too large (above 10^12)")]
E["beyond-platform-count.json"]=[err("beyond-platform-count.json","creator.followers",'expected a count, got "2万亿"')]
E["bad-timestamp.json"]=[err("bad-timestamp.json","notes[0].published_at",'expected a timestamp (ISO 8601 or epoch), got "yesterday"')]
E["impossible-date.json"]=[err("impossible-date.json","notes[0].published_at",'expected a timestamp (ISO 8601 or epoch), got "2026-02-30"')]
E["bad-note-type.json"]=[err("bad-note-type.json","notes[0].type",'expected "image" or "video", got "reel"')]
E["unsupported-format.json"]=[err("unsupported-format.json","format",'unsupported format "kolvet.dossier/2", expected "kolvet.dossier/1"')]
E["share-above-one.json"]=[err("share-above-one.json","audience.gender.female",'a share must be between 0 and 1, got 1.3 (write "86%" for a percentage)')]
E["share-negative.json"]=[err("share-negative.json","audience.active_fans_share",'a share must be between 0 and 1, got "-5%"')]
E["bad-counts.json"]=[err("bad-counts.json","notes[1].likes","a count cannot be negative, got -5"), err("bad-counts.json","notes[2].comments",'expected a count, got "abc"')]
E["distribution-sum.json"]=[warn("distribution-sum.json","audience.regions","shares sum to 180%, above 100%; they are rescaled to 100%")]
E["duplicate-note-ids.json"]=[warn("duplicate-note-ids.json","notes[1].id",'duplicate note id "n1" (first at notes[0])')]
E["unknown-note-comments.json"]=[warn("unknown-note-comments.json","comments[0].note_id",'comment on unknown note "zz"')]
E["future-date.json"]=[warn("future-date.json","notes[0].published_at","date 2027-06-01 is in the future")]
E["pre-2013-date.json"]=[warn("pre-2013-date.json","notes[0].published_at","date 2010-01-01 is before Xiaohongshu opened (June 2013)")]
E["likes-above-reads.json"]=[warn("likes-above-reads.json","notes[0].likes","100 likes exceed 50 reads; the read count may be wrong")]
E["zero-followers.json"]=[warn("zero-followers.json","creator.followers","the creator has 0 followers; rates per follower are unknown")]
E["unknown-keys.json"]=[warn("unknown-keys.json","extra","unknown key, ignored"), warn("unknown-keys.json","creator.fans","unknown key, ignored")]
E["mixed-lines.jsonl"]=["mixed-lines.jsonl:2:14: error: unexpected end of file, expected a key in quotes",
    "mixed-lines.jsonl:3: error: at notes[0].likes: a count cannot be negative, got -1",
    # lines 1 and 5 carry the same creator id ("ok"): kolvet batch reports both and says so once
    "mixed-lines.jsonl:5: warning: creator ok also appears at mixed-lines.jsonl:1: both rows are shown, the portfolio counts it once"]
E["blank-lines-only.jsonl"]=["blank-lines-only.jsonl: error: the file has no records"]
E["empty.csv"]=["empty.csv:1: error: the file is empty"]
E["header-only.csv"]=["header-only.csv:1: error: the shortlist has a header but no rows"]
E["ragged.csv"]=["ragged.csv:3: error: the row has 4 fields, the header 3"]
E["unclosed-quote.csv"]=["unclosed-quote.csv:2: error: a quoted field opened here is never closed"]
E["unknown-headers.csv"]=['unknown-headers.csv:1: warning: unknown column "名字", ignored',
    'unknown-headers.csv:1: warning: unknown column "人气", ignored',
    "unknown-headers.csv:1: error: no followers column (粉丝数); see docs/shortlist-format.md",
    "unknown-headers.csv:2: error: no follower count",
    "unknown-headers.csv:2: error: neither an id (小红书号) nor a nickname (昵称)"]
E["negative-followers.csv"]=['negative-followers.csv:2: error: 粉丝数: a count cannot be negative, got "-5"']
E["share-without-percent.csv"]=['share-without-percent.csv:2: error: 女粉占比: a share must be between 0 and 1, got "86" (write "86%" for a percentage)']
E["gb18030-bad-count.csv"]=['gb18030-bad-count.csv:2: error: 粉丝数: expected a count, got "很多"']
E["not-text.csv"]=["not-text.csv: error: the file is neither UTF-8 nor GB18030 text"]
E["long-cell.csv"]=["long-cell.csv:2: error: 昵称: a cell of 1200000 bytes is longer than the limit of 1048576 (limits.maximum_string_bytes)"]
files=sorted(f for f in os.listdir(D) if f!='expected.json')
print("no expectation:", [f for f in files if f not in E])
json.dump(dict(sorted(E.items())), open(D+'expected.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(E), "files")
