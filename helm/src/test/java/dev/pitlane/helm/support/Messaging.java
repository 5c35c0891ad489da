package dev.pitlane.helm.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The Kafka topics each service module declares in its application.yml (pitlane.messaging.publishes/consumes). */
public final class Messaging {

    private Messaging() {
    }

    public record ModuleTopics(String module, TreeSet<String> publishes, TreeSet<String> consumes) {
    }

    /** Every module under {@code root} named gateway or *-service that has an application.yml; others are skipped. */
    public static List<ModuleTopics> read(Path root) {
        List<ModuleTopics> out = new ArrayList<>();
        try (var dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.isDirectory(dir) || !Repo.isServiceModuleName(dir.getFileName().toString())) {
                    continue;
                }
                for (String f : List.of("application.yml", "application.yaml")) {
                    Path yml = dir.resolve("src/main/resources").resolve(f);
                    if (Files.isRegularFile(yml)) {
                        out.add(read(dir.getFileName().toString(), Repo.read(yml)));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** All documents of the file count (profile sections too). */
    public static ModuleTopics read(String module, String yaml) {
        TreeSet<String> pub = new TreeSet<>();
        TreeSet<String> con = new TreeSet<>();
        for (Map<String, Object> doc : Yamls.loadAll(yaml)) {
            pub.addAll(list(doc, "publishes"));
            con.addAll(list(doc, "consumes"));
        }
        return new ModuleTopics(module, pub, con);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> doc, String key) {
        Object v = Yamls.at(doc, "pitlane", "messaging", key);
        if (v == null) {
            // also accept the flattened form pitlane.messaging.publishes: [...]
            v = doc.get("pitlane.messaging." + key);
        }
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("pitlane.messaging." + key + " must be a list of topic names, got " + v);
        }
        return ((List<Object>) v).stream().map(String::valueOf).toList();
    }
}
