"""The words text normalisation knows by name: stop words, phase words, editorial paraphrases.

Stop words cover English, German, French and Spanish plus words that every editorial calendar
repeats without saying what a post is about ("post", "join us", "now", "today"). :mod:`.text`
reads them; they live here so that the lists and the normalisation each have one home.
"""
from __future__ import annotations

import re

_STOP_EN = """a about above after again against all am an and any are aren as at be because been before
being below between both but by can cannot could couldn did didn do does doesn doing don down during each
few for from further had has have having he her here hers herself him himself his how i if in into is isn
it its itself just let me more most my myself no nor not of off on once only or other ought our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was wasn we were weren what when where which
while who whom why will with won would you your yours yourself yourselves s t re ve ll d m o y via vs
per also every everything still yet its it's let's us""".split()
_STOP_DE = """aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
auch auf aus bei bin bis bist da damit dann das dass dein deine dem den der des dessen dich die dies diese
dieser dieses dir doch dort du durch ein eine einem einen einer eines er es euer eure für gegen hat hatte
hier hin hinter ich ihr ihre im in ist ja jede jedem jeden jeder jedes jetzt kann kein keine mich mit muss
nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so über um und uns unser unsere unter
vom von vor war waren warum was weg weil wenn wer wie wir wird wo zu zum zur""".split()
_STOP_FR = """à au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs
lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te
tes toi ton tu un une vos votre vous c j l n qu est sont été être""".split()
_STOP_ES = """a al algo ante con contra cual cuando de del desde donde durante e el ella ellas ellos en entre
era es esa ese esta este esto estos ha hay la las le les lo los más me mi mis muy nos nosotros nuestra
nuestro o os para pero por que quien se sin sobre su sus también te tu tus un una uno unos y ya""".split()
# Words editorial calendars repeat without saying what an entry is about.
_FILLER = """post posts posting new now today tonight here live join joining check out read learn
more get gets got look find see watch don miss week's tomorrow soon ready available is happening
starts start started kicks kick off update updates quick short big great best latest next last
this week day neu neue neuen neuer neues heute hier ab nouveau nouvelle nouveaux nuevo nueva nuevos""".split()
STOP_WORDS = frozenset(_STOP_EN + _STOP_DE + _STOP_FR + _STOP_ES + _FILLER)

# Words that place an entry before or after the thing it is about.
_PHASE_BEFORE = """promo promotion promote promoting teaser tease preview previews save-the-date register
registration registrations countdown upcoming invite invitation invitations reminder signup tickets
announce announcing vorschau anmeldung anmelden einladung ankündigung demnächst registrieren inscription
inscrivez inscrire invitation bientôt inscripción inscríbete regístrate invitación próximamente""".split()
_PHASE_AFTER = """recap recaps wrap-up wrapup highlights takeaways replay recording recordings answered
aftermovie rückblick nachbericht aufzeichnung zusammenfassung récap récapitulatif bilan resumen grabación
retrospective""".split()
PHASE_WORDS = {w: "before" for w in _PHASE_BEFORE} | {w: "after" for w in _PHASE_AFTER}
_PHASE_PHRASES = (("save the date", "before"), ("sign up", "before"), ("don't miss", "before"),
                  ("dont miss", "before"), ("coming soon", "before"), ("wrap up", "after"),
                  ("on demand", "after"), ("lessons learned", "after"))

# Editorial paraphrases: different words for one thing become one concept word
# before stemming ("stop by our booth" / "visit us" / "meet us at"). Rarity still
# weighs the concept, so a concept that every entry uses counts for little.
_CONCEPT_PHRASES = [
    (r"\b(?:case stud(?:y|ies)|success stor(?:y|ies)|customer stor(?:y|ies)|fallstudie|étude de cas|caso de éxito)\b", " casestudy "),
    (r"\b(?:stop by|meet us|visit us|see you at|come see|besuchen sie uns|treffen sie uns|rendez-vous|"
     r"retrouvez-nous|venez nous voir|visítanos|visitenos)\b", " visit "),
    (r"\b(?:new look|fresh look|makeover|redesign(?:ed)?|neues design|nouveau design)\b", " redesign "),
    (r"\b(?:rolling out|rolls out|roll-out|rollout|now available|is here|is out)\b", " launch "),
    (r"\b(?:join our team|we are hiring|we're hiring|now hiring|job opening|open position|wir suchen|"
     r"wir stellen ein|on recrute|nous recrutons|offre d'emploi|se busca|estamos contratando|oferta de empleo)\b",
     " hiring "),
    (r"\b(?:congrats|congratulations|glückwunsch|félicitations|felicidades)\b", " winner "),
]
_CONCEPT_RE = re.compile(r"\b(?:" + "|".join(f"(?P<c{k}>{pattern[2:-2]})" for k, (pattern, _) in enumerate(_CONCEPT_PHRASES))
                         + r")\b")
_CONCEPT_OF = {f"c{k}": concept for k, (_, concept) in enumerate(_CONCEPT_PHRASES)}


def _concepts(text: str) -> str:
    return _CONCEPT_RE.sub(lambda m: _CONCEPT_OF[m.lastgroup], text)
_CONCEPT_WORDS = {
    "release": "launch", "releases": "launch", "released": "launch", "launches": "launch", "launched": "launch",
    "unveil": "launch", "unveils": "launch", "introducing": "launch", "ships": "launch", "shipped": "launch",
    "winners": "winner", "winning": "winner", "won": "winner", "award": "winner", "awards": "winner",
    "podcast": "podcast", "episode": "podcast", "ep": "podcast", "listen": "podcast", "pod": "podcast",
    "folge": "podcast", "épisode": "podcast", "episodio": "podcast",
    "maintenance": "maintenance", "downtime": "maintenance", "outage": "maintenance", "wartung": "maintenance",
    "job": "hiring", "jobs": "hiring", "vacancy": "hiring", "career": "hiring", "careers": "hiring",
    "hiring": "hiring", "recruiting": "hiring", "stellenanzeige": "hiring", "stellenangebot": "hiring",
    "emploi": "hiring", "recrutement": "hiring", "empleo": "hiring",
    "price": "pricing", "prices": "pricing", "preise": "pricing", "prix": "pricing", "precios": "pricing",
    "booth": "visit", "stand": "visit",
}

def concept(word: str) -> str:
    """The word a title's stems hold for ``word`` ("wartung" -> "maintenance"; most words are themselves)."""
    return _CONCEPT_WORDS.get(word, word)
