"""English slips a word list cannot see, found without one: two words run together ("alot",
"thankyou", "incase") and a contraction missing its apostrophe ("Im", "theres", "Thats"). A
list either lacks them, and offers the wrong nearest word ("incas", "infarct"), or lets them pass
as a name or a plural ("Im", "theres"). Each is a typo on its word, with the fix one tap away;
the correct words around them ("its", "lets", "IM", "well") stay silent.
"""

from __future__ import annotations

import pytest

from thankyou.api import handle


def review(sentence: str) -> dict:
    body = f"Dear Ms. Tan,\n\n{sentence}\n\nBest regards,\nArief Nugroho"
    return handle({"op": "review", "lang": "en", "subject": "Thank you for the Data Analyst interview",
                   "body": body, "context": {"lang": "en"}})


def typos(answer: dict) -> list[tuple[str, str | None]]:
    return [(found["excerpt"], found.get("replacement"))
            for found in answer["findings"] if found["code"] == "misspelling"]


SLIPS = [
    ("Thankyou for meeting me today.", "Thankyou", "Thank you"),
    ("I learned alot about the reporting team.", "alot", "a lot"),
    ("The role fits my SQL work, infact it is what I do every day.", "infact", "in fact"),
    ("I have attached my portfolio incase it is useful.", "incase", "in case"),
    ("I would like to thank Mr. Lim aswell.", "aswell", "as well"),
    ("I could start in March atleast.", "atleast", "at least"),
    ("It was good to see how the analysts help eachother.", "eachother", "each other"),
    ("Im very glad we spoke about the dashboards.", "Im", "I'm"),
    ("Since then im even more interested in the role.", "im", "I'm"),
    ("Ive already read the style guide you mentioned.", "Ive", "I've"),
    ("I think theres a lot I can bring to the team.", "theres", "there's"),
    ("Thats exactly the kind of work I enjoy.", "Thats", "That's"),
    ("Please tell me if youre missing any document.", "youre", "you're"),
    ("I wasnt sure whether to send the slides.", "wasnt", "wasn't"),
    ("I look forward to hearing about the next step, and I havent forgotten the case study.", "havent", "haven't"),
]


@pytest.mark.parametrize(("sentence", "found", "fix"), SLIPS, ids=[slip[1] for slip in SLIPS])
def test_each_slip_is_a_typo_on_its_word_with_its_fix(sentence: str, found: str, fix: str) -> None:
    answer = review(sentence)
    assert (found, fix) in typos(answer), typos(answer)
    must = [item for item in answer["findings"] if item["code"] == "misspelling" and item["excerpt"] == found]
    assert must[0]["severity"] == "must"


FINE = [
    "Its dashboards are what drew me to the team, and it lets analysts work on their own.",
    "IM me on Teams if that is easier; I will be at my desk all week.",
    "I was glad to hear the project went well and that we were on the same page.",
    "I can't wait to hear about the next step, and I won't forget the case study.",
    "In fact, I learned a lot, and I will attach the slides in case they help.",
    "Thank you again; I'm sure there's a lot to learn, and that's what I'm after.",
]


@pytest.mark.parametrize("sentence", FINE)
def test_the_correct_words_around_them_stay_silent(sentence: str) -> None:
    assert typos(review(sentence)) == []
