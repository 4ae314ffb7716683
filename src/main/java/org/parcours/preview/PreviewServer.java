package org.parcours.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.parcours.Parcours;
import org.parcours.diag.Diagnostic;
import org.parcours.diag.Result;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.Formats;
import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;
import org.parcours.model.Course;
import org.parcours.render.Mime;
import org.parcours.tree.FileTree;

/**
 * Serves the course's web build on 127.0.0.1 and a free port, rebuilt in memory whenever a source file changes;
 * each HTML page gets a small script that reloads it when the build changes. A course with errors shows its
 * diagnostics (file:line) instead of the player. Nothing is written to disk.
 */
public final class PreviewServer implements AutoCloseable {
    /** How often the sources are looked at; a change shows in the browser within about twice this. */
    static final long POLL_MILLIS = 300;
    static final String VERSION_PATH = "/__parcours/version";
    static final String RELOAD_PATH = "/__parcours/reload.js";
    /** A file, not an inline script, so that the player's Content-Security-Policy ('self') lets it run. */
    private static final String RELOAD_JS = "(function(){var v=new URL(document.currentScript.src).searchParams.get('v');"
            + "setInterval(function(){fetch('" + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text();})"
            + ".then(function(t){if(t!==v)location.reload();}).catch(function(){});},500);})();";

    private final Path dir;
    private final Lang lang;
    private final HttpServer server;
    private final AtomicLong version = new AtomicLong();
    private final Thread watcher;
    private volatile FileTree tree = FileTree.builder().build();
    private volatile String problems = "";
    private volatile Map<String, Long> stamp = Map.of();
    private volatile boolean open = true;

    private PreviewServer(Path dir, Lang lang) throws IOException {
        this.dir = dir;
        this.lang = lang;
        rebuild();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        watcher = new Thread(this::watch, "parcours-preview-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Builds the course and starts serving it; {@link #close()} stops the server and the watcher. */
    public static PreviewServer start(Path dir, Lang lang) {
        try {
            return new PreviewServer(dir, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many builds were made so far (the page reloads when it changes). */
    public long version() {
        return version.get();
    }

    @Override
    public void close() {
        open = false;
        watcher.interrupt();
        server.stop(0);
        try {
            watcher.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        while (open) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            Map<String, Long> now = sources();
            if (!now.equals(stamp)) rebuild();
        }
    }

    /** Size and modification time of every file of the course, the cheapest way to see that one changed. */
    private Map<String, Long> sources() {
        Map<String, Long> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                try {
                    m.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p));
                } catch (IOException e) {
                    m.put(dir.relativize(p).toString(), -1L);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the folder is being rewritten (an editor's save): the next look sees the result
        }
        return m;
    }

    private synchronized void rebuild() {
        stamp = sources();
        Result<Course> checked = Parcours.check(dir, dir.getFileName() == null ? "." : dir.getFileName().toString());
        Result<FileTree> built = checked.hasErrors() ? new Result<>(java.util.Optional.empty(), checked.diagnostics())
                : checked.then(c -> web().build(c, BuildOptions.defaults()));
        if (built.value().isPresent()) {
            tree = built.value().get();
            problems = "";
        } else {
            StringBuilder b = new StringBuilder();
            for (Diagnostic d : built.diagnostics()) {
                if (!d.isError()) continue;
                b.append("<li><code>").append(escape(d.headline(lang))).append("</code>");
                if (!d.hint(lang).isEmpty()) b.append("<br>").append(escape(d.hint(lang)));
                b.append("</li>\n");
            }
            problems = b.toString();
        }
        version.incrementAndGet();
    }

    private static Format web() {
        return Formats.builtIn().named("web").orElseThrow(() -> new IllegalStateException("the web format is built in"));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals(VERSION_PATH)) {
                send(ex, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(RELOAD_PATH)) {
                send(ex, 200, "text/javascript; charset=utf-8", RELOAD_JS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!problems.isEmpty()) {
                send(ex, 200, "text/html; charset=utf-8", withReload(errorPage()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rel = path.equals("/") || path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
            java.util.Optional<byte[]> body = tree.get(rel);
            if (body.isEmpty()) {
                send(ex, 404, "text/plain; charset=utf-8", Text.of("not found: %s", rel).in(lang).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = Mime.of(rel);
            if (type.startsWith("text/html")) {
                send(ex, 200, type, withReload(new String(body.get(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, type, body.get());
            }
        }
    }

    private String errorPage() {
        String title = Text.of("The course has errors").in(lang);
        return "<!DOCTYPE html><html lang=\"" + lang.tag() + "\"><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><body><main><h1>" + escape(title) + "</h1><ul id=\"parcours-diagnostics\">" + problems
                + "</ul><p>" + escape(Text.of("The page reloads by itself once they are fixed.").in(lang))
                + "</p></main></body></html>";
    }

    /** The reload script: asks for the build's version twice a second and reloads when it changed. */
    private String withReload(String html) {
        String script = "<script src=\"" + RELOAD_PATH + "?v=" + version.get() + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
