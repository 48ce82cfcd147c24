#!/usr/bin/env python3
"""Writes the labelled comment set in fixtures/comments/: dossiers of creators whose comments are each
labelled authentic or inauthentic in labels.csv.

The organic comments are hand-written in the styles real Xiaohongshu comment sections show (questions,
complaints, stories, stickers, short praise from real fans, lurkers with default names, superfans). The
inauthentic ones follow the bought-engagement patterns of DOMAIN.md (template praise from throwaway accounts,
the same text on many notes, bursts right after posting, pods in rotation, lead-generation spam) with the
variations real operations use (avatars on bought accounts, near-duplicates, bots spread out in time).
Seeded: the same run writes the same files. Run from the repository root:

    python3 scripts/make_labelled_comments.py
"""
import csv
import json
import random

rng = random.Random(20261127)
OUT = "fixtures/comments"

# --- Organic pools -------------------------------------------------------------------------------------
QUESTIONS = [
    "这个色号适合黄皮吗？[哭惹R]", "请问博主是混油皮吗，夏天会不会闷痘", "第二个多少钱呀，专柜和免税哪个划算",
    "敏感肌可以用吗？我用A醇会泛红", "求问口红是哪个色号，看着好显白", "这个和上一篇推荐的那款比哪个更保湿？",
    "学生党有没有平替推荐", "上嘴会不会显唇纹啊", "持妆大概多久？我通勤要八个小时", "这个粉底液带伞吗",
    "眼影盘那个大地色是第几排第几个？", "黄一白能用吗，怕太暗", "孕期能用吗？成分有没有水杨酸",
    "请问在哪个平台买的，怕买到假货", "油皮夏天用这个会不会搓泥", "干皮冬天用会卡粉吗[哭惹R]",
    "does this work for oily skin?", "which shade are you wearing in the second photo?",
    "how long did the delivery take to Shanghai?", "is the scent strong? I get headaches easily",
]
STORIES = [
    "我也买了这支，薄涂很日常，厚涂有点挑皮", "用了两周真的闭口少了，但是刚开始有点刺痛",
    "上次听博主的买了那款防晒，军训完居然没晒黑[笑哭R]", "这个我踩雷了，用完脸特别干，可能不适合我",
    "我妈也在用这个牌子，她说比以前那瓶好吸收", "之前跟风买的，放抽屉吃灰了，看完这个想再试试",
    "黄皮亲测第三支最显白，第一支有点显黑", "包装好看但是泵头坏了两次，客服给换了",
    "昨天去专柜试了，真人上脸比图里红一点", "我混干皮用这个一整天都不脱妆，就是鼻翼会有点浮粉",
    "公司楼下就有这家店，周末去排了一个小时", "价格有点劝退，等双十一再入",
    "味道有点像小时候的花露水哈哈哈", "用完这个再用精华会搓泥，要等它干一下",
    "看了好几篇测评，还是你这篇讲得最清楚", "室友借我用了一次就回购了三瓶[笑哭R]",
    "我皮肤偏红，这个遮瑕力度刚好", "跟着教程画了一遍，手残党也能画好看",
    "坐标成都，这几天太干了，正需要这种", "刚下单了一支，希望别踩雷",
    "tried it after your last post and honestly my skin has never been this calm",
    "the packaging is gorgeous but the formula pilled under my sunscreen",
    "bought it in Hong Kong, a bit cheaper than the mainland counter",
]
MORE_STORIES = [
    "刚生完宝宝皮肤变差好多，看完准备试试这个", "在日本药妆店看到过，没敢买，现在后悔了",
    "我是男生，女朋友让我来学怎么给她挑口红[笑哭R]", "第一次在小红书留言，真的被这篇种草了",
    "这个颜色我试过，在室内灯光下会偏粉", "夏天用有点油，秋冬刚刚好", "同款没问题，但我觉得第二支更适合通勤",
    "看评论区好多人问色号，我也是黄皮，选的第三支", "好久没看到这么真实的测评了，连缺点都说了",
    "用这个方法画了一周，同事都问我换了什么粉底", "我买的是小样，用了三天就爆痘了，可能不耐受",
    "姐妹们别冲动，先去专柜试色再买", "之前一直用国货，这次想试试大牌", "外婆都说这个颜色显气色好",
    "学生党攒了两个月生活费买的，不后悔", "毕业面试就用这个妆，面试官说我看起来很精神",
    "北方冬天太干了，这个保湿够不够啊，纠结", "上次直播间抢到的，比专柜便宜一百多",
    "my mom has used this brand for twenty years, nice to see it on here",
    "ordered the mini size first, will report back after a week",
]
COMPLAINTS = [
    "博主能不能说一下缺点，感觉都在夸", "这个价格真的不值，成分表很普通", "又是广告吧，标了合作都不敢买了",
    "我用了过敏了，大家慎重", "字幕有点小，手机上看不清", "图片滤镜太重了吧，看不出真实颜色",
]
SHORT_FAN = [  # authentic but generic: real fans do write these
    "好好看[赞R]", "好看！", "爱了爱了", "[赞R][赞R]", "绝了", "学到了", "码住", "太好看了吧", "哈哈哈哈哈",
    "[笑哭R]", "支持！", "nice", "love it", "冲！", "好美",
]
SUPERFAN_TEXT = [
    "每次更新都第一时间来看，这期的妆容配色好高级", "这期终于讲到干皮了，等好久了",
    "姐姐上次说的那款精华我回购第三瓶了", "这个打光是在窗边拍的吗，好自然",
    "又来了！这次的口红试色比上次清楚多了", "今天这个发型也好好看，是自己卷的吗",
    "跟了你两年了，看着你从几千粉到现在，真为你开心", "这期背景音乐叫什么呀",
    "上周按你的方法卸妆，鼻子黑头真的少了", "这次的眼线比上次自然，是换了眼线笔吗",
    "看到你也用这个牌子的防晒好开心，我也用了一年", "你家猫又出镜了哈哈，它叫什么名字",
    "求出一期秋冬护手霜合集吧，手裂得不行", "同是黄皮，你推荐的色号从没踩过雷",
]
ORGANIC_NAMES = [
    "小鹿爱喝茶", "Echo", "橘子汽水", "是阿雯呀", "momo在上海", "不吃香菜的猫", "Yuki_", "晚风", "陈小厨",
    "早睡早起的兔", "Lily酱", "程序媛日常", "一颗柠檬", "阿May", "奶茶续命中", "Grace🌷", "北漂小林",
    "今天也要加油", "周周", "爱吃火锅的鱼", "Kiki", "夏天的风", "木子", "糖糖", "苏苏的日常", "Vivian",
]

# --- Inauthentic pools ---------------------------------------------------------------------------------
BOT_TEMPLATES = [
    "好棒！", "学习了", "支持支持", "已收藏", "绝了绝了", "买它！", "太适合我了", "好好看", "已下单", "求链接",
    "同款", "求色号", "爱了", "种草了", "好喜欢", "太好看了吧！！", "码住码住", "冲冲冲", "干货满满", "好用",
    "nice!!", "love it", "so cute", "amazing",
]
BOT_STICKERS = ["[赞R][赞R][赞R]", "[飞吻R]", "[赞R]", "👍👍👍", "❤️❤️"]
SPAM = [
    "姐妹想要同款可以私信我，全网最低价", "加微信领福利 vx：meimei2026", "主页有链接，〖¥39〗包邮",
    "满99享5折，点我主页看看", "兼职日结，有意私我", "#美妆 #护肤 #好物分享 #种草", "v信 beauty8899 进群领券",
    "看主页有惊喜哦～福利多多", "代购正品，加我微信 13912345678", "http://xhslink.example/abc 点这里领",
]


def hexname():
    return "小红薯" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8))


def iso(minutes_after, base):
    return base + int(minutes_after * 60)


def note_time(day):
    # 2026-10-01T20:00+08:00 is 1,790,856,000 s; one note every `day` days.
    return 1790856000 + day * 86400


def organic_author(kind="normal"):
    if kind == "lurker":  # a real consumer account: default name, no avatar, no notes, few followers
        return hexname(), {"followers": rng.randint(0, 4), "following": rng.randint(20, 400), "notes": 0,
                           "has_avatar": False}
    return rng.choice(ORGANIC_NAMES), {"followers": rng.randint(5, 900), "following": rng.randint(30, 700),
                                       "notes": rng.randint(1, 120), "has_avatar": True}


def throwaway_author(mass=True, avatar=False):
    return hexname(), {"followers": rng.randint(0, 3),
                       "following": rng.randint(1200, 4000) if mass else rng.randint(50, 600),
                       "notes": 0, "has_avatar": avatar}


class Builder:
    def __init__(self, creator_id, nickname, followers, note_titles):
        self.creator = {"id": creator_id, "nickname": nickname, "followers": followers}
        self.notes = []
        for index, title in enumerate(note_titles):
            self.notes.append({"id": f"{creator_id}-n{index + 1}", "title": title,
                               "published_at": note_time(index * 4),
                               "likes": rng.randint(800, 4000), "collects": rng.randint(200, 1500),
                               "comments": 0, "shares": rng.randint(10, 200)})
        self.comments = []
        self.labels = []
        self.user_counter = 0

    def add(self, note_index, text, minutes, nickname, author, label, pattern, user_id=None, reply_to=None):
        note = self.notes[note_index]
        self.user_counter += 1
        comment_id = f"{self.creator['id']}-c{len(self.comments) + 1}"
        comment = {"id": comment_id, "note_id": note["id"], "text": text,
                   "created_at": iso(minutes, note["published_at"]),
                   "user_id": user_id or f"u{rng.randrange(10**9):09d}",
                   "nickname": nickname, "ip_location": rng.choice(["上海", "浙江", "广东", "北京", "江苏", "四川"])}
        if author is not None:
            comment["author"] = author
        if reply_to:
            comment["parent_id"] = reply_to
        self.comments.append(comment)
        note["comments"] += 1
        self.labels.append((comment_id, label, pattern))
        return comment_id

    def organic_text(self):
        # Longer organic texts are not repeated within a creator (real fans do not write the same sentence);
        # short praise may repeat, as it does in real comment sections.
        if not hasattr(self, "unused"):
            self.unused = QUESTIONS + STORIES + MORE_STORIES + COMPLAINTS
            rng.shuffle(self.unused)
        return rng.choice(SHORT_FAN) if rng.random() < 0.28 or not self.unused else self.unused.pop()

    def organic(self, note_index, count, lurker_share=0.2):
        for _ in range(count):
            text = self.organic_text()
            kind = "lurker" if rng.random() < lurker_share else "normal"
            name, author = organic_author(kind)
            # organic comments trickle in over days, a few in the first hour
            minutes = rng.choice([rng.uniform(3, 60), rng.uniform(60, 1440), rng.uniform(1440, 20000)])
            self.add(note_index, text, minutes, name, author, "authentic", "organic")

    def write(self, name):
        dossier = {"format": "kolvet.dossier/1", "creator": self.creator, "notes": self.notes,
                   "comments": self.comments}
        with open(f"{OUT}/{name}.json", "w", encoding="utf-8") as handle:
            json.dump(dossier, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        return [(f"{name}.json", cid, label, pattern) for cid, label, pattern in self.labels]


BEAUTY_TITLES = ["黄皮秋冬口红合集", "油皮底妆不脱妆", "平价眼影盘测评", "敏感肌护肤步骤", "通勤五分钟妆容", "防晒霜横评"]
rows = []

# 1. An organic beauty creator: questions, stories, short praise, lurkers, two superfans.
b = Builder("organic_beauty", "Mia美妆日记", 120000, BEAUTY_TITLES)
for n in range(6):
    b.organic(n, 11)
superfan_texts = rng.sample(SUPERFAN_TEXT, 12)  # a real fan does not post the same sentence twice
for fan in ["橘子汽水", "是阿雯呀"]:
    for n in range(6):
        b.add(n, superfan_texts.pop(), rng.uniform(20, 600), fan,
              {"followers": 80, "following": 200, "notes": 12, "has_avatar": True}, "authentic", "superfan",
              user_id=f"fan-{fan}")
# the creator's own replies, which kolvet sets aside
b.add(0, "黄皮可以的，选第三支[赞R]", 90, "Mia美妆日记", None, "authentic", "creator reply", user_id="organic_beauty")
rows += b.write("organic-beauty")

# 2. An organic food KOC, English and Chinese, many lurkers.
b = Builder("organic_food", "陈小厨的小厨房", 8600, ["空气炸锅鸡翅", "十分钟早餐", "低脂便当", "周末炖汤"])
for n in range(4):
    b.organic(n, 10, lurker_share=0.45)
rows += b.write("organic-food-koc")

# 3. Bought bursts: template praise from throwaways in the first minutes, organic comments later.
b = Builder("burst_bought", "闪闪好物", 65000, BEAUTY_TITLES[:5])
for n in range(5):
    for _ in range(9):
        name, author = throwaway_author(mass=rng.random() < 0.8)
        b.add(n, rng.choice(BOT_TEMPLATES + BOT_STICKERS), rng.uniform(0.5, 8), name, author, "inauthentic", "burst bot")
    for _ in range(5):
        name, author = organic_author("lurker" if rng.random() < 0.2 else "normal")
        b.add(n, b.organic_text(), rng.uniform(120, 5000), name, author, "authentic", "organic")
rows += b.write("bought-bursts")

# 4. A pod: six accounts with avatars leave generic praise on every note, in the same order.
b = Builder("pod_circle", "露露穿搭", 32000, ["秋冬大衣", "通勤包", "小个子穿搭", "一周穿搭", "配饰分享", "平价毛衣"])
pod = [(f"互赞{index}号", {"followers": rng.randint(300, 2000), "following": rng.randint(300, 2000),
                          "notes": rng.randint(20, 80), "has_avatar": True}) for index in range(6)]
for n in range(6):
    for order, (name, author) in enumerate(pod):
        b.add(n, rng.choice(BOT_TEMPLATES), 30 + order * 2 + rng.uniform(0, 1), name, author, "inauthentic",
              "pod rotation", user_id=f"pod-{order}")
    b.organic(n, 6)
rows += b.write("pod-rotation")

# 5. A duplicate farm: the same (or nearly the same) texts on every note from throwaways spread over hours.
b = Builder("dup_farm", "每日变美研究所", 480000, BEAUTY_TITLES)
farm_texts = ["太好看了吧！！", "太好看了吧", "博主好用心，已经收藏啦", "博主好用心，已经收藏了", "这个真的绝绝子"]
for n in range(6):
    for text in farm_texts:
        name, author = throwaway_author(mass=rng.random() < 0.7, avatar=rng.random() < 0.3)
        b.add(n, text, rng.uniform(60, 900), name, author, "inauthentic", "duplicate farm")
    b.organic(n, 5)
rows += b.write("duplicate-farm")

# 6. Lead-generation spam on an organic creator's notes.
b = Builder("spam_hit", "阿May的护肤笔记", 150000, BEAUTY_TITLES[:4])
for n in range(4):
    b.organic(n, 9)
    for text in rng.sample(SPAM, 4):
        name, author = throwaway_author(mass=True)
        b.add(n, text, rng.uniform(5, 3000), name, author, "inauthentic", "lead-gen spam")
rows += b.write("lead-gen-spam")

# 7. Hard cases: bought template comments spread out in time from accounts that keep one or two real-looking
#    features (an avatar, a few notes), and real lurkers writing short praise.
b = Builder("hard_mix", "小林的出租屋改造", 9800, ["出租屋改造", "宜家好物", "收纳技巧", "小户型灯光", "窗帘怎么选"])
for n in range(5):
    b.organic(n, 8, lurker_share=0.5)
    for _ in range(3):
        name, author = throwaway_author(mass=rng.random() < 0.5, avatar=rng.random() < 0.5)
        author["notes"] = rng.choice([0, 0, 2])
        b.add(n, rng.choice(BOT_TEMPLATES), rng.uniform(60, 6000), name, author, "inauthentic", "spread-out bot")
rows += b.write("hard-mix")

with open(f"{OUT}/labels.csv", "w", encoding="utf-8", newline="") as handle:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(["file", "comment_id", "label", "pattern"])
    writer.writerows(rows)
print(f"{len(rows)} labelled comments in {OUT}/")
