"""Search: the ranking and stemming of templates/assets/search.js run under node, and the built
search page driven with the keyboard in headless Chromium."""
import json
import pathlib
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "templates" / "assets" / "search.js"
EQUIVALENCE = pathlib.Path(__file__).resolve().parent / "search_equivalence.js"

INDEX = [
    {"k": "lesson", "t": "The modern default", "c": "Rectifiers", "u": "lessons/relu.html#default",
     "x": "ReLU keeps positive inputs and zeroes negative ones, so gradients do not vanish."},
    {"k": "glossary", "t": "ReLU", "u": "glossary.html#relu", "x": "The rectified linear unit: max(0, x)."},
    {"k": "lesson", "t": "Squashing functions", "c": "Sigmoid and tanh", "u": "lessons/sigmoid.html#squash",
     "x": "Sigmoid maps to probabilities between zero and one; its gradient is small for large inputs."},
    {"k": "faq", "t": "Where does softmax belong?", "u": "faq.html#softmax",
     "x": "When the output is one class out of several; it yields a probability for each class."},
    {"k": "lesson", "t": "Boxes and losses", "u": "lessons/loss.html", "x": "A loss compares predictions with targets."},
]


def run_node(expression):
    """Evaluates `expression` with search.js loaded as `s` and the test index prepared as `p`."""
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node is not installed")
    program = (f"const s = require({json.dumps(str(SCRIPT))});"
               f"const p = s.prepare({json.dumps(INDEX)});"
               f"process.stdout.write(JSON.stringify({expression}));")
    output = subprocess.run([node, "-e", program], check=True, capture_output=True, text=True).stdout
    return json.loads(output)


@pytest.mark.parametrize("word, stem", [
    ("functions", "function"), ("boxes", "box"), ("probabilities", "probability"), ("losses", "loss"),
    ("loss", "loss"), ("relus", "relu"), ("gradients", "gradient"), ("matches", "match"), ("relu", "relu"),
])
def test_plural_stemming(word, stem):
    assert run_node(f"s.stem({json.dumps(word)})") == stem


def titles(query):
    return run_node(f"s.search(p, {json.dumps(query)}).map(r => r.doc.t)")


def test_title_matches_rank_above_body_matches():
    # "ReLU" is the glossary entry's title and only body text of the lesson section.
    assert titles("relu") == ["ReLU", "The modern default"]


def test_prefix_matching_finds_partial_words():
    assert titles("soft") == ["Where does softmax belong?"]
    assert titles("squash") == ["Squashing functions"]


def test_plural_and_singular_find_each_other():
    # One body match each: the tie goes to the FAQ entry, ahead of lessons.
    assert titles("probability") == ["Where does softmax belong?", "Squashing functions"]
    assert titles("box") == ["Boxes and losses"]
    assert titles("loss") == ["Boxes and losses"]


def test_every_query_word_must_match():
    assert titles("sigmoid gradient") == ["Squashing functions"]
    assert titles("sigmoid softmax") == []
    assert titles("   ") == []


def test_excerpt_centres_on_the_match():
    text = "filler " * 40 + "the vanishing gradient appears here " + "tail " * 40
    excerpt = run_node(f"s.excerpt({json.dumps(text)}, 'vanishing')")
    assert "vanishing gradient" in excerpt
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    assert len(excerpt) <= 170


def test_search_page_opens_a_result_with_the_keyboard(page):
    driver = page("search.html")
    box = driver.find_element(By.ID, "search-input")
    assert box.get_attribute("role") == "combobox"
    box.send_keys("relu")
    options = WebDriverWait(driver, 5).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    assert box.get_attribute("aria-expanded") == "true"
    box.send_keys(Keys.ARROW_DOWN)
    first = options[0]
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_UP)
    assert options[0].get_attribute("aria-selected") == "true"
    target = first.get_attribute("data-href")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith("/" + target))
    assert "relu" in driver.page_source.lower()


def test_query_string_from_the_header_form_runs_the_search(page, site):
    driver = page("search.html")
    driver.get((site / "search.html").resolve().as_uri() + "?q=softmax")
    WebDriverWait(driver, 5).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "softmax"
    assert "result" in driver.find_element(By.ID, "search-status").text


def test_every_page_has_a_search_form_pointing_at_the_search_page(site):
    for path in ["index.html", "glossary.html", "faq.html", "library.html"]:
        html = (site / path).read_text()
        assert 'role="search"' in html and 'search.html"' in html, path


def node_binary():
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node is not installed")
    return node


def test_the_split_index_finds_every_word_ranked_as_the_whole_index_would(site):
    output = subprocess.run([node_binary(), str(EQUIVALENCE), str(SCRIPT), str(site)],
                            check=True, capture_output=True, text=True).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    assert figures["docs"] > 50 and figures["queries"] > 1000
    assert figures["bad"] == 0, output


def test_the_search_page_loads_shards_only_when_a_query_needs_them(page, site):
    driver = page("search.html")
    loaded = lambda: driver.execute_script(
        "return Array.from(document.scripts).map(s => s.getAttribute('src') || '').filter(s => s.indexOf('search/') !== -1)")
    assert loaded() == []
    assert (site / "assets" / "search-index.js").stat().st_size < 1_000_000
    box = driver.find_element(By.ID, "search-input")
    # "rectifier" is body text of the ReLU lessons, held in a term shard loaded for this query.
    box.send_keys("rectifier")
    options = WebDriverWait(driver, 5).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    shards = loaded()
    assert any("/t" in src for src in shards) and any("/d" in src for src in shards)
    assert all((site / src).exists() for src in shards)
    assert any("relu" in option.get_attribute("data-href") for option in options)
    # A second query reuses what is loaded and adds only what it needs.
    box.clear()
    box.send_keys("rectifiers")
    WebDriverWait(driver, 5).until(
        lambda d: "rectifiers" in d.find_element(By.ID, "search-status").text)
    assert sorted(loaded()) == sorted(set(loaded()))
