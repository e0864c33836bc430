"""FAQ: a deep link opens its entry, other entries stay closed, and related questions on a
lesson page link to the FAQ."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def click(driver, element):
    """Clicks after an instant scroll: site.css scrolls smoothly, which WebDriver's own scroll does not wait for."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def is_open(driver, element_id):
    return driver.execute_script("return document.getElementById(arguments[0]).closest('details').open", element_id)


def test_deep_link_opens_the_entry(page, site):
    driver = page("faq.html")
    driver.get((site / "faq.html").resolve().as_uri() + "#dying-relu")
    WebDriverWait(driver, 5).until(lambda d: is_open(d, "dying-relu"))
    answer = driver.find_element(By.ID, "dying-relu")
    assert answer.tag_name == "div" and answer.find_element(By.XPATH, "..").tag_name == "details"
    assert answer.is_displayed()
    assert not is_open(driver, "when-softmax")


def test_changing_the_hash_opens_another_entry(page):
    driver = page("faq.html")
    assert not is_open(driver, "when-softmax")
    driver.execute_script("location.hash = '#when-softmax'")
    WebDriverWait(driver, 5).until(lambda d: is_open(d, "when-softmax"))


def test_a_malformed_hash_raises_no_script_error_and_later_links_still_work(page):
    driver = page("faq.html")
    driver.execute_script(
        "window.__errors = []; window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });")
    driver.execute_script("location.hash = '#%E0%A4%A'")
    driver.execute_script("location.hash = '#when-softmax'")
    WebDriverWait(driver, 5).until(lambda d: is_open(d, "when-softmax"))
    assert driver.execute_script("return window.__errors") == []


def test_faq_page_has_one_details_per_question_and_structured_data(page):
    driver = page("faq.html")
    ids = [element.get_attribute("id") for element in driver.find_elements(By.CSS_SELECTOR, "details.faq-entry > .faq-answer")]
    assert ids == ["vanishing-gradient", "when-softmax", "dying-relu", "why-not-linear", "tanh-over-sigmoid",
                   "relu-at-zero", "which-hidden-activation", "gelu-in-transformers", "softmax-overflow",
                   "logits-or-probabilities", "mse-for-classification", "exploding-gradients"]
    scripts = driver.find_elements(By.CSS_SELECTOR, 'script[type="application/ld+json"]')
    assert len(scripts) == 1


def test_related_question_on_a_lesson_leads_to_the_open_entry(page):
    driver = page("lessons/relu.html")
    related = driver.find_element(By.CSS_SELECTOR, ".related-questions details")
    click(driver, related.find_element(By.TAG_NAME, "summary"))
    click(driver, related.find_element(By.CSS_SELECTOR, ".faq-permalink a"))
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith("faq.html#dying-relu"))
    WebDriverWait(driver, 5).until(lambda d: is_open(d, "dying-relu"))
