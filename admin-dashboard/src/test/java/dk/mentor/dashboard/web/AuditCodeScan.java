package dk.mentor.dashboard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The action codes and default purposes the services write into their audit trails, read from their main
 * sources. An action reaches the kit's AuditLog through a few helpers per service (PlanAccess.write(planId,
 * "log-meeting", purpose), economy.require(municipality, "ceiling", "read"), …): {@link #ACTION_ARGUMENT} names
 * each helper and which of its arguments is the action; a string constant of the same file is resolved. An action
 * the scan cannot resolve (built at run time) is reported in {@link #dynamic}, so a test can name its values.
 */
final class AuditCodeScan {

    /** Method name and number of arguments to the argument that carries the action code. */
    private static final Map<String, Integer> ACTION_ARGUMENT = Map.ofEntries(
            Map.entry("allowed/4", 0), Map.entry("denied/3", 0),
            Map.entry("require/3", 1), Map.entry("require/4", 1), Map.entry("requireActsFor/3", 1),
            Map.entry("load/2", 1), Map.entry("load/3", 2), Map.entry("toEdit/2", 1), Map.entry("toEditOwnOrAsCoordinator/2", 1),
            Map.entry("check/2", 1), Map.entry("programme/2", 1), Map.entry("entry/3", 2), Map.entry("group/3", 2),
            Map.entry("receiving/3", 1), Map.entry("visible/4", 1), Map.entry("manage/3", 1), Map.entry("write/3", 1),
            Map.entry("see/3", 1));

    /** The purpose argument of the calls that write an audit entry directly or through MunicipalityAccess. */
    private static final Map<String, Integer> PURPOSE_ARGUMENT = Map.of("allowed/4", 3, "denied/3", 2, "require/3", 2,
            "manage/3", 2, "write/3", 2, "see/3", 2);

    private static final Pattern CALL = Pattern.compile("(?:(\\w+)\\.)?(\\w+)\\(");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]*)\";");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern PURPOSES_OR = Pattern.compile("Purposes\\.or\\(\\w+, \"([^\"]+)\"\\)");

    final Set<String> actions = new TreeSet<>();
    final Set<String> purposes = new TreeSet<>();
    final List<String> dynamic = new ArrayList<>();

    static AuditCodeScan of(Path repository, List<String> modules) {
        AuditCodeScan scan = new AuditCodeScan();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(repository.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(scan::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scan;
    }

    private void read(Path file) {
        String source;
        try {
            source = Files.readString(file).replaceAll("//[^\n]*", "").replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Matcher or = PURPOSES_OR.matcher(source);
        while (or.find()) {
            purposes.add(or.group(1));
        }
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            String receiver = call.group(1);
            List<String> arguments = arguments(source, call.end());
            String key = call.group(2) + "/" + arguments.size();
            // refusion's MunicipalityEconomy.require(municipality, what, action), called as economy.require and
            // from within itself; its purpose is always "refusion"
            boolean economy = "economy".equals(receiver) || receiver == null && file.endsWith("MunicipalityEconomy.java");
            Integer action = economy && key.equals("require/3") ? Integer.valueOf(2)
                    : "requireActsFor/4".equals(key) ? lastLiteral(arguments) : ACTION_ARGUMENT.get(key);
            // GrantLimit.require and the details' check(details, id) share a helper's name but carry no action
            if (action == null || "GrantLimit".equals(receiver) || key.equals("check/2") && receiver != null) {
                continue;
            }
            Set<String> codes = values(arguments.get(action), constants);
            if (codes == null) {
                dynamic.add(file.getFileName() + ": " + arguments.get(action));
            } else {
                actions.addAll(codes);
            }
            Integer purpose = economy ? null : PURPOSE_ARGUMENT.get(key);
            if (purpose != null) {
                Set<String> stated = values(arguments.get(purpose), constants);
                if (stated != null) {
                    purposes.addAll(stated);
                }
            }
        }
    }

    /**
     * requireActsFor has two four-argument forms: the kit's (municipality, subject type, action, purpose) and
     * matching's (municipality, subject type, subject id, action); the action is the last literal after the type.
     */
    private static Integer lastLiteral(List<String> arguments) {
        for (int i = arguments.size() - 1; i >= 2; i--) {
            if (arguments.get(i).startsWith("\"")) {
                return i;
            }
        }
        return null;
    }

    /**
     * The codes an argument can be: a literal, a constant of the file, a concatenation of those, or either side of
     * a conditional; null when part of it is only known at run time. An argument that is a plain variable (the
     * helper passing its own parameter on) names no code and gives the empty set.
     */
    private static Set<String> values(String argument, Map<String, String> constants) {
        Set<String> codes = new TreeSet<>();
        if (argument.matches("[a-z]\\w*") || argument.matches("[\\w.<>\\[\\]]+ [a-z]\\w*")) {
            return codes; // a variable, or a parameter where the scan met a method's declaration
        }
        int question = argument.indexOf(" ? ");
        if (question >= 0) {
            Matcher literal = LITERAL.matcher(argument.substring(question));
            while (literal.find()) {
                codes.add(literal.group(1));
            }
            return codes;
        }
        StringBuilder joined = new StringBuilder();
        for (String part : argument.split(" \\+ ")) {
            Matcher literal = LITERAL.matcher(part);
            if (literal.matches()) {
                joined.append(literal.group(1));
            } else if (constants.containsKey(part)) {
                joined.append(constants.get(part));
            } else if (part.matches("(\\w+\\.)?[A-Z][A-Z_]*")) {
                String name = part.substring(part.indexOf('.') + 1);
                if (!constants.containsKey(name)) {
                    return codes; // another class's constant: resolved where it is declared (its own file)
                }
                joined.append(constants.get(name));
            } else {
                return part.matches("[a-z]\\w*") || part.equals("null") ? codes : null;
            }
        }
        codes.add(joined.toString());
        return codes;
    }

    /** The top-level arguments of the call whose argument list starts at {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < source.length() && depth > 0; i++) {
            char c = source.charAt(i);
            if (quoted) {
                quoted = c != '"' || source.charAt(i - 1) == '\\';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 1) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            if (depth > 0) {
                current.append(c);
            }
        }
        arguments.add(current.toString().strip());
        return arguments;
    }
}
