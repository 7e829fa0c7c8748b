"""Real words written for another one a slip away ("membatu" for "membantu", "here" for "hear"): no word
list sees them, so the words beside them decide (``DraftLanguage.confusions``). Each slip is found on its
word with the word meant as a one-tap fix; correct sentences built around the same words stay silent.
The rule needs no word lists: it runs before the browser has fetched them.
"""

from __future__ import annotations

import pytest

from thankyou.api import handle


def review(sentence: str, lang: str) -> dict:
    if lang == "id":
        body = f"Yth. Ibu Ratna,\n\n{sentence}\n\nHormat saya,\nDewi Lestari"
        subject = "Terima kasih atas wawancara posisi Staf Admin"
    else:
        body = f"Dear Ms. Smith,\n\n{sentence}\n\nBest regards,\nDewi Lestari"
        subject = "Thank you for the Data Analyst interview"
    return handle({"op": "review", "lang": lang, "subject": subject, "body": body, "context": {"lang": lang}})


def confused(answer: dict) -> list[tuple[str, str | None, str]]:
    return [(found["excerpt"], found.get("replacement"), found["severity"])
            for found in answer["findings"] if found["code"] == "confused_word"]


SLIPS = [
    ("id", "Saya siap membatu tim Ibu merapikan laporan bulanan.", "membatu", "membantu"),
    ("id", "Saya senang bisa membatu dalam proses audit kemarin.", "membatu", "membantu"),
    ("id", "Terima kasih atau waktu yang Ibu luangkan kemarin.", "atau", "atas"),
    ("id", "Saya sangar senang bisa berbincang dengan Ibu.", "sangar", "sangat"),
    ("id", "Saya menunggu kabur baik dari tim rekrutmen.", "kabur", "kabar"),
    ("id", "Saya senang bisa berbincang degan Ibu kemarin.", "degan", "dengan"),
    ("id", "Saya sangat tertarik degan proyek panel surya di gedung baru.", "degan", "dengan"),
    ("id", "Saya siap mengikuti tahan selanjutnya.", "tahan", "tahap"),
    ("id", "Saya menantikan kabar tentang protes seleksi berikutnya.", "protes", "proses"),
    ("id", "Diskusi tentang rekonsiliasi bank sangat menari bagi saya.", "menari", "menarik"),
    ("id", "Terima kasih, say sangat senang mendengar rencana tim Ibu.", "say", "saya"),
    ("id", "Makasih sudah dijelaskan soal shift malam, say jadi lebih paham.", "say", "saya"),
    ("en", "Thank you for you time yesterday.", "you", "your"),
    ("en", "I really appreciate you insights on the reporting backlog.", "you", "your"),
    ("en", "Thank you for you're time on Monday.", "you're", "your"),
    ("en", "I hope your well and that the audit went smoothly.", "your", "you're"),
    ("en", "If your free, I would be glad to show you the dashboard.", "your", "you're"),
    ("en", "If your available next week, I can bring the draft plan.", "your", "you're"),
    ("en", "I was glad to hear about the planning tool your rolling out next quarter.", "your", "you're"),
    ("en", "I know your looking for someone who can start in January.", "your", "you're"),
    ("en", "Since your expanding into Surabaya, my years there may help.", "your", "you're"),
    ("en", "I look forward to here from you.", "here", "hearing"),
    ("en", "I hope to here from you soon.", "here", "hear"),
    ("en", "Their is a lot I would like to learn from the team.", "Their", "There"),
    ("en", "I would love to contribute to there team.", "there", "their"),
    ("en", "I do not want to loose this chance.", "loose", "lose"),
    ("en", "The role is more then I expected.", "then", "than"),
    ("en", "I hope to hear back form you next week.", "form", "from"),
    ("en", "We spoke last weak about the migration.", "weak", "week"),
    ("en", "Thank you for your advise on the portfolio.", "advise", "advice"),
    ("en", "I think its a great fit for my experience.", "its", "it's"),
    ("en", "I was quiet impressed by the onboarding plan.", "quiet", "quite"),
    ("en", "Please let me now if you need anything else.", "now", "know"),
    ("en", "It was a pleasure to met you and the team.", "met", "meet"),
    ("en", "I am hopping to hear from you soon.", "hopping", "hoping"),
    ("en", "I fell confident that I can help the team.", "fell", "feel"),
    ("en", "My carrier goals match the analyst track you described.", "carrier", "career"),
    ("en", "I led the costumer service team for two years.", "costumer", "customer"),
    ("en", "I would be glad to mange the weekly reports.", "mange", "manage"),
    ("en", "Please pass my thanks to the Hiring Manger as well.", "Manger", "Manager"),
]


@pytest.mark.parametrize(("lang", "sentence", "word", "meant"), SLIPS)
def test_a_real_word_for_another_is_found_with_the_word_meant_as_its_fix(lang, sentence, word, meant):
    assert confused(review(sentence, lang)) == [(word, meant, "must")]


def test_the_fix_keeps_the_capital_of_the_word_it_replaces():
    """A slip at a sentence's start is fixed with its capital: "Their is" → "There"."""
    assert confused(review("Their are many things I learned.", "en")) == [("Their", "There", "must")]


def test_the_fix_keeps_the_writers_apostrophe():
    """A draft typed with ’ ("I’m") gets "you’re", not "you're", as its one-tap fix."""
    assert confused(review("I’m writing to thank you, and I hope your well.", "en")) == [("your", "you’re", "must")]


def test_a_slip_in_the_subject_line_is_found_there():
    answer = handle({"op": "review", "lang": "en", "subject": "Thank you for you time - Data Analyst",
                     "body": "Dear Ms. Smith,\n\nThank you for the interview.\n\nBest regards,\nDewi", "context": {"lang": "en"}})
    assert [(found["field"], found["excerpt"]) for found in answer["findings"] if found["code"] == "confused_word"] == [("subject", "you")]


CORRECT = [
    ("id", "Perlu kirim email terima kasih atau tidak setelah wawancara tahap kedua?"),
    ("id", "Ucapan terima kasih atau apresiasi singkat sudah cukup bagi saya."),
    ("id", "Saya senang bisa membantu tim Ibu dan menunggu kabar baik."),
    ("id", "Saya sangat senang berbincang dengan Ibu tentang proses seleksi."),
    ("id", "Anak-anak menari di panggung saat acara perusahaan, dan kopinya tahan lama."),
    ("id", "Ibu bercerita tentang karyawan yang kabur dari kantor saat banjir."),
    ("id", "Nasabah sempat protes soal biaya administrasi, dan tim Ibu menjawabnya dengan sabar."),
    ("en", "Thank you for your time and for the tour of the warehouse."),
    ("en", "I would like to give you time to decide, so I will wait for your reply."),
    ("en", "I appreciate you taking the time to walk me through the roadmap."),
    ("en", "I hope your team had a good week after the release."),
    ("en", "I hope your busy season goes smoothly and your free time comes back soon."),
    ("en", "There is a lot to learn, and their team seemed eager to teach."),
    ("en", "I understood the role better then, once you showed me the dashboard."),
    ("en", "The role asks for more than I expected, and I am ready for it."),
    ("en", "I am open to advice on how to prepare for the next round."),
    ("en", "Please advise me on the next step."),
    ("en", "The company and its A/B testing culture impressed me."),
    ("en", "I fell in love with the product during the demo."),
    ("en", "Job hopping to a new city every year is not my plan."),
    ("en", "Let me now share one more idea about the onboarding flow."),
    ("en", "It was a weak spot in my answer, so here is a clearer example."),
    ("en", "The office was quiet and calm when we met."),
    ("en", "It was good to be here from Monday to Wednesday for the onsite."),
    ("en", "Your feedback form the team uses looked simple to fill in."),
    ("en", "I have met you and the team, and I hope we meet again."),
    ("en", "Thank you for your setting up the call, and I appreciate your looking at my portfolio."),
    ("en", "Your planning tool and your hiring process impressed me, as did your work on the ledger."),
]


@pytest.mark.parametrize(("lang", "sentence"), CORRECT)
def test_a_correct_sentence_with_the_same_words_gets_no_confusion(lang, sentence):
    assert confused(review(sentence, lang)) == []


def test_a_name_the_reader_gave_is_never_a_confusion():
    """A company called "Degan" is no slip of "dengan"."""
    body = "Yth. Ibu Ratna,\n\nSaya senang bisa bergabung Degan Studio sebagai desainer.\n\nHormat saya,\nDewi"
    answer = handle({"op": "review", "lang": "id", "subject": "Terima kasih atas wawancara", "body": body,
                     "context": {"lang": "id", "company": "Degan Studio"}})
    assert confused(answer) == []
