#!/usr/bin/env python3
"""Writes fixtures/rings/shortlist.jsonl: an MCN's shortlist of five beauty creators in which three (MCN 星辰传媒)
are fed by the same eight accounts — a 互赞 ring — and prints the shares `comments.shared_commenters` must find,
counted here from the comments written, not from kolvet.

    python3 scripts/make_ring_fixture.py          # writes the fixture, prints the expected figures

Each creator has 8 notes and 60 comments from one-off accounts (varied fan text with full-width punctuation and
emoji); one loyal fan ("fan-yoyo") writes 2 comments on two of the independent creators. The ring's eight accounts
write 2 comments on each of the three MCN creators. Expected, per docs/metrics.md (an account counts on a creator
with ≥ 2 comments, is shared when it counts on ≥ 2 creators): each ring creator 16 of 76 comments (21.1 %, warn);
the two independents 2 of 62 (3.2 %, ok).
"""
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "rings" / "shortlist.jsonl"

OPENINGS = ["", "救命", "姐妹", "说实话", "蹲一个", "我真的", "啊啊啊", "请问", "好奇", "求问"]
QUESTIONS = ["这个色号黄皮能用吗", "持妆大概多久", "敏感肌可以冲吗", "第三张的口红是哪支", "干皮用会卡粉吗",
             "眼影盘是哪一盘", "底妆用的什么粉底", "学生党有平替吗", "油皮夏天会不会脱妆", "这支和上次那支比哪个更显白",
             "新手能画好吗", "多少钱入的", "专柜有试用装吗", "孕期能用吗", "混油皮怎么选色号"]
ENDINGS = ["？", "？？", "呀～", "😭", "✨", "💕", "！", "～求回复", "👍", "（已收藏）"]
RING_TEXT = ["好美！！", "爱了爱了💕", "支持支持～", "太好看了吧", "已关注！", "绝绝子✨"]


def fan_text(rng, used):
    while True:
        text = rng.choice(OPENINGS) + ("，" if rng.random() < 0.5 else "") + rng.choice(QUESTIONS) + rng.choice(ENDINGS)
        if text not in used:
            used.add(text)
            return text


def creator(rng, key, nickname, mcn, ring, extra):
    notes = []
    for n in range(8):
        notes.append({"id": f"{key}-n{n + 1}", "published_at": f"2026-11-{20 - 2 * n:02d}T19:30:00+08:00",
                      "title": rng.choice(["黄皮口红试色", "通勤五分钟妆容", "平价底妆测评", "换季护肤心得"]),
                      "likes": rng.randint(300, 900), "collects": rng.randint(80, 300),
                      "comments": rng.randint(40, 90), "shares": rng.randint(5, 40)})
    comments = []
    used = set()

    def add(user, text):
        note = notes[len(comments) % len(notes)]
        comments.append({"id": f"{key}-c{len(comments) + 1}", "note_id": note["id"], "text": text,
                         "user_id": user, "created_at": note["published_at"].replace("19:30", "21:05")})
    for i in range(60):
        add(f"{key}-fan{i}", fan_text(rng, used))
    for account in ring:
        for _ in range(2):
            add(account, rng.choice(RING_TEXT))
    for account, count in extra:
        for _ in range(count):
            add(account, fan_text(rng, used))
    return {"format": "kolvet.dossier/1",
            "creator": {"id": key, "nickname": nickname, "followers": rng.randint(12000, 40000),
                        "likes_and_collects": rng.randint(60000, 200000), "vertical": "beauty", "mcn": mcn,
                        "quote": {"image_note": 3000, "video_note": 4500}},
            "notes": notes, "comments": comments}


def main():
    rng = random.Random(2026)
    ring = [f"ring-{i}" for i in range(8)]
    creators = [
        creator(rng, "xc-lulu", "露露的化妆台", "星辰传媒", ring, []),
        creator(rng, "xc-xiaoyu", "小鱼爱美妆", "星辰传媒", ring, []),
        creator(rng, "xc-ahua", "阿花不加班", "星辰传媒", ring, []),
        creator(rng, "ind-momo", "momo的护肤日记", "自由博主", [], [("fan-yoyo", 2)]),
        creator(rng, "ind-jing", "静静的梳妆盒", "云起MCN", [], [("fan-yoyo", 2)]),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in creators), encoding="utf-8")
    # Expected shares, counted from what was written.
    counts = {}
    for c in creators:
        per = {}
        for comment in c["comments"]:
            per[comment["user_id"]] = per.get(comment["user_id"], 0) + 1
        counts[c["creator"]["id"]] = per
    holders = {}
    for key, per in counts.items():
        for user, n in per.items():
            if n >= 2:
                holders.setdefault(user, set()).add(key)
    shared = {u for u, keys in holders.items() if len(keys) >= 2}
    for key, per in counts.items():
        total = sum(per.values())
        mine = sum(n for u, n in per.items() if u in shared and n >= 2)
        share = mine / total
        level = "fail" if share > 0.25 else "warn" if share > 0.10 else "ok"
        print(f"{key}: {mine} of {total} comments from shared accounts = {share:.4f} ({level})")
    print(f"shared accounts: {len(shared)}")


if __name__ == "__main__":
    main()
