"""Parameterised quizzes in the browser: one variant per reader, kept across reloads until the
reader asks for another one; without JavaScript the first variant shows."""
import html
import json
import re

from conftest import new_driver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

LESSON = "lessons/relu.html"


def variant_form(driver):
    forms = [form for form in driver.find_elements(By.CSS_SELECTOR, "form.quiz")
             if form.find_elements(By.CSS_SELECTOR, "script.quiz-variants")]
    assert forms, "no parameterised quiz on the page"
    return forms[0]


def variants_in_file(site):
    """The JSON list of the page's first parameterised quiz, read from the file itself."""
    text = (site / LESSON).read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" class="quiz-variants">(.*?)</script>', text, re.S)
    assert match, "no variants in the page"
    return json.loads(match.group(1))


def click(driver, element):
    """Clicks after an instant scroll, as the other browser tests do (site.css scrolls smoothly)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def squeezed(markup_or_text):
    """Text without tags or white space, to compare a JSON legend with what the browser shows."""
    text = html.unescape(re.sub(r"<[^>]+>", "", markup_or_text))
    return re.sub(r"\s+", "", text)


def shown(form):
    """What identifies the variant on screen: its question and its key."""
    legend = form.find_element(By.TAG_NAME, "legend").get_attribute("innerHTML")
    return legend, form.get_attribute("data-key")


def test_a_reload_shows_the_same_variant_until_another_one_is_asked_for(page, site):
    variants = variants_in_file(site)
    assert len(variants) > 2
    driver = page(LESSON)
    form = variant_form(driver)
    first = shown(form)
    index = int(form.get_attribute("data-variant"))
    assert squeezed(variants[index]["legend"]) in squeezed(first[0]) and variants[index]["key"] == first[1]

    driver.refresh()
    form = variant_form(driver)
    assert shown(form) == first

    another = form.find_element(By.CSS_SELECTOR, ".quiz-another")
    assert another.is_displayed() and another.text == "Another one"
    click(driver, another)
    second = shown(form)
    assert second[0] != first[0]
    assert int(form.get_attribute("data-variant")) != index

    driver.refresh()
    assert shown(variant_form(driver)) == second


def test_the_shown_variant_is_graded_with_its_own_key(page):
    driver = page(LESSON)
    form = variant_form(driver)
    for _ in range(3):
        key = form.get_attribute("data-key")
        field = form.find_element(By.CSS_SELECTOR, "input[inputmode=decimal]")
        field.send_keys(key)
        field.send_keys(Keys.ENTER)
        assert form.find_element(By.CSS_SELECTOR, ".quiz-feedback").text == "Correct."
        # The explanation belongs to the same variant as the question.
        explanation = form.find_element(By.CSS_SELECTOR, ".quiz-explanation").text
        assert explanation.endswith(key + ".")
        click(driver, form.find_element(By.CSS_SELECTOR, ".quiz-another"))
        assert form.find_element(By.CSS_SELECTOR, "input[inputmode=decimal]").get_attribute("value") == ""


def test_without_javascript_the_first_variant_shows(site, tmp_path):
    variants = variants_in_file(site)
    driver = new_driver(tmp_path / "profile", scripts=False)
    try:
        driver.get((site / LESSON).resolve().as_uri())
        form = variant_form(driver)
        legend, key = shown(form)
        assert squeezed(variants[0]["legend"]) in squeezed(legend)
        assert key == variants[0]["key"]
        assert form.get_attribute("data-variant") is None
        assert not form.find_element(By.CSS_SELECTOR, ".quiz-another").is_displayed()
        details = form.find_element(By.CSS_SELECTOR, "details.quiz-answer")
        details.find_element(By.TAG_NAME, "summary").send_keys(Keys.ENTER)
        assert "Answer: " + variants[0]["answer"] in details.text
    finally:
        driver.quit()
