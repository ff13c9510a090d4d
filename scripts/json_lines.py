"""One key of a data file written on a line of its own, as the build scripts write the lists they
derive: the line is replaced where the key stands, else put after the line of the key it follows,
so the rest of the hand-kept file (its order, its comment keys) stays as it is."""
from __future__ import annotations

import json
import re


def put_key_line(text: str, key: str, value: object, after: str) -> str:
    """TEXT with ``  "KEY": VALUE,`` in place of KEY's line, or after AFTER's line when KEY is new."""
    line = f'  "{key}": {json.dumps(value)},\n'
    if re.search(rf'^  "{key}": .*\n', text, flags=re.M):
        return re.sub(rf'^  "{key}": .*\n', lambda _: line, text, flags=re.M)
    return re.sub(rf'^(  "{after}": .*\n)', lambda m: m.group(1) + line, text, flags=re.M)
