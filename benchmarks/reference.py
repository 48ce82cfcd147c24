#!/usr/bin/env python3
"""A Python reference for kolvet's engagement metrics and generic/duplicate comment shares, written the way an
analyst would (orjson if installed, else json; numpy for the statistics), for benchmarks/run.py.

    python3 benchmarks/reference.py kolvet-config.json < dossiers.jsonl > metrics.jsonl

The thresholds and lexicons are read from the configuration file (`kolvet config` prints the defaults), so the
reference cannot drift from kolvet's defaults.

It follows docs/metrics.md and docs/comments.md rule for rule. Known approximation: Python's standard library
has no Unicode emoji properties or grapheme clustering, so emoji are recognised by code-point range and a
character is a code point with its variation selectors, skin tones, joiners and combining marks attached. On
the benchmark data (`kolvet-eval generate`) this matches kolvet exactly; run.py checks it creator by creator.
"""
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

import numpy as np

try:
    import orjson

    loads = orjson.loads
except ImportError:  # pragma: no cover
    import json

    loads = json.loads

CST = timezone(timedelta(hours=8))
# Thresholds and lexicons: read from the kolvet configuration given on the command line (one source of truth).
COUNTS = RECENT = MINIMUM_NOTES = MINIMUM_LENGTH = SIMILARITY = TEMPLATES = FILLERS = PARTICLES = None


def load_configuration(path):
    """Reads recent_notes, the interaction counts, minimum notes and the comment lexicons from a kolvet config."""
    global RECENT, COUNTS, MINIMUM_NOTES, MINIMUM_LENGTH, SIMILARITY, TEMPLATES, FILLERS, PARTICLES
    with open(path, "rb") as handle:
        config = loads(handle.read())
    RECENT = config["recent_notes"]
    COUNTS = config["interaction_counts"]
    MINIMUM_NOTES = config["engagement"]["minimum_notes"]
    comments = config["comments"]
    MINIMUM_LENGTH = comments["minimum_meaningful_length"]
    SIMILARITY = comments["near_duplicate_similarity"]
    TEMPLATES = comments["template_phrases"] + comments["extra_template_phrases"]
    FILLERS = comments["template_fillers"]
    # The trailing modal particles are fixed in kolvet (docs/comments.md, "Key"), not configurable.
    PARTICLES = set("了啊呀吧哦喔哈呢嘛啦耶鸭哇呐噢嗷的")


def fold(text):
    return unicodedata.normalize("NFKC", text).lower()


def clusters(text):
    """Code points with their variation selectors, skin tones, joiners and combining marks attached."""
    out = []
    join_next = False
    for ch in text:
        cp = ord(ch)
        attach = cp in (0xFE0E, 0xFE0F, 0x200D) or 0x1F3FB <= cp <= 0x1F3FF or unicodedata.combining(ch) != 0
        if out and (attach or join_next):
            out[-1] += ch
        else:
            out.append(ch)
        join_next = cp == 0x200D
    return out


def is_han(ch):
    cp = ord(ch[0])
    return (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x2A6DF)


def is_emoji(ch):
    cp = ord(ch[0])
    return (0x1F000 <= cp <= 0x1FAFF or (0x2600 <= cp <= 0x27BF and (cp >= 0x2700 or "\ufe0f" in ch))
            or "\ufe0f" in ch)


def is_number(ch):
    return ch[0].isnumeric()


def is_letter(ch):
    return ch[0].isalpha()


def sticker_end(chars, start):
    index = start + 1
    while index < len(chars) and index - start <= 11:
        ch = chars[index]
        if ch == "]":
            return index if index - start >= 2 else None
        if ch == "[" or ch.isspace():
            return None
        index += 1
    return None


def make_key(core):
    key = [c for c in clusters(core) if c != " "]
    while len(key) > 1 and (key[-1] in PARTICLES or key[-1] == key[-2]):
        key.pop()
    if len(key) == 1 and key[0] in PARTICLES:
        key = []
    return "".join(key)


def analyse(text):
    """(key, stickers, emoji count, meaningful length) of a comment, as CommentText computes them."""
    chars = clusters(fold(text))
    stickers, emoji, tokens, length, word = [], 0, [], 0, ""

    def flush():
        nonlocal word, length
        if word:
            tokens.append((word, False))
            length += 1 if is_number(word[0]) else 2
            word = ""

    index = 0
    while index < len(chars):
        ch = chars[index]
        if ch == "[":
            end = sticker_end(chars, index)
            if end is not None:
                flush()
                stickers.append("".join(chars[index:end + 1]))
                index = end + 1
                continue
        index += 1
        if is_emoji(ch):
            flush()
            emoji += 1
        elif is_han(ch):
            flush()
            tokens.append((ch, True))
            length += 1
        elif is_letter(ch) or is_number(ch):
            if word and is_number(word[-1]) != is_number(ch):
                flush()
            word += ch
        else:
            flush()
    flush()
    core = ""
    for offset, (token, han) in enumerate(tokens):
        if offset > 0 and not (han and tokens[offset - 1][1]):
            core += " "
        core += token
    return make_key(core), stickers, emoji, length


PIECES = {}
LONGEST = 0


def prepare_templates():
    """Template pieces (filler -> None, phrase key -> phrase) from the configured lexicons."""
    global LONGEST
    for filler in FILLERS:
        squeezed = fold(filler).replace(" ", "")
        if squeezed:
            PIECES[squeezed] = None
    for phrase in TEMPLATES:
        phrase_key = analyse(phrase)[0]
        if phrase_key:
            PIECES[phrase_key] = phrase
    LONGEST = max(len(clusters(piece)) for piece in PIECES)


def is_template(key):
    if not key:
        return False
    if PIECES.get(key) is not None:
        return True
    chars = clusters(key)
    memo = {}

    def split(start):  # -> (found, phrase)
        if start == len(chars):
            return True, None
        if start in memo:
            return memo[start]
        found = (False, None)
        length = min(LONGEST, len(chars) - start)
        while length >= 1 and not found[0]:
            piece = "".join(chars[start:start + length])
            if piece in PIECES:
                ok, rest = split(start + length)
                if ok:
                    found = (True, PIECES[piece] if PIECES[piece] is not None else rest)
            length -= 1
        memo[start] = found
        return found

    ok, phrase = split(0)
    return ok and phrase is not None


def bigrams(key):
    chars = clusters(key)
    if len(chars) < 2:
        return {key} if chars else set()
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


def jaccard(a, b):
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return 0.0 if union == 0 else shared / union


def comment_shares(dossier):
    creator = dossier["creator"]
    considered = []
    for comment in dossier.get("comments") or []:
        own = (comment.get("user_id") is not None and comment.get("user_id") == creator.get("id")) or (
            comment.get("nickname") is not None and comment.get("nickname") == creator.get("nickname"))
        if not own:
            considered.append(analyse(comment.get("text") or ""))
    if not considered:
        return 0, None, None
    generic = 0
    for key, stickers, emoji, length in considered:
        if (length == 0) or (not key) or is_template(key) or length < MINIMUM_LENGTH:
            generic += 1
    group_of, members = {}, []
    for position, (key, stickers, _, _) in enumerate(considered):
        group_key = key if key else "\x01" + "".join(stickers)
        if group_key == "\x01":
            continue
        if group_key in group_of:
            members[group_of[group_key]].append(position)
        else:
            group_of[group_key] = len(members)
            members.append([position])
    parent = list(range(len(members)))

    def root(g):
        while parent[g] != g:
            g = parent[g]
        return g

    # Every pair of keys of 4+ characters (their first 1,000), by bigram-set size: Jaccard <= |A| / |B| for
    # |A| <= |B|, so sorting by set size and stopping there is exact (kolvet's SimilarityJoin finds the same pairs).
    keyed = []
    for k, g in group_of.items():
        chars = clusters(k)
        if len(chars) >= 4 and not k.startswith("\x01"):
            chars = chars[:1000]
            keyed.append((frozenset(chars[i] + chars[i + 1] for i in range(len(chars) - 1)), g))
    keyed.sort(key=lambda t: len(t[0]))
    for first in range(len(keyed)):
        second = first + 1
        while second < len(keyed) and len(keyed[first][0]) >= SIMILARITY * len(keyed[second][0]) - 1e-9:
            if jaccard(keyed[first][0], keyed[second][0]) >= SIMILARITY:
                parent[root(keyed[second][1])] = root(keyed[first][1])
            second += 1
    joined = {}
    for group, positions in enumerate(members):
        joined.setdefault(root(group), []).extend(positions)
    duplicates = sum(len(p) for p in joined.values() if len(p) >= 2)
    n = len(considered)
    return n, generic / n, duplicates / n


def timestamp(value):
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return value / 1000 if value >= 1e11 else float(value)
    text = str(value).strip()
    if text.isdigit():
        number = float(text)
        return number / 1000 if number >= 1e11 else number
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CST)
    return moment.timestamp()


def count(value):
    if value is None:
        return None
    if isinstance(value, str):
        return int(value.rstrip("+").replace(",", ""))
    return int(value)


def engagement(dossier):
    followers = count(dossier["creator"]["followers"])
    notes = [(i, n) for i, n in enumerate(dossier.get("notes") or []) if n.get("likes") is not None]
    dated = sorted((n for n in notes if n[1].get("published_at") is not None),
                   key=lambda item: (-timestamp(item[1]["published_at"]), item[0]))
    undated = [n for n in notes if n[1].get("published_at") is None]
    recent = [n for _, n in (dated + undated)[:RECENT]]
    included = [k for k in COUNTS if all(n.get(k) is not None for n in recent)]
    interactions = np.array([sum(count(n[k]) for k in included) for n in recent], dtype=float)
    out = {"median_rate_per_follower": None, "mean_rate_per_follower": None, "median_rate_per_read": None,
           "comments_per_100_likes": None, "collects_per_like": None, "like_spread": None}
    if followers > 0 and len(recent) > 0:
        rates = interactions / followers
        out["median_rate_per_follower"] = float(np.median(rates))
        out["mean_rate_per_follower"] = float(np.mean(rates))
    read_rates = [total / count(n["reads"]) for n, total in zip(recent, interactions)
                  if n.get("reads") is not None and count(n["reads"]) > 0]
    if read_rates:
        out["median_rate_per_read"] = float(np.median(read_rates))
    likes = np.array([count(n["likes"]) for n in recent], dtype=float)
    total_likes = likes.sum()
    if total_likes > 0:
        if all(n.get("comments") is not None for n in recent):
            out["comments_per_100_likes"] = float(100 * sum(count(n["comments"]) for n in recent) / total_likes)
        if all(n.get("collects") is not None for n in recent):
            out["collects_per_like"] = float(sum(count(n["collects"]) for n in recent) / total_likes)
    if len(likes) >= MINIMUM_NOTES and likes.mean() > 0:
        out["like_spread"] = float(likes.std() / likes.mean())
    return out


def main():
    write = sys.stdout.write
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        dossier = loads(line)
        result = {"id": dossier["creator"]["id"]}
        result.update(engagement(dossier))
        n, generic, duplicate = comment_shares(dossier)
        result.update({"comments": n, "generic_share": generic, "duplicate_share": duplicate})
        write(repr_json(result) + "\n")


def repr_json(value):
    parts = []
    for key, item in value.items():
        text = "null" if item is None else (f'"{item}"' if isinstance(item, str) else repr(item))
        parts.append(f'"{key}": {text}')
    return "{" + ", ".join(parts) + "}"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: reference.py kolvet-config.json < dossiers.jsonl > metrics.jsonl")
    load_configuration(sys.argv[1])
    prepare_templates()
    main()
