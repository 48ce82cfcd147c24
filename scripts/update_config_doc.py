#!/usr/bin/env python3
"""Rewrites the JSON block of docs/configuration.md from `kolvet config` (the defaults as the code has them).

    swift run -q kolvet config | python3 scripts/update_config_doc.py

The test "docs/configuration.md shows every default key with its default value" fails until this is run after
a default changes.
"""
import json
import sys


def fmt(v, indent=0, key=None):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        flat = all(not isinstance(x, (dict, list)) for x in v.values())
        if flat and len(json.dumps(v, ensure_ascii=False)) < 118 - indent * 2 - (len(key or "") + 4):
            return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(x, ensure_ascii=False)}"
                                    for k, x in v.items()) + " }"
        items = [f"{pad}  {json.dumps(k, ensure_ascii=False)}: {fmt(x, indent + 1, k)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            parts = [json.dumps(x, ensure_ascii=False) for x in v]
            lines, cur = [], ""
            for part in parts:
                if len(cur) + len(part) + 2 > 100:
                    lines.append(cur)
                    cur = ""
                cur += part if not cur else ", " + part
            lines.append(cur)
            if len(lines) == 1:
                return "[" + lines[0] + "]"
            return "[\n" + ",\n".join(f"{pad}    {line}" for line in lines) + f"\n{pad}  ]"
        return "[\n" + ",\n".join(f"{pad}    {fmt(x, indent + 2)}" for x in v) + f"\n{pad}  ]"
    return json.dumps(v, ensure_ascii=False)


defaults = json.load(sys.stdin)
block = fmt(defaults)
assert json.loads(block) == defaults
path = "docs/configuration.md"
doc = open(path, encoding="utf-8").read()
start = doc.index("```json\n") + len("```json\n")
end = doc.index("\n```", start)
open(path, "w", encoding="utf-8").write(doc[:start] + block + doc[end:])
