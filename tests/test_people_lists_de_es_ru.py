"""Participants of Spanish, Russian and German briefs: lists under a plural role, a side's members named in the
sentence after one that names no one, present-tense exchanges, and a name's case told past a title's complement.

The briefs are fictional, written for these tests.
"""

import briefparse
from briefparse.lang.ru_names import name_in_nominative


def _names(brief):
    return [p.name for p in brief.participants]


RUSSIAN_SIDES = """Президент Норландии и глава Валдории начали переговоры в Москве

Президент Норландии Павел Маринов и глава Валдории Игорь Светлов начали переговоры в Кремле.

Церемония продолжилась представлением членов официальных делегаций. Норландскую сторону представили \
первый вице-премьер Денис Горелов, вице-премьеры Алексей Кравец и Виталий Сомов, помощник президента \
Юрий Ласточкин.
"""


def test_russian_side_listed_under_plural_role_takes_part():
    names = _names(briefparse.parse(RUSSIAN_SIDES))
    for name in ("Денис Горелов", "Алексей Кравец", "Виталий Сомов", "Юрий Ласточкин"):
        assert name in names, names


RUSSIAN_DELEGATION = """Делегация правительства Норландии прибыла в Валдорию

Делегация правительства Норландии во главе с премьер-министром Павлом Мариновым прибыла в столицу Валдории \
для проведения переговоров.

В состав норландской делегации вошли вице-премьеры Дмитрий Черенков и Алексей Кравец, министр культуры \
Ольга Светлова.
"""


def test_russian_delegation_whose_adjective_splits_the_cue_takes_part():
    names = _names(briefparse.parse(RUSSIAN_DELEGATION))
    for name in ("Дмитрий Черенков", "Алексей Кравец", "Ольга Светлова"):
        assert name in names, names


def test_genitive_complement_of_a_title_does_not_tell_the_case():
    assert name_in_nominative("Ольга Любимова", "министр культуры") == "Ольга Любимова"
    assert name_in_nominative("Ольгой Любимовой", "с министром культуры") == "Ольга Любимова"


SPANISH_TABLE = """La presidenta de Valdoria se reúne con el vicecanciller de Norlandia

La presidenta de Valdoria, Lucía Mendel, se reunió este miércoles en el Palacio Nacional con el vicecanciller \
de Norlandia, Paul Marin.

Ambas partes estuvieron acompañadas de sus delegaciones, según consta en la fotografía difundida.

En la mesa estuvieron Tomás Wendt, embajador de Norlandia en Valdoria; Rosa Aldana Ferrer, titular de la \
Secretaría de Relaciones Exteriores, y otros funcionarios.
"""


def test_spanish_members_named_after_a_sentence_that_names_no_one():
    names = _names(briefparse.parse(SPANISH_TABLE))
    assert "Tomás Wendt" in names and "Rosa Aldana Ferrer" in names, names


GERMAN_EXCHANGE = """Marin berät mit Kollegin aus Valdoria

Berlin - Der norländische Außenminister Paul Marin berät sich am Freitag per Videokonferenz mit Kolleginnen. \
Zunächst tauscht sich Marin mit der valdorischen Außenministerin Ann Lindqvist aus.
"""


def test_german_present_tense_exchange_is_an_encounter():
    names = _names(briefparse.parse(GERMAN_EXCHANGE))
    assert "Ann Lindqvist" in names, names


FRENCH_GLUED = """Entretien téléphonique entre les présidents de Valdoria et de Norlande

Paul Marin et Jean Vasseur se sont entretenus par téléphone lundi. Il s'agit de leur troisième conversation \
téléphonique depuis janvier.Les chefs de la diplomatie valdorien et norlandais, Pierre Aubel et Marc Tissot, \
doivent s'entretenir mardi, selon Valdoria.
"""


def test_french_glued_clause_of_a_talk_to_come_is_not_the_call():
    names = _names(briefparse.parse(FRENCH_GLUED))
    assert "Paul Marin" in names and "Jean Vasseur" in names, names
    assert "Pierre Aubel" not in names and "Marc Tissot" not in names, names


SPANISH_CEREMONY = """El presidente de Valdoria recibe a su homólogo de Norlandia

El presidente Tomás Wendt recibió hoy en el Palacio Nacional a su homólogo de Norlandia, Paul Marin.

En la ceremonia de recibimiento estuvieron la vicepresidenta Rosa Aldana Ferrer y la primera dama, \
Lucía Mendel de Wendt.
"""


def test_spanish_those_present_after_an_article():
    names = _names(briefparse.parse(SPANISH_CEREMONY))
    assert "Rosa Aldana Ferrer" in names and "Lucía Mendel de Wendt" in names, names


SPANISH_LIST_GOES_ON = """El presidente de Valdoria recibe al presidente de Norlandia

El presidente Tomás Wendt recibió este mediodía al presidente de Norlandia, Paul Marin, en el Palacio Nacional.

En la reunión participan también los secretarios de Relaciones Exteriores, Rosa Aldana Ferrer; de Economía, \
Julia Berend Sosa. Así como el jefe de la Oficina de Presidencia, Mario Kessel Duran.
"""


def test_spanish_list_that_goes_on_in_a_sentence_of_its_own():
    names = _names(briefparse.parse(SPANISH_LIST_GOES_ON))
    assert "Julia Berend Sosa" in names and "Mario Kessel Duran" in names, names


RUSSIAN_NEUTER = """Маринов провел встречу с правительством Норландии

Во вторник в администрации президента состоялась встреча Павла Маринова и всего состава правительства.

На ней присутствовало руководство администрации, премьер Игорь Светлов и все министры.
"""


def test_russian_neuter_verb_after_a_collective_subject():
    names = _names(briefparse.parse(RUSSIAN_NEUTER))
    assert "Игорь Светлов" in names, names


SPANISH_OFFICES = """El presidente de Valdoria recibe al presidente de Norlandia

El presidente Tomás Wendt recibió este mediodía al presidente de Norlandia, Paul Marin, en el Palacio Nacional.

En la reunión participan también los secretarios de Relaciones Exteriores, Rosa Aldana Ferrer; de Hacienda y \
Crédito Público, Julia Berend Sosa.
"""


def test_spanish_office_of_a_listed_item_is_no_person():
    names = _names(briefparse.parse(SPANISH_OFFICES))
    assert "Julia Berend Sosa" in names, names
    assert "Crédito Público" not in names, names


SPANISH_HOSTS_WAITING = """Comenzó la visita oficial del presidente de Norlandia a Valdoria

Con honores militares fue recibido este martes en la Casa Azul el presidente de Norlandia, Tomás Arriaga Lunar.

Al mandatario norlandés, quien llegó con su esposa, Clara Benítez, lo esperaban en la explanada el presidente de \
Valdoria, Rodrigo Salcedo Peña, y su esposa, Inés Mora de Salcedo.
"""


def test_spanish_hosts_waiting_for_a_guest_take_part():
    names = _names(briefparse.parse(SPANISH_HOSTS_WAITING))
    for name in ("Tomás Arriaga Lunar", "Rodrigo Salcedo Peña", "Inés Mora de Salcedo"):
        assert name in names, names
