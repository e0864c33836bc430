"""What a reader sees: typeset formulas that are never cut, plots readable on a phone, quiz
feedback in words, numbers read as typed, search that finds stems, tooltips that float,
keyboard navigation between lessons. Element boxes and computed styles, not screenshots."""
import json
import pathlib
import shutil
import subprocess

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import new_driver

# Three consecutive lessons (the first has a glossary link in a table) and the course's last.
LESSONS = ["lessons/why-non-linearity.html", "lessons/forward-pass.html", "lessons/sigmoid.html"]
LAST = "lessons/backpropagation.html"
TOTAL = 9


def phone(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})


def dark(driver):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})


def fonts_ready(driver):
    driver.execute_async_script("document.fonts.ready.then(arguments[arguments.length - 1])")


def click(driver, element):
    """Clicks after an instant scroll: site.css scrolls smoothly, which WebDriver's own scroll does not wait for."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def rect(driver, element):
    return driver.execute_script("var r = arguments[0].getBoundingClientRect();"
                                 "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};", element)


# ---------- math ----------

def test_formulas_use_the_shipped_math_font(page):
    driver = page(LESSONS[0])
    fonts_ready(driver)
    assert driver.execute_script("return document.fonts.check('16px \"Latin Modern Math\"')")
    family = driver.execute_script("return getComputedStyle(document.querySelector('math')).fontFamily")
    assert family.startswith('"Latin Modern Math"')
    loaded = driver.execute_script("return Array.from(document.fonts).filter(f => f.family.includes('Latin Modern Math')).map(f => f.status)")
    assert loaded == ["loaded"]


def test_a_display_sum_is_taller_than_the_letters_beside_it(page):
    driver = page("lessons/forward-pass.html")
    fonts_ready(driver)
    # XPath does not see MathML's namespace in an HTML page: find the elements with a script.
    sigma, letter = driver.execute_script("""
        var m = Array.from(document.querySelectorAll('math[display="block"]')).find(m => m.querySelector('munderover'));
        var sign = m.querySelector('munderover > mo');
        var w = Array.from(m.querySelectorAll('mi')).find(e => e.textContent === 'w' && !e.closest('msub, munderover'));
        return [sign, w];""")
    assert sigma.text == "∑"
    # Latin Modern's display-size summation sign is about 1.4 em tall, a "w" about 0.6 em.
    assert rect(driver, sigma)["height"] > 1.5 * rect(driver, letter)["height"]
    limits = driver.execute_script("return Array.from(arguments[0].parentNode.children)", sigma)
    sign, below, above = (rect(driver, e) for e in limits)
    assert below["top"] >= sign["bottom"] - 1 and above["bottom"] <= sign["top"] + 1


def test_a_cases_brace_spans_both_rows(page):
    driver = page("library.html")
    fonts_ready(driver)
    formula = driver.find_element(By.CSS_SELECTOR, "#relu .library-formula:nth-child(2) math")
    brace = driver.execute_script("return Array.from(arguments[0].querySelectorAll('mo')).find(e => e.textContent === '{')", formula)
    rows = driver.execute_script("return Array.from(arguments[0].querySelectorAll('mtr'))", formula)
    assert len(rows) == 2
    b, first, last = rect(driver, brace), rect(driver, rows[0]), rect(driver, rows[1])
    assert b["top"] <= first["top"] + 2 and b["bottom"] >= last["bottom"] - 2


@pytest.mark.parametrize("width", [1280, 390])
def test_no_formula_is_cut_and_wide_ones_scroll_by_keyboard(page, width):
    scrolling = 0
    for path in LESSONS + ["library.html", "glossary.html", "faq.html"]:
        driver = page(path)
        if width == 390:
            phone(driver)
            driver.get(driver.current_url)
        fonts_ready(driver)
        driver.execute_script("window.dispatchEvent(new Event('resize'))")
        report = driver.execute_script("""
            return Array.from(document.querySelectorAll('math[display="block"]')).map(function (m) {
              var box = m.getBoundingClientRect();
              var worst = 0;
              m.querySelectorAll('mi, mo, mn, mtext, mspace, mtr').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) return;
                worst = Math.max(worst, box.top - r.top, r.bottom - box.bottom);
              });
              return {worst: worst, vertical: m.scrollHeight - m.clientHeight,
                      scrolls: m.scrollWidth > m.clientWidth + 1, focusable: m.tabIndex === 0,
                      text: m.textContent.slice(0, 40)};
            });""")
        for formula in report:
            assert formula["worst"] <= 0.5, (path, formula)
            assert formula["vertical"] <= 1, (path, formula)
            assert formula["focusable"] == formula["scrolls"], (path, formula)
            scrolling += formula["scrolls"]
        if path == "library.html" and width == 1280:
            assert not any(f["scrolls"] for f in report), [f["text"] for f in report if f["scrolls"]]
    if width == 390:
        assert scrolling > 0  # the phone run exercises the scrolling case


def test_a_wide_formula_scrolls_with_the_arrow_keys_and_shows_a_cue(page):
    driver = page("library.html")
    phone(driver)
    driver.get(driver.current_url)
    fonts_ready(driver)
    driver.execute_script("window.dispatchEvent(new Event('resize'))")
    formula = driver.find_element(By.CSS_SELECTOR, 'math[display="block"][tabindex="0"]')
    assert "radial-gradient" in driver.execute_script("return getComputedStyle(arguments[0]).backgroundImage", formula)
    driver.execute_script("arguments[0].focus()", formula)
    formula.send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    WebDriverWait(driver, 3).until(lambda d: d.execute_script("return arguments[0].scrollLeft", formula) > 0)


# ---------- plots ----------

PLOT_TEXT = """
return Array.from(document.querySelectorAll('svg.plot')).map(function (svg) {
  var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return Array.from(svg.querySelectorAll('text')).map(function (t) {
    return parseFloat(getComputedStyle(t).fontSize) * scale;
  });
});"""


@pytest.mark.parametrize("path", ["lessons/relu.html", "lessons/sigmoid.html", "library.html"])
def test_plot_text_is_at_least_12px_on_a_phone_and_at_most_20_on_a_desktop(page, path):
    driver = page(path)
    desktop = [size for plot in driver.execute_script(PLOT_TEXT) for size in plot]
    phone(driver)
    driver.get(driver.current_url)
    small = [size for plot in driver.execute_script(PLOT_TEXT) for size in plot]
    assert small and min(small) >= 12, min(small)
    assert max(desktop) <= 20, max(desktop)  # titles are 16 units, at most 1.2 times


PLOT_TEXT_OUTSIDE = """
return Array.from(document.querySelectorAll('svg.plot')).flatMap(function (svg) {
  var box = svg.viewBox.baseVal;
  return Array.from(svg.querySelectorAll('text')).filter(function (t) {
    var b = t.getBBox();
    return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y < box.y - 0.5 || b.y + b.height > box.y + box.height + 0.5;
  }).map(function (t) { return svg.id + ': ' + t.textContent; });
});"""


def test_no_plot_text_runs_past_the_edge_of_its_chart(page, site):
    """Measured with the browser's own fonts: an SVG text never wraps, so a title or label longer
    than the chart is cut off at its edges."""
    paths = ["library.html"] + sorted(f"lessons/{p.name}" for p in (site / "lessons").glob("*.html"))
    checked = 0
    for path in paths:
        driver = page(path)
        fonts_ready(driver)
        checked += driver.execute_script("return document.querySelectorAll('svg.plot text').length")
        assert driver.execute_script(PLOT_TEXT_OUTSIDE) == [], path
    assert checked > 100


def test_a_series_on_the_frame_edge_keeps_its_whole_stroke(page):
    driver = page("library.html")
    svg = driver.find_element(By.ID, "plot-library-relu")
    clip = driver.execute_script("return arguments[0].querySelector('clipPath rect').getBBox()", svg)
    frame = driver.execute_script("return arguments[0].querySelector('.plot-axes rect').getBBox()", svg)
    prime = driver.execute_script("var p = arguments[0].querySelector('.plot-line-2'); var b = p.getBBox();"
                                  "return {y: b.y, bottom: b.y + b.height, stroke: parseFloat(getComputedStyle(p).strokeWidth)}", svg)
    # relu_prime is 0 on the left half: the line lies on the frame's bottom edge.
    assert abs(prime["bottom"] - (frame["y"] + frame["height"])) < 0.5
    assert prime["bottom"] + prime["stroke"] / 2 <= clip["y"] + clip["height"]


def test_the_x_label_names_the_legend_variable(page):
    for path in ["lessons/relu.html", "lessons/sigmoid.html", "library.html"]:
        driver = page(path)
        for svg in driver.find_elements(By.CSS_SELECTOR, "svg.plot"):
            label = svg.find_element(By.CSS_SELECTOR, "text.plot-label").get_attribute("textContent")
            variable = label.split()[-1]
            legends = [t.get_attribute("textContent") for t in svg.find_elements(By.CSS_SELECTOR, ".plot-legend text")]
            assert all(f"({variable}" in legend for legend in legends), (path, label, legends)


# ---------- quizzes ----------

def numeric_form(driver):
    return driver.find_element(By.CSS_SELECTOR, 'form.quiz[data-kind="numeric"]')


@pytest.mark.parametrize("typed, outcome", [
    ("0.5", "Correct."), ("1/2", "Correct."), ("5e-1", "Correct."), (" +0.5 ", "Correct."),
    ("-0.25", "Not quite"), ("\u22120.25", "Not quite"), ("1e-3", "Not quite"),
    ("0,5", "Write decimals with a point"), ("35", "Not quite"), ("abc", "not a number"),
])
def test_numeric_answers_are_read_as_typed(page, typed, outcome):
    driver = page("lessons/sigmoid.html")
    form = numeric_form(driver)
    field = form.find_element(By.CSS_SELECTOR, "input[inputmode=decimal]")
    assert field.get_attribute("type") == "text"
    field.send_keys(typed)
    assert field.get_attribute("value") == typed  # nothing dropped before the script reads it
    field.send_keys(Keys.ENTER)
    text = form.find_element(By.CSS_SELECTOR, ".quiz-feedback").text
    assert text.startswith(outcome) or outcome in text, text
    refused = outcome not in ("Correct.", "Not quite")
    assert ("is-answered" in form.get_attribute("class")) != refused


def test_a_comma_decimal_is_never_graded_as_a_larger_number(page):
    driver = page("lessons/sigmoid.html")
    form = numeric_form(driver)
    form.find_element(By.CSS_SELECTOR, "input").send_keys("3,5", Keys.ENTER)
    assert "is-answered" not in form.get_attribute("class")
    assert "point" in form.find_element(By.CSS_SELECTOR, ".quiz-feedback").text


def test_after_an_answer_each_option_says_right_or_wrong_and_which_was_chosen(page):
    driver = page("lessons/sigmoid.html")
    form = driver.find_elements(By.CSS_SELECTOR, 'form.quiz[data-kind="single"]')[0]
    options = form.find_elements(By.CSS_SELECTOR, ".quiz-options li")
    key = form.get_attribute("data-key").split(",")
    wrong = next(o for o in options if o.find_element(By.TAG_NAME, "input").get_attribute("value") not in key)
    click(driver, wrong.find_element(By.TAG_NAME, "label"))
    click(driver, form.find_element(By.CSS_SELECTOR, ".quiz-submit"))
    marks = [o.find_element(By.CSS_SELECTOR, ".quiz-mark").text for o in options]
    values = [o.find_element(By.TAG_NAME, "input").get_attribute("value") for o in options]
    for value, mark, option in zip(values, marks, options):
        expected = ("Your answer: " if option == wrong else "") + ("right" if value in key else "wrong")
        assert mark == expected
    # Trying again takes the marks away.
    click(driver, form.find_element(By.CSS_SELECTOR, ".quiz-retry"))
    assert form.find_elements(By.CSS_SELECTOR, ".quiz-mark") == []


def test_a_multiple_answer_quiz_says_select_all_that_apply(page):
    driver = page("lessons/relu.html")
    form = driver.find_element(By.CSS_SELECTOR, 'form.quiz[data-kind="multiple"]')
    instruction = form.find_element(By.CSS_SELECTOR, ".quiz-instruction")
    assert instruction.is_displayed() and instruction.text == "Select all that apply."
    single = driver.find_elements(By.CSS_SELECTOR, 'form.quiz:not([data-kind="multiple"]) .quiz-instruction')
    assert single == []


def test_without_javascript_enter_on_a_radio_does_not_reload(site, tmp_path):
    driver = new_driver(tmp_path / "profile", scripts=False)
    try:
        url = (site / "lessons/sigmoid.html").resolve().as_uri()
        driver.get(url)
        driver.execute_script("window.__marker = 1")
        radio = driver.find_element(By.CSS_SELECTOR, "form.quiz input[type=radio]")
        radio.send_keys(Keys.SPACE)
        radio.send_keys(Keys.ENTER)
        field = driver.find_element(By.CSS_SELECTOR, "form.quiz input[inputmode=decimal]")
        field.send_keys("0.5", Keys.ENTER)
        assert driver.current_url == url
        # The marker survives only if the page was not reloaded (scripts off does not stop execute_script).
        assert driver.execute_script("return window.__marker") == 1
    finally:
        driver.quit()


def test_the_index_continues_where_the_reader_stopped(page):
    driver = page("index.html")
    start = driver.find_element(By.CSS_SELECTOR, ".course-intro .start")
    assert start.text.startswith("Start with")
    driver = page(LESSONS[0])
    click(driver, driver.find_element(By.CSS_SELECTOR, ".lesson-finish"))
    driver = page("index.html")
    start = driver.find_element(By.CSS_SELECTOR, ".course-intro .start")
    second = driver.find_elements(By.CSS_SELECTOR, ".lesson-list li a")[1]
    assert start.text == f"Continue with “{second.text}”"
    assert start.get_attribute("href") == second.get_attribute("href")


def test_the_last_lesson_ends_with_a_course_summary(page):
    for path in LESSONS[:2]:
        assert page(path).find_elements(By.CSS_SELECTOR, ".course-end") == []
    driver = page(LESSONS[0])
    click(driver, driver.find_element(By.CSS_SELECTOR, ".lesson-finish"))
    driver = page(LAST)
    end = driver.find_element(By.CSS_SELECTOR, ".course-end")
    assert "Course finished" in end.text
    assert end.find_element(By.CSS_SELECTOR, ".course-end-summary").text.startswith(f"You have finished 1 of {TOTAL} lessons")


def test_reset_is_set_apart_from_mark_as_finished(page):
    driver = page(LESSONS[0])
    finish = driver.find_element(By.CSS_SELECTOR, ".lesson-finish")
    reset = driver.find_element(By.CSS_SELECTOR, ".lesson-progress-box .progress-reset")
    style = "var s = getComputedStyle(arguments[0]); return [s.color, s.borderColor, s.backgroundColor]"
    assert driver.execute_script(style, finish) != driver.execute_script(style, reset)
    assert rect(driver, reset)["left"] - rect(driver, finish)["right"] >= 16


def test_a_course_wide_reset_can_be_undone(page):
    driver = page(LESSONS[0])
    click(driver, driver.find_element(By.CSS_SELECTOR, ".lesson-finish"))
    driver = page("index.html")
    click(driver, driver.find_element(By.CSS_SELECTOR, ".progress-reset"))
    click(driver, driver.find_element(By.CSS_SELECTOR, ".progress-confirm-yes"))
    assert driver.find_element(By.CSS_SELECTOR, ".course-progress").text == f"0 of {TOTAL} lessons finished"
    click(driver, driver.find_element(By.CSS_SELECTOR, ".progress-undo"))
    assert driver.find_element(By.CSS_SELECTOR, ".course-progress").text == f"1 of {TOTAL} lessons finished"


# ---------- search ----------

def run_search(site, query):
    """The titles search.js ranks for `query` over the built site's split index, every shard loaded."""
    source = ("const fs = require('fs'), path = require('path'), vm = require('vm');"
              f"const site = {json.dumps(str(site))};"
              "const ctx = { shards: {} }; ctx.LECTERN_SEARCH_SHARD = (n, d) => { ctx.shards[n] = d; }; vm.createContext(ctx);"
              "vm.runInContext(fs.readFileSync(path.join(site, 'assets/search-index.js'), 'utf8'), ctx);"
              "for (const f of fs.readdirSync(path.join(site, 'assets/search'))) vm.runInContext(fs.readFileSync(path.join(site, 'assets/search', f), 'utf8'), ctx);"
              "const s = require(path.join(site, 'assets/search.js')); const t = ctx.LECTERN_SEARCH_INDEX;"
              f"console.log(JSON.stringify(s.searchShards(t, ctx.shards, {json.dumps(query)})"
              ".map(r => ctx.shards['d' + Math.floor(r.id / t.documentsPerShard)][r.id % t.documentsPerShard].t)))")
    out = subprocess.run(["node", "-e", source], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_search_matches_stems_and_ranks_titles_first(site):
    assert "Why do gradients vanish in deep networks?" in run_search(site, "vanishing")
    results = run_search(site, "relu")
    in_title = ["relu" in t.lower() for t in results]
    assert in_title == sorted(in_title, reverse=True), results
    assert results[0] == "ReLU" and "ReLU, the modern default" in results[:3], results


def test_escape_clears_the_selection_and_the_header_box_shows_the_query(page, site):
    driver = page("search.html")
    driver.get((site / "search.html").resolve().as_uri() + "?q=relu")
    assert driver.find_element(By.ID, "site-search-q").get_attribute("value") == "relu"
    box = driver.find_element(By.ID, "search-input")
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    box.send_keys(Keys.ARROW_DOWN)
    assert driver.find_elements(By.CSS_SELECTOR, '[role=option][aria-selected="true"]')
    box.send_keys(Keys.ESCAPE)
    assert driver.find_elements(By.CSS_SELECTOR, '[role=option][aria-selected="true"]') == []
    assert box.get_attribute("aria-activedescendant") is None
    assert driver.find_elements(By.CSS_SELECTOR, "[role=option] a, [role=option] button") == []


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def parse_rgb(text):
    return [float(v) for v in text[text.index("(") + 1:text.index(")")].replace(",", " ").split()[:3]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlighted_search_words_keep_4_5_to_1(page, site, scheme):
    driver = page("search.html")
    if scheme == "dark":
        dark(driver)
    driver.get((site / "search.html").resolve().as_uri() + "?q=relu")
    mark = WebDriverWait(driver, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, "#search-results mark"))
    fg, bg = driver.execute_script("var s = getComputedStyle(arguments[0]); return [s.color, s.backgroundColor]", mark)
    a, b = sorted([luminance(parse_rgb(fg)), luminance(parse_rgb(bg))])
    assert (b + 0.05) / (a + 0.05) >= 4.5


# ---------- tooltips and navigation ----------

def test_a_tooltip_in_a_table_floats_and_stays_while_hovered(page):
    driver = page(LESSONS[0])
    table = driver.find_element(By.CSS_SELECTOR, ".lesson-body table")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", table)
    before = rect(driver, table)
    link = table.find_element(By.CSS_SELECTOR, ".term-link")
    ActionChains(driver).move_to_element(link).perform()
    # The tooltip beside the link: its own, or (for a term linked earlier on the page, whose
    # definition the page holds once) the copy extras.js put there on hover.
    tip = link.find_element(By.XPATH, "following-sibling::span[contains(@class, 'term-tip')]")
    described = driver.find_element(By.ID, link.get_attribute("aria-describedby"))
    assert tip.get_attribute("textContent") == described.get_attribute("textContent")
    assert tip.is_displayed()
    assert rect(driver, table) == before  # no reflow
    # The whole tooltip is on screen and not cut by the table's scroll box.
    box = rect(driver, tip)
    assert box["bottom"] > rect(driver, link)["bottom"] and box["height"] > 20
    ActionChains(driver).move_to_element(tip).perform()
    assert tip.is_displayed()


def test_a_tooltip_stays_while_the_pointer_moves_onto_it(page):
    driver = page("lessons/relu.html")
    link = driver.find_element(By.CSS_SELECTOR, ".lesson-body p .term-link[aria-describedby]")
    tip = driver.find_element(By.ID, link.get_attribute("aria-describedby"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link)
    ActionChains(driver).move_to_element(link).perform()
    box, tip_box = rect(driver, link), rect(driver, tip)
    # Walk straight down from the link onto the tooltip, through the gap between them.
    actions = ActionChains(driver)
    steps = 6
    for _ in range(steps):
        actions.move_by_offset(0, (tip_box["top"] + 10 - box["top"] - box["height"] / 2) / steps)
    actions.perform()
    assert tip.is_displayed()


def test_arrow_keys_and_p_n_move_between_lessons_but_not_from_inputs(page, site):
    driver = page(LESSONS[1])
    driver.find_element(By.TAG_NAME, "body").send_keys("n")
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith(LESSONS[2]))
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_LEFT)
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith(LESSONS[1]))
    box = driver.find_element(By.ID, "site-search-q")
    box.send_keys("n", Keys.ARROW_RIGHT, "p")
    assert driver.current_url.endswith(LESSONS[1]) and box.get_attribute("value") == "np"
    ActionChains(driver).key_down(Keys.CONTROL).send_keys(Keys.ARROW_RIGHT).key_up(Keys.CONTROL).perform()
    assert driver.current_url.endswith(LESSONS[1])


def test_counters_and_quiz_steps_have_visible_labels(page):
    driver = page(LESSONS[1])
    position = driver.find_element(By.CSS_SELECTOR, ".lesson-position")
    assert position.is_displayed() and position.text.startswith(f"Lesson 2 / {TOTAL}")
    label = driver.find_element(By.CSS_SELECTOR, ".quiz-steps-label")
    assert label.is_displayed() and label.text == "Quizzes on this page"
    steps = driver.find_element(By.CSS_SELECTOR, ".quiz-steps")
    assert steps.get_attribute("aria-labelledby") == label.get_attribute("id")


def test_on_a_phone_the_lesson_list_is_folded(page, site):
    driver = page(LESSONS[0])
    assert driver.find_element(By.CSS_SELECTOR, ".course-nav-details").get_attribute("open") is not None
    assert driver.find_element(By.CSS_SELECTOR, ".course-nav .module-lessons a").is_displayed()
    phone(driver)
    driver.get(driver.current_url)
    details = driver.find_element(By.CSS_SELECTOR, ".course-nav-details")
    assert details.get_attribute("open") is None
    assert not driver.find_element(By.CSS_SELECTOR, ".course-nav .module-lessons a").is_displayed()
    summary = details.find_element(By.TAG_NAME, "summary")
    # The lesson text starts within the first screen.
    assert rect(driver, driver.find_element(By.CSS_SELECTOR, ".lesson-body"))["top"] < 844
    click(driver, summary)
    assert driver.find_element(By.CSS_SELECTOR, ".course-nav .module-lessons a").is_displayed()


INK = """
var done = arguments[arguments.length - 1];
Promise.all(Array.prototype.slice.call(arguments, 0, -1).map(function (source) {
  var image = new Image();
  image.src = 'data:image/png;base64,' + source;
  return image.decode().then(function () {
    var canvas = document.createElement('canvas');
    canvas.width = image.width; canvas.height = image.height;
    var context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    var data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    var ink = 0;
    // Total darkness rather than a count of dark pixels: it hardly changes when a glyph moves by
    // a fraction of a pixel, and drops when part of a glyph is cut off.
    for (var i = 0; i < data.length; i += 4) ink += 765 - data[i] - data[i + 1] - data[i + 2];
    return ink / 765;
  });
})).then(done);"""

UNCLIPPED_COPY = """
var math = arguments[0];
math.style.background = 'none';
var frame = document.createElement('div');
frame.style.cssText = 'position: absolute; left: 0; top: 0; padding: 48px; background: #fff; z-index: 99';
var copy = math.cloneNode(true);
copy.removeAttribute('tabindex');
copy.style.cssText = 'background: none; margin: 0; width: ' + math.getBoundingClientRect().width + 'px';
copy.style.setProperty('overflow', 'visible', 'important');
frame.appendChild(copy);
document.body.appendChild(frame);
return frame;"""


@pytest.mark.parametrize("path", ["lessons/forward-pass.html", "lessons/sigmoid.html", "library.html"])
def test_display_formulas_lose_no_ink_pixels(page, path):
    """Each display formula, photographed in its own box, has as many dark pixels as a copy of it
    drawn with nothing clipped and a wide white margin."""
    driver = page(path)
    fonts_ready(driver)
    count = driver.execute_script("return document.querySelectorAll('math[display=\"block\"]').length")
    assert count > 0
    lost = []
    for index in range(count):
        math = driver.execute_script("return document.querySelectorAll('math[display=\"block\"]')[arguments[0]]", index)
        if driver.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth + 1", math):
            continue  # scrolled formulas are the other test's business
        frame = driver.execute_script(UNCLIPPED_COPY, math)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", math)
        boxed = math.screenshot_as_base64
        driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", frame)
        free = frame.screenshot_as_base64
        driver.execute_script("arguments[0].remove()", frame)
        ink_boxed, ink_free = driver.execute_async_script(INK, boxed, free)
        assert ink_free > 50
        if ink_boxed < ink_free * 0.99:
            lost.append((index, ink_boxed, ink_free))
    assert lost == []


def test_arrow_keys_scroll_a_focused_wide_formula_instead_of_turning_the_page(page):
    for path in LESSONS[:2]:
        driver = page(path)
        phone(driver)
        driver.get(driver.current_url)
        fonts_ready(driver)
        driver.execute_script("window.dispatchEvent(new Event('resize'))")
        wide = driver.find_elements(By.CSS_SELECTOR, 'math[display="block"][tabindex="0"]')
        if wide:
            break
    assert wide, "no lesson formula scrolls at 390 px"
    here = driver.current_url
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus()", wide[0])
    wide[0].send_keys(Keys.ARROW_RIGHT)
    WebDriverWait(driver, 3).until(lambda d: d.execute_script("return arguments[0].scrollLeft", wide[0]) > 0)
    assert driver.current_url == here


def test_the_index_offers_a_reset_only_when_there_is_progress(page):
    driver = page("index.html")
    assert not driver.find_element(By.CSS_SELECTOR, ".course-intro .progress-reset").is_displayed()
    driver = page(LESSONS[0])
    click(driver, driver.find_element(By.CSS_SELECTOR, ".lesson-finish"))
    driver = page("index.html")
    reset = driver.find_element(By.CSS_SELECTOR, ".course-intro .progress-reset")
    assert reset.is_displayed()
    click(driver, reset)
    click(driver, driver.find_element(By.CSS_SELECTOR, ".progress-confirm-yes"))
    # The reset button goes with the progress; the focus waits on Undo.
    assert not reset.is_displayed()
    assert "progress-undo" in driver.switch_to.active_element.get_attribute("class")
