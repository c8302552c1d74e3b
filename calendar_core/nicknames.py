"""One person written by the name colleagues call them or by the company's address for them:
"Jen Park" and "jpark@halcyon.example" beside "Jennifer Park".

A short given name is another's when it is a known English short form of it ("Liz" of "Elizabeth",
"Bob" of "Robert") or the long name's first three letters or more with three or more left over
("Chris" of "Christopher", "Alex" of "Alexander"; "Jan" is not "Jana"). An address's local part names
a person when it is their first initial and surname run together ("jpark", "pvandermerwe").
Both count only when one full name of the workspace fits (person_identities decides)."""
from __future__ import annotations

# English short forms that are no beginning of the name (a beginning is read without a list)
_SHORT = {
    "liz": ("elizabeth",), "beth": ("elizabeth",), "betty": ("elizabeth",), "lisa": ("elizabeth",),
    "bob": ("robert",), "bobby": ("robert",), "rob": ("robert",), "bill": ("william",), "billy": ("william",),
    "mike": ("michael",), "mick": ("michael",), "nick": ("nicholas", "nicolas"), "tom": ("thomas",),
    "tony": ("anthony", "antonio"), "kate": ("katherine", "catherine", "kathryn"), "katie": ("katherine", "catherine"),
    "kathy": ("katherine", "kathryn"), "cathy": ("catherine",), "becky": ("rebecca",), "becca": ("rebecca",),
    "jim": ("james",), "jimmy": ("james",), "jack": ("john",), "johnny": ("john", "jonathan"), "dick": ("richard",),
    "rick": ("richard", "frederick", "eric"), "ted": ("edward", "theodore"), "ned": ("edward",), "peggy": ("margaret",),
    "maggie": ("margaret",), "meg": ("margaret",), "sue": ("susan", "suzanne"), "liv": ("olivia",), "paddy": ("patrick",),
    "charlie": ("charles", "charlotte"), "chuck": ("charles",), "hank": ("henry",), "harry": ("henry", "harold"),
    "peg": ("margaret",), "jenny": ("jennifer",), "jen": ("jennifer",), "andy": ("andrew",), "drew": ("andrew",),
    "steve": ("steven", "stephen"), "greg": ("gregory",), "jeff": ("jeffrey", "geoffrey"), "joe": ("joseph",),
    "sandy": ("sandra", "alexandra"), "sasha": ("alexander", "alexandra"), "xander": ("alexander",),
    "abby": ("abigail",), "gabe": ("gabriel",), "nate": ("nathan", "nathaniel"), "zach": ("zachary",),
    "pat": ("patrick", "patricia"), "trish": ("patricia",), "vicky": ("victoria",), "tori": ("victoria",),
    "dave": ("david",), "ed": ("edward", "edmund"), "fred": ("frederick",), "al": ("albert", "alan", "alfred"),
}


def is_short_for(short: str, given: str) -> bool:
    """Whether a (folded) given name is a short form of another ("liz", "elizabeth")."""
    if short == given or not short or not given:
        return False
    if given in _SHORT.get(short, ()):
        return True
    return len(short) >= 3 and len(given) - len(short) >= 3 and given.startswith(short)


def mail_initial_surname(local: str, first: str, last_words: list[str]) -> bool:
    """Whether an address's local part ("jpark") is the first initial and the surname run together."""
    return bool(first) and local == first[0] + "".join(last_words)
