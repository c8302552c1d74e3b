"""Well-known publishing channels, recognised by content.

The one home of the built-in channel spellings: calendar_core.names takes its
default channel synonyms from here, and readers use :func:`known_channel` to
tell a value that names a channel ("LinkedIn", "FB page", "Insta") from one
that does not (a room, a street, a person). Folding ignores case, accents,
punctuation and generic words ("page", "post", "account").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from importers.scripts import key_letter, plain

KNOWN_CHANNELS: dict[str, list[str]] = {
    "LinkedIn": ["linkedin", "li", "linked in", "linkedin page", "linkedin company page", "linkedin post",
                 "领英", "領英", "링크드인", "リンクトイン"],
    "X": ["x", "twitter", "x (twitter)", "twitter / x", "x/twitter", "tw", "tweet", "ツイッター", "推特", "트위터"],
    "Instagram": ["instagram", "ig", "insta", "instagram post", "instagram feed", "インスタグラム", "インスタ",
                  "인스타그램", "인스타"],
    "Facebook": ["facebook", "fb", "meta", "facebook page", "フェイスブック", "脸书", "臉書", "페이스북"],
    "YouTube": ["youtube", "yt", "you tube", "ユーチューブ", "유튜브", "油管"],
    "TikTok": ["tiktok", "tik tok", "tt", "ティックトック", "틱톡"],
    "Threads": ["threads"],
    "Bluesky": ["bluesky", "bsky"],
    "Mastodon": ["mastodon"],
    "Pinterest": ["pinterest"],
    "Xing": ["xing"],
    "Blog": ["blog", "website blog", "blog post", "company blog", "corporate blog", "ブログ", "博客", "블로그",
             "네이버 블로그", "blogg", "blogi", "blogginnlegg", "blogginlägg"],
    "Newsletter": ["newsletter", "email newsletter", "e-mail newsletter", "email", "e-mail", "mailing",
                   # the word in the languages whose headers the sheets read, where it is not "newsletter"
                   "nieuwsbrief", "nyhetsbrev", "nyhedsbrev", "uutiskirje", "boletín", "lettre d'information",
                   "メルマガ", "メールマガジン", "ニュースレター", "뉴스레터", "电子报", "e-bülten", "bülten",
                   "lettre d'info", "infolettre", "e-mailing", "emailing", "boletim informativo", "butlletí",
                   "fréttabréf", "uudiskiri", "nyhedsmail", "uutiskirjeet"],
    "Website": ["website", "web", "web site", "homepage"],
    "Intranet": ["intranet"],
    "Podcast": ["podcast"],
    "Press": ["press", "press release", "pr", "media release"],
    "Webinar": ["webinar"],
    # the networks of China, Japan and Korea, by their own names and the Latin ones
    "WeChat": ["wechat", "weixin", "微信", "微信公众号", "公众号", "公眾號", "微信公眾號"],
    "Weibo": ["weibo", "微博", "新浪微博"],
    "Douyin": ["douyin", "抖音"],
    "Xiaohongshu": ["xiaohongshu", "rednote", "小红书", "小紅書"],
    "Bilibili": ["bilibili", "哔哩哔哩", "b站"],
    "LINE": ["line", "line公式", "line公式アカウント", "line official account", "line oa"],
    "KakaoTalk": ["kakaotalk", "kakao", "카카오톡", "카카오톡 채널", "카카오 채널", "카톡"],
    # messengers that publish channels, and the networks written in the Cyrillic, Hebrew and Arabic scripts
    "WhatsApp": ["whatsapp", "whatsapp channel", "whatsapp business", "вотсап", "ватсап", "וואטסאפ", "واتساب"],
    "Telegram": ["telegram", "tg", "телеграм", "телеграм-канал", "телеграм канал", "טלגרם", "تيليجرام", "تلغرام"],
    "Snapchat": ["snapchat", "snap", "سناب شات", "سناب"],
}
_IN_SCRIPTS = {   # the networks above as the Cyrillic, Greek, Hebrew and Arabic scripts write them
    "Facebook": ["фейсбук", "фэйсбук", "φέισμπουκ", "פייסבוק", "فيسبوك", "فيس بوك"],
    "Instagram": ["інстаграм", "инстаграм", "ινσταγκράμ", "אינסטגרם", "إنستغرام", "انستغرام", "انستقرام"],
    "LinkedIn": ["лінкедін", "линкедин", "לינקדאין", "לינקדין", "لينكد إن", "لينكدإن"],
    "X": ["твіттер", "твиттер", "טוויטר", "تويتر", "إكس"],
    "YouTube": ["ютуб", "יוטיוב", "يوتيوب"],
    "TikTok": ["тікток", "тикток", "טיקטוק", "تيك توك"],
}
for _name, _more in _IN_SCRIPTS.items():
    KNOWN_CHANNELS[_name] = KNOWN_CHANNELS[_name] + _more

# words that say "a place on that network", not which network
_GENERIC = frozenset({
    "page", "pages", "post", "posts", "posting", "account", "profile", "feed", "channel", "kanal", "canal",
    "company", "corporate", "official", "story", "stories", "reel", "reels", "seite", "konto", "compte",
    "cuenta", "pagina", "page officielle", "business", "fanpage",
})
_NON_ALNUM = re.compile(r"[^0-9a-z\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u0370-\u052f\u0590-\u06ff\u0900-\u097f]+")


_EAST = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SCRIPT_EDGE = re.compile(f"(?<=[0-9a-z])(?=[{_EAST}])|(?<=[{_EAST}])(?=[0-9a-z])")  # "x(旧twitter)": two words


def _east_asian(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF


def fold(text: str) -> str:
    """Case, accents and punctuation aside; the letters of the Chinese, Japanese and Korean scripts are
    kept ("微信公众号", "인스타그램"), full-width forms read as ASCII."""
    text = str(text)
    if text.isascii():
        return _NON_ALNUM.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch if _east_asian(ch) else plain(ch) if key_letter(ch) else
                   unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii") for ch in text)
    return _NON_ALNUM.sub(" ", _SCRIPT_EDGE.sub(" ", text.lower())).strip()


_BY_KEY: dict[str, str] = {}
for _canonical, _spellings in KNOWN_CHANNELS.items():
    for _s in [_canonical, *_spellings]:
        _BY_KEY.setdefault(fold(_s), _canonical)
# a network by its own full name, not a short or other name ("fb", "meta", "x")
_OWN_NAMES = {fold(c): c for c in KNOWN_CHANNELS if len(fold(c)) > 2 and " " not in fold(c)}


@lru_cache(maxsize=4096)  # a calendar repeats a few values many times
def known_channel(value: str, formats: bool = False) -> str | None:
    """The canonical network a short value names ("FB page" -> "Facebook"), or None. With
    ``formats`` (a value known to be a channel, from a channel column or field) a network
    followed by one word of its own is that network ("YouTube Shorts"); in a title's tag it
    is not ("Webinar recap: part two")."""
    site = site_network(value)
    if site:
        return site
    if "@" in value or "." in value:
        bare = _without_addresses(value)
        if bare is not None:  # "IG @acme.careers", "@acme on Instagram", "LinkedIn (linkedin.com/company/acme)"
            return _beside_addresses(value, bare, formats)
    key = fold(value)
    if not key or len(key) > 40:
        return profile_network(value) if formats and key and len(value) <= 60 else None
    if key in _BY_KEY:
        return _BY_KEY[key]
    if formats and value.rstrip().endswith(")") and "(" in value:  # "Телеграм (purple)": Trello's label colour
        found = _BY_KEY.get(fold(value[: value.rindex("(")]))
        if found:
            return found
    words = [w for w in key.split() if w not in _GENERIC]
    if words and len(words) <= 2:
        found = _BY_KEY.get(" ".join(words)) or _BY_KEY.get("".join(words))
        if found:
            return found
    if 2 <= len(words) <= 4:  # "X (formerly Twitter)": most words name one network, none another
        named = {_BY_KEY[w] for w in words if w in _BY_KEY}
        if len(named) == 1 and 2 * sum(1 for w in words if w in _BY_KEY) > len(words):
            return named.pop()
    if formats and len(words) == 1 and (run := _run_together(words[0])):
        return run  # "INSTAGRAMBUSINESS", "LINKEDINCOMPANY" (Hootsuite's export): a network, then generic words
    if formats and len(words) == 2 and words[0] in _OWN_NAMES and words[1] not in _BY_KEY and words[1].isalpha():
        return _OWN_NAMES[words[0]]  # "YouTube Shorts", "TikTok Live": a network by its own name, then a format
    aside = _ASIDE.match(value)
    if aside:  # "Newsletter (Mailchimp)", "Facebook (DE page)": brackets set the words apart from the network
        network, inner = known_channel(aside.group("base")), known_channel(aside.group("inner"))
        if network in _ASIDE_NETWORKS and inner in (None, network):  # not "Webinar (part two)": a kind of post
            return network
        if formats and network is None:  # "Aurora Brasil (Instagram)": a profile, then the channel it is on
            return inner or known_channel(aside.group("inner"), True)
    if formats:
        return profile_network(value)
    return None


def _run_together(word: str) -> str | None:
    """The network a word written without spaces names when it is a network's own name and then only words
    that say "a place on that network" ("facebookpage", "instagrambusiness"), else None."""
    for own in sorted(_OWN_NAMES, key=len, reverse=True):
        if len(word) > len(own) and word.startswith(own) and _generic_run(word[len(own):]):
            return _OWN_NAMES[own]
    return None


def _generic_run(rest: str) -> bool:
    return not rest or any(rest.startswith(g) and _generic_run(rest[len(g):]) for g in _GENERIC if " " not in g)


# a social tool's profile: the account's name and the network it is on, set apart by a dash, a bar or
# brackets ("Facebook - Acme AU" (CoSchedule), "Acme Perth (Facebook Page)" (Sendible), "Acme | LinkedIn")
_PROFILE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[()]\s*")


def profile_network(value: str) -> str | None:
    """The network a profile's name is on when exactly one of its parts names one, in a few words, and
    no other part names another; None otherwise."""
    parts = [p.strip() for p in _PROFILE_PARTS.split(value) if p.strip()]
    if not 2 <= len(parts) <= 3 or len(value) > 60 or ":" in value:
        return None  # "Partner news: in five minutes (44) | YouTube" is a title with its network's tag
    if any(len(p.split()) > 4 or p.isdigit() for p in parts):
        return None  # an account's name is a few words, not a sentence or a number
    named = [known_channel(p.strip(), formats=True) if len(p.split()) <= 3 else None for p in parts]
    found = {n for n in named if n}
    return found.pop() if len(found) == 1 and named.count(None) == len(parts) - sum(1 for n in named if n) \
        and sum(1 for n in named if n) >= 1 else None


_ASIDE = re.compile(r"^\s*(?P<base>[^()]{1,25}?)\s*\((?P<inner>[^()]{1,25})\)\s*$")

# what names an account or a page rather than a network: an e-mail address, an @handle, a web address
_EMAIL = re.compile(r"(?<![\w.@])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w.@])@\w[\w.-]*")
_ADDRESS = re.compile(r"(?<![\w.@/])(?:https?://\S+|(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,12}(?:/\S*)?)(?![\w@])",
                      re.IGNORECASE)
# the little words that join a handle to its network ("@acme on Instagram", "@acme op LinkedIn")
_JOINERS = frozenset({"on", "at", "via", "in", "op", "auf", "bei", "sur", "en", "su", "na", "no", "em", "w", "z"})


def _without_addresses(value: str) -> tuple[str, str] | None:
    """``value`` without its e-mail addresses, @handles and web addresses: as it is, and without
    the words that join them to a network ("on" of "@acme on Instagram", not of "Linked In @acme");
    None when it holds none."""
    mark = " 0address0 "  # what fold() keeps as one word, and no network's name
    bare = _ADDRESS.sub(mark, _HANDLE.sub(mark, _EMAIL.sub(mark, value)))
    if bare == value:
        return None
    words = fold(bare).split()
    marks = {i for i, w in enumerate(words) if w == "0address0"}
    joined = {i for i, w in enumerate(words) if w in _JOINERS and (i - 1 in marks or i + 1 in marks)}
    return (" ".join(w for i, w in enumerate(words) if i not in marks),
            " ".join(w for i, w in enumerate(words) if i not in marks and i not in joined))


def _beside_addresses(value: str, bare: tuple[str, str], formats: bool) -> str | None:
    """The network named beside an account's address: "IG @acme" is Instagram; a web address of
    a network counts alone ("instagram.com/acme"), a handle or an e-mail address does not ("@acme")."""
    named = next((found for text in dict.fromkeys(bare) if text and (found := known_channel(text, formats))), None)
    sites = {site_network(m.group(0)) for m in _ADDRESS.finditer(value)} - {None}
    if len(sites) > 1 or (sites and named and sites != {named}):
        return None  # "Facebook instagram.com/acme": two networks, no one channel
    return named or (sites.pop() if sites else None)


# a web address: "linkedin.com/company/acme", "https://www.instagram.com/acme/", "youtube.com/@acme"
_SITE = re.compile(r"^\s*(?:https?://)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,12})(?::\d+)?(?:[/?#]\S*)?\s*$", re.IGNORECASE)
# the channels that are sites of their own ("blog.com" or "email.com" is no company's blog or newsletter)
_NETWORKS = frozenset(("LinkedIn", "X", "Instagram", "Facebook", "YouTube", "TikTok", "Threads", "Bluesky", "Mastodon",
                       "Pinterest", "Xing"))
_ASIDE_NETWORKS = _NETWORKS | {"Newsletter"}
_SECOND_LEVEL = frozenset({"co", "com", "net", "org"})  # "facebook.co.uk": the name is one label further left


def site_network(value: str) -> str | None:
    """The network whose web address ``value`` is, by the site's own name ("x.com/acme": X;
    "mastodon.social/@acme": Mastodon), or None (the company's own site, a meeting link)."""
    if "." not in value or len(value) > 300:
        return None
    m = _SITE.match(value)
    if not m:
        return None
    labels = m.group("host").lower().split(".")
    if len(labels) > 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    if len(labels) < 2:
        return None
    name = labels[-2]
    if labels[-1] == "social" and len(labels) == 2:  # a fediverse server's own name ("mastodon.social")
        name = labels[0]
    found = _BY_KEY.get(name)
    return found if found in _NETWORKS else None


def network_in_name(name: str) -> str | None:
    """The one social network a file's or a sheet's name names by a name of five letters or more
    ("Atencion_cliente_Twitter_bulk", "Instagram plan Q4", "tiktok-2026"): a tool that schedules for one
    profile (Hootsuite's bulk file, a sheet per network) leaves the channel out of its rows. None when the
    name names none or several ("FB + IG plan", "Facebook and Instagram"); short names ("IG", "X") and
    "Threads", a word as much as a network, are not read in a name."""
    words = fold(name).split()
    named = {_BY_KEY[w] for w in words if len(w) >= 5 and _BY_KEY.get(w) in _NETWORKS and w != "threads"}
    return named.pop() if len(named) == 1 else None


# The parts only an e-mail send has: its subject line, its preview text, who receives it and how many
# opened it. Its subject and one more among a table's headers make each row a mailing (Mailchimp's,
# Brevo's, Campaign Monitor's campaign exports leave the channel out: it is e-mail on every row).
_MAIL_PARTS = ({"subject", "subjectline", "emailsubject", "betreff", "objet", "asunto"},
               {"previewtext", "preheader", "preview"},
               {"recipients", "totalrecipients", "emailssent", "audience", "list", "listname", "segment"},
               {"opens", "openrate", "uniqueopens", "clicks", "clickrate", "unsubscribes", "bounces"})


def mailing_headers(headers) -> bool:
    """Whether a table's headers are those of a list of e-mail sends (its subject and another of an
    e-mail's own parts)."""
    keys = {fold(h).replace(" ", "") for h in headers if h}
    kinds = [bool(keys & part) for part in _MAIL_PARTS]
    return kinds[0] and sum(kinds) >= 2


def channel_in_list(value: str) -> str | None:
    """The one network a list of labels names ("X;Blue Category", "Social Media, LinkedIn"), or
    None when it names none or several."""
    parts = [p for p in re.split(r"[;,]", value) if p.strip()]
    if len(parts) < 2:
        return None
    named = {known_channel(p.strip(), formats=True) for p in parts} - {None}
    return named.pop() if len(named) == 1 else None


# A network named in a title: "LinkedIn: Launch post", "LI – Launch post" (lead); "Launch post | LinkedIn"
# (tail); "Launch post (LinkedIn)" (bracket); "[LI] Launch post" (square)
TAG_FORMS = {
    "lead": re.compile(r"^\s*(?P<value>[^:|\n]{1,30}?)\s*(?::|\||\s[-–—]\s)\s*(?P<rest>\S.*)$", re.DOTALL),
    "tail": re.compile(r"^(?P<rest>.*\S)\s*(?:\||\s[-–—]\s)\s*(?P<value>[^|\n]{1,30}?)\s*$", re.DOTALL),
    "bracket": re.compile(r"^(?P<rest>.*\S)\s*\((?P<value>[^()\n]{1,30})\)\s*$", re.DOTALL),
    "square": re.compile(r"^\s*[\[【［〔](?P<value>[^\]】］〕\n]{1,30})[\]】］〕]\s*[-–:|]?\s*(?P<rest>\S.*)$",
                         re.DOTALL),  # "【Instagram】…": the lenticular brackets of Chinese and Japanese
}


def channel_tag(summary: str, form: str | None = None, strict: bool = False) -> tuple[str, str] | None:
    """("LinkedIn", "Launch post") for a network named before a colon, dash or bar ("lead"), after a
    bar or dash ("tail"), in closing brackets ("bracket") or opening square ones ("square"); only a
    value that names a known network
    counts ("Webinar recap: part two" names none, and "Q3: results" neither). ``form``, the form a
    calendar uses, is tried first ("Webinar: our take | YouTube" is YouTube's, not a webinar), then
    the others, a leading one last; ``strict`` tries that form alone."""
    order = list(TAG_FORMS) if form is None else [form] if strict else \
        [form, *(f for f in ("square", "tail", "bracket", "lead") if f != form)]
    for name in order:
        m = TAG_FORMS[name].match(summary)
        if m and len(m.group("value").split()) <= 4 and known_channel(m.group("value").strip()):
            return m.group("value").strip(), m.group("rest").strip()
    return None


def tag_form(texts: list[str], at_least: float = 0) -> tuple[str, list[str]]:
    """The form of :func:`channel_tag` most of ``texts`` name a network in, and the networks so named.
    ``at_least``: the caller uses a form only when it names that many; a form that can no longer reach
    it is not read to the end, and when none reaches it there is no form ("", [])."""
    best, named = "", []
    for form in TAG_FORMS:
        got: list[str] = []
        left = len(texts)
        for x in texts:
            left -= 1
            t = channel_tag(x, form, strict=True) if x else None
            if t:
                got.append(t[0])
            elif len(got) + left < at_least:
                break  # cannot reach what the caller needs
        else:
            if len(got) > len(named) and len(got) >= at_least:
                best, named = form, got
    return best, named


def channel_from_titles(titles: list[str], sample: int = 200) -> tuple[list[str] | None, list[str]]:
    """(channels, titles without them) when most titles name a network in one form (a sheet with no
    channel column: "LinkedIn: Launch post", "[IG] Recap"); (None, titles) otherwise. The form is
    decided on the first ``sample`` titles, so a sheet without such tags costs almost nothing."""
    head = [t for t in titles[:sample] if t]
    form, named = tag_form(head, at_least=max(2, 0.5 * len(head)))
    if not form or len(named) < max(2, 0.5 * len(head)):
        return None, titles
    channels, rest = [], []
    for t in titles:
        tag = channel_tag(t, form) if t else None
        channels.append(tag[0] if tag else "")
        rest.append(tag[1] if tag else t)
    return channels, rest
