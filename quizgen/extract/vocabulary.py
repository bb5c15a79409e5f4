"""Word lists per language for the name finder: kind nouns, name heads,
joiners, enumeration markers, months, conventional capitals, demonym shapes
and locative prepositions. Words of each language, never names; read
through :mod:`.lexicon`.
"""

from __future__ import annotations

import re

# Kind nouns: the head of an enumeration ("platforms like X, Y and Z") or of
# an apposition ("X, a software provider") names the kind of its names.
_KIND_NOUNS: dict[str, dict[str, str]] = {
    "platform": {
        "en": "platform site network app application service messenger website engine",
        "es": "plataforma sitio red aplicaci servicio motor buscador",
        "ru": "платформ сайт сет приложени сервис служб мессенджер поисковик",
        "pl": "platform serwis witryn sieci sieć aplikacj portal wyszukiwar",
        "it": "piattaform sito siti rete reti app applicazion servizi motore",
    },
    "tool": {
        "en": "tool device software instrument apparatus program",
        "es": "herramient software dispositiv programa instrument",
        "ru": "инструмент программ софт устройств",
        "pl": "narzędzi narzędzia oprogramowani program urządze",
        "it": "strument software dispositiv programm",
    },
    "organization": {
        "en": "company companies firm corporation agency organization organisation bank provider insurer association group institution regulator exchange",
        "es": "empresa compañía firma corporaci agencia organizaci banco proveedor asociaci aseguradora institución",
        "ru": "компани фирм корпораци агентств организаци банк провайдер ассоциаци",
        "pl": "firm spółk korporacj agencj organizacj bank dostawc stowarzysz ubezpieczyciel",
        "it": "aziend societ impres compagni agenzi organizzazion banc fornitor associazion",
    },
    "person": {
        "en": "economist president founder ceo chairman chair professor student author investor dr mr mrs ms sir",
        "es": "economista presidente fundador director profesor estudiante autor inversor dr sr sra",
        "ru": "экономист президент основател директор профессор студент автор инвестор доктор",
        "pl": "ekonomist prezydent prezes założyciel dyrektor profesor student autor inwestor dr",
        "it": "economista presidente fondatore direttore professor studente autore investitore dott sig",
    },
    "place": {
        "en": "country countries city cities state region continent capital area areas location locations",
        "es": "país países ciudad estado región continente capital ubicacion ubicación",
        "ru": "стран город штат регион континент столиц местах",
        "pl": "kraj kraje krajów miast stan region kontynent stolic lokalizac",
        "it": "paese paesi città stato stati regione continent capital localit",
    },
    "product": {
        "en": "product brand magazine newspaper journal game video",
        "es": "producto marca revista periódico juego",
        "ru": "продукт бренд марк журнал газет игр",
        "pl": "produkt mark czasopism gazet gr",
        "it": "prodott marchi marca rivist giornal gioc",
    },
    "index": {
        "en": "index indices indexes benchmark average",
        "es": "índice indice",
        "ru": "индекс",
        "pl": "indeks",
        "it": "indice indici",
    },
    "law": {
        "en": "law act regulation statute bill",
        "es": "ley leyes reglamento",
        "ru": "закон",
        "pl": "ustaw",
        "it": "legge leggi regolament",
    },
}

# Words that make a capitalised run an organization, a law or an index when
# they are part of it ("Pew Research Center", "Federal Reserve Act").
_HEADS: dict[str, dict[str, str]] = {
    "organization": {
        "en": "center centre commission association inc corp corporation company co ltd llc plc group bank board agency institute foundation committee council fund university college office department bureau party reserve administration authority trust partners holdings society organization union federation senate congress service services system exchange ministry court school committee chamber house division community mechanism academy",
        "es": "centro comisión asociación banco instituto fundación consejo fondo universidad oficina departamento agencia reserva servicio sistema ministerio tribunal bolsa junta comité escuela organización administración partido cámara corporación sociedad salón división comunidad mecanismo autoridad academia",
        "ru": "центр комисси ассоциаци банк институт фонд университет служб совет агентств резерв министерств суд бирж управлени департамент комитет организаци школ систем корпораци компани парти партнерств бюро палат обществ сообществ механизм академи",
        "pl": "centrum komisj stowarzysz bank instytut fundacj rad fundusz uniwersytet urząd agencj rezerw ministerstw sąd giełd departament komitet organizacj szkoł parti partnerstw izb korporacj towarzystw wspólnot mechanizm akademi",
        "it": "centro commission associazion banca istituto fondazion consiglio fondo università ufficio dipartimento agenzia riserva servizio ministero tribunale borsa comitato scuola organizzazion partito camera corporazion società divisione comunità meccanismo autorità accademia",
    },
    "law": {
        "en": "act law code regulation reg treaty accord pact",
        "es": "ley código reglamento tratado acuerdo pacto",
        "ru": "закон кодекс регламент договор пакт",
        "pl": "ustaw kodeks rozporządzen traktat pakt",
        "it": "legge codice regolamento trattato accordo patto",
    },
    "place": {
        "en": "states kingdom republic island islands county",
        "es": "estados reino república islas",
        "ru": "штат королевств республик остров",
        "pl": "stan stanach stanów zjednoczon królestw republik wysp",
        "it": "stati regno repubblica isole",
    },
    "index": {
        "en": "index average",
        "es": "índice",
        "ru": "индекс",
        "pl": "indeks",
        "it": "indice",
    },
}

# Small words that may join the parts of one name ("Board of Governors",
# "Comisión de Bolsa y Valores"), but only next to a name head.
_JOINERS: dict[str, str] = {
    "en": "of for and & the on",
    "es": "de del y la las los para sobre al",
    "ru": "по и",
    "pl": "i do ds ds. dla o",
    "it": "di del della dei degli dell d e per sulla sul",
}

# Enumeration markers: what comes between a kind noun and its names.
_LIKE: dict[str, str] = {
    "en": "like such as including include includes incorporate are is namely e.g",
    "es": "como incluidas incluidos incluyen incluye son es tales",
    "ru": "такие как включая например",
    "pl": "takie jak takich w tym np to są",
    "it": "come inclusi incluse includono sono tra cui quali",
}

_MONTHS: dict[str, str] = {
    "en": "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo",
    "ru": "январ феврал март апрел мая май июнь июня июне июль июля июле август сентябр октябр ноябр декабр понедельник вторник сред четверг пятниц суббот воскресень",
    "pl": "stycz luty lutego lutym marzec marca marcu kwiecień kwietnia kwietniu maj maja maju czerw lipiec lipca lipcu sierp wrzesień września wrześniu październik października listopad grud poniedział wtor środ czwart piąt sobot niedziel",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica",
}

# Common nouns that a language's spelling capitalises by convention, like
# month names: the network itself is not a named entity.
_CONVENTIONAL: dict[str, str] = {
    "en": "internet web",
    "es": "internet web",
    "ru": "интернет интернета интернете интернетом веб",
    "pl": "internet internetu internecie internetem sieć",
    "it": "internet web",
}

# Languages whose nationality adjectives are capitalised take a shape test;
# elsewhere demonyms are lower case and never reach the name finder, except
# Polish nouns for peoples ("Amerykanie", "Amerykanów").
_DEMONYM = {
    "en": re.compile(r"^[A-Z][a-z]+(?:an|ans|ian|ians|ese|ish|ean|eans)$"),
    "pl": re.compile(r"^[A-ZŁŚŻ][a-ząćęłńóśźż]+(?:anie|anów|anom|anami|czycy|czyków|ycy|ów)$"),
}
# English nationality and direction adjectives the shape test misses.
_DEMONYM_WORDS = {"en": frozenset("french dutch swiss greek thai czech welsh scots eastern western northern southern".split())}
# Compass words that may lead a demonym ("North American", "Eastern European").
_COMPASS = {"en": frozenset("north south east west northern southern eastern western central".split())}

# Locative prepositions: a name right after one is most likely a place.
_LOCATIVE: dict[str, str] = {
    "en": "in across throughout",
    "es": "en",
    "ru": "в во",
    "pl": "w we",
    "it": "in nel nella negli nei",
}

# Parts of a document: "Section 13", "Artículo 5" cite a place in a text,
# they do not name anything.
_PARTS: dict[str, str] = {
    "en": "section article chapter paragraph clause subsection",
    "es": "sección seccion artículo articulo capítulo capitulo párrafo apartado inciso",
    "ru": "стать раздел глав пункт параграф",
    "pl": "sekcj artykuł artykul rozdział rozdzial paragraf ustęp punkt",
    "it": "sezione sezioni articolo capitolo paragrafo comma",
}

# Quantity words after a number ("2 миллиарда", "3 billion"): the number
# counts them and is no part of a name before it. Stems.
_QUANTITY: dict[str, str] = {
    "en": "thousand million billion trillion percent",
    "es": "mil millón millon millones billón billon billones",
    "ru": "тысяч миллион миллиард триллион процент млн млрд трлн",
    "pl": "tysi milion miliard bilion procent mln mld",
    "it": "mila milion miliard bilion",
}

# Subordinators and prepositions that open a sentence before a name
# ("Cuando la Reserva Federal", "Когда Дональд Трамп", "Согласно ..."): a
# closed class, never part of the name even when not seen in lower case.
_OPENERS: dict[str, str] = {
    "en": "when if although though while after before since during according unlike besides then later thus however",
    "es": "cuando si aunque mientras según segun tras antes después despues durante desde además ademas",
    "ru": "когда если хотя пока после перед согласно помимо кроме у при благодаря несмотря",
    "pl": "kiedy gdy jeśli jesli choć chociaż podczas według wedlug oprócz oprocz poza dzięki dzieki mimo",
    "it": "quando se sebbene mentre secondo dopo prima durante oltre grazie nonostante",
}

# Common nouns that, capitalised alone, name a state body ("Congreso",
# "Treasury", "Сенат"): organizations, though translated like places. Stems.
_INSTITUTIONS: dict[str, str] = {
    "en": "congress senate treasury parliament government cabinet",
    "es": "congres senad tesor parlament gobiern",
    "ru": "конгресс сенат казначейств парламент правительств",
    "pl": "kongres senat skarb parlament rząd rzad sejm",
    "it": "congress senat tesor parlament govern",
}

# Nouns and participles that announce the title of a work ("his book On the
# Brink", "un artículo titulado ..."). Stems.
_WORKS: dict[str, str] = {
    "en": "book paper article essay memoir treatise novel titled entitled",
    "es": "libro artículo articulo ensayo memorias tratado titulad",
    "ru": "книг стать эссе мемуар трактат названием",
    "pl": "książk książc ksiazk ksiazc artykuł artykul esej wspomnie traktat zatytułowan",
    "it": "libro libri articolo saggio memorie trattato intitolat",
}
