package org.parcours.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parcours.validate.Finding;
import org.parcours.validate.ValidationReport;

/** Reports as JSON and as JUnit XML (which CI servers show as test results). */
final class ReportFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFormats() {}

    static String json(ValidationReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("package", r.packageName());
        root.put("standard", r.standard().name());
        root.put("entries", r.entries());
        root.put("bytes", r.bytes());
        root.put("errors", r.errorCount());
        root.put("warnings", r.findings().size() - r.errorCount());
        var list = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = list.addObject();
            n.put("severity", f.severity().label());
            n.put("code", f.code());
            n.put("entry", f.entry());
            n.put("line", f.line());
            n.put("message", f.message());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String junit(ValidationReport r) {
        String name = r.packageName();
        return junit("parcours validate " + name, r.standard().label(), "package is valid",
                r.findings().stream().map(f -> Problem.of(name, f)).toList());
    }

    /**
     * One test case per problem (an error is a failure, a warning is skipped), or one passing case when there is
     * none: {@code cleanClass} and {@code cleanName} name that case.
     */
    static String junit(String suite, String cleanClass, String cleanName, java.util.List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int cases = Math.max(1, problems.size());
        sb.append("<testsuite name=\"").append(xml(suite)).append("\" tests=\"").append(cases)
                .append("\" failures=\"").append(errors).append("\" errors=\"0\" skipped=\"")
                .append(problems.size() - errors).append("\">\n");
        if (problems.isEmpty()) {
            sb.append("  <testcase classname=\"").append(xml(cleanClass)).append("\" name=\"").append(xml(cleanName)).append("\"/>\n");
        }
        for (Problem p : problems) {
            // file and line let CI servers (GitLab, Jenkins) annotate the file; classname groups by code
            String file = p.entry().isEmpty() ? (p.line() > 0 ? p.file() : "") : p.entry();
            String where = p.entry().isEmpty()
                    ? p.file() + (p.line() > 0 ? ":" + p.line() + ":" + Math.max(1, p.column()) : "")
                    : p.entry() + (p.line() > 0 ? ":" + p.line() : "");
            sb.append("  <testcase classname=\"").append(xml(p.code())).append("\" name=\"")
                    .append(xml(where + " " + p.message())).append("\"");
            if (!file.isEmpty()) sb.append(" file=\"").append(xml(file)).append("\"");
            if (p.line() > 0) sb.append(" line=\"").append(p.line()).append("\"");
            sb.append(">");
            if (p.isError()) sb.append("<failure message=\"").append(xml(p.message())).append("\" type=\"").append(p.code()).append("\"/>");
            else sb.append("<skipped message=\"").append(xml("warning: " + p.message())).append("\"/>");
            sb.append("</testcase>\n");
        }
        return sb.append("</testsuite>").toString();
    }

    private static String xml(String s) {
        // control characters other than tab and newline are not allowed in XML 1.0, even escaped
        String clean = s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
        return clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
