"""A paragraph of one long sentence between the headline and the paragraph that opens on the dateline is a photo's
caption or a standfirst: the dateline's paragraph is the story's lead, whose party all take part; a city and a date
alone on a line under the story (a signature) open no lead."""

import briefparse


def test_the_dateline_paragraph_under_a_caption_is_the_lead():
    text = (
        "Prime Minister Tom Rarua meets with Tonga Prime Minister in Fiji ahead of Forum Meeting\n\n"
        "Prime Minister the Honourable Tom Rarua meets with Tonga Prime Minister the Honourable Sione Vaka in Suva "
        "this week ahead of the upcoming Forum Meeting.\n\n"
        "Suva, Fiji, 15 May 2025 - Prime Minister the Honourable Tom Rarua supported by Foreign Secretary Mele "
        "Tupou, met with Tonga Prime Minister the Honourable Sione Vaka yesterday in Suva at the Tonga High "
        "Commission ahead of the upcoming Forum Meeting.\n\n"
        "The two leaders discussed shipping and labour mobility.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert sorted(names) == ["Mele Tupou", "Sione Vaka", "Tom Rarua"]


def test_a_signature_line_under_the_story_opens_no_lead():
    text = (
        "Comunicado de prensa\n\n"
        "El Gobierno de Valdoria condena los hechos de violencia ocurridos ayer en la capital de Norlandia y "
        "manifiesta su solidaridad con las víctimas.\n\n"
        "Valdoria reitera su rechazo a todo acto de violencia.\n\n"
        "Montevideo, 5 de agosto de 2018\n"
    )
    points = [p if isinstance(p, str) else p.text for p in briefparse.parse(text).summary_points]
    assert points and points[0].startswith("El Gobierno de Valdoria condena")
