/*
 * The quiz in the page: shows an attempt's drawn questions, shuffles their display as the quiz says, reads the
 * learner's answers from the form that quiz.ftlh rendered, shows feedback per choice and per question, the score
 * and pass/fail, and the review of the attempt. The grading itself is grading.js (pure functions, tested under
 * Node). It knows nothing of storage or LMSs: the player hands it the quiz's state and callbacks (mount's ctx).
 * Answers use the neutral form of docs/runtime.md: indexes in the authoring order, whatever the display order.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  var t = P.i18n.t;
  var G = P.grading;

  // ---------------------------------------------------------------- the form

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function each(root, selector, fn) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), fn);
  }

  /** The learner's response to a question, read from its fieldset; undefined when not answered. */
  function readResponse(q, fieldset) {
    switch (q.type) {
      case "single":
      case "multiple": {
        var picked = [];
        each(fieldset, "input:checked", function (i) { picked.push(Number(i.value)); });
        picked.sort(function (a, b) { return a - b; });
        return picked.length ? picked : undefined;
      }
      case "truefalse": {
        var checked = fieldset.querySelector("input:checked");
        return checked ? checked.value === "true" : undefined;
      }
      case "fillin": {
        var text = fieldset.querySelector("[data-answer]").value;
        return text.trim() ? text : undefined;
      }
      case "numeric": {
        var raw = fieldset.querySelector("[data-answer]").value;
        var n = raw.trim() ? G.parseNumber(raw) : null;
        return n === null ? undefined : n;
      }
      case "matching": {
        var pairs = [];
        each(fieldset, "select[data-source]", function (s) {
          if (s.value !== "") pairs.push([Number(s.getAttribute("data-source")), Number(s.value)]);
        });
        return pairs.length ? pairs : undefined;
      }
      case "ordering": {
        var order = [];
        each(fieldset, "[data-order] > li", function (li) { order.push(Number(li.getAttribute("data-index"))); });
        return order;
      }
    }
    return undefined;
  }

  /** Puts a saved response back into the controls (resume in the middle of an attempt, review after it). */
  function writeResponse(q, fieldset, r) {
    if (r === undefined || r === null) return;
    switch (q.type) {
      case "single":
      case "multiple":
        each(fieldset, "input", function (i) { i.checked = r.indexOf(Number(i.value)) >= 0; });
        break;
      case "truefalse":
        each(fieldset, "input", function (i) { i.checked = (i.value === "true") === r; });
        break;
      case "fillin":
        fieldset.querySelector("[data-answer]").value = r;
        break;
      case "numeric":
        fieldset.querySelector("[data-answer]").value = P.i18n.number(r);
        break;
      case "matching":
        r.forEach(function (pair) {
          var s = fieldset.querySelector('select[data-source="' + pair[0] + '"]');
          if (s) s.value = String(pair[1]);
        });
        break;
      case "ordering":
        placeOrder(fieldset, r);
        break;
    }
  }

  function placeOrder(fieldset, order) {
    var list = fieldset.querySelector("[data-order]");
    order.forEach(function (index) {
      var li = list.querySelector('li[data-index="' + index + '"]');
      if (li) list.appendChild(li);
    });
    markEdges(list);
  }

  /** The first item cannot go up nor the last down: say so without removing the button from the tab order. */
  function markEdges(list) {
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      items[i].querySelector('[data-move="-1"]').setAttribute("aria-disabled", String(i === 0));
      items[i].querySelector('[data-move="1"]').setAttribute("aria-disabled", String(i === items.length - 1));
    }
  }

  /** Shuffles the attempt's display: choices and matching targets when the quiz says so, ordering items always. */
  function shuffleDisplay(quiz, q, fieldset, attempt) {
    var rand = G.random(quiz.id + "/" + q.id + "/" + attempt);
    if (quiz.shuffle && (q.type === "single" || q.type === "multiple")) {
      var list = fieldset.querySelector(".choices");
      var items = Array.prototype.slice.call(list.children);
      G.permutation(items.length, rand).forEach(function (i) { list.appendChild(items[i]); });
    }
    if (quiz.shuffle && q.type === "matching") {
      var perm = G.permutation(q.targets.length, rand);
      each(fieldset, "select[data-source]", function (select) {
        var options = Array.prototype.slice.call(select.options, 1);
        perm.forEach(function (i) { select.appendChild(options[i]); });
      });
    }
    if (q.type === "ordering") {
      var order = G.permutation(q.items.length, rand);
      // a shuffle that leaves the items in the right order would give the answer away
      if (order.every(function (v, i) { return v === i; })) order.push(order.shift());
      placeOrder(fieldset, order);
    }
  }

  /** Says, next to a numeric field, that its text is not a number (WCAG 3.3.1 error identification). */
  function numberHint(fieldset) {
    var input = fieldset.querySelector("[data-answer]");
    var bad = input.value.trim() !== "" && G.parseNumber(input.value) === null;
    var hint = document.getElementById(input.id + "-error");
    if (bad && !hint) {
      hint = el("p", "field-error", t("notANumber"));
      hint.id = input.id + "-error";
      input.parentNode.appendChild(hint);
      input.setAttribute("aria-describedby", hint.id);
    }
    if (hint) hint.hidden = !bad;
    input.setAttribute("aria-invalid", String(bad));
  }

  // ---------------------------------------------------------------- feedback and review

  function describeAnswer(q, value) {
    switch (q.type) {
      case "single":
      case "multiple":
        return value.map(function (i) { return q.choices[i].text; }).join(" ; ");
      case "truefalse":
        return t(value ? "true" : "false");
      case "fillin":
        return value[0];
    }
    return "";
  }

  function showQuestionReview(line, fieldset, ctx) {
    var q = line.q, r = line.response;
    fieldset.disabled = true;
    fieldset.classList.add(line.success ? "is-right" : "is-wrong");
    var box = fieldset.querySelector("[data-feedback]");
    box.textContent = "";
    var verdict = r === null ? "unanswered" : line.success ? "correct" : "incorrect";
    var head = el("p", "verdict verdict-" + (line.success ? "right" : "wrong"));
    head.appendChild(el("span", "verdict-icon", line.success ? "✓ " : "✗ ")).setAttribute("aria-hidden", "true");
    head.appendChild(el("strong", "", t(verdict)));
    box.appendChild(head);

    if (q.type === "single" || q.type === "multiple" || q.type === "truefalse") {
      each(fieldset, "li.choice", function (li) {
        var index = Number(li.getAttribute("data-index"));
        var value = q.type === "truefalse" ? index === 0 : index;
        var picked = q.type === "truefalse" ? r === value : Array.isArray(r) && r.indexOf(index) >= 0;
        var right = q.type === "truefalse" ? q.correct === value : q.correct.indexOf(index) >= 0;
        var mark = li.querySelector("[data-mark]");
        mark.textContent = "";
        var words = [];
        if (picked) words.push(t("yourChoice"));
        if (right) words.push(t("rightChoice"));
        if (words.length) {
          li.classList.add(right ? "choice-right" : "choice-wrong");
          mark.appendChild(el("span", "mark-icon", right ? "✓ " : "✗ ")).setAttribute("aria-hidden", "true");
          mark.appendChild(document.createTextNode("(" + words.join(", ") + ")"));
        }
        var choice = q.choices && q.choices[index];
        if (picked && choice && choice.feedback) mark.appendChild(el("span", "choice-feedback", choice.feedback));
      });
    }
    if (q.type === "matching") {
      each(fieldset, "li.pair", function (li) {
        var source = Number(li.getAttribute("data-index"));
        var select = li.querySelector("select");
        var right = select.value === String(source);
        var mark = li.querySelector("[data-mark]");
        mark.textContent = "";
        mark.appendChild(el("span", "mark-icon", right ? "✓ " : "✗ ")).setAttribute("aria-hidden", "true");
        // the select may be too narrow to show a long answer whole: the review writes both out in full
        var chosen = select.value === "" ? t("unanswered") : q.targets[Number(select.value)];
        if (right) {
          mark.appendChild(document.createTextNode(t("correctMatch", { answer: chosen })));
        } else {
          mark.appendChild(document.createTextNode(t("yourMatch", { answer: chosen })));
          mark.appendChild(el("span", "expected-match", t("expected", { answer: q.targets[source] })));
        }
        li.classList.add(right ? "choice-right" : "choice-wrong");
      });
    }
    var text = line.success ? q.feedback.correct : q.feedback.incorrect;
    if (text) box.appendChild(el("p", "feedback-text", text));
    if (!line.success) {
      if (q.type === "fillin") box.appendChild(el("p", "expected", t("expected", { answer: describeAnswer(q, q.correct) })));
      if (q.type === "numeric") {
        box.appendChild(el("p", "expected", q.correct.min === q.correct.max
          ? t("expected", { answer: P.i18n.number(q.correct.min) })
          : t("expectedRange", { min: P.i18n.number(q.correct.min), max: P.i18n.number(q.correct.max) })));
      }
      if (q.type === "ordering") {
        box.appendChild(el("p", "expected", t("expectedOrder")));
        var ol = box.appendChild(el("ol", "expected-list"));
        q.items.forEach(function (item) { ol.appendChild(el("li", "", item)); });
      }
      if (q.lesson && ctx.lessonTitle(q.lesson)) {
        var p = box.appendChild(el("p", "review-lesson"));
        var a = p.appendChild(el("a", "", t("reviewLesson", { title: ctx.lessonTitle(q.lesson) })));
        a.href = "#/" + q.lesson;
      }
    }
    box.hidden = false;
  }

  function showResult(root, quiz, qs, res) {
    var section = root.querySelector("[data-quiz-result]");
    var summary = section.querySelector("[data-quiz-summary]");
    summary.textContent = "";
    var verdict = summary.appendChild(el("p", "result-verdict " + (res.passed ? "result-passed" : "result-failed")));
    verdict.appendChild(el("span", "verdict-icon", res.passed ? "✓ " : "✗ ")).setAttribute("aria-hidden", "true");
    verdict.appendChild(el("strong", "", t(res.passed ? "passed" : "failed")));
    summary.appendChild(el("p", "result-score", t("score", { score: res.score, count: res.earned, max: res.max })));
    summary.appendChild(el("p", "", t("passingScore", { score: quiz.passingScore })));
    if (res.unanswered) summary.appendChild(el("p", "", t("unansweredCount", { count: res.unanswered })));
    var overall = res.passed ? quiz.feedback.passed : quiz.feedback.failed;
    if (overall) summary.appendChild(el("p", "result-feedback", overall));
    var attempts = quiz.maxAttempts > 0 ? t("attemptOf", { n: qs.n, max: quiz.maxAttempts }) : t("attempt", { n: qs.n });
    var left = quiz.maxAttempts > 0 ? quiz.maxAttempts - qs.n : Infinity;
    if (left === 0) attempts += " " + t("noAttemptsLeft");
    else if (left !== Infinity) attempts += " " + t("attemptsLeft", { count: left });
    summary.appendChild(el("p", "result-attempts", attempts));
    if (qs.n > 1) summary.appendChild(el("p", "", t("best", { score: qs.best })));
    section.querySelector("[data-quiz-retry]").hidden = left <= 0;
    section.hidden = false;
    root.querySelector("[data-quiz-submit]").hidden = true;
    return t(res.passed ? "passed" : "failed") + ". " + t("score", { score: res.score, count: res.earned, max: res.max });
  }

  // ---------------------------------------------------------------- mounting

  /**
   * Runs a quiz in `root` (the quiz.ftlh article). ctx gives: state() (the quiz's saved state or null),
   * update(state) (save it), answer(interaction), score(result), retry() (render the quiz again, fresh),
   * locked (null, or the lessons left before the assessment opens: [{id, title}]), lessonTitle(id),
   * announce(text) and focus(element).
   */
  function mount(root, quiz, ctx) {
    var meta = root.querySelector("[data-quiz-meta]");
    var limit = quiz.maxAttempts > 0 ? t("attemptsLimit", { count: quiz.maxAttempts }) : t("attemptsUnlimited");
    meta.textContent = t("quizMeta", { count: Math.min(quiz.draw, quiz.questions.length), score: quiz.passingScore }) + " " + limit;
    var form = root.querySelector("[data-quiz-form]");

    if (ctx.locked) {
      var box = root.querySelector("[data-quiz-locked]");
      box.appendChild(el("p", "locked-text", t("locked")));
      box.appendChild(el("p", "", t("lockedRemaining")));
      var ul = box.appendChild(el("ul", ""));
      ctx.locked.forEach(function (lesson) {
        var a = ul.appendChild(el("li", "")).appendChild(el("a", "", lesson.title));
        a.href = "#/" + lesson.id;
      });
      box.hidden = false;
      form.hidden = true;
      return;
    }

    var byId = G.questionsById(quiz);
    var qs = ctx.state();
    var valid = qs && Array.isArray(qs.drawn) && qs.drawn.length &&
      qs.drawn.every(function (id) { return byId[id]; });
    if (!valid) {
      qs = G.newAttempt(quiz, qs);
      ctx.update(qs);
    }
    qs.answers = qs.answers || {};
    var attempt = qs.submitted ? qs.n : qs.n + 1;
    var started = Date.now();
    var changedAt = {};

    // keep the drawn questions, in the drawn order, numbered
    var list = root.querySelector(".questions");
    var items = {};
    each(list, "li[data-question]", function (li) { items[li.getAttribute("data-question")] = li; li.remove(); });
    qs.drawn.forEach(function (id, i) {
      var li = items[id];
      list.appendChild(li);
      li.querySelector("[data-question-number]").textContent = t("question", { n: i + 1, total: qs.drawn.length });
      var fieldset = li.querySelector("fieldset");
      shuffleDisplay(quiz, byId[id], fieldset, attempt);
      writeResponse(byId[id], fieldset, qs.answers[id]);
    });

    function fieldsetOf(node) {
      while (node && node.tagName !== "FIELDSET") node = node.parentNode;
      return node;
    }

    function record(fieldset) {
      var li = fieldset.parentNode;
      var id = li.getAttribute("data-question");
      var response = readResponse(byId[id], fieldset);
      if (response === undefined) delete qs.answers[id];
      else qs.answers[id] = response;
      changedAt[id] = Date.now();
      if (byId[id].type === "numeric") numberHint(fieldset);
      ctx.update(qs);
    }

    if (qs.submitted) {
      review(false);
    } else {
      form.addEventListener("change", function (e) {
        var f = fieldsetOf(e.target);
        if (f) record(f);
      });
      form.addEventListener("input", function (e) {
        var f = fieldsetOf(e.target);
        if (f && e.target.matches("[data-answer]")) record(f);
      });
      form.addEventListener("click", function (e) {
        var button = e.target.closest ? e.target.closest("[data-move]") : null;
        if (button) move(button);
      });
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        submit();
      });
    }
    root.querySelector("[data-quiz-retry]").addEventListener("click", function () {
      ctx.update(G.newAttempt(quiz, qs));
      ctx.retry();
    });

    function move(button) {
      if (button.getAttribute("aria-disabled") === "true") return;
      var li = button.closest("li");
      var ol = li.parentNode;
      var step = Number(button.getAttribute("data-move"));
      if (step < 0 && li.previousElementSibling) ol.insertBefore(li, li.previousElementSibling);
      if (step > 0 && li.nextElementSibling) ol.insertBefore(li.nextElementSibling, li);
      markEdges(ol);
      // moving a node drops its focus: give it back, on the other button when this one reached an edge
      var again = button.getAttribute("aria-disabled") === "true" ? li.querySelector('[data-move="' + -step + '"]') : button;
      again.focus();
      var position = Array.prototype.indexOf.call(ol.children, li) + 1;
      ctx.announce(t("moved", { item: li.querySelector(".order-text").textContent, pos: position, total: ol.children.length }));
      record(fieldsetOf(ol));
    }

    function submit() {
      each(form, "fieldset", function (f) { record(f); });
      var res = G.result(quiz, qs);
      var now = Date.now();
      G.settle(qs, res);
      ctx.update(qs);
      var stamp = new Date(now).toISOString();
      res.lines.forEach(function (line) {
        ctx.answer(G.interaction(quiz, line, (changedAt[line.q.id] || now) - started, stamp));
      });
      ctx.score({ scaled: res.score / 100, raw: res.score, min: 0, max: 100, passed: res.passed, attempt: qs.n,
        durationMs: now - started });
      review(true);
    }

    function review(justSubmitted) {
      var res = G.result(quiz, qs);
      res.lines.forEach(function (line) {
        showQuestionReview(line, items[line.q.id].querySelector("fieldset"), ctx);
      });
      var said = showResult(root, quiz, qs, res);
      if (justSubmitted) {
        ctx.focus(root.querySelector("[data-quiz-result] h2"));
        ctx.announce(said);
      }
    }
  }

  P.quiz = { mount: mount };
})();
