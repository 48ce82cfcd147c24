#!/usr/bin/env python3
"""Writes fixtures/mediacrawler-2026/: a MediaCrawler export in the schema it writes since 2026-07-01, and the
MCN's shortlist for it, plus the figures a correct import must reproduce, computed here independently of kolvet.

The export (search mode, JSON Lines with CRLF line ends, as Windows users send them):
  search_contents_2026-11-25.jsonl  notes of 24 authors: creator_hash = sha256(user id)[:16], masked nicknames
                                    (first char + *** + last char), string ids, no ip_location, no profile.
  search_comments_2026-11-25.jsonl  comments, commenters as creator_hash, parent_comment_id "" (top level);
                                    each author answers a few comments on their own notes.
The shortlist (GB18030, as Chinese Excel saves it): 昵称, 主页链接 (profile URL, most rows), 小红书号 (a few
rows give the user id there instead), 粉丝数 (some as 万), 获赞与收藏, 图文报价, MCN, 女粉占比. One row names a
creator who is not in the export; two authors have no row.

expected.json holds, per creator hash: the follower count from the sheet (or null), the median over the 20 most
recent notes of (likes + collects + comments + shares) / followers, the number of notes, of comments, and of
the author's own replies. Run: python3 scripts/make_mediacrawler_2026_fixture.py
"""
import hashlib
import json
import os
import random
import statistics

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "mediacrawler-2026")
NOW_MS = 1795536000000  # 2026-11-25T00:00+08:00 (16:00 UTC the day before)
SURNAMES = "小大阿甜糖饭桃米"
NAMES = ["雨的厨房", "鹿穿搭笔记", "可爱的猫", "今天吃什么", "旅行日记", "护肤研究所", "家居好物", "宝妈育儿经",
         "健身打卡", "读书角落", "摄影师阿杰", "咖啡探店", "平价彩妆", "学生党省钱", "手帐日常", "数码测评",
         "烘焙小白", "露营去", "汉服少女", "宠物医生", "租房改造", "上班族穿搭", "早餐研究", "城市漫步"]
OPENINGS = ["", "救命", "我真的", "说实话", "姐妹们", "哈哈哈", "啊啊啊", "天呐", "看完了", "刚好需要"]
TEXTS = ["好好看！求链接～", "救命，这也太好吃了吧😭", "我真的会谢，已收藏", "说实话这个颜色显黑吗？",
         "蹲一个后续！！", "姐妹这个在哪买的", "学到了，感谢分享[赞R]", "这个价格可以冲", "上次试了，确实不错",
         "哈哈哈哈笑死我了", "有没有平替推荐？", "博主皮肤好好啊✨", "已三连，期待下期", "第一次刷到，关注了"]


def comment_text(rng):
    """A fan's comment: an ordinary opening, a sentence, sometimes a detail with digits, emoji or English."""
    detail = rng.choice(["", "", "第%d张" % rng.randint(1, 9), "%d块" % rng.randint(9, 399), "OOTD", "yyds", "🥹", "👍👍"])
    return rng.choice(OPENINGS) + rng.choice(TEXTS) + detail + rng.choice(["", "！", "～", "。"]) * rng.randint(0, 2)


def creator_hash(user_id):
    return hashlib.sha256(user_id.encode("utf-8")).hexdigest()[:16]


def mask(name):
    return name[0] + "***" + name[-1] if len(name) > 1 else name


def main():
    rng = random.Random(2026)
    os.makedirs(OUT, exist_ok=True)
    creators = []
    for i, tail in enumerate(NAMES):
        user_id = "%024x" % rng.getrandbits(96)
        followers = rng.choice([rng.randint(800, 9_000), rng.randint(10_000, 90_000)])
        creators.append({"user_id": user_id, "hash": creator_hash(user_id), "name": SURNAMES[i % 8] + tail,
                         "followers": followers, "tail": tail, "red_id": str(rng.randint(10**8, 10**9))})
    notes, comments, expected = [], [], {}
    comment_seq = 0
    for c in creators:
        count = rng.randint(8, 26)
        rates = []
        own = 0
        mine = []
        for n in range(count):
            note_id = "%024x" % rng.getrandbits(96)
            t = NOW_MS - rng.randint(1, 120) * 86_400_000 - n * 3_600_007  # distinct times: one order
            base = c["followers"] * rng.uniform(0.005, 0.08)
            likes = int(base * rng.uniform(0.6, 1.4))
            collects = int(likes * rng.uniform(0.2, 0.8))
            k = rng.randint(2, 6)  # comments in the export; the note's count is the platform's
            cc = max(k, int(likes * rng.uniform(0.05, 0.4)))
            shares = int(likes * rng.uniform(0.0, 0.1))
            notes.append({"note_id": note_id, "type": rng.choice(["normal", "video"]), "title": "笔记%d" % n,
                          "desc": "…", "time": t, "last_update_time": t, "creator_hash": c["hash"],
                          "nickname": mask(c["name"]), "liked_count": str(likes), "collected_count": str(collects),
                          "comment_count": str(cc), "share_count": str(shares), "image_list": "", "tag_list": "",
                          "note_url": "https://www.xiaohongshu.com/explore/" + note_id})
            mine.append((t, likes + collects + cc + shares))
            for j in range(k):
                comment_seq += 1
                is_own = j == k - 1 and n % 3 == 0
                author = c["hash"] if is_own else creator_hash("%024x" % rng.getrandbits(96))
                own += is_own
                comments.append({"comment_id": "c%07d" % comment_seq, "create_time": t + (j + 1) * 600_000,
                                 "note_id": note_id, "content": "谢谢喜欢～" if is_own else comment_text(rng),
                                 "creator_hash": author, "nickname": mask(c["name"]) if is_own else "小***" + str(j),
                                 "sub_comment_count": "0", "parent_comment_id": "", "like_count": str(rng.randint(0, 30))})
        recent = [total for _, total in sorted(mine, key=lambda pair: -pair[0])[:20]]
        listed = c["tail"] not in ("露营去", "城市漫步")  # two authors the MCN did not list
        expected[c["hash"]] = {
            "followers": c["followers"] if listed else None,
            "median_rate": statistics.median(v / c["followers"] for v in recent) if listed else None,
            "notes": count, "comments": sum(1 for x in comments if x["note_id"] in {n["note_id"] for n in notes if n["creator_hash"] == c["hash"]}),
            "own_replies": own,
        }
    rng.shuffle(notes)
    with open(os.path.join(OUT, "search_contents_2026-11-25.jsonl"), "w", encoding="utf-8", newline="") as f:
        for row in notes:
            f.write(json.dumps(row, ensure_ascii=False) + "\r\n")
    with open(os.path.join(OUT, "search_comments_2026-11-25.jsonl"), "w", encoding="utf-8", newline="") as f:
        for row in comments:
            f.write(json.dumps(row, ensure_ascii=False) + "\r\n")
    lines = ["昵称,主页链接,小红书号,粉丝数,获赞与收藏,图文报价,MCN,女粉占比"]
    for i, c in enumerate(creators):
        if c["tail"] in ("露营去", "城市漫步"):
            continue
        url = "https://www.xiaohongshu.com/user/profile/%s?xsec_token=AB%d&xsec_source=pc_search" % (c["user_id"], i)
        red = c["red_id"]
        if i % 6 == 5:  # no URL: the MCN typed the user id into the 小红书号 column
            url, red = "", c["user_id"]
        f = c["followers"]
        fans = ("%.1f万" % (f / 10_000)) if f >= 10_000 and f % 1000 == 0 else str(f)
        lines.append(",".join([c["name"], url, red, fans, str(f * rng.randint(2, 6)), str(rng.randint(3, 40) * 100),
                               rng.choice(["闪耀传媒", "星火MCN", ""]), "%d%%" % rng.randint(55, 92)]))
    lines.append("不在导出里的博主,https://www.xiaohongshu.com/user/profile/%024x,,5000,12000,800,星火MCN,70%%" % rng.getrandbits(96))
    with open(os.path.join(OUT, "shortlist-gb18030.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d notes, %d comments, %d shortlist rows to %s" % (len(notes), len(comments), len(lines) - 1, OUT))


if __name__ == "__main__":
    main()
