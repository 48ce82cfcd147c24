#!/usr/bin/env python3
"""Writes fixtures/pugongying/: Pugongying (蒲公英) web-API responses for two creators, in the shape of the real
responses kept in noir-madlax/GoodGame (backend/test/redbook/pgy/output/; field dictionary in
backend/test/redbook/pgy/params/接口字段说明.md). The numbers are invented here; no response is copied.

  creator-a.json            one creator's responses bundled as {"kol_id", "kol_name", "data": {"kol_info": {...},
                            "kol_note_rate": ..., "kol_note_list": ..., "kol_fans_portrait": ...,
                            "kol_fans_summary": ..., "kol_fans_trend": ..., "kol_data_summary_v2": ...}}
  b/kol_*_<user id>_<time>.json   the other creator's responses one per file, as fetch scripts save them; its
                            fans trend holds a one-day jump of 6,000 followers that no note explains.

expected.json gives, per creator, the figures a reader can check by hand: the platform's read and interaction
medians as the platform states them, the active-fan share activeFansL28 ÷ fansNum, and counts of notes and
trend points. Run: python3 scripts/make_pugongying_fixture.py
"""
import json
import os
import random
import statistics
from datetime import date, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "pugongying")


def response(data):
    return {"code": 0, "data": data, "message": None, "recordTime": "2026-11-25T10:00:00.000000000"}


def creator(rng, user_id, name, fans, active, jump=None):
    start = date(2026, 8, 1)
    notes = []
    for i in range(24):
        day = start + timedelta(days=i * 4 + rng.randint(0, 2))
        reads = int(fans * rng.uniform(0.2, 1.5))
        likes = int(reads * rng.uniform(0.03, 0.09))
        collects = int(likes * rng.uniform(0.2, 0.6))
        ad = i % 6 == 2
        notes.append({"readNum": reads, "likeNum": likes, "collectNum": collects, "isAdvertise": ad,
                      "isVideo": i % 5 == 0, "noteId": "%024x" % rng.getrandbits(96),
                      "imgUrl": "http://example.invalid/%d.jpg" % i, "title": "笔记%d：秋冬好物分享～" % i,
                      "brandName": "某品牌" if ad else None, "date": day.isoformat(), "thirdReadUserNum": 0})
    notes.sort(key=lambda n: n["date"], reverse=True)
    recent = notes[:3]
    rate_notes = [{"noteId": n["noteId"], "date": None, "publishTime": n["date"], "type": 2 if n["isVideo"] else 1,
                   "imgUrl": n["imgUrl"], "title": n["title"], "canJump": True,
                   "impNum": n["readNum"] * rng.randint(4, 9), "impBeyondRate": 0.0, "readNum": n["readNum"],
                   "readBeyondRate": 0.0, "interactionNum": n["likeNum"] + n["collectNum"],
                   "interactionBeyondRate": 0.0, "collectNum": n["collectNum"], "likeNum": n["likeNum"],
                   "collectBeyondRate": 0.0, "likeBeyondRate": 0.0} for n in recent]
    # The platform's figures are its own (a 30-day window, comments the list does not carry): stated, not derived.
    window = notes[:8]  # the 30-day window the platform summarises
    read_median = int(statistics.median(n["readNum"] for n in window))
    like_median = int(statistics.median(n["likeNum"] for n in window))
    collect_median = int(statistics.median(n["collectNum"] for n in window))
    comment_median = max(1, like_median // 12)  # the list carries no comments: the platform's own figure
    interaction_median = like_median + collect_median + comment_median
    engagement_median = int(statistics.median(n["likeNum"] + n["collectNum"] + comment_median for n in window))
    trend, count = [], fans - 600 - (jump or 0)
    for d in range(30):
        count += 20
        if jump and d == 17:
            count += jump
        trend.append({"num": count, "dateKey": (date(2026, 10, 26) + timedelta(days=d)).isoformat()})
    fans = trend[-1]["num"]
    info = {"userId": user_id, "valid": 1, "name": name, "redId": "red%s" % user_id[:6], "location": "江苏 南京",
            "personalTags": ["学生"], "fansCount": fans, "likeCollectCountInfo": fans * 11, "businessNoteCount": 4,
            "picturePrice": 800.0, "videoPrice": 1200.0, "userType": 2, "gender": "女",
            "contentTags": [{"taxonomy1Tag": "家居家装", "taxonomy2Tags": ["家居用品"]}],
            "clickMidNum": read_median, "interMidNum": interaction_median, "fansNum": fans,
            "estimatePictureCpm": 0.0, "estimatePictureEngageCost": 0.0, "mEngagementNum": engagement_median}
    return {
        "kol_info": response(info),
        "kol_note_rate": response({"noteNumber": 3, "videoNoteNumber": 0, "hundredLikePercent": "66.7",
                                   "thousandLikePercent": "0.0", "impMedian": rate_notes[1]["impNum"],
                                   "impMedianBeyondRate": "96.0", "readMedian": read_median,
                                   "readMedianBeyondRate": "95.8", "interactionMedian": interaction_median,
                                   "interactionRate": "3.4", "interactionBeyondRate": "95.3",
                                   "likeMedian": like_median, "collectMedian": collect_median,
                                   "commentMedian": comment_median, "shareMedian": 4, "notes": rate_notes,
                                   "mEngagementNum": engagement_median}),
        "kol_note_list": response({"list": notes, "total": len(notes)}),
        "kol_fans_portrait": response({
            "ages": [{"group": "<18", "percent": 0.06}, {"group": "18-24", "percent": 0.46},
                     {"group": "25-34", "percent": 0.31}, {"group": "35-44", "percent": 0.11},
                     {"group": ">44", "percent": 0.06}],
            "gender": {"male": 0.21, "female": 0.79},
            "interests": [{"name": "生活记录", "percent": 0.10}, {"name": "美食", "percent": 0.099}],
            "provinces": [{"name": "广东", "percent": 0.13}, {"name": "江苏", "percent": 0.082}],
            "cities": [{"name": "广州", "percent": 0.04}], "devices": [], "dateKey": "2026-11-24"}),
        "kol_fans_summary": response({"fansNum": fans, "fansIncreaseNum": 600, "fansGrowthRate": "1.6",
                                      "activeFansL28": active, "activeFansRate": "%.1f" % (100 * active / fans),
                                      "activeFansBeyondRate": "36.9", "engageFansRate": "2.2",
                                      "engageFansL30": 45}),
        "kol_fans_trend": response({"fansNumInc": 600, "fansNumIncRate": 0.0155, "list": trend}),
        "kol_data_summary_v2": response({"dateKey": "2026-11-24", "readMedian": read_median,
                                         "readMedianBeyondRate": "95.8", "interactionMedian": interaction_median,
                                         "interactionBeyondRate": "95.3",
                                         "estimatePictureEngageCost": 800 / engagement_median,
                                         "estimatePictureCpm": 800 / (rate_notes[1]["impNum"] / 1000),
                                         "mEngagementNum": engagement_median}),
    }, {"followers": fans, "read_median": read_median, "interaction_median": interaction_median,
        "active_fans_share": active / fans, "notes": len(notes), "trend_points": len(trend)}


def main():
    rng = random.Random(7)
    os.makedirs(os.path.join(OUT, "b"), exist_ok=True)
    a_id, b_id = "5d21ab6b000000001201aaaa", "5662e3c1b8ce1a26f2c1bbbb"
    a, expected_a = creator(rng, a_id, "荔枝小屋", 2_031, 1_182)
    b, expected_b = creator(rng, b_id, "LULU的家", 15_139, 13_264, jump=6_000)
    with open(os.path.join(OUT, "creator-a.json"), "w", encoding="utf-8") as f:
        json.dump({"kol_id": a_id, "kol_name": "荔枝小屋", "fetch_time": "2026-11-25T10:00:00", "data": a}, f,
                  ensure_ascii=False, indent=2)
        f.write("\n")
    for section, body in b.items():
        if section in ("kol_note_rate", "kol_fans_portrait"):
            continue  # the split creator has only some of the responses
        with open(os.path.join(OUT, "b", "%s_%s_20261125_100000.json" % (section, b_id)), "w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({a_id: expected_a, b_id: expected_b}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
