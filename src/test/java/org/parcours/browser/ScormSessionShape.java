package org.parcours.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape every SCORM session must have, whatever the version (SCORM 1.2 RTE 3.3; SCORM 2004 RTE 3.1): every call
 * answered without an error code, one initialize and it first, at most one terminate and nothing after it, and the
 * empty-string argument of initialize, terminate and commit. The versions differ only in the functions' names.
 */
record ScormSessionShape(String initialize, String terminate, String commit, Set<String> diagnostics) {
    static final ScormSessionShape V12 = new ScormSessionShape("LMSInitialize", "LMSFinish", "LMSCommit",
            Set.of("LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"));
    static final ScormSessionShape V2004 = new ScormSessionShape("Initialize", "Terminate", "Commit",
            Set.of("GetLastError", "GetErrorString", "GetDiagnostic"));

    /** Adds the violations of the session's shape to {@code out}; returns the calls other than the error queries. */
    List<Scorm12Lms.Call> judge(List<Scorm12Lms.Call> calls, List<String> out) {
        calls.stream().filter(c -> !diagnostics.contains(c.fn()) && !c.error().equals("0"))
                .forEach(c -> out.add("the LMS reported an error: " + c));
        List<Scorm12Lms.Call> api = calls.stream().filter(c -> !diagnostics.contains(c.fn())).toList();
        long inits = api.stream().filter(c -> c.fn().equals(initialize)).count();
        long finishes = api.stream().filter(c -> c.fn().equals(terminate)).count();
        if (inits != 1) out.add(initialize + " was called " + inits + " times");
        if (finishes > 1) out.add(terminate + " was called " + finishes + " times");
        if (!api.isEmpty() && !api.get(0).fn().equals(initialize)) out.add("the first call is " + api.get(0));
        int end = -1;
        for (int i = 0; i < api.size() && end < 0; i++) if (api.get(i).fn().equals(terminate)) end = i;
        if (end >= 0 && end < api.size() - 1) out.add("calls after " + terminate + ": " + api.subList(end + 1, api.size()));
        for (Scorm12Lms.Call c : api) {
            if (c.fn().equals(initialize) || c.fn().equals(terminate) || c.fn().equals(commit)) {
                if (c.args().size() != 1 || !c.args().get(0).isEmpty()) out.add(c.fn() + " takes \"\": " + c);
            }
        }
        return api;
    }

    private static final Pattern INTERACTION = Pattern.compile("cmi\\.interactions\\.(\\d+)\\.(.+)");

    /** The values set on cmi.interactions.n.*, by index then field (both versions number them the same way). */
    static Map<Integer, Map<String, String>> interactions(Map<String, String> sets) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        sets.forEach((k, v) -> {
            Matcher m = INTERACTION.matcher(k);
            if (m.matches()) byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>()).put(m.group(2), v);
        });
        return byIndex;
    }
}
