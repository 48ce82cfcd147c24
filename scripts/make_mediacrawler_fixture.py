#!/usr/bin/env python3
"""Writes a small MediaCrawler-style Xiaohongshu export in fixtures/mediacrawler/ for the importer's tests:
three creators (two in the old user_id schema, one in the new creator_hash schema with a masked nickname),
their notes across two contents files (one note repeated with newer counts), comments in JSON Lines (one
repeated, one on a note that is not in the export), counts as strings ("1.2万"), times in milliseconds, the CSV
with a UTF-8 BOM as MediaCrawler writes it. Run from the repository root:

    python3 scripts/make_mediacrawler_fixture.py
"""
import csv
import io
import json

OUT = "fixtures/mediacrawler"
DAY = 86_400_000
T0 = 1_793_030_400_000  # 2026-10-27T00:00+08:00 in ms

creators_old = [
    {"user_id": "5f1a0001", "nickname": "小雨的厨房", "gender": "女", "desc": "上班族的快手菜", "ip_location": "浙江",
     "follows": "210", "fans": "3.2万", "interaction": "18万", "tag_list": "美食"},
    {"user_id": "5f1a0002", "nickname": "阿杰摄影", "gender": "男", "desc": "", "ip_location": "广东",
     "follows": "88", "fans": "8,900", "interaction": "4.1万", "tag_list": "摄影"},
]
buffer = io.StringIO()
writer = csv.DictWriter(buffer, fieldnames=list(creators_old[0]), lineterminator="\r\n")
writer.writeheader()
writer.writerows(creators_old)
with open(f"{OUT}/creator_creators_2026-11-20.csv", "wb") as handle:
    handle.write(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))

with open(f"{OUT}/creator_creators_2026-11-21.jsonl", "w", encoding="utf-8") as handle:
    handle.write(json.dumps({"creator_hash": "c9d8e7f6", "nickname": "小***", "gender": "女", "ip_location": "上海",
                             "follows": "530", "fans": "12.5万", "interaction": "61万", "tag_list": "穿搭"},
                            ensure_ascii=False) + "\n")


def note(owner_key, owner, index, day, likes, collects, comments, shares, kind="normal"):
    return {"note_id": f"{owner}-{index}", "type": kind, "title": f"笔记{index}", "desc": "…", "time": T0 + day * DAY,
            "last_update_time": T0 + day * DAY, owner_key: owner, "nickname": "", "liked_count": likes,
            "collected_count": collects, "comment_count": comments, "share_count": shares, "ip_location": "浙江",
            "image_list": "", "tag_list": "", "note_url": f"https://example.invalid/{owner}-{index}"}


contents_a = [
    note("user_id", "5f1a0001", 1, 0, "1,820", "960", "88", "40"),
    note("user_id", "5f1a0001", 2, 4, "2,300", "1,400", "120", "65", "video"),
    note("user_id", "5f1a0001", 3, 8, "1.2万", "6,300", "510", "300"),
    note("user_id", "5f1a0001", 4, 12, "1,650", "880", "70", "33"),
    note("user_id", "5f1a0001", 5, 16, "2,050", "1,020", "95", "41"),
    note("user_id", "5f1a0001", 6, 20, "1,900", "990", "90", "38"),
    note("user_id", "5f1a0002", 1, 1, "300", "80", "12", "5"),
    note("user_id", "5f1a0002", 2, 6, "420", "120", "20", "9"),
    note("user_id", "5f1a0002", 3, 11, "380", "95", "15", "6"),
    note("user_id", "5f1a0002", 4, 16, "510", "160", "22", "12"),
    note("user_id", "5f1a0002", 5, 21, "350", "90", "14", "4"),
    note("user_id", "5f1a0002", 1, 1, "300", "80", "12", "5"),  # repeated row
]
with open(f"{OUT}/creator_contents_2026-11-20.json", "w", encoding="utf-8") as handle:
    json.dump(contents_a, handle, ensure_ascii=False, indent=1)

contents_b = [
    note("user_id", "5f1a0001", 6, 20, "2,010", "1,050", "96", "40"),  # same note, newer counts
] + [note("creator_hash", "c9d8e7f6", i, 3 * i, str(2500 + 300 * i), str(900 + 50 * i), str(80 + i), "30")
     for i in range(1, 7)]
with open(f"{OUT}/search_contents_2026-11-21.jsonl", "w", encoding="utf-8") as handle:
    for row in contents_b:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")

texts = ["这个做法好简单，今晚就试", "请问用的什么锅？", "学到了", "[赞R][赞R]", "酱油放多少呀", "上班族福音"]
comments = []
for i in range(12):
    comments.append({"comment_id": f"cm{i}", "create_time": T0 + (i % 6) * 4 * DAY + 3_600_000 * (i + 1),
                     "ip_location": ["浙江", "上海", "江苏"][i % 3], "note_id": f"5f1a0001-{i % 6 + 1}",
                     "content": texts[i % 6], "user_id": f"u{i}", "nickname": f"用户{i}", "sub_comment_count": "0",
                     "parent_comment_id": "0", "like_count": str(i)})
comments.append(dict(comments[0]))  # repeated row
comments.append({"comment_id": "cm-orphan", "create_time": T0, "ip_location": "北京", "note_id": "not-in-export",
                 "content": "?", "user_id": "u99", "nickname": "路人", "sub_comment_count": "0",
                 "parent_comment_id": "0", "like_count": "0"})
with open(f"{OUT}/creator_comments_2026-11-20.jsonl", "w", encoding="utf-8") as handle:
    for row in comments:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", OUT)
