"""Sources and places in German, Spanish and Russian briefs, as the wild sample showed them.

The briefs are written for these tests; names and places are made up.
"""

import pytest

import briefparse
from briefparse.document import load_document
from briefparse.extract.location import _place_in
from briefparse.lang.ru_phrases import phrase_in_nominative


def _source_name(text: str) -> str | None:
    source = briefparse.parse(text).source
    return source.name if source else None


SOURCES = {
    # "según lo anunció": the verb after "lo" does not end the source before it starts
    "segun-lo": (
        "El canciller de Varnia, Pedro Ilzarbe, y su homólogo de Moldania, Iván Sorokin, han mantenido una "
        "conversación telefónica este sábado, según lo anunció la Cancillería varnia.\n",
        "Cancillería varnia",
    ),
    # an agency quoting a spokeswoman, not the spokeswoman
    "quoting-agency": (
        "Официальный представитель МИД Варнии Ольга Дронова подтвердила подготовку встречи министров. "
        "«Такая встреча прорабатывается», – приводит слова Дроновой ТАСС.\n",
        "ТАСС",
    ),
    # a quoting verb before a word in quotes names no outlet
    "quoted-word": (
        "Bundespräsident Karl Moser empfing am Donnerstag in Graz seinen Amtskollegen Jan Novak. Das oft zitierte "
        '"Kaiserwetter" machte eine Pause.\n',
        None,
    ),
    # a Russian dateline may credit its agency by its site's name
    "site-dateline": (
        "Москва. 21 октября. INTERFAX.RU - Министр иностранных дел Варнии Павел Сомов провел переговоры с главой "
        "МИД Моравии Яном Клеменсом в Москве.\n",
        "INTERFAX.RU",
    ),
    # a photo's credit is no dateline
    "photo-credit": (
        "Фото: Иван Петров/Новости.ру/ТАСС\n\nПрезидент Варнии Павел Сомов провел переговоры с президентом Моравии "
        "Яном Клеменсом в Кремле.\n",
        None,
    ),
    # a speaker who takes part gives way to the agency of the dateline
    "speaker-dateline": (
        "МОСКВА, 21 октября. /ТАСС/. Встреча министров иностранных дел Варнии и Моравии не отложена, заявил во "
        "вторник замглавы МИД Варнии Сергей Ковалёв.\n",
        "ТАСС",
    ),
    # an agency closing a paragraph after its last sentence, with no dash nor bracket
    "closing-agency": (
        "El ministro de Exteriores, Tomás Arriaga, ha hablado este viernes con su homólogo de Moldania, Iván "
        "Sorokin, sobre la situación en la región. EFE\n",
        "EFE",
    ),
    # a photographer's credit after a caption and a slash credits the photo, not the text
    "photographer": (
        "El ministro de Exteriores, Tomás Arriaga. / Ana Ruiz – Europa Press\n\nEl ministro de Exteriores, Tomás "
        "Arriaga, ha hablado este viernes con su homólogo de Moldania, Iván Sorokin.\n",
        None,
    ),
    # the agency that relays what a speaker who takes part said, not the speaker
    "relaying-agency": (
        "Делегация Варнии будет ждать переговорщиков вечером, заявил пресс-секретарь президента Варнии Олег Строев, "
        "передает РИА Новости.\n",
        "РИА Новости",
    ),
    # an interview given to a broadcaster, its name inflected
    "interview-broadcaster": (
        "«Мы готовимся к этим контактам», – заявил в интервью Первому каналу пресс-секретарь президента Варнии "
        "Олег Строев.\n",
        "Первый канал",
    ),
    # an agency named in the dative after a verb of saying, not in quotes
    "inflected-agency": (
        "Министр иностранных дел Варнии Павел Сомов провел переговоры с главой МИД Моравии Яном Клеменсом, "
        "сообщил Интерфаксу источник в делегации.\n",
        "Интерфакс",
    ),
    # said to an agency through the language's word for "to" someone
    "gegenueber": (
        "Das Gespräch mit Außenminister Jan Novak sei gut verlaufen, sagte gegenüber der dpa ein Sprecher des "
        "Außenministers Karl Moser.\n",
        "dpa",
    ),
    # "según informó": the source after the verb, not the verb with it
    "segun-informo": (
        "El canciller Tomás Arriaga se reunió con su homólogo de Moldania, Iván Sorokin, según informó la "
        "Cancillería.\n",
        "Cancillería",
    ),
    # "wie ein Regierungssprecher sagte"
    "wie-sagte": (
        "Bundeskanzler Karl Moser hat am Montag mit dem Präsidenten von Moldanien, Jan Novak, telefoniert, wie ein "
        "Regierungssprecher sagte.\n",
        "Regierungssprecher",
    ),
    # a sentence that says whose word the one before is
    "das-sagte": (
        "Bundeskanzler Karl Moser hat am Montag mit dem Präsidenten von Moldanien, Jan Novak, telefoniert. Das sagte "
        "ein Regierungssprecher in Berlin.\n",
        "Regierungssprecher",
    ),
    # a German verb of announcing at a clause's end
    "ankuendigte": (
        "Bundespräsident Karl Moser reist kommende Woche nach Graz und trifft dort Präsident Jan Novak, wie das "
        "Außenministerium am Donnerstag ankündigte.\n",
        "Außenministerium",
    ),
    # a spokesman framed by a verb and its particle, his name set off by commas
    "framed-apposition": (
        "Präsident Karl Moser und Kanzlerin Eva Brandt wollen am Samstag telefonieren, teilte der Sprecher des "
        "Präsidialamts, Otto Lenz, am Freitag in Graz mit.\n",
        "Sprecher des Präsidialamts, Otto Lenz",
    ),
    # an agency's own reporter is a source, though "correspondent" is a role
    "correspondent": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом, передает "
        "корреспондент ТАСС.\n",
        "корреспондент ТАСС",
    ),
    # a Russian source in an oblique case is named in the nominative
    "nominative": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом, сообщили в "
        "пресс-службе Кремля.\n",
        "пресс-служба Кремля",
    ),
    # a publisher's label alone on its line, the publisher on the next
    "herausgeber": (
        "Das Departement verurteilt den Anschlag in Varna\n\nBern, 10.06.2016 - Das Departement verurteilt den "
        "Anschlag. Bundesrat Karl Moser spricht den Familien der Opfer sein Beileid aus.\n\nHerausgeber\n\n"
        "Eidgenössisches Departement für varnische Angelegenheiten\n",
        "Eidgenössisches Departement für varnische Angelegenheiten",
    ),
    # the agency a closing credit names, not the words before it
    "con-informacion": (
        "El canciller Tomás Arriaga se reunió este lunes en Quito con su homólogo de Moldania, Iván Sorokin, para "
        "hablar de comercio.\n\nCon información de EFE\n",
        "EFE",
    ),
    # a participle that agrees with what was spread
    "difundida-por": (
        "El canciller Tomás Arriaga se reunió con su homólogo de Moldania, Iván Sorokin, en Quito. La información "
        "fue difundida por la Cancillería.\n",
        "Cancillería",
    ),
    # Russian: said to journalists in an office, a Telegram channel named in quotes, a "based on" label
    "journalists-in": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом в Сочи. Об этом "
        "сообщили журналистам в пресс-службе президента.\n",
        "пресс-служба президента",
    ),
    "telegram-channel": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом в Сочи. Об этом "
        "сообщает Telegram-канал «Пул Первого».\n",
        "Telegram-канал «Пул Первого»",
    ),
    "po-materialam": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом в Сочи.\n\n"
        "По материалам: Варна.Нет\n",
        "Варна.Нет",
    ),
    # a German source framed by "geht aus … hervor": the document with the body a link word ties it to
    "hervor": (
        "Außenminister Karl Moser hat seinen Amtskollegen Jan Novak in Graz getroffen. Dies geht aus einer "
        "Mitteilung des Außenministeriums hervor.\n",
        "Mitteilung des Außenministeriums",
    ),
    # "ha hecho pública una nota": a verb of making public
    "hecho-publica": (
        "La Cancillería de Varnia ha hecho pública una nota en la que informa que el canciller Tomás Arriaga ha "
        "llamado a su homólogo de Moldania, Iván Sorokin.\n",
        "Cancillería de Varnia",
    ),
    # a reporter of an outlet named in quotes, its one letter no acronym
    "reporter-quoted-outlet": (
        "Министр Павел Сомов начал встречу с коллегой Яном Клеменсом, передает корреспондент «Ъ».\n",
        "корреспондент «Ъ»",
    ),
    # "чьи слова приводит «Интерфакс»": the agency quoting, after the verb and in quotes
    "quoting-in-quotes": (
        "Президент Варнии Павел Сомов проведет встречу с губернатором Яном Клеменсом. Об этом сообщил пресс-секретарь "
        "президента Олег Строев, чьи слова приводит «Интерфакс».\n",
        "Интерфакс",
    ),
    # the platform a message was posted on
    "escribio-en": (
        "El presidente Tomás Arriaga conversó por teléfono con su homólogo Iván Sorokin. “Fue una gran "
        "conversación”, escribió en Truth Social.\n",
        "Truth Social",
    ),
    # "laut X um …": what the talk is about ends the source
    "laut-um": (
        "Kanzler Karl Moser empfängt am Mittwoch Präsident Jan Novak im Kanzleramt. In dem Gespräch soll es laut "
        "Bundesregierung um die bilateralen Beziehungen zwischen beiden Ländern sowie um europapolitische und "
        "internationale Themen gehen.\n",
        "Bundesregierung",
    ),
    # "говорится на сайте": said on a site
    "govoritsya-na": (
        "Министр Павел Сомов и госсекретарь Ян Клеменс провели телефонный разговор. Стороны обсудили торговлю, "
        "говорится на сайте министерства.\n",
        "сайт министерства",
    ),
    # a byline after the date stamp and a bar, naming a department
    "dated-byline": (
        "Bundesrat Karl Moser reist nach Graz\n\n11.11.2025 | von Departement für varnische Angelegenheiten\n\n"
        "Bundesrat Karl Moser weilt vom 13. bis 14. November 2025 in Graz. Dort trifft er Präsident Jan Novak.\n",
        "Departement für varnische Angelegenheiten",
    ),
    # a document tied by its case ending to the body it is of: the body
    "document-genitive": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом, отмечается в сообщении "
        "пресс-службы Кремля.\n",
        "пресс-служба Кремля",
    ),
    # "Об этом сообщили в …": the office after the longer cue
    "ob-etom-soobshchili-v": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом. Об этом сообщили в "
        "пресс-службе Кремля.\n",
        "пресс-служба Кремля",
    ),
    # "…, bestätigte das Außenministerium"
    "bestaetigte": (
        "Außenminister Karl Moser hat seinen Amtskollegen Jan Novak getroffen, bestätigte das Außenministerium in "
        "Wien.\n",
        "Außenministerium",
    ),
    # a Russian brief that only reports its spokesman's words cites no source: he is the one who speaks
    "speaking-spokesman": (
        "Песков: Гордеев проведет в пятницу несколько международных телефонных разговоров\n\n"
        "Президент Варнии Павел Гордеев планирует провести несколько международных телефонных разговоров, "
        "сообщил пресс-секретарь главы государства Олег Песков.\n"
        "«Во второй половине дня ожидаются международные разговоры», – сказал Песков журналистам.\n",
        None,
    ),
    # one who reports a meeting he did not take part in is its source ("Об этом рассказал …")
    "told-of-meeting": (
        "Президент Варнии Павел Гордеев встретился с коллегой из Молдании Ильёй Сорокиным. Об этом рассказал "
        "пресс-секретарь президента Варнии Олег Песков.\n"
        "По его словам, беседа двух лидеров прошла в Кремле.\n",
        "пресс-секретарь президента Варнии Олег Песков",
    ),
    # an agency that writes its name in lower case, on its byline after the text
    "lower-case-byline": (
        "Bundeskanzlerin Eva Brandt und Parteichef Jan Novak treffen sich am Nachmittag im Kanzleramt zu einem "
        "Vier-Augen-Gespräch.\n\nvon dpa\n\nerstellt am 12.Feb.2019 | 10:15 Uhr\n",
        "dpa",
    ),
    # the perfect between "según" and its subject
    "segun-ha": (
        "El presidente Tomás Arriaga y el líder de la oposición, Julián Ferrer, se han reunido esta mañana en La "
        "Quintana, según ha avanzado Televarnia.\n",
        "Televarnia",
    ),
    # "estas fuentes" point back to the source named before
    "segun-estas-fuentes": (
        "El presidente Tomás Arriaga y el líder de la oposición, Julián Ferrer, se han reunido esta mañana en La "
        "Quintana, según ha avanzado Televarnia.\n\nTambién han conversado sobre Valdemora -el líder ha "
        'reprochado al presidente "la gravedad de los pactos", según estas fuentes- Andalucía y el presupuesto.\n',
        "Televarnia",
    ),
    # a dash after the quote, before the inverted verb and the agency
    "quote-dash-agency": (
        "Министр иностранных дел Варнии Павел Сомов провел переговоры с генсеком Лиги Ильёй Сорокиным.\n"
        "«Стороны обсудили ситуацию в регионе», — пишет РИА Новости.\n",
        "РИА Новости",
    ),
    # the spokesman who takes part, named by his role only, is no source either
    "speaking-role": (
        "Песков не подтвердил, что переговоры продолжатся в Варнии\n"
        "Переговоры не планируется проводить в Варнии. Об этом заявил пресс-секретарь президента Олег Песков.\n"
        '"Речи об этом не шло", - уточнил представитель Кремля, отвечая на вопрос журналистов о новом раунде '
        "переговоров.\n",
        None,
    ),
    # what it was said in, between the inverted verb and the source
    "senalo-en-un-comunicado": (
        "El presidente de Varnia, Pedro Ilzarbe, recibió al primer ministro de Moldania, Iván Sorokin, en la Casa "
        "Azul, señaló en un comunicado la Presidencia varnia.\n",
        "Presidencia varnia",
    ),
    # a longer time and place between the source and the particle of its verb
    "gibt-bekannt-long": (
        "Bundeskanzler Karl Moser hat mit dem Präsidenten Jan Novak telefoniert. Das gibt Regierungssprecher Paul "
        "Weber am späten Sonntagabend in einer offiziellen Mitteilung bekannt.\n",
        "Regierungssprecher Paul Weber",
    ),
    # a compounded role alone speaks, it is no source
    "compound-role": (
        "Der varnische Außenminister sagte am Montag in einer Pressekonferenz in Graz über die Gespräche mit "
        "Moldanien: „Wir führen seit letztem Jahr Gespräche.“\n",
        None,
    ),
    # a capital that confirms says nothing of whose word it is
    "capital-confirmed": (
        "Wien bestätigte Meldungen über Anruf des Präsidenten\n\n"
        "Präsident Jan Novak hat Bundeskanzler Karl Moser zum Wahlsieg gratuliert. Der Anruf gilt als ungewöhnlich.\n",
        None,
    ),
    # a cue, then an outlet's name in quotes that no register knows
    "cue-quoted-outlet": (
        "Министр иностранных дел Варнии Павел Сомов встретился с главой МИД Молдании Ильёй Сорокиным на полях "
        "форума. Встреча прошла за закрытыми дверьми, сообщает «Вечерний Варград».\n",
        "Вечерний Варград",
    ),
    # the newspaper that signs with its letter, quoting a spokesman
    "kommersant-letter": (
        "Официальный представитель МИД Варнии Ольга Дронова высказалась о месте встречи министров.\n"
        '"Такая встреча возможна только в столице", - приводит "Ъ" слова Дроновой.\n',
        "Ъ",
    ),
}


@pytest.mark.parametrize("case", sorted(SOURCES))
def test_the_source_of_a_brief(case):
    text, expected = SOURCES[case]
    assert _source_name(text) == expected


def test_spanish_sources_in_the_perfect_end_before_their_verb():
    text = (
        "El ministro de Exteriores, Tomás Arriaga, recibirá el lunes en el Palacio de Valdemora a su homólogo "
        "andorrano, Julián Ferrer.\n\nFuentes de la Presidencia han confirmado el encuentro, que tendrá lugar a las "
        "diez.\n"
    )
    name = _source_name(text) or ""
    assert "Presidencia" in name
    assert "confirmado" not in name



def test_wie_aus_names_the_circles_a_word_came_from():
    text = (
        "Bundeskanzler Karl Moser trifft am Freitag in Graz seinen Amtskollegen Jan Novak. Wie aus Diplomatenkreisen "
        "beider Länder vorab verlautete, wollen beide über die Energiepolitik sprechen.\n"
    )
    assert (_source_name(text) or "").startswith("Diplomatenkreisen beider Länder")


LOCATIONS = {
    # the city an envoy was appointed to is his post, not the meeting's place
    "appointed-to": (
        "Павел Сомов провел первую встречу с новым послом Молдании\n\n"
        "Министр иностранных дел Варнии Павел Сомов впервые встретился с назначенным в Москву послом Молдании "
        "Ильёй Сорокиным.\n",
        None,
    ),
    # a city gives way to a venue of that city the next sentence names
    "venue-of-city": (
        "El presidente de Varnia, Pedro Ilzarbe, pidió ayer al canciller de Moldania, Iván Sorokin, más cooperación "
        "durante un encuentro en Lisboa.\n"
        "Ilzarbe habló al recibir a Sorokin en el Palacio de las Rosas de Lisboa, según la agencia oficial.\n",
        "Palacio de las Rosas de Lisboa",
    ),
    # a country the lead names gives way to the venue of the headline
    "headline-venue": (
        "Гордеев принял в Кремле главу МИД Молдании\n\n"
        "Сорокин находится в России с рабочим визитом по приглашению главы МИД Павла Сомова. Министры обсудят "
        "ситуацию в регионе.\n",
        "Кремле",
    ),
    # how long a visit lasts, between it and the country it goes to
    "visit-days": (
        "El presidente de Varnia, Pedro Ilzarbe, comienza hoy una visita oficial de tres días a Portugal en la que se "
        "reunirá con el primer ministro.\n",
        "Portugal",
    ),
    # where the office spoke is not where the meeting is held
    "said-in-city": (
        "Bundespräsident Karl Moser hat die Parteichefs zu einem gemeinsamen Gespräch eingeladen. Wie das "
        "Präsidialamt am Freitag in Graz mitteilte, soll das Treffen in der kommenden Woche stattfinden. Die "
        "Begegnung ist im Schloss Lindenhof geplant.\n",
        "Schloss Lindenhof",
    ),
    # a seat described by whose it is, then named after a comma
    "apposed-venue": (
        "Bundespräsident Karl Moser hat Parteichef Jan Novak zu einem Gespräch empfangen. Moser und Novak kamen am "
        "Donnerstag im Amtssitz des Bundespräsidenten zusammen, dem Schloss Lindenhof in Graz.\n",
        "Schloss Lindenhof in Graz",
    ),
    # an article in capitals opens the place's name
    "capital-article": (
        "El presidente del Gobierno, Tomás Arriaga, y el líder de la oposición, Julián Ferrer, se han reunido esta "
        "mañana en La Quintana.\n",
        "La Quintana",
    ),
    # the city that closes a run opening with its country ("в столице Перу Лиме")
    "capital-after-country": (
        "Павел Сомов встретился в Перу с Ильёй Сорокиным\n"
        "Встреча министров иностранных дел Варнии и Молдании состоялась в столице Перу Лиме. Сомов отметил, что "
        "обсудил с Сорокиным подготовку встречи президентов.\n",
        "Лиме",
    ),
    # the country a sentence says the meetings were held in, when the brief names no other place
    "held-in-country": (
        "El canciller de Varnia, Pedro Ilzarbe, se reunió con el secretario general de la Liga Austral, Tomás "
        "Arriaga.\n\nAmbas citas tuvieron lugar en Portugal, como parte de la gira del canciller.\n",
        "Portugal",
    ),
    # "in den" before a venue a guest is invited into
    "in-den": (
        "Bundespräsident Karl Moser hat sich bei seinem Antrittsbesuch in Varnien mit König Edmund getroffen. Der "
        "König hatte Moser zum Mittagessen in den Greifen-Palast eingeladen.\n",
        "Greifen-Palast",
    ),
    # a German visit is where the visitor goes to
    "nach": (
        "Berlin (dpa) - Bundesaußenministerin Anna Berger fliegt am Mittwoch zu Gesprächen mit ihrem "
        "portugiesischen Amtskollegen Rui Fontes nach Lissabon.\n",
        "Lissabon",
    ),
    # a visit to a counterpart in a city names no post
    "counterpart-nach": (
        "Berlin (dpa) - Bundesaußenministerin Anna Berger fliegt am Mittwoch zu Gesprächen mit ihrem "
        "portugiesischen Kollegen nach Lissabon.\n",
        "Lissabon",
    ),
    # a Spanish visit is where the visitor arrives
    "llego-a": (
        "La presidenta de Varnia, Elena Soto, llegó a Cartagena para una visita oficial en la que se reunirá con su "
        "homólogo, Andrés Villa.\n\nSoto fue recibida por el vicecanciller, Pedro Ilzarbe, en la sede la "
        "Cancillería.\n",
        "Cartagena",
    ),
    # a day before the venue is not part of it
    "day-venue": (
        "Berlin (dpa) - Bundeskanzler Karl Moser hat am Montag im Kanzleramt den Präsidenten von Moldanien, Jan "
        "Novak, empfangen.\n",
        "Kanzleramt",
    ),
    # a place inside a phrase that is none
    "inner-place": (
        "Bundespräsident Karl Moser traf seinen Amtskollegen Jan Novak am Hauptbahnhof in Graz.\n",
        "Graz",
    ),
    # a day between the verb of arriving and "a"
    "llego-hoy-a": (
        "El presidente de Varnia, Tomás Arriaga, llegó este lunes a Cartagena para una visita oficial de tres "
        "días.\n",
        "Cartagena",
    ),
    # a country that closes the sentence, its full stop no part of its name
    "country-full-stop": (
        "Президент Варнии Павел Сомов прибыл с государственным визитом в Казахстан.\n",
        "Казахстан",
    ),
    # a villa where the meeting was held beats the dateline
    "villa": (
        "Berlin (dpa) - Außenminister Karl Moser hat seinen Amtskollegen Jan Novak getroffen. Das Treffen fand in der "
        "Villa Borsig statt.\n",
        "Villa Borsig",
    ),
    # a verb after a venue's noun is no adjective of it, where adjectives stand before their noun
    "venue-verb": (
        "Die Bundeskanzlerin Eva Brandt hat den Präsidenten Jan Novak im Bundeskanzleramt empfangen.\n",
        "Bundeskanzleramt",
    ),
    "venue-verb-ru": (
        "Переговоры президента Варнии Павла Сомова и президента Моравии Яна Клеменса в Кремле завершились.\n",
        "Кремле",
    ),
    # a venue's noun before its name in quotes
    "quoted-venue": (
        "Президент Варнии Павел Сомов провел переговоры с президентом Моравии Яном Клеменсом в резиденции «Сосновый "
        "бор».\n",
        "резиденции «Сосновый бор»",
    ),
}


@pytest.mark.parametrize("case", sorted(LOCATIONS))
def test_the_place_of_a_brief(case):
    text, expected = LOCATIONS[case]
    assert briefparse.parse(text).location == expected


def test_a_settlement_noun_alone_is_no_place():
    text = "Novak musste wegen eines Defekts nach dem Stadt nochmal landen, dann flog er nach Graz.\n"
    doc = load_document(text, language="de")
    place = _place_in(doc, 0, len(text), set(), set())
    assert place is not None and place.text == "Graz"


def test_a_capitalised_nach_at_a_sentence_head_means_after():
    text = (
        "Außenminister Karl Moser ist seit zwei Tagen im Amt. Nach Paris besucht er Warschau und trifft dort seinen "
        "Amtskollegen Jan Nowak.\n"
    )
    assert briefparse.parse(text).location != "Paris"


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("российского военного ведомства", "российское военное ведомство"),
        ("Первому каналу", "Первый канал"),
        ("Интерфаксу", "Интерфакс"),
        ("Известия", "Известия"),  # a plural read as written
        ("МИД Варнии", "МИД Варнии"),  # an acronym stays
        ("Акорде", "Акорде"),  # a name the dictionary only guesses at stays
    ],
)
def test_russian_phrases_in_the_nominative(phrase, nominative):
    assert phrase_in_nominative(phrase) == nominative
