package org.parcours.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Records every call the player's tracker makes to the adapter, whatever the adapter, by wrapping adapter
 * factories as they register (a script that runs before the page's own, through the DevTools protocol).
 * The calls still reach the real adapter: this watches the contract of docs/runtime.md, it does not replace the
 * other side.
 */
public final class AdapterCalls {
    private static final String SPY = """
            window.__parcoursCalls = [];
            (function () {
              var P = window.Parcours = window.Parcours || {};
              P.adapters = new Proxy({}, { set: function (target, name, factory) {
                target[name] = function (data) {
                  var real = factory(data), spy = {};
                  Object.keys(real).forEach(function (k) {
                    spy[k] = typeof real[k] !== 'function' ? real[k] : function () {
                      var args = Array.prototype.slice.call(arguments);
                      window.__parcoursCalls.push({ method: k, args: JSON.parse(JSON.stringify(args)) });
                      return real[k].apply(real, arguments);
                    };
                  });
                  return spy;
                };
                return true;
              } });
            })();
            """;

    private final Browser browser;

    /** Installs the recorder for every page the browser opens from now on. */
    public AdapterCalls(Browser browser) {
        this.browser = browser;
        ChromeDriver d = browser.driver();
        d.executeCdpCommand("Page.enable", Map.of());
        d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SPY));
    }

    public record Call(String method, JsonNode args) {
        public JsonNode arg(int i) {
            return args.get(i);
        }
    }

    /** The calls of the current page so far, in order. */
    public List<Call> all() {
        String json = (String) browser.js("return JSON.stringify(window.__parcoursCalls || []);");
        try {
            List<Call> out = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(json)) out.add(new Call(n.get("method").asText(), n.get("args")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Call> of(String method) {
        return all().stream().filter(c -> c.method().equals(method)).toList();
    }
}
