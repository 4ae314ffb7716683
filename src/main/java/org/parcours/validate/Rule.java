package org.parcours.validate;

import org.parcours.diag.Severity;

/**
 * Every validator finding code, in one place: V4xx the container (zip or folder) and what every package shares,
 * V5xx SCORM, V6xx xAPI (TinCan) and cmi5. A code is never reused for another meaning; each has a fixture under
 * src/test/resources/packages/&lt;CODE&gt;/ (or is built by its test) and a row in docs/validator.md.
 */
public enum Rule {
    NOT_A_ZIP("V401", Severity.ERROR, "not a readable zip file"),
    CORRUPT_ENTRY("V402", Severity.ERROR, "zip entry is corrupt (bad CRC, truncated or unreadable)"),
    TOO_MANY_ENTRIES("V403", Severity.ERROR, "too many files (zip bomb guard)"),
    TOO_LARGE("V404", Severity.ERROR, "total uncompressed size over the limit (zip bomb guard)"),
    COMPRESSION_RATIO("V405", Severity.ERROR, "entry inflates past its declared size, or declares none with a suspicious ratio (zip bomb guard)"),
    UNSAFE_PATH("V406", Severity.ERROR, "entry path escapes the package (zip slip: absolute, '..', backslash, drive)"),
    DUPLICATE_ENTRY("V407", Severity.ERROR, "two entries with the same path"),
    JUNK_FILE("V408", Severity.WARNING, "operating-system junk file (__MACOSX, .DS_Store, Thumbs.db)"),
    UNSAFE_FILE_NAME("V409", Severity.ERROR, "file name that some LMSs refuse (non-ASCII, space, reserved character)"),
    NO_MANIFEST("V410", Severity.ERROR, "no manifest at the package root"),
    MANIFEST_IN_SUBFOLDER("V411", Severity.ERROR, "manifest in a sub-folder instead of the root"),
    XML_MALFORMED("V412", Severity.ERROR, "manifest is not well-formed XML"),
    XML_DTD("V413", Severity.ERROR, "manifest declares a DTD or entity (refused: XXE)"),
    SYMLINK("V414", Severity.ERROR, "symbolic link in the package"),
    CASE_COLLISION("V415", Severity.WARNING, "two paths differ only by case"),
    SEVERAL_MANIFESTS("V416", Severity.WARNING, "manifests of several standards at the root"),
    NOT_REGULAR("V417", Severity.ERROR, "special file in a package folder (FIFO, device, socket): refused unopened"),
    OVERLAPPING_ENTRIES("V418", Severity.ERROR, "zip entries share or overlap their data (zip bomb technique)"),
    XML_LIMITS("V419", Severity.ERROR, "manifest over the size or nesting limits (4 MiB, 256 levels)"),
    WEB_ABSOLUTE_URL("V420", Severity.ERROR, "web package: a page refers to an absolute path or loads a resource from the network"),
    WEB_MISSING_FILE("V421", Severity.ERROR, "web package: a page refers to a file that is not in the package"),

    SCORM_SCHEMA("V501", Severity.ERROR, "imsmanifest.xml is not valid against the SCORM schemas (1.2 or 2004 4th edition)"),
    SCORM_SCHEMAVERSION("V502", Severity.ERROR, "schemaversion is not exactly \"1.2\" (or \"2004 4th Edition\")"),
    // V503 ("SCORM 2004 package: not validated yet") is retired: 2004 packages are validated (V518 to V524)
    SCORM_DUPLICATE_ID("V504", Severity.ERROR, "identifier used twice"),
    SCORM_UNRESOLVED_REF("V505", Severity.ERROR, "identifierref or default does not resolve"),
    SCORM_MISSING_FILE("V506", Severity.ERROR, "href to a file that is not in the package"),
    SCORM_UNDECLARED_FILE("V507", Severity.ERROR, "file in the package that no resource declares"),
    SCORM_SCO_NO_LAUNCH("V508", Severity.ERROR, "SCO resource without a launch file (href)"),
    SCORM_SCO_NOT_HTML("V509", Severity.ERROR, "SCO launch file is not an HTML page"),
    SCORM_MASTERYSCORE("V510", Severity.ERROR, "masteryscore is not a number from 0 to 100"),
    SCORM_BAD_HREF("V511", Severity.ERROR, "href is an absolute path, uses backslashes or '..'"),
    SCORM_PREFIX("V512", Severity.ERROR, "ADL or IMS SS extension not written with its prefix 'adlcp:', 'adlseq:', 'adlnav:' or 'imsss:' (Moodle matches it literally)"),
    SCORM_SCORMTYPE_CASE("V513", Severity.ERROR, "scormtype not in lower case (Moodle)"),
    SCORM_CHAR_REFERENCE("V514", Severity.ERROR, "numeric character reference in the manifest (Moodle)"),
    SCORM_LAUNCHABLE_ROOT("V515", Severity.WARNING, "several SCOs not under one non-launchable root item (Moodle navigation)"),
    SCORM_NOTHING_TO_LAUNCH("V516", Severity.ERROR, "no organization item launches anything"),
    SCORM_METADATA_SCHEMA("V517", Severity.WARNING, "metadata schema is not \"ADL SCORM\""),
    SEQ_UNKNOWN_OBJECTIVE("V518", Severity.ERROR, "SCORM 2004: a rule condition refers to an objective its activity does not have"),
    SEQ_DUPLICATE_OBJECTIVE("V519", Severity.ERROR, "SCORM 2004: two objectives of one activity share an objectiveID"),
    SCORM_CLUSTER_LAUNCHES("V520", Severity.ERROR, "SCORM 2004: an item with child items also references a resource"),
    SCORM_LEAF_LAUNCHES_NOTHING("V521", Severity.ERROR, "SCORM 2004: a leaf item references no resource"),
    SCORM_NO_SCORMTYPE("V522", Severity.ERROR, "SCORM 2004: a resource has no adlcp:scormType"),
    SCORM_NO_TITLE("V523", Severity.ERROR, "SCORM 2004: an organization or item has no title"),
    SEQ_NO_NAVIGATION("V524", Severity.WARNING, "SCORM 2004: a cluster allows neither choice nor flow navigation"),
    SCORM_UNSAFE_SCHEME("V525", Severity.ERROR, "href with a scheme that runs script or reads local files (javascript:, data:, file:…)"),

    TINCAN_SCHEMA("V601", Severity.ERROR, "tincan.xml is not valid against the TinCan schema"),
    CMI5_SCHEMA("V602", Severity.ERROR, "cmi5.xml is not valid against the cmi5 course structure schema"),
    LAUNCHABLE_COUNT("V603", Severity.ERROR, "not exactly one launchable activity"),
    LAUNCH_MISSING("V604", Severity.ERROR, "launch or AU url points to a file that is not in the package"),
    ID_NOT_IRI("V605", Severity.ERROR, "id is not an absolute IRI"),
    ID_DUPLICATE("V606", Severity.ERROR, "id used twice"),
    MOVEON_MASTERY("V607", Severity.WARNING, "moveOn and masteryScore do not agree"),
    URL_QUERY("V608", Severity.WARNING, "AU or launch url carries a query string"),
    URL_RESERVED_PARAMETER("V609", Severity.ERROR, "AU or launch url carries a reserved launch parameter"),
    CREDENTIALS("V610", Severity.ERROR, "credentials in the package (provider secret, auth token, endpoint)"),
    URL_EXTERNAL("V611", Severity.ERROR, "AU or launch url points outside the package (or runs script: javascript:)"),
    LANGSTRING("V612", Severity.WARNING, "name, title or description empty or without a language"),
    LAUNCH_NOT_HTML("V613", Severity.WARNING, "launch file is not an HTML page"),
    URL_BAD_PATH("V614", Severity.ERROR, "launch or AU url is an absolute path, uses backslashes or '..'");

    private final String code;
    private final Severity severity;
    private final String title;

    Rule(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
