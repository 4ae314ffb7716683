package org.parcours.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SCORM 1.2 LMS for the browser journeys, made of real LMS software: scorm-again's Scorm12API (the npm package,
 * pinned) is the API object, exposed as {@code window.API} by a launch page on 127.0.0.1 that opens a SCO in a
 * frame, as Moodle's player does. Like Moodle it reads the manifest (the SCOs in organization order and their
 * masteryscore), keeps one record per SCO, carries suspend_data, lesson_location and the status over to the next
 * session, and lets the mastery score decide passed/failed. It records every API call with the error code the LMS
 * reported after it; {@link Scorm12Rules} then judges the record as strictly as Moodle's standards mode.
 */
public final class Scorm12Lms implements AutoCloseable {
    /** scorm-again as Moodle behaves: masteryscore overrides the status, no status is made up for a silent SCO. */
    static final String SETTINGS = "{\"mastery_override\": true, \"autoCompleteLessonStatus\": false,"
            + " \"score_overrides_status\": false, \"autocommit\": false, \"lmsCommitUrl\": false, \"logLevel\": 5}";

    private final Browser browser;
    private final StaticServer server;
    private final List<Sco> items;
    private final Map<String, Map<String, String>> records = new LinkedHashMap<>();
    private String entry = "";
    private String lmsWindow;

    /** An item of the default organization that launches something. */
    public record Sco(String identifier, String title, String href, String scormtype, Optional<String> masteryScore) {
        public boolean isSco() {
            return scormtype.equals("sco");
        }
    }

    /** One API call: function, arguments, what it returned, and LMSGetLastError right after it. */
    public record Call(String fn, List<String> args, String result, String error) {
        @Override
        public String toString() {
            return fn + args + " = " + result + (error.equals("0") ? "" : " (error " + error + ")");
        }
    }

    /**
     * What one session of one SCO left: the entry the LMS gave it, the calls, and the LMS's record of the SCO after
     * LMSFinish.
     */
    public record Session(Sco sco, String entry, List<Call> calls, Map<String, String> cmi) {
        public String get(String element) {
            return cmi.getOrDefault(element, "");
        }

        public long count(String fn) {
            return calls.stream().filter(c -> c.fn().equals(fn)).count();
        }
    }

    private Scorm12Lms(Browser browser, Path zip) {
        this.browser = browser;
        this.server = StaticServer.serve(zip);
        this.items = readManifest(zip);
        Path scormAgain = Project.nodeModule("scorm-again/dist/scorm12.js");
        server.route("/lms/", (method, path, body) -> switch (path) {
            case "/lms/scorm12.js" -> new StaticServer.Response(200, "text/javascript; charset=utf-8", Files.readAllBytes(scormAgain));
            case "/lms/index.html" -> new StaticServer.Response(200, "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8));
            default -> StaticServer.Response.text(404, "not found");
        });
        // browsers ask every origin for an icon: an LMS has one, and a 404 would be a console error
        server.route("/favicon.ico", (method, path, body) -> new StaticServer.Response(204, "image/x-icon", new byte[0]));
    }

    /** Serves a SCORM 1.2 zip; the browser is the learner's. */
    public static Scorm12Lms serve(Browser browser, Path zip) {
        if (!Files.isRegularFile(Project.nodeModule("scorm-again/dist/scorm12.js"))) {
            throw new AssertionError("node_modules/scorm-again is missing: run `npm ci --ignore-scripts`");
        }
        return new Scorm12Lms(browser, zip);
    }

    /** The launchable items of the default organization, in order. */
    public List<Sco> items() {
        return items;
    }

    public List<Sco> scos() {
        return items.stream().filter(Sco::isSco).toList();
    }

    public String url(String path) {
        return server.url(path);
    }

    /**
     * Opens the LMS page and launches a SCO in its frame, with the learner's record of that SCO from the previous
     * sessions (empty the first time); leaves the driver inside the frame.
     */
    public void launch(Sco sco) {
        start(sco, "frame");
        browser.driver().switchTo().frame("sco");
        // keys go where the focus is: into the SCO's frame, as when a learner clicks in it
        browser.waitUntil("return document.readyState === 'complete' && document.body;", 10);
        browser.js("window.focus();");
    }

    /** Launches a SCO in a new window, as Moodle's "New window" display does; leaves the driver in that window. */
    public void launchInNewWindow(Sco sco) {
        start(sco, "window");
        lmsWindow = browser.driver().getWindowHandle();
        browser.waitUntil("return LMS.win && LMS.win.document && LMS.win.document.readyState === 'complete';", 10);
        String popup = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(lmsWindow)).findFirst().orElseThrow();
        browser.driver().switchTo().window(popup);
    }

    /** Closes the SCO's window from the LMS (it gets pagehide) and returns the session, as {@link #leave} does. */
    public Session closeNewWindow(Sco sco) {
        browser.driver().switchTo().window(lmsWindow);
        browser.js("LMS.win.close();");
        browser.waitUntil("return LMS.calls.some(function (c) { return c.fn === 'LMSFinish'; });", 10);
        Session s = session(sco);
        records.put(sco.identifier(), s.cmi());
        return s;
    }

    private void start(Sco sco, String where) {
        browser.driver().switchTo().defaultContent();
        browser.open(server.url("lms/index.html"));
        browser.waitUntil("return window.LMS && window.Scorm12API;", 10);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("cmi.core.student_id", "learner-1");
        data.put("cmi.core.student_name", "Example, Ada");
        data.put("cmi.core.credit", "credit");
        data.put("cmi.core.lesson_mode", "normal");
        sco.masteryScore().ifPresent(m -> data.put("cmi.student_data.mastery_score", m));
        Map<String, String> before = records.getOrDefault(sco.identifier(), Map.of());
        // RTE 3.4.2.1.4: entry is "resume" after a session that ended with exit "suspend", else "" (ab-initio first)
        data.put("cmi.core.entry", before.isEmpty() ? "ab-initio" : "suspend".equals(before.get("cmi.core.exit")) ? "resume" : "");
        for (String carried : List.of("cmi.core.lesson_location", "cmi.suspend_data", "cmi.core.lesson_status",
                "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max", "cmi.core.total_time")) {
            String v = before.get(carried);
            if (v != null && !v.isEmpty()) data.put(carried, v);
        }
        entry = data.get("cmi.core.entry");
        browser.js("LMS.launch(arguments[0], JSON.parse(arguments[1]), arguments[2], arguments[3]);",
                server.url(sco.href()), SETTINGS, data, where);
    }

    /**
     * Ends the session as the LMS does when the learner leaves the SCO (the frame is emptied: the SCO gets pagehide),
     * waits for LMSFinish when the SCO started a session, and keeps the LMS's record of the SCO for the next launch.
     */
    public Session leave(Sco sco) {
        browser.driver().switchTo().defaultContent();
        browser.js("LMS.unload();");
        if (Boolean.TRUE.equals(browser.js("return LMS.calls.some(function (c) { return c.fn === 'LMSInitialize'; });"))) {
            browser.waitUntil("return LMS.calls.some(function (c) { return c.fn === 'LMSFinish'; });", 10);
        }
        Session s = session(sco);
        if (!s.calls().isEmpty()) records.put(sco.identifier(), s.cmi());
        return s;
    }

    /** The calls and record of the session on screen, without ending it. */
    @SuppressWarnings("unchecked")
    public Session session(Sco sco) {
        browser.driver().switchTo().defaultContent();
        List<Map<String, Object>> raw = (List<Map<String, Object>>) browser.js("return LMS.calls;");
        List<Call> calls = new ArrayList<>();
        for (Map<String, Object> c : raw) {
            calls.add(new Call((String) c.get("fn"), ((List<Object>) c.get("args")).stream().map(String::valueOf).toList(),
                    String.valueOf(c.get("result")), String.valueOf(c.get("error"))));
        }
        Map<String, String> cmi = new LinkedHashMap<>((Map<String, String>) browser.js("return LMS.record();"));
        return new Session(sco, entry, calls, cmi);
    }

    /** The LMS's record of a SCO after its last session. */
    public Map<String, String> record(Sco sco) {
        return records.getOrDefault(sco.identifier(), Map.of());
    }

    /**
     * The launch page. Each call goes to scorm-again and is logged with the error code scorm-again reports after it.
     * The record is what the SCO stored (its accepted LMSSetValue calls over the launch data), with the status and
     * score as scorm-again holds them after LMSFinish, where masteryscore may have overridden the status.
     */
    private static String page() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Test LMS (scorm-again)</title>
                <script src="/lms/scorm12.js"></script></head>
                <body>
                <iframe id="sco" name="sco" title="SCO" style="width: 1200px; height: 820px; border: 0"></iframe>
                <script>
                window.LMS = { calls: [], stored: {}, api: null };
                LMS.launch = function (url, settings, data, where) {
                  var api = new Scorm12API(settings);
                  api.loadFromFlattenedJSON(data);
                  LMS.api = api;
                  LMS.calls = [];
                  LMS.stored = Object.assign({}, data);
                  function wrap(fn) {
                    return function () {
                      var args = Array.prototype.slice.call(arguments);
                      var result = api[fn].apply(api, args);
                      var error = String(api.lmsGetLastError());
                      LMS.calls.push({ fn: fn, args: args.map(String), result: String(result), error: error });
                      if (fn === "LMSSetValue" && error === "0" && String(result) === "true") LMS.stored[args[0]] = String(args[1]);
                      return result;
                    };
                  }
                  window.API = {};
                  ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError",
                   "LMSGetErrorString", "LMSGetDiagnostic"].forEach(function (fn) { window.API[fn] = wrap(fn); });
                  if (where === "window") LMS.win = window.open(url, "sco-window", "width=1200,height=820");
                  else document.getElementById("sco").src = url;
                };
                LMS.unload = function () { document.getElementById("sco").src = "about:blank"; };
                LMS.record = function () {
                  var out = Object.assign({}, LMS.stored);
                  if (LMS.api) {
                    out["cmi.core.lesson_status"] = String(LMS.api.cmi.core.lesson_status);
                    out["cmi.core.score.raw"] = String(LMS.api.cmi.core.score.raw);
                  }
                  return out;
                };
                </script>
                </body></html>
                """;
    }

    private static List<Sco> readManifest(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("imsmanifest.xml"))) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            Map<String, Element> resources = new LinkedHashMap<>();
            for (Element r : elements(doc.getDocumentElement(), "resource")) resources.put(r.getAttribute("identifier"), r);
            Element orgs = elements(doc.getDocumentElement(), "organizations").get(0);
            String def = orgs.getAttribute("default");
            Element org = elements(orgs, "organization").stream().filter(o -> o.getAttribute("identifier").equals(def))
                    .findFirst().orElseThrow();
            List<Sco> out = new ArrayList<>();
            for (Element item : elements(org, "item")) {
                if (!item.hasAttribute("identifierref")) continue;
                Element r = resources.get(item.getAttribute("identifierref"));
                String title = directChild(item, "title").map(Node::getTextContent).orElse("");
                Optional<String> mastery = directChild(item, "masteryscore").map(Node::getTextContent);
                out.add(new Sco(item.getAttribute("identifier"), title, r.getAttribute("href"),
                        r.getAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype"), mastery));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("unreadable manifest in " + zip, e);
        }
    }

    private static List<Element> elements(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static Optional<Element> directChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) return Optional.of(e);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.close();
    }
}
