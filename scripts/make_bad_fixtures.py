#!/usr/bin/env python3
"""Writes the bad-input corpus in fixtures/bad/: files that are broken, hostile or doubtful in the ways real
exports are. The diagnostics each must produce are written by hand in fixtures/bad/expected.json and asserted by
Tests/KolvetKitTests/Input/BadInputCorpusTests.swift. Run from the repository root:

    python3 scripts/make_bad_fixtures.py
"""
import json

OUT = "fixtures/bad"


def dossier(**parts):
    base = {"creator": {"id": "bad", "followers": 5000}}
    base.update(parts)
    return base


def write(name, content):
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(f"{OUT}/{name}", mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as handle:
        handle.write(content)


def write_json(name, value):
    write(name, json.dumps(value, ensure_ascii=False))


note = {"id": "n1", "published_at": "2026-11-01", "likes": 100, "collects": 40, "comments": 5}

write("empty.json", "")
write("only-whitespace.json", "  \n\t\n")
write("not-an-object.json", "[1, 2, 3]")
write("trailing-garbage.json", '{"creator": {"id": "a", "followers": 1}} x')
write("unclosed-string.json", '{"creator": {"id": "a, "followers": 1}}')
write("bad-escape.json", '{"creator": {"id": "a\\q", "followers": 1}}')
write("control-character.json", '{"creator": {"id": "a\tb", "followers": 1}}')
write("lone-surrogate.json", '{"creator": {"id": "\\udc00", "followers": 1}}')
write("nan.json", '{"creator": {"id": "a", "followers": NaN}}')
write("infinity.json", '{"creator": {"id": "a", "followers": Infinity}}')
write("duplicate-key.json", '{"creator": {"id": "a", "followers": 1, "followers": 2}}')
write("deep-nesting.json", '{"creator": {"id": "a", "followers": 1}, "notes": ' + "[" * 100 + "]" * 100 + "}")
write("long-string.json", '{"creator": {"id": "a", "followers": 1, "nickname": "' + "长" * 700_000 + '"}}')
write("invalid-utf8.json", b'{"creator": {"id": "a\xff\xfe", "followers": 1}}')
write("gb18030-claimed-utf8.json", b'{"creator": {"id": "a", "nickname": "' + "小红书".encode("gb18030") + b'", "followers": 1}}')
write_json("missing-creator.json", {"notes": [note]})
write_json("missing-id.json", {"creator": {"nickname": "没有ID", "followers": 1000}})
write_json("empty-id.json", {"creator": {"id": "  ", "followers": 1000}})
write_json("missing-followers.json", {"creator": {"id": "a"}})
write_json("wrong-type-followers.json", {"creator": {"id": "a", "followers": True}})
write_json("wrong-type-notes.json", dossier(notes={"likes": 1}))
write_json("wrong-type-note.json", dossier(notes=["not a note"]))
write_json("negative-likes.json", dossier(notes=[dict(note, likes=-3)]))
write_json("fractional-count.json", dossier(notes=[dict(note, likes=12.5)]))
write_json("huge-count.json", {"creator": {"id": "a", "followers": 99999999999999999999}})
write_json("beyond-platform-count.json", {"creator": {"id": "a", "followers": "2万亿"}})
write_json("bad-timestamp.json", dossier(notes=[dict(note, published_at="yesterday")]))
write_json("impossible-date.json", dossier(notes=[dict(note, published_at="2026-02-30")]))
write_json("bad-note-type.json", dossier(notes=[dict(note, type="reel")]))
write_json("unsupported-format.json", dict(dossier(), format="kolvet.dossier/2"))
write_json("share-above-one.json", dossier(audience={"gender": {"female": 1.3, "male": 0.1}}))
write_json("share-negative.json", dossier(audience={"active_fans_share": "-5%"}))
# Parseable but doubtful: scored, with warnings.
write_json("distribution-sum.json", dossier(audience={"regions": {"广东": 0.9, "上海": 0.9}}))
write_json("duplicate-note-ids.json", dossier(notes=[note, dict(note, likes=120)]))
write_json("unknown-note-comments.json", dossier(notes=[note], comments=[{"note_id": "zz", "text": "hi"}]))
write_json("future-date.json", dossier(notes=[dict(note, published_at="2027-06-01")]))
write_json("pre-2013-date.json", dossier(notes=[dict(note, published_at="2010-01-01")]))
write_json("likes-above-reads.json", dossier(notes=[dict(note, reads=50)]))
write_json("zero-followers.json", {"creator": {"id": "a", "followers": 0}, "notes": [note]})
write_json("unknown-keys.json", {"creator": {"id": "a", "followers": 1, "fans": 2}, "extra": True})

# JSON Lines: good, broken and bad lines together.
good = json.dumps({"creator": {"id": "ok", "followers": 100}})
write("mixed-lines.jsonl", "\n".join([good, '{"creator": {', json.dumps(dossier(notes=[dict(note, likes=-1)])), "", good]) + "\n")
write("blank-lines-only.jsonl", "\n\n  \n")

# Shortlists.
write("empty.csv", "")
write("header-only.csv", "昵称,粉丝数\r\n")
write("ragged.csv", "昵称,粉丝数,MCN\r\n小林,1000,星芒\r\n小周,2000,星芒,额外\r\n")
write("unclosed-quote.csv", '昵称,粉丝数\r\n"小林,1000\r\n小周,2000\r\n')
write("unknown-headers.csv", "名字,人气\r\n小林,1000\r\n")
write("negative-followers.csv", "昵称,粉丝数\r\n小林,-5\r\n")
write("share-without-percent.csv", "昵称,粉丝数,女粉占比\r\n小林,1000,86\r\n")
write("gb18030-bad-count.csv", "昵称,粉丝数\r\n小林,很多\r\n".encode("gb18030"))
write("not-text.csv", bytes([0x81, 0x20, 0xFF, 0x80, 0x00, 0x81]))
write("long-cell.csv", "昵称,粉丝数\r\n" + "长" * 400_000 + ",1000\r\n")
print("wrote", OUT)
