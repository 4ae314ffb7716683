package org.parcours.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Serves a package to a browser, as an LMS or a web server would: the files of a folder, or the entries of a zip,
 * on 127.0.0.1 at an ephemeral port. Extra routes (an LMS endpoint, a launch page) can be added with
 * {@link #route}. Every request is logged, so a test can check that nothing else was asked for.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("xsd", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("wav", "audio/wav"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Handler> routes = Collections.synchronizedMap(new HashMap<>());
    private final ZipFile zip;
    private final Path folder;

    /** Answers one request of an extra route: given the method, path and body, returns status, type and body. */
    public interface Handler {
        Response handle(String method, String path, byte[] body) throws IOException;
    }

    public record Response(int status, String contentType, byte[] body) {
        public static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private StaticServer(Path folder, ZipFile zip) throws IOException {
        this.folder = folder;
        this.zip = zip;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** Serves a folder, or a .zip file's entries. */
    public static StaticServer serve(Path folderOrZip) {
        try {
            if (Files.isDirectory(folderOrZip)) return new StaticServer(folderOrZip, null);
            return new StaticServer(null, new ZipFile(folderOrZip.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve " + folderOrZip, e);
        }
    }

    /** The address of a path of the package, e.g. {@code url("index.html")}. */
    public String url(String path) {
        return root() + path;
    }

    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Answers requests whose path starts with {@code prefix} (e.g. "/lms/") with {@code handler}. */
    public StaticServer route(String prefix, Handler handler) {
        routes.put(prefix, handler);
        return this;
    }

    /** Every request served so far, as "METHOD /path". */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            requests.add(ex.getRequestMethod() + " " + path);
            Optional<Map.Entry<String, Handler>> route;
            synchronized (routes) {
                route = routes.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst();
            }
            if (route.isPresent()) {
                Response r = route.get().getValue().handle(ex.getRequestMethod(), path, ex.getRequestBody().readAllBytes());
                send(ex, r.status(), r.contentType(), r.body());
                return;
            }
            String rel = path.startsWith("/") ? path.substring(1) : path;
            if (rel.isEmpty()) rel = "index.html";
            Optional<byte[]> body = rel.contains("..") ? Optional.empty() : read(rel);
            if (body.isEmpty()) {
                send(ex, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body.get());
        }
    }

    private Optional<byte[]> read(String rel) throws IOException {
        if (folder != null) {
            Path p = folder.resolve(rel).normalize();
            return p.startsWith(folder) && Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        }
        ZipEntry entry = zip.getEntry(rel);
        if (entry == null || entry.isDirectory()) return Optional.empty();
        try (var in = zip.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public URI uri(String path) {
        return URI.create(url(path));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the zip is only read; closing it can fail only if it is already gone
            }
        }
    }
}
