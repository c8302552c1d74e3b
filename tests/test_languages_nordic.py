"""Latin-script languages told by their own letters (calendar_core/analysis/languages.py): Danish and
Norwegian ("æ", "ø") and Icelandic ("þ", "ð") are not taken for German by their other letters, so two
departments writing them and another language are read as two languages (crosslang.py); Swedish and
German are as before, and no Portuguese or German title is taken for them. Titles are drawn from pools written here."""
from __future__ import annotations

import random

import pytest

from calendar_core.analysis.languages import team_languages, title_language

SEEDS = range(1, 7)
# {word} is filled with a word holding the language's own letters; the rest is routine wording.
POOLS = {
    "da-no": (["Ny {word} i {city}", "{city}: {word} til alle", "Vi åbner {word} i dag", "Sommerens {word}"],
              ["sæson", "kjøkken", "førstehjælp", "øvelse", "nærmiljø", "bæredygtig", "søknad", "høstferie"]),
    "is": (["Nýtt {word} í {city}", "{city}: {word} fyrir alla", "Kynning á {word}"],
           ["þjónusta", "viðburður", "ráðstefna", "þáttur", "fréttaþjónusta"]),
    "pt": (["Novas {word} em {city}", "{city}: {word} já disponíveis", "Conheça as {word}"],
           ["promoções", "edições", "soluções", "informações", "lições"]),
    "de": (["Neue {word} in {city}", "{city}: {word} für alle", "Unsere {word} im Herbst"],
           ["Größe", "Übersicht", "Änderungen", "Grüße"]),
}
CITIES = ["Aarhus", "Bergen", "Reykjavík", "Lisboa", "Odense", "Porto", "Köln"]


def _title(rnd: random.Random, lang: str) -> str:
    templates, words = POOLS[lang]
    return rnd.choice(templates).format(word=rnd.choice(words), city=rnd.choice(CITIES))


@pytest.mark.parametrize("seed", SEEDS)
def test_each_title_shows_its_language_by_its_letters(seed):
    rnd = random.Random(seed)
    for lang in POOLS:
        for _ in range(10):
            title = _title(rnd, lang)
            if lang in ("da-no", "is"):
                assert title_language(title) == lang, title
            else:  # the new letters take no title of another language (whatever that one is read as)
                assert title_language(title) not in ("da-no", "is"), title


@pytest.mark.parametrize("seed", SEEDS)
def test_departments_writing_danish_and_swedish_write_two_languages(seed):
    rnd = random.Random(seed)
    swedish = ["Nytt avsnitt: {word}", "Veckans {word} från {city}", "Så fungerar {word}"]
    sv_words = ["förändring", "väder", "höstlov", "nyhetsbrev"]
    titles, teams = [], []
    for _ in range(8):
        titles.append(_title(rnd, "da-no"))
        teams.append("Indhold DK")
        titles.append(rnd.choice(swedish).format(word=rnd.choice(sv_words), city=rnd.choice(CITIES)))
        teams.append("Innehåll SE")
    usual = team_languages(titles, teams)
    assert usual.get("Indhold DK") == "da-no"
    assert usual.get("Innehåll SE") != "da-no"


def test_the_concrete_titles():
    assert title_language("Julekalenderen 2026: første afsnit") == "da-no"
    assert title_language("Ny podcast: Kalla spår sæson 3") == "da-no"
    assert title_language("Innsamlingsaksjonen Nordlys Hjelper 2026") == ""  # no letter of its own: the team's
    assert title_language("Promoções de Natal") not in ("da-no", "is")
