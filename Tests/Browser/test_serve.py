"""`lectern serve` end to end: pages, MIME types, refused traversal, live reload, the
problems overlay, Ctrl-C; and `lectern new` giving a course that builds with --strict."""
import http.client
import os
import shutil
import signal
import socket
import subprocess
import threading
import time

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from lectern_binary import ROOT, lectern_binary

SECRET = "lectern-test-secret-outside-the-site"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, raw_path):
    """GET a raw path: http.client sends it as written, without normalising `..`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", raw_path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheader("Content-Type"), body


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A copy of the course served on a free loopback port, with a secret file beside it that
    no request may reach."""
    folder = tmp_path_factory.mktemp("served")
    course = folder / "course"
    shutil.copytree(ROOT / "content", course / "content")
    shutil.copytree(ROOT / "templates", course / "templates")
    (folder / "secret.txt").write_text(SECRET)
    port = free_port()
    process = subprocess.Popen([lectern_binary(), "serve", "--port", str(port)], cwd=course,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stderr.readline, "")), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, "".join(lines)
        try:
            if get(port, "/")[0] == 200:
                break
        except OSError:
            pass
        assert time.monotonic() < deadline, "lectern serve did not answer"
        time.sleep(0.2)
    yield {"port": port, "course": course, "process": process, "stderr": lines, "reader": reader}
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)


@pytest.mark.parametrize("path, kind", [
    ("/", "text/html"),
    ("/lessons/relu.html", "text/html"),
    ("/assets/site.css", "text/css"),
    ("/assets/quiz.js", "text/javascript"),
    ("/__lectern/reload.js", "text/javascript"),
])
def test_site_files_are_served_with_their_type(served, path, kind):
    status, content_type, _ = get(served["port"], path)
    assert status == 200
    assert content_type.startswith(kind)


def test_pages_carry_the_reload_script_that_site_files_lack(served):
    _, _, page = get(served["port"], "/lessons/relu.html")
    assert b'<script src="/__lectern/reload.js"' in page
    assert b"/__lectern/" not in (ROOT / "site/lessons/relu.html").read_bytes()


@pytest.mark.parametrize("raw", [
    "/../content/course.yml",
    "/lessons/../../content/course.yml",
    "/%2e%2e/content/course.yml",
    "/assets/%2e%2e%2f%2e%2e%2fcontent%2fcourse.yml",
    "/..%2f..%2fsecret.txt",
    "/assets/leak.txt",
    "/no-such-page.html",
])
def test_paths_outside_the_site_are_not_found(served, raw):
    status, _, body = get(served["port"], raw)
    assert status == 404
    assert SECRET.encode() not in body
    assert b"modules:" not in body  # course.yml's content


def test_an_asset_linked_out_of_the_templates_is_refused_and_never_served(tmp_path):
    course = tmp_path / "course"
    shutil.copytree(ROOT / "content", course / "content")
    shutil.copytree(ROOT / "templates", course / "templates")
    (tmp_path / "secret.txt").write_text(SECRET)
    os.symlink(tmp_path / "secret.txt", course / "templates/assets/leak.txt")
    port = free_port()
    process = subprocess.Popen([lectern_binary(), "serve", "--port", str(port)], cwd=course,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stderr.readline, "")), daemon=True)
    reader.start()
    try:
        # The refusal is a content diagnostic, reported like any other mistake of the run.
        deadline = time.monotonic() + 120
        while "course.outside-folder" not in "".join(lines) and process.poll() is None:
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.2)
        assert "templates/assets/leak.txt" in "".join(lines)
        if process.poll() is None:
            try:
                status, _, body = get(port, "/assets/leak.txt")
                assert status == 404 and SECRET.encode() not in body
            except OSError:
                pass  # nothing served yet: nothing leaked either
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=20)
        reader.join(timeout=5)
    output = "".join(lines) + (process.stdout.read() if process.stdout else "")
    assert SECRET not in output


def test_a_lesson_edit_reloads_the_page_and_errors_show_in_an_overlay(served, browser):
    port, lesson = served["port"], served["course"] / "content/lessons/relu.md"
    original = lesson.read_text()
    browser.get(f"http://127.0.0.1:{port}/lessons/relu.html")
    wait = WebDriverWait(browser, 90, poll_frequency=0.1, ignored_exceptions=[StaleElementReferenceException])

    def body_text(b):
        return b.execute_script("return document.body ? document.body.innerText : ''")

    wait.until(lambda b: b.execute_script("return document.readyState") == "complete")
    browser.execute_script("window.__beforeEdit = true")

    lesson.write_text(original + "\nA sentence added while serving.\n")
    wait.until(lambda b: "A sentence added while serving." in body_text(b))
    assert browser.execute_script("return window.__beforeEdit === undefined")  # a real reload

    broken = "Broken: $\\frac{1}{2$ end."
    lesson.write_text(original + "\n" + broken + "\n")
    line = len((original + "\n" + broken + "\n").splitlines())
    overlay = wait.until(lambda b: b.find_elements(By.ID, "lectern-overlay"))[0]
    where = f"content/lessons/relu.md:{line}:{broken.index('{2') + 1}"
    assert where in overlay.find_element(By.CLASS_NAME, "lectern-problem-location").text
    assert "unbalanced" in overlay.text
    assert broken in overlay.text  # the source line, quoted with its caret
    # The last good page stays: the edit before the error is still there.
    assert "A sentence added while serving." in body_text(browser)

    lesson.write_text(original)
    wait.until(lambda b: not b.find_elements(By.ID, "lectern-overlay"))
    wait.until(lambda b: "A sentence added while serving." not in body_text(b))


def test_many_saves_at_once_cause_one_rebuild_and_ctrl_c_stops(served):
    process, course, stderr = served["process"], served["course"], served["stderr"]

    def rebuilds():
        return sum(1 for line in list(stderr) if line.startswith(("rebuilt in", "rebuild failed")))

    time.sleep(0.5)
    before = rebuilds()
    # Read first, then write back to back, as an editor's "save all" or a checkout does.
    edited = [(lesson, lesson.read_text() + "\nOne more line.\n")
              for lesson in sorted((course / "content/lessons").glob("*.md"))]
    for lesson, text in edited:
        lesson.write_text(text)
    deadline = time.monotonic() + 60
    while rebuilds() == before:
        assert time.monotonic() < deadline, "no rebuild after the saves"
        time.sleep(0.1)
    time.sleep(1.0)  # room for a second rebuild, which must not come
    assert rebuilds() == before + 1
    assert get(served["port"], "/lessons/relu.html")[2].count(b"One more line.") == 1

    process.send_signal(signal.SIGINT)
    process.wait(timeout=20)
    served["reader"].join(timeout=5)
    assert process.returncode == 0
    assert stderr[-1].strip() == "stopped"


def test_new_course_builds_with_strict_and_refuses_a_full_folder(tmp_path):
    course = tmp_path / "course"
    created = subprocess.run([lectern_binary(), "new", str(course), "--title", "Test course"],
                             capture_output=True, text=True, timeout=60)
    assert created.returncode == 0, created.stderr
    for name in ("content/course.yml", ".gitignore", ".github/workflows/lectern.yml", "templates/layout.mustache"):
        assert (course / name).is_file()
    for name in ("site.css", "quiz.js"):
        assert (course / "templates/assets" / name).read_bytes() == (ROOT / "templates/assets" / name).read_bytes()
    built = subprocess.run([lectern_binary(), "build", "--strict"], cwd=course, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    assert "2 lessons, no problems" in built.stderr
    assert (course / "site/index.html").is_file()
    again = subprocess.run([lectern_binary(), "new", str(course)], capture_output=True, text=True, timeout=60)
    assert again.returncode == 2
    assert "not empty" in again.stderr
