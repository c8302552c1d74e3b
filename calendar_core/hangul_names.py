"""One Korean person written in Hangul by the Seoul office ("김민지", "정우성") and in Latin letters by the others
("Minji Kim", "Woosung Jung", "JUNG Woo-sung"): the Hangul name read aloud by the Revised Romanization, and both
spellings compared by a loose key that forgives the ways Koreans romanise their own names (oo/u, eo/u, k/g,
ch/j, a trailing h: "Jung" and "Jeong", "Woosung" and "Useong", "Choi" and "Choe" by the surname's usual forms).

The family name is the first syllable (the usual one-syllable surnames); a Latin name fits in either order.
Only a name of two words fits, and only when exactly one Hangul name and one Latin name fit each other
(person_identities decides)."""
from __future__ import annotations

import re
from functools import lru_cache

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
            "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
           "t", "t", "k", "t", "p", "t"]
# how families write the usual surnames in Latin letters, beside the Revised Romanization
_SURNAMES = {
    "김": ("kim",), "이": ("lee", "yi", "rhee", "i"), "박": ("park", "pak", "bak"), "최": ("choi", "choe"),
    "정": ("jung", "jeong", "chung"), "강": ("kang",), "조": ("cho", "jo"), "윤": ("yoon", "yun"), "장": ("jang", "chang"),
    "임": ("lim", "im", "rim"), "한": ("han",), "오": ("oh", "o"), "서": ("seo", "suh"), "신": ("shin", "sin"),
    "권": ("kwon", "gwon"), "황": ("hwang",), "안": ("ahn", "an"), "송": ("song",), "류": ("ryu", "yoo", "yu"),
    "유": ("yoo", "yu"), "홍": ("hong",), "전": ("jeon", "jun", "chun"), "고": ("ko", "go"), "문": ("moon", "mun"),
    "양": ("yang",), "손": ("son", "sohn"), "배": ("bae",), "백": ("baek", "paik"), "허": ("heo", "hur"), "남": ("nam",),
    "노": ("noh", "roh"), "하": ("ha",), "구": ("koo", "gu"), "성": ("sung", "seong"), "차": ("cha",), "주": ("joo", "ju"),
    "우": ("woo",), "민": ("min",), "진": ("jin",), "나": ("na", "ra"), "엄": ("eom", "um"), "채": ("chae",),
    "원": ("won",), "천": ("cheon", "chun"), "현": ("hyun",), "변": ("byun",), "여": ("yeo", "yuh"), "추": ("choo",),
}
_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,4}$")


def is_hangul_name(written: str) -> bool:
    return bool(_HANGUL_NAME.match("".join(written.split())))


def _romanise(syllables: str) -> str:
    out = []
    for ch in syllables:
        code = ord(ch) - 0xAC00
        out.append(_INITIALS[code // 588] + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28])
    return "".join(out)


_LOOSE = [("woo", "u"), ("wu", "u"), ("oo", "u"), ("eo", "u"), ("eu", "u"), ("ee", "i"), ("ae", "e"), ("ch", "j"),
          ("sh", "s"), ("k", "g"), ("p", "b"), ("t", "d"), ("r", "l")]


def loose(text: str) -> str:
    """The letters of a romanised Korean name with the differences of its spellings forgiven."""
    s = re.sub(r"[^a-z]", "", text.lower())
    for a, b in _LOOSE:
        s = s.replace(a, b)
    s = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=1024)
def _keys(hangul: str) -> tuple[frozenset, str]:
    name = "".join(hangul.split())
    family, given = name[0], name[1:]
    families = frozenset(loose(x) for x in (_romanise(family), *_SURNAMES.get(family, ())))
    return families, loose(_romanise(given))


def fits(hangul: str, words: list[str]) -> bool:
    """Whether a Latin name of two words ("Minji Kim", "Kim Minji", "Woo-sung Jung") spells the Hangul name."""
    if len(words) != 2:
        return False
    families, given = _keys(hangul)
    a, b = loose(words[0]), loose(words[1])
    return (b in families and a == given) or (a in families and b == given)
