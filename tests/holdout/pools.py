"""The pools the held-out company draws from: words, headers, formats, names.

Everything here is what departments write, collected from how real planning sheets and
calendar exports look; nothing is taken from the reader. The company speaks the four
languages the product reads (LANGS); Dutch and Italian are written too (ALL_LANGS), for
`measure --all-langs`, to see how far the reader is from them.
"""
from __future__ import annotations

ALL_LANGS = ("en", "de", "fr", "es", "nl", "it")
LANGS = ALL_LANGS[:4]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
WEEKDAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}
ALL_DAY = {
    "en": ["all day", "All day", "whole day"], "de": ["ganztägig", "ganztags"],
    "fr": ["toute la journée", "journée"], "es": ["todo el día"],
    "nl": ["hele dag", "de hele dag"], "it": ["tutto il giorno", "intera giornata"],
}

# Headers a department gives each role, per language.
HEADERS = {
    "date": {
        "en": ["Date", "Publish date", "Go-live date", "Post date", "Day"],
        "de": ["Datum", "Veröffentlichung", "Termin", "Erscheinungsdatum"],
        "fr": ["Date", "Date de publication", "Jour"],
        "es": ["Fecha", "Fecha de publicación", "Día"],
        "nl": ["Datum", "Publicatiedatum", "Dag"],
        "it": ["Data", "Data di pubblicazione", "Giorno"],
    },
    "time": {
        "en": ["Time", "Start time", "Hour", "Post time"],
        "de": ["Uhrzeit", "Zeit", "Beginn"],
        "fr": ["Heure", "Heure de début", "Horaire"],
        "es": ["Hora", "Hora de inicio"],
        "nl": ["Tijd", "Tijdstip", "Begintijd"],
        "it": ["Ora", "Orario", "Ora di inizio"],
    },
    "end": {
        "en": ["End", "End time", "Until"],
        "de": ["Ende", "bis", "Endzeit"],
        "fr": ["Fin", "Heure de fin"],
        "es": ["Fin", "Hora de fin", "Hasta"],
        "nl": ["Eind", "Eindtijd", "Tot"],
        "it": ["Fine", "Ora di fine"],
    },
    "range": {
        "en": ["Time", "Time slot", "When"],
        "de": ["Uhrzeit", "Zeitraum", "Zeitfenster"],
        "fr": ["Horaire", "Créneau"],
        "es": ["Horario", "Franja horaria"],
        "nl": ["Tijd", "Tijdslot"],
        "it": ["Orario", "Fascia oraria"],
    },
    "datetime": {
        "en": ["Scheduled for", "Publish at", "Start"],
        "de": ["Geplant für", "Zeitpunkt", "Start"],
        "fr": ["Prévu le", "Publication le", "Début"],
        "es": ["Programado para", "Publicación", "Inicio"],
        "nl": ["Gepland op", "Moment", "Start"],
        "it": ["Programmato per", "Pubblicazione", "Inizio"],
    },
    "title": {
        "en": ["Title", "Post", "Topic", "Headline", "Subject"],
        "de": ["Titel", "Thema", "Beitrag", "Überschrift"],
        "fr": ["Titre", "Sujet", "Publication"],
        "es": ["Título", "Tema", "Publicación"],
        "nl": ["Titel", "Onderwerp", "Bericht"],
        "it": ["Titolo", "Argomento", "Post"],
    },
    "channel": {
        "en": ["Channel", "Network", "Platform", "Social network"],
        "de": ["Kanal", "Plattform", "Netzwerk"],
        "fr": ["Canal", "Réseau", "Plateforme"],
        "es": ["Canal", "Red social", "Plataforma"],
        "nl": ["Kanaal", "Platform", "Netwerk"],
        "it": ["Canale", "Piattaforma", "Social"],
    },
    "owner": {
        "en": ["Owner", "Assigned to", "Responsible", "Author"],
        "de": ["Verantwortlich", "Zuständig", "Autor", "Ansprechpartner"],
        "fr": ["Responsable", "Auteur", "Chargé de"],
        "es": ["Responsable", "Autor", "Encargado"],
        "nl": ["Eigenaar", "Verantwoordelijke", "Auteur"],
        "it": ["Responsabile", "Autore", "Referente"],
    },
    "status": {
        "en": ["Status"], "de": ["Status", "Stand"], "fr": ["Statut", "État"],
        "es": ["Estado"], "nl": ["Status"], "it": ["Stato"],
    },
    "notes": {
        "en": ["Notes", "Comments", "Copy"],
        "de": ["Notizen", "Bemerkung", "Text"],
        "fr": ["Remarques", "Commentaire", "Texte"],
        "es": ["Notas", "Comentarios", "Texto"],
        "nl": ["Opmerkingen", "Notities"],
        "it": ["Note", "Commenti", "Testo"],
    },
    "campaign": {
        "en": ["Campaign"], "de": ["Kampagne"], "fr": ["Campagne"], "es": ["Campaña"],
        "nl": ["Campagne"], "it": ["Campagna"],
    },
    "zone": {
        "en": ["Time zone", "TZ"], "de": ["Zeitzone"], "fr": ["Fuseau horaire"],
        "es": ["Zona horaria"], "nl": ["Tijdzone"], "it": ["Fuso orario"],
    },
}

STATUS = {
    "en": ["Draft", "Scheduled", "Approved", "Idea", "Published"],
    "de": ["Entwurf", "Geplant", "Freigegeben", "Idee", "Veröffentlicht"],
    "fr": ["Brouillon", "Planifié", "Validé", "Idée", "Publié"],
    "es": ["Borrador", "Programado", "Aprobado", "Idea", "Publicado"],
    "nl": ["Concept", "Gepland", "Goedgekeurd", "Idee", "Gepubliceerd"],
    "it": ["Bozza", "Pianificato", "Approvato", "Idea", "Pubblicato"],
}
NOTES = {
    "en": ["Needs approval from legal before it goes out.", "Image from the photo shoot, crop to 4:5.",
           "Ask the regional team for a quote.", "Reuse last year's visual with new copy.",
           "Link to the landing page, UTM tags please."],
    "de": ["Freigabe durch die Rechtsabteilung nötig.", "Bild aus dem Fotoshooting, Format 4:5.",
           "Zitat vom Regionalteam einholen.", "Visual vom Vorjahr mit neuem Text.",
           "Link zur Landingpage mit UTM-Parametern."],
    "fr": ["Validation juridique nécessaire avant publication.", "Photo du shooting, recadrer en 4:5.",
           "Demander une citation à l'équipe régionale.", "Reprendre le visuel de l'an dernier.",
           "Lien vers la page d'atterrissage avec UTM."],
    "es": ["Necesita aprobación del departamento legal.", "Foto de la sesión, recortar a 4:5.",
           "Pedir una cita al equipo regional.", "Reutilizar el visual del año pasado.",
           "Enlace a la landing con UTM."],
    "nl": ["Goedkeuring van juridische zaken nodig.", "Foto van de shoot, bijsnijden naar 4:5.",
           "Vraag het regioteam om een quote.", "Visual van vorig jaar met nieuwe tekst.",
           "Link naar de landingspagina met UTM."],
    "it": ["Serve l'approvazione dell'ufficio legale.", "Foto dello shooting, ritagliare 4:5.",
           "Chiedere una citazione al team regionale.", "Riutilizzare il visual dell'anno scorso.",
           "Link alla landing page con UTM."],
}

# Networks: the canonical name and the ways departments write it.
NETWORKS = {
    "LinkedIn": ["LinkedIn", "linkedin", "LI", "Linked In", "LinkedIn (company page)", "LinkedIn Company"],
    "Instagram": ["Instagram", "IG", "Insta", "instagram", "IG Stories", "Instagram Reels"],
    "Facebook": ["Facebook", "FB", "facebook", "Facebook page", "FB Page"],
    "X": ["X", "Twitter", "X (Twitter)", "twitter", "X/Twitter"],
    "YouTube": ["YouTube", "YT", "Youtube", "YouTube Shorts"],
    "TikTok": ["TikTok", "Tiktok", "TT", "tiktok"],
    "Newsletter": ["Newsletter", "newsletter", "E-Mail-Newsletter", "Email newsletter"],
    "Blog": ["Blog", "blog", "Corporate blog", "Blog post"],
}
# Names a report may use for a network that count as right (the canonical name, folded).
NETWORK_NAMES = {
    "LinkedIn": {"linkedin"},
    "Instagram": {"instagram"},
    "Facebook": {"facebook"},
    "X": {"x", "twitter", "xtwitter", "x(twitter)"},
    "YouTube": {"youtube"},
    "TikTok": {"tiktok"},
    "Newsletter": {"newsletter", "emailnewsletter", "email"},
    "Blog": {"blog", "corporateblog"},
}

DEPARTMENTS = {
    "en": ["Marketing", "Communications", "Employer Branding", "Customer Support", "Sales",
           "Product", "Events", "Investor Relations"],
    "de": ["Marketing", "Unternehmenskommunikation", "Personal", "Kundenservice", "Vertrieb",
           "Produktmanagement", "Veranstaltungen"],
    "fr": ["Marketing", "Communication", "Ressources Humaines", "Service Client", "Ventes",
           "Produit", "Événements"],
    "es": ["Marketing", "Comunicación", "Recursos Humanos", "Atención al Cliente", "Ventas",
           "Producto", "Eventos"],
    "nl": ["Marketing", "Communicatie", "Personeelszaken", "Klantenservice", "Verkoop",
           "Product", "Evenementen"],
    "it": ["Marketing", "Comunicazione", "Risorse Umane", "Assistenza Clienti", "Vendite",
           "Prodotto", "Eventi"],
}
# A file name is the department and one of these words, as people name files.
FILE_WORDS = {
    "en": ["content_calendar", "social_plan", "editorial calendar", "posting plan"],
    "de": ["Redaktionsplan", "Themenplan", "Social-Media-Plan"],
    "fr": ["planning editorial", "calendrier_social", "planning"],
    "es": ["calendario editorial", "plan_social", "planificacion"],
    "nl": ["contentkalender", "planning", "redactieplanning"],
    "it": ["piano editoriale", "calendario_social", "pianificazione"],
}
TITLE_LINE = {
    "en": "Social media plan {q} – {dept}",
    "de": "Redaktionsplan {q} – {dept}",
    "fr": "Planning éditorial {q} – {dept}",
    "es": "Calendario editorial {q} – {dept}",
    "nl": "Contentkalender {q} – {dept}",
    "it": "Piano editoriale {q} – {dept}",
}
UPDATED_LINE = {
    "en": "Last updated: {d}", "de": "Stand: {d}", "fr": "Mis à jour le {d}",
    "es": "Actualizado: {d}", "nl": "Bijgewerkt: {d}", "it": "Aggiornato il {d}",
}
LISTS_SHEET = {"en": "Lists", "de": "Listen", "fr": "Listes", "es": "Listas", "nl": "Lijsten",
               "it": "Elenchi"}

FIRST = ["Lena", "Jonas", "Amélie", "Lucía", "Sven", "Marta", "Pieter", "Giulia", "Tomás",
         "Ingrid", "Noah", "Chiara", "Hugo", "Sofie", "Mateo", "Clara", "Ruben", "Elif",
         "Dario", "Maud", "Felix", "Nora", "Bram", "Inès", "Jan", "Jana", "Oskar", "Valentina"]
LAST = ["Vogt", "Brandt", "Lefèvre", "Moreno", "Lindqvist", "Kowalski", "de Vries", "Rossi",
        "Herrera", "Halvorsen", "Becker", "Ferraro", "Dubois", "Jansen", "Navarro", "Schubert",
        "Visser", "Yilmaz", "Conti", "Girard", "Hartmann", "Okafor", "Peeters", "Marchand",
        "Meyer", "Sato", "Bianchi", "Kraus"]
MAIL_DOMAIN = "{company}.example"
COMPANIES = ["Aurora Foods", "Kestrel Mobility", "Lumen Bank", "Tidewater Energy", "Quill Media",
             "Basalt Insurance", "Fjord Software", "Sable Retail", "Corvid Logistics", "Helix Pharma"]

ZONES_HQ = ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Rome",
            "Europe/London"]
ZONES_REGION = {
    "America/New_York": ["(ET)", "(New York time)", "(EST)"],
    "Europe/London": ["(UK time)", "(London)", "(GMT)"],
    "Asia/Singapore": ["(SGT)", "(Singapore time)"],
}
ZONE_LINE = {
    "en": "All times in {z}", "de": "Alle Zeiten in {z}", "fr": "Toutes les heures en {z}",
    "es": "Todas las horas en {z}", "nl": "Alle tijden in {z}", "it": "Tutti gli orari in {z}",
}
ZONE_NAMES = {"America/New_York": "New York time", "Europe/London": "London time",
              "Asia/Singapore": "Singapore time"}
WINDOWS_ZONES = {
    "Europe/Berlin": "W. Europe Standard Time", "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Rome": "W. Europe Standard Time", "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time", "Europe/London": "GMT Standard Time",
    "America/New_York": "Eastern Standard Time", "Asia/Singapore": "Singapore Standard Time",
}

# Background posts: each template has one slot for a filler that names something, so two
# departments never write about the same thing by chance.
BACKGROUND = {
    "en": ["Customer story: {name}", "Behind the scenes at {place}", "Job of the week: {role}",
           "Meet {person} from our {place} team", "Throwback: our first year in {place}",
           "{name} case study is live", "Quick poll for {place} followers"],
    "de": ["Kundengeschichte: {name}", "Hinter den Kulissen in {place}", "Job der Woche: {role}",
           "Lernen Sie {person} aus {place} kennen", "Rückblick: unser erstes Jahr in {place}",
           "Fallstudie {name} ist online", "Kurze Umfrage für {place}"],
    "fr": ["Témoignage client : {name}", "Dans les coulisses à {place}", "Offre de la semaine : {role}",
           "Rencontrez {person} de l'équipe de {place}", "Souvenir : notre première année à {place}",
           "Étude de cas {name} en ligne", "Petit sondage pour {place}"],
    "es": ["Historia de cliente: {name}", "Detrás de cámaras en {place}", "Empleo de la semana: {role}",
           "Conoce a {person} del equipo de {place}", "Recuerdo: nuestro primer año en {place}",
           "Caso de éxito {name} publicado", "Encuesta rápida para {place}"],
    "nl": ["Klantverhaal: {name}", "Achter de schermen in {place}", "Vacature van de week: {role}",
           "Maak kennis met {person} uit {place}", "Terugblik: ons eerste jaar in {place}",
           "Case {name} staat online", "Korte peiling voor {place}"],
    "it": ["Storia di un cliente: {name}", "Dietro le quinte a {place}", "Offerta della settimana: {role}",
           "Conosci {person} del team di {place}", "Ricordo: il nostro primo anno a {place}",
           "Caso di studio {name} online", "Sondaggio veloce per {place}"],
}
CUSTOMERS = ["Brightline", "Oakridge", "Marlow & Co", "Pinecrest", "Vantor", "Elbsand", "Quarzo",
             "Nordlicht", "Solera", "Graniet", "Verdura", "Altamira", "Copperleaf", "Ironbridge",
             "Bluewater", "Heliotrop", "Castellana", "Duinzicht", "Rivabella", "Moorfield",
             "Tannenhof", "Seabright", "Valmont", "Zeeland Dairy", "Fiorino", "Kastanje",
             "Montclair", "Lindenhof", "Arroyo", "Westerholt", "Belcanto", "Halcyon", "Ostwind",
             "Trébuchet", "Caldera", "Amstel Print", "Roccaforte", "Sunmeadow", "Falkenrath",
             "Esparto", "Glenrock", "Mirabeau", "Vallarta", "Korenbloem", "Pietrasanta"]
# Customer names are made of a head and a tail, so a company never runs out of them.
NAME_HEADS = ["Bright", "Oak", "Stone", "Silver", "North", "Gold", "Iron", "Blue", "Red", "Green",
              "Sun", "Moon", "River", "Hill", "Lake", "Star", "Fox", "Wolf", "Bear", "Eagle",
              "Elm", "Ash", "Birch", "Cedar"]
NAME_TAILS = ["line", "field", "gate", "works", "wood", "bridge", "haven", "point", "crest",
              "stone", "brook", "ridge", " Labs", " Foods", " Logistics", " Partners", " Health",
              " Capital"]
PLACES = ["Leipzig", "Lyon", "Sevilla", "Utrecht", "Bologna", "Graz", "Nantes", "Bilbao",
          "Groningen", "Verona", "Bremen", "Lille", "Málaga", "Eindhoven", "Torino", "Kassel",
          "Rennes", "Zaragoza", "Arnhem", "Padova", "Freiburg", "Dijon", "Valencia", "Haarlem",
          "Trieste", "Münster", "Nancy", "Granada", "Leiden", "Parma", "Aachen", "Reims",
          "Córdoba", "Delft", "Bergamo", "Rostock", "Tours", "Alicante", "Zwolle", "Lucca"]
ROLES = {
    "en": ["Data Engineer", "Field Sales Manager", "UX Researcher", "Payroll Specialist",
           "Warehouse Lead", "Legal Counsel", "Brand Designer", "Support Agent"],
    "de": ["Dateningenieur:in", "Außendienstleitung", "UX-Forscher:in", "Lohnbuchhalter:in",
           "Lagerleitung", "Syndikusanwalt", "Markendesigner:in", "Kundenberater:in"],
    "fr": ["Ingénieur données", "Responsable commercial terrain", "Chercheur UX",
           "Gestionnaire de paie", "Chef d'entrepôt", "Juriste", "Designer de marque", "Conseiller client"],
    "es": ["Ingeniero de datos", "Jefe de ventas de campo", "Investigador UX", "Técnico de nóminas",
           "Jefe de almacén", "Asesor jurídico", "Diseñador de marca", "Agente de soporte"],
    "nl": ["Data-engineer", "Buitendienstmanager", "UX-onderzoeker", "Salarisadministrateur",
           "Magazijnleider", "Bedrijfsjurist", "Merkontwerper", "Klantadviseur"],
    "it": ["Ingegnere dei dati", "Responsabile vendite", "Ricercatore UX", "Addetto paghe",
           "Capo magazzino", "Consulente legale", "Brand designer", "Operatore assistenza"],
}

# Planned series of one department: the same title on several days, never a duplicate.
SERIES = {
    "en": ["Tip of the week", "Monday motivation", "Friday Q&A", "Weekly product digest"],
    "de": ["Tipp der Woche", "Montagsmotivation", "Freitagsfragen", "Wochenrückblick"],
    "fr": ["Astuce de la semaine", "Motivation du lundi", "Questions du vendredi", "Récap de la semaine"],
    "es": ["Consejo de la semana", "Motivación del lunes", "Preguntas del viernes", "Resumen semanal"],
    "nl": ["Tip van de week", "Maandagmotivatie", "Vrijdagvragen", "Weekoverzicht"],
    "it": ["Consiglio della settimana", "Motivazione del lunedì", "Domande del venerdì", "Riepilogo settimanale"],
}

# Campaigns two or three departments prepare each in their own words (duplicated effort).
# Each topic has its key words per language; each kind has its wordings per language.
TOPICS = [
    {"kind": "webinar", "s": {"en": "data privacy", "de": "Datenschutz", "fr": "protection des données",
                              "es": "protección de datos", "nl": "privacy", "it": "privacy dei dati"}},
    {"kind": "webinar", "s": {"en": "hybrid work", "de": "hybrides Arbeiten", "fr": "travail hybride",
                              "es": "trabajo híbrido", "nl": "hybride werken", "it": "lavoro ibrido"}},
    {"kind": "webinar", "s": {"en": "energy prices", "de": "Energiepreise", "fr": "prix de l'énergie",
                              "es": "precios de la energía", "nl": "energieprijzen", "it": "prezzi dell'energia"}},
    {"kind": "launch", "s": {k: "Nimbus 3" for k in ALL_LANGS}},
    {"kind": "launch", "s": {k: "Orbit Pay" for k in ALL_LANGS}},
    {"kind": "launch", "s": {k: "Vela Studio" for k in ALL_LANGS}},
    {"kind": "fair", "s": {k: "IFA Berlin" for k in ALL_LANGS}},
    {"kind": "fair", "s": {k: "Web Summit Lisbon" for k in ALL_LANGS}},
    {"kind": "fair", "s": {k: "Salone Milano" for k in ALL_LANGS}},
    {"kind": "report", "s": {"en": "sustainability report", "de": "Nachhaltigkeitsbericht",
                             "fr": "rapport de durabilité", "es": "informe de sostenibilidad",
                             "nl": "duurzaamheidsverslag", "it": "report di sostenibilità"}},
    {"kind": "report", "s": {"en": "half-year results", "de": "Halbjahreszahlen", "fr": "résultats semestriels",
                             "es": "resultados semestrales", "nl": "halfjaarcijfers", "it": "risultati semestrali"}},
    {"kind": "day", "s": {"en": "open day", "de": "Tag der offenen Tür", "fr": "journée portes ouvertes",
                          "es": "jornada de puertas abiertas", "nl": "open dag", "it": "giornata porte aperte"}},
    {"kind": "day", "s": {"en": "charity run", "de": "Spendenlauf", "fr": "course solidaire",
                          "es": "carrera solidaria", "nl": "sponsorloop", "it": "corsa solidale"}},
    {"kind": "day", "s": {"en": "hackathon", "de": "Hackathon", "fr": "hackathon", "es": "hackathon",
                          "nl": "hackathon", "it": "hackathon"}},
]
WORDINGS = {
    "webinar": {
        "en": ["Webinar: {s} – register now", "Join our {s} webinar", "Last call: {s} webinar"],
        "de": ["Webinar: {s} – jetzt anmelden", "Online-Seminar zum Thema {s}", "Letzte Chance: Webinar {s}"],
        "fr": ["Webinaire : {s} – inscrivez-vous", "Rejoignez notre webinaire sur la {s}"],
        "es": ["Webinar: {s} – inscríbete", "Únete a nuestro webinar sobre {s}"],
        "nl": ["Webinar: {s} – meld je aan", "Doe mee met ons webinar over {s}"],
        "it": ["Webinar: {s} – iscriviti ora", "Partecipa al nostro webinar sulla {s}"],
    },
    "launch": {
        "en": ["{s} launch", "Introducing {s}", "{s} is here: launch day"],
        "de": ["Launch {s}", "{s} ist da!", "Produktstart: {s}"],
        "fr": ["Lancement de {s}", "{s} est arrivé !"],
        "es": ["Lanzamiento de {s}", "¡Llega {s}!"],
        "nl": ["Lancering {s}", "{s} is er!"],
        "it": ["Lancio di {s}", "Arriva {s}!"],
    },
    "fair": {
        "en": ["See us at {s}", "Visit our booth at {s}", "{s}: we are exhibiting"],
        "de": ["Besuchen Sie uns auf der {s}", "Wir sind auf der {s}", "Messestand {s}"],
        "fr": ["Retrouvez-nous au salon {s}", "Notre stand à {s}"],
        "es": ["Visítanos en {s}", "Nuestro stand en {s}"],
        "nl": ["Bezoek ons op {s}", "Onze stand op {s}"],
        "it": ["Vieni a trovarci a {s}", "Il nostro stand a {s}"],
    },
    "report": {
        "en": ["Our {s} is out", "Publishing the {s}", "Read the {s}"],
        "de": ["Unser {s} ist erschienen", "Veröffentlichung {s}"],
        "fr": ["Notre {s} est publié", "Publication du {s}"],
        "es": ["Publicamos nuestro {s}", "Ya está aquí el {s}"],
        "nl": ["Ons {s} is uit", "Publicatie {s}"],
        "it": ["Pubblicato il nostro {s}", "Online il {s}"],
    },
    "day": {
        "en": ["{s} at {place}", "Join the {s} in {place}", "{place} {s}: save the date"],
        "de": ["{s} in {place}", "Save the date: {s} {place}"],
        "fr": ["{s} à {place}", "Rejoignez la {s} de {place}"],
        "es": ["{s} en {place}", "Apúntate a la {s} de {place}"],
        "nl": ["{s} in {place}", "Kom naar de {s} in {place}"],
        "it": ["{s} a {place}", "Partecipa alla {s} di {place}"],
    },
}
# A launch's product with another version, a fair in another year: the decoys' other names.
PRODUCT_VERSIONS = ["Nimbus 4", "Orbit Pay Pro", "Vela Studio 2"]
# What a week is called in a sheet name or a week heading.
WEEK_WORD = {"en": "Week", "de": "KW", "fr": "Semaine", "es": "Semana", "nl": "Week", "it": "Settimana"}
