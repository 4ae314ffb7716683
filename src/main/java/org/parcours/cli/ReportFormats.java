package org.parcours.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parcours.validate.Finding;
import org.parcours.validate.ValidationReport;

/** Validation reports as JSON and as JUnit XML (which CI servers show as test results). */
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

    /** One test case per finding (an error is a failure), or one passing case for a clean package. */
    static String junit(ValidationReport r) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int cases = Math.max(1, r.findings().size());
        sb.append("<testsuite name=\"parcours validate ").append(xml(r.packageName())).append("\" tests=\"").append(cases)
                .append("\" failures=\"").append(r.errorCount()).append("\" errors=\"0\" skipped=\"")
                .append(r.findings().size() - r.errorCount()).append("\">\n");
        if (r.findings().isEmpty()) {
            sb.append("  <testcase classname=\"").append(xml(r.standard().label())).append("\" name=\"package is valid\"/>\n");
        }
        for (Finding f : r.findings()) {
            // file and line let CI servers (GitLab, Jenkins) annotate the entry; classname groups by code
            sb.append("  <testcase classname=\"").append(xml(f.code())).append("\" name=\"")
                    .append(xml(f.entry() + (f.line() > 0 ? ":" + f.line() : "") + " " + f.message())).append("\"");
            if (!f.entry().isEmpty()) sb.append(" file=\"").append(xml(f.entry())).append("\"");
            if (f.line() > 0) sb.append(" line=\"").append(f.line()).append("\"");
            sb.append(">");
            if (f.isError()) sb.append("<failure message=\"").append(xml(f.message())).append("\" type=\"").append(f.code()).append("\"/>");
            else sb.append("<skipped message=\"").append(xml("warning: " + f.message())).append("\"/>");
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
