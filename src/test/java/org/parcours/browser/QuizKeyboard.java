package org.parcours.browser;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * Answers the quiz on screen with the keyboard alone, rightly or wrongly. What is right comes from the course
 * model as the loader reads it from the YAML (not from the page), so the page's grading is checked against an
 * independent answer key.
 */
public final class QuizKeyboard {
    private static final int MAX_TABS = 60;

    private final WebDriver d;
    private final Player.Names names;

    public QuizKeyboard(WebDriver d, Player.Names names) {
        this.d = d;
        this.names = names;
    }

    /** The ids of the questions shown for this attempt, in display order. */
    public List<String> shownQuestions() {
        List<String> ids = new ArrayList<>();
        for (WebElement li : d.findElements(By.cssSelector("#P-unit li[data-question]"))) ids.add(li.getAttribute("data-question"));
        return ids;
    }

    /** Answers every question shown, right or wrong, then tabs to « Valider » and presses Enter. */
    public void answerAll(Quiz quiz, boolean right) {
        for (String id : shownQuestions()) answer(question(quiz, id), right);
        submit();
    }

    public void submit() {
        Ui.tabTo(d, "button", names.submit(), MAX_TABS);
        Ui.press(d, Keys.ENTER);
    }

    public static Question question(Quiz quiz, String id) {
        return quiz.questions().stream().filter(q -> q.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the page shows a question the course does not have: " + id));
    }

    public void answer(Question q, boolean right) {
        String dom = "Q-" + q.id().value();
        if (q instanceof Question.SingleChoice s) {
            radio(dom, pick(s.choices(), right));
        } else if (q instanceof Question.TrueFalse tf) {
            boolean value = right == tf.answer();
            radio(dom, value ? names.trueLabel() : names.falseLabel());
        } else if (q instanceof Question.MultipleChoice m) {
            List<String> wanted = right
                    ? m.choices().stream().filter(Question.Choice::correct).map(Question.Choice::text).toList()
                    : List.of(pick(m.choices(), false));
            checkboxes(dom, m.choices().size(), wanted);
        } else if (q instanceof Question.FillIn f) {
            type(dom + "-input", right ? f.answers().get(0) : "zzz");
        } else if (q instanceof Question.Numeric n) {
            type(dom + "-input", number(right ? n.answer() : n.answer() + n.tolerance() + 10));
        } else if (q instanceof Question.Matching m) {
            for (int i = 0; i < m.pairs().size(); i++) {
                String target = m.pairs().get((right ? i : i + 1) % m.pairs().size()).right();
                choose(dom, i, target);
            }
        } else if (q instanceof Question.Ordering o) {
            // the player never shows the items in the right order: leaving them is a wrong answer
            if (right) order(dom, o.items());
        }
    }

    private static String pick(List<Question.Choice> choices, boolean right) {
        return choices.stream().filter(c -> c.correct() == right).findFirst().orElseThrow().text();
    }

    /** Tabs into the radio group, then moves with the arrow keys (which check) to the wanted one, or checks it with Space. */
    private void radio(String group, String label) {
        WebElement f = Ui.tabUntil(d, e -> "radio".equals(e.getAttribute("type")) && group.equals(e.getAttribute("name")),
                MAX_TABS, "radio group " + group);
        for (int i = 0; i < 10; i++) {
            if (Ui.name(f).equals(Ui.plain(label))) {
                if (!f.isSelected()) Ui.press(d, Keys.SPACE);
                return;
            }
            Ui.press(d, Keys.ARROW_DOWN);
            f = Ui.focused(d);
        }
        throw new AssertionError("no radio '" + label + "' in " + group);
    }

    private void checkboxes(String group, int count, List<String> wanted) {
        for (int i = 0; i < count; i++) {
            WebElement f = Ui.tabUntil(d, e -> "checkbox".equals(e.getAttribute("type")) && group.equals(e.getAttribute("name")),
                    MAX_TABS, "checkbox of " + group);
            boolean want = wanted.stream().map(Ui::plain).anyMatch(Ui.name(f)::equals);
            if (want != f.isSelected()) Ui.press(d, Keys.SPACE);
        }
    }

    private void type(String id, String text) {
        Ui.tabUntil(d, e -> id.equals(e.getAttribute("id")), MAX_TABS, "field " + id);
        Ui.press(d, text);
    }

    /** On a closed select, the arrow keys change the option, as on every desktop browser but Safari. */
    private void choose(String dom, int source, String target) {
        WebElement f = Ui.tabUntil(d, e -> String.valueOf(source).equals(e.getAttribute("data-source"))
                && e.getAttribute("id").startsWith(dom + "-"), MAX_TABS, "select " + source + " of " + dom);
        Select select = new Select(f);
        for (int i = 0; i < select.getOptions().size() + 1; i++) {
            if (Ui.plain(select.getFirstSelectedOption().getText()).equals(Ui.plain(target))) return;
            Ui.press(d, Keys.ARROW_DOWN);
        }
        throw new AssertionError("no option '" + target + "' in select " + source + " of " + dom);
    }

    /** Sorts the items with their « Monter » buttons: each item in turn is raised to its place. */
    private void order(String dom, List<String> items) {
        for (int place = 0; place < items.size(); place++) {
            String item = items.get(place);
            int now = displayedOrder(dom).indexOf(Ui.plain(item));
            if (now == place) continue;
            String up = names.moveUp() + " " + item;
            Ui.tabTo(d, "button", up, MAX_TABS);
            for (int k = now; k > place; k--) Ui.press(d, Keys.ENTER);
        }
        if (!displayedOrder(dom).equals(items.stream().map(Ui::plain).toList())) throw new AssertionError("could not order " + dom + ": " + displayedOrder(dom));
    }

    private List<String> displayedOrder(String dom) {
        return d.findElements(By.cssSelector("#" + dom + " .order-text")).stream().map(e -> Ui.plain(e.getText())).toList();
    }

    private static String number(double v) {
        return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** The verdict line of the result (« Réussi », « Non réussi »), if the result is shown. */
    public Optional<String> verdict() {
        List<WebElement> v = d.findElements(By.cssSelector("#P-unit [data-quiz-result]:not([hidden]) .result-verdict"));
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).getText().replaceFirst("^[✓✗]\\s*", ""));
    }

    public String score() {
        return d.findElement(By.cssSelector("#P-unit .result-score")).getText();
    }
}
