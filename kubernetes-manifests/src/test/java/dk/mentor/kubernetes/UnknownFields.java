package dk.mentor.kubernetes;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Finds the fields a typed model did not know. fabric8's and Strimzi's models keep such fields in
 * {@code additionalProperties} instead of failing, so a misspelt or misplaced field would otherwise
 * pass unnoticed (and the API server or operator would drop or reject it). The walk follows every
 * bean getter of the models and reports each non-empty {@code additionalProperties} with its path.
 */
final class UnknownFields {

    private final List<String> problems = new ArrayList<>();
    private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private UnknownFields() {
    }

    static List<String> of(Object model) {
        return of(model, "");
    }

    /** The problems of a model read from the subtree at {@code path} of a larger document. */
    static List<String> of(Object model, String path) {
        UnknownFields walk = new UnknownFields();
        walk.visit(model, path.isEmpty() ? "" : "." + path);
        return walk.problems;
    }

    private void visit(Object value, String path) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                visit(item, path + "[" + index++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> visit(item, path + "." + key));
            return;
        }
        if (!isModel(value) || !seen.add(value)) {
            return;
        }
        // A generic resource keeps everything but its metadata there by design: OperatorFields checks it.
        if (!(value instanceof GenericKubernetesResource)) {
            Object unknown = call(value, "getAdditionalProperties");
            if (unknown instanceof Map<?, ?> fields && !fields.isEmpty()) {
                problems.add((path.isEmpty() ? "(top)" : path.substring(1)) + ": unknown field(s) " + fields.keySet());
            }
        }
        for (Method getter : value.getClass().getMethods()) {
            if (isProperty(getter)) {
                visit(call(value, getter.getName()), path + "." + propertyName(getter));
            }
        }
    }

    private static boolean isModel(Object value) {
        String name = value.getClass().getName();
        return name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.strimzi.api");
    }

    private static boolean isProperty(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && (name.startsWith("get") || name.startsWith("is"))
                && !name.equals("getClass") && !name.equals("getAdditionalProperties")
                && !method.getReturnType().isPrimitive() && method.getReturnType() != String.class;
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object call(Object target, String getter) {
        try {
            return target.getClass().getMethod(getter).invoke(target);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            // A derived getter that cannot answer for this object holds no field of the manifest.
            return null;
        }
    }
}
