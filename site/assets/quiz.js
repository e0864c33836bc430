/* Lectern quizzes, worked-example copy buttons and reading progress.
   Ours, dependency-free, no modules and no network: it runs from file:// as well as from a server.
   Progress lives in localStorage under "lectern:<course>:progress"; when storage is unavailable
   (private mode, file:// policies) every access fails quietly and the page still works. */
(function () {
  "use strict";

  var doc = document;
  var course = doc.documentElement.getAttribute("data-course") || "course";
  var storageKey = "lectern:" + course + ":progress";

  function emptyState() { return { version: 1, quizzes: {}, lessons: {} }; }

  function loadState() {
    try {
      var raw = window.localStorage.getItem(storageKey);
      if (!raw) { return emptyState(); }
      var parsed = JSON.parse(raw);
      if (!parsed || typeof parsed !== "object") { return emptyState(); }
      parsed.quizzes = parsed.quizzes || {};
      parsed.lessons = parsed.lessons || {};
      return parsed;
    } catch (e) {
      return emptyState();
    }
  }

  function saveState(state) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* storage unavailable */ }
  }

  function clearState() {
    try { window.localStorage.removeItem(storageKey); } catch (e) { /* storage unavailable */ }
  }

  var state = loadState();

  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }

  function show(element, visible) {
    if (!element) { return; }
    if (visible) { element.removeAttribute("hidden"); } else { element.setAttribute("hidden", ""); }
  }

  /* ---------- one quiz ---------- */

  function Quiz(form) {
    this.form = form;
    this.id = form.getAttribute("data-quiz-id");
    this.kind = form.getAttribute("data-kind");
    this.key = form.getAttribute("data-key") || "";
    this.tolerance = parseFloat(form.getAttribute("data-tolerance") || "0");
    this.feedback = form.querySelector(".quiz-feedback");
    this.explanation = form.querySelector(".quiz-explanation");
    this.submit = form.querySelector(".quiz-submit");
    this.retry = form.querySelector(".quiz-retry");
    this.hintButton = form.querySelector(".quiz-hint-button");
    this.hint = form.querySelector(".quiz-hint");
    this.inputs = all("input", form);
    var fallback = form.querySelector(".quiz-answer");
    if (fallback) { fallback.parentNode.removeChild(fallback); }
    all(".quiz-actions", form).forEach(function (actions) { show(actions, true); });
    show(this.retry, false);
    var self = this;
    form.addEventListener("submit", function (event) { event.preventDefault(); self.grade(true); });
    if (this.retry) { this.retry.addEventListener("click", function () { self.reset(true); }); }
    if (this.hintButton && this.hint) {
      this.hintButton.addEventListener("click", function () {
        var open = self.hint.hasAttribute("hidden");
        show(self.hint, open);
        self.hintButton.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
  }

  Quiz.prototype.response = function () {
    if (this.kind === "numeric") {
      var field = this.form.querySelector("input[type=number], input[type=text]");
      return field ? field.value.trim() : "";
    }
    return this.inputs.filter(function (input) { return input.checked; })
      .map(function (input) { return input.value; }).join(",");
  };

  Quiz.prototype.restoreResponse = function (response) {
    if (this.kind === "numeric") {
      var field = this.form.querySelector("input[type=number], input[type=text]");
      if (field) { field.value = response; }
      return;
    }
    var chosen = String(response).split(",");
    this.inputs.forEach(function (input) { input.checked = chosen.indexOf(input.value) >= 0; });
  };

  Quiz.prototype.isCorrect = function (response) {
    if (this.kind === "numeric") {
      var value = parseFloat(String(response).replace(",", ".").replace("\u2212", "-"));
      var key = parseFloat(this.key);
      if (isNaN(value)) { return false; }
      // Half a unit of the key's last digit, plus a little slack for binary rounding.
      return Math.abs(value - key) <= this.tolerance * (1 + 1e-9) + 1e-12;
    }
    var expected = this.key.split(",").filter(Boolean).sort().join(",");
    var given = String(response).split(",").filter(Boolean).sort().join(",");
    return expected === given;
  };

  Quiz.prototype.grade = function (interactive) {
    var response = this.response();
    if (response === "") {
      this.say(this.kind === "numeric" ? "Type a number first." : "Choose an answer first.", "empty");
      return;
    }
    var correct = this.isCorrect(response);
    this.showResult(correct);
    state.quizzes[this.id] = { correct: correct, response: response };
    saveState(state);
    page.update();
    if (interactive && this.retry) { this.retry.focus(); }
  };

  Quiz.prototype.showResult = function (correct) {
    this.say(correct ? "Correct." : "Not quite. Read the explanation, then try again.", correct ? "correct" : "wrong");
    show(this.explanation, true);
    this.inputs.forEach(function (input) { input.disabled = true; });
    show(this.submit, false);
    show(this.retry, true);
    this.form.classList.add("is-answered");
    this.form.classList.toggle("is-correct", correct);
    this.form.classList.toggle("is-wrong", !correct);
  };

  Quiz.prototype.say = function (text, tone) {
    if (!this.feedback) { return; }
    this.feedback.textContent = text;
    this.feedback.setAttribute("data-tone", tone);
  };

  Quiz.prototype.reset = function (interactive) {
    this.inputs.forEach(function (input) {
      input.disabled = false;
      if (input.type === "radio" || input.type === "checkbox") { input.checked = false; } else { input.value = ""; }
    });
    this.say("", "none");
    show(this.explanation, false);
    show(this.submit, true);
    show(this.retry, false);
    this.form.classList.remove("is-answered", "is-correct", "is-wrong");
    if (interactive && this.inputs.length) { this.inputs[0].focus(); }
  };

  /* ---------- the page: steps, lesson progress, index progress ---------- */

  var page = {
    quizzes: [],
    lesson: null,

    start: function () {
      var article = doc.querySelector("article[data-lesson]");
      this.lesson = article ? article.getAttribute("data-lesson") : null;
      this.quizzes = all("form.quiz[data-quiz-id]").map(function (form) { return new Quiz(form); });
      var self = this;
      if (this.lesson) {
        state.lessons[this.lesson] = state.lessons[this.lesson] || {};
        state.lessons[this.lesson].quizzes = this.quizzes.map(function (quiz) { return quiz.id; });
      }
      this.quizzes.forEach(function (quiz) {
        var saved = state.quizzes[quiz.id];
        if (saved && saved.response !== undefined) {
          quiz.restoreResponse(saved.response);
          quiz.showResult(!!saved.correct);
        }
      });
      all(".progress-controls").forEach(function (controls) { show(controls, true); });
      all(".progress-reset").forEach(function (button) {
        button.addEventListener("click", function () { self.resetAll(); });
      });
      all(".lesson-finish").forEach(function (button) {
        button.addEventListener("click", function () { self.toggleFinished(); });
      });
      all(".quiz-steps").forEach(function (steps) { show(steps, true); });
      this.update();
    },

    resetAll: function () {
      clearState();
      state = emptyState();
      this.quizzes.forEach(function (quiz) { quiz.reset(false); });
      if (this.lesson) {
        state.lessons[this.lesson] = { quizzes: this.quizzes.map(function (quiz) { return quiz.id; }) };
      }
      this.update(true);
      this.announce("Progress reset.");
    },

    toggleFinished: function () {
      if (!this.lesson) { return; }
      var entry = state.lessons[this.lesson] = state.lessons[this.lesson] || {};
      entry.finished = !entry.finished;
      saveState(state);
      this.update();
    },

    announce: function (text) {
      all(".progress-status").forEach(function (status) { status.textContent = text; });
    },

    lessonSummary: function (slug, ids) {
      var answered = 0;
      var correct = 0;
      ids.forEach(function (id) {
        var saved = state.quizzes[id];
        if (saved) { answered += 1; if (saved.correct) { correct += 1; } }
      });
      var entry = state.lessons[slug] || {};
      var finished = !!entry.finished || (ids.length > 0 && correct === ids.length);
      return { answered: answered, correct: correct, total: ids.length, finished: finished };
    },

    update: function (skipSave) {
      var self = this;
      if (this.lesson) {
        var ids = this.quizzes.map(function (quiz) { return quiz.id; });
        var summary = this.lessonSummary(this.lesson, ids);
        all(".lesson-quiz-progress").forEach(function (element) {
          element.textContent = describe(summary);
        });
        all(".lesson-finish").forEach(function (button) {
          var finished = !!(state.lessons[self.lesson] || {}).finished;
          button.setAttribute("aria-pressed", finished ? "true" : "false");
          button.textContent = finished ? "Marked as finished" : "Mark as finished";
        });
        this.quizzes.forEach(function (quiz, index) {
          var saved = state.quizzes[quiz.id];
          all('.quiz-step[data-quiz-id="' + quiz.id + '"]').forEach(function (step) {
            step.classList.toggle("is-answered", !!saved);
            step.classList.toggle("is-correct", !!(saved && saved.correct));
            var status = saved ? (saved.correct ? "answered correctly" : "answered, not yet correct") : "not answered";
            step.setAttribute("aria-label", "Quiz " + (index + 1) + ": " + status);
            step.setAttribute("title", "Quiz " + (index + 1) + ": " + status);
          });
        });
      }
      this.updateIndex();
      if (!skipSave) { saveState(state); }
    },

    updateIndex: function () {
      var self = this;
      var finishedCount = 0;
      var items = all(".lesson-list li[data-lesson]");
      items.forEach(function (item) {
        var slug = item.getAttribute("data-lesson");
        var declared = item.getAttribute("data-quizzes");
        var ids = declared !== null ? declared.split(" ").filter(Boolean) : ((state.lessons[slug] || {}).quizzes || []);
        var summary = self.lessonSummary(slug, ids);
        if (summary.finished) { finishedCount += 1; }
        item.classList.toggle("is-finished", summary.finished);
        var label = item.querySelector(".lesson-progress");
        if (label) { label.textContent = summary.finished ? "Finished" : (ids.length ? describe(summary) : ""); }
      });
      all(".course-progress[data-progress-total]").forEach(function (element) {
        var total = parseInt(element.getAttribute("data-progress-total"), 10) || items.length;
        element.textContent = finishedCount + " of " + total + " lessons finished";
      });
    }
  };

  function describe(summary) {
    if (summary.total === 0) { return summary.finished ? "Finished" : "No quizzes in this lesson"; }
    var text = summary.answered + " of " + summary.total + (summary.total === 1 ? " quiz" : " quizzes") + " answered";
    if (summary.answered > 0) { text += ", " + summary.correct + " correct"; }
    return summary.finished ? text + " \u2014 finished" : text;
  }

  /* ---------- worked examples: copy the statements only ---------- */

  function startCopyButtons() {
    all(".example-copy").forEach(function (button) {
      show(button, true);
      button.addEventListener("click", function () {
        var figure = button.closest(".example");
        var text = all(".example-input", figure).map(function (line) { return line.textContent; }).join("\n") + "\n";
        var status = figure.querySelector(".example-copy-status");
        function done(ok) { if (status) { status.textContent = ok ? "Copied the statements." : "Copy failed; select the code instead."; } }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
        } else {
          done(fallbackCopy(text));
        }
      });
    });
  }

  function fallbackCopy(text) {
    var area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
    doc.body.removeChild(area);
    return ok;
  }

  function start() {
    doc.documentElement.classList.add("js");
    page.start();
    startCopyButtons();
  }

  if (doc.readyState === "loading") { doc.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
