package org.parcours.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Puts the help and picocli's own error lines into the user's language. The annotations keep their English
 * (it is the catalog's key); this class swaps each text for its French when the run is in French.
 */
final class Localized {
    /** Picocli's built-in texts that our help shows: translated like ours. */
    static final List<Text> PICOCLI_HELP = List.of(
            Text.of("Show this help message and exit."),
            Text.of("Print version information and exit."),
            Text.of("Display help information about the specified command."),
            Text.of("Show usage help for the help command and exit."),
            Text.of("The COMMAND to display the usage help message for."),
            Text.of("When used without a COMMAND, this command displays the usage help for the parent command."),
            Text.of("If a COMMAND is specified, the help for that command is shown.%n"),
            Text.of("%nWhen no COMMAND is given, the usage help for the main command is displayed."));

    /** Picocli's error messages, as templates: an error line is matched against each and translated. */
    static final List<Text> PICOCLI_ERRORS = List.of(
            Text.of("Unknown option: %s"),
            Text.of("Unknown options: %s"),
            Text.of("Unmatched argument at index %s: %s"),
            Text.of("Unmatched arguments from index %s: %s"),
            Text.of("Missing required parameter: %s"),
            Text.of("Missing required parameters: %s"),
            Text.of("Missing required option: %s"),
            Text.of("Missing required parameter for option %s (%s)"),
            Text.of("Invalid value for option %s: %s"),
            Text.of("Invalid value for positional parameter at index %s (%s): %s"),
            Text.of("expected one of %s (case-insensitive) but was %s"),
            Text.of("Expected parameter for option %s but found %s"),
            Text.of("Did you mean: %s?"),
            // Choices' refusal of a value outside a typed choice (--sco, --format, --report…)
            Text.of("expected one of %s, not '%s'"));

    private static final Text SYNOPSIS_HEADING = Text.of("Usage:");
    private static final Text COMMANDS_HEADING = Text.of("Commands:");

    private Localized() {}

    /** Translates the help of a command and of all its subcommands. English needs nothing: it is the source. */
    static void help(CommandLine cl, Lang lang) {
        if (lang == Lang.EN) return;
        CommandSpec spec = cl.getCommandSpec();
        // read the texts as written (${DEFAULT-VALUE} and the like not yet expanded): they are the catalog's keys
        Boolean interpolate = spec.interpolateVariables();
        spec.interpolateVariables(false);
        UsageMessageSpec usage = spec.usageMessage();
        usage.description(tr(usage.description(), lang));
        usage.header(tr(usage.header(), lang));
        usage.footer(tr(usage.footer(), lang));
        usage.footerHeading(tr(usage.footerHeading(), lang));
        usage.synopsisHeading(SYNOPSIS_HEADING.in(lang) + " ");
        usage.commandListHeading(COMMANDS_HEADING.in(lang) + "%n");
        for (ArgSpec arg : spec.args()) {
            String[] translated = tr(arg.description(), lang);
            if (!Arrays.equals(translated, arg.description())) arg.messages(new CommandLine.Model.Messages(spec, bundle(arg, translated)));
        }
        spec.interpolateVariables(interpolate);
        cl.getSubcommands().values().stream().distinct().forEach(sub -> help(sub, lang));
    }

    /** An error line of picocli in the user's language (unchanged when it matches no known template). */
    static String error(String message, Lang lang) {
        if (lang == Lang.EN || message == null) return message;
        for (Text t : PICOCLI_ERRORS) {
            Matcher m = pattern(t.template()).matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) args[i] = error(m.group(i + 1), lang);
                return Text.of(t.template(), args).in(lang);
            }
        }
        return message;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        String[] parts = template.split("%s", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append("(.*?)");
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String tr(String text, Lang lang) {
        return text == null || !Text.needsTranslation(text) ? text : Text.of(text).in(lang);
    }

    private static String[] tr(String[] lines, Lang lang) {
        return lines == null ? null : Arrays.stream(lines).map(l -> tr(l, lang)).toArray(String[]::new);
    }

    /**
     * A bundle for one option or parameter that answers its French under every key picocli may ask for it
     * (the description key, each name with and without its dashes, the positional's label and index).
     */
    private static ResourceBundle bundle(ArgSpec arg, String[] lines) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(arg.descriptionKey() == null ? "" : arg.descriptionKey());
        if (arg instanceof OptionSpec o) {
            for (String name : o.names()) {
                keys.add(name);
                keys.add(name.replaceFirst("^-+", ""));
            }
        }
        if (arg instanceof PositionalParamSpec p) keys.add(p.paramLabel() + "[" + p.index() + "]");
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                for (String k : keys) {
                    if (key.equals(k)) return String.join("%n", lines);
                }
                return null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(keys);
            }
        };
    }
}
