"""Page metadata: each source, and the order of trust between them (pages written for these tests)."""

import datetime as dt
import json

import pytest

import briefparse
from briefparse.load.html import html_to_text
from briefparse.load.html_authors import clean_name, split_names

BODY = "<p>The two ministers met in Geneva on Tuesday and discussed the cooperation between their countries.</p>"


def page(head: str = "", body: str = BODY, lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head><title>Page title</title>{head}</head><body>{body}</body></html>'


def json_ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(key: str, value: str, attribute: str = "name") -> str:
    return f'<meta {attribute}="{key}" content="{value}">'


def metadata(markup: str):
    return html_to_text(markup)[1]


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Ministers meet in Geneva",
    "datePublished": "2021-03-02T09:00:00+01:00",
    "dateModified": "2021-03-05T10:00:00+01:00",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "publisher": {"@type": "Organization", "name": "The Daily Example"},
    "inLanguage": "en",
}


def test_json_ld_article_gives_every_field():
    found = metadata(page(json_ld(ARTICLE)))
    assert found.title == "Ministers meet in Geneva"
    assert found.published == "2021-03-02"
    assert found.modified == "2021-03-05"
    assert found.authors == ["Jane Doe", "John Roe"]
    assert found.site_name == "The Daily Example"


@pytest.mark.parametrize(
    "wrapped",
    [
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"}, ARTICLE]},
        [{"@type": "BreadcrumbList"}, ARTICLE],
        {**ARTICLE, "@type": ["ReportageNewsArticle"]},
    ],
    ids=["graph", "list", "reportage"],
)
def test_json_ld_inside_graph_list_and_other_article_types(wrapped):
    assert metadata(page(json_ld(wrapped))).published == "2021-03-02"


def test_opengraph_and_article_meta():
    head = (
        meta("og:title", "Ministers meet", "property")
        + meta("og:site_name", "Example News", "property")
        + meta("article:published_time", "2020-06-01T08:00:00Z", "property")
        + meta("article:author", "https://example.org/staff/jane", "property")
        + '<link rel="canonical" href="https://example.org/world/ministers-meet">'
    )
    found = metadata(page(head))
    assert (found.title, found.site_name, found.published) == ("Ministers meet", "Example News", "2020-06-01")
    assert found.url == "https://example.org/world/ministers-meet"
    assert found.authors == []  # a profile URL is not a name


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("dc.date", "2019-04-05", "2019-04-05"),
        ("DC.date.issued", "2019-04-05", "2019-04-05"),
        ("date", "2019-04-05T10:00", "2019-04-05"),
        ("pubdate", "20190405", "2019-04-05"),
        ("sailthru.date", "2019-04-05 10:00:00", "2019-04-05"),
        ("parsely-pub-date", "2019-04-05T10:00:00Z", "2019-04-05"),
    ],
)
def test_common_date_meta_names(key, value, expected):
    assert metadata(page(meta(key, value))).published == expected


def test_byl_and_author_meta_are_cleaned():
    assert metadata(page(meta("byl", "By JANE DOE and John Roe"))).authors == ["JANE DOE", "John Roe"]
    assert metadata(page(meta("author", "Jane Doe, Staff Writer"))).authors == ["Jane Doe"]


def test_itemprop_date_published():
    body = '<h1>Ministers meet</h1><span itemprop="datePublished" content="2018-11-20">20 Nov</span>' + BODY
    assert metadata(page(body=body)).published == "2018-11-20"


def test_time_element_near_the_headline_beats_times_further_down():
    body = (
        '<article><h1>Ministers meet</h1><p class="meta">By <a rel="author">Jane Doe</a>'
        ' <time datetime="2017-05-04T08:00">4 May</time></p>' + BODY + "</article>"
        '<aside class="related"><time datetime="2016-01-01">Old story</time></aside>'
    )
    found = metadata(page(body=body))
    assert found.published == "2017-05-04"
    assert found.authors == ["Jane Doe"]


def test_language_canonical_url_and_url_date():
    head = '<link rel="canonical" href="https://example.org/2015/03/12/ministers-meet/">'
    found = metadata(page(head, lang="fr-FR"))
    assert found.language == "fr"
    assert found.url == "https://example.org/2015/03/12/ministers-meet/"
    assert found.published == "2015-03-12"
    assert found.site_name == "example.org"


def test_visible_date_near_the_headline_in_another_language():
    body = '<h1>Minister treffen sich</h1><div class="artikel-datum">Dienstag, 29. Januar 2019</div>' + BODY
    assert metadata(page(body=body, lang="de")).published == "2019-01-29"


def test_trust_order_json_ld_then_opengraph_then_meta():
    head = meta("article:published_time", "2020-02-02", "property") + meta("date", "2020-03-03")
    assert metadata(page(json_ld(ARTICLE) + head)).published == "2021-03-02"
    assert metadata(page(head)).published == "2020-02-02"
    assert metadata(page(meta("date", "2020-03-03"))).published == "2020-03-03"


def test_published_is_the_original_date_not_the_update():
    head = meta("article:modified_time", "2022-01-10", "property")
    body = '<h1>Ministers meet</h1><p class="date">Updated 10 January 2022</p><p class="date">3 January 2022</p>'
    found = metadata(page(head, body + BODY))
    assert found.published == "2022-01-03"
    assert found.modified == "2022-01-10"


def test_a_stated_date_later_than_the_dated_address_gives_way_to_it():
    head = meta("article:published_time", "2019-06-17", "property")
    head += '<link rel="canonical" href="https://example.org/2017/7/12/a-story">'
    assert metadata(page(head)).published == "2017-07-12"


def test_future_and_too_old_visible_dates_are_rejected():
    future = (dt.date.today() + dt.timedelta(days=400)).strftime("%d.%m.%Y")
    body = f'<h1>Program</h1><p class="date">{future}</p><p class="date">12.01.1990</p>' + BODY
    assert metadata(page(body=body)).published is None
    body = f'<h1>Program</h1><p class="date">{future}</p><p class="date">12.01.2014</p>' + BODY
    assert metadata(page(body=body)).published == "2014-01-12"
    assert metadata(page(meta("dc.date", "1987-05-01"))).published == "1987-05-01"  # explicit metadata


def test_a_date_after_the_page_s_own_modification_is_rejected():
    head = meta("article:modified_time", "2016-03-01", "property")
    body = '<h1>Program</h1><p class="date">12.05.2016</p><p class="date">02.02.2016</p>' + BODY
    assert metadata(page(head, body)).published == "2016-02-02"


def test_title_drops_a_trailing_site_name_but_keeps_a_dash_in_the_headline():
    head = meta("og:title", "Hating pigeons - a short history | Example News", "property")
    head += meta("og:site_name", "Example News", "property")
    assert metadata(page(head)).title == "Hating pigeons - a short history"


def test_written_byline_when_metadata_has_no_author():
    body = "<h1>Ministers meet</h1><p>Von Claudia Muster</p>" + BODY
    assert metadata(page(body=body, lang="de")).authors == ["Claudia Muster"]


def test_organisation_author_only_when_no_person_is_named():
    org = {**ARTICLE, "author": {"@type": "Organization", "name": "The Daily Example"}}
    assert metadata(page(json_ld(org))).authors == ["The Daily Example"]
    body = '<h1>Ministers meet</h1><p class="byline">By Jane Doe</p>' + BODY
    assert metadata(page(json_ld(org), body)).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe, and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Von Max Muster und Erika Muster", ["Max Muster", "Erika Muster"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
    ],
)
def test_split_names(raw, names):
    assert [clean_name(n) for n in split_names(raw)] == names


@pytest.mark.parametrize("raw", ["AFP", "Reuters", "Staff", "CNN Staff", "jane@example.org", "@janedoe", "AP/dpa"])
def test_not_person_names(raw):
    assert not [n for n in split_names(raw) if clean_name(n)]


def test_pipeline_carries_the_page_metadata_into_the_brief():
    import briefparse

    head = json_ld(ARTICLE) + '<link rel="canonical" href="https://example.org/a">'
    brief = briefparse.parse(page(head).encode("utf-8"))
    assert (brief.title, brief.published, brief.site_name, brief.url) == (
        "Ministers meet in Geneva",
        "2021-03-02",
        "The Daily Example",
        "https://example.org/a",
    )
    assert brief.authors == ["Jane Doe", "John Roe"]
    assert brief.evidence.published.basis == "metadata"


def test_a_redirecting_page_takes_the_address_it_sends_to():
    script = '<script>document.cookie="x=1"; location.href="https://example.org/20200428/a-story?x=1";</script>'
    found = metadata(page(script, body="<p>Please wait while we check your browser.</p>"))
    assert found.url == "https://example.org/20200428/a-story?x=1"
    assert found.published == "2020-04-28"
    refresh = '<meta http-equiv="refresh" content="0; url=https://example.org/news/b">'
    assert metadata(page(refresh)).url == "https://example.org/news/b"


def test_broken_or_odd_json_ld_is_skipped_without_harm():
    odd = {"@type": {"x": 1}, "headline": ["a"], "author": [None, 1, {"name": ["Ann", "Poe"]}], "datePublished": [1]}
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' + json_ld(odd)
    head += json_ld({"@type": "NewsArticle", "datePublished": "2020-13-45"}) + meta("date", "2020-01-02")
    found = metadata(page(head))
    assert found.published == "2020-01-02"
    assert found.title == "Page title"


def test_a_sentence_starting_with_a_cue_word_is_no_byline():
    body = "<h1>Reise</h1><p>Von Berlin aus fuhr der Minister weiter nach Prag.</p>" + BODY
    assert metadata(page(body=body, lang="de")).authors == []
    body = "<h1>Reise</h1>" + BODY + "<p><strong>Autorin: Uta Muster, Leiterin des Büros in Tunis.</strong></p>"
    assert metadata(page(body=body, lang="de")).authors == ["Uta Muster"]


def test_url_dates_in_several_shapes():
    from briefparse.load.html_dates import url_date

    for url in ("https://x.org/2020/01/20/a", "https://x.org/20200120/a", "https://x.org/a/2020-01-20-b",
                "https://x.org/news/2020/jan/20/a", "https://x.org/2020/1/20/a"):  # fmt: skip
        assert url_date(url) == (dt.date(2020, 1, 20), None), url
    assert url_date("https://x.org/2020/01/a-story") == (None, dt.date(2020, 1, 1))


def test_an_updated_date_written_on_the_page_bounds_the_visible_dates():
    body = '<h1>Rathaus</h1><p class="date">15.11.2017</p><p class="date">02.10.2017</p>' + BODY
    body += "<p>[Stand: 09.10.2017, 01:40 Uhr]</p>"
    assert metadata(page(body=body, lang="de")).published == "2017-10-02"


@pytest.mark.parametrize("raw", ["The Associated Press", "Editorial Board", "Newsdesk", "Web Desk"])
def test_desks_and_boards_are_not_people(raw):
    assert not [n for n in split_names(raw) if clean_name(n)]


def test_publishing_platform_is_not_the_site_name():
    article = {**ARTICLE, "publisher": {"@type": "Organization", "name": "Blogger"}}
    head = meta("generator", "blogger") + meta("og:site_name", "Valley Courier", "property") + json_ld(article)
    assert metadata(page(head)).site_name == "Valley Courier"


def test_json_ld_publisher_is_the_site_name_when_no_platform_claims_it():
    head = meta("generator", "WordPress 6.4") + meta("og:site_name", "Courier", "property") + json_ld(ARTICLE)
    assert metadata(page(head)).site_name == "The Daily Example"


def test_json_ld_person_author_named_like_the_site_is_kept():
    article = {**ARTICLE, "author": {"@type": "Person", "name": "Valley Courier"}, "publisher": None}
    head = meta("og:site_name", "Valley Courier | news from the valley", "property") + json_ld(article)
    body = '<h1>Ministers meet</h1><p class="byline">By Theme Makers</p>' + BODY
    assert metadata(page(head, body)).authors == ["Valley Courier"]


def test_page_wide_dates_give_the_oldest_frequent_one():
    from briefparse.load.html_dates import page_wide_date

    links = "".join(f'<a href="/{d}/story">x</a>' for d in ["2019/03/04"] * 3 + ["2019/05/06"] * 2 + ["2018/11/12"])
    assert page_wide_date(links, dt.date(2020, 1, 1)) == dt.date(2018, 11, 12)
    stray = "".join(f'<a href="/{d}/story">x</a>' for d in ["2019/03/04"] * 12 + ["2019/01/02"])
    assert page_wide_date(stray, dt.date(2020, 1, 1)) == dt.date(2019, 3, 4)


def test_the_end_of_a_period_is_not_the_publication_date():
    body = "<h1>Tunnel closed</h1><p>The tunnel is closed from 24 April to 2 October 2017.</p>" + BODY
    assert metadata(page(body=body)).published is None
    body = "<h1>Tunnel closed</h1><p>Posted 3 April 2017. The tunnel is closed until 2 October 2017.</p>" + BODY
    assert metadata(page(body=body)).published == "2017-04-03"


def test_a_page_without_headline_is_as_old_as_its_oldest_timestamp():
    posts = "".join(
        f'<div class="post"><abbr title="{day} October 2017" data-utime="{epoch}">{day} Oct</abbr>'
        "<p>Autumn in the mountains.</p></div>"
        for day, epoch in [(8, 1507453920), (6, 1507287600)]
    )
    assert metadata(page(body=posts)).published == "2017-10-06"


def test_a_software_notice_in_a_comment_is_not_the_page_s_copyright():
    from briefparse.load.html_dates import copyright_year

    markup = "<!-- This site runs on a CMS, copyright 1998-2022 of its authors --><p>© 2019 Valley Courier</p>"
    assert copyright_year(markup) == 2019
    assert copyright_year("<!-- copyright 2022 --><p>No notice here</p>") is None


def test_a_short_date_just_above_the_headline():
    body = '<div class="kicker"><span>02.12.19</span></div><h1>Ministers meet</h1>' + BODY
    assert metadata(page(body=body, lang="de")).published == "2019-12-02"


def test_the_month_folder_of_uploaded_images_is_a_last_resort():
    from briefparse.load.html_dates import page_wide_date

    images = '<img src="/files/2017-08/harbour.jpg"><a href="http://www.w3.org/2000/01/rdf-schema#">x</a>'
    assert page_wide_date(images, dt.date(2020, 1, 1)) == dt.date(2017, 8, 1)
    assert page_wide_date('<img src="/uploads/2016/06/10.000-horses.jpg">', dt.date(2020, 1, 1)) == dt.date(2016, 6, 1)


def test_a_copyright_year_dates_neither_the_event_nor_the_text_s_own_date():
    page = (
        "<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>"
        "<p>Foreign Minister Sara Olund met her counterpart Paul Ndiaye in Port Edrin on Monday to discuss the "
        "ferry line and the grain accord.</p></article><footer>© 2024 The Harbour Times</footer></body></html>"
    )
    brief = briefparse.parse(page.encode())
    assert brief.published is None  # a brief dated by its publication ("on Monday"): the footer's year is no date
    assert brief.date is None  # "Monday" of which week? Not the one before 1 January 2024


def test_a_heading_s_script_is_no_part_of_its_text():
    page = (
        "<html><body><h1>Ministers meet in Lisbon<script>var tag = '<p>ad</p>';</script></h1>"
        "<p>The two ministers met on Monday in Lisbon and talked about trade.</p></body></html>"
    )
    text, meta = html_to_text(page)
    assert text.startswith("Ministers meet in Lisbon\n")
    assert "var tag" not in text
    assert meta.title == "Ministers meet in Lisbon"
