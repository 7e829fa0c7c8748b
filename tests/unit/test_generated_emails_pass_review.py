"""Every message the generator writes passes the reviewer with no must-fix finding.

The two tools are written by the same package: if the generator's phrasing drifts from what the
reviewer accepts (a greeting form, a length range, a timing word), this table catches it.
"""

import itertools

import pytest

from thankyou.api import handle

PEOPLE = [
    {"name": "Rina Wijaya", "title": "Head of Data", "address": "ibu", "email": "rina@contoh.co.id", "topic": "migrasi dasbor ke BigQuery"},
    {"name": "Budi Santoso", "title": "Engineering Manager", "address": "bapak", "topic": "cara tim meninjau kode"},
    {"name": "Dr. Sudrajad", "title": "Direktur", "address": "bapak", "topic": "rencana ekspansi ke Surabaya"},
    {"name": "Maya", "address": "first_name", "topic": "the onboarding plan for new analysts"},
    {"name": "Chris Tan", "address": "mr", "topic": "how the team runs experiments"},
]
OPTIONAL = [
    {},
    {"contact": "0812-3456-7890", "interview_date": "2026-11-24", "format": "video"},
    {"strength": "tiga tahun membangun laporan penjualan otomatis", "forgot": "sertifikat Google Data Analytics",
     "why": "saya ingin bekerja dengan data logistik berskala besar"},
]
PANELS = [PEOPLE[:1], PEOPLE[1:2], PEOPLE[:3], PEOPLE[3:5], [{"name": "Sari Dewi", "address": "none"}]]


def cases():
    for lang, register, length, channel in itertools.product(
        ("id", "en"), ("formal", "semi_formal"), ("short", "standard"), ("email", "linkedin", "whatsapp", "card")
    ):
        for number, (panel, optional) in enumerate(itertools.product(PANELS, OPTIONAL)):
            variant = number % 3
            yield pytest.param(
                {"op": "draft", "lang": lang, "register": register, "length": length, "channel": channel,
                 "name": "Andi Pratama", "company": "PT Sinar Data Nusantara", "role": "Analis Data",
                 "interviewers": panel, "variant": variant, **optional},
                id=f"{lang}-{register}-{length}-{channel}-{number}",
            )


@pytest.mark.parametrize("request_", list(cases()))
def test_every_generated_message_has_no_must_fix_finding(request_):
    drafted = handle(request_)
    assert "error" not in drafted, drafted
    bodies = [message["body"] for message in drafted["messages"]]
    for message in drafted["messages"]:
        context = {
            "interviewer": message["to"]["name"],
            "company": request_["company"],
            "role": request_["role"],
            "lang": request_["lang"],
            "channel": request_["channel"],
            "now": "2026-11-24T18:00:00+07:00",
            "panel": [body for body in bodies if body != message["body"]],
        }
        if "interview_date" in request_:
            context["interview_date"] = request_["interview_date"]
        reviewed = handle({"op": "review", "lang": request_["lang"], "subject": message.get("subject") or "",
                           "body": message["body"], "context": context})
        assert "error" not in reviewed, reviewed
        must = [f"{f['kind']}: {f['message']} [{message['body'][f['start']:f['end']]!r}]"
                for f in reviewed["findings"] if f["severity"] == "must"]
        assert not must, f"{message['to']['name']} ({request_['channel']}):\n" + "\n".join(must) + "\n\n" + message["body"]
