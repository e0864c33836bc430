"""Site-wide gates: axe-core finds no violation of any impact on any page type, at 1280 and
390 px, in light and dark, with the quizzes answered; every internal link and anchor resolves;
no page asks for anything outside the site. Screenshots of every page type land in
.build/screenshots/ for people to look at.

axe-core comes from the PyPI wheel axe-playwright-python (pinned in the Makefile), which ships
axe.min.js: the file is read from the installed package and injected, nothing is fetched."""
import html.parser
import json
import importlib.util
import pathlib
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".build" / "screenshots"
WIDTHS = {"wide": (1280, 900, False), "phone": (390, 844, True)}


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        pytest.skip("axe-playwright-python is installed by 'make test-deps'")
    return (pathlib.Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


def page_types(site):
    """One page of each kind, plus every lesson."""
    pages = {"index": "index.html", "glossary": "glossary.html", "faq": "faq.html", "library": "library.html",
             "search": "search.html?q=relu", "404": "404.html"}
    tags = sorted((site / "tags").glob("*.html"))
    assert tags, "no tag pages"
    pages["tag"] = f"tags/{tags[0].name}"
    for lesson in sorted((site / "lessons").glob("*.html")):
        pages[f"lesson-{lesson.stem}"] = f"lessons/{lesson.name}"
    return pages


def url(site, relative):
    path, _, query = relative.partition("?")
    return (site / path).resolve().as_uri() + (f"?{query}" if query else "")


ANSWER_ALL = """
document.querySelectorAll('form.quiz').forEach(function (form, n) {
  var key = (form.getAttribute('data-key') || '').split(',');
  var text = form.querySelector('input[inputmode=decimal]');
  if (text) { text.value = n % 2 ? '12345' : form.getAttribute('data-key'); }
  form.querySelectorAll('.quiz-options input').forEach(function (input, i) {
    input.checked = n % 2 ? i === 0 : key.indexOf(input.value) >= 0;
  });
  var submit = form.querySelector('.quiz-submit');
  if (submit && !submit.hidden && !submit.disabled) submit.click();
});"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_axe_finds_no_violations(site, browser, width, scheme):
    source = axe_source()
    w, h, mobile = WIDTHS[width]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    browser.set_script_timeout(60)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    failures = []
    for name, relative in page_types(site).items():
        browser.get(url(site, relative))
        browser.execute_async_script("document.fonts.ready.then(arguments[arguments.length - 1])")
        if name.startswith("lesson"):
            browser.execute_script(ANSWER_ALL)
        browser.execute_script("window.dispatchEvent(new Event('resize'))")
        browser.execute_script(source)
        result = browser.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
            "    nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || '').slice(0, 160); })}; }));"
            "}, function (e) { done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]); });")
        if result:
            failures.append((name, result))
        if scheme == "light" or name in ("index", "lesson-relu"):
            # The full page, not only the first screen: the viewport grows to the page's height.
            height = browser.execute_script("return Math.min(document.documentElement.scrollHeight, 12000)")
            browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": w, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
            browser.save_screenshot(str(SCREENSHOTS / f"{name}-{width}-{scheme}.png"))
            browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})
    assert failures == [], failures


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()
        self.references = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for name in ("href", "src", "action"):
            if attrs.get(name) is not None:
                self.references.append((tag, attrs[name]))


def test_every_internal_link_and_anchor_resolves(site):
    parsed = {}
    for path in sorted(site.rglob("*.html")):
        collector = _Links()
        collector.feed(path.read_text(encoding="utf-8"))
        parsed[path.resolve()] = collector
    broken = []
    checked = 0
    for path, collector in parsed.items():
        for tag, reference in collector.references:
            parts = urllib.parse.urlsplit(reference)
            if parts.scheme or reference.startswith("//"):
                continue  # external: the next test proves pages never load one
            target = (path.parent / urllib.parse.unquote(parts.path)).resolve() if parts.path else path
            checked += 1
            if not target.exists():
                broken.append((str(path.relative_to(site.resolve())), reference))
                continue
            if parts.fragment and target.suffix == ".html":
                if urllib.parse.unquote(parts.fragment) not in parsed[target].ids:
                    broken.append((str(path.relative_to(site.resolve())), reference))
    assert checked > 100
    assert broken == []


def requested(driver):
    """The URLs the page asked for since the last call, from DevTools' network events (file://
    loads do not appear in the Resource Timing API)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_no_page_requests_anything_outside_the_site(site, browser):
    root = site.resolve().as_uri()
    outside = []
    for name, relative in page_types(site).items():
        requested(browser)
        browser.get(url(site, relative))
        if name.startswith("lesson"):
            browser.execute_script(ANSWER_ALL)
        browser.execute_async_script("document.fonts.ready.then(arguments[arguments.length - 1])")
        urls = requested(browser)
        assert any(u.endswith("assets/site.css") for u in urls), (name, urls)
        outside += [(name, u) for u in urls if not (u.startswith(root) or u.startswith("data:"))]
    assert outside == []


def test_every_page_type_has_a_screenshot_after_the_axe_run(site):
    """Runs after the axe tests in file order; skipped when they were not selected."""
    if not SCREENSHOTS.exists():
        pytest.skip("the axe tests write the screenshots")
    names = {p.name for p in SCREENSHOTS.glob("*.png")}
    for name in page_types(site):
        for width in WIDTHS:
            assert f"{name}-{width}-light.png" in names
