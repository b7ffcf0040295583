"""The main text of a web page: the headline, then the article body's paragraphs.

1. The article container: an element marked `itemprop="articleBody"` or with an article-body class
   (`entry-content`, `article-body`, `story-body`, ...), else the `<article>` with the most paragraph
   text, else the element whose direct paragraphs hold the most text (a small readability score),
   else the whole `<body>`.
2. Inside it, whole subtrees are skipped: scripts, styles, navigation, menus, header and footer,
   forms, figures, and elements whose class or id names a cookie banner, a share widget, a
   related-articles list, comments, a newsletter box, an advert or a byline.
3. Each block element (paragraph, heading, list item, quote, table cell, `<br>`) becomes a line;
   list items and short paragraphs that are mostly links are dropped.
4. The page's title goes first when the container does not start with it.
"""

from __future__ import annotations

from functools import cache

from briefparse.lazy_regex import lazy_compile


def _words(text: str) -> list[str]:
    return text.split()


_DROP_TAGS = frozenset(
    _words(
        "script style noscript nav header footer aside form iframe svg button select option template figure "
        "figcaption object embed video audio canvas map dialog menu input textarea label"
    )
)
_BLOCK_TAGS = frozenset(
    _words(
        "p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt div section article main br tr table ul ol dl hr "
        "address center"
    )
)
_BODY_CLASS = lazy_compile(
    r"article[-_]?body|articlebody|article__body|story[-_]?body|entry[-_]content|post[-_]content|post[-_]body|"
    r"article[-_]content|article[-_]?text|content[-_]body|post[-_]entry|story[-_]content|field-name-body|"
    r"body[-_]text|main[-_]text|articlecontent|post__content|rich-text|text-content|single-content|"
    r"news-content|news-text|article__content|story__body|c-entry-content|blog-content|entry-body"
)
_JUNK_WORDS = (
    r"share|sharing|sharebar|social|related|recommend\w*|comments?|comment-\w+|cookie\w*|consent|gdpr|"
    r"banner|newsletter|subscribe|subscription|promo|advert\w*|ads?|ad-\w+|sponsor\w*|sidebar|widget|"
    r"menu|nav|navbar|navigation|breadcrumbs?|footer|header|masthead|toolbar|tags|taglist|bio|author-bio|"
    r"popup|modal|overlay|paywall|print|pagination|pager|teaser|outbrain|taboola|disqus|byline|meta|"
    r"caption|credits?|skip|hidden|visually-hidden|sr-only|rating|more-stories|read-more|readmore|"
    r"topics|trending|popular|most-read|follow|signup|login|search"
)
_JUNK = lazy_compile(rf"(?:^|[-_])(?:{_JUNK_WORDS})(?:$|[-_])")
_ALWAYS_JUNK = lazy_compile(r"comment|cookie|consent|share|social|related|newsletter|disqus|outbrain|taboola")
_MIN_PARAGRAPH = 25
# blocks checked for being mostly links, up to this many child elements (a big container never is)
_LINK_CHECKED = {"li": 10**6, "p": 10**6, "div": 3, "dd": 3, "dt": 3, "h2": 3, "h3": 3, "h4": 3, "td": 3, "section": 3}


def main_text(root, title: str | None) -> str:
    """The headline and the article's paragraphs, one block a line, blank lines between blocks."""
    body = root.find("body")
    if body is None:
        body = root
    container = _container(body)
    lines = _lines(container)
    if not lines and container is not body:
        lines = _lines(body)
    if title and (not lines or title.casefold() not in " ".join(lines[:3]).casefold()):
        lines.insert(0, title)
    return "\n\n".join(lines)


def _container(body):
    marked = []
    for element in body.iter("div", "section", "article", "main", "td"):
        if (element.get("itemprop") or "").lower() == "articlebody":
            marked.append(element)
            continue
        attributes = element.get("class")
        identifier = element.get("id")
        if (attributes or identifier) and _BODY_CLASS.search(f"{attributes} {identifier}".lower()):
            marked.append(element)
    best = _most_text(marked)
    if best is not None:
        return best
    best = _most_text(list(body.iter("article")))
    if best is not None:
        return best
    best = _densest(body)
    return body if best is None else best


@cache
def _string():
    from lxml import etree

    return etree.XPath("string()")


def _paragraph_text(element) -> int:
    string = _string()
    return sum(len(string(p).strip()) for p in element.iter("p"))


def _most_text(elements: list):
    scored = [(_paragraph_text(e), e) for e in elements]
    scored = [(s, e) for s, e in scored if s >= 2 * _MIN_PARAGRAPH * 4]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    # the outermost of the elements holding nearly all of the best text (nested matches)
    return next(e for s, e in scored if s >= 0.8 * top)


def _densest(body):
    scores: dict = {}
    for paragraph in body.iter("p"):
        length = len(_string()(paragraph).strip())
        if length < _MIN_PARAGRAPH:
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + length
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + length / 2
    if not scores:
        return None
    best, score = max(scores.items(), key=lambda item: item[1])
    return best if score >= 200 else None


def _is_junk(element) -> bool:
    if element.tag in _DROP_TAGS:
        return True
    attributes = ((element.get("class") or "") + " " + (element.get("id") or "")).strip().lower()
    if not attributes:
        return element.get("hidden") is not None or element.get("aria-hidden") == "true"
    if not any(_JUNK.search(token) for token in attributes.split()):
        return False
    if _ALWAYS_JUNK.search(attributes):
        return True
    long_paragraphs = sum(1 for p in element.iter("p") if len(_string()(p)) > 150)
    return long_paragraphs < 2


def _lines(container) -> list[str]:
    from lxml import etree

    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text and (not lines or lines[-1] != text):
            lines.append(text)

    walker = etree.iterwalk(container, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            if element is not container and (_is_junk(element) or _is_link_block(element)):
                walker.skip_subtree()
                continue
            if element.text:
                buffer.append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if element.tail and element is not container:
                buffer.append(element.tail)
    flush()
    return lines


def _is_link_block(element) -> bool:
    return _LINK_CHECKED.get(element.tag, 0) > len(element) and _mostly_links(element)


def _mostly_links(element) -> bool:
    text = _string()(element).strip()
    if not text:
        return False
    linked = sum(len(_string()(a).strip()) for a in element.iter("a"))
    return linked / len(text) > 0.6 and (element.tag == "li" or len(text) < 200)
