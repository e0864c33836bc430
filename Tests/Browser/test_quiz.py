"""Quizzes in a real browser, driven with the keyboard only: answer wrongly, then rightly, read the
feedback and the explanation, reload and find the progress kept, reset it."""
import html.parser
import json

import pytest
from conftest import inject
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

LESSON = "lessons/sigmoid.html"


def active(driver):
    return driver.switch_to.active_element


def tab_until(driver, predicate, limit=150, backwards=False):
    """Presses Tab (or Shift+Tab) until the focused element satisfies `predicate`."""
    for _ in range(limit):
        element = active(driver)
        if predicate(element):
            return element
        if backwards:
            element.send_keys(Keys.SHIFT, Keys.TAB)
        else:
            element.send_keys(Keys.TAB)
    raise AssertionError("never reached the element with Tab")


def quiz_form(driver, number):
    return driver.find_elements(By.CSS_SELECTOR, "form.quiz")[number - 1]


def in_quiz(driver, number):
    form = quiz_form(driver, number)
    return lambda element: driver.execute_script("return arguments[0].contains(arguments[1])", form, element)


def feedback(driver, number):
    return quiz_form(driver, number).find_element(By.CSS_SELECTOR, ".quiz-feedback")


def stored(driver):
    return driver.execute_script(
        "var k = 'lectern:' + document.documentElement.getAttribute('data-course') + ':progress';"
        "return window.localStorage.getItem(k);")


def test_choice_quiz_wrong_then_right_with_the_keyboard(page):
    driver = page(LESSON)
    form = quiz_form(driver, 2)
    inside = in_quiz(driver, 2)
    # Tab into the radio group of the second quiz; Space chooses the focused option ("1", wrong).
    first = tab_until(driver, lambda e: inside(e) and e.get_attribute("type") == "radio")
    first.send_keys(Keys.SPACE)
    assert first.is_selected()
    submit = tab_until(driver, lambda e: inside(e) and "quiz-submit" in (e.get_attribute("class") or ""))
    submit.send_keys(Keys.ENTER)
    assert "Not quite" in feedback(driver, 2).text
    explanation = form.find_element(By.CSS_SELECTOR, ".quiz-explanation")
    assert explanation.is_displayed()
    assert "0.25" in explanation.text
    assert feedback(driver, 2).get_attribute("aria-live") == "polite"
    # The script moved focus to "Try again"; Enter resets the quiz and returns to the options.
    retry = active(driver)
    assert "quiz-retry" in retry.get_attribute("class")
    retry.send_keys(Keys.ENTER)
    assert feedback(driver, 2).text == ""
    assert not explanation.is_displayed()
    option = active(driver)
    assert option.get_attribute("type") == "radio"
    # Arrow keys move the selection within a radio group: 1 -> 0.5 -> 0.25.
    option.send_keys(Keys.ARROW_DOWN)
    active(driver).send_keys(Keys.ARROW_DOWN)
    assert active(driver).get_attribute("value") == "2" and active(driver).is_selected()
    submit = tab_until(driver, lambda e: inside(e) and "quiz-submit" in (e.get_attribute("class") or ""))
    submit.send_keys(Keys.ENTER)
    assert feedback(driver, 2).text == "Correct."
    assert explanation.is_displayed()
    step = driver.find_elements(By.CSS_SELECTOR, ".quiz-step")[1]
    assert "is-correct" in step.get_attribute("class")
    assert step.get_attribute("aria-label") == "Quiz 2: answered correctly"


def test_numeric_quiz_and_progress_survives_a_reload(page):
    driver = page(LESSON)
    inside = in_quiz(driver, 1)
    field = tab_until(driver, lambda e: inside(e) and e.get_attribute("id", ) is not None and e.get_attribute("inputmode") == "decimal")
    field.send_keys("0.4", Keys.ENTER)
    assert "Not quite" in feedback(driver, 1).text
    active(driver).send_keys(Keys.ENTER)  # Try again
    field = active(driver)
    assert field.get_attribute("inputmode") == "decimal" and field.get_attribute("value") == ""
    field.send_keys("0.5", Keys.ENTER)
    assert feedback(driver, 1).text == "Correct."
    progress = driver.find_element(By.CSS_SELECTOR, ".lesson-quiz-progress")
    assert progress.text.startswith("1 of 5 quizzes answered")

    driver.refresh()
    assert feedback(driver, 1).text == "Correct."
    assert quiz_form(driver, 1).find_element(By.CSS_SELECTOR, "input[inputmode=decimal]").get_attribute("value") == "0.5"
    steps = driver.find_elements(By.CSS_SELECTOR, ".quiz-step")
    assert [("is-correct" in s.get_attribute("class")) for s in steps] == [True, False, False, False, False]
    assert driver.find_element(By.CSS_SELECTOR, ".lesson-quiz-progress").text.startswith("1 of 5 quizzes answered")

    # The index shows the lesson's progress too.
    driver = page("index.html")
    label = driver.find_element(By.CSS_SELECTOR, 'li[data-lesson="sigmoid"] .lesson-progress')
    assert label.text.startswith("1 of 5 quizzes answered")


def test_hint_opens_with_the_keyboard(page):
    driver = page(LESSON)
    inside = in_quiz(driver, 1)
    hint_button = tab_until(driver, lambda e: inside(e) and "quiz-hint-button" in (e.get_attribute("class") or ""))
    hint = quiz_form(driver, 1).find_element(By.CSS_SELECTOR, ".quiz-hint")
    assert not hint.is_displayed()
    hint_button.send_keys(Keys.ENTER)
    assert hint.is_displayed()
    assert hint_button.get_attribute("aria-expanded") == "true"


def test_true_false_and_finishing_the_lesson_then_reset(page):
    driver = page(LESSON)
    # Answer all five quizzes correctly.
    field = tab_until(driver, lambda e: in_quiz(driver, 1)(e) and e.get_attribute("id", ) is not None and e.get_attribute("inputmode") == "decimal")
    field.send_keys("0.5", Keys.ENTER)
    radio = tab_until(driver, lambda e: in_quiz(driver, 2)(e) and e.get_attribute("type") == "radio")
    radio.send_keys(Keys.ARROW_DOWN)
    active(driver).send_keys(Keys.ARROW_DOWN)
    tab_until(driver, lambda e: in_quiz(driver, 2)(e) and "quiz-submit" in (e.get_attribute("class") or "")).send_keys(Keys.ENTER)
    radio = tab_until(driver, lambda e: in_quiz(driver, 3)(e) and e.get_attribute("type") == "radio")
    radio.send_keys(Keys.SPACE)
    assert radio.get_attribute("value") == "true"
    tab_until(driver, lambda e: in_quiz(driver, 3)(e) and "quiz-submit" in (e.get_attribute("class") or "")).send_keys(Keys.ENTER)
    radio = tab_until(driver, lambda e: in_quiz(driver, 4)(e) and e.get_attribute("type") == "radio")
    radio.send_keys(Keys.SPACE)  # the first option is the key
    tab_until(driver, lambda e: in_quiz(driver, 4)(e) and "quiz-submit" in (e.get_attribute("class") or "")).send_keys(Keys.ENTER)
    field = tab_until(driver, lambda e: in_quiz(driver, 5)(e) and e.get_attribute("inputmode") == "decimal")
    field.send_keys("0.0452", Keys.ENTER)
    assert [feedback(driver, n).text for n in range(1, 6)] == ["Correct."] * 5
    assert "finished" in driver.find_element(By.CSS_SELECTOR, ".lesson-quiz-progress").text
    assert stored(driver) is not None

    reset = tab_until(driver, lambda e: "progress-reset" in (e.get_attribute("class") or ""))
    assert reset.text == "Reset this lesson"
    reset.send_keys(Keys.ENTER)
    # Only this lesson's answers go; the course's other progress stays.
    assert json.loads(stored(driver))["quizzes"] == {}
    assert [feedback(driver, n).text for n in range(1, 6)] == [""] * 5
    assert not any("is-answered" in s.get_attribute("class") for s in driver.find_elements(By.CSS_SELECTOR, ".quiz-step"))
    status = driver.find_element(By.CSS_SELECTOR, ".lesson-progress-box .progress-status")
    assert status.text.startswith("This lesson's answers are cleared.")
    # Undo brings every answer back.
    status.find_element(By.CSS_SELECTOR, ".progress-undo").click()
    assert [feedback(driver, n).text for n in range(1, 6)] == ["Correct."] * 5
    assert len(json.loads(stored(driver))["quizzes"]) == 5
    reset.send_keys(Keys.ENTER)
    driver.refresh()
    assert feedback(driver, 1).text == ""


def test_mark_as_finished_shows_on_the_index(page):
    driver = page("lessons/relu.html")
    button = tab_until(driver, lambda e: "lesson-finish" in (e.get_attribute("class") or ""))
    button.send_keys(Keys.ENTER)
    assert button.get_attribute("aria-pressed") == "true"
    driver = page("index.html")
    item = driver.find_element(By.CSS_SELECTOR, 'li[data-lesson="relu"]')
    assert "is-finished" in item.get_attribute("class")
    assert item.find_element(By.CSS_SELECTOR, ".lesson-progress").text == "Finished"
    assert driver.find_element(By.CSS_SELECTOR, ".course-progress").text == "1 of 9 lessons finished"


def test_script_replaces_the_no_script_answer_and_shows_controls(page):
    driver = page(LESSON)
    assert driver.find_elements(By.CSS_SELECTOR, "form.quiz details.quiz-answer") == []
    assert all(a.is_displayed() for a in driver.find_elements(By.CSS_SELECTOR, ".quiz-actions"))
    assert driver.find_element(By.CSS_SELECTOR, ".quiz-steps").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, ".example-copy").is_displayed()


def test_storage_that_throws_degrades_silently(site, browser):
    inject(browser, (
        "Object.defineProperty(window, 'localStorage', {get: function () { throw new Error('denied'); }});"))
    browser.get((site / LESSON).resolve().as_uri())
    field = tab_until(browser, lambda e: in_quiz(browser, 1)(e) and e.get_attribute("id", ) is not None and e.get_attribute("inputmode") == "decimal")
    field.send_keys("0.5", Keys.ENTER)
    assert feedback(browser, 1).text == "Correct."
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_without_javascript_the_answer_is_in_a_details_box(site):
    collector = _Collector()
    collector.feed((site / LESSON).read_text(encoding="utf-8"))
    tags = collector.tags
    forms = [attrs for tag, attrs in tags if tag == "form" and "quiz" in attrs.get("class", "")]
    assert len(forms) == 5
    assert sum(1 for tag, attrs in tags if tag == "details" and attrs.get("class") == "quiz-answer") == 5
    # Script-only controls start hidden, so a reader without JavaScript never sees dead buttons.
    assert all("hidden" in attrs for tag, attrs in tags if tag == "div" and attrs.get("class") == "quiz-actions")
    assert all("hidden" in attrs for tag, attrs in tags if tag == "button" and attrs.get("class") == "example-copy")


def test_without_javascript_the_controls_stay_invisible(site, tmp_path):
    """With scripts disabled the options and the "Show answer" box are there, the buttons are not."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    import shutil
    options = Options()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    try:
        driver.get((site / LESSON).resolve().as_uri())
        assert "js" not in (driver.find_element(By.TAG_NAME, "html").get_attribute("class") or "")
        form = driver.find_elements(By.CSS_SELECTOR, "form.quiz")[1]
        assert len([o for o in form.find_elements(By.CSS_SELECTOR, ".quiz-options input") if o.is_displayed()]) == 4
        assert not form.find_element(By.CSS_SELECTOR, ".quiz-actions").is_displayed()
        assert not form.find_element(By.CSS_SELECTOR, ".quiz-explanation").is_displayed()
        details = form.find_element(By.CSS_SELECTOR, "details.quiz-answer")
        assert details.is_displayed()
        details.find_element(By.TAG_NAME, "summary").send_keys(Keys.ENTER)
        assert "Answer: 0.25" in details.text
        assert not driver.find_element(By.CSS_SELECTOR, ".example-copy").is_displayed()
    finally:
        driver.quit()


def test_copy_button_copies_only_the_statements(site, browser):
    inject(browser, (
        "Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: function (t) {"
        " window.__copied = t; return Promise.resolve(); }}});"))
    browser.get((site / "lessons/forward-pass.html").resolve().as_uri())
    button = tab_until(browser, lambda e: "example-copy" in (e.get_attribute("class") or ""))
    button.send_keys(Keys.ENTER)
    status = browser.find_element(By.CSS_SELECTOR, ".example-copy-status")
    assert status.text == "Copied the statements."
    assert browser.execute_script("return window.__copied") == (
        "x = [1.0, 2.0]\nW = [[0.5, -1], [1, 1]]\nz = dense(x, W, [0, 0.5])\nz\nrelu(z)\n")


def test_reset_on_the_index_clears_every_lesson(page):
    driver = page("lessons/relu.html")
    tab_until(driver, lambda e: "lesson-finish" in (e.get_attribute("class") or "")).send_keys(Keys.ENTER)
    driver = page("index.html")
    assert driver.find_element(By.CSS_SELECTOR, ".course-progress").text == "1 of 9 lessons finished"
    tab_until(driver, lambda e: "progress-reset" in (e.get_attribute("class") or "")).send_keys(Keys.ENTER)
    # A course-wide reset asks first; "Keep my progress" has the focus.
    assert driver.find_element(By.CSS_SELECTOR, ".course-progress").text == "1 of 9 lessons finished"
    assert "progress-confirm-no" in active(driver).get_attribute("class")
    driver.find_element(By.CSS_SELECTOR, ".progress-confirm-yes").click()
    assert driver.find_element(By.CSS_SELECTOR, ".course-progress").text == "0 of 9 lessons finished"
    assert stored(driver) is None
    driver.refresh()
    assert "is-finished" not in driver.find_element(By.CSS_SELECTOR, 'li[data-lesson="relu"]').get_attribute("class")
