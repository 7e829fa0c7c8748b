"""What a reader (or a script pretending to be one) might put in any field: the hostile-input table.

Markup payloads set ``window.__canary`` if they ever run; the suite checks it stays unset.
"""

from __future__ import annotations

CANARY = "window.__canary=1"

MARKUP = [
    f"<script>{CANARY}</script>",
    f"<img src=x onerror={CANARY}>",
    f'"><img src=x onerror="{CANARY}">',
    f"'><svg onload={CANARY}>",
    f"<svg><script>{CANARY}</script></svg>",
    f'<iframe src="javascript:{CANARY}"></iframe>',
    f"<a href=\"javascript:{CANARY}\">klik</a>",
    f"<body onload={CANARY}>",
    f"<details open ontoggle={CANARY}>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={CANARY}>",
    f"</textarea><script>{CANARY}</script>",
    "</textarea>",
    f"</title><script>{CANARY}</script>",
    f"</script><script>{CANARY}</script>",
    f"<!--<script>{CANARY}</script>-->",
    f"<![CDATA[<script>{CANARY}</script>]]>",
    f"<template><script>{CANARY}</script></template>",
    f"<style>@import 'javascript:{CANARY}';</style>",
    "&lt;b&gt;entities&lt;/b&gt; &amp; &#x3C;script&#x3E;",
    "{{7*7}} ${7*7} <%= 7*7 %>",
]

LINKS = [
    f"javascript:{CANARY}",
    f"JaVaScRiPt:{CANARY}",
    f"java\tscript:{CANARY}",
    f"  javascript:{CANARY}",
    f"data:text/html,<script>{CANARY}</script>",
    "vbscript:msgbox(1)",
    "https://example.com/\"onmouseover=\"window.__canary=1",
    "//evil.example/x",
]

LONG = [
    "a" * 100_000,
    "ж" * 100_000,
    "😀" * 50_000,
    "<b>" * 33_334,
    ("kata " * 20_000).strip(),
]

SCRIPTS_AND_SYMBOLS = [
    "\u202eكلمة عربية\u202c",
    "שלום עולם",
    "مرحبا Rina \u200fWijaya",
    "\u202a\u202b\u202c\u202d\u202e",
    "a\u200bb\u200cc\u200dd\ufeff",
    "\u200b" * 10,
    "😀",
    "👩🏽‍💻 Rina",
    "🇮🇩🇬🇧",
    "Z̸̢̛͓a̶l̷g̵o̴",
    "ﷺ" * 5,
    "\ud800",
    "a\udfffb",
    "\ud83d",
    "\x00",
    "a\x00b",
    "\x01\x02\x1f\x7f",
    "\r\n\r\n",
    "\t \t",
    "   ",
    "",
    "\\",
    "%00%0a%0d",
    "%s%n%x",
    "{field}",
    "{0.__class__}",
    "{lang!r:>99999999}",
    "None",
    "null",
    "undefined",
    "NaN",
    "-1",
    "1e309",
    "[object Object]",
]

DATES = [
    "0001-01-01T00:00",
    "0000-00-00T00:00",
    "9999-12-31T23:59",
    "275760-09-13T00:00",
    "1969-12-31T23:59",
    "1900-02-29T12:00",
    "2026-02-29T12:00",
    "2026-13-01T10:00",
    "2026-11-31T25:61",
    "2026-03-08T02:30",  # does not exist in America/New_York (clocks go forward)
    "2026-11-01T01:30",  # happens twice in America/New_York
    "2026-03-29T02:30",  # does not exist in Europe/Berlin
    "2026-11-26T10:00+99:00",
    "2026-11-26T10:00Z",
    "26/11/2026 10.00",
    "2026-11-26",
    "T10:00",
]

# Text shaped like RFC 2047 encoded-words, header lines and address lists: it reaches the .eml's
# headers (name, role, company, interviewer) and must stay literal there (tests/mail reads the files).
HEADERS = [
    "=?utf-8?q?Eve_=3Cx=40evil=2Ecom=3E=2C_Bob?=",
    "=?utf-8?q?a=0D=0ABcc=3A_x=40evil=2Ecom?=",
    "Engineer =?utf-8?q?x?=",
    "=?utf-8?b?RXZlIDx4QGV2aWwuY29tPiwgQm9i?=",
    "=?iso-8859-1?q?=E9?= =?utf-8?q??=",
    "=?",
    "?=",
    "Eve <x@evil.com>, Bob",
    '"Eve" <x@evil.com>',
    "x@evil.com",
    "Rina\r\nBcc: x@evil.com",
    "Rina\nSubject: other",
    "Rina\rX-Evil: 1",
    "Rina%0d%0aBcc:x@evil.com",
    "Rina\u2028Bcc: x@evil.com",
    "Analis; Bcc: x@evil.com",
    "Dr. Rina (HR) <rina>",
    "O'Brien, Sean",
    "Ñúñez \\ \"quoted\"",
]
HOSTILE = [*MARKUP, *LINKS, *LONG, *SCRIPTS_AND_SYMBOLS, *DATES, *HEADERS]
assert len(HOSTILE) >= 60, len(HOSTILE)
